"""Batch prediction over many articles (issue 8): streaming, resuming after a kill, shards, worker processes.

Every article here is invented for these tests.
"""
from __future__ import annotations

import json
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import REPO, write_jsonl
from diplostance import batch
from diplostance.cli import main

FOUR = ["conciliatory", "defiant", "threatening", "none"]
WHO = ["Foreign Minister Ana Lindqvist", "Envoy Tomas Berg", "General Ida Holm", "Admiral Jon Vik"]
WHERE = ["Freedonia", "Ruritania", "Atlantis", "Norway"]
SAID = [
    "\u201cWe will not hand over the {p} islands, whatever they threaten,\u201d {w} said on Monday.",
    "\"Our door remains open to {p}, and talks can start next week,\" {w} told reporters.",
    "{w} warned that {p} would face tariffs if its trawlers returned to the northern banks.",
    "\u201cIf their ships cross the line again, we will respond,\u201d {w} said.",
]
QUIET = ["The weather in the capital stayed mild for most of the week.", "Markets were closed for the holiday.",
         "A new bridge over the river opened to traffic on Thursday."]


def own_articles(n: int, seed: int = 0) -> list[dict]:
    """``n`` invented articles; every third one has no quote at all."""
    rng = random.Random(seed)
    out = []
    for k in range(n):
        lines = QUIET if k % 3 == 2 else SAID
        text = " ".join(rng.choice(lines).format(p=rng.choice(WHERE), w=rng.choice(WHO))
                        for _ in range(rng.randint(2, 4)))
        out.append({"id": f"art-{k}", "text": text})
    return out


def make_classifier(tiny_model: Path, path: Path) -> Path:
    """An untrained four-label classifier on the tiny BERT (seeded, so every process gets the same)."""
    import torch
    from transformers import AutoTokenizer, BertConfig, BertForSequenceClassification

    torch.manual_seed(0)
    cfg = BertConfig.from_pretrained(tiny_model, num_labels=4, id2label=dict(enumerate(FOUR)),
                                     label2id={n: i for i, n in enumerate(FOUR)})
    BertForSequenceClassification(cfg).save_pretrained(path, safe_serialization=True)
    AutoTokenizer.from_pretrained(tiny_model).save_pretrained(path)
    return path


@pytest.fixture(scope="module")
def clf(tmp_path_factory, tiny_model) -> Path:
    return make_classifier(tiny_model, tmp_path_factory.mktemp("clf"))


@pytest.fixture()
def arts(tmp_path) -> Path:
    return write_jsonl(tmp_path / "arts.jsonl", own_articles(14))


def predict(capture, *args) -> tuple[int, str]:
    """Exit code and stderr of ``predict`` (``capture``: capsys, or capfd for worker processes' stderr too)."""
    capture.readouterr()
    code = main(["predict", *map(str, args)])
    return code, capture.readouterr().err


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def assert_same_rows(got: list[dict], want: list[dict]) -> None:
    """Equal rows; scores equal to 1e-6 (classifier batches differ, so float rounding may)."""
    assert len(got) == len(want)
    for g, w in zip(got, want):
        assert {k: v for k, v in g.items() if k != "scores"} == {k: v for k, v in w.items() if k != "scores"}
        assert g.get("scores", {}).keys() == w.get("scores", {}).keys()
        assert all(abs(g["scores"][k] - w["scores"][k]) < 1e-6 for k in g.get("scores", {}))


def all_at_once(src: Path, model: Path | None, fmt: str) -> str:
    """The output of the former implementation: every article extracted, then every quote classified at once."""
    from diplostance.inference import load_classifier
    from diplostance.output import render
    from diplostance.pipeline import Extractor

    articles = rows(src)
    recs = [dict({"article": a["id"]}, **r)
            for a, found in zip(articles, Extractor().extract_many(a["text"] for a in articles)) for r in found]
    preds = load_classifier(model).predict(recs) if model else [{}] * len(recs)
    full = [dict(r, **p) for r, p in zip(recs, preds)]
    return render([{k: f[k] for k in batch.COLUMNS if k in f} for f in full], fmt)


