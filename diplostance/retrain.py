"""``diplostance retrain``: train on the (merged) data in one command and compare with the previous checkpoint.

Both checkpoints are scored on the **same** test split of the new data (the article-hash split of the config),
with the same code, so the numbers are comparable; the change in macro-F1 comes with a paired bootstrap 95%
interval over the test items. The previous checkpoint (``--previous``, default the config's ``output_dir``
when a checkpoint is there) is scored before training, so retraining into the same folder is safe.
"""
from __future__ import annotations

import argparse
import logging
import re
from pathlib import Path
from typing import Sequence

import numpy as np

from .errors import DataError, Problem
from .metrics import macro_f1, stance_metrics

logger = logging.getLogger(__name__)
OVERRIDE = re.compile(r"^(model|data|training)\.\w+=")  # overrides typed after --data FILE... belong to overrides


def resampled_macro_f1(gold: np.ndarray, pred: np.ndarray, idx: np.ndarray, k: int) -> np.ndarray:
    """Macro-F1 (over the classes present in gold or predictions, as ``metrics.macro_f1``) of every bootstrap
    resample at once: ``idx`` is ``(resamples, items)``; vectorised, so 1,000 resamples take milliseconds."""
    n = idx.shape[0]
    codes = gold[idx] * k + pred[idx] + (np.arange(n) * k * k)[:, None]
    cm = np.bincount(codes.ravel(), minlength=n * k * k).reshape(n, k, k).astype(float)
    tp = np.diagonal(cm, axis1=1, axis2=2)
    rows, cols = cm.sum(axis=2), cm.sum(axis=1)
    present = (rows + cols) > 0
    f1 = np.divide(2 * tp, rows + cols, out=np.zeros_like(tp), where=present)
    return (f1 * present).sum(axis=1) / np.maximum(present.sum(axis=1), 1)


def score_checkpoint(path: str | Path, items: Sequence[dict], labels: Sequence[str], batch_size: int = 64,
                     bootstrap: int = 0, seed: int = 0) -> tuple[dict, list[int], list[int], list[str]]:
    """Metrics of a checkpoint on ``items``; gold and predicted ids over ``labels`` plus any extra model labels."""
    from .inference import StanceClassifier

    clf = StanceClassifier(path, batch_size=batch_size)
    names = list(labels) + [name for name in clf.labels if name not in labels]
    names += sorted({i["label"] for i in items} - set(names))
    probs = clf.probabilities(items)
    gold = [names.index(i["label"]) for i in items]
    pred = [names.index(clf.labels[k]) for k in probs.argmax(-1)]
    same = list(clf.labels) == list(names)
    m = stance_metrics(gold, pred, names, probs=probs if same else None, bootstrap=0)
    if bootstrap and gold:
        idx = np.random.default_rng(seed).integers(0, len(gold), (bootstrap, len(gold)))
        f1 = resampled_macro_f1(np.asarray(gold), np.asarray(pred), idx, len(names))
        m["macro_f1_ci95"] = [float(x) for x in np.percentile(f1, [2.5, 97.5])]
    m["model"], m["model_labels"] = str(path), list(clf.labels)
    return m, gold, pred, names


def paired_delta(gold: list[int], pred_new: list[int], pred_old: list[int], n: int = 1000, seed: int = 0) -> dict:
    """Macro-F1 new minus old, with a paired percentile bootstrap 95% interval over the items."""
    g, a, b = map(np.asarray, (gold, pred_new, pred_old))
    out = {"macro_f1": macro_f1(g, a) - macro_f1(g, b)}
    if n and len(g):
        k = int(max(g.max(), a.max(), b.max())) + 1
        idx = np.random.default_rng(seed).integers(0, len(g), (n, len(g)))
        samples = resampled_macro_f1(g, a, idx, k) - resampled_macro_f1(g, b, idx, k)
        out["macro_f1_ci95"] = [float(x) for x in np.percentile(samples, [2.5, 97.5])]
    return out


def _previous(explicit: str | None, output_dir: str) -> Path | None:
    from .inference import check_model_dir

    if explicit:
        return check_model_dir(explicit)  # a missing explicit checkpoint is an error (exit 2)
    if (Path(output_dir) / "config.json").exists():
        try:
            return check_model_dir(output_dir)
        except FileNotFoundError as e:
            logger.warning("not comparing with %s: %s", output_dir, e)
    return None


