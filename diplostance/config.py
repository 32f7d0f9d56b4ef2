"""Typed run configuration, filled from a YAML file plus ``section.key=value`` overrides.

Bad values and bad combinations are rejected with explicit messages; doubtful ones give warnings.
"""
from __future__ import annotations

import dataclasses
import typing
import warnings
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import UnionType
from typing import Any, Union

import yaml

INPUT_PARTS = ("target", "speaker", "quote", "context")


@dataclass
class ModelConfig:
    """Which encoder to fine-tune and how its input is built."""

    name_or_path: str = "sentence-transformers/all-MiniLM-L6-v2"
    """Hub id or local folder; known hub ids resolve to installed PyPI packages first (offline)."""
    input_parts: list[str] = field(default_factory=lambda: ["target", "quote", "context"])
    """Parts of an item fed to the model: any of target, speaker, quote, context (quote is required)."""
    max_length: int = 256
    """Tokens per input pair; the context is truncated first."""


@dataclass
class DataConfig:
    """Where the annotations are and how they are split."""

    train_files: list[str] = field(default_factory=lambda: ["data/annotations"])
    """Annotation JSONL files or folders (every ``*.jsonl`` inside), standoff or inline."""
    corpus: list[str] | None = None
    """Corpus JSONL files or folders for standoff items; default ``$DIPLOSTANCE_CORPUS`` or ``../shared/corpus``."""
    labels: list[str] | None = field(default_factory=lambda: ["conciliatory", "defiant", "threatening", "none"])
    """Label names in id order; ``null`` takes the sorted labels found in the data."""
    sources: list[str] | None = None
    """Keep only items of these sources (e.g. ``[voa, wikinews]``); ``null`` keeps all."""
    dev_percent: int = 15
    test_percent: int = 15
    """Split by a stable hash of ``article_id``: no article in two splits, new items never reshuffle old ones."""
    context_chars: int = 400
    """Characters of context kept on each side of the quote (bounded by its paragraph)."""
    impute_targets: bool = True
    """Give items without a target (label ``none``) the target the extractor would propose from the quote and its
    context, so the model sees at training time what article mode feeds it, instead of learning that an
    empty target means ``none``."""


@dataclass
class TrainConfig:
    """Optimisation; mapped onto ``transformers.TrainingArguments``."""

    output_dir: str = "checkpoints/run"
    seed: int = 42
    learning_rate: float = 5e-5
    num_train_epochs: float = 6
    per_device_train_batch_size: int = 16
    per_device_eval_batch_size: int = 64
    weight_decay: float = 0.01
    warmup_ratio: float = 0.1
    class_weighting: bool = True
    """Weight the loss by inverse class frequency in the training split."""
    early_stopping_patience: int = 2
    """Evaluations without dev macro-F1 improvement before stopping; 0 disables early stopping."""
    max_steps: int = -1
    """Stop after this many steps (>0), overriding epochs; for smoke tests."""
    push_to_hub: bool = False
    hub_model_id: str | None = None


@dataclass
class RunConfig:
    model: ModelConfig = field(default_factory=ModelConfig)
    data: DataConfig = field(default_factory=DataConfig)
    training: TrainConfig = field(default_factory=TrainConfig)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def validate(self) -> "RunConfig":
        m, d, t = self.model, self.data, self.training
        bad = [p for p in m.input_parts if p not in INPUT_PARTS]
        if bad:
            raise ValueError(f"model.input_parts: unknown part(s) {bad}; choose from {list(INPUT_PARTS)}")
        if "quote" not in m.input_parts:
            raise ValueError("model.input_parts must include 'quote'")
        if m.max_length < 16 or m.max_length > 512:
            raise ValueError(f"model.max_length={m.max_length}: must be within 16..512 for this encoder family")
        if not 0 <= d.dev_percent < 100 or not 0 <= d.test_percent < 100 or d.dev_percent + d.test_percent >= 100:
            raise ValueError("data.dev_percent and data.test_percent must be >= 0 and leave room for training")
        if d.labels is not None and (len(set(d.labels)) != len(d.labels) or len(d.labels) < 2):
            raise ValueError(f"data.labels={d.labels}: need at least two distinct names")
        if t.learning_rate <= 0 or t.learning_rate > 1e-2:
            raise ValueError(f"training.learning_rate={t.learning_rate}: expected a value in (0, 1e-2]")
        if t.push_to_hub and not t.hub_model_id:
            raise ValueError("training.push_to_hub needs training.hub_model_id")
        if t.early_stopping_patience and d.dev_percent == 0:
            raise ValueError("training.early_stopping_patience needs a dev split (data.dev_percent > 0)")
        if t.learning_rate > 2e-4:
            warnings.warn(f"training.learning_rate={t.learning_rate} is high for fine-tuning a transformer")
        if "context" in m.input_parts and m.max_length < 64:
            warnings.warn("model.max_length < 64 leaves little room for context")
        return self


