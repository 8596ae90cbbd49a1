// After the release build (scripts/build.sh, after postbuild.mjs): the
// files for embedding the explorer in other pages (issue 5), written into
// dist/ beside the app. None of them is loaded by the app's own page.
//
//   embed.js         <article-explorer> (embed/embed.js, minified), with the
//                    names of trunk's hashed glue and wasm and of the CSS
//   embed-HASH.css   the widget's styles: style/main.css rewritten for a
//                    shadow root (below), then embed/embed.css
//   embed.html       the iframe view: one <article-explorer> filling a page
//   embed-code.js    the app's "Get embed code" (src/embed.rs loads it when
//                    first opened)
//   sample.txt       the sample article, for the snippets the app gives
//
//   node scripts/embed.mjs [DIR]

import { createHash } from "node:crypto";
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "esbuild";

const dir = process.argv[2] ?? "dist";
const src = (p) => readFileSync(new URL(`../${p}`, import.meta.url), "utf8");
const files = readdirSync(dir);
const one = (re, what) => {
  const found = files.filter((f) => re.test(f));
  if (found.length !== 1) throw new Error(`expected one ${what} in ${dir}, found ${found.length}`);
  return found[0];
};
const glue = one(/^article-explorer-[0-9a-f]+\.js$/, "wasm-bindgen glue");
const wasm = one(/^article-explorer-[0-9a-f]+_bg\.wasm$/, "wasm module");
for (const f of files.filter((f) => /^embed-[0-9a-f]+\.css$/.test(f))) rmSync(join(dir, f));

// --- CSS: style/main.css for a shadow root -------------------------------

/** Top-level rules and at-rules of a stylesheet: [prelude, body]. */
function rules(css) {
  const out = [];
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf("{", i);
    if (open < 0) {
      if (css.slice(i).trim()) throw new Error(`unparsed CSS: ${css.slice(i, i + 60)}`);
      break;
    }
    let depth = 1;
    let j = open + 1;
    for (; depth && j < css.length; j++) {
      if (css[j] === "{") depth++;
      else if (css[j] === "}") depth--;
      else if (css[j] === '"' || css[j] === "'") j = css.indexOf(css[j], j + 1);
    }
    if (depth) throw new Error("unbalanced braces in CSS");
    out.push([css.slice(i, open).trim(), css.slice(open + 1, j - 1)]);
    i = j;
  }
  return out;
}

/** Splits a selector list at its top-level commas. */
function selectors(prelude) {
  const out = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < prelude.length; i++) {
    const c = prelude[i];
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "," && !depth) {
      out.push(prelude.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(prelude.slice(start).trim());
  return out;
}

/**
 * One rule of main.css as the widget needs it: `:root` is the widget's
 * frame `.ae` (and each custom property --x there is var(--ae-x, value), so
 * the host can set it); `main` is `#main` (the widget's is a div: one main
 * landmark per page is the host's); selectors starting at `html`, `body` or
 * `:root[…]` (the page's theme), and those of the app's own frame (top bar,
 * panel, notes, crash screen, footer), go, since a widget has none of them;
 * width media queries become container queries
 * on `.ae`, since the widget is as wide as the host makes it, not the
 * window.
 */
const APP_FRAME =
  /^(html|body|:root\[)|\.(skip|topbar|brand|logo|bar-tools|source|source-panel|source-error|embed-code|embed-panel|file-button|recent|recent-item|recent-title|forget|notes|note|crash|footer)\b|#(theme|paste-form)\b/;

function rewrite([prelude, body]) {
  if (prelude.startsWith("@media")) {
    const inner = rules(body).map(rewrite).filter(Boolean).join("\n");
    if (!inner) return "";
    const cond = prelude.slice("@media".length).trim();
    return /\b(min|max)-width\b/.test(cond) ? `@container ${cond} {\n${inner}\n}` : `@media ${cond} {\n${inner}\n}`;
  }
  if (prelude.startsWith("@")) return `${prelude} {${body}}`;
  const kept = selectors(prelude)
    .filter((s) => !APP_FRAME.test(s))
    .map((s) => (s === ":root" ? ".ae" : s.replace(/(^|[\s>+~(])main(?=$|[\s.:#[>+~)])/g, "$1#main")));
  if (!kept.length) return "";
  if (prelude === ":root") {
    body = body.replace(/(--([\w-]+))\s*:\s*([^;]+);/g, (_, prop, name, value) => `${prop}: var(--ae-${name}, ${value.trim()});`);
  }
  return `${kept.join(", ")} {${body}}`;
}

const main = src("style/main.css").replace(/\/\*[\s\S]*?\*\//g, "");
const css = rules(main).map(rewrite).filter(Boolean).join("\n") + "\n" + src("embed/embed.css");
const { code: cssMin } = transformSync(css, { loader: "css", minify: true, legalComments: "none" });
const cssName = `embed-${createHash("sha256").update(cssMin).digest("hex").slice(0, 16)}.css`;
writeFileSync(join(dir, cssName), cssMin);

// --- JavaScript ----------------------------------------------------------

function js(file, define = {}) {
  const { code } = transformSync(src(file), {
    format: "esm",
    minify: true,
    target: "es2022",
    legalComments: "none",
    define,
  });
  return code;
}
writeFileSync(
  join(dir, "embed.js"),
  js("embed/embed.js", {
    __AE_GLUE__: JSON.stringify(glue),
    __AE_WASM__: JSON.stringify(wasm),
    __AE_CSS__: JSON.stringify(cssName),
  }),
);
writeFileSync(join(dir, "embed-code.js"), js("embed/embed-code.js"));

// --- The iframe view and the sample --------------------------------------

writeFileSync(
  join(dir, "embed.html"),
  `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="article-explorer" content="frame">
<title>Article Explorer</title>
<link rel="icon" href="data:,">
<script type="module" src="embed.js"></script>
</head>
<body>
<article-explorer></article-explorer>
</body>
</html>
`,
);
writeFileSync(join(dir, "sample.txt"), src("articles/russia-china-denisov-2020-12-29.txt"));

for (const f of ["embed.js", cssName, "embed.html", "embed-code.js", "sample.txt"]) {
  console.log(`${f}: ${readFileSync(join(dir, f)).length} bytes`);
}
