// Loading (issue 4): an article pasted (in the form, or anywhere on the
// page), dropped as a file, chosen in the file dialog, fetched from
// `?src=` (and every way that fails), carried in `?text=`; the example one
// click away; the publication date corrected by hand.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  appUrl,
  close,
  markShown,
  newContext,
  notes,
  open,
  openIn,
  paste,
  setDate,
  shown,
  shownAnew,
  start,
  stop,
  until,
  visibleStatements,
  visibleTexts,
} from "./harness.mjs";
import { SAMPLE, deadAddress, sampleHtml, startHost } from "./hosts.mjs";

const EXAMPLE_TITLE =
  "Relations Between Russia, China Stronger Than Simply Military Alliance- Russian Ambassador";
const PORTS =
  "Ports reopen after storm\n\nLONDON - The ports will reopen next week, the transport minister, " +
  'John Smith, said on Tuesday.\n\n"We are ready," Smith said.\n';

let host;
before(async () => {
  await start();
  host = await startHost();
});
after(async () => {
  await host.close();
  await stop();
});

/** Drops a file (name, type, text) on the page, as a file manager would. */
async function drop(page, name, type, text) {
  await page.evaluate(
    ([name, type, text]) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type }));
      const target = document.querySelector("main");
      target.dispatchEvent(new DragEvent("dragover", { dataTransfer: data, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    [name, type, text],
  );
}

/** Opens the app at `query`, recording for each animation frame whether
 * the timeline's statements and the article's text were in the page then. */
async function framesOf(query) {
  const context = await newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__frames = [];
    const look = () => {
      __frames.push([
        !!document.querySelector("main .events .statement"),
        !!document.querySelector("main .paragraphs p"),
        document.getElementById("main")?.getAttribute("aria-busy"),
      ]);
      if (__frames.length < 600) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.goto(appUrl(query));
  await page.locator("main:not([aria-busy]) .paragraphs p").first().waitFor();
  const frames = await page.evaluate(() => __frames);
  return { page, frames };
}

test("the timeline is painted a frame before the article's text, and the page is busy until the text is in", async () => {
  const { page, frames } = await framesOf("");
  const timeline = frames.findIndex(([t]) => t);
  const text = frames.findIndex(([, p]) => p);
  assert.ok(timeline >= 0 && text > timeline, `timeline first at frame ${timeline}, text at ${text}`);
  assert.equal(frames[timeline][2], "true", "busy while the text is still to come");
  assert.equal(await page.locator("main").getAttribute("aria-busy"), null);
  assert.ok((await page.locator(".article-body").innerText()).includes("Denisov"));
  await close(page);

  // A link to a statement draws its text at once, to show it selected.
  const linked = await framesOf("?sel=s8");
  const first = linked.frames.findIndex(([t]) => t);
  assert.deepEqual(linked.frames[first].slice(0, 2), [true, true]);
  assert.equal(await linked.page.locator("#m-s8.selected").count(), 1);
  await close(linked.page);
});

test("pasting an article anywhere on the page, outside a field, analyses it", async () => {
  const page = await open();
  await page.evaluate((t) => navigator.clipboard.writeText(t), PORTS);
  await page.locator(".footer").click();
  await page.keyboard.press("Control+V");
  await shown(page, "Ports reopen after storm");
  assert.deepEqual(
    (await visibleStatements(page)).map(([, speaker]) => speaker),
    ["john-smith", "john-smith"],
  );
  // Pasting into a field only types there.
  await page.getByLabel("Search").click();
  await page.evaluate((t) => navigator.clipboard.writeText(t), SAMPLE);
  await page.keyboard.press("Control+V");
  assert.ok((await page.getByLabel("Search").inputValue()).startsWith(" date 2020-12-29"));
  await page.waitForTimeout(300);
  assert.equal(await page.locator(".article-head h1").innerText(), "Ports reopen after storm");
  await close(page);
});

test("pasting markup only (a selection copied from a page) analyses its text", async () => {
  const page = await open();
  const html =
    "<h1>Ports reopen after storm</h1><p>LONDON - The ports will reopen next week, the transport minister, " +
    'John Smith, said on Tuesday.</p><script>window.pwned = 1</script><p>"We are ready," Smith <b>said</b>.</p>';
  await page.evaluate((h) => {
    const data = new DataTransfer();
    data.setData("text/html", h);
    document.querySelector(".footer").dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true }));
  }, html);
  await shown(page, "Ports reopen after storm");
  assert.deepEqual(
    (await visibleStatements(page)).map(([, speaker]) => speaker),
    ["john-smith", "john-smith"],
  );
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  await close(page);
});

