"""``diplostance merge NEW... --into FILE``: add new annotations to an annotation file without duplicates.

* a quote already present (``annotations.same_quote``) with the same label and target is skipped as a duplicate;
* with a different label or target it is a **conflict**: the file keeps its version, and both versions go to
  ``<into>.conflicts`` (JSON lines, appended, never overwritten) for adjudication;
* everything else is appended, the lines of both files kept verbatim; the file is replaced atomically.

The conflicts file does not end in ``.jsonl`` on purpose: annotation folders are read as ``*.jsonl``.
"""
from __future__ import annotations

import json
import os
import stat
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .annotations import Record, differing, has_lines, load_records, parse_labels, quote_keys, same_quote
from .errors import DataError, Problem
from .io import atomic_open, iter_jsonl


@dataclass
class MergeResult:
    before: int = 0
    added: list[Record] = field(default_factory=list)
    duplicates: list[tuple[Record, Record]] = field(default_factory=list)
    conflicts: list[dict] = field(default_factory=list)
    new_conflicts: int = 0
    pending_conflicts: int = 0

    def summary(self, into: str, conflicts_path: str) -> str:
        lines = [f"merged into {into} ({self.before} item(s) before, {self.before + len(self.added)} after):",
                 f"  added:               {len(self.added)}",
                 f"  duplicates skipped:  {len(self.duplicates)}",
                 f"  conflicts:           {len(self.conflicts)}"]
        if self.conflicts:
            lines.append(f"  both versions of each conflict are kept in {conflicts_path} ({self.new_conflicts} new); "
                         f"the annotation file keeps its version until you adjudicate")
        if self.pending_conflicts:
            lines.append(f"  {self.pending_conflicts} conflict(s) await adjudication in {conflicts_path}")
        return "\n".join(lines)


def conflicts_path(into: str | Path) -> Path:
    into = Path(into)
    return into.with_name(into.name + ".conflicts")


class _Index:
    def __init__(self):
        self.by_key: dict[tuple, list[Record]] = defaultdict(list)
        self.ids: dict[str, Record] = {}

    def add(self, rec: Record) -> None:
        for k in quote_keys(rec):
            self.by_key[k].append(rec)
        self.ids.setdefault(rec.raw.get("id"), rec)

    def find(self, rec: Record) -> Record | None:
        seen = set()
        for k in quote_keys(rec):
            for other in self.by_key.get(k, []):
                if id(other) not in seen and same_quote(rec, other):
                    return other
                seen.add(id(other))
        return None


def _conflict(existing: Record, incoming: Record, fields: list[str]) -> dict:
    return {"fields": fields, "existing": {"where": existing.where, "record": existing.raw},
            "incoming": {"where": incoming.where, "record": incoming.raw}}


def merge(new_files: list[str], into: str | Path, labels: list[str] | None = None, corpus: list[str] | None = None,
          id_prefix: str = "", dry_run: bool = False) -> MergeResult:
    """Merge ``new_files`` into ``into`` (created when missing); see the module docstring."""
    into = Path(into)
    problems: list[Problem] = []
    existing: list[Record] = []
    try:
        if has_lines(into):
            existing = load_records([into], labels=labels, corpus=corpus)
    except DataError as e:
        problems += e.problems
    try:
        incoming = load_records(new_files, labels=labels, corpus=corpus)
    except DataError as e:
        raise DataError(problems + e.problems) from None
    if problems:
        raise DataError(problems)

    index = _Index()
    for rec in existing:
        index.add(rec)
    result = MergeResult(before=len(existing))
    for rec in incoming:
        if id_prefix:
            rec.raw = dict(rec.raw, id=id_prefix + rec.raw["id"])
            rec.text = json.dumps(rec.raw, ensure_ascii=False)
        other = index.find(rec)
        if other is not None:
            fields = differing(other.raw, rec.raw)
            if fields:
                result.conflicts.append(_conflict(other, rec, fields))
            else:
                result.duplicates.append((rec, other))
            continue
        clash = index.ids.get(rec.raw["id"])
        if clash is not None:
            problems.append(Problem(rec.file, rec.line, "id", f"id {rec.raw['id']!r} is already used by a different "
                                                              f"quote at {clash.where}; rename it or use --id-prefix"))
            continue
        index.add(rec)
        result.added.append(rec)
    if problems:
        raise DataError(problems)

    cpath = conflicts_path(into)
    old = [rec for _, rec, problem in iter_jsonl(cpath) if not problem] if has_lines(cpath) else []
    known = {json.dumps([c["existing"]["record"], c["incoming"]["record"]], sort_keys=True) for c in old}
    fresh = [c for c in result.conflicts
             if json.dumps([c["existing"]["record"], c["incoming"]["record"]], sort_keys=True) not in known]
    result.new_conflicts = len(fresh)
    result.pending_conflicts = len(old) + len(fresh)
    if dry_run:
        return result
    if result.added:
        mode = _mode(into)
        with atomic_open(into) as f:
            for rec in existing:
                f.write(rec.text + "\n")
            for rec in result.added:
                f.write(rec.text + "\n")
        os.chmod(into, mode)
    if fresh:
        mode = _mode(cpath)
        with atomic_open(cpath) as f:
            for c in old + fresh:
                f.write(json.dumps(c, ensure_ascii=False) + "\n")
        os.chmod(cpath, mode)
    return result


def _mode(path: Path) -> int:
    """The file's permission bits, or the umask default for a new file (the atomic temp file is 0600)."""
    if path.exists():
        return stat.S_IMODE(path.stat().st_mode)
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _cli(args) -> int:
    import sys

    result = merge(args.new, args.into, labels=parse_labels(args.labels), corpus=args.corpus,
                   id_prefix=args.id_prefix, dry_run=args.dry_run)
    for c in result.conflicts:
        inc, ex = c["incoming"], c["existing"]
        for f in c["fields"]:
            print(f"{inc['where']}: {f}: conflicts with {ex['where']} "
                  f"(existing {ex['record'].get(f)!r}, new {inc['record'].get(f)!r})", file=sys.stderr)
    print(("dry run, nothing written. " if args.dry_run else "")
          + result.summary(str(args.into), str(conflicts_path(args.into))))
    return 0


def register_cli(subparsers):
    p = subparsers.add_parser("merge", help="add new annotations to a file: no duplicate quotes, conflicts kept",
                              description=__doc__, formatter_class=__import__("argparse").RawDescriptionHelpFormatter)
    p.add_argument("new", nargs="+", metavar="NEW", help="annotation JSONL file(s) or folders to add")
    p.add_argument("--into", required=True, metavar="FILE", help="annotation file to add to (created if missing)")
    p.add_argument("--labels", help="comma-separated allowed labels (default: any)")
    p.add_argument("--corpus", action="append", metavar="PATH", help="corpus file(s) or folder for standoff items "
                                                "(default $DIPLOSTANCE_CORPUS or ../shared/corpus)")
    p.add_argument("--id-prefix", default="", help="prefix the ids of the new items (e.g. your initials-)")
    p.add_argument("--dry-run", action="store_true", help="report what would change, write nothing")
    p.set_defaults(func=_cli)
    return p
