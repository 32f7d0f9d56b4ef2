"""Two CPU processes (gloo) under ``accelerate launch``: DDP training through the HF Trainer, and ``predict``
split across the processes. Tiny model, invented data."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import REPO, inline_items, write_jsonl
from diplostance.cli import main
from test_batch import assert_same_rows, make_classifier, own_articles, rows

# Each launched process records what it did in MARKS: `<what>-rank<R>` files.
RECORD = textwrap.dedent("""
    import os, runpy, sys
    from diplostance import batch, training

    def mark(what, text=""):
        path = os.path.join(os.environ["MARKS"], f"{what}-rank{os.environ['RANK']}")
        with open(path, "a", encoding="utf-8") as f:
            f.write(text)

    def recording(name, module, what, text=lambda *a: ""):
        real = getattr(module, name)

        def wrapper(*a, **kw):
            mark(what, text(*a))
            return real(*a, **kw)
        setattr(module, name, wrapper)

    recording("_replace_dir", training, "replace")            # the checkpoint renamed into place
    recording("build_model_card", training, "card")           # the model card written
    recording("commit", batch.Shelf, "articles", lambda self, parts: "".join(n + "\\n" for _, n, _ in parts))
    sys.argv = sys.argv[1:]
    runpy.run_path(sys.argv[0], run_name="__main__")
""")


def launch(tmp_path: Path, script: str, *args) -> tuple[subprocess.CompletedProcess, Path]:
    """``accelerate launch`` with 2 CPU processes; returns the process and the folder of marks."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    marks = tmp_path / "marks"
    marks.mkdir()
    wrapper = tmp_path / "record.py"
    wrapper.write_text(RECORD, encoding="utf-8")
    env = dict(os.environ, MARKS=str(marks), CUDA_VISIBLE_DEVICES="", PYTHONWARNINGS="ignore")
    cmd = [sys.executable, "-m", "accelerate.commands.launch", "--multi_gpu", "--num_processes", "2",
           "--num_machines", "1", "--mixed_precision", "no", "--dynamo_backend", "no", "--main_process_port",
           str(port), str(wrapper), script, *map(str, args)]
    proc = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc, marks


def test_ddp_training_writes_one_checkpoint_from_the_main_process(tmp_path, tiny_model):
    data = write_jsonl(tmp_path / "items.jsonl", inline_items(10))
    out = tmp_path / "ckpt"
    _, marks = launch(tmp_path, "train.py", "--config", "configs/default.yaml", f"model.name_or_path={tiny_model}",
                      f"data.train_files=[{data}]", f"training.output_dir={out}", "model.max_length=32",
                      "training.num_train_epochs=2", "training.per_device_train_batch_size=4",
                      "training.learning_rate=1e-3")
    assert sorted(p.name for p in marks.iterdir()) == ["card-rank0", "replace-rank0"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ckpt", "items.jsonl", "marks", "record.py"]  # no staging
    for name in ("model.safetensors", "config.json", "tokenizer.json", "training_config.yaml", "metrics.json",
                 "README.md"):
        assert (out / name).exists(), name
    assert not (out / "_trainer").exists()
    metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["test"]["n"] > 0 and f"{metrics['test']['macro_f1']:.3f}" in (out / "README.md").read_text()


def test_predict_split_across_processes_equals_one_process(tmp_path, tiny_model, capsys):
    clf = make_classifier(tiny_model, tmp_path / "clf")
    arts = write_jsonl(tmp_path / "arts.jsonl", own_articles(12))
    single, dist = tmp_path / "single.jsonl", tmp_path / "dist.jsonl"
    assert main(["predict", str(arts), "--model", str(clf), "--output", str(single)]) == 0
    _, marks = launch(tmp_path, "predict.py", arts, "--model", clf, "--output", dist, "--articles-per-batch", 2)
    assert_same_rows(rows(dist), rows(single))
    done = [set((marks / f"articles-rank{r}").read_text(encoding="utf-8").split()) for r in (0, 1)]
    assert done[0] and done[1] and not done[0] & done[1]
    assert done[0] | done[1] == {a["id"] for a in own_articles(12)}
    assert not (tmp_path / "dist.jsonl.partial").exists()


@pytest.mark.parametrize("extra, message", [
    (["--workers", "2"], "--workers cannot be combined with accelerate launch"),
    ([], "under accelerate launch/torchrun give --output FILE"),
])
def test_launcher_option_conflicts(tmp_path, monkeypatch, capsys, extra, message):
    monkeypatch.setenv("WORLD_SIZE", "2")   # as a launcher sets it; refused before any process group is set up
    arts = write_jsonl(tmp_path / "arts.jsonl", own_articles(2))
    assert main(["predict", str(arts), "--extract-only", *extra]) == 2
    assert message in capsys.readouterr().err
