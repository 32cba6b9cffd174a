"""Statistical process control: NHS England "Making Data Count" XmR charts (DESIGN §6a).

Pure numpy/pandas. The method follows NHSRplotthedots (R/ptd_spc_standard.R,
R/ptd_calculate_point_type.R, R/ptd_calculate_assurance_type.R) except where DESIGN §6a
says otherwise: the moving range is not screened for outliers, a period without a value is
skipped (it does not break the moving range or a run), points beyond a limit count towards
"two of three", a point flagged on both sides reads as Improvement, and a series needs 15
points before it gets limits.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

LIMIT = 2.66  # 3 sigma = 3 / d2 (d2 = 1.128 for moving ranges of two points)
NEAR = 2 * LIMIT / 3  # the two-sigma line
MIN_POINTS = 15
RUN = 7  # points in a shift or a trend
Z95 = 1.959963984540054
DIRECTIONS = ("higher", "lower", "maintain", "none")
# "Exactly on the mean" and "strictly beyond a line" are judged to this fraction of the data's
# size, so float rounding (sum([0.1, 0.2, 0.3]) / 3 != 0.2) cannot put a point off the mean.
REL_TOL = 1e-9

_NAN = float("nan")


@dataclass(frozen=True, eq=False)
class SpcResult:
    """One series' SPC: centre line, limits, per-point special-cause sides, the two words.

    `up`/`down`/`special` are read-only boolean arrays, one element per point (NaNs removed).
    With fewer than MIN_POINTS points the limits are NaN, the flags all False and `mean` is
    still the mean of the points (NaN when there are none).
    """

    n_points: int
    mean: float
    lower: float
    upper: float
    lower_2s: float
    upper_2s: float
    up: np.ndarray
    down: np.ndarray
    special: np.ndarray
    variation: str
    assurance: str


def _in_runs(mask: np.ndarray, length: int) -> np.ndarray:
    """True for every element of a run of at least `length` consecutive Trues in `mask`."""
    edges = np.diff(np.concatenate(([0], mask.astype(np.int8), [0])))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    long = ends - starts >= length
    marks = np.zeros(mask.size + 1, dtype=np.int64)
    marks[starts[long]] += 1  # +1 where a long run starts, -1 just after it ends
    marks[ends[long]] -= 1
    return np.cumsum(marks[:-1]) > 0


def _trend(steps: np.ndarray) -> np.ndarray:
    """Points of a trend: RUN points are RUN - 1 steps; a step flags the points at both ends."""
    runs = _in_runs(steps, RUN - 1)
    return np.concatenate((runs, [False])) | np.concatenate(([False], runs))


def _two_of_three(beyond: np.ndarray, side: np.ndarray) -> np.ndarray:
    """Points beyond the two-sigma line inside 3 consecutive points that are all on `side`
    of the mean with at least 2 beyond (NHSRplotthedots' ptd_two_in_three)."""
    if beyond.size < 3:
        return np.zeros(beyond.size, dtype=bool)
    b = beyond.astype(np.int8)
    window = (b[:-2] + b[1:-1] + b[2:] >= 2) & side[:-2] & side[1:-1] & side[2:]
    w = np.concatenate(([False, False], window, [False, False]))
    # point i lies in the windows starting at i-2, i-1 and i
    return beyond & (w[:-2] | w[1:-1] | w[2:])


def _flags(x: np.ndarray, mean, amr, tol) -> tuple[np.ndarray, np.ndarray]:
    """(up, down) special-cause flags of the points `x` for the given centre, mean MR and
    tolerance: scalars for one series, or one value a position for many series laid end to
    end with a NaN between them (a NaN compares False, so no rule reaches across it)."""
    dev = x - mean
    above, below = dev > tol, dev < -tol
    limit, near = LIMIT * amr + tol, NEAR * amr + tol
    step = np.diff(x)
    up = (dev > limit) | _in_runs(above, RUN) | _trend(step > 0) | _two_of_three(dev > near, above)
    down = (
        (dev < -limit) | _in_runs(below, RUN) | _trend(step < 0) | _two_of_three(dev < -near, below)
    )
    return up, down


def _variation(up: bool, down: bool, direction: str) -> str:
    if not (up or down):
        return "Common cause"
    if direction in ("maintain", "none"):
        return "Special cause"
    if up and down:
        return "Improvement"  # as the Making Data Count tool does
    return "Improvement" if up == (direction == "higher") else "Concern"


def _assurance(target: float | None, direction: str, lower: float, upper: float) -> str:
    if target is None or np.isnan(target) or direction not in ("higher", "lower"):
        return ""
    if direction == "higher":
        return "Fail" if target > upper else "Pass" if target <= lower else "Hit and miss"
    return "Fail" if target < lower else "Pass" if target >= upper else "Hit and miss"


def _frozen(a: np.ndarray) -> np.ndarray:
    a.setflags(write=False)
    return a


def spc(values: np.ndarray | pd.Series, direction: str, target: float | None = None) -> SpcResult:
    """SPC of one indicator's points, in period order; NaNs are dropped here (skipped, so the
    points either side of a gap are consecutive). `direction` is higher, lower, maintain or
    none; `target` None or NaN means no target."""
    if direction not in DIRECTIONS:
        raise ValueError(f"direction must be one of {DIRECTIONS}, not {direction!r}")
    if isinstance(values, pd.Series):  # nullable dtypes hold pd.NA, which asarray refuses
        values = values.to_numpy(dtype=float, na_value=np.nan)
    x = np.asarray(values, dtype=float).ravel()
    x = x[~np.isnan(x)]
    n = int(x.size)
    mean = float(x.mean()) if n else _NAN
    if n < MIN_POINTS:
        none = _frozen(np.zeros(n, dtype=bool))
        return SpcResult(
            n, mean, _NAN, _NAN, _NAN, _NAN, none, none, none, f"Too few points ({n})", ""
        )
    amr = float(np.abs(np.diff(x)).mean())
    up, down = _flags(x, mean, amr, REL_TOL * float(np.abs(x).max()))
    lower, upper = mean - LIMIT * amr, mean + LIMIT * amr
    return SpcResult(
        n_points=n,
        mean=mean,
        lower=lower,
        upper=upper,
        lower_2s=mean - NEAR * amr,
        upper_2s=mean + NEAR * amr,
        up=_frozen(up),
        down=_frozen(down),
        special=_frozen(up | down),
        variation=_variation(bool(up[-1]), bool(down[-1]), direction),
        assurance=_assurance(target, direction, lower, upper),
    )


@dataclass(frozen=True, eq=False)
class _Batch:
    """Every indicator's SPC at once: per series (in indicator order) its id, direction,
    point count and SpcResult's scalars; per point (series after series) month, value and
    the up/down flags. The same numbers as spc() on each series (tests/test_spc.py)."""

    ids: list
    directions: np.ndarray
    sizes: np.ndarray
    mean: np.ndarray
    lower: np.ndarray
    upper: np.ndarray
    variation: list[str]
    assurance: list[str]
    months: np.ndarray
    values: np.ndarray
    up: np.ndarray
    down: np.ndarray


def _series(frame: pd.DataFrame) -> _Batch:
    """The SPC of each indicator's points. Direction, target and spc_from are read from
    each indicator's first row."""
    f = frame.sort_values(["indicator_id", "month"], kind="stable")
    months = f["month"].to_numpy()
    values = f["value"].to_numpy(dtype=float, na_value=np.nan)
    start = pd.to_numeric(f["spc_from"], errors="coerce").to_numpy(dtype=float)
    target = pd.to_numeric(f["target"], errors="coerce").to_numpy(dtype=float)
    # a NaN spc_from compares False, so it keeps every month
    keep = ~np.isnan(values) & ~(months < start)
    groups = f.groupby("indicator_id", sort=False).indices
    rows = list(groups.values())
    firsts = np.array([r[0] for r in rows], dtype=np.int64)
    directions = f["direction"].to_numpy()[firsts]
    bad = [d for d in directions if d not in DIRECTIONS]
    if bad:
        raise ValueError(f"direction must be one of {DIRECTIONS}, not {bad[0]!r}")
    every = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    pts = every[keep[every]]
    sizes = np.array([np.count_nonzero(keep[r]) for r in rows], dtype=np.int64)
    return _spc_many(list(groups), directions, target[firsts], sizes, months[pts],
                     values[pts])


def _spc_many(ids: list, directions: np.ndarray, target: np.ndarray, sizes: np.ndarray,
              months: np.ndarray, x: np.ndarray) -> _Batch:
    ends = np.cumsum(sizes)
    starts = ends - sizes
    # each series' mean and mean moving range by numpy's own mean of its slice, so the
    # sums round exactly as spc()'s do
    mean = np.array([x[a:b].mean() if b > a else _NAN for a, b in zip(starts, ends, strict=True)])
    moves = np.abs(np.diff(x))
    amr = np.array([moves[a:b - 1].mean() if b - a >= MIN_POINTS else _NAN
                    for a, b in zip(starts, ends, strict=True)])
    long, some = sizes >= MIN_POINTS, sizes > 0
    tol = np.full(sizes.size, _NAN)
    if some.any():  # reduceat over the non-empty series' starts: each reduces its own slice
        tol[some] = REL_TOL * np.maximum.reduceat(np.abs(x), starts[some])
    up, down = _padded_flags(x, sizes, long, mean, amr, tol)
    lower, upper = mean - LIMIT * amr, mean + LIMIT * amr
    variation, assurance = [], []
    for i, n in enumerate(sizes.tolist()):
        if n < MIN_POINTS:
            variation.append(f"Too few points ({n})")
            assurance.append("")
            continue
        last = ends[i] - 1
        variation.append(_variation(bool(up[last]), bool(down[last]), directions[i]))
        assurance.append(_assurance(target[i], directions[i], lower[i], upper[i]))
    return _Batch(ids, directions, sizes, mean, lower, upper, variation, assurance,
                  months, x, up, down)


def _padded_flags(x: np.ndarray, sizes: np.ndarray, long: np.ndarray, mean: np.ndarray,
                  amr: np.ndarray, tol: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """_flags of every series with MIN_POINTS points in one pass: the series end to end,
    a NaN after each, the short series NaN throughout (so they get no flags)."""
    series = np.repeat(np.arange(sizes.size), sizes)
    at = np.arange(x.size) + series  # point j of the concatenation, shifted by its pads
    padded = np.full(x.size + sizes.size, _NAN)
    padded[at] = np.where(long[series], x, _NAN)
    each = [np.full(padded.size, _NAN) for _ in range(3)]
    for spread, per_series in zip(each, (mean, amr, tol), strict=True):
        spread[at] = per_series[series]
    up, down = _flags(padded, *each)
    return up[at], down[at]


def spc_table(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per indicator: indicator_id, spc_points, spc_mean, spc_lower, spc_upper,
    variation, assurance. `frame` has indicator_id, month (int), value (NaN = skipped),
    direction, target (NaN = none), spc_from (month, or NaN/None = from the first value);
    months before spc_from are left out."""
    return _table(_series(frame))


def spc_points(frame: pd.DataFrame) -> pd.DataFrame:
    """Per point, for charts: indicator_id, month, value, mean, lower, upper, special, side.

    Same input as spc_table; only the points (a value, from spc_from) get a row. `side` is
    'up', 'down' or ''; a point flagged on both sides takes the side that reads as
    Improvement ('down' for direction lower, else 'up'), matching the Variation word."""
    return _points(_series(frame))


def spc_frames(frame: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(spc_table, spc_points) of `frame`, each series' SPC worked out once for both."""
    series = _series(frame)
    return _table(series), _points(series)


def _table(b: _Batch) -> pd.DataFrame:
    rows = list(zip(b.ids, b.sizes.tolist(), b.mean.tolist(), b.lower.tolist(),
                    b.upper.tolist(), b.variation, b.assurance, strict=True))
    columns = ["indicator_id", "spc_points", "spc_mean", "spc_lower", "spc_upper"]
    return pd.DataFrame(rows, columns=[*columns, "variation", "assurance"])


def _points(b: _Batch) -> pd.DataFrame:
    """The points of every series in one frame, built from whole arrays."""
    columns = ["indicator_id", "month", "value", "mean", "lower", "upper", "special", "side"]
    if not b.ids:
        return pd.DataFrame(columns=columns)
    both = np.where(np.repeat(b.directions == "lower", b.sizes), "down", "up")
    side = np.where(b.up & b.down, both, np.where(b.up, "up", np.where(b.down, "down", "")))
    return pd.DataFrame({
        "indicator_id": np.repeat(np.array(b.ids, dtype=object), b.sizes),
        "month": b.months,
        "value": b.values,
        **{name: np.repeat(getattr(b, name), b.sizes) for name in ("mean", "lower", "upper")},
        "special": b.up | b.down,
        "side": side.astype(object),
    })[columns]


def wilson(numerator, denominator) -> tuple[np.ndarray, np.ndarray]:
    """95% Wilson score interval (lower, upper) for numerator / denominator, on the 0-100
    scale, elementwise; NaN where the denominator is 0, negative or NaN."""
    k = np.asarray(numerator, dtype=float)
    n = np.asarray(denominator, dtype=float)
    n = np.where(n > 0, n, np.nan)
    z2 = Z95 * Z95
    with np.errstate(invalid="ignore", divide="ignore"):
        p = k / n
        scale = 1 + z2 / n
        centre = (p + z2 / (2 * n)) / scale
        half = Z95 * np.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / scale
    # clip only float rounding at k = 0 and k = n (NaN stays NaN)
    return np.clip(100 * (centre - half), 0, 100), np.clip(100 * (centre + half), 0, 100)
