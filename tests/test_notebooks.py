"""The notebooks: committed without outputs, and each runs top to bottom with nbclient in the small CI setting
(``DIPLOSTANCE_NB_SMALL=1``), with a tiny randomly initialised classifier as ``DIPLOSTANCE_MODEL`` (the published
checkpoint's figures are exported by ``notebooks/export_figures.py``, not checked here). Without a checkpoint
the model-dependent cells say so and skip; without the corpus the notebooks that need it are skipped here."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, needs_corpus

NOTEBOOKS = REPO / "notebooks"
EXPECTED = ("01_dataset.ipynb", "02_error_analysis.ipynb", "03_predict_article.ipynb")
CELL_TIMEOUT = 180  # seconds per cell; each notebook takes well under a minute in the small setting
LABELS = ["conciliatory", "defiant", "threatening", "none"]


def test_the_notebooks_are_there():
    assert set(EXPECTED) <= {p.name for p in NOTEBOOKS.glob("*.ipynb")}


@pytest.mark.parametrize("path", sorted(NOTEBOOKS.glob("*.ipynb")), ids=lambda p: p.name)
def test_committed_notebooks_have_no_outputs(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    for k, cell in enumerate(nb["cells"]):
        if cell["cell_type"] == "code":
            assert cell.get("outputs") == [], f"{path.name} cell {k} has outputs: strip them before committing"
            assert cell.get("execution_count") is None, f"{path.name} cell {k} has an execution count"
        assert not cell.get("attachments"), f"{path.name} cell {k} has attachments"
    assert "widgets" not in nb.get("metadata", {})


@pytest.fixture(scope="module")
def tiny_classifier(tmp_path_factory) -> Path:
    """A 2-layer, 32-wide BERT sequence classifier with the four labels and an input format: loads in a second."""
    import torch
    from transformers import AutoTokenizer, BertConfig, BertForSequenceClassification

    from diplostance.models import resolve_model

    torch.manual_seed(0)
    tok = AutoTokenizer.from_pretrained(resolve_model("sentence-transformers/all-MiniLM-L6-v2"))
    cfg = BertConfig(vocab_size=tok.vocab_size, hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                     intermediate_size=64, max_position_embeddings=512, num_labels=len(LABELS),
                     id2label=dict(enumerate(LABELS)), label2id={n: i for i, n in enumerate(LABELS)})
    cfg.diplostance = {"input_parts": ["target", "quote", "context"], "max_length": 128, "temperature": 1.5}
    path = tmp_path_factory.mktemp("tiny-classifier")
    BertForSequenceClassification(cfg).save_pretrained(path, safe_serialization=True)
    tok.save_pretrained(path)
    return path


def run_notebook(name: str, monkeypatch, model: Path | str) -> str:
    """Execute a notebook from notebooks/ (as a reader would start it); returns all its text and HTML output."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    pytest.importorskip("matplotlib")
    monkeypatch.setenv("DIPLOSTANCE_NB_SMALL", "1")
    monkeypatch.setenv("DIPLOSTANCE_MODEL", str(model))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    nbclient.NotebookClient(nb, timeout=CELL_TIMEOUT, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    out = []
    for cell in nb.cells:
        for o in cell.get("outputs", []):
            assert o["output_type"] != "error", f"{name}: {o.get('ename')}: {o.get('evalue')}"
            out.append(o.get("text", ""))
            out += [str(o.get("data", {}).get(k, "")) for k in ("text/plain", "text/html")]
    return "\n".join(out)


def test_dataset_notebook_runs(monkeypatch, tiny_classifier):
    text = run_notebook("01_dataset.ipynb", monkeypatch, tiny_classifier)
    assert "items from" in text and "Cohen's kappa" in text


@needs_corpus
def test_error_analysis_notebook_runs(monkeypatch, tiny_classifier):
    text = run_notebook("02_error_analysis.ipynb", monkeypatch, tiny_classifier)
    assert "100 test items scored" in text
    for what in ("macro-F1", "after (T=1.50)", "misclassified", "target+quote+context"):
        assert what in text, what
    assert "NO CHECKPOINT" not in text


def test_predict_article_notebook_runs(monkeypatch, tiny_classifier):
    text = run_notebook("03_predict_article.ipynb", monkeypatch, tiny_classifier)
    assert "quotes found" in text and "<sup" in text  # the highlighted article
    assert "NO CHECKPOINT" not in text


@pytest.mark.parametrize("name", ["02_error_analysis.ipynb", "03_predict_article.ipynb"])
def test_model_cells_skip_cleanly_without_a_checkpoint(monkeypatch, tmp_path, name):
    text = run_notebook(name, monkeypatch, tmp_path / "no-such-checkpoint")
    assert "NO CHECKPOINT" in text and "no-such-checkpoint" in text


def test_export_figures_small(tmp_path, tiny_classifier):
    pytest.importorskip("matplotlib")
    from conftest import SHARED_CORPUS

    out = tmp_path / "docs"
    r = subprocess.run([sys.executable, str(NOTEBOOKS / "export_figures.py"), "--small", "--model",
                        str(tiny_classifier), "--out", str(out)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-3000:]
    expected = ["label_distribution.png", "ablation.png"]
    if (SHARED_CORPUS / "articles.jsonl").exists():
        expected += ["confusion_matrix.png", "per_class_f1.png", "calibration.png"]
    md = (out / "figures.md").read_text()
    for name in expected:
        assert (out / name).stat().st_size > 10_000, name
        assert f"]({name})" in md
