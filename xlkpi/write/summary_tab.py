"""The Summary tab (DESIGN §6): what a board member takes in at once.

From the top: the facts of the run (files by name only), the RAG key and the notes on how to
read the report (TBC, No data, Variation, Assurance), both on the first printed page; RAG
counts per forum with a chart; what changed for real (SPC), the exceptions, the indicators
without data and why, the RAG changes, the validation totals, and at the foot the provenance:
the register's checksum and each input's SHA-256.

Each part is a block of rows (pages.py): the title row repeats on every printed page, a part
that fits a page is not cut, and a table that runs on to the next page starts it again with
its heading ('continued') and its header.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from xlsxwriter.worksheet import Worksheet

import xlkpi
from xlkpi.core import calendar
from xlkpi.core.findings import sheet_ref
from xlkpi.core.vocabulary import MEANING, RAGS
from xlkpi.write import pages
from xlkpi.write.layouts import (
    CHANGE_COLUMNS,
    EXCEPTION_COLUMNS,
    NO_DATA_COLUMNS,
    RAG,
    REAL_CHANGE_COLUMNS,
    Column,
)
from xlkpi.write.pages import Block, Row
from xlkpi.write.report_book import (
    HEADING_POINTS,
    TITLE_POINTS,
    ReportBook,
    column_needs,
    headers_of,
)
from xlkpi.write.report_model import Model, file_name
from xlkpi.write.styles import (
    CHART_BORDER,
    CHART_GRIDLINES,
    FONT,
    HEADER_FILL,
    RAG_COLOURS,
    rag_format,
)
from xlkpi.write.xlsx import LINE_POINTS, lines_points, one_line_width, text_lines

# A..K, shared by every table: B and K (wrapped text) as wide as the page at 8 points allows,
# the others fitted to what they show (summary_widths).
WIDTHS = (26, 48, 9.5, 9.5, 9.5, 9.5, 9.5, 9.5, 9.5, 9.5, 36)
LISTED_FILES = 5  # more input files than this are counted at the top, listed at the foot
KEPT = 2  # rows of a table kept on the page of its heading
# How to read the report, in a board member's words (term, what it means).
NOTES = (
    ("RAG", "How this period's figure compares with its target (the key above). The word is "
            "always in the cell; its colour only repeats it."),
    ("TBC", "There is a figure but no target yet, so it cannot be rated. It is never an "
            "exception."),
    ("No data", "No complete, valid figure for the period: a team's return is missing or was "
                "rejected, or a month of a year-to-date figure is. The reason is given with it."),
    ("Trend", "↑ better, ↓ worse or → same: this period against the previous one, in the "
              "direction the indicator should go."),
    ("Variation", "Is a change real or the usual ups and downs? From the indicator's SPC chart "
                  "(Making Data Count): Common cause – ordinary variation; Improvement or "
                  "Concern – a real change for the better or the worse; Too few points – "
                  "under 15 periods, no judgement yet."),
    ("Assurance", "Will the target be met as things run now? Pass – reliably; Fail – not "
                  "without a change; Hit and miss – in some periods only. Blank without a "
                  "target."),
    ("Reading them together", "RAG says where this period landed; Variation and Assurance say "
                              "whether to act. A Red that is Common cause and Hit and miss is an "
                              "ordinary period below target; Concern or Fail needs action "
                              "whatever the RAG."),
    ("(2 of 6)", "After a percentage: the counts behind it, shown when fewer than 10 are "
                 "counted, where one child moves the figure a lot."),
    ("(Dec-20)", "After a figure: the month it is from, when not the month its column names "
                 "(a quarterly figure, or the latest there is)."),
)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def made_text(created: dt.datetime) -> str:
    if created.tzinfo is not None:
        return created.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return created.strftime("%Y-%m-%d %H:%M")


def write_summary(book: ReportBook, model: Model, created: dt.datetime) -> None:
    # Not frozen: the workbook opens here with the cursor on the title in A1 (a frozen pane
    # would put it under the title); the title repeats on every printed page.
    ws = book.sheet("Summary", header_row=0, freeze=False)
    ws.activate()
    ws.set_selection(0, 0, 0, 0)
    book.title(ws, f"KPI performance report – {model.label}")
    gap = Block([Row()], spacer=True)
    listings = [
        (REAL_CHANGE_COLUMNS, model.real_changes,
         "What changed for real: special-cause variation, or a target the process will not meet",
         "No indicator shows special-cause variation or fails its assurance.",
         "From each indicator's SPC chart (Making Data Count): Improvement or Concern when its "
         "latest point is special cause; Fail when its target lies beyond what the process "
         "delivers."),
        (EXCEPTION_COLUMNS, model.exceptions,
         "Exceptions: rated indicators that are Red or whose RAG fell since the previous period",
         "No rated indicator is Red or fell since its previous period.", ""),
        (NO_DATA_COLUMNS, model.no_data,
         f"No data: indicators without a complete, valid figure for {model.label}",
         "Every indicator has a figure for the period.", ""),
        (CHANGE_COLUMNS, model.changes, "RAG changes since the previous period",
         "No indicator changed RAG since its previous period.", ""),
    ]
    widths = summary_widths(model, [(columns, rows) for columns, rows, *_ in listings])
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    counts = _counts(book, model, widths)
    tables = [_listing(book, model, widths, *listing) for listing in listings]
    blocks = [Block([book.text_row("Made by xlkpi from the teams' performance returns. Each "
                                   "forum has its own tab; every figure is on the Data tab.",
                                   "subtitle")]),
              gap, _facts(book, model, created), gap, _key(book, widths), gap,
              _notes(book, widths), gap,
              counts, *(b for table in tables for b in (gap, table)), gap,
              _validation(book, model), gap, _provenance(book, model)]
    where, _ = book.print_pages(ws, blocks, 1, widths, repeated=TITLE_POINTS)
    _chart(book, ws, model, where[blocks.index(counts)])
    rag_ranges = []
    for table, (columns, rows, *_) in zip(tables, listings, strict=True):
        at = where[blocks.index(table)]
        head = at[table.rows.index(table.repeat[-1])]  # the header row (repeated with it)
        if rows:
            rag_ranges += [(head + 1, c, at[-1], c) for c, col in enumerate(columns)
                           if col.kind == RAG]
        if columns is EXCEPTION_COLUMNS:
            ws.autofilter(head, 0, at[-1], len(columns) - 1)
    book.colour_rags(ws, rag_ranges)


def summary_widths(model: Model, tables: list[tuple[tuple[Column, ...], list[dict]]]
                   ) -> list[float]:
    """Widths of A..K that print one page wide at 8 points: A as wide as the longest forum
    name or label it holds (those do not wrap), C..J as their widest value or header word
    over every table (numbers stay on one line), B and K, wrapped text, as WIDTHS has them,
    narrowed as far as the page needs."""
    labels = {"current": model.period}
    singles = [*model.forums["forum"].astype(str), *RAGS, "Reporting period", "Input files",
               "KPI register", "Validation", "Made by", "Warnings"]
    bold = ["All indicators", *(term for term, _ in NOTES)]
    first = max([*(one_line_width(t) for t in singles),
                 *(one_line_width(t, bold=True) for t in bold)])
    needs = [[(first, False, first)], [(WIDTHS[1], True, WIDTHS[1] / 2)]]
    needs += [[(one_line_width(w, bold=True), False, one_line_width(w, bold=True))]
              for w in [*RAGS, "Total"]]  # the counts' header, C..I (numbers are narrower)
    needs += [[] for _ in range(len(WIDTHS) - len(needs))]
    needs[-1].append((WIDTHS[-1], True, WIDTHS[-1] / 2))
    for columns, rows in tables:
        for c, need in enumerate(column_needs(columns, rows, headers_of(columns, labels),
                                              labels)):
            needs[c].append(need)
    widths, flexible, least = [], [], []
    for c, column in enumerate(needs):
        flex = c in (1, len(WIDTHS) - 1)
        widths.append(max((w for w, f, _ in column if f == flex or not f), default=WIDTHS[c])
                      if not flex else WIDTHS[c])
        least.append(max(lo for _, _, lo in column))
        flexible.append(flex)
    widths = [max(w, lo) for w, lo in zip(widths, least, strict=True)]
    return pages.fit_widths(widths, flexible, least, pages.LEGIBLE)


def _lines(book: ReportBook, lines: list[tuple[str, str, str]]) -> list[Row]:
    """Rows of a label, a value and more (which runs on into the columns to its right)."""
    label, plain = book.fmt("label"), book.fmt("plain")

    def row(name: str, value: str, more: str) -> Row:
        def write(ws: Worksheet, r: int) -> None:
            if name:
                ws.write_string(r, 0, name, label)
            ws.write_string(r, 1, value, plain)
            if more:
                ws.write_string(r, 2, more, plain)
        return Row(LINE_POINTS, write)
    return [row(*line) for line in lines]


def _heading(book: ReportBook, text: str) -> Row:
    return book.text_row(text, "heading", HEADING_POINTS)


def _facts(book: ReportBook, model: Model, created: dt.datetime) -> Block:
    """The run in a few lines."""
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
    rows = _lines(book, facts)
    return Block(rows, keep=len(rows))


def _terms(book: ReportBook, widths: Sequence[float], heading: str, headers: list[str],
           terms: list[tuple[str, str, dict]]) -> Block:
    """A headed two-column table of a term (styled by its dict) and what it means."""
    def row(term: str, meaning: str, style: dict) -> Row:
        def write(ws: Worksheet, r: int) -> None:
            ws.write_string(r, 0, term, book.fmt("rag" if style else "total", **style))
            ws.write_string(r, 1, meaning, book.fmt("wrap"))
        lines = max(text_lines(term, widths[0], bold=True), text_lines(meaning, widths[1]))
        return Row(lines_points(lines), write)
    header = book.header_row(headers, widths[:2])
    rows = [_heading(book, heading), header, *(row(*t) for t in terms)]
    return Block(rows, keep=2 + KEPT, repeat=(_heading(book, f"{heading} (continued)"), header))


def _key(book: ReportBook, widths: Sequence[float]) -> Block:
    block = _terms(book, widths, "Key", ["RAG", "Meaning"],
                   [(word, MEANING[word], rag_format(word)) for word in RAGS])
    block.keep = len(block.rows)
    return block


def _notes(book: ReportBook, widths: Sequence[float]) -> Block:
    return _terms(book, widths, "How to read this report", ["Term", "What it means"],
                  [(term, meaning, {}) for term, meaning in NOTES])


def _chart_rows(forums: int) -> tuple[int, int]:
    """The chart's height in pixels and the rows of the default height it sits over."""
    if not forums:
        return 0, 0
    height = 70 + 19 * forums
    return height, math.ceil(height * 0.75 / LINE_POINTS) + 1


