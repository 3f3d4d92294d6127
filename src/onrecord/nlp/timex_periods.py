"""Resolvers for reporting periods named without a number of their own.

"the year" (the year being reported: the DCT's), "the year ended Sept. 30" (a
twelve-month span: ``P1Y``), "the 1988 quarter" (the quarter being reported, in
1988), "earlier in the year", "later in the day".
"""

import re

from onrecord.nlp.timex_context import Context, Resolved, group
from onrecord.nlp.timex_points import Point, coarsen
from onrecord.nlp.timex_relative import reported_quarter
from onrecord.nlp.timex_vocab import unit_code, year_value


def r_the_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"the (fiscal) year": the DCT's year; "the year ended March 31" is a span, ``P1Y``."""
    if re.search(r"the\s+(?:\w+\s+)?Year$", m.group(0)):
        return None  # "Man of the Year": a title
    if re.match(r"\s+(?:ended|ending)\b", ctx.text[m.end():]):
        return "DURATION", "P1Y", None
    if ctx.dct is None:
        return "DATE", Point(None, None, None, "Y"), None
    return "DATE", coarsen(ctx.dct, "Y"), "dct"


def r_year_period(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"the 1988 quarter", "the 1989 period": the quarter being reported, in that year.

    A "period" is a quarter only in a sentence about quarters; elsewhere it is the year.
    """
    year = year_value(m.group("year"))
    quarter = reported_quarter(ctx, m.start())  # the sentence of "the 1988 quarter" names one
    if quarter is None:
        gran = "Q" if m.group("what").lower() == "quarter" else "Y"
        return "DATE", Point(year, None, None, gran), None
    return "DATE", Point(year, quarter.month, None, "Q"), "dct"


def r_in_the_period(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"earlier in the year", "later in the day": the narrative's day or week, the DCT's
    month or year (as "earlier this year")."""
    code = unit_code(group(m, "unit") or "day")
    if code in ("D", "W"):
        anchor, basis = ctx.narrative(code)
        if anchor.year is None and ctx.dct is None:
            return "DATE", Point(None, None, None, code), None
        return "DATE", coarsen(anchor, code), basis
    if ctx.dct is None:
        return "DATE", Point(None, None, None, code), None
    return "DATE", coarsen(ctx.dct, code), "dct"
