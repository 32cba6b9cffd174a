"""The indicator engine and RAG rules (DESIGN §4-5): every rule and boundary, the Trust
Board's Appendix A rated by hand, and properties that must hold for any figures."""

from __future__ import annotations

import copy

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xlkpi.compute import values
from xlkpi.core import vocabulary
from xlkpi.core.calendar import month_index
from xlkpi.core.measures import round_half_up
from xlkpi.rate import rag

APR20 = month_index(2020, 4)


def compute(rows, register, **kw):
    """Values, then their ratings: the two stages the pipeline runs."""
    return rag.rate_results(values.compute(rows, register, **kw))


def returned(register, *rows):
    """Checked returns rows: (team, id, month, numerator, denominator, value[, rag, evidence,
    comment])."""
    cols = ["team", "indicator_id", "month", "numerator", "denominator", "value", "rag",
            "evidence", "comment"]
    data = [list(r) + [""] * (len(cols) - len(r)) for r in rows]
    frame = pd.DataFrame(data, columns=cols)
    for c in ("numerator", "denominator", "value"):
        frame[c] = pd.to_numeric(frame[c].replace("", np.nan)).astype(float)
    frame["month"] = frame["month"].astype(float)
    frame["measure"] = frame["indicator_id"].map(register.indicators["measure"])
    return frame


def at(results, iid, month=APR20):
    return results[(results["indicator_id"] == iid) & (results["month"] == month)].iloc[0]


def one(**kw):
    """A single row for rag.rate/trend with sensible defaults."""
    row = {"measure": "percentage", "direction": "higher", "decimals": 1, "value": np.nan,
           "previous_value": np.nan, "target": 90.0, "tolerance": 5.0, "returned_rag": "",
           "has_return": True}
    row.update(kw)
    return pd.DataFrame([row])


def rating(**kw):
    return rag.rate(one(**kw)).iloc[0]


# --- RAG rules and boundaries ---------------------------------------------------------------
@pytest.mark.parametrize("kw, expected", [
    ({"value": 90.0}, "Green"),                                    # exactly at target
    ({"value": 95.0}, "Green"),
    ({"value": 85.0}, "Yellow"),                                   # exactly at threshold
    ({"value": 84.9, "previous_value": 80.0}, "Amber"),            # outside, improved
    ({"value": 84.9, "previous_value": 84.9}, "Red"),              # equal to previous
    ({"value": 84.9, "previous_value": 86.0}, "Red"),              # worse
    ({"value": 84.9}, "Red"),                                      # no previous value
    ({"value": 89.95, "target": 90.0, "tolerance": 0.0}, "Green"),  # 89.95 -> 90.0
    ({"value": 89.94, "target": 90.0, "tolerance": 0.0}, "Red"),   # zero tolerance
    ({"value": 89.94, "target": 90.0, "tolerance": 0.0, "previous_value": 89.0}, "Amber"),
    ({"value": 50.0, "target": np.nan}, "TBC"),                    # tbc target
    ({"value": np.nan}, "No data"),
    ({"value": 84.96, "previous_value": 84.9}, "Yellow"),          # 84.96 -> 85.0
    ({"value": 84.94, "previous_value": 84.9}, "Red"),             # both round to 84.9
])
def test_higher(kw, expected):
    assert rating(**kw) == expected


@pytest.mark.parametrize("kw, expected", [
    ({"value": 22.0}, "Green"),
    ({"value": 10.0}, "Green"),
    ({"value": 23.0}, "Yellow"),                                   # threshold 22 + 1
    ({"value": 23.1, "previous_value": 25.0}, "Amber"),
    ({"value": 23.1, "previous_value": 23.1}, "Red"),
    ({"value": 23.1, "previous_value": 20.0}, "Red"),
    ({"value": 27.4, "target": 25.8, "tolerance": 1.6}, "Yellow"),  # 25.8 + 1.6 in floats
])
def test_lower(kw, expected):
    assert rating(**{"direction": "lower", "target": 22.0, "tolerance": 1.0, **kw}) == expected


@pytest.mark.parametrize("kw, expected", [
    ({"value": 50.0}, "Green"),
    ({"value": 52.0}, "Yellow"),
    ({"value": 48.0}, "Yellow"),
    ({"value": 55.0, "previous_value": 60.0}, "Amber"),            # closer than before
    ({"value": 45.0, "previous_value": 40.0}, "Amber"),
    ({"value": 55.0, "previous_value": 45.0}, "Red"),              # as far as before
    ({"value": 55.0}, "Red"),
])
def test_maintain(kw, expected):
    assert rating(**{"direction": "maintain", "target": 50.0, "tolerance": 2.0, **kw}) == expected


