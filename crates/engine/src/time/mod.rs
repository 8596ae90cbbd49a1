//! Stage 5, time: when each statement was made.
//!
//! Takes the claims (with their frames: the words around what was said) and
//! the publication date, and gives each claim the time its own words state,
//! resolved to dates at their real precision. Modelled on chrono-node:
//! [`parsers`] recognise expressions ("on Tuesday", "this past October",
//! "a day earlier", "subsequently") without resolving them; [`refiners`]
//! resolve them against the publication date and against the date of the
//! statement mentioned before ("a day earlier", "subsequently").
//!
//! Only the frame is read: in "Berg said on Tuesday that talks held last week
//! failed", the statement is dated Tuesday; "last week" is what was said.
//! A statement that continues another ("adding that", a quote-only
//! paragraph) takes its date; one with no time of its own gets none here and
//! takes its event's date in the next stage.

pub mod parsers;
pub mod refiners;

use crate::attribution::Claim;
use crate::date::Date;
use crate::keys;
use crate::model::{Precision, When};
use crate::sentences::Segmented;
use crate::words::Words;
pub use parsers::Relation;
use parsers::{parse_at, Expr, Parsed};

/// When a claim was made, as its words say.
#[derive(Clone, Debug, PartialEq)]
pub struct Timing {
    pub when: When,
    /// An order relative to the claim in `anchor`.
    pub relation: Option<Relation>,
    /// The claim mentioned before that relative expressions refer to.
    pub anchor: Option<usize>,
}

/// Words that open a relative clause, whose times describe something else
/// ("Ost, who took office in 2019, said on Monday").
const CLAUSE_OPENERS: Words = words!["when", "where", "which", "who", "whom", "whose"];

/// Verbs of speaking that make a relative clause describe the statement.
const SPEAKING_VERBS: Words = words![
    "speaking",
    "spoke",
    "talked",
    "testified",
    "testifying",
    "told",
    "wrote"
];

/// Nouns of occasions that a statement's frame may refer back to ("in a
/// readout of the call").
const OCCASIONS: Words = words![
    "address",
    "briefing",
    "call",
    "ceremony",
    "conference",
    "conversation",
    "debate",
    "hearing",
    "interview",
    "meeting",
    "session",
    "speech",
    "summit",
    "talks",
    "visit",
    "vote",
];

/// Runs the stage: one timing per claim, `None` when its words give no time.
pub fn time(src: &str, seg: &Segmented, claims: &[Claim], published: Option<Date>) -> Times {
    let mut t = Timer::default();
    while !t.advance(src, seg, claims, published, usize::MAX) {}
    t.finish(src, seg, published)
}

/// The stage run a piece at a time, for [`crate::Analyzer`]: first the
/// days the narration names, sentence by sentence, then the statements'
/// times, claim by claim.
#[derive(Default)]
pub struct Timer {
    scene: Option<Scene>,
    out: Vec<Option<Timing>>,
    seen: Seen,
}

impl Timer {
    /// Reads on until about `budget` tokens are read or every claim is
    /// timed; true once they are.
    pub fn advance(
        &mut self,
        src: &str,
        seg: &Segmented,
        claims: &[Claim],
        published: Option<Date>,
        budget: usize,
    ) -> bool {
        let scene = self.scene.get_or_insert_with(|| Scene::new(seg, claims));
        let mut spent = 0usize;
        while spent < budget {
            let si = scene.narration_day.len();
            let Some(s) = seg.sentences.get(si) else {
                break;
            };
            scene.narrate(src, seg, published, si);
            spent += s.toks.1 - s.toks.0 + 1;
        }
        while spent < budget {
            let ci = self.out.len();
            let Some(c) = claims.get(ci) else { break };
            let t = timing(
                src,
                seg,
                claims,
                published,
                scene,
                &mut self.seen,
                &self.out,
                ci,
            );
            self.out.push(t);
            spent += c
                .frame
                .iter()
                .map(|f| f.1.saturating_sub(f.0))
                .sum::<usize>()
                + 1;
        }
        self.out.len() >= claims.len()
    }

