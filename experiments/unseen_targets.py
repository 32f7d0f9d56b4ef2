"""Targets on articles outside the gold, named by a reader who never saw the extractor's answers.

  python experiments/unseen_targets.py [--labels experiments/unseen_targets_sample.jsonl]

``unseen_targets_sample.jsonl`` labels 253 quotes the extractor finds in the 190 corpus news articles outside
``data/extraction/gold_articles.txt``, which no rule was developed on, leaving out the quotes the speaker and span
checks label: all 153 in the Voice of America articles there and the first 100 of the others in SHA-1 order of
their ids. Three readers, each with a third of the quotes, saw the guidelines and the text around
each quote (not the extractor's speaker or target) and named the target, or none. Each line is ``id``
(``article:start-end``) and ``target``. The script runs the extractor on those articles and prints how often its
target of each quote (matched at IoU >= 0.5) equals the reader's where the reader named one (the gold's target
accuracy), and how often it names none where the reader named none. Most of these articles are not about
international affairs, so few quotes have a target. Run it at another commit (``git worktree add``) to score that
commit's extractor on the same quotes.
"""
from __future__ import annotations

import argparse

from diplostance.targets import canonical
from unseen import on_labelled_spans


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--labels", default="experiments/unseen_targets_sample.jsonl")
    pairs = on_labelled_spans(ap.parse_args().labels)
    found = [(pred, label) for pred, label in pairs if pred is not None]
    named = [(p, label) for p, label in found if label["target"]]
    right = sum(canonical(p["target"]) == canonical(label["target"]) for p, label in named)
    empty = sum(not p["target"] for p, label in found if not label["target"])
    print(f"quotes={len(pairs)} found={len(found)} target={right}/{len(named)} "
          f"(none where the reader named none: {empty}/{len(found) - len(named)})")


if __name__ == "__main__":
    main()
