"""The fast path for big table bodies (xlkpi/write/sheet_xml.py): the report built both ways
(sheet_xml.FAST on and off) reads back the same in every Data and Trends cell (value, type,
number format, style), with the same tables, conditional formats, row heights and print
setup, and opens in LibreOffice; and a body's text and numbers are escaped and blanked as
xlsxwriter writes them, in well-formed XML."""

from __future__ import annotations

import datetime as dt
import math
import re
import shutil
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pandas as pd
import pytest
import xlsxwriter
from builders import register_workbook, save, to_pdf, write_returns
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils.escape import unescape
from test_trends import INDICATORS, returns_rows

from xlkpi import pipeline
from xlkpi.write import sheet_xml
from xlkpi.write.sheet_xml import Column

pytestmark = pytest.mark.filterwarnings("ignore:Sparkline Group extension:UserWarning")
CREATED = dt.datetime(2021, 4, 6, 9, 30, tzinfo=dt.UTC)
HOSTILE = ["a & b", "<tag>", 'say "hi"', "it's", "=SUM(A1:A2)", "+1", "-x", "@me",
           "tab\tand\nnewline", "bell\x07 and nul\x00 and cr\r", "_x0041_ literal",
           "emoji 😀 and é", "  spaced  ", "\ufffe", "x" * 32_000, "😀" * 20_000]


def _report(folder: Path, fast: bool, monkeypatch) -> Path:
    monkeypatch.setattr(sheet_xml, "FAST", fast)
    out = folder / f"report-{'fast' if fast else 'slow'}.xlsx"
    pipeline.process([folder / "returns.xlsx"], out, folder / "register.xlsx", created=CREATED)
    return out


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sheet_xml")
    rows = returns_rows()
    legal = [t for t in HOSTILE[:13] if not ILLEGAL_CHARACTERS_RE.search(t)]
    for i, text in enumerate(legal):  # comments through the whole pipeline
        rows[i][6] = text
    save(register_workbook(INDICATORS), folder / "register.xlsx")
    write_returns(folder / "returns.xlsx", rows)
    with pytest.MonkeyPatch.context() as mp:
        return _report(folder, False, mp), _report(folder, True, mp)


def _same_value(a, b) -> bool:
    if isinstance(a, float) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=1e-15, abs_tol=0)
    # openpyxl decodes Excel's _xHHHH_ escapes in shared strings but not in inline ones (Excel
    # and LibreOffice decode both): compare what they show
    return a == b or (isinstance(b, str) and a == unescape(b))


@pytest.mark.parametrize("sheet", ["Data", "Trends"])
def test_both_ways_read_back_the_same(reports, sheet):
    slow, fast = (openpyxl.load_workbook(p)[sheet] for p in reports)
    assert fast.dimensions == slow.dimensions
    assert fast.max_row > 20
    for row_slow, row_fast in zip(slow.iter_rows(), fast.iter_rows(), strict=True):
        for a, b in zip(row_slow, row_fast, strict=True):
            where = (sheet, a.coordinate, a.value, b.value)
            assert _same_value(a.value, b.value), where
            assert a.data_type == b.data_type, where
            assert a.number_format == b.number_format, where
            assert list(a._style) == list(b._style), where
    heights = [{r: d.height for r, d in ws.row_dimensions.items() if d.height}
               for ws in (slow, fast)]
    assert heights[0] == heights[1]
    assert dict(fast.tables.items()) == dict(slow.tables.items()) == \
        {sheet: slow.tables[sheet].ref}
    rules = [[(str(cf.sqref), [(r.type, r.formula) for r in cf.rules])
              for cf in ws.conditional_formatting] for ws in (slow, fast)]
    assert rules[0] == rules[1] and rules[0]
    assert fast.print_area == slow.print_area
    assert fast.row_breaks.brk == slow.row_breaks.brk
    assert fast.freeze_panes == slow.freeze_panes


def test_the_whole_books_agree_and_share_the_same_strings(reports):
    slow, fast = (openpyxl.load_workbook(p) for p in reports)
    assert fast.sheetnames == slow.sheetnames
    for name in slow.sheetnames:
        values = [[[c.value for c in row] for row in wb[name].iter_rows()] for wb in (slow, fast)]
        assert values[0] == values[1] or name in ("Data", "Trends"), name
    with zipfile.ZipFile(reports[0]) as s, zipfile.ZipFile(reports[1]) as z:
        # plain text put in the shared strings in the order write_string puts it there
        assert z.read("xl/sharedStrings.xml") == s.read("xl/sharedStrings.xml")
        data = _sheet_xml(z, "Data")
        ElementTree.fromstring(data)  # well-formed
        assert b't="s"><v>' in data and b"<sheetData>" in data
        assert data.count(b"<sheetData>") == 1 and data.count(b"</sheetData>") == 1


