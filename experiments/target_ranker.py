"""Would a learned ranker choose quote targets better than the extractor's rules? Cross-validated on the news
items of train + dev that have a gold target, grouped by article (the test split is never used).

  python experiments/target_ranker.py --output experiments/target_ranker.json

Each item keeps its gold quote span and speaker, so extraction errors do not count. Its candidates are what the
extractor considers: the target mentions within 400 characters of the quote, less the speaker's own side. The
rules (``targets.choose_target``, as ``predict`` calls it) and the ranker pick among the same candidates (the
rules' first five); an item whose gold target is not among them is wrong for both, and that ceiling is
reported. The ranker is the base MiniLM fine-tuned as a cross-encoder on (candidate, context with the quote
marked) pairs: the gold target positive, the other candidates negative. The UN speech items of train + dev
add training pairs in every fold; they are never scored. Prints the accuracy of both per fold and on average.

  python experiments/target_ranker.py --ranker features --output experiments/target_ranker_features.json

With ``--ranker features`` the learned chooser is a logistic regression over the rules' own evidence for each
candidate (how often and where it is mentioned: in the quote, the sentence or the context; as an addressee, a
possessor, a place or a demonym; its article-wide salience; its distance to the quote; whether it is a country,
an organisation or a leader), not over their ranking: does a fitted weighting beat the hand-set one?
"""
from __future__ import annotations

import argparse
import random
import re
import time

import math

import numpy as np
import torch
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from transformers import AutoModelForSequenceClassification, AutoTokenizer

from diplostance.config import load_config
from diplostance.corpus import load_corpus
from diplostance.data import load_items, split_of
from diplostance.io import write_json
from diplostance.models import resolve_model
from diplostance.targets import (LEADERS, ORGANISATIONS, _LOCATIVE, _PLACE_WEIGHT, canonical, choose_target,
                                 find_mentions, mention_weight, own_side, salience)

WINDOW = 400              # characters around the quote whose mentions are candidates (as in predict)
CONTEXT = 300             # characters around the quote the ranker reads
MAX_CANDIDATES = 5
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]?\s+")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentences the quote runs through (a regular-expression split: no parser needed)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)]
    after = _SENTENCE_END.search(text, end)
    return (ends[-1] if ends else max(0, start - 400)), (after.end() if after else len(text))


def candidates(item: dict, text: str, mentions, background) -> tuple[list[str], list[list[float]]]:
    """The rules' ranking of the candidates of one item (best first), and the evidence for each."""
    start, end = item["start"], item["end"]
    sentence = sentence_bounds(text, start, end)
    near = [m for m in mentions if min(sentence[0], start - WINDOW) <= m.start < max(sentence[1], end + WINDOW)]
    _, ranked = choose_target(near, (start, end), sentence, own_side(item.get("speaker") or ""), background, text,
                              own_leaders=True)
    ranked = ranked[:MAX_CANDIDATES]
    return ranked, [evidence(name, near, (start, end), sentence, background, text) for name in ranked]


def evidence(name: str, near, quote: tuple[int, int], sentence: tuple[int, int], background, text: str) -> list[float]:
    """What the rules weigh for one candidate, unweighted: mention counts by place and kind (log-scaled), the
    article-wide salience, the distance of the nearest mention to the quote and the kind of name."""
    counts = dict.fromkeys(("quote", "sentence", "context", "addressee", "possessor", "place", "demonym"), 0)
    nearest = len(text)
    for m in near:
        if name not in (m.name, m.side):
            continue
        where = "quote" if quote[0] <= m.start < quote[1] else "sentence" if sentence[0] <= m.start < sentence[1] \
            else "context"
        counts[where] += 1
        weight = mention_weight(text, m)
        if weight == 2.0:
            counts["addressee"] += 1
        elif weight == _PLACE_WEIGHT:
            counts["place" if _LOCATIVE.search(text[max(0, m.start - 25):m.start]) else "demonym"] += 1
        elif text[m.end:m.end + 1] in ("'", "\u2019"):
            counts["possessor"] += 1
        nearest = min(nearest, 0 if quote[0] <= m.start < quote[1] else min(abs(m.start - quote[0]),
                                                                             abs(m.start - quote[1])))
    kind = [float(name in ORGANISATIONS), float(name in LEADERS)]
    return [math.log1p(v) for v in counts.values()] + [math.log1p(background.get(name, 0.0)),
                                                       math.log1p(nearest)] + kind


def marked_context(item: dict, text: str) -> str:
    start, end = item["start"], item["end"]
    return (text[max(0, start - CONTEXT):start] + " \u00ab" + text[start:end] + "\u00bb " +
            text[end:end + CONTEXT]).strip()


def prepare(items: list[dict], texts: dict[str, str]) -> list[dict]:
    cache: dict[str, tuple] = {}
    out = []
    for it in items:
        text = texts[it["article_id"]]
        if it["article_id"] not in cache:
            mentions = find_mentions(text)
            cache[it["article_id"]] = (mentions, salience(mentions))
        cands, feats = candidates(it, text, *cache[it["article_id"]])
        out.append({"article": it["article_id"], "gold": canonical(it["target"]), "cands": cands, "evidence": feats,
                    "context": marked_context(it, text), "news": not it["article_id"].startswith("unsc-")})
    return out


