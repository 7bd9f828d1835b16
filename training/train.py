#!/usr/bin/env python3
"""Trains nerel's default model: one encoder, one forward pass, every head.

The network is a stock BERT for token classification with HF parameter names (rust-bert loads it
as `BertForTokenClassification`, the ONNX export is the same graph). Its classifier's outputs are
blocks (see `labels.json` "blocks"):
  ner      CoNLL-2003 BIO (9)                   trained on CoNLL-2003
  pos      Penn tags of CoNLL-2003 and EWT       trained on both (one tag set, brackets mapped)
  chunk    CoNLL-2003 chunk BIO                  trained on CoNLL-2003
  arc_dep, arc_head, lab_dep, lab_head           per-word projections of a biaffine dependency
  lab_dep_bias, lab_head_bias                    parser (Dozat & Manning), trained on UD EWT
  ent04    CoNLL04 entity BIO (Peop/Org/Loc/Other) trained on CoNLL04
  rel_head, rel_tail, rel_ctx                    per-word projections of the relation head
The classifier is linear, so these projections cost one matrix product in the pass. The small
scorers after it (`heads.safetensors`: the biaffine matrix, label weights, the relation MLP) run
on word vectors of the first piece of each word: in Rust, `src/decode/`. Every word piece gets its
word's casing class (`nerel_data.casing_class`) as its token type id.

Training interleaves length-bucketed batches of three tasks (CoNLL-2003 windows, EWT windows,
CoNLL04 windows), each a run of consecutive sentences packed to a random length <= --max-pieces as
nerel reads text. Checkpoints (resumable with --resume) and every epoch's model folder go under
--ckpt; --out gets the folder of the epoch with the best dev score (NER F1 + LAS).

  python3 training/train.py --base .deps/minilm --out models/nerel-minilm \
      --ner-train ../shared/data/conll2003/eng.train --ner-dev ../shared/data/conll2003/eng.testa \
      --ud-train ../shared/data/ud/en_ewt-ud-train.conllu --ud-dev ../shared/data/ud/en_ewt-ud-dev.conllu \
      --rel-train ../shared/data/conll04/conll04_train.json --rel-dev ../shared/data/conll04/conll04_dev.json \
      --ckpt ~/nerel-train/run1
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

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from nerel_data import (CASING, CASING_SCHEME, POS_MAP, casing_class, read_conll04,  # noqa: E402
                        read_conll2003, read_conllu)

NER_LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
ENT04_TYPES = ["Peop", "Org", "Loc", "Other"]
ENT04_LABELS = ["O"] + [f"{p}-{t}" for t in ENT04_TYPES for p in "BI"]
REL04 = ["none", "Work_For", "Live_In", "Located_In", "OrgBased_In", "Kill"]


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



class Heads(nn.Module):
    """The scorers after the classifier (Rust: src/decode/). Names are the keys of heads.safetensors."""

    def __init__(self, arc, lab, n_deprel, rel, rel_hidden):
        super().__init__()
        self.arc_u = nn.Parameter(torch.zeros(arc, arc))
        self.arc_head_bias = nn.Parameter(torch.zeros(arc))
        self.arc_root = nn.Parameter(torch.randn(arc) * 0.1)
        self.lab_w = nn.Parameter(torch.randn(n_deprel, lab) * (1.0 / math.sqrt(lab)))
        self.lab_b = nn.Parameter(torch.zeros(n_deprel))
        self.lab_root = nn.Parameter(torch.randn(lab) * 0.1)
        self.lab_root_bias = nn.Parameter(torch.zeros(n_deprel))
        self.rel_w1 = nn.Parameter(torch.randn(rel_hidden, 4 * rel) * (1.0 / math.sqrt(4 * rel)))
        self.rel_b1 = nn.Parameter(torch.zeros(rel_hidden))
        self.rel_w2 = nn.Parameter(torch.randn(len(REL04), rel_hidden) * (1.0 / math.sqrt(rel_hidden)))
        self.rel_b2 = nn.Parameter(torch.zeros(len(REL04)))


class Layout:
    """Where each block sits in the classifier's outputs."""

    def __init__(self, blocks):
        self.blocks, self.sl, o = blocks, {}, 0
        for name, size in blocks:
            self.sl[name] = slice(o, o + size)
            o += size
        self.total = o

    def __call__(self, x, name):
        return x[..., self.sl[name]]


