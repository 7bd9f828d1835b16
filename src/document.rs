//! Output types: what [`crate::Extractor::extract`] returns. Every type here is `Serialize`,
//! and every span is a pair of byte offsets into the caller's `&str` on char boundaries:
//! `&text[x.start..x.end] == x.text` holds wherever a `text` sits beside them.

use serde::{Deserialize, Serialize};

pub use crate::kind::EntityKind;
use crate::syntax::{Chunk, DepRel, Pos};

/// One word of the input, as nerel segments it (close to CoNLL-2003 tokenisation), with the
/// part-of-speech (Penn Treebank) and chunk (BIO) tags and the dependency arc (Universal
/// Dependencies) that the model predicts when it has those heads (the default model does; plain
/// NER models leave them `None`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Token {
    /// The word, `&text[start..end]`.
    pub text: String,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// Penn Treebank part-of-speech tag (`NNP`, `VBD`, ...), when the model predicts them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pos: Option<Pos>,
    /// Chunk tag in BIO form (`B-NP`, `I-VP`, `O`, ...), when the model predicts them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chunk: Option<Chunk>,
    /// Syntactic head: index into [`Document::tokens`] (always in the same sentence), `None` for
    /// the sentence's root or when the model has no parser.
    pub head: Option<usize>,
    /// Dependency relation to the head (`nsubj`, `obl:agent`, `root`, ...), when the model has a
    /// parser.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deprel: Option<DepRel>,
}

/// A sentence: its byte span and the range of its tokens in [`Document::tokens`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Byte offset of the sentence's first token.
    pub start: usize,
    /// Byte offset one past its last token.
    pub end: usize,
    /// Index of its first token in [`Document::tokens`].
    pub first_token: usize,
    /// Index one past its last token.
    pub end_token: usize,
}

/// A named-entity mention: a span of text with its type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// The mention's text, `&text[start..end]`.
    pub text: String,
    /// Entity type without BIO prefix, as the model names it: `PER`, `ORG`, `LOC`, `MISC` for
    /// CoNLL models.
    pub label: String,
    /// The label's kind, mapped when the model loaded.
    pub kind: EntityKind,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// Mean probability of the mention's word labels, in 0..=1.
    pub score: f32,
    /// Index of the mention's first token in [`Document::tokens`].
    #[serde(skip)]
    pub first_token: usize,
    /// Index one past its last token.
    #[serde(skip)]
    pub end_token: usize,
}

/// A thing the document names, possibly several times: mentions clustered together.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Index of this entity in [`Document::entities`].
    pub id: usize,
    /// Canonical name: the longest proper name among its mentions.
    pub name: String,
    /// Entity type (`PER`, `ORG`, `LOC`, `MISC`), decided over all its mentions (a cluster
    /// holding a company's full name is `ORG`): the model's label of that kind that its
    /// mentions carry most, else [`EntityKind::conll_label`].
    pub label: String,
    /// The entity's kind.
    pub kind: EntityKind,
    /// Other names for it found in the text or derived (surname, acronym, ...).
    pub aliases: Vec<String>,
    /// Indices into [`Document::mentions`].
    pub mentions: Vec<usize>,
}

/// A text span with its text: `&text[start..end] == self.text`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// The spanned text.
    pub text: String,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

/// Where a relation was read: the sentence and the two argument spans in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// Byte offset of the sentence start.
    pub start: usize,
    /// Byte offset of the sentence end.
    pub end: usize,
    /// The subject's words in this sentence (a mention, or a pronoun/title that refers to it).
    pub subject: Span,
    /// The object's words in this sentence; for a country or organisation the sentence only
    /// implies (path `implied country`: `President Boris Yeltsin`; `implied organisation`: `said
    /// James Hoey, chief financial officer`), the document's first mention of it.
    pub object: Span,
    /// How the two were linked: the dependency path from the subject through the predicate to
    /// the object (`Lavrov <nsubj`, `signed`, `>obj Agreement`), or the construction read
    /// (`title`, `apposition`, `judgement`, `affiliation`, `place noun`, `hyphenated modifier`,
    /// `implied country`, `implied organisation`, `relation head`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub path: Vec<String>,
}

/// A relation between two entities: `subject – predicate – object`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    /// Subject entity id (index into [`Document::entities`]).
    pub subject: usize,
    /// Object entity id.
    pub object: usize,
    /// The predicate as written (`signed`, `was signed by` turned around gives `signed`), or the
    /// role for role relations (`foreign minister of`).
    pub predicate: String,
    /// Lemma of the predicate's head verb or noun (`sign`), when there is one.
    pub lemma: String,
    /// Typed relation from the schema (`sign`, `criticize`, `role`, ...), when one applies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relation: Option<String>,
    /// Confidence in 0..=1.
    pub score: f32,
    /// Every sentence that states it (duplicates are merged).
    pub evidence: Vec<Evidence>,
}

/// Everything nerel read from one text.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Document {
    /// Named-entity mentions, in text order, never overlapping.
    pub mentions: Vec<Mention>,
    /// Mentions clustered into entities.
    pub entities: Vec<Entity>,
    /// Relations between entities.
    pub relations: Vec<Relation>,
    /// Sentences, in text order.
    pub sentences: Vec<Sentence>,
    /// Words with their tags, in text order.
    pub tokens: Vec<Token>,
}