def _counts(book: ReportBook, model: Model, widths: Sequence[float]) -> Block:
    """RAG counts per forum: a heading, the chart's rows and the table, kept on one page (the
    chart reads the table's rows, which stay together)."""
    counts = model.rag_counts
    words = list(RAGS)
    header = book.header_row(["Forum", "Title", *words, "Total"], widths[:9],
                             extra={c: {**rag_format(w), "align": "center"}
                                    for c, w in enumerate(words, start=2)})
    link = book.fmt("text", font_color=HEADER_FILL, underline=1)
    titles = dict(zip(model.forums["forum"], model.forums["title"].astype(str), strict=True))

    def forum_row(forum: str, count) -> Row:
        def write(ws: Worksheet, r: int) -> None:
            ws.write_url(r, 0, f"internal:{sheet_ref(forum)}!A1", link, string=forum,
                         tip=f"Go to the {forum} tab")
            ws.write_string(r, 1, titles[forum], book.fmt("wrap"))
            for c, w in enumerate([*words, "Total"], start=2):
                style = book.fmt("total", align="center") if w == "Total" \
                    else book.fmt("centre")
                ws.write_number(r, c, int(count[w]), style)
        lines = max(text_lines(forum, widths[0]), text_lines(titles[forum], widths[1]))
        return Row(lines_points(lines), write)

    def total(ws: Worksheet, r: int) -> None:
        ws.write_string(r, 0, "All indicators", book.fmt("total"))
        ws.write_string(r, 1, "Each indicator once, whichever forums see it", book.fmt("total"))
        for c, w in enumerate([*words, "Total"], start=2):
            ws.write_number(r, c, int(model.all_counts[w]), book.fmt("total", align="center"))

    _, chart_rows = _chart_rows(len(counts))
    rows = [_heading(book, "RAG ratings by forum"), *([Row()] * chart_rows), header,
            *(forum_row(f, c) for f, c in counts.iterrows()), Row(LINE_POINTS, total)]
    return Block(rows, keep=len(rows), name="counts")