def load_base(model, base_dir):
    sd = load_file(os.path.join(base_dir, "model.safetensors"))
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
class SentenceEncoder:
    def __init__(self, tok_path, max_pieces):
        self.tok = Tokenizer.from_file(tok_path)
        self.tok.no_truncation()
        self.tok.no_padding()
        self.cls = self.tok.token_to_id("[CLS]")
        self.sep = self.tok.token_to_id("[SEP]")
        self.unk = self.tok.token_to_id("[UNK]")
        self.limit = max_pieces - 2

    def __call__(self, words, labels, extra=None):
        """One sentence: pieces, casing types, each word's first piece; None when too long.
        A word the tokenizer drops entirely (e.g. a lone zero-width char) gets one [UNK] piece."""
        enc = self.tok.encode(words, is_pretokenized=True, add_special_tokens=False)
        by_word = [[] for _ in words]
        for tid, wid in zip(enc.ids, enc.word_ids):
            if wid is not None:
                by_word[wid].append(tid)
        ids, types, first = [], [], []
        for w, pieces in zip(words, by_word):
            first.append(len(ids))
            pieces = pieces or [self.unk]
            ids.extend(pieces)
            types.extend([casing_class(w)] * len(pieces))
        if len(ids) > self.limit:
            return None
        return {"ids": ids, "types": types, "first": first, "lab": labels, "extra": extra or {}}


def pack(sents, max_pieces, rng, cls, sep):
    """Runs of consecutive sentences, each up to a target length (random when rng is given)."""
    out, cur, cur_len = [], [], 0
    target = max_pieces if rng is None else rng.randint(16, max_pieces)
    for s in sents:
        if cur and cur_len + len(s["ids"]) > target - 2:
            out.append(cur)
            cur, cur_len = [], 0
            target = max_pieces if rng is None else rng.randint(16, max_pieces)
        cur.append(s)
        cur_len += len(s["ids"])
    if cur:
        out.append(cur)
    examples = []
    for group in out:
        ids, types, word_pos, sents_in = [cls], [0], [], []
        labs = {}
        for s in group:
            w0 = len(word_pos)
            word_pos.extend(len(ids) + f for f in s["first"])
            ids.extend(s["ids"])
            types.extend(s["types"])
            for k, v in s["lab"].items():
                labs.setdefault(k, []).extend(v)
            sents_in.append((w0, len(word_pos), s))
        ids.append(sep)
        types.append(0)
        examples.append({"ids": ids, "types": types, "word_pos": word_pos, "lab": labs, "sents": sents_in})
    return examples


def batches(examples, budget, rng, max_batch=64):
    """Length-bucketed batches of at most `budget` padded pieces; shuffled when rng is given."""
    order = sorted(range(len(examples)), key=lambda i: len(examples[i]["ids"]))
    chunks, cur = [], []
    for i in order:
        n = len(examples[i]["ids"])
        if cur and (n * (len(cur) + 1) > budget or len(cur) >= max_batch):
            chunks.append(cur)
            cur = []
        cur.append(i)
    if cur:
        chunks.append(cur)
    if rng is not None:
        rng.shuffle(chunks)
    return chunks


def collate(examples, idx):
    exs = [examples[i] for i in idx]
    n = max(len(e["ids"]) for e in exs)
    ids = torch.tensor([e["ids"] + [0] * (n - len(e["ids"])) for e in exs])
    types = torch.tensor([e["types"] + [0] * (n - len(e["types"])) for e in exs])
    mask = torch.tensor([[1] * len(e["ids"]) + [0] * (n - len(e["ids"])) for e in exs])
    flat, labs, sents, off = [], {}, [], 0
    for b, e in enumerate(exs):
        flat.extend(b * n + p for p in e["word_pos"])
        for k, v in e["lab"].items():
            labs.setdefault(k, []).extend(v)
        for w0, w1, s in e["sents"]:
            sents.append((off + w0, off + w1, s))
        off += len(e["word_pos"])
    return ids, types, mask, torch.tensor(flat), {k: torch.tensor(v) for k, v in labs.items()}, sents


