// Browser tests of the release build: what a reader sees and does.
//
//   node --test tests/browser/        (after `trunk build --release`)
//
// `make test` builds and runs them; screenshots for the README are saved
// to docs/screenshot.png, docs/screenshot-phone.png and docs/screenshot-dark.png.

import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { after, before, test } from "node:test";
import {
  close,
  consoleErrors,
  engineJson,
  inView,
  open,
  PHONE,
  ready,
  ROOT,
  setDate,
  start,
  stop,
  until,
  visibleStatements,
  visibleTexts,
} from "./harness.mjs";

const SAMPLE = join(ROOT, "articles", "russia-china-denisov-2020-12-29.txt");
const TITLE =
  "Relations Between Russia, China Stronger Than Simply Military Alliance- Russian Ambassador";

before(start);
after(stop);

/** Pastes a text into "Open an article" and analyses it; then, given a
 * publication date, sets it in the article's header. */
async function analyse(page, text, published = "") {
  const details = page.locator("details.source");
  if (!(await details.evaluate((d) => d.open))) await details.locator("summary").click();
  await page.getByLabel("Article text").fill(text);
  await page.getByRole("button", { name: "Analyse", exact: true }).click();
  await ready(page);
  if (published) {
    await setDate(page, published);
    await until(page, (d) => document.querySelector(".article-head time")?.getAttribute("datetime") === d, published);
  }
}

test("the header shows the article's title once, its source and its publication date", async () => {
  const page = await open();
  assert.deepEqual(await visibleTexts(page, "h1"), [TITLE]);
  const meta = await page.locator(".article-head .meta").innerText();
  assert.match(meta, /UrduPoint\.com/);
  assert.match(meta, /Tuesday, 29 December 2020/);
  assert.equal(await page.locator(".article-head time").getAttribute("datetime"), "2020-12-29");
  const body = await page.locator(".article-body").innerText();
  assert.ok(!body.includes(TITLE), "the title is not repeated in the article text");
  assert.match(await page.locator(".found").innerText(), /9 statements by 3 speakers at 3 events/);
  assert.equal(await page.title(), `${TITLE} · Article Explorer`);
  await close(page);
});

test("the timeline lists three events in date order, headed by their dates at their precision", async () => {
  const page = await open();
  assert.deepEqual(await visibleTexts(page, ".event .when"), [
    "October 2020",
    "After October 2020",
    "Tuesday, 29 December 2020",
  ]);
  const labels = await visibleTexts(page, ".event .what");
  assert.equal(labels.length, 3);
  assert.match(labels[0], /Valdai Discussion Club/);
  assert.match(labels[1], /Ministry of Foreign Affairs/);
  assert.match(labels[2], /Press conference/i);
  // The event headings are headings, inside an ordered list.
  assert.equal(await page.locator("ol.events > li.event h3").count(), 3);
  await close(page);
});

