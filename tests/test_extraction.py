from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.errors import BadEncoding, EmptyArticle, UnsupportedInput
from onrecord.extraction import extract_article, find_first_published_by
from onrecord.types import RawItem


def _html(path: Path) -> RawItem:
    return RawItem(source=str(path), data=path.read_bytes(), format="html")


def test_blog_page_keeps_article_and_drops_chrome(fixtures: Path) -> None:
    article = extract_article(_html(fixtures / "blog.html"))
    assert article.title == "Port strike enters second week"
    assert article.author == "Dana Whitlow"
    assert article.published == "2023-05-09"
    assert article.publisher == "Harbourside Notes"
    assert article.url == "https://harbourside.example/2023/05/port-strike"
    assert article.first_published_by == "The Coastal Courier"
    assert article.language == "en"
    assert "union leader Tomas Greaves said" in article.text
    for chrome in ("Share on Facebook", "Popular posts", "Ferry timetable", "Maria K.",
                   "Shut it all down", "Archive", "©"):
        assert chrome not in article.text


def test_text_is_stored_verbatim() -> None:
    raw = ("Headline here\r\n\r\nA\u00a0line  with   odd\tspacing.\r\n"
           "Caf\u00e9 \ufb01 \u2019quoted\u2019\n")
    article = extract_article(RawItem(source="t.txt", data=raw.encode("utf-8"), format="text"))
    assert article.text == raw
    assert article.title == "Headline here"


def test_first_line_is_not_a_title_when_it_is_a_sentence() -> None:
    text = "The minister said on Tuesday that talks would go on.\nMore text follows here."
    article = extract_article(RawItem(source="t.txt", data=text, format="text"))
    assert article.title is None


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "utf-16", "cp1251"])
def test_encodings_are_detected(encoding: str) -> None:
    text = ("Новости дня\n\nМинистр заявил, что переговоры продолжатся на следующей неделе."
            if encoding == "cp1251" else
            "Caf\u00e9 talks resume\n\nThe minister said the caf\u00e9 r\u00e9union would go "
            "ahead, and that na\u00efve hopes were misplaced.")
    article = extract_article(RawItem(source="x.txt", data=text.encode(encoding), format="text"))
    assert article.text == text


def test_binary_junk_is_rejected_with_its_name() -> None:
    with pytest.raises(BadEncoding) as info:
        extract_article(RawItem(source="junk.bin", data=bytes(range(256)) * 4, format="text"))
    assert str(info.value).startswith("junk.bin:")


def test_html_without_text_is_rejected() -> None:
    with pytest.raises(EmptyArticle):
        extract_article(RawItem(source="e.html", data="<html><body></body></html>",
                                format="html"))


def test_overrides_win_and_bad_dates_are_rejected() -> None:
    item = RawItem(source="t.txt", data="Head\n\nBody text.", format="text",
                   published="2022-01-24T10:00", publisher="Daily", title="Given")
    article = extract_article(item)
    assert (article.published, article.publisher, article.title) == ("2022-01-24", "Daily", "Given")
    with pytest.raises(UnsupportedInput):
        extract_article(RawItem(source="t.txt", data="Head\n\nBody.", format="text",
                                published="last week"))


@pytest.mark.parametrize(("sentence", "outlet"), [
    ("This article was first published by The Meridian Review.", "The Meridian Review"),
    ("This piece originally appeared in Foreign Affairs Weekly.", "Foreign Affairs Weekly"),
    ("It was originally published on Harbour News and is republished here.", "Harbour News"),
    ("Nothing about provenance here.", None),
])
def test_first_published_by(sentence: str, outlet: str | None) -> None:
    assert find_first_published_by(sentence) == outlet


ENGLISH = ("The council said on Monday that it would not raise the tax this year, and the "
           "mayor told reporters she had been assured by the minister that the money for "
           "the new bridge was safe. Critics of the plan were not convinced, and they have "
           "said they will take it to the courts if the work is delayed again.")
GERMAN = ("Der Rat teilte am Montag mit, dass er die Steuer in diesem Jahr nicht erhöhen "
          "werde, und die Bürgermeisterin sagte den Reportern, der Minister habe ihr "
          "versichert, dass das Geld für die neue Brücke sicher sei. Die Kritiker des Plans "
          "waren nicht überzeugt und wollen vor Gericht ziehen, wenn sich die Arbeiten "
          "erneut verzögern. Sie will das nicht hinnehmen, hieß es.")
DUTCH = ("De raad zei maandag dat hij de belasting dit jaar niet zou verhogen, en de "
         "burgemeester vertelde verslaggevers dat de minister haar had verzekerd dat het geld "
         "voor de nieuwe brug veilig is. Critici van het plan waren niet overtuigd en zeggen "
         "dat zij naar de rechter stappen als het werk opnieuw wordt vertraagd. Dat is zeker.")


def test_english_is_told_without_the_identifier_other_languages_go_to_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from onrecord import extraction

    asked: list[str] = []

    class Identifier:
        def classify(self, sample: str) -> tuple[str, float]:
            asked.append(sample[:10])
            return "xx", 0.99

    monkeypatch.setattr(extraction, "_language_identifier", lambda: Identifier())
    assert extraction.detect_language(ENGLISH) == "en"
    assert asked == []
    assert extraction.detect_language(GERMAN) == "xx"
    assert extraction.detect_language(DUTCH) == "xx"
    assert extraction.detect_language("Short English line, said the mayor.") == "xx"
    assert len(asked) == 3


def test_the_identifier_itself_still_names_other_languages() -> None:
    from onrecord.extraction import detect_language

    assert detect_language(GERMAN) == "de"
    assert detect_language(DUTCH) == "nl"
