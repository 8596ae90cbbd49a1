//! What was said: the quotation before or after the attribution, the
//! reported clause after the verb (past its time, setting and hearer) or
//! before it, a parenthetical attribution, and where a clause ends.

use super::rules::*;
use super::{Content, Reader};
use crate::calendar::{self, contains};
use crate::model::Kind;
use crate::token::TokKind;
use crate::words::Words;

impl<'a> Reader<'a> {
    /// Skips what may follow a reporting verb before what was said: time
    /// ("on Tuesday", "last week"), setting ("at a press conference", "in an
    /// interview with …", "in a statement"), the hearer ("told reporters",
    /// "told Sputnik"), initials in brackets, adverbs and commas.
    pub(super) fn skip_complements(&self, mut k: usize, b: usize, verb: &str) -> usize {
        let told = ["told", "tells", "informed", "assured"]
            .iter()
            .any(|v| verb.eq_ignore_ascii_case(v));
        if told {
            k = self.skip_hearer(k, b);
        }
        for _ in 0..6 {
            let start = k;
            while k < b
                && self.seg.tokens[k].kind == TokKind::Word
                && (contains(SUBJECT_ADVERBS, self.text(k)) || self.is_time_word(k))
                && !self.quoted(k)
            {
                k += 1;
            }
            if let Some(e) = self.setting_phrase(k, b) {
                k = e;
            }
            if k < b
                && self.punct(k) == Some(',')
                && k + 1 < b
                && !self.quoted(k + 1)
                && self.setting_phrase(k + 1, b).is_some()
            {
                k += 1;
            }
            // "(SRCO)": initials in brackets.
            if self.punct(k) == Some('(') {
                if let Some(c) = (k + 1..b.min(k + 6)).find(|&c| self.punct(c) == Some(')')) {
                    k = c + 1;
                }
            }
            if k == start {
                break;
            }
        }
        k
    }

    /// "reporters", "Sputnik", "the Daily Courier newspaper", "a news
    /// conference", "an emergency session of the Council".
    pub(super) fn skip_hearer(&self, k: usize, b: usize) -> usize {
        const DESCRIBING: Words = words![
            "closing",
            "daily",
            "emergency",
            "foreign",
            "international",
            "joint",
            "local",
            "national",
            "news",
            "state",
            "weekly",
        ];
        let mut j = k;
        if self.word_in(j, words!["a", "an", "the"]) {
            j += 1;
        }
        let from = j;
        while j < b && j - from < 6 && !self.quoted(j) && self.seg.tokens[j].kind == TokKind::Word {
            let w = self.text(j);
            if self.seg.tokens[j].is_capitalized(self.src)
                || contains(TOLD_OBJECTS, w)
                || contains(SETTING_NOUNS, w)
                || contains(DESCRIBING, w)
            {
                j += 1;
            } else {
                break;
            }
        }
        if j > from {
            j
        } else {
            k
        }
    }

    /// A phrase like "at a press conference", "in a statement", "during a
    /// visit to Beijing", "on Tuesday", "in an interview with the Courier".
    pub(super) fn setting_phrase(&self, k: usize, b: usize) -> Option<usize> {
        if k >= b || self.quoted(k) || !self.word_in(k, SETTING_PREPOSITIONS) {
            return None;
        }
        // A place: "in Moscow", "at Velmora airport".
        if self.word_in(k, words!["at", "in"])
            && self
                .seg
                .tokens
                .get(k + 1)
                .is_some_and(|t| t.is_capitalized(self.src))
            && !self.is_time_word(k + 1)
        {
            let mut j = k + 1;
            while j < b
                && !self.quoted(j)
                && (self.seg.tokens[j].is_capitalized(self.src) || self.word_in(j, SETTING_NOUNS))
            {
                j += 1;
            }
            return Some(j);
        }
        // Look for a setting noun or a time word within a few words.
        let mut j = k + 1;
        let mut found = None;
        while j < b && j - k <= 8 && !self.quoted(j) {
            let t = self.seg.tokens[j];
            if (t.kind == TokKind::Punct && !self.abbreviation_dot(j)) || self.is(j, "that") {
                break;
            }
            if contains(SETTING_NOUNS, self.text(j))
                || self.is_time_word(j)
                || calendar::weekday(self.text(j)).is_some()
            {
                found = Some(j + 1);
            }
            j += 1;
        }
        let mut end = found?;
        // "… with the Courier newspaper", "… to Beijing", "… of the council".
        while end < b
            && !self.quoted(end)
            && self.word_in(end, words!["by", "for", "of", "on", "to", "with"])
        {
            let mut j = end + 1;
            // "with his Kestrian counterpart, Anton Maresh": a whole mention.
            if let Some(m) = self.men.starting_at(j).filter(|m| m.toks.1 <= b) {
                end = m.toks.1;
                continue;
            }
            if self.word_in(j, words!["a", "an", "her", "his", "its", "the", "their"]) {
                j += 1;
                // "with her visiting Kirvanian counterpart Rafael Oster"
                if let Some(m) = (j..j + 2)
                    .find_map(|x| self.men.starting_at(x))
                    .filter(|m| m.toks.1 <= b)
                {
                    end = m.toks.1;
                    continue;
                }
            }
            let from = j;
            while j < b
                && j - from < 5
                && !self.quoted(j)
                && (self.seg.tokens[j].is_capitalized(self.src)
                    || contains(TOLD_OBJECTS, self.text(j))
                    || contains(SETTING_NOUNS, self.text(j)))
            {
                j += 1;
            }
            if j == from {
                break;
            }
            end = j;
        }
        Some(end)
    }

