//! Shared by the integration tests: one extractor per test binary, and the offset invariant.
#![allow(dead_code)]

use std::sync::OnceLock;

use nerel::{Document, Extractor};

/// The default model, loaded once per test binary.
pub fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(|| {
        Extractor::builder()
            .build()
            .expect("the default model loads")
    })
}

/// Every span of `doc` slices `text` exactly, on char boundaries, and mentions do not overlap.
pub fn assert_offsets(text: &str, doc: &Document) {
    let check = |what: &str, s: usize, e: usize, t: &str| {
        assert!(s <= e && e <= text.len(), "{what} {s}..{e} out of bounds");
        assert!(
            text.is_char_boundary(s) && text.is_char_boundary(e),
            "{what} {s}..{e} not on char boundaries"
        );
        assert_eq!(&text[s..e], t, "{what} text differs from its span");
    };
    for m in &doc.mentions {
        check("mention", m.start, m.end, &m.text);
    }
    for w in doc.mentions.windows(2) {
        assert!(
            w[0].end <= w[1].start,
            "mentions overlap: {:?} {:?}",
            w[0],
            w[1]
        );
    }
    for t in &doc.tokens {
        check("token", t.start, t.end, &t.text);
    }
    for s in &doc.sentences {
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end) && s.start <= s.end);
    }
    for r in &doc.relations {
        assert!(r.subject < doc.entities.len() && r.object < doc.entities.len());
        for ev in &r.evidence {
            check(
                "relation subject",
                ev.subject.start,
                ev.subject.end,
                &ev.subject.text,
            );
            check(
                "relation object",
                ev.object.start,
                ev.object.end,
                &ev.object.text,
            );
            assert!(text.is_char_boundary(ev.start) && text.is_char_boundary(ev.end));
        }
    }
    for e in &doc.entities {
        for &m in &e.mentions {
            assert!(m < doc.mentions.len());
        }
    }
}

/// `(label, text)` pairs of a document's mentions.
pub fn labelled(doc: &Document) -> Vec<(String, String)> {
    doc.mentions
        .iter()
        .map(|m| (m.label.clone(), m.text.clone()))
        .collect()
}

/// Every sentence's tokens form one tree: heads stay in the sentence, exactly one root (labelled
/// `root`), no cycles. Holds when the model has a parser; checks nothing otherwise.
pub fn assert_trees(doc: &Document) {
    for s in &doc.sentences {
        let range = s.first_token..s.end_token;
        let toks = &doc.tokens[range.clone()];
        if toks.iter().all(|t| t.deprel.is_none()) {
            continue;
        }
        let roots: Vec<usize> = range
            .clone()
            .filter(|&i| doc.tokens[i].head.is_none())
            .collect();
        assert_eq!(roots.len(), 1, "sentence {range:?} has roots {roots:?}");
        assert_eq!(doc.tokens[roots[0]].deprel, Some(nerel::DepRel::Root));
        for i in range.clone() {
            let t = &doc.tokens[i];
            assert!(t.deprel.is_some(), "token {i} has no relation");
            if t.head.is_some() {
                assert_ne!(
                    t.deprel,
                    Some(nerel::DepRel::Root),
                    "token {i} is labelled root under a word"
                );
            }
            let (mut v, mut steps) = (i, 0);
            while let Some(h) = doc.tokens[v].head {
                assert!(
                    range.contains(&h),
                    "token {i}: head {h} outside its sentence {range:?}"
                );
                v = h;
                steps += 1;
                assert!(steps <= range.len(), "cycle through token {i}");
            }
        }
    }
}
