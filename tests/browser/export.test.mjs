// Sharing and exporting (issue 4): the address reproduces the view, "Copy
// link" copies it; the four exports (JSON, CSV, TimelineJS, Markdown), each
// parsed back and checked against the engine's own output; printing.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import {
  close,
  download,
  newContext,
  notes,
  open,
  openIn,
  paste,
  ROOT,
  setDate,
  shown,
  start,
  stop,
  until,
  visibleStatements,
  visibleTexts,
} from "./harness.mjs";
import { SAMPLE_FILE, startHost } from "./hosts.mjs";
import { manyStatements } from "../perf/generate.mjs";

const EXPLORE = join(ROOT, "target", "release", "explore");
const EXAMPLE_TITLE =
  "Relations Between Russia, China Stronger Than Simply Military Alliance- Russian Ambassador";
const A05 = join(ROOT, "articles", "corpus", "a05-coastal-states-summit-2023-03-03.txt");
const A01 = join(ROOT, "articles", "corpus", "a01-varenia-ministry-briefing-2022-02-09.txt");
const PORTS =
  "Ports reopen after storm\n\nLONDON - The ports will reopen next week, the transport minister, " +
  'John Smith, said on Tuesday.\n\n"We are ready," Smith said.\n';
const HOSTILE =
  "Minister's <b>remarks</b> & more\n\nLONDON - The talks went well, the minister, John Smith, said on Tuesday.\n\n" +
  '"We will not accept <script>alert(1)</script> or [this](javascript:alert(2)) *at all* | ever," Smith said.\n\n' +
  "Smith added that =HYPERLINK(\"http://x\") is <img src=x onerror=alert(3)> & not # welcome.\n";

let host;
before(async () => {
  await start();
  const tl = join(ROOT, "node_modules", "@knight-lab", "timelinejs", "dist");
  host = await startHost({
    "/tl/timeline.js": ["text/javascript", readFileSync(join(tl, "js", "timeline.js"))],
    "/tl/timeline.css": ["text/css", readFileSync(join(tl, "css", "timeline.css"))],
  });
});
after(async () => {
  await host.close();
  await stop();
});

/** What `explore --json` prints for a text (with `--published`, if given). */
function explore(text, published) {
  const file = join(mkdtempSync(join(tmpdir(), "explore-")), "article.txt");
  writeFileSync(file, text);
  return execFileSync(EXPLORE, ["--json", ...(published ? ["--published", published] : []), file]).toString();
}

/** The export made by the button "Export <format>". */
function exported(page, format) {
  return download(page, page.getByRole("button", { name: `Export ${format}` }));
}

/** RFC 4180: rows of fields. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += '"', i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\r" && text[i + 1] === "\n") row.push(field), rows.push(row), (row = []), (field = ""), i++;
    else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

/** A date at its precision in ISO 8601, as the CSV writes it. */
function iso(d) {
  if (!d.start) return "";
  return { day: d.start, month: d.start.slice(0, 7), year: d.start.slice(0, 4), range: `${d.start}/${d.end}` }[d.precision];
}

/** The statements in timeline order: by event, then in the text's order. */
function timelineOrder(a) {
  return a.events.flatMap((e) => a.statements.filter((s) => s.event === e.id));
}

