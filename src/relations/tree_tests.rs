//! One test per construction the tree stage reads, on invented sentences with hand-built trees
//! (`word POS NER HEAD DEPREL`): what each must give, and that the tree gave it (its evidence
//! path holds a dependency step).

use super::testutil::{lines, parse_tree};
use super::*;
use crate::document::Relation;

/// The relation lines of a parsed block, and the relations.
fn read(block: &str) -> (Vec<String>, Vec<Relation>) {
    let p = parse_tree(block);
    let (entities, relations) = link(
        &p.text,
        &p.tokens,
        &p.sentences,
        &p.mentions,
        &RelationParams::default(),
    );
    for r in &relations {
        for e in &r.evidence {
            assert_eq!(&p.text[e.subject.start..e.subject.end], e.subject.text);
            assert_eq!(&p.text[e.object.start..e.object.end], e.object.text);
        }
    }
    (lines(&entities, &relations), relations)
}

/// Asserts a relation `subject – predicate – object [type]` came out, read along the tree.
fn expect(block: &str, want: &str) {
    let (got, relations) = read(block);
    let Some(i) = got.iter().position(|l| l == want) else {
        panic!("missing {want:?}; got {got:#?}")
    };
    let tree_step = relations[i]
        .evidence
        .iter()
        .flat_map(|e| &e.path)
        .any(|s| s.contains('<') || s.contains('>'));
    assert!(
        tree_step,
        "{want:?} was not read along the tree: {:?}",
        relations[i].evidence
    );
}

/// One tree with two words in the same place: with the first, `want` comes out (read along the
/// tree); with the second, no relation line contains `absent`.
fn contrast(tree: impl Fn(&str) -> String, (yes, want): (&str, &str), (no, absent): (&str, &str)) {
    expect(&tree(yes), want);
    let (got, _) = read(&tree(no));
    assert!(!got.iter().any(|l| l.contains(absent)), "{no}: {got:#?}");
}

#[test]
fn subject_and_object() {
    expect(
        "Okafor NNP B-PER 2 nsubj
         criticized VBD O 0 root
         Austria NNP B-LOC 2 obj
         . . O 2 punct",
        "Okafor – criticized – Austria [criticize]",
    );
}

#[test]
fn passive_with_agent_is_turned_around() {
    let block = "Austria NNP B-LOC 3 nsubj:pass
                 was VBD O 3 aux:pass
                 criticized VBN O 0 root
                 by IN O 5 case
                 Okafor NNP B-PER 3 obl:agent
                 . . O 3 punct";
    expect(block, "Okafor – criticized – Austria [criticize]");
    assert!(
        !read(block).0.iter().any(|l| l.starts_with("Austria")),
        "reversed: {:?}",
        read(block).0
    );
}

#[test]
fn a_passive_feeling_is_its_subjects_towards_the_agent() {
    // `Austria was dismayed by Okafor's refusal`: Austria feels it (not turned around)
    let block = "Austria NNP B-LOC 4 nsubj:pass
                 was VBD O 4 aux:pass
                 deeply RB O 4 advmod
                 dismayed VBN O 0 root
                 by IN O 8 case
                 Okafor NNP B-PER 8 nmod:poss
                 's POS O 6 case
                 refusal NN O 4 obl:agent
                 . . O 4 punct";
    expect(block, "Austria – was dismayed by – Okafor [criticize]");
    assert!(
        !read(block).0.iter().any(|l| l.starts_with("Okafor")),
        "turned around: {:?}",
        read(block).0
    );
    // the active voice keeps its subject, untyped: Okafor did something
    let (got, _) = read(
        "Okafor NNP B-PER 2 nsubj
         angered VBD O 0 root
         Austria NNP B-LOC 2 obj
         . . O 2 punct",
    );
    assert!(
        got.iter().any(|l| l == "Okafor – angered – Austria [-]"),
        "{got:#?}"
    );
}

