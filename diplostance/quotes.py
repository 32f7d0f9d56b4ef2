"""Quote spans in news text: direct quotes between quote marks, and reported speech from a spaCy parse.

Offsets are character offsets into the text exactly as given. Conventions follow data/GUIDELINES.md:
a direct quote is the words between the marks (``direct=True``); reported speech is the reported content
only, without the speaker and the reporting verb (``direct=False``). Odd or unbalanced marks never raise.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Iterator

from spacy.tokens import Span, Token

OPENERS = "\u201c\u201e\u00ab"       # “ „ «
CLOSERS = "\u201d\u00bb"             # ” »
STRAIGHT = '"'
_MARKS = re.compile(f"[{OPENERS}{CLOSERS}{STRAIGHT}]")
_PARA_BREAK = re.compile(r"\n[ \t]*\n\s*|\n\s*")
_OPEN_BEFORE = set("([{\u2014\u2013-/:") | set(OPENERS) | set(STRAIGHT)
_CLOSE_AFTER = set(".,;:!?)]}\u2014\u2013-'\u2019") | set(CLOSERS) | set(STRAIGHT)

#: Lemmas of verbs (and verb particles) that report speech or a position.
REPORTING_LEMMAS = frozenset("""
say tell warn insist add state declare announce urge stress note argue claim accuse deny vow threaten pledge
assert emphasize emphasise reject condemn promise demand affirm reaffirm report suggest indicate confirm
acknowledge allege explain reveal predict believe think estimate conclude write tweet reiterate caution contend
counter respond reply admit recall agree complain maintain observe remark call ask propose recommend advise
mention describe dismiss blame criticize criticise question forecast determine clarify underline
underscore highlight comment lament concede charge inform assure signal hint proclaim boast testify disclose
post fear hope expect label term brand characterize characterise dub refer continue read
opine concur disagree praise laud hail slam decry quip joke retort echo rule credit denounce thank apologise repeat
brief
apologize advocate point encourage invite appeal find
imply scoff sneer snap shout yell exclaim muse recount chide rebuke scold fume whisper mutter worry begin
""".split())
#: Verbs that report a quote only with no object: '"...," he continued', '"Let me be clear," she began'.
_GOING_ON = frozenset("continue begin".split())
#: Verbs that also introduce an object as reported content (he announced a ceasefire, she urged an end to the fight).
OBJECT_LEMMAS = frozenset("""announce demand recommend condemn denounce claim report accuse blame reaffirm
reiterate threaten urge""".split())
#: Verbs of ``as reported by X``, ``as quoted in X``: where words were published.
_PUBLISHED = frozenset("report quote cite carry publish broadcast say tell".split())
#: Objects that make an object-reporting verb report a deed or a possession ("claimed responsibility for the attack",
#: "claimed 500 lives", "claimed victory", "claims sovereignty over the islands").
_DEED_OBJECTS = frozenset("responsibility credit life victory sovereignty ownership".split())
#: Verbs that report a clause, for the fallback when the parse gives the clause no link to the verb.
_CLAUSE_LEMMAS = frozenset("""say tell add state claim argue warn insist note report announce suggest predict believe
think allege confirm acknowledge explain reveal estimate conclude indicate stress emphasize emphasise assert
contend maintain admit reiterate caution find""".split())
#: Verbs whose content is an object and an infinitive ("urged Germany to restrict flights").
_DIRECTIVE = frozenset("urge tell call encourage advise warn invite appeal ask".split())
#: Verbs whose content is an action the speaker commits to, proposes or claims ("threatened to close the base",
#: "advocated moving the capital", "claimed to have shot down 30 drones").
_COMMISSIVE = frozenset("threaten vow pledge promise propose advocate claim".split())
#: Verbs that report an appeal "for" something.
_APPEALS = frozenset("call ask appeal advocate".split())
#: Verbs that only count when they introduce a short characterisation ("called it a 'done deal'").
_CHARACTERISING = frozenset("call describe label term brand characterize characterise dub refer".split())
#: Verbs that characterise a thing "as" something ("described the plan as a disaster", "dismissed the report as
#: baseless").
_AS_LEMMAS = _CHARACTERISING | {"dismiss"}
#: Subordinating words that make a clause a circumstance of another, not its attribution ("..., while X called
#: for talks": X did not say the first clause).
_CIRCUMSTANCE_MARKS = frozenset("while whereas although though because since if unless after before when until".split())
_NEW_CLAUSE = _CIRCUMSTANCE_MARKS | {"but"}     # words that open a clause of its own after a quote
#: Subjects of a naming verb that make it talk about words, not report them ("the word "pandemic" refers to").
_NAMING_NOUNS = frozenset("word term name phrase concept expression label".split())
#: Nouns of an occasion or audience of speaking ("said in a speech that ...", "told a gathering of clerics that").
_SPEECH_NOUNS = frozenset("statement address speech interview letter post message briefing conference remarks "
                          "broadcast tweet video gathering meeting crowd audience rally summit session".split())
_COGNITIVE = frozenset("believe think fear worry hope expect find determine".split())
#: Clause verbs whose subject is often evidence, not a speaker ("the figures indicate that ...").
_EVIDENTIAL = frozenset("indicate suggest reveal estimate conclude predict find".split())
#: Who may "find" a clause as a report does: a record, an inquiry or a court ("the court found that"); not a person, nor
#: a poll, whose findings are measurements.
_FINDERS = frozenset("""report study research investigation inquiry probe review analysis assessment audit
court tribunal judge panel ruling commission""".split())
_PERSONAL = frozenset("i we you me us".split())


def _personal(tok: Token) -> bool:
    """A first- or second-person pronoun ("we said"), not the "US" that names a state."""
    return tok.lower_ in _PERSONAL and tok.text != "US"


#: Verbs of speaking that report no words of their own ("criticised the decision", "spoke to reporters").
_SPEECH_ACTS = frozenset("criticize criticise praise slam blast welcome hail thank defend applaud speak".split())
_MARK_TOKENS = frozenset([STRAIGHT, *OPENERS, *CLOSERS, "'", "\u2019"])
_MARK_CHARS = CLOSERS + STRAIGHT + "'\u2019"
_SHORT_WORDS = 3
_LEAD_WORDS = 6                 # reported words before a direct quote that make it the quote's lead-in only
_LONG_LEAD_WORDS = 10           # more reported words than this before a direct quote are an item of their own
_CLAUSE_LINKS = frozenset("because but although though while saying including adding".split())
_CLAUSE_PUNCT = ",:;—–"
_NEAR_WORDS = 6
_COMMA_NEAR_WORDS = 12            # a quote closed by a comma: its attribution follows it


@dataclass
class Quote:
    """A quote span; ``verb`` is the reporting verb token when one is known (set from the parse)."""

    start: int
    end: int
    direct: bool
    verb: Token | None = None
    cue: str = ""
    about: tuple[int, int] | None = None    # what the verb characterises ("called [Vell's remarks] ..."), offsets
    reach: int | None = None                # reported content: its end before the direct quote it ran into was cut

    def set_cue(self, verb: Token, offset: int = 0) -> None:
        """Record ``verb`` (with a following ``to``/``for``/``on``/``out`` particle) as the cue, and what it
        characterises (at ``offset`` plus its doc offsets)."""
        self.verb = verb
        last = verb
        for child in verb.children:
            if child.i == last.i + 1 and child.dep_ in ("prt", "prep") and child.lower_ in ("to", "for", "on", "out"):
                last = child
        self.cue = verb.doc[verb.i:last.i + 1].text
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb.lemma_.lower() in _AS_LEMMAS else None
        if obj is not None:
            self.about = (offset + obj.left_edge.idx, offset + obj.right_edge.idx + len(obj.right_edge))


def _role(text: str, i: int) -> str:
    """``open``, ``close`` or ``either`` for the quote mark at ``i``, from its neighbours."""
    ch = text[i]
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    can_open = not after.isspace() and (before.isspace() or before in _OPEN_BEFORE)
    can_close = not before.isspace() and (after.isspace() or after in _CLOSE_AFTER)
    if ch in OPENERS:
        return "close" if can_close and not can_open else "open"
    if ch in CLOSERS:
        return "open" if can_open and not can_close else "close"
    if can_open != can_close:
        return "open" if can_open else "close"
    return "either"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


#: Unnamed sources a narrator cites right after a quote that lost its closing mark ("... only . Experts said ...").
_UNNAMED_SOURCES = "experts|officials|analysts|diplomats|observers|sources|witnesses|residents|authorities|police"
_SPEAKER_SAID = rf"(?:(?!I\b)[A-Z][\w'\u2019.-]*|[Hh]e|[Ss]he|[Tt]hey|{_UNNAMED_SOURCES})\s+(?:said|says|told|added)\b"
_ATTRIBUTION = re.compile(rf"(?<=[.?!])\s+(?=[A-Z])(?=[^.?!]*\b{_SPEAKER_SAID})|,(?=\s+{_SPEAKER_SAID})")


def _unclosed_end(text: str, start: int, end: int) -> int:
    """Where a quote that lost its closing mark ends: before the first attribution in the third person
    ("..., Sisci said" or a later sentence "... safety. Exantus said ...", "... only . While talks stall, experts
    said ..."), else at ``end``."""
    m = _ATTRIBUTION.search(text, start, end)
    return m.start() if m else end


_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[{\u2014\u2013/:-]))['\u2018](?=[^\W\d_])")
_SINGLE_CLOSE = re.compile(r"(?<=\S)['\u2019](?=$|[\s.,;:!?)\]\u2014\u2013\"\u201d-])")     # also before an outer mark
#: "the leaders' talks" (a possessive), but not "all consequences' if" (a quote closing before a word no
#: possessive takes: a conjunction, preposition, article or auxiliary).
_PLURAL_POSSESSIVE = re.compile(r"(?<=s)['\u2019] (?!(?:if|and|or|but|nor|so|to|in|on|at|for|with|as|when|while|because|"
                                r"that|than|after|before|unless|until|from|by|of|the|a|an|is|are|was|were|will|would|"
                                r"said|says)\b)[a-z]")


def primary_single_quotes(text: str) -> str:
    """``text`` with single quote marks made double where they are its primary quote marks (British style:
    'We will not,' she said), same length; apostrophes ("don't", "the leaders' talks") are left alone. In a text
    with double marks too, single marks are primary only where more single-quoted passages than double-quoted ones
    have an attribution beside them ('..., she said', said: '...'); the double marks inside them become single
    (they are nested), the others stay (a partial quote: called it "absurd"). Otherwise single marks are nested
    quotes or apostrophes."""
    doubles = direct_spans(text) if any(ch in text for ch in OPENERS + CLOSERS + STRAIGHT) else []
    inside = [(a - 1, b + 1) for a, b in doubles]
    opens = {m.start() for m in _SINGLE_OPEN.finditer(text)}
    closes = {m.start() for m in _SINGLE_CLOSE.finditer(text)} - {
        m.start() for m in _PLURAL_POSSESSIVE.finditer(text)}
    if inside:
        opens, closes = ({k for k in marks if not any(a <= k < b for a, b in inside)} for marks in (opens, closes))
    breaks = {m.start(): m.end() for m in _PARA_BREAK.finditer(text) if "\n\n" in m.group()}
    pairs, start, going_on = [], None, []
    for k in sorted(opens | closes | set(breaks)):
        if k in breaks:                 # an open quote goes on into the next paragraph only if that one opens
            if start is not None and breaks[k] in opens:
                going_on.append(start)
            start = None
        elif start is None and k in opens:
            start = k
        elif start is not None and k in closes:
            pairs.append((start, k))
            start = None
    if inside and sum(_attributed(text, a, b) for a, b in pairs) <= sum(
            _attributed(text, a - 1, b) for a, b in doubles):
        return text
    out = list(text)
    for a, b in pairs:
        out[a] = out[b] = '"'
        for x, y in inside:
            if a < x and y <= b + 1:    # a double-quoted passage nested in the single-quoted one
                out[x] = "'" if text[x] == '"' else "\u2018"
                out[y - 1] = "'" if text[y - 1] == '"' else "\u2019"
    for a in going_on:
        out[a] = '"'
    return "".join(out)


#: An attribution right after a quote's closing mark (", she said", ", Lind told") or right before its opening one
#: ("said: ", "added, ").
_SAID_AFTER = re.compile(r"[,.?!]?\s*[,\u2014-]?\s*(?:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}|"
                         r"[Hh]e|[Ss]he|[Tt]hey)\s+(?:said|says|added|adds|told|tells|warned|insisted|wrote|writes)\b")
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|adds|told\s+\w+|tells\s+\w+|warned|wrote|writes)\s*[,:]\s*$")


