"""How each measure turns its parts into a value (DESIGN §4), and the one rounding rule.

Used twice on purpose: by validation, to check a team's `Value` against its own numerator and
denominator, and by the engine, on the pooled parts. Both must agree, so both call this.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from xlkpi.core.vocabulary import PER, SUMMED_MEASURES


def value_from_parts(measure: pd.Series, numerator: pd.Series, denominator: pd.Series,
                     population: pd.Series | np.ndarray | None = None) -> pd.Series:
    """The value the parts give, NaN where they give none. A rate divides by the denominator
    when one is given, else by the under-18 `population`."""
    codes, kinds = pd.factorize(measure, use_na_sentinel=False)  # a few measures, many rows
    per = np.array([PER.get(k, np.nan) for k in kinds])[codes]
    rate = np.array([k == "rate" for k in kinds], dtype=bool)[codes]
    summed = np.array([k in SUMMED_MEASURES for k in kinds], dtype=bool)[codes]
    n = numerator.to_numpy(float)
    d = denominator.to_numpy(float)
    if population is not None:
        d = np.where(rate & np.isnan(d), np.asarray(population, dtype=float), d)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = per * n / np.where(d != 0, d, np.nan)
    value = np.where(summed, n, ratio)  # per is NaN for yesno, score and assessed
    return pd.Series(value, index=numerator.index)


def round_half_up(values, decimals) -> np.ndarray:
    """Round half away from zero at `decimals` places (89.95 -> 90.0 at 1 place).

    Binary floats hold 89.95 as 89.9499999...; rounding the scaled value to 6 places first
    removes that representation noise before the half-up step."""
    x = np.asarray(values, dtype=float)
    scale = np.power(10.0, np.asarray(decimals, dtype=float))
    scaled = np.round(x * scale, 6)
    return np.sign(scaled) * np.floor(np.abs(scaled) + 0.5) / scale


def typed_precision(values, decimals) -> np.ndarray:
    """Fewest decimal places (at most `decimals`) that hold each value as typed: 74 -> 0."""
    x = np.asarray(values, dtype=float)
    top = np.broadcast_to(np.asarray(decimals, dtype=float), x.shape)
    out = top.copy()
    for k in range(6, -1, -1):
        exact = np.abs(x - np.round(x, k)) < 1e-9
        out = np.where(exact & (k <= top), k, out)
    return out
