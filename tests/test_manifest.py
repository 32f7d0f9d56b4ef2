"""Tests for diplostance.manifest: rebuild fidelity, manifest hashes, build + verify.

The corpus itself is never copied into the repo; tests read it at run time from
``../shared/corpus`` (or ``$DIPLOSTANCE_CORPUS_DIR``) and skip when it is absent.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from diplostance import manifest as mf

CORPUS = Path(os.environ.get("DIPLOSTANCE_CORPUS_DIR")
              or Path(__file__).resolve().parents[2] / "shared" / "corpus")
RAW = CORPUS / "raw"
MANIFEST = Path(__file__).resolve().parents[1] / "data" / "corpus_manifest.json"
N_ARTICLES, N_SPEECHES = 382, 269

_skip_without_corpus = pytest.mark.skipif(
    not ((CORPUS / mf.ARTICLES_FILE).is_file() and (CORPUS / mf.SPEECHES_FILE).is_file()
         and all((RAW / name).is_file() for name in mf.SOURCES)),
    reason=f"corpus with raw/ files not found at {CORPUS} (set DIPLOSTANCE_CORPUS_DIR)",
)


def needs_corpus(test):
    """Mark *test* as needing ../shared/corpus and skip it when that is absent."""
    return pytest.mark.corpus(_skip_without_corpus(test))


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


@pytest.fixture(scope="module")
def rebuilt():
    return mf.rebuild(RAW)


@pytest.fixture(scope="module")
def shipped():
    return _jsonl(CORPUS / mf.ARTICLES_FILE), _jsonl(CORPUS / mf.SPEECHES_FILE)


@pytest.fixture(scope="module")
def manifest():
    return mf.load_manifest(MANIFEST)


@needs_corpus
def test_rebuild_ids_and_texts_identical(rebuilt, shipped):
    for mine, theirs, n in zip(rebuilt, shipped, (N_ARTICLES, N_SPEECHES)):
        assert len(mine) == len(theirs) == n
        assert [r["id"] for r in mine] == [r["id"] for r in theirs]
        bad = [a["id"] for a, b in zip(mine, theirs) if a["text"].encode() != b["text"].encode()]
        assert bad == [], f"{len(bad)} texts differ, e.g. {bad[:5]}"


@needs_corpus
def test_rebuild_full_records_identical(rebuilt, shipped):
    for mine, theirs in zip(rebuilt, shipped):
        bad = sorted({k for a, b in zip(mine, theirs) for k in a.keys() | b.keys() if a.get(k) != b.get(k)})
        assert bad == [], f"fields differ: {bad}"
        assert [list(r) for r in mine] == [list(r) for r in theirs]  # same key order


@needs_corpus
def test_rebuild_files_byte_identical(rebuilt):
    for records, name in zip(rebuilt, (mf.ARTICLES_FILE, mf.SPEECHES_FILE)):
        assert mf._jsonl(records).encode("utf-8") == (CORPUS / name).read_bytes()


@needs_corpus
def test_speech_sentence_offsets_cover_text(rebuilt):
    for rec in rebuilt[1]:
        spans = rec["sentences"]
        assert spans[0]["start"] == 0 and spans[-1]["end"] == len(rec["text"])
        assert all(a["end"] + 1 == b["start"] for a, b in zip(spans, spans[1:]))


@needs_corpus
def test_committed_manifest_matches_corpus(manifest, shipped):
    records = shipped[0] + shipped[1]
    assert len(manifest["texts"]) == N_ARTICLES + N_SPEECHES
    by_id = {e["id"]: e for e in manifest["texts"]}
    assert len(by_id) == len(records)
    for rec in records:
        entry = by_id[rec["id"]]
        assert entry["sha1"] == hashlib.sha1(rec["text"].encode("utf-8")).hexdigest(), rec["id"]
        assert entry["source"] == rec["source"] and entry["license"] == rec["license"]
        assert entry["attribution"] == rec["attribution"]
        assert entry["url"] == rec.get("url", mf.UNSC_URL)
    assert mf.verify(records, manifest) == []
    assert mf.build_manifest(CORPUS) == manifest


def test_manifest_metadata_and_no_text(manifest):
    assert set(manifest["sources"]) == set(mf.SOURCES)
    for src in manifest["sources"].values():
        assert src["url"].startswith("https://raw.githubusercontent.com/" + src["repo"] + "/")
    for entry in manifest["texts"]:
        assert set(entry) == {"id", "source", "url", "license", "attribution", "sha1"}
        assert len(entry["sha1"]) == 40
    assert MANIFEST.stat().st_size < 400_000


@needs_corpus
def test_build_writes_and_verifies(tmp_path, manifest):
    out = tmp_path / "corpus"
    paths = mf.build(RAW, out, manifest=MANIFEST, log=lambda _m: None)
    assert [p.name for p in paths] == [mf.ARTICLES_FILE, mf.SPEECHES_FILE]
    for p in paths:
        assert p.read_bytes() == (CORPUS / p.name).read_bytes()
    assert sorted(x.name for x in out.iterdir()) == sorted([mf.ARTICLES_FILE, mf.SPEECHES_FILE])


@needs_corpus
def test_cli_build_and_manifest(tmp_path, manifest):
    import argparse
    parser = argparse.ArgumentParser()
    mf.register_cli(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["corpus", "build", "--from", str(RAW), "--out", str(tmp_path / "c"),
                              "--manifest", str(MANIFEST)])
    assert args.func(args) == 0
    args = parser.parse_args(["corpus", "manifest", "--corpus", str(tmp_path / "c"),
                              "--out", str(tmp_path / "m.json")])
    assert args.func(args) == 0
    assert mf.load_manifest(tmp_path / "m.json") == manifest


@needs_corpus
def test_build_from_mirror_url_downloads_raw(tmp_path):
    """The download path, fed from a local file:// mirror (no network)."""
    out = tmp_path / "mirror-build"
    mf.build(RAW.as_uri(), out, manifest=MANIFEST, log=lambda _m: None)
    assert sorted(p.name for p in (out / "raw").iterdir()) == sorted(mf.SOURCES)
    assert (out / mf.SPEECHES_FILE).read_bytes() == (CORPUS / mf.SPEECHES_FILE).read_bytes()


