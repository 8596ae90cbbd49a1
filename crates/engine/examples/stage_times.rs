//! Times each stage of the pipeline on one file, to find the slow one:
//! `cargo run --release -p engine --example stage_times -- FILE`.
//! (The benchmarks in `benches/` hold the figures; this only points.)

use engine::{Analyzer, Options, Progress};
use std::time::Instant;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: stage_times FILE");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("stage_times: {path}: {e}");
        std::process::exit(1);
    });
    let mut a = Analyzer::new(&text, Options::default());
    let mut stage = "checking the text";
    let all = Instant::now();
    loop {
        let t = Instant::now();
        let p = a.step();
        println!("{:>10.1} ms  {stage}", t.elapsed().as_secs_f64() * 1e3);
        match p {
            Progress::Working { next, .. } => stage = next,
            Progress::Done => break,
        }
    }
    let n = a.finish().map(|r| r.statements.len()).unwrap_or(0);
    let secs = all.elapsed().as_secs_f64();
    println!(
        "{:>10.1} ms  in all: {} statements, {:.2} MB/s",
        secs * 1e3,
        n,
        text.len() as f64 / secs / 1e6
    );
}
