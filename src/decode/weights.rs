//! `heads.safetensors`: the small scorers that run after the classifier (written by
//! `training/train.py`, class `Heads`). Read here without libtorch, so every backend shares them.

use std::collections::HashMap;
use std::path::Path;

use serde::Deserialize;

use crate::error::{Error, Result};

#[derive(Deserialize)]
struct Entry {
    dtype: String,
    shape: Vec<usize>,
    data_offsets: (usize, usize),
}

/// Named f32 tensors with their shapes.
pub(crate) struct Tensors {
    path: std::path::PathBuf,
    map: HashMap<String, (Vec<usize>, Vec<f32>)>,
}

impl Tensors {
    /// Reads every F32 tensor of a safetensors file.
    pub fn read(path: &Path) -> Result<Tensors> {
        let bytes = std::fs::read(path).map_err(|source| Error::Io {
            path: path.to_owned(),
            source,
        })?;
        let bad = |problem: &'static str| Error::InvalidConfig {
            path: path.to_owned(),
            field: "safetensors",
            problem,
        };
        let n = u64::from_le_bytes(
            bytes
                .get(..8)
                .ok_or(bad("shorter than its header"))?
                .try_into()
                .unwrap_or([0; 8]),
        );
        let header_end = usize::try_from(n)
            .ok()
            .and_then(|n| n.checked_add(8))
            .ok_or(bad("header too long"))?;
        let header = bytes
            .get(8..header_end)
            .ok_or(bad("header runs past the end"))?;
        let entries: HashMap<String, serde_json::Value> =
            serde_json::from_slice(header).map_err(|source| Error::MalformedJson {
                path: path.to_owned(),
                source: source.into(),
            })?;
        let data = &bytes[header_end..];
        let mut map = HashMap::new();
        for (name, value) in entries {
            if name == "__metadata__" {
                continue;
            }
            let e: Entry =
                serde_json::from_value(value).map_err(|source| Error::MalformedJson {
                    path: path.to_owned(),
                    source: source.into(),
                })?;
            if e.dtype != "F32" {
                return Err(bad("heads must be F32 tensors"));
            }
            let raw = data
                .get(e.data_offsets.0..e.data_offsets.1)
                .ok_or(bad("tensor data out of range"))?;
            let count: usize = e.shape.iter().product();
            if raw.len() != count * 4 {
                return Err(bad("tensor data does not match its shape"));
            }
            let values = raw
                .chunks_exact(4)
                .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect();
            map.insert(name, (e.shape, values));
        }
        Ok(Tensors {
            path: path.to_owned(),
            map,
        })
    }

    /// Length of a 1-d tensor (0 when missing), to read a dimension the configuration lacks.
    pub fn map_len(&self, name: &str) -> usize {
        self.map.get(name).map_or(0, |(s, _)| s.iter().product())
    }

    /// The tensor `name`, checked to have `shape`.
    pub fn take(&mut self, name: &str, shape: &[usize]) -> Result<Vec<f32>> {
        match self.map.remove(name) {
            Some((s, v)) if s == shape => Ok(v),
            Some((s, _)) => Err(Error::WeightShape {
                path: self.path.clone(),
                tensor: name.to_owned(),
                found: s.iter().map(|&x| x as i64).collect(),
                expected: shape.iter().map(|&x| x as i64).collect(),
            }),
            None => Err(Error::InvalidConfig {
                path: self.path.clone(),
                field: "tensor",
                problem: "a head tensor is missing",
            }),
        }
    }
}
