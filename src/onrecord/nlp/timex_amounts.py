"""Resolvers for durations, sets and vague references ("two years", "every Tuesday", "now")."""

import re

from onrecord.nlp.timex_context import Context, Resolved, Resolver, group
from onrecord.nlp.timex_vocab import (
    MONTHS,
    NUMWORD,
    PARTS_OF_DAY,
    SEASONS,
    WEEKDAY_WORD,
    month_number,
    number,
    time_duration,
    unit_code,
    weekday_number,
)


def r_duration(m: re.Match[str], ctx: Context) -> Resolved | None:
    n = number(group(m, "n"))
    unit = m.group("unit")
    if unit.lower().startswith("weekend"):
        return None
    if n is not None and group(m, "half"):  # "a minute and a half"
        n += 0.5
    after = ctx.text[m.end():m.end() + 12]
    if ORDINAL_SECOND.match(m.group(0)) and re.match(r"\s+[a-z]", after) and not re.match(
            r"\s+(?:ago|later|earlier|or|and|of|before|after|in|to)\b", after):
        return None  # "a second group": an ordinal, not a duration
    if n is not None and unit.lower().startswith("quarter") and re.match(r"\s+of\b", after):
        return None  # "three-quarters of its food", "a quarter of the market": fractions
    before = ctx.text[max(0, m.start() - 12):m.start()]
    if m.group(0).lower() == "one day" and MODAL_BEFORE.search(before):
        return "DATE", "FUTURE_REF", None  # "Islam will one day be...": some day, not how long
    if n == 1 and re.match(r"(?i)an?\s", m.group(0)):
        before = ctx.text[max(0, m.start() - 40):m.start()].lower()
        if FREQUENCY.search(before):
            return "SET", "P1" + unit_code(unit), None  # "twice a week"
        if AMOUNT.search(before):
            return None  # "$2 million a year", "700 seats a week": a unit of measure
    return "DURATION", time_duration(n, unit), None


MODAL_BEFORE = re.compile(r"(?i)\b(?:will|would|could|may|might|can|should|shall)\s+$")
ORDINAL_SECOND = re.compile(r"(?i)an?\s+second$")
# "twice a week", "three times a year": how often something happens.
FREQUENCY = re.compile(r"(?:\btimes|\bonce|\btwice)\s+$")
# "$1.76 a year", "358,000 a month", "four flights a week": a quantity per unit of time.
AMOUNT = re.compile(
    rf"(?:\d|\b(?:{NUMWORD}|hundred|thousand|million|billion))(?:\s+(?:million|billion))?"
    r"(?:\s+[a-z$-]+){0,2}\s+$"
)


def r_bare_units(m: re.Match[str], ctx: Context) -> Resolved | None:
    unit = m.group("unit")
    return "DURATION", time_duration(None, unit), None


def r_set(m: re.Match[str], ctx: Context) -> Resolved | None:
    what = m.group("what")
    low = what.lower()
    if re.fullmatch(WEEKDAY_WORD, low):
        return "SET", f"XXXX-WXX-{weekday_number(low)}", None
    if low in SEASONS:
        return "SET", f"XXXX-{SEASONS[low]}", None
    if low == "may" and what != "May":
        return None  # "where each may thrive": the verb
    if low[:3] in MONTHS:
        return "SET", f"XXXX-{month_number(low):02d}", None
    if low in PARTS_OF_DAY:
        return "SET", f"XXXX-XX-XXT{PARTS_OF_DAY[low]}", None
    n = number(group(m, "n")) if group(m, "n") else 1
    if (group(m, "other") or ""):
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

