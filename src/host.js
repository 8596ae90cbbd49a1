// The browser's side of Article Explorer: small helpers the Rust app calls
// through wasm-bindgen (src/host.rs), where the browser's own APIs say it
// shorter than bindings called one at a time. Nothing here draws the
// article: its text reaches the page only through the Rust views, as text
// nodes. Everything that fails here fails with a sentence for the reader.

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

// The theme: "light" or "dark" as the toggle (#theme) pinned it, kept in
// storage, or else the system's colour scheme (the style sheet's
// light-dark()). Applied as soon as this module loads, before the page is
// drawn.
const THEME = "article-explorer:theme";
const system = matchMedia("(prefers-color-scheme: dark)");

function theme(choice = storeGet(THEME)) {
  const root = document.documentElement;
  if (choice === "light" || choice === "dark") root.dataset.theme = choice;
  else delete root.dataset.theme;
  const dark = root.dataset.theme ? choice === "dark" : system.matches;
  document.getElementById("theme")?.setAttribute("aria-pressed", dark);
}
theme();
system.addEventListener("change", () => theme());

/** Whether an event happened in a field the reader types into. */
const inField = (e) => !!e.target?.closest?.("input, textarea, select, [contenteditable]");

/**
 * Listens for articles given to the page as a whole: pasted anywhere but
 * into a field, dropped (a file or a text), or chosen in the file dialog
 * (`<input type=file id=file>`). Calls `give(text, "")` with an article,
 * `give("", why)` when it cannot be read. Also makes the theme toggle
 * (#theme) work.
 */
export function listen(give) {
  theme();
  document.addEventListener("click", (e) => {
    const toggle = e.target.closest?.("#theme");
    if (!toggle) return;
    const next = toggle.getAttribute("aria-pressed") === "true" ? "light" : "dark";
    storeSet(THEME, next);
    theme(next);
  });
  const file = (f) =>
    readFile(f).then(
      (t) => give(t, ""),
      (why) => give("", String(why)),
    );
  document.addEventListener("paste", (e) => {
    const d = e.clipboardData;
    if (inField(e) || !d) return;
    const text = d.getData("text/plain");
    const article = text.trim() ? text : htmlToText(d.getData("text/html"));
    if (!article.trim()) return;
    e.preventDefault();
    give(article, "");
  });
  const dragging = (on) => document.documentElement.classList.toggle("dropping", on);
  document.addEventListener("dragover", (e) => {
    const types = e.dataTransfer?.types ?? [];
    if (types.includes("Files") || (types.includes("text/plain") && !inField(e))) {
      e.preventDefault();
      dragging(true);
    }
  });
  document.addEventListener("dragleave", (e) => e.relatedTarget || dragging(false));
  document.addEventListener("drop", (e) => {
    dragging(false);
    const d = e.dataTransfer;
    if (!d) return;
    if (d.files.length) {
      e.preventDefault();
      file(d.files[0]);
    } else if (!inField(e) && d.getData("text/plain").trim()) {
      e.preventDefault();
      give(d.getData("text/plain"), "");
    }
  });
  document.addEventListener("change", (e) => {
    const input = e.target;
    if (input.id !== "file" || !input.files?.length) return;
    file(input.files[0]);
    input.value = "";
  });
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

/** The value stored under `key`, or null (nothing, or storage blocked). */
export function storeGet(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Stores a value: 0 when stored, 1 when storage is blocked, 2 when it is full. */
export function storeSet(key, value) {
  try {
    localStorage.setItem(key, value);
    return 0;
  } catch (e) {
    return e?.name === "QuotaExceededError" ? 2 : 1;
  }
}

export function storeRemove(key) {
  try {
    localStorage.removeItem(key);
  } catch {}
}

/** Lower case, for search (the browser's Unicode tables, not a copy in the page). */
export const lower = (s) => s.toLowerCase();

/** Copies a text to the clipboard; resolves to whether it worked. */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const t = document.createElement("textarea");
    t.value = text;
    t.className = "vh";
    document.body.append(t);
    t.select();
    let ok = false;
    try {
      ok = document.execCommand("copy");
    } catch {}
    t.remove();
    return ok;
  }
}

