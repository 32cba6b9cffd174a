"""The Trends tab: each indicator over its last periods, with a sparkline."""

from __future__ import annotations

from xlkpi.core import calendar
from xlkpi.core.findings import column_letter, sheet_ref
from xlkpi.core.vocabulary import NO_DATA
from xlkpi.write.report_book import HEADER_ROW, ReportBook
from xlkpi.write.report_model import Model, number
from xlkpi.write.styles import HEADER_FILL
from xlkpi.write.xlsx import text_lines

TREND_PERIODS = 13


def write_trends(book: ReportBook, model: Model) -> None:
    res = model.results
    months = sorted(int(x) for x in res["month"].unique() if x <= model.period)[-TREND_PERIODS:]
    headers = ["ID", "Indicator", "Better when", *(calendar.month_label(x) for x in months),
               "Trend line", f"RAG\n{model.label}"]
    widths = [7, 50, 11, *([9] * len(months)), 16, 9]
    ws = book.sheet("Trends", header_row=HEADER_ROW, freeze_columns=2)
    book.title(ws, f"Trends to {model.label}: each indicator over its last "
                   f"{len(months)} months",
               "One value per due period (quarterly and annual indicators have gaps, "
               "which the trend line joins). Assessed indicators show their RAG.")
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    book.header(ws, HEADER_ROW, headers, widths)
    recent = res[res["month"].isin(months)]
    keys = zip(recent["indicator_id"], recent["month"].astype(int), strict=True)
    values = dict(zip(keys, zip(recent["value"], recent["rag"], strict=True), strict=True))
    first, spark = 3, 3 + len(months)
    text, wrap = book.fmt("text"), book.fmt("wrap")
    r = HEADER_ROW
    locations, ranges = [], []
    for iid, info in model.info.items():
        r += 1
        ws.write_string(r, 0, iid, text)
        ws.write_string(r, 1, info["title"], wrap)
        ws.write_string(r, 2, info["better"], text)
        book.fit(ws, r, text_lines(info["title"], widths[1]))
        numbers = 0
        for j, month in enumerate(months):
            v, word = values.get((iid, month), (None, ""))
            if info["measure"] == "assessed":
                shown = word if word not in ("", NO_DATA) else None
            else:
                shown = number(v)
                numbers += shown is not None
            book.value(ws, r, first + j, shown, info["format"])
        ws.write_blank(r, spark, None, text)
        if numbers >= 2:
            locations.append(f"{column_letter(spark)}{r + 1}")
            ranges.append(f"{sheet_ref('Trends')}!{column_letter(first)}{r + 1}:"
                          f"{column_letter(spark - 1)}{r + 1}")
        ws.write_string(r, spark + 1, info["rag"], book.fmt("rag"))
    if locations:  # one sparkline group: one style, each line scaled to its own values
        ws.add_sparkline(HEADER_ROW + 1, spark, {
            "location": locations, "range": ranges, "type": "line",
            "series_color": HEADER_FILL, "empty_cells": "connect", "weight": 1.25})
    ws.autofilter(HEADER_ROW, 0, r, len(headers) - 1)
    book.colour_rags(ws, [(HEADER_ROW + 1, first, r, spark - 1),
                          (HEADER_ROW + 1, spark + 1, r, spark + 1)])
