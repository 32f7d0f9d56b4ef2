"""``diplostance agreement A B [C...]``: inter-annotator agreement between annotators' JSONL files.

Each file is one annotator's labels, items keyed by ``id`` (standoff or inline lines; only ``id`` and ``label``
are read, so no corpus is needed). Prints Cohen's kappa per pair, Krippendorff's alpha over all files,
per-class agreement and the confusion between each pair (``diplostance.agreement.report``); ``--output``
writes the report as JSON.
"""
from __future__ import annotations

import argparse
import math
from pathlib import Path

from .agreement import report
from .annotations import parse_labels
from .errors import DataError, Problem
from .io import iter_jsonl, write_json


def read_labels(path: str | Path) -> tuple[dict[str, str], list[Problem]]:
    """``id -> label`` of one annotator's file; lines without a label are skipped (not annotated)."""
    out: dict[str, str] = {}
    lines: dict[str, int] = {}
    problems: list[Problem] = []
    try:
        rows = list(iter_jsonl(path))
    except DataError as e:
        return {}, e.problems
    for n, rec, problem in rows:
        if problem:
            problems.append(problem)
            continue
        item_id, label = rec.get("id"), rec.get("label")
        if not isinstance(item_id, str) or not item_id.strip():
            problems.append(Problem(str(path), n, "id", "missing or empty"))
        elif label is not None and not isinstance(label, str):
            problems.append(Problem(str(path), n, "label", "must be a string"))
        elif item_id in lines:
            problems.append(Problem(str(path), n, "id", f"duplicate id {item_id!r} (first at line {lines[item_id]})"))
        elif label is not None:
            out[item_id], lines[item_id] = label, n
    if not out and not problems:
        problems.append(Problem(str(path), None, None, "no labelled items"))
    return out, problems


def annotator_names(files: list[str], names: list[str] | None) -> list[str]:
    if names:
        if len(names) != len(files):
            raise DataError([Problem("--names", None, None, f"{len(names)} name(s) for {len(files)} file(s)")])
        return names
    stems = [Path(f).stem for f in files]
    return stems if len(set(stems)) == len(stems) else [str(Path(f).with_suffix("")) for f in files]


def _clean(obj):
    """NaN (undefined kappa) as null, so the JSON output stays valid JSON."""
    if isinstance(obj, float) and math.isnan(obj):
        return None
    if isinstance(obj, dict):
        return {k: _clean(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_clean(v) for v in obj]
    return obj


def _f(x) -> str:
    return "  n/a" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.3f}"


def render(rep: dict, counts: dict[str, int]) -> str:
    lines = ["items labelled: " + ", ".join(f"{n} {c}" for n, c in counts.items())]
    lines.append("")
    lines.append("Cohen's kappa (pairs)")
    for pair, p in rep["pairs"].items():
        lines.append(f"  {pair}: n={p['n']}  observed agreement {_f(p['observed_agreement'])}  "
                     f"kappa {_f(p['cohen_kappa'])}")
    lines.append(f"Krippendorff's alpha (nominal, all annotators): {_f(rep['krippendorff_alpha'])}")
    width = max([len(label) for label in rep["labels"]] + [5])
    for pair, p in rep["pairs"].items():
        lines.append("")
        lines.append(f"Per-class agreement, {pair} (specific agreement, label-vs-rest kappa, counts)")
        for label, c in p["per_class"].items():
            lines.append(f"  {label:<{width}}  {_f(c['specific_agreement'])}  {_f(c['kappa'])}  "
                         f"{c['count_a']}/{c['count_b']}")
        conf = p["confusion"]
        if conf["matrix"]:
            lines.append(f"Confusion: rows {conf['rows']}, columns {conf['columns']}")
            cell = max([len(label) for label in conf["labels"]] + [4])
            lines.append("  " + " " * width + "  " + " ".join(f"{label:>{cell}}" for label in conf["labels"]))
            for label, row in zip(conf["labels"], conf["matrix"]):
                lines.append(f"  {label:<{width}}  " + " ".join(f"{v:>{cell}}" for v in row))
    return "\n".join(lines)


def agreement(files: list[str], names: list[str] | None = None, labels: list[str] | None = None) -> tuple[dict, str]:
    names = annotator_names(files, names)
    annotators, problems = {}, []
    for name, path in zip(names, files):
        ann, more = read_labels(path)
        annotators[name] = ann
        problems += more
    if labels:
        problems += [Problem(f, None, "label", f"unknown label {v!r}; expected one of {labels}")
                     for f, (name, ann) in zip(files, annotators.items()) for v in sorted(set(ann.values()))
                     if v not in labels]
    if problems:
        raise DataError(problems)
    rep = report(annotators, labels)
    if not any(p["n"] for p in rep["pairs"].values()):
        raise DataError([Problem(files[0], None, "id", "no item id is shared between the files")])
    counts = {n: len(a) for n, a in annotators.items()}
    rep["items"] = counts
    return _clean(rep), render(rep, counts)


def _cli(args) -> int:
    if len(args.files) < 2:
        raise DataError([Problem(args.files[0], None, None, "agreement needs at least two annotators' files")])
    rep, text = agreement(args.files, args.names.split(",") if args.names else None, parse_labels(args.labels))
    print(text)
    if args.output:
        write_json(args.output, rep)
    return 0


def register_cli(subparsers):
    p = subparsers.add_parser("agreement", help="Cohen's kappa, Krippendorff's alpha, per-class agreement",
                              description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("files", nargs="+", metavar="FILE", help="one JSONL file per annotator (items keyed by id)")
    p.add_argument("--names", help="comma-separated annotator names (default: the file names)")
    p.add_argument("--labels", help="comma-separated label order (default: the labels found)")
    p.add_argument("--output", metavar="JSON", help="write the full report here")
    p.set_defaults(func=_cli)
    return p
