"""An Excel table over a long range without xlsxwriter's walk over every cell of it:
`Worksheet.add_table` checks and records each cell of the range (for its overlap checks), some
440,000 cells for the 200k report's Data and Trends tables.

`add_table(ws, first_row, first_col, last_row, last_col, options)` lets xlsxwriter add the
table over its header row and first data row (its checks, header cells and options as ever),
then stretches the table's range to `last_row`; the rows below are recorded as one range in
the sheet's `table_cells`, so that xlsxwriter's overlap checks (merge_range, add_table) still
see them. The same table XML, byte for byte (tests/test_tables.py).

Relies on xlsxwriter's private `Worksheet.tables` (each table's `range`, `a_range` and
`autofilter`), `table_cells`, `merged_cells` and `xls_rowmax` (xlsxwriter 3.3). Without them,
with FAST off, for a range that overlaps a table or merge already there, or for options that
write cells below the header (data, formulas, a total row), xlsxwriter adds the table itself.
"""

from __future__ import annotations

from typing import Any

from xlsxwriter.utility import xl_range
from xlsxwriter.worksheet import Worksheet

FAST = True  # off: xlsxwriter's add_table over the whole range (the reference)
_PRIVATE = ("tables", "table_cells", "merged_cells", "xls_rowmax")
_BODY_OPTIONS = ("data", "total_row")  # they write cells below the header row


class _TableCells(dict):
    """A sheet's table_cells ((row, col) -> the table's range) that also holds whole ranges
    of cells, each recorded once: `get` finds a cell in either."""

    def __init__(self, cells: dict) -> None:
        super().__init__(cells)
        self.ranges: list[tuple[int, int, int, int, str]] = []

    def get(self, key: Any, default: Any = None) -> Any:
        found = super().get(key)
        if found is not None:
            return found
        row, col = key
        for r1, c1, r2, c2, name in self.ranges:
            if r1 <= row <= r2 and c1 <= col <= c2:
                return name
        return default

    def within(self, r1: int, c1: int, r2: int, c2: int) -> bool:
        """Whether any cell of the range is recorded."""
        return any(r1 <= r <= r2 and c1 <= c <= c2 for r, c in self) or any(
            top <= r2 and r1 <= bottom and left <= c2 and c1 <= right
            for top, left, bottom, right, _ in self.ranges)


def add_table(ws: Worksheet, first_row: int, first_col: int, last_row: int, last_col: int,
              options: dict[str, Any]) -> int:
    """`ws.add_table(first_row, first_col, last_row, last_col, options)`, as fast for a long
    range as for a short one; returns what xlsxwriter's returns."""
    short = first_row + 1  # the header row and one data row
    if not FAST or last_row <= short or first_row > last_row or first_col > last_col \
            or not all(hasattr(ws, name) for name in _PRIVATE) or last_row >= ws.xls_rowmax \
            or any(options.get(o) for o in _BODY_OPTIONS) \
            or any(c.get("formula") or c.get("total_function") or c.get("total_string")
                   for c in options.get("columns", ())):
        return ws.add_table(first_row, first_col, last_row, last_col, options)
    if not isinstance(ws.table_cells, _TableCells):
        ws.table_cells = _TableCells(ws.table_cells)
    cells = ws.table_cells
    if cells.within(first_row, first_col, last_row, last_col) or any(
            first_row <= r <= last_row and first_col <= c <= last_col for r, c in ws.merged_cells):
        return ws.add_table(first_row, first_col, last_row, last_col, options)  # its error
    count = len(ws.tables)
    result = ws.add_table(first_row, first_col, short, last_col, options)
    if result != 0:
        return result
    table = ws.tables[-1]
    made = xl_range(first_row, first_col, short, last_col)
    if len(ws.tables) != count + 1 or table.get("range") != made \
            or table.get("a_range") != made or table.get("autofilter", made) != made:
        raise RuntimeError(f"xlsxwriter made table {table.get('name')} otherwise: "
                           "its range cannot be stretched")
    whole = xl_range(first_row, first_col, last_row, last_col)
    table["range"] = table["a_range"] = whole
    if "autofilter" in table:
        table["autofilter"] = whole
    for col in range(first_col, last_col + 1):
        for row in (first_row, short):
            cells[(row, col)] = whole
    cells.ranges.append((short + 1, first_col, last_row, last_col, whole))
    return 0
