//! Article Explorer: who said what, and when, in a news article.
//!
//! A client-side Leptos app. The engine crate reads the article; this crate
//! only draws what it found (the lists a chunk at a time, where they can be
//! seen) and keeps the reader's choices (hidden speakers, selected
//! statement) in two signals, the filter mirrored in the URL.

mod app;
mod doc;
mod dom;
mod overview;
mod url;
mod views;
mod virt;

fn main() {
    leptos::mount::mount_to_body(app::App);
}
