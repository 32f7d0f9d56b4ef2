"""Annotation files: schema validation, rehydration of standoff items, article-grouped splits, datasets.

Two interchangeable forms, one quote a line:

* standoff over a corpus: ``id, article_id, start, end, quote_sha1, speaker, target, label, direct, annotator``
  (+ optional ``note``); the quote and its context are looked up in the corpus text;
* inline: ``id, quote, target, label`` (+ optional ``speaker, context, article_id``).
"""
from __future__ import annotations

import hashlib
import re
import urllib.parse
import warnings
from collections import Counter
from pathlib import Path
from typing import Iterable

from .corpus import find_span, load_corpus, sha12
from .errors import DataError, Problem
from .io import iter_jsonl

STANDOFF_REQUIRED = ("id", "article_id", "start", "end", "quote_sha1", "speaker", "target", "label", "direct",
                     "annotator")
INLINE_REQUIRED = ("id", "quote", "target")
SOURCES = {"voa-": "voa", "wn-": "wikinews", "unsc-": "unscon"}
SPLITS = ("train", "dev", "test")
_EXCERPT_SUFFIX = re.compile(r"(?:_neg)?[ _]\d+(?:_GD)?$")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]?\s+")


def source_of(article_id: str) -> str:
    return next((s for p, s in SOURCES.items() if article_id.startswith(p)), "other")


def annotation_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, folders expanded to their ``*.jsonl`` (sorted; ``*.gold.jsonl`` extraction files too)."""
    out: list[Path] = []
    for p in map(Path, paths):
        out += sorted(p.glob("*.jsonl")) if p.is_dir() else [p]
    return out


def context_window(text: str, start: int, end: int, chars: int) -> str:
    """The quote's paragraph, cut to about ``chars`` characters each side at sentence boundaries."""
    # paragraph breaks farther away than the window do not matter, so only the window is searched
    before = text.rfind("\n\n", max(0, start - chars - 2), start)
    para_start = before + 1 if before >= 0 else 0
    para_end = text.find("\n\n", end, end + chars + 2)
    para_end = len(text) if para_end < 0 else para_end
    lo, hi = max(para_start, start - chars), min(para_end, end + chars)
    if lo > para_start:
        m = _SENTENCE_END.search(text, lo, start)
        lo = m.end() if m else lo
    if hi < para_end:
        ends = [m.end() for m in _SENTENCE_END.finditer(text, end, hi)]
        hi = ends[-1] if ends else hi
    return text[lo:hi].strip()


def _check_common(rec: dict, where: tuple[str, int], labels: set[str] | None, require_label: bool) -> list[Problem]:
    file, line = where
    out = []
    if not isinstance(rec.get("id"), str) or not rec["id"].strip():
        out.append(Problem(file, line, "id", "missing or empty"))
    target = rec.get("target")
    if target is None:
        out.append(Problem(file, line, "target", "missing (use \"\" only with label none)"))
    elif not isinstance(target, str):
        out.append(Problem(file, line, "target", "must be a string"))
    label = rec.get("label")
    if label is None:
        if require_label:
            out.append(Problem(file, line, "label", "missing"))
    elif not isinstance(label, str):
        out.append(Problem(file, line, "label", "must be a string"))
    elif labels is not None and label not in labels:
        out.append(Problem(file, line, "label", f"unknown label {label!r}; expected one of {sorted(labels)}"))
    elif isinstance(target, str) and not target.strip() and label != "none" and label is not None:
        out.append(Problem(file, line, "target", f"empty, but label is {label!r} (a stance needs a target)"))
    for key in ("speaker", "context", "article_id", "note", "source"):
        if key in rec and rec[key] is not None and not isinstance(rec[key], str):
            out.append(Problem(file, line, key, "must be a string"))
    return out