def test_yesno_and_assessed():
    assert rating(measure="yesno", value=1.0, target=1.0) == "Green"
    assert rating(measure="yesno", value=0.0, target=1.0) == "Red"
    assert rating(measure="yesno", value=np.nan, target=1.0) == "No data"
    assert rating(measure="assessed", returned_rag="Amber", target=np.nan) == "Amber"
    assert rating(measure="assessed", returned_rag="", target=np.nan) == "TBC"
    assert rating(measure="assessed", returned_rag="", has_return=False) == "No data"


def test_threshold():
    t = rag.threshold(pd.Series([95.0, 22.0, 50.0, 25.8]), pd.Series([5.0, 1.0, 2.0, 1.6]),
                      pd.Series(["higher", "lower", "maintain", "lower"]))
    assert t.iloc[0] == 90 and t.iloc[1] == 23 and np.isnan(t.iloc[2]) and t.iloc[3] == 27.4


@pytest.mark.parametrize("kw, expected", [
    ({"value": 80.0, "previous_value": 70.0}, "↑ better"),
    ({"value": 60.0, "previous_value": 70.0}, "↓ worse"),
    ({"value": 70.0, "previous_value": 70.0}, "→ same"),
    ({"value": 70.04, "previous_value": 70.0}, "→ same"),          # same at 1 decimal
    ({"value": 70.0}, ""),
    ({"value": 30.0, "previous_value": 20.0, "direction": "lower"}, "↑ worse"),
    ({"value": 55.0, "previous_value": 60.0, "direction": "maintain", "target": 50.0},
     "↓ better"),
])
def test_trend(kw, expected):
    assert rag.trend(one(**kw)).iloc[0] == expected
    # as rate_results gives it: the values rounded once, the change worked out before
    frame = one(**kw)
    values = rag.rounded(frame)
    assert rag.trend(frame, values, rag.change(frame, values)).iloc[0] == expected
    assert rag.rate(frame, values).iloc[0] == rag.rate(frame).iloc[0]


def test_round_half_up():
    assert round_half_up([89.95, 0.05, 2.5, 74.0, -2.5, 100 * 1799 / 2000], [1, 1, 0, 1, 0, 1]) \
        .tolist() == [90.0, 0.1, 3.0, 74.0, -3.0, 90.0]


# --- Appendix A (seed 003): the 27 Trust Board KPIs, Apr-19 as the previous value --------------
APPENDIX_A = {  # ID: (Apr-19, current, RAG worked out by hand from DESIGN §5)
    "TB01": (82, 74.0, "Red"),        # 74 < 90 and worse than 82
    "TB02": (17, 16.3, "Green"),      # lower: 16.3 <= 22
    "TB03": (75.4, 55.1, "Red"),
    "TB04": (91.4, 65.7, "Red"),
    "TB05": (30.0, 43.3, "Amber"),    # 43.3 < 87 but better than 30.0
    "TB06": (14.3, 0.0, "Green"),
    "TB07": (78.7, 69.3, "Red"),
    "TB08": (9.0, 16.0, "Red"),       # lower: 16.0 > 15 and worse than 9.0
    "TB09": (None, 33.3, "Red"),      # 33.3 > 27.4, no previous value
    "TB10": (60.0, 60.0, "Red"),      # 60 < 65 and no better than 60
    "TB11": (27, 31.7, "Red"),        # lower: 31.7 > 30 and worse than 27
    "TB12": (None, 96.0, "Green"),
    "TB13": (100, 82.0, "Red"),
    "TB14": (None, None, "TBC"),      # target tbc
    "TB15": (None, 26.0, "Green"),    # 26 points against 26
    "TB16": (66.1, 73.7, "Yellow"),   # 70 <= 73.7 < 75
    "TB17": (95.3, 94.8, "Yellow"),
    "TB18": (98, 100.0, "Green"),
    "TB19": (None, 37.5, "Red"),
    "TB20": (None, 83.0, "Yellow"),
    "TB21": (16.8, 19.1, "Yellow"),   # lower: 18 < 19.1 <= 23
    "TB22": (21, 21.0, "Yellow"),
    "TB23": (36, 37.0, "Red"),
    "TB24": (22.4, 23.5, "Amber"),    # 23.5 < 40 but better than 22.4
    "TB25": (None, 1.0, "Green"),     # Yes against Yes
    "TB26": (None, None, "TBC"),
    "TB27": (None, None, "TBC"),
}


