"""The Trends tab's SPC charts (DESIGN §6a): which points each indicator has, what its chart
says in words (the alt text), and the native Excel line chart that draws it.

Each chart is drawn from cells of the Trends table (trends_tab.py): the points, the mean and
the two limits as lines, and the special-cause points as separate marker series whose names
say what they are (colour is never the only signal). With fewer than spc.MIN_POINTS points a
chart shows the points alone.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from dataclasses import dataclass

import numpy as np
import pandas as pd
import xlsxwriter
from xlsxwriter.chart import Chart

from xlkpi.compute.spc import MIN_POINTS
from xlkpi.compute.values import NO_SPC
from xlkpi.core import calendar
from xlkpi.core.register import Register
from xlkpi.core.vocabulary import RED
from xlkpi.write import chart_xml
from xlkpi.write.styles import (
    BLACK,
    DARK_BLUE,
    DARK_GREY,
    LIGHT_GREY,
    MID_GREY,
    RAG_COLOURS,
    WHITE,
    format_value,
)

UP, DOWN = "up", "down"
# Special-cause points: colour (blue for an improvement as in Making Data Count, red for a
# concern, black for a change that is neither; from the report's palette, each at least 3:1
# against white, WCAG 1.4.11), shape (up points are triangles, down points squares) and, above
# all, a name in the legend.
IMPROVEMENT_COLOUR = DARK_BLUE
CONCERN_COLOUR = RAG_COLOURS[RED][0]
NEUTRAL_COLOUR = BLACK
MARKERS = {UP: "triangle", DOWN: "square"}
VALUE_COLOUR = MID_GREY  # the points and the line joining them
MEAN_COLOUR = BLACK  # dashed
LIMIT_COLOUR = DARK_GREY  # dotted
CHART_FONT = {"name": "Arial", "size": 10, "color": BLACK}
TITLE_FONT = {"name": "Arial", "size": 11, "bold": True, "color": BLACK}
EXCEL_EPOCH = dt.date(1899, 12, 30)
UNITS = {"monthly": ("month", "months"), "quarterly": ("quarter", "quarters")}
_SIGNAL = ("spc_mean", "spc_lower", "spc_upper", "variation")  # what a chart takes of its signal


@dataclass(frozen=True)
class Points:
    """One indicator's SPC points, in period order, with what its chart shows."""

    iid: str
    title: str
    measure: str
    decimals: int
    frequency: str
    direction: str
    months: tuple[int, ...]
    values: tuple[float, ...]
    sides: tuple[str, ...]  # 'up', 'down' or '' per point
    mean: float | None  # None with fewer than MIN_POINTS points (the chart has no lines)
    lower: float | None
    upper: float | None
    variation: str  # the latest point's Variation word (DESIGN §6a)

    @property
    def n(self) -> int:
        return len(self.values)

    @property
    def limits(self) -> bool:
        return self.mean is not None and self.lower is not None and self.upper is not None

    def kind(self, side: str) -> str:
        """What a special-cause point on `side` means for this indicator: Improvement,
        Concern, or Up / Down for a direction that is never better or worse."""
        if self.direction == "higher":
            return "Improvement" if side == UP else "Concern"
        if self.direction == "lower":
            return "Concern" if side == UP else "Improvement"
        return "Up" if side == UP else "Down"


def _number(v) -> float | None:
    return None if v is None or pd.isna(v) else float(v)


def charted_points(results: pd.DataFrame, register: Register, period: int) -> list[Points]:
    """The SPC points of every charted indicator (monthly or quarterly, not yesno or
    assessed), in register order: its single-period values up to `period`, from `SPC from`,
    as compute.values._signal takes them; indicators without a point are left out."""
    ind = register.indicators
    value = "single_value" if "single_value" in results else "value"
    frame = results[["indicator_id", "month", value]].rename(columns={value: "point"})
    frame["measure"] = frame["indicator_id"].map(ind["measure"])
    frame["frequency"] = frame["indicator_id"].map(ind["frequency"])
    start = frame["indicator_id"].map(ind["spc_from"]) if "spc_from" in ind else np.nan
    start = pd.to_numeric(start, errors="coerce")
    keep = (~frame["measure"].isin(NO_SPC) & frame["frequency"].ne("annual")
            & (frame["month"] <= period) & frame["point"].notna() & ~(frame["month"] < start))
    sides = results["special_cause"].fillna("").astype(str) if "special_cause" in results \
        else pd.Series("", index=results.index)
    frame["side"] = sides
    frame = frame[keep].sort_values(["indicator_id", "month"], kind="stable")
    # the mean, limits and Variation sit on each indicator's latest charted row
    signal = results[results["variation"].fillna("").ne("")] if "variation" in results \
        else results.iloc[:0]
    signal = signal.drop_duplicates("indicator_id", keep="last").set_index("indicator_id")
    out = []
    groups = frame.groupby("indicator_id", sort=False).indices  # positions in frame
    months, points = frame["month"].to_numpy(), frame["point"].to_numpy(dtype=float)
    sides_of = frame["side"].to_numpy(dtype=object)
    about = ind[["title", "measure", "decimals", "frequency", "direction"]].to_dict("index")
    signals = signal[[c for c in _SIGNAL if c in signal]].to_dict("index")
    for iid in ind.index:
        rows = groups.get(iid)
        if rows is None:
            continue
        row, info = signals.get(iid), about[iid]
        n = len(rows)
        mean = lower = upper = None
        if row is not None and n >= MIN_POINTS:
            mean, lower, upper = (_number(row[c]) for c in ("spc_mean", "spc_lower",
                                                            "spc_upper"))
        out.append(Points(
            iid=str(iid), title=str(info["title"]), measure=str(info["measure"]),
            decimals=int(info["decimals"]), frequency=str(info["frequency"]),
            direction=str(info["direction"]),
            months=tuple(months[rows].astype(np.int64).tolist()),
            values=tuple(points[rows].tolist()),
            sides=tuple(sides_of[rows]) if mean is not None else ("",) * n,
            mean=mean, lower=lower, upper=upper,
            variation=str(row["variation"]) if row is not None else f"Too few points ({n})"))
    return out


