//! Stage 2, sentences and quotations: the units attribution reads.
//!
//! Takes the body paragraphs and gives the tokens of the body, the
//! quotation spans (see [`quotes`]) and the sentences. A sentence never ends
//! inside a quotation: a quote of several sentences, even one running over
//! several paragraphs, belongs whole to the sentence that attributes it.
//! Abbreviations ("Mr.", "Gen.", "Dec.") and initials do not end sentences.
//!
//! Why a stage of its own: every later stage asks "is this word quoted?" and
//! "where does this sentence end?", and both answers depend on the same
//! reading of quotation marks.

pub mod quotes;

use crate::calendar;
use crate::model::Span;
use crate::token::{tokenize, Token};
use crate::words::Words;
pub use quotes::Quote;

/// Marks a token that is outside every quotation.
pub const NO_QUOTE: u32 = u32::MAX;

/// A sentence: its span and its tokens.
#[derive(Clone, Debug, PartialEq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    /// Index of the paragraph it starts in.
    pub para: usize,
    /// Its tokens: `tokens[toks.0..toks.1]`.
    pub toks: (usize, usize),
}

/// What the stage gives.
#[derive(Clone, Debug, Default)]
pub struct Segmented {
    pub paragraphs: Vec<Span>,
    pub quotes: Vec<Quote>,
    pub tokens: Vec<Token>,
    /// For each token, the quotation it is in (marks included), or [`NO_QUOTE`].
    pub quote_of: Vec<u32>,
    /// For each token, its paragraph.
    pub para_of: Vec<u32>,
    pub sentences: Vec<Sentence>,
}

impl Segmented {
    pub fn in_quote(&self, tok: usize) -> bool {
        self.quote_of[tok] != NO_QUOTE
    }
}

/// Words that end in a period without ending the sentence.
pub const ABBREVIATIONS: Words = words![
    "adm", "apr", "aug", "capt", "cmdr", "co", "col", "corp", "cpl", "dec", "dept", "dr", "e.g",
    "esq", "etc", "feb", "fig", "gen", "gov", "hon", "i.e", "inc", "jan", "jr", "jul", "jun", "lt",
    "ltd", "maj", "mar", "messrs", "mr", "mrs", "ms", "mt", "nov", "oct", "pres", "prof", "rep",
    "rev", "sen", "sep", "sept", "sgt", "sr", "st", "supt", "vs",
];

/// Runs the stage.
pub fn segment(src: &str, paragraphs: Vec<Span>) -> Segmented {
    let mut s = Segmenter::new(paragraphs);
    while !s.advance(src, usize::MAX) {}
    s.finish()
}

/// The stage run a piece at a time, for [`crate::Analyzer`]: quotations
/// first, then tokens paragraph by paragraph, then sentences.
pub struct Segmenter {
    seg: Segmented,
    /// The quotation marks of the paragraphs read so far (one list each),
    /// until the quotations are found.
    marks: Vec<Vec<quotes::Mark>>,
    quotes_found: bool,
    /// The next paragraph to tokenize.
    next_para: usize,
    /// The next token to look at for a sentence end, and the first token
    /// of the sentence it is in.
    next_tok: usize,
    first: usize,
}

impl Segmenter {
    /// Gets ready to segment `paragraphs`.
    pub fn new(paragraphs: Vec<Span>) -> Segmenter {
        Segmenter {
            seg: Segmented {
                paragraphs,
                quotes: Vec::new(),
                tokens: Vec::new(),
                quote_of: Vec::new(),
                para_of: Vec::new(),
                sentences: Vec::new(),
            },
            marks: Vec::new(),
            quotes_found: false,
            next_para: 0,
            next_tok: 0,
            first: 0,
        }
    }

    /// Reads on until about `budget` bytes or tokens are done or the text
    /// is segmented; true once it is.
    pub fn advance(&mut self, src: &str, budget: usize) -> bool {
        let seg = &mut self.seg;
        let mut spent = 0usize;
        if !self.quotes_found {
            // The marks a piece at a time; the quotations from them at once.
            while let Some(&p) = seg.paragraphs.get(self.marks.len()) {
                if spent >= budget {
                    return false;
                }
                self.marks.push(quotes::marks(src, p));
                spent += (p[1] - p[0]) / 8 + 1;
            }
            seg.quotes = quotes::from_marks(src, &seg.paragraphs, &self.marks);
            self.marks = Vec::new();
            self.quotes_found = true;
            return false;
        }
        while let Some(p) = seg.paragraphs.get(self.next_para) {
            if spent >= budget {
                return false;
            }
            tokenize(src, p[0], p[1], &mut seg.tokens);
            seg.para_of.resize(seg.tokens.len(), self.next_para as u32);
            spent += (p[1] - p[0]) / 8 + 1;
            self.next_para += 1;
        }
        if seg.quote_of.is_empty() && !seg.tokens.is_empty() {
            // Quotation membership: quotes are in text order and do not overlap.
            seg.quote_of = vec![NO_QUOTE; seg.tokens.len()];
            let mut qi = 0;
            for (ti, t) in seg.tokens.iter().enumerate() {
                while qi < seg.quotes.len() && seg.quotes[qi].end <= t.start {
                    qi += 1;
                }
                if let Some(q) = seg.quotes.get(qi) {
                    if q.start <= t.start && t.end <= q.end {
                        seg.quote_of[ti] = qi as u32;
                    }
                }
            }
            return false;
        }
        let n = seg.tokens.len();
        let stop = self
            .next_tok
            .saturating_add(budget.saturating_sub(spent))
            .min(n);
        for k in self.next_tok..stop {
            let last = k + 1 == n;
            if last
                || ends_sentence_after(
                    src,
                    &seg.tokens,
                    &seg.quote_of,
                    &seg.para_of,
                    &seg.quotes,
                    k,
                )
            {
                seg.sentences.push(Sentence {
                    start: seg.tokens[self.first].start,
                    end: seg.tokens[k].end,
                    para: seg.para_of[self.first] as usize,
                    toks: (self.first, k + 1),
                });
                self.first = k + 1;
            }
        }
        self.next_tok = stop;
        stop >= n
    }

