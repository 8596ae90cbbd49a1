//! Stage 4, attribution: who said what.
//!
//! Takes the sentences, quotations and mentions, and gives claims: a speaker
//! (an entity), what they said (spans of the text, without the attribution
//! clause), the reporting cue, whether it was said directly (in quotation
//! marks), reported, or mixed, and the "frame" — the words of the sentence
//! around what was said, where the time and setting are written.
//!
//! The patterns it reads, in order of preference:
//! - `"…," X said [, "…"]` and `"…," said X` — a quotation before the cue;
//! - `X said[:] "…"` — a quotation after the cue and its complements;
//! - `X said [on Tuesday] [at …] that …` and `X said the …` — reported speech;
//! - `…, X said [on Tuesday]` — reported speech before the cue;
//! - `according to X, …` and `…, according to X`;
//! - `…, adding that …` — a further statement by the same speaker;
//! - a sentence that is only a quotation continues the last speaker.
//!
//! Pronouns ("he", "they") are resolved here, because the answer depends on
//! who spoke last. Passive and adjectival uses ("is said to be", "the said
//! agreement") are not cues; a cue without a speaker gives nothing.

mod claims;
mod content;
mod cues;
mod rules;
mod speaker;

use crate::calendar::contains;
use crate::mentions::{Gender, MentionKind, Mentions};
use crate::model::{Kind, Span};
use crate::sentences::{Segmented, NO_QUOTE};
use crate::token::TokKind;
use crate::words::Words;
use rules::*;

/// How the speaker of a claim was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Via {
    /// A name or organisation next to the cue.
    Name,
    /// A role description ("the ambassador").
    Role,
    Pronoun,
    /// Carried over from the previous statement.
    Continuation,
}

/// One thing a speaker said, as read from the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// Index into the mention stage's entities.
    pub speaker: usize,
    pub kind: Kind,
    /// What was said, in pieces (one per quotation part or clause).
    pub parts: Vec<Span>,
    /// The reporting verb or phrase as written; empty for continuations.
    pub cue: String,
    /// The sentence the claim was read from.
    pub sentence: usize,
    /// Token ranges of the sentence outside what was said.
    pub frame: Vec<(usize, usize)>,
    /// The claim this one carries on ("adding that", a quote-only paragraph).
    pub continues: Option<usize>,
    /// The token of the reporting cue, if there is one.
    pub cue_tok: Option<usize>,
    /// Told in the past perfect ("had warned"): a look back from the story.
    pub perfect: bool,
    /// Other entities the sentence mentions ("the Dalmarian president's
    /// remarks"): what the statement may be a reaction to.
    pub mentioned: Vec<usize>,
    pub via: Via,
    pub confidence: f32,
}

/// A reporting cue in a sentence.
#[derive(Clone, Copy, Debug)]
struct Cue {
    start: usize,
    end: usize,
    participle: bool,
    according: bool,
}

/// What was said and how.
#[derive(Clone, Debug)]
struct Content {
    kind: Kind,
    /// Token ranges of what was said.
    ranges: Vec<(usize, usize)>,
    confidence: f32,
}

struct Reader<'a> {
    src: &'a str,
    seg: &'a Segmented,
    men: &'a Mentions,
    claims: Vec<Claim>,
    /// Genders learnt from pronouns.
    gender: Vec<Gender>,
}

/// Runs the stage.
pub fn attribute(src: &str, seg: &Segmented, men: &Mentions) -> Vec<Claim> {
    let mut a = Attributor::default();
    while !a.advance(src, seg, men, usize::MAX) {}
    a.claims
}

/// The stage run a piece at a time, for [`crate::Analyzer`]: the claims
/// of the sentences read so far, and where to go on.
#[derive(Default)]
pub struct Attributor {
    claims: Vec<Claim>,
    gender: Vec<Gender>,
    /// The next sentence to read.
    next: usize,
}

impl Attributor {
    /// Reads sentences until about `budget` tokens are read or the text
    /// ends; true once it has ended.
    pub fn advance(&mut self, src: &str, seg: &Segmented, men: &Mentions, budget: usize) -> bool {
        if self.next == 0 {
            self.gender = men.entities.iter().map(|e| e.gender).collect();
        }
        let mut r = Reader {
            src,
            seg,
            men,
            claims: std::mem::take(&mut self.claims),
            gender: std::mem::take(&mut self.gender),
        };
        let mut spent = 0usize;
        while let Some(s) = seg.sentences.get(self.next).filter(|_| spent < budget) {
            r.sentence(self.next);
            spent += s.toks.1 - s.toks.0 + 1;
            self.next += 1;
        }
        self.claims = r.claims;
        self.gender = r.gender;
        self.next >= seg.sentences.len()
    }

    /// The claims, once every sentence is read.
    pub fn finish(self) -> Vec<Claim> {
        self.claims
    }
}