def _attributed(text: str, open_mark: int, close_mark: int) -> bool:
    """The quote between the marks at ``open_mark`` and ``close_mark`` has an attribution beside it."""
    return bool(_SAID_AFTER.match(text, close_mark + 1) or _SAID_BEFORE.search(text, max(0, open_mark - 30),
                                                                               open_mark))


#: A reporting verb right before a nested quote ("They said, 'Come out.'"); group 1 is the verb.
_NESTED_CUE = re.compile(r"\b(said|says|say|told|tell|tells|asked|asks|added|adds|wrote|writes|replied|shouted|"
                         r"yelled)(?: (?:me|us|him|her|them|you))?(?: that)?[,:]?\s*$")


def nested_quotes(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """Quotes in single marks inside the quote ``start:end`` that a reporting verb inside it introduces ("They
    said, 'Come out.'"), as (start, end, where the verb starts); a nested scare quote ('calls him a 'friend'') is
    not one."""
    opens = [m.start() for m in _SINGLE_OPEN.finditer(text, start, end)]
    closes = {m.start() for m in _SINGLE_CLOSE.finditer(text, start, end + 1)} - {
        m.start() for m in _PLURAL_POSSESSIVE.finditer(text, start, end + 1)}
    out, taken = [], start
    for k in opens:
        close = min((c for c in closes if c > k + 1), default=None)
        cue = _NESTED_CUE.search(text, max(taken, k - 40), k)
        if close is None or k < taken or cue is None:
            continue
        out.append((k + 1, close, cue.start(1)))
        taken = close + 1
    return out


def direct_spans(text: str) -> list[tuple[int, int]]:
    """Spans between quote marks, marks excluded, in text order.

    Curly and straight marks are paired by position (a mark after a space opens, one before a space or
    punctuation closes). A quote left open at a paragraph end continues when the next paragraph opens with
    a quote mark (the convention for multi-paragraph quotes), or when a line break (not a blank line) is
    followed by a closing mark; otherwise it ends with its paragraph. A new opening mark inside an open quote
    closes the open one just before it. A quote closed only that way (or by its paragraph's end) stops before a
    later sentence with a third-person attribution. Single quotes (apostrophes, nested quotes) are left alone.
    """
    events = [(m.start(), m.start(), _role(text, m.start()), False) for m in _MARKS.finditer(text)]
    events += [(m.start(), m.end(), "para", "\n\n" not in re.sub(r"[ \t]", "", m.group()))
               for m in _PARA_BREAK.finditer(text)]
    events.sort()
    next_mark, next_para = [len(events)] * len(events), [len(text)] * len(events)
    for k in range(len(events) - 2, -1, -1):           # the next mark and the next break after each event
        nxt = events[k + 1]
        next_mark[k] = k + 1 if nxt[2] != "para" else next_mark[k + 1]
        next_para[k] = nxt[0] if nxt[2] == "para" else next_para[k + 1]
    spans: list[tuple[int, int]] = []
    start: int | None = None
    skip = -1
    for k, (pos, end, role, single) in enumerate(events):
        if k == skip:
            continue
        if role == "para":
            if start is None:
                continue
            m = next_mark[k]
            if m < len(events) and events[m][0] == end and events[m][2] in ("open", "either"):
                skip = m                                  # continuation mark of a multi-paragraph quote
                continue
            if single and m < len(events) and events[m][2] == "close" and events[m][0] < next_para[k]:
                continue                                  # a line-wrapped quote closes on a later line
            spans.append((start, _unclosed_end(text, start, pos)))
            start = None
        elif start is None:
            if role != "close":
                start = pos + 1
        else:
            spans.append((start, _unclosed_end(text, start, pos) if role == "open" else pos))
            start = pos + 1 if role == "open" else None
    if start is not None:
        spans.append((start, _unclosed_end(text, start, len(text))))
    out = []
    for a, b in spans:
        a, b = _trim(text, a, b)
        if b > a and any(c.isalnum() for c in text[a:b]):
            out.append((a, b))
    return out


#: A characterisation right before a quote ("referred to the vote as "...", "called it "..."").
_CHARACTERISED = re.compile(r"\b(?:(?:refer(?:s|red|ring)? to|describ(?:e|es|ed|ing)|label(?:s|l?ed|l?ing)?|"
                            r"brand(?:s|ed|ing)?|characteri[sz](?:e|es|ed|ing)|dismiss(?:es|ed|ing)?) [^.;:!?]{1,60} "
                            r"as|call(?:s|ed|ing)? (?:it|them|him|her|this|that))(?: an?| the)?$")


def is_title(quote: str, before: str = "") -> bool:
    """A quoted name or title: two or more longer words, all capitalised ("Meet the Press", "Operation Peace
    Spring"), unless ``before`` (the text up to the quote) characterises something with it ("referred to the
    vote as "The Big Hoax""). One capitalised word ("Certainly not,") may just open a sentence."""
    if quote.rstrip().endswith((".", "!", "?")) or _CHARACTERISED.search(before.rstrip(OPENERS + STRAIGHT + " ")):
        return False
    long_words = [w for w in re.findall(r"[A-Za-z][\w'\u2019-]*", quote) if len(w) > 3]
    return len(long_words) > 1 and all(w[0].isupper() for w in long_words)


_NAMED = re.compile(r"\b(?:call(?:ed|ing) (?:itself|themselves|himself|herself)|called|named|dubbed|titled|entitled|"
                    r"known as|captioned|(?:banner|placard|sign|poster|billboard|graffiti|shirt)s?"
                    r"[^.;:!?\"\u201c]{0,30}?(?:reading|that read|which read|saying)|translat(?:es|ed|ing) (?:as|to)|"
                    r"identifi(?:ed|es) [^.;:!?\"\u201c]{1,30} as|"
                    r"the (?:word|term|phrase|slogan|hashtag)|(?:book|novel|anthology|film|movie|documentary|album|"
                    r"song|poem|memoir)(?: by [^,.;\"\u201c]{1,40})?,?)\s*$", re.IGNORECASE)


def is_named(text: str, start: int) -> bool:
    """The quote at ``start`` of ``text`` follows a naming phrase ("a cell calling itself "...", "a concept called
    "...", "the slogan "...", "the book by Ana Lind, "...", "placards reading "...""): a name or a slogan, not words
    anyone is reported saying, when no reporting verb claims it."""
    return _NAMED.search(text[max(0, start - 40):start].rstrip(OPENERS + STRAIGHT + "'\u2018")) is not None


def is_short(text: str, start: int, end: int) -> bool:
    """The quote ``start:end`` of ``text`` has a few words only and is not a sentence of its own (a scare quote:
    'called it "a farce"'; not '... he said. "Let them come."')."""
    if len(text[start:end].split()) > _SHORT_WORDS:
        return False
    before = text[:start].rstrip(" " + OPENERS + STRAIGHT + "'\u2018")
    alone = not before or before.endswith(("\n", ".", "!", "?", *CLOSERS, STRAIGHT))
    return not (alone and text[start:start + 1].isupper() and text[start:end].rstrip().endswith((".", "!", "?")))


#: Verbs that report a retort only with their particle ("hit back", "fired back", "lashed out").
_HIT_BACK = frozenset("hit fire shoot strike lash".split())


_REFLEXIVE = frozenset("itself themselves himself herself".split())      # "a cell calling itself "...""
_SIGNS = frozenset("banner placard sign poster billboard graffiti shirt t-shirt".split())


#: Attitudes a speaker expresses about something said after them ("expressed concern that ...").
_ATTITUDES = frozenset("hope concern fear confidence doubt optimism regret frustration belief worry alarm".split())


def _stated_attitude(verb: Token) -> tuple[int, int] | None:
    """What an expressed attitude is about ("expressed concern [that X]", "expressed hope [that X]"; not "expressed
    concern about X": the gold leaves most such phrases out), as a token range, or None."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _ATTITUDES), None)
    if obj is None:
        return None
    for c in obj.children:
        if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX") and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            return c.left_edge.i, c.right_edge.i
    return None


def _is_reporting(tok: Token) -> bool:
    """A reporting verb (``point`` only as "point out", "hit back", ``continue`` only with no object) or ``according
    to``; not a verb that names ("a concept called "game"", "the word "X" refers to", "a cell calling itself "X"",
    "the reason to call it X"), which quotes a name, not speech."""
    if tok.lemma_.lower() in _CHARACTERISING and (
            tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ == "NOUN" and not any(
                c.dep_ == "agent" for c in tok.children)       # "a concept called", not "described by X as"
            or tok.dep_ == "acl" and any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVE for c in tok.children)
            or any(c.dep_.startswith("nsubj") and c.lemma_.lower() in _NAMING_NOUNS for c in tok.children)
            or tok.dep_ in ("acl", "relcl") and tok.tag_ == "VB" and any(      # "the reason to call it X": a
                c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)):  # name, not anyone's words
        return False
    if tok.lemma_.lower() == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
        return False                                                    # "pointed out", not "pointed to"
    if tok.lemma_.lower() in _GOING_ON and any(c.dep_ in ("dobj", "xcomp", "ccomp") and c.i > tok.i
                                               for c in tok.children):
        return False                                                    # '"...," he continued', not "continue its work"
    if tok.lemma_.lower() == "begin" and not all(c.dep_ == "punct" or c.dep_ == "nsubj" and c.pos_ in ("PRON", "PROPN")
                                                 or c.dep_ == "ccomp" and c.i < tok.i for c in tok.children):
        return False                                                    # '"...," Hale began', not "the talks began Tuesday"
    if tok.lemma_.lower() == "find":
        return any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children) and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _FINDERS for v in _governors(tok) for c in v.children)
    if tok.lemma_.lower() in _HIT_BACK:
        return any(c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "out") for c in tok.children)   # "hit back"
    if tok.lemma_.lower() == "express":         # "expressed hope that ..."
        return _stated_attitude(tok) is not None
    if tok.lemma_.lower() in _DECLINES:         # 'declined comment "due to pending litigation"'
        return any(c.dep_ in ("dobj", "xcomp") and c.lemma_.lower() == "comment" for c in tok.children)
    if tok.lemma_.lower() == "make":            # "made clear that ..."
        return any(c.lower_ == "clear" and c.dep_ in ("ccomp", "acomp", "oprd", "xcomp", "dobj") for c in tok.children)
    # not "a banner saying" (a slogan), not "according to plan" (a manner)
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in REPORTING_LEMMAS and not _on_sign(tok) or (
        tok.lower_ == "according" and any(c.lower_ == "to" and not _of_manner(c) for c in tok.children))


def _on_sign(verb: Token) -> bool:
    """``verb`` follows a sign it is written on, within a few words ("a banner from the campaign saying", "placards
    asking", "signs which read"), which the parse seldom attaches it to."""
    for t in reversed(verb.doc[max(verb.sent.start, verb.i - 5):verb.i]):
        if t.is_punct or t.pos_ in ("VERB", "AUX"):
            return False
        if t.lemma_.lower() in _SIGNS:
            return True
    return False


def _inside(i: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= i < b for a, b in spans)


def _governors(verb: Token, depth: int = 3) -> list[Token]:
    """``verb`` and the verbs it hangs off as a conjunct, adverbial clause or complement ("X praised Y, described Z
    and announced ...", "quoted X as saying"), nearest first."""
    out = [verb]
    while len(out) <= depth and (out[-1].dep_ in ("conj", "advcl", "xcomp", "pcomp", "acl") or (
            out[-1].dep_ == "dobj" and len(out) > 1 and out[-2].dep_ == "acl" and out[-2].tag_ == "VB")):
        #                                                           "welcomed the decision to recognise it, saying"
        head = out[-1].head         # "quoted Kim as saying", "by saying": past the preposition
        out.append(head.head if out[-1].dep_ == "pcomp" and head.dep_ == "prep" else head)
    return out


def stray_subject(verb: Token) -> Token | None:
    """A person's name, or a noun right after a closing quote mark, right before a verb that has no subject,
    which the parse hung on an earlier phrase ("Speaking in Vell, the rights chief, Ana Lind, said", with the name
    apposed to "Vell"; '"...," an official, speaking on condition of anonymity, told', with the official apposed
    to a word of the quote; "Asked about it, an official said", with the official asked; "a day after the envoy,
    Ana Lind, told", with the name a modifier of the clause before), or the description set
    beside such a name; a participle set off by commas may come between."""
    if any(c.dep_.startswith("nsubj") for c in verb.children):
        return None
    doc = verb.doc
    aside = _aside_before(verb)
    end = verb.i if aside is None else aside
    before = next((t for t in reversed(doc[verb.sent.start:end]) if not t.is_punct), None)
    if before is None or end - before.i > 2:
        return None
    first = next(t for t in before.subtree if not t.is_punct)
    mark = doc[first.i - 1] if first.i > 1 and doc[first.i - 1].text in _MARK_TOKENS else None
    closing = mark is not None and doc[mark.i - 1].text in (",", ".", "?", "!")      # ',"' ends a quote
    after_quote = before.pos_ == "NOUN" and closing and before.head.i < mark.i
    fronted = before.dep_ == "dobj" and before.head.dep_ == "advcl" and before.head.head == verb and doc[
        before.left_edge.i - 1].text == ","         # "Asked about the threat, an official said": not the one asked
    described = next((a.head for a in [before, *before.ancestors] if a.dep_ == "appos" and a.pos_ == "NOUN"
                      and a.head.dep_ in ("appos", "conj") and a.head.ent_type_ == "PERSON"
                      and a.right_edge.i == before.i), None)
    if described is not None:       # "..., Kim Yo Jong, the sister of leader Kim Jong Un, said": her description
        return described            # ends right before the verb
    relative = next((a.head for a in [before, *before.ancestors] if a.dep_ == "relcl" and a.right_edge.i == before.i
                     and a.head.ent_type_ == "PERSON" and doc[a.head.i + 1].text == ","), None)
    if relative is not None:        # "..., Mark Lind, who worked with her for decades, argued": the parse hung the
        return relative             # name on the clause before it
    beside = [a for c in verb.children if c.dep_ == "prep" and c.i == verb.sent.start for g in c.subtree
              if g.dep_ == "pobj" and g.right_edge.i >= before.i for a in g.children if a.dep_ == "appos"
              and (a.pos_ == "NOUN" or a.ent_type_ == "PERSON") and doc[a.left_edge.i - 1].text == ","]
    placed = next((a for a in beside if a.ent_type_ == "PERSON"), None) or max(beside, key=lambda a: a.i, default=None)
    if placed is not None:          # "In Vell, an official who was not named said": the parse set the official
        return placed               # beside the place (a name, else the last phrase: "In Vell, a port town, the
    #                                 mayor said"; "In a post on X, Ana Lind, a lawyer, wrote": Lind)
    dated = before.dep_ == "pobj" and before.ent_type_ == "PERSON" and before.head.i == verb.sent.start and any(
        c.dep_ == "compound" and c.ent_type_ == "DATE" for c in before.children)   # "On Friday Lind said": the
    set_off = before.dep_ == "npadvmod" and before.ent_type_ == "PERSON" and doc[before.left_edge.i - 1].text == ","
    return before if after_quote or fronted or dated or set_off or (             # parse made the name the day's;
        before.dep_ == "appos" and before.ent_type_ == "PERSON") else None     # "..., the envoy, Ana Lind, told"


def _aside_before(verb: Token) -> int | None:
    """Where a participle phrase set off by commas right before ``verb`` opens (its comma), if there is one
    ("..., speaking on condition of anonymity, told")."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    opening = next((k for k in range(verb.i - 2, verb.sent.start - 1, -1) if doc[k].text == ","), None)
    return opening if opening is not None and doc[opening + 1].tag_ in ("VBG", "VBN") else None


def word_start(tok: Token) -> Token:
    """The first piece of the hyphenated word ``tok`` is a piece of ("vice" of "vice-president"), or ``tok``."""
    doc, k = tok.doc, tok.i
    while k > 0 and not doc[k - 1].whitespace_ and "-" in (doc[k - 1].text, doc[k].text):
        k -= 1
    return doc[k]


def word_end(tok: Token) -> Token:
    """The last piece of the hyphenated word ``tok`` is a piece of ("president" of "vice-president"), or ``tok``."""
    doc, k = tok.doc, tok.i
    while k + 1 < len(doc) and not doc[k].whitespace_ and "-" in (doc[k].text, doc[k + 1].text):
        k += 1
    return doc[k]


def inverted_subject(verb: Token) -> Token | None:
    """Who speaks in ``"...," said X`` order (a finite verb right after the closing mark), where the parser often
    gives X another role: the last word of the first person named after the verb (before any comma), else of a
    name set off by a comma at the end of the attribution, else the verb's first noun to the right."""
    doc = verb.doc
    before = doc[max(0, verb.i - 2):verb.i].text.replace(" ", "").rstrip(",")      # also ``"...", said X``
    bare = verb.tag_ == "VBN" and doc[verb.i - 1].text in CLOSERS + STRAIGHT   # ``"..." tweeted X``, read as a modifier
    if verb.tag_ not in ("VBD", "VBZ", "VBP") and not bare or not before or before[-1] not in _MARK_CHARS or any(
            c.dep_ == "nsubj" and c.i < verb.i and not quoted_before(c, verb) for c in verb.children):
        return None
    words = []
    for t in doc[verb.i + 1:min(len(doc), verb.i + 13)]:
        if t.is_punct and t.text != "-" or t.pos_ in ("VERB", "AUX", "ADP") and t.lower_ != "of":
            break
        words.append(t)
    people = [t for t in words if t.ent_type_ == "PERSON" and not _named_in_phrase(t)
              and not (t.dep_ == "compound" and t.head.pos_ == "NOUN")]    # not "a Labour backbencher"
    owners = [t for t in people if t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "POS"]
    if owners and people[-1].i > owners[-1].i + 1:
        people = [t for t in people if t.i > owners[-1].i + 1]          # "said Lind's colleague Karl Brun": Brun
    if people:
        end = people[0]
        while end.i + 1 < len(doc) and doc[end.i + 1].ent_type_ == "PERSON":
            end = doc[end.i + 1]
        later = [t for t in people if t.i > end.i + 1]      # "said Vellian EPP MEP Ana Lind", with "Vellian" taken
        return later[-1] if later and end.i == people[0].i else end     # for a person of its own: Lind
    if bare:
        return None
    noun = next((c for c in verb.rights if c.pos_ in ("NOUN", "PROPN") and c in words), None)
    return _name_after_comma(verb) or (word_end(noun) if noun is not None else None)


def _name_after_comma(verb: Token) -> Token | None:
    """The last token of the name that ends an inverted attribution after a comma ('," said Vell University, Harbour
    Campus's chancellor, Ana Lind.'): a person entity, or proper nouns the recogniser left untagged."""
    doc, found = verb.doc, None
    for t in doc[verb.i + 1:min(len(doc), verb.i + 16)]:
        if t.pos_ in ("VERB", "AUX") or t.text in ".;!?":
            break
        if doc[t.i - 1].text == "," and (t.ent_iob_ == "B" and t.ent_type_ == "PERSON" or (
                t.pos_ == "PROPN" and not t.ent_type_)):
            end = t
            while end.i + 1 < len(doc) and (doc[end.i + 1].ent_iob_ == "I" if t.ent_type_ else (
                    doc[end.i + 1].pos_ == "PROPN" and not doc[end.i + 1].ent_type_)):
                end = doc[end.i + 1]
            if end.i + 1 == len(doc) or doc[end.i + 1].text in ",.":
                found = end
    return found


def _named_in_phrase(tok: Token) -> bool:
    """``tok`` is part of a name inside another noun's phrase ("a resident of the town of Dunmar"), not a
    speaker in its own right."""
    root = tok
    while root.dep_ in ("compound", "flat") and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.head.pos_ == "NOUN"


def quoted_before(tok: Token, verb: Token) -> bool:
    """``tok`` is inside the quote that closes right before ``verb`` (``"Not ours", said X``, where the parser
    takes "ours" for the subject): a quote mark is left open between them."""
    marks = [t.text for t in tok.doc[tok.i + 1:verb.i] if t.text in _MARK_TOKENS]
    return marks.count(STRAIGHT) % 2 == 1 or sum(m in CLOSERS for m in marks) > sum(m in OPENERS for m in marks)


def _has_speaker(verb: Token, quotes: list[tuple[int, int]]) -> bool:
    """The verb (or the verb it hangs off) has a third-person subject or agent outside the quotes, or is
    ``according to X``, or follows a quote with its speaker after it (``"...," said X``)."""
    if verb.lower_ == "according" or inverted_subject(verb) is not None or stray_subject(verb) is not None or (
            quoted_name(verb) is not None):
        return True
    for v in _governors(verb):
        subjects = [c for c in v.children if c.dep_ == "nsubj" and not _personal(c) or c.dep_ == "agent" or (
            c.dep_ == "nsubjpass" and v.lemma_ in ("quote", "cite"))]          # "X was quoted as saying"
        if subjects:                    # the parse may give the verb a subject inside the quote as well, or hang
            return any(not _inside(c.idx, quotes) or any(  # the name after the quote on such a subject
                a.dep_ == "appos" and a.i < v.i and not _inside(a.idx, quotes) for a in c.children) for c in subjects)
        if v.dep_ in ("acl", "relcl") and v.head.pos_ in ("NOUN", "PROPN") and v is verb:
            return not _inside(v.head.idx, quotes)
    return False


def quoted_name(verb: Token) -> Token | None:
    """The person in "quoted X as saying" (``verb``: "saying") where the parse took "quoted" for a modifier of the
    name and hung "as saying" on it; None otherwise."""
    name = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "as" else None
    if name is None or name.ent_type_ != "PERSON" or not any(
            t.lemma_ in ("quote", "cite") for t in name.doc[max(0, name.i - 6):name.i]):
        return None
    return name


_POSTING = frozenset("post publish release issue broadcast air upload share".split())


def _unsaid_participle(verb: Token) -> bool:
    """A participle of posting that describes a noun, with no agent ("said in a video posted on Telegram"): it
    says where the words appeared, not who spoke them."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in _POSTING and not any(
        c.dep_ == "agent" for c in verb.children)


def cue_for_direct(first: Span, last: Span, start: int, end: int, quotes: list[tuple[int, int]],
                   text: str) -> Token | None:
    """The reporting verb of the direct quote ``start:end`` (character offsets into ``text``, the doc's text),
    which begins in sentence ``first`` and ends in ``last``.

    Outside every quote, in this order: a verb within a few words after the closing mark (``," she said``,
    also when the parser starts a new sentence there), the nearest verb before the opening mark
    (``She said: "``), any later verb of the last sentence, and for ``X concurred: "..."`` the main verb
    before the colon. A finite verb right after the closing mark with a person after it reports the quote
    whatever the verb (``," fretted Amina Yusuf``), and a paragraph ending ``X wrote:`` introduces a quote
    that opens the next one.
    """
    doc = first.doc
    tail = doc[last.start:last.end]
    # ``," she said`` or ``!" she said``: the attribution may be parsed as a new sentence, unless that sentence
    # opens a quote of its own (``?" Earlier, the ministry said: "...``)
    joined = re.match(r"[,\u2014\u2013]|[\"\u201d\u00bb]?\s*[,\u2014\u2013]|[!?][\"\u201d\u00bb]",
                      text[end - 1:end + 3])
    if joined and last.end < len(doc) and last.end_char <= end + 2:
        following = doc[last.end].sent
        if text[end - 1] not in "!?" or not any(end < a < following.end_char for a, _ in quotes):
            tail = doc[last.start:following.end]
    after = [t for t in tail if t.idx >= end and not _inside(t.idx, quotes) and (
        _is_reporting(t) and _has_speaker(t, quotes) or _inverted_person(t))]
    before = [t for t in reversed(first) if t.idx < start and not _inside(t.idx, quotes) and _is_reporting(t)
              and _has_speaker(t, quotes) and not _reported_thing(t) and not _as_reported(t)
              and not (t.lower_ == "according" and _names_its_speaker(t))      # "said, according to X, that"
              and not _unsaid_participle(t)]                                   # "a video posted on X"
    words_after = [t for t in tail if t.idx >= end and not t.is_punct]
    closing = text[end - 1:end + 3]
    attributed = bool(re.match(r"[,.!?\u2026]|.[\"\u201d\u00bb]?\s*[,\u2014\u2013-]", closing))
    comma_closed = bool(re.match(r",|.[\"\u201d\u00bb]\s*,", closing))
    near = [t for t in after if (t in words_after[:_NEAR_WORDS] or comma_closed and t in words_after[:_COMMA_NEAR_WORDS]
            and _names_only(end, t)) and not _new_clause_before(end, t) and not (
        t.dep_ == "conj" and t.head in before)] if attributed else []   # 'X said that "...," and I agree'
    if near and near[0].lower_ == "according" and before:
        return before[0]            # 'which Brun called a "gesture," according to the agency': Brun's words
    near = near or _bare_attribution(last, end, quotes, text)
    if before and not text[:start].rstrip(" " + OPENERS + STRAIGHT).endswith((":", ",")):
        outer = _reporting_governor(before[0], before)      # 'warned that her party would respond "..."': a
        while outer is not None:                            # fragment of the content is the warner's
            before, outer = [outer], _reporting_governor(outer, before)
    for group in (near, before, after):
        if group:
            return group[0]
    lead = text[max(0, start - 6):start].rstrip(" \"\u201c\u201e\u00ab")
    root = first.root
    if root.idx >= start and lead.endswith((":", "\u2014", "\u2013")):
        # the parser made the quote's verb the root: take the lead-in's verb ('X saw compromise as the way: "...',
        # 'X brushed it aside - "..." -')
        root = next((t for t in first if t.idx < start and t.pos_ in ("VERB", "AUX") and t.head.idx >= start), root)
    if lead.endswith(":"):          # the verb of the clause the colon ends ("X, who cited his training: "...")
        near_colon = next((t for t in reversed(first) if t.idx < start and not t.is_punct and not t.is_space), None)
        clause = next((v for v in ([near_colon, *near_colon.ancestors] if near_colon is not None else [])
                       if v.pos_ == "VERB"), None)
        if clause is not None and clause.dep_ == "relcl" and any(
                c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children):
            return clause
    if lead.endswith((":", ",", "\u2014", "\u2013")) and root.idx < start and root.pos_ in ("VERB", "AUX") and (
            _has_speaker(root, quotes)):
        return root
    return _colon_before_paragraph(first, start, quotes, text) or _act_before(first, start, quotes, text) or (
        _appeal_before(first, start, quotes)) or _paragraph_before(first, start, quotes, text)


def _reporting_governor(verb: Token, verbs: list[Token]) -> Token | None:
    """The verb of ``verbs`` whose reported content ``verb`` heads: as its clause ("warned that X would ..."), or
    as a clause on a noun of speaking after it ("warned in a speech that X would ..."); not a verb with a speaker of
    its own that the parse left out ("said ..., a day after the envoy, Ana Lind, told a hearing that ...")."""
    if stray_subject(verb) is not None:
        return None
    if verb.dep_ == "ccomp":
        governor = verb.head
    elif verb.dep_ == "relcl" and verb.head.lemma_.lower() in _SPEECH_NOUNS:
        governor = next((a for a in verb.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    else:
        return None
    return governor if governor in verbs else None


def _bare_attribution(last: Span, end: int, quotes: list[tuple[int, int]], text: str) -> list[Token]:
    """'...in Houston." Chao said, adding ...': an attribution set after a quote closed by a full stop, which the
    parser starts a new sentence with: a reporting verb among its first words with a name for its subject and no
    content of its own."""
    doc = last.doc
    if last.end >= len(doc) or not re.match(r"[.!?][\"\u201d\u00bb]\s", text[end - 1:end + 2]):
        return []
    opening = doc[last.end:min(len(doc), last.end + 5)]
    return [t for t in opening if t.idx > end and _is_reporting(t) and t.i + 1 < len(doc) and doc[t.i + 1].text in (
        ",", ".") and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in t.children) and any(
        c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in t.children)]


def _as_reported(verb: Token) -> bool:
    """``as reported by X`` / ``as quoted in X``: where the words were published, not who spoke them."""
    return verb.lemma_ in _PUBLISHED and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def _reported_thing(verb: Token) -> bool:
    """A verb inside what another reporting verb reports, with a thing for its subject or a verb of thinking:
    content, not an attribution ("He said the operation would continue \"as long as necessary\"": the operation
    does not speak; "She said the guards thought they were \"above the law\"": her words, not theirs)."""
    from .speakers import _thing         # speakers builds on this module

    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return verb.dep_ == "ccomp" and _is_reporting(verb.head) and (
        subj is not None and _thing(subj) or verb.lemma_.lower() in _COGNITIVE)


def _between(end: int, verb: Token) -> Iterator[Token]:
    """The tokens between a quote ending at ``end`` and ``verb``, last first."""
    return itertools.takewhile(lambda t: t.idx >= end, reversed(verb.doc[:verb.i]))


def _names_only(end: int, verb: Token) -> bool:
    """Only a speaker's title and name between a quote closed by a comma (at ``end``) and ``verb``: no verb, no
    comma (``," U.N. Resident Coordinator for Myanmar Ana Lind said``), no new clause."""
    return not _new_clause_before(end, verb) and not any(
        t.pos_ in ("VERB", "AUX") or t.text in (",", ";") for t in _between(end, verb))


def _new_clause_before(end: int, verb: Token) -> bool:
    """A word opening a clause of its own between a quote (ending at ``end``) and ``verb`` ('"...," while the
    Emirates, accused by the army of ...'): the verb belongs to that clause."""
    return any(t.lower_ in _NEW_CLAUSE for t in _between(end, verb))


def _inverted_person(verb: Token) -> bool:
    """``"...," fretted Amina Yusuf``: any finite verb right after the closing mark with a person named after it
    reports the quote, whatever the verb."""
    subj = inverted_subject(verb)
    return subj is not None and subj.ent_type_ == "PERSON"


#: Nouns of what someone said, after a dash ("- the words of X", "- that was the reply of X").
_WORDS_OF = frozenset("word reply response answer message verdict comment view warning".split())
_DASH_AFTER = re.compile(r"[\"\u201d\u2019']?\s*[\u2013\u2014]\s*|[\"\u201d\u2019']?\s+--?\s+")


def dash_speaker(first: Span, start: int, end: int, text: str) -> Token | None:
    """The one a dash names after a quote that opens its sentence (``start:end``, the quote's characters in
    ``text``; ``first`` its first sentence): '"..." - Ana Lind, a rights lawyer, on state television' gives the
    name's head, '"..." - the words of Ana Lind' and '"..." - that was the reply of Ana Lind' the person's; None
    when no dash follows, or when the words after it have their own reporting verb ("- he said")."""
    dash = _DASH_AFTER.match(text, end)
    if dash is None or text[first.start_char:start].strip(" \"\u201c\u201e\u00ab'\u2018"):
        return None
    doc = first.doc
    after = next((t for t in doc[first.start:] if t.idx >= dash.end()), None)
    if after is None or not after.text[:1].isalpha():
        return None
    words = doc[after.i:after.sent.end]
    top = next((t for t in words if not t.is_punct and (t.head.i == t.i or not words.start <= t.head.i < words.end)),
               None)
    if top is None:
        return None
    if top.pos_ in ("VERB", "AUX"):
        if _is_reporting(top):
            return None                 # '"..." - he said'
        top = next((c for c in top.children if c.dep_ in ("attr", "nsubj") and c.lemma_.lower() in _WORDS_OF), None)
        if top is None:
            return None
    if top.lemma_.lower() in _WORDS_OF:
        top = next((g for c in top.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                    if g.dep_ == "pobj"), None)
    return top if top is not None and top.pos_ in ("PROPN", "NOUN") else None


def _colon_before_paragraph(first: Span, start: int, quotes: list[tuple[int, int]], text: str) -> Token | None:
    """``X wrote in a blog post:`` ending the paragraph before a quote that opens the next one: the reporting
    verb of that sentence."""
    doc = first.doc
    if first.start == 0 or text[first.start_char:start].strip(" \"\u201c\u201e\u00ab") or not text[
            max(0, first.start_char - 200):first.start_char].rstrip().endswith(":"):
        return None
    prev = doc[first.start - 1].sent
    verb = next((t for t in reversed(prev) if not _inside(t.idx, quotes) and _is_reporting(t)
                 and _has_speaker(t, quotes) and not any(a.dep_ == "relcl" for a in [t, *t.ancestors])), None)
    root = prev.root                    # else the lead-in's own verb ("X, whose state Vellia claims, spoke:")
    return verb or (root if root.pos_ in ("VERB", "AUX") and _has_speaker(root, quotes) and not _unsaid(root) else None)


#: Nouns of an utterance whose words a quote may give ("opened the summit with an appeal for calm: "...").
_APPEAL_NOUNS = frozenset("appeal call plea warning promise pledge vow demand request".split())


def _appeal_before(first: Span, start: int, quotes: list[tuple[int, int]]) -> Token | None:
    """A quote that gives the words of an appeal, warning or pledge a few words before it in its sentence
    ("opened the summit with an appeal for neighbors to "..."): the verb the noun's phrase hangs off."""
    before = [t for t in first if t.idx < start and not _inside(t.idx, quotes)][-8:]
    noun = next((t for t in reversed(before) if t.pos_ == "NOUN" and t.lemma_.lower() in _APPEAL_NOUNS), None)
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None) if noun is not None else None
    return verb if verb is not None and _has_speaker(verb, quotes) and not _unsaid(verb) else None


def _paragraph_before(first: Span, start: int, quotes: list[tuple[int, int]], text: str) -> Token | None:
    """A quote opening a paragraph after one whose last sentence introduces a person ("Its spokesman, X, was
    blunter.", "X insisted that the inspection was routine."): that sentence's reporting verb, or its root when the
    subject is a person; not after a sentence with a quote of its own."""
    doc = first.doc
    if first.start == 0 or text[first.start_char:start].strip(" \"\u201c\u201e\u00ab"):
        return None
    prev = doc[first.start - 1].sent
    if "\n" not in text[prev.end_char - 1:start] or any(prev.start_char <= a < prev.end_char + 1 for a, _ in quotes):
        return None
    verb = next((t for t in reversed(prev) if _is_reporting(t) and _has_speaker(t, quotes) and not _unsaid(t)), None)
    root = prev.root
    person = any(c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.lower_ in ("he", "she") or any(
        a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in c.children)) for c in root.children)
    return verb or (root if person and root.pos_ in ("VERB", "AUX") and not _unsaid(root) else None)


def _act_before(first: Span, start: int, quotes: list[tuple[int, int]], text: str) -> Token | None:
    """A quote opening right after a sentence in which someone speaks without being quoted ("Brun also criticised
    the decision on Twitter. \"The statement shows ...\""): that sentence's verb."""
    doc = first.doc
    if first.start == 0 or text[first.start_char:start].strip(" \"\u201c\u201e\u00ab"):
        return None
    prev = doc[first.start - 1].sent
    verb, last = prev.root, next((t for t in reversed(prev) if not t.is_space), prev[-1])
    if "\n" in text[last.idx:start] or any(prev.start_char <= a < prev.end_char for a, _ in quotes):
        return None                     # not across a paragraph break, nor after a sentence with its own quote
    lemma = verb.lemma_.lower()
    speaks = _is_reporting(verb) and lemma not in _GOING_ON | {"read"} or lemma in _SPEECH_ACTS
    return verb if speaks and not _unsaid(verb) and _has_speaker(verb, quotes) else None


_DECLINES = frozenset("decline refuse".split())


#: Verbs whose infinitive is not done yet ("plans to urge", "is expected to report").
_NOT_YET = frozenset("plan expect intend want wish aim seek prepare schedule".split())


#: Marks of a condition: what a speaker says in it is supposed, not said ("If Vell says yes, ...").
_IF = frozenset("if unless".split())


def _unsaid(verb: Token) -> bool:
    """A negated, modal or conditional reporting verb, or one whose subject is "no one": not said, or not said yet
    ("did not say", "people will say", "if Vell says yes", "no candidate mentioned", "declined to say whether ...",
    "plans to urge", "a press conference to announce ...")."""
    return any(c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" or c.dep_ == "mark" and c.lower_ in _IF
               for c in verb.children) or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _DECLINES | _NOT_YET) or (
        verb.tag_ == "VB" and verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in _SPEECH_NOUNS) or any(
        c.dep_ == "nsubj" and any(d.dep_ in ("det", "preconj") and d.lower_ in ("no", "neither") for d in c.children)
        for c in verb.children)


def _edges(toks: list[Token]) -> tuple[int, int] | None:
    """Character span of ``toks`` without a leading ``that``/conjunction or edge punctuation; None if short."""
    marked = False
    while toks and (toks[0].is_punct or toks[0].is_space or toks[0].dep_ in ("mark", "cc") and toks[0].lower_ in (
            "that", "and", "but", "whether", "if", "for") and not marked or _relative_that(toks[0])):
        marked = marked or toks[0].dep_ in ("mark", "cc")      # "said that if X, Y": the condition is content
        toks = toks[1:]
    while toks and (toks[-1].is_punct and toks[-1].text not in ('"', "\u201d", ")", "]") or toks[-1].is_space
                    or toks[-1].dep_ == "cc"):
        toks = toks[:-1]
    if len(toks) < 3 and not (len(toks) == 2 and toks[0].dep_ == "nsubj" and toks[0].pos_ in ("PROPN", "NOUN")
                              and toks[1].pos_ == "VERB" and toks[0].head.i == toks[1].i):
        return None                     # "Vell lied" is a clause; two other words are no content
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


#: Marks of a clause that goes on with the content instead of reporting speech of its own.
_NOT_REPORT_MARKS = frozenset("that if unless because".split())


def _further_report(c: Token) -> bool:
    """``c`` (a right child of the content's head) reports speech of its own: ``and asked ...`` (same speaker),
    or ``and his critics blame ...`` / ``while X said ...`` (another speaker, its own item); not ``and that he
    would ask ...`` or ``if they are added to ...``, which go on with the content."""
    subject = any(g.dep_.startswith("nsubj") for g in c.children)
    if any(g.dep_ == "mark" and g.lower_ in _NOT_REPORT_MARKS or g.dep_ == "auxpass" for g in c.children):
        return False                    # "and that ...", "if they are added to the list": the content goes on
    return _is_reporting(c) and (c.dep_ == "conj" or c.dep_ in ("advcl", "parataxis") and subject)


def _tail(head: Token) -> set[int]:
    """Tokens after the content that are not content: ``, saying ...`` participles, ``, according to X``, the
    narrator's ``, though ...`` / ``, despite ...`` and further reports."""
    drop: set[int] = set()
    doc = head.doc
    for c in head.rights:
        left = c.left_edge.i
        k = left - 1
        while k > 0 and doc[k].text in _MARK_TOKENS:
            k -= 1
        after_comma = k >= 0 and doc[k].text in (",", ";", "\u2014")
        concession = c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("though", "although")
                                               for m in c.children) or c.dep_ == "prep" and c.lower_ == "despite"
        if after_comma and (c.dep_ == "advcl" and c.tag_ == "VBG" or c.lower_ == "according" or concession) or (
                _further_report(c)) or c.dep_ == "conj" and doc[left].lower_ == "according":  # "but according to X"
            drop |= {t.i for t in doc[left:c.right_edge.i + 1]}
            if left > 0 and doc[left - 1].dep_ == "cc":
                drop.add(left - 1)
    return drop


def _content_span(head: Token, exclude: Token | None = None, start: Token | None = None,
                  after: Token | None = None) -> tuple[int, int] | None:
    """The span of ``head``'s subtree (from ``start`` on, or only what follows ``after``: "which the brigade said
    [was safe again]"; minus ``exclude``'s subtree and trailing participles or further reporting verbs)."""
    drop = _tail(head) | ({t.i for t in exclude.subtree} if exclude is not None else set())
    drop |= {t.i for v in head.subtree if _as_reported(v) for t in v.subtree}       # "as reported by X"
    marks = [c.i for c in head.children if c.dep_ == "mark"]
    drop |= {t.i for c in head.children if marks and c.i < marks[0] and c.dep_ != "nsubj"
             for t in c.subtree}              # "said, according to X, that ...", "reported, citing Y, that ..."
    lo = start.left_edge.i if start is not None else head.left_edge.i
    if after is not None:
        lo = max(lo, after.i + 1)
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and not marks:       # "said on Friday it had ...": the date is the saying's
        opens = _after_addressee(head.head)
        drop |= {t.i for c in head.children if c.i < subject.i and _is_time(c) and c.left_edge.i == opens
                 for t in c.subtree}
        if head.head.lemma_ == "tell" and subject.pos_ == "PROPN":        # "told lawmakers Vellia had ...": the
            drop |= {c.i for c in subject.lefts if c.dep_ == "compound" and c.i == opens and c.pos_ == "NOUN"
                     and c.text.islower()}                              # addressee the parse made a compound
        drop |= {c.i for c in head.children if c.lower_ == "that" and c.i < subject.i}    # parsed as an object
        first = head.doc[subject.left_edge.i]
        if first.lower_ == "that" and first.dep_ == "det" and first.head.i == subject.i and first.i == lo:
            drop.add(first.i)           # "told the council that famine had spread": parsed as the subject's "that"
    toks = [t for t in head.doc[lo:head.right_edge.i + 1] if t.i not in drop]
    last = max((t.i for t in toks if not t.is_punct), default=-1)
    for t in toks:                  # "urged him to cut ties with Lind, who has left politics": the writer's aside
        if t.dep_ == "relcl" and t.head.pos_ == "PROPN" and t.right_edge.i >= last and t.left_edge.i > lo and (
                t.left_edge.tag_ in ("WP", "WDT") and t.doc[t.left_edge.i - 1].text == ",") and not any(
                x.text in _MARK_TOKENS for x in t.subtree):          # not one with quoted words: the speaker's
            toks = [x for x in toks if x.i < t.left_edge.i - 1]
            break
    return _edges(toks)


def _after_addressee(verb: Token) -> int:
    """Where what follows a reporting verb starts, after its object ("told [reporters] Tuesday ...")."""
    obj = next((c for c in verb.rights if c.dep_ in ("dobj", "dative") and c.left_edge.i == verb.i + 1), None)
    return obj.right_edge.i + 1 if obj is not None else verb.i + 1


def _is_time(tok: Token) -> bool:
    """``tok`` heads a date or time: "on Friday", "Friday", "last week"."""
    if tok.dep_ == "prep":
        return any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in tok.children)
    return tok.dep_ in ("npadvmod", "advmod") and tok.ent_type_ in ("DATE", "TIME")


def _according_span(tok: Token, sent: Span) -> tuple[int, int] | None:
    """``According to X, <content>`` (the rest of the sentence, or of the relative clause it stands in) or
    ``<content>, according to X`` (what comes before the phrase, if it has a verb: not "On Friday in Vell, according
    to X, <content>")."""
    phrase = list(tok.subtree)
    a, b = phrase[0].i, phrase[-1].i
    clause = next((v for v in tok.ancestors if v.dep_ == "relcl"), None)
    if clause is not None:          # "X, who according to Y is considering a run, says ...": the clause only
        sent = sent.doc[clause.left_edge.i:clause.right_edge.i + 1]
    before = [t for t in sent if t.i < a and t.tag_ not in ("WP", "WDT")]     # "who", "which": not content
    after = [t for t in sent if t.i > b]
    words_before = [t for t in before if not t.is_punct]
    if before and before[-1].dep_ == "cc" and any(t.pos_ in ("VERB", "AUX") for t in after):
        return _edges(after)        # "X says ... but according to Y, <content>": Y's words follow
    if len(words_before) >= 4:
        has_verb = [any(t.pos_ in ("VERB", "AUX") for t in part) for part in (before, after)]
        return _edges(after if has_verb == [False, True] else before)
    return _edges(after if not words_before else before + after)


#: Nouns of "according to" that say how, not who says ("according to plan", "according to their choice"; not
#: "according to the agency's schedule").
_MANNER = frozenset("plan schedule choice tradition custom need wish preference ability merit taste".split())


def _of_manner(to: Token) -> bool:
    """``according to``'s "to" with a bare noun of manner, or one with a possessive pronoun, as its object."""
    return any(g.dep_ == "pobj" and g.lemma_.lower() in _MANNER and all(
        x.dep_ == "poss" and x.pos_ == "PRON" for x in g.children) for g in to.children)


def _names_its_speaker(according: Token) -> bool:
    """``according to X`` on a clause that reports speech with a speaker of its own ("According to the agency, the
    prosecutor said ...", "The prosecutor said ..., according to the agency"): the source, not the speaker."""
    verb = according.head.head if according.head.dep_ == "ccomp" else according.head
    return verb.lemma_.lower() in _CLAUSE_LEMMAS - _EVIDENTIAL and any(
        c.dep_ == "ccomp" for c in verb.children) and any(
        c.dep_ == "nsubj" and not _personal(c) and c.lower_ not in ("who", "which", "that") for c in verb.children)


def _object_span(verb: Token) -> tuple[int, int] | None:
    """``accused Beijing of genocide``, ``announced plans to leave``: the object and what follows it (not for
    ``claimed responsibility``, which reports a deed, not words)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and (c.pos_ in ("NOUN", "PROPN", "NUM") or (
        c.pos_ == "PRON" and any(p.dep_ == "prep" and p.lower_ in ("of", "for") and p.i > c.i
                                 for p in verb.children)))),
        None)                       # a pronoun only with what it is accused of or blamed for ("accused him of lying")
    if obj is None or obj.lemma_.lower() in _DEED_OBJECTS:
        return None
    hi = obj.right_edge.i
    for c in verb.rights:
        if c.i <= obj.i:
            continue
        if c.dep_ not in ("prep", "xcomp", "oprd", "dative", "pcomp", "ccomp"):
            break
        hi = c.right_edge.i
    if verb.lemma_.lower() == "accuse" and not any(t.lower_ == "of" for t in verb.doc[obj.i:hi + 1]):
        return None                 # "groups accused the company": whom, with no charge said
    drop = _tail(verb)
    return _edges([t for t in verb.doc[obj.left_edge.i:hi + 1] if t.i not in drop])


def _for_clause(c: Token) -> bool:
    """``c`` is a clause brought in by ``for`` ("called for the ban to be lifted")."""
    return c.dep_ in ("advcl", "ccomp") and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children)


def _set_off(verb: Token) -> bool:
    """The verb's clause follows punctuation (``..., Roberts said``), a comma of its own included."""
    doc = verb.doc
    left = verb.left_edge.i
    while left < verb.i and doc[left].is_punct:
        left += 1
    return left > 0 and doc[left - 1].is_punct


#: Nouns of a claim whose content may follow with no "that" ("dismissed accusations it is buying drones").
_CLAIM_NOUNS = frozenset("accusation allegation claim charge suggestion assertion".split())


def _noun_clause(verb: Token) -> Token | None:
    """The clause of the verb's object in ``rejected claims that ...`` / ``dismissed concerns that ...`` (or, after a
    noun of a claim, with no ``that``: ``dismissed accusations it is ...``)."""
    for obj in verb.children:
        if obj.dep_ == "dobj" and obj.pos_ == "NOUN":
            for c in obj.rights:
                if c.dep_ in ("acl", "ccomp") and (
                        any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
                        or obj.lemma_.lower() in _CLAIM_NOUNS and any(g.dep_ == "nsubj" for g in c.children)):
                    return c
    return None


def _quoted_title(tok: Token) -> bool:
    """``tok`` opens a quoted title the parse took for a clause ('told CBS's "Face the Nation" that ...')."""
    doc = tok.doc
    if tok.i == 0 or doc[tok.i - 1].text not in OPENERS + STRAIGHT:
        return False
    close = next((t.i for t in doc[tok.i:tok.i + 12] if t.text in CLOSERS + STRAIGHT), None)
    return close is not None and is_title(doc[tok.i:close].text)


def _reported_content(verb: Token, sent: Span) -> tuple[int, int] | None:
    """The reported content of a reporting verb in ``sent``, or None when it has none (doc offsets)."""
    lemma = verb.lemma_.lower()
    if verb.lower_ == "according":
        return _according_span(verb, sent)
    if lemma == "express":
        about = _stated_attitude(verb)
        return _edges(list(verb.doc[about[0]:about[1] + 1])) if about is not None else None
    kids = list(verb.children)
    for c in kids:
        if (c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") or c.dep_ == "dobj" and lemma in _CLAUSE_LEMMAS and any(
                g.dep_ == "dobj" for g in c.children)      # "saying the rebels respect rights": a verb read as a noun
                ) and c.i > verb.i and not _quoted_title(c):
            obj = next((d for d in kids if d.dep_ == "dobj" and verb.i < d.i < c.i), None)
            subject = any(g.dep_.startswith("nsubj") for g in c.children)
            span = _content_span(c, start=None if subject else obj, after=verb)
            more = _joined_clause(verb, c)
            return (span[0], more[1]) if span and more else span
    head = verb.head
    aside = _aside(verb)
    if aside is not None:
        return _edges([t for t in head.subtree if not aside[0] <= t.i <= aside[1]])
    if (verb.dep_ in ("parataxis", "ccomp", "advcl", "conj") and head.i < verb.i and head.pos_ in ("VERB", "AUX")
            and _set_off(verb) and any(c.dep_ == "nsubj" for c in kids)
            and not any(c.dep_ == "mark" and (c.lower_ in _CIRCUMSTANCE_MARKS or c.lower_ == "as" and _is_reporting(
                head)) for c in kids)       # "X happened, officials said, as Y urged ...": Y urged no X
            and head.dep_ != "relcl" and not any(t.tag_ in ("WDT", "WP") for t in head.subtree if t.i < verb.i)):
        return _content_span(head, exclude=verb, start=_after_circumstance(head))
    for c in kids:
        if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and c.i < verb.i and any(
                t.text in (",", "\u2014") for t in verb.doc[c.right_edge.i:verb.i]):
            return _content_span(c, start=_after_circumstance(c))
        if c.dep_ == "xcomp" and lemma == "deny" and c.tag_ == "VBG":
            return _content_span(c)                 # "denied providing sanctuary to the fighters"
        if c.dep_ == "xcomp" and lemma in _DIRECTIVE | _COMMISSIVE and not (      # "when urged to go": no urger
                verb.tag_ == "VBN" and lemma in _DIRECTIVE and not any(d.dep_ in ("nsubj", "agent") for d in kids)):
            obj = next((d for d in kids if d.dep_ in ("dobj", "nsubj") and verb.i < d.i < c.i), None) or next(
                (g for d in kids if lemma == "call" and d.dep_ == "prep" and d.lower_ == "on" and verb.i < d.i < c.i
                 for g in d.children if g.dep_ == "pobj"), None)          # "called on [all sides] to ..."
            if obj is None and lemma == "ask":
                return None                         # "who asked not to be named": a request for oneself
            return _content_span(c, start=obj)
        if lemma in _APPEALS and c.dep_ == "prep" and c.lower_ == "for":
            pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if pobj is None:
                return None
            drop = _tail(pobj)                       # "for a pay rise and for talks": both appeals
            return _edges([t for t in c.subtree if t.i >= pobj.left_edge.i and t.i not in drop])
        if lemma in _APPEALS and _for_clause(c):
            return _content_span(c)
    clause = _noun_clause(verb) or _clause_in_phrase(verb)
    if clause is not None:
        return _content_span(clause)
    if lemma in _AS_LEMMAS:
        return _characterisation(verb)
    if lemma in OBJECT_LEMMAS and (
            lemma not in _CLAUSE_LEMMAS or any(c.dep_ == "dobj" for c in verb.children)):
        return _object_span(verb)
    if lemma in _CLAUSE_LEMMAS and verb.tag_ in ("VBD", "VBZ", "VBP", "VBG"):
        return _following_clause(verb, sent)
    return None


