"""Hardening (issue 9): no crash on odd input, nothing lost, same result twice, nothing unsafe loaded.

Every bad input gives one ``file:line: field: message`` line on stderr and exit code 2 (article mode: the bad
input is reported, the others are processed, exit code 1). Everything here is invented for the tests.
"""
from __future__ import annotations

import ast
import json
import os
import pickle
import random
import re
import resource
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import OWN_ARTICLE, REPO, inline_items, write_jsonl
from diplostance.cli import main
from diplostance.corpus import sha12

FOUR = ["conciliatory", "defiant", "threatening", "none"]
THREAT = "We will respond with everything we have if their ships enter our waters,"


def standoff(**kw) -> dict:
    start = OWN_ARTICLE.index(THREAT)
    rec = {"id": "own-1:s", "article_id": "own-1", "start": start, "end": start + len(THREAT),
           "quote_sha1": sha12(THREAT), "speaker": "Ana Lindqvist", "target": "Norway", "label": "threatening",
           "direct": True, "annotator": "test"}
    rec.update(kw)
    return rec


def good(**kw) -> dict:
    rec = {"id": "g1", "quote": "We will impose tariffs on their cars.", "target": "Norway", "label": "threatening"}
    rec.update(kw)
    return rec


#: name -> (file content, expected stderr line: (line or None, field or None, text in the message))
CASES: dict[str, tuple[list | bytes, tuple[int | None, str | None, str]]] = {
    "malformed": ([good(), '{"id": "m2", "quote": "We talk."'], (2, None, "malformed JSON")),
    "unknown_label": ([good(label="friendly")], (1, "label", "'friendly'")),
    "empty_quote": ([good(quote="   ")], (1, "quote", "empty quote")),
    "missing_target": ([{"id": "t1", "quote": "We refuse.", "label": "defiant"}], (1, "target", "missing")),
    "duplicate_id": ([good(), good(quote="Again.")], (2, "id", "duplicate id 'g1'")),
    "offsets_outside": ([standoff(start=5000, end=5010)], (1, "start/end", "outside the article text")),
    "hash_mismatch": ([standoff(quote_sha1="0" * 12)], (1, "quote_sha1", "hash mismatch")),
    "unknown_article": ([standoff(article_id="nope-9")], (1, "article_id", "unknown article id 'nope-9'")),
    "non_utf8": (json.dumps(good(quote="Caf\u00e9 talks now."), ensure_ascii=False).encode("latin-1"),
                 (1, None, "not valid UTF-8")),
    "binary": (b"PK\x03\x04\x00\x00\x08\x00" + bytes(range(256)), (None, None, "binary file")),
    "empty": (b"", (None, None, "empty file")),
}


def write_case(folder: Path, name: str) -> Path:
    content, _ = CASES[name]
    path = folder / f"{name}.jsonl"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        write_jsonl(path, content)
    return path


def expected_line(path: Path, name: str) -> str:
    line, field, _ = CASES[name][1]
    where = f"{path}:{line}" if line else f"{path}"
    return f"{where}: " + (f"{field}: " if field else "")


def check_reported(err: str, path: Path, name: str) -> None:
    prefix, text = expected_line(path, name), CASES[name][1][2]
    assert any(ln.startswith(prefix) and text in ln for ln in err.splitlines()), (name, prefix, err)


@pytest.fixture(scope="module")
def clf_model(tmp_path_factory, tiny_model) -> Path:
    """An untrained four-label classifier on the tiny BERT (no training: these tests need a loadable model)."""
    import torch
    from transformers import AutoTokenizer, BertConfig, BertForSequenceClassification

    torch.manual_seed(0)
    cfg = BertConfig.from_pretrained(tiny_model, num_labels=4, id2label=dict(enumerate(FOUR)),
                                     label2id={n: i for i, n in enumerate(FOUR)})
    path = tmp_path_factory.mktemp("clf")
    BertForSequenceClassification(cfg).save_pretrained(path, safe_serialization=True)
    AutoTokenizer.from_pretrained(tiny_model).save_pretrained(path)
    return path


def run(capsys, *args) -> tuple[int, str]:
    code = main([str(a) for a in args])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


def script(*args, env=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *map(str, args)], cwd=REPO, capture_output=True, text=True, timeout=300,
                          env={**os.environ, **(env or {})})


# ------------------------------------------------------------------------------------------ validate / evaluate

