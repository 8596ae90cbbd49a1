// The browser's side of Article Explorer: small helpers the Rust app calls
// through wasm-bindgen (src/host.rs), where the browser's own APIs say it
// shorter than bindings called one at a time. Nothing here draws the
// article: its text reaches the page only through the Rust views, as text
// nodes. Everything that fails here fails with a sentence for the reader.

// Chromium makes the first date field of a page slowly: 13-16 ms, for its
// formats (measured with a timed setAttribute in a load, docs/PERFORMANCE.md).
// The article's header makes one, in its folded date correction. One made
// and dropped here, while the wasm is still downloading and compiling and
// the main thread would wait, takes that off the path from the article to
// its drawn timeline.
document.createElement("input").type = "date";

/** src/readers.js, imported the first time it is needed. */
const readers = () => import("./readers.js");
/** Why an article could not be read when src/readers.js could not be loaded. */
const unloaded = (e) => `The explorer could not load its reader (${e?.message ?? e}): check your connection and reload the page.`;

/** `<tag attrs…>children…</tag>`: strings become text nodes, never markup. */
function h(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v != null) e.setAttribute(k, v);
  e.append(...children);
  return e;
}
const byId = (id) => document.getElementById(id);

/** Adds a message for the reader under the top bar (an error stands out);
 * each can be dismissed. */
export function note(text, error) {
  byId("notes")?.append(
    h(
      "p",
      { class: error ? "note error" : "note" },
      h("span", {}, text),
      h("button", { type: "button", class: "dismiss", "aria-label": "Dismiss this message" }, "×"),
    ),
  );
}

/** Adds the top bar's controls: "Load the example", the "Open an article"
 * panel (a text area, a file button, the recent articles) and the theme
 * toggle. The app handles the example and the form; the rest is here. */
export function frame() {
  byId("topbar").append(
    h(
      "div",
      { class: "bar-tools" },
      h("button", { type: "button", "data-do": "example" }, "Load the example"),
      h(
        "details",
        { class: "source", id: "panel" },
        h("summary", {}, "Open an article"),
        h(
          "div",
          { class: "source-panel" },
          h(
            "form",
            { id: "paste-form" },
            h("label", { for: "source-text" }, "Article text"),
            h(
              "p",
              { class: "hint", id: "source-hint" },
              "Paste a whole article here (or anywhere on the page), drop a .txt, .md or .html file on the page, or choose one. It is read here, in your browser.",
            ),
            // autocomplete off: the browser would otherwise copy the editor's text
            // into the history entry at every change of the address (each
            // filter), 0.3 s for a text of 5 MB; the app keeps the text itself.
            h("textarea", { id: "source-text", rows: 8, "aria-describedby": "source-hint source-error", spellcheck: "false", autocomplete: "off" }),
            h("p", { class: "source-error", id: "source-error", role: "alert", hidden: "" }),
            h(
              "div",
              { class: "actions" },
              h("button", { class: "primary", type: "submit" }, "Analyse"),
              h(
                "label",
                { class: "file-button" },
                "Choose a file…",
                h("input", {
                  class: "vh",
                  type: "file",
                  id: "file",
                  accept: ".txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html",
                }),
              ),
            ),
          ),
          h(
            "section",
            { class: "recent", "aria-labelledby": "recent-h" },
            h("h2", { id: "recent-h" }, "Recent articles"),
            h("ul", { id: "recent" }),
            h("button", { type: "button", id: "forget", class: "forget" }, "Forget them"),
          ),
        ),
      ),
      h("details", { class: "embed-code", id: "embed-code" }, h("summary", {}, "Get embed code")),
      h("button", { type: "button", id: "theme" }, "Dark theme"),
    ),
  );
  // "Get embed code" is written by embed/embed-code.js, loaded when first opened.
  const code = new URL("embed-code.js", document.baseURI).href;
  byId("embed-code").addEventListener("toggle", () => import(code), { once: true });
  theme();
}

/** Puts a text in the editor (unless empty) with why it was not analysed,
 * opening the panel; such a text is kept as a draft across reloads.
 * `editor("", "")` clears the reason and the draft. */
export function editor(text, why) {
  if (text) byId("source-text").value = text;
  const reason = byId("source-error");
  reason.textContent = why;
  reason.hidden = !why;
  if (why) {
    byId("panel").open = true;
    if (text) keepSet(DRAFT, text);
  } else if (!text) storeRemove(DRAFT);
}

