//! The relation stage on a short news article written for this test, tagged by hand
//! (`word POS chunk NER`, one token per line, blank line between sentences): clustering and the
//! threshold. How many relations it finds is measured on real news instead
//! (`tests/relations_dev.rs`, the annotated Reuters dev set).

use nerel::relations::{link, RelationParams};

/// The crate's own test-input parser, shared with the unit tests (it names `crate::document`).
mod document {
    pub use nerel::{Entity, EntityKind, Mention, Relation, Sentence, Token};
}
#[path = "../src/relations/testutil.rs"]
#[allow(dead_code)]
mod testutil;
use testutil::parse;

const ARTICLE: &str = "
Norwegian JJ B-NP B-MISC
Foreign NNP I-NP O
Minister NNP I-NP O
Ingrid NNP I-NP B-PER
Solberg NNP I-NP I-PER
met VBD B-VP O
Polish JJ B-NP B-MISC
President NNP I-NP O
Tomasz NNP I-NP B-PER
Wrona NNP I-NP I-PER
in IN B-PP O
Warsaw NNP B-NP B-LOC
on IN B-PP O
Thursday NNP B-NP O
. . O O

Solberg NNP B-NP B-PER
and CC I-NP O
Wrona NNP I-NP B-PER
signed VBD B-VP O
the DT B-NP O
Baltic NNP I-NP B-MISC
Energy NNP I-NP I-MISC
Charter NNP I-NP I-MISC
, , O O
which WDT B-NP O
links VBZ B-VP O
the DT B-NP O
two CD I-NP O
power NN I-NP O
grids NNS I-NP O
. . O O

The DT B-NP O
BEC NNP I-NP B-MISC
was VBD B-VP O
criticized VBN I-VP O
by IN B-PP O
the DT B-NP O
Kremlin NNP I-NP B-ORG
. . O O

Russian JJ B-NP B-MISC
Energy NNP I-NP O
Minister NNP I-NP O
Pavel NNP I-NP B-PER
Orlov NNP I-NP I-PER
told VBD B-VP O
Interfax NNP B-NP B-ORG
that IN B-SBAR O
the DT B-NP O
charter NN I-NP O
is VBZ B-VP O
a DT B-NP O
political JJ I-NP O
weapon NN I-NP O
. . O O

\" `` O O
Warsaw NNP B-NP B-LOC
has VBZ B-VP O
become VBN I-VP O
a DT B-NP O
reliable JJ I-NP O
partner NN I-NP O
, , O O
\" '' O O
Solberg NNP B-NP B-PER
said VBD B-VP O
. . O O

The DT B-NP O
European NNP I-NP B-ORG
Commission NNP I-NP I-ORG
praised VBD B-VP O
Norway NNP B-NP B-LOC
and CC O O
Poland NNP B-NP B-LOC
. . O O

Commission NNP B-NP B-ORG
spokesman NN I-NP O
Marc NNP I-NP B-PER
Delattre NNP I-NP I-PER
said VBD B-VP O
Belarus NNP B-NP B-LOC
is VBZ B-VP O
a DT B-NP O
repressive JJ I-NP O
dictatorship NN I-NP O
. . O O

He PRP B-NP O
added VBD B-VP O
that IN B-SBAR O
the DT B-NP O
EU NNP I-NP B-ORG
would MD B-VP O
support VB I-VP O
Lithuania NNP B-NP B-LOC
. . O O

Later RB B-ADVP O
, , O O
the DT B-NP O
Russian JJ I-NP B-MISC
energy NN I-NP O
minister NN I-NP O
accused VBD B-VP O
NATO NNP B-NP B-ORG
of IN B-PP O
meddling VBG B-VP O
in IN B-PP O
the DT B-NP O
region NN I-NP O
. . O O

Talks NNS B-NP O
between IN B-PP O
Norway NNP B-NP B-LOC
and CC I-NP O
Russia NNP I-NP B-LOC
are VBP B-VP O
expected VBN I-VP O
next JJ B-NP O
month NN I-NP O
. . O O
";

#[test]
fn article_entities() {
    let p = parse(ARTICLE);
    let (entities, _) = link(
        &p.text,
        &p.tokens,
        &p.sentences,
        &p.mentions,
        &RelationParams::default(),
    );
    let find = |name: &str| {
        entities
            .iter()
            .find(|e| e.name == name)
            .unwrap_or_else(|| panic!("no {name} in {entities:#?}"))
    };
    for (i, e) in entities.iter().enumerate() {
        assert_eq!(e.id, i);
    }
    let charter = find("Baltic Energy Charter");
    assert_eq!(charter.mentions.len(), 2, "{charter:?}");
    assert!(charter.aliases.contains(&"BEC".to_string()));
    let norway = find("Norway");
    assert_eq!((norway.label.as_str(), norway.mentions.len()), ("LOC", 3));
    assert!(norway.aliases.contains(&"Norwegian".to_string()));
    let solberg = find("Ingrid Solberg");
    assert_eq!(solberg.mentions.len(), 3);
    assert!(find("Pavel Orlov")
        .aliases
        .contains(&"Russian energy minister".to_string()));
    assert_eq!(find("European Commission").mentions.len(), 2);
    // Every mention belongs to exactly one entity.
    let mut all: Vec<usize> = entities
        .iter()
        .flat_map(|e| e.mentions.iter().copied())
        .collect();
    all.sort_unstable();
    assert_eq!(all, (0..p.mentions.len()).collect::<Vec<_>>());
}

#[test]
fn stricter_threshold_keeps_fewer() {
    let p = parse(ARTICLE);
    let all = link(
        &p.text,
        &p.tokens,
        &p.sentences,
        &p.mentions,
        &RelationParams::default(),
    )
    .1;
    let strict = link(
        &p.text,
        &p.tokens,
        &p.sentences,
        &p.mentions,
        &RelationParams::default().with_threshold(0.85),
    )
    .1;
    assert!(strict.len() < all.len() && !strict.is_empty());
    assert!(strict.iter().all(|r| r.score >= 0.85));
}
