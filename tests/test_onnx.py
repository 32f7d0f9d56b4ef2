"""The ONNX Runtime backends: same probabilities as PyTorch, exported once and again when the weights change,
reachable from the command line, and a clear message when onnxruntime is missing."""
import json
import shutil
import sys

import numpy as np
import pytest

from conftest import inline_items, needs_corpus, write_jsonl
from diplostance.cli import main
from diplostance.inference import DEFAULT_MODEL, StanceClassifier, load_classifier

pytest.importorskip("onnxruntime")
from diplostance.onnxrt import BackendUnavailable, OnnxStanceClassifier  # noqa: E402

FOUR = ["conciliatory", "defiant", "threatening", "none"]


def save_classifier(path, tiny_model, seed: int) -> None:
    """A randomly initialised four-label classifier with a stored input format and temperature."""
    import torch
    from transformers import AutoTokenizer, BertConfig, BertForSequenceClassification

    torch.manual_seed(seed)
    cfg = BertConfig.from_pretrained(tiny_model, num_labels=4, id2label=dict(enumerate(FOUR)),
                                     label2id={n: i for i, n in enumerate(FOUR)}, initializer_range=0.3)
    cfg.diplostance = {"input_parts": ["target", "quote", "context"], "max_length": 40, "temperature": 1.7}
    BertForSequenceClassification(cfg).save_pretrained(path, safe_serialization=True)
    AutoTokenizer.from_pretrained(tiny_model).save_pretrained(path)


@pytest.fixture(scope="module")
def clf_model(tmp_path_factory, tiny_model):
    path = tmp_path_factory.mktemp("onnx-clf")
    save_classifier(path, tiny_model, seed=0)
    return path


@pytest.fixture(scope="module")
def items():
    """22 items of varied length (one long enough to be truncated); batches of 3 leave a batch of one."""
    out = inline_items(6)[:22]
    for k, item in enumerate(out):
        item["context"] = " ".join(["The talks resumed on Monday."] * (k % 5)) + (" filler" * 60 if k == 7 else "")
    return out


def test_onnx_probabilities_match_torch(clf_model, items):
    torch_probs = StanceClassifier(clf_model, batch_size=3).probabilities(items)
    onnx_clf = load_classifier(clf_model, batch_size=3, backend="onnx")
    onnx_probs = onnx_clf.probabilities(items)
    assert onnx_clf.labels == FOUR and onnx_clf.temperature == pytest.approx(1.7)
    assert torch_probs.max() > 0.4  # not near-uniform, so the argmax comparison means something
    assert np.abs(onnx_probs - torch_probs).max() <= 1e-3
    assert (onnx_probs.argmax(-1) == torch_probs.argmax(-1)).all()
    assert [p["label"] for p in onnx_clf.predict(items)] == [FOUR[k] for k in torch_probs.argmax(-1)]


def test_int8_export_is_smaller_and_gives_probabilities(clf_model, items):
    clf = load_classifier(clf_model, batch_size=8, backend="onnx-int8")
    assert clf.onnx_path.name == "model-int8.onnx"
    assert clf.onnx_path.stat().st_size < 0.5 * (clf_model / "onnx" / "model.onnx").stat().st_size
    assert json.loads((clf_model / "onnx" / "model-int8.onnx.json").read_text())["quantization"]["per_channel"] is False
    probs = clf.probabilities(items)
    assert probs.shape == (len(items), 4) and np.allclose(probs.sum(-1), 1, atol=1e-5)


