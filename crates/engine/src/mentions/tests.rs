use super::*;
use crate::sentences::segment;

fn run(src: &str) -> (Mentions, Vec<(String, MentionKind, Option<String>)>) {
    let seg = segment(src, vec![[0, src.len()]]);
    let m = mentions(src, &seg);
    let list = m
        .mentions
        .iter()
        .map(|x| {
            let text = src[seg.tokens[x.toks.0].start..seg.tokens[x.toks.1 - 1].end].to_string();
            (text, x.kind, x.entity.map(|e| m.entities[e].name.clone()))
        })
        .collect();
    (m, list)
}

fn entity<'a>(m: &'a Mentions, name: &str) -> &'a Entity {
    m.entities
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| {
            panic!(
                "no entity {name}: {:?}",
                m.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
            )
        })
}

#[test]
fn role_apposition_before_name_gives_role() {
    let (m, list) =
        run("Relations are strong, Russia's ambassador to China, Andrey Denisov, said on Tuesday.");
    assert!(
        list.iter().any(
            |(t, k, e)| t == "Russia's ambassador to China, Andrey Denisov"
                && *k == MentionKind::Name
                && e.as_deref() == Some("Andrey Denisov")
        ),
        "{list:?}"
    );
    assert_eq!(
        entity(&m, "Andrey Denisov").role.as_deref(),
        Some("Russia's ambassador to China")
    );
}

#[test]
fn title_before_name_gives_role() {
    let (m, _) = run("Russian President Vladimir Putin and Foreign Minister Anna Berg met.");
    assert_eq!(
        entity(&m, "Vladimir Putin").role.as_deref(),
        Some("Russian President")
    );
    assert_eq!(
        entity(&m, "Anna Berg").role.as_deref(),
        Some("Foreign Minister")
    );
}

#[test]
fn name_then_apposition_gives_role() {
    let (m, list) = run("Karl Ost, the country's envoy to the UN, said talks failed.");
    assert_eq!(
        entity(&m, "Karl Ost").role.as_deref(),
        Some("country's envoy to the UN")
    );
    assert_eq!(list[0].0, "Karl Ost, the country's envoy to the UN");
}

#[test]
fn surname_and_role_noun_resolve_to_the_named_person() {
    let (_, list) = run("Russia's ambassador to China, Andrey Denisov, spoke. Denisov said more. The ambassador explained it. The diplomat agreed.");
    let who: Vec<_> = list
        .iter()
        .filter(|(_, k, _)| *k != MentionKind::Org)
        .map(|(t, _, e)| (t.as_str(), e.clone().unwrap_or_default()))
        .collect();
    assert!(
        who.contains(&("Denisov", "Andrey Denisov".into())),
        "{who:?}"
    );
    assert!(
        who.contains(&("The ambassador", "Andrey Denisov".into())),
        "{who:?}"
    );
    assert!(
        who.contains(&("The diplomat", "Andrey Denisov".into())),
        "{who:?}"
    );
}

#[test]
fn organisation_names_and_descriptions_corefer() {
    let (m, list) = run("The Chinese Ministry of Foreign Affairs replied. Later the ministry said more. The Chinese Foreign Ministry agreed.");
    let orgs: Vec<_> = list
        .iter()
        .filter(|(_, k, _)| *k == MentionKind::Org)
        .map(|(_, _, e)| e.clone().unwrap())
        .collect();
    assert_eq!(orgs, ["Chinese Ministry of Foreign Affairs"; 3]);
    assert_eq!(
        m.entities
            .iter()
            .filter(|e| e.kind == SpeakerKind::Organization)
            .count(),
        1
    );
}

#[test]
fn two_people_with_one_surname_stay_apart() {
    let (m, list) = run("Foreign Minister Anna Berg met Defence Minister Lars Berg. Foreign Minister Berg said no. Lars Berg said yes.");
    assert_eq!(
        m.entities
            .iter()
            .filter(|e| e.name.ends_with("Berg"))
            .count(),
        2
    );
    let third = list
        .iter()
        .find(|(t, _, _)| t == "Foreign Minister Berg")
        .unwrap();
    assert_eq!(third.2.as_deref(), Some("Anna Berg"));
}

#[test]
fn unnamed_spokesperson_speaks_for_the_organisation() {
    let (_, list) = run("The Ostrian Foreign Ministry issued a note. A spokesperson for the ministry said it was firm.");
    let sp = list
        .iter()
        .find(|(t, _, _)| t.starts_with("A spokesperson"))
        .unwrap();
    assert_eq!(sp.2.as_deref(), Some("Ostrian Foreign Ministry"));
}

#[test]
fn named_spokeswoman_is_a_person_with_gender() {
    let (m, list) =
        run("Foreign Ministry spokeswoman Lena Ost said no. The spokeswoman added more.");
    let e = entity(&m, "Lena Ost");
    assert_eq!(e.gender, Gender::Female);
    assert_eq!(e.role.as_deref(), Some("Foreign Ministry spokeswoman"));
    assert!(list
        .iter()
        .any(|(t, _, e)| t == "The spokeswoman" && e.as_deref() == Some("Lena Ost")));
}

