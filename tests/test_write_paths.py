"""The write stage's cheaper ways, each held to the way it replaced (kept here as the
reference) or to xlsxwriter's own: the body rows' XML put together from pieces, texts
factorized with a dict, the ASCII searches for text to escape (body cells and shared strings),
the float-or-None columns, the numbers' texts kept over columns, the report's worksheet class
(its cells and formulas), the charts' formulas, escapes, lines, repeated caches and copied
chart objects, the points of the charts, the word widths of wrapped text, the shared strings
made before the worksheets, and the deflate pieces the zipping thread makes itself."""

from __future__ import annotations

import datetime as dt
import io
import math
import zipfile
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from threading import Event

import numpy as np
import pandas as pd
import pytest
import xlsxwriter
from hypothesis import given, settings
from hypothesis import strategies as st
from test_sheet_xml import _special_over_it_all
from test_trends import make_run
from xlsxwriter.chart_line import ChartLine
from xlsxwriter.sharedstrings import SharedStrings
from xlsxwriter.utility import xl_col_to_name, xl_range_formula
from xlsxwriter.worksheet import Worksheet

from xlkpi.write import cell_text, chart_caches, chart_xml, charts, deflate, package, sheet_xml
from xlkpi.write import xlsx as xlsx_module
from xlkpi.write.package import Book
from xlkpi.write.sheet_cells import ReportSheet
from xlkpi.write.sheet_xml import Column

# text that tries every escape: controls, the literal, non-characters, XML's own, unicode
ODD = ["", "plain", "a & b", "<r>x</r>", "<tag>", 'q"', "it's", "tab\t", "new\nline", "cr\r",
       "\x00", "\x01", "\x08", "\x0b", "\x1f", "\x7f", "_x0041_", "_x004_", "_xZZZZ_", "_",
       "\ufffe", "\uffff", "é", "–", "😀", "\xa0", " lead", "trail ", "\u2028"]
texts = st.lists(st.one_of(st.sampled_from(ODD), st.text(max_size=8)), max_size=30)


# --- the body's rows ---------------------------------------------------------------------------
def _xml_as_it_was(body, ws, start: int, stop: int) -> str:
    """sheet_xml._Body.xml as it was: each cell made whole, then the rows joined."""
    first, n = body.first + start, stop - start
    rows = np.arange(first + 1, first + n + 1).astype(str).astype(object)
    quoted = rows + '"'
    cells, keep = [], np.zeros(n, dtype=bool)
    styled: dict = {}
    for c in body.columns:
        ref = f'<c r="{xl_col_to_name(c.col)}' + sheet_xml._styled(styled, c, quoted, start,
                                                                    stop)
        present = c.present[start:stop]
        cells.append(np.where(present, ref + c.tail[start:stop], ref + "/>" if c.blank else ""))
        keep |= True if c.blank else present
    grid = np.stack(cells, axis=1)
    if ws.row_info:
        keep |= np.array([r in ws.row_info for r in range(first, first + n)])
    out = np.concatenate([sheet_xml._row_tags(ws, first, rows)[:, None], grid,
                          np.full((n, 1), "</row>", dtype=object)], axis=1)
    return "".join(out[keep].ravel().tolist())


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_body_rows_are_made_as_they_were(data):
    n = data.draw(st.integers(1, 12))
    wb = xlsxwriter.Workbook(io.BytesIO(), {"in_memory": True})
    ws = wb.add_worksheet()
    formats = [wb.add_format({"num_format": f}) for f in ("0.0", "#,##0", "@")]
    heights = data.draw(st.sets(st.integers(3, 3 + n - 1), max_size=3))
    for r in heights:
        ws.set_row(r, 20)
    number = st.one_of(st.none(), st.floats(allow_nan=True), st.integers(-5, 5))
    columns = []
    for col in sorted(data.draw(st.sets(st.integers(0, 30), min_size=1, max_size=6))):
        is_text = data.draw(st.booleans())
        values = data.draw(st.lists(st.sampled_from(["", "a", "b & c", None]) if is_text
                                    else number, min_size=n, max_size=n))
        per_row = data.draw(st.booleans())
        fmt = [formats[i % 3] for i in range(n)] if per_row else data.draw(
            st.sampled_from([None, *formats]))
        columns.append(Column(col, values, fmt, text=is_text, blank=data.draw(st.booleans())))
    shared: dict = {}
    body = sheet_xml._Body(3, n, [sheet_xml._prepare(c, n, shared, None) for c in columns])
    for start in range(0, n, 4):
        stop = min(start + 4, n)
        assert body.xml(ws, start, stop) == _xml_as_it_was(body, ws, start, stop)


