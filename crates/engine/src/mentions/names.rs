//! Proper names of people: runs of capitalised words, fuller and shorter
//! forms of one name, surnames shared by two people, honorifics.

use super::rules::*;
use super::*;
use crate::calendar::contains;
use crate::text::Case;

impl<'a> Reader<'a> {
    /// End of a run of name words starting at `i`.
    pub(super) fn name_end(&self, i: usize, end: usize) -> usize {
        let mut j = i;
        while j < end && j - i < 5 {
            if self.is_name_word(j) {
                j += 1;
            } else if self.lower_in(j, NAME_PARTICLES) && self.is_name_word(j + 1) && j > i {
                j += 1;
            } else {
                break;
            }
        }
        j
    }

    /// A run of capitalised words: a person's name, an organisation's name,
    /// or a place.
    pub(super) fn proper_run(&mut self, i: usize, sent_start: usize, end: usize) -> Option<usize> {
        let mut j = i;
        let mut org = false;
        while j < end && j - i < 10 {
            if self.is_name_word(j) {
                org |= self.lower_in(j, ORG_HEADS);
                j += 1;
            } else if j > i
                && self.possessive(j)
                && self.lower_in(j + 1, ORG_HEADS)
                && self.is_name_word(j + 1)
            {
                // "Farmers' Union", "People's Party"
                j += 1;
            } else if j > i
                && (self.lower_in(j, NAME_PARTICLES)
                    || (org && self.lower_in(j, ORG_JOINERS))
                    || (org && self.is(j, "the") && self.is_name_word(j + 1)))
                && self.is_name_word(j + 1)
            {
                j += 1;
            } else {
                break;
            }
        }
        // "the" before a run makes organisations ("the Kremlin").
        let definite = i > sent_start && self.is(i - 1, "the");
        // "the Save Ashcombe Births group": a name, then what it is. ("the
        // Minneapolis-based company", "the Kremlin-backed group": an
        // adjective, the description of one named before.)
        let adjective = j > i
            && self
                .text(j - 1)
                .split_once('-')
                .is_some_and(|(_, x)| x.starts_with(crate::text::is_lower));
        if !org
            && definite
            && !adjective
            && self.lower_in(j, ORG_HEADS)
            && !self.tok(j).is_some_and(|t| t.is_capitalized(self.src))
        {
            org = true;
            j += 1;
        }
        let run = (i, j);
        if org {
            // "the Norlandic Embassy in Velmora"
            let stop = self.org_complement(j, end);
            let ws = self.lower_words(i..stop, &|_| true, &|w| {
                !contains(ORG_JOINERS, w) && !contains(ROLE_PREPOSITIONS, w) && w != "the"
            });
            let text = self.span_text(i, stop);
            let e = self.resolve_org(&ws, &text, false);
            // "(WNSF)": the initials it goes by.
            let mut stop = stop;
            if self.punct(stop) == Some('(')
                && self.tok(stop + 1).is_some_and(|t| t.is_all_caps(self.src))
                && self.punct(stop + 2) == Some(')')
            {
                let acronym = self.text(stop + 1).to_string();
                let ent = &mut self.out.entities[e];
                ent.words.push(acronym.lowercase());
                ent.add_alias(&acronym);
                self.reindex(e);
                // "the … Authority (PDMA) said": the initials are part of it.
                if !self.possessive(stop + 3) {
                    stop += 3;
                }
            }
            let start = if definite { i - 1 } else { i };
            if let Some(end) = self.org_subunit(start, i, stop, &ws, end, false) {
                return Some(end);
            }
            // ", a regional forecasting agency,": what the organisation is.
            let stop = self.org_apposition(e, stop, end);
            self.push(Mention {
                toks: (start, stop),
                kind: MentionKind::Org,
                entity: Some(e),
            });
            return Some(stop);
        }
        let single = j - i == 1;
        // "Northgate said": the first word of an organisation's name met
        // before ("Northgate Servicing"), when no person answers to it.
        if single {
            let w = self.text(i).lowercase();
            let org = self.most_recent(&[w.as_str()], &|e| {
                e.kind == SpeakerKind::Organization
                    && e.named
                    && e.words.len() >= 2
                    && e.words.first() == Some(&w)
            });
            if let Some(e) = org.filter(|_| self.find_person(&[w.clone()], None).is_none()) {
                let start = if definite { i - 1 } else { i };
                self.push(Mention {
                    toks: (start, j),
                    kind: MentionKind::Org,
                    entity: Some(e),
                });
                return Some(j);
            }
        }
        // A single capitalised word opening a sentence is only a name when we know it.
        if single
            && i == sent_start
            && self
                .find_person(&[self.text(i).lowercase()], None)
                .is_none()
            && !self.subject_like(j)
        {
            return Some(j);
        }
        // "the consultations in Varn": a place, unless we know the name.
        if single
            && i > sent_start
            && self.lower_in(i - 1, PLACE_PREPOSITIONS)
            && self
                .find_person(&[self.text(i).lowercase()], None)
                .is_none()
        {
            return Some(j);
        }
        if definite
            && single
            && self.tok(i).is_some_and(|t| t.is_all_caps(self.src))
            && !self.lower_in(j, ORG_ANAPHORS)
        {
            // "the DG": someone known by the initials of their title
            // ("Director General Sohail Zarkan").
            if let Some(e) = self.person_by_title_initials(self.text(i)) {
                self.push(Mention {
                    toks: (i - 1, j),
                    kind: MentionKind::Role,
                    entity: Some(e),
                });
                return Some(j);
            }
            // "the WNSF": an organisation known by its initials.
            let w = self.text(i).lowercase();
            let e = self.resolve_org(&[w], self.text(i), false);
            self.push(Mention {
                toks: (i - 1, j),
                kind: MentionKind::Org,
                entity: Some(e),
            });
            return Some(j);
        }
        if definite && single {
            // "the Chinese side", "the Varenian government": an organisation description.
            return self.org_description(i - 1, end).or(Some(j));
        }
        // Name followed by an apposition: "Karl Ost, the country's envoy to the UN, said".
        let mut toks = run;
        let mut role = None;
        // "Viktor Halas, 61, said": an age.
        let mut j = j;
        if self.punct(j) == Some(',')
            && self.punct(j + 2) == Some(',')
            && self.tok(j + 1).is_some_and(|t| t.kind == TokKind::Number)
            && self
                .text(j + 1)
                .parse::<u8>()
                .is_ok_and(|age| (14..=110).contains(&age))
        {
            toks = (i, j + 2);
            j += 2;
        }
        // "Sen. Ruth Calloway (D-Mich.)": party and state are the name's.
        let jb = self.name_bracket(j, end);
        if jb > j {
            toks = (i, jb);
            j = jb;
        }
        if self.punct(j) == Some(',') {
            if let Some(np) = self.role_np(j + 1, end) {
                // "Kalvenia, the bank's governor, Teodor Vaskan": the role is
                // the next name's.
                let next_name = self.punct(np.end) == Some(',') && self.is_name_word(np.end + 1);
                // "…, a cardiologist in London who was not involved in the
                // study, said": the clause is the apposition's.
                let close = if self.is(np.end, "who") {
                    (np.end + 1..end.min(np.end + 12))
                        .take_while(|&c| !self.quoted(c))
                        .find(|&c| self.punct(c) == Some(','))
                        .unwrap_or(np.end)
                } else {
                    np.end
                };
                if !next_name
                    && (matches!(self.punct(close), Some(','))
                        || close == end
                        || self.punct(close) == Some('.'))
                {
                    role = Some(self.span_text(np.words.0, np.end));
                    toks = (i, close);
                }
            }
        }
        // "Joanne Pell, who founded the … group,": a role from the clause.
        let relative = if role.is_none() {
            self.relative_role(j, end)
        } else {
            None
        };
        if let Some((stop, r)) = &relative {
            role = Some(r.clone());
            toks = (i, *stop);
        }
        if let Some(e) = self.person(run.0, run.1, role.as_deref()) {
            self.push(Mention {
                toks,
                kind: MentionKind::Name,
                entity: Some(e),
            });
            return Some(toks.1);
        }
        Some(j)
    }

