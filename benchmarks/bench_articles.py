"""Articles per second, end to end: quote extraction (one spaCy load, ``nlp.pipe`` batches) and stance
classification (batches sorted by length) on N corpus articles; then the latency of one article
(p50/p95 over the first 30) and the peak memory of a real ``predict.py`` run over the same articles.

    python benchmarks/bench_articles.py                       # 50 articles, checkpoints/diplostance-minilm
    python benchmarks/bench_articles.py -n 100 --model /tmp/quick
    python benchmarks/bench_articles.py --extract-only
    python benchmarks/bench_articles.py --backend onnx-int8   # ONNX Runtime, int8 weights
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from diplostance.corpus import load_corpus
from diplostance.inference import BACKENDS, DEFAULT_MODEL, load_classifier
from diplostance.pipeline import Extractor


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("-n", "--articles", type=int, default=50, help="corpus news articles to process (default 50)")
    p.add_argument("--model", default=str(DEFAULT_MODEL), help="checkpoint folder (default %(default)s)")
    p.add_argument("--extract-only", action="store_true", help="time extraction alone")
    p.add_argument("--batch-size", type=int, default=32, help="classifier batch size")
    p.add_argument("--backend", default="torch", choices=BACKENDS, help="inference engine (default %(default)s)")
    args = p.parse_args(argv)

    texts = [t for aid, t in sorted(load_corpus().items()) if not aid.startswith("unsc-")][:args.articles]
    clf = None if args.extract_only else load_classifier(args.model, batch_size=args.batch_size, backend=args.backend)
    extractor = Extractor()
    extractor.extract("Warm-up: \"We are ready,\" the minister said.")
    start = time.perf_counter()
    records = [r for recs in extractor.extract_many(texts) for r in recs]
    extracted = time.perf_counter()
    if clf is not None:
        clf.predict(records)
    done = time.perf_counter()
    result = {"articles": len(texts), "quotes": len(records), "extract_s": round(extracted - start, 2),
              "classify_s": round(done - extracted, 2), "total_s": round(done - start, 2),
              "articles_per_s": round(len(texts) / (done - start), 2),
              "model": None if clf is None else str(args.model), "backend": None if clf is None else args.backend}
    latencies = []
    for text in texts[:30]:
        start = time.perf_counter()
        recs = extractor.extract(text)
        if clf is not None and recs:
            clf.predict(recs)
        latencies.append((time.perf_counter() - start) * 1000)
    latencies.sort()
    result["latency_ms_p50"] = round(statistics.median(latencies))
    result["latency_ms_p95"] = round(latencies[min(len(latencies) - 1, round(0.95 * (len(latencies) - 1)))])
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "articles.jsonl"
        src.write_text("".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(texts)))
        cmd = [sys.executable, "predict.py", str(src), "--format", "jsonl", "--output", str(Path(tmp) / "out.jsonl")]
        cmd += ["--extract-only"] if clf is None else ["--model", str(args.model), "--backend", args.backend]
        subprocess.run(cmd, check=True, capture_output=True)
    result["predict_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
