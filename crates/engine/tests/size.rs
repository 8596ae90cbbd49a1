//! The engine ships in the web page, whose weight has a budget (issue 6).
//! A few standard-library calls cost far more there than they look: this
//! test finds them in the engine's code (tests and comments aside) and
//! names the small replacement.

const COSTLY: &[(&str, &str)] = &[
    (
        ".to_lowercase()",
        "Unicode case tables, some 10 KB gzip: use text::lowercase, text::lower or Case::lowercase",
    ),
    (
        ".to_uppercase()",
        "Unicode case tables: use text::uppercase or text::upper",
    ),
    (".is_uppercase()", "Unicode tables: use text::is_upper"),
    (".is_lowercase()", "Unicode tables: use text::is_lower"),
    ("char::is_uppercase", "Unicode tables: use text::is_upper"),
    ("char::is_lowercase", "Unicode tables: use text::is_lower"),
    (".is_alphabetic()", "Unicode tables: use text::is_letter"),
    ("char::is_alphabetic", "Unicode tables: use text::is_letter"),
    (".is_alphanumeric()", "Unicode tables: use text::is_alnum"),
    (
        "char::is_alphanumeric",
        "Unicode tables: use text::is_alnum",
    ),
    (
        "HashMap",
        "a copy of the hash table per key type, and SipHash: use keys::Map",
    ),
    (
        "HashSet",
        "a copy of the hash table per key type, and SipHash: use keys::Keys",
    ),
];

#[test]
fn the_engine_avoids_calls_that_weigh_on_the_web_page() {
    let mut found = Vec::new();
    let mut files = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") || path.ends_with("tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        // Unit tests sit at the end of a file, after `#[cfg(test)]`.
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for (n, line) in code.lines().enumerate() {
            let line = line.split("//").next().unwrap_or("");
            for (call, why) in COSTLY {
                if line.contains(call) {
                    found.push(format!("{}:{}: {call}: {why}", path.display(), n + 1));
                }
            }
        }
    }
    assert!(found.is_empty(), "\n{}", found.join("\n"));
}
