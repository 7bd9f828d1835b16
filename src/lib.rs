//! nerel: named entities and the relations between them, from English news text.
pub mod document;
pub mod output;
pub mod relations;
pub mod text;

pub use document::{Document, Entity, Evidence, Mention, Relation, Sentence, Span, Token};
