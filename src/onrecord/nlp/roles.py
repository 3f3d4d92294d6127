"""Roles as an article states them next to a name.

``role_at_name(doc, start, end)`` looks, in this order, for an apposition ("Chad Bown,
an expert on trade at the Peterson Institute,"), an apposition the name itself
completes ("Apple's chief executive, Tim Cook,"), a relative clause that states a role
("who heads the Center ...", "who was the White House physician ...") and a title
written before the name ("Trump campaign spokesman Jason Miller"). ``role_of_description``
turns the description a speaker is called by ("the California congressman") into a role.
Role text always equals ``doc.text[span]``; leading articles are left out.
"""

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from itertools import islice
from weakref import WeakKeyDictionary

from spacy.attrs import IS_SPACE
from spacy.tokens import Doc, Span, Token

from onrecord.nlp.extensions import doc_text, token_numbers, token_table
from onrecord.nlp.speakers_lexicon import FIRST_NAMES, HONORIFICS, PERSON_NOUNS, TITLES

Offsets = tuple[int, int]
DELIMITERS = frozenset({",", "\u2014", "--", "\u2013", "\u2015", ";", ":"})
OPENERS = frozenset({",", "\u2014", "--", "\u2013", "\u2015"})
ROLE_VERBS = frozenset({"head", "lead", "run", "chair", "direct", "oversee", "manage", "edit",
                        "represent", "own", "found", "co-found", "helm"})
PREMODIFIER_POS = frozenset({"PROPN", "NOUN", "ADJ", "PART", "ADV"})
LEADING_WORDS = frozenset({"the", "a", "an", "his", "her", "their", "its", "this", "that",
                           "another"})
TIME_ADVERBS = frozenset({"now", "currently", "then", "still", "also", "formerly", "once"})
GENERIC_PERSON_NOUNS = frozenset({"woman", "man", "person", "people", "guy", "girl", "boy",
                                  "gentleman", "individual", "women", "men"})


@dataclass(frozen=True)
class RoleStatement:
    """A role stated at ``at`` (the char offset of the name or description it belongs to)."""

    text: str
    span: Offsets
    at: int


_ROLES: WeakKeyDictionary[Doc, dict[Offsets, RoleStatement | None]] = WeakKeyDictionary()


def role_at_name(doc: Doc, start: int, end: int) -> RoleStatement | None:
    """The role stated with the name written at ``doc.text[start:end]``, if any; found
    once per name and Doc (the cast and each pass over the speakers ask for it again)."""
    found = _ROLES.setdefault(doc, {})
    if (start, end) not in found:
        found[start, end] = _find_role_at_name(doc, start, end)
    return found[start, end]


def _find_role_at_name(doc: Doc, start: int, end: int) -> RoleStatement | None:
    name = doc.char_span(start, end, alignment_mode="expand")
    if name is None:
        return None
    # The finders read words from the Doc's lower-case list where a test needs only the
    # word: a Token for each word they pass over cost more than the test. Both finders
    # after the name start where its asides end, found once.
    words = token_table(doc).lower
    after = _skip_asides(doc, words, name.end)
    for finder in (_apposition_after, _apposition_before, _relative_clause, _title_before,
                   _description_named, _closing_bio):
        tokens = finder(name, words, after)
        if tokens:
            return _statement(doc, tokens, start)
    return None


_BIOS: WeakKeyDictionary[Doc, tuple[Span | None]] = WeakKeyDictionary()


def closing_bio(doc: Doc) -> Span | None:
    """The name that opens an article's closing author line ("Charlotte Meehan is
    playwright-in-residence at Wheaton College …"), the way op-eds name their writer;
    found once per Doc."""
    found = _BIOS.get(doc)
    if found is None:
        found = _BIOS[doc] = (_find_closing_bio(doc),)
    return found[0]


def _find_closing_bio(doc: Doc) -> Span | None:
    text = doc_text(doc).rstrip()
    start = text.rfind("\n") + 1
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    if first is None:
        return None
    opening = first.start
    while opening + 1 < len(doc) and doc[opening].is_title and \
            doc[opening].lower_.rstrip(".") in TITLES | HONORIFICS:
        opening += 1  # "Rep. Raul Grijalva, D-Ariz., was an early backer of …"
    if doc[opening].ent_type_ != "PERSON" or doc[opening].ent_iob_ != "B":
        return None
    name = next((e for e in doc.ents if e.start == opening), None)
    if name is None or name.root.dep_ != "nsubj" or name.root.head.lemma_ != "be":
        return None
    return name


