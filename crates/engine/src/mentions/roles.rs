//! Role descriptions: "Russia's ambassador to China", "the Ostrian defence
//! minister", "a spokesperson for the ministry" — what they say, whom they
//! fit (before or after), and the names and appositions they introduce.

use super::rules::*;
use super::*;
use crate::calendar::contains;
use crate::text::Case;

impl<'a> Reader<'a> {
    /// `[the | X's | the country's] modifier* ROLE [to|of|for … ]`.
    pub(super) fn role_np(&self, i: usize, end: usize) -> Option<RoleNp> {
        let mut k = i;
        let mut words_from = i;
        if self.lower_in(k, DETERMINERS) {
            k += 1;
            words_from = k;
        }
        // A possessor: "Russia's", "the country's", "the ministry's".
        if k + 1 < end && self.tok(k).is_some_and(|t| t.is_word()) && self.possessive(k + 1) {
            k += 2;
        }
        let mods_from = k;
        while k < end && k - mods_from < 6 {
            let Some(t) = self.tok(k) else { break };
            // "the 58-year-old politician"
            if t.kind == TokKind::Number
                && self.punct(k + 1) == Some('-')
                && self
                    .tok(k + 2)
                    .is_some_and(|n| n.text(self.src).starts_with("year"))
            {
                k += 3;
                continue;
            }
            // "Halstead & Co. analyst": a company's name before the role.
            if k > mods_from
                && !self.quoted(k)
                && (self.punct(k) == Some('&')
                    || (self.punct(k) == Some('.') && self.lower_in(k - 1, COMPANY_SUFFIXES)))
                && self.tok(k + 1).is_some_and(|n| n.kind == TokKind::Word)
            {
                k += 1;
                continue;
            }
            if self.quoted(k) || t.kind != TokKind::Word {
                break;
            }
            let w = t.text(self.src);
            // "Morvania Forward": a name; a player's position is not a title.
            if k > i && t.is_capitalized(self.src) && contains(NEVER_TITLES, w) {
                return None;
            }
            if contains(ROLE_HEADS, w) {
                // The last of several role nouns is the head ("deputy prime
                // minister", "Justice Ministry spokesman", "deputy head").
                let mut head = k;
                let mut j = k + 1;
                while j < end
                    && j - k <= 3
                    && !self.quoted(j)
                    && (self.lower_in(j, ROLE_HEADS)
                        || self.lower_in(j, ROLE_MODIFIERS)
                        || self.lower_in(j, ORG_HEADS))
                {
                    if self.lower_in(j, ROLE_HEADS) {
                        head = j;
                    }
                    j += 1;
                }
                // "the Justice Ministry": an organisation, not a role.
                if self.lower_in(head + 1, ORG_HEADS) {
                    return None;
                }
                // "official statistics", "a three-day official visit": a role
                // noun used as an adjective.
                if self.lower_in(head, ATTRIBUTIVE_HEADS) && !self.head_can_end_here(head + 1) {
                    return None;
                }
                let mut e = head + 1;
                e = self.role_complement(e, end);
                return Some(RoleNp {
                    start: i,
                    head,
                    end: e,
                    words: (words_from, e),
                });
            }
            // "the country representative", "the team doctor": a noun
            // right after the determiner, before the role noun.
            let compound = k == mods_from
                && words_from > i
                && w.chars().all(crate::text::is_lower)
                && !contains(NOT_NAMES, w)
                && self.lower_in(k + 1, ROLE_HEADS);
            let modifier = contains(ROLE_MODIFIERS, w)
                || contains(ORG_HEADS, w)
                || compound
                || (t.is_capitalized(self.src) && self.is_name_word(k));
            if !modifier {
                break;
            }
            k += 1;
        }
        None
    }