def test_the_fast_report_opens_in_libreoffice(reports, tmp_path):
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice is not installed")
    pdf = to_pdf(reports[1], tmp_path)
    assert pdf.exists() and pdf.stat().st_size > 1000


# --- a body on its own -------------------------------------------------------------------------
def _sheet_xml(z: zipfile.ZipFile, name: str) -> bytes:
    workbook = z.read("xl/workbook.xml").decode()
    names = [part.split('"')[0] for part in workbook.split('<sheet name="')[1:]]
    return z.read(f"xl/worksheets/sheet{names.index(name) + 1}.xml")


def _body_book(path: Path, fast: bool, monkeypatch) -> Path:
    monkeypatch.setattr(sheet_xml, "FAST", fast)
    monkeypatch.setattr(sheet_xml, "CHUNK", 5)  # rows made into XML a few at a time
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Body")
    plain, money = wb.add_format({"font_size": 10}), wb.add_format({"num_format": "£#,##0.00"})
    ws.write_string(0, 0, "Above", plain)
    ws.set_row(3, 30)  # a body row of its own height
    n = len(HOSTILE)
    numbers = [0.1 + 0.2, float("nan"), None, float("inf"), 1e20, -0.0, 5, 2**60, 1 / 3,
               -1e-300, 123456789.123456789, 7.0, float("-inf"), 0, 3, 2.5]
    sheet_xml.write_body(ws, 2, n, [
        Column(0, HOSTILE, plain, text=True),
        Column(1, numbers, [money if i % 2 else plain for i in range(n)]),
        Column(2, numbers, money, blank=True),
        Column(3, [None, "", float("nan"), *HOSTILE[:n - 3]], plain, text=True, blank=True)])
    ws.write_string(n + 4, 1, "Below", plain)
    wb.close()
    return path


@pytest.fixture
def bodies(tmp_path, monkeypatch):
    return (_body_book(tmp_path / "slow.xlsx", False, monkeypatch),
            _body_book(tmp_path / "fast.xlsx", True, monkeypatch))


def test_a_body_reads_back_as_xlsxwriter_writes_it(bodies):
    slow, fast = (openpyxl.load_workbook(p)["Body"] for p in bodies)
    assert fast.dimensions == slow.dimensions
    for row_slow, row_fast in zip(slow.iter_rows(), fast.iter_rows(), strict=True):
        for a, b in zip(row_slow, row_fast, strict=True):
            where = (a.coordinate, a.value, b.value)
            assert _same_value(a.value, b.value), where
            assert (a.data_type, a.number_format, list(a._style)) == \
                (b.data_type, b.number_format, list(b._style)), where
    assert fast.row_dimensions[4].height == slow.row_dimensions[4].height == 30
    assert fast["A1"].value == "Above" and fast[f"B{len(HOSTILE) + 5}"].value == "Below"


def test_text_is_escaped_and_kept(bodies):
    ws = openpyxl.load_workbook(bodies[1])["Body"]
    got = [ws.cell(3 + i, 1).value for i in range(len(HOSTILE))]
    for text, value in zip(HOSTILE[:10], got, strict=False):
        if "\x00" not in text and "\x07" not in text:
            assert value == text
    assert got[12] == "  spaced  " and got[11] == "emoji 😀 and é"
    assert got[14] == "x" * 32_000  # under Excel's limit: whole
    assert len(got[15].encode("utf-16-le")) == 2 * 32_766  # cut at 32,767 UTF-16 units
    with zipfile.ZipFile(bodies[1]) as z:
        xml, strings = _sheet_xml(z, "Body"), z.read("xl/sharedStrings.xml")
    ElementTree.fromstring(xml)
    ElementTree.fromstring(strings)
    inline = re.findall(r'<c r="A\d+" s="\d+" t="inlineStr"><is><t[^>]*>(.*?)</t>', xml.decode())
    # text xlsxwriter would escape, cut or take for rich text's XML stays an inline string
    assert [t[:12] for t in inline] == ["bell_x0007_ ", "_x005F_x0041", "_xFFFE_", "x" * 12,
                                        "😀" * 12]
    assert '<t xml:space="preserve">' not in xml.decode()  # no whitespace to keep there
    text = xml.decode() + strings.decode()
    assert "<t>a &amp; b</t>" in text and "<t>&lt;tag&gt;</t>" in text  # as xlsxwriter's
    assert "<t>say \"hi\"</t>" in text and "<t>it's</t>" in text
    assert "bell_x0007_ and nul_x0000_ and cr_x000D_" in text
    assert "_x005F_x0041_ literal" in text and "<f>" not in text  # '=...' stays text
    assert '<row r="1"' in text and text.index('<row r="1"') < text.index('<row r="3"') \
        < text.index(f'<row r="{len(HOSTILE) + 5}"')


