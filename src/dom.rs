//! The few direct DOM calls the app makes, beside what Leptos renders.

use leptos::prelude::document;
use web_sys::{Element, ScrollIntoViewContainer, ScrollIntoViewOptions, ScrollLogicalPosition};

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

/// Scrolls a statement's words in the article into view: its first mark,
/// or, for words nested in a longer statement's, the first mark they share.
pub fn reveal_mark(statement: &str) {
    if document().get_element_by_id(&mark_id(statement)).is_some() {
        reveal(&mark_id(statement));
    } else if statement.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        let selector = ["mark[data-statements~=\"", statement, "\"]"].concat();
        if let Ok(Some(el)) = document().query_selector(&selector) {
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
    if let Some(el) = document().get_element_by_id(id) {
        scroll(&el);
    }
}

fn scroll(el: &Element) {
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Center);
    options.set_container(ScrollIntoViewContainer::Nearest);
    el.scroll_into_view_with_scroll_into_view_options(&options);
}
