//! The event stage's tables: the settings statements are made in.
use crate::words::{Table, Words};

/// The kind of occasion a phrase names, and how the timeline labels it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VenueKind {
    PressConference,
    Briefing,
    Interview,
    Statement,
    Speech,
    Gathering,
    Meeting,
    Call,
    Hearing,
    Post,
    Reporters,
}

impl VenueKind {
    /// Occasions where many speak: a statement there by a new speaker
    /// belongs to it.
    pub fn is_multiparty(self) -> bool {
        matches!(
            self,
            VenueKind::Gathering | VenueKind::Meeting | VenueKind::Hearing
        )
    }

    /// Whether two phrases can name one occasion: "told reporters" at a
    /// press conference or briefing.
    pub fn compatible(self, other: VenueKind) -> bool {
        use VenueKind::*;
        self == other
            || matches!(
                (self, other),
                (Reporters, PressConference | Briefing) | (PressConference | Briefing, Reporters)
            )
    }

    pub fn label(self) -> &'static str {
        match self {
            VenueKind::PressConference => "Press conference",
            VenueKind::Briefing => "Briefing",
            VenueKind::Interview => "Interview",
            VenueKind::Statement => "Statement",
            VenueKind::Speech => "Speech",
            VenueKind::Gathering => "Conference",
            VenueKind::Meeting => "Meeting",
            VenueKind::Call => "Phone call",
            VenueKind::Hearing => "Hearing",
            VenueKind::Post => "Social media post",
            VenueKind::Reporters => "Remarks to reporters",
        }
    }
}

/// Nouns that name a setting, sorted.
pub const VENUE_NOUNS: Table<VenueKind> = table![
    ("address", VenueKind::Speech),
    ("appeal", VenueKind::Statement),
    ("article", VenueKind::Statement),
    ("assembly", VenueKind::Gathering),
    ("briefing", VenueKind::Briefing),
    ("call", VenueKind::Call),
    ("ceremony", VenueKind::Gathering),
    ("club", VenueKind::Gathering),
    ("communique", VenueKind::Statement),
    ("conference", VenueKind::PressConference),
    ("congress", VenueKind::Gathering),
    ("conversation", VenueKind::Call),
    ("debate", VenueKind::Hearing),
    ("declaration", VenueKind::Statement),
    ("facebook", VenueKind::Post),
    ("forum", VenueKind::Gathering),
    ("hearing", VenueKind::Hearing),
    ("interview", VenueKind::Interview),
    ("lecture", VenueKind::Speech),
    ("letter", VenueKind::Statement),
    ("meeting", VenueKind::Meeting),
    ("message", VenueKind::Statement),
    ("op-ed", VenueKind::Statement),
    ("post", VenueKind::Post),
    ("readout", VenueKind::Statement),
    ("release", VenueKind::Statement),
    ("remarks", VenueKind::Speech),
    ("session", VenueKind::Hearing),
    ("speech", VenueKind::Speech),
    ("statement", VenueKind::Statement),
    ("summit", VenueKind::Gathering),
    ("talks", VenueKind::Meeting),
    ("telegram", VenueKind::Post),
    ("twitter", VenueKind::Post),
    ("video", VenueKind::Speech),
];

/// Prepositions that introduce a setting: "at a press conference", "in a
/// statement", "during talks", "while speaking at …".
pub const VENUE_PREPOSITIONS: Words = words![
    "addressing",
    "at",
    "before",
    "during",
    "in",
    "on",
    "speaking",
    "via",
    "while",
];

/// Words that make a setting shared with someone already heard there
/// ("a joint press conference", "the same briefing").
pub const SHARED_MARKERS: Words = words!["joint", "same"];

/// Hearers that make "told …" a setting of its own.
pub const REPORTERS: Words = words!["journalists", "media", "press", "reporters"];

/// Words that, followed by "to", make a statement a reaction to the
/// story's news ("Responding to the announcement, …", "in reaction to the
/// ruling"): it comes after the first dated occasion.
pub const REACTION_WORDS: Words = words!["reacting", "reaction", "responding", "response"];
