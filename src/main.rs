//! Article Explorer: who said what, and when, in a news article.
//!
//! A client-side Leptos app. The engine crate reads the article; this crate
//! brings articles in (pasted, dropped, chosen, fetched from a link), keeps
//! them (localStorage), draws what the engine found (the lists a chunk at a
//! time, where they can be seen), keeps the reader's view in a few signals
//! mirrored in the address, and exports the analysis.

mod app;
mod doc;
mod dom;
mod embed;
mod export;
mod host;
mod json;
mod keys;
mod overview;
mod scope;
mod url;
mod views;
mod virt;

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOC: pow2_alloc::Pow2 = pow2_alloc::Pow2::new();

fn main() {
    // Embedded in another page (embed.js) or the iframe view's address:
    // no app.
    if embed::start() {
        return;
    }
    // A panic traps (the page's build aborts at once, scripts/build.sh):
    // host.js sees the trap and shows "Something went wrong", with a reload
    // and diagnostics; the page cannot go on after it.
    app::run();
}
