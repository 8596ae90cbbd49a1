// Reading comfort (issue 4): light and dark themes (the system's, or the
// toggle's), reduced motion, search within statements with the speaker,
// kind and event filters, the keyboard alone, and axe-core on every view.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { after, before, test } from "node:test";
import {
  PHONE,
  ROOT,
  appUrl,
  close,
  newContext,
  open,
  openIn,
  openPanel,
  paste,
  ready,
  start,
  stop,
  until,
  visibleStatements,
  visibleTexts,
} from "./harness.mjs";
import { SAMPLE_FILE } from "./hosts.mjs";

const A = JSON.parse(execFileSync(join(ROOT, "target", "release", "explore"), ["--json", SAMPLE_FILE]).toString());
const SPEAKER = Object.fromEntries(A.speakers.map((s) => [s.id, s]));

before(start);
after(stop);

/** The relative luminance (0 black … 1 white) of an element's background. */
function luminance(page, selector) {
  return page.locator(selector).first().evaluate((e) => {
    const [r, g, b] = getComputedStyle(e).backgroundColor.match(/\d+/g).map((c) => {
      const v = c / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  });
}

/** The statements the engine would show for these words and speakers off. */
function expected(words, off = [], keep = () => true) {
  return A.events
    .flatMap((e) => A.statements.filter((s) => s.event === e.id))
    .filter((s) => !off.includes(s.speaker) && keep(s))
    .filter((s) => {
      const who = SPEAKER[s.speaker];
      const hay = `${who.name} ${who.role ?? ""} ${s.text}`.toLowerCase();
      return words.every((w) => hay.includes(w));
    })
    .map((s) => s.id);
}

const shownIds = async (page) => (await visibleStatements(page)).map(([id]) => id);

test("the theme follows the system's colour scheme, and the toggle pins the other across reloads", async () => {
  const context = await newContext({ colorScheme: "dark" });
  const page = await openIn(context);
  const toggle = page.getByRole("button", { name: "Dark theme" });
  assert.ok((await luminance(page, "body")) < 0.05, "dark like the system");
  assert.ok((await luminance(page, ".statement")) < 0.05);
  assert.equal(await toggle.getAttribute("aria-pressed"), "true");
  await toggle.click();
  assert.ok((await luminance(page, "body")) > 0.8, "light by choice");
  assert.equal(await toggle.getAttribute("aria-pressed"), "false");
  await page.reload();
  await ready(page);
  assert.ok((await luminance(page, "body")) > 0.8, "still light after a reload");
  await context.close();

  const light = await open("", undefined, { colorScheme: "light" });
  assert.ok((await luminance(light, "body")) > 0.8, "light like the system");
  await light.getByRole("button", { name: "Dark theme" }).click();
  assert.ok((await luminance(light, "body")) < 0.05, "dark by choice");
  await close(light);
});

test("smooth scrolling only when the reader has not asked for reduced motion", async () => {
  const behaviour = (page) => page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
  const moving = await open("", undefined, { reducedMotion: "no-preference" });
  assert.equal(await behaviour(moving), "smooth");
  await close(moving);
  const still = await open("", undefined, { reducedMotion: "reduce" });
  assert.equal(await behaviour(still), "auto");
  assert.equal(await still.locator(".article-body").evaluate((e) => getComputedStyle(e).scrollBehavior), "auto");
  await close(still);
});

test("search finds statements by their words or their speaker, in any case, combined with the speaker filters", async () => {
  const page = await open();
  const search = page.getByLabel("Search");
  await search.fill("alliance");
  assert.deepEqual(await shownIds(page), expected(["alliance"]));
  assert.ok((await shownIds(page)).length >= 2);
  assert.equal(new URL(page.url()).searchParams.get("q"), "alliance");
  assert.match(await page.locator(".shown").innerText(), new RegExp(`Showing ${expected(["alliance"]).length} of 9 statements`));

  await search.fill("MILITARY Alliance");
  assert.deepEqual(await shownIds(page), expected(["military", "alliance"]));

  await search.fill("putin");
  assert.deepEqual(await shownIds(page), expected(["putin"]), "by speaker and by words naming him");
  assert.ok((await shownIds(page)).includes("s8"), "Putin's own statement");

  await page.locator(".chips").getByRole("button", { name: /Vladimir Putin/ }).click();
  assert.deepEqual(await shownIds(page), expected(["putin"], ["vladimir-putin"]), "with his toggle off");

  await search.fill("zebra");
  assert.deepEqual(await shownIds(page), []);
  assert.match(await page.locator(".shown").innerText(), /Showing 0 of 9 statements/);
  assert.equal(await page.locator(".lanes .lane.off").count(), 3, "every event's lane says it is hidden");
  await close(page);
});

test("statements filter by kind and by event, with the search and speakers, and Show all clears every filter", async () => {
  const page = await open();
  await page.getByLabel("Kind").selectOption("quotes");
  assert.deepEqual(await shownIds(page), expected([], [], (s) => s.kind === "direct"));
  assert.equal((await shownIds(page)).length, 2);
  await page.getByLabel("Kind").selectOption("reported");
  assert.deepEqual(await shownIds(page), expected([], [], (s) => s.kind !== "direct"));
  await page.getByLabel("Event", { exact: true }).selectOption({ label: "3. Tuesday, 29 December 2020 — Press conference" });
  assert.deepEqual(await shownIds(page), expected([], [], (s) => s.kind !== "direct" && s.event === "e3"));
  assert.deepEqual(await visibleTexts(page, ".event .when"), ["Tuesday, 29 December 2020"]);
  await page.getByLabel("Search").fill("cooperation");
  assert.deepEqual(await shownIds(page), expected(["cooperation"], [], (s) => s.kind !== "direct" && s.event === "e3"));
  const params = new URL(page.url()).searchParams;
  assert.deepEqual([params.get("kind"), params.get("event"), params.get("q")], ["reported", "e3", "cooperation"]);

  await page.reload();
  await ready(page);
  assert.deepEqual(await shownIds(page), expected(["cooperation"], [], (s) => s.kind !== "direct" && s.event === "e3"));
  assert.equal(await page.getByLabel("Kind").inputValue(), "reported");
  assert.equal(await page.getByLabel("Event", { exact: true }).inputValue(), "e3");

  await page.getByRole("button", { name: "Show all" }).click();
  assert.equal((await shownIds(page)).length, 9);
  assert.deepEqual(
    [await page.getByLabel("Search").inputValue(), await page.getByLabel("Kind").inputValue(), await page.getByLabel("Event", { exact: true }).inputValue()],
    ["", "", ""],
  );
  assert.equal(new URL(page.url()).search, "");
  await close(page);
});

/** The focused element's statement id, or its text. */
const focused = (page) =>
  page.evaluate(() => document.activeElement?.dataset.statement || document.activeElement?.id || document.activeElement?.localName);

test("the keyboard alone: / to search, Escape to clear, arrows between statements, Enter to select, Escape to let go", async () => {
  const page = await open();
  await page.keyboard.press("/");
  assert.equal(await focused(page), "search");
  await page.keyboard.type("alliance");
  await until(page, () => document.querySelectorAll(".statement").length < 9);
  await page.keyboard.press("Escape");
  await until(page, () => document.querySelectorAll(".statement").length === 9);
  assert.equal(await page.getByLabel("Search").inputValue(), "");

  // Tab to the first statement's button, then arrows.
  await page.locator("#st-s8 .locate").focus();
  await page.keyboard.press("ArrowDown");
  assert.equal(await focused(page), "s9", "the next statement in the timeline");
  await page.keyboard.press("ArrowDown");
  assert.equal(await focused(page), "s1");
  await page.keyboard.press("ArrowUp");
  assert.equal(await focused(page), "s9");
  await page.keyboard.press("End");
  assert.equal(await focused(page), A.statements.filter((s) => s.event === "e3").at(-1).id);
  await page.keyboard.press("Home");
  assert.equal(await focused(page), "s8");
  await page.keyboard.press("ArrowDown");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, "none", "the focused statement is visibly focused");

  await page.keyboard.press("Enter");
  await until(page, () => document.querySelector("#m-s9")?.classList.contains("selected"));
  assert.equal(await page.locator("#st-s9").getAttribute("aria-current"), "true");
  assert.equal(new URL(page.url()).searchParams.get("sel"), "s9");
  await page.keyboard.press("Escape");
  await until(page, () => document.querySelector(".statement.selected") === null);
  assert.equal(new URL(page.url()).searchParams.get("sel"), null);

  // Escape closes the panel, and the focus goes back to its button.
  await page.locator("details.source summary").focus();
  await page.keyboard.press("Enter");
  assert.equal(await page.locator("details.source").evaluate((d) => d.open), true);
  await page.getByLabel("Article text").focus();
  await page.keyboard.press("Escape");
  assert.equal(await page.locator("details.source").evaluate((d) => d.open), false);
  assert.equal(await focused(page), "summary");
  await close(page);
});

test("every control is reached with Tab, and visibly focused", async () => {
  const page = await open();
  await openPanel(page);
  const controls = await page.evaluate(() =>
    [...document.querySelectorAll("button, a[href], input, select, textarea, summary")]
      .filter((e) => e.checkVisibility() || e.id === "file")
      .filter((e) => !e.disabled)
      .map((e, i) => (e.dataset.k = String(i))),
  );
  const reached = new Set();
  await page.locator("a.skip").focus(); // the first control of the page…
  await page.keyboard.press("Shift"); // …and a key pressed, as a keyboard user would
  for (let i = 0; i < controls.length + 10; i++) {
    if (i > 0) await page.keyboard.press("Tab");
    const [k, visible] = await page.evaluate(() => {
      const e = document.activeElement;
      const ring = (x) => getComputedStyle(x).outlineStyle !== "none" && parseFloat(getComputedStyle(x).outlineWidth) >= 2;
      return [e.dataset.k, ring(e) || (e.id === "file" && ring(e.closest("label")))];
    });
    if (k === undefined) continue;
    reached.add(k);
    assert.ok(visible, `control ${k} is visibly focused`);
  }
  const missed = controls.filter((k) => !reached.has(k));
  assert.deepEqual(
    await page.evaluate((ks) => ks.map((k) => document.querySelector(`[data-k="${k}"]`).outerHTML.slice(0, 80)), missed),
    [],
  );
  await close(page);
});

/** axe-core's violations on the page as it is. */
async function axe(page) {
  await page.addScriptTag({ path: join(ROOT, "node_modules", "axe-core", "axe.min.js") });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

test("axe finds no accessibility violations in either theme: filters, search, panel, messages, a refused paste", async () => {
  for (const [colorScheme, viewport] of [
    ["light", undefined],
    ["dark", undefined],
    ["dark", PHONE],
  ]) {
    const page = await open("?hide=nobody&kind=reported&q=russia", viewport, { colorScheme });
    await page.locator(".statement").first().click();
    assert.deepEqual(await axe(page), [], `${colorScheme}, filtered, with a message`);
    await paste(page, "\u0001\u0002\u0003\u0004 not text");
    await until(page, () => !document.getElementById("source-error").hidden);
    assert.deepEqual(await axe(page), [], `${colorScheme}, the panel open with a refused paste`);
    await page.getByLabel("Article text").fill("The river rose overnight.\n\nRoads were closed.\n");
    await page.getByRole("button", { name: "Analyse", exact: true }).click();
    await until(page, () => document.querySelector(".notice h2")?.textContent === "No statements found");
    assert.deepEqual(await axe(page), [], `${colorScheme}, an article without statements`);
    await close(page);
  }
});

test("axe finds no accessibility violations on the crash screen", async () => {
  const context = await newContext();
  const page = await context.newPage();
  page.on("pageerror", () => {});
  await page.goto(appUrl("?debug-panic=1"));
  await page.locator(".crash").waitFor();
  assert.deepEqual(await axe(page), []);
  await context.close();
});