# ------------------------------------------------------------------------------------------------ streaming

@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_streaming_output_equals_the_all_at_once_output(tmp_path, arts, clf, capsys, fmt):
    out = tmp_path / f"out.{fmt}"
    code, _ = predict(capsys, arts, "--model", clf, "--format", fmt, "--output", out, "--articles-per-batch", 3)
    assert code == 0
    want = all_at_once(arts, clf, fmt)
    if fmt == "csv":  # same header and rows; compare the score columns loosely
        import csv
        import io

        got_rows, want_rows = (list(csv.DictReader(io.StringIO(t))) for t in (out.read_text(encoding="utf-8"), want))
        assert got_rows[0].keys() == want_rows[0].keys() and len(got_rows) == len(want_rows)
        for g, w in zip(got_rows, want_rows):
            assert all(g[k] == w[k] or abs(float(g[k]) - float(w[k])) < 1e-6 for k in g)
    else:
        assert_same_rows(rows(out), [json.loads(x) for x in want.splitlines()])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["arts.jsonl", f"out.{fmt}"]  # no state left


def test_extract_only_stdout_streams_the_same_bytes(tmp_path, arts, capsys):
    capsys.readouterr()
    assert main(["predict", str(arts), "--extract-only", "--format", "jsonl", "--articles-per-batch", "4"]) == 0
    assert capsys.readouterr().out == all_at_once(arts, None, "jsonl")
    assert main(["predict", str(arts), "--extract-only", "--format", "csv", "--articles-per-batch", "4"]) == 0
    assert capsys.readouterr().out == all_at_once(arts, None, "csv")


def test_jsonl_is_read_line_by_line_and_a_bad_line_is_skipped(tmp_path, capsys):
    good = own_articles(2)
    src = tmp_path / "arts.jsonl"
    src.write_bytes(b"\xef\xbb\xbf" + json.dumps(good[0]).encode() + b"\r\n"
                    + b'{"id": "x", "text": "Caf\xe9 talks"}\n' + json.dumps(good[1]).encode() + b"\n")
    code, err = predict(capsys, src, "--extract-only", "--output", tmp_path / "out.jsonl")
    assert code == 1 and f"{src}:2: not valid UTF-8" in err
    assert {r["article"] for r in rows(tmp_path / "out.jsonl")} == {"art-0", "art-1"}


# ------------------------------------------------------------------------------------------------ resuming

KILL = textwrap.dedent("""
    import os, signal, sys
    from diplostance import batch
    point, at = sys.argv[1], int(sys.argv[2])
    real, seen = batch._write, {".rows": 0, ".done": 0}

    def write(path, text):  # SIGKILL in the middle of a batch's rows, or between its rows and its .done
        seen[path.suffix] = seen.get(path.suffix, 0) + 1
        if point == "mid-rows" and path.suffix == ".rows" and seen[".rows"] == at:
            with batch._output.atomic_open(path) as f:
                f.write(text[: len(text) // 2])
                f.flush()
                os.kill(os.getpid(), signal.SIGKILL)
        if point == "before-done" and path.suffix == ".done" and seen[".done"] == at:
            os.kill(os.getpid(), signal.SIGKILL)
        real(path, text)

    batch._write = write
    from diplostance.cli import main
    sys.exit(main(sys.argv[3:]))
""")


