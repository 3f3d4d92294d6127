"""Read PolNeAR (brat standoff) from ../shared/data/polnear in place.

Shared by the statement, speaker and statement-date evaluations.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "polnear"
LINE_START = re.compile(r"^[TEARN#]\d+\t")

Offsets = tuple[int, int]


@dataclass
class GoldAttribution:
    id: str  # the E<n> id
    content: list[Offsets]
    cue: list[Offsets] = field(default_factory=list)
    source: list[Offsets] = field(default_factory=list)


@dataclass
class GoldArticle:
    name: str
    split: str
    text: str
    published: str | None
    publisher: str
    attributions: list[GoldAttribution]


def available() -> bool:
    return (DATA / "dev" / "text").is_dir()


def read_metadata() -> dict[str, dict[str, str]]:
    with open(DATA / "metadata.tsv", encoding="utf-8") as f:
        return {row["filename"]: row for row in csv.DictReader(f, delimiter="\t")}


def _logical_lines(raw: str) -> list[str]:
    """Join continuation lines (span texts can hold newlines)."""
    lines: list[str] = []
    for line in raw.split("\n"):
        if LINE_START.match(line) or not lines:
            lines.append(line)
        else:
            lines[-1] += "\n" + line
    return [line for line in lines if line.strip()]


def _offsets(field_text: str) -> list[Offsets]:
    _type, _, rest = field_text.partition(" ")
    pieces = []
    for piece in rest.split(";"):
        start, end = piece.split()[:2]
        pieces.append((int(start), int(end)))
    return pieces


def parse_ann(raw: str) -> list[GoldAttribution]:
    spans: dict[str, list[Offsets]] = {}
    events: list[tuple[str, dict[str, str]]] = []
    for line in _logical_lines(raw):
        parts = line.split("\t")
        if line.startswith("T"):
            spans[parts[0]] = _offsets(parts[1])
        elif line.startswith("E"):
            args = dict(a.split(":", 1) for a in parts[1].split())
            events.append((parts[0], args))
    result = []
    for eid, args in events:
        content = [s for key in ("Content", "Content2") if key in args for s in spans[args[key]]]
        if not content:
            continue
        result.append(
            GoldAttribution(
                id=eid,
                content=sorted(content),
                cue=spans.get(args.get("Cue", ""), []),
                source=spans.get(args.get("Source", ""), []),
            )
        )
    return result


def load_split(split: str = "dev", limit: int | None = None) -> list[GoldArticle]:
    meta = read_metadata()
    articles = []
    for path in sorted((DATA / split / "text").glob("*.txt"))[:limit]:
        name = path.stem
        ann_files = sorted((DATA / split / "attributions").glob(f"{name}_*.ann"))
        raw = ann_files[0].read_text(encoding="utf-8") if ann_files else ""
        row = meta.get(name, {})
        articles.append(
            GoldArticle(
                name=name,
                split=split,
                text=path.read_text(encoding="utf-8"),
                published=row.get("publication_date") or None,
                publisher=row.get("publisher", ""),
                attributions=parse_ann(raw),
            )
        )
    return articles


# The articles of the hand-labelled dev layer (speakers, roles, statement dates):
# two or three per publisher, chosen by sorted name order.
DEV_LAYER_ARTICLES: tuple[str, ...] = (
    "breitbart_2016-09-25_pence-gennifer-flowers-won-t-be-",
    "breitbart_2016-09-29_politifact-donald-trump-is-right",
    "huff-post_2016-09-16_black-lawmakers-rip-donald-trump",
    "huff-post_2016-09-20_hillary-clinton-speaks-directly-",
    "nyt_2016-09-28_what-mexico-could-do-when-up-aga",
    "nyt_2016-10-04_in-avoiding-tax-trump-is-merely-",
    "politico_2016-09-08_flynn-says-trump-absolutely-righ",
    "politico_2016-09-15_trump-s-favorite-tv-doctor-has-a",
    "usa-today_2016-09-08_lawmaker-urges-retaliation-on-ru",
    "usa-today_2016-09-08_laws-don-t-apply-equially-to-cli",
    "wash-post_2016-09-21_mixed-messages-on-trump-leave-pl",
    "wash-post_2016-09-25_federal-court-rules-against-ohio",
    "wash-post_2016-09-26_charlotte-struggles-to-return-to",
    "west-journal_2016-09-12_obama-seeks-more-muslim-refugees",
    "west-journal_2016-09-14_clinton-hid-past-health-problems",
)