    /// What the stage gives, once every claim is timed.
    pub fn finish(self, src: &str, seg: &Segmented, published: Option<Date>) -> Times {
        Times {
            timings: self.out,
            story_day: story_day(src, seg, published),
        }
    }
}

/// What the stage gives.
#[derive(Clone, Debug, Default)]
pub struct Times {
    /// One timing per claim, `None` when its words give no time.
    pub timings: Vec<Option<Timing>>,
    /// The day the story's first paragraph is about ("beat Dorvany 2-1 on
    /// Tuesday"): statements nothing else dates were most likely made then
    /// or since.
    pub story_day: Option<Date>,
}

/// The most sentences of the first paragraph read for the story's day: a
/// lede is a sentence or two, and a text that is one long paragraph would
/// otherwise be read whole, in one step.
const LEDE_SENTENCES: usize = 8;

/// The first exact day the first paragraph names, outside quotations.
fn story_day(src: &str, seg: &Segmented, published: Option<Date>) -> Option<Date> {
    let first = seg.sentences.first()?.para;
    seg.sentences
        .iter()
        .take(LEDE_SENTENCES)
        .take_while(|s| s.para == first)
        .find_map(|s| {
            expressions(src, seg, &[s.toks])
                .into_iter()
                .filter(|p| !matches!(p.expr, Expr::Ahead | Expr::Order | Expr::FromAnchor(_)))
                .map(|p| refiners::resolve(p.expr, p.relation, published, None))
                .find(|w| w.precision == Precision::Day)
                .and_then(|w| w.start)
        })
}