# --- what a chart says ---------------------------------------------------------------------
def alt_text(p: Points) -> str:
    """The chart in words, for a screen reader: what it covers, the mean and limits, where the
    latest point sits and what that means, and how many points are special causes. E.g.
    'TB01 % of referrals …: 24 months (Apr-19 to Mar-21), mean 82.8%, limits 77.6% to 88.0%;
    latest (Mar-21) 90.6% above the upper limit: special cause improvement. Special-cause
    points: 9 improvement, 9 concern.'"""
    def shown(v: float) -> str:
        return format_value(v, p.measure, p.decimals)

    one, many = UNITS.get(p.frequency, ("point", "points"))
    span = calendar.month_label(p.months[0])
    if p.n > 1:
        span += f" to {calendar.month_label(p.months[-1])}"
    head = f"{p.iid} {p.title.rstrip('. ')}: {p.n} {one if p.n == 1 else many} ({span})"
    latest = f"latest ({calendar.month_label(p.months[-1])}) {shown(p.values[-1])}"
    if not p.limits:
        low, high = min(p.values), max(p.values)
        spread = f", lowest {shown(low)}, highest {shown(high)}" if p.n > 1 else ""
        return f"{head}, {latest}{spread}. Too few points ({p.n}) for limits."
    if p.values[-1] > p.upper:
        where = "above the upper limit"
    elif p.values[-1] < p.lower:
        where = "below the lower limit"
    else:
        where = "within the limits"
    word = p.variation
    verdict = {"Improvement": "special cause improvement", "Concern": "special cause concern",
               "Special cause": "special cause variation",
               "Common cause": "common cause variation"}.get(word, word.lower())
    text = (f"{head}, mean {shown(p.mean)}, limits {shown(p.lower)} to {shown(p.upper)}; "
            f"{latest} {where}: {verdict}.")
    counts = [(p.sides.count(side), p.kind(side).lower()) for side in special_order(p)]
    if any(k for k, _ in counts):
        text += " Special-cause points: " + ", ".join(f"{k} {w}" for k, w in counts if k) + "."
    return text


def special_order(p: Points) -> tuple[str, str]:
    """The sides in the order the legend and alt text name them: improvement first."""
    return (DOWN, UP) if p.direction == "lower" else (UP, DOWN)


def series_name(p: Points, side: str) -> str:
    """The legend's name of a special-cause series: it says what the points are."""
    kind = p.kind(side)
    if kind in ("Up", "Down"):
        return f"Special cause ({kind.lower()})"
    return f"{kind} (special cause)"


def marker_colour(p: Points, side: str) -> str:
    return {"Improvement": IMPROVEMENT_COLOUR, "Concern": CONCERN_COLOUR}.get(p.kind(side),
                                                                             NEUTRAL_COLOUR)


def axis_range(p: Points) -> tuple[float, float, float]:
    """(min, max, major unit) of the value axis: the points and limits with a margin, at round
    numbers, never below zero (every measure is a count, share or amount)."""
    shown = [*p.values, *((p.lower, p.upper) if p.limits else ())]
    low, high = min(shown), max(shown)
    span = high - low
    if span <= 0:  # a flat line: in the middle of a band around it
        span = max(abs(high) * 0.2, 1.0)
        low, high = low - span / 2, high + span / 2
    step = nice_step(span / 5)
    lo = math.floor((low - 0.05 * span) / step) * step
    hi = math.ceil((high + 0.05 * span) / step) * step
    if min(p.values) >= 0:
        lo = max(lo, 0.0)
    if p.measure == "percentage" and max(p.values) <= 100:
        hi = min(hi, 100.0)
    if hi <= lo:
        hi = lo + step
    return lo, hi, step


