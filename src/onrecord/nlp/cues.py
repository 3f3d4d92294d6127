"""The cue model: how likely a word, through one dependency relation, introduces content.

A cue is a token (``said``, ``according``, ``hopes``, ``poll`` …) whose form was
seen cueing attributions in PolNeAR's train split. Each of its *relations* (a
child's subtree, the grandchild under a preposition, or the rest of the sentence
around it) is scored by two logistic models trained there
(``eval/train_statements.py``): is that region the content of an attribution the
token cues, and is it its source.

The weights ship as ``nlp/data/statement_cues.json`` (see ``nlp/data/MODEL_CARD.md``).
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left
from functools import lru_cache
from importlib import resources
from itertools import repeat
from typing import Any, NamedTuple
from weakref import WeakKeyDictionary

import numpy
from spacy.tokens import Doc, Span, Token

from onrecord.nlp.extensions import TokenTable, token_table, tokens_with_forms

MODEL_FILE = "statement_cues.json"
# Relations never worth scoring: they are never content or source.
SKIP_DEPS = frozenset({"punct", "aux", "auxpass", "neg", "cc", "det", "case", "prt", "predet"})
QUOTE_TEXTS = frozenset({'"', "\u201c", "\u201d", "''", "``"})
# Children never shed from the edge of a content region.
EDGE_KEEP = frozenset({"punct", "mark", "det", "poss", "nsubj", "nsubjpass", "aux", "auxpass",
                       "neg", "compound", "amod", "nummod", "case", "expl"})
PREP_DEPS = frozenset({"prep", "agent", "dative"})


class Relation(NamedTuple):
    """One region around a cue token: ``pieces`` are token ranges ``[start, end)``.
    (A named tuple: tens of thousands are made per article, and a frozen dataclass
    takes several times as long to build.)"""

    key: str
    pieces: tuple[tuple[int, int], ...]
    anchor: int  # the token that heads the region


def cue_form(token: Token) -> str:
    return token.lower_


def relations(token: Token, sent: Span) -> list[Relation]:
    """Children's subtrees, objects of its prepositions, the rest of its sentence."""
    t = token_table(token.doc)
    i = token.i
    found = []
    for child in t.children[i]:
        dep = t.dep[child]
        if dep in SKIP_DEPS:
            continue
        side = "<" if child < i else ">"
        found.append(Relation(f"{dep}{side}", (_subtree(t, child),), child))
        if dep in PREP_DEPS:
            found += [
                Relation(f"{dep}:{t.lower[child]}>{t.dep[gc]}", (_subtree(t, gc),), gc)
                for gc in t.children[child]
                if t.dep[gc] in ("pobj", "pcomp")
            ]
    if t.head[i] != i:
        found.append(_around(t, i, sent))
        found += _head_subjects(t, i)
    return found


def _subtree(t: TokenTable, i: int) -> tuple[int, int]:
    return t.left[i], t.right[i] + 1


def _around(t: TokenTable, i: int, sent: Span) -> Relation:
    """The sentence outside the cue's own subtree (content of "…, a source said")."""
    left, right = _subtree(t, i)
    side = "<" if t.head[i] < i else ">"
    pieces = tuple(p for p in ((sent.start, left), (right, sent.end)) if p[0] < p[1])
    return Relation(f"^{t.dep[i]}{side}", pieces, t.head[i])


def _head_subjects(t: TokenTable, i: int) -> list[Relation]:
    """The subject a cue shares with its head ("… and added that …")."""
    return [
        Relation(f"^{t.dep[i]}:{t.dep[child]}", (_subtree(t, child),), child)
        for child in t.children[t.head[i]]
        if t.dep[child] in ("nsubj", "nsubjpass") and child != i
    ]


def quote_tokens(doc: Doc) -> list[int]:
    """Indices of the quote-mark tokens of ``doc``, in order (for ``features``)."""
    return tokens_with_forms(doc, QUOTE_TEXTS)


class CueView(NamedTuple):
    """What every relation of one cue token shares, read from the parse once per token."""

    form: str
    tag: str
    dep: str
    head_tag: str
    lemma: str
    head_lemma: str
    pos: str
    subject: bool  # the cue has a subject of its own
    colon_or_comma_after: bool
    auxes: str
    negated: bool
    position: int  # fifth of the sentence the cue sits in
    sentence_length: int


