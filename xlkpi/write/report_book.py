"""The report workbook being written: its sheets, titles and tables of cells, shared by every
tab (summary_tab, forum_tabs, data_tabs).

- text is written with `write_string` (a comment that starts with `=`, `+`, `-` or `@` stays
  visible text);
- numbers stay numbers, each in its indicator's number format; a value from another period
  than its column's header says which (12.0% (Dec-20)), and on forum tabs a percentage of a
  small denominator shows its counts (33.3% (2 of 6)), both in the number format alone;
- RAG words are coloured by conditional-format rules, one rule per word over all the ranges
  of a sheet (never one per cell);
- a table's rows are built as pages.Row blocks (each row's height from its wrapped text) and
  printed by `print_pages`: a fixed scale that fits the width, page breaks by pages.py's rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from xlkpi.core import calendar
from xlkpi.core.findings import column_letter
from xlkpi.write import pages
from xlkpi.write.layouts import GENERAL, NUMBER, PERIODS, RAG, REF, TREND, WRAP, Column
from xlkpi.write.pages import LEGIBLE, Block, Layout, Row
from xlkpi.write.report_model import missing, text
from xlkpi.write.styles import RAG_COLOURS, STYLES, format_value, rag_format
from xlkpi.write.xlsx import (
    LINE_POINTS,
    TABLE_MARGINS,
    Formats,
    lines_points,
    longest_word_width,
    one_line_width,
    print_setup,
    text_lines,
)

LEAST_WRAP = 8  # the narrowest a column of wrapped text is made to fit the page
HEADER_ROW = 4  # forum, Trends and Validation tabs: title, two lines of notes, a gap, header
TITLE_POINTS = 22.5  # the 14-point title row (30 px)
HEADING_POINTS = 16.5  # a 12-point heading row (22 px)
SECTION_KEEP = 2  # rows of a section kept on the page of its heading


def shown(col: Column, row: dict, labels: dict[str, int], counts: bool = False) -> str:
    """A cell's text as it shows, with the counts and month label a number carries."""
    v = row.get(col.field)
    if col.kind not in (NUMBER, GENERAL) or isinstance(v, str) or missing(v):
        return text(v)
    value = format_value(v, row.get("measure", ""), row.get("decimals", 1)) \
        if col.kind == NUMBER else f"{v:g}"
    extra = [x for x in (count(col, row) if counts else "", period_label(col, row, labels)) if x]
    return " ".join([value, *(f"({x})" for x in extra)])


def fitted_widths(columns: Sequence[Column], rows: list[dict], headers: Sequence[str],
                  labels: dict[str, int] | None = None, *, counts: bool = False,
                  scale: int = LEGIBLE) -> list[float]:
    """Column widths that print one page wide at `scale` per cent (8 points): a column of
    numbers or single words is as wide as its widest shown value (numbers stay on one line);
    a column of wrapped text has its layout's width, narrowed in proportion as far as the page
    needs (not under its longest word, up to LEAST_WRAP or its layout's width); every column
    fits its header's longest word (headers wrap between words)."""
    needs = column_needs(columns, rows, headers, labels, counts=counts)
    return pages.fit_widths(*zip(*needs, strict=True), scale)


def column_needs(columns: Sequence[Column], rows: list[dict], headers: Sequence[str],
                 labels: dict[str, int] | None = None, *, counts: bool = False
                 ) -> list[tuple[float, bool, float]]:
    """Per column: (its width, whether it wraps and so may be narrowed, its least width)."""
    labels = labels or {}
    out = []
    for col, header in zip(columns, headers, strict=True):
        head = longest_word_width(header, bold=True)
        values = [v for v in (shown(col, row, labels, counts) for row in rows) if v]
        if col.kind == WRAP:
            word = max((longest_word_width(v) for v in values), default=1.0)
            out.append((max(col.width, head), True,
                        max(head, min(col.width, max(LEAST_WRAP, word)))))
        else:
            width = max([head, *(one_line_width(v, bold=col.kind == RAG) for v in values)])
            out.append((width, False, width))
    return out


