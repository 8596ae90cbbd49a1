// After `trunk build --release`: gives the imports and exports between the
// wasm and its glue short names (below), minifies the wasm-bindgen
// JavaScript glue and the app's own JavaScript (snippets/, src/host.js)
// with esbuild (trunk's own minifier leaves them as they are) and writes
// each file's new subresource-integrity hash into index.html, where trunk
// put the old one. Idempotent: a minified file minifies to itself, short
// names stay as they are.
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
const rehash = (name, before, after) => {
  const [oldHash, newHash] = [sri(before), sri(after)];
  if (oldHash !== newHash) {
    if (!html.includes(oldHash)) throw new Error(`index.html has no integrity ${oldHash} for ${name}`);
    html = html.replaceAll(oldHash, newHash);
  }
};

for (const name of readdirSync(dir, { recursive: true }).filter((f) => f.endsWith(".js"))) {
  const path = join(dir, name);
  const before = readFileSync(path);
  let js = before.toString();
  if (/^article-explorer-[0-9a-f]+\.js$/.test(name)) {
    const wasmPath = path.replace(/\.js$/, "_bg.wasm");
    const wasm = readFileSync(wasmPath);
    const [short, glue] = shortNames(wasm, js, "./article-explorer_bg.js");
    writeFileSync(wasmPath, short);
    rehash(wasmPath, wasm, short);
    console.log(`${name}: wasm ${wasm.length} -> ${short.length} bytes (short import and export names)`);
    js = glue;
  }
  const { code } = transformSync(js, {
    format: "esm",
    minify: true,
    target: "es2020",
    legalComments: "none",
  });
  writeFileSync(path, code);
  rehash(name, before, Buffer.from(code));
  console.log(`${name}: ${before.length} -> ${code.length} bytes (esbuild --minify)`);
}
writeFileSync(htmlPath, html);

// --- Short names between the glue and the wasm -----------------------------
//
// wasm-bindgen names each import after its function and a 16-digit hash
// (`__wbg_replace_2fc6b8ceb7a463b6`) and each closure's entry point after its
// full Rust type; every name is written twice, in the wasm and in the glue,
// and the hashes do not compress. They are renamed here to one or two
// letters in both (only the imports from the glue itself, and the exports
// but `memory`; host.js's and the glue's own exports keep their names).

/** Reads an unsigned LEB128 at `p`: [value, next position]. */
function leb(buf, p) {
  let v = 0, shift = 0, b;
  do { b = buf[p++]; v += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
  return [v, p];
}
function encLeb(v) {
  const out = [];
  do { let b = v % 128; v = Math.floor(v / 128); if (v) b |= 0x80; out.push(b); } while (v);
  return out;
}
function encName(s) {
  const b = Buffer.from(s, "utf8");
  return Buffer.concat([Buffer.from(encLeb(b.length)), b]);
}
function readName(buf, p) {
  const [n, q] = leb(buf, p);
  return [buf.subarray(q, q + n).toString("utf8"), q + n];
}
/** The n-th short name: a..z, A..Z, then two letters. */
function short(n) {
  const L = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  return n < 52 ? L[n] : L[Math.floor(n / 52) - 1] + L[n % 52];
}
/** The limits of a table or memory, from `p`: the position after them. */
function skipLimits(buf, p) {
  const flags = buf[p++];
  p = leb(buf, p)[1];
  if (flags & 1) p = leb(buf, p)[1];
  return p;
}

/**
 * Renames, in `wasm` (a Buffer) and `js` (its glue, not minified yet), the
 * imports of module `module` and the exports but `memory`. Gives back
 * [wasm, js], unchanged when the names are short already.
 */
function shortNames(wasm, js, module) {
  const sections = [];
  let p = 8;
  while (p < wasm.length) {
    const id = wasm[p];
    const [size, q] = leb(wasm, p + 1);
    sections.push({ id, body: wasm.subarray(q, q + size) });
    p = q + size;
  }
  const renames = { imports: new Map(), exports: new Map() };
  const rewrite = (s) => {
    const buf = s.body;
    let [count, p] = leb(buf, 0);
    const parts = [Buffer.from(encLeb(count))];
    let n = 0;
    for (let i = 0; i < count; i++) {
      if (s.id === 2) {
        const [mod, q] = readName(buf, p);
        const [field, r] = readName(buf, q);
        const kind = buf[r];
        let e = r + 1;
        if (kind === 0) e = leb(buf, e)[1];
        else if (kind === 1) e = skipLimits(buf, e + 1);
        else if (kind === 2) e = skipLimits(buf, e);
        else if (kind === 3) e += 2;
        else if (kind === 4) e = leb(buf, e + 1)[1];
        else throw new Error(`unknown import kind ${kind}`);
        let name = field;
        if (mod === module) {
          name = short(n++);
          renames.imports.set(field, name);
        }
        parts.push(encName(mod), encName(name), buf.subarray(r, e));
        p = e;
      } else {
        const [field, q] = readName(buf, p);
        const e = leb(buf, q + 1)[1];
        let name = field;
        if (field !== "memory") {
          name = short(n++);
          renames.exports.set(field, name);
        }
        parts.push(encName(name), buf.subarray(q, e));
        p = e;
      }
    }
    if (p !== buf.length) throw new Error(`section ${s.id} not read to its end`);
    s.body = Buffer.concat(parts);
  };
  for (const s of sections) if (s.id === 2 || s.id === 7) rewrite(s);
  const all = [...renames.imports.keys(), ...renames.exports.keys()];
  if (all.every((name) => name.length <= 2)) return [wasm, js];

  const word = (name) => new RegExp(`(?<![\\w$])${name.replace(/\$/g, "\\$")}(?![\\w$])`, "g");
  for (const [from, to] of renames.imports) {
    const found = js.match(word(from))?.length ?? 0;
    if (found !== 1) throw new Error(`import ${from} is named ${found} times in the glue, not once`);
    js = js.replace(word(from), to);
  }
  for (const [from, to] of renames.exports) {
    const re = new RegExp(`(?<![\\w$])wasm\\.${from.replace(/\$/g, "\\$")}(?![\\w$])`, "g");
    js = js.replace(re, `wasm.${to}`);
  }
  const out = [wasm.subarray(0, 8)];
  for (const s of sections) out.push(Buffer.from([s.id]), Buffer.from(encLeb(s.body.length)), s.body);
  return [Buffer.concat(out), js];
}
