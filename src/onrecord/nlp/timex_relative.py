"""Resolvers for relative and anaphoric expressions, weekdays and clock times.

Relative ones ("last week", "two years ago", "on Tuesday") resolve against the
DCT; anaphoric ones ("the next day", "a week later") against the narrative anchor.
"""

import re
from datetime import date, timedelta

from onrecord.nlp.timex_calendar import year_for
from onrecord.nlp.timex_context import Context, Resolved, group
from onrecord.nlp.timex_points import Point, coarsen, point_on, shift
from onrecord.nlp.timex_vocab import (
    GRAN_ORDER,
    ORDINALS,
    PARTS_OF_DAY,
    month_number,
    number,
    time_duration,
    unit_code,
    weekday_number,
)


def is_title(text: str, start: int, words: str) -> bool:
    """Capitalized words inside a sentence after a name ("USA Today", "VOA Today"), or in
    quotation marks of their own (ABC's "This Week"): a title, not a date."""
    if not all(w[:1].isupper() for w in words.split()):
        return False
    before = text[max(0, start - 30):start]
    after = text[start + len(words):start + len(words) + 3]
    if re.search(r"[\"\u201c]$", before):
        return re.match(r"[,.]?[\"\u201d]|\s+[A-Z]", after) is not None
    return re.search(r"[A-Z][\w'-]*\s+$", before) is not None and \
        re.search(r"[.!?:]\s*$", before) is None


def r_relative_unit(m: re.Match[str], ctx: Context) -> Resolved | None:
    if is_title(ctx.text, m.start(), m.group(0)):
        return None
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
    return "DATE", point_on(target, "D"), basis


def _weekday_near(d: date, wd: int, after: bool, strict: bool) -> date:
    delta = (wd - d.isoweekday()) % 7
    if after:
        return d + timedelta(days=delta or (7 if strict else 0))
    back = (d.isoweekday() - wd) % 7
    return d - timedelta(days=back or (7 if strict else 0))


