"""Targets: countries, metonyms, organisations, armed groups and leaders mentioned around a quote.

Country forms (names, demonyms, capitals, seats of government) come from ``manifest._COUNTRY_LEXICON``; each
country code gets the canonical short name the annotators use (the lexicon's first form, a few overridden).
Organisations, armed groups and well-known leaders are added here. The speaker's own side is never a target.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .manifest import _CASE_SENSITIVE_COUNTRY_FORMS, _COUNTRY_LEXICON, _parse_lexicon

_NAME_OVERRIDES = {"GEO": "Georgia", "PSE": "Palestinians", "BIH": "Bosnia and Herzegovina"}
#: Forms of states the country lexicon lacks (seats of government, names adversaries use), as form -> code.
_EXTRA_COUNTRY_FORMS = {"State Department": "USA", "Department of State": "USA", "Zionist regime": "ISR",
                        "Zionist entity": "ISR", "U.A.E.": "ARE", "the Emirates": "ARE", "DR Congo": "COD",
                        "Congolese": "COD"}     # the far larger Congo's, in international news
#: Sovereign states the corpus lexicon lacks, and territories with governments of their own that deal with other
#: states (Greenland, the Faroes; breakaway regions), as canonical name -> other forms (demonyms, capitals). Only the
#: extractor's current rules know them (see ``find_mentions``).
_MISSING_STATES = {
    "Andorra": ["Andorran"], "Antigua and Barbuda": [], "Bahamas": ["the Bahamas", "Bahamian", "Nassau"],
    "Barbados": ["Barbadian", "Bridgetown"], "Belize": ["Belizean", "Belmopan"], "Cabo Verde": ["Cape Verde",
    "Cape Verdean", "Praia"], "Comoros": ["Comorian"], "Dominica": [], "Grenada": ["Grenadian"], "Kiribati": [],
    "Liechtenstein": ["Vaduz"], "Marshall Islands": ["Marshallese", "Majuro"], "Micronesia": ["Micronesian"],
    "Monaco": ["Monegasque"], "Nauru": ["Nauruan"], "Palau": ["Palauan"], "Saint Kitts and Nevis": [],
    "Saint Lucia": ["St. Lucia"], "Saint Vincent and the Grenadines": [], "Samoa": ["Samoan", "Apia"],
    "San Marino": [], "Sao Tome and Principe": ["São Tomé and Príncipe"], "Seychelles": ["Seychellois"],
    "Solomon Islands": ["Solomon Islander", "Honiara"], "Suriname": ["Surinamese", "Paramaribo"],
    "Tonga": ["Tongan"], "Tuvalu": ["Tuvaluan", "Funafuti"], "Vanuatu": ["Port Vila"],
    "Vatican": ["the Vatican", "Holy See", "the Holy See", "Vatican City"],
    "Greenland": ["Greenlandic", "Greenlander", "Greenlanders", "Nuuk"], "Faroe Islands": ["the Faroe Islands",
    "Faroes", "the Faroes", "Faroese", "Tórshavn"], "Somaliland": ["Somalilander", "Hargeisa"],
    "Transnistria": ["Transnistrian", "Tiraspol"], "Abkhazia": ["Abkhaz", "Abkhazian", "Sukhumi"],
    "South Ossetia": ["South Ossetian", "Tskhinvali"]}
#: The territories among them and the state each belongs to: for that state's speakers, any other candidate first.
_TERRITORY_OF = {"Greenland": "Denmark", "Faroe Islands": "Denmark", "Somaliland": "Somalia", "Transnistria": "Moldova",
                 "Abkhazia": "Georgia", "South Ossetia": "Georgia"}
#: Capitals and seats of government the corpus lexicon lacks, as form -> country code. Only the extractor's current
#: rules know them.
_MORE_SEATS = {"Porto-Novo": "BEN", "Cotonou": "BEN", "Thimphu": "BTN", "Bandar Seri Begawan": "BRN", "Gitega": "BDI",
               "Bujumbura": "BDI", "Yamoussoukro": "CIV", "Malabo": "GNQ", "Mbabane": "SWZ", "Suva": "FJI",
               "Reykjavík": "ISL", "Maseru": "LSO", "Putrajaya": "MYS", "Malé": "MDV", "Valletta": "MLT",
               "Chișinău": "MDA", "Ulan Bator": "MNG", "Naypyitaw": "MMR", "Dili": "TLS", "Sana'a": "YEM",
               "Whitehall": "GBR", "Westminster": "GBR", "Elysee Palace": "FRA", "Élysée Palace": "FRA",
               "Quai d'Orsay": "FRA", "Matignon": "FRA", "Zhongnanhai": "CHN", "Blue House": "KOR", "Kantei": "JPN",
               "Foggy Bottom": "USA", "Capitol Hill": "USA", "Casa Rosada": "ARG", "Planalto": "BRA",
               "Itamaraty": "BRA", "Bankova": "UKR", "Lima": "PER", "Nay Pyi Taw": "MMR", "Port of Spain": "TTO"}
#: People's adjectives the corpus lexicon lacks ("Ecuadorean", "Papua New Guinean", not "Guinean"), as form ->
#: country code. Only the extractor's current rules know them.
_MORE_DEMONYMS = {"Ecuadorean": "ECU", "Salvadorean": "SLV", "Kazakhstani": "KAZ", "Azeri": "AZE", "Burkinabè": "BFA",
                  "Trinidadian": "TTO", "Kosovan": "XKX", "Slovene": "SVN", "Sierra Leonean": "SLE",
                  "Papua New Guinean": "PNG"}
#: States' armed forces the corpus lexicon lacks (it has "Pentagon"), as form -> country code: what they do, their
#: state does. Only the extractor's current rules know them.
_MORE_FORCES = {"People's Liberation Army": "CHN", "PLA": "CHN", "Israel Defense Forces": "ISR", "IDF": "ISR",
                "Islamic Revolutionary Guard Corps": "IRN", "IRGC": "IRN"}
_MORE_STATE_FORMS = {**_MORE_SEATS, **_MORE_DEMONYMS, **_MORE_FORCES}
#: State institutions whose names name no state (legislatures and their members' titles, security services, state news
#: agencies, ministries' seats), as form -> country code: a speaker or role naming one is of that state ("KCNA said",
#: "a Knesset member", "Likud MK"). They are no mentions: a story citing Xinhua or the FSB is not aimed at China or
#: Russia.
_STATE_INSTITUTIONS = {
    "Knesset": "ISR", "Bundestag": "DEU", "State Duma": "RUS", "Verkhovna Rada": "UKR", "Sejm": "POL",
    "Lok Sabha": "IND", "Rajya Sabha": "IND", "Storting": "NOR", "Riksdag": "SWE", "Folketing": "DNK",
    "Saeima": "LVA", "Seimas": "LTU", "Riigikogu": "EST", "Oireachtas": "IRL", "Legislative Yuan": "TWN",
    "Executive Yuan": "TWN", "Mainland Affairs Council": "TWN", "Mossad": "ISR", "Shin Bet": "ISR",
    "FSB": "RUS", "GRU": "RUS", "SBU": "UKR", "ISI": "PAK", "ISPR": "PAK", "Inter-Services Public Relations": "PAK",
    "Inter-Services Intelligence": "PAK", "Ministry of External Affairs": "IND", "KCNA": "PRK",
    "Korean Central News Agency": "PRK", "Xinhua": "CHN", "TASS": "RUS", "RIA Novosti": "RUS", "IRNA": "IRN",
    "Yonhap": "KOR", "Ukrinform": "UKR", "Anadolu": "TUR", "MK": "ISR", "MEA": "IND", "Bundeswehr": "DEU",
    "Wisma Putra": "MYS", "Malacañang": "PHL", "Malacanang": "PHL", "External Affairs Minister": "IND",
    "BSF": "IND", "Border Guard Bangladesh": "BGD", "BGB": "BGD", "Taoiseach": "IRL", "Tánaiste": "IRL",
    "Dáil": "IRL", "Seanad": "IRL", "Gardaí": "IRL", "Garda": "IRL", "La Moncloa": "ESP",
    "Palazzo Chigi": "ITA", "Farnesina": "ITA", "Rashtrapati Bhavan": "IND"}
_INSTITUTION = re.compile(rf"\b({'|'.join(map(re.escape, _STATE_INSTITUTIONS))})\b")
#: UN agencies that act (and are criticised) on their own, as canonical name -> forms; without them a form such as
#: "the U.N. refugee agency" is a mention of the United Nations. Only the extractor's current rules know them.
_UN_AGENCIES = {
    "UNHCR": ["UNHCR", "UN Refugee Agency", "U.N. Refugee Agency", "United Nations Refugee Agency",
              "UN High Commissioner for Refugees", "U.N. High Commissioner for Refugees",
              "United Nations High Commissioner for Refugees"],
    "UNRWA": ["UNRWA", "UN Relief and Works Agency", "U.N. Relief and Works Agency",
              "United Nations Relief and Works Agency", "UN agency for Palestinian refugees",
              "U.N. agency for Palestinian refugees"],
    "UNICEF": ["UNICEF", "United Nations Children's Fund", "UN Children's Fund", "U.N. Children's Fund"],
    "World Food Programme": ["World Food Programme", "World Food Program", "WFP"],
}
#: Regional and international bodies the published checkpoint's training targets were filled without, as canonical
#: name -> forms. Only the extractor's current rules know them.
_MORE_BODIES = {
    "OSCE": ["OSCE", "Organization for Security and Co-operation in Europe",
             "Organization for Security and Cooperation in Europe"],
    "Arab League": ["Arab League", "League of Arab States"],
    "Gulf Cooperation Council": ["Gulf Cooperation Council", "GCC"],
    "Council of Europe": ["Council of Europe"],
    "Organization of American States": ["Organization of American States", "OAS"],
    "SADC": ["SADC", "Southern African Development Community"],
    "Shanghai Cooperation Organization": ["Shanghai Cooperation Organization", "Shanghai Cooperation Organisation",
                                          "SCO"],
    "CSTO": ["CSTO", "Collective Security Treaty Organization", "Collective Security Treaty Organisation"],
    "Alliance of Sahel States": ["Alliance of Sahel States", "AES"],
    "National Unity Government": ["National Unity Government", "NUG"],
    "Taliban": ["Islamic Emirate"],         # what the Taliban call their government
    "Karen National Union": ["Karen National Union", "KNU", "Karen National Liberation Army", "KNLA"],
    "Kachin Independence Army": ["Kachin Independence Army", "Kachin Independence Organisation",
                                 "Kachin Independence Organization", "KIA", "KIO"],
    "Ta'ang National Liberation Army": ["Ta'ang National Liberation Army", "TNLA"],
    "Myanmar National Democratic Alliance Army": ["Myanmar National Democratic Alliance Army", "MNDAA"],
}
#: Forms the country lexicon gives to a country that are actors of their own here.
_GROUP_FORMS = frozenset("Taliban Hezbollah Hamas Houthi Houthis".split())

#: canonical name -> forms; organisations and armed groups.
ORGANISATIONS: dict[str, list[str]] = {
    "European Union": ["European Union", "EU", "E.U.", "European Commission", "European Council",
                       "Brussels"],    # Brussels only where the article names the EU (see find_mentions)
    "NATO": ["NATO", "North Atlantic Treaty Organization", "Atlantic alliance"],
    "United Nations": ["United Nations", "UN", "U.N.", "UN Security Council", "U.N. Security Council",
                       "UN General Assembly", "U.N. General Assembly"],
    "African Union": ["African Union"],
    "ASEAN": ["ASEAN", "Association of Southeast Asian Nations"],
    "ECOWAS": ["ECOWAS", "Economic Community of West African States"],
    "IMF": ["IMF", "International Monetary Fund"],
    "World Bank": ["World Bank"],
    "World Health Organization": ["World Health Organization", "WHO"],
    "IAEA": ["IAEA", "International Atomic Energy Agency"],
    "International Criminal Court": ["International Criminal Court", "ICC"],
    "International Court of Justice": ["International Court of Justice", "ICJ"],
    "OPEC": ["OPEC"],
    "Hong Kong": ["Hong Kong"],
    "Kurds": ["Kurds", "Kurdish forces", "Kurdish fighters"],
    "the West": ["the West", "Western countries", "Western nations", "Western powers", "Western governments"],
    "Taliban": ["Taliban"],
    "Hamas": ["Hamas"],
    "Hezbollah": ["Hezbollah", "Hizbollah"],
    "Houthis": ["Houthi", "Houthis", "Ansar Allah"],
    "Islamic State": ["Islamic State", "ISIS", "ISIL", "Daesh", "Islamic State group"],
    "al-Qaeda": ["al-Qaeda", "al-Qaida", "al Qaeda", "Al Qaeda", "al-Qa'ida"],
    "al-Shabab": ["al-Shabab", "al-Shabaab", "al Shabab", "Al-Shabab"],
    "Boko Haram": ["Boko Haram"],
    "PKK": ["PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party"],
    "YPG": ["YPG", "People's Protection Units"],
    "Syrian Democratic Forces": ["Syrian Democratic Forces", "SDF"],
    "Wagner Group": ["Wagner Group", "Wagner"],
    "Rapid Support Forces": ["Rapid Support Forces", "RSF"],
    "Abu Sayyaf Group": ["Abu Sayyaf", "Abu Sayyaf Group"],
    "Baloch Liberation Army": ["Baloch Liberation Army", "BLA"],
    "Pakistani Taliban": ["Pakistani Taliban", "Tehreek-e-Taliban Pakistan", "TTP"],
    "M23": ["M23"],
    "ELN": ["ELN", "National Liberation Army"], "FARC": ["FARC", "Revolutionary Armed Forces of Colombia"],
    "JNIM": ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"], "ISWAP": ["ISWAP", "Islamic State West Africa Province"],
    "Arakan Army": ["Arakan Army"], "Polisario Front": ["Polisario Front", "Polisario"],
    "Palestinian Islamic Jihad": ["Palestinian Islamic Jihad", "Islamic Jihad"],
    "Kataib Hezbollah": ["Kataib Hezbollah"],
    "Myanmar military": ["Myanmar military", "Myanmar's military", "Tatmadaw", "Myanmar junta", "Myanmar's junta"],
}

#: Well-known leaders: full name -> (country code or organisation, short forms that stand for them).
LEADERS: dict[str, tuple[str, list[str]]] = {
    "Vladimir Putin": ("RUS", ["Putin"]), "Sergey Lavrov": ("RUS", ["Lavrov", "Sergei Lavrov"]),
    "Xi Jinping": ("CHN", ["Xi"]), "Wang Yi": ("CHN", []),
    "Donald Trump": ("USA", ["Trump"]), "Joe Biden": ("USA", ["Biden"]), "Barack Obama": ("USA", ["Obama"]),
    "Mike Pompeo": ("USA", ["Pompeo"]), "Antony Blinken": ("USA", ["Blinken"]), "Marco Rubio": ("USA", ["Rubio"]),
    "Recep Tayyip Erdogan": ("TUR", ["Erdogan", "Erdoğan", "Recep Tayyip Erdoğan"]),
    "Volodymyr Zelenskyy": ("UKR", ["Zelenskyy", "Zelensky", "Zelenskiy", "Volodymyr Zelensky"]),
    "Kim Jong Un": ("PRK", ["Kim Jong-un", "Kim Jong-Un"]),
    "Benjamin Netanyahu": ("ISR", ["Netanyahu"]), "Emmanuel Macron": ("FRA", ["Macron"]),
    "Angela Merkel": ("DEU", ["Merkel"]), "Olaf Scholz": ("DEU", ["Scholz"]),
    "Boris Johnson": ("GBR", []), "Rishi Sunak": ("GBR", ["Sunak"]), "Keir Starmer": ("GBR", ["Starmer"]),
    "Narendra Modi": ("IND", ["Modi"]), "Imran Khan": ("PAK", []), "Shehbaz Sharif": ("PAK", []),
    "Ali Khamenei": ("IRN", ["Khamenei"]), "Hassan Rouhani": ("IRN", ["Rouhani"]),
    "Ebrahim Raisi": ("IRN", ["Raisi"]), "Bashar al-Assad": ("SYR", ["Assad", "al-Assad", "Bashar Assad"]),
    "Mohammed bin Salman": ("SAU", ["Mohammad bin Salman", "bin Salman", "MBS"]),
    "Nicolas Maduro": ("VEN", ["Maduro", "Nicolás Maduro"]), "Jair Bolsonaro": ("BRA", ["Bolsonaro"]),
    "Luiz Inacio Lula da Silva": ("BRA", ["Lula", "Luiz Inácio Lula da Silva"]),
    "Alexander Lukashenko": ("BLR", ["Lukashenko"]), "Viktor Orban": ("HUN", ["Orban", "Orbán", "Viktor Orbán"]),
    "Justin Trudeau": ("CAN", ["Trudeau"]), "Shinzo Abe": ("JPN", []), "Fumio Kishida": ("JPN", ["Kishida"]),
    "Moon Jae-in": ("KOR", []), "Yoon Suk Yeol": ("KOR", []), "Rodrigo Duterte": ("PHL", ["Duterte"]),
    "Abdel Fattah al-Sisi": ("EGY", ["el-Sisi", "al-Sisi", "Sisi"]), "Abiy Ahmed": ("ETH", []),
    "Cyril Ramaphosa": ("ZAF", ["Ramaphosa"]), "Emmerson Mnangagwa": ("ZWE", ["Mnangagwa"]),
    "Hassan Nasrallah": ("Hezbollah", ["Nasrallah"]), "Ismail Haniyeh": ("Hamas", ["Haniyeh"]),
    "Antonio Guterres": ("United Nations", ["Guterres", "António Guterres"]),
    "Jens Stoltenberg": ("NATO", ["Stoltenberg"]), "Ursula von der Leyen": ("European Union", ["von der Leyen"]),
}

#: Officials quoted across the news of 2000 to 2026 whom ``LEADERS`` leaves out, by state: when one speaks, the state
#: is the speaker's own side (a mention of them is not a target of its own). Only the extractor's current rules know
#: them.
_OFFICIALS: dict[str, str] = {name: code for code, names in {
    "USA": ["George W. Bush", "Hillary Clinton", "John Kerry", "Condoleezza Rice", "Mike Pence", "Rex Tillerson",
            "JD Vance", "Pete Hegseth"],
    "RUS": ["Dmitry Medvedev", "Dmitri Medvedev", "Dmitry Peskov", "Dmitri Peskov", "Maria Zakharova", "Sergei Shoigu",
            "Sergey Shoigu"],
    "CHN": ["Hu Jintao", "Li Keqiang", "Li Qiang", "Qin Gang"],
    "UKR": ["Petro Poroshenko", "Viktor Yanukovych", "Dmytro Kuleba", "Andrii Sybiha", "Andriy Sybiha"],
    "GBR": ["Tony Blair", "David Cameron", "Liz Truss", "David Lammy"],
    "FRA": ["Nicolas Sarkozy", "Jacques Chirac", "Francois Hollande", "François Hollande"],
    "DEU": ["Friedrich Merz", "Annalena Baerbock"], "ITA": ["Giorgia Meloni", "Silvio Berlusconi"],
    "POL": ["Donald Tusk", "Andrzej Duda", "Karol Nawrocki"], "SRB": ["Aleksandar Vucic", "Aleksandar Vučić"],
    "TUR": ["Hakan Fidan", "Mevlut Cavusoglu", "Mevlüt Çavuşoğlu"],
    "IRN": ["Mahmoud Ahmadinejad", "Masoud Pezeshkian", "Abbas Araghchi", "Mohammad Javad Zarif", "Qassem Soleimani"],
    "ISR": ["Ehud Olmert", "Ariel Sharon", "Yair Lapid", "Yoav Gallant", "Isaac Herzog", "Gideon Saar", "Israel Katz"],
    "PSE": ["Mahmoud Abbas", "Yasser Arafat"], "Hamas": ["Yahya Sinwar", "Khaled Meshaal"],
    "SYR": ["Ahmed al-Sharaa"], "IRQ": ["Saddam Hussein", "Nouri al-Maliki"], "AFG": ["Hamid Karzai", "Ashraf Ghani"],
    "PAK": ["Pervez Musharraf", "Asif Ali Zardari", "Nawaz Sharif"],
    "IND": ["Subrahmanyam Jaishankar", "S. Jaishankar", "Manmohan Singh"],
    "JPN": ["Shigeru Ishiba", "Sanae Takaichi"], "KOR": ["Lee Jae-myung"], "PRK": ["Kim Jong Il", "Kim Jong-il"],
    "PHL": ["Ferdinand Marcos Jr.", "Ferdinand Marcos"], "TWN": ["Tsai Ing-wen", "Lai Ching-te", "William Lai"],
    "VEN": ["Hugo Chavez", "Hugo Chávez"], "CUB": ["Fidel Castro", "Raul Castro", "Raúl Castro", "Miguel Diaz-Canel",
                                                   "Miguel Díaz-Canel"],
    "ARG": ["Javier Milei"], "MEX": ["Andres Manuel Lopez Obrador", "Andrés Manuel López Obrador", "Claudia Sheinbaum"],
    "COL": ["Gustavo Petro"], "ARM": ["Nikol Pashinyan"], "AZE": ["Ilham Aliyev"], "GEO": ["Irakli Kobakhidze"],
    "ARE": ["Mohamed bin Zayed", "Mohamed bin Zayed Al Nahyan"], "EGY": ["Hosni Mubarak", "Mohamed Morsi"],
    "LBY": ["Muammar Gaddafi", "Moammar Gadhafi"], "SDN": ["Omar al-Bashir", "Abdel Fattah al-Burhan"],
    "Rapid Support Forces": ["Mohamed Hamdan Dagalo"], "ERI": ["Isaias Afwerki"], "RWA": ["Paul Kagame"],
    "COD": ["Felix Tshisekedi", "Félix Tshisekedi"], "UGA": ["Yoweri Museveni"], "KEN": ["William Ruto"],
    "NGA": ["Bola Tinubu", "Muhammadu Buhari"], "MDV": ["Mohamed Muizzu"],
    "NPL": ["K.P. Sharma Oli", "KP Sharma Oli", "Pushpa Kamal Dahal"], "BGD": ["Sheikh Hasina", "Muhammad Yunus"],
    "LKA": ["Ranil Wickremesinghe", "Anura Kumara Dissanayake"], "IDN": ["Prabowo Subianto", "Joko Widodo"],
    "MYS": ["Anwar Ibrahim"], "KHM": ["Hun Manet", "Hun Sen"], "MMR": ["Min Aung Hlaing", "Aung San Suu Kyi"],
    "THA": ["Paetongtarn Shinawatra", "Anutin Charnvirakul"], "VNM": ["To Lam"], "SGP": ["Lawrence Wong"],
    "AUS": ["Anthony Albanese", "Penny Wong"], "NZL": ["Christopher Luxon"], "CAN": ["Mark Carney"],
    "ESP": ["Pedro Sanchez", "Pedro Sánchez"], "SWE": ["Ulf Kristersson"], "DNK": ["Mette Frederiksen"],
    "NOR": ["Jonas Gahr Store", "Jonas Gahr Støre"], "FIN": ["Alexander Stubb", "Petteri Orpo"],
    "LTU": ["Gitanas Nauseda", "Gitanas Nausėda"], "MDA": ["Maia Sandu"], "SVK": ["Robert Fico"], "CZE": ["Petr Fiala"],
    "GRC": ["Kyriakos Mitsotakis"], "CYP": ["Nikos Christodoulides"], "DZA": ["Abdelmadjid Tebboune"],
    "TUN": ["Kais Saied"], "QAT": ["Tamim bin Hamad Al Thani"], "LBN": ["Joseph Aoun", "Najib Mikati"],
    "JOR": ["Ayman Safadi"], "SAU": ["Faisal bin Farhan"], "ECU": ["Daniel Noboa"], "SLV": ["Nayib Bukele"],
    "PER": ["Dina Boluarte"], "BOL": ["Luis Arce"], "CHL": ["Gabriel Boric"],
    "NIC": ["Daniel Ortega", "Rosario Murillo"],
    "PAN": ["Jose Raul Mulino", "José Raúl Mulino"], "GUY": ["Irfaan Ali"], "JAM": ["Andrew Holness"],
    "SEN": ["Bassirou Diomaye Faye", "Ousmane Sonko"], "MLI": ["Assimi Goita", "Assimi Goïta"],
    "BFA": ["Ibrahim Traore", "Ibrahim Traoré"], "NER": ["Abdourahamane Tiani"], "TCD": ["Mahamat Idriss Deby"],
    "CIV": ["Alassane Ouattara"], "GHA": ["John Mahama", "Nana Akufo-Addo"], "SOM": ["Hassan Sheikh Mohamud"],
    "TZA": ["Samia Suluhu Hassan"], "SSD": ["Salva Kiir"],
}.items() for name in names}
_EXTRA_CASE_SENSITIVE = frozenset("EU UN WHO ICC ICJ SDF RSF BLA TTP MBS PKK YPG OPEC ASEAN ECOWAS IMF IAEA "
                                  "Xi Wagner Lula Modi UNHCR UNRWA UNICEF WFP OSCE GCC OAS SADC SCO".split())
_LEADER_WEIGHT = 0.5
_PLACE_WEIGHT = 0.1             # a mention that names a place or modifies a noun, not an actor
_WEIGHTS = {"quote": 100.0, "sentence": 10.0, "context": 1.0, "article": 1.0}
#: Nouns after a city's name or a demonym that make it the name of a newspaper, treaty, negotiating format, place,
#: broadcaster's language service or language.
_NAMED_AFTER = re.compile(r" (?:Post|Times|Independent|Herald|Journal|Tribune|Daily|Declaration|Document|Memorandum|"
                          r"Treaty|Statute|Olympics|Games|Airport|International Airport|Wall|University|Marathon|"
                          r"[Cc]onventions?|[Aa]greements?|[Aa]ccords?|[Pp]rotocol|[Pp]rocess|[Ff]ormat|"
                          r"Service|[Ll]anguage)\b")     # "VOA's Russian Service", "the Russian language"
#: Streets named after a place ("Grenada Street").
_STREET = re.compile(r" (?:Street|Road|Avenue|Boulevard|Square|Lane|Drive)\b")
#: Waters named after a country ("the Gulf of Oman", "the Sea of Japan"): a place, not the state.
_WATERS_OF = re.compile(r"\b(?:Gulf|Sea|Strait|Straits|Bay) of (?:the )?$")
_EU_CONTEXT = re.compile(r"\b(?:European Union|EU|E\.U\.|European Commission|the bloc)\b")
#: Country -> (the body that rules it, words that name that body as its government): where the text says so,
#: the country's names and capital stand for that body ("Kabul" for the Taliban in "the Taliban government").
_DE_FACTO_RULERS = {"Afghanistan": ("Taliban", re.compile(
    r"\bTaliban(?:-led|-run| government| authorities| administration| rulers| regime)|\bIslamic Emirate\b"))}


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str      # canonical target name
    side: str      # canonical name of the state or body it belongs to (the leader's country for a leader)


def _code_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for line in _COUNTRY_LEXICON.splitlines():
        code, _, rest = line.partition(":")
        first = rest.split(",")[0].strip()
        if code and first and code != "_NONE":
            names[code] = _NAME_OVERRIDES.get(code, first)
    return names


#: Country code -> canonical short name ("USA" -> "United States").
COUNTRY_NAMES = _code_names()
#: The canonical country names.
COUNTRIES = frozenset(COUNTRY_NAMES.values()) | frozenset(_MISSING_STATES)


@lru_cache(maxsize=2)
def _lowered(current: bool) -> dict[str, tuple[str, str]]:
    return {f.lower(): v for f, v in _forms(current).items()}


@lru_cache(maxsize=2)
def _forms(current: bool) -> dict[str, tuple[str, str]]:
    """Every surface form -> (canonical name, side); with ``current``, also of the states the lexicon lacks."""
    forms: dict[str, tuple[str, str]] = {}
    if current:
        forms.update({form: (name, name) for name, variants in _MISSING_STATES.items() for form in [name, *variants]})
        forms.update({form: (name, name) for name, variants in {**_UN_AGENCIES, **_MORE_BODIES}.items()
                      for form in variants})
        forms.update({form: (COUNTRY_NAMES[code],) * 2 for form, code in _MORE_STATE_FORMS.items()})
    for form, code in {**_parse_lexicon(_COUNTRY_LEXICON), **_EXTRA_COUNTRY_FORMS}.items():
        if form not in _GROUP_FORMS:
            name = COUNTRY_NAMES.get(code, "")
            forms[form] = (name, name)
    for name, variants in ORGANISATIONS.items():
        for form in variants:
            forms[form] = (name, name)
    for name, (side, variants) in LEADERS.items():
        side = COUNTRY_NAMES.get(side, side)
        for form in [name, *variants]:
            forms[form] = (name, side)
    return forms


@lru_cache(maxsize=2)
def _patterns(current: bool) -> tuple[re.Pattern[str], re.Pattern[str]]:
    sensitive = _CASE_SENSITIVE_COUNTRY_FORMS | _EXTRA_CASE_SENSITIVE

    def alternation(forms):
        return "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))

    forms = _forms(current)
    case = [f for f in forms if f in sensitive]
    nocase = [f for f in forms if f not in sensitive]
    return (re.compile(rf"(?<!\w)(?:{alternation(case)})(?!\w)"),
            re.compile(rf"(?<!\w)(?:{alternation(nocase)})(?!\w)", re.IGNORECASE))


def de_facto_rulers(text: str) -> dict[str, str]:
    """Country -> the body ruling it, where ``text`` names that body as the country's government."""
    return {country: ruler for country, (ruler, named) in _DE_FACTO_RULERS.items() if named.search(text)}


