//! The engines that run the network: libtorch through rust-bert (always available), or ONNX
//! Runtime through `ort` (cargo feature `onnx`, `crate::onnx_runtime`), in fp32 or int8.

use std::path::Path;

use rust_bert::bert::BertForTokenClassification;
use serde::{Deserialize, Serialize};
use tch::{nn, Tensor};

use crate::error::{Error, Result};

/// Which engine runs the transformer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Backend {
    /// libtorch via rust-bert, weights from `model.safetensors` (or `.bin`/`.ot`). The default
    /// without the `onnx` feature.
    #[cfg_attr(not(feature = "onnx"), default)]
    Tch,
    /// ONNX Runtime, fp32 graph `model.onnx` (feature `onnx`). The default with the `onnx`
    /// feature (a default feature): the fastest engine whose CoNLL-2003 dev F1 is within 0.1 of
    /// fp32 (the int8 graph loses 0.13 F1 and 0.27 LAS with the default model; see README).
    #[cfg_attr(feature = "onnx", default)]
    Onnx,
    /// ONNX Runtime, dynamically quantized int8 graph `model-int8.onnx` (feature `onnx`): about
    /// 1.8x faster than fp32, slightly less accurate.
    OnnxInt8,
}

impl Backend {
    /// The name used on command lines: `tch`, `onnx`, `onnx-int8`.
    pub fn name(self) -> &'static str {
        match self {
            Backend::Tch => "tch",
            Backend::Onnx => "onnx",
            Backend::OnnxInt8 => "onnx-int8",
        }
    }

    /// The graph file an ONNX backend reads from the model folder.
    #[cfg_attr(not(feature = "onnx"), allow(dead_code))]
    pub(crate) fn onnx_file(self) -> Option<&'static str> {
        match self {
            Backend::Tch => None,
            Backend::Onnx => Some("model.onnx"),
            Backend::OnnxInt8 => Some("model-int8.onnx"),
        }
    }
}

impl std::str::FromStr for Backend {
    type Err = Error;
    fn from_str(s: &str) -> Result<Backend> {
        match s {
            "tch" => Ok(Backend::Tch),
            "onnx" => Ok(Backend::Onnx),
            "onnx-int8" => Ok(Backend::OnnxInt8),
            _ => Err(Error::InvalidParameter {
                parameter: "backend",
                problem: format!("{s:?} is not tch, onnx or onnx-int8"),
            }),
        }
    }
}

impl std::fmt::Display for Backend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A padded batch of windows: `[rows, len]` row-major token ids, attention mask and casing
/// types.
pub(crate) struct Batch {
    pub rows: usize,
    pub len: usize,
    pub ids: Vec<i64>,
    pub mask: Vec<i64>,
    pub types: Vec<i64>,
}

/// A loaded network.
pub(crate) enum Net {
    Tch {
        model: Box<BertForTokenClassification>,
        /// Owns the weights.
        _vs: nn::VarStore,
    },
    #[cfg(feature = "onnx")]
    Onnx(crate::onnx_runtime::OnnxNet),
}

impl Net {
    /// Logits `[rows, len, outputs]`, flattened, for a padded batch: `ids`, `mask` and `types`
    /// are `[rows, len]` row-major. The ONNX backends never touch libtorch here (its OpenMP
    /// threads would spin beside ONNX Runtime's).
    pub fn logits(&self, batch: Batch, device: tch::Device) -> Result<Vec<f32>> {
        match self {
            Net::Tch { model, .. } => {
                let shape = [batch.rows as i64, batch.len as i64];
                let to = |v: &[i64]| {
                    Tensor::f_from_slice(v)
                        .and_then(|t| t.f_view(shape))
                        .and_then(|t| t.f_to_device(device))
                        .map_err(Error::backend)
                };
                let (ids, mask, types) = (to(&batch.ids)?, to(&batch.mask)?, to(&batch.types)?);
                let logits = tch::no_grad(|| {
                    model
                        .forward_t(Some(&ids), Some(&mask), Some(&types), None, None, false)
                        .logits
                });
                let flat = logits
                    .f_to_kind(tch::Kind::Float)
                    .and_then(|t| t.f_to_device(tch::Device::Cpu)?.f_flatten(0, -1))
                    .map_err(Error::backend)?;
                Vec::<f32>::try_from(&flat).map_err(Error::backend)
            }
            #[cfg(feature = "onnx")]
            Net::Onnx(net) => net.logits(batch),
        }
    }
}

/// Loads an ONNX graph from the model folder (feature `onnx`).
#[cfg(feature = "onnx")]
pub(crate) fn load_onnx(dir: &Path, backend: Backend, threads: Option<usize>) -> Result<Net> {
    let file = dir.join(backend.onnx_file().unwrap_or("model.onnx"));
    if !file.is_file() {
        return Err(Error::MissingFile {
            path: file,
            what: "ONNX graph: scripts/setup.sh makes model.onnx and model-int8.onnx of the shipped model \
                   (training/export_onnx.py and training/quantize_onnx.py --model DIR for others); or use Backend::Tch",
        });
    }
    Ok(Net::Onnx(crate::onnx_runtime::OnnxNet::load(
        &file, threads,
    )?))
}

/// Without the `onnx` feature, ONNX backends are refused with a clear error.
#[cfg(not(feature = "onnx"))]
pub(crate) fn load_onnx(_dir: &Path, backend: Backend, _threads: Option<usize>) -> Result<Net> {
    Err(Error::BackendUnavailable {
        backend: backend.name(),
    })
}
