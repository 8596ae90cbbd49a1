// Browser tests of embedding (issue 5): examples/blog.html, a blog post
// with aggressive styles of its own and a strict Content-Security-Policy,
// holding two <article-explorer> widgets and one iframe view, served from
// another origin than the explorer's files.
//
//   assets: http://127.0.0.1:A/ae/    (dist/, under a path, not at the root)
//   host:   http://localhost:B/       (examples/)
//
// The blog names the assets as http://127.0.0.1:8080 (`make serve`) and
// itself as http://localhost:8081; the host server rewrites those to the
// ports used here.

import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { serve } from "../../scripts/static-server.mjs";
import { manyStatements } from "../perf/generate.mjs";
import { DIST, ROOT, close, consoleErrors, engineJson, open, openUrl, paste, start, stop, until } from "./harness.mjs";
import { serveBlog } from "./hosts.mjs";

const EXAMPLES = join(ROOT, "examples");
const SUMMIT = join(EXAMPLES, "articles", "a05-coastal-states-summit-2023-03-03.txt");
const CLIMATE = join(ROOT, "articles", "corpus", "b05-meridian-climate-forum-2023-06-12.txt");
const GAS = join(EXAMPLES, "articles", "b01-kestovia-gas-transit-2019-03-18.txt");

let blog;
let ASSETS; // http://127.0.0.1:A/ae/
let HOST; // http://localhost:B/

before(async () => {
  await start();
  blog = await serveBlog(DIST);
  ({ ASSETS, HOST } = blog);
});

after(async () => {
  await blog.close();
  await stop();
});

const byNumber = (ids) => ids.sort((a, b) => a.slice(1) - b.slice(1));

/** Statement ids the engine finds in a file (by these speakers), in text order. */
function statements(file, speakers) {
  const a = engineJson(file);
  return byNumber(a.statements.filter((s) => !speakers || speakers.includes(s.speaker)).map((s) => s.id));
}

/** The ids of the statements drawn in a widget (a locator in the page or a frame), in text order. */
async function shown(widget) {
  return byNumber(await widget.locator(".statement").evaluateAll((els) => els.map((e) => e.dataset.statement)));
}

/**
 * Opens the blog with a record of CSP violations (in the page and its
 * frames), of every request, and of the address and history length.
 */