    /// The quotation a characterising verb gives: "… the verdict as "…"",
    /// "… the decision "unacceptable"".
    pub(super) fn characterisation(&self, from: usize, b: usize) -> Option<Content> {
        let mut j = from;
        while j < b && j < from + 10 && !self.quoted(j) {
            if matches!(self.punct(j), Some('.' | ';'))
                || self.is(j, "that")
                || self.word_in(j, CUE_VERBS)
            {
                return None;
            }
            j += 1;
        }
        if j >= b || !self.quoted(j) {
            return None;
        }
        let q = self.seg.quote_of[j];
        let mut end = j;
        while end < b && self.seg.quote_of[end] == q {
            end += 1;
        }
        // The object and the quotation: "Hollin's references to climate
        // change as a "convenient pretext"".
        let kind = if j == from { Kind::Direct } else { Kind::Mixed };
        Some(Content {
            kind,
            ranges: vec![(from, end)],
            confidence: 0.75,
        })
    }

    /// `"…," X said [, "…"]`: the quotation that ends where the attribution begins.
    pub(super) fn quote_before(
        &self,
        subject_start: usize,
        a: usize,
        k: usize,
        b: usize,
    ) -> Option<Content> {
        let mut e = subject_start;
        while e > a
            && matches!(self.punct(e - 1), Some(',' | '—' | '–' | '-'))
            && !self.quoted(e - 1)
        {
            e -= 1;
        }
        if e == a || !self.quoted(e - 1) {
            return None;
        }
        let q = self.seg.quote_of[e - 1];
        let qs = (a..e).find(|&j| self.seg.quote_of[j] == q)?;
        // Narration before the quotation makes it part of a paraphrase.
        if self.words(a, qs) > 0 && !self.lead_is_frame(a, qs) {
            return None;
        }
        let mut ranges = vec![(qs, e)];
        // A second part after the attribution (and its setting): `, "…"`.
        let mut j = k;
        while j < b
            && j < k + 14
            && !self.quoted(j)
            && self.punct(j) != Some(',')
            && !self.word_in(j, CUE_VERBS)
            && !matches!(self.punct(j), Some('.' | ';'))
        {
            j += 1;
        }
        if self.punct(j) == Some(',') {
            j += 1;
        }
        if j < b && self.quoted(j) && (j == 0 || self.seg.quote_of[j] != q) {
            let q2 = self.seg.quote_of[j];
            let mut end = j;
            while end < b && self.seg.quote_of[end] == q2 {
                end += 1;
            }
            ranges.push((j, end));
        }
        Some(Content {
            kind: Kind::Direct,
            ranges,
            confidence: 0.95,
        })
    }

    /// Narration before a quotation that does not belong to what was said:
    /// connectives and asides ("And", "Speaking of …,").
    pub(super) fn lead_is_frame(&self, a: usize, qs: usize) -> bool {
        (a..qs).all(|k| self.seg.tokens[k].kind == TokKind::Punct || self.word_in(k, CONNECTIVES))
    }

