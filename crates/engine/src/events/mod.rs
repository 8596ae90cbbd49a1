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
use crate::model::{Precision, When};
use crate::sentences::Segmented;
use crate::time::{Relation, Timing};
use crate::token::TokKind;
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
    timings: &[Option<Timing>],
    roles: &[Option<String>],
    published: Option<Date>,
) -> Timeline {
    let mut occ: Vec<Occasion> = Vec::new();
    let mut event_of: Vec<usize> = Vec::with_capacity(claims.len());
    // Last claim index per event, to find a speaker's most recent event.
    let mut last_use: Vec<usize> = Vec::new();
    // The claims' own dates, as the events stage refines them.
    let mut own: Vec<Option<When>> = timings.iter().map(|t| t.as_ref().map(|t| t.when.clone()).filter(|w| w.precision != Precision::Unknown)).collect();
    for (ci, c) in claims.iter().enumerate() {
        let timing = timings[ci].as_ref();
        if let Some(p) = c.continues {
            let e = event_of[p];
            event_of.push(e);
            last_use[e] = ci;
            continue;
        }
        let venue = venue_in(src, seg, c);
        let mut relation = timing.and_then(|t| Some((t.relation?, event_of[t.anchor?])));
        // "at a press conference after the ceremony": after that occasion.
        if let Some(kind) = occasion_before(src, seg, c) {
            if let Some(a) = (0..occ.len()).rev().find(|&e| occ[e].venue.as_ref().is_some_and(|v| v.kind == kind) && occ[e].dated) {
                relation = Some((Relation::After, a));
                if own[ci].is_none() {
                    let (s, e) = (occ[a].when.start, occ[a].when.end);
                    let end = match (e, published) {
                        (Some(e), Some(p)) => Some(e.max(p)),
                        (e, _) => e,
                    };
                    own[ci] = Some(When { start: s, end, precision: Precision::Range, expression: Some(format!("after the {}", kind.label().to_lowercase())) });
                }
            }
        }
        let when = own[ci].as_ref();
        let undated = venue.is_none() && relation.is_none() && when.is_none();
        let e = find_event(&occ, &last_use, c, venue.as_ref(), when, relation.is_some())
            .or_else(|| undated.then(|| body_event(&occ, roles[c.speaker].as_deref())).flatten())
            .or_else(|| undated.then(|| shared_occasion(&occ, &event_of, claims, ci)).flatten())
            .unwrap_or_else(|| {
                occ.push(Occasion {
                    speakers: Vec::new(),
                    venue: None,
                    when: When::unknown(),
                    dated: false,
                    relation,
                    first_claim: ci,
                    perfect: c.perfect,
                });
                last_use.push(ci);
                occ.len() - 1
            });
        let o = &mut occ[e];
        if !o.speakers.contains(&c.speaker) {
            o.speakers.push(c.speaker);
        }
        if o.venue.is_none() {
            o.venue = venue;
        }
        if let Some(w) = when {
            if !o.dated {
                o.when = w.clone();
                o.dated = true;
            }
        }
        last_use[e] = ci;
        event_of.push(e);
    }
    undated(&mut occ, published);
    let order = timeline_order(&occ);
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
    }
    let date_of = (0..claims.len()).map(|ci| own[ci].clone().unwrap_or_else(|| events[event_of[ci]].when.clone())).collect();
    Timeline {
        events,
        event_of,
        date_of,
    }
}

/// For a statement nothing places: the event held at a body the speaker's
/// role names ("Halvia's ambassador to the Council" at "an emergency
/// session of the Council").
fn body_event(occ: &[Occasion], role: Option<&str>) -> Option<usize> {
    let role = role?;
    (0..occ.len()).rev().find(|&e| {
        let Some(name) = occ[e].venue.as_ref().and_then(|v| v.name.as_deref()) else { return false };
        name.split_whitespace()
            .skip(1)
            .filter(|w| w.len() >= 4 && w.starts_with(char::is_uppercase))
            .any(|w| role.split(|c: char| !c.is_alphanumeric()).any(|r| r == w))
    })
}

/// For a new speaker nothing places: the occasion of the statement just
/// before, when many speak there ("At the signing ceremony, Darrow said …
/// ¶ Fisk said that …").
fn shared_occasion(occ: &[Occasion], event_of: &[usize], claims: &[Claim], ci: usize) -> Option<usize> {
    let prev = ci.checked_sub(1)?;
    if claims[..ci].iter().any(|c| c.speaker == claims[ci].speaker) {
        return None;
    }
    let e = event_of[prev];
    (occ[e].dated && occ[e].venue.as_ref().is_some_and(|v| v.kind.is_multiparty())).then_some(e)
}

