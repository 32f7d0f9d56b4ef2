"""Learning rate, epochs, max length and class weighting of the release setup, by fine-tuned cross-validation.

  python experiments/hparams.py --folds 3 --output experiments/hparams.json

Each setting changes one value of the release values the study started from (``configs/release.yaml`` with
``STUDY_BASE``: max length 96, which the study replaced by 128) and is fine-tuned with ``diplostance cv``'s
``cross_validate``: k folds grouped by article on train+dev (the test split is never used), the same folds
for every setting, so settings are compared fold by fold (paired). Settings run in the order given and each
is written to ``--output`` as soon as it finishes; a rerun skips settings already there with the same
overrides, so an interrupted study resumes.

Decision rule, fixed before running: a value replaces the release value only if its mean macro-F1 beats the
release setting's by more than the standard deviation of the paired per-fold differences; otherwise the
release value stays.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

from diplostance.config import load_config
from diplostance.crossval import cross_validate
from diplostance.io import write_json

BASE = "release"
#: The release values the study started from: configs/release.yaml before the study, which then had max_length
#: 96 (the study adopted 128, now in the file). Every setting applies these first, so the study is unchanged.
STUDY_BASE = ["model.max_length=96"]
SETTINGS = {  # name -> overrides of the study's base (one value changed at a time)
    BASE: [],
    "no class weighting": ["training.class_weighting=false"],
    "learning rate 5e-5": ["training.learning_rate=5e-5"],
    "2 epochs": ["training.num_train_epochs=2"],
    "max length 128": ["model.max_length=128"],
    "4 epochs": ["training.num_train_epochs=4"],
    "learning rate 2e-4": ["training.learning_rate=2e-4"],
}


def compare(results: dict) -> dict:
    """Paired per-fold differences of each setting's macro-F1 from the release setting, and the decision."""
    if BASE not in results:
        return {}
    base = [f["macro_f1"] for f in results[BASE]["folds"]]
    out = {}
    for name, r in results.items():
        if name == BASE:
            continue
        delta = np.array([f["macro_f1"] for f in r["folds"]]) - np.array(base)
        spread = float(delta.std(ddof=1)) if len(delta) > 1 else 0.0
        out[name] = {"delta_per_fold": delta.round(4).tolist(), "delta_mean": float(delta.mean()),
                     "delta_std": spread, "adopt": bool(delta.mean() > spread)}
    return out


def render(results: dict, decisions: dict) -> str:
    sources = sorted({s for r in results.values() for s in r["by_source"]})
    lines = ["| setting | macro-F1 (mean ± std over folds) | paired difference from release | adopt | "
             + " | ".join(sources) + " |", "|---|---|---|---|" + "---|" * len(sources)]
    for name, r in results.items():
        d = decisions.get(name)
        diff = f"{d['delta_mean']:+.3f} ± {d['delta_std']:.3f}" if d else ""
        adopt = ("yes" if d["adopt"] else "no") if d else ""
        by_source = " | ".join(f"{r['by_source'][s]['macro_f1_mean']:.3f}" if s in r["by_source"] else ""
                               for s in sources)
        lines.append(f"| {name} | {r['macro_f1_mean']:.3f} ± {r['macro_f1_std']:.3f} | {diff} | {adopt} | {by_source} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--config", default="configs/release.yaml")
    p.add_argument("--folds", type=int, default=3)
    p.add_argument("--settings", nargs="*", choices=list(SETTINGS), default=list(SETTINGS),
                   help="which settings to run, in this order (default: all)")
    p.add_argument("--output", default="experiments/hparams.json")
    args = p.parse_args(argv)

    path = Path(args.output)
    study = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    if study and (study.get("config") != args.config or study.get("folds") != args.folds):
        p.error(f"{path} holds a study with another --config or --folds; choose another --output")
    results = study.get("results", {})
    for name in args.settings:
        overrides = STUDY_BASE + SETTINGS[name]
        if name in results and results[name]["overrides"] == overrides:
            print(f"{name}: done already, skipped", flush=True)
            continue
        start = time.perf_counter()
        r = cross_validate(load_config(args.config, overrides), args.folds)
        results[name] = {"overrides": overrides, "minutes": round((time.perf_counter() - start) / 60, 1),
                         **{k: r[k] for k in ("macro_f1_mean", "macro_f1_std", "accuracy_mean", "accuracy_std",
                                              "by_source", "folds", "items", "articles")}}
        decisions = compare(results)
        write_json(path, {"config": args.config, "folds": args.folds, "results": results, "decisions": decisions,
                          "rule": "adopt a value only if its mean paired macro-F1 gain over the release setting "
                                  "exceeds the standard deviation of the per-fold gains",
                          "note": "train+dev only; the test split is not used; same folds for every setting"})
        print(f"{name}: macro-F1 {r['macro_f1_mean']:.4f} ± {r['macro_f1_std']:.4f} "
              f"({results[name]['minutes']} min)", flush=True)
    print(render(results, compare(results)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
