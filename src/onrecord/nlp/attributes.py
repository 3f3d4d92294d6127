"""The model's attribute ruler and rule lemmatizer, worked out once per distinct case.

``en_core_web_sm`` maps each tag to a part of speech and morphology with an attribute
ruler (179 token patterns run by a Matcher over every token) and then lemmatizes every
token in Python: 1.8 s of the 10 s its components spend on PolNeAR dev. Both are pure
functions of a few token attributes. The ruler's outcome for a token depends on its
lower-case form (only where a pattern names that form), tag, dependency label and
whether it is whitespace, plus, for its few two-word patterns, which of them match at
the token; the lemmatizer's on the form, part of speech and morphology. The registered
``onrecord_attributes`` component stands in for the two: it works each distinct case
out once, through the ruler's own patterns and the model's own lemmatizer, and writes
whole Docs with ``Doc.from_array``. The annotations are the same as the two
components', token for token (tests compare them on fixture articles; they were also
compared on every token of PolNeAR train and dev).

``stand_in(nlp)`` swaps it in where the model has both components and the ruler sets
nothing else (another model keeps its own components).
"""

import copy
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc

RULER, LEMMATIZER = "attribute_ruler", "lemmatizer"
ATTRIBUTES = "onrecord_attributes"
ARRAY_ATTRS = frozenset({"POS", "MORPH", "LEMMA"})  # written with from_array
TOKEN_ATTRS = frozenset({"TAG", "DEP"})  # written token by token (whitespace only, in the model)
MATCHED_KEYS = frozenset({"LOWER", "TAG", "DEP", "IS_SPACE"})
CACHE_LIMIT = 500_000  # distinct words × tags (or forms × tags × morphology) kept at most

# lower-case form ("" where no pattern names it), tag, dependency label, is whitespace
Signature = tuple[str, str, str, bool]


@dataclass(frozen=True)
class Rule:
    """One pattern of the ruler: its token specs, what it sets, and on which of its tokens."""

    order: int  # the ruler applies later rules over earlier ones
    specs: tuple[dict[str, Any], ...]
    attrs: dict[str, str]
    target: int


def ruler_rules(ruler: Any) -> list[Rule] | None:
    """The ruler's patterns as ``Rule``s, or None when one reads or sets what this module
    does not model."""
    rules = []
    for order, entry in enumerate(ruler.patterns):
        attrs = {str(k): str(v) for k, v in entry["attrs"].items()}
        if not set(attrs) <= ARRAY_ATTRS | TOKEN_ATTRS:
            return None
        for pattern in entry["patterns"]:
            if not pattern or any(set(spec) - MATCHED_KEYS for spec in pattern):
                return None
            target = entry["index"] % len(pattern)
            rules.append(Rule(order, tuple(pattern), attrs, target))
    return rules


def spec_matches(spec: dict[str, Any], signature: Signature) -> bool:
    """Whether one token spec of a pattern matches a token."""
    form, tag, dep, space = signature
    values: dict[str, str | bool] = {"LOWER": form, "TAG": tag, "DEP": dep, "IS_SPACE": space}
    return all(_value_matches(rule, values[key]) for key, rule in spec.items())


def _value_matches(rule: Any, value: str | bool) -> bool:
    if not isinstance(rule, dict):
        return bool(rule == value)
    for op, arg in rule.items():
        if op == "IN" and value not in arg:
            return False
        if op == "NOT_IN" and value in arg:
            return False
        if op == "REGEX" and not re.search(arg, str(value)):
            return False
        if op not in ("IN", "NOT_IN", "REGEX"):
            raise ValueError(f"unsupported attribute ruler operator {op!r}")
    return True


def named_forms(rules: Sequence[Rule]) -> tuple[frozenset[str], tuple[str, ...]]:
    """Lower-case forms the patterns name, and the patterns' regular expressions on forms."""
    forms: set[str] = set()
    regexes: list[str] = []
    for rule in rules:
        for spec in rule.specs:
            value = spec.get("LOWER")
            if isinstance(value, str):
                forms.add(value)
            elif isinstance(value, dict):
                forms.update(value.get("IN", ()))
                forms.update(value.get("NOT_IN", ()))
                if "REGEX" in value:
                    regexes.append(value["REGEX"])
    return frozenset(forms), tuple(regexes)


@dataclass(frozen=True)
class Effect:
    """What the ruler sets on a token: array columns with their values, and the rare tag
    or dependency label."""

    columns: tuple[tuple[int, int], ...]
    tag: str | None
    dep: str | None

    @property
    def sets_token(self) -> bool:
        return self.tag is not None or self.dep is not None


