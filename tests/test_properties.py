"""Property-based tests: the quote extractor, the target resolver and the loaders on arbitrary input.

Never raises (loaders: only DataError), offsets always inside the text, spans nest only as quotes.py promises.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from diplostance.corpus import _load, find_span, sha12
from diplostance.data import load_items
from diplostance.errors import DataError
from diplostance.io import iter_jsonl
from diplostance.pipeline import html_to_text
from diplostance.quotes import direct_spans, is_short, is_title
from diplostance.targets import _forms, canonical, choose_target, find_mentions, Mention

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

MARKS = list('"\u201c\u201d\u201e\u00ab\u00bb\'\u2019')
PIECES = MARKS + ["\n", "\n\n", " ", ", ", ". ", ": ", " \u2014 ", "said", "she said", " told reporters",
                  "Norway", "the U.S.", "Ana Lindqvist", "We will respond", "that", "Putin", "NATO", "Brussels", "EU"]
#: Text built from quote marks, breaks, attribution words and names, mixed with arbitrary characters.
news_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=40).map("".join)


def check_inside(text: str, start: int, end: int) -> None:
    assert 0 <= start <= end <= len(text), (start, end, len(text))


# ------------------------------------------------------------------------------------------------ quotes

@FAST
@given(news_text)
def test_direct_spans_inside_ordered_and_disjoint(text):
    spans = direct_spans(text)
    prev_end = 0
    for a, b in spans:
        check_inside(text, a, b)
        assert a < b and a >= prev_end          # in text order, never overlapping
        assert not text[a].isspace() and not text[b - 1].isspace()
        assert any(c.isalnum() for c in text[a:b])
        prev_end = b
    for a, b in spans:
        is_title(text[a:b]), is_short(text, a, b)


@pytest.fixture(scope="module")
def extractor():
    from diplostance.pipeline import Extractor

    return Extractor()


def test_extractor_on_arbitrary_short_texts(extractor):
    """Extractor.extract: offsets inside the text, the quote is the text at its offsets, direct quotes never
    overlap, a direct quote and reported speech are disjoint or the direct quote lies inside the reported speech
    (a partial quote), and reported speech never lies inside other reported speech (``_outermost``)."""

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(news_text)
    def check(text):
        recs = extractor.extract(text)
        for r in recs:
            check_inside(text, r["start"], r["end"])
            assert r["start"] < r["end"] and text[r["start"]:r["end"]] == r["quote"]
            assert isinstance(r["target"], str) and isinstance(r["speaker"], str)
            assert r["target"] == (r["target_candidates"][0] if r["target_candidates"] else "")
        assert [(r["start"], r["end"]) for r in recs] == sorted((r["start"], r["end"]) for r in recs)
        for i, p in enumerate(recs):
            for q in recs[i + 1:]:
                disjoint = p["end"] <= q["start"] or q["end"] <= p["start"]
                if p["direct"] and q["direct"]:
                    assert disjoint, (p, q)
                elif p["direct"] != q["direct"]:
                    d, r = (p, q) if p["direct"] else (q, p)
                    assert disjoint or r["start"] <= d["start"] and d["end"] <= r["end"], (d, r)
                else:
                    assert not (p["start"] <= q["start"] and q["end"] <= p["end"]), (p, q)

    check()


# ------------------------------------------------------------------------------------------------ targets

@FAST
@given(news_text)
def test_find_mentions_inside_ordered_and_disjoint(text):
    mentions = find_mentions(text)
    prev_end = 0
    for m in mentions:
        check_inside(text, m.start, m.end)
        assert m.start < m.end and m.start >= prev_end and m.name
        prev_end = m.end


@FAST
@given(st.one_of(news_text, st.sampled_from(sorted(_forms(True)))))
def test_canonical_never_raises_and_is_stable(name):
    once = canonical(name)
    assert isinstance(once, str) and once == once.strip()
    assert canonical(once) == once


mention_lists = st.lists(st.builds(lambda a, n, nm, sd: Mention(a, a + n, nm, sd), st.integers(0, 200),
                                   st.integers(1, 20), st.sampled_from(["Norway", "NATO", "Vladimir Putin", ""]),
                                   st.sampled_from(["Norway", "NATO", "Russia", ""])), max_size=8)


@FAST
@given(mention_lists, st.tuples(st.integers(0, 200), st.integers(0, 200)),
       st.tuples(st.integers(0, 200), st.integers(0, 200)), st.sets(st.sampled_from(["Norway", "NATO", "Russia"])))
def test_choose_target_excludes_own_side(mentions, quote, sentence, own):
    target, candidates = choose_target(mentions, quote, sentence, own)
    assert target == (candidates[0] if candidates else "")
    assert len(set(candidates)) == len(candidates) and not set(candidates) & own and "" not in candidates


# ------------------------------------------------------------------------------------------------ loaders

CORPUS_TEXT = "Minister Ana Lindqvist said: \u201cWe will respond if their ships come.\u201d Talks go on."


@pytest.fixture(scope="module")
def corpus():
    folder = tempfile.mkdtemp()
    path = Path(folder) / "corpus.jsonl"
    path.write_text(json.dumps({"id": "own-1", "text": CORPUS_TEXT}) + "\n", encoding="utf-8")
    old = os.environ.get("DIPLOSTANCE_CORPUS")
    os.environ["DIPLOSTANCE_CORPUS"] = str(path)
    _load.cache_clear()
    yield path
    if old is None:
        os.environ.pop("DIPLOSTANCE_CORPUS", None)
    else:
        os.environ["DIPLOSTANCE_CORPUS"] = old
    _load.cache_clear()


json_values = st.recursive(st.none() | st.booleans() | st.integers(-5, 200) | st.floats(allow_nan=True)
                           | st.text(max_size=12) | st.sampled_from(["own-1", "none", "defiant", "Norway", "  "]),
                           lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=4), kids,
                                                                                     max_size=3), max_leaves=6)
KEYS = ["id", "quote", "target", "label", "speaker", "context", "article_id", "start", "end", "quote_sha1",
        "direct", "annotator", "note", "source"]
records = st.dictionaries(st.sampled_from(KEYS), json_values, max_size=len(KEYS))
good_standoff = st.builds(lambda a, n: {"id": f"s{a}", "article_id": "own-1", "start": a, "end": a + n,
                                        "quote_sha1": sha12(CORPUS_TEXT[a:a + n]), "speaker": "", "target": "Norway",
                                        "label": "defiant", "direct": True, "annotator": "x"},
                          st.integers(0, 40), st.integers(1, 30))
lines = st.lists(st.one_of(records.map(lambda r: json.dumps(r, ensure_ascii=False)), good_standoff.map(json.dumps),
                           st.text(max_size=30), st.sampled_from(["[1, 2]", "{", '"x"', "{}", "[" * 5000 + "]" * 5000,
                                                                  '{"id": "\\ud800", "quote": "x", "target": ""}'])),
                 max_size=6)


def test_load_items_returns_items_or_raises_data_error(corpus):
    folder = Path(tempfile.mkdtemp())

    @settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
    @given(lines, st.sampled_from([None, ["none", "defiant"]]), st.booleans())
    def check(rows, labels, require_label):
        path = folder / "items.jsonl"
        path.write_text("\n".join(rows) + "\n", encoding="utf-8", errors="surrogatepass")
        try:
            items = load_items([path], labels=labels, require_label=require_label)
        except DataError as e:
            assert e.problems and all(str(p).startswith(str(path)) for p in e.problems)
            return
        for it in items:
            assert isinstance(it["quote"], str) and it["quote"].strip()
            if "start" in it:
                check_inside(CORPUS_TEXT, it["start"], it["end"])
                assert CORPUS_TEXT[it["start"]:it["end"]] == it["quote"]

    check()


def test_iter_jsonl_on_arbitrary_bytes():
    folder = Path(tempfile.mkdtemp())

    @settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.one_of(st.binary(max_size=200), lines.map(lambda ls: "\n".join(ls).encode("utf-8", "surrogatepass"))))
    def check(data):
        path = folder / "x.jsonl"
        path.write_bytes(data)
        try:
            out = list(iter_jsonl(path))
        except DataError as e:
            assert e.problems
            return
        for n, rec, problem in out:
            assert (rec is None) != (problem is None)
            assert rec is None or isinstance(rec, dict) and json.dumps(rec, ensure_ascii=False).encode("utf-8")
            assert problem is None or problem.line == n

    check()


@FAST
@given(st.text(max_size=80), st.integers(-5, 90), st.integers(-5, 90), st.booleans())
def test_find_span_inside_text_and_hash_matches(text, start, end, real):
    assume(start <= end)
    sha = sha12(text[max(0, start):max(0, end)]) if real else "0" * 12
    span = find_span(text, start, end, sha)
    if span is not None:
        s, e = span
        check_inside(text, s, e)
        assert e - s == end - start and sha12(text[s:e]) == sha
    if real and 0 <= start <= end <= len(text):
        assert span == (start, end)


@FAST
@given(st.one_of(st.text(max_size=200), st.lists(st.sampled_from(["<p>", "</p>", "<br>", "<script>", "</script>",
                                                                  "&amp;", "&#x1F600;", "<![", "<!--", "<html>", "\"",
                                                                  "text ", "<b", ">", "\n"]), max_size=30).map("".join)))
def test_html_to_text_gives_text_or_data_error(html):
    try:
        text = html_to_text(html, "page.html")
    except DataError as e:
        assert str(e).startswith("page.html: ")
        return
    assert isinstance(text, str) and "\n\n\n" not in text and text == text.strip()
