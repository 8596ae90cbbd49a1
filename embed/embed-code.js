// "Get embed code" in the app: the two snippets (element, iframe) for the
// article on screen and the speakers shown. src/embed.rs draws the control
// (#embed-code) and loads this the first time it is opened, so the page
// does not carry it. The article's text comes from the module's
// embedText(); the speakers shown are the filter's pressed toggles; the
// sample article is recognised by its text (the copy in sample.txt).

const details = document.getElementById("embed-code");
const base = new URL(".", location.href).href;
const attr = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

function h(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

let sampleText = null;

async function fill() {
  details.querySelector(".embed-panel")?.remove();
  const text = details.open && window.wasmBindings?.embedText?.();
  if (typeof text !== "string") return;
  sampleText ??= fetch(base + "sample.txt").then((r) => (r.ok ? r.text() : ""), () => "");
  const sample = text === (await sampleText);
  if (!details.open || details.querySelector(".embed-panel")) return;
  const chips = [...document.querySelectorAll(".chips button[data-speaker]")];
  const on = chips.filter((b) => b.getAttribute("aria-pressed") !== "false").map((b) => b.dataset.speaker);
  const shown = on.length < chips.length ? on.join(",") : "";
  const article = sample ? base + "sample.txt" : "ARTICLE-URL";
  const title = document.querySelector(".article-head h1")?.textContent ?? "";
  const script = `<script type="module" src="${base}embed.js"></script>`;

  let element = `${script}\n<article-explorer`;
  if (sample) element += ` src="${article}"`;
  if (shown) element += ` speakers="${shown}"`;
  element += ">";
  // Script data would end at "</script": "<\/" stands for "</" (embed.js puts it back).
  if (!sample) element += `\n<script type="text/plain">\n${text.replace(/<\//g, "<\\/")}\n</script>\n`;
  element += "</article-explorer>";

  let src = `${base}embed.html?src=${encodeURIComponent(article)}`;
  if (shown) src += `&speakers=${encodeURIComponent(shown)}`;
  const iframe =
    `<iframe src="${attr(src)}" title="${attr(title ? `Article Explorer: ${title}` : "Article Explorer")}"` +
    ` width="100%" height="800" loading="lazy"></iframe>\n` +
    "<!-- optional: sizes the iframe to its content -->\n" +
    script;

  const form = h(
    "div",
    { class: "embed-panel" },
    h(
      "p",
      { class: "hint" },
      sample
        ? "For this article, with the speakers shown now. The page must let this site's script in (README, “Embed it”)."
        : "For this article, with the speakers shown now. For the iframe, put the text online and replace ARTICLE-URL with its address.",
    ),
  );
  for (const [id, label, code] of [
    ["embed-element", "Element: <article-explorer>", element],
    ["embed-iframe", "iframe", iframe],
  ]) {
    const area = h("textarea", { id, rows: "6", readonly: "", spellcheck: "false" }, code);
    const copy = h("button", { type: "button" }, "Copy");
    const done = h("span", { class: "hint", role: "status" });
    copy.addEventListener("click", async () => {
      area.select();
      try {
        await navigator.clipboard.writeText(code);
        done.textContent = " Copied.";
      } catch {
        done.textContent = " Selected: copy it with Ctrl+C or ⌘C.";
      }
    });
    form.append(h("label", { for: id }, label), area, h("div", { class: "actions" }, copy, done));
  }
  details.append(form);
}

details.addEventListener("toggle", fill);
// Escape closes it (before the page's keys see it), focus back on its summary.
details.addEventListener("keydown", (e) => {
  if (e.key !== "Escape" || !details.open) return;
  e.stopPropagation();
  details.open = false;
  details.querySelector("summary").focus();
});
// One of the top bar's disclosures open at a time: their panels overlap.
details.parentElement.addEventListener(
  "toggle",
  (e) => {
    const other = e.target;
    if (other.tagName !== "DETAILS" || !other.open) return;
    for (const d of details.parentElement.querySelectorAll("details[open]")) if (d !== other) d.open = false;
  },
  true,
);
fill();
