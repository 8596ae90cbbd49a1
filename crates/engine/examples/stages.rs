//! Prints what the middle stages see in an article: every mention with its
//! entity, then every claim. A debugging aid for rule writers:
//! `cargo run -p engine --example stages -- FILE`.

use engine::{attribution, layout, mentions, sentences};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: stages FILE");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("stages: {path}: {e}");
            std::process::exit(1);
        }
    };
    let lay = layout::layout(&text);
    let seg = sentences::segment(&text, lay.paragraphs.clone());
    let men = mentions::mentions(&text, &seg);
    let span = |a: usize, b: usize| -> &str {
        match (
            seg.tokens.get(a),
            b.checked_sub(1).and_then(|b| seg.tokens.get(b)),
        ) {
            (Some(x), Some(y)) => &text[x.start..y.end],
            _ => "",
        }
    };
    println!("# mentions");
    for m in &men.mentions {
        let who = m
            .entity
            .map(|e| men.entities[e].name.as_str())
            .unwrap_or("-");
        println!(
            "{:>5}..{:<5} {:?} {:?} -> {}",
            m.toks.0,
            m.toks.1,
            m.kind,
            span(m.toks.0, m.toks.1),
            who
        );
    }
    println!("# claims");
    for c in attribution::attribute(&text, &seg, &men) {
        println!("{c:?}");
    }
}
