"""Assemble the committed dataset from the annotators' finalized standoff files.

  python data/tools/assemble.py --final DIR --second DIR --adjudication FILE

Writes data/annotations/{news,unscon}.jsonl (first annotator's items, adjudicated labels applied),
data/agreement/{first,second}_{news,unscon}.jsonl (both annotators' labels on the doubly annotated items,
before adjudication), data/agreement/adjudication.jsonl (every disagreement and its decision), and
data/extraction/gold_articles.txt (fully annotated news articles usable as extraction gold).
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

DATA = Path(__file__).resolve().parents[1]
# variants of one canonical target name written by different annotators (and one typo)
TARGET_ALIASES = {"Separatists": "pro-Russian separatists", "YChina": "China", "the West": "Western countries",
                  "Troop-contributing countries": "troop-contributing countries"}


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def write(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--final", required=True, type=Path)
    p.add_argument("--second", required=True, type=Path)
    p.add_argument("--adjudication", type=Path)
    args = p.parse_args()
    decided = {r["id"]: r for r in read(args.adjudication)} if args.adjudication and args.adjudication.exists() else {}
    if decided:
        write(DATA / "agreement" / "adjudication.jsonl", list(decided.values()))
    for genre, pattern in (("news", "news*.jsonl"), ("unscon", "speech*.jsonl")):
        items = [r for f in sorted(args.final.glob(pattern)) for r in read(f)]
        first = {r["id"]: {"id": r["id"], "label": r["label"], "target": r["target"], "annotator": r["annotator"]}
                 for r in items}
        for r in items:
            if r["id"] in decided:
                r["label"] = decided[r["id"]]["final_label"]
                r["target"] = decided[r["id"]].get("final_target", r["target"])
            r["target"] = TARGET_ALIASES.get(r["target"], r["target"])
        items.sort(key=lambda r: (r["article_id"], r["start"], r["end"]))
        write(DATA / "annotations" / f"{genre}.jsonl", items)
        second = args.second / f"second_{'speech' if genre == 'unscon' else 'news'}.jsonl"
        if second.exists():
            rows = read(second)
            write(DATA / "agreement" / f"second_{genre}.jsonl",
                  [{"id": r["id"], "label": r["label"], "target": r.get("target", ""), "annotator": "annotator_b"}
                   for r in rows])
            write(DATA / "agreement" / f"first_{genre}.jsonl", [first[r["id"]] for r in rows])
        if genre == "news":
            qa = {r["article_id"] for r in items if (r.get("note") or "").lower().startswith("q&a interview")}
            gold = sorted({r["article_id"] for r in items} - qa)
            write_text = "\n".join(gold) + "\n"
            (DATA / "extraction").mkdir(exist_ok=True)
            (DATA / "extraction" / "gold_articles.txt").write_text(write_text, encoding="utf-8")
        print(f"{genre}: {len(items)} items")


if __name__ == "__main__":
    main()
