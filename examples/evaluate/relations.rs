//! `--relations DIR [--show N|all]`: the relation list on the news relation dev set
//! (`data/relations-dev`), scored as `docs/relation-guidelines.md` says; the matching rules are
//! [`nerel::eval`]'s.
//!
//! ```text
//! python3 scripts/reldev_texts.py          # rebuilds data/relations-dev/<id>.txt (once)
//! cargo run --release --example evaluate -- --relations data/relations-dev [--show all]
//! ```
//! Reads `DIR/index.tsv` (`id`, `file`, `doc_index`), every `<id>.json` and `<id>.txt`, reads the
//! texts with one `extract_batch`, and prints: per kind and overall the gold, predicted and matched
//! counts, recall, core recall, precision and F1; the pairwise clustering precision, recall and
//! F1; the first N misses and false positives (default 40 each; `--show all`); and as its last
//! line one JSON object
//! `{"precision":..,"recall":..,"core_recall":..,"f1":..,"cluster_f1":..,"documents":..}`
//! (fractions in 0..1, 4 decimals).

use std::path::Path;
use std::time::Instant;

use nerel::eval::{score_relations, RelationGold, Totals};

use crate::Common;

const USAGE: &str = "usage: evaluate --relations DIR [--show N|all] [--without RULE]... [--lexicon FILE] [--threshold P] [--head-threshold P] [--head-types T,T] [--head-scorer news|conll04] \
                     [--model DIR] [--batch-size N] [--backend tch|onnx|onnx-int8]\n\
                     RULE: roles, modifiers, verb-groups, tree-verbs, tree-nominals, judgements, affiliations, places, implied-country, implied-organisation";

/// One document of the set: its id, gold annotation and text.
struct DevDoc {
    id: String,
    gold: RelationGold,
    text: String,
}

pub fn run(mut argv: Vec<String>) -> Result<(), Box<dyn std::error::Error>> {
    let common = Common::take(&mut argv)?;
    let (mut dir, mut show) = (None, Some(40usize));
    let mut params = nerel::RelationParams::default();
    let mut it = argv.into_iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--relations" => dir = Some(it.next().ok_or(USAGE)?),
            "--show" => {
                let v = it.next().ok_or(USAGE)?;
                show = if v == "all" {
                    None
                } else {
                    Some(v.parse().map_err(|_| USAGE)?)
                };
            }
            "--without" => {
                let name = it.next().ok_or(USAGE)?;
                let rule = nerel::relations::Rule::from_name(&name)
                    .ok_or_else(|| format!("unknown rule {name:?}\n{USAGE}"))?;
                params = params.without(rule);
            }
            "--lexicon" => {
                let path = it.next().ok_or(USAGE)?;
                let raw = std::fs::read_to_string(&path)
                    .map_err(|e| format!("cannot read {path}: {e}"))?;
                let mut lexicon = nerel::relations::Lexicon::default();
                lexicon
                    .extend_from_str(&raw)
                    .map_err(|e| format!("{path}: {e}"))?;
                params = params.with_lexicon(lexicon);
            }
            "--threshold" => params = params.with_threshold(it.next().ok_or(USAGE)?.parse()?),
            "--head-threshold" => {
                params = params.with_head_threshold(it.next().ok_or(USAGE)?.parse()?)
            }
            "--head-scorer" => {
                let name = it.next().ok_or(USAGE)?;
                let scorer = nerel::relations::HeadScorer::from_name(&name)
                    .ok_or_else(|| format!("unknown scorer {name:?} (news, conll04)"))?;
                params = params.with_head_scorer(scorer);
            }
            "--head-types" => {
                let list = it.next().ok_or(USAGE)?;
                let types = list
                    .split(',')
                    .map(|n| {
                        nerel::relations::HeadRelation::from_name(n.trim())
                            .ok_or_else(|| format!("unknown type {n:?}"))
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                params = params.with_head_types(&types);
            }
            _ => return Err(format!("unknown argument {a:?}\n{USAGE}").into()),
        }
    }
    let dir = dir.ok_or(USAGE)?;
    let docs = read_set(Path::new(&dir))?;

    let extractor = common.builder().relations(params).build()?;
    let started = Instant::now();
    let texts: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
    let predicted = extractor.extract_batch(&texts)?;
    let seconds = started.elapsed().as_secs_f64();

    let mut totals = Totals::default();
    for (d, p) in docs.iter().zip(&predicted) {
        totals.add(&d.id, &score_relations(&d.gold, p));
    }
    print!("{}", totals.report(show, Some(seconds)));
    Ok(())
}

/// Reads `index.tsv` and each document's `.json` and `.txt`.
fn read_set(dir: &Path) -> Result<Vec<DevDoc>, Box<dyn std::error::Error>> {
    let index = dir.join("index.tsv");
    let raw = std::fs::read_to_string(&index)
        .map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let mut docs = Vec::new();
    for (n, line) in raw.lines().enumerate() {
        let id = line.split('\t').next().unwrap_or("").trim();
        if id.is_empty() || (n == 0 && id == "id") {
            continue;
        }
        let json_path = dir.join(format!("{id}.json"));
        let json = std::fs::read_to_string(&json_path)
            .map_err(|e| format!("cannot read {}: {e}", json_path.display()))?;
        let gold =
            RelationGold::from_json(&json).map_err(|e| format!("{}: {e}", json_path.display()))?;
        let text_path = dir.join(format!("{id}.txt"));
        if !text_path.exists() {
            return Err(format!(
                "{} is missing: the texts are not in the repository; rebuild them with \
                 `python3 scripts/reldev_texts.py` (needs the CoNLL-2003 files, default ../shared/data/conll2003)",
                text_path.display()
            )
            .into());
        }
        let text = std::fs::read_to_string(&text_path)
            .map_err(|e| format!("cannot read {}: {e}", text_path.display()))?;
        docs.push(DevDoc {
            id: id.to_owned(),
            gold,
            text,
        });
    }
    if docs.is_empty() {
        return Err(format!("{} lists no document", index.display()).into());
    }
    Ok(docs)
}
