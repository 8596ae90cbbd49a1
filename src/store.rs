//! What the app keeps in the browser (localStorage): the articles explored
//! recently, each with its text and the reader's view of it, newest first
//! (the first is the one on screen); the text of a paste the engine
//! refused. (The theme is kept by `host.js`.)
//!
//! Storage may be blocked (private browsing, a sandboxed frame, a setting)
//! or full: the app works without it and says once that it will not
//! remember. What is read back is checked: an index from another version,
//! or one that does not read, is set aside (kept under
//! `article-explorer:set-aside`) and reported, never trusted.
//!
//! Layout. `article-explorer` holds the index: a header line, then one line
//! per article, tab-separated: `id state src title date speakers view`.
//! `state` is `new` from before an analysis starts until the article is
//! drawn, then `ok`: an article still `new` when the page opens is one whose
//! analysis never finished (the page crashed or was closed), and goes to the
//! editor rather than being analysed again. Each article's text is under
//! `article-explorer:ID`, saved before its analysis starts (the example's
//! is in the page).

use std::cell::{Cell, RefCell};

use crate::{app, host};

const INDEX: &str = "article-explorer";
const HEADER: &str = "article-explorer 1";
const PREFIX: &str = "article-explorer:";
const DRAFT: &str = "article-explorer:draft";
const SET_ASIDE: &str = "article-explorer:set-aside";
/// How many articles are kept.
const KEEP: usize = 8;
/// Older articles make room only for a text shorter than this (bytes).
const ROOMY: usize = 1 << 21;

/// The id of the example article.
pub const EXAMPLE: &str = "example";

/// An article kept.
#[derive(Clone, Default)]
pub struct Entry {
    /// [`id_of`] its text, or [`EXAMPLE`].
    pub id: String,
    /// Analysed and drawn; false while its analysis has not finished.
    pub done: bool,
    /// The address it was fetched from (`?src=`), or empty.
    pub src: String,
    pub title: String,
    /// The publication date (ISO), or empty.
    pub date: String,
    /// Its first speakers' names, comma-separated.
    pub speakers: String,
    /// The reader's view of it (`url::View::query`).
    pub view: String,
}

const OK: u8 = 0;
const BLOCKED: u8 = 1;
const FULL: u8 = 2;

thread_local! {
    static ENTRIES: RefCell<Vec<Entry>> = const { RefCell::new(Vec::new()) };
    /// OK, BLOCKED or FULL: what storing last gave.
    static STATUS: Cell<u8> = const { Cell::new(OK) };
    static WARNED: Cell<bool> = const { Cell::new(false) };
}

/// An article's id: FNV-1a of its text, 16 hex digits.
pub fn id_of(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h = (h ^ b as u64).wrapping_mul(0x100_0000_01b3);
    }
    const HEX: &[u8; 16] = b"0123456789abcdef";
    (0..16)
        .map(|i| HEX[(h >> (60 - 4 * i) & 15) as usize] as char)
        .collect()
}

/// Reads the index (once, at start). Says so when storage is blocked, or
/// what was set aside.
pub fn open() {
    if host::store_set("article-explorer:probe", "1") != OK {
        STATUS.with(|s| s.set(BLOCKED));
        warn();
        return;
    }
    host::store_remove("article-explorer:probe");
    let Some(raw) = host::store_get(INDEX) else {
        return;
    };
    match parse(&raw) {
        Ok(entries) => ENTRIES.with(|e| *e.borrow_mut() = entries),
        Err(older) => {
            host::store_set(SET_ASIDE, &raw);
            host::store_remove(INDEX);
            app::say(
                &[
                    if older {
                        "Articles kept by another version of the explorer could not be read"
                    } else {
                        "The list of articles kept in this browser is damaged"
                    },
                    ": it was set aside (under “",
                    SET_ASIDE,
                    "” in this browser's storage) and the explorer starts afresh.",
                ]
                .concat(),
                false,
            );
        }
    }
}

/// The index's entries; `Err(true)` for another version's, `Err(false)`
/// for one that does not read.
fn parse(raw: &str) -> Result<Vec<Entry>, bool> {
    let mut lines = raw.split('\n');
    let head = lines.next().unwrap_or("");
    if head != HEADER {
        return Err(head.starts_with("article-explorer "));
    }
    let mut entries = Vec::new();
    for line in lines.filter(|l| !l.is_empty()) {
        let f: Vec<&str> = line.split('\t').collect();
        let [id, state, src, title, date, speakers, view] = f[..] else {
            return Err(false);
        };
        let id_ok = id == EXAMPLE || id.len() == 16 && id.bytes().all(|b| b.is_ascii_hexdigit());
        if !id_ok || !matches!(state, "ok" | "new") || entries.len() >= KEEP {
            return Err(false);
        }
        entries.push(Entry {
            id: id.into(),
            done: state == "ok",
            src: src.into(),
            title: title.into(),
            date: date.into(),
            speakers: speakers.into(),
            view: view.into(),
        });
    }
    Ok(entries)
}

/// Says once that nothing will be remembered, and why.
fn warn() {
    if WARNED.with(|w| w.replace(true)) {
        return;
    }
    app::say(
        if STATUS.with(Cell::get) == BLOCKED {
            "This browser does not let the page keep anything (private browsing, a sandboxed frame or a setting): the explorer works, but it will not remember your articles once you leave."
        } else {
            "This browser's storage for the page is full: the explorer works, but it will not remember this article once you leave."
        },
        false,
    );
}

/// Whether the browser lets the page keep anything.
pub fn blocked() -> bool {
    STATUS.with(Cell::get) == BLOCKED
}

