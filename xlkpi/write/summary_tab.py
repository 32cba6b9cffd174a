"""The Summary tab (DESIGN §6): what a board member takes in at once.

From the top: the facts of the run (files by name only), the RAG key (on the first printed
page), RAG counts per forum with a chart, what changed for real (SPC), the exceptions, the
indicators without data and why, the RAG changes, the validation totals, and at the foot the
provenance: the register's checksum and each input's SHA-256.
"""

from __future__ import annotations

import datetime as dt
import math

from xlsxwriter.worksheet import Worksheet

import xlkpi
from xlkpi.core import calendar
from xlkpi.core.findings import sheet_ref
from xlkpi.core.vocabulary import MEANING, RAGS
from xlkpi.write.layouts import (
    CHANGE_COLUMNS,
    EXCEPTION_COLUMNS,
    NO_DATA_COLUMNS,
    RAG,
    REAL_CHANGE_COLUMNS,
    Column,
)
from xlkpi.write.report_book import ReportBook
from xlkpi.write.report_model import Model, file_name
from xlkpi.write.styles import (
    CHART_BORDER,
    CHART_GRIDLINES,
    FONT,
    HEADER_FILL,
    RAG_COLOURS,
    rag_format,
)
from xlkpi.write.xlsx import page_points, text_lines

WIDTHS = (26, 48, 9.5, 9.5, 9.5, 9.5, 9.5, 9.5, 9.5, 9.5, 36)  # A..K, shared by every table
LISTED_FILES = 5  # more input files than this are counted at the top, listed at the foot


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def made_text(created: dt.datetime) -> str:
    if created.tzinfo is not None:
        return created.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return created.strftime("%Y-%m-%d %H:%M")


def write_summary(book: ReportBook, model: Model, created: dt.datetime) -> None:
    ws = book.sheet("Summary", header_row=0)
    for c, w in enumerate(WIDTHS):
        ws.set_column(c, c, w)
    book.title(ws, f"KPI performance report – {model.label}",
               "Made by xlkpi from the teams' performance returns. Each forum has its own "
               "tab; every figure is on the Data tab.")
    r = _facts(book, ws, model, created, 3)
    r = _key(book, ws, r + 1)
    r = _counts(book, ws, model, r)
    rag_ranges: list[tuple[int, int, int, int]] = []
    r, _ = _listing(book, ws, model, r, rag_ranges, REAL_CHANGE_COLUMNS, model.real_changes,
                    "What changed for real: special-cause variation, or a target the process "
                    "will not meet",
                    "No indicator shows special-cause variation or fails its assurance.",
                    "From each indicator's SPC chart (Making Data Count): Improvement or "
                    "Concern when its latest point is special cause; Fail when its target lies "
                    "beyond what the process delivers.")
    r, exceptions = _listing(book, ws, model, r, rag_ranges, EXCEPTION_COLUMNS,
                             model.exceptions, "Exceptions: rated indicators that are Red or "
                             "whose RAG fell since the previous period",
                             "No rated indicator is Red or fell since its previous period.")
    r, _ = _listing(book, ws, model, r, rag_ranges, NO_DATA_COLUMNS, model.no_data,
                    f"No data: indicators without a complete, valid figure for {model.label}",
                    "Every indicator has a figure for the period.")
    r, _ = _listing(book, ws, model, r, rag_ranges, CHANGE_COLUMNS, model.changes,
                    "RAG changes since the previous period",
                    "No indicator changed RAG since its previous period.")
    r = _validation(book, ws, model, r)
    _provenance(book, ws, model, r + 1)
    ws.autofilter(*exceptions, len(EXCEPTION_COLUMNS) - 1)
    book.colour_rags(ws, rag_ranges)


