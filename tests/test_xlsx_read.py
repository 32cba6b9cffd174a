"""Reading cells safely: every kind of unreadable file is refused with its reason, quickly;
what calamine alone would lose (errors, percent formats, formulas, hidden rows) is kept."""

from __future__ import annotations

import os
import struct
import zipfile

import openpyxl
import pytest
import xlsxwriter
from xlsx_parts import refused

from xlkpi.core.errors import UnreadableInput
from xlkpi.read import early_load
from xlkpi.read.guard import OLE_MAGIC, Limits
from xlkpi.read.xlsx import read_workbook


@pytest.fixture(autouse=True, params=["scan, then load", "load beside the scan"])
def read_order(request, monkeypatch):
    """Every read here runs both ways: the cells loaded after the scan, and (whatever the
    workbook's size) loaded by a forked process while the scan runs (read/early_load.py)."""
    if request.param == "load beside the scan":
        monkeypatch.setattr(early_load, "MIN_BYTES", 0)


def tiny_xlsx(path, rows=(("Indicator ID", "Period"), ("A1", "2020-04"))):
    wb = openpyxl.Workbook()
    for r in rows:
        wb.active.append(list(r))
    wb.save(path)
    return path


def zip_with(path, parts: dict[str, bytes]):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path




@pytest.mark.parametrize("content, match", [
    (b"", "is empty"),
    (b"Team,Indicator ID,Period\nCLA,TB01,2020-04\n", "text .CSV.. file"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary", "is a PDF"),
    (b"<html><body>not a workbook</body></html>", "web page"),
    (OLE_MAGIC + b"\x00" * 600 + "Workbook".encode("utf-16-le"), r"97-2003 \.xls"),
    (OLE_MAGIC + b"\x00" * 600 + "EncryptedPackage".encode("utf-16-le"), "password-protected"),
    (b"\x00\x01\x02\x03binary junk", "not an Excel .xlsx"),
])
def test_not_a_workbook(tmp_path, content, match):
    path = tmp_path / "returns.xlsx"
    path.write_bytes(content)
    refused(path, match)


def test_missing_file_and_folder(tmp_path):
    refused(tmp_path / "nope.xlsx", "no such file")
    refused(tmp_path, "is a folder")


def test_truncated_workbook(tmp_path):
    good = tiny_xlsx(tmp_path / "good.xlsx").read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(good[: len(good) // 2])
    refused(path, "damaged or incomplete")


def test_zip_that_is_not_a_workbook(tmp_path):
    refused(zip_with(tmp_path / "a.xlsx", {"word/document.xml": b"<w/>"}), "not an Excel")
    refused(zip_with(tmp_path / "b.xlsx", {"xl/workbook.bin": b"\x00"}), r"\.xlsb")
    refused(zip_with(tmp_path / "c.xlsx", {"mimetype": b"application/vnd.oasis",
                                           "content.xml": b"<x/>"}), r"\.ods")


def test_zip_bomb_is_refused_from_the_directory(tmp_path):
    path = zip_with(tmp_path / "bomb.xlsx", {"xl/workbook.xml": b"<workbook/>",
                                             "xl/sharedStrings.xml": b"\x00" * 40_000_000})
    assert path.stat().st_size < 100_000
    refused(path, "zip bomb")


def test_too_large_parts_and_files(tmp_path):
    path = zip_with(tmp_path / "big.xlsx", {"xl/workbook.xml": b"<workbook/>",
                                            "xl/worksheets/sheet1.xml": b"<a/>" * 300_000})
    refused(path, "too large: part", Limits(max_part_bytes=1_000_000))
    refused(path, "expands to", Limits(max_total_bytes=1_000_000))
    refused(path, "too large", Limits(max_file_bytes=100))


def test_too_many_cells(tmp_path):
    path = tiny_xlsx(tmp_path / "wide.xlsx", rows=[list(range(20))] * 20)
    refused(path, "too many cells", Limits(max_cells=100))


def test_xml_entity_bomb_is_refused(tmp_path):
    path = tiny_xlsx(tmp_path / "x.xlsx")
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    lol = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
           + b"".join(b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10 if i else
                                                 b"&lol;" * 10) for i in range(9))
           + b"]>")
    parts["xl/worksheets/sheet1.xml"] = lol + parts["xl/worksheets/sheet1.xml"].split(
        b"?>", 1)[-1]
    refused(zip_with(tmp_path / "bomb.xlsx", parts), "XML entities")


def test_part_that_lies_about_its_size(tmp_path):
    path = tiny_xlsx(tmp_path / "liar.xlsx")
    data = bytearray(path.read_bytes())
    name = b"xl/styles.xml"
    for sig, size_at in ((b"PK\x01\x02", 24), (b"PK\x03\x04", 22)):
        pos = data.find(sig)
        while pos != -1:
            name_len = struct.unpack_from("<H", data, pos + (28 if sig == b"PK\x01\x02" else 26))[0]
            start = pos + (46 if sig == b"PK\x01\x02" else 30)
            if data[start:start + name_len] == name:
                struct.pack_into("<I", data, pos + size_at, 10)  # claims 10 bytes
            pos = data.find(sig, pos + 4)
    path.write_bytes(bytes(data))
    refused(path, "damaged")


# --- what the scan recovers -------------------------------------------------------------------
def test_percent_errors_formulas_hidden_and_merged(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Returns"
    ws.append(["Indicator ID", "Period", "Value", "Other", "Quoted"])
    ws.append(["A1", "2020-04", 0.74, "#DIV/0!", 74])
    ws["C2"].number_format = "0%"
    ws["E2"].number_format = '0.0"%"'  # xlkpi's own report format: shows 74.0%, is 74
    ws.append(["A2", "2020-04", "=1/0", 0.125, None])
    ws["D3"].number_format = "0.0%"
    ws.append(["A3", "2020-05", 3])
    ws.row_dimensions[4].hidden = True
    ws.merge_cells("A5:A6")
    ws["A5"] = "merged"
    wb.save(tmp_path / "r.xlsx")
    sheet = read_workbook(tmp_path / "r.xlsx").sheet("Returns")
    assert sheet.rows[1][2] == 74 and sheet.rows[1][4] == 74
    assert sheet.rows[2][3] == 12.5
    assert sheet.rows[1][3] == "#DIV/0!" and (1, 3) in sheet.error_cells
    assert sheet.no_value_formulas == {(2, 2)}
    assert sheet.hidden_rows == {3}
    assert sheet.merged == [(4, 0, 5, 0)]


def test_xlsxwriter_shared_strings_and_cached_formulas(tmp_path):
    path = tmp_path / "w.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Data")
    ws.write_row(0, 0, ["Indicator ID", "Period", "Value"])
    ws.write_row(1, 0, ["A1", "2020-04"])
    ws.write_formula(1, 2, "=1+1", None, 2)
    ws.write_formula(2, 2, "=1/0", None, "#DIV/0!")
    wb.close()
    sheet = read_workbook(path).sheet("Data")
    assert sheet.rows[1] == ["A1", "2020-04", 2.0]
    assert sheet.rows[2][2] == "#DIV/0!" and not sheet.no_value_formulas


def test_only_some_sheets(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "One"
    wb.create_sheet("Two")["A1"] = "x"
    wb.save(tmp_path / "two.xlsx")
    book = read_workbook(tmp_path / "two.xlsx", only={"Two"})
    assert [s.name for s in book.sheets] == ["Two"]


# --- the columnar reader and the reading process ---------------------------------------------
def test_numbers_keep_every_digit(tmp_path):
    """fastexcel's text of a number keeps 15 digits (1.5e-10 reads '0'): the exact float
    comes from a second, numeric read of the column."""
    from xlsx_parts import num, row, text, workbook

    values = [12345.678901234567, 1.5e-10, 5e-324, 0.1 + 0.2, -0.0, 1e21, 3.0000000000000004]
    letters = "ABCDEFG"
    path = workbook(tmp_path / "n.xlsx", {"R": row(1, *(num(f"{c}1", repr(v))
                                                         for c, v in zip(letters, values,
                                                                      strict=True)))
                    + row(2, text("A2", "12"), text("B2", "0.5"), text("C2", "1.50"))})
    rows = read_workbook(path).sheets[0].rows
    assert rows[0] == values and [type(v) for v in rows[0]] == [float] * len(values)
    assert rows[1][:3] == ["12", "0.5", "1.50"]


def test_only_returns_sheets_are_decoded_whole(tmp_path):
    from xlkpi.read.xlsx import read_book, returns_or_metadata

    wb = openpyxl.Workbook()
    wb.active.title = "Big notes"
    for r in range(50):
        wb.active.append([f"note {r}"])
    ws = wb.create_sheet("Returns")
    ws.append(["Indicator ID", "Period", "Value"])
    for r in range(30):
        ws.append(["A1", "2020-04", r])
    wb.save(tmp_path / "r.xlsx")
    book = read_book(tmp_path / "r.xlsx", wanted=returns_or_metadata)
    notes, returns = book.sheets
    assert not notes.full and len(notes.rows()) == 10
    assert returns.full and len(returns.rows()) == 31


@pytest.mark.parametrize("in_thread", [False, True])
def test_prefetch_reads_on_another_process_or_a_thread(tmp_path, monkeypatch, in_thread):
    from xlkpi.read import prefetch

    monkeypatch.setenv("XLKPI_READ_IN_THREAD", "1" if in_thread else "0")
    good = tiny_xlsx(tmp_path / "good.xlsx",
                     rows=[("Indicator ID", "Period", "Value"), ("A1", "2020-04", 5)])
    returns = prefetch.start([good]).result(timeout=60)
    assert returns.rows[["indicator_id", "value"]].values.tolist() == [["A1", 5.0]]
    (tmp_path / "bad.xlsx").write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(UnreadableInput, match=r"bad\.xlsx: is damaged"):
        prefetch.start([good, tmp_path / "bad.xlsx"]).result(timeout=60)


@pytest.mark.parametrize("in_thread", [False, True])
def test_the_returns_are_built_by_the_thread_that_asks(tmp_path, monkeypatch, in_thread):
    """The thread that receives (or reads) the books runs no pandas: the Returns are built
    in the thread that calls result(), after its own imports, so that no two threads import
    pandas at once (the main thread may still be importing pandas and pandera)."""
    import threading

    from xlkpi.read import prefetch, returns

    monkeypatch.setenv("XLKPI_READ_IN_THREAD", "1" if in_thread else "0")
    builders, real = [], returns.read_returns

    def spy(*args, **kwargs):
        builders.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(returns, "read_returns", spy)
    good = tiny_xlsx(tmp_path / "good.xlsx",
                     rows=[("Indicator ID", "Period", "Value"), ("A1", "2020-04", 5)])
    reading = prefetch.start([good])
    called = threading.Event()
    reading.add_done_callback(lambda r: called.set() if r is reading else None)
    first = reading.result(timeout=60)
    assert called.wait(10) and reading.done()
    assert reading.result() is first  # built once
    assert builders == [threading.current_thread()]


def test_the_reader_forks_first_and_the_receiving_thread_imports_nothing(tmp_path):
    """On the forked path, numpy and fastexcel are imported by the reading process, not before
    the fork, and the books arrive as bytes: until a thread asks for the Returns, this process
    has imported neither numpy nor the reader (so the receiving thread and the main thread
    never import the same modules at once)."""
    import subprocess
    import sys

    good = tiny_xlsx(tmp_path / "good.xlsx",
                     rows=[("Indicator ID", "Period", "Value"), ("A1", "2020-04", 5)])
    script = (
        "import sys; from pathlib import Path; from xlkpi.read import prefetch\n"
        "reading = prefetch.start([Path(sys.argv[1])])\n"
        "books = reading.books.result(timeout=60)\n"
        "early = sorted(m for m in ('numpy', 'fastexcel', 'xlkpi.read.xlsx') if m in sys.modules)\n"
        "rows = reading.result().rows[['indicator_id', 'value']].values.tolist()\n"
        "print(early, type(books[0]).__name__, rows)\n")
    env = {k: v for k, v in os.environ.items() if k != "XLKPI_READ_IN_THREAD"}
    done = subprocess.run([sys.executable, "-c", script, str(good)], capture_output=True,
                          text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    if sys.platform.startswith("linux"):
        assert done.stdout.strip() == "[] bytes [['A1', 5.0]]"


def test_a_reader_that_dies_is_one_line(tmp_path, monkeypatch):
    """A Rust abort ends the reading process, not xlkpi: the file is named, in one line."""
    import os
    import signal

    from xlkpi.read import prefetch, xlsx

    monkeypatch.setenv("XLKPI_READ_IN_THREAD", "0")
    monkeypatch.setattr(xlsx, "read_book", lambda *a, **k: os.kill(os.getpid(),
                                                                   signal.SIGABRT))
    path = tiny_xlsx(tmp_path / "crash.xlsx")
    with pytest.raises(UnreadableInput, match=r"crash\.xlsx: cannot be read \(the reader "
                                              r"stopped: signal 6\)") as info:
        prefetch.start([path]).result(timeout=60)
    assert "\n" not in str(info.value)