@needs_corpus
def test_verify_catches_changed_missing_and_extra(rebuilt, manifest):
    articles, speeches = ([dict(r) for r in recs] for recs in rebuilt)
    articles[0]["text"] += " "
    speeches[3]["text"] = speeches[3]["text"].replace(" ", "  ", 1)
    dropped = articles.pop()
    extra = dict(articles[1], id="voa-0")
    problems = mf.verify(articles + speeches + [extra], manifest)
    assert any(p.startswith("sha1 mismatch: " + articles[0]["id"]) for p in problems)
    assert any(p.startswith("sha1 mismatch: " + speeches[3]["id"]) for p in problems)
    assert f"missing id: {dropped['id']}" in problems
    assert any("unexpected id" in p and "voa-0" in p for p in problems)
    assert len(problems) == 4


@needs_corpus
def test_build_refuses_changed_text(tmp_path, manifest):
    bad = json.loads(json.dumps(manifest))
    bad["texts"][5]["sha1"] = "0" * 40
    out = tmp_path / "out"
    with pytest.raises(mf.VerificationError) as exc:
        mf.build(RAW, out, manifest=bad, log=lambda _m: None)
    assert bad["texts"][5]["id"] in str(exc.value.code)
    assert not (out / mf.ARTICLES_FILE).exists() and not (out / mf.SPEECHES_FILE).exists()


def test_known_defect_repair_for_invisible_characters():
    rec = {"id": "voa-1", "source": "voa", "url": "u", "title": "t", "text": "Hel\u00adlo\u200b world",
           "license": mf.VOA_LICENSE, "attribution": mf.VOA_ATTRIBUTION}
    man = {"texts": [dict(mf._entry(dict(rec, text="Hello world")))]}
    notes = mf._repair_known_defects([rec], man)
    assert rec["text"] == "Hello world" and len(notes) == 1
    assert mf.verify([rec], man) == []


def test_intl_tag_rule():
    flag, ev = mf.intl_tag("South Sudan talks", "Officials in Juba met the UN envoy; New South Wales.")
    assert ev == {"countries": ["AUS", "SSD"], "terms": ["envoy", "un"]} and flag
    flag, ev = mf.intl_tag("Indian Ocean storm", "A us-based group said the un was slow.")
    assert ev == {"countries": [], "terms": []} and not flag


def test_wikinews_text_rules():
    raw = "Friday, January 4, 2019 \n\n\nFirst  para. \n \n\n Second.\n\n\n"
    assert mf._wikinews_text(raw) == "First  para.\n\nSecond."
    assert mf._clean_sentence(" We  said ( in part ) , no .  ") == "We said (in part), no."


def test_register_cli_parses_without_corpus():
    import argparse
    parser = argparse.ArgumentParser()
    mf.register_cli(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["corpus", "build", "--from", "online", "--out", "x"])
    assert args.source == "online" and args.out == "x" and callable(args.func)
    args = parser.parse_args(["corpus", "manifest", "--corpus", "c", "--out", "m.json"])
    assert callable(args.func)