def aside_subject(verb: Token) -> Token | None:
    """Who speaks in an attribution set between commas inside its content, subject after the verb ("One
    question, say analysts, is how ..."; the parse may make them its object); None for any other verb."""
    doc = verb.doc
    if verb.dep_ != "parataxis" or verb.head.i < verb.i or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "dobj") and c.i > verb.i), None)
    end = subject.right_edge.i + 1 if subject is not None else len(doc)
    return subject if end < len(doc) and doc[end].text == "," else None


def _aside(verb: Token) -> tuple[int, int] | None:
    """The token range of an attribution between commas inside its content, from comma to comma."""
    subject = aside_subject(verb)
    return (verb.i - 1, subject.right_edge.i + 1) if subject is not None else None


_CHARGES = frozenset("charge claim accusation allegation assertion".split())


def _answers_charge(verb: Token) -> bool:
    """The verb answers a charge set after the clause that makes it ("..., a claim Vell denies"): the parse may
    hang that clause on the verb as its content, and the charge noun on or as its subject ("a charge Vell
    dismissed")."""
    if verb.dep_ == "relcl" and verb.head.lower_ in _CHARGES:
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(t.lower_ in _CHARGES for t in (*subject.lefts, subject))


def _after_circumstance(head: Token) -> Token | None:
    """Where content before its attribution starts when it opens with a circumstance reporting someone else's words
    ("Although Vell has said X, [Y], say analysts"): after that clause; None otherwise."""
    other = next((c for c in head.children if c.dep_ == "advcl" and c.i < head.i and _is_reporting(c) and any(
        m.dep_ == "mark" and m.lower_ in _CIRCUMSTANCE_MARKS for m in c.children)), None)
    return head.doc[other.right_edge.i + 1] if other is not None else None


