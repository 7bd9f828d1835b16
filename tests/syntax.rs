//! Trees from the default model: the arcs of a plain news sentence, and well-formed trees on
//! any input.

mod common;

use common::{assert_offsets, assert_trees, extractor};
use nerel::DepRel;

/// The token of a mention that heads it (its head lies outside the mention): in UD a name's
/// first word heads the rest (`Sergei` ← flat ← `Lavrov`).
fn mention_head(doc: &nerel::Document, text: &str) -> usize {
    let m = doc
        .mentions
        .iter()
        .find(|m| m.text == text)
        .unwrap_or_else(|| panic!("no mention {text:?}: {:?}", doc.mentions));
    let span = m.first_token..m.end_token;
    span.clone()
        .find(|&i| doc.tokens[i].head.is_none_or(|h| !span.contains(&h)))
        .expect("a mention has a head token")
}

#[test]
fn lavrov_signed_the_agreement_in_vilnius() {
    let text = "Russian Foreign Minister Sergei Lavrov signed the agreement in Vilnius on Tuesday.";
    let doc = extractor().extract(text).unwrap();
    assert_offsets(text, &doc);
    assert_trees(&doc);
    let tok = |w: &str| doc.tokens.iter().position(|t| t.text == w).unwrap();
    let signed = tok("signed");
    let arc = |i: usize| {
        (
            doc.tokens[i].head,
            doc.tokens[i].deprel.map(|d| d.universal()),
        )
    };
    assert_eq!(
        arc(mention_head(&doc, "Sergei Lavrov")),
        (Some(signed), Some("nsubj")),
        "{}",
        nerel::output::conllu(text, &doc)
    );
    assert_eq!(arc(tok("agreement")), (Some(signed), Some("obj")));
    assert_eq!(
        arc(mention_head(&doc, "Vilnius")),
        (Some(signed), Some("obl"))
    );
    assert_eq!(doc.tokens[signed].deprel, Some(DepRel::Root));
}

#[test]
fn trees_are_well_formed_on_odd_and_long_input() {
    let long_sentence = "and the minister said that ".repeat(120);
    let texts = [
        "",
        "   ",
        "Hello",
        "!!! ??? ...",
        "NATO\u{200b}Russia \u{0000} talks , ; : in   Vilnius\n\n\nEnd",
        "東京 で 会議 . Москва заявила . Berlin said so .",
        long_sentence.as_str(),
        "The deal , which Vostok Mining Corp. announced on Monday , was approved by regulators in Toronto , Ottawa and Vancouver , the company said .",
    ];
    for text in texts {
        let doc = extractor().extract(text).unwrap();
        assert_offsets(text, &doc);
        assert_trees(&doc);
    }
}
