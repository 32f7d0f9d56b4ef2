"""Command line: ``diplostance {train,evaluate,predict,validate,counts,corpus,merge,import,export,agreement,suggest,
retrain,cv,hpsearch}`` (also ``python -m diplostance``).

The top-level scripts ``train.py``, ``evaluate.py`` and ``predict.py`` call the same sub-commands.
Bad input exits with code 2 and one ``file:line: field: message`` line per problem, no traceback.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
import warnings

from .errors import DataError

DEFAULT_CONFIG = "configs/default.yaml"


def _train(args) -> int:
    from .config import load_config
    from .training import train

    cfg = load_config(args.config, args.overrides)
    out = train(cfg)
    metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    scores = ", ".join(f"{s} macro-F1 {metrics[s]['macro_f1']:.4f}" for s in ("dev", "test") if s in metrics)
    print(f"checkpoint written to {out} ({scores})")
    return 0


def _items_for_eval(args) -> list[dict]:
    """``--data`` files, or the ``--split`` of the dataset named by ``--config``, else by the model's own
    ``training_config.yaml`` (so a checkpoint is scored on the split it was trained with), else the default.
    Items are prepared as that config prepares them (sources, target imputation)."""
    from pathlib import Path

    from .config import load_config
    from .data import load_config_items
    from .evaluation import select_split

    own = Path(args.model or "") / "training_config.yaml"
    cfg = load_config(args.config or (own if own.exists() and not args.baseline else DEFAULT_CONFIG))
    if args.data:
        return load_config_items(cfg.data, files=args.data, require_label=False)
    return select_split(load_config_items(cfg.data, require_label=False), args.split, cfg.data.dev_percent,
                        cfg.data.test_percent)


def _evaluate(args) -> int:
    if args.extraction:
        from .extraction_eval import run

        return run(args)
    from .evaluation import check_labels, score, select_split, write_results

    if args.baseline:
        from .baselines import BASELINES
        from .config import load_config
        from .data import load_config_items, resolve_labels

        cfg = load_config(args.config or DEFAULT_CONFIG)
        train_items = load_config_items(cfg.data)
        labels = resolve_labels(train_items, cfg.data.labels)
        fit_on = select_split(train_items, "train", cfg.data.dev_percent, cfg.data.test_percent)
        model = BASELINES[args.baseline]().fit(fit_on, labels)
        items = _items_for_eval(args)
        check_labels(items, labels)
        probs = model.predict_proba(items)
    else:
        from .inference import load_classifier

        items = _items_for_eval(args)  # bad data is reported before the model is loaded
        clf = load_classifier(args.model, batch_size=args.batch_size, backend=args.backend)
        labels = clf.labels
        check_labels(items, labels)
        probs = clf.probabilities(items)
    if not items:
        raise DataError([])
    metrics, errors = score(items, probs, labels)
    metrics["model"] = f"baseline:{args.baseline}" if args.baseline else str(args.model)
    if not args.baseline:
        metrics["backend"] = args.backend
    write_results(metrics, errors, args.output, args.errors)
    ci = metrics.get("macro_f1_ci95", [float("nan")] * 2)
    print(f"n={metrics['n']} macro_f1={metrics['macro_f1']:.4f} (95% CI {ci[0]:.3f}-{ci[1]:.3f}) "
          f"accuracy={metrics['accuracy']:.4f} ece={metrics.get('ece', float('nan')):.4f}")
    return 0


def _predict(args) -> int:
    from .data import impute_targets, load_items
    from .inference import load_classifier
    from .output import write_rows

    if not args.quotes:
        from .batch import run  # article mode: streamed, resumable, sharded

        return run(args)
    from .batch import article_options_misused

    if misused := article_options_misused(args):
        raise DataError(misused)
    items = load_items([args.quotes], labels=None, require_label=False)
    if args.target:
        for item in items:
            item["target"] = args.target
    impute_targets(items)  # as in training: an empty target gets the one the extractor would choose
    clf = load_classifier(args.model, batch_size=args.batch_size, backend=args.backend)
    preds = clf.predict(items, min_confidence=args.min_confidence)
    rows = []
    for item, pred in zip(items, preds):
        row = {k: v for k, v in item.items() if not k.startswith("_") and k != "source"}
        if "label" in row:
            row["gold_label"] = row.pop("label")
        rows.append(dict(row, **pred))
    write_rows(rows, args.format, args.output)
    return 0


def _validate(args) -> int:
    from .data import load_items

    items = load_items(args.files, labels=args.labels.split(",") if args.labels else None,
                       require_label=not args.unlabelled)
    print(f"ok: {len(items)} items in {len(args.files)} path(s)")
    return 0


def _counts(args) -> int:
    from .config import load_config
    from .data import counts, load_items

    cfg = load_config(args.config)
    items = load_items(cfg.data.train_files, labels=cfg.data.labels, corpus=cfg.data.corpus)
    print(json.dumps(counts(items, cfg.data.dev_percent, cfg.data.test_percent), indent=2, sort_keys=True))
    return 0


def build_parser() -> argparse.ArgumentParser:
    from . import extraction_eval, manifest
    from .inference import BACKENDS, DEFAULT_MODEL

    p = argparse.ArgumentParser(prog="diplostance", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True)

    t = sub.add_parser("train", help="fine-tune a model from a config")
    t.add_argument("--config", default=DEFAULT_CONFIG, help="YAML config (default %(default)s)")
    t.add_argument("overrides", nargs="*", help="section.key=value, e.g. training.seed=7")
    t.set_defaults(func=_train)

    e = sub.add_parser("evaluate", help="score a model or a baseline on annotated items")
    e.add_argument("--data", nargs="+", help="annotation JSONL file(s) or folders; default: --split of the config's data")
    e.add_argument("--split", default="test", choices=["train", "dev", "test"])
    e.add_argument("--config", help=f"config naming the dataset (default {DEFAULT_CONFIG})")
    e.add_argument("--model", default=str(DEFAULT_MODEL), help="checkpoint folder (default %(default)s)")
    e.add_argument("--baseline", choices=["majority", "tfidf", "zeroshot"],
                   help="score a baseline fitted on the train split (zeroshot: label descriptions, no training)")
    e.add_argument("--output", help="METRICS.json")
    e.add_argument("--errors", help="JSONL of misclassified rows, most confident first")
    e.add_argument("--batch-size", type=int, default=64)
    e.add_argument("--backend", default="torch", choices=BACKENDS,
                   help="inference engine for --model (default %(default)s; onnx, onnx-int8: ONNX Runtime)")
    e.add_argument("--extraction", action="store_true",
                   help="score quote, speaker and target extraction against gold spans instead of a model")
    e.add_argument("--gold", nargs="+", default=[extraction_eval.DEFAULT_GOLD],
                   help="--extraction: gold standoff JSONL file(s) (default %(default)s)")
    e.add_argument("--articles", default=extraction_eval.DEFAULT_ARTICLES,
                   help="--extraction: fully annotated article ids, one a line (default %(default)s)")
    e.add_argument("--extraction-split", dest="split_extraction", default="all", choices=extraction_eval.SPLITS,
                   help="--extraction: articles to score (default %(default)s)")
    e.add_argument("--annotator", metavar="JSONL",
                   help="--extraction: score a second annotator's speakers and targets (id, speaker, target) "
                        "against the gold, beside the extractor's on the same items")
    e.set_defaults(func=_evaluate)

    pr = sub.add_parser("predict", help="find and label the quotes of articles, or label given quotes")
    pr.add_argument("articles", nargs="*", metavar="ARTICLE",
                    help="text files, folders (recursive), globs, - for stdin, or JSONL of articles (id, text)")
    pr.add_argument("--quotes", help="JSONL of quotes (inline or standoff items) instead of articles")
    pr.add_argument("--extract-only", action="store_true", help="find quotes, speakers and targets; no stance")
    pr.add_argument("--target", help="force this target for every quote")
    pr.add_argument("--model", default=str(DEFAULT_MODEL), help="checkpoint folder (default %(default)s)")
    pr.add_argument("--format", choices=["jsonl", "csv", "table"],
                    help="default: table on a terminal, else jsonl")
    pr.add_argument("--output", help="output file (default stdout)")
    pr.add_argument("--min-confidence", type=float, default=0.0,
                    help="label predictions below this probability `uncertain`")
    pr.add_argument("--batch-size", type=int, default=32)
    pr.add_argument("--backend", default="torch", choices=BACKENDS, help="inference engine (default %(default)s)")
    pr.add_argument("--articles-per-batch", type=int, default=64,
                    help="articles extracted, classified and written together (default %(default)s)")
    pr.add_argument("--overwrite", action="store_true",
                    help="discard the interrupted run in OUTPUT.partial instead of resuming it")
    pr.add_argument("--num-shards", type=int, metavar="K", help="split the articles into K shards by a hash of "
                    "their name; with --shard-index, process one")
    pr.add_argument("--shard-index", type=int, metavar="I", help="the shard to process (0 to K-1)")
    pr.add_argument("--workers", type=int, default=1, metavar="N",
                    help="processes on this machine; rows merged in input order (default %(default)s)")
    pr.set_defaults(func=_predict)

    v = sub.add_parser("validate", help="check annotation files; every problem listed, exit 2 if any")
    v.add_argument("files", nargs="+")
    v.add_argument("--labels", help="comma-separated allowed labels (default: any)")
    v.add_argument("--unlabelled", action="store_true", help="items need no label (prediction input)")
    v.set_defaults(func=_validate)

    c = sub.add_parser("counts", help="dataset counts per label x source x split, as JSON")
    c.add_argument("--config", default=DEFAULT_CONFIG)
    c.set_defaults(func=_counts)

    manifest.register_cli(sub)
    from . import agreement_cli, crossval, hpsearch, interchange, merge, retrain, suggest

    merge.register_cli(sub)
    interchange.register_cli(sub)
    agreement_cli.register_cli(sub)
    suggest.register_cli(sub)
    retrain.register_cli(sub)
    crossval.register_cli(sub)
    hpsearch.register_cli(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    warnings.simplefilter("default")
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except DataError as e:
        for problem in e.problems or ["no items to process"]:
            print(problem, file=sys.stderr)
        return 2
    except (ValueError, OSError) as e:  # bad config values, missing model folders, unwritable output paths
        print(f"error: {e}", file=sys.stderr)
        return 2
