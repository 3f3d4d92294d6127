"""The web API: every page and its JSON twin, filters, links, the one error shape, escaping.

Two records: one built through the real pipeline from ``fixtures/web`` (its
fields may change as the NLP improves, so tests on it check structure), and
one written directly through the Store with known values (for exact checks).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient

import onrecord
from onrecord.api import create_app
from onrecord.store import Store
from onrecord.types import Article, ArticleRef, Content, Speaker, Statement, TextSpan

WEB_FIXTURES = Path(__file__).parent / "fixtures" / "web"
PAGES = ("/", "/statements", "/speakers", "/articles", "/timeline")


# ---- records ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def pipeline_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("web") / "pipeline.db"
    with onrecord.open_record(db) as record:
        outcomes = record.ingest(sorted(WEB_FIXTURES.glob("*.jsonl")))
    assert all(o.outcome == "stored" for o in outcomes), outcomes
    return db


@pytest.fixture(scope="module")
def client(pipeline_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(pipeline_db)) as test_client:
        yield test_client


class _Writer:
    """Builds article text sentence by sentence, with the offsets of each statement."""

    def __init__(self, article_id: str, published: str | None, publisher: str) -> None:
        self.ref = ArticleRef(id=article_id, source=f"synthetic/{article_id}",
                              title=f"Article {article_id}", published=published,
                              publisher=publisher)
        self.text = f"Article {article_id}\n\n"
        self.statements: list[Statement] = []

    def said(self, content: str, who: str | None, mention: str, *, role: str | None = None,
             said_on: str | None = None, kind: str = "direct") -> None:
        start = len(self.text) + 1
        self.text += f'"{content}" {mention} said.\n\n'
        m_start = start + len(content) + 2
        cue = m_start + len(mention) + 1
        self.statements.append(Statement(
            id=f"{self.ref.id}-{len(self.statements)}", article=self.ref, kind=kind,  # type: ignore[arg-type]
            content=Content(content, ((start, start + len(content)),)),
            sentence_span=(start - 1, cue + 5), cue=TextSpan("said", (cue, cue + 4)),
            speaker=Speaker(name=who, name_span=(m_start, m_start + len(mention)) if who else None,
                            mention=mention, mention_span=(m_start, m_start + len(mention)),
                            role=role, type="person" if who else "unknown",
                            resolved_by="name" if who else None),
            said_on=said_on, date_basis="explicit" if said_on else None))

    def store(self, store: Store) -> None:
        article = Article(id=self.ref.id, source=self.ref.source, text=self.text,
                          title=self.ref.title, published=self.ref.published,
                          publisher=self.ref.publisher, language="en", pipeline_version=1,
                          ingested_at="2026-01-01T00:00:00+00:00")
        store.add_article(article, f"hash-{self.ref.id}", self.statements, [])


@pytest.fixture(scope="module")
def known(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """Keller and Marran answering each other, with roles that change, and one unnamed voice."""
    db = tmp_path_factory.mktemp("known") / "known.db"
    store = Store(db)
    a1 = _Writer("a1", "2022-03-14", "The Coastal Ledger")
    a1.said("We will not sign away our ports.", "Anna Keller", "Anna Keller",
            role="foreign minister", said_on="2022-03-14")
    a1.said("The offer was misread.", "Ivo Marran", "Ivo Marran", kind="indirect")
    a1.store(store)
    a2 = _Writer("a2", "2022-03-16", "Northern Wire")
    a2.said("Words are cheap.", "Anna Keller", "Keller", role="foreign minister",
            said_on="2022-03-15")
    a2.said("The sides are closer than they look.", None, "a government adviser")
    a2.store(store)
    a3 = _Writer("a3", "2023-01-10", "The Coastal Ledger")
    a3.said("A formula both capitals can live with.", "Anna Keller", "Keller",
            role="prime minister", said_on="2023-01-09")
    a3.said("We were right all along.", "Ivo Marran", "Marran", role="opposition leader",
            said_on="2023-01-10", kind="mixed")
    a3.store(store)
    store.close()
    with TestClient(create_app(db)) as test_client:
        yield test_client


def _speaker_id(client: TestClient, name: str) -> int:
    items = client.get("/speakers.json", params={"name": name}).json()["items"]
    return int(items[0]["id"])


# ---- every page and its twin ------------------------------------------------------


def _detail_pages(client: TestClient) -> list[str]:
    statement = client.get("/statements.json").json()["items"][0]
    speaker = client.get("/speakers.json").json()["items"][0]
    return [f"/statements/{statement['id']}", f"/articles/{statement['article']['id']}",
            f"/speakers/{speaker['id']}"]


def test_every_page_and_its_json_twin_answer(client: TestClient) -> None:
    for path in [*PAGES, *_detail_pages(client)]:
        page = client.get(path)
        assert page.status_code == 200, path
        assert page.headers["content-type"].startswith("text/html")
        twin = client.get("/.json" if path == "/" else f"{path}.json")
        assert twin.status_code == 200, path
        assert twin.headers["content-type"] == "application/json"
        assert f'href="{"/.json" if path == "/" else path + ".json"}' in page.text


def test_json_twin_keeps_the_query_string(known: TestClient) -> None:
    keller = _speaker_id(known, "Keller")
    data = known.get(f"/speakers/{keller}.json", params={"since": "2023-01-01"}).json()
    assert [s["said_on"] for s in data["statements"]["items"]] == ["2023-01-09"]


def test_lists_have_the_list_shape(client: TestClient) -> None:
    for path in ("/statements.json", "/speakers.json", "/articles.json"):
        data = client.get(path, params={"limit": 2, "offset": 1}).json()
        assert set(data) == {"items", "total", "limit", "offset"}
        assert (data["limit"], data["offset"]) == (2, 1)
        assert len(data["items"]) <= 2


def test_statement_twin_is_the_export_record(pipeline_db: Path, client: TestClient) -> None:
    with onrecord.open_record(pipeline_db) as record:
        statement = record.statements()[0]
    assert client.get(f"/statements/{statement.id}.json").json() == statement.to_dict()


def test_article_list_items_are_records_without_text(client: TestClient) -> None:
    item = client.get("/articles.json").json()["items"][0]
    assert "text" not in item
    full = client.get(f"/articles/{item['id']}.json").json()
    assert {k: v for k, v in full.items() if k not in ("text", "statements")} == item


def test_openapi_lists_the_json_twins(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/.json", "/statements.json", "/statements/{statement_id}.json",
                 "/speakers.json", "/speakers/{speaker_id}.json", "/articles.json",
                 "/articles/{article_id}.json", "/timeline.json"):
        assert path in paths


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.attributes: list[tuple[str, str | None]] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes.extend(attrs)
        self.hrefs.extend(v for k, v in attrs if k in ("href", "src", "action") and v)


def _parse(html: str) -> _Links:
    parser = _Links()
    parser.feed(html)
    return parser


def _crawl(client: TestClient, start: str = "/", limit: int = 400) -> dict[str, int]:
    """Every internal link reachable from ``start`` and its status (up to ``limit`` pages)."""
    seen: dict[str, int] = {}
    queue = [start]
    while queue and len(seen) < limit:
        url = queue.pop(0)
        if url in seen:
            continue
        response = client.get(url)
        seen[url] = response.status_code
        if response.headers.get("content-type", "").startswith("text/html"):
            for href in _parse(response.text).hrefs:
                parts = urlsplit(href)
                if not parts.scheme and href.startswith("/") and href not in seen:
                    queue.append(href)
    return seen


@pytest.mark.parametrize("record", ["client", "known"])
def test_every_link_a_page_renders_answers_200(record: str,
                                               request: pytest.FixtureRequest) -> None:
    statuses = _crawl(request.getfixturevalue(record))
    assert len(statuses) > 20
    assert {url: s for url, s in statuses.items() if s != 200} == {}


# ---- statements -------------------------------------------------------------------


def test_statements_sorted_by_date_undated_ones_reported_at_article_date(
        known: TestClient) -> None:
    items = known.get("/statements.json").json()["items"]
    placed = [s["said_on"] or s["article"]["published"] for s in items]
    assert placed == sorted(placed)
    page = known.get("/statements").text
    marran = page.split("The offer was misread.")[0].rsplit("<tr", 1)[1]
    assert "reported" in marran and "2022-03-14" in marran
    keller = page.split("We will not sign away our ports.")[0].rsplit("<tr", 1)[1]
    assert "said" in keller and "explicit" in keller


@pytest.mark.parametrize(("params", "expected"), [
    ({"q": "ports"}, ["We will not sign away our ports."]),
    ({"q": "formula capitals"}, []),
    ({"q": "both capitals"}, ["A formula both capitals can live with."]),
    ({"speaker": "marran"}, ["The offer was misread.", "We were right all along."]),
    ({"since": "2023"}, ["A formula both capitals can live with.", "We were right all along."]),
    ({"until": "2022-03-14"}, ["We will not sign away our ports.", "The offer was misread."]),
    ({"kind": "indirect"}, ["The offer was misread."]),
    ({"publisher": "Northern Wire"}, ["Words are cheap.", "The sides are closer than they look."]),
    ({"q": "", "speaker": " ", "kind": ""}, None),
])
def test_statement_filters(known: TestClient, params: dict[str, str],
                           expected: list[str] | None) -> None:
    data = known.get("/statements.json", params=params).json()
    texts = [s["content"]["text"] for s in data["items"]]
    assert texts == (expected if expected is not None else texts)
    assert data["total"] == len(texts) if expected is not None else data["total"] == 6


def test_statement_filter_by_speaker_id(known: TestClient) -> None:
    marran = _speaker_id(known, "Marran")
    data = known.get("/statements.json", params={"speaker_id": marran}).json()
    assert {s["speaker"]["name"] for s in data["items"]} == {"Ivo Marran"}


def test_pagination_links(known: TestClient) -> None:
    page = known.get("/statements", params={"limit": 2, "offset": 2}).text
    hrefs = _parse(page).hrefs
    assert "/statements?offset=0&limit=2" in hrefs
    assert "/statements?offset=4&limit=2" in hrefs
    assert "3–4 of 6" in page


def test_unresolved_speakers_are_listed_under_their_mention(known: TestClient) -> None:
    page = known.get("/statements").text
    assert "a government adviser" in page
    names = [s["name"] for s in known.get("/speakers.json").json()["items"]]
    assert "a government adviser" not in names


def test_statement_page_shows_evidence_fields_and_source(known: TestClient) -> None:
    page = known.get("/statements/a2-0").text
    assert 'class="hl hl-content' in page and "Words are cheap." in page
    assert 'class="hl hl-sentence"' in page or "hl-sentence" in page
    for field in ("speaker.mention_span", "date_basis", "sentence_span", "article.publisher"):
        assert f"<th>{field}</th>" in page
    assert 'href="/articles/a2"' in page


# ---- speakers and the timeline ----------------------------------------------------


def test_speaker_roles_over_time_and_chart(known: TestClient) -> None:
    keller = _speaker_id(known, "Keller")
    data = known.get(f"/speakers/{keller}.json").json()
    assert data["speaker"]["name"] == "Anna Keller"
    assert data["roles"] == [
        {"role": "foreign minister", "date": "2022-03-14"},
        {"role": "foreign minister", "date": "2022-03-15"},
        {"role": "prime minister", "date": "2023-01-09"},
    ]
    assert [s["said_on"] for s in data["statements"]["items"]] == [
        "2022-03-14", "2022-03-15", "2023-01-09"]
    page = known.get(f"/speakers/{keller}").text
    assert '<svg class="timeline-chart"' in page
    said = [int(n) for n in re.findall(r"(\d+) said, \d+ reported</title>", page)]
    assert sum(said) == 3 and page.count('<rect class="said"') == len(said)


def test_timeline_puts_speakers_side_by_side(known: TestClient) -> None:
    keller, marran = _speaker_id(known, "Keller"), _speaker_id(known, "Marran")
    data = known.get("/timeline.json", params=[("speaker", keller), ("speaker", marran)]).json()
    assert [s["name"] for s in data["speakers"]] == ["Anna Keller", "Ivo Marran"]
    assert data["start"] == "2022-03-14" and data["end"] == "2023-01-10"
    marran_days = data["speakers"][1]["days"]
    assert marran_days[0] == {"date": "2022-03-14", "said": 0, "reported": 1}
    assert data["statements"]["total"] == 5
    page = known.get("/timeline", params=[("speaker", keller), ("speaker", marran)]).text
    assert page.count('<g class="lane lane-') == 2
    assert '<table class="side-by-side">' in page


def test_timeline_defaults_to_the_most_quoted(known: TestClient) -> None:
    names = [s["name"] for s in known.get("/timeline.json").json()["speakers"]]
    assert names[0] == "Anna Keller" and "Ivo Marran" in names


def test_article_highlights_every_statement(known: TestClient) -> None:
    page = known.get("/articles/a1").text
    assert page.count("hl-content") >= 2 + 1  # two statements + the legend
    assert '<a class="hl hl-mention" href="/speakers/' in page
    assert '<a class="hl hl-cue" href="/statements/a1-0"' in page


# ---- the one error shape ----------------------------------------------------------

ERROR_CASES = {
    "/.json": ("/.json?limit=x", 200),  # takes no parameters: nothing can fail
    "/statements.json": ("/statements.json?since=yesterday", 422),
    "/statements/{statement_id}.json": ("/statements/nope.json", 404),
    "/speakers.json": ("/speakers.json?limit=0", 422),
    "/speakers/{speaker_id}.json": ("/speakers/424242.json", 404),
    "/articles.json": ("/articles.json?offset=-1", 422),
    "/articles/{article_id}.json": ("/articles/nope.json", 404),
    "/timeline.json": ("/timeline.json?speaker=424242", 404),
}

MORE_ERRORS = [
    ("/statements.json?kind=rumour", 422),
    ("/statements.json?until=2022-13", 422),
    ("/statements.json?limit=100000", 422),
    ("/statements.json?speaker_id=abc", 422),
    ("/speakers/abc.json", 404),
    ("/speakers/1.json?since=soon", 422),
    ("/timeline.json?speaker=abc", 422),
    ("/timeline.json?" + "&".join(f"speaker={i}" for i in range(1, 15)), 422),
    ("/articles.json?since=2022-02-30x", 422),
    ("/no/such/page", 404),
    ("/statements.json/extra", 404),
]


def test_every_json_route_has_an_error_case(client: TestClient) -> None:
    assert set(client.get("/openapi.json").json()["paths"]) == set(ERROR_CASES)


@pytest.mark.parametrize(("url", "status"), [
    *[case for case in ERROR_CASES.values() if case[1] != 200], *MORE_ERRORS])
def test_every_error_uses_the_one_json_shape(client: TestClient, url: str,
                                             status: int) -> None:
    response = client.get(url)
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "message"}
    assert body["error"]["status"] == status and body["error"]["message"]


def test_wrong_method_uses_the_shape(client: TestClient) -> None:
    response = client.post("/statements.json")
    assert response.status_code == 405
    assert response.json() == {"error": {"status": 405, "message": "Method Not Allowed"}}


@pytest.mark.parametrize(("url", "status"), [
    ("/statements/nope", 404), ("/speakers/abc", 404), ("/statements?since=x", 422),
    ("/timeline?speaker=999", 404),
])
def test_html_pages_answer_errors_with_a_page_and_the_same_status(
        client: TestClient, url: str, status: int) -> None:
    response = client.get(url)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert f"Error {status}" in response.text


# ---- untrusted text ---------------------------------------------------------------

PAYLOAD = re.compile(r"<(script|img|iframe|style|b)\b|<svg\s+onload", re.I)


def _hostile_article(client: TestClient) -> dict[str, object]:
    items = client.get("/articles.json").json()["items"]
    return next(a for a in items if "Evil Press" in (a["publisher"] or ""))


def test_hostile_article_is_escaped_everywhere(client: TestClient) -> None:
    article = _hostile_article(client)
    statements = client.get(f"/articles/{article['id']}.json").json()["statements"]
    assert any("<script>" in s["content"]["text"] for s in statements)
    reflected = ["/statements?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E",
                 "/statements?since=%3Cscript%3Ealert(1)%3C/script%3E",
                 "/speakers?name=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E",
                 "/statements/%3Cscript%3Ealert(1)%3C%2Fscript%3E"]
    urls = [f"/articles/{article['id']}", "/articles", "/statements", "/statements?q=script",
            "/", "/speakers", "/timeline", *(f"/statements/{s['id']}" for s in statements),
            *reflected]
    for url in urls:
        html = client.get(url).text
        parsed = _parse(html)
        assert not PAYLOAD.search(html.split("<main>", 1)[1]), url
        assert "script" not in parsed.tags and "iframe" not in parsed.tags, url
        assert not [k for k, _ in parsed.attributes if k.startswith("on")], url
        assert not [h for h in parsed.hrefs if "javascript" in h.lower()], url
    page = client.get(f"/articles/{article['id']}").text
    assert "&lt;script&gt;alert(&#39;body&#39;)&lt;/script&gt;" in page
    assert "javascript:alert(&#39;url&#39;)" in page  # shown as text, never as a link


def test_pages_forbid_scripts_and_framing(client: TestClient) -> None:
    headers = client.get("/").headers
    assert "default-src 'none'" in headers["content-security-policy"]
    assert "script-src" not in headers["content-security-policy"]  # falls back to 'none'
    assert headers["x-content-type-options"] == "nosniff"


def test_missing_record_is_a_clean_error(tmp_path: Path) -> None:
    from onrecord.api import serve
    from onrecord.errors import RecordError

    with pytest.raises(RecordError, match="no record"):
        serve(tmp_path / "missing.db")


# ---- the parts: placement migration, highlights, charts ---------------------------


def test_an_older_record_gets_its_statements_placed(tmp_path: Path) -> None:
    """A record written before migration 004 opens with every statement placed."""
    from sqlalchemy import create_engine, text

    from onrecord.store import schema
    from onrecord.store.migrations import migrate
    from onrecord.store.store import _insert_analysis

    writer = _Writer("old", "2021-05-01", "Old Press")
    writer.said("Undated.", "A Person", "A Person")
    writer.said("Dated.", "A Person", "A Person", said_on="2021-04-30")
    db = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{db}")
    migrate(engine, upto="003_statement_search")
    with engine.begin() as conn:  # what an older onrecord wrote
        conn.execute(schema.articles.insert().values(
            id="old", content_hash="h", source="old", text=writer.text, published="2021-05-01",
            pipeline_version=1, ingested_at="2021-05-01T00:00:00+00:00"))
        _insert_analysis(conn, "old", writer.statements, [])
    engine.dispose()
    with TestClient(create_app(db)) as old:
        items = old.get("/statements.json").json()["items"]
    assert [s["content"]["text"] for s in items] == ["Dated.", "Undated."]
    with create_engine(f"sqlite:///{db}").connect() as conn:
        placed = conn.execute(text("SELECT placed_on FROM statements ORDER BY position"))
        assert [r[0] for r in placed] == ["2021-05-01", "2021-04-30"]


def test_segments_cut_at_every_mark_and_keep_the_text() -> None:
    from onrecord.api.highlight import Mark, context_window, segments

    text = "He said: we will not sign."
    marks = [Mark(9, 25, "content", "s1", "/statements/s1"),
             Mark(3, 7, "cue", "s1", "/statements/s1"),
             Mark(0, 2, "mention", "s1", "/speakers/1"),
             Mark(12, 16, "content", "s2", "/statements/s2"),
             Mark(30, 40, "content", "bad", None), Mark(5, 5, "cue", "empty", None)]
    pieces = segments(text, marks)
    assert "".join(p.text for p in pieces) == text
    assert [(p.text, p.kinds) for p in pieces if p.kinds] == [
        ("He", ("mention",)), ("said", ("cue",)), ("we ", ("content",)),
        ("will", ("content",)), (" not sign", ("content",))]
    assert pieces[0].href == "/speakers/1"
    assert "".join(p.text for p in segments(text, marks, (3, 12))) == text[3:12]
    assert context_window("one\ntwo three\nfour", (8, 13)) == (4, 13)


def test_chart_buckets_long_ranges_and_labels_ticks() -> None:
    from datetime import date

    from onrecord.analysis import DayCount, Lane, SpeakerSummary, Timeline
    from onrecord.api.charts import ChartOptions, timeline_chart

    days = tuple(DayCount(date.fromordinal(date(2020, 1, 1).toordinal() + i), 1, 0)
                 for i in range(0, 1400, 3))
    line = Timeline((Lane(SpeakerSummary(1, "A", "person"), days, undated=2),),
                    days[0].day, days[-1].day)
    chart = timeline_chart(line, ChartOptions(max_buckets=100))
    lane = chart.lanes[0]
    assert chart.bucket_days == 14 and len(lane.bars) <= 100
    assert sum(b.said for b in lane.bars) == len(days) and lane.undated == 2
    assert all(chart.left <= b.x and b.x + b.width <= chart.right for b in lane.bars)
    assert chart.most == 5  # 14-day buckets of every third day hold 4 or 5
    tallest = max(lane.bars, key=lambda b: b.said_height)
    assert tallest.said_height == 36 and tallest.said_y + tallest.said_height == lane.baseline
    assert [t.label for t in chart.ticks] == ["2021", "2022", "2023"]
    assert lane.bars[0].href == "/statements?speaker_id=1&since=2020-01-01&until=2020-01-14"
    empty = timeline_chart(Timeline((), None, None))
    assert empty.empty and empty.lanes == ()


def test_partial_dates() -> None:
    from datetime import date

    from onrecord.analysis import _period_end, parse_day

    assert parse_day("2022") == date(2022, 1, 1)
    assert parse_day("2022-02") == date(2022, 2, 1)
    assert parse_day("2022-02-30") is None and parse_day("soon") is None
    assert _period_end("2024-02") == date(2024, 2, 29)
    assert _period_end("2022-12") == date(2022, 12, 31)
    assert _period_end("2022") == date(2022, 12, 31)


def test_only_plain_web_links_become_links() -> None:
    from onrecord.api.links import external_url

    assert external_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x",
                "//evil.example", "http://", "vbscript:x", None, ""):
        assert external_url(bad) is None
