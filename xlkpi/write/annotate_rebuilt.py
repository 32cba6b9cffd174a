"""An annotated copy rebuilt with xlsxwriter from the cells read, for the workbooks openpyxl
refuses (odd sheet names, foreign style attributes, pivot caches, external links): the team's
values and the marks, never the workbook's links or macros."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import xlsxwriter
from xlsxwriter.exceptions import XlsxWriterException
from xlsxwriter.utility import xl_cell_to_rowcol

from xlkpi.core.errors import OutputError
from xlkpi.read.xlsx import read_workbook
from xlkpi.write.files import atomic_output
from xlkpi.write.findings_marks import (
    CELL_CHARS,
    FILL,
    FONT,
    HEADERS,
    SEVERITY,
    SHEET,
    WIDTHS,
    by_cell,
    comment_text,
    cut,
    listed,
    records_of,
    row_values,
    split_cell,
    summary,
    worst,
)
from xlkpi.write.styles import LINK_BLUE
from xlkpi.write.xlsx import safe_sheet_name


def _ref(sheet: str, coordinate: str) -> str:
    return "'" + sheet.replace("'", "''") + "'!" + coordinate


def rebuilt(path: Path, findings: pd.DataFrame, target: Path,
             properties: dict[str, str]) -> Path:
    book = read_workbook(path)
    sources = [s for s in book.sheets if s.name != SHEET]  # an earlier round's findings go
    taken = {SHEET.lower()}
    names = {s.name: safe_sheet_name(s.name, taken) for s in sources}
    records = records_of(findings)
    marks: dict[str, dict[str, list[list[str]]]] = {}
    for ref, group in by_cell(records).items():
        sheet, coordinate = split_cell(ref)
        if sheet in names:
            marks.setdefault(sheet, {})[coordinate] = group
    with atomic_output(target) as tmp:
        wb = xlsxwriter.Workbook(str(tmp), {"strings_to_formulas": False,
                                            "strings_to_urls": False,
                                            "strings_to_numbers": False})
        wb.set_properties({"comments": f"Checked copy of {path.name}, rebuilt from its cells"})
        for name, value in properties.items():
            wb.set_custom_property(name, value)
        formats = {"date": wb.add_format({"num_format": "yyyy-mm-dd"}),
                   "bold": wb.add_format({"bold": True}),
                   "title": wb.add_format({"bold": True, "font_size": 13}),
                   "link": wb.add_format({"font_color": LINK_BLUE, "underline": 1}),
                   "wrap": wb.add_format({"text_wrap": True, "valign": "top"})}
        for k in FILL:
            formats[k] = wb.add_format({"bg_color": "#" + FILL[k], "font_color": "#" + FONT[k],
                                        "bold": True})
            formats[k + " date"] = wb.add_format({"bg_color": "#" + FILL[k], "bold": True,
                                                  "font_color": "#" + FONT[k],
                                                  "num_format": "yyyy-mm-dd"})
        _findings_sheet(wb, findings, records, path.name, names, formats)
        for sheet in sources:
            _copy_sheet(wb, sheet, names[sheet.name], marks.get(sheet.name, {}), formats)
        try:
            wb.close()
        except (OSError, XlsxWriterException) as exc:
            raise OutputError(f"{target}: cannot write it ({exc})") from None
    return target


def _findings_sheet(wb, findings: pd.DataFrame, records: list[list[str]], name: str,
                    names: dict[str, str], formats: dict) -> None:
    ws = wb.add_worksheet(SHEET)
    title, note = summary(findings, name)
    ws.write_string(0, 0, title, formats["title"])
    ws.write_string(1, 0, note)
    for j, h in enumerate(HEADERS):
        ws.write_string(3, j, h, formats["bold"])
    if findings.empty:
        ws.write_string(4, 0, "No problems found.")
    lines = listed(records)
    for i, (r, target_cell) in enumerate(lines, start=4):
        values = row_values(r)
        for j, v in enumerate(values):
            ws.write_string(i, j, v, formats.get(r[SEVERITY]) if j == 0 else
                            formats["wrap"] if j == 6 else None)
        sheet, coordinate = split_cell(target_cell) if target_cell else ("", "")
        if sheet in names:
            ws.write_url(i, 2, "internal:" + _ref(names[sheet], coordinate), formats["link"],
                         string=values[2])
    for j, width in enumerate(WIDTHS):
        ws.set_column(j, j, width)
    ws.freeze_panes(4, 0)
    ws.repeat_rows(3)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    if lines:
        ws.autofilter(3, 0, 3 + len(lines), 6)
    ws.activate()


def _copy_sheet(wb, sheet, name: str, marks: dict[str, list[list[str]]],
                formats: dict) -> None:
    ws = wb.add_worksheet(name)
    if not sheet.visible:
        ws.hide()
    marked = {}
    for coordinate, group in marks.items():
        try:
            r, c = xl_cell_to_rowcol(coordinate)
        except (ValueError, AttributeError):
            continue
        marked[(r, c)] = group
    for r, row in enumerate(sheet.rows):
        for c, value in enumerate(row):
            group = marked.get((r, c))
            _write(ws, r, c, value, formats, None if group is None else worst(group))
    for (r, c), group in marked.items():
        if r >= len(sheet.rows) or c >= len(sheet.rows[r]):
            ws.write_blank(r, c, None, formats[worst(group)])
        ws.write_comment(r, c, comment_text(group), {"author": "xlkpi", "x_scale": 2,
                                                      "y_scale": 2})
    for r in sheet.hidden_rows:
        ws.set_row(r, None, None, {"hidden": True})


def _write(ws, r: int, c: int, value, formats: dict, worst: str | None) -> None:
    fmt = formats[worst] if worst else None
    if isinstance(value, bool):
        ws.write_boolean(r, c, value, fmt)
    elif isinstance(value, (int, float)):
        if value != value or value in (float("inf"), float("-inf")):
            ws.write_string(r, c, str(value), fmt)
        else:
            ws.write_number(r, c, value, fmt)
    elif isinstance(value, (dt.datetime, dt.date)):
        ws.write_datetime(r, c, value, formats[worst + " date"] if worst else formats["date"])
    elif value == "" or value is None:
        if fmt is not None:
            ws.write_blank(r, c, None, fmt)
    else:
        ws.write_string(r, c, cut(value, CELL_CHARS), fmt)
