"""Export a trained nerel model folder to ONNX (fp32).

Usage:
    python training/export_onnx.py --model models/nerel-minilm-conll03 \
        [--out models/nerel-minilm-conll03/model.onnx] [--opset 14] \
        [--attention explicit|sdpa] [--check-batches 4] [--no-check]

The folder must hold config.json and model.safetensors (HF parameter names,
any float dtype). The weights are loaded in fp32 into training/train.py's
`Bert`, so the graph is exactly the trained network (no transformers involved),
and exported with the TorchScript exporter (dynamo off).

Graph interface (what rust-bert's ONNX encoder matches by name):
    inputs   input_ids, attention_mask, token_type_ids   int64 [batch, sequence]
    output   logits                                      float [batch, sequence, num_labels]
Both axes are dynamic. token_type_ids carry the casing class (0..type_vocab_size-1).

Attention: `explicit` (default) writes the attention as softmax(QK^T/sqrt(d) + additive
mask) V, which is the same math as the F.scaled_dot_product_attention call used in
training but exports to plain MatMul/Softmax nodes that every ONNX runtime handles.
`sdpa` exports train.Bert.forward unchanged (the exporter's own SDPA symbolic).
Training code is not touched either way.

After export the graph is checked with onnx.checker and run with onnxruntime
(CPUExecutionProvider) on random padded batches; the max abs difference of the
logits against the PyTorch fp32 model at unmasked positions is printed, and the
script exits with status 1 if it is not below --tolerance (default 1e-3).
"""

import argparse
import json
import math
import os
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import train  # noqa: E402  (training/train.py)

INPUT_NAMES = ["input_ids", "attention_mask", "token_type_ids"]
OUTPUT_NAMES = ["logits"]


def die(msg):
    print(f"error: {msg}", file=sys.stderr)
    sys.exit(2)


def load_model(model_dir):
    """train.Bert in fp32, eval mode, with the folder's safetensors weights."""
    from safetensors.torch import load_file

    cfg_path = os.path.join(model_dir, "config.json")
    st_path = os.path.join(model_dir, "model.safetensors")
    for p in (cfg_path, st_path):
        if not os.path.isfile(p):
            die(f"{p} not found (is --model a nerel model folder?)")
    with open(cfg_path) as f:
        cfg = json.load(f)
    if "id2label" not in cfg:
        die(f"{cfg_path} has no id2label; cannot tell the number of outputs")
    num_labels = len(cfg["id2label"])
    model = train.Bert(cfg, num_labels)
    sd = load_file(st_path)
    missing = [name for _, name in model.names() if name not in sd]
    if missing:
        die(f"{st_path} lacks {len(missing)} tensors, e.g. {missing[:3]}")
    with torch.no_grad():
        for param, name in model.names():
            src = sd[name]
            if tuple(src.shape) != tuple(param.shape):
                die(f"{name}: shape {tuple(src.shape)} in file, model expects {tuple(param.shape)}")
            param.copy_(src.float())
    model.eval()
    return cfg, model


def explicit_forward(m, ids, types, mask):
    """train.Bert.forward (eval mode) with attention written out as softmax + additive mask.

    Same math as F.scaled_dot_product_attention(q, k, v, attn_mask=bool_mask): masked keys
    get a large negative score (finfo.min, not -inf, so an all-padding row stays finite).
    """
    b, n = ids.shape
    pos = torch.arange(n, device=ids.device).unsqueeze(0)
    x = m.emb_ln(m.emb_word(ids) + m.emb_pos(pos) + m.emb_type(types))
    add_mask = (1.0 - mask[:, None, None, :].to(x.dtype)) * torch.finfo(x.dtype).min
    hd = m.emb_word.embedding_dim // m.heads  # python int: no tracer warning
    scale = 1.0 / math.sqrt(hd)
    for l in m.layers:
        def split(t):
            return t.view(b, n, m.heads, hd).transpose(1, 2)
        q, k, v = split(l.q(x)), split(l.k(x)), split(l.v(x))
        scores = torch.matmul(q, k.transpose(-1, -2)) * scale + add_mask
        a = torch.matmul(torch.softmax(scores, dim=-1), v)
        a = a.transpose(1, 2).reshape(b, n, -1)
        x = l.aln(x + l.ao(a))
        x = l.oln(x + l.o(F.gelu(l.i(x))))
    return m.classifier(x)


class OnnxWrapper(nn.Module):
    """Puts the inputs in rust-bert's order/names: (input_ids, attention_mask, token_type_ids)."""

    def __init__(self, model, attention):
        super().__init__()
        self.model = model
        self.attention = attention

    def forward(self, input_ids, attention_mask, token_type_ids):
        if self.attention == "explicit":
            return explicit_forward(self.model, input_ids, token_type_ids, attention_mask)
        return self.model(input_ids, token_type_ids, attention_mask)


def random_batch(cfg, batch, seq, gen):
    """Random ids/casing classes, with padding tails of random length (at least 1 real piece)."""
    ids = torch.randint(1, cfg["vocab_size"], (batch, seq), generator=gen)
    types = torch.randint(0, cfg["type_vocab_size"], (batch, seq), generator=gen)
    lens = torch.randint(1, seq + 1, (batch,), generator=gen)
    lens[0] = seq  # one full row per batch
    mask = (torch.arange(seq)[None, :] < lens[:, None]).long()
    ids = ids * mask  # [PAD] = 0 where masked, as a tokenizer would pad
    types = types * mask
    return ids, mask, types