test("the timeline shows the 9 statements: quotes as quotations, reported speech as reported, each with speaker and role", async () => {
  const page = await open();
  const statements = await visibleStatements(page);
  assert.equal(statements.length, 9);
  const perEvent = await page
    .locator(".event")
    .evaluateAll((evs) => evs.map((e) => e.querySelectorAll(".statement").length));
  assert.deepEqual(perEvent, [1, 1, 7]);
  const bySpeaker = (id) => statements.filter(([, s]) => s === id).length;
  assert.equal(bySpeaker("andrey-denisov"), 7);
  assert.equal(bySpeaker("vladimir-putin"), 1);
  assert.equal(bySpeaker("chinese-ministry-of-foreign-affairs"), 1);

  // Two direct quotes, the second over two paragraphs.
  const quotes = page.locator(".statement blockquote");
  assert.equal(await quotes.count(), 2);
  assert.match(await quotes.nth(0).innerText(), /^“I must say, we often discuss this issue/);
  assert.equal(await quotes.nth(1).locator("p").count(), 2);
  assert.match(await quotes.nth(1).innerText(), /^“We are independent forces[\s\S]*Russia-Chinese relations”$/);

  // Reported speech reads as such, with the speaker in the sentence.
  const putin = page.locator('.statement[data-speaker="vladimir-putin"]');
  assert.match(await putin.locator(".reported").innerText(), /^Vladimir Putin said that a formal military alliance/);
  assert.match(await putin.locator(".who").innerText(), /Vladimir Putin[\s\S]*Russian President/);
  const denisov = page.locator('.statement[data-speaker="andrey-denisov"]').first();
  assert.match(await denisov.locator(".who").innerText(), /Andrey Denisov[\s\S]*Russia's ambassador to China/);
  await close(page);
});

test("the overview draws the events on a time axis: bars for uncertain dates, a point for a day", async () => {
  const page = await open();
  const lanes = page.locator(".overview .lane");
  assert.equal(await lanes.count(), 3);
  assert.equal(await lanes.nth(0).locator(".bar").count(), 1, "October 2020 is a range");
  assert.equal(await lanes.nth(1).locator(".bar.range").count(), 1, "after October is a range");
  assert.equal(await lanes.nth(2).locator(".dot").count(), 1, "29 December is a point");
  const box = async (i, sel) => lanes.nth(i).locator(sel).boundingBox();
  const october = await box(0, ".bar");
  const after = await box(1, ".bar");
  const day = await box(2, ".dot");
  assert.ok(october.x < day.x, "October comes before 29 December");
  assert.ok(after.width > october.width, "October to 29 December is longer than October");
  assert.ok(Math.abs(after.x + after.width - (day.x + day.width / 2)) < 12, "the range ends at publication");
  // Readable without the picture: each lane names its event and date.
  assert.deepEqual(await visibleTexts(page, ".overview .lane .when"), [
    "October 2020",
    "After October 2020",
    "Tuesday, 29 December 2020",
  ]);
  await close(page);
});

test("turning one speaker off hides exactly that speaker's statements, changes the URL and survives a reload", async () => {
  const page = await open();
  const before = await visibleStatements(page);
  const putin = page.getByRole("button", { name: /Vladimir Putin/ });
  assert.equal(await putin.getAttribute("aria-pressed"), "true");
  assert.match(await putin.innerText(), /1/);

  await putin.click();
  assert.equal(await putin.getAttribute("aria-pressed"), "false");
  const afterToggle = await visibleStatements(page);
  assert.deepEqual(
    afterToggle,
    before.filter(([, speaker]) => speaker !== "vladimir-putin"),
    "only Putin's statement is gone",
  );
  assert.equal(afterToggle.length, 8);
  assert.deepEqual(await visibleTexts(page, ".event .when"), ["After October 2020", "Tuesday, 29 December 2020"]);
  assert.equal(await page.locator('.article-body mark[data-statement="s8"]').count(), 0);
  assert.match(await page.locator(".shown").innerText(), /Showing 8 of 9 statements/);
  assert.equal(new URL(page.url()).search, "?hide=vladimir-putin");

  await page.reload();
  await ready(page);
  assert.equal(new URL(page.url()).search, "?hide=vladimir-putin");
  assert.deepEqual(await visibleStatements(page), afterToggle);
  assert.equal(
    await page.getByRole("button", { name: /Vladimir Putin/ }).getAttribute("aria-pressed"),
    "false",
  );
  await close(page);
});

test("a copied link opens the same view", async () => {
  const page = await open("?hide=andrey-denisov,chinese-ministry-of-foreign-affairs");
  assert.deepEqual(await visibleStatements(page), [["s8", "vladimir-putin"]]);
  assert.deepEqual(await visibleTexts(page, ".event .when"), ["October 2020"]);
  await close(page);
});

test("show all brings every statement back and clears the URL", async () => {
  const page = await open("?hide=vladimir-putin");
  const showAll = page.getByRole("button", { name: "Show all" });
  await page.getByRole("button", { name: /Andrey Denisov/ }).click();
  assert.equal((await visibleStatements(page)).length, 1);
  await showAll.click();
  assert.equal((await visibleStatements(page)).length, 9);
  assert.equal(await visibleTexts(page, ".event .when").then((t) => t.length), 3);
  assert.equal(new URL(page.url()).search, "");
  assert.ok(await showAll.isDisabled(), "nothing left to show");
  for (const name of [/Andrey Denisov/, /Vladimir Putin/, /Ministry of Foreign Affairs/]) {
    assert.equal(await page.getByRole("button", { name }).getAttribute("aria-pressed"), "true");
  }
  await close(page);
});

test("selecting a statement highlights its span in the article and scrolls it into view", async () => {
  const page = await open();
  // The last paragraph's statement, far down the article panel.
  await page.locator("#st-s9").click();
  await until(page, () => document.querySelector("#m-s9")?.classList.contains("selected"));
  assert.equal(await page.locator("#st-s9").getAttribute("aria-current"), "true");
  assert.ok(await inView(page, "#m-s9"), "the span is scrolled into view");
  assert.equal(await page.locator(".article-body mark.selected").count(), 1);

  // A quote over two paragraphs is marked in both.
  await page.locator("#st-s5 .locate").click();
  await until(page, () => document.querySelectorAll('mark.selected[data-statement="s5"]').length === 2);
  assert.equal(await page.locator("#st-s9").getAttribute("aria-current"), null);
  assert.equal(await page.locator(".statement.selected").count(), 1);
  await close(page);
});

test("selecting a marked span in the article highlights its statement", async () => {
  const page = await open("", PHONE);
  const span = page.locator("#m-s8 a");
  await span.scrollIntoViewIfNeeded();
  await span.click();
  await until(page, () => document.querySelector("#st-s8")?.classList.contains("selected"));
  assert.equal(await page.locator("#st-s8").getAttribute("aria-current"), "true");
  assert.equal(await page.locator("#m-s8 a").getAttribute("aria-current"), "true");
  assert.ok(await inView(page, "#st-s8"), "the statement is scrolled into view");
  assert.equal(new URL(page.url()).hash, "", "the page does not jump to a fragment");
  await close(page);
});

test("a speaker filter and a statement work from the keyboard alone, with a visible focus", async () => {
  const page = await open();
  // Tab from the top of the page to Putin's toggle.
  let found = false;
  for (let i = 0; i < 40 && !found; i++) {
    await page.keyboard.press("Tab");
    found = await page.evaluate(() => document.activeElement?.textContent.includes("Vladimir Putin") ?? false);
  }
  assert.ok(found, "Putin's toggle is reachable with Tab");
  const focus = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement);
    return [s.outlineStyle, parseFloat(s.outlineWidth)];
  });
  assert.notEqual(focus[0], "none", "focus is visible");
  assert.ok(focus[1] >= 2, "focus outline is at least 2px");

  await page.keyboard.press("Space");
  assert.equal((await visibleStatements(page)).length, 8);
  assert.equal(new URL(page.url()).search, "?hide=vladimir-putin");
  await page.keyboard.press("Enter");
  assert.equal((await visibleStatements(page)).length, 9);
  assert.equal(new URL(page.url()).search, "");

  // Select a statement with Enter on its "Show in article" button.
  await page.locator("#st-s3 .locate").focus();
  await page.keyboard.press("Enter");
  await until(page, () => document.querySelector("#m-s3")?.classList.contains("selected"));
  assert.equal(await page.locator("#st-s3 .locate").getAttribute("aria-pressed"), "true");
  await close(page);
});

