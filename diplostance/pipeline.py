"""From article text to quote records (span, speaker, target, context), and reading the articles that
``predict`` is given.

One ``Extractor`` loads spaCy once and parses articles in paragraph chunks through ``nlp.pipe``, so memory
stays bounded however long an article is. Records carry ``start``/``end`` offsets into the text as read.
"""
from __future__ import annotations

import bisect
import codecs
import glob
import itertools
import re
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .data import context_window
from .errors import DataError, Problem
from .io import jsonl_lines, parse_json_line, read_text
from .quotes import (OPENERS, Quote, cue_for_direct, dash_speaker, direct_spans, is_named, is_short, is_title,
                     nested_quotes, primary_single_quotes, reported_quotes)
from .speakers import (NAME_ABBREVIATIONS, Speaker, SpeakerResolver, body_antecedents, colon_or_dash_speaker,
                       load_nlp, name_descriptions, person_subject, speaker_from_token, speaker_of, unplaced_role)
from .targets import (ARMED_GROUPS, COUNTRIES, Mention, canonical, choose_target, de_facto_rulers, find_mentions,
                      own_side, salience, with_references)

CHUNK_CHARS = 6000
_STATE_REACH = 600      # characters from a state's words to a spokesperson of a body with no country
#: Words of the offices at the head of a state or government: a story names their holders' state unless it is the
#: dateline's ("PORT LOUIS - ... Prime Minister X said").
_TOP_OFFICES = frozenset("president prime premier chancellor".split())
_FORMER = re.compile(r"\b(?:former|ex|then|onetime|one-time)\b", re.I)   # a role held before: its body is not the side
#: A US member of Congress's party and state after the name ("Sen. Ana Lind, R-Idaho," "Rep. X (D-Calif.)").
_PARTY_STATE = r",? \(?[RDI]-[A-Z][a-z]*\.?"
_LONGEST_QUOTE = 20000          # a quote starting this far before a chunk is not looked up for it
_LOOKBACK = 20                  # items (in the order found) searched for the one a quote continues
#: A wire dateline opening a paragraph: "MOSCOW (Wire) - ", "UNITED NATIONS, March 3 (Wire) - ", "KYIV, Ukraine
#: (Wire) - ", "GENEVA - ", "KINGSTON, Jamaica, Aug 1, WIRE - ", "Paris (Wire) - ", "(Wire) - ".
_DATELINE = re.compile(r"""(?mx) ^[ \t]*
    (?: (?:[A-Z]{2}\.?\ )?                                                   # ST (GEORGE'S)
        [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'\u2019-]{2,} (?:[\ /][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'\u2019-]+){0,3}   # MOSCOW, BRASÍLIA, ADEN/SANAA
        (?:,\ [A-Z][\w.'\u2019-]* (?:\ (?:of\ |the\ |and\ )*[A-Z][\w.'\u2019-]*){0,3} )?   # , Democratic Republic of Congo
        (?:,?\ (?:[A-Z][a-z]{2,8}\.?\ \d{1,2}|\d{1,2}\ [A-Z][a-z]{2,8})   # , March 3; , 3 March
           (?:,?\ \d{4})?(?:,\ [A-Z]{2,6})?)?                                # , 2025; , Jun 9, WIRE
        (?:\ \([A-Za-z][\w\ .&/-]{0,30}\))?                                 # (Wire)
      | (?:[A-Z][\w.'\u2019-]* (?:\ [A-Z][\w.'\u2019-]*){0,3} (?:,?\ [A-Z][a-z]{2,8}\.?\ \d{1,2})?\ )?
        \([A-Za-z][\w\ .&/-]{0,30}\)                                        # Paris (Wire), (Wire)
      | \d{1,2}[:.]\d{2}(?:\ ?[ap]\.?m\.?)?(?:\ [A-Z]{2,4})?                    # 11:10 GMT (a live blog's entry)
    ) \ ?[-\u2013\u2014]{1,2}(?=\ ["\u201c]?[A-Z])""")
#: A dateline ending in a colon, as Gulf papers write them ("RIYADH: ", "ADEN/SANAA: "): a dateline only where each
#: of its words is a known place (not a transcript's "LIND: ").
_COLON_DATELINE = re.compile(r"(?m)^[ \t]*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'\u2019-]{2,}(?:[ /][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'\u2019-]+){0,3}):"
                             r"(?= [\"\u201c]?[A-Z])")
#: Cities often opening datelines that the text's place names do not cover (second cities, and capitals such as
#: "San Salvador"): the state each is in. Not New York or Geneva, whose datelines are the UN's, nor a name that
#: two states share (Tripoli, Kingston, Georgetown), nor the seat of a region with a government of its own (Erbil,
#: Garowe, Buka), whose officials are not the state's.
_DATELINE_CITIES = {city.replace("_", " "): state for state, cities in (
    ("Libya", "Benghazi Misrata Sirte Sabha Zawiya Tobruk Derna"),
    ("Yemen", "Aden Hodeidah Marib Mukalla Taiz"),
    ("Somalia", "Kismayo Baidoa Beledweyne"),
    ("Sudan", "El_Fasher Nyala Port_Sudan Kassala El_Obeid"),
    ("El Salvador", "San_Salvador"), ("Costa Rica", "San_José San_Jose"),
    ("Pakistan", "Karachi Lahore Peshawar Quetta Rawalpindi"), ("India", "Mumbai Kolkata Chennai Bengaluru Srinagar"),
    ("Turkey", "Istanbul Izmir Gaziantep Antalya"), ("Russia", "St_Petersburg Vladivostok"),
    ("China", "Shanghai Guangzhou Shenzhen"), ("Iraq", "Mosul Basra Kirkuk"),
    ("Syria", "Aleppo Homs Idlib Latakia Deir_ez-Zor"), ("Ukraine", "Odesa Odessa Kharkiv Lviv Dnipro Zaporizhzhia"),
    ("Saudi Arabia", "Jeddah"), ("Egypt", "Alexandria"), ("Afghanistan", "Herat Kandahar Mazar-i-Sharif Jalalabad"),
    ("Nigeria", "Lagos Kano Maiduguri Kaduna Port_Harcourt"), ("Cameroon", "Douala"), ("Kenya", "Mombasa Kisumu"),
    ("Israel", "Haifa Sderot"), ("Palestinians", "Hebron Nablus Jenin Rafah Khan_Younis"),
    ("Myanmar", "Mandalay Yangon"), ("Vietnam", "Ho_Chi_Minh_City"), ("Philippines", "Cebu Davao"),
    ("Japan", "Osaka"), ("South Korea", "Busan"), ("Democratic Republic of Congo", "Goma Bukavu Lubumbashi Bunia"),
    ("Ethiopia", "Mekelle Bahir_Dar Dire_Dawa"), ("Mali", "Timbuktu Gao Kidal"), ("Niger", "Agadez"),
    ("Brazil", "Rio_de_Janeiro São_Paulo Sao_Paulo"), ("Colombia", "Medellín Medellin Cali"),
    ("Ecuador", "Guayaquil"), ("Mexico", "Monterrey Tijuana Guadalajara"), ("Iran", "Mashhad Isfahan Tabriz"),
    ("Haiti", "Cap-Haïtien"), ("Greece", "Thessaloniki Piraeus"), ("Cyprus", "Limassol Larnaca"),
    ("Australia", "Sydney Melbourne"), ("New Zealand", "Auckland"), ("Papua New Guinea", "Lae"),
    ("Germany", "Frankfurt Munich Hamburg"), ("Italy", "Milan Naples"), ("Spain", "Barcelona"), ("Canada",
     "Toronto Montreal Vancouver")) for city in cities.lower().split()}