test("pasting into the form analyses the text, and the example is one click away", async () => {
  const page = await open();
  await paste(page, PORTS);
  await shown(page, "Ports reopen after storm");
  await page.getByRole("button", { name: "Load the example" }).click();
  await shown(page, EXAMPLE_TITLE);
  assert.equal((await visibleStatements(page)).length, 9);
  await close(page);
});

test("a dropped .txt file is analysed", async () => {
  const page = await open();
  await paste(page, PORTS);
  await shown(page, "Ports reopen after storm");
  await drop(page, "denisov.txt", "text/plain", SAMPLE);
  await shown(page, EXAMPLE_TITLE);
  assert.equal((await visibleStatements(page)).length, 9);
  await close(page);
});

test("a dropped .md file is read as its text: no heading marks, emphasis or link targets", async () => {
  const page = await open();
  const md =
    "# Ports reopen after storm\n\nLONDON - The **ports** will reopen next week, the transport minister, " +
    'John Smith, said on Tuesday.\n\n> "We are [ready](https://example.org/ready)," Smith said.\n';
  await drop(page, "ports.md", "", md);
  await shown(page, "Ports reopen after storm");
  const words = await page.locator(".article-body").innerText();
  assert.match(words, /The ports will reopen/);
  assert.match(words, /"We are ready," Smith said/);
  assert.doesNotMatch(words, /\*\*|\]\(|https:|^#|^>/m);
  await close(page);
});

test("a dropped .html page is reduced to its text: paragraphs kept, scripts, styles and page furniture dropped", async () => {
  const page = await open();
  // The page opens on the example, which has the same title.
  await markShown(page);
  await drop(page, "denisov.html", "text/html", sampleHtml());
  await shownAnew(page, EXAMPLE_TITLE);
  assert.match(await page.locator(".found").innerText(), /9 statements by 3 speakers at 3 events/);
  // As many paragraphs as the text has, none of them furniture.
  const html = await page.locator(".article-body p").allInnerTexts();
  const example = await open();
  assert.deepEqual(html, await example.locator(".article-body p").allInnerTexts());
  await close(example);
  const all = await page.locator("body").innerText();
  for (const furniture of ["NAVIGATION", "STYLE TEXT", "SCRIPT TEXT", "NOSCRIPT", "ASIDE TEXT", "FOOTER TEXT", "pwned"]) {
    assert.ok(!all.includes(furniture), `"${furniture}" is not in the page`);
  }
  assert.equal(await page.evaluate(() => window.pwned), undefined, "no script of the page ran");
  await close(page);
});

test("a dropped file that is not an article, or is over 10 MB, is refused with the reason and the article stays", async () => {
  const page = await open();
  await drop(page, "report.pdf", "application/pdf", "%PDF-1.7 …");
  await until(page, () => document.querySelectorAll("#notes .note").length === 1);
  assert.match((await notes(page))[0], /“report\.pdf” is not a text, Markdown or HTML file \(it is application\/pdf\)/);
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(10 * 1024 * 1024 + 1).fill(65)], "big.txt", { type: "text/plain" }));
    document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await until(page, () => document.querySelectorAll("#notes .note").length === 2);
  assert.match((await notes(page))[1], /“big\.txt” is 10\.5 MB, more than the 10 MB the explorer reads/);
  assert.equal(await page.locator(".article-head h1").innerText(), EXAMPLE_TITLE);
  await close(page);
});

test("a file chosen in the file dialog is analysed", async () => {
  const page = await open();
  await page.locator("details.source summary").click();
  const chooser = page.waitForEvent("filechooser");
  await page.getByText("Choose a file…").click();
  await (await chooser).setFiles({ name: "ports.txt", mimeType: "text/plain", buffer: Buffer.from(PORTS) });
  await shown(page, "Ports reopen after storm");
  await close(page);
});