def _rehydrate(rec: dict, where: tuple[str, int], texts: dict[str, str], context_chars: int) -> tuple[dict | None, list[Problem]]:
    file, line = where
    missing = [k for k in STANDOFF_REQUIRED if k not in rec]
    if missing:
        return None, [Problem(file, line, k, "missing (standoff item)") for k in missing]
    start, end, aid = rec["start"], rec["end"], rec["article_id"]
    if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or isinstance(end, bool):
        return None, [Problem(file, line, "start/end", "must be integers")]
    if not isinstance(rec["direct"], bool):
        return None, [Problem(file, line, "direct", "must be true or false")]
    if not isinstance(aid, str):
        return None, [Problem(file, line, "article_id", "must be a string")]
    if not isinstance(rec["quote_sha1"], str) or not re.fullmatch(r"[0-9a-f]{12}", rec["quote_sha1"]):
        return None, [Problem(file, line, "quote_sha1", "must be 12 lowercase hex characters")]
    text = texts.get(aid)
    if text is None:
        return None, [Problem(file, line, "article_id", f"unknown article id {aid!r} (not in the corpus)")]
    if not 0 <= start < end <= len(text):
        return None, [Problem(file, line, "start/end",
                              f"offsets {start}:{end} outside the article text (length {len(text)})")]
    if sha12(text[start:end]) != rec["quote_sha1"]:
        span = find_span(text, start, end, rec["quote_sha1"])
        if span is None:
            return None, [Problem(file, line, "quote_sha1",
                                  f"hash mismatch: the text at {start}:{end} of {aid} changed and no nearby span matches")]
        warnings.warn(f"{file}:{line}: quote found at {span[0]}:{span[1]} instead of {start}:{end} (corpus drift)")
        start, end = span
    quote = text[start:end]
    if not quote.strip():
        return None, [Problem(file, line, "start/end", "empty quote")]
    item = dict(rec, start=start, end=end, quote=quote, context=context_window(text, start, end, context_chars))
    return item, []


def load_items(
    files: Iterable[str | Path],
    labels: list[str] | None = None,
    corpus: list[str] | None = None,
    context_chars: int = 400,
    require_label: bool = True,
) -> list[dict]:
    """Validate and load annotation files; every problem in every file is collected into one DataError."""
    label_set = set(labels) if labels else None
    items, problems, seen = [], [], {}
    texts: dict[str, str] | None = None
    for path in annotation_files(files):
        try:
            lines = list(iter_jsonl(path))
        except DataError as e:
            problems += e.problems
            continue
        if not lines:
            problems.append(Problem(str(path), None, None, "empty file: no annotation lines"))
        for n, rec, problem in lines:
            where = (str(path), n)
            if problem:
                problems.append(problem)
                continue
            found = _check_common(rec, where, label_set, require_label)
            if "start" in rec or "quote_sha1" in rec:
                if texts is None:
                    try:
                        texts = load_corpus(corpus)
                    except DataError as e:
                        raise DataError(e.problems + [Problem(str(path), n, "article_id",
                                                              "standoff items need the corpus")]) from None
                item, more = _rehydrate(rec, where, texts, context_chars)
                found += more
            else:
                found += [Problem(*where, k, "missing (inline item)") for k in INLINE_REQUIRED
                          if k not in rec and k not in ("id", "target")]
                quote = rec.get("quote")
                if quote is not None and (not isinstance(quote, str) or not quote.strip()):
                    found.append(Problem(*where, "quote", "empty quote"))
                item = dict(rec, context=rec.get("context") or "")
            if isinstance(rec.get("id"), str):
                if rec["id"] in seen:
                    found.append(Problem(*where, "id", f"duplicate id {rec['id']!r} (first at {seen[rec['id']]})"))
                else:
                    seen[rec["id"]] = f"{path}:{n}"
            if found:
                problems += found
                continue
            item.setdefault("article_id", item["id"])
            item.setdefault("speaker", "")
            item["source"] = rec.get("source") or source_of(item["article_id"])
            item["_file"], item["_line"] = str(path), n
            items.append(item)
    if problems:
        raise DataError(problems)
    return items


