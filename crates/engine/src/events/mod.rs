//! Stage 6, events: at which occasion each statement was made, and in what
//! order the occasions came.
//!
//! Takes the claims, their timings, the speakers' roles and the
//! publication date, and gives
//! events (a label, speakers, a date at its precision) in timeline order,
//! with each claim's event and date. A statement joins an event when it
//! names the same setting ("at the Valdai Discussion Club"), or when it is
//! its speaker's next statement and neither its time nor its setting says
//! otherwise; "adding that" and quote-only paragraphs stay with the
//! statement they continue. An event nothing dates is "on or before" the
//! publication date: a range, never a guessed day. Events are ordered by
//! date; "subsequently", "later" and "earlier" settle ties and overlaps.

mod rules;

use crate::attribution::Claim;
use crate::calendar::{self, contains};
use crate::date::Date;
use crate::keys;
use crate::model::{Precision, When};
use crate::sentences::Segmented;
use crate::text::Case;
use crate::time::{Relation, Times};
use crate::token::TokKind;
use crate::words::Words;
pub use rules::VenueKind;
use rules::*;

/// Where a statement was made.
#[derive(Clone, Debug, PartialEq)]
pub struct Venue {
    pub kind: VenueKind,
    /// A proper name ("Valdai Discussion Club") when the text gives one.
    pub name: Option<String>,
    /// The setting is one already spoken of, maybe with another speaker
    /// ("a joint press conference", "the same briefing", "the statement").
    pub shared: bool,
    /// A place more than an occasion ("on the sidelines of a meeting"): any
    /// occasion may have been held there.
    pub loose: bool,
    /// The speaker's own, already spoken of ("in its appeal", "in his
    /// statement").
    pub own: bool,
}

/// An occasion, before ordering.
#[derive(Clone, Debug, PartialEq)]
pub struct Occasion {
    pub speakers: Vec<usize>,
    pub venue: Option<Venue>,
    pub when: When,
    /// Whether `when` was read from the text (not inferred).
    pub dated: bool,
    pub relation: Option<(Relation, usize)>,
    /// The first claim made at it.
    pub first_claim: usize,
    /// Its statements are told in the past perfect ("had warned").
    pub perfect: bool,
    /// For an undated occasion, where it sorts: after what it most likely
    /// reacts to, before the day's dated news.
    pub sort_from: Option<Date>,
    /// The occasion it answers ("Responding to the announcement, …"): it
    /// sorts after it.
    pub answers: Option<usize>,
}

/// What the stage gives.
#[derive(Clone, Debug, Default)]
pub struct Timeline {
    /// Occasions in timeline order.
    pub events: Vec<Occasion>,
    /// For each claim, its event (an index into `events`).
    pub event_of: Vec<usize>,
    /// For each claim, its date.
    pub date_of: Vec<When>,
}

/// Runs the stage.
pub fn events(
    src: &str,
    seg: &Segmented,
    claims: &[Claim],
    times: &Times,
    roles: &[Option<String>],
    published: Option<Date>,
) -> Timeline {
    let mut g = Grouper::default();
    while !g.advance(src, seg, claims, times, roles, published, usize::MAX) {}
    g.finish(claims, times, published)
}

/// The stage run a piece at a time, for [`crate::Analyzer`]: the events
/// of the claims placed so far.
#[derive(Default)]
pub struct Grouper {
    book: Book,
    event_of: Vec<usize>,
    /// The claims' own dates, as the stage refines them.
    own: Vec<Option<When>>,
}

impl Grouper {
    /// Places up to `budget` claims; true once every claim is placed.
    #[allow(clippy::too_many_arguments)]
    pub fn advance(
        &mut self,
        src: &str,
        seg: &Segmented,
        claims: &[Claim],
        times: &Times,
        roles: &[Option<String>],
        published: Option<Date>,
        budget: usize,
    ) -> bool {
        if self.event_of.is_empty() && self.own.is_empty() {
            self.own = times
                .timings
                .iter()
                .map(|t| {
                    t.as_ref()
                        .map(|t| t.when.clone())
                        .filter(|w| w.precision != Precision::Unknown)
                })
                .collect();
        }
        let mut spent = 0usize;
        while self.event_of.len() < claims.len() && spent < budget {
            self.place(src, seg, claims, times, roles, published);
            spent += 1;
        }
        self.event_of.len() >= claims.len()
    }

