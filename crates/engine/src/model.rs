//! The analysis the engine gives: what the native command prints as JSON,
//! what the app draws, what "Export JSON" saves.
//!
//! The shape follows `statements-json.md` (article, speakers, events in
//! timeline order, statements); fields beyond it (`confidence`, `parts`,
//! `paragraphs`, `after`, `warnings`) are additions the format welcomes.
//! Byte offsets always index the UTF-8 input the engine was given and always
//! fall on character boundaries.

use crate::date::Date;
use serde::{Deserialize, Serialize};

/// `[start, end)` in bytes of the input text.
pub type Span = [usize; 2];

/// Everything the engine found in one article.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct Analysis {
    pub article: Article,
    pub speakers: Vec<Speaker>,
    /// Events in timeline order, earliest first.
    pub events: Vec<Event>,
    /// Statements in the order they appear in the text.
    pub statements: Vec<Statement>,
    /// Body paragraphs (after header, title and dateline; boilerplate left
    /// out), for drawing the article beside the timeline.
    pub paragraphs: Vec<Span>,
    /// Things the reader should know about the input ("no publication date:
    /// relative dates left unresolved").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

/// What the article says about itself.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct Article {
    pub title: Option<String>,
    pub source: Option<String>,
    pub published: Option<Date>,
    /// The place the dateline names ("MOSCOW").
    pub dateline: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
}

#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    Person,
    Organization,
}

/// Someone who says something in the article.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Speaker {
    /// A slug of the name, unique in the analysis ("andrey-denisov").
    pub id: String,
    pub name: String,
    pub kind: SpeakerKind,
    /// The role the article gives ("Russia's ambassador to China").
    pub role: Option<String>,
    /// Other ways the article refers to the speaker ("Denisov", "the ambassador").
    pub aliases: Vec<String>,
}

/// How exactly a date is known.
#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Day,
    Month,
    Year,
    /// Somewhere between `start` and `end`.
    Range,
    /// Not known at all: `start` and `end` are null.
    Unknown,
}

/// When something happened: the bounds, how precisely they are known, and
/// the words they were read from.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct When {
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub precision: Precision,
    pub expression: Option<String>,
}

impl When {
    pub fn unknown() -> When {
        When { start: None, end: None, precision: Precision::Unknown, expression: None }
    }

    /// The middle of the interval in days since 1970, for drawing and sorting.
    pub fn midpoint(&self) -> Option<i64> {
        Some((self.start?.to_days() + self.end?.to_days()) / 2)
    }
}

/// An occasion at which statements were made: a press conference, a speech,
/// a written statement.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Event {
    /// "e1", "e2", … in timeline order.
    pub id: String,
    pub label: String,
    /// Ids of the speakers heard at the event.
    pub speakers: Vec<String>,
    pub date: When,
    /// The event this one is known to follow ("subsequently", "later").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// The event this one is known to precede ("earlier").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
}

/// Direct quotation, reported speech, or a paraphrase embedding a quote.
#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Direct,
    Indirect,
    Mixed,
}

/// One thing a speaker said.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Statement {
    /// "s1", "s2", … in text order.
    pub id: String,
    pub speaker: String,
    pub event: String,
    pub kind: Kind,
    /// The words said, without the attribution ("…, Denisov said").
    pub text: String,
    /// The reporting verb or phrase ("said", "according to"); empty when the
    /// statement continues an earlier one without a cue of its own.
    pub cue: String,
    /// From the first to the last byte of the words said.
    pub span: Span,
    /// The pieces the words were taken from (one per paragraph or quote).
    pub parts: Vec<Span>,
    pub date: When,
    /// How sure the engine is, from 0 to 1.
    pub confidence: f32,
}
