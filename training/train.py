#!/usr/bin/env python3
"""Fine-tunes all-MiniLM-L6-v2 into nerel's default model (NER + POS + chunk heads, casing ids).

The network is a stock BERT for token classification, with HF parameter names, so rust-bert loads it
as `BertForTokenClassification`:
  * casing: each word piece gets the casing class of its word (see `casing_class`) as its
    `token_type_id`; `type_vocab_size` grows from 2 to 7, new rows start as copies of row 0;
  * one classifier whose outputs are three blocks: NER (CoNLL BIO, 9), POS, chunk. Training uses one
    softmax per block: loss = ner + aux_weight * (pos + chunk). Only the first piece of a word is
    labelled.
  * context: training examples are runs of consecutive sentences packed up to a random length
    (<= --max-pieces), so the model sees single sentences and long windows, as at inference.

Reads CoNLL-2003 (word POS chunk NER), validates on the dev file every epoch with constrained BIO
(Viterbi) decoding and exact-span F1, and writes the best epoch's model folder:
  config.json, tokenizer.json, labels.json, model.safetensors (fp16), training.json

Needs torch, safetensors and tokenizers (training/requirements.txt). Example:
  python3 training/train.py --base .deps/minilm --out models/minilm-conll03 \
      --train ../shared/data/conll2003/eng.train --dev ../shared/data/conll2003/eng.testa
"""
import argparse
import json
import math
import os
import random
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F
from safetensors.torch import load_file, save_file
from tokenizers import Tokenizer

NER_LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
# Casing classes; nerel's Rust side (src/encoder/casing.rs) computes the same ids.
CASING = ["special", "lower", "initial", "allcaps", "mixed", "digit", "punct"]
CASING_SCHEME = "nerel-casing-v1"


def casing_class(word: str) -> int:
    if any(c.isdigit() for c in word):
        return 5
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return 6
    if all(c.islower() for c in letters):
        return 1
    if all(c.isupper() for c in letters):
        return 3 if len(letters) > 1 else 2
    if letters[0].isupper() and all(not c.isupper() for c in letters[1:]):
        return 2
    return 4


def read_conll(path):
    sents, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts:
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            if parts[0] == "-DOCSTART-":
                continue
            cur.append(tuple(parts[:4]))
    if cur:
        sents.append(cur)
    return sents


# ---------------------------------------------------------------- model (HF BERT names)
class Bert(nn.Module):
    def __init__(self, cfg, num_labels):
        super().__init__()
        h, self.heads = cfg["hidden_size"], cfg["num_attention_heads"]
        eps = cfg.get("layer_norm_eps", 1e-12)
        self.emb_word = nn.Embedding(cfg["vocab_size"], h)
        self.emb_pos = nn.Embedding(cfg["max_position_embeddings"], h)
        self.emb_type = nn.Embedding(cfg["type_vocab_size"], h)
        self.emb_ln = nn.LayerNorm(h, eps=eps)
        self.layers = nn.ModuleList()
        for _ in range(cfg["num_hidden_layers"]):
            l = nn.Module()
            l.q, l.k, l.v = nn.Linear(h, h), nn.Linear(h, h), nn.Linear(h, h)
            l.ao, l.aln = nn.Linear(h, h), nn.LayerNorm(h, eps=eps)
            l.i, l.o = nn.Linear(h, cfg["intermediate_size"]), nn.Linear(cfg["intermediate_size"], h)
            l.oln = nn.LayerNorm(h, eps=eps)
            self.layers.append(l)
        self.drop = nn.Dropout(cfg.get("hidden_dropout_prob", 0.1))
        self.classifier = nn.Linear(h, num_labels)

    def names(self):
        """(our parameter, HF name) pairs."""
        out = [(self.emb_word.weight, "bert.embeddings.word_embeddings.weight"),
               (self.emb_pos.weight, "bert.embeddings.position_embeddings.weight"),
               (self.emb_type.weight, "bert.embeddings.token_type_embeddings.weight"),
               (self.emb_ln.weight, "bert.embeddings.LayerNorm.weight"),
               (self.emb_ln.bias, "bert.embeddings.LayerNorm.bias")]
        for i, l in enumerate(self.layers):
            p = f"bert.encoder.layer.{i}."
            for mod, name in [(l.q, "attention.self.query"), (l.k, "attention.self.key"),
                              (l.v, "attention.self.value"), (l.ao, "attention.output.dense"),
                              (l.aln, "attention.output.LayerNorm"), (l.i, "intermediate.dense"),
                              (l.o, "output.dense"), (l.oln, "output.LayerNorm")]:
                out.append((mod.weight, p + name + ".weight"))
                out.append((mod.bias, p + name + ".bias"))
        out.append((self.classifier.weight, "classifier.weight"))
        out.append((self.classifier.bias, "classifier.bias"))
        return out

    def forward(self, ids, types, mask):
        b, n = ids.shape
        pos = torch.arange(n, device=ids.device).unsqueeze(0)
        x = self.drop(self.emb_ln(self.emb_word(ids) + self.emb_pos(pos) + self.emb_type(types)))
        att_mask = mask[:, None, None, :].bool()
        hd = x.shape[-1] // self.heads
        p = self.drop.p if self.training else 0.0
        for l in self.layers:
            def split(t):
                return t.view(b, n, self.heads, hd).transpose(1, 2)
            a = F.scaled_dot_product_attention(split(l.q(x)), split(l.k(x)), split(l.v(x)),
                                               attn_mask=att_mask, dropout_p=p)
            a = a.transpose(1, 2).reshape(b, n, -1)
            x = l.aln(x + self.drop(l.ao(a)))
            x = l.oln(x + self.drop(l.o(F.gelu(l.i(x)))))
        return self.classifier(self.drop(x))


