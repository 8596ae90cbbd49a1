// Hostile input (issue 7, the app): articles full of markup and script
// come in by every door (paste, file, ?text=, ?src=) and stay text; the
// address is untrusted; a panic shows "something went wrong" with a reload
// and diagnostics, and the text being analysed is not lost.

import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { after, before, test } from "node:test";
import {
  appUrl,
  close,
  consoleErrors,
  newContext,
  notes,
  open,
  openIn,
  paste,
  ready,
  shown,
  start,
  stop,
  until,
  visibleStatements,
} from "./harness.mjs";
import { startHost } from "./hosts.mjs";

const EXAMPLE_TITLE =
  "Relations Between Russia, China Stronger Than Simply Military Alliance- Russian Ambassador";

/** An article whose title, narration and quotes carry every trick. */
const HOSTILE = `Minister's remarks <script>window.pwned = "title"</script>

LONDON - The talks went well, the minister, John Smith, said on Tuesday. <img src=x onerror="window.pwned = 'img'; alert('img')">

"We will not accept <script>alert('script')</script> or <a href="javascript:window.pwned='link'">this</a>," Smith said.

"</textarea><img src=x onerror=alert('textarea')> &lt;script&gt;window.pwned='entity'&lt;/script&gt; &#60;svg onload=alert('svg')&#62;," Smith added.

"<iframe srcdoc='<script>parent.pwned=1</script>'></iframe><svg><animate onbegin=alert('animate') attributeName=x dur=1s>," he said.
`;
/** The same as a web page: tags are tags there, and entities are text. */
const HOSTILE_HTML = `<!doctype html><title>x</title><h1>Minister's remarks <script>window.pwned = "title"</script></h1>
<p>LONDON - The talks went well, the minister, John Smith, said on Tuesday. <img src=x onerror="window.pwned = 'img'; alert('img')"></p>
<p>"We will not accept <script>alert('script')</script> or <a href="javascript:window.pwned='link'">this</a>," Smith said.</p>
<p>"&lt;/textarea&gt;&lt;img src=x onerror=alert('textarea')&gt; &lt;script&gt;window.pwned='entity'&lt;/script&gt; &amp;#60;svg onload=alert('svg')&amp;#62;," Smith added.</p>
<p>"<iframe srcdoc="<script>parent.pwned=1</script>"></iframe><svg onload="alert('svg2')"></svg><object data="javascript:alert(1)"></object>Done," he said.</p>`;

/** Every element the app makes. */
const TAGS = new Set(
  "a article blockquote button details div footer form h1 h2 h3 header i input label li main mark noscript ol option p progress section select span summary textarea time ul".split(
    " ",
  ),
);

let host;
before(async () => {
  await start();
  host = await startHost({ "/hostile.txt": ["text/plain", HOSTILE], "/hostile.html": ["text/html", HOSTILE_HTML] });
});
after(async () => {
  await host.close();
  await stop();
});

/** Records the dialogs a page opens (and closes them). */
function watchDialogs(page) {
  const dialogs = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  return dialogs;
}

/** Fails unless the page holds only elements the app makes, none with an
 * event handler attribute or a link out, no script ran and no dialog opened. */
async function assertClean(page, dialogs, how) {
  await page.waitForTimeout(300); // time for an image's error or a script to fire
  const found = await page.evaluate(() =>
    [...document.body.querySelectorAll("*")].map((e) => ({
      tag: e.localName,
      on: e.getAttributeNames().filter((a) => a.startsWith("on") || a === "srcdoc"),
      href: e.getAttribute("href"),
    })),
  );
  for (const e of found) {
    assert.ok(TAGS.has(e.tag), `${how}: no <${e.tag}> the app did not make`);
    assert.deepEqual(e.on, [], `${how}: no ${e.on} attribute`);
    if (e.href !== null) assert.ok(e.href.startsWith("#"), `${how}: no link out (${e.href})`);
  }
  assert.equal(await page.evaluate(() => window.pwned), undefined, `${how}: no script ran`);
  assert.deepEqual(dialogs, [], `${how}: no dialog opened`);
}

/** The article drawn: its statements, and the tricks shown as text. */
async function assertDrawnAsText(page, how, literal) {
  await shown(page, `Minister's remarks ${literal ? '<script>window.pwned = "title"</script>' : ""}`.trim());
  assert.ok((await visibleStatements(page)).length >= 3, `${how}: the statements are found`);
  const body = await page.locator(".article-body").innerText();
  assert.ok(body.includes("<script>window.pwned='entity'</script>") || body.includes("&lt;script&gt;"), `${how}: entities shown as text`);
  if (literal) {
    for (const trick of [`<img src=x onerror="window.pwned = 'img'; alert('img')">`, "</textarea><img src=x", `<a href="javascript:`]) {
      assert.ok(body.includes(trick), `${how}: "${trick}" is shown as text`);
    }
    assert.match(await page.locator(".timeline").innerText(), /<script>alert\('script'\)<\/script>/);
  }
}