class Attributes:
    """Registered as ``onrecord_attributes``: the ruler and lemmatizer of ``nlp``, memoised."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.lemmatizer = _with_indexed_words(nlp.get_pipe(LEMMATIZER))
        rules = ruler_rules(nlp.get_pipe(RULER))
        if rules is None:
            raise ValueError("this attribute ruler reads or sets more than onrecord models")
        self.single = [r for r in rules if len(r.specs) == 1]
        self.by_tag = _by_tag(self.single)
        self.pairs = [r for r in rules if len(r.specs) == 2]
        if len(self.single) + len(self.pairs) != len(rules) or len(self.pairs) > 63:
            raise ValueError("attribute ruler patterns longer than two tokens, or too many pairs")
        self.forms, self.regexes = named_forms(rules)
        self._form_patterns = [re.compile(r) for r in self.regexes]  # compiled once
        self.vocab = nlp.vocab
        self._signatures: dict[tuple[int, ...], Signature] = {}
        self._halves: dict[Signature, tuple[int, int]] = {}
        self._effects: dict[tuple[Signature, tuple[int, ...]], Effect] = {}
        self._lemmas: dict[tuple[int, ...], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            self.set_attributes(doc)
            self.set_lemmas(doc)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def set_attributes(self, doc: Doc) -> None:
        """What the attribute ruler sets, as one array write (and a token write for the
        rare tag or label it changes)."""
        for cache in (self._signatures, self._lemmas):
            if len(cache) > CACHE_LIMIT:
                cache.clear()  # a worker that reads millions of articles stays bounded
        rows, _first, inverse = _distinct_rows(doc.to_array([LOWER, TAG, DEP, IS_SPACE]))
        signatures = [self._signature(row) for row in rows]
        effects = [self._effect(signature, ()) for signature in signatures]
        paired = self._paired_rules(signatures, inverse)
        set_mask = numpy.zeros((len(rows), 3), dtype=bool)
        set_values = numpy.zeros((len(rows), 3), dtype="uint64")
        for k, effect in enumerate(effects):
            for column, value in effect.columns:
                set_mask[k, column], set_values[k, column] = True, value
        values = doc.to_array([POS, MORPH, LEMMA]).astype("uint64")
        values = numpy.where(set_mask[inverse], set_values[inverse], values)
        changed = {int(i): effects[k] for k in range(len(rows)) if effects[k].sets_token
                   for i in numpy.flatnonzero(inverse == k)}
        for i, rules in paired.items():
            changed[i] = effect = self._effect(signatures[inverse[i]], rules)
            for column, value in effect.columns:
                values[i, column] = value
        doc.from_array([POS, MORPH, LEMMA], values)  # type: ignore[arg-type]
        for i, effect in changed.items():
            if effect.tag is not None:
                doc[i].tag_ = effect.tag
            if effect.dep is not None:
                doc[i].dep_ = effect.dep

    def set_lemmas(self, doc: Doc) -> None:
        """The rule lemmatizer's lemma of every token that has none (or all, when it
        overwrites), cached by form, part of speech and morphology as the lemmatizer's
        own cache is."""
        values = doc.to_array([ORTH, POS, MORPH, LEMMA]).astype("uint64")
        wanted = numpy.ones(len(doc), dtype=bool)
        if not getattr(self.lemmatizer, "overwrite", False):
            wanted = values[:, 3] == 0
        if not wanted.any():
            return
        positions = numpy.flatnonzero(wanted)
        rows, first, inverse = _distinct_rows(values[positions, :3])
        found = numpy.zeros(len(rows), dtype="uint64")
        for k, row in enumerate(rows.tolist()):
            key = tuple(row)
            if key not in self._lemmas:
                token = doc[int(positions[first[k]])]
                self._lemmas[key] = self.vocab.strings.add(self.lemmatizer.lemmatize(token)[0])
            found[k] = self._lemmas[key]
        values[positions, 3] = found[inverse]
        doc.from_array([LEMMA], values[:, 3:4])  # type: ignore[arg-type]

    def _signature(self, row: numpy.ndarray) -> Signature:
        key = tuple(row.tolist())
        signature = self._signatures.get(key)
        if signature is None:
            lower, tag, dep, space = key
            strings = self.vocab.strings
            signature = (self._form_key(strings[lower]), strings[tag] if tag else "",
                         strings[dep] if dep else "", bool(space))
            self._signatures[key] = signature
        return signature

    def _form_key(self, text: str) -> str:
        """The form itself where a pattern could tell it apart, else ""."""
        named = text in self.forms or any(p.search(text) for p in self._form_patterns)
        return text if named else ""

    def _paired_rules(self, signatures: list[Signature], inverse: numpy.ndarray
                      ) -> dict[int, tuple[int, ...]]:
        """Token index → the two-word rules (by position in ``self.pairs``) whose match
        sets that token; ``inverse`` gives each token's signature."""
        halves = numpy.array([self._pair_halves(s) for s in signatures], dtype="uint64")
        if not halves.any():
            return {}
        starts = halves[inverse[:-1], 0] & halves[inverse[1:], 1]
        paired: dict[int, list[int]] = {}
        for start in numpy.flatnonzero(starts).tolist():
            for k, rule in enumerate(self.pairs):
                if int(starts[start]) >> k & 1:
                    paired.setdefault(start + rule.target, []).append(k)
        return {i: tuple(sorted(ks)) for i, ks in paired.items()}

    def _pair_halves(self, signature: Signature) -> tuple[int, int]:
        """Two-word rules whose first, and whose second, spec this token matches, as bit
        sets over ``self.pairs``."""
        halves = self._halves.get(signature)
        if halves is None:
            first, second = (
                sum(1 << k for k, r in enumerate(self.pairs) if spec_matches(r.specs[n], signature))
                for n in (0, 1)
            )
            halves = self._halves[signature] = (first, second)
        return halves

    def _effect(self, signature: Signature, paired: tuple[int, ...]) -> Effect:
        """What the ruler sets on a token: every matching rule's attributes, later rules
        over earlier ones, as the ruler applies them."""
        key = (signature, paired)
        effect = self._effects.get(key)
        if effect is None:
            tag = signature[1]
            candidates = self.by_tag.get(tag, []) + self.by_tag.get(None, [])
            matching = [r for r in candidates if spec_matches(r.specs[0], signature)]
            matching += [self.pairs[k] for k in paired]
            merged: dict[str, str] = {}
            for rule in sorted(matching, key=lambda r: r.order):
                merged.update(rule.attrs)
            effect = self._effects[key] = self._as_effect(merged)
        return effect

    def _as_effect(self, attrs: dict[str, str]) -> Effect:
        ids = {
            "POS": lambda v: int(POS_IDS[v]),
            "MORPH": lambda v: int(self.vocab.morphology.add(v)),
            "LEMMA": lambda v: int(self.vocab.strings.add(v)),
        }
        columns = [(n, ids[a](attrs[a]))
                   for n, a in enumerate(("POS", "MORPH", "LEMMA")) if a in attrs]
        return Effect(tuple(columns), attrs.get("TAG"), attrs.get("DEP"))


