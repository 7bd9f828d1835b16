"""Speed baseline: Hugging Face transformers' token-classification pipeline on CPU.

Usage:
    python scripts/baseline.py --model models/nerel-minilm-conll03 --corpus FILE \
        [--threads 2] [--batch-size 8] [--max-length 256] [--stride 32] [--repeat 1]

Runs pipeline("token-classification", model=MODEL, aggregation_strategy="first",
device=-1) in fp32 over the paragraphs of FILE (UTF-8 text, paragraphs separated
by blank lines), passed as one list with --batch-size. Texts longer than
--max-length pieces ([CLS]/[SEP] included) are read in windows sharing --stride
pieces (the pipeline's stride option), so no text is cut off; the defaults match
nerel's defaults (windows of 256 pieces, overlap 32, batches of 8).

Tokens are the word pieces of the model's tokenizer (tokenizer.json) over each
paragraph, without special tokens. One paragraph is run first as a warm-up
(not timed); with --repeat N the corpus is run N times and seconds is the
median pass. The last line of output is one JSON object:
    {"tokens": .., "seconds": .., "tokens_per_s": .., "peak_rss_mb": ..}
(peak RSS of this process from resource.getrusage, MB).

Note: the pipeline feeds token_type_ids = 0 everywhere (nerel feeds each piece's
casing class), and it takes the argmax over all 74 outputs, NER, POS and chunk
blocks alike, so many "entities" it returns are POS tags. The labels are not
meant to be compared with nerel's; the work per piece (one forward pass, softmax,
aggregation) is the same as for a plain NER model of this size.
"""

import argparse
import json
import os
import re
import resource
import statistics
import sys
import time


def die(msg):
    print(f"error: {msg}", file=sys.stderr)
    sys.exit(2)


def read_paragraphs(path):
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError as e:
        die(f"--corpus {path}: {e.strerror}")
    except UnicodeDecodeError as e:
        die(f"--corpus {path}: not UTF-8 ({e})")
    paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    return [p for p in paras if p]


def peak_rss_mb():
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    return kb / 1024.0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", required=True,
                    help="model folder (config.json, model.safetensors, tokenizer.json)")
    ap.add_argument("--corpus", required=True, help="UTF-8 text, paragraphs separated by blank lines")
    ap.add_argument("--threads", type=int, default=2, help="torch CPU threads (default 2)")
    ap.add_argument("--batch-size", type=int, default=8, help="pipeline batch size (default 8)")
    ap.add_argument("--max-length", type=int, default=256,
                    help="window length in pieces, specials included (default 256, at most 512)")
    ap.add_argument("--repeat", type=int, default=1,
                    help="timed passes over the corpus; seconds is their median (default 1)")
    ap.add_argument("--stride", type=int, default=32,
                    help="pieces shared by consecutive windows of a long paragraph (default 32)")
    args = ap.parse_args()

    for name in ("config.json", "tokenizer.json"):
        if not os.path.isfile(os.path.join(args.model, name)):
            die(f"{os.path.join(args.model, name)} not found (is --model a model folder?)")
    if not any(os.path.isfile(os.path.join(args.model, n))
               for n in ("model.safetensors", "pytorch_model.bin")):
        die(f"{args.model} holds no model.safetensors")
    if args.threads < 1 or args.batch_size < 1 or args.repeat < 1:
        die("--threads, --batch-size and --repeat must be >= 1")
    with open(os.path.join(args.model, "config.json")) as f:
        max_pos = json.load(f).get("max_position_embeddings", 512)
    if not 8 <= args.max_length <= max_pos:
        die(f"--max-length must be in 8..{max_pos} (the model's max_position_embeddings)")
    if not 0 <= args.stride < (args.max_length - 2) // 2:
        die("--stride must be below half a window")
    paras = read_paragraphs(args.corpus)
    if not paras:
        die(f"--corpus {args.corpus}: no text")

    import torch
    from transformers import BertTokenizerFast, pipeline
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    torch.set_num_threads(args.threads)

    # No tokenizer_config.json in nerel's folders: build the fast BERT tokenizer from
    # tokenizer.json (lower-casing WordPiece; specials [CLS]/[SEP]/[PAD]/[UNK]/[MASK]) and
    # give it the window length, otherwise the pipeline would neither truncate nor stride.
    tok = BertTokenizerFast(tokenizer_file=os.path.join(args.model, "tokenizer.json"),
                            model_max_length=args.max_length, clean_up_tokenization_spaces=True)
    tok_ok = tok.is_fast and tok.cls_token_id is not None and tok.sep_token_id is not None
    if not tok_ok:
        die(f"{args.model}/tokenizer.json lacks [CLS]/[SEP]; not a BERT tokenizer")

    pipe = pipeline("token-classification", model=args.model, tokenizer=tok,
                    aggregation_strategy="first", device=-1, stride=args.stride,
                    torch_dtype=torch.float32)

    lengths = [len(ids) for ids in tok(paras, add_special_tokens=False)["input_ids"]]
    tokens, longest = sum(lengths), max(lengths)
    print(f"{len(paras)} paragraphs, {tokens} pieces (longest {longest}); "
          f"{args.threads} threads, batch {args.batch_size}, windows {args.max_length}/"
          f"stride {args.stride}; {pipe.model.__class__.__name__} {pipe.model.dtype}",
          file=sys.stderr)

    with torch.inference_mode():
        pipe(paras[:1], batch_size=1)  # warm-up, not timed
        times = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            out = pipe(paras, batch_size=args.batch_size)
            times.append(time.perf_counter() - t0)
    seconds = statistics.median(times)
    if args.repeat > 1:
        print("passes (s): " + " ".join(f"{t:.3f}" for t in times), file=sys.stderr)

    n_ents = sum(len(o) for o in out)
    print(f"{n_ents} entities; e.g. " +
          ", ".join(f"{e['word']}/{e['entity_group']}" for e in out[0][:6]), file=sys.stderr)
    print(json.dumps({"tokens": tokens, "seconds": round(seconds, 4),
                      "tokens_per_s": round(tokens / seconds, 1),
                      "peak_rss_mb": round(peak_rss_mb(), 1)}))


if __name__ == "__main__":
    main()
