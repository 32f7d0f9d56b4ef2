"""``predict`` on many articles: streamed in bounded batches, resumable, split into shards and processes.

**Streaming.** Articles are read lazily and go through one ``Extractor`` (one spaCy ``nlp.pipe``); every
``--articles-per-batch`` articles (or 4096 quotes, whichever comes first) the batch's quotes are classified and
its rows written, so memory is bounded by one batch whatever the size of the corpus.

**Resuming** (``--output FILE``). The run keeps its state in the folder ``FILE.partial``:

* ``meta.json``: the settings that decide the output (inputs, format, target, model and a fingerprint of its
  files, shard, number of processes);
* ``worker-W/NNNNNNNN.rows``: the rendered rows of one batch of worker ``W`` (JSONL or CSV lines, table lines);
* ``worker-W/NNNNNNNN.done``: one JSON line per article of that batch, quotes or none: its position in the
  input, its name and the byte length of its rows.

Each file is written to a temporary file and renamed into place, the ``.rows`` before the ``.done``: a batch
counts only once its ``.done`` exists, and then its rows are complete. A crash or ``kill -9`` leaves at most a
temporary file or a ``.rows`` without ``.done``, which the next run deletes and redoes, so no half-written line
is ever read back and nothing is duplicated. A rerun with the same arguments checks that the committed
articles are still the first articles of each worker's input (else it stops: the input changed) and goes on
after them. ``FILE`` itself appears only at the end, written (temporary file + rename) from the batches in
input order; then ``FILE.partial`` is removed, so a killed run never leaves a truncated ``FILE`` and an older
``FILE`` stays as it was until then. A rerun whose settings differ from ``meta.json`` is refused, naming the
differences, unless ``--overwrite`` (which discards ``FILE.partial``). A run interrupted before its first batch
is committed leaves nothing behind.

**Shards.** An article (its name: the path as given, or the JSONL ``id``) belongs to shard ``h % K`` of
``--num-shards K``, where ``h`` is the first 8 bytes of the SHA-1 of the name as UTF-8: the same on every
machine and run, so shards run by any scheduler partition the input exactly. Within a shard, process ``W`` of
``N`` takes the articles with ``h // K % N == W``. A problem (unreadable file, bad JSONL line, named
``file:line``) is reported by the one process that owns its name.

**Processes.** ``--workers N`` spawns N processes on this machine (each loads the model once and uses
``cores // N`` torch threads). Under ``accelerate launch`` or ``torchrun`` (``WORLD_SIZE`` > 1) each launched
process is one worker (its rank); the main process prepares ``FILE.partial`` and, once all are done, merges.
Either way ``FILE`` holds the rows in input order, the same bytes as one process writes (up to float rounding
of the scores, whose batches differ), and the state layout is the same, so an interrupted ``--workers 2`` run
may be resumed by a 2-process ``accelerate launch`` and back.
"""
from __future__ import annotations

import csv
import hashlib
import heapq
import io
import json
import os
import shutil
import sys
import tempfile
from collections import deque
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path
from typing import Callable, Iterable, Iterator

from . import output as _output
from .io import atomic_open, read_text

#: Output columns, in order (the CLI contract).
COLUMNS = ("article", "start", "end", "quote", "speaker", "target", "label", "scores", "direct",
           "target_candidates", "speaker_role", "cue")
_MAX_ROWS = 4096                      # a batch is also cut at this many quotes
_BARRIER_TIMEOUT = timedelta(days=2)  # accelerate: how long the processes wait for the slowest shard

Position = tuple[int, int]


# ------------------------------------------------------------------------------------------------ the split

def name_hash(name: str) -> int:
    """A stable 64-bit hash of an article name (first 8 bytes of its SHA-1)."""
    return int.from_bytes(hashlib.sha1(name.encode("utf-8", "surrogatepass")).digest()[:8], "big")


@dataclass(frozen=True)
class Split:
    """The articles one process handles: shard ``index`` of ``count``, and worker ``worker`` of ``workers``
    within that shard."""

    index: int = 0
    count: int = 1
    worker: int = 0
    workers: int = 1

    def owns(self, name: str) -> bool:
        h = name_hash(name)
        return h % self.count == self.index and h // self.count % self.workers == self.worker

    def of_worker(self, worker: int, workers: int) -> Split:
        return replace(self, worker=worker, workers=workers)


# ------------------------------------------------------------------------------------------------ rendering

