"""Headlines in title case, re-read in sentence case.

The small spaCy model parses ``Black Lawmakers Rip Donald Trump As A 'Disgusting Fraud.'``
as one long name. ``sentence_cased`` gives a copy of such a first line in sentence case,
of the same length so that offsets map one to one: each word after the first is
lowercased unless it is a name (capitalised inside a sentence of the article's body more
often than written in lower case; lines of the body in title case left out) or an
acronym. (The entity recogniser is no help here: on a title-case line it marks
``Obama Says`` a person.) ``headline_attributions`` parses that
copy with the same pipeline and returns its attributions, their cues as token indices
of the original Doc.
"""

from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache

from spacy.tokens import Doc

from onrecord.nlp.cues import CueModel
from onrecord.nlp.extensions import TITLE_WORD as WORD
from onrecord.nlp.extensions import is_title_case
from onrecord.nlp.statements_parse import Offsets, ParsedAttribution, find_attributions


def headline_end(text: str) -> int:
    end = text.find("\n")
    return len(text) if end < 0 else end


@lru_cache(maxsize=64)  # asked twice per article: to parse a batch's lines, then per Doc
def sentence_cased(text: str) -> str | None:
    """The first line of ``text`` in sentence case (names and acronyms kept), or None
    when it is not in title case."""
    end = headline_end(text)
    if not is_title_case(text[:end]):
        return None
    usage = body_usage(text[end:])
    chars = list(text[:end])
    for number, match in enumerate(WORD.finditer(text, 0, end)):
        word = match.group()
        if number and not kept_capital(word, usage):
            chars[match.start()] = word[0].lower()
    return "".join(chars)


def body_usage(body: str) -> Counter[str]:
    """``+word``: capitalised inside a sentence; ``-word``: in lower case (lines in
    title case, such as a repeated headline, left out)."""
    usage: Counter[str] = Counter()
    prose = "\n".join(line for line in body.split("\n") if not is_title_case(line))
    for match in WORD.finditer(prose):
        word = _key(match.group())
        before = prose[max(0, match.start() - 2) : match.start()].strip()
        if match.group()[0].islower():
            usage["-" + word] += 1
        elif before and before[-1] not in ".!?\"\u201c\u2018'\u2014:-(":
            usage["+" + word] += 1
    return usage


def kept_capital(word: str, usage: Counter[str]) -> bool:
    """Whether a capitalised word of a title-case line is a name or an acronym, by how
    the body writes it (``usage``: ``body_usage``)."""
    if not word[0].isupper() or word == "I" or sum(c.isupper() for c in word) > 1:
        return True  # lower case already, the pronoun, an acronym or a name like McCain
    return usage["+" + _key(word)] > usage["-" + _key(word)]


def _key(word: str) -> str:
    return word.lower().rstrip(".'\u2019-")


def headline_attributions(
    doc: Doc,
    text: str,
    parse: Callable[[str], Doc],
    model: CueModel,
    quoted: Sequence[Offsets],
) -> list[ParsedAttribution] | None:
    """The attributions of the sentence-cased first line, or None when it is not in title
    case (or the copy's tokens do not line up with the original's)."""
    cased = sentence_cased(text)
    if cased is None:
        return None
    copy = parse(cased)
    starts = {}
    for token in doc:  # the first line's tokens only
        if token.idx >= len(cased):
            break
        starts[token.idx] = token.i
    found = []
    for a in find_attributions(copy, model, [q for q in quoted if q[1] <= len(cased)]):
        cue = starts.get(copy[a.cue].idx)
        if cue is None:
            return None
        found.append(ParsedAttribution(cue, a.content, a.source, a.score, a.weak))
    return found
