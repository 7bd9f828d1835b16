//! Pattern tests on sentences written for them, tagged by hand.

use super::testutil::{lines, parse, untagged, Parsed};
use super::*;
use crate::document::{Entity, Relation};
use crate::kind::EntityKind;

fn run(p: &Parsed) -> (Vec<Entity>, Vec<Relation>) {
    link(
        &p.text,
        &p.tokens,
        &p.sentences,
        &p.mentions,
        &RelationParams::default(),
    )
}

/// The relation lines of `p`, after checking every evidence span against the text.
fn read(p: &Parsed) -> Vec<String> {
    let (entities, relations) = run(p);
    check_spans(&p.text, &relations);
    lines(&entities, &relations)
}

/// The relation lines of `p` with `rule` turned off.
fn read_without(p: &Parsed, rule: Rule) -> Vec<String> {
    let params = RelationParams::default().without(rule);
    let (entities, relations) = link(&p.text, &p.tokens, &p.sentences, &p.mentions, &params);
    check_spans(&p.text, &relations);
    lines(&entities, &relations)
}

fn has(lines: &[String], want: &str) -> bool {
    lines.iter().any(|l| l == want)
}

fn check_spans(text: &str, relations: &[Relation]) {
    for r in relations {
        assert!((0.0..=1.0).contains(&r.score));
        for e in &r.evidence {
            assert_eq!(&text[e.subject.start..e.subject.end], e.subject.text);
            assert_eq!(&text[e.object.start..e.object.end], e.object.text);
            assert!(text.get(e.start..e.end).is_some());
        }
    }
}

const ACTIVE_ROLE: &str = "
Dutch JJ B-NP B-MISC
Prime NNP I-NP O
Minister NNP I-NP O
Anna NNP I-NP B-PER
Veldt NNP I-NP I-PER
met VBD B-VP O
Kenyan JJ B-NP B-MISC
President NNP I-NP O
Samuel NNP I-NP B-PER
Oduya NNP I-NP I-PER
in IN B-PP O
Nairobi NNP B-NP B-LOC
on IN B-PP O
Friday NNP B-NP O
. . O O

Veldt NNP B-NP B-PER
later RB B-ADVP O
visited VBD B-VP O
the DT B-NP O
Kenyan JJ I-NP B-MISC
parliament NN I-NP O
. . O O
";

#[test]
fn active_and_roles() {
    let p = parse(ACTIVE_ROLE);
    let (entities, relations) = run(&p);
    let got = lines(&entities, &relations);
    assert!(
        has(&got, "Anna Veldt – met – Samuel Oduya [meet]"),
        "{got:#?}"
    );
    assert!(
        has(&got, "Anna Veldt – prime minister of – Netherlands [role]"),
        "{got:#?}"
    );
    assert!(
        has(&got, "Samuel Oduya – president of – Kenya [role]"),
        "{got:#?}"
    );
    // A demonym modifying a noun stands for its country, at a lower score.
    assert!(
        has(&got, "Anna Veldt – visited – Kenya [visit]"),
        "{got:#?}"
    );
    // Surname joins the full name.
    let veldt = entities
        .iter()
        .find(|e| e.name == "Anna Veldt")
        .expect("entity");
    assert_eq!(veldt.mentions.len(), 2);
    assert!(veldt.aliases.contains(&"Veldt".to_string()));
    // `in Nairobi` is an adjunct of `met`, not a relation with the city.
    assert!(!got.iter().any(|l| l.contains("Nairobi")), "{got:#?}");
    check_spans(&p.text, &relations);
}

const PASSIVE_COORD: &str = "
The DT B-NP O
Tallinn NNP I-NP B-MISC
Charter NNP I-NP I-MISC
was VBD B-VP O
signed VBN I-VP O
by IN B-PP O
Finland NNP B-NP B-LOC
and CC O O
Estonia NNP B-NP B-LOC
on IN B-PP O
Monday NNP B-NP O
. . O O

Canada NNP B-NP B-LOC
and CC O O
the DT B-NP O
African NNP I-NP B-ORG
Union NNP I-NP I-ORG
criticized VBD B-VP O
Zambia NNP B-NP B-LOC
over IN B-PP O
the DT B-NP O
vote NN I-NP O
. . O O
";

#[test]
fn passive_and_coordination() {
    let p = parse(PASSIVE_COORD);
    let (entities, relations) = run(&p);
    let got = lines(&entities, &relations);
    assert!(
        has(&got, "Finland – signed – Tallinn Charter [sign]"),
        "{got:#?}"
    );
    assert!(
        has(&got, "Estonia – signed – Tallinn Charter [sign]"),
        "{got:#?}"
    );
    assert!(
        has(&got, "Canada – criticized – Zambia [criticize]"),
        "{got:#?}"
    );
    assert!(
        has(&got, "African Union – criticized – Zambia [criticize]"),
        "{got:#?}"
    );
    assert_eq!(relations.len(), 4, "{got:#?}");
    check_spans(&p.text, &relations);
}

const SPEECH: &str = "
Foreign NNP B-NP O
Minister NNP I-NP O
Paul NNP I-NP B-PER
Moreau NNP I-NP I-PER
said VBD B-VP O
Zambia NNP B-NP B-LOC
is VBZ B-VP O
an DT B-NP O
authoritarian JJ I-NP O
state NN I-NP O
. . O O

Moreau NNP B-NP B-PER
said VBD B-VP O
Sweden NNP B-NP B-LOC
has VBZ B-VP O
signed VBN I-VP O
the DT B-NP O
Oslo NNP I-NP B-MISC
Accord NNP I-NP I-MISC
. . O O

