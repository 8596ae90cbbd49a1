//! The engine in WebAssembly, for timing only: `scripts/bench.sh` builds this
//! crate for wasm32-unknown-unknown (at opt-level "z" as the app ships, and
//! at 3), and `bench.mjs` times [`run`] in node on the inputs of the native
//! benchmark, made by the same code (`crates/engine/benches/inputs`).
//!
//! The input is made and kept inside the module ([`prepare`]), so what is
//! timed is the engine alone, as natively, not the copying of a string
//! between JavaScript and wasm.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

#[path = "../../engine/benches/inputs/mod.rs"]
mod inputs;

thread_local! {
    static INPUT: RefCell<String> = const { RefCell::new(String::new()) };
}

/// The names of the inputs, in report order.
#[wasm_bindgen]
pub fn input_names() -> Vec<String> {
    inputs::INPUTS.iter().map(|(n, _)| n.to_string()).collect()
}

/// Makes the input called `name` from the default article `seed` and the
/// corpus and holdout `articles` (in file-name order, joined by NUL
/// characters) and keeps it for [`run`]. Gives its length in bytes, or 0 for
/// an unknown name.
#[wasm_bindgen]
pub fn prepare(name: &str, seed: &str, articles: &str) -> usize {
    let refs: Vec<&str> = articles.split('\0').collect();
    let text = inputs::input(name, seed, &refs).unwrap_or_default();
    let len = text.len();
    INPUT.with(|i| *i.borrow_mut() = text);
    len
}

/// FNV-1a of the prepared input, as 16 hex digits (the native benchmark
/// prints the same).
#[wasm_bindgen]
pub fn input_hash() -> String {
    INPUT.with(|i| format!("{:x}", inputs::fnv1a(&i.borrow())))
}

/// Analyses the prepared input; gives the number of statements found
/// (or -1 when the engine refuses the input).
#[wasm_bindgen]
pub fn run() -> i32 {
    INPUT.with(|i| engine::analyze(&i.borrow()).map_or(-1, |a| a.statements.len() as i32))
}

/// Analyses `text`; gives the number of statements found (or -1 when the
/// engine refuses the input). For timing with a string from JavaScript.
#[wasm_bindgen]
pub fn count_statements(text: &str) -> i32 {
    engine::analyze(text).map_or(-1, |a| a.statements.len() as i32)
}