# --- text and numbers ---------------------------------------------------------------------------
@given(texts)
def test_texts_factorized_as_pandas_does(values):
    codes, distinct = cell_text.factorize(values)
    expected_codes, expected = pd.factorize(np.array(values, dtype=object),
                                            use_na_sentinel=False)
    assert codes.tolist() == expected_codes.tolist() and distinct == list(expected)




@settings(max_examples=300)
@given(texts, st.booleans())
def test_special_finds_what_the_search_over_it_all_finds(values, ascii_only):
    if ascii_only:
        values = [v for v in values if v.isascii()]
    big = "\n".join(values)
    assert sheet_xml._special(big, values) == _special_over_it_all(big)


@settings(max_examples=300)
@given(texts)
def test_shared_strings_escapes_found_as_xlsxwriter_makes_them(values):
    changed = any(SharedStrings()._escape_control_characters(t) != t for t in values)
    assert package._escaped("\x00".join(values), values) == changed


def _numbers_as_they_were(values):
    v = pd.to_numeric(pd.Series(values, dtype=object), errors="coerce").to_numpy(
        dtype=float, na_value=np.nan)
    present = np.isfinite(v)
    expected = [(f"><v>{int(x)}</v></c>" if x == math.floor(x) and abs(x) < 2.0 ** 53
                 else f"><v>{x!r}</v></c>") if p else None
                for x, p in zip(v.tolist(), present, strict=True)]
    return present.tolist(), expected


@given(st.lists(st.one_of(st.none(), st.floats()), max_size=40))
def test_float_or_none_columns_as_to_numeric_makes_them(values):
    sheet_xml._numbers([1.25, -0.5, 3.0e300])  # some texts kept from an earlier column
    present, tail = sheet_xml._numbers(values)
    assert (present.tolist(), [t if p else None for p, t in zip(present, tail, strict=True)]) \
        == _numbers_as_they_were(values)


def test_numbers_kept_over_columns_are_emptied_when_full(monkeypatch):
    monkeypatch.setattr(sheet_xml, "_REALS_MOST", 3)
    for k in range(10):
        _, tail = sheet_xml._numbers([k + 0.5, k + 0.25])
        assert tail.tolist() == [f"><v>{k + 0.5!r}</v></c>", f"><v>{k + 0.25!r}</v></c>"]
    assert len(sheet_xml._REALS) <= 4


# --- the report's worksheets -------------------------------------------------------------------
def _sheet(cls, path: Path) -> bytes:
    wb = xlsxwriter.Workbook(str(path))
    wb.worksheet_class = cls
    ws = wb.add_worksheet()
    fmt, other = wb.add_format({"bold": True}), wb.add_format({"num_format": "0.00"})
    for r, v in enumerate([0, -0.0, 1.5, 1e20, 123456789.123456789, -3, 2.0 ** 60, 1e-300,
                           5e-324]):
        ws.write_number(r, 0, v, fmt if r % 2 else other)
        ws.write_number(r, 1, v)  # no format: xlsxwriter's own way
    for r, t in enumerate(["a", " b ", "c & <d>", "e\x01", ""]):
        ws.write_string(r, 2, t, fmt)
        ws.write_blank(r, 3, None, other)
        ws.write_boolean(r, 4, bool(r % 2), fmt)
    ws.write_datetime(0, 5, dt.datetime(2021, 3, 1), other)
    ws.set_row(7, None, fmt)
    ws.write_number(7, 6, 7)  # in the row's format
    ws.conditional_format(0, 0, 9, 0, {"type": "cell", "criteria": "==", "value": '"Red"',
                                       "format": fmt})
    ws.conditional_format(0, 1, 9, 1, {"type": "formula", "criteria": "=SUM($A$1:$A$2)>1",
                                       "format": fmt})
    ws.conditional_format(0, 2, 9, 2, {"type": "cell", "criteria": ">", "value": 3,
                                       "format": fmt})
    wb.close()
    with zipfile.ZipFile(path) as z:
        return z.read("xl/worksheets/sheet1.xml")


