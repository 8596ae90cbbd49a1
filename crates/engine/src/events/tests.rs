use super::*;

#[test]
fn every_venue_noun_is_found_with_its_kind() {
    let mut nouns: Vec<&str> = VENUE_NOUNS.words.iter().collect();
    nouns.sort();
    assert_eq!(nouns.len(), VENUE_NOUNS.values.len());
    for (i, w) in nouns.into_iter().enumerate() {
        assert_eq!(
            calendar::lookup(VENUE_NOUNS, w),
            Some(VENUE_NOUNS.values[i])
        );
    }
}

#[test]
fn an_undated_occasion_after_a_lede_naming_its_day_is_that_day_and_sorts_after_it() {
    let text = "Floods kill 31 in Tarsh\n\n\
        PORT SAREN: At least 31 people were killed in floods, the disaster authority said on Monday.\n\n\
        Addressing a news conference, Director General Sohail Zarkan said rescue teams had evacuated 11,000 people.\n\n\
        The opposition leader, Mara Kell, said in a statement that the government had ignored the warnings.\n";
    let options = crate::Options {
        published: Date::parse_iso("2024-04-09"),
    };
    let a = crate::analyze_with(text, &options).unwrap();
    let day = |e: &crate::model::Event| {
        (
            e.date.start.map(|d| d.to_string()),
            e.date.end.map(|d| d.to_string()),
        )
    };
    let monday = (
        Some("2024-04-08".to_string()),
        Some("2024-04-08".to_string()),
    );
    assert!(a.events.len() >= 2, "{:?}", a.events);
    for e in &a.events {
        assert_eq!(
            day(e),
            monday,
            "{} is dated Monday, the lede's day",
            e.label
        );
        assert_eq!(e.date.precision, Precision::Day);
    }
    // In the order they were told: the dated lede first, then what follows it.
    let speakers: Vec<&str> = a.events.iter().map(|e| e.speakers[0].as_str()).collect();
    assert_eq!(speakers.last(), Some(&"mara-kell"), "{speakers:?}");
}

#[test]
fn a_statement_responding_to_the_news_sorts_after_the_news() {
    // (how the reaction opens; the reacting speaker comes last either way)
    let openings = [
        "Responding to the announcement, opposition leader Katrin Aaslund said",
        "In response to the announcement, opposition leader Katrin Aaslund said",
    ];
    for opening in openings {
        let text = format!(
            "Valdren cuts fuel duty\n\n\
            HESK: Valdren will cut fuel duty by 20%, Finance Minister Tomas Rendahl said on Tuesday.\n\n\
            The central bank raised its key rate on May 5. Governor Erik Lundby said at the time that support should be temporary.\n\n\
            {opening} the cut came too late.\n"
        );
        let options = crate::Options {
            published: Date::parse_iso("2022-05-17"),
        };
        let a = crate::analyze_with(&text, &options).unwrap();
        let speakers: Vec<&str> = a.events.iter().map(|e| e.speakers[0].as_str()).collect();
        assert_eq!(
            speakers.last(),
            Some(&"katrin-aaslund"),
            "{opening}: {speakers:?}"
        );
    }
}