def _closing_bio(name: Span, _words: list[str], _after: int) -> list[Token]:
    bio = closing_bio(name.doc)
    if bio is None or bio.start != name.start:
        return []
    attrs = [c for c in bio.root.head.children if c.dep_ == "attr"]
    return _clip(list(attrs[0].subtree)) if attrs else []


def role_of_description(doc: Doc, span: Span) -> RoleStatement | None:
    """The description itself as a role ("the California congressman" -> "California
    congressman"), unless it states an age or is only a pronoun."""
    tokens = _trim(list(span))
    if not tokens or any(t.like_num and not t.is_alpha or "year-old" in t.lower_
                         for t in tokens):
        return None  # an age or a count ("the 34-year-old"), not "the former first lady"
    if all(t.pos_ == "PRON" for t in tokens):
        return None
    if _opens_with_a_name(tokens):
        return None  # a headline's "Elizabeth Warren Hammers Wells Fargo CEO"
    if member_marks(tokens):
        return None  # "state legislators such as Bamberg": the group's, not the member's
    description = _first_description(tokens)
    if description and description[-1].lower_ in GENERIC_PERSON_NOUNS:
        return None  # "the woman": who she is, not a role
    return _statement(doc, description, span.start_char)


def member_marks(tokens: Iterable[Token]) -> list[Token]:
    """The words after which a group's members are named: "including", "like", "such
    (as)", a form of "include" ("Critics of the program, like Senators X and Y")."""
    return [t for t in tokens if t.lemma_ == "include" or t.lower_ in ("including", "like")
            or t.lower_ == "such" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "as"]


def _opens_with_a_name(tokens: list[Token]) -> bool:
    """The description starts with a person's name that is not a possessor ("Clinton's
    campaign manager" is a role; "Elizabeth Warren Hammers …" is not)."""
    names = [t for t in tokens[:4] if t.ent_type_ == "PERSON"]
    if not names or tokens[0].ent_type_ != "PERSON":
        return False
    after = names[-1].i + 1
    return not (after < len(tokens[0].doc) and tokens[0].doc[after].lower_ in ("'s", "\u2019s"))


def _first_description(tokens: list[Token]) -> list[Token]:
    """Cut "head of Sony Pictures Television and Oz's big, big boss" or "Republican nominee
    and his aides" at a conjunct that is a description of its own (its own article or
    possessor); keep "former secretary of state and current Democratic presidential
    nominee"."""
    for i, tok in enumerate(tokens):
        rest = tokens[i + 1 : i + 4]
        if tok.lower_ == "and" and rest and (
            rest[0].pos_ == "DET" or rest[0].dep_ == "poss" or any(t.dep_ == "case" for t in rest)
        ):
            return tokens[:i]
    return tokens


def nearest_role(statements: list[RoleStatement], start: int, end: int,
                 guessed: Collection[RoleStatement] = ()) -> RoleStatement | None:
    """The role stated closest before a mention's end, else the first one stated after it,
    unless it is ``guessed``: taken from a description in the narrative that was resolved
    to the actor, too weak a link to reach back to an earlier statement."""
    before = [r for r in statements if r.at < end]
    if before:
        return max(before, key=lambda r: r.at)
    after = [r for r in statements if r.at >= end and r not in guessed]
    return min(after, key=lambda r: r.at) if after else None


# -- finders -------------------------------------------------------------------