def retrain(config: str | None, overrides: Sequence[str] = (), data: Sequence[str] | None = None,
            previous: str | None = None, bootstrap: int = 1000, batch_size: int = 64) -> dict:
    from .config import load_config, replace
    from .evaluation import select_split
    from .training import load_run_data, train

    cfg = load_config(config, list(overrides))
    if data:
        cfg = replace(cfg, data={"train_files": [str(d) for d in data]})
    items, labels, _ = load_run_data(cfg)
    test = select_split(items, "test", cfg.data.dev_percent, cfg.data.test_percent)
    prev_path = _previous(previous, cfg.training.output_dir)
    report = {"config": config, "data": list(cfg.data.train_files), "labels": labels, "test_items": len(test),
              "test_articles": len({i["article_id"] for i in test}), "previous": None}
    old = None
    if prev_path is not None and test:
        old = score_checkpoint(prev_path, test, labels, batch_size)
        report["previous"] = old[0]
    out = train(cfg)
    report["checkpoint"] = str(out)
    if test:
        new = score_checkpoint(out, test, labels, batch_size, bootstrap=bootstrap)
        report["new"] = new[0]
        if old is not None:
            names = new[3] + [x for x in old[3] if x not in new[3]]
            remap = lambda ids, src: [names.index(src[i]) for i in ids]  # noqa: E731
            report["change"] = paired_delta(remap(new[1], new[3]), remap(new[2], new[3]), remap(old[2], old[3]),
                                            n=bootstrap)
    return report


def _fmt(x) -> str:
    return "-" if x is None else f"{x:.4f}"


def render(report: dict) -> str:
    new, old = report.get("new"), report.get("previous")
    lines = [f"new checkpoint: {report['checkpoint']}"]
    if not new:
        lines.append("the test split is empty: nothing to compare (add data or raise data.test_percent)")
        return "\n".join(lines)
    lines.append(f"test split: {report['test_items']} item(s) from {report['test_articles']} article(s), "
                 f"the same for both models")
    if old is None:
        lines.append("no previous checkpoint to compare with (use --previous DIR)")
    head = ["", "previous", "new", "change"] if old else ["", "new"]
    rows = []

    def row(name, key_old, key_new):
        if old:
            change = None if key_old is None or key_new is None else key_new - key_old
            rows.append([name, _fmt(key_old), _fmt(key_new), "-" if change is None else f"{change:+.4f}"])
        else:
            rows.append([name, _fmt(key_new)])

    row("macro-F1", old and old["macro_f1"], new["macro_f1"])
    row("accuracy", old and old["accuracy"], new["accuracy"])
    for label in new["labels"]:
        po = old["per_class"].get(label, {}).get("f1") if old else None
        row(f"F1 {label}", po, new["per_class"][label]["f1"])
    widths = [max(len(r[c]) for r in [head] + rows) for c in range(len(head))]
    for r in [head] + rows:
        cells = [cell.ljust(w) if c == 0 else cell.rjust(w) for c, (cell, w) in enumerate(zip(r, widths))]
        lines.append("  ".join(cells))
    if old:
        same = Path(old["model"]).resolve() == Path(report["checkpoint"]).resolve()
        lines.append(f"previous: {old['model']}" + (" (scored before the new run replaced it)" if same else ""))
        if old["model_labels"] != new["model_labels"]:
            lines.append(f"note: the label sets differ (previous {old['model_labels']}, new {new['model_labels']}); "
                         f"labels a model does not know count as its errors")
        ci = report.get("change", {}).get("macro_f1_ci95")
        if ci:
            lines.append(f"macro-F1 change {report['change']['macro_f1']:+.4f}, paired bootstrap 95% CI "
                         f"{ci[0]:+.4f} to {ci[1]:+.4f}")
    return "\n".join(lines)


def _cli(args) -> int:
    from .io import write_json

    if args.bootstrap < 0:
        raise DataError([Problem("--bootstrap", None, None, "must be >= 0")])
    data = [d for d in args.data or [] if not OVERRIDE.match(d)] or None
    overrides = [d for d in args.data or [] if OVERRIDE.match(d)] + list(args.overrides)
    report = retrain(args.config, overrides, data, args.previous, args.bootstrap)
    print(render(report))
    if args.output:
        write_json(args.output, report)
    return 0


def register_cli(subparsers):
    p = subparsers.add_parser("retrain", help="train on the merged data and compare with the previous checkpoint",
                              description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--config", default="configs/default.yaml", help="YAML config (default %(default)s)")
    p.add_argument("--data", nargs="+", metavar="FILE", help="annotation files/folders (replace data.train_files)")
    p.add_argument("--previous", metavar="DIR", help="checkpoint to compare with (default: the config's "
                                                      "training.output_dir, if a checkpoint is there)")
    p.add_argument("--bootstrap", type=int, default=1000, help="bootstrap resamples for the CI (0: none)")
    p.add_argument("--output", metavar="JSON", help="write both models' metrics and the change here")
    p.add_argument("overrides", nargs="*", help="section.key=value, e.g. training.output_dir=checkpoints/run-2")
    p.set_defaults(func=_cli)
    return p
