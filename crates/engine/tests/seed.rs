//! The default article against its gold annotation, field by field.

use engine::{analyze, Kind, Precision, SpeakerKind};
use serde_json::Value;

const TEXT: &str = include_str!("../../../articles/russia-china-denisov-2020-12-29.txt");
const GOLD: &str = include_str!("../../../articles/russia-china-denisov-2020-12-29.gold.json");

fn gold() -> Value {
    serde_json::from_str(GOLD).unwrap()
}

/// Whether a speaker name satisfies one of the gold's word lists.
fn matches(name: &str, lists: &Value) -> bool {
    let words: Vec<String> = name
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .map(String::from)
        .collect();
    lists.as_array().unwrap().iter().any(|l| {
        l.as_array()
            .unwrap()
            .iter()
            .all(|w| words.iter().any(|x| x == w.as_str().unwrap()))
    })
}

#[test]
fn article_metadata_comes_from_header_and_dateline() {
    let a = analyze(TEXT).unwrap();
    let g = gold();
    assert_eq!(a.article.title.as_deref(), g["article"]["title"].as_str());
    assert_eq!(a.article.source.as_deref(), g["article"]["source"].as_str());
    assert_eq!(
        a.article.published.map(|d| d.to_string()).as_deref(),
        g["article"]["published"].as_str()
    );
    assert_eq!(
        a.article.dateline.as_deref(),
        g["article"]["dateline"].as_str()
    );
}

#[test]
fn title_that_appears_twice_is_read_once_and_kept_out_of_the_body() {
    let a = analyze(TEXT).unwrap();
    let title = a.article.title.clone().unwrap();
    assert!(a.paragraphs.iter().all(|p| &TEXT[p[0]..p[1]] != title));
    assert!(TEXT[a.paragraphs[0][0]..].starts_with("Bilateral relations"));
}

#[test]
fn three_speakers_with_their_roles_and_kinds() {
    let a = analyze(TEXT).unwrap();
    let g = gold();
    assert_eq!(a.speakers.len(), 3);
    for gs in g["speakers"].as_array().unwrap() {
        let s = a
            .speakers
            .iter()
            .find(|s| matches(&s.name, &gs["match"]))
            .unwrap_or_else(|| panic!("no speaker for {}", gs["key"]));
        assert_eq!(s.name, gs["name"].as_str().unwrap());
        let kind = if gs["kind"] == "person" {
            SpeakerKind::Person
        } else {
            SpeakerKind::Organization
        };
        assert_eq!(s.kind, kind);
        assert_eq!(s.role.as_deref(), gs["role"].as_str());
    }
    let denisov = a
        .speakers
        .iter()
        .find(|s| s.name == "Andrey Denisov")
        .unwrap();
    assert!(denisov.aliases.iter().any(|x| x == "Denisov"));
    assert!(denisov.aliases.iter().any(|x| x == "the ambassador"));
}

#[test]
fn three_events_in_timeline_order_with_dates_at_their_precision() {
    let a = analyze(TEXT).unwrap();
    assert_eq!(a.events.len(), 3);
    let (valdai, reply, press) = (&a.events[0], &a.events[1], &a.events[2]);
    assert_eq!(valdai.label, "Valdai Discussion Club");
    assert_eq!(
        (
            valdai.date.start.unwrap().to_string(),
            valdai.date.end.unwrap().to_string(),
            valdai.date.precision
        ),
        ("2020-10-01".into(), "2020-10-31".into(), Precision::Month)
    );
    assert_eq!(valdai.date_label(&a.events), "October 2020");
    assert_eq!(reply.after.as_deref(), Some(valdai.id.as_str()));
    assert!(
        reply.date.start.unwrap().to_string().as_str() >= "2020-10-01"
            && reply.date.end.unwrap().to_string() == "2020-12-29"
    );
    assert_eq!(reply.date_label(&a.events), "After October 2020");
    assert_eq!(press.label, "Press conference");
    assert_eq!(press.date_label(&a.events), "Tuesday, 29 December 2020");
    assert_eq!(press.date.precision, Precision::Day);
}

#[test]
fn nine_statements_with_speaker_kind_and_event() {
    let a = analyze(TEXT).unwrap();
    let g = gold();
    let gold_statements = g["statements"].as_array().unwrap();
    assert_eq!(a.statements.len(), gold_statements.len());
    let event_key = |id: &str| {
        ["valdai", "mfa-reply", "press-conference"]
            [a.events.iter().position(|e| e.id == id).unwrap()]
    };
    for (s, gs) in a.statements.iter().zip(gold_statements) {
        let speaker = a.speakers.iter().find(|p| p.id == s.speaker).unwrap();
        let gsp = g["speakers"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["key"] == gs["speaker"])
            .unwrap();
        assert!(
            matches(&speaker.name, &gsp["match"]),
            "{} for {}",
            speaker.name,
            gs["text"]
        );
        let kind = match gs["kind"].as_str().unwrap() {
            "direct" => Kind::Direct,
            "indirect" => Kind::Indirect,
            _ => Kind::Mixed,
        };
        assert_eq!(s.kind, kind, "{}", s.text);
        assert_eq!(
            event_key(&s.event),
            gs["event"].as_str().unwrap(),
            "{}",
            s.text
        );
        assert_eq!(s.text, gs["text"].as_str().unwrap());
        assert_eq!(
            &TEXT[s.parts[0][0]..s.parts[0][1]].split_whitespace().next(),
            &s.text.split_whitespace().next()
        );
        assert!((0.0..=1.0).contains(&s.confidence));
    }
}

#[test]
fn quote_over_two_paragraphs_without_a_closing_mark_is_one_statement() {
    let a = analyze(TEXT).unwrap();
    let s = a
        .statements
        .iter()
        .find(|s| s.text.starts_with("We are independent forces"))
        .unwrap();
    assert_eq!(s.kind, Kind::Direct);
    assert_eq!(s.parts.len(), 2);
    assert!(s.text.ends_with("spirit of Russia-Chinese relations"));
    assert_eq!(s.cue, "stated");
}

#[test]
fn the_ambassador_and_denisov_are_one_speaker() {
    let a = analyze(TEXT).unwrap();
    let explained = a.statements.iter().find(|s| s.cue == "explained").unwrap();
    let stated = a.statements.iter().find(|s| s.cue == "stated").unwrap();
    assert_eq!(explained.speaker, stated.speaker);
}