def _joined_clause(verb: Token, content: Token) -> tuple[int, int] | None:
    """A clause with its own subject that the parse joined to the reporting verb right after the content ("says
    [he tried to stop] but [the brakes failed]"): more of the content, not a new report."""
    doc = verb.doc
    k = content.right_edge.i + 1
    if k < len(doc) - 1 and doc[k].text == "," and doc[k + 1].lower_ in ("but", "so"):
        k += 1                                  # "..., but the charge stands": the speaker's own contrast
    if k >= len(doc) or doc[k].dep_ != "cc" and not (doc[k].lower_ == "so" and doc[k].dep_ == "mark"):
        return None
    for c in verb.rights:
        if (c.dep_ == "conj" or c.dep_ == "advcl" and doc[k].head.i == c.i) and c.i > k and c.pos_ in (
                "VERB", "AUX") and not _is_reporting(c) and any(
                g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children):
            return _content_span(c)     # also "..., so it is not a burden", "..., but there is demand"
    return None


def _characterisation(verb: Token) -> tuple[int, int] | None:
    """What a thing is called, unquoted: ``called the plan [a disaster for the coast]``, ``what he called [the
    council's failure]``; with ``as``, the thing too: ``described [the vote as a turning point]``, ``dismissed [the
    report as baseless]``, ``what the club described as [breaking its rules]``."""
    if verb.tag_ != "VBG" and not any(c.dep_ in ("nsubj", "agent") for c in verb.children):
        return None                                   # "Called the Ruritania Cup, the race ...": a name, no speaker
    rights = [c for c in verb.children if c.i > verb.i]
    obj = next((c for c in rights if c.dep_ == "dobj"), None)
    as_ = next((c for c in rights if c.dep_ == "prep" and c.lower_ == "as" or c.dep_ == "advcl" and any(
        g.dep_ == "mark" and g.lower_ == "as" for g in c.children) and not any(     # not "as the market is ..."
        g.dep_.startswith("nsubj") for g in c.children)), None) or next(
        (c for o in ([obj, *obj.conjuncts] if obj is not None else []) for c in o.children
         if c.dep_ == "prep" and c.lower_ == "as"), None)   # "dismissed the findings and X's statements as ..."
    if as_ is not None and verb.lemma_.lower() in _AS_LEMMAS:
        obj = obj if obj is not None and obj.i < as_.i else None
        lo = obj.left_edge.i if obj is not None else as_.i + 1
        return _edges(list(verb.doc[lo:as_.right_edge.i + 1]))
    oprd = next((c for c in rights if c.dep_ == "oprd"), None)
    if oprd is None or verb.lemma_.lower() not in _CHARACTERISING:
        return None
    hi = oprd.right_edge.i
    for c in rights:
        if c.i > hi and c.dep_ == "prep":
            hi = c.right_edge.i
    return _edges(list(verb.doc[oprd.left_edge.i:hi + 1]))


