"""A big sheet is loaded on another core while its scan runs (read/early_load.py): the same
cells as reading in order, never used when the scan refuses or rewrites the file, and any
failure of the loading process only means the sheet is read again after the scan."""

from __future__ import annotations

import os
import time

import pytest
import xlsxwriter
from xlsx_parts import refused

from xlkpi.read import early_load, xlsx
from xlkpi.read.guard import Limits


def returns_book(path, rows=300):
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Returns")
    pct = wb.add_format({"num_format": "0%"})
    ws.write_row(0, 0, ["Team", "Indicator ID", "Period", "Numerator", "Denominator",
                        "Value", "Comment"])
    for r in range(1, rows + 1):
        ws.write_row(r, 0, [f"Team {r % 7}", f"K{r % 40:03d}", "2020-04", r, r + 3])
        ws.write_number(r, 5, (r % 100) / 100, pct)
        if r % 50 == 0:
            ws.write_string(r, 6, "12")  # text that reads like a number stays text
    ws.set_row(5, None, None, {"hidden": True})
    ws.write_formula(7, 6, "=1/0", None, "#DIV/0!")
    wb.add_worksheet("Notes").write(0, 0, "Guidance")
    wb.close()
    return path


def snapshot(book: xlsx.Book) -> list:
    return [(s.name, s.visible, s.height, s.full, s.rows(), s.hidden_rows,
             s.no_value_formulas, s.error_cells, s.merged) for s in book.sheets]


@pytest.fixture
def forced(monkeypatch):
    monkeypatch.setattr(early_load, "MIN_BYTES", 0)
    started = []
    start = early_load.EarlyLoad.start.__func__

    def spy(cls, *args):
        started.append(start(cls, *args))
        return started[-1]

    monkeypatch.setattr(early_load.EarlyLoad, "start", classmethod(spy))
    return started


def no_child_left():
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)


def test_the_same_cells_as_reading_in_order(tmp_path, forced):
    path = returns_book(tmp_path / "r.xlsx")
    early = snapshot(xlsx.read_book(path, wanted=xlsx.returns_or_metadata))
    assert forced and forced[0] is not None  # the early path was taken
    early_load.MIN_BYTES = 1 << 60
    assert early == snapshot(xlsx.read_book(path, wanted=xlsx.returns_or_metadata))
    no_child_left()


def test_small_workbooks_are_read_in_order(tmp_path, monkeypatch):
    called = []
    monkeypatch.setattr(early_load, "_child", lambda *a: called.append(a))
    xlsx.read_book(returns_book(tmp_path / "r.xlsx"))
    assert not called


def test_a_refused_workbook_stops_the_loading_process(tmp_path, forced, monkeypatch):
    cancelled = []
    cancel = early_load.EarlyLoad.cancel
    monkeypatch.setattr(early_load.EarlyLoad, "cancel",
                        lambda self: (cancelled.append(self.pid), cancel(self)))
    path = returns_book(tmp_path / "big.xlsx")
    refused(path, r"big\.xlsx: sheet 'Returns' has too many cells", Limits(max_cells=100),
            xlsx.read_book)
    assert cancelled == [forced[0].pid]
    no_child_left()


@pytest.mark.parametrize("failure", ["crash", "silence"])
def test_a_failed_load_means_the_sheet_is_read_after_the_scan(tmp_path, forced, monkeypatch,
                                                              failure):
    path = returns_book(tmp_path / "r.xlsx")
    expected = snapshot(xlsx.read_book(path))
    if failure == "crash":
        monkeypatch.setattr(early_load, "load_all", lambda *a: os._exit(3))
    else:
        monkeypatch.setattr(early_load, "WAIT_SECONDS", 0.2)
        monkeypatch.setattr(early_load, "load_all", lambda *a: time.sleep(30))
    assert snapshot(xlsx.read_book(path)) == expected
    no_child_left()


def test_never_forks_beside_another_thread(tmp_path, monkeypatch):
    import threading

    monkeypatch.setattr(early_load, "MIN_BYTES", 0)
    stop = threading.Event()
    worker = threading.Thread(target=stop.wait)
    worker.start()
    try:
        assert early_load.EarlyLoad.start(b"", ["Returns"], 1 << 30) is None
    finally:
        stop.set()
        worker.join()
