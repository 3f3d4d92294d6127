"""Statement dates against the hand-labelled PolNeAR dev layer (``eval/data/date_layer.jsonl``).

Each labelled attribution has the date a careful reader gives the statement
(``said_on``: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; null when the text gives
none). Two measurements:

- **pipeline**: the full onrecord pipeline (statements, speakers, timex,
  dating) runs on each article with its publication date as DCT; an attribution
  counts as correct when a found statement overlaps its gold content (at least
  half of the longer span's characters, matched one to one as in
  ``eval.speakers``, a quotation chained by ``continues`` as one statement) and
  that statement's ``said_on`` equals the gold (null == null counts); a missed
  statement counts wrong.
- **gold statements**: the dating stage alone, given the gold attributions as
  statements (content, cue and source spans, speakers resolved by the speakers
  stage as in the pipeline), so that its accuracy does not depend on how many
  statements the statement finder gets.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from eval import polnear
from eval.speakers import overlap_match
from onrecord.nlp.dating import date_statements
from onrecord.nlp.extensions import FoundStatement, get_statements, set_dct
from onrecord.nlp.pipeline import load_pipeline
from onrecord.nlp.speakers import resolve_speakers
from onrecord.nlp.timex import find_timexes
from onrecord.settings import Settings

LAYER = Path(__file__).resolve().parent / "data" / "date_layer.jsonl"
COMPONENTS = ("onrecord_timex", "onrecord_statements", "onrecord_speakers", "onrecord_dating")

Offsets = tuple[int, int]


def load_layer() -> dict[tuple[str, str], str | None]:
    rows = [json.loads(line) for line in LAYER.read_text(encoding="utf-8").splitlines() if line]
    return {(r["file"], r["attribution"]): r["said_on"] for r in rows}


def accuracy(
    gold: dict[tuple[str, str], str | None],
    articles: Iterable[polnear.GoldArticle],
    found: dict[str, list[FoundStatement]],
) -> tuple[int, int, int]:
    """(correct, matched, total) over the labelled attributions."""
    correct = matched = total = 0
    for article in articles:
        statements = found.get(article.name, [])
        pairs = overlap_match(article.attributions, statements)
        for attribution in article.attributions:
            key = (article.name, attribution.id)
            if key not in gold:
                continue
            total += 1
            j = pairs.get(attribution.id)
            if j is not None:
                matched += 1
                correct += statements[j].said_on == gold[key]
    return correct, matched, total


def run_pipeline(nlp: Language, articles: list[polnear.GoldArticle]) -> dict[str, list]:
    docs = []
    for article in articles:
        doc = nlp.make_doc(article.text)
        set_dct(doc, article.published)
        docs.append(doc)
    return {a.name: get_statements(d) for a, d in zip(articles, nlp.pipe(docs), strict=True)}


def gold_statements(doc: Doc, article: polnear.GoldArticle) -> list[FoundStatement]:
    """The gold attributions as the statement stage would hand them over."""
    found = []
    for at in article.attributions:
        first = doc.char_span(at.content[0][0], at.content[0][1], alignment_mode="expand")
        if first is None or len(first) == 0:
            continue
        sent = first[0].sent
        cue = (at.cue[0][0], at.cue[-1][1]) if at.cue else None
        mention = (at.source[0][0], at.source[-1][1]) if at.source else None
        found.append(FoundStatement(
            kind="indirect", content_spans=list(at.content), cue_span=cue, mention_span=mention,
            sentence_span=(min(sent.start_char, cue[0] if cue else sent.start_char),
                           max(sent.end_char, cue[1] if cue else sent.end_char)),
        ))
    return found


def run_gold(nlp: Language, articles: list[polnear.GoldArticle]) -> dict[str, list]:
    out = {}
    for article in articles:
        doc = nlp(article.text)
        timexes = find_timexes(doc, article.published)
        resolved = resolve_speakers(doc, gold_statements(doc, article))
        out[article.name] = date_statements(doc, resolved, timexes, article.published)
    return out


def report(name: str, scores: tuple[int, int, int]) -> str:
    correct, matched, total = scores
    acc = correct / total if total else 0.0
    on_matched = correct / matched if matched else 0.0
    return (f"| {name} | {total} | {matched} | {correct} | {acc:.3f} | {on_matched:.3f} |")


def main() -> None:
    if not polnear.available() or not LAYER.exists():
        print("eval.statement_dates: PolNeAR or the date layer is not here; skipped",
              file=sys.stderr)
        return
    gold = load_layer()
    wanted = {name for name, _ in gold}
    articles = [a for a in polnear.load_split("dev") if a.name in wanted]
    dated = sum(v is not None for v in gold.values())
    print(f"{len(gold)} labelled attributions in {len(articles)} articles, {dated} with a date")
    print("| statements from | labelled | matched | correct | accuracy | accuracy on matched |")
    print("|---|---|---|---|---|---|")
    nlp = load_pipeline(Settings().model, ())
    print(report("gold attributions (dating alone)", accuracy(gold, articles,
                                                               run_gold(nlp, articles))))
    try:
        full = load_pipeline(Settings().model, COMPONENTS)
    except Exception as exc:  # noqa: BLE001 - report, do not hide, a broken stage
        print(f"| onrecord pipeline | - | - | - | failed to load: {exc!r} | - |")
        return
    print(report("onrecord pipeline", accuracy(gold, articles, run_pipeline(full, articles))))


if __name__ == "__main__":
    main()
