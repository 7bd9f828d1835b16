#!/usr/bin/env bash
# Installs what nerel needs to build and run, into the git-ignored folder .deps/ of the repo.
# Idempotent: a second run checks and returns at once. Needs PyPI (pip) and npm.
#
#   .deps/libtorch      CPU libtorch 2.4.0 taken from the PyPI `torch` wheel (what tch 0.17 links)
#   .deps/onnxruntime   libonnxruntime 1.16.3 from the npm package onnxruntime-node (the default
#                       backend), and the default model exported to ONNX (fp32 and int8,
#                       models/*/model.onnx, model-int8.onnx) with the Python environment below
#   .deps/pyenv         Python venv from training/requirements.txt: ONNX export, training, and
#                       the speed baseline of examples/throughput; with --spark also pyspark
#
# Usage: scripts/setup.sh [--spark]     install what is missing (--spark: pyspark, and Java
#                                        17 from Debian when `java` is missing)
#        scripts/setup.sh --print-env   print the `export` lines a crate that depends on nerel
#                                        needs to build and run:
#                                          eval "$(path/to/nerel/scripts/setup.sh --print-env)"
# (--onnx and --python are accepted and do nothing more: setup always does both.)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
deps="$root/.deps"
cache="$deps/cache"
libtorch="$deps/libtorch"
TORCH_VERSION=2.4.0
ORT_VERSION=1.16.3
PYSPARK_REQ='pyspark>=3.5,<3.6'
CUDA_WHEELS=(nvidia-cuda-runtime-cu12==12.1.105 nvidia-cuda-cupti-cu12==12.1.105)

say() { printf '[setup] %s\n' "$*" >&2; }
die() { printf '[setup] error: %s\n' "$*" >&2; exit 1; }

# --print-env: only prints (nothing is installed); single-quoted absolute paths.
if [ "${1:-}" = "--print-env" ]; then
  [ -f "$libtorch/lib/libtorch_cpu.so" ] || die "libtorch is not installed in $libtorch: run $root/scripts/setup.sh first"
  q() { printf "'%s'" "${1//\'/\'\\\'\'}"; }
  deps="$(cd "$deps" && pwd -P)" libtorch="$(cd "$libtorch" && pwd -P)"
  ortdir="$deps/onnxruntime"
  printf 'export LIBTORCH=%s\n' "$(q "$libtorch")"
  printf 'export LIBTORCH_CXX11_ABI=0\n'
  if [ -f "$ortdir/libonnxruntime.so.$ORT_VERSION" ]; then
    printf 'export LD_LIBRARY_PATH=%s"${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"\n' "$(q "$libtorch/lib:$ortdir")"
    printf 'export ORT_DYLIB_PATH=%s\n' "$(q "$ortdir/libonnxruntime.so.$ORT_VERSION")"
  else
    printf 'export LD_LIBRARY_PATH=%s"${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"\n' "$(q "$libtorch/lib")"
  fi
  printf 'export NEREL_MODEL_DIR=%s\n' "$(q "$root/models/nerel-minilm-conll03")"
  exit 0
fi

need() { command -v "$1" >/dev/null 2>&1 || die "'$1' is required but not installed ($2)"; }
need python3 "Debian: apt-get install python3 python3-pip"
need unzip "Debian: apt-get install unzip"
python3 -m pip --version >/dev/null 2>&1 || die "pip is missing (Debian: apt-get install python3-pip)"

libtorch_ok() {
  [ -f "$libtorch/build-version" ] && [ "$(cat "$libtorch/build-version")" = "$TORCH_VERSION" ] \
    && [ -f "$libtorch/lib/libtorch_cpu.so" ] && [ -f "$libtorch/lib/libc10.so" ] \
    && [ -f "$libtorch/lib/libcudart.so.12" ] && [ -f "$libtorch/lib/libcupti.so.12" ] \
    && [ -d "$libtorch/include/torch" ]
}

fetch() { # fetch <requirement>: download one wheel (no deps) into the cache, print its path
  local req="$1" name="${1%%==*}"
  local pattern="${name//-/_}-${1##*==}-*.whl"
  local found
  found=$(ls "$cache"/$pattern 2>/dev/null | head -n1 || true)
  if [ -z "$found" ]; then
    say "downloading $req from PyPI" >&2
    local log="$cache/pip-$name.log"
    if ! python3 -m pip download --no-deps --only-binary=:all: --platform manylinux1_x86_64 \
         --platform manylinux2014_x86_64 --python-version 3.11 --implementation cp \
         -d "$cache" "$req" >"$log" 2>&1; then
      cat "$log" >&2
      die "could not download $req from PyPI (is the registry reachable? see above)"
    fi
    found=$(ls "$cache"/$pattern 2>/dev/null | head -n1 || true)
    [ -n "$found" ] || die "pip reported success but no wheel matching $pattern is in $cache"
  fi
  printf '%s\n' "$found"
}

want_onnx=1 want_python=1 want_spark=0
for arg in "$@"; do
  case "$arg" in
    --onnx|--python) ;;
    --spark) want_spark=1 ;;
    *) die "unknown option $arg (usage: scripts/setup.sh [--spark] | --print-env)" ;;
  esac
done

mkdir -p "$cache"
if libtorch_ok; then
  say "libtorch $TORCH_VERSION already in $libtorch"
