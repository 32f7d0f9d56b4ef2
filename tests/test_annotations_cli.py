"""validate, merge, export/import (Label Studio, doccano), agreement and suggest, through the command line."""
import json
import math
from pathlib import Path

import numpy as np
import pytest

from conftest import OWN_ARTICLE, inline_items, write_jsonl
from diplostance.cli import main
from diplostance.corpus import sha12
from diplostance.data import load_items
from diplostance.suggest import uncertainty

FOUR = "conciliatory,defiant,threatening,none"


def standoff(quote: str, **extra) -> dict:
    start = OWN_ARTICLE.index(quote)
    rec = {"id": f"own-1:{start}-{start + len(quote)}", "article_id": "own-1", "start": start,
           "end": start + len(quote), "quote_sha1": sha12(quote), "speaker": "Ana Lindqvist", "target": "Norway",
           "label": "threatening", "direct": True, "annotator": "annotator_a"}
    rec.update(extra)
    return rec


THREAT = "We will respond with everything we have if their ships enter our waters,"
FRIEND = "Our friendship with Canberra has never been stronger,"


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in lines(path)]


# ------------------------------------------------------------------------------------------------ validate

def test_validate_lists_every_problem_with_location(tmp_path, capsys):
    bad = write_jsonl(tmp_path / "bad.jsonl", [
        {"id": "z", "quote": "We will respond.", "target": "Norway", "label": "hostile"},
        {"id": "b", "quote": "We thank them.", "label": "conciliatory"},
        "{not json",
        {"id": "a", "quote": "Again.", "target": "Norway", "label": "defiant"},
        {"id": "a", "quote": "Again.", "target": "Norway", "label": "defiant"},
        {"id": "c", "quote": "Talks now.", "target": "", "label": "conciliatory"},
    ])
    assert main(["validate", str(bad), "--labels", FOUR]) == 2
    err = capsys.readouterr().err.splitlines()
    assert f"{bad}:1: label: unknown label 'hostile'" in err[0]
    assert any(e.startswith(f"{bad}:2: target: missing") for e in err)
    assert any(e.startswith(f"{bad}:3: malformed JSON") for e in err)
    assert any(e.startswith(f"{bad}:5: id: duplicate id 'a' (first at {bad}:4)") for e in err)
    assert any(e.startswith(f"{bad}:6: target: empty, but label is 'conciliatory'") for e in err)
    assert len(err) == 5


# ------------------------------------------------------------------------------------------------ merge

def test_merge_adds_skips_duplicates_and_keeps_conflicts(tmp_path, own_corpus, capsys):
    into = tmp_path / "ann" / "own.jsonl"
    into.parent.mkdir()
    first = [standoff(THREAT, extra_field=[1, 2]),
             {"id": "i1", "quote": "We are ready to talk with them tomorrow.", "target": "Norway",
              "label": "conciliatory", "note": "keep me"}]
    into.write_text("".join(json.dumps(r) + "\n" for r in first), encoding="utf-8")  # ascii-escaped, kept verbatim
    before = into.read_text()
    new = write_jsonl(tmp_path / "new.jsonl", [
        standoff(THREAT, id="dup-standoff", annotator="annotator_b"),            # same span, same label
        standoff(FRIEND, target="Australia", label="conciliatory"),               # new
        {"id": "i2", "quote": "\u201cwe are ready to talk   with them tomorrow\u201d", "target": "norway",
         "label": "conciliatory"},                                                # same inline quote, normalised
        {"id": "i3", "quote": "We are ready to talk with them tomorrow!", "target": "Norway",
         "label": "defiant"},                                                     # conflict: label
        standoff(THREAT, id="conflict-standoff", label="defiant"),                # conflict: label
        {"id": "i4", "quote": "The vote is on Thursday.", "target": "", "label": "none"},  # new
        {"id": "i5", "article_id": "own-1", "span": [standoff(THREAT)["start"], standoff(THREAT)["end"]],
         "quote": "something else entirely", "target": "Norway", "label": "threatening"},  # inline, same span: dup
    ])
    assert main(["merge", str(new), "--into", str(into), "--labels", FOUR]) == 0
    out, err = capsys.readouterr()
    assert "added:               2" in out and "duplicates skipped:  3" in out and "conflicts:           2" in out
    assert f"{new}:4: label: conflicts with {into}:2 (existing 'conciliatory', new 'defiant')" in err
    assert f"{new}:5: label: conflicts with {into}:1 (existing 'threatening', new 'defiant')" in err

    text = into.read_text()
    assert text.startswith(before)                              # old lines untouched, byte for byte
    assert [r["id"] for r in records(into)] == [first[0]["id"], "i1", standoff(FRIEND)["id"], "i4"]
    assert len(load_items([into])) == 4                          # still a valid annotation file
    conflicts = [json.loads(line) for line in lines(Path(f"{into}.conflicts"))]
    assert len(conflicts) == 2
    assert conflicts[0]["fields"] == ["label"]
    assert conflicts[0]["existing"]["record"] == first[1] and conflicts[0]["incoming"]["record"]["label"] == "defiant"
    assert conflicts[1]["existing"]["record"]["label"] == "threatening"
    assert conflicts[1]["incoming"]["record"]["id"] == "conflict-standoff"
    assert not list(into.parent.glob("*.conflicts.jsonl"))       # never read as annotations of the folder

    # merging again changes nothing and does not duplicate the recorded conflicts
    after = into.read_text()
    assert main(["merge", str(new), "--into", str(into)]) == 0
    out = capsys.readouterr().out
    assert "added:               0" in out and "(0 new)" in out and "2 conflict(s) await adjudication" in out
    assert into.read_text() == after and len(lines(Path(f"{into}.conflicts"))) == 2