\" `` O O
We PRP B-NP O
welcome VBP B-VP O
Sweden NNP B-NP B-LOC
, , O O
which WDT B-NP O
has VBZ B-VP O
become VBN I-VP O
a DT B-NP O
reliable JJ I-NP O
partner NN I-NP O
, , O O
\" '' O O
Moreau NNP B-NP B-PER
said VBD B-VP O
. . O O
";

#[test]
fn reported_speech() {
    let p = parse(SPEECH);
    let (entities, relations) = run(&p);
    let got = lines(&entities, &relations);
    assert!(
        has(&got, "Paul Moreau – criticized – Zambia [criticize]"),
        "{got:#?}"
    );
    assert!(
        has(&got, "Sweden – has signed – Oslo Accord [sign]"),
        "{got:#?}"
    );
    assert!(
        has(&got, "Paul Moreau – praised – Sweden [praise]"),
        "{got:#?}"
    );
    // The speaker is not the subject of what he reports.
    assert!(
        !got.iter()
            .any(|l| l.starts_with("Paul Moreau – has signed")),
        "{got:#?}"
    );
    // `We welcome Sweden` and `Sweden, which has become a reliable partner` merge into one relation.
    let praise = relations
        .iter()
        .find(|r| r.relation.as_deref() == Some("praise"))
        .expect("praise");
    assert_eq!(praise.evidence.len(), 2, "{praise:?}");
    assert_eq!(praise.predicate, "praised");
    check_spans(&p.text, &relations);
}

const TITLES: &str = "
NORDCOM NNP B-NP B-ORG
spokeswoman NN I-NP O
Maria NNP I-NP B-PER
Lind NNP I-NP I-PER
told VBD B-VP O
Reuters NNP B-NP B-ORG
that IN B-SBAR O
the DT B-NP O
talks NNS I-NP O
had VBD B-VP O
ended VBN I-VP O
. . O O

Later RB B-ADVP O
, , O O
the DT B-NP O
NORDCOM NNP I-NP B-ORG
spokeswoman NN I-NP O
praised VBD B-VP O
the DT B-NP O
work NN I-NP O
of IN B-PP O
the DT B-NP O
Austrian JJ I-NP B-MISC
delegation NN I-NP O
. . O O

The DT B-NP O
European NNP I-NP B-ORG
Union NNP I-NP I-ORG
issued VBD B-VP O
a DT B-NP O
strongly RB I-NP O
worded VBN I-NP O
statement NN I-NP O
condemning VBG B-VP O
the DT B-NP O
Zambian JJ I-NP B-MISC
government NN I-NP O
. . O O
";

#[test]
fn nominal_titles_and_judgement_verbs() {
    let p = parse(TITLES);
    let (entities, relations) = run(&p);
    let got = lines(&entities, &relations);
    assert!(
        has(&got, "Maria Lind – spokeswoman of – NORDCOM [role]"),
        "{got:#?}"
    );
    assert!(has(&got, "Maria Lind – told – Reuters [tell]"), "{got:#?}");
    assert!(
        has(&got, "Maria Lind – praised work of – Austria [praise]"),
        "{got:#?}"
    );
    assert!(
        has(
            &got,
            "European Union – issued statement condemning – Zambia [criticize]"
        ),
        "{got:#?}"
    );
    let lind = entities
        .iter()
        .find(|e| e.name == "Maria Lind")
        .expect("entity");
    assert!(
        lind.aliases.iter().any(|a| a == "NORDCOM spokeswoman"),
        "{lind:?}"
    );
    let evidence = relations
        .iter()
        .find(|r| r.predicate == "praised work of")
        .map(|r| &r.evidence[0])
        .expect("praise");
    assert_eq!(evidence.subject.text, "the NORDCOM spokeswoman");
    check_spans(&p.text, &relations);
}

const ACRONYMS: &str = "
The DT B-NP O
European NNP I-NP B-ORG
Free NNP I-NP I-ORG
Trade NNP I-NP I-ORG
Association NNP I-NP I-ORG
( ( O O
EFTA NNP B-NP B-ORG
) ) O O
signed VBD B-VP O
the DT B-NP O
Treaty NNP I-NP B-MISC
of IN I-NP I-MISC
Open NNP I-NP I-MISC
Borders NNP I-NP I-MISC
. . O O

EFTA NNP B-NP B-ORG
ratified VBD B-VP O
the DT B-NP O
treaty NN I-NP O
with IN B-PP O
the DT B-NP O
U.S. NNP I-NP B-LOC
. . O O

The DT B-NP O
United NNP I-NP B-LOC
States NNPS I-NP I-LOC
and CC O O
EFTA NNP B-NP B-ORG
held VBD B-VP O
talks NNS B-NP O
with IN B-PP O
Chile NNP B-NP B-LOC
. . O O
";

#[test]
fn acronyms_and_aliases() {
    let p = parse(ACRONYMS);
    let (entities, relations) = run(&p);
    let got = lines(&entities, &relations);
    let efta = entities
        .iter()
        .find(|e| e.name == "European Free Trade Association")
        .expect("EFTA");
    assert_eq!(efta.mentions.len(), 4);
    assert!(efta.aliases.contains(&"EFTA".to_string()));
    let treaty = entities
        .iter()
        .find(|e| e.name == "Treaty of Open Borders")
        .expect("treaty");
    // No invented acronym: `TOOB` does not occur in the text.
    assert!(!treaty.aliases.contains(&"TOOB".to_string()), "{treaty:?}");
    let us = entities
        .iter()
        .find(|e| e.name == "United States")
        .expect("US");
    assert!(us.aliases.contains(&"U.S.".to_string()));
    assert!(
        has(
            &got,
            "European Free Trade Association – signed – Treaty of Open Borders [sign]"
        ),
        "{got:#?}"
    );
    // The light verb `held` gives way to its noun.
    assert!(
        has(&got, "United States – held talks with – Chile [negotiate]"),
        "{got:#?}"
    );
    assert!(
        has(
            &got,
            "European Free Trade Association – held talks with – Chile [negotiate]"
        ),
        "{got:#?}"
    );
    check_spans(&p.text, &relations);
}

