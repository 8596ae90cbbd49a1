//! The invariants every analysis keeps, whatever the input: shared by the
//! property tests (`tests/properties.rs`), the regression tests
//! (`tests/regressions.rs`) and the fuzz targets (`fuzz/fuzz_targets/`,
//! which include this file by path).
//!
//! `check` panics with a message naming the broken invariant, so a fuzzer or
//! a proptest shrinker reports it like a crash.

#![allow(dead_code)]

use engine::{Analysis, Error, Precision, Span};
use std::collections::HashSet;

/// Checks one result of `engine::analyze*` for `input`.
pub fn check(input: &str, result: &Result<Analysis, Error>) {
    match result {
        Ok(a) => check_analysis(input, a),
        Err(Error::Empty) => assert!(
            input.trim().is_empty(),
            "Error::Empty for an input that is not blank ({} bytes)",
            input.len()
        ),
        Err(Error::NotText) => assert!(
            input
                .bytes()
                .any(|b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)),
            "Error::NotText for an input without control characters"
        ),
    }
    if input.trim().is_empty() {
        assert_eq!(
            result.as_ref().err(),
            Some(&Error::Empty),
            "blank input must give Error::Empty"
        );
    }
}

/// A span is `[start, end)` inside the input, start <= end, both on char boundaries.
pub fn check_span(input: &str, span: Span, what: &str) {
    let [s, e] = span;
    assert!(s <= e, "{what}: span {span:?} runs backwards");
    assert!(
        e <= input.len(),
        "{what}: span {span:?} ends past the input ({} bytes)",
        input.len()
    );
    assert!(
        input.is_char_boundary(s),
        "{what}: span start {s} is not on a char boundary"
    );
    assert!(
        input.is_char_boundary(e),
        "{what}: span end {e} is not on a char boundary"
    );
}

pub fn check_analysis(input: &str, a: &Analysis) {
    // Spans.
    for (i, p) in a.paragraphs.iter().enumerate() {
        check_span(input, *p, &format!("paragraph {i}"));
    }
    for s in &a.statements {
        check_span(input, s.span, &format!("statement {} span", s.id));
        for (j, p) in s.parts.iter().enumerate() {
            check_span(input, *p, &format!("statement {} part {j}", s.id));
        }
    }

    // Ids: unique, and every reference resolves.
    let speakers: HashSet<&str> = a.speakers.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        speakers.len(),
        a.speakers.len(),
        "speaker ids are not unique"
    );
    let events: HashSet<&str> = a.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(events.len(), a.events.len(), "event ids are not unique");
    let statements: HashSet<&str> = a.statements.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        statements.len(),
        a.statements.len(),
        "statement ids are not unique"
    );
    for s in &a.statements {
        assert!(
            speakers.contains(s.speaker.as_str()),
            "statement {} has unknown speaker {:?}",
            s.id,
            s.speaker
        );
        assert!(
            events.contains(s.event.as_str()),
            "statement {} has unknown event {:?}",
            s.id,
            s.event
        );
        assert!(
            (0.0..=1.0).contains(&s.confidence),
            "statement {} confidence {} is outside [0, 1]",
            s.id,
            s.confidence
        );
        check_when(&s.date, &format!("statement {}", s.id));
    }
    for e in &a.events {
        for sp in &e.speakers {
            assert!(
                speakers.contains(sp.as_str()),
                "event {} names unknown speaker {sp:?}",
                e.id
            );
        }
        for r in e.after.iter().chain(e.before.iter()) {
            assert!(
                events.contains(r.as_str()),
                "event {} refers to unknown event {r:?}",
                e.id
            );
        }
        check_when(&e.date, &format!("event {}", e.id));
    }

    // JSON: serializes, has the fields the format requires, and round-trips.
    let json = serde_json::to_string(a).expect("the analysis serializes to JSON");
    // A bound on the work of building it: the analysis grows with the input,
    // not with its square (a statement costs a few hundred bytes of JSON and
    // takes at least a dozen bytes of text).
    assert!(
        json.len() <= 128 * input.len() + 4096,
        "the analysis ({} bytes of JSON) is out of proportion to the input ({} bytes)",
        json.len(),
        input.len()
    );
    let v: serde_json::Value = serde_json::from_str(&json).expect("the JSON parses");
    check_format(&v);
    let back: Analysis = serde_json::from_str(&json).expect("the JSON reads back as an Analysis");
    assert!(back == *a, "the analysis does not round-trip through JSON");
}

fn check_when(w: &engine::When, what: &str) {
    if let (Some(s), Some(e)) = (w.start, w.end) {
        assert!(s <= e, "{what}: date starts {s} after it ends {e}");
    }
    if w.precision == Precision::Unknown {
        assert!(
            w.start.is_none() && w.end.is_none(),
            "{what}: unknown precision with a date"
        );
    }
}

/// The fields `docs/statements-json.md` says must be there.
fn check_format(v: &serde_json::Value) {
    let obj = |v: &serde_json::Value, keys: &[&str], what: &str| {
        let o = v
            .as_object()
            .unwrap_or_else(|| panic!("{what} is not an object"));
        for k in keys {
            assert!(o.contains_key(*k), "{what} lacks {k:?}");
        }
    };
    obj(
        v,
        &["article", "speakers", "events", "statements"],
        "the analysis",
    );
    obj(
        &v["article"],
        &["title", "source", "published", "dateline"],
        "article",
    );
    let date_keys = ["start", "end", "precision", "expression"];
    for s in v["speakers"].as_array().expect("speakers is an array") {
        obj(s, &["id", "name", "kind", "role", "aliases"], "a speaker");
        assert!(
            matches!(s["kind"].as_str(), Some("person" | "organization")),
            "speaker kind {}",
            s["kind"]
        );
    }
    for e in v["events"].as_array().expect("events is an array") {
        obj(e, &["id", "label", "speakers", "date"], "an event");
        obj(&e["date"], &date_keys, "an event date");
    }
    for s in v["statements"].as_array().expect("statements is an array") {
        obj(
            s,
            &[
                "id", "speaker", "event", "kind", "text", "cue", "span", "date",
            ],
            "a statement",
        );
        obj(&s["date"], &date_keys, "a statement date");
        assert!(
            matches!(s["kind"].as_str(), Some("direct" | "indirect" | "mixed")),
            "statement kind {}",
            s["kind"]
        );
        let span = s["span"].as_array().expect("span is an array");
        assert!(
            span.len() == 2 && span.iter().all(|x| x.is_u64()),
            "span {}",
            s["span"]
        );
    }
}