def test_validate_reports_every_bad_file_and_checks_the_rest(tmp_path, own_corpus, capsys):
    paths = {name: write_case(tmp_path, name) for name in CASES}
    ok = write_jsonl(tmp_path / "ok.jsonl", inline_items(1))
    code, err = run(capsys, "validate", *paths.values(), ok, "--labels", ",".join(FOUR))
    assert code == 2
    for name, path in paths.items():
        check_reported(err, path, name)
    assert str(ok) not in err
    for line in err.splitlines():  # one line per problem, each naming its file
        assert re.match(rf"{re.escape(str(tmp_path))}/\w+\.jsonl(:\d+)?: ", line), line


def test_validate_script_exit_code_and_no_traceback(tmp_path, own_corpus):
    bad = [write_case(tmp_path, n) for n in ("malformed", "binary", "unknown_article")]
    proc = script("-m", "diplostance", "validate", *bad, env={"DIPLOSTANCE_CORPUS": str(own_corpus)})
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    for path, name in zip(bad, ("malformed", "binary", "unknown_article")):
        check_reported(proc.stderr, path, name)


@pytest.mark.parametrize("name", [n for n in CASES if n != "unknown_label"])
def test_predict_quotes_refuses_bad_input(tmp_path, own_corpus, capsys, name):
    path = write_case(tmp_path, name)
    out = tmp_path / "out.jsonl"
    code, err = run(capsys, "predict", "--quotes", path, "--output", out, "--model", tmp_path / "no-model")
    assert code == 2 and not out.exists()
    check_reported(err, path, name)


def test_predict_quotes_keeps_an_unknown_input_label_as_gold_label(tmp_path, clf_model, capsys):
    path = write_case(tmp_path, "unknown_label")
    out = tmp_path / "out.jsonl"
    assert run(capsys, "predict", "--quotes", path, "--output", out, "--model", clf_model)[0] == 0
    [row] = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert row["gold_label"] == "friendly" and row["label"] in FOUR


def test_evaluate_data_reports_every_bad_file(tmp_path, own_corpus, clf_model, capsys):
    names = [n for n in CASES if n != "unknown_label"]
    paths = {n: write_case(tmp_path, n) for n in names}
    out = tmp_path / "m.json"
    code, err = run(capsys, "evaluate", "--data", *paths.values(), "--model", clf_model, "--output", out)
    assert code == 2 and not out.exists()
    for name, path in paths.items():
        check_reported(err, path, name)
    path = write_case(tmp_path, "unknown_label")
    code, err = run(capsys, "evaluate", "--data", path, "--model", clf_model, "--output", out)
    assert code == 2 and f"{path}:1: label: 'friendly' is not one of the model's labels" in err


def test_scripts_exit_2_without_traceback(tmp_path, own_corpus, clf_model):
    env = {"DIPLOSTANCE_CORPUS": str(own_corpus)}
    bad = write_case(tmp_path, "hash_mismatch")
    proc = script("predict.py", "--quotes", bad, "--model", clf_model, env=env)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    check_reported(proc.stderr, bad, "hash_mismatch")
    files = [write_case(tmp_path, n) for n in ("duplicate_id", "non_utf8")]
    proc = script("evaluate.py", "--data", *files, "--model", clf_model, env=env)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    check_reported(proc.stderr, files[0], "duplicate_id")
    check_reported(proc.stderr, files[1], "non_utf8")


def test_unwritable_output_is_an_error_not_a_traceback(tmp_path, capsys):
    src = write_jsonl(tmp_path / "arts.jsonl", [{"id": "a1", "text": "No quotes here."}])
    code, err = run(capsys, "predict", src, "--extract-only", "--output", tmp_path)  # a folder, not a file
    assert code == 2 and err.startswith("error: ")


# ------------------------------------------------------------------------------------------------ article mode

ARTICLE = ("Ruritanian Foreign Minister Ana Lindqvist warned on Monday that her country would close its border. "
           "\u201cWe will not accept these quotas,\u201d Lindqvist told reporters in the capital.\n\n"
           "\"If their ships enter our waters, we will respond,\" she said.")


