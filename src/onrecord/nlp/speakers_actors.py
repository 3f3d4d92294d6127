"""The named actors of one article: every name written, grouped under its fullest form.

``Cast(doc)`` reads the entities of a parsed Doc, cleans each name (no titles, no
possessive ``'s``), groups a surname, a first name or an acronym with the fullest name
the article gives for it ("Abdollahian" -> "Hossein Amir Abdollahian", "CNS" ->
"Christian News Service"), and guesses each actor's type and gender from the
entity labels, honorifics, first names and the pronouns that follow it.
"""

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

from spacy.attrs import ENT_TYPE, IDX, ORTH, POS
from spacy.symbols import PERSON, PROPN
from spacy.tokens import Doc, Span, Token

from onrecord.nlp.extensions import (
    TokenTable,
    doc_text,
    is_title_case,
    sentence_token_ranges,
    text_headline_end,
    token_numbers,
    token_strings,
    token_table,
    tokens_with_forms,
)
from onrecord.nlp.roles import role_at_name
from onrecord.nlp.speakers_lexicon import (
    FEMALE_FIRST_NAMES,
    FEMALE_PRONOUNS,
    FEMALE_WORDS,
    FIRST_NAMES,
    HONORIFICS,
    MALE_FIRST_NAMES,
    MALE_PRONOUNS,
    MALE_WORDS,
    NAME_ORG_WORDS,
    ORGANIZATION_NOUNS,
    PARTY_PLURALS,
    PERSON_NOUNS,
    TITLES,
)
from onrecord.nlp.statements_headline import body_usage, kept_capital

Offsets = tuple[int, int]
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
ORGANIZATION_WORDS = ORGANIZATION_NOUNS | NAME_ORG_WORDS  # no word of a person's name
ORG_LABELS = frozenset({"ORG", "GPE", "FAC", "NORP"})
QUOTES = re.compile(
    r"\u201c[^\u201c\u201d]*\u201d"  # curly
    r"|(?<![\w.,!?])\"(?=\S)[^\"\n]*?(?<=\S)\"(?![A-Za-z0-9])"  # straight, opened before a word
    # doubled single quotes, opened before a word and closed after one, in one paragraph
    r"|(?<![\w.,!?])''(?=\S)(?:(?!'')[^\n])*?(?<=\S)''(?![A-Za-z0-9])",
    re.S,
)
NICKNAMED = re.compile(r"\b[A-Z][a-z]+(?: [A-Z]\.)? [\"\u201c][A-Z][a-z]+[\"\u201d] [A-Z][a-z]+\b")
NO_QUOTES = str.maketrans("", "", '"\u201c\u201d')  # 'Robert C. "Bobby" Scott' as compared
MERGE_JOINERS = frozenset({" for ", " for the ", " of ", " of the "})
# Titles only a person bears ("General Motors", "Major League Baseball" are not "General",
# "Major" before a name).
PERSONAL_TITLES = frozenset({"president", "sen", "senator", "gov", "governor", "rep", "mayor",
                             "congressman", "congresswoman", "ambassador", "minister"})
LIST_DASHES = "-\u2013\u2014"  # glued to a list item's first word ("-Nate Cohn explains")
OPENING_MARKS = "'\"\u2018\u201c("  # before an honorific: "'Mr. Khan, you're a lawyer"
DATELINE_DASHES = frozenset({"-", "--", "\u2014", "\u2013"})
BRACKETED_ACRONYM = re.compile(r" \(([A-Z][A-Z.&]+)\)")
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# The last word of a newspaper's name, by which articles call it on second mention.
PAPER_WORDS = frozenset({"times", "post", "journal", "herald", "tribune", "gazette", "globe",
                         "observer", "chronicle", "guardian", "telegraph", "examiner",
                         "inquirer", "courier", "independent", "bulletin", "dispatch"})
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
CONNECTORS = frozenset({"and", "of", "for", "the", "&", "on", "at", "to", "in"})
AMBIGUOUS = "\x00ambiguous"  # _fuller_among: a surname of two people


@dataclass(frozen=True)
class NameMention:
    """One written name, cleaned: ``text == doc.text[start:end]``."""

    start: int
    end: int
    text: str
    label: str
    sent: int
    subject: bool
    quoted: bool


@dataclass
class Actor:
    """A named actor: its fullest name and every place the article names it."""

    name: str
    type: str
    gender: str | None = None
    mentions: list[NameMention] = field(default_factory=list)
    # A surname shared by two people of the article ("Rowe" after "Anna Rowe" and "Ben
    # Rowe"), which the NER did not call a person: who it means stays a guess.
    ambiguous: bool = False

    def full_mention_before(self, offset: int) -> NameMention:
        """Where the fullest name is written: last time before ``offset``, else first time."""
        full = [m for m in self.mentions if match_key(m.text) == match_key(self.name)]
        if not full:  # the name was given by a mention since merged away
            full = [max(self.mentions, key=lambda m: len(m.text))]
        before = [m for m in full if m.start < offset]
        return before[-1] if before else full[0]


