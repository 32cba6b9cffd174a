"""The returns template (`xlkpi template`): read back with openpyxl and with the calamine
reader the validator uses, and opened by LibreOffice."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
import subprocess

import openpyxl
import pytest
from builders import to_pdf
from openpyxl.worksheet.cell_range import CellRange

import xlkpi
from xlkpi.core.calendar import due, month_index
from xlkpi.core.codes import CODES
from xlkpi.core.errors import BadArgument
from xlkpi.core.vocabulary import MEASURES
from xlkpi.read.returns import read_template_metadata
from xlkpi.read.xlsx import read_workbook
from xlkpi.validate.register import load_register
from xlkpi.write import template_rules
from xlkpi.write.template import write_template
from xlkpi.write.xlsx import safe_sheet_name

HEADERS = ["Team", "Indicator ID", "Indicator", "Period", "Frequency", "Measure",
           "What the numerator counts", "What the denominator counts", "Numerator",
           "Denominator", "Value", "Comment", "RAG", "Evidence"]
REGISTER = [
    ["ID", "Indicator", "Measure", "Target", "Tolerance", "Frequency", "Team", "Numerator",
     "Denominator", "Figures from"],
    ["FD01", "Contacts decided within 24 hours", "percentage", 90, 5, "monthly", "Front Door",
     "Contacts decided within 24 hours", "Contacts received", ""],
    ["FD02", "Referrals per 10,000 children", "rate", 500, 20, "monthly", "Front Door",
     "Referrals in the month", "", ""],
    ["CP01", "CP plans lasting 2 years or more", "percentage", 4, 1, "quarterly",
     "CIN/CP; Front Door", "Plans ended that lasted 2 years+", "Plans ended", ""],
    ["CP02", "Average days to ICPC", "average", 15, 2, "monthly", "CIN/CP", "Total days",
     "ICPCs held", ""],
    ["CP03", "=Children on a CP plan", "count", "tbc", "", "monthly", "CIN/CP",
     "Children on a plan", "", ""],
    ["CP04", "Repeat plans (CP01's figures)", "percentage", 20, 2, "quarterly", "CIN/CP", "",
     "", "CP01"],
    ["CLA01", "Cost of residential placements", "cost", 100000, 5000, "monthly", "CLA",
     "Spend in the month", "", ""],
    ["CLA02", "Sufficiency strategy published", "yesno", "Yes", "", "annual", "CLA", "", "",
     ""],
    ["CLA03", "Children's satisfaction score", "score", 8, 1, "quarterly", "CLA", "", "", ""],
    ["HR01", "Social workers in post", "count", 100, 5, "annual", "HR", "Staff in post", "",
     ""],
    ["QA01", "Quality of supervision", "assessed", "", "", "monthly", "", "", "", ""],
]
SHEETS = ["Instructions", "Front Door", "CIN-CP", "CLA", "HR", "Other", "xlkpi"]
ALL_ROWS = {"Front Door": ["FD01", "FD02", "CP01"], "CIN-CP": ["CP01", "CP02", "CP03"],
            "CLA": ["CLA01", "CLA02", "CLA03"], "HR": ["HR01"], "Other": ["QA01"]}
TEAM_OF = {"Front Door": "Front Door", "CIN-CP": "CIN/CP", "CLA": "CLA", "HR": "HR",
           "Other": ""}
FIRST = 5  # Excel row of the first indicator (header in row 4)


def make_register(path, fy_start: int | None = None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Indicators"
    for row in REGISTER:
        ws.append(row)
    ws["B6"].data_type = "s"  # '=Children on a CP plan' is text, not a formula
    context = wb.create_sheet("Context")
    context.append(["Name", "Year", "Value"])
    context.append(["Under-18 population", 2019, 43112])
    if fy_start is not None:
        context.append(["Financial year start month", "", fy_start])
    wb.save(path)
    return load_register(path)


@pytest.fixture
def register(tmp_path):
    return make_register(tmp_path / "register.xlsx")


@pytest.fixture
def generic(register, tmp_path):
    path = write_template(register, tmp_path / "template.xlsx")
    return openpyxl.load_workbook(path)


def data_rows(ws) -> list[dict]:
    assert [c.value for c in ws[FIRST - 1]] == HEADERS
    rows = []
    for r in range(FIRST, ws.max_row + 1):
        values = {h: ws.cell(r, c).value for c, h in enumerate(HEADERS, start=1)}
        if values["Indicator ID"]:
            rows.append(values)
    return rows


def validations(ws) -> dict[str, object]:
    """Cell coordinate -> the data validation covering it."""
    out = {}
    for dv in ws.data_validations.dataValidation:
        for rng in dv.sqref.ranges:
            for row, col in CellRange(rng.coord).cells:
                cell = ws.cell(row, col).coordinate
                assert cell not in out, f"two validations on {cell}"
                out[cell] = dv
    return out


def cell_of(ws, indicator: str, header: str):
    for r in range(FIRST, ws.max_row + 1):
        if ws.cell(r, 2).value == indicator:
            return ws.cell(r, HEADERS.index(header) + 1)
    raise AssertionError(f"{indicator} not on {ws.title}")


# --- structure ------------------------------------------------------------------------------
def test_sheets_in_order_with_safe_names(generic):
    assert generic.sheetnames == SHEETS
    assert [generic[s].sheet_state for s in SHEETS] == ["visible"] * 6 + ["veryHidden"]
    assert generic.active.title == "Instructions"


def test_header_row_and_prefilled_cells(generic):
    for sheet, ids in ALL_ROWS.items():
        ws = generic[sheet]
        rows = data_rows(ws)
        assert [r["Indicator ID"] for r in rows] == ids
        if sheet != "Other":
            assert {r["Team"] for r in rows} == {TEAM_OF[sheet]}
        assert all(r["Period"] is None for r in rows)  # generic form: teams type the month
    cp03 = cell_of(generic["CIN-CP"], "CP03", "Indicator")
    assert cp03.value == "=Children on a CP plan" and cp03.data_type == "s"
    fd01 = data_rows(generic["Front Door"])[0]
    assert fd01["Measure"] == "percentage" and fd01["Frequency"] == "monthly"
    assert fd01["What the numerator counts"] == "Contacts decided within 24 hours"


def test_derived_indicator_is_not_in_the_template(generic):
    ids = {r["Indicator ID"] for s in ALL_ROWS for r in data_rows(generic[s])}
    assert "CP04" not in ids
    assert ids == {"FD01", "FD02", "CP01", "CP02", "CP03", "CLA01", "CLA02", "CLA03", "HR01",
                   "QA01"}


@pytest.mark.parametrize(("year", "month", "expected"), [
    (2020, 5, {"Front Door": ["FD01", "FD02"], "CIN-CP": ["CP02", "CP03"], "CLA": ["CLA01"],
               "HR": [], "Other": ["QA01"]}),
    (2020, 6, {"Front Door": ["FD01", "FD02", "CP01"], "CIN-CP": ["CP01", "CP02", "CP03"],
               "CLA": ["CLA01", "CLA03"], "HR": [], "Other": ["QA01"]}),
    (2021, 3, ALL_ROWS),
])
def test_rows_due_in_a_period(register, tmp_path, year, month, expected):
    period = month_index(year, month)
    wb = openpyxl.load_workbook(write_template(register, tmp_path / "t.xlsx", period=period))
    assert wb.sheetnames == SHEETS  # a team with nothing due still gets its sheet, saying so
    for sheet, ids in expected.items():
        rows = data_rows(wb[sheet])
        assert [r["Indicator ID"] for r in rows] == ids
        assert all(r["Period"] == f"{year}-{month:02d}" for r in rows)
        assert all(r["Team"] == (TEAM_OF[sheet] or None) for r in rows)
        assert cell_of(wb[sheet], ids[0], "Period").protection.locked if ids else True
    note = wb["HR"]["A2"].value
    assert (("Nothing is due" in note) if not expected["HR"] else "1 indicator due" in note)
    meta = read_template_metadata([[c.value for c in r] for r in wb["xlkpi"].iter_rows()])
    assert meta["period"] == f"{year}-{month:02d}"


def test_financial_year_start_moves_quarter_ends(tmp_path):
    register = make_register(tmp_path / "calendar.xlsx", fy_start=1)
    assert register.fy_start_month == 1
    dec = openpyxl.load_workbook(write_template(register, tmp_path / "t.xlsx",
                                                period=month_index(2020, 12)))
    assert [r["Indicator ID"] for r in data_rows(dec["CLA"])] == ["CLA01", "CLA02", "CLA03"]
    mar = openpyxl.load_workbook(write_template(register, tmp_path / "t.xlsx",
                                                period=month_index(2021, 3)))
    assert [r["Indicator ID"] for r in data_rows(mar["CLA"])] == ["CLA01", "CLA03"]


def test_due():
    months = {m: month_index(2020, m) for m in range(1, 13)}
    assert all(due("monthly", p, 4) for p in months.values())
    assert [m for m, p in months.items() if due("quarterly", p, 4)] == [3, 6, 9, 12]
    assert [m for m, p in months.items() if due("annual", p, 4)] == [3]
    assert [m for m, p in months.items() if due("annual", p, 9)] == [8]
    assert [m for m, p in months.items() if due("quarterly", p, 9)] == [2, 5, 8, 11]


def test_safe_sheet_names():
    taken = {"instructions", "xlkpi"}
    assert safe_sheet_name("CIN/CP", taken) == "CIN-CP"
    assert safe_sheet_name("a[b]:c*d?e\\f", taken) == "a-b--c-d-e-f"
    long = safe_sheet_name("Children in Care and Care Leavers Service", taken)
    assert len(long) == 31
    again = safe_sheet_name("Children in Care and Care Leavers Service", taken)
    assert len(again) <= 31 and again.endswith("(2)")
    assert safe_sheet_name("Instructions", taken) == "Instructions (2)"
    assert safe_sheet_name("cin-cp", taken) == "cin-cp (2)"


# --- input cells and validation -------------------------------------------------------------
OPEN = {  # indicator -> the figure columns open for it
    "FD01": {"Numerator", "Denominator", "Value", "Comment"},
    "FD02": {"Numerator", "Denominator", "Value", "Comment"},
    "CP02": {"Numerator", "Denominator", "Value", "Comment"},
    "CP03": {"Numerator", "Value", "Comment"},
    "CLA01": {"Numerator", "Value", "Comment"},
    "CLA02": {"Value", "Comment"},
    "CLA03": {"Value", "Comment"},
    "QA01": {"RAG", "Evidence", "Comment"},
}
FIGURES = ["Numerator", "Denominator", "Value", "Comment", "RAG", "Evidence"]


def test_only_the_cells_a_measure_needs_are_open(generic):
    for sheet in ALL_ROWS:
        ws = generic[sheet]
        for row in data_rows(ws):
            ident = row["Indicator ID"]
            for h in FIGURES:
                cell = cell_of(ws, ident, h)
                if ident in OPEN:
                    assert cell.protection.locked == (h not in OPEN[ident]), (ident, h)
                fill = cell.fill.fgColor.rgb
                assert fill == ("FFD9D9D9" if cell.protection.locked else "FFFFF2CC")
                assert "%" not in cell.number_format
            for h in ("Indicator ID", "Indicator", "Measure"):
                assert cell_of(ws, ident, h).protection.locked
            assert cell_of(ws, ident, "Period").protection.locked is False
            assert cell_of(ws, ident, "Team").protection.locked == (sheet != "Other")


def test_every_open_cell_and_only_open_cells_are_validated(generic):
    for sheet in [*ALL_ROWS, "Instructions"]:
        ws = generic[sheet]
        dvs = validations(ws)
        unlocked = {c.coordinate for row in ws.iter_rows() for c in row
                    if c.protection.locked is False}
        assert set(dvs) == unlocked, sheet
        for dv in ws.data_validations.dataValidation:
            assert dv.promptTitle and len(dv.promptTitle) <= 32
            assert dv.prompt and len(dv.prompt) <= 255
            if dv.type is not None:
                assert dv.showErrorMessage and dv.error and dv.errorStyle in (None, "stop")


def test_validation_rules_by_measure(generic):
    ws = generic["Front Door"]
    dvs = validations(ws)
    num, den, value = (cell_of(ws, "FD01", h).coordinate for h in ("Numerator", "Denominator",
                                                                      "Value"))
    assert (num, den) == ("I5", "J5")
    assert dvs[num].type == "custom"
    assert dvs[num].formula1 == ("AND(ISNUMBER(I5),I5=INT(I5),I5>=0,I5<=1000000000,"
                                 "OR(ISBLANK(J5),I5<=J5))")
    assert dvs[den].formula1 == ("AND(ISNUMBER(J5),J5=INT(J5),J5>=1,J5<=1000000000,"
                                 "OR(ISBLANK(I5),I5<=J5))")
    assert "Contacts decided within 24 hours" in dvs[num].prompt  # the register's text
    assert "Contacts received" in dvs[den].prompt
    assert (dvs[value].type, dvs[value].formula1, dvs[value].formula2) == ("decimal", "0", "100")
    rate = {h: dvs[cell_of(ws, "FD02", h).coordinate] for h in ("Numerator", "Denominator")}
    assert (rate["Numerator"].type, rate["Numerator"].formula1,
            rate["Numerator"].formula2) == ("whole", "0", "1000000000")
    assert (rate["Denominator"].type, rate["Denominator"].formula1) == ("whole", "1")

    ws = generic["CIN-CP"]
    dvs = validations(ws)
    avg = {h: dvs[cell_of(ws, "CP02", h).coordinate] for h in ("Numerator", "Denominator")}
    assert (avg["Numerator"].type, avg["Numerator"].formula1) == ("decimal", "0")
    assert avg["Denominator"].type == "custom" and ">0" in avg["Denominator"].formula1
    count = dvs[cell_of(ws, "CP03", "Numerator").coordinate]
    assert (count.type, count.formula1, count.formula2) == ("whole", "0", "1000000000")
    assert cell_of(ws, "CP03", "Numerator").number_format == "General"  # 12.5 shows as 12.5
    # a custom formula written for a range refers to the range's first row
    first_period = dvs[cell_of(ws, "CP02", "Period").coordinate]
    assert str(first_period.sqref) == "D6:D7"
    assert first_period.formula1.startswith("OR(AND(ISNUMBER(D6)")

    ws = generic["CLA"]
    dvs = validations(ws)
    assert dvs[cell_of(ws, "CLA01", "Numerator").coordinate].type == "decimal"
    yesno = dvs[cell_of(ws, "CLA02", "Value").coordinate]
    assert (yesno.type, yesno.formula1) == ("list", '"Yes,No"')
    score = dvs[cell_of(ws, "CLA03", "Value").coordinate]
    assert (score.type, score.formula1) == ("decimal", "0")
    comment = dvs[cell_of(ws, "CLA01", "Comment").coordinate]
    assert str(comment.sqref) == "L5:L7"  # one validation for the run of identical cells
    assert cell_of(ws, "CLA01", "Comment").number_format == "@"

    ws = generic["Other"]
    dvs = validations(ws)
    rag = dvs[cell_of(ws, "QA01", "RAG").coordinate]
    assert (rag.type, rag.formula1) == ("list", '"Red,Amber,Yellow,Green"')
    assert "Evidence" in dvs[cell_of(ws, "QA01", "Evidence").coordinate].promptTitle


def test_protection_print_setup_and_panes(generic):
    for name in SHEETS:
        ws = generic[name]
        assert ws.protection.sheet and not ws.protection.password
        assert ws.protection.formatColumns is False  # widening columns stays allowed
        assert not ws.protection.selectLockedCells and not ws.protection.selectUnlockedCells
        if name == "xlkpi":
            continue
        assert ws.page_setup.orientation == "landscape"
        # 1 page wide (1 is the default, so left out of the file), as many pages tall as needed
        assert ws.page_setup.fitToWidth in (None, 1) and ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert "&A" in ws.oddFooter.left.text and "&P" in ws.oddFooter.right.text
        if name != "Instructions":
            assert ws.freeze_panes == "D5"
            assert ws.print_title_rows == "$4:$4"
            assert all(c.protection.locked for c in ws[4])
            assert ws.column_dimensions["C"].width > ws.column_dimensions["B"].width


def test_password(register, tmp_path):
    wb = openpyxl.load_workbook(write_template(register, tmp_path / "t.xlsx", password="pw"))
    assert all(wb[s].protection.password for s in SHEETS)


def test_every_measure_has_its_cells_and_help():
    assert set(template_rules.OPEN) == set(MEASURES) == set(template_rules.MEASURE_HELP)
    assert all(rule in template_rules.RULES for cells in template_rules.OPEN.values()
               for rule, _ in cells.values())


def test_instructions(generic, register):
    ws = generic["Instructions"]
    cells = {c.value: c for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    for label in ("Period", "Deadline", "Contact"):
        assert label in cells
    deadline = ws.cell(cells["Deadline"].row, 2)
    assert deadline.value is None and deadline.protection.locked is False
    assert validations(ws)[deadline.coordinate].type == "date"
    assert any("yellow" in v.lower() for v in cells)
    shown = [row[0].value for row in ws.iter_rows() if row[0].value in CODES]
    expected = [c.code for c in CODES.values() if c.scope in ("file", "returns")]
    assert shown == expected
    for code in expected:
        row = cells[code].row
        assert ws.cell(row, 3).value.startswith(CODES[code].fix[:10].replace("`", "'"))
        assert ws.cell(row, 4).value == CODES[code].severity.capitalize()


# --- metadata, --team, determinism ----------------------------------------------------------
def test_metadata_sheet(register, tmp_path):
    path = write_template(register, tmp_path / "t.xlsx", period=month_index(2020, 6),
                          team="CLA")
    ws = openpyxl.load_workbook(path)["xlkpi"]
    assert ws.sheet_state == "veryHidden" and ws.protection.sheet
    book = read_workbook(path)
    meta = read_template_metadata(book.sheet("xlkpi").rows)
    assert meta == {"template version": xlkpi.__version__,
                    "register checksum": register.checksum(),
                    "register source": "register.xlsx", "period": "2020-06", "team": "CLA"}
    generic = read_template_metadata(read_workbook(
        write_template(register, tmp_path / "g.xlsx")).sheet("xlkpi").rows)
    assert generic["period"] == "" and generic["team"] == ""


def test_read_template_metadata_tolerates_odd_rows():
    rows = [["Template Version ", "0.1.0"], [], ["", "x"], ["period"], ["team", 3.0]]
    assert read_template_metadata(rows) == {"template version": "0.1.0", "period": "",
                                            "team": "3"}


def test_team_restricts_to_one_sheet(register, tmp_path):
    wb = openpyxl.load_workbook(write_template(register, tmp_path / "t.xlsx", team=" cin/cp "))
    assert wb.sheetnames == ["Instructions", "CIN-CP", "xlkpi"]
    assert wb["xlkpi"]["B5"].value == "CIN/CP"  # the team as the register spells it
    with pytest.raises(BadArgument) as err:
        write_template(register, tmp_path / "u.xlsx", team="Fostering")
    message = str(err.value)
    assert "\n" not in message and "Fostering" in message
    assert "Front Door, CIN/CP, CLA, HR, Other" in message
    assert not (tmp_path / "u.xlsx").exists()


def test_same_inputs_same_bytes(register, tmp_path):
    a = write_template(register, tmp_path / "a.xlsx", period=month_index(2020, 6))
    b = write_template(register, tmp_path / "b.xlsx", period=month_index(2020, 6))
    digest = [hashlib.sha256(p.read_bytes()).hexdigest() for p in (a, b)]
    assert digest[0] == digest[1]
    when = dt.datetime(2021, 5, 4, 9, 30)
    c = write_template(register, tmp_path / "c.xlsx", created=when)
    assert openpyxl.load_workbook(c).properties.created == when


# --- what the validator's reader sees -------------------------------------------------------
def test_calamine_reader_finds_the_header_and_values(register, tmp_path):
    path = write_template(register, tmp_path / "t.xlsx", period=month_index(2020, 6))
    book = read_workbook(path)
    assert [s.name for s in book.sheets] == SHEETS
    returns = {}
    for sheet in book.sheets:
        header = [i for i, row in enumerate(sheet.rows[:10])
                  if "Indicator ID" in row and "Period" in row]
        if sheet.name in ("Instructions", "xlkpi"):
            assert header == []
            continue
        assert header == [3]
        head = sheet.rows[3]
        assert head == HEADERS
        returns[sheet.name] = [dict(zip(head, row, strict=False)) for row in sheet.rows[4:]]
    cin = returns["CIN-CP"]
    assert [r["Indicator ID"] for r in cin] == ["CP01", "CP02", "CP03"]
    assert {(r["Team"], r["Period"]) for r in cin} == {("CIN/CP", "2020-06")}
    assert cin[2]["Indicator"] == "=Children on a CP plan"
    assert all(r[h] == "" for r in cin for h in FIGURES)
    assert returns["Other"][0]["Team"] == ""
    assert read_template_metadata(book.sheet("xlkpi").rows)["register checksum"] == \
        register.checksum()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_it(register, tmp_path):
    path = write_template(register, tmp_path / "template.xlsx")
    pdf = to_pdf(path, tmp_path)
    assert pdf.exists() and pdf.stat().st_size > 1000


# --- the template shipped for the default register ---------------------------------------------
def _content(path):
    """Everything a team sees and the validator relies on: sheets, cells, validations,
    protection — not the bytes, which depend on the xlsxwriter version."""
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        cells = [(c.coordinate, c.value) for row in ws.iter_rows() for c in row
                 if c.value is not None]
        rules = sorted((str(dv.sqref), dv.type, dv.formula1, dv.formula2, dv.prompt)
                       for dv in ws.data_validations.dataValidation)
        out.append((ws.title, ws.sheet_state, ws.protection.sheet, cells, rules))
    return out


def test_shipped_template_matches_the_command(tmp_path):
    from xlkpi.core.resources import template_path
    from xlkpi.validate.register import load_register

    shipped = template_path("returns_template.xlsx")
    fresh = write_template(load_register(), tmp_path / "fresh.xlsx")
    assert _content(shipped) == _content(fresh), \
        "regenerate: xlkpi template -o new.xlsx, then copy it over " \
        "workbook_templates/returns_template.xlsx (xlkpi never writes over a file it ships)"


# --- issue 13: the team's side ----------------------------------------------------------------
PERIODS_TYPED = {  # what a team might type in Period -> (monthly, quarterly, annual) accepted
    "2020-04": (True, False, False), "2020-06": (True, True, False),
    "2021-03": (True, True, True), "2020-13": (False, False, False),
    "Apr-20": (False, False, False), "15/05/2020": (False, False, False),
    "April": (False, False, False), "2020-4": (False, False, False),
}
DATES_PASTED = {dt.date(2020, 6, 15): (True, True, False), dt.date(2021, 3, 1): (True, True, True),
                dt.date(2020, 5, 31): (True, False, False), dt.date(1999, 12, 1): (False,) * 3}


def _period_rules(generic) -> dict[str, object]:
    """frequency -> the data validation of a generic template's Period cell for it."""
    out = {}
    for sheet, ident, freq in (("CIN-CP", "CP02", "monthly"), ("CIN-CP", "CP01", "quarterly"),
                               ("HR", "HR01", "annual")):
        ws = generic[sheet]
        out[freq] = validations(ws)[cell_of(ws, ident, "Period").coordinate]
    return out