    /// Places the next claim.
    fn place(
        &mut self,
        src: &str,
        seg: &Segmented,
        claims: &[Claim],
        times: &Times,
        roles: &[Option<String>],
        published: Option<Date>,
    ) {
        let ci = self.event_of.len();
        let c = &claims[ci];
        let timings = &times.timings;
        let (book, event_of, own) = (&mut self.book, &mut self.event_of, &mut self.own);
        let timing = timings[ci].as_ref();
        if let Some(p) = c.continues {
            let e = event_of[p];
            book.last_use[e] = ci;
            book.last_para[e] = seg.sentences[c.sentence].para;
            event_of.push(e);
            return;
        }
        let venue = venue_in(src, seg, c);
        let mut relation = timing.and_then(|t| Some((t.relation?, event_of[t.anchor?])));
        // "at a press conference after the ceremony": after that occasion.
        if let Some(a) = occasion_before(src, seg, c).and_then(|kind| book.last_dated_of_kind(kind))
        {
            relation = Some((Relation::After, a));
            if own[ci].is_none() {
                let o = &book.occ[a];
                let end = match (o.when.end, published) {
                    (Some(e), Some(p)) => Some(e.max(p)),
                    (e, _) => e,
                };
                let label = o.venue.as_ref().map_or("occasion", |v| v.kind.label());
                own[ci] = Some(When {
                    start: o.when.start,
                    end,
                    precision: Precision::Range,
                    expression: Some(["after the ", &label.lowercase()].concat()),
                });
            }
        }
        let when = own[ci].as_ref();
        let undated = venue.is_none() && relation.is_none() && when.is_none();
        let para = seg.sentences[c.sentence].para;
        // "she said at the time": the occasion the speaker was last heard at.
        let then = (when.is_none() && at_the_time(src, seg, c))
            .then(|| book.latest_of(c.speaker))
            .flatten();
        let e = then
            .or_else(|| book.find_event(c, para, venue.as_ref(), when, relation.is_some()))
            .or_else(|| {
                undated
                    .then(|| book.body_event(roles[c.speaker].as_deref()))
                    .flatten()
            })
            .or_else(|| {
                let previous = ci.checked_sub(1).map(|p| event_of[p]);
                // "… with his counterpart, Anton Maresh": Maresh was there.
                let named_there = previous.is_some_and(|pe| {
                    (0..ci).rev().take(LOOKBACK).any(|p| {
                        event_of[p] == pe
                            && claims[p].sentence != c.sentence
                            && claims[p].mentioned.contains(&c.speaker)
                    })
                });
                undated
                    .then(|| book.shared_occasion(c.speaker, previous, named_there))
                    .flatten()
            })
            .unwrap_or_else(|| book.open(ci, c.perfect, relation));
        book.join(e, ci, para, c.speaker, venue, when);
        // "Responding to the announcement, …": after the story's first dated occasion.
        if !book.occ[e].dated && book.occ[e].relation.is_none() && reacts(src, seg, c) {
            let news = (0..e).take(LOOKBACK).find(|&n| book.occ[n].dated);
            book.occ[e].answers = book.occ[e].answers.or(news);
        }
        event_of.push(e);
    }

    /// The timeline, once every claim is placed.
    pub fn finish(self, claims: &[Claim], times: &Times, published: Option<Date>) -> Timeline {
        let (book, event_of, own) = (self.book, self.event_of, self.own);
        let mut occ = book.occ;
        undated(&mut occ, published, times.story_day);
        let order = timeline_order(&occ, published);
        let mut rank = vec![0; occ.len()];
        for (r, &e) in order.iter().enumerate() {
            rank[e] = r;
        }
        let event_of: Vec<usize> = event_of.iter().map(|&e| rank[e]).collect();
        let mut events: Vec<Occasion> = order.iter().map(|&e| occ[e].clone()).collect();
        for ev in &mut events {
            if let Some((r, a)) = ev.relation {
                ev.relation = Some((r, rank[a]));
            }
            ev.answers = ev.answers.map(|a| rank[a]);
        }
        let date_of = (0..claims.len())
            .map(|ci| {
                own[ci]
                    .clone()
                    .unwrap_or_else(|| events[event_of[ci]].when.clone())
            })
            .collect();
        Timeline {
            events,
            event_of,
            date_of,
        }
    }
}

