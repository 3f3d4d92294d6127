"""Descriptions of speakers: documents and polls, organizations and spokespeople, and
titles or descriptions of persons (rules 3-6 of ``speakers_resolve``)."""

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from onrecord.nlp.extensions import token_table
from onrecord.nlp.roles import RoleStatement, member_marks
from onrecord.nlp.speakers_actors import Actor, Cast, NameMention
from onrecord.nlp.speakers_base import (
    SHARE_NOUNS,
    Resolution,
    Said,
    SalienceWeights,
    actor_named,
    as_document,
    followed_by,
    indefinite_plural,
    is_place,
    relational,
    resolved_as,
    role_words,
    singular,
    type_of,
    unnamed_type,
)
from onrecord.nlp.speakers_lexicon import (
    AUTHOR_NOUNS,
    DOCUMENT_NOUNS,
    FEMALE_PRONOUNS,
    FEMALE_WORDS,
    GENERIC_ORGANIZATIONS,
    INDEFINITE,
    ISSUING_VERBS,
    MALE_PRONOUNS,
    MALE_WORDS,
    ORGANIZATION_NOUNS,
    PARTY_PLURALS,
    PERSONAL_ORGANIZATIONS,
    PLACE_NOUNS,
    PUBLISHING_VERBS,
    SPOKES_NOUNS,
    WRITTEN_PIECES,
)
from onrecord.nlp.timex_vocab import SMALL

# The words at which an authorship can be stated (see ``_authors_at``).
AUTHORSHIP_NOUNS = AUTHOR_NOUNS | DOCUMENT_NOUNS


def _name_words(name: str) -> set[str]:
    return {singular(w.strip(".,").lower()) for w in name.split()}


SUBORDINATE = frozenset({"vice", "deputy", "assistant", "associate", "under"})
PARTIES = {"republican": "r", "gop": "r", "democratic": "d", "democrat": "d"}


def _same_office(head: str, role: str, described: set[str] | None = None) -> bool:
    """A role naming the office ``head`` ("the president"), not a subordinate one ("Vice
    President Joseph R. Biden Jr."), nor another party's ("The Republican nominee" is not
    the "Democratic vice presidential nominee"); ``described``: the description's words."""
    if head not in role_words(role):
        return False
    words = [w.strip(".,").lower() for w in role.replace("-", " ").split()]
    described = described or set()
    if SUBORDINATE & set(words) - described:
        return False
    theirs = {PARTIES[w] for w in words if w in PARTIES}
    ours = {PARTIES[w] for w in described if w in PARTIES}
    return not (theirs and ours and not theirs & ours)


def _where_taken(tok: Token) -> bool:
    """A place in a phrase saying where ("in New Hampshire", "across Ohio")."""
    head = tok
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    return tok.ent_type_ in ("GPE", "LOC") and head.dep_ == "pobj" and \
        head.head.lower_ in ("in", "across", "throughout")


def _place_words(span: Span) -> set[str]:
    return {t.lower_ for t in span if t.ent_type_ == "GPE"}


def _before_clause(span: Span, root: Token) -> Span:
    """The mention up to a clause of its head noun ("The alliance, which includes … the
    Annenberg Institute": not the institute)."""
    clauses = [c.left_edge.i for c in root.children if c.dep_ in ("relcl", "acl")
               and c.i > root.i]
    end = min(clauses, default=span.end)
    while end > span.start + 1 and span.doc[end - 1].is_punct:
        end -= 1
    return span.doc[span.start : max(end, root.i + 1)]


JOINT_ISSUERS = re.compile(r"\s*/\s*|(?<=\w)-(?=[A-Z])")


def _is_party(res: Resolution) -> bool:
    """A party written as its members ("Democrats"): it speaks, but is no institution a
    description of one ("the institute") or a document ("the poll") stands for."""
    return len(res.names) == 1 and res.names[0].lower() in PARTY_PLURALS


def joint_issuers(name: str) -> tuple[str, ...]:
    """ "Washington Post-ABC News" (one name to the recogniser) is two issuers when each
    side has two words or more; a slash always parts two ("Reuters/Ipsos")."""
    parts = [p.strip() for p in JOINT_ISSUERS.split(name) if p.strip()]
    if len(parts) < 2:
        return (name,)
    if "/" not in name and not all(" " in p for p in parts):
        return (name,)  # "Hewlett-Packard", "Coca-Cola"
    return tuple(parts)


WORD = re.compile(r"[a-z]+")  # a lower-case word of a mention
INSTITUTION_WORDS = frozenset({"university", "college", "institute"})
# A document in a phrase of these is not the sentence subject's own.
NOT_ISSUING_PREPOSITIONS = frozenset({"despite", "unlike", "against", "amid", "about", "over",
                                      "after", "before", "since", "following", "according"})


