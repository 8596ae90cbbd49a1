// A small static file server for dist/: `make serve` uses it, and the
// browser tests start it in-process. Node's standard library only.
// Every response allows any origin (Access-Control-Allow-Origin: *), as a
// server of the embed's files must (README, "Embed it"), so that a page on
// another origin can embed the explorer from it.
//
//   node scripts/static-server.mjs [DIR] [PORT] [HOST]

import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};

/**
 * Serves `dir`; resolves to the listening server. Port 0 picks a free port.
 * `transform(path, body)`, if given, may change a file's body before it is
 * sent (the embedding tests point a page at the assets' port).
 */
export function serve(dir, port = 0, host = "127.0.0.1", { transform } = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403).end("forbidden");
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, "index.html");
      let body = await readFile(file);
      if (transform) body = transform(path, body);
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-cache",
        "access-control-allow-origin": "*",
      });
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain", "access-control-allow-origin": "*" }).end("not found");
    }
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => ok(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = "dist", port = "8080", host = "127.0.0.1"] = process.argv.slice(2);
  const server = await serve(dir, Number(port), host);
  const { port: p } = server.address();
  console.log(`Serving ${dir} on http://${host}:${p}/  (Ctrl-C to stop)`);
}