def find_mentions(text: str, current: bool = True) -> list[Mention]:
    """Target mentions in ``text``, in order, longest match first where forms overlap; "Brussels" stands for
    the European Union only when the text also names the EU. The extractor's ``current`` rules add the states the
    corpus lexicon lacks, and take a city naming a newspaper, treaty or place ("the Washington Post"), a street
    ("Grenada Street"), a country naming waters ("the Gulf of Oman") or "the west" as a direction ("from the west")
    for no mention; ``impute_targets`` turns them off, as the published checkpoint's training targets were filled
    without them."""
    forms, lowered = _forms(current), _lowered(current)
    hits = []
    for pattern in _patterns(current):
        for m in pattern.finditer(text):
            hits.append((m.start(), -(m.end() - m.start()), m.group()))
    hits.sort()
    out: list[Mention] = []
    taken = -1
    eu_context = None
    rulers = de_facto_rulers(text)
    for start, neg_len, form in hits:
        end = start - neg_len
        if start < taken:
            continue
        taken = end
        name, side = forms.get(form) or lowered.get(form.lower(), ("", ""))
        if form.lower() == "brussels":
            eu_context = bool(_EU_CONTEXT.search(text)) if eu_context is None else eu_context
            name = side = "European Union" if eu_context else ""
        if name in rulers and not (form != name and form.endswith(("an", "ans"))):     # not "Afghan women"
            name = side = rulers[name]
        if form.lower() == "the west" and re.match(r" [A-Z]", text[end:end + 2]):
            continue                    # "the West African bloc", "the West Wing": part of another name
        if current and form.endswith(" west") and (re.match(r" of\b", text[end:end + 3])
                                                   or _TOWARDS.search(text, max(0, start - 12), start)):
            continue                    # "come from the west", "in the west of the country": a direction
        if current and (form != name and _NAMED_AFTER.match(text, end) or _STREET.match(text, end)
                        or _WATERS_OF.search(text, max(0, start - 16), start)):
            continue                    # "the Washington Post", "Grenada Street", "the Gulf of Oman": named after it
        if current and name in ARMED_GROUPS and " " in form and _NAME_BEFORE.search(text, max(0, start - 30), start):
            continue                    # "the Karen National Liberation Army": another group than the ELN
        if name:
            out.append(Mention(start, end, name, side))
    return out


