"""Temporal expressions against TimeBank and AQUAINT (TempEval-3, TBAQ-cleaned).

Develop on ``timebank/``; ``aquaint/`` is held out and only measured. Each system
sees a document's text and its DCT. Scores follow TempEval-3: strict span
P/R/F1 (exact offsets), relaxed span P/R/F1 (overlap, one-to-one greedy), value
accuracy over relaxed matches and value F1 (a relaxed match with the gold
value counts; precision over the system's expressions, recall over the gold).

``dateparser.search.search_dates`` runs the same way as a baseline: its
matches are located in the text in order, and each datetime is written as a
TIMEX3 day (``YYYY-MM-DD``), or a time when it carries a clock time, since it
does not say which granularity it meant.
"""

from __future__ import annotations

import json
import re
import sys
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from onrecord.nlp.timex import timex_records

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "timebank"
SPLITS = ("timebank", "aquaint")

Span = tuple[int, int, str]  # start, end, value
System = Callable[[str, str], list[Span]]


@dataclass
class Scores:
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    value_decade: int = 0

    def add(self, other: Scores) -> None:
        for name in ("gold", "predicted", "strict", "relaxed", "value", "value_decade"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def prf(self, hits: int) -> tuple[float, float, float]:
        p = hits / self.predicted if self.predicted else 0.0
        r = hits / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def available() -> bool:
    return (DATA / "timebank").is_dir()


def load(split: str) -> list[tuple[str, str, list[Span]]]:
    """(text, dct, gold spans) per document of ``split``."""
    docs = []
    for path in sorted((DATA / split).glob("*.json")):
        meta = json.loads(path.read_text(encoding="utf-8"))
        text = path.with_suffix(".txt").read_bytes().decode("utf-8")
        gold = [(t["start"], t["end"], t["value"]) for t in meta["timexes"]]
        docs.append((text, meta["dct"], gold))
    return docs


def score(gold: list[Span], predicted: list[Span]) -> Scores:
    s = Scores(gold=len(gold), predicted=len(predicted))
    s.strict = len({g[:2] for g in gold} & {p[:2] for p in predicted})
    used: set[int] = set()
    for g in gold:
        for i, p in enumerate(predicted):
            if i not in used and p[0] < g[1] and g[0] < p[1]:
                used.add(i)
                s.relaxed += 1
                s.value += p[2] == g[2]
                s.value_decade += p[2] == g[2] or same_decade(p[2], g[2])
                break
    return s


def same_decade(a: str, b: str) -> bool:
    """``199X`` and ``199`` name the same decade (the only equivalence the scorer allows)."""
    return re.fullmatch(r"\d{3}X?", a) is not None and re.fullmatch(r"\d{3}X?", b) is not None \
        and a[:3] == b[:3]


def onrecord_system(text: str, dct: str) -> list[Span]:
    """As ``onrecord timex`` runs: the text parsed by the configured model, then the rules."""
    return [(t.start, t.end, t.value) for t in timex_records(text, dct)]


def dateparser_system(text: str, dct: str) -> list[Span]:
    from dateparser.search import search_dates

    base = datetime.fromisoformat(dct)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
    spans, cursor = [], 0
    for surface, when in found:
        start = text.find(surface, cursor)
        if start < 0:
            continue
        cursor = start + len(surface)
        value = when.strftime("%Y-%m-%dT%H:%M") if (when.hour, when.minute) != (
            base.hour, base.minute) else when.strftime("%Y-%m-%d")
        spans.append((start, cursor, value))
    return spans


def evaluate(split: str, system: System, half: int | None = None) -> Scores:
    """Scores over ``split``, or over one half of it: ``half`` 0 (documents 0, 2, 4 … in
    sorted file order, the half rules are developed on) or 1 (1, 3, 5 …, the check half)."""
    total = Scores()
    for i, (text, dct, gold) in enumerate(load(split)):
        if half is None or i % 2 == half:
            total.add(score(gold, system(text, dct)))
    return total


def halves(split: str = "timebank") -> None:
    """Rows for the two halves of ``split`` (develop on half 0, check each change on half 1)."""
    for half in (0, 1):
        print(row("onrecord", f"{split} half {half}", evaluate(split, onrecord_system, half)))


def row(name: str, split: str, s: Scores) -> str:
    sp, sr, sf = s.prf(s.strict)
    rp, rr, rf = s.prf(s.relaxed)
    _, _, vf = s.prf(s.value)
    _, _, df = s.prf(s.value_decade)
    acc = s.value / s.relaxed if s.relaxed else 0.0
    return (f"| {split} | {name} | {sp:.3f} | {sr:.3f} | {sf:.3f} | {rp:.3f} | {rr:.3f} "
            f"| {rf:.3f} | {acc:.3f} | {vf:.3f} | {df:.3f} |")


def main(splits: tuple[str, ...] = SPLITS, baseline: bool = True) -> None:
    if not available():
        print("eval.timex: ../shared/data/timebank is not here; skipped", file=sys.stderr)
        return
    print("| split | system | strict P | strict R | strict F1 | relaxed P | relaxed R "
          "| relaxed F1 | value acc | value F1 | value F1 (decades) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    systems: list[tuple[str, System]] = [("onrecord", onrecord_system)]
    if baseline:
        systems.append(("dateparser.search_dates", dateparser_system))
    for split in splits:
        for name, system in systems:
            print(row(name, split, evaluate(split, system)), flush=True)


if __name__ == "__main__":
    main()
