// Browser performance figures (issue 6), in headless Chromium against the
// release build in dist/, served locally. Not a test: it prints figures and
// asserts nothing about time. `scripts/bench.sh --only browser` runs it.
//
//   node tests/perf/browser.mjs [--loads N] [--big-mb MB] [--only ttt,big,toggle] [--json FILE]
//
//   ttt     time to timeline: navigation to the timeline painted, for the
//           default article in our page and for the same three events in
//           TimelineJS 3.9.11 (npm @knight-lab/timelinejs, served locally),
//           N cold loads each (default 15), alternating; medians and ratio
//   big     a pasted article of MB megabytes (default 5): the longest
//           main-thread task while it is analysed and drawn (Long Tasks
//           API), each engine stage's time (User Timing marks the app
//           sets), whether the progress line showed, and scrolling after
//   toggle  an article of 2,000 generated statements: a speaker filter
//           toggled 20 times, click to the next frame painted (median), and
//           the timeline scrolled top to bottom (longest frame, elements)

import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serve } from "../../scripts/static-server.mjs";
import { ROOT } from "../browser/harness.mjs";
import { bigArticle, manyStatements } from "./generate.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const LOADS = Number(opt("--loads", 15));
const BIG_MB = Number(opt("--big-mb", 5));
const ONLY = opt("--only", "ttt,big,toggle").split(",");
const JSON_OUT = opt("--json", null);
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const DIST = process.env.DIST ?? join(ROOT, "dist");
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x) => Math.round(x * 10) / 10;

// Run in every page before its own scripts: long tasks, and the time the
// timeline is first painted (the frame after it is in the DOM: a
// requestAnimationFrame, then a message posted from it, which runs after
// that frame's paint).
const INIT = `
  window.__perf = { long: [], painted: null, inDom: null, memory: null };
  // The wasm's memory, to report its size (trunk's start event carries the instance's exports).
  addEventListener("TrunkApplicationStarted", (e) => (__perf.memory = e.detail.wasm.memory));
  new PerformanceObserver((l) => { for (const e of l.getEntries()) __perf.long.push([e.startTime, e.duration]); })
    .observe({ type: "longtask", buffered: true });
  window.__afterPaint = () => new Promise((ok) => requestAnimationFrame(() => {
    const ch = new MessageChannel(); ch.port1.onmessage = () => ok(performance.now()); ch.port2.postMessage(0);
  }));
  window.__watch = (selector, count) => {
    const check = () => {
      if (__perf.inDom === null && document.querySelectorAll(selector).length >= count) {
        __perf.inDom = performance.now();
        __afterPaint().then((t) => (__perf.painted = t));
        return true;
      }
    };
    if (!check()) {
      const mo = new MutationObserver(() => check() && mo.disconnect());
      mo.observe(document, { childList: true, subtree: true });
    }
  };
`;

/** The page for TimelineJS: its CSS and JS from the npm package, the three
 * events of the default article's gold timeline, each with its statements. */