test("the page has landmarks and headings a screen reader can navigate", async () => {
  const page = await open();
  assert.equal(await page.locator("main").count(), 1);
  assert.equal(await page.locator("body > header, header.topbar").count(), 1);
  const h2 = await visibleTexts(page, "h2");
  for (const heading of ["Events over time", "Speakers", "Timeline", "Article"]) {
    assert.ok(h2.includes(heading), `a heading "${heading}"`);
  }
  // Every region is labelled by its heading.
  const unlabelled = await page
    .locator("section")
    .evaluateAll((s) => s.filter((e) => !document.getElementById(e.getAttribute("aria-labelledby"))).length);
  assert.equal(unlabelled, 0);
  // Filter toggles name their speaker and count.
  const tree = await page.locator(".chips").ariaSnapshot();
  for (const name of [
    "Andrey Denisov Russia's ambassador to China 7 statements",
    "Vladimir Putin Russian President 1 statement",
    "Chinese Ministry of Foreign Affairs 1 statement",
  ]) {
    assert.ok(tree.includes(`button "${name}" [pressed]`), `a pressed toggle "${name}" in\n${tree}`);
  }
  await close(page);
});

test("axe finds no accessibility violations, wide or narrow, filtered and with a selection", async () => {
  for (const [viewport, query] of [
    [undefined, ""],
    [PHONE, "?hide=vladimir-putin"],
  ]) {
    const page = await open(query, viewport);
    await page.locator("#st-s5").click();
    await page.locator("details.source summary").click();
    await page.addScriptTag({ path: join(ROOT, "node_modules", "axe-core", "axe.min.js") });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, { resultTypes: ["violations"] });
      return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    });
    assert.deepEqual(violations, [], `at ${viewport?.width ?? 1280} px`);
    await close(page);
  }
});