impl<'a> Reader<'a> {
    fn text(&self, k: usize) -> &'a str {
        self.seg.tokens[k].text(self.src)
    }

    fn word_in(&self, k: usize, list: Words) -> bool {
        self.seg
            .tokens
            .get(k)
            .is_some_and(|t| t.kind == TokKind::Word && contains(list, t.text(self.src)))
    }

    fn is(&self, k: usize, w: &str) -> bool {
        self.seg.tokens.get(k).is_some_and(|t| t.is(self.src, w))
    }

    fn punct(&self, k: usize) -> Option<char> {
        self.seg.tokens.get(k).and_then(|t| t.punct(self.src))
    }

    fn quoted(&self, k: usize) -> bool {
        self.seg.quote_of.get(k).is_some_and(|&q| q != NO_QUOTE)
    }

    fn para(&self, si: usize) -> usize {
        self.seg.sentences[si].para
    }

    /// Word tokens in `[a, b)`.
    fn words(&self, a: usize, b: usize) -> usize {
        (a..b)
            .filter(|&k| self.seg.tokens[k].kind != TokKind::Punct)
            .count()
    }

    // ----- cues ----------------------------------------------------------------

    // ----- one sentence --------------------------------------------------------

    fn sentence(&mut self, si: usize) {
        let s = &self.seg.sentences[si];
        let (a, b) = s.toks;
        let cues = self.cues(a, b);
        let mut covered: Vec<(usize, usize)> = Vec::new();
        let mut last_here: Option<usize> = None;
        for cue in cues {
            if let Some(&(x, _)) = covered
                .iter()
                .find(|&&(x, y)| x <= cue.start && cue.start < y)
            {
                // "the ministry said Brenn told Vosk that …": a statement
                // reported inside another is its own speaker's too.
                let nested = !cue.participle
                    && !cue.according
                    && self
                        .subject_before(cue.start, x, &[])
                        .is_some_and(|m| m.toks.0 == x);
                if !nested {
                    continue;
                }
                if let Some(c) = self.cue_claim(si, cue, x, b, &[], None) {
                    self.push(si, c);
                }
                continue;
            }
            if cue.participle {
                if let Some(c) = self.participle_claim(si, cue, a, b, last_here) {
                    covered.extend(c.ranges_hint.iter().copied());
                    last_here = Some(self.push(si, c));
                }
                continue;
            }
            if let Some(c) = self.cue_claim(si, cue, a, b, &covered, last_here) {
                covered.extend(c.ranges_hint.iter().copied());
                last_here = Some(self.push(si, c));
            }
        }
        if last_here.is_none() && self.quote_only(a, b) {
            if let Some(c) = self.continuation(si, a, b) {
                self.push(si, c);
            }
        }
        // Each claim's frame leaves out what every claim of the sentence said.
        let first = self
            .claims
            .iter()
            .rposition(|c| c.sentence != si)
            .map_or(0, |i| i + 1);
        if self.claims.len() > first + 1 {
            covered.sort_unstable();
            for c in &mut self.claims[first..] {
                let (lo, hi) = window(a, b, c.cue_tok, &c.frame);
                let from = covered.partition_point(|r| r.1 <= lo);
                let to = covered.partition_point(|r| r.0 < hi);
                c.frame = complement(lo, hi, &covered[from..to.max(from)]);
            }
        }
    }

    fn push(&mut self, si: usize, d: Draft) -> usize {
        let (a, b) = self.seg.sentences[si].toks;
        let mut parts: Vec<Span> = Vec::new();
        for &(x, y) in &d.content.ranges {
            parts.extend(self.spans_of(x, y));
        }
        // Frame: the sentence minus what was said, near the cue.
        let mut ranges = d.content.ranges.clone();
        ranges.sort_unstable();
        let (lo, hi) = window(a, b, d.cue_tok, &ranges);
        let frame = complement(lo, hi, &ranges);
        if d.via == Via::Pronoun {
            // Nothing to learn when the pronoun was already compatible.
        }
        // "Vlad said her client would appeal": the speaker's gender, if unknown.
        if d.via != Via::Continuation && self.gender[d.speaker] == Gender::Unknown {
            if let Some(&(x, _)) = d.content.ranges.first() {
                let mut f = x;
                while f < b && self.seg.tokens[f].kind == TokKind::Punct {
                    f += 1;
                }
                if self.word_in(f, words!["he", "him", "his"]) {
                    self.gender[d.speaker] = Gender::Male;
                } else if self.word_in(f, words!["her", "she"]) {
                    self.gender[d.speaker] = Gender::Female;
                }
            }
        }
        self.claims.push(Claim {
            speaker: d.speaker,
            kind: d.content.kind,
            parts,
            cue: d.cue,
            sentence: si,
            frame,
            continues: d.continues,
            cue_tok: d.cue_tok,
            perfect: d.cue_tok.is_some_and(|c| self.is_perfect(c, a)),
            mentioned: {
                // Each entity once per run of its mentions.
                let mut v: Vec<usize> = Vec::new();
                for m in self.men.within(lo, hi) {
                    if matches!(m.kind, MentionKind::Pronoun(_)) {
                        continue;
                    }
                    if let Some(e) = m.entity.filter(|&e| e != d.speaker) {
                        if v.last() != Some(&e) {
                            v.push(e);
                        }
                    }
                }
                v
            },
            via: d.via,
            confidence: d.content.confidence,
        });
        self.claims.len() - 1
    }

    /// The text spans of tokens `[x, y)`: quotation parts lose their marks,
    /// and a range crossing paragraphs is cut at each break.
    fn spans_of(&self, x: usize, y: usize) -> Vec<Span> {
        let toks = &self.seg.tokens;
        let mut x = x;
        let mut y = y;
        // Drop opening/closing marks and trailing punctuation at the edges.
        while x < y && self.edge_punct(x, true) {
            x += 1;
        }
        while y > x && self.edge_punct(y - 1, false) {
            y -= 1;
        }
        if x >= y {
            return Vec::new();
        }
        let mut out = Vec::new();
        let mut start = x;
        for k in x + 1..y {
            if self.seg.para_of[k] != self.seg.para_of[k - 1] {
                let mut e = k;
                while e > start && self.edge_punct(e - 1, false) && self.punct(e - 1) != Some('.') {
                    e -= 1;
                }
                if e > start {
                    out.push([toks[start].start, toks[e - 1].end]);
                }
                start = k;
                while start < y && self.edge_punct(start, true) {
                    start += 1;
                }
            }
        }
        if start < y {
            out.push([toks[start].start, toks[y - 1].end]);
        }
        out
    }

    fn edge_punct(&self, k: usize, leading: bool) -> bool {
        match self.punct(k) {
            Some(c) if crate::sentences::quotes::is_double_mark(c) => true,
            Some(',' | ';' | ':' | '—' | '–' | '-') => true,
            Some('.') => !leading,
            _ => false,
        }
    }

    /// Every word of `[a, b)` is inside quotation marks.
    fn quote_only(&self, a: usize, b: usize) -> bool {
        let mut any = false;
        for k in a..b {
            if self.seg.tokens[k].kind != TokKind::Punct {
                if !self.quoted(k) {
                    return false;
                }
                any = true;
            }
        }
        any
    }

    // ----- speakers ------------------------------------------------------------

    // ----- claims --------------------------------------------------------------

    fn cue_claim(
        &self,
        si: usize,
        cue: Cue,
        a: usize,
        b: usize,
        covered: &[(usize, usize)],
        last_here: Option<usize>,
    ) -> Option<Draft> {
        if cue.according {
            return self.according_claim(si, cue, a, b, covered);
        }
        let cue_text = self.src[self.seg.tokens[cue.start].start..self.seg.tokens[cue.end - 1].end]
            .to_string();
        let (speaker, via, subject_start, after) =
            self.find_speaker(si, cue, a, covered, last_here)?;
        let k = self.skip_complements(after, b, self.text(cue.start));
        let content = if contains(CHARACTERISING_VERBS, self.text(cue.start)) {
            // "welcomed the ruling as "…"", "described the verdict as "…"".
            self.characterisation(cue.end, b)
        } else {
            self.quote_before(subject_start, a, k, b)
                .or_else(|| self.quote_after(k, b))
                .or_else(|| self.clause_after(k, b, &cue_text))
                .or_else(|| self.parenthetical(subject_start, a, k, b))
                .or_else(|| self.clause_before(subject_start, a, k, b))
        }?;
        let mut confidence = content.confidence;
        confidence *= match via {
            Via::Name => 1.0,
            Via::Role => 0.93,
            Via::Pronoun => 0.85,
            Via::Continuation => 0.75,
        };
        if !self.men.entities[speaker].named {
            confidence *= 0.9;
        }
        let hint = content.ranges.clone();
        Some(Draft {
            speaker,
            cue_tok: Some(cue.start),
            content: Content {
                confidence,
                ..content
            },
            cue: cue_text,
            via,
            continues: None,
            ranges_hint: hint,
        })
    }
}

