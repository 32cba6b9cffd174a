"""Every number is the whole truth (DESIGN §4): a figure is shown only when every part of it is
there and valid, and a withheld figure says in plain words who or what is missing."""

from __future__ import annotations

import copy

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xlkpi.compute import completeness, texts, values
from xlkpi.core.calendar import month_index
from xlkpi.rate import rag
from xlkpi.read.returns import Source

APR20 = month_index(2020, 4)
SOURCES = [Source("returns/team-a.xlsx", "Front Door", 1,
                  {"numerator": 3, "denominator": 4, "value": 5, "rag": 7}),
           Source("C:\\returns\\team-b.xlsx", "CIN/CP", 1,
                  {"numerator": 3, "denominator": 4, "value": 5, "rag": 7})]


def rows_of(register, *rows, excluded=()):
    """Checked rows: (team, id, month, numerator, denominator, value[, comment]); the row
    numbers in `excluded` were rejected by validation."""
    cols = ["team", "indicator_id", "month", "numerator", "denominator", "value", "comment"]
    frame = pd.DataFrame([list(r) + [""] * (len(cols) - len(r)) for r in rows], columns=cols)
    for c in ("numerator", "denominator", "value"):
        frame[c] = pd.to_numeric(frame[c].replace("", np.nan)).astype(float)
    frame["month"] = frame["month"].astype(float)
    frame["measure"] = frame["indicator_id"].map(register.indicators["measure"])
    frame["src"] = (frame["team"] == "CIN/CP").astype(int)
    frame["row"] = np.arange(5, 5 + len(frame))
    frame["has_figures"] = frame[["numerator", "denominator", "value"]].notna().any(axis=1)
    frame["nil_return"] = ~frame["has_figures"] & frame["comment"].ne("")
    frame["excluded"] = frame.index.isin(list(excluded))
    errors = pd.DataFrame({"row_id": list(excluded), "code": "numerator-exceeds-denominator",
                           "cell": [f"'{frame.at[i, 'team']}'!D{frame.at[i, 'row']}"
                                    for i in excluded]})
    return frame, errors


def results(register, *rows, excluded=(), **kw):
    frame, errors = rows_of(register, *rows, excluded=excluded)
    return rag.rate_results(values.compute(frame, register, errors=errors, sources=SOURCES,
                                           **kw))


def at(res, iid, month=APR20):
    return res[(res["indicator_id"] == iid) & (res["month"] == month)].iloc[0]


def test_a_rejected_part_withholds_the_pooled_value(small_register):
    res = results(small_register, ("Front Door", "P1", APR20, 9, 10),
                  ("CIN/CP", "P1", APR20, 12, 10), excluded=[1])
    p1 = at(res, "P1")
    assert np.isnan(p1["value"]) and p1["rag"] == "No data"
    assert p1["reason"].startswith("CIN/CP's figures for Apr-20 were rejected (")
    assert p1["reason"].endswith(", 'CIN/CP'!D6)")
    assert p1["teams_returned"] == "1 of 2"  # a rejected return does not count


def test_a_team_that_has_not_returned_withholds_the_value(small_register):
    p1 = at(results(small_register, ("Front Door", "P1", APR20, 9, 10)), "P1")
    assert np.isnan(p1["value"]) and p1["rag"] == "No data"
    assert p1["reason"] == "Awaiting CIN/CP's return for Apr-20"
    assert p1["teams_returned"] == "1 of 2"


def test_whole_value_has_its_teams_and_cells(small_register):
    p1 = at(results(small_register, ("Front Door", "P1", APR20, 9, 10),
                    ("CIN/CP", "P1", APR20, 1, 90)), "P1")
    assert (p1["value"], p1["teams_returned"], p1["reason"]) == (10.0, "2 of 2", "")
    # file names only, never the analyst's folders (a Windows path included)
    assert p1["sources"] == "team-a.xlsx 'Front Door'!D5:F5; team-b.xlsx 'CIN/CP'!D6:F6"


def test_sources_keep_the_order_of_their_cells_naming_each_sheet_once_per_run(small_register):
    rows = [("Front Door", "C1", APR20, 4), ("Front Door", "C1", APR20, 5),
            ("CIN/CP", "C1", APR20, 6), ("Front Door", "C1", APR20, 7),
            ("Front Door", "C1", APR20, None, None, None, "Closed")]  # a nil return: no cell
    c1 = at(results(small_register, *rows), "C1")
    assert c1["value"] == 22.0
    assert c1["sources"] == ("team-a.xlsx 'Front Door'!D5:F5, D6:F6; team-b.xlsx 'CIN/CP'!D7:F7; "
                             "team-a.xlsx 'Front Door'!D8:F8")