    /// `X said[:] "…"`: a quotation right after the cue.
    pub(super) fn quote_after(&self, k: usize, b: usize) -> Option<Content> {
        let mut j = k;
        if matches!(self.punct(j), Some(',' | ':')) {
            j += 1;
        }
        let that = self.is(j, "that");
        if that {
            j += 1;
        }
        if j >= b || !self.quoted(j) {
            return None;
        }
        let q = self.seg.quote_of[j];
        let mut end = j;
        while end < b && self.seg.quote_of[end] == q {
            end += 1;
        }
        // Only a quotation that runs to the end of the sentence (or to a
        // following cue) is the whole statement.
        let rest = self.words(end, b);
        if rest > 0 && !self.rest_is_tail(end, b) {
            return None;
        }
        Some(Content {
            kind: Kind::Direct,
            ranges: vec![(j, end)],
            confidence: if that { 0.85 } else { 0.95 },
        })
    }

    /// After a quotation: ", adding that …" or ", he said." — not part of it.
    pub(super) fn rest_is_tail(&self, end: usize, b: usize) -> bool {
        let mut j = end;
        while j < b && self.seg.tokens[j].kind == TokKind::Punct {
            j += 1;
        }
        j >= b
            || self.word_in(j, PARTICIPLE_CUES)
            || self
                .men
                .starting_at(j)
                .is_some_and(|m| self.cue_follows(m.toks.1, b))
    }

    pub(super) fn cue_follows(&self, mut j: usize, b: usize) -> bool {
        while j < b && self.word_in(j, SUBJECT_ADVERBS) {
            j += 1;
        }
        j < b && (self.word_in(j, CUE_VERBS) || self.cue_phrase(j).is_some())
    }

    /// `X said [that] …` up to the end of the sentence or the next statement.
    pub(super) fn clause_after(&self, k: usize, b: usize, verb: &str) -> Option<Content> {
        let mut j = k;
        let mut conf: f32 = 0.9;
        let bare = contains(BARE_CLAUSE_VERBS, verb);
        // "told" always has a hearer before what was said.
        let hearer = ["told", "tells", "informed", "assured"]
            .iter()
            .any(|v| verb.eq_ignore_ascii_case(v));
        if matches!(self.punct(j), Some(',' | ':')) {
            j += 1;
        }
        if j > k && self.word_in(j, PARTICIPLE_CUES) {
            return None;
        }
        // "warned Tuesday of "extremely dangerous" rainfall": quoted words
        // make the object something said.
        if self.word_in(j, words!["about", "against", "of"]) {
            let end = self.clause_end(j + 1, b);
            if (j..end).any(|x| self.quoted(x)) && self.words(j + 1, end) >= 3 {
                return Some(self.paraphrase(j + 1, end, 0.75));
            }
        }
        // `pledged to form a new government "within weeks"`: a promise
        // quoted in part is what was said (unquoted, it may be narration:
        // "after which the government pledged to map every slope").
        if j == k && contains(PROMISE_VERBS, verb) && self.is(j, "to") {
            let end = self.clause_end(j + 1, b);
            if self.words(j, end) >= 3 && (j..end).any(|x| self.quoted(x)) {
                return Some(self.paraphrase(j, end, 0.8));
            }
        }
        // `noted the "blurring of lines" between …`: an object quoted in
        // part is what was said.
        if j == k
            && contains(QUOTED_OBJECT_VERBS, verb)
            && self.word_in(j, words!["a", "an", "her", "his", "its", "the", "their"])
        {
            let end = self.clause_end(j + 1, b);
            if self.words(j, end) >= 3 && (j..end).any(|x| self.quoted(x)) {
                return Some(self.paraphrase(j, end, 0.75));
            }
        }
        let mut bare_clause = false;
        if self.is(j, "that") {
            j += 1;
        } else if let Some(t) = self.that_after_gap(k, b, bare && !hearer) {
            j = t + 1;
        } else if bare && j == k {
            conf = 0.8;
            bare_clause = true;
        } else {
            // "…, their union said on Monday, deepening a dispute": after a
            // comma only "that" opens what was said.
            return None;
        }
        let end = self.clause_end(j, b);
        if self.words(j, end) < 3 {
            return None;
        }
        // "warned of a crisis": without "that", a prepositional object is no
        // clause ("said that at least two …" is).
        if bare_clause && self.is_object_only(j) {
            return None;
        }
        let mut content = self.paraphrase(j, end, conf);
        // "urged the court on 3 April to rule": the date is the frame's.
        if contains(DIRECTIVE_VERBS, verb) {
            if let Some((t0, t1)) =
                (j..end.min(j + 10)).find_map(|t| self.time_phrase(t, end).map(|e| (t, e)))
            {
                if t0 > j && self.is(t1, "to") {
                    content.ranges = vec![(j, t0), (t1, end)];
                }
            }
        }
        Some(content)
    }

