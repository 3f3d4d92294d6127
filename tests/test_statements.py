"""Statement finding on hand-written articles (fictional), asserted exactly.

Each expected statement is ``(kind, content pieces, cue, mention, continues)``;
offsets are checked through the texts they cut out of the article, and the
pieces' offsets exactly where a pattern is about them.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Token

from onrecord.nlp.cues import CueModel, Relation, load_cue_model
from onrecord.nlp.extensions import FoundStatement, get_statements
from onrecord.nlp.pipeline import load_pipeline
from onrecord.nlp.quotes import find_statements
from onrecord.nlp.statements_headline import sentence_cased
from onrecord.nlp.statements_marks import quoted_spans
from onrecord.nlp.statements_parse import (
    NESTED_KEPT,
    OUTER_DROP,
    ParsedAttribution,
    _after_framing_noun,
    _after_framing_word,
    _after_speaking_participle,
    _before_cue,
    _holders,
    _judged_subject,
    _named_subject,
    _outermost,
    _paragraph_numbers,
    _with_object,
    _without_conjunctions,
    _without_trailing_participle,
    candidate_attributions,
    find_attributions,
)
from onrecord.nlp.statements_vet import vet_features
from onrecord.settings import Settings

ARTICLES = {
    "vetted_purpose": "Hundreds of farmers marched through Dover on Sunday to demand that the "
    "state cut the fuel tax.\n",
    "vetted_belief": "The union's leaders are convinced that the strike will end soon.\n",
    "curly": "Mayor Ann Lee toured the flooded district on Monday.\n\n"
    "\u201cThe bridge will reopen in May,\u201d Lee said.\n",
    "straight": "Senator Tom Reyes spoke in Dover.\n\n"
    '"We will not raise taxes on farmers," Reyes told the crowd.\n',
    "interrupted": "\u201cThe plan is dead,\u201d said Carla Mendes, the council leader, "
    "\u201cand nobody will revive it.\u201d\n",
    "colon": "The governor was blunt. He said: \u201cThis law will be repealed before "
    "the winter.\u201d\n",
    "nested": "\u201cShe told me \u2018never again\u2019 and I believed her,\u201d Paul Ortiz "
    "said.\n",
    "cue_before": "Dana Whitfield spoke to reporters after the vote.\n\n"
    "\u201cWe lost this one, but we will be back next year.\u201d\n",
    "cue_after": "\u201cThe harbor will be dredged by spring.\u201d The port director Hal "
    "Brooks said that on Friday.\n",
    "multi_paragraph": "Councilwoman Rosa Diaz stood outside her house.\n\n"
    "\u201cThe water came in the night and took everything we had.\n\n"
    "\u201cWe are still waiting for the county to help us,\u201d Diaz said.\n",
    "multi_paragraph_unattributed": "Judge Mara Quill read her ruling aloud in court.\n\n"
    "\u201cThe delays appear to be over. The files are in order.\n\n"
    "\u201cThis court will not wait any longer.\u201d\n",
    "mixed": "Minister Arlo Kemp voiced the possibility of entering talks if \u201ca good "
    "agreement is at hand.\u201d\n",
    "mixed_words": "Kemp said the talks were \u201ca first step\u201d toward peace.\n",
    "indirect": "Mayor Ann Lee said that the bridge would reopen in May. The union warned "
    "that workers would strike. Lee urged residents to stay calm. According to the "
    "police, nobody was hurt. Lee told reporters the repairs would cost $4 million. "
    "The contractor denied that it had cut corners. Reporters asked whether the mayor "
    "would resign.\n",
    "venues": "The company said in a statement that it would appeal the ruling. In an "
    "interview, Grace Obi insisted that the plant was safe. In a piece published in the "
    "Ledger, the economist Ravi Shah argued that tariffs hurt farmers.\n",
    "belief_position": "The senator hopes that the bill will pass before the recess. "
    "The opposition showed a green light to direct negotiations with the rebels.\n",
    "documents": "A new poll by the Marist Institute shows that most voters oppose the "
    "tax. A court filing claims that the city ignored the warnings. An internal report "
    "found that the dam was unsafe. In an e-mail to staff, the director wrote that the "
    "office would close.\n",
    "mixed_fragments": "The envoy used words like \u201cengagement\u201d alongside \u201cone "
    "should not surrender.\u201d\n",
    "doubled_apostrophes": "''We will rebuild the pier,'' the harbor master said. ''It will "
    "take a year.''\n",
    "signature": "Readers wrote in.\n\n\u201cThe debate was a disaster for him.\u201d "
    "\u2015 Lucia Ferrer\n",
    "transcript": "Transcript of the interview.\n\nWALLACE: Will the governor attend the "
    "debate?\n\nPENCE: He will not attend the debate tomorrow night.\n",
    "headline": "Lucia Ferrer: The Port Deal Is Dead\n\nThe harbor stayed quiet on Friday.\n",
    "signature_initial": "Readers wrote in.\n\n\u201cThe debate was a disaster for him.\u201d "
    "\u2015 Lucia M. Ferrer\n",
    "transcript_marks": 'Transcript of the interview.\n\n"WALLACE: Will the governor attend the '
    'debate?\n\n"PENCE: He will not attend the debate tomorrow night.\n',
    "split_tag": "The council met on Monday.\n\n\u201cAre we ready? Probably not,\u201d Mira "
    "Holt said.\n",
    "scraped": "Published January 17Maryam Rajavi said that the   regime would fall.\n\n"
    "\u201cThis is broken, she said.\n\n"
    "The mayor said that the park would close.\n",
    "cue_adjunct": "Voters packed the hall in Salem.\n\n\u201cWe are ready for the vote,\u201d "
    "Mira Holt said to the crowd, which had waited for hours.\n",
    "tagged": "Councillor Ben Ortiz praised the budget at the meeting.\n\n"
    "\u201cWho will pay for the new school?\u201d Jan Pruitt asked.\n",
    "that_quote": "Holt said that \u201cthe vote will be held in June.\u201d\n",
    "relative": "Pruitt said the county should cut the parks budget, which grew by a third "
    "last year.\n",
    "participle_speaker": "The union leaders said the strike would go on. Dockers supporting "
    "the strike marched to the port on Friday.\n",
    "paragraph_lead": "Port authority chief warns dredging will be delayed\n\nThe head of the "
    "Salem Port Authority, Hal Brooks, told reporters that the channel would stay closed "
    "until June.\n",
    "object_led": "Senator Dana Whitfield accused the governor of hiding the budget figures.\n",
    "light_object": "Mayor Ann Lee took a shot at the council's spending plan.\n",
    "framing_noun": "The ministry issued a statement saying that the border would stay closed "
    "until March.\n",
    "framing_infinitive": "The committee wants to know whether the contracts were signed "
    "before the vote.\n",
    "leading_preposition": "The union called for a new vote on the contract.\n",
    "split_from_tag": "The debate went on.\n\n\u201cLike Oakland. Or Ferguson,\u201d Trump "
    "said. \u201cThe crime numbers are worse.\u201d\n",
    "interrupted_mixed": "Ana Ruiz runs the theater.\n\nA comic tone, she said, would make the "
    "play \u201cmore accessible to families.\u201d\n",
    "bridged": "The envoy described the strike as \u201creckless and dangerous\u201d and a "
    "\u201cgrave threat to the region.\u201d\n",
}

Expected = tuple[str, tuple[str, ...], str | None, str | None, int | None]
EXPECTED: dict[str, list[Expected]] = {
    "participle_speaker": [
        ("indirect", ("the strike would go on",), "said", "The union leaders", None),
        ("indirect", ("the strike",), "supporting", "Dockers", None),
    ],
    "paragraph_lead": [
        # the headline is a sentence of its own once paragraph breaks end sentences
        ("indirect", ("dredging will be delayed",), "warns", "Port authority chief", None),
        (
            "indirect",
            ("that the channel would stay closed until June",),
            "told",
            "The head of the Salem Port Authority, Hal Brooks",
            None,
        ),
    ],
    "curly": [
        ("direct", ("“The bridge will reopen in May,”",), "said", "Lee", None),
    ],
    "straight": [
        ("direct", ('"We will not raise taxes on farmers,"',), "told", "Reyes", None),
    ],
    "interrupted": [
        (
            "direct",
            ("“The plan is dead,”", "“and nobody will revive it.”"),
            "said",
            "Carla Mendes, the council leader",
            None,
        ),
    ],
    "colon": [
        ("direct", ("“This law will be repealed before the winter.”",), "said", "He", None),
    ],
    "nested": [
        (
            "direct",
            ("“She told me ‘never again’ and I believed her,”",),
            "said",
            "Paul Ortiz",
            None,
        ),
    ],
    "cue_before": [
        (
            "direct",
            ("“We lost this one, but we will be back next year.”",),
            "spoke",
            "Dana Whitfield",
            None,
        ),
    ],
    "cue_after": [
        (
            "direct",
            ("“The harbor will be dredged by spring.”",),
            "said",
            "The port director Hal Brooks",
            None,
        ),
    ],
    "multi_paragraph": [
        (
            "direct",
            ("“The water came in the night and took everything we had.",),
            "said",
            "Diaz",
            None,
        ),
        ("direct", ("“We are still waiting for the county to help us,”",), "said", "Diaz", 0),
    ],
    "multi_paragraph_unattributed": [
        ("indirect", ("her ruling aloud",), "read", "Judge Mara Quill", None),
        (
            "direct",
            ("\u201cThe delays appear to be over. The files are in order.",),
            "read",
            "Judge Mara Quill",
            None,
        ),
        (
            "direct",
            ("\u201cThis court will not wait any longer.\u201d",),
            "read",
            "Judge Mara Quill",
            1,
        ),
    ],
    "mixed": [
        (
            "mixed",
            ("the possibility of entering talks if “a good agreement is at hand.”",),
            "voiced",
            "Minister Arlo Kemp",
            None,
        ),
    ],
    "mixed_words": [
        ("mixed", ("the talks were “a first step” toward peace",), "said", "Kemp", None),
    ],
    "indirect": [
        ("indirect", ("that the bridge would reopen in May",), "said", "Mayor Ann Lee", None),
        ("indirect", ("that workers would strike",), "warned", "The union", None),
        ("indirect", ("residents to stay calm",), "urged", "Lee", None),
        ("indirect", ("nobody was hurt",), "According", "the police", None),
        ("indirect", ("the repairs would cost $4 million",), "told", "Lee", None),
        ("indirect", ("that it had cut corners",), "denied", "The contractor", None),
        ("indirect", ("whether the mayor would resign",), "asked", "Reporters", None),
    ],
    "venues": [
        ("indirect", ("that it would appeal the ruling",), "said", "The company", None),
        ("indirect", ("that the plant was safe",), "insisted", "Grace Obi", None),
        ("indirect", ("that tariffs hurt farmers",), "argued", "the economist Ravi Shah", None),
    ],
    # under the cue model's threshold alone; the vetting model keeps both
    "vetted_purpose": [
        ("indirect", ("that the state cut the fuel tax",), "demand", "Hundreds of farmers", None),
    ],
    "vetted_belief": [
        ("indirect", ("that the strike will end soon",), "are", "The union's leaders", None),
    ],
    "belief_position": [
        ("indirect", ("that the bill will pass before the recess",), "hopes", "The senator", None),
        (
            "indirect",
            ("a green light to direct negotiations with the rebels",),
            "showed",
            "The opposition",
            None,
        ),
    ],
    "documents": [
        (
            "indirect",
            ("that most voters oppose the tax",),
            "shows",
            "A new poll by the Marist Institute",
            None,
        ),
        ("indirect", ("that the city ignored the warnings",), "claims", "A court filing", None),
        ("indirect", ("that the dam was unsafe",), "found", "An internal report", None),
        ("indirect", ("that the office would close",), "wrote", "the director", None),
    ],
    "mixed_fragments": [
        (
            "mixed",
            ("words like “engagement” alongside “one should not surrender.”",),
            "used",
            "The envoy",
            None,
        ),
    ],
    "doubled_apostrophes": [
        (
            "direct",
            ("''We will rebuild the pier,''", "''It will take a year.''"),
            "said",
            "the harbor master",
            None,
        ),
    ],
    "signature": [
        ("direct", ("“The debate was a disaster for him.”",), "―", "Lucia Ferrer", None),
    ],
    "transcript": [
        ("indirect", ("Will the governor attend the debate?",), ":", "WALLACE", None),
        ("indirect", ("He will not attend the debate tomorrow night.",), ":", "PENCE", None),
    ],
    "headline": [
        ("indirect", ("The Port Deal Is Dead",), ":", "Lucia Ferrer", None),
    ],
    # a middle initial is part of the signature
    "signature_initial": [
        ("direct", ("“The debate was a disaster for him.”",), "―", "Lucia M. Ferrer", None),
    ],
    # a stray quote mark before a transcript label opens no quotation
    "transcript_marks": [
        ("indirect", ("Will the governor attend the debate?",), ":", "WALLACE", None),
        ("indirect", ("He will not attend the debate tomorrow night.",), ":", "PENCE", None),
    ],
    # the tag of a quotation the sentence splitter cut inside it
    "split_tag": [
        ("direct", ("“Are we ready? Probably not,”",), "said", "Mira Holt", None),
    ],
    "scraped": [
        ("indirect", ("that the   regime would fall",), "said", "Maryam Rajavi", None),
        ("direct", ("“This is broken",), "said", "she", None),
        ("indirect", ("that the park would close",), "said", "The mayor", None),
    ],
    # a piece on the far side of the cue from the quotation is the cue's adjunct
    "cue_adjunct": [("direct", ("“We are ready for the vote,”",), "said", "Mira Holt", None)],
    # a quotation ending in `?"` takes the speaker of the sentence it runs into
    "tagged": [
        ("indirect", ("the budget",), "praised", "Councillor Ben Ortiz", None),
        ("direct", ("“Who will pay for the new school?”",), "asked", "Jan Pruitt", None),
    ],
    # PolNeAR keeps `that "…"` whole, as mixed
    "that_quote": [("mixed", ("that “the vote will be held in June.”",), "said", "Holt", None)],
    # a trailing `, which …` is not reported content
    "relative": [
        ("indirect", ("the county should cut the parks budget",), "said", "Pruitt", None)
    ],
    # content under a preposition or infinitive starts at the cue's direct object …
    "object_led": [
        ("indirect", ("the governor of hiding the budget figures",), "accused",
         "Senator Dana Whitfield", None)
    ],
    # … unless that object belongs to the cue
    "light_object": [
        ("indirect", ("the council's spending plan",), "took", "Mayor Ann Lee", None)
    ],
    # "a statement saying" frames the content; one statement, not one per cue
    "framing_noun": [
        ("indirect", ("that the border would stay closed until March",), "issued",
         "The ministry", None)
    ],
    "framing_infinitive": [
        ("indirect", ("whether the contracts were signed before the vote",), "wants",
         "The committee", None)
    ],
    "leading_preposition": [
        ("indirect", ("a new vote on the contract",), "called", "The union", None)
    ],
    # the parser split the first quotation from its tag: still one statement
    "split_from_tag": [
        ("direct", ("\u201cLike Oakland. Or Ferguson,\u201d",
                    "\u201cThe crime numbers are worse.\u201d"), "said", "Trump", None)
    ],
    # the clause the tag interrupts keeps its start
    "interrupted_mixed": [
        ("mixed", ("A comic tone", "would make the play \u201cmore accessible to families.\u201d"),
         "said", "she", None)
    ],
    # pieces parted by a conjunction only are one
    "bridged": [
        ("mixed", ("the strike as \u201creckless and dangerous\u201d and a \u201cgrave threat to "
                   "the region.\u201d",), "described", "The envoy", None)
    ],
}


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_pipeline(Settings().model, ("onrecord_statements",))


def described(text: str, st: FoundStatement) -> Expected:
    def cut(span: tuple[int, int] | None) -> str | None:
        return None if span is None else text[span[0] : span[1]]

    pieces = tuple(text[s:e] for s, e in st.content_spans)
    return st.kind, pieces, cut(st.cue_span), cut(st.mention_span), st.continues


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_fixture_articles(nlp: Language, name: str) -> None:
    text = ARTICLES[name]
    found = get_statements(nlp(text))
    assert [described(text, st) for st in found] == EXPECTED[name]


def test_interrupted_quote_is_one_statement_with_two_exact_pieces(nlp: Language) -> None:
    text = ARTICLES["interrupted"]
    (st,) = get_statements(nlp(text))
    second = text.index("\u201cand")
    assert st.content_spans == [(0, text.index(" said")), (second, len(text) - 1)]
    assert st.sentence_span == (0, len(text) - 1)


def test_multi_paragraph_quote_is_chained(nlp: Language) -> None:
    text = ARTICLES["multi_paragraph"]
    found = get_statements(nlp(text))
    first, second = found
    assert second.continues == 0 and first.continues is None
    assert first.content_spans == [(text.index("\u201cThe water"), text.index("had.") + 4)]


def test_one_broken_quote_mark_does_not_hide_the_rest(nlp: Language) -> None:
    text = ARTICLES["scraped"]
    found = get_statements(nlp(text))
    assert any(
        text[s:e] == "that the park would close" for st in found for s, e in st.content_spans
    )


def test_glued_words_are_split_for_the_mention(nlp: Language) -> None:
    text = ARTICLES["scraped"]
    first = get_statements(nlp(text))[0]
    assert first.mention_span is not None
    assert text[first.mention_span[0] : first.mention_span[1]].endswith("Maryam Rajavi")


def test_quote_marks_paragraph_by_paragraph() -> None:
    text = 'He said "no way" and left.\n\n\u201cIt runs on\n\n"x"'
    spans = [(q.start, q.end, q.closed) for q in quoted_spans(text)]
    run = text.index("\u201c")
    assert spans == [(8, 16, True), (run, run + 11, False), (len(text) - 3, len(text), True)]


def test_find_statements_is_pure(nlp: Language) -> None:
    doc = nlp(ARTICLES["indirect"])
    assert find_statements(doc) == find_statements(doc) == get_statements(doc)


def test_docbin_round_trip(nlp: Language) -> None:
    docs = list(nlp.pipe(ARTICLES.values()))
    data = DocBin(docs=docs, store_user_data=True).to_bytes()
    restored = list(DocBin(store_user_data=True).from_bytes(data).get_docs(nlp.vocab))
    assert [get_statements(d) for d in restored] == [get_statements(d) for d in docs]
    assert any(get_statements(d) for d in restored)


def test_two_processes_give_the_same_statements(nlp: Language) -> None:
    texts = list(ARTICLES.values())
    single = [get_statements(d) for d in nlp.pipe(texts)]
    double = [get_statements(d) for d in nlp.pipe(texts, n_process=2, batch_size=4)]
    assert double == single


def test_headlines_parsed_together_give_what_each_article_gives_alone(nlp: Language) -> None:
    texts = [
        "Mayor Ann Lee Says Harbor Bridge Will Reopen By May\n\nLee toured the district.\n",
        "Council Rejects Port Deal, Critics Warn Of Job Losses\n\nThe vote was 7 to 2.\n",
        "A plain first line that is a sentence.\nNobody said anything.\n",
    ]
    together = [get_statements(d) for d in nlp.pipe(texts, batch_size=3)]
    alone = [get_statements(nlp(text)) for text in texts]
    assert together == alone
    assert together[0] and together[0][0].cue_span is not None  # the headline's "Says"


def test_a_restored_doc_gets_its_tensor_back(nlp: Language) -> None:
    doc = nlp(ARTICLES["indirect"])
    data = DocBin(docs=[doc], store_user_data=True).to_bytes()
    (restored,) = DocBin(store_user_data=True).from_bytes(data).get_docs(nlp.vocab)
    assert not restored.tensor.size
    again = nlp.get_pipe("onrecord_statements")(restored)
    assert again.tensor.shape[0] == len(again)
    assert get_statements(again) == get_statements(doc)


def test_a_stray_straight_mark_in_a_curly_article_is_not_a_quotation() -> None:
    text = (
        "\u201cWe will win,\u201d Ortiz said. \u201cNo doubt.\u201d\n\n"
        '"Melanie thought the whole thing was odd.\n\n'
        "\u201cIt never crossed my mind,\u201d she said.\n"
    )
    spans = [text[q.start : q.end] for q in quoted_spans(text)]
    assert spans == [
        "\u201cWe will win,\u201d",
        "\u201cNo doubt.\u201d",
        "\u201cIt never crossed my mind,\u201d",
    ]


def test_according_to_leaves_the_preposition_out_of_the_mention(nlp: Language) -> None:
    text = ("The scheme has cost the treasury 3 billion crowns so far, according to figures "
            "released by the finance ministry last month.\n")
    (st,) = get_statements(nlp(text))
    assert st.mention_span is not None and st.cue_span is not None
    assert text[st.cue_span[0] : st.cue_span[1]] == "according"
    assert text[st.mention_span[0] : st.mention_span[1]].startswith("figures released by")


def test_a_title_case_headline_is_sentence_cased_keeping_names() -> None:
    text = (
        "Mayor Ann Lee Vows To Reopen The Harbor Bridge By May\n\n"
        "Mayor Ann Lee toured the flooded district. Lee said the bridge would reopen in May.\n"
    )
    assert sentence_cased(text) == "Mayor Ann Lee vows to reopen the harbor bridge by May"
    assert sentence_cased("Lee said the bridge would reopen.\n") is None


def test_a_cue_joined_to_a_content_clause_has_the_reporting_verbs_speaker(nlp: Language) -> None:
    text = ("Harbor officials said the pier had been damaged by the storm, adding that "
            "repairs would take a year.\n")
    found = [described(text, st) for st in get_statements(nlp(text))]
    assert found == [
        ("indirect", ("the pier had been damaged by the storm",), "said", "Harbor officials", None),
        ("indirect", ("that repairs would take a year",), "adding", "Harbor officials", None),
    ]


def test_a_trailing_participle_clause_is_cut_from_the_mention(nlp: Language) -> None:
    text = "Mayor Ann Lee, speaking to reporters in Dover, said the bridge would reopen in May.\n"
    doc = nlp(text)
    span = _without_trailing_participle(doc, (0, text.index(", said")))
    assert span is not None and text[span[0] : span[1]] == "Mayor Ann Lee"


def test_raising_verbs_and_agentless_passives_have_no_speaker(nlp: Language) -> None:
    text = ("The union seems certain that the strike will end soon. The mayor is expected to "
            "announce a plan. The plan was praised by the council. Lee said so.\n")
    judged = [t.text for t in nlp(text) if t.pos_ in ("VERB", "AUX") and _judged_subject(t)]
    assert judged == ["seems", "expected"]


def test_a_mention_running_over_its_cue_ends_before_it(nlp: Language) -> None:
    text = "A union representing pilots endorsed the mayor on Thursday, another sign of support.\n"
    doc = nlp(text)
    (cue,) = [t for t in doc if t.text == "endorsed"]
    span = _before_cue(doc, (0, len(text) - 2), cue)
    assert span is not None and text[span[0] : span[1]] == "A union representing pilots"


def test_a_named_subject_is_the_last_resort_speaker(nlp: Language) -> None:
    text = "Ann Lee disagrees with the council about the budget. The budget worries the council.\n"
    doc = nlp(text)
    named = {t.text: _named_subject(doc, t) for t in doc if t.pos_ == "VERB"}
    assert named == {"disagrees": (0, 7), "worries": None}


def _region(doc: Doc, words: str) -> tuple[int, int]:
    span = doc.char_span(doc.text.index(words), doc.text.index(words) + len(words))
    assert span is not None
    return span.start, span.end


def _cue(doc: Doc, word: str) -> Token:
    return next(t for t in doc if t.text == word)


def test_content_under_a_preposition_starts_at_the_cues_object(nlp: Language) -> None:
    doc = nlp("Critics accused the agency of ignoring the warnings from engineers.")
    cue, region = _cue(doc, "accused"), _region(doc, "ignoring the warnings from engineers")
    rel = Relation("prep:of>pcomp", (region,), region[0])
    (piece,) = _with_object(cue, rel, (region,))
    assert doc[piece[0] : piece[1]].text == "the agency of ignoring the warnings from engineers"


def test_a_light_object_or_a_topic_does_not_lead_the_content(nlp: Language) -> None:
    doc = nlp("Mayor Lee took a shot at the plan and asked him about his taxes.")
    plan, taxes = _region(doc, "the plan"), _region(doc, "his taxes")
    at = Relation("prep:at>pobj", (plan,), plan[0])
    about = Relation("prep:about>pobj", (taxes,), taxes[0])
    assert _with_object(_cue(doc, "took"), at, (plan,)) == (plan,)
    assert _with_object(_cue(doc, "asked"), about, (taxes,)) == (taxes,)


def test_a_leading_preposition_is_left_out_unless_the_tag_interrupts(nlp: Language) -> None:
    doc = nlp("The union called for a new vote on the contract.")
    piece = _region(doc, "for a new vote on the contract")
    assert doc[slice(*_without_conjunctions(doc, piece))].text == "a new vote on the contract"
    assert _without_conjunctions(doc, piece, preposition=False) == piece


def test_a_framing_noun_or_word_hands_the_content_to_its_clause(nlp: Language) -> None:
    doc = nlp("The ministry issued a statement saying that the border would stay closed.")
    piece = _region(doc, "a statement saying that the border would stay closed")
    (framed,) = _after_framing_noun(doc, (piece,))
    assert doc[slice(*framed)].text == "that the border would stay closed"
    doc = nlp("The committee wants to know whether the contracts were signed.")
    piece = _region(doc, "to know whether the contracts were signed")
    rel = Relation("xcomp>", (piece,), _cue(doc, "know").i)
    (framed,) = _after_framing_word(doc, rel, (piece,))
    assert doc[slice(*framed)].text == "whether the contracts were signed"
    doc = nlp("Critics faulted the doctor for saying that the pills cure every illness.")
    piece = _region(doc, "saying that the pills cure every illness")
    assert doc[slice(*_after_speaking_participle(doc, piece))].text == (
        "that the pills cure every illness")


def test_a_nested_attribution_stays_only_when_it_is_sure(nlp: Language) -> None:
    text = "The newspaper reported that the minister said the talks had failed."
    doc = nlp(text)
    reported, said = _cue(doc, "reported"), _cue(doc, "said")
    outer_content = (text.index("that"), len(text) - 1)
    inner_content = (text.index("the talks"), len(text) - 1)

    def attribution(cue: Token, content: tuple[int, int], score: float) -> ParsedAttribution:
        return ParsedAttribution(cue.i, (content,), None, score)

    outer = attribution(reported, outer_content, 0.9)
    unsure = attribution(said, inner_content, NESTED_KEPT - 0.1)
    sure = attribution(said, inner_content, NESTED_KEPT)
    assert _outermost(doc, [outer, unsure]) == [outer]
    assert _outermost(doc, [outer, sure]) == [outer, sure]
    weak_outer = attribution(reported, outer_content, OUTER_DROP - 0.1)
    assert _outermost(doc, [weak_outer, sure]) == [sure]
    twin = attribution(said, outer_content, 0.5)  # the same content through a second cue
    assert _outermost(doc, [outer, twin]) == [outer]


def test_the_noun_a_bare_passive_participle_hangs_from_did_not_ask(nlp: Language) -> None:
    text = ("Marcus Odell, asked on Wednesday about the farm lobby's concerns, said the cuts "
            "could be phased in.\n")
    found = get_statements(nlp(text))
    asked = [st for st in found if st.cue_span and text[slice(*st.cue_span)] == "asked"]
    said = [st for st in found if st.cue_span and text[slice(*st.cue_span)] == "said"]
    assert all(st.mention_span is None for st in asked)
    assert [text[slice(*st.mention_span)] for st in said if st.mention_span] == [
        "Marcus Odell, asked on Wednesday about the farm lobby's concerns"
    ]


def _with_vetting(bias: float) -> CueModel:
    """The shipped cue model with a vetting model that keeps (bias 30) or drops (-30)
    every candidate."""
    model = load_cue_model()
    data = {"candidates": sorted(model.candidates), "candidate_lemmas":
            sorted(model.candidate_lemmas), "content": model.content, "source": model.source,
            "shed": model.shed, "threshold": model.threshold,
            "source_threshold": model.source_threshold,
            "quoted_threshold": model.quoted_threshold, "companion_ratio": model.companion_ratio,
            "vet": {"bias": bias, "weights": {}}, "vet_threshold": 0.5,
            "candidate_threshold": model.candidate_threshold}
    return CueModel(data)


def test_vetting_decides_every_candidate_but_quoted_ones(nlp: Language) -> None:
    text = ('Hundreds of farmers marched to demand that the state cut the fuel tax. '
            '"The tax is killing us," said Ada Kline.\n')
    doc = nlp(text)
    quoted = [(q.start, q.end) for q in quoted_spans(text) if q.closed]

    def cues(model: CueModel) -> list[tuple[str, bool]]:
        return [(doc[a.cue].text, a.weak) for a in find_attributions(doc, model, quoted)]

    assert ("demand", False) in cues(_with_vetting(30.0))
    assert cues(_with_vetting(-30.0)) == [("said", False)]  # the quotation stays
    candidates = candidate_attributions(doc, load_cue_model(), quoted)
    assert {doc[a.cue].text for a in candidates} >= {"demand", "said"}


def test_vetting_features_describe_the_whole_candidate(nlp: Language) -> None:
    text = ('Senator Lena Ortiz said the bridge would close. "They told us it was safe," '
            'she warned.\n')
    doc = nlp(text)
    quoted = [(q.start, q.end) for q in quoted_spans(text) if q.closed]
    found = candidate_attributions(doc, load_cue_model(), quoted)
    feats = dict(zip((doc[a.cue].text for a in found),
                     vet_features(doc, found, _holders(doc, found), quoted,
                                  _paragraph_numbers(doc)), strict=True))
    said, warned = feats["said"], feats["warned"]
    assert said["src"] == 1.0 and said["src_pos=PROPN"] == 1.0 and said["src_before"] == 1.0
    assert said["c_after"] == 1.0 and said["cue_lemma=say"] == 1.0 and said["cue_in_quote"] == 0.0
    assert said["nested"] == 0.0 and said["n_sent"] == 0.0 and said["rank"] == 0.0
    assert warned["src_low=she"] == 1.0 and warned["c_after"] == 0.0
    told = feats["told"]  # inside the quotation, and inside the content of "warned"
    assert told["cue_in_quote"] == 1.0 and told["nested"] == 1.0 and warned["holds"] == 1.0


def test_a_vetting_example_is_right_with_the_gold_content_and_cue(nlp: Language) -> None:
    from eval.statements import alnum_positions
    from eval.train_statements import _is_right

    text = "Lee said the bridge would reopen in May. Kim denied that.\n"
    doc = nlp(text)
    said = _cue(doc, "said")
    content = (text.index("the bridge"), text.index(" in May"))
    candidate = ParsedAttribution(said.i, (content,), None, 0.4)

    def gold(cue: str, start: str, end: str) -> tuple[frozenset[int], frozenset[int]]:
        at = text.index(cue)
        return (alnum_positions(text, [(text.index(start), text.index(end) + len(end))]),
                alnum_positions(text, [(at, at + len(cue))]))

    assert _is_right(doc, text, candidate, [gold("said", "the bridge", "in May")])
    assert not _is_right(doc, text, candidate, [gold("denied", "the bridge", "in May")])
    assert not _is_right(doc, text, candidate, [gold("said", "Kim", "that")])