/// The timing of claim `ci`, given those of the claims before it (`out`).
#[allow(clippy::too_many_arguments)]
fn timing(
    src: &str,
    seg: &Segmented,
    claims: &[Claim],
    published: Option<Date>,
    scene: &Scene,
    seen: &mut Seen,
    out: &[Option<Timing>],
    ci: usize,
) -> Option<Timing> {
    let claim = &claims[ci];
    {
        // "…, adding that …", a quote-only paragraph: the time of what it continues.
        if let Some(p) = claim.continues {
            return out[p].clone();
        }
        let mut found = expressions(src, seg, &claim.frame);
        if found.is_empty() && claim.continues.is_none() {
            found = scene_time(src, seg, claims, scene, ci);
        }
        if found.is_empty() && claim.continues.is_none() {
            found = occasion_time(src, seg, claim);
        }
        // (When the speaker was just heard, the events stage puts the
        // statement at that occasion.)
        let just_heard = ci.checked_sub(1).is_some_and(|p| {
            claims[p].speaker == claim.speaker && claims[p].sentence + 2 >= claim.sentence
        });
        if found.is_empty() && !just_heard {
            found = then_time(src, seg, claim);
        }
        let timing = match choose(&found) {
            Some((main, relation)) => {
                let start_of = |c: usize| out[c].as_ref().and_then(|t: &Timing| t.when.start);
                let anchor = match relation {
                    // "Sand later told NRB": later than Sand's own last
                    // statement; otherwise the statement mentioned before,
                    // unless that was its speaker looking back ("Tamm told
                    // parliament last month") after a later statement of theirs.
                    // "Eskargaz subsequently said that such statements were
                    // unhelpful": after the statement just reported.
                    Some(Relation::After) => ci
                        .checked_sub(1)
                        .filter(|&p| claims[p].speaker != claim.speaker && refers_back(src, claim))
                        .or_else(|| seen.last_of(claim.speaker))
                        .or_else(|| {
                            // "… subsequently said Semrau had taken note of the
                            // Dalmarian president's remarks": after those remarks.
                            claim
                                .mentioned
                                .iter()
                                .filter_map(|&e| seen.best_of(e))
                                .max_by_key(|&c| (start_of(c), c))
                        })
                        .or_else(|| {
                            seen.last.map(|a| match seen.best_of(claims[a].speaker) {
                                Some(b) if start_of(b) > start_of(a) => b,
                                _ => a,
                            })
                        }),
                    // A bare "earlier" looks back from the story's main occasion, the lead's.
                    Some(Relation::Before) if main.expr == Expr::Order => seen.lead.or(seen.last),
                    _ => seen.last,
                };
                let mut anchor_when = anchor.and_then(|a| out[a].as_ref()).map(|t| &t.when);
                // "On December 3, the commission refused … Temir said the same
                // day": a day set by narration after the anchor counts more.
                if matches!(main.expr, Expr::FromAnchor(_)) {
                    let floor = anchor.map_or(0, |a| claims[a].sentence + 1);
                    if let Some(w) = (floor..claim.sentence)
                        .rev()
                        .take(20)
                        .find_map(|s| scene.narration_day[s].as_ref())
                    {
                        anchor_when = Some(w);
                    }
                    // "a day earlier" after a statement dated only to a
                    // span ("last week"): a day before the lead's day.
                    let is_day = |w: &&When| w.precision == Precision::Day;
                    if !anchor_when.is_some_and(|w| is_day(&w)) {
                        let lead = seen.lead.and_then(|a| out[a].as_ref()).map(|t| &t.when);
                        anchor_when = lead.filter(is_day).or(anchor_when);
                    }
                }
                let mut when = refiners::resolve(main.expr, relation, published, anchor_when);
                when.expression = Some(expression_text(src, seg, &found, main));
                let relative = matches!(main.expr, Expr::Order | Expr::FromAnchor(_));
                // "Earlier on Monday": before the statement made that same day.
                let (relation, anchor) = if relative {
                    (relation, anchor)
                } else if relation.is_some() {
                    let same_day = when
                        .start
                        .and_then(|d| seen.on_day.get(day_key(d)).copied());
                    (relation.filter(|_| same_day.is_some()), same_day)
                } else {
                    (None, None)
                };
                Some(Timing {
                    when,
                    relation,
                    anchor,
                })
            }
            None => claim.continues.and_then(|p| out[p].clone()),
        };
        if claim.continues.is_none() && !found.is_empty() {
            if let Some(t) = timing
                .as_ref()
                .filter(|t| t.when.precision != Precision::Unknown)
            {
                seen.record(ci, claim.speaker, &t.when, |c| {
                    out[c].as_ref().and_then(|t| t.when.start)
                });
            }
        }
        timing
    }
}

/// What the statements read so far have dated, for the anchors of relative
/// expressions. Every lookup is a map access, so the stage stays linear.
#[derive(Default)]
struct Seen {
    /// The last statement whose own words dated it: what "subsequently" follows.
    last: Option<usize>,
    /// The first such statement: the lead's occasion.
    lead: Option<usize>,
    /// Each speaker's last such statement, by speaker.
    last_of_speaker: Vec<Option<usize>>,
    /// Each speaker's statement with the latest start, by speaker.
    best_of_speaker: Vec<Option<usize>>,
    /// The last statement dated to a given day.
    on_day: keys::Map<usize>,
}

impl Seen {
    fn record(
        &mut self,
        ci: usize,
        speaker: usize,
        when: &When,
        start_of: impl Fn(usize) -> Option<Date>,
    ) {
        self.last = Some(ci);
        self.lead.get_or_insert(ci);
        *keys::at(&mut self.last_of_speaker, speaker) = Some(ci);
        match self.best_of(speaker) {
            Some(b) if start_of(b) >= when.start => {}
            _ => *keys::at(&mut self.best_of_speaker, speaker) = Some(ci),
        }
        if when.precision == Precision::Day {
            if let Some(d) = when.start {
                self.on_day.insert(day_key(d), ci);
            }
        }
    }

    fn last_of(&self, speaker: usize) -> Option<usize> {
        self.last_of_speaker.get(speaker).copied().flatten()
    }

