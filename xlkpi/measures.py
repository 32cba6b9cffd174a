"""How each measure turns its parts into a value (DESIGN §4), and the one rounding rule.

Used twice on purpose: by validation, to check a team's `Value` against its own numerator and
denominator, and by the engine, on the pooled parts. Both must agree, so both call this.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

PER = {"percentage": 100.0, "rate": 10_000.0, "average": 1.0}
PART_MEASURES = ("percentage", "rate", "average")  # value = PER * numerator / denominator
SUMMED_MEASURES = ("count", "cost")  # value = numerator (or Value)


def value_from_parts(measure: pd.Series, numerator: pd.Series, denominator: pd.Series,
                     population: pd.Series | np.ndarray | None = None) -> pd.Series:
    """The value the parts give, NaN where they give none. A rate divides by the denominator
    when one is given, else by the under-18 `population`."""
    n = numerator.astype(float)
    d = denominator.astype(float)
    if population is not None:
        pop = pd.Series(np.asarray(population, dtype=float), index=n.index)
        d = d.where(~(measure.eq("rate") & d.isna()), pop)
    per = measure.map(PER).astype(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = per * n / d.where(d != 0)
    summed = measure.isin(SUMMED_MEASURES)
    return ratio.where(measure.isin(PART_MEASURES), n.where(summed))


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
