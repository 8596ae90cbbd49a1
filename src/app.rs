//! The app's state, the start in the page's frame, and the ways an
//! article comes in.
//!
//! State is a few signals ([`ViewState`]): the reader's view (speakers
//! turned off, words searched, kind and event shown, the selected
//! statement) and the article on screen (where it came from, the
//! publication date set by hand). Every change goes through
//! [`ViewState::set`] or [`ViewState::show`], which mirror it into the
//! address and the store: no effect subscribes to the signal, so writes do
//! not notify (Leptos's effects and notifications bring its async machinery
//! and reactive graph, about 7 KB gzip of wasm). An article comes in as a
//! [`Load`] (pasted, dropped, chosen, fetched from `?src=`, carried in
//! `?text=`, kept from last time, or the example); [`open`] keeps its text
//! first, then analyses it a stage at a time ([`engine::Analyzer`]), giving
//! the browser the main thread back between stages when they take long;
//! what the engine found is then drawn by [`crate::views`]. A text the
//! engine refuses goes to the editor with the reason; a failed fetch says
//! why and leaves the article on screen.

use engine::{Analyzer, Date, Options, Progress};
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, KeyboardEvent, MouseEvent};

use crate::doc::Doc;
use crate::dom;
use crate::url::{From, View};
use crate::{export, host, keys, scope, url, views};

/// The default article, compiled in.
pub const SAMPLE: &str = include_str!("../articles/russia-china-denisov-2020-12-29.txt");

/// The state: one signal holding what is on screen ([`Screen`]). Copied
/// freely.
#[derive(Clone, Copy)]
pub struct ViewState {
    pub screen: RwSignal<Screen>,
}

/// What is on screen: the article (where it came from, its id in the
/// store; empty before the first is drawn) and the reader's view of it
/// (publication date set by hand, speakers turned off, words searched,
/// kind and event shown, the selected statement).
#[derive(Clone, PartialEq, Default)]
pub struct Screen {
    pub from: From,
    pub id: String,
    pub view: View,
}

impl ViewState {
    /// The view now (a copy).
    pub fn view_untracked(&self) -> View {
        self.screen.with_untracked(|s| s.view.clone())
    }

    /// Reads the view now.
    pub fn with_view<R>(&self, f: impl FnOnce(&View) -> R) -> R {
        self.screen.with_untracked(|s| f(&s.view))
    }

    /// The selected statement.
    pub fn selected(&self) -> Option<String> {
        self.with_view(|v| v.sel.clone())
    }

    /// Where the article on screen came from.
    pub fn from(&self) -> From {
        self.screen.with_untracked(|s| s.from.clone())
    }

    /// Changes the view, and mirrors it.
    pub fn set(&self, f: impl FnOnce(&mut View)) {
        self.screen.update_untracked(|s| f(&mut s.view));
        self.mirror();
    }

    /// Changes what is on screen, and mirrors it.
    pub fn show(&self, screen: Screen) {
        self.screen.update_untracked(|s| *s = screen);
        self.mirror();
    }

    /// Mirrors the page's view of its article into the address and the
    /// store (an embedded widget's view stays its own).
    fn mirror(&self) {
        self.screen.with_untracked(|s| {
            if !s.id.is_empty() && scope::is_page() {
                url::write(&s.from, &s.view);
                host::keep_view(&s.id, &s.view.query());
            }
        });
    }
}

/// Starts the app in the page's frame (`index.html`: the top bar, the
/// notes, the progress line, `<main>` and the footer): the state, then
/// [`start`]. The few tasks (the analysis, a fetch, a copy) run on
/// wasm-bindgen-futures' executor, which Leptos's own would only wrap.
pub fn run() {
    let state = ViewState {
        screen: RwSignal::new(Screen::default()),
    };
    start(state);
}

/// The controls, the listeners, then the
/// article the address names (or the one from last time, or the example).
fn start(state: ViewState) {
    host::frame();
    listen(state);
    host::keep_open();
    let link = url::read();
    for p in &link.problems {
        say(p, true);
    }
    let view = link.view;
    match link.from {
        Some(From::Src(src)) => {
            let kept = host::keep_found(&src);
            let id = kept.split('\t').next().unwrap_or_default();
            match host::keep_text(id).filter(|_| !kept.is_empty()) {
                Some(text) => open(Load::new(text, From::Src(src), view), state),
                None => fetch(src, view, state),
            }
        }
        Some(From::Text(text)) => open(Load::new(text.clone(), From::Text(text), view), state),
        Some(From::Local(id)) => match host::keep_text(&id).filter(|t| !t.is_empty()) {
            Some(text) => open(Load::new(text, From::Local(id), view), state),
            None => {
                say(
                    if host::keep_blocked() {
                        "The link is to an article kept in this browser's storage, which the page may not use now, so it cannot be opened."
                    } else {
                        "The link is to an article kept in another browser (pasted or opened from a file there); it is not kept here."
                    },
                    true,
                );
                resume(state);
            }
        },
        Some(From::Example) | None if link.has_view => {
            open(Load::new(SAMPLE.into(), From::Example, view), state)
        }
        _ => resume(state),
    }
}