def group_of(article_id: str) -> str:
    """The unit kept within one split: the article, or for UN speech excerpts the whole speech."""
    if article_id.startswith("unsc-"):
        return _EXCERPT_SUFFIX.sub("", urllib.parse.unquote(article_id))
    return article_id


def impute_targets(items: list[dict]) -> int:
    """Fill empty targets with the extractor's choice from quote + context (speaker's own side excluded), by the
    rules the published checkpoint's training targets were filled with (``current=False``).

    Returns how many items got a target; items with no outside mention keep an empty target.
    """
    from .targets import choose_target, find_mentions, own_side

    filled = 0
    for it in items:
        if (it.get("target") or "").strip():
            continue
        text = it.get("context") or it["quote"]
        at = text.find(it["quote"])
        span = (at, at + len(it["quote"])) if at >= 0 else (0, len(text))
        target, _ = choose_target(find_mentions(text, current=False), span, span,
                                  own_side(it.get("speaker") or "", current=False))
        if target:
            it["target"], it["target_imputed"] = target, True
            filled += 1
    return filled


def load_config_items(d, files=None, require_label: bool = True) -> list[dict]:
    """Items as a run configures them (``d`` is a DataConfig): its files (or ``files``), its sources, and
    target imputation when ``d.impute_targets``."""
    items = load_items(files or d.train_files, labels=d.labels if require_label else None, corpus=d.corpus,
                       context_chars=d.context_chars, require_label=require_label)
    if d.sources:
        items = [i for i in items if i["source"] in d.sources]
    if d.impute_targets:
        impute_targets(items)
    return items


def split_of(article_id: str, dev_percent: int = 15, test_percent: int = 15) -> str:
    """Stable split from the SHA-1 of the article's group: the same article always lands in the same split."""
    bucket = int(hashlib.sha1(group_of(article_id).encode("utf-8")).hexdigest()[:8], 16) % 100
    return "test" if bucket < test_percent else "dev" if bucket < test_percent + dev_percent else "train"


def resolve_labels(items: list[dict], labels: list[str] | None) -> list[str]:
    """The run's label names in id order: the configured list, or the sorted labels found in the data."""
    return list(labels) if labels else sorted({i["label"] for i in items})


def to_dataset_dict(items: list[dict], labels: list[str], dev_percent: int = 15, test_percent: int = 15):
    """A ``datasets.DatasetDict`` with train/dev/test split by article; ``label`` is the label id."""
    from datasets import Dataset, DatasetDict

    columns = ("id", "article_id", "source", "quote", "context", "target", "speaker", "label")
    rows = {s: {c: [] for c in columns} for s in SPLITS}
    for it in items:
        split = split_of(it["article_id"], dev_percent, test_percent)
        for c in columns:
            rows[split][c].append(labels.index(it["label"]) if c == "label" else it.get(c) or "")
    return DatasetDict({s: Dataset.from_dict(rows[s]) for s in SPLITS})


def counts(items: list[dict], dev_percent: int = 15, test_percent: int = 15) -> dict:
    """Counts per label x source x split, plus totals: what the data card quotes."""
    table: dict[str, dict[str, dict[str, int]]] = {}
    for it in items:
        split = split_of(it["article_id"], dev_percent, test_percent)
        cell = table.setdefault(it["source"], {}).setdefault(split, {})
        cell[it["label"]] = cell.get(it["label"], 0) + 1
    per_source = {s: {"items": sum(sum(c.values()) for c in v.values()),
                      "articles": len({i["article_id"] for i in items if i["source"] == s})}
                  for s, v in table.items()}
    return {
        "total": len(items),
        "articles": len({i["article_id"] for i in items}),
        "labels": dict(sorted(Counter(i["label"] for i in items).items())),
        "by_source": per_source,
        "by_source_split_label": table,
    }