#[test]
fn what_is_denied_is_not_stated() {
    let block = |verb: &str| {
        format!(
            "Aides NNS O 2 nsubj
             {verb} VBD O 0 root
             a DT O 4 det
             report NN O 2 obj
             that IN O 8 mark
             Okafor NNP B-PER 8 nsubj
             had VBD O 8 aux
             invited VBN O 4 acl
             Moreau NNP B-PER 8 obj
             . . O 2 punct"
        )
    };
    expect(&block("confirmed"), "Okafor – invited – Moreau [invite]");
    let (got, _) = read(&block("denied"));
    assert!(!got.iter().any(|l| l.starts_with("Okafor")), "{got:#?}");
}

#[test]
fn a_judgement_of_a_noun_phrase_judges_the_name_modifying_it() {
    let (got, _) = read(
        "Okello NNP B-PER 2 nsubj
         said VBD O 0 root
         the DT O 5 det
         Kenyan JJ B-MISC 5 amod
         policy NN O 11 nsubj
         in IN O 8 case
         the DT O 8 det
         north NN O 5 nmod
         is VBZ O 11 cop
         an DT O 11 det
         obstacle NN O 2 ccomp
         . . O 2 punct",
    );
    assert!(
        got.iter()
            .any(|l| l == "Okello – criticized – Kenya [criticize]"),
        "{got:#?}"
    );
}

#[test]
fn a_subject_as_a_title_of_an_organisation_holds_it() {
    expect(
        "Okafor NNP B-PER 2 nsubj
         took VBD O 0 root
         over RP O 2 compound:prt
         as IN O 5 case
         chairman NN O 2 obl
         of IN O 7 case
         Vostok NNP B-ORG 5 nmod
         . . O 2 punct",
        "Okafor – chairman of – Vostok [role]",
    );
}

#[test]
fn the_two_countries_are_the_two_named_last() {
    let named = "Okafor NNP B-PER 2 nsubj
                 visited VBD O 0 root
                 Kenya NNP B-LOC 2 obj
                 and CC O 5 cc
                 Uganda NNP B-LOC 3 conj
                 . . O 2 punct

                 ";
    expect(
        &format!(
            "{named}The DT O 3 det
             two CD O 3 nummod
             countries NNS O 4 nsubj
             signed VBD O 0 root
             a DT O 6 det
             treaty NN O 4 obj
             . . O 4 punct"
        ),
        "Kenya – signed – Uganda [sign]",
    );
    expect(
        &format!(
            "{named}Both DT O 2 det
             countries NNS O 3 nsubj
             signed VBD O 0 root
             a DT O 5 det
             treaty NN O 3 obj
             . . O 3 punct"
        ),
        "Kenya – signed – Uganda [sign]",
    );
}

#[test]
fn apposition_gives_a_role() {
    expect(
        "Okafor NNP B-PER 10 nsubj
         , , O 3 punct
         chairman NN O 1 appos
         of IN O 8 case
         the DT O 8 det
         Senate NNP B-ORG 8 compound
         Finance NNP I-ORG 8 compound
         Committee NNP I-ORG 3 nmod
         , , O 3 punct
         said VBD O 0 root
         on IN O 12 case
         Friday NNP O 10 obl
         . . O 10 punct",
        "Okafor – chairman of – Senate Finance Committee [role]",
    );
}

#[test]
fn title_compound_gives_a_role() {
    let (got, _) = read(
        "Lazard NNP B-ORG 2 compound
         analyst NN O 3 compound
         Ines NNP B-PER 5 nsubj
         Moreau NNP I-PER 3 flat
         said VBD O 0 root
         . . O 5 punct",
    );
    assert!(
        got.iter()
            .any(|l| l.starts_with("Ines Moreau – analyst") && l.ends_with("– Lazard [role]")),
        "{got:#?}"
    );
}

#[test]
fn title_with_the_person_in_apposition_after_it() {
    // (`Austria's ambassador, Okafor` is read by the words already: roles.rs)
    expect(
        "The DT O 2 det
         ambassador NN O 7 nsubj
         to IN O 4 case
         Austria NNP B-LOC 2 nmod
         , , O 6 punct
         Okafor NNP B-PER 2 appos
         spoke VBD O 0 root
         . . O 7 punct",
        "Okafor – ambassador to – Austria [role]",
    );
}

