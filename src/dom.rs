//! Direct DOM work: a small element builder for the views drawn by hand
//! (the lists, which can be huge, and everything drawn from an analysis),
//! and scrolling things into view.
//!
//! Text from the article only ever becomes text nodes (`E::text`), never
//! markup.

use leptos::prelude::{document, window};
use wasm_bindgen::{closure::Closure, JsCast, UnwrapThrowExt};
use web_sys::{
    Element, HtmlElement, Node, ScrollIntoViewContainer, ScrollIntoViewOptions,
    ScrollLogicalPosition,
};

use crate::scope;

/// An element being built. Not generic, so each use costs a call, not a
/// copy of the rendering code.
pub struct E(pub Element);

/// Runs `f` once the next frame is painted: in a task queued from that
/// frame's animation callback.
pub fn after_paint(f: impl FnOnce() + 'static) {
    let task = Closure::once_into_js(f);
    let frame = Closure::once_into_js(move || {
        let _ = window().set_timeout_with_callback(task.unchecked_ref());
    });
    let _ = window().request_animation_frame(frame.unchecked_ref());
}

pub fn el(tag: &str) -> E {
    E(document().create_element(tag).unwrap_throw())
}

/// `<tag class="class">`
pub fn ec(tag: &str, class: &str) -> E {
    el(tag).cls(class)
}

impl E {
    pub fn cls(self, class: &str) -> E {
        self.0.set_class_name(class);
        self
    }
    pub fn attr(self, name: &str, value: &str) -> E {
        let _ = self.0.set_attribute(name, value);
        self
    }
    /// Sets the attribute when `on`.
    pub fn flag(self, name: &str, on: bool) -> E {
        if on {
            let _ = self.0.set_attribute(name, "true");
        }
        self
    }
    /// Sets custom properties through the CSSOM (`--s:120;--w:40`): a
    /// `style` attribute would be refused by a strict Content-Security-Policy
    /// (`style-src` without `'unsafe-inline'`) on a page embedding the app.
    pub fn css(self, text: &str) -> E {
        self.0
            .unchecked_ref::<HtmlElement>()
            .style()
            .set_css_text(text);
        self
    }
    pub fn text(self, text: &str) -> E {
        let _ = self.0.append_child(&document().create_text_node(text));
        self
    }
    pub fn add(self, child: E) -> E {
        let _ = self.0.append_child(&child.0);
        self
    }
    pub fn opt(self, child: Option<E>) -> E {
        match child {
            Some(c) => self.add(c),
            None => self,
        }
    }
    /// Appends this element to `parent`, giving it back.
    pub fn into(self, parent: &Node) -> Element {
        let _ = parent.append_child(&self.0);
        self.0
    }
}

/// A form field's value (`input`, `textarea`, `select`), by its property.
pub fn value(field: &Element) -> String {
    js_sys::Reflect::get(field, &"value".into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

pub fn set_value(field: &Element, value: &str) {
    let _ = js_sys::Reflect::set(field, &"value".into(), &value.into());
}

/// Moves the keyboard focus to an element.
pub fn focus(e: &Element) {
    if let Some(e) = e.dyn_ref::<web_sys::HtmlElement>() {
        let _ = e.focus();
    }
}

/// The element with this id, in the explorer being worked on
/// ([`crate::scope`]: the page, or a widget's shadow root).
pub fn by_id(id: &str) -> Option<Element> {
    scope::by_id(id)
}

/// Every element matching a selector, in the explorer being worked on.
pub fn all(selector: &str) -> Vec<Element> {
    let list = scope::select_all(selector);
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// The height of the window, in CSS pixels.
pub fn inner_height() -> f64 {
    window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(800.0)
}

/// Id of a statement's entry in the timeline.
pub fn statement_id(statement: &str) -> String {
    ["st-", statement].concat()
}

/// Id of the first marked span of a statement in the article.
pub fn mark_id(statement: &str) -> String {
    ["m-", statement].concat()
}

/// Id of an event's entry in the timeline.
pub fn event_id(event: &str) -> String {
    ["ev-", event].concat()
}

/// Whether an id is safe inside a CSS selector as it is.
pub fn plain(id: &str) -> bool {
    id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// Scrolls a statement's words in the article into view: its first mark,
/// or, for words nested in a longer statement's, the first mark they share.
pub fn reveal_mark(statement: &str) {
    if let Some(el) = by_id(&mark_id(statement)) {
        scroll(&el);
    } else if plain(statement) {
        let selector = ["mark[data-statements~=\"", statement, "\"]"].concat();
        if let Some(el) = scope::select(&selector) {
            scroll(&el);
        }
    }
}

/// Scrolls the element with this id into the middle of its scroll area.
///
/// Only the nearest scrolling box moves, so on a wide screen the article
/// panel scrolls on its own and the timeline stays where the reader is.
/// Smoothness follows the CSS `scroll-behavior`, which honours reduced motion.
pub fn reveal(id: &str) {
    if let Some(el) = by_id(id) {
        scroll(&el);
    }
}

fn scroll(el: &Element) {
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Center);
    options.set_container(ScrollIntoViewContainer::Nearest);
    el.scroll_into_view_with_scroll_into_view_options(&options);
}