def _clause_in_phrase(verb: Token) -> Token | None:
    """The ``that`` clause the parse hung on a phrase after the verb ("said in a statement that ...", "told a
    gathering of clerics that ..."): the head of a clause marked ``that`` with a subject of its own, not one that
    a relative clause's own reporting verb governs ("commented on remarks by X, who said that ...")."""
    found = [t for c in verb.children if c.dep_ in ("prep", "dobj", "dative") and c.i > verb.i for t in c.subtree
             if t.lower_ == "that" and t.head.dep_ in ("acl", "relcl", "ccomp")
             and any(g.dep_.startswith("nsubj") for g in t.head.children)
             and not (t.head.dep_ == "ccomp" and t.head.head.dep_ == "relcl" and _is_reporting(t.head.head))]
    marked = next((t.head for t in found if t.dep_ == "mark"), None)
    # else "that" taken for a relative pronoun after a noun of speaking ("in a televised address that ...")
    return marked or next((t.head for t in found if _relative_that(t) and t.head.head.lemma_.lower() in _SPEECH_NOUNS),
                          None)


def _relative_that(tok: Token) -> bool:
    """A "that" the parse made the object of a relative clause: after a noun of speaking, the mark of its content."""
    return tok.lower_ == "that" and tok.dep_ == "dobj" and tok.head.dep_ == "relcl"


