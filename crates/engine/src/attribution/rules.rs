//! The attribution stage's tables. Lists are lower case and sorted (a test
//! checks) so lookups are binary searches.
use crate::words::Words;

/// Reporting verbs, in the forms news writing uses for past and present
/// reporting ("said", "says", "told", "warned").
pub const CUE_VERBS: Words = words![
    "accused",
    "accuses",
    "acknowledged",
    "added",
    "adds",
    "admitted",
    "affirmed",
    "announced",
    "argued",
    "argues",
    "asserted",
    "assured",
    "boasted",
    "branded",
    "called",
    "cautioned",
    "charged",
    "claimed",
    "claims",
    "commented",
    "complained",
    "conceded",
    "concluded",
    "confirmed",
    "confirms",
    "contended",
    "continued",
    "declared",
    "declares",
    "demanded",
    "described",
    "describes",
    "dismissed",
    "elaborated",
    "emphasised",
    "emphasises",
    "emphasized",
    "emphasizes",
    "explained",
    "explains",
    "hailed",
    "highlighted",
    "indicated",
    "informed",
    "insisted",
    "insists",
    "joked",
    "maintained",
    "mentioned",
    "noted",
    "notes",
    "observed",
    "pledged",
    "posted",
    "predicted",
    "promised",
    "quipped",
    "read",
    "reads",
    "reaffirmed",
    "recalled",
    "reiterated",
    "remarked",
    "replied",
    "reported",
    "responded",
    "said",
    "say",
    "says",
    "specified",
    "stated",
    "states",
    "stressed",
    "stresses",
    "suggested",
    "tells",
    "termed",
    "testified",
    "testifies",
    "told",
    "tweeted",
    "underlined",
    "underscored",
    "urged",
    "urges",
    "vowed",
    "warned",
    "warns",
    "welcomed",
    "wrote",
];

/// Reporting verbs that may take reported speech without "that" ("said the
/// talks failed"). The others need "that", a colon or a quotation, since a
/// bare phrase after them is an object ("stressed the importance of …").
pub const BARE_CLAUSE_VERBS: Words = words![
    "accused",
    "accuses",
    "added",
    "adds",
    "argued",
    "argues",
    "asserted",
    "boasted",
    "claimed",
    "claims",
    "conceded",
    "contended",
    "declared",
    "declares",
    "demanded",
    "elaborated",
    "insisted",
    "insists",
    "joked",
    "maintained",
    "quipped",
    "replied",
    "responded",
    "said",
    "say",
    "says",
    "specified",
    "stated",
    "states",
    "tells",
    "told",
    "tweeted",
    "urged",
    "urges",
    "wrote",
];

/// Reporting phrases of several words: the first word, then the rest.
pub const CUE_PHRASES: &[(&str, &[&str])] = &[
    ("made", &["it", "clear"]),
    ("made", &["clear"]),
    ("called", &["on"]),
    ("calls", &["on"]),
    ("pointed", &["out"]),
    ("points", &["out"]),
    ("quoted", &["as", "saying"]),
    ("went", &["on", "to", "say"]),
];

/// Participles that attach a further statement to the one before it
/// ("…, adding that …").
pub const PARTICIPLE_CUES: Words = words![
    "adding",
    "arguing",
    "asserting",
    "calling",
    "claiming",
    "describing",
    "emphasising",
    "emphasizing",
    "explaining",
    "highlighting",
    "insisting",
    "noting",
    "recalling",
    "reiterating",
    "saying",
    "stating",
    "stressing",
    "underlining",
    "underscoring",
    "warning",
];

/// Participles that may take reported speech without "that" ("saying the
/// review was overdue").
pub const BARE_PARTICIPLES: Words = words![
    "adding",
    "arguing",
    "asserting",
    "calling",
    "claiming",
    "describing",
    "insisting",
    "saying",
    "stating",
];

