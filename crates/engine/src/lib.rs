//! The Article Explorer engine: who said what, when, at which event, in a
//! news article.
//!
//! Text goes in, an [`Analysis`] comes out:
//!
//! ```
//! let text = "MOSCOW (Sputnik - 29th December, 2020) Talks went well, the \
//!             ambassador, Andrey Denisov, said on Tuesday.";
//! let analysis = engine::analyze(text).unwrap();
//! assert_eq!(analysis.statements[0].text, "Talks went well");
//! assert_eq!(analysis.speakers[0].name, "Andrey Denisov");
//! ```
//!
//! The engine is a one-way pipeline of small stages, each a module that
//! takes what the previous one gave:
//!
//! 1. [`layout`]: header, title, dateline, body paragraphs, page furniture;
//! 2. [`sentences`]: tokens, quotation spans, sentences;
//! 3. [`mentions`]: people, organisations, roles, aliases;
//! 4. [`attribution`]: reporting cue, speaker, content, direct or reported;
//! 5. [`time`]: time expressions resolved against the publication date;
//! 6. [`events`]: statements grouped into events, events put in order.
//!
//! Rules live in tables beside each stage (`rules.rs`), not in the code
//! paths. Nothing here knows about browsers, files or any one article. Every
//! stage is linear in the length of its input.

pub mod attribution;
pub mod calendar;
pub mod date;
pub mod error;
pub mod events;
pub mod layout;
pub mod mentions;
pub mod model;
mod output;
pub mod sentences;
pub mod time;
pub mod token;

pub use date::Date;
pub use error::Error;
pub use model::*;

/// Choices the reader can make about an analysis.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    /// The publication date, when the article does not give one (or gives
    /// a wrong one). Relative dates are resolved against it.
    pub published: Option<Date>,
}

/// Analyses an article.
pub fn analyze(text: &str) -> Result<Analysis, Error> {
    analyze_with(text, &Options::default())
}

/// Analyses an article with the reader's options.
pub fn analyze_with(text: &str, options: &Options) -> Result<Analysis, Error> {
    check(text)?;
    let layout = layout::layout(text);
    let published = options.published.or(layout.published);
    let seg = sentences::segment(text, layout.paragraphs.clone());
    let men = mentions::mentions(text, &seg);
    let claims = attribution::attribute(text, &seg, &men);
    let times = time::time(text, &seg, &claims, published);
    let roles: Vec<Option<String>> = men.entities.iter().map(|e| e.role.clone()).collect();
    let timeline = events::events(text, &seg, &claims, &times, &roles, published);
    Ok(output::build(
        text, &layout, published, &seg, &men, &claims, &timeline,
    ))
}

/// Rejects what is not an article at all.
fn check(text: &str) -> Result<(), Error> {
    if text.trim().is_empty() {
        return Err(Error::Empty);
    }
    // Text has tabs and line breaks; a binary file has NULs and other controls.
    let head = &text.as_bytes()[..text.len().min(8192)];
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    if head.contains(&0) || controls * 20 > head.len() {
        return Err(Error::NotText);
    }
    Ok(())
}
