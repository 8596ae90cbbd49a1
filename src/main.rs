//! Article Explorer: who said what, and when, in a news article.
//!
//! A client-side Leptos app. The engine crate reads the article; this crate
//! only draws what it found and keeps the reader's choices (hidden speakers,
//! selected statement) in a few signals, the filter mirrored in the URL.

mod app;
mod components;
mod dom;
mod url;

fn main() {
    leptos::mount::mount_to_body(app::App);
}
