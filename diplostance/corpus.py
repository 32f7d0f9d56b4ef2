"""The text corpus that standoff annotations point into: locating, loading, hashing, drift-tolerant spans."""
from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path

from .errors import DataError, Problem
from .io import iter_jsonl

CORPUS_FILES = ("articles.jsonl", "unscon_speeches.jsonl")
DRIFT_WINDOW = 64


def default_corpus_dir() -> Path:
    """``$DIPLOSTANCE_CORPUS`` if set, else ``../shared/corpus`` beside the repository."""
    env = os.environ.get("DIPLOSTANCE_CORPUS")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "shared" / "corpus"


def corpus_files(paths: list[str] | None = None) -> list[Path]:
    """Resolve configured corpus paths (files or folders) to JSONL files; folders give their known files."""
    entries = [Path(p) for p in paths] if paths else [default_corpus_dir()]
    files: list[Path] = []
    for p in entries:
        files += [p / name for name in CORPUS_FILES if (p / name).exists()] if p.is_dir() else [p]
    return files


def sha12(text: str) -> str:
    """First 12 hex characters of the SHA-1 of the UTF-8 text: the ``quote_sha1`` of an annotation."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


@lru_cache(maxsize=8)
def _load(files: tuple[Path, ...]) -> dict[str, str]:
    texts: dict[str, str] = {}
    problems: list[Problem] = []
    for path in files:
        if not path.exists():
            problems.append(Problem(str(path), None, None,
                                    "corpus file not found (set DIPLOSTANCE_CORPUS or `corpus` in the config; "
                                    "see data/CORPUS.md to build it)"))
            continue
        for n, rec, problem in iter_jsonl(path):
            if problem:
                problems.append(problem)
            elif not isinstance(rec.get("id"), str) or not isinstance(rec.get("text"), str):
                problems.append(Problem(str(path), n, "id/text", "corpus records need string `id` and `text`"))
            else:
                texts[rec["id"]] = rec["text"]
    if problems:
        raise DataError(problems)
    return texts


def load_corpus(paths: list[str] | None = None) -> dict[str, str]:
    """Map ``id -> text`` over the corpus files (cached per set of files)."""
    return _load(tuple(corpus_files(paths)))


def find_span(text: str, start: int, end: int, quote_sha1: str, window: int = DRIFT_WINDOW) -> tuple[int, int] | None:
    """The span whose hash matches: at ``start:end`` or shifted by at most ``window`` characters.

    Returns the matching ``(start, end)``, the nearest shift first, or ``None`` when no shift matches.
    """
    length = end - start
    if length < 0:
        return None
    for shift in range(window + 1):
        for s in {start - shift, start + shift}:
            if 0 <= s and s + length <= len(text) and sha12(text[s:s + length]) == quote_sha1:
                return s, s + length
    return None