#[test]
fn described_only_speaker_becomes_an_entity() {
    let (m, _) = run("The Varenian defence minister said nothing.");
    assert!(m
        .entities
        .iter()
        .any(|e| e.name == "Varenian defence minister" && !e.named));
}

#[test]
fn words_in_quotations_are_not_mentions() {
    let (_, list) = run("\"Minister Berg is wrong,\" he said.");
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].1, MentionKind::Pronoun(Pronoun::He));
}

#[test]
fn organisation_descriptions_take_their_complements() {
    let (_, list) = run("The office of Varenian President Marek Sulin said so. The Tervanian embassy in Ostburg agreed. Weiss's office declined.");
    let orgs: Vec<_> = list
        .iter()
        .filter(|(_, k, _)| *k == MentionKind::Org)
        .map(|(t, _, e)| (t.as_str(), e.clone().unwrap()))
        .collect();
    assert_eq!(
        orgs,
        [
            (
                "The office of Varenian President Marek Sulin",
                "Office of Varenian President Marek Sulin".to_string()
            ),
            (
                "The Tervanian embassy in Ostburg",
                "Tervanian Embassy in Ostburg".to_string()
            ),
            ("Weiss's office", "Weiss's Office".to_string())
        ]
    );
}

#[test]
fn description_with_another_nationality_is_someone_else() {
    let (m, list) =
        run("Tervanian Defence Minister Lea Santor spoke. The Ostrian defence minister said no.");
    let last = list
        .iter()
        .find(|(t, _, _)| t.starts_with("The Ostrian"))
        .unwrap();
    assert_eq!(last.2.as_deref(), Some("Ostrian defence minister"));
    assert_eq!(
        m.entities.iter().filter(|e| e.name == "Lea Santor").count(),
        1
    );
}

#[test]
fn title_words_of_a_company_officer_are_not_the_name() {
    let (m, _) = run("Chief Financial Officer Mark Tullis said margins would improve.");
    assert_eq!(
        entity(&m, "Mark Tullis").role.as_deref(),
        Some("Chief Financial Officer")
    );
}

#[test]
fn long_title_with_a_listed_portfolio_ends_before_the_name() {
    let (m, _) = run(
        "Minister of Agriculture, Irrigation and Rural Development Samir Haddal-Oren said here on Thursday.",
    );
    assert_eq!(
        entity(&m, "Samir Haddal-Oren").role.as_deref(),
        Some("Minister of Agriculture, Irrigation and Rural Development")
    );
}

#[test]
fn title_with_an_office_under_a_ministry_ends_before_the_name() {
    let (m, _) = run(
        "Deputy Director-General of the Department of Water Planning under the Ministry of Energy Leyla Farouk-Taan said the studies were done.",
    );
    assert_eq!(
        entity(&m, "Leyla Farouk-Taan").role.as_deref(),
        Some("Deputy Director-General of the Department of Water Planning under the Ministry of Energy")
    );
}

#[test]
fn company_description_refers_to_the_company_named_before() {
    let (_, list) = run("Verdane Systems Inc. shares fell sharply after the results. Sales will slow, the Minneapolis-based company said.");
    let co = list.iter().find(|(t, _, _)| t.contains("company")).unwrap();
    assert_eq!(co.2.as_deref(), Some("Verdane Systems Inc"));
}

#[test]
fn spokesperson_named_by_a_word_of_the_company_speaks_for_it() {
    let (_, list) = run("Verdane Systems Inc. shares fell sharply after the results. A Verdane spokesperson said no jobs would go.");
    let sp = list
        .iter()
        .find(|(t, _, _)| t.contains("spokesperson"))
        .unwrap();
    assert_eq!(sp.2.as_deref(), Some("Verdane Systems Inc"));
}

#[test]
fn company_name_with_ampersand_and_abbreviation_is_part_of_a_title() {
    let (m, _) = run("Halstead & Co. analyst Priya Raman wrote in a note.");
    assert_eq!(
        entity(&m, "Priya Raman").role.as_deref(),
        Some("Halstead & Co. analyst")
    );
}

#[test]
fn relative_clause_gives_a_role_and_its_names_are_not_people() {
    let (m, list) =
        run("Local MP Daniel Okoro, who represents Ashcombe and Wyvern Vale, posted a video.");
    assert_eq!(
        list[0].0,
        "Local MP Daniel Okoro, who represents Ashcombe and Wyvern Vale"
    );
    assert!(entity(&m, "Daniel Okoro").has_role_noun("representative"));
    assert!(
        !m.entities.iter().any(|e| e.name == "Wyvern Vale"),
        "{list:?}"
    );
}

