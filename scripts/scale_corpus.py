#!/usr/bin/env python3
"""Generated news-style text for the scale figures of the README (deterministic for a seed).

    scale_corpus.py text --bytes N --out FILE       one document of about N bytes (paragraphs)
    scale_corpus.py jsonl --docs N --out FILE       N short documents as JSON Lines {"id","text"}
"""

import argparse
import json
import random

PEOPLE = ["Maria Kowalski", "Jonas Berg", "Aisha Okafor", "Tomas Novak", "Elena Petrova", "Kenji Watanabe",
          "Fatima Haddad", "Lucas Moreau", "Ingrid Holm", "Carlos Mendes", "Priya Raman", "Oleg Sokolov"]
TITLES = ["Foreign Minister", "Prime Minister", "Defence Secretary", "President", "Finance Minister",
          "spokeswoman", "chief executive", "Trade Commissioner"]
ORGS = ["the European Commission", "the World Bank", "Siemens", "the United Nations", "Greenpeace",
        "the Red Cross", "Reuters", "the African Union", "Gazprom", "the IMF", "Nokia", "UNICEF"]
PLACES = ["Brussels", "Nairobi", "Oslo", "Lisbon", "Warsaw", "Tokyo", "Cairo", "Lima", "Vienna", "Kyiv",
          "Manila", "Ottawa", "Finland", "Kenya", "Brazil", "Turkey", "Canada", "Poland"]
VERBS = ["met", "criticized", "praised", "visited", "signed an agreement with", "called on",
         "held talks with", "accused", "thanked", "warned"]
TOPICS = ["fishing quotas", "gas prices", "a new rail link", "refugee aid", "the budget for next year",
          "a trade dispute", "climate targets", "grain exports", "a power cable", "vaccine supplies"]


def sentence(r):
    p, t, o, l, v, x = (r.choice(PEOPLE), r.choice(TITLES), r.choice(ORGS), r.choice(PLACES),
                        r.choice(VERBS), r.choice(TOPICS))
    return r.choice([
        f"{t} {p} {v} {o} in {l} on Tuesday to discuss {x}.",
        f"\"We will not accept {x},\" {p} told reporters in {l}, adding that {o} had been informed.",
        f"{o} said on Friday that talks about {x} would resume in {l} next month.",
        f"In {l}, {p}, the {t} of {o}, {v} officials who had delayed the decision on {x} for weeks.",
        f"Officials from {o} and {r.choice(ORGS)} {v} delegates in {l}, where {x} dominated the agenda.",
    ])


def paragraph(r):
    return " ".join(sentence(r) for _ in range(r.randint(3, 6)))


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("text")
    t.add_argument("--bytes", type=int, required=True)
    t.add_argument("--out", required=True)
    j = sub.add_parser("jsonl")
    j.add_argument("--docs", type=int, required=True)
    j.add_argument("--out", required=True)
    for s in (t, j):
        s.add_argument("--seed", type=int, default=2005)
    a = p.parse_args()
    r = random.Random(a.seed)
    with open(a.out, "w", encoding="utf-8") as f:
        if a.cmd == "text":
            written = 0
            while written < a.bytes:
                para = paragraph(r) + "\n\n"
                f.write(para)
                written += len(para.encode("utf-8"))
        else:
            for i in range(a.docs):
                f.write(json.dumps({"id": i, "text": " ".join(sentence(r) for _ in range(r.randint(1, 3)))}) + "\n")


if __name__ == "__main__":
    main()
