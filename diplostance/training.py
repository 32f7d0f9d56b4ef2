"""Fine-tuning with the Hugging Face Trainer: class-weighted loss, early stopping on dev macro-F1, fixed seeds.

``train(cfg)`` writes a self-contained checkpoint folder: safetensors weights, tokenizer, ``config.json`` with
real ``id2label`` and the input format, the resolved ``training_config.yaml``, ``metrics.json`` and a model
card ``README.md`` built from the run.
"""
from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path

import numpy as np
import torch

from .config import RunConfig, save_config
from .data import counts, load_config_items, resolve_labels, to_dataset_dict
from .encoding import encode
from .io import atomic_open, write_json
from .calibration import fit_temperature
from .evaluation import split_metrics
from .metrics import expected_calibration_error, stance_metrics
from .modelcard import build_model_card
from .models import resolve_model
from .versions import library_versions

logger = logging.getLogger(__name__)


def class_weights(label_ids: list[int], num_labels: int) -> torch.Tensor:
    """Inverse-frequency weights ``n / (k * count)``; a class absent from training gets weight 1."""
    cnt = np.bincount(label_ids, minlength=num_labels).astype(float)
    w = np.where(cnt > 0, len(label_ids) / (num_labels * np.maximum(cnt, 1)), 1.0)
    return torch.tensor(w, dtype=torch.float)


def load_run_data(cfg: RunConfig):
    """Items of the configured files and sources, the label list, and the article-grouped DatasetDict."""
    d = cfg.data
    items = load_config_items(d)
    if not items:
        raise ValueError(f"no items in {d.train_files} (sources={d.sources})")
    labels = resolve_labels(items, d.labels)
    return items, labels, to_dataset_dict(items, labels, d.dev_percent, d.test_percent)


def _predict(trainer, dataset) -> tuple[np.ndarray, np.ndarray]:
    out = trainer.predict(dataset)
    logits = out.predictions[0] if isinstance(out.predictions, tuple) else out.predictions
    return logits, out.label_ids


def base_model(name_or_path: str, labels: list[str]):
    """A sequence classifier on the base encoder with the run's ``id2label``/``label2id``."""
    from transformers import AutoModelForSequenceClassification

    return AutoModelForSequenceClassification.from_pretrained(
        resolve_model(name_or_path), num_labels=len(labels), id2label=dict(enumerate(labels)),
        label2id={name: i for i, name in enumerate(labels)}, use_safetensors=True)


def encode_splits(dsd, tokenizer, m):
    """The DatasetDict tokenized with the shared input encoder; only ``label`` and the model inputs are kept."""
    def tokenize(batch):
        rows = [dict(zip(batch, vals)) for vals in zip(*batch.values())]
        return encode(tokenizer, rows, m.input_parts, m.max_length)

    keep = ["label"]
    return dsd.map(tokenize, batched=True, remove_columns=[c for c in dsd["train"].column_names if c not in keep])


def make_trainer(cfg: RunConfig, labels: list[str], enc, tokenizer, weights, work: Path, model=None, model_init=None):
    """The run's Trainer: class-weighted loss, dev macro-F1 per epoch, early stopping (``train`` and hpsearch)."""
    from transformers import DataCollatorWithPadding, EarlyStoppingCallback, Trainer, TrainingArguments

    t = cfg.training
    has_dev = len(enc["dev"]) > 0
    args = TrainingArguments(
        output_dir=str(work), seed=t.seed, data_seed=t.seed, learning_rate=t.learning_rate,
        num_train_epochs=t.num_train_epochs, max_steps=t.max_steps,
        per_device_train_batch_size=t.per_device_train_batch_size,
        per_device_eval_batch_size=t.per_device_eval_batch_size, weight_decay=t.weight_decay,
        warmup_steps=t.warmup_ratio, eval_strategy="epoch" if has_dev else "no",
        save_strategy="epoch" if has_dev else "no", load_best_model_at_end=has_dev,
        metric_for_best_model="macro_f1", greater_is_better=True, save_total_limit=2,
        save_only_model=True, optim="adamw_torch", logging_steps=20,  # the fused default is slower on CPU
        report_to=[], disable_tqdm=True, use_cpu=not torch.cuda.is_available(),
        push_to_hub=False)

    def compute(p):
        logits = p.predictions[0] if isinstance(p.predictions, tuple) else p.predictions
        return {"macro_f1": stance_metrics(p.label_ids, logits.argmax(-1), labels, bootstrap=0)["macro_f1"]}

    class WeightedTrainer(Trainer):
        def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
            gold = inputs.pop("labels")
            outputs = model(**inputs)
            w = weights.to(outputs.logits.device) if weights is not None else None
            loss = torch.nn.functional.cross_entropy(outputs.logits, gold, weight=w)
            return (loss, outputs) if return_outputs else loss

    callbacks = [EarlyStoppingCallback(t.early_stopping_patience)] if has_dev and t.early_stopping_patience else []
    return WeightedTrainer(model=model, model_init=model_init, args=args, train_dataset=enc["train"],
                           eval_dataset=enc["dev"] if has_dev else None, processing_class=tokenizer,
                           data_collator=DataCollatorWithPadding(tokenizer), compute_metrics=compute,
                           callbacks=callbacks)


