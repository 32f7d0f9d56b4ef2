"""Classification metrics computed locally with scikit-learn: hub metrics such as ``evaluate.load("f1")``
need the network, so this module is the project's evaluation metric (``stance_metrics``)."""
from __future__ import annotations

from typing import Sequence

import numpy as np
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, precision_recall_fscore_support


def macro_f1(y_true: Sequence[int], y_pred: Sequence[int]) -> float:
    """Macro-F1 over the classes present in the gold labels or the predictions."""
    present = sorted(set(y_true) | set(y_pred))
    return float(f1_score(y_true, y_pred, labels=present, average="macro", zero_division=0))


def bootstrap_interval(y_true: Sequence[int], y_pred: Sequence[int], n: int = 1000, seed: int = 0,
                       level: float = 0.95) -> tuple[float, float]:
    """Percentile bootstrap interval of macro-F1 over items."""
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    rng = np.random.default_rng(seed)
    scores = [macro_f1(y_true[idx], y_pred[idx]) for idx in rng.integers(0, len(y_true), (n, len(y_true)))]
    lo, hi = np.percentile(scores, [(1 - level) / 2 * 100, (1 + level) / 2 * 100])
    return float(lo), float(hi)


def expected_calibration_error(probs: np.ndarray, y_true: Sequence[int], bins: int = 15) -> float:
    """ECE of the top-label confidence over equal-width bins."""
    probs = np.asarray(probs, dtype=float)
    conf, pred = probs.max(axis=1), probs.argmax(axis=1)
    correct = pred == np.asarray(y_true)
    edges = np.linspace(0.0, 1.0, bins + 1)
    ece = 0.0
    for lo, hi in zip(edges[:-1], edges[1:]):
        mask = (conf > lo) & (conf <= hi)
        if mask.any():
            ece += mask.mean() * abs(correct[mask].mean() - conf[mask].mean())
    return float(ece)


def stance_metrics(y_true: Sequence[int], y_pred: Sequence[int], labels: Sequence[str],
                   probs: np.ndarray | None = None, bootstrap: int = 1000, seed: int = 0) -> dict:
    """macro_f1, accuracy, per_class, confusion_matrix (rows gold, columns predicted, in ``labels`` order),
    labels, n; with ``bootstrap`` > 0 a 95% interval of macro-F1; with ``probs`` the ECE."""
    y_true, y_pred = list(map(int, y_true)), list(map(int, y_pred))
    ids = list(range(len(labels)))
    p, r, f, s = precision_recall_fscore_support(y_true, y_pred, labels=ids, zero_division=0)
    out = {
        "macro_f1": macro_f1(y_true, y_pred),
        "accuracy": float(accuracy_score(y_true, y_pred)),
        "per_class": {labels[i]: {"precision": float(p[i]), "recall": float(r[i]), "f1": float(f[i]),
                                  "support": int(s[i])} for i in ids},
        "confusion_matrix": confusion_matrix(y_true, y_pred, labels=ids).tolist(),
        "labels": list(labels),
        "n": len(y_true),
    }
    if bootstrap and y_true:
        out["macro_f1_ci95"] = list(bootstrap_interval(y_true, y_pred, n=bootstrap, seed=seed))
    if probs is not None and y_true:
        out["ece"] = expected_calibration_error(probs, y_true)
    return out
