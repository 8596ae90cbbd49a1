// Generated articles for the performance scripts and tests (nothing
// generated is committed):
//
//   manyStatements(n)  an article of `n` attributed statements by 20
//                      speakers over about n/20 dated events
//   bigArticle(bytes)  the corpus and holdout articles, each without its
//                      trailing page furniture, one after another to `bytes`
//                      (as the engine benchmark's corpus inputs are made)

import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";

const FIRST = ["Anna", "Boris", "Clara", "Dmitri", "Elena", "Felix", "Greta", "Hugo", "Irina", "Jonas"];
const LAST = ["Kovac", "Lindqvist", "Moreau", "Novak", "Ortega", "Petrov", "Quist", "Rossi", "Sato", "Tamm"];
const ROLES = ["Foreign Minister", "Defence Minister", "Finance Minister", "Trade Minister", "Health Minister"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** An article of `n` statements by 20 speakers, 20 statements a day. */
export function manyStatements(n = 2000) {
  const speakers = Array.from({ length: 20 }, (_, i) => ({
    name: `${FIRST[i % 10]} ${LAST[(i * 3 + Math.floor(i / 10)) % 10]}`,
    role: ROLES[i % ROLES.length],
  }));
  const out = [" date 2023-12-30 Generated News", "Ministers Speak Through the Year", "", "Ministers Speak Through the Year", ""];
  out.push("LONDON (Generated News - 30th December, 2023) The ministers spoke often this year, officials said on Saturday.");
  for (let i = 0; i < n; i++) {
    const s = speakers[i % speakers.length];
    const day = 1 + (Math.floor(i / 20) % 28);
    const month = MONTHS[Math.floor(i / 560) % 12];
    const date = `${day} ${month} 2023`;
    out.push(
      i % 2
        ? `"Plan number ${i + 1} will work and we will see it through," ${s.role.toLowerCase()} ${s.name} said on ${date}.`
        : `${s.role} ${s.name} said on ${date} that plan number ${i + 1} had been agreed with the partners.`,
    );
  }
  return out.join("\n\n") + "\n";
}

/** Lines that end an article (the engine stops reading at the first). */
const CUTOFF = ["also read", "latest news", "more from", "more news", "more stories", "most popular", "most read", "read also", "read more", "recommended", "related articles", "related news", "related stories", "related:", "see also", "top stories", "trending", "you may also like"];

function withoutFurniture(article) {
  const keep = [];
  for (const line of article.split("\n")) {
    const t = line.trim();
    const lower = t.slice(0, 24).toLowerCase();
    if (CUTOFF.some((p) => lower.startsWith(p)) && t.split(/\s+/).length <= 12) break;
    keep.push(line);
  }
  return keep.join("\n").trim();
}

/** Corpus and holdout articles one after another, to at least `bytes`. */
export function bigArticle(root, bytes = 5 * 1024 * 1024) {
  const articles = ["corpus", "holdout"]
    .map((d) => join(root, "articles", d))
    .filter(existsSync)
    .flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".txt")).sort().map((f) => join(d, f)))
    .map((f) => withoutFurniture(readFileSync(f, "utf8")));
  const parts = [];
  let len = 0;
  for (let i = 0; len < bytes; i++) {
    const a = articles[i % articles.length];
    parts.push(a);
    len += Buffer.byteLength(a) + 2;
  }
  return parts.join("\n\n");
}

if (process.argv[1]?.endsWith("generate.mjs")) {
  const [what = "statements", n] = process.argv.slice(2);
  process.stdout.write(what === "big" ? bigArticle(process.cwd(), Number(n) || undefined) : manyStatements(Number(n) || 2000));
}