def _chart(book: ReportBook, ws: Worksheet, model: Model, at: list[int]) -> None:
    """The stacked bar chart of the counts, over the rows left for it under the heading."""
    counts = model.rag_counts
    height, chart_rows = _chart_rows(len(counts))
    if not chart_rows:
        return
    head = at[1 + chart_rows]
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
    ws.insert_chart(at[1], 0, chart, {
        "x_offset": 4, "y_offset": 4, "object_position": 1,
        "description": f"Stacked bar chart of the RAG ratings of each forum's indicators "
                       f"for {model.label} ({int(counts['Total'].sum())} ratings across "
                       f"{len(counts)} forums). The table below holds the same figures."})


def _listing(book: ReportBook, model: Model, widths: Sequence[float],
             columns: tuple[Column, ...], rows: list[dict],
             heading: str, empty: str, note: str) -> Block:
    """A headed table of indicators: its heading, note and header kept with its first rows,
    and written again at the top of each page it runs on to."""
    title = f"{heading} ({len(rows)})"
    above = [_heading(book, title), *([book.text_row(note, "subtitle")] if note else [])]
    labels = {"current": model.period}
    header = book.header_row(headers_of(columns, labels), widths)
    body = book.table_blocks(columns, rows, widths, labels=labels)
    lines = body[0].rows if body else [book.text_row(empty, "plain")]
    return Block([*above, header, *lines], keep=len(above) + 1 + min(KEPT, len(lines)),
                 repeat=(_heading(book, f"{title} (continued)"), header))