def test_report_sheets_write_cells_and_formulas_as_xlsxwriter(tmp_path):
    assert _sheet(ReportSheet, tmp_path / "fast.xlsx") == _sheet(Worksheet, tmp_path / "ref.xlsx")


@pytest.mark.parametrize("formula", ['"Red"', '="Red"', "{=A1}", "=A1+B2", "3", "",
                                     "=FILTER(A1:A2,B1:B2)", "{=SEQUENCE(3)}", "_xlfn.X", "="])
def test_formulas_prepared_as_xlsxwriter_prepares_them(formula):
    for expand in (False, True):
        assert ReportSheet()._prepare_formula(formula, expand) == \
            Worksheet()._prepare_formula(formula, expand)


# --- the charts ----------------------------------------------------------------------------------
SHEETS = ["Trends", "My sheet", "A1", "R1C1", "1st", "it's", "Dé", "_x", "Sheet.1", "'quoted'"]


@given(st.sampled_from(SHEETS), st.integers(0, 1100), st.integers(0, 800),
       st.integers(0, 1100), st.integers(0, 800))
def test_chart_formulas_as_xlsxwriter_writes_them(sheet, r1, c1, r2, c2):
    assert chart_xml._formula([sheet, r1, c1, r2, c2]) == \
        xl_range_formula(sheet, r1, c1, r2, c2).lstrip("=")
    assert chart_xml._formula([sheet, r1, c1, r1, c1]) == \
        xl_range_formula(sheet, r1, c1, r1, c1).lstrip("=")


@given(st.one_of(st.sampled_from(ODD), st.text()))
def test_chart_text_escaped_as_xlsxwriter_escapes_it(text):
    chart = ChartLine()
    assert chart_xml._text(chart, text) == \
        chart._escape_control_characters(chart._escape_data(text))


LINES = [{"none": True}, {"color": "#808080", "width": 1.5}, {"color": "#808080", "width": 1.5,
                                                              "dash_type": "dash"},
         {"color": "#000000", "width": 1.25, "dash_type": "dash"}, {"color": "#000000"},
         {"color": "#404040", "width": 1, "dash_type": "round_dot"}, {"color": "#404040"},
         {"none": True, "width": 2}, {"color": "#404040", "width": 1.5, "dash_type": "dash"}]


def test_lines_kept_are_lines_made():
    chart_xml._LINES.clear()
    for _ in range(2):  # made, then kept
        assert [chart_xml._ln(dict(line)) for line in LINES] == \
            [chart_xml._line(line) for line in LINES]


@given(st.one_of(st.none(), st.sampled_from(["1", "62.6779", "-0.5", "1e5"])),
       st.integers(0, 80))
def test_a_repeated_cache_is_written_point_by_point(text, n):
    data = [text] * n
    expected = ['<c:numCache><c:formatCode>General</c:formatCode>'
                f'<c:ptCount val="{n}"/>', *(f'<c:pt idx="{i}"><c:v>{t}</c:v></c:pt>'
                                             for i, t in enumerate(data) if t is not None),
                "</c:numCache>"]
    assert chart_caches.num_cache(None, data, plain=True) == "".join(expected)


