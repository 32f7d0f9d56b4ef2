"""Input-format and training-data ablation by 5-fold cross-validation grouped by article on train+dev
(the test split is never used).

  python experiments/ablation.py --output experiments/ablation.json

Fine-tuning MiniLM once per fold and setting costs hours on two CPU cores, so the settings are compared
with a linear probe: every item is encoded exactly as the classifier would see it
(``diplostance.encoding.text_pair``), embedded with the frozen base MiniLM (mean pooling), and a
class-balanced logistic regression is cross-validated on the embeddings. The probe ranks how much
information each input format carries; `python -m diplostance cv` runs the fine-tuned equivalent for
anyone with the compute. Prints a markdown table of mean +- std macro-F1 per setting and source.
"""
from __future__ import annotations

import argparse
import time

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from diplostance.baselines import ZeroShotBaseline
from diplostance.config import load_config
from diplostance.data import group_of, load_config_items, split_of
from diplostance.encoding import text_pair
from diplostance.io import write_json
from diplostance.metrics import macro_f1

FORMATS = {
    "quote": ["quote"],
    "target+quote": ["target", "quote"],
    "target+quote+context": ["target", "quote", "context"],
    "target+speaker+quote+context": ["target", "speaker", "quote", "context"],
}
NEWS = ("voa", "wikinews")


def embed(encoder: ZeroShotBaseline, items: list[dict], parts: list[str]) -> np.ndarray:
    texts = []
    for it in items:
        first, second = text_pair(it, parts)
        texts.append(f"{first}. {second}" if first else second)
    return encoder._embed(texts)


def cross_validate(x: np.ndarray, y: np.ndarray, groups: list[str], sources: np.ndarray, train_mask: np.ndarray,
                   folds: int, seed: int) -> dict:
    """Folds over all items; models fit on the fold's training items allowed by ``train_mask``."""
    scores: dict[str, list[float]] = {"all": [], "news": [], "unscon": []}
    for fit_idx, held_idx in GroupKFold(n_splits=folds).split(x, y, groups):
        fit_idx = fit_idx[train_mask[fit_idx]]
        clf = LogisticRegression(max_iter=3000, class_weight="balanced", C=1.0, random_state=seed)
        clf.fit(x[fit_idx], y[fit_idx])
        pred = clf.predict(x[held_idx])
        scores["all"].append(macro_f1(y[held_idx], pred))
        for name, mask in (("news", np.isin(sources[held_idx], NEWS)), ("unscon", sources[held_idx] == "unscon")):
            if mask.any():
                scores[name].append(macro_f1(y[held_idx][mask], pred[mask]))
    return {k: {"mean": float(np.mean(v)), "std": float(np.std(v, ddof=1))} for k, v in scores.items() if v}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--config", default="configs/default.yaml")
    p.add_argument("--folds", type=int, default=5)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--output", default="experiments/ablation.json")
    args = p.parse_args()
    cfg = load_config(args.config)
    d = cfg.data
    items = [i for i in load_config_items(d) if split_of(i["article_id"], d.dev_percent, d.test_percent) != "test"]
    labels = d.labels
    y = np.array([labels.index(i["label"]) for i in items])
    groups = [group_of(i["article_id"]) for i in items]
    sources = np.array([i["source"] for i in items])
    encoder = ZeroShotBaseline().fit([], labels)
    results, rows = {}, []
    everything = np.ones(len(items), dtype=bool)
    for name, parts in FORMATS.items():
        start = time.time()
        x = embed(encoder, items, parts)
        settings = {name: everything}
        if name == "target+quote+context":
            settings[f"{name}, trained on news only"] = np.isin(sources, NEWS)
        for setting, mask in settings.items():
            r = cross_validate(x, y, groups, sources, mask, args.folds, args.seed)
            r["seconds"] = time.time() - start
            results[setting] = r
            rows.append(f"| {setting} | " + " | ".join(
                f"{r[k]['mean']:.3f} ± {r[k]['std']:.3f}" for k in ("all", "news", "unscon")) + " |")
            print(rows[-1], flush=True)
    write_json(args.output, {"method": "linear probe on frozen MiniLM embeddings, GroupKFold by article",
                             "folds": args.folds, "items": len(items), "results": results})
    print("| setting | macro-F1 all | news | UN speeches |\n|---|---|---|---|\n" + "\n".join(rows))


if __name__ == "__main__":
    main()