def _following_clause(verb: Token, sent: Span) -> tuple[int, int] | None:
    """When the parse misses it: the clause after the verb (past ``that``, the hearer of ``told`` and the verb's own
    phrases of place and time) to the end of the sentence, or to the report it is the content of, if it has a finite
    verb of its own."""
    doc, end = verb.doc, sent.end
    i = verb.i + 1
    if verb.lemma_ == "report" and i < end and doc[i].lower_ in ("to", "from"):
        return None                 # "reports to the council", "reported from the capital": no words reported
    if verb.lemma_ == "tell":
        while i < end and doc[i].pos_ in ("PROPN", "PRON", "DET", "NOUN") and doc[i].lower_ != "that":
            i += 1
    while i < end and doc[i].head.i == verb.i and doc[i].dep_ in ("prep", "npadvmod", "advmod") and not any(
            t.pos_ in ("VERB", "AUX") for t in doc[i].subtree):
        i = doc[i].right_edge.i + 1         # "announced on Facebook on Tuesday": where and when, not what
    marked = False                          # "noted that funding cuts hurt": a clause, though the parse saw no verb
    while i < end and (doc[i].lower_ == "that" or doc[i].text == ","):
        marked |= doc[i].dep_ == "mark"
        i += 1
    if verb.dep_ == "ccomp" and verb.head.i > verb.i and _is_reporting(verb.head):
        own = {t.i for t in verb.subtree}       # '... warned X against "Y," state media reported': not the report
        end = min([end, *(t.i for t in verb.head.subtree if t.i > verb.i and t.i not in own and not t.is_punct)])
    if verb.dep_ == "relcl" and verb.i > 1 and doc[verb.i - 2].text == "," and doc[verb.i - 1].tag_ in ("WDT", "WP"):
        end = next((t.i for t in doc[i:end] if t.text == ","), end)    # "X, which said Y, faces ...": Y ends there
    if verb.dep_ == "pcomp" and verb.head.head.i > verb.i and any(t.text == "," for t in doc[verb.i:verb.head.head.i]):
        end = min(end, verb.head.head.i)    # "Before concluding X, Brun asked ...": not the clause it hangs off
    drop = _tail(verb)
    toks = [t for t in doc[i:end] if t.i not in drop]
    cut = next((k for k, t in enumerate(toks) if k + 1 < len(toks) and (
        t.text in (",", ";") and toks[k + 1].lower_ in ("according", "adding", "saying", "citing", "he", "she", "they")
        or t.dep_ == "cc" and toks[k + 1].lower_ == "according")), len(toks))      # "... but according to X, ..."
    toks = toks[:cut]
    if len(toks) < 4 or not (marked or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in toks)):
        return None
    return _edges(toks)


