"""The report workbook being written: its sheets, titles and tables of cells, shared by every
tab (summary_tab, forum_tabs, trends_tab, data_tabs).

- text is written with `write_string` (a comment that starts with `=`, `+`, `-` or `@` stays
  visible text);
- numbers stay numbers, each in its indicator's number format; a value from another period
  than its column's header says which (12.0% (Dec-20)), and on forum tabs a percentage of a
  small denominator shows its counts (33.3% (2 of 6)), both in the number format alone;
- RAG words are coloured by conditional-format rules, one rule per word over all the ranges
  of a sheet (never one per cell).
"""

from __future__ import annotations

from typing import Any

import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from xlkpi.core import calendar
from xlkpi.core.findings import column_letter
from xlkpi.write.layouts import GENERAL, NUMBER, PERIODS, RAG, REF, TREND, WRAP, Column
from xlkpi.write.report_model import missing, text
from xlkpi.write.styles import RAG_COLOURS, STYLES, rag_format
from xlkpi.write.xlsx import LINE_POINTS, Formats, print_setup, text_lines

HEADER_ROW = 4  # forum, Trends and Validation tabs: title, two lines of notes, a gap, header


def suffixed(num_format: str, label: str) -> str:
    """A number format that also shows `label` after the number: 12.0% (Dec-20)."""
    return ";".join(part[:-1] + f' ({label})"' if part.endswith('"') else f'{part}" ({label})"'
                    for part in num_format.split(";"))


