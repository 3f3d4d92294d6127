"""The orchestrator: one function that runs onrecord's stages in order.

    1. read      sources.read_inputs      paths, directories, JSONL → raw items
    2. extract   extraction.extract_article  raw item → Article (text + metadata)
    3. nlp       the configured spaCy pipeline (model, then onrecord components)
    4. convert   convert.doc_to_statements / doc_to_timexes   Doc → records
    5. store     Store.add_article        one transaction per article

Bad inputs become "rejected" outcomes and the batch goes on; an article is
either stored whole or not at all.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from onrecord.convert import doc_to_statements, doc_to_timexes
from onrecord.errors import InputError, OnrecordError, PipelineError
from onrecord.extraction import content_hash, extract_article
from onrecord.nlp.extensions import set_dct, set_title
from onrecord.nlp.pipeline import cached_pipeline
from onrecord.settings import Settings
from onrecord.sources import read_inputs
from onrecord.store import Store
from onrecord.types import Article, IngestOutcome, RawItem, Statement, Timex
from onrecord.version import PIPELINE_VERSION

log = logging.getLogger("onrecord")

OnOutcome = Callable[[IngestOutcome], None]


@dataclass(frozen=True)
class Overrides:
    """Metadata the user gives for every input, winning over what is found."""

    url: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    publisher: str | None = None

    def apply(self, item: RawItem) -> RawItem:
        given = {k: v for k, v in vars(self).items() if v is not None}
        return replace(item, **given) if given else item


@dataclass
class _Pending:
    """An extracted article waiting for the NLP stage."""

    article: Article
    hash: str
    analyse: bool


def run_ingest(
    inputs: Iterable[str],
    store: Store,
    settings: Settings,
    *,
    glob: str = "**/*",
    overrides: Overrides | None = None,
    on_outcome: OnOutcome | None = None,
) -> list[IngestOutcome]:
    """Read, extract, analyse and store every input; return one outcome per input."""
    outcomes: list[IngestOutcome] = []

    def record(outcome: IngestOutcome) -> None:
        store.log(outcome)
        outcomes.append(outcome)
        _log_outcome(outcome)
        if on_outcome is not None:
            on_outcome(outcome)

    items = read_inputs(inputs, glob=glob, max_bytes=settings.max_input_bytes)
    pending = _extract_new(items, store, settings, overrides or Overrides(), record)
    with _collecting_rarely():
        for batch in _batches(pending, _articles_per_batch(settings)):
            for outcome in _analyse_and_store(batch, store, settings):
                record(outcome)
    return outcomes


def run_reprocess(store: Store, settings: Settings, *, everything: bool = False,
                  on_outcome: OnOutcome | None = None) -> int:
    """Run the current pipeline again over stored articles processed by an older one."""
    older = None if everything else PIPELINE_VERSION
    articles = store.articles(older_than_version=older)
    pending = [_Pending(a, "", _wants_statements(a, settings)) for a in articles]
    with _collecting_rarely():
        return _reprocess_batches(store, settings, pending, on_outcome)


def _reprocess_batches(store: Store, settings: Settings, pending: list[_Pending],
                       on_outcome: OnOutcome | None) -> int:
    done = 0
    for batch in _batches(iter(pending), _articles_per_batch(settings)):
        for item, result in _analyse(batch, settings):
            if isinstance(result, PipelineError):
                log.warning("%s: not reprocessed (%s)", item.article.source, result.message)
                continue
            statements, timexes = _records(item.article, result)
            store.replace_analysis(item.article.id, PIPELINE_VERSION, statements, timexes)
            done += 1
            if on_outcome is not None:
                on_outcome(IngestOutcome(item.article.source, "stored", item.article.id,
                                         "reprocessed", len(statements)))
    return done


# Objects made per article (tokens, spans, statements) set off the garbage collector's
# passes, and its full passes re-read everything loaded (the model's vocabulary and
# weights): a third of a second over PolNeAR dev's 84 articles at Python's default
# thresholds (700, 10, 10), a twentieth at these. Cycles are still collected.
BULK_GC_THRESHOLDS = (50_000, 20, 20)


@contextmanager
def _collecting_rarely() -> Iterator[None]:
    """During a bulk run the garbage collector runs less often; restored afterwards."""
    before = gc.get_threshold()
    gc.set_threshold(*BULK_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


# ---- stages 1–2: read and extract ---------------------------------------------

def _extract_new(
    items: Iterator[RawItem | InputError], store: Store, settings: Settings,
    overrides: Overrides, record: OnOutcome,
) -> Iterator[_Pending]:
    seen: dict[str, str] = {}
    for item in items:
        if isinstance(item, InputError):
            record(IngestOutcome(item.input_name or "?", "rejected", reason=item.message))
            continue
        try:
            article = extract_article(overrides.apply(item))
        except InputError as exc:
            record(IngestOutcome(item.source, "rejected", reason=exc.message))
            continue
        key = content_hash(article.text)
        existing = seen.get(key) or store.find_by_hash(key)
        if existing:
            record(IngestOutcome(item.source, "duplicate", existing,
                                 "same text as an article already stored"))
            continue
        seen[key] = article.id
        yield _Pending(article, key, _wants_statements(article, settings))


def _wants_statements(article: Article, settings: Settings) -> bool:
    """Statements are extracted for the configured languages, and when the language
    could not be told (short texts), rather than lose them."""
    return article.language is None or article.language in settings.statement_languages


def _articles_per_batch(settings: Settings) -> int:
    """Enough articles to give every worker process a full spaCy batch."""
    return settings.batch_size * max(1, settings.workers)


def _batches(items: Iterator[_Pending], size: int) -> Iterator[list[_Pending]]:
    batch: list[_Pending] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


# ---- stages 3–5: nlp, convert, store ------------------------------------------

def _analyse_and_store(
    batch: list[_Pending], store: Store, settings: Settings
) -> Iterator[IngestOutcome]:
    now = datetime.now(UTC).isoformat(timespec="seconds")
    for item, result in _analyse(batch, settings):
        article = replace(item.article, pipeline_version=PIPELINE_VERSION, ingested_at=now)
        if isinstance(result, PipelineError):
            yield IngestOutcome(article.source, "rejected", reason=result.message)
            continue
        statements, timexes = _records(article, result)
        try:
            store.add_article(article, item.hash, statements, timexes)
        except OnrecordError as exc:
            yield IngestOutcome(article.source, "rejected", reason=exc.message)
            continue
        reason = None if item.analyse else f"language {article.language}: no statements extracted"
        yield IngestOutcome(article.source, "stored", article.id, reason, len(statements))


Analysed = Doc | PipelineError | None


def _records(article: Article, doc: Doc | None) -> tuple[list[Statement], list[Timex]]:
    if doc is None:
        return [], []
    return doc_to_statements(doc, article), doc_to_timexes(doc)


def _analyse(batch: list[_Pending], settings: Settings) -> Iterator[tuple[_Pending, Analysed]]:
    """Each item with its analysed Doc, None when its language is not analysed,
    or the error that stopped the pipeline on it."""
    wanted = [item for item in batch if item.analyse]
    results: dict[int, Analysed] = {}
    if wanted:
        nlp = cached_pipeline(settings.model, settings.components)
        results = dict(zip((id(i) for i in wanted), _pipe(nlp, wanted, settings), strict=True))
    for item in batch:
        yield item, results.get(id(item))


# The shared tok2vec runs fastest on a couple of Docs at a time (its activations stay in
# the processor's cache): on one core over PolNeAR dev, 1.55 s at 2 Docs against 1.8 s at
# 16 and 3.0 s at 64. The parser's listener reads ``doc.tensor``, so the other components
# keep ``Settings.batch_size`` (at 64 the parser gains 0.1 s, the entity recogniser, with
# a tok2vec of its own, loses 0.6 s).
TOK2VEC_BATCH_SIZE = 2


def _pipe(nlp: Language, items: list[_Pending], settings: Settings) -> list[Analysed]:
    too_long = [len(i.article.text) > nlp.max_length for i in items]
    docs = [_make_doc(nlp, i.article) for i, long in zip(items, too_long, strict=True)
            if not long]
    options: dict[str, Any] = {"batch_size": settings.batch_size}
    if "tok2vec" in nlp.pipe_names:
        options["component_cfg"] = {"tok2vec": {"batch_size": TOK2VEC_BATCH_SIZE}}
    if settings.workers > 1:
        options["n_process"] = settings.workers
    try:
        done: list[Analysed] = list(nlp.pipe(docs, **options))
    except Exception:  # one text breaking a component must not sink the whole batch
        done = [_one(nlp, doc) for doc in docs]
    analysed = iter(done)
    return [_too_long(nlp) if long else next(analysed) for long in too_long]


def _one(nlp: Language, doc: Doc) -> Analysed:
    try:
        return nlp(doc)
    except Exception as exc:
        return PipelineError(f"the NLP pipeline failed on this article: {exc}")


def _too_long(nlp: Language) -> PipelineError:
    return PipelineError(f"article longer than {nlp.max_length} characters, too long to analyse")


def _make_doc(nlp: Language, article: Article) -> Doc:
    doc = nlp.make_doc(article.text)
    set_dct(doc, article.published)
    set_title(doc, article.title)
    return doc


def _log_outcome(outcome: IngestOutcome) -> None:
    message = f"{outcome.input}: {outcome.outcome}"
    if outcome.reason:
        message += f" ({outcome.reason})"
    log.info(message)
