"""The one input encoder shared by training and inference: an item becomes the model's text pair.

First segment: ``target: <target>`` and/or ``speaker: <speaker>`` (when those parts are on).
Second segment: the quote, then ``context: <context>`` (when on). Truncation cuts the context first.
"""
from __future__ import annotations

from typing import Sequence


def text_pair(item: dict, parts: Sequence[str]) -> tuple[str | None, str]:
    """``(first, second)`` for one item with fields quote, target, speaker, context; ``first`` may be None."""
    head = []
    if "target" in parts:
        head.append(f"target: {(item.get('target') or '').strip() or 'none'}")
    if "speaker" in parts:
        head.append(f"speaker: {(item.get('speaker') or '').strip() or 'unknown'}")
    body = " ".join(str(item["quote"]).split())
    context = " ".join((item.get("context") or "").split())
    if "context" in parts and context:
        body = f"{body} context: {context}"
    return ("; ".join(head) if head else None), body


def encode(tokenizer, items: Sequence[dict], parts: Sequence[str], max_length: int, **kwargs):
    """Tokenize items into model inputs (longest-first truncation, so the long context is cut first)."""
    pairs = [text_pair(it, parts) for it in items]
    firsts = [a for a, _ in pairs]
    seconds = [b for _, b in pairs]
    if all(a is None for a in firsts):
        return tokenizer(seconds, truncation=True, max_length=max_length, **kwargs)
    return tokenizer([a or "" for a in firsts], seconds, truncation="longest_first", max_length=max_length, **kwargs)
