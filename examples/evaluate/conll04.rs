//! `--conll04 FILE [--predictions OUT]`: typed relations on CoNLL04 (SpERT JSON: tokens, BILOU
//! entity tags, relations between entity indexes).
//!
//! Each sentence's tokens are joined by single spaces and read by nerel as one text (no
//! re-segmentation), with the relation head's typed relations standing on their own from
//! probability `--head-threshold` (default 0.5; `RelationParams::with_head_threshold`); the typed relations of `Document::relations` (`work_for`, `lives_in`,
//! `located_in`, `based_in`, `killed`) are mapped back to token indexes through their evidence
//! spans. Per type precision, recall and F1 under two matchings: strict (both argument spans
//! exact) and relaxed (each argument ends on the gold entity's last token). `ner_f1` compares
//! nerel's PER/ORG/LOC mentions with the gold Peop/Org/Loc entities (exact spans and type).
//! The last line is `{"rel_f1_strict":..,"rel_f1_relaxed":..,"ner_f1":..}` (percent).
//! `--predictions OUT` writes one JSON object per sentence, in order:
//! `{"relations":[{"head":[start,end],"tail":[start,end],"type":"Work_For"}]}` (end exclusive).

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;

use serde::Deserialize;

use super::Common;

const USAGE: &str =
    "usage: evaluate --conll04 FILE [--predictions OUT] [--head-threshold P (default 0.5)] [--model DIR] [--backend B] [--batch-size N]";

/// nerel's relation type → CoNLL04's.
const TYPES: &[(&str, &str)] = &[
    ("work_for", "Work_For"),
    ("lives_in", "Live_In"),
    ("located_in", "Located_In"),
    ("based_in", "OrgBased_In"),
    ("killed", "Kill"),
];

#[derive(Deserialize)]
struct Item {
    tokens: Vec<String>,
    entities: Option<Vec<Ent>>,
    tags: Option<Vec<String>>,
    relations: Vec<Rel>,
}

#[derive(Deserialize)]
struct Ent {
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    kind: String,
}

#[derive(Deserialize)]
struct Rel {
    head: usize,
    tail: usize,
    #[serde(rename = "type")]
    kind: String,
}

type Span = (usize, usize);
type Triple = (Span, Span, String);

/// Entity spans of an item: from `entities`, or from BILOU `tags`.
fn entities(item: &Item) -> Vec<(Span, String)> {
    if let Some(ents) = &item.entities {
        return ents
            .iter()
            .map(|e| ((e.start, e.end), e.kind.clone()))
            .collect();
    }
    let mut out = Vec::new();
    let mut start = 0;
    for (i, t) in item.tags.iter().flatten().enumerate() {
        let Some((p, kind)) = t.split_once('-') else {
            continue;
        };
        if p == "B" || p == "U" {
            start = i;
        }
        if p == "L" || p == "U" {
            out.push(((start, i + 1), kind.to_owned()));
        }
    }
    out
}

