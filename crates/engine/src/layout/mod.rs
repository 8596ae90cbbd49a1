//! Stage 1, layout: where the story is.
//!
//! Takes the raw text and gives the article's metadata (title, source,
//! publication date, dateline place, author) and the byte spans of the body
//! paragraphs. Header lines (`date 2020-12-29 Source`, `Tue 29th December
//! 2020 | 06:00 PM`, `Published …`), a repeated title, bylines, the dateline
//! prefix (`MOSCOW (Agency - date)`) and trailing page furniture ("More
//! Stories From …") are kept out of the paragraphs, so later stages read
//! only what the reporter wrote.
//!
//! Why a stage of its own: wire services and sites disagree on every one of
//! these conventions, and none of the later stages should have to know them.

mod rules;

use crate::calendar;
use crate::date::Date;
use crate::model::Span;
use crate::text::Case;
use crate::token::{tokenize, TokKind, Token};
use rules::*;

/// What the layout stage gives.
#[derive(Debug, Default, Clone)]
pub struct Layout {
    pub title: Option<String>,
    pub source: Option<String>,
    pub published: Option<Date>,
    pub dateline: Option<String>,
    pub author: Option<String>,
    /// Body paragraphs, in order; the first starts after the dateline.
    pub paragraphs: Vec<Span>,
}

/// A line of the input: its trimmed span.
#[derive(Clone, Copy, Debug)]
struct Line {
    start: usize,
    end: usize,
}

impl Line {
    fn text<'a>(&self, src: &'a str) -> &'a str {
        &src[self.start..self.end]
    }
    fn is_blank(&self) -> bool {
        self.start == self.end
    }
}

/// Splits `src` into lines, each trimmed of surrounding white space.
fn lines(src: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut pos = 0;
    for raw in src.split_inclusive(['\n', '\r']) {
        let start = pos;
        pos += raw.len();
        // A byte-order mark (files saved by Windows editors) is white space.
        let blank = |c: char| c.is_whitespace() || c == '\u{feff}';
        let trimmed = raw.trim_matches(blank);
        if trimmed.is_empty() {
            if !(raw == "\n" && src[..start].ends_with('\r')) {
                out.push(Line { start, end: start });
            }
            continue;
        }
        let lead = raw.len() - raw.trim_start_matches(blank).len();
        out.push(Line {
            start: start + lead,
            end: start + lead + trimmed.len(),
        });
    }
    out
}

/// Whether `line` starts with one of `prefixes` (written in small letters),
/// ignoring case. Bytes compared, no letter lowered: this runs on every
/// line of the text.
fn starts_with_any(line: &str, prefixes: &[&str]) -> bool {
    prefixes.iter().any(|p| {
        line.len() >= p.len() && line.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
    })
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// What a line near the top of the article is.
#[derive(Debug, PartialEq)]
enum HeaderLine {
    /// `date 2020-12-29 UrduPoint.com`: date and source.
    DateSource(Option<Date>, Option<String>),
    /// A line whose job is to give the date and time.
    Stamp(Date),
    Author(String),
    /// Something else short: the title, or a kicker.
    Heading,
    /// The story has begun.
    Body,
}

fn classify(src: &str, line: Line) -> HeaderLine {
    let text = line.text(src);
    let words = word_count(text);
    if let Some(rest) = strip_prefix_ci(text, "date ") {
        if let Some(date) = calendar::first_full_date(src, line.end - rest.len(), line.end) {
            let source = rest
                .trim_start()
                .split_once(char::is_whitespace)
                .map(|(_, s)| s.trim().to_string());
            return HeaderLine::DateSource(Some(date), source.filter(|s| !s.is_empty()));
        }
    }
    if words <= 12 {
        if let Some(date) = calendar::first_full_date(src, line.start, line.end) {
            let stampish = starts_with_any(text, DATE_LINE_PREFIXES)
                || text.as_bytes().contains(&b'|')
                || text.as_bytes().contains(&b':')
                || words <= 6
                || text.chars().next().is_some_and(|c| c.is_ascii_digit());
            if stampish && !text.ends_with('.') {
                return HeaderLine::Stamp(date);
            }
        }
    }
    if words <= 10 && !text.ends_with(['.', '"', '”']) {
        let lower = text.lowercase();
        if DESK_LINES.contains(&lower.trim_end_matches(['.', ':'])) {
            return HeaderLine::Author(text.to_string());
        }
        if starts_with_any(text, AUTHOR_PREFIXES) {
            let name = text
                .split_once(char::is_whitespace)
                .map_or("", |(_, n)| n)
                .trim();
            let name = name.strip_prefix(':').unwrap_or(name).trim();
            return HeaderLine::Author(name.to_string());
        }
    }
    if looks_like_body(src, line) {
        HeaderLine::Body
    } else {
        HeaderLine::Heading
    }
}

/// A line "Published in PAPER, DATE": the date, and the paper.
fn print_trailer(src: &str, line: Line) -> Option<(Date, Option<String>)> {
    let text = line.text(src);
    let rest = strip_prefix_ci(text, "published in ")?;
    if word_count(text) > 12 {
        return None;
    }
    let date = calendar::first_full_date(src, line.end - rest.len(), line.end)?;
    let paper = rest
        .split(',')
        .next()
        .map(str::trim)
        .filter(|p| !p.is_empty());
    Some((date, paper.map(str::to_string)))
}

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    (s.len() >= prefix.len()
        && s.is_char_boundary(prefix.len())
        && s[..prefix.len()].eq_ignore_ascii_case(prefix))
    .then(|| &s[prefix.len()..])
}

