"""Speaker resolution: who said it, by name, in what role, and where.

``resolve_speakers(doc, statements)`` is a pure function over a parsed Doc and the
statements found in it; the registered component ``onrecord_speakers`` stores its result.
It runs in four steps:

1. read the cast: every name in the article, grouped under its fullest form, with the
   roles stated next to each name (``speakers_actors``, ``roles``), and resolve the chain
   of "he"/"she" subjects of the narrative;
2. resolve each statement's mention, in text order, to a named actor: pronouns, names,
   documents, organizations and descriptions (``speakers_resolve``,
   ``speakers_describe``); each result is remembered as an antecedent for later mentions;
3. give each statement the role stated nearest its mention (a description that named the
   speaker, or that is the subject of a sentence, counts as a statement of role);
4. find the venue in the statement's sentence (``venues``).
"""

from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from onrecord.nlp.extensions import (
    FoundStatement,
    doc_text,
    get_statements,
    set_statements,
    token_table,
)
from onrecord.nlp.roles import RoleStatement, nearest_role, role_at_name, role_of_description
from onrecord.nlp.speakers_actors import Cast, NameMention, inside, quoted_regions
from onrecord.nlp.speakers_base import Resolution, SalienceWeights, is_person_word
from onrecord.nlp.speakers_lexicon import RELATIVE_PRONOUNS
from onrecord.nlp.speakers_resolve import REPLYING_CUES, MentionResolver
from onrecord.nlp.venues import find_venue


def resolve_speakers(
    doc: Doc, statements: list[FoundStatement], weights: SalienceWeights | None = None
) -> list[FoundStatement]:
    """Fill ``speaker_name``, ``name_span``, ``role``, ``role_span``, ``speaker_type``,
    ``resolved_by`` and ``venue_span`` of each statement (steps in the module docstring)."""
    quoted = quoted_regions(doc_text(doc))
    cast = Cast(doc, quoted)
    resolver = MentionResolver(doc, cast, quoted, weights or SalienceWeights())
    resolver.roles = _stated_roles(doc, cast, {})
    resolver.chain_pronouns()
    resolutions = _resolve_in_order(doc, statements, resolver)
    _describe_subjects(doc, resolver, statements)
    roles = _stated_roles(doc, cast, resolver.description_roles)  # names found on the way
    return [_fill(doc, s, resolutions.get(i), roles, resolver.narrative_roles)
            for i, s in enumerate(statements)]


def _stated_roles(
    doc: Doc, cast: Cast, described: dict[int, list[RoleStatement]]
) -> dict[int, list[RoleStatement]]:
    roles: dict[int, list[RoleStatement]] = {}
    for actor in cast.actors:
        found = [role_at_name(doc, m.start, m.end) for m in actor.mentions if not m.quoted]
        roles[id(actor)] = [r for r in found if r is not None] + described.get(id(actor), [])
    return roles


def _resolve_in_order(
    doc: Doc, statements: list[FoundStatement], resolver: MentionResolver
) -> dict[int, Resolution]:
    order = sorted(
        (i for i, s in enumerate(statements) if s.mention_span is not None),
        key=lambda i: statements[i].mention_span or (0, 0),
    )
    done: dict[int, Resolution] = {}
    for i in order:
        start, end = statements[i].mention_span or (0, 0)
        cue = _cue_lemma(doc, statements[i])
        resolver.replying = cue in REPLYING_CUES
        res = resolver.resolve(start, end)
        resolver.replying = False
        done[i] = res
        resolver.remember(start, end, res, cue)
        if res.by in ("title", "description") and res.actor is not None and res.type == "person":
            _add_description_role(doc, start, end, res, resolver)
        elif res.by == "pronoun" and res.actor is not None and res.type == "person":
            _add_relative_role(doc, start, end, resolver)
    return done