    /// What the stage gives, once the text is segmented.
    pub fn finish(self) -> Segmented {
        self.seg
    }
}

/// Whether a sentence ends after token `k` (and before token `k + 1`).
fn ends_sentence_after(
    src: &str,
    tokens: &[Token],
    quote_of: &[u32],
    para_of: &[u32],
    quotes: &[Quote],
    k: usize,
) -> bool {
    let (t, n) = (tokens[k], tokens[k + 1]);
    if para_of[k] != para_of[k + 1] {
        // Only a quotation running over the paragraph break holds the sentence open.
        return !(quote_of[k] != NO_QUOTE && quote_of[k] == quote_of[k + 1]);
    }
    let next_starts = n.is_capitalized(src)
        || n.kind == crate::token::TokKind::Number
        || n.punct(src)
            .is_some_and(|c| quotes::is_double_mark(c) || c == '(');
    if !next_starts {
        return false;
    }
    match t.punct(src) {
        Some('.' | '!' | '?' | '…') if quote_of[k] == NO_QUOTE => {
            !is_abbreviation(src, tokens, k)
        }
        Some(c)
            if quotes::is_double_mark(c)
                && quote_of[k] != NO_QUOTE
                && quote_of[k + 1] != quote_of[k] =>
        {
            // A quotation closing a sentence of its own: `"… ." Next` or `"…?" "…"`.
            let q = &quotes[quote_of[k] as usize];
            let inner_end = q.parts.last().map_or("", |p| &src[p[0]..p[1]]);
            let opens_quote = n.punct(src).is_some_and(quotes::is_double_mark);
            inner_end.ends_with('.') || (opens_quote && inner_end.ends_with(['!', '?']))
        }
        _ => false,
    }
}

fn is_abbreviation(src: &str, tokens: &[Token], k: usize) -> bool {
    if tokens[k].punct(src) != Some('.') || k == 0 {
        return false;
    }
    let prev = tokens[k - 1];
    if prev.end != tokens[k].start || !prev.is_word() {
        return false;
    }
    let w = prev.text(src);
    // An initial ("J. Smith") or a listed abbreviation. A month abbreviation
    // followed by a day number is a date, not a sentence end.
    (w.chars().count() == 1 && w.chars().all(crate::text::is_upper))
        || calendar::contains(ABBREVIATIONS, w)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(src: &str, paras: Vec<Span>) -> Vec<String> {
        let s = segment(src, paras);
        s.sentences
            .iter()
            .map(|x| src[x.start..x.end].to_string())
            .collect()
    }

    #[test]
    fn splits_at_periods_but_not_after_abbreviations() {
        let s = "Mr. Berg arrived on Dec. 3 in the U.S. capital. He spoke. Then Gen. Ost left.";
        assert_eq!(
            sentences(s, vec![[0, s.len()]]),
            [
                "Mr. Berg arrived on Dec. 3 in the U.S. capital.",
                "He spoke.",
                "Then Gen. Ost left."
            ]
        );
    }

    #[test]
    fn a_quotation_of_several_sentences_stays_in_one_sentence() {
        let s = "\"We came. We saw. We left,\" Berg said. Ost agreed.";
        assert_eq!(
            sentences(s, vec![[0, s.len()]]),
            ["\"We came. We saw. We left,\" Berg said.", "Ost agreed."]
        );
    }

    #[test]
    fn a_quotation_over_two_paragraphs_makes_one_sentence() {
        let s = "\"First part.\n\"Second part,\" he said.";
        let paras = vec![[0, 12], [13, s.len()]];
        assert_eq!(sentences(s, paras), [s.to_string()]);
    }

    #[test]
    fn a_closing_quotation_ends_a_sentence_when_its_words_did() {
        let s = "He spoke. \"We will win.\" The crowd cheered.";
        assert_eq!(
            sentences(s, vec![[0, s.len()]]),
            ["He spoke.", "\"We will win.\"", "The crowd cheered."]
        );
    }

    #[test]
    fn tokens_know_their_quotation() {
        let s = "He said \"yes\" twice.";
        let seg = segment(s, vec![[0, s.len()]]);
        let quoted: Vec<&str> = (0..seg.tokens.len())
            .filter(|&k| seg.in_quote(k))
            .map(|k| seg.tokens[k].text(s))
            .collect();
        assert_eq!(quoted, ["\"", "yes", "\""]);
    }
}
