//! The kinds of claim beyond the plain cue: "according to X", "…, adding
//! that …", a quote-only sentence continuing the last speaker.

use super::rules::*;
use super::{Content, Cue, Draft, Reader, Via};
use crate::mentions::{Mention, MentionKind, Pronoun};
use crate::model::Kind;
use crate::token::TokKind;

impl<'a> Reader<'a> {
    /// `according to X, …` and `…, according to X`; X may be a pronoun
    /// ("according to her") or a document of its author ("according to the
    /// preliminary report of the mission", "according to a statement
    /// published on the office's website").
    pub(super) fn according_claim(
        &self,
        si: usize,
        cue: Cue,
        a: usize,
        b: usize,
        covered: &[(usize, usize)],
    ) -> Option<Draft> {
        let (speaker, via, mut after) = if let Some(p) = [
            ("him", Pronoun::He),
            ("her", Pronoun::She),
            ("them", Pronoun::They),
        ]
        .iter()
        .find(|(w, _)| self.is(cue.end, w))
        .map(|&(_, p)| p)
        {
            (
                self.resolve_pronoun(p, cue.end, si)?,
                Via::Pronoun,
                cue.end + 1,
            )
        } else if let Some(m) = self
            .men
            .starting_at(cue.end)
            .or_else(|| self.document_author(cue.end, b))
        {
            let (speaker, via) = self.speaker_of(m, si)?;
            (speaker, via, m.toks.1)
        } else {
            // "According to the statement, …": the author of the statement
            // spoken of last.
            if !(self.is(cue.end, "the") && self.word_in(cue.end + 1, DOCUMENTS)) {
                return None;
            }
            let last = self.claims.last()?;
            if self.para(si).saturating_sub(self.para(last.sentence)) > 2 {
                return None;
            }
            (last.speaker, Via::Continuation, cue.end + 2)
        };
        // "according to the ministry's statement", "… (NIH) earlier in the
        // day, …", "… observer mission, …": on to the comma.
        if self
            .seg
            .tokens
            .get(after)
            .is_some_and(|t| t.is_possessive(self.src))
        {
            after += 2;
        }
        if cue.start == a {
            if let Some(c) = (after..b.min(after + 14))
                .take_while(|&x| !self.quoted(x))
                .find(|&x| self.punct(x) == Some(','))
            {
                after = c;
            }
        }
        // ", published on November 8," or ", who spoke on condition of
        // anonymity,": an aside before what was said.
        if self.punct(after) == Some(',')
            && self.seg.tokens.get(after + 1).is_some_and(|t| {
                t.kind == TokKind::Word
                    && (t.text(self.src).ends_with("ed") || self.word_in(after + 1, ASIDE_OPENERS))
            })
        {
            if let Some(c) = (after + 1..b.min(after + 14)).find(|&c| self.punct(c) == Some(',')) {
                after = c;
            }
        }
        let content = if self.punct(after) == Some(',') && cue.start == a {
            let end = self.clause_end(after + 1, b);
            (self.words(after + 1, end) >= 3).then(|| self.paraphrase(after + 1, end, 0.85))?
        } else if cue.start > a && self.punct(cue.start - 1) == Some(',') {
            let mut s = a;
            while s < cue.start - 1 && (self.word_in(s, CONNECTIVES) || self.punct(s) == Some(','))
            {
                s += 1;
            }
            // "…," Vidal said, according to a transcript: the source of a
            // statement already attributed is no speaker of its own.
            if covered.iter().any(|&(x, y)| x < cue.start && y > s) {
                return None;
            }
            (self.words(s, cue.start - 1) >= 3).then(|| self.paraphrase(s, cue.start - 1, 0.8))?
        } else {
            return None;
        };
        let hint = content.ranges.clone();
        Some(Draft {
            speaker,
            cue_tok: Some(cue.start),
            content,
            cue: "according to".into(),
            via,
            continues: None,
            ranges_hint: hint,
        })
    }

