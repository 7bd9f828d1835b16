"""Dynamic int8 quantization of an exported nerel ONNX model.

Usage:
    python training/quantize_onnx.py --model models/nerel-minilm-conll03 \
        [--src MODEL/model.onnx] [--out MODEL/model-int8.onnx] \
        [--per-tensor] [--reduce-range] [--check-batches 6] [--tokenizer-check]

Reads MODEL/model.onnx (written by training/export_onnx.py) and writes
MODEL/model-int8.onnx with onnxruntime.quantization.quantize_dynamic
(weight_type QInt8, per-channel weight scales: MatMul weights stored as int8,
activations quantized on the fly; embeddings, LayerNorm and the attention
score/context MatMuls stay fp32). The graph interface (input_ids,
attention_mask, token_type_ids -> logits) is unchanged.

Measured on the default model (CoNLL-2003 eng.testa, train.py's packed dev
windows, through onnxruntime): fp32 93.78 F1, int8 per-channel 93.66,
int8 per-tensor 93.03, so per-channel is the default.

It then prints both file sizes and compares the two models with onnxruntime
(CPUExecutionProvider) on random padded batches: the max abs logits difference
at unmasked positions, and how often the argmax label differs, for the NER
block (first 9 outputs) and for all outputs. With --tokenizer-check the
comparison also runs on a few built-in English sentences tokenized with
MODEL/tokenizer.json (random ids are a harsh, unrealistic input for int8).
"""

import argparse
import contextlib
import io
import json
import logging
import os
import sys


def die(msg):
    print(f"error: {msg}", file=sys.stderr)
    sys.exit(2)


NER_OUTPUTS = 9  # O + B/I x PER, ORG, LOC, MISC come first in id2label

SENTENCES = [
    "The European Commission said on Thursday it disagreed with German advice to consumers.",
    "Peter Blackburn reported from Brussels that the ban would be reviewed in March.",
    "Shares of Acme Corp rose 4.5 percent on the New York Stock Exchange after the merger.",
    "Maria Santos, who coaches FC Porto, told Reuters the team would travel to Madrid.",
    "UN officials met in Geneva with delegates from Kenya, Brazil and the Philippines.",
]


def sentence_batch(model_dir):
    import numpy as np
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(os.path.join(model_dir, "tokenizer.json"))
    tok.no_padding()
    tok.no_truncation()
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import train  # training/train.py: casing_class, the ids the Rust side computes
    rows = []
    for s in SENTENCES:
        words = [w for w, _ in tok.pre_tokenizer.pre_tokenize_str(s)]
        e = tok.encode(words, is_pretokenized=True)  # with [CLS] ... [SEP]
        types = [0 if wid is None else train.casing_class(words[wid]) for wid in e.word_ids]
        rows.append((e.ids, types))
    n = max(len(r[0]) for r in rows)
    ids = np.zeros((len(rows), n), np.int64)
    mask = np.zeros_like(ids)
    types = np.zeros_like(ids)
    for i, (a, t) in enumerate(rows):
        ids[i, :len(a)] = a
        mask[i, :len(a)] = 1
        types[i, :len(t)] = t
    return ids, mask, types


def random_batch(rng, cfg, b, n):
    import numpy as np

    ids = rng.integers(1, cfg["vocab_size"], (b, n), dtype=np.int64)
    types = rng.integers(0, cfg["type_vocab_size"], (b, n), dtype=np.int64)
    lens = rng.integers(1, n + 1, (b,))
    lens[0] = n
    mask = (np.arange(n)[None, :] < lens[:, None]).astype(np.int64)
    return ids * mask, mask, types * mask


