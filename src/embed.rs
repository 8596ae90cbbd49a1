//! The explorer embedded in other pages (issue 5).
//!
//! `embed/embed.js` (built into `dist/embed.js`) defines the
//! `<article-explorer>` element: it loads this module once per page, gives
//! each element a shadow root with the frame the views draw into, fetches
//! its article, and calls [`mount_widget`]; the widget's events come back
//! through [`widget_event`] and [`widget_scroll`]. The widget is drawn by
//! the same views as the app, without its frame (top bar, panel, notes,
//! footer) and without the tools that belong to the page (the publication
//! date, links, exports, printing: hidden by the widget's stylesheet).
//! Everything found by id or selector is looked up in its own shadow root
//! ([`crate::scope`]); it keeps nothing in storage, says nothing in the
//! page, and never touches the page's address, history or title. The
//! iframe view is `dist/embed.html`, a page holding one such element;
//! `?embed=1` on the app's address leads there.
//!
//! The boundary (what the host provides, what the widget promises) is in
//! ARCHITECTURE.md, "Embedding".

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DocumentFragment, Element, Event, KeyboardEvent, MouseEvent};

use crate::app::{analyse, input, Load, Screen, ViewState};
use crate::doc::Doc;
use crate::url::{From, View};
use crate::{keys, scope, views};

/// Set by `embed.js` while it loads and starts the module: the page is
/// someone else's, so `main` must not mount the app (and `host.js` leaves
/// the page's theme and error events alone).
const GUEST_FLAG: &str = "__articleExplorerEmbed";

/// A widget: its root, its state, and the speakers to show at first
/// (`speakers="a,b"`).
type Widget = (Option<DocumentFragment>, ViewState, Option<String>);

thread_local! {
    static WIDGETS: RefCell<Vec<Widget>> = const { RefCell::new(Vec::new()) };
}

/// What `main` starts instead of the app, if anything: true when the
/// module was loaded by `embed.js` (its widgets mount themselves), or for
/// the iframe view's address `?embed=1&…`, which is `embed.html?embed=1&…`.
pub fn start() -> bool {
    if js_sys::Reflect::has(&window(), &GUEST_FLAG.into()).unwrap_or(false) {
        return true;
    }
    let location = window().location();
    let search = location.search().unwrap_or_default();
    if search
        .get(1..)
        .unwrap_or("")
        .split('&')
        .any(|p| p == "embed=1")
    {
        let _ = location.replace(&["embed.html", &search].concat());
        return true;
    }
    false
}

/// Mounts a widget in `root`, a shadow root where `embed.js` put the
/// elements the views draw into (`#progress` and `#main`), and analyses
/// `text` there. `speakers`: the ids of the speakers shown at first,
/// comma-separated, without spaces; all when absent.
#[wasm_bindgen(js_name = mountWidget)]
pub fn mount_widget(root: DocumentFragment, text: String, speakers: Option<String>) {
    let root = Some(root);
    let state = ViewState {
        screen: RwSignal::new(Screen::default()),
    };
    WIDGETS.with(|w| {
        let mut w = w.borrow_mut();
        w.retain(|(r, ..)| *r != root);
        w.push((root.clone(), state, speakers));
    });
    scope::within(&root, || {
        analyse(
            Load::new(text, From::default(), View::default()),
            String::new(),
            state,
        )
    });
}

/// An event in a widget (`embed.js` listens on its shadow root for clicks,
/// input, keys and form submissions), handled as the app handles the
/// page's, in the widget's root. A form never leaves the page.
#[wasm_bindgen(js_name = widgetEvent)]
pub fn widget_event(root: DocumentFragment, ev: Event) {
    let root = Some(root);
    let state = WIDGETS.with(|w| w.borrow().iter().find(|(r, ..)| *r == root).map(|w| w.1));
    let Some(state) = state else {
        return;
    };
    scope::within(&root, || match ev.type_().as_str() {
        "click" => {
            let target = ev.target().and_then(|t| t.dyn_into::<Element>().ok());
            if let (Some(click), Some(target)) = (ev.dyn_ref::<MouseEvent>(), target) {
                views::click(click, &target);
            }
        }
        "input" => input(&ev, state),
        "keydown" => {
            if let Some(key) = ev.dyn_ref::<KeyboardEvent>() {
                keys::keydown(key, state);
            }
        }
        _ => ev.prevent_default(),
    });
}

/// A scroll inside a widget, which the window's listener does not see (a
/// shadow root keeps its scroll events): the lists look again.
#[wasm_bindgen(js_name = widgetScroll)]
pub fn widget_scroll() {
    views::schedule();
}

/// Draws a widget's analysis ([`analyse`] for a widget), every speaker its
/// `speakers` leaves out turned off (none when it names none of them).
pub fn show(doc: Doc, state: ViewState) {
    let root = scope::root();
    let only = WIDGETS.with(|w| {
        w.borrow()
            .iter()
            .find(|(r, ..)| *r == root)
            .and_then(|w| w.2.clone())
    });
    let speakers = &doc.a.speakers;
    let mut hide = Vec::new();
    if let Some(only) = only {
        let shown = |id: &str| only.split(',').any(|o| o == id);
        if speakers.iter().any(|s| shown(&s.id)) {
            hide = speakers
                .iter()
                .filter(|s| !shown(&s.id))
                .map(|s| s.id.clone())
                .collect();
        }
    }
    state.show(Screen {
        view: View {
            hide,
            ..View::default()
        },
        ..Screen::default()
    });
    views::show(doc, state);
}

/// For the app's "Get embed code" (`embed/embed-code.js`): the text of the
/// article on screen.
#[wasm_bindgen(js_name = embedText)]
pub fn embed_text() -> Option<String> {
    views::text()
}
