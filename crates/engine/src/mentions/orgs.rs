//! Organisations: names with their heads ("Ministry of Foreign Affairs"),
//! descriptions that refer back to them ("the ministry", "the embassy in
//! Ostburg"), possessors ("Weiss's office"), appositions and initials.

use super::rules::*;
use super::*;
use crate::calendar::contains;
use crate::text::Case;

impl<'a> Reader<'a> {
    /// The organisation entity for these words, found or made.
    pub(super) fn resolve_org(&mut self, words: &[String], text: &str, description: bool) -> usize {
        // The organisation nouns ("ministry") are the keys, or every word
        // when there is none.
        let mut keys: Vec<&str> = Vec::new();
        for w in words {
            if contains(ORG_HEADS, w) {
                keys.push(w);
            }
        }
        let heads = !keys.is_empty();
        if !heads {
            for w in words {
                keys.push(w);
            }
        }
        let found = self.most_recent(&keys, &|e| {
            e.kind == SpeakerKind::Organization
                && (!heads || keys.iter().all(|h| e.words.iter().any(|w| w == h)))
                && (words
                    .iter()
                    .all(|w| e.words.contains(w) || is_generic_org_word(w))
                    || e.words.iter().all(|w| words.contains(w)))
        });
        // "the company", "the Minneapolis-based maker": the company named
        // last, when no organisation has that noun in its name.
        let found = found.or_else(|| {
            (description && keys.iter().any(|k| contains(COMPANY_NOUNS, k)))
                .then(|| {
                    let suffixes: Vec<&str> = COMPANY_SUFFIXES.iter().collect();
                    self.most_recent(&suffixes, &|e| {
                        e.kind == SpeakerKind::Organization && e.named
                    })
                })
                .flatten()
        });
        // "the organisation said": the organisation named last, when none
        // has that word in its name.
        let found = found.or_else(|| {
            (description && !keys.is_empty() && keys.iter().all(|k| contains(GENERIC_ORG_NOUNS, k)))
                .then(|| self.last_mentioned(SpeakerKind::Organization))
                .flatten()
        });
        if let Some(e) = found {
            let ent = &mut self.out.entities[e];
            // A proper name replaces a description ("the ministry" → "Ministry of Foreign Affairs").
            if !ent.named && !description {
                let old = std::mem::replace(&mut ent.name, strip_determiner(text));
                ent.words = words.to_vec();
                ent.named = true;
                ent.add_alias(&old);
            } else if description {
                ent.add_alias(&["the ", &text.lowercase()].concat());
            } else {
                ent.add_alias(&strip_determiner(text));
                if ent.named
                    && words.len() > ent.words.len()
                    && ent.words.iter().all(|w| words.contains(w))
                {
                    ent.words.extend(
                        words
                            .iter()
                            .filter(|w| !ent.words.contains(w))
                            .cloned()
                            .collect::<Vec<_>>(),
                    );
                }
            }
            self.reindex(e);
            return e;
        }
        let name = capitalize_words(&strip_determiner(text));
        let mut e = Entity::new(name, SpeakerKind::Organization);
        e.words = words.to_vec();
        e.named = !description;
        e.plural = words
            .last()
            .is_some_and(|w| w == "authorities" || w == "forces");
        self.new_entity(e)
    }

