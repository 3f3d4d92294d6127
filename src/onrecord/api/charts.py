"""Timeline charts as plain geometry, drawn as server-side SVG by ``_macros.html``.

One lane per speaker, one shared date axis. Days are grouped into at most
``max_buckets`` equal buckets so a chart stays small however long the record
is. Each bucket is a bar whose height is its statement count, on one scale
for every lane so that speakers compare: the solid part holds statements with
their own date ("said"), the pale part those placed at their article's date
("reported").
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

from onrecord.analysis import DayCount, Timeline
from onrecord.api import links


@dataclass(frozen=True)
class ChartOptions:
    width: int = 960
    label_width: int = 180
    lane_height: int = 46
    axis_height: int = 28
    max_buckets: int = 180
    max_ticks: int = 10
    max_bar_width: float = 14.0


@dataclass(frozen=True)
class Bar:
    """One bucket of one lane: ``said`` and ``reported`` stacked, said at the bottom."""

    x: float
    width: float
    said_y: float
    said_height: float
    reported_y: float
    reported_height: float
    said: int
    reported: int
    first: date
    last: date
    href: str

    @property
    def label(self) -> str:
        days = self.first.isoformat() if self.first == self.last else (
            f"{self.first.isoformat()} – {self.last.isoformat()}")
        return f"{days}: {self.said} said, {self.reported} reported"


@dataclass(frozen=True)
class ChartLane:
    name: str
    href: str
    y: float
    baseline: float
    bars: tuple[Bar, ...]
    undated: int = 0


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    left: int
    right: int
    axis_y: int
    lanes: tuple[ChartLane, ...]
    ticks: tuple[Tick, ...]
    bucket_days: int = 1
    most: int = 0

    @property
    def empty(self) -> bool:
        return not any(lane.bars for lane in self.lanes)


def timeline_chart(timeline: Timeline, options: ChartOptions | None = None) -> Chart:
    """The geometry of ``timeline``: lanes of bars over a shared date axis."""
    o = options or ChartOptions()
    height = o.axis_height + o.lane_height * max(1, len(timeline.lanes))
    left, right = o.label_width, o.width - 12
    if timeline.start is None or timeline.end is None:
        return Chart(o.width, height, left, right, height - o.axis_height, (), ())
    start, end = timeline.start, max(timeline.end, timeline.start)
    span = (end - start).days + 1
    bucket = math.ceil(span / o.max_buckets)
    scale = _Scale(start, bucket * math.ceil(span / bucket), left, right)
    counts = [_buckets(lane.days, scale, bucket) for lane in timeline.lanes]
    most = max((said + reported for c in counts for said, reported in c.values()), default=0)
    lanes = tuple(
        ChartLane(name=lane.speaker.name, href=links.speaker_url(lane.speaker.id),
                  y=o.lane_height * (i + 0.5), baseline=o.lane_height * (i + 1) - 4,
                  undated=lane.undated,
                  bars=_bars(lane.speaker.id, counts[i], scale, bucket, most,
                             o.lane_height * (i + 1) - 4, o))
        for i, lane in enumerate(timeline.lanes))
    axis_y = o.lane_height * len(timeline.lanes)
    return Chart(o.width, height, left, right, axis_y, lanes,
                 _ticks(start, end, scale, o.max_ticks), bucket, most)


@dataclass(frozen=True)
class _Scale:
    start: date
    days: int
    left: int
    right: int

    def x(self, offset_days: float) -> float:
        return round(self.left + (self.right - self.left) * offset_days / self.days, 1)


def _buckets(days: tuple[DayCount, ...], scale: _Scale, bucket: int) -> dict[int, tuple[int, int]]:
    """(said, reported) per bucket index."""
    found: dict[int, tuple[int, int]] = {}
    for d in days:
        offset = (d.day - scale.start).days
        if 0 <= offset < scale.days:
            said, reported = found.get(offset // bucket, (0, 0))
            found[offset // bucket] = (said + d.said, reported + d.reported)
    return found


def _bars(actor_id: int, counts: dict[int, tuple[int, int]], scale: _Scale, bucket: int,
          most: int, baseline: float, o: ChartOptions) -> tuple[Bar, ...]:
    full = o.lane_height - 10
    slot = scale.x(bucket) - scale.x(0)
    width = round(max(1.0, min(o.max_bar_width, slot - 1)), 1)
    bars = []
    for index, (said, reported) in sorted(counts.items()):
        first = scale.start + timedelta(days=index * bucket)
        last = first + timedelta(days=bucket - 1)
        said_h = round(full * said / most, 1) if said else 0.0
        reported_h = round(full * reported / most, 1) if reported else 0.0
        said_h, reported_h = (max(said_h, 2.0) if said else 0.0,
                              max(reported_h, 2.0) if reported else 0.0)
        bars.append(Bar(
            x=round(scale.x(index * bucket + bucket / 2) - width / 2, 1), width=width,
            said_y=round(baseline - said_h, 1), said_height=said_h,
            reported_y=round(baseline - said_h - reported_h, 1), reported_height=reported_h,
            said=said, reported=reported, first=first, last=last,
            href=links.with_query("/statements", {
                "speaker_id": actor_id, "since": first.isoformat(), "until": last.isoformat()})))
    return tuple(bars)


def _ticks(start: date, end: date, scale: _Scale, max_ticks: int) -> tuple[Tick, ...]:
    span = (end - start).days + 1
    if span > 3 * 365:
        marks = [date(y, 1, 1) for y in range(start.year + 1, end.year + 1)]
        fmt = "%Y"
    elif span > 62:
        marks = [date(y, m, 1) for y in range(start.year, end.year + 1) for m in range(1, 13)
                 if start < date(y, m, 1) <= end]
        fmt = "%Y-%m"
    else:
        marks = [start + timedelta(days=i) for i in range(span)]
        fmt = "%m-%d"
    step = max(1, math.ceil(len(marks) / max_ticks))
    centre = 0.5 if fmt == "%m-%d" else 0.0  # a day's tick sits over its bar
    return tuple(Tick(x=scale.x((m - start).days + centre), label=m.strftime(fmt))
                 for m in marks[::step])