#[test]
fn copula_with_a_nominal_predicate() {
    expect(
        "Poland NNP B-LOC 4 nsubj
         is VBZ O 4 cop
         an DT O 4 det
         ally NN O 0 root
         of IN O 6 case
         Ukraine NNP B-LOC 4 nmod
         . . O 4 punct",
        "Poland – ally of – Ukraine [-]",
    );
}

#[test]
fn relative_clause_subject_is_the_noun_it_modifies() {
    expect(
        "Okafor NNP B-PER 7 nsubj
         , , O 4 punct
         who WP O 4 nsubj
         visited VBD O 1 acl:relcl
         Austria NNP B-LOC 4 obj
         , , O 4 punct
         resigned VBD O 0 root
         . . O 7 punct",
        "Okafor – visited – Austria [visit]",
    );
}

#[test]
fn control_verb_passes_its_subject() {
    let (got, _) = read(
        "Vostok NNP B-ORG 2 nsubj
         agreed VBD O 0 root
         to TO O 4 mark
         buy VB O 2 xcomp
         Telluride NNP B-ORG 4 obj
         . . O 2 punct",
    );
    assert!(
        got.iter()
            .any(|l| l.starts_with("Vostok –") && l.contains("buy") && l.contains("– Telluride")),
        "{got:#?}"
    );
}

#[test]
fn coordination_on_both_sides() {
    let block = "Okafor NNP B-PER 4 nsubj
                 and CC O 3 cc
                 Moreau NNP B-PER 1 conj
                 visited VBD O 0 root
                 Austria NNP B-LOC 4 obj
                 and CC O 7 cc
                 Hungary NNP B-LOC 5 conj
                 . . O 4 punct";
    for want in [
        "Okafor – visited – Austria [visit]",
        "Okafor – visited – Hungary [visit]",
        "Moreau – visited – Austria [visit]",
        "Moreau – visited – Hungary [visit]",
    ] {
        expect(block, want);
    }
}

#[test]
fn a_noun_stands_for_the_names_in_apposition_to_it() {
    let block = "Austria NNP B-LOC 2 nsubj
                 sanctioned VBD O 0 root
                 two CD O 4 nummod
                 leaders NNS O 2 obj
                 , , O 6 punct
                 Okafor NNP B-PER 4 appos
                 and CC O 8 cc
                 Moreau NNP B-PER 6 conj
                 . . O 2 punct";
    expect(block, "Austria – sanctioned – Okafor [sanction]");
    expect(block, "Austria – sanctioned – Moreau [sanction]");
}

#[test]
fn object_inside_a_noun_phrase() {
    let (got, _) = read(
        "Okafor NNP B-PER 2 nsubj
         welcomed VBD O 0 root
         the DT O 4 det
         appointment NN O 2 obj
         of IN O 6 case
         Moreau NNP B-PER 4 nmod
         . . O 2 punct",
    );
    assert!(
        got.iter()
            .any(|l| l.starts_with("Okafor – welcomed") && l.contains("– Moreau")),
        "{got:#?}"
    );
}

#[test]
fn act_noun_with_between() {
    let (got, _) = read(
        "Talks NNS O 6 nsubj
         between IN O 3 case
         Iberia NNP B-ORG 1 nmod
         and CC O 5 cc
         Finnair NNP B-ORG 3 conj
         collapsed VBD O 0 root
         . . O 6 punct",
    );
    assert!(
        got.iter()
            .any(|l| l.starts_with("Iberia –") && l.contains("– Finnair")),
        "{got:#?}"
    );
}

#[test]
fn possessor_of_an_act_noun() {
    let (got, _) = read(
        "Vostok NNP B-ORG 3 nmod:poss
         's POS O 1 case
         bid NN O 6 nsubj
         for IN O 5 case
         Telluride NNP B-ORG 3 nmod
         failed VBD O 0 root
         . . O 6 punct",
    );
    assert!(
        got.iter()
            .any(|l| l.starts_with("Vostok – bid") && l.contains("– Telluride")),
        "{got:#?}"
    );
}

