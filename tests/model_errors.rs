//! Bad model folders give a clear, specific error, never a panic.

use std::fs;
use std::path::{Path, PathBuf};

use nerel::{default_model_dir, Backend, Error, Extractor};

/// A scratch copy of the default model folder (weights linked by copy only when asked).
fn scratch(name: &str, with_weights: bool) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("nerel-test-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    for f in [
        "config.json",
        "tokenizer.json",
        "labels.json",
        "heads.safetensors",
    ] {
        fs::copy(default_model_dir().join(f), dir.join(f)).unwrap();
    }
    if with_weights {
        fs::copy(
            default_model_dir().join("model.safetensors"),
            dir.join("model.safetensors"),
        )
        .unwrap();
    }
    dir
}

/// Loads with libtorch, the backend that reads the weights files tested here.
fn load(dir: &Path) -> Error {
    let err = Extractor::builder()
        .model_dir(dir)
        .backend(Backend::Tch)
        .build()
        .unwrap_err();
    let _ = fs::remove_dir_all(dir);
    err
}

#[test]
fn missing_folder() {
    let err = Extractor::builder()
        .model_dir("/nonexistent/nerel-model")
        .build()
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::ModelNotFound {
                origin: "ExtractorBuilder::model_dir",
                ..
            }
        ),
        "{err}"
    );
    // The message names all three places a model is looked for.
    let msg = err.to_string();
    for part in [
        "/nonexistent/nerel-model",
        "NEREL_MODEL_DIR",
        "ExtractorBuilder::model_dir",
    ] {
        assert!(msg.contains(part), "{msg}");
    }
    assert!(
        msg.contains(&default_model_dir().display().to_string()),
        "{msg}"
    );
}

#[test]
fn missing_or_bad_head_weights() {
    let dir = scratch("noheads", true);
    fs::remove_file(dir.join("heads.safetensors")).unwrap();
    let err = load(&dir);
    assert!(
        matches!(&err, Error::MissingFile { path, .. } if path.ends_with("heads.safetensors")),
        "{err}"
    );
    let dir = scratch("badheads", true);
    fs::write(
        dir.join("heads.safetensors"),
        b"\x10\0\0\0\0\0\0\0{not json at all",
    )
    .unwrap();
    let err = load(&dir);
    assert!(err.to_string().contains("heads.safetensors"), "{err}");
}

#[test]
fn missing_onnx_graph_says_how_to_make_it() {
    let dir = scratch("noonnx", false);
    let err = Extractor::builder()
        .model_dir(&dir)
        .backend(Backend::OnnxInt8)
        .build()
        .unwrap_err();
    let _ = fs::remove_dir_all(&dir);
    let msg = err.to_string();
    if cfg!(feature = "onnx") {
        assert!(
            matches!(&err, Error::MissingFile { path, .. } if path.ends_with("model-int8.onnx")),
            "{err}"
        );
        assert!(msg.contains("scripts/setup.sh"), "{msg}");
    } else {
        assert!(matches!(err, Error::BackendUnavailable { .. }), "{err}");
    }
}

#[test]
fn missing_weights() {
    let err = load(&scratch("noweights", false));
    assert!(
        matches!(&err, Error::MissingFile { path, .. } if path.ends_with("model.safetensors")),
        "{err}"
    );
}

#[test]
fn truncated_weights() {
    let dir = scratch("truncated", false);
    let bytes = fs::read(default_model_dir().join("model.safetensors")).unwrap();
    fs::write(dir.join("model.safetensors"), &bytes[..bytes.len() / 3]).unwrap();
    let err = load(&dir);
    assert!(
        matches!(err, Error::Weights { .. } | Error::Io { .. }),
        "{err}"
    );
    assert!(err.to_string().contains("model.safetensors"), "{err}");
}

#[test]
fn garbage_weights() {
    let dir = scratch("garbage", false);
    fs::write(
        dir.join("model.safetensors"),
        b"not a safetensors file at all",
    )
    .unwrap();
    let err = load(&dir);
    assert!(err.to_string().contains("model.safetensors"), "{err}");
}

#[test]
fn malformed_config() {
    let dir = scratch("badconfig", false);
    fs::write(dir.join("config.json"), "{ \"hidden_size\": ").unwrap();
    let err = load(&dir);
    assert!(
        matches!(&err, Error::MalformedJson { path, .. } if path.ends_with("config.json")),
        "{err}"
    );
}

