"""Scoring a model or a baseline on annotated items: METRICS.json and the misclassified rows."""
from __future__ import annotations

from typing import Sequence

import numpy as np

from .data import split_of
from .errors import DataError, Problem
from .io import write_json, write_jsonl
from .metrics import stance_metrics

PUBLIC_FIELDS = ("id", "article_id", "source", "quote", "target", "speaker")


def check_labels(items: Sequence[dict], labels: Sequence[str]) -> None:
    bad = [Problem(i["_file"], i["_line"], "label", f"{i['label']!r} is not one of the model's labels {list(labels)}")
           for i in items if i["label"] not in labels]
    if bad:
        raise DataError(bad)


def three_way(gold: Sequence[int], probs: np.ndarray, labels: Sequence[str], none_label: str = "none") -> dict | None:
    """Stance-only metrics: items whose gold label is a stance, predicted among the stance labels only."""
    if none_label not in labels:
        return None
    keep_cls = [k for k, name in enumerate(labels) if name != none_label]
    idx = [k for k, g in enumerate(gold) if g in keep_cls]
    if not idx:
        return None
    sub = probs[np.ix_(idx, keep_cls)]
    remap = {c: k for k, c in enumerate(keep_cls)}
    sub = sub / sub.sum(1, keepdims=True)
    return stance_metrics([remap[gold[k]] for k in idx], sub.argmax(-1), [labels[c] for c in keep_cls], probs=sub,
                          bootstrap=0)


def split_metrics(gold: Sequence[int], probs: np.ndarray, labels: Sequence[str], sources: Sequence[str],
                  seed: int = 0) -> dict:
    """4-way metrics over all items, the 3-way stance-only view, and both per source."""
    gold = list(map(int, gold))
    metrics = stance_metrics(gold, probs.argmax(-1), labels, probs=probs, seed=seed)
    metrics["three_way"] = three_way(gold, probs, labels)
    if len(set(sources)) > 1:
        metrics["by_source"] = {}
        for s in sorted(set(sources)):
            idx = [k for k, src in enumerate(sources) if src == s]
            sub = stance_metrics([gold[k] for k in idx], probs[idx].argmax(-1), labels, probs=probs[idx], bootstrap=0)
            sub["three_way"] = three_way([gold[k] for k in idx], probs[idx], labels)
            metrics["by_source"][s] = sub
    return metrics


def score(items: Sequence[dict], probs: np.ndarray, labels: Sequence[str], seed: int = 0) -> tuple[dict, list[dict]]:
    """Metrics (see ``split_metrics``) and the misclassified rows with their scores, most confident first."""
    gold = [labels.index(i["label"]) for i in items]
    pred = probs.argmax(-1)
    metrics = split_metrics(gold, probs, labels, [i["source"] for i in items], seed=seed)
    errors = []
    for k, item in enumerate(items):
        if pred[k] != gold[k]:
            row = {f: item.get(f) for f in PUBLIC_FIELDS}
            row.update(gold=labels[gold[k]], predicted=labels[pred[k]], confidence=round(float(probs[k].max()), 4),
                       scores={n: round(float(p), 4) for n, p in zip(labels, probs[k])})
            errors.append(row)
    errors.sort(key=lambda e: -e["confidence"])
    return metrics, errors


def select_split(items: Sequence[dict], split: str, dev_percent: int, test_percent: int) -> list[dict]:
    return [i for i in items if split_of(i["article_id"], dev_percent, test_percent) == split]


def write_results(metrics: dict, errors: list[dict], output: str | None, errors_path: str | None) -> None:
    if output:
        write_json(output, metrics)
    if errors_path:
        write_jsonl(errors_path, errors)