#[test]
fn reported_judgement_without_said() {
    let block = "Okafor NNP B-PER 2 nsubj
                 said VBD O 0 root
                 Belarus NNP B-LOC 6 nsubj
                 was VBD O 6 cop
                 a DT O 6 det
                 dictatorship NN O 2 ccomp
                 . . O 2 punct";
    let (got, _) = read(block);
    assert!(
        got.iter()
            .any(|l| l == "Okafor – criticized – Belarus [criticize]"),
        "{got:#?}"
    );
    assert!(
        !got.iter().any(|l| l.contains("– said")),
        "speaker – said – X is no relation: {got:#?}"
    );
}

#[test]
fn negated_predicate_states_nothing() {
    let (got, _) = read(
        "Okafor NNP B-PER 4 nsubj
         did VBD O 4 aux
         not RB O 4 advmod
         criticize VB O 0 root
         Austria NNP B-LOC 4 obj
         . . O 4 punct",
    );
    assert!(!got.iter().any(|l| l.contains("criticize")), "{got:#?}");
}

#[test]
fn a_wish_states_nothing() {
    let (got, _) = read(
        "Okafor NNP B-PER 2 nsubj
         wants VBZ O 0 root
         to TO O 4 mark
         visit VB O 2 xcomp
         Austria NNP B-LOC 4 obj
         . . O 2 punct",
    );
    assert!(!got.iter().any(|l| l.contains("Austria")), "{got:#?}");
}

#[test]
fn coordinated_subjects_of_a_symmetric_act_noun() {
    // `X and Y started a round of talks`: the act noun (or the object's `of` argument) relates
    // the subjects; a place oblique beside it does not stop it.
    expect(
        "Lebed NNP B-PER 4 nsubj
         and CC O 3 cc
         Maskhadov NNP B-PER 1 conj
         started VBD O 0 root
         a DT O 6 det
         round NN O 4 obj
         of IN O 8 case
         talks NNS O 6 nmod
         in IN O 10 case
         Moscow NNP B-LOC 4 obl
         . . O 4 punct",
        "Lebed – started talks – Maskhadov [negotiate]",
    );
    // a plain object gives no such relation
    let (got, _) = read(
        "Lebed NNP B-PER 4 nsubj
         and CC O 3 cc
         Maskhadov NNP B-PER 1 conj
         started VBD O 0 root
         a DT O 6 det
         war NN O 4 obj
         . . O 4 punct",
    );
    assert!(
        !got.iter().any(|l| l.starts_with("Lebed – started")),
        "{got:#?}"
    );
}

#[test]
fn a_place_nouns_name_and_an_apposed_name_are_in_a_place() {
    expect(
        "shelling VBG O 0 root
         positions NNS O 1 obj
         in IN O 5 case
         Qasri NNP B-LOC 5 compound
         region NN O 1 obl
         in IN O 8 case
         Suleimaniya NNP B-LOC 8 compound
         province NN O 5 nmod
         . . O 1 punct",
        "Qasri – in – Suleimaniya [located_in]",
    );
    expect(
        "The DT O 3 det
         peace NN O 3 compound
         force NN O 10 nsubj
         ( -LRB- O 5 punct
         IFOR NNP B-ORG 3 appos
         ) -RRB- O 5 punct
         in IN O 8 case
         Bosnia NNP B-LOC 3 nmod
         is VBZ O 10 cop
         due JJ O 0 root
         . . O 10 punct",
        "IFOR – in – Bosnia [located_in]",
    );
    // a noun that is no place does not stand for its name
    let (got, _) = read(
        "shelling VBG O 0 root
         positions NNS O 1 obj
         in IN O 5 case
         Qasri NNP B-LOC 5 compound
         positions NNS O 1 obl
         in IN O 8 case
         Suleimaniya NNP B-LOC 8 compound
         province NN O 5 nmod
         . . O 1 punct",
    );
    assert!(!got.iter().any(|l| l.starts_with("Qasri – in")), "{got:#?}");
}