def suffixed(num_format: str, label: str) -> str:
    """A number format that also shows `label` after the number: 12.0% (Dec-20)."""
    return ";".join(part[:-1] + f' ({label})"' if part.endswith('"') else f'{part}" ({label})"'
                    for part in num_format.split(";"))


def headers_of(columns: Sequence[Column], labels: dict[str, int]) -> list[str]:
    """Column headers with their month labels filled in ({current} -> Mar-21)."""
    months = {k: calendar.month_label(v) for k, v in labels.items()}
    return [c.header.format(**months) for c in columns]


class ReportBook:
    def __init__(self, workbook: xlsxwriter.Workbook, label: str) -> None:
        self.wb = workbook
        self.label = label  # the reporting month, e.g. Mar-21: in every footer
        self.fmt = Formats(workbook, STYLES)
        self._rag_formats = {w: workbook.add_format(rag_format(w)) for w in RAG_COLOURS}
        self._heights: dict[str, dict[int, float]] = {}  # sheet -> row -> points, when set
        self.layouts: dict[str, Layout] = {}  # sheet -> its printed pages (print_pages)

    # sheet set-up ----------------------------------------------------------------------
    def sheet(self, name: str, *, header_row: int, freeze_columns: int = 0,
              gridlines: bool = False, freeze: bool = True) -> Worksheet:
        """A sheet printed A4 landscape, `header_row` repeated on every page, frozen under it
        (unless not `freeze`); one page wide until print_pages sets its scale and breaks."""
        ws = self.wb.add_worksheet(name)
        print_setup(ws, f"&L&A – {self.label}&RPage &P of &N", repeat_row=header_row,
                    centre=True, margins=TABLE_MARGINS)
        ws.set_default_row(LINE_POINTS)
        if freeze:
            ws.freeze_panes(header_row + 1, freeze_columns)
        ws.hide_gridlines(0 if gridlines else 2)
        return ws

    def title(self, ws: Worksheet, title: str, *notes: str) -> None:
        """The title in A1 (left-aligned, not merged) and up to two lines of notes under it."""
        ws.write_string(0, 0, title, self.fmt("title"))
        self.set_height(ws, 0, TITLE_POINTS)
        for r, note in enumerate(notes[:HEADER_ROW - 1], start=1):
            ws.write_string(r, 0, note, self.fmt("subtitle"))

    def fit(self, ws: Worksheet, r: int, lines: int) -> None:
        """Make row `r` tall enough for `lines` lines of wrapped text."""
        if lines > 1:
            self.set_height(ws, r, lines_points(lines))

    def set_height(self, ws: Worksheet, r: int, points: float) -> None:
        ws.set_row(r, points)
        self._heights.setdefault(ws.name, {})[r] = points

    def top(self, ws: Worksheet, r: int) -> float:
        """Points from the top of the sheet to row `r`."""
        heights = self._heights.get(ws.name, {})
        return sum(heights.get(i, ws.default_row_height) for i in range(r))

    def print_pages(self, ws: Worksheet, blocks: Sequence[Block], first_row: int,
                    widths: Sequence[float], *, repeated: float, least: int = LEGIBLE,
                    most: int = 100) -> tuple[dict[int, list[int]], int]:
        """Write `blocks` from `first_row` down, at the scale that fits `widths` to the page
        (`least` to `most` per cent) and with page breaks by pages.paginate; `repeated` is the
        height of the print titles. Returns each block's sheet rows and the last row."""
        layout = pages.paginate(blocks, self.top(ws, first_row), repeated,
                                pages.fit_scale(widths, most), least)
        where, breaks = pages.emit(ws, blocks, layout, first_row)
        ws.set_print_scale(layout.scale)
        ws.set_h_pagebreaks(breaks)
        self.layouts[ws.name] = layout
        return where, first_row + sum(len(p) for p in layout.pages) - 1

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

    # rows ---------------------------------------------------------------------------------
    def header_row(self, headers: list[str], widths: Sequence[float], style: str = "header",
                   extra: dict[int, dict] | None = None) -> Row:
        """A table's header row (`extra`: format overrides by column)."""
        extra = extra or {}
        lines = max(text_lines(h, w, bold=True) for h, w in zip(headers, widths, strict=True))

        def write(ws: Worksheet, r: int) -> None:
            for c, h in enumerate(headers):
                ws.write_string(r, c, h, self.fmt(style, **extra.get(c, {})))
        return Row(lines_points(lines), write)

    def header(self, ws: Worksheet, row: int, headers: list[str], widths: Sequence[float],
               style: str = "header") -> float:
        """Write a header row now; returns its height."""
        head = self.header_row(headers, widths, style)
        head.write(ws, row)
        self.set_height(ws, row, head.height)
        return head.height

    def text_row(self, value: str, style: str, height: float = LINE_POINTS,
                 across: int = 0) -> Row:
        """A row of one text in column A (a heading, a note), its style across `across`
        columns."""
        def write(ws: Worksheet, r: int) -> None:
            ws.write_string(r, 0, value, self.fmt(style))
            for c in range(1, across):
                ws.write_blank(r, c, None, self.fmt(style))
        return Row(height, write)

    def table_blocks(self, columns: Sequence[Column], rows: list[dict], widths: Sequence[float],
                     *, section: str | None = None, labels: dict[str, int] | None = None,
                     counts: bool = False) -> list[Block]:
        """The rows of a table, as blocks: one per section (its heading row first, kept with
        the first rows under it) when `section` names the field of the headings, else one.
        Period columns whose row is from another month carry that month; with `counts`,
        small percentages carry their counts."""
        labels = labels or {}
        blocks: list[Block] = []
        current = None
        for row in rows:
            heading = row.get(section) if section else None
            if heading and heading != current:
                current = heading
                blocks.append(Block([self.text_row(heading, "section", across=len(columns))],
                                    keep=1 + SECTION_KEEP, name=heading))
            elif not blocks:
                blocks.append(Block([]))
            blocks[-1].rows.append(self._table_row(columns, row, widths, labels, counts))
        for block in blocks:
            block.keep = min(block.keep, len(block.rows))
        return blocks

    def _table_row(self, columns: Sequence[Column], row: dict, widths: Sequence[float],
                   labels: dict[str, int], counts: bool) -> Row:
        extras = [(count(col, row) if counts else "", period_label(col, row, labels))
                  for col in columns]
        lines = max([1, *(text_lines(text(row.get(col.field)), w)
                          for col, w in zip(columns, widths, strict=True) if col.kind == WRAP)])

        def write(ws: Worksheet, r: int) -> None:
            for c, col in enumerate(columns):
                self.cell(ws, r, c, col, row, extras[c])
        return Row(lines_points(lines), write)

    # cells ---------------------------------------------------------------------------------
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

    def cell(self, ws: Worksheet, r: int, c: int, col: Column, row: dict,
             labels: tuple[str, ...] = ()) -> None:
        """Write one cell of a table row."""
        v = row.get(col.field)
        if col.kind == NUMBER:
            self.value(ws, r, c, v, row.get("format"), labels)
            return
        if col.kind == GENERAL:
            self.value(ws, r, c, v, None)
            return
        shown = text(v)
        if col.kind == REF and shown.isdigit():
            ws.write_number(r, c, int(shown), self.fmt("centre"))
            return
        style = {WRAP: "wrap", RAG: "rag", TREND: "centre", REF: "centre"}.get(col.kind, "text")
        if shown:
            ws.write_string(r, c, shown, self.fmt(style))
        else:
            ws.write_blank(r, c, None, self.fmt(style))


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