class DescriptionRules:
    """The description rules of ``MentionResolver``, which supplies what is declared here."""

    doc: Doc
    cast: Cast
    said: list[Said]
    roles: dict[int, list[RoleStatement]]
    weights: SalienceWeights
    _authorships_found: list[tuple[int, Resolution]]  # set on first use, per Doc

    if TYPE_CHECKING:

        def resolve(self, start: int, end: int) -> Resolution: ...

        def _pronoun(self, root: Token, span: Span) -> Resolution: ...

        def _antecedent(self, offset: int, agreement: str, exclude: Span | None = None,
                        role_head: str | None = None, floor: float | None = None,
                        excluded: Actor | None = None) -> Resolution: ...

        def _name_at(self, head: Token, span: Span) -> tuple[NameMention, Actor] | None: ...

        def _named(self, names: list[tuple[NameMention, Actor]], span: Span) -> Resolution: ...

        def _oblique(self, m: NameMention) -> bool: ...

        def _chain(self, head: Token, span: Span) -> Span: ...


    def _description(self, span: Span, root: Token) -> Resolution:
        head = singular(root.lower_)
        poss = next((c for c in root.children if c.dep_ == "poss"), None)
        if head in DOCUMENT_NOUNS:
            return self._document(span, root, poss)
        if head in PERSONAL_ORGANIZATIONS:
            found = self._owner(span, root, poss)
            if found is not None:
                return found
        if head in SPOKES_NOUNS and root.tag_ not in ("NNS", "NNPS"):
            found = self._organization_in(span)
            if found is not None:
                return found
        if root.pos_ == "NUM" and len(span) == 2 and span[0].lower_ == "the":
            found = self._antecedent(span.start_char, "plural")  # "The two admit …"
            if root.lower_ in SMALL and len(found.names) == SMALL.index(root.lower_):
                return resolved_as(found, "description")
        if root.lower_ in INDEFINITE or root.pos_ in ("NUM", "PRON"):
            return Resolution(type="person", group=True)  # "one of the docs", "some"
        if head in SHARE_NOUNS:  # "Only 52 percent of registered voters": part of a group
            return Resolution(type=unnamed_type(root), group=True)
        if head in ORGANIZATION_NOUNS or (
            root.ent_type_ in ("ORG", "GPE") and unnamed_type(root) != "person"
        ):
            return self._organization(span, root, head)
        if head in AUTHOR_NOUNS:
            authors = self._document_authors(span)  # "the researchers tallied"
            if authors is not None:
                return Resolution(authors.names, authors.name_span, authors.type,
                                  "description", authors.actor)
        if span[0].lower_ in ("a", "an") and root.tag_ == "NN" and \
                unnamed_type(root) == "person":  # "A New York judge has rejected …"
            named = self._next_person(span, root, None, role_head=head)
            if named is not None:
                return named
        if indefinite_plural(root) or root.ent_type_ == "NORP":
            members = self._members_in(span)  # "The authors, which include X and Y"
            if members is not None and members.names:
                return resolved_as(members, "description")
            return Resolution(type=unnamed_type(root), group=True)
        if unnamed_type(root) != "person":
            return Resolution(type=unnamed_type(root))
        return self._title(span, root)

    def _document(self, span: Span, root: Token, poss: Token | None) -> Resolution:
        if poss is not None and poss.pos_ == "PRON":
            return as_document(resolved_as(self._pronoun(poss, span), "description"))
        if poss is not None and poss.pos_ == "PROPN":
            owner = self._name_at(poss, span)  # "the Federal Reserve's Beige Book"
            if owner is not None:
                return as_document(resolved_as(self._named([owner], span), "description"))
        issuers = self._issuers_in(span) or self._issued_by(root)
        if issuers:
            return as_document(resolved_as(issuers, "description"))
        det = next((c.lower_ for c in root.children if c.dep_ == "det"), "")
        released = self._released_earlier(span, root)
        if released is not None:
            return released
        if det in ("a", "an") or root.tag_ in ("NNS", "NNPS") and not det:
            found = self._sentence_subject(span) or self._document_authors(
                span, lead_only=True) or self._next_named_document(span, root)
            return found or Resolution(type="unknown", document=True)
        earlier = self._earlier_issuer(span.start_char)
        if earlier.names:
            return earlier
        return self._document_authors(span) or earlier

    def _document_authors(self, span: Span, lead_only: bool = False) -> Resolution | None:
        """The named authors of a document the article describes, for "the report", "the
        researchers" or "this finding": the last authorship stated before the mention ("The
        authors of the report, which include X and Y"; "a study by X"), or in a lead, the
        first one after it. ``lead_only``: only that forward look ("a study being released
        by a group of researchers ... The authors of the report, which include ...")."""
        before = [a for a in self._authorships() if a[0] < span.start_char]
        if before and not lead_only:
            return as_document(resolved_as(before[-1][1], "description"))
        if self._in_lead(span):
            after = [a for a in self._authorships() if a[0] >= span.end_char]
            if after:
                return as_document(resolved_as(after[0][1], "description"))
        return None

    def _authorships(self) -> list[tuple[int, Resolution]]:
        """(offset, named authors) of every authorship the article states, found once."""
        found = getattr(self, "_authorships_found", None)
        if found is None:
            found = []
            for i, word in enumerate(token_table(self.doc).lower):
                if singular(word) not in AUTHORSHIP_NOUNS:
                    continue  # told from the lower-case form, without building a Token
                tok = self.doc[i]
                names = self._authors_at(tok)
                if names is not None:
                    found.append((tok.idx, names))
            self._authorships_found = found
        return found

    def _authors_at(self, tok: Token) -> Resolution | None:
        """ "authors of the report, which include X and Y" at "authors"; "a study by X" at
        "study"."""
        word = singular(tok.lower_)
        preps = [c for c in tok.children if c.dep_ == "prep"]
        if word in AUTHOR_NOUNS and any(
            p.lower_ == "of" and any(singular(o.lower_) in DOCUMENT_NOUNS for o in p.children)
            for p in preps
        ):
            found = self._members_in(self.doc[tok.left_edge.i : tok.right_edge.i + 1])
        elif word in DOCUMENT_NOUNS and tok.pos_ == "NOUN":
            by = next((p for p in preps if p.lower_ == "by"), None)
            objects = [o for o in by.children if o.dep_ == "pobj"] if by is not None else []
            found = self._issuers_in(self.doc[objects[0].left_edge.i : objects[0].right_edge.i
                                              + 1]) if objects else None
        else:
            return None
        return found if found is not None and found.names else None

    def _next_named_document(self, span: Span, root: Token) -> Resolution | None:
        """ "A new poll shows …" in a lead: the issuer of the same kind of document named
        within the next two sentences ("The latest Reuters/Ipsos opinion poll …")."""
        if not self._in_lead(span):
            return None
        sent = self.cast.sent_index(span.start_char)
        kind = singular(root.lower_)
        for tok in self.doc[span.end :]:
            if self.cast.sent_index(tok.idx) - sent > 2:
                break
            if singular(tok.lower_) != kind or tok.pos_ != "NOUN":
                continue
            issuers = self._issuers_in(self.doc[tok.left_edge.i : tok.i + 1])
            if issuers is not None and issuers.names:
                return as_document(resolved_as(issuers, "description"))
        return None

    def _issued_by(self, root: Token) -> Resolution | None:
        """The agent of a participle on the document itself, outside the mention ("The
        poll, released on Wednesday night by the Public Policy Institute of California,
        showed …")."""
        for acl in root.children:
            if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.lemma_ not in PUBLISHING_VERBS:
                continue
            for agent in acl.children:
                issuer = next((c for c in agent.children if c.dep_ == "pobj"), None)
                if agent.dep_ == "agent" and issuer is not None:
                    found = self.resolve(issuer.left_edge.idx, issuer.right_edge.idx +
                                         len(issuer.right_edge.text))
                    return found if found.names else None
        return None

    def _released_earlier(self, span: Span, root: Token) -> Resolution | None:
        """ "Tulsa police released video ... Video shows": the subject that released,
        published or issued the same kind of document shortly before ("The Washington Post
        ran a feature … The piece used …": any written piece for another)."""
        sent = self.cast.sent_index(span.start_char)
        lemma = singular(root.lower_)
        kinds = WRITTEN_PIECES if lemma in WRITTEN_PIECES else {lemma}
        for tok in reversed(self.doc[: span.start]):
            if sent - self.cast.sent_index(tok.idx) > 2:
                break
            if tok.dep_ != "dobj" or singular(tok.lower_) not in kinds or tok.head.lemma_ not in (
                PUBLISHING_VERBS
            ):
                continue
            subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if subject is None:
                return None
            found = self._placed_body(subject) or self.resolve(
                subject.left_edge.idx, subject.idx + len(subject.text))
            return as_document(resolved_as(found, "description")) if found.names else None
        return None

    def _placed_body(self, subject: Token) -> Resolution | None:
        """ "Tulsa police" when the parse left the place name out of the subject."""
        before = self.doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
        if before is None or before.ent_type_ not in ("GPE", "LOC") or \
                singular(subject.lower_) not in ORGANIZATION_NOUNS or \
                subject.left_edge.i != subject.i:
            return None
        actor = self.cast.add(self.doc[before.i : subject.i + 1], "ORG")
        if actor is None:
            return None
        return actor_named(actor, subject.idx + len(subject.text), "organization", "name")

    def _sentence_subject(self, span: Span) -> Resolution | None:
        """ "In a statement announcing the pick, the Association ... called": a document
        whose sentence has a named subject is that subject's (not "authorized by court
        rulings": the document must sit in a phrase of the main verb)."""
        prep = span.root.head
        if span.root.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.dep_ != "ROOT":
            return None
        if prep.lower_ in NOT_ISSUING_PREPOSITIONS:
            return None  # "Despite polls showing her well behind, Clinton campaigned"
        for tok in span.root.sent:
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ROOT" or (
                span.start <= tok.i < span.end
            ):
                continue
            pair = self._name_at(tok, tok.sent) if tok.pos_ == "PROPN" else None
            if pair is not None and not pair[0].quoted:
                return as_document(resolved_as(self._named([pair], tok.sent), "description"))
        return None

    def _named_possessor(self, tok: Token) -> bool:
        """A possessor the tagger misread but the cast knows ("Sanders’ campaign")."""
        return tok.dep_ == "poss" and self.cast.mention_at(tok.idx, tok.idx + len(tok.text)) \
            is not None

    def _issuers_in(self, span: Span) -> Resolution | None:
        found: list[tuple[NameMention, Actor]] = []
        for tok in span:
            if tok.pos_ != "PROPN" and not self._named_possessor(tok) or tok.i == span.root.i:
                continue
            if any(m.start <= tok.idx < m.end for m, _ in found):
                continue
            if tok.dep_ in ("compound", "flat") and tok.head.pos_ == "PROPN" and \
                    span.start <= tok.head.i < span.end and not (
                        tok.head.i == span.root.i and
                        singular(tok.head.lower_) in PERSONAL_ORGANIZATIONS):
                continue  # a word of a longer name ("USA" in "USA TODAY"): its head stands;
                # but a headline's "Trump Campaign" is Trump's
            if any(a.dep_ == "appos" and a.head.pos_ == "PROPN" and span.start <= a.i < span.end
                   for a in (tok, *tok.ancestors)):
                continue  # "by Lily Batchelder, a former aide now teaching at New York University"
            if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and \
                    tok.head.head.ent_type_ == "PERSON":
                continue  # "Senator Bernie Sanders of Vermont": where he is from
            if _where_taken(tok):
                continue  # "Polls in New Hampshire": where, not by whom
            mention = self.cast.mention_at(tok.idx, tok.idx + len(tok.text))
            if mention is None or len(mention.text) < len(self._chain(tok, span).text):
                pair = self._name_at(tok, span)  # a name the recogniser missed: "USA TODAY"
                mention = pair[0] if pair is not None else None
            if mention is None or mention.label == "NORP" or self._modifies_name(tok, mention):
                continue
            if self.cast.text.startswith("-", mention.end):
                continue  # "Nobel Prize-winning economist X": a name inside a modifier
            if mention.start <= span.root.idx < mention.end:
                continue  # the document's own title ("Beige Book")
            actor = self.cast.actor_of(mention)
            if all(actor is not a for _, a in found):
                found.append((mention, actor))
        if not found:
            return None
        resolution = self._named([(m, self._institution_for(a)) for m, a in found], span)
        if len(found) == 1 and (followed_by(self.cast.text, found[0][0], PERSONAL_ORGANIZATIONS)
                                or self._owns_organization(found[0][0])):
            return Resolution(resolution.names, resolution.name_span, "organization",
                              resolution.by, resolution.actor)
        issuers = joint_issuers(resolution.names[0]) if len(resolution.names) == 1 else ()
        if len(issuers) > 1:
            return replace(resolution, names=issuers)
        return resolution

    def _owns_organization(self, mention: NameMention) -> bool:
        """The name possesses an organization noun further on ("Donald Trump's presidential
        campaign")."""
        name = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return name is not None and name.root.dep_ == "poss" and \
            singular(name.root.head.lower_) in PERSONAL_ORGANIZATIONS

    def _institution_for(self, actor: Actor) -> Actor:
        """ "The Monmouth poll" after "Monmouth University": an issuer written as the
        place an institution of the article is named after is that institution."""
        if " " in actor.name or not is_place(actor):
            return actor
        for other in self.cast.actors:
            words = other.name.split()
            if len(words) == 2 and words[0] == actor.name and \
                    words[1].lower() in INSTITUTION_WORDS:
                return other
        return actor

    def _modifies_name(self, tok: Token, mention: NameMention) -> bool:
        """ "Loyola Law School" in "Loyola Law School professor Justin Levitt"."""
        head = tok
        while head.dep_ in ("compound", "amod", "poss", "nmod") and head.head.i != head.i:
            head = head.head
            other = self.cast.mention_at(head.idx, head.idx + len(head.text))
            if other is not None and other != mention:
                return True
        return False

    def _earlier_issuer(self, offset: int) -> Resolution:
        sent = self.cast.sent_index(offset)
        for said in reversed(self.said):
            if said.start < offset and sent - said.sent <= 4 and said.resolution.document:
                return said.resolution
        for said in reversed(self.said):
            res = said.resolution
            if said.start < offset and sent - said.sent <= 6 and res.names and (
                said.cue_lemma in ISSUING_VERBS and (res.type == "organization"
                                                     or said.cue_lemma != "say")
            ) and not _is_party(res):  # "Democrats say" issues no poll
                return Resolution(res.names, res.name_span, res.type, "description",
                                  res.actor, document=True)
        return Resolution(type="unknown", document=True)

    def _owner(self, span: Span, root: Token, poss: Token | None) -> Resolution | None:
        """ "her campaign", "the Trump campaign": the organization, under its owner's name."""
        owner: Resolution | None = None
        if poss is not None and (poss.pos_ == "PRON" or poss.lower_ == "whose"):
            owner = self._pronoun(poss, span)
        else:
            owner = self._issuers_in(span)
        if (owner is None or not owner.names) and span[0].lower_ == "the":
            owner = self._earlier_owner(span, root)  # "the Clinton campaign … the campaign"
        if owner is None or not owner.names:
            return None
        return Resolution(owner.names, owner.name_span, "organization", "description",
                          owner.actor)

    def _earlier_owner(self, span: Span, root: Token) -> Resolution | None:
        """The owner named with the same kind of organization last before ``span``
        ("the Clinton campaign", "Trump's campaign")."""
        kind = singular(root.lower_)
        for tok in reversed(self.doc[: span.start]):
            if singular(tok.lower_) != kind or tok.pos_ != "NOUN":
                continue
            owner = self._issuers_in(self.doc[tok.left_edge.i : tok.i])
            if owner is not None and owner.names:
                return owner
        return None

    def _organization_in(self, span: Span) -> Resolution | None:
        found = self._issuers_in(span)
        if found is None or not found.names:
            return None
        return Resolution(found.names, found.name_span, "organization", "description",
                          found.actor)

    def _organization(self, span: Span, root: Token, head: str) -> Resolution:
        local = self._place_organization(span, root)
        if local is not None:
            return local
        plural = root.tag_ in ("NNS", "NNPS")
        named = self._members_in(span) if plural else self._issuers_in(_before_clause(span, root))
        if named is not None and named.names:
            return named
        if indefinite_plural(root) and not self._in_lead(span):
            return Resolution(type="organization", group=root.tag_ in ("NNS", "NNPS"))
        if self._introduced_unnamed(span, root, head):
            return Resolution(type="organization")
        found = self._organization_nearby(span, head) or self._organization_speaking(span, root)
        return found or Resolution(type="organization", group=root.tag_ in ("NNS", "NNPS"))

    def _introduced_unnamed(self, span: Span, root: Token, head: str) -> bool:
        """Whether "the commission" refers back to "a New Hampshire ballot commission"
        introduced in the two sentences before, with no organization named since: a new,
        unnamed body, not the one named earlier ("the Illinois Board of Elections")."""
        if span[0].lower_ != "the" or root.tag_ not in ("NN", "NNP"):
            return False
        sent = self.cast.sent_index(span.start_char)
        for tok in reversed(self.doc[: span.start]):
            if sent - self.cast.sent_index(tok.idx) > 2:
                return False
            if tok.ent_type_ == "ORG" and not self.cast.quoted.holds(tok.idx, tok.idx + 1):
                return False  # an organization named since
            if singular(tok.lower_) == head and tok.pos_ == "NOUN" and any(
                    c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
                return not self.cast.quoted.holds(tok.idx, tok.idx + 1)
        return False

    def _members_in(self, span: Span) -> Resolution | None:
        """ "Other major unions, including the AFT and the AFL-CIO": the members named;
        not a name that only modifies the group ("states led by West Virginia")."""
        marks = member_marks(span)  # "Critics of the program, like Senators X and Y"
        if not marks:
            return None
        return self._issuers_in(self.doc[marks[0].i : span.end])

    def _organization_speaking(self, span: Span, root: Token) -> Resolution | None:
        """ "the union": the organization that spoke just before; in a lead, the one
        that speaks next ("A union ... endorsed X. ... the Association of ... called")."""
        if root.tag_ in ("NNS", "NNPS"):
            return None
        sent = self.cast.sent_index(span.start_char)
        definite = span[0].lower_ in ("the", "this", "that")
        for said in reversed(self.said):
            res = said.resolution
            if _is_party(res) and singular(root.lower_) != "party":
                continue  # "Democrats" is never "the institute"
            if definite and said.start < span.start_char and sent - said.sent <= 2 and \
                    res.type == "organization" and res.actor is not None and not res.group:
                return resolved_as(res, "description")
        if not self._in_lead(span):
            return None
        for actor in self.cast.actors:
            if actor.type != "organization":
                continue
            for m in actor.mentions:
                if m.start >= span.end_char and m.subject and m.sent - sent <= 2 and \
                        singular(root.lower_) not in PLACE_NOUNS:
                    return actor_named(actor, m.end, "organization", "description")
        return None

    def _place_organization(self, span: Span, root: Token) -> Resolution | None:
        """ "Tulsa police": a place name and an organization noun, named by both."""
        places = [c for c in root.lefts if c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC")
                  and span.start <= c.i]
        if not places or root.ent_type_ == "ORG":
            return None
        name = self.doc[places[0].i : root.i + 1]
        actor = self.cast.add(name, "ORG")
        if actor is None:
            return None
        return actor_named(actor, span.end_char, "organization", "name")

    def _organization_nearby(self, span: Span, head: str) -> Resolution | None:
        """ "the appeals court": the organization whose name shares most words with the
        description (an earlier speaker first, then one named nearby)."""
        sent = self.cast.sent_index(span.start_char)
        words = {singular(t.lower_) for t in span if t.pos_ in ("NOUN", "PROPN", "ADJ")}
        best: tuple[int, int, Resolution] | None = None
        for said in self.said:
            res = said.resolution
            if said.start < span.start_char and sent - said.sent <= 6 and res.actor is not None \
                    and res.type == "organization" and head in _name_words(res.actor.name):
                rank = (len(words & _name_words(res.actor.name)), said.start)
                if best is None or rank > best[:2]:
                    best = (*rank, resolved_as(res, "description"))
        named = self._organization_named(span, head, sent, words)
        if named is not None and named.actor is not None and (
            best is None or len(words & _name_words(named.actor.name)) > best[0]
        ):
            return named
        if best is not None:
            return best[2]
        return self._main_place(span, head) or self._organization_recent(span, head, sent)

    def _organization_recent(self, span: Span, head: str, sent: int) -> Resolution | None:
        """ "the agency", "the company": the organization named last, within two sentences."""
        if head not in GENERIC_ORGANIZATIONS or span[0].lower_ != "the":
            return None
        best: tuple[int, Actor] | None = None
        for actor in self.cast.actors:
            if actor.type != "organization" or not any(m.label == "ORG" for m in actor.mentions):
                continue
            for m in actor.mentions:
                if m.end <= span.start_char and sent - m.sent <= 2 and not m.quoted and (
                    best is None or m.start > best[0]
                ):
                    best = (m.start, actor)
        if best is None:
            return None
        actor = best[1]
        return actor_named(actor, span.end_char, "organization", "description")

    def _main_place(self, span: Span, head: str) -> Resolution | None:
        """ "the city": the place the article names most, when none is near."""
        if head not in PLACE_NOUNS:
            return None
        places = [a for a in self.cast.actors if any(m.label == "GPE" for m in a.mentions)]
        if not places:
            return None
        actor = max(places, key=lambda a: len(a.mentions))
        if len(actor.mentions) < 3:
            return None
        return actor_named(actor, span.end_char, "organization", "description")

    def _organization_named(self, span: Span, head: str, sent: int, words: set[str]
                            ) -> Resolution | None:
        """The organization named near a description, whose name holds its head noun (two
        shared words let it be named further back: "the appeals court")."""
        lead = self._in_lead(span)
        best: tuple[int, NameMention, Actor] | None = None
        for actor in self.cast.actors:
            if actor.type != "organization":
                continue
            fits_head = head in _name_words(actor.name)
            place = head in PLACE_NOUNS and any(m.label == "GPE" for m in actor.mentions)
            if not (fits_head or place):
                continue
            window = 8 if len(words & _name_words(actor.name)) >= 2 else 2
            for m in actor.mentions:
                before = m.end <= span.start_char and sent - m.sent <= window
                after = lead and m.start >= span.end_char and m.sent - sent <= 2
                if before or after:
                    dist = abs(m.start - span.start_char)
                    if best is None or dist < best[0]:
                        best = (dist, m, actor)
        if best is None:
            return None
        actor = best[2]
        return actor_named(actor, span.end_char, "organization", "description")

    def _title(self, span: Span, root: Token) -> Resolution:
        words = {singular(t.lower_) for t in span if t.pos_ in ("NOUN", "PROPN", "ADJ")}
        gender = "f" if words & FEMALE_WORDS else "m" if words & MALE_WORDS else None
        head = singular(root.lower_)
        if span[0].lower_ in ("a", "an", "one", "another"):
            return Resolution(type="person")  # "a federal judge": someone new, unnamed
        if any(c.dep_ == "poss" and c.lower_ in ("my", "our", "your") for c in root.children):
            return Resolution(type="person")  # "my father", "your child": not a salient name
        named = self._copula_subject(root)  # "Angela Corey is the state attorney who …"
        if named is not None:
            return named
        owner = self._possessor(span, root)
        found = self._by_role(span, head, owner)
        if found is not None:
            return found
        if head in SPOKES_NOUNS:
            # "the prime minister's spokesman", "The spokesman said": someone speaking for
            # another, named only by a stated role or as the spokesman just before; the
            # salient name is whom they speak for
            return self._same_spokesman(span) or Resolution(type="person")
        excluded = owner or self._commanding_subject(root, head)
        # cataphora prefers the person given the described role: "Federal Judge Just Gave
        # Hillary …" is "U.S. District Judge Emmet G. Sullivan", not the next name
        found = self._previous_person(span, root, gender, excluded) or self._next_person(
            span, root, gender, role_head=head, excluded=excluded) or self._next_person(
            span, root, gender, excluded=excluded)
        return found or Resolution(type=unnamed_type(root))

    def _copula_subject(self, root: Token) -> Resolution | None:
        """The named subject a description is predicated of ("Angela Corey is the
        Republican state attorney who charged Zimmerman": Corey)."""
        if root.dep_ != "attr" or root.head.lemma_ != "be":
            return None
        subject = next((c for c in root.head.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "PROPN":
            return None
        found = self.resolve(subject.left_edge.idx, subject.idx + len(subject.text))
        return resolved_as(found, "description") if found.names else None

    def _same_spokesman(self, span: Span) -> Resolution | None:
        """ "the spokesman said" after "A spokesman for the ministry said": the same one, for
        the same body (a statement of the last two sentences whose mention is a spokesman)."""
        sent = self.cast.sent_index(span.start_char)
        for said in reversed(self.said):
            if said.start >= span.start_char or sent - said.sent > 2:
                continue
            words = {singular(w) for w in WORD.findall(self.cast.text[said.start:said.end].lower())}
            if words & SPOKES_NOUNS:
                return resolved_as(said.resolution, "description")
        return None

    def _previous_person(self, span: Span, root: Token, gender: str | None,
                         excluded: Actor | None) -> Resolution | None:
        """The salient person before a description, if salient enough; never the person
        the description is relative to ("the candidate's doctor" is not the candidate), nor
        the named subject of a clause it lies in, unless it names that person's role or title
        ("Serrat said … after the speaker refused …"; but "Rep. Adam Schiff called on …
        meddling the California congressman said …")."""
        found = self._antecedent(span.start_char, gender or "person", span, singular(root.lower_),
                                 floor=self.weights.description_floor, excluded=excluded)
        return resolved_as(found, "description") if found.names else None

    def _commanding_subject(self, root: Token, head: str) -> Actor | None:
        coordinated = False  # "She said …, and … the mother of three replied": not bound
        below = root
        for verb in root.ancestors:
            coordinated = coordinated or below.dep_ == "conj"
            below = verb
            for child in verb.children:
                if child.dep_ not in ("nsubj", "nsubjpass") or \
                        child.left_edge.i <= root.i <= child.right_edge.i:
                    continue
                pronoun = not coordinated and child.i < root.i
                actor = self._subject_actor(child, pronoun)
                if actor is not None:
                    return None if head in self._role_words_of(actor) else actor
        return None

    def _subject_actor(self, subject: Token, pronoun: bool) -> Actor | None:
        """The actor a subject names, or, with ``pronoun``, the one its "he" / "she" stands
        for ("He says Trump's call … a position the Republican nominee has since modified":
        the nominee is not him)."""
        # the subject's own name, not a possessor's inside it ("Trump's call …, a position
        # the Republican nominee has since modified": the nominee is Trump)
        mention = self.cast.mention_at(subject.idx, subject.idx + len(subject.text))
        if mention is not None:
            return self.cast.actor_of(mention)
        if pronoun and subject.lower_ in MALE_PRONOUNS | FEMALE_PRONOUNS:
            return self._pronoun(subject, self.doc[subject.i : subject.i + 1]).actor
        return None

    def _role_words_of(self, actor: Actor) -> set[str]:
        """The words of the roles stated for ``actor`` and of the titles before its name."""
        words: set[str] = set()
        for role in self.roles.get(id(actor), []):
            words |= role_words(role.text)
        for m in actor.mentions:
            name = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if name is not None and name.start > 0:
                words |= role_words(self.doc[name.start - 1].text)
        return words

    def _possessor(self, span: Span, root: Token) -> Actor | None:
        """Whom the description is relative to: "the candidate's doctor", "her daughter",
        "his attorney" (never that person)."""
        pronoun = next((c for c in root.children if c.dep_ == "poss" and c.pos_ == "PRON"
                        and c.lower_ in ("his", "her")), None)
        if pronoun is not None:
            return self._pronoun(pronoun, span).actor
        marks = [t for t in span if t.lower_ in ("'s", "\u2019s") and t.i < root.i]
        if not marks:
            return None
        start = span.start_char
        owner = self.resolve(start, marks[-1].idx)
        return owner.actor

    def _by_role(self, span: Span, head: str, owner: Actor | None = None) -> Resolution | None:
        """The person last given a role with ``head`` in it; for a description relative to
        someone (``owner``: "his lawyer", "Pagliano's lawyer"), a role that names them
        ("attorney for Pagliano")."""
        best: tuple[int, Actor] | None = None
        owner_words = {w.lower() for w in owner.name.split()} if owner is not None else None
        described = {t.lower_ for t in span}
        places = _place_words(span)
        for actor in self.cast.actors:
            if self._named_inside(actor, span) or actor is owner:
                continue
            for role in self.roles.get(id(actor), []):
                if owner_words is not None and not owner_words & set(role.text.lower().split()):
                    continue
                if role.at < span.start_char and _same_office(head, role.text, described) and (
                    best is None or role.at > best[0]
                ) and not self._other_place(places, role):
                    best = (role.at, actor)
        if best is None:
            return None
        actor = best[1]
        return actor_named(actor, span.start_char, type_of(actor), "title")

    def _other_place(self, places: set[str], role: RoleStatement) -> bool:
        """A role of another place than the description's ("the Louisiana governor" is not
        the "New Jersey governor")."""
        if not places:
            return False
        stated = self.doc.char_span(*role.span, alignment_mode="expand")
        theirs = _place_words(stated) if stated is not None else set()
        return bool(theirs) and not theirs & places

    def _named_inside(self, actor: Actor, span: Span) -> bool:
        return any(span.start_char <= m.start < span.end_char for m in actor.mentions)

    def _next_person(self, span: Span, root: Token, gender: str | None,
                     role_head: str | None = None, excluded: Actor | None = None
                     ) -> Resolution | None:
        """Cataphora: a headline or lead description, or one that introduces ("the head
        of X"), names the person the next sentences name. ``role_head``: an indefinite
        description ("A New York judge has rejected …") names only a person given that
        role ("Manhattan Supreme Court Justice Frank Nervo"), and only in the lead."""
        sent = self.cast.sent_index(span.start_char)
        if role_head is not None and not self._in_lead(span):
            return None
        if not self._in_lead(span) and not relational(span, root):
            return None
        best: tuple[tuple[int, int, int], NameMention, Actor] | None = None
        for actor in self.cast.actors:
            if actor.type != "person" or self._named_inside(actor, span) or actor is excluded:
                continue
            if role_head is not None and not any(
                    role_head in role_words(r.text) for r in self.roles.get(id(actor), [])):
                continue
            if gender is not None and actor.gender not in (gender, None):
                continue
            for m in actor.mentions:
                if m.start < span.end_char or m.sent - sent > 2 or m.quoted:
                    continue
                if role_head is None and self._oblique(m):
                    continue  # given the role, "The order by Judge X" names X all the same
                rank = (m.sent - sent, 0 if m.subject else 1, m.start)
                if best is None or rank < best[0]:
                    best = (rank, m, actor)
        if best is None:
            return None
        actor = best[2]
        return actor_named(actor, best[1].end, "person", "description")

    def _in_lead(self, span: Span) -> bool:
        return self.cast.sent_index(span.start_char) <= 2