def test_period_prompt_promises_only_what_its_validation_takes(generic):
    rules = _period_rules(generic)
    for freq, dv in rules.items():
        assert "typed as 20" in dv.prompt and "date" not in dv.prompt, freq
        assert "Apr-20" not in dv.prompt and "Apr-20" not in dv.error
    assert "(Jun, Sep, Dec and Mar)" in rules["quarterly"].prompt
    assert re.search(r"MOD\(.*-0,3\)=0", rules["quarterly"].formula1)  # Jun, Sep, Dec, Mar
    assert "(Mar)" in rules["annual"].prompt and "-3=0" in rules["annual"].formula1
    assert all(generic[s].cell(r, 4).number_format == "@" for s in ALL_ROWS
               for r in range(FIRST, generic[s].max_row + 1))  # text: a typed date stays text


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_period_validation_takes_what_its_prompt_promises(generic, tmp_path):
    """Each Period rule evaluated by LibreOffice on what a team might type or paste."""
    rules = _period_rules(generic)
    path = tmp_path / "periods.xlsx"
    wb = openpyxl.Workbook()  # formulas without cached values: LibreOffice works them out
    ws = wb.active
    cases = [*PERIODS_TYPED.items(), *DATES_PASTED.items()]
    for r, (typed, _) in enumerate(cases, start=1):
        ws.cell(r, 1).value = typed  # text as text, a date as a date
        for c, dv in enumerate(rules.values(), start=2):
            anchor = str(dv.sqref).split(":")[0]
            ws.cell(r, c).value = "=" + re.sub(rf"\b{anchor}\b", f"A{r}", dv.formula1)
    wb.save(path)
    out = tmp_path / "csv"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "csv", "--outdir", str(out), str(path)],
                   check=True, timeout=180, capture_output=True)
    got = [line.rsplit(",", 3)[1:] for line in (out / "periods.csv").read_text().splitlines()]
    for (typed, expected), row in zip(cases, got, strict=True):
        assert [v.upper() == "TRUE" for v in row] == list(expected), typed


