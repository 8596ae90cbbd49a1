//! "Export": the analysis on screen saved as a file. The Rust side writes
//! the statements JSON ([`crate::json`], byte for byte what `explore --json`
//! prints) and the events' date labels; `host.js` saves it as it is or
//! makes from it the CSV (one row per statement in timeline order: date,
//! event, speaker, role, kind, text), the TimelineJS JSON (one slide per
//! dated event, texts HTML-escaped) or the Markdown (the timeline for a
//! blog post, quotes as block quotes, markup escaped). Exports hold the
//! whole analysis, whatever the filters show.

use crate::{host, json, views};

/// Saves the article on screen as `format` ("json", "csv", "timelinejs",
/// "markdown").
pub fn save(format: &str) {
    let Some(doc) = views::doc() else {
        return;
    };
    let a = &doc.a;
    let mut labels = String::new();
    for e in &a.events {
        labels.push_str(&e.date_label(&a.events));
        labels.push('\n');
    }
    if let Some(d) = a.article.published {
        labels.push_str(&d.long());
    }
    host::export_as(format, &json::to_string(a), &labels);
}
