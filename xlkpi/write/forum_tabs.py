"""One tab per forum, in its layout (layouts.py): the appendix that forum already knows."""

from __future__ import annotations

from collections import Counter

from xlkpi.write.layouts import LAYOUTS, RAG
from xlkpi.write.report_book import HEADER_ROW, ReportBook, fitted_widths, headers_of
from xlkpi.write.report_model import Model

KEY_LINES = ("RAG key: Red – not on target, outside tolerance and no better than the previous "
             "period; Amber – outside tolerance but improving;",
             "Yellow – not on target but within tolerance; Green – on or better than target; "
             "TBC – no target set; No data – no valid figure. The Summary tab has the full key "
             "and how to read Variation and Assurance.")


def write_forum(book: ReportBook, model: Model, forum: str, title: str, layout_name: str) -> None:
    layout = LAYOUTS.get(layout_name, LAYOUTS["list"])
    rows = model.rows(forum, layout)
    ws = book.sheet(forum, header_row=HEADER_ROW, freeze_columns=layout.freeze_columns)
    book.title(ws, f"{title or forum} – {model.label}", *KEY_LINES)
    labels = period_labels(rows, model.period)
    headers = headers_of(layout.columns, labels)
    widths = fitted_widths(layout.columns, rows, headers, labels, counts=True)
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    header = book.header(ws, HEADER_ROW, headers, widths)
    blocks = book.table_blocks(layout.columns, rows, widths, section=layout.section,
                               labels=labels, counts=True)
    _, last = book.print_pages(ws, blocks, HEADER_ROW + 1, widths, repeated=header)
    ws.autofilter(HEADER_ROW, 0, last, len(layout.columns) - 1)
    book.colour_rags(ws, [(HEADER_ROW + 1, c, last, c)
                          for c, col in enumerate(layout.columns) if col.kind == RAG])


def period_labels(rows: list[dict], period: int) -> dict[str, int]:
    """The month each period column's header names: the one most of its rows show."""
    default = {"current": period, "previous": period - 1, "last_year": period - 12}
    out = {}
    for name, fallback in default.items():
        months = [row["months"][name] for row in rows
                  if row.get("months") and row["months"][name] is not None]
        out[name] = _mode(months, fallback)
    return out


def _mode(months: list[int], fallback: int) -> int:
    if not months:
        return fallback
    counts = Counter(months)
    top = max(counts.values())
    return max(m for m, n in counts.items() if n == top)