def test_figures_typed_with_decimals_show_them(generic):
    for sheet in ALL_ROWS:
        ws = generic[sheet]
        for row in data_rows(ws):
            for h in ("Numerator", "Denominator", "Value"):
                cell = cell_of(ws, row["Indicator ID"], h)
                if cell.protection.locked is False:
                    assert cell.number_format == "General", (sheet, row["Indicator ID"], h)


def test_quarterly_and_annual_rows_say_which_months_are_due(generic, tmp_path):
    frequency = {r["Indicator ID"]: r["Frequency"] for s in ALL_ROWS
                 for r in data_rows(generic[s])}
    assert frequency["FD01"] == "monthly"
    assert frequency["CP01"] == "quarterly: Jun, Sep, Dec, Mar"
    assert frequency["HR01"] == "annual: Mar"
    calendar_year = make_register(tmp_path / "calendar.xlsx", fy_start=1)
    wb = openpyxl.load_workbook(write_template(calendar_year, tmp_path / "t.xlsx"))
    assert cell_of(wb["CLA"], "CLA03", "Frequency").value == "quarterly: Mar, Jun, Sep, Dec"
    assert cell_of(wb["CLA"], "CLA02", "Frequency").value == "annual: Dec"


def test_a_total_an_average_is_worked_out_from_opens_its_denominator():
    """PI01 (total cost of secure placements) gives PI01A (average cost): its Denominator is
    open, a whole number of 1 or more, prompted with the register's Denominator text."""
    from xlkpi.core.resources import template_path

    register = load_register()
    wb = openpyxl.load_workbook(template_path("returns_template.xlsx"))
    ws = wb["Finance"]
    dvs = validations(ws)
    for ident in ("PI01", "PI06"):
        cell = cell_of(ws, ident, "Denominator")
        assert cell.protection.locked is False and cell.fill.fgColor.rgb == "FFFFF2CC"
        dv = dvs[cell.coordinate]
        assert (dv.type, dv.formula1, dv.formula2) == ("whole", "1", "1000000000")
        assert dv.prompt.startswith(register.indicators.loc[ident, "denominator_text"])
        assert f"{ident}A" in dv.prompt and dv.error
    other = cell_of(wb["CLA"], "TB14", "Denominator")  # a count no average is made from
    assert other.protection.locked and other.coordinate not in validations(wb["CLA"])
