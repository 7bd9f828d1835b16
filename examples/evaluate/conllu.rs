//! `--conllu FILE [--predictions OUT]`: the parser and the POS tagger on gold tokens.
//!
//! Each sentence's FORM column is read as its words (no re-segmentation), 32 sentences to a
//! text. Scores as the CoNLL 2018 shared task: UAS (head), LAS (head and universal relation, the
//! part before `:`), punctuation included; POS accuracy compares XPOS. Prints a table with LAS per
//! gold relation, then as its last line `{"uas":..,"las":..,"pos_acc":..,"tokens":..}` (percent).
//! `--predictions OUT` writes the file back with predicted XPOS, HEAD and DEPREL (other columns
//! and every comment, range and empty-node line as they were).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use nerel::conll::{read_conllu, Line};

use super::Common;

const USAGE: &str = "usage: evaluate --conllu FILE [--predictions OUT] [--model DIR] [--backend B] [--batch-size N]";
const SENTENCES_PER_TEXT: usize = 32;

pub fn run(mut argv: Vec<String>) -> Result<(), Box<dyn std::error::Error>> {
    let common = Common::take(&mut argv)?;
    let (mut file, mut predictions) = (None, None);
    let mut it = argv.into_iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--conllu" => file = Some(it.next().ok_or(USAGE)?),
            "--predictions" => predictions = Some(it.next().ok_or(USAGE)?),
            _ => return Err(USAGE.into()),
        }
    }
    let file = file.ok_or(USAGE)?;
    let raw = std::fs::read_to_string(&file).map_err(|e| format!("cannot read {file}: {e}"))?;
    let sentences = read_conllu(&raw).map_err(|e| format!("{file}: {e}"))?;
    let extractor = common.builder().build()?;
    let started = std::time::Instant::now();
    let docs: Vec<Vec<Vec<&str>>> = sentences
        .chunks(SENTENCES_PER_TEXT)
        .map(|c| c.iter().map(|s| s.forms()).collect())
        .collect();
    let results = extractor.extract_words(&docs)?;
    let seconds = started.elapsed().as_secs_f64();

    let (mut n, mut uas, mut las, mut pos) = (0usize, 0usize, 0usize, 0usize);
    let mut per_rel: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut out = String::new();
    let universal = |r: &str| r.split(':').next().unwrap_or(r).to_owned();
    for (chunk, (_, doc)) in sentences.chunks(SENTENCES_PER_TEXT).zip(&results) {
        let mut token = 0;
        for (s, sentence) in chunk.iter().enumerate() {
            let first = doc.sentences.get(s).map_or(token, |x| x.first_token);
            for line in &sentence.lines {
                let cols = match line {
                    Line::Other(l) => {
                        out.push_str(l);
                        out.push('\n');
                        continue;
                    }
                    Line::Word(cols) => cols,
                };
                let tok = doc.tokens.get(token);
                token += 1;
                let pred_head = tok.map_or(0, |t| t.head.map_or(0, |h| h - first + 1));
                let pred_rel = tok.and_then(|t| t.deprel).map_or("_", |d| d.as_str());
                let pred_pos = tok.and_then(|t| t.pos).map_or("_", |p| p.as_str());
                let head_ok = cols[6] == pred_head.to_string();
                let rel_ok = universal(&cols[7]) == universal(pred_rel);
                n += 1;
                uas += head_ok as usize;
                las += (head_ok && rel_ok) as usize;
                pos += (cols[4] == pred_pos) as usize;
                let e = per_rel.entry(universal(&cols[7])).or_default();
                e.0 += 1;
                e.1 += (head_ok && rel_ok) as usize;
                let mut c = cols.clone();
                c[4] = pred_pos.to_owned();
                c[6] = pred_head.to_string();
                c[7] = pred_rel.to_owned();
                out.push_str(&c.join("\t"));
                out.push('\n');
            }
        }
        out.push('\n');
    }
    // every sentence block ends with a blank line; the loop above wrote one per chunk only
    if let Some(path) = predictions {
        let mut text = String::new();
        for block in out.split("\n\n").filter(|b| !b.trim().is_empty()) {
            let _ = write!(text, "{}\n\n", block.trim_end_matches('\n'));
        }
        std::fs::write(&path, rewrap(&sentences, &text))
            .map_err(|e| format!("cannot write {path}: {e}"))?;
    }
    let pct = |k: usize| 100.0 * k as f64 / n.max(1) as f64;
    println!(
        "{file}: {} sentences, {n} words, {seconds:.1} s",
        sentences.len()
    );
    println!("{:<12} {:>7} {:>7}", "deprel", "gold", "LAS");
    for (rel, (count, ok)) in &per_rel {
        println!(
            "{rel:<12} {count:>7} {:>7.2}",
            100.0 * *ok as f64 / (*count).max(1) as f64
        );
    }
    println!(
        "UAS {:.2}  LAS {:.2}  POS {:.2}",
        pct(uas),
        pct(las),
        pct(pos)
    );
    println!(
        "{{\"uas\":{:.2},\"las\":{:.2},\"pos_acc\":{:.2},\"tokens\":{n},\"seconds\":{seconds:.1}}}",
        pct(uas),
        pct(las),
        pct(pos)
    );
    Ok(())
}

/// Splits the written lines back into one block per input sentence (chunks were written whole).
fn rewrap(sentences: &[nerel::conll::Sentence], written: &str) -> String {
    let lines: Vec<&str> = written.lines().filter(|l| !l.is_empty()).collect();
    let mut out = String::with_capacity(written.len());
    let mut at = 0;
    for s in sentences {
        for line in lines.iter().skip(at).take(s.lines.len()) {
            out.push_str(line);
            out.push('\n');
        }
        at += s.lines.len();
        out.push('\n');
    }
    out
}
