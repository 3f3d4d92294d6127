"""Temporal expressions: find them and normalise them to TIMEX3.

``find_timexes(doc_or_text, dct)`` is a pure function. It works in three steps:

1. every rule in ``RULES`` (a regular expression plus a resolver) proposes
   candidate spans; overlapping candidates are settled longest first;
2. the kept spans are resolved in text order: absolute dates stand alone,
   relative ones ("yesterday", "last March", "on Tuesday") resolve against the
   document creation date (DCT), anaphoric ones ("the next day", "that
   evening", "a week later") against the most recent date the text itself
   established (the *narrative anchor*), falling back to the DCT;
3. each resolved expression becomes a ``FoundTimex`` whose ``anchor`` says what
   it was resolved against (``None``, ``"dct"`` or ``"narrative"``) and whose
   ``extra["gran"]`` holds its granularity.

Without a DCT nothing is invented: parts that need it stay ``X``
(``XXXX-01-24``, ``XXXX-WXX-2``). The registered component ``onrecord_timex``
reads the DCT from ``doc._.dct`` and stores the result with ``set_timexes``.
"""

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc

from onrecord import types
from onrecord.nlp.extensions import FoundTimex, set_timexes
from onrecord.nlp.pipeline import cached_pipeline
from onrecord.settings import Settings

# ---------------------------------------------------------------- vocabulary

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
UNIT_CODES = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "weekend": "WE", "week": "W",
    "fortnight": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "E",
    "centur": "C",
}
SMALL = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen"
]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORDINALS = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth"
]
VAGUE = ("a few", "few", "several", "some", "many", "a number of", "dozens of", "numerous")

_W = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
MONTH_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)"
)
MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
MONTH = rf"(?-i:(?P<month>{MONTH_FULL}|{MONTH_ABBR}))"
_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
SPELLED_YEAR = (
    r"(?:nineteen|eighteen)[-\s](?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    rf"(?:[-\s]{_ONES})?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
    rf"|nineteen|(?:oh|o)[-\s]{_ONES})|two\s+thousand(?:\s+and)?(?:[-\s](?:{_ONES}|ten|eleven"
    r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?"
)
YEAR = rf"(?:1[6-9]\d\d|20\d\d|(?i:{SPELLED_YEAR}))"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
NUMWORD = rf"(?:(?:{'|'.join(TENS)})(?:[- ](?:{'|'.join(SMALL[1:10])}))?|{'|'.join(SMALL)})"
_VAGUE = "|".join(v.replace(" ", r"\s+") for v in VAGUE)
NUM = (
    rf"(?P<n>\d+(?:\.\d+)?(?:\s+1/2)?|{NUMWORD}(?:\s+and\s+a\s+half)?|an?|a\s+couple\s+of"
    rf"|a\s+couple|a\s+dozen|a\s+half|half\s+an?|{_VAGUE})"
)
UNIT = (
    r"(?P<unit>seconds?|minutes?|hours?|days?|weekends?|weeks?|fortnights?|months?|quarters?"
    r"|years?|decades?|century|centuries)"
)
MOD = (
    r"(?:(?:about|around|approximately|almost|nearly|more\s+than|less\s+than|fewer\s+than"
    r"|at\s+least|at\s+most|roughly|some|over|under|up\s+to|just|only|barely|well\s+over"
    r"|some|the\s+last|the\s+past|the\s+next|the\s+first|the\s+coming|the\s+final)\s+)?"
)
EDGE = (
    r"(?:(?:the\s+)?(?:very\s+)?(?:early|late|mid|middle\s+of|end\s+of|beginning\s+of"
    r"|start\s+of)[-\s]+)?"
)
TOD = r"(?P<tod>morning|afternoon|evening|night)"

GRAN_ORDER = {"T": 0, "D": 1, "W": 2, "M": 3, "Q": 4, "S": 4, "H": 5, "Y": 6, "E": 7, "C": 8}


# ------------------------------------------------------------------- points


@dataclass(frozen=True)
class Point:
    """A calendar value: a day inside the period plus the period's granularity.

    ``year``/``month``/``day`` are ``None`` where the text does not fix them;
    ``gran`` is one of T D W WE M Q H S Y E C; ``suffix`` holds the season, the
    part of day, the clock time or the weekday number of an unresolved weekday.
    """

    year: int | None
    month: int | None
    day: int | None
    gran: str
    suffix: str = ""

    @property
    def known(self) -> bool:
        return None not in (self.year, self.month, self.day)

    def as_date(self) -> date | None:
        if self.month is None or self.day is None:
            return None
        return date(self.year or 2001, self.month, self.day)


def _point(d: date, gran: str, suffix: str = "", year_known: bool = True) -> Point:
    return Point(d.year if year_known else None, d.month, d.day, gran, suffix)


def render(p: Point) -> str:
    """The TIMEX3 value of a point."""
    y = "XXXX" if p.year is None else f"{p.year:04d}"
    if p.gran == "Y":
        return y
    if p.gran in ("E", "C"):
        return "XXXX" if p.year is None else (f"{y[:3]}X" if p.gran == "E" else y[:2])
    if p.gran == "Q":
        return f"{y}-Q{(p.month - 1) // 3 + 1}" if p.month else f"{y}-QX"
    if p.gran == "H":
        return f"{y}-H{1 if (p.month or 1) <= 6 else 2}"
    if p.gran == "S":
        return f"{y}-{p.suffix}"
    if p.gran in ("W", "WE"):
        return _render_week(p)
    if p.gran == "WD":
        return f"{y}-WXX-{p.suffix}" if not p.known else _render_day(p)
    if p.gran == "M":
        return f"{y}-{p.month:02d}" if p.month else f"{y}-XX"
    if p.gran == "T":
        return f"{_render_day(p)}T{p.suffix}"
    return _render_day(p)


