//! A list drawn only where it can be seen.
//!
//! The items are cut into chunks of a few dozen. A chunk is either drawn
//! (its elements are in the list) or stands in the list as one empty
//! placeholder element of the height it had, or is guessed to have. After
//! each scroll or resize (once per animation frame) the chunks near the
//! visible part of the list are drawn and the ones far from it put back to
//! placeholders, so a list of 30,000 items holds a few hundred elements.
//! Positions are read for every list before any is drawn, and drawing
//! goes on next frame if it moved things, so no frame lays out the page
//! more than once or twice.
//! A list of one chunk (an ordinary article) is simply drawn whole.
//!
//! The visible part is the window, cut to the list's scroll box when it has
//! one that scrolls (the article panel on a wide screen). The list does not
//! own what it draws: the caller passes a function that appends items
//! `a..b` to a parent node.

use web_sys::{Element, Node};

use crate::dom::{self, el};

pub struct List {
    root: Element,
    /// The element that scrolls the list on some screens, if any.
    scroller: Option<Element>,
    /// The placeholder's tag: `li` in a list, `div` elsewhere.
    tag: &'static str,
    /// Chunk `k` holds items `bounds[k]..bounds[k + 1]`.
    bounds: Vec<usize>,
    /// Per chunk: its elements when drawn, else its placeholder.
    drawn: Vec<Vec<Element>>,
    holders: Vec<Option<Element>>,
    /// Guessed height of an item, refined by every chunk measured.
    per_item: f64,
}

impl List {
    pub fn new(root: Element, scroller: Option<Element>, tag: &'static str, per_item: f64) -> List {
        List {
            root,
            scroller,
            tag,
            bounds: vec![0],
            drawn: Vec::new(),
            holders: Vec::new(),
            per_item,
        }
    }

    /// Replaces the items: `bounds` cuts them into chunks (first 0, last
    /// the number of items). Everything becomes a placeholder; call
    /// [`List::update`] to draw what is visible.
    pub fn reset(&mut self, bounds: Vec<usize>) {
        self.root.set_text_content(None);
        let n = bounds.len().saturating_sub(1);
        self.drawn = vec![Vec::new(); n];
        self.holders = Vec::with_capacity(n);
        let frag = leptos::prelude::document().create_document_fragment();
        for k in 0..n {
            let h = (bounds[k + 1] - bounds[k]) as f64 * self.per_item;
            self.holders.push(Some(self.holder(h).into(&frag)));
        }
        let _ = self.root.append_child(&frag);
        self.bounds = bounds;
    }

    fn holder(&self, height: f64) -> dom::E {
        let mut style = "height:".to_string();
        style.push_str(&(height as u32).to_string());
        style.push_str("px");
        el(self.tag)
            .cls("ph")
            .attr("aria-hidden", "true")
            .css(&style)
    }

    fn chunks(&self) -> usize {
        self.drawn.len()
    }

    /// Top and bottom of chunk `k` in window coordinates.
    fn rect(&self, k: usize) -> (f64, f64) {
        let (first, last) = match &self.holders[k] {
            Some(h) => (h, h),
            None => (
                &self.drawn[k][0],
                self.drawn[k].last().unwrap_or(&self.drawn[k][0]),
            ),
        };
        (
            first.get_bounding_client_rect().top(),
            last.get_bounding_client_rect().bottom(),
        )
    }

    /// Draws chunk `k` in place of its placeholder.
    pub fn show(&mut self, k: usize, draw: &dyn Fn(usize, usize, &Node)) {
        let Some(holder) = self.holders.get_mut(k).and_then(Option::take) else {
            return;
        };
        let frag = leptos::prelude::document().create_document_fragment();
        draw(self.bounds[k], self.bounds[k + 1], &frag);
        let mut nodes = Vec::new();
        let mut next = frag.first_element_child();
        while let Some(e) = next {
            next = e.next_element_sibling();
            nodes.push(e);
        }
        if nodes.is_empty() {
            // Nothing to draw: an empty placeholder keeps the chunk's place.
            let _ = frag.append_child(&self.holder(0.0).0);
            nodes.push(frag.first_element_child().expect("holder"));
        }
        let _ = self.root.insert_before(&frag, Some(&holder));
        holder.remove();
        self.drawn[k] = nodes;
    }

