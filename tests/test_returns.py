"""Returns validation: a corpus of malformed and awkward workbooks, each giving the right
codes at the right cells and the right exit code, with no traceback and the input untouched.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import re
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest
import xlsxwriter
from builders import RETURNS_HEADERS, returns_workbook, write_register
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xlkpi.core.codes import CODES
from xlkpi.read import values as parse
from xlkpi.read.cells import Column
from xlkpi.read.returns import FIELDS, read_returns
from xlkpi.read.values import Coded
from xlkpi.read.xlsx import Book, SheetData
from xlkpi.validate.coercion import coerce
from xlkpi.validate.register import load_register
from xlkpi.validate.returns import validate_returns

OK = ["Front Door", "P1", "2020-04", 80, 100]  # a valid row; the corpus varies it


def row(*changes, base=OK):
    r = list(base) + [None] * (len(RETURNS_HEADERS) - len(base))
    for i, v in changes:
        r[i] = v
    return r


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_validate(cli, tmp_path, workbook, register_path, *extra_files):
    path = tmp_path / "returns.xlsx"
    if isinstance(workbook, openpyxl.Workbook):
        workbook.save(path)
    before = sha(path)
    result = cli("validate", path, *extra_files, "--register", register_path, "--json")
    assert "Traceback" not in result.out + result.err
    assert sha(path) == before, "the input must not change"
    data = json.loads(result.out) if result.out.strip().startswith("{") else None
    return result, data


def errors_and_warnings(data):
    errors = sorted((f["cell"], f["code"]) for f in data["findings"] if f["severity"] == "error")
    warnings = sorted((f["cell"], f["code"]) for f in data["findings"]
                      if f["severity"] == "warning")
    return errors, warnings


def wb(rows, **kw):
    return returns_workbook(rows, **kw)


# Each case: a workbook of returns rows (header in row 1, data from row 2), the errors
# expected (cell, code) — exactly — and the exit code.
CASES = {
    "valid": ([row()], [], 0),
    "unknown-indicator": ([row((1, "P9"))], [("Returns!B2", "unknown-indicator")], 1),
    "missing-indicator-id": ([row((1, None))], [("Returns!B2", "missing-indicator-id")], 1),
    "missing-period": ([row((2, None))], [("Returns!C2", "missing-period")], 1),
    "bad-period": ([row((2, "Sept 2020x"))], [("Returns!C2", "bad-period")], 1),
    "period-out-of-range": ([row((2, "1999-12"))], [("Returns!C2", "period-out-of-range")], 1),
    "off-cycle-period": ([row((0, "Finance"), (1, "K1"), (2, "2020-05"), (3, 100),
                              (4, None))], [("Returns!C2", "off-cycle-period")], 1),
    "not-a-number": ([row((3, "eighty"))], [("Returns!D2", "not-a-number")], 1),
    "negative-number": ([row((3, -5))], [("Returns!D2", "negative-number")], 1),
    "not-finite": ([row((4, "inf"))], [("Returns!E2", "not-finite")], 1),
    "implausible-number": ([row((3, 2e9), (4, 3e9))],
                           [("Returns!D2", "implausible-number"),
                            ("Returns!E2", "implausible-number")], 1),
    "not-whole-number": ([row((3, 80.5))], [("Returns!D2", "not-whole-number")], 1),
    "numerator-exceeds-denominator": ([row((3, 120))],
                                      [("Returns!D2", "numerator-exceeds-denominator")], 1),
    "zero-denominator": ([row((3, 0), (4, 0))], [("Returns!E2", "zero-denominator")], 1),
    "excel-error": ([row((3, "#REF!"))], [("Returns!D2", "excel-error")], 1),
    "formula-without-value": ([row((3, "=E2*0.8"))], [("Returns!D2", "formula-without-value")],
                              1),
    "incomplete-figures": ([row((4, None))], [("Returns!E2", "incomplete-figures")], 1),
    "value-mismatch": ([row((5, 70))], [("Returns!F2", "value-mismatch")], 1),
    "duplicate-return": ([row(), row((3, 70))],
                         [("Returns!B2", "duplicate-return"), ("Returns!B3", "duplicate-return")],
                         1),
    "duplicate-copy (a warning)": ([row(), row((6, "again"))], [], 0),
    "bad-yesno": ([row((0, "Finance"), (1, "Y1"), (3, None), (4, None), (5, "maybe"))],
                  [("Returns!F2", "bad-yesno")], 1),
    "bad-rag": ([row((0, "QA"), (1, "Q1"), (2, "2020-06"), (3, None), (4, None),
                     (7, "Purple"), (8, "audit"))], [("Returns!H2", "bad-rag")], 1),
    "missing-evidence": ([row((0, "QA"), (1, "Q1"), (2, "2020-06"), (3, None), (4, None),
                              (7, "Amber"))], [("Returns!I2", "missing-evidence")], 1),
    "single-team-indicator": ([row((0, "Finance"), (1, "Y1"), (3, None), (4, None), (5, "Yes")),
                               row((0, "HR"), (1, "Y1"), (3, None), (4, None), (5, "No"))],
                              [("Returns!B2", "single-team-indicator"),
                               ("Returns!B3", "single-team-indicator")], 1),
    "cannot-pool-value": ([row(), row((0, "CIN/CP"), (3, None), (4, None), (5, 80))],
                          [("Returns!F3", "cannot-pool-value")], 1),
    # awkward but valid
    "numbers stored as text": ([row((3, "80"), (4, " 1,000 "))], [], 0),
    "percentage typed with %": ([row((3, None), (4, None), (5, "74%"))], [], 0),
    "trailing spaces and lower case ids": ([row((1, " p1  ")), row((1, "p2 "))], [], 0),
    "blank rows in the middle": ([row(), [None] * 9, [None] * 9, row((1, "P2"))], [], 0),
    "dates and Apr-20 periods": ([row((2, dt.date(2020, 4, 17))),
                                  row((1, "P2"), (2, "Apr-20"))], [], 0),
    "rag words in any case": ([row((0, "QA"), (1, "Q1"), (2, "2020-06"), (3, None), (4, None),
                                   (7, "amber"), (8, "Audit of 20 cases"))], [], 0),
    "comments that look like formulas": ([row((6, "-cmd|' /C calc'!A0")),
                                          row((1, "P2"), (6, "+44 7700 900000 ☎ ✓"))], [], 0),
    "id written as a formula by a program": ([row((1, "=UPPER(\"p1\")"))],
                                             [("Returns!B2", "formula-without-value"),
                                              ("Returns!B2", "missing-indicator-id")], 1),
}


@pytest.mark.parametrize("name", list(CASES))
def test_corpus(name, cli, tmp_path, small_register_path):
    rows, expected, exit_code = CASES[name]
    result, data = run_validate(cli, tmp_path, wb(rows), small_register_path)
    assert result.code == exit_code, result
    errors, _ = errors_and_warnings(data)
    assert errors == sorted(expected)
    for f in data["findings"]:
        assert f["message"] and "{" not in f["message"]
        assert not re.search(r"\bnan\b", f["message"], re.I), f["message"]
        # a team the register names that sent no file is missing from no file
        assert f["file"].endswith("returns.xlsx") or f["code"] == "missing-return"
        if f["cell"]:
            assert f["cell"].startswith("Returns!") and f["severity"] == CODES[f["code"]].severity


def test_every_returns_rule_has_a_corpus_case():
    covered = {code for _, expected, _ in CASES.values() for _, code in expected}
    covered |= {"no-returns-sheet", "missing-column", "duplicate-column", "hidden-row",
                "register-mismatch", "unexpected-team", "missing-return", "unusual-change",
                "derived-indicator", "formula-without-text"}  # tested below
    covered |= {"duplicate-copy", "empty-return",  # tests/test_returns_rules.py
                "denominator-for-average"}
    rules = {c for c, code in CODES.items() if code.scope in ("file", "returns")}
    assert rules <= covered, rules - covered


def test_comment_formulas(cli, tmp_path, small_register_path):
    """A comment typed as text that starts with = stays text; one a program stored as a
    formula with no saved result is reported as lost, and its figures are still used."""
    book = wb([row((6, "=cmd|' /C calc'!A0")), row((1, "P2"), (6, "=SUM(A1:A3)"))])
    book.active["G2"].data_type = "s"  # stored as a string, as Excel does for '=cmd
    result, data = run_validate(cli, tmp_path, book, small_register_path)
    assert result.code == 0
    assert errors_and_warnings(data)[1].count(("Returns!G3", "formula-without-text")) == 1
    assert "Returns!G2" not in [f["cell"] for f in data["findings"]]
    checked = validate_returns(read_returns([tmp_path / "returns.xlsx"]),
                               load_register(small_register_path), today=dt.date(2021, 1, 1))
    assert checked.rows["comment"].tolist() == ["=cmd|' /C calc'!A0", ""]
    assert not checked.rows["excluded"].any()


def test_no_returns_sheet(cli, tmp_path, small_register_path):
    book = openpyxl.Workbook()
    book.active.append(["Indicator", "Month", "Figure"])
    result, data = run_validate(cli, tmp_path, book, small_register_path)
    assert result.code == 1
    assert [(f["code"], f["file"].endswith("returns.xlsx")) for f in data["findings"]] == \
        [("no-returns-sheet", True)]


def test_missing_and_duplicate_columns(cli, tmp_path, small_register_path):
    book = wb([["A", "P1", "2020-04", "x"]], headers=["Team", "Indicator ID", "Period",
                                                      "Comment"])
    result, data = run_validate(cli, tmp_path, book, small_register_path)
    assert (result.code, errors_and_warnings(data)[0]) == (1, [("Returns!D1", "missing-column")])
    book = wb([row()], headers=[*RETURNS_HEADERS[:5], "Numerator"])
    result, data = run_validate(cli, tmp_path, book, small_register_path)
    assert result.code == 0
    assert ("Returns!F1", "duplicate-column") in errors_and_warnings(data)[1]


def test_title_rows_hidden_rows_and_merged_team(cli, tmp_path, small_register_path):
    book = wb([row(), row((0, None), (1, "P2")), row((0, None), (1, "A1"), (3, 300), (4, 17))],
              title_rows=[("Front Door monthly return",), ("Month: April 2020",), ()])
    ws = book.active
    ws.merge_cells("A5:A7")  # one Team cell for three rows
    ws.row_dimensions[6].hidden = True
    result, data = run_validate(cli, tmp_path, book, small_register_path)
    assert result.code == 0
    assert ("Returns!B6", "hidden-row") in errors_and_warnings(data)[1]
    checked = validate_returns(read_returns([tmp_path / "returns.xlsx"]),
                               load_register(small_register_path), today=dt.date(2021, 1, 1))
    assert checked.rows["team"].tolist() == ["Front Door"] * 3
    assert checked.rows["row"].tolist() == [5, 6, 7]


def test_team_from_sheet_name_and_percent_cells(cli, tmp_path, small_register_path):
    book = wb([["P1", "2020-04", None, None, 0.74]], sheet="Front Door",
              headers=["Indicator ID", "Period", "Numerator", "Denominator", "Value"])
    book.active["E2"].number_format = "0.0%"
    book.save(tmp_path / "r.xlsx")
    checked = validate_returns(read_returns([tmp_path / "r.xlsx"]),
                               load_register(small_register_path), today=dt.date(2021, 1, 1))
    assert checked.report.errors == 0
    assert checked.rows[["team", "value"]].values.tolist() == [["Front Door", 74.0]]


def test_formula_cells_with_saved_values_are_fine(cli, tmp_path, small_register_path):
    path = tmp_path / "returns.xlsx"
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Returns")
    ws.write_row(0, 0, RETURNS_HEADERS)
    ws.write_row(1, 0, ["Front Door", "P1", "2020-04", 80, 100])
    ws.write_formula(1, 5, "=D2/E2*100", None, 80)
    book.close()
    result, data = run_validate(cli, tmp_path, path, small_register_path)
    assert result.code == 0 and errors_and_warnings(data)[0] == []


def test_several_files_are_pooled(cli, tmp_path, small_register_path):
    wb([row()]).save(tmp_path / "front-door.xlsx")
    wb([row((0, "CIN/CP"), (3, 40), (4, 50))]).save(tmp_path / "cin-cp.xlsx")
    result = cli("validate", tmp_path / "front-door.xlsx", tmp_path / "cin-cp.xlsx",
                 "--register", small_register_path, "--json")
    assert result.code == 0
    checked = validate_returns(read_returns([tmp_path / "front-door.xlsx",
                                             tmp_path / "cin-cp.xlsx"]),
                               load_register(small_register_path), today=dt.date(2021, 1, 1))
    assert checked.clean[["team", "numerator"]].values.tolist() == [["Front Door", 80],
                                                                     ["CIN/CP", 40]]


def test_warnings_keep_the_value(cli, tmp_path, small_register_path):
    rows = [row((0, "Somebody else"))]
    result, data = run_validate(cli, tmp_path, wb(rows), small_register_path)
    assert result.code == 0
    assert ("Returns!A2", "unexpected-team") in errors_and_warnings(data)[1]


def test_unusual_change(cli, tmp_path, small_register_path):
    values = [80, 82, 79, 81, 80, 83, 81, 80, 20]
    rows = [row((2, f"{2020 + (3 + i) // 12}-{(3 + i) % 12 + 1:02d}"), (3, v))
            for i, v in enumerate(values)]
    result, data = run_validate(cli, tmp_path, wb(rows), small_register_path)
    assert result.code == 0
    unusual = [f for f in data["findings"] if f["code"] == "unusual-change"]
    assert [f["cell"] for f in unusual] == ["Returns!D10"]
    assert "from 80 to 20" in unusual[0]["message"]


def test_no_unusual_change_for_yes_no_or_small_flat_series(cli, tmp_path, small_register_path):
    months = [f"{2020 + (3 + i) // 12}-{(3 + i) % 12 + 1:02d}" for i in range(9)]
    answers = ["Yes"] * 8 + ["No"]
    rows = [row((0, "Finance"), (1, "Y1"), (2, m), (3, None), (4, None), (5, a))
            for m, a in zip(months, answers, strict=True)]
    # a percentage of 3 cases that never moved, then one case more
    rows += [row((2, m), (3, 3 if i < 8 else 2), (4, 3)) for i, m in enumerate(months)]
    _, data = run_validate(cli, tmp_path, wb(rows), small_register_path)
    assert [f for f in data["findings"] if f["code"] == "unusual-change"] == []


def test_unknown_id_suggests_the_look_alike(cli, tmp_path, small_register_path):
    _, data = run_validate(cli, tmp_path, wb([row((1, "PI"))]), small_register_path)
    assert "Did you mean P1?" in data["findings"][0]["message"]


def test_derived_indicator_is_not_returned(cli, tmp_path):
    reg = write_register(tmp_path / "reg.xlsx", [
        ("P1", "% one", "percentage", 90, 5, "higher", "monthly", "month", None, "Front Door"),
        ("P1B", "% one, other contract", "percentage", 80, 5, "higher", "monthly", "month",
         None, "", None, None, "P1")])
    result, data = run_validate(cli, tmp_path, wb([row((1, "P1B"))]), reg)
    assert result.code == 1 and errors_and_warnings(data)[0] == [("Returns!B2",
                                                                  "derived-indicator")]
    assert "return them against P1" in data["findings"][0]["message"]


def test_register_mismatch(cli, tmp_path, small_register_path):
    book = wb([row()])
    meta = book.create_sheet("xlkpi")
    meta.append(["register checksum", "0" * 64])
    meta.append(["register source", "old-register.xlsx"])
    meta.sheet_state = "hidden"
    result, data = run_validate(cli, tmp_path, book, small_register_path)
    assert result.code == 0
    assert [f["code"] for f in data["findings"] if f["code"] == "register-mismatch"] == \
        ["register-mismatch"]


def test_errors_exclude_only_their_row(tmp_path, small_register_path):
    wb([row(), row((1, "P2"), (3, "oops")), row((1, "A1"), (3, 300), (4, 17))]).save(
        tmp_path / "r.xlsx")
    checked = validate_returns(read_returns([tmp_path / "r.xlsx"]),
                               load_register(small_register_path), today=dt.date(2021, 1, 1))
    assert checked.rows["excluded"].tolist() == [False, True, False]
    assert checked.clean["indicator_id"].tolist() == ["P1", "A1"]


def test_unreadable_input_exits_2_with_one_line(cli, tmp_path, small_register_path):
    bad = tmp_path / "returns.xlsx"
    bad.write_bytes(b"Team,Indicator ID\n")
    result = cli("validate", bad, "--register", small_register_path)
    assert result.code == 2 and result.out == ""
    assert result.err.count("\n") == 1 and result.err.startswith("Error: ")
    assert "returns.xlsx" in result.err and "Traceback" not in result.err


# --- arbitrary cell contents never crash validation ------------------------------------------
CELL = st.one_of(
    st.none(), st.booleans(), st.integers(-10**12, 10**12),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.dates(dt.date(1900, 3, 1), dt.date(2100, 1, 1)),
    st.text(max_size=20).filter(lambda s: not s.startswith("=")),
    st.sampled_from(["P1", "Y1", "Q1", "2020-04", "Apr-20", "Yes", "no", "Amber", "#DIV/0!",
                     "74%", "1,234", "inf", "NaN", " ", "=1/0", "£12"]),
)


def in_memory(rows: list[list]) -> Book:
    """A returns workbook as the reader hands it on (header row 1, then `rows`), built in
    memory: the rules see exactly what a read gives, without an .xlsx per example."""
    grid = [list(RETURNS_HEADERS), *rows]
    columns = {}
    for c in range(len(RETURNS_HEADERS)):
        cells = [r[c] if c < len(r) else None for r in grid]
        uniques: list = []
        at: dict = {}
        codes = np.full(len(cells), -1, dtype=np.int32)
        for i, v in enumerate(cells):
            if v is None or v == "":
                continue
            key = (type(v).__name__, repr(v))
            if key not in at:
                at[key] = len(uniques)
                uniques.append(v)
            codes[i] = at[key]
        columns[c] = Column(uniques, codes)
    return Book(Path("returns.xlsx"), [SheetData("Returns", True, len(grid), columns)])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(CELL, min_size=9, max_size=9), min_size=1, max_size=6))
def test_arbitrary_cells_never_crash(shared_small_register, rows):
    book = in_memory([[_as_read(v) for v in r] for r in rows])
    checked = validate_returns(read_returns([book.path], books=[book]), shared_small_register,
                               today=dt.date(2021, 1, 1))
    assert len(checked.rows) <= len(rows)
    for f in checked.report.to_dicts():
        assert f["code"] in CODES, f
        assert f["message"], f


def test_the_in_memory_book_reads_like_the_file(tmp_path, small_register):
    """The fuzz test's workbooks stand for real ones: the same rows, the same findings."""
    rows = [["Front Door", "P1", "2020-04", 12, 10, None, None, None, None],
            ["CIN/CP", "P1", dt.datetime(2020, 4, 1), "x", 10.0, None, "ok", None, None]]
    path = tmp_path / "returns.xlsx"
    returns_workbook(rows).save(path)
    from_file = validate_returns(read_returns([path]), small_register,
                                 today=dt.date(2021, 1, 1)).report.flatten(["cell", "code"])
    book = in_memory([[_as_read(v) for v in r] for r in rows])
    in_memory_ = validate_returns(read_returns([book.path], books=[book]), small_register,
                                  today=dt.date(2021, 1, 1)).report.flatten(["cell", "code"])
    assert from_file == in_memory_


