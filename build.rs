//! Gives this crate's own binaries (the `nerel` command, tests, examples, benches) an rpath to
//! libtorch and to the ONNX Runtime folder of `scripts/setup.sh`, so they run without
//! LD_LIBRARY_PATH or ORT_DYLIB_PATH. Dependents of nerel link libtorch through tch as usual and
//! find both libraries through the variables `scripts/setup.sh --print-env` prints.
fn main() {
    println!("cargo:rerun-if-env-changed=LIBTORCH");
    let mut dirs = Vec::new();
    if let Ok(dir) = std::env::var("LIBTORCH") {
        dirs.push(std::path::Path::new(&dir).join("lib"));
    }
    if let Ok(root) = std::env::var("CARGO_MANIFEST_DIR") {
        // `libonnxruntime.so` (a link made by scripts/setup.sh) is what ort opens by default.
        dirs.push(
            std::path::Path::new(&root)
                .join(".deps")
                .join("onnxruntime"),
        );
    }
    for lib in dirs {
        // DT_RPATH (not RUNPATH) so that libtorch's own dependencies, and dlopen, find them too.
        println!(
            "cargo:rustc-link-arg=-Wl,--disable-new-dtags,-rpath,{}",
            lib.display()
        );
    }
}