# ---------------------------------------------------------------- scorers (same math as src/decode/)
def elu(x):
    return F.elu(x)


def sentence_matrix(words, sents):
    """[S, L, C] word vectors per sentence (zeros past each sentence's end) and its mask."""
    L = max(w1 - w0 for w0, w1, _ in sents)
    idx = torch.zeros(len(sents), L, dtype=torch.long)
    mask = torch.zeros(len(sents), L, dtype=torch.bool)
    for i, (w0, w1, _) in enumerate(sents):
        idx[i, : w1 - w0] = torch.arange(w0, w1)
        mask[i, : w1 - w0] = True
    return words[idx], mask


def arc_scores(X, mask, lay, heads):
    """[S, L, L+1]: column 0 is the root, column j+1 word j; padding and self-loops masked."""
    d = elu(lay(X, "arc_dep"))
    h = elu(lay(X, "arc_head"))
    du = d @ heads.arc_u
    s = du @ h.transpose(1, 2) + (h @ heads.arc_head_bias)[:, None, :]
    root = du @ heads.arc_root + heads.arc_root @ heads.arc_head_bias
    s = torch.cat([root[..., None], s], -1)
    S, L = mask.shape
    col_ok = torch.cat([torch.ones(S, 1, dtype=torch.bool), mask], 1)[:, None, :].expand(S, L, L + 1).clone()
    eye = torch.eye(L, dtype=torch.bool)
    col_ok[:, :, 1:] &= ~eye[None]
    return s.masked_fill(~col_ok, -1e9)


def label_scores(X, heads_idx, lay, heads):
    """[S, L, deprels] for each word with the given head (0 = root, j+1 = word j)."""
    S, L, _ = X.shape
    lh = torch.cat([heads.lab_root.expand(S, 1, -1), elu(lay(X, "lab_head"))], 1)
    lhb = torch.cat([heads.lab_root_bias.expand(S, 1, -1), lay(X, "lab_head_bias")], 1)
    g = heads_idx.clamp(min=0)
    lh_g = torch.gather(lh, 1, g[..., None].expand(-1, -1, lh.shape[-1]))
    lhb_g = torch.gather(lhb, 1, g[..., None].expand(-1, -1, lhb.shape[-1]))
    x = elu(lay(X, "lab_dep")) * lh_g
    return x @ heads.lab_w.T + heads.lab_b + lay(X, "lab_dep_bias") + lhb_g


def pair_features(hv, tv, cv, spans, w0=0):
    """Features of every ordered pair of entity spans (word ranges from w0) of one sentence, from
    the ELU'd head, tail and context projections: [E*E-E, 4*rel] and the pairs."""
    H = torch.stack([hv[w0 + a:w0 + b].max(0).values for a, b in spans])
    T = torch.stack([tv[w0 + a:w0 + b].max(0).values for a, b in spans])
    feats, pairs = [], []
    for i, (a0, a1) in enumerate(spans):
        for j, (b0, b1) in enumerate(spans):
            if i == j:
                continue
            lo, hi = (a1, b0) if a1 <= b0 else (b1, a0)
            c = cv[w0 + lo:w0 + hi].max(0).values if hi > lo else torch.zeros_like(H[0])
            feats.append(torch.cat([H[i] * T[j], H[i], T[j], c]))
            pairs.append((i, j))
    return torch.stack(feats), pairs


def pair_logits(words, w0, spans, lay, heads):
    """Relation logits for every ordered pair of entity spans of one sentence: [E*E-E, 6] and the pairs."""
    hv = elu(lay(words, "rel_head"))
    tv = elu(lay(words, "rel_tail"))
    cv = elu(lay(words, "rel_ctx"))
    f, pairs = pair_features(hv, tv, cv, spans, w0)
    hdn = F.relu(f @ heads.rel_w1.T + heads.rel_b1)
    return hdn @ heads.rel_w2.T + heads.rel_b2, pairs


# ---------------------------------------------------------------- decoding and scoring
def allowed(prev, cur):
    """BIO constraint: I-X only after B-X or I-X."""
    if not cur.startswith("I-"):
        return True
    return prev != "O" and prev[2:] == cur[2:]