def _facts(book: ReportBook, ws: Worksheet, model: Model, created: dt.datetime, r: int) -> int:
    """The run in a few lines; returns the next free row."""
    findings, register = model.source.findings, model.register
    files = model.input_names
    read = [f"{model.source.rows_read:,} rows read"] if model.source.rows_read is not None \
        else []
    facts = [("Reporting period", f"{model.label} ({calendar.month_text(model.period)})", ""),
             ("Made", made_text(created), f"by xlkpi {xlkpi.__version__}"),
             ("KPI register", file_name(register.source),
              f"{len(register.indicators)} indicators, {len(model.forums)} forums")]
    if len(files) > LISTED_FILES:
        facts.append(("Input files", _plural(len(files), "file"),
                      "; ".join([*read, "each is named under Provenance, below"])))
    else:
        for n, (file, _) in enumerate(files or [("(none)", "")]):
            facts.append(("Input files" if n == 0 else "", file,
                          ", ".join([_plural(len(files), "file"), *read])
                          if n == 0 and files else ""))
    facts.append(("Validation", f"{_plural(findings.errors, 'error')}, "
                                f"{_plural(findings.warnings, 'warning')}",
                  "Every finding is on the Validation tab."))
    return _lines(book, ws, facts, r)


def _lines(book: ReportBook, ws: Worksheet, lines: list[tuple[str, str, str]], r: int) -> int:
    label, plain = book.fmt("label"), book.fmt("plain")
    for name, value, more in lines:
        if name:
            ws.write_string(r, 0, name, label)
        ws.write_string(r, 1, value, plain)
        if more:
            ws.write_string(r, 2, more, plain)
        r += 1
    return r


def _key(book: ReportBook, ws: Worksheet, r: int) -> int:
    ws.write_string(r, 0, "Key", book.fmt("heading"))
    book.header(ws, r + 1, ["RAG", "Meaning"], list(WIDTHS[:2]))
    r += 1
    for word in RAGS:
        r += 1
        ws.write_string(r, 0, word, book.fmt("rag", **rag_format(word)))
        ws.write_string(r, 1, MEANING[word], book.fmt("wrap"))
        book.fit(ws, r, text_lines(MEANING[word], WIDTHS[1]))
    return r + 2


def _counts(book: ReportBook, ws: Worksheet, model: Model, r: int) -> int:
    """RAG counts per forum: a chart (kept whole on one printed page), then its table."""
    counts = model.rag_counts
    chart_height = 70 + 19 * len(counts) if len(counts) else 0  # pixels; 4 px are 3 points
    chart_rows = math.ceil(chart_height * 0.75 / ws.default_row_height) + 1 if len(counts) else 0
    if _starts_on_page(book.top(ws, r), ws.default_row_height + chart_height * 0.75,
                       page_points(WIDTHS), repeated=book.top(ws, 1)):
        ws.set_h_pagebreaks([r])  # a new printed page, rather than a chart cut in two
    ws.write_string(r, 0, "RAG ratings by forum", book.fmt("heading"))
    head = r + 1 + chart_rows
    if len(counts):
        for row in range(r + 1, head):  # rows of a known height: the chart fits over them
            book.set_height(ws, row, ws.default_row_height)
        _chart(book, ws, model, r + 1, head, chart_height)
    words = list(RAGS)
    book.header(ws, head, ["Forum", "Title", *words, "Total"], list(WIDTHS[:9]))
    for c, w in enumerate(words, start=2):
        ws.write_string(head, c, w, book.fmt("header", **rag_format(w), align="center"))
    link = book.fmt("text", font_color=HEADER_FILL, underline=1)
    titles = dict(zip(model.forums["forum"], model.forums["title"].astype(str), strict=True))
    r = head
    for forum, count in counts.iterrows():
        r += 1
        ws.write_url(r, 0, f"internal:{sheet_ref(forum)}!A1", link, string=forum)
        ws.write_string(r, 1, titles[forum], book.fmt("wrap"))
        for c, w in enumerate([*words, "Total"], start=2):
            style = book.fmt("total", align="center") if w == "Total" else book.fmt("centre")
            ws.write_number(r, c, int(count[w]), style)
        book.fit(ws, r, max(text_lines(forum, WIDTHS[0]), text_lines(titles[forum], WIDTHS[1])))
    r += 1
    ws.write_string(r, 0, "All indicators", book.fmt("total"))
    ws.write_string(r, 1, "Each indicator once, whichever forums see it", book.fmt("total"))
    for c, w in enumerate([*words, "Total"], start=2):
        ws.write_number(r, c, int(model.all_counts[w]), book.fmt("total", align="center"))
    return r + 2


def _starts_on_page(top: float, height: float, page: float, repeated: float) -> bool:
    """Whether a block `height` points tall, starting `top` points down the sheet, would be cut
    by a page break (pages after the first lose `repeated` points to the repeated title row)
    where a page break before it would not cut it."""
    offset = top if top < page else (top - page) % (page - repeated) + repeated
    return offset > repeated and offset + height > page >= height + repeated


