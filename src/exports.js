// The exports (src/export.rs): the analysis saved as JSON, CSV, TimelineJS
// JSON or Markdown. A module of its own, imported by src/host.js the first
// time the reader exports, so that a page nobody exports from does not load
// it (scripts/postbuild.mjs puts it beside host.js in dist/).

/** Saves a text as a file: the browser's download of a blob. */
function download(name, type, text) {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}

// Exports. Each is made from the statements JSON (docs/statements-json.md,
// written by the Rust app exactly as `explore --json` prints it) and the
// events' date labels as the timeline heads them.

/** A CSV cell, always quoted; one a spreadsheet would take for a formula starts with `'`. */
const cell = (s) => `"${/^[=+\-@\t\r]/.test(s ?? "") ? "'" : ""}${(s ?? "").replaceAll('"', '""')}"`;

/** A date at its precision as ISO 8601: `2020-12-29`, `2020-10`, `2020`, `2020-10-01/2020-12-29`, or empty. */
function iso(d) {
  if (!d.start || !d.end) return "";
  return { day: d.start, month: d.start.slice(0, 7), year: d.start.slice(0, 4), range: `${d.start}/${d.end}` }[d.precision] ?? "";
}

/** Text for HTML (TimelineJS reads its texts as HTML). */
const html = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Text for Markdown: every character it, or HTML inside it, would read as markup, escaped. */
const md = (s) => s.replace(/[\\`*_[\]<>|~&#!]/g, "\\$&");

/** ", said that " or " explained ", as the timeline reads reported speech. */
function said(st, afterRole) {
  const verb = !st.cue || / /.test(st.cue.trim()) || /ing$/.test(st.cue.trim()) ? "said" : st.cue.trim();
  return `${afterRole ? ", " : " "}${verb} ${/^that /i.test(st.text) ? "" : "that "}`;
}

/** The analysis in `format` ("csv", "timelinejs" or "markdown"). */
function exported(format, a, labels) {
  const speaker = Object.fromEntries(a.speakers.map((s) => [s.id, s]));
  const events = a.events.map((e, i) => ({ ...e, when: labels[i], statements: [] }));
  const byId = Object.fromEntries(events.map((e) => [e.id, e]));
  const loose = [];
  for (const st of a.statements) (byId[st.event]?.statements ?? loose).push(st);
  const ordered = events.flatMap((e) => e.statements).concat(loose);
  const who = (st) => [speaker[st.speaker]?.name ?? st.speaker, speaker[st.speaker]?.role ?? ""];
  const title = a.article.title ?? "Untitled article";
  const by = [a.article.source, a.article.published && labels[labels.length - 1], a.article.dateline].filter(Boolean).join(" · ");
  if (format === "csv")
    return (
      "\ufeffdate,event,speaker,role,kind,text\r\n" +
      ordered.map((st) => [iso(st.date), byId[st.event]?.label, ...who(st), st.kind, st.text].map(cell).join(",") + "\r\n").join("")
    );
  if (format === "timelinejs") {
    const date = (d, parts) => Object.fromEntries([["year", +d.slice(0, 4)], ["month", +d.slice(5, 7)], ["day", +d.slice(8, 10)]].slice(0, parts));
    const dated = events.filter((e) => e.date.start && e.date.end);
    const undated = events.length - dated.length;
    return JSON.stringify({
      title: { text: { headline: html(title), text: `<p>${html(by)}${undated ? `${by ? ". " : ""}${undated} undated event${undated > 1 ? "s are" : " is"} not shown` : ""}</p>` } },
      events: dated.map((e) => {
        const { start, end, precision } = e.date;
        const parts = { day: 3, month: 2, year: 1 }[precision];
        return {
          unique_id: e.id,
          start_date: date(start, parts ?? 3),
          ...(parts ? {} : { end_date: date(end, 3) }),
          display_date: e.when,
          text: {
            headline: html(e.label),
            text: e.statements
              .map((st) => {
                const [name, role] = who(st);
                const lead = `<p><b>${html(name)}</b>${role ? ", " + html(role) : ""}`;
                return st.kind === "direct" ? `${lead}: “${html(st.text)}”</p>` : `${lead}${said(st, role)}${html(st.text)}</p>`;
              })
              .join(""),
          },
        };
      }),
    });
  }
  let out = `# ${md(title)}\n\n${by ? md(by) + "\n\n" : ""}`;
  for (const e of events) {
    out += `## ${md(`${e.when} — ${e.label}`)}\n\n`;
    for (const st of e.statements) {
      const [name, role] = who(st);
      const attribution = `**${md(name)}**${role ? ", " + md(role) : ""}`;
      out +=
        st.kind === "direct"
          ? `> “${md(st.text)}”\n\n— ${attribution}\n\n`
          : `${attribution}${said(st, role)}${md(st.text)}${/[.!?…"”]$/.test(st.text) ? "" : "."}\n\n`;
    }
  }
  return out;
}

/**
 * Saves the analysis as `format`: "json" (the JSON as it is), "csv",
 * "timelinejs" or "markdown". `labels` are the events' date labels, one a
 * line, then the publication date's. The file is named after the title.
 */
export function exportAs(format, json, labels) {
  const a = JSON.parse(json);
  const name = (a.article.title ?? "").toLowerCase().replace(/[^a-z0-9]+/g, "-").slice(0, 60).replace(/^-|-$/g, "") || "article";
  const [ext, type, text] = {
    json: [".json", "application/json", json],
    csv: [".csv", "text/csv;charset=utf-8"],
    timelinejs: [".timeline.json", "application/json"],
    markdown: [".md", "text/markdown;charset=utf-8"],
  }[format];
  download(name + ext, type, text ?? exported(format, a, labels.split("\n")));
}