#: A list's bullet before a quote opening a line ('Lind said:\n- "We will respond."'): blanked in the text analysed,
#: so that the quotes of the list follow the speaker the colon introduced.
_BULLET = re.compile(r"(?m)^[ \t]*[-*\u2022\u2013\u2014][ \t]+(?=[\"\u201c])")
#: A nickname quoted inside a name ('Jose "Jomel" Dizon', 'Ramon "Monching" Estrada-Lopez', 'Ronald "Bato" dela
#: Rosa'): part of the name, not a quote.
_NICKNAME = re.compile(r"(?<![\w.'\u2019-])([A-Z][\w.'\u2019-]*) ([\"\u201c])"
                       r"([A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*)?)([\"\u201d]) "
                       r"(?=[A-Z][\w'\u2019-]*\b|(?:de|dela|del|van|von|bin|al)\s+[A-Z])")
#: A nickname quoted after a full name, as Somali names carry one ('Ali Hassan Guure "Dhagaweyne" told', '...,
#: Hassan Omar "Dheere", said'): no quote; the text may call the person by it later, and speakers' names drop it.
_NICKNAME_AFTER = re.compile(r"(?<![\w.'\u2019-])((?:[A-Z][\w'\u2019-]+ ){2,4}[A-Z][\w'\u2019-]+) ([\"\u201c])"
                             r"([A-Z][\w'\u2019-]+)([\"\u201d])(?=,|\s+(?:said|says|told|added|was|is|has|had|who)\b)")
