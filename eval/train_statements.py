"""Train the statement cue model on PolNeAR train: ``python -m eval.train_statements``.

For every token whose form or lemma heads gold cues in train, and for each of its
relations (``onrecord.nlp.cues.relations``), one example: its features
(``onrecord.nlp.cues.features``, plus ``context_features`` for the content model, and
the parser's vectors, ``dense``), whether the
relation's region was the content (mostly inside the gold content) and whether it was
the source (covering the gold source) of an attribution that token cues; for regions
that are mostly content, whether each child at their edge falls outside it. Three
logistic regressions (scikit-learn, training only) learn them; their weights are
written to ``src/onrecord/nlp/data/statement_cues.json`` (see its MODEL_CARD.md).

The vetting model (``onrecord.nlp.statements_vet``) learns from the candidate
attributions that content and source models fitted on one half of train find in the
other half (so that their scores are as unsure as on new text): a candidate is right
when its content overlaps a gold attribution's as the scorer counts it and its cue
token lies in that attribution's cue. ``--vet-only`` refits only this model over the
shipped cue model.

On one core: about 2 minutes to parse train the first time (cached with its tensors
in ``.eval-cache/``), then about 3 minutes to fit, and 2.5 more for the vetting model.
The content threshold and the content model's L2 strength were chosen by 2-fold
cross-validation on train, the others on dev.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from spacy.tokens import Doc

from eval import polnear
from eval.statements import alnum_positions, overlaps, parsed_docs
from onrecord.nlp.cues import (
    MODEL_FILE,
    CueModel,
    context_features,
    cue_form,
    cue_view,
    dense,
    edge_children,
    edge_features,
    features,
    quote_tokens,
    relations,
)
from onrecord.nlp.pipeline import load_pipeline
from onrecord.nlp.quotes import quoted_spans
from onrecord.nlp.statements_parse import (
    ParsedAttribution,
    _holders,
    _paragraph_numbers,
    candidate_attributions,
)
from onrecord.nlp.statements_vet import vet_features
from onrecord.settings import Settings

OUT = polnear.ROOT / "src" / "onrecord" / "nlp" / "data" / MODEL_FILE
MIN_CUE_COUNT = 2  # forms seen as a cue head fewer times are left out
MIN_CUE_RATE = 0.01  # … or heading a cue in fewer of their occurrences
THRESHOLD = 0.2  # content probability; chosen with CONTENT_C by 2-fold cross-validation on train
SOURCE_THRESHOLD = 0.1  # source probability; chosen on dev
COMPANION_RATIO = 0.5  # a second content region must score half the best one; chosen on dev
QUOTED_THRESHOLD = 0.1  # content holding a quotation; chosen on dev
C = 1.0  # inverse L2 strength of the shed model; chosen on dev
CONTENT_C = 0.5  # … of the content model; chosen with THRESHOLD (cross-validation)
SOURCE_C = 0.3  # … of the source model; chosen on dev
MIN_WEIGHT = 0.03  # smaller weights are dropped from the shipped file
CONTENT_MIN_WEIGHT = 0.05  # … 0.05 for the content model (keeps the file under 5 MB)
CANDIDATE_THRESHOLD = 0.05  # content probability of a candidate the vetting model sees; on dev
VET_THRESHOLD = 0.35  # vetting probability; chosen on dev (0.3-0.4 tried)
VET_C = 0.1  # inverse L2 strength of the vetting model; chosen on dev (0.1, 0.3, 1 tried)
CONTENT_PRECISION = 0.8  # share of a region's characters inside the gold content
CONTENT_COVER = 0.15  # share of the gold content a region must cover


def cue_heads(doc: Doc, article: polnear.GoldArticle) -> dict[int, list[polnear.GoldAttribution]]:
    """Token index of each gold cue's syntactic head → the attributions it cues."""
    heads: dict[int, list[polnear.GoldAttribution]] = defaultdict(list)
    for attribution in article.attributions:
        if not attribution.cue:
            continue
        span = doc.char_span(*attribution.cue[0], alignment_mode="expand")
        if span is not None and len(span):
            heads[span.root.i].append(attribution)
    return heads


def candidate_forms(docs: list[Doc], gold: list[dict[int, list]], key=cue_form) -> list[str]:  # type: ignore[no-untyped-def]
    """Forms (or lemmas, with ``key``) heading a gold cue at least ``MIN_CUE_COUNT`` times
    and in ``MIN_CUE_RATE`` of their occurrences."""
    cues: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for doc, heads in zip(docs, gold, strict=True):
        cues.update(key(doc[i]) for i in heads)
        seen.update(key(t) for t in doc)
    return sorted(f for f, n in cues.items() if n >= MIN_CUE_COUNT and n / seen[f] >= MIN_CUE_RATE)


