//! The keyboard: arrow keys (and Home, End) move the focus between the
//! statements of the timeline, Enter on a statement selects it, `/` goes
//! to the search box, and Escape closes the open panel, or else clears the
//! search, or else the selection. Every other key is left to the browser
//! (Tab, Space and Enter on the controls, which are all native).

use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};

use crate::app::ViewState;
use crate::{dom, views};

/// Handles a key pressed anywhere on the page.
pub fn keydown(ev: &KeyboardEvent, state: ViewState) {
    if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
        return;
    }
    let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    let closest = |sel: &str| target.closest(sel).ok().flatten();
    let typing = closest("input, textarea, select, [contenteditable]").is_some();
    let key = ev.key();
    let handled = match key.as_str() {
        "/" if !typing => dom::by_id("search").map(|s| dom::focus(&s)).is_some(),
        "Escape" => escape(state),
        "ArrowDown" | "ArrowUp" | "Home" | "End" if !typing => {
            let from = closest(".statement").and_then(|s| s.get_attribute("data-statement"));
            (from.is_some() || target.id() == "timeline") && views::step(from.as_deref(), &key)
        }
        "Enter" if target.matches(".statement").unwrap_or(false) => {
            if let Some(id) = target.get_attribute("data-statement") {
                views::choose(&id);
            }
            true
        }
        _ => false,
    };
    if handled {
        ev.prevent_default();
    }
}

/// Escape: closes the open panel (focus back on its summary), else clears
/// the search, else the selection.
fn escape(state: ViewState) -> bool {
    if let Some(panel) = dom::by_id("panel").filter(|p| p.has_attribute("open")) {
        let _ = panel.remove_attribute("open");
        if let Ok(Some(summary)) = panel.query_selector("summary") {
            dom::focus(&summary);
        }
        return true;
    }
    if !state.with_view(|v| v.q.is_empty()) {
        state.set(|v| v.q.clear());
        views::refilter();
        return true;
    }
    if state.selected().is_some() {
        views::clear_selection();
        return true;
    }
    false
}