#: A capitalised word right before a group's name, which makes it part of a longer name.
_NAME_BEFORE = re.compile(r"\b(?!(?:The|A|An|And|Of|In|On|By|For|With|From)\b)[A-Z][\w'\u2019-]*(?<!['\u2019]s) \Z")
#: Words before "the west" written small that make it a direction ("from the west"), not the West.
_TOWARDS = re.compile(r"\b(?:from|to|towards?|in|into|across)\s+\Z", re.IGNORECASE)


#: Armed groups of ``ORGANISATIONS``, and the military rulers among them.
ARMED_GROUPS = frozenset({"Taliban", "Hamas", "Hezbollah", "Houthis", "Islamic State", "al-Qaeda", "al-Shabab",
                          "Boko Haram", "PKK", "YPG", "Syrian Democratic Forces", "Wagner Group",
                          "Rapid Support Forces", "Abu Sayyaf Group", "Baloch Liberation Army", "Pakistani Taliban",
                          "M23", "Myanmar military", "ELN", "FARC", "JNIM", "ISWAP", "Arakan Army",
                          "Polisario Front", "Palestinian Islamic Jihad", "Kataib Hezbollah"})
_MILITARY_RULERS = frozenset({"Myanmar military"})
_GROUP_REFERENCE = re.compile(
    r"\b[Tt]he\s+(?:(?:Islamist|armed|militant|insurgent|extremist|jihadist|terror|terrorist|rebel|separatist)\s+"
    r"(?:group|organi[sz]ation|movement|fighters)|(?:[A-Z]?[a-z]+\s+)?(?:insurgents|militants|rebels|jihadists|"
    r"extremists|militia|attackers|perpetrators|gunmen|assailants|bombers|terrorists|kidnappers|hijackers|"
    r"rebellion))\b")
