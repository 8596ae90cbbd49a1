//! The events on a proportional time axis: a point for a day, a bar from
//! start to end for anything less precise.

use std::sync::Arc;

use engine::date::month_name;
use engine::{Date, Precision};
use leptos::prelude::*;

use crate::app::{Parsed, ViewState};
use crate::dom;

/// Positions on the axis are in thousandths of its width.
const FULL: i64 = 1000;

/// The days the axis covers, `[lo, hi)` in days since 1970, and the days
/// the events cover inside it.
struct Axis {
    lo: i64,
    hi: i64,
    first: i64,
    last: i64,
}

impl Axis {
    /// An axis around the dated events, with a little room on each side.
    fn around(spans: &[(i64, i64)]) -> Option<Axis> {
        let lo = spans.iter().map(|s| s.0).min()?;
        let hi = spans.iter().map(|s| s.1).max()?;
        let (first, last) = (lo, hi);
        let (mut lo, mut hi) = (lo, hi.max(lo + 1));
        if hi - lo < 28 {
            let mid = (lo + hi) / 2;
            (lo, hi) = (mid - 14, mid + 14);
        }
        let pad = ((hi - lo) / 25).max(1);
        Some(Axis {
            lo: lo - pad,
            hi: hi + pad,
            first,
            last,
        })
    }

    fn pos(&self, day: i64) -> i64 {
        ((day - self.lo) * FULL / (self.hi - self.lo)).clamp(0, FULL)
    }

    /// Month or year starts where the events are, at most about six.
    fn ticks(&self) -> Vec<(i64, String)> {
        let from = Date::from_days(self.lo);
        let to = Date::from_days(self.hi);
        let months =
            (to.year() - from.year()) as i64 * 12 + to.month() as i64 - from.month() as i64;
        let mut ticks = Vec::new();
        if months <= 36 {
            let step = [1, 2, 3, 6, 12]
                .into_iter()
                .find(|s| months / s <= 6)
                .unwrap_or(12);
            let (mut y, mut m) = (from.year(), from.month() as i64);
            loop {
                let Some(d) = Date::new(y, m as u8, 1) else { break };
                let day = d.to_days();
                if day > self.last {
                    break;
                }
                if day >= self.first && (m - 1) % step == 0 {
                    let mut label = short_month(m as u8).to_string();
                    if ticks.is_empty() || m == 1 {
                        label.push(' ');
                        label.push_str(&y.to_string());
                    }
                    ticks.push((self.pos(day), label));
                }
                m += 1;
                if m > 12 {
                    (y, m) = (y + 1, 1);
                }
            }
        } else {
            let years = (to.year() - from.year()).max(1);
            let step = [1, 2, 5, 10, 20, 50, 100]
                .into_iter()
                .find(|s| years / s <= 6)
                .unwrap_or(100);
            let mut y = from.year();
            while y <= to.year() {
                if let Some(d) = Date::new(y, 1, 1) {
                    let day = d.to_days();
                    if day >= self.first && day <= self.last && y % step == 0 {
                        ticks.push((self.pos(day), y.to_string()));
                    }
                }
                y += 1;
            }
        }
        if ticks.is_empty() {
            // Everything within one month: name the first day.
            let d = Date::from_days(self.first);
            let mut label = d.day().to_string();
            label.push(' ');
            label.push_str(short_month(d.month()));
            label.push(' ');
            label.push_str(&d.year().to_string());
            ticks.push((self.pos(self.first), label));
        }
        ticks
    }
}

/// "Oct".
fn short_month(m: u8) -> &'static str {
    let name = month_name(m);
    name.get(..3).unwrap_or(name)
}

/// `--s:120;--w:40`: custom properties the stylesheet turns into position
/// and width, so no number is ever formatted as a float.
fn place(start: i64, width: i64) -> String {
    let mut s = "--s:".to_string();
    s.push_str(&start.to_string());
    s.push_str(";--w:");
    s.push_str(&width.to_string());
    s
}

#[component]
pub fn Overview(parsed: Arc<Parsed>, state: ViewState) -> impl IntoView {
    overview(&parsed, state)
}

/// Nothing when no event has a date.
fn overview(parsed: &Parsed, state: ViewState) -> Option<impl IntoView> {
    let a = &parsed.analysis;
    let span_of = |ev: &engine::Event| match (ev.date.start, ev.date.end) {
        (Some(s), Some(e)) if ev.date.precision != Precision::Unknown => {
            Some((s.to_days(), e.to_days() + 1))
        }
        _ => None,
    };
    let spans: Vec<(i64, i64)> = a.events.iter().filter_map(span_of).collect();
    let axis = Axis::around(&spans)?;
    let lanes = a
        .events
        .iter()
        .enumerate()
        .map(|(i, ev)| {
            let speakers: Vec<String> = a
                .statements
                .iter()
                .filter(|s| s.event == ev.id)
                .map(|s| s.speaker.clone())
                .collect();
            let tint = speakers.first().map_or("sp0", |s| parsed.tint(s));
            let off = move || speakers.iter().all(|s| state.is_hidden(s));
            let off2 = off.clone();
            let mark = span_of(ev).map(|(start, end)| {
                let (s, e) = (axis.pos(start), axis.pos(end));
                if ev.date.precision == Precision::Day {
                    view! { <span class="dot" style=place((s + e) / 2, 0)></span> }.into_any()
                } else {
                    let class = if ev.date.precision == Precision::Range {
                        "bar range"
                    } else {
                        "bar"
                    };
                    view! { <span class=class style=place(s, (e - s).max(6))></span> }.into_any()
                }
            });
            let target = dom::event_id(&ev.id);
            view! {
                <li class=["lane ", tint].concat() class:off=off>
                    <a
                        class="lane-name"
                        href=["#", &target].concat()
                        on:click=move |e| {
                            e.prevent_default();
                            dom::reveal(&target);
                        }
                    >
                        <span class="num">{i + 1}</span>
                        <span class="lane-text">
                            <span class="what">{ev.label.clone()}</span>
                            <span class="when">{ev.date_label(&a.events)}</span>
                            <span class="off-note">{move || off2().then_some("Hidden by the speaker filter")}</span>
                        </span>

                    </a>
                    <span class="track" aria-hidden="true">{mark}</span>
                </li>
            }
        })
        .collect_view();
    let ticks = axis
        .ticks()
        .into_iter()
        .map(|(pos, label)| {
            let end = pos > 850;
            view! {
                <span class="tick" class:end=end style=place(pos, 0)>
                    {label}
                </span>
            }
        })
        .collect_view();
    Some(view! {
        <section class="overview" aria-labelledby="overview-h">
            <h2 id="overview-h">"Events over time"</h2>
            <ol class="lanes">{lanes}</ol>
            <div class="axis" aria-hidden="true">
                <span class="axis-ticks">{ticks}</span>
            </div>
            <p class="legend" aria-hidden="true">
                <span><i class="dot"></i>"a day"</span>
                <span><i class="bar"></i>"a month or year"</span>
                <span><i class="bar range"></i>"somewhere in between"</span>
            </p>
        </section>
    })
}
