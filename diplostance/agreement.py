"""Inter-annotator agreement: Cohen's kappa for pairs, Krippendorff's alpha (nominal) for any number of
annotators, per-class specific agreement, and the confusion between two annotators."""
from __future__ import annotations

from collections import Counter
from itertools import combinations
from typing import Mapping, Sequence

from sklearn.metrics import cohen_kappa_score, confusion_matrix


def shared_items(a: Mapping[str, str], b: Mapping[str, str]) -> list[str]:
    return sorted(set(a) & set(b))


def cohen_kappa(a: Mapping[str, str], b: Mapping[str, str]) -> float:
    """Kappa over the items both annotators labelled (``item id -> label``)."""
    ids = shared_items(a, b)
    return float(cohen_kappa_score([a[i] for i in ids], [b[i] for i in ids])) if ids else float("nan")


def per_class(a: Mapping[str, str], b: Mapping[str, str], labels: Sequence[str]) -> dict[str, dict]:
    """For each label: specific agreement ``2 * both / (count_a + count_b)`` and kappa of label-vs-rest."""
    ids = shared_items(a, b)
    out = {}
    for label in labels:
        xa = [a[i] == label for i in ids]
        xb = [b[i] == label for i in ids]
        both, na, nb = sum(x and y for x, y in zip(xa, xb)), sum(xa), sum(xb)
        kappa = float(cohen_kappa_score(xa, xb)) if len(set(xa) | set(xb)) > 1 else float("nan")
        out[label] = {"specific_agreement": 2 * both / (na + nb) if na + nb else float("nan"),
                      "kappa": kappa, "count_a": na, "count_b": nb}
    return out


def krippendorff_alpha(annotations: Sequence[Mapping[str, str]]) -> float:
    """Nominal Krippendorff's alpha; items labelled by fewer than two annotators are ignored."""
    units: dict[str, list[str]] = {}
    for ann in annotations:
        for item, label in ann.items():
            units.setdefault(item, []).append(label)
    coincidence: Counter = Counter()
    for values in units.values():
        m = len(values)
        if m < 2:
            continue
        for i, j in combinations(range(m), 2):
            coincidence[(values[i], values[j])] += 1 / (m - 1)
            coincidence[(values[j], values[i])] += 1 / (m - 1)
    n_c: Counter = Counter()
    for (c, _), v in coincidence.items():
        n_c[c] += v
    n = sum(n_c.values())
    if n <= 1:
        return float("nan")
    observed = sum(v for (c, k), v in coincidence.items() if c != k)
    expected = sum(n_c[c] * n_c[k] for c in n_c for k in n_c if c != k) / (n - 1)
    return 1.0 if expected == 0 else float(1 - observed / expected)


def report(annotators: Mapping[str, Mapping[str, str]], labels: Sequence[str] | None = None) -> dict:
    """Pairwise kappa, per-class agreement and confusion; alpha over all annotators."""
    names = list(annotators)
    labels = list(labels or sorted({v for ann in annotators.values() for v in ann.values()}))
    pairs = {}
    for x, y in combinations(names, 2):
        a, b = annotators[x], annotators[y]
        ids = shared_items(a, b)
        pairs[f"{x} vs {y}"] = {
            "n": len(ids),
            "observed_agreement": sum(a[i] == b[i] for i in ids) / len(ids) if ids else float("nan"),
            "cohen_kappa": cohen_kappa(a, b),
            "per_class": per_class(a, b, labels),
            "confusion": {"labels": labels, "rows": x, "columns": y,
                          "matrix": confusion_matrix([a[i] for i in ids], [b[i] for i in ids],
                                                     labels=labels).tolist() if ids else []},
        }
    return {"annotators": names, "labels": labels, "pairs": pairs,
            "krippendorff_alpha": krippendorff_alpha(list(annotators.values()))}
