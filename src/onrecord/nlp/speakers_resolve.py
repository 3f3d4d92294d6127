"""Within-article resolution of one speaker mention to the named actor it means.

``MentionResolver.resolve(start, end)`` classifies the mention by its head word and
dispatches to one rule:

1. a pronoun ("he", "they", "which", "I") -> the most salient earlier antecedent that
   agrees in gender and number (subject and previous-speaker bonuses, recency decay);
   a tie between two actors stays unresolved;
2. a name, partial name or acronym -> the fullest name the article gives (``Cast``);
3. a document or poll ("the Federal Reserve's Beige Book") -> its issuer;
4. an organization a person owns ("her campaign") or a spokesperson -> the organization;
5. a singular definite description ("the Foreign Minister") -> the actor whose stated role
   matches, else the person introduced next (in a lead) or the most salient one before;
6. anything else ("critics", "some voters") -> unnamed, with a type from its head noun.

Each resolved statement is remembered, so later pronouns and descriptions can point at it.
"""

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.attrs import DEP, IDX
from spacy.tokens import Doc, Span, Token

from onrecord.nlp.extensions import token_numbers, token_strings, token_table, tokens_with_forms
from onrecord.nlp.roles import RoleStatement, closing_bio
from onrecord.nlp.speakers_actors import (
    LIST_DASHES,
    Actor,
    Cast,
    NameMention,
    Regions,
    reported_clause_subject,
)
from onrecord.nlp.speakers_base import (
    NOT_NAMES,
    TURN_LABEL,
    Offsets,
    Resolution,
    Said,
    SalienceWeights,
    agrees,
    agrees_resolution,
    as_document,
    common_noun,
    counted_members,
    followed_by,
    possessed_head,
    resolved_as,
    role_holder,
    role_words,
    singular,
    trimmed_span,
    type_of,
    unnamed_type,
)
from onrecord.nlp.speakers_describe import DescriptionRules, joint_issuers
from onrecord.nlp.speakers_lexicon import (
    DOCUMENT_NOUNS,
    FEMALE_PRONOUNS,
    FIRST_NAMES,
    FIRST_PERSON,
    HONORIFICS,
    MALE_PRONOUNS,
    NEUTER_PRONOUNS,
    PARTY_PLURALS,
    PERSON_NOUNS,
    PERSONAL_ORGANIZATIONS,
    PLURAL_PRONOUNS,
    QUANTITY_NOUNS,
    RELATIVE_PRONOUNS,
    SPOKES_NOUNS,
    TITLES,
)

# A new paragraph: a blank line, or a line break after the end of a sentence (scraped text
# often puts one paragraph on each line; a hard-wrapped line ends mid-sentence).
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n|[.?!\"\u201d\u2019][ \t]*\n")


POLL_WORDS = frozenset({"poll", "survey"})
ASKING_VERBS = frozenset({"ask", "question", "press", "challenge"})
REPLYING_CUES = frozenset({"reply", "respond", "answer", "retort"})
TURN_LABELS = re.compile(r"(?m)^" + TURN_LABEL.pattern)  # every line's, for ``finditer``


def _key(res: Resolution, said: Said) -> object:
    """What identifies a candidate antecedent: its actor, else the names of a group, else
    the statement that gave it."""
    if res.actor is not None:
        return id(res.actor)
    return res.names if res.names else id(said)


def names_after_plural_title(span: Span, root: Token) -> list[Token]:
    """ "Democratic presidential candidates Hillary Clinton and Bernie Sanders": the last
    words of the names that follow a plural title to the mention's end."""
    if root.tag_ != "NNS" or singular(root.lower_) not in PERSON_NOUNS | TITLES:
        return []
    rest = span.doc[root.i + 1 : span.end]
    if not len(rest):
        return []
    if all(t.pos_ in ("PROPN", "CCONJ", "PUNCT") for t in rest):
        return _name_ends(span.doc, rest.start, rest.end)
    # each name with a title of its own: "Democratic presidential hopefuls former Maryland
    # Gov. Martin O'Malley and former Secretary of State Hillary Clinton"
    return _titled_persons(rest)


def _listed_persons(span: Span) -> list[Token]:
    """The persons a mention lists by "and" (or, names alone, by a comma), each with at most
    a title of its own: "Donald Trump and House Speaker Paul Ryan", "Trump, Ryan"; not
    "Jeff Zucker, President of CNN Worldwide", one name and its title."""
    if not any(t.lower_ == "and" for t in span) and not (
            any(t.text == "," for t in span) and all(
                t.ent_type_ == "PERSON" or t.is_punct for t in span)):
        return []
    return _titled_persons(span)


def _titled_persons(tokens: Span) -> list[Token]:
    """The last word of each person named in ``tokens`` when nothing but names, their
    titles ("former", "Gov.", "Secretary of State") and "and" or commas stand between
    them; empty unless there are two or more."""
    if any(t.ent_type_ != "PERSON" and t.pos_ not in ("PROPN", "CCONJ", "PUNCT", "ADJ")
           and t.lower_ != "of" for t in tokens):
        return []
    doc = tokens.doc
    ends = [t for t in tokens if t.ent_type_ == "PERSON" and (
        t.i + 1 == tokens.end or doc[t.i + 1].ent_iob_ != "I")]
    return ends if len(ends) > 1 else []


