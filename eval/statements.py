"""Statement finding on PolNeAR dev: onrecord against textacy's ``direct_quotations``.

``python -m eval.statements`` prints one table. Conventions (see ../shared/data/README.md
and docs/evaluation-statements.md):

- A statement's content is the set of its alphanumeric character positions (all its
  pieces together; a multi-paragraph quote chained by ``continues`` counts as one
  statement). Exact match: equal sets, i.e. equal spans after trimming punctuation and
  whitespace. Overlap match: the two share at least half of the longer one's characters;
  pairs are matched one to one, greedily, best overlap first.
- Kind of a gold statement from its quote marks (double marks, straight or curly, and the
  doubled apostrophe ``''`` some wires use): content that opens and closes with a quote
  mark is direct, content holding a quote mark elsewhere is mixed, else indirect.
- Speaker-mention and cue accuracy: on overlap-matched statements, the predicted span
  matches the gold one by the same overlap rule (no gold source and no prediction counts
  as correct).

Parsed documents are cached with ``DocBin`` under ``.eval-cache/``.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from eval import polnear
from onrecord.nlp.extensions import FoundStatement
from onrecord.nlp.pipeline import load_pipeline
from onrecord.nlp.quotes import find_statements
from onrecord.settings import Settings

CACHE = polnear.ROOT / ".eval-cache"
QUOTE_MARKS = frozenset('"\u201c\u201d\u201e\u00ab\u00bb')
KINDS = ("direct", "mixed", "indirect")
Pieces = list[tuple[int, int]]


@dataclass
class Item:
    """One statement reduced to what the scorer compares."""

    kind: str
    content: frozenset[int]
    cue: frozenset[int] | None
    source: frozenset[int] | None


def alnum_positions(text: str, pieces: Iterable[tuple[int, int]]) -> frozenset[int]:
    return frozenset(i for s, e in pieces for i in range(s, e) if text[i].isalnum())


def kind_of(text: str, pieces: Pieces) -> str:
    content = " ".join(text[s:e] for s, e in sorted(pieces)).strip().replace("''", '"')
    if not content:
        return "indirect"
    opens = content[0] in QUOTE_MARKS
    closes = content[-1] in QUOTE_MARKS or content[-2:-1] in QUOTE_MARKS
    if opens and closes:
        return "direct"
    return "mixed" if any(c in QUOTE_MARKS for c in content) else "indirect"


def _optional(text: str, pieces: Pieces | None) -> frozenset[int] | None:
    chars = alnum_positions(text, pieces or [])
    return chars or None


def gold_items(article: polnear.GoldArticle) -> list[Item]:
    text = article.text
    return [
        Item(
            kind_of(text, a.content),
            alnum_positions(text, a.content),
            _optional(text, a.cue),
            _optional(text, a.source),
        )
        for a in article.attributions
        if alnum_positions(text, a.content)
    ]


def predicted_items(text: str, found: list[FoundStatement]) -> list[Item]:
    """Chains of ``continues`` become one statement."""
    root = list(range(len(found)))
    for i, st in enumerate(found):
        if st.continues is not None and 0 <= st.continues < i:
            root[i] = root[st.continues]
    groups: dict[int, list[FoundStatement]] = {}
    for i, st in enumerate(found):
        groups.setdefault(root[i], []).append(st)
    items = []
    for members in groups.values():
        first = members[0]
        pieces = [p for m in members for p in m.content_spans]
        items.append(
            Item(
                first.kind,
                alnum_positions(text, pieces),
                _optional(text, [first.cue_span] if first.cue_span else None),
                _optional(text, [first.mention_span] if first.mention_span else None),
            )
        )
    return [it for it in items if it.content]


def overlaps(a: frozenset[int] | None, b: frozenset[int] | None) -> bool:
    if not a or not b:
        return not a and not b
    return 2 * len(a & b) >= max(len(a), len(b))


def match(gold: list[Item], pred: list[Item]) -> tuple[list[tuple[int, int]], int]:
    """Overlap pairs (one to one, best first) and the number of exact matches."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            shared = len(g.content & p.content)
            if shared and 2 * shared >= max(len(g.content), len(p.content)):
                pairs.append((shared / max(len(g.content), len(p.content)), gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    matched = []
    for _score, gi, pi in sorted(pairs, reverse=True):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            matched.append((gi, pi))
    exact = len({g.content for g in gold} & {p.content for p in pred})
    return matched, exact


@dataclass
class Tally:
    gold: int = 0
    pred: int = 0
    overlap: int = 0
    exact: int = 0
    speaker_ok: int = 0
    cue_ok: int = 0

    def add_doc(self, gold: list[Item], pred: list[Item], by_kind: dict[str, list[int]]) -> None:
        matched, exact = match(gold, pred)
        self.gold += len(gold)
        self.pred += len(pred)
        self.overlap += len(matched)
        self.exact += exact
        exact_gold = {p.content for p in pred}
        for gi, pi in matched:
            self.speaker_ok += overlaps(gold[gi].source, pred[pi].source)
            self.cue_ok += overlaps(gold[gi].cue, pred[pi].cue)
        matched_gold = {gi for gi, _ in matched}
        for gi, g in enumerate(gold):
            tally = by_kind.setdefault(g.kind, [0, 0, 0])
            tally[0] += 1
            tally[1] += gi in matched_gold
            tally[2] += g.content in exact_gold

    def f1(self, hits: int) -> tuple[float, float, float]:
        p = hits / self.pred if self.pred else 0.0
        r = hits / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(articles: list[polnear.GoldArticle], predictions: list[list[Item]]) -> dict[str, float]:
    tally = Tally()
    by_kind: dict[str, list[int]] = {}
    for article, pred in zip(articles, predictions, strict=True):
        tally.add_doc(gold_items(article), pred, by_kind)
    op, orc, of = tally.f1(tally.overlap)
    ep, er, ef = tally.f1(tally.exact)
    result = {
        "overlap P": op, "overlap R": orc, "overlap F1": of,
        "exact P": ep, "exact R": er, "exact F1": ef,
    }
    for kind in KINDS:
        n, ov, ex = by_kind.get(kind, [0, 0, 0])
        result[f"{kind} R"] = ov / n if n else 0.0
        result[f"{kind} exact R"] = ex / n if n else 0.0
    result["speaker acc"] = tally.speaker_ok / tally.overlap if tally.overlap else 0.0
    result["cue acc"] = tally.cue_ok / tally.overlap if tally.overlap else 0.0
    return result


def parsed_docs(split: str, nlp: Language, articles: list[polnear.GoldArticle]) -> list[Doc]:
    """The model's parse of each article, cached as a DocBin keyed by model and split;
    ``doc.tensor`` (which DocBin leaves out, and the cue model reads) beside it."""
    path = CACHE / f"{Settings.model}-{nlp.meta.get('version', '')}-glued-paragraphs-{split}.spacy"
    tensors = path.with_suffix(".tensors.npz")
    if path.exists() and tensors.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        if [d.text for d in docs] == [a.text for a in articles]:
            with numpy.load(tensors) as saved:
                for i, doc in enumerate(docs):
                    doc.tensor = saved[str(i)].astype("float32")
            return docs
    docs = list(nlp.pipe((a.text for a in articles), batch_size=16))
    CACHE.mkdir(exist_ok=True)
    DocBin(docs=docs).to_disk(path)
    arrays = {str(i): d.tensor.astype("float16") for i, d in enumerate(docs)}
    numpy.savez(tensors, **arrays)  # type: ignore[arg-type]
    return docs


def onrecord_predictions(docs: list[Doc], nlp: Language | None = None) -> list[list[Item]]:
    """``nlp``: the plain spaCy model, to re-read title-case headlines as the component does."""
    return [predicted_items(doc.text, find_statements(doc, nlp)) for doc in docs]


def textacy_predictions(docs: list[Doc]) -> list[list[Item]] | None:
    """textacy 0.13 ``direct_quotations``; on an error, paragraph by paragraph."""
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:
        return None
    return [_textacy_doc(doc, direct_quotations) for doc in docs]


def _textacy_doc(doc: Doc, extract: Callable[[Doc], Iterable]) -> list[Item]:
    try:
        return [_textacy_item(doc.text, q, 0) for q in extract(doc)]
    except ValueError:
        pass
    items = []
    for start, end in _paragraphs(doc.text):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not span.text.strip():
            continue
        try:
            items += [_textacy_item(doc.text, q, span.start_char) for q in extract(span.as_doc())]
        except ValueError:
            continue
    return items


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _textacy_item(text: str, quote, offset: int) -> Item:  # type: ignore[no-untyped-def]
    def chars(tokens) -> frozenset[int] | None:  # type: ignore[no-untyped-def]
        pieces = [(offset + t.idx, offset + t.idx + len(t.text)) for t in tokens]
        return _optional(text, pieces)

    content = chars(list(quote.content))
    return Item("direct", content or frozenset(), chars(quote.cue), chars(quote.speaker))


def print_table(rows: dict[str, dict[str, float]]) -> None:
    keys = list(next(iter(rows.values())).keys())
    print(f"{'':22}" + "".join(f"{name:>12}" for name in rows))
    for key in keys:
        print(f"{key:22}" + "".join(f"{rows[name].get(key, float('nan')):12.3f}" for name in rows))


def main(split: str = "dev") -> int:
    if not polnear.available():
        print("eval.statements: ../shared/data is not here", file=sys.stderr)
        return 0
    articles = polnear.load_split(split)
    nlp = load_pipeline(Settings.model, ())
    docs = parsed_docs(split, nlp, articles)
    started = time.perf_counter()
    rows = {"onrecord": score(articles, onrecord_predictions(docs, nlp))}
    elapsed = time.perf_counter() - started
    baseline = textacy_predictions(docs)
    if baseline is not None:
        rows["textacy"] = score(articles, baseline)
    words = sum(len(d) for d in docs)
    kinds = Counter(g.kind for a in articles for g in gold_items(a))
    print(f"PolNeAR {split}: {len(articles)} articles, {words} tokens, gold "
          + ", ".join(f"{kinds[k]} {k}" for k in KINDS)
          + f"; statement stage {words / elapsed:,.0f} tokens/s over cached parses")
    print_table(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:]))