    /// "to China", "of Foreign Affairs", "for the ministry", "of the
    /// republic's Central Election Commission (CEC)", "familiar with the
    /// negotiations". A capitalised complement stops before an honorific or
    /// a personal name written after it ("Minister for National Health
    /// Services Dr Nadia Qaiser").
    pub(super) fn role_complement(&self, k: usize, end: usize) -> usize {
        // "people familiar with the negotiations", "sources close to the talks"
        let post = [
            ("familiar", "with"),
            ("close", "to"),
            ("briefed", "on"),
            ("aware", "of"),
        ];
        if post.iter().any(|(a, p)| self.is(k, a) && self.is(k + 1, p)) {
            let mut j = k + 2;
            while j < end
                && j - k < 8
                && !self.quoted(j)
                && self.tok(j).is_some_and(|t| t.kind == TokKind::Word)
                && !self.word_is_verbish(j)
            {
                j += 1;
            }
            return j;
        }
        if k + 1 >= end || !self.lower_in(k, ROLE_PREPOSITIONS) || self.quoted(k) {
            return k;
        }
        let mut j = k + 1;
        if self.is(j, "the") {
            j += 1;
        }
        // "the republic's …", "the country's …"
        if self.tok(j).is_some_and(|t| t.kind == TokKind::Word) && self.possessive(j + 1) {
            j += 2;
        }
        let from = j;
        while j < end
            && !self.quoted(j)
            && (self.is_name_word(j)
                || (j > from && self.lower_in(j, ORG_JOINERS) && self.is_name_word(j + 1))
                // "of Agriculture, Irrigation and Rural Development"
                || (j > from && self.list_comma(j))
                // "at St. Aldric's Hospital"
                || (j > from
                    && self.punct(j) == Some('.')
                    && self.lower_in(j - 1, words!["mt", "st"])
                    && self.tok(j + 1).is_some_and(|t| t.is_capitalized(self.src)))
                // "the Solvenna Children's Hospital"
                || (j > from && self.possessive(j) && self.lower_in(j + 1, ORG_HEADS)))
        {
            if self.lower_in(j, HONORIFICS) {
                break;
            }
            j += 1;
        }
        // "of Dasht province", "of Orvet region": a place.
        if j > from && self.lower_in(j, PLACE_NOUNS) {
            return self.acronym_after(j + 1);
        }
        // "for the Tavrinian foreign ministry": lower-case words ending in an
        // organisation noun after the capitalised ones.
        if j > from {
            let mut x = j;
            while x < end
                && x - j < 3
                && !self.quoted(x)
                && (self.lower_in(x, ROLE_MODIFIERS) || self.lower_in(x, ORG_HEADS))
                && !self.tok(x).is_some_and(|t| t.is_capitalized(self.src))
            {
                x += 1;
            }
            if x > j && self.lower_in(x - 1, ORG_HEADS) {
                return self.acronym_after(x);
            }
        }
        if j == from {
            // "for the ministry", "for the prime minister's office": a
            // lower-case organisation.
            let describing = |j: usize| {
                self.tok(j).is_some_and(|t| {
                    let x = t.text(self.src);
                    t.kind == TokKind::Word
                        && x.chars().all(crate::text::is_lower)
                        && !contains(NOT_NAMES, x)
                        && !x.ends_with("ed")
                        && x.len() > 2
                })
            };
            let mut last_org = None;
            while j < end
                && j - from < 5
                && !self.quoted(j)
                && (describing(j)
                    || self.lower_in(j, ROLE_MODIFIERS)
                    || self.lower_in(j, ROLE_HEADS)
                    || (j > from && self.possessive(j)))
            {
                if self.lower_in(j, ORG_HEADS) {
                    last_org = Some(j + 1);
                }
                j += 1;
            }
            // "of the initiative's coordination center in Harrow"
            return match last_org {
                Some(e) => {
                    let e = self.org_complement(e, end);
                    self.acronym_after(e)
                }
                // "head of the infectious diseases ward at the Solvenna
                // Children's Hospital": a unit, then where it is.
                None if j > from && j - k < 8 && self.lower_in(j, ROLE_PREPOSITIONS) => {
                    let e = self.role_complement(j, end);
                    if e > j + 1
                        && self
                            .tok(e - 1)
                            .is_some_and(|t| t.is_capitalized(self.src) || t.kind == TokKind::Punct)
                    {
                        e
                    } else {
                        k
                    }
                }
                None => k,
            };
        }
        // "of the Department of Water Planning under the Ministry of
        // Energy …": an organisation inside another, one complement after
        // the other (the name, if any, ends the last).
        if self.lower_in(j, ROLE_PREPOSITIONS) && self.has_org_head(from, j) {
            let next = self.role_complement(j, end);
            if next > j {
                return next;
            }
        }
        // A personal name after the complement: the last two capitalised
        // words, when they are not the complement's own (an organisation, a
        // role, "Affairs").
        if j - from >= 3
            && !self.lower_in(j - 1, ORG_HEADS)
            && !self.lower_in(j - 2, ORG_HEADS)
            && !self.lower_in(j - 1, ROLE_MODIFIERS)
            && !self.lower_in(j - 2, ROLE_MODIFIERS)
            && !self.lower_in(j - 1, ROLE_HEADS)
            && !self.is(j - 1, "affairs")
            && self.punct(j) != Some('(')
        {
            let name_start = j - 2;
            if name_start > from
                && self.is_name_word(name_start)
                && self.is_name_word(name_start + 1)
                && !self.lower_in(name_start - 1, ORG_JOINERS)
            {
                return name_start;
            }
        }
        self.acronym_after(j)
    }

