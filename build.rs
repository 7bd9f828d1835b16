//! Gives this crate's own binaries (tests, examples, benches) an rpath to libtorch, so they run
//! without LD_LIBRARY_PATH. Dependents of nerel link libtorch through tch as usual.
fn main() {
    println!("cargo:rerun-if-env-changed=LIBTORCH");
    if let Ok(dir) = std::env::var("LIBTORCH") {
        let lib = std::path::Path::new(&dir).join("lib");
        // DT_RPATH (not RUNPATH) so that libtorch's own dependencies are found too.
        println!("cargo:rustc-link-arg=-Wl,--disable-new-dtags,-rpath,{}", lib.display());
    }
}