def load_base(model, base_dir):
    path = os.path.join(base_dir, "model.safetensors")
    sd = load_file(path)
    sd = {k if k.startswith("bert.") else "bert." + k: v for k, v in sd.items()}
    for param, name in model.names():
        if name.startswith("classifier"):
            continue
        src = sd[name].float()
        with torch.no_grad():
            if name.endswith("token_type_embeddings.weight"):
                param.copy_(src[0:1].expand_as(param))  # every casing row starts as row 0
            else:
                param.copy_(src)


# ---------------------------------------------------------------- data
class Encoder:
    def __init__(self, tok_path, pos_labels, chunk_labels):
        self.tok = Tokenizer.from_file(tok_path)
        self.tok.no_truncation()
        self.tok.no_padding()
        self.pos = {l: i for i, l in enumerate(pos_labels)}
        self.chunk = {l: i for i, l in enumerate(chunk_labels)}
        self.ner = {l: i for i, l in enumerate(NER_LABELS)}
        self.cls = self.tok.token_to_id("[CLS]")
        self.sep = self.tok.token_to_id("[SEP]")

    def sentence(self, sent):
        """Pieces of one sentence: (ids, types, first-piece labels ner/pos/chunk (-100 elsewhere))."""
        words = [w for w, _, _, _ in sent]
        enc = self.tok.encode(words, is_pretokenized=True, add_special_tokens=False)
        ids, types, ner, pos, chk = [], [], [], [], []
        prev = None
        for tid, wid in zip(enc.ids, enc.word_ids):
            ids.append(tid)
            types.append(casing_class(words[wid]))
            if wid != prev:
                _, p, c, n = sent[wid]
                ner.append(self.ner[n])
                pos.append(self.pos.get(p, -100))
                chk.append(self.chunk.get(c, -100))
            else:
                ner.append(-100); pos.append(-100); chk.append(-100)
            prev = wid
        return ids, types, ner, pos, chk


def pack(encoded, max_pieces, rng, sizes=None):
    """Runs of consecutive sentences, each up to a target length (random when rng is given)."""
    sizes = [] if sizes is None else sizes
    out, cur, cur_len = [], [], 0
    target = max_pieces if rng is None else rng.randint(16, max_pieces)
    for s in encoded:
        s = tuple(x[: max_pieces - 2] for x in s)
        if cur and cur_len + len(s[0]) > target - 2:
            out.append(cur)
            cur, cur_len = [], 0
            target = max_pieces if rng is None else rng.randint(16, max_pieces)
        cur.append(s)
        cur_len += len(s[0])
    if cur:
        out.append(cur)
    examples = []
    sizes.extend(len(g) for g in out)
    for group in out:
        cols = [[] for _ in range(5)]
        for s in group:
            for c, x in zip(cols, s):
                c.extend(x)
        ids = [enc_cls] + cols[0] + [enc_sep]
        types = [0] + cols[1] + [0]
        labs = [[-100] + c + [-100] for c in cols[2:]]
        examples.append((ids, types, *labs))
    return examples


def batches(examples, batch_size, rng):
    """Length-bucketed batches (little padding); shuffled order when rng is given."""
    order = sorted(range(len(examples)), key=lambda i: len(examples[i][0]))
    chunks = [order[i:i + batch_size] for i in range(0, len(order), batch_size)]
    if rng is not None:
        rng.shuffle(chunks)
    for idx in chunks:
        n = max(len(examples[i][0]) for i in idx)
        cols = []
        for c in range(5):
            pad = 0 if c < 2 else -100
            cols.append(torch.tensor([examples[i][c] + [pad] * (n - len(examples[i][c])) for i in idx]))
        mask = torch.tensor([[1] * len(examples[i][0]) + [0] * (n - len(examples[i][0])) for i in idx])
        yield idx, cols, mask