class Regions:
    """Character ranges, sorted, and whether one of them holds a given range: the quoted
    regions of a Doc are asked about for every name, pronoun and subject. The ranges that
    start at or before a range's start are a prefix of the sorted list; one of them holds
    the range when the furthest any of them reaches is at or past its end."""

    def __init__(self, regions: list[Offsets]) -> None:
        self.regions = sorted(regions)
        self._starts = [s for s, _ in self.regions]
        self._reach = list(accumulate((e for _, e in self.regions), max))

    def holds(self, start: int, end: int) -> bool:
        """``inside(self.regions, start, end)``, by bisection."""
        before = bisect_right(self._starts, start)
        return before > 0 and end <= self._reach[before - 1]


def quoted_regions(text: str) -> Regions:
    """Offsets of text between quotation marks (curly, straight or doubled single), and of
    paragraphs that open a quotation without closing it (a quote running over paragraphs)."""
    regions = [(m.start(), m.end()) for m in QUOTES.finditer(text)]
    offset = 0
    for para in text.split("\n"):
        opened = _unclosed_quote(para)
        if opened >= 0:
            regions.append((offset + opened, offset + len(para)))
        offset += len(para) + 1
    return Regions(regions)


def _unclosed_quote(para: str) -> int:
    """Where a quotation that the paragraph leaves open starts ("\u201cWe have made progress,\u201d
    Kettering said. \u201cFuel prices have eased." -> the second mark), or -1."""
    opened: list[int] = []
    first = para.find("\u201c")  # before the first curly opening, nothing is open to close
    for i in range(first if first >= 0 else len(para), len(para)):
        char = para[i]
        if char == "\u201c":
            opened.append(i)
        elif opened and (char == "\u201d" or char == '"' and i and not para[i - 1].isspace()):
            opened.pop()  # scraped text closes a curly mark with a straight one
    if opened:
        return opened[0]
    body = para.lstrip()  # straight marks: only a paragraph that opens with one and
    if body[:1] == '"' and para.count('"') % 2 == 1:  # leaves it open (mixed marks abound)
        return len(para) - len(body)
    if body[:2] == "''" and para.count("''") % 2 == 1:  # the same with doubled single marks
        return len(para) - len(body)
    return -1


def _subject_or_finite_verb(table: TokenTable) -> list[bool]:
    """For each word, whether it is a subject or a finite verb: a sentence with neither is
    a fragment ("Baiting the moderators.", "FULL TEXT.")."""
    return [dep in ("nsubj", "nsubjpass", "csubj", "expl") or tag in ("VBD", "VBZ", "VBP", "MD")
            for dep, tag in zip(table.dep, table.tag, strict=True)]


def reported_clause_subject(root: Token) -> bool:
    """The subject of a clause someone is reported to say or think ("he does believe
    McConnell is correct"): less salient than the one who says it."""
    verb = root.head if root.dep_ in SUBJECT_DEPS else root.head.head
    return verb.dep_ == "ccomp" and any(c.dep_ in SUBJECT_DEPS for c in verb.head.children)


def inside(regions: list[Offsets], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in regions)