test("at 320 px wide nothing scrolls sideways", async () => {
  const page = await open("", PHONE);
  const widths = () => page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
  let [scroll, inner] = await widths();
  assert.ok(scroll <= inner, `page is ${scroll}px wide in a ${inner}px window`);
  // Still so with the paste form open and a statement selected.
  await page.locator("details.source summary").click();
  await page.locator("#st-s5").click();
  [scroll, inner] = await widths();
  assert.ok(scroll <= inner, `page is ${scroll}px wide in a ${inner}px window`);
  await close(page);
});

test("low-confidence statements are marked as such, exactly as the engine rates them", async () => {
  const file = join(ROOT, "articles", "corpus", "b05-meridian-climate-forum-2023-06-12.txt");
  const expected = engineJson(file)
    .statements.filter((s) => s.confidence < 0.7)
    .map((s) => s.id);
  const page = await open();
  await analyse(page, readFileSync(file, "utf8"));
  const low = await page.locator(".statement.is-low").evaluateAll((els) => els.map((e) => e.dataset.statement));
  assert.deepEqual(low.sort(), expected.sort());
  for (const id of low) {
    assert.match(await page.locator(`#st-${id} .low`).innerText(), /Low confidence/);
  }
  await close(page);
});

test("every corpus article is drawn with all the statements and events the engine finds", async () => {
  const dirs = ["corpus", "holdout"].map((d) => join(ROOT, "articles", d)).filter((d) => existsSync(d));
  const files = dirs.flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => join(d, f)),
  );
  assert.ok(files.length > 0, "articles to draw");
  const page = await open();
  for (const file of files) {
    const analysis = engineJson(file);
    await analyse(page, readFileSync(file, "utf8"));
    const name = basename(file);
    const statements = await page.locator(".statement").count();
    assert.equal(statements, analysis.statements.length, `${name}: statements`);
    const withStatements = new Set(analysis.statements.map((s) => s.event));
    assert.equal(await page.locator(".event").count(), analysis.events.length, `${name}: events`);
    assert.equal((await visibleTexts(page, ".event .when")).length, withStatements.size, `${name}: events shown`);
    // Every statement has its words marked in the article.
    const marked = await page
      .locator(".article-body mark")
      .evaluateAll((ms) => new Set(ms.flatMap((m) => m.dataset.statements.split(" "))).size);
    assert.equal(marked, analysis.statements.length, `${name}: statements marked in the text`);
    // Words inside two statements (a report within a report) belong to both.
    const nested = page.locator('.article-body mark[data-statements*=" "]').first();
    if (await nested.count()) {
      const [outer, inner] = (await nested.getAttribute("data-statements")).split(" ");
      await page.locator(`#st-${outer} .locate`).click();
      assert.ok(await nested.evaluate((m) => m.classList.contains("selected")), `${name}: ${outer} covers ${inner}`);
      await nested.locator("a").click();
      assert.equal(await page.locator(".statement.selected").getAttribute("data-statement"), inner);
    }
  }
  await close(page);
});

