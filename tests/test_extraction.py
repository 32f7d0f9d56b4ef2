"""Quote, speaker and target extraction, and ``predict`` on articles. Every article here is our own invention."""
from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import REPO, SHARED_CORPUS, inline_items, write_jsonl
from diplostance.cli import main
from diplostance.quotes import direct_spans
from diplostance.targets import canonical, find_mentions, own_side

GOLD = REPO / "data" / "annotations" / "news.jsonl"

ARTICLE = (
    "Ruritanian Foreign Minister Ana Lindqvist warned on Monday that her country would close its border. "
    "\u201cWe will not accept these quotas,\u201d Lindqvist told reporters in the capital.\n\n"
    "\u201cIf their ships enter our waters, we will respond with everything we have,\u201d she said.\n\n"
    "Washington dismissed the threat. \"The Kremlin is behind this,\" said U.S. envoy Tom Berg."
)


@pytest.fixture(scope="session")
def extractor():
    from diplostance.pipeline import Extractor

    return Extractor()


def quotes_of(extractor, text, **kw):
    return {r["quote"]: r for r in extractor.extract(text, **kw)}


# --- quote shapes ---------------------------------------------------------------------------------------------

def test_straight_and_curly_marks_and_offsets(extractor):
    recs = extractor.extract(ARTICLE)
    for r in recs:
        assert ARTICLE[r["start"]:r["end"]] == r["quote"]
    found = {r["quote"]: r for r in recs}
    assert "We will not accept these quotas," in found
    assert "The Kremlin is behind this," in found
    assert all(found[q]["direct"] for q in ("We will not accept these quotas,", "The Kremlin is behind this,"))


def test_multi_paragraph_quote_is_one_span():
    text = ("The minister spoke for an hour. \u201cWe have waited long enough for an answer.\n\n"
            "\u201cNow we will act, and nobody will stop us,\u201d she said.")
    [(a, b)] = direct_spans(text)
    assert text[a:b].startswith("We have waited") and text[a:b].endswith("nobody will stop us,")


def test_unclosed_quote_ends_with_its_paragraph_or_at_the_next_opening_mark():
    text = "He said: \u201cWe will never sign this deal.\n\nThe talks ended. \"Fine,\" she said. \"Then we go"
    spans = [text[a:b] for a, b in direct_spans(text)]
    assert spans == ["We will never sign this deal.", "Fine,", "Then we go"]


def test_partial_quote_inside_reported_speech(extractor):
    found = quotes_of(extractor, "Prime Minister Omar Haddad called the agreement a \"done deal\" on Friday.")
    assert found["done deal"]["direct"] and found["done deal"]["speaker"] == "Omar Haddad"


def test_nested_single_quotes_stay_inside(extractor):
    text = "\u201cThey told us \u2018never again\u2019 and we listened,\u201d President Maria Costa said."
    found = quotes_of(extractor, text)
    assert found["They told us \u2018never again\u2019 and we listened,"]["speaker"] == "Maria Costa"


def test_a_nested_quote_with_its_own_attribution_is_an_item_of_its_own(extractor):
    text = ("\u201cI offered to resign and President Hale said, \u2018Let\u2019s talk about it tomorrow,\u2019 "
            "so I told him, \u2018Fine.\u2019 He calls Lind a \u2018friend\u2019,\u201d Karl Brun wrote.")
    found = quotes_of(extractor, text)
    assert found["Let\u2019s talk about it tomorrow,"]["speaker"] == "Hale"
    assert found["Fine."]["speaker"] == "Karl Brun"                      # "I told him": the outer speaker
    assert "friend" not in found                                          # a nested scare quote is no item
    assert found[text[1:text.index("\u201d")]]["speaker"] == "Karl Brun"


def test_quote_split_by_attribution_gives_two_spans_one_speaker(extractor):
    text = "\"We will not,\" Defence Minister Piet Janssen said, \"back down under any pressure.\""
    found = quotes_of(extractor, text)
    assert found["We will not,"]["speaker"] == found["back down under any pressure."]["speaker"] == "Piet Janssen"


def test_dash_and_colon_attributions(extractor):
    colon = quotes_of(extractor, "Elena Petrova: \"Our army is ready to defend every village.\"")
    assert colon["Our army is ready to defend every village."]["speaker"] == "Elena Petrova"
    dash = quotes_of(extractor, "\"Our patience with the northern militias has limits.\" \u2014 Elena Petrova")
    assert dash["Our patience with the northern militias has limits."]["speaker"] == "Elena Petrova"


@pytest.mark.parametrize("sentence, content", [
    ("The minister said that the border would stay closed until spring.", "the border would stay closed until spring"),
    ("General Ivo Markov warned the rebels would pay a heavy price.", "the rebels would pay a heavy price"),
    ("The ambassador insisted his government had done nothing wrong.", "his government had done nothing wrong"),
    ("According to the defence ministry, the convoy crossed the river at dawn.",
     "the convoy crossed the river at dawn"),
    ("Senator Ruth Adler told reporters that the sanctions were working.", "the sanctions were working"),
    ("The fighting has stopped in the east, the army said.", "The fighting has stopped in the east"),
    ("President Reza Amini said in a televised address that Tehran stood with its friends.",
     "Tehran stood with its friends"),                    # "that" parsed as a relative pronoun after "address"
    ("Ana Lind told a gathering of clerics that the law would change.", "the law would change"),
    ("Karl Brun said in a speech that he gave on Monday that the budget was sound.", "the budget was sound"),
    ("Karl Brun said on Monday, according to the agency, that the talks had failed.", "the talks had failed"),
])
def test_reported_speech_is_the_content_only(extractor, sentence, content):
    found = quotes_of(extractor, sentence)
    assert content in found and found[content]["direct"] is False


@pytest.mark.parametrize("sentence, content", [
    ("The militia threatened to close the mountain pass.", "to close the mountain pass"),
    ("The port authority said on Friday it had closed the harbour.", "it had closed the harbour"),  # the saying's date
    ("Her spokesman later told local radio that the minister had spoken with her counterpart by phone.",
     "the minister had spoken with her counterpart by phone"),        # "that" parsed as the object of "spoken"
    ("In the past two years, the camps have doubled in size, aid groups said.",
     "In the past two years, the camps have doubled in size"),                                    # the content's date
    ("Officials rejected claims that the convoy carried weapons.", "the convoy carried weapons"),
    ("The governor praised the rescuers, visited the dam and announced that the valley would be evacuated.",
     "the valley would be evacuated"),
    ("The bridge would be rebuilt, Mayor Olsen said, to restore trade with the valley.", "The bridge would be rebuilt"),
    ("The union called for the strike ban to be lifted.", "the strike ban to be lifted"),
    ("The unions are calling for a pay rise and for the return of the old rota.",
     "a pay rise and for the return of the old rota"),
    ("The governor promised money for the farmers, while Vell called for a halt to the new tolls.",
     "a halt to the new tolls"),
    ("Critics called the plan a disaster for the coast.", "a disaster for the coast"),
    ("The ministry described the vote as a turning point for the region.",
     "the vote as a turning point for the region"),
    ("The ministry dismissed the report from Vell as baseless.", "the report from Vell as baseless"),
    ("The theory was dismissed by Mayor Vale as a piece of pure fantasy.", "a piece of pure fantasy"),
    ("Engineers point out that the old bridge cannot carry lorries.", "the old bridge cannot carry lorries"),
    ("Some lawmakers advocated moving the capital to the coast.", "moving the capital to the coast"),
    ("The council has also urged the two unions to settle their dispute.", "the two unions to settle their dispute"),
    ("The driver says he tried to stop but the brakes failed on the hill.",
     "he tried to stop but the brakes failed on the hill"),
    ("His lawyer told reporters that Vale had left the prison, but the case against him remains open.",
     "Vale had left the prison, but the case against him remains open"),
    ("The minister said the port would reopen, and the army began shelling the city.", "the port would reopen"),
    ("The storm flooded the lower town, which the fire brigade said was now safe again.", "was now safe again"),
    ("Ruritania claimed to have shot down about 30 drones.", "to have shot down about 30 drones"),
    ("The port authority reported the ferry from Vell had docked two hours late.",
     "the ferry from Vell had docked two hours late"),
    ("The Vell Herald reported on Monday, ticket sales had doubled since the spring.",
     "ticket sales had doubled since the spring"),
    ("The health ministry reported 12 new cases in the northern district.", "12 new cases in the northern district"),
    ("The auditor encouraged the council to publish its spending records.",
     "the council to publish its spending records"),
    ("The mediators invited both unions to resume talks next week.", "both unions to resume talks next week"),
    ("On Friday in the old port of Vell, according to witnesses and the harbour police, a tanker caught fire near the "
     "pier.", "a tanker caught fire near the pier"),
])
def test_reported_speech_shapes(extractor, sentence, content):
    found = quotes_of(extractor, sentence)
    assert content in found and found[content]["direct"] is False and found[content]["speaker"]


@pytest.mark.parametrize("sentence, content", [
    ("The defence ministry said in a statement that the drills were routine.", "the drills were routine"),
    ("Petrov said in an interview with a local paper that talks would resume next week.",
     "talks would resume next week"),
    ('The cleric told a gathering of students that the envoys "cannot be trusted."', "the envoys"),
])
def test_that_clause_after_a_phrase_is_the_content(extractor, sentence, content):
    found = quotes_of(extractor, sentence)
    assert any(q.startswith(content) and not r["direct"] for q, r in found.items()), found


@pytest.mark.parametrize("sentence", [
    "According to the news agency, the city prosecutor said the suspects must face murder charges.",
    "The city prosecutor said on Monday that the suspects must face murder charges, according to the news agency.",
])
def test_according_to_a_source_of_someones_words_is_not_the_speaker(extractor, sentence):
    found = quotes_of(extractor, sentence)
    assert list(found) == ["the suspects must face murder charges"]
    assert found["the suspects must face murder charges"]["speaker"].lower() == "the city prosecutor"
    alone = quotes_of(extractor, "The suspects must face murder charges, according to the news agency.")
    assert alone["The suspects must face murder charges"]["speaker"] == "the news agency"
    quoted = quotes_of(extractor, 'Vell donated boats, which Brun described as a "gesture of friendship," according '
                                  'to the state-run news agency.')
    assert quoted["gesture of friendship,"]["speaker"] == "Brun"


def test_a_circumstance_reporting_other_words_is_not_part_of_content_attributed_after_it(extractor):
    found = quotes_of(extractor, "Although Vell has said that the docks are not for military use, they give Ruritania "
                                 "a foothold to watch traffic in the western bay, say analysts.")
    assert found["the docks are not for military use"]["speaker"] == "Vell"
    assert found["they give Ruritania a foothold to watch traffic in the western bay"]["speaker"] == "analysts"


def test_a_media_report_and_the_speech_it_reports_are_both_items(extractor):
    found = quotes_of(extractor, "Ruritanian leader Karel Vostan said his army would double its reserves, state media "
                                 "reported on Friday.")
    assert found["his army would double its reserves"]["speaker"] == "Karel Vostan"
    assert any(r["speaker"] == "state media" for r in found.values())


def test_a_second_report_in_the_content_is_its_own_item(extractor):
    found = quotes_of(extractor, "The minister said the port would reopen soon, and opposition leaders said the plan "
                                 "was reckless.")
    assert found["the port would reopen soon"]["speaker"] == "The minister"
    assert found["the plan was reckless"]["speaker"] == "opposition leaders"


def test_claiming_responsibility_is_not_a_quote(extractor):
    assert extractor.extract("The rebel group claimed responsibility for the bombing.") == []


@pytest.mark.parametrize("sentence", [
    "The prime minister dismissed his defence minister on Friday.",     # dismissed: fired, not a characterisation
    'Analysts pointed to "rising prices" in the port.',                 # "point to", not "point out"
    "Called the Ruritania Cup, the race drew a large crowd.",          # a name, not a characterisation
    "The mayor, when urged to resign from the council, left the hall.",  # urged by nobody named
    "The company denies the allegations about its mines.",              # what is denied is named, not said
    "Critics might say the plan is a disaster for the coast.",          # not said (yet)
    "The unrest continued in the old port as well, where a sailor was hurt.",  # "continued": no words
    "Lind reports to the harbour council based in Vell and has visited the port twice.",  # whom she answers to
    "Ana Lind reported from Vell; and stringers Tom Hale and Karl Brun contributed from the port.",  # a byline
    "The mayor, when asked by a reporter whether the bridge would reopen, left the hall.",  # a question put to her
])
def test_verbs_that_only_sometimes_report(extractor, sentence):
    assert extractor.extract(sentence) == []


def test_a_circumstance_clause_does_not_attribute_the_main_clause(extractor):
    found = quotes_of(extractor, "The governor promised money for the farmers, while Vell called for a halt to the "
                                 "new tolls.")
    assert list(found) == ["a halt to the new tolls"] and found["a halt to the new tolls"]["speaker"] == "Vell"


def test_a_quoted_characterisation_is_the_item(extractor):
    found = quotes_of(extractor, 'The mayor of Vell, Ana Brun, described the closure as "deplorable and reckless."')
    assert [r["direct"] for r in found.values()] == [True]


def test_reported_words_leading_into_a_direct_quote(extractor):
    lead_in = extractor.extract('Ambassador Mara Quist said the talks "will go on, whatever the northern provinces '
                                'decide."')
    assert [r["direct"] for r in lead_in] == [True]
    found = quotes_of(extractor, 'The envoy said the border had stayed shut for a month because "the smugglers have '
                                 'not stopped and the patrols are tired."')
    assert found["the border had stayed shut for a month"]["direct"] is False


def test_quote_that_lost_its_closing_mark_stops_at_the_attribution():
    text = ('The mayor spoke. "We will rebuild the bridge by spring, and nobody will stop us. Officials said the '
            'budget had been approved on Monday.')
    [(a, b)] = direct_spans(text)
    assert text[a:b] == "We will rebuild the bridge by spring, and nobody will stop us."
    text = 'In the past, the council "was run by a tiny group of old families, Petrova said. "That era is over now."'
    spans = [text[a:b] for a, b in direct_spans(text)]
    assert spans == ["was run by a tiny group of old families", "That era is over now."]


def test_scare_quotes_and_titles_are_skipped(extractor):
    text = ("The so-called \"reform\" passed on Monday. Viewers of \"Meet The Nation\" saw the vote, "
            "and the \"Operation Northern Shield\" began later.")
    assert all(r["direct"] is False for r in extractor.extract(text))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab .,\n'\"\u201c\u201d\u2018\u2019\u00ab\u00bb-:", max_size=60))
def test_odd_quote_marks_never_raise(text):
    spans = direct_spans(text)
    assert all(0 <= a < b <= len(text) for a, b in spans)
    assert spans == sorted(spans)


@pytest.mark.parametrize("text", ["\"", "\u201d\u201d \u201c", "\"\"\"", "He said \u201c",
                                  "\u201cA\n\n\u201c\n\nB\u201d", "'quote' \"x\" y\"z\" \u00abw\u00bb", "", "   \n\n "])
def test_extractor_recovers_from_odd_marks(extractor, text):
    for r in extractor.extract(text):
        assert text[r["start"]:r["end"]] == r["quote"]


# --- speakers ---------------------------------------------------------------------------------------------------

def test_speaker_orders_titles_pronouns_and_short_names(extractor):
    found = quotes_of(extractor, ARTICLE)
    first = found["We will not accept these quotas,"]
    assert first["speaker"] == "Ana Lindqvist" and first["speaker_role"] == "Ruritanian Foreign Minister"
    assert found["If their ships enter our waters, we will respond with everything we have,"]["speaker"] == \
        "Ana Lindqvist"                                            # "she" -> fullest earlier mention
    assert found["The Kremlin is behind this,"]["speaker"] == "Tom Berg"  # "said X" order
    assert found["The Kremlin is behind this,"]["speaker_role"] == "U.S. envoy"


def test_organisation_speaker(extractor):
    found = quotes_of(extractor, "\"No talks are planned for this week,\" the Kremlin said on Tuesday.")
    assert found["No talks are planned for this week,"]["speaker"] == "the Kremlin"


def test_acronym_resolves_to_full_name(extractor):
    text = ("The National Fisheries Agency (NFA) met on Monday. "
            "\"Quotas will be cut by half next year,\" the NFA said.")
    assert quotes_of(extractor, text)["Quotas will be cut by half next year,"]["speaker"] == "National Fisheries Agency"


def test_surname_tagged_as_organisation_resolves_to_full_name(extractor):
    text = ("Analyst Mirela Vosk of the Harbour Institute spoke in Oslo. "
            "\"The quotas will not survive the winter,\" Vosk said on Monday.")
    assert quotes_of(extractor, text)["The quotas will not survive the winter,"]["speaker"] == "Mirela Vosk"


def test_unnamed_spokesperson_speaks_for_the_body(extractor):
    text = ("A Fisheries Board spokesperson said on Monday that the nets would be inspected. "
            "\"We have checked every boat in the harbour twice,\" the spokesperson added.")
    found = quotes_of(extractor, text)
    assert found["We have checked every boat in the harbour twice,"]["speaker"] == "Fisheries Board"


def test_definite_description_resolves_to_the_body_named_before(extractor):
    text = ("The Northern Lighthouse Trust opened its annual meeting on Monday. "
            "\"Our keepers will stay at their posts until the spring,\" the trust said.")
    found = quotes_of(extractor, text)
    assert found["Our keepers will stay at their posts until the spring,"]["speaker"] == "Northern Lighthouse Trust"


def test_speaker_after_the_quote_and_its_role(extractor):
    text = '"The harbour will stay open all winter," said harbour master Ilse Brandt of the Northern Port Authority.'
    found = quotes_of(extractor, text)["The harbour will stay open all winter,"]
    assert (found["speaker"], found["speaker_role"]) == ("Ilse Brandt", "harbour master")


def test_participle_after_the_quote_keeps_the_speaker(extractor):
    text = ('Central bank governor Lena Moss said the currency "has lost half its value since June," further saying, '
            '"Savings are gone."')
    assert {r["speaker"] for r in extractor.extract(text)} == {"Lena Moss"}


@pytest.mark.parametrize("text, quote, speaker", [
    ('Families wait at the crossing. "I am not ready to go back," fretted Amina Yusuf, a farmer from the valley.',
     "I am not ready to go back,", "Amina Yusuf"),                         # any verb in "...," VERB Name order
    ('Trade minister Karl Brenner spoke on Sunday. "Certainly not," he said. "There will be no recession."',
     "Certainly not,", "Karl Brenner"),                                    # one capitalised word is not a title
    ('Trade minister Karl Brenner spoke on Sunday. "Certainly not," he said. "There will be no recession."',
     "There will be no recession.", "Karl Brenner"),                        # and the next quote continues it
    ('Party chairman Tom Hale wrote in a blog post:\n\n"Our ticket will win votes from both sides."\n\nHe did '
     'not reply.', "Our ticket will win votes from both sides.", "Tom Hale"),  # colon ending the paragraph before
    ('The Interior Ministry released a statement which read, in part, "Order will be restored in every province."',
     "Order will be restored in every province.", "Interior Ministry"),     # who issued the statement
    ('"The talks will resume in May," Secretary-General Antonia Berg told reporters.',
     "The talks will resume in May,", "Antonia Berg"),                      # hyphenated title
    ('"We reject this ruling," said the director of the Harbour Trust, Mariela Belski.',
     "We reject this ruling,", "Mariela Belski"),                           # "the director of X, Name"
    ('President of Ukraine Olena Vardy said, "We expect assurances from them."',
     "We expect assurances from them.", "Olena Vardy"),                     # title phrase headed by "President"
    ('Former US Ambassador to the United Nations Clara Voss wrote, "Abandoning our partners is a grave mistake."',
     "Abandoning our partners is a grave mistake.", "Clara Voss"),          # a body inside the title
    ('Labour Party leader and Prime Minister Karel Vostan said he was "humbled" by the result.',
     "humbled", "Karel Vostan"),                                            # two subjects: the person
    ('"Nobody listens to us anymore," said a farmer using the pseudonym Marek.',
     "Nobody listens to us anymore,", "Marek"),                             # "using the pseudonym X"
    ('"We will stay until they listen," said a university student named Ilsa.',
     "We will stay until they listen,", "Ilsa"),                            # "named X"
    ('Governor Lena Marsh signed the bill. The governor tweeted her reasoning saying, "Today we protect our farms."',
     "Today we protect our farms.", "Lena Marsh"),                          # "her reasoning" does not speak
    ('Businessman Karl Osten held a press conference claiming "the minister knew everything."',
     "the minister knew everything.", "Karl Osten"),                        # nor does "a press conference"
    ('Protests grow\n\nResistance continues "The army has increased the violence," U.N. Resident Coordinator for '
     'Myanmar Tomas Weld said.', "The army has increased the violence,", "Tomas Weld"),  # '," long title Name said'

    ('"The arrests are an attack on the press," Reporters Without Borders said.',
     "The arrests are an attack on the press,", "Reporters Without Borders"),   # a name the parse cut at "Without"
    ('"Aid convoys have been blocked for weeks," the Office for the Coordination of Harbour Affairs said.',
     "Aid convoys have been blocked for weeks,", "Office for the Coordination of Harbour Affairs"),
    ('VELMORA, March 3 (Wire) - Foreign Minister Anna Kovac accused the rebels of shelling the port. "We have been '
     'patient for too long," Kovac told reporters.', "We have been patient for too long,", "Anna Kovac"),  # dateline
    ('The state news agency quoted Marshal Ivo Dren as saying that "the invaders will pay a heavy price" if they '
     'cross the river.', "the invaders will pay a heavy price", "Ivo Dren"),          # "quoted X as saying"
    ('Defence Minister Ivo Dren spoke on Monday. He said the operation would continue "as long as necessary."',
     "as long as necessary.", "Ivo Dren"),                   # a thing in the reported content does not speak

    ('North Korea\'s Foreign Ministry denounced the drills as "a rehearsal for invasion" in a statement.',
     "a rehearsal for invasion", "North Korea's Foreign Ministry"),     # the owner of the body kept whole
    ('A trade analyst at the Harbour Institute, Tomas Okafor also noted that the tariffs "will hurt both sides."',
     "will hurt both sides.", "Tomas Okafor"),                          # of a role subject and a name, the name
    ('Aid worker Michael Hendricks returned from the camps. "The children need food now," Hendriks said.',
     "The children need food now,", "Michael Hendricks"),               # a misspelt short name
    ('The same message came from Dutch Foreign Minister Anneke van der Hoek at the parliament. "We need it now," '
     'she said.', "We need it now,", "Anneke van der Hoek"),            # a name the recogniser cut at "van"
    ("The talks have stalled, said Oh Ei Sun, a senior fellow at the Harbour Institute. The islands matter to both "
     "sides, Oh said.", "The islands matter to both sides", "Oh Ei Sun"),  # a family name written first
    ('Karl Brun and Ana Berg shared this view.\n\n"The conflict is theirs. Not ours", said Brun.',
     "The conflict is theirs. Not ours", "Karl Brun"),                   # the comma outside the closing mark
    ('The mayor of Velmora, Karl Brun, thanked "the police and emergency staff for their swift response".',
     "the police and emergency staff for their swift response", "Karl Brun"),   # thanking quotes words
    ('Prime Minister Karl Brun tested positive on Monday. Last week the Prime Minister apologised to the people of '
     'his country for "having an idiot as economy minister."', "having an idiot as economy minister.",
     "Karl Brun"),                                                       # "the Prime Minister" is a role, not a name
    ('The debate involved 102 amendments, and was among the longest they have held.\n\nMember of parliament (MP) '
     'Karl Brunner said the law marked a "sad day for the state".', "sad day for the state", "Karl Brunner"),
    ('In the past, the relationship between the two projects was effectively, "one gets a snapshot every few '
     'years, then the other rebuilds it."', "one gets a snapshot every few years, then the other rebuilds it.",
     ""),                                                                # a lead-in with no one speaking
    ('Harbour master Ana Berg said the port would reopen on Monday. "We are ready for the ships."',
     "We are ready for the ships.", "Ana Berg"),                         # continues reported speech before it
    ('Harbour master Ana Berg said the port would reopen on Monday.\n\n"We are ready for the ships."',
     "We are ready for the ships.", "Ana Berg"),                         # also into the next paragraph
    ('Harbour master Ana Berg said the port would reopen.\n\nThe ferry sank in 1998.\n\n"We are ready for the ships."',
     "We are ready for the ships.", ""),                                 # but not past a paragraph of the writer's
    ('Karl Brun saw compromise as the best way to settle the dispute: "I think both sides should split the area '
     'in half."', "I think both sides should split the area in half.", "Karl Brun"),  # the verb before the colon
    ('Leaders met on Monday.\n\n"Our harbour is flooding. Members of the council, let\'s meet tomorrow!" Ana Lind '
     'told the town on Twitter.', "Our harbour is flooding. Members of the council, let's meet tomorrow!",
     "Ana Lind"),                                                        # '!" Name told', parsed as a new sentence
    ('Karl Brun spoke for an hour. "Will the ferry ever come back?" the port authority asked.',
     "Will the ferry ever come back?", "the port authority"),
    ('Karl Brun spoke for an hour. "Will the ferry ever come back? Will it come in May?" Earlier, the port '
     'authority said: "It is up to the owners."', "Will the ferry ever come back? Will it come in May?",
     "Karl Brun"),                           # the sentence before, not the one after: it opens a quote of its own
    ('The trial ended on Monday. One of the witnesses said the guards thought they were "above the law".',
     "above the law", "One of the witnesses"),                           # her words, not what the guards thought
    ('Senator Tom Hale said the vote was a mistake. "We will regret it."\n\nHarbour envoy Karl Brun also criticised '
     'the decision on Twitter. "The statement shows no grasp of the port."', "The statement shows no grasp of the "
     "port.", "Karl Brun"),                                              # the sentence before speaks, unquoted
    ('Tom Hale said the vote was a mistake. "We will regret it." Karl Brun visited the port on Monday. "The '
     'statement shows no grasp of the port."', "The statement shows no grasp of the port.", "Tom Hale"),  # not so
    ('One of them was ferry pilot Marco Dusk, 31, who cited only his training: "I did what any sailor would do."',
     "I did what any sailor would do.", "Marco Dusk"),                   # the clause the colon ends, not the root
    ('"Walter was brilliant," said Vell University, Harbour Campus\'s chancellor, Ana Lind.', "Walter was brilliant,",
     "Ana Lind"),                                                        # the name after the last comma
    ('"Walter was brilliant," said Vell University\'s chancellor, Pradeep Kholsan. Kholsan spoke of it.',
     "Walter was brilliant,", "Pradeep Kholsan"),                        # one the recogniser does not tag
])
def test_attribution_shapes(extractor, text, quote, speaker):
    assert quotes_of(extractor, text)[quote]["speaker"] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Another passenger, Wendo Kalu, told reporters that the train had stopped twice in the tunnel.", "Wendo Kalu"),
    ("U.S. Ambassador Dana Pell met the press on Monday. Later, Washington's envoy said the sanctions would stay in "
     "place.", "Dana Pell"),
    ("Mexican Foreign Secretary Ana Ruiz spoke first. The foreign minister said the border would remain open.",
     "Ana Ruiz"),
    ("Three senators visited the camp on Friday. They said the conditions were appalling.", "Three senators"),
    ("Border tensions Analysts say the deal will collapse within weeks.", "Analysts"),
    ("Last week novelist Mara Quist released the book Salt Roads. The book alleges that the minister hid the funds "
     "abroad.", "Mara Quist"),                                             # the document named before
    ("Data from the Harbour Institute suggest that the catch fell by half.", "Harbour Institute"),  # "data" -> datum
    ("A Northport Herald story said the harbour deal was off.", "Northport Herald"),        # a news story's outlet
    ('"We fear for them," said Karl Brun of the Ruritanian Congress. Ana Tajaroensuk, who heads Thailand\u2019s '
     "People\u2019s Empowerment Foundation, echoed the concerns. She told reporters she visited the prisoners.",
     "Ana Tajaroensuk"),                                      # a name the recogniser took for a place is a person
    ("The Ruritanian government issued a statement on Monday. The statement said the border would stay closed.",
     "Ruritanian government"),                                # the body that issued the statement
    ("Northwind Labs restored the archive on Monday. The announcement also said that new complaints would be "
     "reviewed.", "Northwind Labs"),                          # "the announcement": of the subject just before

    ("A spokesperson for the Kremlin said the talks were over.", "Kremlin"),     # a seat of government speaks

    ("The bloc is preparing sanctions, according to people familiar with the matter.",
     "people familiar with the matter"),                      # an adjective phrase after the noun

    ("Ruritanian state TV reported that the navy had seized a tanker in the strait.", "Ruritanian state TV"),
    ("Ukraine's General Staff said its forces had repelled the attack overnight.", "Ukraine's General Staff"),

    ("Foreign Minister Sergei Lavrov said the talks were over.", "Sergei Lavrov"),   # the text's spelling kept
    ("Police officers on Monday night told reporters that the bridge would stay closed.", "Police officers"),
    ("The National Transport Safety Committee of Ruritania on Monday said the ferry had sunk.",
     "National Transport Safety Committee of Ruritania"),     # a body's name stops at a date
    ("A lot of people said the water was unsafe.", "A lot of people"),          # not "lot of people"
    ("Another co-author, Julia Marsh, said the deaths were preventable.", "Julia Marsh"),   # not "Another co"
    ("The World Health Organization (WHO) said the outbreak was over.", "World Health Organization"),
    ('Lena Vos of Harbour University and contributor to the Review wrote that a single country could demand the '
     'removal of a post.', "Lena Vos"),                      # a role noun conjoined to the name is not a speaker
    ("Actor Lena Jordan said the festival would go on.", "Lena Jordan"),     # a surname that is also a country
    ("Minister Karl Brun spoke first. Some of the protesters we met said they feared for their jobs.",
     "Some of the protesters we met"),                        # "some of X", not the person before
    ("Minister of Information Karl Brun said the talks were over.", "Karl Brun"),   # not "Information Karl Brun"
    ("President Karl Brun arrived on Thursday. The President visited the memorial on Friday. He delivered a speech. "
     "In addition, he announced the creation of a new park.", "Karl Brun"),   # "The President" is Karl Brun
    ("The Harbour Safety Board is unable to operate during the shutdown; however, its website notes that its "
     "operations center is still accepting reports.", "Harbour Safety Board"),   # "its website": the body's
    ("According to the Tornio mayor, Dee Walsh, during the weekend, police were investigating whether a letter posted "
     "online was written by the suspect.", "Dee Walsh"),      # a name between commas the parse did not attach
    ("Senators Karl Brun, Ana Lind and Tom Hale wrote that the sanctions should stay.",
     "Karl Brun, Ana Lind and Tom Hale"),                     # every conjunct, not only the first's
    ("Both Vellia and Ostrava reject the claims that their joint port harms local fishermen.",
     "Vellia and Ostrava"),                                   # "Both" tagged as a determiner is no part of it
    ("The mayor, Karl Brun, wrote to the embassy. Both he and the county police commissioner Ana Lind urged that the "
     "immunity be waived.", "Karl Brun and Ana Lind"),       # a pronoun conjoined with a named person
    ("Ana Lind spoke first. She and Karl Brun both said the rebels must open the roads.", "Ana Lind and Karl Brun"),
    ("Karl Brun was quoted by the state agency as saying the talks had failed.", "Karl Brun"),   # not the agency
    ("The Vell Harbour Authority denied the report on Monday. A spokesperson said the ferry would sail on time.",
     "Vell Harbour Authority"),                               # a bare "a spokesperson" speaks for the body just named
    ("The bridge stays closed, said the owner of a bakery in the old town, who asked not to be named.",
     "the owner of a bakery in the old town"),               # a relative clause after a comma is no part of it
    ("The actor Tom Hale Jr. joined the tribute. During the broadcast, Hale said the film had changed his life.",
     "Tom Hale Jr."),                                         # a short name stands for the name with its suffix
])
def test_descriptions_pronouns_and_headings(extractor, text, speaker):
    [record] = [r for r in extractor.extract(text) if not r["direct"]]
    assert record["speaker"] == speaker


