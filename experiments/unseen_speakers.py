"""Speakers on articles outside the gold, named by a reader who never saw the extractor's answers.

  python experiments/unseen_speakers.py [--labels experiments/unseen_speakers.jsonl]
  python experiments/unseen_speakers.py --labels experiments/unseen_speakers_sample.jsonl
  python experiments/unseen_speakers.py --labels experiments/unseen_speakers_second.jsonl
  python experiments/unseen_speakers.py --labels experiments/unseen_speakers_third.jsonl

The files label quotes of the 190 corpus news articles outside ``data/extraction/gold_articles.txt``, which no
rule was developed on until the fourteenth round. ``unseen_speakers.jsonl``: the 46 quotes whose speaker differs
between the extractor before the fifth round of rules (commit bde4e2e) and after it (commit f520048), a check that
the round generalises. ``unseen_speakers_sample.jsonl``: 100 other quotes the extractor finds there, taken in SHA-1
order of their ids, an estimate of speaker accuracy on text nobody developed on. In both, a reader that saw only the
speaker guidelines and the article named each speaker. ``unseen_speakers_second.jsonl``: a second sample, to develop
rules on text outside the gold (the fourteenth round did, so it is no longer a blind check): the 213 quotes the
extractor found at commit 32f7333 among the Voice of America quotes of ``unseen_targets_sample.jsonl`` (153) and the
first 60 other quotes in SHA-1 order labelled by no check before, each named by two such readers working apart; the
195 whose speakers the two agree on (by ``normalise_speaker``), neither calling the span no speech, are kept.
``unseen_speakers_third.jsonl``: a third sample, made the same way at the start of the fifteenth round from the 203
quotes the extractor found at commit 47b97cb in the 53 corpus news articles no check had touched (all Wikinews; one
interview of over 100,000 characters about life in a pandemic left out), 183 agreed; scored once blind at that commit
(150 of 183), then developed on like the second. Each line is ``id`` (``article:start-end``) and ``speaker``. The
script runs the extractor on those articles and prints how often its speaker of each quote (matched at IoU >= 0.5)
equals the reader's, exactly and by surname. Run it at another commit (``git worktree add``) to score that commit's
extractor on the same quotes.
"""
from __future__ import annotations

import argparse

from diplostance.extraction_eval import _surname, normalise_speaker
from unseen import on_labelled_spans


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--labels", default="experiments/unseen_speakers.jsonl")
    pairs = on_labelled_spans(ap.parse_args().labels)
    found = [(pred, label) for pred, label in pairs if pred is not None]
    exact = sum(normalise_speaker(p["speaker"]) == normalise_speaker(label["speaker"]) for p, label in found)
    lenient = sum(_surname(p["speaker"]) == _surname(label["speaker"]) for p, label in found)
    print(f"quotes={len(pairs)} found={len(found)} speaker={exact}/{len(found)} (lenient {lenient}/{len(found)})")


if __name__ == "__main__":
    main()