/// How many recent events a search looks back over, at most: it keeps the
/// stage linear however many events an input makes.
const LOOKBACK: usize = 64;

/// The occasions found so far, with the indexes that find one without
/// scanning them all.
#[derive(Default)]
struct Book {
    occ: Vec<Occasion>,
    /// Last claim made at each event: a speaker's most recent event.
    last_use: Vec<usize>,
    /// The paragraph of that claim.
    last_para: Vec<usize>,
    /// Each speaker's events, in the order they were opened, by speaker.
    by_speaker: Vec<Vec<usize>>,
    /// Named settings where many speak.
    by_name: keys::Map<usize>,
    /// The last event of each kind of setting, by kind.
    last_of_kind: Vec<Option<usize>>,
}

impl Book {
    /// Opens a new occasion for claim `ci`.
    fn open(&mut self, ci: usize, perfect: bool, relation: Option<(Relation, usize)>) -> usize {
        self.occ.push(Occasion {
            speakers: Vec::new(),
            venue: None,
            when: When::unknown(),
            dated: false,
            relation,
            first_claim: ci,
            perfect,
            sort_from: None,
            answers: None,
        });
        self.last_use.push(ci);
        self.last_para.push(0);
        self.occ.len() - 1
    }

    /// The event a speaker was last heard at.
    fn latest_of(&self, speaker: usize) -> Option<usize> {
        self.by_speaker
            .get(speaker)?
            .iter()
            .copied()
            .max_by_key(|&e| self.last_use[e])
    }

    /// Records that claim `ci` was made at event `e`.
    fn join(
        &mut self,
        e: usize,
        ci: usize,
        para: usize,
        speaker: usize,
        venue: Option<Venue>,
        when: Option<&When>,
    ) {
        self.last_para[e] = para;
        let o = &mut self.occ[e];
        if !o.speakers.contains(&speaker) {
            o.speakers.push(speaker);
            keys::at(&mut self.by_speaker, speaker).push(e);
        }
        if o.venue.is_none() {
            if let Some(v) = &venue {
                *keys::at(&mut self.last_of_kind, v.kind as usize) = Some(e);
                if let Some(name) = v.name.as_ref().filter(|_| v.kind.is_multiparty()) {
                    self.by_name.entry(name, || e);
                }
            }
            o.venue = venue;
        }
        if let Some(w) = when {
            if !o.dated {
                o.when = w.clone();
                o.dated = true;
            }
        }
        self.last_use[e] = ci;
    }

    fn last_of(&self, kind: VenueKind) -> Option<usize> {
        self.last_of_kind.get(kind as usize).copied().flatten()
    }

    fn last_dated_of_kind(&self, kind: VenueKind) -> Option<usize> {
        self.last_of(kind).filter(|&e| self.occ[e].dated)
    }

    /// For a statement nothing places: the event held at a body the
    /// speaker's role names ("Halvia's ambassador to the Council" at "an
    /// emergency session of the Council").
    fn body_event(&self, role: Option<&str>) -> Option<usize> {
        let role = role?;
        (0..self.occ.len()).rev().take(LOOKBACK).find(|&e| {
            let Some(name) = self.occ[e].venue.as_ref().and_then(|v| v.name.as_deref()) else {
                return false;
            };
            name.split_whitespace()
                .skip(1)
                .filter(|w| w.len() >= 4 && w.starts_with(crate::text::is_upper))
                .any(|w| role.split(crate::text::is_not_alnum).any(|r| r == w))
        })
    }

    /// For a new speaker nothing places: the occasion of the statement just
    /// before, when many speak there ("At the signing ceremony, Darrow said
    /// … ¶ Fisk said that …"), or when the statement just before named the
    /// speaker as there ("… with his counterpart, Anton Maresh").
    fn shared_occasion(
        &self,
        speaker: usize,
        previous: Option<usize>,
        named_there: bool,
    ) -> Option<usize> {
        let e = previous?;
        if self.by_speaker.get(speaker).is_some_and(|l| !l.is_empty()) {
            return None;
        }
        (self.occ[e].dated
            && (named_there
                || self.occ[e]
                    .venue
                    .as_ref()
                    .is_some_and(|v| v.kind.is_multiparty())))
        .then_some(e)
    }

