//! The Article Explorer engine: who said what, when, at which event, in a
//! news article.
//!
//! Text goes in, an [`Analysis`] comes out. The engine is a one-way pipeline
//! of small stages, each a module that takes what the previous one gave:
//!
//! 1. [`layout`]: header, title, dateline, body paragraphs, page furniture;
//! 2. [`sentences`]: tokens, quotation spans, sentences;
//! 3. [`mentions`]: people, organisations, roles, aliases;
//! 4. [`attribution`]: reporting cue, speaker, content, direct or reported;
//! 5. [`time`]: time expressions resolved against the publication date;
//! 6. [`events`]: statements grouped into events, events put in order.
//!
//! Rules live in tables beside each stage (`rules.rs`), not in the code
//! paths. Nothing here knows about browsers, files or any one article.

pub mod attribution;
pub mod calendar;
pub mod date;
pub mod layout;
pub mod mentions;
pub mod model;
pub mod sentences;
pub mod token;

pub use date::Date;
pub use model::*;