# ---------------------------------------------------------------- decoding and scoring
def allowed(prev, cur):
    """BIO constraint: I-X only after B-X or I-X."""
    if not cur.startswith("I-"):
        return True
    return prev != "O" and prev[2:] == cur[2:]


def viterbi(logp):
    """logp: [words, 9] log-probabilities -> label ids with the BIO constraint."""
    n, k = logp.shape
    trans = torch.tensor([[0.0 if allowed(NER_LABELS[a], NER_LABELS[b]) else -1e4 for b in range(k)]
                          for a in range(k)])
    start = torch.tensor([0.0 if allowed("O", NER_LABELS[b]) else -1e4 for b in range(k)])
    score = start + logp[0]
    back = []
    for t in range(1, n):
        s = score[:, None] + trans + logp[t][None, :]
        score, arg = s.max(0)
        back.append(arg)
    best = [int(score.argmax())]
    for arg in reversed(back):
        best.append(int(arg[best[-1]]))
    return best[::-1]


def spans(labels):
    out, start, typ = set(), None, None
    for i, l in enumerate(list(labels) + ["O"]):
        if start is not None and (l == "O" or l.startswith("B-") or l[2:] != typ):
            out.add((start, i, typ))
            start = None
        if l.startswith("B-") or (l.startswith("I-") and start is None):
            start, typ = i, l[2:]
    return out


def evaluate(model, dev_examples, dev_gold, device, batch_size):
    model.eval()
    tp = fp = fn = 0
    preds = [None] * len(dev_examples)
    with torch.no_grad():
        for idx, cols, mask in batches(dev_examples, batch_size, None):
            with torch.autocast(device_type=device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):
                logits = model(cols[0].to(device), cols[1].to(device), mask.to(device))
            logp = F.log_softmax(logits[..., :len(NER_LABELS)].float(), -1).cpu()
            for row, i in enumerate(idx):
                first = cols[2][row] != -100
                preds[i] = [NER_LABELS[j] for j in viterbi(logp[row][first])]
    for pred, gold in zip(preds, dev_gold):
        p, g = spans(pred), spans(gold)
        tp += len(p & g); fp += len(p - g); fn += len(g - p)
    prec = tp / max(tp + fp, 1)
    rec = tp / max(tp + fn, 1)
    return 2 * prec * rec / max(prec + rec, 1e-9), prec, rec