def _add_relative_role(doc: Doc, start: int, end: int, resolver: MentionResolver) -> None:
    """A relative pronoun's antecedent that is a description states the role ("said to
    the Republican nominee for president, who began …")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].lower_ not in RELATIVE_PRONOUNS:
        return
    antecedent = resolver.relative_antecedent(span[0])
    if antecedent is None:
        return
    found = resolver.resolve(*antecedent)
    if found.by in ("title", "description") and found.actor is not None:
        _add_description_role(doc, *antecedent, found, resolver)


def _describe_subjects(
    doc: Doc, resolver: MentionResolver, statements: list[FoundStatement]
) -> None:
    """Descriptions that are not statement mentions still state a role ("the California
    congressman", as the subject of any sentence of the narrative; not one inside what a
    speaker said, which is the speaker's description, not the article's)."""
    taken = {s.mention_span for s in statements}
    said = [span for s in statements for span in s.content_spans]
    table = token_table(doc)  # read once per Doc, as the statements stage read it
    deps, tags = table.dep, table.pos
    for i in range(len(doc)):
        if deps[i] not in ("nsubj", "nsubjpass") or tags[i] != "NOUN":
            continue  # told from the arrays: a Token for every word cost more
        tok = doc[i]
        if not any(
            c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and c.pos_ == "PRON"
            for c in tok.children
        ):
            continue
        start, end = tok.left_edge.idx, tok.idx + len(tok.text)
        if (start, end) in taken or resolver.quoted.holds(start, end) or \
                inside(said, start, end):
            continue
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if not is_person_word(tok.lower_) or after is not None and after.dep_ == "case":
            continue  # a possessor ("the candidate's doctor") is no subject
        res = resolver.resolve(start, end)
        if res.by in ("title", "description") and res.actor is not None and res.type == "person" \
                and not _commands(tok, res.actor.mentions):
            _add_description_role(doc, start, end, res, resolver, narrative=True)


def _commands(tok: Token, mentions: list[NameMention]) -> bool:
    """Whether a mention is the subject of a verb above ``tok`` ("Sanders offered advice
    to Clinton ..., as the Democratic nominee looks ...": the nominee is not Sanders)."""
    verbs = {t.i for t in tok.ancestors if t.pos_ in ("VERB", "AUX")}
    for m in mentions:
        if m.subject and tok.sent.start_char <= m.start < tok.sent.end_char:
            span = tok.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.root.head.i in verbs:
                return True
    return False


def _add_description_role(
    doc: Doc, start: int, end: int, res: Resolution, resolver: MentionResolver,
    narrative: bool = False,
) -> None:
    """``narrative``: the description is the subject of a sentence, not a statement's
    speaker mention (its role never reaches back to an earlier statement)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or res.document or res.actor is None:
        return
    role = role_of_description(doc, span)
    if role is not None:
        resolver.roles.setdefault(id(res.actor), []).append(role)
        resolver.description_roles.setdefault(id(res.actor), []).append(role)
        if narrative:
            resolver.narrative_roles.add(role)


def _cue_lemma(doc: Doc, statement: FoundStatement) -> str:
    if statement.cue_span is None:
        return ""
    span = doc.char_span(*statement.cue_span, alignment_mode="expand")
    if span is None:
        return ""
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX", "NOUN")]
    return verbs[0].lemma_.lower() if verbs else span.root.lemma_.lower()


def _fill(
    doc: Doc,
    statement: FoundStatement,
    res: Resolution | None,
    roles: dict[int, list[RoleStatement]],
    guessed: set[RoleStatement],
) -> FoundStatement:
    venue = find_venue(doc, statement.sentence_span, statement.content_spans,
                       statement.cue_span)
    if res is None or statement.mention_span is None:
        return replace(statement, venue_span=venue)
    role = None
    if res.actor is not None and res.type == "person" and len(res.names) == 1:
        role = nearest_role(roles.get(id(res.actor), []), *statement.mention_span, guessed)
    name = "; ".join(res.names) if res.names else None
    if res.name_span is not None and len(res.names) == 1:
        name = doc_text(doc)[res.name_span[0] : res.name_span[1]]  # as written there
    return replace(
        statement,
        speaker_name=name,
        name_span=res.name_span,
        role=role.text if role else None,
        role_span=role.span if role else None,
        speaker_type=res.type,
        resolved_by=res.by,
        venue_span=venue,
    )


class SpeakerResolver:
    """Registered as ``onrecord_speakers``: runs ``resolve_speakers`` on each Doc."""

    def __init__(self, nlp: Language, name: str, window: int, tie: float) -> None:
        self.name = name
        self.weights = SalienceWeights(window=window, tie=tie)

    def __call__(self, doc: Doc) -> Doc:
        set_statements(doc, resolve_speakers(doc, get_statements(doc), self.weights))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory(
    "onrecord_speakers",
    default_config={"window": SalienceWeights.window, "tie": SalienceWeights.tie},
    assigns=["doc._.onrecord_statements"],
    requires=["doc._.onrecord_statements", "doc.ents", "token.dep"],
)
def make_speaker_resolver(nlp: Language, name: str, window: int, tie: float) -> SpeakerResolver:
    return SpeakerResolver(nlp, name, window, tie)