def _party_counted(span: Span, root: Token) -> list[Token]:
    """ "a number of Democrats in both chambers", "26 percent of Republicans": the party
    the quantity counts."""
    members = counted_members(root) if root.lower_ in QUANTITY_NOUNS else None
    if members is None or members.lower_ not in PARTY_PLURALS or members.i >= span.end:
        return []
    return [members]


def _name_after_dash(span: Span, root: Token) -> list[Token]:
    """ "A former Republican presidential candidate -- John McCain, who …": the last word
    of the person named right after a dash that follows the description."""
    doc, dash = span.doc, root.i + 1
    if dash + 1 >= span.end or doc[dash].text not in ("--", "\u2014", "\u2013") or \
            doc[dash + 1].ent_iob_ != "B" or doc[dash + 1].ent_type_ != "PERSON":
        return []
    end = dash + 2
    while end < span.end and doc[end].ent_iob_ == "I":
        end += 1
    return [doc[end - 1]]


def _name_ends(doc: Doc, start: int, end: int) -> list[Token]:
    """The last word of each name in ``doc[start:end]``, names joined by "and" or commas."""
    return [t for t in doc[start:end] if t.pos_ != "CCONJ" and not t.is_punct
            and (t.i + 1 == end or doc[t.i + 1].pos_ in ("CCONJ", "PUNCT"))]


def _relative_head(pronoun: Token) -> Token | None:
    """The noun a relative pronoun's clause modifies, as parsed ("whose" from the noun it
    possesses: "Sanders, whose campaign has said")."""
    verb = pronoun.head.head if pronoun.dep_ == "poss" else pronoun.head
    return verb.head if verb.dep_ in ("relcl", "acl") else None


def _earlier_relative_head(pronoun: Token) -> Token | None:
    """For a relative clause the parse lost ("Slayton, whom Bush appointed …, and who is
    now supporting …"), the noun of the relative clause before it in the sentence."""
    for tok in reversed([t for t in pronoun.sent if t.i < pronoun.i]):
        if tok.lower_ in RELATIVE_PRONOUNS and tok.tag_ in ("WP", "WDT", "WP$"):
            noun = _relative_head(tok)
            if noun is not None and noun.i < tok.i:
                return noun
    return None


def _last_noun_before(pronoun: Token) -> Token | None:
    """The last noun before the pronoun in its sentence; for "who", not a place."""
    personal = pronoun.lower_ in ("who", "whom")
    prior = [t for t in pronoun.sent if t.i < pronoun.i and t.pos_ in ("NOUN", "PROPN")
             and not (personal and t.ent_type_ in ("GPE", "LOC"))]
    return prior[-1] if prior else None


def _party_state_tag(tok: Token) -> bool:
    """ "Tenn." in "Bob Corker, R-Tenn., and Lindsey Graham": a party and state after a
    name, which the parser may take for another conjunct."""
    doc = tok.doc
    start = tok.left_edge.i
    return start + 2 <= tok.i and doc[start].text in ("R", "D", "I") and doc[start + 1].text == "-"


