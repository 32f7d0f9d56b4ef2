"""Rebuild, hash-check and document the shipped standoff corpus.

The corpus (``articles.jsonl``: VOA + Wikinews; ``unscon_speeches.jsonl``:
UNSCon speech excerpts) is third-party text and is never committed here.
Instead the repository ships ``data/corpus_manifest.json`` (ids, sources,
licences, attribution and a SHA-1 per text), and this module rebuilds both
files from the three public raw sources, following "Rebuilding from the raw
files" in the corpus README, then checks every text against the manifest.

Usage::

    python -m diplostance corpus build --from online --out corpus/
    python -m diplostance corpus build --from path/to/raw --out corpus/
    python -m diplostance corpus manifest --corpus corpus/ --out data/corpus_manifest.json

Standard library only.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import re
import sys
import unicodedata
import urllib.request
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

__all__ = [
    "SOURCES",
    "ARTICLES_FILE",
    "SPEECHES_FILE",
    "DEFAULT_MANIFEST",
    "VerificationError",
    "rebuild",
    "download_raw",
    "build_manifest",
    "write_manifest",
    "load_manifest",
    "verify",
    "build",
    "intl_tag",
    "register_cli",
]

ARTICLES_FILE = "articles.jsonl"
SPEECHES_FILE = "unscon_speeches.jsonl"
DEFAULT_MANIFEST = Path(__file__).resolve().parents[1] / "data" / "corpus_manifest.json"
MANIFEST_VERSION = 1

VOA_LICENSE = "public-domain (US government work)"
VOA_ATTRIBUTION = "Voice of America, voanews.com"
WN_LICENSE = "CC BY 2.5"
WN_ATTRIBUTION = "Wikinews contributors"
UNSC_LICENSE = "CC BY-SA 4.0"
UNSC_ATTRIBUTION = (
    "UNSCon, Zaczynska, Bourgonje and Stede (LREC-COLING 2024), "
    "github.com/linatal/UNSCon; speeches from UN Security Council records"
)
UNSC_URL = "https://github.com/linatal/UNSCon"

_RAW = "https://raw.githubusercontent.com"

#: The raw source files: local file name -> public origin.  ``commit`` is the
#: one the corpus README names; UNSCon names none, so ``HEAD`` (its default branch)
#: is used and the manifest hashes guard against upstream changes.
SOURCES: dict[str, dict[str, str]] = {
    "voa_stories.jsonl": {
        "repo": "ahalterman/NGEC-2025",
        "commit": "e724678a26faf5ad6760dd2010878944242c0b3e",
        "path": "data/voa_benchmark/voa_stories.jsonl",
        "license": VOA_LICENSE,
        "attribution": VOA_ATTRIBUTION,
    },
    "wikinews_2019.csv": {
        "repo": "vanatteveldt/wikinews",
        "commit": "347254178bf343f3801aac1d03c41cc09c35decb",
        "path": "data/wikinews_2019.csv",
        "license": WN_LICENSE,
        "attribution": WN_ATTRIBUTION,
    },
    "wikinews_2020.csv": {
        "repo": "vanatteveldt/wikinews",
        "commit": "347254178bf343f3801aac1d03c41cc09c35decb",
        "path": "data/wikinews_2020.csv",
        "license": WN_LICENSE,
        "attribution": WN_ATTRIBUTION,
    },
    "unscon_conflict_annotations_sentences.csv": {
        "repo": "linatal/UNSCon",
        "commit": "HEAD",  # default branch
        "path": "data/conflict_annotations_sentences.csv",
        "license": UNSC_LICENSE,
        "attribution": UNSC_ATTRIBUTION,
    },
}
for _src in SOURCES.values():
    _src["url"] = f"{_RAW}/{_src['repo']}/{_src['commit']}/{_src['path']}"
del _src


class VerificationError(SystemExit):
    """Raised by :func:`build` when the rebuilt corpus does not match the manifest.

    A ``SystemExit`` subclass: uncaught, it prints its message and exits with 1.
    """

    def __init__(self, problems: Sequence[str]):
        self.problems = list(problems)
        shown = "\n  ".join(self.problems[:50])
        more = f"\n  ... and {len(self.problems) - 50} more" if len(self.problems) > 50 else ""
        super().__init__(
            f"corpus verification failed ({len(self.problems)} problem(s)); nothing written:\n  {shown}{more}"
        )


# --------------------------------------------------------------------------
# intl_affairs rule (corpus README, "The intl_affairs rule")
# --------------------------------------------------------------------------

#: Country lexicon, ``CODE: form, form, ...``; ``_NONE`` forms are place names
#: that contain a country form but do not denote it (matched, then discarded).
_COUNTRY_LEXICON = """\
AFG: Afghanistan, Afghan, Afghans, Kabul, Taliban
ALB: Albania, Albanian, Albanians, Tirana
DZA: Algeria, Algerian, Algerians, Algiers
AGO: Angola, Angolan, Luanda
ARG: Argentina, Argentine, Argentinian, Buenos Aires
ARM: Armenia, Armenian, Armenians, Yerevan
AUS: Australia, Australian, Australians, Canberra, New South Wales
AUT: Austria, Austrian, Vienna
AZE: Azerbaijan, Azerbaijani, Baku
BHR: Bahrain, Bahraini, Manama
BGD: Bangladesh, Bangladeshi, Dhaka
BLR: Belarus, Belarusian, Minsk
BEL: Belgium, Belgian
BEN: Benin, Beninese
BTN: Bhutan, Bhutanese
BOL: Bolivia, Bolivian, La Paz
BIH: Bosnia, Bosnia and Herzegovina, Bosnian, Sarajevo, Republika Srpska
BWA: Botswana, Gaborone
BRA: Brazil, Brazilian, Brasilia, Brasília
BRN: Brunei
BGR: Bulgaria, Bulgarian
BFA: Burkina Faso, Burkinabe, Ouagadougou
BDI: Burundi, Burundian
KHM: Cambodia, Cambodian, Phnom Penh
CMR: Cameroon, Cameroonian, Yaounde, Yaoundé
CAN: Canada, Canadian, Canadians, Ottawa
CAF: Central African Republic, C.A.R., Bangui
TCD: Chad, Chadian, N'Djamena
CHL: Chile, Chilean
CHN: China, Chinese, Beijing, PRC, People's Republic of China
COL: Colombia, Colombian, Bogota, Bogotá
COD: Democratic Republic of Congo, Democratic Republic of the Congo, DRC, Kinshasa
COG: Republic of Congo, Republic of the Congo, Brazzaville
CRI: Costa Rica, Costa Rican
CIV: Ivory Coast, Côte d'Ivoire, Cote d'Ivoire, Ivorian, Abidjan
HRV: Croatia, Croatian, Zagreb
CUB: Cuba, Cuban, Havana
CYP: Cyprus, Cypriot, Nicosia
CZE: Czech Republic, Czechia, Czech, Prague
DNK: Denmark, Danish, Copenhagen
DJI: Djibouti, Djiboutian
DOM: Dominican Republic, Santo Domingo
ECU: Ecuador, Ecuadorian, Quito
EGY: Egypt, Egyptian, Egyptians, Cairo
SLV: El Salvador, Salvadoran
GNQ: Equatorial Guinea
ERI: Eritrea, Eritrean, Asmara
EST: Estonia, Estonian, Tallinn
SWZ: Eswatini, Swaziland
ETH: Ethiopia, Ethiopian, Ethiopians, Addis Ababa
FJI: Fiji, Fijian
FIN: Finland, Finnish, Helsinki
FRA: France, French, Paris, Elysee, Élysée
GAB: Gabon, Gabonese, Libreville
GMB: Gambia, Gambian, Banjul
GEO: Tbilisi
DEU: Germany, German, Germans, Berlin
GHA: Ghana, Ghanaian, Accra
GRC: Greece, Greek, Athens
GTM: Guatemala, Guatemalan
GIN: Guinea, Guinean, Conakry
GNB: Guinea-Bissau, Bissau
GUY: Guyana, Guyanese
HTI: Haiti, Haitian, Haitians, Port-au-Prince
HND: Honduras, Honduran, Tegucigalpa
HUN: Hungary, Hungarian, Budapest
ISL: Iceland, Icelandic, Reykjavik
IND: India, Indian, Indians, New Delhi
IDN: Indonesia, Indonesian, Indonesians, Jakarta
IRN: Iran, Iranian, Iranians, Tehran
IRQ: Iraq, Iraqi, Iraqis, Baghdad
IRL: Ireland, Irish, Dublin
ISR: Israel, Israeli, Israelis, Jerusalem, Tel Aviv
ITA: Italy, Italian, Italians, Rome
JAM: Jamaica, Jamaican
JPN: Japan, Japanese, Tokyo
JOR: Jordan, Jordanian, Amman
KAZ: Kazakhstan, Kazakh, Astana
KEN: Kenya, Kenyan, Kenyans, Nairobi
PRK: North Korea, North Korean, North Koreans, Pyongyang, DPRK
KOR: South Korea, South Korean, South Koreans, Seoul, ROK
XKX: Kosovo, Kosovar, Pristina
KWT: Kuwait, Kuwaiti
KGZ: Kyrgyzstan, Kyrgyz, Bishkek
LAO: Laos, Lao, Laotian, Vientiane
LVA: Latvia, Latvian, Riga
LBN: Lebanon, Lebanese, Beirut, Hezbollah
LSO: Lesotho
LBR: Liberia, Liberian, Monrovia
LBY: Libya, Libyan, Tripoli
LTU: Lithuania, Lithuanian, Vilnius
LUX: Luxembourg
MDG: Madagascar, Malagasy, Antananarivo
MWI: Malawi, Malawian, Lilongwe
MYS: Malaysia, Malaysian, Kuala Lumpur
MDV: Maldives, Maldivian
MLI: Mali, Malian, Bamako
MLT: Malta, Maltese
MRT: Mauritania, Mauritanian, Nouakchott
MUS: Mauritius, Mauritian, Port Louis
MEX: Mexico, Mexican, Mexicans, Mexico City
MDA: Moldova, Moldovan, Chisinau
MNG: Mongolia, Mongolian, Ulaanbaatar
MNE: Montenegro, Montenegrin, Podgorica
MAR: Morocco, Moroccan, Rabat
MOZ: Mozambique, Mozambican, Maputo
MMR: Myanmar, Burma, Burmese, Naypyidaw, Yangon
NAM: Namibia, Namibian, Windhoek
NPL: Nepal, Nepali, Nepalese, Kathmandu
NLD: Netherlands, Dutch, Holland, Amsterdam, The Hague
NZL: New Zealand, New Zealander
NIC: Nicaragua, Nicaraguan, Managua
NER: Niger, Nigerien, Niamey
NGA: Nigeria, Nigerian, Nigerians, Abuja
MKD: North Macedonia, Macedonia, Macedonian, Skopje
NOR: Norway, Norwegian, Oslo
OMN: Oman, Omani, Muscat
PAK: Pakistan, Pakistani, Pakistanis, Islamabad
PSE: Palestine, Palestinian, Palestinians, Gaza, West Bank, Ramallah, Hamas
PAN: Panama, Panamanian
PNG: Papua New Guinea, Port Moresby
PRY: Paraguay, Paraguayan, Asuncion, Asunción
PER: Peru, Peruvian
PHL: Philippines, Philippine, Filipino, Filipinos, Manila
POL: Poland, Polish, Warsaw
PRT: Portugal, Portuguese, Lisbon
QAT: Qatar, Qatari, Doha
ROU: Romania, Romanian, Bucharest
RUS: Russia, Russian, Russians, Moscow, Kremlin, Russian Federation
RWA: Rwanda, Rwandan, Kigali
SAU: Saudi Arabia, Saudi, Saudis, Riyadh
SEN: Senegal, Senegalese, Dakar
SRB: Serbia, Serbian, Serbs, Belgrade
SLE: Sierra Leone, Freetown
SGP: Singapore, Singaporean
SVK: Slovakia, Slovak, Bratislava
SVN: Slovenia, Slovenian, Ljubljana
SOM: Somalia, Somali, Somalis, Mogadishu, Puntland, Jubaland
ZAF: South Africa, South African, South Africans, Pretoria, Johannesburg
SSD: South Sudan, South Sudanese, Juba
ESP: Spain, Spanish, Madrid
LKA: Sri Lanka, Sri Lankan, Colombo
SDN: Sudan, Sudanese, Khartoum
SWE: Sweden, Swedish, Stockholm
CHE: Switzerland, Swiss
SYR: Syria, Syrian, Syrians, Damascus
TWN: Taiwan, Taiwanese, Taipei
TJK: Tajikistan, Tajik, Dushanbe
TZA: Tanzania, Tanzanian, Dodoma, Dar es Salaam
THA: Thailand, Thai, Bangkok
TLS: East Timor, Timor-Leste
TGO: Togo, Togolese, Lome, Lomé
TTO: Trinidad and Tobago
TUN: Tunisia, Tunisian, Tunis
TUR: Turkey, Türkiye, Turkish, Turks, Ankara
TKM: Turkmenistan, Turkmen, Ashgabat
UGA: Uganda, Ugandan, Kampala
UKR: Ukraine, Ukrainian, Ukrainians, Kyiv, Kiev
ARE: United Arab Emirates, UAE, Emirati, Abu Dhabi, Dubai
GBR: United Kingdom, U.K., UK, Britain, British, Briton, Britons, England, Scotland, Scottish, Wales, Welsh, Northern Ireland, London, Downing Street
USA: United States, U.S., US, USA, U.S.A., America, American, Americans, Washington, White House, Pentagon, New Mexico, New England, American Samoa, Native American, Native Americans, American Indian, American Indians
URY: Uruguay, Uruguayan, Montevideo
UZB: Uzbekistan, Uzbek, Tashkent
VEN: Venezuela, Venezuelan, Venezuelans, Caracas
VNM: Vietnam, Viet Nam, Vietnamese, Hanoi
YEM: Yemen, Yemeni, Sanaa, Houthi, Houthis
ZMB: Zambia, Zambian, Lusaka
ZWE: Zimbabwe, Zimbabwean, Harare
_NONE: Indian Ocean, Latin America, South America, Central America, North America, Gulf of Mexico, Arabian Sea, Sea of Japan, South China Sea, East China Sea, Korean Peninsula, Irish Sea, English Channel, Persian Gulf, Turkish Airlines
"""

_CASE_SENSITIVE_COUNTRY_FORMS = frozenset(
    "America Chad China Chinese Czech DPRK DRC Dutch Guinea Israel Jordan Juba Lao Mali Niger "
    "PRC Paris Peru Polish ROK Rome Saudi Swiss Thai Tripoli Turkey Turks UAE UK US USA "
    "Washington".split()
)

#: International-relations terms (distinct matches are counted).
_IR_TERMS = """\
sanction, sanctions, sanctioned, ambassador, ambassadors, embassy, embassies, consulate, envoy,
envoys, diplomat, diplomats, diplomatic, diplomacy, foreign minister, foreign ministry, ministry
of foreign affairs, foreign affairs, foreign policy, state department, treaty, treaties, accord,
accords, NATO, UN, U.N., United Nations, Security Council, General Assembly, ceasefire,
cease-fire, truce, armistice, missile, missiles, summit, tariff, tariffs, trade war, bilateral,
multilateral, sovereignty, territorial integrity, annexation, annexed, invasion, invaded,
occupation, airstrike, airstrikes, air strike, air strikes, nuclear weapon, nuclear weapons,
denuclearization, peace talks, peace deal, peace agreement, negotiations, G7, G-7, G20, G-20,
European Union, EU, ASEAN, African Union, ECOWAS, IAEA, WTO, IMF, World Bank, ICC, ICJ,
International Criminal Court, International Court of Justice, extradition, extradite, refugees,
asylum, border dispute, military drills, alliance, allies, retaliate, retaliation, condemned,
condemns, interference, troops, warship, warships, navy, naval, coast guard, military base,
territorial waters, maritime dispute, territorial dispute, South China Sea, East China Sea,
Korean Peninsula"""

_CASE_SENSITIVE_TERMS = frozenset("ASEAN ECOWAS EU G20 G7 IAEA ICC ICJ IMF NATO UN WTO".split())


def _compile(forms: Iterable[str], case_sensitive: frozenset[str]) -> list[tuple[str, re.Pattern[str]]]:
    """Whole-word patterns, longest form first."""
    out = []
    for form in sorted(set(forms), key=lambda f: (-len(f), f)):
        flags = 0 if form in case_sensitive else re.IGNORECASE
        out.append((form, re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)", flags)))
    return out


def _parse_lexicon(text: str) -> dict[str, str]:
    forms: dict[str, str] = {}
    for line in text.splitlines():
        code, _, rest = line.partition(":")
        for form in rest.split(","):
            if form.strip():
                forms[form.strip()] = code.strip()
    return forms


_FORM_TO_COUNTRY = _parse_lexicon(_COUNTRY_LEXICON)
_COUNTRY_PATTERNS = _compile(_FORM_TO_COUNTRY, _CASE_SENSITIVE_COUNTRY_FORMS)
_TERM_PATTERNS = _compile((t.strip() for t in _IR_TERMS.replace("\n", " ").split(",")), _CASE_SENSITIVE_TERMS)


def _match_blanking(text: str, patterns: list[tuple[str, re.Pattern[str]]]) -> set[str]:
    """Forms found in *text*, longest first, blanking each matched span."""
    found: set[str] = set()
    lowered = text.lower()
    for form, pattern in patterns:
        if form.lower() not in lowered or pattern.search(text) is None:
            continue
        found.add(form)
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return found


def intl_tag(title: str, text: str) -> tuple[bool, dict[str, list[str]]]:
    """Apply the README's ``intl_affairs`` rule; return ``(flag, intl_evidence)``.

    Evidence: ``countries`` = sorted country codes, ``terms`` = sorted lower-cased
    IR terms.  True iff (>=2 countries and >=1 term) or (>=1 country and >=3 terms).
    """
    doc = f"{title}\n{text}"
    countries = {_FORM_TO_COUNTRY[f] for f in _match_blanking(doc, _COUNTRY_PATTERNS)} - {"_NONE"}
    terms = {f.lower() for f in _match_blanking(doc, _TERM_PATTERNS)}
    flag = (len(countries) >= 2 and len(terms) >= 1) or (len(countries) >= 1 and len(terms) >= 3)
    return flag, {"countries": sorted(countries), "terms": sorted(terms)}


# --------------------------------------------------------------------------
# Rebuilding records from the raw files
# --------------------------------------------------------------------------

_DATELINE = re.compile(r"^\w+day, \w+ \d{1,2}, \d{4}\s*$")
_WN_DOUBLE_SLASH = "https://en.wikinews.org//wiki/"
_WN_PREFIX = "https://en.wikinews.org/wiki/"


def _article(source: str, rid: str, url: str, date: str, title: str, text: str,
             license: str, attribution: str, author: str | None = None) -> dict[str, Any]:
    rec: dict[str, Any] = {
        "id": rid, "source": source, "url": url, "date": date, "title": title, "text": text,
        "license": license, "attribution": attribution,
    }
    if author is not None:
        rec["author"] = author
    rec["intl_affairs"], rec["intl_evidence"] = intl_tag(title, text)
    return rec


def _voa_records(path: Path) -> list[dict[str, Any]]:
    """VOA: one JSON record a line; text unchanged; ``published`` -> ISO date."""
    out = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            r = json.loads(line)
            out.append(_article(
                "voa", f"voa-{r['id']}", r["url"], r["published"].replace(" ", "T", 1),
                r["title"], r["text"], VOA_LICENSE, VOA_ATTRIBUTION, author=r.get("author", ""),
            ))
    return out


def _wikinews_text(raw: str) -> str:
    """Paragraphs split on blank lines, stripped, leading datelines dropped, joined by ``\\n\\n``."""
    paras = [p.strip() for p in re.split(r"\n\s*\n", raw)]
    paras = [p for p in paras if p]
    while paras and _DATELINE.match(paras[0]):
        paras.pop(0)
    return "\n\n".join(paras)


def _wikinews_records(paths: Sequence[Path]) -> list[dict[str, Any]]:
    """Wikinews CSV rows (url, date, title, text); TEST PAGE rows skipped."""
    out = []
    for path in paths:
        with path.open(encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                url = r["url"].replace(_WN_DOUBLE_SLASH, _WN_PREFIX)
                slug = url.split("/wiki/", 1)[1]
                if slug.startswith("TEST_PAGE:") or r["title"].startswith("TEST PAGE"):
                    continue
                out.append(_article(
                    "wikinews", f"wn-{slug}", url, r["date"], r["title"], _wikinews_text(r["text"]),
                    WN_LICENSE, WN_ATTRIBUTION,
                ))
    return out


def _dedup(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop later duplicates by URL or by SHA-1 of the NFC-normalised, stripped text."""
    seen_urls: set[str] = set()
    seen_texts: set[str] = set()
    out = []
    for r in records:
        key = _sha1(unicodedata.normalize("NFC", r["text"]).strip())
        if r["url"] in seen_urls or key in seen_texts:
            continue
        seen_urls.add(r["url"])
        seen_texts.add(key)
        out.append(r)
    return out