#: A title or honour in brackets between a title and a name (Nigerian "Senator (Dr.) Ana Lind", "Maj.-Gen. (rtd)
#: Karl Brun"): blanked, so that the title reaches the name.
_TITLE_ASIDE = re.compile(r"(?<=[\w.] )\((?:Dr|Mrs|Ms|Prof|Engr|Arc|Barr|Chief|Rtd|rtd|Retd|retd)\.?\)(?= [A-Z])")
#: A name's spelling in its own script, in brackets after it ("Lin Pei-wen (林佩雯) said"): blanked, so that the name
#: reaches the verb.
_GLOSS = re.compile(r"(?<=[\w.] )\([^()\n]{1,30}\)")
#: The point of a given name's short form ("Md. Ana Rahman"): blanked, so that the parser does not end a sentence there;
#: speakers' names get it back.
_NAME_POINT = re.compile(rf"\b({'|'.join(sorted(NAME_ABBREVIATIONS))})\.(?= [A-Z])")
#: An interviewer's label opening a transcript paragraph ("Q: ", "Question: "): it names no speaker.
_QUESTION_LABEL = re.compile(r"(?m)^[ \t]*(?:Q|Question)[ \t]*:(?=[ \t])")
_SENTENCE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019)]?\s+(?=[\"\u201c(]?[A-Z])")


_DATELINE_REACH = 400       # how far into an article its dateline may come (after a headline)


def blank_datelines(text: str) -> str:
    """``text`` with the wire datelines, live blogs' times and interviewers' "Q:" labels that open its paragraphs
    blanked out (same length, so offsets hold): a dateline is where the reporter was, not a speaker or a target,
    and the parser takes "Q" for the subject of the question."""
    for pattern in (_DATELINE, _QUESTION_LABEL):
        text = pattern.sub(lambda m: " " * len(m.group()), text)
    return _COLON_DATELINE.sub(lambda m: " " * len(m.group()) if _dateline_states(m.group()) is not None
                               else m.group(), text)


def _dateline_states(head: str) -> set[str] | None:
    """The sides of the places in a dateline's head ("ADEN/SANAA", "KYIV, Ukraine", "BEIJING/BRUSSELS": China and the
    EU), or None where one of the places of a head ending in a colon is unknown (it is no dateline)."""
    states = set()
    for place in head.title().split("/"):
        city = re.sub(r"[\s:\u2013\u2014-]+$", "", place.split(",")[0].split("(")[0]).strip().lower()
        if "jerusalem" in city.split():     # the dateline of Israeli and Palestinian stories alike: no side
            continue
        found = {f.side for f in find_mentions(place)} | ({_DATELINE_CITIES[city]} if (
            city in _DATELINE_CITIES) else set())
        if not found and head.rstrip().endswith(":"):
            return None
        if not found and "/" in head:       # "BEIJING/BRUSSELS": a place unknown, so no one side
            return set()
        states |= found
    return states


def chunk_bounds(text: str, protected: list[tuple[int, int]], size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Split ``text`` into pieces of at most about ``size`` characters, at line breaks where possible, else at
    sentence ends, else at a space; never inside a ``protected`` span (sorted) when avoidable."""
    starts = [a for a, _ in protected]

    def free(pos: int) -> bool:
        k = bisect.bisect_left(starts, pos) - 1
        return k < 0 or not protected[k][0] < pos < protected[k][1]

    out, start = [], 0
    while len(text) - start > size:
        lo, hi = start + size // 4, start + size
        cut = None
        pos = text.rfind("\n", lo, hi)
        while pos > 0 and cut is None:
            cut = pos + 1 if free(pos) else None
            pos = text.rfind("\n", lo, pos)
        if cut is None:
            ends = [m.end() for m in _SENTENCE_BREAK.finditer(text, lo, hi) if free(m.end())]
            cut = ends[-1] if ends else None
        if cut is None:
            space = text.rfind(" ", lo, hi)
            cut = space + 1 if space > lo else hi
        out.append((start, cut))
        start = cut
    out.append((start, len(text)))
    return out


@dataclass
class _Article:
    """Per-article state while its chunks are parsed in order."""

    text: str
    direct: list[tuple[int, int]]
    mentions: list[Mention]
    n_chunks: int
    resolver: SpeakerResolver
    rulers: dict[str, str]           # country -> de facto rulers the text names (``targets.de_facto_rulers``)
    shown: str                       # the text as given (``text`` may have quote marks made double, bullets blanked)
    nicknames: list[tuple[str, str]] = field(default_factory=list)      # ('Jose Jomel Dizon', 'Jose "Jomel" Dizon'),
    #                                                                     ('Md', 'Md.'): names' forms restored
    quotes: list[tuple[Quote, Speaker | None, tuple[int, int]]] = field(default_factory=list)
    seen: set[tuple[int, int]] = field(default_factory=set)
    claimed: dict[int, int] = field(default_factory=dict)   # direct quote start -> length of the content holding it
    done: int = 0
    headline: int = 0                                        # where a headline opening ``text`` ends (0: none)


class Extractor:
    """Quotes, speakers and targets of articles; spaCy is loaded once and fed in batches."""

    def __init__(self, nlp: Language | None = None, context_chars: int = 400, batch_size: int = 16,
                 chunk_chars: int = CHUNK_CHARS):
        self.nlp = nlp or load_nlp()
        self.context_chars = context_chars
        self.batch_size = batch_size
        self.chunk_chars = chunk_chars

    def extract(self, text: str, target: str | None = None) -> list[dict]:
        """Records of one article, in text order; ``target`` forces the target of every quote."""
        return next(self.extract_many([text], target))

    def extract_many(self, texts: Iterable[str], target: str | None = None) -> Iterator[list[dict]]:
        """Records of each article, in input order (articles are read lazily; every article gives at least
        one chunk, so they complete in order)."""
        states: dict[int, _Article] = {}

        def pieces():
            for n, shown in enumerate(texts):
                text = _BULLET.sub(lambda m: " " * len(m.group()), primary_single_quotes(shown))
                nicknames = [m.groups() for m in _NICKNAME.finditer(text)]
                text = _NICKNAME.sub(lambda m: f"{m.group(1)}  {m.group(3)}  ", text)     # marks blanked
                after = [m.group(1).split()[-1] + " " + m.group(3) for m in _NICKNAME_AFTER.finditer(text)]
                text = _NICKNAME_AFTER.sub(lambda m: f"{m.group(1)}  {m.group(3)} ", text)
                text = _TITLE_ASIDE.sub(lambda m: " " * len(m.group()), text)
                pointed = sorted({m.group(1) for m in _NAME_POINT.finditer(text)})
                text = _NAME_POINT.sub(lambda m: f"{m.group(1)} ", text)
                text = _GLOSS.sub(lambda m: " " * len(m.group()) if all(
                    c.isalpha() and ord(c) > 0x2ff or c in " \u00b7-" for c in m.group()[1:-1]) else m.group(), text)
                headline = headline_end(text)
                text = _headline_quotes(text, headline)
                direct = direct_spans(text)
                bounds = chunk_bounds(text, direct, self.chunk_chars)
                parsed = blank_datelines(text)
                states[n] = _Article(text, direct, with_references(parsed, find_mentions(parsed)), len(bounds),
                                     SpeakerResolver(text), de_facto_rulers(parsed), shown, headline=headline,
                                     nicknames=[(f"{a} {nick}", f"{a} {o}{nick}{c}") for a, o, nick, c in nicknames]
                                     + [(named, named.split()[0]) for named in after]
                                     + [(short, f"{short}.") for short in pointed])
                for a, b in bounds:
                    yield parsed[a:b], (n, a, b)

        for doc, (n, offset, end) in self.nlp.pipe(pieces(), as_tuples=True, batch_size=self.batch_size):
            art = states[n]
            self._chunk(art, doc, offset, art.text[offset:end])
            art.done += 1
            if art.done == art.n_chunks:
                yield self._records(states.pop(n), target)

    def _chunk(self, art: _Article, doc: Doc, offset: int, text: str) -> None:
        """Quotes of one parsed chunk (``text``, at ``offset`` in the article), in order."""
        lo = bisect.bisect_left(art.direct, (offset - _LONGEST_QUOTE, 0))
        hi = bisect.bisect_left(art.direct, (offset + len(text), 0))
        rel = [(a - offset, b - offset) for a, b in art.direct[lo:hi] if b > offset]
        sents = list(doc.sents)
        starts = [s.start_char for s in sents]
        by_sentence: dict[int, list[tuple[int, int]]] = {}
        for a, b in rel:
            if a >= 0:
                by_sentence.setdefault(max(0, _bisect(starts, a)), []).append((a, b))
        ents: dict[int, list[Span]] = {}
        for ent in doc.ents:
            ents.setdefault(_bisect(starts, ent.start_char), []).append(ent)
        for k, sent in enumerate(sents):
            art.resolver.observe(sent, ents.get(k, []), offset, rel)
            for a, b in by_sentence.get(k, []):
                last = sents[max(0, _bisect(starts, min(b, len(text)) - 1))]
                self._direct(art, sent, last, a, b, rel, offset, text)
            for q in reported_quotes(sent, rel, text):
                if q.start + offset < art.headline:
                    continue                # "Vellia vows to hit back" heading the story sums it up
                speaker = speaker_of(q.verb, art.resolver, offset)
                if speaker is not None and speaker.person:
                    art.resolver.report(q.start + offset, q.end + offset, _pronoun(q.verb))
                if speaker is not None:
                    item = Quote(q.start + offset, q.end + offset, False)
                    item.set_cue(q.verb, offset)
                    self._add(art, item, speaker, (sent.start_char + offset, sent.end_char + offset))
                    self._claim_inner(art, q.start + offset, (q.reach or q.end) + offset, speaker, offset)

    @staticmethod
    def _claim_inner(art: _Article, start: int, end: int, speaker: Speaker, offset: int) -> None:
        """A direct quote inside reported content (``start:end``) is that content's speaker's, not that of a verb
        after the content ('Lind told reporters the deal "was a disaster," while Hale called it ...')."""
        for k in range(max(0, len(art.quotes) - _LOOKBACK), len(art.quotes)):     # the sentence's quotes came last
            q, _, sentence = art.quotes[k]
            if q.direct and start <= q.start and q.end <= end + 1 and q.verb is not None and (
                    q.verb.idx + offset >= end + 1 or q.verb.tag_ in ("VB", "VBG") and start <= q.verb.idx + offset
            ) and end - start < art.claimed.get(q.start, len(art.text)):
                art.quotes[k] = (q, speaker, sentence)
                art.claimed[q.start] = end - start          # the innermost content claims it

    def _direct(self, art: _Article, first: Span, last: Span, a: int, b: int, rel: list[tuple[int, int]],
                offset: int, text: str) -> None:
        """Attribute one direct quote (``a:b`` in the chunk ``text`` at ``offset``) and keep it unless it is a
        title or a short phrase with no reporting verb (a scare quote)."""
        quote_text = art.text[a + offset:b + offset]
        dashed = dash_speaker(first, a, b, text)
        verb = None if dashed is not None else cue_for_direct(first, last, a, b, rel, text)
        if is_title(quote_text, art.text[max(0, a + offset - 90):a + offset]) or verb is None and (
                is_short(art.text, a + offset, b + offset) or is_named(art.text, a + offset)):
            return
        q = Quote(a + offset, b + offset, True)
        speaker = None if dashed is None else speaker_from_token(dashed, art.resolver, offset)
        if verb is not None:
            q.set_cue(verb, offset)
            speaker = speaker_of(verb, art.resolver, offset)
        if speaker is None:
            speaker = colon_or_dash_speaker(text[max(0, a - 120):max(0, a - 1)], text[b + 1:b + 80], art.resolver,
                                            a + offset) or art.resolver.transcript(a + offset) or _own_words(
                first, a, b, art.resolver, offset) or _opinion_of(first, a, art.resolver, offset) or self._continuation(
                art, a + offset) or _introduced(first, a, art.resolver, offset) or _owned_after(last, b, art.resolver,
                                                                                                offset, text)
        self._add(art, q, speaker, (first.start_char + offset, last.end_char + offset))
        for s, e, at in nested_quotes(text, a, b):      # "They said, 'Come out.'": the words of "they"
            cue = next((t for t in first.doc if t.idx == at), None)
            inner = Quote(s + offset, e + offset, True)
            said = speaker_of(cue, art.resolver, offset) if cue is not None else None
            if cue is not None:
                inner.set_cue(cue, offset)
            own = cue is not None and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in cue.children)
            self._add(art, inner, speaker if own else said,       # "I told them, '...'": the outer speaker
                      (first.start_char + offset, last.end_char + offset))

    def _continuation(self, art: _Article, start: int) -> Speaker | None:
        """A quote with no attribution continues the speaker of the item before it: of a direct quote in the same
        or the previous paragraph, of reported speech in the same paragraph."""
        recent = [p for p in itertools.islice(reversed(art.quotes), _LOOKBACK) if p[0].start < start]
        outer = [p for p in recent if not any(o[0].start < p[0].start and p[0].end <= o[0].end for o in recent)]
        prev = max(outer, key=lambda p: p[0].start, default=None)       # not a quote nested in the one before
        if prev is None or prev[1] is None:
            return None
        gap = art.text[prev[0].end:start]
        return prev[1] if gap.count("\n\n") <= (1 if prev[0].direct else 0) and len(gap) < 600 else None

    def _add(self, art: _Article, q: Quote, speaker: Speaker | None, sentence: tuple[int, int]) -> None:
        if (q.start, q.end) not in art.seen:
            art.seen.add((q.start, q.end))
            art.quotes.append((q, speaker, sentence))

    def _records(self, art: _Article, target: str | None) -> list[dict]:
        text, chars = art.text, self.context_chars
        items = _outermost(art.quotes)
        out = [{"start": q.start, "end": q.end, "quote": art.shown[q.start:q.end], "direct": q.direct,
                "speaker": speaker.name if speaker else "", "speaker_role": speaker.role if speaker else "",
                "target": "", "target_candidates": [], "cue": q.cue,
                "context": context_window(art.shown, q.start, q.end, chars)} for q, speaker, _ in items]
        name_descriptions(out, art.resolver)
        body_antecedents(out, text)
        _headline_echoes(out, art.headline)
        starts = [m.start for m in art.mentions]
        sections = _sections(text)      # a round-up's items, each with its own actors
        section_starts = [lo for lo, _ in sections]
        backgrounds = [salience([m for m in art.mentions if lo <= m.start < hi]) for lo, hi in sections]
        homes: dict[str, str] = {}
        dateline, story = dateline_state(text)
        named_at: dict[str, int] = {}   # where each name is first mentioned
        for m in art.resolver.mentions:
            named_at[m.name] = min(m.start, named_at.get(m.name, m.start))
        spoke_at: dict[str, int] = {}   # each state that spoke, and where it last did
        asserted = _self_asserted(out, art.mentions, text)
        congress: dict[str, bool] = {}  # each speaker named with a US party and state ("Ana Lind, R-Idaho")
        for rec, (q, _, sentence) in zip(out, items):
            name = rec["speaker"]
            k = bisect.bisect_right(section_starts, q.start) - 1
            lo, hi = sections[k]
            background = backgrounds[k]
            near = art.mentions[bisect.bisect_left(starts, max(lo, min(sentence[0], q.start - chars))):
                                bisect.bisect_left(starts, min(hi, max(sentence[1], q.end + chars)))]
            owner = _OWNED.match(name)          # "Fico's office" holds Fico's roles
            held = [rec["speaker_role"], *sorted(art.resolver.all_roles.get(name, ())),
                    *sorted(art.resolver.all_roles.get(art.resolver.resolve(owner.group(1), True, q.start), ())
                            if owner else ())]
            roles = " ; ".join(r for r in held if not _FORMER.search(r))
            past = own_side("", " ; ".join(r for r in held if _FORMER.search(r)))
            opening = _opening_place(text[sentence[0]:sentence[1]]) or _introduced_in(
                text, named_at.get(name, sentence[0]), sentence[0]) or _opening_place(
                text[text.rfind("\n", 0, sentence[0]) + 1:sentence[0]]) or _opening_place(_lead_in(text, q.start)) or (
                _spoke_in(text[sentence[0]:sentence[1]]) or _spoke_in(_sentence_at(text, named_at.get(name, q.start)))
                or _reaction_before(text, sentence[0]))
            #                               "In Seoul, the ministry was calmer. Spokesman X said ...", also before a
            #                               quote paragraph ("In Moscow, ... Its spokeswoman said:\n\n"...")
            if not homes.get(name) and (unplaced_role(roles) or not roles and unplaced_role(name)):
                # a person's home body stays the first one found; "police said" is a body with no state too
                body = art.resolver.home_body(f"{name} ; {roles}", q.start) or ""
                # the state the sentence opens in, else the later of the state that last spoke ("China accused
                # ...") and the one last named as a subject ("Tehran dismissed it. Ministry spokesman X said"),
                # where the dateline's state is not one of the recent ones
                named = art.resolver.subject_state(q.start, _STATE_REACH)
                named = named if named and named[0] >= story else None      # not the headline's subject
                recents = [(e, s) for s, e in spoke_at.items() if q.start - e < _STATE_REACH] + (
                    [named] if named else [])
                recent = opening or asserted.get(name) or max(recents, default=(0, ""))[1]
                if not opening and dateline and (dateline in {s for _, s in recents} or _TOP_OFFICES & set(
                        roles.lower().split())):
                    recent = dateline       # "CAIRO - Egypt said ..., after Ethiopia announced ...": Egypt's;
                                            # a head of government named with no state is the dateline's
                homes[name] = body if own_side(body) and not opening else recent or dateline or body
            own = own_side(name, roles, home=dateline) | {c for c in past if c in COUNTRIES} or own_side(
                homes.get(name, ""))
            if name not in congress:
                congress[name] = len(name.split()) > 1 and bool(re.search(
                    rf"\b{re.escape(name.split()[-1])}{_PARTY_STATE}", text))
            if congress[name]:
                own.add("United States")
            place = "" if own else opening or _state_of_office(text[:q.start], rec["speaker_role"]) or asserted.get(
                name, "")
            if place:       # "In Niamey, junta spokesman X said", "Kenya's president ... President X": also later
                homes[name] = place
                own = own_side(place)
            own = own or ({dateline} if dateline else set())    # one the story does not place: of its dateline's state
            own |= {art.rulers[c] for c in own if c in art.rulers}     # an Afghan ministry speaks for the Taliban
            found, candidates = choose_target(near, (q.start, q.end), sentence, own, background, text, own_leaders=True,
                                              about=q.about)
            if not candidates and canonical(name) in ARMED_GROUPS:     # an armed group's words with no name near
                candidates = sorted((n for n in background if n in COUNTRIES and n not in own),
                                    key=lambda n: -background[n])[:1]  # are aimed at the state the article is about
                found = candidates[0] if candidates else ""
            rec["target"], rec["target_candidates"] = (found if target is None else target), candidates
            if canonical(name) in COUNTRIES:        # "China accused ... foreign ministry spokesperson"
                spoke_at[canonical(name)] = q.end
        for rec in out:
            for plain, marked in art.nicknames:
                rec["speaker"] = re.sub(rf"\b{re.escape(plain)}\b(?!\.)", marked, rec["speaker"])
        return out


#: What a state says of itself ("Iceland will not accept", "Argentina would pursue its claim", "Pakistan wants
#: peace"), and words before it that make it a condition or a demand instead ("if Tehran is ready").
_SELF_ASSERTED = re.compile(r"\s+(?:will|would|shall|does|did|can|cannot|has|have|is|remains?)?\s*(?:not|never|always|"
                            r"firmly|fully|also|continue to|n't)?\s*(?:allow|accept|tolerate|recogni[sz]e|respect|want|"
                            r"reserve|stand|remain|value|defend|protect|welcome|be intimidated|bow|back down|give up|"
                            r"surrender|pursue|insist|reject|is ready|is committed)\b")
_CONDITION = re.compile(r"\b(?:if|unless|until|when|whether|that|as soon as)\s+$", re.IGNORECASE)


def _self_asserted(records: list[dict], mentions: list[Mention], text: str) -> dict[str, str]:
    """Each speaker whose words speak for one state in the third person ("Iceland will not accept a share drawn up
    for others"), and that state: the speaker's own side where nothing else names it."""
    starts = [m.start for m in mentions]
    found: dict[str, set[str]] = {}
    for rec in records:
        for m in mentions[bisect.bisect_left(starts, rec["start"]):bisect.bisect_left(starts, rec["end"])]:
            if m.name in COUNTRIES and _SELF_ASSERTED.match(text, m.end) and not _CONDITION.search(
                    text[max(rec["start"], m.start - 15):m.start]):
                found.setdefault(rec["speaker"], set()).add(m.name)
    return {name: states.pop() for name, states in found.items() if name and len(states) == 1}


#: A person's office, staff or campaign speaking ("Fico's office").
_OWNED = re.compile(r"^(.+?)['\u2019]s (?:office|spokes(?:person|man|woman)|aides?|campaign|administration|government)$")
#: A sentence opening with where it happens ("In Beijing, ", "At a briefing in Beijing, "), also after a run-in
#: heading ("Capital reaction In Tokyo, ").
_IN_PLACE = re.compile(r"\s*(?:[A-Z][a-z]+ [a-z]+ )?(?:In|(?:At|Speaking|Addressing)\b[^,.\n]{0,60}? in) "
                       r"((?:[A-Z][\w.'\u2019-]*\s?){1,3}),")


#: A sentence opening with the state whose reaction it reports ("The reaction from Israel was swift.").
_REACTION_FROM = re.compile(r"\s*(?:The )?(?:reaction|response|answer|reply) (?:from|in) "
                            r"((?:[A-Z][\w.'\u2019-]*\s?){1,3})\b(?! *[,;])")


_HEADLINE = re.compile(r"[ \t]*([^\n]+?)[ \t]*\n[ \t]*\n\s*\S")
_HEADLINE_WORDS = 25
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u2019\u201d)]*$")


def headline_end(text: str) -> int:
    """Where a headline opening ``text`` ends, or 0: a first paragraph of a few words with no full stop, with more
    text after it ("Vellia vows to hit back as talks fail")."""
    m = _HEADLINE.match(text)
    if m is None or len(m.group(1).split()) > _HEADLINE_WORDS or _SENTENCE_END.search(m.group(1)):
        return 0
    return m.end(1)


_SINGLE_QUOTED = re.compile(r"(?<!\w)['\u2018](?=\w)([^'\u2018\u2019\n]+?)(?<=[\w.!?,])['\u2019](?!\w)")


def _headline_echoes(records: list[dict], end: int) -> None:
    """A headline's quote (before ``end``) that the story quotes again takes the speaker of the story's quote:
    the headline's verb and subject ("Premier rejects offer: 'Not for sale'") seldom name the speaker in full."""
    for rec in records:
        words = rec["quote"].strip(" ,.!?").lower()
        if rec["start"] >= end or not rec["direct"] or len(words.split()) < 3:
            continue
        echo = next((r for r in records if r["start"] >= end and r["direct"] and r["speaker"] and words in r[
            "quote"].lower()), None)
        if echo is not None:
            rec["speaker"], rec["speaker_role"] = echo["speaker"], echo["speaker_role"]


def _headline_quotes(text: str, end: int) -> str:
    """``text`` with the single quote marks of its headline (ending at ``end``) made double (a headline's quotes are
    single: "Vellia says it 'will not be blackmailed'"), same length."""
    return _SINGLE_QUOTED.sub(lambda m: f'"{m.group(1)}"', text[:end]) + text[end:] if end else text


def dateline_state(text: str) -> tuple[str, int]:
    """The state named by the dateline opening ``text`` or its first paragraphs ("MANILA, Philippines —",
    "BEIJING —"), or "": the unmarked officials of a wire story are that state's ("Defense Secretary X said"); and
    where the story after the dateline starts (0 with no dateline): what comes before it is a headline."""
    head = text[:_DATELINE_REACH]
    m = _DATELINE.search(head)
    colon = next((c for c in _COLON_DATELINE.finditer(head) if _dateline_states(c.group()) is not None), None)
    if colon is not None and (m is None or colon.start() < m.start()):
        m = colon
    states = _dateline_states(m.group()) or set() if m else set()
    return (next(iter(states)) if len(states) == 1 and states <= COUNTRIES else ""), m.end() if m else 0


def _state_of_office(before: str, role: str) -> str:
    """The state whose holder of ``role`` (a bare office: "President") the text named before, by the state's
    possessive ("Kenya's president opened the summit. President X said"), or ""."""
    if not role or len(role.split()) > 3:
        return ""
    found = re.findall(rf"\b((?:[A-Z][\w.-]*\s)?[A-Z][\w.-]*)['\u2019]s (?i:{re.escape(role)})\b", before)
    states = own_side(found[-1]) & COUNTRIES if found else set()
    return next(iter(states)) if len(states) == 1 else ""


def _sentence_at(text: str, at: int) -> str:
    """The sentence of ``text`` around ``at`` (within its paragraph)."""
    lo = max([text.rfind("\n", 0, at) + 1, *(b.end() for b in _SENTENCE_BREAK.finditer(text, max(0, at - 300), at))])
    brk, line_end = _SENTENCE_BREAK.search(text, at), text.find("\n", at)
    return text[lo:min(brk.start() + 1 if brk else len(text), line_end if line_end >= 0 else len(text))]


def _introduced_in(text: str, at: int, before: int) -> str:
    """The state that the sentence naming a speaker at ``at``, before the quote's sentence at ``before``, opens in
    ("In Moscow, spokeswoman X rejected it. "...," she said"), or ""."""
    if at >= before:
        return ""
    lo = max([text.rfind("\n", 0, at) + 1, *(b.end() for b in _SENTENCE_BREAK.finditer(text, max(0, at - 300), at))])
    return _opening_place(text[lo:at + 1])


#: A round-up's heading for its next item: a paragraph of a few capitalised words ("BORDER CANAL", "GAZA").
_SECTION_HEADING = re.compile(r"(?<=\n\n)[ \t]*([A-Z][A-Z'\u2019&,/ -]{1,60})[ \t]*(?=\n\n)")


def _sections(text: str) -> list[tuple[int, int]]:
    """The spans of a round-up's separate items, each after its heading in capitals; the whole text for others."""
    cuts = [m.start() for m in _SECTION_HEADING.finditer(text) if len(m.group(1).split()) <= 6]
    bounds = [0, *cuts, len(text)]
    return list(zip(bounds, bounds[1:]))


def _reaction_before(text: str, start: int) -> str:
    """The state whose reaction a paragraph announces right before a paragraph that opens at ``start`` ("The response
    from Copenhagen was immediate.\n\nForeign Minister X said ..."), or ""."""
    para = text.rfind("\n", 0, start)
    if para < 0 or text[para:start].strip():
        return ""
    before = text[:para].rstrip()
    m = _REACTION_FROM.match(before[before.rfind("\n") + 1:])
    return _one_state(m.group(1).strip()) if m else ""


def _lead_in(text: str, start: int) -> str:
    """The paragraph before a quote that opens its own paragraph, where that paragraph ends in a colon
    ("The minister told reporters:"), or ""."""
    para = text.rfind("\n", 0, start)
    if para < 0 or text[para:start].strip(" \n\"'\u201c\u2018"):
        return ""
    before = text[:para].rstrip()
    return before[before.rfind("\n") + 1:] if before.endswith(":") else ""


#: Languages words are said in ("said in French"), which name peoples' states.
_LANGUAGES = (r"(?:French|English|Spanish|Arabic|Russian|Portuguese|German|Chinese|Mandarin|Cantonese|Turkish|Persian|"
              r"Farsi|Hebrew|Ukrainian|Korean|Japanese|Italian|Urdu|Hindi|Bengali|Swahili|Amharic|Somali|Serbian|"
              r"Croatian|Bosnian|Albanian|Polish|Hungarian|Greek|Dutch|Armenian|Georgian|Azerbaijani|Kurdish|Pashto|"
              r"Dari|Thai|Vietnamese|Burmese|Indonesian|Malay|Tagalog|Filipino)")
#: Where a speaker spoke, after the reporting verb ("told legislators in Taipei", "said in Pristina on Tuesday").
_SPOKE_IN = re.compile(r"\b(?:(?:told|briefed|addressed)(?: [a-z]+){1,2}|said|spoke|speaking(?: to(?: [a-z]+){1,2})?|"
                       r"to (?:reporters|journalists|legislators|lawmakers)) in (?!" + _LANGUAGES + r"\b)"
                       r"([A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*)?)(?=[ ,.;:])")


def _one_state(place: str) -> str:
    """The state that ``place`` names, where it names one state and nothing else, or ""."""
    found = find_mentions(place)
    return found[0].name if len(found) == 1 and found[0].name in COUNTRIES else ""


def _spoke_in(sentence: str) -> str:
    """The state whose capital or country a sentence says its speaker spoke in ("Defense Minister X told legislators
    in Taipei"), or ""."""
    m = _SPOKE_IN.search(sentence)
    return _one_state(m.group(1)) if m else ""


def _opening_place(sentence: str) -> str:
    """The state a sentence opens by placing itself in ("In Beijing, a ministry spokeswoman said"; "The reaction from
    Israel was swift."), or ""."""
    m = _IN_PLACE.match(sentence) or _REACTION_FROM.match(sentence)
    return _one_state(m.group(1).strip()) if m else ""


#: Verbs of a sentence that introduces a speaker's quote in the next paragraph ("X spoke to reporters on Friday.").
_INTRODUCING = frozenset("speak talk address tell testify".split())
#: How a speaker's manner is described right before their words ("The minister was blunt. "We gave them ...").
_MANNER = frozenset("""blunt defiant adamant unapologetic emphatic unequivocal candid frank upbeat cautious dismissive
scathing unrepentant categorical""".split())


#: A sentence that gives the words of a quote standing alone before it to their speaker ("With those words, Foreign
#: Minister X opened the debate"), and what may close that quote before it.
_WITH_THOSE_WORDS = re.compile(r"\s*With (?:that|this|those|these) (?:line|lines|words|remark|remarks|comment|comments|"
                               r"message|statement|warning|vow|declaration|sentence)\b,?")
_CLOSING = re.compile(r"[\"\u201d.,!?]*\s*")


def _owned_after(last: Span, b: int, resolver: SpeakerResolver, offset: int, text: str) -> Speaker | None:
    """The speaker of a quote that ends a sentence of its own, named by the subject of the sentence after it when
    that opens "With those words" ("\"We will not ...\"\n\nWith those words, X opened ...")."""
    start = _CLOSING.match(text, b).end()
    if not _WITH_THOSE_WORDS.match(text, start):
        return None
    nxt = next((s for s in last.doc.sents if s.start_char <= start < s.end_char), None)
    verb = None if nxt is None else nxt.root
    return speaker_of(verb, resolver, offset) if verb is not None and verb.pos_ == "VERB" else None


def _introduced(sent: Span, a: int, resolver: SpeakerResolver, offset: int) -> Speaker | None:
    """The speaker of an unattributed quote that opens a paragraph right after a sentence telling that someone
    spoke, with no words of theirs given ("Brun spoke to reporters on Friday.\n\n"We did not start this..."),
    or that opens a sentence right after one describing the manner of someone's words ("Lind was blunt. "...")
    or whose subject is one person, in the same paragraph and with no quote of its own ("Lind did not sound
    impressed. "...")."""
    doc = sent.doc
    if sent.start == 0:
        return None
    verb = doc[sent.start - 1].sent.root
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if re.search(r"\n\s*\n\s*\W?$", doc.text[max(0, a - 8):a]):
        spoke = verb.lemma_.lower() in _INTRODUCING and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
    else:
        spoke = doc[sent.start].idx >= a - 1 and (verb.lemma_ == "be" and any(
            c.dep_ == "acomp" and c.lower_ in _MANNER and not list(c.children) for c in verb.children) or (
            person_subject(subject) and "\n" not in doc.text[verb.idx:a] and not any(
                t.text in OPENERS for t in doc[sent.start - 1].sent)))
    return speaker_from_token(subject, resolver, offset) if spoke else None


def _own_words(sent: Span, a: int, b: int, resolver: SpeakerResolver, offset: int) -> Speaker | None:
    """The speaker of a quote that is the predicate of a person named just before it, with no reporting verb
    ('But she and her children "could not get the essentials of life."'): that person."""
    inside = [t for t in sent if a <= t.idx < b]
    root = next((t for t in inside if not a <= t.head.idx < b or t.head.i == t.i), None)
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.idx < a), None) if root is not None else None
    if root is None or root.pos_ not in ("VERB", "AUX") or subject is None or not (
            subject.lower_ in ("he", "she") or subject.ent_type_ == "PERSON"):
        return None
    return speaker_from_token(subject, resolver, offset)


