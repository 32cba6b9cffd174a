"""validate.completeness.due_returns and compute.values.periods work the due months out as an
indicator x month table; they must give the rows, in order and dtypes, of the plain cross
joins they replaced."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from xlkpi.compute.values import periods
from xlkpi.core.calendar import due
from xlkpi.validate.completeness import due_returns


def cross_join(given: pd.DataFrame, register) -> pd.DataFrame:
    """The reference: every indicator with every month, then the rules as filters."""
    months = np.arange(int(given["month"].min()), int(given["month"].max()) + 1)
    ind = register.indicators.assign(at=np.arange(len(register.indicators)))
    ind = ind[ind["figures_from"].eq("") & ind["teams"].map(len).gt(0)]
    grid = ind[["frequency", "teams", "at"]].reset_index(names="indicator_id").merge(
        pd.DataFrame({"month": months}), how="cross")
    grid = grid[due(grid["frequency"], grid["month"], register.fy_start_month)]
    first = given.groupby("indicator_id", observed=True)["month"].min()
    started = grid["indicator_id"].map(first)
    latest_due = grid.groupby("indicator_id")["month"].transform("max")
    grid = grid[np.where(started.notna(), grid["month"] >= started,
                         grid["month"] == latest_due)]
    return grid.reset_index(drop=True)


@pytest.mark.parametrize("which", ["shared_small_register", "default_register"])
@pytest.mark.parametrize("span", [(255, 255), (250, 262), (240, 276)])
@pytest.mark.parametrize("share", [0.0, 0.3, 1.0])
def test_due_returns_equals_the_cross_join(request, which, span, share):
    register = request.getfixturevalue(which)
    ids = register.indicators.index.to_numpy(object)
    rng = np.random.default_rng(len(ids) + span[0])
    chosen = ids[rng.random(len(ids)) < share] if share < 1 else ids
    months = rng.integers(span[0], span[1] + 1, size=max(len(chosen), 1) * 3)
    given = pd.DataFrame({
        "indicator_id": pd.Categorical(np.resize(chosen if len(chosen) else ids[:1],
                                                 len(months)), categories=ids),
        "month": months.astype(float)})
    if not len(chosen):  # nobody returned anything: only the month range remains
        given = given.assign(indicator_id=pd.Categorical([None] * len(given), categories=ids))
    pd.testing.assert_frame_equal(due_returns(given, register), cross_join(given, register))


def every_period(register, first: int, last: int) -> pd.DataFrame:
    """The reference for periods: every indicator with every month, the due ones kept."""
    ind = register.indicators
    grid = pd.DataFrame({"indicator_id": ind.index}).merge(
        pd.DataFrame({"month": np.arange(first, last + 1)}), how="cross")
    freq = grid["indicator_id"].map(ind["frequency"])
    return grid[due(freq, grid["month"], register.fy_start_month)].reset_index(drop=True)


@pytest.mark.parametrize("which", ["shared_small_register", "default_register"])
@pytest.mark.parametrize("span", [(255, 255), (250, 262), (240, 276), (252, 251)])
def test_periods_equal_the_cross_join(request, which, span):
    register = request.getfixturevalue(which)
    pd.testing.assert_frame_equal(periods(register, *span), every_period(register, *span))
