//! Why the engine could not read an input.

use std::fmt;

/// An input the engine cannot analyse. Every other input gives an
/// [`Analysis`](crate::Analysis), perhaps with no statements and a warning.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Error {
    /// Nothing but white space.
    Empty,
    /// Control characters a text never has: a binary file.
    NotText,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Empty => f.write_str("the article is empty"),
            Error::NotText => f.write_str("this is not text (it looks like a binary file)"),
        }
    }
}

impl std::error::Error for Error {}