def verify(onnx_path, model, cfg, batches, seed=0):
    """Max abs logits diff (unmasked positions) between onnxruntime and the torch fp32 model."""
    import numpy as np
    import onnxruntime as ort

    so = ort.SessionOptions()
    so.intra_op_num_threads = 2
    sess = ort.InferenceSession(onnx_path, so, providers=["CPUExecutionProvider"])
    names_in = [i.name for i in sess.get_inputs()]
    names_out = [o.name for o in sess.get_outputs()]
    if sorted(names_in) != sorted(INPUT_NAMES) or names_out != OUTPUT_NAMES:
        raise RuntimeError(f"unexpected graph interface: inputs {names_in}, outputs {names_out}")
    gen = torch.Generator().manual_seed(seed)
    shapes = [(1, 7), (3, 33), (4, 128), (2, 300), (8, 64), (5, 17), (2, 512), (6, 96)]
    worst = 0.0
    for i in range(batches):
        b, n = shapes[i % len(shapes)]
        ids, mask, types = random_batch(cfg, b, n, gen)
        with torch.no_grad():
            ref = model(ids, types, mask).numpy()  # train.Bert.forward, SDPA path
        out = sess.run(["logits"], {"input_ids": ids.numpy(), "attention_mask": mask.numpy(),
                                    "token_type_ids": types.numpy()})[0]
        if out.shape != ref.shape:
            raise RuntimeError(f"logits shape {out.shape}, expected {ref.shape}")
        keep = mask.numpy().astype(bool)
        d = float(np.abs(out[keep] - ref[keep]).max())
        worst = max(worst, d)
        print(f"  batch {i}: shape [{b}, {n}], {int(keep.sum())} unmasked pieces, max |diff| {d:.3e}")
    return worst


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", required=True, help="model folder (config.json, model.safetensors)")
    ap.add_argument("--out", help="output path (default: MODEL/model.onnx)")
    ap.add_argument("--opset", type=int, default=14, help="ONNX opset (default 14)")
    ap.add_argument("--attention", choices=["explicit", "sdpa"], default="explicit",
                    help="attention as exported (default explicit; see module doc)")
    ap.add_argument("--check-batches", type=int, default=6,
                    help="random padded batches to compare with onnxruntime (default 6)")
    ap.add_argument("--tolerance", type=float, default=1e-3,
                    help="max allowed |logits diff| at unmasked positions (default 1e-3)")
    ap.add_argument("--no-check", action="store_true", help="skip the onnxruntime comparison")
    ap.add_argument("--threads", type=int, default=2, help="torch CPU threads (default 2)")
    args = ap.parse_args()

    if not os.path.isdir(args.model):
        die(f"--model {args.model}: not a directory")
    out = args.out or os.path.join(args.model, "model.onnx")
    out_dir = os.path.dirname(os.path.abspath(out))
    if not os.path.isdir(out_dir):
        die(f"--out {out}: directory {out_dir} does not exist")
    if args.opset < 14:
        die("--opset must be >= 14 (SDPA/attention export and LayerNorm folding need it)")
    torch.set_num_threads(args.threads)

    cfg, model = load_model(args.model)
    num_labels = model.classifier.out_features
    print(f"loaded {args.model}: {cfg['num_hidden_layers']} layers, hidden {cfg['hidden_size']}, "
          f"{num_labels} labels, type_vocab_size {cfg['type_vocab_size']}")

    wrapper = OnnxWrapper(model, args.attention).eval()
    gen = torch.Generator().manual_seed(1234)
    dummy = random_batch(cfg, 2, 16, gen)  # (input_ids, attention_mask, token_type_ids)
    dyn = {"input_ids": {0: "batch", 1: "sequence"},
           "attention_mask": {0: "batch", 1: "sequence"},
           "token_type_ids": {0: "batch", 1: "sequence"},
           "logits": {0: "batch", 1: "sequence"}}
    kwargs = dict(input_names=INPUT_NAMES, output_names=OUTPUT_NAMES, dynamic_axes=dyn,
                  opset_version=args.opset, do_constant_folding=True)
    if _has_dynamo_kw():
        kwargs["dynamo"] = False  # torch >= 2.5: keep the TorchScript exporter
    try:
        with torch.no_grad():
            torch.onnx.export(wrapper, dummy, out, **kwargs)
    except Exception as e:  # exporter errors are long; keep the first line visible
        die(f"torch.onnx.export failed ({args.attention} attention, opset {args.opset}): "
            f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}\n"
            f"hint: try --attention explicit")

    import onnx
    onnx.checker.check_model(out)
    print(f"wrote {out} ({os.path.getsize(out) / 2**20:.1f} MiB, opset {args.opset}, "
          f"{args.attention} attention)")

    if args.no_check:
        return
    print(f"checking against PyTorch fp32 (train.Bert.forward) on {args.check_batches} random padded batches:")
    worst = verify(out, model, cfg, args.check_batches)
    print(f"max |logits diff| onnxruntime fp32 vs torch fp32 (unmasked positions): {worst:.3e}")
    if not worst < args.tolerance:
        print(f"error: difference {worst:.3e} is not below tolerance {args.tolerance}", file=sys.stderr)
        sys.exit(1)


def _has_dynamo_kw():
    """torch >= 2.5 has torch.onnx.export(dynamo=...); 2.4 only has the TorchScript exporter."""
    import inspect
    return "dynamo" in inspect.signature(torch.onnx.export).parameters


if __name__ == "__main__":
    main()
