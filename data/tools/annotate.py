"""Annotation helper: propose quote spans for annotators and turn their files into standoff JSONL.

A program only proposes spans and checks formats; every label is decided by an annotator reading the
quote in context. Raw annotator files quote corpus text, so they stay outside the repository.

  python data/tools/annotate.py worklist --ids IDS.txt --out DIR        # one text file per article
  python data/tools/annotate.py speeches --ids IDS.txt --out FILE       # numbered speech sentences
  python data/tools/annotate.py finalize RAW.jsonl... --out OUT.jsonl --annotator NAME
  python data/tools/annotate.py second FINAL.jsonl... --percent 12 --out ITEMS.jsonl   # blind second pass
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import urllib.parse
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
OPEN, CLOSE = "\u201c", "\u201d"
REPORTING = re.compile(
    r"\b(said|says|say|told|tells|warned|warns|insisted|insists|added|stated|declared|announced|urged|"
    r"stressed|noted|argued|claimed|accused|denied|vowed|threatened|pledged|called on|called for|"
    r"according to|asserted|emphasized|emphasised|rejected|condemned|promised|demanded|affirmed)\b"
)


def sha12(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def load(path: Path) -> dict[str, dict]:
    return {r["id"]: r for r in map(json.loads, path.open(encoding="utf-8"))}


def corpus() -> dict[str, dict]:
    out = load(CORPUS / "articles.jsonl")
    out.update(load(CORPUS / "unscon_speeches.jsonl"))
    return out


def speech_speaker(speech_id: str) -> str:
    """The speaking country from the speech id (UNSCon's ``country`` column does not match the speaker)."""
    m = re.search(r"_spch\d+_(.+?)(?:_neg)?[ _]\d+(?:_GD)?$", urllib.parse.unquote(speech_id))
    return f"{m.group(1).replace('_', ' ')} representative"


def direct_spans(text: str) -> list[tuple[int, int]]:
    """Pair quote marks in order (curly opens/closes, straight toggles); inner spans of >= 3 chars."""
    spans, start = [], None
    for m in re.finditer(r"[\"\u201c\u201d]", text):
        ch = m.group()
        if start is None and ch in ('"', OPEN):
            start = m.end()
        elif start is not None and ch in ('"', CLOSE):
            if m.start() - start >= 3:
                spans.append((start, m.start()))
            start = None
        elif ch == OPEN:
            start = m.end()
    return spans


def sentences(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in re.finditer(r"(?<=[.!?\u201d\"])\s+(?=[A-Z\u201c\"])|\n\n", text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(a, b) for a, b in out if b > a]


def worklist(args):
    docs = corpus()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for aid in Path(args.ids).read_text().split():
        doc = docs[aid]
        text = doc["text"]
        lines = [f"# ARTICLE {aid}  ({doc['source']}, {doc.get('date', '')})", f"# TITLE: {doc['title']}", "",
                 "## TEXT (sentences numbered; [S12] etc.)"]
        for i, (a, b) in enumerate(sentences(text)):
            lines.append(f"[S{i}] {text[a:b]}")
        lines += ["", "## DIRECT-QUOTE CANDIDATES (program-proposed spans; check, fix or reject each)"]
        for a, b in direct_spans(text):
            lines.append(f"  <<{text[a:b]}>>")
        lines += ["", "## SENTENCES WITH A REPORTING VERB AND NO QUOTE MARK (possible reported speech)"]
        for i, (a, b) in enumerate(sentences(text)):
            s = text[a:b]
            if REPORTING.search(s) and not re.search(r"[\"\u201c\u201d]", s):
                lines.append(f"  [S{i}]")
        (out / f"{aid}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote worklists to {out}")


def speeches(args):
    docs = corpus()
    lines = []
    for sid in Path(args.ids).read_text().split():
        doc = docs[sid]
        lines.append(f"# SPEECH {sid}  speaker={speech_speaker(sid)}  meeting={doc['meeting']} year={doc['year']}")
        for i, s in enumerate(doc["sentences"]):
            hint = f"  (UNSCon hint: {s['negeval']} -> {s['target']})" if s.get("negeval") else ""
            lines.append(f"[{i}] {doc['text'][s['start']:s['end']]}{hint}")
        lines.append("")
    Path(args.out).write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {args.out}")


def locate(text: str, needle: str, occurrence: int, near: int | None) -> tuple[int, int] | None:
    hits = [m.start() for m in re.finditer(re.escape(needle), text)]
    if not hits:
        return None
    if near is not None:
        a = min(hits, key=lambda h: abs(h - near))
    else:
        a = hits[min(occurrence, len(hits)) - 1]
    return a, a + len(needle)


def finalize(args):
    docs = corpus()
    out, problems = [], []
    for path in args.raw:
        for n, line in enumerate(Path(path).open(encoding="utf-8"), 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f"{path}:{n}: bad JSON: {e}")
                continue
            aid = r.get("article_id")
            doc = docs.get(aid)
            if doc is None:
                problems.append(f"{path}:{n}: article_id: unknown {aid!r}")
                continue
            text = doc["text"]
            if "sent" in r:
                s = doc["sentences"][int(r["sent"])]
                start, end = s["start"], s["end"]
                speaker = speech_speaker(aid)
                direct = True
            else:
                quote = (r.get("quote") or "").strip()
                span = locate(text, quote, int(r.get("occurrence", 1)), None) if quote else None
                if span is None:
                    problems.append(f"{path}:{n}: quote: not found in {aid}: {quote[:60]!r}")
                    continue
                start, end = span
                speaker = r.get("speaker", "")
                direct = bool(r.get("direct", True))
            label = r.get("label")
            if label not in {"conciliatory", "defiant", "threatening", "none"}:
                problems.append(f"{path}:{n}: label: {label!r}")
                continue
            item = {"id": "", "article_id": aid, "start": start, "end": end,
                    "quote_sha1": sha12(text[start:end]), "speaker": speaker,
                    "target": r.get("target") or "", "label": label, "direct": direct,
                    "annotator": args.annotator}
            if "sent" not in r:
                sm = (r.get("speaker_mention") or "").strip()
                sp = locate(text, sm, 1, start) if sm else None
                if sm and sp is None:
                    problems.append(f"{path}:{n}: speaker_mention: not found in {aid}: {sm!r}")
                if sp:
                    item["speaker_start"], item["speaker_end"] = sp
                cue = (r.get("cue") or "").strip()
                cp = locate(text, cue, 1, start) if cue else None
                if cp:
                    item["cue"] = cue
                    item["cue_start"], item["cue_end"] = cp
            if r.get("note"):
                item["note"] = r["note"]
            out.append(item)
    seen = {}
    for item in sorted(out, key=lambda i: (i["article_id"], i["start"], i["end"])):
        key = (item["article_id"], item["start"], item["end"])
        if key in seen:
            problems.append(f"duplicate span {key}")
            continue
        seen[key] = item
        item["id"] = f"{item['article_id']}:{item['start']}-{item['end']}"
    with open(args.out, "w", encoding="utf-8") as f:
        for item in seen.values():
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(seen)} items -> {args.out}; {len(problems)} problems")
    for p in problems:
        print("  " + p, file=sys.stderr)


def second(args):
    """Items for an independent second annotator: quote, context, speaker, target; no label."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from diplostance.data import context_window

    docs = corpus()
    rows = []
    for path in args.final:
        for r in map(json.loads, Path(path).open(encoding="utf-8")):
            if int(hashlib.sha1(r["id"].encode()).hexdigest()[:8], 16) % 100 < args.percent:
                text = docs[r["article_id"]]["text"]
                rows.append({"id": r["id"], "speaker": r["speaker"], "target": r["target"],
                             "quote": text[r["start"]:r["end"]],
                             "context": context_window(text, r["start"], r["end"], 300)})
    with open(args.out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} items -> {args.out}")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    w = sub.add_parser("worklist"); w.add_argument("--ids", required=True); w.add_argument("--out", required=True)
    s = sub.add_parser("speeches"); s.add_argument("--ids", required=True); s.add_argument("--out", required=True)
    f = sub.add_parser("finalize"); f.add_argument("raw", nargs="+"); f.add_argument("--out", required=True)
    f.add_argument("--annotator", required=True)
    s2 = sub.add_parser("second"); s2.add_argument("final", nargs="+"); s2.add_argument("--percent", type=int, required=True)
    s2.add_argument("--out", required=True)
    args = p.parse_args()
    {"worklist": worklist, "speeches": speeches, "finalize": finalize, "second": second}[args.cmd](args)


if __name__ == "__main__":
    main()