    /// The event a claim joins, if any.
    fn find_event(
        &self,
        claim: &Claim,
        para: usize,
        venue: Option<&Venue>,
        when: Option<&When>,
        relative: bool,
    ) -> Option<usize> {
        // A named setting where many speak (a summit, a session) is one event.
        if let Some(name) = venue
            .filter(|v| v.kind.is_multiparty())
            .and_then(|v| v.name.as_deref())
        {
            if let Some(&e) = self.by_name.get(name) {
                return Some(e);
            }
        }
        // "a joint press conference", "the statement": the last event of that kind.
        if let Some(v) = venue.filter(|v| v.shared && v.name.is_none()) {
            if let Some(e) = self.last_of(v.kind) {
                return Some(e);
            }
        }
        if relative {
            return None;
        }
        let fits = |e: usize| -> bool {
            let o = &self.occ[e];
            let venue_ok = match (venue, &o.venue) {
                (Some(v), Some(w)) if v.loose || w.loose => true,
                (Some(v), Some(w)) => {
                    v.kind.compatible(w.kind)
                        && (v.name.is_none() || w.name.is_none() || v.name == w.name)
                }
                _ => true,
            };
            // A date of its own joins an undated occasion only with a setting
            // (which venue_ok compares): "Krenn told reporters at the airport yesterday".
            let time_ok = match when {
                Some(w) if o.dated => o.when.start == w.start && o.when.end == w.end,
                Some(_) => venue.is_some(),
                None => true,
            };
            // "Brask had warned … ¶ Brask said": a look back and the news are
            // two occasions — unless the next sentence simply goes on.
            let same_setting = matches!((venue, &o.venue), (Some(v), Some(w)) if v.kind == w.kind);
            let own_setting = venue.is_some_and(|v| v.own);
            let tense_ok = o.perfect == claim.perfect
                || same_setting
                || own_setting
                || (when.is_none() && self.last_para[e] == para);
            venue_ok
                && time_ok
                && tense_ok
                && (o.relation.is_none() || (when.is_none() && venue.is_none()))
        };
        let mine = self.by_speaker.get(claim.speaker)?;
        let recent = &mine[mine.len().saturating_sub(LOOKBACK)..];
        // The same date names the same occasion; otherwise the speaker's latest.
        if let Some(w) = when {
            let same_day = |e: &&usize| {
                self.occ[**e].dated
                    && self.occ[**e].when.start == w.start
                    && self.occ[**e].when.end == w.end
                    && fits(**e)
            };
            if let Some(&e) = recent.iter().find(same_day) {
                return Some(e);
            }
        }
        let latest = recent.iter().copied().max_by_key(|&e| self.last_use[e])?;
        fits(latest).then_some(latest)
    }
}

/// "she said at the time", "on that occasion": the same occasion as before.
fn at_the_time(src: &str, seg: &Segmented, c: &Claim) -> bool {
    let toks = &seg.tokens;
    c.frame.iter().any(|&(a, b)| {
        (a..b.saturating_sub(2)).any(|k| {
            !seg.in_quote(k)
                && ((toks[k].is(src, "at")
                    && toks[k + 1].is(src, "the")
                    && toks[k + 2].is(src, "time"))
                    || (toks[k].is(src, "on")
                        && toks[k + 1].is(src, "that")
                        && toks[k + 2].is(src, "occasion")))
        })
    })
}

/// "Responding to the announcement", "in reaction to the ruling": the
/// statement answers the news.
fn reacts(src: &str, seg: &Segmented, c: &Claim) -> bool {
    let toks = &seg.tokens;
    c.frame.iter().any(|&(a, b)| {
        (a..b.saturating_sub(1)).any(|k| {
            !seg.in_quote(k)
                && contains(REACTION_WORDS, toks[k].text(src))
                && toks[k + 1].is(src, "to")
        })
    })
}

/// "after the ceremony", "following the talks", "after Ferro's weekly
/// briefing": the occasion a statement came after, by kind.
fn occasion_before(src: &str, seg: &Segmented, c: &Claim) -> Option<VenueKind> {
    let toks = &seg.tokens;
    let word = |k: usize| {
        toks.get(k)
            .filter(|t| t.kind == TokKind::Word && !seg.in_quote(k))
    };
    for &(a, b) in &c.frame {
        for k in a..b {
            if !word(k).is_some_and(|t| t.is(src, "after") || t.is(src, "following")) {
                continue;
            }
            // The determiner: "the", "his", or a name and "'s".
            let mut j = k + 1;
            if word(j).is_some_and(|t| contains(OCCASION_DETERMINERS, t.text(src))) {
                j += 1;
            } else {
                let name_end = (j..b.min(j + 4))
                    .take_while(|&n| word(n).is_some_and(|t| t.is_capitalized(src)))
                    .last();
                match name_end {
                    Some(n) if toks.get(n + 1).is_some_and(|t| t.is_possessive(src)) => j = n + 2,
                    _ => continue,
                }
            }
            // The occasion's noun, perhaps after a word ("weekly briefing").
            for n in j..b.min(j + 2) {
                let Some(t) = word(n) else { break };
                if let Some(kind) = calendar::lookup(VENUE_NOUNS, t.text(src)) {
                    return Some(kind);
                }
            }
        }
    }
    None
}