    fn best_of(&self, speaker: usize) -> Option<usize> {
        self.best_of_speaker.get(speaker).copied().flatten()
    }
}

/// A day as a key of [`Seen::on_day`].
fn day_key(d: Date) -> [u8; 8] {
    d.to_days().to_le_bytes()
}

/// Which sentences hold statements, where each speaker is first heard, and
/// the day each narration sentence names.
struct Scene {
    has_claim: Vec<bool>,
    /// Each speaker's first statement, by speaker.
    first_claim_of: Vec<Option<usize>>,
    /// For a sentence without statements, the last exact day it names.
    narration_day: Vec<Option<When>>,
}

impl Scene {
    /// Which sentences hold statements; no narration day found yet.
    fn new(seg: &Segmented, claims: &[Claim]) -> Scene {
        let mut has_claim = vec![false; seg.sentences.len()];
        let mut first_claim_of: Vec<Option<usize>> = Vec::new();
        for (ci, c) in claims.iter().enumerate() {
            has_claim[c.sentence] = true;
            keys::at(&mut first_claim_of, c.speaker).get_or_insert(ci);
        }
        Scene {
            has_claim,
            first_claim_of,
            narration_day: Vec::with_capacity(seg.sentences.len()),
        }
    }

    /// Finds the day sentence `si` names, the one after the last found.
    fn narrate(&mut self, src: &str, seg: &Segmented, published: Option<Date>, si: usize) {
        let day = if self.has_claim[si] {
            None
        } else {
            expressions(src, seg, &[seg.sentences[si].toks])
                .into_iter()
                .filter(|p| !matches!(p.expr, Expr::Ahead | Expr::Order | Expr::FromAnchor(_)))
                .map(|p| refiners::resolve(p.expr, p.relation, published, None))
                .filter(|w| w.precision == Precision::Day)
                .last()
        };
        self.narration_day.push(day);
    }
}

/// The time set by the narration just before a statement: the sentence
/// before it in its paragraph ("The two signed the declaration this past
/// October. At the ceremony, Saari said …"), or, for a speaker heard for
/// the first time at the head of a paragraph, a narration paragraph before
/// it ("The court ruled on Thursday … ¶ "…," Chief Justice Keller said").
fn scene_time(
    src: &str,
    seg: &Segmented,
    claims: &[Claim],
    scene: &Scene,
    ci: usize,
) -> Vec<Parsed> {
    let si = claims[ci].sentence;
    if si == 0 {
        return Vec::new();
    }
    let narration = |s: usize| !scene.has_claim[s];
    // "won Sunday's election … said on Monday": a day with "'s" names what
    // happened, not when the narration's news came.
    let possessive = |p: &Parsed| {
        seg.tokens
            .get(p.toks.1)
            .is_some_and(|t| t.is_possessive(src))
    };
    let single = |found: Vec<Parsed>| -> Vec<Parsed> {
        let found: Vec<Parsed> = found
            .into_iter()
            .filter(|p| !matches!(p.expr, Expr::Ahead | Expr::Order) && !possessive(p))
            .collect();
        if found.len() == 1 {
            found
        } else {
            Vec::new()
        }
    };
    let (para, prev_para) = (seg.sentences[si].para, seg.sentences[si - 1].para);
    if prev_para == para {
        return if narration(si - 1) {
            single(expressions(src, seg, &[seg.sentences[si - 1].toks]))
        } else {
            Vec::new()
        };
    }
    let first_time = scene.first_claim_of[claims[ci].speaker] == Some(ci);
    // Up to 64 sentences back, while in the paragraph before.
    let mut sentences: Vec<usize> = Vec::new();
    for s in (0..si).rev() {
        if sentences.len() == 64 || seg.sentences[s].para != prev_para {
            break;
        }
        sentences.push(s);
    }
    if !first_time || prev_para + 1 != para || !sentences.iter().all(|&s| narration(s)) {
        return Vec::new();
    }
    let ranges: Vec<(usize, usize)> = sentences
        .iter()
        .rev()
        .map(|&s| seg.sentences[s].toks)
        .collect();
    single(expressions(src, seg, &ranges))
        .into_iter()
        .filter(|p| {
            !matches!(
                p.expr,
                Expr::Year(_) | Expr::YearAgo(_) | Expr::Month(_) | Expr::Season { .. }
            )
        })
        .collect()
}

