//! With the `onnx` feature: ONNX Runtime gives the same trees as libtorch (fp32: identical arcs;
//! dynamic int8: at least 95% of the arcs, and well-formed trees always).
#![cfg(feature = "onnx")]

mod common;

use common::{assert_offsets, assert_trees};
use nerel::relations::{HeadRelation, HeadScorer};
use nerel::{Backend, Document, Extractor};

const TEXTS: &[&str] = &[
    "Russian Foreign Minister Sergei Lavrov signed the agreement in Vilnius on Tuesday.",
    "The European Union, which had criticized the vote, said on Monday it would send observers to Minsk.",
    "Shares of Vostok Mining Corp. rose 5 percent after the company agreed to buy Telluride Gold Co for $ 40 million.",
    "Police in Toledo, Ohio, arrested two men who were wanted by the FBI, a spokesman said.",
];

fn arcs(doc: &Document) -> Vec<(Option<usize>, Option<nerel::DepRel>)> {
    doc.tokens.iter().map(|t| (t.head, t.deprel)).collect()
}

fn extract(backend: Backend, texts: &[&str]) -> Vec<Document> {
    let e = Extractor::builder()
        .backend(backend)
        .build()
        .expect("run scripts/setup.sh (ONNX Runtime and the exported graphs)");
    e.extract_batch(texts).unwrap()
}

#[test]
fn onnx_fp32_gives_the_trees_of_libtorch() {
    let long = "Markets in Tokyo were calm as the central bank kept rates on hold. ".repeat(40);
    let mut texts = TEXTS.to_vec();
    texts.push(&long);
    let tch = extract(Backend::Tch, &texts);
    let onnx = extract(Backend::Onnx, &texts);
    for ((t, a), b) in texts.iter().zip(&tch).zip(&onnx) {
        assert_offsets(t, b);
        assert_trees(a);
        assert_trees(b);
        assert!(
            a.tokens.iter().any(|t| t.deprel.is_some()),
            "the default model parses"
        );
        assert_eq!(arcs(a), arcs(b), "{t}");
    }
}

#[test]
fn onnx_int8_gives_nearly_the_same_trees() {
    // int8 rounding moves a few close calls (a comma's attachment); at least 95% of arcs and
    // labels agree with fp32 on plain news, and every tree stays well-formed
    let fp32 = extract(Backend::Onnx, TEXTS);
    let int8 = extract(Backend::OnnxInt8, TEXTS);
    let (mut same, mut all) = (0, 0);
    for (a, b) in fp32.iter().zip(&int8) {
        assert_trees(b);
        assert_eq!(a.tokens.len(), b.tokens.len());
        same += arcs(a)
            .iter()
            .zip(arcs(b))
            .filter(|(x, y)| **x == *y)
            .count();
        all += a.tokens.len();
    }
    assert!(same * 100 >= all * 95, "{same} of {all} arcs agree");
}

/// The relation head's typed relations are the same on libtorch and ONNX Runtime (fp32), for both
/// pair scorers, and there are some to compare.
#[test]
fn onnx_fp32_gives_the_typed_relations_of_libtorch() {
    let texts = [
        "Lee Harvey Oswald , the man who killed President John F. Kennedy , was shot by Jack Ruby .",
        "Paul Smith , a spokesman for Acme Corp. in Chicago , said the company would close its plant in Ohio .",
        "Mary Jones , who lives in Boston , works for the Federal Reserve Bank of Boston .",
    ];
    let typed = |backend: Backend, scorer: HeadScorer| {
        let params = nerel::RelationParams::default()
            .with_head_scorer(scorer)
            .with_head_types(&HeadRelation::ALL)
            .with_head_threshold(0.5);
        let e = Extractor::builder()
            .backend(backend)
            .relations(params)
            .build()
            .expect("run scripts/setup.sh (ONNX Runtime and the exported graphs)");
        e.extract_batch(&texts)
            .unwrap()
            .iter()
            .map(|d| {
                d.relations
                    .iter()
                    .flat_map(|r| &r.evidence)
                    .filter(|ev| ev.path.first().is_some_and(|p| p == "relation head"))
                    .map(|ev| {
                        (
                            ev.subject.text.clone(),
                            ev.path[1].clone(),
                            ev.object.text.clone(),
                        )
                    })
                    .collect::<Vec<_>>()
            })
            .collect::<Vec<_>>()
    };
    for scorer in [HeadScorer::Conll04, HeadScorer::News] {
        let (tch, onnx) = (typed(Backend::Tch, scorer), typed(Backend::Onnx, scorer));
        assert!(
            tch.iter().map(Vec::len).sum::<usize>() >= 2,
            "{scorer:?}: {tch:?}"
        );
        assert_eq!(tch, onnx, "{scorer:?}");
    }
}
