"""ONNX Runtime backend: a checkpoint exported once to ONNX (fp32, or dynamically quantised to int8) and a
classifier with ``StanceClassifier``'s interface on it.

Exports live in ``<checkpoint>/onnx/`` (``model.onnx``, ``model-int8.onnx``), each beside a ``.json`` record
of what it was made from: the SHA-256 of the checkpoint's config and weights, and the quantisation settings.
A missing file or a record that no longer matches (new weights, other settings) means the file is exported
again, with a one-line note on stderr. Files are written under a temporary name and renamed into place.
"""
from __future__ import annotations

import contextlib
import hashlib
import importlib
import io
import json
import logging
import os
import sys
import tempfile
import warnings
from pathlib import Path
from typing import Iterator

import numpy as np
import torch

from .encoding import encode
from .inference import DEFAULT_MODEL, BatchedClassifier, check_model_dir
from .io import write_json

EXPORT_DIR = "onnx"
INSTALL_HINT = 'pip install -e ".[onnx]"'
#: Settings of ``onnxruntime.quantization.quantize_dynamic`` for the int8 model; recorded with the export.
INT8_SETTINGS = {"weight_type": "QInt8", "per_channel": False}
#: Sample inputs for tracing (written for this module); two lengths so the batch and sequence axes stay dynamic.
_SAMPLE = [{"quote": "We are ready to talk.", "target": "Norway", "speaker": "Ana", "context": ""},
           {"quote": "We will not accept these terms, whatever they say.", "target": "Atlantis", "speaker": "Tomas",
            "context": "The minister spoke after the vote."}]


class BackendUnavailable(ImportError, ValueError):
    """An optional inference engine is not installed; the message says how to install it."""


def require(module: str):
    """Import ``module`` or raise BackendUnavailable with the install command."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise BackendUnavailable(f"the ONNX backends need the Python package {module}: {INSTALL_HINT}") from None


def checkpoint_sha256(path: Path) -> str:
    """SHA-256 over the names and bytes of the checkpoint's config.json and safetensors weight files."""
    digest = hashlib.sha256()
    for f in sorted([path / "config.json", *path.glob("model*.safetensors*")]):
        digest.update(f.name.encode("utf-8") + b"\0")
        with f.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    return digest.hexdigest()


def ensure_export(path: str | Path = DEFAULT_MODEL, int8: bool = False) -> Path:
    """The checkpoint's ONNX file (``int8``: the quantised one), exported first if missing or stale."""
    path = check_model_dir(path)
    return _ensure(path, checkpoint_sha256(path), int8)


def _ensure(path: Path, sha: str, int8: bool) -> Path:
    out = path / EXPORT_DIR / ("model-int8.onnx" if int8 else "model.onnx")
    record = {"source_sha256": sha, **({"quantization": INT8_SETTINGS} if int8 else {})}
    if out.exists() and _read_record(out) == record:
        return out
    source = _ensure(path, sha, False) if int8 else None
    print(f"exporting {path} to ONNX{' int8' if int8 else ''} (first use, or the weights changed): {out}",
          file=sys.stderr)
    try:
        with _quiet():
            if int8:
                _quantize(source, out)
            else:
                _export(path, out)
        write_json(_record_path(out), record)
    except PermissionError as e:
        raise PermissionError(f"cannot write the ONNX export into {out.parent} ({e.strerror}): "
                              f"copy the checkpoint folder somewhere writable and use that copy") from None
    return out


def _record_path(onnx_file: Path) -> Path:
    return onnx_file.with_name(onnx_file.name + ".json")


def _read_record(onnx_file: Path) -> dict | None:
    try:
        return json.loads(_record_path(onnx_file).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _export(path: Path, out: Path) -> None:
    """fp32 ONNX of the checkpoint's classifier, logits only, with dynamic batch and sequence axes."""
    require("onnx")
    require("onnxscript")  # the torch.export-based exporter translates with it
    from transformers import AutoModelForSequenceClassification

    model = AutoModelForSequenceClassification.from_pretrained(path, use_safetensors=True).float().eval()
    sample = _sample_inputs(BatchedClassifier(path))
    batch, seq = torch.export.Dim("batch"), torch.export.Dim("sequence")
    with _replacing(out) as tmp:
        torch.onnx.export(_Logits(model, list(sample)), tuple(sample.values()), tmp, dynamo=True,
                          external_data=False, verbose=False, input_names=list(sample), output_names=["logits"],
                          dynamic_shapes=(tuple({0: batch, 1: seq} for _ in sample),))


def _sample_inputs(clf: BatchedClassifier) -> dict[str, torch.Tensor]:
    """The tracing sample as the classifier encodes it (input name to tensor)."""
    enc = encode(clf.tokenizer, _SAMPLE, clf.input_parts, clf.max_length, padding=True, return_tensors="pt")
    return dict(enc)


class _Logits(torch.nn.Module):
    """The classifier called with positional inputs in a fixed order, returning only the logits."""

    def __init__(self, model, names: list[str]):
        super().__init__()
        self.model, self.names = model, names

    def forward(self, *inputs):
        return self.model(**dict(zip(self.names, inputs))).logits


def _quantize(source: Path, out: Path) -> None:
    """Dynamic int8 quantisation of ``source`` (weights int8, activations quantised at run time)."""
    require("onnxruntime")
    from onnxruntime.quantization import QuantType, quantize_dynamic

    with _replacing(out) as tmp:
        quantize_dynamic(source, tmp, weight_type=QuantType[INT8_SETTINGS["weight_type"]],
                         per_channel=INT8_SETTINGS["per_channel"])


@contextlib.contextmanager
def _replacing(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path`` to write to; renamed over ``path`` only when the block succeeds."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    try:
        yield Path(tmp)
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """Silence the exporter's and quantiser's progress lines, log records and warnings."""
    previous = logging.root.manager.disable
    logging.disable(logging.WARNING)
    try:
        with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
            warnings.simplefilter("ignore")
            yield
    finally:
        logging.disable(previous)


class OnnxStanceClassifier(BatchedClassifier):
    """``StanceClassifier`` on ONNX Runtime (CPU): the same encoder, batches, temperature and outputs."""

    def __init__(self, path: str | Path = DEFAULT_MODEL, batch_size: int = 32, int8: bool = False):
        ort = require("onnxruntime")
        super().__init__(path, batch_size)
        self.onnx_path = ensure_export(self.path, int8)
        options = ort.SessionOptions()
        options.intra_op_num_threads = torch.get_num_threads()     # the thread budget torch has (--workers splits it)
        self.session = ort.InferenceSession(str(self.onnx_path), options, providers=["CPUExecutionProvider"])
        self.input_names = [i.name for i in self.session.get_inputs()]

    def _forward(self, enc) -> np.ndarray:
        return self.session.run(["logits"], {name: enc[name] for name in self.input_names})[0]