@pytest.mark.parametrize("text", [
    "Karl Brun questioned the choice. He said the reckless Tom Hale had attacked the mayor. He also said the room "
    "was ready.",                                             # "he" continues the speaker, not the subject he reported
    "Ana Lind arrived late. She told me that Karl Brun was a kind person. He told me that the room was ready.",
])                                                            # ... unless the speaker was "she"
def test_a_pronoun_after_reported_speech_continues_its_speaker(extractor, text):
    assert quotes_of(extractor, text)["the room was ready"]["speaker"] == "Karl Brun"


def test_a_demand_joined_to_reported_content_is_the_reporting_speakers(extractor):
    text = ('President Reza Amini said in a televised address that Vell "stands with its friends" and accused the '
            'council of "hypocrisy."')
    assert quotes_of(extractor, text)["hypocrisy."]["speaker"] == "Reza Amini"      # not Vell


def test_a_name_the_parse_hung_on_an_earlier_phrase_still_speaks(extractor):
    text = ('Speaking at a news conference in Vell, the harbour authority chief, Ana Lind, said the closures "may '
            'last for weeks."')
    assert quotes_of(extractor, text)["may last for weeks."]["speaker"] == "Ana Lind"


def test_a_partial_quote_after_according_to_is_the_reporting_speakers(extractor):
    text = 'Spokeswoman Ana Lind said on Monday, according to the agency, that Vell "firmly opposes" the new tariffs.'
    assert quotes_of(extractor, text)["firmly opposes"]["speaker"] == "Ana Lind"


@pytest.mark.parametrize("text", [
    "MOSCOW (Wire) - The minister said.", "UNITED NATIONS, March 3 (Wire) - The envoy said.",
    "KYIV, Ukraine (Wire) \u2014 Officials said.", "GENEVA \u2014 The agency said.", "Paris (Wire) - Officials said.",
    "(Wire) \u2014 A source said.", "Intro.\n\nBEIJING, Jan 5 (Wire) - China said.",
    "11:10 GMT \u2014 Officials said.", "2:45 p.m. ET - The envoy said.",
])
def test_datelines_are_blanked_for_parsing(text):
    from diplostance.pipeline import blank_datelines

    blanked = blank_datelines(text)
    assert len(blanked) == len(text) and blanked.split()[0] in ("The", "Officials", "A", "China", "Intro.")
    assert blanked.split()[-2:] == text.split()[-2:]


@pytest.mark.parametrize("text", ["NATO - the alliance - said so.", "The minister said - twice - that it was over.",
                                  "UN - The council met.", "Vote 2024 - The count begins."])
def test_paragraphs_that_are_not_datelines_are_kept(text):
    from diplostance.pipeline import blank_datelines

    assert blank_datelines(text) == text


def test_person_entity_gives_the_name_and_the_role():
    from spacy.tokens import Doc, Span

    from diplostance.speakers import load_nlp, split_name

    doc = Doc(load_nlp().vocab, words=["Broadcaster", "Jon", "Tallis"])
    doc.ents = [Span(doc, 0, 3, label="PERSON")]
    assert split_name(list(doc)) == ("Jon Tallis", "Broadcaster")


# --- targets ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("form, name", [("Washington", "United States"), ("the White House", "United States"),
                                        ("Moscow", "Russia"), ("the Kremlin", "Russia"), ("Ankara", "Turkey"),
                                        ("Beijing", "China"), ("Kyiv", "Ukraine"), ("Pyongyang", "North Korea"),
                                        ("NATO", "NATO"), ("U.N.", "United Nations"), ("ISIS", "Islamic State"),
                                        ("Houthis", "Houthis"), ("Hezbollah", "Hezbollah"),
                                        ("Putin", "Vladimir Putin")])
def test_metonyms_and_organisations_have_canonical_names(form, name):
    assert canonical(form) == name


def test_brussels_is_the_eu_only_in_eu_context():
    first = find_mentions("Brussels wants a deal, the EU said.")[0]
    assert (first.start, first.name) == (0, "European Union")
    assert not find_mentions("The museum in Brussels reopened.")


def test_own_side_is_excluded(extractor):
    text = "\"Ankara will regret this decision,\" Turkish Foreign Minister Deniz Kaya said about Moscow's plan."
    found = quotes_of(extractor, text)["Ankara will regret this decision,"]
    assert found["target"] == "Russia" and "Turkey" not in found["target_candidates"]
    assert own_side("Recep Tayyip Erdogan") >= {"Turkey"}


def test_own_side_comes_from_apposition_not_from_postings(extractor):
    text = '"Moscow will regret this decision," said Professor Lena Dahl, a Turkish presidential adviser.'
    assert "Turkey" not in quotes_of(extractor, text)["Moscow will regret this decision,"]["target_candidates"]
    assert own_side("Tom Berg", "U.S. envoy for Syria") == {"United States"}
    assert own_side("State Department") == {"United States"} and canonical("the State Department") == "United States"
    assert own_side("Ana Lind", "spokesperson for UNHCR") == {"UNHCR"}       # a body one speaks for
    assert own_side("Ana Lind", "spokesperson for Pakistan's Ministry of Foreign Affairs") == {"Pakistan"}


def test_an_unmarked_office_is_of_the_storys_home_state():
    assert own_side("Ana Lind", "Defense Secretary") == {"United States"}       # US-based news leaves it unmarked
    assert own_side("Ana Lind", "Defense Secretary", home="Philippines") == {"Philippines"}     # a Manila dateline
    assert own_side("Ana Lind", "U.S. Defense Secretary", home="Ukraine") == {"United States"}
    assert own_side("Ana Lind", "Republican Senator", home="Ukraine") == {"United States"}


def test_a_leader_of_the_speakers_own_state_is_domestic_politics_not_a_target(extractor):
    own = quotes_of(extractor, '"The order is ready, and Trump has been clear about it," said White House spokeswoman '
                               'Dana Pell.')["The order is ready, and Trump has been clear about it,"]
    assert own["target"] == "" and own["target_candidates"] == []
    other = quotes_of(extractor, '"The order is ready, and Putin has been clear about it," said White House '
                                 'spokeswoman Dana Pell.')["The order is ready, and Putin has been clear about it,"]
    assert other["target"] == "Russia"


def test_own_side_from_a_run_in_heading_and_from_every_conjoined_apposition(extractor):
    quote = "We have many interests in common with Egypt."
    heading = f'Hard choices Turkey\'s Defense Minister Karl Brun spoke on Saturday. "{quote}" he said.'
    found = quotes_of(extractor, heading)[quote]
    assert found["speaker_role"] == "Turkey's Defense Minister" and found["target"] == "Egypt"
    quote = "What I expect is a long-range missile launch by North Korea,"
    text = f'"{quote}" said Gen. Karl Brun, head of the air wing and commander for U.S. Pacific Command.'
    assert quotes_of(extractor, text)[quote]["target_candidates"] == ["North Korea"]


def test_a_role_without_a_country_belongs_to_the_body_named_before_and_to_its_rulers(extractor):
    quote = "We reject the claims linking the attack with Afghanistan,"
    text = ("The Taliban government denied the report. Afghanistan's Ministry of Foreign Affairs called Pakistan's claims "
            f'baseless. "{quote}" foreign ministry spokesperson Karl Brun said.')
    found = quotes_of(extractor, text)[quote]
    assert found["target"] == "Pakistan" and found["target_candidates"] == ["Pakistan"]


def test_a_role_description_is_the_person_named_next_with_a_matching_role(extractor):
    text = ('The military spokesperson said the operation was over. "The passengers are safe," said Lt. Gen. Karl Brun, '
            "the director general of the military's media wing.")
    found = quotes_of(extractor, text)["the operation was over"]
    assert (found["speaker"], found["speaker_role"]) == ("Karl Brun", "The military spokesperson")
    text = 'The minister said the talks were over. "We will appeal," said Ana Lind, a lawyer for the family.'
    assert quotes_of(extractor, text)["the talks were over"]["speaker"] == "The minister"     # no shared word
    text = ('Chile\'s envoy defended the treaty, saying relations were "completely peaceful." "There is no reason for '
            'concern about Peru," Ambassador Karl Brun said.')          # the same office, a country only one names
    assert quotes_of(extractor, text)["completely peaceful."]["speaker"] == "Karl Brun"
    other = text.replace("Ambassador", "U.S. Ambassador")             # the envoy of another country
    assert quotes_of(extractor, other)["completely peaceful."]["speaker"] == "Chile's envoy"
    text = ('Two military officials said the operation was over. "The passengers are safe," said Lt. Gen. Karl Brun, '
            "the director general of the military's media wing.")
    assert quotes_of(extractor, text)["the operation was over"]["speaker"] == "Two military officials"  # not one


def test_a_description_opening_a_passage_is_the_person_named_next(extractor):
    text = ('The head of the relief agency told the council that its clinics were full. "We have no beds left," said '
            "Secretary General Ana Lind.")
    found = quotes_of(extractor, text)["its clinics were full"]
    assert (found["speaker"], found["speaker_role"]) == ("Ana Lind", "The head of the relief agency")
    text = ('The U.N. envoy for Vell said the fighting must stop. Mira Tal made her appeal on Friday. "Nobody wins this '
            'war," Tal said. The U.N. says the fighting has displaced two million people.')
    found = quotes_of(extractor, text)
    assert found["the fighting must stop"]["speaker"] == "Mira Tal"
    assert found["the fighting has displaced two million people"]["speaker"] == "United Nations"     # not the envoy
    text = 'The U.N. envoy for Vell said the fighting must stop. "We will appeal," said Mira Tal, a lawyer for the family.'
    assert quotes_of(extractor, text)["the fighting must stop"]["speaker"] == "The U.N. envoy for Vell"   # her own role
    text = ('Vell\'s foreign minister, Karl Brun, opened the meeting. The foreign minister said the talks were over. '
            '"We will appeal," said Ana Lind.')                    # a description of someone named before
    assert quotes_of(extractor, text)["the talks were over"]["speaker"] != "Ana Lind"


def test_a_bare_body_is_the_body_named_before_with_its_country(extractor):
    text = ("The Chilean military sent two ships to the strait on Monday. The ships arrived at dawn. The military said "
            "the patrol would last a week.")
    assert quotes_of(extractor, text)["the patrol would last a week"]["speaker"] == "Chilean military"


def test_people_listed_beside_a_plural_subject_are_its_speakers(extractor):
    text = ("Three members of the Senate — Ann Bell, Tom Hale and Rita Vos — wrote to the minister on Friday. "
            '"We are deeply worried," they wrote.')
    assert quotes_of(extractor, text)["We are deeply worried,"]["speaker"] == "Ann Bell, Tom Hale and Rita Vos"


def test_the_president_is_not_the_vice_president(extractor):
    text = ('President Tom Hale met Vice President Ana Lind on Monday. Lind welcomed the deal. "We are ready to sign," '
            "the president said.")
    assert quotes_of(extractor, text)["We are ready to sign,"]["speaker"] == "Tom Hale"


def test_a_single_name_is_a_surname_before_a_first_name():
    from diplostance.speakers import SpeakerResolver

    resolver = SpeakerResolver()
    resolver.names = {"Aden Barre Duale": True, "Shamsa Mohamed Aden": True}
    assert resolver.resolve("Aden", person=False) == "Shamsa Mohamed Aden"


def test_a_surname_the_recogniser_took_for_a_place_stays_a_person(extractor):
    text = ('The court fined Tom Mosul and his son Rafe Mosul on Monday. Mosul, who left office in 2013, rejected the '
            'ruling. "Nobody can say I took a bribe," he said.')
    assert quotes_of(extractor, text)["Nobody can say I took a bribe,"]["speaker"] == "Tom Mosul"


def test_an_interview_transcripts_labels_give_unattributed_quotes_their_speaker(extractor):
    text = ("Ana Lind runs the harbour trust in Vell.\n\n"
            '((WN)) On your website you wrote "the harbour belongs to everyone." What did you mean?\n\n'
            "((Ana Lind)) We want the docks open to all.\n\n"
            'Our motto is "Ships for the many" and we mean it.\n\n'       # an answer's passage runs on
            "((WN)) Will the trust sell the old pier?\n\n((Ana Lind)) No. Never.\n")
    found = quotes_of(extractor, text)
    assert found["the harbour belongs to everyone."]["speaker"] == "Ana Lind"      # her words, quoted in a question
    assert found["Ships for the many"]["speaker"] == "Ana Lind"
    from diplostance.speakers import transcript_labels

    assert transcript_labels("((WN)) Why?\n\n((WN)) And then?\n\n((Note)) Edited.\n") == []   # one speaker


@pytest.mark.parametrize("text, speaker", [
    ("Many of the families who fled the valley in 1990 said the camp was full.", "Many of the families"),
    ("Residents of the villages that the storm flattened said the aid was late.", "Residents of the villages"),
])
def test_a_relative_clause_inside_the_speakers_phrase_ends_it(extractor, text, speaker):
    [record] = extractor.extract(text)
    assert record["speaker"] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('"The deal is done and nobody can reverse it," a senior Vellian official, speaking on condition of anonymity, '
     "told reporters.", "senior Vellian official"),
    ('"We will not move," a Vellian diplomat, declining to be named, said on Monday.', "Vellian diplomat"),
])
def test_an_unnamed_source_after_the_quote_with_an_aside_before_the_verb(extractor, text, speaker):
    [record] = extractor.extract(text)
    assert record["speaker"] == speaker


def test_a_role_with_no_country_belongs_to_the_body_that_spoke_before(extractor):
    text = ('The Philippine coast guard said two of its boats were rammed. "We will not be bullied by China or by anyone '
            'else in the Philippines," coast guard spokesman Jon Tal said.')
    assert quotes_of(extractor, text)["We will not be bullied by China or by anyone else in the Philippines,"][
        "target_candidates"] == ["China"]
    text = ("Afghanistan's foreign ministry said on Monday that the claims were false. \"Our soil is not used against "
            'Pakistan," foreign ministry spokesperson Ali Zed said. Pakistan\'s foreign ministry said on Tuesday that the '
            'attackers came from Afghanistan. "Pakistan should solve its own problems and stop blaming Afghanistan," Zed '
            "said.")                                            # his ministry stays Afghanistan's
    found = quotes_of(extractor, text)
    for quote in ("Our soil is not used against Pakistan,", "Pakistan should solve its own problems and stop blaming "
                  "Afghanistan,"):
        assert found[quote]["target_candidates"] == ["Pakistan"]


def test_a_ministry_spokesperson_speaks_for_the_state_that_spoke_just_before(extractor):
    text = ('China on Monday accused the Philippines of provoking the clash. "The Philippine side bears full '
            'responsibility," foreign ministry spokesperson Lin Tao told a news briefing. He added that China would '
            '"take all necessary measures."')
    found = quotes_of(extractor, text)["China would \"take all necessary measures.\""]
    assert found["target"] == "Philippines" and "China" not in found["target_candidates"]


def test_a_name_inside_the_speakers_phrase_is_not_the_speaker(extractor):
    text = ('"We have seen this before," said one resident of the border town of Dunmar, who gave only her first name, '
            "Mira.")
    assert quotes_of(extractor, text)["We have seen this before,"]["speaker"] == (
        "one resident of the border town of Dunmar")


def test_a_speaker_with_a_participle_before_the_verb_keeps_the_quote(extractor):
    text = ('On Friday, Vellian prime minister Kostas Varos speaking to the Harbour Policy think tank called the '
            'maritime deal "null and void".')                # parsed as the think tank calling it
    assert {r["speaker"] for r in extractor.extract(text)} == {"Kostas Varos"}


def test_a_quote_inside_reported_content_is_that_contents_speakers(extractor):
    text = ('Ana Lind told reporters the deal "was a disaster," while Tom Hale called it "a fair start."')
    found = quotes_of(extractor, text)
    assert found["was a disaster,"]["speaker"] == "Ana Lind" and found["a fair start."]["speaker"] == "Tom Hale"
    text = 'Ana Lind said the deal was "a disaster," Tom Hale reported.'       # the innermost content claims it
    assert quotes_of(extractor, text)["a disaster,"]["speaker"] == "Ana Lind"


def test_a_pronoun_passes_over_the_subject_of_a_relative_clause(extractor):
    text = ('Refusing to step down, Karl Brun agreed to a deal in which Tom Hale became prime minister. "Nobody but the '
            'people will remove me," he declared.')
    assert quotes_of(extractor, text)["Nobody but the people will remove me,"]["speaker"] == "Karl Brun"


def test_a_countrys_envoy_is_not_another_countrys_and_may_be_named_next(extractor):
    text = ("Britain's deputy U.N. ambassador, Tom Hale, said the council should act. Chile's U.N. ambassador told "
            "reporters that the issue belonged in Geneva. Ana Lind blamed Peru for the impasse, but she said Chile hoped "
            'for a deal. "Pressure on one country will not work," she added.')
    found = quotes_of(extractor, text)
    assert found["the issue belonged in Geneva"]["speaker"] == "Ana Lind"          # not the British envoy
    assert "Chile" not in found["Pressure on one country will not work,"]["target_candidates"]


def test_a_document_in_an_outlet_is_the_outlets(extractor):
    [record] = extractor.extract("An editorial in the Northport Herald warned that the deal would fail.")
    assert record["speaker"] == "Northport Herald"


def test_a_country_an_expert_studies_is_not_the_experts_side(extractor):
    quote = "I think Putin is bluffing,"
    found = quotes_of(extractor, f'"{quote}" said Ana Lind, a Russia expert at the Vell Institute in London.')[quote]
    assert found["target"] == "Russia"
    assert own_side("Karl Brun", "senior Iran analyst") == set()
    assert own_side("Chinese researchers") == {"China"}          # a people's adjective: who they are


def test_a_posting_inside_the_speakers_own_state_is_not_a_posting_abroad():
    assert own_side("Karl Brun", "commander for U.S. Pacific Command") == {"United States"}
    assert own_side("Karl Brun", "adviser to the Turkish President") == {"Turkey"}
    assert own_side("Karl Brun", "envoy for Afghanistan Reconciliation") == set()      # a name, not a modifier
    assert own_side("Karl Brun", "envoy to the U.N. Human Rights Council") == set()     # not a state


def test_a_role_only_the_us_government_has_puts_the_speaker_on_the_us_side(extractor):
    found = quotes_of(extractor, '"Washington will keep the tariffs until Ottawa acts," Commerce Secretary Dana Pell '
                                 'said.')["Washington will keep the tariffs until Ottawa acts,"]
    assert found["target"] == "Canada" and "United States" not in found["target_candidates"]
    assert own_side("Dana Pell", "Republican Representative") == {"United States"}
    assert own_side("Ian Hale", "Secretary of State for Northern Ireland") == set()


def test_a_country_stands_for_its_de_facto_rulers_where_the_text_names_them_as_its_government(extractor):
    quote = "Kabul has failed to stop the attacks,"
    plain = f'"{quote}" Pakistani envoy Omar Haddad said.'
    assert quotes_of(extractor, plain)[quote]["target"] == "Afghanistan"
    ruled = "The Taliban government rejected the report on Monday. " + plain
    assert quotes_of(extractor, ruled)[quote]["target"] == "Taliban"
    ruled_here = find_mentions("The Taliban-led authorities met Afghan traders.")
    assert [m.name for m in ruled_here] == ["Taliban", "Afghanistan"]


def test_descriptions_stand_for_the_armed_group_named_before(extractor):
    quote = "the insurgents have not kept their promise to reduce violence"
    text = f"The Taliban attacked two bases in Kandahar on Monday. Washington said {quote}."
    assert quotes_of(extractor, text)[quote]["target"] == "Taliban"
    from diplostance.targets import with_references
    ruling = f"The Taliban government closed the border. Officials said {quote}."
    assert len(with_references(ruling, find_mentions(ruling))) == 1        # a government is not "the insurgents"
    text = "Myanmar's military seized power in a coup. The junta closed the airports. The army left."
    assert [m.name for m in with_references(text, find_mentions(text))] == ["Myanmar military"] * 3
    text = "Boko Haram fighters seized the town. The army chief vowed to crush the rebellion."
    assert [m.name for m in with_references(text, find_mentions(text))] == ["Boko Haram"] * 2
    text = "Abu Sayyaf claimed the blast. The perpetrators will be punished, the minister said."
    assert [m.name for m in with_references(text, find_mentions(text))] == ["Abu Sayyaf Group"] * 2
    text = "The Taliban rejected the plan. Months later the militants of another group struck."
    assert [m.name for m in with_references(text, find_mentions(text))] == ["Taliban", "Taliban"]
    assert len(with_references("The rebels struck. Then Hamas spoke.", find_mentions("Hamas"))) == 1   # only before


def test_article_salience_decides_between_context_mentions():
    from diplostance.targets import Mention, choose_target

    near = [Mention(0, 5, "Chile", "Chile"), Mention(10, 15, "Peru", "Peru")]
    assert choose_target(near, (50, 60), (40, 70), set(), {"Peru": 3.0})[0] == "Peru"
    assert choose_target(near, (50, 60), (40, 70), set(), {"Chile": 3.0})[0] == "Chile"


def test_quote_mention_beats_context(extractor):
    text = ("Iran and Iraq held talks in Baghdad on Monday. "
            "\"Washington must leave the region,\" said Iranian President Reza Amini.")
    found = quotes_of(extractor, text)["Washington must leave the region,"]
    assert found["target"] == "United States" and "Iraq" in found["target_candidates"]


def test_addressee_beats_place(extractor):
    from diplostance.targets import Mention, mention_weight

    text = "Officials in Canada warned Mexico about the plan."
    place, addressee = find_mentions(text)
    assert (place.name, addressee.name) == ("Canada", "Mexico")
    assert mention_weight(text, addressee) > mention_weight(text, place)
    assert mention_weight("Afghan women protested.", Mention(0, 6, "Afghanistan", "Afghanistan")) < 1
    fight = "our gains in the fight against Hamas"
    assert mention_weight(fight, find_mentions(fight)[0]) == 1          # a shared cause, not an addressee
    backed = "the rebels are backed by Iran"
    assert mention_weight(backed, find_mentions(backed)[0]) == 2        # the sponsor of an armed group


def test_a_demonym_before_people_in_office_or_arms_is_an_actor(extractor):
    from diplostance.targets import mention_weight

    for text in ("my Chinese colleague", "Russian forces shelled the town", "Iranian officials denied it"):
        assert mention_weight(text, find_mentions(text)[0]) == 1, text
    assert mention_weight("Russian gas flows west", find_mentions("Russian gas flows west")[0]) < 1
    text = ('Ambassador Lena Morrow of Vellia spoke to the council on Friday. "I appeal to my Chinese colleague and to '
            'Chinese diplomats to understand that, if Pyongyang keeps testing missiles, we will have to act," Morrow '
            'said.')
    assert extractor.extract(text)[0]["target"] == "China"


def test_target_can_be_forced(extractor):
    recs = extractor.extract(ARTICLE, target="Atlantis")
    assert recs and all(r["target"] == "Atlantis" for r in recs)


def test_long_articles_are_parsed_in_chunks(extractor):
    para = "\"We will not give up the islands,\" Admiral Jon Vik said. The navy warned that patrols would double."
    text = "\n\n".join([para] * 150)
    recs = extractor.extract(text)
    assert len([r for r in recs if r["direct"]]) == 150
    assert all(text[r["start"]:r["end"]] == r["quote"] for r in recs)
    assert all(r["speaker"] == "Jon Vik" for r in recs if r["direct"])


# --- predict on articles ------------------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def stance_model(tmp_path_factory, tiny_model):
    from diplostance.config import load_config
    from diplostance.training import train

    tmp = tmp_path_factory.mktemp("stance")
    data = write_jsonl(tmp / "items.jsonl", inline_items(4))
    cfg = load_config("configs/default.yaml", [
        f"model.name_or_path={tiny_model}", f"data.train_files=[{data}]", f"training.output_dir={tmp / 'ckpt'}",
        "model.max_length=64", "training.max_steps=2", "training.per_device_train_batch_size=8"])
    return train(cfg)


@pytest.fixture()
def articles(tmp_path):
    folder = tmp_path / "news"
    (folder / "deep").mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "deep" / "b.txt").write_text("\"Talks with Beijing will resume,\" the minister said.", encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\"Caf\xe9 talks\", he said.")
    return folder


