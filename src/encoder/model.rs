//! Loading a model folder: `config.json`, `tokenizer.json`, optional `labels.json`, and weights
//! (`model.safetensors`, `pytorch_model.bin` or `rust_model.ot`).

use std::collections::HashMap;
use std::fs;
use std::ops::Range;
use std::path::{Path, PathBuf};

use rust_bert::bert::{BertConfig, BertForTokenClassification};
use serde::Deserialize;
use tch::{nn, Device};
use tokenizers::Tokenizer;

use super::backend::{self, Backend, Net};
use super::casing;
use crate::decode::{Decoder, LabelRoles};
use crate::error::{Error, Result};
use crate::syntax::{Chunk, DepRel, Pos, UnknownChunk, UnknownDepRel, UnknownPos};

/// Weight file names tried in order.
const WEIGHT_FILES: &[&str] = &["model.safetensors", "pytorch_model.bin", "rust_model.ot"];

/// Which outputs of the classifier hold which labels, and the scorers that read the rest.
pub(crate) struct Heads {
    /// NER labels (`O`, `B-PER`, ...): the first block of outputs.
    pub ner: Vec<String>,
    /// POS labels, the block after NER (empty when the model has none).
    pub pos: Vec<Pos>,
    /// Chunk labels, the block after POS (empty when the model has none).
    pub chunk: Vec<Chunk>,
    /// Dependency relations of the parser (empty when the model has none).
    pub deprel: Vec<DepRel>,
    /// Types of the typed-relation head (index 0 is "none"; empty when the model has none).
    pub rel_types: Vec<String>,
    /// Number of classifier outputs.
    pub total: usize,
    /// Outputs kept per word as its vector for the decoders (parser, relation head).
    pub vectors: Range<usize>,
    /// The parser and the relation head, reading word vectors.
    pub decoder: Decoder,
}

/// `labels.json`, written by training/train.py.
#[derive(Deserialize)]
struct LabelsFile {
    ner: Vec<String>,
    #[serde(default)]
    pos: Vec<String>,
    #[serde(default)]
    chunk: Vec<String>,
    #[serde(default)]
    deprel: Vec<String>,
    #[serde(default)]
    ent04: Vec<String>,
    #[serde(default)]
    rel04: Vec<String>,
    /// Output blocks in order; absent in older folders (then ner, pos, chunk).
    blocks: Option<Vec<Block>>,
    casing: Option<CasingInfo>,
}

#[derive(Deserialize)]
struct Block {
    name: String,
    size: usize,
}

#[derive(Deserialize)]
struct CasingInfo {
    scheme: String,
}

/// Block offsets by name, checked against the label lists.
fn layout(path: &Path, file: &LabelsFile) -> Result<(HashMap<String, Range<usize>>, usize)> {
    let blocks = match &file.blocks {
        Some(b) => b
            .iter()
            .map(|b| (b.name.clone(), b.size))
            .collect::<Vec<_>>(),
        None => vec![
            ("ner".into(), file.ner.len()),
            ("pos".into(), file.pos.len()),
            ("chunk".into(), file.chunk.len()),
        ],
    };
    let bad = |problem| Error::InvalidConfig {
        path: path.to_owned(),
        field: "blocks",
        problem,
    };
    let mut map = HashMap::new();
    let mut at = 0;
    for (name, size) in blocks {
        let expected = match name.as_str() {
            "ner" => Some(file.ner.len()),
            "pos" => Some(file.pos.len()),
            "chunk" => Some(file.chunk.len()),
            "ent04" => Some(file.ent04.len()),
            "lab_dep_bias" | "lab_head_bias" => Some(file.deprel.len()),
            "arc_dep" | "arc_head" | "lab_dep" | "lab_head" | "rel_head" | "rel_tail"
            | "rel_ctx" => None,
            _ => {
                return Err(bad(
                    "unknown block name (known: ner, pos, chunk, arc_*, lab_*, ent04, rel_*)",
                ))
            }
        };
        if expected.is_some_and(|e| e != size) {
            return Err(bad("a block's size differs from its label list"));
        }
        if map.insert(name, at..at + size).is_some() {
            return Err(bad("a block is listed twice"));
        }
        at += size;
    }
    if map.get("ner").is_none_or(|r| r.start != 0) {
        return Err(bad("the NER block must come first"));
    }
    Ok((map, at))
}

