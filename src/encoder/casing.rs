//! Casing classes: the default model's tokenizer lowercases, so each word piece also gets the
//! casing of its word as a token type id. `training/nerel_data.py` (`casing_class`) is the same
//! function; `tests/casing.rs` holds the two together on a fixture of tricky words.
//!
//! Scheme `nerel-casing-v2` is defined on Unicode properties that Rust's `char` and Python's
//! `str` both expose with the same meaning: `Lowercase`/`Uppercase` (`is_lowercase`,
//! `is_uppercase`), the general category `N*` (`is_numeric`), and `Alphabetic` only to tell
//! uncased letters (CJK, Arabic) from punctuation.

/// Number of casing classes (`type_vocab_size` of a casing model is at least this).
pub const CLASSES: usize = 7;
/// Class of special tokens and padding.
pub const SPECIAL: i64 = 0;
/// The scheme this module computes; a model trained with another one is refused at load time.
pub const SCHEME: &str = "nerel-casing-v2";

/// Casing class of a word: 1 lower, 2 Initial (or one capital), 3 ALLCAPS, 4 mIxed (or uncased
/// letters), 5 has a numeric char (`1`, `½`, `Ⅻ`), 6 no letters or digits.
pub fn class(word: &str) -> i64 {
    if word.chars().any(char::is_numeric) {
        return 5;
    }
    let upper: Vec<bool> = word
        .chars()
        .filter(|c| c.is_lowercase() || c.is_uppercase())
        .map(char::is_uppercase)
        .collect();
    // no cased letter: uncased letters (CJK, Arabic) are mixed, anything else punctuation
    letter_class(&upper).unwrap_or_else(|| {
        if word.chars().any(char::is_alphabetic) {
            4
        } else {
            6
        }
    })
}

/// Casing scheme a model was trained with (`casing.scheme` in `labels.json`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// `nerel-casing-v1`, of earlier model folders: letters are `Alphabetic` chars.
    V1,
    /// `nerel-casing-v2` ([`class`]).
    V2,
}

impl Scheme {
    /// The scheme named `name`, if this crate computes it.
    pub fn from_name(name: &str) -> Option<Scheme> {
        match name {
            "nerel-casing-v1" => Some(Scheme::V1),
            SCHEME => Some(Scheme::V2),
            _ => None,
        }
    }

    /// The class of `word` under this scheme.
    pub fn class(self, word: &str) -> i64 {
        match self {
            Scheme::V1 => class_v1(word),
            Scheme::V2 => class(word),
        }
    }
}

/// `nerel-casing-v1`: like [`class`] but on `Alphabetic` letters (which differ from Python's
/// `isalpha` on some chars); kept so that older model folders load.
fn class_v1(word: &str) -> i64 {
    if word.chars().any(char::is_numeric) {
        return 5;
    }
    let upper: Vec<bool> = word
        .chars()
        .filter(|c| c.is_alphabetic())
        .map(char::is_uppercase)
        .collect();
    letter_class(&upper).unwrap_or(6)
}

/// Class of a word from whether each of its cased letters is upper case (`None`: no cased
/// letter): 1 all lower, 2 one capital first (or a single capital), 3 all capitals, 4 mixed.
fn letter_class(upper: &[bool]) -> Option<i64> {
    let (&first, rest) = upper.split_first()?;
    Some(if !upper.contains(&true) {
        1
    } else if !upper.contains(&false) {
        if rest.is_empty() {
            2
        } else {
            3
        }
    } else if first && !rest.contains(&true) {
        2
    } else {
        4
    })
}

/// Name of a class, as in `labels.json` (`casing.classes`) and `tests/data/casing.tsv`.
pub fn name(class: i64) -> &'static str {
    [
        "special", "lower", "initial", "allcaps", "mixed", "digit", "punct",
    ]
    .get(class as usize)
    .copied()
    .unwrap_or("?")
}

#[cfg(test)]
mod tests {
    use super::class;

    #[test]
    fn classes() {
        for (w, c) in [
            ("nato", 1),
            ("Lavrov", 2),
            ("I", 2),
            ("NATO", 3),
            ("McDonald", 4),
            ("1951", 5),
            ("G8", 5),
            (",", 6),
            ("Zürich", 2),
            ("東京", 4),
            ("Ⅻ", 5),
            ("½", 5),
        ] {
            assert_eq!(class(w), c, "{w}");
        }
    }
}
