#!/usr/bin/env python3
"""Fine-tune the typed-relation head's pair scorer on news relations, beside CoNLL04.

The head (see train.py) scores ordered pairs of argument spans from per-word projections
(`rel_head`, `rel_tail`, `rel_ctx`) that the encoder's one pass already computes; only the small
pair MLP after them (`rel_w1`, `rel_b1`, `rel_w2`, `rel_b2` in `heads.safetensors`) is trained
here. The encoder, the classifier and every other head stay as they are, so the ONNX graphs of the
model stay valid and the two backends keep giving the same outputs.

Training pairs:
  - CoNLL04 train, as in train.py (gold entity spans, five types or none);
  - news documents annotated by the relation guidelines (`--news DIR`, laid out like
    `data/relations-dev`: index.tsv and one JSON per document, texts rebuilt from CoNLL-2003).
    Argument spans are the head's own entity block's spans (as nerel reads them), each matched to
    a gold entity when its words are one of the entity's aliases. A pair of matched spans takes the
    CoNLL04 type its gold relation maps onto: `other` relations with `in`/`located` between
    places -> Located_In, with `based`/`in`/`headquarters` from an organisation to a place ->
    OrgBased_In, with `in`/`lives` from a person to a place -> Live_In; a role from a person to an
    organisation -> Work_For; a killing between people -> Kill. Pairs the gold relates otherwise
    (events, stances, roles held in a country) are left out, since CoNLL04 and the news guidelines
    read them differently; every other pair of matched spans is `none`: on news a person and a
    country in one sentence are no `lives_in` unless the text says so.

  .deps/pyenv/bin/python training/news_relation_head.py --model models/nerel-minilm-conll03 \\
      --news data/relations-train --conll04-train ../shared/data/conll04/conll04_train.json \\
      --conll04-dev ../shared/data/conll04/conll04_dev.json --out DIR

DIR gets a copy of the model folder with the new `heads.safetensors` (and a `news_head.json`
recording the command, data and figures); the ONNX graphs are copied when present. With
`--beside`, the CoNLL04 scorer (`rel_w1`, ...) stays as it was and the new one is written beside
it (`news_rel_w1`, ...): nerel's news scorer (`HeadScorer::News`, the default), while the CoNLL04
benchmark keeps reading the CoNLL04 scorer. The shipped model's news scorer was made with

  .deps/pyenv/bin/python training/news_relation_head.py --news data/relations-train \\
      --conll04-train ../shared/data/conll04/conll04_train.json \\
      --conll04-dev ../shared/data/conll04/conll04_dev.json --out DIR --epochs 30 \\
      --news-weight 10 --beside
  cp DIR/heads.safetensors DIR/news_head.json models/nerel-minilm-conll03/
"""
import argparse
import json
import os
import random
import shutil
import sys
import time

import torch
import torch.nn.functional as F
from safetensors.torch import load_file, save_file

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "scripts"))
from nerel_data import read_conll04  # noqa: E402
from train import REL04, Bert, Layout, SentenceEncoder, pack, pair_features  # noqa: E402
import reldev_texts  # noqa: E402

LOCATED = {"in", "located", "located in", "inside", "near", "capital"}
BASED = {"based", "based in", "headquarters", "headquartered", "in"}
LIVES = {"in", "lives", "lives in", "live", "living", "resident", "citizen"}
KILL = {"killed", "kill", "killing", "murdered", "murder", "assassinated", "assassination", "shot"}


def news_type(rel, types):
    """CoNLL04 type of a gold news relation (None: leave the pair out; "none": no relation)."""
    s, o = types[rel["s"]], types[rel["o"]]
    p = {w.lower() for w in rel["p"]}
    kind = rel["kind"]
    if kind == "other":
        if s == "LOC" and o == "LOC" and p & LOCATED:
            return "Located_In"
        if s == "ORG" and o == "LOC" and p & BASED:
            return "OrgBased_In"
        if s == "PER" and o == "LOC" and p & LIVES:
            return "Live_In"
        return None
    if kind == "role" and s == "PER" and o == "ORG":
        return "Work_For"
    if kind == "event" and s == "PER" and o == "PER" and p & KILL:
        return "Kill"
    return None


def load_model(folder):
    cfg = json.load(open(os.path.join(folder, "config.json")))
    labels = json.load(open(os.path.join(folder, "labels.json")))
    blocks = [(b["name"], b["size"]) for b in labels["blocks"]]
    lay = Layout(blocks)
    model = Bert(cfg, lay.total)
    sd = load_file(os.path.join(folder, "model.safetensors"))
    with torch.no_grad():
        for param, name in model.names():
            param.copy_(sd[name].float())
    model.eval()
    heads = load_file(os.path.join(folder, "heads.safetensors"))
    return model, lay, labels, heads


