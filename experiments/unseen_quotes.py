"""Quote spans on articles outside the gold, judged by a reader who never saw which extractor found them.

  python experiments/unseen_quotes.py [--labels experiments/unseen_quotes.jsonl]

``unseen_quotes.jsonl`` holds the 62 spans that differ (IoU < 0.5 with every span of the other) between the extractor
at the start of the sixth round of rules (commit bafa913) and after it, on the 190 corpus news articles outside
``data/extraction/gold_articles.txt``, which no rule was developed on. A reader that saw each span in its article,
mixed and in hash order, and never which version produced it, marked whether it is the content of what someone said
(``speech``: yes / no) and, if so, whether it covers that content about right (``extent``: good / bad). Each line is
``id`` (``article:start-end``), ``speech`` and ``extent``. The script runs the extractor on those articles and prints
how many of the right spans (speech and good extent) and of the wrong ones it finds at IoU >= 0.5. Run it at another
commit (``git worktree add``) to compare.
"""
from __future__ import annotations

import argparse

from unseen import on_labelled_spans


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--labels", default="experiments/unseen_quotes.jsonl")
    totals = {True: [0, 0], False: [0, 0]}          # right? -> [found, labelled]
    for pred, label in on_labelled_spans(ap.parse_args().labels):
        right = label["speech"] == "yes" and label["extent"] == "good"
        totals[right][0] += pred is not None
        totals[right][1] += 1
    (right, n_right), (wrong, n_wrong) = totals[True], totals[False]
    print(f"right spans found {right}/{n_right}; wrong spans found {wrong}/{n_wrong}")


if __name__ == "__main__":
    main()
