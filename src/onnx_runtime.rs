//! The ONNX Runtime engine ([`OnnxNet`]), through `ort` 1.16.3 (kept in `vendor/`).
//!
//! The shared library is found before `ort` looks for it, so that a missing or wrong library is
//! an [`Error`] and not a panic inside `ort`. The library sets no environment variable: it looks
//! where `ort` 1.16 (feature `load-dynamic`) will look, in the same order:
//!
//! 1. `$ORT_DYLIB_PATH` when set and not empty (what `scripts/setup.sh --print-env` exports);
//! 2. else `libonnxruntime.so`, first next to the executable, then on the dynamic linker's path
//!    (`LD_LIBRARY_PATH`, or the rpath that nerel's own binaries get from `build.rs`).

use std::ffi::{c_char, CStr, OsString};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::encoder::backend::Batch;
use ndarray::{ArrayD, CowArray, IxDyn};

use crate::error::{Error, Result};

/// The oldest ONNX Runtime minor version `ort` 1.16.3 accepts (1.16).
const MINOR: u32 = 16;

/// The name `ort` loads when `ORT_DYLIB_PATH` is unset.
const DEFAULT_NAME: &str = "libonnxruntime.so";

/// Where `ort` will load the library from: what it is given, and what is opened.
fn location() -> (PathBuf, OsString) {
    let given = match std::env::var("ORT_DYLIB_PATH") {
        Ok(s) if !s.is_empty() => PathBuf::from(s),
        _ => PathBuf::from(DEFAULT_NAME),
    };
    if given.is_absolute() {
        let open = given.clone().into_os_string();
        return (given, open);
    }
    let beside = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|d| d.join(&given)));
    match beside {
        Some(p) if p.exists() => (p.clone(), p.into_os_string()),
        _ => (given.clone(), given.into_os_string()),
    }
}

/// Opens the library once per process and checks its version; later calls return the first
/// answer.
pub(crate) fn check() -> Result<()> {
    static CHECKED: OnceLock<std::result::Result<(), (PathBuf, String)>> = OnceLock::new();
    CHECKED
        .get_or_init(|| {
            let (path, open) = location();
            probe(&open).map_err(|problem| (path, problem))
        })
        .clone()
        .map_err(|(path, problem)| Error::OnnxRuntimeLibrary { path, problem })
}

/// Loads the library and reads its version string through `OrtGetApiBase`.
fn probe(open: &OsString) -> std::result::Result<(), String> {
    #[repr(C)]
    struct OrtApiBase {
        get_api: Option<unsafe extern "C" fn(u32) -> *const std::ffi::c_void>,
        get_version_string: Option<unsafe extern "C" fn() -> *const c_char>,
    }
    // SAFETY: loading ONNX Runtime runs its (trusted) initialisers; `ort` loads the same file
    // right after. The library handle is dropped at the end (dlclose only lowers a count).
    unsafe {
        let lib = libloading::Library::new(open).map_err(|e| e.to_string())?;
        let base: libloading::Symbol<unsafe extern "C" fn() -> *const OrtApiBase> = lib
            .get(b"OrtGetApiBase\0")
            .map_err(|e| format!("not ONNX Runtime: {e}"))?;
        let base = base();
        let version = match base.as_ref().and_then(|b| b.get_version_string) {
            Some(f) => {
                let s = f();
                if s.is_null() {
                    return Err("no version string".into());
                }
                CStr::from_ptr(s).to_string_lossy().into_owned()
            }
            None => return Err("no version string".into()),
        };
        let minor = version
            .split('.')
            .nth(1)
            .and_then(|m| m.parse::<u32>().ok());
        if minor.is_none_or(|m| m < MINOR) {
            return Err(format!("version {version}, nerel needs 1.{MINOR} or later"));
        }
    }
    Ok(())
}

/// A BERT token-classification graph on ONNX Runtime: inputs `input_ids`, `attention_mask` and
/// (when the graph has it) `token_type_ids`, int64 `[batch, sequence]`; output `logits`, float
/// `[batch, sequence, labels]`.
pub(crate) struct OnnxNet {
    session: ort::Session,
    /// The graph's input names, in its order.
    inputs: Vec<String>,
    /// Position of `logits` among the outputs.
    logits: usize,
}

impl OnnxNet {
    /// Loads `file` with `threads` intra-op threads (default: ONNX Runtime's choice, all cores).
    pub fn load(file: &Path, threads: Option<usize>) -> Result<OnnxNet> {
        check()?;
        let model = |e: ort::OrtError| Error::Model {
            path: file.to_owned(),
            source: Box::new(e),
        };
        let environment = ort::Environment::builder()
            .with_name("nerel")
            .build()
            .map_err(|e| Error::OnnxRuntime(Box::new(e)))?
            .into_arc();
        let mut builder = ort::SessionBuilder::new(&environment)
            .map_err(model)?
            .with_inter_threads(1)
            .map_err(model)?;
        if let Some(n) = threads {
            builder = builder
                .with_intra_threads(n.min(i16::MAX as usize) as i16)
                .map_err(model)?;
        }
        let session = builder.with_model_from_file(file).map_err(model)?;
        let inputs: Vec<String> = session.inputs.iter().map(|i| i.name.clone()).collect();
        for name in &inputs {
            if !matches!(
                name.as_str(),
                "input_ids" | "attention_mask" | "token_type_ids"
            ) {
                return Err(Error::Model {
                    path: file.to_owned(),
                    source: format!("the graph has an input `{name}`; nerel gives input_ids, attention_mask, token_type_ids").into(),
                });
            }
        }
        let logits = session
            .outputs
            .iter()
            .position(|o| o.name == "logits")
            .ok_or(Error::OnnxOutput { output: "logits" })?;
        Ok(OnnxNet {
            session,
            inputs,
            logits,
        })
    }

    /// Logits `[rows, len, outputs]`, flattened, for a padded batch.
    pub fn logits(&self, batch: Batch) -> Result<Vec<f32>> {
        let runtime = |e: ort::OrtError| Error::OnnxRuntime(Box::new(e));
        let shape = IxDyn(&[batch.rows, batch.len]);
        let Batch {
            ids, mask, types, ..
        } = batch;
        let mut by_name = [
            ("input_ids", Some(ids)),
            ("attention_mask", Some(mask)),
            ("token_type_ids", Some(types)),
        ];
        let arrays: Vec<CowArray<i64, IxDyn>> = self
            .inputs
            .iter()
            .map(|name| {
                let slot = by_name
                    .iter_mut()
                    .find(|(n, _)| n == name)
                    .and_then(|(_, v)| v.take())
                    .unwrap_or_default();
                ArrayD::from_shape_vec(shape.clone(), slot)
                    .map(CowArray::from)
                    .map_err(Error::backend)
            })
            .collect::<Result<_>>()?;
        let values = arrays
            .iter()
            .map(|a| ort::Value::from_array(self.session.allocator(), a))
            .collect::<std::result::Result<Vec<_>, _>>()
            .map_err(runtime)?;
        let outputs = self.session.run(values).map_err(runtime)?;
        let out = outputs
            .get(self.logits)
            .ok_or(Error::OnnxOutput { output: "logits" })?;
        let extracted = out.try_extract::<f32>().map_err(runtime)?;
        let view = extracted.view();
        Ok(match view.as_slice() {
            Some(contiguous) => contiguous.to_vec(),
            None => view.iter().copied().collect(),
        })
    }
}
