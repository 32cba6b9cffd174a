"""The report workbook (`xlkpi process`): built from small hand-made registers and returns,
read back with openpyxl (values, number formats, conditional formats, print setup), and
opened by LibreOffice."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest
from builders import to_pdf

import xlkpi
from xlkpi import pipeline
from xlkpi.core import vocabulary
from xlkpi.core.calendar import month_index, month_text
from xlkpi.rate.summary import worst
from xlkpi.write.layouts import DATA_HEADERS, LAYOUTS, NUMBER, RAG, Column, Layout
from xlkpi.write.report import made_at, write_report
from xlkpi.write.report_model import Model, ReportSource
from xlkpi.write.styles import (
    HEADER_FILL,
    HEADER_TEXT,
    RAG_COLOURS,
    SECTION_FILL,
    SECTION_TEXT,
    SEVERITY_COLOURS,
    format_value,
    number_format,
)
from xlkpi.write.xlsx import lines_points, text_lines

pytestmark = pytest.mark.filterwarnings("ignore:Sparkline Group extension:UserWarning")
CREATED = dt.datetime(2021, 4, 6, 9, 30, tzinfo=dt.UTC)
HEADER = 5  # Excel row of the header on forum, Trends and Validation tabs
DESIGN_DATA = ["Indicator ID", "Indicator", "Period", "Numerator", "Denominator", "Value",
               "Target", "Tolerance", "Threshold", "Direction", "Previous value", "RAG",
               "Comment"]
TABS = ["Summary", "Board", "List", "Assess", "Findings", "Plan", "Trends", "Validation", "Data"]

INDICATOR_HEADERS = ["ID", "Indicator", "Measure", "Target", "Tolerance", "Direction",
                     "Frequency", "Decimals", "Statistical neighbour", "England average",
                     "Team", "Numerator", "Denominator", "Section", "Outcome", "Status",
                     "Priority", "Measure text", "Comments"]
INDICATORS = [
    ["P1", "% of referrals decided in 1 day", "percentage", 95, 5, "higher", "monthly", None,
     "n/a", 90, "Front Door", "Decided in 1 day", "Referrals", "Safeguarding", "Safe",
     "Existing", "", "", ""],
    ["P2", "% of re-referrals", "percentage", 22, 1, "lower", "monthly", None, 22, 22.6,
     "Front Door", "Re-referrals", "Referrals", "Safeguarding", "Safe", "Existing",
     "Quality of practice", "22% or below", "Keep under review"],
    ["A1", "Average caseload", "average", 18, "5 cases", "lower", "monthly", None, "tbc",
     "tbc", "CIN/CP", "Cases", "Social workers", "Workforce", "Quality", "", "", "", ""],
    ["C1", "Number of contacts", "count", "tbc", "tbc", "higher", "monthly", None, "", "",
     "Front Door", "Contacts", "", "Safeguarding", "Safe", "", "", "", ""],
    ["K1", "Cost of placements", "cost", 50000, 5000, "lower", "quarterly", None, "", "",
     "Finance", "Spend", "", "Workforce", "Value for money", "", "", "", ""],
    ["Y1", "Forecasting within budget", "yesno", "Yes", "n/a", "maintain", "monthly", None,
     "", "", "Finance", "", "", "Workforce", "Value for money", "", "", "", ""],
    ["S1", "Staff satisfaction", "score", 3, 0.5, "higher", "monthly", None, "", "", "HR", "",
     "", "Workforce", "Quality", "", "", "", ""],
    ["R1", "Rate of CP plans per 10,000", "rate", 45, 5, "lower", "monthly", None, 44.9, 43.7,
     "CIN/CP", "Children on a plan", "", "Safeguarding", "Safe", "", "", "", ""],
    ["Q1", "Quality of practice", "assessed", "", "", "higher", "monthly", None, "", "", "QA",
     "", "", "", "Quality", "Amended", "Quality of practice",
     "QA reports show robust RAG ratings", "Added in quality assurance measures"],
]
FORUMS = [["Board", "Trust Board KPIs", "board", "monthly"],
          ["List", "Contractual KPIs", "list", "monthly"],
          ["Assess", "Contractual assessment", "assessment", "quarterly"],
          ["Findings", "Mapping of Ofsted findings", "mapping", "quarterly"],
          ["Plan", "Business plan actions", "actions", "quarterly"]]
MEMBERSHIP = (
    [["Board", str(n), "", i] for n, i in
     enumerate(["P1", "P2", "A1", "C1", "K1", "Y1", "S1", "R1"], start=1)]
    + [["List", "1", "Safeguarding", "P1"], ["List", "2", "Safeguarding", "P2"],
       ["List", "3", "Safeguarding", "C1"], ["List", "4", "Workforce", "A1"],
       ["List", "5", "Workforce", "K1"], ["List", "6", "Workforce", "Y1"]]
    + [["Assess", "1", "", "Q1"], ["Assess", "2", "", "P2"]])
FINDINGS = [["Leadership", "Positive", "Leaders are effective", "P1; A1", "Board reports"],
            ["Leadership", "Area for improvement", "Caseloads are high", "A1", ""],
            ["Care", "Positive", "Good care planning", "", "Audits"]]
ACTIONS = [["1.1", "Child centred", "Voice of the child", "Run workshops", "95% decided",
            "Director", "March 2021", "P1; Q1"],
           ["1.10", "Child centred", "Safeguarding", "Audit plans", "Fewer re-referrals",
            "Head of service", "Dec-20", "P2"]]
RETURNS_HEADERS = ["Team", "Indicator ID", "Period", "Numerator", "Denominator", "Value",
                   "Comment", "RAG", "Evidence"]
FEB, MAR = "2021-02", "2021-03"
RETURNS = [
    ["Front Door", "P1", FEB, 80, 100, None, "", None, None],
    ["Front Door", "P1", MAR, 74, 100, None, "=SUM(A1:A9)", None, None],
    ["Front Door", "P2", FEB, 30, 20, None, "numerator too big", None, None],  # rejected
    ["Front Door", "P2", MAR, 20, 100, None, "+44 7700 900123", None, None],
    ["CIN/CP", "A1", FEB, 200, 10, None, "", None, None],
    ["CIN/CP", "A1", MAR, 190, 10, None, "-5 cases since February", None, None],
    ["Front Door", "C1", FEB, 1200, None, None, "", None, None],
    ["Front Door", "C1", MAR, 1350, None, None, "@team: check", None, None],
    ["Finance", "K1", "2020-12", 60000, None, None, "", None, None],
    ["Finance", "K1", MAR, 52000, None, None, "", None, None],
    ["Finance", "Y1", FEB, None, None, "Yes", "", None, None],
    ["Finance", "Y1", MAR, None, None, "No", "Overspend forecast", None, None],
    ["HR", "S1", FEB, None, None, 3.2, "", None, None],
    ["HR", "S1", MAR, None, None, 2.1, "", None, None],
    ["CIN/CP", "R1", FEB, 200, None, None, "", None, None],
    ["CIN/CP", "R1", MAR, 180, None, None, "", None, None],
    ["QA", "Q1", FEB, None, None, None, "", "Red", "Audit found gaps"],
    ["QA", "Q1", MAR, None, None, None, "Improving", "Amber", "Re-audit better"],
    ["QA", "ZZ9", MAR, 1, 2, None, "", None, None],  # unknown indicator: an error
]


def _workbook(sheets: dict[str, list[list]]) -> openpyxl.Workbook:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
        for row in ws.iter_rows():  # text typed as text: '=SUM' is a comment, not a formula
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"
    return wb


def make_register(path):
    _workbook({
        "Indicators": [INDICATOR_HEADERS, *INDICATORS],
        "Forums": [["Forum", "Title", "Layout", "Frequency"], *FORUMS],
        "Membership": [["Forum", "Ref", "Section", "Indicator ID"], *MEMBERSHIP],
        "Context": [["Name", "Year", "Value"], ["Under-18 population", 2019, 40000],
                    ["Financial year start month", None, 4]],
        "Findings": [["Area", "Type", "Finding", "Indicator IDs", "Other monitoring"],
                     *FINDINGS],
        "Actions": [["Ref", "Aim", "Priority", "How", "Measure of success", "Owner",
                     "Target date", "Indicator IDs"], *ACTIONS],
    }).save(path)
    return path


def make_returns(path, rows=RETURNS):
    _workbook({"Returns": [RETURNS_HEADERS, *rows]}).save(path)
    return path


def run_small(folder, **kw):
    """The small register and returns, processed: (Processed, report path)."""
    register = make_register(folder / "register.xlsx")
    returns = make_returns(folder / "returns.xlsx")
    processed = pipeline.process([returns], folder / "report.xlsx", register, created=CREATED,
                                 **kw)
    return processed, folder / "report.xlsx"


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """The small register and returns, processed once: (Processed, report path)."""
    return run_small(tmp_path_factory.mktemp("report"))


@pytest.fixture(scope="module")
def book(run):
    return openpyxl.load_workbook(run[1])


def source(processed) -> ReportSource:
    """What `xlkpi process` gave the writer."""
    return ReportSource(processed.validation.register, processed.results, processed.period,
                        processed.report, processed.inputs,
                        len(processed.validation.returns.rows))


def rewrite(processed, path):
    """The report of a processed run, written again to `path`."""
    s = source(processed)
    return write_report(s.register, s.results, path, period=s.period, findings=s.findings,
                        inputs=s.inputs, rows_read=s.rows_read, created=CREATED)


def header(ws, row=HEADER):
    return [c.value for c in ws[row]]


def rows_of(ws, first=HEADER + 1):
    return list(ws.iter_rows(min_row=first))


def row_of(ws, column: int, value, first=HEADER + 1):
    """The first row (cells) whose `column` (1-based) holds `value`."""
    for row in ws.iter_rows(min_row=first):
        if row[column - 1].value == value:
            return row
    raise AssertionError(f"{value!r} not in column {column} of {ws.title}")


# --- structure ---------------------------------------------------------------------------
def test_tabs_in_order(book):
    assert book.sheetnames == TABS


def test_each_layout_header_row(book):
    labels = {"current": "Mar-21", "previous": "Feb-21", "last_year": "Mar-20"}
    for tab, layout in (("Board", "board"), ("List", "list"), ("Assess", "assessment"),
                        ("Findings", "mapping"), ("Plan", "actions")):
        expected = [h.format(**labels) for h in LAYOUTS[layout].headers]
        assert header(book[tab])[:len(expected)] == expected, tab
    assert header(book["Board"]) == [
        "Ref", "Linked outcome", "KPI", "Statistical neighbour", "England average", "Target",
        "Tolerance", "Threshold", "Expected direction of travel", "Mar-20", "Feb-21",
        "Current value:\nMar-21", "RAG", "Trend", "Variation", "Assurance", "Comment"]
    assert header(book["List"]) == ["No", "Measure", "Current\nMar-21", "Previous\nFeb-21",
                                    "Target", "Tolerance", "Threshold", "RAG", "Trend",
                                    "Variation", "Assurance", "Comment"]


def test_title_row_names_forum_and_period(book):
    for tab, (_, title, _, _) in zip(TABS[1:6], FORUMS, strict=True):
        assert book[tab]["A1"].value == f"{title} – Mar-21"
        assert book[tab]["A1"].font.b


def test_list_has_section_heading_rows(book):
    ws = book["List"]
    firsts = [row[0].value for row in rows_of(ws)]
    assert firsts == ["Safeguarding", 1, 2, 3, "Workforce", 4, 5, 6]
    for row in rows_of(ws):
        if isinstance(row[0].value, str):  # a heading row: a row, filled across, not merged
            assert row[0].font.b
            assert all(c.value is None for c in row[1:])
            assert {c.fill.fgColor.rgb[-6:] for c in row} == {SECTION_FILL[1:]}
    assert not ws.merged_cells.ranges


def test_board_row_values_and_labels(book):
    ws = book["Board"]
    row = row_of(ws, 3, "% of referrals decided in 1 day")
    values = [c.value for c in row]
    assert values[0] == 1 and values[1] == "Safe"
    assert values[3:9] == ["n/a", 90, 95, 5, 90, "↑ Higher is better"]
    assert values[10:14] == [80, 74, "Red", "↓ worse"]
    assert values[16] == "=SUM(A1:A9)"
    c1 = [c.value for c in row_of(ws, 3, "Number of contacts")]
    assert c1[5:8] == ["tbc", "tbc", None] and c1[12] == "TBC"
    a1 = [c.value for c in row_of(ws, 3, "Average caseload")]
    assert a1[3:5] == ["tbc", "tbc"] and a1[6:8] == [5, 23] and a1[12] == "Yellow"


def test_period_shown_when_a_row_is_from_another_month(book):
    cell = row_of(book["Board"], 3, "Cost of placements")[10]  # previous of a quarterly: Dec
    assert cell.value == 60000
    assert cell.number_format == '"£"#,##0" (Dec-20)"'


def test_assessment_layout(book):
    ws = book["Assess"]
    q1 = [c.value for c in row_of(ws, 2, "Quality of practice")]
    assert q1 == [1, "Quality of practice", "QA reports show robust RAG ratings",
                  "Added in quality assurance measures", "Quality of practice", "Amended",
                  "Amber", "Re-audit better\nImproving"]
    p2 = [c.value for c in row_of(ws, 2, "% of re-referrals")]
    assert p2[6] == "Green"
    assert p2[7].startswith("20.0% against a target of 22.0% or below")


def test_mapping_layout(book):
    ws = book["Findings"]
    firsts = [row[0].value for row in rows_of(ws)]
    assert firsts == ["Leadership", "Positive", "Area for improvement", "Care", "Positive"]
    row = row_of(ws, 2, "Leaders are effective")
    assert row[2].value == "P1 % of referrals decided in 1 day\nA1 Average caseload"
    assert row[3].value == "P1: 74.0% – Red\nA1: 19.0 – Yellow"
    assert row[4].value == "Red"  # worst of the two, one word
    assert row[5].value == "Board reports"
    empty = row_of(ws, 2, "Good care planning")
    assert empty[2].value is None and empty[4].value is None


def test_actions_layout(book):
    ws = book["Plan"]
    assert [row[0].value for row in rows_of(ws)] == ["Child centred", "1.1", "1.10"]
    row = row_of(ws, 1, "1.1")
    assert row[6].value == "P1; Q1"
    assert row[7].value == "Red"
    assert row[8].value == "P1 Red; Q1 Amber"
    assert row_of(ws, 1, "1.10")[0].data_type == "s"  # 1.10 is not the number 1.1


# --- RAG -------------------------------------------------------------------------------------
def _rules(ws):
    """{sqref: [(type, operator, formula)]} of a sheet's conditional formats."""
    out = {}
    for cf in ws.conditional_formatting:
        out[str(cf.sqref)] = [(r.type, r.operator, r.formula[0]) for r in cf.rules]
    return out


