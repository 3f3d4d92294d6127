"""Temporal expressions: find them and normalise them to TIMEX3.

``find_timexes(doc_or_text, dct)`` is a pure function. It works in three steps:

1. every rule in ``RULES`` (a regular expression plus a resolver) proposes
   candidate spans; overlapping candidates are settled longest first;
2. the kept spans are resolved in text order: absolute dates stand alone,
   relative ones ("yesterday", "last March", "on Tuesday") resolve against the
   document creation date (DCT), anaphoric ones ("the next day", "that
   evening", "a week later") against the most recent date the text itself
   established (the *narrative anchor*), falling back to the DCT;
3. each resolved expression becomes a ``FoundTimex`` whose ``anchor`` says what
   it was resolved against (``None``, ``"dct"`` or ``"narrative"``) and whose
   ``extra["gran"]`` holds its granularity.

Without a DCT nothing is invented: parts that need it stay ``X``
(``XXXX-01-24``, ``XXXX-WXX-2``). The registered component ``onrecord_timex``
reads the DCT from ``doc._.dct`` and stores the result with ``set_timexes``.
"""

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from onrecord import types
from onrecord.nlp.extensions import FoundTimex, doc_text, set_timexes
from onrecord.nlp.pipeline import cached_pipeline
from onrecord.nlp.timex_context import Context
from onrecord.nlp.timex_points import Point, parse_dct, render
from onrecord.nlp.timex_rules import RULES, Rule
from onrecord.nlp.timex_scan import folded, need_starts, windows
from onrecord.settings import Settings

# ------------------------------------------------------------------ finding


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    priority: int
    match: re.Match[str]
    rule: Rule


def find_timexes(doc_or_text: Doc | str, dct: str | None) -> list[FoundTimex]:
    """Every temporal expression in the text, normalised; ``dct`` is ``YYYY-MM-DD`` or None."""
    text = doc_text(doc_or_text) if isinstance(doc_or_text, Doc) else doc_or_text
    doc = doc_or_text if isinstance(doc_or_text, Doc) else None
    ctx = Context(text=text, dct=parse_dct(dct), anchors=[], doc=doc)
    found = []
    for cand in _select(_candidates(text)):
        timex = _resolve(cand, ctx)
        if timex is not None:
            found.append(timex)
    return found




def _candidates(text: str) -> Iterator[_Candidate]:
    low = folded(text)
    written: dict[str, list[int]] = {}  # where each need word is written, found once per text
    for priority, rule in enumerate(RULES):
        for m in _matches(rule, text, low, written):
            start, end = _trim(text, m.start(), m.end())
            if end > start:
                yield _Candidate(start, end, priority, m, rule)


def _matches(rule: Rule, text: str, low: str | None, written: dict[str, list[int]]
             ) -> Iterator[re.Match[str]]:
    """What ``rule.pattern.finditer(text)`` finds, run only where it can match (see
    ``timex_scan``): the whole-text scans cost most of the stage."""
    if rule.needs is None or low is None:
        yield from rule.pattern.finditer(text)
        return
    starts = need_starts(low, rule.need_words, written)
    if rule.barriers is None:
        if starts:
            yield from rule.pattern.finditer(text)
        return
    for start, end in windows(text, starts, rule.barriers):
        yield from rule.pattern.finditer(text, start, end)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " \t\n,":
        end -= 1
    return start, end


def _select(cands: Iterable[_Candidate]) -> list[_Candidate]:
    """Longest first (earlier rule on ties), without overlaps, back in text order."""
    taken: list[_Candidate] = []
    for c in sorted(cands, key=lambda c: (c.start - c.end, c.priority, c.start)):
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    return sorted(taken, key=lambda c: c.start)


def _resolve(cand: _Candidate, ctx: Context) -> FoundTimex | None:
    resolved = cand.rule.resolve(cand.match, ctx)
    if resolved is None:
        return None
    typ, value, anchor = resolved
    extra: dict[str, str] = {"rule": cand.rule.name}
    if isinstance(value, Point):
        extra["gran"] = value.gran
        if typ in ("DATE", "TIME") and (value.year, value.month) != (None, None):
            ctx.anchors.append(value)
        value = render(value)
    return FoundTimex(cand.start, cand.end, typ, value, anchor, extra)


def timex_records(text: str, dct: str | None, nlp: Language | None = None) -> list[types.Timex]:
    """The temporal expressions of ``text`` as export records (what ``onrecord timex`` prints).

    ``text`` is parsed with ``nlp`` (by default the configured spaCy model, loaded once)
    so that tense can decide between the last and the next "Tuesday"; offsets index
    ``text`` itself.
    """
    if nlp is None:
        nlp = cached_pipeline(Settings().model, ())
    doc = nlp(text)
    return [
        types.Timex(t.start, t.end, text[t.start:t.end], t.type, t.value)  # type: ignore[arg-type]
        for t in find_timexes(doc, dct)
    ]


# ----------------------------------------------------------------- component


class TimexTagger:
    """Registered as ``onrecord_timex``: runs ``find_timexes`` with ``doc._.dct``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        set_timexes(doc, find_timexes(doc, doc._.dct))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory("onrecord_timex", assigns=["doc._.onrecord_timexes"], requires=[])
def make_timex_tagger(nlp: Language, name: str) -> TimexTagger:
    return TimexTagger(nlp, name)