def viterbi(logp, labels):
    """logp: [words, labels] log-probabilities -> label ids with the BIO constraint."""
    n, k = logp.shape
    trans = torch.tensor([[0.0 if allowed(labels[a], labels[b]) else -1e4 for b in range(k)]
                          for a in range(k)])
    start = torch.tensor([0.0 if allowed("O", labels[b]) else -1e4 for b in range(k)])
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



def spans_of(labels):
    return sorted((s, e) for s, e, _ in spans(labels))


def ner_f1(pred_gold):
    tp = fp = fn = 0
    for pred, gold in pred_gold:
        p, g = spans(pred), spans(gold)
        tp += len(p & g); fp += len(p - g); fn += len(g - p)
    prec = tp / max(tp + fp, 1); rec = tp / max(tp + fn, 1)
    return 2 * prec * rec / max(prec + rec, 1e-9), prec, rec


class Trainer:
    def __init__(self, args):
        self.args = args
        self.enc = SentenceEncoder(os.path.join(args.base, "tokenizer.json"), args.max_pieces)
        ner_train = [s for path in args.ner_train for s in read_conll2003(path)[0]]
        ud_train = read_conllu(args.ud_train)
        rel_train = read_conll04(args.rel_train)
        norm = lambda p: POS_MAP.get(p, p)
        self.pos = sorted({norm(t[1]) for s in ner_train for t in s} | {norm(w["xpos"]) for s in ud_train for w in s})
        self.chunk = sorted({t[2] for s in ner_train for t in s})
        self.deprel = sorted({w["deprel"] for s in ud_train for w in s})
        a = args
        self.layout = Layout([("ner", len(NER_LABELS)), ("pos", len(self.pos)), ("chunk", len(self.chunk)),
                              ("arc_dep", a.arc_dim), ("arc_head", a.arc_dim), ("lab_dep", a.lab_dim),
                              ("lab_head", a.lab_dim), ("lab_dep_bias", len(self.deprel)),
                              ("lab_head_bias", len(self.deprel)), ("ent04", len(ENT04_LABELS)),
                              ("rel_head", a.rel_dim), ("rel_tail", a.rel_dim), ("rel_ctx", a.rel_dim)])
        self.ix = {"ner": {l: i for i, l in enumerate(NER_LABELS)}, "pos": {l: i for i, l in enumerate(self.pos)},
                   "chunk": {l: i for i, l in enumerate(self.chunk)},
                   "deprel": {l: i for i, l in enumerate(self.deprel)},
                   "ent04": {l: i for i, l in enumerate(ENT04_LABELS)}}
        self.norm = norm
        self.train = {"ner": self.enc_ner(ner_train), "ud": self.enc_ud(ud_train), "rel": self.enc_rel(rel_train)}
        self.dev = {}
        if args.ner_dev:
            self.dev["ner"] = self.enc_ner(read_conll2003(args.ner_dev)[0], keep_long=True)
        if args.ud_dev:
            self.dev["ud"] = self.enc_ud(read_conllu(args.ud_dev))
        if args.rel_dev:
            self.dev["rel"] = self.enc_rel(read_conll04(args.rel_dev))
        for k, v in self.train.items():
            print(f"train {k}: {len(v)} sentences", flush=True)

    def enc_ner(self, sents, keep_long=False):
        out = []
        for s in sents:
            words = [t[0] for t in s]
            lab = {"ner": [self.ix["ner"][t[3]] for t in s],
                   "pos": [self.ix["pos"].get(self.norm(t[1]), -100) for t in s],
                   "chunk": [self.ix["chunk"].get(t[2], -100) for t in s]}
            e = self.enc(words, lab, {"gold": [t[3] for t in s]})
            if e is None and keep_long:  # dev: keep the words that fit, score them only
                while e is None and words:
                    words = words[:-1]
                    lab = {k: v[:len(words)] for k, v in lab.items()}
                    e = self.enc(words, lab, {"gold": [t[3] for t in s][:len(words)]})
            if e is not None:
                out.append(e)
        return out

    def enc_ud(self, sents):
        out = []
        for s in sents:
            lab = {"pos": [self.ix["pos"].get(self.norm(w["xpos"]), -100) for w in s],
                   "head": [w["head"] for w in s],
                   "deprel": [self.ix["deprel"].get(w["deprel"], -100) for w in s]}
            e = self.enc([w["form"] for w in s], lab)
            if e is not None:
                out.append(e)
        return out

    def enc_rel(self, data):
        out = []
        for tokens, tags, ents, rels in data:
            lab = {"ent04": [self.ix["ent04"][t] for t in tags]}
            e = self.enc(tokens, lab, {"spans": [(a, b) for a, b, _ in ents], "rels": rels, "tags": tags})
            if e is not None:
                out.append(e)
        return out

    # ------------------------------------------------------------ losses
    def losses(self, task, model, heads, batch, train=True):
        ids, types, mask, flat, labs, sents = batch
        lay, a = self.layout, self.args
        with torch.autocast(device_type="cpu", dtype=torch.bfloat16, enabled=a.bf16):
            logits = model(ids, types, mask)
        words = logits.float().reshape(-1, lay.total)[flat]
        ce = lambda x, y: F.cross_entropy(x, y, ignore_index=-100)
        if task == "ner":
            return ce(lay(words, "ner"), labs["ner"]) + a.aux_weight * (
                ce(lay(words, "pos"), labs["pos"]) + ce(lay(words, "chunk"), labs["chunk"]))
        if task == "ud":
            X, m = sentence_matrix(words, sents)
            gold_h = torch.full(m.shape, -100, dtype=torch.long)
            gold_l = torch.full(m.shape, -100, dtype=torch.long)
            for i, (w0, w1, _) in enumerate(sents):
                gold_h[i, : w1 - w0] = labs["head"][w0:w1]
                gold_l[i, : w1 - w0] = labs["deprel"][w0:w1]
            arc = arc_scores(X, m, lay, heads)
            l_arc = ce(arc.reshape(-1, arc.shape[-1]), gold_h.reshape(-1))
            lab = label_scores(X, gold_h, lay, heads)
            l_lab = ce(lab.reshape(-1, lab.shape[-1]), gold_l.reshape(-1))
            return a.ud_pos_weight * ce(lay(words, "pos"), labs["pos"]) + l_arc + l_lab
        # rel
        loss = a.ent04_weight * ce(lay(words, "ent04"), labs["ent04"])
        logits_all, gold_all = [], []
        for w0, w1, s in sents:
            spans_ = s["extra"]["spans"]
            if len(spans_) < 2:
                continue
            lg, pairs = pair_logits(words, w0, spans_, lay, heads)
            gold = {(h, t): REL04.index(r) for h, t, r in s["extra"]["rels"]}
            logits_all.append(lg)
            gold_all.extend(gold.get(p, 0) for p in pairs)
        if logits_all:
            loss = loss + a.rel_weight * F.cross_entropy(torch.cat(logits_all), torch.tensor(gold_all))
        return loss

    # ------------------------------------------------------------ evaluation
    @torch.no_grad()
    def evaluate(self, model, heads):
        model.eval()
        lay, out = self.layout, {}
        cls, sep = self.enc.cls, self.enc.sep
        for task, sents in self.dev.items():
            examples = pack(sents, self.args.max_pieces, None, cls, sep)
            stats = {"tp": 0, "fp": 0, "fn": 0, "uas": 0, "las": 0, "n": 0, "pos": 0, "pos_n": 0,
                     "rs": [0, 0, 0], "rr": [0, 0, 0]}
            pg = []
            for idx in batches(examples, 4096, None):
                ids, types, mask, flat, labs, bs = collate(examples, idx)
                with torch.autocast(device_type="cpu", dtype=torch.bfloat16, enabled=self.args.bf16):
                    logits = model(ids, types, mask)
                words = logits.float().reshape(-1, lay.total)[flat]
                if "pos" in labs:
                    ok = labs["pos"] != -100
                    stats["pos"] += int((lay(words, "pos").argmax(-1) == labs["pos"])[ok].sum())
                    stats["pos_n"] += int(ok.sum())
                if task == "ner":
                    logp = F.log_softmax(lay(words, "ner"), -1)
                    for w0, w1, s in bs:
                        pred = [NER_LABELS[j] for j in viterbi(logp[w0:w1], NER_LABELS)]
                        pg.append((pred, s["extra"]["gold"][: w1 - w0]))
                elif task == "ud":
                    X, m = sentence_matrix(words, bs)
                    arc = arc_scores(X, m, lay, heads)
                    ph = arc.argmax(-1)
                    pl = label_scores(X, ph, lay, heads).argmax(-1)
                    for i, (w0, w1, _) in enumerate(bs):
                        n = w1 - w0
                        gh = labs["head"][w0:w1]
                        gl = labs["deprel"][w0:w1]
                        hit = ph[i, :n] == gh
                        stats["uas"] += int(hit.sum())
                        uni = [self.deprel[int(p)].split(":")[0] == (self.deprel[int(g)].split(":")[0] if g >= 0 else None)
                               for p, g in zip(pl[i, :n], gl)]
                        stats["las"] += int(sum(h and u for h, u in zip(hit.tolist(), uni)))
                        stats["n"] += n
                else:
                    logp = F.log_softmax(lay(words, "ent04"), -1)
                    for w0, w1, s in bs:
                        pred_tags = [ENT04_LABELS[j] for j in viterbi(logp[w0:w1], ENT04_LABELS)]
                        pg.append((pred_tags, s["extra"]["tags"]))
                        pred_spans = spans_of(pred_tags)
                        gold_spans = s["extra"]["spans"]
                        gold = {(gold_spans[h], gold_spans[t], r) for h, t, r in s["extra"]["rels"]}
                        pred = set()
                        if len(pred_spans) >= 2:
                            lg, pairs = pair_logits(words, w0, pred_spans, lay, heads)
                            for (i, j), k in zip(pairs, lg.argmax(-1).tolist()):
                                if k:
                                    pred.add((pred_spans[i], pred_spans[j], REL04[k]))
                        tp = len(pred & gold)
                        stats["rs"][0] += tp; stats["rs"][1] += len(pred); stats["rs"][2] += len(gold)
                        relax = lambda x: {(h[1], t[1], r) for h, t, r in x}
                        rp, rg = relax(pred), relax(gold)
                        stats["rr"][0] += len(rp & rg); stats["rr"][1] += len(rp); stats["rr"][2] += len(rg)
            if task in ("ner", "rel"):
                f1, p, r = ner_f1(pg)
                out[f"{task}_f1"], out[f"{task}_p"], out[f"{task}_r"] = f1, p, r
            if task == "ud":
                out["uas"], out["las"] = stats["uas"] / max(stats["n"], 1), stats["las"] / max(stats["n"], 1)
            if stats["pos_n"]:
                out[f"{task}_pos_acc"] = stats["pos"] / stats["pos_n"]
            if task == "rel":
                for name, (tp, npred, ngold) in (("strict", stats["rs"]), ("relaxed", stats["rr"])):
                    p, r = tp / max(npred, 1), tp / max(ngold, 1)
                    out[f"rel04_{name}_f1"] = 2 * p * r / max(p + r, 1e-9)
        model.train()
        return out

    # ------------------------------------------------------------ export
    def save(self, model, heads, out_dir, history):
        args = self.args
        os.makedirs(out_dir, exist_ok=True)
        tensors = {name: p.detach().to("cpu", torch.float16).contiguous() for p, name in model.names()}
        save_file(tensors, os.path.join(out_dir, "model.safetensors"), metadata={"format": "pt"})
        save_file({k: v.detach().float().contiguous() for k, v in heads.state_dict().items()},
                  os.path.join(out_dir, "heads.safetensors"), metadata={"format": "pt"})
        names = []
        for name, size in self.layout.blocks:
            if name == "ner":
                names += NER_LABELS
            elif name in ("pos", "chunk", "ent04"):
                names += [f"{name}:{l}" for l in {"pos": self.pos, "chunk": self.chunk, "ent04": ENT04_LABELS}[name]]
            elif name.endswith("_bias"):
                names += [f"{name}:{l}" for l in self.deprel]
            else:
                names += [f"{name}:{i}" for i in range(size)]
        with open(os.path.join(args.base, "config.json")) as f:
            cfg = json.load(f)
        for k in ["_name_or_path", "transformers_version", "torch_dtype"]:
            cfg.pop(k, None)
        cfg.update({"architectures": ["BertForTokenClassification"], "model_type": "bert",
                    "type_vocab_size": len(CASING),
                    "id2label": {str(i): l for i, l in enumerate(names)},
                    "label2id": {l: i for i, l in enumerate(names)}})
        with open(os.path.join(out_dir, "config.json"), "w") as f:
            json.dump(cfg, f, indent=2)
        with open(os.path.join(out_dir, "labels.json"), "w") as f:
            json.dump({"ner": NER_LABELS, "pos": self.pos, "chunk": self.chunk, "deprel": self.deprel,
                       "ent04": ENT04_LABELS, "rel04": REL04,
                       "blocks": [{"name": n, "size": s} for n, s in self.layout.blocks],
                       "casing": {"scheme": CASING_SCHEME, "classes": CASING}}, f, indent=2)
        with open(os.path.join(args.base, "tokenizer.json")) as f:
            tok = json.load(f)
        tok["truncation"] = None  # nerel windows long texts itself
        tok["padding"] = None
        with open(os.path.join(out_dir, "tokenizer.json"), "w") as f:
            json.dump(tok, f, ensure_ascii=False)
        import tokenizers
        import safetensors
        with open(os.path.join(out_dir, "training.json"), "w") as f:
            json.dump({"command": " ".join(sys.argv), "args": vars(args), "device": "cpu",
                       "torch": torch.__version__, "tokenizers": tokenizers.__version__,
                       "safetensors": safetensors.__version__, "python": sys.version.split()[0],
                       "threads": torch.get_num_threads(), "history": history}, f, indent=2)


