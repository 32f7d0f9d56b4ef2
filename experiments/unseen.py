"""Reading a reader's labels of quote spans on corpus articles outside the gold, and the extractor's quotes matched
to them: shared by ``unseen_speakers.py`` and ``unseen_quotes.py``. It uses only what the package has had since
before these checks, so the scripts also score an older commit's extractor (``PYTHONPATH`` at a ``git worktree``).
"""
from __future__ import annotations

from pathlib import Path

from diplostance.corpus import load_corpus
from diplostance.errors import DataError, Problem
from diplostance.extraction_eval import match
from diplostance.io import iter_jsonl
from diplostance.pipeline import Extractor


def labelled_spans(path: str | Path) -> dict[str, list[dict]]:
    """A reader's labels of quote spans outside the gold (JSONL, ``id`` = ``article:start-end``), grouped by article,
    each row with ``start`` and ``end`` added; a bad line names the file, line and field."""
    out: dict[str, list[dict]] = {}
    problems = []
    for n, rec, problem in iter_jsonl(path):
        article, _, span = str((rec or {}).get("id", "")).rpartition(":")
        bounds = span.split("-")
        if problem or not article or len(bounds) != 2 or not all(b.isdigit() for b in bounds):
            problems.append(problem or Problem(str(path), n, "id", "not article:start-end"))
            continue
        out.setdefault(article, []).append({**rec, "start": int(bounds[0]), "end": int(bounds[1])})
    if problems:
        raise DataError(problems)
    return out


def on_labelled_spans(path: str | Path, extractor=None) -> list[tuple[dict | None, dict]]:
    """Each span of a label file (see ``labelled_spans``) with the extractor's record matched to it (IoU >= 0.5) in
    its corpus article, or None where the extractor finds no such quote."""
    texts, extractor = load_corpus(), extractor or Extractor()
    pairs = []
    for article, labels in labelled_spans(path).items():
        preds = extractor.extract(texts[article])
        found = {j: preds[i] for i, j in match(preds, labels)}
        pairs += [(found.get(j), label) for j, label in enumerate(labels)]
    return pairs