def _opinion_of(sent: Span, a: int, resolver: SpeakerResolver, offset: int) -> Speaker | None:
    """The speaker of a quote in a sentence that opens with whose view it gives ("For the analyst Ana Lind, of the
    Vell Institute, "the talks are over.""): that person."""
    opener = sent[0]
    person = next((c for c in opener.children if c.dep_ == "pobj" and person_subject(c)), None) if (
        opener.lower_ == "for") else None
    if person is None or person.right_edge.idx >= a or opener.head.i == person.i:
        return None
    return speaker_from_token(person, resolver, offset)


def _outermost(quotes: list[tuple[Quote, Speaker | None, tuple[int, int]]]):
    """Quotes in text order, without reported speech nested in other reported speech ("X said Y claimed Z":
    the outer content is the item), except in a media report ("X said Z, state media reported": both the
    report and X's speech are items)."""
    ordered = sorted(quotes, key=lambda p: (p[0].start, -p[0].end))
    out, reach = [], -1
    for item in ordered:
        q = item[0]
        if not q.direct and q.end <= reach:
            continue
        out.append(item)
        if not q.direct and not (q.verb is not None and q.verb.lemma_ == "report"):
            reach = max(reach, q.end)
    return sorted(out, key=lambda p: (p[0].start, p[0].end))


