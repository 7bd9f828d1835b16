#!/usr/bin/env bash
# Installs what nerel needs to build and run, into the git-ignored folder .deps/ of the repo.
# Idempotent: a second run checks and returns at once. Needs only PyPI (through pip).
#
#   .deps/libtorch   CPU libtorch 2.4.0 taken from the PyPI `torch` wheel (what tch 0.17 links)
#
# Usage: scripts/setup.sh            (set NERELL_VERBOSE=1 for pip's own output)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
deps="$root/.deps"
cache="$deps/cache"
libtorch="$deps/libtorch"
TORCH_VERSION=2.4.0
CUDA_WHEELS=(nvidia-cuda-runtime-cu12==12.1.105 nvidia-cuda-cupti-cu12==12.1.105)

say() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] error: %s\n' "$*" >&2; exit 1; }

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

need cargo "install Rust with rustup"
say "done: cargo build/test/run now work in $root (see .cargo/config.toml)"
