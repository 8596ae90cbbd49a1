// Browser tests of large articles and of the page's weight: a long analysis
// shows its progress and leaves the page responsive, a long timeline draws
// only what is visible and still filters and scrolls right, and the weight
// check counts everything the page loads. Times are never asserted (they
// are measured by tests/perf/browser.mjs, see docs/PERFORMANCE.md).

import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { after, before, test } from "node:test";
import { DIST, ROOT, close, consoleErrors, open, start, stop, until } from "./harness.mjs";
import { bigArticle, manyStatements } from "../perf/generate.mjs";
import { ON_USE } from "../../scripts/on-use.mjs";

before(start);
after(stop);

/** Puts `text` in the paste form and submits it (without waiting). */
async function submit(page, text) {
  await page.locator("details.source summary").click();
  // fill() types through the input pipeline; a long text is simply set.
  await page.evaluate((t) => (document.getElementById("source-text").value = t), text);
  await page.getByRole("button", { name: "Analyse", exact: true }).click();
}

/** Resolves once the article whose header says `found` is drawn. */
async function drawn(page, found) {
  await page.waitForFunction((f) => document.querySelector(".found")?.textContent.includes(f), found, {
    timeout: 120_000,
  });
}

test("a long analysis shows its stage and progress, gives the page back between stages, and goes away when done", async () => {
  const page = await open();
  await page.evaluate(() => {
    window.seen = [];
    window.beats = 0;
    const line = document.getElementById("progress");
    new MutationObserver(() => {
      if (!line.hidden)
        window.seen.push({
          text: line.textContent.replace(/\s+/g, " ").trim(),
          bar: line.querySelector("progress")?.checkVisibility() ?? false,
          busy: document.querySelector("main").getAttribute("aria-busy") === "true",
        });
    }).observe(line, { attributes: true, childList: true, subtree: true, characterData: true });
    // A heartbeat that runs only when the main thread is free.
    const beat = () => {
      window.beats++;
      if (window.beats < 10000) setTimeout(beat, 20);
    };
    beat();
  });
  // Over 1 MiB: the progress line shows from the start, however fast the
  // machine (a shorter text shows it only once the analysis has run half a
  // second, which a fast run may never reach: the test would then wait for
  // nothing).
  await submit(page, bigArticle(ROOT, 1.1 * 1024 * 1024));
  await page.waitForFunction(() => window.seen.length > 0 && document.getElementById("progress").hidden, null, {
    timeout: 120_000,
  });
  assert.match(await page.locator(".found").innerText(), /statements by \d+ speakers/, "the article is drawn");
  const seen = await page.evaluate(() => window.seen);
  assert.ok(seen.length > 0, "the progress line was shown");
  for (const s of seen) assert.match(s.text, /^Analysing the article: [a-z ]+ \(stage [1-7] of 7\)$/);
  assert.ok(seen.every((s) => s.bar), "with a progress bar");
  assert.ok(seen.every((s) => s.busy), "the page says it is busy meanwhile");
  assert.ok((await page.evaluate(() => window.beats)) > 2, "the page ran other work while the article was analysed");
  assert.equal(await page.locator("main").getAttribute("aria-busy"), null);
  await close(page);
});

