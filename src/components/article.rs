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
        let pieces = pieces_by_paragraph(&parsed, &hidden);
        let mut anchored = vec![false; parsed.analysis.statements.len()];
        let text = paragraphs
            .iter()
            .zip(pieces)
            .map(|(&p, pieces)| paragraph(&parsed, p, &pieces, &mut anchored, state))
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

/// A piece of a statement's words inside one paragraph: `(start, end,
/// index of the statement)`.
type Piece = (usize, usize, usize);

/// The pieces of the shown speakers' statements, paragraph by paragraph
/// (paragraphs are in text order, so each piece is found by binary search).
fn pieces_by_paragraph(parsed: &Parsed, hidden: &[String]) -> Vec<Vec<Piece>> {
    let paragraphs = &parsed.analysis.paragraphs;
    let mut out = vec![Vec::new(); paragraphs.len()];
    for (k, st) in parsed.analysis.statements.iter().enumerate() {
        if hidden.contains(&st.speaker) {
            continue;
        }
        for &[s, e] in &st.parts {
            let mut i = paragraphs.partition_point(|p| p[1] <= s);
            while let Some(&[ps, pe]) = paragraphs.get(i) {
                if ps >= e {
                    break;
                }
                let (s, e) = (s.max(ps), e.min(pe));
                if s < e {
                    out[i].push((s, e, k));
                }
                i += 1;
            }
        }
    }
    out
}

/// One paragraph: plain text, and marks over the words of statements.
/// Where statements nest (a report inside a report), each stretch of text
/// belongs to all the statements around it and links to the innermost.
/// Text only ever becomes text nodes.
fn paragraph(
    parsed: &Parsed,
    [start, end]: Span,
    pieces: &[Piece],
    anchored: &mut [bool],
    state: ViewState,
) -> impl IntoView {
    let statements = &parsed.analysis.statements;
    let mut cuts: Vec<usize> = pieces
        .iter()
        .flat_map(|&(s, e, _)| [s, e])
        .chain([start, end])
        .collect();
    cuts.sort_unstable();
    cuts.dedup();

    let mut nodes: Vec<AnyView> = Vec::new();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        let words = parsed.slice([a, b]).to_string();
        // The statements around this stretch, outermost first.
        let mut around: Vec<(usize, usize)> = pieces
            .iter()
            .filter(|p| p.0 <= a && p.1 >= b)
            .map(|p| (p.1 - p.0, p.2))
            .collect();
        around.sort_by(|x, y| y.0.cmp(&x.0));
        let Some(&(_, inner)) = around.last() else {
            nodes.push(words.into_any());
            continue;
        };
        let st = &statements[inner];
        let ids: Vec<String> = around.iter().map(|&(_, k)| statements[k].id.clone()).collect();
        let all = ids.join(" ");
        let anchor = !std::mem::replace(&mut anchored[inner], true);
        let selected = move || ids.iter().any(|id| state.is_selected(id));
        let selected2 = selected.clone();
        let id = st.id.clone();
        nodes.push(
            view! {
                <mark
                    class=parsed.tint(&st.speaker)
                    class:selected=selected
                    id=anchor.then(|| dom::mark_id(&st.id))
                    data-statement=st.id.clone()
                    data-statements=all
                >
                    <a
                        href=["#", &dom::statement_id(&st.id)].concat()
                        aria-current=move || selected2().then_some("true")
                        on:click=move |ev| {
                            ev.prevent_default();
                            state.select(&id, false);
                        }
                    >
                        {words}
                    </a>
                </mark>
            }
            .into_any(),
        );
    }
    view! { <p>{nodes}</p> }
}
