"""Annotation records as written (for merge, import and export), next to the validated items ``load_items`` gives.

A :class:`Record` keeps a line exactly as the researcher wrote it (``raw``, and its ``text`` for verbatim
rewrites) together with the loaded ``item`` (standoff items rehydrated: quote and context from the corpus).
Tools that rewrite annotation files work on ``raw`` so no field is ever lost or reformatted.

Identity of a quote (``same_quote``): standoff items by ``article_id`` + ``start`` + ``end``; inline items by
normalised quote text + normalised target (unless both name different articles: the same words said in two
articles are two quotes); an inline item matches a standoff one when it carries the same ``article_id`` and
either the same ``span`` (``[start, end]``) or the same normalised quote and target.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .data import annotation_files, load_items
from .errors import DataError, Problem
from .io import iter_jsonl, jsonl_lines, read_text

_QUOTE_MARKS = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                              "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"',
                              "\u00bb": '"', "\u2039": "'", "\u203a": "'"})
_EDGES = re.compile(r"^[\W_]+|[\W_]+$")
STANCE_FIELDS = ("label", "target")


@dataclass
class Record:
    raw: dict
    file: str
    line: int
    text: str
    item: dict = field(default_factory=dict)

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"

    @property
    def standoff(self) -> bool:
        return is_standoff(self.raw)


def is_standoff(rec: dict) -> bool:
    """The rule ``load_items`` uses: a record with ``start`` or ``quote_sha1`` points into the corpus."""
    return "start" in rec or "quote_sha1" in rec


def norm_text(text: str | None) -> str:
    """Quote text for comparison: NFKC, casefolded, curly quotes straightened, whitespace collapsed, and
    punctuation or quote marks at either end removed."""
    text = unicodedata.normalize("NFKC", text or "").translate(_QUOTE_MARKS).casefold()
    return _EDGES.sub("", " ".join(text.split()))


def norm_target(target: str | None) -> str:
    return " ".join(unicodedata.normalize("NFKC", target or "").casefold().split())


def span_of(rec: dict) -> tuple[int, int] | None:
    """``(start, end)`` of a standoff record, or of an inline record's optional ``span`` field."""
    if is_standoff(rec):
        return rec.get("start"), rec.get("end")
    span = rec.get("span")
    if isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span):
        return span[0], span[1]
    return None


def quote_keys(rec: Record) -> list[tuple]:
    """Keys under which a record can meet the same quote in another record (see the module docstring)."""
    raw, keys = rec.raw, []
    aid = raw.get("article_id")
    quote = rec.item.get("quote", raw.get("quote"))
    text_key = (norm_text(quote), norm_target(raw.get("target")))
    span = span_of(raw)
    if rec.standoff:
        keys.append(("span", aid, *span))
        keys.append(("article-text", aid, *text_key))
    else:
        keys.append(("text", *text_key))
        if aid is not None:
            keys.append(("article-text", aid, *text_key))
            if span:
                keys.append(("span", aid, *span))
    return keys


def same_quote(a: Record, b: Record) -> bool:
    """Whether two records annotate the same quote (the rules of the module docstring)."""
    if a.standoff and b.standoff:
        return span_of(a.raw) == span_of(b.raw) and a.raw.get("article_id") == b.raw.get("article_id")
    ka, kb = set(quote_keys(a)), set(quote_keys(b))
    if not a.standoff and not b.standoff:
        aa, ab = a.raw.get("article_id"), b.raw.get("article_id")
        return any(k[0] == "text" for k in ka & kb) and (aa is None or ab is None or aa == ab)
    return bool(ka & kb)


def differing(a: dict, b: dict, fields: Iterable[str] = STANCE_FIELDS) -> list[str]:
    """Stance-defining fields on which two records of the same quote disagree (targets compared normalised)."""
    out = []
    for f in fields:
        va, vb = a.get(f), b.get(f)
        if f == "target":
            va, vb = norm_target(va), norm_target(vb)
        if va != vb:
            out.append(f)
    return out


def load_records(files: Iterable[str | Path], labels: list[str] | None = None, corpus: list[str] | None = None,
                 require_label: bool = True, context_chars: int = 400) -> list[Record]:
    """Validate files with ``load_items`` (every problem at once, as a DataError) and return their records."""
    files = list(files)
    items = load_items(files, labels=labels, corpus=corpus, context_chars=context_chars, require_label=require_label)
    by_where = {(i["_file"], i["_line"]): i for i in items}
    out = []
    for path in annotation_files(files):
        lines = jsonl_lines(read_text(path))
        for n, rec, _ in iter_jsonl(path):
            out.append(Record(rec, str(path), n, lines[n - 1].strip(), by_where.get((str(path), n), {})))
    return out


def has_lines(path: str | Path) -> bool:
    """Whether a file exists and holds at least one non-blank line."""
    path = Path(path)
    return path.exists() and any(line.strip() for line in read_text(path).splitlines())


def parse_labels(text: str | None) -> list[str] | None:
    """``a,b,c`` from a ``--labels`` option; None when not given."""
    if not text:
        return None
    labels = [x.strip() for x in text.split(",") if x.strip()]
    if len(labels) < 2 or len(set(labels)) != len(labels):
        raise DataError([Problem("--labels", None, None, f"need at least two distinct labels, got {labels}")])
    return labels
