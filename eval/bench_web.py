"""``make bench`` (web): p50/p95 page times for every route over a 100k-statement record.

The record is synthetic and written straight through ``Store.add_article``
(no NLP): articles whose statements have real offsets, dated and undated
statements, speakers quoted with Zipf-like frequency and roles that change
over the years. Each route is timed in-process with FastAPI's test client
over several URLs (first page, deep pages, filters, search, the busiest
speaker), after one warm-up request each.

    python -m eval.bench_web [--statements 100000] [--db PATH] [--rounds 20]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from onrecord.store import StatementQuery, Store
from onrecord.types import Article, ArticleRef, Content, Speaker, Statement, TextSpan

TARGET_P95_MS = 300.0
PER_ARTICLE = 20
TOPICS = ("harbor", "ceasefire", "sanctions", "tariffs", "elections", "pipeline", "budget",
          "border", "vaccine", "treaty", "refugees", "drought", "inflation", "summit")
FIRST = ("Anna", "Ivo", "Tomas", "Rita", "Ben", "Lena", "Omar", "Sara", "Yusuf", "Mei", "Paul",
         "Nadia", "Karl", "Ines", "Jonas", "Ada", "Hugo", "Leila", "Marek", "Zoe")
LAST = ("Keller", "Marran", "Brandt", "Vance", "Ortiz", "Sato", "Haddad", "Novak", "Duarte",
        "Lind", "Okafor", "Reyes", "Petrov", "Aziz", "Moreau", "Quinn")
ROLES = ("foreign minister", "prime minister", "spokesman", "defence minister", "president",
         "ambassador", "senator", "mayor")


@dataclass(frozen=True)
class Route:
    name: str
    urls: tuple[str, ...]


def main(argv: list[str] | None = None) -> None:
    args = _parser().parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "bench-web.db"
        if not db.exists():
            started = time.perf_counter()
            generate(db, args.statements)
            print(f"generated {args.statements} statements in "
                  f"{time.perf_counter() - started:.0f}s -> {db}")
        report(time_routes(db, args.rounds))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--db", help="reuse (or keep) the record here")
    parser.add_argument("--rounds", type=int, default=20, help="requests per route")
    return parser


# ---- the synthetic record ---------------------------------------------------------


def generate(db: Path, statements: int, seed: int = 7) -> None:
    """Write ``statements`` synthetic statements in articles of ``PER_ARTICLE``."""
    rng = random.Random(seed)
    speakers = [f"{f} {last}" for f in FIRST for last in LAST]
    weights = [1 / (rank + 1) for rank in range(len(speakers))]
    publishers = [f"The {w.title()} {kind}" for w in TOPICS for kind in ("Ledger", "Wire")]
    store = Store(db)
    try:
        for number in range(max(1, statements // PER_ARTICLE)):
            published = date(2015, 1, 1) + timedelta(days=rng.randrange(3650))
            who = rng.choices(speakers, weights, k=PER_ARTICLE)
            article, found = _article(rng, number, published, who, rng.choice(publishers))
            store.add_article(article, f"bench-{number}", found, [])
    finally:
        store.close()


def _article(rng: random.Random, number: int, published: date, who: list[str],
             publisher: str) -> tuple[Article, list[Statement]]:
    article_id = f"a{number:07d}"
    ref = ArticleRef(id=article_id, source=f"bench/{number}", title=f"Bench article {number}",
                     published=published.isoformat(), publisher=publisher)
    parts: list[str] = [f"Bench article {number}\n\n"]
    statements = []
    for position, name in enumerate(who):
        offset = sum(len(p) for p in parts)
        content = " ".join(rng.choice(TOPICS) if rng.random() < 0.2 else _word(rng)
                           for _ in range(rng.randint(6, 16)))
        sentence = f'"{content}," {name} said.\n\n'
        parts.append(sentence)
        statements.append(_statement(rng, ref, f"{article_id}-{position}", name, content,
                                     offset, len(sentence) - 2, published))
    article = Article(id=article_id, source=ref.source, text="".join(parts), title=ref.title,
                      author="Bench Writer", published=ref.published, publisher=publisher,
                      language="en", pipeline_version=1, ingested_at="2026-01-01T00:00:00+00:00")
    return article, statements


def _statement(rng: random.Random, ref: ArticleRef, statement_id: str, name: str,
               content: str, offset: int, length: int, published: date) -> Statement:
    content_span = (offset + 1, offset + 1 + len(content))
    cue_start = content_span[1] + 3 + len(name)
    mention_start = content_span[1] + 3
    dated = rng.random() < 0.6
    role_index = (sum(map(ord, name)) + published.year // 3) % len(ROLES)  # changes over time
    role = ROLES[role_index] if rng.random() < 0.7 else None
    return Statement(
        id=statement_id, article=ref, kind=rng.choice(("direct", "direct", "mixed", "indirect")),
        content=Content(text=content, spans=(content_span,)),
        sentence_span=(offset, offset + length),
        cue=TextSpan("said", (cue_start, cue_start + 4)),
        speaker=Speaker(name=name, name_span=(mention_start, mention_start + len(name)),
                        mention=name, mention_span=(mention_start, mention_start + len(name)),
                        role=role, type="person", resolved_by="name"),
        said_on=(published - timedelta(days=rng.randrange(3))).isoformat() if dated else None,
        date_basis="relative" if dated else None,
    )


def _word(rng: random.Random) -> str:
    return "".join(rng.choice("aeioubdfgklmnprstvz") for _ in range(rng.randint(3, 9)))


# ---- timing -----------------------------------------------------------------------


def routes(store: Store) -> list[Route]:
    """The URLs timed for each route: typical and worst cases."""
    first = store.statements(StatementQuery(limit=1))[0]
    busiest = store.actor_summaries(limit=1)[0]["id"]
    some = [s["id"] for s in store.actor_summaries(limit=40)][::8]
    article = store.articles(limit=1, offset=2500)[0]
    publisher = store.publisher_names()[0]
    return [
        Route("/", ("/", "/.json")),
        Route("/statements", (
            "/statements", "/statements?offset=50000", "/statements?q=ceasefire",
            "/statements?q=harbor&since=2019&until=2020-06", "/statements?speaker=Keller",
            f"/statements?kind=indirect&publisher={publisher.replace(' ', '+')}",
            "/statements.json?limit=200")),
        Route("/statements/{id}", (f"/statements/{first.id}", f"/statements/{first.id}.json")),
        Route("/speakers", ("/speakers", "/speakers?offset=200", "/speakers?name=an",
                            "/speakers.json")),
        Route("/speakers/{id}", tuple(f"/speakers/{i}" for i in [busiest, *some]) + (
            f"/speakers/{busiest}.json", f"/speakers/{busiest}?since=2020&until=2021")),
        Route("/articles", ("/articles", "/articles?offset=4000", "/articles?since=2020-02",
                            f"/articles?publisher={publisher.replace(' ', '+')}",
                            "/articles.json")),
        Route("/articles/{id}", (f"/articles/{article.id}", f"/articles/{article.id}.json")),
        Route("/timeline", ("/timeline", "/timeline?" + "&".join(f"speaker={i}" for i in some),
                            "/timeline?since=2021-01&until=2021-03", "/timeline.json")),
    ]


def time_routes(db: Path, rounds: int) -> dict[str, list[float]]:
    from fastapi.testclient import TestClient

    from onrecord.api import create_app

    timings: dict[str, list[float]] = {}
    with TestClient(create_app(db)) as client:
        for route in routes(client.app.state.store):  # type: ignore[attr-defined]
            for url in route.urls:  # warm-up
                _get(client, url)
            timings[route.name] = [_get(client, route.urls[i % len(route.urls)])
                                   for i in range(max(rounds, len(route.urls)))]
    return timings


def _get(client: object, url: str) -> float:
    started = time.perf_counter()
    response = client.get(url)  # type: ignore[attr-defined]
    elapsed = (time.perf_counter() - started) * 1000
    if response.status_code != 200:
        raise SystemExit(f"{url}: HTTP {response.status_code} {response.text[:200]}")
    return elapsed


def report(timings: dict[str, list[float]]) -> None:
    print(f"{'route':<20} {'n':>4} {'p50 ms':>8} {'p95 ms':>8}")
    for name, values in timings.items():
        p50, p95 = percentile(values, 50), percentile(values, 95)
        flag = "" if p95 <= TARGET_P95_MS else f"  over the {TARGET_P95_MS:.0f} ms target"
        print(f"{name:<20} {len(values):>4} {p50:>8.1f} {p95:>8.1f}{flag}")


def percentile(values: list[float], q: float) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


if __name__ == "__main__":
    main()