/// What opens the occasion in "after the ceremony", "after his speech".
const OCCASION_DETERMINERS: Words = words!["her", "his", "its", "the", "their"];

/// Dates the events nothing dates: on or before publication, and no
/// earlier than the day the story is about, or the event mentioned just
/// before (what it most likely reacts to); without either, the day before
/// publication. One that can be no earlier than the story's day, before
/// publication, is dated that day: a wire story's "told a news conference"
/// after a lede that "said on Monday" is Monday's. It still sorts as one
/// that may have come any time up to publication.
fn undated(occ: &mut [Occasion], published: Option<Date>, story_day: Option<Date>) {
    let Some(p) = published else { return };
    let floor = story_day.filter(|&d| d <= p).unwrap_or(p.add_days(-1));
    let mut before: Option<Date> = None;
    for o in occ.iter_mut() {
        if o.dated {
            before = o.when.start.or(before);
            continue;
        }
        let start = before.map_or(floor, |b| b.max(floor)).min(p);
        let on_story_day = story_day == Some(start) && start < p;
        o.when = When {
            start: Some(start),
            end: Some(if on_story_day { start } else { p }),
            precision: if on_story_day {
                Precision::Day
            } else {
                Precision::Range
            },
            expression: None,
        };
        // "Ilves had argued that …": a look back, before what the story dates.
        if o.perfect && o.relation.is_none() {
            o.sort_from = Date::new(1, 1, 1);
            continue;
        }
        o.sort_from = Some(
            before
                .map_or(p.add_days(-1), |b| b.max(p.add_days(-1)))
                .min(p),
        );
    }
}

/// Event indices in timeline order: by start, then end; an event known only
/// to follow (precede) another sorts just after (before) it when their dates
/// tie; then first mention.
fn timeline_order(occ: &[Occasion], published: Option<Date>) -> Vec<usize> {
    // Relations point to events made earlier, so one forward pass ranks chains.
    // An undated event follows what was mentioned before it (what it reacts to).
    let mut rank = vec![0i64; occ.len()];
    let mut last_dated: Option<usize> = None;
    // An occasion that answers another follows it.
    let relation = |e: usize| {
        occ[e]
            .relation
            .or(occ[e].answers.map(|a| (Relation::After, a)))
    };
    for e in 0..occ.len() {
        rank[e] = match relation(e) {
            Some((Relation::After, a)) if a < e => rank[a] + 1,
            Some((Relation::Before, a)) if a < e => rank[a] - 1,
            _ if !occ[e].dated => last_dated.map_or(0, |d| rank[d] + 1),
            _ => 0,
        };
        if occ[e].dated {
            last_dated = Some(e);
        }
    }
    let key = |e: usize| {
        let w = &occ[e].when;
        let start = occ[e].sort_from.or(w.start);
        (
            start.map_or(i64::MAX, Date::to_days),
            // An undated occasion may have come any time up to publication,
            // even when it is dated to the story's day.
            if occ[e].dated {
                w.end
            } else {
                published.or(w.end)
            }
            .map_or(i64::MAX, Date::to_days),
            rank[e],
            occ[e].first_claim,
        )
    };
    let mut order: Vec<usize> = (0..occ.len()).collect();
    // Keys are distinct (each event has its own first claim), so the
    // unstable sort, smaller in the page, gives the stable order.
    order.sort_unstable_by_key(|&e| key(e));
    // Dates that contradict a relation: the relation wins (a bounded number of moves).
    let mut moves = 0;
    for e in 0..occ.len() {
        let Some((rel, a)) = relation(e) else {
            continue;
        };
        if a == e || moves >= 64 {
            continue;
        }
        let pe = order.iter().position(|&x| x == e).unwrap_or(0);
        let pa = order.iter().position(|&x| x == a).unwrap_or(0);
        let wrong = match rel {
            Relation::After => pe < pa,
            Relation::Before => pe > pa,
        };
        if wrong {
            order.remove(pe);
            let pa = order.iter().position(|&x| x == a).unwrap_or(0);
            order.insert(if rel == Relation::After { pa + 1 } else { pa }, e);
            moves += 1;
        }
    }
    order
}