def _render_day(p: Point) -> str:
    y = "XXXX" if p.year is None else f"{p.year:04d}"
    m = "XX" if p.month is None else f"{p.month:02d}"
    d = "XX" if p.day is None else f"{p.day:02d}"
    return f"{y}-{m}-{d}"


def _render_week(p: Point) -> str:
    d = p.as_date()
    if d is None or p.year is None:
        week = "XXXX-WXX"
    else:
        iso = d.isocalendar()
        week = f"{iso.year:04d}-W{iso.week:02d}"
    return week + ("-WE" if p.gran == "WE" else "")


def shift(p: Point, n: int, unit: str) -> Point:
    """``p`` moved by ``n`` units (D W M Q Y E C); unknown parts stay unknown."""
    if unit in ("M", "Q", "Y", "E", "C"):
        months = n * {"M": 1, "Q": 3, "Y": 12, "E": 120, "C": 1200}[unit]
        if p.month is None:
            return replace(p, year=None if p.year is None else p.year + months // 12)
        total = (p.year or 2001) * 12 + p.month - 1 + months
        year = total // 12 if p.year is not None else None
        day = None if p.day is None else min(p.day, 28 if total % 12 == 1 else 30)
        return replace(p, year=year, month=total % 12 + 1, day=day if p.day else None)
    d = p.as_date()
    if d is None:
        return p
    moved = d + timedelta(days=n * (7 if unit in ("W", "WE") else 1))
    return _point(moved, p.gran, p.suffix, year_known=p.year is not None)


def coarsen(p: Point, gran: str) -> Point:
    return replace(p, gran=gran, suffix="" if gran not in ("S", "T", "WD") else p.suffix)


# ------------------------------------------------------------------ context


@dataclass
class Context:
    """What resolution needs: the text (and Doc, when parsed), the DCT, the dates so far."""

    text: str
    dct: Point | None
    anchors: list[Point]
    doc: Doc | None = None

    def ref(self) -> Point:
        """The DCT, or an all-unknown day when there is none."""
        return self.dct or Point(None, None, None, "D")

    def narrative(self, finest: str = "C") -> tuple[Point, str]:
        """The latest established date at least as fine as ``finest``, else the DCT."""
        for p in reversed(self.anchors):
            if GRAN_ORDER.get(p.gran, 1) <= GRAN_ORDER.get(finest, 8):
                return p, "narrative"
        return self.ref(), "dct"

    def direction(self, start: int, end: int) -> str:
        """``future``, ``past`` or ``near``: where the wording points from the DCT.

        With a parsed Doc the tense of the governing verb decides (``will``, a modal
        or an infinitive: future; past tense: past; a plain present such as "takes
        effect Dec. 7": near, the closest occurrence). Otherwise, or when the verb
        says nothing, words right before the expression do ("payable", "by",
        "last"). The default is the past, as in most reporting.
        """
        if self.doc is not None and self.doc.has_annotation("DEP"):
            tense = _tense(self.doc, start, end)
            if tense is not None:
                return tense
        before = _clause_before(self.text, start)
        if FUTURE_MARKER.search(before):
            return "future"
        if PAST_MARKER.search(before) or self.doc is not None:
            return "past"
        return "future" if FUTURE_WORDING.search(before) else "past"


# Words right before a date that make it a deadline or a schedule ("payable Dec. 7").
FUTURE_MARKER = re.compile(
    r"\b(?:by|until|till|through|payable|effective|expires?|expiring|record|due|deadline|"
    r"starting|upcoming|coming|next|scheduled\s+for|set\s+for|planned\s+for)"
    r"(?:\s+(?:on|in|of|at))*\s+$",
    re.I,
)
PAST_MARKER = re.compile(r"\b(?:last|since|ago|previous|earlier|past)\s+$", re.I)
FUTURE_WORDING = re.compile(
    r"\b(?:will|won't|'ll|shall|going\s+to|scheduled|expected\s+to|plans?\s+to|"
    r"set\s+to|is\s+to|are\s+to|due\s+to|hopes?\s+to|intends?\s+to|would)\b[^.!?]*$",
    re.I,
)
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "would", "could", "may", "might", "can"})
REPORTING = frozenset({"say", "tell", "report", "announce", "add", "note", "write"})