def test_rag_words_coloured_by_one_rule_per_word_per_range(book):
    words = set(vocabulary.RAGS)
    for tab in TABS[1:6]:
        ws = book[tab]
        rag_cols = [i for i, h in enumerate(header(ws), start=1)
                    if h in ("RAG", "RAG (worst)", "KPI RAG (worst)")]
        assert len(rag_cols) == 1, tab
        col = rag_cols[0]
        cells = [row[col - 1] for row in rows_of(ws) if row[col - 1].value is not None]
        assert cells and {c.value for c in cells} <= words
        last = ws.max_row
        letter = openpyxl.utils.get_column_letter(col)
        rules = _rules(ws)
        assert list(rules) == [f"{letter}{HEADER + 1}:{letter}{last}"], tab
        rule_list = next(iter(rules.values()))
        assert sorted(f for _, _, f in rule_list) == sorted(f'"{w}"' for w in vocabulary.RAGS)
        assert {(t, o) for t, o, _ in rule_list} == {("cellIs", "equal")}


def test_rule_fills_are_the_rag_colours(book):
    ws = book["Board"]
    dxfs = book._differential_styles
    for cf in ws.conditional_formatting:
        for rule in cf.rules:
            word = rule.formula[0].strip('"')
            style = dxfs[rule.dxfId]
            fill, text = RAG_COLOURS[word]
            assert style.fill.bgColor.rgb[-6:] == fill[1:]
            assert style.font.color.rgb[-6:] == text[1:]


