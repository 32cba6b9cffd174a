"""RAG ratings (DESIGN §5), as pure functions over whole columns.

Values (this period's and the previous one) are rounded half-up to the indicator's decimals
first; target and tolerance are used as given. For `higher` (mirrored for `lower`):
    Green   value >= target
    Yellow  target - tolerance <= value < target          (the bound is inclusive)
    Amber   value < target - tolerance, and value > previous value (it improved)
    Red     value < target - tolerance, no improvement or no previous value
`maintain`: Green on target, Yellow within tolerance, Amber closer to target than the
previous value, else Red. `yesno`: Green when the answer is the target, else Red. `assessed`:
the rating the team returned (TBC when blank). No target: TBC. No value: No data.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from xlkpi.compute.frames import left_join
from xlkpi.core.measures import round_half_up
from xlkpi.core.vocabulary import AMBER, GREEN, NO_DATA, RED, TBC, YELLOW

_EPS = 1e-9  # float noise in target ± tolerance (25.8 - 1.6 = 24.200000000000003)


def threshold(target: pd.Series, tolerance: pd.Series, direction: pd.Series) -> pd.Series:
    """The tolerance bound: target - tolerance (higher), target + tolerance (lower);
    NaN for maintain, whose tolerance works both ways."""
    t, tol = target.astype(float), tolerance.astype(float).fillna(0)
    out = np.where(direction.eq("lower"), t + tol, t - tol)
    return pd.Series(np.round(out, 9), index=target.index).where(~direction.eq("maintain"))


def rounded(frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """`frame`'s value and previous_value rounded half-up to its decimals: what rate, change
    and trend compare (rate_results rounds them once for all three)."""
    dec = frame["decimals"].to_numpy(float)
    return round_half_up(frame["value"], dec), round_half_up(frame["previous_value"], dec)


def rate(frame: pd.DataFrame, values: tuple[np.ndarray, np.ndarray] | None = None
         ) -> pd.Series:
    """RAG for every row of `frame`, which holds: measure, direction, decimals, value,
    previous_value, target, tolerance, returned_rag, has_return. `values`: `rounded(frame)`,
    if already worked out."""
    v, p = values or rounded(frame)
    t = frame["target"].to_numpy(float)
    tol = frame["tolerance"].fillna(0).to_numpy(float)
    direction = frame["direction"].to_numpy(str)
    measure = frame["measure"].to_numpy(str)

    higher, lower = direction == "higher", direction == "lower"
    maintain = direction == "maintain"
    # Measure each value as "how far short of target" so higher and lower share one rule.
    short = np.select([higher, lower], [t - v, v - t], np.abs(v - t))
    short_prev = np.select([higher, lower], [t - p, p - t], np.abs(p - t))
    on_target = np.where(maintain, np.abs(v - t) <= _EPS, short <= _EPS)
    within = short <= tol + _EPS
    improved = ~np.isnan(p) & (short < short_prev - _EPS)
    numeric = np.select([on_target, within, improved], [GREEN, YELLOW, AMBER], RED)

    yesno = np.where(np.abs(v - t) <= _EPS, GREEN, RED)
    returned = frame["returned_rag"].fillna("").to_numpy(str)
    assessed = np.where(returned == "", TBC, returned)
    has_return = frame["has_return"].to_numpy(bool)

    # No data comes before TBC (DESIGN §5); direction `none` has no target, so always TBC
    return pd.Series(np.select(
        [measure == "assessed", np.isnan(v), np.isnan(t) | (direction == "none"),
         measure == "yesno"],
        [np.where(has_return, assessed, NO_DATA), NO_DATA, TBC, yesno],
        numeric), index=frame.index)


def change(frame: pd.DataFrame, values: tuple[np.ndarray, np.ndarray] | None = None
           ) -> pd.Series:
    """Whether the value moved the better way since the previous period, as a number: +1
    better, -1 worse, 0 the same (both rounded half-up to the indicator's decimals), NaN when
    it cannot be said (no value, no previous value, `maintain` without a target, `none`).
    `frame` holds: decimals, value, previous_value, target, direction; `values` as for rate."""
    v, p = values or rounded(frame)
    t = frame["target"].to_numpy(float)
    direction = frame["direction"].to_numpy(str)
    moved = v - p
    gain = np.select(
        [direction == "higher", direction == "lower"], [moved, -moved],
        np.abs(p - t) - np.abs(v - t))  # maintain: getting closer to target is better
    gain = np.where(direction == "none", np.nan, gain)  # context figures: never better or worse
    out = np.select([np.isnan(gain), np.abs(gain) <= _EPS, gain > 0], [np.nan, 0.0, 1.0], -1.0)
    return pd.Series(out, index=frame.index)


def trend(frame: pd.DataFrame, values: tuple[np.ndarray, np.ndarray] | None = None,
          gain: pd.Series | None = None) -> pd.Series:
    """Direction of travel since the previous period: '↑ better', '↓ worse', '→ same', ''.
    Arrows show which way the number moved; the word (from `change`, or `gain` if it was
    worked out) says whether that is good. `values` as for rate."""
    v, p = values = values or rounded(frame)
    moved = v - p
    arrow = np.select([moved > _EPS, moved < -_EPS, np.abs(moved) <= _EPS], ["↑", "↓", "→"], "")
    gain = (change(frame, values) if gain is None else gain).to_numpy(float)
    word = np.select([np.isnan(gain), gain == 0, gain > 0], ["", "same", "better"], "worse")
    out = np.where(arrow == "", "", np.char.add(np.char.add(arrow.astype(str), " "),
                                                word.astype(str)))
    return pd.Series(np.char.strip(out.astype(str)), index=frame.index)


def rate_results(values: pd.DataFrame) -> pd.DataFrame:
    """The computed values (compute.values.VALUE_COLUMNS) with their threshold, RAG, the
    previous period's RAG ('' before the values begin), change (+1/0/-1) and trend."""
    out = values.copy()
    out["threshold"] = threshold(out["target"], out["tolerance"], out["direction"])
    values = rounded(out)
    out["rag"] = rate(out, values)
    out["change"] = change(out, values)
    out["trend"] = trend(out, values, out["change"])
    previous = out[["indicator_id", "month", "rag"]].rename(
        columns={"month": "previous_month", "rag": "previous_rag"})
    out = left_join(out, previous, ["indicator_id", "previous_month"])
    out["previous_rag"] = out["previous_rag"].fillna("")
    return out
