// Embedding figures (issue 5), in headless Chromium against dist/: the
// host page's first contentful paint with and without the explorer (its
// script answered empty), the time to the first widget's timeline, and
// what the page fetched for it. examples/blog.html is served from another
// origin than dist/, as in tests/browser/embed.test.mjs. Not a test: it
// prints figures and asserts nothing about time.
//
//   node tests/perf/embed.mjs [--loads N]

import { join } from "node:path";
import { chromium } from "playwright-core";
import { ROOT } from "../browser/harness.mjs";
import { serveBlog } from "../browser/hosts.mjs";

const i = process.argv.indexOf("--loads");
const LOADS = i > 0 ? Number(process.argv[i + 1]) : 10;
const DIST = process.env.DIST ?? join(ROOT, "dist");
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const blog = await serveBlog(DIST);
const { ASSETS, HOST } = blog;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});

async function load(embed) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const fetched = [];
  page.on("requestfinished", async (r) => {
    if (r.frame() !== page.mainFrame() || !r.url().startsWith(ASSETS)) return;
    const size = (await r.sizes()).responseBodySize;
    fetched.push([r.url().slice(ASSETS.length), size]);
  });
  if (!embed) await page.route(`${ASSETS}**`, (route) => route.fulfill({ contentType: "text/javascript", body: "" }));
  await page.goto(HOST + "blog.html");
  let widget = null;
  if (embed) {
    await page.locator("#summit .statement").first().waitFor();
    widget = await page.evaluate(() => performance.now());
  } else {
    await page.waitForLoadState("load");
  }
  await page.waitForTimeout(200);
  const fcp = await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null);
  await context.close();
  return { fcp, widget, fetched };
}

const runs = { with: [], without: [] };
for (let n = 0; n < LOADS; n++) {
  runs.without.push(await load(false));
  runs.with.push(await load(true));
}
const fcp = (rs) => median(rs.map((r) => r.fcp)).toFixed(0);
console.log(`${LOADS} cold loads each of examples/blog.html, 1280x900`);
console.log(`first contentful paint, median: without the explorer ${fcp(runs.without)} ms, with it ${fcp(runs.with)} ms`);
console.log(`first widget's timeline in the DOM, median: ${median(runs.with.map((r) => r.widget)).toFixed(0)} ms`);
console.log("fetched from the explorer's origin by the page (bytes as sent, no compression here):");
for (const [file, size] of runs.with[0].fetched) console.log(`  ${file} ${size}`);
await browser.close();
await blog.close();
