//! Scores nerel on annotated data. One mode per flag:
//!
//! * `--conll FILE`: NER on a CoNLL-2003 file (columns: word POS chunk NER) with exact-match
//!   entity spans, as conlleval does (below);
//! * `--conllu FILE [--predictions OUT]`: the parser and POS tagger on gold tokens (`conllu.rs`);
//! * `--relations DIR`: the relation list on the news relation dev set (`relations.rs`);
//! * `--conll04 FILE [--predictions OUT]`: typed relations on CoNLL04 (`conll04.rs`).
//!
//! Common options: `--model DIR`, `--backend tch|onnx|onnx-int8`, `--batch-size N`.
//!
//! ```text
//! cargo run --release --example evaluate -- --conll ../shared/data/conll2003/eng.testa [--model DIR]
//! cargo run --release --example evaluate -- --conll FILE --backend onnx-int8
//! ```
//! The words of each document (the whole file when it has no `-DOCSTART-` lines) are joined into
//! one text, sentences on lines of their own, and read by nerel exactly as any other text
//! (segmentation, sliding windows, decoding). Prints a per-type table, then as its last line
//! one JSON object: `{"f1":..,"precision":..,"recall":..,"sentences":..,"seconds":..}`
//! (scores in percent). `--show-errors` lists missed (MISS) and spurious (FALSE) spans on stderr.

use std::collections::{BTreeMap, HashSet};
use std::process::ExitCode;
use std::time::Instant;

use nerel::Extractor;

const USAGE: &str = "usage: evaluate --conll FILE [--model DIR] [--batch-size N] [--max-tokens N] [--overlap N] [--show-errors] [--backend tch|onnx|onnx-int8]";

type Span = (usize, usize, String);

/// One document rebuilt as text, with its gold entity spans.
#[derive(Default)]
struct GoldDoc {
    text: String,
    spans: HashSet<Span>,
    sentences: usize,
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("evaluate: {e}");
            ExitCode::FAILURE
        }
    }
}

mod conll04;
mod conllu;
mod relations;

/// Options every mode shares; the rest of the arguments are the mode's own.
pub struct Common {
    pub model: Option<String>,
    pub backend: nerel::Backend,
    pub batch: usize,
}

impl Common {
    /// Takes `--model`, `--backend`, `--batch-size` out of `args`.
    pub fn take(args: &mut Vec<String>) -> Result<Common, Box<dyn std::error::Error>> {
        let mut c = Common {
            model: None,
            backend: nerel::Backend::default(),
            batch: 16,
        };
        let mut rest = Vec::new();
        let mut it = std::mem::take(args).into_iter();
        while let Some(a) = it.next() {
            match a.as_str() {
                "--model" => c.model = Some(it.next().ok_or("--model needs a folder")?),
                "--backend" => c.backend = it.next().ok_or("--backend needs a name")?.parse()?,
                "--batch-size" => {
                    c.batch = it.next().ok_or("--batch-size needs a number")?.parse()?
                }
                _ => rest.push(a),
            }
        }
        *args = rest;
        Ok(c)
    }

