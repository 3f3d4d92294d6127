"""Resolvers for durations, sets and vague references ("two years", "every Tuesday", "now")."""

import re

from onrecord.nlp.timex_context import Context, Resolved, Resolver, group
from onrecord.nlp.timex_vocab import (
    MONTHS,
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
    if re.fullmatch(WEEKDAY_WORD, low):
        return "SET", f"XXXX-WXX-{weekday_number(low)}", None
    if low in SEASONS:
        return "SET", f"XXXX-{SEASONS[low]}", None
    if low[:3] in MONTHS and len(low) > 3:
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