/// Opens the article that was on screen last time, with its view, or the
/// example (`host::keep_resume` reports a kept article whose text is
/// missing, and puts one whose analysis never finished in the editor).
fn resume(state: ViewState) {
    let kept = host::keep_resume();
    let text = host::keep_text(kept.split('\t').next().unwrap_or_default());
    open(kept_load(&kept, text.unwrap_or_default()), state);
}

/// The id of the example article, in the store.
pub const EXAMPLE: &str = "example";

/// A kept article ("id\tsrc\tview", from `host.js`) to open with its text;
/// the example when the id is [`EXAMPLE`] or there is none.
fn kept_load(kept: &str, text: String) -> Load {
    let mut f = kept.split('\t');
    let (id, src, view) = (
        f.next().unwrap_or(""),
        f.next().unwrap_or(""),
        f.next().unwrap_or(""),
    );
    let from = if id.is_empty() || id == EXAMPLE {
        From::Example
    } else if src.is_empty() {
        From::Local(id.into())
    } else {
        From::Src(src.into())
    };
    let text = if from == From::Example {
        SAMPLE.into()
    } else {
        text
    };
    Load::new(text, from, View::parse(view))
}

/// An article's id in the store: FNV-1a of its text, 16 hex digits.
pub fn id_of(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h = (h ^ b as u64).wrapping_mul(0x100_0000_01b3);
    }
    const HEX: &[u8; 16] = b"0123456789abcdef";
    (0..16)
        .map(|i| HEX[(h >> (60 - 4 * i) & 15) as usize] as char)
        .collect()
}

/// An article to analyse, where it came from, and the view to show it in.
pub struct Load {
    pub text: String,
    pub from: From,
    pub view: View,
}

impl Load {
    pub fn new(text: String, from: From, view: View) -> Load {
        Load { text, from, view }
    }
}

/// Opens an article: keeps its text (before anything can go wrong), then
/// analyses and draws it.
pub fn open(load: Load, state: ViewState) {
    let id = match &load.from {
        From::Example => EXAMPLE.to_string(),
        From::Local(id) => id.clone(),
        _ => id_of(&load.text),
    };
    let src = match &load.from {
        From::Src(src) => src.as_str(),
        _ => "",
    };
    host::keep_begin(&id, src, &load.text);
    if url::debug_panic() {
        // `?debug-panic=1`: the crash screen's test (tests/browser/hostile.test.mjs).
        panic!("debug-panic=1 in the address: the crash screen's test");
    }
    analyse(load, id, state);
}

/// Milliseconds since the page opened.
fn now() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}

/// A User Timing mark, for the performance scripts (docs/PERFORMANCE.md);
/// none in an explorer embedded in another page.
fn mark(name: &str) {
    if let Some(p) = window().performance().filter(|_| scope::is_page()) {
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
        let text = if done == FETCHING {
            next.to_string()
        } else {
            [
                "Analysing the article: ",
                next,
                " (stage ",
                &(done + 1).to_string(),
                " of 7)",
            ]
            .concat()
        };
        if let Some(t) = dom::by_id("progress-text") {
            t.set_text_content(Some(&text));
        }
        if let Some(bar) = dom::by_id("progress-bar") {
            let _ = bar.toggle_attribute_with_force("hidden", done == FETCHING);
            let _ = bar.set_attribute("value", &done.to_string());
        }
    }
}

/// `progress` shows a line of its own, not a stage.
const FETCHING: usize = usize::MAX;

/// A stage may run this long before the browser gets the thread back.
const SLICE_MS: f64 = 30.0;
/// Past this, the reader sees how far the analysis got.
const SHOW_PROGRESS_MS: f64 = 500.0;
/// Texts this long are sure to take longer: progress from the start.
const BIG: usize = 1 << 20;