class Cast:
    """The actors named in one Doc and lookups from a written name to its actor."""

    def __init__(self, doc: Doc, quoted: Regions) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.headline_end = text_headline_end(doc)
        self.quoted = quoted
        self._usage: Counter[str] | None = None  # body_usage, found when first needed
        self._title_case_lines: dict[int, bool] = {}  # by the offset where the line starts
        # Sentences wholly inside a quotation, and fragments ("Baiting the moderators."),
        # do not count as distance between mentions.
        self.sent_starts: list[int] = []
        self.sent_numbers: list[int] = []
        number = 0
        # Sentences as token ranges, and their words' offsets and parse read from the
        # Doc's arrays: a Span and a Token for each cost more than the tests on them.
        self.sents = sentence_token_ranges(doc)
        offsets, words = token_numbers(doc, IDX), token_strings(doc, ORTH)
        finite = _subject_or_finite_verb(token_table(doc))
        for first, last in self.sents:
            start = offsets[first]
            end = start + len(self.text[start : offsets[last - 1] + len(words[last - 1])].rstrip())
            if not self.sent_starts or not quoted.holds(start, end) and \
                    any(finite[first:last]):  # not a fragment
                number += 1
            self.sent_starts.append(start)
            self.sent_numbers.append(number)
        headline_end = self.headline_end
        ents = [e for e in _merged_ents(doc, self.text) if e.start_char > headline_end]
        mentions = [m for e in ents for m in self._clean(e)]
        mentions += self._titles_with_the(ents, headline_end)
        self.actors: list[Actor] = []
        self._by_key: dict[str, Actor] = {}
        self._group(mentions)
        self._join_misspelt_given_names()
        self._extend_surnames()
        self._find_unlabelled(headline_end)
        for actor in self.actors:
            _prefer_narrative_name(actor)

    def _join_misspelt_given_names(self) -> None:
        """Two people whose full names differ by one letter of the given name ("Hilary
        Clinton" in an abstract, "Hillary Clinton" in the body) are one, named as the
        list of given names spells it (else as written more often); the surname alone had
        gone to whichever came first."""
        people = [a for a in self.actors if a.type == "person" and not a.ambiguous and
                  len(a.name.split()) == 2]
        for one in people:
            for other in people:
                if one is other or one not in self.actors or other not in self.actors:
                    continue
                (given, surname), (given2, surname2) = one.name.split(), other.name.split()
                if surname != surname2 or not _one_letter_apart(given, given2) or \
                        {given.lower(), given2.lower()} <= FIRST_NAMES:
                    continue  # but "Mark Smith" and "Mary Smith" are two
                keep, drop = (one, other) if _spelling_rank(one) >= _spelling_rank(other) \
                    else (other, one)
                keep.mentions = sorted(keep.mentions + drop.mentions, key=lambda m: m.start)
                self.actors.remove(drop)
                for key, actor in list(self._by_key.items()):
                    if actor is drop:
                        self._by_key[key] = keep

    def _titles_with_the(self, ents: list[Span], headline_end: int) -> list[NameMention]:
        """A title the recogniser missed whose "The" the article capitalises inside a
        sentence ("the editors of The Advocate"): a publication's or an organization's
        name, wherever the article writes it ("The Advocate had chided …")."""
        doc = self.doc
        articles = [i for i in tokens_with_forms(doc, frozenset({"the"}))
                    if doc[i].idx > headline_end]
        covered = {i for e in ents for i in range(e.start, e.end)}
        titles: set[tuple[str, ...]] = set()
        for i in articles:
            if doc[i].text != "The" or doc[i].is_sent_start or not doc[i - 1].is_alpha:
                continue
            end = i + 1
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and \
                    end not in covered:
                end += 1
            if 1 <= end - i - 1 <= 3:
                titles.add(tuple(t.text for t in doc[i + 1 : end]))
        mentions: list[NameMention] = []
        for i in articles if titles else []:
            for title in titles:
                end = i + 1 + len(title)
                if end <= len(doc) and tuple(t.text for t in doc[i + 1 : end]) == title and \
                        (end == len(doc) or not doc[end].is_title or doc[end].is_sent_start):
                    mentions += self._clean(doc[i:end], "ORG")
        return mentions

    def _find_unlabelled(self, headline_end: int) -> None:
        """Known names the entity recogniser missed somewhere ("Ivanka Trump" once tagged)."""
        covered = {i for a in self.actors for m in a.mentions for i in range(m.start, m.end)}
        # Offsets and tags read from the Doc's array: a Token for each word cost more.
        offsets, tags = self.doc.to_array([IDX, POS]).T.tolist()
        words = token_strings(self.doc, ORTH)
        grown: dict[int, Actor] = {}
        for i, (idx, tag) in enumerate(zip(offsets, tags, strict=True)):
            if idx <= headline_end or idx in covered or tag != PROPN and not _bare_possessor(
                    words, i):
                continue
            if i + 1 < len(words) and words[i + 1][:1].isupper():
                continue  # not the last word of a name
            start = i
            while start > 0 and tags[start - 1] == PROPN and offsets[start - 1] not in covered:
                start -= 1
            for first in range(start, i + 1):
                span = self.doc[first : i + 1]
                actor = self._by_key.get(match_key(span.text))
                if actor is None and tag != PROPN:
                    actor = self._only_person_named(words[i])
                if actor is not None:
                    cleaned = self._clean(span, actor.mentions[0].label)
                    if cleaned:
                        actor.mentions.append(cleaned[0])
                        actor.mentions.sort(key=lambda m: m.start)
                        grown[id(actor)] = actor
                    break
        for actor in grown.values():  # their new mentions vote too ("Teachout … she")
            votes = _pronoun_votes(self.doc, actor, self.sents, self.quoted)
            actor.gender = _actor_gender(self.text, actor, votes)

    def _only_person_named(self, surname: str) -> Actor | None:
        """The one person of the article whose name ends in ``surname``, if one."""
        found = [a for a in self.actors if a.type == "person" and a.name.split()[-1] == surname]
        return found[0] if len(found) == 1 else None

    def _extend_surnames(self) -> None:
        """ "Mehmet Oz" written once, unrecognised, before a recognised "Oz" (the headline's
        "Hillary Clinton" for the body's "Clinton")."""
        singles = {a.name: a for a in self.actors if a.type == "person" and " " not in a.name}
        # Words matched as text: a Token is built only where a single name is written.
        for i, word in enumerate(token_strings(self.doc, ORTH)):
            actor = singles.get(word)
            if actor is None or i == 0:
                continue
            tok, prev = self.doc[i], self.doc[i - 1]
            if prev.pos_ != "PROPN" or not prev.is_title:
                continue
            if prev.lower_.rstrip(".") in TITLES | HONORIFICS or prev.ent_type_ in ORG_LABELS:
                continue
            opening_label = prev.i == 0 and i + 1 < len(self.doc) and self.doc[i + 1].text == ":"
            if prev.idx <= self.headline_end and prev.lower_ not in FIRST_NAMES and \
                    not opening_label or prev.text.endswith("."):
                continue  # in a title-case headline, only a known given name ("Hillary"), or
                # the two words that open it before a colon ("Cecile Richards: 'I'm …'")
            full = self._clean(self.doc[prev.i : tok.i + 1], "PERSON")
            said_by_honorific = self._honorific_gender(actor.mentions)
            if full and said_by_honorific and _first_name_gender(match_key(full[0].text)) not in (
                None, said_by_honorific
            ):
                continue  # someone else of that name ("Mr. Okafor … Grace Okafor, his wife")
            if full:
                actor.mentions.append(full[0])
                actor.mentions.sort(key=lambda m: m.start)
                actor.name = full[0].text
                self._by_key[match_key(full[0].text)] = actor
                votes = _pronoun_votes(self.doc, actor, self.sents, self.quoted)
                actor.gender = _actor_gender(self.text, actor, votes)  # with the given name

    def sent_index(self, offset: int) -> int:
        """The number of the narrative sentence holding ``offset``."""
        return self.sent_numbers[max(0, bisect_right(self.sent_starts, offset) - 1)]

    def match(self, text: str) -> Actor | None:
        """The actor a written name (full, partial or acronym) stands for, if any."""
        key = name_key(text)
        if not key:
            return None
        actor = self._by_key.get(match_key(key))
        return actor if actor is not None else self._fuller(key)

    def mention_at(self, start: int, end: int) -> NameMention | None:
        """The cleaned name mention overlapping the char range, if any."""
        for actor in self.actors:
            for m in actor.mentions:
                if m.start < end and start < m.end:
                    return m
        return None

    def actor_of(self, mention: NameMention) -> Actor:
        return next(a for a in self.actors if any(m is mention for m in a.mentions))

    def add(self, span: Span, label: str) -> Actor | None:
        """Register a name the NER missed (a transcript label, a headline word)."""
        cleaned = self._clean(span, label)
        if not cleaned:
            return None
        known = self.match(cleaned[0].text)
        if known is not None:
            known.mentions.append(cleaned[0])
            known.mentions.sort(key=lambda m: m.start)
            return known
        self._group(cleaned)
        return self._by_key.get(match_key(cleaned[0].text))

    # -- building ---------------------------------------------------------------

    def _clean(self, span: Span, label: str | None = None) -> list[NameMention]:
        label = label or span.label_
        tokens = [t for t in span if not t.is_space]
        colons = [i for i, t in enumerate(tokens) if t.text == ":"]
        if colons:  # a sub-heading run into a name ("National Interests: The Human Rights …")
            tokens = tokens[colons[-1] + 1 :]
        while tokens and _drop_leading(tokens[0], len(tokens), label):
            tokens = tokens[1:]
        while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in ("'s", "\u2019s", "'")):
            tokens = tokens[:-1]
        while len(tokens) > 1 and self.common_word_in_title_case(tokens[-1]):
            tokens = tokens[:-1]
        if not tokens or not any(t.text[:1].isupper() for t in tokens):
            return []
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        while start < end and self.text[start] in LIST_DASHES:
            start += 1  # a list's dash glued to the name by the tokenizer ("-Nate Cohn")
        text = self.text[start:end]
        if "\n" in text or len(tokens) > 8 or not text:
            return []
        root = span.root
        subject = (root.dep_ in SUBJECT_DEPS or (
            root.dep_ in ("appos", "conj") and root.head.dep_ in SUBJECT_DEPS
        )) and not reported_clause_subject(root)
        return [
            NameMention(start, end, text, label, self.sent_index(start),
                        subject, self.quoted.holds(start, end))
        ]

    def common_word_in_title_case(self, token: Token) -> bool:
        """A capitalised word ending a name on a line in title case (a caption, a
        sub-heading) that the body writes in lower case: the recogniser runs names on
        into such words ("President Obama Speech at Black Caucus Foundation")."""
        start = self.text.rfind("\n", 0, token.idx) + 1
        title_case = self._title_case_lines.get(start)
        if title_case is None:  # a line is judged once: its names ask for it again and again
            end = self.text.find("\n", token.idx)
            title_case = is_title_case(self.text[start : end if end >= 0 else len(self.text)])
            self._title_case_lines[start] = title_case
        if not title_case:
            return False
        if self._usage is None:
            self._usage = body_usage(self.text)
        word = token.text.lower().rstrip(".'\u2019-")
        return self._usage["-" + word] > 0 and not kept_capital(token.text, self._usage)

    def _group(self, mentions: list[NameMention]) -> None:
        names: dict[str, list[NameMention]] = {}
        for m in sorted(mentions, key=lambda m: m.start):
            names.setdefault(match_key(m.text), []).append(m)
        known = {k: a for k, a in self._by_key.items()}
        order = sorted(names, key=lambda k: (-len(k.split()), names[k][0].start))
        for key in order:
            group = names[key]
            full = self._fuller_among(key, names, known)
            if full == AMBIGUOUS:
                actor = Actor(name=name_key(group[0].text), type="person",
                              mentions=list(group), ambiguous=True)
                self.actors.append(actor)
            elif full is not None and full in known:
                actor = known[full]
                actor.mentions.extend(group)
                actor.mentions.sort(key=lambda m: m.start)
            else:
                actor = Actor(name=name_key(group[0].text), type="unknown", mentions=list(group))
                self.actors.append(actor)
            known[key] = actor
        self._by_key = known
        for actor in self.actors:
            if actor.ambiguous:
                continue
            votes = _pronoun_votes(self.doc, actor, self.sents, self.quoted)
            honorific = self._honorific_gender(actor.mentions) is not None
            actor.type = _actor_type(actor, votes, self._personal_role(actor), honorific)
            actor.gender = _actor_gender(self.text, actor, votes)

    def _fuller_among(
        self, key: str, names: dict[str, list[NameMention]], known: dict[str, Actor]
    ) -> str | None:
        words = key.split()
        personal = any(m.label == "PERSON" for m in names[key])
        gender = self._honorific_gender(names[key])
        # Only a longer name that shares a word can extend this one: the others are
        # passed over before the costlier tests (``_extends`` would refuse them).
        candidates = [k for k in known if k != key and _may_extend(k, words) and _extends(
            k.split(), words, _is_personal(known[k]), personal)
            and (gender is None or _first_name_gender(k) in (None, gender))]
        if not candidates:
            return None
        if not personal and _surname_of_several(
                words, {id(a): a for a in (known[k] for k in candidates)}.values()):
            return AMBIGUOUS
        first_seen = {k: known[k].mentions[0].start for k in candidates}
        return min(candidates, key=lambda k: (-len(known[k].name.split()), first_seen[k]))

    def _honorific_gender(self, mentions: list[NameMention]) -> str | None:
        """ "m" or "f" when the honorifics written before these mentions say so ("Mr.
        Obama"), else None."""
        found = {_gender_of_word(self.text[max(0, m.start - 6) : m.start]) for m in mentions}
        found.discard(None)
        return found.pop() if len(found) == 1 else None

    def _personal_role(self, actor: Actor) -> bool:
        """A role stated with the full name whose head is a person noun ("Hollis Garand,
        editor-in-chief of the daily Kestrel"), however the NER labelled the name."""
        if any(m.label == "PERSON" for m in actor.mentions):
            return False
        if any(w.lower() in ORGANIZATION_WORDS for w in actor.name.split()):
            return False  # "the event organizer Alliance to Reclaim Our Schools"
        for m in actor.mentions:
            if m.quoted or m.text.lower() != actor.name.lower():
                continue
            role = role_at_name(self.doc, m.start, m.end)
            if role is not None and _personal_head(role.text):
                return True
        return False

    def _fuller(self, key: str) -> Actor | None:
        words = match_key(key).split()
        candidates = [a for a in self.actors
                      if _extends(match_key(a.name).split(), words, _is_personal(a), True)]
        if not candidates or _surname_of_several(words, candidates):
            return None
        return min(candidates, key=lambda a: (-len(a.name.split()), a.mentions[0].start))


