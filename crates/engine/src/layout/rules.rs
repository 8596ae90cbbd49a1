//! The layout stage's tables: how header lines, author lines and page
//! furniture announce themselves. All entries are lower case.

/// A header line that starts with one of these carries the publication date.
pub const DATE_LINE_PREFIXES: &[&str] = &[
    "published",
    "posted",
    "updated",
    "last updated",
    "first published",
    "date",
];

/// Lines that name the author or desk rather than say anything.
pub const AUTHOR_PREFIXES: &[&str] = &["by ", "author:", "written by ", "reported by "];

/// Whole lines that are bylines of a desk.
pub const DESK_LINES: &[&str] = &[
    "agencies",
    "news desk",
    "our correspondent",
    "staff reporter",
    "staff writer",
    "web desk",
    "wire services",
];

/// A line starting with one of these ends the article: what follows is a
/// list of other stories, links or legal notices.
pub const CUTOFF_PREFIXES: &[&str] = &[
    "also read",
    "latest news",
    "more from",
    "more news",
    "more stories",
    "most popular",
    "most read",
    "read also",
    "read more",
    "recommended",
    "related articles",
    "related news",
    "related stories",
    "related:",
    "see also",
    "top stories",
    "trending",
    "you may also like",
];

/// A line starting with one of these is furniture, but the article may go on.
/// "Read more: " with a headline after it is a link inside the story (a
/// bare "Read more" line still ends it).
pub const FURNITURE_PREFIXES: &[&str] = &[
    "(editing by",
    "(reporting by",
    "advertisement",
    "all rights reserved",
    "click here",
    "copyright",
    "editing by",
    "follow us",
    "photo:",
    "read more: ",
    "reporting by",
    "share this",
    "sign up",
    "source:",
    "subscribe",
    "tags:",
    "©",
];

/// Punctuation that may separate a dateline from the story ("MOSCOW - ...").
pub const DATELINE_DASHES: &[char] = &['-', '–', '—', ':'];
