"""Calendar points: a day inside a period plus its granularity, rendered as TIMEX3."""

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta


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


def point_on(d: date, gran: str, suffix: str = "", year_known: bool = True) -> Point:
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
    return point_on(moved, p.gran, p.suffix, year_known=p.year is not None)


def coarsen(p: Point, gran: str) -> Point:
    return replace(p, gran=gran, suffix="" if gran not in ("S", "T", "WD") else p.suffix)



def parse_dct(dct: str | None) -> Point | None:
    if not dct:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", dct)
    if m is None:
        raise ValueError(f"DCT must be YYYY-MM-DD, not {dct!r}")
    return Point(int(m.group(1)), int(m.group(2)), int(m.group(3)), "D")