def _chart(book: ReportBook, ws: Worksheet, model: Model, row: int, head: int,
           height: int) -> None:
    counts = model.rag_counts
    last = head + len(counts)
    font = {"name": FONT["font_name"], "size": 9}
    chart = book.wb.add_chart({"type": "bar", "subtype": "stacked"})
    for c, word in enumerate(RAG_COLOURS, start=2):
        fill, text = RAG_COLOURS[word]
        chart.add_series({
            "name": ["Summary", head, c],
            "categories": ["Summary", head + 1, 0, last, 0],
            "values": ["Summary", head + 1, c, last, c],
            "fill": {"color": fill}, "border": {"color": CHART_BORDER, "width": 0.75},
            "gap": 60,
            "data_labels": {"value": True, "font": {**font, "color": text, "bold": True},
                            "custom": [{"delete": True} if v == 0 else None
                                       for v in counts[word]]},
        })
    chart.set_title({"none": True})  # the heading above it names it
    chart.set_x_axis({"num_font": font,
                      "major_gridlines": {"visible": True, "line": {"color": CHART_GRIDLINES}}})
    chart.set_y_axis({"reverse": True, "crossing": "max", "num_font": font})
    chart.set_legend({"position": "bottom", "font": font})
    chart.set_size({"width": 940, "height": height})
    chart.set_chartarea({"border": {"none": True}})
    ws.insert_chart(row, 0, chart, {
        "x_offset": 4, "y_offset": 4, "object_position": 1,
        "description": f"Stacked bar chart of the RAG ratings of each forum's indicators "
                       f"for {model.label} ({int(counts['Total'].sum())} ratings across "
                       f"{len(counts)} forums). The table below holds the same figures."})


def _listing(book: ReportBook, ws: Worksheet, model: Model, r: int,
             rag_ranges: list[tuple[int, int, int, int]], columns: tuple[Column, ...],
             rows: list[dict], heading: str, empty: str, note: str = ""
             ) -> tuple[int, tuple[int, int, int]]:
    """A headed table of indicators; its RAG columns join `rag_ranges`. Returns the next free
    row and (header row, 0, last row) of the table."""
    ws.write_string(r, 0, f"{heading} ({len(rows)})", book.fmt("heading"))
    if note:
        r += 1
        ws.write_string(r, 0, note, book.fmt("subtitle"))
    head = r + 1
    last = book.table(ws, head, columns, rows, list(WIDTHS), labels={"current": model.period})
    if rows:
        rag_ranges += [(head + 1, c, last, c) for c, col in enumerate(columns) if col.kind == RAG]
    else:
        last += 1
        ws.write_string(last, 0, empty, book.fmt("plain"))
    return last + 2, (head, 0, last)


def _validation(book: ReportBook, ws: Worksheet, model: Model, r: int) -> int:
    findings = model.source.findings
    label, left = book.fmt("label"), book.fmt("plain", align="left")
    ws.write_string(r, 0, "Validation", book.fmt("heading"))
    ws.write_string(r + 1, 0, "Errors", label)
    ws.write_number(r + 1, 1, findings.errors, left)
    ws.write_string(r + 2, 0, "Warnings", label)
    ws.write_number(r + 2, 1, findings.warnings, left)
    ws.write_string(r + 3, 0, "Errors exclude the value they concern (the indicator then "
                    "shows No data, and why, in its comment); warnings keep it. Every "
                    "finding, with its file, sheet and cell, is on the Validation tab.",
                    book.fmt("plain"))
    return r + 5


def _provenance(book: ReportBook, ws: Worksheet, model: Model, r: int) -> int:
    """What the report was made from, checkably: the register's content checksum and each
    input file's SHA-256 (file names only)."""
    ws.write_string(r, 0, "Provenance", book.fmt("heading"))
    register = model.register
    lines = [("KPI register", file_name(register.source),
              f"checksum {register.checksum()} (SHA-256 of its content)")]
    lines += [("Input files" if n == 0 else "", file, f"SHA-256 {digest}" if digest else "")
              for n, (file, digest) in enumerate(model.input_names or [("(none)", "")])]
    lines.append(("Made by", f"xlkpi {xlkpi.__version__}", ""))
    return _lines(book, ws, lines, r + 1)