pub fn run(mut argv: Vec<String>) -> Result<(), Box<dyn std::error::Error>> {
    let common = Common::take(&mut argv)?;
    let (mut file, mut predictions, mut head_threshold) = (None, None, 0.5f32);
    let mut it = argv.into_iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--conll04" => file = Some(it.next().ok_or(USAGE)?),
            "--predictions" => predictions = Some(it.next().ok_or(USAGE)?),
            "--head-threshold" => head_threshold = it.next().ok_or(USAGE)?.parse()?,
            _ => return Err(USAGE.into()),
        }
    }
    let file = file.ok_or(USAGE)?;
    let raw = std::fs::read_to_string(&file).map_err(|e| format!("cannot read {file}: {e}"))?;
    let items: Vec<Item> = serde_json::from_str(&raw).map_err(|e| format!("{file}: {e}"))?;
    // the CoNLL04 scorer's typed relations of all five types stand on their own here (the news
    // default: the news scorer's places, licensed by the tree, from 0.9)
    let params = nerel::RelationParams::default()
        .with_head_scorer(nerel::relations::HeadScorer::Conll04)
        .with_head_types(&nerel::relations::HeadRelation::ALL)
        .with_head_threshold(head_threshold);
    let extractor = common.builder().relations(params).build()?;
    let started = std::time::Instant::now();
    let docs: Vec<Vec<Vec<&str>>> = items
        .iter()
        .map(|i| vec![i.tokens.iter().map(String::as_str).collect()])
        .collect();
    let results = extractor.extract_words(&docs)?;
    let seconds = started.elapsed().as_secs_f64();

    // per type: [strict tp, relaxed tp, predicted, gold]
    let mut counts: BTreeMap<String, [usize; 4]> = BTreeMap::new();
    let (mut ner_tp, mut ner_pred, mut ner_gold) = (0usize, 0usize, 0usize);
    let mut out = String::new();
    for (item, (text, doc)) in items.iter().zip(&results) {
        // byte offset → token index (tokens are joined by single spaces)
        let mut starts = Vec::with_capacity(item.tokens.len());
        let mut at = 0;
        for t in &item.tokens {
            starts.push(at);
            at += t.len() + 1;
        }
        let token_at = |byte: usize| starts.partition_point(|&s| s <= byte).saturating_sub(1);
        let span_of = |s: usize, e: usize| (token_at(s), token_at(e.saturating_sub(1).max(s)) + 1);
        let ents = entities(item);
        let gold: HashSet<Triple> = item
            .relations
            .iter()
            .filter_map(|r| Some((ents.get(r.head)?.0, ents.get(r.tail)?.0, r.kind.clone())))
            .collect();
        let mut pred: HashSet<Triple> = HashSet::new();
        // Every reading of the relation head: a typed relation of its own, or evidence it added
        // to a relation the tree stage read (its path is `relation head`, type).
        for ev in doc.relations.iter().flat_map(|r| &r.evidence) {
            let typed = match ev.path.as_slice() {
                [from, k, ..] if from == "relation head" => {
                    TYPES.iter().find(|(n, _)| n == k).map(|(_, c)| *c)
                }
                _ => None,
            };
            if let Some(kind) = typed {
                pred.insert((
                    span_of(ev.subject.start, ev.subject.end),
                    span_of(ev.object.start, ev.object.end),
                    kind.to_owned(),
                ));
            }
        }
        debug_assert!(text.len() + 1 == at || item.tokens.is_empty());
        for (h, t, k) in &gold {
            counts.entry(k.clone()).or_default()[3] += 1;
            let _ = (h, t);
        }
        for (h, t, k) in &pred {
            let c = counts.entry(k.clone()).or_default();
            c[2] += 1;
            c[0] += gold.contains(&(*h, *t, k.clone())) as usize;
            c[1] += gold
                .iter()
                .any(|(gh, gt, gk)| gk == k && gh.1 == h.1 && gt.1 == t.1)
                as usize;
        }
        // NER: nerel's PER/ORG/LOC against Peop/Org/Loc
        let gold_ner: HashSet<(Span, &str)> = ents
            .iter()
            .filter_map(|(s, k)| match k.as_str() {
                "Peop" => Some((*s, "PER")),
                "Org" => Some((*s, "ORG")),
                "Loc" => Some((*s, "LOC")),
                _ => None,
            })
            .collect();
        let pred_ner: HashSet<(Span, String)> = doc
            .mentions
            .iter()
            .map(|m| (span_of(m.start, m.end), m.label.to_string()))
            .filter(|(_, l)| matches!(l.as_str(), "PER" | "ORG" | "LOC"))
            .collect();
        ner_gold += gold_ner.len();
        ner_pred += pred_ner.len();
        ner_tp += pred_ner
            .iter()
            .filter(|(s, l)| gold_ner.contains(&(*s, l.as_str())))
            .count();
        let mut rels: Vec<&Triple> = pred.iter().collect();
        rels.sort();
        let list: Vec<String> = rels
            .iter()
            .map(|(h, t, k)| {
                format!(
                    "{{\"head\":[{},{}],\"tail\":[{},{}],\"type\":\"{k}\"}}",
                    h.0, h.1, t.0, t.1
                )
            })
            .collect();
        let _ = writeln!(out, "{{\"relations\":[{}]}}", list.join(","));
    }
    if let Some(path) = predictions {
        std::fs::write(&path, &out).map_err(|e| format!("cannot write {path}: {e}"))?;
    }
    let f1 = |tp: usize, p: usize, g: usize| {
        let (pr, rc) = (tp as f64 / p.max(1) as f64, tp as f64 / g.max(1) as f64);
        (
            100.0 * pr,
            100.0 * rc,
            if pr + rc > 0.0 {
                200.0 * pr * rc / (pr + rc)
            } else {
                0.0
            },
        )
    };
    println!("{file}: {} sentences, {seconds:.1} s", items.len());
    println!(
        "{:<12} {:>5} {:>5} | {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6}",
        "type", "gold", "pred", "P", "R", "F1", "P", "R", "F1"
    );
    println!(
        "{:<12} {:>5} {:>5} | {:^20} | {:^20}",
        "", "", "", "strict", "relaxed"
    );
    let mut total = [0usize; 4];
    for (k, c) in &counts {
        let (sp, sr, sf) = f1(c[0], c[2], c[3]);
        let (rp, rr, rf) = f1(c[1], c[2], c[3]);
        println!(
            "{k:<12} {:>5} {:>5} | {sp:>6.2} {sr:>6.2} {sf:>6.2} | {rp:>6.2} {rr:>6.2} {rf:>6.2}",
            c[3], c[2]
        );
        for i in 0..4 {
            total[i] += c[i];
        }
    }
    let (sp, sr, sf) = f1(total[0], total[2], total[3]);
    let (rp, rr, rf) = f1(total[1], total[2], total[3]);
    println!(
        "{:<12} {:>5} {:>5} | {sp:>6.2} {sr:>6.2} {sf:>6.2} | {rp:>6.2} {rr:>6.2} {rf:>6.2}",
        "all", total[3], total[2]
    );
    let (_, _, nf) = f1(ner_tp, ner_pred, ner_gold);
    println!("NER (PER/ORG/LOC vs Peop/Org/Loc, exact spans): F1 {nf:.2}");
    println!("{{\"rel_f1_strict\":{sf:.2},\"rel_f1_relaxed\":{rf:.2},\"ner_f1\":{nf:.2},\"sentences\":{},\"seconds\":{seconds:.1}}}", items.len());
    Ok(())
}