def test_computing_leaves_the_rows_given_as_they_were(small_register):
    frame, errors = rows_of(small_register, ("Front Door", "P1", APR20, 9, 10),
                            ("CIN/CP", "P1", APR20, None, None, None, "None due"))
    before = frame.copy()
    values.compute(frame, small_register, errors=errors, sources=SOURCES)
    pd.testing.assert_frame_equal(frame, before)


def test_a_gap_inside_a_ytd_window_withholds_the_ytd(small_register):
    rows = [("Front Door", "P2", APR20 + k, 10, 100) for k in (0, 1, 3)]  # Jul-20 missing
    res = results(small_register, *rows)
    assert at(res, "P2", APR20 + 1)["value"] == 10.0
    jun, jul = at(res, "P2", APR20 + 2), at(res, "P2", APR20 + 3)
    assert np.isnan(jul["value"]) and jul["rag"] == "No data"  # nothing carried forward
    gap = "Year to date incomplete: no valid figures for Jun-20 from Front Door"
    assert (jun["reason"], jul["reason"]) == (gap, gap)


def test_nil_returns_count_as_returned_and_add_nothing(small_register):
    res = results(small_register,
                  ("Front Door", "P1", APR20, 9, 10),
                  ("CIN/CP", "P1", APR20, None, None, None, "No referrals this month"),
                  ("Front Door", "C1", APR20, None, None, None, "Office closed"))
    p1, c1 = at(res, "P1"), at(res, "C1")
    assert (p1["value"], p1["teams_returned"]) == (90.0, "2 of 2")
    assert (c1["value"], c1["reason"]) == (0.0, "")  # a count of nothing is 0


def test_nil_returns_from_every_team_leave_a_percentage_without_value(small_register):
    res = results(small_register, ("Front Door", "P1", APR20, None, None, None, "None due"),
                  ("CIN/CP", "P1", APR20, None, None, None, "None due"))
    p1 = at(res, "P1")
    assert p1["rag"] == "No data"
    assert p1["reason"] == "Nil returns from every team: nothing to count"


def test_a_blank_row_without_comment_is_not_a_return(small_register):
    p1 = at(results(small_register, ("Front Door", "P1", APR20, 9, 10),
                    ("CIN/CP", "P1", APR20)), "P1")
    assert p1["reason"] == "Awaiting CIN/CP's return for Apr-20"


def test_rate_in_a_window_divides_by_the_last_population(small_register):
    reg = copy.deepcopy(small_register)
    reg.indicators.loc["R1", "window"] = "ytd"
    rows = [("CIN/CP", "R1", APR20 + k, 10) for k in range(3)]
    r1 = at(results(reg, *rows), "R1", APR20 + 2)
    population = reg.population(np.array([2020]))[0]
    assert r1["value"] == 10_000 * 30 / population  # never 30 / (3 x population)


def test_previous_no_data_means_nothing_improved(small_register):
    res = results(small_register, ("Front Door", "P1", APR20 + 1, 10, 100),
                  ("CIN/CP", "P1", APR20 + 1, 10, 100), ("Front Door", "P1", APR20, 1, 100))
    may = at(res, "P1", APR20 + 1)
    assert np.isnan(may["previous_value"]) and may["rag"] == "Red"


def test_direction_none_is_never_rated_better_or_worse(small_register):
    reg = copy.deepcopy(small_register)
    reg.indicators.loc["C1", "direction"] = "none"
    res = results(reg, ("Front Door", "C1", APR20, 100), ("Front Door", "C1", APR20 + 1, 150))
    may = at(res, "C1", APR20 + 1)
    assert (may["rag"], may["trend"]) == ("TBC", "↑")
    assert np.isnan(may["change"])


# --- properties -------------------------------------------------------------------------------
PARTS = st.lists(st.tuples(st.integers(0, 50), st.integers(50, 100)), min_size=2, max_size=6)


@settings(max_examples=60, deadline=None)
@given(parts=PARTS, drop=st.integers(0, 5))
def test_withholding_one_contribution_never_leaves_a_value(shared_small_register, parts, drop):
    teams = ("Front Door", "CIN/CP")
    rows = [(teams[i % 2], "P1", APR20, n, d) for i, (n, d) in enumerate(parts)]
    res = results(shared_small_register, *rows, excluded=[drop % len(rows)])
    assert np.isnan(at(res, "P1")["value"])
    assert at(res, "P1")["reason"] != ""