def _as_read(v):
    """What the reader gives for a cell: numbers as floats, dates as datetimes."""
    v = _clean(v)
    if isinstance(v, bool):
        return v
    if isinstance(v, int):
        return float(v)
    if isinstance(v, dt.date) and not isinstance(v, dt.datetime):
        return dt.datetime(v.year, v.month, v.day)
    return v


def _clean(v):
    """openpyxl refuses control characters in strings; Excel cannot hold them either."""
    if isinstance(v, str):
        return "".join(ch for ch in v if ch.isprintable()) or None
    return v


# --- the codes kept from the read parse like the rows ----------------------------------------
def _coerced_both_ways(returns, register):
    """coerce from the kept codes, and from the rows (as if they had changed since)."""
    today = dt.date(2021, 1, 1)
    return (coerce(returns, register, today),
            coerce(dataclasses.replace(returns, read=None), register, today))


def _book_of_two_sheets(rows: list[list], merged: list[tuple[int, int]],
                        no_value: list[tuple[int, int]]) -> Book:
    """`rows` twice: on a sheet with a Team column, merged cells and cells whose formula has
    no value; and on a sheet named for its team, with no Team column."""
    first = in_memory(rows).sheets[0]
    first.merged = [(r0, c, r0 + span, c) for (r0, span), c in
                    zip(merged, [0, 1, 2][:len(merged)], strict=True)]
    first.no_value_formulas = set(no_value)
    no_team = in_memory(rows).sheets[0]
    no_team.name = "Front Door"
    no_team.columns = {c - 1: col for c, col in no_team.columns.items() if c > 0}
    return Book(Path("returns.xlsx"), [first, no_team])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(CELL, min_size=9, max_size=9), min_size=1, max_size=6),
       st.lists(st.tuples(st.integers(0, 7), st.integers(0, 3)), max_size=3),
       st.lists(st.tuples(st.integers(0, 7), st.integers(0, 8)), max_size=3))