#[test]
fn founder_described_before_is_the_person_who_founded_it() {
    let (_, list) = run("The founder of a campaign against the closure has told councillors it was wrong. Joanne Pell, who founded the Save Ashcombe Births group, spoke on Tuesday.");
    let founder = list
        .iter()
        .find(|(t, _, _)| t.starts_with("The founder"))
        .unwrap();
    assert_eq!(founder.2.as_deref(), Some("Joanne Pell"));
}

#[test]
fn name_then_lower_case_organisation_noun_is_an_organisation() {
    let (m, list) = run("She founded the Save Ashcombe Births group last year.");
    assert!(
        list.iter()
            .any(|(t, k, _)| t == "the Save Ashcombe Births group" && *k == MentionKind::Org),
        "{list:?}"
    );
    assert_eq!(
        entity(&m, "Save Ashcombe Births Group").kind,
        SpeakerKind::Organization
    );
}

#[test]
fn honorific_before_a_surname_names_the_person_met_before() {
    let (m, list) = run("Joanne Pell spoke first. Ms Pell told the committee it was wrong.");
    let ms = list.iter().find(|(t, _, _)| t == "Ms Pell").unwrap();
    assert_eq!(ms.2.as_deref(), Some("Joanne Pell"));
    assert_eq!(entity(&m, "Joanne Pell").gender, Gender::Female);
}

#[test]
fn party_and_state_in_brackets_and_the_honorific_belong_to_the_name() {
    let (m, list) =
        run("Later, Sen. Ruth Calloway (D-Mich.), who chairs the subcommittee, told him so.");
    assert!(
        list.iter().any(|(t, k, e)| t
            == "Sen. Ruth Calloway (D-Mich.), who chairs the subcommittee"
            && *k == MentionKind::Name
            && e.as_deref() == Some("Ruth Calloway")),
        "{list:?}"
    );
    assert!(entity(&m, "Ruth Calloway").has_role_noun("senator"));
}

#[test]
fn lede_description_names_the_next_person_with_its_role_noun() {
    let (_, list) = run("A Democratic senator on Tuesday accused the company of lying.\n\"It was not true,\" Sen. Ruth Calloway (D-Mich.), who chairs the subcommittee, said.");
    let lede = list
        .iter()
        .find(|(t, _, _)| t.starts_with("A Democratic senator"))
        .unwrap();
    assert_eq!(lede.2.as_deref(), Some("Ruth Calloway"));
}

#[test]
fn first_word_of_an_organisation_name_is_the_organisation() {
    let (_, list) = run("Verdane Systems Inc. shares fell sharply after the results. Verdane first disclosed the loss in May.");
    let v = list.iter().find(|(t, _, _)| t == "Verdane").unwrap();
    assert_eq!(
        (v.1, v.2.as_deref()),
        (MentionKind::Org, Some("Verdane Systems Inc"))
    );
}

#[test]
fn sentence_opening_name_before_an_adverb_and_a_verb_is_a_subject() {
    let (_, list) =
        run("Northgate first disclosed the breach on Sept. 1, saying hackers had got in.");
    assert!(list.iter().any(|(t, _, _)| t == "Northgate"), "{list:?}");
}

#[test]
fn title_before_name_then_a_second_role_in_apposition() {
    let (m, list) = run("\"It worked,\" lead author Ines Marklund, an epidemiologist at Helmstad University Hospital, told reporters.");
    assert!(
        list.iter().any(|(t, _, e)| t
            == "lead author Ines Marklund, an epidemiologist at Helmstad University Hospital"
            && e.as_deref() == Some("Ines Marklund")),
        "{list:?}"
    );
    assert!(entity(&m, "Ines Marklund").has_role_noun("epidemiologist"));
}

#[test]
fn apposition_with_a_saint_abbreviation_and_a_who_clause_is_one_mention() {
    let (m, list) = run("Dr. Samuel Okoro, a cardiologist at St. Aldric's Hospital in London who was not involved in the study, said it was robust.");
    assert!(
        list.iter()
            .any(|(t, _, e)| t.ends_with("who was not involved in the study")
                && e.as_deref() == Some("Samuel Okoro")),
        "{list:?}"
    );
    assert_eq!(
        entity(&m, "Samuel Okoro").role.as_deref(),
        Some("cardiologist at St. Aldric's Hospital in London")
    );
}

#[test]
fn age_description_refers_to_the_person_named_last() {
    let (_, list) = run("Tomas Vrana thanked his voters. The 52-year-old former finance minister said talks would start.");
    let d = list
        .iter()
        .find(|(t, _, _)| t.starts_with("The 52-year-old"))
        .unwrap();
    assert_eq!(d.2.as_deref(), Some("Tomas Vrana"));
}

#[test]
fn the_organisation_refers_to_the_organisation_named_last() {
    let (_, list) =
        run("The Kelsani Relief Foundation sent tents. Access is hard, the organisation said.");
    let d = list
        .iter()
        .find(|(t, _, _)| t == "the organisation")
        .unwrap();
    assert_eq!(d.2.as_deref(), Some("Kelsani Relief Foundation"));
}