def _apposition_after(name: Span, words: list[str], after: int) -> list[Token]:
    """``after``: the index of the first word after the name and its asides."""
    doc = name.doc
    i = after
    if i >= len(words) or words[i] not in OPENERS:  # a punctuation mark's lower case is itself
        return []  # not after a colon: "Pat Caddell: Democrat voters worried"
    if _opens_with_according_to(name):
        return []  # "According to … Rush Limbaugh, the move reeks of …": the main clause
    tokens: list[Token] = []
    for tok in doc[i + 1 : name.sent.end]:
        if tok.text == "," and _between_modifiers(tokens, tok):
            tokens.append(tok)  # "the brusque, outspoken governor": one phrase
            continue
        if tok.text in DELIMITERS and not _subtitle_colon(tok) or tok.lower_ in (
                "who", "which", "whose", "("):
            break
        if tok.i == name.root.head.i and tok.pos_ in ("VERB", "AUX"):
            # "To professor Brigid Harrison, Christie's stare seemed …": a phrase that runs
            # into the verb with no closing mark is the clause's subject, not an apposition
            return []
        tokens.append(tok)
    possessed = bool(tokens) and tokens[0].lower_ in ("his", "her", "their")
    phrase = tokens[1:] if possessed else tokens
    if possessed and _absolute(phrase):
        return []  # "… of Hillary Clinton, his words drowned by applause": no apposition
    if not _is_noun_phrase(phrase) or _another_person(phrase) or _party_and_state(phrase) or \
            _plural_head(phrase) and name.root.dep_ != "conj":  # not "X and Y, co-founders"
        return []
    if _nationality(phrase) and tokens[-1].i + 1 < len(doc) and doc[tokens[-1].i + 1].lower_ \
            == "who":  # "Bamberg, an African American who serves as the attorney for …"
        return _role_of_relative(doc[tokens[-1].i + 1].head) or tokens
    return tokens  # "Trump, her Republican opponent,"


def _phrase_head(tokens: list[Token]) -> Token | None:
    """The first word of a phrase whose head lies outside it, punctuation aside: the
    phrase's head ("President of CNN Worldwide": a misparsed "Worldwide" hung elsewhere
    comes after "President")."""
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside and not t.is_punct), None)


def _plural_head(tokens: list[Token]) -> bool:
    """A phrase headed by a plural noun ("… than Sanders, superdelegates who back him"):
    the next clause's subject, no one person's role."""
    head = _phrase_head(tokens)
    return head is not None and head.tag_ == "NNS"


def _party_and_state(tokens: list[Token]) -> bool:
    """ "R-Mass." after "former Sen. Scott Brown,": a party and a state, not a role (the
    title before the name is one)."""
    return len(tokens) >= 3 and tokens[0].text in ("R", "D", "I") and tokens[1].text == "-"


def _another_person(tokens: list[Token]) -> bool:
    """A phrase headed by a person's name ("NBC's Lester Holt, ABC's Martha Raddatz"): the
    next name of a list, not a role ("wife of Bill Clinton" is headed by "wife")."""
    head = _phrase_head(tokens)
    return head is not None and head.ent_type_ == "PERSON"


def _nationality(tokens: list[Token]) -> bool:
    """A phrase that only names a nationality or an ethnic or religious group."""
    words = [t for t in tokens if t.is_alpha and t.lower_ not in LEADING_WORDS]
    return bool(words) and all(t.ent_type_ == "NORP" for t in words)


def _absolute(tokens: list[Token]) -> bool:
    """A noun with a participle of its own right after it ("words drowned by applause",
    "voice breaking"): an absolute phrase, not a description of the name before it."""
    return len(tokens) > 1 and tokens[0].pos_ == "NOUN" and tokens[1].tag_ in ("VBN", "VBG") \
        and tokens[1].head.i == tokens[0].i


def _between_modifiers(tokens: list[Token], comma: Token) -> bool:
    """A comma after a modifier of a noun that comes later ("a tough, outspoken lawyer")."""
    if not tokens:
        return False
    head = tokens[-1].head
    return tokens[-1].dep_ in ("amod", "nmod", "compound") and head.i > comma.i and \
        head.pos_ in ("NOUN", "PROPN")


def _opens_with_according_to(name: Span) -> bool:
    """The name ends an "According to …" phrase that opens its sentence."""
    # Words read from the Doc's arrays: a Token for each word from the sentence start cost
    # more than the test.
    # Only a sentence whose first two words are "according to" is read on.
    doc = name.doc
    lower, spaces = token_table(doc).lower, token_numbers(doc, IS_SPACE)
    words = (lower[i] for i in range(name.sent.start, name.start) if not spaces[i])
    if list(islice(words, 2)) != ["according", "to"]:
        return False
    return not any(w in DELIMITERS for w in words)