def _tense(doc: Doc, start: int, end: int) -> str | None:
    """The direction the governing verb's tense gives, or None when unclear."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    verb = span.root
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in FUTURE_AUX or c.lower_ == "to" for c in aux):
        return "future"
    if verb.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lower_ in ("has", "have") for c in aux):
        return "past"
    if verb.tag_ in ("VBZ", "VBP") and verb.lemma_ not in REPORTING:
        return "near"
    return None


def _clause_before(text: str, start: int) -> str:
    window = text[max(0, start - 90):start]
    cut = max(window.rfind(". "), window.rfind("\n"), window.rfind("? "), window.rfind("! "))
    return window[cut + 1:] if cut >= 0 else window


# ------------------------------------------------------------ number words


def number(words: str | None) -> int | float | None:
    """The number a word group names; ``None`` for vague quantities ("several")."""
    if words is None:
        return 1
    w = re.sub(r"\s+", " ", words.lower().strip())
    if w in ("a", "an"):
        return 1
    if w.startswith("a couple"):
        return 2
    if w == "a dozen":
        return 12
    if w in ("a half", "half a", "half an"):
        return 0.5
    if any(w == v for v in VAGUE):
        return None
    half = 0.5 if w.endswith(("and a half", "1/2")) else 0
    w = w.replace(" and a half", "").replace(" 1/2", "")
    if re.fullmatch(r"\d+(\.\d+)?", w):
        return (float(w) if "." in w else int(w)) + half
    parts = re.split(r"[- ]", w)
    total = sum(TENS.index(p) * 10 + 20 if p in TENS else SMALL.index(p) for p in parts)
    return total + half


def year_value(text: str) -> int:
    """``1997`` from "1997" or "nineteen ninety-seven"; "two thousand and one" is 2001."""
    if text.isdigit():
        return int(text)
    words = re.sub(r"\s+and\b", "", text.lower())
    if words.startswith("two thousand"):
        rest = words[len("two thousand"):].strip(" -")
        return 2000 + (int(number(rest) or 0) if rest else 0)
    head, _, rest = re.sub(r"[-\s]+", " ", words).partition(" ")
    rest = rest.replace("oh ", "").replace("o ", "")
    return int(number(head) or 0) * 100 + int(number(rest) or 0)


def _num_text(n: int | float | None) -> str:
    if n is None:
        return "X"
    return str(int(n)) if float(n).is_integer() else str(n)


def unit_code(unit: str) -> str:
    """The TIMEX3 letter of a unit word ("years" -> "Y", "centuries" -> "C")."""
    word = unit.lower()
    for name, code in UNIT_CODES.items():
        if word.startswith(name):
            return code
    raise KeyError(unit)


def month_number(name: str) -> int:
    return MONTHS[name.lower()[:3]]


def weekday_number(name: str) -> int:
    return WEEKDAYS[name.lower()[:3]]


HALVES = {"Y": ("M", 6, ""), "D": ("H", 12, "T"), "H": ("M", 30, ""), "M": ("D", 15, "")}


def time_duration(n: int | float | None, unit: str) -> str:
    """``P2Y``, ``PT3H``, ``PT20M``, ``PXD``; "two and a half years" is ``P2Y6M``."""
    code = unit_code(unit)
    time = "T" if code in ("H", "S") or unit.lower().startswith("minute") else ""
    if code == "WE":
        code = "W"
    if n is not None and not float(n).is_integer() and code in HALVES:
        smaller, amount, sep = HALVES[code]
        whole = f"{int(n)}{code}" if int(n) else ""
        return f"P{time}{whole}{sep if whole else time and ''}{amount}{smaller}"
    return f"P{time}{_num_text(n)}{code}"


# ------------------------------------------------------------------ resolvers

Resolved = tuple[str, Point | str, str | None]  # (type, point or literal value, anchor)
Resolver = Callable[[re.Match[str], Context], Resolved | None]


def _g(m: re.Match[str], name: str) -> str | None:
    return m.groupdict().get(name)


def _year_for(ctx: Context, month: int, day: int | None, start: int, end: int,
              weekday: int | None = None) -> int | None:
    """The year of a month (and day) written without one.

    The nearest past occurrence, the next one when the wording is future, the
    closest one when it is a plain present; a weekday named with the date
    ("Saturday, April 25") picks the year in which the two agree.
    """
    if ctx.dct is None or ctx.dct.year is None or ctx.dct.month is None:
        return None
    y = ctx.dct.year
    ref = (ctx.dct.month, ctx.dct.day or 1)
    here = (month, day or (ref[1] if month == ref[0] else 1))
    direction = ctx.direction(start, end)
    if weekday is not None and day is not None:
        agreeing = [c for c in (y, y - 1, y + 1) if _weekday_of(c, month, day) == weekday]
        if agreeing:
            return agreeing[0]
    if direction == "future":
        return y if here >= ref else y + 1
    if direction == "near":
        return min((y - 1, y, y + 1), key=lambda c: abs(_months_between(c, month, y, ref[0])))
    return y if here <= ref else y - 1


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).isoweekday()
    except ValueError:
        return None


def _months_between(year: int, month: int, ref_year: int, ref_month: int) -> int:
    return (year - ref_year) * 12 + month - ref_month


def r_month_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    day = int(re.match(r"\d+", _g(m, "day") or "0").group())  # type: ignore[union-attr]
    month = month_number(m.group("month"))
    if not 1 <= day <= 31:
        return None
    year_text = _g(m, "year")
    if year_text:
        return "DATE", Point(year_value(year_text), month, day, "D"), None
    wd = weekday_number(m.group("wd")) if _g(m, "wd") else None
    year = _year_for(ctx, month, day, m.start(), m.end(), wd)
    return "DATE", Point(year, month, day, "D"), "dct"


def r_iso(m: re.Match[str], ctx: Context) -> Resolved | None:
    y, mo, d = (int(x) for x in (m.group("y"), m.group("mo"), m.group("d")))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return "DATE", Point(y, mo, d, "D"), None


def r_month_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    month = month_number(m.group("month"))
    return "DATE", Point(year_value(m.group("year")), month, None, "M"), None


def r_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    name = m.group("month")
    rel = (_g(m, "rel") or "").lower()
    month = month_number(name)
    if name in ("May", "March", "Mar", "Jan", "Sept") and not rel and not _MONTH_CONTEXT.search(
        ctx.text[max(0, m.start() - 12):m.start()]
    ) and not re.match(r"\s*(?:of\s+)?(?:this|last|next)\s+year", ctx.text[m.end():]):
        return None
    year = _relative_month_year(ctx, month, rel, m)
    return "DATE", Point(year, month, None, "M"), "dct"


_MONTH_CONTEXT = re.compile(
    r"\b(?:in|of|since|until|till|by|early|late|mid|through|from|before|after|during|"
    r"last|this|next|between|and)[\s-]+$",
    re.I,
)


def _relative_month_year(ctx: Context, month: int, rel: str, m: re.Match[str]) -> int | None:
    if ctx.dct is None or ctx.dct.year is None or ctx.dct.month is None:
        return None
    y, cur = ctx.dct.year, ctx.dct.month
    tail = ctx.text[m.end():m.end() + 20].lower()
    if "last year" in tail:
        return y - 1
    if "next year" in tail:
        return y + 1
    if "this year" in tail or rel == "this":
        return y
    if rel in ("last", "this past", "past"):
        return y if month < cur else y - 1
    if rel in ("next", "this coming", "coming"):
        return y if month > cur else y + 1
    return _year_for(ctx, month, None, m.start(), m.end())


def r_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    spelled = not m.group("year").isdigit()
    if spelled and m.group("year").lower().startswith("two") and not re.search(
        r"(?i)\byear\s+$", ctx.text[max(0, m.start() - 6):m.start()]
    ):
        return None  # "two thousand" is an amount unless it is "the year two thousand"
    before = ctx.text[max(0, m.start() - 2):m.start()]
    after = ctx.text[m.end():m.end() + 12].lower()
    if re.search(r"[$£€#\d,.]\s?$", before) or re.match(r"\s*(?:%|percent|[a-z]*\s*(?:feet|"
                                                          r"metres|meters|miles|people|"
                                                          r"shares|tons|points))", after):
        return None
    return "DATE", Point(year_value(m.group("year")), None, None, "Y"), None


def r_decade(m: re.Match[str], ctx: Context) -> Resolved | None:
    words = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
             "seventies": 7, "eighties": 8, "nineties": 9}
    if _g(m, "dec"):
        return "DATE", Point(int(m.group("dec")) * 10, None, None, "E"), None
    digit = int(_g(m, "dec2") or words[(_g(m, "decw") or "").lower()])
    century = 19 if ctx.dct is None or ctx.dct.year is None else ctx.dct.year // 100
    year = century * 100 + digit * 10
    if ctx.dct and ctx.dct.year and year > ctx.dct.year:
        year -= 100
    return "DATE", Point(year, None, None, "E"), None


def r_century(m: re.Match[str], ctx: Context) -> Resolved | None:
    text = m.group("ord").lower()
    n = int(re.match(r"\d+", text).group()) if text[0].isdigit() else (  # type: ignore[union-attr]
        ORDINALS.index(text.replace("twenty-first", "twentieth")) + 1
        + (1 if text == "twenty-first" else 0)
    )
    return "DATE", Point((n - 1) * 100, None, None, "C"), None


def r_quarter(m: re.Match[str], ctx: Context) -> Resolved | None:
    q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
         "4th": 4}[m.group("q").lower()]
    year_text = _g(m, "qyear") or _g(m, "qyear2")
    if year_text:
        return "DATE", Point(year_value(year_text), q * 3 - 2, None, "Q"), None
    year = ctx.dct.year if ctx.dct else None
    if year is not None and _g(m, "qrel"):
        year += {"last": -1, "next": 1}.get(m.group("qrel").split()[0].lower(), 0)
    elif year is not None and q * 3 - 2 > (ctx.dct.month or 1) and ctx.direction(  # type: ignore[union-attr]
        m.start(), m.end()
    ) == "past":
        year -= 1
    return "DATE", Point(year, q * 3 - 2, None, "Q"), "dct" if year else None


def r_half(m: re.Match[str], ctx: Context) -> Resolved | None:
    h = 1 if m.group("h").lower() == "first" else 2
    year_text = _g(m, "hyear")
    year = year_value(year_text) if year_text else (ctx.dct.year if ctx.dct else None)
    anchor = None if year_text or year is None else "dct"
    return "DATE", Point(year, 1 if h == 1 else 7, None, "H"), anchor


def r_season(m: re.Match[str], ctx: Context) -> Resolved | None:
    code = SEASONS[m.group("season").lower()]
    rel = re.sub(r"\s+", " ", (_g(m, "srel") or "").lower())
    if _g(m, "syear"):
        return "DATE", Point(year_value(m.group("syear")), None, None, "S", code), None
    before = ctx.text[max(0, m.start() - 8):m.start()].lower()
    bare = not rel or rel == "the"
    if bare and not re.search(r"\b(?:in|during|by|since|until|over|through|this)\s+$", before):
        return None
    if code == "FA" and bare and not re.search(r"\bin\s+$", before):
        return None
    if ctx.dct is None or ctx.dct.year is None:
        return "DATE", Point(None, None, None, "S", code), None
    return "DATE", Point(_season_year(ctx.dct, code, rel), None, None, "S", code), "dct"


def _season_year(dct: Point, code: str, rel: str) -> int:
    y, month = dct.year or 0, dct.month or 1
    current = {12: "WI", 1: "WI", 2: "WI"}.get(month) or (
        "SP" if month <= 5 else "SU" if month <= 8 else "FA" if month <= 11 else "WI")
    order = ["WI", "SP", "SU", "FA"]
    here, there = order.index(current), order.index(code)
    season_year = y if month != 12 else y  # winter named by the year it starts in
    if month in (1, 2) and current == "WI":
        season_year = y - 1 if code == "WI" else y
    if rel in ("last", "this past", "the past", "past"):
        return season_year if there < here else season_year - 1
    if rel in ("next", "this coming", "the coming", "coming"):
        return season_year if there > here else season_year + 1
    return season_year if code != "WI" or month != 12 else y


def r_relative_unit(m: re.Match[str], ctx: Context) -> Resolved | None:
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    code = unit_code(m.group("unit"))
    base = ctx.ref()
    step = {"last": -1, "the past": -1, "the previous": -1, "this past": -1, "next": 1,
            "the coming": 1, "this coming": 1}.get(rel, 0)
    if code == "Q" and rel in ("the latest", "the past", "the last", "last"):
        step = -1
    if code == "WE" and rel == "this" and base.as_date() and base.as_date().isoweekday() < 4:  # type: ignore[union-attr]
        step = 0
    gran = code if code != "C" else "C"
    point = coarsen(shift(base, step, "W" if code == "WE" else code), gran)
    if ctx.dct is None:
        point = Point(None, None, None, gran, "")
    return "DATE", point, "dct" if ctx.dct else None


def r_anaphoric_unit(m: re.Match[str], ctx: Context) -> Resolved | None:
    rel = re.sub(r"\s+", " ", m.group("arel").lower())
    unit = m.group("aunit").lower()
    step = {"the next": 1, "the following": 1, "the previous": -1, "the preceding": -1,
            "the prior": -1}.get(rel, 0)
    if unit.rstrip("s").capitalize() in [d[:-3] for d in _weekday_names()] or unit.endswith(
        "day") and unit != "day":
        return _anaphoric_weekday(ctx, weekday_number(unit), step)
    tod = PARTS_OF_DAY.get(unit)
    code = "D" if tod else unit_code(unit)
    anchor, basis = ctx.narrative(code if code != "WE" else "W")
    moved = shift(anchor, step, "W" if code == "WE" else code)
    if tod:
        return "TIME", Point(moved.year, moved.month, moved.day, "T", tod), basis
    return "DATE", coarsen(moved, code), basis


def r_day_before(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"the day before", "the night after": one day from the narrative anchor."""
    step = -1 if m.group("arel").lower() == "before" else 1
    moved = shift(ctx.narrative("D")[0], step, "D")
    basis = ctx.narrative("D")[1]
    tod = PARTS_OF_DAY.get(m.group("aunit").lower())
    if tod:
        return "TIME", Point(moved.year, moved.month, moved.day, "T", tod), basis
    return "DATE", coarsen(moved, "D"), basis


