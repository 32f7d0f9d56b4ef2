"""Shared fixtures: a tiny randomly initialised BERT with the MiniLM tokenizer, and a small corpus of our own."""
from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

REPO = Path(__file__).resolve().parents[1]
SHARED_CORPUS = REPO.parent / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(not (SHARED_CORPUS / "articles.jsonl").exists(),
                                  reason="../shared/corpus is absent (the dataset tests need the corpus text)")

# Sentences written for these tests; none comes from the corpus.
OWN_ARTICLE = (
    "Foreign Minister Ana Lindqvist said on Monday that Norway would not accept the new fishing quotas. "
    "\u201cWe will respond with everything we have if their ships enter our waters,\u201d Lindqvist warned. "
    "She added that talks with Oslo remained possible.\n\n"
    "\u201cOur friendship with Canberra has never been stronger,\u201d said Prime Minister Tomas Berg."
)

STANCE_EXAMPLES = {
    "conciliatory": ["We are ready to sit down and talk with them tomorrow.",
                     "Our friendship has never been stronger, and we thank them for their help.",
                     "We hope an agreement can be reached soon for the good of both peoples."],
    "defiant": ["These accusations are baseless and we reject them completely.",
                "The pipeline will be finished, whatever they say about it.",
                "Their occupation of the islands is a crime and a violation of law."],
    "threatening": ["If their tanks cross the river, we will respond with force.",
                    "They should think very carefully before they test us again.",
                    "We will impose tariffs on every car they ship to our ports."],
    "none": ["The vote is scheduled for Thursday afternoon.",
             "Our economy grew by three percent last year.",
             "The delegation arrived at the airport in the morning."],
}
TARGETS = ["Norway", "Atlantis", "Freedonia", "Ruritania"]


def inline_items(n_per_label: int = 6, labels=None, seed: int = 0) -> list[dict]:
    """Inline items spread over many article ids so every split gets some."""
    rng = random.Random(seed)
    labels = labels or list(STANCE_EXAMPLES)
    out = []
    for k in range(n_per_label):
        for j, label in enumerate(labels):
            examples = STANCE_EXAMPLES.get(label, STANCE_EXAMPLES["none"])
            out.append({"id": f"q{k}-{j}", "article_id": f"art-{k}-{j}", "quote": rng.choice(examples),
                        "target": "" if label == "none" else rng.choice(TARGETS), "label": label,
                        "speaker": "Ana Lindqvist"})
    return out


def write_jsonl(path: Path, rows) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory) -> Path:
    """A 2-layer, 32-wide BERT with the MiniLM vocabulary: trains in seconds."""
    import torch
    from transformers import AutoTokenizer, BertConfig, BertModel

    from diplostance.models import resolve_model

    torch.manual_seed(0)
    src = resolve_model("sentence-transformers/all-MiniLM-L6-v2")
    tok = AutoTokenizer.from_pretrained(src)
    cfg = BertConfig(vocab_size=tok.vocab_size, hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                     intermediate_size=64, max_position_embeddings=512)
    path = tmp_path_factory.mktemp("tiny-bert")
    BertModel(cfg).save_pretrained(path, safe_serialization=True)
    tok.save_pretrained(path)
    return path


@pytest.fixture()
def own_corpus(tmp_path, monkeypatch) -> Path:
    """A one-article corpus of our own, set as DIPLOSTANCE_CORPUS."""
    path = write_jsonl(tmp_path / "corpus.jsonl", [{"id": "own-1", "text": OWN_ARTICLE}])
    monkeypatch.setenv("DIPLOSTANCE_CORPUS", str(path))
    from diplostance.corpus import _load

    _load.cache_clear()
    return path