test("a timeline of 2,000 statements draws only what is near the screen, and filters and scrolls to the right statements", async () => {
  const page = await open();
  await submit(page, manyStatements(2000));
  await drawn(page, "2001 statements by 21 speakers");
  const drawnStatements = () => page.locator(".statement").count();
  const first = await drawnStatements();
  assert.ok(first > 0 && first < 300, `${first} statements drawn at the top`);
  assert.equal(await page.locator(".events > li.event").first().getAttribute("id"), "ev-e1", "from the first event");

  // Turning a speaker off takes their statements out, wherever one looks.
  const chip = page.locator(".chips button[data-speaker]").filter({ hasText: /100 statements/ }).first();
  const speaker = await chip.getAttribute("data-speaker");
  await chip.click();
  assert.equal(await chip.getAttribute("aria-pressed"), "false");
  assert.match(await page.locator(".shown").innerText(), /Showing 1901 of 2001 statements/);
  assert.equal(await page.locator(`.statement[data-speaker="${speaker}"]`).count(), 0);

  // Scrolling to the end draws the last statements, and not the first.
  for (let i = 0; i < 60; i++) {
    await page.evaluate(() => window.scrollBy(0, 4000));
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  }
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await until(page, () => [...document.querySelectorAll(".events > li.event")].some((e) => Number(e.id.slice(4)) > 1990));
  assert.equal(await page.locator("#ev-e1").count(), 0, "the first event is no longer drawn");
  assert.equal(await page.locator(`.statement[data-speaker="${speaker}"]`).count(), 0);
  const atEnd = await drawnStatements();
  assert.ok(atEnd > 0 && atEnd < 300, `${atEnd} statements drawn at the end`);
  // Events are drawn in order, statements each once.
  const events = await page
    .locator(".events > li.event:not(.cont)")
    .evaluateAll((els) => els.map((e) => Number(e.id.slice(4))));
  assert.deepEqual(events, [...events].sort((a, b) => a - b));
  const ids = await page.locator(".statement").evaluateAll((els) => els.map((e) => e.dataset.statement));
  assert.equal(new Set(ids).size, ids.length);

  // Back on: the speaker's statements come back where they belong.
  await chip.click();
  assert.match(await page.locator(".shown").innerText(), /Showing 2001 of 2001 statements/);
  await until(page, (s) => document.querySelectorAll(`.statement[data-speaker="${s}"]`).length > 0, speaker);

  // An event far away is brought into view from the overview.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator(".lanes").evaluate((l) => (l.scrollTop = 0));
  await page.locator('.lane-name[href="#ev-e3"]').click();
  await until(page, () => {
    const r = document.getElementById("ev-e3")?.getBoundingClientRect();
    return r && r.bottom > 0 && r.top < innerHeight;
  });
  // And the words of a statement far down the article are found from the
  // timeline.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator(".lanes").evaluate((l) => (l.scrollTop = l.scrollHeight));
  await until(page, () => document.querySelector('.lane-name[href="#ev-e2001"]') !== null);
  await page.locator('.lane-name[href="#ev-e2001"]').click();
  await until(page, () => document.querySelector("#ev-e2001 .locate") !== null);
  const far = await page.locator("#ev-e2001 .statement").first().getAttribute("data-statement");
  await page.locator("#ev-e2001 .locate").first().click();
  await until(page, (id) => document.querySelector(`mark.selected[data-statements~="${id}"]`) !== null, far);

  // The select of 2,001 events gets its options when first used (laying
  // out thousands of option labels held the page for a quarter second),
  // then filters by any of them.
  const select = page.getByLabel("Event", { exact: true });
  assert.equal(await select.locator("option").count(), 1, "only 'All events' until the select is used");
  await select.focus();
  assert.equal(await select.locator("option").count(), 2002);
  await select.selectOption("e2000");
  assert.match(await page.locator(".shown").innerText(), /Showing 1 of 2001 statements/);
  assert.equal(new URL(page.url()).searchParams.get("event"), "e2000");
  await close(page);
  assert.deepEqual(consoleErrors, []);
});

test("the weight check counts every file the page loads, and the page loads nothing else", async () => {
  const requested = [];
  const page = await open();
  const urls = await page.evaluate(() => [location.href, ...performance.getEntriesByType("resource").map((r) => r.name)]);
  for (const u of urls) {
    const url = new URL(u);
    if (url.protocol === "data:") continue;
    assert.equal(url.origin, new URL(page.url()).origin, `${u} comes from the page's own server`);
    requested.push(url.pathname === "/" ? "index.html" : url.pathname.slice(1));
  }
  const counted = readdirSync(DIST, { recursive: true }).filter((f) => !f.startsWith("."));
  for (const file of requested) assert.ok(counted.includes(file), `${file} is counted by scripts/sizes.mjs`);
  for (const module of ON_USE)
    assert.ok(
      counted.some((f) => f.endsWith(`/${module}`)) && !requested.some((f) => f.endsWith(`/${module}`)),
      `${module} is built, and waits for its first use (sizes.mjs lists it apart)`,
    );
  for (const ext of [".html", ".js", ".wasm", ".css"]) {
    assert.ok(requested.some((f) => f.endsWith(ext)), `the page loads its ${ext} file`);
  }
  await close(page);
});
