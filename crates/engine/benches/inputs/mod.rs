//! The inputs of the engine benchmarks, made at run time (nothing generated
//! is committed). Shared, as source, by the native benchmark
//! (`benches/engine.rs`) and the wasm measurement
//! (`crates/engine-bench-wasm`), so both time the engine on the very same
//! bytes; [`fnv1a`] of each input is printed by both to show it.
//!
//! Everything here is deterministic: the same articles give the same inputs.

/// Bytes in the "1 MB" inputs (a mebibyte; MB/s figures are 10^6 bytes/s).
pub const MB: usize = 1 << 20;

/// Every input, in report order: `(name, what it is)`.
pub const INPUTS: &[(&str, &str)] = &[
    ("seed", "the default article (2.4 KB)"),
    (
        "corpus-1mb",
        "the corpus and holdout articles, repeated to 1 MiB",
    ),
    (
        "corpus-10mb",
        "the corpus and holdout articles, repeated to 10 MiB",
    ),
    (
        "unclosed-quotes",
        "1 MiB of paragraphs whose quotations never close",
    ),
    (
        "short-sentences",
        "one paragraph of 100,000 short sentences",
    ),
    (
        "speakers-10k",
        "10,000 distinct named speakers, each referred to again by role",
    ),
    ("no-spaces", "a title and one 1 MiB line without a space"),
];

/// The input called `name`: `seed` is the default article, `articles` the
/// texts of the corpus and holdout articles (in file-name order).
pub fn input(name: &str, seed: &str, articles: &[&str]) -> Option<String> {
    Some(match name {
        "seed" => seed.to_string(),
        "corpus-1mb" => many_articles(articles, MB),
        "corpus-10mb" => many_articles(articles, 10 * MB),
        "unclosed-quotes" => unclosed_quotes(MB),
        "short-sentences" => short_sentences(100_000),
        "speakers-10k" => speakers(10_000),
        "no-spaces" => no_spaces(MB),
        _ => return None,
    })
}

/// Lines that end an article: the engine stops reading at the first one
/// (what follows is a list of other stories). A copy of the engine's
/// `layout::rules::CUTOFF_PREFIXES`, which is private.
const CUTOFF_PREFIXES: &[&str] = &[
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

/// An article without its trailing page furniture ("More Stories From …"
/// and the links after it). Without this, a concatenation would be read
/// only up to the first such line and the benchmark would time little more
/// than the layout stage skipping the rest.
pub fn without_furniture(article: &str) -> &str {
    let mut end = 0;
    for line in article.split_inclusive('\n') {
        let t = line.trim();
        let lower: String = t.chars().take(24).flat_map(char::to_lowercase).collect();
        if CUTOFF_PREFIXES.iter().any(|p| lower.starts_with(p))
            && t.split_whitespace().count() <= 12
        {
            break;
        }
        end += line.len();
    }
    article[..end].trim()
}

/// The articles, each without its furniture, one after another with a blank
/// line between, repeated until the text is at least `len` bytes.
pub fn many_articles(articles: &[&str], len: usize) -> String {
    assert!(!articles.is_empty(), "no articles to build the input from");
    let mut out = String::with_capacity(len + 16 * 1024);
    for a in articles.iter().cycle() {
        if out.len() >= len {
            break;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(without_furniture(a));
    }
    out
}

/// Paragraphs of eight sentences, each opening a quotation (straight or
/// curly) that never closes, until the text is at least `len` bytes.
pub fn unclosed_quotes(len: usize) -> String {
    let mut out = String::with_capacity(len + 1024);
    let mut i = 0usize;
    while out.len() < len {
        if i > 0 {
            out.push_str(if i % 8 == 0 { "\n\n" } else { " " });
        }
        let (open, who) = match i % 4 {
            0 => ("\"", "the minister said"),
            1 => ("\u{201c}", "officials said"),
            2 => ("\"", "she told reporters"),
            _ => ("\u{201c}", "the spokesman added"),
        };
        out.push_str(&format!(
            "On Tuesday {who} {open}the plan number {i} would work and nobody objected."
        ));
        i += 1;
    }
    out
}

/// One paragraph (no line break) of `n` short sentences, some of them
/// attributed.
pub fn short_sentences(n: usize) -> String {
    const SENTENCES: &[&str] = &[
        "It rained.",
        "Prices rose.",
        "Ann Lee said so.",
        "He agreed.",
        "\"No,\" she said.",
        "Talks ended.",
        "The minister said it.",
        "Nobody came.",
    ];
    let mut out = String::with_capacity(n * 12);
    for i in 0..n {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(SENTENCES[i % SENTENCES.len()]);
    }
    out
}

const SYLLABLES: &[&str] = &[
    "ka", "lo", "mi", "ren", "tas", "vor", "bel", "din", "sa", "nor", "quil", "zed", "ar", "po",
    "lun", "esh",
];

/// A name no table knows, different for every `i` below 16^5.
fn name(i: usize) -> String {
    let s = |k: u32| SYLLABLES[(i >> (4 * k)) & 15];
    let cap = |w: String| {
        let mut c = w.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect::<String>())
            .unwrap_or_default()
    };
    format!(
        "{} {}",
        cap(format!("{}{}", s(0), s(1))),
        cap(format!("{}{}{}", s(2), s(3), s(4)))
    )
}

/// `n` distinct people, each named with a role and then referred to by the
/// role alone, five people to a paragraph.
pub fn speakers(n: usize) -> String {
    let mut out = String::with_capacity(n * 150);
    for i in 0..n {
        if i > 0 {
            out.push_str(if i % 5 == 0 { "\n\n" } else { " " });
        }
        out.push_str(&format!(
            "Deputy Minister {} said on Tuesday that the talks had gone well. The minister added that more talks would follow.",
            name(i)
        ));
    }
    out
}

/// A title, then one line of `len` letters and no space. (Alone, the line
/// would be read as the title, and the engine would have no body to read.)
pub fn no_spaces(len: usize) -> String {
    let mut out = String::from("A line without spaces\n\n");
    out.extend((0..len).map(|i| (b'a' + (i % 26) as u8) as char));
    out
}

/// A 64-bit FNV-1a hash of the input, printed to show that the native and
/// the wasm measurements read the same bytes.
pub fn fnv1a(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
    })
}
