//! The native command on good and bad input: a clear one-line message and
//! the right exit status, never a panic.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const SEED: &str = "../../articles/russia-china-denisov-2020-12-29.txt";

fn explore(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_explore"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

fn explore_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_explore"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn temp(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("explore-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// One line on stderr, starting with the command's name, and no panic.
fn assert_one_line_error(o: &Output, code: i32, needle: &str) {
    assert_eq!(o.status.code(), Some(code), "stderr: {}", stderr(o));
    let e = stderr(o);
    assert_eq!(e.trim_end().lines().count(), 1, "not one line: {e}");
    assert!(e.starts_with("explore: "), "{e}");
    assert!(e.contains(needle), "{e:?} lacks {needle:?}");
    assert!(!e.contains("panicked"), "{e}");
    assert!(o.stdout.is_empty());
}

#[test]
fn json_for_the_default_article() {
    let o = explore(&["--json", SEED]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["statements"].as_array().unwrap().len(), 9);
    assert_eq!(v["events"].as_array().unwrap().len(), 3);
    assert_eq!(v["article"]["published"], "2020-12-29");
}

#[test]
fn readable_timeline_without_json() {
    let o = explore(&[SEED]);
    assert!(o.status.success());
    let text = String::from_utf8(o.stdout).unwrap();
    let valdai = text.find("October 2020 — Valdai Discussion Club").unwrap();
    let reply = text.find("After October 2020").unwrap();
    let press = text
        .find("Tuesday, 29 December 2020 — Press conference")
        .unwrap();
    assert!(valdai < reply && reply < press, "{text}");
}

#[test]
fn dash_reads_standard_input() {
    let text = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(SEED)).unwrap();
    let o = explore_stdin(&["--json", "-"], &text);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["statements"].as_array().unwrap().len(), 9);
}

#[test]
fn published_option_resolves_relative_dates() {
    let p = temp(
        "nodate.txt",
        b"Talks Resume\n\nTalks will resume soon, Foreign Minister Anna Berg said on Tuesday.\n",
    );
    let o = explore(&["--json", "--published", "2021-03-04", p.to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["statements"][0]["date"]["start"], "2021-03-02");
}

#[test]
fn empty_and_blank_files_are_refused() {
    assert_one_line_error(
        &explore(&["--json", temp("empty.txt", b"").to_str().unwrap()]),
        1,
        "empty",
    );
    assert_one_line_error(
        &explore(&["--json", temp("blank.txt", b"  \n\t\n").to_str().unwrap()]),
        1,
        "empty",
    );
    assert_one_line_error(&explore_stdin(&["-"], b""), 1, "empty");
}

#[test]
fn binary_files_are_refused() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
    assert_one_line_error(
        &explore(&["--json", temp("image.png", png).to_str().unwrap()]),
        1,
        "not text",
    );
    let elf = [
        0x7f, b'E', b'L', b'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0,
    ];
    assert_one_line_error(
        &explore(&["--json", temp("prog", &elf).to_str().unwrap()]),
        1,
        "not text",
    );
}

#[test]
fn invalid_utf8_is_decoded_lossily_with_a_warning() {
    let mut bytes =
        b"Title\n\nTalks went well, Foreign Minister Anna Berg said on Tuesday in Caf".to_vec();
    bytes.extend([0xe9, b'.', b'\n']);
    let o = explore(&["--json", temp("latin1.txt", &bytes).to_str().unwrap()]);
    assert!(o.status.success());
    assert!(stderr(&o).contains("not valid UTF-8"), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["statements"][0]["text"], "Talks went well");
}

#[test]
fn directories_and_missing_files_are_refused() {
    assert_one_line_error(&explore(&["--json", "."]), 1, "is a directory");
    assert_one_line_error(&explore(&["--json", "no/such/file.txt"]), 1, "no such file");
}

#[test]
fn oversized_input_is_refused_before_reading() {
    let p = temp("huge.txt", b"");
    let f = std::fs::OpenOptions::new().write(true).open(&p).unwrap();
    f.set_len(100 * 1024 * 1024).unwrap(); // sparse: no 100 MB written
    assert_one_line_error(&explore(&["--json", p.to_str().unwrap()]), 1, "too large");
}

#[test]
fn wrong_command_lines_exit_with_status_2() {
    let o = explore(&[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("usage: explore"));
    let o = explore(&["--frobnicate", SEED]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown option"));
    let o = explore(&["--published", "yesterday", SEED]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn text_without_statements_is_not_an_error() {
    let o = explore(&[
        "--json",
        temp(
            "plain.txt",
            b"Weather\n\nIt rained all day in the capital.\n",
        )
        .to_str()
        .unwrap(),
    ]);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["statements"].as_array().unwrap().len(), 0);
    assert!(v["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|w| w.as_str().unwrap().contains("No statements")));
}
