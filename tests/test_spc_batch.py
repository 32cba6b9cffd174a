"""spc_table / spc_points work out every indicator's SPC in one pass (spc._spc_many): they
must give exactly what spc() gives each series alone, whatever the lengths, gaps, ties,
spc_from and directions."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from xlkpi.compute.spc import DIRECTIONS, spc, spc_frames

# small integers make ties, points on the mean, runs and trends common
point = st.one_of(st.none(), st.integers(-3, 3), st.floats(-1e3, 1e3))
# 1 to 40 points, most of them past MIN_POINTS (an indicator with no rows has no series)
values = st.integers(1, 40).flatmap(lambda n: st.lists(point, min_size=n, max_size=n))
one = st.tuples(values, st.sampled_from(DIRECTIONS), st.one_of(st.none(), st.integers(-3, 3)),
                st.one_of(st.none(), st.integers(1, 20)))


def _frame(series) -> pd.DataFrame:
    parts = []
    for i, (vals, direction, target, start) in enumerate(series):
        parts.append(pd.DataFrame({
            "indicator_id": f"K{i:02d}", "month": np.arange(1, len(vals) + 1),
            "value": [np.nan if v is None else float(v) for v in vals],
            "direction": direction, "target": np.nan if target is None else float(target),
            "spc_from": np.nan if start is None else start}))
    # shuffled, so the grouping and the sort are exercised too
    return pd.concat(parts).sample(frac=1, random_state=0).reset_index(drop=True)


def _side(r, direction) -> list[str]:
    both = "down" if direction == "lower" else "up"
    return [both if u and d else "up" if u else "down" if d else ""
            for u, d in zip(r.up, r.down, strict=True)]


@settings(max_examples=150, deadline=None)
@given(st.lists(one, min_size=1, max_size=8))
def test_all_at_once_equals_one_series_at_a_time(series):
    table, points = spc_frames(_frame(series))
    assert table["indicator_id"].tolist() == [f"K{i:02d}" for i in range(len(series))]
    for i, (vals, direction, target, start) in enumerate(series):
        x = np.array([np.nan if v is None else float(v) for v in vals])
        months = np.arange(1, len(vals) + 1)
        if start is not None:
            x = x[months >= start]
        r = spc(x, direction, target)
        row = table.iloc[i]
        assert row["spc_points"] == r.n_points
        for got, want in ((row["spc_mean"], r.mean), (row["spc_lower"], r.lower),
                          (row["spc_upper"], r.upper)):
            assert got == want or (np.isnan(got) and np.isnan(want))
        assert (row["variation"], row["assurance"]) == (r.variation, r.assurance)
        mine = points[points["indicator_id"] == f"K{i:02d}"]
        assert mine["special"].tolist() == r.special.tolist()
        assert mine["side"].tolist() == _side(r, direction)