def _pronoun(verb: Token) -> str:
    """"he" or "she" where that pronoun is the subject of ``verb``, else ""."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj.lower_ if subj is not None and subj.lower_ in ("he", "she") else ""


def _bisect(starts: list[int], pos: int) -> int:
    return bisect.bisect_right(starts, pos) - 1


# ---------------------------------------------------------------------------------------------------------
# predict on articles
# ---------------------------------------------------------------------------------------------------------

_GLOB = re.compile(r"[*?\[]")


def _keep_all(name: str) -> bool:
    return True


def expand_inputs(args: list[str], report: Callable[[str], None],
                  keep: Callable[[str], bool] = _keep_all) -> list[str]:
    """Paths as given: ``-``, files, folders (recursive, hidden files skipped) and globs, in order. A missing
    path is reported only where ``keep(arg)`` (so each shard of a split run reports its own)."""
    out: list[str] = []
    for arg in args:
        p = Path(arg)
        if arg == "-" or p.is_file():
            out.append(arg)
        elif p.is_dir():
            out += [str(f) for f in sorted(p.rglob("*"))
                    if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts)]
        elif _GLOB.search(arg) and glob.glob(arg, recursive=True):
            out += [f for f in sorted(glob.glob(arg, recursive=True)) if Path(f).is_file()]
        elif keep(arg):
            report(f"{arg}: no such file, folder or matching glob")
    return out


def _stdin_text() -> str:
    data = sys.stdin.buffer.read()
    if b"\x00" in data[:8192]:
        raise DataError([Problem("-", None, None, "binary input, not text")])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise DataError([Problem("-", data[:e.start].count(b"\n") + 1, None, f"not valid UTF-8 (byte {e.start})")]) \
            from None


def _file_lines(path: str) -> Iterator[tuple[int, str | None]]:
    """``(number, line)`` of a file read one line at a time and split at line feeds only (as ``jsonl_lines``);
    ``line`` is None where it is not valid UTF-8. An unreadable or binary file raises a DataError."""
    try:
        f = open(path, "rb")
    except OSError as e:
        raise DataError([Problem(path, None, None, f"cannot read: {e.strerror}")]) from None
    with f:
        if b"\x00" in f.read(8192):
            raise DataError([Problem(path, None, None, "binary file, not text")])
        f.seek(0)
        for n, raw in enumerate(f, 1):
            raw = raw.removesuffix(b"\n").removesuffix(b"\r")
            try:
                yield n, (raw.removeprefix(codecs.BOM_UTF8) if n == 1 else raw).decode("utf-8")
            except UnicodeDecodeError:
                yield n, None


def _jsonl_articles(name: str, lines: Iterable[tuple[int, str | None]], report: Callable[[str], None],
                    keep: Callable[[str], bool]) -> Iterator[tuple[int, str, str]]:
    """``(line, id, text)`` of each kept JSONL line; bad lines (named ``file:line``, their default id) are
    reported where kept, and skipped. No line at all is a DataError (empty file)."""
    empty = True
    for n, line in lines:
        if line is not None and not line.strip():
            continue
        empty = False
        rec, message = (None, "not valid UTF-8") if line is None else parse_json_line(line)
        if message is None and not isinstance(rec.get("text"), str):
            message = "text: each line needs a string `text` (and an `id`)"
        if message:
            if keep(f"{name}:{n}"):
                report(f"{name}:{n}: {message}")
            continue
        article_id = str(rec.get("id", f"{name}:{n}"))
        if keep(article_id):
            yield n, article_id, rec["text"]
    if empty:
        raise DataError([Problem(name, None, None, "empty file: no text")])


def _input_articles(path: str, report: Callable[[str], None],
                    keep: Callable[[str], bool]) -> Iterator[tuple[int, str, str]]:
    """``(line, name, text)`` of the kept articles of one input (HTML as it is); a JSONL file is read one line
    at a time. An unreadable input raises a DataError."""
    if path.endswith(".jsonl"):
        yield from _jsonl_articles(path, _file_lines(path), report, keep)
        return
    text = _stdin_text() if path == "-" else read_text(path)
    if not text.strip():
        raise DataError([Problem(path, None, None, "empty file: no text")])
    if path == "-" and _looks_jsonl(text):
        yield from _jsonl_articles(path, enumerate(jsonl_lines(text), 1), report, keep)
    elif keep(path):
        yield 0, path, text


def _looks_jsonl(text: str) -> bool:
    lines = [ln for ln in jsonl_lines(text) if ln.strip()]
    return bool(lines) and all(ln.lstrip().startswith("{") and ln.rstrip().endswith("}") for ln in lines)


_BLOCK_TAGS = frozenset("""address article aside blockquote body dd div dl dt figcaption figure footer form h1 h2 h3
h4 h5 h6 header hr li main nav ol p pre section table td th title tr ul""".split())
_SKIP_TAGS = frozenset("script style noscript template svg".split())
_HTML_START = re.compile(r"\s*(?:<!doctype\s+html|<html)", re.IGNORECASE)


class _HTMLText(HTMLParser):
    """Visible text of an HTML page: one paragraph per block element, ``<br>`` as a line break, whitespace
    collapsed, script and style left out."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag == "br":
            self._parts.append("\n")
        elif tag in _BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self._flush()

    def handle_data(self, data):
        if not self._skip:
            self._parts.append(re.sub(r"\s+", " ", data))  # source line breaks are spaces; <br> breaks lines

    def _flush(self):
        lines = (" ".join(line.split()) for line in "".join(self._parts).split("\n"))
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            self.paragraphs.append(paragraph)
        self._parts = []