def test_without_shared_strings_all_text_is_inline_and_reads_back_the_same(
        tmp_path, monkeypatch, bodies):
    monkeypatch.setattr(sheet_xml, "SHARED", False)
    inline = _body_book(tmp_path / "inline.xlsx", True, monkeypatch)
    shared, alone = (openpyxl.load_workbook(p)["Body"] for p in (bodies[1], inline))
    for row_shared, row_alone in zip(shared.iter_rows(), alone.iter_rows(), strict=True):
        assert [c.value for c in row_shared] == [c.value for c in row_alone]
    with zipfile.ZipFile(inline) as z:
        xml = _sheet_xml(z, "Body").decode()
    body = xml.split('<row r="3"')[1].split(f'<row r="{len(HOSTILE) + 5}"')[0]
    assert 't="s"' not in body and body.count('t="inlineStr"') > len(HOSTILE)
    preserved = re.findall(r'<t xml:space="preserve">([^<]*)</t>', xml)
    assert sorted(set(preserved)) == ["  spaced  ", "tab\tand\nnewline"]
    assert "<t>a &amp; b</t>" in xml and "<t>&lt;tag&gt;</t>" in xml
    assert "<t>say &quot;hi&quot;</t>" in xml and "<t>it&apos;s</t>" in xml


class _Strings:
    """xlsxwriter's shared string table, as far as the fast path uses it."""

    def __init__(self) -> None:
        self.count, self.table = 0, {}

    def _get_shared_string_index(self, text: str) -> int:
        self.count += 1
        return self.table.setdefault(text, len(self.table))


def test_shared_strings_get_xlsxwriters_indices_and_counts():
    sst = _Strings()
    sst._get_shared_string_index("before")
    values = ["b", "a", None, "b", "", "<r>rich</r>", "a", "<r>not rich", "c", float("nan")]
    present, tail = sheet_xml._texts(values, sst)
    assert present.tolist() == [True, True, False, True, False, True, True, True, True, False]
    shared = [t for p, t in zip(present, tail, strict=True) if p and 'inlineStr' not in t]
    assert shared == [f' t="s"><v>{i}</v></c>' for i in (1, 2, 1, 2, 3, 4)]
    assert sst.table == {"before": 0, "b": 1, "a": 2, "<r>not rich": 3, "c": 4}
    assert sst.count == 1 + 6  # as one write_string per cell would count them
    assert tail[5] == ' t="inlineStr"><is><t>&lt;r&gt;rich&lt;/r&gt;</t></is></c>'


def test_missing_numbers_are_blank(bodies):
    ws = openpyxl.load_workbook(bodies[1])["Body"]
    b = [ws.cell(3 + i, 2).value for i in range(len(HOSTILE))]
    assert b[:3] == [0.1 + 0.2, None, None] and b[3] is None and b[4] == 1e20
    assert b[6] == 5 and b[7] == 2**60 and b[8] == 1 / 3 and b[10] == 123456789.123456789
    with zipfile.ZipFile(bodies[1]) as z:
        text = _sheet_xml(z, "Body").decode()
    assert '<c r="B4"' not in text and '<c r="B6"' not in text  # NaN, None, inf: no cell
    assert re.search(r'<c r="C4" s="\d+"/>', text)  # a blank cell in its format
    assert '<c r="D3"' in text and "<v>0.30000000000000004</v>" in text  # full precision


def _small_book(path: Path):
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Data")
    ws.write_string(0, 0, "Value")
    sheet_xml.write_body(ws, 1, 3, [Column(0, [1.5, 2.5, 3.5], None)])
    return wb, ws


