//! Events and their order on small made-up stories: what a reader expects
//! of the timeline, one behaviour per test.

use engine::{analyze, Analysis};

/// A wire story published on Wednesday 31 January 2024 with `body`.
fn story(body: &str) -> Analysis {
    let text = format!(
        "Ministry Responds\n\nLORENZA (UrduPoint News / Sputnik - 31st January, 2024) {body}\n"
    );
    analyze(&text).unwrap()
}

/// The event labels with their date labels, in timeline order.
fn timeline(a: &Analysis) -> Vec<String> {
    a.events
        .iter()
        .map(|e| format!("{} | {}", e.date_label(&a.events), e.label))
        .collect()
}

/// The date label of the event of the statement containing `words`.
fn date_of(a: &Analysis, words: &str) -> String {
    let s = a
        .statements
        .iter()
        .find(|s| s.text.contains(words))
        .unwrap_or_else(|| panic!("no statement with {words:?}: {:#?}", a.statements));
    let e = a.events.iter().find(|e| e.id == s.event).unwrap();
    e.date_label(&a.events)
}

#[test]
fn a_statement_released_after_someones_briefing_follows_the_briefing() {
    let a = story(
        "Calvessa will respond to the sanctions, Foreign Ministry spokeswoman Dalia Ferro \
         told a weekly briefing on Wednesday.\n\n\
         In a statement released after Ferro's briefing, the Velorian Embassy said that it \
         \"takes note\" of the statements.",
    );
    let order = timeline(&a);
    let briefing = order.iter().position(|l| l.contains("Briefing")).unwrap();
    let statement = order.iter().position(|l| l.contains("Statement")).unwrap();
    assert!(briefing < statement, "{order:#?}");
    assert!(order[statement].starts_with("After"), "{order:#?}");
}

#[test]
fn said_at_the_time_takes_the_day_named_just_before() {
    let a = story(
        "The treaty will be extended, the ambassador, Andrej Koval, said in an interview \
         on Wednesday.\n\n\
         According to the ambassador, the protocol was handed to the Dravinian side on \
         December 3.\n\n\
         Dravinian Foreign Minister Pavel Strand, who received the document, said at the \
         time that Zoraven was in favour of extending the treaty.",
    );
    assert_eq!(
        date_of(&a, "Zoraven was in favour"),
        "Sunday, 3 December 2023",
        "{:#?}",
        timeline(&a)
    );
}

#[test]
fn said_at_the_time_by_the_speaker_just_heard_stays_at_that_occasion() {
    let a = story(
        "Talks broke down on Monday, the union said.\n\n\
         The company's chief executive, Sofie Brandt, had warned on Friday that it could \
         divert ships to another port.\n\n\
         \"We cannot keep our customers waiting,\" she said at the time.",
    );
    assert_eq!(
        date_of(&a, "keep our customers"),
        date_of(&a, "divert ships"),
        "{:#?}",
        timeline(&a)
    );
}

#[test]
fn a_later_reply_to_such_statements_follows_the_statement_just_reported() {
    let a = story(
        "Gas will flow, Energy Minister Lars Brenn told Sputnik on Wednesday.\n\n\
         Eskara's state energy company, Eskargaz, said on Tuesday that it had submitted \
         its final proposal.\n\n\
         Brenn's predecessor, Oskar Vell, said this past October that Norvalia could look \
         for \"alternative routes\".\n\n\
         Eskargaz subsequently said that such statements were \"unhelpful\".",
    );
    assert_eq!(
        date_of(&a, "unhelpful"),
        "After October 2023",
        "{:#?}",
        timeline(&a)
    );
}

#[test]
fn an_undated_statement_in_the_past_perfect_comes_first() {
    let a = story(
        "The council will not admit new members, Secretary General Radomir Keshev told \
         Sputnik on Wednesday.\n\n\
         Defense Minister Ana Rusk said last month that her country would not ratify the \
         amendments.\n\n\
         Keshev's predecessor, Marta Ilves, had argued that enlargement should come \
         \"only after consolidation.\"",
    );
    let order = timeline(&a);
    assert!(order[0].contains("Ilves"), "{order:#?}");
}
