// Keeping (issue 4, and the storage half of issue 7): the article and the
// reader's view survive a reload and a closed tab; the recent articles;
// storage blocked or full; a refused paste kept with its reason; stored
// data that is damaged or from another version set aside and reported.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import {
  ROOT,
  close,
  newContext,
  notes,
  open,
  openIn,
  openPanel,
  paste,
  ready,
  shown,
  start,
  stop,
  until,
  visibleStatements,
} from "./harness.mjs";

const A01 = readFileSync(join(ROOT, "articles", "corpus", "a01-varenia-ministry-briefing-2022-02-09.txt"), "utf8");
const A01_TITLE = "Varenia Sees No Grounds for Ostrian Gas Transit Fee Hike - Foreign Ministry";
const EXAMPLE_TITLE =
  "Relations Between Russia, China Stronger Than Simply Military Alliance- Russian Ambassador";
const PORTS =
  "Ports reopen after storm\n\nLONDON - The ports will reopen next week, the transport minister, " +
  'John Smith, said on Tuesday.\n\n"We are ready," Smith said.\n';

before(start);
after(stop);

/** What the reader sees of the view: the statements shown, the selected
 * one, the search box, the speakers turned off. */
async function view(page) {
  return {
    statements: await visibleStatements(page),
    selected: await page.locator(".statement.selected").getAttribute("data-statement").catch(() => null),
    search: await page.getByLabel("Search").inputValue(),
    off: await page.locator('.chips button[aria-pressed="false"]').evaluateAll((b) => b.map((e) => e.dataset.speaker)),
  };
}

test("a pasted article and the reader's view survive a reload and a closed tab", async () => {
  const context = await newContext();
  let page = await openIn(context);
  await paste(page, A01);
  await shown(page, A01_TITLE);
  await page.locator(".chips").getByRole("button", { name: /Pavel Dorn/ }).click();
  await page.getByLabel("Search").fill("transit");
  await page.locator("#st-s3").click();
  const before = await view(page);
  const texts = await page.locator(".statement").allInnerTexts();
  assert.ok(texts.length > 1 && texts.every((t) => /transit/i.test(t)), "only statements with the word");
  assert.equal(before.selected, "s3");
  assert.deepEqual(before.off, ["pavel-dorn"]);

  await page.reload();
  await shown(page, A01_TITLE);
  assert.deepEqual(await view(page), before, "after a reload");

  await page.close();
  page = await openIn(context); // the bare address, as in a new tab
  await shown(page, A01_TITLE);
  assert.deepEqual(await view(page), before, "after the tab was closed");
  assert.equal(await page.locator("#st-s3").getAttribute("aria-current"), "true");
  await context.close();
});

test("the recent articles list each one's title, date and speakers, and one click returns to it with its view", async () => {
  const context = await newContext();
  const page = await openIn(context);
  await paste(page, A01);
  await shown(page, A01_TITLE);
  await page.locator(".chips").getByRole("button", { name: /Anna Berg/ }).click();
  await paste(page, PORTS);
  await shown(page, "Ports reopen after storm");
  await openPanel(page);
  const items = await page.locator("#recent .recent-item").evaluateAll((bs) =>
    bs.map((b) => [b.querySelector(".recent-title").textContent, b.querySelector(".hint").textContent, b.hasAttribute("aria-current")]),
  );
  assert.deepEqual(items, [
    ["Ports reopen after storm", "John Smith", true],
    [A01_TITLE, "2022-02-09 · Katrin Vell, Anna Berg, Pavel Dorn, Office of Varenian President Marek Sulin", false],
    [EXAMPLE_TITLE, "2020-12-29 · Andrey Denisov, Vladimir Putin, Chinese Ministry of Foreign Affairs", false],
  ]);
  await page.getByRole("button", { name: new RegExp("^" + A01_TITLE) }).click();
  await shown(page, A01_TITLE);
  assert.equal(await page.locator(".chips").getByRole("button", { name: /Anna Berg/ }).getAttribute("aria-pressed"), "false");
  assert.equal((await visibleStatements(page)).length, 9, "Anna Berg's two statements stay hidden");
  // Forgotten, they are gone from the list and from the next visit.
  await openPanel(page);
  await page.getByRole("button", { name: "Forget them" }).click();
  assert.deepEqual(await page.locator("#recent").innerText(), "None yet: the articles you open are kept here, in this browser only.");
  await page.close();
  const again = await openIn(context);
  await shown(again, EXAMPLE_TITLE);
  await context.close();
});