#[test]
fn symmetric_and_nominal() {
    let p = parse(
        "
Norway NNP B-NP B-LOC
and CC O O
Iceland NNP B-NP B-LOC
signed VBD B-VP O
a DT B-NP O
fishing NN I-NP O
accord NN I-NP O
. . O O

The DT B-NP O
signing NN I-NP O
of IN B-PP O
the DT B-NP O
Reykjavik NNP I-NP B-MISC
Pact NNP I-NP I-MISC
by IN B-PP O
Denmark NNP B-NP B-LOC
was VBD B-VP O
delayed VBN I-VP O
. . O O
",
    );
    let (entities, relations) = run(&p);
    let got = lines(&entities, &relations);
    assert!(has(&got, "Norway – signed – Iceland [sign]"), "{got:#?}");
    assert!(
        has(&got, "Denmark – signed – Reykjavik Pact [sign]"),
        "{got:#?}"
    );
    assert_eq!(relations.len(), 2, "{got:#?}");
}

#[test]
fn negation_is_untyped() {
    let p = parse(
        "
Norway NNP B-NP B-LOC
did VBD B-VP O
not RB I-VP O
sign VB I-VP O
the DT B-NP O
Reykjavik NNP I-NP B-MISC
Pact NNP I-NP I-MISC
. . O O
",
    );
    let (_, relations) = run(&p);
    assert!(
        relations.iter().all(|r| r.relation.is_none()),
        "{relations:?}"
    );
}

#[test]
fn without_pos_tags_clusters_and_roles_still_work() {
    let p = untagged(parse(ACTIVE_ROLE));
    let (entities, relations) = run(&p);
    let got = lines(&entities, &relations);
    assert!(
        has(&got, "Anna Veldt – prime minister of – Netherlands [role]"),
        "{got:#?}"
    );
    assert!(
        has(&got, "Samuel Oduya – president of – Kenya [role]"),
        "{got:#?}"
    );
    assert!(
        has(&got, "Anna Veldt – met – Samuel Oduya [meet]"),
        "{got:#?}"
    );
    assert_eq!(
        entities
            .iter()
            .filter(|e| e.kind == EntityKind::Person)
            .count(),
        2
    );
    check_spans(&p.text, &relations);
}

#[test]
fn threshold_filters() {
    let p = parse(ACTIVE_ROLE);
    let params = RelationParams::default().with_threshold(0.95);
    let (_, relations) = link(&p.text, &p.tokens, &p.sentences, &p.mentions, &params);
    assert!(relations.is_empty(), "{relations:?}");
}

#[test]
fn never_panics_on_odd_input() {
    let params = RelationParams::default();
    assert_eq!(link("", &[], &[], &[], &params), (Vec::new(), Vec::new()));
    // Mentions and sentences pointing nowhere, offsets inside a multi-byte char, no tags.
    let text = "Zürich – 東京 said Ωmega met «Ünal».";
    let p = untagged(parse("Zürich\n–\n東京\nsaid\nΩmega\nmet\n«Ünal»\n."));
    let mut mentions = p.mentions.clone();
    mentions.push(Mention {
        text: "Zü".into(),
        label: "LOC".into(),
        kind: crate::EntityKind::Location,
        start: 0,
        end: 2,
        score: 2.0,
        first_token: 9,
        end_token: 3,
    });
    mentions.push(Mention {
        text: "東京".into(),
        label: "LOC".into(),
        kind: crate::EntityKind::Location,
        start: 10,
        end: 13,
        score: 0.5,
        first_token: 2,
        end_token: 3,
    });
    mentions.push(Mention {
        text: "".into(),
        label: "PER".into(),
        kind: crate::EntityKind::Person,
        start: 99,
        end: 999,
        score: f32::NAN,
        first_token: 7,
        end_token: 99,
    });
    mentions.push(Mention {
        text: "Ωmega".into(),
        label: "PER".into(),
        kind: crate::EntityKind::Person,
        start: 0,
        end: 0,
        score: 1.0,
        first_token: 4,
        end_token: 5,
    });
    let sentences = vec![
        Sentence {
            start: 5,
            end: 1,
            first_token: 3,
            end_token: 100,
        },
        Sentence {
            start: 0,
            end: 0,
            first_token: 5,
            end_token: 2,
        },
    ];
    for t in [text, p.text.as_str(), "", "x"] {
        let (entities, relations) = link(t, &p.tokens, &sentences, &mentions, &params);
        for r in &relations {
            assert!(r.subject < entities.len() && r.object < entities.len());
        }
        let _ = link(t, &p.tokens, &[], &mentions, &params);
        let _ = link(t, &[], &sentences, &mentions, &params);
    }
}

mod fuzz {
    use super::*;
    use crate::document::Token;
    use proptest::prelude::*;

