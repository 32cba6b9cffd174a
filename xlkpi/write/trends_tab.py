"""The Trends tab: every charted indicator's SPC chart (DESIGN §6a), beside its data.

- A1 holds the title; under the header row (row 5) the Excel table `Trends` holds every chart's
  data, one row per point: ID, Period, Value, Mean, Lower limit, Upper limit, Special cause
  (the word), and the value again in `Special cause up` / `Special cause down` where the point
  is one (the marker series). One header row, no blank rows or columns, no merged cells.
- Each indicator's rows are a block; its chart (a native line chart, charts.py) sits to the
  right of the block, as tall as it (short blocks get taller rows), with alt text saying what
  it shows. Charts are drawn from the table's cells, so they render in Excel and LibreOffice
  alike (sparklines do not render in LibreOffice).
- Printed A4 landscape at a fixed PRINT_SCALE (text stays at 8 pt or more: never shrunk to fit
  the width), the table and charts filling the page width, the header row repeated, a page
  break between blocks so that no chart is cut in two, and the usual footer.
"""

from __future__ import annotations

import math

from xlsxwriter.worksheet import Worksheet

from xlkpi.write import charts, sheet_xml, tables
from xlkpi.write.charts import DOWN, UP, Cells, Points
from xlkpi.write.report_book import HEADER_ROW, ReportBook
from xlkpi.write.report_model import Model
from xlkpi.write.styles import BLACK, CREAM, DARK_GREY, LIGHT_BLUE, SEVERITY_COLOURS
from xlkpi.write.xlsx import A4, A4_POINTS, LINE_POINTS, MARGINS, column_pixels, text_lines

SHEET = "Trends"
TABLE = "Trends"  # the Excel table's name
COLUMNS = [("ID", 8), ("Period", 8), ("Value", 11), ("Mean", 11), ("Lower limit", 11),
           ("Upper limit", 11), ("Special cause", 13), ("Special cause up", 11),
           ("Special cause down", 11)]
ID, PERIOD, VALUE, MEAN, LOWER, UPPER, WORD, SIDE_UP, SIDE_DOWN = range(len(COLUMNS))
CHART_COLUMN = len(COLUMNS)
PRINT_SCALE = 80  # per cent: 10-point text prints at 8 points
ROW_POINTS = LINE_POINTS  # one line of Arial 10
MIN_CHART_POINTS = 200.0  # a block of few points gets taller rows, for a readable chart
GAP_PX = 6  # between a chart and the edge of its block
# LibreOffice lays a column out at 0.7927 points a pixel (Excel at 0.75: 96 dpi), so the
# table and charts are sized to fit LibreOffice's wider page; Excel leaves a little room.
LIBREOFFICE_POINTS_PER_PX = 0.7927
WIDTH_SLACK_PX = 12
PERIOD_FORMAT = "mmm-yy"
PAGE_MARGINS = {**MARGINS, "top": 0.4, "bottom": 0.5}  # inches: room for two 24-point blocks
# Special cause words: light fills of the report's palette that keep black text at WCAG AA,
# beside the word itself (never colour alone).
WORD_FILLS = {"Improvement": LIGHT_BLUE, "Concern": SEVERITY_COLOURS["error"][0],
              "Up": CREAM, "Down": CREAM}


def page_px() -> float:
    """The printable width of an A4 landscape page at PRINT_SCALE, in the sheet's pixels (as
    LibreOffice lays columns out: the wider of the two)."""
    wide = A4_POINTS[1] - 72 * (PAGE_MARGINS["left"] + PAGE_MARGINS["right"])
    return wide / (PRINT_SCALE / 100) / LIBREOFFICE_POINTS_PER_PX


def page_points() -> float:
    """The printable height of a page at PRINT_SCALE, in the sheet's points."""
    high = A4_POINTS[0] - 72 * (PAGE_MARGINS["top"] + PAGE_MARGINS["bottom"])
    return high / (PRINT_SCALE / 100)


def chart_width_px() -> int:
    table = sum(column_pixels(w) for _, w in COLUMNS)
    return int(page_px() - table - WIDTH_SLACK_PX)


def write_trends(book: ReportBook, model: Model) -> None:
    blocks = charts.charted_points(model.results, model.register, model.period)
    ws = book.wb.add_worksheet(SHEET)
    _print_setup(ws, book.label)
    ws.hide_gridlines(2)
    ws.set_default_row(ROW_POINTS)
    ws.freeze_panes(HEADER_ROW + 1, 0)
    widths = [w for _, w in COLUMNS]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    chart_px = chart_width_px()
    ws.set_column(CHART_COLUMN, CHART_COLUMN, (chart_px - 5) / 7)
    with_limits = sum(p.limits for p in blocks)
    book.title(ws, f"Trends to {model.label}: SPC charts of {len(blocks)} indicators",
               "Each monthly or quarterly indicator's points (single-period values) with the "
               "mean and the limits inside which ordinary variation falls (Making Data Count); "
               "special-cause points are marked and named in each chart's legend.",
               f"{with_limits} charts have limits; with fewer than 15 points a chart shows the "
               f"points alone. No chart for {len(model.info) - len(blocks)} indicators (yes/no, "
               f"assessed, annual, or without a value). The table {TABLE} holds the charts' data.")
    header_lines = max(text_lines(h, w, bold=True) for h, w in COLUMNS)
    header = ROW_POINTS * header_lines + 3 if header_lines > 1 else ROW_POINTS
    book.set_height(ws, HEADER_ROW, header)
    if not blocks:
        ws.write_string(HEADER_ROW, 0, "No indicator has points to chart.", book.fmt("label"))
        return
    r = HEADER_ROW + 1
    spans = []
    table: dict[int, list] = {}
    for p in blocks:
        first = r
        r = _write_block(book, ws, model, p, r, table)
        spans.append((p, first, r - 1))
    sheet_xml.write_body(ws, HEADER_ROW + 1, r - HEADER_ROW - 1, [
        sheet_xml.Column(c, values, fmts, text=c in (ID, WORD), blank=True)
        for c, (values, fmts) in table.items()])
    last = r - 1
    hdr = book.fmt("header")
    tables.add_table(ws, HEADER_ROW, 0, last, len(COLUMNS) - 1, {
        "name": TABLE, "style": None, "autofilter": True,
        "columns": [{"header": h, "header_format": hdr} for h, _ in COLUMNS]})
    _colour_words(book, ws, last)
    breaks = _place_charts(book, ws, model, spans, chart_px, book.top(ws, HEADER_ROW + 1),
                           header)
    ws.set_h_pagebreaks(breaks)
    ws.print_area(0, 0, last, CHART_COLUMN)