def run_predict(tmp_path, *args):
    out = tmp_path / "out.jsonl"
    code = main(["predict", *map(str, args), "--output", str(out), "--format", "jsonl"])
    return code, [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_predict_folder_reports_bad_file_and_goes_on(tmp_path, articles, capsys):
    code, rows = run_predict(tmp_path, articles, "--extract-only")
    assert code == 1
    assert f"{articles / 'bad.txt'}: " in capsys.readouterr().err
    assert {r["article"] for r in rows} == {str(articles / "a.txt"), str(articles / "deep" / "b.txt")}
    for r in rows:
        assert {"article", "start", "end", "quote", "speaker", "target", "direct", "target_candidates",
                "speaker_role", "cue"} <= set(r) and "label" not in r and "scores" not in r
        assert Path(r["article"]).read_text(encoding="utf-8")[r["start"]:r["end"]] == r["quote"]


def test_predict_files_and_globs_classify(tmp_path, articles, stance_model):
    code, rows = run_predict(tmp_path, articles / "a.txt", articles / "**" / "b.txt", "--model", stance_model)
    assert code == 0
    assert {r["article"] for r in rows} == {str(articles / "a.txt"), str(articles / "deep" / "b.txt")}
    for r in rows:
        assert r["label"] in r["scores"] and abs(sum(r["scores"].values()) - 1) < 1e-4


def test_predict_stdin_text_and_jsonl(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-8"))))
    code, rows = run_predict(tmp_path, "-", "--extract-only")
    assert code == 0 and rows and all(r["article"] == "-" for r in rows)
    lines = [json.dumps({"id": "n1", "text": ARTICLE}), json.dumps({"id": "n2", "text": "No quotes here."})]
    src = tmp_path / "arts.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, rows = run_predict(tmp_path, src, "--extract-only", "--target", "Atlantis")
    assert code == 0 and {r["article"] for r in rows} == {"n1"} and {r["target"] for r in rows} == {"Atlantis"}


def test_predict_csv_output(tmp_path, articles):
    out = tmp_path / "rows.csv"
    assert main(["predict", str(articles / "a.txt"), "--extract-only", "--format", "csv", "--output", str(out)]) == 0
    header = out.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header[:6] == ["article", "start", "end", "quote", "speaker", "target"]


def test_predict_missing_input_is_reported(tmp_path, capsys):
    code, rows = run_predict(tmp_path, tmp_path / "nope.txt", "--extract-only")
    assert code == 1 and rows == [] and "nope.txt" in capsys.readouterr().err


# --- extraction evaluation ------------------------------------------------------------------------------------

def test_labelled_spans_are_grouped_by_article_and_bad_ids_named(tmp_path):
    import importlib.util

    from diplostance.errors import DataError

    spec = importlib.util.spec_from_file_location("unseen", REPO / "experiments" / "unseen.py")
    unseen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(unseen)
    labelled_spans = unseen.labelled_spans
    good = tmp_path / "labels.jsonl"
    good.write_text('{"id": "wn-A:3-9", "speech": "yes"}\n{"id": "wn-A:20-31", "speech": "no"}\n', encoding="utf-8")
    assert labelled_spans(good) == {"wn-A": [{"id": "wn-A:3-9", "speech": "yes", "start": 3, "end": 9},
                                             {"id": "wn-A:20-31", "speech": "no", "start": 20, "end": 31}]}
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "wn-A:3-9"}\n{"id": "wn-A"}\n', encoding="utf-8")
    with pytest.raises(DataError, match=r"bad\.jsonl.*2.*id"):
        labelled_spans(bad)


def test_matching_is_one_to_one_at_half_iou():
    from diplostance.extraction_eval import match, normalise_speaker

    gold = [{"start": 0, "end": 10}, {"start": 20, "end": 30}]
    pred = [{"start": 2, "end": 10}, {"start": 0, "end": 9}, {"start": 20, "end": 45}]
    assert match(pred, gold) == [(1, 0)]
    assert normalise_speaker("The Kremlin's") == normalise_speaker("kremlin")


def test_target_accuracy_is_broken_down_by_gold_target():
    from diplostance.extraction_eval import score

    gold = {"a": [{"start": 0, "end": 10, "direct": True, "speaker": "X", "target": "Chile"},
                  {"start": 20, "end": 30, "direct": True, "speaker": "X", "target": ""},
                  {"start": 40, "end": 50, "direct": True, "speaker": "X", "target": ""}]}
    pred = {"a": [{"start": 0, "end": 10, "direct": True, "speaker": "X", "target": "Chile"},
                  {"start": 20, "end": 30, "direct": True, "speaker": "X", "target": ""},
                  {"start": 40, "end": 50, "direct": True, "speaker": "X", "target": "Peru"}]}
    figures = score(pred, gold)["all"]
    assert (figures["target_accuracy"], figures["target_n"]) == (1.0, 1)
    assert (figures["target_accuracy_gold_empty"], figures["target_n_gold_empty"]) == (0.5, 2)
    assert figures["target_accuracy_all"] == round(2 / 3, 4)


@pytest.mark.corpus
@pytest.mark.skipif(not (SHARED_CORPUS / "articles.jsonl").exists() or not GOLD.exists(),
                    reason="needs ../shared/corpus and data/annotations/news.jsonl")
def test_extraction_evaluation_on_gold(tmp_path):
    ids = sorted({json.loads(line)["article_id"] for line in GOLD.read_text(encoding="utf-8").splitlines()
                  if line.strip()})[:4]
    listed = tmp_path / "ids.txt"
    listed.write_text("\n".join(ids) + "\n", encoding="utf-8")
    out = tmp_path / "extraction.json"
    assert main(["evaluate", "--extraction", "--gold", str(GOLD), "--articles", str(listed),
                 "--output", str(out)]) == 0
    metrics = json.loads(out.read_text(encoding="utf-8"))
    assert metrics["articles"] == len(ids)
    for part in ("all", "direct", "reported"):
        assert {"precision", "recall", "f1", "speaker_accuracy", "speaker_accuracy_lenient", "target_accuracy",
                "target_accuracy_gold_empty", "target_accuracy_all"} <= set(metrics[part])
        assert 0 <= metrics[part]["f1"] <= 1


def _item(text, quote, speaker, target):
    a = text.index(quote)
    return {"id": f"art:{a}-{a + len(quote)}", "article_id": "art", "start": a, "end": a + len(quote), "direct": True,
            "speaker": speaker, "target": target}


def test_second_annotator_is_scored_beside_the_extractor(tmp_path, extractor):
    from diplostance.extraction_eval import annotator_agreement

    gold = {"art": [_item(ARTICLE, "We will not accept these quotas,", "Ana Lindqvist", ""),
                    _item(ARTICLE, "The Kremlin is behind this,", "Tom Berg", "Russia")]}
    second = tmp_path / "second.jsonl"
    write_jsonl(second, [{"id": gold["art"][0]["id"], "speaker": "Ana Lindqvist", "target": ""},
                         {"id": gold["art"][1]["id"], "speaker": "Berg", "target": "the Kremlin"}])
    figures = annotator_agreement(second, gold, {"art": ARTICLE}, extractor)
    human, machine = figures["annotator"], figures["extractor"]
    assert (figures["items"], human["matched"], machine["matched"]) == (2, 2, 2)
    assert (human["speaker_accuracy"], human["speaker_accuracy_lenient"]) == (0.5, 1.0)
    assert (human["target_accuracy"], human["target_accuracy_gold_empty"]) == (1.0, 1.0)    # "the Kremlin" = Russia
    assert machine["speaker_accuracy"] == 1.0


@pytest.mark.parametrize("line, field", [({"id": "art:0-5", "speaker": "X"}, "target"),
                                         ({"speaker": "X", "target": ""}, "id"),
                                         ({"id": "art:9-99", "speaker": "X", "target": ""}, "id")])
def test_second_annotator_file_problems_name_line_and_field(tmp_path, line, field):
    from diplostance.errors import DataError
    from diplostance.extraction_eval import annotator_agreement

    path = tmp_path / "second.jsonl"
    write_jsonl(path, [line])
    gold = {"art": [{**_item(ARTICLE, "We will not accept these quotas,", "A", ""), "id": "art:0-5"}]}
    with pytest.raises(DataError) as err:
        annotator_agreement(path, gold, {"art": ARTICLE})
    assert f"{path}" in str(err.value) and field in str(err.value)


@pytest.mark.corpus
@pytest.mark.skipif(not (SHARED_CORPUS / "articles.jsonl").exists() or not GOLD.exists(),
                    reason="needs ../shared/corpus and data/annotations/news.jsonl")
def test_published_second_annotation_of_speakers_and_targets(tmp_path):
    out = tmp_path / "agreement.json"
    assert main(["evaluate", "--extraction", "--annotator", str(REPO / "data" / "agreement" / "second_extraction.jsonl"),
                 "--output", str(out)]) == 0
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["items"] == figures["annotator"]["matched"] >= 200
    assert figures["annotator"]["speaker_accuracy"] > figures["extractor"]["speaker_accuracy"]


def test_a_role_before_the_name_keeps_its_phrase(extractor):
    [record] = extractor.extract("The head of the Ruritanian delegation, Karel Vostan, said the talks had failed.")
    assert (record["speaker"], record["speaker_role"]) == ("Karel Vostan", "head of the Ruritanian delegation")


def test_an_age_or_an_honorific_is_not_a_role(extractor):
    found = quotes_of(extractor, "Olga Petrenko, 54, said she had not slept for days. Mr. Karel Vostan told lawmakers "
                                 "the country would not be blackmailed.")
    assert found["she had not slept for days"]["speaker_role"] == ""
    assert found["the country would not be blackmailed"]["speaker_role"] == ""


def test_an_apposed_acronym_is_a_body_not_a_person(extractor):
    found = quotes_of(extractor, 'The head of the harbour relief programme, HRA, said the camps were full.\n\n"We '
                                 'cannot take more people," he said.')
    assert found["the camps were full"]["speaker"] == "HRA"
    assert found["We cannot take more people,"]["speaker"] != "HRA"        # "he" is a person, not the body


def test_a_body_named_beside_a_description_speaks_and_is_referred_back_to(extractor):
    found = quotes_of(extractor, "The charity Doctors Without Walls says the clinics have run out of medicine. The aid "
                                 "group, known by its acronym DWW, reports that 300 people were treated.")
    assert found["the clinics have run out of medicine"]["speaker"] == "Doctors Without Walls"
    assert found["300 people were treated"]["speaker"] == "Doctors Without Walls"


@pytest.mark.parametrize("text", [
    'There is a mechanism for bundling mods, and there is a concept called "game" which is a stand-alone pack.',
    'Although the word "pandemic" only refers to how widely a disease has spread, it alarmed many.',
    "The disease has spread to 13 countries this year, claiming more than 500 lives.",
])
def test_naming_a_thing_and_claiming_lives_are_not_speech(extractor, text):
    assert extractor.extract(text) == []


def test_described_by_a_source_as_is_speech(extractor):
    found = quotes_of(extractor, 'The tracking data show a pattern described by the Harbour Bulletin as "rather hectic '
                                 'and kind of confused".')
    assert found["rather hectic and kind of confused"]["speaker"] == "Harbour Bulletin"


def test_some_of_a_thing_does_not_speak(extractor):
    assert extractor.extract("Some of the tests said the drug was safe.") == []


def test_as_reported_by_names_where_words_were_published_not_who_spoke(extractor):
    records = extractor.extract('Speaking on live television, President Karl Brun said \u2014 as reported by the Harbour '
                                'Daily News \u2014 "The museum will be a mosque. Its status will change."')
    assert [(r["quote"], r["speaker"]) for r in records] == [
        ("The museum will be a mosque. Its status will change.", "Karl Brun")]


def test_a_verb_parsed_as_hanging_off_an_apposition_is_the_named_persons(extractor):
    """The parser sometimes reads "Brun, a key reform figure, joked that ..." as the figure joking."""
    from spacy.tokens import Doc

    from diplostance.speakers import _subject

    words = ["Karl", "Brun", ",", "a", "key", "reform", "figure", ",", "joked", "that", "Lind", "is", "wrong", "."]
    heads = [1, 1, 1, 6, 6, 6, 1, 6, 6, 11, 11, 8, 11, 1]
    deps = ["compound", "ROOT", "punct", "det", "amod", "compound", "appos", "punct", "acl", "mark", "nsubj",
            "ccomp", "acomp", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "NOUN", "PUNCT", "VERB", "SCONJ", "PROPN", "AUX", "ADJ",
           "PUNCT"]
    doc = Doc(extractor.nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert _subject(doc[8]).text == "Brun"


def test_a_named_owner_makes_a_body_specific(extractor):
    found = quotes_of(extractor, "The Harbour Trust said the port was safe. Ruritania's foreign ministry urged both "
                                 "sides to exercise restraint. It said the capital was in contact with all parties.")
    assert found["both sides to exercise restraint"]["speaker"] == "Ruritania's foreign ministry"
    assert found["the capital was in contact with all parties"]["speaker"] == "Ruritania's foreign ministry"


#: One rule each (the id names it): an article, one of its quotes, a field of that quote's record and its value.
def test_according_to_plan_or_a_choice_reports_nothing(extractor):
    found = quotes_of(extractor, "Each person works according to their choice. The launch went ahead according to plan. "
                                 "According to the agency's schedule, the outage ends at noon.")
    assert list(found) == ["the outage ends at noon"]
    assert found["the outage ends at noon"]["speaker"] == "the agency's schedule"


#: A group's words far from any name: the state the article is about is their target.
_BUS_ATTACK = ("Gunmen attacked a bus in northern Kenya on Monday, and Kenyan police said the driver was among the "
               "dead. The bus had left the coastal town at dawn with about sixty passengers on board. Survivors said "
               "the attackers stopped the vehicle on a dirt road, ordered everyone out and separated them into groups. "
               "Several passengers managed to flee into the bush, where they hid until help arrived in the late "
               "afternoon. Local officials said the road would stay closed for several days while the wreck was "
               "removed. Relatives gathered outside the district hospital through the night, waiting for news of the "
               'injured.\n\nIn a short message, al-Shabab vowed "to strike again and again until our demands are met."')

ONE_RULE_CASES = [
    pytest.param("SEOUL \u2014 South Korea said on Sunday that North Korea had sent more balloons. South Korean officials "
                 "met in Seoul to discuss the response of South Korea.\n\n\"The North is testing how far it can go,\" "
                 "said analyst Hong Jae-min.", "The North is testing how far it can go,", "target", "North Korea",
                 id="'the North' stands for North Korea in a story naming both Koreas"),
    pytest.param("MEXICO CITY \u2014 The Foreign Relations Secretariat said on Monday that the deal with the United States "
                 "reflected \"the spirit of good neighborliness\" of the treaty with Mexico.",
                 "the spirit of good neighborliness", "target_candidates", ["United States"],
                 id="a 'Secretariat' is a state's body, placed by the dateline where it names no state"),
    pytest.param("Cambodian Prime Minister Sok Vanna said on Facebook that Phnom Penh would go to the world court.\n\n"
                 "At Government House, Prime Minister Pichit Wongsa told reporters that Thailand would defend its "
                 "border and summon the Cambodian ambassador.",
                 "Thailand would defend its border and summon the Cambodian ambassador", "target", "Cambodia",
                 id="a state the speaker's own words speak for places an unplaced office, before the last to speak"),
    pytest.param("The Taoiseach, Eoin Mac Carthaigh, said Ireland \"will not be told how to vote\" on the bill by "
                 "Washington.", "will not be told how to vote", "target", "United States",
                 id="the Taoiseach is Ireland's"),
    pytest.param("Vellia will deliver more water, the Foreign Relations Secretariat (SRE) said on Monday.\n\n"
                 "\"We keep our word,\" the SRE said.", "We keep our word,", "speaker", "Foreign Relations Secretariat",
                 id="an all-capital acronym in brackets after a body's whole name stands for it, in any language"),
    pytest.param("The T\u00e1naiste and Minister for Foreign Affairs, Aoife Nic Dhonncha, said that the decision was "
                 "regrettable.", "the decision was regrettable", "speaker", "Aoife Nic Dhonncha",
                 id="'T\u00e1naiste' is an office, whose holder is named beside it"),
    pytest.param("At the church, Memhir Tesfaye Alemu said a service would be held on Sunday.",
                 "a service would be held on Sunday", "speaker", "Tesfaye Alemu",
                 id="Ethiopian honorifics ('Memhir', 'Ato') are not part of the name"),
    pytest.param("Maj Gen Aung Kyaw Lin, a junta spokesman, said the clash was provoked.", "the clash was provoked",
                 "speaker", "Aung Kyaw Lin", id="'Maj' without a dot is a rank"),
    pytest.param("Padoh Mahn Kler Htoo, a KNU spokesman, said the group had warned villagers.",
                 "the group had warned villagers", "speaker", "Mahn Kler Htoo",
                 id="the Karen honorific 'Padoh' is not part of the name"),
    pytest.param("Osei says Canada will \"answer dollar for dollar\" as U.S. doubles steel and aluminum tariffs\n\n"
                 "OTTAWA \u2014 Canada will respond in kind, Foreign Affairs Minister Amara Osei said Tuesday.",
                 "answer dollar for dollar", "speaker", "Amara Osei",
                 id="a headline's 'says' run into the speaker's name is not part of it"),
    pytest.param("Pol Col Somsak Rattanakul, a police spokesman, said the suspects had fled.", "the suspects had fled",
                 "speaker", "Somsak Rattanakul", id="the Thai police's 'Pol' before a rank is an honorific"),
    pytest.param("Assoc Prof Pavida Somboon, a political scientist, said the plan was risky.", "the plan was risky",
                 "speaker", "Pavida Somboon", id="'Assoc Prof' is a title"),
    pytest.param("Engineer Tilahun Bekele spoke first. \"The dam is safe,\" Engineer Tilahun said.", "The dam is safe,",
                 "speaker", "Tilahun Bekele", id="'Engineer' before a name is a title"),
    pytest.param("ISLAMABAD: Pakistan on Wednesday rejected the decision to stop sharing river data under the Vell "
                 "Basin Accord, with Federal Minister for Water Resources Mian Abdul Qayyum Watto calling any attempt "
                 "to divert the river \"an act of war\".", "an act of war", "speaker", "Mian Abdul Qayyum Watto",
                 id="two given names the recogniser left out after a portfolio are part of the name"),
    pytest.param("ISLAMABAD: Pakistan on Wednesday rejected the decision to stop sharing river data under the Vell "
                 "Basin Accord, with Federal Minister for Water Resources Mian Abdul Qayyum Watto calling any attempt "
                 "to divert the river \"an act of war\".",
                 "an act of war", "speaker_role", "Federal Minister for Water Resources",
                 id="a title the parse set apart from the name before it is the person's role"),
    pytest.param("Defence Ministry spokesman Rear-Admiral Hu Jianguo spoke first.\n\n\"We will not accept provocation,\" "
                 "Rear-Admiral Hu said.", "We will not accept provocation,", "speaker", "Hu Jianguo",
                 id="a hyphenated rank ('Rear-Admiral') is a title"),
    pytest.param("Health Minister Madam Wang Shuyi spoke after him. \"It is settled,\" Madam Wang said.",
                 "It is settled,", "speaker", "Wang Shuyi",
                 id="'Madam' is an honorific like 'Mrs'"),
    pytest.param("Defence minister Helene Marchetti-Vidal spoke first. \"We stay,\" Mme Marchetti-Vidal said.",
                 "We stay,", "speaker", "Helene Marchetti-Vidal",
                 id="'Mme' is an honorific like 'Mrs'"),
    pytest.param("Fleet spokesman Captain First Rank Alexei Tarasov said \"the drills will go ahead\" in the Baltic.",
                 "the drills will go ahead", "speaker", "Alexei Tarasov",
                 id="a naval rank's class ('Captain First Rank') is not part of the name"),
    pytest.param("Dr Farah Nadia binti Ismail, a researcher, said \"we must act\" on the shoals.",
                 "we must act", "speaker", "Farah Nadia binti Ismail",
                 id="'binti' joins a Malay name to the father's"),
    pytest.param("Senior Minister of State for the Environment Rahayu binti Mahmud said the agency had shared images.",
                 "the agency had shared images", "speaker", "Rahayu binti Mahmud",
                 id="a given name and particle the recogniser left out after a portfolio are part of the name"),
    pytest.param("Iran's Hojatoleslam Reza Tavassoli-Nejad said \"the agency will regret it\" in Vienna.",
                 "the agency will regret it", "speaker", "Reza Tavassoli-Nejad",
                 id="'Hojatoleslam' is a cleric's title, not part of the name"),
    pytest.param("His lawyer, Me Koffi Agbeko, said \"the charges are absurd\" outside the court.",
                 "the charges are absurd", "speaker", "Koffi Agbeko",
                 id="the French lawyer's 'Me' (Maitre) is an honorific, not part of the name"),
    pytest.param("Samoa's Prime Minister, Afioga Lauofo Tapu Meleisea, chairs the alliance.\n\n"
                 "\"Washington helped write that law,\" Lauofo told reporters.",
                 "Washington helped write that law,", "speaker", "Lauofo Tapu Meleisea",
                 id="a Samoan honorific ('Afioga') is no given name"),
    pytest.param("The council met at dawn. Tan Sri Ahmad Rahim spoke first.\n\n\"We are not for sale,\" said Rahim.",
                 "We are not for sale,", "speaker", "Ahmad Rahim",
                 id="a short name's fuller form in the text leaves its honorific out"),
    pytest.param("US Ambassador to Papua New Guinea Karen Hollis said the deal was \"a partnership\" for Port Moresby.",
                 "a partnership", "speaker", "Karen Hollis",
                 id="a place after an envoy's 'to' is not part of the name, however many words it has"),
    pytest.param("Commander of the United States Central Command General Robert Whitfield said \"we want to build on "
                 "that\" in Rawalpindi.", "we want to build on that", "speaker", "Robert Whitfield",
                 id="the place that opens a body's name after 'of' leaves the body whole"),
    pytest.param("The runner-up, Jean-Baptiste Kouassi Yao of the FAD, rejected the ruling.\n\n"
                 "\"I do not recognise these results,\" Mr Kouassi Yao said.",
                 "I do not recognise these results,", "speaker", "Jean-Baptiste Kouassi Yao",
                 id="a hyphenated given name the recogniser took for a body is part of the name"),
    pytest.param("The ceremony was attended by the Defence Minister, Aliou Ndour.\n\nThe minister thanked the soldiers "
                 "\"for their service\" before leaving.", "for their service", "speaker", "Aliou Ndour",
                 id="a capitalised title set beside a name gives the person that role"),
    pytest.param("The ceremony was attended by the Defence Minister, General Aliou Ndour, and the French ambassador, "
                 "Christine Fayolle.\n\n\"We thank our partners,\" General Ndour told Paris.",
                 "We thank our partners,", "target", "France",
                 id="a title joined to a person's title, with its own holder set beside it, is the other person's"),
    pytest.param("The deal was signed by the chief minister, Roslan bin Abdul Karim, on Monday.\n\nMr Roslan struck a "
                 "conciliatory note. \"Today they are heard,\" he said.", "Today they are heard,", "speaker",
                 "Roslan bin Abdul Karim",
                 id="a Malay name's second reference by the given name resolves to the name with the father's"),
    pytest.param("In Baghdad, Deputy National Security Adviser Haidar Jawad al-Moussawi said the government remained "
                 "committed to the deal.", "the government remained committed to the deal", "speaker",
                 "Haidar Jawad al-Moussawi",
                 id="a given name after a title that the recogniser left out of a long name is part of it"),
    pytest.param("Natalia Aleksandrovna Berg, chief economist at the Centre, said \"nothing will change\" for savers.",
                 "nothing will change", "speaker", "Natalia Aleksandrovna Berg",
                 id="a given name opening a sentence that the recogniser took for a place is part of the name"),
    pytest.param("Ukrainian Navy spokesperson Captain Third Rank Serhii Bondarenko called the claim \"a cynical "
                 "pretext\" for piracy.", "a cynical pretext", "speaker", "Serhii Bondarenko",
                 id="a rank's ordinal ('Third Rank') is no given name"),
    pytest.param("Greenland row\n\nThe response from Copenhagen was immediate.\n\nForeign Minister Ana Lind said "
                 "\"Denmark will never sell Greenland\" to Washington.", "Denmark will never sell Greenland", "target",
                 "United States",
                 id="a paragraph announcing a state's response places the minister who opens the next"),
    pytest.param("In Lima, Energy Minister Ana Lind said \"Peru honours its commitments\" to Bolivia.",
                 "Peru honours its commitments", "target", "Bolivia",
                 id="'Lima' is Peru's seat: a minister placed there is of Peru"),
    pytest.param("External Affairs Minister Ana Lind said \"India has been patient\" with Ottawa for too long.",
                 "India has been patient", "target", "Canada",
                 id="an 'External Affairs Minister' is India's"),
    pytest.param("Abdirahman Yusuf Ali, a researcher at the Heritage Institute, said the timing could hardly be worse.",
                 "the timing could hardly be worse", "speaker", "Abdirahman Yusuf Ali",
                 id="a given name opening a sentence that the recogniser left out of the name is part of it"),
    pytest.param("Ecologist Ryan Norris of the University of Guelph said human actions had little to do with it.",
                 "human actions had little to do with it", "speaker", "Ryan Norris",
                 id="an occupation opening a sentence before a name ('Ecologist') is no given name"),
    pytest.param("Sen. Jessamyn Clarke-Obi, D-Vt., called it \"a distraction dreamed up by people who never looked at "
                 "a map.\"", "a distraction dreamed up by people who never looked at a map.", "speaker",
                 "Jessamyn Clarke-Obi",
                 id="a legislator's party and state ('D-Vt.') parsed as a conjunct is no speaker"),
    pytest.param("Across the border, the reaction was shrill. Pakistan's Federal Minister for Water Resources Syed "
                 "Arbab Hussain told the assembly that any attempt to divert the flow would be an act of war.",
                 "any attempt to divert the flow would be an act of war", "speaker", "Syed Arbab Hussain",
                 id="'Water Resources' is a portfolio, not part of the name"),
    pytest.param("Managua expelled two diplomats, according to a communiqué from Nicaragua's Foreign Ministry read "
                 "on television.", "Managua expelled two diplomats", "speaker", "Nicaragua's Foreign Ministry",
                 id="a 'communiqué' speaks for its source"),
    pytest.param("The debate turned into a shouting match. Likud MK Galit Ben-Naim accused the opposition of "
                 "\"weakening Israel in front of its enemies\" by calling the session.",
                 "weakening Israel in front of its enemies", "speaker", "Galit Ben-Naim",
                 id="of two subjects, the name speaks, not a title the recogniser ran into it ('Likud MK')"),
    pytest.param("The debate turned into a shouting match. Likud MK Galit Ben-Naim accused the opposition of "
                 "\"weakening Israel in front of its enemies\" by calling the session.",
                 "weakening Israel in front of its enemies", "target", "",
                 id="an 'MK' is a member of Israel's Knesset: Israel is the speaker's own side"),
    pytest.param("Cambodian Deputy Prime Minister Samdech Chea Sovannarith said the canal \"has nothing to hide\".",
                 "has nothing to hide", "speaker", "Chea Sovannarith", id="'Samdech' is a Cambodian honorific"),
    pytest.param("Yesh Atid MK Noa Shaltiel said the government had a duty to bring the hostages home.",
                 "the government had a duty to bring the hostages home", "speaker", "Noa Shaltiel",
                 id="a party and an office inside one person entity ('Yesh Atid MK') are left out of the name"),
    pytest.param("Minister Ana Lind told Army Radio that the talks had failed. The army said two brigades had "
                 "completed training.", "two brigades had completed training", "speaker", "The army",
                 id="'the army' is not a broadcaster whose name opens with 'Army'"),
    pytest.param("Foreign Minister Ana Lind said the talks had failed. Later the Prime Minister said the talks would "
                 "resume.", "the talks would resume", "speaker", "the Prime Minister",
                 id="'the Prime Minister' is not the foreign minister named before"),
    pytest.param("Sir Keir Starmer has told allies that Britain will send troops. Speaking in Paris, the Prime "
                 "Minister said: \"Britain will not stand on the sidelines.\"",
                 "Britain will not stand on the sidelines.", "speaker", "Keir Starmer",
                 id="'the Prime Minister' is the one known leader the text has named, with only an honorific"),
    pytest.param("Algeria's Minister of Foreign Affairs and National Community Abroad, Mourad Benkhelifa, said "
                 "relations with France were going through their worst crisis.", "relations with France were going "
                 "through their worst crisis", "speaker", "Mourad Benkhelifa",
                 id="a name set beside a title speaks, not the title's own conjunct ('and National Community Abroad')"),
    pytest.param("\"The border villages of Armenia have suffered enough,\" Nikol Pashinyan said.",
                 "The border villages of Armenia have suffered enough,", "target", "",
                 id="a known official's state is the speaker's own side, not the target"),
    pytest.param("Essequibo row\n\nGEORGETOWN, Guyana, Jun 9, VNS \u2013 Prime Minister Ana Lind on Monday accused "
                 "Venezuela of \"reckless provocation\".", "reckless provocation", "speaker", "Ana Lind",
                 id="a dateline with an agency's initials after the date ('Jun 9, VNS -') is no speaker"),
    pytest.param("Tarsa row\n\n\"We will not trade our dignity.\" With those words, Prime Minister Ana Lind on Tuesday "
                 "rejected aid offered by Tarsa.", "We will not trade our dignity.", "speaker", "Ana Lind",
                 id="'With those words' in the same paragraph gives a lone quote to the next sentence's subject"),
    pytest.param("The union chairman, Alhaji Garba Maiturare, said that the closure had hurt traders.",
                 "the closure had hurt traders", "speaker", "Garba Maiturare",
                 id="'Alhaji' is an honorific, not part of the name"),
    pytest.param("The Chairman of the Illela Traders Association, Alhaji Garba Maiturare, told our correspondent that "
                 "members had lost their capital.", "members had lost their capital", "speaker", "Garba Maiturare",
                 id="a title's holder named after a comma, tagged as a body with an honorific, speaks"),
    pytest.param("Former premier Tun Hashim Ismail said the deal was fair.", "the deal was fair", "speaker",
                 "Hashim Ismail", id="'Tun' is a Malaysian honorific"),
    pytest.param("Sarawak Deputy Premier Datuk Amar Linggi Nyalau said the smoke had returned.",
                 "the smoke had returned", "speaker", "Linggi Nyalau", id="'Datuk Amar' is one honorific"),
    pytest.param("Johor Menteri Besar Datuk Kamarulzaman Osman said the state had spent more.",
                 "the state had spent more", "speaker", "Kamarulzaman Osman", id="'Menteri Besar' is a title"),
    pytest.param("Back home, the Chairman of the Senate Committee on Defence, Senator (Dr.) Chinedu Okafor-Ezeh, said "
                 "the brigade \"must be funded\".", "must be funded", "speaker", "Chinedu Okafor-Ezeh",
                 id="a title's holder after a comma, parsed as a conjunct, is the one speaker; '(Dr.)' is left out"),
    pytest.param("But the senator representing Sokoto East, Senator (Dr.) Ibrahim Lamido Gwadabe, said the reopening "
                 "was long overdue.", "the reopening was long overdue", "speaker", "Ibrahim Lamido Gwadabe",
                 id="an honour in brackets between a title and a name ('Senator (Dr.)') is not a speaker"),
    pytest.param("Jordanian Deputy Prime Minister and Minister of Foreign Affairs and Expatriates Zaid Al-Majali "
                 "described the plans as \"a red line\".", "a red line", "speaker", "Zaid Al-Majali",
                 id="'Expatriates' is a portfolio, not part of the name"),
    pytest.param("European Commissioner for the Mediterranean Liesbeth Vandermeulen said the union would contribute.",
                 "the union would contribute", "speaker", "Liesbeth Vandermeulen",
                 id="the place after a title's 'for' is not part of the name"),
    pytest.param("Qatari Minister of State for International Cooperation Dr. Khalid bin Mohammed Al-Mansouri said "
                 "Qatar would contribute $1 billion.", "Qatar would contribute $1 billion", "speaker",
                 "Khalid bin Mohammed Al-Mansouri",
                 id="a long portfolio with 'for' that the recogniser runs into the name is left out of it"),
    pytest.param("The Customs Area Controller, Comptroller Olufemi Akinrinade-Bello, said smuggling had fallen.",
                 "smuggling had fallen", "speaker", "Olufemi Akinrinade-Bello",
                 id="'Controller' and 'Comptroller' are titles; the holder named after them speaks"),
    pytest.param("\"We need sanctions on him, and we need them now,\" said Lithuanian EPP MEP Rasa Kavaliauskiene.",
                 "We need sanctions on him, and we need them now,", "speaker", "Rasa Kavaliauskiene",
                 id="after 'said', a people's adjective taken for a person ('Lithuanian') is no speaker before the name"),
    pytest.param("The opposition senator Marta Ruiz accused the government of secrecy. \"They handed Tarsa a pretext,\" "
                 "the legislator declared.", "They handed Tarsa a pretext,", "speaker", "Marta Ruiz",
                 id="'the legislator' is the senator named before"),
    pytest.param("Emmanuel Macron, speaking in Marseille, struck a warmer note. The French president added that he "
                 "wanted the deal \"signed before the summer\".", "signed before the summer", "speaker",
                 "Emmanuel Macron", id="'the French president' is the known French leader named before with no role"),
    pytest.param("The Vellian Embassy in Tokyo rejected the protest. In a post on its account, the embassy said the drills "
                 "were \"on sovereign territory.\"", "on sovereign territory.", "speaker", "Vellian Embassy in Tokyo",
                 id="an embassy named with its seat ('Embassy in Tokyo') keeps it when 'the embassy' speaks later"),
    pytest.param("In a post on X, Premier Nivi Kristiansen wrote: \"The island is not for sale.\"",
                 "The island is not for sale.", "speaker", "Nivi Kristiansen", id="'Premier' is a title"),
    pytest.param("Chairperson Amina Wario said the summit would go ahead.", "the summit would go ahead", "speaker",
                 "Amina Wario", id="'Chairperson' is a title"),
    pytest.param("According to security sources cited by the news magazine Vell Weekly, the diplomat had met two men "
                 "in May.", "the diplomat had met two men in May", "speaker", "security sources",
                 id="the sources 'cited by' a magazine speak, not the magazine"),
    pytest.param("Green lawmaker Ana Lindqvist backed the plan. \"Tarsa needs these weapons now,\" the 66-year-old said.",
                 "Tarsa needs these weapons now,", "speaker", "Ana Lindqvist",
                 id="'the 66-year-old' is the person named last, as 'she' would be"),
    pytest.param("Court sanctioned\n\n\"This court has no power over us, and it never will.\"\n\nWith those words, "
                 "Foreign Minister Ana Lind on Thursday announced sanctions on four judges.",
                 "This court has no power over us, and it never will.", "speaker", "Ana Lind",
                 id="a quote standing alone is of the subject of a next paragraph opening 'With those words'"),
    pytest.param("Earlier this month, the state news agency carried a statement by Ana Lind, a director at the ministry. "
                 "\"Tarsa must first abandon its obsession,\" the statement said.", "Tarsa must first abandon its "
                 "obsession,", "speaker", "Ana Lind", id="a statement carried 'by' a person is that person's"),
    pytest.param("Karl Brun, a spokesman for the ministry, repeated on Wednesday that the observers had no role to play.",
                 "the observers had no role to play", "speaker", "Karl Brun", id="'repeated that' reports speech"),
    pytest.param("Questioned on Thursday, the head of the Vell mission, Mr. Tomás Echeverría Ruiz, said that the mission "
                 "would continue to document abuses.", "the mission would continue to document abuses", "speaker",
                 "Tomás Echeverría Ruiz", id="'Mr.' before a name apposed to a title is no part of the name"),
    pytest.param("The U.S. Ambassador to Tarsa, Daniel Brook, told reporters that the ships carried no weapons.",
                 "the ships carried no weapons", "speaker", "Daniel Brook",
                 id="a person apposed to an office with a place before it ('The U.S. Ambassador to Tarsa, X,') speaks"),
    pytest.param("Mexico took Ecuador to court. In a separate statement, the Ecuadorean Foreign Ministry said it remained "
                 "\"open to dialogue with the people of Mexico\".", "open to dialogue with the people of Mexico",
                 "target", "Mexico", id="a people's adjective the lexicon lacks ('Ecuadorean') names the speaker's state"),
    pytest.param("Papua New Guinean troops arrived on Monday. Guinea's foreign minister, Ana Lind, said the mission "
                 "was welcome.", "the mission was welcome", "target", "Papua New Guinea",
                 id="'Papua New Guinean' is of Papua New Guinea, not Guinea"),
    pytest.param("Drills near the island\n\nTAIPEI - China's navy said its ships had sailed at dawn around Taiwan. "
                 "The China Coast Guard said its cutters had joined them. In a statement read to reporters in Taipei, "
                 "Defence Minister Ana Lind said the fleet posed no danger. \"Beijing will not frighten us,\" Lind said.",
                 "Beijing will not frighten us,", "target", "China",
                 id="where an unplaced minister's words were read to reporters ('to reporters in Taipei') places them"),
    pytest.param("Prime Minister Sir Tevita Kaufana said the treaty was aimed at no other country. \"We chose this "
                 "partner,\" Kaufana said.", "We chose this partner,", "speaker", "Tevita Kaufana",
                 id="'Sir' is an honorific"),
    pytest.param("Foreign Minister Ratu Isoa Tabaka said the deal would be signed.", "the deal would be signed",
                 "speaker", "Isoa Tabaka", id="'Ratu' is an honorific"),
    pytest.param("Solicitor-General Arun Mehra SC told the court that the state met its obligations.",
                 "the state met its obligations", "speaker", "Arun Mehra", id="'SC' after a name is an honour"),
    pytest.param("Commission spokesperson for enlargement Clara Voss said the Commission had proposed new steps.",
                 "the Commission had proposed new steps", "speaker", "Clara Voss",
                 id="a spokesperson's portfolio before the name ('spokesperson for enlargement Clara Voss')"),
    pytest.param("Tarsa was unmoved. Minister of State for Foreign Affairs Saeed bin Rashid Al Mansoori said in remarks "
                 "carried by the state news agency that Tarsa \"will never give up its islands\".",
                 "will never give up its islands", "speaker", "Saeed bin Rashid Al Mansoori",
                 id="a portfolio the recogniser ran into a body's name is no part of the person's name"),
    pytest.param("Mexico sues Ecuador\n\nMEXICO CITY - Mexico filed a case against Ecuador at the world court on "
                 "Thursday. Foreign Minister Ana Lind said the embassy in Quito would remain closed. \"What happened in "
                 "Quito has no precedent in our region,\" Lind said.", "What happened in Quito has no precedent in our "
                 "region,", "target", "Ecuador",
                 id="a place in what was said ('said the embassy in Quito') is not where the speaker spoke"),
    pytest.param("Chinese jets flew near Taiwan on Monday. The Mainland Affairs Council said the flights around Taiwan "
                 "\"threaten peace in the region\".", "threaten peace in the region", "target", "China",
                 id="a state institution whose name names no state ('Mainland Affairs Council') is of its state"),
    pytest.param("\"Tarsa is a friend,\" Karl Brun said in a statement.\n\nIn a statement issued late on Saturday, the "
                 "Vellian foreign ministry said it had protested.\n\n\"Tarsa has sent a wrong signal,\" the statement "
                 "said.", "Tarsa has sent a wrong signal,", "speaker", "Vellian foreign ministry",
                 id="a statement a speaker spoke in ('In a statement ..., the ministry said') is that speaker's"),
    pytest.param("Vellia's Ambassador to Tarsa, Karl Brun, was more restrained.\n\n\"Tarsa decides for itself what it "
                 "buys,\" he said.", "Tarsa decides for itself what it buys,", "speaker", "Karl Brun",
                 id="the title of a person named beside it ('Ambassador to Tarsa, Karl Brun,') is no person of its own"),
    pytest.param("Prime Minister Ana Lind said the ceremony would go ahead. Critics were angry. \"We will not "
                 "apologise,\" the PM said.", "We will not apologise,", "speaker", "Ana Lind",
                 id="'the PM' is the prime minister named before"),
    pytest.param("Famine has spread to 14 districts, the Integrated Food Security Phase Classification (IPC) said. The "
                 "IPC said its analysts could not reach two districts.", "its analysts could not reach two districts",
                 "speaker", "Integrated Food Security Phase Classification",
                 id="an acronym in brackets that takes some of a body's initials ('IPC') stands for the body"),
    pytest.param("\"We expect Tarsa to restore order,\" Head of the Presidential Office Taras Melnyk wrote on Telegram.",
                 "We expect Tarsa to restore order,", "speaker", "Taras Melnyk",
                 id="a name after a title's office ('Head of the Presidential Office Taras Melnyk') is the person's"),
    pytest.param("Vellia's Commissioner for Human Rights Olena Marchuk, who met the freed men, said most of them were "
                 "in poor condition.", "most of them were in poor condition", "speaker", "Olena Marchuk",
                 id="the holder of a titled portfolio ('Commissioner for Human Rights Olena Marchuk, who ...')"),
    pytest.param("\"The fact remains,\" Vell director of Amnesty International Man-kei Tam said in a statement.",
                 "The fact remains,", "speaker", "Man-kei Tam",
                 id="a hyphenated given name with a lower-case part ('Man-kei') is part of a name the parse ran on"),
    pytest.param("Minister for Foreign Affairs Mara Vell said the talks with Tarsa were over.",
                 "the talks with Tarsa were over", "speaker", "Mara Vell",
                 id="a portfolio after a title ('Minister for Foreign Affairs') is not part of the name"),
    pytest.param("Deputy Prime Minister for Restoration Olena Marchuk said the port would reopen in May.",
                 "the port would reopen in May", "speaker", "Olena Marchuk",
                 id="a portfolio in -tion after a title ('for Restoration') is not part of the name"),
    pytest.param("\"The line must stay open,\" Unification Minister Seo Min-hyuk told lawmakers. \"We will keep "
                 "calling,\" Seo said.", "We will keep calling,", "speaker", "Seo Min-hyuk",
                 id="a hyphenated given name with a lower-case part ('Min-hyuk') is the name's, after any title"),
    pytest.param("Senator Ernesto \"Totoy\" Villareal said the ship had been hit twice.",
                 "the ship had been hit twice", "speaker", "Ernesto \"Totoy\" Villareal",
                 id="a nickname quoted inside a name is part of the name"),
    pytest.param("Drills near the island\n\nTAIPEI - China's navy said its ships had sailed at dawn around Taiwan. "
                 "The China Coast Guard said its cutters had joined them. Defence Minister Ana Lind told legislators in "
                 "Taipei that the fleet posed no danger. \"Beijing will not frighten us,\" Lind said.",
                 "Beijing will not frighten us,", "target", "China",
                 id="where an unplaced minister told people ('told legislators in Taipei') places the minister"),
    pytest.param("Rep. Tom Alvarez (D-Calif.) said the United States must keep talking to China.",
                 "the United States must keep talking to China", "target", "China",
                 id="a US party and state after a name ('(D-Calif.)') make the speaker American"),
    pytest.param("The Inter-Services Public Relations (ISPR) said the post had been attacked. \"The troops engaged the "
                 "attackers,\" the ISPR said.", "The troops engaged the attackers,", "speaker",
                 "Inter-Services Public Relations", id="an acronym takes a capital from each part of a hyphenated word"),
    pytest.param("Ministry spokesperson Shri Ajay Kumar Bhatnagar said: \"Our position on the boundary is well known.\"",
                 "Our position on the boundary is well known.", "speaker", "Ajay Kumar Bhatnagar",
                 id="'Shri' is an honorific"),
    pytest.param("Brazilian President Luiz Inácio Lula da Silva was blunt. \"Brazil made concessions that many people did "
                 "not like,\" Lula said.", "Brazil made concessions that many people did not like,", "speaker",
                 "Luiz Inácio Lula da Silva", id="a name before a particle ('Lula' of 'Lula da Silva') is the full name's"),
    pytest.param("Lithuanian MEP Dainius Paulauskas said the decision was \"overdue by at least a year\".",
                 "overdue by at least a year", "speaker", "Dainius Paulauskas", id="'MEP' is a title"),
    pytest.param("Hamas sent its reply on Tuesday. In a statement posted to its Telegram channel, the terror group "
                 "described its reply as \"positive and responsible\".", "positive and responsible", "speaker", "Hamas",
                 id="'the terror group' is the armed group named before"),
    pytest.param("Azerbaijan, which regained full control of Karabakh in 2023, has its own conditions. Its Foreign Ministry "
                 "said on Tuesday that a peace treaty would be impossible until Armenia changed its constitution.",
                 "a peace treaty would be impossible until Armenia changed its constitution", "speaker",
                 "Azerbaijan's Foreign Ministry", id="'Its Foreign Ministry', capitalised, is the state's named before"),
    pytest.param("Azerbaijan's Deputy Prime Minister Ramil Shahbaz oglu Huseynov, who leads the commission, described the day "
                 "as \"a historic step\". \"We are close,\" Huseynov said.", "We are close,", "speaker",
                 "Ramil Shahbaz oglu Huseynov", id="'oglu' of an Azerbaijani patronymic is part of the name"),
    pytest.param("Saudi Foreign Minister Prince Faisal bin Turki Al Saud arrived on Monday. \"We want calm in the Gulf,\" "
                 "Prince Faisal said.", "We want calm in the Gulf,", "speaker", "Faisal bin Turki Al Saud",
                 id="'Prince' and a given name stand for the prince named in full before"),
    pytest.param("Minister of State for Foreign Trade Rashid bin Khalifa al-Mazrouei said the deal \"opens a new chapter\".",
                 "opens a new chapter", "speaker", "Rashid bin Khalifa al-Mazrouei",
                 id="a long title before a hyphenated name is the role"),
    pytest.param("Community leader Francisca Mamani Choque said residents had not been consulted.\n\n\"Nobody came to ask "
                 "us about our water,\" Mamani said.", "Nobody came to ask us about our water,", "speaker",
                 "Francisca Mamani Choque", id="the first of two surnames stands for the speaker's full name"),
    pytest.param("\"Some politicians in Washington like to talk about debt traps, but Kenya's own experience tells a "
                 "different story,\" said Chen Liwei, a Chinese diplomat.", "Some politicians in Washington like to talk "
                 "about debt traps, but Kenya's own experience tells a different story,", "target", "United States",
                 id="'politicians in Washington' are the United States acting, not a place"),
    pytest.param("The envoy, Tan Sri Azlan Rahim, left on Friday. \"I came here to listen to all sides,\" Tan Sri Azlan "
                 "told reporters.", "I came here to listen to all sides,", "speaker", "Azlan Rahim",
                 id="'Tan Sri' is an honorific"),
    pytest.param("The opposition was not invited. \"The envoy keeps knocking on the wrong door,\" spokeswoman Daw Khin "
                 "Sandar Win said.", "The envoy keeps knocking on the wrong door,", "speaker", "Khin Sandar Win",
                 id="Burmese 'Daw' is an honorific"),
    pytest.param("\"There is only one China,\" Mr Wang said at a ceremony with his counterpart, Foreign Minister Rosalie "
                 "Anjain-Lokwot.\n\nMs Anjain-Lokwot said the two countries would sign agreements on fisheries.",
                 "the two countries would sign agreements on fisheries", "speaker", "Rosalie Anjain-Lokwot",
                 id="a name after 'Ms' is a person's, whatever the recogniser took it for"),
    pytest.param("Tom Hollis, 41, an engineer from Derby, has been held in Oman since May.\n\nHis sister, Anna Hollis, said "
                 "the family had heard nothing. \"We just want him home,\" said Ms Hollis.", "We just want him home,",
                 "speaker", "Anna Hollis", id="of a brother and a sister, 'Ms Hollis' is the sister"),
    pytest.param("The detention has strained ties. A senior Whitehall source said Britain had raised the case with Kuwait "
                 "several times.", "Britain had raised the case with Kuwait several times", "speaker",
                 "senior Whitehall source", id="'senior' before a capitalised noun is no run-in heading"),
    pytest.param("The detention has strained ties. A senior Whitehall source said Britain had raised the case with Kuwait "
                 "several times.", "Britain had raised the case with Kuwait several times", "target", "Kuwait",
                 id="Whitehall is the United Kingdom's seat of government"),
    pytest.param("Border guards of the two states exchanged fire on Sunday.\n\nIn Cotonou, government spokesman Faustin "
                 "Agbodji said: \"Benin has never attacked a neighbour, whatever Niger claims.\"",
                 "Benin has never attacked a neighbour, whatever Niger claims.", "target", "Niger",
                 id="Cotonou, Benin's seat of government, places its spokesman"),
    pytest.param("NIAMEY, Niger \u2014 Troops clashed at the border on Sunday, officials said.\n\nJunta spokesman Moussa "
                 "Garba said: \"Niger will answer any new violation of its territory by Benin.\"",
                 "Niger will answer any new violation of its territory by Benin.", "target", "Benin",
                 id="a junta's spokesman speaks for the dateline's state"),
    pytest.param("BAMAKO, Mali \u2014 Mali's military government expelled the Swedish ambassador on Tuesday.\n\nSweden "
                 "said it regretted the decision.\n\n\"The junta wants a foreign enemy,\" said Oumar Keita, a researcher "
                 "at a Dakar institute.", "The junta wants a foreign enemy,", "target", "Mali",
                 id="'the junta' stands for the state whose military government the text named"),
    pytest.param("Moscow rejected the report on Tuesday. \"The OSCE observers are not neutral and never were,\" said Ivan "
                 "Petrenko, a Russian diplomat.", "The OSCE observers are not neutral and never were,", "target", "OSCE",
                 id="the OSCE is a target"),
    pytest.param("DOHA - \"The Gulf Cooperation Council has failed its smallest members,\" the Qatari minister of state, "
                 "Laila Haddad, said on Monday.", "The Gulf Cooperation Council has failed its smallest members,", "target",
                 "Gulf Cooperation Council", id="a regional body ('Gulf Cooperation Council') is a target"),
    pytest.param("Talks failed again on Monday.\n\nFor the analyst Kwame Bartholomew, of the University of the West Indies, "
                 "\"neither side wants a shooting war\".", "neither side wants a shooting war", "speaker",
                 "Kwame Bartholomew", id="'For <person>, \"...\"' gives that person's words"),
    pytest.param("President Esteban Naranjo Vélez took a harder line on Monday. Naranjo Vélez said the joint patrols had "
                 "helped.", "the joint patrols had helped", "speaker", "Esteban Naranjo Vélez",
                 id="a given name the recogniser left out after a title is part of the name"),
    pytest.param("Coast guard spokesman Commodore Ramon Villareal told reporters the actions were dangerous.",
                 "the actions were dangerous", "speaker", "Ramon Villareal", id="'Commodore' is a title"),
    pytest.param("\"The waters are ours by decision of the court,\" said the minister of foreign affairs of Nicaragua, "
                 "Orlando Sequeira Membreño, in a statement.", "The waters are ours by decision of the court,", "speaker",
                 "Orlando Sequeira Membreño",
                 id="a name the recogniser missed, closing an office after 'said', is the speaker and not part of the role"),
    pytest.param("Talks resumed on Monday, the mediator said.\n\nRustam Khodjaev, a former Tajik diplomat who now runs a "
                 "consultancy in Dushanbe, saw some reason for hope. \"The good news is that both capitals picked up the "
                 "phone.\"", "The good news is that both capitals picked up the phone.", "speaker", "Rustam Khodjaev",
                 id="a name with a person's description apposed is one person, whatever the recogniser took it for"),
    pytest.param("The court sentenced four men on Friday.\n\nIn Osijek, Marija Kolar, whose father was among those killed, "
                 "wept as the sentences were read out. \"I have waited thirty years to hear those words.\"",
                 "I have waited thirty years to hear those words.", "speaker", "Marija Kolar",
                 id="a name with 'whose' after it is one person"),
    pytest.param("The Sudanese army spokesman, Brigadier Nabil Abdelrahim, said that army units had driven the fighters "
                 "back.", "army units had driven the fighters back", "speaker", "Nabil Abdelrahim",
                 id="'Brigadier' is a title"),
    pytest.param("The Argentine minister of foreign affairs, Martin Echeverria, said the station was illegal. The "
                 "chancellor affirmed that the section remains pending demarcation.",
                 "the section remains pending demarcation", "speaker", "Martin Echeverria",
                 id="'the chancellor' with no chancellor named is the foreign minister"),
    pytest.param("President Gustavo Arrieta spoke on Tuesday. \"The ice is ours,\" said the head of state.",
                 "The ice is ours,", "speaker", "Gustavo Arrieta", id="'the head of state' is the president"),
    pytest.param("ANKARA - Turkey halted all trade with Israel on Thursday.\n\nThe reaction from Israel was swift. Foreign "
                 "Minister Yoav Ben-Hamo said Israel would seek redress against Ankara.",
                 "Israel would seek redress against Ankara", "target", "Turkey",
                 id="'The reaction from <state>' places the official of the next sentence"),
    pytest.param("A person close to the Kazakh president said Astana would not be bullied, whatever Moscow or the "
                 "West did.", "Astana would not be bullied, whatever Moscow or the West did", "target", "Russia",
                 id="someone close to a state's leader is of that state"),
    pytest.param("Kenya's principal secretary for trade, a soft-spoken economist who spent a decade at the East African "
                 "Community secretariat in Arusha before returning to Nairobi, Wanjiru Kamau, said Tanzania had added "
                 "new barriers.", "Tanzania had added new barriers", "speaker", "Wanjiru Kamau",
                 id="a two-word name closing a long description is the speaker even when taken for a body"),
    pytest.param("World in brief\n\nMIGRANT BOATS\n\nItaly said more boats had left Tunisia. Rome warned Tunis again. Italy "
                 "blamed Tunisia for the crossings, and Tunisia rejected it.\n\nBORDER CANAL\n\nHaitian farmers kept digging "
                 "a canal from the Massacre River. \"We are not asking anyone for permission,\" said Jean Delice, a farmer. "
                 "The Dominican Republic closed its crossings in protest.", "We are not asking anyone for permission,",
                 "target", "Dominican Republic", id="each item of a round-up has its own actors"),
    pytest.param("Bangladesh's chief election commissioner, Mahbub Rahman Chowdhury, said the election would be held in "
                 "February.", "the election would be held in February", "speaker", "Mahbub Rahman Chowdhury",
                 id="a given name the recogniser took for a place, after a comma, is part of the name"),
    pytest.param("A senior Vellian official involved in the talks, who spoke on condition of anonymity, said Tarsa had "
                 "cancelled two meetings. \"They are playing for time,\" the official said.", "They are playing for time,",
                 "speaker", "senior Vellian official involved in the talks",
                 id="'the official' is the unnamed official described with a participle before"),
    pytest.param("Talks resumed on Monday, said Lena Holm, the mediator.\n\nThe Vellian envoy, Karl Brun, did not sound "
                 "impressed. \u201cWe have heard about red lines before.\u201d", "We have heard about red lines before.",
                 "speaker", "Karl Brun", id="an unattributed quote after a sentence about one person is that person's"),
    pytest.param("A Belarusian deputy foreign minister, a career diplomat who once served as ambassador in Vilnius, Ivan "
                 "Karpov, said the border would stay closed.", "the border would stay closed", "speaker", "Ivan Karpov",
                 id="a name closing a role's long description is the speaker"),
    pytest.param("On the far side of the river, a village chief in Tarsa, who asked not to be named, said by telephone "
                 "that fishermen were afraid to go out.", "fishermen were afraid to go out", "speaker",
                 "village chief in Tarsa", id="'said by telephone' names no speaker"),
    pytest.param("The Secretary-General of the Organization of Arctic States, Lena Holm, said in a statement that the "
                 "council would meet on Monday.", "the council would meet on Monday", "speaker", "Lena Holm",
                 id="a capitalised office with a person apposed to it is that person's role"),
    pytest.param("Farmer Dilshod Yusupov said his family had already lost half of its cotton.",
                 "his family had already lost half of its cotton", "speaker", "Dilshod Yusupov",
                 id="an occupation written as a title before a name is part of the role"),
    pytest.param("Defence Minister Park Min-su said Seoul would hold joint air drills with Washington and Tokyo this week "
                 "as a warning to Pyongyang.", "Seoul would hold joint air drills with Washington and Tokyo this week as a "
                 "warning to Pyongyang", "target", "North Korea",
                 id="the one 'a warning to' is addressed to is the target, not the partners"),
    pytest.param("Japan protested on Monday.\n\nIn Moscow, the foreign ministry was dismissive. A spokeswoman told her "
                 "weekly briefing:\n\n\"Tokyo is in no position to lecture us about these islands.\"",
                 "Tokyo is in no position to lecture us about these islands.", "target", "Japan",
                 id="the place a colon paragraph opens in places the speaker of the quote paragraph after it"),
    pytest.param("Carlos Ruiz said Argentina would pursue its claim to the islands by peaceful means.\n\n\"Every licence "
                 "sold in the islands is a theft from the Argentine people,\" Ruiz said. Britain rejected the claim.",
                 "Every licence sold in the islands is a theft from the Argentine people,", "target", "United Kingdom",
                 id="a state a speaker says will or would do something for itself is the speaker's side"),
    pytest.param("The Arctic Union Peace and Security Council said it was ready to support an inquiry.",
                 "it was ready to support an inquiry", "speaker", "Arctic Union Peace and Security Council",
                 id="a body's name the recogniser cut at 'and' inside it is one name"),
    pytest.param("Prime Minister Datuk Seri Amran Yusof said that the dispute would not damage trade with Manila.",
                 "the dispute would not damage trade with Manila", "speaker", "Amran Yusof",
                 id="Malaysian honorifics before a name are part of the role"),
    pytest.param("Foreign Minister Dr. Narayan Prasad Adhikari told parliament that Kathmandu had asked Beijing to explain.",
                 "Kathmandu had asked Beijing to explain", "speaker", "Narayan Prasad Adhikari",
                 id="a name the recogniser split around an untagged middle word is one name"),
    pytest.param("The spokesman, Reza Amini, said Tehran had summoned the envoy.\n\nA senior navy commander went further. "
                 "Speaking on state television, he said:\n\n\"Our missiles are ready.\"", "Our missiles are ready.",
                 "speaker", "senior navy commander",
                 id="an unnamed person who is a sentence's subject is the 'he' of the next"),
    pytest.param("The deputy minister, Bakyt Osmon, said engineers could inspect the dam.\n\nAcross the border, the regional "
                 "governor met farmers on Saturday. He told them:\n\n\"We have waited three weeks for water.\"\n\nThe "
                 "governor, Sherzod Karimov, said he would write to the government.", "We have waited three weeks for water.",
                 "speaker", "Sherzod Karimov", id="'the regional governor' as a subject is the next 'he', named later"),
    pytest.param("Skipper Jon Berg said the fish had come north on their own.\n\nThe country's fisheries minister set out "
                 "the government's position in parliament. She said:\n\n\"Our quota follows the science.\"\n\nThe minister, "
                 "Anna Dahl, later said the door to talks stayed open.", "Our quota follows the science.", "speaker",
                 "Anna Dahl", id="an office holder who is a sentence's subject is the 'she' of the next, named later"),
    pytest.param("Our correspondent Tom Reed reports from Tokyo.\n\nIn Moscow, the foreign ministry was dismissive. Its "
                 "spokeswoman told her weekly briefing:\n\n\"The drills are routine.\"\n\nThe spokeswoman, Olga Petrova, "
                 "warned that new deployments would bring a response.", "The drills are routine.", "speaker", "Olga Petrova",
                 id="'Its spokeswoman' is the person the text names as 'the spokeswoman' next"),
    pytest.param("Serbia accused Kosovo of provoking the Serb minority.\n\nThe European Union's envoy for the dialogue "
                 "between Belgrade and Pristina, Jan Smit, said Belgrade must calm the north.",
                 "Belgrade must calm the north", "target", "Serbia",
                 id="the parties an envoy mediates between are not the envoy's side"),
    pytest.param("Algeria said its air defences had shot down a drone over its territory.\n\nThe military government in "
                 "Bamako said the drone had never left Malian airspace and that Algiers was lying.",
                 "the drone had never left Malian airspace and that Algiers was lying", "target", "Algeria",
                 id="'the government in <capital>' is that capital's state"),
    pytest.param("Japan's Foreign Ministry said it had lodged a protest with Seoul.\n\nIn Seoul, the foreign ministry struck "
                 "a calmer tone. Spokesman Kim Dal-su said the government would keep talking with Tokyo.",
                 "the government would keep talking with Tokyo", "target", "Japan",
                 id="a paragraph that opens in a capital places the spokesman of its next sentence"),
    pytest.param("Egypt's Foreign Ministry accused Ethiopia of destabilising the region.\n\nIn Addis Ababa, Foreign Ministry "
                 "spokesman Dawit Lemma said Cairo had no business in the Horn of Africa.",
                 "Cairo had no business in the Horn of Africa", "target", "Egypt",
                 id="where a sentence opens outweighs a ministry of the same name named before"),
    pytest.param("The United States said on Monday that it stood by the Philippines.\n\nAt a regular briefing in Beijing, "
                 "Foreign Ministry spokeswoman Li Ming said Washington had no right to interfere.",
                 "Washington had no right to interfere", "target", "United States",
                 id="'At a briefing in <capital>,' places the speaker like 'In <capital>,'"),
    pytest.param("TAIPEI \u2014 Taiwan's Defence Ministry said on Monday that a balloon had drifted over the city.",
                 "a balloon had drifted over the city", "speaker", "Taiwan's Defence Ministry",
                 id="a body's owner right after a wire dateline stays in its name"),
    pytest.param("Tage Rigam, the chief minister of a state which China claims as its own, struck a harsher note:\n\n"
                 "\u201cThis is a water bomb pointed at our people.\u201d", "This is a water bomb pointed at our people.",
                 "speaker", "Tage Rigam", id="a reporting verb in a relative clause before a colon does not speak"),
    pytest.param("UNHCR's representative in Pakistan, Anneliese Brunner, said the agency had asked for a pause.",
                 "the agency had asked for a pause", "speaker", "Anneliese Brunner",
                 id="a full name the recogniser took for a people is a name"),
    pytest.param("Kosovo's finance minister, Drilon Berisha, brushed the threat aside \u2014 \"Serbia can take this to any "
                 "forum it likes\" \u2014 and left.", "Serbia can take this to any forum it likes", "speaker",
                 "Drilon Berisha", id="a quote set off by dashes is the words of the verb before it"),
    pytest.param("Ukraine accused Belarus of massing troops. Belarus rejected the accusations. Its defence minister, Pavel "
                 "Murashka, said the exercises in Belarus had been planned months ago.",
                 "the exercises in Belarus had been planned months ago", "target", "Ukraine",
                 id="'Its defence minister' after a state's words is of that state"),
    pytest.param("Belarus rejected the accusations. Its defence minister, Pavel Murashka, said Kyiv was looking for an enemy "
                 "in Belarus.", "Kyiv was looking for an enemy in Belarus", "speaker_role",
                 "Belarus's defence minister", id="'its' in a role is the state that was the subject just before"),
    pytest.param("Karl Brun, a ministry spokesman in Tarsa, said the dam was unsafe.\n\nIn Vell, the Vellian Ministry of "
                 "Energy defended the project. The ministry said in a statement that the dam was safe.",
                 "the dam was safe", "speaker", "Vellian Ministry of Energy",
                 id="'the ministry' is the ministry named before, not a ministry's spokesman"),
    pytest.param("Sudan's army-led government, based in Port Sudan, has for months accused Chad of letting weapons "
                 "through.", "Chad of letting weapons through", "speaker", "Sudan's army-led government",
                 id="a verb the parse hung on 'for months' is the subject's"),
    pytest.param("Jaish al-Adl, which Iran and the United States both list as a terrorist organisation, said in a "
                 "statement that the missiles had killed only civilians.", "the missiles had killed only civilians",
                 "speaker", "Jaish al-Adl", id="a name before ', which X lists as', parsed as the clause's subject"),
    pytest.param("Among those told to leave is Valentina Sergeyeva, 74, a retired nurse in Daugavpils, who said she had "
                 "failed the test twice.", "she had failed the test twice", "speaker", "Valentina Sergeyeva",
                 id="'who said' after a town is the person the town's phrase describes"),
    pytest.param("Vellia ordered 900 Tarsan citizens to leave, prompting Moscow to accuse Riga of \u201cethnic cleansing "
                 "by bureaucracy.\u201d", "ethnic cleansing by bureaucracy.", "speaker", "Moscow",
                 id="'prompting X to accuse' makes X the speaker"),
    pytest.param("The U.S. Embassy in Canberra said the case was being handled in accordance with the law.",
                 "the case was being handled in accordance with the law", "speaker", "U.S. Embassy in Canberra",
                 id="an embassy's or mission's name keeps its seat"),
    pytest.param("Elnur Gasimli, a senior adviser to Azerbaijan's president, said Iran could not play the victim "
                 "while Azerbaijan mourned.", "Iran could not play the victim while Azerbaijan mourned", "target",
                 "Iran", id="an adviser to a state's president is of that state"),
    pytest.param("Tarsa protested.\n\n\"We will not give up a single metre of our sea\" \u2013 Tarsa's deputy defence minister, "
                 "Lieutenant General Hoang Van Thuc, on state television.", "We will not give up a single metre of our sea",
                 "speaker", "Hoang Van Thuc", id="a dash after a quote names its speaker, with a role before the name"),
    pytest.param("Vellia protested.\n\n\"We will not beg anyone to stay\" \u2013 that was the one-line reply of Tarsa's "
                 "deputy foreign minister, Hsu Pei-ling, on Tuesday.", "We will not beg anyone to stay", "speaker",
                 "Hsu Pei-ling", id="'- that was the reply of X' after a quote names its speaker"),
    pytest.param("Tarsa protested.\n\n\u201cThose who incite hatred cannot play the victim\u201d \u2013 the words of Elnur "
                 "Gasimli, a senior adviser, in an interview.", "Those who incite hatred cannot play the victim",
                 "speaker", "Elnur Gasimli", id="'- the words of X' after a quote names its speaker"),
    pytest.param("In a post on X, S. Thirunavukkarasu, the leader of a Tamil opposition party, wrote: \"Tarsa arrests our "
                 "fishermen.\"", "Tarsa arrests our fishermen.", "speaker", "S. Thirunavukkarasu",
                 id="a name the parse set beside the platform of a fronted 'In a post on X' writes"),
    pytest.param("The movement's representative at the United Nations, Brahim Salek Lamine, told Al Jazeera: \"The "
                 "ceasefire no longer exists.\"", "The ceasefire no longer exists.", "speaker", "Brahim Salek Lamine",
                 id="a given name the recogniser left out of a two-word name after a comma"),
    pytest.param("Tarsa's Foreign Ministry summoned the envoy.\n\nThe ministry's spokeswoman, Yekaterina Vorontsova, went "
                 "further. \u201cVellia behaves as though the treaty did not exist,\u201d she said.",
                 "Vellia behaves as though the treaty did not exist,", "speaker", "Yekaterina Vorontsova",
                 id="a name beside a spokeswoman that the recogniser took for a place is hers"),
    pytest.param("Tarsa's Foreign Ministry summoned the envoy.\n\nThe U.N. refugee agency, UNHCR, said the camps were "
                 "full.", "the camps were full", "speaker", "UNHCR",
                 id="a body's acronym set after its description between commas names it"),
    pytest.param("A spokeswoman for the European Commission, Annika Verhoeven, said the talks would go on.",
                 "the talks would go on", "speaker", "Annika Verhoeven",
                 id="a full name apposed to a spokeswoman's body is hers, whatever the recogniser took it for"),
    pytest.param("For Tarsa, it is a symbol.\n\nIn San Juan del Norte, the small Vellian town near the river's mouth, the boatman Justo Hodgson said the "
                 "river had become so shallow in the dry season that he could no longer carry tourists upstream.",
                 "the river had become so shallow in the dry season that he could no longer carry tourists upstream",
                 "speaker", "Justo Hodgson", id="of two phrases set beside a fronted place the last one speaks"),
    pytest.param("A schoolteacher who gave only her first name, Salimata, said she worried about the quarrel.",
                 "she worried about the quarrel", "speaker", "Salimata",
                 id="'who gave only her first name, X' names the speaker"),
    pytest.param("In private, Vellian officials sounded resigned. One, who spoke on condition of anonymity, said the "
                 "move had been expected.", "the move had been expected", "speaker", "Vellian official",
                 id="'One' after a plural group of officials is one of them"),
    pytest.param("The Vellian embassy in Tarsa dismissed the objections. \u201cOur cooperation is open,\u201d the embassy "
                 "said.", "Our cooperation is open,", "speaker", "The Vellian embassy in Tarsa",
                 id="'the embassy' is the nationality's embassy named before"),
    pytest.param("Mara Vellsund, the fisheries minister, met the crew.\n\nOn Friday Vellsund said the trawler would be "
                 "released once the fine was paid.", "the trawler would be released once the fine was paid", "speaker",
                 "Mara Vellsund", id="a name the parse made part of the day before it speaks"),
    pytest.param("Olaf Brandt set out his position in parliament on Tuesday:\n\n\u201cTarsa has stood by us from the first "
                 "day.\u201d", "Tarsa has stood by us from the first day.", "speaker", "Olaf Brandt",
                 id="a paragraph ending in a colon gives its subject's words, whatever its verb"),
    pytest.param("Its spokesman, Daran Kell, was blunter.\n\n\u201cWe will build the canal whatever our neighbours say.\u201d",
                 "We will build the canal whatever our neighbours say.", "speaker", "Daran Kell",
                 id="an unattributed quote paragraph is the words of the person the paragraph before introduces"),
    pytest.param("Lena Varga, the foreign minister, said on Monday that Vellia had been patient.\n\n\u201cWe have waited "
                 "long enough for an answer from Tarsa.\u201d", "We have waited long enough for an answer from Tarsa.",
                 "speaker", "Lena Varga", id="an unattributed quote paragraph goes on from the report before it"),
    pytest.param("Skopje's leader rejects change as Bulgaria holds firm\n\nSKOPJE, North Macedonia - Prime Minister "
                 "Dimitar Petrovski said on Friday that North Macedonia would not bow to Bulgaria.",
                 "North Macedonia would not bow to Bulgaria", "target", "Bulgaria",
                 id="a state the headline names as a subject is not the home of the story's minister"),
    pytest.param("BOGOTA, Colombia - The government's negotiator said on Monday that the ELN had to free its hostages "
                 "before any ceasefire.", "the ELN had to free its hostages before any ceasefire", "target", "ELN",
                 id="Colombia's ELN is an armed group and a target"),
    pytest.param("Bulgaria's Foreign Ministry responded within hours. In a statement, it said the framework was final.",
                 "the framework was final", "speaker", "Bulgaria's Foreign Ministry",
                 id="a state's Foreign Ministry keeps its state when 'it' later speaks"),
    pytest.param("The group's chief negotiator, who uses the nom de guerre Karlo Brun, said in an interview that the "
                 "talks could resume.", "the talks could resume", "speaker", "Karlo Brun",
                 id="a speaker known by a nom de guerre speaks under it"),
    pytest.param("MANILA, Philippines - Chinese ships fired water cannon at a supply boat on Saturday.\n\n\"The "
                 "Philippines has every right to fish there, and the Philippines will keep doing so, whatever Beijing "
                 "says,\" National Security Council spokesman Jose Ramos said.", "The Philippines has every right to "
                 "fish there, and the Philippines will keep doing so, whatever Beijing says,", "target", "China",
                 id="a National Security Council spokesman is of the dateline's state"),
    pytest.param('Estonia accused Moscow of cutting the cable.\n\nIn Moscow, Foreign Ministry spokeswoman Yelena Ivanova '
                 'rejected any suggestion of Russian involvement. "Russia has nothing to do with this, and NATO knows '
                 'it," she told a briefing.', "Russia has nothing to do with this, and NATO knows it,", "target",
                 "NATO", id="the place a sentence introducing the speaker opens in is the speaker's home"),
    pytest.param("Pakistan's Foreign Office said Afghan forces had fired first.\n\n\"Pakistan has shown restraint, but "
                 "the Taliban should not test it,\" Foreign Office spokeswoman Sana Malik said.",
                 "Pakistan has shown restraint, but the Taliban should not test it,", "target", "Taliban",
                 id="a Foreign Office spokeswoman is of the state whose Foreign Office just spoke"),
    pytest.param("Japan lodged a protest with China on Tuesday over ships near the islands.\n\n\"The islands are part "
                 "of Japan's territory, and China knows it,\" Chief Cabinet Secretary Kenji Moto told reporters.",
                 "The islands are part of Japan's territory, and China knows it,", "target", "China",
                 id="a Chief Cabinet Secretary is of the state that just spoke"),
    pytest.param("KINSHASA, Democratic Republic of Congo - Congo's government on Saturday accused Rwanda of sending "
                 "troops across the border.", "Rwanda of sending troops across the border", "speaker",
                 "Congo's government", id="a dateline naming a state of several words is no speaker"),
    pytest.param("CAIRO - Egypt said on Sunday it would protect its share of the river, after Ethiopia announced it "
                 "had begun filling the reservoir.\n\nForeign Minister Karim Adel called the filling illegal and said "
                 "Addis Ababa was not serious about talks.", "Addis Ababa was not serious about talks", "target",
                 "Ethiopia", id="of two states that just spoke, an unmarked minister is of the dateline's"),
    pytest.param("Estonia expelled a Russian diplomat on Friday, saying Moscow was meddling in its affairs.\n\n"
                 "\"Estonia will not bow to Russia or to anyone,\" President Karin Tamm said.",
                 "Estonia will not bow to Russia or to anyone,", "target", "Russia",
                 id="a bare 'President' is of the state that just spoke"),
    pytest.param("WELLINGTON, New Zealand - A man was arrested after a crash near the port, police said. Police said "
                 "the driver had been speeding in New Zealand's capital.",
                 "the driver had been speeding in New Zealand's capital", "target", "",
                 id="'police said' in a datelined story is that state's police"),
    pytest.param('In the video, a man who identified himself as Abu Karim al-Vessi, a commander of the group, said the '
                 'government must free its prisoners. "We have been patient," the man said.', "We have been patient,",
                 "speaker", "Abu Karim al-Vessi", id="'the man' is the man who identified himself by name"),
    pytest.param("In the video, a man who identified himself as Abu Karim al-Vessi, a commander of the group, said the "
                 "government must free its prisoners.", "the government must free its prisoners", "speaker",
                 "Abu Karim al-Vessi", id="a man who identified himself by name speaks under that name"),
    pytest.param("The Vell Security Pact, a regional alliance, will send observers to the border, according to a "
                 "statement posted on its website.", "The Vell Security Pact, a regional alliance, will send observers "
                 "to the border", "speaker", "The Vell Security Pact",
                 id="a statement on 'its' website is the words of the body it reports on"),
    pytest.param('"Our treaty covers Philippine ships anywhere in these waters, and Beijing should not doubt it," the '
                 'U.S. ambassador said.', "Our treaty covers Philippine ships anywhere in these waters, and Beijing "
                 "should not doubt it,", "target", "China", id="a state told what it should do is the target"),
    pytest.param('Minister Ana Lind said the ferry talks would go on. A coast guard officer who was on the patrol said '
                 'the boats came close.\n\n"We could see their faces," he said.', "We could see their faces,",
                 "speaker", "coast guard officer", id="'he' after 'a coast guard officer said' is that unnamed officer"),
    pytest.param("Ambassador Ana Lind of Vellia spoke first. Norway's representative said Oslo backed a truce. "
                 '"We regret that the sponsors ignored us," the representative said.',
                 "We regret that the sponsors ignored us,", "speaker", "Norway's representative",
                 id="'the representative' after 'Norway's representative said' is that unnamed representative"),
    pytest.param("In Vell City, a senior diplomat, who declined to be identified, said the talks on the dam had "
                 "stalled.", "the talks on the dam had stalled", "speaker", "senior diplomat",
                 id="a speaker the parse set beside a fronted place still speaks"),
    pytest.param("MANILA, Philippines - Defense Secretary Ramon Velasco said Manila would file a protest over the "
                 "Chinese ships.", "Manila would file a protest over the Chinese ships", "target", "China",
                 id="a wire story's unmarked Defense Secretary is of the dateline's state"),
    pytest.param("NAIROBI, Kenya - Foreign Ministry spokesman Peter Odhiambo said Kenya would not accept Somalia's "
                 "claim to the border post.", "Kenya would not accept Somalia's claim to the border post", "target",
                 "Somalia", id="a ministry spokesman with no state named is of the dateline's state"),
    pytest.param("BRAS\u00cdLIA, Brazil - Brazil's government said on Tuesday it would answer the new duties on steel.",
                 "it would answer the new duties on steel", "speaker", "Brazil's government",
                 id="a dateline with an accented capital is no speaker"),
    pytest.param("Tarsa's envoy said the peacekeepers had done their work. \"We respect the decision of the Congolese "
                 "government,\" he said.", "We respect the decision of the Congolese government,", "target",
                 "Democratic Republic of Congo", id="'Congolese' names the Democratic Republic of Congo"),
    pytest.param('Kenya\'s president opened the summit on Monday with an appeal for neighbors to "put the guns down and '
                 'the maps away."', "put the guns down and the maps away.", "speaker", "Kenya's president",
                 id="a quote giving an appeal's words is the appeal's maker's"),
    pytest.param("NAIROBI - Kenya's president opened a summit on Monday.\n\nPresident Karl Brun told delegates that "
                 "Kenya and Uganda would not tolerate more fighting.",
                 "Kenya and Uganda would not tolerate more fighting", "target", "Uganda",
                 id="a bare office's holder is of the state whose office the text named before"),
    pytest.param("UNITED NATIONS - Egypt on Monday urged the U.N. Security Council to press Ethiopia for a binding deal "
                 "on the dam, warning that a new filling season could threaten millions of farmers.",
                 "a new filling season could threaten millions of farmers", "target", "Ethiopia",
                 id="the one an addressee is urged to press is the target, not the addressee"),
    pytest.param('In Niamey, junta spokesman Colonel Karl Brun accused the bloc of acting "on instructions from foreign '
                 'capitals." Niger has been suspended from ECOWAS since the coup.\n\n"We do not accept deadlines '
                 'written in other offices," Brun said.', "We do not accept deadlines written in other offices,",
                 "target", "ECOWAS", id="the state a speaker was placed in stays his side for his later words"),
    pytest.param("Norway said the talks would go on. Belarus's defense ministry denied any part in it. In a statement, "
                 "the ministry said the drones were \"most likely lost hobby craft.\"", "most likely lost hobby craft.",
                 "speaker", "Belarus's defense ministry",
                 id="a state's ministry as the subject of a sentence that quotes nothing is the later 'the ministry'"),
    pytest.param("Norland's envoy, Ambassador Osman Idris, said the talks had failed. One Western diplomat on the "
                 "council said members were unlikely to act. \"There is sympathy, but no appetite,\" the diplomat "
                 "said.", "There is sympathy, but no appetite,", "speaker", "One Western diplomat on the council",
                 id="'the diplomat' after 'one Western diplomat' is that unnamed diplomat"),
    pytest.param("The United States rejected that argument.\n\nCapital reaction In Tokyo, Chief Cabinet Secretary Ryo "
                 "Fujimaki said Japan had lodged a protest with North Korea.",
                 "Japan had lodged a protest with North Korea", "target", "North Korea",
                 id="a run-in heading before 'In Tokyo,' still places the speaker"),
    pytest.param('In Niamey, junta spokesman Colonel Karl Brun accused the bloc of acting "on instructions from foreign '
                 'capitals." Niger has been suspended from ECOWAS since the coup.',
                 "on instructions from foreign capitals.", "target", "ECOWAS",
                 id="a sentence opening in a state's capital gives a speaker of no known side that state"),
    pytest.param('One of these groups, the Syrian Democratic Forces (SDF), opposed the pullout and said it had been '
                 'given "assurances that no attack would come."', "assurances that no attack would come.", "speaker",
                 "Syrian Democratic Forces", id="a known body apposed to 'one of these groups' speaks"),
    pytest.param("The Bureau of Immigration said the men were held. Karl Brun and the rights groups say three of them "
                 "are still in the country.", "three of them are still in the country", "speaker",
                 "Karl Brun and the rights groups", id="plural groups are not the one body named last"),
    pytest.param("While not naming other bidders, Brun said the Vellian bid won after long talks. He said he expects no "
                 "turmoil between Norland and Vellia over the sale.\n\nThe Tarsan partner asked for the price to be "
                 "kept secret, but the commissioner stated the purchase was financed by a loan.",
                 "the purchase was financed by a loan", "speaker", "the commissioner",
                 id="of two subjects of one verb, the one after ', but' speaks"),
    pytest.param("The owner said shops are struggling under the junta, but there is more demand for books.",
                 "shops are struggling under the junta, but there is more demand for books", "direct", False,
                 id="a clause joined by ', but there is' goes on with the content"),
    pytest.param("The commissioner stated the purchase was financed by a loan, so it is not a burden on the budget.",
                 "the purchase was financed by a loan, so it is not a burden on the budget", "direct", False,
                 id="a clause joined by ', so' goes on with the content"),
    pytest.param("Afghanistan rejected the claims on Wednesday. On Thursday, the spokesperson for Pakistan's Ministry of "
                 "Foreign Affairs, Ambassador Karl Brun, repeated Islamabad's stance. \"We urge Afghanistan to hold the "
                 "perpetrators accountable,\" he said.", "We urge Afghanistan to hold the perpetrators accountable,",
                 "target", "Afghanistan", id="an office a comma sets beside a name is the person's role"),
    pytest.param(_BUS_ATTACK, "to strike again and again until our demands are met.", "target", "Kenya",
                 id="an armed group with no name near its words aims them at the state the article is about"),
    pytest.param("Excerpts from Ana Lind's book Storm revealed that Karl Brun had misled Norland.",
                 "Karl Brun had misled Norland", "speaker", "Ana Lind",
                 id="excerpts from a book speak for its author"),
    pytest.param("According to the latest WHO report, there had been 2,741 confirmed cases in Vellia.",
                 "there had been 2,741 confirmed cases in Vellia", "speaker", "World Health Organization",
                 id="an acronym before a document noun is its source, not a relative pronoun"),
    pytest.param('Karl Brun said the flights had stopped. Last week, in response to a request for updates, a ministry '
                 'spokeswoman declined comment "due to pending litigation."', "due to pending litigation.", "speaker",
                 "ministry spokeswoman", id="declining comment with a quoted reason reports the reason"),
    pytest.param("People in the Vell administration and campaign have said the plan was unlawful. Later, the Vell "
                 "administration announced new deals with Norland and Tarsa.", "new deals with Norland and Tarsa",
                 "speaker", "the Vell administration",
                 id="the administration is not a group of people in it named before"),
    pytest.param("Vellia gave the U.N. refugee agency ten days to close the camps, Interior Minister Karl Brun said.",
                 "Vellia gave the U.N. refugee agency ten days to close the camps", "target", "UNHCR",
                 id="a UN agency is a target of its own, not the United Nations"),
    pytest.param("The head of the alliance, NATO, said Thursday that the drills in Vellia would go on.",
                 "the drills in Vellia would go on", "speaker", "NATO",
                 id="a known organisation apposed to an office noun is the speaker"),
    pytest.param("Ana Lind said that Norland lied.", "Norland lied", "speaker", "Ana Lind",
                 id="a two-word clause of a named subject and its verb is content"),
    pytest.param("The Kremlin said the deal had failed. In a statement, Iran's foreign ministry said that the "
                 "sanctions were illegal. The ministry said Tehran would respond.", "Tehran would respond", "speaker",
                 "Iran's foreign ministry", id="the ministry is the state's ministry that spoke before, not a body"),
    pytest.param("Former President Tomas Berg spoke on Wednesday. The former president said that Norland had exploited "
                 "the ports.", "Norland had exploited the ports", "speaker", "Tomas Berg",
                 id="the former president is the former president named before"),
    pytest.param("The Taiwan Affairs Office said the vote would lead Taiwan into disaster.",
                 "the vote would lead Taiwan into disaster", "target", "Taiwan",
                 id="an office named for a place is another state's office for it, not of it"),
    pytest.param('Vellian Defence Minister Karl Brun said:\n- "This is a grave provocation by Norland."\n- "We will '
                 'respond to any attack."', "We will respond to any attack.", "speaker", "Karl Brun",
                 id="a bulleted list of quotes after a colon is the speaker's"),
    pytest.param("South Korean Foreign Minister Park Min-ho said the talks had stalled.", "the talks had stalled",
                 "speaker", "Park Min-ho", id="a hyphenated given name written small after the hyphen is a name"),
    pytest.param("North Korean state media quoted leader Kim Yong-su as saying the tests were a warning to the United "
                 "States.", "the tests were a warning to the United States", "speaker", "Kim Yong-su",
                 id="quoted X as saying, parsed as one noun phrase, is X's"),
    pytest.param("President Omar Haddad of Egypt said Egypt would never accept the dam built by Ethiopia.",
                 "Egypt would never accept the dam built by Ethiopia", "target", "Ethiopia",
                 id="a state named after the name with of is the speaker's own side"),
    pytest.param("Omar Haddad, an adviser to the Egyptian president, said Egypt would never accept the dam built by "
                 "Ethiopia.", "Egypt would never accept the dam built by Ethiopia", "target", "Ethiopia",
                 id="a people's adjective after to or for is the speaker's own side, not a posting"),
    pytest.param("Russia's embassy in Berlin did not respond to a request for comment. Its foreign ministry said in a "
                 "statement that the ships were safe.", "the ships were safe", "speaker", "Russia's foreign ministry",
                 id="its ministry is the ministry of the state the sentence before opened with, not of a place in it"),
    pytest.param('Judge Karl Brun QC said they "showed no respect for decent standards." Prosecutor Ana Mell QC said the '
                 'victims were "ripe and vulnerable to manipulation".', "showed no respect for decent standards.",
                 "speaker", "Karl Brun", id="an honour after a name is not part of it"),
    pytest.param('Judge Karl Brun QC said they "showed no respect for decent standards." Prosecutor Ana Mell QC said the '
                 'victims were "ripe and vulnerable to manipulation".', "ripe and vulnerable to manipulation",
                 "speaker_role", "Prosecutor", id="a prosecutor is a title before a name"),
    pytest.param('Police were able to determine the Volvo had come from RAF Tarn and spoke with Ana Lind as a suspect. '
                 'She informed police she had diplomatic immunity, but "that she had no plans to leave the country".',
                 "that she had no plans to leave the country", "speaker", "Ana Lind",
                 id="a one-word name with an article is no person a pronoun stands for"),
    pytest.param("Legal experts called this dubious, as the market is saturated and margins are thin, while noting this "
                 "kind of equipment is needed by the army.", "this kind of equipment is needed by the army", "speaker",
                 "Legal experts", id="a participle does not speak for the things of the clause it hangs on"),
    pytest.param("Crews were sent from two towns, according to a fire service statement, as well as a ladder platform "
                 "and a pump.", "Crews were sent from two towns", "speaker", "fire service",
                 id="a body word before a statement is its source, and things joined to it are no speakers"),
    pytest.param("The government statement, which was posted online, announced the death \"with great sorrow.\"",
                 "with great sorrow.", "speaker", "government", id="a government statement is the government's"),
    pytest.param("The Commission on Harbour Tolls announced the fees would rise in May.", "the fees would rise in May",
                 "speaker", "Commission on Harbour Tolls",
                 id="a body word with its article and a named complement is a body, not a person"),
    pytest.param('Ana Lind of the University of California, Los Angeles disagreed with these findings: "The springs '
                 'near the coast are well known."', "The springs near the coast are well known.", "speaker",
                 "Ana Lind", id="a place after a comma that ends a university's name is not the subject"),
    pytest.param('Transport Minister Karl Brun said the runway was safe. The local health minister said, "The injured '
                 'have been taken to the city hospital."', "The injured have been taken to the city hospital.",
                 "speaker", "The local health minister", id="the health minister is not the transport minister"),
    pytest.param("Defense Secretary Karl Brun, also speaking in late January, called the camp at Vell Bay \"the perfect "
                 "place\" to hold prisoners, but also said the base’s old operations center, first built in the 1990s, "
                 "would also be opened for migrants.", "the base’s old operations center, first built in the 1990s, "
                 "would also be opened for migrants", "speaker", "Karl Brun",
                 id="a subject after a joined said belongs to what was said"),
    pytest.param("According to a memo posted online by Senator Ana Lind, the council cancelled its hearing because the "
                 "mayor did not attend.", "the council cancelled its hearing because the mayor did not attend",
                 "speaker", "Ana Lind", id="a memo is a document its poster speaks through"),
    pytest.param("The militant group al-Shabab claimed the bombing at the Blue Star Hotel. In a statement, the group "
                 "said it had killed eleven guards.", "it had killed eleven guards", "speaker", "al-Shabab",
                 id="a bare the group is the armed group named last, not the body it hit"),
    pytest.param("The rights group Free Voices Watch met officials of the Vell Trade Council on Monday. The group said "
                 "it was alarmed.", "it was alarmed", "speaker", "Free Voices Watch",
                 id="a body the text calls a group before its name is the group"),
    pytest.param('Brun explained the reason to call the system Vell Linux: "It honours my late mother, who led the '
                 'first team."', "It honours my late mother, who led the first team.", "speaker", "Brun",
                 id="an infinitive that names is no cue"),
    pytest.param("In August, the parents tried to have Brun released by saying they forgave him for the killing.",
                 "they forgave him for the killing", "speaker", "the parents",
                 id="the one had released is not who says"),
    pytest.param('"Our team," co-author Karl Brun said in a statement, "has developed a robust coating."',
                 "has developed a robust coating.", "speaker", "Karl Brun",
                 id="a name the parse hung on a word of the quote before the verb speaks"),
    pytest.param("The Vellian Institute of Volcanology and Seismology (Velvolcs) recorded the quake at dawn. Velvolcs "
                 "reported the magnitude was 5.5.", "the magnitude was 5.5", "speaker",
                 "Vellian Institute of Volcanology and Seismology",
                 id="a short name in brackets after a body's name stands for the body"),
    pytest.param('Karl Brun said, "The use of armed force is not the privilege of Tarsa only . While tensions are '
                 'expected to rise, experts said the only way forward is for either side to change position.',
                 "The use of armed force is not the privilege of Tarsa only .", "speaker", "Karl Brun",
                 id="a quote that lost its closing mark ends before experts said"),
    pytest.param("Karl Brun, director general of military public relations, said the attack was over. Vellia "
                 "blamed Tarsa, a charge Tarsan foreign ministry spokesperson Ana Lind rejected. The military "
                 "spokesperson said the army had conducted 900 operations this year.",
                 "the army had conducted 900 operations this year", "speaker", "Karl Brun",
                 id="the military spokesperson is the one whose roles say military"),
    pytest.param("National LGBT news source Daily Vell's editorial director, Ana Lind, said she felt the pleas might "
                 "provide some solace.", "she felt the pleas might provide some solace", "speaker", "Ana Lind",
                 id="a person named beside a body's officer beside the body speaks"),
    pytest.param("Karl Brun heads a rights group in Vellia and says many have turned the page. He expects few will "
                 "closely follow the trial in Kasso.", "few will closely follow the trial in Kasso", "speaker",
                 "Karl Brun", id="a belief with a third person pronoun subject is reported"),
    pytest.param("The US has further indicated no support will come without political reform in Vellia.",
                 "no support will come without political reform in Vellia", "speaker", "The US",
                 id="the US as a subject is a state not the pronoun us"),
    pytest.param("The Vellian politician, who according to some Vellian media outlets is considering challenging Ana "
                 "Lind in next year's election, says migration in the bloc is not working.",
                 "is considering challenging Ana Lind in next year's election", "speaker",
                 "some Vellian media outlets", id="according to inside a relative clause reports that clause only"),
    pytest.param("The Vellian politician, who according to some Vellian media outlets is considering challenging Ana "
                 "Lind in next year's election, says migration in the bloc is not working.",
                 "migration in the bloc is not working", "speaker", "The Vellian politician",
                 id="the main verb after an according to clause reports its own content"),
    pytest.param("The attacker was named as Dario Amman, 20, of Vell. He was jailed in 2018. Amman, who was "
                 "described by the police as obsessed with knives, advised her to kill her parents.",
                 "her to kill her parents", "speaker", "Dario Amman",
                 id="a capital is the surname of a person named before"),
    pytest.param('China, long North Korea\'s closest ally, expressed concern about tensions on the peninsula. "China '
                 'calls on parties concerned to be rational and to find a solution with Russia," Deputy Ambassador '
                 'Li Wen said.', "China calls on parties concerned to be rational and to find a solution with Russia,",
                 "target", "Russia", id="an envoy of no named state speaks for the state the text just named"),
    pytest.param('Brun said in a statement, "Trade between us has been fair for years." He urged an end to the '
                 'tariff fight between Vellia and Tarsa, saying, "We want trade, not tariffs."',
                 "an end to the tariff fight between Vellia and Tarsa", "speaker", "Brun",
                 id="urged with only an object reports the object"),
    pytest.param("Even though the court-appointed judges are likely to find Dara guilty, Mark Silber, who worked with "
                 "Dara for decades in Vellin, argued that releasing Dara may be in Kasso's interest.",
                 "releasing Dara may be in Kasso's interest", "speaker", "Mark Silber",
                 id="a name before a relative clause speaks when the parse hung it elsewhere"),
    pytest.param('On Friday, Karl Brun was expelled from the Vell Unity party for what the party described as '
                 '"violating rules in public comments about the president."',
                 "violating rules in public comments about the president.", "speaker", "Vell Unity",
                 id="the party is the body the text called a party"),
    pytest.param("Police said the search went on. International reaction A Vellian Foreign Ministry spokesperson "
                 "expressed sorrow over lives lost and urged the Tarsan government to address security failures.",
                 "the Tarsan government to address security failures", "speaker", "Vellian Foreign Ministry",
                 id="of two subjects alike the one after a run-in heading speaks"),
    pytest.param("Prime Minister Shahid Raza's administration rejected the resolution on Wednesday, saying it \"stems "
                 "from an incomplete understanding.\"", "stems from an incomplete understanding.", "speaker",
                 "Shahid Raza's administration", id="the owner of a speaking body is named without titles"),
    pytest.param("The director of Reporters Without Borders, Ana Lind, said the arrests were unlawful.",
                 "the arrests were unlawful", "speaker", "Ana Lind",
                 id="a name apposed to a body whose name the parse split is the speaker"),
    pytest.param("The head of Reporters Without Borders told the council that his teams in Vellia had seen many "
                 "arrests.", "his teams in Vellia had seen many arrests", "speaker",
                 "The head of Reporters Without Borders", id="a body's name with without is no person's name"),
    pytest.param("Rights groups say the five could be sent back to Vellia much earlier if they are added to the lists "
                 "of prisoners pardoned each year.", "the five could be sent back to Vellia much earlier if they are "
                 "added to the lists of prisoners pardoned each year", "speaker", "Rights groups",
                 id="a condition with a reporting verb in the passive goes on with the content"),
    pytest.param('Lind said the plan fits the Vellian "open door" ((vl))Vellian language: \u200dotvoreni vrata strategy '
                 'of the cabinet.', 'the plan fits the Vellian "open door"', "direct", False,
                 id="reported content ends before an inline translation gloss"),
    pytest.param('Brun dismissed the inquiry, and on Twitter referred to the vote as "The Great Kasso Hoax" before '
                 'leaving.', "The Great Kasso Hoax", "speaker", "Brun",
                 id="a title-like quote that characterises something is a quote"),
    pytest.param('Omar Velt, a baker in his 40s, said he learned the trade from his uncle. "The dough is everything," '
                 'said Velt, who bakes before dawn. "I love it," said the young professional in his 40s who may soon '
                 'lose his lease.', "I love it,", "speaker", "Omar Velt",
                 id="a description of a person that says more than a role refers back to the last speaker"),
    pytest.param("Earlier, Sergeant Paul Reno said the scene was safe. In Ontario, provincial police Detective Constable "
                 "Daniel Roux stated to the CBC in late June that the border closure drove up the prices of drugs. He "
                 "explained that heroin had been mixed with a sedative.", "heroin had been mixed with a sedative",
                 "speaker", "Daniel Roux", id="titles and a name taken for a body are a titled person"),
    pytest.param("Boko Haram claimed the attack on the pipeline. The army said two guards died in the raid near "
                 "Maiduguri. In a statement, the banned jihadist outfit said it would strike again.",
                 "it would strike again", "speaker", "Boko Haram",
                 id="a description of an armed group is the armed group named last"),
    pytest.param("Developer Omar Velt said prices had doubled. Maria Lopez's agency sells mostly to foreign buyers. She "
                 "said that most of her clients pay in cash.", "most of her clients pay in cash", "speaker",
                 "Maria Lopez", id="the person whose agency is a subject is who she stands for next"),
    pytest.param('"This cuts their speed by half," said study co-author and Vell Society Research Fellow Mark Hollis.',
                 "This cuts their speed by half,", "speaker", "Mark Hollis",
                 id="a name after a long coordinated role in said-X order speaks"),
    pytest.param("Ana Lind spoke first. Tens of thousands of Vellians marched in Kasso on Friday. They said the vote was "
                 "stolen.", "the vote was stolen", "speaker", "Tens of thousands of Vellians",
                 id="they are the people a number counts"),
    pytest.param("Researchers at Vell University studied the shelf for ten years. Coastal ice sheets melt fastest in "
                 "summer. They concluded that warm water was reaching the sheets.", "warm water was reaching the sheets",
                 "speaker", "Researchers at Vell University", id="they who speak are not the things named last"),
    pytest.param("Poachers sell the parts. One study in the Vell Journal of Wildlife from March noted that rangers "
                 "seized 126 skins.", "rangers seized 126 skins", "speaker", "One study in the Vell Journal of Wildlife",
                 id="a study is not the journal it appeared in nor the month it came from"),
    pytest.param("Despite the impact of the surge of new residents, the rising cost of housing in Kasso, and the rivalry "
                 "between Vellia and Tarsa, Tarsan migrants say public sentiment in Vellia toward migrants is positive.",
                 "public sentiment in Vellia toward migrants is positive", "speaker", "Tarsan migrants",
                 id="of two subjects alike the one after a comma speaks"),
    pytest.param('On Monday, United States Senator from Ohio Bernie Hale endorsed former Vice President Tom Brun for the '
                 'job. In a statement, Hale said to Brun: "You have my vote."', "You have my vote.", "speaker",
                 "Bernie Hale", id="a place the recogniser ran into a name after a title's from is the title's"),
    pytest.param("Brun said the delay was due to the old roads of Kasso, which were \"narrow\" and \"steep\" as "
                 "compared to the new ones.", "the delay was due to the old roads of Kasso, which were \"narrow\" and "
                 "\"steep\" as compared to the new ones", "speaker", "Brun",
                 id="a relative clause on a name that quotes words is the speaker's"),
    pytest.param("Lindco said its farm branch had a 24 million loss on a 900 million turnover; to which the sold "
                 "units contributed a 40 million loss.", "its farm branch had a 24 million loss on a 900 million "
                 "turnover; to which the sold units contributed a 40 million loss", "speaker", "Lindco",
                 id="reported content runs on over a semicolon that opens a relative clause"),
    pytest.param("Brun urged him to cut ties with Lind, who has retreated from public life since 2013.",
                 "him to cut ties with Lind", "speaker", "Brun",
                 id="a relative clause on a name that ends reported content is the writer's"),
    pytest.param("According to Tarsan data, Vellia spent an estimated 2.5% of its budget on farms in 2017; Tarsan "
                 "guidelines call for 4%.", "Vellia spent an estimated 2.5% of its budget on farms in 2017", "direct",
                 False, id="reported content ends at a semicolon that opens the writer's own clause"),
    pytest.param("Her memoirs say Lind was married to Karl Brun; the singer Tom Hale, who fathered two sons; and a banker.",
                 "Lind was married to Karl Brun; the singer Tom Hale, who fathered two sons; and a banker", "speaker",
                 "Her memoirs", id="reported content runs on over a list split by semicolons"),
    pytest.param("Karl Brun said the tests went well. The new study, published this month in a journal, suggested the "
                 "seedlings were growing normally.", "the seedlings were growing normally", "speaker", "the study",
                 id="a study with no named author is the study, not whoever spoke last"),
    pytest.param("At a rally, Brun implied he would consider making the vaccine mandatory.",
                 "he would consider making the vaccine mandatory", "speaker", "Brun", id="what someone implies is reported"),
    pytest.param("Brun spoke on Monday. He noted that underfunding cuts into the agency's farm programmes.",
                 "underfunding cuts into the agency's farm programmes", "speaker", "Brun",
                 id="a that-clause whose verb the parse read as a noun is reported"),
    pytest.param("Hale dismissed the claims as propaganda, saying the Kasso Front respect women's rights under their "
                 "own laws.", "the Kasso Front respect women's rights under their own laws", "speaker", "Hale",
                 id="a said object with an object of its own is a clause"),
    pytest.param("WHO said they were unsure whether the vaccine would be ready by May.",
                 "they were unsure whether the vaccine would be ready by May", "speaker", "World Health Organization",
                 id="an acronym the parse read as a pronoun speaks"),
    pytest.param("Brun rejected the fine, telling reporters on Monday that it was unfair and that he would ask Tarsa "
                 "to review the case.", "it was unfair and that he would ask Tarsa to review the case", "speaker",
                 "Brun", id="a second that-clause of a report is its content"),
    pytest.param("On Friday, researchers at Vell University posted findings estimating the number of cases may exceed "
                 "1000.", "the number of cases may exceed 1000", "speaker", "researchers at Vell University",
                 id="findings are a document whose issuer speaks"),
    pytest.param("Lind said she would pick a woman. A tweet sent from Lind's account during the debate repeated her "
                 "pledge, saying \"My running mate will be a woman.\"", "My running mate will be a woman.", "speaker",
                 "Lind", id="a post sent from someone's account is theirs"),
    pytest.param("According to the Associated Press news agency, the delegates are not bound.",
                 "the delegates are not bound", "speaker", "Associated Press",
                 id="a news agency the recogniser tags whole is its name"),
    pytest.param("Brunmart also takes over 700 workers from Lindco — Kasso Mart currently has about 500 workers. In the "
                 "last fiscal year, Lindco said its branch had lost money.", "its branch had lost money", "speaker",
                 "Lindco", id="a name never runs across a spaced dash"),
    pytest.param("The Vell Ports Office said the ferries were late. The Reuters news agency has reported that Tarsa "
                 "offered to resettle the refugees.", "Tarsa offered to resettle the refugees", "speaker", "Reuters",
                 id="a named news agency is its name, not the body named before"),
    pytest.param("The Vell Ports Office said the ferries were late. The United Nations agency said the roads were "
                 "closed.", "the roads were closed", "speaker", "Vell Ports Office",
                 id="an agency that is no news agency is the body named before"),
    pytest.param("Brun said the people of Vellia have high hopes. Some have even said they hope to see peacekeepers.",
                 "they hope to see peacekeepers", "speaker", "people of Vellia",
                 id="some are some of the people just named"),
    pytest.param("The new tariffs hit exporters. Some have even said they hope to see the tariffs dropped.",
                 "they hope to see the tariffs dropped", "speaker", "Some",
                 id="some are no one else when no people were just named"),
    pytest.param("Vell Police, which indicated on Monday an arrest was likely at the hearing, face allegations they "
                 "failed the victims.", "an arrest was likely at the hearing", "speaker", "Vell Police",
                 id="the content of a relative clause set off by commas ends at its closing comma"),
    pytest.param("The Senate Minority Leader, Karl Brun, said the talks failed.", "the talks failed", "speaker",
                 "Karl Brun", id="a majority or minority leader is a title"),
    pytest.param("Analysis of the bone tools suggested early farmers used them on hides.",
                 "early farmers used them on hides", "speaker", "Analysis of the bone tools",
                 id="what a document is of is its topic, not its source"),
    pytest.param("The High Court also ruled on Monday, finding that the closure was not a matter for the courts.",
                 "the closure was not a matter for the courts", "speaker", "High Court",
                 id="a court finding that reports it"),
    pytest.param("Vellia urged the Harbour Trade Organization to review the tariffs, the trade body said on Thursday.",
                 "Vellia urged the Harbour Trade Organization to review the tariffs", "speaker",
                 "Harbour Trade Organization", id="the body just named is the latest by position, not by when found"),
    pytest.param("In the letter, Hale asks Lind to investigate Karl Brun and his son.",
                 "Lind to investigate Karl Brun and his son", "speaker", "Hale", id="asking someone to act reports it"),
    pytest.param("Lind's opponents, however, accused him of undermining democracy.", "him of undermining democracy",
                 "speaker", "Lind's opponents", id="a pronoun accused of something"),
    pytest.param("The Vellian military says it has the upper hand over the rebels but according to aid groups, the "
                 "situation is still dire.", "it has the upper hand over the rebels", "speaker", "The Vellian military",
                 id="a report's content stops before but according to"),
    pytest.param("The Vellian military says it has the upper hand over the rebels but according to aid groups, the "
                 "situation is still dire.", "the situation is still dire", "speaker", "aid groups",
                 id="after but according to X the content follows"),
    pytest.param("Lind was held in Kasso for months and according to the ministry she died at the clinic in the morning.",
                 "she died at the clinic in the morning", "speaker", "the ministry",
                 id="after and according to X the content follows"),
    pytest.param("Criticism within Vellia has said the cases rose because the rules were eased.",
                 "the cases rose because the rules were eased", "speaker", "Criticism within Vellia",
                 id="a within phrase stays with the speaker"),
    pytest.param("While current consensus among scientists says birds evolved from dinosaurs, doubts remain.",
                 "birds evolved from dinosaurs", "speaker", "current consensus among scientists",
                 id="an among phrase stays with the speaker"),
    pytest.param("Senator from Vermont Ana Lind said the bill was fair.", "the bill was fair", "speaker", "Ana Lind",
                 id="the place after a title's from is not part of the name"),
    pytest.param("\"The bridge will reopen\" tweeted Mayor of Paris Karl Brun.", "The bridge will reopen", "speaker",
                 "Karl Brun", id="a verb after a quote with no comma, read as a modifier, still attributes it"),
    pytest.param("\"The bridge will reopen\" tweeted Mayor of Paris Karl Brun.", "The bridge will reopen",
                 "speaker_role", "Mayor of Paris", id="the verb after a quote is not part of the role"),
    pytest.param("Norland has denied sending troops into the valley.", "sending troops into the valley",
                 "speaker", "Norland", id="denying doing something reports it"),
    pytest.param("Norland's envoy again dismissed accusations it is buying drones from Tarsa. \"These are lies,\" Karl "
                 "Brun told the council.", "it is buying drones from Tarsa", "speaker", "Karl Brun",
                 id="a claim noun's content with no that; a state's office introduces the person named next"),
    pytest.param("Brun dismissed the council's findings and later statements by Lind as propaganda.",
                 "the council's findings and later statements by Lind as propaganda", "speaker", "Brun",
                 id="as after the second of two dismissed things"),
    pytest.param("Hale dismissed the panel's findings as controlled and directed by the West.",
                 "the panel's findings as controlled and directed by the West", "speaker", "Hale",
                 id="as before a participle the parse made a clause"),
    pytest.param("Karl Brun met the envoys on Monday. Brun was blunt. \"We gave them every chance. They chose war.\" The "
                 "talks ended early.", "We gave them every chance. They chose war.", "speaker", "Karl Brun",
                 id="a quote right after the speaker's manner is described"),
    pytest.param("Rights group Amnesty International said the trial was unfair. The aid group Doctors Without Borders said "
                 "it had closed two clinics.", "it had closed two clinics", "speaker", "Doctors Without Borders",
                 id="a body noun followed by a name is that name"),
    pytest.param("Karl Brun and his son Tom Brun spoke to reporters. Tom Brun said the club was his life. \"It is over,\" "
                 "the younger Brun said.", "It is over,", "speaker", "Tom Brun",
                 id="the younger of a family is the one of that name just named"),
    pytest.param("Karl Brun pointed out that Indonesia does not allow the trade in wild birds, and added that by stopping "
                 "people from buying wild birds, he hopes to slow the spread of bird flu.",
                 "by stopping people from buying wild birds, he hopes to slow the spread of bird flu", "speaker",
                 "Karl Brun",
                 id="added after pointed out that X is the pointer's, not X's"),
    pytest.param("Karl Brun, who led the study, said the results were clear. For Tom Hale, managing his illness has "
                 "been a long journey. But with treatment, he has regained his strength. \"I was weak then,\" he said.",
                 "I was weak then,", "speaker", "Tom Hale", id="the person a sentence opens with for is its topic"),
    pytest.param("Take 51-year-old security guard Tom Hale, for example. \"I was weak then,\" he said.",
                 "I was weak then,", "speaker_role", "51-year-old security guard", id="a hyphenated word opening a role"),
    pytest.param("Ana Lind fled Kasso in 2021. Her novels were banned by the council \"for offending public morals.\" "
                 "'Hostility is directed at women' Lind believes her book was banned because it was written by a woman.",
                 "her book was banned because it was written by a woman", "speaker", "Ana Lind",
                 id="a subheading in single quotes run into the text"),
    pytest.param("Fans in Kasso will miss Tom Hale. \"I am leaving the club,\" he said.", "I am leaving the club,",
                 "speaker", "Tom Hale", id="the verb miss before a name is no honorific"),
    pytest.param("Norwegian Foreign Minister Ana Lind said Monday that Norway wants to end the freeze on aid to Sudan at "
                 "talks next week in Lausanne, Switzerland.", "Norway wants to end the freeze on aid to Sudan at talks next "
                 "week in Lausanne, Switzerland", "target", "Sudan", id="a country after its city is a place"),
    pytest.param("After talks with the United States, the Kremlin said a lot remained to be done on a Ukraine ceasefire "
                 "deal.", "a lot remained to be done on a Ukraine ceasefire deal", "target", "United States",
                 id="a country naming a kind of deal is no actor"),
    pytest.param("The Kasso Center for Disease Control and Prevention, or KCDC, said it had recorded 39 cases. KCDC said "
                 "later that the outbreak was over.", "the outbreak was over", "speaker",
                 "Kasso Center for Disease Control and Prevention", id="a body's acronym given after or is that body"),
    pytest.param("Karl Brun, the divisional railway superintendent in Kasso, told reporters the line was cut. \u201cIt is a "
                 "no-signal area,\u201d the railway official said.", "It is a no-signal area,", "speaker", "Karl Brun",
                 id="the railway official is the official who spoke before"),
    pytest.param("The figures were released by the Game Committee of the Vellia Audio-Video Publishing Association, which "
                 "said the numbers were rising.", "the numbers were rising", "speaker",
                 "Game Committee of the Vellia Audio-Video Publishing Association", id="a hyphenated word inside a body's name"),
    pytest.param("The city's police chief, Karl Brun, announced on Facebook on Tuesday there were suspects in custody.",
                 "there were suspects in custody", "speaker", "Karl Brun",
                 id="where and when the words were said are not the content"),
    pytest.param("\u201cLet me be clear,\u201d Hale began. \u201cWe want peace.\u201d The attacks began Tuesday.",
                 "Let me be clear,", "speaker", "Hale", id="began with no object reports the quote before it"),
    pytest.param("\u201cIt is a tragedy,\u201d said Lind's colleague Karl Brun.", "It is a tragedy,", "speaker",
                 "Karl Brun", id="in said X's colleague Y the speaker is Y"),
    pytest.param("Police said the man had appeared to be wearing a vest, though it was later found to be a fake.",
                 "the man had appeared to be wearing a vest", "speaker", "Police",
                 id="the narrator's though-clause is not content"),
    pytest.param("Bugar, however, worries that Vellia will be seen as taking sides in Norland's domestic politics.",
                 "Vellia will be seen as taking sides in Norland's domestic politics", "speaker", "Bugar",
                 id="worries that reports a view"),
    pytest.param("Vellia fired a missile into the sea on Thursday, Norland's military said, hours after Vellia warned "
                 "of action against what it called provocations.", "Vellia fired a missile into the sea on Thursday",
                 "speaker", "Norland's military", id="a what-clause after the attribution is no relative before it"),
    pytest.param("Vellian Defense Minister Karl Brun spoke to reporters on Friday after the border clash.\n\n"
                 "\u201cWe did not start this. Our soldiers were fired upon first.\u201d",
                 "We did not start this. Our soldiers were fired upon first.", "speaker", "Karl Brun",
                 id="a quote after a paragraph saying someone spoke is theirs"),
    pytest.param("Vellia's Queen Ilse II said she would sign the law.", "she would sign the law", "speaker",
                 "Queen Ilse II", id="a monarch known by one name keeps the title"),
    pytest.param("The next day on Twitter Brun accused his rival of \"lying.\"", "lying.", "speaker", "Brun",
                 id="a platform run into a name is not part of it"),
    pytest.param("\u201cThey are using tricks,\u201d said the Vellia director of Human Rights Watch Karl Brun.",
                 "They are using tricks,", "speaker", "Karl Brun", id="a name ending an office's body phrase speaks"),
    pytest.param("Hale told lawmakers Norland had crossed every red line.", "Norland had crossed every red line",
                 "speaker", "Hale", id="whom a speaker told is not the content"),
    pytest.param("The minister told reporters Tuesday the deal was dead.", "the deal was dead", "speaker",
                 "The minister", id="the day after whom a speaker told is not the content"),
    pytest.param("\u201cTalks? What talks?\u201d Hale scoffed.", "Talks? What talks?", "speaker", "Hale",
                 id="scoffed reports speech"),
    pytest.param("Vellia's ambassador to the United Nations, Piet Dorn, told the council that Norland had violated the "
                 "ceasefire.", "Norland had violated the ceasefire", "speaker_role",
                 "Vellia's ambassador to the United Nations", id="an ambassador to somewhere keeps the posting"),
    pytest.param("\u201cWe are not afraid,\u201d Brun added. \u201cLet them come.\u201d", "Let them come.", "speaker",
                 "Brun", id="a short sentence quoted on its own is a quote"),
    pytest.param("\"I have nothing to say to them,\" Lind, who has led the ministry since 2019, told reporters.",
                 "I have nothing to say to them,", "speaker_role", "", id="a closing quote mark is no role"),
    pytest.param("\u201cNorland is the aggressor here,\u201d said Ana Lind, 54, a retired teacher from Kasso.",
                 "Norland is the aggressor here,", "speaker_role", "retired teacher from Kasso",
                 id="an age set beside a name is not the role"),
    pytest.param("Hale accused Norland of \"state terrorism\" and left the room.", "Norland of \"state terrorism\"",
                 "speaker", "Hale", id="reported content ending with a quote keeps its closing mark"),
    pytest.param("\u201cWe are ready for talks,\u201d Lind said in a video posted on Telegram, \u201cbut not at any "
                 "price.\u201d", "but not at any price.", "speaker", "Lind",
                 id="a video posted somewhere does not speak"),
    pytest.param("\u201cWe will not bow to pressure,\u201d Ayatollah Karim Vessi told a gathering of clerics.",
                 "We will not bow to pressure,", "speaker", "Karim Vessi", id="Ayatollah is a title"),
    pytest.param("Vellia\u2019s Kasso provincial leader said on Monday he would add a levy on power sold to Norland. "
                 "Norland President Tom Hale said the levy was unfair. Kasso\u2019s provincial leader, Ana Lind, said "
                 "the levy would stay.", "he would add a levy on power sold to Norland", "speaker", "Ana Lind",
                 id="a description is a later person whose role shares its words"),
    pytest.param("Norland shelled the border town of Kasso overnight, officials said Thursday, as President Ana Lind "
                 "urged allies to speed up deliveries of air defense systems.",
                 "Norland shelled the border town of Kasso overnight", "speaker", "officials",
                 id="as Y urged after an attribution takes none of its content"),
    pytest.param("Vellia's top government spokesman said Norland was watching closely.",
                 "Norland was watching closely", "speaker", "Vellia's government",
                 id="a spokesperson's rank is not part of the body"),
    pytest.param("Norland's envoy Karl Brun said the talks had failed. Separately, a Vellian foreign ministry "
                 "spokeswoman said the border would stay open. \u201cWe hope for a peaceful resolution,\u201d she said.",
                 "We hope for a peaceful resolution,", "speaker", "Vellian foreign ministry",
                 id="she after an unnamed spokeswoman is that spokeswoman"),
    pytest.param("Former Vellian envoy Marta Kovic, who led the border talks, says the treaty has failed. The Norland "
                 "politician, who is expected to run for office next year, says the deal is dead.",
                 "the deal is dead", "speaker", "Marta Kovic", id="a described politician is who spoke before"),
    pytest.param("Former top European Union official Marta Kovic says the European Union has failed its farmers. "
                 "\u201cThe European Union must change course,\u201d Kovic said.",
                 "The European Union must change course,", "target", "European Union",
                 id="a former role's body is not the speaker's side"),
    pytest.param("Ramon Castell Ortiz, Vellia's governor, said on Monday he would resign. \u201cI have failed the "
                 "people,\u201d Castell said.", "I have failed the people,", "speaker", "Ramon Castell Ortiz",
                 id="a short name is the first of two surnames"),
    pytest.param("The talks stalled as Vellia issued a series of warnings demanding that Norland change its stance on "
                 "the border.", "Norland change its stance on the border", "speaker", "Vellia",
                 id="a series of warnings speaks for who issued them"),
    pytest.param("Residents of Tarsa and Millo say they have no safe alternatives. Amina Daud Farah was among the "
                 "refugees who returned in 2019 to Kasso, her hometown. But she and her household \"couldn't get the "
                 "essentials of life.\"", "couldn't get the essentials of life.", "speaker", "Amina Daud Farah",
                 id="a quote that is a person's predicate is theirs"),
    pytest.param("The Myanmar military seized power in February. " + "Protests filled the streets for weeks. " * 12 +
                 "A U.N. official, Tom Berg, said the security forces have detained thousands. \u201cMost of these "
                 "people are still held without charge,\u201d Berg said.",
                 "Most of these people are still held without charge,", "target", "Myanmar military",
                 id="the security forces after a military ruler are that ruler"),
    pytest.param("Finland and Sweden signed the pact on Monday. In Washington, spokesman Tom Berg said the United "
                 "States stood with Finland and called Moscow's remarks \"irresponsible and dangerous.\"",
                 "irresponsible and dangerous.", "target", "Russia", id="what a speaker characterises is the target"),
    pytest.param("Berlin summoned the ambassador. The German government said the findings were clear. The Russian "
                 "government said the claims were baseless.", "the claims were baseless", "speaker",
                 "The Russian government", id="a state's body is not another state's"),
    pytest.param("The representative of France said the fighting had reached \"an unbearable level.\"\n\nSpeaking "
                 "for the United Kingdom, Lord Collins said London would provide more aid.", "an unbearable level.",
                 "speaker", "The representative of France", id="a description is not a person of the next paragraph"),
    pytest.param("The council's deputy head, Liang Wen-chieh, said Taipei hoped \"democracies will stand together.\"\n\n"
                 "Former U.S. ambassador to Japan Rahm Emanuel praised Tokyo's decision. \"Japan is stepping up,\" he "
                 "wrote in an opinion column.", "Japan is stepping up,", "speaker", "Rahm Emanuel",
                 id="a titled name the recogniser missed is a person"),
    pytest.param("The United Vell Commission on Press Freedom urged calm. They released a statement which said, \"The "
                 "museum must stay a museum.\"", "The museum must stay a museum.", "speaker",
                 "United Vell Commission on Press Freedom", id="a statement released by they is the group's"),
    pytest.param("\"The danger has not passed,\" agreed Polat Sayim, a vice chair of the Vell Congress. Chalida "
                 "Tajaroensuk, who heads a local rights group, echoed their concerns. She told VOA she visited the "
                 "prison.", "she visited the prison", "speaker", "Chalida Tajaroensuk",
                 id="a name taken for a body that who refers to is a person"),
    pytest.param("Medical charity MSF said on Monday that access was blocked. Luis Eguiluz, its country director, notes "
                 "these laws are preventing access. MSF is calling on the government to change the law. This, he "
                 "says, would let aid reach millions.", "would let aid reach millions", "speaker", "Luis Eguiluz",
                 id="he is not an acronym"),
    pytest.param("Vellian leaders see the new law as part of a \u201csalami slicing\u201d strategy to assert their "
                 "claims, said Ana Lind, a professor at Harbour University.", "salami slicing", "speaker", "Ana Lind",
                 id="a phrase quoted in reported content with an infinitive after it is the content's"),
    pytest.param("Vellia denied the accusation. \"These claims are false,\" a spokesperson for the French foreign "
                 "ministry told reporters.", "These claims are false,", "speaker", "French foreign ministry",
                 id="a spokesperson for a ministry named by nationality speaks for it"),
    pytest.param("The State Department called the accusations \"baseless\" and said the expulsions would deepen the "
                 "isolation.\n\nVellian President Ana Lind, who has tried to mediate between the two sides, called for "
                 "calm. \"Nobody wins a war,\" she wrote on X.", "Nobody wins a war,", "speaker", "Ana Lind",
                 id="a body's last word is not a person"),
    pytest.param("\"Any attack will receive a response,\" Lind said.\n\nAsked about the threat, a senior Norlandic "
                 "official, speaking on condition of anonymity, said: \"We will not be intimidated.\"",
                 "We will not be intimidated.", "speaker", "senior Norlandic official",
                 id="who answers a question put first is the speaker"),
    pytest.param("\"We found the wreck after years of searching,\" the team leader, Tom Berg, told the Washington Post.",
                 "We found the wreck after years of searching,", "target", "", id="a newspaper is not its city's state"),
    pytest.param("Brazil's foreign ministry said it was following events \"with concern\" and urged both sides to "
                 "respect the Vienna Convention on diplomatic relations.", "with concern", "target", "",
                 id="a treaty is not its city's state"),
    pytest.param("A spokesperson for the Vellian navy said the launches did not pose an immediate threat, but "
                 "highlighted \"the destabilizing impact\" of the tests.", "the destabilizing impact", "speaker",
                 "spokesperson for the Vellian navy", id="things do not speak in a verb joined to the content"),
    pytest.param("Tehran dismissed the warning. Foreign Ministry spokesman Reza Kiani said Iran's program was "
                 "\"entirely peaceful\" and that threats from Washington \"will get nowhere.\"", "will get nowhere.",
                 "target", "United States", id="a ministry with no state is the state just named as subject"),
    pytest.param("Ana Lind spoke to reporters on Monday. She was married in turn to Karl Brun, Tom Hale, and Piet Vos, "
                 "whom she divorced in 1990. \"I was happy then,\" she said.", "I was happy then,", "speaker",
                 "Ana Lind", id="a name joined to an object is no subject"),
    pytest.param("Vellia's government accused Eritrea of plotting a coup, a charge Asmara dismissed as \"a pack of "
                 "lies.\"", "a pack of lies.", "speaker", "Asmara", id="who dismisses a charge speaks, not the charge"),
    pytest.param("Q: Minister, Norland says your troops crossed the border. Is that true?",
                 "your troops crossed the border", "speaker", "Norland", id="an interviewer's label is no speaker"),
    pytest.param("Former Vellian ambassador to Washington Tom Hale said the talks had failed. \"The room for error is "
                 "very small,\" he said.", "The room for error is very small,", "speaker_role",
                 "Former Vellian ambassador to Washington", id="a role is not the place a title is posted to"),
    pytest.param("Iran's foreign ministry warned Israel against any \"adventurism.\" Spokesman Reza Kiani said Tehran "
                 "would \"not remain indifferent\" to an attack on its ally.", "not remain indifferent", "target",
                 "Israel", id="a bare spokesman speaks for the state whose body was just the subject"),
    pytest.param("Vellia's U.N. ambassador, Al-Tarif Idriss al-Tarif Mahmoud, welcomed the veto. He said the militia "
                 "\"is the one committing crimes.\"", "is the one committing crimes.", "speaker",
                 "Al-Tarif Idriss al-Tarif Mahmoud", id="a name the recogniser split is one name"),
    pytest.param("Talks resumed in Geneva on Monday. In Beijing, foreign ministry spokeswoman Lin Hua said China "
                 "\"firmly opposes\" any pressure on its companies.",
                 "China \"firmly opposes\" any pressure on its companies", "target", "",
                 id="a ministry with no state is of the capital its sentence opens in"),
    pytest.param("According to the state news agency Vellpress, the prosecutor general of Tarsa, Ana Lind, said the 36 "
                 "must face \"murder and terrorism charges\", adding Vellia will pursue them.",
                 "murder and terrorism charges", "speaker", "Ana Lind",
                 id="according to a source, the one set beside it speaks"),
    pytest.param("The port reopened on Monday. \"The harbour was built for war. And so, there is a sense of danger in "
                 "Tarsa.\" Lind said, adding that trade would suffer.",
                 "The harbour was built for war. And so, there is a sense of danger in Tarsa.", "speaker", "Lind",
                 id="an attribution after a quote closed by a full stop"),
    pytest.param("Historian Ana Lind studies the port. \"The harbour was built for war,\" Lind said.",
                 "The harbour was built for war,", "speaker_role", "Historian", id="a historian's title is a role"),
    pytest.param("Militia spokesman Tomas Eld said in a televised speech that the group would continue its operations "
                 "\"until the siege of Tarsa ends.\"", "until the siege of Tarsa ends.", "speaker", "Tomas Eld",
                 id="continuing one's operations reports nothing"),
    pytest.param("Vellcom said it had complied with all laws. \"We will challenge the ban in court,\" the company said.",
                 "We will challenge the ban in court,", "speaker", "Vellcom",
                 id="the company is the one-word body that just spoke"),
    pytest.param("Norland's Foreign Secretary said Norland would \"not hesitate\" to act. \"These attacks must stop,\" "
                 "he said.", "These attacks must stop,", "speaker", "Norland's Foreign Secretary",
                 id="an office holder left unnamed is named by the office"),
    pytest.param("On Tuesday, the government of Vellia announced it would expel Norland's ambassador, Karl Brun, over "
                 "what it described as \"interference in internal affairs\".", "interference in internal affairs",
                 "speaker", "the government of Vellia", id="it is the body its sentence named as subject"),
    pytest.param("Norland responded within hours. Its foreign ministry called the expulsion \"unjustified and "
                 "regrettable.\"", "unjustified and regrettable.", "speaker", "Norland's foreign ministry",
                 id="its ministry is the ministry of the body just named"),
    pytest.param("\"Foreign navies must leave the Gulf of Oman,\" Vellian President Ana Lind said.",
                 "Foreign navies must leave the Gulf of Oman,", "target", "", id="waters are not the state they name"),
    pytest.param("\"Samoa must pay back the loan,\" Vellian envoy Karl Brun said.", "Samoa must pay back the loan,",
                 "target", "Samoa", id="a state the corpus lexicon lacks is a target"),
    pytest.param("The club played at its Kenya Street ground on Saturday. \"We were the better side,\" coach Tom Hale "
                 "said.", "We were the better side,", "target", "", id="a street is not the state it names"),
    pytest.param("Norland's envoy, Karl Brun \u2014 whose government has long accused Vellia of mistreating ethnic "
                 "Norlanders \u2014 welcomed the findings.", "Vellia of mistreating ethnic Norlanders", "speaker",
                 "Karl Brun's government", id="whose government is the government of the one it describes"),
    pytest.param("Norway filed several requests for the hearing to be postponed. Presenting his country's opening "
                 "arguments, Sweden's Deputy Prime Minister Karl Brun described the dispute as vital. \"We hoped to "
                 "settle our dispute with Norway bilaterally,\" Brun said.",
                 "We hoped to settle our dispute with Norway bilaterally,", "speaker_role",
                 "Sweden's Deputy Prime Minister", id="the possessor of a title is part of the role"),
    pytest.param("The talks collapsed on Monday. Syria's new government has said it wants to integrate the militia "
                 "into the army. Foreign Minister Karl Brun told reporters that \"there is no place for separatism in "
                 "the new Syria.\"", "there is no place for separatism in the new Syria.", "target", "",
                 id="a minister with no state is of the state just named as subject"),
    pytest.param("Vellia asked the Harbour Trade Organization to review the tariffs, the trade body said on Thursday.",
                 "Vellia asked the Harbour Trade Organization to review the tariffs", "speaker",
                 "Harbour Trade Organization", id="the trade body is the body just named"),
    pytest.param("Vellia's Department of Disaster Management Affairs issued a warning on Monday. The cyclone displaced "
                 "3,000 people. No deaths were recorded, but the disaster management department said floods injured "
                 "15 people.", "floods injured 15 people", "speaker", "Department of Disaster Management Affairs",
                 id="the department is the body named with that word"),
    pytest.param("Fighting closed the border crossings. The U.N. says the conflict displaced 12 million people in Vellia.",
                 "the conflict displaced 12 million people in Vellia", "speaker", "United Nations",
                 id="a known organisation's acronym is spelt out"),
    pytest.param("Vellia has been reassigning its envoys to other posts, a move that experts think signals that the "
                 "government is putting less weight on the talks.",
                 "signals that the government is putting less weight on the talks", "speaker", "experts",
                 id="who think in a relative clause, not what they think about"),
    pytest.param("\"They have broken every promise,\" Lind told parliament.\n\nNorland's president hit back within "
                 "hours \u2013 \"Vellia is not interested in peace, only in excuses\" \u2013 and ordered more troops "
                 "to the border.", "Vellia is not interested in peace, only in excuses", "speaker",
                 "Norland's president", id="who hit back speaks"),
    pytest.param("Vellia, which backs the army, called for \"preserving the state's institutions,\" while Norland, "
                 "accused by the army of arming the rebels, denied the charge.", "preserving the state's institutions,",
                 "speaker", "Vellia", id="a verb after while belongs to its own clause"),
    pytest.param("Vellia's army chief, General Tariq al-Mansour, rejected calls for a ceasefire. Speaking to troops in "
                 "the port, Mansour said there would be \"no negotiations with the militia.\"",
                 "no negotiations with the militia.", "speaker", "Tariq al-Mansour",
                 id="a surname without its article is the full name"),
    pytest.param("Washington reaffirmed its support for Manila on Monday. Beijing rejected the statement. Asked about "
                 "the remarks, foreign ministry spokesman Guo Lin said Washington \"has no right to interfere\" in the "
                 "dispute.", "has no right to interfere", "target", "United States",
                 id="a spokesman speaks for the state named last, not the one that spoke before it"),
    pytest.param("\"Stay calm,\" Tariq-ul-Islam said the guards told them. \"Do not move,\" Aziz-ur-Rehman said "
                 "gunmen who stopped the bus told passengers.", "Stay calm,", "speaker", "Tariq-ul-Islam",
                 id="a hyphenated name the parse split is one name"),
    pytest.param("\"Do not move,\" Aziz-ur-Rehman said gunmen who stopped the bus told passengers.", "Do not move,",
                 "speaker", "Aziz-ur-Rehman", id="a lower-case part of a hyphenated name is in the name"),
    pytest.param("The Vellian League for the Defense of Human Rights also issued a statement. \"She did her work "
                 "well,\" the rights group said.", "She did her work well,", "speaker",
                 "Vellian League for the Defense of Human Rights",
                 id="a body's name the recogniser cut at 'for the' is whole"),
    pytest.param("According to the Global Peace Index 2031 released last week, Vellia saw a rise in deaths.",
                 "Vellia saw a rise in deaths", "speaker", "Global Peace Index 2031",
                 id="a year in a report's title is part of its name"),
    pytest.param("The Sunken 12 Project announced on Friday that the wreck was a Vellian frigate.",
                 "the wreck was a Vellian frigate", "speaker", "The Sunken 12 Project",
                 id="a number inside a name is part of it"),
    pytest.param("According to recent U.N. figures, about a million Vellians have fled the fighting.",
                 "about a million Vellians have fled the fighting", "speaker", "United Nations",
                 id="the body named on figures speaks"),
    pytest.param("Cholera deaths in the camps have doubled since May, according to WHO's statistics.",
                 "Cholera deaths in the camps have doubled since May", "speaker", "World Health Organization",
                 id="the acronym WHO is a body, not a relative pronoun"),
    pytest.param("The institute said incidents had tripled. Its director, Mihail Dobre-Stan, said the two governments "
                 "need a hotline.", "the two governments need a hotline", "speaker", "Mihail Dobre-Stan",
                 id="a hyphenated full name the recogniser took for a body, set beside an office, speaks"),
    pytest.param("\"This was a technical failure,\" Deputy Defence Minister Piet van der Holm said in an interview.",
                 "This was a technical failure,", "speaker_role", "Deputy Defence Minister",
                 id="a particle the recogniser left out of a name is not in the role"),
    pytest.param("Vellian Ambassador Oksana Berezny told CBS's \"Face the Nation\" that her country would take the "
                 "matter to the International Court of Justice.",
                 "her country would take the matter to the International Court of Justice", "speaker", "Oksana Berezny",
                 id="a quoted programme title after 'told' is not the content"),
    pytest.param("Prime Minister Teodor Ilic spoke on Monday. The opposition leader, Marta Sorel, accused the government "
                 "of \"playing with fire.\" \"We are not looking for a fight,\" Ilic's office quoted him as saying.",
                 "We are not looking for a fight,", "speaker", "Teodor Ilic",
                 id="'Name's office quoted him' quotes Name"),
    pytest.param("The Vellian Senate's vice-president for democracy, Dubravka Horvat, said the bloc remained the "
                 "largest donor.", "the bloc remained the largest donor", "speaker", "Dubravka Horvat",
                 id="a hyphenated office the parse split is the head of its apposition"),
    pytest.param("Dr. Amara Osei, the agency's chief scientist, said the outbreak was slowing.",
                 "the outbreak was slowing", "speaker_role", "agency's chief scientist",
                 id="an honorific is no role; the apposition is"),
    pytest.param("Marta Lind also commented on the statement by NATO Secretary General Tom Berg, who said on Tuesday "
                 "that the alliance stood with Vellia.", "the alliance stood with Vellia", "speaker", "Tom Berg",
                 id="a clause reported inside a relative clause is the relative's speaker's"),
    pytest.param("Ana Lind, the party's spokeswoman, spoke first. Then Mr. Tom Berg said the plan had failed. \"We will "
                 "fight on,\" she said.", "We will fight on,", "speaker", "Ana Lind",
                 id="'she' is not a man the text calls Mr."),
    pytest.param("Vellian leader Ana Lind warned that her party would respond \"at the time and place of our "
                 "choosing.\"", "at the time and place of our choosing.", "speaker", "Ana Lind",
                 id="a quoted fragment of reported content is the reporter's"),
    pytest.param("Vellian leader Ana Lind warned in a televised speech that her party would respond \"at the time and "
                 "place of our choosing.\"", "at the time and place of our choosing.", "speaker", "Ana Lind",
                 id="a quoted fragment of content set on a speech is the speaker's"),
    pytest.param("The U.N. relief chief, Tom Berg, told the Security Council that famine had spread to 14 districts.",
                 "famine had spread to 14 districts", "speaker", "Tom Berg",
                 id="'that' the parse took for the subject's determiner opens no content"),
    pytest.param("Vellia protested. \"We strongly protest,\" Vellian minister Tomas Hale told reporters.\n\nIn a statement "
                 "carried by the official Norland Central News Agency, Ri Sol Ju, the wife of leader Ri Chol Man, said the "
                 "drills were \"a rehearsal for invasion.\"", "a rehearsal for invasion.", "speaker", "Ri Sol Ju",
                 id="a name the parse set beside the agency speaks through its description"),
    pytest.param("President Ivo Rask ordered his cabinet to respond firmly. \"Provocations will be met with a strong "
                 "response,\" his spokesperson, Lena Park, quoted him as saying.",
                 "Provocations will be met with a strong response,", "speaker", "Ivo Rask",
                 id="'X quoted him' is not X"),
    pytest.param("Slovak Prime Minister Robert Fico criticised the bloc. Fico's office later said in a statement that "
                 "Slovakia had \"not stood in the way\" of the decision, and that the European Union must respect it.",
                 "not stood in the way", "target", "European Union", id="a person's office holds that person's side"),
    pytest.param("Speaking to VOA's Russian Service, Vellian opposition leader Oleg Marin said the regime was "
                 "\"terrified of its own people.\"", "terrified of its own people.", "target", "",
                 id="a broadcaster's language service names no state"),
    pytest.param("The Vellian deputy minister for the Ministry of Information and Culture, Zia-ul Karim Hassani, told "
                 "media his department had banned 40 books.", "his department had banned 40 books", "speaker",
                 "Zia-ul Karim Hassani", id="an entity the recogniser ran over a comma ends at it"),
    pytest.param("Vellian Foreign Minister Hakan Demir on Monday warned Norland over the treaty. Speaking at a joint news "
                 "conference with his Ostrian counterpart, Peter Szabo, the minister said Norland had \"not kept its "
                 "promises.\" He added: \"Our patience is not unlimited.\"", "Our patience is not unlimited.", "speaker",
                 "Hakan Demir", id="'he' after 'the minister said' is that minister"),
    pytest.param("In Tokyo, Minister of Economy, Trade and Industry Haruki Tanabe told a news conference that Vellia "
                 "would study the measures.", "Vellia would study the measures", "speaker", "Haruki Tanabe",
                 id="a portfolio list the recogniser cut after its comma stays in the title"),
    pytest.param("Minister of Digital Affairs Lin Pei-wen (林佩雯) said the government was treating the incident "
                 "as a threat.\n\n\"We cannot rule out that this was a deliberate act,\" Lin said.",
                 "the government was treating the incident as a threat", "speaker", "Lin Pei-wen",
                 id="a name's spelling in its own script, in brackets, does not stand between the name and the verb"),
    pytest.param("Minister of Health and Welfare Shih Chung-hsin said that health has no borders.",
                 "health has no borders", "speaker", "Shih Chung-hsin",
                 id="a name parsed as the portfolio's conjunct is the holder"),
    pytest.param("The decision comes two months after the expiry of a moratorium on visits by research ships, which "
                 "Colombo imposed after repeated objections from New Delhi and Washington.\n\nThe Chinese Embassy in "
                 "Colombo, in a post on X, described the work as \"a scientific mission\" and thanked the government.",
                 "a scientific mission", "speaker", "Chinese Embassy in Colombo",
                 id="a body entity cut after its preposition keeps its seat"),
    pytest.param("Md. Nurul Amin Bhuiyan said the government had sent all the documents Tarsa had asked for.",
                 "the government had sent all the documents Tarsa had asked for", "speaker", "Md. Nurul Amin Bhuiyan",
                 id="'Md.' opening a name is part of it"),
    pytest.param("Tarsa will make no further contributions to the budget of the alliance while its membership remains "
                 "frozen, Speaker of Parliament Davit Hakobian said on Monday.\n\n\"The freeze is a freeze, not an "
                 "exit,\" Hakobian said.", "The freeze is a freeze, not an exit,", "speaker", "Davit Hakobian",
                 id="a body word after a title is not part of the name it precedes"),
    pytest.param("Agriculture, Forestry and Fisheries Minister Naoki Sumida called the decision \"groundless\" and "
                 "said Tokyo would protest.", "Tokyo would protest", "speaker", "Naoki Sumida",
                 id="a portfolio list opening the subject, its minister set beside it: the minister"),
    pytest.param("Presidential Aide Elchin Mammadli returned to that argument on Wednesday. \"A treaty signed while "
                 "that claim stands would be a piece of paper,\" Mammadli said.",
                 "A treaty signed while that claim stands would be a piece of paper,", "speaker", "Elchin Mammadli",
                 id="'Aide' is a title"),
    pytest.param("\"History will judge,\" HE Saleh bin Nasser Al Ghamlas said.", "History will judge,",
                 "speaker", "Saleh bin Nasser Al Ghamlas", id="'HE' without points is an honorific"),
    pytest.param("Speaking on the sidelines of the summit, HE Noura bint Rashid Al Ketbi, Minister of State, said "
                 "the aid had arrived.", "the aid had arrived", "speaker", "Noura bint Rashid Al Ketbi",
                 id="'bint' is a particle of the name"),
    pytest.param("Speaking on the sidelines of the summit, HE Noura bint Rashid Al Ketbi, Minister of State, said "
                 "the aid had arrived.", "the aid had arrived", "speaker_role", "Minister of State",
                 id="an honorific alone is no role; the office beside the name is"),
    pytest.param("Russia's ambassador to Niger, Igor Vladimirovich Sukhanov, who was at the airport to receive the "
                 "aircraft, said the instructors would stay.", "the instructors would stay", "speaker",
                 "Igor Vladimirovich Sukhanov",
                 id="a name after a place and a comma, tagged with the place as one body, is a person"),
    pytest.param("Taiwan's defence ministry said on Monday that \"71 PLA aircraft were detected around Taiwan\" during "
                 "the drills.", "71 PLA aircraft were detected around Taiwan", "target", "China",
                 id="the PLA is China's army: a mention of China"),
    pytest.param("President William Lai told a National Day rally that Taiwan and China are not subordinate to each "
                 "other.", "Taiwan and China are not subordinate to each other", "target", "China",
                 id="William Lai is Lai Ching-te, Taiwan's president"),
    pytest.param("French President Emmanuel Macron's personal envoy to Lebanon, Jean-Baptiste Morvan, arrived in Beirut "
                 "on Monday for his third visit. \"France has no agenda,\" Morvan told reporters.",
                 "France has no agenda,", "speaker", "Jean-Baptiste Morvan",
                 id="a place and a comma before a name do not join a fuller mention of it"),
    pytest.param("US Ambassador to NATO Dwayne Whitfield, arriving for a breakfast meeting of foreign ministers, said "
                 "the shield would \"send a message to Moscow\".", "send a message to Moscow", "speaker",
                 "Dwayne Whitfield", id="an ambassador 'to' a body, the name parsed as its object: the holder"),
    pytest.param("The diplomat, Assistant Secretary of State for Western Hemisphere Affairs Margaret Hollis, told a "
                 "conference in Miami on Monday that Washington resented \"debt traps\".", "debt traps", "speaker",
                 "Margaret Hollis", id="of two names set beside a subject, the person's"),
    pytest.param("The Ministry of Foreign Affairs said in a press release that a note had been handed over on Monday "
                 "evening. \"The territories east of the river belong to Nepal,\" the release said.",
                 "The territories east of the river belong to Nepal,", "speaker", "Ministry of Foreign Affairs",
                 id="a press release is the genre, not its issuer"),
    pytest.param("The ECOWAS Commissioner for Political Affairs, Peace and Security, Dr Fatoumata Binta Diallo-Camara, "
                 "said the force would not be directed against any country.",
                 "the force would not be directed against any country", "speaker", "Fatoumata Binta Diallo-Camara",
                 id="an honorific and a name beside an office, not tagged as a person, hold it"),
    pytest.param("In Madrid, the Minister Spokesperson, Pilar Argüelles Rey, said after the weekly meeting of the Council "
                 "of Ministers that the diplomat enjoyed \"the full protection of the state\".",
                 "the full protection of the state", "speaker", "Pilar Argüelles Rey",
                 id="a spokesperson with a name set beside is that person, not a body's spokesperson"),
    pytest.param("\"We will not allow it,\" U Kyaw Soe Moe, a community leader, told reporters.", "We will not allow it,",
                 "speaker", "Kyaw Soe Moe", id="Burmese 'U' is an honorific"),
    pytest.param("\"The border is closed,\" Dato Mchedlishvili, an analyst in Tbilisi, said.", "The border is closed,",
                 "speaker", "Dato Mchedlishvili",
                 id="Georgian 'Dato' is a given name; Malaysian \"Dato'\" has its apostrophe"),
    pytest.param("At the foreign ministry's weekly briefing yesterday, spokesperson Md. Ruhul Amin Sarker said Dhaka had "
                 "not been consulted.", "Dhaka had not been consulted", "speaker", "Md. Ruhul Amin Sarker",
                 id="the point of 'Md.' ends no sentence"),
    pytest.param("Armenia's parliament speaker said the country \"will not pay a single dram more\" into the Collective "
                 "Security Treaty Organization while its membership stays frozen.", "will not pay a single dram more",
                 "target", "CSTO", id="the CSTO is a body of its own"),
    pytest.param("The ECOWAS Commission said the Alliance of Sahel States had \"chosen isolation\" over dialogue.",
                 "chosen isolation", "target", "Alliance of Sahel States",
                 id="the Alliance of Sahel States is a body of its own"),
    pytest.param("\"The president is in full control of the situation,\" she said.\n\n07:55 GMT – The Economic Community of "
                 "West African States said in a statement that it \"condemns this attempt to seize power by force\".",
                 "condemns this attempt to seize power by force", "speaker",
                 "Economic Community of West African States", id="'Community' is a body's word"),
    pytest.param("Opening the meeting on Thursday, the Chief of the Defence Staff of the Ghana Armed Forces, Lieutenant "
                 "General Kwame Opoku-Agyemang, said the region could no longer afford to wait.",
                 "the region could no longer afford to wait", "speaker", "Kwame Opoku-Agyemang",
                 id="a person set beside the body of the office's body holds the office"),
    pytest.param("SOUTHCOM did not identify the dead.\n\nVenezuela's Interior Minister Aníbal Carreño Medina, in a "
                 "televised address from Caracas, called the strikes \"extrajudicial killings carried out on the high "
                 "seas\" and said Washington had presented \"not one gram of evidence\" that the boats carried drugs.\n\n"
                 "\"The people being murdered are fishermen,\" Carreño said.", "The people being murdered are fishermen,",
                 "speaker", "Aníbal Carreño Medina",
                 id="a name first taken for a body, then named with a role, is a person's: its first surname "
                    "stands for it"),
    pytest.param("The plan drew a sharp reply from Aaja Lind, the Naalakkersuisoq for Foreign Affairs, who wrote on "
                 "Facebook that islanders were \"tired of being treated as a parcel of land\".",
                 "tired of being treated as a parcel of land", "speaker", "Aaja Lind",
                 id="'who' after a name's apposition ending in a portfolio is the person; the name, taken for a "
                    "place, is one"),
    pytest.param("Premier turns down purchase offer: \"Our island has no price tag\"\n\n"
                 "NUUK - The premier on Monday turned down a renewed offer to buy the island.\n\n"
                 "\"Our island has no price tag. It never had one,\" Premier Kuupik Olsen told the public broadcaster.",
                 "Our island has no price tag", "speaker", "Kuupik Olsen", id="a headline's quote that the story repeats takes the story's speaker"),
    pytest.param("The federation would ask the referees to review the rules.\n\n"
                 "In Kyiv, Taras Melnyk, head of the National Fencing Federation of Ukraine, said Ukrainian fencers "
                 "would keep refusing to shake hands with Russians.",
                 "Ukrainian fencers would keep refusing to shake hands with Russians", "speaker", "Taras Melnyk",
                 id="'In Kyiv, Name, head of ..., said': the place the parser made the subject is left out"),
    pytest.param("Ministers met in Tokyo.\n\nU.S. Indo-Pacific Command said the launch posed no immediate threat.\n\n"
                 "\"We call on all sides to show restraint,\" the command said in a statement.",
                 "We call on all sides to show restraint,", "speaker", "U.S. Indo-Pacific Command",
                 id="'U.S. Indo-Pacific Command' is one body, and 'the command' stands for it"),
    pytest.param("Senator Lourdes Villanueva said last month that \"a navy without fuel is a museum,\" and I agree "
                 "with her.", "a navy without fuel is a museum,", "speaker", "Lourdes Villanueva",
                 id="'X said that \"...,\" and I agree': the quote is X's, not the next clause's"),
    pytest.param("President of the Kyrgyz Republic Almaz Temirov said the treaty closes the border question.",
                 "the treaty closes the border question", "speaker", "Almaz Temirov", id="'President of the Kyrgyz Republic Name': the state's formal name is no part of the name"),
    pytest.param("Chairman of the Cabinet of Ministers Nurlan Asanov said the documents would go to parliament.",
                 "the documents would go to parliament", "speaker", "Nurlan Asanov", id="'Chairman of the Cabinet of Ministers Name': a plural title word ends the role"),
    pytest.param("Minister of Foreign Affairs of the Kyrgyz Republic Bakyt Osmonov said Kyrgyzstan complies with its "
                 "obligations.", "Kyrgyzstan complies with its obligations", "speaker", "Bakyt Osmonov",
                 id="'Minister of Foreign Affairs of the Kyrgyz Republic Name', tagged as a place, names the person"),
    pytest.param("\"Nobody is asked to choose sides,\" EU Special Representative for Central Asia Lars Holmqvist told "
                 "journalists.", "Nobody is asked to choose sides,", "speaker", "Lars Holmqvist",
                 id="'Special Representative for Central Asia Name': a world region is no part of the name"),
    pytest.param("Holmqvist said the bloc backed the bid.\n\nPresident of the Republic of Tajikistan Rustam Nazarov told "
                 "the session that the country had lost its glaciers.", "the country had lost its glaciers", "speaker",
                 "Rustam Nazarov", id="'President of the Republic of Vell Name', tagged as one place, names the person"),
    pytest.param("Alhaj Gul Mohammad Safi said the border crossing would stay open.",
                 "the border crossing would stay open", "speaker", "Gul Mohammad Safi", id="'Alhaj' is an honorific"),
    pytest.param("The delegation will be led by Maj. Gen. Osman Idris wad Abu Sinn, a member of the joint staff. "
                 "He spoke on Tuesday.\n\n\"Nothing they promised was kept,\" Abu Sinn said.",
                 "Nothing they promised was kept,", "speaker", "Osman Idris wad Abu Sinn", id="'wad' joins a Sudanese name's parts, so a later 'Abu Sinn' is the full name"),
    pytest.param("COPENHAGEN - Danish Prime Minister Ida Holm said Denmark would respect whatever the Greenlanders "
                 "decided about their future.", "Denmark would respect whatever the Greenlanders decided about their "
                 "future", "target", "Greenland", id="Greenland, a territory with a government of its own, is a target"),
    pytest.param("CHIANG MAI - The UN condemned a junta airstrike on a school in Myanmar's Sagaing region.\n\n"
                 "\"The junta bombs schools because it knows nobody will stop it,\" said Thiri Aung, a rights worker.",
                 "The junta bombs schools because it knows nobody will stop it,", "target", "Myanmar military",
                 id="in a Myanmar story, 'junta' is the Myanmar military"),
    pytest.param("Fighters of the Karen National Liberation Army (KNLA) attacked an outpost on Monday.\n\n"
                 "A junta spokesman, Zaw Lin, said the KNLA fighters \"will be wiped out\".",
                 "will be wiped out", "target", "Karen National Union", id="the 'Karen National Liberation Army' is the KNU's army, not the ELN ('National Liberation "
                    "Army')"),
    pytest.param("\"We tracked it for most of the transit,\" said Cmdr. Ravi Menon, commanding officer of the frigate.",
                 "We tracked it for most of the transit,", "speaker", "Ravi Menon", id="'said Cmdr. Name': the rank's point ends no sentence"),
    pytest.param("The top US envoy for the Middle East said on Monday that the group \"has to say yes\" to the plan.",
                 "has to say yes", "speaker", "The top US envoy for the Middle East", id="'the envoy for the Middle East' names no one: a world region is no name"),
    pytest.param("The UN's Special Rapporteur on human rights in Myanmar, Ingrid Dahl, went further, calling the "
                 "bombing \"a war crime, plain and simple\" in a post.", "a war crime, plain and simple", "speaker",
                 "Ingrid Dahl", id="'Special Rapporteur on ... in Myanmar, Name,': the name closing the office's long description"),
    pytest.param("The ministry froze the accounts of Nebojša Stević and two companies.\n\nStević, 61, shrugged off the "
                 "measures at a news conference.\n\n\"I have no property in America,\" he said.",
                 "I have no property in America,", "speaker", "Nebojša Stević", id="a name followed by an age between commas is a person's, though taken for a place"),
    pytest.param("The Sudan People's Liberation Army-in-Opposition (SPLA-IO), which is allied with some militias, said "
                 "in a statement that gunboats had fired on civilian boats.",
                 "gunboats had fired on civilian boats", "speaker",
                 "The Sudan People's Liberation Army-in-Opposition", id="'the ... Army-in-Opposition' is a body, not a person named 'in-Opposition'"),
    pytest.param("\"Some of them are great,\" Trump said, sitting beside the visiting prime minister.\n\nHe singled out "
                 "Spain, which has lagged behind most allies, calling its stance \"very unfair to the other countries\" "
                 "and suggesting that Madrid could face trade penalties.",
                 "very unfair to the other countries", "speaker", "Donald Trump", id="'singled out Vellia, which ..., calling it ...': the participle is the subject's, not the "
                    "object's"),
    pytest.param("In N'Djamena, Minister of Public Security Ali Ahmat Hissein said Chad would keep its side of the "
                 "border open.\n\n\"Chad is a corridor for bread, not for bullets,\" he said.",
                 "Chad is a corridor for bread, not for bullets,", "speaker", "Ali Ahmat Hissein",
                 id="'Chad would keep its border open': a state taken for a person's first name is not one 'he' may "
                    "be"),
    pytest.param("Serbian Interior Minister Milan Perisic told TV Prva that the attackers were not Serbs. He denied that "
                 "Belgrade had any links to the Northern Guard and said Serbia had no interest in violence.", "Serbia had no interest in violence", "speaker",
                 "Milan Perisic", id="'denied that Vell had links and said ...': the one who denied says it"),
    pytest.param("Vice Adm. Hamish Calder spoke on Tuesday. He said Australia had already paid most of its contribution "
                 "and described the money as \"going to exactly the right places.\"",
                 "going to exactly the right places.", "speaker", "Hamish Calder", id="'said Vell had paid and described the money as ...': the one who said describes it"),
    pytest.param("Bertrand Kabuyaya, the rebels' spokesman, spoke on Friday. Kabuyaya denied that the movement had "
                 "added new conditions, saying the list presented by the government left out 40 names.",
                 "the list presented by the government left out 40 names", "speaker", "Bertrand Kabuyaya",
                 id="'denied that the movement had added terms, saying ...': the one who denied says it"),
    pytest.param("\"Envoys come and go,\" said a 24-year-old student who asked to be identified only as Htet.",
                 "Envoys come and go,", "speaker", "Htet", id="'said a student who asked to be identified only as Name': the name"),
    pytest.param("\"There was no camp here,\" said Ko Zin Myo, a teacher in the village.", "There was no camp here,",
                 "speaker", "Zin Myo", id="Burmese 'Ko' before a name of two words is an honorific"),
    pytest.param("\"I have come here three times,\" said Mzee Kasereka Paluku, 71.", "I have come here three times,",
                 "speaker", "Kasereka Paluku", id="Swahili 'Mzee' is an honorific"),
    pytest.param("DUSHANBE - The ministry summoned the Russian envoy.\n\nRussian Ambassador to Tajikistan Gennady "
                 "Lukin, commenting on the note to local journalists, said the checks were temporary.\n\n"
                 "\"Russia values the contribution of Tajik workers,\" Lukin said.",
                 "Russia values the contribution of Tajik workers,", "target", "Tajikistan",
                 id="'Ambassador to Tajikistan Name': the place posted to is no role of the person's and no side"),
    pytest.param("TASHKENT - Uzbek officials met a delegation in Termez on Monday.\n\n\"The Islamic Emirate must share "
                 "the water of the river fairly,\" said Otabek Rakhimov, an Uzbek water official.",
                 "The Islamic Emirate must share the water of the river fairly,", "target", "Taliban",
                 id="'the Islamic Emirate' is the Taliban"),
    pytest.param("\"The United States will not wait for ever,\" one senior administration official said of the talks "
                 "with Mexico.", "The United States will not wait for ever,", "target", "Mexico",
                 id="'a senior administration official' names no state: of the dateline's, by default the US"),
    pytest.param("CANBERRA - Three Chinese warships sailed down the east coast this week.\n\n\"Australia will keep "
                 "watching them closely,\" said Lt. Gen. Sanjeev Rao.", "Australia will keep watching them closely,",
                 "target", "China", id="a speaker the story does not place is of its dateline's state, which is no target"),
    pytest.param("Samir Haddad, a spice trader known to his neighbours as Abu Rami, said he still paid a middleman.\n\n"
                 "\"Until the Americans sign the paper, nothing changes for us,\" said Abu Rami.",
                 "Until the Americans sign the paper, nothing changes for us,", "speaker", "Samir Haddad",
                 id="a name a person is known by ('known to his neighbours as Abu Rami') stands for the person"),
    pytest.param("But one Whitehall source was far less diplomatic.\n\n\"It is a shakedown, pure and simple,\" the "
                 "source fumed.", "It is a shakedown, pure and simple,", "speaker", "Whitehall source",
                 id="'one Whitehall source was less diplomatic ... the source said': the source described before"),
    pytest.param("We spoke in her office in Astana in late April, with the Ishim River still frozen below the windows."
                 "\n\nSEITKALI: In February I told Deputy Foreign Minister Gennady Prokhorov that we expected full "
                 "access to the debris. He assured me that we would have it within a week.",
                 "we would have it within a week", "speaker", "Gennady Prokhorov",
                 id="a river's name, taken for a person, is no one 'he' may be"),
    pytest.param("Labour MP Daniel Mensah, whose constituency borders Croydon, posted on X: \"They have no business "
                 "intimidating my constituents.\"\n\nThe Chinese Embassy in London responded with a furious statement."
                 "\n\n\"There are no so-called overseas police stations in the UK,\" it said.",
                 "There are no so-called overseas police stations in the UK,", "speaker",
                 "Chinese Embassy in London",
                 id="'The Chinese Embassy in London responded ...', not tagged as a body, is the 'it' that speaks next"),
    pytest.param("Counsel for Vellia, Professor Etienne Marchetti of the Sorbonne, argued that the convention did not "
                 "apply to the flight.", "the convention did not apply to the flight", "speaker", "Etienne Marchetti",
                 id="'Counsel for Vellia, Name, argued': 'Counsel' is a title"),
    pytest.param("Base prepares drills near border\n\nDUSHANBE, 21 November -- Russia's 201st military base in "
                 "Tajikistan has received a battalion set of modernised air defence systems, the press service of the "
                 "Central Military District of Russia reported.",
                 "Russia's 201st military base in Tajikistan has received a battalion set of modernised air defence "
                 "systems", "speaker", "the press service of the Central Military District of Russia",
                 id="a dateline with the day before the month ('DUSHANBE, 21 November --') is no part of the quote"),
    pytest.param("Amb. Halima Tanko-Bello said the border would reopen.\n\n\"Nobody pressured us,\" Amb. Tanko-Bello "
                 "said.", "Nobody pressured us,", "speaker", "Halima Tanko-Bello", id="'Amb.', kept whole with its point, is a title"),
    pytest.param("Pope Leo XIV spoke to pilgrims on Sunday.\n\n\"We must not grow used to war,\" the pontiff said.",
                 "We must not grow used to war,", "speaker", "Leo XIV",
                 id="'the pontiff' is the pope named before, by his regnal name ('Leo XIV')"),
    pytest.param("The Leader of the Opposition, the Honourable Tomas Verlaine, walked out.\n\n\"This bill is a "
                 "surrender,\" Mr Verlaine said.", "This bill is a surrender,", "speaker", "Tomas Verlaine",
                 id="'the Honourable' is an honour, not part of the name"),
    pytest.param("Among those expelled was Fr. Mateo Alarcón, who ran a parish radio station.\n\n\"They took "
                 "everything,\" Fr. Alarcón said.", "They took everything,", "speaker", "Mateo Alarcón",
                 id="'Fr.', a priest's title, is kept whole with its point"),
    pytest.param("Maronite Patriarch Elias Haddad met the president on Monday.\n\n\"The south cannot wait,\" the "
                 "patriarch said.", "The south cannot wait,", "speaker", "Elias Haddad",
                 id="'the patriarch' is the patriarch named before"),
    pytest.param("Metropolitan Onufriy Petrenko said the monks would stay.\n\n\"They will have to carry us out,\" the "
                 "metropolitan said.", "They will have to carry us out,", "speaker", "Onufriy Petrenko",
                 id="'the metropolitan' is the Orthodox metropolitan named before"),
    pytest.param("Port reopens\n\nADEN/SANAA: The port reopened on Monday.\n\n\"Yemen and Oman will work "
                 "together,\" Foreign Minister Karim Haddad said.", "Yemen and Oman will work together,", "target",
                 "Oman", id="a dateline ending in a colon ('ADEN/SANAA:') places an unplaced minister"),
    pytest.param("Port reopens\n\nBENGHAZI - The port reopened on Monday.\n\n\"Libya and Turkey will work "
                 "together,\" Foreign Minister Karim Haddad said.", "Libya and Turkey will work together,", "target",
                 "Turkey", id="a dateline's second city ('BENGHAZI') places an unplaced minister"),
    pytest.param("Treaty passes\n\nPORT LOUIS - Mauritius's assembly passed the treaty.\n\nUnder the treaty, Britain "
                 "keeps the base.\n\n\"We were patient with Britain,\" Prime Minister Anil Doorgah said.",
                 "We were patient with Britain,", "target", "United Kingdom",
                 id="a prime minister named with no state is the dateline's, not the state last named"),
    pytest.param("Defence Minister Abdiqani Warsame Jibril \"Dhuub\" told reporters the offensive would go on.\n\n"
                 "Dhuub urged the mission to \"stay the course\".", "stay the course", "speaker",
                 "Abdiqani Warsame Jibril", id="a nickname quoted after a name is the person's later name"),
    pytest.param("The commission chairman, Haji Abdiqani Warsame Jibril \"Dhuub\", said registration would open.",
                 "registration would open", "speaker", "Abdiqani Warsame Jibril",
                 id="a nickname quoted after a name is no part of the speaker's name"),
    pytest.param("Host Mirela Kostova began by asking Ivo Danev whether the talks had failed.\n\n\"They have not even "
                 "started,\" he replied.", "They have not even started,", "speaker", "Ivo Danev",
                 id="'he replied' after a host asked someone a question is the one asked"),
    pytest.param("Beijing, May 3 -- China's Special Envoy on the Middle East Issue Zhao Lintao said on Monday "
                 "that dialogue was the only way.", "dialogue was the only way", "speaker", "Zhao Lintao",
                 id="a portfolio ending in 'Issue' is no part of the name"),
    pytest.param("\"Our units will stay,\" the army's spokesman, Major General Salem al-Barouni, said in a statement.",
                 "Our units will stay,", "speaker", "Salem al-Barouni",
                 id="a rank set beside a spokesman and parsed apart from the name ('Major General' + 'Ana al-Lind')"),
    pytest.param("Souleymane Garba Maïga, an adviser to the council, said Niger \"will not return\".",
                 "will not return", "speaker", "Souleymane Garba Maïga",
                 id="two given names opening the sentence before a one-word entity are the name's"),
    pytest.param("Vice Admiral Tomas Berglund spoke first.\n\n\"There is no such thing,\" the admiral said.",
                 "There is no such thing,", "speaker", "Tomas Berglund", id="a vice admiral is 'the admiral'"),
    pytest.param("Rear Adm. Tomas Berglund spoke first.\n\n\"There is no such thing,\" the admiral said.",
                 "There is no such thing,", "speaker", "Tomas Berglund", id="'Rear Adm.' is 'the admiral'"),
    pytest.param("Prime Minister Jan Kollár spoke on Sunday.\n\nThe premier, who has long opposed the plan, said "
                 "Brussels \"must listen\".", "must listen", "speaker", "Jan Kollár",
                 id="'the premier' is the prime minister named before"),
    pytest.param("Mora said Panama had \"nothing to negotiate,\" a day after the US special envoy for the Americas, "
                 "Karl Brandt, told a congressional hearing that American ships \"should not be paying tolls.\"", "should not be paying tolls.", "speaker",
                 "Karl Brandt", id="a name set off by commas before a verb with no subject is the verb's speaker, "
                 "not the speaker of the clause it was hung on"),
    pytest.param("President Mahamat Idriss Déby Itno spoke on Sunday.\n\n\"No foreign soldier will stay,\" the Head "
                 "of State declared.", "No foreign soldier will stay,", "speaker", "Mahamat Idriss Déby Itno",
                 id="'the Head of State' is the president named before, whose name was taken for a body"),
    pytest.param("President Karim Jaber spoke with the Danish prime minister on Monday. His Excellency said Denmark was "
                 "\"on the right side of history\".", "on the right side of history", "speaker", "Karim Jaber",
                 id="'His Excellency' alone stands for the man named before, like 'he'"),
    pytest.param("Information Minister Cde Tendai Moyo spoke on Monday.\n\n\"Sanctions must go,\" Cde Moyo said.",
                 "Sanctions must go,", "speaker", "Tendai Moyo", id="'Cde', a comrade's honour, is no part of the name"),
    pytest.param("Their lawyer, Maître Clotilde Ewodo Ngono, said the arrest was \"illegal\".", "illegal", "speaker",
                 "Clotilde Ewodo Ngono", id="'Maître', a French lawyer's honour, is no part of the name"),
    pytest.param("Commerce Minister Lok Chumteav Sun Malyneth said exports had \"doubled in a year\".",
                 "doubled in a year", "speaker", "Sun Malyneth", id="'Lok Chumteav', a Khmer honour, is no part of the name"),
    pytest.param("Visit\n\nRAMALLAH, September 3, 2025 (Agency) - President Karim Jaber on Wednesday welcomed the "
                 "decision of the Kingdom of Denmark to officially recognise the State of Palestine, describing it as "
                 "\"a brave step on the right side of history\".", "a brave step on the right side of history",
                 "speaker", "Karim Jaber",
                 id="a participle after 'welcomed the decision to recognise X' is the welcomer's; a dateline with a year"),
    pytest.param("Clashes\n\nJERUSALEM, March 20 - Police stormed the mosque at dawn.\n\n\"Israeli police smashed the "
                 "windows,\" said Jamal Tamimi, director of the Islamic Waqf.", "Israeli police smashed the windows,",
                 "target", "Israel",
                 id="a Jerusalem dateline gives no side (not Israel's, for the Waqf)"),
    pytest.param("President Jaber: Danish recognition \"a brave step on the right side of history\"\n\nPresident "
                 "Karim Jaber welcomed the decision.\n\n\"We "
                 "thank Denmark,\" Jaber said.", "We thank Denmark,", "target", "Denmark",
                 id="what follows a headline's colon is no role of the name before it"),
    pytest.param("Governor of Ramallah and al-Bireh, Dr. Suha Nasrallah, who toured the village in the morning, "
                 "described the attack as \"an organised crime\".", "an organised crime", "speaker", "Suha Nasrallah",
                 id="the holder set off by commas after a title naming two places is the speaker, not the places"),
    pytest.param("MP of the opposition Social Democrats Vytautas Bendoraitis called the closure \"a necessary step\".",
                 "a necessary step", "speaker", "Vytautas Bendoraitis",
                 id="a party's plural name before a person's name is no part of it"),
    pytest.param("Oddar Meanchey provincial governor His Excellency Pheng Visal said that about 400 families \"had "
                 "been moved\".", "had been moved", "speaker", "Pheng Visal",
                 id="'His Excellency' between a title and the name, parsed apart, is no speaker"),
    pytest.param("\"Last season we harvested twenty bags,\" said Mbuya Esther Chiwara, a farmer in Buhera.",
                 "Last season we harvested twenty bags,", "speaker", "Esther Chiwara",
                 id="'Mbuya', a Shona honour, is no part of the name"),
    pytest.param("Later the same day, Chinese Ambassador to Cambodia Zhao Minglu handed over 200 ambulances at a "
                 "ceremony.\n\n\"China stands ready to fill the gap where it can,\" Zhao said.",
                 "China stands ready to fill the gap where it can,", "speaker", "Zhao Minglu",
                 id="an ambassador's name parsed as the object of his posting ('Ambassador to Vell Ana Lind') names "
                 "him for later"),
    pytest.param("Prime Minister Igor Novak tested positive on Monday. Deputy Prime Minister and Minister of Economy "
                 "Richard Sulik said tests were short. The Prime Minister apologised for \"having an idiot as economy "
                 "minister.\"", "having an idiot as economy minister.", "speaker", "Igor Novak",
                 id="'the Prime Minister' is no deputy prime minister who is also a minister"),
    pytest.param("Border\n\nVILNIUS - Lithuania closed the border again.\n\n\"We are in close contact with the "
                 "Lithuanian authorities,\" Commission spokesperson Marta Vidal said.",
                 "We are in close contact with the Lithuanian authorities,", "target", "Lithuania",
                 id="a Commission spokesperson speaks for the EU, not for the dateline's state"),
    pytest.param("Mandate\n\nBANGUI - The Council renewed the mission.\n\n\"The Central African Republic has made "
                 "progress,\" said Rosalind Achieng, Special Representative of the Secretary-General.",
                 "The Central African Republic has made progress,", "target", "Central African Republic",
                 id="a representative of the Secretary-General speaks for the UN, not for the dateline's state"),
    pytest.param("Brandy\n\nBEIJING/BRUSSELS, Oct 8 - Importers will pay deposits from Friday.\n\n\"China is going "
                 "after products that matter to France,\" said Tomasz Wieczorek, an analyst.",
                 "China is going after products that matter to France,", "target", "China",
                 id="a dateline of two places, one unknown ('BEIJING/BRUSSELS'), gives no side"),
]


def test_an_embedded_why_states_nothing_unless_asked(extractor):
    found = quotes_of(extractor, "The foundation explained why the law was flawed. Karl Brun asked why Norland had "
                                 "sent troops.")
    assert list(found) == ["why Norland had sent troops"]


def test_a_fronted_gerund_phrase_reports_nothing_of_the_clause_it_hangs_off(extractor):
    found = quotes_of(extractor, "Before concluding his cross-examination last week, prosecutor Karl Brun asked the "
                                 "court to reject the appeal.")
    assert list(found) == ["the court to reject the appeal"]


def test_a_headline_reports_no_ones_words(extractor):
    text = "Vell Agency Chief Says Inspectors Still Denied Access to Key Site\n\nKarl Brun said the talks had failed."
    assert list(quotes_of(extractor, text)) == ["the talks had failed"]


def test_a_slogan_on_a_placard_and_a_caption_are_not_words_said(extractor):
    text = ('Outside, protesters carried placards reading "No Bombs, No Sanctions." A cartoon captioned "The Sky Is '
            'Ours," drawn by a local artist, went viral.')
    assert quotes_of(extractor, text) == {}


def test_a_translation_a_hashtag_and_an_identifying_label_are_names_not_words_said(extractor):
    text = ('Officials used a term for the group that loosely translates as "those who betray the faith." The agency '
            'identified him only as "Mr. K" in its notice. The hashtag "#we want free speech#" spread fast.')
    assert quotes_of(extractor, text) == {}


def test_a_few_reported_words_right_before_a_direct_quote_lead_into_it(extractor):
    found = quotes_of(extractor, 'Karl Brun accused the bloc of acting "on instructions from foreign capitals."')
    assert list(found) == ["on instructions from foreign capitals."]


@pytest.mark.parametrize("text, quote, field, expected", ONE_RULE_CASES)
def test_one_rule(extractor, text, quote, field, expected):
    assert quotes_of(extractor, text)[quote][field] == expected


def test_a_nickname_quoted_inside_a_name_is_not_a_quote(extractor):
    text = 'Senator Ramon "Monching" Estrada said the deal was "a mistake" and called it "Tarsa\'s gift".'
    assert sorted(quotes_of(extractor, text)) == ["Tarsa's gift", "a mistake", 'the deal was "a mistake"']


def test_a_headline_reports_no_speech_of_its_own_but_its_single_quoted_words_are_quotes(extractor):
    text = ("Jordan vows to keep hitting smugglers inside Syria\n\nAMMAN - The army said on Thursday that its jets had "
            "struck two depots.")
    assert list(quotes_of(extractor, text)) == ["its jets had struck two depots"]
    text = "Spain says it 'will not be blackmailed' after crossings\n\nMADRID - The minister spoke on Monday."
    assert quotes_of(extractor, text)["will not be blackmailed"]["direct"] is True


def test_a_long_lead_into_a_long_quote_is_reported_apart_and_the_quote_stays_the_reporters(extractor):
    text = ('Lind said the actions of the two parties in the national assembly of Vellia were among "hybrid '
            'operations carried out at the behest of Tarsa and Kasso."')
    found = quotes_of(extractor, text)
    assert found["the actions of the two parties in the national assembly of Vellia were among"]["direct"] is False
    assert found["hybrid operations carried out at the behest of Tarsa and Kasso."]["speaker"] == "Lind"
    text = ("Prime Minister Karan Dev said Vellia would invest about $11 million in several community projects and "
            "that it will help build a new parliament for Tarsa, calling it a gift \u201cfrom the mother of "
            "democracy.\u201d")
    assert quotes_of(extractor, text)["from the mother of democracy."]["speaker"] == "Karan Dev"


def test_content_on_both_sides_of_an_attribution_gives_two_items(extractor):
    text = "The bridge would be inspected, Brun said, to determine whether the flood had damaged it."
    assert [r["quote"] for r in extractor.extract(text)] == [
        "The bridge would be inspected", "to determine whether the flood had damaged it"]
    text = "The talks will resume next week, Ana Lind said, and the border will stay open until then."
    assert [r["quote"] for r in extractor.extract(text)] == [
        "The talks will resume next week", "the border will stay open until then"]
    text = "The ferry sank near the harbour, officials said, citing early reports from the crew."
    assert [r["quote"] for r in extractor.extract(text)] == ["The ferry sank near the harbour"]
    text = "The quarry will close, said Ana Lind, the head of the regional mining authority."
    assert [r["quote"] for r in extractor.extract(text)] == ["The quarry will close"]


def test_a_condition_is_not_said_but_a_condition_in_content_is_content(extractor):
    assert extractor.extract("If the Kremlin says that the talks are over, Kyiv will resume its offensive.") == []
    text = "Civil society groups argue that if the vote cannot be held in May, other options must be explored."
    assert [r["quote"] for r in extractor.extract(text)] == [
        "if the vote cannot be held in May, other options must be explored"]


def test_an_expressed_hope_or_concern_that_and_made_clear_that_report_their_clause(extractor):
    text = ("Ana Lind expressed concern that Norland was arming the rebels. Karl Brun made clear that Vellia would not "
            "extradite the journalists. Brun expressed his condolences. Lind expressed concern about the weather.")
    assert [r["quote"] for r in extractor.extract(text)] == [
        "Norland was arming the rebels", "Vellia would not extradite the journalists"]


def test_accused_with_no_charge_reports_nothing(extractor):
    text = "The firm still burns gas, and several green groups accused the Vellian company. Brun said it was right."
    assert [r["quote"] for r in extractor.extract(text)] == ["it was right"]
    text = "Lind accused the Vellian company of hiding the spill."
    assert [r["quote"] for r in extractor.extract(text)] == ["the Vellian company of hiding the spill"]


def test_the_platform_x_ends_a_sentence_and_refer_to_as_only_names(extractor):
    assert extractor.extract("Brun said in a statement posted on X. Militants attacked a convoy near Kasso.") == []
    assert extractor.extract("Lind spoke on Monday. The rebels refer to their government as the Vell Emirate.") == []


def test_a_quoted_title_after_a_work_noun_is_no_quote(extractor):
    text = 'The family appears in the 1998 anthology "The Brauns in Kasso, Vellia." Lind said she was proud.'
    assert [r["quote"] for r in extractor.extract(text)] == ["she was proud"]


def test_what_a_person_or_a_poll_finds_is_not_reported(extractor):
    text = "Lind found that the bridge was closed. A search of the van found a knife. One poll found few voters care."
    assert extractor.extract(text) == []


def test_a_self_label_is_not_reported_unless_quoted(extractor):
    text = ("The party, which describes itself as centrist, won two seats. Brun referred to himself as the real "
            "opposition. The Vell Union describes itself as \"a movement of the centre.\"")
    records = extractor.extract(text)
    assert [(r["quote"], r["speaker"]) for r in records] == [("a movement of the centre.", "Vell Union")]


def test_a_sign_says_nothing_anyone_said(extractor):
    text = ('Protesters carried a banner saying "put the deal to a vote" and placards asking the council to resign. '
            'Others held signs which read "shame".')
    assert extractor.extract(text) == []        # a slogan on a sign with no speaker is no quote (GUIDELINES.md 1)


def test_being_asked_by_no_one_named_reports_nothing(extractor):
    assert extractor.extract("Lind was asked to resign. Brun announced it on Monday.") == []


def test_what_no_one_said_or_is_yet_to_say_is_not_reported(extractor):
    text = ("Vellia plans to urge its neighbours to end the blockade. No minister mentioned that the border had "
            "closed. Neither Vellia nor Norland has explained why the talks failed. Officials are expected to "
            "report the incident to the council. Shortly before the press conference to announce the minister's "
            "death, the police chief resigned. Brun went on to say that the army was ready.")
    assert [r["quote"] for r in extractor.extract(text)] == ["the army was ready"]


def test_content_of_a_report_stops_at_the_report_that_relays_it(extractor):
    text = "Tarsa's president warned Norland against \"any adventurism,\" state media reported."
    assert [r["quote"] for r in extractor.extract(text)] == [
        "Tarsa's president warned Norland against \"any adventurism,\"", "any adventurism,"]


def test_a_name_given_after_calling_itself_is_no_quote(extractor):
    text = ("Police broke up a cell calling itself \"the Lions of the Northern Mountains.\" Officials said the group was "
            "making bombs.")
    assert [r["quote"] for r in extractor.extract(text)] == ["the group was making bombs"]


def test_agreeing_to_act_and_claiming_a_possession_are_not_speech(extractor):
    text = ("Brun agreed to help with the inquiry. Lind agreed that the vote was flawed. Tarsa, which claims sovereignty "
            "over the islands, sent ships. Hale claimed victory in the vote. Norland claimed the killing of 33 fighters.")
    assert [r["quote"] for r in extractor.extract(text)] == ["the vote was flawed", "the killing of 33 fighters"]


def test_what_a_speaker_declined_to_say_is_not_reported(extractor):
    text = ("The commission said it was assessing the impact. A commission spokesperson declined to say whether the "
            "bloc would take countermeasures, and the minister refused to say if talks would resume.")
    assert [r["quote"] for r in extractor.extract(text)] == ["it was assessing the impact"]


def test_a_reporting_verb_joined_to_the_content_has_the_outer_speaker(extractor):
    found = quotes_of(extractor, "Vellian authorities have rejected claims that the verdict is unfair and "
                                 "maintain that the courts remain independent. Senator Ana Lind said the orderly "
                                 "handover of office is what separates the republic from its neighbours, and "
                                 "described the plan as \"reckless and dangerous.\"")
    assert found["the courts remain independent"]["speaker"] == "Vellian authorities"
    assert found["reckless and dangerous."]["speaker"] == "Ana Lind"


def test_an_attribution_between_commas_inside_its_content(extractor):
    text = ("One open question about whether the trade pact will hold, say some economists, is how the Vellian "
            "parliament reacts.")
    [item] = extractor.extract(text)
    assert item["speaker"] == "some economists"
    assert item["quote"].startswith("One open question") and item["quote"].endswith("reacts")


def test_a_name_the_parse_left_as_an_interjection_speaks_for_its_verb(extractor):
    """The parser sometimes reads 'Brun, on the "Evening Hour" show, dodged ... but said' as the show dodging."""
    from spacy.tokens import Doc

    from diplostance.speakers import _subject

    words = ["Brun", ",", "the", "show", ",", "dodged", "questions", "but", "said", "it", "failed", "."]
    heads = [5, 0, 3, 5, 3, 5, 5, 5, 5, 10, 8, 5]
    deps = ["intj", "punct", "det", "nsubj", "punct", "ROOT", "dobj", "cc", "conj", "nsubj", "ccomp", "punct"]
    pos = ["INTJ", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "NOUN", "CCONJ", "VERB", "PRON", "VERB", "PUNCT"]
    tags = ["UH", ",", "DT", "NN", ",", "VBD", "NNS", "CC", "VBD", "PRP", "VBD", "."]
    doc = Doc(extractor.nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    assert _subject(doc[8]).text == "Brun"


def test_a_surname_the_recogniser_took_for_a_place_is_the_person_named_before(extractor):
    from spacy.tokens import Doc

    from diplostance.speakers import SpeakerResolver, speaker_of

    resolver = SpeakerResolver(text="")
    resolver.add(0, "Ana Lind", "", True, True)
    doc = Doc(extractor.nlp.vocab, words=["Lind", "said", "no"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"],
              pos=["PROPN", "VERB", "INTJ"], ents=["B-GPE", "O", "O"])
    found = speaker_of(doc[1], resolver, offset=100)
    assert (found.name, found.person) == ("Ana Lind", True)
    assert resolver.last(200, True) == "Ana Lind"       # so a later "she said" is hers
    doc = Doc(extractor.nlp.vocab, words=["Karl", "Brun", "said", "no"], heads=[1, 2, 2, 2],
              deps=["compound", "nsubj", "ROOT", "dobj"], pos=["PROPN", "PROPN", "VERB", "INTJ"],
              ents=["B-WORK_OF_ART", "I-WORK_OF_ART", "O", "O"])      # after a quote, a name may look like a title
    assert speaker_of(doc[2], resolver, offset=300).person


def test_a_leaders_common_surname_stands_for_them_only_after_their_full_name():
    from diplostance.targets import with_references

    text = ("Kim Jong Un inspected a missile site. Envoys said the president would meet with Kim if a deal is near. "
            "Kim Yo Jong said no.")
    found = [(text[m.start:m.end], m.name) for m in with_references(text, find_mentions(text))]
    assert found == [("Kim Jong Un", "Kim Jong Un"), ("Kim", "Kim Jong Un")]
    assert with_references("The president would meet with Kim.", []) == []


def test_a_question_put_to_the_speaker_is_not_their_words(extractor):
    text = ("Speaking to VOA by phone, a senior official said the government had prepared \"a list of "
            "counter-measures\" targeting farm exports.\n\nAsked whether Vellia would take the matter to the World "
            "Trade Organization, Kessler said, \"All options are on the table.\"")
    assert [r["cue"] for r in extractor.extract(text) if r["speaker"] == "Kessler"] == ["said"]


def test_a_call_on_someone_keeps_whom_it_calls_on(extractor):
    [item] = extractor.extract("The council called on all sides to exercise restraint.")
    assert item["quote"] == "all sides to exercise restraint"
    [item] = extractor.extract("The prime minister vowed on Monday to continue the operation until the group is gone.")
    assert item["quote"] == "to continue the operation until the group is gone"      # a day is not whom


def test_a_country_named_ministry_is_not_an_earlier_body(extractor):
    text = ("Israel's envoy, Danny Danon, rejected the accusations. \"Iran is the leading sponsor of terror,\" Danon "
            "told the council. According to the Iranian foreign ministry, at least 12 people were killed in the "
            "attacks. The ministry said in a statement that Iran would \"not remain silent.\"")
    found = quotes_of(extractor, text)
    assert found["Iran is the leading sponsor of terror,"]["speaker_role"] == "Israel's envoy"
    assert found["at least 12 people were killed in the attacks"]["speaker"] == "the Iranian foreign ministry"


def test_quoted_as_saying_with_the_outlet_after(extractor):
    text = ("Russia's representative, Vassily Nebenzia, was quoted as saying by the Interfax news agency that Moscow "
            "condemns the strikes.")
    [item] = extractor.extract(text)
    assert (item["quote"], item["speaker"]) == ("Moscow condemns the strikes", "Vassily Nebenzia")


def test_the_name_a_states_adversaries_use_stands_for_that_state():
    assert [m.name for m in find_mentions("He said the Zionist regime will be punished.")] == ["Israel"]
    assert [m.name for m in find_mentions("The West African bloc met as the West watched.")] == ["the West"]


def test_the_west_as_a_direction_is_no_target():
    assert [m.name for m in find_mentions("Most of the goods come from the west, and in the west of the country the "
                                          "roads are poor.")] == []
    assert [m.name for m in find_mentions("Critics say the west must stand firm.")] == ["the West"]
    assert [m.name for m in find_mentions("Floods hit homes in Malawi.")] == ["Malawi"]     # no other name


def test_a_name_with_a_which_clause_is_a_body_a_later_the_organization_stands_for(extractor):
    found = quotes_of(extractor, "The stall next to the Vell Bus Terminal sells food. Data from Animal Free Vellia, "
                                 "which wants the trade abolished, suggests that 13,700 dogs are killed every month. Most "
                                 "of the dogs come from the hills, according to the organization.")
    assert found["Most of the dogs come from the hills"]["speaker"] == "Animal Free Vellia"


def test_an_accusation_answered_by_a_denial_after_a_dash_is_the_accusers(extractor):
    text = ("Sudan's ambassador, Al-Harith Idriss, accused the United Arab Emirates of arming the RSF \u2014 a charge "
            "Abu Dhabi has repeatedly denied. \"The Emirates are fueling this war,\" he told the council.")
    found = quotes_of(extractor, text)
    assert found["the United Arab Emirates of arming the RSF"]["speaker"] == "Al-Harith Idriss"
    assert found["The Emirates are fueling this war,"]["speaker"] == "Al-Harith Idriss"
    assert found["The Emirates are fueling this war,"]["target"] == "United Arab Emirates"


def test_a_delegation_in_brackets_is_the_speakers_role(extractor):
    [item] = extractor.extract("Ambassador Ana Lind (Chile) said the council must act on Syria now.")
    assert (item["speaker"], item["speaker_role"]) == ("Ana Lind", "Ambassador of Chile")
    assert [m.name for m in find_mentions("The U.A.E. envoy said the Emirates would not pay.")] == [
        "United Arab Emirates", "United Arab Emirates"]


def test_a_clause_after_while_does_not_attribute_the_quote_before_it(extractor):
    text = ("The nationalist Harbour Times called the guidelines \"a dangerous relic of militarism,\" while the "
            "official Vell news agency said Japan was \"playing with fire.\"")
    found = quotes_of(extractor, text)
    assert (found["a dangerous relic of militarism,"]["cue"], found["a dangerous relic of militarism,"]["speaker"]) \
        == ("called", "Harbour Times")


def test_a_named_spokesman_the_parse_set_beside_the_body_speaks(extractor):
    [item] = extractor.extract("A spokesman for the Russian Defense Ministry, Igor Konashenkov, said Russian forces "
                               "had struck military targets.")
    assert (item["speaker"], item["speaker_role"]) == ("Igor Konashenkov", "spokesman for the Russian Defense Ministry")


def test_a_phrase_before_that_is_not_content(extractor):
    [item] = extractor.extract("Reuters reported, citing three sources familiar with the matter, that a draft "
                               "proposal would freeze the conflict for at least two years.")
    assert item["quote"] == "a draft proposal would freeze the conflict for at least two years"


def test_single_quote_marks_are_quotes_where_a_text_has_no_double_ones():
    from diplostance.quotes import primary_single_quotes

    text = "'We will not,' she said. The leaders' talks failed, and Vell's envoy said 'no'.\n\n'We are ready"
    marked = primary_single_quotes(text)
    assert marked == '"We will not," she said. The leaders\' talks failed, and Vell\'s envoy said "no".\n\n\'We are ready'
    assert len(marked) == len(text)
    nested = 'He said "yes" and \'no\'.'
    assert primary_single_quotes(nested) == nested


def test_a_single_quote_closing_after_a_plural_is_not_a_possessive():
    from diplostance.quotes import primary_single_quotes

    text = "Vell would 'face the consequences' if it went ahead, the envoys' statement said."
    assert primary_single_quotes(text) == 'Vell would "face the consequences" if it went ahead, the envoys\' statement said.'


def test_a_british_style_article_quotes_with_single_marks(extractor):
    text = ("The Foreign Secretary, Tom Berg, said Vellia would 'not stand by'.\n\n"
            "'We will support Norland for as long as it takes,' Mr Berg told MPs.\n\n"
            "'I think the public is tired of promises,' said one Labour backbencher, who did not want to be named.")
    found = quotes_of(extractor, text)
    item = found["We will support Norland for as long as it takes,"]
    assert (item["speaker"], item["direct"]) == ("Tom Berg", True)
    assert found["not stand by"]["direct"]
    assert "'We will support" in item["context"]              # the text as given, marks and all
    assert found["I think the public is tired of promises,"]["speaker"] == "one Labour backbencher"


def test_single_marks_stay_primary_beside_double_marked_partial_quotes(extractor):
    text = ("'We will not be intimidated by Norland,' Vellian Defence Secretary Karl Brun said. Norland's embassy "
            "called the claims \"nonsense\".\n\n'When they say \"internal affairs\", they mean silence,' Brun added. "
            "'The door is open.'")
    found = quotes_of(extractor, text)
    item = found["We will not be intimidated by Norland,"]
    assert (item["speaker"], item["direct"]) == ("Karl Brun", True)
    assert found["nonsense"]["direct"]
    assert found["When they say \"internal affairs\", they mean silence,"]["speaker"] == "Karl Brun"
    assert found["The door is open."]["speaker"] == "Karl Brun"       # not the "they" of the nested quote
    text = '"We will not bow," Brun said of the \'peace plan\'. "Not now."'     # double marks primary: kept
    assert [r["quote"] for r in extractor.extract(text)] == ["We will not bow,", "Not now."]


def test_a_subject_inside_the_quote_does_not_hide_the_one_after_it(extractor):
    text = ("Hours later, the Vell Front said in a statement that the convoy was destroyed. \"Enemy trucks burned "
            "near Dunmar #Vell noon hours today. Wreckage & dead bodies laying [sic] at the site,\u201d Front "
            "spokesman Arno Dessel tweeted in English.")
    [item] = [r for r in extractor.extract(text) if r["direct"]]
    assert item["speaker"] == "Arno Dessel"


def test_a_name_at_the_end_of_the_quote_is_not_the_writer(extractor):
    text = ("Brun said the project was named after his cofounder. \"He never got to see the success, so as a tip to "
            "him I introduce to you...Harbour Linux\", Brun wrote.")
    [item] = [r for r in extractor.extract(text) if r["direct"]]
    assert (item["speaker"], item["cue"]) == ("Brun", "wrote")


def test_target_ranker_study_gives_both_choosers_the_same_candidates():
    import importlib.util

    spec = importlib.util.spec_from_file_location("target_ranker", REPO / "experiments" / "target_ranker.py")
    ranker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ranker)
    text = ("Ruritanian Foreign Minister Ana Lindqvist spoke in Berlin. Moscow must withdraw its troops now, she "
            "said. Russia denied it. Washington was not named.")
    start = text.index("Moscow must")
    end = text.index(", she")
    [row] = ranker.prepare([{"article_id": "a", "start": start, "end": end, "speaker": "Ana Lindqvist",
                             "target": "the Kremlin"}], {"a": text})
    assert row["gold"] == "Russia" and row["cands"][0] == "Russia" and "United States" in row["cands"]
    assert "\u00abMoscow must withdraw its troops now\u00bb" in row["context"]
    assert ranker.sentence_bounds(text, start, end) == (text.index("Moscow"), text.index("Russia denied"))
    quote_counts = [x[0] for x in row["evidence"]]           # log(1 + mentions inside the quote), per candidate
    assert len(row["evidence"]) == len(row["cands"]) and quote_counts[0] > 0 and min(quote_counts) == 0
    model, pairs = ranker.fit_features([row, dict(row, gold=row["cands"][1])], seed=0)
    assert pairs == 2 * len(row["cands"]) and ranker.rank_features(model, row) in row["cands"]


def test_a_name_set_before_a_verb_the_parse_left_without_subject_is_a_subject(extractor):
    """'..., Ana Lind, a spokesperson, told VOA', with the name parsed as joined to a noun before it: a later "she"
    is hers, not the subject of an earlier sentence."""
    from spacy.tokens import Doc

    from diplostance.speakers import SpeakerResolver

    words = ["Programs", "feel", "the", "strain", "of", "funding", ",", "Ana", "Lind", ",", "a", "spokesperson", ",",
             "told", "VOA", "."]
    heads = [1, 1, 3, 1, 3, 4, 5, 8, 5, 8, 11, 8, 8, 1, 13, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct", "compound", "conj", "punct", "det", "appos",
            "punct", "conj", "dobj", "punct"]
    pos = ["NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT",
           "VERB", "PROPN", "PUNCT"]
    tags = ["NNS", "VBP", "DT", "NN", "IN", "NN", ",", "NNP", "NNP", ",", "DT", "NN", ",", "VBD", "NNP", "."]
    ents = ["O"] * 7 + ["B-PERSON", "I-PERSON"] + ["O"] * 7
    doc = Doc(extractor.nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, ents=ents)
    resolver = SpeakerResolver(text="")
    resolver.add(0, "Tom Hale", "", True, True)
    resolver.observe(doc[:], list(doc.ents), 100, [])
    assert resolver.last(1000, True) == "Ana Lind"


def test_a_name_given_an_age_is_a_person_whatever_the_recogniser_took_it_for(extractor):
    from spacy.tokens import Doc

    from diplostance.speakers import _described_person

    words = ["Lena", "Rosk", ",", "29", ",", "works", "here", "."]
    doc = Doc(extractor.nlp.vocab, words=words, heads=[1, 5, 1, 1, 1, 5, 5, 5],
              deps=["compound", "nsubj", "punct", "appos", "punct", "ROOT", "advmod", "punct"],
              pos=["PROPN", "PROPN", "PUNCT", "NUM", "PUNCT", "VERB", "ADV", "PUNCT"],
              ents=["B-ORG", "I-ORG", "O", "O", "O", "O", "O", "O"])
    assert _described_person(doc.ents[0])


def test_colon_label_of_a_transcript_is_no_dateline():
    from diplostance.pipeline import blank_datelines
    text = "Interview\n\nLIND: We will fight on.\n\nADEN: The port reopened."
    assert blank_datelines(text) == "Interview\n\nLIND: We will fight on.\n\n      The port reopened."