/// A line that reads as running text rather than a headline.
fn looks_like_body(src: &str, line: Line) -> bool {
    let text = line.text(src);
    let words = word_count(text);
    if dateline(src, line.start, line.end).is_some() {
        return true;
    }
    let ends_sentence = text.ends_with(['.', '!', '?', '"', '”', '»']);
    words > 30 || (ends_sentence && words >= 10) || (text.starts_with(['"', '“']) && words >= 8)
}

/// A dateline at the start of `src[from..to]`: (place, date written in it,
/// offset where the story proper begins).
pub(crate) fn dateline(src: &str, from: usize, to: usize) -> Option<(String, Option<Date>, usize)> {
    let head_end = floor_boundary(src, (from + 160).min(to));
    let mut toks = Vec::new();
    tokenize(src, from, head_end, &mut toks);
    let (place_end, place) = place(src, &toks)?;
    let mut i = place_end;
    let mut date = None;
    let mut marked = false;
    let punct = |k: usize| toks.get(k).and_then(|t| t.punct(src));
    // ", Mereth (AP) —": the region or country after the city.
    if punct(i) == Some(',')
        && toks.get(i + 1).is_some_and(|t| t.is_capitalized(src))
        && calendar::month(toks[i + 1].text(src)).is_none()
    {
        let mut j = i + 1;
        while j < toks.len() && j < i + 4 && toks[j].is_capitalized(src) {
            j += 1;
        }
        if punct(j) == Some('(') {
            i = j;
        }
    }
    // "VELGRAD, (AFP - 17th Sep, 2023)": a comma before the brackets.
    if punct(i) == Some(',') && punct(i + 1) == Some('(') {
        i += 1;
    }
    // ", March 3, 2023" or ", Dec. 3"
    if punct(i) == Some(',') {
        let w = calendar::written_date_at(src, &toks, i + 1)?;
        date = w.full();
        i = w.tokens.1;
        if punct(i) == Some(',') {
            i += 1;
        }
    }
    // "May 21. /TASS/." — the agency between slashes.
    if punct(i) == Some('.') && punct(i + 1) == Some('/') {
        i += 1;
    }
    if punct(i) == Some('/') {
        let close = (i + 1..toks.len().min(i + 8)).find(|&k| punct(k) == Some('/'))?;
        i = close + 1;
        if punct(i) == Some('.') {
            i += 1;
        }
        marked = true;
    }
    // "(UrduPoint News / Sputnik - 29th December, 2020)"
    if punct(i) == Some('(') {
        let close = (i + 1..toks.len().min(i + 30)).find(|&k| punct(k) == Some(')'))?;
        if date.is_none() {
            date = calendar::first_full_date(src, toks[i].end, toks[close].start);
        }
        i = close + 1;
        marked = true;
    }
    // " - ", " -- ", " — ", ":" and an optional date between two dashes.
    let mut dashes = 0;
    while let Some(c) = punct(i) {
        if DATELINE_DASHES.contains(&c) {
            i += 1;
            dashes += 1;
            marked = true;
        } else {
            break;
        }
    }
    if dashes > 0 {
        if let Some(w) = calendar::written_date_at(src, &toks, i) {
            if let Some(k) = (w.tokens.1..w.tokens.1 + 2)
                .find(|&k| punct(k).is_some_and(|c| DATELINE_DASHES.contains(&c)))
            {
                date = date.or(w.full());
                i = k + 1;
                while punct(i).is_some_and(|c| DATELINE_DASHES.contains(&c)) {
                    i += 1;
                }
            }
        }
    }
    if !marked || i >= toks.len() {
        return None;
    }
    Some((place, date, toks[i].start))
}