def _same(a, b) -> bool:
    """Equal, objects by their attributes."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list | tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if hasattr(a, "__dict__"):
        return _same(vars(a), vars(b))
    return a == b


@pytest.mark.parametrize("options", [{}, {"date_1904": True}, {"remove_timezone": True}])
def test_a_copied_chart_is_the_chart_add_chart_makes(tmp_path, options):
    wb = Book(tmp_path / "c.xlsx", "en-GB", **options)  # a path: a book is never a buffer
    made = wb.add_chart({"type": "line"})
    model = chart_xml._prototype(wb)
    copied = chart_xml._add_copy(wb, model)
    assert wb.charts == [made, copied]
    assert _same(vars(copied), vars(made))
    for name in ("series", "formula_ids", "formula_data", "axis_ids", "axis2_ids"):
        assert getattr(copied, name) is not getattr(model, name)  # each chart's own


def test_charted_points_hold_python_numbers(tmp_path):
    processed, _ = make_run(tmp_path)
    made = charts.charted_points(processed.results, processed.validation.register,
                                 processed.period)
    assert made
    for p in made:
        assert all(type(m) is int for m in p.months)
        assert all(type(v) is float for v in p.values)


# --- wrapped text -------------------------------------------------------------------------------
@given(st.text(alphabet="ab -–\nWémMil", max_size=60), st.sampled_from([3, 8.5, 20, 48]),
       st.booleans())
def test_words_kept_wrap_as_words_measured(text, width, bold):
    room = xlsx_module.room_points(width)
    for kept in xlsx_module._WORDS:
        kept.clear()
    for weight in (bold, not bold, bold):  # measured, then kept (regular and bold apart)
        assert xlsx_module._wrapped(text, room, weight) == _wrapped_as_it_was(text, room,
                                                                              weight)


def _wrapped_as_it_was(text: str, room: float, bold: bool) -> int:
    space = xlsx_module.text_points(" ", bold=bold)
    lines = 0
    for paragraph in text.split("\n"):
        lines += 1
        used = 0.0
        for word in paragraph.split(" "):
            for k, part in enumerate(xlsx_module._HYPHENATED.split(word)):
                w = xlsx_module.text_points(part, bold=bold)
                gap = space if k == 0 and used else 0.0
                if used and used + gap + w > room:
                    lines, used, gap = lines + 1, 0.0, 0.0
                if w > room:
                    extra = math.ceil(w / room) - 1
                    lines += extra
                    w -= extra * room
                used += gap + w
    return max(lines, 1)


# --- packaging -----------------------------------------------------------------------------------
def _strings_book(path: Path) -> Path:
    wb = Book(path, "en-GB")
    wb.set_properties({"created": dt.datetime(2021, 4, 6)})
    ws = wb.add_worksheet()
    for r in range(400):
        ws.write_string(r, 0, f"text {r % 37} – {r * 7919 % 1000}")
    wb.close()
    return path


def test_shared_strings_made_early_or_in_their_place_are_the_same(tmp_path, monkeypatch):
    early = _strings_book(tmp_path / "early.xlsx").read_bytes()
    calls = []
    monkeypatch.setattr(package._Packager, "_sst_state",
                        staticmethod(lambda table: calls.append(1) or len(calls)))
    changed = _strings_book(tmp_path / "changed.xlsx").read_bytes()  # made again in place
    assert len(calls) == 2
    monkeypatch.setattr(package, "FAST", False)
    assert early == changed
    with zipfile.ZipFile(io.BytesIO(early)) as a, \
            zipfile.ZipFile(_strings_book(tmp_path / "slow.xlsx")) as b:
        assert [(i.filename, a.read(i)) for i in a.infolist()] == \
            [(i.filename, b.read(i)) for i in b.infolist()]


def test_pieces_not_started_are_deflated_by_the_caller(monkeypatch):
    monkeypatch.setattr(deflate, "CHUNK", 4096)
    data = b"".join(b"%d words and more words, " % (i % 101) for i in range(3000))
    gate = Event()
    with ThreadPoolExecutor(1) as pool:
        pool.submit(gate.wait)  # the one thread is busy: no piece starts
        part = deflate.deflate(pool, "x", data)
        stream = part.deflated()
        assert all(p.cancelled() for p in part.pieces)
        gate.set()
        again = deflate.deflate(pool, "x", data).deflated()
    assert stream == again
    assert zlib.decompress(stream, -15) == data


def test_deflate_threads_leave_a_core_to_the_packaging(monkeypatch):
    for cores, threads in ((1, 1), (2, 1), (4, 3), (16, 4)):
        monkeypatch.setattr(deflate.os, "cpu_count", lambda cores=cores: cores)
        assert deflate.threads() == threads
