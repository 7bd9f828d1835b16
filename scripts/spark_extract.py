#!/usr/bin/env python3
"""Runs `nerel jsonl` over a JSON Lines corpus with Spark: one nerel process per partition, fed
through RDD.pipe; writes JSON Lines part files (one output line per input line, every id kept).

    .deps/pyenv/bin/python scripts/spark_extract.py --input IN.jsonl --output OUTDIR [--master local[2]]

Input lines are {"id": .., "text": ..}; output lines are what `nerel jsonl` writes:
{"id": .., "mentions": [..], "entities": [..], "relations": [..], ..}, or {"id": .., "line": N,
"error": ".."} for a bad line (N counts lines within the partition).

The nerel binary and the model folder (its ONNX graph, tokenizer and labels only) are shipped to
the executors with SparkContext.addFile. The executors also need libtorch and libonnxruntime:
they are found through LD_LIBRARY_PATH and ORT_DYLIB_PATH, taken from --lib-path/--ort-dylib, else
from this process's environment (`eval "$(scripts/setup.sh --print-env)"`), else from .deps/ of
this repository (right for local mode and for clusters where the same paths exist on every node).
"""

import argparse
import os
import shlex
import shutil
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEPS = os.path.join(ROOT, ".deps")
MODEL_FILES = {
    "onnx-int8": ["config.json", "tokenizer.json", "labels.json", "heads.safetensors", "model-int8.onnx"],
    "onnx": ["config.json", "tokenizer.json", "labels.json", "heads.safetensors", "model.onnx"],
    "tch": ["config.json", "tokenizer.json", "labels.json", "heads.safetensors", "model.safetensors"],
}


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--input", required=True, help="JSON Lines file or folder (any path Spark reads)")
    p.add_argument("--output", required=True, help="output folder (must not exist)")
    p.add_argument("--master", default=None, help="Spark master, e.g. local[2] (default: spark-submit's, else local[2])")
    p.add_argument("--partitions", type=int, default=None, help="minimum input partitions (default: Spark's)")
    p.add_argument("--nerel", default=os.path.join(ROOT, "target", "release", "nerel"), help="the nerel binary")
    p.add_argument("--model", default=os.environ.get("NEREL_MODEL_DIR") or os.path.join(ROOT, "models", "nerel-minilm-conll03"))
    p.add_argument("--backend", default="onnx", choices=sorted(MODEL_FILES))
    p.add_argument("--threads", type=int, default=1, help="threads per nerel process (default 1: one per task)")
    p.add_argument("--batch-docs", type=int, default=32)
    p.add_argument("--threshold", default=None, help="nerel's --threshold (default: nerel's, 0.5)")
    p.add_argument("--head-threshold", default=None, help="nerel's --head-threshold P|off (default: nerel's, 0.9)")
    p.add_argument("--head-scorer", default=None, choices=["news", "conll04"], help="nerel's --head-scorer (default: news)")
    p.add_argument("--lib-path", default=None, help="LD_LIBRARY_PATH on the executors")
    p.add_argument("--ort-dylib", default=None, help="ORT_DYLIB_PATH on the executors")
    return p.parse_args(argv)


def relation_options(args):
    """nerel's relation options that were given, as arguments."""
    out = []
    for flag, value in [("--threshold", args.threshold), ("--head-threshold", args.head_threshold),
                        ("--head-scorer", args.head_scorer)]:
        if value is not None:
            out += [flag, str(value)]
    return out


def executor_env(args):
    lib_path = args.lib_path or os.environ.get("LD_LIBRARY_PATH") or ":".join(
        [os.path.join(DEPS, "libtorch", "lib"), os.path.join(DEPS, "onnxruntime")]
    )
    ort = args.ort_dylib or os.environ.get("ORT_DYLIB_PATH") or os.path.join(DEPS, "onnxruntime", "libonnxruntime.so.1.16.3")
    # RDD.pipe gives the command exactly this environment.
    return {"LD_LIBRARY_PATH": lib_path, "ORT_DYLIB_PATH": ort, "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8"}


def stage_model(model, backend, into):
    """A copy of the model folder with only what the backend reads (shipped to each executor)."""
    staged = os.path.join(into, "nerel-model")
    os.makedirs(staged)
    for name in MODEL_FILES[backend]:
        src = os.path.join(model, name)
        if not os.path.isfile(src):
            if name in ("labels.json", "heads.safetensors"):  # plain NER folders have neither
                continue
            sys.exit(f"spark_extract: {src} is missing (run scripts/setup.sh)")
        try:
            os.link(src, os.path.join(staged, name))
        except OSError:
            shutil.copy(src, os.path.join(staged, name))
    return staged


def main(argv=None):
    args = parse_args(argv if argv is not None else sys.argv[1:])
    if not os.path.isfile(args.nerel):
        sys.exit(f"spark_extract: {args.nerel} not found (cargo build --release, or --nerel PATH)")
    from pyspark import SparkConf, SparkContext, SparkFiles

    conf = SparkConf().setAppName("nerel-extract")
    if args.master:
        conf.setMaster(args.master)
    elif not conf.contains("spark.master"):
        conf.setMaster("local[2]")
    sc = SparkContext(conf=conf)
    sc.setLogLevel("WARN")
    staging = tempfile.mkdtemp(prefix="nerel-spark-")
    try:
        sc.addFile(os.path.abspath(args.nerel))
        sc.addFile(stage_model(args.model, args.backend, staging), recursive=True)
        # In local mode the executor shares the driver's SparkFiles folder; on a cluster, added
        # files are fetched into each executor's working directory, where the command runs.
        local = sc.master.startswith("local")
        binary = SparkFiles.get(os.path.basename(args.nerel)) if local else "./" + os.path.basename(args.nerel)
        model = SparkFiles.get("nerel-model") if local else "./nerel-model"
        command = " ".join(
            shlex.quote(x)
            for x in [binary, "jsonl", "--quiet", "--model", model, "--backend", args.backend,
                      "--threads", str(args.threads), "--batch-docs", str(args.batch_docs)]
            + relation_options(args)
        )
        lines = sc.textFile(args.input, minPartitions=args.partitions) if args.partitions else sc.textFile(args.input)
        written = sc.accumulator(0)

        def count(line):
            written.add(1)
            return line

        started = time.monotonic()
        lines.pipe(command, env=executor_env(args), checkCode=True).map(count).saveAsTextFile(args.output)
        seconds = time.monotonic() - started
        cores = sc.defaultParallelism
        print(f"spark_extract: {written.value} lines in {seconds:.1f} s = {written.value / seconds:.1f} lines/s, "
              f"{written.value / seconds / cores:.1f} per core ({cores} cores), into {args.output}", file=sys.stderr)
    finally:
        sc.stop()
        shutil.rmtree(staging, ignore_errors=True)


if __name__ == "__main__":
    main()
