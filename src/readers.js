// Reading articles from files and links: an HTML or Markdown document
// reduced to its text, a dropped or chosen file, an article fetched from
// `?src=`. A module of its own, imported by src/host.js the first time the
// reader brings an article in one of these ways, so that the page does not
// load it for the example or a pasted text (scripts/postbuild.mjs puts it
// beside host.js in dist/).

/** The most the explorer reads, from a file or a link: 10 MB. */
const LIMIT = 10 * 1024 * 1024;

/** Elements whose content is never article text. */
const SKIP = new Set(
  "script style noscript template iframe object embed svg math canvas video audio nav aside footer form button select textarea head".split(
    " ",
  ),
);
/** Elements that end a paragraph (or a line). */
const BLOCK =
  /^(address|article|blockquote|br|dd|div|dl|dt|figcaption|figure|h[1-6]|header|hr|li|main|ol|p|pre|section|table|tr|td|th|ul)$/;

/**
 * Reduces an HTML page to its text, one paragraph per block, scripts,
 * styles and page furniture dropped. The page is parsed by the browser into
 * an inert document (DOMParser: nothing runs, nothing loads) and walked
 * without recursion, so no nesting is too deep; entities come out as the
 * characters they stand for, and stay text.
 */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const articles = doc.body.querySelectorAll("article");
  const root = articles.length === 1 ? articles[0] : doc.body;
  const out = [];
  if (!root.querySelector("h1")) out.push((doc.querySelector("h1") ?? doc.querySelector("title"))?.textContent ?? "", "\n");
  const stack = [root];
  while (stack.length) {
    const n = stack.pop();
    if (typeof n === "string") out.push(n);
    else if (n.nodeType === 3) out.push(n.data.replace(/\s+/g, " "));
    else if (n.nodeType === 1 && !SKIP.has(n.localName)) {
      if (BLOCK.test(n.localName)) out.push("\n"), stack.push("\n");
      for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
  return out
    .join("")
    .split("\n")
    .map((p) => p.trim())
    .filter(Boolean)
    .join("\n\n");
}

/** Markdown as plain text: heading and quote marks, emphasis and link targets dropped. */
export function markdownToText(md) {
  return md
    .replace(/^ {0,3}(#{1,6}[ \t]+|>[ \t]?)/gm, "")
    .replace(/\*\*([^*\n]+)\*\*|__([^_\n]+)__/g, "$1$2")
    .replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/g, "$1");
}

/** `text` read as the kind of document it is: "html", "md" or plain text. */
function reduce(text, kind) {
  return kind === "html" ? htmlToText(text) : kind === "md" ? markdownToText(text) : text;
}

const mb = (n) => `${Math.ceil(n / 1e5) / 10} MB`;

/** The kind of a file by its name or type: "html", "md", "txt", or "" when it is not an article. */
function kindOf(name, type) {
  if (/\.x?html?$/i.test(name) || /^(text\/html|application\/xhtml\+xml)$/.test(type)) return "html";
  if (/\.(md|markdown)$/i.test(name) || /^text\/(x-)?markdown$/.test(type)) return "md";
  if (/\.(txt|text)$/i.test(name) || type === "text/plain") return "txt";
  return "";
}

/** The text of a dropped or chosen file, or a sentence saying why not. */
export async function readFile(file) {
  const kind = kindOf(file.name, file.type);
  if (!kind)
    throw `“${file.name}” is not a text, Markdown or HTML file${file.type ? ` (it is ${file.type})` : ""}: the explorer reads .txt, .md and .html files.`;
  if (file.size > LIMIT) throw `“${file.name}” is ${mb(file.size)}, more than the 10 MB the explorer reads.`;
  return reduce(await file.text(), kind);
}

/**
 * Fetches the article at `src` (`?src=`): plain text, Markdown or HTML,
 * 10 MB at most. Resolves to its text; rejects with a sentence saying what
 * happened and what to do. Only http and https addresses are fetched, and
 * without cookies.
 */
export async function fetchArticle(src) {
  const shown = src.length > 80 ? src.slice(0, 80) + "…" : src;
  let url;
  try {
    url = new URL(src, location.href);
  } catch {
    throw `The link’s article address “${shown}” is not a web address, so nothing was fetched.`;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw `The link’s article address “${shown}” is not an http or https address, so it was ignored.`;
  const host = url.host;
  const tooBig = `The article at ${host} is larger than the 10 MB the explorer reads. Save part of it as a text file and drop it here.`;
  let res;
  try {
    res = await fetch(url, { credentials: "omit" });
  } catch {
    // A host that refuses to be read by other sites (CORS) and one that
    // cannot be reached look the same to the page; a request whose answer
    // the page may not read tells them apart.
    const reachable = await fetch(url, { mode: "no-cors", credentials: "omit" }).then(
      () => true,
      () => false,
    );
    throw reachable
      ? `${host} does not let other sites read its pages: the host must allow it (CORS, the Access-Control-Allow-Origin header). Open the article there, copy its text and paste it here instead.`
      : `${host} could not be reached: check the address and your connection, or paste the article’s text here instead.`;
  }
  try {
    if (!res.ok) {
      const gone = res.status === 404 || res.status === 410;
      throw `${host} answered ${res.status}${res.statusText ? ` (${res.statusText})` : ""}: ${
        gone ? "there is no article at this address. Check the link." : "try again later, or paste the article’s text here instead."
      }`;
    }
    const header = res.headers.get("content-type") ?? "";
    const type = header.split(";")[0].trim().toLowerCase();
    const kind = type ? kindOf("", type) : "txt";
    if (!kind) throw `${host} sent ${type}, not an article: only plain text, Markdown and HTML pages can be read. Check the link.`;
    if (+res.headers.get("content-length") > LIMIT) throw tooBig;
    const reader = res.body.getReader();
    const parts = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > LIMIT) throw tooBig;
      parts.push(value);
    }
    let decoder;
    try {
      decoder = new TextDecoder(/charset="?([\w-]+)/i.exec(header)?.[1] ?? "utf-8");
    } catch {
      decoder = new TextDecoder();
    }
    return reduce(decoder.decode(await new Blob(parts).arrayBuffer()), kind);
  } catch (e) {
    res.body?.cancel().catch(() => {});
    throw typeof e === "string" ? e : `The article at ${host} could not be read to the end: try again, or paste its text here instead.`;
  }
}
