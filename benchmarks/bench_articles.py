"""Articles per second, end to end: quote extraction (one spaCy load, ``nlp.pipe`` batches) and stance
classification (batches sorted by length) on N corpus articles.

    python benchmarks/bench_articles.py                       # 50 articles, checkpoints/diplostance-minilm
    python benchmarks/bench_articles.py -n 100 --model /tmp/quick
    python benchmarks/bench_articles.py --extract-only
"""
from __future__ import annotations

import argparse
import json
import time

from diplostance.corpus import load_corpus
from diplostance.inference import DEFAULT_MODEL, StanceClassifier
from diplostance.pipeline import Extractor


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("-n", "--articles", type=int, default=50, help="corpus news articles to process (default 50)")
    p.add_argument("--model", default=str(DEFAULT_MODEL), help="checkpoint folder (default %(default)s)")
    p.add_argument("--extract-only", action="store_true", help="time extraction alone")
    p.add_argument("--batch-size", type=int, default=32, help="classifier batch size")
    args = p.parse_args(argv)

    texts = [t for aid, t in sorted(load_corpus().items()) if not aid.startswith("unsc-")][:args.articles]
    clf = None if args.extract_only else StanceClassifier(args.model, batch_size=args.batch_size)
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
              "model": None if clf is None else str(args.model)}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