@settings(max_examples=60, deadline=None)
@given(months=st.sets(st.integers(0, 11), min_size=1, max_size=12))
def test_a_ytd_value_never_exists_when_a_month_of_its_window_has_none(shared_small_register,
                                                                      months):
    rows = [("Front Door", "P2", APR20 + k, 5, 50) for k in sorted(months)]
    res = results(shared_small_register, *rows, first=APR20, last=APR20 + 11)
    p2 = res[res["indicator_id"] == "P2"].set_index("month")
    for k in range(12):
        whole = all(m in months for m in range(k + 1))
        assert np.isnan(p2.at[APR20 + k, "value"]) != whole


def test_sources_name_every_cell_and_reasons_every_team_they_miss(small_register):
    reg = copy.deepcopy(small_register)
    teams = tuple(f"Team {c}" for c in "ABCDEF")
    reg.indicators.at["P1", "teams"] = teams
    returned = [(t, "P1", APR20, 1, 10) for t in teams]
    p1 = at(results(reg, *returned), "P1")
    assert p1["teams_returned"] == "6 of 6"
    # every cell, none counted away; the file and sheet named once for its run of cells
    assert p1["sources"] == "team-a.xlsx 'Front Door'!" + ", ".join(
        f"D{r}:F{r}" for r in range(5, 11))
    p1 = at(results(reg, *returned[:1]), "P1")
    assert p1["reason"] == ("Awaiting Team B's, Team C's, Team D's and 2 more returns for "
                            "Apr-20")


def test_text_codes_are_a_categoricals_own_or_factorized():
    text = pd.Series(["CLA", None, "HR", "CLA"], dtype=object)
    codes, names = texts.codes_of(text)
    assert codes.tolist() == [0, -1, 1, 0] and names.tolist() == ["CLA", "HR"]
    codes, names = texts.codes_of(text.astype("category"))
    assert names[codes[[0, 2, 3]]].tolist() == ["CLA", "HR", "CLA"] and codes[1] == -1


def test_results_are_the_same_for_text_or_categorical_rows(small_register):
    """compute makes team and indicator_id categoricals; rows given so come out the same,
    teams the register names that returned nothing (Awaiting) included."""
    frame, errors = rows_of(small_register, ("Front Door", "P1", APR20, 9, 10),
                            ("CIN/CP", "P1", APR20, 12, 10), ("Front Door", "C1", APR20, 4),
                            ("Front Door", "A1", APR20, 30, 2), excluded=[1])
    plain = values.compute(frame, small_register, errors=errors, sources=SOURCES)
    coded = frame.astype({"team": "category", "indicator_id": "category"})
    pd.testing.assert_frame_equal(
        values.compute(coded, small_register, errors=errors, sources=SOURCES), plain)
    assert at(plain, "A1")["reason"] == "Awaiting CIN/CP's return for Apr-20"
    assert at(plain, "Y1")["reason"] == "Awaiting Finance's return for Apr-20"  # no row's team


ROWS = st.lists(st.tuples(st.sampled_from(["Front Door", "CIN/CP", "Finance"]),
                          st.sampled_from(["P1", "P2", "C1", "A1", "Y1"]),
                          st.integers(0, 3), st.one_of(st.none(), st.integers(0, 9)),
                          st.just(10), st.just(None), st.sampled_from(["", "none this month"])),
                min_size=1, max_size=25)


@settings(max_examples=80, deadline=None)
@given(rows=ROWS, drop=st.sets(st.integers(0, 24), max_size=3))
def test_tables_of_pairs_give_what_hashing_gives(shared_small_register, rows, drop):
    """Tables of which (grid row, team)s occur and of each group's team list (single_periods,
    joined) give the same results as the hashing they replace (tables too big: none made),
    duplicated rows and teams the register does not name included."""
    rows = [(t, i, APR20 + m, np.nan if n is None else n, d, np.nan, c)
            for t, i, m, n, d, _, c in rows]
    excluded = [k for k in sorted(drop) if k < len(rows)]
    want = results(shared_small_register, *rows, excluded=excluded)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(completeness, "PAIR_TABLE_CELLS", 0)
        m.setattr(texts, "SAME_LISTS_CELLS", 0)
        got = results(shared_small_register, *rows, excluded=excluded)
    pd.testing.assert_frame_equal(got, want)
