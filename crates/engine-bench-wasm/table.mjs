// Prints the engine speed figures side by side, as a Markdown table: the
// native divan output and the wasm results of bench.mjs. Run by
// scripts/bench.sh:
//
//   node crates/engine-bench-wasm/table.mjs NATIVE.txt [WASM.json ...]
//
// MB/s are 10^6 bytes per second, from the median sample, with the fastest
// sample's in brackets (the least disturbed on a shared machine). "ratio" is
// how many times slower the wasm build is than native on the same input
// (medians; goal ≤ 2).

import { existsSync, readFileSync } from "node:fs";

const [nativeFile, ...wasmFiles] = process.argv.slice(2);

const SECONDS = { ns: 1e-9, "µs": 1e-6, us: 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };
const RATE = { "B/s": 1e-6, "KB/s": 1e-3, "MB/s": 1, "GB/s": 1e3, "KiB/s": 1024 / 1e6, "MiB/s": 1048576 / 1e6, "GiB/s": 1073741824 / 1e6 };
const num = (cell, units) => {
  const m = cell.trim().match(/^([\d.]+)\s*(\S+)$/);
  return m && units[m[2]] !== undefined ? Number(m[1]) * units[m[2]] : NaN;
};

// divan's tree: a row "├─ name  fastest │ slowest │ median │ mean │ samples │ iters"
// then a row of the same columns in bytes per second.
const native = new Map();
// The benchmark's own lines before divan's: "name bytes fnv1a [statements read%]".
const facts = new Map();
if (nativeFile && existsSync(nativeFile)) {
  const lines = readFileSync(nativeFile, "utf8").split("\n");
  for (const line of lines) {
    const m = line.match(/^([a-z0-9-]+)\s+(\d+)\s+([0-9a-f]+)(?:\s+(\d+)\s+\d+%)?/);
    if (m) facts.set(m[1], { bytes: m[2], fnv1a: m[3], statements: m[4] });
  }
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i].match(/[├╰]─ (\w+)\s+(.*)$/);
    if (!m) continue;
    const cols = m[2].split("│");
    if (cols.length < 4 || !/\d/.test(cols[0])) continue;
    const rate = (lines[i + 1] || "").replace(/^[│\s]+/, "").split("│");
    native.set(m[1].replace(/_/g, "-"), {
      median_s: num(cols[2], SECONDS),
      fastest_s: num(cols[0], SECONDS),
      mb_per_s: num(rate[2] ?? "", RATE),
      best_mb_per_s: num(rate[0] ?? "", RATE),
      samples: Number(cols[4]),
    });
  }
}

const wasm = wasmFiles.filter(existsSync).map((f) => JSON.parse(readFileSync(f, "utf8")));
const order = ["seed", "corpus-1mb", "corpus-10mb", "unclosed-quotes", "short-sentences", "speakers-10k", "no-spaces"];
const names = [...new Set([...order, ...native.keys(), ...wasm.flatMap((w) => w.results.map((r) => r.input))])].filter(
  (n) => native.has(n) || wasm.some((w) => w.results.some((r) => r.input === n)),
);

const f = (x, d = 2) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(d)) : "–");
const time = (s) => (!Number.isFinite(s) ? "–" : s >= 60 ? `${(s / 60).toFixed(2)} min` : s >= 1 ? `${s.toFixed(2)} s` : s >= 1e-3 ? `${(s * 1e3).toFixed(2)} ms` : `${(s * 1e6).toFixed(0)} µs`);

const head = ["input", "bytes", "statements", "native time", "native MB/s"];
for (const w of wasm) head.push(`wasm ${w.label} MB/s`, `${w.label} ratio`);
const rows = [head, head.map(() => "---")];
const mismatches = [];
for (const n of names) {
  const nat = native.get(n);
  const any = wasm.map((w) => w.results.find((r) => r.input === n)).find(Boolean);
  const fact = facts.get(n);
  const bytes = fact?.bytes ?? (any ? String(any.bytes) : "");
  const statements = fact?.statements ?? (any ? String(any.statements) : "");
  const rate = (median, best) => (Number.isFinite(best) ? `${f(median)} (${f(best)})` : f(median));
  const row = [n, bytes, statements, time(nat?.median_s), rate(nat?.mb_per_s, nat?.best_mb_per_s)];
  for (const w of wasm) {
    const r = w.results.find((x) => x.input === n);
    // Same bytes and same result as natively, or the comparison means nothing.
    if (r && fact && (r.fnv1a !== fact.fnv1a || (fact.statements && String(r.statements) !== fact.statements))) {
      mismatches.push(`${n}: wasm ${w.label} read ${r.fnv1a} and found ${r.statements} statements, natively ${fact.fnv1a} and ${fact.statements}`);
    }
    row.push(rate(r?.mb_per_s, r?.best_mb_per_s), r && nat ? `${(nat.mb_per_s / r.mb_per_s).toFixed(1)}×` : "–");
  }
  rows.push(row);
}
const widths = head.map((_, c) => Math.max(...rows.map((r) => r[c].length)));
for (const r of rows) console.log("| " + r.map((x, c) => (r[1] === "---" ? "-".repeat(widths[c]) : x.padEnd(widths[c]))).join(" | ") + " |");

for (const m of mismatches) console.log(`MISMATCH ${m}`);

// Linear in size: throughput on 10 MiB against 1 MiB (1.00 means linear).
const lin = (get) => {
  const a = get("corpus-1mb"), b = get("corpus-10mb");
  return Number.isFinite(a) && Number.isFinite(b) ? (b / a).toFixed(2) : null;
};
const parts = [];
const nl = lin((n) => native.get(n)?.mb_per_s);
if (nl) parts.push(`native ${nl}`);
for (const w of wasm) {
  const l = lin((n) => w.results.find((r) => r.input === n)?.mb_per_s);
  if (l) parts.push(`wasm ${w.label} ${l}`);
}
if (parts.length) console.log(`\nThroughput at 10 MiB / at 1 MiB (1.00 = time linear in size): ${parts.join(", ")}`);
