//! End-to-end extraction speed (text in, mentions and relations out) over a fixed corpus of
//! news-style paragraphs, then the baseline on the same text and weights in the same run: the HF
//! transformers `pipeline("token-classification", aggregation_strategy="first")` on CPU with the
//! same number of threads, from the project's Python environment (`scripts/setup.sh --python`).
//!
//! ```text
//! cargo run --release --example throughput -- [--backend tch|onnx|onnx-int8 (default: the
//!     library's default, onnx)]
//!     [--paragraphs N (default 600)] [--batch-size N (default 32)] [--threads N (default 2)]
//!     [--no-baseline] [--model DIR] [--vs-model DIR]
//! ```
//! `--vs-model DIR` also runs the corpus through a second model folder in the same process,
//! alternating the two three times each, and prints the median time ratio (what a model's extra
//! heads cost).
//! The last line is one JSON object: `{"backend":..,"tokens":..,"tokens_per_s":..,
//! "baseline_tokens_per_s":..,"ratio_vs_baseline":..,"peak_rss_mb":..}`. Tokens are the model
//! tokenizer's word pieces of each paragraph (no special tokens), counted the same way for both.

#[path = "../benches/corpus.rs"]
mod corpus;

use std::path::PathBuf;
use std::process::{Command, ExitCode};
use std::time::Instant;

use nerel::{default_model_dir, Backend, Extractor};

const USAGE: &str = "usage: throughput [--backend tch|onnx|onnx-int8] [--model DIR] [--vs-model DIR] [--paragraphs N] [--batch-size N] [--threads N] [--no-baseline]";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("throughput: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Peak resident memory of this process so far, in MB (Linux; 0 elsewhere).
fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(|l| l.to_owned())
        })
        .and_then(|l| {
            l.split_whitespace()
                .nth(1)
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let (mut backend, mut paragraphs, mut batch, mut threads, mut baseline) =
        (Backend::default(), 600usize, 32usize, 2usize, true);
    let (mut model, mut vs_model) = (None, None);
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = || args.next().ok_or(USAGE);
        match a.as_str() {
            "--model" => model = Some(std::path::PathBuf::from(value()?)),
            "--vs-model" => vs_model = Some(std::path::PathBuf::from(value()?)),
            "--backend" => backend = value()?.parse()?,
            "--paragraphs" => paragraphs = value()?.parse()?,
            "--batch-size" => batch = value()?.parse()?,
            "--threads" => threads = value()?.parse()?,
            "--no-baseline" => baseline = false,
            _ => return Err(USAGE.into()),
        }
    }
    let texts = corpus::paragraphs(paragraphs, 2005);
    let model_dir = model.unwrap_or_else(default_model_dir);
    let tokenizer = tokenizers::Tokenizer::from_file(model_dir.join("tokenizer.json"))
        .map_err(|e| e.to_string())?;
    let mut tokens = 0usize;
    for t in &texts {
        tokens += tokenizer
            .encode(t.as_str(), false)
            .map_err(|e| e.to_string())?
            .len();
    }
    let words: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();

    let extractor = Extractor::builder()
        .model_dir(&model_dir)
        .backend(backend)
        .batch_size(batch)
        .threads(threads)
        .build()?;
    extractor.extract_batch(&texts[..texts.len().min(4)])?; // warm-up, not timed
    let started = Instant::now();
    let docs = extractor.extract_batch(&texts)?;
    let seconds = started.elapsed().as_secs_f64();
    let rss = peak_rss_mb();
    let mentions: usize = docs.iter().map(|d| d.mentions.len()).sum();
    let relations: usize = docs.iter().map(|d| d.relations.len()).sum();
    let tokens_per_s = tokens as f64 / seconds;
    println!(
        "nerel ({backend}, batch {batch}, {threads} threads): {tokens} pieces, {words} words in {seconds:.2} s = \
         {tokens_per_s:.0} pieces/s, {:.0} words/s; {mentions} mentions, {relations} relations; peak RSS {rss:.0} MB",
        words as f64 / seconds
    );

    if let Some(other) = vs_model {
        // the same corpus through another model folder, alternating A B A B in this process
        let b = Extractor::builder()
            .model_dir(&other)
            .backend(backend)
            .batch_size(batch)
            .threads(threads)
            .build()?;
        b.extract_batch(&texts[..texts.len().min(4)])?;
        let time = |e: &Extractor| -> Result<f64, nerel::Error> {
            let t = Instant::now();
            e.extract_batch(&texts)?;
            Ok(t.elapsed().as_secs_f64())
        };
        let (mut ta, mut tb) = (Vec::new(), Vec::new());
        for _ in 0..3 {
            ta.push(time(&extractor)?);
            tb.push(time(&b)?);
        }
        let median = |v: &mut Vec<f64>| {
            v.sort_by(f64::total_cmp);
            v[v.len() / 2]
        };
        let (ma, mb) = (median(&mut ta), median(&mut tb));
        println!(
            "model {} {:.0} pieces/s vs {} {:.0} pieces/s (median of 3, alternating): time ratio {:.3}",
            model_dir.display(),
            tokens as f64 / ma,
            other.display(),
            tokens as f64 / mb,
            ma / mb
        );
    }

    let base = if baseline {
        Some(run_baseline(&model_dir, &texts, threads)?)
    } else {
        None
    };
    if let Some(b) = base {
        println!("baseline (HF pipeline, first, {threads} threads): {b:.0} pieces/s");
    }
    println!(
        "{}",
        serde_json::json!({
            "backend": backend.name(),
            "tokens": tokens,
            "words": words,
            "seconds": (seconds * 1000.0).round() / 1000.0,
            "tokens_per_s": tokens_per_s.round(),
            "words_per_s": (words as f64 / seconds).round(),
            "baseline_tokens_per_s": base.map(f64::round),
            "ratio_vs_baseline": base.map(|b| (tokens_per_s / b * 100.0).round() / 100.0),
            "peak_rss_mb": rss.round(),
        })
    );
    Ok(())
}

/// Runs scripts/baseline.py on the same paragraphs; returns its pieces per second.
fn run_baseline(
    model_dir: &std::path::Path,
    texts: &[String],
    threads: usize,
) -> Result<f64, Box<dyn std::error::Error>> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let python = root.join(".deps/pyenv/bin/python");
    if !python.is_file() {
        return Err(format!(
            "{} not found: run scripts/setup.sh --python (or pass --no-baseline)",
            python.display()
        )
        .into());
    }
    let corpus = std::env::temp_dir().join(format!("nerel-throughput-{}.txt", std::process::id()));
    std::fs::write(&corpus, texts.join("\n\n"))?;
    let out = Command::new(&python)
        .arg(root.join("scripts/baseline.py"))
        .arg("--model")
        .arg(model_dir)
        .arg("--corpus")
        .arg(&corpus)
        .arg("--threads")
        .arg(threads.to_string())
        .output()?;
    let _ = std::fs::remove_file(&corpus);
    let stdout = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() {
        return Err(format!(
            "baseline failed: {}{}",
            stdout,
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    let last = stdout.lines().last().ok_or("baseline printed nothing")?;
    let v: serde_json::Value = serde_json::from_str(last)?;
    if let Some(t) = v.get("tokens").and_then(|t| t.as_u64()) {
        eprintln!("baseline counted {t} pieces");
    }
    v.get("tokens_per_s")
        .and_then(|x| x.as_f64())
        .ok_or_else(|| "baseline JSON lacks tokens_per_s".into())
}