def test_data_and_trends_rags_use_range_rules_not_cell_rules(book):
    for tab in ("Data", "Trends", "Summary"):
        rules = _rules(book[tab])
        assert 0 < sum(len(v) for v in rules.values()) <= 6 * len(rules)
        assert len(rules) <= 2  # one sqref (perhaps of several ranges) per word set
        for sqref in rules:
            assert all(":" in part for part in sqref.split())


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two #RRGGBB colours."""
    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
                  for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_contrast_formula():
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("pair", [*RAG_COLOURS.values(), *SEVERITY_COLOURS.values(),
                                  (HEADER_FILL, HEADER_TEXT), (SECTION_FILL, SECTION_TEXT)])
def test_fills_keep_text_at_wcag_aa(pair):
    assert contrast(*pair) >= 4.5


def test_each_colour_is_defined_once_in_styles():
    write = Path(xlkpi.__file__).parent / "write"
    colour = re.compile(r'"#[0-9A-Fa-f]{6}"')
    for module in write.glob("*.py"):
        if module.name not in ("styles.py", "annotate.py"):  # annotate: openpyxl's own form
            assert not colour.findall(module.read_text(encoding="utf-8")), module.name
    defined = colour.findall((write / "styles.py").read_text(encoding="utf-8"))
    assert len(defined) == len({c.upper() for c in defined})