def _apposition_before(name: Span, words: list[str], _after: int) -> list[Token]:
    root = name.root
    head = root.head
    if root.dep_ == "appos" and head.pos_ == "NOUN" and head.i < name.start and \
            head.tag_ != "NNS" and (_delimited(head, name) or _personal_noun(head.lower_)):
        # "As he welcomed several hundred guests, Scott was"; not "The amount  Trump
        # essentially gave his campaign": with no mark between them, a person noun
        tokens = [t for t in head.subtree if t.i < root.left_edge.i]
        return tokens if _is_noun_phrase(_trim(tokens)) else []
    return _comma_apposition_before(name, words)


def _delimited(head: Token, name: Span) -> bool:
    """Whether a comma or a dash stands between an apposition's noun and the name
    ("Trump's running mate, Indiana Gov. Mike Pence")."""
    return any(t.text in DELIMITERS for t in name.doc[head.i + 1 : name.start])


def _comma_apposition_before(name: Span, words: list[str]) -> list[Token]:
    """ "Apple's chief executive, Tim Cook," when the parse misses the apposition."""
    if name.end >= len(words) or words[name.end] not in DELIMITERS:
        return _fronted_apposition(name)  # nothing closes an apposition after the name
    doc = name.doc
    start = name.start
    while start > name.sent.start and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
        start -= 1  # back over a title the name mention left out
    after = doc[name.end] if name.end < len(doc) else None
    if start < 2 or doc[start - 1].text not in OPENERS or after is None or \
            after.text not in DELIMITERS:
        return []  # "Apple's chief executive, Tim Cook,"; "A former candidate -- John McCain,"
    tokens: list[Token] = []
    i = start - 2
    while i >= name.sent.start and (doc[i].pos_ in PREMODIFIER_POS or doc[i].dep_ == "case"):
        tokens.insert(0, doc[i])
        i -= 1
    if tokens and tokens[-1].pos_ == "PROPN":
        return _sentence_opening_role(name, start - 1)
    if not tokens or tokens[-1].pos_ != "NOUN" or not _personal_noun(tokens[-1].lower_):
        return []
    if tokens[-1].tag_ == "NNS" or tokens[-1].dep_ == "pobj":
        return []  # "Before several hundred guests, Scott announced": no one's role
    return tokens


def _description_named(name: Span, _words: list[str], _after: int) -> list[Token]:
    """ "an even-then-famous New York City entrepreneur named Donald Trump": the person
    noun phrase that a name is given to."""
    doc = name.doc
    verb = doc[name.start - 1] if name.start > 0 else None
    if verb is None or verb.lower_ != "named" or verb.dep_ != "acl":
        return []  # not "called": "the letter called Oz a quack"
    noun = verb.head
    personal = _personal_noun(noun.lower_) or noun.lower_.endswith("eur")  # "entrepreneur"
    if noun.pos_ != "NOUN" or noun.tag_ == "NNS" or not personal:
        return []
    return [t for t in noun.subtree if t.i < verb.i]


def _fronted_apposition(name: Span) -> list[Token]:
    """ "A lawyer, Khan has long passed out copies", "As Virginia's governor, Kaine
    declared": an indefinite noun phrase, or one after "As", that opens the sentence,
    headed by a person noun, before the comma after which the name is the subject (not "A
    day later, Khan said")."""
    doc = name.doc
    if name.start < 3 or doc[name.start - 1].text != "," or \
            name.root.dep_ not in ("nsubj", "nsubjpass"):
        return []
    first = name.sent.start
    while first < name.start and (doc[first].is_space or doc[first].is_punct):
        first += 1
    phrase = list(doc[first : name.start - 1])
    if phrase and phrase[0].lower_ == "as":  # "As Virginia's governor, Kaine declared"
        phrase = phrase[2:] if len(phrase) > 1 and phrase[1].lower_ in ("a", "an", "the") \
            else phrase[1:]
        modifiers = phrase
    elif len(phrase) < 2 or phrase[0].lower_ not in ("a", "an"):
        return []
    else:
        modifiers = phrase[1:]
    if not phrase or any(t.pos_ not in PREMODIFIER_POS and t.text != "-" and
                         t.dep_ not in ("amod", "case") for t in modifiers):
        return []  # "A self-professed independent": a participle may modify it
    head = phrase[-1]
    if head.pos_ not in ("NOUN", "ADJ") or head.tag_ == "NNS" or \
            not _personal_noun(head.lower_):
        return []  # "A day later, …"
    return phrase


