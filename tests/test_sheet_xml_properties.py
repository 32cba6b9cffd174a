"""Property tests of the sheet scan and the reader over generated sheet XML: random cell
references, attributes quoted either way and spaced, comments, extLst, shared and inline
strings, errors old and new, TRUE/FALSE, percent styles. The reader never crashes, never
builds a grid past the limits, reads what openpyxl reads, and its two ways through a sheet
(byte searches and expat) agree wherever the byte searches apply."""

from __future__ import annotations

import math
import zipfile

import numpy as np
import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from xlsx_parts import NS, workbook

from xlkpi.core.errors import UnreadableInput
from xlkpi.read import guard
from xlkpi.read.guard import Limits
from xlkpi.read.sheetxml import column_letters
from xlkpi.read.xlsx import read_workbook, scan_sheet, shared_strings

SHARED = ["Front Door", "12", "0.5", "x = 'y'", 'say "hi"', "Apr-20"]
LIMITS = Limits(max_cells=20_000, max_book_cells=40_000)
ERRORS = ["#DIV/0!", "#N/A", "#REF!", "#SPILL!", "#CALC!", "#BUSY!"]
words = st.text(st.sampled_from("abcXYZ 019=\"'<&-."), min_size=1, max_size=12).map(
    lambda s: s.strip() or "w")
values = st.one_of(
    st.tuples(st.just("n"), st.one_of(st.integers(-10**6, 10**9).map(str),
                                      st.floats(-1e12, 1e12, allow_nan=False).map(repr),
                                      st.sampled_from(["1E-3", "2.5e5", "-0", "NaN", "inf"]))),
    st.tuples(st.just("s"), st.integers(0, len(SHARED) - 1).map(str)),
    st.tuples(st.just("inlineStr"), words),
    st.tuples(st.just("e"), st.sampled_from(ERRORS)),
    st.tuples(st.just("b"), st.sampled_from(["0", "1"])),
)
styles = st.sampled_from([None, None, None, 1, 3, 4])


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")


@st.composite
def sheets(draw, quirky: bool):
    """(sheet XML, {(row, col): (type, raw value, style)})."""
    def attr(name: str, value) -> str:
        quote = draw(st.sampled_from(['"', "'"])) if quirky else '"'
        eq = draw(st.sampled_from(["=", " = ", "= "])) if quirky else "="
        return f"{name}{eq}{quote}{value}{quote}"

    rows = draw(st.lists(st.integers(0, 150), min_size=0, max_size=8, unique=True))
    cells, xml = {}, []
    for r in sorted(rows):
        cols = draw(st.lists(st.integers(0, 40), min_size=1, max_size=5, unique=True))
        body = []
        for c in sorted(cols):
            kind, raw = draw(values)
            style = draw(styles) if kind == "n" else None
            ref = f"{column_letters(c)}{r + 1}"
            a = [attr("r", ref)]
            if kind != "n" or draw(st.booleans()):
                a.append(attr("t", kind))
            if style is not None:
                a.append(attr("s", style))
            inner = f"<is><t>{escape(raw)}</t></is>" if kind == "inlineStr" else \
                f"<v>{escape(raw)}</v>"
            body.append(f"<c {' '.join(a)}>{inner}</c>")
            if quirky and draw(st.integers(0, 5)) == 0:
                body.append('<!-- <c r="ZZ99999" t="e"><v>#N/A</v></c> -->')
            cells[(r, c)] = (kind, raw, style)
        xml.append(f"<row {attr('r', r + 1)}>{''.join(body)}</row>")
    ext = '<extLst><ext uri="u"><row r="9"><c r="A9000000"><v>1</v></c></row></ext></extLst>' \
        if quirky and draw(st.booleans()) else ""
    far = draw(st.sampled_from(["", "", f'<row r="3000"><c r="{column_letters(60)}3000">'
                                       "<v>1</v></c></row>"]))
    return (f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><sheetData>'
            f"{''.join(xml)}{far}</sheetData>{ext}</worksheet>"), cells, bool(far)


def expected(kind, raw, style):
    if kind == "n":
        v = float(raw)
        return round(v * 100, 10) if style in (1, 3) and math.isfinite(v) else v
    if kind == "s":
        return SHARED[int(raw)]
    if kind == "b":
        return raw == "1"
    return raw


def same(a, b) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return a == b


def read(path):
    try:
        return read_workbook(path, LIMITS).sheet("R")
    except UnreadableInput as exc:
        assert "\n" not in str(exc)
        return None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(sheet=st.booleans().flatmap(sheets))
def test_the_reader_reads_what_the_xml_says(tmp_path_factory, sheet):
    xml, cells, far = sheet
    path = workbook(tmp_path_factory.mktemp("p") / "p.xlsx", {"R": xml}, shared=SHARED)
    got = read(path)
    if far:  # 3,000 rows x 61 columns is over LIMITS: refused, before any grid is built
        assert got is None
        return
    assert got is not None
    grid = {(r, c): v for r, line in enumerate(got.rows) for c, v in enumerate(line)
            if v != ""}
    want = {k: expected(*v) for k, v in cells.items()}
    want = {k: v for k, v in want.items() if v != ""}
    assert grid.keys() == want.keys()
    assert all(same(grid[k], want[k]) for k in want), (grid, want)
    # openpyxl, a real XML parser, reads the same (percent scaling aside: it does not scale)
    try:
        ws = openpyxl.load_workbook(path)["R"]
    except Exception:  # openpyxl cannot read NaN, inf, ...: nothing to compare with
        return
    for (r, c), (kind, _raw, style) in cells.items():
        value = ws.cell(r + 1, c + 1).value
        if kind == "n" and style in (1, 3):
            continue
        assert same(float(value) if kind == "n" else value, want.get((r, c), "")) or \
            (value in (None, "") and (r, c) not in want), (r, c, value, want.get((r, c)))


@settings(max_examples=80, deadline=None)
@given(sheet=sheets(quirky=False))
def test_byte_searches_and_expat_agree(sheet):
    xml, _, _ = sheet
    styles = guard.Styles(frozenset({1, 3}), frozenset({2}))
    strings = shared_strings("p", ("<sst>" + "".join(f"<si><t>{escape(s)}</t></si>"
                                                     for s in SHARED) + "</sst>").encode())
    fast = scan_sheet(xml.encode(), styles, strings)
    slow = scan_sheet(xml.encode(), styles, strings, fast=False)
    assert not slow.fast
    if "=" not in xml.split("<sheetData>")[1].replace('="', ""):
        assert fast.fast, "plainly written XML takes the byte searches"
    assert fast.comparable() == slow.comparable()


def test_a_sheet_of_200000_rows_takes_the_byte_searches():
    import pathlib

    path = pathlib.Path("/tmp/xlkpi-bench/returns-199800-v1.xlsx")
    if not path.exists():
        return
    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/worksheets/sheet1.xml")
    scan = scan_sheet(xml, guard.Styles(), shared_strings("p", b""))
    assert scan.fast and scan.cells > 900_000 and np.isclose(scan.grid_cells, 199_801 * 7)