#[test]
fn an_organisation_apposed_with_a_countrys_adjective_is_based_there() {
    let tree = |noun: &str| {
        format!(
            "talks NNS O 0 root
             with IN O 4 case
             the DT O 4 det
             Community NNP B-ORG 1 nmod
             , , O 9 punct
             an DT O 9 det
             Italian JJ B-MISC 9 amod
             Catholic JJ O 9 amod
             {noun} NN O 4 appos
             . . O 1 punct"
        )
    };
    // an apposition that names no organisation gives nothing
    contrast(
        tree,
        ("organisation", "Community – based in – Italy [based_in]"),
        ("pilgrimage", "based in"),
    );
}

#[test]
fn a_raising_predicates_subjects_are_its_infinitives() {
    let tree = |word: &str| {
        format!(
            "Yugoslavia NNP B-LOC 5 nsubj:pass
             and CC O 3 cc
             Croatia NNP B-LOC 1 conj
             were VBD O 5 aux:pass
             {word} VBN O 0 root
             to TO O 7 mark
             sign VB O 5 advcl
             a DT O 9 det
             treaty NN O 7 obj
             . . O 5 punct"
        )
    };
    // a verb that only reports on its subject passes none on
    contrast(
        tree,
        ("poised", "Yugoslavia – poised to sign – Croatia [sign]"),
        ("criticised", "sign"),
    );
}

#[test]
fn a_call_to_boycott_is_a_sanction() {
    // `German call to boycott British lamb`: the noun's clause, both parties read through their
    // adjectives; typed by the lexicon, it passes the threshold.
    expect(
        "EU NNP B-ORG 2 nsubj
         rejects VBZ O 0 root
         German JJ B-MISC 4 amod
         call NN O 2 obj
         to TO O 6 mark
         boycott VB O 4 acl
         British JJ B-MISC 8 amod
         lamb NN O 6 obj
         . . O 2 punct",
        "Germany – boycott – Britain [sanction]",
    );
}

#[test]
fn representatives_from_parties_stand_for_them() {
    let tree = |noun: &str| {
        format!(
            "{noun} NNS O 6 nsubj
             from IN O 3 case
             Armenia NNP B-LOC 1 nmod
             and CC O 5 cc
             Azerbaijan NNP B-LOC 3 conj
             held VBD O 0 root
             talks NNS O 6 obj
             . . O 6 punct"
        )
    };
    // people who stand for no one
    contrast(
        tree,
        (
            "Representatives",
            "Armenia – held talks – Azerbaijan [negotiate]",
        ),
        ("Tourists", "held talks"),
    );
}