def _typed(value: Any, hint: Any, key: str) -> Any:
    """Check a value against a field's type; numbers written as strings (YAML reads ``1e-3`` so) are converted."""
    kinds = [a for a in typing.get_args(hint) if a is not type(None)] if typing.get_origin(hint) in (Union, UnionType) else [hint]
    if value is None:
        if type(None) in typing.get_args(hint):
            return None
        raise ValueError(f"{key}: may not be null")
    for kind in kinds:
        base = typing.get_origin(kind) or kind
        if base is float and isinstance(value, (int, float, str)) and not isinstance(value, bool):
            try:
                return float(value)
            except ValueError:
                continue
        if base is int and isinstance(value, int) and not isinstance(value, bool):
            return value
        if base is list and isinstance(value, list):
            return [str(v) for v in value]
        if base in (str, bool) and isinstance(value, base):
            return value
    raise ValueError(f"{key}: {value!r} is not a valid {hint}")


def _fill(cls, values: dict, where: str):
    hints = typing.get_type_hints(cls)
    unknown = set(values) - set(hints)
    if unknown:
        raise ValueError(f"{where}: unknown key(s) {sorted(unknown)}; known: {sorted(hints)}")
    return cls(**{k: _typed(v, hints[k], f"{where}.{k}") for k, v in values.items()})


def _safe_yaml(text: str, where: str) -> Any:
    """``yaml.safe_load``: plain data only; a Python object tag or bad syntax is a ValueError naming ``where``."""
    try:
        return yaml.safe_load(text)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = f":{mark.line + 1}" if mark is not None else ""
        tag = " (only plain YAML data is accepted; Python object tags are refused)" if "python/" in str(e) else ""
        raise ValueError(f"{where}{line}: invalid YAML: {e.problem or e.context}{tag}") from None
    except yaml.YAMLError as e:
        raise ValueError(f"{where}: invalid YAML: {e}") from None


def load_config(path: str | Path | None = None, overrides: list[str] | None = None) -> RunConfig:
    """Read a YAML config (safe loader) and apply ``section.key=value`` overrides."""
    raw: dict[str, dict] = {}
    if path:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except FileNotFoundError:
            raise
        except (OSError, UnicodeDecodeError) as e:
            raise ValueError(f"{path}: cannot read the config ({e})") from None
        raw = _safe_yaml(text, str(path)) or {}
        if not isinstance(raw, dict):
            raise ValueError(f"{path}: a config is a mapping of sections (model, data, training)")
    for item in overrides or []:
        key, sep, value = item.partition("=")
        section, dot, name = key.partition(".")
        if not sep or not dot:
            raise ValueError(f"override {item!r}: expected section.key=value, e.g. training.seed=7")
        if not isinstance(raw.setdefault(section, {}), dict):
            raise ValueError(f"{path or 'config'}: section {section!r} must be a mapping")
        raw[section][name] = _safe_yaml(value, f"override {item!r}")
    unknown = set(raw) - {"model", "data", "training"}
    if unknown:
        raise ValueError(f"{path or 'config'}: unknown section(s) {sorted(unknown)}; use model, data, training")
    cfg = RunConfig(
        model=_fill(ModelConfig, raw.get("model") or {}, "model"),
        data=_fill(DataConfig, raw.get("data") or {}, "data"),
        training=_fill(TrainConfig, raw.get("training") or {}, "training"),
    )
    return cfg.validate()


def save_config(cfg: RunConfig, path: str | Path) -> None:
    from .io import atomic_open

    with atomic_open(path) as f:
        yaml.safe_dump(cfg.to_dict(), f, sort_keys=False)


def replace(cfg: RunConfig, **sections: dict) -> RunConfig:
    """A copy of ``cfg`` with some keys of some sections changed, e.g. ``replace(cfg, training={"seed": 1})``."""
    parts = {name: dataclasses.replace(getattr(cfg, name), **vals) for name, vals in sections.items()}
    return dataclasses.replace(cfg, **parts).validate()
