//! The browser's side of the app (`src/host.js`): reading files, pasted
//! and dropped articles and links, storage that may be blocked, the
//! clipboard, downloads, lower-casing, and the crash screen. Each is a few
//! lines of JavaScript against the browser's own API; bound here one
//! function each.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/host.js")]
extern "C" {
    /// Listens for articles pasted anywhere on the page (outside a field),
    /// dropped on it, or chosen in the file dialog (`#file`): calls
    /// `give(text, "")`, or `give("", why)` when the file cannot be read
    /// (not text, over 10 MB).
    pub fn listen(give: &Closure<dyn FnMut(String, String)>);

    /// Fetches `?src=`: resolves to the article's text (HTML and Markdown
    /// reduced to text), rejects with a sentence for the reader.
    #[wasm_bindgen(js_name = fetchArticle, catch)]
    pub async fn fetch_article(src: &str) -> Result<JsValue, JsValue>;

    /// The stored value, or `None` (nothing stored, or storage blocked).
    #[wasm_bindgen(js_name = storeGet)]
    pub fn store_get(key: &str) -> Option<String>;
    /// 0 stored, 1 storage blocked, 2 storage full.
    #[wasm_bindgen(js_name = storeSet)]
    pub fn store_set(key: &str, value: &str) -> u8;
    #[wasm_bindgen(js_name = storeRemove)]
    pub fn store_remove(key: &str);

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

    /// Shows "Something went wrong", with a reload and the diagnostics to
    /// copy; everything else on the page stops responding.
    pub fn crashed(message: &str);
}