def _before_closing_quote(a: int, b: int, direct: list[tuple[int, int]], text: str) -> tuple[int, int] | None:
    """Reported content ``a:b`` that ends in a longer direct quote: None when only a few words lead into the
    quote (the quote is the item), the words before it when a comma, colon, dash or clause link sets the quote
    apart ("..., because “...”") or when they make a long clause of their own, else unchanged."""
    quote = next(((s, e) for s, e in direct if a < s and b <= e + 2 and (
        s < b or not text[b:s].strip(" " + OPENERS + STRAIGHT))), None)     # also 'accused X of acting "..."'
    if quote is None or len(text[quote[0]:quote[1]].split()) <= _SHORT_WORDS + 1:
        return a, b
    lead = text[a:quote[0]].rstrip(" " + OPENERS + STRAIGHT)
    words = lead.split()
    if len(words) <= _LEAD_WORDS:
        return None
    if words[-1].lower() in _CLAUSE_LINKS:
        lead = lead[:-len(words[-1])]
    elif lead[-1] not in _CLAUSE_PUNCT and len(words) <= _LONG_LEAD_WORDS:
        return a, b
    return a, a + len(lead.rstrip(_CLAUSE_PUNCT + " "))


def _semicolon(sent: Span, a: int, b: int, direct: list[tuple[int, int]]) -> int:
    """Where reported content ``a:b`` ends: at a semicolon (outside quotes and brackets) that opens a clause of the
    writer's own ("said the man died; officials named him"), not one in a list ("married to X; Y; and Z")."""
    text = sent.doc.text
    toks = [t for t in sent if a <= t.idx < b]
    for k, t in enumerate(toks):
        if t.text == ";" and not _inside(t.idx, direct) and text.count("(", a, t.idx) == text.count(")", a, t.idx):
            rest = list(itertools.takewhile(lambda x: x.text != ";", toks[k + 1:]))
            if not any(x.tag_ in ("WDT", "WP", "WP$", "WRB") for x in rest[:2]) and any(
                    x.tag_ in ("VBD", "VBZ", "VBP", "MD") for x in rest) and any(
                    x.dep_ in ("nsubj", "nsubjpass", "expl") and x.tag_ not in ("WP", "WDT") for x in rest):
                return t.idx
    return b


