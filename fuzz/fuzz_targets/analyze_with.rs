//! Arbitrary bytes through `engine::analyze_with` and a fixed publication
//! date, so relative dates are resolved and events dated: no panic, and
//! every invariant of an analysis holds.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../crates/engine/tests/common/mod.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let options = engine::Options {
        published: engine::Date::new(2021, 3, 4),
    };
    let result = engine::analyze_with(&text, &options);
    common::check(&text, &result);
});