/** Saves a text as a file: the browser's download of a blob. */
export function download(name, type, text) {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}

// Exports. Each is made from the statements JSON (docs/statements-json.md,
// written by the Rust app exactly as `explore --json` prints it) and the
// events' date labels as the timeline heads them.

/** A CSV cell, always quoted; one a spreadsheet would take for a formula starts with `'`. */
const cell = (s) => `"${/^[=+\-@\t\r]/.test(s ?? "") ? "'" : ""}${(s ?? "").replaceAll('"', '""')}"`;

/** A date at its precision as ISO 8601: `2020-12-29`, `2020-10`, `2020`, `2020-10-01/2020-12-29`, or empty. */
function iso(d) {
  if (!d.start || !d.end) return "";
  return { day: d.start, month: d.start.slice(0, 7), year: d.start.slice(0, 4), range: `${d.start}/${d.end}` }[d.precision] ?? "";
}

/** Text for HTML (TimelineJS reads its texts as HTML). */
const html = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Text for Markdown: every character it, or HTML inside it, would read as markup, escaped. */
const md = (s) => s.replace(/[\\`*_[\]<>|~&#!]/g, "\\$&");

/** ", said that " or " explained ", as the timeline reads reported speech. */
function said(st, afterRole) {
  const verb = !st.cue || / /.test(st.cue.trim()) || /ing$/.test(st.cue.trim()) ? "said" : st.cue.trim();
  return `${afterRole ? ", " : " "}${verb} ${/^that /i.test(st.text) ? "" : "that "}`;
}

/** The analysis in `format` ("csv", "timelinejs" or "markdown"). */
function exported(format, a, labels) {
  const speaker = Object.fromEntries(a.speakers.map((s) => [s.id, s]));
  const events = a.events.map((e, i) => ({ ...e, when: labels[i], statements: [] }));
  const byId = Object.fromEntries(events.map((e) => [e.id, e]));
  const loose = [];
  for (const st of a.statements) (byId[st.event]?.statements ?? loose).push(st);
  const ordered = events.flatMap((e) => e.statements).concat(loose);
  const who = (st) => [speaker[st.speaker]?.name ?? st.speaker, speaker[st.speaker]?.role ?? ""];
  const title = a.article.title ?? "Untitled article";
  const by = [a.article.source, a.article.published && labels[labels.length - 1], a.article.dateline].filter(Boolean).join(" · ");
  if (format === "csv")
    return (
      "\ufeffdate,event,speaker,role,kind,text\r\n" +
      ordered.map((st) => [iso(st.date), byId[st.event]?.label, ...who(st), st.kind, st.text].map(cell).join(",") + "\r\n").join("")
    );
  if (format === "timelinejs") {
    const date = (d, parts) => Object.fromEntries([["year", +d.slice(0, 4)], ["month", +d.slice(5, 7)], ["day", +d.slice(8, 10)]].slice(0, parts));
    const dated = events.filter((e) => e.date.start && e.date.end);
    const undated = events.length - dated.length;
    return JSON.stringify({
      title: { text: { headline: html(title), text: `<p>${html(by)}${undated ? `${by ? ". " : ""}${undated} undated event${undated > 1 ? "s are" : " is"} not shown` : ""}</p>` } },
      events: dated.map((e) => {
        const { start, end, precision } = e.date;
        const parts = { day: 3, month: 2, year: 1 }[precision];
        return {
          unique_id: e.id,
          start_date: date(start, parts ?? 3),
          ...(parts ? {} : { end_date: date(end, 3) }),
          display_date: e.when,
          text: {
            headline: html(e.label),
            text: e.statements
              .map((st) => {
                const [name, role] = who(st);
                const lead = `<p><b>${html(name)}</b>${role ? ", " + html(role) : ""}`;
                return st.kind === "direct" ? `${lead}: “${html(st.text)}”</p>` : `${lead}${said(st, role)}${html(st.text)}</p>`;
              })
              .join(""),
          },
        };
      }),
    });
  }
  let out = `# ${md(title)}\n\n${by ? md(by) + "\n\n" : ""}`;
  for (const e of events) {
    out += `## ${md(`${e.when} — ${e.label}`)}\n\n`;
    for (const st of e.statements) {
      const [name, role] = who(st);
      const attribution = `**${md(name)}**${role ? ", " + md(role) : ""}`;
      out +=
        st.kind === "direct"
          ? `> “${md(st.text)}”\n\n— ${attribution}\n\n`
          : `${attribution}${said(st, role)}${md(st.text)}${/[.!?…"”]$/.test(st.text) ? "" : "."}\n\n`;
    }
  }
  return out;
}

/**
 * Saves the analysis as `format`: "json" (the JSON as it is), "csv",
 * "timelinejs" or "markdown". `labels` are the events' date labels, one a
 * line, then the publication date's. The file is named after the title.
 */
export function exportAs(format, json, labels) {
  const a = JSON.parse(json);
  const name = (a.article.title ?? "").toLowerCase().replace(/[^a-z0-9]+/g, "-").slice(0, 60).replace(/^-|-$/g, "") || "article";
  const [ext, type, text] = {
    json: [".json", "application/json", json],
    csv: [".csv", "text/csv;charset=utf-8"],
    timelinejs: [".timeline.json", "application/json"],
    markdown: [".md", "text/markdown;charset=utf-8"],
  }[format];
  download(name + ext, type, text ?? exported(format, a, labels.split("\n")));
}

let crashedOnce = false;

/**
 * "Something went wrong": shown when the app stopped (a panic, reported by
 * its panic hook before the wasm aborts, or any other trap of the wasm).
 * Built here, with handlers of its own, because the app cannot run after
 * that. Offers a reload and the diagnostics to copy: the error, the page
 * (without its parameters' values, which may hold the article), the
 * browser and the time.
 */
export function crashed(message) {
  if (crashedOnce) return;
  crashedOnce = true;
  const params = [...new URLSearchParams(location.search).keys()].join(", ") || "none";
  const diagnostics = [
    `Article Explorer stopped: ${message}`,
    `Page: ${location.origin}${location.pathname} (parameters: ${params})`,
    `Browser: ${navigator.userAgent}`,
    `Time: ${new Date().toISOString()}`,
  ].join("\n");
  const el = (tag, text, attrs = {}) => {
    const e = document.createElement(tag);
    if (text) e.textContent = text;
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    return e;
  };
  // The box goes in <main> (or the body, before there is one); everything
  // else stops responding.
  const main = document.querySelector("main");
  for (const e of [...document.body.children, ...(main?.children ?? [])]) if (e !== main) e.inert = true;
  const box = el("section", "", { class: "crash", role: "alert", "aria-labelledby": "crash-h" });
  const reload = el("button", "Reload the page", { type: "button", class: "primary" });
  const copy = el("button", "Copy diagnostics", { type: "button" });
  const status = el("p", "", { class: "hint", role: "status" });
  const details = el("details");
  details.append(el("summary", "Diagnostics"), el("pre", diagnostics));
  const actions = el("div", "", { class: "actions" });
  actions.append(reload, copy);
  box.append(
    el("h1", "Something went wrong", { id: "crash-h" }),
    el(
      "p",
      "The explorer stopped working and cannot go on in this page. The article you gave it is kept in this browser (where it may store anything): reload the page to start again. If it happens again, copy the diagnostics into your report.",
    ),
    actions,
    status,
    details,
  );
  reload.onclick = () => location.reload();
  copy.onclick = async () =>
    (status.textContent = (await copyText(diagnostics))
      ? "The diagnostics are copied."
      : "They could not be copied: select them under Diagnostics and copy them by hand.");
  (main ?? document.body).prepend(box);
  reload.focus();
}

// Traps of the wasm that no panic hook reported (or reported first).
addEventListener("error", (e) => e.error instanceof WebAssembly.RuntimeError && crashed(e.message));
addEventListener(
  "unhandledrejection",
  (e) => e.reason instanceof WebAssembly.RuntimeError && crashed(String(e.reason)),
);