/// Words before a reporting verb that make it something else: "is said to
/// be", "the said agreement", "was told to leave".
pub const NOT_CUE_AFTER: Words = words![
    "a", "an", "are", "be", "been", "being", "is", "it's", "the", "this", "those", "was", "were",
];

/// Words that may stand between a speaker and the verb: "Berg also said",
/// "the minister has repeatedly said".
pub const SUBJECT_ADVERBS: Words = words![
    "again",
    "already",
    "also",
    "bluntly",
    "categorically",
    "clearly",
    "did",
    "emphatically",
    "explicitly",
    "firmly",
    "further",
    "had",
    "has",
    "have",
    "here",
    "herself",
    "himself",
    "however",
    "just",
    "later",
    "meanwhile",
    "merely",
    "often",
    "once",
    "only",
    "openly",
    "personally",
    "previously",
    "publicly",
    "recently",
    "repeatedly",
    "reportedly",
    "separately",
    "similarly",
    "simply",
    "strongly",
    "subsequently",
    "themselves",
    "then",
    "too",
    "would",
];

/// Words that open an aside between a speaker and the verb: "Putin, while
/// speaking at …, said", "Ost, who chairs the committee, said".
pub const ASIDE_OPENERS: Words = words![
    "after",
    "answering",
    "as",
    "asked",
    "at",
    "before",
    "citing",
    "commenting",
    "during",
    "following",
    "for",
    "from",
    "herself",
    "himself",
    "in",
    "last",
    "of",
    "on",
    "referring",
    "responding",
    "speaking",
    "this",
    "when",
    "which",
    "while",
    "who",
    "whose",
    "writing",
];

/// Words after `A, X said,` that open a tail of the narration, not the
/// rest of what was said: "…, the company said, compared with the 14%
/// analysts expected", "…, she said, adding that …", "…, he said, which …".
pub const NOT_PARENTHETICAL_AFTER: Words = words![
    "according",
    "adding",
    "and",
    "as",
    "but",
    "compared",
    "excluding",
    "including",
    "than",
    "that",
    "to",
    "versus",
    "whereas",
    "which",
    "while",
    "who",
    "with",
];

/// Words of a time phrase that can sit between a verb and what was said
/// ("said on Tuesday that", "told reporters last week").
pub const TIME_WORDS: Words = words![
    "afternoon",
    "day",
    "earlier",
    "early",
    "evening",
    "last",
    "late",
    "later",
    "month",
    "morning",
    "night",
    "past",
    "previous",
    "this",
    "time",
    "today",
    "tonight",
    "week",
    "weekend",
    "year",
    "yesterday",
];

/// Prepositions that open a phrase giving the setting of a statement
/// ("at a press conference", "in an interview with …", "on Twitter").
pub const SETTING_PREPOSITIONS: Words = words![
    "after",
    "at",
    "before",
    "during",
    "following",
    "in",
    "on",
    "over",
    "via",
    "while",
];

/// Nouns that end such a setting phrase.
pub const SETTING_NOUNS: Words = words![
    "address",
    "appearance",
    "article",
    "briefing",
    "broadcast",
    "call",
    "channel",
    "conference",
    "debate",
    "event",
    "facebook",
    "forum",
    "hearing",
    "interview",
    "meeting",
    "message",
    "op-ed",
    "parliament",
    "post",
    "remarks",
    "session",
    "speech",
    "statement",
    "summit",
    "talks",
    "telegram",
    "television",
    "tv",
    "twitter",
    "visit",
    "x",
];

/// Verbs of asking someone to act ("urged the court to rule"): what was
/// said is the object and the infinitive.
pub const DIRECTIVE_VERBS: Words = words!["demanded", "urged", "urges"];

/// Verbs that characterise rather than report ("welcomed the ruling as
/// "…"", "described the verdict as "…""): what was said is the quotation
/// after "as".
pub const CHARACTERISING_VERBS: Words = words![
    "branded",
    "called",
    "calling",
    "described",
    "describes",
    "describing",
    "dismissed",
    "hailed",
    "termed",
    "welcomed",
];

