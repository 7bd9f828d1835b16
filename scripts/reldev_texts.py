#!/usr/bin/env python3
"""Rebuild the texts of the relation dev set (data/relations-dev) from CoNLL-2003.

Usage:
    python3 scripts/reldev_texts.py [--conll-dir DIR] [--dir SET] [--list FILE] [--check]

Reads data/relations-dev/index.tsv (columns: id, file, doc_index) and writes
data/relations-dev/<id>.txt for every row (--dir: another annotated set laid out the same way,
such as data/relations-check). The texts are generated, never committed.
With --check, it also validates every <id>.json against the rebuilt text and prints counts.
With --list FILE, it prints doc_index, sentence count and headline of every document of FILE.

Document segmentation (this script is the single definition):
  The copies of eng.train / eng.testa used here have no -DOCSTART- lines, so documents are
  found from datelines. A dateline is a sentence of at most 8 tokens whose last token is a
  date YYYY-MM-DD ("MOSCOW 1996-08-22"). A document starts at the sentence just before a
  dateline (the headline). Two exceptions: when the dateline sentence is the date alone, the
  sentence before it is the place part of the dateline and the document starts one sentence
  earlier; and when the sentence before the dateline is a byline (2-4 capitalised words, not
  all upper-case: "Larry Fine"), the document starts one sentence earlier (headline). The text
  before the first such start belongs to document 0 as well. A document runs up to the next
  document start. Documents are numbered 0, 1, 2, ... in file order. (A few original documents
  have no dateline; they are merged into the preceding document. None of the dev documents is
  affected.) If a file does contain -DOCSTART- lines, those define the documents instead.

Text rebuild rule:
  One CoNLL sentence (blank-line separated) per line. Tokens are joined by single spaces,
  except: no space before the tokens  , . ; : ? ! ) ] } 's 'S n't N'T % ''  and no space after
  the tokens ( [ { `` $ . Nothing else is changed (headline and dateline lines stay as they are).
"""
import argparse
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = os.path.join(ROOT, "data", "relations-dev")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
NO_SPACE_BEFORE = {",", ".", ";", ":", "?", "!", ")", "]", "}", "'s", "'S", "n't", "N'T", "%", "''"}
NO_SPACE_AFTER = {"(", "[", "{", "``", "$"}
KINDS = {"event", "role", "stance", "other"}
TYPES = {"PER", "ORG", "LOC", "MISC"}


def read_sentences(path):
    """Return (sentences, docstart_sentence_indices). A sentence is a list of tokens."""
    sents, cur, starts = [], [], []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("-DOCSTART-"):
                if cur:
                    sents.append(cur)
                    cur = []
                starts.append(len(sents))
                continue
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            cur.append(line.split(" ")[0])
    if cur:
        sents.append(cur)
    return sents, starts


def is_dateline(s):
    return len(s) <= 8 and DATE.match(s[-1]) is not None


def is_byline(s):
    return 2 <= len(s) <= 4 and all(re.match(r"^[A-Z][A-Za-z'.-]*$", t) for t in s) and not all(
        t.isupper() for t in s)


def documents(path):
    """Return the list of documents of a CoNLL file; each is a list of sentences."""
    sents, starts = read_sentences(path)
    if not starts:
        starts = []
        for i, s in enumerate(sents):
            if is_dateline(s) and i >= 1:
                st = i - 1
                if len(s) == 1 and st >= 1:
                    st -= 1  # dateline split in two: "FARMINGTON HILLS , Mich ." + "1996-08-30"
                if is_byline(sents[st]) and st >= 1:
                    st -= 1  # headline, byline, dateline
                if not starts or st > starts[-1]:
                    starts.append(st)
        if not starts or starts[0] != 0:
            if starts:
                starts[0] = 0
            else:
                starts = [0]
    bounds = starts + [len(sents)]
    return [sents[bounds[k]:bounds[k + 1]] for k in range(len(starts))]


def detok(tokens):
    out = []
    glue = True  # no space before the first token
    for t in tokens:
        if not glue and t not in NO_SPACE_BEFORE:
            out.append(" ")
        out.append(t)
        glue = t in NO_SPACE_AFTER
    return "".join(out)


def doc_text(doc):
    return "".join(detok(s) + "\n" for s in doc)


