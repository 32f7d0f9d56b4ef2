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


def score(items: Sequence[dict], probs: np.ndarray, labels: Sequence[str], seed: int = 0) -> tuple[dict, list[dict]]:
    """Metrics over all items plus per source; and the misclassified rows with their scores."""
    gold = [labels.index(i["label"]) for i in items]
    pred = probs.argmax(-1)
    metrics = stance_metrics(gold, pred, labels, probs=probs, seed=seed)
    sources = sorted({i["source"] for i in items})
    if len(sources) > 1:
        metrics["by_source"] = {}
        for s in sources:
            idx = [k for k, i in enumerate(items) if i["source"] == s]
            metrics["by_source"][s] = stance_metrics([gold[k] for k in idx], pred[idx], labels,
                                                     probs=probs[idx], bootstrap=0)
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
