#!/usr/bin/env bash
# One-at-a-time sweep of the relation stage's scoring constants (src/relations/score.rs).
#
#   scripts/sweep_scores.sh [--delta D] [NAME ...]
#
# For each constant NAME (default: every `pub(crate) const NAME: f32` in score.rs) and each of
# -D and +D (default 0.05), rebuilds `examples/evaluate` with that one value changed and prints
# precision, recall, core recall and F1 on the dev, check and training sets, after a `base` line.
# The sweep runs in a scratch git worktree with its own copy of target/ (the first build there
# takes a few minutes), so the work tree is never edited. Constants are set on dev only; the
# check and training columns show whether a change carries over.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
delta=0.05
names=()
while [ $# -gt 0 ]; do
    case "$1" in
        --delta) delta="$2"; shift 2 ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) names+=("$1"); shift ;;
    esac
done

eval "$("$root/scripts/setup.sh" --print-env)"
scratch="$(mktemp -d)"
tree="$scratch/tree"
cleanup() {
    git -C "$root" worktree remove --force "$tree" >/dev/null 2>&1 || true
    rm -rf "$scratch"
}
trap cleanup EXIT
git -C "$root" worktree add --detach -q "$tree" HEAD
ln -s "$root/.deps" "$tree/.deps"
if [ -d "$root/target" ]; then cp -r "$root/target" "$tree/target"; fi

file="$tree/src/relations/score.rs"
orig="$scratch/score.rs"
cp "$file" "$orig"
if [ ${#names[@]} -eq 0 ]; then
    mapfile -t names < <(sed -n 's/^pub(crate) const \([A-Z_]*\): f32 = .*/\1/p' "$orig")
fi

score() {
    local line=""
    for set in dev check train; do
        local json
        json="$("$tree/target/release/examples/evaluate" --relations "$root/data/relations-$set" 2>/dev/null | tail -1)"
        line+="$set $(python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print("%.4f %.4f %.4f %.4f" % (d["precision"], d["recall"], d["core_recall"], d["f1"]))' "$json") | "
    done
    echo "$line"
}

build() { (cd "$tree" && cargo build --release --example evaluate >"$scratch/build.log" 2>&1); }

build || { cat "$scratch/build.log"; exit 1; }
echo "base | $(score)"
for name in "${names[@]}"; do
    value="$(sed -n "s/^pub(crate) const $name: f32 = \([0-9.]*\);/\1/p" "$orig")"
    if [ -z "$value" ]; then echo "$name: not a constant of score.rs" >&2; continue; fi
    for sign in - +; do
        new="$(python3 -c "print(round($value $sign $delta, 4))")"
        cp "$orig" "$file"
        sed -i "s/^pub(crate) const $name: f32 = $value;/pub(crate) const $name: f32 = $new;/" "$file"
        if build; then echo "$name $value -> $new | $(score)"; else echo "$name $value -> $new | build failed"; fi
    done
done
