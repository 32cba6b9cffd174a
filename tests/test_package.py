"""The report's zip written once (xlkpi/write/package.py, deflate.py): the language put into
core.xml while packaging and the parts deflated on threads give the same parts, byte for byte,
as xlsxwriter's own packaging followed by xlsx.set_language; the pieces of a part deflated
apart join into one stream that inflates to the part; each guard falls back to a file with
the same parts; and a report made with every fast path of the write stage off has the same
parts as one made with them on."""

from __future__ import annotations

import datetime as dt
import zipfile
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from test_trends import make_run
from xlsxwriter.packager import Packager
from xlsxwriter.sharedstrings import SharedStrings

from xlkpi import pipeline
from xlkpi.write import chart_caches, chart_xml, deflate, package, tables
from xlkpi.write.package import Book

CREATED = dt.datetime(2021, 4, 6, 9, 30)  # else core.xml holds the second it was made


def parts(path: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None
        return [(i.filename, z.read(i)) for i in z.infolist()]


def small_book(path: Path, rows: int = 3000) -> Path:
    """A workbook of text, numbers, an image-less chart and a table: the kinds of parts a
    report has, one sheet big enough to be deflated in several pieces."""
    wb = Book(path, "en-GB")
    wb.set_properties({"title": "Small & <plain>", "author": "", "created": CREATED})
    ws = wb.add_worksheet("Data")
    for r in range(rows):
        ws.write_string(r, 0, f"row {r} – text ünïcode {r * 7919 % 1000}")
        ws.write_number(r, 1, r * 1.5)
    ws.add_table(0, 0, 10, 1, {"columns": [{"header": "Text"}, {"header": "Number"}]})
    chart = wb.add_chart({"type": "line"})
    chart.add_series({"values": ["Data", 1, 1, 10, 1]})
    wb.add_worksheet("Chart").insert_chart(0, 0, chart)
    wb.close()
    return path


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(deflate, "CHUNK", 4096)


def test_fast_packaging_gives_xlsxwriters_parts_and_the_language(tmp_path, monkeypatch,
                                                                 small_chunks):
    fast = small_book(tmp_path / "fast.xlsx")
    monkeypatch.setattr(package, "FAST", False)
    slow = small_book(tmp_path / "slow.xlsx")
    assert parts(fast) == parts(slow)
    core = dict(parts(fast))["docProps/core.xml"].decode()
    assert core.count("<dc:language>en-GB</dc:language>") == 1
    assert core.endswith("<dc:language>en-GB</dc:language></cp:coreProperties>")
    data = dict(parts(fast))["xl/worksheets/sheet1.xml"]
    assert len(data) > 10 * deflate.CHUNK  # deflated in many pieces
    with zipfile.ZipFile(fast) as z:
        assert {i.date_time for i in z.infolist()} == {deflate.DATE}
        assert {i.compress_type for i in z.infolist()} == {zipfile.ZIP_DEFLATED}


def test_fast_packaging_is_deterministic(tmp_path, small_chunks):
    a = small_book(tmp_path / "a.xlsx")
    b = small_book(tmp_path / "b.xlsx")
    assert a.read_bytes() == b.read_bytes()


def test_an_xlsxwriter_that_packages_otherwise_still_gives_the_same_parts(tmp_path,
                                                                          monkeypatch):
    reference = tmp_path / "reference.xlsx"
    with monkeypatch.context() as m:
        m.setattr(package, "FAST", False)
        small_book(reference, rows=50)
    # its own packager: its zip (made in a buffer) is the file, the language put in after
    monkeypatch.setattr(Book, "_get_packager", lambda self: Packager())
    assert parts(small_book(tmp_path / "own.xlsx", rows=50)) == parts(reference)
    # a core.xml part not where expected: the language put in after closing
    monkeypatch.setattr(package, "CORE", "docProps/elsewhere.xml")
    monkeypatch.setattr(Book, "_get_packager", lambda self: package._Packager())
    assert parts(small_book(tmp_path / "late.xlsx", rows=50)) == parts(reference)


@pytest.mark.parametrize("size", [0, 1, 4095, 4096, 4097, 3 * 4096 + 5, 50_000])
def test_pieces_join_into_one_stream(size, small_chunks):
    text = b"".join(b"%d the same words again and again, " % (i % 97) for i in range(size))
    data = text[:size]
    with ThreadPoolExecutor(2) as pool:
        stream = deflate.deflate(pool, "x", data).deflated()
        again = deflate.deflate(pool, "x", data).deflated()
    assert zlib.decompress(stream, -15) == data
    assert stream == again
    one = zlib.compressobj(deflate.LEVEL, zlib.DEFLATED, -15)
    whole = one.compress(data) + one.flush()
    pieces = max(1, -(-size // deflate.CHUNK))
    # primed with the window before it, a piece costs only its own block header and marker
    assert len(stream) <= len(whole) + 40 * pieces


def test_zipfile_without_the_compressor_it_relies_on_compresses_itself(tmp_path,
                                                                       monkeypatch):
    with ThreadPoolExecutor(1) as pool:
        made = [deflate.deflate(pool, f"part{i}.xml", b"<x>%d</x>" % i * 500) for i in range(3)]
        deflate.write_zip(tmp_path / "fast.zip", made)
        monkeypatch.setattr(deflate, "COMPRESSOR", "_not_in_zipfile")
        deflate.write_zip(tmp_path / "plain.zip", made)
    expected = [(p.name, p.data) for p in made]
    assert parts(tmp_path / "fast.zip") == parts(tmp_path / "plain.zip") == expected


def test_a_report_with_every_fast_write_path_off_has_the_same_parts(tmp_path, monkeypatch):
    """The report made with each of the write stage's fast paths (packaging, chart XML and
    caches, tables) and with xlsxwriter's own ways: the same parts, byte for byte."""
    made = []
    _, first = make_run(tmp_path)  # the inputs, made once: their checksums are in the report
    for fast in (True, False):
        for module in (package, chart_xml, chart_caches, tables):
            monkeypatch.setattr(module, "FAST", fast)
        out = tmp_path / f"{'fast' if fast else 'slow'}.xlsx"
        pipeline.process([tmp_path / "returns.xlsx"], out, tmp_path / "register.xlsx",
                         created=CREATED)
        made.append(out)
    assert first.exists()
    fast, slow = (parts(p) for p in made)
    assert [n for n, _ in fast] == [n for n, _ in slow]
    assert any(n.startswith("xl/charts/") for n, _ in fast) and any(
        n.startswith("xl/tables/") for n, _ in fast)
    for (name, a), (_, b) in zip(fast, slow, strict=True):
        assert a == b, name


@pytest.mark.parametrize("odd", [[], ["bell\x07"], ["_x0041_"], ["<r><t>rich</t></r>"],
                                 ["nul\x00"], ["non\ufffe"], ["non\uffff"]])
def test_shared_strings_written_in_one_pass_are_xlsxwriters(tmp_path, monkeypatch, odd):
    texts = ["plain", "  lead", "trail ", "tab\t", "\nline", "in\nside", "a & b <c> \"d\" 'e'",
             "\u00a0nbsp", "nbsp\u00a0", "\u2003em", "é😀", "x" * 5000, *odd]

    def book(path: Path) -> Path:
        wb = Book(path, "en-GB")
        wb.set_properties({"created": CREATED})
        ws = wb.add_worksheet()
        for r, t in enumerate(texts * 2):
            ws.write_string(r, 0, t)
        wb.close()
        return path
    own = []
    monkeypatch.setattr(SharedStrings, "_write_sst_strings",
                        lambda self, f=SharedStrings._write_sst_strings: own.append(f(self)))
    fast = dict(parts(book(tmp_path / "fast.xlsx")))["xl/sharedStrings.xml"]
    assert len(own) == bool(odd)  # xlsxwriter's own way only for text it escapes, or rich
    monkeypatch.setattr(package, "FAST", False)
    assert fast == dict(parts(book(tmp_path / "slow.xlsx")))["xl/sharedStrings.xml"]
    assert b'<si><t xml:space="preserve">  lead</t></si>' in fast


@pytest.mark.parametrize("text", ["plain é😀\t\n", "\x01", "\x08", "\x0b", "\x1f", "\r",
                                  "_x00aF_", "a_x0041_b", "_x004_", "\ud800", "\x7f",
                                  "\u2028", "\ufffe", "\xa0 nbsp", "tab\tand\x02"])
def test_text_xlsxwriter_escapes_is_found(text):
    changed = SharedStrings()._escape_control_characters(text) != text
    assert package._escaped(f"a\x00{text}\x00b", ["a", text, "b"]) == changed


def test_a_buffer_is_refused_not_written_to_a_file_named_after_it(tmp_path, monkeypatch):
    """Workbooks are written to paths: a buffer is a TypeError, not a file in the working
    folder named `<_io.BytesIO object at ...>` (as str() of it would make)."""
    import io

    from xlkpi.write import package, xlsx

    monkeypatch.chdir(tmp_path)
    with pytest.raises(TypeError):
        package.Book(io.BytesIO(), "en-GB")
    with pytest.raises(TypeError):
        xlsx.workbook(io.BytesIO())
    assert list(tmp_path.iterdir()) == []
