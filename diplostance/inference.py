"""Loading a checkpoint and classifying items, in length-sorted batches."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

import numpy as np
import torch

from .encoding import encode

DEFAULT_MODEL = Path(__file__).resolve().parents[1] / "checkpoints" / "diplostance-minilm"


class ModelNotFound(FileNotFoundError):
    """No usable checkpoint at the given path; the message says how to get one."""


def check_model_dir(path: str | Path) -> Path:
    """A usable checkpoint folder, or a ModelNotFound that says how to get one."""
    path = Path(path)
    if not (path / "config.json").exists():
        raise ModelNotFound(
            f"no model at {path}: train one with `python train.py --config configs/default.yaml` "
            f"(it writes checkpoints/run) and pass --model checkpoints/run, or point --model at a checkpoint folder")
    if not ((path / "model.safetensors").exists() or (path / "model.safetensors.index.json").exists()):
        pickles = sorted(f.name for f in path.iterdir() if f.suffix in (".bin", ".pt", ".pth", ".pkl", ".ckpt"))
        found = f" (found {', '.join(pickles)}: pickle files are never loaded, they can run code)" if pickles else ""
        raise ModelNotFound(f"{path}: no model.safetensors weights{found}; only safetensors checkpoints are loaded "
                            f"(convert with `save_pretrained(..., safe_serialization=True)` where you trust the file)")
    return path


class StanceClassifier:
    """A fine-tuned checkpoint plus the input format stored in its config (``config.diplostance``)."""

    def __init__(self, path: str | Path = DEFAULT_MODEL, batch_size: int = 32, device: str | None = None):
        from transformers import AutoModelForSequenceClassification, AutoTokenizer

        path = check_model_dir(path)
        self.tokenizer = AutoTokenizer.from_pretrained(path)
        self.model = AutoModelForSequenceClassification.from_pretrained(path, use_safetensors=True)
        self.device = torch.device(device or ("cuda" if torch.cuda.is_available() else "cpu"))
        self.model.to(self.device).eval()
        fmt = getattr(self.model.config, "diplostance", None) or {}
        self.input_parts = fmt.get("input_parts", ["target", "quote", "context"])
        self.max_length = int(fmt.get("max_length", 256))
        self.temperature = float(fmt.get("temperature", 1.0))
        cfg = self.model.config
        self.labels = [cfg.id2label[i] for i in range(cfg.num_labels)]
        self.batch_size = batch_size

    def logits(self, items: Sequence[dict]) -> np.ndarray:
        """Raw logits, one row per item, in input order (batches sorted by length for speed)."""
        out = np.zeros((len(items), len(self.labels)), dtype=np.float32)
        order = sorted(range(len(items)), key=lambda i: len(items[i]["quote"]) + len(items[i].get("context") or ""))
        with torch.inference_mode():
            for b in range(0, len(order), self.batch_size):
                idx = order[b:b + self.batch_size]
                enc = encode(self.tokenizer, [items[i] for i in idx], self.input_parts, self.max_length,
                             padding=True, return_tensors="pt").to(self.device)
                out[idx] = self.model(**enc).logits.float().cpu().numpy()
        return out

    def probabilities(self, items: Sequence[dict]) -> np.ndarray:
        """Calibrated probabilities: softmax of logits divided by the stored temperature."""
        return torch.softmax(torch.from_numpy(self.logits(items)) / self.temperature, -1).numpy()

    def predict(self, items: Sequence[dict], min_confidence: float = 0.0) -> list[dict]:
        """``{"label", "scores"}`` per item; below ``min_confidence`` the label is ``uncertain``."""
        probs = self.probabilities(items) if items else np.zeros((0, len(self.labels)))
        out = []
        for row in probs:
            best = int(row.argmax())
            label = self.labels[best] if row[best] >= min_confidence else "uncertain"
            out.append({"label": label, "scores": {n: round(float(p), 6) for n, p in zip(self.labels, row)}})
        return out