def _prefer_narrative_name(actor: Actor) -> None:
    """An actor whose fullest name is only ever written inside quotations takes the
    fullest name the narrative gives it ("Crooked Hillary Clinton" in a quoted tweet is
    Hillary Clinton)."""
    if not any(m.quoted for m in actor.mentions) or any(
            not m.quoted and match_key(m.text) == match_key(actor.name) for m in actor.mentions):
        return
    narrative = [m for m in actor.mentions if not m.quoted and len(name_key(m.text).split()) > 1
                 and match_key(actor.name).endswith(match_key(m.text))]
    if narrative:  # a full name outside quotations, not a surname alone ("Obama")
        actor.name = name_key(max(narrative, key=lambda m: len(m.text)).text)


def _one_letter_apart(word: str, other: str) -> bool:
    """Whether two given names of four letters or more differ by one letter added,
    dropped or changed ("Hilary", "Hillary")."""
    if min(len(word), len(other)) < 4 or abs(len(word) - len(other)) > 1 or word == other:
        return False
    if len(word) == len(other):
        return sum(a != b for a, b in zip(word, other, strict=True)) == 1
    short, long = sorted((word, other), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _spelling_rank(actor: Actor) -> tuple[bool, int]:
    return actor.name.split()[0].lower() in FIRST_NAMES, len(actor.mentions)


def _gender_of_word(before: str) -> str | None:
    """The gender an honorific right before a name gives ("Mr. ", "Mrs. "), else None."""
    words = before.lower().replace(".", " ").split()
    if words and words[-1] in HONORIFICS & MALE_WORDS:
        return "m"
    if words and words[-1] in HONORIFICS & FEMALE_WORDS:
        return "f"
    return None


def _first_name_gender(key: str) -> str | None:
    """The gender a full name's first name gives ("michelle obama": "f"), else None."""
    first = key.split()[0] if " " in key else ""
    if first in MALE_FIRST_NAMES and first not in FEMALE_FIRST_NAMES:
        return "m"
    if first in FEMALE_FIRST_NAMES and first not in MALE_FIRST_NAMES:
        return "f"
    return None


# Names are compared again and again (every mention with every actor): each form is
# worked out once.
@lru_cache(maxsize=8192)
def name_key(text: str) -> str:
    """A name as compared: no leading article or title, no possessive, single spaces."""
    words = text.split()
    while words and (words[0].lower().rstrip(".") in HONORIFICS | {"the"}):
        words = words[1:]
    if words and words[-1].endswith(("'s", "\u2019s")):
        words[-1] = words[-1][:-2]
    return " ".join(w for w in words if w)


@lru_cache(maxsize=8192)
def match_key(text: str) -> str:
    """A name as looked up: ``name_key`` in lower case, one kind of apostrophe ("O’Neill"
    and "O'Neill" in the same article)."""
    return name_key(text).lower().replace("\u2019", "'").translate(NO_QUOTES)


def _extends(longer: list[str], shorter: list[str], personal: bool, short_personal: bool
             ) -> bool:
    """Whether ``shorter`` names the same actor as ``longer`` in fewer words."""
    longer = [w.lower() for w in longer]
    shorter = [w.lower() for w in shorter]
    if len(shorter) >= len(longer) or not shorter:
        return False
    if personal:
        while len(longer) > 1 and longer[-1].rstrip(".,") in SUFFIXES:
            longer = longer[:-1]  # "John G. Roberts Jr." for "Roberts"
        if longer[-len(shorter):] == shorter:  # surname, "Guajardo Villarreal"
            return True
        if len(shorter) == 1 and len(longer) >= 3 and longer[-2] == shorter[0]:
            return True  # "Ms. Acosta" for "Melba Acosta Febo": the first of two surnames
        first_name = len(shorter) == 1 and shorter[0] == longer[0] and len(longer) <= 3
        return first_name and short_personal
    if len(shorter) >= 2 and (longer[: len(shorter)] == shorter and not short_personal
                              # "Peterson Institute"; not a person an organization is
                              # named after ("Trayvon Martin Foundation")
                              or longer[-len(shorter):] == shorter):  # "Supreme Court"
        return True
    if len(shorter) == 1 and shorter[0].split("-")[-1] in PAPER_WORDS and \
            longer[-1] == shorter[0]:
        return True  # "the Times" for "The New York Times", "the Sun-Times" for "Chicago …"
    return len(shorter) == 1 and _is_acronym(shorter[0], longer)


@lru_cache(maxsize=8192)
def _lower_words(key: str) -> tuple[tuple[str, ...], frozenset[str]]:
    words = tuple(w.lower() for w in key.split())
    return words, frozenset(words)


def _may_extend(longer_key: str, shorter: list[str]) -> bool:
    """What ``_extends`` needs of the words, whichever way it compares them: a longer name
    that ends in the shorter one's last word (a surname), starts with its first word (a
    first name, "Peterson Institute"), or has a word for each letter (an acronym)."""
    longer, longer_set = _lower_words(longer_key)
    if len(longer) <= len(shorter) or not shorter:
        return False
    last = shorter[-1].lower()
    return last in longer_set or shorter[0].lower() == longer[0] or len(shorter) == 1 and \
        len(last.replace(".", "")) <= len(longer)


def _is_personal(actor: Actor) -> bool:
    """Named as a person: by the NER, or typed a person from other evidence (a
    personal role, pronouns, the shape of the name), so that its surname alone joins it
    whatever its label."""
    return actor.type == "person" and not actor.ambiguous or any(
        m.label == "PERSON" for m in actor.mentions) or _personal_shape(actor.name)


def _personal_shape(name: str) -> bool:
    """A common first name and a capitalized surname, with no organization word: "Keith
    Lamont Scott", which the small model's NER often labels ORG or GPE."""
    words = name.split()
    if not 2 <= len(words) <= 4 or words[0].lower() not in FIRST_NAMES:
        return False
    return all(w[:1].isupper() and w.lower().strip(".") not in ORGANIZATION_WORDS
               for w in words)


def _surname_of_several(shorter: list[str], candidates: Iterable[Actor]) -> bool:
    """Whether the words end the names of two different people ("Rowe" for "Anna Rowe"
    and "Ben Rowe")."""
    shorter = [w.lower() for w in shorter]
    people = {a.name.lower() for a in candidates if _is_personal(a)
              and a.name.lower().split()[-len(shorter):] == shorter}
    return len(people) > 1


def _personal_head(role: str) -> bool:
    """The role names a kind of person: "editor-in-chief of ..." (not "a think tank"); its
    head is the last word before "of" ("committee chair" is a person, "party" a party)."""
    head = re.split(r"\b(?:of|for|at|in the|with|to)\b", role.lower(), maxsplit=1)[0]
    words = re.findall(r"[a-z]+", head)
    if not words or words[-1] in ORGANIZATION_NOUNS:
        return False
    return any(w in PERSON_NOUNS or w in TITLES for w in words)


def _is_acronym(word: str, longer: list[str]) -> bool:
    letters = word.replace(".", "")
    if len(letters) < 2 or not word.replace(".", "").isalpha():
        return False
    initials = "".join(w[0] for w in longer if w not in CONNECTORS and w[:1].isalpha())
    # "VA" for "Department of Veterans Affairs": the initials of its last words
    return letters.lower() == initials.lower() or (
        len(initials) > len(letters) and initials.lower().endswith(letters.lower())
        and longer[-len(letters) - 1] in CONNECTORS
    )


def _drop_leading(token: Token, remaining: int, label: str) -> bool:
    word = token.lower_.lstrip(LIST_DASHES).rstrip(".")
    if token.pos_ == "DET" or word in HONORIFICS:
        return True
    if remaining > 1 and token.pos_ not in ("PROPN", "NOUN", "ADJ", "NUM"):
        return True  # "Say Mexico"
    if remaining > 1 and token.pos_ == "ADJ" and token.text.islower():
        return True  # "the federal Securities and Exchange Commission"
    if remaining == 2 and word in PERSONAL_TITLES and token.text.lstrip(LIST_DASHES)[:1].isupper():
        return True  # "President Obama" the recogniser called an organization
    return label == "PERSON" and remaining > 1 and word in TITLES and token.text[:1].isupper()


def _merged_ents(doc: Doc, text: str) -> list[Span]:
    """Name entities, with "X for the Y" / "X of Y" organization pairs joined and names
    completed over a hyphen ("Corin Adebayo" + "-Holt")."""
    ents = [part for e in doc.ents if e.label_ in NAME_LABELS or _personal_shape(e.text)
            for part in _at_possessive(_completed(_without_dateline(e)))]
    merged: list[Span] = []
    for ent in ents:
        prev = merged[-1] if merged else None
        joiner = text[prev.end_char : ent.start_char] if prev is not None else ""
        if prev is not None and prev.label_ == "ORG" and ent.label_ in ("ORG", "GPE") and (
            joiner in MERGE_JOINERS or _spelt_out(text, prev.start_char, ent.end_char)
        ):
            merged[-1] = Span(doc, prev.start, ent.end, label="ORG")
        else:
            merged.append(ent)
    return _with_nicknames(doc, text, merged)


def _at_possessive(ent: Span) -> list[Span]:
    """"Breitbart’s Joel Pollak" read as one name: the possessor and the person it
    employs, when what follows the "'s" is a given name and a surname."""
    mark = next((t.i for t in ent if t.lower_ in ("'s", "\u2019s")), None)
    if mark is None or mark == ent.start or mark + 1 >= ent.end or \
            not _personal_shape(ent.doc[mark + 1 : ent.end].text):
        return [ent]
    return [Span(ent.doc, ent.start, mark, label=ent.label_),
            Span(ent.doc, mark + 1, ent.end, label="PERSON")]


def _without_dateline(ent: Span) -> Span:
    """ "ROME - Bernie Sanders met …" read as one name: the dateline's place in capitals and
    its dash, at the start of a paragraph, are no part of it."""
    doc = ent.doc
    dash = next((t.i for t in ent if t.text in DATELINE_DASHES), None)
    if dash is None or dash + 1 >= ent.end or not all(t.is_upper for t in doc[ent.start : dash]):
        return ent
    if ent.start > 0 and "\n" not in doc[ent.start - 1].text:
        return ent  # not at a paragraph's start
    rest = doc[dash + 1 : ent.end]
    return Span(doc, rest.start, rest.end, label="PERSON" if _personal_shape(rest.text)
                else ent.label_)


def _spelt_out(text: str, start: int, end: int) -> bool:
    """Whether the acronym in brackets right after ``text[start:end]`` spells its words
    ("Citizens for Responsibility and Ethics in Washington (CREW)", which the recogniser
    cuts before "in Washington")."""
    match = BRACKETED_ACRONYM.match(text, end)
    return match is not None and _is_acronym(match.group(1), text[start:end].split())


def _with_nicknames(doc: Doc, text: str, ents: list[Span]) -> list[Span]:
    """A name with a quoted nickname is one person ('Rep. Robert C. "Bobby" Scott', which
    the recogniser cuts at the quotation marks)."""
    for match in NICKNAMED.finditer(text):
        span = doc.char_span(match.start(), match.end(), label="PERSON")
        if span is None:
            continue
        ents = [e for e in ents if e.end_char <= span.start_char or e.start_char >= span.end_char]
        ents.append(span)
    return sorted(ents, key=lambda e: e.start_char)


def _completed(ent: Span) -> Span:
    """The entity as a name, where the small model's recogniser cut it short or mislabelled
    it: extended over a double-barrelled name cut at its hyphen ("Adebayo" "-" "Holt"
    written without spaces); extended back over a capitalized given name it left out
    ("Teodor" before "Malvik", "Ana" before "Ferreira-Dunn"); and labelled a person when
    it reads as a given name and a surname ("Agnes Tolland" taken for a place)."""
    doc = ent.doc
    end = ent.end
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and \
            not doc[end].whitespace_ and doc[end + 1].is_title and doc[end + 1].is_alpha:
        end += 2
    start = ent.start
    label = ent.label_
    before = doc[start - 1] if start > 0 else None
    hyphenated = end - start == 3 and doc[start + 1].text == "-"  # "Ferreira-Dunn"
    one_name = end - start == 1 or hyphenated
    if one_name and before is not None and before.is_title and before.pos_ == "PROPN" and \
            before.ent_type_ == "" and before.whitespace_ and (
                before.lower_.lstrip(LIST_DASHES) in FIRST_NAMES or hyphenated) and \
            before.lower_.rstrip(".") not in TITLES | HONORIFICS:
        start -= 1
    if label not in NAME_LABELS or label != "PERSON" and before is not None and \
            start < ent.start and before.lower_.lstrip(LIST_DASHES) in FIRST_NAMES:
        label = "PERSON"
    if (start, end, label) == (ent.start, ent.end, ent.label_):
        return ent
    return Span(doc, start, end, label=label)


def _actor_type(actor: Actor, votes: dict[str, int], personal_role: bool = False,
                honorific: bool = False) -> str:
    if honorific:
        return "person"  # "Mr. Obama" whatever the votes ("Mr. Obama's administration … it")
    labels = [m.label for m in actor.mentions]
    multi_word = len(actor.name.split()) > 1
    known_first = actor.name.split()[0].lower() in FIRST_NAMES
    personal = votes["m"] + votes["f"]
    if not multi_word and not known_first and votes["org"] > personal:
        return "organization"  # "Politifact ... they published"
    if "PERSON" in labels and (multi_word or labels.count("PERSON") * 2 >= len(labels)):
        return "person"
    if _personal_shape(actor.name) and votes["org"] <= personal:
        return "person"
    if personal_role and votes["org"] <= personal and (multi_word or personal > votes["org"]):
        # "Hollis Garand [GPE], editor-in-chief of the daily Kestrel"; a single word only
        # with "he" or "she" for it ("Nefzi [ORG], a chemistry professor … He said")
        return "person"
    if actor.name.lower() in PARTY_PLURALS or any(lab in ORG_LABELS for lab in labels):
        return "organization"
    return "person" if "PERSON" in labels else "unknown"


def _actor_gender(text: str, actor: Actor, votes: dict[str, int]) -> str | None:
    if actor.type != "person":
        return None
    first = actor.name.split()[0].lower()
    score = 3 if first in MALE_FIRST_NAMES else -3 if first in FEMALE_FIRST_NAMES else 0
    for m in actor.mentions:
        before = text[max(0, m.start - 6): m.start].lower().replace(".", " ").split()
        word = before[-1].lstrip(OPENING_MARKS) if before else ""  # "'Mr. Khan, you're …"
        if word in MALE_WORDS:
            score += 3
        if word in FEMALE_WORDS:
            score -= 3
    score += votes["m"] - votes["f"]
    return "m" if score > 0 else "f" if score < 0 else None


def _pronouns_before_another_subject(doc: Doc, start: int, end: int) -> list[int]:
    """The pronouns among words ``start`` to ``end`` of a sentence, up to another noun
    subject or another person named ("Warren told Stumpf, after he admitted …": "he" is
    Stumpf)."""
    table, entities = token_table(doc), token_numbers(doc, ENT_TYPE)
    words = []
    for i in range(start, end):
        if table.dep[i] in ("nsubj", "nsubjpass") and table.pos[i] in ("NOUN", "PROPN") or \
                entities[i] == PERSON:
            break
        if table.pos[i] == "PRON":
            words.append(i)
    return words


def _pronoun_votes(doc: Doc, actor: Actor, sents: list[tuple[int, int]], quoted: Regions
                   ) -> dict[str, int]:
    """Pronouns that go on from a sentence whose subject is this actor: later in the same
    sentence until another noun is a subject ("Voss said … after the bank publishes its
    report": "its" is the bank's), or as the subject of the next one ("Oz ... He has
    promoted"). Pronouns inside a quotation do not vote: they are the speaker's words
    about someone else ("“If he is asked questions …,” she said"). ``sents``: the Doc's
    sentences as token ranges; words are read from the Doc's arrays."""
    votes = {"m": 0, "f": 0, "org": 0}
    table, offsets = token_table(doc), token_numbers(doc, IDX)
    firsts = [first for first, _ in sents]
    for m in actor.mentions:
        if not m.subject or m.quoted:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        index = bisect_right(firsts, span.root.i) - 1  # the sentence of the name's head
        first, last = sents[index]
        pronouns = _pronouns_before_another_subject(doc, max(span.end, first), last)
        if index < len(sents) - 1:
            # "Kettering read … It was her first appearance": the next sentence's first
            # subject or possessive pronoun, once ("She says … her son … made her break"
            # is one vote: three outweighed a man's given name)
            pronouns += [i for i in range(*sents[index + 1])
                         if table.dep[i] in ("nsubj", "nsubjpass", "poss")
                         and table.pos[i] == "PRON"][:1]
        for i in pronouns:
            word = table.lower[i]
            if quoted.holds(offsets[i], offsets[i] + 1):
                continue
            if word in MALE_PRONOUNS:
                votes["m"] += 1
            elif word in FEMALE_PRONOUNS:
                votes["f"] += 1
            elif word in ("they", "their", "its"):
                votes["org"] += 1
    return votes


def _bare_possessor(words: list[str], i: int) -> bool:
    """A capitalised word before a bare apostrophe ("Sanders’ campaign"): a possessive
    the tagger often reads as a plural noun, so no name is recognised there."""
    return i + 1 < len(words) and words[i + 1] in ("'", "\u2019") and words[i][:1].isupper() \
        and words[i][-1:] in ("s", "z", "x")