function timelineJsDir() {
  const dir = join(tmpdir(), "article-explorer-timelinejs");
  mkdirSync(dir, { recursive: true });
  const pkg = join(ROOT, "node_modules", "@knight-lab", "timelinejs", "dist");
  copyFileSync(join(pkg, "js", "timeline.js"), join(dir, "timeline.js"));
  copyFileSync(join(pkg, "css", "timeline.css"), join(dir, "timeline.css"));
  const gold = JSON.parse(readFileSync(join(ROOT, "articles", "russia-china-denisov-2020-12-29.gold.json"), "utf8"));
  const name = Object.fromEntries(gold.speakers.map((s) => [s.key, s.name]));
  const day = (iso) => {
    const [year, month, d] = iso.split("-").map(Number);
    return { year, month, day: d };
  };
  const events = gold.events.map((e) => {
    const start = e.date.start ?? e.date.window[0];
    const end = e.date.end ?? e.date.window[1];
    const said = gold.statements
      .filter((s) => s.event === e.key)
      .map((s) => `<p><b>${name[s.speaker]}</b>: ${s.kind === "direct" ? "“" + s.text + "”" : s.text}</p>`)
      .join("");
    return {
      start_date: e.date.precision === "month" ? { year: day(start).year, month: day(start).month } : day(start),
      end_date: start === end ? undefined : day(end),
      text: { headline: e.label, text: said },
    };
  });
  const data = { title: { text: { headline: gold.article.title, text: gold.article.source } }, events };
  writeFileSync(
    join(dir, "index.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>TimelineJS</title><link rel="stylesheet" href="timeline.css"></head>
<body style="margin:0"><div id="timeline-embed" style="width:100%;height:600px"></div>
<script src="timeline.js"></script>
<script>window.timeline = new TL.Timeline("timeline-embed", ${JSON.stringify(data)}, { start_at_slide: 1 });</script>
</body></html>`,
  );
  return dir;
}

async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** One cold load (fresh context, empty cache): ms from navigation to the
 * timeline in the DOM and painted, and first contentful paint. */
async function load(browser, url, selector, count) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(`${INIT}; __watch(${JSON.stringify(selector)}, ${count});`);
  await page.goto(url);
  await page.waitForFunction(() => window.__perf.painted !== null, null, { timeout: 30000 });
  const r = await page.evaluate(() => ({
    inDom: __perf.inDom,
    painted: __perf.painted,
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
  }));
  await context.close();
  return r;
}

async function ttt(browser) {
  const ours = await serve(DIST, 0);
  const theirs = await serve(timelineJsDir(), 0);
  const url = (s) => `http://127.0.0.1:${s.address().port}/`;
  const runs = { ours: [], timelinejs: [] };
  // One warm-up each (disk cache of the server, Chromium's compiled code).
  await load(browser, url(ours), "main .events .statement", 1);
  await load(browser, url(theirs), ".tl-timemarker", 3);
  for (let i = 0; i < LOADS; i++) {
    runs.ours.push(await load(browser, url(ours), "main .events .statement", 1));
    // TimelineJS is drawn when its time axis has the three markers and its
    // first slide is in place.
    runs.timelinejs.push(await load(browser, url(theirs), ".tl-timemarker", 3));
  }
  ours.close();
  theirs.close();
  const sum = (rs) => ({
    loads: rs.length,
    painted_median_ms: round(median(rs.map((r) => r.painted))),
    in_dom_median_ms: round(median(rs.map((r) => r.inDom))),
    fcp_median_ms: round(median(rs.map((r) => r.fcp))),
    painted_ms: rs.map((r) => round(r.painted)),
  });
  const out = { ours: sum(runs.ours), timelinejs: sum(runs.timelinejs) };
  out.ratio_ours_over_timelinejs = round((out.ours.painted_median_ms / out.timelinejs.painted_median_ms) * 100) / 100;
  return out;
}

/** Opens our page and pastes `text` into the form; resolves when drawn. */
async function paste(browser, text) {
  const server = await serve(DIST, 0);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(INIT);
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.locator("main .events").waitFor();
  await page.evaluate(() => {
    __perf.progress = [];
    const line = document.getElementById("progress");
    new MutationObserver(() => {
      if (!line.hidden) __perf.progress.push([performance.now(), line.textContent.trim()]);
    }).observe(line, { attributes: true, subtree: true, childList: true, characterData: true });
  });
  // The "Open an article" panel (src/host.js draws it), as a reader pastes.
  await page.evaluate(() => (document.querySelector("details.source").open = true));
  await page.evaluate((t) => (document.getElementById("source-text").value = t), text);
  const started = await page.evaluate(() => {
    __perf.long = [];
    performance.clearMarks();
    document.querySelector("#paste-form button[type=submit]").click();
    return performance.now();
  });
  await page.waitForFunction(() => performance.getEntriesByName("drawn").length > 0, null, { timeout: 30 * 60 * 1000, polling: 500 });
  return { page, context, server, started };
}

async function big(browser) {
  const text = bigArticle(ROOT, BIG_MB * 1024 * 1024);
  const { page, context, server, started } = await paste(browser, text);
  const r = await page.evaluate(async () => {
    const marks = performance.getEntriesByType("mark").filter((m) => m.startTime >= 0);
    const stages = [];
    for (let i = 1; i < marks.length; i++) stages.push([marks[i].name, marks[i].startTime - marks[i - 1].startTime]);
    const drawnAt = performance.getEntriesByName("drawn")[0].startTime;
    const during = __perf.long.map(([, d]) => d);
    const longAt = __perf.long.map(([s, d]) => [Math.round(s), Math.round(d)]);
    const marksAt = marks.map((m) => [m.name, Math.round(m.startTime)]);
    // Scroll the page and the article panel from top to bottom.
    __perf.long = [];
    let maxNodes = document.getElementsByTagName("*").length;
    const body = document.querySelector(".article-body");
    for (let y = 0; y < 30; y++) {
      window.scrollBy(0, 700);
      body.scrollBy(0, 2000);
      await __afterPaint();
      maxNodes = Math.max(maxNodes, document.getElementsByTagName("*").length);
    }
    return {
      memory: __perf.memory?.buffer.byteLength ?? null,
      stages,
      drawnAt,
      longDuring: during,
      longAt,
      marksAt,
      longScrolling: __perf.long.map(([, d]) => d),
      progress: __perf.progress,
      statements: document.querySelector(".found")?.textContent,
      maxNodes,
    };
  });
  await context.close();
  server.close();
  return {
    bytes: Buffer.byteLength(text),
    found: r.statements,
    analysed_and_drawn_ms: round(r.drawnAt - started),
    wasm_memory_mb: r.memory === null ? null : round(r.memory / 1e6),
    longest_task_ms: round(Math.max(0, ...r.longDuring)),
    tasks_over_200ms: r.longDuring.filter((d) => d > 200).length,
    long_tasks: r.longDuring.length,
    long_tasks_at: r.longAt,
    marks_at: r.marksAt,
    started_at: Math.round(started),
    stages_ms: Object.fromEntries(r.stages.map(([n, d]) => [n, round(d)])),
    progress_first_shown_ms: r.progress.length ? round(r.progress[0][0] - started) : null,
    progress_lines: [...new Set(r.progress.map((p) => p[1]))],
    scrolling_longest_task_ms: round(Math.max(0, ...r.longScrolling)),
    max_elements_while_scrolling: r.maxNodes,
  };
}

async function toggle(browser) {
  const text = manyStatements(2000);
  const { page, context, server } = await paste(browser, text);
  const r = await page.evaluate(async () => {
    const chip = () => document.querySelector(".chips button[data-speaker]");
    const id = chip().dataset.speaker;
    const times = [];
    const wrong = [];
    for (let i = 0; i < 21; i++) {
      const t0 = performance.now();
      chip().click();
      times.push((await __afterPaint()) - t0);
      const off = chip().getAttribute("aria-pressed") === "false";
      const shown = document.querySelectorAll(`.statement[data-speaker="${id}"]`).length;
      if (off && shown) wrong.push(i);
    }
    // Scroll the timeline from top to bottom, a frame per step.
    __perf.long = [];
    const frames = [];
    let maxNodes = 0;
    let last = await __afterPaint();
    const step = 600;
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y);
      const t = await __afterPaint();
      frames.push(t - last);
      last = t;
      maxNodes = Math.max(maxNodes, document.getElementsByTagName("*").length);
    }
    return {
      statements: document.querySelectorAll(".statement").length,
      found: document.querySelector(".found")?.textContent,
      times: times.slice(1),
      wrong,
      frames,
      long: __perf.long.map(([, d]) => d),
      maxNodes,
    };
  });
  await context.close();
  server.close();
  const frames = r.frames.slice(1);
  return {
    found: r.found,
    toggles: r.times.length,
    toggle_to_paint_median_ms: round(median(r.times)),
    toggle_to_paint_max_ms: round(Math.max(...r.times)),
    toggles_showing_a_hidden_statement: r.wrong.length,
    statement_elements_at_the_top: r.statements,
    scroll_frames: frames.length,
    scroll_frame_median_ms: round(median(frames)),
    scroll_frame_max_ms: round(Math.max(...frames)),
    scroll_long_tasks: r.long.length,
    max_elements_while_scrolling: r.maxNodes,
  };
}

const browser = await launch();
const version = browser.version();
const result = { chromium: version, date: new Date().toISOString() };
try {
  if (ONLY.includes("ttt")) {
    result.ttt = await ttt(browser);
    console.log("time to timeline", JSON.stringify(result.ttt, null, 1));
  }
  if (ONLY.includes("toggle")) {
    result.toggle = await toggle(browser);
    console.log("2,000 statements", JSON.stringify(result.toggle, null, 1));
  }
  if (ONLY.includes("big")) {
    result.big = await big(browser);
    console.log(`${BIG_MB} MB article`, JSON.stringify(result.big, null, 1));
  }
} finally {
  await browser.close();
}
if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify(result, null, 2) + "\n");