fn floor_boundary(src: &str, mut i: usize) -> usize {
    while !src.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The place at the start of a dateline: capitalised words ("MOSCOW",
/// "UNITED NATIONS", "WASHINGTON, D.C.", "Moscow").
fn place(src: &str, toks: &[Token]) -> Option<(usize, String)> {
    let mut k = 0;
    let mut all_caps = true;
    while k < toks.len() && k < 5 && toks[k].kind == TokKind::Word && toks[k].is_capitalized(src) {
        all_caps &= toks[k].is_all_caps(src);
        k += 1;
        // "WASHINGTON, D.C."
        if all_caps
            && toks.get(k).and_then(|t| t.punct(src)) == Some(',')
            && toks
                .get(k + 1)
                .is_some_and(|t| t.is_all_caps(src) && t.text(src).as_bytes().contains(&b'.'))
        {
            k += 1;
        }
    }
    if k == 0 {
        return None;
    }
    let next = toks.get(k).and_then(|t| t.punct(src));
    // Mixed-case places only before an agency in brackets or a date.
    if !all_caps && next != Some('(') && next != Some(',') {
        return None;
    }
    if all_caps && toks[0].text(src).len() < 2 {
        return None;
    }
    Some((k, src[toks[0].start..toks[k - 1].end].to_string()))
}

/// Splits a block of consecutive lines into paragraphs: a line that ends a
/// sentence and is followed by one that starts a new one is a paragraph of
/// its own; hard-wrapped lines are joined.
fn paragraphs_of_block(src: &str, block: &[Line], out: &mut Vec<Span>) {
    let mut start = block[0].start;
    for w in block.windows(2) {
        let (a, b) = (w[0].text(src), w[1].text(src));
        let ends = a.ends_with(['.', '!', '?', '"', '”', '’', ':', ')']);
        let begins = b.starts_with(|c: char| {
            crate::text::is_upper(c)
                || c.is_ascii_digit()
                || matches!(
                    c,
                    '"' | '“' | '‘' | '\'' | '(' | '-' | '–' | '—' | '•' | '*'
                )
        });
        if ends && begins {
            out.push([start, w[0].end]);
            start = w[1].start;
        }
    }
    out.push([start, block[block.len() - 1].end]);
}

/// Runs the stage.
pub fn layout(src: &str) -> Layout {
    let lines = lines(src);
    let mut out = Layout::default();
    let mut stamp: Option<Date> = None;
    let mut body_from = lines.len();
    let mut seen = 0;
    for (n, &line) in lines.iter().enumerate() {
        if line.is_blank() {
            continue;
        }
        seen += 1;
        let kind = if seen > 10 {
            HeaderLine::Body
        } else {
            classify(src, line)
        };
        match kind {
            HeaderLine::DateSource(date, source) => {
                out.published = out.published.or(date);
                out.source = out.source.or(source);
            }
            HeaderLine::Stamp(date) => stamp = stamp.or(Some(date)),
            HeaderLine::Author(a) => out.author = out.author.or(Some(a)),
            HeaderLine::Heading => {
                let text = line.text(src);
                if out.title.is_none() {
                    out.title = Some(crate::text::squeeze(text));
                }
            }
            HeaderLine::Body => {
                body_from = n;
                break;
            }
        }
    }
    // No line read as a story: treat everything after the title as body.
    if body_from == lines.len() {
        let title_line = lines.iter().position(|l| !l.is_blank());
        body_from = title_line.map_or(lines.len(), |t| t + 1);
    }
    out.published = out.published.or(stamp);

    // Body lines, up to the first cut-off line; furniture lines dropped.
    let title_norm = out.title.as_deref().map(normalize);
    let mut block: Vec<Line> = Vec::new();
    let mut paragraphs = Vec::new();
    for &line in &lines[body_from..] {
        let text = line.text(src);
        // "Published in The Coastal Herald, April 9th, 2024": a print
        // trailer that dates the story.
        if let Some((date, source)) = print_trailer(src, line) {
            out.published = out.published.or(Some(date));
            out.source = out.source.or(source);
            if !block.is_empty() {
                paragraphs_of_block(src, &block, &mut paragraphs);
                block.clear();
            }
            continue;
        }
        let furniture = !line.is_blank()
            && (starts_with_any(text, FURNITURE_PREFIXES)
                || title_norm.as_deref().is_some_and(|t| {
                    // Only a line of about the title's length can repeat it.
                    (t.len() / 2..=t.len() * 3).contains(&text.len()) && repeats(t, text)
                }));
        let cutoff = !line.is_blank()
            && !furniture
            && starts_with_any(text, CUTOFF_PREFIXES)
            && word_count(text) <= 12;
        if line.is_blank() || furniture || cutoff {
            if !block.is_empty() {
                paragraphs_of_block(src, &block, &mut paragraphs);
                block.clear();
            }
            if cutoff {
                break;
            }
            continue;
        }
        block.push(line);
    }
    if !block.is_empty() {
        paragraphs_of_block(src, &block, &mut paragraphs);
    }

    // The dateline opens the first paragraph.
    if let Some(first) = paragraphs.first_mut() {
        if let Some((place, date, story)) = dateline(src, first[0], first[1]) {
            out.dateline = Some(place);
            out.published = out.published.or(date);
            first[0] = story;
        }
    }
    out.paragraphs = paragraphs.into_iter().filter(|p| p[0] < p[1]).collect();
    out
}

fn normalize(s: &str) -> String {
    crate::text::squeeze(s).lowercase()
}

/// Whether `normalize(line) == norm`, read as it goes: no copy of the
/// line, and most lines differ at their first letter. (A copy per line
/// of about the title's length was most of this stage's time on long
/// texts.)
fn repeats(norm: &str, line: &str) -> bool {
    let mut want = norm.chars();
    for (i, word) in line.split_whitespace().enumerate() {
        if i > 0 && want.next() != Some(' ') {
            return false;
        }
        if !word
            .chars()
            .all(|c| want.next() == Some(crate::text::lower(c)))
        {
            return false;
        }
    }
    want.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    const URDUPOINT: &str = " date 2021-03-02 UrduPoint.com\nVarenia Opens Talks\n\nTue 02nd March 2021 | 06:00 PM\n\nVarenia Opens Talks\n\nRIVA (UrduPoint News / Sputnik - 02nd March, 2021) The talks began, Berg said.\n\nA second paragraph.\n";

    #[test]
    fn reads_urdupoint_header_and_drops_repeated_title() {
        let l = layout(URDUPOINT);
        assert_eq!(l.title.as_deref(), Some("Varenia Opens Talks"));
        assert_eq!(l.source.as_deref(), Some("UrduPoint.com"));
        assert_eq!(
            l.published.map(|d| d.to_string()).as_deref(),
            Some("2021-03-02")
        );
        assert_eq!(l.dateline.as_deref(), Some("RIVA"));
        let p: Vec<&str> = l
            .paragraphs
            .iter()
            .map(|p| &URDUPOINT[p[0]..p[1]])
            .collect();
        assert_eq!(p, ["The talks began, Berg said.", "A second paragraph."]);
    }

    #[test]
    fn a_print_trailer_dates_an_article_without_a_header() {
        let s = "Floods Claim 31 Lives\n\nPORT SAREN: At least 31 people were killed, the authority said on Monday.\n\nPublished in The Coastal Herald, April 9th, 2024\n";
        let l = layout(s);
        assert_eq!(
            l.published.map(|d| d.to_string()).as_deref(),
            Some("2024-04-09")
        );
        assert_eq!(l.source.as_deref(), Some("The Coastal Herald"));
        assert_eq!(l.paragraphs.len(), 1);
    }

    #[test]
    fn published_line_and_byline_are_header() {
        let s = "Ostria Cuts Rates\nPublished February 09, 2022 | 10:00 PM\nBy Jane Doe\n\nVIENNA (Sputnik) - The bank cut rates on Wednesday, the governor said in a statement.\n";
        let l = layout(s);
        assert_eq!(l.title.as_deref(), Some("Ostria Cuts Rates"));
        assert_eq!(
            l.published.map(|d| d.to_string()).as_deref(),
            Some("2022-02-09")
        );
        assert_eq!(l.author.as_deref(), Some("Jane Doe"));
        assert_eq!(l.dateline.as_deref(), Some("VIENNA"));
        assert!(s[l.paragraphs[0][0]..].starts_with("The bank"));
    }

    #[test]
    fn prefixes_are_written_in_small_letters_and_match_any_case() {
        for p in rules::CUTOFF_PREFIXES
            .iter()
            .chain(rules::FURNITURE_PREFIXES)
        {
            assert_eq!(*p, crate::text::lowercase(p), "{p}");
        }
        assert!(starts_with_any(
            "MORE STORIES FROM World",
            &["more stories"]
        ));
        assert!(starts_with_any("© 2024 Agency", &["©"]));
        assert!(!starts_with_any("More", &["more stories"]));
    }

    #[test]
    fn a_line_repeats_the_title_whatever_its_case_and_spacing() {
        let t = normalize("Ostria  Cuts Rates");
        assert!(repeats(&t, "OSTRIA cuts\trates "));
        assert!(repeats(&t, " Ostria Cuts Rates"));
        assert!(!repeats(&t, "Ostria Cuts Rates Again"));
        assert!(!repeats(&t, "Ostria Cuts"));
        assert!(!repeats(&t, "OstriaCuts Rates"));
        assert!(repeats(
            &normalize("Ÿves Ångström Speaks"),
            "ÿVES ÅNGSTRÖM speaks"
        ));
    }

    #[test]
    fn read_more_link_inside_the_story_does_not_cut_it() {
        let s = "Title Here\n\nGENEVA, March 3, 2023 (AFP) - Talks went on, the envoy said on Friday.\n\nRead more: Talks Stall as Envoys Leave Geneva\n\nIn a statement late Friday, the ministry said it was ready.\n\nRead more\n\nAnother Headline\n";
        let l = layout(s);
        assert_eq!(l.paragraphs.len(), 2);
        assert!(s[l.paragraphs[1][0]..].starts_with("In a statement"));
    }

    #[test]
    fn more_stories_block_is_cut() {
        let s = "Title Here\n\nGENEVA, March 3, 2023 (AFP) - Talks went on, the envoy said on Friday.\n\nMore Stories From World\n\nSomething Else Happened Somewhere\n\nAnother Headline\n";
        let l = layout(s);
        assert_eq!(l.paragraphs.len(), 1);
        assert_eq!(
            l.published.map(|d| d.to_string()).as_deref(),
            Some("2023-03-03")
        );
        assert_eq!(l.dateline.as_deref(), Some("GENEVA"));
    }

    #[test]
    fn dateline_with_date_between_dashes() {
        let s =
            "VIENNA (Sputnik) - March 3, 2023 - The agency said so on Friday in a long statement.";
        let (place, date, at) = dateline(s, 0, s.len()).unwrap();
        assert_eq!(place, "VIENNA");
        assert_eq!(date.unwrap().to_string(), "2023-03-03");
        assert!(s[at..].starts_with("The agency"));
    }

    #[test]
    fn tass_dateline_with_agency_between_slashes() {
        let s = "VELMORA, January 16, 2025. /TASS/. The federation has extended the suspension, its president said.";
        let (place, date, at) = dateline(s, 0, s.len()).unwrap();
        assert_eq!(
            (place.as_str(), date.map(|d| d.to_string())),
            ("VELMORA", Some("2025-01-16".to_string()))
        );
        assert!(s[at..].starts_with("The federation"));
    }

    #[test]
    fn ap_dateline_with_a_region() {
        let s = "ANSELM, Mereth (AP) — The government will spend more, the prime minister said.";
        let (place, _, at) = dateline(s, 0, s.len()).unwrap();
        assert_eq!(place, "ANSELM");
        assert!(s[at..].starts_with("The government"));
    }

    #[test]
    fn ordinary_sentence_is_not_a_dateline() {
        let s = "The Kremlin said on Tuesday that talks would go on.";
        assert!(dateline(s, 0, s.len()).is_none());
    }

    #[test]
    fn hard_wrapped_lines_join_and_separate_lines_split() {
        let s = "Title\n\nThe minister said the talks\nwould resume soon.\nA new paragraph starts here.";
        let l = layout(s);
        assert_eq!(l.paragraphs.len(), 2);
    }

    #[test]
    fn crlf_line_endings_are_handled() {
        let s = "Title Line\r\n\r\nLONDON - It rained all day on Friday, the forecaster said.\r\n";
        let l = layout(s);
        assert_eq!(l.title.as_deref(), Some("Title Line"));
        assert_eq!(l.paragraphs.len(), 1);
        assert!(s[l.paragraphs[0][0]..l.paragraphs[0][1]].ends_with("said."));
    }
}