def test_article_mode_reports_bad_files_and_processes_the_rest(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "latin1.txt").write_bytes(b"\"Caf\xe9 talks will go on,\" he said.\n")
    (folder / "binary.txt").write_bytes(b"\x7fELF\x00\x00" + bytes(range(256)))
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "odd.txt").write_text("\u201c\u201c\"\u00ab\u201d\u201d \" She said: \u201e \u00bb\n\n\" \"",
                                    encoding="utf-8")
    write_jsonl(folder / "arts.jsonl", ['{"id": "j1", "text": ', {"id": "j2", "text": ARTICLE}, {"id": "j3"}])
    out = tmp_path / "out.jsonl"
    code, err = run(capsys, "predict", folder, "--extract-only", "--format", "jsonl", "--output", out)
    assert code == 1
    assert f"{folder / 'latin1.txt'}: not valid UTF-8" in err
    assert f"{folder / 'binary.txt'}: binary file" in err
    assert f"{folder / 'empty.txt'}: empty file" in err
    assert f"{folder / 'arts.jsonl'}:1: malformed JSON" in err and f"{folder / 'arts.jsonl'}:3: text: " in err
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert {str(folder / "good.txt"), "j2"} <= {r["article"] for r in rows}
    for r in rows:
        text = ARTICLE if r["article"] == "j2" else Path(r["article"]).read_text(encoding="utf-8")
        assert text[r["start"]:r["end"]] == r["quote"]


HTML = ("<!DOCTYPE html>\n<html><head><title>Border row</title><style>p { color: red }</style>"
        "<script>var s = \"<p>not text</p>\";</script></head>\n<body><h1>Border row</h1>\n"
        "<p>Ruritanian Foreign Minister Ana Lindqvist warned on Monday that her country would close its border.\n"
        "&ldquo;We will not accept these quotas,&rdquo; Lindqvist told   reporters in the capital.</p>"
        "<p>&quot;If their ships enter our waters, we will respond,&quot; she said.<br>Talks go on.</p></body></html>")