    /// The "that" opening reported speech after a stretch of setting the
    /// complements did not cover: "warned a day earlier, in an interview
    /// with the Courier, that …", "said, hours after the incident, that …".
    pub(super) fn that_after_gap(&self, k: usize, b: usize, bare: bool) -> Option<usize> {
        let limit = (k + 18).min(b);
        let mut light = true;
        // Inside "after the talks had concluded,": a verb there is not a cue.
        let mut subordinate = false;
        // A finite verb outside such a clause: the gap is a clause of its own.
        let mut free_finite = false;
        for j in k..limit {
            if self.quoted(j)
                || (matches!(self.punct(j), Some(';' | '.' | ':' | '?' | '!'))
                    && !self.abbreviation_dot(j))
            {
                return None;
            }
            if self.punct(j) == Some(',') {
                subordinate = false;
            } else if self.word_in(j, SUBORDINATORS) {
                subordinate = true;
            } else if self.word_in(j, FINITE_VERBS) && !subordinate {
                free_finite = true;
            }
            if self.is(j, "that") {
                // "said in 2019, while still in opposition, that …"
                let enclosed = j > k && self.punct(j - 1) == Some(',');
                // "said before the tournament that …": a short prepositional phrase.
                // "said after casting his ballot at a school in central
                // Velgrad that …", "wrote on X as the clashes were still
                // under way that …": a longer one without a finite verb of
                // its own.
                // "wrote minutes after the announcement and before …".
                let lead = self.word_in(k, SETTING_PREPOSITIONS)
                    || self.word_in(k, SUBORDINATORS)
                    || (self.word_in(k, DURATIONS) && self.word_in(k + 1, SETTING_PREPOSITIONS));
                let setting = lead && (j - k <= 6 || !free_finite);
                return (light || enclosed || setting || !bare).then_some(j);
            }
            if self.word_in(j, CUE_VERBS) && !subordinate {
                return None;
            }
            light &= self.is_light(j);
        }
        None
    }

    /// Whether token `j` is the full stop of an abbreviation ("Nov. 9").
    pub(super) fn abbreviation_dot(&self, j: usize) -> bool {
        j > 0
            && self.punct(j) == Some('.')
            && self.seg.tokens[j - 1].kind == TokKind::Word
            && contains(crate::sentences::ABBREVIATIONS, self.text(j - 1))
    }

    /// Words a setting is made of: names, numbers, prepositions,
    /// determiners, time and setting nouns.
    pub(super) fn is_light(&self, j: usize) -> bool {
        let t = self.seg.tokens[j];
        t.kind == TokKind::Number
            || t.punct(self.src) == Some(',')
            || self.abbreviation_dot(j)
            || t.is_capitalized(self.src)
            || self.is_time_word(j)
            || self.word_in(j, SETTING_PREPOSITIONS)
            || self.word_in(j, SETTING_NOUNS)
            || self.word_in(j, TOLD_OBJECTS)
            || self.word_in(j, ASIDE_OPENERS)
            || self.word_in(
                j,
                words![
                    "a",
                    "an",
                    "by",
                    "daily",
                    "for",
                    "her",
                    "his",
                    "its",
                    "joint",
                    "news",
                    "of",
                    "press",
                    "televised",
                    "the",
                    "their",
                    "to",
                    "weekly",
                    "with"
                ],
            )
    }

    /// What a paraphrase of `[j, end)` is: reported, or mixed when it
    /// embeds a quotation.
    pub(super) fn paraphrase(&self, j: usize, end: usize, conf: f32) -> Content {
        // Quotations that are names (the law "On Elections", the so-called
        // "reset") are not words said.
        let quoted = (j..end)
            .filter(|&x| {
                self.quoted(x)
                    && self.seg.tokens[x].kind != TokKind::Punct
                    && !self.names_something(x)
            })
            .count();
        let words = self.words(j, end);
        let kind = if quoted == 0 {
            Kind::Indirect
        } else if quoted == words {
            Kind::Direct
        } else {
            Kind::Mixed
        };
        Content {
            kind,
            ranges: vec![(j, end)],
            confidence: conf,
        }
    }

