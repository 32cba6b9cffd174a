"""Texts joined per output row (compute/texts.py) and the cell references they are made of
(validate/locations.py): what a reason names and what a Sources cell lists."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xlkpi.compute import texts, values
from xlkpi.read.returns import Source
from xlkpi.validate import locations

SOURCES = [Source("in/team-a.xlsx", "Front Door", 1, {"numerator": 3, "denominator": 4,
                                                      "value": 5, "rag": 7}),
           Source("team-b.xlsx", "Returns", 1, {"indicator_id": 1, "value": 3})]


def test_joined_names_each_group_in_its_order_and_counts_the_rest():
    group = np.array([2, 0, 2, 2, 2, 2, 0])
    names = np.array(list("abcdefg"), dtype=object)
    got = texts.joined(group, names, 4, ", ")
    assert got.tolist() == ["b, g", "", "a, c, d, 2 more", ""]
    assert texts.joined(group, names, 4, ", ", limit=None)[2] == "a, c, d, e, f"
    # four names are all named: "and 1 more" would say no less
    assert texts.joined(group[:5], names[:5], 3, "; ")[2] == "a; c; d; e"


def test_joined_possessives_end_with_and():
    group = np.array([0, 0, 0, 1, 2, 2, 2, 2, 2])
    teams = np.array(["CLA", "YOT", "CIN", "CLA", "A", "B", "C", "D", "E"], dtype=object)
    got = texts.joined(group, teams, 3, ", ", quote="'s")
    assert got.tolist() == ["CLA's, YOT's and CIN's", "CLA's", "A's, B's, C's and 2 more"]


def test_a_name_ending_in_s_takes_the_apostrophe_alone():
    teams = np.array(["Care Leavers", "CLA"], dtype=object)
    got = texts.joined(np.array([0, 0]), teams, 1, ", ", quote="'s")
    assert got.tolist() == ["Care Leavers' and CLA's"]


def test_joined_of_nothing_is_blank():
    got = texts.joined(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=object), 2, ", ")
    assert got.tolist() == ["", ""]


def test_cell_lists_name_a_file_and_sheet_once_per_run_of_its_cells():
    prefixes = ["a.xlsx Returns!", "b.xlsx 'CIN'!"]
    spans = [("D", ":F"), ("H", "")]
    group = np.array([0, 1, 0, 0, 0, 1])
    src = np.array([0, 0, 1, 0, 0, 0])
    span = np.array([0, 0, 0, 0, 1, 0])
    row = np.array([4, 5, 6, 7, 8, 9])
    got = texts.cell_lists(group, src, span, row, spans, prefixes, 3)
    # consecutive cells of one sheet share its name; the order of the cells is kept
    assert got.tolist() == ["a.xlsx Returns!D4:F4; b.xlsx 'CIN'!D6:F6; a.xlsx Returns!D7:F7, "
                            "H8", "a.xlsx Returns!D5:F5, D9:F9", ""]
    assert texts.cell_lists(group, src, span, row, spans, [], 3).tolist() == ["", "", ""]


def test_cell_lists_of_any_row_number_column_and_sheet_name():
    """Row numbers of 1 to 7 digits side by side, letters of 1 to 3, names beyond ASCII."""
    prefixes = ["é.xlsx 'Équipe'!", "b.xlsx R!"]
    spans = [("A", ":XFD"), ("AB", ""), ("XFD", ":XFE")]
    row = np.array([1, 9, 10, 99, 100, 1_048_576, 7, 20])
    group = np.array([1, 1, 1, 0, 0, 0, 3, 3])
    src = np.array([0, 0, 1, 1, 0, 0, 1, 1])
    span = np.array([0, 1, 2, 0, 1, 2, 1, 1])
    got = texts.cell_lists(group, src, span, row, spans, prefixes, 4)
    assert got.tolist() == [
        "b.xlsx R!A99:XFD99; é.xlsx 'Équipe'!AB100, XFD1048576:XFE1048576",
        "é.xlsx 'Équipe'!A1:XFD1, AB9; b.xlsx R!XFD10:XFE10", "", "b.xlsx R!AB7, AB20"]


def test_figure_cells_span_the_figures_or_name_the_one_cell():
    rows = pd.DataFrame({"src": [0, 0, 1], "row": [4, 5, 6],
                         "measure": ["percentage", "assessed", "count"]})
    assert locations.figure_ranges(rows, SOURCES).tolist() == ["D4:F4", "H5", "D6"]
    assert locations.sheet_prefixes(SOURCES) == ["team-a.xlsx 'Front Door'!",
                                                 "team-b.xlsx Returns!"]
    assert locations.figure_cells(rows, SOURCES).tolist() == [
        "team-a.xlsx 'Front Door'!D4:F4", "team-a.xlsx 'Front Door'!H5", "team-b.xlsx Returns!D6"]
    assert locations.figure_cells(rows, []).tolist() == ["", "", ""]


@pytest.mark.parametrize("table", [True, False])
def test_pooled_teams_are_each_named_once_in_alphabetical_order(monkeypatch, table):
    """Whether the distinct (key, team) pairs come off a table or out of a sort."""
    if not table:
        monkeypatch.setattr(values, "PAIR_TABLE_CELLS", 0)
    rows = pd.DataFrame({
        "indicator_id": ["P1", "P1", "P1", "P2", "P1", "P2"],
        "month": [10, 10, 10, 10, 11, 10], "measure": "count",
        "team": ["YOT", "CLA", "YOT", "CIN", "CIN", "CLA"],
        "numerator": [1.0, 2, 3, 4, 5, 6], "denominator": np.nan, "value": np.nan,
        "rag": "", "evidence": "", "comment": ""})
    pooled = values.pool(rows).set_index(["indicator_id", "month"])
    assert pooled["teams"].to_dict() == {("P1", 10): "CLA, YOT", ("P1", 11): "CIN",
                                         ("P2", 10): "CIN, CLA"}
    assert pooled.loc[("P1", 10), "numerator"] == 6.0


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5), st.sampled_from(["CLA", "CIN", "Care Leavers",
                                                               "YOT", "A"])), max_size=40),
       st.integers(0, 3), st.sampled_from(["", "'s"]), st.sampled_from([None, 1, 3]))
def test_joined_once_per_distinct_list_is_joined_per_group(items, spare, quote, limit):
    """joined with `codes` (each distinct list of items joined once) gives what it gives
    joining every group."""
    n = max([g for g, _ in items], default=-1) + 1 + spare
    group = np.array([g for g, _ in items], dtype=np.int64)
    names = np.array([v for _, v in items], dtype=object)
    codes = pd.factorize(names)[0]
    want = texts.joined(group, names, n, ", ", quote=quote, limit=limit)
    got = texts.joined(group, names, n, ", ", quote=quote, limit=limit, codes=codes)
    assert got.tolist() == want.tolist()


def _cell_lists_one_by_one(group, src, span, row, spans, prefixes, n):
    """cell_lists as a loop over the cells: what its arrays of bytes must give."""
    out = [""] * n
    last = {}
    for g, s, k, r in zip(group.tolist(), src.tolist(), span.tolist(), row.tolist(),
                          strict=True):
        a, b = spans[k]
        cell = f"{a}{r}{b}{r if b else ''}"
        if not out[g]:
            out[g] = prefixes[s] + cell
        elif last[g] != s:
            out[g] += "; " + prefixes[s] + cell
        else:
            out[g] += ", " + cell
        last[g] = s
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 4), st.integers(0, 2), st.integers(0, 3),
                          st.one_of(st.integers(0, 120), st.integers(0, 1_048_576))),
                max_size=40))
def test_cell_lists_is_the_cells_one_by_one(cells):
    spans = [("D", ":F"), ("G", ""), ("AB", ":AD"), ("C", "")]
    prefixes = ["a.xlsx Returns!", "b.xlsx 'CIN'!", "é.xlsx 'Ç'!"]
    group, src, span, row = (np.array([c[i] for c in cells], dtype=np.int64)
                             for i in range(4))
    got = texts.cell_lists(group, src, span, row, spans, prefixes, 6)
    assert got.tolist() == _cell_lists_one_by_one(group, src, span, row, spans, prefixes, 6)