def test_the_codes_parse_like_the_rows(shared_small_register, rows, merged, no_value):
    book = _book_of_two_sheets([[_as_read(v) for v in r] for r in rows], merged, no_value)
    returns = read_returns([book.path], books=[book])
    if len(returns.rows):
        assert all(isinstance(returns.column(k), Coded) for k in FIELDS)
    from_codes, from_rows = _coerced_both_ways(returns, shared_small_register)
    pd.testing.assert_frame_equal(from_codes, from_rows, check_exact=True)


def test_the_codes_stop_where_the_rows_change(small_register):
    rows = [["Front Door", "P1", "2020-04", 12.0, 10.0, None, None, None, None],
            ["CIN/CP", "P1", dt.datetime(2020, 4, 1), "x", 10.0, None, "ok", None, None]]
    returns = read_returns(["returns.xlsx"], books=[in_memory(rows)])
    returns.rows.loc[0, "team"] = "QA"
    assert isinstance(returns.column("team"), pd.Series)  # changed in place: read from rows
    parsed = coerce(returns, small_register, dt.date(2021, 1, 1))
    assert parsed["team"].astype(object).tolist() == ["QA", "CIN/CP"]

    returns.rows = returns.rows.iloc[::-1]  # reordered: nothing read from the codes
    assert not any(isinstance(returns.column(k), Coded) for k in FIELDS)
    from_codes, from_rows = _coerced_both_ways(returns, small_register)
    pd.testing.assert_frame_equal(from_codes, from_rows, check_exact=True)
    assert from_codes["team"].astype(object).tolist() == ["CIN/CP", "QA"]

    returns.rows = returns.rows.iloc[:1]  # shorter: the same
    assert not any(isinstance(returns.column(k), Coded) for k in FIELDS)
    assert coerce(returns, small_register, dt.date(2021, 1, 1))["team"].tolist() == ["CIN/CP"]


def test_true_is_not_one_nor_false_zero():
    """pandas hashes TRUE as 1 and FALSE as 0: each keeps its own text all the same."""
    cells = pd.Series(np.array([False, 0.0, True, 1.0, "", None], dtype=object))
    assert parse.clean_categories(cells).astype(object).tolist() == \
        ["FALSE", "0", "TRUE", "1", "", ""]
    assert parse.to_period(cells)[0].astype(object).tolist() == \
        ["FALSE", "0", "TRUE", "1", "", ""]
