"""Readers and the casing function shared by training and evaluation.

nerel's Rust side has the same definitions: `src/encoder/casing.rs` (casing classes; the test
`tests/casing.rs` holds it to this file through `tests/data/casing.tsv`, which
`python3 training/nerel_data.py --casing-fixture` writes) and `src/conll.rs` (the CoNLL-2003 and
CoNLL-U readers, same rules as here: `-DOCSTART-` lines and blank lines end sentences; CoNLL-U
multi-word ranges `1-2` and empty nodes `1.1` are skipped, comments kept per sentence).
"""
import json
import sys
import unicodedata

# Casing classes, one per word; the model sees its word's class as every piece's token type id.
CASING = ["special", "lower", "initial", "allcaps", "mixed", "digit", "punct"]
CASING_SCHEME = "nerel-casing-v2"


def casing_class(word: str) -> int:
    """v2: defined on properties Python and Rust's std share (Unicode Lowercase/Uppercase, general
    category N*), so both sides give the same class: digit if any char is numeric (N*: `5`, `½`,
    `Ⅻ`), else by its cased letters: lower, initial (first upper, no other upper), allcaps (two or
    more upper, no lower), mixed; a word without cased letters is `mixed` when it has letters
    (CJK, Arabic) and `punct` otherwise."""
    if any(unicodedata.category(c)[0] == "N" for c in word):
        return 5
    cased = [c for c in word if c.islower() or c.isupper()]
    if not cased:
        return 4 if any(c.isalpha() for c in word) else 6
    if all(c.islower() for c in cased):
        return 1
    upper = [c.isupper() for c in cased]
    if all(upper):
        return 3 if len(cased) > 1 else 2
    if upper[0] and not any(upper[1:]):
        return 2
    return 4


def read_conll2003(path):
    """CoNLL-2003: `word POS chunk NER` lines; returns sentences as lists of 4-tuples and, for each
    sentence, the index of its document (a `-DOCSTART-` line starts one)."""
    sents, docs, cur, doc = [], [], [], 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts or parts[0] == "-DOCSTART-":
                if cur:
                    sents.append(cur)
                    docs.append(doc)
                    cur = []
                if parts:
                    doc += 1
                continue
            cur.append(tuple(parts[:4]))
    if cur:
        sents.append(cur)
        docs.append(doc)
    return sents, docs


def read_conllu(path):
    """CoNLL-U: a list of sentences, each a list of dicts {form, xpos, head, deprel} for the
    syntactic words (ranges and empty nodes skipped)."""
    sents, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 10 or not cols[0].isdigit():
                continue
            cur.append({"form": cols[1], "xpos": cols[4], "head": int(cols[6]), "deprel": cols[7]})
    if cur:
        sents.append(cur)
    return sents


def read_conll04(path):
    """CoNLL04 (SpERT JSON): tokens, BILOU entity tags, relations between entity indexes. Returns
    (tokens, BIO tags, entity spans [(start, end, type)], relations [(head, tail, type)])."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    out = []
    for d in data:
        tags, spans, start = [], [], None
        for i, t in enumerate(d["tags"]):
            if t == "O":
                tags.append("O")
                continue
            p, typ = t.split("-", 1)
            tags.append(("B-" if p in "BU" else "I-") + typ)
            if p in "BU":
                start = i
            if p in "LU":
                spans.append((start, i + 1, typ))
        rels = [(r["head"], r["tail"], r["type"]) for r in d["relations"]]
        out.append((d["tokens"], tags, spans, rels))
    return out


# POS: one block learns from CoNLL-2003 and EWT (both Penn tags); CoNLL-2003's spellings of the
# brackets map onto EWT's.
POS_MAP = {"(": "-LRB-", ")": "-RRB-", "NN|SYM": "NN"}


def casing_fixture():
    words = ["the", "The", "THE", "I", "a", "McDonald", "iPhone", "eBay", "NATO", "U.S.", "U.S.-based",
             "1996", "1996-08-22", "½", "Ⅻ", "²", "3rd", "東京", "東京Tower", "日本語", "Москва", "МОСКВА",
             "ǅungla", "ǅ", "ß", "ÉCOLE", "École", "straße", ",", "--", "'s", "n't", "(", "$", "€", "%",
             "🙂", "Ⓐ", "ⓐbc", "ﬁnance", "Ǆ", "x²", "K-9", "Ωmega", "ωmega", "ᾈ", "ا", "ہندی", "'", ""]
    for w in words:
        print(f"{w}\t{CASING[casing_class(w)]}")


if __name__ == "__main__":
    if sys.argv[1:] == ["--casing-fixture"]:
        casing_fixture()
    else:
        print(__doc__)