@pytest.mark.parametrize("point", ["mid-rows", "before-done"])
def test_killed_run_resumes_without_loss_or_duplicates(tmp_path, arts, capsys, point):
    want = all_at_once(arts, None, "jsonl")
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    args = ["predict", str(arts), "--extract-only", "--output", str(out), "--articles-per-batch", "3"]
    proc = subprocess.run([sys.executable, "-c", KILL, point, "3", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == -9, proc.stderr[-2000:]
    assert out.read_text(encoding="utf-8") == "old\n"          # nothing half-written under the final name
    shelf = tmp_path / "out.jsonl.partial" / "worker-0"
    done = [json.loads(x) for f in sorted(shelf.glob("*.done")) for x in f.read_text(encoding="utf-8").splitlines()]
    assert [d["name"] for d in done] == [f"art-{k}" for k in range(6)]   # two batches, art-2 and art-5 quote-less
    leftovers = [p.name for p in shelf.iterdir() if not p.name.endswith(".done")
                 and not (p.suffix == ".rows" and p.with_suffix(".done").exists())]
    assert leftovers   # the half-written temporary file, or the uncommitted rows
    code, err = predict(capsys, *args[1:])
    assert code == 0 and "6 article(s) done by the interrupted run" in err
    assert out.read_text(encoding="utf-8") == want
    assert not (tmp_path / "out.jsonl.partial").exists()


def interrupt_after(monkeypatch, batches: int) -> None:
    """Make the next run stop (KeyboardInterrupt) once ``batches`` batches are committed."""
    real, seen = batch._write, []

    def write(path, text):
        real(path, text)
        if path.suffix == ".done":
            seen.append(path)
            if len(seen) == batches:
                raise KeyboardInterrupt

    monkeypatch.setattr(batch, "_write", write)


def test_interrupt_keeps_committed_batches_and_resume_finishes(tmp_path, arts, clf, capsys, monkeypatch):
    out = tmp_path / "out.jsonl"
    args = [arts, "--model", clf, "--output", out, "--articles-per-batch", 4]
    interrupt_after(monkeypatch, 2)
    with pytest.raises(KeyboardInterrupt):
        predict(capsys, *args)
    monkeypatch.undo()
    assert not out.exists() and (tmp_path / "out.jsonl.partial" / "meta.json").exists()
    code, err = predict(capsys, *args)
    assert code == 0 and "8 article(s) done" in err
    assert_same_rows(rows(out), [json.loads(x) for x in all_at_once(arts, clf, "jsonl").splitlines()])


def test_resume_with_other_settings_is_refused_unless_overwrite(tmp_path, arts, clf, capsys, monkeypatch):
    out = tmp_path / "out.jsonl"
    interrupt_after(monkeypatch, 1)
    with pytest.raises(KeyboardInterrupt):
        predict(capsys, arts, "--extract-only", "--output", out, "--articles-per-batch", 2)
    monkeypatch.undo()
    code, err = predict(capsys, arts, "--extract-only", "--output", out, "--target", "Atlantis")
    assert code == 2 and "out.jsonl.partial holds an interrupted run with other settings" in err
    assert "target: None then, 'Atlantis' now" in err and "--overwrite" in err
    code, err = predict(capsys, arts, "--model", clf, "--output", out)
    assert code == 2 and "model: None then" in err
    code, err = predict(capsys, arts, "--extract-only", "--output", out, "--workers", 2)
    assert code == 2 and "processes: 1 then, 2 now" in err
    code, _ = predict(capsys, arts, "--extract-only", "--output", out, "--target", "Atlantis", "--overwrite")
    assert code == 0 and {r["target"] for r in rows(out)} == {"Atlantis"}
    assert not (tmp_path / "out.jsonl.partial").exists()


def test_resume_after_the_input_changed_is_refused(tmp_path, arts, capsys, monkeypatch):
    out = tmp_path / "out.jsonl"
    interrupt_after(monkeypatch, 1)
    with pytest.raises(KeyboardInterrupt):
        predict(capsys, arts, "--extract-only", "--output", out, "--articles-per-batch", 2)
    monkeypatch.undo()
    changed = own_articles(14)
    changed[1]["id"] = "renamed"
    write_jsonl(arts, changed)
    code, err = predict(capsys, arts, "--extract-only", "--output", out)
    assert code == 2 and "the input changed since the interrupted run" in err and "'art-1', now 'renamed'" in err


# ------------------------------------------------------------------------------------------------ shards, workers

def test_shards_partition_the_input(tmp_path, arts, capsys):
    full = tmp_path / "full.jsonl"
    assert predict(capsys, arts, "--extract-only", "--output", full)[0] == 0
    parts = []
    for i in range(3):
        out = tmp_path / f"shard{i}.jsonl"
        assert predict(capsys, arts, "--extract-only", "--output", out, "--num-shards", 3, "--shard-index", i)[0] == 0
        parts.append(rows(out))
    names = [{r["article"] for r in part} for part in parts]
    assert all(names) and not (names[0] & names[1] or names[0] & names[2] or names[1] & names[2])
    key = lambda r: (r["article"], r["start"])  # noqa: E731
    assert sorted((r for p in parts for r in p), key=key) == sorted(rows(full), key=key)


def test_split_assigns_every_name_to_exactly_one_process():
    names = [f"doc-{k}" for k in range(500)] + ["-", "news/a.txt", "caf\u00e9", "\udcff"]
    for k, n in ((1, 1), (3, 1), (1, 4), (3, 2)):
        owners = [[(i, w) for i in range(k) for w in range(n) if batch.Split(i, k).of_worker(w, n).owns(name)]
                  for name in names]
        assert all(len(o) == 1 for o in owners)
        assert len({o[0] for o in owners}) == k * n                 # every process gets some
    assert batch.name_hash("art-1") == 0xe32b9fd0918875c2          # the same on every machine and run


def test_two_workers_write_what_one_writes(tmp_path, arts, clf, capsys):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert predict(capsys, arts, "--model", clf, "--output", one, "--articles-per-batch", 3)[0] == 0
    assert predict(capsys, arts, "--model", clf, "--output", two, "--articles-per-batch", 3, "--workers", 2)[0] == 0
    assert_same_rows(rows(two), rows(one))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["arts.jsonl", "one.jsonl", "two.jsonl"]


def test_workers_report_each_bad_input_once(tmp_path, capfd, monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))   # where the workers' rows wait to be merged
    folder = tmp_path / "in"
    folder.mkdir()
    for k, art in enumerate(own_articles(6)):
        (folder / f"{k}.txt").write_text(art["text"], encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\"Caf\xe9 talks will go on,\" he said.")
    write_jsonl(folder / "more.jsonl", ['{"id": "j1", "text": ', {"id": "j2", "text": own_articles(1)[0]["text"]}])
    code, err = predict(capfd, folder, tmp_path / "missing.txt", "--extract-only", "--workers", 2)  # 3 processes
    assert code == 1
    for message in ("bad.txt: not valid UTF-8", "more.jsonl:1: malformed JSON", "missing.txt: no such file"):
        assert err.count(message) == 1, err
    assert not list(tmp_path.glob("diplostance-predict-*"))


# ------------------------------------------------------------------------------------------------ bad options

@pytest.mark.parametrize("extra, message", [
    (["--num-shards", "3"], "--num-shards K and --shard-index I go together"),
    (["--shard-index", "1"], "--num-shards K and --shard-index I go together"),
    (["--num-shards", "3", "--shard-index", "3"], "--shard-index 3 is out of range for --num-shards 3 (0 to 2)"),
    (["--num-shards", "2", "--shard-index", "-1"], "--shard-index -1 is out of range"),
    (["--num-shards", "0", "--shard-index", "0"], "--num-shards must be at least 1, not 0"),
    (["--workers", "0"], "--workers must be at least 1, not 0"),
    (["--articles-per-batch", "0"], "--articles-per-batch must be at least 1"),
    (["--overwrite"], "--overwrite needs --output FILE"),
])
def test_bad_option_combinations_are_refused(tmp_path, arts, capsys, extra, message):
    code, err = predict(capsys, arts, "--extract-only", *extra)
    assert code == 2 and message in err


def test_stdin_needs_one_process_and_quotes_mode_takes_no_article_options(tmp_path, arts, capsys):
    code, err = predict(capsys, "-", "--extract-only", "--workers", "2")
    assert code == 2 and "stdin (-) can be read by one process only" in err
    code, err = predict(capsys, "--quotes", arts, "--workers", "2", "--output", tmp_path / "q.jsonl")
    assert code == 2 and "--workers applies to ARTICLE input, not --quotes" in err
