#!/usr/bin/env bash
# Trains several configurations of training/train.py side by side on one GPU and keeps the best
# by dev F1. Usage: training/sweep.sh BASE_DIR DATA_DIR OUT_DIR SECONDS_PER_RUN
# Writes OUT_DIR/sweep.log (all runs' logs), OUT_DIR/best/ (the best model folder).
set -u
base=$1 data=$2 out=$3 limit=${4:-420}
mkdir -p "$out" /tmp/sweep
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader 2>/dev/null
python3 -c 'import torch, safetensors, tokenizers; print("torch", torch.__version__, "tokenizers", tokenizers.__version__)'
# name: extra arguments
configs=(
  "a:--lr 1.5e-4 --aux-weight 0.1 --epochs 8"
  "b:--lr 1e-4 --aux-weight 0.1 --epochs 10"
  "c:--lr 2e-4 --aux-weight 0.05 --epochs 8"
  "d:--lr 1.5e-4 --aux-weight 0.3 --epochs 8"
)
for c in "${configs[@]}"; do
  name=${c%%:*} extra=${c#*:}
  PYTHONUNBUFFERED=1 timeout "$limit" python3 training/train.py --base "$base" \
    --train "$data/eng.train" --dev "$data/eng.testa" --out "/tmp/sweep/$name" $extra \
    > "/tmp/sweep/$name.log" 2>&1 &
done
wait
best="" bestf=-1
for c in "${configs[@]}"; do
  name=${c%%:*}
  echo "=== $name: ${c#*:}" >> "$out/sweep.log"; cat "/tmp/sweep/$name.log" >> "$out/sweep.log"
  f=$(python3 -c "import json,sys; h=json.load(open('/tmp/sweep/$name/training.json'))['history']; print(max(x['dev_f1'] for x in h))" 2>/dev/null || echo -1)
  echo "run $name best dev F1 $f"
  if python3 -c "import sys; sys.exit(0 if float('$f') > float('$bestf') else 1)"; then best=$name bestf=$f; fi
done
echo "best: $best ($bestf)" | tee -a "$out/sweep.log"
[ -n "$best" ] && cp -r "/tmp/sweep/$best" "$out/best"
