"""Release training: the chosen setup over several seeds, baselines on the same test split, and the
published checkpoint (the seed closest to the mean test macro-F1, stored as fp16 safetensors).

  python experiments/release.py --config configs/release.yaml --seeds 1 2 3 [--reuse]

Writes checkpoints/release/seed-N/ for each seed, experiments/release.json (per seed, mean +- std,
baselines, training wall time) and checkpoints/diplostance-minilm/ with its model card.
"""
from __future__ import annotations

import argparse
import json
import shutil
import time
from pathlib import Path

import numpy as np

from diplostance.baselines import BASELINES
from diplostance.config import load_config
from diplostance.evaluation import score, select_split
from diplostance.inference import StanceClassifier
from diplostance.io import write_json
from diplostance.modelcard import build_model_card
from diplostance.training import load_run_data, train

PUBLISHED = Path("checkpoints/diplostance-minilm")


def summary(runs: list[dict]) -> dict:
    """Mean and sample std over seeds of the headline test figures."""
    keys = {"macro_f1": lambda m: m["macro_f1"], "three_way_macro_f1": lambda m: m["three_way"]["macro_f1"],
            "accuracy": lambda m: m["accuracy"], "ece": lambda m: m["ece"]}
    labels = runs[0]["test"]["labels"]
    keys.update({f"f1_{n}": (lambda m, n=n: m["per_class"][n]["f1"]) for n in labels})
    for src in runs[0]["test"].get("by_source", {}):
        keys[f"macro_f1_{src}"] = lambda m, s=src: m["by_source"][s]["macro_f1"]
    out = {}
    for name, get in keys.items():
        vals = np.array([get(r["test"]) for r in runs])
        out[name] = {"mean": float(vals.mean()), "std": float(vals.std(ddof=1)) if len(vals) > 1 else 0.0}
    return out


def to_fp16(folder: Path) -> None:
    """Store the weights as fp16 safetensors; ``config.dtype`` stays float32 so they load as fp32."""
    from transformers import AutoModelForSequenceClassification

    model = AutoModelForSequenceClassification.from_pretrained(folder, use_safetensors=True, dtype="float32")
    model.half().save_pretrained(folder, safe_serialization=True)
    cfg = json.loads((folder / "config.json").read_text())
    cfg["dtype"] = "float32"
    (folder / "config.json").write_text(json.dumps(cfg, indent=2) + "\n")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--config", default="configs/release.yaml")
    p.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    p.add_argument("--output", default="experiments/release.json")
    p.add_argument("--reuse", action="store_true", help="keep seeds already trained under checkpoints/release/")
    p.add_argument("overrides", nargs="*", help="section.key=value applied to every seed (smoke tests)")
    args = p.parse_args()

    runs = []
    for seed in args.seeds:
        out = Path(f"checkpoints/release/seed-{seed}")
        cfg = load_config(args.config, [*args.overrides, f"training.seed={seed}", f"training.output_dir={out}"])
        start = time.time()
        reused = args.reuse and (out / "metrics.json").exists()
        if reused and load_config(out / "training_config.yaml") != cfg:
            p.error(f"--reuse: {out} was trained with another config; move it away or drop --reuse")
        if not reused:
            train(cfg)
            (out / "minutes.txt").write_text(f"{(time.time() - start) / 60:.2f}\n")
        runs.append({"seed": seed, "path": str(out), "minutes": float((out / "minutes.txt").read_text()),
                     "test": json.loads((out / "metrics.json").read_text())["test"]})
        print(f"seed {seed}: test macro-F1 {runs[-1]['test']['macro_f1']:.4f} in {runs[-1]['minutes']:.1f} min",
              flush=True)

    cfg = load_config(args.config, args.overrides)
    items, labels, _ = load_run_data(cfg)
    d = cfg.data
    train_items = select_split(items, "train", d.dev_percent, d.test_percent)
    test_items = select_split(items, "test", d.dev_percent, d.test_percent)
    baselines = {}
    for name, cls in BASELINES.items():
        metrics, _ = score(test_items, cls().fit(train_items, labels).predict_proba(test_items), labels)
        baselines[name] = {"macro_f1": metrics["macro_f1"], "three_way_macro_f1": metrics["three_way"]["macro_f1"],
                           "accuracy": metrics["accuracy"]}

    stats = summary(runs)
    mean = stats["macro_f1"]["mean"]
    chosen = min(runs, key=lambda r: abs(r["test"]["macro_f1"] - mean))
    release = {"config": args.config, "seeds": args.seeds, "runs": runs, "summary": stats, "baselines": baselines,
               "published_seed": chosen["seed"],
               "training_minutes": {"mean": float(np.mean([r["minutes"] for r in runs])),
                                    "max": float(max(r["minutes"] for r in runs))}}
    write_json(args.output, release)

    if PUBLISHED.exists():
        shutil.rmtree(PUBLISHED)
    shutil.copytree(chosen["path"], PUBLISHED, ignore=shutil.ignore_patterns("minutes.txt"))
    to_fp16(PUBLISHED)
    write_json(PUBLISHED / "release.json", {k: v for k, v in release.items() if k != "runs"})
    metrics = json.loads((PUBLISHED / "metrics.json").read_text())
    clf = StanceClassifier(PUBLISHED)  # the figures of the card are those of the fp16 weights users get
    for split, split_items in (("dev", select_split(items, "dev", d.dev_percent, d.test_percent)), ("test", test_items)):
        metrics[split], _ = score(split_items, clf.probabilities(split_items), labels)
    write_json(PUBLISHED / "metrics.json", metrics)
    published_cfg = load_config(PUBLISHED / "training_config.yaml")
    (PUBLISHED / "README.md").write_text(build_model_card(published_cfg, metrics, release, name=PUBLISHED.name), encoding="utf-8")
    print(json.dumps({"summary": stats, "baselines": baselines, "published_seed": chosen["seed"]}, indent=2))


if __name__ == "__main__":
    main()
