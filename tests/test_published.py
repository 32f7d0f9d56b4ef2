"""The published checkpoint: loads with plain transformers, real label names, fp16 weights under 50 MB,
and its model card's test macro-F1 is recomputed from the checkpoint and the dataset."""
import json
import re

import pytest

from conftest import REPO, needs_corpus
from diplostance.inference import DEFAULT_MODEL

pytestmark = pytest.mark.skipif(not (DEFAULT_MODEL / "config.json").exists(), reason="no published checkpoint")


def test_loads_with_plain_transformers_and_real_labels():
    import torch
    from transformers import AutoModelForSequenceClassification

    model = AutoModelForSequenceClassification.from_pretrained(DEFAULT_MODEL)
    assert set(model.config.id2label.values()) == {"conciliatory", "defiant", "threatening", "none"}
    assert next(model.parameters()).dtype == torch.float32
    weights = DEFAULT_MODEL / "model.safetensors"
    assert weights.stat().st_size < 50 * 2**20
    assert not list(DEFAULT_MODEL.glob("*.bin")) and not list(DEFAULT_MODEL.glob("*.pt"))


def test_card_has_metadata_and_sections():
    card = (DEFAULT_MODEL / "README.md").read_text()
    head = card.split("---")[1]
    for key in ("license:", "base_model:", "datasets:", "metrics:"):
        assert key in head
    for section in ("## Intended use", "## Input format", "## How to load", "## Limitations and biases",
                    "## Library versions"):
        assert section in card


@needs_corpus
def test_card_macro_f1_is_reproduced(tmp_path):
    from diplostance.cli import main

    card = (DEFAULT_MODEL / "README.md").read_text()
    stated = float(re.search(r"## Metrics \(test split, n=\d+\)\nmacro-F1 \*\*([0-9.]+)\*\*", card).group(1))
    out = tmp_path / "m.json"
    assert main(["evaluate", "--model", str(DEFAULT_MODEL), "--output", str(out)]) == 0
    assert abs(json.loads(out.read_text())["macro_f1"] - stated) <= 0.005