@dataclass(frozen=True)
class Job:
    """What every worker needs (picklable): the expanded inputs and the output settings."""

    paths: tuple[str, ...]
    fmt: str
    target: str | None
    model: str | None           # None: --extract-only
    labels: tuple[str, ...]     # the model's labels (CSV columns)
    backend: str
    batch_size: int
    min_confidence: float
    articles_per_batch: int

    def header(self) -> str:
        """What the output starts with: the CSV header or the table's head, else nothing."""
        if self.fmt == "csv":
            buf = io.StringIO()
            csv.writer(buf, lineterminator="\n").writerow(self._csv_columns())
            return buf.getvalue()
        return _output.render([], "table") if self.fmt == "table" else ""

    def body(self, rows: list[dict]) -> str:
        """The rows as they appear after the header."""
        if self.fmt == "csv":
            buf = io.StringIO()
            csv.DictWriter(buf, fieldnames=self._csv_columns(), lineterminator="\n").writerows(map(_output.flat_row, rows))
            return buf.getvalue()
        text = _output.render(rows, self.fmt)
        return text.split("\n", 2)[2] if self.fmt == "table" else text

    def _csv_columns(self) -> list[str]:
        cols = [c for c in COLUMNS if self.model or c not in ("label", "scores")]
        return [x for c in cols for x in ([f"score_{n}" for n in self.labels] if c == "scores" else [c])]


def _rows(name: str, records: list[dict], preds: list[dict]) -> list[dict]:
    return [{k: row[k] for k in COLUMNS if k in row} for row in (dict({"article": name}, **r, **p)
                                                                  for r, p in zip(records, preds))]


# ------------------------------------------------------------------------------------------------ the state

def _write(path: Path, text: str) -> None:
    with atomic_open(path) as f:
        f.write(text)


class Shelf:
    """The committed batches of one worker: ``NNNNNNNN.rows`` + ``NNNNNNNN.done`` (the commit mark)."""

    def __init__(self, folder: Path):
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self._n = len(self._done_files())

    def _done_files(self) -> list[Path]:
        return sorted(self.folder.glob("*.done"))

    def clean(self) -> None:
        """Delete what a killed run left: temporary files, and rows whose batch was never committed."""
        for f in self.folder.iterdir():
            if f.name.startswith(".") or f.suffix == ".rows" and not f.with_suffix(".done").exists():
                f.unlink()

    def entries(self) -> Iterator[dict]:
        """``{"pos", "name", "bytes"}`` of every committed article, in order."""
        for done in self._done_files():
            for line in read_text(done).splitlines():
                yield json.loads(line)

    def commit(self, parts: list[tuple[Position, str, str]]) -> None:
        """Write one batch: ``(position, name, rendered rows)`` per article."""
        stem = self.folder / f"{self._n:08d}"
        _write(stem.with_suffix(".rows"), "".join(text for _, _, text in parts))
        _write(stem.with_suffix(".done"), "".join(json.dumps({"pos": list(pos), "name": name,
                                                              "bytes": len(text.encode("utf-8"))}) + "\n"
                                                  for pos, name, text in parts))
        self._n += 1

    def articles(self) -> Iterator[tuple[Position, bytes]]:
        """``(position, rows)`` of every committed article, in order."""
        for done in self._done_files():
            with open(done.with_suffix(".rows"), "rb") as rows:
                for line in read_text(done).splitlines():
                    entry = json.loads(line)
                    yield tuple(entry["pos"]), rows.read(entry["bytes"])


class _Stdout:
    """A worker's sink when rows go straight to stdout (one process, no ``--output``)."""

    def __init__(self, header: str):
        sys.stdout.write(header)

    def entries(self) -> Iterator[dict]:
        return iter(())

    def commit(self, parts: list[tuple[Position, str, str]]) -> None:
        sys.stdout.write("".join(text for _, _, text in parts))
        sys.stdout.flush()