    /// "the ministry", "the foreign ministry", "the country's embassy",
    /// "the Chinese side", "the embassy in Ostburg", "the office of
    /// President Sulin".
    pub(super) fn org_description(&mut self, i: usize, end: usize) -> Option<usize> {
        let mut k = i;
        if !self.lower_in(k, DETERMINERS) {
            return None;
        }
        k += 1;
        if k + 1 < end && self.possessive(k + 1) {
            // "the bank's monetary policy committee": a part of it.
            if self.lower_in(k, ORG_ANAPHORS) {
                let ws = vec![self.text(k).lowercase()];
                if let Some(end) = self.org_subunit(i, k, k + 1, &ws, end, true) {
                    return Some(end);
                }
            }
            // "the office's website": the organisation is the possessor.
            if self.lower_in(k, ORG_ANAPHORS)
                && !self.lower_in(k + 2, ROLE_HEADS)
                && !self.lower_in(k + 2, ORG_HEADS)
            {
                let ws = vec![self.text(k).lowercase()];
                let text = self.span_text(k, k + 1);
                let e = self.resolve_org(&ws, &text, true);
                self.push(Mention {
                    toks: (i, k + 1),
                    kind: MentionKind::Org,
                    entity: Some(e),
                });
                return Some(k + 1);
            }
            k += 2;
        }
        let from = k;
        while k < end && k - from < 4 && !self.quoted(k) {
            if self.lower_in(k, ORG_ANAPHORS)
                && !self.lower_in(k + 1, ORG_ANAPHORS)
                && !self.lower_in(k + 1, ROLE_HEADS)
            {
                let stop = self.org_complement(k + 1, end);
                let ws = self.lower_words(
                    from..stop,
                    &|j| self.tok(j).is_some_and(|t| t.kind == TokKind::Word),
                    &|w| !contains(ROLE_PREPOSITIONS, w) && w != "the",
                );
                // "the software company Vellum": the description, then the name.
                if stop == k + 1
                    && stop < end
                    && self.is_name_word(stop)
                    && !self.lower_in(stop, ORG_HEADS)
                {
                    let name_end = self.name_end(stop, end);
                    let mut ws = self.lower_span(stop, name_end);
                    ws.push(self.text(k).lowercase());
                    let e = self.resolve_org(&ws, &self.span_text(stop, name_end), false);
                    self.push(Mention {
                        toks: (i, name_end),
                        kind: MentionKind::Org,
                        entity: Some(e),
                    });
                    return Some(name_end);
                }
                if let Some(end) = self.org_subunit(i, from, stop, &ws, end, true) {
                    return Some(end);
                }
                // "a group calling itself the Eastern Shield Front": the name.
                if let Some((a, z)) = self.self_named(stop, end) {
                    let ws = self.lower_span(a, z);
                    let e = self.resolve_org(&ws, &self.span_text(a, z), false);
                    self.push(Mention {
                        toks: (i, z),
                        kind: MentionKind::Org,
                        entity: Some(e),
                    });
                    return Some(z);
                }
                let text = self.span_text(from, stop);
                let e = self.resolve_org(&ws, &text, true);
                // "the mission of the Coastal States Organization (CSO)": the
                // initials are part of the mention.
                let stop = if stop > k + 1
                    && self.punct(stop) == Some('(')
                    && self.tok(stop + 1).is_some_and(|t| t.is_all_caps(self.src))
                    && self.punct(stop + 2) == Some(')')
                {
                    let acronym = self.text(stop + 1).to_string();
                    let ent = &mut self.out.entities[e];
                    ent.words.push(acronym.lowercase());
                    ent.add_alias(&acronym);
                    self.reindex(e);
                    stop + 3
                } else {
                    stop
                };
                self.push(Mention {
                    toks: (i, stop),
                    kind: MentionKind::Org,
                    entity: Some(e),
                });
                return Some(stop);
            }
            let w = self.tok(k)?;
            // "the organizing committee", "the ruling party", "the Chinese side".
            let describing = |t: Token| {
                let x = t.text(self.src);
                x.chars().all(|c| crate::text::is_lower(c) || c == '-')
                    && !contains(NOT_NAMES, x)
                    && !x.ends_with("ed")
                    && x.len() > 2
            };
            if w.kind != TokKind::Word
                || !(self.lower_in(k, ROLE_MODIFIERS)
                    || w.is_capitalized(self.src)
                    || describing(w))
            {
                return None;
            }
            k += 1;
        }
        None
    }

    /// "the Dravonian government's press service", "the Kremlin's press
    /// office": a part of an organisation, named by its owner. `from..stop`
    /// is the owner (whose name words are `owner`), the mention starts at
    /// `i`. Gives the end of the mention.
    pub(super) fn org_subunit(
        &mut self,
        i: usize,
        from: usize,
        stop: usize,
        owner: &[String],
        end: usize,
        description: bool,
    ) -> Option<usize> {
        if !self.possessive(stop) {
            return None;
        }
        let mut j = stop + 1;
        while j < end && j - stop <= 3 && !self.quoted(j) {
            if self.lower_in(j, ORG_ANAPHORS)
                && !self.lower_in(j + 1, ORG_ANAPHORS)
                && !self.lower_in(j + 1, ROLE_HEADS)
            {
                let mut ws = owner.to_vec();
                ws.extend(self.lower_span(stop + 1, j + 1));
                let text = self.span_text(from, j + 1);
                let e = self.resolve_org(&ws, &text, description);
                self.push(Mention {
                    toks: (i, j + 1),
                    kind: MentionKind::Org,
                    entity: Some(e),
                });
                return Some(j + 1);
            }
            let t = self.tok(j)?;
            let x = t.text(self.src);
            if t.kind != TokKind::Word
                || !x.chars().all(crate::text::is_lower)
                || contains(NOT_NAMES, x)
                || self.lower_in(j, ROLE_HEADS)
            {
                return None;
            }
            j += 1;
        }
        None
    }

