"""What the report says about each indicator (xlkpi.rate.summary): pure functions over
hand-made results frames and a small register."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from builders import SMALL, write_register
from hypothesis import given
from hypothesis import strategies as st

from xlkpi.core.calendar import month_index, month_text
from xlkpi.core.vocabulary import FREQUENCY_MONTHS, NO_DATA, RAGS
from xlkpi.rate import rag, summary
from xlkpi.validate.register import load_register

FEB, MAR = month_index(2021, 2), month_index(2021, 3)
EXTRA = [  # beside builders.SMALL: a maintained percentage and a context figure
    ("M1", "% of plans reviewed on time", "percentage", 50, 2, "maintain", "monthly", "month",
     None, "QA"),
    ("N1", "Number of contacts (context)", "count", None, None, "none", "monthly", "month",
     None, "Front Door"),
]
FORUMS = [["Board", "Trust Board", "board", "monthly"], ["Map", "Ofsted map", "mapping", ""],
          ["Plan", "Actions", "actions", ""]]
MEMBERSHIP = [["Board", "1", "", "P1"], ["Board", "2", "", "Q1"], ["Board", "3", "", "K1"]]
FINDINGS = [["Care", "Positive", "Good plans", "M1; P1", ""],
            ["Care", "Area for improvement", "Slow reviews", "P1; N1", ""]]
ACTIONS = [["1.1", "Aim", "", "How", "Success", "Owner", "Mar-21", "Y1"]]


@pytest.fixture(scope="module")
def register(tmp_path_factory):
    path = tmp_path_factory.mktemp("summary") / "register.xlsx"
    return load_register(write_register(path, [*SMALL, *EXTRA], forums=FORUMS,
                                        membership=MEMBERSHIP, findings=FINDINGS,
                                        actions=ACTIONS))


def results(register, *rows: dict) -> pd.DataFrame:
    """Result rows as compute and rate give them: each dict names indicator_id and month and
    whatever differs from a blank (No data) result."""
    ind = register.indicators
    out = []
    for row in rows or [{"indicator_id": ind.index[0], "month": MAR}]:  # none: no rows
        i = ind.loc[row["indicator_id"]]
        month = row["month"]
        out.append({
            "indicator_id": i.name, "title": i["title"], "measure": i["measure"],
            "month": month, "period": month_text(month), "numerator": np.nan,
            "denominator": np.nan, "value": np.nan, "target": i["target"],
            "tolerance": i["tolerance"], "direction": i["direction"],
            "previous_month": month - FREQUENCY_MONTHS[i["frequency"]],
            "previous_value": np.nan, "last_year_value": np.nan, "rag": NO_DATA,
            "previous_rag": "", "trend": "", "comment": "", "evidence": "", "teams": "",
            "returns": 0, "decimals": i["decimals"], "frequency": i["frequency"],
            "window": i["window"], "reason": "", "teams_returned": "", "sources": "",
            "ci_lower": np.nan, "ci_upper": np.nan, "spc_mean": np.nan, "spc_lower": np.nan,
            "spc_upper": np.nan, "variation": "", "assurance": "", **row})
    return pd.DataFrame(out).iloc[:len(rows)]


def table(register, *rows: dict, period: int = MAR) -> pd.DataFrame:
    return summary.indicators(results(register, *rows), register, period)


# --- the results frame ----------------------------------------------------------------------
def test_report_columns_before_and_after_compute_gives_them(register):
    new = results(register, {"indicator_id": "P1", "month": MAR, "reason": "Awaiting CIN"})
    assert summary.report_columns(new)["reason"].tolist() == ["Awaiting CIN"]
    old = new.drop(columns=[*summary.TEXT_COLUMNS, *summary.NUMBER_COLUMNS]) \
        .assign(rejected="Returns rejected: zero-denominator")
    filled = summary.report_columns(old)
    assert filled["reason"].tolist() == ["Returns rejected: zero-denominator"]
    assert (filled[["teams_returned", "sources", "variation", "assurance"]] == "").all().all()
    assert filled[list(summary.NUMBER_COLUMNS)].isna().all().all()
    assert "reason" not in old  # the input is left as it is


def test_small_counts_only_for_percentages_under_ten():
    frame = pd.DataFrame({
        "measure": ["percentage", "percentage", "percentage", "percentage", "count",
                    "percentage", "percentage"],
        "numerator": [2, 9, 10, np.nan, 3, 0, 1.5],
        "denominator": [6, 9, 10, 6, 5, 0, 4]})
    assert summary.small_counts(frame).tolist() == ["2 of 6", "9 of 9", "", "", "", "",
                                                    "1.5 of 4"]


# --- one row per indicator --------------------------------------------------------------------
def test_latest_due_period_and_a_reason_when_there_is_none(register):
    dec = month_index(2020, 12)
    t = table(register, {"indicator_id": "K1", "month": dec, "value": 60000.0, "rag": "Red"},
              {"indicator_id": "P1", "month": FEB, "value": 80.0, "rag": "Red"},
              {"indicator_id": "P1", "month": MAR, "value": 74.0, "rag": "Red",
               "comment": "Staff away"}, period=MAR)
    assert list(t.index) == list(register.ids)
    assert t.loc["K1", "month"] == dec and t.loc["K1", "rag"] == "Red"
    assert t.loc["P1", "month"] == MAR and t.loc["P1", "comment"] == "Staff away"
    s1 = t.loc["S1"]
    assert math.isnan(s1["month"]) and s1["rag"] == NO_DATA
    assert s1["reason"] == ("No due period up to Mar-21 in the months these returns cover "
                            "(annual indicator).")


@pytest.mark.parametrize(("iid", "value", "previous", "trend", "expected"), [
    ("P1", 74.0, 80.0, "↑ better", -1),  # the display text is not read: the values are
    ("P1", 80.04, 80.0, "", 0),  # the same at the indicator's decimals
    ("P1", 80.06, 80.0, "", 1),
    ("P2", 20.0, 25.0, "", 1),  # lower is better
    ("Y1", 0.0, 1.0, "", -1),  # maintain: further from target
    ("C1", 1350.0, 1200.0, "", 1),  # no target, higher: still better
    ("N1", 1350.0, 1200.0, "", None),  # direction none: never better or worse
    ("P1", 74.0, np.nan, "", None),  # no previous value
])
def test_change_is_a_number_from_the_values(register, iid, value, previous, trend, expected):
    t = table(register, {"indicator_id": iid, "month": MAR, "value": value,
                         "previous_value": previous, "trend": trend, "rag": "Red"})
    got = t.loc[iid, "change"]
    assert (math.isnan(got) if expected is None else got == expected)


@given(value=st.floats(0, 100), previous=st.floats(0, 100), rise=st.floats(0, 50),
       direction=st.sampled_from(["higher", "lower", "maintain"]))
def test_raising_a_value_never_moves_change_the_wrong_way(value, previous, rise, direction):
    frame = pd.DataFrame({"decimals": [1, 1], "value": [value, value + rise],
                          "previous_value": [previous, previous], "target": [50.0, 50.0],
                          "direction": [direction, direction]})
    low, high = rag.change(frame)
    if direction == "higher":
        assert high >= low
    elif direction == "lower":
        assert high <= low
    words = rag.trend(frame).str.split().str[-1]  # the word agrees with the number
    for c, w in zip((low, high), words, strict=True):
        assert {1: "better", -1: "worse", 0: "same"}[c] == w


def test_thresholds(register):
    t = table(register)
    assert t.loc["P1", "threshold"] == 90 and t.loc["P2", "threshold"] == 23
    assert t[["threshold", "threshold_low"]].loc[["Y1", "Q1", "C1"]].isna().all().all()
    m1 = t.loc["M1"]
    assert math.isnan(m1["threshold"]) and (m1["threshold_low"], m1["threshold_high"]) == (48, 52)


def test_counts_of_each_period_shown(register):
    last_year = month_index(2020, 3)
    t = table(register,
              {"indicator_id": "P1", "month": last_year, "numerator": 1, "denominator": 3,
               "value": 33.3},
              {"indicator_id": "P1", "month": FEB, "numerator": 5, "denominator": 8,
               "value": 62.5},
              {"indicator_id": "P1", "month": MAR, "numerator": 20, "denominator": 30,
               "value": 66.7})
    assert t.loc["P1", ["counts", "previous_counts", "last_year_counts"]].tolist() == \
        ["", "5 of 8", "1 of 3"]


# --- forums ---------------------------------------------------------------------------------
def test_forum_indicators_and_their_rag_counts(register):
    rows = {"board": "members", "mapping": "findings", "actions": "actions"}
    ids = summary.forum_indicators(register, rows)
    assert ids == {"Board": ["P1", "Q1", "K1"], "Map": ["M1", "P1", "N1"], "Plan": ["Y1"]}
    rags = pd.Series({"P1": "Red", "Q1": "Green", "K1": "Red", "M1": "TBC", "N1": "TBC",
                      "Y1": "No data"})
    counts = summary.rag_counts(rags, ids)
    assert list(counts.columns) == [*RAGS, "Total"]
    assert counts.loc["Board"].tolist() == [2, 0, 0, 1, 0, 0, 3]
    assert counts.loc["Map", "TBC"] == 2 and counts.loc["Plan", "No data"] == 1
    assert summary.rag_counts(rags, {}).empty


# --- the Summary's lists --------------------------------------------------------------------
def _rated(register):
    def row(iid, now, before, **kw):
        return {"indicator_id": iid, "month": MAR, "rag": now, "previous_rag": before,
                "value": 1.0, **kw}
    return table(register,
                 row("P1", "Yellow", "Green", trend="↑ better"),  # fell, though it rose
                 row("P2", "Green", "Green", trend="↓ worse"),  # got worse, RAG held
                 row("R1", "Red", "Red"),  # Red
                 row("A1", "Amber", "Red"),  # improved
                 row("C1", "TBC", "TBC"),
                 row("K1", "Red", "Yellow"),  # fell, and Red
                 row("N1", "TBC", "", variation="Special cause"),
                 row("M1", "Green", "Yellow", variation="Improvement", assurance="Pass"),
                 row("Y1", "Red", "Green", assurance="Fail"),
                 row("Q1", NO_DATA, "Amber", value=np.nan, reason="Awaiting QA's return"))


def test_exceptions_are_rated_and_red_or_fallen(register):
    got = summary.exceptions(_rated(register))
    assert list(got.index) == ["R1", "K1", "Y1", "P1"]  # Red first, then by RAG, register order


def test_no_data_has_its_reasons_and_no_context_figures(register):
    t = _rated(register)
    got = summary.no_data(t)
    assert list(got.index) == ["S1", "Q1"]  # S1: nothing due in the returns
    assert got.loc["Q1", "reason"] == "Awaiting QA's return"
    assert "N1" not in summary.no_data(table(register))  # a context figure without data


def test_rag_changes_worst_first_and_only_when_the_returns_cover_them(register):
    t = _rated(register)
    got = summary.rag_changes(t, first=month_index(2020, 4))
    assert list(zip(got.index, got["rag_change"], strict=True)) == [
        ("P1", "Worsened"), ("K1", "Worsened"), ("Y1", "Worsened"), ("Q1", "Changed"),
        ("A1", "Improved"), ("M1", "Improved")]
    assert summary.rag_changes(t, first=MAR).empty  # the previous period is before the returns


def test_real_changes(register):
    got = summary.real_changes(_rated(register))
    assert list(got.index) == ["Y1", "M1", "N1"]
