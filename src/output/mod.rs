//! Stage 5: a [`crate::Document`] rendered for people and tools (table, Graphviz DOT, HTML,
//! CoNLL-U).

mod conllu;
mod dot;
mod html;
mod table;

pub use conllu::conllu;
pub use dot::dot;
pub use html::html;
pub use table::table;

use crate::document::Document;

/// Name of entity `id`, or `?` when the document has no such entity.
fn entity_name(doc: &Document, id: usize) -> &str {
    doc.entities.get(id).map_or("?", |e| e.name.as_str())
}