def _print_setup(ws: Worksheet, label: str) -> None:
    """As xlsx.print_setup, but at a fixed scale (not fitted to the width: Excel ignores page
    breaks when fitting, and fitting would shrink the text)."""
    ws.set_landscape()
    ws.set_paper(A4)
    ws.set_print_scale(PRINT_SCALE)
    ws.set_margins(**PAGE_MARGINS)
    ws.set_footer(f"&L&A – {label}&RPage &P of &N")
    ws.repeat_rows(HEADER_ROW)
    ws.center_horizontally()


def _block_row_points(p: Points) -> float:
    """Each row's height in a block: one line, or taller when the block is short (a whole
    number of pixels, which Excel and LibreOffice both keep)."""
    return max(ROW_POINTS, math.ceil(MIN_CHART_POINTS / p.n / 0.75) * 0.75)


def _write_block(book: ReportBook, ws: Worksheet, model: Model, p: Points, r: int,
                 table: dict[int, list]) -> int:
    """Add one indicator's rows from row `r` to `table` (by column: values and formats, a
    missing value a blank cell in its format); return the row after them. The block's first
    row has a rule above it: the table has no blank rows between indicators."""
    nf = model.info[p.iid]["format"] if p.iid in model.info else None
    height = _block_row_points(p)
    rule = {"top": 2, "top_color": DARK_GREY}
    (text, period, num), (text2, period2, num2) = [
        (book.fmt("text", **extra), book.fmt("centre", PERIOD_FORMAT, **extra),
         book.fmt("number", nf, **extra)) for extra in (rule, {})]
    k = p.n
    texts, periods, nums = [text] + [text2] * (k - 1), [period] + [period2] * (k - 1), \
        [num] + [num2] * (k - 1)
    if height > ROW_POINTS:
        for i in range(k):
            ws.set_row(r + i, height)
    limits = [(p.mean, p.lower, p.upper) if p.limits else (None, None, None)] * k
    side_values = [(value if side == UP else None, value if side == DOWN else None)
                   for value, side in zip(p.values, p.sides, strict=True)]
    for c, values, fmts in (
            (ID, [p.iid] * k, texts), (PERIOD, [Cells.serial(m) for m in p.months], periods),
            (VALUE, list(p.values), nums), (MEAN, [m for m, _, _ in limits], nums),
            (LOWER, [lo for _, lo, _ in limits], nums), (UPPER, [u for _, _, u in limits], nums),
            (WORD, [p.kind(side) if side else "" for side in p.sides], texts),
            (SIDE_UP, [u for u, _ in side_values], nums),
            (SIDE_DOWN, [d for _, d in side_values], nums)):
        column = table.setdefault(c, [[], []])
        column[0] += values
        column[1] += fmts
    return r + k


def _colour_words(book: ReportBook, ws: Worksheet, last: int) -> None:
    """One conditional-format rule per special-cause word over the column (never per cell)."""
    for word, fill in WORD_FILLS.items():
        ws.conditional_format(HEADER_ROW + 1, WORD, last, WORD, {
            "type": "cell", "criteria": "==", "value": f'"{word}"',
            "format": book.wb.add_format({"bg_color": fill, "font_color": BLACK})})


def _place_charts(book: ReportBook, ws: Worksheet, model: Model,
                  spans: list[tuple[Points, int, int]], chart_px: int, top: float,
                  header: float) -> list[int]:
    """Insert each block's chart beside it; return the page breaks (rows that start a page)
    that keep every block, and so its chart, on one page."""
    room = page_points() - header - 6  # a little slack for rounding
    used = top - header  # the first page also holds the title rows
    breaks = []
    for p, first, last in spans:
        block = _block_row_points(p) * (last - first + 1)
        if used > 0 and used + block > room:
            breaks.append(first)
            used = 0.0
        tall = min(block, room - used)  # a block longer than a page: its chart fits the page
        used += block
        cells = Cells(SHEET, first, last, PERIOD, VALUE, MEAN, LOWER, UPPER, SIDE_UP, SIDE_DOWN)
        nf = model.info[p.iid]["format"] if p.iid in model.info else None
        size = (chart_px - 2 * GAP_PX, int(tall * 96 / 72) - 2 * GAP_PX)
        chart = charts.line_chart(book.wb, p, cells, nf, size)
        ws.insert_chart(first, CHART_COLUMN, chart, {
            "x_offset": GAP_PX, "y_offset": GAP_PX, "description": charts.alt_text(p),
            "object_position": 1})
    return breaks[:1023]  # Excel's limit of manual breaks

