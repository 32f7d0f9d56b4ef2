"""``diplostance hpsearch``: hyper-parameter search with Optuna through ``Trainer.hyperparameter_search``.

Trials train on the train split and are scored on the dev split (the best dev macro-F1 of the trial, the
epoch ``load_best_model_at_end`` keeps); the test split is never used. The best parameters are written as a
complete config YAML (the given config with the training values replaced), ready for ``train``/``retrain``.

Search space (``--space FILE`` replaces it; YAML keyed by training config names): a list is a categorical
choice, ``{low, high}`` a range (``log: true`` for a log scale; integers give an integer range)::

    learning_rate: {low: 1.0e-5, high: 1.0e-4, log: true}
    num_train_epochs: {low: 2, high: 8}
    per_device_train_batch_size: [8, 16, 32]
    weight_decay: {low: 0.0, high: 0.1}
    warmup_ratio: {low: 0.0, high: 0.2}
"""
from __future__ import annotations

import argparse
import logging
import shutil
import tempfile
from pathlib import Path

import yaml

from .errors import DataError, Problem

logger = logging.getLogger(__name__)

DEFAULT_SPACE = {
    "learning_rate": {"low": 1e-5, "high": 1e-4, "log": True},
    "num_train_epochs": {"low": 2, "high": 8},
    "per_device_train_batch_size": [8, 16, 32],
    "weight_decay": {"low": 0.0, "high": 0.1},
    "warmup_ratio": {"low": 0.0, "high": 0.2},
}
#: training config name -> TrainingArguments name (train() passes warmup_ratio as a fractional warmup_steps)
ARG_NAMES = {"learning_rate": "learning_rate", "num_train_epochs": "num_train_epochs",
             "per_device_train_batch_size": "per_device_train_batch_size", "weight_decay": "weight_decay",
             "warmup_ratio": "warmup_steps", "seed": "seed"}


def check_space(space: dict, where: str = "search space") -> dict:
    problems = []
    if not isinstance(space, dict) or not space:
        raise DataError([Problem(where, None, None, "a mapping of training parameters to ranges or lists")])
    for name, spec in space.items():
        if name not in ARG_NAMES:
            problems.append(Problem(where, None, name, f"not searchable; choose from {sorted(ARG_NAMES)}"))
        elif isinstance(spec, list):
            if not spec:
                problems.append(Problem(where, None, name, "empty list of choices"))
        elif not (isinstance(spec, dict) and {"low", "high"} <= set(spec) and set(spec) <= {"low", "high", "log"}
                  and all(isinstance(spec[b], (int, float)) and not isinstance(spec[b], bool) for b in ("low", "high"))
                  and spec["low"] <= spec["high"]):
            problems.append(Problem(where, None, name, "expected a list of choices or {low, high[, log]} with "
                                                       "low <= high"))
        elif spec.get("log") and spec["low"] <= 0:
            problems.append(Problem(where, None, name, "a log scale needs low > 0"))
    if problems:
        raise DataError(problems)
    return space


def load_space(path: str | Path | None) -> dict:
    if not path:
        return DEFAULT_SPACE
    from .io import read_text

    try:
        space = yaml.safe_load(read_text(path))
    except yaml.YAMLError as e:
        raise DataError([Problem(str(path), None, None, f"not valid YAML ({e})")]) from None
    return check_space(space, str(path))


def suggest_params(trial, space: dict) -> dict:
    """Config-named values for one Optuna trial."""
    out = {}
    for name, spec in space.items():
        if isinstance(spec, list):
            out[name] = trial.suggest_categorical(name, spec)
        elif all(isinstance(spec[b], int) for b in ("low", "high")) and not spec.get("log"):
            out[name] = trial.suggest_int(name, spec["low"], spec["high"])
        else:
            out[name] = trial.suggest_float(name, float(spec["low"]), float(spec["high"]), log=bool(spec.get("log")))
    return out


