//! The events in order, earliest first, each with its statements.

use std::sync::Arc;

use engine::{Kind, Precision, Statement};
use leptos::ev::MouseEvent;
use leptos::prelude::*;

use super::count;
use crate::app::{Parsed, ViewState};
use crate::dom;

/// Below this the engine is unsure, and the reader is told so.
const LOW_CONFIDENCE: f32 = 0.7;

#[component]
pub fn Timeline(parsed: Arc<Parsed>, state: ViewState) -> impl IntoView {
    let a = &parsed.analysis;
    let events = a
        .events
        .iter()
        .enumerate()
        .map(|(i, ev)| {
            let statements: Vec<&Statement> =
                a.statements.iter().filter(|s| s.event == ev.id).collect();
            let speakers: Vec<String> = statements.iter().map(|s| s.speaker.clone()).collect();
            let visible = move || speakers.iter().filter(|s| !state.is_hidden(s)).count();
            let visible2 = visible.clone();
            let datetime = (ev.date.precision == Precision::Day)
                .then(|| ev.date.start.map(|d| d.to_string()))
                .flatten();
            view! {
                <li class="event" id=dom::event_id(&ev.id) hidden=move || visible() == 0>
                    <h3 class="event-head">
                        <span class="num" aria-hidden="true">{i + 1}</span>
                        <span class="event-title">
                            <time class="when" datetime=datetime>{ev.date_label(&a.events)}</time>
                            <span class="sep">" — "</span>
                            <span class="what">{ev.label.clone()}</span>
                        </span>
                    </h3>
                    <p class="event-count">{move || count(visible2(), "statement", "statements")}</p>
                    <ol class="statements">
                        {statements
                            .into_iter()
                            .map(|s| view! { <StatementCard parsed=parsed.clone() statement=s.clone() state /> })
                            .collect_view()}
                    </ol>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="timeline panel" id="timeline" aria-labelledby="timeline-h" tabindex="-1">
            <h2 id="timeline-h">"Timeline"</h2>
            <ol class="events">{events}</ol>
        </section>
    }
}

/// One statement: who, in their words or reported, and how sure we are.
#[component]
fn StatementCard(parsed: Arc<Parsed>, statement: Statement, state: ViewState) -> impl IntoView {
    let speaker = parsed.speaker(&statement.speaker);
    let name = speaker.map_or_else(|| statement.speaker.clone(), |s| s.name.clone());
    let role = speaker
        .and_then(|s| s.role.clone())
        .map(|r| view! { <span class="role">{r}</span> });
    let number = statement.id.trim_start_matches('s').to_string();
    let body = if statement.kind == Kind::Direct {
        // A quote over several paragraphs opens each one and closes the last.
        let pieces: Vec<String> = if statement.parts.len() > 1 {
            statement
                .parts
                .iter()
                .map(|&p| trim_quotes(parsed.slice(p)).to_string())
                .collect()
        } else {
            vec![statement.text.clone()]
        };
        let last = pieces.len() - 1;
        view! {
            <blockquote class="quote">
                {pieces
                    .into_iter()
                    .enumerate()
                    .map(|(i, p)| view! { <p>"“" {p} {(i == last).then_some("”")}</p> })
                    .collect_view()}
            </blockquote>
        }
        .into_any()
    } else {
        let mut lead = name.clone();
        lead.push(' ');
        lead.push_str(reporting_verb(&statement.cue));
        if !starts_with_that(&statement.text) {
            lead.push_str(" that");
        }
        view! {
            <p class="reported">
                <span class="lead">{lead}</span>
                " "
                {statement.text.clone()}
            </p>
        }
        .into_any()
    };
    let low = (statement.confidence < LOW_CONFIDENCE).then(|| {
        let pct = (statement.confidence.clamp(0.0, 1.0) * 100.0).round() as u32;
        view! {
            <p class="low">
                <span class="low-icon" aria-hidden="true">"?"</span>
                "Low confidence (" {pct} "%): check this against the article"
            </p>
        }
    });
    let kind = if statement.kind == Kind::Direct {
        "Quote"
    } else {
        "Reported"
    };
    let id = statement.id.clone();
    let speaker_id = statement.speaker.clone();
    let sel = {
        let id = id.clone();
        move || state.is_selected(&id)
    };
    let sel2 = sel.clone();
    let sel3 = sel.clone();
    let on_click = {
        let id = id.clone();
        move |_: MouseEvent| state.select(&id, true)
    };
    view! {
        <li
            class=["statement ", parsed.tint(&statement.speaker)].concat()
            class:is-low=statement.confidence < LOW_CONFIDENCE
            class:selected=sel
            id=dom::statement_id(&id)
            data-statement=id.clone()
            data-speaker=speaker_id.clone()
            aria-current=move || sel2().then_some("true")
            hidden=move || state.is_hidden(&speaker_id)
            on:click=on_click
        >
            <p class="who">
                <span class="name">{name}</span>
                {role}
                <span class="kind">{kind}</span>
            </p>
            {body}
            {low}
            <button type="button" class="locate" aria-pressed=move || if sel3() { "true" } else { "false" }>
                "Show in article"
                <span class="vh">" (statement " {number} ")"</span>
            </button>
        </li>
    }
}

/// The verb that introduces reported speech: the article's own when it is a
/// plain finite verb ("explained"), "said" otherwise ("adding", "according to").
fn reporting_verb(cue: &str) -> &str {
    let cue = cue.trim();
    if cue.is_empty() || cue.contains(' ') || cue.ends_with("ing") {
        "said"
    } else {
        cue
    }
}

fn starts_with_that(text: &str) -> bool {
    text.get(..5).is_some_and(|w| w.eq_ignore_ascii_case("that "))
}

fn trim_quotes(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '”'))
}