def test_html_input_is_reduced_to_its_text(tmp_path, capsys):
    from diplostance.pipeline import html_to_text

    text = html_to_text(HTML)
    assert "not text" not in text and "color" not in text and "<" not in text
    assert "\u201cWe will not accept these quotas,\u201d Lindqvist told reporters" in text
    assert "\n\n\"If their ships enter our waters, we will respond,\" she said.\nTalks go on." in text
    page = tmp_path / "page.html"
    page.write_text(HTML, encoding="utf-8")
    as_txt = tmp_path / "page.txt"  # text that starts with <!DOCTYPE html> / <html> is HTML whatever the name
    as_txt.write_text(HTML.split("\n", 1)[1], encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code, err = run(capsys, "predict", page, as_txt, "--extract-only", "--format", "jsonl", "--output", out)
    assert code == 0 and "HTML input" in err and "offsets into that text" in err
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert {r["article"] for r in rows} == {str(page), str(as_txt)}
    quotes = {r["quote"] for r in rows}
    assert "We will not accept these quotas," in quotes
    for r in rows:
        source = html_to_text(Path(r["article"]).read_text(encoding="utf-8"))
        assert source[r["start"]:r["end"]] == r["quote"]


def test_malformed_html_is_reported_not_raised(tmp_path, capsys):
    bad = tmp_path / "bad.html"
    bad.write_text("<html><![foo bar", encoding="utf-8")
    ok = tmp_path / "ok.txt"
    ok.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code, err = run(capsys, "predict", bad, ok, "--extract-only", "--format", "jsonl", "--output", out)
    assert code == 1 and f"{bad}: cannot extract text from HTML" in err
    assert {json.loads(x)["article"] for x in out.read_text(encoding="utf-8").splitlines()} == {str(ok)}


def invented_article(chars: int, seed: int = 0) -> str:
    """Invented sentences (people, places and quotes that do not exist), with straight, curly, unbalanced and
    mixed quote marks, until ``chars`` characters."""
    rng = random.Random(seed)
    who = ["Admiral Jon Vik", "Minister Ana Lindqvist", "Envoy Tomas Berg", "General Ida Holm", "the spokesman"]
    where = ["Freedonia", "Ruritania", "Atlantis", "Norway", "the northern islands", "the capital"]
    said = ["said", "warned", "told reporters", "added", "insisted"]
    lines = ["We will not give up {p} whatever they do", "Talks with {p} can resume next week",
             "If their ships enter our waters again we will respond", "Our friendship with {p} has never been stronger"]
    paras, size = [], 0
    while size < chars:
        sents = []
        for _ in range(rng.randint(2, 6)):
            p, w, v, q = rng.choice(where), rng.choice(who), rng.choice(said), rng.choice(lines)
            kind = rng.random()
            if kind < 0.3:
                sents.append(f"\u201c{q.format(p=p)},\u201d {w} {v}.")
            elif kind < 0.5:
                sents.append(f"\"{q.format(p=p)},\" {w} {v} on {rng.choice(['Monday', 'Friday'])}.")
            elif kind < 0.55:
                sents.append(f"{w} {v}: \u201e{q.format(p=p)} \u00bb and \"then left.")   # mixed and unbalanced
            else:
                sents.append(f"{w} {v} that {p} would {rng.choice(['close', 'open'])} its border in {rng.randint(1990, 2030)}.")
        paras.append(" ".join(sents))
        size += len(paras[-1]) + 2
    return "\n\n".join(paras)[:chars]


BIG_RUN = textwrap.dedent("""
    import sys, spacy
    import diplostance.pipeline as pipeline
    if sys.argv[3] == "blank":  # tokenizer and sentence boundaries only: the pipeline's own code, at speed
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        pipeline.load_nlp = lambda: nlp
    from diplostance.cli import main
    sys.exit(main(["predict", sys.argv[1], "--extract-only", "--format", "jsonl", "--output", sys.argv[2]]))
""")


def _big_article(tmp_path, nlp: str, limit_s: int) -> None:
    text = invented_article(10_000_000)
    src = tmp_path / "big.txt"
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "big.jsonl"
    proc = subprocess.run([sys.executable, "-c", BIG_RUN, str(src), str(out), nlp], cwd=REPO, capture_output=True,
                          text=True, timeout=limit_s)
    assert proc.returncode == 0, proc.stderr[-2000:]
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024   # the largest child so far
    print(f"10 MB article ({nlp} pipeline): peak RSS {peak_mb:.0f} MB")
    assert peak_mb < 1500, f"peak RSS {peak_mb:.0f} MB"
    n = 0
    with out.open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            assert text[r["start"]:r["end"]] == r["quote"]
            n += 1
    assert n > 10_000


def test_ten_megabyte_article_in_bounded_memory(tmp_path):
    """10 MB through ``predict --extract-only`` in a subprocess. The trained spaCy pipeline parses about 20k
    characters a second on two busy cores (10 minutes for 10 MB), so this run swaps in a blank English pipeline;
    chunking, quote finding, speakers, targets, context and writing are the package's own code and all run.
    ``DIPLOSTANCE_SLOW_TESTS=1`` runs the same article through the real pipeline (below)."""
    _big_article(tmp_path, "blank", 240)


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("DIPLOSTANCE_SLOW_TESTS"), reason="set DIPLOSTANCE_SLOW_TESTS=1 (~10 min)")
def test_ten_megabyte_article_with_the_real_pipeline(tmp_path):
    _big_article(tmp_path, "real", 3600)


# ------------------------------------------------------------------------------------------------ atomic writes