test("?src= fetches a plain-text or HTML article from another site, and the address keeps it", async () => {
  for (const path of ["/sample.txt", "/sample.html"]) {
    const src = host.url(path);
    const page = await open("?src=" + encodeURIComponent(src));
    await shown(page, EXAMPLE_TITLE);
    assert.match(await page.locator(".found").innerText(), /9 statements by 3 speakers at 3 events/);
    assert.equal(new URL(page.url()).searchParams.get("src"), src);
    assert.deepEqual(await notes(page), []);
    await close(page);
  }
});

test("?text= carries a short article in the link", async () => {
  const page = await open("?text=" + encodeURIComponent(PORTS));
  await shown(page, "Ports reopen after storm");
  assert.equal(new URL(page.url()).searchParams.get("text"), PORTS);
  await close(page);
});

test("a failed ?src= says what happened and what to do, and leaves the previous article in place", async () => {
  const failures = [
    ["/missing.txt", /answered 404 \(Not Found\): there is no article at this address\. Check the link\./],
    [
      "/no-cors.txt",
      /does not let other sites read its pages: the host must allow it \(CORS, the Access-Control-Allow-Origin header\)\. Open the article there, copy its text and paste it here instead\./,
    ],
    ["/picture.png", /sent image\/png, not an article: only plain text, Markdown and HTML pages can be read/],
    ["/huge.txt", /is larger than the 10 MB the explorer reads/],
    ["/huge-unsized.txt", /is larger than the 10 MB the explorer reads/],
    [null, /could not be reached: check the address and your connection, or paste the article’s text here instead/],
  ];
  const context = await newContext();
  const first = await openIn(context);
  await paste(first, PORTS);
  await shown(first, "Ports reopen after storm");
  await first.close();
  for (const [path, message] of failures) {
    const src = path ? host.url(path) : await deadAddress();
    const page = await openIn(context, "?src=" + encodeURIComponent(src));
    await until(page, () => document.querySelector("#notes .note") !== null);
    const said = await notes(page);
    assert.equal(said.length, 1, `one message for ${src}`);
    assert.match(said[0], message);
    await shown(page, "Ports reopen after storm");
    assert.equal(new URL(page.url()).searchParams.get("src"), null, "the failed address is not kept");
    await page.close();
  }
  await context.close();
});

test("the header says which date relative dates are counted from; its correction is folded away unless the article has none", async () => {
  const page = await open();
  const fix = page.locator("details.date-fix");
  assert.equal(await fix.locator("summary").innerText(), "Dates counted from Tuesday, 29 December 2020 Change");
  assert.equal(await fix.evaluate((d) => d.open), false);
  assert.equal(await page.getByLabel("Publication date").isVisible(), false);
  await fix.locator("summary").click();
  assert.equal(await page.getByLabel("Publication date").inputValue(), "2020-12-29");
  await paste(page, PORTS);
  await shown(page, "Ports reopen after storm");
  assert.match(await fix.locator("summary").innerText(), /^No publication date/);
  assert.equal(await fix.evaluate((d) => d.open), true);
  assert.equal(await page.getByLabel("Publication date").isVisible(), true);
  await close(page);
});

test("a publication date set by hand re-resolves the timeline, and the address and a reload keep it", async () => {
  const page = await open();
  await paste(page, PORTS);
  await shown(page, "Ports reopen after storm");
  assert.deepEqual(await visibleTexts(page, ".event .when"), ["Date unknown"]);
  await setDate(page, "2021-03-05");
  await until(page, () => document.querySelector(".event .when")?.textContent === "Tuesday, 2 March 2021");
  assert.equal(new URL(page.url()).searchParams.get("date"), "2021-03-05");
  await page.reload();
  await shown(page, "Ports reopen after storm");
  assert.deepEqual(await visibleTexts(page, ".event .when"), ["Tuesday, 2 March 2021"]);
  assert.equal(await page.getByLabel("Publication date").inputValue(), "2021-03-05");
  // A wrong date in an article's own header can be corrected too.
  await page.getByRole("button", { name: "Load the example" }).click();
  await shown(page, EXAMPLE_TITLE);
  await setDate(page, "2021-01-05");
  await until(page, () => document.querySelector(".article-head time")?.getAttribute("datetime") === "2021-01-05");
  assert.equal((await visibleTexts(page, ".event .when")).at(-1), "Tuesday, 5 January 2021");
  await close(page);
});
