//! The mention stage's tables. Every list is lower case and sorted (a test
//! checks), so lookups are binary searches.

/// Nouns that name a role a speaker holds. Plurals name groups of speakers.
pub const ROLE_HEADS: &[&str] = &[
    "activist", "adviser", "advisers", "advisor", "advisors", "aide", "aides", "ambassador", "ambassadors",
    "analyst", "analysts", "attache", "attorney", "businessman", "businesswoman", "candidate", "captain", "ceo",
    "chair", "chairman", "chairperson", "chairwoman", "chancellor", "chief", "coach", "commander", "commissioner",
    "congressman", "congresswoman", "consul", "coordinator", "counsellor", "counselor", "counterpart", "defender",
    "delegate", "delegates", "deputy", "diplomat", "diplomats", "director", "economist", "economists", "emir",
    "entrepreneur", "envoy", "envoys", "executive", "expert", "experts", "forward", "founder", "goalkeeper",
    "governor", "head", "investigator", "investigators", "journalist", "judge", "justice", "king", "lawmaker",
    "lawmakers", "lawyer", "lawyers", "leader", "leaders", "legislator", "legislators", "manager", "mayor",
    "midfielder", "minister", "ministers", "mp", "negotiator", "negotiators", "observers", "officer", "officers",
    "official", "officials", "ombudsman", "owner", "people", "player", "politician", "premier", "president",
    "presidents", "prince", "princess", "professor", "prosecutor", "prosecutors", "queen", "rapporteur", "referee",
    "representative", "representatives", "researcher", "researchers", "residents", "scientist", "scientists",
    "secretary", "secretary-general", "senator", "senators", "sources", "speaker", "spokesman", "spokespeople",
    "spokesperson", "spokeswoman", "strategist", "striker", "treasurer", "undersecretary", "vice-president",
    "witnesses",
];

/// Role nouns and the classes a role-noun reference can pick them by: "the
/// diplomat" can mean an ambassador, "the envoy" an ambassador.
pub const ROLE_CLASSES: &[(&str, &[&str])] = &[
    ("ambassador", &["ambassador", "diplomat", "envoy"]),
    ("chair", &["chair", "chairman", "chairperson", "chairwoman"]),
    ("chairman", &["chair", "chairman", "chairperson"]),
    (
        "chairperson",
        &["chair", "chairman", "chairperson", "chairwoman"],
    ),
    ("chairwoman", &["chair", "chairperson", "chairwoman"]),
    ("chief", &["chair", "chairman", "chairperson", "chairwoman", "chief", "director", "head", "leader", "president"]),
    ("consul", &["consul", "diplomat"]),
    ("envoy", &["ambassador", "diplomat", "envoy"]),
    ("head", &["chair", "chairman", "chairperson", "chairwoman", "chief", "director", "head", "leader", "president"]),
    ("leader", &["chancellor", "king", "leader", "premier", "president", "prime", "queen"]),
    ("premier", &["premier", "prime minister"]),
    ("spokesman", &["spokesman", "spokesperson"]),
    (
        "spokesperson",
        &["spokesman", "spokesperson", "spokeswoman"],
    ),
    ("spokeswoman", &["spokesperson", "spokeswoman"]),
];

/// Words that may stand before a role noun inside a role ("deputy foreign
/// minister", "top diplomat", "ministry spokeswoman").
pub const ROLE_MODIFIERS: &[&str] = &[
    "acting",
    "agriculture",
    "army",
    "assistant",
    "associate",
    "cabinet",
    "chief",
    "civil",
    "communications",
    "culture",
    "defence",
    "defense",
    "deputy",
    "development",
    "economic",
    "economy",
    "education",
    "embassy",
    "energy",
    "environment",
    "executive",
    "federal",
    "finance",
    "first",
    "foreign",
    "former",
    "general",
    "government",
    "health",
    "industry",
    "information",
    "intelligence",
    "interim",
    "interior",
    "junior",
    "justice",
    "labor",
    "labour",
    "lead",
    "leading",
    "local",
    "military",
    "ministry",
    "national",
    "naval",
    "new",
    "opposition",
    "outgoing",
    "party",
    "permanent",
    "police",
    "political",
    "presidential",
    "press",
    "prime",
    "principal",
    "regional",
    "security",
    "senior",
    "special",
    "sports",
    "state",
    "top",
    "trade",
    "transport",
    "treasury",
    "union",
    "veteran",
    "vice",
];

/// Words after which a capitalised name follows: "Mr. Smith", "Dr. Ost".

/// Words after which a capitalised name follows: "Mr. Smith", "Dr Ost".
pub const HONORIFICS: &[&str] = &[
    "adm", "capt", "col", "dame", "dr", "gen", "lady", "lord", "lt", "madam", "maj", "miss", "mr", "mrs", "ms",
    "prof", "rev", "sen", "sheikh", "sir",
];

/// Honorifics that tell a person's gender.
pub const FEMININE: &[&str] = &[
    "chairwoman",
    "congresswoman",
    "dame",
    "lady",
    "madam",
    "miss",
    "mrs",
    "ms",
    "princess",
    "queen",
    "spokeswoman",
];
pub const MASCULINE: &[&str] = &[
    "chairman",
    "congressman",
    "king",
    "lord",
    "mr",
    "prince",
    "sir",
    "spokesman",
];

