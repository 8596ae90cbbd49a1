//! Arbitrary bytes, decoded lossily as the native command does, through
//! `engine::analyze`: no panic, and every invariant of an analysis holds.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../crates/engine/tests/common/mod.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let result = engine::analyze(&text);
    common::check(&text, &result);
});