def test_worst():
    assert worst(["Green", "Yellow", "TBC"]) == "Yellow"
    assert worst(["Green", "Red", "Amber"]) == "Red"
    assert worst(["TBC", "No data"]) == "No data"
    assert worst(["TBC"]) == "TBC"
    assert worst([]) == ""


# --- numbers -------------------------------------------------------------------------------
@pytest.mark.parametrize(("title", "fmt", "value"), [
    ("% of referrals decided in 1 day", '0.0"%"', 74),
    ("% of re-referrals", '0.0"%"', 20),
    ("Average caseload", "0.0", 19),
    ("Number of contacts", "#,##0", 1350),
    ("Cost of placements", '"£"#,##0', 52000),
    ("Forecasting within budget", '"Yes";"Yes";"No"', 0),  # 0 shows No
    ("Staff satisfaction", "0.0", 2.1),
    ("Rate of CP plans per 10,000", "0.0", 45),
])
def test_value_cells_carry_their_measure_format(book, title, fmt, value):
    cell = row_of(book["Board"], 3, title)[11]  # current value
    assert cell.value == pytest.approx(value)
    assert cell.data_type == "n"
    assert cell.number_format == fmt


def test_number_format_data():
    assert number_format("percentage", 0) == '0"%"'
    assert number_format("percentage", 2) == '0.00"%"'
    assert number_format("count", 1) == "#,##0.0"
    assert number_format("assessed", 1) is None
    assert format_value(74, "percentage", 1) == "74.0%"
    assert format_value(89.95, "percentage", 1) == "90.0%"  # half up, as RAG rounds
    assert format_value(1234567, "cost", 0) == "£1,234,567"
    assert format_value(0, "yesno", 1) == "No"


def test_assessed_values_show_the_rag_word(book):
    head = header(book["Data"], 1)
    q1 = [r for r in book["Data"].iter_rows(min_row=2, values_only=True)
          if r[0] == "Q1" and r[2] in (FEB, MAR)]
    assert [(r[head.index("Period")], r[head.index("RAG")]) for r in q1] == [(FEB, "Red"),
                                                                            (MAR, "Amber")]
    assert all(r[head.index("Value")] is None for r in q1)
    assert row_of(book["Assess"], 2, "Quality of practice")[6].value == "Amber"


# --- safety ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["=SUM(A1:A9)", "+44 7700 900123", "-5 cases since February",
                                  "@team: check"])
def test_formula_like_comments_stay_text(book, text):
    found = [c for ws in book for row in ws.iter_rows() for c in row if c.value == text]
    assert len(found) >= 2  # forum tab and Data
    assert all(c.data_type == "s" for c in found)


def test_no_formulas_links_or_macros(run, book):
    for ws in book:
        for row in ws.iter_rows():
            assert not any(c.data_type == "f" for c in row), ws.title
    names = zipfile.ZipFile(run[1]).namelist()
    assert not [n for n in names if "externalLink" in n or "vbaProject" in n]


def test_no_merged_cells(book):
    for ws in book:
        assert not ws.merged_cells.ranges, ws.title


# --- Data, Validation, Trends -------------------------------------------------------------
def test_data_tab_columns_and_rows(run, book):
    processed, _ = run
    ws = book["Data"]
    head = header(ws, 1)
    assert head[:13] == DESIGN_DATA
    assert head == DATA_HEADERS
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(processed.results)
    table = ws.tables["Data"]  # an Excel table, with its own filters
    assert table.ref == f"A1:{openpyxl.utils.get_column_letter(len(head))}{len(rows) + 1}"
    assert [c.name for c in table.tableColumns] == head
    assert ws.freeze_panes == "C2"
    col = {h: i for i, h in enumerate(head)}
    periods = {r[col["Period"]] for r in rows}
    assert all(re.fullmatch(r"\d{4}-\d{2}", p) for p in periods)
    assert {r[col["RAG"]] for r in rows} <= set(vocabulary.RAGS)
    p1 = next(r for r in rows if r[0] == "P1" and r[2] == MAR)
    assert p1[col["Numerator"]] == 74 and p1[col["Denominator"]] == 100
    assert p1[col["Value"]] == pytest.approx(74.0)
    assert p1[col["Threshold"]] == 90 and p1[col["Direction"]] == "higher"
    assert p1[col["Previous value"]] == pytest.approx(80.0)
    rejected = next(r for r in rows if r[0] == "P2" and r[2] == FEB)
    assert rejected[col["RAG"]] == "No data" and "rejected" in rejected[col["Reason"]]


def test_rejected_values_show_why_on_the_forum_tab(run, book):
    processed, _ = run
    assert processed.report.errors >= 2  # numerator > denominator, unknown indicator
    prev = row_of(book["Board"], 3, "% of re-referrals")[10]
    assert prev.value is None  # February's P2 was rejected