# ---------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", required=True, help="all-MiniLM-L6-v2 folder (config.json, tokenizer.json, model.safetensors)")
    ap.add_argument("--train", required=True)
    ap.add_argument("--dev", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--lr", type=float, default=1.5e-4)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--aux-weight", type=float, default=0.1)
    ap.add_argument("--max-pieces", type=int, default=256)
    ap.add_argument("--warmup", type=float, default=0.1)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--max-steps", type=int, default=0, help="stop early (smoke test)")
    args = ap.parse_args()

    t0 = time.time()
    rng = random.Random(args.seed)
    torch.manual_seed(args.seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    train = read_conll(args.train)
    dev = read_conll(args.dev)
    pos_labels = sorted({t[1] for s in train for t in s})
    chunk_labels = sorted({t[2] for s in train for t in s})
    enc = Encoder(os.path.join(args.base, "tokenizer.json"), pos_labels, chunk_labels)
    global enc_cls, enc_sep
    enc_cls, enc_sep = enc.cls, enc.sep
    train_enc = [enc.sentence(s) for s in train]
    dev_enc = [enc.sentence(s) for s in dev]
    # dev: deterministic packing, gold labels regrouped per packed example
    sizes = []
    dev_examples = pack(dev_enc, args.max_pieces, None, sizes)
    dev_gold, k = [], 0
    for ex, n in zip(dev_examples, sizes):
        n_words = sum(1 for x in ex[2] if x != -100)
        words = [t[3] for s in dev[k:k + n] for t in s][:n_words]
        k += n
        dev_gold.append(words)

    with open(os.path.join(args.base, "config.json")) as f:
        cfg = json.load(f)
    cfg["type_vocab_size"] = len(CASING)
    n_labels = len(NER_LABELS) + len(pos_labels) + len(chunk_labels)
    model = Bert(cfg, n_labels)
    load_base(model, args.base)
    model.to(device)
    print(f"model ready t={time.time() - t0:.1f}s", flush=True)
    nd = ["bias", "LayerNorm", "emb_ln", "aln", "oln"]
    params = [
        {"params": [p for n, p in model.named_parameters() if not any(x in n for x in nd)], "weight_decay": 0.01},
        {"params": [p for n, p in model.named_parameters() if any(x in n for x in nd)], "weight_decay": 0.0},
    ]
    opt = torch.optim.AdamW(params, lr=args.lr)
    steps_per_epoch = math.ceil(len(pack(train_enc, args.max_pieces, random.Random(0))) / args.batch)
    total = steps_per_epoch * args.epochs
    warm = int(total * args.warmup)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: (s + 1) / max(warm, 1) if s < warm else max(0.0, (total - s) / max(total - warm, 1)))
    n_ner, n_pos = len(NER_LABELS), len(pos_labels)
    print(f"device {device}; {len(train)} train / {len(dev)} dev sentences; {n_labels} outputs; "
          f"~{steps_per_epoch} steps/epoch; {json.dumps(vars(args))}", flush=True)

    best, history, step = -1.0, [], 0
    for epoch in range(args.epochs):
        model.train()
        examples = pack(train_enc, args.max_pieces, rng)
        tl, tn = 0.0, 0
        for _, cols, mask in batches(examples, args.batch, rng):
            ids, types, ner, pos, chk = (c.to(device) for c in cols)
            with torch.autocast(device_type=device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):
                logits = model(ids, types, mask.to(device)).float()
            loss = F.cross_entropy(logits[..., :n_ner].reshape(-1, n_ner), ner.reshape(-1), ignore_index=-100)
            if args.aux_weight > 0:
                lp = logits[..., n_ner:n_ner + n_pos]
                lc = logits[..., n_ner + n_pos:]
                loss = loss + args.aux_weight * (
                    F.cross_entropy(lp.reshape(-1, lp.shape[-1]), pos.reshape(-1), ignore_index=-100)
                    + F.cross_entropy(lc.reshape(-1, lc.shape[-1]), chk.reshape(-1), ignore_index=-100))
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            tl += loss.item(); tn += 1; step += 1
            if step <= 3 or step % 100 == 0:
                print(f"step {step} loss {loss.item():.4f} t={time.time() - t0:.1f}s", flush=True)
            if args.max_steps and step >= args.max_steps:
                break
        f1, p, r = evaluate(model, dev_examples, dev_gold, device, 64)
        history.append({"epoch": epoch + 1, "loss": tl / max(tn, 1), "dev_f1": f1, "dev_precision": p,
                        "dev_recall": r, "seconds": time.time() - t0})
        print(json.dumps(history[-1]), flush=True)
        if f1 > best:
            best = f1
            save(model, cfg, pos_labels, chunk_labels, args, history, device)
        if args.max_steps and step >= args.max_steps:
            break
    print(json.dumps({"best_dev_f1": best, "seconds": time.time() - t0}), flush=True)


def save(model, cfg, pos_labels, chunk_labels, args, history, device):
    os.makedirs(args.out, exist_ok=True)
    tensors = {name: p.detach().to("cpu", torch.float16).contiguous() for p, name in model.names()}
    save_file(tensors, os.path.join(args.out, "model.safetensors"), metadata={"format": "pt"})
    labels = NER_LABELS + [f"pos:{l}" for l in pos_labels] + [f"chunk:{l}" for l in chunk_labels]
    out_cfg = dict(cfg)
    for k in ["_name_or_path", "transformers_version", "torch_dtype"]:
        out_cfg.pop(k, None)
    out_cfg.update({
        "architectures": ["BertForTokenClassification"],
        "model_type": "bert",
        "type_vocab_size": len(CASING),
        "id2label": {str(i): l for i, l in enumerate(labels)},
        "label2id": {l: i for i, l in enumerate(labels)},
    })
    with open(os.path.join(args.out, "config.json"), "w") as f:
        json.dump(out_cfg, f, indent=2)
    with open(os.path.join(args.out, "labels.json"), "w") as f:
        json.dump({"ner": NER_LABELS, "pos": pos_labels, "chunk": chunk_labels,
                   "casing": {"scheme": CASING_SCHEME, "classes": CASING}}, f, indent=2)
    with open(os.path.join(args.base, "tokenizer.json")) as f:
        tok = json.load(f)
    tok["truncation"] = None  # nerel windows long texts itself
    tok["padding"] = None
    with open(os.path.join(args.out, "tokenizer.json"), "w") as f:
        json.dump(tok, f, ensure_ascii=False)
    with open(os.path.join(args.out, "training.json"), "w") as f:
        json.dump({"args": vars(args), "device": torch.cuda.get_device_name() if device.type == "cuda" else "cpu",
                   "torch": torch.__version__, "history": history}, f, indent=2)


if __name__ == "__main__":
    main()