/// The setting named in a claim's frame, if any.
fn venue_in(src: &str, seg: &Segmented, c: &Claim) -> Option<Venue> {
    let toks = &seg.tokens;
    let word = |k: usize| {
        toks.get(k)
            .filter(|t| t.kind == TokKind::Word)
            .map(|t| t.text(src))
    };
    for &(a, b) in &c.frame {
        let mut k = a;
        while k < b {
            if seg.in_quote(k) {
                k += 1;
                continue;
            }
            // "told reporters", "told an emergency session of the Council", "told Sputnik"
            if word(k)
                .is_some_and(|w| w.eq_ignore_ascii_case("told") || w.eq_ignore_ascii_case("tells"))
            {
                if let Some(h) = word(k + 1) {
                    if contains(REPORTERS, h) {
                        return Some(Venue {
                            kind: VenueKind::Reporters,
                            name: None,
                            shared: false,
                            loose: false,
                            own: false,
                        });
                    }
                    if let Some(v) = setting_after(src, seg, k + 1, b) {
                        return Some(v);
                    }
                    if toks[k + 1].is_capitalized(src) {
                        let name = hearer_name(src, seg, k + 1, b);
                        return Some(Venue {
                            kind: VenueKind::Interview,
                            name: name.map(|n| ["Interview with ", &n].concat()),
                            shared: false,
                            loose: false,
                            own: false,
                        });
                    }
                }
            }
            if word(k).is_some_and(|w| contains(VENUE_PREPOSITIONS, w)) {
                if let Some(v) = setting_after(src, seg, k + 1, b) {
                    return Some(v);
                }
            }
            k += 1;
        }
    }
    None
}