/// Nouns that make a name an organisation's ("Ministry", "Embassy").
pub const ORG_HEADS: &[&str] = &[
    "academy", "administration", "agency", "alliance", "army", "assembly", "association", "authorities",
    "authority", "bank", "bloc", "board", "bureau", "cabinet", "center", "centre", "chamber", "club", "coalition",
    "command", "commission", "committee", "company", "congress", "consulate", "corporation", "council", "court",
    "delegation", "department", "directorate", "duma", "embassy", "federation", "forces", "forum", "foundation",
    "fund", "government", "group", "guard", "house", "inc", "institute", "kremlin", "league", "ministry", "mission",
    "movement", "navy", "office", "organisation", "organization", "palace", "parliament", "party", "pentagon",
    "police", "presidency", "regulator", "secretariat", "senate", "service", "side", "union", "university",
    "watchdog",
];

/// Organisation heads that a lower-case definite description may use to
/// refer back to a named organisation ("the ministry", "the embassy").
pub const ORG_ANAPHORS: &[&str] = &[
    "administration", "agency", "alliance", "association", "authorities", "bank", "bloc", "cabinet", "center",
    "centre", "commission", "committee", "company", "council", "court", "delegation", "department", "embassy",
    "federation", "foundation", "government", "group", "institute", "kremlin", "ministry", "mission", "office",
    "organisation", "organization", "parliament", "party", "presidency", "regulator", "secretariat", "side",
    "union", "watchdog",
];

/// Capitalised words that are never part of a name, wherever they stand.
pub const NOT_NAMES: &[&str] = &[
    "a",
    "about",
    "according",
    "additionally",
    "after",
    "afterwards",
    "again",
    "against",
    "all",
    "already",
    "also",
    "although",
    "among",
    "an",
    "and",
    "another",
    "any",
    "are",
    "as",
    "asked",
    "at",
    "because",
    "before",
    "being",
    "both",
    "but",
    "by",
    "despite",
    "during",
    "each",
    "earlier",
    "either",
    "even",
    "every",
    "for",
    "from",
    "further",
    "furthermore",
    "he",
    "her",
    "here",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "instead",
    "is",
    "it",
    "its",
    "last",
    "later",
    "many",
    "meanwhile",
    "moreover",
    "most",
    "my",
    "neither",
    "nevertheless",
    "next",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "over",
    "previously",
    "rather",
    "separately",
    "she",
    "since",
    "so",
    "some",
    "speaking",
    "still",
    "subsequently",
    "such",
    "that",
    "the",
    "their",
    "then",
    "there",
    "therefore",
    "these",
    "they",
    "this",
    "those",
    "though",
    "thus",
    "to",
    "today",
    "tomorrow",
    "under",
    "unlike",
    "until",
    "we",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "why",
    "with",
    "within",
    "without",
    "yesterday",
    "yet",
    "you",
];

/// Lower-case words that may join capitalised words inside one name
/// ("Ministry of Foreign Affairs", "Ludwig van Beethoven").
pub const NAME_PARTICLES: &[&str] = &[
    "al", "bin", "da", "de", "del", "der", "di", "dos", "du", "el", "ibn", "la", "le", "van", "von",
];

/// Joiners allowed inside an organisation's name.
pub const ORG_JOINERS: &[&str] = &["and", "for", "of", "on"];

/// Determiners and possessive pronouns that may open a role or an
/// organisation description.
pub const DETERMINERS: &[&str] = &[
    "a", "an", "another", "her", "his", "its", "one", "the", "their", "this",
];

/// Personal pronouns that can be the subject of a reporting verb.
pub const PRONOUNS: &[(&str, super::Pronoun)] = &[
    ("he", super::Pronoun::He),
    ("it", super::Pronoun::It),
    ("she", super::Pronoun::She),
    ("they", super::Pronoun::They),
];

/// Prepositions that may attach a complement to a role ("ambassador to
/// China", "head of the agency", "spokesperson for the ministry").
pub const ROLE_PREPOSITIONS: &[&str] = &["at", "for", "in", "of", "to"];

/// Role nouns that are also adjectives ("official statistics", "chief
/// concern"): heads only when a verb, preposition or name follows.
pub const ATTRIBUTIVE_HEADS: &[&str] = &["chief", "deputy", "executive", "head", "leading", "official"];

/// Words that may follow a role noun that ends its noun phrase.
pub const FOLLOWERS_OF_HEADS: &[&str] = &[
    "added", "adds", "also", "and", "are", "at", "declined", "did", "does", "for", "from", "had", "has", "have",
    "in", "is", "of", "on", "or", "said", "says", "to", "told", "was", "were", "which", "who", "will", "with",
    "would",
];

/// Nouns that make a capitalised word before them a place: "Dasht province".
pub const PLACE_NOUNS: &[&str] = &["city", "county", "district", "oblast", "prefecture", "province", "region", "state", "territory", "town", "village"];