def test_appendix_a_rated_by_the_engine(default_register):
    reg = copy.deepcopy(default_register)
    # Appendix A prints one current figure per KPI: rate each as a monthly figure
    reg.indicators["frequency"] = "monthly"
    reg.indicators["window"] = "month"
    reg.indicators["teams"] = reg.indicators["teams"].map(lambda t: t[:1])  # one team returns
    rows = []
    for iid, (before, now) in ((k, v[:2]) for k, v in APPENDIX_A.items()):
        team = reg.indicators.loc[iid, "teams"][0]
        for month, value in ((APR20 - 1, before), (APR20, now)):
            if value is not None:
                rows.append((team, iid, month, None, None, value))
    results = compute(returned(reg, *rows), reg, first=APR20, last=APR20)
    got = {iid: at(results, iid)["rag"] for iid in APPENDIX_A}
    # No data comes before TBC: the KPIs the paper prints no Apr-20 figure for are No data
    assert got == {iid: "No data" if v[1] is None else v[2] for iid, v in APPENDIX_A.items()}
    tb05 = at(results, "TB05")
    assert (tb05["previous_value"], tb05["threshold"], tb05["trend"]) == (30.0, 87.0, "↑ better")


# --- computing values ----------------------------------------------------------------------------
def test_percentage_pools_parts_never_averages(small_register):
    res = compute(returned(small_register, ("Front Door", "P1", APR20, 9, 10),
                           ("CIN/CP", "P1", APR20, 1, 90)), small_register)
    row = at(res, "P1")
    assert (row["numerator"], row["denominator"], row["value"]) == (10, 100, 10.0)


def test_rate_uses_population_by_year_or_the_denominator(small_register):
    res = compute(returned(small_register, ("CIN/CP", "R1", APR20, 180)), small_register)
    assert at(res, "R1")["value"] == pytest.approx(10_000 * 180 / 40_000)
    res = compute(returned(small_register, ("CIN/CP", "R1", APR20, 180, 36_000)),
                  small_register)
    assert at(res, "R1")["value"] == pytest.approx(50.0)


def test_average_count_cost_yesno_score(small_register):
    res = compute(returned(
        small_register,
        ("Front Door", "A1", APR20, 170, 10), ("CIN/CP", "A1", APR20, 400, 20),
        ("Front Door", "C1", APR20, 100), ("CIN/CP", "C1", APR20, None, None, 50),
        ("Finance", "Y1", APR20, None, None, 0),
        ("HR", "S1", month_index(2021, 3), None, None, 3.4),
        ("Finance", "K1", month_index(2020, 6), 48_000)), small_register)
    assert at(res, "A1")["value"] == pytest.approx(19.0)
    assert at(res, "C1")["value"] == 150 and at(res, "C1")["rag"] == "TBC"
    assert (at(res, "Y1")["value"], at(res, "Y1")["rag"]) == (0.0, "Red")
    assert at(res, "S1", month_index(2021, 3))["rag"] == "Green"
    assert at(res, "K1", month_index(2020, 6))["rag"] == "Green"


def test_frequencies_only_due_periods_and_previous(small_register):
    months = [month_index(2020, m) for m in (6, 9)]
    res = compute(returned(small_register, ("Finance", "K1", months[0], 60_000),
                           ("Finance", "K1", months[1], 55_000)), small_register,
                  first=APR20, last=months[1])
    k1 = res[res["indicator_id"] == "K1"]
    assert k1["period"].tolist() == ["2020-06", "2020-09"]
    sep = at(res, "K1", months[1])
    assert (sep["previous_value"], sep["rag"], sep["trend"]) == (60_000, "Amber", "↓ better")
    assert res[res["indicator_id"] == "S1"].empty  # annual: due in March only


def test_ytd_window_from_the_financial_year(small_register):
    rows = [("Front Door", "P2", month_index(2020, m), n, d)
            for m, n, d in ((3, 30, 100), (4, 10, 100), (5, 30, 100), (6, 20, 100))]
    res = compute(returned(small_register, *rows), small_register)
    march = at(res, "P2", month_index(2020, 3))  # March ends 2019/20, returned alone
    assert np.isnan(march["value"]) and march["reason"] == (
        "Year to date incomplete: no valid figures for Apr-19 to Feb-20 from Front Door")
    assert at(res, "P2", month_index(2020, 4))["value"] == 10.0  # April starts afresh
    assert at(res, "P2", month_index(2020, 6))["value"] == 20.0  # (10+30+20)/300
    assert at(res, "P2", month_index(2020, 6))["numerator"] == 60