def test_validation_tab_lists_every_finding(run, book):
    processed, _ = run
    ws = book["Validation"]
    assert header(ws) == ["Severity", "Code", "File", "Sheet", "Cell", "Team", "Indicator",
                          "Period", "Message"]
    rows = [[c.value for c in row] for row in rows_of(ws)]
    assert len(rows) == len(processed.report.frame)
    assert all(c.data_type == "s" for row in rows_of(ws) for c in row if c.value is not None)
    assert any(r[6] == "ZZ9" or "ZZ9" in (r[8] or "") for r in rows)
    assert ws.tables["Validation"].ref == f"A{HEADER}:I{HEADER + len(rows)}"
    assert ws.freeze_panes == f"A{HEADER + 1}"


def test_trends_tab_has_its_title_and_header(book):
    """What the rest of the report relies on; the Trends tab's own tests are its module's."""
    ws = book["Trends"]
    assert ws["A1"].value.startswith("Trends to Mar-21") and ws["A1"].font.b
    assert header(ws)[0] == "ID"


# --- Summary --------------------------------------------------------------------------------
def _summary_text(ws) -> list[list]:
    return [[c.value for c in row] for row in ws.iter_rows()]


def test_summary_facts(run, book):
    processed, _ = run
    cells = _summary_text(book["Summary"])
    flat = [v for row in cells for v in row if v is not None]
    assert "KPI performance report – Mar-21" in flat
    assert "Mar-21 (2021-03)" in flat
    assert "2021-04-06 09:30 UTC" in flat
    file, digest = processed.inputs[0]
    assert "returns.xlsx" in flat and f"SHA-256 {digest}" in flat
    assert not [v for v in flat if isinstance(v, str) and str(file) in v]  # no path
    errors = processed.report.errors
    assert any(isinstance(v, str) and v.startswith(f"{errors} error") for v in flat)


def test_summary_counts_key_exceptions_and_changes(run, book):
    cells = _summary_text(book["Summary"])
    head = next(i for i, r in enumerate(cells) if r[:2] == ["Forum", "Title"])
    assert cells[head][2:9] == [*vocabulary.RAGS, "Total"]
    board = cells[head + 1]
    assert board[0] == "Board" and board[8] == 8 and sum(board[2:8]) == 8
    key = next(i for i, r in enumerate(cells) if r[:2] == ["RAG", "Meaning"])
    assert [tuple(r[:2]) for r in cells[key + 1:key + 7]] == list(vocabulary.MEANING.items())
    ex = next(i for i, r in enumerate(cells) if r[0] and str(r[0]).startswith("Exceptions"))
    col = {h: j for j, h in enumerate(cells[ex + 1]) if h}
    assert list(col) == ["Forum(s)", "Indicator", "Previous period", "Current\nMar-21",
                         "Target", "Tolerance", "Threshold", "RAG before", "RAG", "Trend",
                         "Comment"]
    names = []
    for r in cells[ex + 2:]:
        if not r[1]:
            break
        names.append((r[1].split()[0], r[col["RAG"]]))
    assert names[0][1] == "Red"
    assert {"P1", "Y1", "S1"} <= {n for n, w in names if w == "Red"}
    assert [w for _, w in names] == sorted((w for _, w in names), key=list(vocabulary.RAGS).index)
    changes = next(i for i, r in enumerate(cells) if r[0] and str(r[0]).startswith("RAG changes"))
    col = {h: j for j, h in enumerate(cells[changes + 1]) if h}
    changed = {r[1].split()[0]: (r[col["RAG before"]], r[col["RAG now"]], r[col["Change"]])
               for r in cells[changes + 2:] if r[1] and r[col["Change"]]}
    assert changed["Y1"] == ("Green", "Red", "Worsened")
    assert changed["Q1"] == ("Red", "Amber", "Improved")


def test_summary_chart_with_alt_text(run):
    z = zipfile.ZipFile(run[1])
    assert "xl/charts/chart1.xml" in z.namelist()
    chart = z.read("xl/charts/chart1.xml").decode()
    assert "<c:barChart>" in chart and '<c:grouping val="stacked"/>' in chart
    for fill, _ in RAG_COLOURS.values():
        assert fill[1:].upper() in chart
    drawing = z.read("xl/drawings/drawing1.xml").decode()
    assert re.search(r'descr="Stacked bar chart of the RAG ratings', drawing)


# --- print-ready --------------------------------------------------------------------------
def test_every_tab_is_print_ready(book):
    for ws in book:
        assert ws.page_setup.orientation == "landscape", ws.title
        assert int(ws.page_setup.paperSize) == 9
        # a fixed scale that fits the width: under "fit to page" Excel ignores page breaks
        assert not (ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage)
        assert 10 <= int(ws.page_setup.scale) <= 100, ws.title
        if ws.title != "Trends":
            assert ws.print_options.horizontalCentered
        assert ws.print_title_rows
        assert ws.freeze_panes or ws.title == "Summary"  # opens with the cursor on A1
        assert "Page &P of &N" in ws.oddFooter.right.text
        assert "Mar-21" in ws.oddFooter.left.text
    for tab in TABS[1:]:
        ws = book[tab]
        row = 1 if tab == "Data" else HEADER
        assert ws.print_title_rows == f"${row}:${row}"
        filters = ws.auto_filter.ref or next(iter(ws.tables.values())).ref  # or a table's
        assert filters.startswith(f"A{row}:")
        assert ws.freeze_panes.endswith(str(row + 1))
    assert int(book["Data"].page_setup.scale) >= 80 <= int(book["Validation"].page_setup.scale)


def test_long_text_wraps_in_tall_enough_rows(book):
    ws = book["Assess"]
    row = row_of(ws, 2, "Quality of practice")
    assert row[7].alignment.wrap_text
    assert ws.row_dimensions[row[0].row].height >= lines_points(2) == 24.75
    assert text_lines("a " * 100, 10) > 10
    assert text_lines("short", 10) == 1
    assert text_lines("one\ntwo", 40) == 2