def search(cfg, n_trials: int, space: dict | None = None, seed: int | None = None, timeout: float | None = None,
           work_dir: str | Path | None = None) -> dict:
    """Run the search; returns the best config values, the best dev macro-F1 and every trial."""
    try:
        import optuna
    except ImportError:
        raise ValueError("hpsearch needs Optuna: pip install optuna (it is in the dev extra)") from None
    from transformers import AutoTokenizer, set_seed

    from .models import resolve_model
    from .training import base_model, class_weights, encode_splits, load_run_data, make_trainer

    space = check_space(space or DEFAULT_SPACE)
    seed = cfg.training.seed if seed is None else seed
    set_seed(seed)
    items, labels, dsd = load_run_data(cfg)
    if len(dsd["train"]) == 0 or len(dsd["dev"]) == 0:
        raise ValueError(f"hpsearch needs train and dev items (train {len(dsd['train'])}, dev {len(dsd['dev'])}); "
                         f"check data.dev_percent")
    m = cfg.model
    tokenizer = AutoTokenizer.from_pretrained(resolve_model(m.name_or_path))
    enc = encode_splits(dsd, tokenizer, m)
    enc = {"train": enc["train"], "dev": enc["dev"]}
    weights = class_weights(list(dsd["train"]["label"]), len(labels)) if cfg.training.class_weighting else None
    work = Path(work_dir) if work_dir else Path(tempfile.mkdtemp(prefix="diplostance-hpsearch-"))
    trainer = make_trainer(cfg, labels, enc, tokenizer, weights, work,
                           model_init=lambda trial=None: base_model(m.name_or_path, labels))

    def hp_space(trial):
        return {ARG_NAMES[k]: v for k, v in suggest_params(trial, space).items()}

    def objective(metrics: dict) -> float:  # best dev macro-F1 so far in this trial (the epoch kept at the end)
        best = getattr(trainer, "objective", None)
        return max(metrics["eval_macro_f1"], best if best is not None else float("-inf"))

    storage = optuna.storages.InMemoryStorage()
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    try:
        best = trainer.hyperparameter_search(
            hp_space=hp_space, compute_objective=objective, n_trials=n_trials, direction="maximize",
            backend="optuna", storage=storage, study_name="diplostance", timeout=timeout,
            sampler=optuna.samplers.TPESampler(seed=seed))
    finally:
        if not work_dir:
            shutil.rmtree(work, ignore_errors=True)
    study = optuna.load_study(study_name="diplostance", storage=storage)
    trials = [{"number": t.number, "state": t.state.name, "dev_macro_f1": t.value, "params": t.params}
              for t in study.trials]
    return {"best_params": dict(best.hyperparameters), "best_dev_macro_f1": float(best.objective),
            "best_trial": int(best.run_id), "trials": trials, "labels": labels, "space": space}


def write_best(cfg, result: dict, out: str | Path) -> None:
    """The config with the best training values, as YAML, with a comment saying where they come from."""
    from .config import replace
    from .io import atomic_open

    best = replace(cfg, training=dict(result["best_params"]))
    header = (f"# hpsearch: best of {len(result['trials'])} trial(s) (trial {result['best_trial']}), "
              f"dev macro-F1 {result['best_dev_macro_f1']:.4f}\n"
              f"# searched: {', '.join(sorted(result['space']))}\n")
    with atomic_open(out) as f:
        f.write(header)
        yaml.safe_dump(best.to_dict(), f, sort_keys=False)


def _cli(args) -> int:
    from .config import load_config
    from .io import write_json

    if args.trials < 1:
        raise DataError([Problem("--trials", None, None, "must be at least 1")])
    cfg = load_config(args.config, args.overrides)
    result = search(cfg, args.trials, load_space(args.space), args.seed, args.timeout)
    write_best(cfg, result, args.out)
    for t in result["trials"]:
        value = "-" if t["dev_macro_f1"] is None else f"{t['dev_macro_f1']:.4f}"
        print(f"  trial {t['number']}: {t['state'].lower():8s} dev macro-F1 {value}  {t['params']}")
    print(f"best: trial {result['best_trial']}, dev macro-F1 {result['best_dev_macro_f1']:.4f}, "
          f"{result['best_params']}\nconfig written to {args.out}")
    if args.output:
        write_json(args.output, result)
    return 0


def register_cli(subparsers):
    p = subparsers.add_parser("hpsearch", help="Optuna hyper-parameter search on train/dev; best config as YAML",
                              description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--config", default="configs/default.yaml", help="YAML config (default %(default)s)")
    p.add_argument("--trials", type=int, default=20)
    p.add_argument("--out", required=True, metavar="YAML", help="the best config")
    p.add_argument("--space", metavar="YAML", help="search space (default: see above)")
    p.add_argument("--seed", type=int, help="sampler seed (default: training.seed)")
    p.add_argument("--timeout", type=float, help="stop starting new trials after this many seconds")
    p.add_argument("--output", metavar="JSON", help="every trial's parameters and dev macro-F1")
    p.add_argument("overrides", nargs="*", help="section.key=value, e.g. training.max_steps=50")
    p.set_defaults(func=_cli)
    return p