def test_rolling12_window(small_register):
    reg = copy.deepcopy(small_register)
    reg.indicators.loc["P1", "window"] = "rolling12"
    reg.indicators.at["P1", "teams"] = ("Front Door",)
    rows = [("Front Door", "P1", APR20 + k, 1, 10) for k in range(14)]
    res = compute(returned(reg, *rows), reg)
    assert at(res, "P1", APR20 + 13)[["numerator", "denominator"]].tolist() == [12, 120]
    assert at(res, "P1", APR20 + 11)[["numerator", "denominator"]].tolist() == [12, 120]
    # a rolling 12 months needs all 12: nothing is carried in from before the returns began
    early = at(res, "P1", APR20 + 2)
    assert np.isnan(early["value"]) and early["rag"] == "No data"
    assert early["reason"] == ("12 months to date incomplete: no valid figures for "
                               "Jul-19 to Mar-20 from Front Door")


def test_same_period_last_year_and_history(small_register):
    rows = [(team, "P1", APR20 - 12 + k, 25 + k / 2, 50) for k in range(13)
            for team in ("Front Door", "CIN/CP")]
    res = compute(returned(small_register, *rows), small_register)
    now = at(res, "P1")
    assert (now["value"], now["previous_value"], now["last_year_value"]) == (62.0, 61.0, 50.0)
    assert len(res[res["indicator_id"] == "P1"]) == 13  # every period: history for free


def test_assessed_and_comments(small_register):
    res = compute(returned(small_register,
                           ("QA", "Q1", month_index(2020, 6), None, None, None, "Amber",
                            "Audit of 20 files", "Improving"),
                           ("Front Door", "P1", APR20, 9, 10, None, "", "", "Late ICPC"),
                           ("CIN/CP", "P1", APR20, 9, 10, None, "", "", "On track")),
                  small_register, first=APR20, last=month_index(2020, 6))
    q1 = at(res, "Q1", month_index(2020, 6))
    assert (q1["rag"], q1["evidence"], q1["comment"]) == ("Amber", "Audit of 20 files",
                                                           "Improving")
    assert at(res, "P1")["comment"] == "CIN/CP: On track | Front Door: Late ICPC"


def test_no_data_and_figures_from(tmp_path):
    from builders import write_register

    from xlkpi.validate.register import load_register

    reg = load_register(write_register(tmp_path / "r.xlsx", [
        ("P1", "% one", "percentage", 90, 5, "higher", "monthly", "month", None, "A"),
        ("P2", "% one, other target", "percentage", 50, 0, "higher", "monthly", "month", None,
         "", None, None, "P1"),
        ("P3", "% never returned", "percentage", 90, 5)]))
    res = compute(returned(reg, ("A", "P1", APR20, 60, 100)), reg)
    assert at(res, "P1")["rag"] == "Red" and at(res, "P2")["rag"] == "Green"
    assert at(res, "P2")["value"] == 60.0
    assert at(res, "P3")["rag"] == "No data"


# --- properties ---------------------------------------------------------------------------------
FIGURE = st.floats(0, 200, allow_nan=False)


@settings(max_examples=300, deadline=None)
@given(low=FIGURE, high=FIGURE, prev=st.one_of(st.none(), FIGURE), target=FIGURE,
       tolerance=st.floats(0, 20, allow_nan=False), decimals=st.integers(0, 2),
       direction=st.sampled_from(["higher", "lower"]))
def test_a_better_value_never_worsens_the_rag(low, high, prev, target, tolerance, decimals,
                                              direction):
    low, high = sorted((low, high))
    better, worse = (high, low) if direction == "higher" else (low, high)
    frame = pd.concat([one(value=v, previous_value=np.nan if prev is None else prev,
                           target=target, tolerance=tolerance, decimals=decimals,
                           direction=direction) for v in (worse, better)], ignore_index=True)
    ranks = rag.rate(frame).map(vocabulary.RANK)
    assert ranks.iloc[1] >= ranks.iloc[0]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 500), st.integers(1, 500)), min_size=2, max_size=8))
def test_pooled_percentage_is_the_percentage_of_the_pooled_rows(shared_small_register, parts):
    reg = shared_small_register
    teams = ("Front Door", "CIN/CP")  # the register's teams for P1: both must return it
    rows = [(teams[i % 2], "P1", APR20, min(n, d), d) for i, (n, d) in enumerate(parts)]
    res = compute(returned(reg, *rows), reg)
    n = sum(min(a, b) for a, b in parts)
    d = sum(b for _, b in parts)
    assert at(res, "P1")["value"] == pytest.approx(100 * n / d)
