"""A generated template, filled in as a team would (with openpyxl), goes through `validate`:
valid figures give no errors, typical mistakes give the expected codes."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from xlkpi.core.calendar import month_index
from xlkpi.read.returns import read_returns
from xlkpi.validate.register import load_register
from xlkpi.validate.returns import validate_returns
from xlkpi.write.template import write_template

JUNE = month_index(2020, 6)  # a quarter-end month: monthly and quarterly indicators are due
GOOD = {  # measure -> figures a team would type: (Numerator, Denominator, Value, RAG, Evidence)
    "percentage": (45, 60, None, None, None), "rate": (180, None, None, None, None),
    "average": (170, 10, None, None, None), "count": (12, None, None, None, None),
    "cost": (52000, None, None, None, None), "yesno": (None, None, "Yes", None, None),
    "score": (None, None, 3.5, None, None),
    "assessed": (None, None, None, "Amber", "Audit of 12 files; two improving"),
}
INPUTS = ("Numerator", "Denominator", "Value", "RAG", "Evidence")
FEEDING_AVERAGE = 4  # placements a total cost paid for


def fill(path, figures=GOOD, skip=()):
    """Type figures into every indicator row of every team sheet; return, per (sheet, ID),
    where its row is."""
    wb = openpyxl.load_workbook(path)
    typed = {}
    for ws in wb.worksheets:
        header = next((r for r in range(1, 11)
                       if "Indicator ID" in [c.value for c in ws[r]]), None)
        if header is None:
            continue
        col = {c.value: c.column for c in ws[header] if c.value}
        for r in range(header + 1, ws.max_row + 1):
            iid = ws.cell(r, col["Indicator ID"]).value
            if not iid or iid in skip:
                continue
            measure = ws.cell(r, col["Measure"]).value
            for name, v in zip(INPUTS, figures[measure], strict=True):
                if v is not None:
                    ws.cell(r, col[name]).value = v
            denominator = ws.cell(r, col["Denominator"])
            if denominator.value is None and denominator.protection.locked is False:
                denominator.value = FEEDING_AVERAGE  # a total an average is worked out from
            typed[ws.title, iid] = (r, col)
    wb.save(path)
    return typed


def check(path, register):
    return validate_returns(read_returns([path]), register, today=dt.date(2021, 6, 1))


def test_filled_template_validates_clean(tmp_path, small_register):
    path = write_template(small_register, tmp_path / "returns.xlsx", period=JUNE)
    fill(path)
    checked = check(path, small_register)
    assert checked.report.errors == 0, checked.report.frame
    assert checked.report.warnings == 0
    assert set(checked.clean["indicator_id"]) == {"P1", "P2", "R1", "A1", "C1", "K1", "Y1",
                                                  "Q1"}  # S1 is annual: not due in June


def test_filled_template_with_mistakes(tmp_path, small_register):
    path = write_template(small_register, tmp_path / "returns.xlsx", period=JUNE)
    typed = fill(path)
    wb = openpyxl.load_workbook(path)
    mistakes = {"P1": ("Numerator", 70), "A1": ("Denominator", 0), "Y1": ("Value", "Maybe"),
                "Q1": ("Evidence", None), "C1": ("Numerator", "twelve")}
    expected = {"P1": "numerator-exceeds-denominator", "A1": "zero-denominator",
                "Y1": "bad-yesno", "Q1": "missing-evidence", "C1": "not-a-number"}
    cells = {}
    for (sheet, iid), (r, col) in typed.items():
        if iid not in mistakes or iid in cells:
            continue
        field, value = mistakes[iid]
        wb[sheet].cell(r, col[field]).value = value
        cells[iid] = wb[sheet].cell(r, col[field]).coordinate
    wb.save(path)
    report = check(path, small_register).report
    errors = report.frame[report.frame["severity"] == "error"]
    got = {(i, c.split("!")[-1], code) for i, c, code in
           errors[["indicator", "cell", "code"]].itertuples(index=False)}
    assert got == {(iid, cells[iid], code) for iid, code in expected.items()}


def test_per_team_and_whole_organisation(tmp_path, small_register):
    whole = write_template(small_register, tmp_path / "all.xlsx", period=JUNE)
    finance = write_template(small_register, tmp_path / "finance.xlsx", period=JUNE,
                             team="Finance")
    assert {iid for _, iid in fill(whole)} == {"P1", "P2", "R1", "A1", "C1", "K1", "Y1", "Q1"}
    assert set(fill(finance)) == {("Finance", "K1"), ("Finance", "Y1")}
    assert check(finance, small_register).report.errors == 0


def test_generic_template_needs_the_period_typed(tmp_path, small_register):
    path = write_template(small_register, tmp_path / "generic.xlsx")
    typed = fill(path, skip={"S1", "K1", "Q1"})  # not due in May
    wb = openpyxl.load_workbook(path)
    for (sheet, _), (r, col) in typed.items():
        wb[sheet].cell(r, col["Period"]).value = "2020-05"
    wb.save(path)
    assert check(path, small_register).report.errors == 0


@pytest.mark.slow
def test_default_register_template_round_trip(tmp_path, default_register):
    path = write_template(default_register, tmp_path / "returns.xlsx",
                          period=month_index(2021, 3))
    fill(path)
    checked = check(path, default_register)
    assert checked.report.errors == 0, checked.report.frame.head()
    assert checked.clean["indicator_id"].nunique() > 150


def test_returns_from_another_register_are_flagged(tmp_path, small_register):
    path = write_template(small_register, tmp_path / "returns.xlsx", period=JUNE)
    fill(path)
    other = load_register(write_other_register(tmp_path))
    report = check(path, other).report
    assert "register-mismatch" in report.codes()


def write_other_register(tmp_path):
    from builders import SMALL, write_register

    changed = [(*SMALL[0][:3], 90, *SMALL[0][4:]), *SMALL[1:]]  # P1's target moved
    return write_register(tmp_path / "other.xlsx", changed)
