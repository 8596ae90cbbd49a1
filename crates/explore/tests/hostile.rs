//! The native command on hostile input beyond `cli.rs`: 100 MB streams,
//! FIFOs, closed pipes, byte-order marks, UTF-16, control characters, odd
//! file names. Each gets a clear one-line message and the right exit status
//! (1 for the input, 2 for the command line), or a normal result; never a
//! panic.

use std::io::Write;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const SEED: &str = "../../articles/russia-china-denisov-2020-12-29.txt";
const SHORT: &[u8] =
    b"Talks Resume\n\nTalks will resume soon, Foreign Minister Anna Berg said on Tuesday.\n";

fn explore<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_explore"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

/// Runs the command with `input` written to its standard input from another
/// thread; the command may stop reading early (a broken pipe is expected).
fn explore_stdin(args: &[&str], input: Vec<u8>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_explore"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn dir() -> PathBuf {
    let d = std::env::temp_dir().join(format!("explore-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn temp(name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir().join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// One line on stderr, starting with the command's name, nothing on stdout,
/// and no panic.
fn assert_one_line_error(o: &Output, code: i32, needle: &str) {
    let e = stderr(o);
    assert_eq!(o.status.code(), Some(code), "stderr: {e}");
    assert_eq!(e.trim_end().lines().count(), 1, "not one line: {e}");
    assert!(e.starts_with("explore: "), "{e}");
    assert!(e.contains(needle), "{e:?} lacks {needle:?}");
    assert!(!e.contains("panicked"), "{e}");
    assert!(o.stdout.is_empty());
}

/// A usage error: exit status 2, the message, then the usage line.
fn assert_usage_error(o: &Output, needle: &str) {
    let e = stderr(o);
    assert_eq!(o.status.code(), Some(2), "stderr: {e}");
    assert!(e.starts_with("explore: "), "{e}");
    assert!(e.contains(needle), "{e:?} lacks {needle:?}");
    assert!(e.contains("usage: explore"), "{e}");
    assert!(!e.contains("panicked"), "{e}");
    assert!(o.stdout.is_empty());
}

fn json(o: &Output) -> serde_json::Value {
    assert!(o.status.success(), "{}", stderr(o));
    serde_json::from_slice(&o.stdout).unwrap()
}

fn mkfifo(name: &str) -> PathBuf {
    let p = dir().join(name);
    let _ = std::fs::remove_file(&p);
    let ok = Command::new("mkfifo").arg(&p).status().unwrap().success();
    assert!(ok, "mkfifo failed");
    p
}

/// Writes `bytes` into the FIFO at `p` from another thread (opening a FIFO
/// for writing blocks until a reader opens it).
fn feed_fifo(p: &Path, bytes: Vec<u8>) -> std::thread::JoinHandle<()> {
    let p = p.to_path_buf();
    std::thread::spawn(move || {
        if let Ok(mut f) = std::fs::OpenOptions::new().write(true).open(&p) {
            let _ = f.write_all(&bytes);
        }
    })
}

#[test]
fn a_100_mb_stream_on_standard_input_is_refused_with_one_line() {
    let o = explore_stdin(&["--json", "-"], vec![b'a'; 100 * 1024 * 1024]);
    assert_one_line_error(&o, 1, "too large");
}

#[test]
fn a_100_mb_stream_through_a_fifo_is_refused_with_one_line() {
    // A FIFO has no length to check beforehand: the limit applies while reading.
    let p = mkfifo("big.fifo");
    let w = feed_fifo(&p, vec![b'a'; 100 * 1024 * 1024]);
    let o = explore(&["--json", p.to_str().unwrap()]);
    w.join().unwrap();
    assert_one_line_error(&o, 1, "too large");
}

#[test]
fn an_article_through_a_fifo_is_read() {
    let p = mkfifo("article.fifo");
    let text = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(SEED)).unwrap();
    let w = feed_fifo(&p, text);
    let o = explore(&["--json", p.to_str().unwrap()]);
    w.join().unwrap();
    assert_eq!(json(&o)["statements"].as_array().unwrap().len(), 9);
}

#[test]
fn no_standard_input_and_dev_null_are_empty() {
    assert_one_line_error(&explore(&["--json", "-"]), 1, "empty");
    assert_one_line_error(&explore(&["--json", "/dev/null"]), 1, "empty");
}

#[test]
fn a_closed_output_pipe_is_not_an_error() {
    // `explore FILE | head -0`: the reader went away before the output was written.
    let mut child = Command::new(env!("CARGO_BIN_EXE_explore"))
        .args(["--json", SEED])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
}

#[test]
fn a_utf8_byte_order_mark_is_read_like_the_same_file_without_it() {
    let mut bom = b"\xef\xbb\xbf".to_vec();
    bom.extend_from_slice(SHORT);
    let with = json(&explore(&[
        "--json",
        temp("bom.txt", &bom).to_str().unwrap(),
    ]));
    let without = json(&explore(&[
        "--json",
        temp("nobom.txt", SHORT).to_str().unwrap(),
    ]));
    assert!(with["warnings"].is_null() || !with["warnings"].to_string().contains("UTF-8"));
    let texts = |v: &serde_json::Value| -> Vec<String> {
        v["statements"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["text"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(texts(&with), texts(&without));
    assert_eq!(texts(&with), ["Talks will resume soon"]);
    assert_eq!(with["speakers"], without["speakers"]);
}

#[test]
fn utf16_files_are_refused_as_not_text() {
    // UTF-16 is not decoded: every ASCII character brings a NUL byte, so the
    // file is refused as binary with one line, whichever the byte order.
    let text = std::str::from_utf8(SHORT).unwrap();
    let le: Vec<u8> = [0xff, 0xfe]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let be: Vec<u8> = [0xfe, 0xff]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    let bare: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    for (name, bytes) in [("le.txt", le), ("be.txt", be), ("bare.txt", bare)] {
        let p = temp(name, &bytes);
        assert_one_line_error(&explore(&["--json", p.to_str().unwrap()]), 1, "not text");
        assert_one_line_error(&explore(&[p.to_str().unwrap()]), 1, "not text");
        assert_one_line_error(&explore_stdin(&["--json", "-"], bytes), 1, "not text");
    }
}

#[test]
fn control_characters_without_nul_are_refused_as_not_text() {
    let bytes: Vec<u8> = (0..4000u32)
        .map(|i| [0x01, 0x02, b'a', 0x1b, 0x7f, 0x10][i as usize % 6])
        .collect();
    assert_one_line_error(
        &explore(&["--json", temp("controls.bin", &bytes).to_str().unwrap()]),
        1,
        "not text",
    );
}

#[test]
fn bytes_that_are_mostly_not_utf8_are_decoded_with_one_warning() {
    // High bytes and no NUL: decoded lossily, one warning line, an analysis.
    let bytes: Vec<u8> = (0..20_000u32)
        .map(|i| 0x80 + (i * 37 % 0x7f) as u8)
        .collect();
    let o = explore(&["--json", temp("latin.txt", &bytes).to_str().unwrap()]);
    let e = stderr(&o);
    assert_eq!(
        e.lines().filter(|l| l.contains("not valid UTF-8")).count(),
        1,
        "{e}"
    );
    assert!(!e.contains("panicked"), "{e}");
    json(&o);
}

#[test]
fn hostile_text_gives_a_readable_timeline_without_panicking() {
    let rtl = "عنوان\n\n«المحادثات سارت على ما يرام» قال الوزير يوم الثلاثاء.\n\n\u{202e}“Talks went well,” Anna Berg said on Tuesday.\u{202c}\n";
    let quotes = format!("Quotes\n\n{}\n", "“«„『「‹‘\"".repeat(10_000));
    let lines = format!("{}\n", "Berg said talks went well and ".repeat(2_000));
    for (name, text) in [
        ("rtl.txt", rtl.to_string()),
        ("quotes.txt", quotes),
        ("line.txt", lines),
    ] {
        let p = temp(name, text.as_bytes());
        let o = explore(&[p.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(0), "{name}: {}", stderr(&o));
        assert!(
            String::from_utf8(o.stdout).is_ok(),
            "{name}: output is not UTF-8"
        );
        json(&explore(&["--json", p.to_str().unwrap()]));
    }
}

#[test]
fn impossible_dates_and_malformed_command_lines_are_usage_errors() {
    let p = temp("short.txt", SHORT);
    let p = p.to_str().unwrap();
    for date in [
        "2021-02-30",
        "2021-13-01",
        "2021-00-10",
        "99999999-01-01",
        "",
        "2021-1-1x",
        "２０２１-01-01",
    ] {
        assert_usage_error(&explore(&["--published", date, p]), "not a date");
    }
    assert_usage_error(&explore(&[p, "--published"]), "needs a date");
    assert_usage_error(&explore(&[p, p]), "one file");
    assert_usage_error(&explore(&["--json=yes", p]), "unknown option");
}

#[test]
fn a_symlink_loop_is_refused_with_one_line() {
    let p = dir().join("loop.txt");
    let _ = std::fs::remove_file(&p);
    std::os::unix::fs::symlink(&p, &p).unwrap();
    assert_one_line_error(&explore(&["--json", p.to_str().unwrap()]), 1, "cannot read");
}

#[test]
fn a_file_name_that_is_not_utf8_gets_a_one_line_error() {
    let name = std::ffi::OsStr::from_bytes(b"/no/such/\xff.txt");
    let o = explore(&[std::ffi::OsStr::new("--json"), name]);
    assert_one_line_error(&o, 1, "no such file");
}