    /// A bracket after a name that belongs to it: "(D-Mich.)", "(Kan.)",
    /// "(R)": a few capitalised words or initials. Gives the token after it,
    /// or `k` when there is none.
    pub(super) fn name_bracket(&self, k: usize, end: usize) -> usize {
        if self.punct(k) != Some('(') || self.quoted(k) {
            return k;
        }
        let Some(close) = (k + 1..end.min(k + 7)).find(|&c| self.punct(c) == Some(')')) else {
            return k;
        };
        let capitals = (k + 1..close).all(|c| {
            self.tok(c).is_some_and(|t| match t.kind {
                TokKind::Word => t.is_capitalized(self.src),
                TokKind::Punct => matches!(t.punct(self.src), Some('.' | '-')),
                _ => false,
            })
        });
        if close > k + 1 && capitals {
            close + 1
        } else {
            k
        }
    }

    /// `, who founded the X,` after a name at `k`: the end of the clause
    /// (its closing comma, or the sentence's end) and the role it gives
    /// ("founder of the X"). The names inside are the role's, not people.
    pub(super) fn relative_role(&self, k: usize, end: usize) -> Option<(usize, String)> {
        if self.punct(k) != Some(',') || !self.is(k + 1, "who") || self.quoted(k + 2) {
            return None;
        }
        let noun = crate::calendar::lookup(RELATIVE_ROLES, self.text(k + 2))?;
        let from = k + 3;
        let stop = (from..end.min(from + 14))
            .find(|&c| self.quoted(c) || matches!(self.punct(c), Some(',' | '.' | ';')))
            .or((end <= from + 14).then_some(end))?;
        if stop == from || self.quoted(stop) {
            return None;
        }
        Some((stop, [noun, " of ", &self.span_text(from, stop)].concat()))
    }

