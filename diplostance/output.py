"""Writing prediction rows as JSONL, CSV or a readable table; files are written atomically."""
from __future__ import annotations

import csv
import io
import json
import shutil
import sys
from typing import Sequence

from .io import atomic_open

FORMATS = ("jsonl", "csv", "table")


def flat_row(row: dict) -> dict:
    """A row for CSV: one `score_LABEL` column per score, lists and dicts as JSON."""
    out = {}
    for k, v in row.items():
        if k == "scores" and isinstance(v, dict):
            out.update({f"score_{n}": p for n, p in v.items()})
        elif isinstance(v, (list, dict)):
            out[k] = json.dumps(v, ensure_ascii=False)
        else:
            out[k] = v
    return out


def render(rows: Sequence[dict], fmt: str) -> str:
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if fmt == "csv":
        flat = [flat_row(r) for r in rows]
        columns = list(dict.fromkeys(k for r in flat for k in r))
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(flat)
        return buf.getvalue()
    width = max(60, shutil.get_terminal_size((120, 20)).columns)
    quote_w = max(20, width - 70)
    lines = [f"{'label':<13} {'conf':>5}  {'speaker':<22} {'target':<18} quote", "-" * min(width, 140)]
    for r in rows:
        conf = f"{max(r['scores'].values()):5.2f}" if r.get("scores") else "    -"
        quote = " ".join(str(r.get("quote", "")).split())
        quote = quote if len(quote) <= quote_w else quote[: quote_w - 1] + "\u2026"
        lines.append(f"{str(r.get('label', '-')):<13} {conf}  {str(r.get('speaker') or '')[:22]:<22} "
                     f"{str(r.get('target') or '')[:18]:<18} {quote}")
    return "\n".join(lines) + "\n"


def write_rows(rows: Sequence[dict], fmt: str | None, path: str | None) -> None:
    """Write to ``path`` atomically, or to stdout (a table when stdout is a terminal, else JSONL)."""
    if fmt is None:
        fmt = "table" if path is None and sys.stdout.isatty() else "jsonl"
    text = render(rows, fmt)
    if path is None or path == "-":
        sys.stdout.write(text)
    else:
        with atomic_open(path) as f:
            f.write(text)
