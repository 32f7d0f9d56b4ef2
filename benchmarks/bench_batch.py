"""Batch prediction at scale: articles per second of ``predict.py --workers 1`` against ``--workers 2`` on N corpus
news articles (end to end, process start and model loading included; ``rows_differing`` counts the rows of the
2-worker output missing from the 1-worker output, scores left out),
then the peak memory of one streaming ``predict.py`` run over many articles, read when it has written 50, 200, 800
articles (the news articles repeated under new ids to reach the largest size; Linux, read from ``/proc``).

    python benchmarks/bench_batch.py                                  # 100 articles; memory at 50, 200, 800
    python benchmarks/bench_batch.py -n 200 --sizes 100 1000 4000 --model /tmp/quick
    python benchmarks/bench_batch.py --extract-only
    python benchmarks/bench_batch.py --backend onnx-int8 --sizes 50         # ONNX Runtime int8 in every worker
"""
from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from diplostance.batch import partial_folder
from diplostance.corpus import load_corpus
from diplostance.inference import BACKENDS, DEFAULT_MODEL


def write_articles(path: Path, news: list[tuple[str, str]], n: int) -> Path:
    """``n`` articles as JSONL, cycling through ``news`` (repeats get new ids)."""
    with path.open("w", encoding="utf-8") as f:
        for k, (aid, text) in zip(range(n), itertools.cycle(news)):
            f.write(json.dumps({"id": f"{aid}#{k // len(news)}", "text": text}) + "\n")
    return path


def predict_cmd(src: Path, out: Path, args, *extra: str) -> list[str]:
    cmd = [sys.executable, "predict.py", str(src), "--format", "jsonl", "--output", str(out), *extra]
    return cmd + (["--extract-only"] if args.extract_only else ["--model", str(args.model), "--backend", args.backend])


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def differing_rows(a: list[dict], b: list[dict]) -> int:
    """Rows of ``a`` not in ``b`` (scores left out: the classifier's batches differ between the runs)."""
    key = lambda r: json.dumps({k: v for k, v in r.items() if k != "scores"}, sort_keys=True)  # noqa: E731
    return sum((Counter(map(key, a)) - Counter(map(key, b))).values())


def throughput(news, args, tmp: Path) -> dict:
    src = write_articles(tmp / "speed.jsonl", news, args.articles)
    result, outputs = {"articles": args.articles}, []
    for workers in (1, 2):
        out = tmp / f"speed-{workers}.jsonl"
        start = time.perf_counter()
        subprocess.run(predict_cmd(src, out, args, "--workers", str(workers)), check=True, capture_output=True)
        wall = time.perf_counter() - start
        result[f"workers_{workers}"] = {"wall_s": round(wall, 1), "articles_per_s": round(args.articles / wall, 2)}
        outputs.append(rows(out))
    result["quotes"] = [len(o) for o in outputs]
    result["rows_differing"] = differing_rows(outputs[1], outputs[0])
    return result


def committed(dest: Path) -> int:
    """Articles a running ``predict.py --output dest`` has written so far (its ``.done`` lines)."""
    try:
        return sum(len(f.read_text(encoding="utf-8").splitlines())
                   for f in partial_folder(dest).glob("worker-*/*.done"))
    except OSError:   # a batch file renamed away while reading, or the run finished
        return 0


def peak_mb(pid: int, before: int) -> int:
    """The peak resident memory of a running process so far (Linux ``/proc``); ``before`` once it has ended."""
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="utf-8")
    except OSError:
        return before
    hwm = next((line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")), None)
    return before if hwm is None else round(int(hwm) / 1024)        # no VmHWM: the process is exiting


def memory(news, args, tmp: Path) -> dict:
    """One streaming run over the largest size; its peak RSS so far when each size was written (sampled every
    second)."""
    src = write_articles(tmp / "memory.jsonl", news, max(args.sizes))
    dest = tmp / "memory.out.jsonl"
    start = time.perf_counter()
    proc = subprocess.Popen(predict_cmd(src, dest, args), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    todo, out, peak = sorted(args.sizes), [], 0
    while proc.poll() is None:
        done, peak = committed(dest), peak_mb(proc.pid, peak)
        while todo and done >= todo[0]:
            out.append({"articles": todo.pop(0), "peak_rss_mb": peak, "wall_s": round(time.perf_counter() - start)})
        time.sleep(1)
    if proc.returncode:
        raise SystemExit(f"predict.py failed with exit code {proc.returncode}")
    out += [{"articles": n, "peak_rss_mb": peak, "wall_s": round(time.perf_counter() - start)} for n in todo]
    return {"quotes": len(rows(dest)), "at": out}


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("-n", "--articles", type=int, default=100, help="articles for the speed runs (default 100)")
    p.add_argument("--sizes", type=int, nargs="+", default=[50, 200, 800],
                   help="article counts at which the memory run is read (default 50 200 800)")
    p.add_argument("--model", default=str(DEFAULT_MODEL), help="checkpoint folder (default %(default)s)")
    p.add_argument("--backend", choices=BACKENDS, default="torch", help="inference engine (default torch)")
    p.add_argument("--extract-only", action="store_true", help="extraction alone, no classifier")
    args = p.parse_args(argv)

    news = [(aid, t) for aid, t in sorted(load_corpus().items()) if not aid.startswith("unsc-")]
    with tempfile.TemporaryDirectory() as tmp:
        result = {"speed": throughput(news, args, Path(tmp)), "memory": memory(news, args, Path(tmp)),
                  "model": None if args.extract_only else str(args.model)}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