export const closePanel = () => byId("panel")?.removeAttribute("open");

// Keeping: the articles explored recently, newest first (the first is the
// one on screen), each with its text and the reader's view of it, and the
// text of a paste the engine refused. Storage may be blocked (private
// browsing, a sandboxed frame, a setting) or full: the explorer works
// without it and says once that it will not remember. What is read back is
// checked: an index of another version, or one that does not read, is set
// aside and reported, never trusted.
//
// `article-explorer` holds the index: a header line, then one line per
// article, tab-separated: id, state, src, title, date, speakers, view.
// `state` is `new` from before an analysis starts until the article is
// drawn, then `ok`: an article still `new` when the page opens is one whose
// analysis never finished (the page stopped), and goes to the editor rather
// than being analysed again. Each text is under `article-explorer:ID`,
// saved before its analysis starts (the example's is in the page).
const INDEX = "article-explorer";
const HEADER = "article-explorer 1";
const PREFIX = "article-explorer:";
const DRAFT = PREFIX + "draft";
const SET_ASIDE = PREFIX + "set-aside";
/** How many articles are kept; older ones make room only for a text shorter than ROOMY. */
const KEEP = 8;
const ROOMY = 1 << 21;

let kept = [];
/** What storing last gave: 0 stored, 1 blocked, 2 full. */
let status = 0;
let warned = false;
/** The id of the article on screen. */
let current = "";

/** Says once that nothing will be remembered, and why. */
function warn() {
  if (!warned)
    note(
      status === 1
        ? "This browser does not let the page keep anything (private browsing, a sandboxed frame or a setting): the explorer works, but it will not remember your articles once you leave."
        : "This browser's storage for the page is full: the explorer works, but it will not remember this article once you leave.",
      false,
    );
  warned = true;
}

/** Stores a value; when it cannot, says once that the explorer will not remember. */
function keepSet(key, value) {
  const s = status === 1 ? 1 : storeSet(key, value);
  if (s) (status = s), warn();
  return !s;
}

function save() {
  if (status === 1) return;
  const line = (e) =>
    [e.id, e.done ? "ok" : "new", e.src, e.title, e.date, e.speakers, e.view].map((f) => f.replace(/[\t\r\n]/g, " ")).join("\t");
  keepSet(INDEX, [HEADER, ...kept.map(line)].join("\n"));
}

/** Forgets the article at `i`, and its text. */
function drop(i) {
  const [e] = kept.splice(i, 1);
  if (e.id !== "example") storeRemove(PREFIX + e.id);
}

/** An article as the app opens it: "id\tsrc\tview". */
const meta = (e) => [e.id, e.src, e.view].join("\t");

/** Reads what is kept (once, at start): says when storage is blocked, or
 * what was set aside; puts a kept draft back in the editor; lists the
 * recent articles. */
export function keepOpen() {
  if (storeSet(PREFIX + "probe", "1")) {
    status = 1;
    warn();
  }
  storeRemove(PREFIX + "probe");
  const raw = storeGet(INDEX);
  if (raw != null) {
    const [head, ...lines] = raw.split("\n");
    const entries = lines.filter(Boolean).map((l) => l.split("\t"));
    const valid =
      head === HEADER &&
      entries.length <= KEEP &&
      entries.every((f) => f.length === 7 && /^([0-9a-f]{16}|example)$/.test(f[0]) && /^(ok|new)$/.test(f[1]));
    if (valid)
      kept = entries.map(([id, state, src, title, date, speakers, view]) => ({ id, done: state === "ok", src, title, date, speakers, view }));
    else {
      storeSet(SET_ASIDE, raw);
      storeRemove(INDEX);
      note(
        `${
          head !== HEADER && head.startsWith("article-explorer ")
            ? "Articles kept by another version of the explorer could not be read"
            : "The list of articles kept in this browser is damaged"
        }: it was set aside (under “${SET_ASIDE}” in this browser's storage) and the explorer starts afresh.`,
        false,
      );
    }
  }
  const draft = storeGet(DRAFT);
  if (draft) editor(draft, "");
  recent();
}

/** Before an analysis starts: keeps the text (first of all, so that
 * nothing is lost if the page stops) and puts the article first, not yet
 * analysed. Older articles make room when storage is full, unless this one
 * is too large to fit anyway; one that cannot be kept is not listed. */
