"""Statement dates: hand-written fixtures asserted exactly (value, basis, cue)."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from onrecord.nlp.dating import date_statements, said_on
from onrecord.nlp.extensions import FoundStatement, get_statements, set_dct
from onrecord.nlp.pipeline import load_pipeline
from onrecord.nlp.timex import find_timexes
from onrecord.settings import Settings

CHAIN = (
    "On January 24, Mohammad Zarif signalled that talks could resume. "
    'He said: "We are ready to talk."\n\n'
    'The next day, he told reporters: "Nothing has changed." '
    'On the same day, his deputy Abbas Araghchi said: "We will wait."\n\n'
    "In a piece published in Kayhan on January 26, the editor Hossein Shariatmadari wrote: "
    '"The comments he made in 2005 still stand."\n\n'
    'The foreign ministry has long said: "Iran seeks no weapons."\n'
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline(Settings().model, ())


def quoted(doc: Doc) -> list[FoundStatement]:
    """One statement per quotation, its cue the reporting verb of the sentence."""
    found = []
    for m in re.finditer(r'"([^"]+)"', doc.text):
        sent = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")[0].sent
        cue = next(t for t in sent if t.lemma_ in ("say", "tell", "write"))
        subject = next(c for c in cue.children if c.dep_ == "nsubj")
        mention = doc[subject.left_edge.i:subject.i + 1]
        found.append(FoundStatement(
            kind="direct", content_spans=[(m.start(1), m.end(1))],
            sentence_span=(sent.start_char, sent.end_char),
            cue_span=(cue.idx, cue.idx + len(cue.text)),
            mention_span=(mention.start_char, mention.end_char),
        ))
    return found


def dated(doc: Doc, dct: str | None) -> list[tuple[str | None, str | None, str | None]]:
    statements = date_statements(doc, quoted(doc), find_timexes(doc, dct), dct)
    return [
        (s.said_on, s.date_basis,
         None if s.date_cue_span is None else doc.text[slice(*s.date_cue_span)])
        for s in statements
    ]


def test_narrative_chain(nlp: Language) -> None:
    assert dated(nlp(CHAIN), "2022-02-03") == [
        ("2022-01-24", "anaphoric", "January 24"),   # carried from the sentence before
        ("2022-01-25", "anaphoric", "The next day"),
        ("2022-01-25", "anaphoric", "the same day"),
        ("2022-01-26", "relative", "January 26"),    # the venue's date; 2005 is content
        (None, None, None),
    ]


def test_without_publication_date_years_stay_unknown(nlp: Language) -> None:
    assert dated(nlp(CHAIN), None) == [
        (None, "anaphoric", "January 24"),
        (None, "anaphoric", "The next day"),
        (None, "anaphoric", "the same day"),
        (None, "relative", "January 26"),
        (None, None, None),
    ]


def test_explicit_and_relative_cues(nlp: Language) -> None:
    text = ('Speaking on Jan. 3, 2021, the mayor said: "We will rebuild." '
            'Two years ago, the governor said: "No money." '
            'Last week, the senator told reporters: "It is over."')
    assert dated(nlp(text), "2022-02-03") == [
        ("2021-01-03", "explicit", "Jan. 3, 2021"),
        ("2020", "relative", "Two years ago"),
        ("2022-01", "relative", "Last week"),
    ]


def test_date_inside_the_quote_dates_the_content_not_the_statement(nlp: Language) -> None:
    doc = nlp('The minister said: "The deal we signed in 2015 is dead."')
    assert dated(doc, "2022-02-03") == [(None, None, None)]


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2022-01-24", "2022-01-24"), ("2022-01-24TEV", "2022-01-24"), ("2022-01", "2022-01"),
     ("2022-W04", "2022-01"), ("2022-W05", "2022"), ("2022-W03-WE", "2022-01"),
     ("2022-SU", "2022"), ("2022-Q1", "2022"), ("2021-WI", None), ("199X", None),
     ("XXXX-01-24", None), ("PRESENT_REF", None)],
)
def test_said_on_is_the_finest_day_month_or_year_containing_the_period(
    value: str, expected: str | None
) -> None:
    assert said_on(value) == expected


def test_component_docbin_round_trip_and_processes() -> None:
    nlp = load_pipeline(Settings().model, ("onrecord_timex", "onrecord_statements",
                                           "onrecord_dating"))
    docs = []
    for text in ['On Monday, the mayor said: "We will rebuild the bridge soon."',
                 'The mayor said on March 3, 2020: "The bridge is safe for now."']:
        doc = nlp.make_doc(text)
        set_dct(doc, "2022-02-03")
        docs.append(doc)
    single = [[(s.said_on, s.date_basis) for s in get_statements(d)] for d in nlp.pipe(docs)]
    many = list(nlp.pipe([d.copy() for d in docs], n_process=2))
    assert [[(s.said_on, s.date_basis) for s in get_statements(d)] for d in many] == single
    restored = list(DocBin(docs=many, store_user_data=True).get_docs(nlp.vocab))
    assert [get_statements(d) for d in restored] == [get_statements(d) for d in many]
    assert any(s for s in single), "the statement stage found no statement to date"



def stmt(doc: Doc, content: str, cue: str, mention: str, after: int = 0) -> FoundStatement:
    """A statement from the first ``content`` after offset ``after``, its cue and mention before."""
    start = doc.text.index(content, after)
    cue_at = doc.text.rindex(cue, 0, start + len(content) + len(cue) + 3)
    mention_at = doc.text.rindex(mention, 0, cue_at + 1)
    sent = doc.char_span(start, start + len(content), alignment_mode="expand")[0].sent
    return FoundStatement(
        kind="direct", content_spans=[(start, start + len(content))],
        sentence_span=(min(sent.start_char, mention_at), max(sent.end_char, cue_at + len(cue))),
        cue_span=(cue_at, cue_at + len(cue)), mention_span=(mention_at, mention_at + len(mention)),
    )


def said_on_of(doc: Doc, statements: list[FoundStatement], dct: str) -> list[tuple]:
    found = date_statements(doc, statements, find_timexes(doc, dct))
    return [(s.said_on, s.date_basis) for s in found]


def test_transcript_turns_take_the_date_of_the_broadcast(nlp: Language) -> None:
    doc = nlp("Pence on Fox.\n\n"
              'On Sunday, Pence said: "We will win."\n\n'
              'WALLACE: "Let us start with the debate."\n\n'
              'PENCE: "The debate is tomorrow."\n')
    statements = [stmt(doc, "We will win.", "said", "Pence"),
                  stmt(doc, "Let us start with the debate.", ":", "WALLACE"),
                  stmt(doc, "The debate is tomorrow.", ":", "PENCE")]
    assert said_on_of(doc, statements, "2016-09-25") == [
        ("2016-09-25", "relative"), ("2016-09-25", "anaphoric"), ("2016-09-25", "anaphoric"),
    ]


def test_headline_and_lede_speaker_take_the_lede_date(nlp: Language) -> None:
    doc = nlp('Schiff urges "retaliation"\n\n'
              'Rep. Adam Schiff called on the president to "act now." '
              "Schiff told reporters on Wednesday that this is new.\n\n"
              "The Russians have long said that they did nothing.\n\n"
              "Later, Schiff said that Congress must respond.\n")
    statements = [stmt(doc, "retaliation", "urges", "Schiff"),
                  stmt(doc, "act now.", "called", "Schiff"),
                  stmt(doc, "this is new", "told", "Schiff"),
                  stmt(doc, "they did nothing", "said", "The Russians"),
                  stmt(doc, "Congress must respond", "said", "Schiff")]
    assert [s for s, _ in said_on_of(doc, statements, "2016-09-08")] == [
        "2016-09-07",  # the headline takes the lede's date
        "2016-09-07",  # the lede's speaker, in the sentence before the date
        "2016-09-07",  # the dated statement itself
        None,          # another speaker, "has long said"
        "2016-09-07",  # the lede's speaker again, in the simple past
    ]


def test_report_findings_take_the_date_of_the_release(nlp: Language) -> None:
    doc = nlp('Taxes.\n\nA study released on Tuesday shows that companies "hide profits."\n\n'
              "Many people complain about taxes. Few read the fine print.\n\n"
              'Apple is big. The report says that Apple "holds $200 billion offshore."\n')
    statements = [stmt(doc, "hide profits.", "shows", "A study"),
                  stmt(doc, "holds $200 billion offshore.", "says", "The report")]
    assert said_on_of(doc, statements, "2016-10-04") == [
        ("2016-10-04", "relative"), ("2016-10-04", "anaphoric"),
    ]


def test_a_report_whose_mention_holds_its_release_date_still_leads_its_findings(
        nlp: Language) -> None:
    doc = nlp('Taxes.\n\nA study released on Tuesday by researchers shows that companies '
              '"hide profits."\n\n'
              "Many people complain about taxes. Few read the fine print.\n\n"
              'Apple is big. The researchers reported that Apple "holds $200 billion '
              'offshore."\n')
    statements = [stmt(doc, "hide profits.", "shows",
                       "A study released on Tuesday by researchers"),
                  stmt(doc, "holds $200 billion offshore.", "reported", "The researchers")]
    assert said_on_of(doc, statements, "2016-10-04") == [
        ("2016-10-04", "relative"), ("2016-10-04", "anaphoric"),
    ]


def test_no_cue_without_a_date_and_no_carry_from_a_possessive(nlp: Language) -> None:
    doc = nlp('Votes.\n\nIn the 1990s, the mayor said: "We rebuilt."\n\n'
              'The chair called Friday\'s ruling "a huge win." '
              'He said: "Voters matter."\n')
    statements = [stmt(doc, "We rebuilt.", "said", "the mayor"),
                  stmt(doc, "a huge win.", "called", "The chair"),
                  stmt(doc, "Voters matter.", "said", "He")]
    found = date_statements(doc, statements, find_timexes(doc, "2016-09-25"))
    assert [(s.said_on, s.date_basis, s.date_cue_span) for s in found] == [
        (None, None, None),  # a decade has no single year: no date, and no cue either
        (None, None, None),
        (None, None, None),  # "Friday's ruling" dates the ruling, not the speaking
    ]


SCENE = ("Talks.\n\n"
         "Then, on Tuesday, Governor Lena Marsh tried to calm the row. "
         'In a radio interview, she said: "We will keep talking." '
         '"No door is closed," the governor told reporters.\n\n'
         'On Monday, the unions walked out. She said: "We regret it."\n\n'
         'The mayor had a plan. "It works," he said.\n')


def test_date_of_what_the_speaker_did_just_before_carries(nlp: Language) -> None:
    """The dated sentence need not be a statement; it stops at a sentence with another date."""
    assert dated(nlp(SCENE), "2023-03-10") == [
        ("2023-03-07", "anaphoric", "Tuesday"),   # "she" after "Governor Lena Marsh tried"
        ("2023-03-07", "anaphoric", "Tuesday"),   # "the governor": her title
        (None, None, None),   # "On Monday, the unions walked out": another date, not hers
        (None, None, None),   # another paragraph, nothing dated
    ]


# Filler paragraphs first: the lede (two paragraphs after the headline) dates its speaker.
COLUMN = ("Budget.\n\nThe city is broke.\n\nIts council is split.\n\nIts mayor is away.\n\n"
          "On March 3, the council passed the budget. On the same day, Rita Okafor, editor "
          "of the daily Ledger, attacked the plan in a column. "
          '"This is theft," Okafor wrote. She said the council had "lost its way."\n')


def test_same_speaker_continuing_in_the_paragraph_takes_the_date(nlp: Language) -> None:
    assert dated(nlp(COLUMN), "2023-03-10") == [
        ("2023-03-03", "anaphoric", "the same day"),  # "Okafor": the surname of the subject
        ("2023-03-03", "anaphoric", "the same day"),  # "She": the statement just before
    ]


@pytest.mark.parametrize("wrote_by", ["Okafor", "Daily Ledger", None])
def test_surname_carries_whatever_name_the_speaker_stage_gave(
    nlp: Language, wrote_by: str | None
) -> None:
    doc = nlp(COLUMN)
    wrote, she_said = quoted(doc)
    statements = [
        replace(stmt(doc, "the plan in a column", "attacked", "Rita Okafor"),
                speaker_name="Rita Okafor"),
        replace(wrote, speaker_name=wrote_by),
        she_said,
    ]
    found = date_statements(doc, statements, find_timexes(doc, "2023-03-10"))
    assert [(s.said_on, s.date_basis, s.date_cue_span and doc.text[slice(*s.date_cue_span)])
            for s in found] == [("2023-03-03", "anaphoric", "the same day")] * 3


BOUNDS = ('Talks.\n\nSince 2008, the mayor has said: "We rebuilt."\n\n'
          'Until Thursday, the governor said: "No records."\n\n'
          'More than 20 years ago, the senator said: "We signed."\n\n'
          'On Tuesday, the chair said: "We agree."\n')


def test_a_bound_or_an_approximate_date_does_not_date_the_statement(nlp: Language) -> None:
    assert dated(nlp(BOUNDS), "2016-09-15") == [
        (None, None, None),  # "since 2008": said over the years since, not in 2008
        (None, None, None),  # "until Thursday": before then, not on Thursday
        (None, None, None),  # "more than 20 years ago" is no single year
        ("2016-09-13", "relative", "Tuesday"),
    ]


# Filler paragraphs first, so that the lede's date does not reach the speaker.
YEAR_BETWEEN = ('Talks.\n\nThe city is broke.\n\nIts council is split.\n\nIts mayor is away.\n\n'
                'On Tuesday, Governor Lena Marsh said: "We will talk." '
                'In 2013, the court had ruled against her. '
                'Marsh said: "It was wrong."\n')


def test_a_year_between_two_statements_stops_the_carrying(nlp: Language) -> None:
    assert dated(nlp(YEAR_BETWEEN), "2016-09-15") == [
        ("2016-09-13", "relative", "Tuesday"),
        (None, None, None),  # "In 2013" moved the narrative: not carried from Tuesday
    ]


AFTER_PUBLICATION = ('Gas cap.\n\nThe city is cold.\n\nIts budget is tight.\n\n'
                     'Its mayor is away.\n\n'
                     'On Monday, Energy Minister Jonas Whitlow said: "The cap stays." '
                     'He promised a full review in the spring. He said: "It will be fair."\n')


def test_a_date_after_publication_dates_what_is_promised_not_the_saying(nlp: Language
                                                                         ) -> None:
    assert dated(nlp(AFTER_PUBLICATION), "2022-02-10") == [
        ("2022-02-07", "relative", "Monday"),
        ("2022-02-07", "anaphoric", "Monday"),  # "in the spring" (2022-SP) is still to come
    ]


RESOLVED_LEDE = (
    "Checkers: Varga Is Right.\n\n"
    "Following Monday's debate, Verity Check looked at a claim by Paul Varga. "
    "On September 27 they published the results, announcing that the claim was true.\n\n"
    "The city keeps a tally of shootings. Its police count incidents. Victims are counted "
    "too. The two numbers differ.\n\n"
    "Verity Check then ruled that the claim was true.\n"
)


def test_the_lede_speaker_is_known_by_the_name_the_speakers_stage_gave(nlp: Language
                                                                        ) -> None:
    doc = nlp(RESOLVED_LEDE)
    text = RESOLVED_LEDE

    def said(mention: str, m: int, cue: str) -> FoundStatement:
        """``mention`` at offset ``m``; what was said: the rest of the sentence after ``cue``,
        as the speakers stage leaves it (the name resolved)."""
        c = text.index(cue)
        sent = doc.char_span(c, c + len(cue), alignment_mode="expand")[0].sent
        return FoundStatement(
            kind="indirect", content_spans=[(c + len(cue) + 1, sent.end_char)],
            sentence_span=(sent.start_char, sent.end_char), cue_span=(c, c + len(cue)),
            mention_span=(m, m + len(mention)), speaker_name="Verity Check")

    statements = [said("they", text.index("they"), "announcing"),
                  said("Verity Check", text.rindex("Verity Check"), "ruled")]
    dated_ = date_statements(doc, statements, find_timexes(doc, "2016-09-29"), "2016-09-29")
    assert [(s.said_on, s.date_basis) for s in dated_] == [
        ("2016-09-27", "relative"), ("2016-09-27", "anaphoric")]


def test_a_statement_inside_another_dates_only_itself(nlp: Language) -> None:
    text = ("Senator Ruth Adler said the governor was right when he said on Monday that the port "
            "must close. Adler added that the state would pay for the work.\n")
    doc = nlp(text)
    set_dct(doc, "2023-03-10")

    def statement(content: str, cue: str, cue_from: int, mention: str) -> FoundStatement:
        start, at = text.index(content), text.index(cue, cue_from)
        sent = doc.char_span(start, start + 1, alignment_mode="expand")[0].sent
        return FoundStatement(
            kind="indirect", content_spans=[(start, start + len(content))],
            sentence_span=(sent.start_char, sent.end_char), cue_span=(at, at + len(cue)),
            mention_span=(text.index(mention), text.index(mention) + len(mention)),
        )

    outer = statement("the governor was right when he said on Monday that the port must close",
                      "said", 0, "Senator Ruth Adler")
    inner = statement("the port must close", "said", text.index("he said"), "he")
    after = statement("the state would pay for the work", "added", 0, "Adler")
    found = date_statements(doc, [outer, inner, after], find_timexes(doc, "2023-03-10"))
    assert [s.said_on for s in found] == [None, "2023-03-06", None]


def test_a_shared_surname_is_not_the_same_speaker(nlp: Language) -> None:
    """A date carries to a later statement of the same speaker, not to a relative's."""
    doc = nlp('Rosa Delgado told reporters on Tuesday: "The plan works."\n\n'
              'Marco Delgado said: "We need more time."\n\n'
              'Delgado said: "It will pass."\n')
    found = quoted(doc)
    names = ["Rosa Delgado", "Marco Delgado", "Marco Delgado"]
    found = [replace(s, speaker_name=n) for s, n in zip(found, names, strict=True)]
    statements = date_statements(doc, found, find_timexes(doc, "2022-03-10"), "2022-03-10")
    assert [(s.said_on, s.date_basis) for s in statements] == [
        ("2022-03-08", "relative"), (None, None), (None, None)]
    found[2] = replace(found[2], speaker_name="Delgado")
    statements = date_statements(doc, found[::2], find_timexes(doc, "2022-03-10"), "2022-03-10")
    assert [(s.said_on, s.date_basis) for s in statements] == [
        ("2022-03-08", "relative"), ("2022-03-08", "anaphoric")]  # "Delgado": Rosa's surname
