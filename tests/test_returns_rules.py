"""The rules about what was returned (DESIGN §4, §7): nil returns, missing returns, duplicates
and empty files; and that findings name the rows they are about.

Register: tests/builders.py SMALL (P1 and A1 from Front Door and CIN/CP, P2 and C1 from Front
Door, R1 from CIN/CP, K1 quarterly and Y1 from Finance, S1 annual from HR, Q1 quarterly
from QA; the financial year starts in April).
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest
import xlsxwriter
from builders import RETURNS_HEADERS, write_returns

from xlkpi.read.returns import read_returns
from xlkpi.validate import cross_row
from xlkpi.validate.returns import validate_returns

TODAY = dt.date(2021, 6, 1)
FD = "Front Door"


def r(team, iid, period, numerator=None, denominator=None, value=None, comment=None,
      rag=None, evidence=None):
    return [team, iid, period, numerator, denominator, value, comment, rag, evidence]


def check(tmp_path, register, *files, paths=None):
    """Validate returns files given as lists of rows (returns-1.xlsx, returns-2.xlsx, ...)."""
    written = [write_returns(tmp_path / f"returns-{i}.xlsx", rows)
               for i, rows in enumerate(files, start=1)]
    return validate_returns(read_returns(paths or written), register, today=TODAY)


def found(checked, code, *fields):
    frame = checked.report.frame
    return frame.loc[frame["code"] == code, list(fields)].values.tolist()


def by_code(checked):
    return sorted(set(checked.report.frame["code"]))


# --- nil returns --------------------------------------------------------------------------------
NIL = {  # a nil return for each measure: figures blank, a comment saying why
    "P1": FD, "R1": "CIN/CP", "A1": FD, "C1": FD, "K1": "Finance", "Y1": "Finance",
    "S1": "HR", "Q1": "QA",
}


@pytest.mark.parametrize("iid", list(NIL))
def test_a_nil_return_is_a_return_and_never_an_error(tmp_path, small_register, iid):
    checked = check(tmp_path, small_register,
                    [r(NIL[iid], iid, "2021-03", comment="Nothing to count this period")])
    assert checked.report.errors == 0, checked.report.frame
    assert checked.rows["nil_return"].tolist() == [True]
    assert checked.rows["excluded"].tolist() == [False]
    assert (NIL[iid], iid) not in {(t, i) for t, i in found(checked, "missing-return", "team",
                                                            "indicator")}


def test_a_row_with_no_figures_and_no_comment_is_no_return(tmp_path, small_register):
    checked = check(tmp_path, small_register, [r(FD, "P1", "2020-04", 80, 100),
                                               r(FD, "P1", "2020-05"),
                                               r(FD, "P2", "2020-05", 5, 100)])
    assert checked.rows["nil_return"].tolist() == [False, False, False]
    assert checked.report.errors == 0
    assert [FD, "P1", "2020-05"] in found(checked, "missing-return", "team", "indicator",
                                          "period")


def test_a_comment_with_some_figures_is_not_a_nil_return(tmp_path, small_register):
    checked = check(tmp_path, small_register, [r(FD, "P1", "2020-04", 80, comment="Half")])
    assert checked.rows["nil_return"].tolist() == [False]
    assert found(checked, "incomplete-figures", "cell") == [["Returns!E2"]]


# --- missing returns ----------------------------------------------------------------------------
def test_missing_returns_chase_every_team_the_register_names(tmp_path, small_register):
    months = [f"2020-{m:02d}" for m in range(4, 10)]
    rows = [r(FD, "P1", m, 80, 100) for m in months]
    rows += [r(FD, "P2", m, 5, 100) for m in ("2020-07", "2020-09")]  # P2 starts in July
    checked = check(tmp_path, small_register, rows)
    missing = {(t, i): (p, m, f) for t, i, p, m, f in
               found(checked, "missing-return", "team", "indicator", "period", "message",
                     "file")}
    # CIN/CP sent no file, yet the register names it for P1: chased for every month, no file
    period, message, file = missing["CIN/CP", "P1"]
    assert period == "2020-04 to 2020-09" and "6 months" in message and file == ""
    # not chased before the first month anyone returned it
    assert missing[FD, "P2"][:2] == ("2020-08", f"{FD} has not returned P2 (% of "
                                                "re-referrals) for 2020-08.")
    # nobody returned A1, C1, ...: chased for the latest due month covered only
    assert missing[FD, "A1"][0] == missing["CIN/CP", "A1"][0] == "2020-09"
    assert missing["Finance", "K1"][0] == "2020-09"  # quarterly: September ends a quarter
    assert ("HR", "S1") not in missing  # annual: due in March, not covered
    assert missing[FD, "A1"][2].endswith("returns-1.xlsx")  # Front Door's own file
    assert set(missing) == {("CIN/CP", "P1"), (FD, "P2"), (FD, "A1"), ("CIN/CP", "A1"),
                            ("CIN/CP", "R1"), (FD, "C1"), ("Finance", "K1"),
                            ("Finance", "Y1"), ("QA", "Q1")}


def test_missing_months_are_grouped_in_spans(tmp_path, small_register):
    rows = [r(FD, "P1", f"2020-{m:02d}", 80, 100) for m in (4, 5, 6, 7, 8, 9)]
    rows += [r("CIN/CP", "P1", f"2020-{m:02d}", 8, 10) for m in (4, 7)]
    rows += [r("CIN/CP", "P1", "2020-05", comment="No referrals: office closed")]  # nil
    [message] = [m for t, i, m in found(check(tmp_path, small_register, rows),
                                        "missing-return", "team", "indicator", "message")
                 if (t, i) == ("CIN/CP", "P1")]
    assert "P1 (% of referrals decided in 1 day) for 2020-06, 2020-08 to 2020-09 " \
           "(3 months)" in message


def test_no_missing_returns_without_any_return(tmp_path, small_register):
    checked = check(tmp_path, small_register, [r(FD, "P1", "2020-04")])
    assert found(checked, "missing-return", "team") == []


# --- duplicates ---------------------------------------------------------------------------------
def test_a_copied_row_is_used_once_with_a_warning(tmp_path, small_register):
    checked = check(tmp_path, small_register, [r(FD, "P1", "2020-04", 80, 100, comment="a"),
                                               r(FD, "P1", "2020-04", "80", 100, comment="b")])
    assert checked.report.errors == 0
    assert checked.rows["excluded"].tolist() == [False, True]  # the first is kept
    [[cell, message]] = found(checked, "duplicate-copy", "cell", "message")
    assert cell == "Returns!B3"
    assert "the same figures as returns-1.xlsx Returns!D2:F2" in message


def test_the_same_file_given_twice(tmp_path, small_register):
    rows = [r(FD, "P1", "2020-04", 80, 100), r(FD, "P2", "2020-04", 5, 100)]
    path = write_returns(tmp_path / "returns.xlsx", rows)
    checked = validate_returns(read_returns([path, path]), small_register, today=TODAY)
    assert checked.report.errors == 0
    assert checked.rows["excluded"].tolist() == [False, False, True, True]
    copies = found(checked, "duplicate-copy", "cell", "message")
    assert [c for c, _ in copies] == ["Returns!B2", "Returns!B3"]
    assert all("(the same file given twice)" in m for _, m in copies)


def test_different_figures_are_an_error_naming_both_cells_in_both_files(tmp_path,
                                                                         small_register):
    checked = check(tmp_path, small_register, [r(FD, "P1", "2020-04", 80, 100)],
                    [r(FD, "P2", "2020-04", 5, 100), r(FD, "P1", "2020-04", 70, 100)])
    errors = found(checked, "duplicate-return", "file", "cell", "message")
    assert [(f[-14:], c) for f, c, _ in errors] == [("returns-1.xlsx", "Returns!B2"),
                                                     ("returns-2.xlsx", "Returns!B3")]
    message = errors[0][2]
    assert message == errors[1][2]
    assert message == (
        f"{FD} returns P1 for 2020-04 twice with different figures: returns-1.xlsx "
        "Returns!D2:F2 (Numerator 80, Denominator 100) and returns-2.xlsx Returns!D3:F3 "
        "(Numerator 70, Denominator 100). Keep the row with the right figures and delete the "
        "other; none is used until only one remains.")
    assert checked.rows["excluded"].tolist() == [True, False, True]


def test_a_copy_among_different_figures_is_part_of_the_conflict(tmp_path, small_register):
    checked = check(tmp_path, small_register, [r(FD, "P1", "2020-04", 80, 100)] * 2
                    + [r(FD, "P1", "2020-04", comment="Nothing to count")])
    assert found(checked, "duplicate-copy", "cell") == []
    [message, *_] = [m for _, m in found(checked, "duplicate-return", "cell", "message")]
    assert "3 times" in message and "(Numerator 80, Denominator 100) and " in message
    assert "D4:F4 (no figures)" in message and "delete the others" in message
    assert checked.rows["excluded"].all()


def _big_return(path, rows):
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = book.add_worksheet("Returns")
    ws.write_row(0, 0, RETURNS_HEADERS)
    for i, row in enumerate(rows, start=1):
        ws.write_row(i, 0, row)
    book.close()
    return path


@pytest.mark.slow
def test_ten_thousand_copies_of_one_key_stay_short(tmp_path, small_register):
    path = _big_return(tmp_path / "big.xlsx",
                       [r(FD, "P1", "2020-04", i % 100, 100) for i in range(10_000)])
    checked = validate_returns(read_returns([path]), small_register, today=TODAY)
    messages = checked.report.frame.query("code == 'duplicate-return'")["message"]
    assert len(messages) == 10_000
    assert messages.str.len().max() < 400 and not messages.str.contains("\n").any()
    assert "and 97 more." in messages.iloc[0]  # 100 different versions, 3 shown
    assert "10,000 times" in messages.iloc[0]


# --- empty returns files ------------------------------------------------------------------------
@pytest.mark.parametrize("rows", [[], [[None] * 9] * 3, [r(FD, "P1", "2020-04")]],
                         ids=["header only", "blank rows", "ids and periods only"])
def test_a_returns_file_with_no_figures_is_an_error(tmp_path, small_register, rows, cli,
                                                    small_register_path):
    path = write_returns(tmp_path / "empty.xlsx", rows)
    checked = validate_returns(read_returns([path]), small_register, today=TODAY)
    [[file, sheet, message]] = found(checked, "empty-return", "file", "sheet", "message")
    assert (file, sheet) == (str(path), "Returns")
    assert message.startswith(f"Sheet 'Returns' of {path} has a header row but no figures")
    assert cli("validate", path, "--register", small_register_path).code == 1


def test_only_the_empty_file_is_flagged(tmp_path, small_register):
    checked = check(tmp_path, small_register, [r(FD, "P1", "2020-04", 80, 100)], [],
                    [r(FD, "P1", "2020-05", comment="No referrals")])
    assert [f[-14:] for [f] in found(checked, "empty-return", "file")] == ["returns-2.xlsx"]


# --- findings name their rows -------------------------------------------------------------------
def test_findings_carry_the_row_id_and_rows_carry_no_side_columns(tmp_path, small_register):
    values = [80, 82, 79, 81, 80, 83, 81, 80, 20]  # the last is an unusual change
    rows = [r(FD, "P1", f"{2020 + (3 + i) // 12}-{(3 + i) % 12 + 1:02d}", v, 100)
            for i, v in enumerate(values)] + [r(FD, "P2", "2020-04", 120, 100)]
    checked = check(tmp_path, small_register, rows)
    frame = checked.report.frame_with_keys()
    row_id = dict(zip(frame["code"], frame["row_id"], strict=False))
    assert checked.rows.loc[row_id["numerator-exceeds-denominator"], "indicator_id"] == "P2"
    assert checked.rows.loc[row_id["unusual-change"], "row"] == 10
    assert row_id["missing-return"] == -1
    assert not [c for c in checked.rows.columns if c.startswith("_")]
    [message] = frame.loc[frame["code"] == "unusual-change", "message"]
    assert "moved from 80 to 20" in message and "(about 2)" in message


def test_an_average_worked_out_from_a_total_cost_needs_its_denominator(tmp_path):
    from builders import write_register

    from xlkpi.compute.values import compute
    from xlkpi.validate.register import load_register

    reg = load_register(write_register(tmp_path / "reg.xlsx", [
        ("K1", "Total cost of placements", "cost", None, None, "none", "monthly", "month",
         None, "Finance", "Cost", "Placements"),
        ("K2", "Average cost per placement", "average", 20000, None, "lower", "monthly",
         "month", 0, "", None, None, "K1")]))
    checked = check(tmp_path, reg, [r("Finance", "K1", "2021-04", 250_000, 10),
                                    r("Finance", "K1", "2021-05", 260_000),
                                    r("Finance", "K1", "2021-06", None, None, 270_000)])
    assert found(checked, "denominator-for-average", "cell", "message") == [
        ["Returns!E3", "K1's figures also give the average K2, which divides by the "
         "Denominator: give it (not blank, not 0) beside the Numerator."],
        ["Returns!E4", "K1's figures also give the average K2, which divides by the "
         "Denominator: give it (not blank, not 0) beside the Numerator."]]
    values = compute(checked.rows, reg).set_index(["indicator_id", "period"])["value"]
    assert (values["K1", "2021-04"], values["K2", "2021-04"]) == (250_000, 25_000)
    # a total given as Value alone is never taken for its average
    assert values.isna()[("K2", "2021-06")]


@pytest.mark.parametrize("table_cells", [cross_row.MEDIAN_TABLE_CELLS, 0])  # table, groupby
def test_run_medians_are_pandas_groupby_medians(monkeypatch, table_cells):
    monkeypatch.setattr(cross_row, "MEDIAN_TABLE_CELLS", table_cells)
    rng = np.random.default_rng(7)
    for _ in range(50):
        sizes = rng.integers(1, 12, rng.integers(1, 30))
        x = rng.normal(size=sizes.sum()).round(int(rng.integers(0, 3)))
        x[rng.random(len(x)) < 0.3] = np.nan  # skipped; a run of NaNs only has none
        starts = np.r_[0, np.cumsum(sizes)[:-1]]
        want = pd.Series(x).groupby(np.repeat(np.arange(len(sizes)), sizes)).median()
        np.testing.assert_array_equal(cross_row.run_medians(x, starts), want.to_numpy())
