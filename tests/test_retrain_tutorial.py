"""docs/tutorial_retrain.md end to end: its commands, read from the file and run in order in a temporary copy,
with the tiny model (model.name_or_path and a few training steps added to the training commands)."""
import json
import re
import shlex
import shutil
from pathlib import Path

from conftest import REPO, inline_items, write_jsonl
from diplostance.cli import main

TUTORIAL = REPO / "docs" / "tutorial_retrain.md"
FOUR = ["conciliatory", "defiant", "threatening", "none"]


def tutorial_commands() -> list[list[str]]:
    """``python -m diplostance ...`` lines of the tutorial's bash blocks, in order, as argv lists."""
    out = []
    for block in re.findall(r"```bash\n(.*?)```", TUTORIAL.read_text(encoding="utf-8"), re.S):
        for line in block.replace("\\\n", " ").splitlines():
            if line.strip().startswith("python -m diplostance "):
                out.append(shlex.split(line)[3:])
    return out


def annotate_in_label_studio(tasks_path: Path, export_path: Path) -> None:
    """What annotators do in Label Studio, as its JSON export shows it: one stance per task (a cancelled
    attempt on the first), a corrected target where the extractor found none."""
    tasks = json.loads(tasks_path.read_text(encoding="utf-8"))
    for k, task in enumerate(tasks):
        label = FOUR[k % 4]
        result = [{"id": f"r{k}", "from_name": "stance", "to_name": "quote", "type": "choices", "origin": "manual",
                   "value": {"choices": [label]}}]
        if label != "none" and not task["data"]["target"]:
            result.append({"id": f"t{k}", "from_name": "corrected_target", "to_name": "quote", "type": "textarea",
                           "value": {"text": ["Freedonia"]}})
        task.update(id=k + 1, project=3, annotations=[
            {"id": 500 + k, "completed_by": 1, "result": result, "was_cancelled": False, "ground_truth": False,
             "created_at": "2025-03-02T10:00:00Z", "updated_at": "2025-03-02T10:00:00Z", "task": k + 1}])
        if k == 0:
            task["annotations"].insert(0, {"id": 499, "completed_by": 2, "was_cancelled": True, "result": [],
                                           "created_at": "2025-03-03T10:00:00Z"})
    export_path.write_text(json.dumps(tasks, indent=2), encoding="utf-8")


def test_tutorial_commands_run_end_to_end(tmp_path, monkeypatch, tiny_model, capsys):
    work = tmp_path / "repo"
    shutil.copytree(REPO / "configs", work / "configs")
    shutil.copytree(REPO / "examples", work / "examples")
    (work / "data" / "annotations").mkdir(parents=True)
    write_jsonl(work / "data" / "annotations" / "existing.jsonl", inline_items(8))
    monkeypatch.chdir(work)
    tiny = [f"model.name_or_path={tiny_model}", "model.max_length=64", "training.max_steps=4",
            "training.per_device_train_batch_size=16"]

    commands = tutorial_commands()
    assert [c[0] for c in commands] == ["train", "validate", "merge", "retrain", "predict", "suggest", "export",
                                        "import", "validate", "merge"]
    for argv in commands:
        if argv[0] == "import":
            annotate_in_label_studio(Path("tasks.json"), Path("ls_export.json"))
        if argv[0] in ("train", "retrain"):
            argv = argv + tiny
        assert main(argv) == 0, argv
    out = capsys.readouterr().out

    assert "ok: 50 items" in out and "added:               50" in out
    report = json.loads(Path("retrain_report.json").read_text())
    assert report["previous"]["n"] == report["new"]["n"] == report["test_items"] > 0
    assert report["previous"]["model"] == "checkpoints/run" and "macro_f1_ci95" in report["change"]
    assert "previous" in out and "change" in out
    id2label = json.loads(Path("checkpoints/run-2/config.json").read_text())["id2label"]
    assert sorted(id2label.values()) == sorted(FOUR)
    assert "label" in Path("predictions.csv").read_text().splitlines()[0]

    suggestions = [json.loads(line) for line in Path("suggestions.jsonl").read_text().splitlines()]
    assert 0 < len(suggestions) <= 10 and all("label" not in s for s in suggestions)
    labelled = [json.loads(line) for line in Path("labelled.jsonl").read_text().splitlines()]
    assert len(labelled) == len(suggestions)
    assert all(r["annotator"] == "yourname" and r["label"] in FOUR for r in labelled)
    assert all(r["target"] for r in labelled if r["label"] != "none")
    own = Path("data/annotations/own.jsonl").read_text().splitlines()
    assert len(own) == 50 + len(labelled)
    assert own[:50] == Path("examples/new_annotations.jsonl").read_text().splitlines()