# --- trust -----------------------------------------------------------------------------------
def _cells(path):
    wb = openpyxl.load_workbook(path)
    return {ws.title: [[(c.value, c.number_format) for c in row] for row in ws.iter_rows()]
            for ws in wb}


def test_same_inputs_and_created_give_identical_cells(run, tmp_path):
    processed, _ = run
    a = rewrite(processed, tmp_path / "a.xlsx")
    b = rewrite(processed, tmp_path / "b.xlsx")
    assert _cells(a) == _cells(b)
    assert a.read_bytes() == b.read_bytes()  # xlsxwriter stamps the zip entries 1980-01-01
    assert openpyxl.load_workbook(a).properties.created == dt.datetime(2021, 4, 6, 9, 30)


def test_created_from_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1617701400")
    assert made_at() == dt.datetime(2021, 4, 6, 9, 30, tzinfo=dt.UTC)
    assert made_at(CREATED) is CREATED
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert (dt.datetime.now(dt.UTC) - made_at()).total_seconds() < 5


def test_layouts_are_data_and_every_field_is_offered(run):
    processed, _ = run
    model = Model(source(processed))
    for forum, layout in zip(model.forums["forum"], model.forums["layout"], strict=True):
        spec = LAYOUTS[layout]
        for row in model.rows(forum, spec):
            missing = [c.field for c in spec.columns if c.field not in row]
            assert not missing, (layout, missing)
    with pytest.raises(ValueError):
        Column("X", "x", "sparkly")
    custom = Layout("mini", "members", (Column("ID", "id"), Column("RAG", "rag", RAG),
                                       Column("Now", "current", NUMBER, period="current")))
    assert custom.headers == ["ID", "RAG", "Now"]


def test_default_register_month(tmp_path, default_register):
    """The shipped register with one month of returns: every forum gets its tab."""
    month = month_text(month_index(2021, 3))
    rows = []
    for iid, ind in default_register.indicators.iterrows():
        if ind["figures_from"] or ind["frequency"] != "monthly":
            continue
        team = ind["teams"][0] if ind["teams"] else "Other"
        m = ind["measure"]
        if m in ("percentage", "average"):
            rows.append([team, iid, month, 7, 10, None, "", None, None])
        elif m in ("rate", "count", "cost"):
            rows.append([team, iid, month, 12, None, None, "", None, None])
        elif m == "yesno":
            rows.append([team, iid, month, None, None, "Yes", "", None, None])
        elif m == "score":
            rows.append([team, iid, month, None, None, 3, "", None, None])
        elif m == "assessed":
            rows.append([team, iid, month, None, None, None, "", "Green", "Evidence"])
    returns = make_returns(tmp_path / "returns.xlsx", rows)
    processed = pipeline.process([returns], tmp_path / "report.xlsx", created=CREATED)
    wb = openpyxl.load_workbook(tmp_path / "report.xlsx")
    forums = list(default_register.forums["forum"])
    assert wb.sheetnames == ["Summary", *forums, "Trends", "Validation", "Data"]
    board = default_register.forums[default_register.forums["layout"] == "board"]["forum"]
    assert header(wb[board.iloc[0]])[:3] == ["Ref", "Linked outcome", "KPI"]
    assert wb["Data"].max_row == len(processed.results) + 1
    summary = [c.value for row in wb["Summary"].iter_rows() for c in row]
    assert "RAG changes since the previous period (0)" in summary  # no earlier month to compare
    _each_forum_in_its_own_words(wb, default_register)


def _each_forum_in_its_own_words(wb, register):
    """A forum's tab shows each indicator as its paper words it: the Membership's Title (the
    register's Indicator where it has none)."""
    members = register.membership
    for forum, layout in zip(register.forums["forum"], register.forums["layout"], strict=True):
        spec = LAYOUTS[layout]
        if spec.rows != "members":
            continue
        col = spec.headers.index(next(c.header for c in spec.columns if c.field == "title"))
        shown = [row[col].value for row in rows_of(wb[forum])
                 if not (isinstance(row[0].value, str) and row[col].value is None)]
        assert shown == members[members["forum"] == forum]["title"].tolist(), forum
    tb02 = {forum: next(row[col].value for row in rows_of(wb[forum]) if row[0].value == ref)
            for forum, ref, col in (("Contractual KPIs", 1, 1), ("Trust Board", 2, 2))}
    assert tb02 == {"Contractual KPIs": "% of re-referrals to CSC within 12 months",
                    "Trust Board": register.indicators.loc["TB02", "title"]}
    assert tb02["Trust Board"].startswith("% of re-referrals to children's social care")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_converts_it_to_pdf(run, tmp_path):
    _, path = run
    pdf = to_pdf(path, tmp_path)
    assert pdf.exists() and pdf.stat().st_size > 5000
    if shutil.which("pdftotext"):  # the Summary's first printed page holds the whole key
        first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-layout", str(pdf), "-"],
                               capture_output=True, text=True, check=True).stdout
        assert "Key" in first
        assert all(" ".join(meaning.split()[-3:]) in first
                   for meaning in vocabulary.MEANING.values())


def test_a_row_from_an_earlier_period_says_which(tmp_path):
    """Reporting on February: the quarterly K1 was last due in December, and says so."""
    register = make_register(tmp_path / "register.xlsx")
    returns = make_returns(tmp_path / "returns.xlsx")
    pipeline.process([returns], tmp_path / "feb.xlsx", register, period=month_index(2021, 2),
                     created=CREATED)
    ws = openpyxl.load_workbook(tmp_path / "feb.xlsx")["Board"]
    assert header(ws)[9:12] == ["Feb-20", "Jan-21", "Current value:\nFeb-21"]
    k1 = row_of(ws, 3, "Cost of placements")
    assert k1[11].value == 60000 and k1[11].number_format == '"£"#,##0" (Dec-20)"'
    p1 = row_of(ws, 3, "% of referrals decided in 1 day")
    assert p1[11].value == 80 and p1[11].number_format == '0.0"%"'


