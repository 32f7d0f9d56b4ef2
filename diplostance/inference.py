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


class BatchedClassifier:
    """What every inference engine shares: the input format stored in the checkpoint's config
    (``config.diplostance``), its labels and temperature, and length-sorted batches. Subclasses implement
    ``_forward`` (a batch of encoded inputs as numpy arrays to a logits array)."""

    def __init__(self, path: str | Path = DEFAULT_MODEL, batch_size: int = 32):
        from transformers import AutoConfig, AutoTokenizer

        self.path = check_model_dir(path)
        self.tokenizer = AutoTokenizer.from_pretrained(self.path)
        cfg = AutoConfig.from_pretrained(self.path)
        fmt = getattr(cfg, "diplostance", None) or {}
        self.input_parts = fmt.get("input_parts", ["target", "quote", "context"])
        self.max_length = int(fmt.get("max_length", 256))
        self.temperature = float(fmt.get("temperature", 1.0))
        self.labels = [cfg.id2label[i] for i in range(cfg.num_labels)]
        self.batch_size = batch_size

    def _forward(self, enc) -> np.ndarray:
        """Logits for one encoded batch (a mapping of input name to numpy array)."""
        raise NotImplementedError

    def logits(self, items: Sequence[dict]) -> np.ndarray:
        """Raw logits, one row per item, in input order (batches sorted by length for speed)."""
        out = np.zeros((len(items), len(self.labels)), dtype=np.float32)
        order = sorted(range(len(items)), key=lambda i: len(items[i]["quote"]) + len(items[i].get("context") or ""))
        for b in range(0, len(order), self.batch_size):
            idx = order[b:b + self.batch_size]
            enc = encode(self.tokenizer, [items[i] for i in idx], self.input_parts, self.max_length,
                         padding=True, return_tensors="np")
            out[idx] = self._forward(enc)
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


class StanceClassifier(BatchedClassifier):
    """A fine-tuned checkpoint on PyTorch (CUDA when available)."""

    def __init__(self, path: str | Path = DEFAULT_MODEL, batch_size: int = 32, device: str | None = None):
        from transformers import AutoModelForSequenceClassification

        super().__init__(path, batch_size)
        self.model = AutoModelForSequenceClassification.from_pretrained(self.path, use_safetensors=True)
        self.device = torch.device(device or ("cuda" if torch.cuda.is_available() else "cpu"))
        self.model.to(self.device).eval()

    def _forward(self, enc) -> np.ndarray:
        with torch.inference_mode():
            inputs = {k: torch.from_numpy(v).to(self.device) for k, v in enc.items()}
            return self.model(**inputs).logits.float().cpu().numpy()


#: Inference engines ``load_classifier`` knows.
BACKENDS = ("torch", "onnx", "onnx-int8")


def load_classifier(path: str | Path = DEFAULT_MODEL, batch_size: int = 32, backend: str = "torch"):
    """A classifier for ``path`` on the given engine; all share ``predict``/``probabilities``/``logits``.
    ``onnx`` and ``onnx-int8`` run on ONNX Runtime (see ``diplostance.onnxrt``)."""
    if backend == "torch":
        return StanceClassifier(path, batch_size=batch_size)
    if backend in ("onnx", "onnx-int8"):
        from .onnxrt import OnnxStanceClassifier

        return OnnxStanceClassifier(path, batch_size=batch_size, int8=backend == "onnx-int8")
    raise ValueError(f"unknown backend {backend!r}; choose one of {', '.join(BACKENDS)}")