async function openBlog(viewport) {
  const page = await openUrl("", viewport);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener(
      "securitypolicyviolation",
      (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`),
      true,
    );
  });
  const requests = [];
  page.on("request", (r) => requests.push({ url: r.url(), frame: r.frame() === page.mainFrame() ? "page" : "frame" }));
  await page.goto(HOST + "blog.html");
  return { page, requests };
}

async function violations(page) {
  const all = [];
  for (const frame of page.frames()) all.push(...(await frame.evaluate(() => window.__violations ?? [])));
  return all;
}

/**
 * Clicks an element after scrolling it into view and letting two frames
 * pass: the iframe runs in a process of its own (another origin), and
 * Chromium routes a click made right after a scroll by where things were
 * before it, into the iframe.
 */
async function click(locator) {
  await locator.evaluate((el) => el.scrollIntoView({ block: "center" }));
  await locator.page().evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  await locator.click();
}

const summit = (page) => page.locator("#summit");
const climate = (page) => page.locator("#climate");
const gas = (page) => page.frameLocator("#gas").locator("article-explorer");

test("each widget draws its article's timeline: two elements and an iframe, from another origin, under a strict CSP", async () => {
  const { page, requests } = await openBlog();
  const top = await page.evaluate(() => [location.href, history.length]);

  await summit(page).locator(".events .statement").first().waitFor();
  assert.deepEqual(await shown(summit(page)), statements(SUMMIT));
  assert.equal(await summit(page).locator("h1").innerText(), engineJson(SUMMIT).article.title);

  // Lazy start: the second widget, far below, has loaded nothing yet.
  assert.equal(await climate(page).locator(".events").count(), 0);
  assert.equal(await climate(page).locator(".ae-status").innerText(), "");

  await climate(page).scrollIntoViewIfNeeded();
  await climate(page).locator(".events .statement").first().waitFor();
  // speakers="amara-quist,elias-morrow": only theirs at first.
  assert.deepEqual(await shown(climate(page)), statements(CLIMATE, ["amara-quist", "elias-morrow"]));
  assert.deepEqual(
    await climate(page)
      .locator(".chips button[data-speaker]")
      .evaluateAll((bs) => bs.map((b) => [b.dataset.speaker, b.getAttribute("aria-pressed")])),
    engineJson(CLIMATE).speakers.map((s) => [
      s.id,
      String(["amara-quist", "elias-morrow"].includes(s.id)),
    ]),
  );

  await page.locator("#gas").scrollIntoViewIfNeeded();
  await gas(page).locator(".events .statement").first().waitFor();
  assert.deepEqual(await shown(gas(page)), statements(GAS));

  // One module for the page's two widgets; the iframe is a page of its own.
  // The two fetches race (the iframe may start first), so their order is not checked.
  const wasm = requests.filter((r) => r.url.endsWith(".wasm"));
  assert.deepEqual(
    wasm.map((r) => r.frame).sort(),
    ["frame", "page"],
    `wasm fetched: ${JSON.stringify(wasm)}`,
  );
  // Everything the widgets need comes from the assets' path.
  for (const r of requests.filter((r) => r.frame === "page" && !r.url.startsWith(HOST))) {
    assert.ok(r.url.startsWith(ASSETS), `${r.url} is under ${ASSETS}`);
  }

  assert.deepEqual(await page.evaluate(() => [location.href, history.length]), top);
  assert.deepEqual(await violations(page), []);

  // The policy is in force inside the shadow roots too, and the record
  // sees it: an inline style attribute there is refused.
  await summit(page).evaluate((el) => el.shadowRoot.querySelector(".ae").setAttribute("style", "color: red"));
  await until(page, () => window.__violations.length > 0);
  assert.match((await violations(page))[0], /^style-src-attr: inline/);
  const refused = consoleErrors.findIndex((e) => e.includes("Applying inline style violates"));
  assert.ok(refused >= 0, "Chromium says so in the console");
  consoleErrors.splice(refused, 1);
  await close(page);
});

test("filters work in each widget on its own, and nothing changes the host's address or history", async () => {
  const { page } = await openBlog();
  const top = await page.evaluate(() => [location.href, history.length]);
  await summit(page).locator(".events .statement").first().waitFor();
  await climate(page).scrollIntoViewIfNeeded();
  await climate(page).locator(".events .statement").first().waitFor();
  await page.locator("#gas").scrollIntoViewIfNeeded();
  await gas(page).locator(".events .statement").first().waitFor();
  const frame = page.frames().find((f) => f.url().includes("embed.html"));
  const frameUrl = frame.url();

  const allSummit = statements(SUMMIT);
  const allClimate = statements(CLIMATE);
  const allGas = statements(GAS);
  const twoClimate = statements(CLIMATE, ["amara-quist", "elias-morrow"]);

  // Arno Vidal off in the first widget: only there.
  await click(summit(page).locator('.chips button[data-speaker="arno-vidal"]'));
  const noVidal = statements(SUMMIT, engineJson(SUMMIT).speakers.map((s) => s.id).filter((id) => id !== "arno-vidal"));
  assert.deepEqual(await shown(summit(page)), noVidal);
  assert.deepEqual(await shown(climate(page)), twoClimate);
  assert.deepEqual(await shown(gas(page)), allGas);

  // Show all in the second: only there.
  await click(climate(page).getByRole("button", { name: "Show all" }));
  assert.deepEqual(await shown(climate(page)), allClimate);
  assert.deepEqual(await shown(summit(page)), noVidal);

  // A speaker off in the iframe: only there.
  const first = engineJson(GAS).speakers[0].id;
  await click(gas(page).locator(`.chips button[data-speaker="${first}"]`));
  const gasLeft = statements(GAS, engineJson(GAS).speakers.map((s) => s.id).filter((id) => id !== first));
  assert.deepEqual(await shown(gas(page)), gasLeft);
  assert.deepEqual(await shown(summit(page)), noVidal);
  assert.deepEqual(await shown(climate(page)), allClimate);

  // Selecting both ways, and the overview's links: inside the widget only.
  const s = allSummit[0];
  await click(summit(page).locator(`.statement[data-statement="${s}"]`));
  assert.equal(await summit(page).locator(`mark.selected`).count() > 0, true);
  await click(summit(page).locator("mark a").last());
  await click(summit(page).locator(".lane-name").first());
  await summit(page).locator("mark a").first().focus();
  await page.keyboard.press("Enter");
  await click(gas(page).locator("mark a").first());

  // The search box, in a widget: only there.
  await click(climate(page).locator("#search"));
  await page.keyboard.type("sea walls");
  assert.deepEqual(await shown(climate(page)), ["s3"]);
  assert.deepEqual(await shown(summit(page)), noVidal);
  await page.keyboard.press("Escape");
  assert.deepEqual(await shown(climate(page)), allClimate);

  // The keyboard inside a widget: "/" to its search box, arrows between
  // its statements; the page keeps its keys.
  await click(summit(page).locator(".chips button").first());
  await page.keyboard.press("/");
  assert.equal(await summit(page).evaluate((el) => el.shadowRoot.activeElement?.id), "search");
  await summit(page).locator(".statement").first().focus();
  await page.keyboard.press("ArrowDown");
  assert.equal(
    await summit(page).evaluate((el) => el.shadowRoot.activeElement?.dataset.statement),
    await summit(page).locator(".statement").nth(1).getAttribute("data-statement"),
  );

  assert.deepEqual(await page.evaluate(() => [location.href, history.length]), top);
  assert.equal(frame.url(), frameUrl, "the iframe's own address stays too");
  // Nothing kept in the page's storage, its theme attribute its own.
  assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.documentElement.dataset.theme]), [0, 0, "sepia"]);
  assert.equal(await page.title(), "Three summits, one week: who said what · The Inner Sea Dispatch");
  assert.deepEqual(await violations(page), []);
  await close(page);
});

test("the host's styles are untouched, and none of them reaches inside a widget", async () => {
  const probe = () =>
    [
      "html",
      "body",
      ".masthead",
      "h1",
      "h2",
      "p.byline",
      "article > p",
      "a",
      "code",
      ".comment",
      ".footer",
    ].map((sel) => {
      const s = getComputedStyle(document.querySelector(sel));
      return [
        sel,
        s.display,
        s.boxSizing,
        s.fontFamily,
        s.fontSize,
        s.lineHeight,
        s.color,
        s.backgroundColor,
        s.letterSpacing,
        s.textAlign,
        s.marginTop,
        s.paddingLeft,
      ].join(" | ");
    });
  const page = await openUrl("");
  // The blog without the explorer: its script empty.
  await page.route(`${ASSETS}**`, (route) => route.fulfill({ contentType: "text/javascript", body: "" }));
  await page.goto(HOST + "blog.html");
  await page.waitForLoadState("load");
  const before = await page.evaluate(probe);
  await close(page);

  const { page: blog } = await openBlog();
  await summit(blog).locator(".events .statement").first().waitFor();
  await climate(blog).scrollIntoViewIfNeeded();
  await climate(blog).locator(".events .statement").first().waitFor();
  assert.deepEqual(await blog.evaluate(probe), before);
  assert.deepEqual(
    await blog.evaluate(() => [
      document.styleSheets.length,
      document.adoptedStyleSheets.length,
      document.querySelectorAll("style, link[rel=stylesheet]").length,
    ]),
    [1, 0, 1],
    "the host's one stylesheet, nothing added",
  );

  // Inside: the widget's own layout, whatever the blog says of div, *,
  // button, mark, .statement or .progress.
  const inside = await summit(blog).evaluate((el) => {
    const q = (s) => getComputedStyle(el.shadowRoot.querySelector(s));
    return {
      columns: q(".columns").display,
      statement: [q(".statement").display, q(".statement").color === "rgb(255, 0, 0)", q(".statement").boxSizing],
      chip: [q(".chip").backgroundColor === "rgb(255, 105, 180)", q(".chip").display],
      progress: q(".progress").position,
      mark: q("mark").color,
      h2: q(".timeline h2").color === getComputedStyle(document.querySelector("h2")).color,
      font: q(".ae").fontFamily === getComputedStyle(document.body).fontFamily,
      align: q(".ae").textAlign,
    };
  });
  assert.deepEqual(inside, {
    columns: "grid",
    statement: ["list-item", false, "border-box"],
    chip: [false, "inline-flex"],
    progress: "static",
    mark: await summit(blog).locator(".article-body").evaluate((e) => getComputedStyle(e).color),
    h2: false,
    font: true,
    align: "start",
  });

  // Themes: dark, and the host's own accent through --ae-accent.
  const bg = await climate(blog).evaluate((el) => getComputedStyle(el.shadowRoot.querySelector(".ae")).backgroundColor);
  assert.equal(bg, "rgb(22, 24, 28)");
  assert.equal(await climate(blog).locator(".article").evaluate((e) => getComputedStyle(e).display), "none", "compact");
  await summit(blog).evaluate((el) => el.style.setProperty("--ae-accent", "rgb(1, 2, 3)"));
  assert.equal(await summit(blog).locator(".locate").first().evaluate((e) => getComputedStyle(e).color), "rgb(1, 2, 3)");
  // height="480": the widget keeps to it and scrolls inside.
  await summit(blog).evaluate((el) => el.setAttribute("height", "480"));
  assert.deepEqual(
    await summit(blog).evaluate((el) => {
      const frame = el.shadowRoot.querySelector(".ae");
      return [frame.getBoundingClientRect().height, frame.scrollHeight > frame.clientHeight, getComputedStyle(frame).overflowY];
    }),
    [480, true, "auto"],
  );
  assert.deepEqual(await violations(blog), []);
  await close(blog);
});

test("the iframe is as tall as its content, with no scrollbar of its own", async () => {
  const { page } = await openBlog();
  await page.locator("#gas").scrollIntoViewIfNeeded();
  await gas(page).locator(".events .statement").first().waitFor();
  const frame = page.frames().find((f) => f.url().includes("embed.html"));
  const fits = () =>
    frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight && innerHeight - document.documentElement.scrollHeight < 4);
  await page.waitForFunction(
    () => {
      const f = document.getElementById("gas");
      return f.clientHeight > 800;
    },
    null,
    { timeout: 5000 },
  );
  for (let i = 0; i < 20 && !(await fits()); i++) await page.waitForTimeout(100);
  assert.ok(await fits(), "the iframe's page fits it");
  // Smaller content, smaller iframe.
  const tall = await page.locator("#gas").evaluate((f) => f.clientHeight);
  const first = engineJson(GAS).speakers[0].id;
  await click(gas(page).locator(`.chips button[data-speaker="${first}"]`));
  await page.waitForFunction((h) => document.getElementById("gas").clientHeight < h, tall, { timeout: 5000 });
  for (let i = 0; i < 20 && !(await fits()); i++) await page.waitForTimeout(100);
  assert.ok(await fits(), "still fits after a filter");
  await close(page);
});

test("the host's keys and links stay the host's", async () => {
  const { page } = await openBlog();
  await summit(page).locator(".events .statement").first().waitFor();
  await page.evaluate(() => {
    window.__keys = [];
    addEventListener("keydown", (e) => window.__keys.push(e.defaultPrevented));
  });
  await page.locator("h1#title").click();
  for (const key of ["j", "k", "/", "?", "Escape", "ArrowDown", "End"]) await page.keyboard.press(key);
  assert.deepEqual(await page.evaluate(() => window.__keys), [false, false, false, false, false, false, false]);
  await page.waitForFunction(() => scrollY > 1000, null, { timeout: 5000 });
  // A link of the host's still goes where it says.
  await page.locator('nav a[href="#comments"]').click();
  await until(page, () => location.hash === "#comments");
  await close(page);
});

test("?embed=1 on the app's address is the iframe view", async () => {
  const page = await openUrl(`${ASSETS}?embed=1&src=sample.txt&speakers=andrey-denisov`);
  const widget = page.locator("article-explorer");
  await widget.locator(".events .statement").first().waitFor();
  assert.match(page.url(), /\/ae\/embed\.html\?embed=1&src=sample\.txt/);
  const sample = join(ROOT, "articles", "russia-china-denisov-2020-12-29.txt");
  assert.deepEqual(await shown(widget), statements(sample, ["andrey-denisov"]));
  assert.equal(await page.locator("header.topbar, footer").count(), 0, "no app frame");
  await close(page);
});

test("“Get embed code” gives both snippets for the article and speakers on screen, and they work", async () => {
  const page = await open("?hide=vladimir-putin");
  await page.locator("details.embed-code summary").click();
  const element = await page.locator("#embed-element").inputValue();
  const iframe = await page.locator("#embed-iframe").inputValue();
  const base = new URL("./", page.url()).href;
  assert.equal(
    element,
    `<script type="module" src="${base}embed.js"></script>\n` +
      `<article-explorer src="${base}sample.txt" speakers="andrey-denisov,chinese-ministry-of-foreign-affairs"></article-explorer>`,
  );
  assert.match(iframe, new RegExp(`^<iframe src="${base}embed\\.html\\?src=[^"]*sample\\.txt&amp;speakers=andrey-denisov%2Cchinese-ministry-of-foreign-affairs"`));
  assert.match(iframe, /title="Article Explorer: Relations Between Russia/);
  assert.match(iframe, /embed\.js"><\/script>$/);

  // A pasted article gets the inline form.
  const text = readFileSync(GAS, "utf8");
  await paste(page, text);
  await page.locator(".article-head h1").filter({ hasText: "Kestovia" }).waitFor();
  await page.locator("details.embed-code summary").click();
  assert.equal(await page.locator("details.source").evaluate((d) => d.open), false, "one disclosure open at a time");
  const inline = await page.locator("#embed-element").inputValue();
  assert.match(inline, /^<script type="module" src="[^"]+embed\.js"><\/script>\n<article-explorer>\n<script type="text\/plain">\n/);
  assert.ok(inline.includes(text.trim().slice(0, 200)));
  assert.match(await page.locator("#embed-iframe").inputValue(), /src=ARTICLE-URL/);
  await close(page);

  // Pasted into a page on another origin, the snippets draw the same.
  const dir = mkdtempSync(join(tmpdir(), "ae-snippet-"));
  writeFileSync(
    join(dir, "index.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Snippets</title><link rel="icon" href="data:,"></head><body>\n${element.replaceAll(base, ASSETS)}\n${inline.replaceAll(base, ASSETS)}\n${iframe.replaceAll(base, ASSETS)}\n</body></html>`,
  );
  const server = await serve(dir, 0, "127.0.0.1");
  try {
    const host = await openUrl(`http://localhost:${server.address().port}/`);
    const widgets = host.locator("article-explorer");
    await widgets.nth(0).locator(".statement").first().waitFor();
    await widgets.nth(1).locator(".statement").first().waitFor();
    const sample = join(ROOT, "articles", "russia-china-denisov-2020-12-29.txt");
    assert.deepEqual(await shown(widgets.nth(0)), statements(sample, ["andrey-denisov", "chinese-ministry-of-foreign-affairs"]));
    assert.deepEqual(await shown(widgets.nth(1)), statements(GAS));
    const framed = host.frameLocator("iframe").locator("article-explorer");
    await framed.locator(".statement").first().waitFor();
    assert.deepEqual(await shown(framed), statements(sample, ["andrey-denisov", "chinese-ministry-of-foreign-affairs"]));
    await close(host);
  } finally {
    await new Promise((ok) => server.close(ok));
    rmSync(dir, { recursive: true, force: true });
  }
});

test("long timelines in two widgets draw as they come into view: with the page's scrolling, and inside a widget of fixed height", async () => {
  const dir = mkdtempSync(join(tmpdir(), "ae-long-"));
  writeFileSync(join(dir, "long.txt"), manyStatements(600));
  writeFileSync(
    join(dir, "index.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long</title><link rel="icon" href="data:,">
<script type="module" src="${ASSETS}embed.js"></script></head><body>
<article-explorer id="fixed" src="long.txt" height="600" compact></article-explorer>
<article-explorer id="page" src="long.txt" compact></article-explorer>
</body></html>`,
  );
  const server = await serve(dir, 0, "127.0.0.1");
  try {
    const page = await openUrl(`http://localhost:${server.address().port}/`);
    const count = (id) => page.locator(`#${id} .statement`).count();
    const last = (id) => page.locator(`#${id} .statement[data-statement="s601"]`).count();
    await page.locator("#fixed .statement").first().waitFor();
    const atTop = await count("fixed");
    assert.ok(atTop > 0 && atTop < 300, `${atTop} statements drawn at the top of the fixed widget`);
    // Its own scrolling, which the window never hears of.
    for (let i = 0; i < 40 && !(await last("fixed")); i++) {
      await page.locator("#fixed").evaluate((el) => {
        const frame = el.shadowRoot.querySelector(".ae");
        frame.scrollTop = frame.scrollHeight;
      });
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    }
    assert.equal(await last("fixed"), 1, "the last statement is drawn at the end of the widget");
    assert.ok((await count("fixed")) < 300);
    // The page's scrolling, for the other.
    await page.locator("#page").scrollIntoViewIfNeeded();
    await page.locator("#page .statement").first().waitFor();
    for (let i = 0; i < 40 && !(await last("page")); i++) {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    }
    assert.equal(await last("page"), 1, "the last statement is drawn at the end of the page");
    assert.ok((await count("page")) < 300);
    await close(page);
  } finally {
    await new Promise((ok) => server.close(ok));
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the console stays free of errors while embedded", () => {
  assert.deepEqual(consoleErrors, []);
});