/// After a preposition: "a (joint) press conference", "an interview with
/// the Courier", "the Valdai Discussion Club", "talks with …".
fn setting_after(src: &str, seg: &Segmented, k: usize, b: usize) -> Option<Venue> {
    let toks = &seg.tokens;
    let word = |j: usize| {
        (j < b)
            .then(|| toks[j])
            .filter(|t| t.kind == TokKind::Word && !seg.in_quote(j))
            .map(|t| t.text(src))
    };
    let mut j = k;
    if word(j)
        .is_some_and(|w| w.eq_ignore_ascii_case("speaking") || w.eq_ignore_ascii_case("addressing"))
    {
        j += 1;
        if word(j).is_some_and(|w| w.eq_ignore_ascii_case("at") || w.eq_ignore_ascii_case("to")) {
            j += 1;
        }
    }
    // "on the sidelines of a meeting": a place rather than an occasion.
    let mut loose = false;
    if word(j).is_some_and(|w| w.eq_ignore_ascii_case("the"))
        && word(j + 1).is_some_and(|w| w.eq_ignore_ascii_case("sidelines"))
        && word(j + 2).is_some_and(|w| w.eq_ignore_ascii_case("of"))
    {
        loose = true;
        j += 3;
    }
    // "the statement", "the interview": one already spoken of.
    let mut shared = !loose && word(j).is_some_and(|w| w.eq_ignore_ascii_case("the"));
    let own = word(j).is_some_and(|w| {
        ["its", "his", "her", "their"]
            .iter()
            .any(|d| w.eq_ignore_ascii_case(d))
    });
    let det = word(j).is_some_and(|w| {
        ["a", "an", "the", "his", "her", "its", "their"]
            .iter()
            .any(|d| w.eq_ignore_ascii_case(d))
    });
    if det {
        j += 1;
    }
    // A proper name: "the Valdai Discussion Club", "the G20 summit".
    if j < b
        && toks[j].is_capitalized(src)
        && calendar::weekday(word(j).unwrap_or("")).is_none()
        && calendar::month(word(j).unwrap_or("")).is_none()
    {
        let name = proper_name(src, seg, j, b)?;
        let last = crate::text::last_word(&name).to_ascii_lowercase();
        let kind = calendar::lookup(VENUE_NOUNS, &last).unwrap_or(VenueKind::Gathering);
        // A place alone ("in Moscow") is no setting.
        let has_noun = name
            .split(' ')
            .any(|w| calendar::lookup(VENUE_NOUNS, w).is_some());
        if !has_noun && !det {
            return None;
        }
        if !has_noun && kind == VenueKind::Gathering && name.split(' ').count() < 2 {
            return None;
        }
        return Some(Venue {
            kind,
            name: Some(name),
            shared: false,
            loose,
            own: false,
        });
    }
    // A common noun phrase ending in a setting noun, within four words.
    let from = j;
    while j < b && j - from < 4 {
        let w = word(j)?;
        if contains(SHARED_MARKERS, w) {
            shared = true;
        }
        if let Some(kind) = calendar::lookup(VENUE_NOUNS, w) {
            // "conference" alone is a press conference only with "press"/"news".
            let kind = if kind == VenueKind::PressConference
                && !(from..j).any(|x| {
                    word(x).is_some_and(|w| {
                        w.eq_ignore_ascii_case("press") || w.eq_ignore_ascii_case("news")
                    })
                }) {
                VenueKind::Gathering
            } else {
                kind
            };
            // "an interview with the Courier": the hearer names it;
            // "a session of the Council": the body it belongs to.
            let with = kind == VenueKind::Interview
                && word(j + 1).is_some_and(|w| w.eq_ignore_ascii_case("with"));
            let of = kind != VenueKind::Interview
                && word(j + 1).is_some_and(|w| w.eq_ignore_ascii_case("of"));
            let name = if with || of {
                let mut h = j + 2;
                if word(h).is_some_and(|w| w.eq_ignore_ascii_case("the")) {
                    h += 1;
                }
                let phrase = src[toks[from].start..toks[j].end].to_string();
                (if with {
                    hearer_name(src, seg, h, b)
                } else {
                    proper_name(src, seg, h, b)
                })
                .map(|n| {
                    if with {
                        ["Interview with ", &n].concat()
                    } else {
                        [&capitalize_first(&phrase), " of the ", &n].concat()
                    }
                })
            } else {
                None
            };
            return Some(Venue {
                kind,
                name,
                shared,
                loose,
                own,
            });
        }
        j += 1;
    }
    None
}

fn capitalize_first(s: &str) -> String {
    let mut c = s.chars();
    c.next().map_or(String::new(), |f| {
        std::iter::once(crate::text::upper(f)).chain(c).collect()
    })
}

/// Who was told: "Sputnik", "the Dravian daily Nova Zora", "Dravian state
/// television" — names and the words that describe a medium.
fn hearer_name(src: &str, seg: &Segmented, k: usize, b: usize) -> Option<String> {
    const MEDIA: Words = words![
        "broadcaster",
        "channel",
        "daily",
        "magazine",
        "network",
        "news",
        "newspaper",
        "outlet",
        "public",
        "radio",
        "state",
        "television",
        "tv",
        "weekly",
    ];
    let toks = &seg.tokens;
    let mut j = k;
    let mut last_name = k;
    while j < b && j - k < 8 && !seg.in_quote(j) && toks[j].kind == TokKind::Word {
        let capital = toks[j].is_capitalized(src)
            && calendar::weekday(toks[j].text(src)).is_none()
            && calendar::month(toks[j].text(src)).is_none();
        if capital || contains(MEDIA, toks[j].text(src)) {
            if capital || contains(MEDIA, toks[j].text(src)) {
                last_name = j;
            }
            j += 1;
        } else {
            break;
        }
    }
    (j > k).then(|| src[toks[k].start..toks[last_name].end].to_string())
}

/// Capitalised words from `k`: "Valdai Discussion Club", "Daily Courier".
fn proper_name(src: &str, seg: &Segmented, k: usize, b: usize) -> Option<String> {
    let toks = &seg.tokens;
    let mut j = k;
    while j < b
        && j - k < 6
        && !seg.in_quote(j)
        && (toks[j].is_capitalized(src)
            || (toks[j].kind == TokKind::Number && j > k)
            || (j > k && toks[j].is(src, "of") && j + 1 < b && toks[j + 1].is_capitalized(src)))
    {
        j += 1;
    }
    (j > k).then(|| src[toks[k].start..toks[j - 1].end].to_string())
}

#[cfg(test)]
mod tests;
