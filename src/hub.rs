//! Optional download of a model folder from the Hugging Face hub (feature `remote`; needs
//! network access, which nerel's own machines do not have — this path is compile-checked only).

use std::path::PathBuf;

use rust_bert::resources::{RemoteResource, ResourceProvider};

use crate::error::{Error, Result};

/// Files fetched from a hub repository; the first weights file that downloads is used.
const FILES: &[&str] = &["config.json", "tokenizer.json"];
const WEIGHTS: &[&str] = &["model.safetensors", "pytorch_model.bin"];

/// Downloads `repo` (e.g. `dslim/bert-base-NER`) into rust-bert's cache and lays it out as a
/// model folder under `~/.cache/nerel/<repo>` (copies named as the loader expects).
pub fn fetch(repo: &str) -> Result<PathBuf> {
    let base = std::env::var_os("NEREL_CACHE")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache").join("nerel")))
        .unwrap_or_else(|| std::env::temp_dir().join("nerel"));
    let dir = base.join(repo.replace('/', "--"));
    std::fs::create_dir_all(&dir).map_err(|source| Error::Io {
        path: dir.clone(),
        source,
    })?;
    let get = |file: &str| -> Result<()> {
        let target = dir.join(file);
        if target.is_file() {
            return Ok(());
        }
        let url = format!("https://huggingface.co/{repo}/resolve/main/{file}");
        let local = RemoteResource::new(&url, &format!("nerel/{repo}"))
            .get_local_path()
            .map_err(|source| Error::Model {
                path: target.clone(),
                source,
            })?;
        std::fs::copy(&local, &target)
            .map(|_| ())
            .map_err(|source| Error::Io {
                path: target,
                source,
            })
    };
    for f in FILES {
        get(f)?;
    }
    let mut last = None;
    for w in WEIGHTS {
        match get(w) {
            Ok(()) => return Ok(dir),
            Err(e) => last = Some(e),
        }
    }
    Err(last.unwrap_or(Error::MissingFile {
        path: dir.join(WEIGHTS[0]),
        what: "weights",
    }))
}
