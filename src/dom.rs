//! The few direct DOM calls the app makes, beside what Leptos renders.

use leptos::prelude::document;
use web_sys::{ScrollIntoViewContainer, ScrollIntoViewOptions, ScrollLogicalPosition};

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

/// Scrolls the element with this id into the middle of its scroll area.
///
/// Only the nearest scrolling box moves, so on a wide screen the article
/// panel scrolls on its own and the timeline stays where the reader is.
/// Smoothness follows the CSS `scroll-behavior`, which honours reduced motion.
pub fn reveal(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        let options = ScrollIntoViewOptions::new();
        options.set_block(ScrollLogicalPosition::Center);
        options.set_container(ScrollIntoViewContainer::Nearest);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
}
