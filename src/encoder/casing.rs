//! Casing classes: the default model's tokenizer lowercases, so each word piece also gets the
//! casing of its word as a token type id. training/train.py (`casing_class`) computes the same.

/// Number of casing classes (`type_vocab_size` of a casing model is at least this).
pub const CLASSES: usize = 7;
/// Class of special tokens and padding.
pub const SPECIAL: i64 = 0;

/// Casing class of a word: 1 lower, 2 Initial (or one capital), 3 ALLCAPS, 4 mIxed,
/// 5 has a digit, 6 no letters or digits.
pub fn class(word: &str) -> i64 {
    if word.chars().any(|c| c.is_numeric()) {
        return 5;
    }
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    let Some(first) = letters.next() else { return 6 };
    let rest: Vec<char> = letters.collect();
    let all = || std::iter::once(first).chain(rest.iter().copied());
    if all().all(|c| !c.is_uppercase()) {
        1
    } else if all().all(|c| c.is_uppercase()) {
        if rest.is_empty() { 2 } else { 3 }
    } else if first.is_uppercase() && rest.iter().all(|c| !c.is_uppercase()) {
        2
    } else {
        4
    }
}

#[cfg(test)]
mod tests {
    use super::class;

    #[test]
    fn classes() {
        for (w, c) in [("nato", 1), ("Lavrov", 2), ("I", 2), ("NATO", 3), ("McDonald", 4), ("1951", 5), ("G8", 5), (",", 6), ("Zürich", 2), ("東京", 1)] {
            assert_eq!(class(w), c, "{w}");
        }
    }
}