/// "after the ceremony", "following the talks": the occasion a statement
/// came after, by kind.
fn occasion_before(src: &str, seg: &Segmented, c: &Claim) -> Option<VenueKind> {
    let toks = &seg.tokens;
    for &(a, b) in &c.frame {
        for k in a..b.saturating_sub(2) {
            if seg.in_quote(k) || !(toks[k].is(src, "after") || toks[k].is(src, "following")) || !toks[k + 1].is(src, "the") {
                continue;
            }
            if let Some(kind) = calendar::lookup(VENUE_NOUNS, toks[k + 2].text(src)) {
                return Some(kind);
            }
        }
    }
    None
}

/// The event a claim joins, if any.
fn find_event(
    occ: &[Occasion],
    last_use: &[usize],
    claim: &Claim,
    venue: Option<&Venue>,
    when: Option<&When>,
    relative: bool,
) -> Option<usize> {
    let speaker = claim.speaker;
    // A named setting where many speak (a summit, a session) is one event.
    if let Some(name) = venue.filter(|v| v.kind.is_multiparty()).and_then(|v| v.name.as_deref()) {
        if let Some(e) = occ
            .iter()
            .position(|o| o.venue.as_ref().and_then(|v| v.name.as_deref()) == Some(name))
        {
            return Some(e);
        }
    }
    // "a joint press conference", "the statement": the last event of that kind.
    if let Some(v) = venue.filter(|v| v.shared && v.name.is_none()) {
        if let Some(e) = (0..occ.len())
            .rev()
            .find(|&e| occ[e].venue.as_ref().is_some_and(|w| w.kind == v.kind))
        {
            return Some(e);
        }
    }
    if relative {
        return None;
    }
    let fits = |o: &Occasion| -> bool {
        let venue_ok = match (venue, &o.venue) {
            (Some(v), Some(w)) => v.kind.compatible(w.kind) && (v.name.is_none() || w.name.is_none() || v.name == w.name),
            _ => true,
        };
        // A date of its own joins an undated occasion only with a setting
        // (which venue_ok compares): "Krenn told reporters at the airport yesterday".
        let time_ok = match when {
            Some(w) if o.dated => o.when.start == w.start && o.when.end == w.end,
            Some(_) => venue.is_some(),
            None => true,
        };
        // "Brask had warned … ¶ Brask said": a look back and the news are two occasions.
        let same_setting = matches!((venue, &o.venue), (Some(v), Some(w)) if v.kind == w.kind);
        let tense_ok = o.perfect == claim.perfect || when.is_some() || same_setting;
        let (venue_ok, time_ok) = (venue_ok && tense_ok, time_ok);
        venue_ok && time_ok && o.relation.is_none()
            || (venue_ok && time_ok && when.is_none() && venue.is_none())
    };
    let mine: Vec<usize> = (0..occ.len())
        .filter(|&e| occ[e].speakers.contains(&speaker))
        .collect();
    // The same date names the same occasion; otherwise the speaker's latest.
    if let Some(w) = when {
        if let Some(&e) = mine.iter().find(|&&e| {
            occ[e].dated
                && occ[e].when.start == w.start
                && occ[e].when.end == w.end
                && fits(&occ[e])
        }) {
            return Some(e);
        }
    }
    let latest = mine.into_iter().max_by_key(|&e| last_use[e])?;
    fits(&occ[latest]).then_some(latest)
}

/// Dates the events nothing dates: on or before publication, from the
/// event mentioned just before it (what it most likely reacts to).
fn undated(occ: &mut [Occasion], published: Option<Date>) {
    let Some(p) = published else { return };
    for e in 0..occ.len() {
        if occ[e].dated {
            continue;
        }
        let before = (0..e)
            .rev()
            .find(|&x| occ[x].dated)
            .and_then(|x| occ[x].when.start);
        let floor = p.add_days(-1);
        let start = before.map_or(floor, |b| b.max(floor)).min(p);
        occ[e].when = When {
            start: Some(start),
            end: Some(p),
            precision: Precision::Range,
            expression: None,
        };
    }
}

