//! The events on a proportional time axis: a point for a day, a bar from
//! start to end for anything less precise.

use engine::date::month_name;
use engine::{Date, Precision};

use crate::doc::Doc;
use crate::dom::{self, ec, E};

/// Positions on the axis are in thousandths of its width.
const FULL: i64 = 1000;

/// The days the axis covers, `[lo, hi)` in days since 1970, and the days
/// the events cover inside it.
pub struct Axis {
    lo: i64,
    hi: i64,
    first: i64,
    last: i64,
}

/// An event's days, `[start, end)`, when it has a date.
fn span_of(ev: &engine::Event) -> Option<(i64, i64)> {
    match (ev.date.start, ev.date.end) {
        (Some(s), Some(e)) if ev.date.precision != Precision::Unknown => {
            Some((s.to_days(), e.to_days() + 1))
        }
        _ => None,
    }
}

impl Axis {
    /// An axis around the dated events, with a little room on each side;
    /// none when no event has a date.
    pub fn of(doc: &Doc) -> Option<Axis> {
        let spans = doc.a.events.iter().filter_map(span_of);
        let lo = spans.clone().map(|s| s.0).min()?;
        let hi = spans.map(|s| s.1).max()?;
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
    pub fn ticks(&self) -> Vec<(i64, String)> {
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
            while let Some(d) = Date::new(y, m as u8, 1) {
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
            for y in from.year()..=to.year() {
                if let Some(d) = Date::new(y, 1, 1) {
                    let day = d.to_days();
                    if day >= self.first && day <= self.last && y % step == 0 {
                        ticks.push((self.pos(day), y.to_string()));
                    }
                }
            }
        }
        if ticks.is_empty() {
            // Everything within one month: name the first day.
            let d = Date::from_days(self.first);
            let label = [
                &d.day().to_string(),
                " ",
                short_month(d.month()),
                " ",
                &d.year().to_string(),
            ]
            .concat();
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
pub fn place(start: i64, width: i64) -> String {
    ["--s:", &start.to_string(), ";--w:", &width.to_string()].concat()
}

/// A lane's class, and its note: "off" when the filter hides all the
/// event's speakers.
pub fn lane_look(doc: &Doc, e: usize, off: &[bool]) -> (String, &'static str) {
    let sts = &doc.by_event[e];
    let tint = sts.first().map_or("sp0", |&k| doc.tint(k as usize));
    let hidden = sts.iter().all(|&k| doc.off(off, k as usize));
    let class = ["lane ", tint, if hidden { " off" } else { "" }].concat();
    (class, if hidden { "Hidden by the filters" } else { "" })
}

/// Event `e`'s lane: its number, name and date, and its mark on the axis.
pub fn lane(doc: &Doc, axis: &Axis, e: usize, off: &[bool]) -> E {
    let a = &doc.a;
    let ev = &a.events[e];
    let (class, note) = lane_look(doc, e, off);
    let mark = span_of(ev).map(|(start, end)| {
        let (s, e) = (axis.pos(start), axis.pos(end));
        match ev.date.precision {
            Precision::Day => ec("span", "dot").css(&place((s + e) / 2, 0)),
            Precision::Range => ec("span", "bar range").css(&place(s, (e - s).max(6))),
            _ => ec("span", "bar").css(&place(s, (e - s).max(6))),
        }
    });
    ec("li", &class)
        .add(
            ec("a", "lane-name")
                .attr("href", &["#", &dom::event_id(&ev.id)].concat())
                .attr("data-event", &e.to_string())
                .add(ec("span", "num").text(&(e + 1).to_string()))
                .add(
                    ec("span", "lane-text")
                        .add(ec("span", "what").text(&ev.label))
                        .add(ec("span", "when").text(&ev.date_label(&a.events)))
                        .add(ec("span", "off-note").text(note)),
                ),
        )
        .add(ec("span", "track").attr("aria-hidden", "true").opt(mark))
}
