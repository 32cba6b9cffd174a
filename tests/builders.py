"""Small hand-made workbooks for tests: registers and returns, written with openpyxl the way
a person's Excel file would look (openpyxl stores strings inline, like many tools do)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

INDICATOR_HEADERS = ["ID", "Indicator", "Measure", "Target", "Tolerance", "Direction",
                     "Frequency", "Window", "Decimals", "Team", "Numerator", "Denominator",
                     "Figures from"]
RETURNS_HEADERS = ["Team", "Indicator ID", "Period", "Numerator", "Denominator", "Value",
                   "Comment", "RAG", "Evidence"]

# A small register covering every measure: (ID, title, measure, target, tolerance, direction,
# frequency, window, decimals, team)
SMALL = [
    ("P1", "% of referrals decided in 1 day", "percentage", 95, 5, "higher", "monthly", "month",
     None, "Front Door;CIN/CP"),
    ("P2", "% of re-referrals", "percentage", 22, 1, "lower", "monthly", "ytd", None,
     "Front Door"),
    ("R1", "Rate of CP plans per 10,000", "rate", 45, 5, "lower", "monthly", "month", None,
     "CIN/CP"),
    ("A1", "Average caseload", "average", 18, 5, "lower", "monthly", "month", None,
     "Front Door;CIN/CP"),
    ("C1", "Number of contacts", "count", None, None, "higher", "monthly", "month", None,
     "Front Door"),
    ("K1", "Cost of placements", "cost", 50000, None, "lower", "quarterly", "month", None,
     "Finance"),
    ("Y1", "Forecasting within budget", "yesno", "Yes", None, "maintain", "monthly", "month",
     None, "Finance"),
    ("S1", "Staff satisfaction", "score", 3, 0.5, "higher", "annual", "month", None, "HR"),
    ("Q1", "Quality of practice", "assessed", None, None, "higher", "quarterly", "month",
     None, "QA"),
]


def save(wb: openpyxl.Workbook, path: Path) -> Path:
    wb.save(path)
    return path


def register_workbook(indicators=SMALL, *, forums=None, membership=None, context=None,
                      findings=None, actions=None, extra_rows=None) -> openpyxl.Workbook:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Indicators"
    ws.append(INDICATOR_HEADERS)
    for ind in indicators:
        row = list(ind) + [None] * (len(INDICATOR_HEADERS) - len(ind))
        if row[10] is None and ind[2] in ("percentage", "average", "rate", "count", "cost"):
            row[10] = "Things counted"
        if row[11] is None and ind[2] in ("percentage", "average"):
            row[11] = "All things"
        ws.append(row)
    for row in extra_rows or []:
        ws.append(row)
    if forums is not None:
        f = wb.create_sheet("Forums")
        f.append(["Forum", "Title", "Layout", "Frequency"])
        for row in forums:
            f.append(row)
    if membership is not None:
        m = wb.create_sheet("Membership")
        m.append(["Forum", "Ref", "Section", "Indicator ID"])
        for row in membership:
            m.append(row)
    c = wb.create_sheet("Context")
    c.append(["Name", "Year", "Value"])
    for row in context if context is not None else [("Under-18 population", 2019, 40000),
                                                    ("Financial year start month", None, 4)]:
        c.append(row)
    for name, header, rows in (
            ("Findings", ["Area", "Type", "Finding", "Indicator IDs", "Other monitoring"],
             findings),
            ("Actions", ["Ref", "Aim", "Priority", "How", "Measure of success", "Owner",
                         "Target date", "Indicator IDs"], actions)):
        if rows is not None:
            s = wb.create_sheet(name)
            s.append(header)
            for row in rows:
                s.append(row)
    return wb


def write_register(path: Path, indicators=SMALL, **kw) -> Path:
    return save(register_workbook(indicators, **kw), path)


def returns_workbook(rows, *, headers=RETURNS_HEADERS, sheet="Returns", title_rows=(),
                     ) -> openpyxl.Workbook:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for t in title_rows:
        ws.append(list(t))
    ws.append(list(headers))
    for r in rows:
        ws.append(list(r))
    return wb


def write_returns(path: Path, rows, **kw) -> Path:
    return save(returns_workbook(rows, **kw), path)


def header_row(wb: openpyxl.Workbook) -> int:
    """1-based row of the header in the first sheet."""
    ws = wb.worksheets[0]
    for r in range(1, 11):
        values = [c.value for c in ws[r]]
        if "Indicator ID" in values:
            return r
    raise AssertionError("no header")


def to_pdf(path: Path, folder: Path, timeout: int = 180) -> Path:
    """Open `path` in LibreOffice (headless, with its own profile so that runs do not clash)
    and save it as PDF: proof that a real spreadsheet application reads it."""
    import subprocess

    out = folder / "pdf"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{folder}/lo",
                    "--convert-to", "pdf", "--outdir", str(out), str(path)],
                   check=True, timeout=timeout, capture_output=True)
    return out / f"{path.stem}.pdf"