    /// Whether the quotation holding token `x` is a name: introduced by
    /// "the law", "titled", "so-called", … or a title in capitals.
    pub(super) fn names_something(&self, x: usize) -> bool {
        let q = self.seg.quote_of[x];
        let Some(open) = (0..=x)
            .rev()
            .take(200)
            .find(|&k| self.seg.quote_of[k] != q)
            .map(|k| k + 1)
            .or(Some(0))
        else {
            return false;
        };
        open > 0
            && (self.word_in(open - 1, NAME_INTRODUCERS)
                || (open > 1
                    && self.word_in(open - 2, NAME_INTRODUCERS)
                    && self.word_in(open - 1, words!["as", "the"])))
    }

    /// A short time phrase starting at `t` ("on 3 April", "last week", "on
    /// Tuesday"): where it ends.
    pub(super) fn time_phrase(&self, t: usize, end: usize) -> Option<usize> {
        if !self.word_in(t, words!["earlier", "in", "last", "on", "this"]) {
            return None;
        }
        let mut k = t + 1;
        while k < end
            && k < t + 5
            && (self.is_time_word(k)
                || self.seg.tokens[k].kind == TokKind::Number
                || calendar::month(self.text(k)).is_some())
        {
            k += 1;
        }
        (k > t + 1).then_some(k)
    }

    /// "warned of a crisis": a prepositional object, not a clause.
    pub(super) fn is_object_only(&self, j: usize) -> bool {
        self.word_in(
            j,
            words![
                "about", "after", "against", "amid", "as", "at", "before", "despite", "during",
                "for", "in", "of", "on", "to", "while", "with"
            ],
        )
    }

    /// Where a clause of reported speech ends: the sentence end, or a comma
    /// before ", adding that", ", according to", ", he said".
    pub(super) fn clause_end(&self, j: usize, b: usize) -> usize {
        let mut k = j;
        while k < b {
            // `…, "no later than 2030," adding that …`: the quotation closes first.
            if self.quoted(k)
                && self.word_in(k + 1, PARTICIPLE_CUES)
                && k > j
                && self.punct(k - 1) == Some(',')
            {
                return k + 1;
            }
            if self.punct(k) == Some(',') && !self.quoted(k) {
                let n = k + 1;
                if self.word_in(n, PARTICIPLE_CUES)
                    || (self.is(n, "according") && self.is(n + 1, "to"))
                {
                    return k;
                }
                // An appositive re-description: "…, a promise critics mocked".
                // One inside the clause's subject ("the witness, a former
                // executive who …, was …") goes on to its verb.
                if self.word_in(n, words!["a", "an"]) && k > j {
                    let close = (n + 1..b.min(n + 24))
                        .take_while(|&x| {
                            !self.quoted(x) && !matches!(self.punct(x), Some('.' | ';'))
                        })
                        .find(|&x| self.punct(x) == Some(','));
                    match close {
                        Some(c) if self.word_in(c + 1, FINITE_VERBS) => {
                            k = c + 1;
                            continue;
                        }
                        _ => return k,
                    }
                }
                let n = if self.word_in(n, words!["and", "but", "whereas", "while"]) {
                    n + 1
                } else {
                    n
                };
                if let Some(m) = self.men.starting_at(n) {
                    if self.cue_follows(m.toks.1, b) {
                        return k;
                    }
                }
            }
            if self.punct(k) == Some(';') && !self.quoted(k) {
                return k;
            }
            // `… "only after consolidation," a line that …`: the appositive
            // follows the quotation's closing mark.
            if k > j
                && self.quoted(k)
                && self.punct(k - 1) == Some(',')
                && !self.quoted(k + 1)
                && self.word_in(k + 1, words!["a", "an"])
            {
                return k + 1;
            }
            // "… — a phrase analysts read as a warning": the reporter's aside.
            if k > j
                && matches!(self.punct(k), Some('—' | '–'))
                && !self.quoted(k)
                && self.word_in(k + 1, words!["a", "an", "which"])
            {
                return k;
            }
            // "… and that …": a second statement.
            if k > j && self.is(k, "and") && self.is(k + 1, "that") && !self.quoted(k) {
                return if self.punct(k - 1) == Some(',') && !self.quoted(k - 1) {
                    k - 1
                } else {
                    k
                };
            }
            // "… and warned that …": a second reporting verb, a second statement.
            if k > j && self.word_in(k, words!["and", "but"]) && !self.quoted(k) {
                let mut n = k + 1;
                while n < b && self.word_in(n, SUBJECT_ADVERBS) {
                    n += 1;
                }
                // "…, but declined to say when": what the speaker did next.
                let declined = self.is(n, "declined") && self.is(n + 1, "to");
                if declined || (self.word_in(n, CUE_VERBS) && !self.not_a_cue(n, j)) {
                    let end = if self.punct(k - 1) == Some(',')
                        || (self.quoted(k - 1) && self.punct(k - 2) == Some(','))
                    {
                        k - 1
                    } else {
                        k
                    };
                    return if self.quoted(end.saturating_sub(0)) && end == k - 1 {
                        k
                    } else {
                        end
                    };
                }
            }
            k += 1;
        }
        b
    }

