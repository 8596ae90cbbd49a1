//! The browser's side of the app (`src/host.js`): the top bar's controls
//! and messages, reading files, pasted and dropped articles and links,
//! what is kept in storage (which may be blocked or full), the clipboard,
//! exports, lower-casing, the theme and the crash screen. Each is a few
//! lines of JavaScript against the browser's own API; bound here one
//! function each.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/host.js")]
extern "C" {
    /// Adds the top bar's controls (`#topbar`): "Load the example", the
    /// "Open an article" panel and the theme toggle.
    pub fn frame();

    /// Listens for articles pasted anywhere on the page (outside a field),
    /// dropped on it, chosen in the file dialog (`#file`) or in the recent
    /// list: calls `give(text, "", "")` with a new article, `give(text, "",
    /// "id\tsrc\tview")` with a kept one (text empty for the example),
    /// `give("", why, "")` when a file cannot be read (not text, over
    /// 10 MB). Also handles the theme toggle, "Forget them" and dismissing
    /// a message.
    pub fn listen(give: &Closure<dyn FnMut(String, String, String)>);

    /// Adds a message for the reader under the top bar.
    pub fn note(text: &str, error: bool);

    /// Puts a text in the editor with why it was not analysed (kept as a
    /// draft); `editor("", "")` clears the reason and the draft.
    pub fn editor(text: &str, why: &str);

    #[wasm_bindgen(js_name = closePanel)]
    pub fn close_panel();

    /// Reads what is kept (once, at start), saying what was set aside and
    /// whether storage is blocked; restores the draft; lists the recent
    /// articles.
    #[wasm_bindgen(js_name = keepOpen)]
    pub fn keep_open();
    /// Before an analysis starts: keeps the text and lists the article
    /// first, as not analysed yet.
    #[wasm_bindgen(js_name = keepBegin)]
    pub fn keep_begin(id: &str, src: &str, text: &str);
    /// After an analysis is drawn: title, date, speakers and view to list.
    #[wasm_bindgen(js_name = keepDone)]
    pub fn keep_done(id: &str, title: &str, date: &str, speakers: &str, view: &str);
    /// The view of the article on screen changed.
    #[wasm_bindgen(js_name = keepView)]
    pub fn keep_view(id: &str, view: &str);
    /// The engine refused the article: unlisted, its text to the editor.
    #[wasm_bindgen(js_name = keepRefused)]
    pub fn keep_refused(id: &str, text: &str, why: &str);
    /// A kept article's text ("" for the example), or `None`.
    #[wasm_bindgen(js_name = keepText)]
    pub fn keep_text(id: &str) -> Option<String>;
    /// The article on screen last time, "id\tsrc\tview", or "".
    #[wasm_bindgen(js_name = keepResume)]
    pub fn keep_resume() -> String;
    /// The kept article fetched from `src`, "id\tsrc\tview", or "".
    #[wasm_bindgen(js_name = keepFound)]
    pub fn keep_found(src: &str) -> String;
    /// Whether the browser lets the page keep anything.
    #[wasm_bindgen(js_name = keepBlocked)]
    pub fn keep_blocked() -> bool;

    /// Fetches `?src=`: resolves to the article's text (HTML and Markdown
    /// reduced to text), rejects with a sentence for the reader.
    #[wasm_bindgen(js_name = fetchArticle, catch)]
    pub async fn fetch_article(src: &str) -> Result<JsValue, JsValue>;

    /// Unicode lower case, by the browser.
    pub fn lower(s: &str) -> String;

    /// Copies to the clipboard; resolves to a boolean.
    #[wasm_bindgen(js_name = copyText)]
    pub async fn copy_text(text: &str) -> JsValue;

    /// Saves the analysis (its statements JSON) as `format`: "json",
    /// "csv", "timelinejs" or "markdown"; `labels` are the events' date
    /// labels, one a line, then the publication date's.
    #[wasm_bindgen(js_name = exportAs)]
    pub fn export_as(format: &str, json: &str, labels: &str);
}
