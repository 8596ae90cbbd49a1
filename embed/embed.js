// Article Explorer in any page (issue 5): the <article-explorer> element,
// the iframe view's side of it, and the resizing of iframes that show it.
//
//   <script type="module" src="https://HOST/PATH/embed.js"></script>
//   <article-explorer src="article.txt"></article-explorer>
//
// Hand-written; scripts/embed.mjs minifies it into dist/embed.js and fills
// in __AE_GLUE__, __AE_WASM__ and __AE_CSS__ (the names trunk and the build
// gave those files). Everything else is found from this script's own
// address, so it works from any path and any origin. README.md ("Embed
// it") says what a host page must allow; ARCHITECTURE.md ("Embedding")
// what the widget promises.
//
// A guest: it adds nothing to the host page but its elements' shadow roots
// (styles by <link> inside them, no inline style, no global listener but
// the iframe-height message one), never touches the address or history,
// and starts nothing before an element comes near the viewport.

const BASE = new URL(".", import.meta.url);
const at = (name) => new URL(name, BASE).href;
const HEIGHT = "article-explorer:height:";

let loading = null;

/** The wasm module, loaded and started once for every widget of the page. */
function module() {
  loading ??= (async () => {
    // Seen while the module loads and starts: its `main` mounts no app and
    // its host.js leaves the page's theme and error events alone
    // (src/embed.rs, src/host.js).
    window.__articleExplorerEmbed = 1;
    try {
      const glue = await import(at(__AE_GLUE__));
      await glue.default({ module_or_path: at(__AE_WASM__) });
      return glue;
    } finally {
      delete window.__articleExplorerEmbed;
    }
  })();
  loading.catch(() => (loading = null)); // a later widget tries again
  return loading;
}

const near = new IntersectionObserver(
  (entries) => entries.forEach((e) => e.isIntersecting && e.target.start()),
  { rootMargin: "200px" },
);

function h(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/** An inline article: its script's text, "<\/" back to "</", un-indented. */
function inline(text) {
  const lines = text.replace(/<\\\//g, "</").split("\n");
  while (lines.length && !lines[0].trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^[ \t]*/)[0].length));
  return lines.map((l) => l.slice(indent)).join("\n");
}

class ArticleExplorer extends HTMLElement {
  static observedAttributes = ["src", "speakers", "height"];
  #root;
  #frame;
  #main;
  #status;
  #css;
  #glue = null;
  #started = false;
  #run = 0;

  connectedCallback() {
    if (!this.#root) this.#build();
    if (!this.#started) near.observe(this);
  }

  disconnectedCallback() {
    near.unobserve(this);
  }

  attributeChangedCallback(name, old, value) {
    if (!this.#root) return;
    if (name === "height") this.#height();
    else if (this.#started && old !== value) this.#load();
  }

  /** Starts loading (the IntersectionObserver calls it when near). */
  start() {
    near.unobserve(this);
    if (this.#started) return;
    this.#started = true;
    this.#load();
  }

  #build() {
    const root = (this.#root = this.attachShadow({ mode: "open" }));
    const link = h("link", { rel: "stylesheet", href: at(__AE_CSS__) });
    this.#css = new Promise((ok) => (link.onload = link.onerror = ok));
    this.#status = h("p", { class: "ae-status", role: "status" });
    this.#main = h("div", { id: "main", role: "region", "aria-label": "Article Explorer" });
    this.#frame = h(
      "div",
      { class: "ae", part: "frame" },
      this.#status,
      h(
        "div",
        { class: "progress", id: "progress", role: "status", hidden: "" },
        h("span", { id: "progress-text" }),
        h("progress", { id: "progress-bar", max: "7", value: "0" }),
      ),
      this.#main,
    );
    root.append(link, this.#frame);
    this.#height();
    // The widget's own events, handled by the module as the app handles the
    // page's (a form never leaves the page); scrolling inside a shadow root
    // does not reach the window, so the widget passes it on. Nothing is
    // listened to outside the widget.
    for (const type of ["click", "input", "keydown", "submit"]) {
      root.addEventListener(type, (e) => {
        if (type === "submit") e.preventDefault();
        this.#glue?.widgetEvent(root, e);
      });
    }
    root.addEventListener("scroll", () => this.#glue?.widgetScroll(), { capture: true, passive: true });
  }

  #height() {
    let v = this.getAttribute("height")?.trim() || "";
    if (/^\d+(\.\d+)?$/.test(v)) v += "px";
    if (v && CSS.supports("height", v)) this.#frame.style.setProperty("--ae-height", v);
    else this.#frame.style.removeProperty("--ae-height");
    this.#frame.classList.toggle("fixed", !!this.#frame.style.getPropertyValue("--ae-height"));
  }

  async #text() {
    const src = this.getAttribute("src");
    if (src === null) {
      const script = this.querySelector('script[type="text/plain"]');
      if (!script) throw new Error('no article: give it src="…", or the text in a <script type="text/plain">');
      return inline(script.textContent);
    }
    const response = await fetch(new URL(src, this.baseURI));
    if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
    return response.text();
  }

  async #load() {
    const run = ++this.#run;
    this.#status.textContent = "Loading the article explorer…";
    this.#status.className = "ae-status";
    try {
      const [glue, text] = await Promise.all([module(), this.#text(), this.#css]);
      if (run !== this.#run) return;
      this.#glue = glue;
      this.#status.textContent = "";
      const speakers = this.getAttribute("speakers")?.replace(/\s+/g, "") || undefined;
      glue.mountWidget(this.#root, text, speakers);
    } catch (e) {
      if (run !== this.#run) return;
      this.#status.textContent = `Article Explorer could not start: ${e?.message ?? e}`;
      this.#status.className = "ae-status error";
    }
  }
}

if (!customElements.get("article-explorer")) customElements.define("article-explorer", ArticleExplorer);

// The iframe view (embed.html): one element taking its attributes from the
// address, started at once, telling the parent page its height.
if (document.querySelector('meta[name="article-explorer"][content="frame"]')) {
  const el = document.querySelector("article-explorer");
  const params = new URLSearchParams(location.search);
  for (const name of ["src", "speakers", "theme", "compact"]) {
    if (params.has(name)) el.setAttribute(name, params.get(name));
  }
  el.setAttribute("frame", "");
  document.body.style.margin = "0";
  el.start();
  if (parent !== window) {
    new ResizeObserver(() => {
      parent.postMessage(HEIGHT + Math.ceil(el.getBoundingClientRect().height), "*");
    }).observe(el);
  }
}

// On a page holding iframe views: each one as tall as its content.
addEventListener("message", (e) => {
  if (e.origin !== BASE.origin || typeof e.data !== "string" || !e.data.startsWith(HEIGHT)) return;
  const height = Number(e.data.slice(HEIGHT.length));
  if (!(height >= 0 && height < 1e6)) return;
  for (const frame of document.getElementsByTagName("iframe")) {
    if (frame.contentWindow === e.source) {
      frame.style.height = height + frame.offsetHeight - frame.clientHeight + "px";
    }
  }
});