#: Verbs whose content may be an embedded question ("asked why ..."); other verbs' "why X" or "which X" states
#: nothing.
_QUESTIONING = frozenset("ask question wonder demand".split())


def reported_quotes(sent: Span, direct: list[tuple[int, int]], text: str) -> list[Quote]:
    """Reported-speech quotes of one sentence (of a doc whose text is ``text``): the content of each
    reporting verb with a speaker.

    Skips verbs inside direct quotes, verbs with a first/second-person or no subject, negated or modal verbs
    ("did not say", "will say"), and content that is mostly a direct quote (that quote is the item).
    """
    out: list[Quote] = []
    if is_title(sent.text.strip()):
        return out                      # a headline ("Vell Chief Says Talks Have Failed"): no one's words
    for tok in sent:
        if not _is_reporting(tok) or _inside(tok.idx, direct) or not _has_speaker(tok, direct):
            continue
        lemma = tok.lemma_.lower()
        if lemma in _GOING_ON:
            continue                    # '"...," he continued' goes on quoting; "the inquiry continued" says nothing
        if _answers_charge(tok):
            continue                    # "X accused Y of Z - a charge Y denies": X's accusation is the item
        if lemma == "ask" and (tok.tag_ == "VBN" or tok.tag_ == "VBD" and tok.dep_ == "advcl") and not any(
                c.dep_.startswith("nsubj") for c in tok.children):
            continue                    # "(when) asked whether ...": a question put to the speaker, not theirs
        calls_for = lemma == "call" and any(c.lower_ in ("for", "on") or _for_clause(c) for c in tok.children)
        if lemma in _CHARACTERISING and not (calls_for or _characterisation(tok)) or _unsaid(tok) or lemma == "refer":
            continue                    # unquoted, "refer to X as Y" names X ("the rebels refer to it as ...")
        if lemma in _CHARACTERISING and any(c.lower_ in _REFLEXIVE or c.lower_ == "to" and any(
                g.lower_ in _REFLEXIVE for g in c.children) for c in tok.children):
            continue                    # "describes itself as centrist": a self-label, unless quoted
        if lemma in _COGNITIVE - {"find"} and not any(c.dep_ == "nsubj" and (
                c.pos_ in ("PROPN", "NOUN") or c.lower_ in ("he", "she", "they")) for c in tok.children):
            continue                    # "he expects few will follow it", not "I think" or "it is hoped"
        if tok.lower_ == "according" and _names_its_speaker(tok):
            continue                    # "According to the agency, the prosecutor said X": the prosecutor's words
        span = _reported_content(tok, sent)
        if span is None:
            continue
        a, b = span
        first = next((t for t in sent if t.idx == a), None)
        if first is not None and lemma not in _QUESTIONING and (first.lower_ == "why" or first.lower_ == "which"
                                                               and first.dep_ == "det"):
            continue                    # "explained why that was so", "noting which birds return": no statement
        b = _semicolon(sent, a, b, direct)
        gloss = text.find(" ((", a, b)
        b = gloss if gloss > a else b   # 'fits its "outward investment" ((hu))Hungarian language: ...': a gloss
        if any(s <= a < e for s, e in direct) or lemma in _AS_LEMMAS and not calls_for and any(
                a <= s <= b + 3 and not re.search(r"[.!?]", text[b:s]) for s, _ in direct):
            continue                    # a quoted characterisation ('described it as "deplorable"') is the item
        for s, e in direct:
            if a < s < b <= e:          # content ending inside a quote, or at its end, takes its closing mark
                b = e + 1 if e < len(text) and text[e] in CLOSERS + STRAIGHT else e
        covered = sum(max(0, min(b, e) - max(a, s)) for s, e in direct)
        span = None if covered >= 0.9 * (b - a) else _before_closing_quote(a, b, direct, text)
        if span is None:
            continue
        halves = _around_attribution(tok, span, direct)
        parts = [(halves[0], halves[0][1]), (halves[1], b)] if halves else [(span, b)]
        for part, reach in parts:
            q = Quote(*part, direct=False, reach=reach)
            q.set_cue(tok)
            out.append(q)
    return out


def _around_attribution(verb: Token, span: tuple[int, int], direct: list[tuple[int, int]]
                        ) -> list[tuple[int, int]] | None:
    """Content on both sides of an attribution set between commas after its start ("The bridge will be inspected,
    Lind said, and [it may close]"): the two parts, each an item of its own; None when nothing follows."""
    doc = verb.doc
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subject is None or verb.head.i > verb.i or not span[0] < verb.idx or subject.left_edge.i == 0 or (
            doc[subject.left_edge.i - 1].text != ","):
        return None
    left = subject.left_edge.i
    k = verb.i + 1
    while k < len(doc) and k - verb.i <= 8 and doc[k].text != "," and not (
            doc[k].pos_ in ("VERB", "AUX") or doc[k].text in _MARK_TOKENS):
        k += 1
    k += 1
    if k < len(doc) and doc[k - 1].text == "," and doc[k].lower_ in ("and", "but"):
        k += 1
    if k >= len(doc) or doc[k - 1].text not in (",", "and", "but") or doc[k].lower_ in _CIRCUMSTANCE_MARKS or (
            _is_reporting(doc[k]) or doc[k].tag_ in ("VBG", "VBN") and doc[k].dep_ != "csubj"):
        return None                     # not "..., Lind said, citing ..." or "..., resulting in ..."
    end = next((t.i for t in doc[k:verb.sent.end] if t.text in (";", *_MARK_TOKENS)), verb.sent.end)
    if not any(t.pos_ in ("VERB", "AUX") for t in doc[k:end]):
        return None                     # "..., officials said, among them two children": no clause
    rest = _edges(list(doc[k:end]))
    first = _edges([t for t in verb.sent if span[0] <= t.idx < doc[left].idx]) if (
        span[1] > verb.idx) else span
    if rest is None or first is None or any(a < rest[1] and rest[0] < b for a, b in direct):
        return None
    return [first, rest]