def test_session_uses_the_torch_thread_budget(clf_model):
    """``--workers N`` gives each process a share of the cores through torch; ONNX Runtime keeps to it."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        clf = load_classifier(clf_model, backend="onnx")
    finally:
        torch.set_num_threads(before)
    assert clf.session.get_session_options().intra_op_num_threads == 1


def test_stale_export_is_redone(tmp_path, tiny_model, clf_model, items, capsys):
    ckpt = tmp_path / "ckpt"
    shutil.copytree(clf_model, ckpt, ignore=shutil.ignore_patterns("onnx"))
    first = OnnxStanceClassifier(ckpt).probabilities(items)
    assert capsys.readouterr().err.count("exporting") == 1
    stamp = (ckpt / "onnx" / "model.onnx").stat().st_mtime_ns
    OnnxStanceClassifier(ckpt)
    assert "exporting" not in capsys.readouterr().err
    assert (ckpt / "onnx" / "model.onnx").stat().st_mtime_ns == stamp

    save_classifier(ckpt, tiny_model, seed=1)  # new weights in the same folder
    again = OnnxStanceClassifier(ckpt).probabilities(items)
    assert capsys.readouterr().err.count("exporting") == 1
    assert np.abs(again - StanceClassifier(ckpt).probabilities(items)).max() <= 1e-3
    assert np.abs(again - first).max() > 1e-2
    assert sorted(f.name for f in (ckpt / "onnx").iterdir()) == ["model.onnx", "model.onnx.json"]


def test_cli_predict_and_evaluate_with_onnx(tmp_path, clf_model, items, capsys):
    quotes = write_jsonl(tmp_path / "quotes.jsonl", items)
    rows = {}
    for backend in ("torch", "onnx"):
        out = tmp_path / f"{backend}.jsonl"
        assert main(["predict", "--quotes", str(quotes), "--model", str(clf_model), "--backend", backend,
                     "--format", "jsonl", "--output", str(out)]) == 0
        rows[backend] = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in rows["onnx"]] == [it["id"] for it in items]
    assert [r["label"] for r in rows["onnx"]] == [r["label"] for r in rows["torch"]]
    for ours, ref in zip(rows["onnx"], rows["torch"]):
        assert all(abs(ours["scores"][k] - ref["scores"][k]) <= 1e-3 for k in FOUR)

    metrics = {}
    for backend in ("torch", "onnx"):
        out = tmp_path / f"metrics-{backend}.json"
        assert main(["evaluate", "--model", str(clf_model), "--data", str(quotes), "--backend", backend,
                     "--output", str(out)]) == 0
        metrics[backend] = json.loads(out.read_text())
    assert metrics["onnx"]["backend"] == "onnx"
    assert metrics["onnx"]["confusion_matrix"] == metrics["torch"]["confusion_matrix"]


def test_missing_onnxruntime_says_how_to_install(tmp_path, clf_model, items, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # makes `import onnxruntime` fail
    with pytest.raises(BackendUnavailable, match=r'pip install -e "\.\[onnx\]"'):
        load_classifier(clf_model, backend="onnx")
    quotes = write_jsonl(tmp_path / "quotes.jsonl", items[:2])
    assert main(["predict", "--quotes", str(quotes), "--model", str(clf_model), "--backend", "onnx-int8"]) == 2
    err = capsys.readouterr().err
    assert 'pip install -e ".[onnx]"' in err and "Traceback" not in err


@needs_corpus
@pytest.mark.skipif(not (DEFAULT_MODEL / "config.json").exists(), reason="no published checkpoint")
def test_published_checkpoint_parity_on_the_test_split():
    from diplostance.config import load_config
    from diplostance.data import load_config_items
    from diplostance.evaluation import select_split

    cfg = load_config(DEFAULT_MODEL / "training_config.yaml")
    test = select_split(load_config_items(cfg.data), "test", cfg.data.dev_percent, cfg.data.test_percent)
    assert len(test) > 500
    torch_probs = StanceClassifier(DEFAULT_MODEL, batch_size=64).probabilities(test)
    onnx_probs = OnnxStanceClassifier(DEFAULT_MODEL, batch_size=64).probabilities(test)
    assert np.abs(onnx_probs - torch_probs).max() <= 1e-3
    assert (onnx_probs.argmax(-1) == torch_probs.argmax(-1)).all()