def train_ranker(base: str, rows: list[dict], epochs: int, seed: int, batch: int = 16, max_length: int = 160):
    torch.manual_seed(seed)
    random.seed(seed)
    tok = AutoTokenizer.from_pretrained(base)
    model = AutoModelForSequenceClassification.from_pretrained(base, num_labels=1, use_safetensors=True)
    pairs = [(c, r["context"], float(c == r["gold"])) for r in rows if r["gold"] in r["cands"] for c in r["cands"]]
    opt = torch.optim.AdamW(model.parameters(), lr=5e-5, weight_decay=0.01)
    steps = epochs * ((len(pairs) + batch - 1) // batch)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / (0.1 * steps)) * max(0.0, 1 - s / steps))
    loss_fn = torch.nn.BCEWithLogitsLoss()
    model.train()
    for _ in range(epochs):
        random.shuffle(pairs)
        for k in range(0, len(pairs), batch):
            chunk = pairs[k:k + batch]
            enc = tok([p[0] for p in chunk], [p[1] for p in chunk], truncation="only_second", max_length=max_length,
                      padding=True, return_tensors="pt")
            loss = loss_fn(model(**enc).logits.squeeze(-1), torch.tensor([p[2] for p in chunk]))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
    model.eval()
    return tok, model, len(pairs)


def fit_features(rows: list[dict], seed: int) -> tuple[LogisticRegression, int]:
    """A logistic regression over the candidates' evidence: the gold target positive, the others negative."""
    pairs = [(x, float(c == r["gold"])) for r in rows if r["gold"] in r["cands"] for c, x in zip(r["cands"], r["evidence"])]
    model = LogisticRegression(max_iter=2000, random_state=seed).fit([p[0] for p in pairs], [p[1] for p in pairs])
    return model, len(pairs)


def rank_features(model: LogisticRegression, row: dict) -> str:
    if not row["cands"]:
        return ""
    return row["cands"][int(np.argmax(model.decision_function(row["evidence"])))]


@torch.no_grad()
def rank(tok, model, row: dict, max_length: int = 160) -> str:
    if len(row["cands"]) < 2:
        return row["cands"][0] if row["cands"] else ""
    enc = tok(row["cands"], [row["context"]] * len(row["cands"]), truncation="only_second", max_length=max_length,
              padding=True, return_tensors="pt")
    return row["cands"][int(model(**enc).logits.squeeze(-1).argmax())]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--config", default="configs/release.yaml")
    ap.add_argument("--folds", type=int, default=3)
    ap.add_argument("--epochs", type=int, default=1)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--ranker", choices=("minilm", "features"), default="minilm",
                    help="the MiniLM cross-encoder, or a logistic regression over the rules' evidence")
    ap.add_argument("--output")
    args = ap.parse_args()
    torch.set_num_threads(max(1, torch.get_num_threads()))
    cfg = load_config(args.config)
    base = resolve_model(cfg.model.name_or_path)
    texts = load_corpus()
    items = [it for it in load_items(["data/annotations/news.jsonl", "data/annotations/unscon.jsonl"],
                                     require_label=False)
             if split_of(it["article_id"]) != "test" and (it.get("target") or "").strip()]
    rows = prepare(items, texts)
    news = [k for k, r in enumerate(rows) if r["news"]]
    un = [k for k, r in enumerate(rows) if not r["news"]]
    folds = []
    t0 = time.time()
    for fold, (fit, held) in enumerate(GroupKFold(args.folds).split(news, groups=[rows[k]["article"] for k in news])):
        fit_rows = [rows[news[k]] for k in fit] + [rows[k] for k in un]
        held_rows = [rows[news[k]] for k in held]
        if args.ranker == "features":
            model, n_pairs = fit_features(fit_rows, args.seed + fold)
            choose = lambda r: rank_features(model, r)          # noqa: E731
        else:
            tok, model, n_pairs = train_ranker(base, fit_rows, args.epochs, args.seed + fold)
            choose = lambda r: rank(tok, model, r)              # noqa: E731
        rules = float(np.mean([r["cands"][:1] == [r["gold"]] for r in held_rows]))
        ranker = float(np.mean([choose(r) == r["gold"] for r in held_rows]))
        ceiling = float(np.mean([r["gold"] in r["cands"] for r in held_rows]))
        folds.append({"fold": fold, "items": len(held_rows), "training_pairs": n_pairs, "rules": round(rules, 4),
                      "ranker": round(ranker, 4), "ceiling": round(ceiling, 4)})
        print(folds[-1], flush=True)
    summary = {k: {"mean": round(float(np.mean([f[k] for f in folds])), 4),
                   "std": round(float(np.std([f[k] for f in folds], ddof=1)), 4)} for k in ("rules", "ranker", "ceiling")}
    gain = [f["ranker"] - f["rules"] for f in folds]
    summary["paired_gain"] = {"mean": round(float(np.mean(gain)), 4), "std": round(float(np.std(gain, ddof=1)), 4)}
    result = {"ranker": args.ranker, "folds": folds, "summary": summary, "items": len(news),
              "un_training_items": len(un), "epochs": args.epochs if args.ranker == "minilm" else None,
              "seed": args.seed, "minutes": round((time.time() - t0) / 60, 1)}
    print(summary)
    if args.output:
        write_json(args.output, result)


if __name__ == "__main__":
    main()
