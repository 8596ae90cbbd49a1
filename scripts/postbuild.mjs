// After `trunk build --release`: drops the classes the wasm exports but
// never makes (below), gives the imports and exports between the wasm and
// its glue short names (below), minifies the wasm-bindgen
// JavaScript glue and the app's own JavaScript (snippets/, src/host.js)
// with esbuild (trunk's own minifier leaves them as they are) and writes
// each file's new subresource-integrity hash into index.html, where trunk
// put the old one. Before that, puts the modules host.js imports on first
// use (scripts/on-use.mjs) beside it in snippets/: wasm-bindgen copies only
// the modules the Rust code names. Idempotent: a minified file minifies to
// itself, short names stay as they are.
//
//   node scripts/postbuild.mjs [DIR]

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { transformSync } from "esbuild";
import { ON_USE, isOnUse } from "./on-use.mjs";

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

const host = readdirSync(dir, { recursive: true }).find((f) => /^snippets\/.*\/src\/host\.js$/.test(f));
if (!host) throw new Error(`no snippets/…/src/host.js in ${dir}`);
for (const module of ON_USE)
  copyFileSync(join(dirname(new URL(import.meta.url).pathname), "..", "src", module), join(dir, dirname(host), module));

for (const name of readdirSync(dir, { recursive: true }).filter((f) => f.endsWith(".js"))) {
  const path = join(dir, name);
  const before = readFileSync(path);
  let js = before.toString();
  if (/^article-explorer-[0-9a-f]+\.js$/.test(name)) {
    const wasmPath = path.replace(/\.js$/, "_bg.wasm");
    const wasm = readFileSync(wasmPath);
    const [kept, unmade] = dropUnmade(wasm, js, wasmPath);
    const [short, glue] = shortNames(kept, unmade, "./article-explorer_bg.js");
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
  // Those are imported by host.js, not named in index.html.
  if (!isOnUse(name)) rehash(name, before, Buffer.from(code));
  console.log(`${name}: ${before.length} -> ${code.length} bytes (esbuild --minify)`);
}
writeFileSync(htmlPath, html);

// --- Classes the wasm never makes -----------------------------------------
//
// Leptos always depends on server_fn, and server_fn on wasm-streams, whose
// stream adapters (IntoUnderlyingSource, IntoUnderlyingByteSource,
// IntoUnderlyingSink) are classes exported from the wasm: wasm-bindgen
// keeps them, their methods and everything those reach (11 KB of wasm
// before compression), though nothing in this app makes one. A class the
// wasm could make has a `__wrap` in the glue, one JavaScript could make a
// constructor; one with neither is never made: its glue and its exports
// go, then wasm-opt drops the code only they reached.

function dropUnmade(wasm, js, wasmPath) {
  const block = (c) => js.match(new RegExp(`^export class ${c} \\{$[^]*?^\\}\\n`, "m"))?.[0] ?? "";
  const unmade = [...js.matchAll(/^export class (\w+) \{$/gm)]
    .map((m) => m[1])
    .filter((c) => !js.includes(`${c}.__wrap`) && !/^ {4}constructor\(/m.test(block(c)));
  for (const c of unmade) {
    js = js
      .replace(block(c), "")
      .replace(new RegExp(`^if \\(Symbol\\.dispose\\) ${c}\\.prototype.*\\n`, "m"), "")
      .replace(new RegExp(`^const ${c}Finalization = [^]*?;\\n`, "m"), "");
    if (new RegExp(`\\b${c}\\b`).test(js)) throw new Error(`the glue's class ${c} was not dropped whole`);
  }
  const prefixes = unmade.map((c) => c.toLowerCase());
  const dead = (name) => prefixes.some((p) => name.startsWith(`${p}_`) || name === `__wbg_${p}_free`);
  const tmp = `${wasmPath}.tmp`;
  writeFileSync(tmp, rewriteSections(wasm, { exports: (name) => (dead(name) ? null : name) }));
  // `--low-memory-unused`: the wasm's stack comes first in its memory and
  // grows down towards 0, the data and heap are above it (Rust's linker
  // lays it out so), so the lowest 1 KiB is touched only by a stack within
  // 1 KiB of overflowing. Knowing that, wasm-opt folds constant offsets into
  // loads and stores: 0.6 KB gzip less.
  // The wasm comes from trunk with its function names (`-g` in index.html);
  // this run drops them, writing them to target/wasm-symbols/ instead: the
  // crash screen's diagnostics name wasm functions by number, and this map
  // of the same build gives their names back.
  const symbols = join("target", "wasm-symbols", basename(wasmPath).replace(/\.wasm$/, ".txt"));
  mkdirSync(dirname(symbols), { recursive: true });
  const named = wasm.includes(Buffer.from("\x04name")); // not on a second run
  const args = ["--low-memory-unused", "-Oz", ...(named ? [`--symbolmap=${symbols}`] : []), tmp, "-o", tmp];
  const run = spawnSync("wasm-opt", args, { stdio: "inherit" });
  if (run.status !== 0) throw new Error("wasm-opt failed");
  const out = readFileSync(tmp);
  rmSync(tmp);
  console.log(`dropped ${unmade.join(", ") || "no class"}: wasm ${wasm.length} -> ${out.length} bytes; names in ${symbols}`);
  return [out, js];
}

// --- Short names between the glue and the wasm -----------------------------
//
// wasm-bindgen names each import after its function and a 16-digit hash
// (`__wbg_replace_2fc6b8ceb7a463b6`) and each closure's entry point after its
// full Rust type; every name is written twice, in the wasm and in the glue,
// and the hashes do not compress. They are renamed here to one or two
// letters in both (only the imports from the glue itself, and the exports
// but `memory`; host.js's and the glue's own exports keep their names).

/**
 * Renames, in `wasm` (a Buffer) and `js` (its glue, not minified yet), the
 * imports of module `module` and the exports but `memory`. Gives back
 * [wasm, js], unchanged when the names are short already.
 */
function shortNames(wasm, js, module) {
  const imports = new Map();
  const exports = new Map();
  const out = rewriteSections(wasm, {
    imports: (mod, field) => {
      if (mod !== module) return field;
      imports.set(field, short(imports.size));
      return imports.get(field);
    },
    exports: (name) => {
      if (name === "memory") return name;
      exports.set(name, short(exports.size));
      return exports.get(name);
    },
  });
  if ([...imports.keys(), ...exports.keys()].every((name) => name.length <= 2)) return [wasm, js];
  const esc = (name) => name.replace(/\$/g, "\\$");
  for (const [from, to] of imports) {
    const word = new RegExp(`(?<![\\w$])${esc(from)}(?![\\w$])`, "g");
    const found = js.match(word)?.length ?? 0;
    if (found !== 1) throw new Error(`import ${from} is named ${found} times in the glue, not once`);
    js = js.replace(word, to);
  }
  for (const [from, to] of exports) {
    js = js.replace(new RegExp(`(?<![\\w$])wasm\\.${esc(from)}(?![\\w$])`, "g"), `wasm.${to}`);
  }
  return [out, js];
}

/** The n-th short name: a..z, A..Z, then two letters. */
function short(n) {
  const L = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  return n < 52 ? L[n] : L[Math.floor(n / 52) - 1] + L[n % 52];
}

// --- Reading and writing a wasm module's imports and exports ---------------

/** Reads an unsigned LEB128 at `p`: [value, next position]. */
function leb(buf, p) {
  let v = 0, shift = 0, b;
  do {
    b = buf[p++];
    v += (b & 0x7f) * 2 ** shift;
    shift += 7;
  } while (b & 0x80);
  return [v, p];
}
function encLeb(v) {
  const out = [];
  do {
    let b = v % 128;
    v = Math.floor(v / 128);
    if (v) b |= 0x80;
    out.push(b);
  } while (v);
  return Buffer.from(out);
}
function readName(buf, p) {
  const [n, q] = leb(buf, p);
  return [buf.subarray(q, q + n).toString("utf8"), q + n];
}
function encName(s) {
  const b = Buffer.from(s, "utf8");
  return Buffer.concat([encLeb(b.length), b]);
}
/** The limits of a table or memory, from `p`: the position after them. */
function skipLimits(buf, p) {
  const flags = buf[p++];
  p = leb(buf, p)[1];
  if (flags & 1) p = leb(buf, p)[1];
  return p;
}

/**
 * A copy of `wasm` with its imports renamed by `imports(module, field)` and
 * its exports by `exports(name)` (`null` drops the export); every other
 * section as it was.
 */
function rewriteSections(wasm, { imports = (_, f) => f, exports = (n) => n }) {
  const out = [wasm.subarray(0, 8)];
  let p = 8;
  while (p < wasm.length) {
    const id = wasm[p];
    const [size, q] = leb(wasm, p + 1);
    let body = wasm.subarray(q, q + size);
    p = q + size;
    if (id === 2 || id === 7) {
      let [count, r] = leb(body, 0);
      const parts = [];
      let kept = 0;
      for (let i = 0; i < count; i++) {
        if (id === 2) {
          const [mod, a] = readName(body, r);
          const [field, b] = readName(body, a);
          const kind = body[b];
          let e = b + 1;
          if (kind === 0) e = leb(body, e)[1];
          else if (kind === 1) e = skipLimits(body, e + 1);
          else if (kind === 2) e = skipLimits(body, e);
          else if (kind === 3) e += 2;
          else if (kind === 4) e = leb(body, e + 1)[1];
          else throw new Error(`unknown import kind ${kind}`);
          parts.push(encName(mod), encName(imports(mod, field)), body.subarray(b, e));
          kept++;
          r = e;
        } else {
          const [name, a] = readName(body, r);
          const e = leb(body, a + 1)[1];
          const to = exports(name);
          if (to !== null) {
            parts.push(encName(to), body.subarray(a, e));
            kept++;
          }
          r = e;
        }
      }
      if (r !== body.length) throw new Error(`wasm section ${id} not read to its end`);
      body = Buffer.concat([encLeb(kept), ...parts]);
    }
    out.push(Buffer.from([id]), encLeb(body.length), body);
  }
  return Buffer.concat(out);
}
