//! Assembles the stages' results into the [`Analysis`] the reader sees:
//! speakers with ids, statements with text and dates, events with labels.

use crate::attribution::Claim;
use crate::date::Date;
use crate::events::Timeline;
use crate::keys::Keys;
use crate::layout::Layout;
use crate::mentions::Mentions;
use crate::model::*;
use crate::sentences::Segmented;

pub(crate) fn build(
    src: &str,
    layout: &Layout,
    published: Option<Date>,
    _seg: &Segmented,
    men: &Mentions,
    claims: &[Claim],
    tl: &Timeline,
) -> Analysis {
    // Speakers, in order of their first statement.
    let mut speaker_ids: Vec<Option<String>> = vec![None; men.entities.len()];
    let mut speakers = Vec::new();
    let mut used_ids = Keys::default();
    for c in claims {
        if speaker_ids[c.speaker].is_some() {
            continue;
        }
        let e = &men.entities[c.speaker];
        let id = unique(slug(&e.name), &mut used_ids);
        speaker_ids[c.speaker] = Some(id.clone());
        speakers.push(Speaker {
            id,
            name: e.name.clone(),
            kind: e.kind,
            role: e.role.clone().filter(|r| !r.eq_ignore_ascii_case(&e.name)),
            aliases: e.aliases.clone(),
        });
    }
    let sid = |e: usize| speaker_ids[e].clone().unwrap_or_default();

    let events: Vec<Event> = tl
        .events
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let label = match &o.venue {
                Some(v) => v.name.clone().unwrap_or_else(|| v.kind.label().into()),
                None => {
                    let who = o
                        .speakers
                        .first()
                        .map(|&s| men.entities[s].name.as_str())
                        .unwrap_or("");
                    let kind = if o
                        .speakers
                        .first()
                        .is_some_and(|&s| men.entities[s].kind == SpeakerKind::Organization)
                    {
                        "Statement"
                    } else {
                        "Remarks"
                    };
                    [kind, " by ", who].concat()
                }
            };
            let (after, before) = match o.relation {
                Some((crate::time::Relation::After, a)) => (Some(numbered("e", a)), None),
                Some((crate::time::Relation::Before, a)) => (None, Some(numbered("e", a))),
                None => (None, None),
            };
            Event {
                id: numbered("e", i),
                label,
                speakers: o.speakers.iter().map(|&s| sid(s)).collect(),
                date: o.when.clone(),
                after,
                before,
            }
        })
        .collect();

    let mut statements = Vec::new();
    for (ci, c) in claims.iter().enumerate() {
        let (Some(first), Some(last)) = (c.parts.first(), c.parts.last()) else {
            continue;
        };
        // Each part's words with single spaces, the parts joined by one.
        let mut text = String::new();
        for (i, p) in c.parts.iter().enumerate() {
            if i > 0 {
                text.push(' ');
            }
            crate::text::push_words(&mut text, &mut src[p[0]..p[1]].split_whitespace());
        }
        statements.push(Statement {
            id: numbered("s", statements.len()),
            speaker: sid(c.speaker),
            event: numbered("e", tl.event_of[ci]),
            kind: c.kind,
            text,
            cue: c.cue.clone(),
            span: [first[0], last[1]],
            parts: c.parts.clone(),
            date: tl.date_of[ci].clone(),
            confidence: (c.confidence * 100.0).round() / 100.0,
        });
    }

    let mut warnings = Vec::new();
    if published.is_none() {
        warnings.push("No publication date found: dates relative to it are left unresolved. Set the date by hand to resolve them.".into());
    }
    if statements.is_empty() {
        warnings.push("No statements found: no sentence reports what someone said.".into());
    }
    Analysis {
        article: Article {
            title: layout.title.clone(),
            source: layout.source.clone(),
            published,
            dateline: layout.dateline.clone(),
            author: layout.author.clone(),
        },
        speakers,
        events,
        statements,
        paragraphs: layout.paragraphs.clone(),
        warnings,
    }
}

/// "e1" for the event at index 0, "s3" for the statement at index 2.
fn numbered(prefix: &str, i: usize) -> String {
    let mut out = String::from(prefix);
    crate::text::push_num(&mut out, i as i64 + 1, 0);
    out
}

/// "Andrey Denisov" → "andrey-denisov".
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if crate::text::is_alnum(c) {
            out.push(crate::text::lower(c));
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    if out.is_empty() {
        "speaker".into()
    } else {
        out.into()
    }
}

fn unique(base: String, used: &mut Keys) -> String {
    let mut id = base.clone();
    let mut n = 2;
    while used.find(&id).is_some() {
        id = base.clone();
        id.push('-');
        crate::text::push_num(&mut id, n, 0);
        n += 1;
    }
    used.add(&id);
    id
}