test("an article without a date can be given one, and its relative dates resolve", async () => {
  const text =
    "Ports reopen after storm\n\nLONDON - The ports will reopen next week, the transport minister, " +
    'John Smith, said on Tuesday.\n\n"We are ready," Smith said.\n';
  const page = await open();
  await analyse(page, text);
  assert.match(await page.locator(".warnings").innerText(), /No publication date/);
  assert.deepEqual(await visibleTexts(page, ".event .when"), ["Date unknown"]);
  await analyse(page, text, "2021-03-05");
  assert.deepEqual(await visibleTexts(page, ".event .when"), ["Tuesday, 2 March 2021"]);
  assert.match(await page.locator(".article-head .meta").innerText(), /Friday, 5 March 2021/);
  await close(page);
});

test("an empty paste is refused with the reason beside it, the article on screen stays, and the example is one click away", async () => {
  const page = await open();
  await analyse(page, "   \n  ");
  await until(page, () => !document.getElementById("source-error").hidden);
  assert.equal(await page.locator("#source-error").innerText(), "The article is empty.");
  assert.equal((await visibleStatements(page)).length, 9, "the example stays on screen");
  await page.getByLabel("Article text").fill("The river rose overnight.\n\nRoads were closed.\n");
  await page.getByRole("button", { name: "Analyse", exact: true }).click();
  await until(page, () => document.querySelectorAll(".statement").length === 0);
  await page.getByRole("button", { name: "Load the example" }).click();
  await until(page, () => document.querySelectorAll(".statement").length === 9);
  await close(page);
});

test("a text in which nobody speaks says so instead of drawing a timeline", async () => {
  const page = await open();
  await analyse(page, "The river rose overnight.\n\nRoads were closed in the morning.\n");
  assert.match(await page.getByRole("status").filter({ hasText: "No statements" }).innerText(), /No statements found/);
  assert.equal(await page.locator(".events").count(), 0);
  await close(page);
});

test("the article is shown as text, never as HTML", async () => {
  const page = await open();
  const text = readFileSync(SAMPLE, "utf8").replace(
    "Bilateral relations",
    '<img src="x" onerror="window.pwned = 1"><b>Bilateral</b> relations',
  );
  await analyse(page, text);
  assert.equal(await page.locator("main img, main b").count(), 0);
  assert.match(await page.locator(".article-body").innerText(), /<img src="x"/);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  await close(page);
});

test("screenshots for the README", async () => {
  const page = await open("", { width: 1280, height: 1440 });
  await page.locator("#st-s8 .locate").click();
  await until(page, () => document.querySelector("#m-s8")?.classList.contains("selected"));
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(100);
  await page.screenshot({ path: join(ROOT, "docs", "screenshot.png") });
  await close(page);
  const phone = await open("?hide=chinese-ministry-of-foreign-affairs", { width: 360, height: 780 });
  await phone.screenshot({ path: join(ROOT, "docs", "screenshot-phone.png") });
  await close(phone);
  // The dark theme, a search with the kind filter, and the recent articles.
  const dark = await open("", { width: 1280, height: 1000 }, { colorScheme: "dark" });
  await analyse(dark, readFileSync(join(ROOT, "articles", "corpus", "a01-varenia-ministry-briefing-2022-02-09.txt"), "utf8"));
  await dark.getByRole("button", { name: "Load the example" }).click();
  await until(dark, () => document.querySelector(".article-head h1")?.textContent.startsWith("Relations"));
  await dark.getByLabel("Search").fill("cooperation");
  await dark.getByLabel("Kind").selectOption("reported");
  await dark.locator("#st-s6").click();
  await dark.locator("details.source summary").click();
  await dark.evaluate(() => window.scrollTo(0, 0));
  await dark.waitForTimeout(100);
  await dark.screenshot({ path: join(ROOT, "docs", "screenshot-dark.png") });
  await close(dark);
});

test("the console stays free of errors", async () => {
  // Everything above ran with this listening; one more walk through the app.
  const page = await open("?hide=nobody");
  await page.getByRole("button", { name: /Andrey Denisov/ }).click();
  await page.locator("#st-s8").click();
  await page.getByRole("button", { name: "Show all" }).click();
  await page.locator("#m-s2 a").click();
  await page.locator(".lane-name").first().click();
  await close(page);
  assert.deepEqual(consoleErrors, []);
});