def is_html(name: str, text: str) -> bool:
    """An ``.html``/``.htm`` file, or text that starts with ``<html`` or ``<!DOCTYPE html``."""
    return name.lower().endswith((".html", ".htm")) or bool(_HTML_START.match(text[:1000]))


def html_to_text(html: str, name: str = "-") -> str:
    """The text of an HTML page (stdlib ``html.parser``), paragraphs separated by blank lines. Article mode
    runs on this text, so the ``start``/``end`` of quotes from HTML input are offsets into it."""
    parser = _HTMLText()
    try:
        parser.feed(html)
        parser.close()
    except Exception as e:  # html.parser is lenient, but a few malformed declarations raise AssertionError
        raise DataError([Problem(name, None, None, f"cannot extract text from HTML ({e})")]) from None
    parser._flush()
    return "\n\n".join(parser.paragraphs)


def iter_articles(paths: list[str], report: Callable[[str], None],
                  keep: Callable[[str], bool] = _keep_all) -> Iterator[tuple[tuple[int, int], str, str]]:
    """``(position, name, text)`` per article: a text file is one article; JSONL files (``.jsonl``, or stdin
    that is all JSON lines) give one per line. ``position`` is ``(index in paths, JSONL line or 0)``, which
    orders articles as given; JSONL files are read one line at a time. Unreadable inputs are reported as
    ``file: message`` (a bad JSONL line as ``file:line: message``) and skipped. HTML (``.html``
    files, or text starting with ``<html``) is reduced to its text (``html_to_text``), and offsets refer to
    that text; a note on stderr says so.

    ``keep(name)`` selects articles (one shard of a split run): a text file that is not kept is not read, and
    a problem is reported only by the shard that keeps its name (the file, or ``file:line`` of a bad line)."""
    noted = False
    for k, path in enumerate(paths):
        if not (path.endswith(".jsonl") or path == "-" or keep(path)):
            continue
        try:
            for line, name, article in _input_articles(path, report, keep):
                if is_html(path if line == 0 else "", article):
                    try:
                        article = html_to_text(article, name)
                    except DataError as e:
                        report(str(e))
                        continue
                    if not noted:
                        noted = True
                        print(f"note: {name}: HTML input; quotes are found in its extracted text (html.parser) "
                              f"and start/end are offsets into that text", file=sys.stderr)
                yield (k, line), name, article
        except DataError as e:  # the whole input is unreadable
            for p in e.problems if keep(path) else ():
                report(f"{p.file}: {p.message}" + (f" (line {p.line})" if p.line else ""))
