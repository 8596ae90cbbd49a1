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

mod rules;

use crate::calendar::{self, contains};
use crate::mentions::{Gender, Mention, MentionKind, Mentions, Pronoun};
use crate::model::{Kind, Span, SpeakerKind};
use crate::sentences::{Segmented, NO_QUOTE};
use crate::token::TokKind;
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
    let mut r = Reader {
        src,
        seg,
        men,
        claims: Vec::new(),
        gender: men.entities.iter().map(|e| e.gender).collect(),
    };
    for si in 0..seg.sentences.len() {
        r.sentence(si);
    }
    r.claims
}

impl<'a> Reader<'a> {
    fn text(&self, k: usize) -> &'a str {
        self.seg.tokens[k].text(self.src)
    }

    fn word_in(&self, k: usize, list: &[&str]) -> bool {
        self.seg
            .tokens
            .get(k)
            .is_some_and(|t| t.kind == TokKind::Word && contains(list, t.text(self.src)))
    }

    /// Like [`Self::word_in`] for short unsorted lists written inline.
    fn word_is_any(&self, k: usize, list: &[&str]) -> bool {
        self.seg
            .tokens
            .get(k)
            .is_some_and(|t| t.kind == TokKind::Word && list.iter().any(|w| t.is(self.src, w)))
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

    fn cues(&self, a: usize, b: usize) -> Vec<Cue> {
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
            let and_that = w.eq_ignore_ascii_case("and") && self.is(k + 1, "that") && !self.quoted(k + 1);
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

    fn cue_phrase(&self, k: usize) -> Option<usize> {
        let w = self.text(k).to_ascii_lowercase();
        CUE_PHRASES
            .iter()
            .filter(|(first, _)| *first == w)
            .find(|(_, rest)| rest.iter().enumerate().all(|(i, r)| self.is(k + 1 + i, r)))
            .map(|(_, rest)| k + 1 + rest.len())
    }

    /// "is said to be", "the said agreement", "was told to".
    fn not_a_cue(&self, k: usize, a: usize) -> bool {
        if k > a && self.word_in(k - 1, NOT_CUE_AFTER) {
            return true;
        }
        // "said to be", "told to leave"
        if self.is(k + 1, "to") && (self.is(k + 2, "be") || self.is(k + 2, "have")) {
            return true;
        }
        false
    }

    // ----- one sentence --------------------------------------------------------

    fn sentence(&mut self, si: usize) {
        let s = &self.seg.sentences[si];
        let (a, b) = s.toks;
        let cues = self.cues(a, b);
        let mut covered: Vec<(usize, usize)> = Vec::new();
        let mut last_here: Option<usize> = None;
        for cue in cues {
            if let Some(&(x, _)) = covered.iter().find(|&&(x, y)| x <= cue.start && cue.start < y) {
                // "the ministry said Brenn told Vosk that …": a statement
                // reported inside another is its own speaker's too.
                let nested = !cue.participle && !cue.according && self.subject_before(cue.start, x, &[]).is_some_and(|m| m.toks.0 == x);
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
        let first = self.claims.iter().rposition(|c| c.sentence != si).map_or(0, |i| i + 1);
        if self.claims.len() > first + 1 {
            covered.sort();
            let frame = complement(a, b, &covered);
            for c in &mut self.claims[first..] {
                c.frame = frame.clone();
            }
        }
    }

    fn push(&mut self, si: usize, d: Draft) -> usize {
        let (a, b) = self.seg.sentences[si].toks;
        let mut parts: Vec<Span> = Vec::new();
        for &(x, y) in &d.content.ranges {
            parts.extend(self.spans_of(x, y));
        }
        // Frame: the sentence minus what was said.
        let mut ranges = d.content.ranges.clone();
        ranges.sort();
        let frame = complement(a, b, &ranges);
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
                if self.word_is_any(f, &["he", "his", "him"]) {
                    self.gender[d.speaker] = Gender::Male;
                } else if self.word_is_any(f, &["she", "her"]) {
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
                let mut v: Vec<usize> = self.men.within(a, b).iter().filter(|m| !matches!(m.kind, MentionKind::Pronoun(_))).filter_map(|m| m.entity).filter(|&e| e != d.speaker).collect();
                v.dedup();
                v
            },
            via: d.via,
            confidence: d.content.confidence,
        });
        self.claims.len() - 1
    }

    /// "had warned", "had earlier said": the verb at `cue` is past perfect.
    fn is_perfect(&self, cue: usize, a: usize) -> bool {
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

    /// The speaker named just before the cue: "Denisov said", "the ministry
    /// also said", "Putin, while speaking at …, said".
    fn subject_before(
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
            if self.punct(t) == Some(',') {
                // An aside between commas: "Putin, while speaking at …, said".
                let p = (a..t).rev().take(30).find(|&p| self.punct(p) == Some(',') && !self.quoted(p));
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

    /// The head of "NP PREP …" ending just before token `k`, when the words
    /// in between are a plain prepositional phrase.
    fn subject_before_phrase(&self, k: usize, a: usize) -> Option<&'a Mention> {
        const PREPOSITIONS: &[&str] = &["at", "from", "in", "inside", "of", "outside", "with"];
        let mut j = k;
        while j > a && j + 12 > k && self.seg.tokens[j - 1].kind != TokKind::Punct && !self.quoted(j - 1) {
            j -= 1;
            if let Some(m) = self.men.ending_at(j) {
                if m.toks.0 >= a && self.word_is_any(j, PREPOSITIONS) && !matches!(m.kind, MentionKind::Pronoun(_)) {
                    return Some(m);
                }
            }
        }
        None
    }

    /// A mention that is the object of a preposition ("Officials at a
    /// briefing in the provincial capital Sarel on Friday said") is not the
    /// subject: the noun phrase the prepositions hang from is.
    fn head_of_prepositional_chain(&self, m: &'a Mention, a: usize) -> &'a Mention {
        const PREPOSITIONS: &[&str] = &["at", "from", "in", "inside", "near", "of", "on", "outside", "with"];
        let mut p = m.toks.0;
        let mut steps = 0;
        while p > a && steps < 4 && self.seg.tokens[p - 1].kind == TokKind::Word && !self.quoted(p - 1) && !self.word_is_any(p - 1, PREPOSITIONS) {
            p -= 1;
            steps += 1;
        }
        if p == a || !self.word_is_any(p - 1, PREPOSITIONS) {
            return m;
        }
        let mut j = p - 1;
        while j > a && j + 14 > m.toks.0 && !self.quoted(j - 1) && self.seg.tokens[j - 1].kind != TokKind::Punct {
            j -= 1;
        }
        match self.men.within(j, p - 1).first() {
            Some(head) if !matches!(head.kind, MentionKind::Pronoun(_)) && head.toks.1 <= p => head,
            _ => m,
        }
    }

    fn is_time_word(&self, k: usize) -> bool {
        let w = self.text(k);
        if calendar::year_number(w).is_some() {
            return true;
        }
        contains(TIME_WORDS, w)
            || calendar::weekday(w).is_some()
            || (calendar::month(w).is_some() && self.seg.tokens[k].is_capitalized(self.src))
    }

    /// The entity a subject mention stands for, and how it was found.
    fn speaker_of(&self, m: &Mention, si: usize) -> Option<(usize, Via)> {
        match m.kind {
            MentionKind::Pronoun(p) => self.resolve_pronoun(p, m.toks.0, si).map(|e| (e, Via::Pronoun)),
            MentionKind::Role => {
                let e = m.entity?;
                // "the diplomat", "the 58-year-old politician" that fits nobody
                // named: the person speaking now.
                let bare = self.is(m.toks.0, "the") && self.men.entities[e].is_generic_description();
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

    fn resolve_pronoun(&self, p: Pronoun, at: usize, si: usize) -> Option<usize> {
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
        let para_start = (0..=si).rev().take_while(|&s| self.para(s) == para).last().map_or(at, |s| self.seg.sentences[s].toks.0);
        let last_sentence = self.claims.last().map(|c| c.sentence);
        for s in (0..si).rev().take_while(|&s| self.para(s) == para) {
            let (sa, sb) = self.seg.sentences[s].toks;
            if last_sentence.is_some_and(|l| l >= s) {
                break;
            }
            if let Some(e) = self.men.within(sa.max(para_start), sb).iter().find(|m| m.toks.0 <= sa + 3).and_then(|m| m.entity) {
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
        let (speaker, via, subject_start, after) = self.find_speaker(si, cue, a, covered, last_here)?;
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

    /// Who speaks through a cue: (entity, how found, where the attribution
    /// begins, where what follows the speaker begins).
    fn find_speaker(&self, si: usize, cue: Cue, a: usize, covered: &[(usize, usize)], last_here: Option<usize>) -> Option<(usize, Via, usize, usize)> {
        // "Denisov said", "the ministry also said", "Putin, while …, said".
        if let Some(m) = self.subject_before(cue.start, a, covered) {
            if matches!(m.kind, MentionKind::Pronoun(Pronoun::It)) && !self.it_is_subject(m.toks.0, a) {
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
        if let Some(t) = prev(cue.start).filter(|&t| self.word_is_any(t, &["and", "but"])) {
            if let Some(c) = last_here {
                return Some((self.claims[c].speaker, Via::Continuation, t, cue.end));
            }
            let m = self.men.within(a, t).iter().find(|m| m.toks.0 <= a + 8 && !matches!(m.kind, MentionKind::Pronoun(Pronoun::It)))?;
            let (e, via) = self.speaker_of(m, si)?;
            return Some((e, via, t, cue.end));
        }
        // "…," said Denisov.
        let m = self.men.starting_at(cue.end)?;
        let before_ok = cue.start == a || self.punct(cue.start - 1).is_some_and(|c| c == ',' || crate::sentences::quotes::is_double_mark(c));
        if !before_ok || matches!(m.kind, MentionKind::Pronoun(Pronoun::It)) {
            return None;
        }
        let (e, via) = self.speaker_of(m, si)?;
        Some((e, via, cue.start, m.toks.1))
    }

    /// "It said" only when "it" opens the clause.
    fn it_is_subject(&self, k: usize, a: usize) -> bool {
        k == a || self.punct(k - 1) == Some(',')
    }

    /// Skips what may follow a reporting verb before what was said: time
    /// ("on Tuesday", "last week"), setting ("at a press conference", "in an
    /// interview with …", "in a statement"), the hearer ("told reporters",
    /// "told Sputnik"), initials in brackets, adverbs and commas.
    fn skip_complements(&self, mut k: usize, b: usize, verb: &str) -> usize {
        let told = ["told", "tells", "informed", "assured"].iter().any(|v| verb.eq_ignore_ascii_case(v));
        if told {
            k = self.skip_hearer(k, b);
        }
        for _ in 0..6 {
            let start = k;
            while k < b && self.seg.tokens[k].kind == TokKind::Word && (contains(SUBJECT_ADVERBS, self.text(k)) || self.is_time_word(k)) && !self.quoted(k) {
                k += 1;
            }
            if let Some(e) = self.setting_phrase(k, b) {
                k = e;
            }
            if k < b && self.punct(k) == Some(',') && k + 1 < b && !self.quoted(k + 1) && self.setting_phrase(k + 1, b).is_some() {
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
    fn skip_hearer(&self, k: usize, b: usize) -> usize {
        const DESCRIBING: &[&str] = &["closing", "daily", "emergency", "foreign", "international", "joint", "local", "national", "news", "state", "weekly"];
        let mut j = k;
        if self.word_is_any(j, &["a", "an", "the"]) {
            j += 1;
        }
        let from = j;
        while j < b && j - from < 6 && !self.quoted(j) && self.seg.tokens[j].kind == TokKind::Word {
            let w = self.text(j);
            if self.seg.tokens[j].is_capitalized(self.src) || contains(TOLD_OBJECTS, w) || contains(SETTING_NOUNS, w) || contains(DESCRIBING, w) {
                j += 1;
            } else {
                break;
            }
        }
        if j > from { j } else { k }
    }

    /// A phrase like "at a press conference", "in a statement", "during a
    /// visit to Beijing", "on Tuesday", "in an interview with the Courier".
    fn setting_phrase(&self, k: usize, b: usize) -> Option<usize> {
        if k >= b || self.quoted(k) || !self.word_in(k, SETTING_PREPOSITIONS) {
            return None;
        }
        // A place: "in Moscow", "at Velmora airport".
        if self.word_is_any(k, &["in", "at"]) && self.seg.tokens.get(k + 1).is_some_and(|t| t.is_capitalized(self.src)) && !self.is_time_word(k + 1) {
            let mut j = k + 1;
            while j < b && !self.quoted(j) && (self.seg.tokens[j].is_capitalized(self.src) || self.word_in(j, SETTING_NOUNS)) {
                j += 1;
            }
            return Some(j);
        }
        // Look for a setting noun or a time word within a few words.
        let mut j = k + 1;
        let mut found = None;
        while j < b && j - k <= 8 && !self.quoted(j) {
            let t = self.seg.tokens[j];
            if t.kind == TokKind::Punct || self.is(j, "that") {
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
            && self.word_is_any(end, &["by", "for", "of", "on", "to", "with"])
        {
            let mut j = end + 1;
            if self.word_is_any(j, &["a", "an", "the", "his", "her", "their", "its"]) {
                j += 1;
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
    fn characterisation(&self, from: usize, b: usize) -> Option<Content> {
        let mut j = from;
        while j < b && j < from + 10 && !self.quoted(j) {
            if matches!(self.punct(j), Some('.' | ';')) || self.is(j, "that") || self.word_in(j, CUE_VERBS) {
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
        Some(Content { kind, ranges: vec![(from, end)], confidence: 0.75 })
    }

    /// `"…," X said [, "…"]`: the quotation that ends where the attribution begins.
    fn quote_before(&self, subject_start: usize, a: usize, k: usize, b: usize) -> Option<Content> {
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
        while j < b && j < k + 14 && !self.quoted(j) && self.punct(j) != Some(',') && !self.word_in(j, CUE_VERBS) && !matches!(self.punct(j), Some('.' | ';')) {
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
    fn lead_is_frame(&self, a: usize, qs: usize) -> bool {
        (a..qs).all(|k| self.seg.tokens[k].kind == TokKind::Punct || self.word_in(k, CONNECTIVES))
    }

    /// `X said[:] "…"`: a quotation right after the cue.
    fn quote_after(&self, k: usize, b: usize) -> Option<Content> {
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
    fn rest_is_tail(&self, end: usize, b: usize) -> bool {
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

    fn cue_follows(&self, mut j: usize, b: usize) -> bool {
        while j < b && self.word_in(j, SUBJECT_ADVERBS) {
            j += 1;
        }
        j < b && (self.word_in(j, CUE_VERBS) || self.cue_phrase(j).is_some())
    }

    /// `X said [that] …` up to the end of the sentence or the next statement.
    fn clause_after(&self, k: usize, b: usize, verb: &str) -> Option<Content> {
        let mut j = k;
        let mut conf: f32 = 0.9;
        let bare = contains(BARE_CLAUSE_VERBS, verb);
        // "told" always has a hearer before what was said.
        let hearer = ["told", "tells", "informed", "assured"].iter().any(|v| verb.eq_ignore_ascii_case(v));
        if matches!(self.punct(j), Some(',' | ':')) {
            j += 1;
        }
        if j > k && self.word_in(j, PARTICIPLE_CUES) {
            return None;
        }
        // "warned Tuesday of "extremely dangerous" rainfall": quoted words
        // make the object something said.
        if self.word_is_any(j, &["of", "about", "against"]) {
            let end = self.clause_end(j + 1, b);
            if (j..end).any(|x| self.quoted(x)) && self.words(j + 1, end) >= 3 {
                return Some(self.paraphrase(j + 1, end, 0.75));
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
        Some(self.paraphrase(j, end, conf))
    }

    /// The "that" opening reported speech after a stretch of setting the
    /// complements did not cover: "warned a day earlier, in an interview
    /// with the Courier, that …", "said, hours after the incident, that …".
    fn that_after_gap(&self, k: usize, b: usize, bare: bool) -> Option<usize> {
        let limit = (k + 18).min(b);
        let mut light = true;
        for j in k..limit {
            if self.quoted(j) || matches!(self.punct(j), Some(';' | '.' | ':' | '?' | '!')) {
                return None;
            }
            if self.is(j, "that") {
                // "said in 2019, while still in opposition, that …"
                let enclosed = j > k && self.punct(j - 1) == Some(',');
                // "said before the tournament that …": a short prepositional phrase.
                let setting = self.word_in(k, SETTING_PREPOSITIONS) && j - k <= 6;
                return (light || enclosed || setting || !bare).then_some(j);
            }
            if self.word_in(j, CUE_VERBS) {
                return None;
            }
            light &= self.is_light(j);
        }
        None
    }

    /// Words a setting is made of: names, numbers, prepositions,
    /// determiners, time and setting nouns.
    fn is_light(&self, j: usize) -> bool {
        let t = self.seg.tokens[j];
        t.kind == TokKind::Number
            || t.punct(self.src) == Some(',')
            || t.is_capitalized(self.src)
            || self.is_time_word(j)
            || self.word_in(j, SETTING_PREPOSITIONS)
            || self.word_in(j, SETTING_NOUNS)
            || self.word_in(j, TOLD_OBJECTS)
            || self.word_in(j, ASIDE_OPENERS)
            || self.word_is_any(j, &["a", "an", "the", "his", "her", "its", "their", "with", "to", "of", "for", "by", "news", "press", "joint", "weekly", "daily", "televised"])
    }

    /// What a paraphrase of `[j, end)` is: reported, or mixed when it
    /// embeds a quotation.
    fn paraphrase(&self, j: usize, end: usize, conf: f32) -> Content {
        // Quotations that are names (the law "On Elections", the so-called
        // "reset") are not words said.
        let quoted = (j..end)
            .filter(|&x| self.quoted(x) && self.seg.tokens[x].kind != TokKind::Punct && !self.names_something(x))
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
    fn names_something(&self, x: usize) -> bool {
        let q = self.seg.quote_of[x];
        let Some(open) = (0..=x).rev().take(200).find(|&k| self.seg.quote_of[k] != q).map(|k| k + 1).or(Some(0)) else { return false };
        open > 0 && (self.word_in(open - 1, NAME_INTRODUCERS) || (open > 1 && self.word_in(open - 2, NAME_INTRODUCERS) && self.word_is_any(open - 1, &["as", "the"])))
    }

    /// "warned of a crisis": a prepositional object, not a clause.
    fn is_object_only(&self, j: usize) -> bool {
        self.word_is_any(j, &["about", "after", "against", "amid", "as", "at", "before", "despite", "during", "for", "in", "of", "on", "to", "while", "with"])
    }

    /// Where a clause of reported speech ends: the sentence end, or a comma
    /// before ", adding that", ", according to", ", he said".
    fn clause_end(&self, j: usize, b: usize) -> usize {
        let mut k = j;
        while k < b {
            // `…, "no later than 2030," adding that …`: the quotation closes first.
            if self.quoted(k) && self.word_in(k + 1, PARTICIPLE_CUES) && k > j && self.punct(k - 1) == Some(',') {
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
                if self.word_is_any(n, &["a", "an"]) && k > j {
                    return k;
                }
                let n = if self.word_is_any(n, &["while", "whereas", "but", "and"]) {
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
            // "… — a phrase analysts read as a warning": the reporter's aside.
            if k > j && matches!(self.punct(k), Some('—' | '–')) && !self.quoted(k) && self.word_is_any(k + 1, &["a", "an", "which"]) {
                return k;
            }
            // "… and that …": a second statement.
            if k > j && self.is(k, "and") && self.is(k + 1, "that") && !self.quoted(k) {
                return if self.punct(k - 1) == Some(',') && !self.quoted(k - 1) { k - 1 } else { k };
            }
            // "… and warned that …": a second reporting verb, a second statement.
            if k > j && self.word_is_any(k, &["and", "but"]) && !self.quoted(k) {
                let mut n = k + 1;
                while n < b && self.word_in(n, SUBJECT_ADVERBS) {
                    n += 1;
                }
                if self.word_in(n, CUE_VERBS) && !self.not_a_cue(n, j) {
                    let end = if self.punct(k - 1) == Some(',') || (self.quoted(k - 1) && self.punct(k - 2) == Some(',')) { k - 1 } else { k };
                    return if self.quoted(end.saturating_sub(0)) && end == k - 1 { k } else { end };
                }
            }
            k += 1;
        }
        b
    }

    /// `A, X said, B`: an attribution inside the sentence it attributes
    /// ("However, the official added, the demand was …", "Her office, she
    /// told lawmakers, had 11 staff").
    fn parenthetical(&self, subject_start: usize, a: usize, k: usize, b: usize) -> Option<Content> {
        if subject_start == a || self.punct(subject_start - 1) != Some(',') || self.punct(k) != Some(',') || self.quoted(k) {
            return None;
        }
        let j = k + 1;
        let opens_clause = self.seg.tokens.get(j).is_some_and(|t| t.kind == TokKind::Word)
            && !self.quoted(j)
            && !self.word_in(j, PARTICIPLE_CUES)
            && !self.word_in(j, ASIDE_OPENERS)
            && !self.word_in(j, SETTING_PREPOSITIONS)
            && !self.word_is_any(j, &["that", "and", "but", "while", "whereas", "who", "which", "as", "with", "to", "adding", "according"]);
        if !opens_clause {
            return None;
        }
        let end = self.clause_end(j, b);
        if self.words(j, end) < 2 {
            return None;
        }
        let mut s = a;
        while s < subject_start - 1 && (self.word_in(s, CONNECTIVES) || self.punct(s) == Some(',')) {
            s += 1;
        }
        let mut content = self.paraphrase(j, end, 0.8);
        if self.words(s, subject_start - 1) > 0 {
            let before = self.paraphrase(s, subject_start - 1, 0.8);
            if before.kind != Kind::Indirect {
                content.kind = if content.kind == Kind::Direct && before.kind == Kind::Direct { Kind::Direct } else { Kind::Mixed };
            }
            content.ranges.insert(0, (s, subject_start - 1));
        }
        Some(content)
    }

    /// `…, X said [on Tuesday]`: the clause before the attribution.
    fn clause_before(&self, subject_start: usize, a: usize, k: usize, b: usize) -> Option<Content> {
        // Nothing may follow the attribution but a tail (", noting …", ".").
        let mut j = k;
        while j < b && self.seg.tokens[j].kind == TokKind::Punct {
            j += 1;
        }
        // A tail after a comma (", noting …", ", in what he described as …")
        // may follow; a clause or quotation may not.
        let tail = j < b && (self.word_in(j, PARTICIPLE_CUES) || (j > k && self.punct(j - 1) == Some(',') && !self.quoted(j) && !self.is(j, "that")));
        if j < b && !tail {
            return None;
        }
        let mut e = subject_start;
        // `… talks "without intermediaries," Hallan told Sputnik`: the comma
        // sits inside the closing quotation mark.
        let comma_in_quote = e >= a + 2 && self.quoted(e - 1) && self.punct(e - 1).is_some_and(crate::sentences::quotes::is_double_mark) && self.punct(e - 2) == Some(',');
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
            if self.word_is_any(s, &["in", "at", "on", "for", "as"]) && self.words(s, c) <= 4 {
                s = c + 1;
            }
        }
        // "Speaking after the prime minister, …": a lead-in, not what was said.
        if self.words(s, e) < 3 || self.word_in(s, ASIDE_OPENERS) || self.word_in(s, PARTICIPLE_CUES) {
            return None;
        }
        Some(self.paraphrase(s, e, 0.85))
    }

    /// `according to X, …` and `…, according to X`; X may be a pronoun
    /// ("according to her") or a document of its author ("according to the
    /// preliminary report of the mission", "according to a statement
    /// published on the office's website").
    fn according_claim(&self, si: usize, cue: Cue, a: usize, b: usize, covered: &[(usize, usize)]) -> Option<Draft> {
        let (speaker, via, mut after) = if let Some(p) = [("him", Pronoun::He), ("her", Pronoun::She), ("them", Pronoun::They)].iter().find(|(w, _)| self.is(cue.end, w)).map(|&(_, p)| p) {
            (self.resolve_pronoun(p, cue.end, si)?, Via::Pronoun, cue.end + 1)
        } else {
            let m = self.men.starting_at(cue.end).or_else(|| self.document_author(cue.end, b))?;
            let (speaker, via) = self.speaker_of(m, si)?;
            (speaker, via, m.toks.1)
        };
        // "according to the ministry's statement", "… (NIH) earlier in the
        // day, …", "… observer mission, …": on to the comma.
        if self.seg.tokens.get(after).is_some_and(|t| t.is_possessive(self.src)) {
            after += 2;
        }
        if cue.start == a {
            if let Some(c) = (after..b.min(after + 14)).take_while(|&x| !self.quoted(x)).find(|&x| self.punct(x) == Some(',')) {
                after = c;
            }
        }
        // ", published on November 8," or ", who spoke on condition of
        // anonymity,": an aside before what was said.
        if self.punct(after) == Some(',') && self.seg.tokens.get(after + 1).is_some_and(|t| t.kind == TokKind::Word && (t.text(self.src).ends_with("ed") || self.word_in(after + 1, ASIDE_OPENERS))) {
            if let Some(c) = (after + 1..b.min(after + 14)).find(|&c| self.punct(c) == Some(',')) {
                after = c;
            }
        }
        let content = if self.punct(after) == Some(',') && cue.start == a {
            let end = self.clause_end(after + 1, b);
            (self.words(after + 1, end) >= 3).then(|| self.paraphrase(after + 1, end, 0.85))?
        } else if cue.start > a && self.punct(cue.start - 1) == Some(',') {
            let mut s = a;
            while s < cue.start - 1 && (self.word_in(s, CONNECTIVES) || self.punct(s) == Some(',')) {
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
        Some(Draft { speaker, cue_tok: Some(cue.start), content, cue: "according to".into(), via, continues: None, ranges_hint: hint })
    }

    /// The author of a document named after "according to": "the report of
    /// X", "a statement issued by X", "a statement published on X's website".
    fn document_author(&self, from: usize, b: usize) -> Option<&'a Mention> {
        let mut k = from;
        if self.word_is_any(k, &["a", "an", "the"]) {
            k += 1;
        }
        let start = k;
        while k < b && k - start < 3 && !self.word_in(k, DOCUMENTS) && self.seg.tokens[k].kind == TokKind::Word && !self.quoted(k) {
            k += 1;
        }
        if !self.word_in(k, DOCUMENTS) {
            return None;
        }
        // The first person or organisation before the clause's comma.
        let end = (k + 1..b.min(k + 12)).find(|&j| self.punct(j).is_some_and(|c| c != '\'' && c != '’') || self.quoted(j)).unwrap_or(b.min(k + 12));
        self.men.within(k + 1, end).iter().find(|m| !matches!(m.kind, MentionKind::Pronoun(_)))
    }

    /// `…, adding that …`: a further statement by the speaker of the claim
    /// before it in the sentence (or by the sentence's subject).
    fn participle_claim(
        &self,
        si: usize,
        cue: Cue,
        a: usize,
        b: usize,
        last_here: Option<usize>,
    ) -> Option<Draft> {
        // "…, with host Sarrhun's foreign minister saying the bloc was …"
        let after_with = |m: &Mention| (1..=3).any(|d| m.toks.0 >= a + d && self.is(m.toks.0 - d, "with") && (m.toks.0 - d + 1..m.toks.0).all(|x| self.seg.tokens[x].kind == TokKind::Word));
        if let Some(m) = self.men.ending_at(cue.start).filter(|m| !self.is(cue.start, "and") && after_with(m)) {
            let (speaker, via) = self.speaker_of(m, si)?;
            let k = self.skip_complements(cue.end, b, "");
            let end = self.clause_end(k, b);
            let from = if self.is(k, "that") { k + 1 } else { k };
            if self.words(from, end) < 3 {
                return None;
            }
            let content = self.paraphrase(from, end, 0.75);
            let hint = content.ranges.clone();
            return Some(Draft { speaker, cue_tok: Some(cue.start), content, cue: self.text(cue.start).to_string(), via, continues: None, ranges_hint: hint });
        }
        // ", adding" or `," adding` (the comma inside a closing quotation).
        let comma_before = cue.start > a
            && (self.punct(cue.start - 1) == Some(',')
                || self.is(cue.start, "and")
                || (cue.start > a + 1 && self.quoted(cue.start - 1) && self.punct(cue.start - 2) == Some(',')));
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
            } else if self.word_in(cue.start, BARE_PARTICIPLES) && !self.is_object_only(j) && !self.word_is_any(j, &["a", "an"]) {
                j
            } else {
                return None;
            };
            let end = self.clause_end(from, b);
            (self.words(from, end) >= 3).then(|| self.paraphrase(from, end, 0.8))
        })?;
        let hint = content.ranges.clone();
        let cue_text = self.text(cue.start).to_string();
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
    fn continuation(&self, si: usize, a: usize, b: usize) -> Option<Draft> {
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

/// The parts of `[a, b)` outside the sorted `ranges`.
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
