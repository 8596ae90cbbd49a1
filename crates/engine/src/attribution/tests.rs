use super::*;
use crate::mentions::mentions;
use crate::sentences::segment;

/// (speaker name, kind, text) for each claim of `src`, one paragraph per line.
fn claims(src: &str) -> Vec<(String, Kind, String)> {
    let mut paras = Vec::new();
    let mut pos = 0;
    for line in src.split('\n') {
        if !line.trim().is_empty() {
            paras.push([pos, pos + line.len()]);
        }
        pos += line.len() + 1;
    }
    let seg = segment(src, paras);
    let men = mentions(src, &seg);
    attribute(src, &seg, &men)
        .into_iter()
        .map(|c| {
            let text = c
                .parts
                .iter()
                .map(|p| &src[p[0]..p[1]])
                .collect::<Vec<_>>()
                .join(" ");
            (men.entities[c.speaker].name.clone(), c.kind, text)
        })
        .collect()
}

fn one(src: &str) -> (String, Kind, String) {
    let c = claims(src);
    assert_eq!(c.len(), 1, "{c:?}");
    c.into_iter().next().unwrap()
}

#[test]
fn quotation_before_named_speaker_is_direct() {
    let (who, kind, text) = one("\"We will not give in,\" Anna Berg said at a press conference.");
    assert_eq!(
        (who.as_str(), kind, text.as_str()),
        ("Anna Berg", Kind::Direct, "We will not give in")
    );
}

#[test]
fn inverted_cue_after_quotation() {
    let (who, kind, _) = one("“The door is open,” said Foreign Minister Anna Berg.");
    assert_eq!((who.as_str(), kind), ("Anna Berg", Kind::Direct));
}

#[test]
fn split_quotation_joins_both_parts() {
    let (_, kind, text) = one("\"We are ready,\" Karl Ost said, \"but not at any price.\"");
    assert_eq!(kind, Kind::Direct);
    assert_eq!(text, "We are ready but not at any price");
}

#[test]
fn colon_then_quotation_is_direct() {
    let (who, kind, text) = one("Karl Ost told reporters: \"The talks are over.\"");
    assert_eq!(
        (who.as_str(), kind, text.as_str()),
        ("Karl Ost", Kind::Direct, "The talks are over")
    );
}

#[test]
fn that_clause_is_reported_speech() {
    let (_, kind, text) =
        one("Karl Ost said on Tuesday at a briefing that the border would stay closed.");
    assert_eq!(
        (kind, text.as_str()),
        (Kind::Indirect, "the border would stay closed")
    );
}

#[test]
fn clause_before_the_attribution_is_reported_speech() {
    let (who, kind, text) = one("Relations are stronger than ever, Russia's ambassador to China, Andrey Denisov, said on Tuesday, noting the spirit of cooperation.");
    assert_eq!(
        (who.as_str(), kind, text.as_str()),
        (
            "Andrey Denisov",
            Kind::Indirect,
            "Relations are stronger than ever"
        )
    );
}

#[test]
fn adding_that_gives_a_second_statement_by_the_same_speaker() {
    let c = claims(
        "Karl Ost explained that the plan was sound, adding that both sides had agreed to it.",
    );
    assert_eq!(c.len(), 2, "{c:?}");
    assert_eq!(c[1].2, "both sides had agreed to it");
    assert_eq!(c[0].0, c[1].0);
}

#[test]
fn according_to_in_front_and_behind() {
    let (who, _, text) = one("According to Karl Ost, the deal will be signed soon.");
    assert_eq!(
        (who.as_str(), text.as_str()),
        ("Karl Ost", "the deal will be signed soon")
    );
    let (who, _, text) =
        one("The deal will be signed soon, according to the Ostrian Foreign Ministry.");
    assert_eq!(
        (who.as_str(), text.as_str()),
        ("Ostrian Foreign Ministry", "The deal will be signed soon")
    );
}

#[test]
fn role_noun_and_pronoun_resolve_to_the_last_speaker() {
    let c = claims("Russia's ambassador to China, Andrey Denisov, said the talks went well.\nThe ambassador explained that trust had grown.\nHe added that more meetings would follow.");
    assert_eq!(c.len(), 3, "{c:?}");
    assert!(c.iter().all(|x| x.0 == "Andrey Denisov"), "{c:?}");
}

#[test]
fn quote_only_paragraph_continues_the_previous_speaker() {
    let c = claims("\"We are ready,\" Anna Berg said.\n\"Our position has not changed.\"");
    assert_eq!(c.len(), 2);
    assert_eq!(
        c[1],
        (
            "Anna Berg".to_string(),
            Kind::Direct,
            "Our position has not changed".to_string()
        )
    );
}

