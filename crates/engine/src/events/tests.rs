use super::*;

#[test]
fn every_venue_noun_is_found_with_its_kind() {
    let mut nouns: Vec<&str> = VENUE_NOUNS.words.iter().collect();
    nouns.sort();
    assert_eq!(nouns.len(), VENUE_NOUNS.values.len());
    for (i, w) in nouns.into_iter().enumerate() {
        assert_eq!(
            calendar::lookup(VENUE_NOUNS, w),
            Some(VENUE_NOUNS.values[i])
        );
    }
}