@torch.no_grad()
def word_vectors(model, lay, enc, sentences, labels_of=None):
    """Per sentence: (rel_head, rel_tail, rel_ctx activations, ent04 logits) of its words, reading
    the sentences packed into windows as nerel does."""
    encoded = []
    for words in sentences:
        e = enc(words, {})
        encoded.append(e)
    out = [None] * len(sentences)
    keep = [i for i, e in enumerate(encoded) if e is not None]
    sents = [dict(encoded[i], index=i) for i in keep]
    for ex in pack(sents, enc.limit + 2, None, enc.cls, enc.sep):
        ids = torch.tensor([ex["ids"]])
        types = torch.tensor([ex["types"]])
        mask = torch.ones_like(ids)
        logits = model(ids, types, mask)[0]
        words = logits[torch.tensor(ex["word_pos"])]
        for w0, w1, s in ex["sents"]:
            x = words[w0:w1]
            out[s["index"]] = (
                F.elu(lay(x, "rel_head")),
                F.elu(lay(x, "rel_tail")),
                F.elu(lay(x, "rel_ctx")),
                lay(x, "ent04"),
            )
    return out


def ent_spans(ent_logits, ent_labels):
    """Spans of the entity block by per-word argmax under the BIO constraint (I-X continues only
    B-X/I-X)."""
    best = ent_logits.argmax(-1).tolist()
    spans, cur = [], None
    for i, k in enumerate(best):
        lab = ent_labels[k]
        if lab.startswith("B-") or (lab.startswith("I-") and (cur is None or cur[2] != lab[2:])):
            if cur:
                spans.append((cur[0], i))
            cur = [i, i + 1, lab[2:]]
        elif lab.startswith("I-"):
            cur[1] = i + 1
        else:
            if cur:
                spans.append((cur[0], cur[1]))
            cur = None
    if cur:
        spans.append((cur[0], cur[1]))
    return spans


def conll04_examples(model, lay, enc, path):
    data = read_conll04(path)
    vecs = word_vectors(model, lay, enc, [d[0] for d in data])
    X, y = [], []
    for (tokens, _tags, ents, rels), v in zip(data, vecs):
        if v is None or len(ents) < 2:
            continue
        spans = [(a, b) for a, b, _ in ents]
        f, pairs = pair_features(v[0], v[1], v[2], spans)
        gold = {(h, t): REL04.index(r) for h, t, r in rels}
        X.append(f)
        y.extend(gold.get(p, 0) for p in pairs)
    return torch.cat(X), torch.tensor(y)


def news_examples(model, lay, enc, ent_labels, folder, conll_dir):
    rows = []
    with open(os.path.join(folder, "index.tsv"), encoding="utf-8") as fh:
        for line in fh.read().splitlines()[1:]:
            if line.strip():
                did, fname, idx = line.split("\t")
                rows.append((did, fname, int(idx)))
    docs_of = {}
    X, y, stats = [], [], {"documents": 0, "pairs": 0, "typed": 0, "left out": 0}
    for did, fname, idx in rows:
        jpath = os.path.join(folder, did + ".json")
        if not os.path.exists(jpath):
            continue
        gold = json.load(open(jpath, encoding="utf-8"))
        if fname not in docs_of:
            docs_of[fname] = reldev_texts.documents(os.path.join(conll_dir, fname))
        sentences = docs_of[fname][idx]
        stats["documents"] += 1
        alias = {}
        types = {}
        for key, e in gold["entities"].items():
            types[key] = e["type"]
            for a in e["aliases"] + [key]:
                alias[a] = key
        label = {}
        for r in gold["relations"]:
            t = news_type(r, types)
            pair = (r["s"], r["o"])
            if t is None:
                label.setdefault(pair, None)
                if r.get("symmetric"):
                    label.setdefault((r["o"], r["s"]), None)
            else:
                label[pair] = t
        vecs = word_vectors(model, lay, enc, sentences)
        for words, v in zip(sentences, vecs):
            if v is None:
                continue
            spans = ent_spans(v[3], ent_labels)
            keys = [alias.get(reldev_texts.detok(words[a:b])) for a, b in spans]
            matched = [(s, k) for s, k in zip(spans, keys) if k is not None]
            if len(matched) < 2:
                continue
            f, pairs = pair_features(v[0], v[1], v[2], [s for s, _ in matched])
            for row, (i, j) in zip(f, pairs):
                ki, kj = matched[i][1], matched[j][1]
                if ki == kj:
                    continue
                t = label.get((ki, kj), "none")
                if t is None:
                    stats["left out"] += 1
                    continue
                X.append(row)
                y.append(REL04.index(t) if t != "none" else 0)
                stats["pairs"] += 1
                stats["typed"] += t != "none"
    return (torch.stack(X) if X else torch.zeros(0, 1)), torch.tensor(y, dtype=torch.long), stats


