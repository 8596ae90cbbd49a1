//! Finding reporting cues in a sentence: verbs ("said", "warned"), phrases
//! ("pointed out", "according to"), participles ("adding that") — and
//! telling them from look-alikes ("is said to be", "the said agreement").

use super::rules::*;
use super::{Cue, Reader};
use crate::calendar::contains;
use crate::token::TokKind;

impl<'a> Reader<'a> {
    pub(super) fn cues(&self, a: usize, b: usize) -> Vec<Cue> {
        let mut out = Vec::new();
        let mut k = a;
        while k < b {
            if self.quoted(k) || self.seg.tokens[k].kind != TokKind::Word {
                k += 1;
                continue;
            }
            let w = self.text(k);
            if w.eq_ignore_ascii_case("according") && self.is(k + 1, "to") {
                out.push(Cue {
                    start: k,
                    end: k + 2,
                    participle: false,
                    according: true,
                });
                k += 2;
                continue;
            }
            // "said that A, and that B": a second statement.
            let and_that =
                w.eq_ignore_ascii_case("and") && self.is(k + 1, "that") && !self.quoted(k + 1);
            if contains(PARTICIPLE_CUES, w) || and_that {
                out.push(Cue {
                    start: k,
                    end: k + 1,
                    participle: true,
                    according: false,
                });
                k += 1;
                continue;
            }
            if contains(CUE_VERBS, w) && !self.not_a_cue(k, a) {
                out.push(Cue {
                    start: k,
                    end: k + 1,
                    participle: false,
                    according: false,
                });
                k += 1;
                continue;
            }
            if let Some(end) = self.cue_phrase(k) {
                out.push(Cue {
                    start: k,
                    end,
                    participle: false,
                    according: false,
                });
                k = end;
                continue;
            }
            k += 1;
        }
        out
    }

    pub(super) fn cue_phrase(&self, k: usize) -> Option<usize> {
        let w = self.text(k).to_ascii_lowercase();
        CUE_PHRASES
            .iter()
            .filter(|(first, _)| *first == w)
            .find(|(_, rest)| rest.iter().enumerate().all(|(i, r)| self.is(k + 1 + i, r)))
            .map(|(_, rest)| k + 1 + rest.len())
    }

    /// "is said to be", "the said agreement", "was told to".
    pub(super) fn not_a_cue(&self, k: usize, a: usize) -> bool {
        if k > a && self.word_in(k - 1, NOT_CUE_AFTER) {
            return true;
        }
        // "claimed responsibility", "claimed victory": an act, not a report.
        if self.word_in(k, words!["claimed", "claims"])
            && self.word_in(
                k + 1,
                words![
                    "a",
                    "an",
                    "credit",
                    "her",
                    "his",
                    "its",
                    "responsibility",
                    "the",
                    "their",
                    "victory"
                ],
            )
        {
            return true;
        }
        // "added two more after the break", "added 3%": a quantity, not a report.
        if self.word_in(k, words!["add", "added", "adds"])
            && (self.word_in(k + 1, QUANTITY_WORDS)
                || self
                    .seg
                    .tokens
                    .get(k + 1)
                    .is_some_and(|t| t.kind == crate::token::TokKind::Number))
        {
            return true;
        }
        // "said to be", "told to leave"
        if self.is(k + 1, "to") && (self.is(k + 2, "be") || self.is(k + 2, "have")) {
            return true;
        }
        false
    }

    /// "had warned", "had earlier said": the verb at `cue` is past perfect.
    pub(super) fn is_perfect(&self, cue: usize, a: usize) -> bool {
        let mut k = cue;
        while k > a && k + 3 > cue {
            k -= 1;
            if self.is(k, "had") {
                return true;
            }
            if !self.word_in(k, SUBJECT_ADVERBS) && !self.is_time_word(k) {
                return false;
            }
        }
        false
    }
}
