//! The parts of the page, each drawn from the analysis and the reader's
//! choices ([`crate::app::ViewState`]).

pub mod article;
pub mod filters;
pub mod header;
pub mod overview;
pub mod timeline;

/// "1 statement", "7 statements".
pub fn count(n: usize, one: &str, many: &str) -> String {
    let mut s = n.to_string();
    s.push(' ');
    s.push_str(if n == 1 { one } else { many });
    s
}