def compare(fp32, int8, batches):
    """Yields (name, max|diff| all, max|diff| ner, argmax mismatch ner, pieces) per batch."""
    import numpy as np

    for name, (ids, mask, types) in batches:
        feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
        a = fp32.run(["logits"], feed)[0]
        b = int8.run(["logits"], feed)[0]
        keep = mask.astype(bool)
        a, b = a[keep], b[keep]
        d_all = float(np.abs(a - b).max())
        d_ner = float(np.abs(a[:, :NER_OUTPUTS] - b[:, :NER_OUTPUTS]).max())
        flips = int((a[:, :NER_OUTPUTS].argmax(-1) != b[:, :NER_OUTPUTS].argmax(-1)).sum())
        yield name, d_all, d_ner, flips, int(keep.sum())


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", required=True, help="model folder holding model.onnx")
    ap.add_argument("--src", help="fp32 ONNX input (default: MODEL/model.onnx)")
    ap.add_argument("--out", help="int8 ONNX output (default: MODEL/model-int8.onnx)")
    ap.add_argument("--per-tensor", action="store_true",
                    help="one scale per weight tensor instead of per output channel "
                         "(default per-channel: per-tensor cost 0.75 dev F1 on the default model)")
    ap.add_argument("--reduce-range", action="store_true",
                    help="7-bit weights (for CPUs without VNNI; cost accuracy on the default model)")
    ap.add_argument("--check-batches", type=int, default=6,
                    help="random padded batches to compare (default 6; 0 to skip)")
    ap.add_argument("--tokenizer-check", action="store_true",
                    help="also compare on built-in sentences tokenized with MODEL/tokenizer.json")
    ap.add_argument("--threads", type=int, default=2, help="onnxruntime intra-op threads (default 2)")
    args = ap.parse_args()

    if not os.path.isdir(args.model):
        die(f"--model {args.model}: not a directory")
    src = args.src or os.path.join(args.model, "model.onnx")
    out = args.out or os.path.join(args.model, "model-int8.onnx")
    if not os.path.isfile(src):
        die(f"{src} not found; run training/export_onnx.py --model {args.model} first")
    if os.path.abspath(src) == os.path.abspath(out):
        die("--out must differ from the fp32 input")
    cfg_path = os.path.join(args.model, "config.json")
    if not os.path.isfile(cfg_path):
        die(f"{cfg_path} not found")
    with open(cfg_path) as f:
        cfg = json.load(f)

    import numpy as np
    import onnxruntime as ort
    from onnxruntime.quantization import QuantType, quantize_dynamic

    per_channel = not args.per_tensor
    # quantize_dynamic prints one line per activation x activation MatMul (attention scores
    # and context, left in fp32) and logs a pre-processing hint; summarize them instead.
    buf = io.StringIO()
    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.ERROR)
    try:
        with contextlib.redirect_stdout(buf):
            quantize_dynamic(src, out, weight_type=QuantType.QInt8,
                             per_channel=per_channel, reduce_range=args.reduce_range)
    except Exception as e:
        die(f"quantize_dynamic failed on {src}: {type(e).__name__}: {e}")
    finally:
        root.setLevel(level)
    skipped = sum(1 for line in buf.getvalue().splitlines() if line.startswith("Ignore MatMul"))
    if skipped:
        print(f"{skipped} MatMuls without constant weights (attention) left in fp32")
    s_fp, s_q = os.path.getsize(src), os.path.getsize(out)
    print(f"fp32 {src}: {s_fp / 2**20:.1f} MiB ({s_fp} bytes)")
    print(f"int8 {out}: {s_q / 2**20:.1f} MiB ({s_q} bytes), {s_q / s_fp:.1%} of fp32 "
          f"(per_channel={per_channel}, reduce_range={args.reduce_range})")

    if args.check_batches <= 0 and not args.tokenizer_check:
        return
    so = ort.SessionOptions()
    so.intra_op_num_threads = args.threads
    fp32 = ort.InferenceSession(src, so, providers=["CPUExecutionProvider"])
    int8 = ort.InferenceSession(out, so, providers=["CPUExecutionProvider"])

    rng = np.random.default_rng(0)
    shapes = [(1, 7), (3, 33), (4, 128), (2, 300), (8, 64), (5, 17), (2, 512), (6, 96)]
    batches = [(f"random [{b}, {n}]", random_batch(rng, cfg, b, n))
               for b, n in (shapes[i % len(shapes)] for i in range(args.check_batches))]
    if args.tokenizer_check:
        tb = sentence_batch(args.model)
        batches.append((f"sentences {list(tb[0].shape)}", tb))

    worst_all = worst_ner = 0.0
    flips = pieces = 0
    print("int8 vs fp32 (onnxruntime, unmasked positions):")
    for name, d_all, d_ner, f, n in compare(fp32, int8, batches):
        print(f"  {name}: max |diff| all {d_all:.3e}, NER block {d_ner:.3e}, "
              f"NER argmax changed at {f}/{n} pieces")
        worst_all, worst_ner = max(worst_all, d_all), max(worst_ner, d_ner)
        flips, pieces = flips + f, pieces + n
    print(f"max |logits diff| int8 vs fp32: {worst_all:.3e} (NER block {worst_ner:.3e}); "
          f"NER argmax agreement {1 - flips / pieces:.2%} of {pieces} pieces")


if __name__ == "__main__":
    main()
