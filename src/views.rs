//! Everything drawn from an analysis: the article's header, the overview,
//! the speaker filters, the timeline and the article text.
//!
//! Drawn by hand with [`crate::dom`] rather than with `view!`: the lists
//! can hold tens of thousands of items, so they are drawn a chunk at a time
//! where they can be seen ([`crate::virt`]), and hand-built elements cost a
//! call each where every distinct `view!` type costs its own copy of the
//! rendering code. Clicks are handled once, on `<main>` ([`click`]), by
//! what was clicked; the reader's choices (hidden speakers, the selected
//! statement) live in [`ViewState`]'s signals.

use std::cell::RefCell;
use std::rc::Rc;

use engine::{Kind, Precision};
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, MouseEvent, Node};

use crate::app::ViewState;
use crate::doc::{count, tint, Doc, Filter, EVENT, QUOTES, REPORTED};
use crate::dom::{self, ec, el, E};
use crate::overview::Axis;
use crate::scope;
use crate::virt::{self, List};

/// Below this the engine is unsure, and the reader is told so.
const LOW_CONFIDENCE: f32 = 0.7;

/// A piece of a statement's words inside one paragraph: `(start, end,
/// statement)`.
type Piece = (usize, usize, u32);

/// The analysis on screen, and what its lists need to draw themselves.
pub struct Explorer {
    /// Where it is drawn: a widget's shadow root, or the page ([`scope`]).
    root: Option<web_sys::DocumentFragment>,
    doc: Rc<Doc>,
    state: ViewState,
    /// Per statement: hidden by the filters.
    off: RefCell<Vec<bool>>,
    /// What a search looks in ([`Doc::haystacks`]), made at the first search.
    hay: RefCell<Option<Vec<String>>>,
    /// The timeline's rows ([`Doc::rows`]) and statements shown per event.
    rows: RefCell<(Vec<u32>, Vec<u32>)>,
    pieces: RefCell<Vec<Vec<Piece>>>,
    /// Per paragraph: whether it is the first holding a statement's words.
    timeline: Option<RefCell<List>>,
    article: RefCell<List>,
    lanes: Option<(RefCell<List>, Axis)>,
}

