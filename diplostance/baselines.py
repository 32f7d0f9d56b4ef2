"""Baselines evaluated through the same path as the model: majority class and TF-IDF + logistic regression."""
from __future__ import annotations

from typing import Sequence

import numpy as np

from .encoding import text_pair


def _text(item: dict, parts: Sequence[str]) -> str:
    first, second = text_pair(item, parts)
    return f"{first} {second}" if first else second


class MajorityBaseline:
    """Always the most frequent training label."""

    def fit(self, items: Sequence[dict], labels: Sequence[str]) -> "MajorityBaseline":
        counts = np.bincount([labels.index(i["label"]) for i in items], minlength=len(labels))
        self.probs = counts / counts.sum()
        return self

    def predict_proba(self, items: Sequence[dict]) -> np.ndarray:
        return np.tile(np.eye(len(self.probs))[self.probs.argmax()], (len(items), 1))


class TfidfBaseline:
    """Word 1-2 gram TF-IDF of the quote (and target) with class-balanced logistic regression."""

    def __init__(self, parts: Sequence[str] = ("target", "quote"), seed: int = 0):
        self.parts, self.seed = parts, seed

    def fit(self, items: Sequence[dict], labels: Sequence[str]) -> "TfidfBaseline":
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline

        self.labels = list(labels)
        y = [self.labels.index(i["label"]) for i in items]
        self.model = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True),
                                   LogisticRegression(max_iter=2000, class_weight="balanced", random_state=self.seed))
        self.model.fit([_text(i, self.parts) for i in items], y)
        return self

    def predict_proba(self, items: Sequence[dict]) -> np.ndarray:
        probs = np.zeros((len(items), len(self.labels)))
        probs[:, self.model.classes_] = self.model.predict_proba([_text(i, self.parts) for i in items])
        return probs


BASELINES = {"majority": MajorityBaseline, "tfidf": TfidfBaseline}