    /// A comma inside a capitalised list that "and" closes: "Ministry of
    /// Agriculture, Irrigation and Rural Development", "of Environment,
    /// Forests, and Climate Change". One word between commas, so that an
    /// apposition ("Minister of Trade, Vera Ost and …") is not taken in.
    fn list_comma(&self, mut j: usize) -> bool {
        for _ in 0..4 {
            if self.punct(j) != Some(',') || !self.is_name_word(j + 1) {
                return false;
            }
            let k = if self.punct(j + 2) == Some(',') {
                j + 3
            } else {
                j + 2
            };
            if self.is(k, "and") && self.is_name_word(k + 1) {
                return true;
            }
            j += 2;
        }
        false
    }

    /// "(CEC)" after an organisation's name belongs to it.
    pub(super) fn acronym_after(&self, j: usize) -> usize {
        if self.punct(j) == Some('(')
            && self.tok(j + 1).is_some_and(|t| t.is_all_caps(self.src))
            && self.punct(j + 2) == Some(')')
        {
            j + 3
        } else {
            j
        }
    }

    /// A word that looks like a finite verb ends a noun phrase: "said",
    /// "told", "has", "were".
    pub(super) fn word_is_verbish(&self, j: usize) -> bool {
        let w = self.text(j);
        matches!(
            w,
            "said"
                | "says"
                | "told"
                | "has"
                | "have"
                | "had"
                | "is"
                | "are"
                | "was"
                | "were"
                | "will"
                | "would"
        ) || w.ends_with("ed")
    }

    /// Whether what follows a role noun lets it end a noun phrase: a verb, a
    /// preposition, punctuation, a name.
    pub(super) fn head_can_end_here(&self, k: usize) -> bool {
        let Some(t) = self.tok(k) else { return true };
        if t.kind != TokKind::Word || t.is_capitalized(self.src) {
            return true;
        }
        let w = t.text(self.src);
        w.ends_with("ed") || contains(FOLLOWERS_OF_HEADS, w)
    }

    /// After a role description: a name ("Foreign Minister Anna Berg"), an
    /// apposition ("Russia's ambassador to China, Andrey Denisov,"), or the
    /// description alone ("the ambassador").
    pub(super) fn after_role(&mut self, np: RoleNp, end: usize) -> usize {
        let mut role_text = self.span_text(np.words.0, np.end);
        // "Halvia, whose prime minister, Arno Vidal, …": Halvia's prime minister.
        if np.start >= 3
            && self.is(np.start - 1, "whose")
            && self.punct(np.start - 2) == Some(',')
            && self.is_name_word(np.start - 3)
        {
            role_text = [self.text(np.start - 3), "'s ", &role_text].concat();
        }
        // "Foreign Minister Anja Dorne … her Kirvanian counterpart Rafael
        // Oster": the Kirvanian foreign minister.
        if self.is(np.head, "counterpart") {
            if let Some(r) = self.counterpart_role(&np) {
                role_text = r;
            }
        }
        // Title directly before a name.
        if np.end < end && self.is_name_word(np.end) {
            let name_end = self.name_end(np.end, end);
            if let Some(e) = self.person(np.end, name_end, Some(&role_text)) {
                // "Local MP Daniel Okoro, who represents Ashcombe,"
                let mut toks = (np.start, self.name_bracket(name_end, end));
                if let Some((stop, r)) = self.relative_role(toks.1, end) {
                    self.out.entities[e].set_role(&r);
                    self.reindex(e);
                    toks.1 = stop;
                } else if let Some(np) = (self.punct(toks.1) == Some(','))
                    .then(|| self.role_np(toks.1 + 1, end))
                    .flatten()
                    .filter(|np| np.end == end || matches!(self.punct(np.end), Some(',' | '.')))
                {
                    // "lead author Ines Marklund, an epidemiologist at …,":
                    // a second role in apposition.
                    let r = self.span_text(np.words.0, np.end);
                    self.out.entities[e].set_role(&r);
                    self.reindex(e);
                    toks.1 = np.end;
                }
                self.push(Mention {
                    toks,
                    kind: MentionKind::Name,
                    entity: Some(e),
                });
                return toks.1;
            }
        }
        // Apposition: ROLE, NAME[,]
        if self.punct(np.end) == Some(',') && self.is_name_word(np.end + 1) {
            let name_end = self.name_end(np.end + 1, end);
            let closes = name_end >= end
                || matches!(self.punct(name_end), Some(',' | '.' | ';' | ')'))
                || self.tok(name_end).is_some_and(|t| {
                    t.kind == TokKind::Word
                        && t.text(self.src)
                            .chars()
                            .next()
                            .is_some_and(crate::text::is_lower)
                });
            if closes && name_end - (np.end + 1) >= 2 && !self.has_org_head(np.end + 1, name_end) {
                if let Some(e) = self.person(np.end + 1, name_end, Some(&role_text)) {
                    self.push(Mention {
                        toks: (np.start, name_end),
                        kind: MentionKind::Name,
                        entity: Some(e),
                    });
                    return name_end;
                }
            }
        }
        // A description only.
        let e = self.resolve_role(&np, &role_text);
        self.push(Mention {
            toks: (np.start, np.end),
            kind: MentionKind::Role,
            entity: Some(e),
        });
        np.end
    }

