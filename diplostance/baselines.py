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


LABEL_DESCRIPTIONS = {
    "conciliatory": "friendly words, praise, thanks, reassurance, an offer to talk, negotiate, cooperate or help",
    "defiant": "rejection, refusal, denial, condemnation, accusation or blame; insisting on going ahead anyway",
    "threatening": "a warning of retaliation, force, sanctions, tariffs or other consequences; an ultimatum",
    "none": "a neutral factual statement with no attitude toward another country",
}


class ZeroShotBaseline:
    """Cosine similarity between the quote and a short description of each label, in the base MiniLM
    sentence-embedding space (mean pooling, as sentence-transformers does); no training."""

    def __init__(self, model: str = "sentence-transformers/all-MiniLM-L6-v2", scale: float = 20.0):
        self.model_name, self.scale = model, scale

    def fit(self, items: Sequence[dict], labels: Sequence[str]) -> "ZeroShotBaseline":
        missing = [name for name in labels if name not in LABEL_DESCRIPTIONS]
        if missing:
            raise ValueError(f"zero-shot baseline: no description for label(s) {missing}")
        from transformers import AutoModel, AutoTokenizer

        from .models import resolve_model

        path = resolve_model(self.model_name)
        self.tokenizer = AutoTokenizer.from_pretrained(path)
        self.encoder = AutoModel.from_pretrained(path, use_safetensors=True).eval()
        self.labels = list(labels)
        self.prototypes = self._embed([LABEL_DESCRIPTIONS[name] for name in labels])
        return self

    def _embed(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        import torch

        out = []
        with torch.inference_mode():
            for b in range(0, len(texts), batch_size):
                enc = self.tokenizer(list(texts[b:b + batch_size]), padding=True, truncation=True, max_length=128,
                                     return_tensors="pt")
                hidden = self.encoder(**enc).last_hidden_state
                mask = enc["attention_mask"].unsqueeze(-1).float()
                vec = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                out.append(torch.nn.functional.normalize(vec, dim=-1).numpy())
        return np.concatenate(out) if out else np.zeros((0, self.prototypes.shape[1]))

    def predict_proba(self, items: Sequence[dict]) -> np.ndarray:
        sims = self._embed([" ".join(i["quote"].split()) for i in items]) @ self.prototypes.T * self.scale
        e = np.exp(sims - sims.max(1, keepdims=True))
        return e / e.sum(1, keepdims=True)


BASELINES = {"majority": MajorityBaseline, "tfidf": TfidfBaseline, "zeroshot": ZeroShotBaseline}
