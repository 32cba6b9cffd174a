"""SPC (Making Data Count XmR charts, DESIGN §6a): hand-worked series for every rule, words
and assurance, the Wilson interval, and properties (shift, scale, mirror, flat, a slow
exact reference)."""

from __future__ import annotations

from fractions import Fraction
from itertools import pairwise

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xlkpi.compute.spc import NEAR, SpcResult, spc, spc_points, spc_table, wilson

# Noise that sits either side of its centre (period 2), so it makes no pattern by itself.
ALT = [5, -5]


def flagged(r: SpcResult) -> tuple[list[int], list[int]]:
    return np.flatnonzero(r.up).tolist(), np.flatnonzero(r.down).tolist()


def mirror(x):
    return [-v for v in x]


# A series with mean 10, moving ranges summing to 26 over 15 steps, and no pattern.
HAND = [8, 12, 10, 10, 9, 11, 12, 8, 10, 10, 11, 9, 10, 10, 8, 12]


def test_mean_and_limits_of_a_hand_worked_series():
    r = spc(np.array(HAND, dtype=float), "higher")
    amr = 26 / 15
    assert r.n_points == 16
    assert r.mean == 10
    assert r.upper == pytest.approx(10 + 2.66 * amr) == pytest.approx(14.610666667)
    assert r.lower == pytest.approx(10 - 2.66 * amr) == pytest.approx(5.389333333)
    assert r.upper_2s == pytest.approx(10 + 2 / 3 * 2.66 * amr) == pytest.approx(13.073777778)
    assert r.lower_2s == pytest.approx(6.926222222)
    assert flagged(r) == ([], [])
    assert not r.special.any()
    assert r.variation == "Common cause"
    assert r.assurance == ""


def test_beyond_the_upper_and_the_lower_limit():
    # mean 50/19 = 2.63, mean moving range (17 * 10 + 55) / 18 = 12.5, upper 35.88
    up = spc(ALT * 9 + [50], "higher")
    assert up.upper == pytest.approx(50 / 19 + 2.66 * 12.5) == pytest.approx(35.881579)
    assert flagged(up) == ([18], [])
    down = spc(ALT * 9 + [-40], "higher")
    assert flagged(down) == ([], [18])


def test_a_point_on_the_limit_is_not_beyond_it():
    # ALT * 9 then y: y - y/19 = 2.66 * (175 + y) / 18 puts y on the upper limit
    y = 442225 / 13673
    on = spc([*ALT * 9, y], "higher")
    assert on.upper == pytest.approx(y, rel=1e-12)
    assert flagged(on) == ([], [])
    assert flagged(spc([*ALT * 9, y + 1e-6], "higher")) == ([18], [])


SHIFT = [5, -5] * 4 + [1, 2, 1, 2, 1, 2, 1] + [-5, 5, -5, 5, -5]  # mean 0.25


def test_shift_of_seven_above_and_below():
    up = spc(SHIFT, "higher")
    assert up.mean == pytest.approx(0.25)
    assert flagged(up) == (list(range(8, 15)), [])
    assert flagged(spc(mirror(SHIFT), "higher")) == ([], list(range(8, 15)))


def test_six_on_one_side_is_not_a_shift():
    six = SHIFT[:14] + SHIFT[15:]
    assert flagged(spc(six, "higher")) == ([], [])


# deviations summing to 0, so the mean is exactly 0 and the two 0s sit on it
RUN6 = [1, 2, 1, 2, 1, 2]
ON_MEAN = [5, -5, 5, -5, *RUN6, 0, *RUN6[::-1], -5, 5, -5, 5]
ON_MEAN += [*mirror(RUN6), 0, *mirror(RUN6[::-1]), 5, -5]


def test_a_point_exactly_on_the_mean_breaks_a_shift():
    r = spc(ON_MEAN, "higher")
    assert r.mean == 0
    assert flagged(r) == ([], [])
    # in tenths the float mean is 0.30000000000000004, yet the 0.3s still sit on it
    assert flagged(spc([v / 10 + 0.3 for v in ON_MEAN], "higher")) == ([], [])
    # without the breaks it is two shifts of 13
    joined = list(ON_MEAN)
    joined[10], joined[27] = 1, -1
    joined = spc(joined, "higher")
    assert flagged(joined) == (list(range(4, 17)), list(range(21, 34)))


