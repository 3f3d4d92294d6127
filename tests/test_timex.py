"""Temporal expressions: hand-written fixtures with exact spans and values."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import DocBin

from onrecord.nlp.extensions import get_timexes, set_dct
from onrecord.nlp.pipeline import load_pipeline
from onrecord.nlp.timex import _matches, find_timexes, timex_records
from onrecord.nlp.timex_rules import RULES
from onrecord.nlp.timex_scan import barriers, folded
from onrecord.settings import Settings


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline(Settings().model, ("onrecord_timex",))


def values(text: str, dct: str | None, nlp: Language | None = None) -> list[tuple[str, str, str]]:
    source = nlp(text) if nlp is not None else text
    return [(text[t.start:t.end], t.type, t.value) for t in find_timexes(source, dct)]


def test_explicit_dates_full_and_partial() -> None:
    text = "It began on Jan. 24, 2022, ended in 2015, and resumed January 9th and in May 2019."
    assert values(text, "2022-03-01") == [
        ("Jan. 24, 2022", "DATE", "2022-01-24"),
        ("2015", "DATE", "2015"),
        ("January 9th", "DATE", "2022-01-09"),
        ("May 2019", "DATE", "2019-05"),
    ]


def test_each_may_is_a_verb_and_every_may_a_set() -> None:
    text = "Here is where each may thrive. The fair opens every May and every March."
    assert values(text, "2016-04-07") == [
        ("every May", "SET", "XXXX-05"),
        ("every March", "SET", "XXXX-03"),
    ]


def test_relative_to_publication_date() -> None:
    text = ("Yesterday he spoke; last week he wrote; two years ago he won; earlier this month "
            "he lost; last March he left; this summer he returns.")
    assert values(text, "2022-02-03") == [
        ("Yesterday", "DATE", "2022-02-02"),
        ("last week", "DATE", "2022-W04"),
        ("two years ago", "DATE", "2020"),
        ("earlier this month", "DATE", "2022-02"),
        ("last March", "DATE", "2021-03"),
        ("this summer", "DATE", "2022-SU"),
    ]


def test_weekday_before_and_after_publication(nlp: Language) -> None:
    # 2022-02-03 is a Thursday.
    past = values("The minister spoke on Tuesday.", "2022-02-03", nlp)
    future = values("The minister will speak on Tuesday.", "2022-02-03", nlp)
    same_day = values("The minister spoke on Thursday.", "2022-02-03", nlp)
    assert past == [("Tuesday", "DATE", "2022-02-01")]
    assert future == [("Tuesday", "DATE", "2022-02-08")]
    assert same_day == [("Thursday", "DATE", "2022-02-03")]


def test_december_article_mentioning_january(nlp: Language) -> None:
    past = values("The talks collapsed in January.", "2021-12-15", nlp)
    future = values("The talks will resume in January.", "2021-12-15", nlp)
    assert past == [("January", "DATE", "2021-01")]
    assert future == [("January", "DATE", "2022-01")]


def test_narrative_chain_is_anaphoric() -> None:
    text = ("On January 24, 2022, he signalled a change. The next day he met the envoy. "
            "A day later they spoke again, and that evening they dined. The following week "
            "was quiet.")
    found = find_timexes(text, "2022-02-10")
    assert [(text[t.start:t.end], t.value, t.anchor) for t in found] == [
        ("January 24, 2022", "2022-01-24", None),
        ("The next day", "2022-01-25", "narrative"),
        ("A day later", "2022-01-26", "narrative"),
        ("that evening", "2022-01-26TEV", "narrative"),
        ("The following week", "2022-W05", "narrative"),
    ]


def test_without_publication_date_nothing_is_invented() -> None:
    text = "On January 24 he spoke, on Tuesday he wrote, and yesterday he left in 2019."
    assert values(text, None) == [
        ("January 24", "DATE", "XXXX-01-24"),
        ("Tuesday", "DATE", "XXXX-WXX-2"),
        ("yesterday", "DATE", "XXXX-XX-XX"),
        ("2019", "DATE", "2019"),
    ]


def test_full_vocabulary() -> None:
    text = ("For 20 years, over three hours, every Tuesday, in the third quarter, in the 1990s, "
            "now, recently, soon, at 2:30 p.m. on Monday, last weekend, in the spring of 2020.")
    assert values(text, "2022-01-26") == [
        ("20 years", "DURATION", "P20Y"),
        ("over three hours", "DURATION", "PT3H"),
        ("every Tuesday", "SET", "XXXX-WXX-2"),
        ("the third quarter", "DATE", "2021-Q3"),
        ("the 1990s", "DATE", "199X"),
        ("now", "DATE", "PRESENT_REF"),
        ("recently", "DATE", "PAST_REF"),
        ("soon", "DATE", "FUTURE_REF"),
        ("2:30 p.m. on Monday", "TIME", "2022-01-24T14:30"),
        ("last weekend", "DATE", "2022-W03-WE"),
        ("the spring of 2020", "DATE", "2020-SP"),
    ]


def test_offsets_index_the_text_verbatim() -> None:
    text = "Caf\u00e9 owners met\r\non Friday, 3 June 2016.\r\n"
    records = timex_records(text, "2016-06-10", nlp=spacy.blank("en"))
    assert [(r.start, r.end, r.text, r.value) for r in records] == [
        (20, 39, "Friday, 3 June 2016", "2016-06-03"),
    ]
    assert all(text[r.start:r.end] == r.text for r in records)


def test_component_docbin_round_trip_and_processes(nlp: Language) -> None:
    texts = ["He spoke yesterday.", "She left on March 3, 2020."]
    docs = []
    for text in texts:
        doc = nlp.make_doc(text)
        set_dct(doc, "2021-05-05")
        docs.append(doc)
    processed = list(nlp.pipe(docs, n_process=2))
    assert [[t.value for t in get_timexes(d)] for d in processed] == [["2021-05-04"],
                                                                       ["2020-03-03"]]
    restored = list(DocBin(docs=processed, store_user_data=True).get_docs(nlp.vocab))
    assert [get_timexes(d) for d in restored] == [get_timexes(d) for d in processed]


def test_weekday_named_with_the_date_picks_the_year() -> None:
    # 1998-04-24 is a Friday; April 25 was a Saturday in 1998, not in 1997.
    text = "The paper said in an editorial on Saturday, April 25: enough."
    assert values(text, "1998-04-24") == [("Saturday, April 25", "DATE", "1998-04-25")]


def test_spelled_out_years() -> None:
    text = "In January nineteen ninety-seven, after the winter of nineteen ninety-four."
    assert values(text, "1998-02-27") == [
        ("January nineteen ninety-seven", "DATE", "1997-01"),
        ("the winter of nineteen ninety-four", "DATE", "1994-WI"),
    ]


def test_wording_before_the_date_decides_before_tense(nlp: Language) -> None:
    # 1989-11-02: "extended to" a deadline looks ahead, "since" looks back, whatever the tense.
    text = ("The offer was extended to Nov. 20. Inspections had been allowed to resume "
            "since Jan. 13.")
    assert values(text, "1989-11-02", nlp) == [
        ("Nov. 20", "DATE", "1989-11-20"),
        ("Jan. 13", "DATE", "1989-01-13"),
    ]


def test_month_without_tense_takes_the_closest_occurrence_ahead(nlp: Language) -> None:
    # Nothing in the wording says which way: a month up to three months ahead is taken.
    assert values("Closing is expected in December.", "1989-11-02", nlp) == [
        ("December", "DATE", "1989-12"),
    ]
    assert values("Closing is expected in March.", "1989-11-02", nlp) == [
        ("March", "DATE", "1989-03"),
    ]


def test_infinitive_of_a_past_verb_looks_back(nlp: Language) -> None:
    # 1989-10-30 is a Monday: the offer "had been due to expire" the Friday before.
    assert values("The offer had been due to expire Friday.", "1989-10-30", nlp) == [
        ("Friday", "DATE", "1989-10-27"),
    ]


def test_year_ago_in_quarterly_results_is_the_same_quarter_a_year_before() -> None:
    text = ("Net income in the third quarter rose to $5 million from $4 million a year ago. "
            "Quarterly sales were up 3% from a year earlier.")
    assert values(text, "1989-11-01") == [
        ("the third quarter", "DATE", "1989-Q3"),
        ("a year ago", "DATE", "1988-Q3"),
        ("a year earlier", "DATE", "1988-Q3"),
    ]


def test_year_earlier_after_a_named_year_compares_with_now() -> None:
    text = "In 1985 sales fell. Wages were 3.8 percent higher than a year earlier."
    assert values(text, "1998-02-06") == [
        ("1985", "DATE", "1985"),
        ("a year earlier", "DATE", "1997"),
    ]


def test_a_date_close_to_publication_is_that_occurrence(nlp: Language) -> None:
    # 1989-11-02: four days ahead, whatever the tense ("had been set to expire").
    text = "The offer had been set to expire Nov. 6. Merieux was given until mid-November."
    assert values(text, "1989-11-02", nlp) == [
        ("Nov. 6", "DATE", "1989-11-06"),
        ("mid-November", "DATE", "1989-11"),
    ]


def test_the_year_and_the_year_ended() -> None:
    text = ("For the year, volume was flat. Revenue for the year ended March 31 rose. "
            "It was the Man of the Year.")
    assert values(text, "1989-10-31") == [
        ("the year", "DATE", "1989"),
        ("the year", "DURATION", "P1Y"),
        ("March 31", "DATE", "1989-03-31"),
    ]


def test_reporting_periods_in_quarterly_results() -> None:
    text = ("Net income in the third quarter rose to $5 million from $4 million in the 1988 "
            "quarter.\n\nSales in the latest period rose 5%. In the year-ago third quarter, "
            "net was lower. Net for the year-earlier nine months fell.")
    assert values(text, "1989-11-01") == [
        ("the third quarter", "DATE", "1989-Q3"),
        ("the 1988 quarter", "DATE", "1988-Q3"),
        ("the latest period", "DATE", "1989-Q3"),
        ("the year-ago third quarter", "DATE", "1988-Q3"),
        ("the year-earlier nine months", "DURATION", "P9M"),
    ]


def test_earlier_in_the_year_and_parts_of_the_day() -> None:
    text = ("Sales were delayed earlier in the year. On Friday, dealers bought in the morning; "
            "by mid afternoon they sold. Shares rose at mid-afternoon yesterday.")
    assert values(text, "1989-10-30") == [
        ("earlier in the year", "DATE", "1989"),
        ("Friday", "DATE", "1989-10-27"),
        ("the morning", "TIME", "1989-10-27TMO"),
        ("mid afternoon", "TIME", "1989-10-27TAF"),
        ("mid-afternoon yesterday", "TIME", "1989-10-29TAF"),
    ]


def test_vague_future_and_conjunctions_that_are_not_dates() -> None:
    text = ("Rates may fall in coming weeks and cut taxes in future quarters. He left as soon as "
            "the talks ended, soon after the vote; reply as soon as possible or at a later date.")
    assert values(text, "1989-10-27") == [
        ("coming weeks", "DATE", "FUTURE_REF"),
        ("future quarters", "DATE", "FUTURE_REF"),
        ("as soon as possible", "DATE", "FUTURE_REF"),
        ("a later date", "DATE", "FUTURE_REF"),
    ]


def test_amounts_per_unit_of_time_and_fractions_are_not_expressions() -> None:
    text = ("The stock pays $1.76 a year; the airline adds 700 seats a week, flying twice a "
            "week. The index closed at 2082.1. Iraq imports three-quarters of its food, after "
            "several quarters of losses and ten years of boom. A second group formed.")
    assert values(text, "1989-10-27") == [
        ("a week", "SET", "P1W"),
        ("several quarters", "DURATION", "PXQ"),
        ("ten years", "DURATION", "P10Y"),
    ]


def test_vague_and_spelled_out_amounts_of_time() -> None:
    text = ("Troops come within weeks; over the years it grew; the first time in years; in the "
            "weeks ahead. A few days later, for almost a hundred years, a minute and a half, "
            "over the next couple of years.")
    assert values(text, "1998-02-13") == [
        ("weeks", "DURATION", "PXW"),
        ("the years", "DURATION", "PXY"),
        ("years", "DURATION", "PXY"),
        ("the weeks ahead", "DURATION", "PXW"),
        ("A few days later", "DURATION", "PXD"),
        ("almost a hundred years", "DURATION", "P100Y"),
        ("a minute and a half", "DURATION", "PT1M30S"),
        ("the next couple of years", "DURATION", "P2Y"),
    ]


def test_titles_seasons_and_weekday_nights() -> None:
    text = ('Baker said on ABC\'s "This Week," that flights leave on Tuesday nights. This is '
            'VOA Today. He said, "Today we start." Orders fell in the early summer and well '
            "into the summer.")
    assert values(text, "1998-02-13") == [
        ("Tuesday nights", "SET", "XXXX-WXX-2TNI"),
        ("Today", "DATE", "1998-02-13"),
        ("the early summer", "DATE", "1998-SU"),
        ("the summer", "DATE", "1998-SU"),
    ]


def test_periods_of_a_relative_year_are_one_expression() -> None:
    text = ("Output rose in the first half of this year and will fall in the first half of next "
            "year, after a slump in the third quarter of last year and the summer of last year. "
            "Sales fell for the last half of 1989 and the first two quarters of 1990.")
    assert values(text, "1998-08-10") == [
        ("the first half of this year", "DATE", "1998-H1"),
        ("the first half of next year", "DATE", "1999-H1"),
        ("the third quarter of last year", "DATE", "1997-Q3"),
        ("the summer of last year", "DATE", "1997-SU"),
        ("the last half of 1989", "DATE", "1989-H2"),
        ("the first two quarters of 1990", "DATE", "1990-H1"),
    ]


def test_or_so_ago_hours_later_and_one_day_after_a_modal() -> None:
    text = ("A week or so ago, he left. On Aug. 7, a bomb exploded. Two hours later, another "
            "went off. Islam will one day be the second religion; the strike could last one day.")
    assert values(text, "1998-08-10") == [
        ("A week or so ago", "DATE", "1998-08-03"),
        ("Aug. 7", "DATE", "1998-08-07"),
        ("Two hours later", "DATE", "1998-08-07"),
        ("one day", "DATE", "FUTURE_REF"),
        ("one day", "DURATION", "P1D"),
    ]


# -- scanning only where a rule can match (timex_scan) ----------------------------

SCAN_TEXTS = [
    "Two years ago; three days later, the day before. The day before; and then\n\n"
    "last\nweek \u201cnext Monday\u201d at 3 p.m.; 1999.5 or 1999, in the 1990s (the '80s).",
    "He left the year-ago quarter \u2014 a couple of weeks later \u2014 every May; "
    "the first half of next year! Earlier in the day? The years ahead, for the years "
    "since: twice a week, a ſecond time, \u0130n Ma\u0130 2001, at noon (EST) Tuesday.",
]


def test_fold_matches_ignorecase_for_every_ascii_letter() -> None:
    every_char = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        for char in re.findall(letter, every_char, re.I):
            assert folded(char) == letter, (letter, hex(ord(char)))


def test_rules_run_over_windows_find_what_the_whole_text_holds() -> None:
    for text in SCAN_TEXTS:
        low = folded(text)
        assert low is not None
        for rule in RULES:
            whole = [m.span() for m in rule.pattern.finditer(text)]
            assert [m.span() for m in _matches(rule, text, low, {})] == whole, rule.name
            for m in rule.pattern.finditer(text):  # each match holds a need
                assert rule.needs is None or rule.needs.search(folded(m.group()) or ""), rule.name


def test_barriers_are_what_no_part_of_a_rule_consumes() -> None:
    assert barriers(re.compile(r"(?<![\w-])the\s+day(?=\s*[,.;])")) is not None
    cut = barriers(re.compile(r"(?<![\w-])the\s+day(?=\s*[,.;])"))
    assert cut is not None and cut.findall("a,b.c;d-e\u201cf") == ["\u201c"]
    assert barriers(re.compile(r"a[^b]")) is None  # a negated class consumes anything
    assert barriers(re.compile(r"a.b")) is None
    assert barriers(re.compile(r"ab$")) is None  # the end of a window is no end of text


def _article_texts() -> list[str]:
    """The demo articles as raw files (markup included: more varied text) and every
    fixture sentence of this module."""
    folder = Path(__file__).resolve().parent.parent / "src" / "onrecord" / "demo_articles"
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.iterdir()) if p.is_file()]
    source = Path(__file__).read_text(encoding="utf-8")
    return texts + re.findall(r'"([^"\n]{20,})"', source)


def test_every_rule_finds_over_windows_what_it_finds_in_whole_articles() -> None:
    """A guard for whoever edits a rule: its ``needs`` must stay in every match."""
    texts = _article_texts()
    assert len(texts) > 20
    for text in texts:
        low = folded(text)
        for rule in RULES:
            whole = [m.span() for m in rule.pattern.finditer(text)]
            assert [m.span() for m in _matches(rule, text, low, {})] == whole, rule.name
