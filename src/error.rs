//! The one error type of nerel: each variant says what went wrong and where.

use std::path::PathBuf;

/// Result with nerel's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// An error of one of nerel's dependencies (libtorch, rust-bert, tokenizers, serde_json, ONNX
/// Runtime), kept as the [`source`](std::error::Error::source) of an [`Error`] so that their
/// types are not part of nerel's API.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// What can go wrong while loading a model or extracting.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file the model folder must have is not there.
    #[error("model file missing: {path} ({what})")]
    MissingFile {
        /// The path looked for.
        path: PathBuf,
        /// What the file is for.
        what: &'static str,
    },
    /// A model file could not be read.
    #[error("cannot read {path}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// `config.json` or `labels.json` is not valid JSON of the expected shape.
    #[error("malformed {path}")]
    MalformedJson {
        /// The file.
        path: PathBuf,
        /// The parser's error.
        #[source]
        source: BoxError,
    },
    /// A setting in `config.json` is out of range or inconsistent.
    #[error("{path}: `{field}` is invalid: {problem}")]
    InvalidConfig {
        /// The file.
        path: PathBuf,
        /// The offending field.
        field: &'static str,
        /// What is wrong with it.
        problem: &'static str,
    },
    /// A label is not `O` and has no `B-`/`I-` prefix.
    #[error("{path}: label {label:?} has no BIO prefix (expected O, B-TYPE or I-TYPE)")]
    LabelScheme {
        /// The file holding the labels.
        path: PathBuf,
        /// The label.
        label: String,
    },
    /// An entity label of the model maps onto no [`crate::EntityKind`] (see
    /// [`crate::EntityKind::from_label`]); map it with [`crate::ExtractorBuilder::label_kind`].
    #[error("{path}: entity label {label:?} has no entity kind: map it with ExtractorBuilder::label_kind(\"{label}\", EntityKind::...)")]
    UnknownEntityLabel {
        /// The model folder.
        path: PathBuf,
        /// The label, without its BIO prefix.
        label: String,
    },
    /// `tokenizer.json` could not be loaded.
    #[error("cannot load tokenizer {path}")]
    Tokenizer {
        /// The file.
        path: PathBuf,
        /// The tokenizers crate's error.
        #[source]
        source: BoxError,
    },
    /// The tokenizer produces ids the model has no embedding for.
    #[error("{path}: tokenizer vocabulary has {tokenizer} entries but the model only {model}")]
    VocabularyMismatch {
        /// The tokenizer file.
        path: PathBuf,
        /// The tokenizer's vocabulary size.
        tokenizer: usize,
        /// The model's `vocab_size`.
        model: usize,
    },
    /// A label of the model that nerel cannot map to its own types (e.g. an unknown UD relation).
    #[error("{path}: label {label:?} is not one nerel knows")]
    UnknownLabel {
        /// The label file.
        path: PathBuf,
        /// The label.
        label: String,
    },
    /// A weight tensor has another shape than the configuration implies.
    #[error("{path}: tensor {tensor} has shape {found:?}, the configuration needs {expected:?}")]
    WeightShape {
        /// The weights file.
        path: PathBuf,
        /// The tensor's name.
        tensor: String,
        /// Shape the model expects.
        expected: Vec<i64>,
        /// Shape in the file.
        found: Vec<i64>,
    },
    /// The weights file is truncated, corrupt, or lacks a tensor.
    #[error("cannot load weights {path}")]
    Weights {
        /// The file.
        path: PathBuf,
        /// libtorch's error.
        #[source]
        source: BoxError,
    },
    /// The model could not be built from its configuration.
    #[error("cannot build the model from {path}")]
    Model {
        /// The configuration file.
        path: PathBuf,
        /// rust-bert's error.
        #[source]
        source: BoxError,
    },
    /// A builder setting is out of range.
    #[error("invalid setting `{parameter}`: {problem}")]
    InvalidParameter {
        /// The setting.
        parameter: &'static str,
        /// What is wrong with it.
        problem: String,
    },
    /// A text file is not valid UTF-8.
    #[error("{path} is not valid UTF-8 (first invalid byte at offset {offset})")]
    InvalidUtf8 {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// The input is larger than the configured maximum.
    #[error("input of {len} bytes is larger than the maximum of {max} bytes (see ExtractorBuilder::max_input_bytes)")]
    InputTooLarge {
        /// Input size in bytes.
        len: usize,
        /// The configured maximum.
        max: usize,
    },
    /// Tokenising an input failed.
    #[error("tokenization failed")]
    Tokenize(#[source] BoxError),
    /// The backend was not compiled in (the `onnx` feature, a default feature, was turned off).
    #[error("backend {backend} is not available: build nerel with its default feature `onnx`")]
    BackendUnavailable {
        /// The backend asked for.
        backend: &'static str,
    },
    /// ONNX Runtime failed.
    #[error("ONNX Runtime failed")]
    OnnxRuntime(#[source] BoxError),
    /// The ONNX graph lacks an output nerel needs.
    #[error("the ONNX graph has no output named `{output}`")]
    OnnxOutput {
        /// The output's name.
        output: &'static str,
    },
    /// The inference backend failed.
    #[error("inference backend failed")]
    Backend(#[source] BoxError),
    /// No model folder where nerel looked.
    #[error(
        "no model folder at {path} (from {origin}); nerel looks for its model in \
         ExtractorBuilder::model_dir, else the folder in $NEREL_MODEL_DIR, else {default}"
    )]
    ModelNotFound {
        /// The folder looked for.
        path: PathBuf,
        /// Where that path came from: `ExtractorBuilder::model_dir`, `NEREL_MODEL_DIR`, or the
        /// repository's `models/` folder.
        origin: &'static str,
        /// The model folder of the repository nerel was built from.
        default: PathBuf,
    },
    /// The ONNX Runtime shared library (libonnxruntime 1.16) could not be loaded.
    #[error(
        "cannot load the ONNX Runtime library {path} ({problem}); run `scripts/setup.sh` in the nerel \
         repository, then `eval \"$(path/to/nerel/scripts/setup.sh --print-env)\"` (sets ORT_DYLIB_PATH), \
         or choose Backend::Tch"
    )]
    OnnxRuntimeLibrary {
        /// The library path tried (`$ORT_DYLIB_PATH`, or `libonnxruntime.so` on the library path).
        path: PathBuf,
        /// Why it could not be loaded.
        problem: String,
    },
}

impl Error {
    /// Wraps an error of the inference engine.
    pub(crate) fn backend(e: impl std::error::Error + Send + Sync + 'static) -> Self {
        Error::Backend(Box::new(e))
    }
}