def test_merge_conflicting_target_of_standoff_item(tmp_path, own_corpus, capsys):
    into = write_jsonl(tmp_path / "own.jsonl", [standoff(THREAT)])
    new = write_jsonl(tmp_path / "new.jsonl", [standoff(THREAT, id="x", target="Oslo")])
    assert main(["merge", str(new), "--into", str(into)]) == 0
    assert "target: conflicts with" in capsys.readouterr().err
    assert json.loads(lines(Path(f"{into}.conflicts"))[0])["fields"] == ["target"]


def test_merge_refuses_bad_input_and_id_clashes_without_writing(tmp_path, capsys):
    into = write_jsonl(tmp_path / "own.jsonl", inline_items(1))
    before = into.read_text()
    bad = write_jsonl(tmp_path / "bad.jsonl", [{"id": "n1", "quote": "Fine.", "target": "Norway", "label": "odd"},
                                               {"id": "n2", "quote": "", "target": "Norway", "label": "defiant"}])
    assert main(["merge", str(bad), "--into", str(into), "--labels", FOUR]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:1: label: unknown label 'odd'" in err and f"{bad}:2: quote: empty quote" in err
    clash = write_jsonl(tmp_path / "clash.jsonl", [{"id": "q0-0", "quote": "A different quote.", "target": "Norway",
                                                     "label": "defiant"}])
    assert main(["merge", str(clash), "--into", str(into)]) == 2
    assert f"{clash}:1: id: id 'q0-0' is already used by a different quote at {into}:1" in capsys.readouterr().err
    assert into.read_text() == before and not Path(f"{into}.conflicts").exists()
    assert main(["merge", str(clash), "--into", str(into), "--id-prefix", "bob-"]) == 0
    assert records(into)[-1]["id"] == "bob-q0-0"


def test_merge_dry_run_and_new_file(tmp_path, capsys):
    new = write_jsonl(tmp_path / "new.jsonl", inline_items(2))
    into = tmp_path / "sub" / "own.jsonl"
    assert main(["merge", str(new), "--into", str(into), "--dry-run"]) == 0
    assert "dry run" in capsys.readouterr().out and not into.exists()
    assert main(["merge", str(new), "--into", str(into)]) == 0
    assert lines(into) == lines(new)


# ------------------------------------------------------------------------------------------------ export / import

def mixed_records() -> list[dict]:
    return [
        standoff(THREAT, note="hard case: \u201cif\u201d clause", speaker_start=0, speaker_end=10, cue="warned"),
        standoff(FRIEND, target="Australia", label="conciliatory", direct=True, annotator="annotator_b"),
        {"id": "in-1", "quote": "Nous sommes pr\u00eats \u00e0 n\u00e9gocier.", "target": "Atlantis",
         "label": "conciliatory", "speaker": "Jean Dupont", "context": "He spoke in Paris.", "article_id": "art-9",
         "annotator": "alice", "note": "translated", "extra": {"nested": [1, None, True]}},
        {"id": "in-2", "quote": "The vote is on Thursday.", "target": ""},                 # unlabelled
        {"id": "in-3", "quote": "They should think carefully.", "target": "Ruritania", "label": None},
    ]


@pytest.mark.parametrize("fmt", ["label-studio", "doccano"])
def test_export_then_import_gives_back_identical_items(tmp_path, own_corpus, fmt):
    src = tmp_path / "items.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in mixed_records()), encoding="utf-8")
    exported, back = tmp_path / "exported", tmp_path / "back.jsonl"
    assert main(["export", "--to", fmt, str(src), "--out", str(exported)]) == 0
    assert main(["import", "--from", fmt, str(exported), "--out", str(back)]) == 0
    assert records(back) == mixed_records()
    assert back.read_text(encoding="utf-8") == src.read_text(encoding="utf-8")   # same key order too
    if fmt == "label-studio":
        tasks = json.loads(exported.read_text())
        assert tasks[0]["data"]["quote"] == THREAT and tasks[0]["data"]["context"]      # standoff rehydrated
        assert tasks[0]["annotations"][0]["result"][0] == {"from_name": "stance", "to_name": "quote",
                                                           "type": "choices", "value": {"choices": ["threatening"]}}
        assert "annotations" not in tasks[3]
        config = (tmp_path / "exported.label_config.xml").read_text()
        assert '<Choices name="stance" toName="quote"' in config and '<Choice value="threatening"/>' in config
    else:
        rows = records(exported)
        assert rows[0]["text"] == THREAT and rows[0]["label"] == ["threatening"] and rows[3]["label"] == []
        assert rows[2]["target"] == "Atlantis"


@pytest.fixture(scope="module")
def small_checkpoint(tmp_path_factory, tiny_model):
    from diplostance.config import load_config
    from diplostance.training import train

    tmp = tmp_path_factory.mktemp("ckpt")
    data = write_jsonl(tmp / "items.jsonl", inline_items(6))
    return train(load_config("configs/default.yaml", [
        f"model.name_or_path={tiny_model}", f"data.train_files=[{data}]", f"training.output_dir={tmp / 'model'}",
        "model.max_length=64", "training.max_steps=2"]))


def test_export_with_predictions_never_turns_them_into_labels(tmp_path, own_corpus, small_checkpoint, capsys):
    src = write_jsonl(tmp_path / "items.jsonl", mixed_records())
    tasks_path, back = tmp_path / "tasks.json", tmp_path / "back.jsonl"
    assert main(["export", "--to", "label-studio", str(src), "--out", str(tasks_path),
                 "--with-predictions", str(small_checkpoint)]) == 0
    tasks = json.loads(tasks_path.read_text())
    for task in tasks:
        pred = task["predictions"][0]
        assert pred["model_version"] == "model" and 0 < pred["score"] <= 1
        assert pred["result"][0]["value"]["choices"][0] in FOUR.split(",")
    assert main(["import", "--from", "label-studio", str(tasks_path), "--out", str(back)]) == 0
    assert records(back) == mixed_records()

    rows_path = tmp_path / "doccano.jsonl"
    assert main(["export", "--to", "doccano", str(src), "--out", str(rows_path),
                 "--with-predictions", str(small_checkpoint)]) == 0
    rows = records(rows_path)
    assert rows[3]["label"] == [rows[3]["prediction"]["label"]]      # unlabelled item: pre-annotated
    assert rows[0]["label"] == ["threatening"]                        # gold label kept
    assert main(["import", "--from", "doccano", str(rows_path), "--out", str(back)]) == 0
    assert records(back) == mixed_records()
    assert "pre-annotation were left unlabelled" in capsys.readouterr().err
    assert main(["import", "--from", "doccano", str(rows_path), "--out", str(back), "--accept-predictions"]) == 0
    assert records(back)[3]["label"] == rows[3]["prediction"]["label"]


def test_import_label_studio_annotations_as_the_tool_exports_them(tmp_path, capsys):
    items = write_jsonl(tmp_path / "items.jsonl", [
        {"id": "a", "quote": "We will respond.", "target": "Norway", "label": "defiant", "annotator": "x"},
        {"id": "b", "quote": "Talks can resume.", "target": ""}])
    tasks_path = tmp_path / "tasks.json"
    assert main(["export", "--to", "label-studio", str(items), "--out", str(tasks_path)]) == 0
    tasks = json.loads(tasks_path.read_text())

    def ann(n, label, when, extra=(), cancelled=False):
        return {"id": n, "completed_by": n, "was_cancelled": cancelled, "created_at": when, "updated_at": when,
                "result": [{"from_name": "stance", "to_name": "quote", "type": "choices",
                            "value": {"choices": [label]}}, *extra]}
    tasks[0]["annotations"] = [ann(1, "defiant", "2025-01-01T00:00:00Z"),
                               ann(2, "threatening", "2025-01-02T00:00:00Z"),
                               ann(3, "none", "2025-01-05T00:00:00Z", cancelled=True)]
    tasks[1]["annotations"] = [ann(4, "conciliatory", "2025-01-03T00:00:00Z", extra=[
        {"from_name": "corrected_target", "to_name": "quote", "type": "textarea", "value": {"text": ["Oslo"]}},
        {"from_name": "annotator_note", "to_name": "quote", "type": "textarea",
         "value": {"text": ["offer of talks"]}}])]
    tasks.append({"id": 77, "data": {"text": "A task made in Label Studio.", "target": "Atlantis"},
                  "annotations": [ann(5, "defiant", "2025-01-04T00:00:00Z")]})
    export = tmp_path / "export.json"
    export.write_text(json.dumps(tasks), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["import", "--from", "label-studio", str(export), "--out", str(out), "--annotator", "carol"]) == 0
    got = records(out)
    assert got[0] == {"id": "a", "quote": "We will respond.", "target": "Norway", "label": "threatening",
                      "annotator": "x"}
    assert got[1] == {"id": "b", "quote": "Talks can resume.", "target": "Oslo", "label": "conciliatory",
                      "note": "offer of talks", "annotator": "carol"}
    assert got[2] == {"id": "77", "quote": "A task made in Label Studio.", "target": "Atlantis", "label": "defiant",
                      "annotator": "carol"}
    assert "annotations disagree (defiant, threatening); kept the latest, 'threatening'" in capsys.readouterr().err
    assert len(load_items([out])) == 3

    json_min = tmp_path / "min.json"
    json_min.write_text(json.dumps([{"id": 1, "quote": "We will respond.", "target": "Norway",
                                     "stance": "defiant", "annotator": "a@example.org"}]))
    assert main(["import", "--from", "label-studio", str(json_min), "--out", str(out)]) == 0
    assert records(out) == [{"id": "1", "quote": "We will respond.", "target": "Norway", "annotator": "a@example.org",
                             "label": "defiant"}]


def test_import_reports_bad_tasks_with_location(tmp_path, capsys):
    rows = write_jsonl(tmp_path / "d.jsonl", [{"text": "One.", "label": ["defiant", "none"], "id": 1},
                                              {"text": "Two.", "label": 5, "id": 2},
                                              {"text": "Three.", "label": [], "id": 3}])
    out = tmp_path / "out.jsonl"
    assert main(["import", "--from", "doccano", str(rows), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"{rows}:1: label: 2 labels ['defiant', 'none'] for one quote" in err
    assert f"{rows}:2: label: expected a list of label names" in err and not out.exists()
    tasks = tmp_path / "t.json"
    tasks.write_text(json.dumps([{"data": {"text": "x", "id": "a"}, "annotations": [{"result": [
        {"from_name": "stance", "type": "choices", "value": {"choices": ["defiant", "none"]}}]}]}]))
    assert main(["import", "--from", "label-studio", str(tasks), "--out", str(out)]) == 2
    assert f"{tasks}: [0].annotations[0].result: 2 labels" in capsys.readouterr().err


# ------------------------------------------------------------------------------------------------ agreement

def test_agreement_reports_kappa_alpha_per_class_and_confusion(tmp_path, capsys):
    a = write_jsonl(tmp_path / "alice.jsonl", [{"id": "1", "label": "x"}, {"id": "2", "label": "x"},
                                               {"id": "3", "label": "y"}, {"id": "4", "label": "y"},
                                               {"id": "6", "quote": "unlabelled", "target": ""}])
    b = write_jsonl(tmp_path / "bob.jsonl", [{"id": "1", "label": "x"}, {"id": "2", "label": "y"},
                                             {"id": "3", "label": "y"}, {"id": "4", "label": "y"},
                                             {"id": "5", "label": "x"}])
    c = write_jsonl(tmp_path / "carol.jsonl", [{"id": "1", "label": "x"}, {"id": "2", "label": "x"},
                                               {"id": "3", "label": "y"}, {"id": "4", "label": "y"}])
    report = tmp_path / "agreement.json"
    assert main(["agreement", str(a), str(b), str(c), "--output", str(report)]) == 0
    out = capsys.readouterr().out
    assert "alice vs bob: n=4  observed agreement 0.750  kappa 0.500" in out
    assert "Krippendorff's alpha" in out and "Confusion: rows alice, columns bob" in out
    r = json.loads(report.read_text())
    assert r["pairs"]["alice vs bob"]["cohen_kappa"] == pytest.approx(0.5)
    assert r["pairs"]["alice vs carol"]["cohen_kappa"] == pytest.approx(1.0)
    assert r["pairs"]["alice vs bob"]["confusion"]["matrix"] == [[1, 1], [0, 2]]
    assert r["pairs"]["alice vs bob"]["per_class"]["x"]["specific_agreement"] == pytest.approx(2 / 3)
    assert r["items"] == {"alice": 4, "bob": 5, "carol": 4} and not math.isnan(r["krippendorff_alpha"])

    assert main(["agreement", str(a)]) == 2
    bad = write_jsonl(tmp_path / "bad.jsonl", [{"label": "x"}, {"id": "1", "label": 3}])
    assert main(["agreement", str(a), str(bad)]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:1: id: missing or empty" in err and f"{bad}:2: label: must be a string" in err


# ------------------------------------------------------------------------------------------------ suggest

def test_uncertainty_strategies_rank_unsure_rows_first():
    probs = np.array([[0.97, 0.01, 0.01, 0.01], [0.4, 0.35, 0.15, 0.1], [0.5, 0.5, 0.0, 0.0]])
    assert np.argsort(-uncertainty(probs, "entropy"))[0] == 1
    assert np.argsort(-uncertainty(probs, "margin"))[0] == 2
    assert np.argsort(-uncertainty(probs, "least-confidence")).tolist()[0] in (1, 2)
    assert uncertainty(probs, "least-confidence")[0] == pytest.approx(0.03)


def test_suggest_lists_least_certain_quotes_as_exportable_items(tmp_path, small_checkpoint, capsys):
    second = "\u201cWe reject these baseless accusations,\u201d said the Ruritanian foreign minister, Jan Kral. " \
             "Kral added that Ruritania was ready to talk with Norway about the quotas."
    corpus = write_jsonl(tmp_path / "articles.jsonl", [{"id": "own-1", "text": OWN_ARTICLE},
                                                       {"id": "own-2", "text": second}])
    out = tmp_path / "suggested.jsonl"
    assert main(["suggest", "--corpus", str(corpus), "--n", "3", "--model", str(small_checkpoint),
                 "--strategy", "margin", "--out", str(out)]) == 0
    items = records(out)
    assert len(items) == 3
    margins = [i["suggested"]["value"] for i in items]
    assert margins == sorted(margins)                                    # least sure (smallest margin) first
    for it in items:
        text = OWN_ARTICLE if it["article_id"] == "own-1" else second
        assert text[it["span"][0]:it["span"][1]] == it["quote"] and it["context"]
        assert "label" not in it and set(it["suggested"]["scores"]) == set(FOUR.split(","))
    assert len(load_items([out], require_label=False)) == 3             # valid unlabelled inline items
    assert main(["export", "--to", "label-studio", str(out), "--out", str(tmp_path / "t.json")]) == 0

    # quotes already annotated are not suggested again
    done = write_jsonl(tmp_path / "done.jsonl", [{"id": items[0]["id"], "article_id": items[0]["article_id"],
                                                  "quote": items[0]["quote"], "target": items[0]["target"],
                                                  "label": "defiant"}])
    assert main(["suggest", "--corpus", str(corpus), "--n", "50", "--model", str(small_checkpoint),
                 "--exclude", str(done), "--out", str(out)]) == 0
    assert items[0]["id"] not in {i["id"] for i in records(out)}
    assert "1 already annotated" in capsys.readouterr().out

    bad = write_jsonl(tmp_path / "bad.jsonl", [{"id": "x"}, {"text": "no id"}])
    assert main(["suggest", "--corpus", str(bad), "--out", str(out), "--model", str(small_checkpoint)]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:1: text: missing" in err and f"{bad}:2: id: missing" in err