_RULER_REFERENCE = re.compile(r"\b[Tt]he\s+(?:military|junta|army|security forces|generals)\b")
_REFERENCE_REACH = 2000
#: Where the text names the state a military government rules: "Mali's junta", "Niger's military rulers", "Guinea,
#: whose military rulers", "the Malian junta" (the state's form is group 1, checked to be a country).
_JUNTA_OF = re.compile(r"\b([A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,2})(?:['\u2019]s|, whose)? (?:ruling )?"
                       r"(?:junta|military(?:-led)? (?:government|rulers|leaders|authorities))\b")
#: Any "junta" of a story about Myanmar ("a junta airstrike"), where no other state's junta is named.
_JUNTA = re.compile(r"\bjunta\b")
#: A later description of that government ("the junta", "the generals", "the military rulers").
_JUNTA_REFERENCE = re.compile(r"\b[Tt]he (?:junta|generals|military (?:government|rulers|leaders|authorities))\b")
#: Leaders whose bare surname (or the name they go by) is too common to stand for them, except in an article that
#: names them in full first ("Kim Jong Un ... would meet with Kim").
_SHORT_AFTER_FULL = {"Kim Jong Un": "Kim", "Boris Johnson": "Johnson", "Imran Khan": "Khan", "Shinzo Abe": "Abe",
                     "Shehbaz Sharif": "Sharif", "Moon Jae-in": "Moon", "Yoon Suk Yeol": "Yoon", "Abiy Ahmed": "Abiy",
                     "Wang Yi": "Wang"}