/// Event indices in timeline order: by start, then end, then first mention;
/// "subsequently"/"earlier" move an event after/before the one it refers to.
fn timeline_order(occ: &[Occasion]) -> Vec<usize> {
    let key = |e: usize| {
        let w = &occ[e].when;
        (
            w.start.map_or(i64::MAX, Date::to_days),
            w.end.map_or(i64::MAX, Date::to_days),
            occ[e].first_claim,
        )
    };
    let mut order: Vec<usize> = (0..occ.len()).collect();
    order.sort_by_key(|&e| key(e));
    // Relations: a few passes settle chains.
    for _ in 0..occ.len().min(8) {
        let mut moved = false;
        for e in 0..occ.len() {
            let Some((rel, anchor)) = occ[e].relation else {
                continue;
            };
            if anchor == e {
                continue;
            }
            let pe = order.iter().position(|&x| x == e).unwrap_or(0);
            let pa = order.iter().position(|&x| x == anchor).unwrap_or(0);
            match rel {
                Relation::After if pe < pa => {
                    order.remove(pe);
                    order.insert(pa, e);
                    moved = true;
                }
                Relation::Before if pe > pa => {
                    order.remove(pe);
                    order.insert(pa, e);
                    moved = true;
                }
                _ => {}
            }
        }
        if !moved {
            break;
        }
    }
    order
}

/// The setting named in a claim's frame, if any.
fn venue_in(src: &str, seg: &Segmented, c: &Claim) -> Option<Venue> {
    let toks = &seg.tokens;
    let word = |k: usize| toks.get(k).filter(|t| t.kind == TokKind::Word).map(|t| t.text(src));
    for &(a, b) in &c.frame {
        let mut k = a;
        while k < b {
            if seg.in_quote(k) {
                k += 1;
                continue;
            }
            // "told reporters", "told an emergency session of the Council", "told Sputnik"
            if word(k).is_some_and(|w| w.eq_ignore_ascii_case("told") || w.eq_ignore_ascii_case("tells")) {
                if let Some(h) = word(k + 1) {
                    if contains(REPORTERS, h) {
                        return Some(Venue { kind: VenueKind::Reporters, name: None, shared: false });
                    }
                    if let Some(v) = setting_after(src, seg, k + 1, b) {
                        return Some(v);
                    }
                    if toks[k + 1].is_capitalized(src) {
                        let name = hearer_name(src, seg, k + 1, b);
                        return Some(Venue { kind: VenueKind::Interview, name: name.map(|n| format!("Interview with {n}")), shared: false });
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
    // "the statement", "the interview": one already spoken of.
    let mut shared = word(j).is_some_and(|w| w.eq_ignore_ascii_case("the"));
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
        let last = name.rsplit(' ').next().unwrap_or("").to_ascii_lowercase();
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
            let with = kind == VenueKind::Interview && word(j + 1).is_some_and(|w| w.eq_ignore_ascii_case("with"));
            let of = kind != VenueKind::Interview && word(j + 1).is_some_and(|w| w.eq_ignore_ascii_case("of"));
            let name = if with || of {
                let mut h = j + 2;
                if word(h).is_some_and(|w| w.eq_ignore_ascii_case("the")) {
                    h += 1;
                }
                let phrase = src[toks[from].start..toks[j].end].to_string();
                (if with { hearer_name(src, seg, h, b) } else { proper_name(src, seg, h, b) }).map(|n| if with { format!("Interview with {n}") } else { format!("{} of the {n}", capitalize_first(&phrase)) })
            } else {
                None
            };
            return Some(Venue { kind, name, shared });
        }
        j += 1;
    }
    None
}

fn capitalize_first(s: &str) -> String {
    let mut c = s.chars();
    c.next().map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
}

/// Who was told: "Sputnik", "the Dravian daily Nova Zora", "Dravian state
/// television" — names and the words that describe a medium.
fn hearer_name(src: &str, seg: &Segmented, k: usize, b: usize) -> Option<String> {
    const MEDIA: &[&str] = &["broadcaster", "channel", "daily", "magazine", "network", "news", "newspaper", "outlet", "public", "radio", "state", "television", "tv", "weekly"];
    let toks = &seg.tokens;
    let mut j = k;
    let mut last_name = k;
    while j < b && j - k < 8 && !seg.in_quote(j) && toks[j].kind == TokKind::Word {
        let capital = toks[j].is_capitalized(src) && calendar::weekday(toks[j].text(src)).is_none() && calendar::month(toks[j].text(src)).is_none();
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
