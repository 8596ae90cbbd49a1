//! `Analyzer::step` does a bounded piece of work per call: a long text is
//! analysed in many steps, and the steps give the analysis `analyze` gives.

use engine::{analyze, Analyzer, Options, Progress};

#[path = "../benches/inputs/mod.rs"]
#[allow(dead_code)]
mod inputs;

/// The corpus articles, without the lines that end an article, one after
/// another to `len` bytes (as the benchmark makes them).
fn many_articles(len: usize) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../articles/corpus");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let texts: Vec<String> = files
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let text = inputs::input("corpus-1mb", "", &refs).unwrap();
    text[..text.floor_char_boundary(len.min(text.len()))].to_string()
}

/// Steps until done, counting the steps of each stage.
fn steps(text: &str) -> (Vec<usize>, engine::Analysis) {
    let mut a = Analyzer::new(text, Options::default());
    let mut per_stage = vec![0; 7];
    let mut stage = 0;
    loop {
        per_stage[stage] += 1;
        match a.step() {
            Progress::Working { done, .. } => stage = done,
            Progress::Done => break,
        }
    }
    (per_stage, a.finish().unwrap())
}

#[test]
fn a_short_article_takes_one_step_per_stage_or_so() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../articles/russia-china-denisov-2020-12-29.txt"
    ))
    .unwrap();
    let (per_stage, _) = steps(&text);
    assert!(per_stage.iter().all(|&n| n <= 4), "{per_stage:?}");
}

#[test]
fn a_long_text_is_read_a_piece_per_step_in_every_long_stage() {
    let text = many_articles(1_000_000);
    assert!(text.len() > 990_000, "{}", text.len());
    let (per_stage, _) = steps(&text);
    // Stages 2 to 6 (sentences, mentions, attribution, time, events) each
    // take several steps on a megabyte.
    for (stage, &n) in per_stage.iter().enumerate().skip(2) {
        assert!(n >= 5, "stage {stage} ran in {n} steps: {per_stage:?}");
    }
}

#[test]
fn stepping_gives_what_analyze_gives() {
    let text = many_articles(300_000);
    let (_, stepped) = steps(&text);
    assert_eq!(stepped, analyze(&text).unwrap());
    assert!(stepped.statements.len() > 1000);
}