TREND = ALT * 4 + [5] + [-3, -2, -1, 1, 2, 3, 4] + [-5, 5, -5, 5]


def test_trend_of_seven_rising_and_falling():
    assert flagged(spc(TREND, "higher")) == (list(range(9, 16)), [])
    assert flagged(spc(mirror(TREND), "higher")) == ([], list(range(9, 16)))


def test_an_equal_neighbour_breaks_a_trend():
    broken = ALT * 4 + [5] + [-3, -2, -1, 1, 1, 2, 3, 4] + [-5, 5, -5, 5]
    assert flagged(spc(broken, "higher")) == ([], [])


TWO_OF_THREE = [2, -2] * 8 + [10, 3, 10] + [-2, 2] * 3  # mean 0.92, upper 2-sigma 9.64


def test_two_of_three_beyond_the_two_sigma_line_flags_the_two_not_the_inner_point():
    r = spc(TWO_OF_THREE, "higher")
    assert r.upper_2s == pytest.approx(0.92 + NEAR * 118 / 24)
    assert r.upper_2s < 10 < r.upper
    assert flagged(r) == ([16, 18], [])
    assert not r.special[17]
    assert flagged(spc(mirror(TWO_OF_THREE), "higher")) == ([], [16, 18])


def test_two_of_three_needs_all_three_on_one_side_of_the_mean():
    # as NHSRplotthedots' ptd_two_in_three: the inner point below the mean spoils the window
    inner_above = spc([2, -2] * 8 + [11, 3, 11] + [-2, 2] * 3, "higher")
    assert inner_above.mean == 1 and inner_above.upper_2s < 11 < inner_above.upper
    assert flagged(inner_above) == ([16, 18], [])
    inner_below = spc([2, -2] * 8 + [11, -3, 11] + [-2, 2] * 3, "higher")
    assert inner_below.upper_2s < 11 < inner_below.upper
    assert flagged(inner_below) == ([], [])


def test_a_point_beyond_the_limit_counts_towards_two_of_three():
    r = spc([2, -2] * 8 + [20, 3, 12] + [-2, 2] * 3, "higher")
    assert r.upper < 20 and r.upper_2s < 12 < r.upper
    assert flagged(r) == ([16, 18], [])


def test_a_skipped_period_does_not_break_a_run():
    gap = [*SHIFT[:11], np.nan, *SHIFT[11:]]
    r = spc(np.array(gap, dtype=float), "higher")
    assert r.n_points == len(SHIFT)
    assert flagged(r) == (list(range(8, 15)), [])
    frame = pd.DataFrame(
        {
            "indicator_id": "A",
            "month": range(1, len(gap) + 1),
            "value": gap,
            "direction": "higher",
            "target": np.nan,
            "spc_from": np.nan,
        }
    )
    points = spc_points(frame)
    assert 12 not in points["month"].tolist() and len(points) == len(SHIFT)
    assert points.loc[points["special"], "month"].tolist() == [9, 10, 11, 13, 14, 15, 16]
    assert set(points.loc[points["special"], "side"]) == {"up"}
    assert spc_table(frame)["spc_points"].tolist() == [len(SHIFT)]


def test_rebase_with_spc_from_uses_only_the_later_points():
    early, late = [0.0, 2.0] * 8, [100 + v for v in HAND]
    frame = pd.DataFrame(
        {
            "indicator_id": "A",
            "month": range(1, 33),
            "value": early + late,
            "direction": "higher",
            "target": 104.0,
            "spc_from": 17,
        }
    )
    frame = pd.concat([frame, frame.assign(indicator_id="B", spc_from=None)])
    table = spc_table(frame).set_index("indicator_id")
    assert table.loc["A", "spc_points"] == 16
    assert table.loc["A", "spc_mean"] == 110
    assert table.loc["A", "spc_upper"] == pytest.approx(100 + spc(HAND, "higher").upper)
    assert table.loc["A", "spc_lower"] == pytest.approx(100 + spc(HAND, "higher").lower)
    assert table.loc["A", "variation"] == "Common cause"
    assert table.loc["A", "assurance"] == "Pass"
    assert table.loc["B", "spc_points"] == 32 and table.loc["B", "spc_mean"] == pytest.approx(55.5)
    points = spc_points(frame)
    assert points.loc[points["indicator_id"] == "A", "month"].tolist() == list(range(17, 33))