const unhtml = (s) =>
  s
    .replace(/<[^>]*>/g, "")
    .replace(/&#(\d+);/g, (_, n) => String.fromCharCode(n))
    .replace(/&(amp|lt|gt|quot);/g, (_, e) => ({ amp: "&", lt: "<", gt: ">", quot: '"' })[e]);
const unmd = (s) => s.replace(/\\(.)/g, "$1");

test("the JSON export is byte for byte what explore --json prints", async () => {
  const page = await open();
  const json = await exported(page, "JSON");
  assert.equal(json.name, "relations-between-russia-china-stronger-than-simply-military.json");
  assert.equal(json.text, execFileSync(EXPLORE, ["--json", SAMPLE_FILE]).toString());
  // A pasted article with every kind of statement…
  const a05 = readFileSync(A05, "utf8");
  await paste(page, a05);
  await shown(page, "Coastal States Agree to Cut Plastic Waste but Fail to Settle Fishing Quota Row");
  assert.equal((await exported(page, "JSON")).text, explore(a05));
  // …and one dated by hand, as explore --published dates it.
  await paste(page, PORTS);
  await shown(page, "Ports reopen after storm");
  await setDate(page, "2021-03-05");
  await until(page, () => document.querySelector(".article-head time")?.getAttribute("datetime") === "2021-03-05");
  const dated = JSON.parse((await exported(page, "JSON")).text);
  assert.deepEqual(dated, JSON.parse(explore(PORTS, "2021-03-05")));
  assert.equal(dated.statements[0].date.start, "2021-03-02");
  await close(page);
});

test("the CSV export has one row per statement in timeline order: date, event, speaker, role, kind, text", async () => {
  for (const file of [SAMPLE_FILE, A05]) {
    const text = readFileSync(file, "utf8");
    const a = JSON.parse(explore(text));
    const page = await open();
    if (file !== SAMPLE_FILE) await paste(page, text);
    await shown(page, a.article.title);
    const csv = await exported(page, "CSV");
    assert.ok(csv.name.endsWith(".csv"));
    assert.ok(csv.text.startsWith("\ufeff"), "a byte-order mark, for spreadsheets");
    const [head, ...rows] = parseCsv(csv.text.slice(1));
    assert.deepEqual(head, ["date", "event", "speaker", "role", "kind", "text"]);
    const speaker = Object.fromEntries(a.speakers.map((s) => [s.id, s]));
    const event = Object.fromEntries(a.events.map((e) => [e.id, e]));
    assert.deepEqual(
      rows,
      timelineOrder(a).map((s) => [iso(s.date), event[s.event].label, speaker[s.speaker].name, speaker[s.speaker].role ?? "", s.kind, s.text]),
    );
    await close(page);
  }
});

test("a CSV cell a spreadsheet would run as a formula starts with an apostrophe", async () => {
  const page = await open();
  await paste(page, HOSTILE);
  await shown(page, "Minister's <b>remarks</b> & more");
  const rows = parseCsv((await exported(page, "CSV")).text.slice(1));
  const texts = rows.slice(1).map((r) => r[5]);
  assert.ok(texts.some((t) => t.startsWith("'=HYPERLINK")), texts.join("\n"));
  await close(page);
});

test("the TimelineJS export has one slide per dated event with its statements, and opens in TimelineJS", async () => {
  const a = JSON.parse(execFileSync(EXPLORE, ["--json", SAMPLE_FILE]).toString());
  const page = await open();
  const labels = await visibleTexts(page, ".event .when");
  const tl = await exported(page, "TimelineJS");
  assert.ok(tl.name.endsWith(".timeline.json"));
  const data = JSON.parse(tl.text);
  assert.equal(data.title.text.headline, a.article.title);
  assert.equal(data.events.length, a.events.length);
  data.events.forEach((slide, i) => {
    const e = a.events[i];
    assert.equal(slide.unique_id, e.id);
    assert.equal(slide.text.headline, e.label);
    assert.equal(slide.display_date, labels[i]);
    const [y, m, d] = e.date.start.split("-").map(Number);
    const parts = { day: 3, month: 2, year: 1 }[e.date.precision];
    const full = { year: y, month: m, day: d };
    assert.deepEqual(slide.start_date, parts ? Object.fromEntries(Object.entries(full).slice(0, parts)) : full);
    if (!parts) {
      const [ey, em, ed] = e.date.end.split("-").map(Number);
      assert.deepEqual(slide.end_date, { year: ey, month: em, day: ed });
    }
    for (const s of a.statements.filter((s) => s.event === e.id)) {
      assert.ok(unhtml(slide.text.text).includes(s.text), `${e.id} holds ${s.id}`);
    }
  });
  await close(page);
  await renderInTimelineJs(tl.text, a.events.length);
});

/** Opens a TimelineJS JSON in TimelineJS 3 (the npm package, served from
 * another site) and checks it draws `slides` event slides, runs no script
 * of the article and opens no dialog. */
async function renderInTimelineJs(json, slides) {
  const context = await newContext();
  const page = await context.newPage();
  const dialogs = [];
  page.on("dialog", (d) => dialogs.push(d.message()) && d.dismiss());
  await page.route(host.url("/tl/data.json"), (r) => r.fulfill({ contentType: "application/json", body: json }));
  await page.route(host.url("/tl/"), (r) =>
    r.fulfill({
      contentType: "text/html",
      body: `<!doctype html><link rel="stylesheet" href="timeline.css"><div id="tl" style="height:600px"></div>
<script src="timeline.js"></script>
<script>fetch("data.json").then((r) => r.json()).then((d) => (window.timeline = new TL.Timeline("tl", d)));</script>`,
    }),
  );
  await page.goto(host.url("/tl/"));
  await page.waitForFunction((n) => document.querySelectorAll(".tl-slide").length === n + 1, slides, { timeout: 10000 });
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.deepEqual(dialogs, []);
  assert.equal(await page.locator(".tl-slide img, .tl-slide script, .tl-slide iframe").count(), 0);
  await context.close();
}

test("the TimelineJS export escapes the article's text, so TimelineJS shows markup as text", async () => {
  const page = await open();
  await paste(page, HOSTILE);
  await shown(page, "Minister's <b>remarks</b> & more");
  await setDate(page, "2021-03-05");
  await until(page, () => document.querySelector(".article-head time")?.getAttribute("datetime") === "2021-03-05");
  const tl = await exported(page, "TimelineJS");
  const data = JSON.parse(tl.text);
  assert.equal(unhtml(data.title.text.headline), "Minister's <b>remarks</b> & more");
  for (const tag of ["<script", "<img", "<b>remarks"]) {
    assert.ok(!JSON.stringify(data).includes(tag), `no ${tag} of the article's own`);
  }
  await close(page);
  await renderInTimelineJs(tl.text, data.events.length);
});

test("the Markdown export is the timeline for a blog post: a section per event, quotes as block quotes, markup escaped", async () => {
  const a = JSON.parse(execFileSync(EXPLORE, ["--json", SAMPLE_FILE]).toString());
  const page = await open();
  const labels = await visibleTexts(page, ".event .when");
  const md = await exported(page, "Markdown");
  assert.ok(md.name.endsWith(".md"));
  const [top, ...sections] = md.text.split(/^## /m);
  assert.match(top, new RegExp(`^# ${a.article.title}\\n\\nUrduPoint\\.com · Tuesday, 29 December 2020 · MOSCOW\\n\\n$`));
  assert.equal(sections.length, a.events.length);
  const speaker = Object.fromEntries(a.speakers.map((s) => [s.id, s]));
  sections.forEach((section, i) => {
    const e = a.events[i];
    const [heading, ...blocks] = section.trim().split(/\n\n/);
    assert.equal(unmd(heading), `${labels[i]} — ${e.label}`);
    const quotes = blocks.filter((b) => b.startsWith("> ")).map((b) => unmd(b.slice(2)));
    const reported = blocks.filter((b) => b.startsWith("**")).map(unmd);
    const said = a.statements.filter((s) => s.event === e.id);
    assert.deepEqual(
      quotes,
      said.filter((s) => s.kind === "direct").map((s) => `“${s.text}”`),
    );
    const indirect = said.filter((s) => s.kind !== "direct");
    assert.equal(reported.length, indirect.length);
    indirect.forEach((s, j) => {
      assert.ok(reported[j].startsWith(`**${speaker[s.speaker].name}**`), reported[j]);
      assert.ok(reported[j].replace(/\.$/, "").endsWith(` ${s.text.replace(/\.$/, "")}`), reported[j]);
    });
    for (const s of said.filter((s) => s.kind === "direct")) {
      const who = speaker[s.speaker];
      const attribution = `— **${who.name}**${who.role ? ", " + who.role : ""}`;
      assert.ok(blocks.map(unmd).includes(attribution), `"${attribution}" after the quote`);
    }
  });
  // Markup in the article stays text in any Markdown renderer.
  await paste(page, HOSTILE);
  await shown(page, "Minister's <b>remarks</b> & more");
  const hostile = (await exported(page, "Markdown")).text;
  assert.ok(!/(^|[^\\])[<[*_&]/.test(hostile.replace(/^#+ |^> |\*\*[^*\\]+\*\*/gm, "")), hostile);
  assert.match(unmd(hostile), /“We will not accept <script>alert\(1\)<\/script> or \[this\]\(javascript:alert\(2\)\) \*at all\* \| ever”/);
  await close(page);
});

test("the address reproduces the view (article source, speakers, search, selection), and Copy link copies it", async () => {
  const context = await newContext();
  const page = await openIn(context, "?src=" + encodeURIComponent(host.url("/sample.txt")));
  await shown(page, EXAMPLE_TITLE);
  await page.locator(".chips").getByRole("button", { name: /Vladimir Putin/ }).click();
  await page.getByLabel("Search").fill("alliance");
  await page.locator("#st-s1").click();
  const view = await visibleStatements(page);
  await page.getByRole("button", { name: "Copy link" }).click();
  await until(page, () => document.querySelector("#notes .note") !== null);
  assert.deepEqual(await notes(page), ["The link is copied."]);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(link, page.url());
  const params = new URL(link).searchParams;
  assert.equal(params.get("src"), host.url("/sample.txt"));
  assert.equal(params.get("hide"), "vladimir-putin");
  assert.equal(params.get("q"), "alliance");
  assert.equal(params.get("sel"), "s1");
  await context.close();

  const elsewhere = await newContext();
  const other = await elsewhere.newPage();
  await other.goto(link);
  await shown(other, EXAMPLE_TITLE);
  assert.deepEqual(await visibleStatements(other), view);
  assert.equal(await other.locator(".statement.selected").getAttribute("data-statement"), "s1");
  assert.equal(await other.locator("#m-s1").getAttribute("class"), "sp0 selected");
  assert.equal(await other.getByLabel("Search").inputValue(), "alliance");
  await elsewhere.close();
});

test("Copy link puts a short pasted article in the link, and says a long one stays in this browser", async () => {
  const page = await open();
  await paste(page, PORTS);
  await shown(page, "Ports reopen after storm");
  await page.getByRole("button", { name: "Copy link" }).click();
  await until(page, () => document.querySelector("#notes .note") !== null);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(new URL(link).searchParams.get("text"), PORTS);
  const other = await open(new URL(link).search);
  await shown(other, "Ports reopen after storm");
  await close(other);

  await paste(page, readFileSync(A01, "utf8"));
  await shown(page, "Varenia Sees No Grounds for Ostrian Gas Transit Fee Hike - Foreign Ministry");
  await page.getByRole("button", { name: "Copy link" }).click();
  await until(page, () => document.querySelectorAll("#notes .note").length === 2);
  assert.match((await notes(page))[1], /^The link is copied\. It opens the same view here, but not elsewhere: a pasted article stays in this browser/);
  assert.ok(new URL(await page.evaluate(() => navigator.clipboard.readText())).searchParams.has("a"));
  await close(page);
});

test("printing gives a clean one-column timeline, all of it", async () => {
  const page = await open();
  await page.emulateMedia({ media: "print" });
  const display = (sel) => page.locator(sel).first().evaluate((e) => getComputedStyle(e).display);
  for (const hidden of [".topbar", ".overview", ".finder", ".filters", ".tools", ".article", ".footer", ".locate"]) {
    assert.equal(await display(hidden), "none", `${hidden} is not printed`);
  }
  assert.equal(await display(".columns"), "block", "one column");
  assert.equal((await visibleStatements(page)).length, 9);
  assert.equal(await page.locator(".statement").first().evaluate((e) => getComputedStyle(e).breakInside), "avoid");
  const pdf = await page.pdf();
  assert.equal(pdf.subarray(0, 5).toString(), "%PDF-");
  // A long timeline, drawn only where it is seen on screen, prints whole.
  await page.emulateMedia({ media: "screen" });
  const many = manyStatements(300);
  await paste(page, many);
  await shown(page, "Ministers Speak Through the Year");
  assert.ok((await page.locator(".events .ph").count()) > 0, "parts of the timeline are not drawn");
  await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
  assert.equal(await page.locator(".events .ph").count(), 0, "all of it is drawn to print");
  assert.equal(await page.locator(".statement").count(), JSON.parse(explore(many)).statements.length);
  await close(page);
});
