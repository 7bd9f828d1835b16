//! A plain Hugging Face BERT token-classification folder (config.json with BIO `id2label`,
//! tokenizer.json, model.safetensors; no labels.json, no casing ids) loads and extracts.
//! The folder is made from the default model: its NER block only, two token types.

mod common;

use std::fs;

use nerel::{default_model_dir, Backend, Extractor};
use tch::Tensor;

#[test]
fn plain_hf_folder_loads_and_extracts() {
    let dir = std::env::temp_dir().join(format!("nerel-test-{}-hf", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    let src = default_model_dir();
    let tensors = Tensor::read_safetensors(src.join("model.safetensors")).unwrap();
    let tensors: Vec<(String, Tensor)> = tensors
        .into_iter()
        .map(|(name, t)| {
            let t = match name.as_str() {
                "classifier.weight" | "classifier.bias" => t.narrow(0, 0, 9),
                "bert.embeddings.token_type_embeddings.weight" => t.narrow(0, 0, 2),
                _ => t,
            };
            (name, t)
        })
        .collect();
    Tensor::write_safetensors(&tensors, dir.join("model.safetensors")).unwrap();
    let mut config: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(src.join("config.json")).unwrap()).unwrap();
    let labels = [
        "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC",
    ];
    config["type_vocab_size"] = 2.into();
    config["id2label"] = labels
        .iter()
        .enumerate()
        .map(|(i, l)| (i.to_string(), serde_json::Value::from(*l)))
        .collect();
    config["label2id"] = labels
        .iter()
        .enumerate()
        .map(|(i, l)| (l.to_string(), serde_json::Value::from(i)))
        .collect();
    fs::write(dir.join("config.json"), config.to_string()).unwrap();
    fs::copy(src.join("tokenizer.json"), dir.join("tokenizer.json")).unwrap();

    // A plain HF folder has weights only: libtorch reads them (no ONNX graph exported).
    let extractor = Extractor::builder()
        .model_dir(&dir)
        .backend(Backend::Tch)
        .build()
        .unwrap();
    assert_eq!(extractor.labels(), labels);
    let text = "Maria Lopez, a lawyer from Madrid, joined Siemens last year.";
    let doc = extractor.extract(text).unwrap();
    common::assert_offsets(text, &doc);
    assert!(doc
        .tokens
        .iter()
        .all(|t| t.pos.is_none() && t.chunk.is_none()));
    assert!(doc
        .mentions
        .iter()
        .all(|m| ["PER", "ORG", "LOC", "MISC"].contains(&m.label.as_str())));
    let _ = fs::remove_dir_all(&dir);
}