def nice_step(raw: float) -> float:
    """The round number (1, 2, 2.5 or 5 times a power of ten) at or above `raw`."""
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * power * (1 + 1e-9):
            return m * power
    return 10 * power


# --- the chart -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Cells:
    """Where one indicator's chart data sits: the sheet's name, its first and last row
    (0-based) and the column of each series."""

    sheet: str
    first: int
    last: int
    period: int
    value: int
    mean: int
    lower: int
    upper: int
    up: int
    down: int

    def ref(self, col: int) -> list:
        return [self.sheet, self.first, col, self.last, col]

    @staticmethod
    @functools.cache  # each month's serial made once: its cells and 150 charts' periods
    def serial(month: int) -> int:
        """A month index as the Excel date serial of its first day (the Period cells)."""
        return (dt.date(month // 12, month % 12 + 1, 1) - EXCEL_EPOCH).days


def line_chart(wb: xlsxwriter.Workbook, p: Points, cells: Cells, num_format: str | None,
               size: tuple[int, int]) -> Chart:
    """A native line chart of `p` from `cells`: points, mean and limits (when it has them),
    special-cause marker series (only those it has), sized `size` (pixels); blanks are gaps."""
    spec = chart_xml.LineChart(size={"width": size[0], "height": size[1]})
    categories = cells.ref(cells.period)
    digits = f".{p.decimals + 3}f"

    def cached(values) -> list[str | None]:
        """What the chart caches of a series (Excel and LibreOffice redraw from the cells):
        rounded past what any label shows, to keep the file small."""
        return [None if v is None else format(v, digits).rstrip("0").rstrip(".")
                for v in values]

    dates = [cells.serial(m) for m in p.months]
    value_texts = cached(p.values)
    spec.series.append({
        "name": "Value", "categories": categories, "categories_data": dates,
        "values": cells.ref(cells.value), "values_data": value_texts,
        "line": {"color": VALUE_COLOUR, "width": 1.5},
        "marker": {"type": "circle", "size": 4, "fill": {"color": VALUE_COLOUR},
                   "border": {"color": VALUE_COLOUR}},
    })
    if p.limits:
        # the other series share the first one's periods: a line chart's category axis is
        # the first series' (in Excel and LibreOffice), and leaving the others' out saves a
        # sixth of the charts' writing time
        lines = (("Mean", cells.mean, p.mean, MEAN_COLOUR, 1.25, "dash"),
                 ("Upper limit", cells.upper, p.upper, LIMIT_COLOUR, 1.5, "round_dot"),
                 ("Lower limit", cells.lower, p.lower, LIMIT_COLOUR, 1.5, "round_dot"))
        for name, col, v, colour, width, dash in lines:
            spec.series.append({"name": name, "values": cells.ref(col),
                                "values_data": cached([v]) * p.n, "marker": {"type": "none"},
                                "line": {"color": colour, "width": width, "dash_type": dash}})
        for side in special_order(p):
            if side not in p.sides:
                continue
            col = cells.up if side == UP else cells.down
            colour = marker_colour(p, side)
            # the special points' texts are their values' (made once, above)
            special = [t if s == side else None
                       for t, s in zip(value_texts, p.sides, strict=True)]
            spec.series.append({
                "name": series_name(p, side), "values": cells.ref(col),
                "values_data": special, "line": {"none": True},
                "marker": {"type": MARKERS[side], "size": 8, "fill": {"color": colour},
                           "border": {"color": colour}},
            })
    spec.title = {"name": f"{p.iid} {p.title}", "name_font": TITLE_FONT, "overlay": False}
    low, high, step = axis_range(p)
    spec.y_axis = {"min": low, "max": high, "major_unit": step,
                   "num_format": num_format or "General", "num_font": CHART_FONT,
                   "major_gridlines": {"visible": True,
                                       "line": {"color": LIGHT_GREY, "width": 0.75}},
                   "line": {"none": True}}
    spec.x_axis = {"text_axis": True, "num_format": "mmm-yy", "num_font": CHART_FONT,
                   "interval_unit": label_interval(p.n), "interval_tick": 1,
                   "major_tick_mark": "outside", "line": {"color": MID_GREY}}
    # the points alone need no legend
    spec.legend = {"position": "bottom", "font": CHART_FONT} if p.limits else {"none": True}
    spec.chartarea = {"border": {"color": LIGHT_GREY}, "fill": {"color": WHITE}}
    return chart_xml.add_line_chart(wb, spec)


def label_interval(n: int) -> int:
    """Every how many points the period axis is labelled (all up to 12, then every third,
    sixth or twelfth), so that the labels never crowd."""
    return 1 if n <= 12 else 3 if n <= 24 else 6 if n <= 60 else 12