def named_before(mentions: list[Mention], at: int, names: frozenset[str] | set[str]) -> Mention | None:
    """The latest of ``mentions`` (in text order) before ``at`` that names one of ``names``, when it is near enough
    for a description at ``at`` ("the militant group") to stand for it."""
    named = next((x for x in reversed(mentions) if x.start < at and x.name in names), None)
    return named if named is not None and at - named.end <= _REFERENCE_REACH else None


_KOREA_REFERENCE = re.compile(r"\b[Tt]he (North|South)(?![\w-]| [A-Z])")


def with_references(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` and the descriptions that stand for an armed group named shortly before ("the insurgents",
    "the militant group"; "the junta", "the military" for a military ruler), in text order. A group the text
    names as a country's government is not "the militants". "The junta" or "the generals" stand for the state whose
    military government the text named last before them ("Mali's junta", "Niger's military rulers"); in a story
    naming Myanmar and no other junta, any "junta" is the Myanmar military. In a story naming both Koreas, "the
    North" and "the South" stand for them."""
    found = []
    ruling = set(de_facto_rulers(text).values())         # not "the militants"
    for pattern, names in ((_GROUP_REFERENCE, ARMED_GROUPS - ruling), (_RULER_REFERENCE, _MILITARY_RULERS)):
        for m in pattern.finditer(text):
            named = named_before(mentions, m.start(), names)
            if named is not None:
                found.append(Mention(m.start(), m.end(), named.name, named.side))
    juntas = [(m.end(), state[0].name) for m in _JUNTA_OF.finditer(text)
              if len(state := find_mentions(m.group(1))) == 1 and state[0].name in COUNTRIES - {"Myanmar"}]
    for m in _JUNTA_REFERENCE.finditer(text):      # Myanmar's is the "Myanmar military" above
        ruled = [name for at, name in juntas if at <= m.start()]
        if ruled and not any(x.start <= m.start() < x.end for x in found):
            found.append(Mention(m.start(), m.end(), ruled[-1], ruled[-1]))
    names = {x.name for x in mentions}
    if names & {"Myanmar", *_MILITARY_RULERS} and not juntas:     # Myanmar's "a junta airstrike": the military's
        taken = [(x.start, x.end) for x in [*mentions, *found]]
        found += [Mention(m.start(), m.end(), "Myanmar military", "Myanmar military") for m in _JUNTA.finditer(text)
                  if not any(a <= m.start() < b for a, b in taken)]
    if {"North Korea", "South Korea"} <= names:     # "the North", "the South" in a story naming both Koreas
        found += [Mention(m.start(), m.end(), f"{m.group(1)} Korea", f"{m.group(1)} Korea")
                  for m in _KOREA_REFERENCE.finditer(text)]
    taken = [(x.start, x.end) for x in mentions]
    for full, short in _SHORT_AFTER_FULL.items():
        first = next((x for x in mentions if x.name == full), None)
        if first is not None:           # not "Kim Yo Jong" or "Kim's", which may be another Kim's
            found += [Mention(m.start(), m.end(), full, first.side)
                      for m in re.compile(rf"\b{short}\b(?![\w\u2019'-]| [A-Z])").finditer(text, first.end)
                      if not any(a <= m.start() < b for a, b in taken)]
    return sorted([*mentions, *found], key=lambda x: (x.start, x.end))


def canonical(name: str) -> str:
    """The canonical name of a target as written ("U.S." -> "United States"); unknown names unchanged."""
    clean = " ".join(name.split()).strip()
    if not clean:
        return ""
    found = find_mentions(clean)
    if len(found) == 1 and found[0].end - found[0].start >= len(clean.removeprefix("the ").removeprefix("The ")) - 1:
        return found[0].name
    return clean


_POSTED_TO = re.compile(r"\b(?:for|to|in|on|at)(?: the)?\s+$", re.IGNORECASE)
#: An envoy's remit, which names the parties it mediates between ("envoy for the dialogue between Belgrade and
#: Pristina", "special representative for the Belgrade-Pristina dialogue"): not the envoy's own side.
_REMIT = re.compile(r"\b(?:envoy|representative|mediator|coordinator)\s+(?:for|to|on)\b[^;,()]*$", re.IGNORECASE)
#: A state's rulers placed in its capital ("the military government in Bamako"), or someone close to them ("a
#: source close to the Kremlin"): the state's own, not a posting.
_RULING_IN = re.compile(r"\b(?:(?:government|authorities|junta|regime|administration|leadership|rulers)\s+in|close to"
                        r"(?: the)?)\s+$", re.IGNORECASE)


_STUDIED = re.compile(r"\s+(?:experts?|analysts?|specialists?|scholars?|watchers?|researchers?|observers?|"
                      r"historians?|hands?|policy experts?|affairs (?:experts?|analysts?))\b", re.IGNORECASE)


#: A body after a place's name that is another state's office for that place ("the Taiwan Affairs Office").
_OFFICE_FOR = re.compile(r"\s+affairs (?:office|council|commission|bureau)\b", re.IGNORECASE)


def _demonym(form: str, m: Mention) -> bool:
    """``form`` (of mention ``m``) is a people's adjective ("Afghan", "Chinese"), not the name itself."""
    return form != m.name and form.endswith(("an", "ese", "ish", "i", "ic", "ch"))


#: A state's own body after its possessive ("for Pakistan's Ministry of Foreign Affairs"): the speaker's state.
_OWN_BODY_AFTER = re.compile(r"['\u2019]s(?:\s+[\w-]+){0,2}?\s+(?:[Mm]inistry|[Gg]overnment|[Ee]mbassy|[Mm]ission|"
                             r"[Pp]residency|[Cc]abinet|[Aa]rmed [Ff]orces|[Mm]ilitary|[Aa]rmy|[Ff]oreign [Oo]ffice|"
                             r"[Pp]resident|[Pp]rime [Mm]inister|[Ss]upreme [Ll]eader|[Kk]ing|[Ee]mir)\b")


def _modifies_unit(text: str, m: Mention) -> bool:
    """A country's abbreviation or demonym before a named unit ("commander for U.S. Pacific Command"): a
    posting inside the speaker's own state, not to another."""
    form = text[m.start:m.end]
    return m.name in COUNTRIES and form != m.name and re.match(r"\s+[A-Z]", text[m.end:]) is not None and (
        form.replace(".", "").isupper() or _demonym(form, m))


#: Offices that name no country, which a story leaves unmarked for its home state: the United States in US-based news
#: ("Commerce Secretary"), else the state of its dateline ("MANILA, Philippines - Defense Secretary X said").
_UNMARKED_OFFICES = re.compile(r"\b(?:(?:Commerce|Treasury|Defense|Homeland Security|Energy|Transportation) Secretary|"
                               r"Secretary of (?:State|Defense|Commerce|Homeland Security|the Treasury)(?! for)|"
                               r"Director of National Intelligence|National Security (?:Adviser|Advisor))\b",
                               re.IGNORECASE)
#: An official of "the administration", which names no country either. Only the extractor's current rules know it.
_ADMINISTRATION = re.compile(r"\badministration officials?\b", re.IGNORECASE)
#: Offices of a body that name no body ("Special Representative of the Secretary-General", "Commission
#: spokesperson"): the body's side, where the role names no other.
_BODY_OFFICES = ((re.compile(r"\bSecretary[- ]General\b", re.IGNORECASE), "United Nations"),
                 (re.compile(r"(?:^|;\s*)(?:the )?Commission (?:spokes(?:man|woman|person)|(?:Vice[- ]?)?"
                             r"President|chief)\b", re.IGNORECASE), "European Union"))
#: Roles that exist only in US politics ("Republican Representative").
_US_ROLES = re.compile(r"\b(?:Congress(?:man|woman)|(?:Republican|Democratic|GOP) (?:U\.S\. )?(?:Senator|Sen\.|"
                       r"Representative|Rep\.|lawmaker|legislator))\b", re.IGNORECASE)


def own_side(speaker: str, role: str = "", current: bool = True, home: str = "") -> set[str]:
    """Names standing for the speaker's own side: states, bodies and leaders named in the speaker or role, except
    where the role is posted to them ("envoy for Syria", "ambassador to Germany"), studies them ("Iran analyst")
    or, with ``current``, is another state's office for them ("Taiwan Affairs Office"); with ``current``, the state
    of an institution named ("KCNA", "Knesset member"); the United States for a role only its politics has
    ("Republican Senator"); with ``current``, the body of an office that names none ("Commission spokesperson":
    the EU's); and ``home`` (the state a story is datelined in; by default the United States) for an
    office that names no state ("Defense Secretary"; with ``current``, "an administration official"); with
    ``current``, the state of a known official speaking ("Nikol Pashinyan"). ``current`` as for ``find_mentions``."""
    own = set(_own_side(f"{speaker} ; {role}", current))
    if current and speaker in _OFFICIALS:
        own.add(COUNTRY_NAMES.get(_OFFICIALS[speaker], _OFFICIALS[speaker]))
    if _US_ROLES.search(role):
        own.add(COUNTRY_NAMES["USA"])
    if current:
        own |= {COUNTRY_NAMES[_STATE_INSTITUTIONS[m.group(1)]] for m in _INSTITUTION.finditer(f"{speaker} ; {role}")}
    if current and not own:
        own |= {body for pattern, body in _BODY_OFFICES if pattern.search(role)}
    if (_UNMARKED_OFFICES.search(role) or current and _ADMINISTRATION.search(f"{speaker} ; {role}")) and (
            not home or not own & COUNTRIES):
        own.add(home or COUNTRY_NAMES["USA"])   # "U.S. Defense Secretary" in a story from Kyiv stays the US's only
    return own


@lru_cache(maxsize=4096)
def _own_side(text: str, current: bool) -> frozenset[str]:
    own: set[str] = set()
    found = find_mentions(text, False)      # "Tehran Times": a newspaper named after a city is of its state
    if current:
        found += [m for m in find_mentions(text) if m.name in _MISSING_STATES or m.name in _UN_AGENCIES
                  or m.name in _MORE_BODIES or text[m.start:m.end] in _MORE_STATE_FORMS]
    for m in found:
        if _STUDIED.match(text, m.end) and not _demonym(text[m.start:m.end], m) or current and (
                _OFFICE_FOR.match(text, m.end)):
            continue                    # "a Russia expert", "senior Iran analyst" (not "Chinese researchers")
        if current and _REMIT.search(text[max(0, m.start - 80):m.start]):
            continue
        if not _POSTED_TO.search(text[max(0, m.start - 12):m.start]) or _modifies_unit(text, m) or current and (
                _demonym(text[m.start:m.end], m) or m.name in _UN_AGENCIES or _OWN_BODY_AFTER.match(text, m.end)
                or _RULING_IN.search(text[max(0, m.start - 30):m.start])):
            own |= {m.name, m.side}     # "adviser to the Egyptian president", "spokesperson for UNHCR", "for
                                        # Pakistan's Ministry of Foreign Affairs", "the junta in Niamey"
    return frozenset(own)


def _parts(m: Mention, weight: float) -> tuple[tuple[str, float], ...]:
    """What one mention adds: a leader counts fully for the leader's state and half for the leader."""
    return ((m.name, weight * _LEADER_WEIGHT), (m.side, weight)) if m.side != m.name else ((m.name, weight),)


def salience(mentions: list[Mention]) -> dict[str, float]:
    """Article-wide weight of each name: how often the article mentions it (the actor an article is about is
    often the target of quotes that do not name it)."""
    out: dict[str, float] = {}
    for m in mentions:
        for name, w in _parts(m, _WEIGHTS["article"]):
            out[name] = out.get(name, 0.0) + w
    return out


_LOCATIVE = re.compile(r"(?:\b(?:in|inside|across|throughout|from|into|to|near|around|at|of|visit|visited|visiting)"
                       r"(?: the)?|\bnorth(?:east|west)?(?:ern)?|\bsouth(?:east|west)?(?:ern)?|\beast(?:ern)?|"
                       r"\bwest(?:ern)?)\s+$", re.IGNORECASE)
#: A country after the city it is in ("talks in Lausanne, Switzerland"): a place too.
_AFTER_CITY = re.compile(
    r"\b(?:in|at|from|near|to|outside|inside)\s+(?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w.'\u2019-]*,\s+$")
#: Whom an addressee is urged to act on ("urged the council to press Ethiopia"): the one the words are aimed at.
_THROUGH = re.compile(r"\bto (?:press|pressure|push|compel|force|persuade|convince|restrain|rein in|sanction|punish|"
                      r"isolate|hold)(?: the)?\s+$", re.IGNORECASE)
_ADDRESSEE = re.compile(r"\b(?:warn(?:ed|s|ing)?|urg(?:ed|es|ing)|told|tells|accus(?:ed|es|ing)|blam(?:ed|es|ing)|"
                        r"condemn(?:ed|s|ing)?|criticiz(?:ed|es|ing)|criticis(?:ed|es|ing)|call(?:ed|s|ing)? on|"
                        r"press(?:ed|es|ing)|slam(?:med|s|ming)?|threaten(?:ed|s|ing)?|against|"
                        r"denounc(?:ed|es|ing)|demand(?:ed|s|ing)? that|ask(?:ed|s|ing)|praised|thanked|"
                        r"(?:backed|armed|funded|sponsored) by|(?:warning|message|signal|ultimatum|appeal) to)"
                        r"(?: the)?\s+$",
                        re.IGNORECASE)


#: "the fight against X": a cause the speaker shares, not an addressee.
_FIGHT_AGAINST = re.compile(
    r"\b(?:fight|fighting|war|battle|campaign|struggle|coalition|operations?)\s+against(?: the)?\s+$", re.IGNORECASE)


#: Nouns for a state's people in office or arms after its demonym ("my Chinese colleague", "Russian forces"): the
#: state as an actor, not a modifier.
_ACTOR_AFTER = re.compile(r" (?:colleagues?|counterparts?|officials?|authorities|government|leaders?|forces|troops|"
                          r"military|army|navy|diplomats?|envoys?|delegation|regime|administration|side)\b")


#: People in office in a place ("the authorities in Niamey", "politicians in Washington"): the state as an actor there,
#: not a place.
_ACTORS_IN = re.compile(r"\b(?:politicians|officials|leaders|lawmakers|hawks|hardliners|government|authorities|regime|"
                        r"administration|rulers|generals|junta|those|elites?)\s+in(?: the)?\s+$", re.IGNORECASE)


#: What a state is told it must do ("Beijing should not doubt them", "Moscow must withdraw"; not "the U.N. must
#: keep sanctions on X", an appeal to act on another).
_TOLD_TO = re.compile(r"\s(?:should|must|needs? to|has to|have to|ought to|had better)\b")


def mention_weight(text: str, m: Mention) -> float:
    """How much a mention looks like an actor, from the words around it: the addressee of "warned", "urged",
    "accused", "a warning to" (or "against X", but not "the fight against X"; the sponsor in "backed by X") or a
    state told what it should or must do ("Beijing should not doubt them") counts double, the one
    an addressee is urged to act on ("urged the council to press X") three times; a place
    ("in Afghanistan", "from Kabul", "in Lausanne, Switzerland") or a demonym or country before a common noun
    ("Afghan women", "a Ukraine ceasefire deal") counts a tenth; a possessive ("Russia's") or the people in office
    there ("the authorities in Niamey") counts fully."""
    before = text[max(0, m.start - 25):m.start]
    after = text[m.end:m.end + 3]
    if _THROUGH.search(before):
        return 3.0
    if _ADDRESSEE.search(before) and not _FIGHT_AGAINST.search(before) or m.name in COUNTRIES and _TOLD_TO.match(
            text, m.end) and not _LOCATIVE.search(before):
        return 2.0
    if re.match(r"['\u2019]s?\b", after) or _ACTORS_IN.search(before):
        return 1.0
    if _LOCATIVE.search(before) or _AFTER_CITY.search(text[max(0, m.start - 40):m.start]):
        return _PLACE_WEIGHT
    if not text[m.start:m.end].isupper() and re.match(r" [a-z]", after) and not _ACTOR_AFTER.match(text, m.end) and (
            _demonym(text[m.start:m.end], m) or m.name in COUNTRIES and re.search(r"\b(?:a|an)\s+$", before)):
        return _PLACE_WEIGHT
    return 1.0


def choose_target(near: list[Mention], quote: tuple[int, int], sentence: tuple[int, int], own: set[str],
                  background: dict[str, float] | None = None, text: str | None = None,
                  own_leaders: bool = False, about: tuple[int, int] | None = None) -> tuple[str, list[str]]:
    """The most salient outside target among the mentions ``near`` the quote, and all candidates (most salient
    first).

    A mention counts most inside the quote (or in what the speaker characterises, ``about``: "called [Vell's
    remarks] 'reckless'"), then in the attribution ``sentence``, then elsewhere near the quote;
    ``background`` (from ``salience``) adds how much the whole article is about each name. Names in ``own`` (the
    speaker's side) are never candidates; with ``own_leaders``, nor are the leaders of a state in ``own`` (a White
    House official on the president is domestic politics); a territory of a state in ``own`` ("Greenland" for a
    Danish speaker) comes after every other candidate. ``impute_targets`` leaves that off: it is the rule
    the published checkpoint's training targets were filled with.
    """
    scores: dict[str, float] = {}
    for m in near:
        if own_leaders and m.side in own:
            continue
        inside = quote[0] <= m.start < quote[1] or about is not None and about[0] <= m.start < about[1]
        weight = _WEIGHTS["quote"] if inside else \
            _WEIGHTS["sentence"] if sentence[0] <= m.start < sentence[1] else _WEIGHTS["context"]
        if text is not None:
            weight *= mention_weight(text, m)
        for name, w in _parts(m, weight):
            if name and name not in own:
                scores[name] = scores.get(name, 0.0) + w
    background = background or {}
    ranked = sorted(scores, key=lambda n: -(scores[n] + background.get(n, 0.0)))
    home = [n for n in ranked if _TERRITORY_OF.get(n) in own]      # "Denmark will never sell Greenland" to Washington
    ranked = [n for n in ranked if n not in home] + home if len(ranked) > len(home) else ranked
    return (ranked[0] if ranked else ""), ranked