def _validation(book: ReportBook, model: Model) -> Block:
    findings = model.source.findings
    label, left = book.fmt("label"), book.fmt("plain", align="left")

    def count(name: str, n: int) -> Row:
        def write(ws: Worksheet, r: int) -> None:
            ws.write_string(r, 0, name, label)
            ws.write_number(r, 1, n, left)
        return Row(LINE_POINTS, write)
    rows = [_heading(book, "Validation"), count("Errors", findings.errors),
            count("Warnings", findings.warnings),
            book.text_row("Errors exclude the value they concern (the indicator then shows No "
                          "data, and why, in its comment); warnings keep it. Every finding, "
                          "with its file, sheet and cell, is on the Validation tab.", "plain")]
    return Block(rows, keep=len(rows))


def _provenance(book: ReportBook, model: Model) -> Block:
    """What the report was made from, checkably: the register's content checksum and each
    input file's SHA-256 (file names only)."""
    register = model.register
    lines = [("KPI register", file_name(register.source),
              f"checksum {register.checksum()} (SHA-256 of its content)")]
    lines += [("Input files" if n == 0 else "", file, f"SHA-256 {digest}" if digest else "")
              for n, (file, digest) in enumerate(model.input_names or [("(none)", "")])]
    lines.append(("Made by", f"xlkpi {xlkpi.__version__}", ""))
    rows = [_heading(book, "Provenance"), *_lines(book, lines)]
    return Block(rows, keep=len(rows))