/// The time of an occasion the frame refers back to: "… said in a readout
/// of the call" after "… a phone call … on December 3": the words near the
/// occasion's first mention, in the two sentences before, date it.
fn occasion_time(src: &str, seg: &Segmented, claim: &Claim) -> Vec<Parsed> {
    let toks = &seg.tokens;
    let is_occasion = |k: usize| {
        toks[k].kind == crate::token::TokKind::Word
            && crate::calendar::contains(OCCASIONS, toks[k].text(src))
    };
    let Some(noun) = claim.frame.iter().find_map(|&(a, b)| {
        (a + 1..b).find(|&k| !seg.in_quote(k) && is_occasion(k) && toks[k - 1].is(src, "the"))
    }) else {
        return Vec::new();
    };
    let word = toks[noun].text(src);
    let si = claim.sentence;
    for s in (si.saturating_sub(2)..si).rev() {
        let (a, b) = seg.sentences[s].toks;
        if let Some(k) = (a..b).find(|&k| toks[k].is(src, word)) {
            let found: Vec<Parsed> = expressions(src, seg, &[(k + 1, b.min(k + 20))])
                .into_iter()
                .filter(|p| !matches!(p.expr, Expr::Ahead | Expr::Order))
                .collect();
            if let Some(p) = found.first() {
                return vec![*p];
            }
        }
    }
    Vec::new()
}

/// Whether what was said opens by pointing at words just reported: "such
/// statements", "these remarks", "those claims".
fn refers_back(src: &str, claim: &Claim) -> bool {
    let Some(first) = claim.parts.first() else {
        return false;
    };
    // Two words in a row among the first six.
    let mut prev = "";
    let words = src[first[0]..first[1]].split(crate::text::is_not_alnum);
    for w in words.filter(|w| !w.is_empty()).take(6) {
        if crate::calendar::contains(POINTERS, prev) && crate::calendar::contains(REMARKS, w) {
            return true;
        }
        prev = w;
    }
    false
}

/// Words that point back at something just said.
const POINTERS: Words = words!["such", "these", "those"];

/// Names for what someone said.
const REMARKS: Words = words![
    "accusations",
    "allegations",
    "claims",
    "comments",
    "remarks",
    "statements",
    "threats",
    "words",
];

/// "…, said at the time" with nothing else to date it: the time the two
/// sentences before name last ("the protocol was handed over on December
/// 3. … Strand, who received it, said at the time"), counted from the day
/// the narration set when it is relative ("taken on Aug. 27. The theft was
/// discovered the next morning. … said at the time": Aug. 28).
fn then_time(src: &str, seg: &Segmented, claim: &Claim) -> Vec<Parsed> {
    let toks = &seg.tokens;
    let at_the_time = claim.frame.iter().any(|&(a, b)| {
        (a..b.saturating_sub(2)).any(|k| {
            !seg.in_quote(k)
                && toks[k].is(src, "at")
                && toks[k + 1].is(src, "the")
                && toks[k + 2].is(src, "time")
        })
    });
    if !at_the_time {
        return Vec::new();
    }
    let si = claim.sentence;
    (si.saturating_sub(2)..si)
        .rev()
        .find_map(|s| {
            let found: Vec<Parsed> = expressions(src, seg, &[seg.sentences[s].toks])
                .into_iter()
                .filter(|p| !matches!(p.expr, Expr::Ahead | Expr::Order))
                .collect();
            // "on May 5, its second hike this year": the day, not the year.
            let narrow = found.iter().rev().find(|p| !broad(p.expr)).copied();
            narrow.or(found.last().copied())
        })
        .into_iter()
        .collect()
}