/// Words before a quotation that make it a name, not words said: the law
/// "On Elections", the so-called "reset", an initiative titled "…".
pub const NAME_INTRODUCERS: Words = words![
    "accord",
    "act",
    "agreement",
    "bill",
    "campaign",
    "charter",
    "declaration",
    "decree",
    "doctrine",
    "document",
    "dubbed",
    "entitled",
    "initiative",
    "known",
    "law",
    "named",
    "operation",
    "plan",
    "program",
    "programme",
    "project",
    "protocol",
    "resolution",
    "so-called",
    "strategy",
    "titled",
    "treaty",
];

/// Documents that "read" or "say" what their authors said ("the statement
/// read").
pub const DOCUMENTS: Words = words![
    "communique",
    "declaration",
    "estimates",
    "figures",
    "findings",
    "letter",
    "message",
    "note",
    "readout",
    "release",
    "report",
    "results",
    "statement",
    "tally",
    "text",
    "transcript",
];

/// Who one may "tell": "told reporters", "told the newspaper".
pub const TOLD_OBJECTS: Words = words![
    "agency",
    "assembly",
    "audience",
    "broadcaster",
    "chamber",
    "channel",
    "colleagues",
    "congress",
    "correspondents",
    "counterparts",
    "country",
    "crowd",
    "daily",
    "delegates",
    "fellow",
    "house",
    "journalists",
    "lawmakers",
    "leaders",
    "media",
    "members",
    "nation",
    "newspaper",
    "outlet",
    "parliament",
    "people",
    "press",
    "public",
    "reporters",
    "senate",
    "station",
    "students",
    "supporters",
    "television",
    "tv",
];

/// Words that open a sentence without belonging to what was said
/// ("Additionally, …", "However, …").
pub const CONNECTIVES: Words = words![
    "additionally",
    "also",
    "and",
    "besides",
    "but",
    "consequently",
    "furthermore",
    "however",
    "meanwhile",
    "moreover",
    "nevertheless",
    "nonetheless",
    "separately",
    "similarly",
    "so",
    "still",
    "thus",
    "yet",
];

/// Verbs that can only continue a clause: after an apposition closed by a
/// comma ("the witness, a former executive, was …") they show it was
/// inside the clause.
pub const FINITE_VERBS: Words = words![
    "are", "can", "could", "did", "does", "had", "has", "have", "is", "may", "might", "must",
    "remained", "remains", "should", "was", "were", "will", "would",
];

/// Words that open an adverbial clause inside a frame ("said, after the
/// talks had concluded, that …"): a verb in that clause is not a cue.
pub const SUBORDINATORS: Words =
    words!["after", "as", "because", "before", "once", "since", "until", "when", "while",];

/// Cues whose content may be a promise in the infinitive ("pledged to form
/// a government within weeks").
pub const PROMISE_VERBS: Words =
    words!["pledged", "pledges", "promised", "promises", "vowed", "vows"];

/// Cues whose object, quoted in part, is what was said (`noted the
/// "blurring of lines"`, `criticised the "reckless" decision`).
pub const QUOTED_OBJECT_VERBS: Words = words![
    "condemned",
    "criticised",
    "criticized",
    "decried",
    "denounced",
    "noted",
    "praised",
    "welcomed",
];

/// Words for a while before "after" or "before" in a setting ("minutes
/// after the announcement", "shortly before the vote").
pub const DURATIONS: Words =
    words!["days", "hours", "just", "minutes", "moments", "shortly", "soon", "weeks",];

/// Quantities after "added" that make it an act, not a report: "added two
/// more after the break", "added another", "added 3%".
pub const QUANTITY_WORDS: Words = words![
    "another", "eight", "five", "four", "more", "nine", "one", "seven", "several", "six", "ten",
    "three", "two",
];