    const TAGS: &[&str] = &[
        "NNP", "NN", "VBD", "VBN", "VBZ", "IN", "DT", "JJ", "CC", ",", "POS", "PRP", "WDT", "RB",
        "TO", "MD", "``",
    ];
    const WORDS: &[&str] = &[
        "said",
        "and",
        "the",
        "by",
        "was",
        "signed",
        "Ünal",
        "東京",
        "\"",
        ",",
        "'s",
        "which",
        "is",
        "dictatorship",
        "of",
        "minister",
        "President",
        "he",
        "Russian",
        "talks",
        "between",
        ".",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn link_never_panics(
            picks in proptest::collection::vec((0..WORDS.len(), 0..TAGS.len(), any::<bool>()), 0..40),
            spans in proptest::collection::vec((0usize..45, 0usize..45, 0usize..4), 0..8),
            cuts in proptest::collection::vec(0usize..45, 0..5),
        ) {
            let text: String = picks.iter().map(|(w, _, _)| WORDS[*w]).collect::<Vec<_>>().join(" ");
            let ranges = crate::text::words(&text);
            let tokens: Vec<Token> = ranges.iter().zip(picks.iter().cycle()).map(|(r, (_, t, tagged))| Token {
                text: text[r.clone()].to_string(), start: r.start, end: r.end,
                pos: tagged.then(|| TAGS[*t].parse().unwrap()), chunk: None, head: None, deprel: None,
            }).collect();
            let mut sentences = Vec::new();
            let mut last = 0;
            for c in cuts.iter().copied().chain([tokens.len()]) {
                sentences.push(Sentence { start: 0, end: text.len(), first_token: last, end_token: c });
                last = c;
            }
            let labels = ["PER", "ORG", "LOC", "MISC"];
            let mentions: Vec<Mention> = spans.iter().map(|&(a, b, l)| {
                let (s, e) = (tokens.get(a).map_or(a, |t| t.start), tokens.get(b.saturating_sub(1)).map_or(b, |t| t.end));
                Mention { text: text.get(s..e).unwrap_or("x").to_string(), label: labels[l].into(), kind: [EntityKind::Person, EntityKind::Organization, EntityKind::Location, EntityKind::Misc][l], start: s, end: e, score: 0.9, first_token: a, end_token: b }
            }).collect();
            let (entities, relations) = link(&text, &tokens, &sentences, &mentions, &RelationParams::default().with_threshold(0.0));
            for r in &relations {
                prop_assert!(r.subject < entities.len() && r.object < entities.len());
                for e in &r.evidence {
                    prop_assert_eq!(text.get(e.subject.start..e.subject.end), Some(e.subject.text.as_str()));
                    prop_assert_eq!(text.get(e.object.start..e.object.end), Some(e.object.text.as_str()));
                }
            }
            let doc = crate::Document { mentions, entities, relations, sentences, tokens };
            let _ = (crate::output::table(&text, &doc), crate::output::dot(&doc), crate::output::html(&text, &doc));
        }
    }
}

#[test]
fn organisations_based_in_the_country_before_their_name() {
    let p = parse(
        "The DT B-NP O
Yugoslav JJ I-NP B-MISC
news NN I-NP O
agency NN I-NP O
Tanjug NNP I-NP B-ORG
said VBD B-VP O
France NNP B-NP B-LOC
's POS B-NP O
Hachette NNP I-NP B-ORG
would MD B-VP O
bid VB I-VP O
. . O O

Yugoslavia NNP B-NP B-LOC
agreed VBD B-VP O
. . O O
",
    );
    let got = read(&p);
    assert!(
        has(&got, "Tanjug – based in – Yugoslavia [based_in]"),
        "{got:#?}"
    );
    assert!(
        has(&got, "Hachette – based in – France [based_in]"),
        "{got:#?}"
    );
    assert!(!read_without(&p, Rule::Affiliations)
        .iter()
        .any(|l| l.contains("based_in")));
}

#[test]
fn place_apposition_is_located_in_but_a_list_is_not() {
    let p = parse(
        "Police NNS B-NP O
in IN B-PP O
Toledo NNP B-NP B-LOC
, , O O
Ohio NNP B-NP B-LOC
, , O O
arrested VBD B-VP O
two CD B-NP O
men NNS I-NP O
. . O O

In IN B-PP O
Vilnius NNP B-NP B-LOC
, , O O
Ukraine NNP B-NP B-LOC
's POS B-NP O
entry NN I-NP O
was VBD B-VP O
discussed VBN I-VP O
. . O O

Ministers NNS B-NP O
from IN B-PP O
France NNP B-NP B-LOC
, , O O
Germany NNP B-NP B-LOC
and CC O O
Italy NNP B-NP B-LOC
met VBD B-VP O
. . O O
",
    );
    let got = read(&p);
    assert!(
        has(&got, "Toledo – located in – Ohio [located_in]"),
        "{got:#?}"
    );
    assert!(
        !got.iter().any(|l| l.contains("France – located in")),
        "{got:#?}"
    );
    assert!(
        !got.iter().any(|l| l.contains("Vilnius – located in")),
        "{got:#?}"
    );
}

#[test]
fn a_demonym_qualifying_a_noun_is_no_object() {
    let p = parse(
        "Saddam NNP B-NP B-PER
Hussein NNP I-NP I-PER
told VBD B-VP O
visiting VBG B-NP O
Russian JJ I-NP B-MISC
nationalist NN I-NP O
Vladimir NNP I-NP B-PER
Zhirinovsky NNP I-NP I-PER
that IN B-SBAR O
Iraq NNP B-NP B-LOC
would MD B-VP O
win VB I-VP O
. . O O

Russia NNP B-NP B-LOC
agreed VBD B-VP O
. . O O
",
    );
    let got = read(&p);
    assert!(
        !got.iter()
            .any(|l| l.starts_with("Saddam Hussein –") && l.contains("– Russia")),
        "{got:#?}"
    );
}

#[test]
fn a_demonym_before_a_noun_for_a_person_is_no_object() {
    let read_words = |noun: &str| {
        read(&parse(&format!(
            "Jordan NNP B-NP B-LOC
expels VBZ B-VP O
Iraqi JJ B-NP B-MISC
{noun} NN I-NP O
. . O O
"
        )))
    };
    let got = read_words("diplomat");
    assert!(!got.iter().any(|l| l.starts_with("Jordan –")), "{got:#?}");
    // a thing's adjective still stands for its country
    let got = read_words("embassy");
    assert!(
        got.iter().any(|l| l.starts_with("Jordan – expels – Iraq")),
        "{got:#?}"
    );
}