test("an article full of markup pasted into the form stays text: no script, no dialog, no foreign element", async () => {
  const page = await open();
  const dialogs = watchDialogs(page);
  await paste(page, HOSTILE);
  await assertDrawnAsText(page, "pasted", true);
  await assertClean(page, dialogs, "pasted");
  // The recent list (in the panel, closed once the text is analysed) and
  // the page title hold it as text too.
  assert.match(await page.locator("#recent").textContent(), /Minister's remarks <script>/);
  await close(page);
});

test("an article full of markup pasted anywhere, or dropped as a text file, stays text", async () => {
  const page = await open();
  const dialogs = watchDialogs(page);
  await page.evaluate((t) => navigator.clipboard.writeText(t), HOSTILE);
  await page.locator(".footer").click();
  await page.keyboard.press("Control+V");
  await assertDrawnAsText(page, "pasted anywhere", true);
  await page.getByRole("button", { name: "Load the example" }).click();
  await shown(page, EXAMPLE_TITLE);
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], "hostile.txt", { type: "text/plain" }));
    document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  }, HOSTILE);
  await assertDrawnAsText(page, "dropped .txt", true);
  await assertClean(page, dialogs, "pasted anywhere, dropped .txt");
  await close(page);
});

test("a web page full of script dropped as an .html file is reduced to text in an inert document: nothing runs", async () => {
  const page = await open();
  const dialogs = watchDialogs(page);
  await page.evaluate((html) => {
    const data = new DataTransfer();
    data.items.add(new File([html], "hostile.html", { type: "text/html" }));
    document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  }, HOSTILE_HTML);
  await assertDrawnAsText(page, "dropped .html", false);
  const body = await page.locator(".article-body").innerText();
  assert.ok(body.includes("</textarea><img src=x onerror=alert('textarea')>"), "escaped markup is text");
  assert.ok(!body.includes("alert('script')"), "script content is dropped");
  await assertClean(page, dialogs, "dropped .html");
  await close(page);
});

test("an article full of markup in ?text= or fetched by ?src= (text or HTML) stays text", async () => {
  for (const [query, literal] of [
    ["?text=" + encodeURIComponent(HOSTILE), true],
    ["?src=" + encodeURIComponent(host.url("/hostile.txt")), true],
    ["?src=" + encodeURIComponent(host.url("/hostile.html")), false],
  ]) {
    const context = await newContext();
    const page = await context.newPage();
    const dialogs = watchDialogs(page);
    await page.goto(appUrl(query));
    await ready(page);
    await assertDrawnAsText(page, query.slice(0, 30), literal);
    await assertClean(page, dialogs, query.slice(0, 30));
    await context.close();
  }
});

test("an over-long address is ignored whole, with a message", async () => {
  const page = await open("?q=" + "a".repeat(9_000) + "&hide=andrey-denisov");
  assert.deepEqual(await notes(page), [
    "The address is too long to be read (9023 characters; the most is 8192), so it was ignored.",
  ]);
  assert.equal((await visibleStatements(page)).length, 9);
  assert.equal(await page.getByLabel("Search").inputValue(), "");
  await close(page);
});

test("parts of the address that do not read are ignored, each with a message, and the rest applies", async () => {
  const page = await open("?hide=%E0%A4%A,vladimir-putin&q=%ZZ&kind=loud&date=2021-02-30&sel=s2");
  assert.deepEqual(await notes(page), [
    "“hide=%E0%A4%A,vladimir-putin” in the address could not be read, so it was ignored.",
    "“q=%ZZ” in the address could not be read, so it was ignored.",
    "“kind=loud” in the address is not a kind of statement (quotes or reported), so it was ignored.",
    "“date=2021-02-30” in the address is not a date (YYYY-MM-DD), so it was ignored.",
  ]);
  assert.equal((await visibleStatements(page)).length, 8, "Putin is still hidden");
  assert.equal(await page.locator(".statement.selected").getAttribute("data-statement"), "s2");
  await close(page);
});

test("speakers, events and statements the article does not have are ignored with a message", async () => {
  const page = await open("?hide=nobody,andrey-denisov&event=e99&sel=s42");
  assert.deepEqual(await notes(page), [
    "This article has no speaker “nobody”, no event “e99”, no statement “s42”: that part of the view was ignored.",
  ]);
  assert.equal((await visibleStatements(page)).length, 2);
  assert.equal(new URL(page.url()).search, "?hide=andrey-denisov");
  await close(page);
});

