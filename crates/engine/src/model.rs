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
        When {
            start: None,
            end: None,
            precision: Precision::Unknown,
            expression: None,
        }
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

impl When {
    /// The date written at its precision: "Tuesday, 29 December 2020",
    /// "October 2020", "2019", "21–27 December 2020", "unknown date".
    pub fn describe(&self) -> String {
        use crate::date::month_name;
        use crate::text::num;
        let (Some(s), Some(e)) = (self.start, self.end) else {
            return "Date unknown".into();
        };
        match self.precision {
            Precision::Day => s.long(),
            Precision::Month => [month_name(s.month()), " ", &num(s.year().into())].concat(),
            Precision::Year => num(s.year().into()),
            Precision::Unknown => "Date unknown".into(),
            Precision::Range if s == e => s.long(),
            Precision::Range if s.year() == e.year() && s.month() == e.month() => {
                let (sd, ed, y) = (
                    num(s.day().into()),
                    num(e.day().into()),
                    num(s.year().into()),
                );
                [&sd, "–", &ed, " ", month_name(s.month()), " ", &y].concat()
            }
            Precision::Range if s.year() == e.year() => {
                let (sd, ed, y) = (
                    num(s.day().into()),
                    num(e.day().into()),
                    num(e.year().into()),
                );
                [
                    &sd,
                    " ",
                    month_name(s.month()),
                    " – ",
                    &ed,
                    " ",
                    month_name(e.month()),
                    " ",
                    &y,
                ]
                .concat()
            }
            Precision::Range => {
                let (sd, sy) = (num(s.day().into()), num(s.year().into()));
                let (ed, ey) = (num(e.day().into()), num(e.year().into()));
                [
                    &sd,
                    " ",
                    month_name(s.month()),
                    " ",
                    &sy,
                    " – ",
                    &ed,
                    " ",
                    month_name(e.month()),
                    " ",
                    &ey,
                ]
                .concat()
            }
        }
    }
}

impl Event {
    /// The event's date as the timeline heads it: its own date at its
    /// precision, "After October 2020" when it is only known to follow
    /// another event, "On or before …" when nothing dates it.
    pub fn date_label(&self, events: &[Event]) -> String {
        let anchor = |id: &Option<String>| {
            id.as_ref()
                .and_then(|id| events.iter().find(|e| &e.id == id))
        };
        if self.date.expression.is_none() && self.date.precision == Precision::Range {
            if let Some(end) = self.date.end {
                return ["On or before ", &end.long()].concat();
            }
        }
        let vague = matches!(self.date.precision, Precision::Range | Precision::Unknown);
        if let (true, Some(a)) = (vague, anchor(&self.after)) {
            return ["After ", &a.date.describe()].concat();
        }
        if let (true, Some(a)) = (vague, anchor(&self.before)) {
            return ["Before ", &a.date.describe()].concat();
        }
        self.date.describe()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn when(s: &str, e: &str, p: Precision) -> When {
        When {
            start: Date::parse_iso(s),
            end: Date::parse_iso(e),
            precision: p,
            expression: Some("x".into()),
        }
    }

    #[test]
    fn dates_are_written_at_their_precision() {
        assert_eq!(
            when("2020-12-29", "2020-12-29", Precision::Day).describe(),
            "Tuesday, 29 December 2020"
        );
        assert_eq!(
            when("2020-10-01", "2020-10-31", Precision::Month).describe(),
            "October 2020"
        );
        assert_eq!(
            when("2019-01-01", "2019-12-31", Precision::Year).describe(),
            "2019"
        );
        assert_eq!(
            when("2020-12-21", "2020-12-27", Precision::Range).describe(),
            "21–27 December 2020"
        );
        assert_eq!(When::unknown().describe(), "Date unknown");
    }

    #[test]
    fn event_after_another_is_headed_after_its_date() {
        let valdai = Event {
            id: "e1".into(),
            label: "V".into(),
            speakers: vec![],
            date: when("2020-10-01", "2020-10-31", Precision::Month),
            after: None,
            before: None,
        };
        let reply = Event {
            id: "e2".into(),
            label: "R".into(),
            speakers: vec![],
            date: when("2020-10-01", "2020-12-29", Precision::Range),
            after: Some("e1".into()),
            before: None,
        };
        let all = vec![valdai, reply];
        assert_eq!(all[1].date_label(&all), "After October 2020");
        let undated = Event {
            date: When {
                expression: None,
                ..when("2020-12-28", "2020-12-29", Precision::Range)
            },
            after: None,
            ..all[1].clone()
        };
        assert_eq!(
            undated.date_label(&all),
            "On or before Tuesday, 29 December 2020"
        );
    }
}
