"""Where a rule can match: the stretches of text worth running its expression over.

Running every rule over the whole text cost most of the timex stage, though most rules
match nowhere in most of it. A rule now runs only over the windows that can hold one of
its matches, and finds exactly what the whole-text scan finds:

* every match of a rule holds one of the rule's ``needs`` (words compared in lower
  case), so a window without any of them holds no match;
* a window is bounded by characters the rule's expression can never consume, not even
  inside a lookahead (its *barriers*): no match runs over one, and a lookahead that
  reaches one fails there just as it fails at the end of the text, so
  ``pattern.finditer(text, start, end)`` over the window finds what the whole-text scan
  finds in it (lookbehinds still see the text before ``start``).

The barriers are read from the parsed expression; an expression with anything the
reading does not know (a negated class, ``.``, ``$`` ...) gets none, and its windows
are the whole text, run only when the text holds one of its needs.
"""

import re
from collections.abc import Iterator
from functools import cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import cast

# The characters that IGNORECASE matches to an ASCII letter and that ``str.lower`` does
# not turn into it (checked over all of Unicode in the tests).
_FOLD_FIXES = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
# Zero-width tests that read the same at the end of the text as before a barrier (which
# is never a word character).
_BOUNDARIES = frozenset({sre.AT_BOUNDARY, sre.AT_NON_BOUNDARY})
_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_SPACE: r"\s"}


def folded(text: str) -> str | None:
    """The text in lower case as IGNORECASE compares letters, offset for offset; None
    where lower case would change its length (no window is then told from it)."""
    low = text.translate(_FOLD_FIXES).lower()
    return low if len(low) == len(text) else None


def barriers(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A class of the characters ``pattern`` never consumes, or None when that cannot be
    read from it."""
    consumed: set[str] = set()
    if not _consumable(sre_parse.parse(pattern.pattern, pattern.flags), consumed):
        return None
    return re.compile("[^" + "".join(sorted(consumed)) + "]")


def _consumable(items: list[tuple[object, object]], consumed: set[str]) -> bool:
    """Add what the parsed ``items`` can consume to ``consumed`` (as class members: ``\\w``,
    ``\\s``, escaped characters and ranges); False at anything not understood."""
    for op, av in items:
        if op is sre.LITERAL:
            if not _literal(av, consumed):  # type: ignore[arg-type]
                return False
        elif op is sre.IN:
            if not _class(av, consumed):  # type: ignore[arg-type]
                return False
        elif op is sre.BRANCH:
            if not all(_consumable(branch, consumed) for branch in av[1]):  # type: ignore[index]
                return False
        elif op is sre.SUBPATTERN or op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            if not _consumable(av[-1], consumed):  # type: ignore[index]
                return False
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            if not _consumable(av[1], consumed):  # type: ignore[index]
                return False
        elif op is not sre.AT or av not in _BOUNDARIES:
            return False
    return True


def _literal(code: int, consumed: set[str]) -> bool:
    char = chr(code)
    if re.fullmatch(r"[\w\s]", char):
        consumed.update((r"\w", r"\s"))  # letters of any case are word characters
        return True
    if char.lower() != char.upper():
        return False  # a cased character outside \w: IGNORECASE would need its cases
    consumed.add(re.escape(char))
    return True


def _class(members: list[tuple[object, object]], consumed: set[str]) -> bool:
    for op, av in members:
        if op is sre.LITERAL:
            if not _literal(av, consumed):  # type: ignore[arg-type]
                return False
        elif op is sre.RANGE:
            first, last = cast(tuple[int, int], av)
            if not all(_literal(code, consumed) for code in range(first, last + 1)):
                return False
        elif op is sre.CATEGORY and av in _CATEGORIES:
            consumed.add(_CATEGORIES[av])
        else:
            return False
    return True


def need_starts(low: str, words: tuple[str, ...], written: dict[str, list[int]]) -> list[int]:
    """Every offset in ``low`` (the folded text) where one of ``words`` starts, overlapping
    ones too, in order. ``written`` keeps each word's offsets for the text's other rules:
    a word is looked for once per text (``str.find`` runs far faster than an alternation)."""
    found: list[int] = []
    for word in words:
        offsets = written.get(word)
        if offsets is None:
            offsets = written[word] = _offsets_of(low, word)
        found += offsets
    if len(words) > 1:
        found.sort()
    return found


def _offsets_of(low: str, word: str) -> list[int]:
    offsets = []
    at = low.find(word)
    while at >= 0:
        offsets.append(at)
        at = low.find(word, at + 1)
    return offsets


def windows(text: str, starts: list[int], barriers: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """The start and end of each window between two barriers that holds one of the offsets
    ``starts`` (ascending), in text order.

    A window runs from just after the last barrier at or before the offset to the first
    barrier after it; both are looked for only where a window is wanted, since listing
    every barrier of the text cost more than the rules' scans of their windows. Every
    match of a rule holds a need, so it lies in one of the windows of the need offsets,
    and a scan of a window finds what the whole-text scan finds there."""
    up_to_last = _up_to_last_barrier(barriers)
    end = -1
    floor = 0  # the previous window's end: the barrier before the next window is here or later
    for at in starts:
        if at < end:
            continue  # in the window just yielded
        before = up_to_last.match(text, floor, at + 1)
        start = before.end() if before else floor
        after = barriers.search(text, at + 1)
        end = after.start() if after else len(text)
        floor = end
        yield start, end


@cache
def _up_to_last_barrier(barriers: re.Pattern[str]) -> re.Pattern[str]:
    """An expression that, matched from an offset, runs to just after the last barrier
    before where it is told to stop: ``.*`` takes everything at once, then gives back
    character by character until a barrier, so it reads only the window's stretch."""
    return re.compile("(?s:.*)" + barriers.pattern)