#[test]
fn its_before_a_title_is_the_organisation_named_before() {
    let p = parse(
        "A DT B-NP O
Vostok NNP I-NP B-ORG
statement NN I-NP O
said VBD B-VP O
its PRP$ B-NP O
chairman NN I-NP O
Ines NNP I-NP B-PER
Moreau NNP I-NP I-PER
resigned VBD B-VP O
. . O O
",
    );
    let got = read(&p);
    assert!(
        has(&got, "Ines Moreau – chairman of – Vostok [role]"),
        "{got:#?}"
    );
}

#[test]
fn state_office_without_country_is_held_in_the_documents_country() {
    // Kenya is named first, and no country more often: `President Samuel Oduya` holds office there; the
    // spokesman is no state office.
    let text = "Kenya NNP B-NP B-LOC
held VBD B-VP O
elections NNS B-NP O
. . O O

President NNP B-NP O
Samuel NNP I-NP B-PER
Oduya NNP I-NP I-PER
spoke VBD B-VP O
in IN B-PP O
Nairobi NNP B-NP B-LOC
. . O O

security NN B-NP O
chief NN I-NP O
Ann NNP I-NP B-PER
Wekesa NNP I-NP I-PER
resigned VBD B-VP O
. . O O

Kenyan JJ B-NP B-MISC
voters NNS I-NP O
met VBD B-VP O
spokesman NN B-NP O
Tom NNP I-NP B-PER
Okello NNP I-NP I-PER
near IN B-PP O
Uganda NNP B-NP B-LOC
. . O O
";
    let got = read(&parse(text));
    assert!(
        has(&got, "Samuel Oduya – president of – Kenya [role]"),
        "{got:#?}"
    );
    assert!(
        has(&got, "Ann Wekesa – security chief of – Kenya [role]"),
        "{got:#?}"
    );
    assert!(
        !got.iter().any(|l| l.starts_with("Tom Okello – spokesman")),
        "{got:#?}"
    );

    // Uganda named first, Kenya more often: no country is the document's.
    let tied = format!(
        "Uganda NNP B-NP B-LOC\nvoted VBD B-VP O\n. . O O\n\nKenya NNP B-NP B-LOC\nvoted VBD B-VP O\n. . O O\n\n{text}"
    );
    let got = read(&parse(&tied));
    assert!(
        !got.iter()
            .any(|l| l.starts_with("Samuel Oduya – president")),
        "{got:#?}"
    );

    // A country named as a possessor in the title's sentence holds the office there.
    let possessor = format!(
        "{text}\nUganda NNP B-NP B-LOC\n's POS B-NP O\nparliament NN I-NP O\nimpeached VBD B-VP O\nPresident NNP B-NP O\nYoweri NNP I-NP B-PER\nMuseveni NNP I-NP I-PER\n. . O O\n"
    );
    let got = read(&parse(&possessor));
    assert!(
        has(&got, "Yoweri Museveni – president of – Uganda [role]"),
        "{got:#?}"
    );
    assert!(
        has(&got, "Samuel Oduya – president of – Kenya [role]"),
        "{got:#?}"
    );

    // A region (a demonym's place flagged `region`, here Chechnya) named first and most is no
    // state: the office stays in Kenya.
    let region = format!(
        "Chechnya NNP B-NP B-LOC\nvoted VBD B-VP O\n. . O O\n\nChechen JJ B-NP B-MISC\nrebels NNS I-NP O\nvoted VBD B-VP O\n. . O O\n\n{text}"
    );
    let got = read(&parse(&region));
    assert!(
        has(&got, "Samuel Oduya – president of – Kenya [role]"),
        "{got:#?}"
    );
    assert!(
        !got.iter().any(|l| l.contains("president of – Chechnya")),
        "{got:#?}"
    );

    // and the rule can be turned off
    let p = parse(text);
    assert!(!read_without(&p, Rule::ImpliedCountry)
        .iter()
        .any(|l| l.contains("president of")));
}

#[test]
fn a_datelines_capitals_do_not_name_the_entity() {
    // `ROME` reads like an acronym; the cased `Rome` of the same length names the city.
    let p = parse(
        "ROME NNP B-NP B-LOC
1996-08-31 CD I-NP O

Nyerere NNP B-NP B-PER
arrived VBD B-VP O
in IN B-PP O
Rome NNP B-NP B-LOC
. . O O
",
    );
    let (entities, _) = run(&p);
    let rome = entities
        .iter()
        .find(|e| e.aliases.iter().chain([&e.name]).any(|a| a == "ROME"))
        .expect("Rome");
    assert_eq!(rome.name, "Rome", "{rome:?}");
    assert_eq!(rome.mentions.len(), 2);
}

#[test]
fn a_person_holds_a_title_for_another() {
    let got = read(&parse(
        "Anna NNP B-NP B-PER
Veldt NNP I-NP I-PER
met VBD B-VP O
reporters NNS B-NP O
. . O O

Tom NNP B-NP B-PER
Okello NNP I-NP I-PER
, , O O
Veldt NNP B-NP B-PER
's POS B-NP O
political JJ I-NP O
adviser NN I-NP O
, , O O
spoke VBD B-VP O
. . O O

Veldt NNP B-NP B-PER
's POS B-NP O
spokesman NN I-NP O
Lena NNP I-NP B-PER
Stam NNP I-NP I-PER
spoke VBD B-VP O
. . O O
",
    ));
    assert!(
        has(
            &got,
            "Tom Okello – political adviser of – Anna Veldt [role]"
        ),
        "{got:#?}"
    );
    assert!(
        has(&got, "Lena Stam – spokesman of – Anna Veldt [role]"),
        "{got:#?}"
    );
}

