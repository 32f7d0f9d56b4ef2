"""The shipped dataset: it loads, its data card matches the counts command, its test split is frozen."""
import json
import re
import pytest

from conftest import REPO, needs_corpus
from diplostance.agreement import report
from diplostance.cli import main
from diplostance.data import load_items, split_of

pytestmark = needs_corpus
LABELS = ["conciliatory", "defiant", "threatening", "none"]
CARD = (REPO / "data" / "README.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def items():
    return load_items([REPO / "data" / "annotations"], labels=LABELS)


@pytest.fixture(scope="module")
def counts_json(items):
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        assert main(["counts", "--config", str(REPO / "configs" / "default.yaml")]) == 0
    return json.loads(buf.getvalue())


def test_dataset_loads_and_meets_size(items):
    news = [i for i in items if i["source"] in ("voa", "wikinews")]
    assert len(news) >= 1200 and len({i["article_id"] for i in news}) >= 190
    assert sum(i["source"] == "unscon" for i in items) >= 2000
    assert all(i["quote"].strip() for i in items)


def test_card_table_matches_counts_command(counts_json):
    rows = re.findall(r"^\| (voa|wikinews|unscon) \| (train|dev|test) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \|$",
                      CARD, flags=re.M)
    assert len(rows) == 9
    for source, split, *numbers in rows:
        cell = counts_json["by_source_split_label"][source].get(split, {})
        assert [cell.get(label, 0) for label in LABELS] + [sum(cell.values())] == list(map(int, numbers))
    assert f"{counts_json['total']:,} items from {counts_json['articles']} texts" in CARD
    for label, n in counts_json["labels"].items():
        assert f"{label} {n:,}" in CARD


def test_card_agreement_matches_agreement_files():
    for genre, name in (("news", "news"), ("unscon", "UN speeches")):
        a, b = ({r["id"]: r["label"] for r in map(json.loads, (REPO / "data" / "agreement" / f"{w}_{genre}.jsonl")
                 .read_text().splitlines())} for w in ("first", "second"))
        pair = report({"a": a, "b": b}, LABELS)["pairs"]["a vs b"]
        row = f"| {name} | {pair['n']} | {pair['observed_agreement']:.3f} | {pair['cohen_kappa']:.3f} | " + " | ".join(
            f"{pair['per_class'][label]['kappa']:.3f}" for label in LABELS) + " |"
        assert row in CARD


def test_test_split_is_frozen(items):
    frozen = set((REPO / "data" / "splits" / "test_articles.txt").read_text().split())
    assert frozen == {i["article_id"] for i in items if split_of(i["article_id"]) == "test"}


def test_every_annotated_text_is_in_the_manifest(items):
    manifest = json.loads((REPO / "data" / "corpus_manifest.json").read_text())
    ids = {e["id"] for e in manifest["texts"]}
    assert {i["article_id"] for i in items} <= ids


def test_adjudication_covers_every_disagreement():
    load = lambda w, g: {r["id"]: r["label"] for r in map(json.loads, (REPO / "data" / "agreement" / f"{w}_{g}.jsonl")
                                                         .read_text().splitlines())}
    disagreements = {i for g in ("news", "unscon") for i, lab in load("first", g).items() if load("second", g)[i] != lab}
    decided = {json.loads(line)["id"] for line in (REPO / "data" / "agreement" / "adjudication.jsonl").read_text().splitlines()}
    assert disagreements == decided