def test_fewer_than_fifteen_points_get_no_limits_and_no_flags():
    r = spc(HAND[:14], "higher", target=5.0)
    assert r.n_points == 14
    assert r.variation == "Too few points (14)"
    assert r.assurance == ""
    assert r.mean == pytest.approx(sum(HAND[:14]) / 14)
    assert np.isnan([r.lower, r.upper, r.lower_2s, r.upper_2s]).all()
    assert r.up.shape == (14,) and not r.special.any()
    assert spc(HAND[:15], "higher").variation == "Common cause"
    empty = spc([], "lower")
    assert empty.variation == "Too few points (0)" and np.isnan(empty.mean)


def test_variation_words():
    up_last, down_last = ALT * 9 + [50], ALT * 9 + [-40]
    assert spc(up_last, "higher").variation == "Improvement"
    assert spc(up_last, "lower").variation == "Concern"
    assert spc(down_last, "higher").variation == "Concern"
    assert spc(down_last, "lower").variation == "Improvement"
    for direction in ("maintain", "none"):
        assert spc(up_last, direction).variation == "Special cause"
        assert spc(down_last, direction).variation == "Special cause"
    assert spc(HAND, "maintain").variation == "Common cause"
    # the last seven are above the mean (up) and falling (down): both sides read Improvement
    both = spc(ALT * 5 + [9, 8, 7, 6, 5, 4, 3], "lower")
    assert flagged(both) == (list(range(10, 17)), list(range(10, 17)))
    assert both.variation == "Improvement"
    assert spc(ALT * 5 + [9, 8, 7, 6, 5, 4, 3], "higher").variation == "Improvement"
    with pytest.raises(ValueError):
        spc(HAND, "up")


def test_side_of_a_point_flagged_both_ways_matches_the_variation():
    x = ALT * 5 + [9, 8, 7, 6, 5, 4, 3]
    frame = pd.DataFrame(
        {
            "indicator_id": "A",
            "month": range(len(x)),
            "value": x,
            "direction": "lower",
            "target": np.nan,
            "spc_from": np.nan,
        }
    )
    sides = spc_points(frame)["side"].tolist()
    assert sides == [""] * 10 + ["down"] * 7
    assert spc_points(frame.assign(direction="higher"))["side"].tolist()[-1] == "up"


def test_assurance():
    r = spc(HAND, "higher")
    lower, upper = r.lower, r.upper  # 5.389..., 14.610...
    assert spc(HAND, "higher", 15.0).assurance == "Fail"
    assert spc(HAND, "higher", upper).assurance == "Hit and miss"
    assert spc(HAND, "higher", 10.0).assurance == "Hit and miss"
    assert spc(HAND, "higher", lower).assurance == "Pass"  # at the lower limit
    assert spc(HAND, "higher", 5.0).assurance == "Pass"
    assert spc(HAND, "lower", 5.0).assurance == "Fail"
    assert spc(HAND, "lower", lower).assurance == "Hit and miss"
    assert spc(HAND, "lower", upper).assurance == "Pass"  # at the upper limit
    assert spc(HAND, "lower", 15.0).assurance == "Pass"
    assert spc(HAND, "higher").assurance == ""
    assert spc(HAND, "higher", float("nan")).assurance == ""
    assert spc(HAND, "maintain", 15.0).assurance == ""
    assert spc(HAND, "none", 15.0).assurance == ""


