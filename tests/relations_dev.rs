//! The default extractor on the news relation sets, scored by `nerel::eval` as the relation
//! guidelines say: overall precision, recall and the pairwise clustering F1 must stay above the
//! floors below.
//! - `data/relations-dev`: 34 Reuters documents annotated by hand; the relation stage's rules and
//!   constants are set on it.
//! - `data/relations-check`: 24 further Reuters documents annotated blind by the same guidelines
//!   and conventions, never tuned on: it shows what the dev figures are worth on unseen news.
//!
//! The texts are not in the repository: when one is missing, this test rebuilds them with
//! `python3 scripts/reldev_texts.py --dir SET`, which reads the CoNLL-2003 files in
//! `../shared/data/conll2003`; without that folder the test prints why it is skipped and passes.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use nerel::eval::{score_relations, RelationGold, Totals};

/// Floors of one set: overall relation precision, recall and core recall, pairwise clustering F1.
struct Floors {
    precision: f64,
    recall: f64,
    core_recall: f64,
    cluster_f1: f64,
}

// Floors, a little below what the current code measures with the shipped model (`cargo run
// --release --example evaluate -- --relations data/relations-dev`): precision 0.830 (259 of 312),
// recall 0.585, core recall 0.760 (111 of 146), F1 0.686; clustering pairwise precision 0.993,
// recall 0.943, F1 0.968. Earlier: precision 0.830 (258 of 311), recall 0.583 (before the
// relation head's news scorer); 0.821, recall 0.568, core recall 0.740 (before the
// parser's prepositions rule, representatives standing for their parties, `boycott`, place
// nouns' and apposed names in a place, apposed organisation nouns and raising predicates);
// 0.784, recall 0.535, core recall 0.692 (before a country's adjective joined an organisation's
// name, feelings kept their experiencer, denied content, demonyms before
// person nouns, a country's person, judgements' tree subjects, possessor countries, titles named
// before, `as` titles, `the two countries` and `VERB_OBL` 0.65); 0.785, recall 0.531 (before names
// `of` an organisation or place; the same after the rules that left dev unchanged were taken out);
// 0.778, recall 0.526 (before the time prepositions, state abbreviations and implied
// organisations); 0.761, 0.505 (before the region flag, the tree repairs for possessives, far
// appositions and clause subjects, titles of organisations before names, nationalities, compass
// places and first names in clusters); 0.679, 0.396 (before the implied-country, place-noun and
// hyphen rules and the first tree repairs); 0.632, 0.318 (before the lexicon grew and the
// affiliation and place rules came); the rule-based stage before the tree: 0.613, 0.269.
const DEV: Floors = Floors {
    precision: 0.80,
    recall: 0.55,
    core_recall: 0.74,
    cluster_f1: 0.95,
};