def _sentence_opening_role(name: Span, comma: int) -> list[Token]:
    """ "The governor of the Central Bank of Veloria, Sabine Kettering, told …": a noun
    phrase with "of" that opens the sentence, headed by a person noun, before the comma."""
    doc = name.doc
    first = name.sent.start
    while first < comma and (doc[first].is_space or doc[first].is_punct):
        first += 1
    phrase = list(doc[first:comma])
    allowed = PREMODIFIER_POS | {"DET"}
    if not phrase or any(t.pos_ not in allowed and t.lower_ not in ("of", "for", "at", "in", "-")
                         and not (t.pos_ == "VERB" and t.dep_ == "amod") for t in phrase):
        return []  # "Now the highest-ranking prosecutor in the United States, Lynch …"
    nouns = [t for t in phrase if t.pos_ == "NOUN"]
    if not nouns or not _personal_noun(nouns[0].lower_) or nouns[0].tag_ == "NNS":
        return []
    return phrase


def _personal_noun(word: str) -> bool:
    return word in PERSON_NOUNS or word.endswith(("er", "or", "ist", "ian", "ent", "ive"))


def _relative_clause(name: Span, words: list[str], after: int) -> list[Token]:
    doc = name.doc
    i = after
    if i + 1 >= len(words) or words[i] != "," or words[i + 1] != "who":
        return []
    return _role_of_relative(doc[i + 1].head)


def _role_of_relative(verb: Token) -> list[Token]:
    """The role a relative clause states: "who is X", "who heads X", "who served as X"."""
    if verb.dep_ != "relcl":
        return []
    if verb.lemma_ == "be":
        attrs = [c for c in verb.children if c.dep_ == "attr" and not c.like_num]
        if attrs and attrs[0].pos_ == "NOUN" and attrs[0].tag_ != "NNS" and \
                attrs[0].lower_ not in TITLES | PERSON_NOUNS and not _personal_noun(
                    attrs[0].lower_):
            return []  # "who is term limited from office": no one's role
        return _clip(list(attrs[0].subtree)) if attrs else []  # not an age ("who is 70")
    if verb.lemma_ in ROLE_VERBS:
        return _clip([t for t in verb.subtree if t.i >= verb.i])
    if verb.lemma_ == "serve":  # "who served as U.S. ambassador to Burma from 2012 …"
        roles = [o for p in verb.children if p.lower_ == "as" for o in p.children
                 if o.dep_ == "pobj"]
        return _clip(list(roles[0].subtree)) if roles else []
    return []


