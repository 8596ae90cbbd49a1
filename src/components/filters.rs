//! One toggle per speaker, and a way to show everyone again.

use std::sync::Arc;

use leptos::prelude::*;

use super::count;
use crate::app::{Parsed, ViewState};

#[component]
pub fn Filters(parsed: Arc<Parsed>, state: ViewState) -> impl IntoView {
    let a = &parsed.analysis;
    let total = a.statements.len();
    // (speaker id, statements by that speaker), in the speaker list's order.
    let counts: Vec<(String, usize)> = a
        .speakers
        .iter()
        .map(|s| {
            let n = a.statements.iter().filter(|st| st.speaker == s.id).count();
            (s.id.clone(), n)
        })
        .collect();
    let shown = move || {
        let n: usize = counts
            .iter()
            .filter(|(id, _)| !state.is_hidden(id))
            .map(|(_, n)| n)
            .sum();
        let mut s = "Showing ".to_string();
        s.push_str(&n.to_string());
        s.push_str(" of ");
        s.push_str(&count(total, "statement", "statements"));
        s
    };
    let toggles = a
        .speakers
        .iter()
        .map(|s| {
            let id = s.id.clone();
            let n = a.statements.iter().filter(|st| st.speaker == s.id).count();
            let on = {
                let id = id.clone();
                move || !state.is_hidden(&id)
            };
            let toggle = move |_| {
                state.hidden.update(|h| match h.iter().position(|x| *x == id) {
                    Some(i) => {
                        h.remove(i);
                    }
                    None => h.push(id.clone()),
                })
            };
            let role = s.role.clone().map(|r| view! { <span class="role">{r}</span> });
            view! {
                <li>
                    <button
                        type="button"
                        class=["chip ", parsed.tint(&s.id)].concat()
                        aria-pressed=move || if on() { "true" } else { "false" }
                        on:click=toggle
                    >
                        <span class="swatch" aria-hidden="true"></span>
                        <span class="chip-text">
                            <span class="name">{s.name.clone()}</span>
                            {role}
                        </span>
                        <span class="n">
                            {n}
                            <span class="vh">{if n == 1 { " statement" } else { " statements" }}</span>
                        </span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="filters" aria-labelledby="filters-h">
            <div class="filters-head">
                <h2 id="filters-h">"Speakers"</h2>
                <p class="shown" role="status">{shown}</p>
            </div>
            <ul class="chips">
                {toggles}
                <li>
                    <button
                        type="button"
                        class="chip all"
                        disabled=move || state.hidden.with(Vec::is_empty)
                        on:click=move |_| state.hidden.set(Vec::new())
                    >
                        "Show all"
                    </button>
                </li>
            </ul>
        </section>
    }
}
