//! The relation lexicon: verbs, nouns, judgement cues, role titles and demonyms, as data.
//!
//! The built-in entries live in `lexicon.tsv` next to this file (embedded at compile time and
//! parsed once). See the [module docs](super) for the line format and how to extend it.

use std::collections::{HashMap, HashSet};
use std::str::FromStr;
use std::sync::OnceLock;

/// The built-in lexicon text.
const BUILTIN: &str = include_str!("lexicon.tsv");

/// What a verb or noun entry says about the relation it signals.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sense {
    /// Typed relation name, `None` when the word signals none (`say`).
    pub relation: Option<String>,
    /// Introduces reported speech (`say`, `tell`).
    pub speech: bool,
    /// `X and Y <verb>` relates X and Y.
    pub symmetric: bool,
    /// A judgement cue after the object types the relation (`called X a dictatorship`).
    pub label: bool,
    /// The passive's subject feels it, towards the agent (`Syria was dismayed by Netanyahu`:
    /// Syria – dismayed by – Netanyahu, not turned around like `was signed by`).
    pub experiencer: bool,
}

/// Verb, noun and cue entries mapping words onto the relation schema, plus role titles and
/// demonyms. Build one with [`Lexicon::builtin`], [`str::parse`] / [`Lexicon::from_str`], and
/// combine with [`Lexicon::merge`] or [`Lexicon::extend_from_str`] (later entries win).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lexicon {
    schema: HashMap<String, String>,
    verbs: HashMap<String, Sense>,
    nouns: HashMap<String, Sense>,
    cues: HashMap<String, String>,
    light: Vec<String>,
    titles: Vec<Vec<String>>,
    demonyms: HashMap<String, String>,
    /// Places with a demonym that are no state (`Chechnya`, flagged `region`).
    regions: HashSet<String>,
}

/// A malformed lexicon line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("lexicon line {line}: {message}")]
pub struct LexiconError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong with it.
    pub message: String,
}

impl Lexicon {
    /// The built-in lexicon (parsed once, on first use).
    pub fn builtin() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(|| BUILTIN.parse().unwrap_or_default())
    }

    /// Adds the entries of `other`; they replace entries for the same word.
    pub fn merge(&mut self, other: Lexicon) {
        self.schema.extend(other.schema);
        self.verbs.extend(other.verbs);
        self.nouns.extend(other.nouns);
        self.cues.extend(other.cues);
        for l in other.light {
            if !self.light.contains(&l) {
                self.light.push(l);
            }
        }
        for t in other.titles {
            if !self.titles.contains(&t) {
                self.titles.push(t);
            }
        }
        self.demonyms.extend(other.demonyms);
        self.regions.extend(other.regions);
    }

    /// Parses `text` (lexicon lines) and adds its entries, as [`Lexicon::merge`].
    pub fn extend_from_str(&mut self, text: &str) -> Result<(), LexiconError> {
        let other: Lexicon = text.parse()?;
        self.merge(other);
        Ok(())
    }

    /// Sense of a verb lemma (`sign`).
    pub fn verb(&self, lemma: &str) -> Option<&Sense> {
        self.verbs.get(lemma)
    }

    /// Sense of a noun, looked up as written (lower case) and singularised.
    pub fn noun(&self, word: &str) -> Option<&Sense> {
        let lower = word.to_lowercase();
        self.nouns
            .get(&lower)
            .or_else(|| self.nouns.get(&singular(&lower)))
    }

    /// Relation signalled by a judgement cue word (`dictatorship` → `criticize`).
    pub fn cue(&self, word: &str) -> Option<&str> {
        self.cues.get(&word.to_lowercase()).map(String::as_str)
    }

    /// Whether `lemma` is a light verb (`hold` in `held talks`).
    pub fn is_light(&self, lemma: &str) -> bool {
        self.light.iter().any(|l| l == lemma)
    }

    /// Role-title heads, each as lower-case words (`["secretary", "of", "state"]`).
    pub fn titles(&self) -> &[Vec<String>] {
        &self.titles
    }

    /// Whether a lower-case word is a single-word title or ends a multi-word one.
    pub fn is_title_word(&self, lower: &str) -> bool {
        self.titles
            .iter()
            .any(|t| t.last().is_some_and(|w| w == lower))
    }

    /// Country of a demonym (`Russian` → `Russia`), case-sensitive.
    pub fn demonym(&self, word: &str) -> Option<&str> {
        self.demonyms.get(word).map(String::as_str)
    }

    /// Whether `name` is a country some demonym stands for (`Russia`), not a region (`Chechnya`).
    pub fn is_country(&self, name: &str) -> bool {
        self.demonyms.values().any(|c| c.eq_ignore_ascii_case(name))
            && !self.regions.iter().any(|r| r.eq_ignore_ascii_case(name))
    }

    /// How a typed relation is written when no verb was (`criticize` → `criticized`).
    pub fn display(&self, relation: &str) -> String {
        self.schema
            .get(relation)
            .cloned()
            .unwrap_or_else(|| super::lemma::past(relation))
    }

    /// Whether `word` is known as a verb lemma (for lemmatisation).
    pub(crate) fn knows_verb(&self, word: &str) -> bool {
        self.verbs.contains_key(word) || self.light.iter().any(|l| l == word)
    }
}