/// The parts of `[a, b)` outside the sorted `ranges`.
/// How far from its cue a claim's frame reaches, in tokens: far enough for
/// any attribution ("On Tuesday, speaking at … to …, Berg said"), short
/// enough that a sentence of a thousand attributions stays linear.
const FRAME_REACH: usize = 60;

/// The part of sentence `[a, b)` a claim's frame may take: around its cue,
/// or around its content (`ranges`) when it has none.
fn window(a: usize, b: usize, cue: Option<usize>, ranges: &[(usize, usize)]) -> (usize, usize) {
    let (x, y) = match cue {
        Some(c) => (c, c + 1),
        None => (
            ranges.first().map_or(a, |r| r.0),
            ranges.last().map_or(b, |r| r.1),
        ),
    };
    (
        a.max(x.saturating_sub(FRAME_REACH)),
        b.min(y.saturating_add(FRAME_REACH)).max(a),
    )
}

fn complement(a: usize, b: usize, ranges: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut k = a;
    for &(x, y) in ranges {
        if k < x {
            out.push((k, x));
        }
        k = k.max(y);
    }
    if k < b {
        out.push((k, b));
    }
    out
}

/// A claim before it is placed.
struct Draft {
    speaker: usize,
    cue_tok: Option<usize>,
    content: Content,
    cue: String,
    via: Via,
    continues: Option<usize>,
    ranges_hint: Vec<(usize, usize)>,
}

#[cfg(test)]
mod tests;
