"""compute/frames.left_join is pandas' left merge, by lookup, in_report_order a filter and a
sort, texts.joined_rows joined per row, and cross_row.distinct_counts groupby nunique: each
held to what it replaces."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from xlkpi.compute import texts
from xlkpi.compute.frames import in_report_order, left_join
from xlkpi.validate.cross_row import distinct_counts

_IDS = st.sampled_from(["P1", "P2", "C10", "A"])
_MONTHS = st.one_of(st.integers(24000, 24005), st.just(float("nan")))


@st.composite
def _frames(draw):
    month_float = draw(st.booleans())
    left_keys = draw(st.lists(st.tuples(_IDS, _MONTHS), max_size=12))
    right_keys = draw(st.lists(st.tuples(_IDS, _MONTHS), max_size=12, unique=True))
    if not month_float:  # integer months throughout: no NaN keys
        left_keys = [(i, m) for i, m in left_keys if m == m]
        right_keys = [(i, m) for i, m in right_keys if m == m]

    def keys(pairs, as_float):
        months = [m for _, m in pairs]
        return pd.DataFrame({"indicator_id": pd.Series([i for i, _ in pairs], dtype=object),
                             "month": pd.Series(months, dtype=float if as_float else
                                                "int64")})
    left = keys(left_keys, month_float)
    left["kept"] = np.arange(len(left)) * 1.5
    right_float = month_float and draw(st.booleans())
    if not right_float:
        right_keys = [(i, m) for i, m in right_keys if m == m]
    right = keys(right_keys, right_float)
    n = len(right)
    right["count"] = np.arange(n, dtype=np.int64)
    right["flag"] = np.arange(n) % 2 == 0
    right["text"] = pd.Series([f"t{k}" for k in range(n)], dtype=object)
    right["number"] = np.arange(n) / 3
    right["kind"] = pd.Categorical(["a", "b"] * (n // 2) + ["a"] * (n % 2))
    return left, right


@settings(max_examples=300, deadline=None)
@given(_frames())
def test_left_join_is_a_left_merge(frames):
    left, right = frames
    pd.testing.assert_frame_equal(left_join(left, right, ["indicator_id", "month"]),
                                  left.merge(right, on=["indicator_id", "month"], how="left"))


def test_left_join_leaves_repeated_right_keys_to_merge():
    left = pd.DataFrame({"k": ["a", "b"]})
    right = pd.DataFrame({"k": ["a", "a"], "v": [1, 2]})
    pd.testing.assert_frame_equal(left_join(left, right, ["k"]),
                                  left.merge(right, on="k", how="left"))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5), st.integers(-1, 4)), max_size=40))
def test_distinct_counts_is_groupby_nunique(pairs):
    key = np.array([k for k, _ in pairs], dtype=np.int64) * 7919
    item = np.array([i for _, i in pairs], dtype=np.int64)
    want = pd.Series(np.where(item < 0, np.nan, item)).groupby(key).transform("nunique")
    assert distinct_counts(key, item).tolist() == want.astype(int).tolist()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["P1", "P2", "C10", "X"]), st.integers(0, 5),
                          st.integers(0, 9)), max_size=30), st.integers(0, 5), st.integers(0, 5))
def test_in_report_order_is_filtering_then_sorting(rows, first, last):
    out = pd.DataFrame({"indicator_id": pd.Series([i for i, _, _ in rows], dtype=object),
                        "month": pd.Series([m for _, m, _ in rows], dtype="int64"),
                        "value": [v * 1.0 for _, _, v in rows]})
    ids = pd.Index(["C10", "P2", "P1"])  # X: not in the register
    order = {i: n for n, i in enumerate(ids)}
    want = out[out["month"].between(first, last)].copy().sort_values(
        ["month", "indicator_id"], key=lambda s: s.map(order) if s.name == "indicator_id"
        else s, kind="stable")
    pd.testing.assert_frame_equal(in_report_order(out, ids, first, last), want)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.booleans(), min_size=4, max_size=4), max_size=12))
def test_joined_rows_is_joined_of_each_rows_names(table):
    seen = np.array(table, dtype=bool).reshape(len(table), 4)
    names = np.array(["A", "B", "C", "Care Leavers"], dtype=object)
    group, name = np.nonzero(seen)
    want = texts.joined(group, names[name], len(seen), ", ", limit=None)
    assert texts.joined_rows(seen, names, ", ").tolist() == want.tolist()
