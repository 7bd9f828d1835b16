//! Test input from a CoNLL-like block: one token per line, `word POS chunk NER` (BIO entity tags),
//! a blank line between sentences. Words are joined by single spaces, sentences by `\n`.

use crate::document::{Entity, EntityKind, Mention, Relation, Sentence, Token};

/// Text, tokens, sentences and mentions parsed from a block.
#[derive(Debug, Clone, Default)]
pub(crate) struct Parsed {
    pub text: String,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub mentions: Vec<Mention>,
}

/// Parses a CoNLL-like block (missing POS/chunk fields become `None`, a missing NER tag `O`).
pub(crate) fn parse(block: &str) -> Parsed {
    let mut p = Parsed::default();
    let mut sentence_first = 0;
    let mut open: Option<(String, usize)> = None;
    let close = |p: &mut Parsed, open: &mut Option<(String, usize)>| {
        if let Some((label, first)) = open.take() {
            let end_token = p.tokens.len();
            let (start, end) = (p.tokens[first].start, p.tokens[end_token - 1].end);
            p.mentions.push(Mention {
                text: p.text[start..end].to_string(),
                kind: EntityKind::from_label(&label).unwrap_or(EntityKind::Misc),
                label,
                start,
                end,
                score: 1.0,
                first_token: first,
                end_token,
            });
        }
    };
    let end_sentence = |p: &mut Parsed, first: &mut usize| {
        if p.tokens.len() > *first {
            let (start, end) = (p.tokens[*first].start, p.tokens[p.tokens.len() - 1].end);
            p.sentences.push(Sentence {
                start,
                end,
                first_token: *first,
                end_token: p.tokens.len(),
            });
        }
        *first = p.tokens.len();
    };
    for line in block.lines().map(str::trim) {
        if line.is_empty() {
            close(&mut p, &mut open);
            end_sentence(&mut p, &mut sentence_first);
            continue;
        }
        let fields: Vec<&str> = line.split_whitespace().collect();
        let word = fields[0];
        let ner = fields.get(3).copied().unwrap_or("O");
        let (bio, label) = ner.split_once('-').unwrap_or((ner, ""));
        let continues = bio == "I" && open.as_ref().is_some_and(|(l, _)| l == label);
        if !continues {
            close(&mut p, &mut open);
        }
        if !p.text.is_empty() {
            p.text.push(if p.tokens.len() == sentence_first {
                '\n'
            } else {
                ' '
            });
        }
        let start = p.text.len();
        p.text.push_str(word);
        p.tokens.push(Token {
            text: word.to_string(),
            start,
            end: p.text.len(),
            pos: fields.get(1).and_then(|s| s.parse().ok()),
            chunk: fields.get(2).and_then(|s| s.parse().ok()),
            head: None,
            deprel: None,
        });
        if bio != "O" && !continues {
            open = Some((label.to_string(), p.tokens.len() - 1));
        }
    }
    close(&mut p, &mut open);
    end_sentence(&mut p, &mut sentence_first);
    p
}

/// Drops the POS and chunk tags, as for a model without those heads.
pub(crate) fn untagged(mut p: Parsed) -> Parsed {
    for t in &mut p.tokens {
        t.pos = None;
        t.chunk = None;
    }
    p
}

/// `subject – predicate – object [relation]` lines, using entity names.
pub(crate) fn lines(entities: &[Entity], relations: &[Relation]) -> Vec<String> {
    let name = |i: usize| entities.get(i).map_or("?", |e| e.name.as_str());
    relations
        .iter()
        .map(|r| {
            format!(
                "{} – {} – {} [{}]",
                name(r.subject),
                r.predicate,
                name(r.object),
                r.relation.as_deref().unwrap_or("-")
            )
        })
        .collect()
}

/// Parses a block with a hand-built dependency tree: one token per line,
/// `word POS NER HEAD DEPREL` (HEAD 1-based in the sentence, 0 for the root), a blank line
/// between sentences. POS, NER and the arc are read as the model would give them.
pub(crate) fn parse_tree(block: &str) -> Parsed {
    let mut conll = String::new();
    let mut arcs: Vec<(usize, &str)> = Vec::new();
    for line in block.lines().map(str::trim) {
        let f: Vec<&str> = line.split_whitespace().collect();
        if f.is_empty() {
            conll.push('\n');
            continue;
        }
        assert_eq!(
            f.len(),
            5,
            "tree line needs `word POS NER HEAD DEPREL`: {line:?}"
        );
        conll.push_str(&format!("{} {} O {}\n", f[0], f[1], f[2]));
        arcs.push((f[3].parse().expect("HEAD is a number"), f[4]));
    }
    let mut p = parse(&conll);
    for s in p.sentences.clone() {
        let range = s.first_token..s.end_token;
        for (tok, &(head, rel)) in p.tokens[range.clone()].iter_mut().zip(&arcs[range]) {
            tok.chunk = None;
            tok.head = (head > 0).then(|| s.first_token + head - 1);
            tok.deprel = Some(rel.parse().expect("a UD relation"));
        }
    }
    p
}