def test_an_xlsxwriter_without_the_parts_relied_on_gets_the_cell_by_cell_path(
        tmp_path, monkeypatch):
    monkeypatch.setattr(sheet_xml, "_PRIVATE", {*sheet_xml._PRIVATE, "_not_in_xlsxwriter"})
    wb, _ = _small_book(tmp_path / "b.xlsx")
    wb.close()
    sheet_xml.confirm_written(wb)
    ws = openpyxl.load_workbook(tmp_path / "b.xlsx")["Data"]
    assert [ws.cell(r, 1).value for r in range(2, 5)] == [1.5, 2.5, 3.5]


def test_a_body_left_unwritten_is_a_loud_failure(tmp_path):
    from xlsxwriter.worksheet import Worksheet

    wb, ws = _small_book(tmp_path / "b.xlsx")
    ws._write_sheet_data = Worksheet._write_sheet_data.__get__(ws)  # the wrap bypassed
    # never a workbook whose rows silently went missing: its placeholder cannot be written,
    # and confirm_written would refuse it if it could
    with pytest.raises((RuntimeError, AttributeError)):
        wb.close()
        sheet_xml.confirm_written(wb)


@settings(max_examples=200, deadline=None)
@given(values=st.lists(st.one_of(st.floats(), st.integers(-2**62, 2**62), st.none()),
                       min_size=1, max_size=40))
def test_numbers_are_written_in_full(values):
    """A number's text is its repr, a whole one below 2**53 as an integer; any other value
    is no cell (its text unused): as a list, a float column or an object column."""
    expected = []
    for v in values:
        x = float(v) if v is not None else math.nan
        if not math.isfinite(x):
            expected.append(None)
        elif x == math.floor(x) and abs(x) < 2**53:
            expected.append(f"><v>{int(x)}</v></c>")
        else:
            expected.append(f"><v>{x!r}</v></c>")
    for given_as in (values, pd.Series(values, dtype=object),
                     pd.Series([math.nan if v is None else float(v) for v in values])):
        present, tail = sheet_xml._numbers(given_as)
        assert [t if p else None for p, t in zip(present, tail, strict=True)] == expected


def _special_over_it_all(big: str) -> bool:
    """sheet_xml._special as it was: every text encoded and searched."""
    try:
        raw = big.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return bool(raw.translate(None, sheet_xml._ORDINARY_BYTES)) or "\ufffe" in big \
        or "\uffff" in big or ("_x" in big and sheet_xml._LITERAL.search(big) is not None)


@pytest.mark.parametrize("odd", ["", "\x00", "\x01", "\x08", "\x0b", "\x0c", "\r", "\x1f", "\x7f",
                                 "\ufffe", "\uffff", "\ud800", "\udfff", "_x0041_", "_x004_",
                                 "\u2028", "\xa0", "\u200b", "\t", "\n", "é😀–", "\U000e0001"])
def test_special_searches_only_what_is_not_printable(odd):
    texts = ["plain", "Tom & Jerry", f"a{odd}b", "tail ", "two\nlines"]
    assert sheet_xml._special("\n".join(texts), texts) == _special_over_it_all("\n".join(texts))


def _styles_book(path: Path) -> bytes:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Body")
    plain, money = wb.add_format({"font_size": 10}), wb.add_format({"num_format": "£#,##0.00"})
    n = 12
    per_row = [money if i % 3 else plain for i in range(n)]
    other = [plain if i % 3 else money for i in range(n)]
    numbers = [float(i) / 7 for i in range(n)]
    sheet_xml.write_body(ws, 1, n, [
        Column(0, numbers, per_row), Column(1, numbers, per_row), Column(2, numbers, other),
        Column(3, numbers, list(per_row)), Column(4, numbers, money), Column(5, numbers, plain),
        Column(6, numbers, money, blank=True), Column(7, [f"t{i}" for i in range(n)], plain,
                                                       text=True)])
    wb.close()
    with zipfile.ZipFile(path) as z:
        return _sheet_xml(z, "Body")


def test_columns_sharing_styles_are_written_as_each_on_its_own(tmp_path, monkeypatch):
    monkeypatch.setattr(sheet_xml, "CHUNK", 5)
    shared = _styles_book(tmp_path / "shared.xlsx")
    styled = sheet_xml._styled
    monkeypatch.setattr(sheet_xml, "_styled", lambda made, *a: styled({}, *a))  # none shared
    assert shared == _styles_book(tmp_path / "apart.xlsx")
