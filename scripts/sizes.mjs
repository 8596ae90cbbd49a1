// Weight of the page (issue 6): raw, gzip (level 9) and brotli (quality 11)
// bytes of every file in dist/ — everything the default page loads: the
// HTML, the JavaScript glue, the wasm module, the CSS (and fonts or images,
// were there any). With --budget KB, fails when the gzip total passes it.
//
//   node scripts/sizes.mjs [DIR] [--budget KB] [--json FILE]
//
// KB here are 1,000 bytes (so a 100 KB budget is 100,000 bytes of gzip).

import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { isOnUse } from "./on-use.mjs";

const args = process.argv.slice(2);
let dir = "dist";
let budget = null;
let json = null;
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--budget") budget = Number(args[++i]);
  else if (args[i] === "--json") json = args[++i];
  else dir = args[i];
}

function files(d) {
  return readdirSync(d, { withFileTypes: true }).flatMap((e) => {
    if (e.name.startsWith(".")) return [];
    const p = join(d, e.name);
    return e.isDirectory() ? files(p) : [p];
  });
}

// Every file the page references must be in dist/, and everything in dist/
// is counted, referenced or not (an honest upper bound), except the files
// for embedding the explorer in other pages (issue 5, scripts/embed.mjs),
// which the page never loads: they are reported apart, with what a page
// embedding the explorer loads (docs/PERFORMANCE.md, "Embedding").
const EMBED = /^(embed[.-].*|sample\.txt)$/;
// Modules the page imports only when the reader uses what they do
// (scripts/on-use.mjs): reported apart too.
const everything = files(dir).sort();
const all = everything.filter((f) => !EMBED.test(relative(dir, f)) && !isOnUse(relative(dir, f)));
if (!all.length) {
  console.error(`error: ${dir} is empty: build first`);
  process.exit(2);
}
const kb = (b) => (b / 1000).toFixed(1) + " KB";
const weigh = (f) => {
  const body = readFileSync(f);
  return {
    file: relative(dir, f),
    raw: statSync(f).size,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }).length,
  };
};
const rows = all.map(weigh);
const sum = (rows, file) =>
  rows.reduce((t, r) => ({ file, raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
const total = sum(rows, "total");
const line = (r) =>
  console.log(`${r.file.padEnd(46)} ${kb(r.raw).padStart(10)} ${kb(r.gzip).padStart(10)} ${kb(r.brotli).padStart(10)}`);
console.log(`${"file".padEnd(46)} ${"raw".padStart(10)} ${"gzip".padStart(10)} ${"brotli".padStart(10)}`);
rows.forEach(line);
line(total);
console.log(`(${total.raw} bytes raw, ${total.gzip} gzip, ${total.brotli} brotli; KB = 1,000 bytes)`);
const onUse = everything.filter((f) => isOnUse(relative(dir, f))).map(weigh);
if (onUse.length) {
  console.log("\nLoaded only when used (an export; a file or a link read), not counted above:");
  onUse.forEach(line);
}
const embed = everything.filter((f) => EMBED.test(relative(dir, f))).map(weigh);
if (embed.length) {
  console.log("\nFor embedding (issue 5), not loaded by the page:");
  embed.forEach(line);
  // A page with <article-explorer> elements loads embed.js, the widget CSS,
  // the glue, its snippets and the wasm (once for every widget), and its
  // articles.
  const loads = [...embed, ...rows].filter((r) =>
    /^embed\.js$|^embed-.*\.css$|^article-explorer-|^snippets\//.test(r.file),
  );
  line(sum(loads, "an embedding page loads"));
}
if (json) writeFileSync(json, JSON.stringify({ files: rows, total, budget }, null, 2) + "\n");
if (budget != null) {
  const limit = budget * 1000;
  if (total.gzip > limit) {
    console.error(
      `FAILED: the page weighs ${kb(total.gzip)} gzip, over the budget of ${budget} KB by ${kb(total.gzip - limit)}`,
    );
    process.exit(1);
  }
  console.log(`Within the budget: ${kb(total.gzip)} gzip of ${budget} KB (${kb(limit - total.gzip)} to spare)`);
}