    /// Puts chunk `k` back to a placeholder of its measured height.
    fn hide(&mut self, k: usize, height: f64) {
        if self.holders[k].is_some() {
            return;
        }
        let nodes = std::mem::take(&mut self.drawn[k]);
        let items = (self.bounds[k + 1] - self.bounds[k]).max(1) as f64;
        self.per_item = (self.per_item * 3.0 + height / items) / 4.0;
        let holder = self.holder(height).0;
        let _ = self.root.insert_before(&holder, Some(&nodes[0]));
        for n in nodes {
            n.remove();
        }
        self.holders[k] = Some(holder);
    }

    /// Draws again every chunk that is drawn (after a change of what the
    /// items look like).
    pub fn redraw(&mut self, draw: &dyn Fn(usize, usize, &Node)) {
        for k in 0..self.chunks() {
            if self.holders[k].is_none() {
                let nodes = std::mem::take(&mut self.drawn[k]);
                let holder = self.holder(0.0).0;
                let _ = self.root.insert_before(&holder, Some(&nodes[0]));
                for n in nodes {
                    n.remove();
                }
                self.holders[k] = Some(holder);
                self.show(k, draw);
            }
        }
    }

    /// Draws every chunk (before printing).
    pub fn show_all(&mut self, draw: &dyn Fn(usize, usize, &Node)) {
        for k in 0..self.chunks() {
            self.show(k, draw);
        }
    }

    /// Makes sure item `i` is drawn (before scrolling to it).
    pub fn reveal(&mut self, i: usize, draw: &dyn Fn(usize, usize, &Node)) {
        let k = self.bounds.partition_point(|&b| b <= i);
        if k > 0 {
            self.show(k - 1, draw);
        }
    }

    /// What [`List::update`] would do, from positions read now: the
    /// chunks to draw (within a screen of the visible part of the list),
    /// and those to put back, with their heights (more than three screens
    /// away). Reads only, so that every list can plan before any draws
    /// (one layout, not one per chunk).
    pub fn plan(&self) -> Plan {
        let mut plan = Plan::default();
        let n = self.chunks();
        if n <= 1 {
            // A short list is simply drawn whole, and stays so; an empty
            // one (not reset yet) has nothing to draw. Neither reads a
            // position, which would lay out the page before its frame.
            if n == 1 {
                plan.show.push(0);
            }
            return plan;
        }
        let list = self.root.get_bounding_client_rect();
        if list.height() <= 0.0 && list.width() <= 0.0 {
            return plan; // not laid out (hidden)
        }
        let (mut top, mut bottom) = (0.0, dom::inner_height());
        if let Some(s) = &self.scroller {
            if s.scroll_height() > s.client_height() {
                let r = s.get_bounding_client_rect();
                top = r.top().max(top);
                bottom = r.bottom().min(bottom);
            }
        }
        let screen = (bottom - top).max(100.0);
        let (lo, hi) = (top - screen, bottom + screen);
        // The first chunk that ends below `lo`.
        let (mut a, mut b) = (0, n);
        while a < b {
            let m = (a + b) / 2;
            if self.rect(m).1 < lo {
                a = m + 1;
            } else {
                b = m;
            }
        }
        let mut k = a;
        while k < n && self.rect(k).0 <= hi {
            if self.holders[k].is_some() {
                plan.show.push(k);
            }
            k += 1;
        }
        let (far_lo, far_hi) = (top - 3.0 * screen, bottom + 3.0 * screen);
        for k in 0..n {
            if self.holders[k].is_none() {
                let (t, b) = self.rect(k);
                if b < far_lo || t > far_hi {
                    plan.hide.push((k, b - t));
                }
            }
        }
        plan
    }

    /// Carries out a [`Plan`]; true when something was drawn (positions
    /// below changed, so another look next frame may draw more).
    pub fn apply(&mut self, plan: &Plan, draw: &dyn Fn(usize, usize, &Node)) -> bool {
        for &(k, h) in &plan.hide {
            self.hide(k, h);
        }
        for &k in &plan.show {
            self.show(k, draw);
        }
        !plan.show.is_empty() && self.chunks() > 1
    }
}

/// Chunks to draw, and chunks to put back with their heights.
#[derive(Default)]
pub struct Plan {
    show: Vec<usize>,
    hide: Vec<(usize, f64)>,
}

/// Chunk bounds: `n` items, at most `size` to a chunk.
pub fn even(n: usize, size: usize) -> Vec<usize> {
    let mut b: Vec<usize> = (0..n).step_by(size).collect();
    b.push(n);
    b
}