def _weekday_names() -> list[str]:
    return ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _anaphoric_weekday(ctx: Context, wd: int, step: int) -> Resolved:
    anchor, basis = ctx.narrative("D")
    d = anchor.as_date()
    if d is None or anchor.year is None:
        return "DATE", Point(None, None, None, "WD", str(wd)), None
    target = _weekday_near(d, wd, after=step >= 0, strict=step != 0)
    return "DATE", _point(target, "D"), basis


def _weekday_near(d: date, wd: int, after: bool, strict: bool) -> date:
    delta = (wd - d.isoweekday()) % 7
    if after:
        return d + timedelta(days=delta or (7 if strict else 0))
    back = (d.isoweekday() - wd) % 7
    return d - timedelta(days=back or (7 if strict else 0))


def r_units_shift(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"two years ago", "a day later", "three weeks from now"."""
    n = number(_g(m, "n"))
    code = unit_code(m.group("unit"))
    direction = m.group("dir").lower()
    if n is None or not float(n).is_integer():
        return ("DATE", "PAST_REF", None) if direction == "ago" else None
    sign = 1 if direction in ("later", "after", "afterward", "afterwards", "from now",
                              "hence") else -1
    if direction in ("ago", "from now", "hence"):
        if code in ("H", "S", "T") or m.group("unit").lower().startswith("minute"):
            code = "D"
            n = 0
        gran = {"W": "D", "WE": "W"}.get(code, code)
        base = ctx.ref()
        if code == "Y" and _about_quarters(ctx.text, m.start()):
            base, gran = shift(base, -1, "Q"), "Q"  # "from a year ago": the year-ago quarter
        point = coarsen(shift(base, sign * int(n), code), gran)
        return "DATE", point if ctx.dct else Point(None, None, None, gran), (
            "dct" if ctx.dct else None)
    anchor, basis = ctx.narrative(code if code in ("D", "W", "M") else "C")
    moved = shift(anchor, sign * int(n), code if code in ("D", "W", "M", "Q", "Y") else "D")
    gran = anchor.gran if GRAN_ORDER.get(anchor.gran, 1) <= GRAN_ORDER.get(code, 1) else code
    return "DATE", coarsen(moved, gran if gran != "T" else "D"), basis


def _about_quarters(text: str, start: int) -> bool:
    """Whether the sentence around ``start`` reports quarterly results."""
    begin = text.rfind(". ", 0, start) + 1
    end = text.find(". ", start)
    return "quarter" in text[begin:end if end >= 0 else len(text)].lower()


def r_weekday(m: re.Match[str], ctx: Context) -> Resolved | None:
    wd = weekday_number(m.group("wd"))
    if _g(m, "plural"):
        return "SET", f"XXXX-WXX-{wd}" + (f"T{PARTS_OF_DAY[m.group('tod').lower()]}"
                                          if _g(m, "tod") else ""), None
    rel = re.sub(r"\s+", " ", (_g(m, "wrel") or "").lower())
    day = _resolve_weekday(ctx, wd, rel, m.start(), m.end())
    return _with_tod(day, _g(m, "tod"), "dct" if ctx.dct else None)


def _resolve_weekday(ctx: Context, wd: int, rel: str, start: int, end: int) -> Point:
    d = ctx.dct.as_date() if ctx.dct and ctx.dct.year else None
    if d is None:
        return Point(None, None, None, "WD", str(wd))
    if rel in ("next", "this coming", "coming"):
        target = _weekday_near(d, wd, after=True, strict=True)
    elif rel in ("last", "this past", "past"):
        target = _weekday_near(d, wd, after=False, strict=True)
    elif rel == "this":
        target = d + timedelta(days=wd - d.isoweekday())
    else:
        direction = ctx.direction(start, end)
        target = _weekday_near(d, wd, after=direction == "future", strict=False)
        if direction == "near":
            ahead = _weekday_near(d, wd, after=True, strict=False)
            target = ahead if (ahead - d) < (d - target) else target
    return _point(target, "D")


def _with_tod(day: Point, tod: str | None, anchor: str | None) -> Resolved:
    if not tod:
        return "DATE", day, anchor
    code = PARTS_OF_DAY[tod.lower()]
    if day.gran == "WD":
        return "TIME", f"XXXX-WXX-{day.suffix}T{code}", None
    return "TIME", Point(day.year, day.month, day.day, "T", code), anchor


def r_dayword(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = m.group("dw").lower()
    if m.group("dw") == "TODAY" or ctx.text[max(0, m.start() - 4):m.start()] == "USA ":
        return None  # USA TODAY, the newspaper
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
    tod = _g(m, "tod") or ("night" if word == "tonight" else None)
    day = coarsen(shift(ctx.ref(), offset, "D"), "D")
    return _with_tod(day, tod, "dct" if ctx.dct else None)


def r_this_tod(m: re.Match[str], ctx: Context) -> Resolved | None:
    rel = m.group("trel").lower()
    offset = -1 if rel == "last" else 0
    day = coarsen(shift(ctx.ref(), offset, "D"), "D")
    return _with_tod(day, m.group("tod"), "dct" if ctx.dct else None)


def r_clock(m: re.Match[str], ctx: Context) -> Resolved | None:
    clock = _clock_value(m)
    if clock is None:
        return None
    day, anchor = _qualifier_day(m, ctx)
    if day is None:
        return "TIME", f"XXXX-XX-XXT{clock}", None
    if day.gran == "WD":
        return "TIME", f"XXXX-WXX-{day.suffix}T{clock}", None
    return "TIME", Point(day.year, day.month, day.day, "T", clock), anchor


def _clock_value(m: re.Match[str]) -> str | None:
    word = (_g(m, "word") or "").lower()
    if word:
        return "12:00" if word == "noon" else "24:00"
    hour = int(m.group("h"))
    minute = int(_g(m, "mi") or 0)
    ampm = (_g(m, "ampm") or "").lower().replace(".", "")
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.startswith("p") else 0)
    if hour > 24 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def _qualifier_day(m: re.Match[str], ctx: Context) -> tuple[Point | None, str | None]:
    if _g(m, "qmonth"):
        month = month_number(m.group("qmonth"))
        day = int(re.match(r"\d+", m.group("qday")).group())  # type: ignore[union-attr]
        year = _year_for(ctx, month, day, m.start(), m.end())
        return Point(year, month, day, "D"), "dct" if year else None
    if _g(m, "qwd"):
        wd = weekday_number(m.group("qwd"))
        return _resolve_weekday(ctx, wd, "", m.start(), m.end()), "dct" if ctx.dct else None
    if _g(m, "qdw"):
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[m.group("qdw").lower()]
        return (shift(ctx.ref(), offset, "D") if ctx.dct else None), "dct"
    anchor, basis = ctx.narrative("D")
    return (anchor, basis) if anchor.known else (None, None)


def r_duration(m: re.Match[str], ctx: Context) -> Resolved | None:
    n = number(_g(m, "n"))
    unit = m.group("unit")
    if unit.lower().startswith("weekend"):
        return None
    if n == 1 and re.match(r"(?i)an?\s", m.group(0)) and _is_rate(ctx.text, m.start()):
        return "SET", "P1" + unit_code(unit), None
    return "DURATION", time_duration(n, unit), None


def _is_rate(text: str, start: int) -> bool:
    before = text[max(0, start - 30):start].lower()
    return bool(re.search(r"(?:\btimes|\bonce|\btwice|\d|million|billion|dollars|cents)\s+$",
                          before))


def r_bare_units(m: re.Match[str], ctx: Context) -> Resolved | None:
    unit = m.group("unit")
    return "DURATION", time_duration(None, unit), None


def r_set(m: re.Match[str], ctx: Context) -> Resolved | None:
    what = m.group("what")
    low = what.lower()
    if re.fullmatch(_W, low):
        return "SET", f"XXXX-WXX-{weekday_number(low)}", None
    if low in SEASONS:
        return "SET", f"XXXX-{SEASONS[low]}", None
    if low[:3] in MONTHS and len(low) > 3:
        return "SET", f"XXXX-{month_number(low):02d}", None
    if low in PARTS_OF_DAY:
        return "SET", f"XXXX-XX-XXT{PARTS_OF_DAY[low]}", None
    n = number(_g(m, "n")) if _g(m, "n") else 1
    if (_g(m, "other") or ""):
        n = 2
    return "SET", time_duration(n, what), None


def r_adverb_set(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = m.group(0).lower()
    value = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
             "yearly": "P1Y", "hourly": "PT1H", "nightly": "P1D", "quarterly": "P3M"}[word]
    return "SET", value, None


def r_literal(value: str, typ: str = "DATE") -> Resolver:
    def resolve(m: re.Match[str], ctx: Context) -> Resolved | None:
        return typ, value, None

    return resolve


def r_recent_units(m: re.Match[str], ctx: Context) -> Resolved | None:
    return "DURATION", "PX" + unit_code(m.group("unit")), None


def r_period_end(m: re.Match[str], ctx: Context) -> Resolved | None:
    code = unit_code(m.group("unit"))
    if ctx.dct is None:
        return "DATE", Point(None, None, None, code), None
    return "DATE", coarsen(ctx.dct, code), "dct"


def r_the_period(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"the quarter" (the last one reported), "the weekend" (the last one), "the full year"."""
    unit = m.group("unit").lower()
    code = "Y" if unit.startswith("full") else unit_code(unit)
    if ctx.dct is None:
        return "DATE", Point(None, None, None, code), None
    step = {"Q": -1, "Y": 0}.get(code, -1 if (ctx.dct.as_date() or date.min).isoweekday() < 4
                                   else 0)
    return "DATE", coarsen(shift(ctx.dct, step, "W" if code == "WE" else code), code), "dct"


def r_year_ago(m: re.Match[str], ctx: Context) -> Resolved | None:
    if ctx.dct is None:
        return "DATE", Point(None, None, None, "Y"), None
    if _g(m, "yq") or _about_quarters(ctx.text, m.start()):
        return "DATE", coarsen(shift(shift(ctx.dct, -1, "Q"), -1, "Y"), "Q"), "dct"
    return "DATE", coarsen(shift(ctx.dct, -1, "Y"), "Y"), "dct"


# ---------------------------------------------------------------------- rules

WEEKDAY_G = r"(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
CLOCK = (
    r"(?:(?:around|about|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
    r"(?:(?P<h>\d{1,2})(?:[:.](?P<mi>\d\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)"
    r"|(?P<word>noon|midnight))"
    r"(?:\s+(?:\(?(?:EST|EDT|CST|CDT|PST|PDT|GMT|UTC|ET|local\s+time)\)?))?"
    rf"(?:,?\s+(?:on\s+)?(?:(?-i:(?P<qmonth>{MONTH_FULL}|{MONTH_ABBR}))\s+(?P<qday>{DAYNUM})"
    r"|(?P<qwd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?!s)"
    r"|(?P<qdw>today|tonight|yesterday|tomorrow)))?"
)
CLOCK_PREFIX = (
    r"(?:(?:(?P<qwd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|(?P<qdw>today|yesterday|tomorrow))"
    r",?\s+(?:at\s+)?)"
    r"(?:(?P<h>\d{1,2})(?:[:.](?P<mi>\d\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)"
    r"|(?P<word>noon|midnight))"
)
REL = (
    r"(?P<rel>this(?:\s+past|\s+coming)?|last|next|the\s+past|the\s+coming|the\s+current"
    r"|the\s+latest|current)"
)
ANA = (
    r"(?P<arel>the\s+next|the\s+following|the\s+previous|the\s+preceding|the\s+same|that"
    r"|the\s+prior)"
)


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    resolve: Resolver


def _rule(name: str, pattern: str, resolve: Resolver, flags: int = re.I) -> Rule:
    return Rule(name, re.compile(rf"(?<![\w-]){pattern}(?![\w])", flags), resolve)


RULES: tuple[Rule, ...] = (
    _rule("iso", r"(?P<y>(?:1[6-9]|20)\d\d)-(?P<mo>\d\d)-(?P<d>\d\d)", r_iso),
    _rule("month_day",
          rf"{EDGE}(?:{WEEKDAY_G},?\s+)?(?:the\s+)?{MONTH}\s+(?P<day>{DAYNUM})(?!\d|:\d)"
          rf"(?:,?\s+(?P<year>{YEAR}))?", r_month_day),
    _rule("day_month",
          rf"(?:{WEEKDAY_G},?\s+)?(?:the\s+)?(?P<day>{DAYNUM})\s+(?:of\s+)?{MONTH}"
          rf"(?:,?\s+(?P<year>{YEAR}))?", r_month_day),
    _rule("month_year", rf"{EDGE}{MONTH}\s+(?:of\s+)?(?P<year>{YEAR})", r_month_year),
    _rule("month", rf"{EDGE}(?:(?P<rel>last|this|next|this\s+past|this\s+coming|coming)\s+)?"
                   rf"{MONTH}(?:\s+(?:of\s+)?(?:this|last|next)\s+year)?", r_month),
    _rule("year", rf"{EDGE}(?:(?:fiscal|calendar)\s+)?(?P<year>{YEAR})(?!s|'s|\d|-\d)", r_year),
    _rule("decade",
          r"(?:the\s+)?(?:(?:early|late|mid)[-\s]+)?(?:(?P<dec>(?:1[6-9]|20)\d)0'?s"
          r"|'(?P<dec2>\d)0s|(?P<decw>twenties|thirties|forties|fifties|sixties|seventies"
          r"|eighties|nineties))", r_decade),
    _rule("century", r"(?:the\s+)?(?:(?:early|late|mid)[-\s]+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)"
                     r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
                     r"|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
                     r"|eighteenth|nineteenth|twentieth|twenty-first)[-\s]century", r_century),
    _rule("quarter",
          rf"(?:(?:the|its|their|a)\s+)?(?:(?P<qrel>this\s+year's|last\s+year's|next\s+year's)\s+)?"
          rf"(?:(?P<qyear>{YEAR})\s+)?(?:fiscal\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd"
          rf"|4th)[-\s](?:fiscal\s+)?quarter(?:\s+of\s+(?:fiscal\s+)?(?P<qyear2>{YEAR}))?",
          r_quarter),
    _rule("half", rf"(?:the\s+)?(?P<h>first|second)[-\s]half(?:\s+of\s+(?P<hyear>{YEAR}))?",
          r_half),
    _rule("season",
          rf"{EDGE}(?:(?P<srel>this(?:\s+past|\s+coming)?|last|next|the\s+past|the\s+coming|the)"
          rf"\s+)?(?P<season>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?P<syear>{YEAR}))?",
          r_season),
    _rule("relative_unit",
          rf"{EDGE}(?:(?:earlier|later)\s+)?{REL}\s+(?:fiscal\s+)?"
          r"(?P<unit>week|weekend|month|year|quarter|decade|century)", r_relative_unit),
    _rule("the_period", r"the\s+(?P<unit>quarter|weekend|full\s+year)", r_the_period),
    _rule("period_end", r"(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+the\s+"
                        r"(?P<unit>year|month|week|quarter|decade)", r_period_end),
    _rule("year_end", r"(?P<unit>year)(?:[-\s]end|'s\s+end)", r_period_end),
    _rule("year_ago", r"(?:the\s+)?(?:comparable\s+)?(?:year-ago|year-earlier)"
                      r"(?P<yq>\s+(?:quarter|period))?", r_year_ago),
    _rule("anaphoric_unit",
          rf"(?:(?:early|late|earlier|later)\s+)?{ANA}\s+(?P<aunit>day|week|weekend|month|year"
          r"|morning|afternoon|evening|night|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)",
          r_anaphoric_unit),
    _rule("day_before", r"the\s+(?P<aunit>day|night|morning|evening)\s+(?P<arel>before|after)"
                        r"(?=\s*[,.;:!?)]|\s+(?:that|and|but|when)\b)",
          r_day_before),
    _rule("units_shift",
          rf"{MOD}{NUM}\s+(?:more\s+)?{UNIT}\s+(?P<dir>ago|later|earlier|afterwards?|from\s+now"
          r"|hence)", r_units_shift),
    _rule("vague_ago", r"(?P<unit>years|months|weeks|days|decades)\s+ago",
          r_literal("PAST_REF")),
    _rule("weekday",
          rf"{EDGE}(?:(?P<wrel>last|next|this(?:\s+past|\s+coming)?|coming|past)\s+)?"
          rf"(?-i:{WEEKDAY_G})(?P<plural>s)?(?:\s+{TOD}s?)?", r_weekday),
    _rule("dayword", rf"(?:(?:early|late|earlier|later)\s+)?(?P<dw>today|tonight|yesterday"
                     rf"|tomorrow)(?:\s+{TOD})?", r_dayword),
    _rule("this_tod", rf"(?:(?:early|late|earlier|later)\s+)?(?P<trel>this|last)\s+{TOD}",
          r_this_tod),
    _rule("clock", CLOCK, r_clock),
    _rule("clock_prefix", CLOCK_PREFIX, r_clock),
    _rule("duration",
          rf"{MOD}(?:(?:another|an\s+additional|the)\s+)?{NUM}(?:\s+(?:more|additional|full"
          r"|straight|consecutive|trading|business|calendar))?[\s-]+" + UNIT
          + r"(?:[-\s]long)?(?![-\s]old|\s+of\b)", r_duration),
    _rule("recent_units", r"(?:the\s+)?recent\s+(?P<unit>years|months|weeks|quarters|decades)",
          r_recent_units),
    _rule("bare_units", r"(?<=\bfor\s)(?P<unit>years|months|weeks|days|hours|decades|centuries)"
                        r"(?!\s+(?:ago|of|to|before|after|later|earlier))", r_bare_units),
    _rule("set", r"(?:every|each|per)\s+(?:(?P<other>other)\s+|(?P<n>\d+|"
                 + NUMWORD + r")\s+)?(?P<what>seconds?|minutes?|hours?|days?|weeks?|months?"
                 r"|quarters?|years?|decades?|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
                 r"|january|february|march|april|may|june|july|august|september|october"
                 r"|november|december|spring|summer|fall|autumn|winter|morning|afternoon"
                 r"|evening|night)", r_set),
    _rule("adverb_set", r"(?:weekly|monthly|yearly|hourly|nightly)",
          r_adverb_set),
    _rule("present", r"(?:right\s+now|now|currently|at\s+present|presently|nowadays"
                     r"|these\s+days|at\s+the\s+moment|at\s+this\s+time|current)(?!\s+that\b)",
          r_literal("PRESENT_REF")),
    _rule("past", r"(?:recently|lately|formerly|the\s+past|once\s+upon\s+a\s+time)"
                  r"(?!\s+(?:\d|few|several|couple|two|three|four|five|six|seven|eight|nine|ten"
                  r"|year|month|week|day|decade|quarter|century))", r_literal("PAST_REF")),
    _rule("future", r"(?:soon|shortly|the\s+(?:near\s+|distant\s+|foreseeable\s+)?future"
                    r"|the\s+(?:near|short)\s+term|as\s+soon\s+as\s+possible|the\s+coming"
                    r"\s+(?:days|weeks|months|years|decades))", r_literal("FUTURE_REF")),
)


# ------------------------------------------------------------------ finding


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    priority: int
    match: re.Match[str]
    rule: Rule


def find_timexes(doc_or_text: Doc | str, dct: str | None) -> list[FoundTimex]:
    """Every temporal expression in the text, normalised; ``dct`` is ``YYYY-MM-DD`` or None."""
    text = doc_or_text.text if isinstance(doc_or_text, Doc) else doc_or_text
    doc = doc_or_text if isinstance(doc_or_text, Doc) else None
    ctx = Context(text=text, dct=parse_dct(dct), anchors=[], doc=doc)
    found = []
    for cand in _select(_candidates(text)):
        timex = _resolve(cand, ctx)
        if timex is not None:
            found.append(timex)
    return found


def parse_dct(dct: str | None) -> Point | None:
    if not dct:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", dct)
    if m is None:
        raise ValueError(f"DCT must be YYYY-MM-DD, not {dct!r}")
    return Point(int(m.group(1)), int(m.group(2)), int(m.group(3)), "D")


def _candidates(text: str) -> Iterator[_Candidate]:
    for priority, rule in enumerate(RULES):
        for m in rule.pattern.finditer(text):
            start, end = _trim(text, m.start(), m.end())
            if end > start:
                yield _Candidate(start, end, priority, m, rule)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " \t\n,":
        end -= 1
    return start, end


def _select(cands: Iterable[_Candidate]) -> list[_Candidate]:
    """Longest first (earlier rule on ties), without overlaps, back in text order."""
    taken: list[_Candidate] = []
    for c in sorted(cands, key=lambda c: (c.start - c.end, c.priority, c.start)):
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    return sorted(taken, key=lambda c: c.start)


def _resolve(cand: _Candidate, ctx: Context) -> FoundTimex | None:
    resolved = cand.rule.resolve(cand.match, ctx)
    if resolved is None:
        return None
    typ, value, anchor = resolved
    extra: dict[str, str] = {"rule": cand.rule.name}
    if isinstance(value, Point):
        extra["gran"] = value.gran
        if typ in ("DATE", "TIME") and (value.year, value.month) != (None, None):
            ctx.anchors.append(value)
        value = render(value)
    return FoundTimex(cand.start, cand.end, typ, value, anchor, extra)


def timex_records(text: str, dct: str | None, nlp: Language | None = None) -> list[types.Timex]:
    """The temporal expressions of ``text`` as export records (what ``onrecord timex`` prints).

    ``text`` is parsed with ``nlp`` (by default the configured spaCy model, loaded once)
    so that tense can decide between the last and the next "Tuesday"; offsets index
    ``text`` itself.
    """
    if nlp is None:
        nlp = cached_pipeline(Settings().model, ())
    doc = nlp(text)
    return [
        types.Timex(t.start, t.end, text[t.start:t.end], t.type, t.value)  # type: ignore[arg-type]
        for t in find_timexes(doc, dct)
    ]


# ----------------------------------------------------------------- component


class TimexTagger:
    """Registered as ``onrecord_timex``: runs ``find_timexes`` with ``doc._.dct``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        set_timexes(doc, find_timexes(doc, doc._.dct))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory("onrecord_timex", assigns=["doc._.onrecord_timexes"], requires=[])
def make_timex_tagger(nlp: Language, name: str) -> TimexTagger:
    return TimexTagger(nlp, name)
