//! Hostile input: whatever the text, the engine answers without panicking,
//! and every analysis keeps its invariants (spans inside the input and on
//! char boundaries, ids that resolve, confidence in [0, 1], dates that do not
//! run backwards, JSON that has the format's fields and reads back equal).
//! The invariants themselves are in `common/mod.rs`, shared with the fuzz
//! targets.
//!
//! These run on stable in `cargo test -p engine`; case counts are kept small
//! enough for a debug build on two cores.

mod common;

use engine::{analyze, analyze_with, Date, Error, Options};
use proptest::prelude::*;

const SEED: &str = include_str!("../../../articles/russia-china-denisov-2020-12-29.txt");

/// Every quotation mark the engine might meet, double and single, straight,
/// curly, low-9, guillemets and CJK corner brackets.
const QUOTES: &[char] = &[
    '"', '\'', '“', '”', '„', '‟', '«', '»', '‹', '›', '’', '‘', '‚', '‛', '「', '」', '『', '』',
    '〝', '〞', '＂', '＇',
];

fn run(text: &str) -> Result<engine::Analysis, Error> {
    let result = analyze(text);
    common::check(text, &result);
    result
}

fn run_dated(text: &str) -> Result<engine::Analysis, Error> {
    let options = Options {
        published: Date::new(2021, 3, 4),
    };
    let result = analyze_with(text, &options);
    common::check(text, &result);
    result
}

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        // Shrinking a slow input can take long; a failure is reported with
        // what it has shrunk to by then.
        max_shrink_time: 20_000,
        ..ProptestConfig::default()
    }
}

/// Pieces of news prose in any order: reporting verbs, names, titles, dates,
/// quotation marks, dashes, brackets and paragraph breaks, so the arbitrary
/// inputs reach the attribution and time stages and not only the tokenizer.
fn fragment() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "said",
        "says",
        "told",
        "added",
        "according to",
        "stressed",
        "warned",
        "noted",
        "he",
        "she",
        "they",
        "it",
        "the",
        "ministry",
        "the ambassador",
        "President",
        "Anna Berg",
        "Andrey Denisov",
        "Mr.",
        "Dr.",
        "Foreign Minister",
        "the Chinese Ministry of Foreign Affairs",
        "spokesperson",
        "that",
        "and",
        "on",
        "Tuesday",
        "last week",
        "this past October",
        "subsequently",
        "earlier",
        "a day later",
        "in a statement",
        "at a press conference",
        "29 December 2020",
        "2020-12-29",
        "December",
        "2021",
        "Jan. 5",
        "of",
        "in",
        "MOSCOW (Sputnik - 29th December, 2020)",
        "date 2020-12-29 Source",
        "Published",
        "|",
        "06:00 PM",
        "More Stories From",
        "—",
        "–",
        "-",
        ",",
        ".",
        ";",
        ":",
        "?",
        "!",
        "...",
        "…",
        "(",
        ")",
        "[",
        "]",
        "\n",
        "\n\n",
        " ",
        "  ",
        "\t",
    ]);
    prop_oneof![
        6 => words.prop_map(String::from),
        2 => prop::sample::select(QUOTES.to_vec()).prop_map(String::from),
        1 => "[A-Z][a-z]{1,8}",
        1 => any::<char>().prop_map(String::from),
    ]
}

fn prose(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(fragment(), 0..max).prop_map(|v| v.join(" "))
}

