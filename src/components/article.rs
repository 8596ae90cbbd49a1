//! The article's body, with the words of each statement marked.

use std::sync::Arc;

use engine::Span;
use leptos::prelude::*;

use crate::app::{Parsed, ViewState};
use crate::dom;

#[component]
pub fn ArticleText(parsed: Arc<Parsed>, state: ViewState) -> impl IntoView {
    let body = move || {
        let hidden = state.hidden.get();
        let paragraphs = &parsed.analysis.paragraphs;
        let empty = paragraphs
            .is_empty()
            .then(|| view! { <p class="none">"No body text was found in this article."</p> });
        let text = paragraphs
            .iter()
            .map(|&p| paragraph(&parsed, p, &hidden, state))
            .collect_view();
        (empty, text)
    };
    view! {
        <section class="article panel" aria-labelledby="article-h">
            <h2 id="article-h">"Article"</h2>
            <div class="article-body">{body}</div>
        </section>
    }
}

/// One paragraph: plain text, and a mark for each piece of a statement by a
/// speaker who is shown. Text only ever becomes text nodes.
fn paragraph(parsed: &Parsed, [start, end]: Span, hidden: &[String], state: ViewState) -> impl IntoView {
    // (piece, statement id, speaker id, first piece of its statement?)
    let mut pieces: Vec<(Span, &str, &str, bool)> = Vec::new();
    for st in &parsed.analysis.statements {
        if hidden.contains(&st.speaker) {
            continue;
        }
        for (i, &[s, e]) in st.parts.iter().enumerate() {
            let (s, e) = (s.max(start), e.min(end));
            if s < e {
                pieces.push(([s, e], &st.id, &st.speaker, i == 0));
            }
        }
    }
    pieces.sort_by_key(|p| p.0[0]);

    let mut nodes: Vec<AnyView> = Vec::new();
    let mut at = start;
    for ([s, e], id, speaker, first) in pieces {
        if s < at {
            continue; // overlaps an earlier piece
        }
        if s > at {
            nodes.push(parsed.slice([at, s]).to_string().into_any());
        }
        let words = parsed.slice([s, e]).to_string();
        let id = id.to_string();
        let id2 = id.clone();
        let selected = {
            let id = id.clone();
            move || state.is_selected(&id)
        };
        let selected2 = selected.clone();
        nodes.push(
            view! {
                <mark
                    class=parsed.tint(speaker)
                    class:selected=selected
                    id=first.then(|| dom::mark_id(&id))
                    data-statement=id.clone()
                >
                    <a
                        href=["#", &dom::statement_id(&id)].concat()
                        aria-current=move || selected2().then_some("true")
                        on:click=move |ev| {
                            ev.prevent_default();
                            state.select(&id2, false);
                        }
                    >
                        {words}
                    </a>
                </mark>
            }
            .into_any(),
        );
        at = e;
    }
    if at < end {
        nodes.push(parsed.slice([at, end]).to_string().into_any());
    }
    view! { <p>{nodes}</p> }
}
