"""Classification throughput of diplostance's batched classifier against a plain transformers pipeline on
the same checkpoint and the same quotes, in one run (latency and memory: bench_articles.py).

  python benchmarks/bench_classify.py [--model checkpoints/diplostance-minilm] [--n 512] [--device cuda]
  python benchmarks/bench_classify.py --backend onnx-int8       # the ONNX Runtime int8 engine vs the pipeline

Quotes are the dataset's test-split items (needs ../shared/corpus), or ``--items FILE``: a JSONL of items
that ``--save-items FILE`` wrote (for a machine without the corpus, such as a GPU box; the file holds corpus
text, so keep it out of the repository). Peak memory is the resident-set high-water mark of this process
(ru_maxrss) after each phase.
"""
from __future__ import annotations

import argparse
import resource
import time

import torch

from diplostance.config import load_config
from diplostance.data import load_items
from diplostance.encoding import text_pair
from diplostance.evaluation import select_split
from diplostance.inference import BACKENDS, DEFAULT_MODEL, StanceClassifier, load_classifier
from diplostance.errors import DataError
from diplostance.io import iter_jsonl, write_jsonl


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--model", default=str(DEFAULT_MODEL))
    p.add_argument("--n", type=int, default=512, help="quotes to classify")
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--device", default=None, help="cpu, cuda, ... (default: cuda when available; torch only)")
    p.add_argument("--backend", choices=BACKENDS, default="torch", help="engine of the diplostance classifier")
    p.add_argument("--items", help="JSONL of items to classify instead of the test split")
    p.add_argument("--save-items", help="write the test-split items used here to this JSONL and go on")
    args = p.parse_args()
    torch.manual_seed(0)
    if args.items:
        rows = list(iter_jsonl(args.items))
        problems = [problem for _, _, problem in rows if problem]
        if problems:
            raise DataError(problems)
        items = [rec for _, rec, _ in rows][: args.n]
    else:
        cfg = load_config("configs/default.yaml")
        items = select_split(load_items(cfg.data.train_files, corpus=cfg.data.corpus), "test", 15, 15)[: args.n]
    if args.save_items:
        write_jsonl(args.save_items, items)

    ref = StanceClassifier(args.model, batch_size=args.batch_size, device=args.device)
    clf = ref if args.backend == "torch" else load_classifier(args.model, args.batch_size, args.backend)
    gpu = torch.cuda.get_device_name(ref.device) if ref.device.type == "cuda" else "no GPU"
    print(f"{len(items)} quotes, backend {args.backend}, device {ref.device} ({gpu}), "
          f"torch threads {torch.get_num_threads()}")
    clf.predict(items[:32])  # warm-up
    start = time.perf_counter()
    ours = clf.predict(items)
    t_ours = time.perf_counter() - start
    print(f"diplostance classifier ({args.backend}): {len(items) / t_ours:.1f} quotes/s (batch {args.batch_size}, "
          f"length-sorted, dynamic padding); peak RSS {peak_mb():.0f} MB")

    from transformers import pipeline

    pipe = pipeline("text-classification", model=ref.model, tokenizer=ref.tokenizer, top_k=None, device=ref.device)
    inputs = []
    for it in items:
        first, second = text_pair(it, ref.input_parts)
        inputs.append({"text": first, "text_pair": second} if first else second)
    pipe(inputs[:32], truncation=True, max_length=ref.max_length)  # warm-up
    start = time.perf_counter()
    theirs = pipe(inputs, truncation=True, max_length=ref.max_length)
    t_pipe = time.perf_counter() - start
    print(f"transformers pipeline (default batching): {len(items) / t_pipe:.1f} quotes/s")
    agree = sum(o["label"] == max(t, key=lambda s: s["score"])["label"] for o, t in zip(ours, theirs)) / len(items)
    print(f"speed-up {t_pipe / t_ours:.2f}x; same label on {agree:.1%} of quotes "
          "(the pipeline applies no temperature; argmax is unchanged by it)")

    print(f"peak RSS of the whole run: {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
