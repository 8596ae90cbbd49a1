//! Who speaks through a cue: the subject before it (past asides and
//! prepositional phrases), the name after it ("said Denisov"), the author of
//! "the statement", the subject of a coordinated verb; and pronouns resolved
//! by salience.

use super::rules::*;
use super::{Cue, Reader, Via};
use crate::calendar::{self, contains};
use crate::mentions::{Gender, Mention, MentionKind, Pronoun};
use crate::model::SpeakerKind;
use crate::token::TokKind;
use crate::words::Words;

impl<'a> Reader<'a> {
    /// The speaker named just before the cue: "Denisov said", "the ministry
    /// also said", "Putin, while speaking at …, said".
    pub(super) fn subject_before(
        &self,
        cue_start: usize,
        a: usize,
        covered: &[(usize, usize)],
    ) -> Option<&'a Mention> {
        let mut k = cue_start;
        let mut steps = 0;
        while k > a && steps < 16 {
            steps += 1;
            if let Some(m) = self.men.ending_at(k) {
                if m.toks.0 >= a && !covered.iter().any(|&(x, y)| x <= m.toks.0 && m.toks.0 < y) {
                    return Some(self.head_of_prepositional_chain(m, a));
                }
                return None;
            }
            let t = k - 1;
            if self.quoted(t) {
                return None;
            }
            // "… talks with Prime Minister Ilja Vorn, who said": the one
            // the relative clause is about.
            if k == cue_start && t > a + 1 && self.is(t, "who") && self.punct(t - 1) == Some(',') {
                return self
                    .men
                    .ending_at(t - 1)
                    .filter(|m| m.toks.0 >= a && !matches!(m.kind, MentionKind::Pronoun(_)));
            }
            let w = self.text(t);
            let tok = self.seg.tokens[t];
            if tok.kind == TokKind::Word && (contains(SUBJECT_ADVERBS, w) || self.is_time_word(t)) {
                k = t;
                continue;
            }
            if tok.kind == TokKind::Number || (self.is(t, "on") && k < cue_start) {
                k = t;
                continue;
            }
            // "A senior diplomat from one of the bloc's western members told":
            // a noun phrase, then a prepositional phrase ending in common words.
            if tok.kind == TokKind::Word && !self.seg.tokens[t].is_capitalized(self.src) {
                return self.subject_before_phrase(k, a);
            }
            // An aside between dashes: "Lea Morel -- no relation to the
            // spokeswoman -- had told".
            if self.is_dash(t) {
                let close = (a..t).rev().take(24).find(|&p| !self.is_dash(p))?;
                let open = (a..close).rev().take(24).find(|&p| self.is_dash(p))?;
                let before = (a..open).rev().find(|&p| !self.is_dash(p))?;
                return self
                    .men
                    .ending_at(before + 1)
                    .filter(|m| m.toks.0 >= a && !matches!(m.kind, MentionKind::Pronoun(_)));
            }
            if self.punct(t) == Some(',') {
                // An aside between commas: "Putin, while speaking at …, said".
                let p = (a..t)
                    .rev()
                    .take(30)
                    .find(|&p| self.punct(p) == Some(',') && !self.quoted(p));
                // "Elira Doss, who leads the SPU, said": a mention that takes
                // in its relative clause, commas and all.
                if let Some(m) = self.men.ending_at(t).filter(|m| {
                    p.is_some_and(|p| m.toks.0 < p)
                        && m.toks.0 >= a
                        && !matches!(m.kind, MentionKind::Pronoun(_))
                }) {
                    return Some(m);
                }
                if let Some(p) = p.filter(|&p| p + 1 < t && self.word_in(p + 1, ASIDE_OPENERS)) {
                    k = p;
                    continue;
                }
                // The comma closing an apposition: "…, Andrey Denisov, said".
                if let Some(m) = self.men.ending_at(t) {
                    if m.toks.0 >= a && !matches!(m.kind, MentionKind::Pronoun(_)) {
                        return Some(m);
                    }
                }
                return None;
            }
            return None;
        }
        None
    }

    /// Whether token `k` is a dash ("—", "–", or one of the hyphens of "--").
    fn is_dash(&self, k: usize) -> bool {
        matches!(self.punct(k), Some('—' | '–' | '-'))
    }

    /// The head of "NP PREP …" ending just before token `k`, when the words
    /// in between are a plain prepositional phrase.
    pub(super) fn subject_before_phrase(&self, k: usize, a: usize) -> Option<&'a Mention> {
        const PREPOSITIONS: Words = words!["at", "from", "in", "inside", "of", "outside", "with"];
        let mut j = k;
        while j > a
            && j + 12 > k
            && self.seg.tokens[j - 1].kind != TokKind::Punct
            && !self.quoted(j - 1)
        {
            j -= 1;
            if let Some(m) = self.men.ending_at(j) {
                if m.toks.0 >= a
                    && self.word_in(j, PREPOSITIONS)
                    && !matches!(m.kind, MentionKind::Pronoun(_))
                {
                    return Some(m);
                }
            }
        }
        None
    }

    /// A mention that is the object of a preposition ("Officials at a
    /// briefing in the provincial capital Sarel on Friday said") is not the
    /// subject: the noun phrase the prepositions hang from is.
    pub(super) fn head_of_prepositional_chain(&self, m: &'a Mention, a: usize) -> &'a Mention {
        const PREPOSITIONS: Words =
            words!["at", "from", "in", "inside", "near", "of", "on", "outside", "with"];
        let mut p = m.toks.0;
        let mut steps = 0;
        while p > a
            && steps < 4
            && self.seg.tokens[p - 1].kind == TokKind::Word
            && !self.quoted(p - 1)
            && !self.word_in(p - 1, PREPOSITIONS)
        {
            p -= 1;
            steps += 1;
        }
        if p == a || !self.word_in(p - 1, PREPOSITIONS) {
            return m;
        }
        let mut j = p - 1;
        while j > a
            && j + 14 > m.toks.0
            && !self.quoted(j - 1)
            && self.seg.tokens[j - 1].kind != TokKind::Punct
        {
            j -= 1;
        }
        match self.men.within(j, p - 1).first() {
            Some(head) if !matches!(head.kind, MentionKind::Pronoun(_)) && head.toks.1 <= p => head,
            _ => m,
        }
    }

    pub(super) fn is_time_word(&self, k: usize) -> bool {
        let w = self.text(k);
        if calendar::year_number(w).is_some() {
            return true;
        }
        contains(TIME_WORDS, w)
            || calendar::weekday(w).is_some()
            || (calendar::month(w).is_some() && self.seg.tokens[k].is_capitalized(self.src))
    }

    /// The entity a subject mention stands for, and how it was found.
    pub(super) fn speaker_of(&self, m: &Mention, si: usize) -> Option<(usize, Via)> {
        match m.kind {
            MentionKind::Pronoun(p) => self
                .resolve_pronoun(p, m.toks.0, si)
                .map(|e| (e, Via::Pronoun)),
            MentionKind::Role => {
                let e = m.entity?;
                // "the diplomat", "the 58-year-old politician" that fits nobody
                // named: the person speaking now.
                let bare =
                    self.is(m.toks.0, "the") && self.men.entities[e].is_generic_description();
                if bare && !self.men.entities[e].named && !self.men.entities[e].plural {
                    if let Some(last) = self.claims.last() {
                        let near = self.para(si).saturating_sub(self.para(last.sentence)) <= 1;
                        let person = self.men.entities[last.speaker].kind == SpeakerKind::Person;
                        if near && person {
                            return Some((last.speaker, Via::Role));
                        }
                    }
                }
                Some((e, Via::Role))
            }
            _ => m.entity.map(|e| (e, Via::Name)),
        }
    }

    pub(super) fn resolve_pronoun(&self, p: Pronoun, at: usize, si: usize) -> Option<usize> {
        let ents = &self.men.entities;
        let fits = |e: usize| -> bool {
            let ent = &ents[e];
            match p {
                Pronoun::He | Pronoun::She => {
                    let want = if p == Pronoun::He {
                        Gender::Male
                    } else {
                        Gender::Female
                    };
                    ent.kind == SpeakerKind::Person
                        && !ent.plural
                        && (self.gender[e] == Gender::Unknown || self.gender[e] == want)
                }
                Pronoun::They => ent.plural || ent.kind == SpeakerKind::Organization,
                Pronoun::It => ent.kind == SpeakerKind::Organization && !ent.plural,
            }
        };
        // The subject of an earlier sentence of this paragraph, when no one
        // has spoken since: "Demsa … showed no emotion. … he had insisted".
        let para = self.para(si);
        let first = self.seg.sentences.partition_point(|s| s.para < para);
        let para_start = self
            .seg
            .sentences
            .get(first)
            .map_or(at, |s| s.toks.0.min(at));
        let last_sentence = self.claims.last().map(|c| c.sentence);
        // A few sentences back at most: the search stays short however long
        // the paragraph.
        for s in (first..si).rev().take(8) {
            let (sa, sb) = self.seg.sentences[s].toks;
            if last_sentence.is_some_and(|l| l >= s) {
                break;
            }
            if let Some(e) = self
                .men
                .within(sa.max(para_start), sb)
                .iter()
                .find(|m| m.toks.0 <= sa + 3)
                .and_then(|m| m.entity)
            {
                if fits(e) && (ents[e].named || p == Pronoun::They) {
                    return Some(e);
                }
                break;
            }
        }
        // The last speaker, when they spoke in this paragraph or the one before.
        if let Some(last) = self.claims.last() {
            let near = self.para(si).saturating_sub(self.para(last.sentence)) <= 1;
            if near && fits(last.speaker) {
                return Some(last.speaker);
            }
        }
        // Otherwise the most recent fitting mention.
        let before = self.men.within(0, at);
        before
            .iter()
            .rev()
            .take(40)
            .filter_map(|m| m.entity)
            .find(|&e| fits(e) && (ents[e].named || p == Pronoun::They))
    }

    /// Who speaks through a cue: (entity, how found, where the attribution
    /// begins, where what follows the speaker begins).
    pub(super) fn find_speaker(
        &self,
        si: usize,
        cue: Cue,
        a: usize,
        covered: &[(usize, usize)],
        last_here: Option<usize>,
    ) -> Option<(usize, Via, usize, usize)> {
        // "Denisov said", "the ministry also said", "Putin, while …, said".
        if let Some(m) = self.subject_before(cue.start, a, covered) {
            if matches!(m.kind, MentionKind::Pronoun(Pronoun::It))
                && !self.it_is_subject(m.toks.0, a)
            {
                return None;
            }
            let (e, via) = self.speaker_of(m, si)?;
            return Some((e, via, m.toks.0, cue.end));
        }
        let prev = |k: usize| (k > a).then(|| k - 1);
        // "…," the statement read: the author of the statement spoken of last.
        if let Some(d) = prev(cue.start).filter(|&d| self.word_in(d, DOCUMENTS)) {
            if prev(d).is_some_and(|t| self.is(t, "the")) {
                let last = self.claims.last()?;
                if self.para(si).saturating_sub(self.para(last.sentence)) <= 2 {
                    return Some((last.speaker, Via::Continuation, d - 1, cue.end));
                }
            }
            return None;
        }
        // "… declined to comment, but told Sputnik", "… and warned that": the
        // subject of the sentence's first verb.
        if let Some(t) = prev(cue.start).filter(|&t| self.word_in(t, words!["and", "but"])) {
            if let Some(c) = last_here {
                return Some((self.claims[c].speaker, Via::Continuation, t, cue.end));
            }
            let m = self.men.within(a, t).iter().find(|m| {
                m.toks.0 <= a + 8 && !matches!(m.kind, MentionKind::Pronoun(Pronoun::It))
            })?;
            let (e, via) = self.speaker_of(m, si)?;
            return Some((e, via, t, cue.end));
        }
        // "…," said Denisov.
        let m = self.men.starting_at(cue.end)?;
        let before_ok = cue.start == a
            || self
                .punct(cue.start - 1)
                .is_some_and(|c| c == ',' || crate::sentences::quotes::is_double_mark(c));
        if !before_ok || matches!(m.kind, MentionKind::Pronoun(Pronoun::It)) {
            return None;
        }
        let (e, via) = self.speaker_of(m, si)?;
        Some((e, via, cue.start, m.toks.1))
    }

    /// "It said" only when "it" opens the clause.
    pub(super) fn it_is_subject(&self, k: usize, a: usize) -> bool {
        k == a || self.punct(k - 1) == Some(',')
    }
}
