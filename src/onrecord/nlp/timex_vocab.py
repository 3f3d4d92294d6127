"""Temporal vocabulary: month, weekday, season and unit words, numbers and years.

The regular-expression pieces the rules are built from, and the functions that turn
number words, spelled-out years and unit words into values (``number``,
``year_value``, ``unit_code``, ``time_duration``).
"""

import re

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

WEEKDAY_WORD = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
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
    rf"(?P<n>(?:an?|{NUMWORD}|\d+)\s+(?:hundred|thousand)"
    rf"|\d+(?:\.\d+)?(?:\s+1/2)?|{NUMWORD}(?:\s+and\s+a\s+half)?|an?|(?:a\s+)?couple\s+of"
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


def number(words: str | None) -> int | float | None:
    """The number a word group names; ``None`` for vague quantities ("several")."""
    if words is None:
        return 1
    w = re.sub(r"\s+", " ", words.lower().strip())
    if w in ("a", "an"):
        return 1
    if w.startswith(("a couple", "couple")):
        return 2
    if w == "a dozen":
        return 12
    if w in ("a half", "half a", "half an"):
        return 0.5
    if any(w == v for v in VAGUE):
        return None
    scale = re.fullmatch(r"(.+) (hundred|thousand)", w)
    if scale:
        return int(number(scale.group(1)) or 0) * (100 if scale.group(2) == "hundred" else 1000)
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


HALVES = {"Y": ("M", 6, ""), "D": ("H", 12, "T"), "H": ("M", 30, ""), "M": ("D", 15, ""),
          "MIN": ("S", 30, "")}


def time_duration(n: int | float | None, unit: str) -> str:
    """``P2Y``, ``PT3H``, ``PT20M``, ``PXD``; "two and a half years" is ``P2Y6M``."""
    code = unit_code(unit)
    time = "T" if code in ("H", "S") or unit.lower().startswith("minute") else ""
    if code == "WE":
        code = "W"
    if n is not None and not float(n).is_integer() and code in HALVES:
        smaller, amount, sep = HALVES["MIN" if time and code == "M" else code]
        whole = f"{int(n)}{code}" if int(n) else ""
        return f"P{time}{whole}{sep if whole else time and ''}{amount}{smaller}"
    return f"P{time}{_num_text(n)}{code}"

