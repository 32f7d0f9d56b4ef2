"""``diplostance cv``: k-fold cross-validation grouped by article on train + dev (never the test split).

Folds come from scikit-learn's ``GroupKFold`` over article groups (``data.group_of`` when the data module has
it, so excerpts of one UN speech stay together; else the article id): no article is in two folds. In each fold
the held-out fold is scored; early stopping uses the training folds' own dev items (those of the config's dev
split), so the held-out fold is never seen during training. Prints mean +- sample standard deviation of macro-F1.
"""
from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from pathlib import Path

import numpy as np

from .errors import DataError, Problem


def _group(article_id: str) -> str:
    from . import data

    return getattr(data, "group_of", lambda a: a)(article_id)


def folds_of(items: list[dict], k: int) -> list[tuple[list[int], list[int]]]:
    """``(train_indices, held_out_indices)`` per fold, grouped by article."""
    from sklearn.model_selection import GroupKFold

    groups = [_group(i["article_id"]) for i in items]
    if len(set(groups)) < k:
        raise ValueError(f"--folds {k}: only {len(set(groups))} article group(s) in train+dev; use fewer folds")
    return [(list(a), list(b)) for a, b in GroupKFold(n_splits=k).split(np.zeros(len(items)), groups=groups)]


def cross_validate(cfg, k: int = 5, work_dir: str | Path | None = None, keep: bool = False) -> dict:
    from datasets import DatasetDict

    from .config import replace
    from .data import split_of, to_dataset_dict
    from .training import load_run_data, train

    if k < 2:
        raise ValueError("--folds must be at least 2")
    items, labels, _ = load_run_data(cfg)
    d = cfg.data
    pool = [i for i in items if split_of(i["article_id"], d.dev_percent, d.test_percent) != "test"]
    if not pool:
        raise ValueError("train+dev is empty")
    work = Path(work_dir) if work_dir else Path(tempfile.mkdtemp(prefix="diplostance-cv-"))

    def dataset(rows):
        return to_dataset_dict(rows, labels, 0, 0)["train"]  # every row in one split: the columns train() expects

    folds = []
    try:
        for n, (train_idx, held_idx) in enumerate(folds_of(pool, k), 1):
            fit = [pool[i] for i in train_idx]
            dev = [i for i in fit if split_of(i["article_id"], d.dev_percent, d.test_percent) == "dev"]
            trn = [i for i in fit if split_of(i["article_id"], d.dev_percent, d.test_percent) != "dev"]
            held = [pool[i] for i in held_idx]
            dsd = DatasetDict({"train": dataset(trn), "dev": dataset(dev), "test": dataset(held)})
            fold_cfg = replace(cfg, training={"output_dir": str(work / f"fold-{n}"), "push_to_hub": False})
            out = train(fold_cfg, data=(fit + held, labels, dsd))
            m = json.loads((out / "metrics.json").read_text(encoding="utf-8"))["test"]
            folds.append({"fold": n, "train": len(trn), "dev": len(dev), "held_out": len(held),
                          "held_out_articles": len({i["article_id"] for i in held}),
                          "macro_f1": m["macro_f1"], "accuracy": m["accuracy"],
                          "f1": {label: c["f1"] for label, c in m["per_class"].items()},
                          "by_source": {s: v["macro_f1"] for s, v in m.get("by_source", {}).items()},
                          "confusion_matrix": m["confusion_matrix"]})
            if not keep:
                shutil.rmtree(out, ignore_errors=True)
    finally:
        if not keep and not work_dir:
            shutil.rmtree(work, ignore_errors=True)
    f1 = np.array([f["macro_f1"] for f in folds])
    acc = np.array([f["accuracy"] for f in folds])
    sources = sorted({s for f in folds for s in f["by_source"]})
    by_source = {s: {"macro_f1_mean": float(np.mean([f["by_source"][s] for f in folds if s in f["by_source"]])),
                     "macro_f1_std": float(np.std([f["by_source"][s] for f in folds if s in f["by_source"]], ddof=1))}
                 for s in sources}
    return {"folds": folds, "k": k, "labels": labels, "items": len(pool), "by_source": by_source,
            "articles": len({i["article_id"] for i in pool}),
            "macro_f1_mean": float(f1.mean()), "macro_f1_std": float(f1.std(ddof=1)),
            "accuracy_mean": float(acc.mean()), "accuracy_std": float(acc.std(ddof=1)),
            "note": "train+dev only; the test split is not used. std is the sample standard deviation over folds."}


def render(r: dict) -> str:
    lines = [f"{r['k']}-fold cross-validation grouped by article on train+dev "
             f"({r['items']} items, {r['articles']} articles; test split untouched)"]
    for f in r["folds"]:
        lines.append(f"  fold {f['fold']}: macro-F1 {f['macro_f1']:.4f}  accuracy {f['accuracy']:.4f}  "
                     f"(train {f['train']}, dev {f['dev']}, held out {f['held_out']})")
    lines.append(f"macro-F1 {r['macro_f1_mean']:.4f} \u00b1 {r['macro_f1_std']:.4f}  "
                 f"accuracy {r['accuracy_mean']:.4f} \u00b1 {r['accuracy_std']:.4f}")
    return "\n".join(lines)


def _cli(args) -> int:
    from .config import load_config
    from .io import write_json

    if args.folds < 2:
        raise DataError([Problem("--folds", None, None, "must be at least 2")])
    cfg = load_config(args.config, args.overrides)
    r = cross_validate(cfg, args.folds, args.work_dir, keep=args.keep_checkpoints)
    print(render(r))
    if args.output:
        write_json(args.output, r)
    return 0


def register_cli(subparsers):
    p = subparsers.add_parser("cv", help="k-fold cross-validation grouped by article (train+dev only)",
                              description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--config", default="configs/default.yaml", help="YAML config (default %(default)s)")
    p.add_argument("--folds", type=int, default=5)
    p.add_argument("--output", metavar="JSON", help="per-fold figures, mean and std")
    p.add_argument("--work-dir", help="where fold checkpoints are trained (default: a temporary folder)")
    p.add_argument("--keep-checkpoints", action="store_true", help="keep each fold's checkpoint in --work-dir")
    p.add_argument("overrides", nargs="*", help="section.key=value, e.g. training.num_train_epochs=3")
    p.set_defaults(func=_cli)
    return p
