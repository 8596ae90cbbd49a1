//! The address: which article (`src=`, `text=`, `a=`) and the reader's view
//! of it (`date=`, `hide=`, `q=`, `kind=`, `event=`, `sel=`). Read once at
//! start; written back without a history entry whenever the view changes,
//! so that a copied link reproduces the view and a reload keeps it.
//!
//! The address is untrusted input: a query that is too long or a value that
//! cannot be decoded is ignored with a message for the reader, never acted
//! on. What the values name (speakers, events, statements) is checked
//! against the article once it is analysed (`app::apply_view`); `src` is
//! checked and fetched by `host.js`, which fetches only http and https.

use engine::Date;
use leptos::prelude::window;
use wasm_bindgen::JsValue;

use crate::doc::{QUOTES, REPORTED};

/// The longest query read (characters); a longer one is ignored whole.
/// Many servers refuse longer addresses anyway.
pub const MAX_QUERY: usize = 8192;

/// Where the article on screen came from.
#[derive(Clone, PartialEq, Default)]
pub enum From {
    /// The example compiled into the page (no parameter).
    #[default]
    Example,
    /// Fetched from this address (`src=`).
    Src(String),
    /// Carried whole in the link (`text=`).
    Text(String),
    /// Pasted, dropped or chosen here, and kept in this browser under this
    /// id (`a=`).
    Local(String),
}

/// The reader's view of an article.
#[derive(Clone, PartialEq, Default)]
pub struct View {
    /// The publication date, set by hand.
    pub date: Option<Date>,
    /// Speakers turned off.
    pub hide: Vec<String>,
    /// The search box, as typed.
    pub q: String,
    /// `doc::ALL`, `QUOTES` or `REPORTED`.
    pub kind: u8,
    /// Only this event (id).
    pub event: Option<String>,
    /// The selected statement (id).
    pub sel: Option<String>,
}

/// What the page was opened with.
#[derive(Default)]
pub struct Link {
    /// The article named, if any.
    pub from: Option<From>,
    pub view: View,
    /// Whether any view parameter was given.
    pub has_view: bool,
    /// Messages for the reader about what was ignored.
    pub problems: Vec<String>,
}

/// Reads the page's address.
pub fn read() -> Link {
    read_query(&window().location().search().unwrap_or_default())
}

/// Whether the address asks for the crash screen's test
/// (`debug-panic=1`, see `app::analyse`).
pub fn debug_panic() -> bool {
    let search = window().location().search().unwrap_or_default();
    let on = params(&search).any(|p| p == "debug-panic=1");
    on
}

fn read_query(search: &str) -> Link {
    let mut link = Link::default();
    let n = search.chars().count();
    if n > MAX_QUERY {
        link.problems.push(
            [
                "The address is too long to be read (",
                &n.to_string(),
                " characters; the most is 8192), so it was ignored.",
            ]
            .concat(),
        );
        return link;
    }
    let view = &mut link.view;
    for p in params(search) {
        let (name, raw) = p.split_once('=').unwrap_or((p, ""));
        if !is_ours(name) {
            continue;
        }
        let ignored = |what: &str| -> String {
            [
                "“",
                &cut(p),
                "” in the address ",
                what,
                ", so it was ignored.",
            ]
            .concat()
        };
        if name == "hide" {
            link.has_view = true;
            for id in raw.split(',').filter(|id| !id.is_empty()) {
                match decode(id) {
                    Some(id) if !view.hide.contains(&id) => view.hide.push(id),
                    Some(_) => {}
                    None => link.problems.push(ignored("could not be read")),
                }
            }
            continue;
        }
        let Some(value) = decode(raw) else {
            link.problems.push(ignored("could not be read"));
            continue;
        };
        if value.is_empty() {
            continue;
        }
        match name {
            "src" => link.from = link.from.take().or(Some(From::Src(value))),
            "text" => link.from = link.from.take().or(Some(From::Text(value))),
            "a" => link.from = link.from.take().or(Some(From::Local(value))),
            _ => {
                link.has_view = true;
                match name {
                    "date" => match Date::parse_iso(&value) {
                        Some(d) => view.date = Some(d),
                        None => link.problems.push(ignored("is not a date (YYYY-MM-DD)")),
                    },
                    "q" => view.q = value,
                    "kind" => match value.as_str() {
                        "quotes" => view.kind = QUOTES,
                        "reported" => view.kind = REPORTED,
                        _ => link
                            .problems
                            .push(ignored("is not a kind of statement (quotes or reported)")),
                    },
                    "event" => view.event = Some(value),
                    _ => view.sel = Some(value),
                }
            }
        }
    }
    link
}