def cue_view(token: Token, sent: Span) -> CueView:
    doc = token.doc
    t = token_table(doc)
    i = token.i
    child_deps = [t.dep[c] for c in t.children[i]]
    after = doc[i + 1].text if i + 1 < len(doc) else ""
    return CueView(
        form=t.lower[i],
        tag=t.tag[i],
        dep=t.dep[i],
        head_tag=t.tag[t.head[i]],
        lemma=t.lemma[i],
        head_lemma=t.lemma[t.head[i]],
        pos=t.pos[i],
        subject="nsubj" in child_deps or "nsubjpass" in child_deps,
        colon_or_comma_after=after in (":", ","),
        auxes="+".join(sorted(t.lower[c] for c in t.children[i]
                              if t.dep[c] in ("aux", "auxpass"))),
        negated="neg" in child_deps,
        position=min(4, 5 * (i - sent.start) // len(sent)),
        sentence_length=len(sent),
    )


def features(token: Token, rel: Relation, quotes: list[int], view: CueView | None = None
             ) -> list[str]:
    """What the cue model sees of one (cue token, relation) pair; ``quotes`` is
    ``quote_tokens(token.doc)``, ``view`` the token's ``cue_view`` (found when not given)."""
    t = token_table(token.doc)
    cue = view or cue_view(token, token.sent)
    key = rel.key
    form = cue.form
    size = sum(e - s for s, e in rel.pieces)
    quoted = any(bisect_left(quotes, s) < bisect_left(quotes, e) for s, e in rel.pieces)
    return [
        key,
        f"f={form}",
        f"fk={form}|{key}",
        f"pk={form[:4]}|{key}",
        f"tk={cue.tag}|{key}",
        f"dk={cue.dep}|{key}",
        f"fd={form}|{cue.dep}",
        f"ak={t.tag[rel.anchor]}|{key}",
        f"wk={t.lower[rel.pieces[0][0]]}|{key}",
        f"sk={cue.subject}|{key}",
        f"lk={min(size, 12) // 3}|{key}",
        f"ck={cue.colon_or_comma_after}|{key}",
        f"hk={cue.head_tag}|{key}",
        f"qk={quoted}|{key}",
        f"fqk={form}|{quoted}|{key}",
        f"mk={cue.lemma}|{key}",
    ]


def context_features(token: Token, rel: Relation, sent: Span, view: CueView | None = None
                     ) -> list[str]:
    """What the content model sees besides ``features``: the cue's auxiliaries, its lemma
    against the region's complementiser, head and subject, finer length buckets, where
    the cue and the region sit in the sentence (they did not help the source model)."""
    cue = view or cue_view(token, sent)
    key, lemma = rel.key, cue.lemma
    size = sum(e - s for s, e in rel.pieces)
    t = token_table(token.doc)
    anchor = rel.anchor
    bucket = min(size.bit_length() - 1, 7)  # log2 of the region's length in tokens
    mark = next((t.lower[c] for c in t.children[anchor] if t.dep[c] == "mark"), "-")
    subject = any(t.dep[c] in ("nsubj", "nsubjpass", "expl") for c in t.children[anchor])
    return [
        f"lb={bucket}|{key}",
        f"mlb={lemma}|{bucket // 2}|{key}",
        f"au={cue.auxes}|{key}",
        f"mk2={mark}|{key}",
        f"lmk={lemma}|{mark}|{t.dep[anchor]}",
        f"rs={subject}|{key}",
        f"lrs={lemma}|{subject}|{key}",
        f"sp={cue.position}|{key}",
        f"cov={min(4, 5 * size // cue.sentence_length)}|{key}",
        f"ap={t.pos[anchor]}|{t.dep[anchor]}|{lemma}",
        f"ng={cue.negated}|{key}",
        f"hl={cue.head_lemma}|{cue.dep}",
        f"pos={cue.pos}|{key}",
    ]


def edge_children(rel: Relation, doc: Doc) -> list[tuple[Token, str]]:
    """Children of a relation's head that sit at an edge of its region, outermost first
    on each side, with their side: the adjuncts a content region may have to shed."""
    if len(rel.pieces) != 1 or rel.key.startswith("^"):
        return []
    anchor = doc[rel.anchor]
    left = [(c, "<") for c in anchor.lefts if c.dep_ not in EDGE_KEEP]
    right = [(c, ">") for c in reversed(list(anchor.rights)) if c.dep_ not in EDGE_KEEP]
    return left + right


def edge_features(token: Token, rel: Relation, child: Token, side: str) -> list[str]:
    """What the pruning model sees of one edge child of a content region."""
    anchor = token.doc[rel.anchor]
    first = child.left_edge
    size = child.right_edge.i - child.left_edge.i + 1
    dep = f"{child.dep_}{side}"
    return [
        dep,
        f"t={child.tag_}|{dep}",
        f"w={first.lower_}|{dep}",
        f"c={child.lower_}|{dep}",
        f"a={anchor.dep_}|{anchor.tag_}|{dep}",
        f"k={rel.key}|{dep}",
        f"f={cue_form(token)}|{dep}",
        f"l={min(size, 12) // 3}|{dep}",
    ]


class CueModel:
    """Two logistic models over ``features``: is a relation the cue's content, its source."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.candidates: frozenset[str] = frozenset(data["candidates"])
        self.candidate_lemmas: frozenset[str] = frozenset(data.get("candidate_lemmas", ()))
        self.content: dict[str, Any] = _with_array(data["content"])
        self.source: dict[str, Any] = _with_array(data["source"])
        self.shed: dict[str, Any] | None = data.get("shed")
        self.threshold: float = data.get("threshold", 0.5)
        self.source_threshold: float = data.get("source_threshold", 0.5)
        # content holding a quotation needs less
        self.quoted_threshold: float = data.get("quoted_threshold", self.threshold)
        # a second content region must score at least this share of the best one
        self.companion_ratio: float = data.get("companion_ratio", 0.0)
        # the vetting model of whole candidate attributions (``statements_vet``); with it,
        # candidates need only ``candidate_threshold``
        self.vet: dict[str, Any] | None = data.get("vet")
        self.vet_threshold: float = data.get("vet_threshold", 0.5)
        self.candidate_threshold: float = (
            data.get("candidate_threshold", self.quoted_threshold) if self.vet
            else self.quoted_threshold)

    def is_candidate(self, token: Token) -> bool:
        """Its form, or its lemma, was seen cueing attributions in train."""
        return cue_form(token) in self.candidates or token.lemma_.lower() in self.candidate_lemmas

    def candidates_in(self, table: TokenTable) -> list[int]:
        """The indices of the Doc's tokens that ``is_candidate`` holds for, in order, read
        from its ``token_table``."""
        forms, lemmas = self.candidates, self.candidate_lemmas
        return [i for i, (form, lemma) in enumerate(zip(table.lower, table.lemma, strict=True))
                if form in forms or lemma in lemmas]

    def content_score(self, feats: list[str], vector: numpy.ndarray | None = None) -> float:
        return _logistic(self.content, feats, vector)

    def content_score_at(self, feats: list[str], token: Token, rel: Relation) -> float:
        """``content_score(feats, dense(token, rel))``, with the dense part read from
        the Doc's projections (found once per Doc, not one vector product per region)."""
        return _logistic_at(self.content, feats, token, rel)

    def source_score(self, feats: list[str], vector: numpy.ndarray | None = None) -> float:
        return _logistic(self.source, feats, vector)

    def source_score_at(self, feats: list[str], token: Token, rel: Relation) -> float:
        """``source_score(feats, dense(token, rel))``, the dense part read from the Doc's
        projections as in ``content_score_at``."""
        return _logistic_at(self.source, feats, token, rel)

    def shed_score(self, feats: list[str]) -> float:
        return _logistic(self.shed, feats, None) if self.shed else 0.0


def _with_array(model: dict[str, Any]) -> dict[str, Any]:
    if model.get("dense"):
        model["dense_array"] = numpy.asarray(model["dense"], dtype="float32")
    return model


Projections = tuple[list[float], list[float]] | None
_PROJECTIONS: WeakKeyDictionary[Doc, dict[int, Projections]] = WeakKeyDictionary()


def _projections(model: dict[str, Any], doc: Doc) -> Projections:
    """Every token's context vector times the model's dense weights for a cue and for a
    region's head (the two halves of ``dense``), or None where ``dense`` adds nothing."""
    per_doc = _PROJECTIONS.setdefault(doc, {})
    if id(model) not in per_doc:
        per_doc[id(model)] = _project(model.get("dense_array"), doc.tensor, len(doc))
    return per_doc[id(model)]


def _project(coef: numpy.ndarray | None, tensor: numpy.ndarray | None, length: int
             ) -> Projections:
    if coef is None or tensor is None or not tensor.size or tensor.shape[0] != length:
        return None
    width = tensor.shape[1]
    if 2 * width != coef.shape[0]:
        return None
    return (tensor @ coef[:width]).tolist(), (tensor @ coef[width:]).tolist()


def dense(token: Token, rel: Relation) -> numpy.ndarray:
    """The parser's context vectors (``doc.tensor``) of the cue and of the region's head;
    empty when the model leaves no tensor."""
    tensor = token.doc.tensor
    if tensor is None or tensor.shape[0] != len(token.doc) or not tensor.size:
        return numpy.zeros(0, dtype="float32")
    return numpy.concatenate((tensor[token.i], tensor[rel.anchor]))


def probability(z: float) -> float:
    """The logistic function of a model's score, kept within exp's range."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _logistic_at(model: dict[str, Any], feats: list[str], token: Token, rel: Relation) -> float:
    z = model["bias"] + sum(map(model["weights"].get, feats, repeat(0.0)))
    projected = _projections(model, token.doc)
    if projected is not None:
        z += projected[0][token.i] + projected[1][rel.anchor]
    return probability(z)


def _logistic(model: dict[str, Any], feats: list[str], vector: numpy.ndarray | None) -> float:
    weights = model["weights"]
    z = model["bias"] + sum(map(weights.get, feats, repeat(0.0)))
    coef = model.get("dense_array")
    if coef is not None and vector is not None and vector.shape == coef.shape:
        z += float(vector @ coef)
    return probability(z)


@lru_cache(maxsize=1)
def load_cue_model() -> CueModel:
    text = resources.files("onrecord.nlp").joinpath("data", MODEL_FILE).read_text("utf-8")
    return CueModel(json.loads(text))
