// Shared set-up for the browser tests: the release build in dist/, served
// by a local static server, driven in Debian's Chromium by playwright-core.

import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "../../scripts/static-server.mjs";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const DIST = process.env.DIST ?? join(ROOT, "dist");
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

// Flags for a closed network and a root user (see docs in the README).
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 320, height: 640 };

/** Every console error and uncaught exception seen on any page. */
export const consoleErrors = [];

let server;
let browser;
let base;

export async function start() {
  if (!existsSync(join(DIST, "index.html"))) {
    throw new Error(`no release build in ${DIST}: run \`trunk build --release\` first (make test does)`);
  }
  server = await serve(DIST, 0);
  base = `http://127.0.0.1:${server.address().port}/`;
  // A fresh profile each run: launch() makes a new temporary user data dir.
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

export async function stop() {
  await browser?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok()));
}

/** Opens the app (with an optional query string) in a fresh browser
 * context (empty storage) and waits for it to draw. `options` are
 * Playwright's context options (colorScheme, reducedMotion, …). */
export async function open(query = "", viewport = DESKTOP, options = {}) {
  const context = await newContext({ viewport, ...options });
  return openIn(context, query);
}

/** A fresh browser context (empty storage, its own clipboard permission). */
export async function newContext(options = {}) {
  const context = await browser.newContext({ viewport: DESKTOP, reducedMotion: "reduce", ...options });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: base.slice(0, -1) });
  return context;
}

/** Opens the app in a new tab of `context`, recording its console errors. */
export async function openIn(context, query = "") {
  const page = await context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(`${page.url()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => consoleErrors.push(`${page.url()}: uncaught ${e.message}`));
  await page.goto(base + query);
  await ready(page);
  return page;
}

/** The app's address. */
export function appUrl(query = "") {
  return base + query;
}

/** Waits for the app to have drawn a timeline or a notice, and the
 * article's text (drawn a frame later; `main` is busy until then). */
export async function ready(page) {
  await page.locator("main:not([aria-busy]) :is(.events, .notice)").first().waitFor();
}

export async function close(page) {
  await page.context().close();
}

/** Texts of the visible elements matching a selector, in document order. */
export function visibleTexts(page, selector) {
  return page.locator(selector).evaluateAll((els) =>
    els.filter((e) => e.checkVisibility()).map((e) => e.textContent.trim().replace(/\s+/g, " ")),
  );
}

/** Statement ids of the visible statements, with their speakers. */
export function visibleStatements(page) {
  return page.locator(".statement").evaluateAll((els) =>
    els.filter((e) => e.checkVisibility()).map((e) => [e.dataset.statement, e.dataset.speaker]),
  );
}

/** Whether an element lies inside the visible part of its scrolling boxes. */
export function inView(page, selector) {
  return page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    for (let box = el.parentElement; box; box = box.parentElement) {
      const style = getComputedStyle(box);
      if (!/(auto|scroll)/.test(style.overflowY)) continue;
      const b = box.getBoundingClientRect();
      if (r.bottom <= b.top || r.top >= b.bottom) return false;
    }
    return r.bottom > 0 && r.top < innerHeight;
  });
}

/** Resolves once `fn` (run in the page) returns true, or fails after 5 s. */
export async function until(page, fn, arg) {
  await page.waitForFunction(fn, arg, { timeout: 5000 });
}

/** The engine's own JSON for an article, from the native explore command. */
export function engineJson(file) {
  const bin = join(ROOT, "target", "release", "explore");
  const out = existsSync(bin)
    ? execFileSync(bin, ["--json", file], { cwd: ROOT })
    : execFileSync("cargo", ["run", "--release", "--quiet", "--bin", "explore", "--", "--json", file], { cwd: ROOT });
  return JSON.parse(out.toString());
}

/** The messages shown under the top bar, without their dismiss buttons. */
export function notes(page) {
  return page.locator("#notes .note > span").allInnerTexts();
}

/** Opens the "Open an article" panel, unless it is open. */
export async function openPanel(page) {
  const details = page.locator("details.source");
  if (!(await details.evaluate((d) => d.open))) await details.locator("summary").click();
}

/** Sets the date relative dates are counted from, through the article
 * header's "Change" disclosure (open already when the article has no date). */
export async function setDate(page, iso) {
  const details = page.locator("details.date-fix");
  if (!(await details.evaluate((d) => d.open))) await details.locator("summary").click();
  await page.getByLabel("Publication date").fill(iso);
  await page.getByRole("button", { name: "Set date" }).click();
}

/** Pastes `text` into the "Open an article" form and analyses it. */
export async function paste(page, text) {
  await openPanel(page);
  await page.getByLabel("Article text").fill(text);
  await page.getByRole("button", { name: "Analyse", exact: true }).click();
}

/** Marks the article on screen, so that `shownAnew` waits for the next
 * one even when it has the same title. */
export async function markShown(page) {
  await page.evaluate(() => document.querySelector(".article-head h1")?.setAttribute("data-before", ""));
}

/** Resolves once an article titled `title` is drawn after `markShown`. */
export async function shownAnew(page, title) {
  await page.waitForFunction(
    (t) => {
      const h1 = document.querySelector("main:not([aria-busy]) .article-head h1");
      return h1 && !h1.hasAttribute("data-before") && h1.textContent === t;
    },
    title,
    { timeout: 10000 },
  );
}

/** Resolves once the article titled `title` is drawn. */
export async function shown(page, title) {
  await page.waitForFunction((t) => document.querySelector("main:not([aria-busy]) .article-head h1")?.textContent === t, title, {
    timeout: 10000,
  });
}

/** The file the page downloads when `button` (a locator) is clicked: its
 * suggested name and its text. */
export async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent("download"), button.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, "utf8") };
}

/**
 * A page at any address (another server's, for the embedding tests), in a
 * fresh context, its console errors recorded like open()'s; nothing is
 * waited for.
 */
export async function openUrl(url, viewport = DESKTOP) {
  const page = await (await newContext({ viewport })).newPage();
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(`${page.url()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => consoleErrors.push(`${page.url()}: uncaught ${e.message}`));
  if (url) await page.goto(url);
  return page;
}
