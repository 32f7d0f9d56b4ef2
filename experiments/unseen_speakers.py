"""Speakers on articles outside the gold: a check that the fifth round of speaker rules generalises.

  python experiments/unseen_speakers.py [--labels experiments/unseen_speakers.jsonl]

The labels are the 46 quotes, in the 190 corpus news articles outside ``data/extraction/gold_articles.txt``,
whose speaker differs between the extractor before the fifth round of rules (commit bde4e2e) and after it
(commit f520048). A reader that saw only the
speaker guidelines and the article, never either extractor's answer, named each speaker. Each line is ``id``
(``article:start-end``) and ``speaker``. The script runs the extractor on those articles and prints how often
its speaker of each quote (matched at IoU >= 0.5) equals the reader's, exactly and by surname. Run it at
another commit (``git worktree add``) to score that commit's extractor on the same quotes.
"""
from __future__ import annotations

import argparse
import json

from diplostance.corpus import load_corpus
from diplostance.extraction_eval import _surname, match, normalise_speaker
from diplostance.pipeline import Extractor


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--labels", default="experiments/unseen_speakers.jsonl")
    args = ap.parse_args()
    by_article: dict[str, list[dict]] = {}
    with open(args.labels, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            article, _, span = row["id"].rpartition(":")
            start, end = (int(x) for x in span.split("-"))
            by_article.setdefault(article, []).append({"start": start, "end": end, "speaker": row["speaker"]})
    texts = load_corpus()
    extractor = Extractor()
    n = found = exact = lenient = 0
    for article, labels in by_article.items():
        preds = extractor.extract(texts[article])
        n += len(labels)
        for i, j in match(preds, labels):
            found += 1
            exact += normalise_speaker(preds[i]["speaker"]) == normalise_speaker(labels[j]["speaker"])
            lenient += _surname(preds[i]["speaker"]) == _surname(labels[j]["speaker"])
    print(f"quotes={n} found={found} speaker={exact}/{found} (lenient {lenient}/{found})")


if __name__ == "__main__":
    main()
