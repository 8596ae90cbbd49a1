//! Accuracy against the gold annotations, measured the way the team measures
//! it: the `explore` command's JSON scored by `tools/score-statements`.
//!
//! The bars are the ones issue #3 sets for the test corpus (means over the
//! articles): f1, kind, date and events_b3 ≥ 0.95, order and metadata = 1.00;
//! and every figure 1.00 on the default article; and floors on the held-out
//! articles.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

/// Runs the scorer and gives its summary figures.
fn score(args: &[&str]) -> Vec<(String, f64)> {
    let root = root();
    let out = Command::new("python3")
        .arg(root.join("tools/score-statements"))
        .args(args)
        .arg("--quiet")
        .current_dir(&root)
        .output()
        .expect("python3 is needed to run tools/score-statements");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let last = stdout.lines().last().unwrap_or_default();
    assert!(
        last.starts_with("mean over"),
        "scorer gave no summary:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    println!("{stdout}");
    last.split_whitespace()
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| (k.to_string(), v.parse().unwrap()))
        .collect()
}

fn figure(figs: &[(String, f64)], name: &str) -> f64 {
    figs.iter()
        .find(|(k, _)| k == name)
        .unwrap_or_else(|| panic!("no figure {name}"))
        .1
}

fn explore_cmd() -> String {
    format!("'{}' --json {{file}}", env!("CARGO_BIN_EXE_explore"))
}

/// Scores a folder of held-out articles and checks each figure against its
/// floor.
fn assert_floors(dir: &str, floors: &[(&str, f64)]) {
    let figs = score(&["--dir", dir, "--cmd", &explore_cmd()]);
    for &(name, floor) in floors {
        assert!(
            figure(&figs, name) >= floor,
            "{dir}: {name} = {} is below {floor}",
            figure(&figs, name)
        );
    }
}

#[test]
fn default_article_matches_its_gold_exactly() {
    let root = root();
    let out = Command::new(env!("CARGO_BIN_EXE_explore"))
        .args(["--json", "articles/russia-china-denisov-2020-12-29.txt"])
        .current_dir(&root)
        .output()
        .unwrap();
    assert!(out.status.success());
    let pred = std::env::temp_dir().join(format!("seed-{}.json", std::process::id()));
    std::fs::write(&pred, &out.stdout).unwrap();
    let figs = score(&[
        "articles/russia-china-denisov-2020-12-29.gold.json",
        pred.to_str().unwrap(),
    ]);
    let _ = std::fs::remove_file(&pred);
    for (k, v) in &figs {
        assert_eq!(*v, 1.0, "{k} on the default article");
    }
}

#[test]
fn corpus_meets_the_accuracy_bars() {
    let figs = score(&["--dir", "articles/corpus", "--cmd", &explore_cmd()]);
    let n: usize = std::fs::read_dir(root().join("articles/corpus"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".gold.json")
        })
        .count();
    assert!(
        n >= 15,
        "the corpus needs at least 15 annotated articles, has {n}"
    );
    for name in ["f1", "kind", "date", "events_b3"] {
        assert!(
            figure(&figs, name) >= 0.95,
            "{name} = {} is below 0.95",
            figure(&figs, name)
        );
    }
    for name in ["order", "metadata"] {
        assert_eq!(figure(&figs, name), 1.0, "{name} must be 1.00");
    }
}

/// Articles written by others, later, without looking at the engine: a
/// guard against rules that only fit the corpus. The bars sit a little
/// under today's figures (f1 0.99, kind 1.00, date 0.97, events 0.92, order
/// 0.87 over 16 articles) so that a regression fails the build.
#[test]
fn held_out_articles_stay_above_their_floor() {
    assert_floors(
        "articles/holdout",
        &[
            ("f1", 0.95),
            ("kind", 0.95),
            ("date", 0.92),
            ("events_b3", 0.85),
            ("order", 0.80),
            ("metadata", 1.0),
        ],
    );
}

/// A second set written later still, first measured at f1 0.91, date 0.92,
/// events 0.94, order 0.51, and worked on since (today f1 1.00, kind 0.98,
/// date 0.97, events 0.94, order 0.91 over 16 articles): floors a little
/// under, so that a regression fails the build.
#[test]
fn second_held_out_set_stays_above_its_floor() {
    assert_floors(
        "articles/holdout2",
        &[
            ("f1", 0.95),
            ("kind", 0.95),
            ("date", 0.93),
            ("events_b3", 0.90),
            ("order", 0.85),
            ("metadata", 1.0),
        ],
    );
}

/// A third set, written by someone who never ran the engine, first measured
/// at f1 0.79, kind 0.99, date 0.75, events 0.93, order 0.60, metadata 0.92
/// over 12 articles (today f1 0.95, date 0.98, events 0.89, order 0.84,
/// metadata 1.00): floors a little under today's figures.
#[test]
fn third_held_out_set_stays_above_its_floor() {
    assert_floors(
        "articles/holdout3",
        &[
            ("f1", 0.90),
            ("kind", 0.95),
            ("date", 0.90),
            ("events_b3", 0.85),
            ("order", 0.75),
            ("metadata", 1.0),
        ],
    );
}

/// A fourth set, written by others without the engine, first measured at
/// f1 0.79, kind 0.99, date 0.81, events 0.88, order 0.62 over 12 articles,
/// and worked on since (today f1 0.94, kind 0.99, date 0.92, events 0.90,
/// order 0.79): floors a little under today's figures.
#[test]
fn fourth_held_out_set_stays_above_its_floor() {
    assert_floors(
        "articles/holdout4",
        &[
            ("f1", 0.90),
            ("kind", 0.95),
            ("date", 0.88),
            ("events_b3", 0.85),
            ("order", 0.72),
            ("metadata", 1.0),
        ],
    );
}

/// A fifth set, for measuring only: written while the fourth was being
/// worked on and never tuned on, so it stays the fairest guess for articles
/// the engine has not seen (f1 0.86 before that work, 0.87 after; kind
/// 0.99, date 0.90, events 0.90, order 0.62 or 0.68: the scorer breaks a
/// tie between events on one article in Python's hash order, which changes
/// from run to run). Floors guard it against
/// regressions; raise them only by work on other articles.
#[test]
fn fifth_held_out_set_for_measuring_stays_above_its_floor() {
    assert_floors(
        "articles/holdout5",
        &[
            ("f1", 0.82),
            ("kind", 0.95),
            ("date", 0.85),
            ("events_b3", 0.85),
            ("order", 0.55),
            ("metadata", 1.0),
        ],
    );
}
