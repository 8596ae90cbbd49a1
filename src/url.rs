//! The view's state in the query string, so that a copied link reproduces
//! it and a reload keeps it: `?hide=vladimir-putin,another-speaker`.

use leptos::prelude::window;
use wasm_bindgen::JsValue;

const HIDE: &str = "hide=";

/// Speaker ids hidden by the link the page was opened with.
pub fn hidden_speakers() -> Vec<String> {
    let search = window().location().search().unwrap_or_default();
    let mut ids: Vec<String> = Vec::new();
    for value in params(&search).filter_map(|p| p.strip_prefix(HIDE)) {
        for id in value.split(',').map(decode) {
            if !id.is_empty() && !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    ids
}

/// Writes the hidden speakers into the address bar, keeping any other
/// parameters and the fragment, without adding a history entry.
pub fn set_hidden_speakers(ids: &[String]) {
    let location = window().location();
    let search = location.search().unwrap_or_default();
    let mut query = String::new();
    for p in params(&search).filter(|p| !p.starts_with(HIDE) && *p != "hide") {
        query.push(if query.is_empty() { '?' } else { '&' });
        query.push_str(p);
    }
    if !ids.is_empty() {
        query.push(if query.is_empty() { '?' } else { '&' });
        query.push_str(HIDE);
        for (i, id) in ids.iter().enumerate() {
            if i > 0 {
                query.push(',');
            }
            query.push_str(&String::from(js_sys::encode_uri_component(id)));
        }
    }
    if query == search {
        return;
    }
    let mut url = location.pathname().unwrap_or_default();
    url.push_str(&query);
    url.push_str(&location.hash().unwrap_or_default());
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

fn params(search: &str) -> impl Iterator<Item = &str> {
    search
        .strip_prefix('?')
        .unwrap_or(search)
        .split('&')
        .filter(|p| !p.is_empty())
}

fn decode(s: &str) -> String {
    js_sys::decode_uri_component(s)
        .map(String::from)
        .unwrap_or_else(|_| s.to_string())
}