/// Everything loaded from a model folder.
pub(crate) struct LoadedModel {
    pub net: Net,
    pub tokenizer: Tokenizer,
    pub heads: Heads,
    /// The casing scheme whose classes are the token type ids, if any.
    pub casing: Option<casing::Scheme>,
    pub max_positions: usize,
    pub cls_id: u32,
    pub sep_id: u32,
    pub pad_id: u32,
    pub unk_id: u32,
}

fn read(path: &Path, what: &'static str) -> Result<String> {
    if !path.is_file() {
        return Err(Error::MissingFile {
            path: path.to_owned(),
            what,
        });
    }
    fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_owned(),
        source,
    })
}

fn parse_json<T: for<'de> Deserialize<'de>>(path: &Path, s: &str) -> Result<T> {
    serde_json::from_str(s).map_err(|source| Error::MalformedJson {
        path: path.to_owned(),
        source: Box::new(source),
    })
}

/// Checks that every NER label is `O` or `B-`/`I-` + type.
fn check_bio(path: &Path, labels: &[String]) -> Result<()> {
    for l in labels {
        let ok = l == "O" || ((l.starts_with("B-") || l.starts_with("I-")) && l.len() > 2);
        if !ok {
            return Err(Error::LabelScheme {
                path: path.to_owned(),
                label: l.clone(),
            });
        }
    }
    Ok(())
}

/// Parses every label of a block into its typed value; an unknown one is an error naming it.
fn typed<T: std::str::FromStr>(
    path: &Path,
    labels: &[String],
    label_of: impl Fn(T::Err) -> String,
) -> Result<Vec<T>> {
    labels
        .iter()
        .map(|l| l.parse::<T>())
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(|e| Error::UnknownLabel {
            path: path.to_owned(),
            label: label_of(e),
        })
}

/// Labels from `labels.json` when present, else from `config.json`'s `id2label` (all NER).
fn heads(
    dir: &Path,
    config_path: &Path,
    config: &BertConfig,
) -> Result<(Heads, Option<casing::Scheme>)> {
    let labels_path = dir.join("labels.json");
    if labels_path.is_file() {
        let file: LabelsFile = parse_json(&labels_path, &read(&labels_path, "label blocks")?)?;
        check_bio(&labels_path, &file.ner)?;
        check_bio(&labels_path, &file.ent04)?;
        let casing =
            match &file.casing {
                Some(c) => Some(casing::Scheme::from_name(&c.scheme).ok_or_else(|| {
                    Error::InvalidConfig {
                        path: labels_path.clone(),
                        field: "casing.scheme",
                        problem:
                            "unknown casing scheme (this nerel computes nerel-casing-v1 and -v2)",
                    }
                })?),
                None => None,
            };
        let deprel: Vec<DepRel> = typed(&labels_path, &file.deprel, |e: UnknownDepRel| e.0)?;
        let pos: Vec<Pos> = typed(&labels_path, &file.pos, |e: UnknownPos| e.0)?;
        let chunk: Vec<Chunk> = typed(&labels_path, &file.chunk, |e: UnknownChunk| e.0)?;
        let (blocks, total) = layout(&labels_path, &file)?;
        let vectors = blocks
            .iter()
            .filter(|(n, _)| !matches!(n.as_str(), "ner" | "pos" | "chunk"))
            .fold(None, |acc: Option<Range<usize>>, (_, r)| {
                Some(acc.map_or(r.clone(), |a| a.start.min(r.start)..a.end.max(r.end)))
            })
            .unwrap_or(total..total);
        let index = |want: &[DepRel]| {
            (0..deprel.len())
                .filter(|&i| want.contains(&deprel[i]))
                .collect::<Vec<usize>>()
        };
        let roles = LabelRoles {
            root: index(&[DepRel::Root]).first().copied(),
            case: index(&[DepRel::Case]).first().copied(),
            core: index(&[DepRel::Nsubj, DepRel::NsubjPass, DepRel::Obj, DepRel::Iobj]),
            marked: index(&[DepRel::Obl, DepRel::Nmod]),
        };
        let decoder = Decoder::load(dir, &blocks, &vectors, &file.ent04, file.rel04.len(), roles)?;
        let heads = Heads {
            ner: file.ner,
            pos,
            chunk,
            deprel,
            rel_types: file.rel04,
            total,
            vectors,
            decoder,
        };
        return Ok((heads, casing));
    }
    let id2label = config.id2label.as_ref().ok_or(Error::InvalidConfig {
        path: config_path.to_owned(),
        field: "id2label",
        problem: "missing: a token-classification model needs its labels",
    })?;
    let mut ner = Vec::with_capacity(id2label.len());
    for i in 0..id2label.len() as i64 {
        ner.push(id2label.get(&i).cloned().ok_or(Error::InvalidConfig {
            path: config_path.to_owned(),
            field: "id2label",
            problem: "ids are not 0..n",
        })?);
    }
    check_bio(config_path, &ner)?;
    let total = ner.len();
    let heads = Heads {
        ner,
        pos: Vec::new(),
        chunk: Vec::new(),
        deprel: Vec::new(),
        rel_types: Vec::new(),
        total,
        vectors: total..total,
        decoder: Decoder::default(),
    };
    Ok((heads, None))
}