class State:
    """``FILE.partial`` (or a temporary folder): ``meta.json`` and one ``Shelf`` per worker."""

    def __init__(self, folder: Path):
        self.folder = folder

    @classmethod
    def open(cls, output: Path, meta: dict, overwrite: bool) -> State:
        """The state of ``output``: new, or the interrupted run's if its settings are ``meta``."""
        folder = partial_folder(output)
        if folder.exists() and not folder.is_dir():
            raise FileExistsError(f"{folder} exists and is not the folder of an interrupted run; remove it or "
                                  f"choose another --output")
        if overwrite and folder.exists():
            _discard(folder)
        old = _read_meta(folder / "meta.json")
        if old is None:
            folder.mkdir(parents=True, exist_ok=True)
            try:
                _write(folder / "meta.json", json.dumps(meta, indent=2, sort_keys=True) + "\n")
            except BaseException:
                shutil.rmtree(folder, ignore_errors=True)
                raise
        elif old != meta:
            changed = "; ".join(f"{k}: {old.get(k)!r} then, {meta.get(k)!r} now"
                                for k in sorted(set(old) | set(meta)) if old.get(k) != meta.get(k))
            raise ValueError(f"{folder} holds an interrupted run with other settings ({changed}); rerun with the "
                             f"same arguments to resume it, or add --overwrite to start over")
        return cls(folder)

    def shelf(self, worker: int) -> Path:
        return self.folder / f"worker-{worker}"

    def committed(self) -> bool:
        return any(self.folder.glob("worker-*/*.done"))

    def finish(self, header: str, output: str | None, workers: int) -> None:
        """Write every committed row, in input order, to ``output`` (atomically) or stdout; drop the state."""
        shelves = [Shelf(self.shelf(w)) for w in range(workers)]
        merged = heapq.merge(*(s.articles() for s in shelves), key=lambda item: item[0])
        if output is None:
            sys.stdout.write(header)
            for _, data in merged:
                sys.stdout.write(data.decode("utf-8"))
        else:
            with atomic_open(output, "wb") as f:
                f.write(header.encode("utf-8"))
                for _, data in merged:
                    f.write(data)
        _discard(self.folder)


def partial_folder(output: Path) -> Path:
    """Where the run writing ``output`` keeps its state: ``output`` + ``.partial``."""
    return output.with_name(output.name + ".partial")


def _discard(folder: Path) -> None:
    """Delete a state folder: renamed away first (one atomic step), so a kill while deleting never leaves a
    state that looks resumable but lacks batches."""
    trash = folder.with_name(f".{folder.name}.deleting-{os.getpid()}")
    os.replace(folder, trash)
    shutil.rmtree(trash)


def _read_meta(path: Path) -> dict | None:
    if not path.exists():
        return None
    try:
        return json.loads(read_text(path))
    except json.JSONDecodeError as e:
        raise ValueError(f"{path}: not JSON ({e.msg}); delete it or add --overwrite") from None


def _fingerprint(model: str) -> dict:
    """The checkpoint's absolute path, the SHA-1 of its config and the size and time of its weight files."""
    folder = Path(model).resolve()
    weights = sorted(folder.glob("*.safetensors")) + sorted(folder.glob("*.safetensors.index.json"))
    return {"path": str(folder),
            "config_sha1": hashlib.sha1((folder / "config.json").read_bytes()).hexdigest(),
            "weights": {f.name: [f.stat().st_size, f.stat().st_mtime_ns] for f in weights}}


def _meta(args, fmt: str, processes: int) -> dict:
    return {"inputs": list(args.articles), "format": fmt, "target": args.target,
            "model": None if args.extract_only else _fingerprint(args.model), "backend": args.backend,
            "min_confidence": args.min_confidence, "num_shards": args.num_shards or 1,
            "shard_index": args.shard_index or 0, "processes": processes}


# ------------------------------------------------------------------------------------------------ one worker

class _Report:
    """Prints each input problem on stderr and counts them."""

    def __init__(self):
        self.count = 0

    def __call__(self, message: str) -> None:
        self.count += 1
        print(message, file=sys.stderr)


def _skip_committed(articles: Iterator, entries: Iterable[dict], where: Path | None) -> int:
    """Advance ``articles`` past the committed ones, checking they are the same; returns how many."""
    n = 0
    for n, entry in enumerate(entries, 1):
        got = next(articles, None)
        if got is None or [list(got[0]), got[1]] != [entry["pos"], entry["name"]]:
            now = "missing" if got is None else repr(got[1])
            raise ValueError(f"{where}: the input changed since the interrupted run (its article {n} was "
                             f"{entry['name']!r}, now {now}); add --overwrite to start over")
    return n


def _extracted(articles: Iterable[tuple[Position, str, str]], target: str | None
               ) -> Iterator[tuple[Position, str, list[dict]]]:
    """``(position, name, records)`` per article, through one Extractor (read lazily, in order)."""
    from .pipeline import Extractor

    pending: deque[tuple[Position, str]] = deque()

    def texts():
        for pos, name, text in articles:
            pending.append((pos, name))
            yield text

    for records in Extractor().extract_many(texts(), target):
        pos, name = pending.popleft()
        yield pos, name, records