# --- issue 11: reasons, small numbers, SPC words, the Summary's lists, the report mark -------
def _summary_rows(ws) -> list[list]:
    return [[c.value for c in row] for row in ws.iter_rows()]


def _table_head(cells: list[list], heading: str) -> int:
    """The header row of the Summary table under the heading that starts with `heading`."""
    start = next(i for i, r in enumerate(cells) if r[0] and str(r[0]).startswith(heading))
    return next(i for i in range(start, len(cells)) if cells[i][0] == "Forum(s)")


def _section(cells: list[list], heading: str) -> list[list]:
    """The rows of the Summary table under the heading that starts with `heading`."""
    rows = []
    for r in cells[_table_head(cells, heading) + 1:]:
        if not r[1]:
            break
        rows.append(r)
    return rows


@pytest.fixture(scope="module")
def feb(tmp_path_factory):
    """The same returns reported on February, when P2's only return was rejected."""
    processed, path = run_small(tmp_path_factory.mktemp("feb"), period=month_index(2021, 2))
    return processed, openpyxl.load_workbook(path)


def test_data_tab_ends_with_reason_teams_sources_and_the_signal_columns(book):
    head = header(book["Data"], 1)
    assert head[-10:] == ["Reason", "Teams returned", "Sources", "CI lower", "CI upper",
                          "SPC mean", "SPC lower limit", "SPC upper limit", "Variation",
                          "Assurance"]
    col = {h: i for i, h in enumerate(head)}
    rows = list(book["Data"].iter_rows(min_row=2))
    p1 = next(r for r in rows if r[0].value == "P1" and r[2].value == MAR)
    assert p1[col["Teams returned"]].value == "1 of 1"
    assert p1[col["Sources"]].value.startswith("returns.xlsx ")
    lower = p1[col["CI lower"]]
    assert lower.data_type == "n" and lower.value < 74 < p1[col["CI upper"]].value
    assert lower.number_format == '0.0"%"'
    assert p1[col["Variation"]].value == "Too few points (2)"
    rejected = next(r for r in rows if r[0].value == "P2" and r[2].value == FEB)
    assert rejected[col["Reason"]].value.startswith("Front Door's figures for Feb-21 were "
                                                    "rejected")


def test_a_no_data_value_shows_its_reason_in_words(feb):
    _, wb = feb
    comment = row_of(wb["Board"], 3, "% of re-referrals")[16]
    assert "Front Door's figures for Feb-21 were rejected" in comment.value
    assert "numerator-exceeds-denominator" not in comment.value  # words, not a code
    cells = _summary_rows(wb["Summary"])
    no_data = {r[1].split()[0]: r for r in _section(cells, "No data:")}
    head = cells[_table_head(cells, "No data:")]
    assert head[-2:] == ["Teams returned", "Reason"]
    assert "were rejected" in no_data["P2"][10] and no_data["P2"][8] == "No data"
    exceptions = {r[1].split()[0] for r in _section(cells, "Exceptions")}
    assert "P2" not in exceptions


def test_exceptions_are_rated_and_red_or_fallen(book):
    cells = _summary_rows(book["Summary"])
    rows = _section(cells, "Exceptions")
    # Mar-21: P1, Y1 and S1 are Red (Y1 and S1 fell from Green); K1 and R1 improved, Q1 rose
    # from Red to Amber, C1 is TBC
    assert [(r[1].split()[0], r[8]) for r in rows] == [("P1", "Red"), ("Y1", "Red"),
                                                      ("S1", "Red")]
    assert rows[0][10] == "=SUM(A1:A9)"  # each with its comment


def _rewritten(run, tmp_path, change=lambda results: results, **given) -> openpyxl.Workbook:
    """The run's report written again from its results, as `change` alters them (and with
    the arguments `given` instead of the run's)."""
    processed, _ = run
    s = source(processed)
    out = tmp_path / "changed.xlsx"
    kw = {"period": s.period, "findings": s.findings, "inputs": s.inputs,
          "rows_read": s.rows_read, "created": CREATED, **given}
    write_report(s.register, change(s.results.copy()), out, **kw)
    return openpyxl.load_workbook(out)


def test_variation_and_assurance_as_words_and_what_changed_for_real(run, tmp_path):
    def signal(results):
        now = results["month"] == month_index(2021, 3)
        for iid, variation, assurance in (("P1", "Concern", "Fail"), ("A1", "Improvement", ""),
                                          ("R1", "Common cause", "Pass"),
                                          ("C1", "Special cause", "")):
            at = now & results["indicator_id"].eq(iid)
            results.loc[at, ["variation", "assurance"]] = [variation, assurance]
            results.loc[at, ["spc_mean", "spc_lower", "spc_upper"]] = [80.0, 60.0, 100.0]
        return results
    wb = _rewritten(run, tmp_path, signal)
    board = {h: i for i, h in enumerate(header(wb["Board"]))}
    p1 = row_of(wb["Board"], 3, "% of referrals decided in 1 day")
    assert (p1[board["Variation"]].value, p1[board["Assurance"]].value) == ("Concern", "Fail")
    r1 = row_of(wb["List"], 2, "% of referrals decided in 1 day")
    assert "Concern" in [c.value for c in r1] and "Fail" in [c.value for c in r1]
    cells = _summary_rows(wb["Summary"])
    real = _section(cells, "What changed for real")
    assert [r[1].split()[0] for r in real] == ["P1", "A1", "C1"]  # not R1: common cause
    assert [(r[10], r[9]) for r in real] == [("Concern", "Fail"), ("Improvement", None),
                                             ("Special cause", None)]
    mean = wb["Summary"].cell(next(i for i, r in enumerate(cells, start=1)
                                   if r[1] and r[1].startswith("P1 ")), 5)
    assert mean.value == 80 and mean.number_format == '0.0"%"'