    /// The author of a document named after "according to": "the report of
    /// X", "a statement issued by X", "a statement published on X's website".
    pub(super) fn document_author(&self, from: usize, b: usize) -> Option<&'a Mention> {
        let mut k = from;
        if self.word_in(k, words!["a", "an", "the"]) {
            k += 1;
        }
        let start = k;
        while k < b
            && k - start < 3
            && !self.word_in(k, DOCUMENTS)
            && self.seg.tokens[k].kind == TokKind::Word
            && !self.quoted(k)
        {
            k += 1;
        }
        if !self.word_in(k, DOCUMENTS) {
            return None;
        }
        // The first person or organisation before the clause's comma.
        let end = (k + 1..b.min(k + 12))
            .find(|&j| self.punct(j).is_some_and(|c| c != '\'' && c != '’') || self.quoted(j))
            .unwrap_or(b.min(k + 12));
        self.men
            .within(k + 1, end)
            .iter()
            .find(|m| !matches!(m.kind, MentionKind::Pronoun(_)))
    }

    /// `…, adding that …`: a further statement by the speaker of the claim
    /// before it in the sentence (or by the sentence's subject).
    pub(super) fn participle_claim(
        &self,
        si: usize,
        cue: Cue,
        a: usize,
        b: usize,
        last_here: Option<usize>,
    ) -> Option<Draft> {
        // "…, with host Sarrhun's foreign minister saying the bloc was …"
        let after_with = |m: &Mention| {
            (1..=3).any(|d| {
                m.toks.0 >= a + d
                    && self.is(m.toks.0 - d, "with")
                    && (m.toks.0 - d + 1..m.toks.0)
                        .all(|x| self.seg.tokens[x].kind == TokKind::Word)
            })
        };
        if let Some(m) = self
            .men
            .ending_at(cue.start)
            .filter(|m| !self.is(cue.start, "and") && after_with(m))
        {
            let (speaker, via) = self.speaker_of(m, si)?;
            let k = self.skip_complements(cue.end, b, "");
            let end = self.clause_end(k, b);
            let from = if self.is(k, "that") { k + 1 } else { k };
            if self.words(from, end) < 3 {
                return None;
            }
            let content = self.paraphrase(from, end, 0.75);
            let hint = content.ranges.clone();
            return Some(Draft {
                speaker,
                cue_tok: Some(cue.start),
                content,
                cue: self.text(cue.start).to_string(),
                via,
                continues: None,
                ranges_hint: hint,
            });
        }
        // ", adding" or `," adding` (the comma inside a closing quotation).
        let comma_before = cue.start > a
            && (self.punct(cue.start - 1) == Some(',')
                || self.is(cue.start, "and")
                || (cue.start > a + 1
                    && self.quoted(cue.start - 1)
                    && self.punct(cue.start - 2) == Some(',')));
        if !comma_before {
            return None;
        }
        let (speaker, via, parent) = match last_here {
            Some(c) => (self.claims[c].speaker, Via::Continuation, Some(c)),
            None => {
                // "Berg spoke on Tuesday, saying that …": the sentence's subject.
                let m =
                    self.men.within(a, cue.start).iter().find(|m| {
                        m.entity.is_some() || matches!(m.kind, MentionKind::Pronoun(_))
                    })?;
                if m.toks.0 > a + 2 {
                    return None;
                }
                let (e, v) = self.speaker_of(m, si)?;
                (e, v, None)
            }
        };
        let mut k = cue.end;
        if self.is(k, "out") {
            k += 1; // "pointing out"
        }
        let k = self.skip_complements(k, b, "");
        let content = self.quote_after(k, b).or_else(|| {
            let mut j = k;
            if matches!(self.punct(j), Some(',' | ':')) {
                j += 1;
            }
            let from = if self.is(j, "that") {
                j + 1
            } else if self.word_in(cue.start, BARE_PARTICIPLES)
                && !self.is_object_only(j)
                && !self.word_in(j, words!["a", "an"])
            {
                j
            } else {
                return None;
            };
            let end = self.clause_end(from, b);
            (self.words(from, end) >= 3).then(|| self.paraphrase(from, end, 0.8))
        })?;
        let hint = content.ranges.clone();
        // "said that A, and that B": B was said too.
        let cue_text = match parent {
            Some(c) if self.is(cue.start, "and") => self.claims[c].cue.clone(),
            _ => self.text(cue.start).to_string(),
        };
        Some(Draft {
            speaker,
            cue_tok: Some(cue.start),
            content,
            cue: cue_text,
            via,
            continues: parent,
            ranges_hint: hint,
        })
    }

    /// A sentence that is only a quotation: the last speaker goes on.
    pub(super) fn continuation(&self, si: usize, a: usize, b: usize) -> Option<Draft> {
        let (idx, last) = self.claims.iter().enumerate().next_back()?;
        let gap = self.para(si).saturating_sub(self.para(last.sentence));
        if gap > 2 {
            return None;
        }
        let confidence = if gap <= 1 { 0.8 } else { 0.6 };
        let content = Content {
            kind: Kind::Direct,
            ranges: vec![(a, b)],
            confidence,
        };
        let hint = content.ranges.clone();
        Some(Draft {
            speaker: last.speaker,
            cue_tok: None,
            content,
            cue: String::new(),
            via: Via::Continuation,
            continues: Some(idx),
            ranges_hint: hint,
        })
    }
}