def mlp(params, x):
    h = F.relu(x @ params["rel_w1"].T + params["rel_b1"])
    return h @ params["rel_w2"].T + params["rel_b2"]


def conll04_f1(params, X, y):
    pred = mlp(params, X).argmax(-1)
    tp = ((pred == y) & (y != 0)).sum().item()
    p = tp / max(1, (pred != 0).sum().item())
    r = tp / max(1, (y != 0).sum().item())
    return 2 * p * r / max(1e-9, p + r)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=os.path.join(ROOT, "models", "nerel-minilm-conll03"))
    ap.add_argument("--news", required=True, help="annotated news set (index.tsv + JSON)")
    ap.add_argument("--conll-dir", default=os.path.join(ROOT, "..", "shared", "data", "conll2003"))
    ap.add_argument("--conll04-train", required=True)
    ap.add_argument("--conll04-dev", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--epochs", type=int, default=30)
    ap.add_argument("--lr", type=float, default=3e-4)
    ap.add_argument("--news-weight", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--beside", action="store_true",
                    help="keep the CoNLL04 pair scorer and write the new one beside it "
                         "(news_rel_w1, ...), the news scorer nerel uses by default")
    args = ap.parse_args()
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    started = time.time()

    model, lay, labels, heads = load_model(args.model)
    enc = SentenceEncoder(os.path.join(args.model, "tokenizer.json"), 256)
    ent_labels = labels["ent04"]
    Xc, yc = conll04_examples(model, lay, enc, args.conll04_train)
    Xd, yd = conll04_examples(model, lay, enc, args.conll04_dev)
    Xn, yn, stats = news_examples(model, lay, enc, ent_labels, args.news, args.conll_dir)
    print(f"conll04 train pairs {len(yc)}, dev pairs {len(yd)}; news {stats}", flush=True)

    params = {k: heads[k].float().clone().requires_grad_(True)
              for k in ("rel_w1", "rel_b1", "rel_w2", "rel_b2")}
    before = conll04_f1(params, Xd, yd)
    opt = torch.optim.Adam(params.values(), lr=args.lr)
    X = torch.cat([Xc, Xn]) if len(yn) else Xc
    y = torch.cat([yc, yn]) if len(yn) else yc
    w = torch.cat([torch.ones(len(yc)), torch.full((len(yn),), args.news_weight)])
    history = []
    for epoch in range(1, args.epochs + 1):
        order = torch.randperm(len(y))
        total = 0.0
        for k in range(0, len(y), 256):
            b = order[k:k + 256]
            loss = (F.cross_entropy(mlp(params, X[b]), y[b], reduction="none") * w[b]).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += loss.item() * len(b)
        with torch.no_grad():
            dev = conll04_f1(params, Xd, yd)
        history.append({"epoch": epoch, "loss": total / len(y), "conll04_dev_pair_f1": dev})
        print(f"epoch {epoch} loss {total / len(y):.4f} conll04 dev pair F1 {dev:.4f}", flush=True)

    os.makedirs(args.out, exist_ok=True)
    for name in os.listdir(args.model):
        src = os.path.join(args.model, name)
        if os.path.isfile(src) and name != "heads.safetensors":
            shutil.copy(src, os.path.join(args.out, name))
    new = {k: v.contiguous() for k, v in heads.items()}
    for k, v in params.items():
        new[("news_" + k) if args.beside else k] = v.detach().to(heads[k].dtype).contiguous()
    save_file(new, os.path.join(args.out, "heads.safetensors"))
    record = {
        "command": "training/news_relation_head.py " + " ".join(sys.argv[1:]),
        "args": vars(args),
        "news": stats,
        "conll04_train_pairs": len(yc),
        "conll04_dev_pair_f1_before": before,
        "history": history,
        "seconds": time.time() - started,
        "torch": torch.__version__,
        "python": sys.version.split()[0],
    }
    json.dump(record, open(os.path.join(args.out, "news_head.json"), "w"), indent=2)
    print(f"wrote {args.out} (CoNLL04 dev pair F1 {before:.4f} -> {history[-1]['conll04_dev_pair_f1']:.4f})")


if __name__ == "__main__":
    main()