/// Analyses an article, stage by stage, then draws it. The text is moved
/// into the [`Doc`] once the engine is done with it, never copied. A newer
/// analysis in the same explorer ([`scope`]) stops this one.
pub(crate) fn analyse(load: Load, id: String, state: ViewState) {
    let run = scope::start_run();
    let stale = move || scope::stale(run);
    wasm_bindgen_futures::spawn_local(scope::task(async move {
        let Load { text, from, view } = load;
        let options = Options {
            published: view.date,
        };
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
            last = now();
        }
        progress(None);
        match result {
            Ok(analysis) => {
                // The editor's text analysed: its draft and reason go.
                let edited = dom::by_id("source-text").is_some_and(|t| dom::value(&t) == text);
                let doc = Doc::new(text, analysis);
                // A long article's indexes (and the look at the editor)
                // and its drawing in two tasks, each shorter.
                if now() - last > SLICE_MS {
                    yield_to_browser().await;
                    if stale() {
                        return;
                    }
                }
                if !scope::is_page() {
                    // Embedded in another page: nothing kept, no messages.
                    return crate::embed::show(doc, state);
                }
                apply_view(&doc, from, id.clone(), view, state);
                let a = &doc.a;
                let names: Vec<&str> = a.speakers.iter().take(4).map(|s| s.name.as_str()).collect();
                let mut speakers = names.join(", ");
                if a.speakers.len() > 4 {
                    speakers.push_str(", …");
                }
                let published = a.article.published.map(|d| d.to_string());
                let title = a.article.title.clone().unwrap_or_default();
                views::show(doc, state);
                let published = published.unwrap_or_default();
                host::keep_done(
                    &id,
                    &title,
                    &published,
                    &speakers,
                    &state.view_untracked().query(),
                );
                if edited {
                    host::editor("", "");
                }
            }
            Err(e) => {
                let mut why = e.to_string();
                capitalise(&mut why);
                why.push('.');
                if scope::is_page() {
                    host::keep_refused(&id, &text, &why);
                }
                if views::nothing_shown() {
                    views::unreadable(&why);
                }
            }
        }
        mark("drawn");
    }));
}

/// Sets the view's signals for a new article, dropping what the article
/// does not have (speakers, events, statements named by a link or kept
/// from last time) with a message.
fn apply_view(doc: &Doc, from: From, id: String, view: View, state: ViewState) {
    let a = &doc.a;
    let mut unknown = Vec::new();
    let hide: Vec<String> = view
        .hide
        .into_iter()
        .filter(|id| {
            let known = a.speakers.iter().any(|s| s.id == *id);
            if !known {
                unknown.push(["speaker “", &url::cut(id), "”"].concat());
            }
            known
        })
        .collect();
    let event = view.event.filter(|id| {
        let known = doc.event(id).is_some();
        if !known {
            unknown.push(["event “", &url::cut(id), "”"].concat());
        }
        known
    });
    let sel = view.sel.filter(|id| {
        let known = doc.statement(id).is_some();
        if !known {
            unknown.push(["statement “", &url::cut(id), "”"].concat());
        }
        known
    });
    if !unknown.is_empty() {
        say(
            &[
                "This article has no ",
                &unknown.join(", no "),
                ": that part of the view was ignored.",
            ]
            .concat(),
            true,
        );
    }
    state.show(Screen {
        from,
        id,
        view: View {
            hide,
            event,
            sel,
            ..view
        },
    });
}

fn capitalise(s: &mut String) {
    if let Some(first) = s.get(..1) {
        let upper = first.to_ascii_uppercase();
        s.replace_range(..1, &upper);
    }
}

/// Fetches `?src=` and opens it; on failure says why and leaves the
/// article on screen (or, when there is none yet, opens the last one).
fn fetch(src: String, view: View, state: ViewState) {
    progress(Some((FETCHING, "Fetching the article…")));
    wasm_bindgen_futures::spawn_local(async move {
        let result = host::fetch_article(&src).await;
        progress(None);
        match result.map(|t| t.as_string().unwrap_or_default()) {
            Ok(text) => open(Load::new(text, From::Src(src), view), state),
            Err(why) => {
                let why = why
                    .as_string()
                    .unwrap_or_else(|| "The article could not be fetched.".into());
                say(&why, true);
                if views::nothing_shown() {
                    resume(state);
                }
            }
        }
    });
}

/// Adds a message for the reader under the top bar (an error stands out).
pub fn say(text: &str, error: bool) {
    host::note(text, error);
}