def score(metrics):
    return metrics.get("ner_f1", 0) + metrics.get("las", 0)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", required=True)
    ap.add_argument("--out", required=True, help="model folder of the best epoch")
    ap.add_argument("--ckpt", required=True, help="checkpoints and per-epoch folders (outside the work tree)")
    ap.add_argument("--ner-train", nargs="+", required=True)
    ap.add_argument("--ner-dev")
    ap.add_argument("--ud-train", required=True)
    ap.add_argument("--ud-dev")
    ap.add_argument("--rel-train", required=True)
    ap.add_argument("--rel-dev")
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--lr", type=float, default=2e-4)
    ap.add_argument("--head-lr", type=float, default=1e-3)
    ap.add_argument("--budget", type=int, default=2048, help="padded pieces per batch")
    ap.add_argument("--aux-weight", type=float, default=0.1, help="POS + chunk on CoNLL-2003")
    ap.add_argument("--ud-pos-weight", type=float, default=0.3)
    ap.add_argument("--ent04-weight", type=float, default=0.5)
    ap.add_argument("--rel-weight", type=float, default=1.0)
    ap.add_argument("--rel-repeat", type=int, default=2, help="CoNLL04 passes per epoch (small set)")
    ap.add_argument("--arc-dim", type=int, default=256)
    ap.add_argument("--lab-dim", type=int, default=128)
    ap.add_argument("--rel-dim", type=int, default=64)
    ap.add_argument("--rel-hidden", type=int, default=128)
    ap.add_argument("--max-pieces", type=int, default=256)
    ap.add_argument("--warmup", type=float, default=0.06)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--threads", type=int, default=0)
    ap.add_argument("--bf16", action="store_true", help="bf16 autocast for the encoder")
    ap.add_argument("--resume", action="store_true")
    ap.add_argument("--max-steps", type=int, default=0, help="stop early (smoke test)")
    args = ap.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    t0 = time.time()
    rng = random.Random(args.seed)
    torch.manual_seed(args.seed)
    tr = Trainer(args)
    with open(os.path.join(args.base, "config.json")) as f:
        cfg = json.load(f)
    cfg["type_vocab_size"] = len(CASING)
    model = Bert(cfg, tr.layout.total)
    load_base(model, args.base)
    heads = Heads(args.arc_dim, args.lab_dim, len(tr.deprel), args.rel_dim, args.rel_hidden)
    nd = ["bias", "LayerNorm", "emb_ln", "aln", "oln"]
    enc_params = [(n, p) for n, p in model.named_parameters() if not n.startswith("classifier")]
    params = [
        {"params": [p for n, p in enc_params if not any(x in n for x in nd)], "weight_decay": 0.01, "lr": args.lr},
        {"params": [p for n, p in enc_params if any(x in n for x in nd)], "weight_decay": 0.0, "lr": args.lr},
        {"params": list(model.classifier.parameters()) + list(heads.parameters()), "weight_decay": 0.0,
         "lr": args.head_lr},
    ]
    opt = torch.optim.AdamW(params)
    cls, sep = tr.enc.cls, tr.enc.sep

    def epoch_batches(r):
        out = []
        for task, sents in tr.train.items():
            for _ in range(args.rel_repeat if task == "rel" else 1):
                ex = pack(sents, args.max_pieces, r, cls, sep)
                out += [(task, ex, idx) for idx in batches(ex, args.budget, r)]
        r.shuffle(out)
        return out

    steps_per_epoch = len(epoch_batches(random.Random(0)))
    total = steps_per_epoch * args.epochs
    warm = int(total * args.warmup)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: (s + 1) / max(warm, 1) if s < warm else max(0.0, (total - s) / max(total - warm, 1)))
    os.makedirs(args.ckpt, exist_ok=True)
    ckpt_path = os.path.join(args.ckpt, "ckpt.pt")
    history, step, start_epoch, best = [], 0, 0, -1.0
    if args.resume and os.path.exists(ckpt_path):
        ck = torch.load(ckpt_path, weights_only=False)
        model.load_state_dict(ck["model"]); heads.load_state_dict(ck["heads"])
        opt.load_state_dict(ck["opt"]); sched.load_state_dict(ck["sched"])
        history, step, start_epoch, best = ck["history"], ck["step"], ck["epoch"], ck["best"]
        rng.setstate(ck["rng"]); torch.set_rng_state(ck["torch_rng"])
        print(f"resumed after epoch {start_epoch}", flush=True)
    print(f"{tr.layout.total} outputs; ~{steps_per_epoch} steps/epoch; threads {torch.get_num_threads()}; "
          f"{json.dumps(vars(args))}", flush=True)
    model.train()
    for epoch in range(start_epoch, args.epochs):
        tl, tn, te = {}, {}, time.time()
        for task, ex, idx in epoch_batches(rng):
            loss = tr.losses(task, model, heads, collate(ex, idx))
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(list(model.parameters()) + list(heads.parameters()), 1.0)
            opt.step()
            sched.step()
            tl[task] = tl.get(task, 0.0) + loss.item(); tn[task] = tn.get(task, 0) + 1; step += 1
            if step <= 3 or step % 50 == 0:
                print(f"step {step} {task} loss {loss.item():.4f} t={time.time() - t0:.0f}s", flush=True)
            if args.max_steps and step >= args.max_steps:
                break
        metrics = tr.evaluate(model, heads)
        history.append({"epoch": epoch + 1, "step": step, "seconds": time.time() - t0, "epoch_seconds": time.time() - te,
                        **{f"loss_{k}": tl[k] / tn[k] for k in tl}, **metrics})
        print(json.dumps(history[-1]), flush=True)
        tr.save(model, heads, os.path.join(args.ckpt, f"epoch-{epoch + 1}"), history)
        if score(metrics) > best:
            best = score(metrics)
            tr.save(model, heads, args.out, history)
        torch.save({"model": model.state_dict(), "heads": heads.state_dict(), "opt": opt.state_dict(),
                    "sched": sched.state_dict(), "history": history, "step": step, "epoch": epoch + 1,
                    "best": best, "rng": rng.getstate(), "torch_rng": torch.get_rng_state()}, ckpt_path + ".tmp")
        os.replace(ckpt_path + ".tmp", ckpt_path)
        if args.max_steps and step >= args.max_steps:
            break
    print(json.dumps({"best_score": best, "seconds": time.time() - t0}), flush=True)


if __name__ == "__main__":
    main()