    /// `A, X said, B`: an attribution inside the sentence it attributes
    /// ("However, the official added, the demand was …", "Her office, she
    /// told lawmakers, had 11 staff").
    pub(super) fn parenthetical(
        &self,
        subject_start: usize,
        a: usize,
        k: usize,
        b: usize,
    ) -> Option<Content> {
        if subject_start == a
            || self.punct(subject_start - 1) != Some(',')
            || self.punct(k) != Some(',')
            || self.quoted(k)
        {
            return None;
        }
        let j = k + 1;
        let opens_clause = self
            .seg
            .tokens
            .get(j)
            .is_some_and(|t| t.kind == TokKind::Word)
            && !self.quoted(j)
            && !self.word_in(j, PARTICIPLE_CUES)
            && !self.word_in(j, ASIDE_OPENERS)
            && !self.word_in(j, SETTING_PREPOSITIONS)
            && !self.word_in(j, NOT_PARENTHETICAL_AFTER);
        if !opens_clause {
            return None;
        }
        let end = self.clause_end(j, b);
        if self.words(j, end) < 2 {
            return None;
        }
        let mut s = a;
        while s < subject_start - 1 && (self.word_in(s, CONNECTIVES) || self.punct(s) == Some(','))
        {
            s += 1;
        }
        let mut content = self.paraphrase(j, end, 0.8);
        if self.words(s, subject_start - 1) > 0 {
            let before = self.paraphrase(s, subject_start - 1, 0.8);
            if before.kind != Kind::Indirect {
                content.kind = if content.kind == Kind::Direct && before.kind == Kind::Direct {
                    Kind::Direct
                } else {
                    Kind::Mixed
                };
            }
            content.ranges.insert(0, (s, subject_start - 1));
        }
        Some(content)
    }

    /// `…, X said [on Tuesday]`: the clause before the attribution.
    pub(super) fn clause_before(
        &self,
        subject_start: usize,
        a: usize,
        k: usize,
        b: usize,
    ) -> Option<Content> {
        // Nothing may follow the attribution but a tail (", noting …", ".").
        let mut j = k;
        while j < b && self.seg.tokens[j].kind == TokKind::Punct {
            j += 1;
        }
        // A tail after a comma (", noting …", ", in what he described as …")
        // may follow; a clause or quotation may not.
        let tail = j < b
            && (self.word_in(j, PARTICIPLE_CUES)
                || (j > k
                    && self.punct(j - 1) == Some(',')
                    && !self.quoted(j)
                    && !self.is(j, "that")));
        if j < b && !tail {
            return None;
        }
        let mut e = subject_start;
        // `… talks "without intermediaries," Hallan told Sputnik`: the comma
        // sits inside the closing quotation mark.
        let comma_in_quote = e >= a + 2
            && self.quoted(e - 1)
            && self
                .punct(e - 1)
                .is_some_and(crate::sentences::quotes::is_double_mark)
            && self.punct(e - 2) == Some(',');
        if e == a || (self.punct(e - 1) != Some(',') && !comma_in_quote) {
            return None;
        }
        if !comma_in_quote {
            e -= 1;
        }
        let mut s = a;
        while s < e && (self.word_in(s, CONNECTIVES) || self.punct(s) == Some(',')) {
            s += 1;
        }
        // "In addition," / "At the same time,": a short lead-in phrase.
        if let Some(c) = (s..e.min(s + 5)).find(|&x| self.punct(x) == Some(',')) {
            if self.word_in(s, words!["as", "at", "for", "in", "on"]) && self.words(s, c) <= 4 {
                s = c + 1;
            }
        }
        // "Speaking after the prime minister, …": a lead-in, not what was said.
        // ("At least 31 people were killed, …" is what was said.)
        let at_least = self.is(s, "at") && self.word_in(s + 1, words!["least", "most"]);
        if self.words(s, e) < 3
            || (self.word_in(s, ASIDE_OPENERS) && !at_least)
            || self.word_in(s, PARTICIPLE_CUES)
        {
            return None;
        }
        Some(self.paraphrase(s, e, 0.85))
    }
}