    /// A person met recently whose title's initials are `initials` ("DG"
    /// for "Director General").
    fn person_by_title_initials(&self, initials: &str) -> Option<usize> {
        if !(2..=4).contains(&initials.len()) {
            return None;
        }
        self.out
            .entities
            .iter()
            .enumerate()
            .rev()
            .take(RECENT)
            .find(|(_, e)| {
                e.kind == SpeakerKind::Person
                    && e.role.as_deref().is_some_and(|r| {
                        let letters: String = r
                            .split_whitespace()
                            .filter(|w| w.starts_with(crate::text::is_upper))
                            .filter_map(|w| w.chars().next())
                            .collect();
                        letters.len() >= 2 && letters.eq_ignore_ascii_case(initials)
                    })
            })
            .map(|(i, _)| i)
    }

    /// Whether what follows a sentence-opening word makes it a subject:
    /// "Putin, while …", "Ost said". Adverbs ("Overall,") do not count.
    pub(super) fn subject_like(&self, next: usize) -> bool {
        let prev = self.text(next - 1);
        if prev.len() > 3 && prev.ends_with("ly") {
            return false;
        }
        match self.tok(next) {
            Some(t) if t.kind == TokKind::Punct => {
                t.punct(self.src) == Some(',') && !self.is_name_word(next + 1)
            }
            // "Northgate first disclosed": an adverb, then the verb.
            Some(t)
                if t.kind == TokKind::Word && contains(ADVERBS_BEFORE_VERBS, t.text(self.src)) =>
            {
                self.tok(next + 1)
                    .is_some_and(|v| v.kind == TokKind::Word && v.text(self.src).ends_with("ed"))
            }
            Some(t) => {
                let w = t.text(self.src);
                w.ends_with("ed")
                    || w == "says"
                    || w == "told"
                    || w == "wrote"
                    || w == "has"
                    || w == "also"
            }
            None => false,
        }
    }

