//! The top bar's controls: "Load the example", the "Open an article" panel
//! (a text area to paste into, a file button, the recent articles) and the
//! theme toggle. Built by hand ([`crate::dom`]); their clicks and the form's
//! submission are handled by the page's listeners in [`crate::app`]
//! (`data-do` names the command).

use web_sys::Element;

use crate::dom::{self, ec, el};
use crate::store::Entry;

/// Adds the controls to the top bar.
pub fn topbar(bar: &Element) {
    let tools = ec("div", "bar-tools").into(bar);
    button("Load the example", "example").into(&tools);
    let form = el("form")
        .attr("id", "paste-form")
        .add(el("label").attr("for", "source-text").text("Article text"))
        .add(
            ec("p", "hint").attr("id", "source-hint").text(
                "Paste a whole article here (or anywhere on the page), drop a .txt, .md or .html file on the page, \
                 or choose one. It is read here, in your browser.",
            ),
        )
        .add(
            el("textarea")
                .attr("id", "source-text")
                .attr("rows", "8")
                .attr("aria-describedby", "source-hint source-error")
                .attr("spellcheck", "false"),
        )
        .add(
            ec("p", "source-error")
                .attr("id", "source-error")
                .attr("role", "alert")
                .attr("hidden", ""),
        )
        .add(
            ec("div", "actions")
                .add(
                    ec("button", "primary")
                        .attr("type", "submit")
                        .text("Analyse"),
                )
                .add(
                    ec("label", "file-button")
                        .text("Choose a file…")
                        .add(
                            ec("input", "vh")
                                .attr("type", "file")
                                .attr("id", "file")
                                .attr(
                                    "accept",
                                    ".txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html",
                                ),
                        ),
                ),
        );
    let recent = ec("section", "recent")
        .attr("aria-labelledby", "recent-h")
        .add(el("h2").attr("id", "recent-h").text("Recent articles"))
        .add(el("ul").attr("id", "recent"))
        .add(
            button("Forget them", "forget")
                .attr("id", "forget")
                .cls("forget"),
        );
    ec("details", "source")
        .attr("id", "panel")
        .add(el("summary").text("Open an article"))
        .add(ec("div", "source-panel").add(form).add(recent))
        .into(&tools);
    button("Dark theme", "theme")
        .attr("id", "theme")
        .attr("aria-pressed", "false")
        .into(&tools);
}

/// `<button type="button" data-do="…">`
pub fn button(text: &str, command: &str) -> dom::E {
    el("button")
        .attr("type", "button")
        .attr("data-do", command)
        .text(text)
}

/// Puts a text in the editor (unless empty), with why it was not analysed
/// (or no reason), opening the panel when there is a reason to read.
pub fn to_editor(text: &str, why: &str) {
    if !text.is_empty() {
        if let Some(area) = dom::by_id("source-text") {
            dom::set_value(&area, text);
        }
    }
    if let Some(p) = dom::by_id("source-error") {
        p.set_text_content(Some(why));
        let _ = p.toggle_attribute_with_force("hidden", why.is_empty());
    }
    if !why.is_empty() {
        if let Some(panel) = dom::by_id("panel") {
            let _ = panel.set_attribute("open", "");
        }
    }
}

/// Closes the panel.
pub fn close() {
    if let Some(panel) = dom::by_id("panel") {
        let _ = panel.remove_attribute("open");
    }
}

/// Lists the recent articles (`current` is the one on screen).
pub fn recent(entries: &[Entry], current: &str) {
    let Some(list) = dom::by_id("recent") else {
        return;
    };
    list.set_text_content(None);
    let mut any = false;
    for e in entries.iter().filter(|e| e.done) {
        any = true;
        let title = if e.title.is_empty() { "Untitled article" } else { &e.title };
        let mut about = e.date.clone();
        if !e.speakers.is_empty() {
            if !about.is_empty() {
                about.push_str(" · ");
            }
            about.push_str(&e.speakers);
        }
        el("li")
            .add(
                ec("button", "recent-item")
                    .attr("type", "button")
                    .attr("data-do", "recent")
                    .attr("data-id", &e.id)
                    .flag("aria-current", e.id == current)
                    .add(ec("span", "recent-title").text(title))
                    .add(ec("span", "hint").text(&about)),
            )
            .into(&list);
    }
    if !any {
        ec("li", "hint")
            .text("None yet: the articles you open are kept here, in this browser only.")
            .into(&list);
    }
    if let Some(f) = dom::by_id("forget") {
        let _ = f.toggle_attribute_with_force("hidden", !any);
    }
}