export function keepBegin(id, src, text) {
  if (status === 1) return;
  if (id !== "example" && !kept.some((e) => e.id === id)) {
    for (;;) {
      const s = storeSet(PREFIX + id, text);
      if (!s) break;
      if (s === 2 && text.length < ROOMY && kept.length) drop(kept.length - 1);
      else return (status = s), warn();
    }
  }
  const i = kept.findIndex((e) => e.id === id);
  const e = i < 0 ? { id, title: "", date: "", speakers: "", view: "" } : kept.splice(i, 1)[0];
  kept.unshift({ ...e, done: false, src });
  while (kept.length > KEEP) drop(KEEP);
  save();
}

/** After an analysis is drawn: what the recent list shows, and the view. */
export function keepDone(id, title, date, speakers, view) {
  const e = kept.find((e) => e.id === id);
  if (e) Object.assign(e, { done: true, title, date, speakers, view }), save();
  current = id;
  recent();
}

/** The reader changed the view of the article on screen. */
export function keepView(id, view) {
  const e = kept.find((e) => e.id === id);
  if (e && e.view !== view) (e.view = view), save();
}

/** The engine refused the article: it leaves the list, and its text goes
 * to the editor with the reason. */
export function keepRefused(id, text, why) {
  const i = kept.findIndex((e) => e.id === id);
  if (i >= 0) drop(i), save();
  editor(text, why);
}

/** A kept article's text ("" for the example, which is in the page), or
 * nothing. */
export const keepText = (id) => (id === "example" ? "" : storeGet(PREFIX + id));

/** The article on screen last time, to open again ("id\tsrc\tview"), or
 * "" for none. One whose text is missing is reported and dropped; one
 * whose analysis never finished goes to the editor instead. */
export function keepResume() {
  while (kept.length) {
    const e = kept[0];
    const text = keepText(e.id);
    if (text != null && e.done) return meta(e);
    drop(0);
    save();
    if (text == null) note(`The kept text of “${e.title}” is missing; it was removed from the recent articles.`, false);
    else
      editor(
        text,
        "The page stopped before it had analysed this text, so it was not analysed again. It is kept here: analyse it again, or open another article.",
      );
  }
  return "";
}

/** The kept article fetched from `src`, as keepResume gives it, or "". */
export function keepFound(src) {
  const e = kept.find((e) => e.done && e.src === src);
  return e ? meta(e) : "";
}

/** Whether the browser lets the page keep anything. */
export const keepBlocked = () => status === 1;

