"""The Validation tab (every finding) and the Data tab (the machine-readable table)."""

from __future__ import annotations

import numpy as np

from xlkpi.core.findings import Report
from xlkpi.write.layouts import DATA_COLUMNS, DATA_HEADERS, GENERAL, NUMBER, VALIDATION_COLUMNS
from xlkpi.write.report_book import HEADER_ROW, ReportBook
from xlkpi.write.report_model import Model
from xlkpi.write.styles import SEVERITY_COLOURS


def write_validation(book: ReportBook, findings: Report) -> None:
    ws = book.sheet("Validation", header_row=HEADER_ROW)
    book.title(ws, f"Validation: {findings.errors} errors, {findings.warnings} warnings",
               "Errors exclude the value they concern (the indicator then shows No data); "
               "warnings keep it. Each finding names the file, sheet and cell to fix.")
    widths = [c.width for c in VALIDATION_COLUMNS]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    rows = findings.frame.to_dict(orient="records")
    r = book.table(ws, HEADER_ROW, VALIDATION_COLUMNS, rows, widths)
    ws.autofilter(HEADER_ROW, 0, r, len(VALIDATION_COLUMNS) - 1)
    if r > HEADER_ROW:
        for word, (fill, colour) in SEVERITY_COLOURS.items():
            ws.conditional_format(HEADER_ROW + 1, 0, r, 0, {
                "type": "cell", "criteria": "==", "value": f'"{word}"',
                "format": book.wb.add_format({"bg_color": fill, "font_color": colour})})


def write_data(book: ReportBook, model: Model) -> None:
    res = model.results
    ws = book.sheet("Data", header_row=0, freeze_columns=2, gridlines=True)
    widths = [c.width for c in DATA_COLUMNS]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    book.header(ws, 0, [c.header for c in DATA_COLUMNS], widths, style="data_header")
    plain = book.fmt("data")
    numbered = {iid: book.fmt("data", info["format"]) for iid, info in model.info.items()}
    columns = [(c, col.kind, res[col.field].tolist() if col.field in res
                else [np.nan if col.kind in (NUMBER, GENERAL) else ""] * len(res))
               for c, col in enumerate(DATA_COLUMNS)]
    write_number, write_string = ws.write_number, ws.write_string
    for i, iid in enumerate(res["indicator_id"].tolist()):
        r = i + 1
        nf = numbered.get(iid, plain)
        for c, kind, values in columns:
            v = values[i]
            if kind in (NUMBER, GENERAL):
                if v == v and v is not None:  # not NaN
                    write_number(r, c, v, nf if kind == NUMBER else plain)
            elif v:
                write_string(r, c, v, plain)
    last = len(res)
    ws.autofilter(0, 0, last, len(DATA_COLUMNS) - 1)
    rag_col = DATA_HEADERS.index("RAG")
    book.colour_rags(ws, [(1, rag_col, last, rag_col)])
