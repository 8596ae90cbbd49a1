//! Quotation spans: which stretches of the body are inside quotation marks.
//!
//! Straight and curly marks, guillemets and low-9 marks are all read; the
//! direction of a straight mark (and of a curly mark used the wrong way round)
//! comes from its neighbours. Single quotes inside a double quotation are
//! nested and stay part of it; elsewhere they are apostrophes.
//!
//! A quotation left open at the end of a paragraph continues into the next
//! one when that paragraph opens with a quotation mark (the wire convention)
//! or when its first mark is a closing one (the opening mark was left out).
//! Otherwise it ends with its paragraph, so a stray mark never swallows the
//! rest of the article.

use crate::model::Span;

/// A quotation: the words inside the marks, one part per paragraph.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// Offset of the opening mark (or of the paragraph start, when missing).
    pub start: usize,
    /// Offset just past the closing mark (or the end of the last part).
    pub end: usize,
    /// The quoted words, without marks, one span per paragraph.
    pub parts: Vec<Span>,
    /// Whether a closing mark was found.
    pub closed: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Dir {
    Open,
    Close,
    Either,
}

/// Double quotation marks and their nominal direction.
const DOUBLE_MARKS: &[(char, Dir)] = &[
    ('"', Dir::Either),
    ('«', Dir::Open),
    ('»', Dir::Close),
    ('“', Dir::Open),
    ('”', Dir::Close),
    ('„', Dir::Open),
    ('‟', Dir::Open),
    ('「', Dir::Open),
    ('」', Dir::Close),
    ('『', Dir::Open),
    ('』', Dir::Close),
];

fn double_mark(c: char) -> Option<Dir> {
    DOUBLE_MARKS.iter().find(|(m, _)| *m == c).map(|&(_, d)| d)
}

/// Whether `c` is any double quotation mark.
pub fn is_double_mark(c: char) -> bool {
    double_mark(c).is_some()
}

/// A mark in context: where it is and which way it faces.
#[derive(Clone, Copy, Debug)]
pub struct Mark {
    at: usize,
    len: usize,
    dir: Dir,
}

fn is_opening_punct(c: char) -> bool {
    matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':')
}

/// The marks of one paragraph, each given the direction its neighbours say.
pub fn marks(src: &str, para: Span) -> Vec<Mark> {
    let text = &src[para[0]..para[1]];
    let mut out = Vec::new();
    let mut prev: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        if let Some(nominal) = double_mark(c) {
            let before_open =
                prev.is_none_or(|p| p.is_whitespace() || is_opening_punct(p) || is_double_mark(p));
            let after_close = next.is_none_or(|n| {
                n.is_whitespace()
                    || matches!(
                        n,
                        ',' | '.' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '—' | '–' | '-'
                    )
                    || is_double_mark(n)
            });
            let dir = match (before_open, after_close) {
                (true, false) => Dir::Open,
                (false, true) => Dir::Close,
                _ => nominal,
            };
            out.push(Mark {
                at: para[0] + i,
                len: c.len_utf8(),
                dir,
            });
        }
        prev = Some(c);
    }
    out
}

/// Finds the quotations in the body paragraphs.
pub fn quotations(src: &str, paragraphs: &[Span]) -> Vec<Quote> {
    let all: Vec<Vec<Mark>> = paragraphs.iter().map(|&p| marks(src, p)).collect();
    from_marks(src, paragraphs, &all)
}

/// The quotations, given the marks of every paragraph (`all[i]` for
/// `paragraphs[i]`, from [`marks`]). Reading the marks is the costly part,
/// so [`super::Segmenter`] does it a piece at a time and this once.
pub fn from_marks(src: &str, paragraphs: &[Span], all: &[Vec<Mark>]) -> Vec<Quote> {
    let mut quotes = Vec::new();
    // The quotation still open, and where its current part began.
    let mut open: Option<(Quote, usize)> = None;
    for (pi, para) in paragraphs.iter().enumerate() {
        let mut ms = all[pi].iter().peekable();
        if let Some((_, part_start)) = open.as_mut() {
            // Continued from the previous paragraph: skip a re-opening mark.
            *part_start = para[0];
            if let Some(m) = ms.peek() {
                if m.at == para[0] && m.dir != Dir::Close {
                    *part_start = m.at + m.len;
                    ms.next();
                }
            }
        }
        for m in ms {
            match (open.take(), m.dir) {
                (None, Dir::Close) => {} // stray closing mark
                (None, _) => {
                    let q = Quote {
                        start: m.at,
                        end: m.at,
                        parts: Vec::new(),
                        closed: false,
                    };
                    open = Some((q, m.at + m.len));
                }
                (Some((mut q, from)), Dir::Open) if m.at > from => {
                    // An opening mark inside a quotation: the last one was
                    // never closed. End it here and start again.
                    push_part(src, &mut q, from, m.at);
                    q.end = trim_end(src, from, m.at);
                    quotes.push(q);
                    let q = Quote {
                        start: m.at,
                        end: m.at,
                        parts: Vec::new(),
                        closed: false,
                    };
                    open = Some((q, m.at + m.len));
                }
                (Some((mut q, from)), _) => {
                    push_part(src, &mut q, from, m.at);
                    q.end = m.at + m.len;
                    q.closed = true;
                    quotes.push(q);
                }
            }
        }
        // Open at the paragraph's end: continue or close.
        if let Some((mut q, from)) = open.take() {
            push_part(src, &mut q, from, para[1]);
            q.end = para[1];
            if continues(&all, paragraphs, pi + 1) {
                open = Some((q, para[1]));
            } else {
                quotes.push(q);
            }
        }
    }
    quotes.retain(|q| !q.parts.is_empty());
    quotes
}

