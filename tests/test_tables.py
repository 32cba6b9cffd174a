"""A long Excel table added without xlsxwriter's walk over its cells (xlkpi/write/tables.py)
gives xlsxwriter's table and sheet XML, byte for byte; xlsxwriter's overlap checks still see
every cell of it; and what it does not handle is left to xlsxwriter."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
import xlsxwriter
from xlsxwriter.exceptions import OverlappingRange

from xlkpi.write import tables

HEADERS = ["ID", "Text & <more>", "Value"]


def book(path: Path, rows: int, first: int = 2, **extra) -> Path:
    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties({"created": dt.datetime(2021, 4, 6, 9, 30)})
    ws = wb.add_worksheet("Data")
    head = wb.add_format({"bold": True})
    for r in range(first + 1, first + rows + 1):
        ws.write_string(r, 0, f"K{r}")
        ws.write_number(r, 2, r / 3)
    options = {"name": "Data", "style": None, "autofilter": True,
               "columns": [{"header": h, "header_format": head} for h in HEADERS], **extra}
    assert tables.add_table(ws, first, 0, first + rows, len(HEADERS) - 1, options) == 0
    wb.close()
    return path


def parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


@pytest.mark.parametrize(("rows", "extra"), [
    (5000, {}), (2, {}), (1, {}), (40, {"autofilter": False}),
    (40, {"total_row": True}), (40, {"banded_columns": True, "first_column": True})])
def test_the_same_parts_as_xlsxwriters_add_table(tmp_path, monkeypatch, rows, extra):
    fast = book(tmp_path / "fast.xlsx", rows, **extra)
    monkeypatch.setattr(tables, "FAST", False)
    slow = book(tmp_path / "slow.xlsx", rows, **extra)
    assert parts(fast) == parts(slow)
    assert b'ref="A3:C%d"' % (3 + rows) in parts(fast)["xl/tables/table1.xml"]


@pytest.mark.parametrize("fast", [True, False])
def test_overlaps_after_the_table_are_still_refused(monkeypatch, fast):
    monkeypatch.setattr(tables, "FAST", fast)
    wb = xlsxwriter.Workbook("unused.xlsx", {"in_memory": True})
    ws = wb.add_worksheet()
    assert tables.add_table(ws, 0, 0, 999, 2, {"columns": [{"header": h} for h in HEADERS]}) == 0
    with pytest.raises(OverlappingRange, match=r"A1:C1000"):
        ws.merge_range(500, 1, 501, 4, "over the body")
    with pytest.raises(OverlappingRange, match=r"A1:C1000"):
        tables.add_table(ws, 998, 2, 2000, 3, {})
    with pytest.raises(OverlappingRange, match=r"A1:C1000"):
        ws.add_table(1, 1, 3, 3, {})
    assert tables.add_table(ws, 1000, 0, 1500, 2, {}) == 0  # just under it: no overlap
    ws.merge_range(1501, 0, 1501, 3, "under both")


def test_overlaps_before_the_table_get_xlsxwriters_error(monkeypatch):
    wb = xlsxwriter.Workbook("unused.xlsx", {"in_memory": True})
    ws = wb.add_worksheet()
    ws.merge_range(700, 0, 700, 1, "merged")
    with pytest.raises(OverlappingRange, match="merge range 'A701:B701'"):
        tables.add_table(ws, 0, 0, 999, 2, {})
    ws.add_table(2000, 0, 2010, 1, {})
    with pytest.raises(OverlappingRange, match="table range 'A2001:B2011'"):
        tables.add_table(ws, 1500, 1, 3000, 2, {})


def test_without_the_private_parts_xlsxwriter_adds_it(tmp_path, monkeypatch):
    monkeypatch.setattr(tables, "_PRIVATE", ("tables", "_not_in_xlsxwriter"))
    wb = xlsxwriter.Workbook(str(tmp_path / "x.xlsx"))
    ws = wb.add_worksheet()
    tables.add_table(ws, 0, 0, 300, 1, {})
    assert type(ws.table_cells) is dict and len(ws.table_cells) == 602
    wb.close()
