//! With the `onnx` feature (a default feature): the ONNX graph gives the same mentions as
//! libtorch, scores within 1e-3. Needs `scripts/setup.sh` (libonnxruntime and the exported graphs).
#![cfg(feature = "onnx")]

mod common;

use common::assert_offsets;
use nerel::{Backend, Extractor};

#[test]
fn onnx_matches_tch() {
    let onnx = Extractor::builder()
        .backend(Backend::Onnx)
        .build()
        .expect("run scripts/setup.sh");
    let tch = Extractor::builder().backend(Backend::Tch).build().unwrap();
    let texts = [
        "Finnish Prime Minister Sanna Virtanen arrived in Lisbon for talks with the European Commission.",
        "Greenpeace criticized the plan, and a spokesman for Gazprom declined to comment in Moscow.",
        &"Markets in Tokyo were calm. ".repeat(80),
    ];
    let a = tch.extract_batch(&texts).unwrap();
    let b = onnx.extract_batch(&texts).unwrap();
    for ((t, x), y) in texts.iter().zip(&a).zip(&b) {
        assert_offsets(t, y);
        let spans = |d: &nerel::Document| {
            d.mentions
                .iter()
                .map(|m| (m.start, m.end, m.label.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(spans(x), spans(y));
        for (m, n) in x.mentions.iter().zip(&y.mentions) {
            assert!(
                (m.score - n.score).abs() < 1e-3,
                "{} {} vs {}",
                m.text,
                m.score,
                n.score
            );
        }
        let tags = |d: &nerel::Document| d.tokens.iter().map(|t| t.pos).collect::<Vec<_>>();
        assert_eq!(tags(x), tags(y));
    }
}

#[test]
fn int8_loads_and_finds_entities() {
    let before = std::env::var_os("ORT_DYLIB_PATH");
    let int8 = Extractor::builder()
        .backend(Backend::OnnxInt8)
        .build()
        .expect("run scripts/setup.sh");
    assert_eq!(
        std::env::var_os("ORT_DYLIB_PATH"),
        before,
        "the library sets no environment variable"
    );
    assert_eq!(
        Backend::default(),
        Backend::Onnx,
        "the default backend (fp32: int8 loses more than 0.1 dev F1)"
    );
    let text = "Maria Lopez joined Siemens in Munich.";
    let doc = int8.extract(text).unwrap();
    assert_offsets(text, &doc);
    assert!(
        doc.mentions
            .iter()
            .any(|m| m.label == "PER" && m.text == "Maria Lopez"),
        "{:?}",
        doc.mentions
    );
}
