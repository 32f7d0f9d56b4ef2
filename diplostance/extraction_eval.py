"""Scoring quote extraction against gold standoff spans (``evaluate --extraction``).

Spans match one-to-one, greedily by character IoU, at IoU >= 0.5. On matched spans: speaker accuracy
(normalised exact match, and a lenient surname match) and target accuracy where the gold target is not
empty (canonical names), the headline figure; also broken down by gold target: on gold-empty items a prediction
is right when it is empty too, and ``target_accuracy_all`` counts every matched item. Everything is also broken
down into direct quotes and reported speech.

``--annotator FILE`` scores a second annotator's speakers and targets (``id``, ``speaker``, ``target``, made
without seeing the gold) with the same measures, next to the extractor's on the same items: how far the
extractor is from a careful second reader.

Gold items whose ``note`` starts with "Q&A interview answer" (interview transcripts, where a ``((Name))``
marker rather than a quote mark or a reporting verb gives the speaker) are out of scope: they are left out,
and predictions overlapping them count neither way.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

from .data import split_of
from .errors import DataError, Problem
from .io import iter_jsonl, write_json
from .targets import canonical

DEFAULT_GOLD = "data/annotations/news.jsonl"
DEFAULT_ARTICLES = "data/extraction/gold_articles.txt"
IGNORED_NOTE = "Q&A interview answer"
MIN_IOU = 0.5
SPLITS = ("all", "non-test", "train", "dev", "test")


def load_gold(files: list[str], articles_file: str | None) -> dict[str, list[dict]]:
    """Gold items per article id, restricted to the ids in ``articles_file`` when given."""
    keep = None
    if articles_file:
        keep = set(Path(articles_file).read_text(encoding="utf-8").split())
    gold: dict[str, list[dict]] = {}
    problems = []
    for path in files:
        for n, rec, problem in iter_jsonl(path):
            if problem:
                problems.append(problem)
                continue
            if not all(k in rec for k in ("article_id", "start", "end", "direct")):
                problems.append(Problem(str(path), n, "article_id/start/end/direct", "missing"))
                continue
            if keep is None or rec["article_id"] in keep:
                gold.setdefault(rec["article_id"], []).append(rec)
    if problems:
        raise DataError(problems)
    return gold


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return max(0, inter) / (max(a[1], b[1]) - min(a[0], b[0]))


def match(pred: list[dict], gold: list[dict], min_iou: float = MIN_IOU) -> list[tuple[int, int]]:
    """One-to-one ``(pred index, gold index)`` pairs, highest IoU first."""
    pairs = sorted(((iou((p["start"], p["end"]), (g["start"], g["end"])), i, j)
                    for i, p in enumerate(pred) for j, g in enumerate(gold)
                    if p["start"] < g["end"] and g["start"] < p["end"]), reverse=True)
    used_p, used_g, out = set(), set(), []
    for score, i, j in pairs:
        if score >= min_iou and i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def normalise_speaker(name: str) -> str:
    """Lower case, accents, punctuation, possessives and leading articles removed."""
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['\u2019]s\b", "", text)
    text = re.sub(r"[^\w\s-]", " ", text).replace("-", " ")
    words = text.split()
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def _surname(name: str) -> str:
    words = normalise_speaker(name).split()
    return words[-1] if words else ""


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4)}


def score(pred: dict[str, list[dict]], gold: dict[str, list[dict]]) -> dict:
    """Span, speaker and target figures over all articles, and for direct and reported quotes alone."""
    out = {}
    for part, keep in (("all", lambda r: True), ("direct", lambda r: r["direct"]),
                       ("reported", lambda r: not r["direct"])):
        tp = n_pred = n_gold = 0
        spk = spk_lenient = spk_n = tgt = tgt_n = flag = tgt_empty = 0
        for aid, items in gold.items():
            g = [r for r in items if keep(r)]
            p = [r for r in pred.get(aid, []) if keep(r)]
            pairs = match(p, g)
            tp, n_pred, n_gold = tp + len(pairs), n_pred + len(p), n_gold + len(g)
            for i, j in pairs:
                spk_n += 1
                spk += normalise_speaker(p[i]["speaker"]) == normalise_speaker(g[j]["speaker"])
                spk_lenient += _surname(p[i]["speaker"]) == _surname(g[j]["speaker"])
                flag += p[i]["direct"] == g[j]["direct"]
                if (g[j].get("target") or "").strip():
                    tgt_n += 1
                    tgt += canonical(p[i].get("target") or "") == canonical(g[j]["target"])
                else:
                    tgt_empty += not (p[i].get("target") or "").strip()
        out[part] = {"gold": n_gold, "predicted": n_pred, "matched": tp, **_prf(tp, n_pred, n_gold),
                     "speaker_accuracy": round(spk / spk_n, 4) if spk_n else None,
                     "speaker_accuracy_lenient": round(spk_lenient / spk_n, 4) if spk_n else None,
                     "target_accuracy": round(tgt / tgt_n, 4) if tgt_n else None, "target_n": tgt_n,
                     **_target_breakdown(tgt, tgt_n, tgt_empty, spk_n)}
        if part == "all":
            out[part]["direct_flag_accuracy"] = round(flag / spk_n, 4) if spk_n else None
    return out


def _target_breakdown(right: int, n: int, right_empty: int, n_all: int) -> dict:
    """Target accuracy on gold-empty items (the prediction is empty too) and on every matched item."""
    n_empty = n_all - n
    return {"target_accuracy_gold_empty": round(right_empty / n_empty, 4) if n_empty else None,
            "target_n_gold_empty": n_empty,
            "target_accuracy_all": round((right + right_empty) / n_all, 4) if n_all else None}


def _drop_ignored(pred: list[dict], ignored: list[dict]) -> list[dict]:
    """Predictions that overlap an ignored gold span (Q&A answers) are neither right nor wrong."""
    return [p for p in pred if not any(p["start"] < g["end"] and g["start"] < p["end"] for g in ignored)]


def evaluate_extraction(gold: dict[str, list[dict]], texts: dict[str, str], extractor=None,
                        split: str = "all") -> tuple[dict, dict[str, list[dict]]]:
    """``(metrics, predictions per article)`` on the gold articles of ``split``."""
    from .pipeline import Extractor

    ids = [a for a in sorted(gold) if split == "all" or (split_of(a) != "test" if split == "non-test"
                                                        else split_of(a) == split)]
    missing = [a for a in ids if a not in texts]
    if missing:
        raise DataError([Problem("gold", None, "article_id", f"{a!r} is not in the corpus") for a in missing])
    extractor = extractor or Extractor()
    kept, pred = {}, {}
    for aid, records in zip(ids, extractor.extract_many(texts[a] for a in ids)):
        ignored = [g for g in gold[aid] if (g.get("note") or "").startswith(IGNORED_NOTE)]
        kept[aid] = [g for g in gold[aid] if g not in ignored]
        pred[aid] = _drop_ignored(records, ignored)
    metrics = score(pred, kept)
    metrics.update(split=split, articles=len(ids))
    return metrics, pred


def read_annotator(path: str | Path) -> dict[str, dict]:
    """``id -> {"speaker", "target"}`` of a second annotator's JSONL; problems name the file, line and field."""
    out: dict[str, dict] = {}
    problems = []
    for n, rec, problem in iter_jsonl(path):
        if problem:
            problems.append(problem)
            continue
        item_id = rec.get("id")
        if not isinstance(item_id, str) or not item_id.strip():
            problems.append(Problem(str(path), n, "id", "missing or empty"))
        elif item_id in out:
            problems.append(Problem(str(path), n, "id", f"duplicate id {item_id!r}"))
        elif bad := [k for k in ("speaker", "target") if not isinstance(rec.get(k), str)]:
            problems.append(Problem(str(path), n, bad[0], "missing or not a string (write \"\" for none)"))
        else:
            out[item_id] = {"speaker": rec["speaker"], "target": rec["target"]}
    if problems:
        raise DataError(problems)
    if not out:
        raise DataError([Problem(str(path), None, None, "no items")])
    return out


