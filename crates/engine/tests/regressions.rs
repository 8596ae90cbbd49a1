//! Inputs that once broke the engine (found by fuzzing, property tests or
//! the adversarial benchmarks), each with the invariant it broke. A test
//! marked `#[ignore = "reproducer: …"]` still fails; un-ignore it with the fix.
//!
//! The linear-time checks compare wall-clock times, so they are ignored by
//! default (a stopwatch in CI fails on a busy machine, not on a slow
//! engine): run them on a quiet machine with `cargo test --release -p
//! engine --test regressions -- --ignored`. The benchmark
//! (`crates/engine/benches/engine.rs`: short-sentences, speakers-10k,
//! unclosed-quotes) holds the figures.

mod common;

fn run(text: &str) {
    let result = engine::analyze(text);
    common::check(text, &result);
}

#[test]
fn organisation_description_at_the_end_of_a_paragraph_does_not_panic() {
    // Found by `cargo fuzz run analyze`; minimised from 1,841 bytes.
    run("D\na lan Ministry\n\nV");
}

/// Analyses `text` `times` times and gives the fastest run in seconds.
fn fastest(text: &str, times: usize) -> f64 {
    (0..times)
        .map(|_| {
            let t = std::time::Instant::now();
            let r = engine::analyze(text);
            let s = t.elapsed().as_secs_f64();
            common::check(text, &r);
            s
        })
        .fold(f64::INFINITY, f64::min)
}

/// The timing tests run one at a time, so that they do not slow each other.
static TIMING: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Whether `k` times the input takes less than `2 k` times as long (`k` for
/// linear work, `k²` for quadratic; the factor 2 leaves room for noise).
fn grows_linearly(make: impl Fn(usize) -> String, n: usize, k: usize) {
    let _one_at_a_time = TIMING.lock().unwrap_or_else(|e| e.into_inner());
    let small = fastest(&make(n), 3);
    let large = fastest(&make(k * n), 1);
    let ratio = large / small.max(1e-6);
    assert!(
        ratio < 2.0 * k as f64,
        "{k}x the input took {ratio:.1}x the time ({small:.3}s -> {large:.3}s)"
    );
}

#[test]
#[ignore = "timing: run on a quiet machine with --ignored"]
fn a_paragraph_of_short_pronoun_sentences_is_analysed_in_linear_time() {
    // Release build: 1,000 sentences 0.10 s, 2,000 0.55 s, 4,000 1.97 s,
    // 8,000 6.5 s, 10,000 15.8 s; 100,000 would take hours.
    // The scans: `para_start` ((0..=si).rev().take_while(same paragraph))
    // and the loop over earlier sentences of the paragraph, neither bounded
    // because no claim is ever made to stop them.
    grows_linearly(
        |n| format!("Sentences\n\n{}", "He said so. ".repeat(n)),
        1_000,
        4,
    );
}

#[test]
#[ignore = "timing: run on a quiet machine with --ignored"]
fn a_role_restated_in_every_paragraph_is_analysed_in_linear_time() {
    // Release build: 2,000 paragraphs (250 KB) 2.2 s, 8,000 (1 MB) 30.8 s.
    // The same happens on the test articles concatenated (1 MB 2.5 s,
    // 2.5 MB 19 s), where the profile is mentions::Reader::fits (34%),
    // slice contains and string compares (44%).
    grows_linearly(
        |n| {
            "Roles\n\n“Talks went well,” Varenian Foreign Minister Anna Berg said on Tuesday. \
             The Varenian minister added that talks would resume.\n\n"
                .repeat(n)
        },
        300,
        8,
    );
}

#[test]
#[ignore = "timing: run on a quiet machine with --ignored"]
fn a_sentence_of_many_attributions_is_analysed_in_linear_time() {
    // Release build, `explore --json`: 250 repeats (4.5 KB) 0.69 s 3 MB,
    // 500 3.3 s 7 MB, 1,000 13.4 s 19 MB, 2,000 43 s 67 MB; 20,000 repeats
    // (360 KB) ran past 300 s and 6 GB. The profile: time::time → timings →
    // expressions → parsers::parse_at (90%), once per claim over a frame
    // that spans the whole sentence.
    grows_linearly(|n| format!("{}\n", "Berg said “talks” ".repeat(n)), 40, 4);
}

#[test]
fn a_leading_byte_order_mark_changes_nothing_but_the_offsets() {
    // Files saved by Windows editors start with U+FEFF; `explore` passes it on.
    // Seen: the default article loses source "UrduPoint.com" (its header line
    // " date 2020-12-29 UrduPoint.com" is not recognised), and
    // a02-kaldora-election's title becomes "\u{feff}Kaldoran Ruling Party …".
    for text in [
        include_str!("../../../articles/russia-china-denisov-2020-12-29.txt"),
        include_str!("../../../articles/corpus/a02-kaldora-election-2021-06-14.txt"),
    ] {
        let plain = engine::analyze(text).unwrap();
        let bom = format!("\u{feff}{text}");
        let with = engine::analyze(&bom).unwrap();
        common::check(&bom, &Ok(with.clone()));
        assert_eq!(with.article, plain.article);
        let texts = |a: &engine::Analysis| {
            a.statements
                .iter()
                .map(|s| s.text.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(texts(&with), texts(&plain));
    }
}