    /// The role a "counterpart" has: that of the person with a role
    /// mentioned just before (within the sentence's reach), with the
    /// counterpart's own proper words ("Kirvanian") for the other's.
    fn counterpart_role(&self, np: &RoleNp) -> Option<String> {
        let other = self
            .out
            .mentions
            .iter()
            .rev()
            .take_while(|m| m.toks.1 + 40 > np.start)
            .filter(|m| m.toks.1 <= np.start)
            .filter_map(|m| m.entity)
            .map(|e| &self.out.entities[e])
            .find(|e| e.kind == SpeakerKind::Person && e.role.is_some())?;
        let role = other.role.as_deref()?;
        if crate::text::contains_ignore_case(role, "counterpart") {
            return None;
        }
        // The capitalised words of this role (never empty words), then the
        // other's role without its proper words, one space between two.
        let mut out = String::new();
        for k in np.words.0..np.head {
            let w = self.text(k);
            if w.starts_with(crate::text::is_upper) {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(w);
            }
        }
        if out.is_empty() {
            return None;
        }
        for w in role.split_whitespace() {
            if !other.role_proper.contains(&w.lowercase()) {
                out.push(' ');
                out.push_str(w);
            }
        }
        Some(out)
    }

    pub(super) fn has_org_head(&self, a: usize, b: usize) -> bool {
        (a..b).any(|k| self.lower_in(k, ORG_HEADS))
    }

    /// Resolves a role description to the entity it names: someone named
    /// before with a fitting role, the organisation a spokesperson speaks
    /// for, or (for now) the description itself. A description left
    /// unresolved may still be matched to someone named later, once the
    /// whole text is read (see [`Reader::resolve_forward`]).
    pub(super) fn resolve_role(&mut self, np: &RoleNp, role_text: &str) -> usize {
        let desc = self.description(np);
        let is_spokes = desc.head.starts_with("spokes") || desc.head == "representative";
        // An organisation this role belongs to: "ministry spokeswoman",
        // "spokesperson for the ministry", "the embassy's spokesman".
        let org = if is_spokes { self.org_in(np) } else { None };
        // "A senior diplomat", "an official": someone not met before.
        let indefinite = self.lower_in(np.start, words!["a", "an", "another", "one"]);
        if indefinite && !desc.plural {
            if let Some(o) = org {
                return o;
            }
        }
        if !desc.plural && !indefinite {
            let keys = desc.keys();
            let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
            if let Some(e) = self.most_recent(&keys, &|e| e.named && self.fits(e, &desc)) {
                // A named spokesperson of another organisation does not fit.
                let compatible = org.is_none_or(|o| {
                    let ow = &self.out.entities[o].words;
                    ow.iter()
                        .any(|w| self.out.entities[e].role_words.contains(w))
                });
                if compatible {
                    self.out.entities[e].add_alias(&role_text.to_lowercase_first_det());
                    return e;
                }
            }
            if let Some(o) = org {
                return o;
            }
        }
        // "The 52-year-old former finance minister said": an age in a
        // definite description points back at the person named last.
        let aged = (np.start..np.head).any(|k| self.text(k).starts_with("year"));
        if aged && self.is(np.start, "the") && !desc.plural {
            if let Some(e) = self.last_mentioned(SpeakerKind::Person) {
                self.out.entities[e].add_alias(&role_text.to_lowercase_first_det());
                return e;
            }
        }
        // Nobody fits: the description is the speaker's only name.
        let name = strip_determiner(role_text);
        let last = crate::text::last_word(&name).lowercase();
        if let Some(e) = self.most_recent(&[last.as_str()], &|e| {
            !e.named && e.name.eq_ignore_ascii_case(&name)
        }) {
            return e;
        }
        let mut e = Entity::new(name.clone(), SpeakerKind::Person);
        e.named = false;
        e.plural = desc.plural;
        e.set_role(&name);
        e.description = Some(desc);
        self.new_entity(e)
    }