/// The parameters the app owns.
fn is_ours(name: &str) -> bool {
    matches!(
        name,
        "src" | "text" | "a" | "date" | "hide" | "q" | "kind" | "event" | "sel"
    )
}

impl View {
    /// The view as query parameters (without `?`): what the address
    /// carries after the article, and what the store keeps.
    pub fn query(&self) -> String {
        let mut q = String::new();
        if let Some(d) = self.date {
            param(&mut q, "date", &d.to_string());
        }
        if !self.hide.is_empty() {
            let ids: Vec<String> = self.hide.iter().map(|id| encode(id)).collect();
            add(&mut q, "hide", &ids.join(","));
        }
        param(&mut q, "q", &self.q);
        match self.kind {
            QUOTES => param(&mut q, "kind", "quotes"),
            REPORTED => param(&mut q, "kind", "reported"),
            _ => {}
        }
        param(&mut q, "event", self.event.as_deref().unwrap_or(""));
        param(&mut q, "sel", self.sel.as_deref().unwrap_or(""));
        q
    }

    /// A view kept in the store ([`View::query`]); what does not read is
    /// left out.
    pub fn parse(query: &str) -> View {
        read_query(query).view
    }
}

/// The address of the page showing `from` with `view`: the page's own
/// path, the article, the view, then any parameter the app does not own
/// (kept as it was).
pub fn href(from: &From, view: &View) -> String {
    let location = window().location();
    let search = location.search().unwrap_or_default();
    let mut q = String::new();
    match from {
        From::Example => {}
        From::Src(src) => param(&mut q, "src", src),
        From::Text(text) => param(&mut q, "text", text),
        From::Local(id) => param(&mut q, "a", id),
    }
    let v = view.query();
    if !v.is_empty() {
        add(&mut q, "", &v);
    }
    for p in params(&search).filter(|p| !is_ours(p.split_once('=').map_or(*p, |x| x.0))) {
        add(&mut q, "", p);
    }
    let mut url = location.pathname().unwrap_or_default();
    if !q.is_empty() {
        url.push('?');
        url.push_str(&q);
    }
    url.push_str(&location.hash().unwrap_or_default());
    url
}

/// Puts the view in the address bar, without a history entry.
pub fn write(from: &From, view: &View) {
    let url = href(from, view);
    let location = window().location();
    let now = [
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
        location.hash().unwrap_or_default(),
    ]
    .concat();
    if url != now {
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
        }
    }
}

/// The page's full address for `from` and `view`, to copy.
pub fn absolute(from: &From, view: &View) -> String {
    window().location().origin().unwrap_or_default() + &href(from, view)
}

/// Appends `name=value` (encoded) when the value is not empty.
fn param(q: &mut String, name: &str, value: &str) {
    if !value.is_empty() {
        add(q, name, &encode(value));
    }
}

/// Appends `name=raw` (or `raw` alone when the name is empty).
fn add(q: &mut String, name: &str, raw: &str) {
    if !q.is_empty() {
        q.push('&');
    }
    if !name.is_empty() {
        q.push_str(name);
        q.push('=');
    }
    q.push_str(raw);
}

fn params(search: &str) -> impl Iterator<Item = &str> {
    search
        .strip_prefix('?')
        .unwrap_or(search)
        .split('&')
        .filter(|p| !p.is_empty())
}

fn encode(s: &str) -> String {
    js_sys::encode_uri_component(s).into()
}

/// A parameter's value: `+` is a space, `%xx` escapes are UTF-8; `None`
/// when they are not.
fn decode(s: &str) -> Option<String> {
    js_sys::decode_uri_component(&s.replace('+', " "))
        .ok()
        .map(String::from)
}

/// At most 60 characters of something to quote back to the reader.
pub fn cut(s: &str) -> String {
    match s.char_indices().nth(60) {
        Some((i, _)) => [&s[..i], "…"].concat(),
        None => s.to_string(),
    }
}
