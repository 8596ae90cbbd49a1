use super::*;

#[test]
fn tables_are_sorted() {
    assert!(VENUE_NOUNS.windows(2).all(|w| w[0].0 < w[1].0));
}