    /// An apposition describing an organisation (", a regional forecasting
    /// agency,"): its head noun becomes a word the organisation answers to
    /// ("the agency"). Gives the end of the mention.
    pub(super) fn org_apposition(&mut self, e: usize, k: usize, end: usize) -> usize {
        if self.punct(k) != Some(',') || !(self.is(k + 1, "a") || self.is(k + 1, "an")) {
            return k;
        }
        let Some(close) = (k + 2..end.min(k + 8)).find(|&j| self.punct(j) == Some(',')) else {
            return k;
        };
        let head = close - 1;
        if !self.lower_in(head, ORG_HEADS)
            || (k + 2..head)
                .any(|j| self.quoted(j) || self.tok(j).is_some_and(|t| t.kind == TokKind::Punct))
        {
            return k;
        }
        let w = self.text(head).lowercase();
        let ent = &mut self.out.entities[e];
        if !ent.words.contains(&w) {
            ent.words.push(w);
        }
        self.reindex(e);
        close
    }

    /// What may follow an organisation's head noun inside its name: "of
    /// Varenian President Marek Sulin", "in Ostburg".
    pub(super) fn org_complement(&self, k: usize, end: usize) -> usize {
        if !(self.is(k, "of") || self.is(k, "in") || self.is(k, "at") || self.is(k, "to"))
            || self.quoted(k)
        {
            return k;
        }
        let mut j = k + 1;
        if self.is(j, "the") {
            j += 1;
        }
        let from = j;
        while j < end
            && j - from < 6
            && !self.quoted(j)
            && (self.is_name_word(j) || (j > from && self.lower_in(j, NAME_PARTICLES)))
        {
            j += 1;
        }
        if j == from {
            k
        } else {
            j
        }
    }

    /// "… calling itself the Eastern Shield Front", "… known as Red Dawn":
    /// the token range of the name a description goes on to give.
    fn self_named(&self, k: usize, end: usize) -> Option<(usize, usize)> {
        let mut j = if self.is(k, "calling") && self.is(k + 1, "itself") {
            k + 2
        } else if self.is(k, "known") && self.is(k + 1, "as") {
            k + 2
        } else if self.is(k, "called") {
            k + 1
        } else {
            return None;
        };
        if self.is(j, "the") {
            j += 1;
        }
        let z = self.name_end(j, end);
        (z > j).then_some((j, z))
    }

    /// "Weiss's office", "Moscow's embassy": an organisation named by its owner.
    pub(super) fn possessive_org(&mut self, i: usize, end: usize) -> Option<usize> {
        if !self.is_name_word(i) || !self.possessive(i + 1) {
            return None;
        }
        let mut k = i + 2;
        // "Moscow's embassy", "Dalvonia's central bank".
        while k < end
            && k - i < 5
            && !self.lower_in(k, ORG_ANAPHORS)
            && (self.lower_in(k, ROLE_MODIFIERS) || self.lower_in(k, ORG_ADJECTIVES))
        {
            k += 1;
        }
        if !self.lower_in(k, ORG_ANAPHORS)
            || self.lower_in(k + 1, ROLE_HEADS)
            || self.lower_in(k + 1, ORG_ANAPHORS)
        {
            return None;
        }
        let mut ws = vec![self.text(i).lowercase()];
        ws.extend(self.lower_span(i + 2, k + 1));
        let text = self.span_text(i, k + 1);
        let e = self.resolve_org(&ws, &text, true);
        self.push(Mention {
            toks: (i, k + 1),
            kind: MentionKind::Org,
            entity: Some(e),
        });
        Some(k + 1)
    }
}