def r_units_shift(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"two years ago", "a day later", "three weeks from now"."""
    n = number(group(m, "n"))
    code = unit_code(m.group("unit"))
    direction = m.group("dir").lower()
    if n is None and direction in ("later", "earlier"):  # "a few days later": how long
        return "DURATION", time_duration(None, m.group("unit")), None
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
        quarter = reported_quarter(ctx, m.start()) if code == "Y" and n == 1 else None
        if quarter is not None:
            base, gran = quarter, "Q"  # "from $3 a year ago": the year-ago quarter
        point = coarsen(shift(base, sign * int(n), code), gran)
        return "DATE", point if ctx.dct else Point(None, None, None, gran), (
            "dct" if ctx.dct else None)
    quarter = reported_quarter(ctx, m.start()) if (code, n, sign) == ("Y", 1, -1) else None
    if quarter is not None and ctx.dct is not None:
        return "DATE", coarsen(shift(quarter, -1, "Y"), "Q"), "dct"
    if code in ("H", "S", "T") or m.group("unit").lower().startswith("minute"):
        anchor, basis = ctx.narrative("D")  # "two hours later": the same day, not two days on
        return "DATE", coarsen(anchor, "D"), basis
    anchor, basis = ctx.narrative(code if code in ("D", "W", "M") else "C")
    if code == "Y" and anchor.gran in ("Y", "E", "C") and ctx.dct is not None:
        # "up 3% from a year earlier": a comparison with now, not with the year just named
        return "DATE", coarsen(shift(ctx.dct, sign * int(n), "Y"), "Y"), "dct"
    moved = shift(anchor, sign * int(n), code if code in ("D", "W", "M", "Q", "Y") else "D")
    gran = anchor.gran if GRAN_ORDER.get(anchor.gran, 1) <= GRAN_ORDER.get(code, 1) else code
    return "DATE", coarsen(moved, gran if gran != "T" else "D"), basis


def reported_quarter(ctx: Context, start: int) -> Point | None:
    """The quarter being reported, when the text around ``start`` reports quarterly results.

    Financial reports compare a quarter with "a year ago" / "a year earlier": the
    same quarter of the year before. The quarter is the most recent one the text
    named that has ended by the DCT ("the third quarter"), else the one before
    the DCT's. ``None`` when neither the sentence nor the
    ``QUARTER_SENTENCES_BEFORE`` sentences before it mention quarters.
    """
    begin, end = sentence_bounds(ctx.text, start)
    for _ in range(QUARTER_SENTENCES_BEFORE):
        begin = sentence_bounds(ctx.text, max(0, begin - 2))[0] if begin > 0 else 0
    if "quarter" not in ctx.text[begin:end].lower():
        return None
    if ctx.dct is None:
        return None
    ended = (ctx.dct.year or 0) * 12 + (ctx.dct.month or 1) - 3
    named = [p for p in ctx.anchors if p.gran == "Q" and p.year is not None and p.month
             and p.year * 12 + p.month - 1 <= ended]
    if named:
        return max(named, key=lambda p: (p.year, p.month))
    return coarsen(shift(ctx.dct, -1, "Q"), "Q")


QUARTER_SENTENCES_BEFORE = 1
_SENTENCE_END = re.compile(r"[.!?][\"')]*\s|\n\s*\n")


def sentence_bounds(text: str, start: int) -> tuple[int, int]:
    """The offsets of the sentence around ``start``, cut at a full stop or a blank line."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)]
    after = _SENTENCE_END.search(text, start)
    return (ends[-1] if ends else max(0, start - 400)), (after.start() if after else len(text))


def r_weekday(m: re.Match[str], ctx: Context) -> Resolved | None:
    wd = weekday_number(m.group("wd"))
    if group(m, "plural") or group(m, "todplural"):  # "Tuesdays", "Tuesday nights"
        return "SET", f"XXXX-WXX-{wd}" + (f"T{PARTS_OF_DAY[m.group('tod').lower()]}"
                                          if group(m, "tod") else ""), None
    rel = re.sub(r"\s+", " ", (group(m, "wrel") or "").lower())
    day = _resolve_weekday(ctx, wd, rel, m.start(), m.end())
    return _with_tod(day, group(m, "tod"), "dct" if ctx.dct else None)


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
    return point_on(target, "D")


def _with_tod(day: Point, tod: str | None, anchor: str | None) -> Resolved:
    if not tod:
        return "DATE", day, anchor
    code = PARTS_OF_DAY[tod.lower()]
    if day.gran == "WD":
        return "TIME", f"XXXX-WXX-{day.suffix}T{code}", None
    return "TIME", Point(day.year, day.month, day.day, "T", code), anchor


def r_dayword(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = m.group("dw").lower()
    if m.group("dw") == "TODAY" or is_title(ctx.text, m.start(), m.group(0)):
        return None  # USA TODAY, "VOA Today": a title
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
    tod = group(m, "tod") or ("night" if word == "tonight" else None)
    day = coarsen(shift(ctx.ref(), offset, "D"), "D")
    return _with_tod(day, tod, "dct" if ctx.dct else None)


def r_part_of_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"the morning", "by mid afternoon", "mid-afternoon yesterday": a part of the narrative's
    day (or of the day the day word names)."""
    word = (group(m, "dw") or "").lower()
    if word:
        offset = {"today": 0, "yesterday": -1, "tomorrow": 1}[word]
        day, basis = coarsen(shift(ctx.ref(), offset, "D"), "D"), "dct" if ctx.dct else None
    else:
        day, basis = ctx.narrative("D")
    if not day.known and ctx.dct is None:
        return _with_tod(Point(None, None, None, "D"), m.group("tod"), None)
    return _with_tod(day, m.group("tod"), basis)


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
    word = (group(m, "word") or "").lower()
    if word:
        return "12:00" if word == "noon" else "24:00"
    hour = int(m.group("h"))
    minute = int(group(m, "mi") or 0)
    ampm = (group(m, "ampm") or "").lower().replace(".", "")
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.startswith("p") else 0)
    if hour > 24 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def _qualifier_day(m: re.Match[str], ctx: Context) -> tuple[Point | None, str | None]:
    if group(m, "qmonth"):
        month = month_number(m.group("qmonth"))
        day = int(re.match(r"\d+", m.group("qday")).group())  # type: ignore[union-attr]
        year = year_for(ctx, month, day, m.start(), m.end())
        return Point(year, month, day, "D"), "dct" if year else None
    if group(m, "qwd"):
        wd = weekday_number(m.group("qwd"))
        return _resolve_weekday(ctx, wd, "", m.start(), m.end()), "dct" if ctx.dct else None
    if group(m, "qdw"):
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[m.group("qdw").lower()]
        return (shift(ctx.ref(), offset, "D") if ctx.dct else None), "dct"
    anchor, basis = ctx.narrative("D")
    return (anchor, basis) if anchor.known else (None, None)




def r_period_end(m: re.Match[str], ctx: Context) -> Resolved | None:
    code = unit_code(m.group("unit"))
    if ctx.dct is None:
        return "DATE", Point(None, None, None, code), None
    return "DATE", coarsen(ctx.dct, code), "dct"


def r_the_period(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"the quarter", "the latest period" (the last quarter reported), "the weekend" (the
    last one), "the full year"."""
    unit = (group(m, "unit") or "quarter").lower()
    code = "Y" if unit.startswith("full") else unit_code(unit)
    if ctx.dct is None:
        return "DATE", Point(None, None, None, code), None
    step = {"Q": -1, "Y": 0}.get(code, -1 if (ctx.dct.as_date() or date.min).isoweekday() < 4
                                   else 0)
    return "DATE", coarsen(shift(ctx.dct, step, "W" if code == "WE" else code), code), "dct"


def r_year_ago(m: re.Match[str], ctx: Context) -> Resolved | None:
    if group(m, "ymonths"):  # "the year-earlier nine months": how long, not when
        return "DURATION", time_duration(number(m.group("ymonths")), "months"), None
    if ctx.dct is None:
        return "DATE", Point(None, None, None, "Y"), None
    quarter = reported_quarter(ctx, m.start())
    if group(m, "yq") or quarter is not None:
        reported = quarter or coarsen(shift(ctx.dct, -1, "Q"), "Q")
        if group(m, "yqn"):  # "the year-ago third quarter"
            reported = Point(reported.year, ORDINALS.index(m.group("yqn").lower()) * 3 + 1,
                             None, "Q")
        return "DATE", coarsen(shift(reported, -1, "Y"), "Q"), "dct"
    return "DATE", coarsen(shift(ctx.dct, -1, "Y"), "Y"), "dct"