def _batches(items: Iterable[tuple], articles: int) -> Iterator[list[tuple]]:
    """Consecutive groups of at most ``articles`` items and (beyond one article) ``_MAX_ROWS`` records."""
    batch, rows = [], 0
    for item in items:
        batch.append(item)
        rows += len(item[2])
        if len(batch) >= articles or rows >= _MAX_ROWS:
            yield batch
            batch, rows = [], 0
    if batch:
        yield batch


def _progress(items: Iterable, job: Job, split: Split, done: int) -> Iterable:
    """A progress bar on stderr for a single process over several inputs."""
    from tqdm import tqdm

    if split.workers > 1 or len(job.paths) < 2:
        return items
    one_per_file = split.count == 1 and not any(p == "-" or p.endswith(".jsonl") for p in job.paths)
    return tqdm(items, total=len(job.paths) if one_per_file else None, initial=done, unit="article",
                file=sys.stderr, disable=None)


def run_worker(job: Job, split: Split, shelf: Path | None) -> int:
    """Process the articles of ``split`` into ``shelf`` (or straight to stdout when ``None``), skipping those it
    already holds; returns the number of problems reported on stderr."""
    from .pipeline import iter_articles

    report = _Report()
    if shelf is None:
        sink = _Stdout(job.header())
    else:
        sink = Shelf(shelf)
        sink.clean()
    articles = iter_articles(list(job.paths), report, split.owns)
    done = _skip_committed(articles, sink.entries(), shelf)
    if done:
        print(f"note: {shelf}: {done} article(s) done by the interrupted run, going on after them", file=sys.stderr)
    classify = _classifier(job)
    for batch in _batches(_progress(_extracted(articles, job.target), job, split, done), job.articles_per_batch):
        preds = classify([r for _, _, recs in batch for r in recs])
        parts, k = [], 0
        for pos, name, recs in batch:
            parts.append((pos, name, job.body(_rows(name, recs, preds[k:k + len(recs)]))))
            k += len(recs)
        sink.commit(parts)
    return report.count


def _classifier(job: Job) -> Callable[[list[dict]], list[dict]]:
    """Records -> ``{"label", "scores"}`` each (empty dicts with ``--extract-only``); the model loads once."""
    if job.model is None:
        return lambda records: [{}] * len(records)
    from .inference import load_classifier

    clf = load_classifier(job.model, batch_size=job.batch_size, backend=job.backend)
    return lambda records: clf.predict(records, min_confidence=job.min_confidence) if records else []


