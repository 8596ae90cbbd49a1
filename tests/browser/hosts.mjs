// Another web site for the browser tests: an HTTP server on another port
// (so another origin than the app's) serving articles for `?src=`, and the
// ways fetching one goes wrong: a missing page, a host that does not allow
// other sites to read it (no CORS header), a picture, more than 10 MB, and a
// host that cannot be reached at all.

import { mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "../../scripts/static-server.mjs";
import { ROOT } from "./harness.mjs";

export const SAMPLE_FILE = join(ROOT, "articles", "russia-china-denisov-2020-12-29.txt");
export const SAMPLE = readFileSync(SAMPLE_FILE, "utf8");

/** The sample article as a web page: title, byline, paragraphs, and page
 * furniture (navigation, a script, a style sheet, an aside, a footer). */
export function sampleHtml() {
  const [first, ...rest] = SAMPLE.trim().split(/\n\s*\n/);
  const [header, title] = first.split("\n");
  const paragraphs = rest.map((p) => `<p>${escape(p.trim())}</p>`).join("\n      ");
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>${escape(title.trim())} | Agency</title>
    <style>body { font-family: serif } .nav::after { content: "STYLE TEXT" }</style>
    <script>window.pwned = "head script ran"; document.title = "SCRIPT TEXT";</script>
  </head>
  <body>
    <nav><a href="/">Home</a> <a href="/world">NAVIGATION TEXT</a></nav>
    <article>
      <p>${escape(header.trim())}</p>
      <h1>${escape(title.trim())}</h1>
      ${paragraphs}
      <script>window.pwned = "body script ran"</script>
      <noscript>NOSCRIPT TEXT</noscript>
    </article>
    <aside>ASIDE TEXT: related stories</aside>
    <footer>FOOTER TEXT © Agency</footer>
  </body>
</html>`;
}

export function escape(s) {
  return s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
}

const MB = 1024 * 1024;

/**
 * Starts the other site. `pages` adds or replaces paths: `{ "/x.txt": [type, body] }`.
 * Every page allows any site to read it (`Access-Control-Allow-Origin: *`)
 * except `/no-cors.txt`. Resolves to `{ url(path), requests, close() }`;
 * `requests` lists every path asked for.
 */
export async function startHost(pages = {}) {
  const all = {
    "/sample.txt": ["text/plain; charset=utf-8", SAMPLE],
    "/sample.html": ["text/html; charset=utf-8", sampleHtml()],
    "/no-cors.txt": ["text/plain", SAMPLE],
    "/picture.png": ["image/png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])],
    ...pages,
  };
  const requests = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url, "http://x").pathname;
    requests.push(path);
    const cors = path === "/no-cors.txt" ? {} : { "access-control-allow-origin": "*" };
    if (path === "/huge.txt" || path === "/huge-unsized.txt") {
      // 11 MB of text, announced (Content-Length) or not (chunked).
      const size = 11 * MB;
      res.writeHead(200, {
        "content-type": "text/plain",
        ...cors,
        ...(path === "/huge.txt" ? { "content-length": String(size) } : {}),
      });
      const chunk = Buffer.alloc(MB, "The minister said the talks went well. ");
      let sent = 0;
      const more = () => {
        while (sent < size) {
          sent += MB;
          if (!res.write(chunk)) return res.once("drain", more);
        }
        res.end();
      };
      res.on("error", () => {});
      req.on("close", () => (sent = size));
      more();
      return;
    }
    const page = all[path];
    if (!page) {
      res.writeHead(404, { "content-type": "text/plain", ...cors }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": page[0], ...cors }).end(page[1]);
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const base = `http://127.0.0.1:${server.address().port}`;
  return {
    url: (path) => base + path,
    requests,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

/** An address nothing answers at: a port that was free a moment ago. */
export async function deadAddress() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const port = server.address().port;
  await new Promise((ok) => server.close(ok));
  return `http://127.0.0.1:${port}/article.txt`;
}

/** examples/ (the blog with widgets) served from another origin than the
 * explorer's files: `dist` under http://127.0.0.1:A/ae/ (a path, not the
 * root), examples/ at http://localhost:B/. The blog names the assets as
 * http://127.0.0.1:8080 (`make serve`) and itself as
 * http://localhost:8081; its pages are rewritten to the ports used here.
 * Gives `{ ASSETS, HOST, close }`. */
export async function serveBlog(dist) {
  const tmp = mkdtempSync(join(tmpdir(), "ae-blog-"));
  symlinkSync(dist, join(tmp, "ae"));
  const assets = await serve(tmp, 0, "127.0.0.1");
  const ASSETS = `http://127.0.0.1:${assets.address().port}/ae/`;
  let HOST;
  const host = await serve(join(ROOT, "examples"), 0, "127.0.0.1", {
    transform: (path, body) =>
      path.endsWith(".html")
        ? Buffer.from(
            body
              .toString()
              .replaceAll("http://127.0.0.1:8080/", ASSETS)
              .replaceAll("http://127.0.0.1:8080", ASSETS.replace(/\/ae\/$/, ""))
              .replaceAll("http://localhost:8081/", HOST),
          )
        : body,
  });
  HOST = `http://localhost:${host.address().port}/`;
  const close = async () => {
    await new Promise((ok) => assets.close(ok));
    await new Promise((ok) => host.close(ok));
    rmSync(tmp, { recursive: true, force: true });
  };
  return { ASSETS, HOST, close };
}