else
  say "installing CPU libtorch $TORCH_VERSION into $libtorch"
  torch_whl=$(fetch "torch==$TORCH_VERSION")
  tmp="$deps/tmp-libtorch"
  rm -rf "$tmp" && mkdir -p "$tmp"
  say "unpacking headers and CPU libraries from $(basename "$torch_whl")"
  unzip -q "$torch_whl" 'torch/include/*' 'torch/lib/libtorch_cpu.so' 'torch/lib/libtorch.so' \
    'torch/lib/libc10.so' 'torch/lib/libgomp-*.so.1' -d "$tmp" || die "could not unpack $torch_whl"
  for req in "${CUDA_WHEELS[@]}"; do
    whl=$(fetch "$req")
    unzip -q -o -j "$whl" 'nvidia/*/lib/libcudart.so.12' 'nvidia/*/lib/libcupti.so.12' -d "$tmp/torch/lib" 2>/dev/null \
      || unzip -q -o -j "$whl" 'nvidia/*/lib/*.so.12' -d "$tmp/torch/lib" || die "could not unpack $whl"
  done
  echo "$TORCH_VERSION" > "$tmp/torch/build-version"
  rm -rf "$libtorch"
  mv "$tmp/torch" "$libtorch"
  rm -rf "$tmp"
  libtorch_ok || die "libtorch in $libtorch is incomplete after unpacking"
  say "libtorch ready ($(du -sh "$libtorch" | cut -f1))"
fi

if [ "$want_python" = 1 ]; then
  pyenv="$deps/pyenv"
  stamp="$pyenv/.requirements"
  if [ -f "$stamp" ] && cmp -s "$stamp" "$root/training/requirements.txt"; then
    say "python environment already in $pyenv"
  else
    say "installing the python environment into $pyenv (training/requirements.txt; torch is large)"
    [ -x "$pyenv/bin/python" ] || python3 -m venv "$pyenv" || die "cannot create a venv (Debian: apt-get install python3-venv)"
    torch_whl=$(fetch "torch==$TORCH_VERSION")
    "$pyenv/bin/python" -m pip install -q "$torch_whl" -r "$root/training/requirements.txt" \
      || die "pip could not install training/requirements.txt (is PyPI reachable?)"
    cp "$root/training/requirements.txt" "$stamp"
    say "python environment ready"
  fi
fi

if [ "$want_onnx" = 1 ]; then
  ortdir="$deps/onnxruntime"
  if [ -f "$ortdir/libonnxruntime.so.$ORT_VERSION" ]; then
    say "libonnxruntime $ORT_VERSION already in $ortdir"
  else
    need npm "Debian: apt-get install npm"
    say "downloading onnxruntime-node@$ORT_VERSION from npm (for libonnxruntime.so)"
    (cd "$cache" && npm pack -q "onnxruntime-node@$ORT_VERSION" >/dev/null 2>&1) \
      || die "could not download onnxruntime-node@$ORT_VERSION from the npm registry"
    mkdir -p "$ortdir"
    tar -xzf "$cache/onnxruntime-node-$ORT_VERSION.tgz" -C "$ortdir" --strip-components=5 \
      "package/bin/napi-v3/linux/x64/libonnxruntime.so.$ORT_VERSION" || die "libonnxruntime not found in the npm package"
    say "libonnxruntime ready in $ortdir"
  fi
  # The name ort opens when ORT_DYLIB_PATH is unset; nerel's own binaries have an rpath here.
  if [ "$(readlink "$ortdir/libonnxruntime.so" 2>/dev/null)" != "libonnxruntime.so.$ORT_VERSION" ]; then
    ln -sfn "libonnxruntime.so.$ORT_VERSION" "$ortdir/libonnxruntime.so"
  fi
  model="$root/models/nerel-minilm-conll03"
  if [ ! -f "$model/model.onnx" ] || [ "$model/model.safetensors" -nt "$model/model.onnx" ]; then
    say "exporting the default model to ONNX"
    "$deps/pyenv/bin/python" "$root/training/export_onnx.py" --model "$model" || die "ONNX export failed"
  fi
  if [ ! -f "$model/model-int8.onnx" ] || [ "$model/model.onnx" -nt "$model/model-int8.onnx" ]; then
    say "quantizing the ONNX model to int8"
    "$deps/pyenv/bin/python" "$root/training/quantize_onnx.py" --model "$model" || die "int8 quantization failed"
  fi
fi

if [ "$want_spark" = 1 ]; then
  if ! command -v java >/dev/null 2>&1; then
    say "installing Java 17 (Debian openjdk-17-jre-headless) for Spark"
    sudo_=""; [ "$(id -u)" = 0 ] || sudo_="sudo"
    $sudo_ apt-get update -qq && $sudo_ apt-get install -y -qq openjdk-17-jre-headless >/dev/null \
      || die "could not install openjdk-17-jre-headless with apt-get"
  fi
  if "$deps/pyenv/bin/python" -c 'import pyspark' >/dev/null 2>&1; then
    say "pyspark already in $deps/pyenv"
  else
    say "installing $PYSPARK_REQ into $deps/pyenv"
    "$deps/pyenv/bin/python" -m pip install -q "$PYSPARK_REQ" || die "pip could not install $PYSPARK_REQ"
  fi
fi

need cargo "install Rust with rustup"
say "done: cargo build/test/run now work in $root (see .cargo/config.toml);"
say "for a crate that depends on nerel: eval \"\$($root/scripts/setup.sh --print-env)\""