#[test]
fn a_place_noun_puts_the_place_in_the_country() {
    let got = read(&parse(
        "Kornblum NNP B-NP B-PER
flew VBD B-VP O
to TO B-PP O
the DT B-NP O
Croatian JJ I-NP B-MISC
capital NN I-NP O
Zagreb NNP I-NP B-LOC
and CC O O
the DT B-NP O
Bosnian JJ I-NP B-MISC
town NN I-NP O
of IN B-PP O
Banja NNP B-NP B-LOC
Luka NNP I-NP I-LOC
. . O O

Croatia NNP B-NP B-LOC
and CC O O
Bosnia NNP B-NP B-LOC
voted VBD B-VP O
. . O O
",
    ));
    assert!(
        has(&got, "Zagreb – capital of – Croatia [located_in]"),
        "{got:#?}"
    );
    assert!(
        has(&got, "Banja Luka – located in – Bosnia [located_in]"),
        "{got:#?}"
    );
}

#[test]
fn acting_modifies_a_title() {
    let got = read(&parse(
        "Kornblum NNP B-NP B-PER
met VBD B-VP O
Bosnian NNP B-NP B-MISC
Serb NNP I-NP I-MISC
acting VBG I-NP O
president NN I-NP O
Biljana NNP I-NP B-PER
Plavsic NNP I-NP I-PER
. . O O
",
    ));
    assert!(
        has(
            &got,
            "Biljana Plavsic – acting president of – Bosnian Serb [role]"
        ),
        "{got:#?}"
    );
    assert!(!got.iter().any(|l| l.contains("– acting –")), "{got:#?}");
}

#[test]
fn an_organisations_title_before_the_name_in_apposition() {
    let got = read(&parse(
        "Botswana NNP B-NP B-LOC
's POS B-NP O
envoy NN I-NP O
, , O O
Mothusi NNP B-NP B-PER
Nkgowe NNP I-NP I-PER
, , O O
spoke VBD B-VP O
. . O O
",
    ));
    assert!(
        has(&got, "Mothusi Nkgowe – envoy of – Botswana [role]"),
        "{got:#?}"
    );
}

#[test]
fn an_apposition_closes_after_the_acronym_in_brackets() {
    let got = read(&parse(
        "Flavio NNP B-NP B-PER
Cotti NNP I-NP I-PER
, , O O
the DT B-NP O
chairman NN I-NP O
of IN B-PP O
the DT B-NP O
Nordic NNP I-NP B-ORG
Council NNP I-NP I-ORG
( ( O O
NC NNP B-NP B-ORG
) ) O O
, , O O
spoke VBD B-VP O
. . O O
",
    ));
    assert!(
        has(&got, "Flavio Cotti – chairman of – Nordic Council [role]"),
        "{got:#?}"
    );
}

#[test]
fn a_name_in_a_hyphenated_modifier_is_no_argument() {
    let got = read(&parse(
        "Jordan NNP B-NP B-LOC
accused VBD B-VP O
a DT B-NP O
pro-Baghdad JJ I-NP B-MISC
party NN I-NP O
. . O O

Kabariti NNP B-NP B-PER
flew VBD B-VP O
to TO B-PP O
Palestinian-ruled JJ B-NP B-MISC
Ramallah NNP I-NP B-LOC
. . O O
",
    ));
    assert!(!got.iter().any(|l| l.contains("pro-Baghdad")), "{got:#?}");
    assert!(has(&got, "Kabariti – flew to – Ramallah [-]"), "{got:#?}");
}

#[test]
fn a_hyphenated_modifier_relates_its_name_to_the_next() {
    let got = read(&parse(
        "The DT B-NP O
NATO-led JJ I-NP B-ORG
peace NN I-NP O
force NN I-NP O
( ( O O
IFOR NNP B-NP B-ORG
) ) O O
stays VBZ B-VP O
. . O O

Markham NNP B-NP B-LOC
, , O O
Ontario-based JJ B-NP B-MISC
Magna NNP I-NP B-ORG
grew VBD B-VP O
. . O O

NATO NNP B-NP B-ORG
and CC O O
Ontario NNP B-NP B-LOC
agreed VBD B-VP O
. . O O
",
    ));
    assert!(has(&got, "NATO – led – IFOR [lead]"), "{got:#?}");
    assert!(
        has(&got, "Magna – based in – Ontario [based_in]"),
        "{got:#?}"
    );
}

#[test]
fn where_something_happened_is_no_relation_but_where_someone_went_is() {
    let got = read(&parse(
        "Rajavi NNP B-NP B-PER
met VBD B-VP O
in IN B-PP O
Baghdad NNP B-NP B-LOC
on IN B-PP O
Wednesday NNP B-NP O
. . O O

Levy NNP B-NP B-PER
arrived VBD B-VP O
in IN B-PP O
Bonn NNP B-NP B-LOC
. . O O
",
    ));
    assert!(!got.iter().any(|l| l.contains("Baghdad")), "{got:#?}");
    assert!(
        got.iter()
            .any(|l| l.starts_with("Levy – arrived in – Bonn")),
        "{got:#?}"
    );
}

#[test]
fn he_is_the_first_person_named_before_it_in_the_sentence() {
    let got = read(&parse(
        "Zhirinovsky NNP B-NP B-PER
told VBD B-VP O
Saddam NNP B-NP B-PER
before IN B-SBAR O
he PRP B-NP O
left VBD B-VP O
Baghdad NNP B-NP B-LOC
. . O O
",
    ));
    assert!(has(&got, "Zhirinovsky – left – Baghdad [-]"), "{got:#?}");
    assert!(
        !got.iter().any(|l| l.starts_with("Saddam – left")),
        "{got:#?}"
    );
}

