"""What speaker resolution passes around: the resolution of a mention, the statements
already resolved, the salience weights, and small tests on words of the parse."""

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from onrecord.nlp.speakers_actors import Actor, NameMention
from onrecord.nlp.speakers_lexicon import (
    DOCUMENT_NOUNS,
    FEMALE_WORDS,
    INDEFINITE,
    MALE_WORDS,
    ORGANIZATION_NOUNS,
    PARTY_PLURALS,
    PERSON_NOUNS,
    ROLE_SYNONYMS,
    TITLE_WORDS,
    TITLES,
)

Offsets = tuple[int, int]
# Entity labels that are never a speaker's name.
NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
# A transcript turn's speaker label at the start of a paragraph ('"PENCE: Well, ...').
TURN_LABEL = re.compile(r"[\s\"\u201c]*([A-Z][A-Z.' -]{1,40}[A-Z]):")


@dataclass(frozen=True)
class Resolution:
    """Who a mention means. ``names`` is empty for an unnamed speaker."""

    names: tuple[str, ...] = ()
    name_span: Offsets | None = None
    type: str = "unknown"
    by: str | None = None
    actor: Actor | None = None
    group: bool = False  # an unnamed plural ("critics"): an antecedent for "they"
    document: bool = False


@dataclass
class Said:
    """A statement already resolved: an antecedent for what follows."""

    start: int
    end: int
    sent: int
    resolution: Resolution
    cue_lemma: str = ""


@dataclass
class SalienceWeights:
    """How antecedents are ranked (see docs/speakers.md)."""

    window: int = 3
    recency: float = 25.0
    subject: float = 30.0
    speaker: float = 35.0
    unknown_gender: float = 15.0
    role_clash: float = 60.0
    description_floor: float = 50.0
    floor: float = 5.0
    oblique: float = 10.0
    repeat: float = 3.0
    tie: float = 5.0
    paragraph: float = 40.0  # an antecedent in an earlier paragraph, where a new one began


def actor_named(actor: Actor, before: int, typ: str, by: str) -> Resolution:
    """``actor`` under its fullest name, pointing at its fullest mention before ``before``."""
    full = actor.full_mention_before(before)
    return Resolution((actor.name,), (full.start, full.end), typ, by, actor)


def resolved_as(res: Resolution, by: str) -> Resolution:
    return Resolution(res.names, res.name_span, res.type, by if res.names else None, res.actor,
                      res.group, res.document)


def as_document(res: Resolution) -> Resolution:
    return Resolution(res.names, res.name_span, res.type, res.by, res.actor, res.group, True)


def trimmed_span(doc: Doc, start: int, end: int) -> Span | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    tokens = [t for t in span if not t.is_space]
    while tokens and (tokens[0].is_punct or tokens[0].pos_ == "ADP" and len(tokens) > 1
                      or tokens[0].lower_ == "according"):
        tokens = tokens[1:]  # "(according) to her account"
    while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in ("'s", "\u2019s")):
        tokens = tokens[:-1]
    if not tokens:
        return None
    return doc[tokens[0].i : tokens[-1].i + 1]


def is_person_word(word: str) -> bool:
    """A noun naming a person's role or kind ("congressman", "senator", "editor")."""
    return singular(word) in PERSON_NOUNS | TITLES


def relational(span: Span, root: Token) -> bool:
    """A description with a complement ("the head of X", "the candidate's doctor")."""
    return any(t.dep_ in ("prep", "poss", "case", "acl", "relcl") for t in span if t.i != root.i)


def possessed_head(span: Span) -> Token | None:
    """ "the candidate's former doctor" parsed with the possessor as its root: the noun
    after the possessive is the head."""
    root = span.root
    if not any(c.dep_ == "case" for c in root.children):
        return None
    after = [t for t in span if t.i > root.i + 1 and t.pos_ in ("NOUN", "PROPN")]
    return after[-1] if after else None


def role_holder(span: Span) -> Token | None:
    """ "Member of House panel": the person noun before "of", whatever the parse says."""
    tokens = [t for t in span if t.pos_ != "DET"]
    if len(tokens) < 3 or tokens[1].lower_ != "of" or tokens[0].pos_ not in ("NOUN", "PROPN"):
        return None
    return tokens[0] if singular(tokens[0].lower_) in PERSON_NOUNS else None


def role_words(text: str) -> set[str]:
    """The words of a role, abbreviated titles spelt out ("Sen." -> "senator"), with the
    words that name the same office ("Justice" -> "judge", "senator" -> "lawmaker")."""
    words = {singular(w.strip(".,").lower()) for w in text.split()}
    words |= {TITLE_WORDS[w] for w in words if w in TITLE_WORDS}
    return words | {same for w in words for same in ROLE_SYNONYMS.get(w, ())}


