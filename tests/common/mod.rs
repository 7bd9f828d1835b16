//! Shared by the integration tests: one extractor per test binary, and the offset invariant.
#![allow(dead_code)]

use std::sync::OnceLock;

use nerel::{Document, Extractor};

/// The default model, loaded once per test binary.
pub fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(|| Extractor::builder().build().expect("the default model loads"))
}

/// Every span of `doc` slices `text` exactly, on char boundaries, and mentions do not overlap.
pub fn assert_offsets(text: &str, doc: &Document) {
    let check = |what: &str, s: usize, e: usize, t: &str| {
        assert!(s <= e && e <= text.len(), "{what} {s}..{e} out of bounds");
        assert!(text.is_char_boundary(s) && text.is_char_boundary(e), "{what} {s}..{e} not on char boundaries");
        assert_eq!(&text[s..e], t, "{what} text differs from its span");
    };
    for m in &doc.mentions {
        check("mention", m.start, m.end, &m.text);
    }
    for w in doc.mentions.windows(2) {
        assert!(w[0].end <= w[1].start, "mentions overlap: {:?} {:?}", w[0], w[1]);
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
            check("relation subject", ev.subject.start, ev.subject.end, &ev.subject.text);
            check("relation object", ev.object.start, ev.object.end, &ev.object.text);
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
    doc.mentions.iter().map(|m| (m.label.clone(), m.text.clone())).collect()
}