def _clean_sentence(s: str) -> str:
    """Collapse white space; drop tokenizer spaces before ``,.;:!?)`` and after ``(``."""
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r" ([,.;:!?)])", r"\1", s)
    return s.replace("( ", "(")


def _na(value: str, *empty: str) -> str | None:
    return None if value in ("_", *empty) else value


def _unscon_records(path: Path) -> list[dict[str, Any]]:
    """UNSCon sentence rows grouped by ``file_id`` (first-seen order), sorted by char offset."""
    groups: dict[str, list[dict[str, str]]] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            groups.setdefault(r["file_id"], []).append(r)
    out = []
    for file_id, rows in groups.items():
        rows.sort(key=lambda r: int(r["sentence_char_offsets"].split("-")[0]))
        base = file_id[:-4] if file_id.endswith(".txt") else file_id
        parts = base.split("_")  # UNSC_<year>_<meeting>_spchNNN_<Country>_...
        text, sentences, pos = [], [], 0
        for r in rows:
            s = _clean_sentence(r["sentence_text"])
            if text:
                pos += 1
            sentences.append({
                "start": pos, "end": pos + len(s),
                "negeval": _na(r["A0"]),
                "target_type": _na(r["A2"]),
                "target": _na(r["A4"], "-NONE-"),
                "challenge": _na(r["B1"]),
            })
            text.append(s)
            pos += len(s)
        out.append({
            "id": f"unsc-{base}", "source": "unscon", "meeting": parts[2], "year": int(parts[1]),
            "speaker_country": rows[0]["country"].replace("_", " "),
            "text": " ".join(text), "sentences": sentences,
            "license": UNSC_LICENSE, "attribution": UNSC_ATTRIBUTION,
        })
    return out


