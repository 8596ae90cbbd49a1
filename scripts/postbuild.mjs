// After `trunk build --release`: minifies the wasm-bindgen JavaScript glue
// and the app's own JavaScript (snippets/, src/host.js) with esbuild
// (trunk's own minifier leaves them as they are) and writes each file's new
// subresource-integrity hash into index.html, where trunk put the old one.
// Idempotent: a minified file minifies to itself.
//
//   node scripts/postbuild.mjs [DIR]

import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "esbuild";

const dir = process.argv[2] ?? "dist";
const sri = (buf) => "sha384-" + createHash("sha384").update(buf).digest("base64");
const htmlPath = join(dir, "index.html");
let html = readFileSync(htmlPath, "utf8");

for (const name of readdirSync(dir, { recursive: true }).filter((f) => f.endsWith(".js"))) {
  const path = join(dir, name);
  const before = readFileSync(path);
  const { code } = transformSync(before.toString(), {
    format: "esm",
    minify: true,
    target: "es2020",
    legalComments: "none",
  });
  writeFileSync(path, code);
  const [oldHash, newHash] = [sri(before), sri(Buffer.from(code))];
  if (oldHash !== newHash) {
    if (!html.includes(oldHash)) throw new Error(`index.html has no integrity ${oldHash} for ${name}`);
    html = html.replaceAll(oldHash, newHash);
  }
  console.log(`${name}: ${before.length} -> ${code.length} bytes (esbuild --minify)`);
}
writeFileSync(htmlPath, html);