test("a src that is javascript:, data: or no address at all is ignored with a message and never fetched", async () => {
  for (const src of [
    "javascript:alert(document.domain)",
    " JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "http://[::1",
  ]) {
    const context = await newContext();
    const page = await context.newPage();
    const dialogs = watchDialogs(page);
    const requests = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(appUrl("?src=" + encodeURIComponent(src)));
    await ready(page);
    await until(page, () => document.querySelector("#notes .note") !== null);
    const [said] = await notes(page);
    assert.match(said, /is not (an http or https address|a web address)/, src);
    await shown(page, EXAMPLE_TITLE);
    assert.deepEqual(
      requests.filter((u) => !u.startsWith(appUrl())),
      [],
      `${src}: nothing requested but the app`,
    );
    await assertClean(page, dialogs, src);
    await context.close();
  }
});

test("a link to an article kept in another browser says so and opens the last article", async () => {
  const page = await open("?a=0123456789abcdef&hide=andrey-denisov");
  assert.deepEqual(await notes(page), [
    "The link is to an article kept in another browser (pasted or opened from a file there); it is not kept here.",
  ]);
  await shown(page, EXAMPLE_TITLE);
  await close(page);
});

test("a panic shows “something went wrong”, with a reload and the diagnostics to copy", async () => {
  const context = await newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(appUrl("?debug-panic=1&text=secret+words"));
  const crash = page.getByRole("alert").filter({ hasText: "Something went wrong" });
  await crash.waitFor();
  assert.match(await crash.innerText(), /stopped working[\s\S]*reload the page/);
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Reload the page");
  assert.equal(
    await page.evaluate(() => [...document.querySelectorAll("header, footer, main > *")].every((e) => e.closest(".crash") || e.inert)),
    true,
    "the rest of the page is inert",
  );
  await crash.getByRole("button", { name: "Copy diagnostics" }).click();
  await until(page, () => document.querySelector(".crash [role=status]").textContent !== "");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // The trap, and the wasm functions it came through (the place in the build).
  assert.match(copied, /^Article Explorer stopped: unreachable\nIn: wasm-function\[\d+\]:0x[\da-f]+ < wasm-function/);
  // The build's map of the wasm's functions names them: the panic is in the app.
  const wasm = readdirSync("dist").find((f) => f.endsWith("_bg.wasm"));
  const names = new Map(
    readFileSync(`target/wasm-symbols/${wasm.replace(/\.wasm$/, ".txt")}`, "utf8")
      .split("\n")
      .map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1)]),
  );
  const frames = [...copied.matchAll(/wasm-function\[(\d+)\]/g)].map((m) => names.get(m[1]));
  assert.match(frames[0], /^article_explorer\[[\da-f]+\]::app::/, frames.join("\n"));
  assert.match(copied, /parameters: debug-panic, text\)/);
  assert.ok(!copied.includes("secret"), "the diagnostics hold no parameter values");
  await crash.getByRole("button", { name: "Reload the page" }).click();
  await page.waitForLoadState("load");
  await page.getByRole("alert").filter({ hasText: "Something went wrong" }).waitFor();
  await context.close();
  // The wasm's trap after the panic is uncaught, as it should be: the
  // page cannot go on.
  assert.ok(errors.length > 0 && errors.every((e) => e === "unreachable"), errors.join("\n"));
});

test("the text being analysed when the page stopped is kept, and offered back in the editor instead of analysed again", async () => {
  const errors = consoleErrors.length;
  const context = await newContext();
  const page = await openIn(context);
  await page.evaluate(() => history.replaceState(null, "", "?debug-panic=1"));
  const text = "Ports reopen after storm\n\nThe ports will reopen, John Smith said on Tuesday.\n";
  await paste(page, text);
  await page.getByRole("alert").filter({ hasText: "Something went wrong" }).waitFor();
  await page.goto(appUrl());
  await ready(page);
  await shown(page, EXAMPLE_TITLE);
  assert.equal(await page.getByLabel("Article text").inputValue(), text);
  assert.match(
    await page.locator("#source-error").innerText(),
    /The page stopped before it had analysed this text, so it was not analysed again/,
  );
  await page.getByRole("button", { name: "Analyse", exact: true }).click();
  await shown(page, "Ports reopen after storm");
  assert.equal(await page.locator("#source-error").isHidden(), true, "analysed, the reason goes");
  await context.close();
  // The panic's trap, seen by the console.
  const seen = consoleErrors.splice(errors);
  assert.ok(seen.every((e) => e.endsWith("?debug-panic=1: uncaught unreachable")), seen.join("\n"));
});

test("the console holds no error but the expected ones", () => {
  // Failed fetches log their own errors in Chromium; none of these tests fetches in vain.
  assert.deepEqual(consoleErrors, []);
});