def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "is", "us")) and len(word) > 3:
        return word[:-1]
    return word


def common_noun(tok: Token) -> bool:
    """A common noun, even when a headline capitalises it ("Black Lawmakers", "Retired
    General"), but not the last word of a name ("Supreme Court")."""
    word = singular(tok.lower_)
    if word not in PERSON_NOUNS | ORGANIZATION_NOUNS | DOCUMENT_NOUNS | TITLES:
        return tok.pos_ == "NOUN" and not (tok.is_title and not tok.is_sent_start)
    if tok.ent_type_ == "PERSON":
        return False
    doc = tok.doc
    last_of_entity = tok.i + 1 >= len(doc) or doc[tok.i + 1].ent_iob_ != "I"
    if tok.ent_type_ == "ORG" and tok.ent_iob_ == "I" and last_of_entity:
        return False
    in_body = tok.sent.start > 0  # the headline, first, capitalises every word
    named = tok.is_title and any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title
                                 for c in tok.lefts)
    return not (in_body and named)  # "the U.S. PIRG Education Fund"


def indefinite_plural(root: Token) -> bool:
    det = [c.lower_ for c in root.children if c.dep_ in ("det", "amod", "nummod", "quantmod")]
    plural = root.tag_ in ("NNS", "NNPS") or (root.lower_.endswith("s") and
                                               singular(root.lower_) != root.lower_)
    indefinite = any(d in INDEFINITE for d in det) or not any(
        c.dep_ in ("det", "poss") for c in root.children)
    return plural or (indefinite and bool(det) and det[0] in ("a", "an"))


def unnamed_type(root: Token) -> str:
    word = singular(root.lower_)
    if root.ent_type_ == "NORP" or word in PERSON_NOUNS | TITLES | MALE_WORDS | FEMALE_WORDS \
            or word.endswith(("er", "ist", "ian", "man", "woman")):  # "businessman", "lady"
        return "person"
    if word in ORGANIZATION_NOUNS:
        return "organization"
    if word in SHARE_NOUNS or root.like_num:  # "a majority of voters", "52 percent of …"
        members = counted_members(root)
        if members is not None:
            return unnamed_type(members)
    return "unknown"


def counted_members(root: Token) -> Token | None:
    """The group a share or a count is of ("voters" in "a majority of voters")."""
    return next((o for p in root.children if p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"), None)


# Words that name a part of a group: the group says who they are ("a majority of voters").
SHARE_NOUNS = frozenset({
    "majority", "minority", "percent", "share", "half", "third", "quarter", "number", "group",
    "handful", "plurality", "fraction", "portion", "proportion", "dozen", "hundred",
    "thousand", "million", "most", "some", "many", "all", "few", "none", "one", "two",
})


def type_of(actor: Actor) -> str:
    return actor.type if actor.type != "unknown" else "person"


def followed_by(text: str, mention: NameMention, words: frozenset[str]) -> bool:
    rest = text[mention.end : mention.end + 30].replace("\u2019", "'").lower()
    rest = rest[3:] if rest.startswith("'s ") else rest
    first = rest.split()[:1]
    word = first[0].strip(".,;") if first else ""
    word = word[:-2] if word.endswith("'s") else word
    return bool(word) and singular(word) in words


def agrees(actor: Actor, agreement: str) -> float | None:
    """``None`` when the actor cannot be the antecedent; else a penalty (0 = sure fit)."""
    typ = type_of(actor)
    if agreement in ("m", "f", "person"):
        if typ != "person":
            return None
        if agreement == "person" or actor.gender == agreement:
            return 0.0
        return None if actor.gender is not None else SalienceWeights.unknown_gender
    if agreement == "plural":  # a country or a city is "it", not "they"
        return 0.0 if typ == "organization" and not is_place(actor) else None
    return 0.0 if typ == "organization" and actor.name.lower() not in PARTY_PLURALS else None


def is_place(actor: Actor) -> bool:
    """Every mention of the actor was read as a place."""
    return all(m.label in ("GPE", "LOC") for m in actor.mentions)


def agrees_resolution(res: Resolution, agreement: str) -> float | None:
    if res.actor is not None and len(res.names) == 1 and not res.document:
        return agrees(res.actor, agreement)
    if agreement == "plural":
        return 0.0 if (res.group or len(res.names) > 1) else None
    if agreement == "neuter" and res.document:
        return 0.0
    return None
