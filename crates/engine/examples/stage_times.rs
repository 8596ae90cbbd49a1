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
    // Per stage: time in all, steps, longest step.
    let mut rows: Vec<(&str, f64, usize, f64)> = Vec::new();
    loop {
        let t = Instant::now();
        let p = a.step();
        let ms = t.elapsed().as_secs_f64() * 1e3;
        match rows.last_mut() {
            Some(r) if r.0 == stage => {
                r.1 += ms;
                r.2 += 1;
                r.3 = r.3.max(ms);
            }
            _ => rows.push((stage, ms, 1, ms)),
        }
        match p {
            Progress::Working { next, .. } => stage = next,
            Progress::Done => break,
        }
    }
    for (stage, ms, steps, longest) in &rows {
        println!("{ms:>10.1} ms  {stage} ({steps} steps, longest {longest:.1} ms)");
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
