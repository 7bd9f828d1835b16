//! CoNLL-U: one block per sentence, ID, FORM, XPOS, HEAD, DEPREL, and the NER label in MISC.

use std::fmt::Write as _;

use crate::document::Document;
use crate::syntax::Pos;

/// Writes a document's tokens as CoNLL-U, one block per sentence: ID, FORM, XPOS, HEAD, DEPREL,
/// and in MISC the NER label (`NER=B-PER`) and `SpaceAfter=No` where the text has no space.
pub fn conllu(text: &str, doc: &Document) -> String {
    let mut ner = vec!["O".to_owned(); doc.tokens.len()];
    for m in &doc.mentions {
        let end = m.end_token.min(ner.len());
        for (k, slot) in ner.iter_mut().enumerate().take(end).skip(m.first_token) {
            *slot = format!("{}-{}", if k == m.first_token { "B" } else { "I" }, m.label);
        }
    }
    let mut out = String::new();
    for s in &doc.sentences {
        let _ = writeln!(out, "# text = {}", text[s.start..s.end].replace('\n', " "));
        let tokens = doc.tokens.iter().enumerate();
        for (t, tok) in tokens.take(s.end_token).skip(s.first_token) {
            let head = match (tok.head, tok.deprel) {
                (Some(h), _) => (h - s.first_token + 1).to_string(),
                (None, Some(_)) => "0".to_owned(),
                (None, None) => "_".to_owned(),
            };
            let mut misc = vec![format!("NER={}", ner.get(t).map_or("O", String::as_str))];
            if t + 1 < s.end_token && doc.tokens[t + 1].start == tok.end {
                misc.push("SpaceAfter=No".to_owned());
            }
            let _ = writeln!(
                out,
                "{}\t{}\t_\t_\t{}\t_\t{}\t{}\t_\t{}",
                t - s.first_token + 1,
                tok.text.replace(['\t', '\n'], " "),
                tok.pos.map_or("_", Pos::as_str),
                head,
                tok.deprel.map_or("_", |d| d.as_str()),
                misc.join("|")
            );
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::document::{Document, Mention, Sentence, Token};
    use crate::syntax::DepRel;

    #[test]
    fn writes_heads_relations_and_ner() {
        let text = "Lavrov left.";
        let tok = |t: &str, s: usize, pos: &str, head: Option<usize>, rel: DepRel| Token {
            text: t.into(),
            start: s,
            end: s + t.len(),
            pos: Some(pos.parse().unwrap()),
            chunk: None,
            head,
            deprel: Some(rel),
        };
        let doc = Document {
            tokens: vec![
                tok("Lavrov", 0, "NNP", Some(1), DepRel::Nsubj),
                tok("left", 7, "VBD", None, DepRel::Root),
                tok(".", 11, ".", Some(1), DepRel::Punct),
            ],
            sentences: vec![Sentence {
                start: 0,
                end: 12,
                first_token: 0,
                end_token: 3,
            }],
            mentions: vec![Mention {
                text: "Lavrov".into(),
                label: "PER".into(),
                kind: crate::EntityKind::Person,
                start: 0,
                end: 6,
                score: 0.9,
                first_token: 0,
                end_token: 1,
            }],
            ..Document::default()
        };
        let out = super::conllu(text, &doc);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], "# text = Lavrov left.");
        assert_eq!(lines[1], "1\tLavrov\t_\t_\tNNP\t_\t2\tnsubj\t_\tNER=B-PER");
        assert_eq!(
            lines[2],
            "2\tleft\t_\t_\tVBD\t_\t0\troot\t_\tNER=O|SpaceAfter=No"
        );
        assert_eq!(lines[3], "3\t.\t_\t_\t.\t_\t2\tpunct\t_\tNER=O");
    }
}