/// Whether an expression is a span a more exact one beside it narrows
/// ("this year", "in 2019", "this week", "this summer").
fn broad(expr: Expr) -> bool {
    matches!(
        expr,
        Expr::Year(_) | Expr::YearAgo(_) | Expr::Season { .. } | Expr::Month(0) | Expr::Week(0)
    )
}

/// Time expressions in token ranges, outside quotations and relative clauses.
fn expressions(src: &str, seg: &Segmented, frame: &[(usize, usize)]) -> Vec<Parsed> {
    let mut found = Vec::new();
    // "The office, which brought the charges in March last year, said at
    // the time": the clause's date is the statement's.
    let then = frame.iter().any(|&(a, b)| {
        (a..b.saturating_sub(2)).any(|k| {
            seg.tokens[k].is(src, "at")
                && seg.tokens[k + 1].is(src, "the")
                && seg.tokens[k + 2].is(src, "time")
        })
    });
    for &(a, b) in frame {
        let mut k = a;
        while k < b {
            if seg.in_quote(k) {
                k += 1;
                continue;
            }
            match parse_at(src, &seg.tokens, k, b) {
                Some(p) if then || !in_relative_clause(src, seg, a, k) => {
                    k = p.toks.1.max(k + 1);
                    found.push(p);
                }
                _ => k += 1,
            }
        }
    }
    found
}

/// Whether token `k` is inside a relative clause of the frame that
/// describes something else ("Ost, who took office in 2019, said"). A
/// clause about the speaking itself ("…, who spoke to Sputnik later on
/// Sunday") is not excluded.
///
/// A clause without commas ends at the sentence's own verb: in "a coach who
/// was convicted in May was sentenced Thursday", the second "was" closes
/// the clause and "Thursday" is the sentence's.
fn in_relative_clause(src: &str, seg: &Segmented, frame_start: usize, k: usize) -> bool {
    // The words back to the comma before `k`.
    let (mut opens, mut about_speaking, mut closed) = (false, false, false);
    for j in (frame_start..k).rev() {
        let t = seg.tokens[j];
        if t.punct(src) == Some(',') {
            break;
        }
        let w = t.text(src);
        if crate::calendar::contains(CLAUSE_OPENERS, w) {
            // Only a clause whose own verb comes first ("who was …") can
            // be closed by a second: in "whose team had not lost", "had" is
            // the clause's.
            let own_verb = seg
                .tokens
                .get(j + 1)
                .is_some_and(|t| crate::calendar::contains(AUXILIARIES, t.text(src)));
            opens = !(closed && own_verb);
            break;
        }
        about_speaking |= crate::calendar::contains(SPEAKING_VERBS, w);
        closed |= crate::calendar::contains(AUXILIARIES, w)
            && j > frame_start
            && !crate::calendar::contains(NOT_BEFORE_MAIN_VERB, seg.tokens[j - 1].text(src));
    }
    opens && !about_speaking
}

/// Finite auxiliaries that may be a sentence's own verb after a relative
/// clause ("a man who was arrested in May was sentenced Thursday").
const AUXILIARIES: Words = words!["are", "had", "has", "have", "is", "was", "were"];

/// Words after which an auxiliary is still the clause's: its own verb
/// ("who was"), a second one ("and was"), or a clause within it ("who said
/// they were").
const NOT_BEFORE_MAIN_VERB: Words = words![
    "and", "but", "he", "i", "it", "or", "she", "that", "there", "they", "we", "when", "where",
    "which", "who", "whom", "you"
];

