//! Graphviz DOT: entities as nodes coloured by type, relations as labelled edges.

use std::fmt::Write;

use crate::document::Document;

/// Fill colour of a node by entity type.
pub(crate) fn colour(label: &str) -> &'static str {
    match label {
        "PER" => "#aa9cfc",
        "ORG" => "#7aecec",
        "LOC" => "#feca74",
        "MISC" => "#c887fb",
        _ => "#dddddd",
    }
}

/// Renders `doc` as a Graphviz digraph (`dot -Tsvg`): the entities that take part in a relation
/// (all entities when there are no relations), and one edge per relation labelled with its
/// predicate. Labels are escaped for DOT strings.
pub fn dot(doc: &Document) -> String {
    let mut out = String::from("digraph nerel {\n  rankdir=LR;\n  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n  edge [fontname=\"Helvetica\", fontsize=10];\n");
    let used = |id: usize| {
        doc.relations.is_empty()
            || doc
                .relations
                .iter()
                .any(|r| r.subject == id || r.object == id)
    };
    for e in doc.entities.iter().filter(|e| used(e.id)) {
        let _ = writeln!(
            out,
            "  e{} [label=\"{}\\n{}\", fillcolor=\"{}\"];",
            e.id,
            escape(&e.name),
            escape(&e.label),
            colour(&e.label)
        );
    }
    for r in &doc.relations {
        if r.subject >= doc.entities.len() || r.object >= doc.entities.len() {
            continue;
        }
        let style = if r.relation.as_deref() == Some("role") {
            ", style=dashed"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "  e{} -> e{} [label=\"{}\"{}];",
            r.subject,
            r.object,
            escape(&r.predicate),
            style
        );
    }
    out.push_str("}\n");
    out
}

/// Escapes text for a double-quoted DOT string.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' | '\r' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Entity, Relation};

    #[test]
    fn escapes_labels() {
        let ent = |id: usize, name: &str| Entity {
            id,
            name: name.into(),
            label: "ORG".into(),
            kind: crate::EntityKind::Organization,
            aliases: vec![],
            mentions: vec![],
        };
        let doc = Document {
            entities: vec![ent(0, "A \"quoted\" \\ name"), ent(1, "B\nC")],
            relations: vec![Relation {
                subject: 0,
                object: 1,
                predicate: "said \"x\"".into(),
                lemma: "say".into(),
                relation: None,
                score: 0.7,
                evidence: vec![],
            }],
            ..Document::default()
        };
        let out = dot(&doc);
        assert!(
            out.contains("label=\"A \\\"quoted\\\" \\\\ name\\nORG\""),
            "{out}"
        );
        assert!(out.contains("e0 -> e1 [label=\"said \\\"x\\\"\"]"), "{out}");
        assert!(out.contains("B\\nC"));
    }
}