/// Reads a safetensors header (names → shapes) without loading the data, so shapes can be
/// checked before libtorch copies (and possibly broadcasts) them.
fn safetensors_shapes(path: &Path) -> Result<HashMap<String, Vec<i64>>> {
    use std::io::Read;
    let corrupt = |source: std::io::Error| Error::Io {
        path: path.to_owned(),
        source,
    };
    let mut f = fs::File::open(path).map_err(corrupt)?;
    let file_len = f.metadata().map_err(corrupt)?.len();
    let mut len = [0u8; 8];
    f.read_exact(&mut len).map_err(corrupt)?;
    let n = u64::from_le_bytes(len);
    if n > file_len.saturating_sub(8) || n > 100 << 20 {
        return Err(corrupt(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            "safetensors header length exceeds the file",
        )));
    }
    let mut header = vec![0u8; n as usize];
    f.read_exact(&mut header).map_err(corrupt)?;
    #[derive(Deserialize)]
    struct Entry {
        shape: Vec<i64>,
    }
    let map: HashMap<String, serde_json::Value> =
        serde_json::from_slice(&header).map_err(|source| Error::MalformedJson {
            path: path.to_owned(),
            source: Box::new(source),
        })?;
    let mut out = HashMap::new();
    for (k, v) in map {
        if k == "__metadata__" {
            continue;
        }
        let e: Entry = serde_json::from_value(v).map_err(|source| Error::MalformedJson {
            path: path.to_owned(),
            source: Box::new(source),
        })?;
        out.insert(k, e.shape);
    }
    Ok(out)
}

