//! A self-contained HTML page (no scripts, no network): the text with entity mentions
//! highlighted by type, in the spirit of displaCy, and the relation list beside it.

use std::fmt::Write;

use super::dot::colour;
use super::entity_name;
use crate::document::Document;

const STYLE: &str = "
body{margin:0;font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;color:#222;background:#fafafa}
header{padding:12px 24px;background:#333;color:#fff;font-size:18px}
main{display:flex;flex-wrap:wrap;gap:24px;padding:24px}
article{flex:3 1 480px;background:#fff;padding:20px 24px;border-radius:6px;box-shadow:0 1px 3px rgba(0,0,0,.15);white-space:pre-wrap;line-height:2.3;font-size:16px}
aside{flex:2 1 320px;min-width:280px}
section{background:#fff;padding:12px 18px;border-radius:6px;box-shadow:0 1px 3px rgba(0,0,0,.15);margin-bottom:18px}
h2{font-size:15px;text-transform:uppercase;letter-spacing:.05em;color:#555;margin:4px 0 10px}
mark{padding:.2em .35em;margin:0 .1em;border-radius:.35em;line-height:1;color:#222}
mark .tag{font-size:.62em;font-weight:bold;text-transform:uppercase;margin-left:.45em;vertical-align:middle;opacity:.75}
ol,ul{margin:0;padding-left:20px}
li{margin:6px 0;line-height:1.5}
.arg{padding:.05em .3em;border-radius:.3em;white-space:nowrap}
.pred{font-style:italic}
.meta{color:#777;font-size:12px;margin-left:6px}
.aka{color:#777;font-size:12px}
";

/// Renders `doc` (read from `text`) as a standalone HTML page: the text with each mention
/// highlighted in its type's colour (hover shows the entity), the relations as
/// `subject – predicate – object` items with type, score and evidence count, and the entities.
/// Everything taken from the text or the document is HTML-escaped.
pub fn html(text: &str, doc: &Document) -> String {
    let mut out = String::from("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>nerel</title>\n<style>");
    out.push_str(STYLE);
    for label in ["PER", "ORG", "LOC", "MISC"] {
        let _ = write!(out, ".{label}{{background:{}}}", colour(label));
    }
    out.push_str("\n.OTHER{background:#ddd}\n</style>\n</head>\n<body>\n<header>nerel: entities and relations</header>\n<main>\n<article>");
    article(text, doc, &mut out);
    out.push_str("</article>\n<aside>\n");
    relations(text, doc, &mut out);
    entities(doc, &mut out);
    out.push_str("</aside>\n</main>\n</body>\n</html>\n");
    out
}

/// CSS class of a label (known labels keep their name, others share one).
fn class(label: &str) -> &str {
    match label {
        "PER" | "ORG" | "LOC" | "MISC" => label,
        _ => "OTHER",
    }
}

/// The text with mentions wrapped in `<mark>`; mentions that overlap or do not slice the text are
/// left out.
fn article(text: &str, doc: &Document, out: &mut String) {
    let mut entity_of = vec![None; doc.mentions.len()];
    for e in &doc.entities {
        for &m in &e.mentions {
            if let Some(slot) = entity_of.get_mut(m) {
                *slot = Some(e.id);
            }
        }
    }
    let mut cursor = 0;
    for (i, m) in doc.mentions.iter().enumerate() {
        let (Some(before), Some(words)) = (text.get(cursor..m.start), text.get(m.start..m.end))
        else {
            continue;
        };
        if m.start < cursor || m.start >= m.end {
            continue;
        }
        out.push_str(&escape(before));
        let title = entity_of[i].map_or_else(
            || m.label.clone(),
            |e| format!("{} · {}", entity_name(doc, e), m.label),
        );
        let _ = write!(
            out,
            "<mark class=\"{}\" title=\"{}\">{}<span class=\"tag\">{}</span></mark>",
            class(&m.label),
            escape(&title),
            escape(words),
            escape(&m.label)
        );
        cursor = m.end;
    }
    out.push_str(&escape(text.get(cursor..).unwrap_or("")));
}

fn arg(doc: &Document, id: usize) -> String {
    let label = doc.entities.get(id).map_or("", |e| e.label.as_str());
    format!(
        "<span class=\"arg {}\">{}</span>",
        class(label),
        escape(entity_name(doc, id))
    )
}

fn relations(text: &str, doc: &Document, out: &mut String) {
    let _ = write!(
        out,
        "<section>\n<h2>Relations ({})</h2>\n<ol>\n",
        doc.relations.len()
    );
    for r in &doc.relations {
        let evidence = r
            .evidence
            .first()
            .and_then(|e| text.get(e.start..e.end))
            .unwrap_or("");
        let _ = writeln!(
            out,
            "<li title=\"{}\">{} – <span class=\"pred\">{}</span> – {}<span class=\"meta\">{} · {:.2} · {}×</span></li>",
            escape(evidence),
            arg(doc, r.subject),
            escape(&r.predicate),
            arg(doc, r.object),
            escape(r.relation.as_deref().unwrap_or("open")),
            r.score,
            r.evidence.len()
        );
    }
    out.push_str("</ol>\n</section>\n");
}

fn entities(doc: &Document, out: &mut String) {
    let _ = write!(
        out,
        "<section>\n<h2>Entities ({})</h2>\n<ul>\n",
        doc.entities.len()
    );
    for e in &doc.entities {
        let _ = write!(
            out,
            "<li>{} <span class=\"meta\">{} · {}×</span>",
            arg(doc, e.id),
            escape(&e.label),
            e.mentions.len()
        );
        if !e.aliases.is_empty() {
            let _ = write!(
                out,
                "<br><span class=\"aka\">also {}</span>",
                escape(&e.aliases.join(", "))
            );
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n</section>\n");
}

/// Escapes `& < > " '` for HTML text and attribute values.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Entity, Mention, Relation};

    #[test]
    fn escapes_script_and_highlights_mentions() {
        let text = "<script>alert('x')</script> Lavrov met \"Rice\" & co.";
        let m = |s: &str, label: &str| {
            let start = text.find(s).unwrap_or(0);
            Mention {
                text: s.into(),
                label: label.into(),
                kind: crate::EntityKind::from_label(label).unwrap_or(crate::EntityKind::Misc),
                start,
                end: start + s.len(),
                score: 1.0,
                first_token: 0,
                end_token: 0,
            }
        };
        let doc = Document {
            mentions: vec![m("Lavrov", "PER"), m("Rice", "PER")],
            entities: vec![
                Entity {
                    id: 0,
                    name: "Lavrov <b>".into(),
                    label: "PER".into(),
                    kind: crate::EntityKind::Person,
                    aliases: vec!["<i>".into()],
                    mentions: vec![0],
                },
                Entity {
                    id: 1,
                    name: "Rice".into(),
                    label: "PER".into(),
                    kind: crate::EntityKind::Person,
                    aliases: vec![],
                    mentions: vec![1],
                },
            ],
            relations: vec![Relation {
                subject: 0,
                object: 1,
                predicate: "met <u>".into(),
                lemma: "meet".into(),
                relation: Some("meet".into()),
                score: 0.9,
                evidence: vec![],
            }],
            ..Document::default()
        };
        let page = html(text, &doc);
        assert!(!page.contains("<script>"), "{page}");
        assert!(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assert!(page.contains("<mark class=\"PER\" title=\"Lavrov &lt;b&gt; · PER\">Lavrov<span class=\"tag\">PER</span></mark>"), "{page}");
        assert!(page.contains("&quot;<mark class=\"PER\""));
        assert!(
            page.contains("met &lt;u&gt;")
                && page.contains("&lt;i&gt;")
                && page.contains("&amp; co.")
        );
        assert!(!page.contains("http"), "no network resources");
        // Mentions that do not slice the text are skipped, not a panic.
        let mut bad = doc.clone();
        bad.mentions.push(Mention {
            text: "x".into(),
            label: "LOC".into(),
            kind: crate::EntityKind::Location,
            start: 999,
            end: 1000,
            score: 1.0,
            first_token: 0,
            end_token: 0,
        });
        assert!(html(text, &bad).contains("&amp; co."));
    }
}