def rebuild(raw_dir: str | os.PathLike[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Rebuild ``(articles, speeches)`` records from the raw files in *raw_dir*.

    *raw_dir* must hold the files named in :data:`SOURCES` (as in ``shared/corpus/raw``).
    """
    raw = Path(raw_dir)
    missing = [name for name in SOURCES if not (raw / name).is_file()]
    if missing:
        raise FileNotFoundError(f"raw file(s) missing in {raw}: {', '.join(missing)}")
    articles = _dedup(
        _voa_records(raw / "voa_stories.jsonl")
        + _wikinews_records([raw / "wikinews_2019.csv", raw / "wikinews_2020.csv"])
    )
    speeches = _unscon_records(raw / "unscon_conflict_annotations_sentences.csv")
    return articles, speeches


# --------------------------------------------------------------------------
# Online: fetch the raw files from their public repositories
# --------------------------------------------------------------------------

def download_raw(dest_dir: str | os.PathLike[str], base_url: str | None = None,
                 timeout: float = 60.0) -> Path:
    """Fetch the raw files into *dest_dir* (created if needed) and return it.

    By default each file comes from ``SOURCES[name]["url"]`` (raw.githubusercontent.com
    at the commit the corpus README names); with *base_url* from ``<base_url>/<name>``
    (a mirror of a ``raw/`` directory).  Files are written atomically.
    """
    dest = Path(dest_dir)
    dest.mkdir(parents=True, exist_ok=True)
    for name, src in SOURCES.items():
        url = f"{base_url.rstrip('/')}/{name}" if base_url else src["url"]
        req = urllib.request.Request(url, headers={"User-Agent": "diplostance-corpus/1"})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                data = resp.read()
        except OSError as exc:
            raise OSError(f"could not fetch {url}: {exc}") from exc
        _atomic_write_bytes(dest / name, data)
    return dest


# --------------------------------------------------------------------------
# Manifest and verification
# --------------------------------------------------------------------------

def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _entry(rec: Mapping[str, Any]) -> dict[str, str]:
    return {
        "id": rec["id"],
        "source": rec["source"],
        "url": rec.get("url", UNSC_URL if rec["source"] == "unscon" else ""),
        "license": rec["license"],
        "attribution": rec["attribution"],
        "sha1": _sha1(rec["text"]),
    }


def build_manifest(corpus_dir: str | os.PathLike[str]) -> dict[str, Any]:
    """Manifest of every article and speech in *corpus_dir* (id, source, url, licence, SHA-1)."""
    corpus = Path(corpus_dir)
    records = _read_jsonl(corpus / ARTICLES_FILE) + _read_jsonl(corpus / SPEECHES_FILE)
    return {
        "manifest_version": MANIFEST_VERSION,
        "description": "Hashes of the diplostance corpus texts (SHA-1 of UTF-8 `text`); "
                       "the texts themselves are rebuilt with `python -m diplostance corpus build`.",
        "files": {ARTICLES_FILE: sum(r["source"] != "unscon" for r in records),
                  SPEECHES_FILE: sum(r["source"] == "unscon" for r in records)},
        "sources": {name: {k: src[k] for k in ("repo", "commit", "path", "url", "license", "attribution")}
                    for name, src in SOURCES.items()},
        "texts": [_entry(r) for r in records],
    }


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


def write_manifest(manifest: Mapping[str, Any], path: str | os.PathLike[str]) -> None:
    """Write *manifest* as JSON with one text entry a line (atomically)."""
    head = {k: v for k, v in manifest.items() if k != "texts"}
    lines = ["{"]
    for k, v in head.items():
        lines.append(f"  {_dumps(k)}: {json.dumps(v, ensure_ascii=False, indent=2).replace(chr(10), chr(10) + '  ')},")
    entries = [f"    {_dumps(e)}" for e in manifest.get("texts", [])]
    lines.append('  "texts": [')
    lines.append(",\n".join(entries))
    lines.append("  ]")
    lines.append("}")
    _atomic_write_text(Path(path), "\n".join(lines) + "\n")


def load_manifest(path: str | os.PathLike[str] = DEFAULT_MANIFEST) -> dict[str, Any]:
    """Read a manifest written by :func:`write_manifest`."""
    with Path(path).open(encoding="utf-8") as f:
        return json.load(f)


def verify(records: Iterable[Mapping[str, Any]], manifest: Mapping[str, Any]) -> list[str]:
    """Problems between *records* and *manifest*: missing/unexpected/duplicate ids, hash and metadata mismatches."""
    expected = {e["id"]: e for e in manifest["texts"]}
    problems: list[str] = []
    seen: set[str] = set()
    for rec in records:
        rid = rec.get("id")
        if rid in seen:
            problems.append(f"duplicate id: {rid}")
            continue
        seen.add(rid)
        exp = expected.get(rid)
        if exp is None:
            problems.append(f"unexpected id (not in manifest): {rid}")
            continue
        got = _entry(rec)
        if got["sha1"] != exp["sha1"]:
            problems.append(f"sha1 mismatch: {rid} (expected {exp['sha1']}, got {got['sha1']})")
        for key in ("source", "url", "license", "attribution"):
            if key in exp and got[key] != exp[key]:
                problems.append(f"{key} mismatch: {rid} (expected {exp[key]!r}, got {got[key]!r})")
    problems.extend(f"missing id: {rid}" for rid in expected if rid not in seen)
    return problems


# Invisible characters; the shipped VOA copy lost two such (README "Known defect").
_INVISIBLE = {"Cf", "Cc", "Zl", "Zp"}


def _drop_invisible(text: str) -> str:
    return "".join(c for c in text if c in "\n\t" or unicodedata.category(c) not in _INVISIBLE)


def _repair_known_defects(records: list[dict[str, Any]], manifest: Mapping[str, Any]) -> list[str]:
    """Align VOA texts that differ from the manifest only by invisible characters.

    The shipped VOA file lacks two (unknown, presumably invisible) characters in
    record ``voa-8008998``; a pristine download would then fail the hash check
    and shift annotation offsets.  Such texts are replaced by their version
    without format/control characters when that matches the manifest hash.
    """
    expected = {e["id"]: e["sha1"] for e in manifest["texts"]}
    notes = []
    for rec in records:
        want = expected.get(rec["id"])
        if rec["source"] != "voa" or want is None or _sha1(rec["text"]) == want:
            continue
        fixed = _drop_invisible(rec["text"])
        if _sha1(fixed) == want:
            notes.append(f"{rec['id']}: removed {len(rec['text']) - len(fixed)} invisible character(s) to match the manifest")
            rec["text"] = fixed
            rec["intl_affairs"], rec["intl_evidence"] = intl_tag(rec["title"], fixed)
    return notes


# --------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------

def _atomic_write_bytes(path: Path, data: bytes) -> None:
    from .io import atomic_open

    with atomic_open(path, "wb") as f:
        f.write(data)


def _atomic_write_text(path: Path, text: str) -> None:
    _atomic_write_bytes(path, text.encode("utf-8"))


def _jsonl(records: Iterable[Mapping[str, Any]]) -> str:
    return "".join(_dumps(r) + "\n" for r in records)


def build(source: str | os.PathLike[str], out_dir: str | os.PathLike[str],
          manifest: str | os.PathLike[str] | Mapping[str, Any] = DEFAULT_MANIFEST,
          log: Callable[[str], None] | None = None) -> tuple[Path, Path]:
    """Rebuild the corpus from *source* into *out_dir*; return the two written paths.

    *source*: a directory of raw files, ``"online"`` (download from GitHub into
    ``<out_dir>/raw``) or an http(s)/file URL of a mirror of the ``raw/`` directory.  The rebuilt
    records are checked against *manifest* (path or dict); on any problem
    :class:`VerificationError` is raised and nothing is written.
    """
    log = log or (lambda msg: print(msg, file=sys.stderr))
    out = Path(out_dir)
    src = str(source)
    if src == "online" or src.startswith(("http://", "https://", "file://")):
        raw_dir = download_raw(out / "raw", base_url=None if src == "online" else src)
        log(f"downloaded raw files to {raw_dir}")
    else:
        raw_dir = Path(src)
    man = load_manifest(manifest) if not isinstance(manifest, Mapping) else manifest
    articles, speeches = rebuild(raw_dir)
    for note in _repair_known_defects(articles, man):
        log(f"note: {note}")
    problems = verify(articles + speeches, man)
    if problems:
        raise VerificationError(problems)
    out.mkdir(parents=True, exist_ok=True)
    paths = (out / ARTICLES_FILE, out / SPEECHES_FILE)
    _atomic_write_text(paths[0], _jsonl(articles))
    _atomic_write_text(paths[1], _jsonl(speeches))
    log(f"wrote {len(articles)} articles to {paths[0]} and {len(speeches)} speeches to {paths[1]}; "
        f"all {len(articles) + len(speeches)} texts match the manifest")
    return paths


# --------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------

def _cmd_build(args: argparse.Namespace) -> int:
    try:
        build(args.source, args.out, manifest=args.manifest)
    except VerificationError as exc:
        print(exc.code, file=sys.stderr)
        return 1
    except (OSError, ValueError, KeyError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


def _cmd_manifest(args: argparse.Namespace) -> int:
    try:
        manifest = build_manifest(args.corpus)
    except (OSError, ValueError, KeyError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    write_manifest(manifest, args.out)
    print(f"wrote {len(manifest['texts'])} entries to {args.out}", file=sys.stderr)
    return 0


def register_cli(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``corpus`` command (``build``, ``manifest``) to an argparse *subparsers*; each sets ``func``."""
    corpus = subparsers.add_parser("corpus", help="rebuild / hash-check the news + UNSC corpus",
                                   description="Rebuild the corpus from its public raw sources.")
    sub = corpus.add_subparsers(dest="corpus_command", metavar="{build,manifest}")
    sub.required = True
    b = sub.add_parser("build", help="rebuild articles.jsonl and unscon_speeches.jsonl and verify them")
    b.add_argument("--from", dest="source", required=True, metavar="DIR|online|URL",
                   help="directory with the raw files, 'online' (GitHub), or a URL of a mirror directory")
    b.add_argument("--out", required=True, metavar="DIR", help="output directory")
    b.add_argument("--manifest", default=str(DEFAULT_MANIFEST), metavar="FILE",
                   help="manifest to verify against (default: %(default)s)")
    b.set_defaults(func=_cmd_build)
    m = sub.add_parser("manifest", help="write the hash manifest of a corpus directory")
    m.add_argument("--corpus", required=True, metavar="DIR", help="directory with the two corpus files")
    m.add_argument("--out", required=True, metavar="FILE", help="manifest file to write")
    m.set_defaults(func=_cmd_manifest)
    return corpus


def _main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m diplostance.manifest")
    subs = parser.add_subparsers(dest="command", required=True)
    register_cli(subs)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(_main())
