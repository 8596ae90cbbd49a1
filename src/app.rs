//! The app's state and layout.
//!
//! State is a few signals: the article text and the reader's options for
//! it (a publication date), the hidden speakers (mirrored in the URL) and the
//! selected statement. The analysis is a memo of the text and options;
//! everything on screen is derived from these.

use std::sync::Arc;

use engine::{Analysis, Speaker};
use leptos::prelude::*;

use crate::components::article::ArticleText;
use crate::components::filters::Filters;
use crate::components::header::{ArticleHeader, Source};
use crate::components::overview::Overview;
use crate::components::timeline::Timeline;
use crate::{dom, url};

/// The default article, compiled in.
pub const SAMPLE: &str = include_str!("../articles/russia-china-denisov-2020-12-29.txt");

/// An article and what the engine found in it.
#[derive(Debug, PartialEq)]
pub struct Parsed {
    pub text: String,
    pub analysis: Analysis,
}

impl Parsed {
    pub fn speaker(&self, id: &str) -> Option<&Speaker> {
        self.analysis.speakers.iter().find(|s| s.id == id)
    }

    /// The colour class of a speaker: its place in the speaker list.
    pub fn tint(&self, id: &str) -> &'static str {
        const TINTS: [&str; 6] = ["sp0", "sp1", "sp2", "sp3", "sp4", "sp5"];
        let i = self.analysis.speakers.iter().position(|s| s.id == id);
        TINTS[i.unwrap_or(0) % TINTS.len()]
    }

    /// The text of a byte span, or nothing if it does not fit the text.
    pub fn slice(&self, [start, end]: [usize; 2]) -> &str {
        self.text.get(start..end).unwrap_or("")
    }
}

/// What the reader chose: which speakers are hidden, which statement is
/// selected. Copied freely into every component.
#[derive(Clone, Copy)]
pub struct ViewState {
    pub hidden: RwSignal<Vec<String>>,
    pub selected: RwSignal<Option<String>>,
}

impl ViewState {
    pub fn is_hidden(&self, speaker: &str) -> bool {
        self.hidden.with(|h| h.iter().any(|s| s == speaker))
    }

    pub fn is_selected(&self, statement: &str) -> bool {
        self.selected.with(|s| s.as_deref() == Some(statement))
    }

    /// Selects a statement and brings the other side of the pair into view:
    /// its span in the article, or its entry in the timeline.
    pub fn select(&self, statement: &str, reveal_in_article: bool) {
        if !self.is_selected(statement) {
            self.selected.set(Some(statement.to_string()));
        }
        if reveal_in_article {
            dom::reveal_mark(statement);
        } else {
            dom::reveal(&dom::statement_id(statement));
        }
    }
}

#[component]
pub fn App() -> impl IntoView {
    let text = RwSignal::new(SAMPLE.to_string());
    let options = RwSignal::new(engine::Options::default());
    let state = ViewState {
        hidden: RwSignal::new(url::hidden_speakers()),
        selected: RwSignal::new(None),
    };
    let parsed = Memo::new(move |_| {
        text.with(|t| {
            options.with(|o| engine::analyze_with(t, o)).map(|analysis| {
                Arc::new(Parsed {
                    text: t.clone(),
                    analysis,
                })
            })
        })
    });

    Effect::new(move |_| state.hidden.with(|ids| url::set_hidden_speakers(ids)));
    // The tab and bookmarks name the article.
    Effect::new(move |_| {
        let title = parsed.with(|p| {
            p.as_ref()
                .ok()
                .and_then(|p| p.analysis.article.title.clone())
        });
        let mut t = title.unwrap_or_default();
        if !t.is_empty() {
            t.push_str(" · ");
        }
        t.push_str("Article Explorer");
        document().set_title(&t);
    });
    // A statement hidden by the filter cannot stay selected.
    Effect::new(move |_| {
        let hidden = state.selected.with(|sel| {
            sel.as_ref().is_some_and(|id| {
                parsed.with(|p| {
                    p.as_ref().ok().is_some_and(|p| {
                        p.analysis
                            .statements
                            .iter()
                            .any(|s| &s.id == id && state.is_hidden(&s.speaker))
                    })
                })
            })
        });
        if hidden {
            state.selected.set(None);
        }
    });

    view! {
        <a class="skip" href="#timeline">"Skip to the timeline"</a>
        <header class="topbar">
            <p class="brand">
                <span class="logo" aria-hidden="true"></span>
                "Article Explorer"
            </p>
            <Source text options state />
        </header>
        <main id="main">
            {move || match parsed.get() {
                Ok(p) if !p.analysis.statements.is_empty() => {
                    view! { <Explorer parsed=p state /> }.into_any()
                }
                Ok(p) => view! { <Empty parsed=p state /> }.into_any(),
                Err(e) => view! { <Unreadable error=e /> }.into_any(),
            }}
        </main>
        <footer class="footer">
            <p>"The article is read in your browser; nothing is sent anywhere."</p>
        </footer>
    }
}

/// The whole view of an article with statements.
#[component]
fn Explorer(parsed: Arc<Parsed>, state: ViewState) -> impl IntoView {
    view! {
        <div class="columns">
            <div class="primary">
                <ArticleHeader parsed=parsed.clone() />
                <Overview parsed=parsed.clone() state />
                <Filters parsed=parsed.clone() state />
                <Timeline parsed=parsed.clone() state />
            </div>
            <ArticleText parsed state />
        </div>
    }
}

/// An article in which the engine found no one speaking.
#[component]
fn Empty(parsed: Arc<Parsed>, state: ViewState) -> impl IntoView {
    view! {
        <div class="columns">
            <div class="primary">
                <ArticleHeader parsed=parsed.clone() />
                <div class="notice" role="status">
                    <h2>"No statements found"</h2>
                    <p>
                        "Nobody is quoted or reported in this text, so there is no timeline to draw. "
                        "The Article panel shows the text as the engine read it."
                    </p>
                </div>
            </div>
            <ArticleText parsed state />
        </div>
    }
}

/// Input the engine refused.
#[component]
fn Unreadable(error: engine::Error) -> impl IntoView {
    let mut reason = error.to_string();
    if let Some(first) = reason.get(..1) {
        let upper = first.to_ascii_uppercase();
        reason.replace_range(..1, &upper);
    }
    view! {
        <div class="notice error" role="alert">
            <h1>"This text could not be analysed"</h1>
            <p>{reason} "."</p>
            <p>"Paste the full text of a news article, or go back to the sample article."</p>
        </div>
    }
}