/// Turns `i` into a char boundary of `s` at or before it.
fn floor(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[derive(Clone, Debug)]
enum Edit {
    Insert(usize, String),
    Delete(usize, usize),
    Replace(usize, usize, String),
}

fn edit() -> impl Strategy<Value = Edit> {
    let piece = prop_oneof![
        3 => prop::sample::select(QUOTES.to_vec()).prop_map(String::from),
        1 => any::<char>().prop_map(String::from),
        1 => fragment(),
        1 => prop::sample::select(vec!["\n", "\n\n", "\r\n", "\u{0}", "\u{feff}", "\u{202e}", "\u{200f}"])
            .prop_map(String::from),
    ];
    let at = 0..SEED.len() + 1;
    prop_oneof![
        (at.clone(), piece.clone()).prop_map(|(i, p)| Edit::Insert(i, p)),
        (at.clone(), 1..40usize).prop_map(|(i, n)| Edit::Delete(i, n)),
        (at, 1..8usize, piece).prop_map(|(i, n, p)| Edit::Replace(i, n, p)),
    ]
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut s = text.to_string();
    for e in edits {
        match e {
            Edit::Insert(i, p) => {
                let i = floor(&s, *i);
                s.insert_str(i, p);
            }
            Edit::Delete(i, n) => {
                let a = floor(&s, *i);
                let b = floor(&s, a + n);
                s.replace_range(a..b, "");
            }
            Edit::Replace(i, n, p) => {
                let a = floor(&s, *i);
                let b = floor(&s, a + n);
                s.replace_range(a..b, p);
            }
        }
    }
    s
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn arbitrary_strings_never_panic_and_keep_the_invariants(text in any::<String>()) {
        run(&text).ok();
    }

    #[test]
    fn arbitrary_unicode_without_controls_is_never_refused_as_binary(text in "\\PC{1,200}") {
        match run(&text) {
            Err(Error::NotText) => prop_assert!(false, "refused as binary: {text:?}"),
            Err(Error::Empty) => prop_assert!(text.trim().is_empty()),
            Ok(_) => {}
        }
    }
}

proptest! {
    #![proptest_config(config(160))]

    #[test]
    fn news_fragments_in_any_order_keep_the_invariants(text in prose(120)) {
        run(&text).ok();
        run_dated(&text).ok();
    }

    #[test]
    fn quotation_marks_of_every_kind_in_any_order_keep_the_invariants(
        text in prop::collection::vec(
            prop_oneof![
                3 => prop::sample::select(QUOTES.to_vec()).prop_map(String::from),
                2 => fragment(),
            ],
            0..150,
        ).prop_map(|v| v.concat())
    ) {
        run(&text).ok();
    }
}

proptest! {
    #![proptest_config(config(48))]

    #[test]
    fn mutated_real_article_keeps_the_invariants(edits in prop::collection::vec(edit(), 1..30)) {
        let text = apply(SEED, &edits);
        run(&text).ok();
        run_dated(&text).ok();
    }

    #[test]
    fn real_article_with_its_quote_marks_swapped_keeps_the_invariants(
        swaps in prop::collection::vec(prop::sample::select(QUOTES.to_vec()), 1..64)
    ) {
        // Every quotation mark of the article replaced, in turn, by one of the swaps.
        let mut k = 0;
        let text: String = SEED
            .chars()
            .map(|c| {
                if QUOTES.contains(&c) {
                    k += 1;
                    swaps[k % swaps.len()]
                } else {
                    c
                }
            })
            .collect();
        let a = run(&text).expect("a real article with other quote marks is still an article");
        prop_assert!(!a.paragraphs.is_empty());
    }

    #[test]
    fn control_characters_give_not_text_or_an_analysis(
        edits in prop::collection::vec(
            (0..SEED.len() + 1, prop::sample::select(vec!['\0', '\u{1}', '\u{7}', '\u{8}', '\u{b}', '\u{1b}', '\u{1f}', '\u{7f}'])),
            1..400,
        )
    ) {
        let mut s = SEED.to_string();
        for (i, c) in &edits {
            let i = floor(&s, *i);
            s.insert(i, *c);
        }
        // `common::check` allows NotText only for input with control characters;
        // any other error here would be wrong.
        match run(&s) {
            Ok(_) | Err(Error::NotText) => {}
            Err(e) => prop_assert!(false, "{e:?}"),
        }
    }

    #[test]
    fn whitespace_only_input_is_empty(
        ws in prop::collection::vec(
            prop::sample::select(vec![' ', '\t', '\n', '\r', '\u{b}', '\u{c}', '\u{85}', '\u{a0}', '\u{2003}', '\u{2028}', '\u{2029}', '\u{3000}']),
            0..2000,
        )
    ) {
        let text: String = ws.into_iter().collect();
        prop_assert_eq!(analyze(&text), Err(Error::Empty));
        prop_assert_eq!(run_dated(&text), Err(Error::Empty));
    }
}

#[test]
fn the_empty_string_is_empty() {
    assert_eq!(run(""), Err(Error::Empty));
}

#[test]
fn a_nul_byte_alone_or_first_is_not_text() {
    assert_eq!(run("\0"), Err(Error::NotText));
    assert_eq!(run(&format!("\0{SEED}")), Err(Error::NotText));
    assert_eq!(
        run("Talks went well,\0 Anna Berg said."),
        Err(Error::NotText)
    );
}

#[test]
fn a_nul_byte_deep_in_a_long_text_does_not_panic() {
    // Past the first 8 KiB the binary check does not look; the rest of the
    // pipeline must cope with a NUL.
    let mut text = SEED.repeat(4);
    text.push('\0');
    text.push_str(SEED);
    run(&text).ok();
}

#[test]
fn every_pair_of_quote_characters_around_a_statement_keeps_the_invariants() {
    for &open in QUOTES {
        for &close in QUOTES {
            let text = format!(
                "Talks Resume\n\n{open}Talks went well,{close} Foreign Minister Anna Berg said on Tuesday.\n\n\
                 Berg said {open}we will meet again{close} and {open}soon.\n"
            );
            run(&text).unwrap();
        }
    }
}

#[test]
fn a_real_article_in_each_quote_style_still_has_statements() {
    // Curly double quotes replaced by each pair a language uses.
    for (open, close) in [
        ('"', '"'),
        ('„', '“'),
        ('«', '»'),
        ('»', '«'),
        ('‹', '›'),
        ('「', '」'),
        ('『', '』'),
        ('‟', '”'),
        ('‘', '’'),
        ('‚', '‘'),
    ] {
        let text: String = SEED
            .chars()
            .map(|c| match c {
                '“' => open,
                '”' => close,
                c => c,
            })
            .collect();
        let a = run(&text).unwrap();
        assert!(!a.statements.is_empty(), "no statement with {open}…{close}");
    }
}

#[test]
fn a_million_straight_quotation_marks() {
    run(&"\"".repeat(1_000_000)).unwrap();
}

#[test]
fn a_hundred_thousand_mixed_quotation_marks_with_words_between() {
    let marks = ['“', '”', '"', '«', '»', '„', '‘', '’', '\''];
    let mut text = String::from("Quotes\n\n");
    for i in 0..100_000 {
        text.push(marks[i % marks.len()]);
        if i % 7 == 0 {
            text.push_str("said Anna Berg ");
        }
        if i % 5000 == 4999 {
            text.push_str("\n\n");
        }
    }
    run(&text).unwrap();
}

#[test]
fn many_unclosed_quotes_in_one_paragraph() {
    let text = format!(
        "Unclosed\n\n{}",
        "“Talks went well, Anna Berg said. ".repeat(20_000)
    );
    run(&text).unwrap();
}

#[test]
fn many_paragraphs_each_opening_a_quote_that_never_closes() {
    // The wire convention: a paragraph opening with a mark continues the
    // quotation left open before it.
    let text = format!(
        "Unclosed\n\n{}",
        "“Talks went well, Anna Berg said\n\n".repeat(10_000)
    );
    run(&text).unwrap();
}

#[test]
fn deeply_nested_brackets() {
    for (open, close) in [('(', ')'), ('[', ']'), ('{', '}'), ('“', '”'), ('«', '»')] {
        let depth = 50_000;
        let mut text = String::from("Nested\n\nAnna Berg said ");
        text.extend(std::iter::repeat_n(open, depth));
        text.push_str("talks went well");
        text.extend(std::iter::repeat_n(close, depth));
        text.push('.');
        run(&text).unwrap();
    }
    // Alternating kinds, with words at every level.
    let mut text = String::from("Nested\n\n");
    for i in 0..20_000 {
        text.push_str(["(the ", "[said ", "{“Berg ", "‘told "][i % 4]);
    }
    for i in 0..20_000 {
        text.push_str([") ", "] ", "”} ", "’ "][i % 4]);
    }
    run(&text).unwrap();
}

#[test]
fn a_very_long_line_of_words() {
    let text = "Talks went well and the ambassador said that relations are good ".repeat(4_000);
    run(&text).unwrap();
}

#[test]
fn a_very_long_line_without_spaces() {
    run(&"a".repeat(1_000_000)).unwrap();
    run(&"Berg,said.“”".repeat(50_000)).unwrap();
}

#[test]
fn a_paragraph_of_many_short_sentences() {
    let text = format!("Sentences\n\n{}", "He said so. ".repeat(2_000));
    run(&text).unwrap();
}

#[test]
fn many_distinct_speakers() {
    let mut text = String::from("Speakers\n\n");
    for i in 0..3_000 {
        let name = name(i);
        text.push_str(&format!(
            "“Talks went well,” Minister {name} said on Tuesday.\n\n"
        ));
    }
    let a = run_dated(&text).unwrap();
    assert!(a.speakers.len() > 100, "only {} speakers", a.speakers.len());
}

/// A distinct capitalised two-word name for each `i`.
fn name(mut i: usize) -> String {
    const SYL: [&str; 10] = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "da"];
    let mut first = String::new();
    let mut last = String::new();
    for k in 0..4 {
        let s = SYL[i % 10];
        i /= 10;
        if k < 2 {
            first.push_str(s)
        } else {
            last.push_str(s)
        }
    }
    let cap = |s: &str| s[..1].to_uppercase() + &s[1..];
    format!("{} {}", cap(&first), cap(&last))
}

