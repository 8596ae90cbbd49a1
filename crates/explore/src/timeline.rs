//! The readable timeline `explore` prints without `--json`.

use engine::{Analysis, Kind};
use std::fmt::Write;

pub fn render(a: &Analysis) -> String {
    let mut out = String::new();
    let art = &a.article;
    if let Some(t) = &art.title {
        let _ = writeln!(out, "{t}");
    }
    let meta: Vec<String> = [
        art.source.clone(),
        art.published.map(|d| d.long()),
        art.dateline.clone(),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !meta.is_empty() {
        let _ = writeln!(out, "{}", meta.join(" · "));
    }
    for w in &a.warnings {
        let _ = writeln!(out, "note: {w}");
    }
    for ev in &a.events {
        let _ = writeln!(out, "\n{} — {}", ev.date_label(&a.events), ev.label);
        for s in a.statements.iter().filter(|s| s.event == ev.id) {
            let sp = a.speakers.iter().find(|p| p.id == s.speaker);
            let who = sp.map_or(s.speaker.as_str(), |p| p.name.as_str());
            let role = sp
                .and_then(|p| p.role.as_deref())
                .map(|r| format!(" ({r})"))
                .unwrap_or_default();
            let body = match s.kind {
                Kind::Direct => format!("“{}”", s.text),
                Kind::Indirect => format!(
                    "{} {} that {}",
                    who,
                    if s.cue.is_empty() { "said" } else { &s.cue },
                    s.text
                ),
                Kind::Mixed => format!(
                    "{} {}: {}",
                    who,
                    if s.cue.is_empty() { "said" } else { &s.cue },
                    s.text
                ),
            };
            let _ = writeln!(out, "  {who}{role}\n    {body}");
        }
    }
    out
}
