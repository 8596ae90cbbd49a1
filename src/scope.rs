//! Which explorer the code is working on: the page's own (the document),
//! or one of the widgets embedded in another page, each in its own shadow
//! root ([`crate::embed`]).
//!
//! One wasm instance serves every widget on a page, so what was global to
//! the app (element ids, the explorer on screen, the latest analysis) is
//! per root. The root is set for the length of a call ([`within`]) or of
//! every poll of a task ([`task`]); [`crate::dom`]'s lookups search it.

use std::cell::{Cell, RefCell};
use std::future::Future;

use leptos::prelude::document;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DocumentFragment, Element, NodeList};

thread_local! {
    static ROOT: RefCell<Option<DocumentFragment>> = const { RefCell::new(None) };
    /// The latest analysis started, per root (the page's is `None`'s).
    static RUNS: RefCell<Vec<(Option<DocumentFragment>, u32)>> = const { RefCell::new(Vec::new()) };
    static NEXT: Cell<u32> = const { Cell::new(0) };
}

/// The root being worked on: a widget's shadow root, or `None` for the
/// page's own app.
pub fn root() -> Option<DocumentFragment> {
    ROOT.with(|r| r.borrow().clone())
}

/// True for the page's own app, false inside an embedded widget (which
/// never touches the host page's title, address or performance timeline).
pub fn is_page() -> bool {
    ROOT.with(|r| r.borrow().is_none())
}

/// Runs `f` with `root` as the root, then puts the previous one back.
pub fn within<R>(root: &Option<DocumentFragment>, f: impl FnOnce() -> R) -> R {
    let before = swap(root.clone());
    let out = f();
    swap(before);
    out
}

/// Sets the root, giving back the one before (once, not in every caller).
#[inline(never)]
fn swap(root: Option<DocumentFragment>) -> Option<DocumentFragment> {
    ROOT.with(|r| r.replace(root))
}

/// A task that runs every step of `f` within the root current now.
pub fn task<F: Future>(f: F) -> impl Future<Output = F::Output> {
    let root = root();
    let mut f = Box::pin(f);
    std::future::poll_fn(move |cx| within(&root, || f.as_mut().poll(cx)))
}

/// Starts an analysis in the current root: its number, newer than any
/// other's there.
pub fn start_run() -> u32 {
    let n = NEXT.with(|n| n.get() + 1);
    NEXT.with(|c| c.set(n));
    let root = root();
    RUNS.with(|runs| {
        let mut runs = runs.borrow_mut();
        match runs.iter_mut().find(|(r, _)| *r == root) {
            Some(run) => run.1 = n,
            None => runs.push((root, n)),
        }
    });
    n
}

/// Whether a newer analysis started in the current root since `run`.
pub fn stale(run: u32) -> bool {
    let root = root();
    RUNS.with(|runs| runs.borrow().iter().any(|(r, n)| *r == root && *n != run))
}

#[wasm_bindgen]
extern "C" {
    /// A document or a shadow root: both find elements by id and selector
    /// (one import each for both).
    type Root;
    #[wasm_bindgen(method, js_name = getElementById)]
    fn get_element_by_id(this: &Root, id: &str) -> Option<Element>;
    #[wasm_bindgen(method, js_name = querySelectorAll)]
    fn query_selector_all(this: &Root, selector: &str) -> NodeList;
    #[wasm_bindgen(method, js_name = querySelector)]
    fn query_selector(this: &Root, selector: &str) -> Option<Element>;
}

/// Runs `f` on the current root, or on the document for the page's app.
fn on_root<R>(f: impl FnOnce(&Root) -> R) -> R {
    ROOT.with(|r| match &*r.borrow() {
        Some(root) => f(root.unchecked_ref()),
        None => f(document().unchecked_ref()),
    })
}

/// The element with this id in the current root.
pub fn by_id(id: &str) -> Option<Element> {
    on_root(|r| r.get_element_by_id(id))
}

/// The elements matching a selector in the current root.
pub fn select_all(selector: &str) -> NodeList {
    on_root(|r| r.query_selector_all(selector))
}

/// The first element matching a selector in the current root.
pub fn select(selector: &str) -> Option<Element> {
    on_root(|r| r.query_selector(selector))
}
