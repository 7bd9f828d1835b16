#!/usr/bin/env bash
# A crate that depends on nerel by path, made from scratch in a temporary folder, built with only
# the documented step (eval "$(scripts/setup.sh --print-env)"), then run: it must find the default
# model and ONNX Runtime on its own and print the entities of a sentence. Part of `make test`.
#
# The new crate has no Cargo.lock of its own: cargo resolves its dependencies as for any user
# (first offline, from the crates already downloaded, else from crates.io). It builds into
# target/ of this repository with the same release profile, so the compiled dependencies are
# reused and only nerel and the new crate are compiled. NEREL_DEPENDENT_TARGET=DIR builds
# elsewhere instead.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/nerel-dependent.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

# The documented step, in a clean environment for these variables.
unset LIBTORCH LIBTORCH_CXX11_ABI ORT_DYLIB_PATH NEREL_MODEL_DIR
eval "$("$root/scripts/setup.sh" --print-env)"

mkdir -p "$tmp/src"
cat > "$tmp/Cargo.toml" <<EOF
[package]
name = "nerel-dependent-check"
version = "0.1.0"
edition = "2021"
publish = false

[dependencies]
nerel = { path = "$root" }
serde_json = "1"

[profile.release]
debug = false
codegen-units = 16
EOF
cat > "$tmp/src/main.rs" <<'EOF'
use nerel::{Backend, Device, Extractor};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let extractor = Extractor::builder().device(Device::Cpu).build()?;
    let text = "Maria Lopez, the chief executive of Siemens, met Chancellor Olaf Weber in Berlin on Monday.";
    let doc = extractor.extract(text)?;
    for m in &doc.mentions {
        println!("{}\t{}", m.label, m.text);
    }
    for r in &doc.relations {
        println!("{} – {} – {}", doc.entities[r.subject].name, r.predicate, doc.entities[r.object].name);
    }
    assert_eq!(Backend::default(), Backend::Onnx);
    assert!(doc.mentions.iter().any(|m| m.label == "PER" && m.text == "Maria Lopez"), "{:?}", doc.mentions);
    assert!(doc.mentions.iter().any(|m| m.label == "LOC" && m.text == "Berlin"), "{:?}", doc.mentions);
    // The library's public types serialise without naming its dependencies.
    println!("{}", serde_json::to_string(&doc.entities)?);
    Ok(())
}
EOF

export CARGO_TARGET_DIR="${NEREL_DEPENDENT_TARGET:-$root/target}"
start=$(date +%s)
(cd "$tmp" && cargo generate-lockfile --offline --quiet 2>/dev/null) || (cd "$tmp" && cargo generate-lockfile --quiet)
(cd "$tmp" && cargo build --release --quiet)
echo "[test_dependent] built in $(( $(date +%s) - start )) s (target $CARGO_TARGET_DIR)"
"$CARGO_TARGET_DIR/release/nerel-dependent-check"
echo "[test_dependent] ok: a crate depending on nerel by path builds and runs"