#[test]
fn right_to_left_text() {
    let arabic = "قال المتحدث باسم الوزارة إن «المحادثات سارت على ما يرام» يوم الثلاثاء.";
    let hebrew = "\"השיחות התנהלו היטב\", אמר שר החוץ ביום שלישי.";
    let mixed = "\u{202b}Anna Berg said \u{202e}“talks went well”\u{202c} on Tuesday.\u{200f}";
    for text in [arabic, hebrew, mixed] {
        run(text).unwrap();
        run(&format!("عنوان\n\n{text}\n\n{text}")).unwrap();
    }
    // Right-to-left text inside a real article, paragraph by paragraph.
    let text = SEED.replace("\n\n", &format!("\n\n{arabic} {hebrew}\n\n"));
    run(&text).unwrap();
}

proptest! {
    #![proptest_config(config(96))]

    #[test]
    fn right_to_left_prose_in_any_order_keeps_the_invariants(
        text in prop::collection::vec(
            prop_oneof![
                "[\u{0600}-\u{06ff}]{1,12}",
                "[\u{0590}-\u{05ff}]{1,12}",
                prop::sample::select(vec!["\u{200e}", "\u{200f}", "\u{202a}", "\u{202b}", "\u{202c}", "\u{202d}", "\u{202e}", "\u{2066}", "\u{2067}", "\u{2069}"]).prop_map(String::from),
                fragment(),
            ],
            0..100,
        ).prop_map(|v| v.join(" "))
    ) {
        run(&text).ok();
    }
}