def _lemma(token) -> str:  # type: ignore[no-untyped-def]
    return str(token.lemma_.lower())


def examples(docs: list[Doc], articles: list[polnear.GoldArticle], model: CueModel):  # type: ignore[no-untyped-def]
    """(features, is content, is source, shed examples, vector) for every relation of
    every candidate token."""
    for doc, article in zip(docs, articles, strict=True):
        heads = cue_heads(doc, article)
        quotes = quote_tokens(doc)
        for token in doc:
            if model.is_candidate(token):
                yield from _token_examples(doc, token, heads.get(token.i, []), article.text, quotes)


def _token_examples(doc, token, attributions, text, quotes):  # type: ignore[no-untyped-def]
    gold = [
        (alnum_positions(text, a.content), alnum_positions(text, a.source)) for a in attributions
    ]
    view = cue_view(token, token.sent)
    for rel in relations(token, token.sent):
        region = alnum_positions(
            text, [(doc[s].idx, doc[e - 1].idx + len(doc[e - 1])) for s, e in rel.pieces]
        )
        if not region:
            continue
        is_content = any(_is_content(region, c) for c, _s in gold)
        is_source = any(
            s and 2 * len(region & s) >= len(s) and 2 * len(region & s) >= len(region)
            for _c, s in gold
        )
        sheds = list(_shed_examples(doc, text, token, rel, region, gold))
        shared = features(token, rel, quotes, view)
        feats = (shared + context_features(token, rel, token.sent, view), shared)
        yield feats, is_content, is_source, sheds, dense(token, rel)


def _shed_examples(doc, text, token, rel, region, gold):  # type: ignore[no-untyped-def]
    """(features, shed?) for the edge children of a region that is mostly content
    (a third of it at least): shed when nearly all outside the gold content, kept when
    nearly all inside; unclear ones skipped."""
    content: frozenset[int] = max(
        (c for c, _s in gold), key=lambda c: len(c & region), default=frozenset()
    )
    if 3 * len(content & region) < len(region) or 3 * len(content & region) < len(content):
        return
    for child, side in edge_children(rel, doc):
        chars = alnum_positions(text, [(doc[child.left_edge.i].idx,
                                        child.right_edge.idx + len(child.right_edge))])
        if not chars:
            continue
        inside = len(chars & content) / len(chars)
        if inside <= 0.2 or inside >= 0.8:
            yield edge_features(token, rel, child, side), inside <= 0.2


def _is_content(region: frozenset[int], gold: frozenset[int]) -> bool:
    inside = len(region & gold)
    return inside >= CONTENT_PRECISION * len(region) and inside >= CONTENT_COVER * len(gold)


def fit(  # type: ignore[no-untyped-def]
    feats: list[list[str]], labels: list[bool], vectors=None, c: float = C,
    min_weight: float = MIN_WEIGHT,
) -> dict[str, object]:
    """L2 logistic regression over named features (kept as a sparse feature → weight
    dict) and, when given, dense vectors (kept as one list of weights)."""
    import numpy
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([dict.fromkeys(f, 1) for f in feats])
    width = len(vectors[0]) if vectors is not None and len(vectors[0]) else 0
    if width:
        x = hstack([x, csr_matrix(numpy.vstack(vectors))]).tocsr()
    model = LogisticRegression(C=c, max_iter=3000, solver="lbfgs")
    model.fit(x, labels)
    coef = model.coef_[0]
    names = vectorizer.get_feature_names_out()
    weights = {
        str(n): round(float(w), 3)
        for n, w in zip(names, coef[: len(names)], strict=True)
        if abs(w) >= min_weight
    }
    fitted: dict[str, object] = {"bias": round(float(model.intercept_[0]), 4), "weights": weights}
    if width:
        fitted["dense"] = [round(float(w), 4) for w in coef[len(names) :]]
    return fitted


def fit_vet(docs: list[Doc], articles: list[polnear.GoldArticle], rows: list[list],  # type: ignore[type-arg]
            model: dict[str, object]) -> dict[str, object]:
    """The vetting model, from the candidates that content and source models fitted on
    one half of train find in the other half. ``rows``: each article's ``examples``;
    ``model``: the cue model whose candidates, thresholds and shed model they share."""
    feats: list[dict[str, float]] = []
    labels: list[bool] = []
    for half in (0, 1):
        fitted = [r for a, article_rows in enumerate(rows) if a % 2 != half for r in article_rows]
        vectors = [r[4] for r in fitted]
        fold = CueModel({**model, "vet": None,
                         "content": fit([r[0][0] for r in fitted], [r[1] for r in fitted], vectors,
                                        CONTENT_C, CONTENT_MIN_WEIGHT),
                         "source": fit([r[0][1] for r in fitted], [r[2] for r in fitted], vectors,
                                       SOURCE_C)})
        fold.candidate_threshold = CANDIDATE_THRESHOLD
        for doc, article in list(zip(docs, articles, strict=True))[half::2]:
            found_feats, found_labels = _vet_examples(doc, article, fold)
            feats += found_feats
            labels += found_labels
    return fit_dicts(feats, labels, VET_C)


