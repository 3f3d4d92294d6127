"""Resolvers for calendar names: dates, months, years, decades, centuries, quarters, seasons.

A name with its year stands alone; one without takes its year from the DCT in the
direction the wording gives (``year_for``).
"""

import re
from datetime import date

from onrecord.nlp.timex_context import Context, Resolved, group
from onrecord.nlp.timex_points import Point
from onrecord.nlp.timex_vocab import ORDINALS, SEASONS, month_number, weekday_number, year_value


def year_for(ctx: Context, month: int, day: int | None, start: int, end: int,
              weekday: int | None = None) -> int | None:
    """The year of a month (and day) written without one.

    A weekday named with the date ("Saturday, April 25") picks the year in which
    the two agree. A date that falls within ``NEAR_DAYS`` of the DCT in the DCT's
    own year (a month within one month of it) is in that year, whatever the wording:
    "had been set to expire Nov. 6" in a Nov. 2 article is four days ahead, not a
    year back; "laid down by the Feb. 23 accord" in March is not next year's. Otherwise the
    nearest past occurrence, the next one when the wording is future, the closest
    one when it is a plain present; when the wording says nothing, the next one if
    it is at most ``AHEAD_MONTHS`` away, else the last one.
    """
    if ctx.dct is None or ctx.dct.year is None or ctx.dct.month is None:
        return None
    y = ctx.dct.year
    ref = (ctx.dct.month, ctx.dct.day or 1)
    here = (month, day or (ref[1] if month == ref[0] else 1))
    if weekday is not None and day is not None:
        agreeing = [c for c in (y, y - 1, y + 1) if _weekday_of(c, month, day) == weekday]
        if agreeing:
            return agreeing[0]
    near = _near_year(ctx.dct, month, day)
    if near is not None:
        return near
    direction = ctx.direction(start, end)
    if direction == "future":
        return y if here >= ref else y + 1
    if direction == "near":
        return min((y - 1, y, y + 1), key=lambda c: abs(_months_between(c, month, y, ref[0])))
    if direction == "unknown":
        ahead = y if here > ref else y + 1
        if _months_between(ahead, month, y, ref[0]) <= AHEAD_MONTHS:
            return ahead
    return y if here <= ref else y - 1


def _near_year(dct: Point, month: int, day: int | None) -> int | None:
    """The DCT's year, when ``month`` (and ``day``) falls within ``NEAR_DAYS`` of the DCT
    in it (a month: within one month of the DCT's)."""
    y = dct.year or 0
    if day is None:
        return y if abs(month - (dct.month or 1)) <= 1 else None
    today = dct.as_date()
    try:
        close = today is not None and abs((date(y, month, day) - today).days) <= NEAR_DAYS
    except ValueError:
        return None
    return y if close else None


# A date this many days from the DCT, in its year, is the one the text means, whatever the wording.
NEAR_DAYS = 31

# How far ahead a month may be taken when the wording gives no direction ("in December"
# in a November article): news looks back further than it looks ahead.
AHEAD_MONTHS = 3


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).isoweekday()
    except ValueError:
        return None


def _months_between(year: int, month: int, ref_year: int, ref_month: int) -> int:
    return (year - ref_year) * 12 + month - ref_month


def r_month_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    day = int(re.match(r"\d+", group(m, "day") or "0").group())  # type: ignore[union-attr]
    month = month_number(m.group("month"))
    if not 1 <= day <= 31:
        return None
    year_text = group(m, "year")
    if year_text:
        return "DATE", Point(year_value(year_text), month, day, "D"), None
    wd = weekday_number(m.group("wd")) if group(m, "wd") else None
    year = year_for(ctx, month, day, m.start(), m.end(), wd)
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
    rel = (group(m, "rel") or "").lower()
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
    return year_for(ctx, month, None, m.start(), m.end())


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
    if group(m, "dec"):
        return "DATE", Point(int(m.group("dec")) * 10, None, None, "E"), None
    digit = int(group(m, "dec2") or words[(group(m, "decw") or "").lower()])
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
    year_text = group(m, "qyear") or group(m, "qyear2")
    if year_text:
        return "DATE", Point(year_value(year_text), q * 3 - 2, None, "Q"), None
    year = ctx.dct.year if ctx.dct else None
    if group(m, "ofyear"):  # "the third quarter of last year"
        year = of_year(ctx, m)
    elif year is not None and group(m, "qrel"):
        year += {"last": -1, "next": 1}.get(m.group("qrel").split()[0].lower(), 0)
    elif year is not None and q * 3 - 2 > (ctx.dct.month or 1) and ctx.direction(  # type: ignore[union-attr]
        m.start(), m.end()
    ) in ("past", "unknown"):
        year -= 1
    return "DATE", Point(year, q * 3 - 2, None, "Q"), "dct" if year else None


def of_year(ctx: Context, m: re.Match[str]) -> int | None:
    """The year of "... of this/last/next year", or None without a DCT."""
    if ctx.dct is None or ctx.dct.year is None:
        return None
    return ctx.dct.year + {"last": -1, "next": 1}.get(m.group("ofyear").lower(), 0)


def r_half(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"the first half of 2020", "the last half of 1989", "the first two quarters of 1990"."""
    h = 1 if (group(m, "h") or group(m, "h2") or "").lower() == "first" else 2
    year_text = group(m, "hyear")
    year = year_value(year_text) if year_text else (ctx.dct.year if ctx.dct else None)
    if group(m, "ofyear"):
        year = of_year(ctx, m)
    anchor = None if year_text or year is None else "dct"
    return "DATE", Point(year, 1 if h == 1 else 7, None, "H"), anchor


def r_season(m: re.Match[str], ctx: Context) -> Resolved | None:
    code = SEASONS[m.group("season").lower()]
    rel = re.sub(r"\s+", " ", (group(m, "srel") or "").lower())
    if group(m, "syear"):
        return "DATE", Point(year_value(m.group("syear")), None, None, "S", code), None
    if group(m, "ofyear"):  # "the summer of last year"
        year = of_year(ctx, m)
        return "DATE", Point(year, None, None, "S", code), "dct" if year else None
    before = ctx.text[max(0, m.start() - 14):m.start()].lower()
    edge = re.match(r"(?i)(?:the\s+)?(?:very\s+)?(?:early|late|mid)", m.group(0)) is not None
    bare = (not rel or rel == "the") and not edge  # "the early summer" is a time
    if bare and not re.search(r"\b(?:in|during|by|since|until|till|over|through|throughout"
                              r"|into|this)\s+$", before):
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