def read_index():
    rows = []
    with open(os.path.join(DEV, "index.tsv"), encoding="utf-8") as fh:
        for k, line in enumerate(fh):
            line = line.rstrip("\n")
            if k == 0 or not line.strip():
                continue
            did, fname, idx = line.split("\t")
            rows.append((did, fname, int(idx)))
    return rows


def check(rows, texts):
    errors = 0
    n_rel = 0
    n_ent = 0
    n_core = 0
    per_kind = {k: 0 for k in sorted(KINDS)}
    per_kind_core = {k: 0 for k in sorted(KINDS)}
    n_docs = 0
    for did, fname, idx in rows:
        jpath = os.path.join(DEV, did + ".json")
        if not os.path.exists(jpath):
            print(f"{did}: missing json")
            errors += 1
            continue
        try:
            with open(jpath, encoding="utf-8") as fh:
                ann = json.load(fh)
        except ValueError as e:
            print(f"{did}: json error {e}")
            errors += 1
            continue
        n_docs += 1
        text = texts[did]
        src = ann.get("source", {})
        if src.get("file") != fname or src.get("doc") != idx:
            print(f"{did}: source {src} does not match index ({fname}, {idx})")
            errors += 1
        ents = ann.get("entities", {})
        seen = {}
        for key, e in ents.items():
            n_ent += 1
            if e.get("type") not in TYPES:
                print(f"{did}: entity {key}: bad type {e.get('type')}")
                errors += 1
            if not e.get("aliases"):
                print(f"{did}: entity {key}: no aliases")
                errors += 1
            for a in e.get("aliases", []):
                if a in seen and seen[a] != key:
                    print(f"{did}: alias {a!r} under {seen[a]} and {key}")
                    errors += 1
                seen[a] = key
                if a not in text:
                    print(f"{did}: alias {a!r} ({key}) not in text")
                    errors += 1
        keyset = set()
        for r in ann.get("relations", []):
            n_rel += 1
            for end in ("s", "o"):
                if r.get(end) not in ents:
                    print(f"{did}: relation {r}: unknown {end} {r.get(end)!r}")
                    errors += 1
            if r.get("s") == r.get("o"):
                print(f"{did}: relation {r}: s == o")
                errors += 1
            if r.get("kind") not in KINDS:
                print(f"{did}: relation {r}: bad kind")
                errors += 1
            else:
                per_kind[r["kind"]] += 1
                if r.get("core") is True:
                    per_kind_core[r["kind"]] += 1
            p = r.get("p")
            if not isinstance(p, list) or not p or not all(isinstance(w, str) and w for w in p):
                print(f"{did}: relation {r}: bad p")
                errors += 1
            if not isinstance(r.get("core"), bool) or not isinstance(r.get("symmetric"), bool):
                print(f"{did}: relation {r}: core/symmetric must be booleans")
                errors += 1
            if r.get("core"):
                n_core += 1
            k = (r.get("s"), r.get("o"), r.get("kind"), tuple(p or []))
            if k in keyset:
                print(f"{did}: duplicate relation {r}")
                errors += 1
            keyset.add(k)
    print(f"documents: {n_docs}")
    print(f"entities: {n_ent}")
    print(f"relations: {n_rel} (core {n_core})")
    for k in sorted(KINDS):
        print(f"  {k}: {per_kind[k]} (core {per_kind_core[k]})")
    print(f"errors: {errors}")
    return errors


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--conll-dir", default=os.path.join(ROOT, "..", "shared", "data", "conll2003"))
    ap.add_argument("--check", action="store_true", help="validate the json annotations")
    ap.add_argument("--list", metavar="FILE", help="list the documents of a CoNLL file")
    ap.add_argument("--dir", metavar="SET", help="annotated set to rebuild (default data/relations-dev)")
    args = ap.parse_args()
    if args.dir:
        global DEV
        DEV = os.path.abspath(args.dir)

    cache = {}

    def docs_of(fname):
        if fname not in cache:
            cache[fname] = documents(os.path.join(args.conll_dir, fname))
        return cache[fname]

    if args.list:
        for i, d in enumerate(docs_of(args.list)):
            print(f"{i}\t{len(d)}\t{detok(d[0])[:100]}")
        return 0

    rows = read_index()
    texts = {}
    for did, fname, idx in rows:
        text = doc_text(docs_of(fname)[idx])
        texts[did] = text
        with open(os.path.join(DEV, did + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(text)
    print(f"wrote {len(rows)} texts to {os.path.relpath(DEV)}")
    if args.check:
        return 1 if check(rows, texts) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