    /// What a role description says about whom it can name.
    pub(super) fn description(&self, np: &RoleNp) -> Description {
        let head = self.text(np.head).lowercase();
        let plural = matches!(head.as_str(), "sources" | "spokespeople" | "people")
            || (head.ends_with('s') && !head.ends_with("ss"));
        let mods = |k: usize| {
            self.tok(k)
                .is_some_and(|t| t.kind == TokKind::Word && !t.is_possessive(self.src))
        };
        let range = np.words.0..np.head;
        let words = self.lower_words(range.clone(), &mods, &|w| {
            contains(ROLE_MODIFIERS, w)
                && !matches!(w, "former" | "top" | "senior" | "new" | "chief")
        });
        let proper = self.lower_words(
            range.clone(),
            &|k| {
                self.tok(k).is_some_and(|t| t.is_capitalized(self.src))
                    && !self.lower_in(k, ROLE_MODIFIERS)
                    && !self.lower_in(k, ORG_HEADS)
            },
            &|_| true,
        );
        // Organisation nouns before the role or in its complement ("federation
        // chief", "head of the coordination center").
        let org_noun = |k: usize| {
            self.lower_in(k, ORG_HEADS) && !self.tok(k).is_some_and(|t| t.is_capitalized(self.src))
        };
        let mut org_mods = self.lower_words(range, &org_noun, &|_| true);
        org_mods.extend(self.lower_words(np.head + 1..np.end, &org_noun, &|_| true));
        // The initials of organisations with those nouns ("WNSF"), that a
        // person's role may give instead.
        let mut org_initials = Vec::new();
        if !org_mods.is_empty() {
            let orgs = self.out.entities.iter().rev().take(RECENT);
            for o in orgs.filter(|o| o.kind == SpeakerKind::Organization) {
                for m in org_mods.iter().filter(|m| o.words.contains(m)) {
                    for a in o.aliases.iter() {
                        if !a.chars().any(crate::text::is_lower) {
                            org_initials.push((m.clone(), a.clone()));
                        }
                    }
                }
            }
        }
        Description {
            org_initials,
            head,
            plural,
            words,
            proper,
            org_mods,
        }
    }

    /// Whether a person entity can be the one a description names.
    pub(super) fn fits(&self, e: &Entity, d: &Description) -> bool {
        // Organisation nouns must fit the role, directly or through the
        // initials of an organisation ("WNSF President"). Checked last: it
        // looks through the organisations.
        let org_fits = || {
            d.org_mods.iter().all(|m| {
                e.role_words.contains(m)
                    || d.org_initials.iter().any(|(om, a)| {
                        om == m && e.role_words.iter().any(|w| a.eq_ignore_ascii_case(w))
                    })
            })
        };
        e.kind == SpeakerKind::Person
            && e.has_role_noun(&d.head)
            && d.words.iter().all(|w| e.role_words.contains(w) || contains(ORG_HEADS, w))
            // "the country's envoy" leaves the nationality open.
            && (e.role_words.iter().any(|w| w == "country") || d.proper.iter().all(|p| e.role_proper.iter().chain(&e.words).any(|w| same_stem(p, w))))
            && org_fits()
    }