def test_interrupted_write_leaves_the_old_file_and_no_temp_file(tmp_path):
    from diplostance.io import atomic_open, write_json, write_jsonl as write_jsonl_atomic

    path = tmp_path / "metrics.json"
    path.write_text('{"old": true}\n', encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_open(path) as f:
            f.write('{"new": ')
            raise RuntimeError("interrupted")
    with pytest.raises(KeyboardInterrupt):
        with atomic_open(path) as f:
            f.write("x" * 100_000)
            raise KeyboardInterrupt

    def rows():
        yield {"a": 1}
        raise RuntimeError("interrupted")

    with pytest.raises(RuntimeError):
        write_jsonl_atomic(path, rows())
    with pytest.raises(TypeError):
        write_json(path, {"x": object()})          # fails half-way through json.dump
    assert path.read_text(encoding="utf-8") == '{"old": true}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["metrics.json"]


def test_interrupted_predict_leaves_no_output(tmp_path, monkeypatch, capsys):
    from contextlib import contextmanager

    from diplostance import batch

    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    src = write_jsonl(tmp_path / "arts.jsonl", [{"id": "a1", "text": ARTICLE}])
    real = batch.atomic_open

    @contextmanager
    def interrupted(path, *args, **kw):  # writes half of the rows, then the run is interrupted
        with real(path, *args, **kw) as f:
            class Half:
                def write(self, text):
                    f.write(text[: len(text) // 2])
                    raise KeyboardInterrupt
            yield Half()

    monkeypatch.setattr(batch, "atomic_open", interrupted)
    with pytest.raises(KeyboardInterrupt):
        main(["predict", str(src), "--extract-only", "--format", "jsonl", "--output", str(out)])
    assert out.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["arts.jsonl", "out.jsonl"]


WRITES = re.compile(r"\.write_text\(|\.write_bytes\(|os\.fdopen\(|\bopen\([^)]*[\"'][wax]b?\+?[\"']|savefig\(|"
                    r"to_csv\(|torch\.save\(|np\.save")


def test_every_writer_in_the_package_is_atomic():
    """Files are written through ``io.atomic_open`` / ``write_json`` / ``write_jsonl`` only."""
    offenders = []
    for path in sorted((REPO / "diplostance").glob("*.py")):
        if path.name == "io.py":
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        for n, line in enumerate(lines, 1):
            if WRITES.search(line.split("#")[0]):
                offenders.append(f"{path.name}:{n}: {line.strip()}")
        for call in _calls(path):  # json.dump / yaml.dump into a stream: only into an atomic_open file
            name = ast.unparse(call.func)
            to_stream = name == "json.dump" or name in ("yaml.dump", "yaml.safe_dump") and (
                len(call.args) > 1 or any(k.arg == "stream" for k in call.keywords))
            if to_stream and not any("atomic_open" in prev for prev in lines[max(0, call.lineno - 4):call.lineno]):
                offenders.append(f"{path.name}:{call.lineno}: {lines[call.lineno - 1].strip()}")
    assert not offenders, offenders


def test_interrupted_training_keeps_the_old_checkpoint(tmp_path, tiny_model, monkeypatch):
    from diplostance import training
    from diplostance.config import load_config

    data = write_jsonl(tmp_path / "d.jsonl", inline_items(4))
    out = tmp_path / "ckpt"
    out.mkdir()
    (out / "model.safetensors").write_text("old", encoding="utf-8")
    cfg = load_config("configs/default.yaml", [
        f"model.name_or_path={tiny_model}", f"data.train_files=[{data}]", f"training.output_dir={out}",
        "model.max_length=32", "training.max_steps=1", "training.early_stopping_patience=0"])

    def broken(*a, **kw):
        raise KeyboardInterrupt

    monkeypatch.setattr(training, "build_model_card", broken)   # after the weights are saved
    with pytest.raises(KeyboardInterrupt):
        training.train(cfg)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ckpt", "d.jsonl"]
    assert sorted(p.name for p in out.iterdir()) == ["model.safetensors"]
    assert (out / "model.safetensors").read_text(encoding="utf-8") == "old"
    monkeypatch.undo()
    assert training.train(cfg) == out
    assert (out / "README.md").exists() and (out / "model.safetensors").stat().st_size > 1000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ckpt", "d.jsonl"]


# -------------------------------------------------------------------------------------------------- determinism

def test_predictions_identical_twice(tmp_path, clf_model, capsys):
    src = write_jsonl(tmp_path / "q.jsonl", inline_items(3))
    outs = []
    for k in range(2):
        out = tmp_path / f"p{k}.jsonl"
        assert run(capsys, "predict", "--quotes", src, "--format", "jsonl", "--output", out, "--model", clf_model)[0] == 0
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] and outs[0]
    arts = write_jsonl(tmp_path / "a.jsonl", [{"id": "a", "text": ARTICLE}, {"id": "b", "text": OWN_ARTICLE}])
    outs = []
    for k in range(2):
        out = tmp_path / f"x{k}.jsonl"
        assert run(capsys, "predict", arts, "--format", "jsonl", "--output", out, "--model", clf_model)[0] == 0
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] and b'"scores"' in outs[0]
    metrics = []
    for k in range(2):
        out = tmp_path / f"m{k}.json"
        assert run(capsys, "evaluate", "--data", src, "--model", clf_model, "--output", out)[0] == 0
        metrics.append(json.loads(out.read_text(encoding="utf-8")))
    assert metrics[0] == metrics[1]


# ------------------------------------------------------------------------------------------------- safe loading

class _Booby:
    """Unpickling this touches the marker file: proof that a pickle was (or was not) loaded."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return Path.touch, (self.marker,)


def test_pickle_checkpoint_is_refused_and_never_unpickled(tmp_path, clf_model, capsys):
    from transformers import AutoModelForSequenceClassification

    from diplostance.inference import ModelNotFound, StanceClassifier

    marker = tmp_path / "UNPICKLED"
    folder = tmp_path / "pickled"
    folder.mkdir()
    for name in ("config.json", "tokenizer.json", "tokenizer_config.json", "vocab.txt", "special_tokens_map.json"):
        if (clf_model / name).exists():
            (folder / name).write_bytes((clf_model / name).read_bytes())
    (folder / "pytorch_model.bin").write_bytes(pickle.dumps(_Booby(marker)))
    pickle.loads((folder / "pytorch_model.bin").read_bytes())   # the trap works ...
    assert marker.exists()
    marker.unlink()                                              # ... and is re-armed

    with pytest.raises(ModelNotFound, match="pytorch_model.bin: pickle files are never loaded"):
        StanceClassifier(folder)
    src = write_jsonl(tmp_path / "q.jsonl", [good()])
    code, err = run(capsys, "predict", "--quotes", src, "--model", folder, "--output", tmp_path / "o.jsonl")
    assert code == 2 and err.startswith("error: ") and "safetensors" in err and len(err.splitlines()) == 1
    code, err = run(capsys, "predict", src, "--model", folder, "--output", tmp_path / "o.jsonl")
    assert code == 2 and "pickle" in err
    code, err = run(capsys, "evaluate", "--data", src, "--model", folder)
    assert code == 2 and "pickle" in err
    with pytest.raises(OSError):  # and transformers itself, asked for safetensors, does not fall back to it
        AutoModelForSequenceClassification.from_pretrained(folder, use_safetensors=True)
    assert not marker.exists()


def _calls(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Call):
            yield node


def _sources() -> list[Path]:
    return sorted([*(REPO / "diplostance").glob("*.py"), *REPO.glob("*.py"), *(REPO / "experiments").glob("*.py"),
                   *(REPO / "benchmarks").glob("*.py")])


def test_models_load_from_safetensors_only_and_never_with_remote_code():
    problems = []
    for path in _sources():
        for call in _calls(path):
            kw = {k.arg: k.value for k in call.keywords if k.arg}
            if "trust_remote_code" in kw and not (isinstance(kw["trust_remote_code"], ast.Constant)
                                                  and kw["trust_remote_code"].value is False):
                problems.append(f"{path.name}:{call.lineno}: trust_remote_code")
            f = call.func
            if isinstance(f, ast.Attribute) and f.attr == "from_pretrained":
                owner = ast.unparse(f.value)
                is_model = "Model" in owner and "Tokenizer" not in owner and "Config" not in owner
                safe = isinstance(kw.get("use_safetensors"), ast.Constant) and kw["use_safetensors"].value is True
                if is_model and not safe:
                    problems.append(f"{path.name}:{call.lineno}: {owner}.from_pretrained without use_safetensors=True")
            if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id == "yaml" \
                    and f.attr in ("load", "unsafe_load", "full_load", "load_all", "unsafe_load_all"):
                problems.append(f"{path.name}:{call.lineno}: yaml.{f.attr}")
            if isinstance(f, ast.Attribute) and ast.unparse(f) in ("torch.load", "pickle.load", "pickle.loads"):
                problems.append(f"{path.name}:{call.lineno}: {ast.unparse(f)}")
    assert not problems, problems


def test_yaml_with_a_python_tag_is_refused(tmp_path, capsys):
    from diplostance.config import load_config

    marker = tmp_path / "RAN"
    cfg = tmp_path / "evil.yaml"
    cfg.write_text(f"training:\n  seed: !!python/object/apply:os.system [\"touch {marker}\"]\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"evil\.yaml:2: invalid YAML: .*python/object/apply.*Python object tags"):
        load_config(cfg)
    code, err = run(capsys, "train", "--config", cfg)
    assert code == 2 and err.startswith(f"error: {cfg}:2: invalid YAML") and len(err.splitlines()) == 1
    code, err = run(capsys, "train", "--config", "configs/default.yaml", "training.seed=!!python/name:os.system")
    assert code == 2 and "invalid YAML" in err
    broken = tmp_path / "broken.yaml"
    broken.write_text("training: [1,\n", encoding="utf-8")
    code, err = run(capsys, "train", "--config", broken)
    assert code == 2 and f"{broken}:" in err and "invalid YAML" in err
    assert not marker.exists()