def annotator_agreement(path: str | Path, gold: dict[str, list[dict]], texts: dict[str, str],
                        extractor=None) -> dict:
    """Speaker and target figures of a second annotator against the gold, and of the extractor on the same
    items (its spans matched as in ``evaluate_extraction``, so items whose quote it misses do not count)."""
    second = read_annotator(path)
    by_id = {g["id"]: (aid, g) for aid, items in gold.items() for g in items if "id" in g}
    unknown = sorted(set(second) - set(by_id))
    if unknown:
        raise DataError([Problem(str(path), None, "id", f"{i!r} is not a gold item") for i in unknown[:20]])
    sample: dict[str, list[dict]] = {}
    human: dict[str, list[dict]] = {}
    for item_id, answer in second.items():
        aid, g = by_id[item_id]
        sample.setdefault(aid, []).append(g)
        human.setdefault(aid, []).append({**g, **answer})
    _, pred = evaluate_extraction(sample, texts, extractor)
    return {"items": len(second), "articles": len(sample),
            "annotator": score(human, sample)["all"], "extractor": score(pred, sample)["all"]}


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def run(args) -> int:
    """The ``evaluate --extraction`` command."""
    from .corpus import load_corpus

    articles = args.articles
    if articles == DEFAULT_ARTICLES and not Path(articles).exists():
        print(f"note: {articles} not found; scoring every article in the gold", file=sys.stderr)
        articles = None
    gold = load_gold(args.gold, articles)
    if not gold:
        raise DataError([Problem(", ".join(args.gold), None, None, "no gold items for the listed articles")])
    if args.annotator:
        return _run_annotator(args, gold, load_corpus())
    metrics, _ = evaluate_extraction(gold, load_corpus(), split=args.split_extraction)
    if args.output:
        write_json(args.output, metrics)
    a, d, r = metrics["all"], metrics["direct"], metrics["reported"]
    print(f"articles={metrics['articles']} split={args.split_extraction} "
          f"span P/R/F1={a['precision']:.3f}/{a['recall']:.3f}/{a['f1']:.3f} "
          f"(direct F1 {d['f1']:.3f}, reported F1 {r['f1']:.3f}) speaker={_fmt(a['speaker_accuracy'])} "
          f"(lenient {_fmt(a['speaker_accuracy_lenient'])}) target={_fmt(a['target_accuracy'])} (n={a['target_n']}; "
          f"gold-empty {_fmt(a['target_accuracy_gold_empty'])} n={a['target_n_gold_empty']}, "
          f"all {_fmt(a['target_accuracy_all'])})")
    return 0


def _run_annotator(args, gold: dict[str, list[dict]], texts: dict[str, str]) -> int:
    figures = annotator_agreement(args.annotator, gold, texts)
    if args.output:
        write_json(args.output, figures)
    print(f"{figures['items']} items in {figures['articles']} articles")
    for who in ("annotator", "extractor"):
        f = figures[who]
        print(f"  {who:<9} on {f['matched']:>3} items: speaker={_fmt(f['speaker_accuracy'])} "
              f"(lenient {_fmt(f['speaker_accuracy_lenient'])}) target={_fmt(f['target_accuracy'])} "
              f"(n={f['target_n']}; gold-empty {_fmt(f['target_accuracy_gold_empty'])} n={f['target_n_gold_empty']})")
    return 0