class ReportBook:
    def __init__(self, workbook: xlsxwriter.Workbook, label: str) -> None:
        self.wb = workbook
        self.label = label  # the reporting month, e.g. Mar-21: in every footer
        self.fmt = Formats(workbook, STYLES)
        self._rag_formats = {w: workbook.add_format(rag_format(w)) for w in RAG_COLOURS}
        self._heights: dict[str, dict[int, float]] = {}  # sheet -> row -> points, when set

    # sheet set-up ----------------------------------------------------------------------
    def sheet(self, name: str, *, header_row: int, freeze_columns: int = 0,
              gridlines: bool = False) -> Worksheet:
        ws = self.wb.add_worksheet(name)
        print_setup(ws, f"&L&A – {self.label}&RPage &P of &N", repeat_row=header_row,
                    centre=True)
        ws.freeze_panes(header_row + 1, freeze_columns)
        ws.hide_gridlines(0 if gridlines else 2)
        return ws

    def title(self, ws: Worksheet, title: str, *notes: str) -> None:
        """The title row (left-aligned, not merged) and up to two lines of notes under it."""
        ws.write_string(0, 0, title, self.fmt("title"))
        self.set_height(ws, 0, 22)
        for r, note in enumerate(notes[:HEADER_ROW - 1], start=1):
            ws.write_string(r, 0, note, self.fmt("subtitle"))

    def fit(self, ws: Worksheet, r: int, lines: int) -> None:
        """Make row `r` tall enough for `lines` lines of wrapped text."""
        if lines > 1:
            self.set_height(ws, r, LINE_POINTS * lines + 3)

    def set_height(self, ws: Worksheet, r: int, points: float) -> None:
        ws.set_row(r, points)
        self._heights.setdefault(ws.name, {})[r] = points

    def top(self, ws: Worksheet, r: int) -> float:
        """Points from the top of the sheet to row `r`."""
        heights = self._heights.get(ws.name, {})
        return sum(heights.get(i, ws.default_row_height) for i in range(r))

    def colour_rags(self, ws: Worksheet, ranges: list[tuple[int, int, int, int]]) -> None:
        """One conditional-format rule per RAG word, over all the given ranges at once."""
        ranges = [r for r in ranges if r[2] >= r[0]]
        if not ranges:
            return
        multi = " ".join(f"{column_letter(c1)}{r1 + 1}:{column_letter(c2)}{r2 + 1}"
                         for r1, c1, r2, c2 in ranges)
        for word, fmt in self._rag_formats.items():
            ws.conditional_format(*ranges[0], {"type": "cell", "criteria": "==",
                                               "value": f'"{word}"', "format": fmt,
                                               "multi_range": multi})

    # cells and tables ------------------------------------------------------------------
    def header(self, ws: Worksheet, row: int, headers: list[str], widths: list[float],
               style: str = "header") -> None:
        for c, h in enumerate(headers):
            ws.write_string(row, c, h, self.fmt(style))
        self.fit(ws, row, max(text_lines(h, w, bold=True) for h, w in zip(headers, widths,
                                                                        strict=True)))

    def value(self, ws: Worksheet, r: int, c: int, v: Any, num_format: str | None,
              labels: tuple[str, ...] = (), style: str = "number") -> None:
        """A number in its format; text (tbc, n/a, a RAG word) as text; blank as blank.
        `labels` (counts, a month label) follow the value, each in brackets."""
        labels = tuple(x for x in labels if x)
        if missing(v) or v == "":
            ws.write_blank(r, c, None, self.fmt(style))
        elif isinstance(v, str):
            ws.write_string(r, c, " ".join([v, *(f"({x})" for x in labels)]), self.fmt(style))
        else:
            nf = num_format
            for label in labels:
                nf = suffixed(nf or "General", label)
            ws.write_number(r, c, float(v), self.fmt(style, nf))

    def cell(self, ws: Worksheet, r: int, c: int, col: Column, row: dict, width: float,
             labels: tuple[str, ...] = ()) -> int:
        """Write one cell of a table row; return the lines it needs."""
        v = row.get(col.field)
        if col.kind == NUMBER:
            self.value(ws, r, c, v, row.get("format"), labels)
            return 1
        if col.kind == GENERAL:
            self.value(ws, r, c, v, None)
            return 1
        shown = text(v)
        if col.kind == REF and shown.isdigit():
            ws.write_number(r, c, int(shown), self.fmt("centre"))
            return 1
        style = {WRAP: "wrap", RAG: "rag", TREND: "centre", REF: "centre"}.get(col.kind, "text")
        if shown:
            ws.write_string(r, c, shown, self.fmt(style))
        else:
            ws.write_blank(r, c, None, self.fmt(style))
        return text_lines(shown, width) if col.kind == WRAP else 1

    def table(self, ws: Worksheet, header_row: int, columns: tuple[Column, ...] | list[Column],
              rows: list[dict], widths: list[float], *, section: str | None = None,
              labels: dict[str, int] | None = None, counts: bool = False) -> int:
        """Header and rows of a table (heading rows when `section` changes); returns the last
        row written. Period columns whose row is from another month carry that month; with
        `counts`, small percentages carry their counts."""
        labels = labels or {}
        headers = [c.header.format(**{k: calendar.month_label(v) for k, v in labels.items()})
                   for c in columns]
        self.header(ws, header_row, headers, widths)
        r, current_section, width = header_row, None, len(columns)
        for row in rows:
            if section and row.get(section) and row[section] != current_section:
                current_section = row[section]
                r += 1
                ws.write_string(r, 0, current_section, self.fmt("section"))
                for c in range(1, width):
                    ws.write_blank(r, c, None, self.fmt("section"))
            r += 1
            lines = 1
            for c, col in enumerate(columns):
                extra = (count(col, row) if counts else "", period_label(col, row, labels))
                lines = max(lines, self.cell(ws, r, c, col, row, widths[c], extra))
            self.fit(ws, r, lines)
        return r


def period_label(col: Column, row: dict, labels: dict[str, int]) -> str:
    """The month a period column's cell is from, when not the month its header names."""
    if not col.period or not row.get("months") or col.period not in labels:
        return ""
    month = row["months"][col.period]
    return calendar.month_label(month) if month is not None and month != labels[col.period] \
        else ""


def count(col: Column, row: dict) -> str:
    """'2 of 6' beside a value column's small percentage ('' otherwise)."""
    return row.get("counts", {}).get(col.field, "") if col.field in PERIODS else ""