def _by_tag(rules: list[Rule]) -> dict[str | None, list[Rule]]:
    """Single-token rules by the one tag they require (None: any tag)."""
    found: dict[str | None, list[Rule]] = {}
    for rule in rules:
        tag = rule.specs[0].get("TAG")
        found.setdefault(tag if isinstance(tag, str) else None, []).append(rule)
    return found


def _with_indexed_words(lemmatizer: Any) -> Any:
    """A copy of the rule lemmatizer whose word index is a set per part of speech: the
    model stores lists of up to 57,000 words, and the lemmatizer tests each candidate form
    against them (most of its time). Membership is the same either way."""
    lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        table = lemmatizer.lookups.get_table(name)
        if name == "lemma_index":
            table = Table(name, {pos: frozenset(words) for pos, words in table.items()})
        lookups.set_table(name, table)
    faster = copy.copy(lemmatizer)
    faster.lookups = lookups
    faster.cache = {}
    faster.lemmatize = faster.rule_lemmatize  # the original's is bound to the original
    return faster


def _distinct_rows(array: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
    """The distinct rows of ``array``, where each first occurs, and for each row of
    ``array`` the index of its distinct row."""
    rows, first, inverse = numpy.unique(array, axis=0, return_index=True, return_inverse=True)
    return rows, first, inverse.reshape(-1)


def stand_in(nlp: Language) -> bool:
    """Put ``onrecord_attributes`` in place of the model's attribute ruler and rule
    lemmatizer when it has both, next to each other, and they set only what it models."""
    names = nlp.pipe_names
    if RULER not in names or LEMMATIZER not in names:
        return False
    if names.index(LEMMATIZER) != names.index(RULER) + 1:
        return False
    if getattr(nlp.get_pipe(LEMMATIZER), "mode", None) != "rule":
        return False
    if ruler_rules(nlp.get_pipe(RULER)) is None:
        return False
    nlp.add_pipe(ATTRIBUTES, before=RULER)
    nlp.remove_pipe(RULER)
    nlp.remove_pipe(LEMMATIZER)
    return True


@Language.factory(
    ATTRIBUTES,
    assigns=["token.pos", "token.morph", "token.lemma"],
    requires=["token.tag", "token.dep"],
)
def make_attributes(nlp: Language, name: str) -> Attributes:
    return Attributes(nlp, name)
