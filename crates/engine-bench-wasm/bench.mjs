// Times the engine's WebAssembly build in node on the native benchmark's
// inputs. Run by scripts/bench.sh; by hand:
//
//   node crates/engine-bench-wasm/bench.mjs LABEL PKG_DIR [--quick] [--json FILE]
//
// PKG_DIR holds `wasm-bindgen --target web` output (engine_bench_wasm.js and
// engine_bench_wasm_bg.wasm). The inputs are made inside the module by the
// same Rust code as natively (crates/engine/benches/inputs), from the same
// articles; their FNV-1a hashes are printed to show they are the same bytes.
// Only `run()` is timed: the engine on a string already in wasm memory.
//
// Samples: a warm-up run, then runs until there are at least 5 samples and
// 2 s of them (small inputs are run many times per sample); inputs whose
// warm-up took over 5 s count it as a sample and stop at 3, over a minute at 1. The median
// sample is reported, in MB/s (10^6 bytes per second), and the fastest.

import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";

const root = resolve(fileURLToPath(import.meta.url), "../../..");
const args = process.argv.slice(2);
const label = args[0];
const pkg = args[1] && resolve(args[1]);
if (!label || !pkg) {
  console.error("usage: node bench.mjs LABEL PKG_DIR [--quick] [--json FILE]");
  process.exit(2);
}
const quick = args.includes("--quick");
const jsonAt = args.indexOf("--json");
const jsonFile = jsonAt >= 0 ? args[jsonAt + 1] : null;

const wasm = await import(join(pkg, "engine_bench_wasm.js"));
wasm.initSync({ module: readFileSync(join(pkg, "engine_bench_wasm_bg.wasm")) });

const seed = readFileSync(join(root, "articles/russia-china-denisov-2020-12-29.txt"), "utf8");
const articles = [];
for (const dir of ["articles/corpus", "articles/holdout"]) {
  // Byte order of ASCII names, as the native benchmark sorts them.
  const names = readdirSync(join(root, dir)).filter((n) => n.endsWith(".txt")).sort();
  for (const n of names) articles.push(readFileSync(join(root, dir, n), "utf8"));
}
const joined = articles.join("\0");

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmtTime = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(1)} µs`);

const results = [];
console.log(`wasm ${label}: ${pkg}`);
console.log(`${"input".padEnd(16)} ${"bytes".padStart(10)} ${"fnv1a".padStart(18)} ${"statements".padStart(10)} ${"median".padStart(10)} ${"MB/s".padStart(9)} samples`);
for (const name of wasm.input_names()) {
  if (quick && name === "corpus-10mb") continue;
  const bytes = wasm.prepare(name, seed, joined);
  const hash = wasm.input_hash();
  let t = performance.now();
  const statements = wasm.run();
  const first = performance.now() - t;
  // Runs per sample, so that one sample lasts at least 20 ms.
  const per = first >= 20 ? 1 : Math.ceil(20 / Math.max(first, 0.01));
  const samples = first > 5000 ? [first] : [];
  const minSamples = first > 60000 ? 1 : first > 5000 ? 3 : 5;
  let spent = 0;
  while (samples.length < minSamples || (first <= 5000 && spent < 2000 && samples.length < 100)) {
    t = performance.now();
    for (let i = 0; i < per; i++) wasm.run();
    const took = performance.now() - t;
    spent += took;
    samples.push(took / per);
  }
  const ms = median(samples);
  const mbps = bytes / 1e6 / (ms / 1000);
  const best = bytes / 1e6 / (Math.min(...samples) / 1000);
  results.push({ label, input: name, bytes, fnv1a: hash, statements, median_ms: ms, mb_per_s: mbps, best_mb_per_s: best, samples: samples.length, runs_per_sample: per, samples_ms: samples });
  console.log(`${name.padEnd(16)} ${String(bytes).padStart(10)} ${hash.padStart(18)} ${String(statements).padStart(10)} ${fmtTime(ms).padStart(10)} ${mbps.toFixed(2).padStart(9)} ${samples.length}×${per}`);
}
if (jsonFile) writeFileSync(jsonFile, JSON.stringify({ label, node: process.version, results }, null, 1) + "\n");
