#!/usr/bin/env python3
"""The Spark test's corpus and checker (`make spark-test`).

    spark_check.py gen --docs N --out IN.jsonl        N news-style documents with unique ids,
                                                      and two bad lines that carry an id
    spark_check.py check --input IN.jsonl --output OUTDIR
                                                      every input id comes back exactly once,
                                                      as a result (good lines) or an error (bad)
"""

import argparse
import glob
import json
import os
import random
import sys

PEOPLE = ["Maria Kowalski", "Jonas Berg", "Aisha Okafor", "Tomas Novak", "Elena Petrova", "Kenji Watanabe"]
ORGS = ["the European Commission", "the World Bank", "Siemens", "the United Nations", "Greenpeace", "Reuters"]
PLACES = ["Brussels", "Nairobi", "Oslo", "Lisbon", "Warsaw", "Tokyo", "Cairo", "Lima"]
VERBS = ["met", "criticized", "praised", "visited", "held talks with", "thanked"]


def gen(docs, out):
    rng = random.Random(7)
    with open(out, "w", encoding="utf-8") as f:
        for i in range(docs):
            sentences = []
            for _ in range(rng.randint(1, 4)):
                p, o, l, v = rng.choice(PEOPLE), rng.choice(ORGS), rng.choice(PLACES), rng.choice(VERBS)
                sentences.append(f"{p} {v} officials of {o} in {l} on Tuesday.")
            f.write(json.dumps({"id": f"doc-{i:06d}", "text": " ".join(sentences)}) + "\n")
            if i in (docs // 3, 2 * docs // 3):
                f.write(json.dumps({"id": f"bad-{i:06d}", "text": 42}) + "\n")


def read_ids(path):
    good, bad = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            obj = json.loads(line)
            (good if isinstance(obj.get("text"), str) else bad).append(obj["id"])
    return good, bad


def check(input_path, output_dir):
    good, bad = read_ids(input_path)
    parts = sorted(glob.glob(os.path.join(output_dir, "part-*")))
    if not parts or not os.path.exists(os.path.join(output_dir, "_SUCCESS")):
        sys.exit(f"spark_check: no finished Spark output in {output_dir}")
    seen, errors, lines = {}, {}, 0
    for part in parts:
        with open(part, encoding="utf-8") as f:
            for line in f:
                lines += 1
                obj = json.loads(line)
                target = errors if "error" in obj else seen
                target[obj.get("id")] = target.get(obj.get("id"), 0) + 1
    problems = []
    for i in good:
        if seen.get(i, 0) != 1 or i in errors:
            problems.append(f"{i}: {seen.get(i, 0)} results, {errors.get(i, 0)} errors")
    for i in bad:
        if errors.get(i, 0) != 1 or i in seen:
            problems.append(f"bad line {i}: {errors.get(i, 0)} errors, {seen.get(i, 0)} results")
    extra = set(seen) | set(errors)
    extra -= set(good) | set(bad)
    if extra:
        problems.append(f"ids not in the input: {sorted(map(str, extra))[:5]}")
    if lines != len(good) + len(bad):
        problems.append(f"{lines} output lines for {len(good) + len(bad)} input lines")
    if problems:
        sys.exit("spark_check: FAILED\n  " + "\n  ".join(problems[:20]))
    print(f"spark_check: ok: {len(good)} documents and {len(bad)} bad lines, every id once, in {len(parts)} part files")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("gen")
    g.add_argument("--docs", type=int, default=240)
    g.add_argument("--out", required=True)
    c = sub.add_parser("check")
    c.add_argument("--input", required=True)
    c.add_argument("--output", required=True)
    a = p.parse_args()
    if a.cmd == "gen":
        gen(a.docs, a.out)
    else:
        check(a.input, a.output)


if __name__ == "__main__":
    main()