    pub fn builder(&self) -> nerel::ExtractorBuilder {
        let mut b = Extractor::builder()
            .backend(self.backend)
            .batch_size(self.batch)
            .max_input_bytes(usize::MAX);
        if let Some(m) = &self.model {
            b = b.model_dir(m);
        }
        b
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    if argv.iter().any(|a| a == "--conllu") {
        return conllu::run(argv);
    }
    if argv.iter().any(|a| a == "--conll04") {
        return conll04::run(argv);
    }
    if argv.iter().any(|a| a == "--relations") {
        return relations::run(argv);
    }
    let mut argv = argv;
    let common = Common::take(&mut argv)?;
    let (mut conll, mut max_tokens, mut overlap, mut show_errors) = (None, None, None, false);
    let mut args = argv.into_iter();
    while let Some(a) = args.next() {
        match a.as_str() {
            "--conll" => conll = Some(args.next().ok_or(USAGE)?),
            "--show-errors" => show_errors = true,
            "--overlap" => overlap = Some(args.next().ok_or(USAGE)?.parse()?),
            "--max-tokens" => max_tokens = Some(args.next().ok_or(USAGE)?.parse()?),
            _ => return Err(USAGE.into()),
        }
    }
    let conll = conll.ok_or(USAGE)?;
    let raw = std::fs::read_to_string(&conll).map_err(|e| format!("cannot read {conll}: {e}"))?;
    let docs = read_conll(&raw)?;
    let mut builder = common.builder();
    if let Some(n) = max_tokens {
        builder = builder.max_tokens(n);
    }
    if let Some(n) = overlap {
        builder = builder.overlap(n);
    }
    let extractor = builder.build()?;

    let started = Instant::now();
    let texts: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
    let predicted = extractor.extract_batch(&texts)?;
    let seconds = started.elapsed().as_secs_f64();

    // counts per type: (true positives, predicted, gold)
    let mut counts: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    for (doc, pred) in docs.iter().zip(&predicted) {
        let pred: HashSet<Span> = pred
            .mentions
            .iter()
            .map(|m| (m.start, m.end, m.label.clone()))
            .collect();
        for s in &pred {
            let c = counts.entry(s.2.clone()).or_default();
            c.1 += 1;
            if doc.spans.contains(s) {
                c.0 += 1;
            }
        }
        if show_errors {
            let mut errs: Vec<_> = pred.symmetric_difference(&doc.spans).collect();
            errs.sort();
            for e in errs.iter() {
                let kind = if doc.spans.contains(e) {
                    "MISS"
                } else {
                    "FALSE"
                };
                let lo = doc.text[..e.0].rfind('\n').map(|x| x + 1).unwrap_or(0);
                let hi = doc.text[e.1..]
                    .find('\n')
                    .map(|x| x + e.1)
                    .unwrap_or(doc.text.len());
                eprintln!(
                    "{kind} {} [{}] | {}",
                    e.2,
                    &doc.text[e.0..e.1],
                    &doc.text[lo..hi].chars().take(120).collect::<String>()
                );
            }
        }
        for s in &doc.spans {
            counts.entry(s.2.clone()).or_default().2 += 1;
        }
    }
    let prf = |(tp, p, g): (usize, usize, usize)| {
        let precision = if p == 0 { 0.0 } else { tp as f64 / p as f64 };
        let recall = if g == 0 { 0.0 } else { tp as f64 / g as f64 };
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        (100.0 * precision, 100.0 * recall, 100.0 * f1)
    };
    println!(
        "{:<6} {:>9} {:>9} {:>9} {:>7} {:>7}",
        "type", "precision", "recall", "f1", "pred", "gold"
    );
    let mut total = (0, 0, 0);
    for (label, &c) in &counts {
        let (p, r, f) = prf(c);
        println!(
            "{label:<6} {p:>9.2} {r:>9.2} {f:>9.2} {:>7} {:>7}",
            c.1, c.2
        );
        total = (total.0 + c.0, total.1 + c.1, total.2 + c.2);
    }
    let (p, r, f) = prf(total);
    println!(
        "{:<6} {p:>9.2} {r:>9.2} {f:>9.2} {:>7} {:>7}",
        "all", total.1, total.2
    );
    let sentences: usize = docs.iter().map(|d| d.sentences).sum();
    println!(
        "{}",
        serde_json::json!({
            "f1": round2(f), "precision": round2(p), "recall": round2(r),
            "sentences": sentences, "seconds": round2(seconds),
        })
    );
    Ok(())
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Documents of a CoNLL file, split at `-DOCSTART-` lines.
fn read_conll(raw: &str) -> Result<Vec<GoldDoc>, String> {
    let mut docs = Vec::new();
    let mut doc = GoldDoc::default();
    let mut sentence: Vec<(&str, &str)> = Vec::new();
    for (n, line) in raw.lines().chain(std::iter::once("")).enumerate() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.first() == Some(&"-DOCSTART-") {
            add_sentence(&mut doc, &mut sentence);
            if doc.sentences > 0 {
                docs.push(std::mem::take(&mut doc));
            }
            continue;
        }
        match cols.len() {
            0 => add_sentence(&mut doc, &mut sentence),
            n_cols if n_cols >= 2 => sentence.push((cols[0], cols[n_cols - 1])),
            _ => {
                return Err(format!(
                    "line {}: expected `word ... NER`, got {line:?}",
                    n + 1
                ))
            }
        }
    }
    if doc.sentences > 0 {
        docs.push(doc);
    }
    Ok(docs)
}

/// Appends a sentence's words (space-separated, on a line of its own) and its gold spans.
fn add_sentence<'a>(doc: &mut GoldDoc, sentence: &mut Vec<(&'a str, &'a str)>) {
    if sentence.is_empty() {
        return;
    }
    if !doc.text.is_empty() {
        doc.text.push('\n');
    }
    let mut open: Option<(usize, usize, String)> = None;
    for (i, (word, tag)) in sentence.iter().enumerate() {
        if i > 0 {
            doc.text.push(' ');
        }
        let start = doc.text.len();
        doc.text.push_str(word);
        let end = doc.text.len();
        let (prefix, kind) = tag.split_once('-').unwrap_or(("O", ""));
        let continues = matches!(&open, Some((_, _, k)) if prefix == "I" && k == kind);
        if continues {
            if let Some(o) = open.as_mut() {
                o.1 = end;
            }
        } else {
            if let Some(o) = open.take() {
                doc.spans.insert(o);
            }
            if prefix == "B" || prefix == "I" {
                open = Some((start, end, kind.to_owned()));
            }
        }
    }
    if let Some(o) = open.take() {
        doc.spans.insert(o);
    }
    doc.sentences += 1;
    sentence.clear();
}