/// Loads a model folder onto `device` for `backend`.
pub(crate) fn load(
    dir: &Path,
    device: Device,
    backend: Backend,
    threads: Option<usize>,
) -> Result<LoadedModel> {
    if !dir.is_dir() {
        return Err(Error::MissingFile {
            path: dir.to_owned(),
            what: "model folder",
        });
    }
    let config_path = dir.join("config.json");
    let mut config: BertConfig =
        parse_json(&config_path, &read(&config_path, "model configuration")?)?;
    let invalid = |field, problem| Error::InvalidConfig {
        path: config_path.clone(),
        field,
        problem,
    };
    if config.vocab_size <= 0 || config.hidden_size <= 0 || config.num_hidden_layers <= 0 {
        return Err(invalid(
            "vocab_size/hidden_size/num_hidden_layers",
            "must be positive",
        ));
    }
    if config.num_attention_heads <= 0 || config.hidden_size % config.num_attention_heads != 0 {
        return Err(invalid("num_attention_heads", "must divide hidden_size"));
    }
    if config.max_position_embeddings < 8 || config.type_vocab_size <= 0 {
        return Err(invalid(
            "max_position_embeddings/type_vocab_size",
            "too small",
        ));
    }
    let (heads, casing) = heads(dir, &config_path, &config)?;
    if casing.is_some() && config.type_vocab_size < super::casing::CLASSES as i64 {
        return Err(invalid(
            "type_vocab_size",
            "smaller than the number of casing classes",
        ));
    }
    // rust-bert sizes the classifier from id2label: make it cover every block.
    let total = heads.total as i64;
    match &config.id2label {
        Some(m) if m.len() as i64 == total => {}
        Some(_) => {
            return Err(invalid(
                "id2label",
                "does not match the label blocks of labels.json",
            ))
        }
        None => {
            config.id2label = Some((0..total).map(|i| (i, format!("LABEL_{i}"))).collect());
        }
    }

    let tok_path = dir.join("tokenizer.json");
    if !tok_path.is_file() {
        return Err(Error::MissingFile {
            path: tok_path,
            what: "tokenizer",
        });
    }
    let mut tokenizer = Tokenizer::from_file(&tok_path).map_err(|source| Error::Tokenizer {
        path: tok_path.clone(),
        source,
    })?;
    tokenizer
        .with_truncation(None)
        .map_err(|source| Error::Tokenizer {
            path: tok_path.clone(),
            source,
        })?;
    tokenizer.with_padding(None);
    let vocab = tokenizer.get_vocab_size(true);
    if vocab > config.vocab_size as usize {
        return Err(Error::VocabularyMismatch {
            path: tok_path,
            tokenizer: vocab,
            model: config.vocab_size as usize,
        });
    }
    let special = |name: &str| {
        tokenizer.token_to_id(name).ok_or(Error::InvalidConfig {
            path: tok_path.clone(),
            field: "model.vocab",
            problem: "lacks [CLS], [SEP], [PAD] or [UNK] (nerel loads BERT WordPiece tokenizers)",
        })
    };
    let (cls_id, sep_id, pad_id) = (special("[CLS]")?, special("[SEP]")?, special("[PAD]")?);
    let unk_id = special("[UNK]")?;

    let net = match backend {
        Backend::Tch => load_tch(dir, &config_path, &config, device)?,
        _ => backend::load_onnx(dir, backend, threads)?,
    };
    Ok(LoadedModel {
        net,
        tokenizer,
        heads,
        casing,
        max_positions: config.max_position_embeddings as usize,
        cls_id,
        sep_id,
        pad_id,
        unk_id,
    })
}

/// Builds the rust-bert network and loads its weights (checking shapes first).
fn load_tch(dir: &Path, config_path: &Path, config: &BertConfig, device: Device) -> Result<Net> {
    let weights = WEIGHT_FILES
        .iter()
        .map(|f| dir.join(f))
        .find(|p| p.is_file())
        .ok_or_else(|| Error::MissingFile {
            path: dir.join(WEIGHT_FILES[0]),
            what: "weights (model.safetensors, pytorch_model.bin or rust_model.ot)",
        })?;
    let mut vs = nn::VarStore::new(device);
    let model =
        BertForTokenClassification::new(vs.root(), config).map_err(|source| Error::Model {
            path: config_path.to_owned(),
            source: Box::new(source),
        })?;
    if weights.extension().is_some_and(|e| e == "safetensors") {
        check_shapes(&weights, &vs)?;
    }
    vs.load(&weights).map_err(|source| Error::Weights {
        path: weights.clone(),
        source: Box::new(source),
    })?;
    // Weights may be stored in fp16; compute in fp32.
    vs.float();
    Ok(Net::Tch {
        model: Box::new(model),
        _vs: vs,
    })
}

fn check_shapes(path: &Path, vs: &nn::VarStore) -> Result<()> {
    let shapes = safetensors_shapes(path)?;
    for (name, var) in vs.variables() {
        if let Some(found) = shapes.get(&name) {
            let expected = var.size();
            if *found != expected {
                return Err(Error::WeightShape {
                    path: path.to_owned(),
                    tensor: name,
                    expected,
                    found: found.clone(),
                });
            }
        }
    }
    Ok(())
}

/// The folder of the default model shipped with this crate.
pub fn default_model_dir() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/models/nerel-minilm-conll03"
    ))
}