#[test]
fn a_visit_noun_takes_its_place_after_in() {
    // `Levy's arrival in Bonn` is a visit; `Levy's attack in Bonn` names no target.
    expect(
        "Levy NNP B-PER 3 nmod:poss
         's POS O 1 case
         arrival NN O 0 root
         in IN O 5 case
         Bonn NNP B-LOC 3 nmod
         . . O 3 punct",
        "Levy – arrival in – Bonn [visit]",
    );
    let (got, _) = read(
        "Levy NNP B-PER 3 nmod:poss
         's POS O 1 case
         attack NN O 0 root
         in IN O 5 case
         Bonn NNP B-LOC 3 nmod
         . . O 3 punct",
    );
    let (_, rels) = read(
        "Parliament NNP B-ORG 2 nsubj
         failed VBD O 0 root
         to TO O 4 mark
         elect VB O 2 xcomp
         Okafor NNP B-PER 4 obj
         . . O 2 punct",
    );
    eprintln!(
        "DEBUG {:?}",
        rels.iter().map(|r| &r.evidence).collect::<Vec<_>>()
    );
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn a_gerund_clause_is_done_by_the_verbs_subject() {
    expect(
        "Rosati NNP B-PER 2 nsubj
         met VBD O 0 root
         Milosevic NNP B-PER 2 obj
         before IN O 5 mark
         visiting VBG O 2 advcl
         Montenegro NNP B-LOC 5 obj
         . . O 2 punct",
        "Rosati – visiting – Montenegro [visit]",
    );
}

#[test]
fn a_nominal_predicate_reaches_the_mention_modifying_its_argument() {
    expect(
        "Banisadr NNP B-PER 9 nsubj
         , , O 4 punct
         an DT O 4 det
         opponent NN O 1 appos
         of IN O 8 case
         the DT O 8 det
         Tehran NNP B-LOC 8 compound
         government NN O 4 nmod
         spoke VBD O 0 root
         . . O 9 punct",
        "Banisadr – opponent of – Tehran [oppose]",
    );
}

#[test]
fn a_title_compound_after_the_name_is_no_role() {
    // the parser attached `spokesman` of `an Iranian embassy spokesman said` to the name before
    let (got, _) = read(
        "Iran NNP B-LOC 2 nsubj
         extradites VBZ O 0 root
         Banisadr NNP B-PER 2 obj
         , , O 2 punct
         an DT O 8 det
         Iranian JJ B-MISC 8 amod
         embassy NN O 8 compound
         spokesman NN O 3 nmod:desc
         said VBD O 2 parataxis
         . . O 2 punct",
    );
    assert!(!got.iter().any(|l| l.contains("spokesman")), "{got:#?}");
}

#[test]
fn a_second_subject_after_the_verb_is_its_object_or_oblique() {
    // the parser's reading of a name after a title: `Klaus Kinkel` as a second `nsubj`
    expect(
        "Levy NNP B-PER 2 nsubj
         met VBD O 0 root
         German JJ B-MISC 5 amod
         Minister NNP O 5 nmod:desc
         Kinkel NNP B-PER 2 nsubj
         . . O 2 punct",
        "Levy – met – Kinkel [meet]",
    );
    expect(
        "Levy NNP B-PER 2 nsubj
         spoke VBD O 0 root
         with IN O 4 case
         Kinkel NNP B-PER 2 nsubj
         . . O 2 punct",
        "Levy – spoke with – Kinkel [-]",
    );
}

#[test]
fn an_object_noun_joins_an_obliques_predicate() {
    expect(
        "Ramos NNP B-PER 2 nsubj
         expressed VBD O 0 root
         gratitude NN O 2 obj
         to IN O 5 case
         Suharto NNP B-PER 2 obl
         . . O 2 punct",
        "Ramos – expressed gratitude to – Suharto [-]",
    );
}

#[test]
fn a_name_part_hung_on_an_earlier_name_is_a_name_of_its_own() {
    expect(
        "Rosati NNP B-PER 2 nsubj
         met VBD O 0 root
         Serbian JJ B-MISC 4 amod
         President NNP O 5 nmod:desc
         Slobodan NNP B-PER 1 flat
         Milosevic NNP I-PER 5 flat
         . . O 2 punct",
        "Rosati – met – Slobodan Milosevic [meet]",
    );
}

#[test]
fn a_verbs_object_noun_lends_no_title_organisation_or_parties() {
    // (the word patterns still read `ordered counsel for`; the tree does not)
    let tree_read = |relations: &[Relation], subject: &str| {
        relations
            .iter()
            .flat_map(|r| &r.evidence)
            .filter(|e| e.subject.text == subject)
            .any(|e| e.path.iter().any(|s| s.contains('<') || s.contains('>')))
    };
    let (_, relations) = read(
        "Wolf NNP B-PER 2 nsubj
         ordered VBD O 0 root
         the DT O 4 det
         counsel NN O 2 obj
         for IN O 6 case
         Biogen NNP B-ORG 4 nmod
         . . O 2 punct",
    );
    assert!(!tree_read(&relations, "Wolf"), "{relations:#?}");
    let (_, relations) = read(
        "Jilani NNP B-PER 2 nsubj
         violated VBD O 0 root
         agreements NNS O 2 obj
         between IN O 5 case
         Israel NNP B-LOC 3 nmod
         and CC O 7 cc
         Syria NNP B-LOC 5 conj
         . . O 2 punct",
    );
    assert!(!tree_read(&relations, "Jilani"), "{relations:#?}");
    // the noun's own arguments still count: `held talks with`
    expect(
        "Levy NNP B-PER 2 nsubj
         held VBD O 0 root
         talks NNS O 2 obj
         with IN O 5 case
         Kinkel NNP B-PER 3 nmod
         . . O 2 punct",
        "Levy – held talks with – Kinkel [negotiate]",
    );
}

#[test]
fn a_second_subject_before_a_verb_is_a_cut_off_clauses_subject() {
    // `told reporters Buyoya would reconvene`: Buyoya is not told anything
    let (_, relations) = read(
        "Terence NNP B-PER 2 nsubj
         told VBD O 0 root
         reporters NNS O 2 obj
         Buyoya NNP B-PER 2 nsubj
         would MD O 6 aux
         reconvene VB O 2 ccomp
         parliament NN O 6 obj
         . . O 2 punct",
    );
    let told = relations
        .iter()
        .flat_map(|r| &r.evidence)
        .any(|e| e.object.text == "Buyoya" && e.path.iter().any(|s| s.contains('>')));
    assert!(!told, "{relations:#?}");
}

#[test]
fn a_mention_modifying_a_person_noun_does_not_stand_for_it() {
    let block = |noun: &str| {
        format!(
            "A DT O 4 det
             senior JJ O 4 amod
             Belarus NNP B-LOC 4 compound
             {noun} NN O 5 nsubj
             accused VBD O 0 root
             Lukashenko NNP B-PER 5 obj
             . . O 5 punct"
        )
    };
    let (_, relations) = read(&block("official"));
    let tree_read = relations
        .iter()
        .flat_map(|r| &r.evidence)
        .any(|e| e.subject.text == "Belarus" && e.path.iter().any(|s| s.contains('>')));
    assert!(!tree_read, "{relations:#?}");
    // troops are the country's
    expect(&block("army"), "Belarus – accused – Lukashenko [accuse]");
}

#[test]
fn a_possessive_word_parsed_as_subject_modifies_the_next_noun() {
    // The parser made `Vostok` a second subject of `meets`; its `'s` makes it `Ines Moreau`'s.
    let block = "Vostok NNP B-ORG 4 nsubj
                 's POS O 1 case
                 Moreau NNP B-PER 4 nsubj
                 meets VBZ O 0 root
                 Okafor NNP B-PER 4 obj
                 . . O 4 punct";
    expect(block, "Moreau – meets – Okafor [meet]");
    let (got, _) = read(block);
    assert!(
        !got.iter().any(|l| l.starts_with("Vostok – meets")),
        "{got:#?}"
    );
}

#[test]
fn a_name_with_a_place_after_in_is_located_there() {
    expect(
        "Kurds NNPS B-MISC 5 nsubj
         in IN O 4 case
         the DT O 4 det
         Andes NNPS B-LOC 1 nmod
         protested VBD O 0 root
         . . O 5 punct",
        "Kurds – in – Andes [located_in]",
    );
}

#[test]
fn a_subject_between_a_verb_and_its_subjectless_clause_is_the_clauses() {
    // parsed with `Okafor` a second subject of `said`
    expect(
        "Sources NNS O 2 nsubj
         said VBD O 0 root
         that IN O 6 mark
         Okafor NNP B-PER 2 nsubj
         had VBD O 6 aux
         appointed VBN O 2 ccomp
         Ines NNP B-PER 6 obj
         Moreau NNP I-PER 7 flat
         . . O 2 punct",
        "Okafor – appointed – Ines Moreau [appoint]",
    );
}

#[test]
fn a_time_is_no_argument() {
    let block = "Okafor NNP B-PER 2 nsubj
                 fled VBD O 0 root
                 after IN O 6 case
                 the DT O 6 det
                 Gulf NNP B-MISC 6 compound
                 War NNP I-MISC 2 obl
                 . . O 2 punct";
    let (got, _) = read(block);
    assert!(!got.iter().any(|l| l.starts_with("Okafor –")), "{got:#?}");
    // a run of prepositions holding one of time
    let block = "Okafor NNP B-PER 2 nsubj
                 ruled VBD O 0 root
                 since IN O 7 case
                 after IN O 7 case
                 the DT O 7 det
                 Gulf NNP B-MISC 7 compound
                 War NNP I-MISC 2 obl
                 . . O 2 punct";
    let (got, _) = read(block);
    assert!(!got.iter().any(|l| l.starts_with("Okafor –")), "{got:#?}");
    // the same verb with a place keeps it
    expect(
        "Okafor NNP B-PER 2 nsubj
         fled VBD O 0 root
         to TO O 4 case
         Kenya NNP B-LOC 2 obl
         . . O 2 punct",
        "Okafor – fled to – Kenya [-]",
    );
}

/// The relation lines of a hand-built tree with the relation head's `pairs` (token ranges), and
/// whether each relation's first evidence is the head's.
fn with_pairs(block: &str, pairs: &[HeadPair], params: &RelationParams) -> Vec<(String, bool)> {
    let p = parse_tree(block);
    let (entities, relations) =
        link_with(&p.text, &p.tokens, &p.sentences, &p.mentions, pairs, params);
    lines(&entities, &relations)
        .into_iter()
        .zip(&relations)
        .map(|(line, r)| {
            let head = r.evidence.first().and_then(|e| e.path.first());
            (line, head.is_some_and(|p| p == "relation head"))
        })
        .collect()
}

fn pair(
    head: std::ops::Range<usize>,
    tail: std::ops::Range<usize>,
    scorer: HeadScorer,
) -> HeadPair {
    HeadPair {
        head,
        tail,
        relation: HeadRelation::LocatedIn,
        prob: 0.95,
        scorer,
    }
}

const AIRBASE: &str = "Troops NNS O 2 nsubj
reached VBD O 0 root
the DT O 5 det
Vexholm NNP B-LOC 5 compound
airbase NN O 2 obj
north RB O 5 advmod
of IN O 8 case
Dravik NNP B-LOC 5 nmod
. . O 2 punct
";

#[test]
fn a_news_pair_the_tree_joins_without_a_verb_stands_with_its_direction() {
    let got = with_pairs(
        AIRBASE,
        &[pair(3..4, 7..8, HeadScorer::News)],
        &RelationParams::default(),
    );
    assert!(
        got.contains(&("Vexholm – north of – Dravik [located_in]".to_string(), true)),
        "{got:#?}"
    );
}

#[test]
fn a_news_pair_with_a_verb_between_its_names_does_not_stand() {
    let block = "Vexholm NNP B-LOC 2 nsubj
shelled VBD O 0 root
Dravik NNP B-LOC 2 obj
. . O 2 punct
";
    let typed = |pairs: &[HeadPair], params: &RelationParams| {
        with_pairs(block, pairs, params)
            .into_iter()
            .filter(|(line, _)| line.ends_with("[located_in]"))
            .collect::<Vec<_>>()
    };
    let news = typed(
        &[pair(0..1, 2..3, HeadScorer::News)],
        &RelationParams::default(),
    );
    assert!(news.is_empty(), "{news:#?}");
    // the CoNLL04 scorer's pairs need no licence
    let conll04 = typed(
        &[pair(0..1, 2..3, HeadScorer::Conll04)],
        &RelationParams::default().with_head_scorer(HeadScorer::Conll04),
    );
    assert_eq!(conll04.len(), 1, "{conll04:#?}");
}

#[test]
fn only_the_chosen_scorer_gives_typed_relations() {
    let typed = |scorer: HeadScorer, params: &RelationParams| {
        with_pairs(AIRBASE, &[pair(3..4, 7..8, scorer)], params)
            .into_iter()
            .filter(|(_, head)| *head)
            .count()
    };
    let (news, conll04) = (
        RelationParams::default(),
        RelationParams::default().with_head_scorer(HeadScorer::Conll04),
    );
    assert_eq!(typed(HeadScorer::News, &news), 1);
    assert_eq!(typed(HeadScorer::Conll04, &news), 0);
    assert_eq!(typed(HeadScorer::Conll04, &conll04), 1);
    assert_eq!(typed(HeadScorer::News, &conll04), 0);
}