#[test]
fn a_title_of_an_organisation_just_before_a_name() {
    // `TITLE for ORG, NAME,` and `TITLE of ORG (ACRONYM) NAME`
    let p = parse(
        "The DT B-NP O
judge NN I-NP O
questioned VBD B-VP O
the DT B-NP O
chief JJ I-NP O
counsel NN I-NP O
for IN B-PP O
Vostok NNP B-NP B-ORG
, , O O
Ines NNP B-NP B-PER
Moreau NNP I-NP I-PER
, , O O
on IN B-PP O
Monday NNP B-NP O
. . O O

He PRP B-NP O
met VBD B-VP O
the DT B-NP O
secretary-general NN I-NP O
of IN B-PP O
the DT B-NP O
Andean NNP I-NP B-ORG
Workers NNP I-NP I-ORG
Party NNP I-NP I-ORG
( ( O O
AWP NNP B-NP B-ORG
) ) O O
Tom NNP B-NP B-PER
Okello NNP I-NP I-PER
. . O O
",
    );
    let got = read(&p);
    assert!(
        has(&got, "Ines Moreau – chief counsel of – Vostok [role]"),
        "{got:#?}"
    );
    assert!(
        has(
            &got,
            "Tom Okello – secretary-general of – Andean Workers Party [role]"
        ),
        "{got:#?}"
    );
}

#[test]
fn an_organisations_acronym_between_it_and_the_title() {
    let p = parse(
        "Andean NNP B-NP B-ORG
Workers NNP I-NP I-ORG
Party NNP I-NP I-ORG
( ( O O
AWP NNP B-NP B-ORG
) ) O O
chairman NN B-NP O
Tom NNP I-NP B-PER
Okello NNP I-NP I-PER
resigned VBD B-VP O
. . O O
",
    );
    let got = read(&p);
    assert!(
        has(
            &got,
            "Tom Okello – chairman of – Andean Workers Party [role]"
        ),
        "{got:#?}"
    );
}

#[test]
fn a_demonym_before_a_persons_descriptor_gives_their_country() {
    let p = parse(
        "Kenyan JJ B-NP B-MISC
tourist NN I-NP O
guide NN I-NP O
Ines NNP I-NP B-PER
Moreau NNP I-NP I-PER
was VBD B-VP O
freed VBN I-VP O
. . O O

Kenyan JJ B-NP B-MISC
Foreign NNP I-NP O
Minister NNP I-NP O
Tom NNP I-NP B-PER
Okello NNP I-NP I-PER
spoke VBD B-VP O
. . O O
",
    );
    let got = read(&p);
    assert!(
        has(&got, "Ines Moreau – tourist guide from – Kenya [citizen]"),
        "{got:#?}"
    );
    // a title makes it a role, not a nationality
    assert!(
        !got.iter()
            .any(|l| l.starts_with("Tom Okello") && l.contains("from")),
        "{got:#?}"
    );
}

#[test]
fn a_country_adjective_before_an_organisation_is_part_of_its_name() {
    let p = parse(
        "German JJ B-NP B-MISC
Foreign NNP I-NP B-ORG
Ministry NNP I-NP I-ORG
spokesman NN I-NP O
Martin NNP I-NP B-PER
Erdmann NNP I-NP I-PER
spoke VBD B-VP O
. . O O

Slovak JJ B-NP B-MISC
UNHCR NNP I-NP B-ORG
spoke VBD B-VP O
. . O O
",
    );
    let (entities, relations) = run(&p);
    let got = lines(&entities, &relations);
    assert!(
        has(
            &got,
            "Martin Erdmann – spokesman of – German Foreign Ministry [role]"
        ),
        "{got:#?}"
    );
    // the adjective names no entity of its own: no `Foreign Ministry – based in – Germany`
    assert!(
        !entities.iter().any(|e| e.name == "Germany"),
        "{entities:#?}"
    );
    // an acronym keeps its own name, and the adjective its country
    assert!(entities.iter().any(|e| e.name == "UNHCR"), "{entities:#?}");
    assert!(
        entities.iter().any(|e| e.name == "Slovakia"),
        "{entities:#?}"
    );
}

#[test]
fn a_countrys_person_is_its_citizen_or_holds_their_title_there() {
    let p = parse(
        "Foreign NNP B-NP O
Minister NNP I-NP O
Lamberto NNP I-NP B-PER
Dini NNP I-NP I-PER
spoke VBD B-VP O
. . O O

Kenya NNP B-NP B-LOC
's POS B-NP O
Okello NNP I-NP B-PER
met VBD B-VP O
Italy NNP B-NP B-LOC
's POS B-NP O
Dini NNP I-NP B-PER
. . O O
",
    );
    let got = read(&p);
    assert!(has(&got, "Okello – 's – Kenya [citizen]"), "{got:#?}");
    assert!(
        has(&got, "Lamberto Dini – foreign minister of – Italy [role]"),
        "{got:#?}"
    );
}

#[test]
fn a_title_qualified_by_a_country_earlier_is_held_there_later() {
    let p = parse(
        "A DT B-NP O
Kenyan JJ I-NP B-MISC
cultural JJ I-NP O
attache NN I-NP O
was VBD B-VP O
detained VBN I-VP O
. . O O

Police NNS B-NP O
questioned VBD B-VP O
attache NN B-NP O
Tom NNP I-NP B-PER
Okello NNP I-NP I-PER
. . O O
",
    );
    let got = read(&p);
    assert!(
        has(&got, "Tom Okello – attache of – Kenya [role]"),
        "{got:#?}"
    );
    assert!(!read_without(&p, Rule::ImpliedCountry)
        .iter()
        .any(|l| l.starts_with("Tom Okello – attache")));
}