/// The document's listeners: clicks, form submissions, the search box and
/// the selects, the keyboard (one listener for the whole page, by the
/// event's type), printing, and articles given to the page (`host::listen`,
/// which also handles the theme toggle).
fn listen(state: ViewState) {
    let doc = document();
    let on = Closure::<dyn FnMut(Event)>::new(move |ev: Event| match ev.type_().as_str() {
        "click" => {
            if let Some(ev) = ev.dyn_ref::<MouseEvent>() {
                click(ev, state);
            }
        }
        "submit" => {
            ev.prevent_default();
            submit(&ev, state);
        }
        "input" => input(&ev, state),
        _ => {
            if let Some(ev) = ev.dyn_ref::<KeyboardEvent>() {
                keys::keydown(ev, state);
            }
        }
    });
    for name in ["click", "submit", "input", "keydown"] {
        let _ = doc.add_event_listener_with_callback(name, on.as_ref().unchecked_ref());
    }
    on.forget();
    let print = Closure::<dyn FnMut()>::new(views::draw_all);
    let _ =
        window().add_event_listener_with_callback("beforeprint", print.as_ref().unchecked_ref());
    print.forget();
    let give = Closure::<dyn FnMut(String, String, String)>::new(
        move |text: String, why: String, kept: String| {
            if !why.is_empty() {
                return say(&why, true);
            }
            views::unselect();
            let load = if kept.is_empty() {
                let id = id_of(&text);
                Load::new(text, From::Local(id), View::default())
            } else {
                kept_load(&kept, text)
            };
            open(load, state);
        },
    );
    host::listen(&give);
    give.forget();
}

fn target(ev: &Event) -> Option<Element> {
    ev.target().and_then(|t| t.dyn_into::<Element>().ok())
}

/// Every click: the page's commands (`data-do`), then what is in `<main>`.
fn click(ev: &MouseEvent, state: ViewState) {
    let Some(t) = target(ev) else {
        return;
    };
    let Some(button) = t.closest("[data-do]").ok().flatten() else {
        views::click(ev, &t);
        return;
    };
    let what = button.get_attribute("data-do").unwrap_or_default();
    match what.as_str() {
        "example" => {
            views::unselect();
            open(
                Load::new(SAMPLE.into(), From::Example, View::default()),
                state,
            );
            host::close_panel();
        }
        "copy" => copy_link(state),
        "print" => {
            let _ = window().print();
        }
        format @ ("json" | "csv" | "timelinejs" | "markdown") => export::save(format),
        _ => {}
    }
}

/// The paste form (analyse its text) and the date form (analyse the
/// article on screen again from another publication date).
fn submit(ev: &Event, state: ViewState) {
    let Some(form) = target(ev) else {
        return;
    };
    match form.id().as_str() {
        "paste-form" => {
            let text = dom::by_id("source-text")
                .map(|t| dom::value(&t))
                .unwrap_or_default();
            let id = id_of(&text);
            views::unselect();
            // The panel closes on the timeline, as for the example or a
            // kept article (and a refused text opens it again, with the
            // reason). A closed panel is not laid out: a text of megabytes
            // in the editor would otherwise be laid out again while the
            // analysis draws its progress and the timeline.
            host::close_panel();
            open(Load::new(text, From::Local(id), View::default()), state);
        }
        "date-form" => {
            let value = dom::by_id("date")
                .map(|d| dom::value(&d))
                .unwrap_or_default();
            let date = Date::parse_iso(&value);
            if date.is_none() && !value.is_empty() {
                return;
            }
            let Some(text) = views::text() else {
                return;
            };
            // Events are numbered in timeline order, which the date may
            // change: the event filter does not carry over.
            let mut view = state.view_untracked();
            view.date = date;
            view.event = None;
            let from = state.from();
            open(Load::new(text, from, view), state);
        }
        _ => {}
    }
}

/// The search box and the kind and event selects.
pub(crate) fn input(ev: &Event, state: ViewState) {
    let Some(t) = target(ev) else {
        return;
    };
    let value = dom::value(&t);
    match t.id().as_str() {
        "search" => state.set(|v| v.q = value),
        "kind" => state.set(|v| {
            v.kind = match value.as_str() {
                "quotes" => crate::doc::QUOTES,
                "reported" => crate::doc::REPORTED,
                _ => crate::doc::ALL,
            }
        }),
        "event" => state.set(|v| v.event = (!value.is_empty()).then_some(value)),
        _ => return,
    }
    views::refilter();
}

/// Copies a link to the view. A pasted article short enough travels in
/// the link (`text=`); a longer one stays in this browser, and the reader
/// is told that the link shows the view but not the text.
fn copy_link(state: ViewState) {
    let mut from = state.from();
    let mut note = "";
    if let From::Local(_) = from {
        match views::text() {
            Some(text) if text.len() <= 2000 => from = From::Text(text),
            _ => {
                note = " It opens the same view here, but not elsewhere: a pasted article stays in this browser. To share the article itself, share its own address and open it with ?src=.";
            }
        }
    }
    let href = url::absolute(&from, &state.view_untracked());
    wasm_bindgen_futures::spawn_local(async move {
        let copied = host::copy_text(&href).await.as_bool() == Some(true);
        if copied {
            say(&["The link is copied.", note].concat(), false);
        } else {
            say(
                &["The link could not be copied: copy it by hand: ", &href].concat(),
                true,
            );
        }
    });
}