def _worker_process(job: Job, split: Split, shelf: Path, threads: int) -> int:
    """One of ``--workers N`` spawned processes: ``threads`` torch threads, then ``run_worker``."""
    import torch

    torch.set_num_threads(threads)
    return run_worker(job, split, shelf)


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _run_pool(job: Job, split: Split, state: State, workers: int) -> int:
    """Run ``workers`` spawned processes, one per worker split; the sum of their problem counts."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    threads = max(1, _cores() // workers)
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        futures = [pool.submit(_worker_process, job, split.of_worker(w, workers), state.shelf(w), threads)
                   for w in range(workers)]
        return sum(f.result() for f in futures)


# ------------------------------------------------------------------------------------------------ the command

def _world_size() -> int:
    return int(os.environ.get("WORLD_SIZE", "1"))


def check_args(args, world: int) -> list[str]:
    """Every problem with the article-mode options, as messages."""
    out = []
    if not args.articles:
        out.append("predict: give ARTICLE paths (files, folders, globs or - for stdin) or --quotes FILE")
    if (args.num_shards is None) != (args.shard_index is None):
        out.append("predict: --num-shards K and --shard-index I go together (I from 0 to K-1)")
    elif args.num_shards is not None and args.num_shards < 1:
        out.append(f"predict: --num-shards must be at least 1, not {args.num_shards}")
    elif args.num_shards is not None and not 0 <= args.shard_index < args.num_shards:
        out.append(f"predict: --shard-index {args.shard_index} is out of range for --num-shards "
                   f"{args.num_shards} (0 to {args.num_shards - 1})")
    if args.workers < 1:
        out.append(f"predict: --workers must be at least 1, not {args.workers}")
    if args.articles_per_batch < 1:
        out.append(f"predict: --articles-per-batch must be at least 1, not {args.articles_per_batch}")
    if world > 1 and args.workers > 1:
        out.append("predict: --workers cannot be combined with accelerate launch/torchrun (each launched process "
                   "is a worker already)")
    if "-" in args.articles and (args.workers > 1 or world > 1):
        out.append("predict: stdin (-) can be read by one process only; save it to a file to use several")
    if world > 1 and args.output in (None, "-"):
        out.append("predict: under accelerate launch/torchrun give --output FILE (the processes merge through it)")
    if args.overwrite and args.output in (None, "-"):
        out.append("predict: --overwrite needs --output FILE")
    if args.output not in (None, "-") and Path(args.output).is_dir():
        out.append(f"error: {args.output}: is a folder; --output needs a file path")
    return out


def article_options_misused(args) -> list[str]:
    """Messages for article-mode options given with ``--quotes``."""
    given = [flag for flag, on in (("--num-shards", args.num_shards is not None),
                                   ("--shard-index", args.shard_index is not None),
                                   ("--workers", args.workers != 1), ("--overwrite", args.overwrite)) if on]
    return [f"predict: {flag} applies to ARTICLE input, not --quotes" for flag in given]


def _labels(model: str) -> tuple[str, ...]:
    """The label names of a checkpoint, from its ``config.json``."""
    from .inference import check_model_dir

    cfg = json.loads(read_text(check_model_dir(model) / "config.json"))
    return tuple(cfg["id2label"][str(i)] for i in range(len(cfg["id2label"])))


def run(args) -> int:
    """The ``predict ARTICLE...`` command (see the module docstring). Exit code 1 if an input could not be
    read (each is reported on stderr, the others are processed), 2 on bad options, else 0."""
    from .pipeline import expand_inputs

    world = _world_size()
    messages = check_args(args, world)
    for message in messages:
        print(message, file=sys.stderr)
    if messages:
        return 2
    fmt = args.format or ("table" if args.output in (None, "-") and sys.stdout.isatty() else "jsonl")
    output = None if args.output in (None, "-") else args.output
    split = Split(args.shard_index or 0, args.num_shards or 1)
    labels = () if args.extract_only else _labels(args.model)   # a missing model is an error before any work

    def job_for(paths: list[str]) -> Job:
        return Job(tuple(paths), fmt, args.target, None if args.extract_only else args.model, labels, args.backend,
                   args.batch_size, args.min_confidence, args.articles_per_batch)

    if world > 1:
        return _run_distributed(args, job_for, split, fmt, output)
    report = _Report()
    job = job_for(expand_inputs(args.articles, report, split.owns))
    if output is None and args.workers == 1:
        return 1 if run_worker(job, split, None) + report.count else 0
    state = State.open(Path(output), _meta(args, fmt, args.workers), args.overwrite) if output \
        else State(Path(tempfile.mkdtemp(prefix="diplostance-predict-")))
    try:
        if args.workers == 1:
            n = run_worker(job, split, state.shelf(0))
        else:
            n = _run_pool(job, split, state, args.workers)
        state.finish(job.header(), output, args.workers)
    except BaseException:
        if output is None or not state.committed():   # nothing to resume: leave nothing behind
            shutil.rmtree(state.folder, ignore_errors=True)
        raise
    return 1 if n + report.count else 0


def _run_distributed(args, job_for: Callable[[list[str]], Job], split: Split, fmt: str, output: str) -> int:
    """One process of ``accelerate launch``/``torchrun``: rank R of N is worker R; the main process prepares the
    state, and merges once every process is done."""
    import torch
    from accelerate import PartialState
    from accelerate.utils import broadcast_object_list, gather_object

    from .pipeline import expand_inputs

    ps = PartialState(cpu=not torch.cuda.is_available(), timeout=_BARRIER_TIMEOUT)
    rank, world = ps.process_index, ps.num_processes
    torch.set_num_threads(max(1, _cores() // int(os.environ.get("LOCAL_WORLD_SIZE", world))))
    mine = split.of_worker(rank, world)
    report = _Report()
    job = job_for(expand_inputs(args.articles, report, mine.owns))
    failure = [None]
    if ps.is_main_process:
        try:
            State.open(Path(output), _meta(args, fmt, world), args.overwrite)
        except (ValueError, OSError) as e:
            failure = [str(e)]
    broadcast_object_list(failure)
    if failure[0]:
        raise ValueError(failure[0])
    state = State(partial_folder(Path(output)))
    problems = report.count + run_worker(job, mine, state.shelf(rank))
    total = sum(gather_object([problems]))    # also waits for every process
    if ps.is_main_process:
        state.finish(job.header(), output, world)
    ps.wait_for_everyone()
    return 1 if total else 0