    /// Descriptions nobody named before may name someone named later: "with
    /// host Sarrhun's foreign minister saying … ¶ … Sarrhunian Foreign
    /// Minister Nuri Talvat told reporters".
    pub(super) fn resolve_forward(&mut self) {
        let n = self.out.entities.len();
        let mut remap: Vec<Option<usize>> = vec![None; n];
        for u in 0..n {
            let ent = &self.out.entities[u];
            let Some(desc) = ent.description.as_ref().filter(|d| !d.plural && !ent.named) else {
                continue;
            };
            let first_u = self.first_seen[u];
            let keys = desc.keys();
            // The first seen of those that fit (the earliest in key order
            // among equals).
            let mut later: Option<usize> = None;
            for list in keys.iter().filter_map(|k| self.by_word.get(k)) {
                for &e in list {
                    if e != u
                        && self.out.entities[e].named
                        && self.first_seen[e] > first_u
                        && self.fits(&self.out.entities[e], desc)
                        && later.is_none_or(|b| self.first_seen[e] < self.first_seen[b])
                    {
                        later = Some(e);
                    }
                }
            }
            // "A former transport minister told a court … ¶ "…," Viktor
            // Halas, 61, said": the lede's someone is the first person
            // named soon after without a role of their own, or with the
            // lede's role noun ("A Democratic senator … ¶ … Sen. Ruth
            // Calloway").
            let para = |t: usize| self.seg.para_of.get(t).map_or(usize::MAX, |&p| p as usize);
            let lede = self.seg.sentences.first().map_or(0, |s| s.para);
            let in_lede = self.lower_in(first_u, words!["a", "an"]) && para(first_u) <= lede + 1;
            let unroled = || {
                // Entities are numbered as first seen: the next ones only.
                (u + 1..n)
                    .take(40)
                    .filter(|&e| para(self.first_seen[e]) <= para(first_u) + 2)
                    .find(|&e| {
                        let x = &self.out.entities[e];
                        x.named
                            && x.kind == SpeakerKind::Person
                            && x.name.as_bytes().contains(&b' ')
                            && ((x.role.is_none() && x.role_words.is_empty())
                                || x.has_role_noun(&desc.head))
                    })
            };
            remap[u] = later.or_else(|| in_lede.then(unroled).flatten());
        }
        for (u, target) in remap.iter().enumerate() {
            if let Some(t) = *target {
                let alias = self.out.entities[u].name.to_lowercase_first_det();
                self.out.entities[t].add_alias(&alias);
                for m in &mut self.out.mentions {
                    if m.entity == Some(u) {
                        m.entity = Some(t);
                    }
                }
            }
        }
    }

    /// The named entity of `kind` mentioned last, among the last few
    /// mentions.
    pub(super) fn last_mentioned(&self, kind: SpeakerKind) -> Option<usize> {
        self.out
            .mentions
            .iter()
            .rev()
            .take(40)
            .filter_map(|m| m.entity)
            .find(|&e| self.out.entities[e].kind == kind && self.out.entities[e].named)
    }

    /// The organisation named inside a role description, if any.
    pub(super) fn org_in(&mut self, np: &RoleNp) -> Option<usize> {
        // Capitalised or lower-case organisation words before the head or in
        // the complement.
        let ranges = [(np.words.0, np.head), (np.head + 1, np.end)];
        for (a, b) in ranges {
            let ws = self.lower_words(
                a..b,
                &|k| {
                    self.tok(k)
                        .is_some_and(|t| t.kind == TokKind::Word && !t.is_possessive(self.src))
                },
                &|w| !contains(ROLE_PREPOSITIONS, w) && !contains(DETERMINERS, w) && w != "country",
            );
            if ws.iter().any(|w| contains(ORG_HEADS, w)) {
                let text = self.span_text_words(a, b);
                return Some(self.resolve_org(&ws, &text, true));
            }
        }
        // "a Verdane spokesperson": an organisation named before by a word
        // of its name.
        (np.words.0..np.head)
            .filter(|&k| self.tok(k).is_some_and(|t| t.is_capitalized(self.src)))
            .find_map(|k| {
                let w = self.text(k).lowercase();
                self.most_recent(&[w.as_str()], &|e| {
                    e.kind == SpeakerKind::Organization && e.named && e.words.contains(&w)
                })
            })
    }

    pub(super) fn span_text_words(&self, a: usize, b: usize) -> String {
        let mut ws = (a..b)
            .filter(|&k| {
                self.tok(k)
                    .is_some_and(|t| t.kind == TokKind::Word && !t.is_possessive(self.src))
            })
            .map(|k| self.text(k))
            .filter(|w| !contains(ROLE_PREPOSITIONS, w) && !contains(DETERMINERS, w));
        crate::text::join_words(&mut ws)
    }
}