#[test]
fn quotation_over_two_paragraphs_is_one_statement() {
    let c = claims("\"We are independent forces.\n\"This fully corresponds with our principles,\" Denisov stated.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(
        c[0].2,
        "We are independent forces. This fully corresponds with our principles"
    );
}

#[test]
fn quoted_fragment_in_a_paraphrase_is_mixed() {
    let (_, kind, _) =
        one("Anna Berg said the sanctions were \"a grave mistake\" that would hurt everyone.");
    assert_eq!(kind, Kind::Mixed);
}

#[test]
fn passive_and_adjectival_said_are_not_statements() {
    assert!(claims("The minister is said to be furious about the leak.").is_empty());
    assert!(claims("Both sides signed the said agreement in 2019.").is_empty());
}

#[test]
fn scare_quotes_without_a_cue_are_not_statements() {
    assert!(claims("The so-called \"reset\" of relations failed last year.").is_empty());
}

#[test]
fn aside_between_speaker_and_verb_is_skipped() {
    let (who, _, text) = one("Putin, while speaking at the Valdai Discussion Club this past October, said that a formal alliance was not required.");
    assert_eq!(
        (who.as_str(), text.as_str()),
        ("Putin", "a formal alliance was not required")
    );
}

#[test]
fn when_asked_about_opens_a_statement() {
    let (who, _, text) = one("When asked about the sanctions, Anna Berg said they would fail.");
    assert_eq!(
        (who.as_str(), text.as_str()),
        ("Anna Berg", "they would fail")
    );
}

#[test]
fn organisation_statement_in_a_statement() {
    let (who, kind, text) =
        one("The Ostrian Foreign Ministry said in a statement that the visit was cancelled.");
    assert_eq!(
        (who.as_str(), kind, text.as_str()),
        (
            "Ostrian Foreign Ministry",
            Kind::Indirect,
            "the visit was cancelled"
        )
    );
}

#[test]
fn warned_of_an_object_is_not_reported_speech() {
    assert_eq!(claims("Karl Ost warned of a crisis."), []);
}

#[test]
fn object_after_a_verb_that_needs_that_is_not_reported_speech() {
    assert_eq!(
        claims("Karl Ost stressed the importance of the new pipeline."),
        []
    );
    assert_eq!(
        one("Karl Ost stressed that the pipeline was important.").2,
        "the pipeline was important"
    );
}

#[test]
fn the_statement_read_speaks_for_its_author() {
    let c = claims("The ministry said in a statement that the boats were seized.\n\"This is an unfriendly act,\" the statement read.");
    assert_eq!(c.len(), 2, "{c:?}");
    assert_eq!(c[1].0, c[0].0);
}

#[test]
fn coordinated_reporting_verbs_give_two_statements() {
    let c = claims("Dana Voller said that her country would defend its fishermen, and warned that the dispute could go to a tribunal.");
    assert_eq!(c.len(), 2, "{c:?}");
    assert_eq!(c[0].2, "her country would defend its fishermen");
    assert_eq!(c[1].2, "the dispute could go to a tribunal");
}

