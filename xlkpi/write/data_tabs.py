"""The Validation tab (every finding) and the Data tab (the machine-readable table), each an
Excel table of its own name: one header row, no blank rows or columns, from column A.

Validation names each file by its name, never a path of the analyst's machine. Both print
legibly, at 8 points or more (their text is 10 points, the scale at least 80%),
rather than shrunk to one page width: Validation's columns fit the page at that; Data's thirty
would need three pages across each page down, so its print area is its key columns, Indicator
ID to RAG (what, when, the figures, the target, the rating), one page wide at 80%; the rest
(comments, sources, intervals, SPC) are for filtering and for machines, and print with the
print area cleared. Its page breaks are set by hand, so a print of the table filtered has short
pages (Excel's Reset All Page Breaks lets it break by itself).
"""

from __future__ import annotations

from xlkpi.core.findings import Report
from xlkpi.write import sheet_xml, tables
from xlkpi.write.layouts import DATA_COLUMNS, DATA_HEADERS, GENERAL, NUMBER, VALIDATION_COLUMNS
from xlkpi.write.pages import LEGIBLE, Block, Row
from xlkpi.write.report_book import HEADER_ROW, ReportBook
from xlkpi.write.report_model import Model, file_name
from xlkpi.write.styles import SEVERITY_COLOURS
from xlkpi.write.xlsx import lines_points, text_lines

DATA_PRINTED = DATA_HEADERS.index("RAG") + 1  # Indicator ID .. RAG
NO_FINDINGS = "No errors or warnings: every returns row passed validation."


def _table(book: ReportBook, ws, first: int, last: int, name: str, headers: list[str],
           style: str) -> None:
    """An Excel table over rows first..last (its header row first), in the report's styles."""
    head = book.fmt(style)
    tables.add_table(ws, first, 0, last, len(headers) - 1, {
        "name": name, "style": None, "autofilter": True,
        "columns": [{"header": h, "header_format": head} for h in headers]})


def write_validation(book: ReportBook, findings: Report) -> None:
    ws = book.sheet("Validation", header_row=HEADER_ROW)
    book.title(ws, f"Validation: {findings.errors} errors, {findings.warnings} warnings",
               "Errors exclude the value they concern (the indicator then shows No data); "
               "warnings keep it. Each finding names the file, sheet and cell to fix.")
    widths = [c.width for c in VALIDATION_COLUMNS]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    headers = [c.header for c in VALIDATION_COLUMNS]
    header = book.header(ws, HEADER_ROW, headers, widths)
    rows = [{**row, "file": file_name(row["file"]) if row.get("file") else row.get("file")}
            for row in findings.frame.to_dict(orient="records")] or [{"message": NO_FINDINGS}]
    blocks = book.table_blocks(VALIDATION_COLUMNS, rows, widths)
    _, last = book.print_pages(ws, blocks, HEADER_ROW + 1, widths, repeated=header,
                               least=LEGIBLE)
    _table(book, ws, HEADER_ROW, last, "Validation", headers, "header")
    for word, (fill, colour) in SEVERITY_COLOURS.items():
        ws.conditional_format(HEADER_ROW + 1, 0, last, 0, {
            "type": "cell", "criteria": "==", "value": f'"{word}"',
            "format": book.wb.add_format({"bg_color": fill, "font_color": colour})})


def write_data(book: ReportBook, model: Model) -> None:
    res = model.results
    ws = book.sheet("Data", header_row=0, freeze_columns=2, gridlines=True)
    widths = [c.width for c in DATA_COLUMNS]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    plain = book.fmt("data")
    numbered = {iid: book.fmt("data", info["format"]) for iid, info in model.info.items()}
    formats = [numbered.get(iid, plain) for iid in res["indicator_id"].tolist()]
    n = len(res)
    sheet_xml.write_body(ws, 1, n, [
        sheet_xml.Column(c, res[col.field] if col.field in res else [None] * n,
                         formats if col.kind == NUMBER else plain,
                         text=col.kind not in (NUMBER, GENERAL))
        for c, col in enumerate(DATA_COLUMNS)])
    last = max(len(res), 1)  # an Excel table has a row under its header, if a blank one
    header = lines_points(max(text_lines(h, w, bold=True)
                              for h, w in zip(DATA_HEADERS, widths, strict=True)))
    book.set_height(ws, 0, header)
    _table(book, ws, 0, last, "Data", DATA_HEADERS, "data_header")
    rag_col = DATA_HEADERS.index("RAG")
    book.colour_rags(ws, [(1, rag_col, last, rag_col)])
    # Printed: the key columns, one page wide, at 8 points (the least legible scale puts the
    # most rows on a page: at the 85% that fits the width, one page in fifteen more); its
    # rows, one line each and written above, laid out on pages for their breaks only (set by
    # hand, as on every tab: LibreOffice's own breaks of a long sheet leave blank pages).
    ws.print_area(0, 0, last, DATA_PRINTED - 1)
    book.print_pages(ws, [Block([Row()] * last)], 1, widths[:DATA_PRINTED], repeated=header,
                     least=LEGIBLE, most=LEGIBLE)
