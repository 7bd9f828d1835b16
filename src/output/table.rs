//! Plain-text table for people: entities, then `subject – predicate – object` lines.

use std::fmt::Write;

use super::entity_name;
use crate::document::Document;

/// Longest evidence excerpt shown under a relation, in characters.
const EXCERPT: usize = 100;

/// Renders `doc` (read from `text`) as a table: entities with their label, aliases and mention
/// count, then one `subject – predicate – object` line per relation with its type, score and
/// the first sentence that states it.
pub fn table(text: &str, doc: &Document) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "ENTITIES ({})", doc.entities.len());
    let width = doc
        .entities
        .iter()
        .map(|e| e.name.chars().count())
        .max()
        .unwrap_or(0)
        .min(48);
    for e in &doc.entities {
        let pad = width.saturating_sub(e.name.chars().count());
        let _ = write!(
            out,
            "  {:>3}  {:<4}  {}{}  {}×",
            e.id,
            e.label,
            e.name,
            " ".repeat(pad),
            e.mentions.len()
        );
        if !e.aliases.is_empty() {
            let _ = write!(out, "  aka {}", e.aliases.join(", "));
        }
        out.push('\n');
    }
    let _ = writeln!(out, "\nRELATIONS ({})", doc.relations.len());
    for r in &doc.relations {
        let kind = r.relation.as_deref().unwrap_or("-");
        let _ = writeln!(
            out,
            "  {} – {} – {}    [{} {:.2}, {}×]",
            entity_name(doc, r.subject),
            r.predicate,
            entity_name(doc, r.object),
            kind,
            r.score,
            r.evidence.len()
        );
        if let Some(sentence) = r.evidence.first().and_then(|e| text.get(e.start..e.end)) {
            let _ = writeln!(out, "        › {}", excerpt(sentence));
        }
    }
    out
}

/// The sentence on one line, cut to [`EXCERPT`] characters.
fn excerpt(sentence: &str) -> String {
    let flat: String = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= EXCERPT {
        return flat;
    }
    let cut: String = flat.chars().take(EXCERPT - 1).collect();
    format!("{cut}…")
}