/// Whether an open quotation carries on into paragraph `next`: it opens
/// with a quotation mark, or its first mark closes, or it has no marks and
/// a later paragraph's first mark closes (a quote of several paragraphs
/// written without re-opening marks).
fn continues(all: &[Vec<Mark>], paragraphs: &[Span], next: usize) -> bool {
    for j in next..paragraphs.len().min(next + 4) {
        match all[j].first() {
            Some(m) if m.at == paragraphs[j][0] => return j == next && m.dir != Dir::Close,
            Some(m) => return m.dir == Dir::Close,
            None => continue,
        }
    }
    false
}

fn trim_end(src: &str, from: usize, to: usize) -> usize {
    from + src[from..to].trim_end().len()
}

fn push_part(src: &str, q: &mut Quote, from: usize, to: usize) {
    let s = &src[from..to];
    let lead = s.len() - s.trim_start().len();
    let end = trim_end(src, from, to);
    if from + lead < end {
        q.parts.push([from + lead, end]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(src: &str, paras: &[Span]) -> Vec<Vec<String>> {
        quotations(src, paras)
            .iter()
            .map(|q| {
                q.parts
                    .iter()
                    .map(|p| src[p[0]..p[1]].to_string())
                    .collect()
            })
            .collect()
    }

    fn paras(src: &str) -> Vec<Span> {
        let mut out = Vec::new();
        let mut pos = 0;
        for line in src.split('\n') {
            if !line.is_empty() {
                out.push([pos, pos + line.len()]);
            }
            pos += line.len() + 1;
        }
        out
    }

    #[test]
    fn straight_and_curly_quotes_in_one_paragraph() {
        let s = "\"We are ready,\" he said. “So are we,” she said.";
        assert_eq!(
            texts(s, &paras(s)),
            [vec!["We are ready,"], vec!["So are we,"]]
        );
    }

    #[test]
    fn quotation_continues_into_a_paragraph_that_reopens_it() {
        let s = "\"First part.\n\"Second part,\" he said.";
        let q = quotations(s, &paras(s));
        assert_eq!(q.len(), 1);
        assert_eq!(texts(s, &paras(s)), [vec!["First part.", "Second part,"]]);
        assert!(q[0].closed);
    }

    #[test]
    fn quotation_continues_without_an_opening_mark() {
        let s = "He said: \"First part.\nSecond part,\" he added.";
        assert_eq!(texts(s, &paras(s)), [vec!["First part.", "Second part,"]]);
    }

    #[test]
    fn quotation_runs_through_paragraphs_without_marks_to_its_close() {
        let s = "She said: \"One.\nTwo.\nThree,\" she added.";
        assert_eq!(texts(s, &paras(s)), [vec!["One.", "Two.", "Three,"]]);
    }

    #[test]
    fn unclosed_quotation_ends_with_its_paragraph() {
        let s = "He said: \"Never closed.\nA new paragraph of narration.";
        let q = quotations(s, &paras(s));
        assert_eq!(q.len(), 1);
        assert!(!q[0].closed);
        assert_eq!(texts(s, &paras(s)), [vec!["Never closed."]]);
    }

    #[test]
    fn nested_single_quotes_stay_inside() {
        let s = "\"The so-called 'reset' failed,\" he said.";
        assert_eq!(texts(s, &paras(s)), [vec!["The so-called 'reset' failed,"]]);
    }

    #[test]
    fn guillemets_are_quotation_marks() {
        let s = "Il a dit «non» hier.";
        assert_eq!(texts(s, &paras(s)), [vec!["non"]]);
    }

    #[test]
    fn a_million_quotation_marks_stay_linear_and_balanced() {
        let s = "\"".repeat(100_000);
        let q = quotations(&s, &[[0, s.len()]]);
        assert!(q.len() <= 50_000);
    }
}
