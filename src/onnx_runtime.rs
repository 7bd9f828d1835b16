//! Finds the ONNX Runtime shared library before `ort` does, so that a missing or wrong library is
//! an [`Error`] and not a panic inside `ort`. The library sets no environment variable: it looks
//! where `ort` 1.16 (feature `load-dynamic`) will look, in the same order:
//!
//! 1. `$ORT_DYLIB_PATH` when set and not empty (what `scripts/setup.sh --print-env` exports);
//! 2. else `libonnxruntime.so`, first next to the executable, then on the dynamic linker's path
//!    (`LD_LIBRARY_PATH`, or the rpath that nerel's own binaries get from `build.rs`).

use std::ffi::{c_char, CStr, OsString};
use std::path::PathBuf;
use std::sync::OnceLock;

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
    let beside = std::env::current_exe().ok().and_then(|exe| exe.parent().map(|d| d.join(&given)));
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
        let base: libloading::Symbol<unsafe extern "C" fn() -> *const OrtApiBase> =
            lib.get(b"OrtGetApiBase\0").map_err(|e| format!("not ONNX Runtime: {e}"))?;
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
        let minor = version.split('.').nth(1).and_then(|m| m.parse::<u32>().ok());
        if !minor.is_some_and(|m| m >= MINOR) {
            return Err(format!("version {version}, nerel needs 1.{MINOR} or later"));
        }
    }
    Ok(())
}
