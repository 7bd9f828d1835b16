"""Copy a nerel model folder without its typed-relation head (CoNLL04 entity block and the
relation vectors), to measure what the head costs: the copy has the same encoder, NER, POS,
chunk and parser outputs, and the classifier loses the head's rows.

Usage:
    python training/without_relation_head.py --model models/nerel-minilm-conll03 --out DIR
    python training/export_onnx.py --model DIR && python training/quantize_onnx.py --model DIR
    cargo run --release --example throughput -- --no-baseline --vs-model DIR
"""

import argparse
import json
import os
import shutil

from safetensors.numpy import load_file, save_file

HEAD_BLOCKS = ("ent04", "rel_head", "rel_tail", "rel_ctx")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    labels = json.load(open(os.path.join(args.model, "labels.json")))
    blocks = labels["blocks"]
    keep, start = [], 0
    for b in blocks:
        if b["name"] not in HEAD_BLOCKS:
            keep.extend(range(start, start + b["size"]))
        start += b["size"]
    tensors = load_file(os.path.join(args.model, "model.safetensors"))
    if tensors["classifier.weight"].shape[0] != start:
        raise SystemExit(f"classifier has {tensors['classifier.weight'].shape[0]} rows, blocks {start}")
    tensors["classifier.weight"] = tensors["classifier.weight"][keep].copy()
    tensors["classifier.bias"] = tensors["classifier.bias"][keep].copy()
    save_file(tensors, os.path.join(args.out, "model.safetensors"))
    config = json.load(open(os.path.join(args.model, "config.json")))
    config["id2label"] = {str(i): config["id2label"][str(j)] for i, j in enumerate(keep)}
    config["label2id"] = {v: int(k) for k, v in config["id2label"].items()}
    json.dump(config, open(os.path.join(args.out, "config.json"), "w"), indent=2)
    labels.pop("ent04", None)
    labels.pop("rel04", None)
    labels["blocks"] = [b for b in blocks if b["name"] not in HEAD_BLOCKS]
    json.dump(labels, open(os.path.join(args.out, "labels.json"), "w"), indent=2)
    for name in ("tokenizer.json", "heads.safetensors", "training.json"):
        shutil.copy(os.path.join(args.model, name), args.out)
    print(f"{args.out}: {len(keep)} of {start} classifier outputs kept")


if __name__ == "__main__":
    main()