/// Plural → singular for lexicon lookups (`negotiations` → `negotiation`).
pub(crate) fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies") {
        return format!("{stem}y");
    }
    if word.ends_with("ss") || word.len() < 4 {
        return word.to_string();
    }
    word.strip_suffix('s').unwrap_or(word).to_string()
}

fn parse_sense(relation: &str, flags: Option<&str>, line: usize) -> Result<Sense, LexiconError> {
    let mut sense = Sense {
        relation: (relation != "-").then(|| relation.to_string()),
        ..Sense::default()
    };
    for flag in flags
        .unwrap_or("")
        .split(',')
        .map(str::trim)
        .filter(|f| !f.is_empty())
    {
        match flag {
            "speech" => sense.speech = true,
            "symmetric" => sense.symmetric = true,
            "label" => sense.label = true,
            "experiencer" => sense.experiencer = true,
            other => {
                return Err(LexiconError {
                    line,
                    message: format!("unknown flag `{other}`"),
                })
            }
        }
    }
    Ok(sense)
}

impl FromStr for Lexicon {
    type Err = LexiconError;

    /// Parses lexicon lines (TAB-separated: `kind<TAB>word<TAB>value[<TAB>flags]`).
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let mut lex = Lexicon::default();
        for (n, raw) in text.lines().enumerate() {
            let line = n + 1;
            let content = raw.split('#').next().unwrap_or("").trim();
            if content.is_empty() {
                continue;
            }
            let fields: Vec<&str> = content
                .split('\t')
                .map(str::trim)
                .filter(|f| !f.is_empty())
                .collect();
            let err = |message: &str| LexiconError {
                line,
                message: message.to_string(),
            };
            let (kind, word) = match fields.as_slice() {
                [kind, word, ..] => (*kind, *word),
                _ => return Err(err("expected at least two TAB-separated fields")),
            };
            let value = fields.get(2).copied();
            let need = |v: Option<&str>| {
                v.map(str::to_string)
                    .ok_or_else(|| err("missing third field"))
            };
            match kind {
                "schema" => {
                    lex.schema.insert(word.to_string(), need(value)?);
                }
                "verb" => {
                    let sense = parse_sense(&need(value)?, fields.get(3).copied(), line)?;
                    lex.verbs.insert(word.to_lowercase(), sense);
                }
                "noun" => {
                    let sense = parse_sense(&need(value)?, fields.get(3).copied(), line)?;
                    lex.nouns.insert(word.to_lowercase(), sense);
                }
                "cue" => {
                    lex.cues.insert(word.to_lowercase(), need(value)?);
                }
                "light" => {
                    let w = word.to_lowercase();
                    if !lex.light.contains(&w) {
                        lex.light.push(w);
                    }
                }
                "title" => {
                    let words: Vec<String> =
                        word.split_whitespace().map(str::to_lowercase).collect();
                    if !words.is_empty() && !lex.titles.contains(&words) {
                        lex.titles.push(words);
                    }
                }
                "demonym" => {
                    let place = need(value)?;
                    match fields.get(3).copied() {
                        None => {}
                        Some("region") => {
                            lex.regions.insert(place.clone());
                        }
                        Some(flag) => return Err(err(&format!("unknown demonym flag `{flag}`"))),
                    }
                    lex.demonyms.insert(word.to_string(), place);
                }
                other => return Err(err(&format!("unknown kind `{other}`"))),
            }
        }
        Ok(lex)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_parses_and_extends() {
        let builtin: Lexicon = BUILTIN.parse().expect("built-in lexicon parses");
        assert_eq!(
            builtin.verb("sign").and_then(|s| s.relation.as_deref()),
            Some("sign")
        );
        assert!(builtin
            .verb("say")
            .is_some_and(|s| s.speech && s.relation.is_none()));
        assert_eq!(
            builtin
                .noun("Negotiations")
                .and_then(|s| s.relation.as_deref()),
            Some("negotiate")
        );
        assert_eq!(builtin.cue("Dictatorship"), Some("criticize"));
        assert_eq!(builtin.demonym("Russian"), Some("Russia"));
        assert!(builtin.is_country("Russia") && !builtin.is_country("Chechnya"));
        assert_eq!(builtin.demonym("Chechen"), Some("Chechnya"));
        assert!("demonym\tX\tY\tstate".parse::<Lexicon>().is_err());
        assert_eq!(builtin.display("criticize"), "criticized");
        assert!(builtin.is_title_word("minister"));

        let mut lex = builtin.clone();
        lex.extend_from_str("verb\tembargo\tsanction\nverb\tsign\tagree\tsymmetric\n")
            .expect("parses");
        assert_eq!(
            lex.verb("embargo").and_then(|s| s.relation.as_deref()),
            Some("sanction")
        );
        assert_eq!(
            lex.verb("sign").and_then(|s| s.relation.as_deref()),
            Some("agree")
        );
    }

    #[test]
    fn errors_name_the_line() {
        let err = "# c\nverb\tsign\tsign\tbogus\n"
            .parse::<Lexicon>()
            .unwrap_err();
        assert_eq!(err.line, 2);
        assert!("noun".parse::<Lexicon>().is_err());
        assert!("weird\tx\ty".parse::<Lexicon>().is_err());
    }
}