// The check set (`--relations data/relations-check`): precision 0.738, recall 0.307, core recall
// 0.431, F1 0.434; clustering F1 0.972 (earlier 0.738, 0.298, 0.431, 0.425, 0.972; 0.736, 0.295, 0.422, 0.422, 0.972; 0.727, 0.290,
// 0.413, 0.414, 0.975). When it was
// annotated: precision 0.709, recall 0.276, F1 0.397, clustering F1 0.965.
const CHECK: Floors = Floors {
    precision: 0.72,
    recall: 0.28,
    core_recall: 0.41,
    cluster_f1: 0.94,
};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Ids listed in `index.tsv`.
fn ids(dev: &Path) -> Vec<String> {
    let index = std::fs::read_to_string(dev.join("index.tsv")).expect("index.tsv is readable");
    index
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').next())
        .map(str::trim)
        .filter(|id| !id.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Makes sure every text exists; `false` (test skipped) when they cannot be rebuilt here.
fn texts_ready(dev: &Path, ids: &[String]) -> bool {
    if ids.iter().all(|id| dev.join(format!("{id}.txt")).exists()) {
        return true;
    }
    let conll = root().join("../shared/data/conll2003");
    if !conll.is_dir() {
        eprintln!(
            "skipped: the texts of {} are missing and the CoNLL-2003 folder {} was not found \
             (rebuild them with `python3 scripts/reldev_texts.py --dir SET --conll-dir DIR`)",
            dev.display(),
            conll.display()
        );
        return false;
    }
    let status = Command::new("python3")
        .arg(root().join("scripts/reldev_texts.py"))
        .arg("--dir")
        .arg(dev)
        .current_dir(root())
        .status()
        .expect("python3 runs scripts/reldev_texts.py");
    assert!(status.success(), "scripts/reldev_texts.py failed: {status}");
    for id in ids {
        assert!(
            dev.join(format!("{id}.txt")).exists(),
            "{id}.txt was not rebuilt"
        );
    }
    true
}

#[test]
fn dev_set_scores_stay_above_floors() {
    set_scores_stay_above("relations-dev", &DEV);
}

#[test]
fn check_set_scores_stay_above_floors() {
    set_scores_stay_above("relations-check", &CHECK);
}

fn set_scores_stay_above(set: &str, floors: &Floors) {
    let dev = root().join("data").join(set);
    let ids = ids(&dev);
    assert!(!ids.is_empty(), "index.tsv lists documents");
    if !texts_ready(&dev, &ids) {
        return;
    }
    let mut golds = Vec::new();
    let mut texts = Vec::new();
    for id in &ids {
        let json = std::fs::read_to_string(dev.join(format!("{id}.json")))
            .expect("annotation is readable");
        golds.push(RelationGold::from_json(&json).unwrap_or_else(|e| panic!("{id}.json: {e}")));
        texts.push(
            std::fs::read_to_string(dev.join(format!("{id}.txt"))).expect("text is readable"),
        );
    }
    let docs = common::extractor()
        .extract_batch(&texts)
        .expect("extraction succeeds");
    let mut totals = Totals::default();
    for ((id, gold), (text, doc)) in ids.iter().zip(&golds).zip(texts.iter().zip(&docs)) {
        common::assert_offsets(text, doc);
        totals.add(id, &score_relations(gold, doc));
    }
    eprintln!(
        "{set}: precision {:.4} recall {:.4} core recall {:.4} f1 {:.4}; clustering precision {:.4} recall {:.4} f1 {:.4}",
        totals.precision(),
        totals.recall(),
        totals.core_recall(),
        totals.f1(),
        totals.cluster_precision(),
        totals.cluster_recall(),
        totals.cluster_f1()
    );
    assert_eq!(totals.documents, ids.len());
    assert!(
        totals.precision() >= floors.precision,
        "{set}: precision {:.4} < {}",
        totals.precision(),
        floors.precision
    );
    assert!(
        totals.recall() >= floors.recall,
        "{set}: recall {:.4} < {}",
        totals.recall(),
        floors.recall
    );
    assert!(
        totals.core_recall() >= floors.core_recall,
        "{set}: core recall {:.4} < {}",
        totals.core_recall(),
        floors.core_recall
    );
    assert!(
        totals.cluster_f1() >= floors.cluster_f1,
        "{set}: cluster F1 {:.4} < {}",
        totals.cluster_f1(),
        floors.cluster_f1
    );
}

/// Development loop for the relation stage: runs the model once per document (cached as JSON
/// under `target/reldev-cache/`, model from `$NEREL_DEV_MODEL`, default the shipped one), then
/// re-reads entities and relations from the cached tokens and mentions with the current code and
/// prints the per-kind table, misses and false positives (`SET=relations-check`: the check set).
/// Ignored by default:
/// `cargo test --release --features onnx --test relations_dev cached -- --ignored --nocapture`.
#[test]
#[ignore]
fn cached_dev_report() {
    // `SET=relations-check` reads the check set
    let set = std::env::var("SET").unwrap_or_else(|_| "relations-dev".to_string());
    let dev = root().join("data").join(&set);
    let ids = ids(&dev);
    if !texts_ready(&dev, &ids) {
        return;
    }
    let cache = root().join("target/reldev-cache").join(&set);
    std::fs::create_dir_all(&cache).expect("cache folder");
    let params = nerel::RelationParams::default();
    let mut totals = Totals::default();
    let mut extractor = None;
    for id in &ids {
        let json = std::fs::read_to_string(dev.join(format!("{id}.json")))
            .expect("annotation is readable");
        let gold = RelationGold::from_json(&json).expect("gold parses");
        let text =
            std::fs::read_to_string(dev.join(format!("{id}.txt"))).expect("text is readable");
        let path = cache.join(format!("{id}.json"));
        let doc: nerel::Document = match std::fs::read_to_string(&path)
            .ok()
            .and_then(|s| serde_json::from_str(&s).ok())
        {
            Some(d) => d,
            None => {
                let ex = extractor.get_or_insert_with(|| {
                    let mut b = nerel::Extractor::builder();
                    if let Ok(m) = std::env::var("NEREL_DEV_MODEL") {
                        b = b.model_dir(m);
                    }
                    b.build().expect("model loads")
                });
                let d = ex.extract(&text).expect("extracts");
                std::fs::write(&path, serde_json::to_string(&d).expect("serialises"))
                    .expect("cache written");
                d
            }
        };
        let (entities, relations) =
            nerel::relations::link(&text, &doc.tokens, &doc.sentences, &doc.mentions, &params);
        let doc = nerel::Document {
            entities,
            relations,
            ..doc
        };
        totals.add(id, &score_relations(&gold, &doc));
    }
    // misses and false positives listed with SHOW=1
    let show = if std::env::var("SHOW").is_ok() {
        None
    } else {
        Some(0)
    };
    print!("{}", totals.report(show, None));
}