/// The expression that dates the claim, and the order word that goes with it.
fn choose(found: &[Parsed]) -> Option<(Parsed, Option<Relation>)> {
    // Of those that do not look ahead: the first that is more than an
    // order (else the first), and the first order word.
    let (mut first, mut main, mut relation) = (None, None, None);
    for &p in found.iter().filter(|p| p.expr != Expr::Ahead) {
        first = first.or(Some(p));
        relation = relation.or(p.relation);
        if main.is_none() && p.expr != Expr::Order {
            main = Some(p);
        }
    }
    let main: Parsed = main.or(first)?;
    Some((main, main.relation.or(relation)))
}

fn expression_text(src: &str, seg: &Segmented, found: &[Parsed], main: Parsed) -> String {
    let parts = found
        .iter()
        .filter(|p| p.expr == Expr::Order && **p != main)
        .chain([&main]);
    let mut out = String::new();
    for (i, p) in parts.enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        let text = &src[seg.tokens[p.toks.0].start..seg.tokens[p.toks.1 - 1].end];
        crate::text::push_words(&mut out, &mut text.split_whitespace());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::attribute;
    use crate::mentions::mentions;
    use crate::sentences::segment;

    /// The claims' timings; paragraphs are separated by a blank line.
    fn timings(src: &str, published: &str) -> Vec<Option<(String, String, Option<String>)>> {
        let mut paras = Vec::new();
        let mut start = 0;
        for (i, _) in src.match_indices("\n\n") {
            paras.push([start, i]);
            start = i + 2;
        }
        paras.push([start, src.len()]);
        let seg = segment(src, paras);
        let men = mentions(src, &seg);
        let claims = attribute(src, &seg, &men);
        time(src, &seg, &claims, Date::parse_iso(published))
            .timings
            .into_iter()
            .map(|t| {
                t.map(|t| {
                    (
                        t.when.start.map(|d| d.to_string()).unwrap_or_default(),
                        t.when.end.map(|d| d.to_string()).unwrap_or_default(),
                        t.when.expression,
                    )
                })
            })
            .collect()
    }

    fn story_day_of(src: &str, published: &str) -> Option<String> {
        let seg = segment(src, vec![[0, src.len()]]);
        story_day(src, &seg, Date::parse_iso(published)).map(|d| d.to_string())
    }

    #[test]
    fn the_story_day_is_the_first_day_the_lede_names() {
        let lede = "Rivers rose. The storm hit the coast on Monday. Roads closed on Tuesday.";
        assert_eq!(
            story_day_of(lede, "2020-12-30").as_deref(),
            Some("2020-12-28")
        );
        // A text that is one long paragraph: only its first sentences are
        // its lede, and a day named far into it is not the story's.
        let long = format!(
            "{} The storm hit on Monday.",
            "It rained. ".repeat(LEDE_SENTENCES)
        );
        assert_eq!(story_day_of(&long, "2020-12-30"), None);
    }

    #[test]
    fn hours_earlier_is_the_day_of_what_was_just_told() {
        let t = timings(
            "Coach Ana Voss said on Saturday that the title was for the fans. The Lusterran Football League said in a statement Sunday that it had received a complaint. Hours earlier, FC Lusterburg had said in a statement that the coach would stay.",
            "2024-11-25",
        );
        assert_eq!(t.len(), 3, "{t:?}");
        assert_eq!(t[2].as_ref().unwrap().0, "2024-11-24");
        assert_eq!(t[2].as_ref().unwrap().1, "2024-11-24");
    }

    #[test]
    fn time_in_the_attribution_dates_the_statement_not_time_in_the_content() {
        let t = timings(
            "Anna Berg said on Tuesday that talks held last week had failed.",
            "2020-12-29",
        );
        assert_eq!(
            t,
            [Some((
                "2020-12-29".into(),
                "2020-12-29".into(),
                Some("on Tuesday".into())
            ))]
        );
    }

    #[test]
    fn subsequently_runs_from_the_statement_before_to_publication() {
        let t = timings(
            "Putin, while speaking at the club this past October, said that an alliance was not required. The Chinese Ministry of Foreign Affairs subsequently said that there are no limits to relations.",
            "2020-12-29",
        );
        assert_eq!(t[1].as_ref().unwrap().0, "2020-10-01");
        assert_eq!(t[1].as_ref().unwrap().1, "2020-12-29");
    }

    #[test]
    fn relative_clause_times_describe_something_else() {
        let t = timings(
            "Karl Ost, who took office in 2019, said on Monday that the plan works.",
            "2020-12-29",
        );
        assert_eq!(t[0].as_ref().unwrap().0, "2020-12-28");
    }

    #[test]
    fn narration_before_a_statement_in_its_paragraph_sets_its_time() {
        let t = timings("The two signed the declaration this past October. At the ceremony, Oona Saari said that it marked a new era.", "2020-12-10");
        assert_eq!(
            t,
            [Some((
                "2020-10-01".into(),
                "2020-10-31".into(),
                Some("this past October".into())
            ))]
        );
    }

    #[test]
    fn a_relative_clause_without_commas_ends_at_the_sentences_own_verb() {
        // (lede, the story's day)
        let cases = [
            (
                "A coach who was convicted in May of killing a student was sentenced Thursday to 12 years.",
                Some("2022-08-11"),
            ),
            ("Officials who met on Monday agreed to a plan.", None),
            ("Officials who said they were ready on Monday agreed.", None),
            ("Kessler, whose team had not lost since May 3, was sacked.", None),
        ];
        for (lede, day) in cases {
            assert_eq!(story_day_of(lede, "2022-08-11").as_deref(), day, "{lede}");
        }
    }

    #[test]
    fn a_day_with_an_apostrophe_s_in_the_narration_names_what_happened() {
        let t = timings(
            "The Civic Union won Sunday's election. The final count was published on Monday.\n\nThe Social Democrats came second, the electoral commission said.",
            "2024-10-21",
        );
        assert_eq!(
            t.last().cloned().flatten().map(|t| t.0).as_deref(),
            Some("2024-10-21"),
            "{t:?}"
        );
    }

    #[test]
    fn at_the_time_takes_the_narrations_most_exact_date() {
        // (narration, the statement's day)
        let cases = [
            (
                "The books were taken during the night of Aug. 27. The theft was discovered the next morning.",
                "2023-08-28",
            ),
            ("The books were taken on Aug. 27.", "2023-08-27"),
            ("The bank raised its rate on Aug. 27, its second hike this year.", "2023-08-27"),
            (
                "The books were taken on Aug. 27. Two days later the police came.",
                "2023-08-29",
            ),
        ];
        for (narration, day) in cases {
            let text = format!(
                "{narration} Director Helga Brandvold said at the time that the loss was grave."
            );
            let t = timings(&text, "2023-09-14");
            assert_eq!(
                t[0].as_ref().map(|t| t.0.as_str()),
                Some(day),
                "{narration}"
            );
        }
    }

    #[test]
    fn a_day_earlier_after_a_span_counts_from_the_leads_day() {
        let t = timings(
            "Director General Sohail Zarkan said on Monday that 31 people were killed.\n\nThe Met Office said last week that heavy rain would come.\n\nDuring a visit to Kallat a day earlier, the minister toured the camps.\n\n\"Whatever we had is gone,\" Gul Bano, a resident, told the minister.",
            "2024-04-09",
        );
        assert_eq!(
            t.last().cloned().flatten().map(|t| t.0).as_deref(),
            Some("2024-04-07"),
            "{t:?}"
        );
    }

    #[test]
    fn relative_clause_about_the_speaking_dates_the_statement() {
        let t = timings("\"We have been here before,\" said Jonas Ferre, an expert, who spoke to Sputnik later on Sunday.", "2024-12-08");
        assert_eq!(t[0].as_ref().unwrap().0, "2024-12-08");
    }

    #[test]
    fn statement_without_time_gets_none() {
        assert_eq!(
            timings("Karl Ost said that the plan works.", "2020-12-29"),
            [None]
        );
    }
}