def _replace_dir(new: Path, dest: Path) -> None:
    """Rename the finished folder ``new`` to ``dest``; an existing ``dest`` is moved aside first, then deleted."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(new, 0o777 & ~umask)  # mkdtemp makes 0700 folders
    old = None
    if dest.exists():
        old = dest.with_name(f".{dest.name}.old-{os.getpid()}")
        shutil.rmtree(old, ignore_errors=True)
        os.replace(dest, old)
    os.replace(new, dest)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _process_state():
    """accelerate's process state (the process group the Trainer uses); a single process outside a launcher."""
    from accelerate import PartialState

    return PartialState(cpu=not torch.cuda.is_available())


def _broadcast(objects: list) -> list:
    """``objects`` as the main process has them, on every process (unchanged in a single process)."""
    from accelerate.utils import broadcast_object_list

    return broadcast_object_list(objects)


def train(cfg: RunConfig, data: tuple | None = None) -> Path:
    """Train, evaluate on dev and test, and save the checkpoint folder; returns its path.

    ``data``, an ``(items, labels, DatasetDict)`` triple like ``load_run_data``'s, replaces the configured
    files and split (cross-validation folds).
    """
    from transformers import AutoTokenizer, set_seed

    m, t = cfg.model, cfg.training
    set_seed(t.seed)
    items, labels, dsd = data or load_run_data(cfg)
    if len(dsd["train"]) == 0:
        raise ValueError("the training split is empty; add data or lower data.dev_percent/test_percent")
    tokenizer = AutoTokenizer.from_pretrained(resolve_model(m.name_or_path))
    model = base_model(m.name_or_path, labels)
    enc = encode_splits(dsd, tokenizer, m)
    weights = class_weights(list(dsd["train"]["label"]), len(labels)) if t.class_weighting else None

    out_dir = Path(t.output_dir)
    # Everything is written into a hidden staging folder beside out_dir and renamed into place at the end, so an
    # interrupted run never leaves a half-written checkpoint (and never damages the one already at out_dir).
    # Distributed (accelerate launch / torchrun): the Trainer's process group is set up first; the main process
    # makes the one staging folder and shares its path (every process must see the same Trainer output_dir to
    # load the best checkpoint), and only it writes the checkpoint files. One process: `main` is true.
    state = _process_state()
    main = state.is_main_process
    staging = [None]
    if main:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        staging = [tempfile.mkdtemp(prefix=f".{out_dir.name}.", suffix=".tmp", dir=out_dir.parent)]
    staging = Path(_broadcast(staging)[0])
    try:
        work = staging / "_trainer"
        trainer = make_trainer(cfg, labels, enc, tokenizer, weights, work, model=model)
        trainer.train()

        metrics = {"labels": labels, "data": counts(items, cfg.data.dev_percent, cfg.data.test_percent),
                   "versions": library_versions()}
        logits = {s: _predict(trainer, enc[s]) for s in ("dev", "test") if len(enc[s])}
        temperature = fit_temperature(*logits["dev"]) if "dev" in logits else 1.0
        metrics["temperature"] = temperature
        for split, (raw, gold) in logits.items():
            probs = torch.softmax(torch.tensor(raw) / temperature, -1).numpy()
            metrics[split] = split_metrics(gold, probs, labels, dsd[split]["source"], seed=t.seed)
            metrics[split]["ece_uncalibrated"] = expected_calibration_error(torch.softmax(torch.tensor(raw), -1).numpy(), gold)
        model = trainer.model
        model.config.diplostance = {"input_parts": list(m.input_parts), "max_length": m.max_length,
                                    "temperature": temperature, "base_model": m.name_or_path}
        if main:  # distributed: the other processes computed the same metrics, and write nothing
            model.save_pretrained(staging, safe_serialization=True)
            tokenizer.save_pretrained(staging)
            save_config(cfg, staging / "training_config.yaml")
            write_json(staging / "metrics.json", metrics)
            with atomic_open(staging / "README.md") as f:
                f.write(build_model_card(cfg, metrics))
            shutil.rmtree(work, ignore_errors=True)
            _replace_dir(staging, out_dir)
        state.wait_for_everyone()  # distributed: out_dir is in place when train() returns on any process
    except BaseException:
        if main:
            shutil.rmtree(staging, ignore_errors=True)
        raise
    if t.push_to_hub and main:
        from huggingface_hub import HfApi

        api = HfApi()
        api.create_repo(t.hub_model_id, exist_ok=True)
        api.upload_folder(folder_path=str(out_dir), repo_id=t.hub_model_id)
    logger.info("saved checkpoint to %s", out_dir)
    return out_dir