def _title_before(name: Span, _words: list[str], _after: int) -> list[Token]:
    doc = name.doc
    tokens: list[Token] = []
    i = name.start - 1
    while i >= name.sent.start:
        tok = doc[i]
        i -= 1
        if tok.is_space:
            continue
        if tok.ent_type_ in ("DATE", "TIME") or tok.text in DELIMITERS:
            break  # "Last week Stumpf apologized", "were made public ― Trump boasted": no title
        if _title_of(tok) and tokens:  # "Secretary of State"
            tokens.insert(0, tok)
            continue
        if tok.text == "-" and tokens and not tok.whitespace_ and tok.i > name.sent.start and \
                not doc[tok.i - 1].whitespace_ and doc[tok.i - 1].is_alpha:
            tokens[:0] = [doc[tok.i - 1], tok]  # "co-host", whatever the parse made of "co"
            i -= 1
            continue
        if tok.lower_ == "and" and tokens and tok.i > name.sent.start + 1 and (
                _title_word(doc[tok.i - 1]) or doc[tok.i - 1].is_title and _title_of(
                    doc[tok.i - 2])):  # "Gov. and …", "Secretary of State and …"
            # "former Pennsylvania Gov. and Democratic National Committee Chairman Ed
            # Rendell": two titles joined, both his
            tokens[:0] = [doc[tok.i - 1], tok]
            i -= 1
            continue
        if not (_premodifier(tok, name) or _misparsed_title(tok, name, tokens)):
            break
        tokens.insert(0, tok)
    while tokens and tokens[0].lower_.rstrip(".") in HONORIFICS | {"-"}:
        tokens = tokens[1:]
    while tokens and tokens[-1].lower_.rstrip(".") in HONORIFICS:
        tokens = tokens[:-1]
    if len(tokens) > 1 and tokens[-1].lower_.rstrip(".") in TITLES and tokens[-1].text.endswith(
        "."
    ) and any(t.pos_ == "NOUN" for t in tokens[:-1]) and _personal_noun(tokens[-2].lower_):
        # "Republican vice-presidential nominee Gov." -> the noun phrase; but "state Del."
        # keeps its title, "state" being no one's role
        tokens = tokens[:-1]
    if not tokens or tokens[-1].pos_ not in ("NOUN", "PROPN") and not (
            tokens[-1].lower_ in PERSON_NOUNS and len(tokens) > 1 and tokens[-2].text == "-"):
        return []  # but "Co-anchor Norah O'Donnell", its noun read as an adjective
    if tokens[-1].tag_ == "NNS" and tokens[-1].lower_.rstrip(".") not in TITLES:
        return []  # "unearthed controversial columns Bradley wrote": no one's title
    if tokens[-1].lower_ in ("'s", "\u2019s") or tokens[-1].ent_type_ in ("PERSON", "GPE") \
            and tokens[-1].lower_.rstrip(".") not in TITLES | PERSON_NOUNS:
        return []  # a name; but the recogniser's "Representative X", "Majority Leader X"
    if not any(t.pos_ == "NOUN" or t.lower_.rstrip(".") in TITLES | PERSON_NOUNS
               or _personal_noun(t.lower_) and t.lower_ not in FIRST_NAMES
               for t in tokens):  # "Senate Majority Leader" is all proper nouns; a
        # capitalised "Comedian Sarah Silverman" opening a sentence is a title too
        return []  # a given name the name mention left out ("Amelize"), "Beyond"
    return tokens


# -- helpers -------------------------------------------------------------------


def _premodifier(tok: Token, name: Span) -> bool:
    allowed = tok.pos_ in PREMODIFIER_POS or tok.text in ("-", "\u2019s", "'s") or (
        tok.pos_ == "VERB" and tok.dep_ == "amod"
    ) or (tok.pos_ == "NUM" and "/" in tok.text)  # "9/11 widow Terry Strada"
    # its head lies in the name or between it and the name ("Democratic pollster Pat
    # Caddell"); not a verb after the name ("One advantage Sanders may have is …")
    attached = tok.i < tok.head.i < name.end or tok.dep_ == "case"
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and (tok.is_title or _lower_title_of(tok)):
        governor = tok.head.head  # "... of State", "former secretary of state X"
        attached = governor.i < tok.i and (governor.head.i > tok.i or governor.head.i in
                                           range(name.start, name.end))
    return allowed and attached and tok.text not in DELIMITERS and tok.pos_ != "DET"


def _misparsed_title(tok: Token, name: Span, tokens: list[Token]) -> bool:
    """A title word right before the name, or a place or organization name right before
    the title, that the parser attached elsewhere: "… ,” Tulsa police Chief Chuck Jordan
    said" (the small model tags "Tulsa" a verb there)."""
    if tok.i + 1 != (tokens[0].i if tokens else name.start):
        return False
    if not tokens:  # "Chief", or "nominee" in "Obama and Republican presidential nominee X"
        return _title_word(tok) or (
            tok.pos_ == "NOUN" and tok.lower_ in PERSON_NOUNS)
    if tok.pos_ == "NOUN" and tok.is_lower and tok.i > 0:  # "police" in "Tulsa police Chief"
        return _names_a_body(tok.doc[tok.i - 1])
    return _names_a_body(tok)


def _title_word(tok: Token) -> bool:
    return tok.is_title and tok.lower_.rstrip(".") in TITLES


def _names_a_body(tok: Token) -> bool:
    return tok.is_title and tok.ent_type_ in ("GPE", "ORG", "NORP") and tok.ent_iob_ == "B"


