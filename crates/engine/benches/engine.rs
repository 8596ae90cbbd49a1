//! Engine speed, natively: `cargo bench -p engine --bench engine`
//! (or `scripts/bench.sh`, which also measures the wasm build and prints a
//! table). Figures and how to read them: docs/PERFORMANCE.md.
//!
//! Inputs (see `inputs/mod.rs`) are made at start from the articles in the
//! repository: the default article, the corpus and holdout articles repeated
//! to 1 MiB and 10 MiB, and adversarial worst cases. Each benchmark reports
//! bytes per second.
//!
//! Environment:
//! - `ENGINE_BENCH_DUMP=DIR` writes every input to `DIR/<name>.txt` and exits
//!   (to profile one: `perf record target/profiling/explore DIR/<name>.txt`).
//! - `ENGINE_BENCH_QUICK=1` leaves out the 10 MiB input (the slowest by far).
//!
//! Without `--bench` (as under `cargo test --all-targets`) it does nothing.
//! No assertion here is about time; the checks at start only make sure each
//! input is read to its end, so that the figures mean what they say.

use std::sync::OnceLock;

use divan::counter::BytesCount;
use divan::{black_box, Bencher};

mod inputs;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

/// The default article and the corpus and holdout articles, read once.
fn sources() -> &'static (String, Vec<String>) {
    static SOURCES: OnceLock<(String, Vec<String>)> = OnceLock::new();
    SOURCES.get_or_init(|| {
        let seed = std::fs::read_to_string(format!(
            "{ROOT}/articles/russia-china-denisov-2020-12-29.txt"
        ))
        .expect("the default article");
        let mut files = Vec::new();
        for dir in ["articles/corpus", "articles/holdout"] {
            let mut in_dir: Vec<_> = std::fs::read_dir(format!("{ROOT}/{dir}"))
                .expect("the articles directory")
                .map(|e| e.expect("a directory entry").path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect();
            in_dir.sort();
            files.extend(in_dir);
        }
        let articles = files
            .iter()
            .map(|p| std::fs::read_to_string(p).expect("an article"))
            .collect();
        (seed, articles)
    })
}

/// The input called `name`, made once.
fn input(name: &'static str) -> &'static str {
    static MADE: OnceLock<std::sync::Mutex<Vec<(&'static str, &'static str)>>> = OnceLock::new();
    let made = MADE.get_or_init(Default::default);
    let mut made = made.lock().unwrap();
    if let Some((_, s)) = made.iter().find(|(n, _)| *n == name) {
        return s;
    }
    let (seed, articles) = sources();
    let refs: Vec<&str> = articles.iter().map(String::as_str).collect();
    let text: &'static str = inputs::input(name, seed, &refs)
        .expect("a known input")
        .leak();
    made.push((name, text));
    text
}

/// Times `engine::analyze` on the input, in bytes per second.
fn run(bencher: Bencher, name: &'static str) {
    let text = input(name);
    bencher
        .counter(BytesCount::of_str(text))
        .bench(|| engine::analyze(black_box(text)).map(|a| a.statements.len()));
}

/// Realistic text: one article, and many.
mod articles {
    use super::*;

    #[divan::bench(min_time = 2)]
    fn seed(b: Bencher) {
        run(b, "seed");
    }

    #[divan::bench(sample_count = 5, sample_size = 1)]
    fn corpus_1mb(b: Bencher) {
        run(b, "corpus-1mb");
    }

    #[divan::bench(sample_count = 3, sample_size = 1)]
    fn corpus_10mb(b: Bencher) {
        run(b, "corpus-10mb");
    }
}

/// Worst cases: input shaped to make some stage work hard.
mod adversarial {
    use super::*;

    #[divan::bench(sample_count = 5, sample_size = 1)]
    fn unclosed_quotes(b: Bencher) {
        run(b, "unclosed-quotes");
    }

    #[divan::bench(sample_count = 5, sample_size = 1)]
    fn short_sentences(b: Bencher) {
        run(b, "short-sentences");
    }

    #[divan::bench(sample_count = 5, sample_size = 1)]
    fn speakers_10k(b: Bencher) {
        run(b, "speakers-10k");
    }

    #[divan::bench(sample_count = 5, sample_size = 1)]
    fn no_spaces(b: Bencher) {
        run(b, "no-spaces");
    }
}

fn quick() -> bool {
    std::env::var_os("ENGINE_BENCH_QUICK").is_some_and(|v| !v.is_empty() && v != "0")
}

fn main() {
    let names: Vec<&'static str> = inputs::INPUTS
        .iter()
        .map(|(n, _)| *n)
        .filter(|n| !(quick() && *n == "corpus-10mb"))
        .collect();
    // `cargo test --all-targets` runs this without `--bench`: benchmarks are
    // not tests, and the 10 MiB input alone takes minutes.
    if !std::env::args().any(|a| a == "--bench") && std::env::var_os("ENGINE_BENCH_DUMP").is_none()
    {
        println!("engine benchmark: run with `cargo bench -p engine --bench engine` (skipped under cargo test)");
        return;
    }
    if let Some(dir) = std::env::var_os("ENGINE_BENCH_DUMP") {
        std::fs::create_dir_all(&dir).expect("the dump directory");
        for name in &names {
            let path = std::path::Path::new(&dir).join(format!("{name}.txt"));
            std::fs::write(&path, input(name)).expect("writing an input");
            println!("{}", path.display());
        }
        return;
    }
    // What each input is, and proof that the engine reads all of it: the
    // last body paragraph ends near the end of the text.
    println!(
        "{:<16} {:>10} {:>18} {:>10} {:>8}  what",
        "input", "bytes", "fnv1a", "statements", "read to"
    );
    // Only the inputs of the benchmarks asked for (`cargo bench … -- seed`).
    let filters: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let wanted = |name: &str| {
        let bench = name.replace('-', "_");
        filters.is_empty()
            || filters
                .iter()
                .any(|f| bench.contains(f.as_str()) || f.contains(bench.as_str()))
    };
    for name in names.iter().filter(|n| wanted(n)) {
        let text = input(name);
        if text.len() > 2 * inputs::MB {
            // Made like corpus-1mb; one more run of it would cost minutes.
            println!("{name:<16} {:>10} {:>18x}", text.len(), inputs::fnv1a(text));
            continue;
        }
        let a = engine::analyze(text).expect("every input is an article");
        let end = a.paragraphs.last().map_or(0, |p| p[1]);
        let read = 100 * end / text.len().max(1);
        let what = inputs::INPUTS
            .iter()
            .find(|(n, _)| n == name)
            .map_or("", |(_, w)| w);
        println!(
            "{name:<16} {:>10} {:>18x} {:>10} {:>7}%  {what}",
            text.len(),
            inputs::fnv1a(text),
            a.statements.len(),
            read
        );
        assert!(read >= 99, "{name}: the engine read only {read}% of the input; the benchmark would not time what it says");
    }
    println!();
    let divan = divan::Divan::from_args();
    if quick() {
        divan.skip_regex("corpus_10mb").main();
    } else {
        divan.main();
    }
}
