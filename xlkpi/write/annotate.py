"""`xlkpi validate --annotate`: hand each team back its own workbook, marked up.

For every input `returns.xlsx` it writes `returns.checked.xlsx` beside it: each failing cell
filled (red for errors, amber for warnings) with the messages as a cell comment, and a first
sheet listing every finding with a link to its cell. The input is never modified; openpyxl
is used here because it keeps the workbook's own validation, protection and styles.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from xlkpi.write.files import atomic_output, refuse_overwriting_inputs

SHEET = "xlkpi findings"
FILL = {"error": "FFC7CE", "warning": "FFEB9C"}
FONT = {"error": "9C0006", "warning": "9C5700"}
HEADERS = ["Severity", "Code", "Cell", "Team", "Indicator", "Period", "Message"]


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def checked_path(path: Path) -> Path:
    """returns.xlsx -> returns.checked.xlsx, beside it."""
    return path.with_name(f"{path.stem}.checked.xlsx")


def split_cell(ref: str) -> tuple[str, str]:
    """"'CIN CP'!D14" -> ("CIN CP", "D14")."""
    sheet, _, coordinate = ref.rpartition("!")
    if sheet.startswith("'") and sheet.endswith("'"):
        sheet = sheet[1:-1].replace("''", "'")
    return sheet, coordinate


def annotate_all(validation, progress=lambda _: None) -> list[Path]:
    frame = validation.report.frame
    written = []
    for path in validation.returns.files:
        target = checked_path(path)
        refuse_overwriting_inputs(target, validation.returns.files)
        progress(f"Writing {target}")
        written.append(annotate(path, frame[frame["file"] == str(path)], target))
    return written


def _text(cell, value: str) -> None:
    """Set a string that stays a string, even when it starts with '='."""
    cell.value = value
    cell.data_type = "s"


def annotate(path: Path, findings: pd.DataFrame, target: Path) -> Path:
    from openpyxl import load_workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.hyperlink import Hyperlink

    wb = load_workbook(path)
    placed = findings[findings["cell"] != ""]
    for ref, group in placed.groupby("cell", sort=False):
        sheet, coordinate = split_cell(ref)
        if sheet not in wb.sheetnames:
            continue
        cell = wb[sheet][coordinate]
        worst = "error" if (group["severity"] == "error").any() else "warning"
        cell.fill = PatternFill("solid", start_color=FILL[worst], end_color=FILL[worst])
        cell.font = Font(color=FONT[worst], bold=True)
        text = "\n".join(f"{r.severity.upper()} {r.code}: {r.message}"
                         for r in group.itertuples(index=False))
        comment = Comment(text, "xlkpi")
        comment.width, comment.height = 320, min(60 + 40 * len(group), 300)
        cell.comment = comment

    ws = wb.create_sheet(SHEET, 0)
    errors = int((findings["severity"] == "error").sum())
    warnings = int((findings["severity"] == "warning").sum())
    _text(ws["A1"], f"xlkpi validate: {_count(errors, 'error')}, {_count(warnings, 'warning')} "
                    f"in {path.name}")
    ws["A1"].font = Font(bold=True, size=13)
    _text(ws["A2"], "Errors (red) leave the value out of the report until fixed; warnings "
                    "(amber) are worth a look. Click a cell reference to go to it; hover the "
                    "marked cell to read the message.")
    for j, h in enumerate(HEADERS, start=1):
        c = ws.cell(row=4, column=j)
        _text(c, h)
        c.font = Font(bold=True)
    if findings.empty:
        _text(ws["A5"], "No problems found.")
    for i, r in enumerate(findings.itertuples(index=False), start=5):
        for j, v in enumerate([r.severity, r.code, r.cell, r.team, r.indicator, r.period,
                               r.message], start=1):
            _text(ws.cell(row=i, column=j), str(v))
        ws.cell(row=i, column=1).font = Font(color=FONT.get(r.severity, "000000"), bold=True)
        if r.cell and split_cell(r.cell)[0] in wb.sheetnames:
            link = ws.cell(row=i, column=3)
            link.hyperlink = Hyperlink(ref=link.coordinate, location=r.cell)
            link.font = Font(color="0563C1", underline="single")
    for letter, width in zip("ABCDEFG", (10, 24, 16, 14, 12, 10, 100), strict=True):
        ws.column_dimensions[letter].width = width
    for row in ws.iter_rows(min_row=5, min_col=7, max_col=7):
        row[0].alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A5"
    ws.print_title_rows = "4:4"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if len(findings):
        ws.auto_filter.ref = f"A4:G{4 + len(findings)}"
    wb.active = 0
    for sheet in wb.worksheets[1:]:
        sheet.sheet_view.tabSelected = False
    with atomic_output(target) as tmp:
        wb.save(tmp)
    return target

