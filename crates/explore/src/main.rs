//! `explore`: prints the statements of a news article.
//!
//! ```text
//! explore [--json] [--published YYYY-MM-DD] FILE|-
//! ```
//!
//! Without `--json` it prints a readable timeline; with it, the statements
//! JSON (see `statements-json.md`). `-` reads standard input. Problems with
//! the input get one line on standard error and a non-zero exit status:
//! 2 for a wrong command line, 1 for anything about the input.

use std::io::{self, Read, Write};
use std::process::ExitCode;

mod timeline;

/// Inputs larger than this are refused rather than read.
const MAX_BYTES: u64 = 64 * 1024 * 1024;

const USAGE: &str = "usage: explore [--json] [--published YYYY-MM-DD] FILE|-";

struct Args {
    json: bool,
    published: Option<engine::Date>,
    /// The file as given (any bytes the system allows), or "-".
    file: std::ffi::OsString,
}

fn parse_args() -> Result<Args, String> {
    let mut json = false;
    let mut published = None;
    let mut file = None;
    // Arguments as the system gives them: a file name need not be UTF-8.
    let mut it = std::env::args_os().skip(1);
    while let Some(raw) = it.next() {
        let a = raw.to_string_lossy();
        match a.as_ref() {
            "--json" => json = true,
            "--published" => {
                let v = it.next().ok_or("--published needs a date (YYYY-MM-DD)")?;
                let v = v.to_string_lossy();
                published = Some(
                    engine::Date::parse_iso(&v)
                        .ok_or_else(|| format!("--published: '{v}' is not a date (YYYY-MM-DD)"))?,
                );
            }
            "-h" | "--help" => return Err(String::new()),
            _ if a.starts_with("--") => return Err(format!("unknown option '{a}'")),
            _ if file.is_some() => return Err("give one file".into()),
            _ => file = Some(raw),
        }
    }
    Ok(Args {
        json,
        published,
        file: file.ok_or("no file given (use - for standard input)")?,
    })
}

/// Reads the input, refusing directories and oversized files.
fn read_input(path: &std::ffi::OsStr) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    let file = std::path::Path::new(path).display();
    if path == "-" {
        io::stdin()
            .take(MAX_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
    } else {
        let meta = std::fs::metadata(path)
            .map_err(|e| format!("cannot read {file}: {}", describe_io(&e)))?;
        if meta.is_dir() {
            return Err(format!("{file} is a directory, not an article"));
        }
        if meta.len() > MAX_BYTES {
            return Err(format!(
                "{file} is too large ({} MB; the limit is {} MB)",
                meta.len() / (1024 * 1024),
                MAX_BYTES / (1024 * 1024)
            ));
        }
        let f = std::fs::File::open(path)
            .map_err(|e| format!("cannot read {file}: {}", describe_io(&e)))?;
        f.take(MAX_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read {file}: {}", describe_io(&e)))?;
    }
    if bytes.len() as u64 > MAX_BYTES {
        return Err(format!(
            "the input is too large (the limit is {} MB)",
            MAX_BYTES / (1024 * 1024)
        ));
    }
    Ok(bytes)
}

fn describe_io(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

fn run() -> Result<(), (u8, String)> {
    let args = parse_args().map_err(|e| {
        (
            2,
            if e.is_empty() {
                USAGE.to_string()
            } else {
                format!("{e}\n{USAGE}")
            },
        )
    })?;
    let bytes = read_input(&args.file).map_err(|e| (1, e))?;
    let shown = std::path::Path::new(&args.file).display().to_string();
    let name = if args.file == "-" {
        "standard input"
    } else {
        &shown
    };
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let bytes = e.into_bytes();
            if bytes.contains(&0) {
                return Err((
                    1,
                    format!("{name}: this is not text (it looks like a binary file)"),
                ));
            }
            eprintln!(
                "explore: warning: {name} is not valid UTF-8; undecodable bytes were replaced"
            );
            String::from_utf8_lossy(&bytes).into_owned()
        }
    };
    let options = engine::Options {
        published: args.published,
    };
    let analysis =
        engine::analyze_with(&text, &options).map_err(|e| (1, format!("{name}: {e}")))?;
    let out = if args.json {
        let mut s = serde_json::to_string_pretty(&analysis).map_err(|e| (1, e.to_string()))?;
        s.push('\n');
        s
    } else {
        timeline::render(&analysis)
    };
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(out.as_bytes())
        .and_then(|_| stdout.flush())
    {
        Ok(()) => Ok(()),
        // A closed pipe (`explore f | head`) is not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err((1, format!("cannot write output: {e}"))),
    }
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err((code, msg)) => {
            eprintln!("explore: {msg}");
            ExitCode::from(code)
        }
    }
}
