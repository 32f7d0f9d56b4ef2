"""``diplostance suggest``: the quotes of unlabelled articles the model is least sure about (active learning).

Quotes, speakers and targets come from ``diplostance.pipeline.Extractor``; the stance model scores each quote,
and the ``--n`` most uncertain become inline items (``id``, ``article_id``, ``quote``, ``target``,
``speaker``, ``context``, ``direct``, ``span`` = ``[start, end]`` in the article text, and a ``suggested``
record of the model's view), ready for ``diplostance export``.

Strategies (``--strategy``): ``entropy`` of the label distribution (highest first), ``margin`` between the two
most probable labels (smallest first), ``least-confidence`` (lowest top probability first).
"""
from __future__ import annotations

import argparse
import math
from pathlib import Path
from typing import Callable, Iterable, Sequence

import numpy as np

from .annotations import Record, quote_keys
from .data import annotation_files
from .errors import DataError, Problem
from .io import iter_jsonl, write_jsonl

STRATEGIES = ("entropy", "margin", "least-confidence")


def uncertainty(probs: np.ndarray, strategy: str) -> np.ndarray:
    """One score per row where larger means less sure, for every strategy (margin is negated)."""
    probs = np.asarray(probs, dtype=float)
    if strategy == "entropy":
        return -(probs * np.log(np.clip(probs, 1e-12, 1.0))).sum(axis=1)
    top = np.sort(probs, axis=1)[:, ::-1]
    if strategy == "margin":
        return -(top[:, 0] - (top[:, 1] if probs.shape[1] > 1 else 0.0))
    if strategy == "least-confidence":
        return 1.0 - top[:, 0]
    raise ValueError(f"unknown strategy {strategy!r}; choose from {list(STRATEGIES)}")


def read_articles(files: Sequence[str | Path]) -> list[tuple[str, str]]:
    """``(id, text)`` of JSONL article files; every bad line is reported at once."""
    out, problems, seen = [], [], {}
    for path in files:
        try:
            rows = list(iter_jsonl(path))
        except DataError as e:
            problems += e.problems
            continue
        for n, rec, problem in rows:
            if problem:
                problems.append(problem)
            elif not isinstance(rec.get("id"), str) or not rec["id"].strip():
                problems.append(Problem(str(path), n, "id", "missing or empty"))
            elif not isinstance(rec.get("text"), str):
                problems.append(Problem(str(path), n, "text", "missing or not a string"))
            elif rec["id"] in seen:
                problems.append(Problem(str(path), n, "id", f"duplicate article id {rec['id']!r} ({seen[rec['id']]})"))
            else:
                seen[rec["id"]] = f"{path}:{n}"
                out.append((rec["id"], rec["text"]))
    if problems:
        raise DataError(problems)
    return out


def known_keys(files: Iterable[str | Path]) -> set[tuple]:
    """Quote keys of already-annotated lines (read as written; no corpus needed)."""
    keys: set[tuple] = set()
    problems = []
    for path in annotation_files(files):
        try:
            for n, rec, problem in iter_jsonl(path):
                if problem:
                    problems.append(problem)
                else:
                    keys.update(quote_keys(Record(rec, str(path), n, "")))
        except DataError as e:
            problems += e.problems
    if problems:
        raise DataError(problems)
    return keys


def candidates(articles: list[tuple[str, str]], extract: Callable[[list[str]], Iterable[list[dict]]]) -> list[dict]:
    """Inline items for every extracted quote (``extract`` maps texts to record lists, in order)."""
    items = []
    for (aid, _), records in zip(articles, extract([text for _, text in articles])):
        for r in records:
            start, end = int(r["start"]), int(r["end"])
            items.append({"id": f"{aid}:{start}-{end}", "article_id": aid, "quote": r["quote"],
                          "target": r.get("target") or "", "speaker": r.get("speaker") or "",
                          "context": r.get("context") or "", "direct": bool(r.get("direct", True)),
                          "span": [start, end]})
    return items


def _extractor(target: str | None, context_chars: int):
    from .pipeline import Extractor

    ext = Extractor(context_chars=context_chars)
    return lambda texts: ext.extract_many(texts, target)


def suggest(corpus: Sequence[str], n: int, model: str | Path, strategy: str = "entropy",
            exclude: Sequence[str] = (), max_per_article: int = 0, target: str | None = None,
            context_chars: int = 400, batch_size: int = 32,
            extract: Callable[[list[str]], Iterable[list[dict]]] | None = None) -> tuple[list[dict], dict]:
    """The ``n`` most uncertain quotes of ``corpus`` as inline items, most uncertain first, and counts."""
    from .inference import check_model_dir

    if n < 1:
        raise ValueError("--n must be at least 1")
    check_model_dir(model)  # before the slow extraction
    articles = read_articles(corpus)
    skip = known_keys(exclude)
    items = candidates(articles, extract or _extractor(target, context_chars))
    found = len(items)
    items = [it for it in items if not skip & set(quote_keys(Record(it, "", 0, "")))]
    stats = {"articles": len(articles), "quotes": found, "already_annotated": found - len(items)}
    if not items:
        return [], stats
    from .inference import StanceClassifier

    clf = StanceClassifier(model, batch_size=batch_size)
    probs = clf.probabilities(items)
    scores = uncertainty(probs, strategy)
    order = sorted(range(len(items)), key=lambda k: (-scores[k], items[k]["id"]))
    out, per_article = [], {}
    for k in order:
        aid = items[k]["article_id"]
        if max_per_article and per_article.get(aid, 0) >= max_per_article:
            continue
        per_article[aid] = per_article.get(aid, 0) + 1
        value = float(-scores[k]) if strategy == "margin" else float(scores[k])
        out.append(dict(items[k], suggested={
            "strategy": strategy, "value": round(value, 6) if math.isfinite(value) else None,
            "predicted": clf.labels[int(probs[k].argmax())],
            "scores": {name: round(float(p), 6) for name, p in zip(clf.labels, probs[k])},
            "model": Path(model).resolve().name}))
        if len(out) == n:
            break
    return out, stats


def _cli(args) -> int:
    from .inference import DEFAULT_MODEL

    items, stats = suggest(args.corpus, args.n, args.model or DEFAULT_MODEL, args.strategy, args.exclude or (),
                           args.max_per_article, args.target, batch_size=args.batch_size)
    write_jsonl(args.out, items)
    print(f"{stats['articles']} article(s), {stats['quotes']} quote(s) found, {stats['already_annotated']} already "
          f"annotated; wrote the {len(items)} most uncertain ({args.strategy}) to {args.out}")
    if items:
        print(f"next: diplostance export --to label-studio {args.out} --out tasks.json")
    return 0


def register_cli(subparsers):
    p = subparsers.add_parser("suggest", help="quotes of unlabelled articles the model is least sure about",
                              description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--corpus", nargs="+", required=True, metavar="FILE", help="JSONL articles (id, text)")
    p.add_argument("--n", type=int, default=100, help="how many quotes to suggest (default %(default)s)")
    p.add_argument("--model", help="checkpoint folder (default: the shipped model)")
    p.add_argument("--strategy", choices=STRATEGIES, default="entropy")
    p.add_argument("--exclude", nargs="+", metavar="FILE", help="annotation files whose quotes are not suggested again")
    p.add_argument("--max-per-article", type=int, default=0, help="at most this many quotes per article (0: no cap)")
    p.add_argument("--target", help="force this target for every quote")
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(func=_cli)
    return p