/** Lists the recent articles, the one on screen marked. */
function recent() {
  const list = byId("recent");
  if (!list) return;
  const done = kept.filter((e) => e.done);
  list.replaceChildren(
    ...done.map((e) =>
      h(
        "li",
        {},
        h(
          "button",
          { type: "button", class: "recent-item", "data-id": e.id, "aria-current": e.id === current ? "true" : null },
          h("span", { class: "recent-title" }, e.title || "Untitled article"),
          h("span", { class: "hint" }, [e.date, e.speakers].filter(Boolean).join(" · ")),
        ),
      ),
    ),
  );
  if (!done.length) list.append(h("li", { class: "hint" }, "None yet: the articles you open are kept here, in this browser only."));
  byId("forget").hidden = !done.length;
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
// Loaded by embed.js into someone else's page (src/embed.rs): their
// <html>, their theme and their errors are left alone.
const guest = "__articleExplorerEmbed" in window;
if (!guest) {
  theme();
  system.addEventListener("change", () => theme());
}

/** Whether an event happened in a field the reader types into. */
const inField = (e) => !!e.target?.closest?.("input, textarea, select, [contenteditable]");

/**
 * Listens for articles given to the page as a whole: pasted anywhere but
 * into a field, dropped (a file or a text), or chosen in the file dialog
 * (`<input type=file id=file>`), or a recent article chosen. Calls
 * `give(text, "", "")` with a new article, `give(text, "", "id\tsrc\tview")`
 * with a kept one, `give("", why, "")` when a file cannot be read. Also
 * handles the theme toggle, "Forget them" and dismissing a message.
 */
export function listen(give) {
  document.addEventListener("click", (e) => {
    const at = (selector) => e.target.closest?.(selector);
    const item = at(".recent-item");
    const entry = item && kept.find((k) => k.id === item.dataset.id);
    const text = entry && keepText(entry.id);
    if (text != null) {
      closePanel();
      give(text, "", meta(entry));
    } else if (entry) {
      drop(kept.indexOf(entry));
      save();
      recent();
      note("That article's kept text is missing; it was removed from the list.", true);
    } else if (at("#forget")) {
      while (kept.length) drop(0);
      storeRemove(INDEX);
      storeRemove(DRAFT);
      recent();
      note("The articles kept in this browser are forgotten.", false);
    } else if (at(".dismiss")) at(".note").remove();
    else if (at("#theme")) {
      const next = byId("theme").getAttribute("aria-pressed") === "true" ? "light" : "dark";
      storeSet(THEME, next);
      theme(next);
    }
  });
  // Runs `then` with src/readers.js, or says why it could not be loaded.
  const reading = (then) => readers().then(then, (e) => give("", unloaded(e), ""));
  const file = (f) =>
    reading((m) =>
      m.readFile(f).then(
        (t) => give(t, "", ""),
        (why) => give("", String(why), ""),
      ),
    );
  document.addEventListener("paste", (e) => {
    const d = e.clipboardData;
    if (inField(e) || !d) return;
    const text = d.getData("text/plain");
    if (text.trim()) {
      e.preventDefault();
      give(text, "", "");
      return;
    }
    // Only markup (a copied selection of a page, say): its text.
    const html = d.getData("text/html");
    if (!html.trim()) return;
    e.preventDefault();
    reading((m) => {
      const article = m.htmlToText(html);
      if (article.trim()) give(article, "", "");
    });
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
      give(d.getData("text/plain"), "", "");
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
 * Fetches the article at `src` (`?src=`): resolves to its text; rejects
 * with a sentence saying what happened and what to do (src/readers.js).
 */
export async function fetchArticle(src) {
  let m;
  try {
    m = await readers();
  } catch (e) {
    throw unloaded(e);
  }
  return m.fetchArticle(src);
}

/** The value stored under `key`, or null (nothing, or storage blocked). */
function storeGet(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Stores a value: 0 when stored, 1 when storage is blocked, 2 when it is full. */
function storeSet(key, value) {
  try {
    localStorage.setItem(key, value);
    return 0;
  } catch (e) {
    return e?.name === "QuotaExceededError" ? 2 : 1;
  }
}

function storeRemove(key) {
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

/**
 * Saves the analysis as `format` ("json", "csv", "timelinejs" or
 * "markdown"): src/exports.js, loaded the first time.
 */
export async function exportAs(format, json, labels) {
  try {
    (await import("./exports.js")).exportAs(format, json, labels);
  } catch (e) {
    note(`The export could not be made: ${e?.message ?? e}`, true);
  }
}

let crashedOnce = false;

/**
 * "Something went wrong": shown when the app stopped (a trap of the wasm:
 * the page's build turns a panic into one, scripts/build.sh). Built here,
 * with handlers of its own, because the app cannot run after that. Offers
 * a reload and the diagnostics to copy: the error and the wasm functions it
 * came through (their numbers and offsets name the place in this build's
 * wasm), the page (without its parameters' values, which may hold the
 * article), the browser and the time.
 */
function crashed(error) {
  if (crashedOnce) return;
  crashedOnce = true;
  const params = [...new URLSearchParams(location.search).keys()].join(", ") || "none";
  const frames = String(error.stack).match(/wasm-function\[\d+\]:0x[\da-f]+/g) ?? [];
  const diagnostics = [
    `Article Explorer stopped: ${error.message}`,
    `In: ${frames.slice(0, 12).join(" < ") || "unknown"}`,
    `Page: ${location.origin}${location.pathname} (parameters: ${params})`,
    `Browser: ${navigator.userAgent}`,
    `Time: ${new Date().toISOString()}`,
  ].join("\n");
  const el = (tag, text, attrs = {}) => h(tag, attrs, text);
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

// Traps of the wasm: in an event's handler, or in a task or the start.
if (!guest) {
  addEventListener("error", (e) => e.error instanceof WebAssembly.RuntimeError && crashed(e.error));
  addEventListener("unhandledrejection", (e) => e.reason instanceof WebAssembly.RuntimeError && crashed(e.reason));
}