test("where storage is blocked the explorer works, and says it will not remember", async () => {
  const context = await newContext();
  await context.addInitScript(() =>
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    }),
  );
  const page = await openIn(context);
  assert.deepEqual(await notes(page), [
    "This browser does not let the page keep anything (private browsing, a sandboxed frame or a setting): the explorer works, but it will not remember your articles once you leave.",
  ]);
  await paste(page, PORTS);
  await shown(page, "Ports reopen after storm");
  await page.locator(".chips").getByRole("button", { name: /John Smith/ }).click();
  assert.equal((await visibleStatements(page)).length, 0);
  await page.reload();
  await ready(page);
  await shown(page, EXAMPLE_TITLE);
  assert.deepEqual(await notes(page), [
    "This browser does not let the page keep anything (private browsing, a sandboxed frame or a setting): the explorer works, but it will not remember your articles once you leave.",
    "The link is to an article kept in this browser's storage, which the page may not use now, so it cannot be opened.",
  ]);
  await context.close();
});

test("where storage is full the explorer works, and says it will not remember the article", async () => {
  const context = await newContext();
  await context.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (String(value).length > 1000) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return setItem.call(this, key, value);
    };
  });
  const page = await openIn(context);
  assert.deepEqual(await notes(page), []);
  await paste(page, A01);
  await shown(page, A01_TITLE);
  assert.deepEqual(await notes(page), [
    "This browser's storage for the page is full: the explorer works, but it will not remember this article once you leave.",
  ]);
  await page.reload();
  await shown(page, EXAMPLE_TITLE);
  await context.close();
});

test("a paste the explorer cannot read stays in the editor with the reason, across a reload", async () => {
  const context = await newContext();
  const page = await openIn(context);
  const binary = "GIF89a" + "\u0001\u0002\u0003\u0004".repeat(20) + " not an article";
  await paste(page, binary);
  await until(page, () => !document.getElementById("source-error").hidden);
  assert.equal(await page.locator("#source-error").innerText(), "This is not text (it looks like a binary file).");
  assert.equal(await page.getByLabel("Article text").inputValue(), binary);
  assert.equal(await page.locator(".article-head h1").innerText(), EXAMPLE_TITLE, "the article on screen stays");
  await page.reload();
  await ready(page);
  assert.equal(await page.getByLabel("Article text").inputValue(), binary, "the text is still there");
  await context.close();
});

/** Opens the app in a context whose storage holds `items` (key → value)
 * when the page starts. */
async function withStorage(items) {
  const context = await newContext();
  const page = await openIn(context);
  await page.evaluate((items) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v);
  }, items);
  await page.reload();
  await ready(page);
  return page;
}

test("damaged stored data is set aside and reported, and the explorer starts afresh", async () => {
  const damaged = [
    "article-explorer 1\n\u0000\u0007 garbage that is no index",
    "article-explorer 1\n../../etc\tok\t\tTitle\t\t\t",
    "not even a header",
  ];
  for (const index of damaged) {
    const page = await withStorage({ "article-explorer": index });
    await shown(page, EXAMPLE_TITLE);
    assert.deepEqual(await notes(page), [
      "The list of articles kept in this browser is damaged: it was set aside (under “article-explorer:set-aside” in this browser's storage) and the explorer starts afresh.",
    ]);
    assert.equal(await page.evaluate(() => localStorage.getItem("article-explorer:set-aside")), index);
    await page.context().close();
  }
});

test("data kept by another version is set aside and reported, never read", async () => {
  const old = "article-explorer 0\nabc\tPorts\tsomething else entirely";
  const page = await withStorage({ "article-explorer": old, "article-explorer:abc": PORTS });
  await shown(page, EXAMPLE_TITLE);
  assert.deepEqual(await notes(page), [
    "Articles kept by another version of the explorer could not be read: it was set aside (under “article-explorer:set-aside” in this browser's storage) and the explorer starts afresh.",
  ]);
  assert.equal(await page.evaluate(() => localStorage.getItem("article-explorer:set-aside")), old);
  assert.equal(await page.evaluate(() => localStorage.getItem("article-explorer:abc")), PORTS, "nothing is deleted");
  await page.context().close();
});

test("a kept article whose text is missing is reported and dropped from the list", async () => {
  const page = await withStorage({
    "article-explorer": "article-explorer 1\n00000000000000aa\tok\t\tLost article\t\tNobody\t",
  });
  await shown(page, EXAMPLE_TITLE);
  assert.deepEqual(await notes(page), [
    "The kept text of “Lost article” is missing; it was removed from the recent articles.",
  ]);
  await page.context().close();
});

test("a kept view naming what the article does not have is ignored with a message", async () => {
  const page = await open();
  await paste(page, PORTS);
  await shown(page, "Ports reopen after storm");
  const id = await page.evaluate(() => new URL(location.href).searchParams.get("a"));
  await page.evaluate((id) => {
    const index = localStorage.getItem("article-explorer");
    localStorage.setItem("article-explorer", index.replace(/\t[^\t]*$/m, "\thide=nobody&sel=s99"));
    return id;
  }, id);
  await page.goto(page.url().split("?")[0]);
  await shown(page, "Ports reopen after storm");
  assert.deepEqual(await notes(page), [
    "This article has no speaker “nobody”, no statement “s99”: that part of the view was ignored.",
  ]);
  assert.equal((await visibleStatements(page)).length, 2);
  await close(page);
});
