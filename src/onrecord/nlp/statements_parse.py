"""Reported statements from the dependency parse: a cue token, its content and its source.

For each token whose form the cue model knows, every relation scoring at least the
model's threshold is content; the best-scoring source relation gives the speaker
mention. Offsets returned are character offsets.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy
from spacy.tokens import Doc, Span, Token

from onrecord.nlp.cues import (
    QUOTE_TEXTS,
    CueModel,
    Relation,
    context_features,
    dense,
    edge_children,
    edge_features,
    features,
    quote_tokens,
    relations,
)

Offsets = tuple[int, int]
INHERITING = frozenset({"xcomp", "advcl", "conj", "acl", "pcomp", "ccomp"})
SHED_THRESHOLD = 0.3
LIGHT_VERBS = frozenset({"be", "have", "do", "get", "make", "keep"})  # never a speaker's verb
POINTERS = frozenset({"that", "this", "so", "it"})  # a lone one points at content elsewhere
TRIM = frozenset(" \n\t\u00a0,;:.-\u2014\u2013")


@dataclass(frozen=True)
class ParsedAttribution:
    cue: int  # token index
    content: tuple[Offsets, ...]
    source: Offsets | None
    score: float
    weak: bool = False  # below the threshold: kept only if its content holds a quotation


def find_attributions(doc: Doc, model: CueModel) -> list[ParsedAttribution]:
    found = []
    quotes = quote_tokens(doc)
    for sent in doc.sents:
        for token in sent:
            if model.is_candidate(token):
                attribution = _attribution(doc, token, sent, model, quotes)
                if attribution is not None:
                    found.append(attribution)
    return _outermost(doc, found)


def _outermost(doc: Doc, found: list[ParsedAttribution]) -> list[ParsedAttribution]:
    """Attributions are univocal (PolNeAR): one whose cue lies in another's content
    is dropped, unless that other one's cue lies in its content too."""
    def inside(a: ParsedAttribution, b: ParsedAttribution) -> bool:
        cue = doc[a.cue].idx
        return any(s <= cue < e for s, e in b.content)

    return [a for a in found if not any(inside(a, b) and not inside(b, a) for b in found)]


def _attribution(
    doc: Doc, token: Token, sent: Span, model: CueModel, quotes: list[int]
) -> ParsedAttribution | None:
    rels = relations(token, sent)
    feats = [features(token, r, quotes) for r in rels]
    vectors = [dense(token, r) for r in rels]
    scored = [
        (model.content_score(f + context_features(token, r, sent), v), r)
        for f, v, r in zip(feats, vectors, rels, strict=True)
        if not _lone_pronoun(doc, r)
    ]
    best = max((s for s, _r in scored), default=0.0)
    if best < model.quoted_threshold:
        return None
    floor = max(min(best, model.threshold), best * model.companion_ratio)
    content = _better_of_nested([(s, r) for s, r in scored if s >= floor], token.doc)
    pieces = _char_pieces(
        doc, [_without_conjunctions(doc, p) for r in content for p in _shed_edges(token, r, model)]
    )
    if not pieces:
        return None
    source = _source(doc, feats, vectors, rels, content, model) or _inherited_subject(doc, token)
    return ParsedAttribution(token.i, pieces, source, best, best < model.threshold)


def _lone_pronoun(doc: Doc, rel: Relation) -> bool:
    """A region that is one pronoun or determiner (``said that on Friday``, ``said so``)
    points at content elsewhere; it is not the content."""
    (start, end), *rest = rel.pieces
    lone = doc[start]
    pointer = lone.pos_ in ("PRON", "DET") or lone.lower_ in POINTERS
    return not rest and end - start == 1 and pointer


def _better_of_nested(scored: list[tuple[float, Relation]], doc: Doc) -> list[Relation]:
    """Of a preposition's region and its object's (``about X`` / ``X``), the better scored."""
    return [
        rel
        for score, rel in scored
        if all(score >= s for s, r in scored if _preposition_pair(doc, rel, r))
    ]


def _preposition_pair(doc: Doc, a: Relation, b: Relation) -> bool:
    """One is a preposition's subtree (``prep>``), the other its object's (``prep:on>pobj``)."""
    if a.key.startswith("^") or b.key.startswith("^") or (":" in a.key) == (":" in b.key):
        return False
    outer, inner = (b, a) if ":" in a.key else (a, b)
    return doc[inner.anchor].head.i == outer.anchor


