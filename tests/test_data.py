import json

import pytest

from conftest import OWN_ARTICLE, inline_items, write_jsonl
from diplostance.corpus import find_span, sha12
from diplostance.data import context_window, counts, load_items, split_of, to_dataset_dict
from diplostance.errors import DataError

LABELS = ["conciliatory", "defiant", "threatening", "none"]


def standoff(quote: str, **kw) -> dict:
    start = OWN_ARTICLE.index(quote)
    rec = {"id": f"own-1:{start}", "article_id": "own-1", "start": start, "end": start + len(quote),
           "quote_sha1": sha12(quote), "speaker": "Ana Lindqvist", "target": "Norway", "label": "threatening",
           "direct": True, "annotator": "test"}
    rec.update(kw)
    return rec


def test_standoff_is_rehydrated_with_context(tmp_path, own_corpus):
    q = "We will respond with everything we have if their ships enter our waters,"
    f = write_jsonl(tmp_path / "a.jsonl", [standoff(q)])
    [item] = load_items([f], labels=LABELS)
    assert item["quote"] == q
    assert q in item["context"] and "Foreign Minister Ana Lindqvist" in item["context"]
    assert "Tomas Berg" not in item["context"]  # next paragraph stays out
    assert item["source"] == "other" and item["article_id"] == "own-1"


def test_inline_items_load(tmp_path):
    f = write_jsonl(tmp_path / "a.jsonl", inline_items(1))
    items = load_items([f], labels=LABELS)
    assert [i["label"] for i in items] == LABELS


def test_every_problem_is_reported_with_file_line_field(tmp_path, own_corpus):
    q = "We will respond with everything we have if their ships enter our waters,"
    rows = [
        "{not json",
        {"id": "a", "quote": "We talk.", "target": "Norway", "label": "friendly"},
        {"id": "b", "quote": "   ", "target": "Norway", "label": "defiant"},
        {"id": "c", "quote": "We refuse.", "label": "defiant"},
        standoff(q, id="d", start=5000, end=5010),
        standoff(q, id="e", quote_sha1="0" * 12),
        standoff(q, id="f", article_id="nope-9"),
        {"id": "g", "quote": "We talk.", "target": "Norway", "label": "conciliatory"},
        {"id": "g", "quote": "We talk again.", "target": "Norway", "label": "conciliatory"},
        {"id": "h", "quote": "We refuse.", "target": "", "label": "defiant"},
    ]
    f = write_jsonl(tmp_path / "bad.jsonl", rows)
    with pytest.raises(DataError) as e:
        load_items([f], labels=LABELS)
    msgs = [str(p) for p in e.value.problems]
    expect = [(1, None, "malformed JSON"), (2, "label", "unknown label 'friendly'"), (3, "quote", "empty quote"),
              (4, "target", "missing"), (5, "start/end", "outside the article"), (6, "quote_sha1", "hash mismatch"),
              (7, "article_id", "unknown article id"), (9, "id", "duplicate id"), (10, "target", "empty, but label")]
    for line, field, text in expect:
        prefix = f"{f}:{line}: " + (f"{field}: " if field else "")
        assert any(m.startswith(prefix) and text in m for m in msgs), (line, field, msgs)
    assert len(msgs) == len(expect)


def test_non_utf8_and_empty_files(tmp_path):
    bad = tmp_path / "latin1.jsonl"
    bad.write_bytes(json.dumps({"id": "x", "quote": "caf\u00e9", "target": "", "label": "none"}, ensure_ascii=False).encode("latin-1"))
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    with pytest.raises(DataError) as e:
        load_items([bad, empty])
    msgs = [str(p) for p in e.value.problems]
    assert any(m.startswith(f"{bad}:1: ") and "UTF-8" in m for m in msgs)
    assert any(m.startswith(f"{empty}: ") and "empty file" in m for m in msgs)


def test_drift_within_window_is_recovered_with_a_warning(tmp_path, own_corpus):
    q = "She added that talks with Oslo remained possible."
    rec = standoff(q, label="conciliatory", target="Norway")
    shifted = "Updated. " + OWN_ARTICLE  # the corpus text moved by 9 characters
    write_jsonl(own_corpus, [{"id": "own-1", "text": shifted}])
    from diplostance.corpus import _load

    _load.cache_clear()
    f = write_jsonl(tmp_path / "a.jsonl", [rec])
    with pytest.warns(UserWarning, match="drift"):
        [item] = load_items([f], labels=LABELS)
    assert item["quote"] == q and item["start"] == rec["start"] + 9
    assert find_span(shifted, rec["start"], rec["end"], rec["quote_sha1"], window=4) is None


def test_split_is_stable_grouped_and_independent_of_other_items():
    ids = [f"art-{i}" for i in range(400)]
    first = {a: split_of(a) for a in ids}
    assert {split_of(a) for a in ids} == {"train", "dev", "test"}
    assert all(split_of(a) == first[a] for a in reversed(ids))
    share = sum(s == "test" for s in first.values()) / len(ids)
    assert 0.08 < share < 0.22


def test_dataset_dict_keeps_articles_in_one_split():
    items = inline_items(8)
    for i, it in enumerate(items):
        it["article_id"] = f"art-{i // 3}"  # three quotes per article
        it["source"] = "other"
    dsd = to_dataset_dict(items, LABELS)
    seen = {}
    for split in dsd:
        for aid in dsd[split]["article_id"]:
            assert seen.setdefault(aid, split) == split
    assert sum(len(d) for d in dsd.values()) == len(items)
    c = counts(items)
    assert c["total"] == len(items) and sum(c["labels"].values()) == len(items)


def test_context_window_cuts_at_sentences():
    text = "One. Two is here. The quote sits here. Four follows. Five ends."
    s = text.index("The quote")
    ctx = context_window(text, s, s + len("The quote sits here."), 16)
    assert ctx.startswith("Two is here.") and ctx.endswith("Four follows.")


def test_imputed_targets_keep_the_rule_the_checkpoint_was_trained_with():
    from diplostance.data import impute_targets

    items = [{"quote": "We found the wreck", "speaker": "Tom Berg",
              "context": "\"We found the wreck,\" Tom Berg told the Washington Post."}]
    assert impute_targets(items) == 1 and items[0]["target"] == "United States"   # extraction now says no target