def test_wilson():
    lo, hi = wilson(2, 6)
    z = 1.959963984540054
    p, n = 2 / 6, 6
    centre, half = p + z * z / (2 * n), z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    assert lo == pytest.approx(100 * (centre - half) / (1 + z * z / n))
    assert hi == pytest.approx(100 * (centre + half) / (1 + z * z / n))
    assert (round(float(lo), 2), round(float(hi), 2)) == (9.68, 70.0)
    lo, hi = wilson(np.array([0, 5, 3, 1, np.nan]), np.array([5, 5, 0, np.nan, 4]))
    assert lo[0] == 0 and 0 < hi[0] < 100
    assert 0 < lo[1] < 100 and hi[1] == 100
    assert np.isnan(lo[2:]).all() and np.isnan(hi[2:]).all()
    assert ((lo[:2] >= 0) & (hi[:2] <= 100)).all()


# ---- properties -------------------------------------------------------------------------

series = st.lists(st.integers(-100, 100), min_size=15, max_size=40)
# small steps make ties, runs and trends common
walks = st.lists(st.integers(-2, 3), min_size=15, max_size=40).map(lambda s: np.cumsum(s).tolist())
directions = st.sampled_from(["higher", "lower", "maintain", "none"])


def same_flags(a: SpcResult, b: SpcResult) -> bool:
    return (a.up == b.up).all() and (a.down == b.down).all() and a.variation == b.variation


@settings(max_examples=150, deadline=None)
@given(st.one_of(series, walks), st.integers(-1000, 1000), directions)
def test_adding_a_constant_moves_the_lines_and_changes_no_flag(x, c, direction):
    a, b = spc(x, direction), spc([v + c for v in x], direction)
    for line in ("mean", "lower", "upper", "lower_2s", "upper_2s"):
        assert getattr(b, line) == pytest.approx(getattr(a, line) + c, abs=1e-9)
    assert same_flags(a, b)


@settings(max_examples=100, deadline=None)
@given(st.one_of(series, walks), st.sampled_from([0.01, 0.37, 3.0, 1e3]), directions)
def test_scaling_by_a_positive_factor_keeps_flags(x, k, direction):
    assert same_flags(spc(x, direction), spc([v * k for v in x], direction))


@settings(max_examples=100, deadline=None)
@given(st.one_of(series, walks))
def test_mirroring_swaps_up_and_down(x):
    a, b = spc(x, "higher"), spc(mirror(x), "higher")
    assert (a.up == b.down).all() and (a.down == b.up).all()


@settings(max_examples=50, deadline=None)
@given(st.floats(-1e9, 1e9, allow_nan=False), st.integers(15, 60), directions)
def test_a_flat_series_has_limits_on_the_mean_and_no_special_cause(v, n, direction):
    r = spc(np.full(n, v), direction, target=v)
    assert np.isfinite([r.mean, r.lower, r.upper, r.lower_2s, r.upper_2s]).all()
    assert r.lower == r.upper == r.mean == pytest.approx(v)
    assert not r.special.any()
    assert r.variation == "Common cause"


def slow_flags(x: list[int]) -> tuple[list[bool], list[bool]]:
    """The rules read literally, with loops and exact fractions."""
    n = len(x)
    mean = Fraction(sum(x), n)
    amr = Fraction(sum(abs(b - a) for a, b in pairwise(x)), n - 1)
    limit, near = Fraction(266, 100) * amr, Fraction(2, 3) * Fraction(266, 100) * amr
    flags = []
    for s in (1, -1):
        dev = [s * (v - mean) for v in x]
        f = [d > limit for d in dev]
        for j in range(n - 6):
            if all(d > 0 for d in dev[j : j + 7]) or all(
                s * (x[k + 1] - x[k]) > 0 for k in range(j, j + 6)
            ):
                f[j : j + 7] = [True] * 7
        for j in range(n - 2):
            w = range(j, j + 3)
            if all(dev[k] > 0 for k in w) and sum(dev[k] > near for k in w) >= 2:
                for k in w:
                    f[k] = f[k] or dev[k] > near
        flags.append(f)
    return flags[0], flags[1]


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.lists(st.integers(-3, 3), min_size=15, max_size=40), walks))
def test_flags_match_a_slow_exact_reading_of_the_rules(x):
    r = spc(x, "higher")
    up, down = slow_flags(x)
    assert r.up.tolist() == up and r.down.tolist() == down