    /// The entity for a person's name written at `[a, b)`, with a role.
    pub(super) fn person(&mut self, a: usize, b: usize, role: Option<&str>) -> Option<usize> {
        // "Ms Pell", "Dr Helen Marsh": the honorific is not part of the
        // name (it tells the gender, below, and makes a surname a name).
        let mut a = a;
        let mut titled = false;
        while b > a + 1 && self.lower_in(a, HONORIFICS) {
            a += 1;
            titled = true;
        }
        let words = self.lower_span(a, b);
        if words.is_empty() {
            return None;
        }
        let name = self.span_text(a, b);
        let role_words = role.map(content_words).unwrap_or_default();
        let e = match self.find_person(&words, Some(&role_words)) {
            Some(e) => {
                let ent = &mut self.out.entities[e];
                if words.len() > ent.words.len() && ent.words.iter().all(|w| words.contains(w)) {
                    // A fuller form of a name first written short.
                    let old = std::mem::replace(&mut ent.name, name.clone());
                    ent.words = words.clone();
                    ent.add_alias(&old);
                } else {
                    ent.add_alias(&name);
                }
                e
            }
            None => {
                let mut ent = Entity::new(name, SpeakerKind::Person);
                ent.named = words.len() >= 2 || role.is_some() || titled;
                self.new_entity(ent)
            }
        };
        if let Some(r) = role {
            self.out.entities[e].set_role(r);
            self.out.entities[e].named = true;
        }
        // An honorific before the name tells the gender: "Mr. Ost".
        if a > 0 {
            let mut h = a - 1;
            if self.punct(h) == Some('.') && h > 0 {
                h -= 1;
            }
            if self.lower_in(h, FEMININE) {
                self.out.entities[e].gender = Gender::Female;
            } else if self.lower_in(h, MASCULINE) {
                self.out.entities[e].gender = Gender::Male;
            }
            // "Sen. Calloway" is a senator.
            let title = self.tok(h).map(|t| t.text(self.src));
            if let Some(r) = title.and_then(|w| crate::calendar::lookup(HONORIFIC_ROLES, w)) {
                self.out.entities[e].set_role(r);
            }
        }
        self.reindex(e);
        Some(e)
    }

    /// An already known person this name refers to.
    pub(super) fn find_person(
        &self,
        words: &[String],
        role_words: Option<&[String]>,
    ) -> Option<usize> {
        let ents = &self.out.entities;
        // The same full name.
        let last_word = words.last()?.as_str();
        if let Some(e) = self.most_recent(&[last_word], &|e| e.words == words) {
            return Some(e);
        }
        if words.len() >= 2 {
            // A longer or shorter written form: "Anna Maria Berg" / "Anna Berg".
            let (first, last) = (&words[0], &words[words.len() - 1]);
            return self.most_recent(&[last_word], &|e| {
                e.kind == SpeakerKind::Person
                    && e.words.len() >= 2
                    && e.words.last() == Some(last)
                    && e.words.first() == Some(first)
            });
        }
        let w = &words[0];
        // A surname (or any part of a known name) alone: prefer someone whose
        // role matches the title written with it.
        let mut candidates: Vec<usize> = Vec::new();
        let answering = self.by_word.get(w.as_str());
        for &e in answering.map_or(&[][..], |l| &l[l.len().saturating_sub(256)..]) {
            if ents[e].kind == SpeakerKind::Person
                && ents[e].named
                && ents[e].words.len() >= 2
                && ents[e].words.contains(w)
            {
                candidates.push(e);
            }
        }
        if let Some(rw) = role_words.filter(|r| !r.is_empty()) {
            let overlap = |e: usize| rw.iter().filter(|r| ents[e].role_words.contains(r)).count();
            if let Some(&e) = candidates
                .iter()
                .filter(|&&e| overlap(e) > 0)
                .max_by_key(|&&e| (overlap(e), self.last_seen[e]))
            {
                return Some(e);
            }
        }
        // Prefer the surname over a first name.
        let mut by_last: Vec<usize> = Vec::new();
        for &e in &candidates {
            if ents[e].words.last() == Some(w) {
                by_last.push(e);
            }
        }
        let pool = if by_last.is_empty() {
            candidates
        } else {
            by_last
        };
        pool.into_iter().max_by_key(|&e| self.last_seen[e])
    }
}
