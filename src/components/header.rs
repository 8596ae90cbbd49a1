//! The article's masthead, and the form to read another article.

use std::sync::Arc;

use engine::{Date, Options};
use leptos::html;
use leptos::prelude::*;

use super::count;
use crate::app::{Parsed, ViewState, SAMPLE};

/// Title, source, publication date and dateline, and what was found.
#[component]
pub fn ArticleHeader(parsed: Arc<Parsed>) -> impl IntoView {
    let a = &parsed.analysis;
    let article = &a.article;
    let mut meta: Vec<AnyView> = Vec::new();
    if let Some(source) = &article.source {
        meta.push(view! { <span>{source.clone()}</span> }.into_any());
    }
    if let Some(date) = article.published {
        meta.push(view! { <time datetime=date.to_string()>{date.long()}</time> }.into_any());
    }
    if let Some(place) = &article.dateline {
        meta.push(view! { <span>{place.clone()}</span> }.into_any());
    }
    let title = article
        .title
        .clone()
        .unwrap_or_else(|| "Untitled article".to_string());
    let found = if a.statements.is_empty() {
        None
    } else {
        let mut s = count(a.statements.len(), "statement", "statements");
        s.push_str(" by ");
        s.push_str(&count(a.speakers.len(), "speaker", "speakers"));
        s.push_str(" at ");
        s.push_str(&count(a.events.len(), "event", "events"));
        Some(view! { <p class="found">{s}</p> })
    };
    let warnings = (!a.warnings.is_empty()).then(|| {
        view! {
            <ul class="warnings" aria-label="Notes on this article">
                {a.warnings.iter().map(|w| view! { <li>{w.clone()}</li> }).collect_view()}
            </ul>
        }
    });
    view! {
        <header class="article-head">
            <p class="meta">{meta}</p>
            <h1>{title}</h1>
            {found}
            {warnings}
        </header>
    }
}

/// A disclosure with a text box to paste another article into, and the
/// publication date for articles that do not give one.
#[component]
pub fn Source(text: RwSignal<String>, options: RwSignal<Options>, state: ViewState) -> impl IntoView {
    let area: NodeRef<html::Textarea> = NodeRef::new();
    let date: NodeRef<html::Input> = NodeRef::new();
    let load = move |article: String, published: Option<Date>| {
        state.selected.set(None);
        options.set(Options { published });
        text.set(article);
    };
    view! {
        <details class="source">
            <summary>"Analyse another article"</summary>
            <form
                class="source-form"
                on:submit=move |ev| {
                    ev.prevent_default();
                    let published = date.get().and_then(|d| Date::parse_iso(&d.value()));
                    if let Some(area) = area.get() {
                        load(area.value(), published);
                    }
                }
            >
                <label for="source-text">"Article text"</label>
                <p class="hint" id="source-hint">
                    "Paste a whole article: the header line with source and date, the title, "
                    "then the body. It is read here, in your browser."
                </p>
                <textarea
                    id="source-text"
                    node_ref=area
                    rows="8"
                    aria-describedby="source-hint"
                    spellcheck="false"
                ></textarea>
                <label for="source-date">"Publication date " <span class="hint">"(optional)"</span></label>
                <p class="hint" id="date-hint">
                    "For an article that gives no date, or a wrong one: "
                    "“on Tuesday” and “last month” are counted from it."
                </p>
                <input type="date" id="source-date" node_ref=date aria-describedby="date-hint" />
                <div class="actions">
                    <button type="submit" class="primary">"Analyse"</button>
                    <button
                        type="button"
                        on:click=move |_| {
                            if let Some(area) = area.get() {
                                area.set_value("");
                            }
                            if let Some(date) = date.get() {
                                date.set_value("");
                            }
                            load(SAMPLE.to_string(), None);
                        }
                    >
                        "Back to the sample article"
                    </button>
                </div>
            </form>
        </details>
    }
}
