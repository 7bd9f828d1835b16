//! Criterion benches of extraction, in word pieces per second (`Throughput::Elements`).
//!
//! ```text
//! cargo bench                      # tch backend
//! cargo bench                      # with onnx and onnx-int8 (default feature `onnx`; after scripts/setup.sh)
//! ```
//! Groups: batch size 1 vs 32 over short paragraphs; window length 128/256/512 pieces over one
//! long article; backends side by side; the relation stage on its own (pieces of its input).

mod corpus;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use nerel::{default_model_dir, relations, Backend, Extractor};

fn pieces(texts: &[String]) -> u64 {
    let tok = tokenizers::Tokenizer::from_file(default_model_dir().join("tokenizer.json"))
        .expect("tokenizer");
    texts
        .iter()
        .map(|t| tok.encode(t.as_str(), false).map(|e| e.len()).unwrap_or(0) as u64)
        .sum()
}

fn extractor(backend: Backend, batch: usize, max_tokens: usize) -> Option<Extractor> {
    match Extractor::builder()
        .backend(backend)
        .batch_size(batch)
        .max_tokens(max_tokens)
        .threads(2)
        .build()
    {
        Ok(e) => Some(e),
        Err(e) => {
            eprintln!("skipping {backend}: {e}");
            None
        }
    }
}

fn batch_size(c: &mut Criterion) {
    let texts = corpus::paragraphs(32, 1);
    let mut g = c.benchmark_group("batch_size");
    g.sample_size(10)
        .throughput(Throughput::Elements(pieces(&texts)));
    for batch in [1, 32] {
        let Some(x) = extractor(Backend::Tch, batch, 256) else {
            continue;
        };
        g.bench_with_input(BenchmarkId::from_parameter(batch), &texts, |b, t| {
            b.iter(|| x.extract_batch(t).unwrap())
        });
    }
    g.finish();
}

fn window_length(c: &mut Criterion) {
    let text = vec![corpus::article(40, 2)];
    let mut g = c.benchmark_group("window_length");
    g.sample_size(10)
        .throughput(Throughput::Elements(pieces(&text)));
    for len in [128, 256, 512] {
        let Some(x) = extractor(Backend::Tch, 16, len) else {
            continue;
        };
        g.bench_with_input(BenchmarkId::from_parameter(len), &text, |b, t| {
            b.iter(|| x.extract_batch(t).unwrap())
        });
    }
    g.finish();
}

fn backends(c: &mut Criterion) {
    let texts = corpus::paragraphs(48, 3);
    let mut g = c.benchmark_group("backend");
    g.sample_size(10)
        .throughput(Throughput::Elements(pieces(&texts)));
    for backend in [Backend::Tch, Backend::Onnx, Backend::OnnxInt8] {
        let Some(x) = extractor(backend, 32, 256) else {
            continue;
        };
        g.bench_with_input(BenchmarkId::from_parameter(backend), &texts, |b, t| {
            b.iter(|| x.extract_batch(t).unwrap())
        });
    }
    g.finish();
}

fn relation_stage(c: &mut Criterion) {
    let text = corpus::article(20, 4);
    let Some(x) = extractor(Backend::Tch, 16, 256) else {
        return;
    };
    let doc = x.extract(&text).unwrap();
    let params = relations::RelationParams::default();
    let mut g = c.benchmark_group("relations");
    g.throughput(Throughput::Elements(pieces(std::slice::from_ref(&text))));
    g.bench_function("link", |b| {
        b.iter(|| relations::link(&text, &doc.tokens, &doc.sentences, &doc.mentions, &params))
    });
    g.finish();
}

criterion_group!(benches, batch_size, window_length, backends, relation_stage);
criterion_main!(benches);