#[test]
fn wrong_shapes() {
    let dir = scratch("shapes", true);
    let cfg = fs::read_to_string(dir.join("config.json")).unwrap();
    fs::write(
        dir.join("config.json"),
        cfg.replace("\"intermediate_size\": 1536", "\"intermediate_size\": 1024"),
    )
    .unwrap();
    let err = load(&dir);
    assert!(matches!(err, Error::WeightShape { .. }), "{err}");
}

#[test]
fn labels_without_bio_prefix() {
    let dir = scratch("labels", true);
    let labels = fs::read_to_string(dir.join("labels.json")).unwrap();
    fs::write(
        dir.join("labels.json"),
        labels.replacen("\"B-PER\"", "\"PERSON\"", 1),
    )
    .unwrap();
    let err = load(&dir);
    assert!(
        matches!(&err, Error::LabelScheme { label, .. } if label == "PERSON"),
        "{err}"
    );
}

/// Syntax labels parse into their types when the model loads: an unknown one names itself.
#[test]
fn unknown_syntax_labels() {
    for (name, from, to) in [
        ("chunk", "\"B-VP\"", "\"B-VERBPHRASE\""),
        ("pos", "\"VBD\"", "\"VERB\""),
        ("deprel", "\"nsubj\"", "\"subject\""),
    ] {
        let dir = scratch(name, true);
        let labels = fs::read_to_string(dir.join("labels.json")).unwrap();
        assert!(labels.contains(from), "{name}");
        fs::write(dir.join("labels.json"), labels.replacen(from, to, 1)).unwrap();
        let err = load(&dir);
        assert!(
            matches!(&err, Error::UnknownLabel { label, .. } if format!("\"{label}\"") == to),
            "{name}: {err}"
        );
    }
}

/// An entity label with no kind is an error at load time, naming the label and the way out;
/// an explicit mapping makes the model load and its mentions carry the mapped kind.
#[test]
fn entity_labels_map_onto_kinds() {
    let dir = scratch("kinds", true);
    let labels = fs::read_to_string(dir.join("labels.json")).unwrap();
    fs::write(
        dir.join("labels.json"),
        labels
            .replace("\"B-MISC\"", "\"B-GENE\"")
            .replace("\"I-MISC\"", "\"I-GENE\""),
    )
    .unwrap();
    let err = Extractor::builder()
        .model_dir(&dir)
        .backend(Backend::Tch)
        .build()
        .unwrap_err();
    assert!(
        matches!(&err, Error::UnknownEntityLabel { label, .. } if label == "GENE"),
        "{err}"
    );
    assert!(err.to_string().contains("label_kind"), "{err}");
    let extractor = Extractor::builder()
        .model_dir(&dir)
        .backend(Backend::Tch)
        .label_kind("GENE", nerel::EntityKind::Misc)
        .build()
        .unwrap();
    let doc = extractor
        .extract("Sergei Lavrov met Condoleezza Rice in Vilnius on Thursday.")
        .unwrap();
    let _ = fs::remove_dir_all(&dir);
    let kinds: Vec<_> = doc
        .mentions
        .iter()
        .map(|m| (m.text.as_str(), m.kind))
        .collect();
    assert!(
        kinds.contains(&("Sergei Lavrov", nerel::EntityKind::Person)),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&("Vilnius", nerel::EntityKind::Location)),
        "{kinds:?}"
    );
}

#[test]
fn tokenizer_larger_than_model_vocabulary() {
    let dir = scratch("vocab", true);
    let cfg = fs::read_to_string(dir.join("config.json")).unwrap();
    fs::write(
        dir.join("config.json"),
        cfg.replace("\"vocab_size\": 30522", "\"vocab_size\": 20000"),
    )
    .unwrap();
    let err = load(&dir);
    assert!(
        matches!(
            err,
            Error::VocabularyMismatch {
                tokenizer: 30522,
                model: 20000,
                ..
            }
        ),
        "{err}"
    );
}

#[test]
fn corrupt_tokenizer() {
    let dir = scratch("tokenizer", true);
    fs::write(dir.join("tokenizer.json"), "{\"version\": 1}").unwrap();
    let err = load(&dir);
    assert!(
        matches!(&err, Error::Tokenizer { path, .. } if path.ends_with("tokenizer.json")),
        "{err}"
    );
}
