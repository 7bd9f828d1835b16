//! Property tests: for arbitrary Unicode input, every span slices the input, mentions do not
//! overlap, and results do not depend on batch size or position in the batch.
//!
//! Batch independence of scores is checked with the fp32 ONNX graph: the default int8 graph
//! quantizes activations per batch (dynamic quantization), so its scores move slightly with the
//! other texts of a batch.

mod common;

use std::sync::OnceLock;

use common::{assert_offsets, extractor};
use nerel::{Backend, Extractor};
use proptest::prelude::*;

/// The default model in fp32 (ONNX Runtime, like the default backend), loaded once.
fn fp32() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(|| {
        Extractor::builder()
            .backend(Backend::Onnx)
            .build()
            .expect("the default model loads")
    })
}

/// Strings that look like news (names, punctuation, numbers) mixed with arbitrary Unicode.
fn newsy() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        Just("NATO".to_owned()),
        Just("Lavrov".to_owned()),
        Just("said".to_owned()),
        Just("the".to_owned()),
        Just("U.S.".to_owned()),
        Just("Moscow's".to_owned()),
        Just("\"".to_owned()),
        Just(".".to_owned()),
        Just("\n".to_owned()),
        Just("1951".to_owned()),
        Just("São Paulo".to_owned()),
        Just("\u{200B}".to_owned()),
        "\\PC{1,8}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(word, 0..40).prop_map(|ws| ws.join(" "))
}

fn key(doc: &nerel::Document) -> Vec<(usize, usize, String)> {
    doc.mentions
        .iter()
        .map(|m| (m.start, m.end, m.label.clone()))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings_keep_offsets(s in any::<String>()) {
        let doc = extractor().extract(&s).unwrap();
        assert_offsets(&s, &doc);
    }

    #[test]
    fn newsy_strings_keep_offsets_and_batch_independence(a in newsy(), b in newsy()) {
        let single = fp32().extract(&a).unwrap();
        assert_offsets(&a, &single);
        assert_offsets(&a, &extractor().extract(&a).unwrap());
        // a at the end of a batch, after a text of another length
        let batch = fp32().extract_batch(&[b.as_str(), a.as_str()]).unwrap();
        assert_offsets(&b, &batch[0]);
        prop_assert_eq!(key(&single), key(&batch[1]));
        for (x, y) in single.mentions.iter().zip(&batch[1].mentions) {
            prop_assert!((x.score - y.score).abs() < 1e-3);
        }
    }
}

#[test]
fn batch_size_does_not_change_results() {
    let texts: Vec<String> = (0..12)
        .map(|i| {
            format!(
                "Report {i}: Anna Kowalski of Oxfam met officials in Nairobi{}.",
                " again".repeat(i * 7)
            )
        })
        .collect();
    let one_by_one = nerel::Extractor::builder()
        .batch_size(1)
        .build()
        .unwrap()
        .extract_batch(&texts)
        .unwrap();
    let together = extractor().extract_batch(&texts).unwrap();
    for (a, b) in one_by_one.iter().zip(&together) {
        assert_eq!(key(a), key(b));
    }
}
