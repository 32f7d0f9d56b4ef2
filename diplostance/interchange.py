"""``diplostance export`` / ``diplostance import``: annotation files to and from Label Studio and doccano.

Label Studio (JSON tasks, the tool's import and "JSON" export format)::

    {"data": {"quote", "target", "speaker", "context", "item": {the annotation line}},
     "annotations": [{"result": [{"from_name": "stance", "to_name": "quote", "type": "choices",
                                  "value": {"choices": ["defiant"]}}]}],
     "predictions": [{"model_version", "score", "result": [... same shape ...]}]}

``export`` also writes the matching labeling config (``<out>.label_config.xml``): the quote and its context,
a single-choice ``stance`` control, and two optional text areas, ``corrected_target`` and ``annotator_note``,
whose text (when filled in) replaces the item's ``target`` / ``note`` on import.

doccano (text classification JSONL, the tool's import and export format)::

    {"text": quote, "label": ["defiant"], "target", "speaker", "context", "diplostance": {the annotation line}}

doccano keeps the extra keys as metadata and writes them back on export. With ``--with-predictions`` an
unlabelled item gets the model's label as ``label`` (doccano's only pre-annotation) and ``prediction`` metadata;
on import such a label is dropped as an unreviewed pre-annotation unless ``--accept-predictions`` is given
(export only approved examples from doccano before using it).

The annotation line travels whole (``item``/``diplostance``), its label replaced by a ``null`` placeholder and
filled from the tool's annotation on import, so export followed by import gives back identical records: every
field, standoff offsets, hash, annotator and note included. Tasks made in the tools without that field are
imported from ``quote``/``text``, ``target``, ``speaker``, ``context``, ``article_id`` and ``id``.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from xml.sax.saxutils import quoteattr

from .annotations import Record, load_records, parse_labels
from .errors import DataError, Problem
from .io import atomic_open, iter_jsonl, read_text, write_jsonl

FORMATS = ("label-studio", "doccano")
STANCE_CONTROL = "stance"
TARGET_CONTROL = "corrected_target"
NOTE_CONTROL = "annotator_note"
DISPLAY = ("quote", "target", "speaker", "context")
_FALLBACK_FIELDS = ("id", "article_id", "quote", "target", "speaker", "context", "direct", "annotator", "note")


# ---------------------------------------------------------------------------------------------- export

def _carried(raw: dict) -> dict:
    """The annotation line with its label value replaced by a placeholder (the tool's annotation fills it)."""
    return {k: (None if k == "label" else v) for k, v in raw.items()}


def _display(rec: Record) -> dict:
    src = rec.item or rec.raw
    return {k: src.get(k) or "" for k in DISPLAY}


def _choice(label: str) -> dict:
    return {"from_name": STANCE_CONTROL, "to_name": "quote", "type": "choices", "value": {"choices": [label]}}


def to_label_studio(records: list[Record], predictions: list[dict] | None = None,
                    model_version: str = "") -> list[dict]:
    tasks = []
    for k, rec in enumerate(records):
        task = {"data": dict(_display(rec), item=_carried(rec.raw))}
        label = rec.raw.get("label")
        if label is not None:
            task["annotations"] = [{"result": [_choice(label)], "ground_truth": False}]
        if predictions:
            pred = predictions[k]
            task["predictions"] = [{"model_version": model_version, "score": round(max(pred["scores"].values()), 6),
                                    "result": [_choice(pred["label"])]}]
        tasks.append(task)
    return tasks


def label_studio_config(labels: list[str]) -> str:
    """The Label Studio labeling config that matches ``to_label_studio`` tasks."""
    choices = "\n".join(f"    <Choice value={quoteattr(label)}/>" for label in labels)
    return f"""<View>
  <Header value="Speaker: $speaker | target: $target"/>
  <Text name="quote" value="$quote"/>
  <Header value="Context" size="6"/>
  <Text name="context" value="$context"/>
  <Choices name="{STANCE_CONTROL}" toName="quote" choice="single" showInLine="true" required="true">
{choices}
  </Choices>
  <TextArea name="{TARGET_CONTROL}" toName="quote" maxSubmissions="1" editable="true"
            placeholder="Only if the target is wrong: the right target (empty target: write none)"/>
  <TextArea name="{NOTE_CONTROL}" toName="quote" maxSubmissions="1" editable="true" placeholder="Note (optional)"/>
</View>
"""


def to_doccano(records: list[Record], predictions: list[dict] | None = None, model_version: str = "") -> list[dict]:
    rows = []
    for k, rec in enumerate(records):
        shown = _display(rec)
        label = rec.raw.get("label")
        row = {"text": shown["quote"], "label": [label] if label is not None else []}
        row.update((key, shown[key]) for key in DISPLAY if key != "quote")
        row["diplostance"] = _carried(rec.raw)
        if predictions:
            pred = predictions[k]
            row["prediction"] = {"label": pred["label"], "scores": pred["scores"], "model": model_version,
                                 "pre_annotated": label is None}
            if label is None:
                row["label"] = [pred["label"]]
        rows.append(row)
    return rows


def export(files: list[str], fmt: str, out: str | Path, model: str | None = None, labels: list[str] | None = None,
           corpus: list[str] | None = None, batch_size: int = 32) -> dict:
    """Write ``files`` (labelled or not) as Label Studio tasks or doccano JSONL; returns a small summary."""
    records = load_records(files, labels=labels, corpus=corpus, require_label=False)
    predictions, model_version = None, ""
    if model:
        from .inference import StanceClassifier

        clf = StanceClassifier(model, batch_size=batch_size)
        predictions = clf.predict([r.item for r in records])
        model_version = Path(model).resolve().name
        labels = labels or clf.labels
    out = Path(out)
    if fmt == "label-studio":
        with atomic_open(out) as f:
            json.dump(to_label_studio(records, predictions, model_version), f, ensure_ascii=False, indent=1)
            f.write("\n")
        from .config import DataConfig

        found = {r.raw["label"] for r in records if r.raw.get("label") is not None}
        default = DataConfig().labels
        labels = labels or (default if found <= set(default) else sorted(found))
        config = out.with_name(out.stem + ".label_config.xml")
        with atomic_open(config) as f:
            f.write(label_studio_config(labels))
    else:
        write_jsonl(out, to_doccano(records, predictions, model_version))
        config = None
    return {"items": len(records), "labelled": sum(r.raw.get("label") is not None for r in records),
            "predictions": len(predictions or []), "config": config}


# ---------------------------------------------------------------------------------------------- import

def _read_tasks(path: Path) -> list[tuple[str, dict]]:
    """``(location, task)`` from a JSON array (location ``[i]``) or JSON lines (location = line number)."""
    text = read_text(path)
    if text.lstrip().startswith("["):
        try:
            tasks = json.loads(text)
        except json.JSONDecodeError as e:
            raise DataError([Problem(str(path), e.lineno, None, f"malformed JSON ({e.msg} at column {e.colno})")]) \
                from None
        bad = [Problem(str(path), None, f"[{i}]", "each task must be a JSON object")
               for i, t in enumerate(tasks) if not isinstance(t, dict)]
        if bad:
            raise DataError(bad)
        return [(f"[{i}]", t) for i, t in enumerate(tasks)]
    out, problems = [], []
    for n, rec, problem in iter_jsonl(path):
        if problem:
            problems.append(problem)
        else:
            out.append((n, rec))
    if problems:
        raise DataError(problems)
    return out


def _problem(path: Path, where, field: str, message: str) -> Problem:
    if isinstance(where, int):
        return Problem(str(path), where, field, message)
    return Problem(str(path), None, f"{where}.{field}" if field else where, message)


def _fallback_record(data: dict, task_id) -> dict:
    rec = {k: data[k] for k in _FALLBACK_FIELDS if data.get(k) is not None}
    if "quote" not in rec and isinstance(data.get("text"), str):
        rec["quote"] = data["text"]
    rec["id"] = str(rec.get("id") or task_id or "")
    rec.setdefault("target", "")
    return rec


def _text_of(results: list[dict], control: str) -> str | None:
    for r in results:
        if r.get("from_name") == control:
            texts = [t.strip() for t in (r.get("value") or {}).get("text") or [] if isinstance(t, str) and t.strip()]
            if texts:
                return texts[-1]
    return None


def _ls_label(results: list[dict]) -> tuple[str | None, str | None]:
    """The stance choice of one annotation's results: ``(label, problem)``."""
    choices = [r for r in results if r.get("type") == "choices"]
    ours = [r for r in choices if r.get("from_name") == STANCE_CONTROL]
    if ours:
        choices = ours
    elif len({r.get("from_name") for r in choices}) > 1:
        return None, f"several choice controls {sorted({r.get('from_name') for r in choices})} and none named " \
                     f"{STANCE_CONTROL!r}"
    picked = [c for r in choices for c in (r.get("value") or {}).get("choices") or []]
    if len(picked) > 1:
        return None, f"{len(picked)} labels {picked} for one quote (single-choice expected)"
    return (picked[0] if picked else None), None


def from_label_studio(path: Path) -> tuple[list[dict], list[Problem], list[str]]:
    records, problems, notes = [], [], []
    for where, task in _read_tasks(path):
        if isinstance(task.get("data"), dict):
            data = task["data"]
            anns = [a for a in task.get("annotations") or [] if isinstance(a, dict) and not a.get("was_cancelled")]
            order = sorted(range(len(anns)), key=lambda i: (str(anns[i].get("updated_at") or anns[i].get("created_at")
                                                                 or ""), i))
            labelled = []
            for i in order:
                label, problem = _ls_label(anns[i].get("result") or [])
                if problem:
                    problems.append(_problem(path, where, f"annotations[{i}].result", problem))
                elif label is not None:
                    labelled.append((label, anns[i].get("result") or []))
            if len({lab for lab, _ in labelled}) > 1:
                notes.append(f"{path}:{where}: annotations disagree ({', '.join(lab for lab, _ in labelled)}); "
                             f"kept the latest, {labelled[-1][0]!r}")
            label, results = labelled[-1] if labelled else (None, [])
        else:  # Label Studio's JSON_MIN export: data keys and one key per control, flat
            data = task
            value = task.get(STANCE_CONTROL)
            label = value.get("choices", [None])[0] if isinstance(value, dict) else value
            results = [{"from_name": c, "value": {"text": [task[c]] if isinstance(task.get(c), str) else task.get(c)}}
                       for c in (TARGET_CONTROL, NOTE_CONTROL) if task.get(c)]
        item = data.get("item")
        rec = dict(item) if isinstance(item, dict) else _fallback_record(data, task.get("id"))
        if label is not None:
            rec["label"] = label
        target, note = _text_of(results, TARGET_CONTROL), _text_of(results, NOTE_CONTROL)
        if target is not None:
            rec["target"] = "" if target.lower() == "none" else target
        if note is not None:
            rec["note"] = note
        if not rec.get("id"):
            problems.append(_problem(path, where, "data.id", "no item id (data.item.id, data.id or task id)"))
        records.append(rec)
    return records, problems, notes


def from_doccano(path: Path, accept_predictions: bool = False) -> tuple[list[dict], list[Problem], list[str]]:
    records, problems, notes = [], [], []
    unreviewed = 0
    for where, row in _read_tasks(path):
        item = row.get("diplostance")
        rec = dict(item) if isinstance(item, dict) else _fallback_record(row, row.get("id"))
        value = row.get("label", [])
        labels = [value] if isinstance(value, str) else value if isinstance(value, list) else None
        if labels is None or not all(isinstance(x, str) for x in labels):
            problems.append(_problem(path, where, "label", "expected a list of label names"))
            continue
        if len(labels) > 1:
            problems.append(_problem(path, where, "label", f"{len(labels)} labels {labels} for one quote "
                                                           f"(single-label project expected)"))
            continue
        label = labels[0] if labels else None
        pred = row.get("prediction")
        if (label is not None and not accept_predictions and isinstance(pred, dict) and pred.get("pre_annotated")
                and pred.get("label") == label):
            label = None
            unreviewed += 1
        if label is not None:
            rec["label"] = label
        if not rec.get("id"):
            problems.append(_problem(path, where, "id", "no item id (diplostance.id or id)"))
        records.append(rec)
    if unreviewed:
        notes.append(f"{path}: {unreviewed} label(s) still equal to the model's pre-annotation were left unlabelled "
                     f"(pass --accept-predictions if annotators confirmed them)")
    return records, problems, notes


def import_file(path: str | Path, fmt: str, out: str | Path, annotator: str | None = None,
                labelled_only: bool = False, accept_predictions: bool = False) -> dict:
    path = Path(path)
    if fmt == "label-studio":
        records, problems, notes = from_label_studio(path)
    else:
        records, problems, notes = from_doccano(path, accept_predictions)
    seen: dict[str, int] = {}
    for k, rec in enumerate(records):
        if rec.get("id") and rec["id"] in seen:
            problems.append(Problem(str(path), None, "id", f"duplicate item id {rec['id']!r} (tasks {seen[rec['id']]} "
                                                           f"and {k})"))
        seen.setdefault(rec.get("id"), k)
    if problems:
        raise DataError(problems)
    if annotator:
        for rec in records:
            rec.setdefault("annotator", annotator)
    kept = [r for r in records if r.get("label") is not None] if labelled_only else records
    write_jsonl(out, kept)
    return {"read": len(records), "written": len(kept), "labelled": sum(r.get("label") is not None for r in kept),
            "notes": notes}


# ---------------------------------------------------------------------------------------------- command line

def _export_cli(args) -> int:
    s = export(args.files, args.to, args.out, model=args.with_predictions, labels=parse_labels(args.labels),
               corpus=args.corpus, batch_size=args.batch_size)
    extra = f", {s['predictions']} with model predictions" if s["predictions"] else ""
    print(f"exported {s['items']} item(s) ({s['labelled']} labelled{extra}) to {args.out}")
    if s["config"]:
        print(f"Label Studio labeling config: {s['config']}")
    return 0


def _import_cli(args) -> int:
    s = import_file(args.file, args.source, args.out, annotator=args.annotator, labelled_only=args.labelled_only,
                    accept_predictions=args.accept_predictions)
    for note in s["notes"]:
        print(f"note: {note}", file=sys.stderr)
    print(f"imported {s['written']} of {s['read']} item(s) ({s['labelled']} labelled) to {args.out}; "
          f"check them with `diplostance validate {args.out}`")
    return 0


def register_cli(subparsers):
    e = subparsers.add_parser("export", help="annotation JSONL to Label Studio tasks or doccano JSONL",
                              description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    e.add_argument("files", nargs="+", metavar="FILE", help="annotation JSONL file(s), labelled or not")
    e.add_argument("--to", required=True, choices=FORMATS)
    e.add_argument("--out", required=True, metavar="FILE")
    e.add_argument("--with-predictions", metavar="MODEL",
                   help="checkpoint whose predictions go along as pre-annotations")
    e.add_argument("--labels", help="comma-separated label set for the Label Studio config (default: the model's, "
                                    "else the data's)")
    e.add_argument("--corpus", action="append", metavar="PATH", help="corpus file(s) or folder for standoff items")
    e.add_argument("--batch-size", type=int, default=32)
    e.set_defaults(func=_export_cli)

    i = subparsers.add_parser("import", help="Label Studio / doccano export back to annotation JSONL",
                              description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    i.add_argument("file", metavar="FILE", help="the tool's export (Label Studio JSON / JSON_MIN, doccano JSONL)")
    i.add_argument("--from", dest="source", required=True, choices=FORMATS)
    i.add_argument("--out", required=True, metavar="FILE")
    i.add_argument("--annotator", help="set this annotator on items that have none")
    i.add_argument("--labelled-only", action="store_true", help="leave out items nobody labelled")
    i.add_argument("--accept-predictions", action="store_true",
                   help="doccano: keep labels equal to the exported pre-annotation (confirmed by annotators)")
    i.set_defaults(func=_import_cli)
    return e