def test_small_denominators_show_their_counts_and_stay_numbers(tmp_path):
    register = make_register(tmp_path / "register.xlsx")
    rows = [r if (r[1], r[2]) != ("P1", MAR) else [*r[:3], 2, 6, *r[5:]] for r in RETURNS]
    pipeline.process([make_returns(tmp_path / "returns.xlsx", rows)], tmp_path / "r.xlsx",
                     register, created=CREATED)
    wb = openpyxl.load_workbook(tmp_path / "r.xlsx")
    cell = row_of(wb["Board"], 3, "% of referrals decided in 1 day")[11]
    assert cell.data_type == "n" and cell.value == pytest.approx(100 * 2 / 6)
    assert cell.number_format == '0.0"% (2 of 6)"'
    previous = row_of(wb["Board"], 3, "% of referrals decided in 1 day")[10]
    assert previous.number_format == '0.0"%"'  # 80 of 100: no counts
    listed = row_of(wb["List"], 2, "% of referrals decided in 1 day")[2]
    assert listed.number_format == '0.0"% (2 of 6)"'
    # wide enough for the value on one line, in both Excel and LibreOffice (a number never
    # wraps; too narrow, it shows ###)
    from xlkpi.write.xlsx import one_line_width
    assert wb["Board"].column_dimensions["L"].width >= one_line_width("33.3% (2 of 6)")


def test_summary_names_files_and_ends_with_their_checksums(run, book):
    processed, _ = run
    cells = _summary_rows(book["Summary"])
    flat = [v for row in cells for v in row if isinstance(v, str)]
    register = processed.validation.register
    assert "register.xlsx" in flat and register.source not in flat
    provenance = next(i for i, r in enumerate(cells) if r[0] == "Provenance")
    assert provenance > next(i for i, r in enumerate(cells) if r[0] == "Validation")
    below = [v for row in cells[provenance:] for v in row if isinstance(v, str)]
    _, digest = processed.inputs[0]
    assert f"SHA-256 {digest}" in below and "returns.xlsx" in below
    assert f"checksum {register.checksum()} (SHA-256 of its content)" in below
    above = [v for row in cells[:provenance] for v in row if isinstance(v, str)]
    assert not [v for v in above if digest in v or register.checksum() in v]
    assert "1 file, 19 rows read" in above


def test_summary_key_comes_first_and_its_title_repeats_on_every_page(book):
    ws = book["Summary"]
    cells = _summary_rows(ws)
    key = next(i for i, r in enumerate(cells) if r[:2] == ["RAG", "Meaning"])
    counts = next(i for i, r in enumerate(cells) if r[0] == "RAG ratings by forum")
    assert key < counts < next(i for i, r in enumerate(cells) if r[0] and
                               str(r[0]).startswith("Exceptions"))
    assert all(b.id > key + 7 for b in ws.row_breaks.brk)  # no page break before the key
    assert ws.print_title_rows == "$1:$1"


def test_the_workbook_says_it_is_an_xlkpi_report(run, book):
    custom = zipfile.ZipFile(run[1]).read("docProps/custom.xml").decode()
    assert re.search(r'name="xlkpi report"><vt:lpwstr>' + re.escape(xlkpi.__version__)
                     + "</vt:lpwstr>", custom)
    assert book.properties.title == "KPI performance report Mar-21"
    assert book.properties.subject == "RAG-rated key performance indicators by forum"


def test_results_of_an_older_compute_still_make_a_report(run, tmp_path):
    """Before issue 11 the results had `rejected` instead of `reason`, and no SPC columns."""
    def older(results):
        new = ["reason", "teams_returned", "sources", "ci_lower", "ci_upper", "spc_mean",
               "spc_lower", "spc_upper", "variation", "assurance"]
        rejected = results["reason"].where(results["reason"].str.contains("rejected"), "")
        return results.drop(columns=new).assign(rejected=rejected)
    wb = _rewritten(run, tmp_path, older)
    head = header(wb["Data"], 1)
    assert head == DATA_HEADERS
    rows = list(wb["Data"].iter_rows(min_row=2, values_only=True))
    p2 = next(r for r in rows if r[0] == "P2" and r[2] == FEB)
    assert "rejected" in p2[head.index("Reason")]
    assert all(r[head.index("Variation")] is None for r in rows)


def test_many_inputs_are_counted_at_the_top_and_listed_at_the_foot(run, tmp_path):
    inputs = [(f"C:\\Users\\analyst\\returns\\team-{n}.xlsx", f"{n:064x}") for n in range(7)]
    cells = _summary_rows(_rewritten(run, tmp_path, inputs=inputs, rows_read=None)["Summary"])
    flat = [v for row in cells for v in row if isinstance(v, str)]
    assert not [v for v in flat if "analyst" in v]  # names only, from Windows paths too
    provenance = next(i for i, r in enumerate(cells) if r[0] == "Provenance")
    facts = next(r for r in cells if r[0] == "Input files")
    assert facts[1:3] == ["7 files", "each is named under Provenance, below"]
    listed = [r[1:3] for r in cells[provenance:] if r[1] and r[1].startswith("team-")]
    assert listed == [[f"team-{n}.xlsx", f"SHA-256 {n:064x}"] for n in range(7)]