thread_local! {
    /// The explorers on screen: the page's, or one per embedded widget.
    static CURRENT: RefCell<Vec<Rc<Explorer>>> = const { RefCell::new(Vec::new()) };
    static FRAME: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The explorer on screen in the current root ([`scope`]), if any.
fn current() -> Option<Rc<Explorer>> {
    let root = scope::root();
    CURRENT.with(|c| c.borrow().iter().find(|x| x.root == root).cloned())
}

/// Whether no article is on screen (yet).
pub fn nothing_shown() -> bool {
    current().is_none()
}

/// The article on screen.
pub fn doc() -> Option<Rc<Doc>> {
    current().map(|x| x.doc.clone())
}

/// The text of the article on screen.
pub fn text() -> Option<String> {
    current().map(|x| x.doc.text.clone())
}

/// Per statement, whether the reader's filters hide it; makes the search's
/// haystacks when there are words to find and they are not made yet.
fn hidden_by_filters(doc: &Doc, state: ViewState, hay: &RefCell<Option<Vec<String>>>) -> Vec<bool> {
    let v = state.view_untracked();
    let words: Vec<String> = if v.q.trim().is_empty() {
        Vec::new()
    } else {
        crate::host::lower(&v.q)
            .split_whitespace()
            .map(str::to_string)
            .collect()
    };
    if !words.is_empty() && hay.borrow().is_none() {
        *hay.borrow_mut() = Some(doc.haystacks());
    }
    let f = Filter {
        words,
        kind: v.kind,
        event: v.event.as_deref().and_then(|id| doc.event(id)),
        hidden: v.hide,
    };
    let hay = hay.borrow();
    doc.hide(&f, hay.as_deref().unwrap_or(&[]))
}

/// Whether any filter is on.
fn filtering(state: ViewState) -> bool {
    state.with_view(|v| {
        !v.hide.is_empty() || !v.q.trim().is_empty() || v.kind != 0 || v.event.is_some()
    })
}

/// Draws an analysis into `<main>`.
pub fn show(doc: Doc, state: ViewState) {
    let Some(main) = dom::by_id("main") else {
        return;
    };
    let root = scope::root();
    CURRENT.with(|c| c.borrow_mut().retain(|x| x.root != root));
    main.set_text_content(None);
    let doc = Rc::new(doc);
    let a = &doc.a;
    let mut title = a.article.title.clone().unwrap_or_default();
    if !title.is_empty() {
        title.push_str(" · ");
    }
    title.push_str("Article Explorer");
    if scope::is_page() {
        document().set_title(&title);
    }

    let hay = RefCell::new(None);
    let off = hidden_by_filters(&doc, state, &hay);
    // A statement the filters hide cannot stay selected.
    let sel = state.selected().and_then(|id| doc.statement(&id));
    if sel.is_some_and(|k| off[k]) {
        state.set(|v| v.sel = None);
    }
    let columns = ec("div", "columns").into(&main);
    let primary = ec("div", "primary").into(&columns);
    header(&doc, state).into(&primary);
    let (timeline, lanes) = if a.statements.is_empty() {
        ec("div", "notice")
            .attr("id", "timeline")
            .attr("tabindex", "-1")
            .attr("role", "status")
            .add(el("h2").text("No statements found"))
            .add(el("p").text(
                "Nobody is quoted or reported in this text, so there is no timeline to draw. \
                 The Article panel shows the text as the engine read it.",
            ))
            .into(&primary);
        (None, None)
    } else {
        let lanes = overview(&doc, &primary);
        finder(&doc, &off, state, &primary);
        filters(&doc, state, &primary);
        let section = ec("section", "timeline panel")
            .attr("id", "timeline")
            .attr("aria-labelledby", "timeline-h")
            .attr("tabindex", "-1")
            .add(el("h2").attr("id", "timeline-h").text("Timeline"))
            .into(&primary);
        let list = ec("ol", "events").into(&section);
        (
            Some(RefCell::new(List::new(list, None, "li", 120.0))),
            lanes,
        )
    };
    let section = ec("section", "article panel")
        .attr("aria-labelledby", "article-h")
        .add(el("h2").attr("id", "article-h").text("Article"))
        .into(&columns);
    let body = ec("div", "article-body").into(&section);
    if a.paragraphs.is_empty() {
        ec("p", "none")
            .text("No body text was found in this article.")
            .into(&body);
    }
    let text = ec("div", "paragraphs").into(&body);
    let mut article = List::new(text, Some(body), "div", 80.0);
    // On a page opened with nothing selected, the article's text waits for
    // the frame after the timeline's: the first frame lays out less, so the
    // timeline is painted sooner. Until then `main` is busy.
    let later = scope::is_page() && state.selected().is_none();
    if later {
        let _ = main.set_attribute("aria-busy", "true");
    } else {
        article.reset(paragraph_chunks(&doc));
    }

    let x = Rc::new(Explorer {
        root,
        rows: RefCell::new(doc.rows(&off)),
        pieces: RefCell::new(doc.pieces(&off)),
        off: RefCell::new(off),
        hay,
        doc,
        state,
        timeline,
        article: RefCell::new(article),
        lanes,
    });
    if let Some((lanes, _)) = &x.lanes {
        let n = x.doc.a.events.len();
        lanes.borrow_mut().reset(rows_chunks(n));
    }
    x.reset_timeline();
    CURRENT.with(|c| c.borrow_mut().push(x.clone()));
    x.update();
    listen_for_scrolling();
    if let Some(id) = x.selected() {
        x.select(&id, true);
    }
    if later {
        dom::after_paint(move || {
            // Not if another article (or this one again) was drawn since.
            if CURRENT.with(|c| c.borrow().iter().any(|y| Rc::ptr_eq(y, &x))) {
                x.article.borrow_mut().reset(paragraph_chunks(&x.doc));
                x.update();
                let _ = main.remove_attribute("aria-busy");
            }
        });
    }
}

/// An ordinary article (up to 16 KB of text and 60 paragraphs) is one
/// chunk, drawn whole; a longer one is cut into chunks of about 4 KB (or 16
/// paragraphs), so that little more than what is seen is drawn.
fn paragraph_chunks(doc: &Doc) -> Vec<usize> {
    let ps = &doc.a.paragraphs;
    let all: usize = ps.iter().map(|p| p[1].saturating_sub(p[0])).sum();
    if ps.len() <= 60 && all <= 16_000 {
        return vec![0, ps.len()];
    }
    let mut bounds = vec![0];
    let mut bytes = 0;
    for (i, p) in ps.iter().enumerate() {
        bytes += p[1].saturating_sub(p[0]);
        if bytes > 4000 || i + 1 - bounds[bounds.len() - 1] >= 16 {
            bounds.push(i + 1);
            bytes = 0;
        }
    }
    if bounds[bounds.len() - 1] != ps.len() {
        bounds.push(ps.len());
    }
    bounds
}

/// Rows in a chunk: a list of up to 64 is one chunk, drawn whole; a longer
/// one is drawn 16 rows at a time.
fn rows_chunks(n: usize) -> Vec<usize> {
    virt::even(n, if n <= 64 { 64 } else { 16 })
}

thread_local! {
    static ON_FRAME: RefCell<Option<Closure<dyn FnMut()>>> = const { RefCell::new(None) };
    static ON_SCROLL: RefCell<Option<Closure<dyn FnMut()>>> = const { RefCell::new(None) };
    static ON_EVENT_SELECT: RefCell<Option<Closure<dyn FnMut(web_sys::Event)>>> =
        const { RefCell::new(None) };
}

/// Asks for [`Explorer::update`] at the next animation frame (once, however
/// often asked before it).
pub fn schedule() {
    if FRAME.with(|f| f.replace(true)) {
        return;
    }
    ON_FRAME.with(|on| {
        let mut on = on.borrow_mut();
        let f = on.get_or_insert_with(|| {
            Closure::<dyn FnMut()>::new(|| {
                FRAME.with(|f| f.set(false));
                for x in CURRENT.with(|c| c.borrow().clone()) {
                    scope::within(&x.root, || x.update());
                }
            })
        });
        let _ = window().request_animation_frame(f.as_ref().unchecked_ref());
    });
}

/// Redraws what is visible after a scroll (of the page or of any box in
/// it) or a resize, once per frame.
fn listen_for_scrolling() {
    ON_SCROLL.with(|on| {
        if on.borrow().is_some() {
            return;
        }
        let listener = Closure::<dyn FnMut()>::new(schedule);
        let options = web_sys::AddEventListenerOptions::new();
        options.set_capture(true);
        options.set_passive(true);
        let f = listener.as_ref().unchecked_ref();
        let w = window();
        let _ = w
            .add_event_listener_with_callback_and_add_event_listener_options("scroll", f, &options);
        let _ = w.add_event_listener_with_callback("resize", f);
        *on.borrow_mut() = Some(listener);
    });
}

impl Explorer {
    /// Draws what can be seen of every list, and looks again next frame
    /// if that moved anything.
    fn update(&self) {
        let t = self.timeline.as_ref().map(|t| t.borrow().plan());
        let p = self.article.borrow().plan();
        let l = self.lanes.as_ref().map(|(l, _)| l.borrow().plan());
        let mut again = false;
        if let (Some(t), Some(plan)) = (&self.timeline, &t) {
            again |= t
                .borrow_mut()
                .apply(plan, &|a, b, p| self.draw_rows(a, b, p));
        }
        again |= self
            .article
            .borrow_mut()
            .apply(&p, &|a, b, p| self.draw_paragraphs(a, b, p));
        if let (Some((lanes, axis)), Some(plan)) = (&self.lanes, &l) {
            again |= lanes
                .borrow_mut()
                .apply(plan, &|a, b, p| self.draw_lanes(axis, a, b, p));
        }
        if again {
            schedule();
        }
    }

    fn reset_timeline(&self) {
        if let Some(t) = &self.timeline {
            let n = self.rows.borrow().0.len();
            t.borrow_mut().reset(rows_chunks(n));
        }
    }

    fn selected(&self) -> Option<String> {
        self.state.selected()
    }

    /// After a filter changed: the counts, the controls, and every list.
    fn filter_changed(&self) {
        let doc = &self.doc;
        let state = self.state;
        let off = hidden_by_filters(doc, state, &self.hay);
        // A statement hidden by the filter cannot stay selected.
        if let Some(k) = self.selected().and_then(|id| doc.statement(&id)) {
            if doc.off(&off, k) {
                self.state.set(|v| v.sel = None);
            }
        }
        *self.rows.borrow_mut() = doc.rows(&off);
        *self.pieces.borrow_mut() = doc.pieces(&off);
        let v = state.view_untracked();
        let hidden = &v.hide;
        for chip in dom::all(".chips button[data-speaker]") {
            let id = chip.get_attribute("data-speaker").unwrap_or_default();
            let _ = chip.set_attribute(
                "aria-pressed",
                if hidden.contains(&id) {
                    "false"
                } else {
                    "true"
                },
            );
        }
        if let Some(p) = dom::by_id("shown") {
            p.set_text_content(Some(&showing(doc, &off)));
        }
        if let Some(b) = dom::by_id("show-all") {
            let _ = b.toggle_attribute_with_force("disabled", !filtering(state));
        }
        // The finder's fields, when changed from elsewhere (Escape, Show all).
        for (id, value) in [
            ("search", v.q.as_str()),
            ("kind", kind_value(v.kind)),
            ("event", v.event.as_deref().unwrap_or_default()),
        ] {
            if let Some(field) = dom::by_id(id) {
                if id == "event" && !value.is_empty() {
                    fill_events(&field, &self.doc, self.state);
                }
                if dom::value(&field) != value {
                    dom::set_value(&field, value);
                }
            }
        }
        *self.off.borrow_mut() = off;
        self.reset_timeline();
        self.article
            .borrow_mut()
            .redraw(&|a, b, p| self.draw_paragraphs(a, b, p));
        // Lanes drawn change only their look: "off", and a note saying so.
        let off = self.off.borrow();
        for lane in dom::all(".lanes > .lane") {
            let e = lane
                .first_element_child()
                .and_then(|a| a.get_attribute("data-event"));
            if let Some(e) = e
                .and_then(|e| e.parse::<usize>().ok())
                .filter(|&e| e < doc.by_event.len())
            {
                let (class, note) = crate::overview::lane_look(doc, e, &off);
                lane.set_class_name(&class);
                if let Some(n) = lane.query_selector(".off-note").ok().flatten() {
                    n.set_text_content(Some(note));
                }
            }
        }
        drop(off);
        self.update();
    }

    /// Selects a statement (or nothing) and brings the other side of the
    /// pair into view: its words in the article, or its timeline entry.
    fn select(&self, id: &str, reveal_in_article: bool) {
        let doc = &self.doc;
        let Some(k) = doc.statement(id) else {
            return;
        };
        if self.selected().as_deref() != Some(id) {
            self.state.set(|v| v.sel = Some(id.to_string()));
            mark_selected(Some(id));
        }
        if reveal_in_article {
            self.article
                .borrow_mut()
                .reveal(doc.paragraph_of(k), &|a, b, p| {
                    self.draw_paragraphs(a, b, p)
                });
            dom::reveal_mark(id);
        } else {
            if let Some(t) = &self.timeline {
                let row = self.rows.borrow().0.iter().position(|&r| r == k as u32);
                if let Some(row) = row {
                    t.borrow_mut()
                        .reveal(row, &|a, b, p| self.draw_rows(a, b, p));
                }
            }
            dom::reveal(&dom::statement_id(id));
        }
    }

    /// Brings an event's entry in the timeline into view.
    fn reveal_event(&self, e: usize) {
        if let Some(t) = &self.timeline {
            let row = self
                .rows
                .borrow()
                .0
                .iter()
                .position(|&r| r == EVENT | e as u32);
            if let Some(row) = row {
                t.borrow_mut()
                    .reveal(row, &|a, b, p| self.draw_rows(a, b, p));
            }
        }
        dom::reveal(&dom::event_id(&self.doc.a.events[e].id));
    }

    /// Timeline rows `a..b`: events and their statements. A chunk that
    /// starts inside an event continues it in an `li.event.cont` without a
    /// heading.
    fn draw_rows(&self, a: usize, b: usize, parent: &Node) {
        let (rows, shown) = &*self.rows.borrow();
        let selected = self.selected();
        let mut list: Option<Element> = None;
        for &row in &rows[a..b] {
            if row & EVENT != 0 {
                let e = (row & !EVENT) as usize;
                let li = self.event(e, shown[e] as usize).into(parent);
                list = Some(ec("ol", "statements").into(&li));
            } else {
                let ol = list.get_or_insert_with(|| {
                    let li = ec("li", "event cont").into(parent);
                    ec("ol", "statements").into(&li)
                });
                self.card(row as usize, selected.as_deref()).into(ol);
            }
        }
    }

    fn event(&self, e: usize, shown: usize) -> E {
        let a = &self.doc.a;
        let ev = &a.events[e];
        let mut when = ec("time", "when");
        if ev.date.precision == Precision::Day {
            if let Some(d) = ev.date.start {
                when = when.attr("datetime", &d.to_string());
            }
        }
        ec("li", "event")
            .attr("id", &dom::event_id(&ev.id))
            .add(
                ec("h3", "event-head")
                    .add(
                        ec("span", "num")
                            .attr("aria-hidden", "true")
                            .text(&(e + 1).to_string()),
                    )
                    .add(
                        ec("span", "event-title")
                            .add(when.text(&ev.date_label(&a.events)))
                            .add(ec("span", "sep").text(" — "))
                            .add(ec("span", "what").text(&ev.label)),
                    ),
            )
            .add(ec("p", "event-count").text(&count(shown, "statement", "statements")))
    }

    /// One statement: who, in their words or reported, and how sure we are.
    fn card(&self, k: usize, selected: Option<&str>) -> E {
        let doc = &self.doc;
        let st = &doc.a.statements[k];
        let speaker = doc.speaker(k);
        let name = speaker.map_or(&st.speaker, |s| &s.name);
        let low = st.confidence < LOW_CONFIDENCE;
        let sel = selected == Some(st.id.as_str());
        let class = [
            "statement ",
            doc.tint(k),
            if low { " is-low" } else { "" },
            if sel { " selected" } else { "" },
        ]
        .concat();
        let direct = st.kind == Kind::Direct;
        let who = ec("p", "who")
            .add(ec("span", "name").text(name))
            .opt(role(speaker.and_then(|s| s.role.as_deref())))
            .add(ec("span", "kind").text(if direct { "Quote" } else { "Reported" }));
        let body = if direct {
            // A quote over several paragraphs opens each one and closes the last.
            let q = ec("blockquote", "quote");
            let last = st.parts.len().saturating_sub(1);
            if st.parts.len() > 1 {
                st.parts.iter().enumerate().fold(q, |q, (i, &p)| {
                    let close = if i == last { "”" } else { "" };
                    q.add(el("p").text(&["“", trim_quotes(doc.slice(p)), close].concat()))
                })
            } else {
                q.add(el("p").text(&["“", &st.text, "”"].concat()))
            }
        } else {
            let mut lead = name.clone();
            lead.push(' ');
            lead.push_str(reporting_verb(&st.cue));
            if !starts_with_that(&st.text) {
                lead.push_str(" that");
            }
            ec("p", "reported")
                .add(ec("span", "lead").text(&lead))
                .text(" ")
                .text(&st.text)
        };
        let low = low.then(|| {
            let pct = (st.confidence.clamp(0.0, 1.0) * 100.0 + 0.5) as u32;
            ec("p", "low")
                .add(ec("span", "low-icon").attr("aria-hidden", "true").text("?"))
                .text(
                    &[
                        "Low confidence (",
                        &pct.to_string(),
                        "%): check this against the article",
                    ]
                    .concat(),
                )
        });
        ec("li", &class)
            .attr("id", &dom::statement_id(&st.id))
            .attr("tabindex", "-1")
            .attr("data-statement", &st.id)
            .attr("data-speaker", &st.speaker)
            .flag("aria-current", sel)
            .add(who)
            .add(body)
            .opt(low)
            .add(
                ec("button", "locate")
                    .attr("type", "button")
                    .attr("aria-pressed", if sel { "true" } else { "false" })
                    .text("Show in article")
                    .add(
                        ec("span", "vh")
                            .text(&[" (statement ", st.id.trim_start_matches('s'), ")"].concat()),
                    ),
            )
    }

    /// Paragraphs `a..b` of the article: plain text, and marks over the
    /// words of statements. Where statements nest (a report inside a
    /// report), each stretch of text belongs to all the statements around
    /// it and links to the innermost.
    fn draw_paragraphs(&self, a: usize, b: usize, parent: &Node) {
        let doc = &self.doc;
        let statements = &doc.a.statements;
        let pieces = self.pieces.borrow();
        let selected = self.selected();
        for i in a..b {
            let [start, end] = doc.a.paragraphs[i];
            let pieces = &pieces[i];
            let p = el("p").into(parent);
            let mut anchored: Vec<u32> = Vec::new();
            let mut cuts: Vec<usize> = pieces
                .iter()
                .flat_map(|&(s, e, _)| [s, e])
                .chain([start, end])
                .collect();
            if cuts.len() < 64 {
                insertion_sort(&mut cuts, |a, b| a > b);
            } else {
                cuts.sort_unstable();
            }
            cuts.dedup();
            for w in cuts.windows(2) {
                let (x, y) = (w[0], w[1]);
                let words = doc.slice([x, y]);
                // The statements around this stretch, outermost first.
                let mut around: Vec<(usize, u32)> = pieces
                    .iter()
                    .filter(|p| p.0 <= x && p.1 >= y)
                    .map(|p| (p.1 - p.0, p.2))
                    .collect();
                insertion_sort(&mut around, |x, y| x.0 < y.0);
                let Some(&(_, inner)) = around.last() else {
                    let _ = p.append_with_str_1(words);
                    continue;
                };
                let k = inner as usize;
                let st = &statements[k];
                let mut all = String::new();
                let mut sel = false;
                for &(_, o) in &around {
                    let id = &statements[o as usize].id;
                    if !all.is_empty() {
                        all.push(' ');
                    }
                    all.push_str(id);
                    sel |= selected.as_deref() == Some(id.as_str());
                }
                // A statement's first stretch is its anchor.
                let anchor = !anchored.contains(&inner) && doc.paragraph_of(k) == i;
                if anchor {
                    anchored.push(inner);
                }
                let class = [doc.tint(k), if sel { " selected" } else { "" }].concat();
                let mut mark = el("mark").cls(&class);
                if anchor {
                    mark = mark.attr("id", &dom::mark_id(&st.id));
                }
                mark.attr("data-statement", &st.id)
                    .attr("data-statements", &all)
                    .add(
                        el("a")
                            .attr("href", &["#", &dom::statement_id(&st.id)].concat())
                            .flag("aria-current", sel)
                            .text(words),
                    )
                    .into(&p);
            }
        }
    }

    /// Lanes `a..b` of the overview.
    fn draw_lanes(&self, axis: &Axis, a: usize, b: usize, parent: &Node) {
        let doc = &self.doc;
        let off = self.off.borrow();
        for e in a..b {
            crate::overview::lane(doc, axis, e, &off).into(parent);
        }
    }
}

/// Sorts a short list (a paragraph's cuts, the statements around a
/// stretch): `after(x, y)` when `x` goes after `y`. Smaller in the page
/// than another instance of the standard library's sort.
fn insertion_sort<T: Copy>(v: &mut [T], after: impl Fn(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && after(&v[j - 1], &v[j]) {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

fn role(role: Option<&str>) -> Option<E> {
    role.map(|r| ec("span", "role").text(r))
}

/// Marks the selected statement (and its words) as such, and nothing else.
fn mark_selected(id: Option<&str>) {
    for e in dom::all("#main .selected") {
        let _ = e.class_list().remove_1("selected");
    }
    for e in dom::all("#main [aria-current]") {
        let _ = e.remove_attribute("aria-current");
    }
    for e in dom::all(".locate[aria-pressed=\"true\"]") {
        let _ = e.set_attribute("aria-pressed", "false");
    }
    let Some(id) = id.filter(|id| dom::plain(id)) else {
        return;
    };
    if let Some(st) = dom::by_id(&dom::statement_id(id)) {
        let _ = st.class_list().add_1("selected");
        let _ = st.set_attribute("aria-current", "true");
        if let Ok(Some(b)) = st.query_selector(".locate") {
            let _ = b.set_attribute("aria-pressed", "true");
        }
    }
    for m in dom::all(&["mark[data-statements~=\"", id, "\"]"].concat()) {
        let _ = m.class_list().add_1("selected");
        if let Some(a) = m.first_element_child() {
            let _ = a.set_attribute("aria-current", "true");
        }
    }
}

/// Clears the selection (a new article).
pub fn unselect() {
    mark_selected(None);
}

/// After the reader changed a filter (the search box, a select).
pub fn refilter() {
    if let Some(x) = current() {
        x.filter_changed();
    }
}

/// Clears the selection (Escape).
pub fn clear_selection() {
    if let Some(x) = current() {
        x.state.set(|v| v.sel = None);
    }
    mark_selected(None);
}

/// Selects a statement and shows its words in the article (Enter on it).
pub fn choose(id: &str) {
    if let Some(x) = current() {
        x.select(id, true);
    }
}

/// Moves the keyboard focus from statement `from` (or from the timeline
/// itself) to the next, previous, first or last statement shown, by
/// `key` (ArrowDown, ArrowUp, Home, End), drawing it first if need be.
/// False when there is none to move to.
pub fn step(from: Option<&str>, key: &str) -> bool {
    let Some(x) = current() else {
        return false;
    };
    let found = {
        let rows = &x.rows.borrow().0;
        let statement = |r: &u32| r & EVENT == 0;
        let at = from
            .and_then(|id| x.doc.statement(id))
            .and_then(|k| rows.iter().position(|&r| r == k as u32));
        let row = match (key, at) {
            ("ArrowDown", Some(i)) => rows[i + 1..].iter().position(statement).map(|j| i + 1 + j),
            ("ArrowUp", Some(i)) => rows[..i].iter().rposition(statement),
            ("ArrowDown" | "Home", _) => rows.iter().position(statement),
            ("End", _) => rows.iter().rposition(statement),
            _ => None,
        };
        row.map(|row| (row, rows[row] as usize))
    };
    let Some((row, k)) = found else {
        return false;
    };
    if let Some(t) = &x.timeline {
        t.borrow_mut().reveal(row, &|a, b, p| x.draw_rows(a, b, p));
    }
    if let Some(e) = dom::by_id(&dom::statement_id(&x.doc.a.statements[k].id)) {
        dom::focus(&e);
    }
    true
}

/// Before printing: the whole timeline drawn, not only what is in view.
pub fn draw_all() {
    if let Some(x) = current() {
        if let Some(t) = &x.timeline {
            t.borrow_mut().show_all(&|a, b, p| x.draw_rows(a, b, p));
        }
    }
}

/// Every click in `<main>` (`target` is what was clicked): on a statement,
/// a marked stretch of the article, an event in the overview, a speaker's
/// toggle or "Show all".
pub fn click(ev: &MouseEvent, target: &Element) {
    let Some(x) = current() else {
        return;
    };
    let closest = |sel: &str| target.closest(sel).ok().flatten();
    if let Some(chip) = closest(".chips button") {
        let state = x.state;
        match chip.get_attribute("data-speaker") {
            Some(id) => state.set(|v| match v.hide.iter().position(|x| *x == id) {
                Some(i) => {
                    v.hide.remove(i);
                }
                None => v.hide.push(id),
            }),
            None => state.set(|v| {
                v.hide.clear();
                v.q.clear();
                v.kind = 0;
                v.event = None;
            }),
        }
        x.filter_changed();
    } else if let Some(mark) = closest("mark") {
        ev.prevent_default();
        if let Some(id) = mark.get_attribute("data-statement") {
            x.select(&id, false);
        }
    } else if let Some(st) = closest(".statement") {
        if let Some(id) = st.get_attribute("data-statement") {
            x.select(&id, true);
        }
    } else if let Some(lane) = closest(".lane-name") {
        ev.prevent_default();
        let e = lane
            .get_attribute("data-event")
            .and_then(|e| e.parse::<usize>().ok());
        if let Some(e) = e.filter(|&e| e < x.doc.a.events.len()) {
            x.reveal_event(e);
        }
    }
}

/// Title, source, publication date and dateline, what was found, the
/// publication date to correct, and the links and exports.
fn header(doc: &Doc, state: ViewState) -> E {
    let a = &doc.a;
    let article = &a.article;
    let mut meta = ec("p", "meta");
    if let Some(source) = &article.source {
        meta = meta.add(el("span").text(source));
    }
    if let Some(date) = article.published {
        meta = meta.add(
            el("time")
                .attr("datetime", &date.to_string())
                .text(&date.long()),
        );
    }
    if let Some(place) = &article.dateline {
        meta = meta.add(el("span").text(place));
    }
    let found = (!a.statements.is_empty()).then(|| {
        let mut s = count(a.statements.len(), "statement", "statements");
        s.push_str(" by ");
        s.push_str(&count(a.speakers.len(), "speaker", "speakers"));
        s.push_str(" at ");
        s.push_str(&count(a.events.len(), "event", "events"));
        ec("p", "found").text(&s)
    });
    let warnings = (!a.warnings.is_empty()).then(|| {
        a.warnings.iter().fold(
            ec("ul", "warnings").attr("aria-label", "Notes on this article"),
            |ul, w| ul.add(el("li").text(w)),
        )
    });
    let date = el("input")
        .attr("type", "date")
        .attr("id", "date")
        .attr("aria-describedby", "date-hint");
    let set = state.with_view(|v| v.date).or(article.published);
    dom::set_value(&date.0, &set.map(|d| d.to_string()).unwrap_or_default());
    let button = |text: &str, command: &str| {
        el("button")
            .attr("type", "button")
            .attr("data-do", command)
            .text(text)
    };
    let export = |format: &str, command: &str| {
        button("", command)
            .add(ec("span", "vh").text("Export "))
            .text(format)
    };
    // The date that relative dates are counted from, with its correction in
    // a disclosure: closed, its date field is neither styled nor laid out
    // in the frame that shows the timeline (Chromium's first date field of
    // a page is slow to make and to lay out, docs/PERFORMANCE.md). Without
    // a date to count from, it is open: the reader has one to give.
    let anchor = match set {
        Some(d) => ec("span", "anchor")
            .text("Dates counted from ")
            .add(ec("span", "anchor-date").text(&d.long())),
        None => ec("span", "anchor").text("No publication date: relative dates are not resolved"),
    };
    let date_fix = el("details")
        .cls("date-fix")
        .flag("open", set.is_none())
        .add(
            el("summary")
                .add(anchor)
                .text(" ")
                .add(ec("span", "change").text("Change")),
        )
        .add(
            el("form")
                .attr("id", "date-form")
                .cls("date-form")
                .add(el("label").attr("for", "date").text("Publication date"))
                .add(date)
                .add(el("button").attr("type", "submit").text("Set date"))
                .add(
                    ec("span", "hint")
                        .attr("id", "date-hint")
                        .text("“On Tuesday” and “last month” are counted from it."),
                ),
        );
    let tools = ec("div", "tools").add(date_fix).add(
        ec("div", "share")
            .attr("role", "group")
            .attr("aria-label", "Share and export")
            .add(button("Copy link", "copy"))
            .add(
                ec("span", "export-label")
                    .attr("aria-hidden", "true")
                    .text("Export:"),
            )
            .add(export("JSON", "json"))
            .add(export("CSV", "csv"))
            .add(export("TimelineJS", "timelinejs"))
            .add(export("Markdown", "markdown"))
            .add(button("Print", "print")),
    );
    ec("header", "article-head")
        .add(meta)
        .add(el("h1").text(article.title.as_deref().unwrap_or("Untitled article")))
        .opt(found)
        .opt(warnings)
        .add(tools)
}

/// "Showing 8 of 9 statements".
fn showing(doc: &Doc, off: &[bool]) -> String {
    let n = off.iter().filter(|&&o| !o).count();
    [
        "Showing ",
        &n.to_string(),
        " of ",
        &count(doc.a.statements.len(), "statement", "statements"),
    ]
    .concat()
}

/// The search box and the kind and event selects, with how many
/// statements are shown.
fn finder(doc: &Doc, off: &[bool], state: ViewState, parent: &Element) {
    let v = state.view_untracked();
    let kind = kind_value(v.kind);
    let kinds = [
        ("", "All kinds"),
        ("quotes", "Quotes"),
        ("reported", "Reported"),
    ]
    .into_iter()
    .fold(el("select").attr("id", "kind"), |s, (v, t)| {
        s.add(option(v, t, v == kind))
    });
    let all = doc.a.events.len() <= EVENTS_AT_ONCE;
    let events = event_options(
        doc,
        v.event.as_deref(),
        el("select").attr("id", "event"),
        all,
    );
    if !all {
        fill_events_when_used(&events.0);
    }
    let field = |label: &str, id: &str, control: E| {
        ec("div", "field")
            .add(el("label").attr("for", id).text(label))
            .add(control)
    };
    let search = el("input")
        .attr("type", "search")
        .attr("id", "search")
        .attr("aria-keyshortcuts", "/")
        .attr("aria-describedby", "search-hint");
    dom::set_value(&search.0, &v.q);
    ec("section", "finder")
        .attr("aria-labelledby", "finder-h")
        .add(
            ec("div", "filters-head")
                .add(el("h2").attr("id", "finder-h").text("Find statements"))
                .add(
                    ec("p", "shown")
                        .attr("id", "shown")
                        .attr("role", "status")
                        .text(&showing(doc, off)),
                ),
        )
        .add(
            ec("div", "fields")
                .add(
                    field("Search", "search", search).add(
                        ec("span", "hint").attr("id", "search-hint").text(
                            "Words said, or who said them. Press / to search, Escape to clear.",
                        ),
                    ),
                )
                .add(field("Kind", "kind", kinds))
                .add(field("Event", "event", events)),
        )
        .into(parent);
}

/// Up to this many events, the event select gets all its options at once;
/// over it, only "All events" and the chosen one until the select is first
/// used ([`fill_events`]). A select lays out every option's label when it is
/// drawn, though it shows one: 0.27 s for 3,000 events.
const EVENTS_AT_ONCE: usize = 200;

/// The event select's options: "All events", then every event (`all`) or
/// only the chosen one, marked `data-more` to be filled later.
fn event_options(doc: &Doc, chosen: Option<&str>, select: E, all: bool) -> E {
    let a = &doc.a;
    let mut select = select.add(option("", "All events", false));
    if !all {
        select = select.attr("data-more", "");
    }
    for (i, ev) in a.events.iter().enumerate() {
        let on = chosen == Some(ev.id.as_str());
        if all || on {
            let text = [
                &(i + 1).to_string(),
                ". ",
                &ev.date_label(&a.events),
                " — ",
                &ev.label,
            ]
            .concat();
            select = select.add(option(&ev.id, &text, on));
        }
    }
    select
}

/// An option of a select.
fn option(value: &str, text: &str, on: bool) -> E {
    el("option")
        .attr("value", value)
        .flag("selected", on)
        .text(text)
}

/// Has the event select filled ([`fill_events`]) when first focused or
/// pressed, before its list opens: one listener for every such select,
/// which finds the explorer by the select's root (the page, or a widget's
/// shadow root), so that it holds no article and is made once.
fn fill_events_when_used(select: &Element) {
    ON_EVENT_SELECT.with(|on| {
        let mut on = on.borrow_mut();
        let f = on.get_or_insert_with(|| {
            Closure::<dyn FnMut(web_sys::Event)>::new(|ev: web_sys::Event| {
                let Some(select) = ev
                    .current_target()
                    .and_then(|t| t.dyn_into::<Element>().ok())
                else {
                    return;
                };
                let root = select
                    .get_root_node()
                    .dyn_into::<web_sys::DocumentFragment>()
                    .ok();
                let x = CURRENT.with(|c| c.borrow().iter().find(|x| x.root == root).cloned());
                if let Some(x) = x {
                    fill_events(&select, &x.doc, x.state);
                }
            })
        });
        for name in ["focus", "mousedown"] {
            let _ = select.add_event_listener_with_callback(name, f.as_ref().unchecked_ref());
        }
    });
}

/// Gives the event select all its options if they were left for later.
fn fill_events(select: &Element, doc: &Doc, state: ViewState) {
    if !select.has_attribute("data-more") {
        return;
    }
    select.set_text_content(None);
    let _ = select.remove_attribute("data-more");
    let chosen = state.view_untracked().event;
    event_options(doc, chosen.as_deref(), dom::E(select.clone()), true);
}

/// A kind filter as the select and the address name it.
fn kind_value(kind: u8) -> &'static str {
    match kind {
        QUOTES => "quotes",
        REPORTED => "reported",
        _ => "",
    }
}

/// One toggle per speaker, and a way to show everything again.
fn filters(doc: &Doc, state: ViewState, parent: &Element) {
    let hidden = state.with_view(|v| v.hide.clone());
    let section = ec("section", "filters")
        .attr("aria-labelledby", "filters-h")
        .add(ec("div", "filters-head").add(el("h2").attr("id", "filters-h").text("Speakers")))
        .into(parent);
    let chips = ec("ul", "chips").into(&section);
    for (i, s) in doc.a.speakers.iter().enumerate() {
        let n = doc.counts[i] as usize;
        let off = hidden.contains(&s.id);
        el("li")
            .add(
                ec("button", &["chip ", tint(i)].concat())
                    .attr("type", "button")
                    .attr("data-speaker", &s.id)
                    .attr("aria-pressed", if off { "false" } else { "true" })
                    .add(ec("span", "swatch").attr("aria-hidden", "true"))
                    .add(
                        ec("span", "chip-text")
                            .add(ec("span", "name").text(&s.name))
                            .opt(role(s.role.as_deref())),
                    )
                    .add(ec("span", "n").text(&n.to_string()).add(
                        ec("span", "vh").text(if n == 1 { " statement" } else { " statements" }),
                    )),
            )
            .into(&chips);
    }
    let all = ec("button", "chip all")
        .attr("type", "button")
        .attr("id", "show-all")
        .text("Show all");
    let _ = all
        .0
        .toggle_attribute_with_force("disabled", !filtering(state));
    el("li").add(all).into(&chips);
}

/// Why the engine refused the text, when there is no article on screen
/// to leave in place.
pub fn unreadable(why: &str) {
    let Some(main) = dom::by_id("main") else {
        return;
    };
    main.set_text_content(None);
    if scope::is_page() {
        document().set_title("Article Explorer");
    }
    ec("div", "notice error")
        .attr("role", "alert")
        .add(el("h1").text("This text could not be analysed"))
        .add(el("p").text(why))
        .add(el("p").text(
            "Paste the full text of a news article (it is kept in the editor), or load the example.",
        ))
        .into(&main);
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
    text.get(..5)
        .is_some_and(|w| w.eq_ignore_ascii_case("that "))
}

fn trim_quotes(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '”'))
}

/// The overview's lanes, when any event has a date: the section, and the
/// list to draw lanes into.
fn overview(doc: &Doc, parent: &Element) -> Option<(RefCell<List>, Axis)> {
    let axis = Axis::of(doc)?;
    let section = ec("section", "overview")
        .attr("aria-labelledby", "overview-h")
        .add(el("h2").attr("id", "overview-h").text("Events over time"))
        .into(parent);
    let many = if doc.a.events.len() > 12 {
        "lanes many"
    } else {
        "lanes"
    };
    let lanes = ec("ol", many).into(&section);
    let ticks = ec("span", "axis-ticks");
    let ticks = axis.ticks().into_iter().fold(ticks, |t, (pos, label)| {
        t.add(
            ec("span", if pos > 850 { "tick end" } else { "tick" })
                .css(&crate::overview::place(pos, 0))
                .text(&label),
        )
    });
    let legend = |class: &str, text: &str| el("span").add(el("i").cls(class)).text(text);
    ec("div", "axis")
        .attr("aria-hidden", "true")
        .add(ticks)
        .into(&section);
    ec("p", "legend")
        .attr("aria-hidden", "true")
        .add(legend("dot", "a day"))
        .add(legend("bar", "a month or year"))
        .add(legend("bar range", "somewhere in between"))
        .into(&section);
    Some((
        RefCell::new(List::new(lanes.clone(), Some(lanes), "li", 40.0)),
        axis,
    ))
}
