"""Quotes per second and macro-F1 of the inference engines (torch, onnx, onnx-int8) on the same quotes, in
one run, each against torch.

  python benchmarks/bench_backends.py [--model checkpoints/diplostance-minilm] [--repeats 3] [--json]

Quotes are the test split of the checkpoint's training config (needs ../shared/corpus), prepared as
``evaluate.py`` prepares them. Every engine is loaded first (an ONNX export made on first use is not timed)
and warmed up on 32 quotes; then all quotes are classified ``--repeats`` times, the engines taking turns, and
each engine's best time counts. Macro-F1 is the 4-way macro-F1 that ``evaluate.py`` reports.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np
import torch

from diplostance.config import load_config
from diplostance.data import load_config_items
from diplostance.evaluation import select_split
from diplostance.inference import BACKENDS, DEFAULT_MODEL, load_classifier
from diplostance.metrics import macro_f1


def split_items(model: Path) -> list[dict]:
    """The test split named by the checkpoint's own training config (the default config without one)."""
    own = model / "training_config.yaml"
    cfg = load_config(own if own.exists() else "configs/default.yaml")
    items = load_config_items(cfg.data)
    return select_split(items, "test", cfg.data.dev_percent, cfg.data.test_percent)


def run(model: Path, batch_size: int, repeats: int) -> dict:
    items = split_items(model)
    engines = {name: load_classifier(model, batch_size=batch_size, backend=name) for name in BACKENDS}
    for clf in engines.values():
        clf.probabilities(items[:32])
    best = dict.fromkeys(engines, float("inf"))
    probs = {}
    for _ in range(repeats):
        for name, clf in engines.items():
            start = time.perf_counter()
            probs[name] = clf.probabilities(items)
            best[name] = min(best[name], time.perf_counter() - start)
    labels = engines["torch"].labels
    gold = [labels.index(it["label"]) for it in items]
    f1 = {name: macro_f1(gold, p.argmax(-1).tolist()) for name, p in probs.items()}
    result = {"model": str(model), "n": len(items), "batch_size": batch_size, "repeats": repeats,
              "torch_threads": torch.get_num_threads(), "backends": {}}
    for name in engines:
        result["backends"][name] = {
            "quotes_per_s": round(len(items) / best[name], 1),
            "speedup_vs_torch": round(best["torch"] / best[name], 2),
            "macro_f1": round(f1[name], 4),
            "macro_f1_change": round(f1[name] - f1["torch"], 4),
            "max_abs_prob_diff": round(float(np.abs(probs[name] - probs["torch"]).max()), 4),
            "same_argmax": round(float((probs[name].argmax(-1) == probs["torch"].argmax(-1)).mean()), 4),
        }
    return result


def print_table(result: dict) -> None:
    print(f"{result['n']} test-split quotes, batch {result['batch_size']}, best of {result['repeats']}, "
          f"torch threads {result['torch_threads']}")
    print(f"{'backend':<10} {'quotes/s':>9} {'speed-up':>9} {'macro-F1':>9} {'change':>8} {'max|dp|':>8} "
          f"{'same argmax':>12}")
    for name, r in result["backends"].items():
        print(f"{name:<10} {r['quotes_per_s']:>9.1f} {r['speedup_vs_torch']:>8.2f}x {r['macro_f1']:>9.4f} "
              f"{r['macro_f1_change']:>+8.4f} {r['max_abs_prob_diff']:>8.4f} {r['same_argmax']:>12.2%}")


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--model", default=str(DEFAULT_MODEL), help="checkpoint folder (default %(default)s)")
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--repeats", type=int, default=3, help="timed passes per engine; the best counts (default 3)")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    args = p.parse_args(argv)
    result = run(Path(args.model), args.batch_size, args.repeats)
    if args.json:
        print(json.dumps(result))
    else:
        print_table(result)


if __name__ == "__main__":
    main()