/// Stores a value; on failure, says once that the app will not remember.
fn set(key: &str, value: &str) -> bool {
    match host::store_set(key, value) {
        OK => true,
        status => {
            STATUS.with(|s| s.set(status));
            warn();
            false
        }
    }
}

fn text_key(id: &str) -> String {
    [PREFIX, id].concat()
}

/// Tabs and line breaks would break the index's lines.
fn clean(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

fn save_index() {
    if blocked() {
        return;
    }
    let mut s = HEADER.to_string();
    ENTRIES.with(|e| {
        for e in e.borrow().iter() {
            let state = if e.done { "ok" } else { "new" };
            for (i, f) in [&e.id, state, &e.src, &e.title, &e.date, &e.speakers, &e.view]
                .into_iter()
                .enumerate()
            {
                s.push(if i == 0 { '\n' } else { '\t' });
                s.push_str(&clean(f));
            }
        }
    });
    set(INDEX, &s);
}

/// Forgets the entry at `i`, and its text.
fn drop_entry(entries: &mut Vec<Entry>, i: usize) {
    let e = entries.remove(i);
    if e.id != EXAMPLE {
        host::store_remove(&text_key(&e.id));
    }
}

/// Before an analysis starts: keeps the article's text (first of all, so
/// that nothing is lost if the page stops) and puts the article first, as
/// not analysed yet. Older articles make room when storage is full.
pub fn begin(id: &str, src: &str, text: &str) {
    if blocked() {
        return;
    }
    let known = ENTRIES.with(|e| e.borrow().iter().any(|e| e.id == id));
    if !known && id != EXAMPLE {
        loop {
            match host::store_set(&text_key(id), text) {
                OK => break,
                // Older articles make room, unless this one is too large
                // to fit anyway (a few MB is all a browser gives a page).
                FULL if text.len() < ROOMY && ENTRIES.with(|e| !e.borrow().is_empty()) => {
                    ENTRIES.with(|e| {
                        let mut e = e.borrow_mut();
                        let last = e.len() - 1;
                        drop_entry(&mut e, last);
                    });
                }
                status => {
                    // Not kept: not listed either.
                    STATUS.with(|s| s.set(status));
                    warn();
                    return;
                }
            }
        }
    }
    ENTRIES.with(|e| {
        let mut e = e.borrow_mut();
        let mut entry = match e.iter().position(|e| e.id == id) {
            Some(i) => e.remove(i),
            None => Entry {
                id: id.into(),
                ..Entry::default()
            },
        };
        entry.done = false;
        entry.src = src.into();
        e.insert(0, entry);
        while e.len() > KEEP {
            drop_entry(&mut e, KEEP);
        }
    });
    save_index();
}

/// After an analysis is drawn: what the list of recent articles shows.
pub fn done(id: &str, title: &str, date: &str, speakers: &str, view: &str) {
    update(id, |e| {
        e.done = true;
        e.title = title.into();
        e.date = date.into();
        e.speakers = speakers.into();
        e.view = view.into();
    });
}

/// The reader changed the view of the article on screen.
pub fn set_view(id: &str, view: &str) {
    let same = ENTRIES.with(|e| e.borrow().iter().any(|e| e.id == id && e.view == view));
    if !same {
        update(id, |e| e.view = view.into());
    }
}

fn update(id: &str, f: impl FnOnce(&mut Entry)) {
    let found = ENTRIES.with(|e| {
        let mut e = e.borrow_mut();
        e.iter_mut().find(|e| e.id == id).map(f).is_some()
    });
    if found {
        save_index();
    }
}

/// The engine refused the article: it leaves the list (its text goes to
/// the draft, [`set_draft`]).
pub fn refused(id: &str) {
    ENTRIES.with(|e| {
        let mut e = e.borrow_mut();
        if let Some(i) = e.iter().position(|e| e.id == id) {
            drop_entry(&mut e, i);
        }
    });
    save_index();
}

/// Takes the first article out of the list and gives it: the article
/// that was on screen last time. `None` when there is none.
pub fn take_first() -> Option<Entry> {
    let first = ENTRIES.with(|e| {
        let mut e = e.borrow_mut();
        (!e.is_empty()).then(|| e.remove(0))
    });
    if first.is_some() {
        save_index();
    }
    first
}

/// Forgets a text taken out of the list ([`take_first`]).
pub fn discard(id: &str) {
    if id != EXAMPLE {
        host::store_remove(&text_key(id));
    }
}

/// Forgets an article whose text is gone.
pub fn forget(id: &str) {
    refused(id);
}

/// The articles kept, newest first.
pub fn entries() -> Vec<Entry> {
    ENTRIES.with(|e| e.borrow().clone())
}

/// A kept article's text.
pub fn text(id: &str) -> Option<String> {
    if id == EXAMPLE {
        return Some(app::SAMPLE.to_string());
    }
    host::store_get(&text_key(id))
}

/// Forgets every article kept, and the draft.
pub fn forget_all() {
    ENTRIES.with(|e| {
        let mut e = e.borrow_mut();
        while !e.is_empty() {
            drop_entry(&mut e, 0);
        }
    });
    host::store_remove(INDEX);
    host::store_remove(DRAFT);
}

/// The text in the editor that was not analysed, kept across reloads.
pub fn draft() -> Option<String> {
    host::store_get(DRAFT)
}

pub fn set_draft(text: &str) {
    if text.is_empty() {
        host::store_remove(DRAFT);
    } else if !blocked() {
        set(DRAFT, text);
    }
}

