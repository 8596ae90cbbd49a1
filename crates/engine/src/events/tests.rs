use super::*;

#[test]
fn every_venue_noun_is_found_with_its_kind() {
    for (i, w) in VENUE_NOUNS.words.iter().enumerate() {
        assert_eq!(
            calendar::lookup(VENUE_NOUNS, w),
            Some(VENUE_NOUNS.values[i])
        );
    }
}