#[test]
fn a_first_name_alone_joins_the_one_person_it_belongs_to() {
    let p = parse(
        "Ines NNP B-NP B-PER
Moreau NNP I-NP I-PER
met VBD B-VP O
Tom NNP B-NP B-PER
Okello NNP I-NP I-PER
. . O O

Ines NNP B-NP B-PER
left VBD B-VP O
. . O O
",
    );
    let (entities, _) = run(&p);
    let people: Vec<_> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .collect();
    assert_eq!(people.len(), 2, "{entities:#?}");
    let ines = people
        .iter()
        .find(|e| e.name == "Ines Moreau")
        .expect("Ines Moreau");
    assert_eq!(ines.mentions.len(), 2, "{entities:#?}");
}

#[test]
fn a_head_argument_inside_a_role_unit_is_its_own_name() {
    // `Croatian President Franjo Tudjman`: the role unit runs from the demonym to the name; the
    // head's argument `Croatian` is Croatia, not the person, so its pair joins the role
    let p = parse(
        "Croatian JJ B-NP B-MISC
President NNP I-NP O
Franjo NNP I-NP B-PER
Tudjman NNP I-NP I-PER
spoke VBD B-VP O
. . O O
",
    );
    let pairs = [HeadPair {
        head: 0..4,
        tail: 0..1,
        relation: HeadRelation::LivesIn,
        prob: 0.9,
        scorer: HeadScorer::Conll04,
    }];
    let (entities, relations) = link_with(
        &p.text,
        &p.tokens,
        &p.sentences,
        &p.mentions,
        &pairs,
        &RelationParams::default().with_head_scorer(HeadScorer::Conll04),
    );
    let role = relations
        .iter()
        .find(|r| r.relation.as_deref() == Some("role"))
        .expect("a role");
    assert_eq!(entities[role.object].name, "Croatia");
    assert!(
        role.evidence
            .iter()
            .any(|e| e.path.first().is_some_and(|p| p == "relation head")),
        "{role:#?}"
    );
}

#[test]
fn a_person_living_in_a_country_is_its_citizen() {
    let p = parse(
        "Tudjman NNP B-NP B-PER
visited VBD B-VP O
Croatia NNP B-NP B-LOC
. . O O
",
    );
    let pairs = [HeadPair {
        head: 0..1,
        tail: 2..3,
        relation: HeadRelation::LivesIn,
        prob: 0.9,
        scorer: HeadScorer::Conll04,
    }];
    let params = RelationParams::default()
        .with_head_scorer(HeadScorer::Conll04)
        .with_head_threshold(0.5);
    let (entities, relations) = link_with(
        &p.text,
        &p.tokens,
        &p.sentences,
        &p.mentions,
        &pairs,
        &params,
    );
    let got = lines(&entities, &relations);
    assert!(
        has(&got, "Tudjman – citizen of – Croatia [lives_in]"),
        "{got:#?}"
    );
}

#[test]
fn a_time_after_a_verb_group_is_no_object() {
    let p = parse(
        "Okafor NNP B-NP B-PER
was VBD B-VP O
captured VBN I-VP O
during IN B-PP O
the DT B-NP O
Gulf NNP I-NP B-MISC
War NNP I-NP I-MISC
. . O O
",
    );
    let got = read(&p);
    assert!(!got.iter().any(|l| l.starts_with("Okafor –")), "{got:#?}");
}

#[test]
fn a_company_office_without_its_company_is_held_in_the_sentences_organisation() {
    let p = parse(
        "Vostok NNP B-NP B-ORG
agreed VBD B-VP O
to TO I-VP O
merge VB I-VP O
with IN B-PP O
Telluride NNP B-NP B-ORG
. . O O

Telluride NNP B-NP B-ORG
said VBD B-VP O
it PRP B-NP O
grew VBD B-VP O
, , O O
said VBD B-VP O
Ines NNP B-NP B-PER
Moreau NNP I-NP I-PER
, , O O
chief JJ B-NP O
financial JJ I-NP O
officer NN I-NP O
. . O O
",
    );
    let got = read(&p);
    assert!(
        has(
            &got,
            "Ines Moreau – chief financial officer of – Telluride [role]"
        ),
        "{got:#?}"
    );
    assert!(!read_without(&p, Rule::ImpliedOrganisation)
        .iter()
        .any(|l| l.starts_with("Ines Moreau – chief financial officer of")));
}

#[test]
fn a_name_of_a_place_or_organisation_is_its_role() {
    let p = parse(
        "Council NNP B-NP B-ORG
President NNP I-NP O
Tono NNP I-NP B-PER
Eitel NNP I-NP I-PER
of IN B-PP O
Germany NNP B-NP B-LOC
said VBD B-VP O
it PRP B-NP O
was VBD B-VP O
late JJ B-ADJP O
. . O O

Judge NNP B-NP O
John NNP I-NP B-PER
Bissell NNP I-NP I-PER
of IN B-PP O
Newark NNP B-NP B-LOC
will MD B-VP O
preside VB I-VP O
. . O O

Ines NNP B-NP B-PER
Moreau NNP I-NP I-PER
of IN B-PP O
the DT B-NP O
murder NN I-NP O
squad NN I-NP O
spoke VBD B-VP O
. . O O
",
    );
    let got = read(&p);
    // the title names its organisation: the place is the person's `of`
    assert!(has(&got, "Tono Eitel – of – Germany [role]"), "{got:#?}");
    // a title without one takes the place
    assert!(
        has(&got, "John Bissell – judge of – Newark [role]"),
        "{got:#?}"
    );
    // no name after `of`: nothing
    assert!(
        !got.iter().any(|l| l.starts_with("Ines Moreau")),
        "{got:#?}"
    );
    assert!(!read_without(&p, Rule::Roles)
        .iter()
        .any(|l| l.contains("Newark") || l.contains("Germany")));
}