def _title_of(tok: Token) -> bool:
    """ "of" inside a title: "Secretary of State", "secretary of state"."""
    doc = tok.doc
    if tok.lower_ != "of" or tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    before = doc[tok.i - 1]
    return before.is_title and doc[tok.i + 1].is_title or before.lower_ in TITLES


def _lower_title_of(tok: Token) -> bool:
    """The object of "of" right after a title word, with no article between: "state" in
    "former secretary of state Hillary Clinton", "staff" in "chief of staff"."""
    of = tok.head
    return of.i > 0 and tok.doc[of.i - 1].lower_ in TITLES and of.head.i == of.i - 1 and \
        all(t.pos_ in ("NOUN", "PROPN", "ADJ") for t in tok.doc[of.i + 1 : tok.i + 1])


def _skip_asides(doc: Doc, words: list[str], i: int) -> int:
    """Skip "(D-N.C.)", ", R-S.C.", ", 56" and "of Maryland" after a name; return the next token
    index. ``words``: the Doc's words in lower case (a bracket's or comma's is itself)."""
    if i + 1 < len(words) and words[i] == "of" and doc[i + 1].ent_type_ == "GPE":
        i += 1
        while i < len(doc) and doc[i].ent_type_ == "GPE" and doc[i].ent_iob_ != "O":
            i += 1
    if i < len(words) and words[i] == "(":
        while i < len(words) and words[i] != ")":
            i += 1
        i += 1
    if i + 1 < len(words) and words[i] == "," and doc[i + 1].like_num:
        i += 2
    if i + 3 < len(words) and words[i] == "," and doc[i + 1].text in ("R", "D", "I") and \
            words[i + 2] == "-":  # ", R-S.C.," before an apposition
        close = next((j for j in range(i + 3, min(i + 7, len(words))) if words[j] == ","), None)
        if close is not None:
            i = close
    return i


def _is_noun_phrase(tokens: list[Token]) -> bool:
    if not tokens or len(tokens) > 25:
        return False
    if tokens[0].pos_ in ("VERB", "AUX", "PRON", "ADP", "NUM", "SCONJ", "CCONJ"):
        return False
    if tokens[0].pos_ == "ADV" and len(tokens) > 1 and tokens[1].pos_ == "ADP":
        return False  # "took shots at Sanders, particularly on his plan …": an adjunct
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound", "acl")
           and not t.ent_type_ for t in tokens):  # a verb in a title is no clause
        return False
    if all(t.pos_ == "PROPN" or t.is_punct for t in tokens):
        return False  # a place or another name ("Charlotte, N.C.")
    if any(t.ent_type_ in ("MONEY", "PERCENT", "QUANTITY") for t in tokens[:4]):
        return False  # an amount ("to help Bradley — more than $1.5 million in …")
    return any(t.pos_ in ("NOUN", "PROPN") for t in tokens)


def _clip(tokens: list[Token]) -> list[Token]:
    """Cut a clause at its first delimiter or coordinated verb."""
    out: list[Token] = []
    for tok in tokens:
        if tok.text in DELIMITERS or (tok.dep_ == "cc" and tok.head.pos_ in ("VERB", "AUX")):
            break
        out.append(tok)
    return out


def _subtitle_colon(tok: Token) -> bool:
    """A colon inside a capitalised title, before its subtitle ("author of Unlikeable: The
    Problem With Hillary")."""
    doc = tok.doc
    return tok.text == ":" and 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].is_title and \
        not doc[tok.i - 1].whitespace_ and doc[tok.i + 1].is_title


def _trim(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[0].is_punct or tokens[0].is_space or tokens[0].lower_ in
                      LEADING_WORDS or tokens[0].lower_ in TIME_ADVERBS and len(tokens) > 1
                      and tokens[1].lower_ in LEADING_WORDS):  # "now a consultant on …"
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].lower_ in (
        "and", "or", "'s", "\u2019s"  # "the president's": the role is "president"
    )):
        tokens = tokens[:-1]
    return tokens


def _statement(doc: Doc, tokens: list[Token], at: int) -> RoleStatement | None:
    tokens = _trim(tokens)
    if not tokens:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return RoleStatement(doc[tokens[0].i : tokens[-1].i + 1].text, (start, end), at)
