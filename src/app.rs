//! The app's state, the page's frame, and the analysis of an article.
//!
//! State is two signals: the hidden speakers (mirrored in the URL) and the
//! selected statement. An article is analysed a stage at a time
//! ([`engine::Analyzer`]), giving the browser the main thread back between
//! stages when they take long, with a progress line for anything over half
//! a second; what the engine found is then drawn by [`crate::views`].

use std::cell::Cell;

use engine::{Analyzer, Date, Options, Progress};
use leptos::html;
use leptos::prelude::*;

use crate::doc::Doc;
use crate::{dom, url, views};

/// The default article, compiled in.
pub const SAMPLE: &str = include_str!("../articles/russia-china-denisov-2020-12-29.txt");

/// What the reader chose: which speakers are hidden, which statement is
/// selected. Copied freely.
#[derive(Clone, Copy)]
pub struct ViewState {
    pub hidden: RwSignal<Vec<String>>,
    pub selected: RwSignal<Option<String>>,
}

#[component]
pub fn App() -> impl IntoView {
    let state = ViewState {
        hidden: RwSignal::new(url::hidden_speakers()),
        selected: RwSignal::new(None),
    };
    Effect::new(move |_| state.hidden.with(|ids| url::set_hidden_speakers(ids)));
    analyse(SAMPLE.to_string(), Options::default(), state);

    view! {
        <a class="skip" href="#timeline">"Skip to the timeline"</a>
        <header class="topbar">
            <p class="brand">
                <span class="logo" aria-hidden="true"></span>
                "Article Explorer"
            </p>
            <Source state />
        </header>
        <div class="progress" id="progress" role="status" hidden>
            <span id="progress-text"></span>
            <progress id="progress-bar" max="7" value="0"></progress>
        </div>
        <main id="main" on:click=views::click></main>
        <footer class="footer">
            <p>"The article is read in your browser; nothing is sent anywhere."</p>
        </footer>
    }
}

thread_local! {
    /// The number of the latest analysis: an older one still running stops.
    static RUN: Cell<u32> = const { Cell::new(0) };
}

/// Milliseconds since the page opened.
fn now() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}

/// A User Timing mark, for the performance scripts (docs/PERFORMANCE.md).
fn mark(name: &str) {
    if let Some(p) = window().performance() {
        let _ = p.mark(name);
    }
}

/// Gives the main thread back to the browser (a task later).
async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The progress line: `Some((done, next stage))`, or hidden.
fn progress(at: Option<(usize, &str)>) {
    let Some(line) = dom::by_id("progress") else {
        return;
    };
    let _ = line.toggle_attribute_with_force("hidden", at.is_none());
    if let Some(main) = dom::by_id("main") {
        let _ = match at {
            Some(_) => main.set_attribute("aria-busy", "true"),
            None => main.remove_attribute("aria-busy"),
        };
    }
    if let Some((done, next)) = at {
        let mut text = "Analysing the article: ".to_string();
        text.push_str(next);
        text.push_str(" (stage ");
        text.push_str(&(done + 1).to_string());
        text.push_str(" of 7)");
        if let Some(t) = dom::by_id("progress-text") {
            t.set_text_content(Some(&text));
        }
        if let Some(bar) = dom::by_id("progress-bar") {
            let _ = bar.set_attribute("value", &done.to_string());
        }
    }
}

/// A stage may run this long before the browser gets the thread back.
const SLICE_MS: f64 = 30.0;
/// Past this, the reader sees how far the analysis got.
const SHOW_PROGRESS_MS: f64 = 500.0;
/// Texts this long are sure to take longer: progress from the start.
const BIG: usize = 1 << 20;

/// Analyses an article, stage by stage, then draws it. The text is moved
/// into the [`Doc`] once the engine is done with it, never copied.
pub fn analyse(text: String, options: Options, state: ViewState) {
    let run = RUN.with(|r| r.get() + 1);
    RUN.with(|r| r.set(run));
    let stale = move || RUN.with(|r| r.get()) != run;
    leptos::task::spawn_local(async move {
        let start = now();
        mark("analysis-start");
        let mut last = start;
        // `--features no-engine` (scripts/weight-split.sh only): the page
        // without the engine, to weigh the app's own share.
        #[cfg(feature = "no-engine")]
        let result = {
            let _ = (&options, Analyzer::new, BIG, &mut last);
            std::hint::black_box(Ok::<_, engine::Error>(engine::Analysis::default()))
        };
        #[cfg(not(feature = "no-engine"))]
        let result = {
            let mut analyzer = Analyzer::new(&text, options);
            let mut stage = "checking the text";
            if text.len() > BIG {
                progress(Some((0, stage)));
                yield_to_browser().await;
                last = now();
            }
            loop {
                let step = analyzer.step();
                mark(stage);
                let Progress::Working { done, next, .. } = step else {
                    break;
                };
                stage = next;
                let t = now();
                if t - last > SLICE_MS {
                    if t - start > SHOW_PROGRESS_MS || text.len() > BIG {
                        progress(Some((done, next)));
                    }
                    yield_to_browser().await;
                    if stale() {
                        return;
                    }
                    last = now();
                }
            }
            analyzer.finish()
        };
        if now() - last > SLICE_MS {
            yield_to_browser().await;
            if stale() {
                return;
            }
        }
        progress(None);
        views::show(result.map(|analysis| Doc::new(text, analysis)), state);
        mark("drawn");
    });
}

/// A disclosure with a text box to paste another article into, and the
/// publication date for articles that do not give one.
#[component]
fn Source(state: ViewState) -> impl IntoView {
    let area: NodeRef<html::Textarea> = NodeRef::new();
    let date: NodeRef<html::Input> = NodeRef::new();
    let load = move |article: String, published: Option<Date>| {
        state.selected.set(None);
        views::unselect();
        analyse(article, Options { published }, state);
    };
    view! {
        <details class="source">
            <summary>"Analyse another article"</summary>
            <form
                class="source-form"
                on:submit=move |ev| {
                    ev.prevent_default();
                    let published = date.get().and_then(|d| Date::parse_iso(&d.value()));
                    if let Some(area) = area.get() {
                        load(area.value(), published);
                    }
                }
            >
                <label for="source-text">"Article text"</label>
                <p class="hint" id="source-hint">
                    "Paste a whole article: the header line with source and date, the title, "
                    "then the body. It is read here, in your browser."
                </p>
                <textarea
                    id="source-text"
                    node_ref=area
                    rows="8"
                    aria-describedby="source-hint"
                    spellcheck="false"
                ></textarea>
                <label for="source-date">"Publication date " <span class="hint">"(optional)"</span></label>
                <p class="hint" id="date-hint">
                    "For an article that gives no date, or a wrong one: "
                    "“on Tuesday” and “last month” are counted from it."
                </p>
                <input type="date" id="source-date" node_ref=date aria-describedby="date-hint" />
                <div class="actions">
                    <button type="submit" class="primary">"Analyse"</button>
                    <button
                        type="button"
                        on:click=move |_| {
                            if let Some(area) = area.get() {
                                area.set_value("");
                            }
                            if let Some(date) = date.get() {
                                date.set_value("");
                            }
                            load(SAMPLE.to_string(), None);
                        }
                    >
                        "Back to the sample article"
                    </button>
                </div>
            </form>
        </details>
    }
}
