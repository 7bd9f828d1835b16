//! The default model on news text of the project's own writing: entity types, offsets on
//! non-ASCII text, long documents read in windows, batches, odd inputs.

mod common;

use common::{assert_offsets, extractor, labelled};
use nerel::{Chunk, Phrase};

const NEWS: &str = "Finnish Prime Minister Sanna Virtanen arrived in Lisbon on Tuesday for talks with \
the European Commission about fishing quotas. Virtanen told reporters that Helsinki would not accept \
new limits, and a spokesman for Greenpeace said the plan ignored scientists' advice.";

fn has(doc: &nerel::Document, label: &str, text: &str) -> bool {
    doc.mentions
        .iter()
        .any(|m| m.label == label && m.text == text)
}

#[test]
fn finds_people_organisations_and_places() {
    let doc = extractor().extract(NEWS).unwrap();
    assert_offsets(NEWS, &doc);
    let got = labelled(&doc);
    assert!(has(&doc, "PER", "Sanna Virtanen"), "{got:?}");
    assert!(has(&doc, "LOC", "Lisbon"), "{got:?}");
    assert!(has(&doc, "ORG", "European Commission"), "{got:?}");
    assert!(has(&doc, "ORG", "Greenpeace"), "{got:?}");
    assert!(doc.mentions.iter().all(|m| m.score > 0.0 && m.score <= 1.0));
}

#[test]
fn pos_and_chunk_tags_come_with_the_default_model() {
    let doc = extractor().extract(NEWS).unwrap();
    let arrived = doc.tokens.iter().find(|t| t.text == "arrived").unwrap();
    assert_eq!(arrived.pos.map(nerel::Pos::as_str), Some("VBD"));
    assert_eq!(arrived.chunk.and_then(Chunk::phrase), Some(Phrase::Vp));
}

#[test]
fn offsets_slice_non_ascii_text() {
    let text = "Łukasz Żółć, a reporter for Deutsche Welle in Kraków, met José Ramírez-Ortega in São Paulo 🚀. \
                東京 and Москва were not mentioned, nor was Zoë Ångström\u{200B}Björk of Nokia.";
    let doc = extractor().extract(text).unwrap();
    assert_offsets(text, &doc);
    assert!(has(&doc, "LOC", "Kraków"), "{:?}", labelled(&doc));
    assert!(has(&doc, "LOC", "São Paulo"), "{:?}", labelled(&doc));
    assert!(
        doc.mentions
            .iter()
            .any(|m| m.label == "PER" && m.text.starts_with("José")),
        "{:?}",
        labelled(&doc)
    );
}

#[test]
fn entities_past_token_512_are_found() {
    // ~60 sentences (> 1,500 word pieces): the last entity lies far beyond one window.
    let filler = "The committee met again on Monday and discussed the budget for the coming year in detail. ";
    let mut text = String::from("Angela Brandt opened the meeting in Hamburg. ");
    for _ in 0..60 {
        text.push_str(filler);
    }
    text.push_str("Later, Pierre Lambert of Renault flew to the French city of Marseille.");
    let doc = extractor().extract(&text).unwrap();
    assert_offsets(&text, &doc);
    let tail_start = text.len() - 75;
    let far: Vec<_> = doc
        .mentions
        .iter()
        .filter(|m| m.start >= tail_start)
        .map(|m| (m.label.as_str(), m.text.as_str()))
        .collect();
    assert!(far.contains(&("PER", "Pierre Lambert")), "{far:?}");
    assert!(far.contains(&("LOC", "Marseille")), "{far:?}");
    assert!(has(&doc, "PER", "Angela Brandt"));
}

#[test]
fn every_window_boundary_loses_nothing() {
    // Twelve copies of the article (~1,000 pieces, several windows): each copy's names are found.
    let long = [NEWS; 12].join("\n\n");
    let doc = extractor().extract(&long).unwrap();
    assert_offsets(&long, &doc);
    let count = |label: &str, text: &str| {
        doc.mentions
            .iter()
            .filter(|m| m.label == label && m.text == text)
            .count()
    };
    assert_eq!(count("PER", "Sanna Virtanen"), 12, "{:?}", labelled(&doc));
    assert_eq!(count("LOC", "Lisbon"), 12);
    assert_eq!(count("ORG", "European Commission"), 12);
}

#[test]
fn batch_results_are_in_input_order_and_match_single_calls() {
    let texts = [
        "Maria Lopez joined Siemens in Munich.",
        "",
        NEWS,
        "The Red Cross sent aid to Haiti after the storm.",
        "   \n\t ",
        "Tokyo Electric said on Friday it would raise prices.",
    ];
    let batch = extractor().extract_batch(&texts).unwrap();
    assert_eq!(batch.len(), texts.len());
    for (text, doc) in texts.iter().zip(&batch) {
        assert_offsets(text, doc);
        let single = extractor().extract(text).unwrap();
        assert_eq!(labelled(doc), labelled(&single), "{text}");
    }
    assert!(batch[1].mentions.is_empty() && batch[1].tokens.is_empty());
    assert!(batch[4].mentions.is_empty());
}

#[test]
fn odd_inputs_do_not_panic() {
    let long_token = "x".repeat(100_000);
    let inputs = [
        "\u{0}\u{1}\u{7f} NUL and BEL \u{7}",
        "\u{202E}reversed\u{202C} and \u{200F}marks\u{FEFF}",
        "e\u{301}\u{301}\u{301} combining",
        "🚀🚀🚀 👩‍👩‍👧 emoji only",
        long_token.as_str(),
        "\u{FFFD}\u{FFFD}",
        ".,;:!?",
    ];
    for text in inputs {
        let doc = extractor().extract(text).unwrap();
        assert_offsets(text, &doc);
    }
}

#[test]
fn input_size_limit_is_an_error() {
    let small = nerel::Extractor::builder()
        .max_input_bytes(10)
        .build()
        .unwrap();
    let err = small
        .extract("This text is longer than ten bytes.")
        .unwrap_err();
    assert!(
        matches!(err, nerel::Error::InputTooLarge { len: 35, max: 10 }),
        "{err}"
    );
}

#[test]
fn ten_thousand_tiny_documents_in_one_batch() {
    let texts: Vec<String> = (0..10_000)
        .map(|i| match i % 5 {
            0 => format!("Oslo {i}."),
            1 => String::new(),
            2 => format!("Ms Rao of Oxfam, item {i}"),
            3 => "🚀".to_owned(),
            _ => format!("{i}"),
        })
        .collect();
    let extractor = nerel::Extractor::builder().batch_size(256).build().unwrap();
    let docs = extractor.extract_batch(&texts).unwrap();
    assert_eq!(docs.len(), texts.len());
    for (i, (t, d)) in texts.iter().zip(&docs).enumerate() {
        assert_offsets(t, d);
        // results stay in input order: each document's words are its own text's
        let words: Vec<&str> = d.tokens.iter().map(|w| w.text.as_str()).collect();
        let expected: Vec<&str> = nerel::text::words(t).into_iter().map(|r| &t[r]).collect();
        assert_eq!(words, expected, "document {i}");
    }
    let with_mentions = docs.iter().filter(|d| !d.mentions.is_empty()).count();
    assert!(
        with_mentions >= 3000,
        "only {with_mentions} documents have mentions"
    );
}