@dataclass
class MentionResolver(DescriptionRules):
    """Resolves speaker mentions of one Doc; rules 3-6 live in ``DescriptionRules``."""

    doc: Doc
    cast: Cast
    quoted: Regions
    weights: SalienceWeights = field(default_factory=SalienceWeights)
    said: list[Said] = field(default_factory=list)
    roles: dict[int, list[RoleStatement]] = field(default_factory=dict)
    description_roles: dict[int, list[RoleStatement]] = field(default_factory=dict)
    narrative_roles: set[RoleStatement] = field(default_factory=set)
    chained: list[tuple[int, int, Actor]] = field(default_factory=list)
    replying: bool = False  # the statement being resolved answers ("…," the businessman replied)
    _noun_subjects: list[tuple[int, int, int]] | None = field(default=None, repr=False)
    # named people joined as one subject: (offset, sentence, names), found once per Doc
    _joined: list[tuple[int, int, tuple[str, ...]]] | None = field(default=None, repr=False)
    _obliques: dict[Offsets, bool] = field(default_factory=dict, repr=False)
    _first_tokens: dict[int, int] = field(default_factory=dict, repr=False)

    # -- entry -------------------------------------------------------------------

    def resolve(self, start: int, end: int) -> Resolution:
        span = trimmed_span(self.doc, start, end)
        if span is None:
            return Resolution()
        root = role_holder(span) or possessed_head(span) or span.root
        if root.pos_ == "DET" and len(span) > 1:
            root = span[-1]  # "the IMF" cut out of "the IMF report": the last word heads it
        word = root.lower_
        # a name the tagger took for a pronoun ("O’Malley") stays a name
        if root.pos_ == "PRON" and not self._is_name_token(root) or (
                len(span) == 1 and word in RELATIVE_PRONOUNS):
            return self._pronoun(root, span)
        names = self._names_in(span) or self._headline_opening_name(span)
        # the person named last, when the parse hangs the name elsewhere ("Tulsa police Chief
        # Chuck Jordan"), or a description's apposition it lost ("The governor of the bank,
        # Sabine Kettering" led by a paragraph), or a name after a title ("current Democratic
        # presidential nominee Hillary Clinton")
        before = self._before_last_name(span)
        apposed = before is not None and (  # "an entrepreneur named Donald Trump"
            before.text == "," or before.lower_.rstrip(".") in PERSON_NOUNS | TITLES
            or before.lower_ == "named")
        person = self._person_at_end(span) if names or apposed else None
        if person is not None and not any(a.type == "person" for _, a in names):
            names = [person]
        if names:
            return self._named(names, span)
        found = self._turn_label(span) or self._description(span, root)
        return self._with_named_conjuncts(found, span, root)

    def _with_named_conjuncts(self, found: Resolution, span: Span, root: Token) -> Resolution:
        """A description joined to more speakers ("Her campaign and Democrats across the
        country said"): the names of every conjunct that has one, in order."""
        if not found.names or found.document:
            return found
        names = list(found.names)
        for conjunct in root.conjuncts:
            if not root.i < conjunct.i < span.end:
                continue
            end = min(conjunct.right_edge.idx + len(conjunct.right_edge.text), span.end_char)
            names += [n for n in self.resolve(conjunct.left_edge.idx, end).names
                      if n not in names]
        if len(names) == len(found.names):
            return found
        return Resolution(tuple(names), None, found.type, found.by)

    def chain_pronouns(self) -> None:
        """Resolve every "he"/"she" subject of the narrative in text order, so that a chain
        of pronouns keeps its referent salient ("Oz ... He's been pilloried ... He said")."""
        for i in tokens_with_forms(self.doc, MALE_PRONOUNS | FEMALE_PRONOUNS):
            tok = self.doc[i]
            if tok.dep_ not in ("nsubj", "nsubjpass") or self.quoted.holds(tok.idx, tok.idx + 1):
                continue
            agreement = "m" if tok.lower_ in MALE_PRONOUNS else "f"
            found = self._antecedent(tok.idx, agreement)
            if found.actor is not None:
                self.chained.append((tok.idx, self.cast.sent_index(tok.idx), found.actor))

    def remember(self, start: int, end: int, resolution: Resolution, cue_lemma: str) -> None:
        self.said.append(Said(start, end, self.cast.sent_index(start), resolution, cue_lemma))

    # -- 1. pronouns -------------------------------------------------------------

    def _pronoun(self, root: Token, span: Span) -> Resolution:
        word = root.lower_
        if word in RELATIVE_PRONOUNS:
            return self._relative(root)
        if word in FIRST_PERSON:
            return self._first_person(root)
        if word in MALE_PRONOUNS | FEMALE_PRONOUNS:
            agreement = "m" if word in MALE_PRONOUNS else "f"
            found = self._clause_subject(root, agreement) or self._antecedent(root.idx, agreement)
            if found.names or not self._in_lead(span):
                return found
            # nobody before it: a headline's "She's Going To HATE It" names whom the lead
            # names next
            ahead = self._next_person(span, root, agreement)
            return resolved_as(ahead, "pronoun") if ahead is not None else found
        if word in PLURAL_PRONOUNS:
            return self._antecedent(root.idx, "plural")
        if word in NEUTER_PRONOUNS:
            return self._antecedent(root.idx, "neuter")
        return Resolution()

    def _clause_subject(self, root: Token, agreement: str) -> Resolution | None:
        """ "If the president does follow through on his veto threat": a possessive "his" or
        "her" is the subject of its own clause, when that subject is a description."""
        if root.dep_ != "poss":
            return None
        verb = root.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                        and c.i < root.i), None)
        if subject is None or subject.pos_ != "NOUN" or not any(
                c.lower_ == "the" for c in subject.children):
            return None
        found = self.resolve(subject.left_edge.idx, subject.idx + len(subject.text))
        if found.actor is None or agrees(found.actor, agreement) is None:
            return None
        return resolved_as(found, "pronoun")

    def _relative(self, root: Token) -> Resolution:
        antecedent = self.relative_antecedent(root)
        if antecedent is None:
            return Resolution()
        found = self.resolve(*antecedent)
        return resolved_as(found, "pronoun") if found.names else found

    def relative_antecedent(self, root: Token) -> Offsets | None:
        """Where the noun phrase a relative pronoun stands for is written, up to the
        pronoun ("the Republican nominee for president, who began …")."""
        noun = _relative_head(root)
        if noun is None or noun.i >= root.i:
            noun = _earlier_relative_head(root) or _last_noun_before(root)
        if noun is None:
            return None
        if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
            noun = noun.head  # "Future45, a super PAC that intends": the name
        while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.pos_ == "NOUN" and \
                noun.head.head.pos_ == "NOUN":
            noun = noun.head.head  # "the nominee for president, who": the nominee
        tokens = [t for t in noun.subtree if t.i < root.i]
        left = tokens[0].idx if tokens else noun.idx
        right = max(noun.idx + len(noun.text), *(t.idx + len(t.text) for t in tokens))
        return left, right

    def _first_person(self, root: Token) -> Resolution:
        """ "I" inside a transcript turn ("PENCE: ... I think") is the turn's speaker;
        outside quotes, a letter writer, resolved to the name that signs the letter, or
        the writer a closing author line names."""
        if self.quoted.holds(root.idx, root.idx + 1):
            return self._turn_speaker(root)
        text = self.cast.text
        pos = text.find("\n", root.idx)
        for _ in range(12):
            if pos < 0:
                break
            nxt = text.find("\n", pos + 1)
            line = text[pos + 1 : nxt if nxt >= 0 else len(text)]
            stripped = line.strip().rstrip(".")
            if stripped and self._is_signature(pos + 1, stripped, line):
                offset = pos + 1 + line.index(stripped)
                actor = self.cast.match(stripped)
                if actor is not None and actor.type == "person":
                    mention = actor.full_mention_before(offset + len(stripped))
                    return Resolution((actor.name,), (mention.start, mention.end), "person",
                                      "pronoun", actor)
            pos = nxt
        if root.lower_ not in ("i", "me", "my", "mine", "myself"):
            return Resolution()  # "we": the writer and others
        return self._closing_author()

    def _closing_author(self) -> Resolution:
        """The writer an op-ed names in its closing author line ("Charlotte Meehan is
        playwright-in-residence at …"): the "I" of the whole piece."""
        bio = closing_bio(self.doc)
        mention = self.cast.mention_at(bio.start_char, bio.end_char) if bio is not None else None
        if mention is None:
            return Resolution()
        actor = self.cast.actor_of(mention)
        return Resolution((actor.name,), (mention.start, mention.end), "person", "pronoun", actor)

    def _turn_label(self, span: Span) -> Resolution | None:
        """ "JAKE TAPPER:" or "TAPPER:" opening a transcript turn is a name, though the
        recogniser, reading capitals, missed it (never a description: "tapper")."""
        text = self.cast.text
        label = TURN_LABEL.match(text, text.rfind("\n", 0, span.start_char) + 1)
        if label is None or (label.start(1), label.end(1)) != (span.start_char, span.end_char):
            return None
        for earlier in TURN_LABELS.finditer(text, 0, span.start_char):  # "JAKE TAPPER:" first
            words = earlier.group(1).split()
            fuller = self.doc.char_span(earlier.start(1), earlier.end(1))
            if len(words) > 1 and words[-1] == span.text and fuller is not None:
                self.cast.add(fuller, "PERSON")
                break
        actor = self.cast.add(span, "PERSON")
        mention = next((m for m in actor.mentions if m.start == span.start_char), None) \
            if actor is not None else None
        return self._named([(mention, actor)], span) if mention and actor else None

    def _turn_speaker(self, root: Token) -> Resolution:
        text = self.cast.text
        start = text.rfind("\n", 0, root.idx) + 1
        label = TURN_LABEL.match(text, start)
        if label is None or label.end() > root.idx:
            return Resolution()
        found = self.resolve(label.start(1), label.end(1))
        return resolved_as(found, "pronoun") if found.names else Resolution()

    def _is_signature(self, offset: int, stripped: str, line: str) -> bool:
        words = stripped.split()
        return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and len(line) < 40

    def _antecedent(self, offset: int, agreement: str, exclude: Span | None = None,
                    role_head: str | None = None, floor: float | None = None,
                    excluded: Actor | None = None) -> Resolution:
        sent = self.cast.sent_index(offset)
        quoted = self.quoted.holds(offset, offset + 1)
        scores: dict[object, tuple[float, Resolution]] = {}
        for key, res, score in self._candidates(offset, sent, quoted, agreement):
            if role_head is not None and self._role_clash(res, role_head, offset):
                score -= self.weights.role_clash
            if score < (self.weights.floor if floor is None else floor):
                continue
            if excluded is not None and res.actor is excluded:
                continue
            if exclude is not None and res.actor is not None and self._named_inside(
                res.actor, exclude
            ):
                continue
            best = scores.get(key)
            if best is None:
                scores[key] = (score, res)
            else:
                scores[key] = (max(best[0], score) + self.weights.repeat, best[1])
        if not scores:
            return Resolution()
        ranked = sorted(scores.values(), key=lambda p: -p[0])
        if len(ranked) > 1 and ranked[0][0] - ranked[1][0] < self.weights.tie:
            return Resolution()  # a guess stays a guess
        res = ranked[0][1]
        if res.actor is not None:
            mention = res.actor.full_mention_before(offset)
            personal = agreement in ("m", "f", "person") and type_of(res.actor) != "organization"
            typ = "person" if personal else res.type  # an organization: its spokesperson
            return Resolution((res.actor.name,), (mention.start, mention.end), typ, "pronoun",
                              res.actor)
        return resolved_as(res, "pronoun") if res.names else res

    def _candidates(self, offset: int, sent: int, quoted: bool, agreement: str
                    ) -> Iterator[tuple[object, Resolution, float]]:
        """Earlier mentions that agree with the pronoun, each with its salience score."""
        w = self.weights
        for actor in self.cast.actors:
            if actor.ambiguous:
                continue
            for m in actor.mentions:
                if m.start >= offset or sent - m.sent > w.window or (m.quoted and not quoted):
                    continue
                if m.label == "NORP" and m.text.lower() not in PARTY_PLURALS:
                    continue  # "Republican attorney general": an adjective, not an actor
                fit = agrees(actor, agreement)
                if fit is None:
                    continue
                asked = self.replying and self._asked(m)  # "asking Trump …" "… he replied"
                score = 60 - w.recency * (sent - m.sent) + (w.subject if m.subject or asked else 0)
                score -= fit + (w.oblique if self._oblique(m) else 0)
                score -= self._paragraphs_back(m.start, offset)
                res = Resolution((actor.name,), None, type_of(actor), actor=actor)
                yield id(actor), res, score
        for at, at_sent, actor in self.chained:
            if at >= offset or sent - at_sent > w.window:
                continue
            fit = agrees(actor, agreement)
            if fit is not None:
                score = 60 - w.recency * (sent - at_sent) + w.subject - fit
                score -= self._paragraphs_back(at, offset)
                yield id(actor), Resolution((actor.name,), None, type_of(actor), actor=actor), \
                    score
        for said in self.said:
            if said.start >= offset or sent - said.sent > w.window:
                continue
            if self.cast.text[said.start : said.end].lower() in FIRST_PERSON:
                continue  # the writer's "I" is never the "she" of the story
            res = said.resolution
            fit = agrees_resolution(res, agreement)
            if fit is None and self._spokesperson_agrees(said, agreement):
                fit = 0.0  # "A spokeswoman for the Green Union said … she said"
            if fit is None:
                continue
            subject = 0.0 if self._possessor_said(said) else w.subject
            score = 60 - w.recency * (sent - said.sent) + subject + w.speaker - fit
            score -= self._paragraphs_back(said.start, offset)
            yield _key(res, said), res, score
        if agreement == "plural":
            yield from self._plural_nouns(offset, sent)
            yield from self._joined_subjects(offset, sent)

    def _possessor_said(self, said: Said) -> bool:
        """A speaker written as a possessor ("Donald Trump's plan to deport …"): no subject
        of its sentence."""
        mention = self.cast.text[said.start : said.end].rstrip()
        return mention.endswith(("'s", "\u2019s", "s'", "s\u2019"))

    def _spokesperson_agrees(self, said: Said, agreement: str) -> bool:
        """An unnamed spokesperson, resolved to the organization they speak for, is still
        the "he" or "she" that goes on speaking."""
        words = {w.strip(".,").lower() for w in self.cast.text[said.start:said.end].split()}
        spoken = words & SPOKES_NOUNS
        if not spoken or agreement not in ("m", "f", "person"):
            return False
        if "spokeswoman" in spoken:
            return agreement != "m"
        if "spokesman" in spoken:
            return agreement != "f"
        return True  # "spokesperson", "representative": either

    def _paragraphs_back(self, start: int, offset: int) -> float:
        """The paragraph penalty when a blank line lies between an antecedent and the
        pronoun: a new paragraph that names a new subject moves the focus to it."""
        between = self.cast.text[start:offset]
        if not PARAGRAPH_BREAK.search(between) or not self._noun_subject_between(start, offset):
            return 0.0  # only fragments between ("Trump isn't saying much. ¶ Baiting the
        return self.weights.paragraph  # moderators. ¶ The Republican nominee has …")

    def _noun_subject_between(self, start: int, offset: int) -> bool:
        """A noun or name outside quotations is the subject of a clause between ``start``
        and ``offset`` (not the one that starts at ``start``, nor one of a reported clause:
        "he does believe McConnell is correct" keeps the focus on "he")."""
        first = self._first_tokens.get(start)
        if first is None:  # an antecedent's first word, found once (each pronoun asks again)
            span = self.doc.char_span(start, start + 1, alignment_mode="expand")
            first = self._first_tokens[start] = span.start if span is not None else 0
        subjects = self._narrative_noun_subjects()
        at = bisect_left(subjects, (first,))
        for _, idx, left_idx in subjects[at:]:
            if idx >= offset:
                break
            if left_idx > start:
                return True
        return False

    def _narrative_noun_subjects(self) -> list[tuple[int, int, int]]:
        """(index, offset, offset of the left edge) of each noun or name that is the
        subject of a clause, outside quotations and not of a reported clause, in order;
        found once per Doc (``_noun_subject_between`` walked the words again for every
        pair of antecedent and pronoun)."""
        if self._noun_subjects is None:
            table, offsets = token_table(self.doc), token_numbers(self.doc, IDX)
            self._noun_subjects = [
                (i, offsets[i], offsets[table.left[i]]) for i in range(len(table.dep))
                if table.dep[i] in ("nsubj", "nsubjpass") and table.pos[i] in ("NOUN", "PROPN")
                and not self.quoted.holds(offsets[i], offsets[i] + 1)
                and not reported_clause_subject(self.doc[i])
            ]
        return self._noun_subjects

    def _plural_nouns(self, offset: int, sent: int) -> Iterator[tuple[int, Resolution, float]]:
        """Unnamed groups written as plural nouns ("voters ... because they")."""
        w = self.weights
        for tok in self.doc:
            if tok.idx >= offset:
                break
            if tok.tag_ != "NNS" or sent - self.cast.sent_index(tok.idx) > 1:
                continue
            typ = unnamed_type(tok)
            if typ == "unknown" or self.quoted.holds(tok.idx, tok.idx + 1):
                continue
            d = sent - self.cast.sent_index(tok.idx)
            score = 60 - w.recency * d + (w.subject if tok.dep_ in ("nsubj", "nsubjpass") else 0)
            score -= w.oblique if tok.dep_ in ("pobj", "poss", "compound") else 0
            yield id(tok), Resolution(type=typ, group=True), score

    def _joined_subjects(self, offset: int, sent: int) -> Iterator[tuple[object, Resolution,
                                                                          float]]:
        """Named people joined as one subject ("Hillary Clinton and Bernie Sanders are
        both progressives. Their shared goals …"): "they" are all of them."""
        w = self.weights
        if self._joined is None:
            self._joined = self._find_joined_subjects()
        for at, at_sent, names in self._joined:
            if at >= offset:
                break
            if sent - at_sent <= w.window:
                yield names, Resolution(names, None, "person"), \
                    60 - w.recency * (sent - at_sent) + w.subject

    def _find_joined_subjects(self) -> list[tuple[int, int, tuple[str, ...]]]:
        found: list[tuple[int, int, tuple[str, ...]]] = []
        conjuncts = [i for i, dep in enumerate(token_strings(self.doc, DEP)) if dep == "conj"]
        for tok in sorted({self.doc[i].head for i in conjuncts}, key=lambda t: t.i):
            if tok.dep_ not in ("nsubj", "nsubjpass") or self.quoted.holds(tok.idx, tok.idx + 1):
                continue
            actors = [self._person_headed_by(t) for t in (tok, *tok.conjuncts)]
            if all(a is not None for a in actors):
                names = tuple(a.name for a in actors if a is not None)
                found.append((tok.idx, self.cast.sent_index(tok.idx), names))
        return found

    def _person_headed_by(self, tok: Token) -> Actor | None:
        """The person whose name mention ends at ``tok``, if any."""
        mention = self.cast.mention_at(tok.idx, tok.idx + len(tok.text))
        if mention is None or mention.end != tok.idx + len(tok.text):
            return None
        actor = self.cast.actor_of(mention)
        return actor if actor.type == "person" else None

    def _role_clash(self, res: Resolution, head: str, offset: int) -> bool:
        """The candidate has stated roles, and none of them is a ``head`` (an office or a
        kind of person; "the self-described democratic socialist" names no office that a
        senator's role could clash with)."""
        if res.actor is None or head not in TITLES | PERSON_NOUNS:
            return False
        stated = [r for r in self.roles.get(id(res.actor), []) if r.at < offset]
        return bool(stated) and all(head not in role_words(r.text) for r in stated)

    def _asked(self, m: NameMention) -> bool:
        """Whether the name is the one a question was put to ("a reporter can be heard
        asking Trump …"): as salient as a subject to the answer that follows."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return span is not None and span.root.dep_ in ("dobj", "dative") and \
            span.root.head.lemma_ in ASKING_VERBS

    def _oblique(self, m: NameMention) -> bool:
        """Whether the name is written as a possessor, an object of a preposition or a
        modifier; found once per name (each pronoun's candidates ask again)."""
        found = self._obliques.get((m.start, m.end))
        if found is None:
            found = self._obliques[m.start, m.end] = self._find_oblique(m)
        return found

    def _find_oblique(self, m: NameMention) -> bool:
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        after = self.doc[span.end] if span.end < len(self.doc) else None
        possessive = after is not None and after.lower_ in ("'s", "\u2019s", "'")
        root = span.root
        if root.dep_ == "appos":  # "under Mr. Bush's father, George Bush": as its noun
            root = root.head
        return possessive or root.dep_ in ("pobj", "poss", "compound")

    # -- 2. names ----------------------------------------------------------------

    def _names_in(self, span: Span) -> list[tuple[NameMention, Actor]]:
        """The names that are the head of the mention (not a name inside a modifier)."""
        root = span.root
        if singular(root.lower_) in DOCUMENT_NOUNS and any(c.dep_ == "poss" for c in
                                                            root.children):
            return []  # "the Federal Reserve's Beige Book": a document, not a name
        apposed = [c for c in root.children if c.dep_ == "appos" and c.i < span.end]
        if root.tag_ in ("NNS", "NNPS") and apposed and all(
                c.ent_type_ == "PERSON" for c in apposed):
            heads = apposed  # "the two leading Republicans, Donald J. Trump and Ted Cruz,"
        elif self._is_name_token(root) or (root.is_title and self.cast.match(root.text)):
            heads = [root]
        elif common_noun(root) or root.pos_ not in ("PROPN", "X"):
            heads = [c for c in root.children if c.dep_ == "appos" and c.i < span.end] or \
                self._names_before_apposition(span, root) or names_after_plural_title(
                    span, root) or _name_after_dash(span, root) or _party_counted(span, root)
        else:
            heads = [root]
        heads += [c for h in list(heads) for c in h.conjuncts if span.start <= c.i < span.end
                  and not _party_state_tag(c)]
        if len(heads) == 1:  # "Donald Trump and House Speaker Paul Ryan", parsed as one name
            heads = _listed_persons(span) or heads
        if len(heads) > 1:  # "Fox News Vice President and Washington Managing Editor Bill
            # Sammon": a title the parser made a conjunct is no one's name
            heads = [h for h in heads if self._is_name_token(h)
                     or h.lower_.rstrip(".") not in TITLES]
        found: list[tuple[NameMention, Actor]] = []
        for head in heads:
            pair = self._name_at(head, span)
            if pair is not None and all(pair[1] is not a for _, a in found):
                found.append(pair)
        return found

    def _headline_opening_name(self, span: Span) -> list[tuple[NameMention, Actor]]:
        """A known person whose name opens a headline's mention: a title-case headline
        parses badly ("Elizabeth Warren Hammers Wells Fargo CEO" read as one noun headed by
        "CEO"), and a headline names its speaker first."""
        root = span.root
        if span.start_char > self.cast.headline_end or root.pos_ != "PROPN" or \
                singular(root.lower_) in PERSONAL_ORGANIZATIONS:
            return []  # "Clinton Campaign Says …" is the campaign
        opening = next((e for e in self.doc.ents if e.start == span.start), None)
        if opening is None or opening.label_ != "PERSON" or opening.end >= span.end or \
                self.cast.match(opening.text) is None:
            return []
        pair = self._name_at(opening[-1], opening)
        return [pair] if pair is not None else []

    def _family(self, actor: Actor) -> list[Actor]:
        """ "the Khans": the people the article names with that surname, in order."""
        word = actor.name
        if " " in word or not word.endswith("s") or actor.type == "person":
            return []
        surname = word[:-1]
        return [a for a in self.cast.actors if a.type == "person" and not a.ambiguous
                and len(a.name.split()) > 1 and a.name.split()[-1] == surname]

    def _names_before_apposition(self, span: Span, root: Token) -> list[Token]:
        """ "Khizr and Ghazala Khan, the Gold Star parents whose …" parsed with the
        description as its head: the last words of the names that open the mention, up to
        the comma before the description."""
        comma = next((t.i for t in span if t.text == "," and t.i < root.i), None)
        if comma is None or comma == span.start:
            return []
        opening = span.doc[span.start : comma]
        if any(t.pos_ not in ("PROPN", "CCONJ", "PUNCT") and not self._is_name_token(t)
               for t in opening):
            return []
        return _name_ends(span.doc, span.start, comma)

    def _person_at_end(self, span: Span) -> tuple[NameMention, Actor] | None:
        """ "Tulsa police Chief Chuck Jordan": the person named last, when the parse
        puts the head elsewhere."""
        found = None
        for tok in span:
            if tok.is_punct and tok.text != "(" and found is not None:
                break  # "Jordan, the chief of ..." ends the name part
            mention = self.cast.mention_at(tok.idx, tok.idx + len(tok.text))
            if mention is None or tok.dep_ in ("poss", "pobj") or tok.i + 1 < len(self.doc) and \
                    self.doc[tok.i + 1].lower_ in ("'s", "\u2019s"):
                continue
            written = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if written is not None and written.root.dep_ == "pobj" and \
                    written.root.head.head.pos_ == "VERB":
                continue  # "a super PAC aligned with Republican strategist Karl Rove"
            actor = self.cast.actor_of(mention)
            after = next((t for t in span if t.idx >= mention.end), None)
            if after is not None and not after.is_punct:
                continue  # a name that only modifies the head ("the Gannett newspaper chain")
            if actor.type == "person" and mention.end <= span.end_char:
                found = (mention, actor)
        return found

    def _before_last_name(self, span: Span) -> Token | None:
        """The word before a name that ends the mention, inside the mention, if any."""
        last = span[-1]
        mention = self.cast.mention_at(last.idx, last.idx + len(last.text))
        if mention is None:
            return None
        name = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return self.doc[name.start - 1] if name is not None and name.start > span.start else None

    def _is_name_token(self, tok: Token) -> bool:
        return self.cast.mention_at(tok.idx, tok.idx + len(tok.text)) is not None

    def _name_at(self, head: Token, span: Span) -> tuple[NameMention, Actor] | None:
        """The name whose head word is ``head``, as bounded by the mention span."""
        if head.pos_ not in ("PROPN", "NOUN") and not self._is_name_token(head) and not (
            head.is_title and head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
            and self.cast.match(head.text) is not None  # "Trump" tagged a verb in a headline
        ):
            return None
        if head.ent_type_ in NOT_NAMES:
            return None  # "Jan.", "Monday"
        chain = self._chain(head, span)
        mention = self.cast.mention_at(head.idx, head.idx + len(head.text))
        if mention is not None and self._headed_by(mention, head, span):
            owner = self.cast.actor_of(mention)
            if mention.label == "NORP" and mention.text.lower() not in PARTY_PLURALS and \
                    owner.type != "person" and not self._family(owner):
                return None  # a surname the recogniser took for a people
            return mention, owner
        known = self.cast.match(chain.text)
        if known is None and (common_noun(head) or head.ent_type_ == "NORP"):
            return None
        shouted = head.is_upper and len(head.text) > 3 and len(chain) == 1
        if known is None and (shouted or head.is_sent_start and head.pos_ == "NOUN"):
            return None  # a shouted or sentence-initial common word
        if known is None and len(chain) == 1 and self.cast.common_word_in_title_case(head):
            return None  # "Board Of Election Finds": a headline's capitalised common word
        label = known.mentions[0].label if known else (
            "PERSON" if self._looks_personal(head) else "ORG")
        actor = self.cast.add(chain, label)
        if actor is None:
            return None
        mention = next((m for m in actor.mentions if m.start <= head.idx < m.end), None)
        return (mention, actor) if mention is not None else None

    def _headed_by(self, mention: NameMention, head: Token, span: Span) -> bool:
        """The name mention lies in the span and ``head`` is its head word (not the
        possessor in "the Federal Reserve's Beige Book")."""
        if mention.start < span.start_char or mention.end > span.end_char:
            return False
        name = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return name is not None and name.root.i == head.i

    def _chain(self, head: Token, span: Span) -> Span:
        """The proper-noun words ending at ``head`` ("Mike Pence" in "Gov. Mike Pence")."""
        start = head.i
        while start - 1 >= span.start and self.doc[start - 1].pos_ == "PROPN" and \
                self.doc[start - 1].dep_ in ("compound", "flat") and \
                self.doc[start - 1].head.i == head.i:
            start -= 1
        return self.doc[start : head.i + 1]

    def _looks_personal(self, head: Token) -> bool:
        nxt = self.doc[head.i + 1] if head.i + 1 < len(self.doc) else None
        transcript = nxt is not None and nxt.text == ":" and head.text.isupper()
        before = self.doc[head.i - 1] if head.i > 0 else None
        titled = before is not None and before.lower_.lstrip(LIST_DASHES).rstrip(".") in \
            TITLES | HONORIFICS  # "President Obama" (or "-President Obama" in a list)
        return transcript or titled or self.cast.match(head.text) is not None

    def _with_shared_surnames(self, names: list[tuple[NameMention, Actor]]) -> tuple[str, ...]:
        """Several speakers' names; a given name coordinated with a full name shares its
        surname ("John and Brian Meza" → John Meza; Brian Meza)."""
        out = []
        for (mention, actor), (after, other) in zip(names, [*names[1:], (None, None)],
                                                    strict=True):
            name = actor.name
            if after is not None and other is not None and " " not in name and \
                    name.lower() in FIRST_NAMES and len(other.name.split()) > 1 and \
                    self.cast.text[mention.end : after.start] in (" and ", " & ", ", "):
                name = f"{name} {other.name.split()[-1]}"
            out.append(name)
        return tuple(out)

    def _named(self, names: list[tuple[NameMention, Actor]], span: Span) -> Resolution:
        family = self._family(names[0][1]) if len(names) == 1 else []
        if family:
            return Resolution(tuple(a.name for a in family), None, "person", "name")
        if len(names) > 1:
            typ = type_of(names[0][1])
            return Resolution(self._with_shared_surnames(names), None, typ, "name")
        mention, actor = names[0]
        if actor.ambiguous:
            return Resolution(type="person")  # a surname of two people: a guess stays one
        words = actor.name.split()
        issuers = joint_issuers(" ".join(words[:-1])) if words[-1].lower() in POLL_WORDS else ()
        if len(issuers) > 1:  # "an ABC News/Washington Post Poll" named as one (not "Field Poll")
            return as_document(Resolution(issuers, None, "organization", "description"))
        owner = self.cast.match(" ".join(words[:-1])) if len(words) > 1 and \
            singular(words[-1].lower()) in PERSONAL_ORGANIZATIONS else None
        if owner is not None and owner.type == "person":  # "the Obama Administration"
            written = owner.full_mention_before(span.end_char)
            return Resolution((owner.name,), (written.start, written.end), "organization",
                              "description", owner)
        full = actor.full_mention_before(span.end_char)
        by = "name" if mention.text.lower() == actor.name.lower() else "alias"
        typ = type_of(actor)
        if followed_by(self.cast.text, mention, PERSONAL_ORGANIZATIONS):
            typ = "organization"
        return Resolution((actor.name,), (full.start, full.end), typ, by, actor)