def _shed_edges(token: Token, rel: Relation, model: CueModel) -> tuple[tuple[int, int], ...]:
    """The region without the adjuncts at its edges the pruning model sheds."""
    edges = edge_children(rel, token.doc)
    if not model.shed or not edges:
        return rel.pieces
    start, end = rel.pieces[0]
    blocked = set()
    for child, side in edges:
        if side in blocked:
            continue
        if model.shed_score(edge_features(token, rel, child, side)) < SHED_THRESHOLD:
            blocked.add(side)  # keep it, and everything inward of it
        elif side == "<":
            start = max(start, child.right_edge.i + 1)
        else:
            end = min(end, child.left_edge.i)
    return ((start, end),) if start < end else rel.pieces


def _without_conjunctions(doc: Doc, piece: tuple[int, int]) -> tuple[int, int]:
    """A coordinating conjunction left at an edge (``But …``, ``… , and``) is not content,
    nor is a trailing non-restrictive relative clause (``…, which …``)."""
    start, end = _without_trailing_relative(doc, piece)
    while end - start > 1 and (doc[end - 1].dep_ == "cc" or _trimmable(doc[end - 1])):
        end -= 1
    while end - start > 1 and (doc[start].dep_ == "cc" or _trimmable(doc[start])):
        start += 1
    return start, end


def _without_trailing_relative(doc: Doc, piece: tuple[int, int]) -> tuple[int, int]:
    start, end = piece
    for i in range(start + 1, end - 1):
        token = doc[i]
        if (
            token.dep_ == "relcl"
            and token.right_edge.i >= end - 2
            and token.left_edge.i > start
            and doc[token.left_edge.i - 1].text == ","
            and token.left_edge.lower_ in ("which", "who")
            and not any(t.text in QUOTE_TEXTS for t in doc[token.left_edge.i : end])
        ):
            return start, token.left_edge.i - 1
    return start, end


def speaking_subject(sent: Span, model: CueModel) -> tuple[Offsets, Offsets] | None:
    """(cue, subject) of the first verb of ``sent`` the cue model knows that has a
    subject: the speaker of a quotation next to this sentence."""
    for token in sent:
        if token.pos_ == "VERB" and token.lemma_ not in LIGHT_VERBS and model.is_candidate(token):
            for child in token.children:
                if child.dep_ == "nsubj":
                    pieces = _char_pieces(sent.doc, [(child.left_edge.i, child.right_edge.i + 1)])
                    if pieces:
                        cue = (token.idx, token.idx + len(token))
                        return cue, (pieces[0][0], pieces[-1][1])
    return None


def _inherited_subject(doc: Doc, token: Token) -> Offsets | None:
    """The subject of the clause a subjectless cue hangs from ("… and added that")."""
    for _ in range(3):
        if token.dep_ not in INHERITING or token.head.i == token.i:
            return None
        token = token.head
        for child in token.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                pieces = _char_pieces(doc, [(child.left_edge.i, child.right_edge.i + 1)])
                return (pieces[0][0], pieces[-1][1]) if pieces else None
    return None


def _source(
    doc: Doc,
    feats: list[list[str]],
    vectors: list[numpy.ndarray],
    rels: list[Relation],
    content: list[Relation],
    model: CueModel,
) -> Offsets | None:
    taken = {r.anchor for r in content}
    scored = [
        (model.source_score(f, v), r)
        for f, v, r in zip(feats, vectors, rels, strict=True)
        if r.anchor not in taken
    ]
    best = max(scored, key=lambda sr: sr[0], default=None)
    if best is None or best[0] < model.source_threshold:
        return None
    pieces = _char_pieces(doc, _without_leading_preposition(doc, list(best[1].pieces)))
    return (pieces[0][0], pieces[-1][1]) if pieces else None


def _without_leading_preposition(doc: Doc, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The speaker is the object, not the preposition: "according to | the police"."""
    pieces = sorted(pieces)
    start, end = pieces[0]
    if end - start > 1 and doc[start].pos_ == "ADP":
        pieces[0] = (start + 1, end)
    return pieces


def _char_pieces(doc: Doc, token_pieces: list[tuple[int, int]]) -> tuple[Offsets, ...]:
    """Token ranges → merged character ranges, without edge punctuation and space.

    Works on tokens only: ``Doc.text`` is rebuilt on every access.
    """
    merged: list[list[int]] = []
    for start, end in sorted(token_pieces):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out = []
    for start, end in merged:
        while start < end and _trimmable(doc[start]):
            start += 1
        while end > start and _trimmable(doc[end - 1]):
            end -= 1
        if start < end:
            last = doc[end - 1]
            out.append((doc[start].idx, last.idx + len(last.text)))
    return tuple(out)


def _trimmable(token: Token) -> bool:
    return all(ch in TRIM for ch in token.text)
