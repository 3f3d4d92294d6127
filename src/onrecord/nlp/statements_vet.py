"""A second look at each candidate attribution as a whole, before nested ones are dropped.

The cue model scores one (cue, region) pair at a time. Whether the attribution a cue
makes is real depends also on what was found around it: whether a speaker was found
and what kind of word it is, whether the cue sits inside a quotation or inside another
candidate's content, how long the content is, how many other cues of its sentence
scored higher. The vetting model, a logistic regression over these (``vet`` in
``statement_cues.json``, trained on PolNeAR train by ``eval/train_statements.py`` from
candidates that models fitted on the other half of train found), keeps a candidate
when it scores at least ``vet_threshold``. Candidates come from a lower content
threshold (``candidate_threshold``) than the cue model alone would need.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from onrecord.nlp.cues import CueModel, probability
from onrecord.nlp.extensions import TokenTable, doc_text, sentence_token_ranges, token_table

if TYPE_CHECKING:
    from onrecord.nlp.statements_parse import ParsedAttribution

Offsets = tuple[int, int]
QUOTE_MARKS = ('"', "\u201c", "\u201d", "''")
# The numeric features the model also sees in half-unit bins (the sentence position in quarters).
BINNED = ("logit", "clen", "rank", "para", "src_len")


def vetted(
    doc: Doc,
    found: list[ParsedAttribution],
    holders: list[set[int]],
    quoted: Sequence[Offsets],
    paragraphs: list[int],
    model: CueModel,
) -> list[ParsedAttribution]:
    """The candidates the vetting model keeps; ``holders`` as ``_holders`` gives them,
    ``paragraphs`` each token's paragraph number. A kept candidate is no longer weak.
    One whose content overlaps a quotation is kept as without vetting, from the quoted
    threshold up (``used words like "engagement" alongside "…"``, ``he went further:
    "…"``): the quotation marks are evidence enough, and the vetting model, which
    judges content by its own words, ranked such candidates too low."""
    vet = model.vet
    if vet is None:
        return found
    weights, bias = vet["weights"], vet["bias"]
    kept = []
    for attribution, feats in zip(found, vet_features(doc, found, holders, quoted, paragraphs),
                                  strict=True):
        z = bias + sum(weights.get(name, 0.0) * value for name, value in feats.items())
        if probability(z) >= model.vet_threshold:
            kept.append(replace(attribution, weak=False) if attribution.weak else attribution)
        elif attribution.score >= model.quoted_threshold and _touches(attribution, quoted):
            kept.append(attribution)
    return kept


def vet_features(
    doc: Doc,
    found: list[ParsedAttribution],
    holders: list[set[int]],
    quoted: Sequence[Offsets],
    paragraphs: list[int],
) -> list[dict[str, float]]:
    """What the vetting model sees of each candidate: named numbers and, as features
    worth 1, named categories."""
    text = doc_text(doc)
    table = token_table(doc)
    sentences = sentence_token_ranges(doc)
    starts = [s for s, _e in sentences]
    sentence_of = [sentences[bisect_right(starts, a.cue) - 1] for a in found]
    held = [0] * len(found)
    for a, outer in enumerate(holders):
        for b in outer:
            if b != a:
                held[b] += 1
    by_sentence: dict[tuple[int, int], list[float]] = {}
    for sentence, attribution in zip(sentence_of, found, strict=True):
        by_sentence.setdefault(sentence, []).append(attribution.score)
    rows = []
    for k, attribution in enumerate(found):
        others = [b for b in holders[k] if b != k]
        rivals = by_sentence[sentence_of[k]]  # the candidate's own score among them
        numbers = {
            "nested": float(bool(others)),
            "nested_hi": max((found[b].score for b in others), default=0.0),
            "holds": float(held[k]),
            "rank": float(sum(s > attribution.score for s in rivals)),
            "n_sent": float(len(rivals) - 1),
        }
        rows.append(_candidate_features(doc, text, table, attribution, sentence_of[k],
                                        quoted, paragraphs, numbers))
    return rows


def _candidate_features(
    doc: Doc,
    text: str,
    table: TokenTable,
    attribution: ParsedAttribution,
    sentence: tuple[int, int],
    quoted: Sequence[Offsets],
    paragraphs: list[int],
    numbers: dict[str, float],
) -> dict[str, float]:
    i = attribution.cue
    score = attribution.score
    start, end = sentence
    cue_start = doc[i].idx
    content = " ".join(text[s:e] for s, e in attribution.content)
    first_piece = text[attribution.content[0][0] : attribution.content[0][1]]
    feats: dict[str, float] = {
        "logit": math.log(score / (1 - score + 1e-9) + 1e-9),
        "weak": float(attribution.weak),
        **numbers,
        "clen": math.log1p(sum(e - s for s, e in attribution.content)),
        "npieces": float(len(attribution.content)),
        "cquote": float(any(mark in content for mark in QUOTE_MARKS)),
        "cue_in_quote": float(_inside(cue_start, quoted)),
        "c_after": float(attribution.content[0][0] > cue_start),
        "src": float(attribution.source is not None),
        "sent_pos": (i - start) / max(1, end - start),
        "sent_len": math.log1p(end - start),
        "para": float(min(paragraphs[i], 30)),
        "neg": float(any(table.dep[c] == "neg" for c in table.children[i])),
    }
    auxes = sorted(table.lower[c] for c in table.children[i] if table.dep[c] in ("aux", "auxpass"))
    source = _source_root(doc, attribution.source)
    if source is None:
        src_pos = src_ent = src_low = "none"
        feats["src_len"] = feats["src_before"] = 0.0
    else:
        root, length = source
        src_pos = table.pos[root]
        src_ent = doc[root].ent_type_ or "-"
        src_low = table.lower[root] if src_pos == "PRON" else "-"
        feats["src_len"] = math.log1p(length)
        feats["src_before"] = float(attribution.source[0] < cue_start)  # type: ignore[index]
    categories = {
        "cue_pos": table.pos[i],
        "cue_tag": table.tag[i],
        "cue_dep": table.dep[i],
        "cue_lemma": table.lemma[i],
        "first": first_piece.split(" ", 1)[0].lower()[:12],
        "src_pos": src_pos,
        "src_ent": src_ent,
        "src_low": src_low,
        "aux": "+".join(auxes) or "-",
        "lemma_src": f"{table.lemma[i]}|{src_pos}",
        "pos_src": f"{table.pos[i]}|{src_pos}|{table.dep[i]}",
    }
    for name, value in categories.items():
        feats[f"{name}={value}"] = 1.0
    for name in BINNED:
        feats[f"{name}#{round(feats[name] * 2) / 2}"] = 1.0
    feats[f"sent_pos#{round(feats['sent_pos'] * 4)}"] = 1.0
    return feats


def _touches(attribution: ParsedAttribution, quoted: Sequence[Offsets]) -> bool:
    """Whether a piece of the candidate's content overlaps a quotation."""
    return any(s < q_end and q_start < e for s, e in attribution.content
               for q_start, q_end in quoted)


def _inside(offset: int, quoted: Sequence[Offsets]) -> bool:
    """Whether ``offset`` lies in one of the sorted, disjoint spans ``quoted``."""
    at = bisect_right(quoted, (offset, math.inf)) - 1
    return at >= 0 and quoted[at][0] <= offset < quoted[at][1]


def _source_root(doc: Doc, source: Offsets | None) -> tuple[int, int] | None:
    """The syntactic root of the speaker mention and its length in tokens."""
    if source is None:
        return None
    span = doc.char_span(*source, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.root.i, len(span)
