"""Reading JSONL with located errors, and atomic writes."""
from __future__ import annotations

import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterable, Iterator

from .errors import DataError, Problem


def read_text(path: str | Path) -> str:
    """Read a UTF-8 text file; a non-UTF-8 or binary file raises a DataError naming the file."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise DataError([Problem(str(path), None, None, f"cannot read: {e.strerror}")]) from None
    if b"\x00" in data[:8192]:
        raise DataError([Problem(str(path), None, None, "binary file, not text")])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise DataError([Problem(str(path), line, None, f"not valid UTF-8 (byte {e.start})")]) from None


def iter_jsonl(path: str | Path) -> Iterator[tuple[int, dict | None, Problem | None]]:
    """Yield ``(line_number, record, problem)`` for every non-blank line; exactly one of record/problem is set."""
    for n, line in enumerate(jsonl_lines(read_text(path)), 1):
        if not line.strip():
            continue
        rec, message = parse_json_line(line)
        if message:
            yield n, None, Problem(str(path), n, None, message)
            continue
        yield n, rec, None


def jsonl_lines(text: str) -> list[str]:
    """The lines of a JSONL text, split at line feeds only (``str.splitlines`` also splits at U+2028, U+0085
    and form feeds, which JSON strings may hold unescaped); a trailing carriage return is dropped."""
    return [line.removesuffix("\r") for line in text.split("\n")]


def parse_json_line(line: str) -> tuple[dict | None, str | None]:
    """``(record, None)`` for a JSON object, else ``(None, message)``; never raises."""
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        return None, f"malformed JSON ({e.msg} at column {e.colno})"
    except RecursionError:
        return None, "malformed JSON (nested too deeply)"
    if not isinstance(rec, dict):
        return None, "each line must be a JSON object"
    if "\\u" in line:  # an escaped lone surrogate ("\ud800") decodes to a str that cannot be written as UTF-8
        try:
            json.dumps(rec, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            return None, "invalid Unicode escape (a lone surrogate such as \\ud800)"
        except (RecursionError, ValueError):
            return None, "malformed JSON (nested too deeply)"
    return rec, None


@contextmanager
def atomic_open(path: str | Path, mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO]:
    """Open a temporary file beside ``path`` and rename it over ``path`` only when the block succeeds."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600 files; give the usual permissions of a new file
    try:
        with os.fdopen(fd, mode, encoding=None if "b" in mode else encoding) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_jsonl(path: str | Path, records: Iterable[dict]) -> int:
    n = 0
    with atomic_open(path) as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
            n += 1
    return n


def write_json(path: str | Path, obj) -> None:
    with atomic_open(path) as f:
        json.dump(obj, f, indent=2, ensure_ascii=False)
        f.write("\n")