def _vet_examples(doc: Doc, article: polnear.GoldArticle, model: CueModel
                  ) -> tuple[list[dict[str, float]], list[bool]]:
    """The vetting features of each candidate the fold's model finds, and whether it is
    right: its content overlaps a gold attribution's as the scorer counts it, and its
    cue token lies in that attribution's cue."""
    text = article.text
    quoted = [(q.start, q.end) for q in quoted_spans(text) if q.closed]
    found = candidate_attributions(doc, model, quoted)
    feats = vet_features(doc, found, _holders(doc, found), quoted, _paragraph_numbers(doc))
    gold = [(alnum_positions(text, a.content), alnum_positions(text, a.cue))
            for a in article.attributions]
    return feats, [_is_right(doc, text, a, gold) for a in found]


def _is_right(doc: Doc, text: str, attribution: ParsedAttribution,
              gold: list[tuple[frozenset[int], frozenset[int]]]) -> bool:
    content = alnum_positions(text, attribution.content)
    token = doc[attribution.cue]
    cue = set(range(token.idx, token.idx + len(token)))
    return bool(content) and any(overlaps(content, g) and cue & c for g, c in gold)


def fit_dicts(feats: list[dict[str, float]], labels: list[bool], c: float) -> dict[str, object]:
    """L2 logistic regression over named numbers (a category is a name worth 1)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(feats)
    model = LogisticRegression(C=c, max_iter=5000, solver="lbfgs").fit(x, labels)
    names = vectorizer.get_feature_names_out()
    weights = {str(n): round(float(w), 4) for n, w in zip(names, model.coef_[0], strict=True)
               if abs(w) >= 0.001}
    return {"bias": round(float(model.intercept_[0]), 4), "weights": weights}


def main(out: Path = OUT, vet_only: bool = False) -> int:
    if not polnear.available():
        print("train_statements: ../shared/data is not here", file=sys.stderr)
        return 1
    started = time.perf_counter()
    articles = polnear.load_split("train")
    nlp = load_pipeline(Settings.model, ())
    docs = parsed_docs("train", nlp, articles)
    if vet_only:  # the shipped cue model, with a new vetting model
        model = json.loads(out.read_text(encoding="utf-8"))
    else:
        gold = [cue_heads(doc, a) for doc, a in zip(docs, articles, strict=True)]
        forms = candidate_forms(docs, gold)
        lemmas = candidate_forms(docs, gold, key=_lemma)
        model = {"about": "onrecord statement cue model, trained on PolNeAR v1.0.0 train",
                 "model": Settings.model, "candidates": forms, "candidate_lemmas": lemmas}
    selector = CueModel({**model, "content": {}, "source": {}})
    rows = [list(examples([doc], [article], selector))
            for doc, article in zip(docs, articles, strict=True)]
    every = [r for article_rows in rows for r in article_rows]
    vectors = [r[4] for r in every]
    if not vet_only:
        model.update({
            "threshold": THRESHOLD,
            "source_threshold": SOURCE_THRESHOLD,
            "companion_ratio": COMPANION_RATIO,
            "quoted_threshold": QUOTED_THRESHOLD,
            "content": fit([r[0][0] for r in every], [r[1] for r in every], vectors, CONTENT_C,
                           CONTENT_MIN_WEIGHT),
            "source": fit([r[0][1] for r in every], [r[2] for r in every], vectors, SOURCE_C),
            "shed": fit([f for r in every for f, _y in r[3]], [y for r in every for _f, y in r[3]]),
        })
    model.update({"vet": fit_vet(docs, articles, rows, model), "vet_threshold": VET_THRESHOLD,
                  "candidate_threshold": CANDIDATE_THRESHOLD})
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, separators=(",", ":"), sort_keys=True), encoding="utf-8")
    print(f"{len(selector.candidates)} cue forms, {len(every)} relations from {len(articles)} "
          f"articles -> {out} ({out.stat().st_size / 1e6:.2f} MB, "
          f"{time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(vet_only="--vet-only" in sys.argv[1:]))