#[test]
fn verb_after_but_takes_the_sentence_subject() {
    let c = claims("A spokesperson for the Tarvonian Embassy declined to comment, but told Sputnik that the ambassador would convey the concerns.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "Tarvonian Embassy");
}

#[test]
fn that_clause_may_open_with_a_preposition() {
    assert_eq!(
        one("A diplomat said that at least two governments shared the reservations.").2,
        "at least two governments shared the reservations"
    );
}

#[test]
fn a_place_after_in_is_not_a_speaker() {
    let c = claims(
        "The envoy held talks in the capital of Varn last week.\nThe Ostrevian Foreign Ministry, for its part, said in a statement on Friday, after the consultations in Varn had concluded, that it remained \"fully committed\" to a settlement.",
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "Ostrevian Foreign Ministry");
    assert!(c[0].2.starts_with("it remained"), "{c:?}");
}

#[test]
fn a_described_organisation_with_its_initials_speaks_and_answers_to_them() {
    let c = claims(
        "The election observation mission of the Coastal States Organization (CSO) said that the elections were competitive.\nThe CSO also said that turnout was high.",
    );
    assert_eq!(c.len(), 2, "{c:?}");
    assert_eq!(c[0].0, c[1].0);
}

#[test]
fn results_released_by_an_organisation_are_its_statement() {
    let (who, kind, text) = one(
        "The ruling party won 47.6 percent of the vote, according to preliminary results released by the Central Election Commission on Tuesday.",
    );
    assert_eq!(
        (who.as_str(), kind),
        ("Central Election Commission", Kind::Indirect)
    );
    assert!(text.starts_with("The ruling party won"));
}

#[test]
fn a_promise_quoted_in_part_is_a_statement_but_an_unquoted_one_in_narration_is_not() {
    let c = claims(
        "Prime Minister Elira Doss said the result was \"a clear mandate\" and pledged to form a new government \"within weeks.\"",
    );
    assert_eq!(c.len(), 2, "{c:?}");
    assert!(c[1].2.starts_with("to form a new government"), "{c:?}");
    let c = claims("In 2015, a slide killed 40 people, after which the government pledged to map every high-risk slope.");
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn an_object_quoted_in_part_after_noted_is_a_statement() {
    let c = claims(
        "The mission said that the elections were \"competitive,\" but noted the \"blurring of lines\" between the ruling party and the state.",
    );
    assert_eq!(c.len(), 2, "{c:?}");
    assert!(c[1].2.starts_with("the \"blurring of lines\""), "{c:?}");
    let c = claims("The minister noted the figures with concern.");
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn a_group_calling_itself_by_a_name_speaks_under_that_name() {
    let (who, _, text) = one(
        "A little-known group calling itself the Eastern Shield Front claimed responsibility in a statement posted late Friday, saying the attack was revenge for the arrests.",
    );
    assert_eq!(who, "Eastern Shield Front");
    assert!(text.starts_with("the attack was revenge"));
}

#[test]
fn a_long_setting_without_a_verb_may_come_between_said_and_that() {
    let c = claims(
        "Prime Minister Jonas Kerr voted on Sunday.\nKerr, 58, who is seeking a third term, said after casting his ballot at a school in central Velgrad that he was confident voters would \"choose stability.\"",
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert!(c[0].2.starts_with("he was confident"), "{c:?}");
}

#[test]
fn said_here_on_a_day_keeps_the_clause_before_it() {
    let (who, _, text) = one(
        "Ruvenia will launch a vaccination campaign on Feb. 26, Health Minister Amara Kessel said here on Thursday.",
    );
    assert_eq!(who, "Amara Kessel");
    assert!(text.starts_with("Ruvenia will launch"), "{text}");
}

#[test]
fn long_appositions_of_a_named_speaker_keep_the_name() {
    let c = claims(
        "Leon Maric, head of the infectious diseases ward at the Solvenna Children's Hospital, who also spoke at the press conference, said the ward had been full since mid-January.\nTomas Oyelaran, the country representative of the Regional Health Organization (RHO), said the campaign was \"the right response.\"",
    );
    let who: Vec<&str> = c.iter().map(|c| c.0.as_str()).collect();
    assert_eq!(who, ["Leon Maric", "Tomas Oyelaran"]);
}

#[test]
fn a_relative_who_said_gives_the_word_to_its_antecedent() {
    let (who, _, text) = one(
        "On Monday, Oster held talks with Prime Minister Ilja Vorn, who said Selmark attached \"great importance\" to its relations with Kirvania, according to the prime minister's press service.",
    );
    assert_eq!(who, "Ilja Vorn");
    assert!(text.starts_with("Selmark attached"), "{text}");
}

#[test]
fn a_counterpart_takes_the_role_of_the_one_met_and_answers_to_it() {
    let c = claims(
        "Flights will resume, Selmarkian Foreign Minister Anja Dorne said on Tuesday after talks with her visiting Kirvanian counterpart Rafael Oster.\n\"We have agreed not to let disagreements hold back cooperation,\" the Kirvanian foreign minister said.",
    );
    let who: Vec<&str> = c.iter().map(|c| c.0.as_str()).collect();
    assert_eq!(who, ["Anja Dorne", "Rafael Oster"]);
}

#[test]
fn an_aside_between_dashes_keeps_the_speaker() {
    let (who, _, text) = one(
        "Finance Minister Lea Morel -- no relation to the protest spokeswoman -- had told parliament this past October that the tax was \"the fairest way\" to close a budget gap.",
    );
    assert_eq!(who, "Lea Morel");
    assert!(text.starts_with("the tax was"), "{text}");
}

#[test]
fn a_clause_opened_by_as_may_come_between_the_verb_and_that() {
    let (who, _, text) = one(
        "Interior Minister Sandor Vell wrote on X as the clashes were still under way that \"violence will not be tolerated.\"",
    );
    assert_eq!(who, "Sandor Vell");
    assert!(text.starts_with("violence"), "{text}");
}

#[test]
fn police_named_without_a_determiner_speak() {
    let (who, _, text) = one(
        "Thousands marched on Saturday against the tax, and police said 42 people were arrested after clashes.",
    );
    assert_eq!(who.to_lowercase(), "police");
    assert!(text.starts_with("42 people"), "{text}");
}

#[test]
fn a_title_known_by_its_initials_is_the_one_who_holds_it() {
    let c = claims(
        "Director General Sohail Zarkan said rescue teams had evacuated more than 11,000 people.\n\"We are expecting another spell of rain,\" the DG added.",
    );
    let who: Vec<&str> = c.iter().map(|c| c.0.as_str()).collect();
    assert_eq!(who, ["Sohail Zarkan", "Sohail Zarkan"]);
}

#[test]
fn a_clause_opening_with_at_least_is_what_was_said() {
    let (who, _, text) = one(
        "At least 31 people were killed in the floods, the Provincial Disaster Management Authority (PDMA) said on Monday.",
    );
    assert_eq!(who, "Provincial Disaster Management Authority");
    assert!(text.starts_with("At least 31"), "{text}");
}

#[test]
fn a_general_staff_is_an_organisation() {
    let (who, _, _) =
        one("The Ostrian General Staff subsequently said it would study the radar data.");
    assert_eq!(who, "Ostrian General Staff");
}

#[test]
fn an_organisation_named_by_its_owner_with_an_adjective_speaks() {
    let (who, _, text) = one(
        "Dalvonia's central bank cut its main interest rate on Tuesday, a bigger move than markets had expected, saying inflation was falling faster than it had projected.",
    );
    assert!(who.to_lowercase().contains("central bank"), "{who}");
    assert!(text.starts_with("inflation was falling"), "{text}");
}

#[test]
fn minutes_after_an_event_is_a_setting_before_that() {
    let (who, _, text) = one(
        "Finance Minister Erik Halloway wrote on X minutes after the announcement and before the governor's news conference that the cut was \"good news for families.\"",
    );
    assert_eq!(who, "Erik Halloway");
    assert!(text.starts_with("the cut was"), "{text}");
}

#[test]
fn an_abbreviated_month_does_not_end_the_setting() {
    let c = claims(
        "Coach Dario Vance spoke.\nVance had insisted after a 2-0 loss at Brenna on Nov. 9 that he was \"not going anywhere.\"",
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert!(c[0].2.starts_with("he was"), "{c:?}");
}

#[test]
fn a_business_named_by_its_kind_speaks_and_its_pronoun_follows_it() {
    let c = claims(
        "Kestrel Air cancelled 140 flights on Wednesday as pilots walked out, and their union said no talks were planned.\n\
         The airline said in a statement that about 19,000 passengers were affected. It said it expected a reduced schedule on Thursday.\n",
    );
    assert_eq!(c.len(), 3, "{c:?}");
    assert!(c[0].0.contains("nion"), "{c:?}");
    // "The airline" speaks, and "It" is the airline, not the union.
    assert!(!c[1].0.contains("nion") && c[1].0 == c[2].0, "{c:?}");
}

#[test]
fn comparison_after_a_parenthetical_attribution_is_narration() {
    let (_, kind, text) = one("Sales will rise 6% this year, the company said in a statement, compared with the 14% analysts expected.");
    assert_eq!(kind, Kind::Indirect);
    assert_eq!(text, "Sales will rise 6% this year");
}

#[test]
fn speaker_with_a_relative_clause_before_the_verb() {
    let (who, _, text) =
        one("Prime Minister Elira Doss, who leads the SPU, said the result was a clear mandate.");
    assert_eq!(who, "Elira Doss");
    assert_eq!(text, "the result was a clear mandate");
}

#[test]
fn posted_on_social_media_that_is_reported_speech() {
    let (who, kind, text) = one("Daniel Okoro posted on social media on Monday evening that he had written to the minister.");
    assert_eq!((who.as_str(), kind), ("Daniel Okoro", Kind::Indirect));
    assert_eq!(text, "he had written to the minister");
}

#[test]
fn testified_after_a_quotation_is_direct() {
    let (who, kind, _) = one("\"We made mistakes,\" Brennan testified.");
    assert_eq!((who.as_str(), kind), ("Brennan", Kind::Direct));
}

#[test]
fn added_a_quantity_is_not_a_report() {
    assert!(claims("Union scored twice early and added two more after the break.").is_empty());
}
