"""The byte-search scan gives exactly what it gave before its passes were made fewer and
cheaper (tests/fastscan_old.py keeps that version): on generated sheets full of edges (refs
with leading zeros, lowercase, four letters, cells one past the dimension, dimensions absent,
lying or zero, late formulas, unknown tags, long decimals), on the regexes one by one, and on
the 200,000-row benchmark when it is there."""

from __future__ import annotations

import math
import re
import zipfile
from pathlib import Path

import pytest
from fastscan_old import OldFastScan, _more_digits, _more_letters
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from xlkpi.read import fastscan, guard
from xlkpi.read.fastscan import FastScan, _letters_upto, _rows_upto
from xlkpi.read.sheetxml import SheetScan, column_letters, shared_strings

SHARED = ["a", "12", "0.5", "-3", "x"]
STRINGS = shared_strings("p", ("<sst>" + "".join(f"<si><t>{s}</t></si>" for s in SHARED) +
                               "</sst>").encode())
STYLES = guard.Styles(frozenset({1, 3}), frozenset({2}))
BENCH = Path("/tmp/xlkpi-bench/returns-199800-v1.xlsx")


def span_of(xml: bytes) -> tuple[tuple[int, int], bytes] | None:
    """Where the cells are, as xlsx.scan_sheet finds them."""
    m = re.search(rb"<(\w+:)?sheetData\b[^>]*?(/?)>", xml)
    if m is None:
        return None
    prefix = m.group(1) or b""
    if m.group(2):
        return (m.end(), m.end()), prefix
    close = xml.find(b"</" + prefix + b"sheetData", m.end())
    return (m.end(), close if close != -1 else len(xml)), prefix


def everything(scan: SheetScan | None) -> tuple | None:
    """Every field of a scan (NaN made comparable), in its order."""
    if scan is None:
        return None
    values = {k: ("nan" if isinstance(v, float) and math.isnan(v) else v)
              for k, v in scan.values.items()}
    return (scan.cells, scan.max_row, scan.max_col, scan.far, scan.errors, values,
            scan.blank_out, scan.no_value, scan.percent, scan.hidden_rows, scan.merged,
            scan.string_bytes, scan.inexact, scan.fast)


def both(xml: bytes, styles=STYLES, strings=STRINGS, limit=20_000):
    found = span_of(xml)
    assert found is not None
    span, p = found
    new = FastScan(xml, span, p, styles, strings, limit).run()
    old = OldFastScan(xml, span, p, styles, strings, limit).run()
    return everything(new), everything(old)


def sheet(cells: str, dim: str | None = None, p: str = "") -> bytes:
    head = f'<{p}dimension ref="{dim}"/>' if dim is not None else ""
    return (f'<?xml version="1.0"?><{p}worksheet>{head}<{p}sheetData>{cells}'
            f"</{p}sheetData></{p}worksheet>").encode()


# --- the regexes, one by one -----------------------------------------------------------------
ref_text = st.one_of(
    st.text(st.sampled_from("ABCGHYZaz0123456789$ "), max_size=10),
    st.builds(lambda c, r, z: f"{column_letters(c)}{'0' * z}{r}", st.integers(0, 20000),
              st.integers(0, 12_000_000), st.integers(0, 1)),
    st.builds(lambda c, r: f"{c}{r}", st.text(st.sampled_from("ABCYZ"), min_size=1, max_size=4),
              st.integers(0, 30)))
few = st.text(st.sampled_from("ABCYZ"), min_size=1, max_size=3)  # letters near every edge
dim_letters = st.one_of(st.integers(0, 18277).map(column_letters), few)
dim_rows = st.one_of(st.integers(0, 200), st.integers(0, 12_000_000),
                     st.sampled_from([9, 10, 99, 100, 101, 199801, 9_999_999, 10_000_000]))
near = st.tuples(st.integers(-2, 2), st.integers(-2, 2), st.integers(0, 1))


def ref_near(letters: str, rows: int, by: tuple[int, int, int]) -> str:
    """A reference up to two columns and rows from the corner (leading zero or not)."""
    col = max(sum((ord(ch) - 64) * 26 ** i for i, ch in enumerate(reversed(letters))) + by[0],
              1)
    return f"{column_letters(col - 1)}{'0' * by[2]}{max(rows + by[1], 0)}"


@settings(max_examples=3000, deadline=None)
@given(letters=dim_letters, rows=dim_rows, zeros=st.integers(0, 2),
       ref=st.one_of(ref_text, near))
@example(letters="G", rows=199801, zeros=0, ref="G199802")
@example(letters="G", rows=199801, zeros=0, ref="H199801")
@example(letters="AZ", rows=10, zeros=1, ref="BA10")
@example(letters="ZZZ", rows=10, zeros=0, ref="AAAA1")
@example(letters="B", rows=0, zeros=0, ref="A1")
@example(letters="B", rows=2_000_000, zeros=0, ref="A3000000")
@example(letters="BC", rows=5, zeros=0, ref="AZ5")
def test_within_is_exactly_not_beyond(letters, rows, zeros, ref):
    """`_letters_upto` + `_rows_upto` accept a reference iff the old `beyond` regex did not
    find it (leading zeros in the dimension too: the old regex stripped them)."""
    if isinstance(ref, tuple):
        ref = ref_near(letters, rows, ref)
    digits = b"0" * zeros + b"%d" % rows
    odd = rb'(?![A-Z]{1,3}[1-9][0-9]{0,6}")'
    beyond = re.compile(rb'<c r="(?:' + odd + rb"|(?:" + _more_letters(letters.encode()) +
                        rb")[0-9]|[A-Z]+(?:" + _more_digits(digits) + rb')")')
    within = re.compile(rb'<c r="(?!' + _letters_upto(letters.encode()) +
                        _rows_upto(int(digits)) + rb'")')
    text = f'<c r="{ref}"'.encode()
    for tail in (b"", b" t=\"s\">", b"/>"):
        assert (beyond.search(text + tail) is None) == (within.search(text + tail) is None)


value_text = st.text(st.sampled_from("0123456789.-eE<a \n"), max_size=14)


@settings(max_examples=3000, deadline=None)
@given(text=value_text)
@example(text="1.12345678<")
@example(text="1.1234567<")
@example(text="-0.123456789<")
@example(text="1.5.3")
@example(text=".<")
def test_odd_and_long_values_as_before(text):
    old_odd = re.compile(rb"<v>(?:[0-9.]*[^0-9.<]|[0-9]*\.[0-9]*\.)")
    old_long = re.compile(rb"<v>-?[0-9]*\.[0-9]{8}")
    odd = re.compile(b"<" + fastscan._ODD)
    either = re.compile(b"<" + fastscan._ODD_OR_LONG)
    x = b"<v>" + text.encode()
    was_odd, was_long = old_odd.match(x) is not None, old_long.match(x) is not None
    assert (odd.match(x) is not None) == was_odd
    assert (either.match(x) is not None) == (was_odd or was_long)


# --- whole sheets ------------------------------------------------------------------------------
VALUES = ["1", "12", "1234567", "0.5", "-3", "1E-3", "2.5e5", "1.5.3", "0.123456789",
          "-0.123456789", "1.1234567", "NaN", "", " 7", "abc", "TRUE", "#N/A", "#SPILL!", "1"]
TYPES = [None, None, None, "n", "s", "str", "e", "b", "inlineStr"]  # "d", "x": rare
REFS = ["{c}{r}", "{c}{r}", "{c}{r}", "{c}0{r}", "{lc}{r}", "ABCD{r}", "{c}{r}0000000", "",
        "${c}${r}", "{c}"]


@st.composite
def cells(draw, p: str):
    kind = draw(st.sampled_from(TYPES if draw(st.integers(0, 40)) else ["d", "x"]))
    col, row = draw(st.integers(0, 30)), draw(st.integers(1, 60))
    ref = draw(st.sampled_from(REFS[:3] if draw(st.integers(0, 40)) else REFS)).format(
        c=column_letters(col), r=row, lc=column_letters(col).lower())
    attrs = f' t="{kind}"' if kind else ""
    attrs += draw(st.sampled_from(["", "", ' s="1"', ' s="2"', ' s="0"']))
    value = draw(st.sampled_from(["0", "1", "3", "9"])) if kind == "s" else \
        draw(st.sampled_from(VALUES))
    bare = f"<{p}f/>" * (draw(st.integers(0, 20)) == 0)  # rare: not a known tag, so expat
    formula = draw(st.sampled_from(["", "", "", f"<{p}f>A1</{p}f>", f"<{p}f>A1</{p}f>",
                                    f'<{p}f t="shared" si="0"/>', bare]))
    if kind == "inlineStr":
        body = f"<{p}is><{p}t>{value}</{p}t></{p}is>"
    else:
        body = draw(st.sampled_from([f"<{p}v>{value}</{p}v>", f"<{p}v>{value}</{p}v>", ""]))
    if not formula and not body and draw(st.booleans()):
        return f'<{p}c r="{ref}"{attrs}/>', (row, col)
    return f'<{p}c r="{ref}"{attrs}>{formula}{body}</{p}c>', (row, col)


QUIRKS = ["<!-- c -->", "<foo/>", '<c r="A1" t = "e"><v>1</v></c>', "<c r='A2'/>",
          "<?pi x?>", '<c  r="B2"/>']


@st.composite
def sheets(draw):
    p = draw(st.sampled_from(["", "", "x:"]))
    rows, reach = [], (0, 0)
    for r in sorted(draw(st.lists(st.integers(1, 60), max_size=6, unique=True))):
        body = []
        for _ in range(draw(st.integers(0, 4))):
            text, (row, col) = draw(cells(p))
            body.append(text)
            reach = (max(reach[0], row), max(reach[1], col + 1))
        if draw(st.integers(0, 12)) == 0:
            body.append(draw(st.sampled_from(QUIRKS)))
        hidden = draw(st.sampled_from(["", "", ' hidden="1"', ' hidden="true"', ' hidden="0"']))
        rows.append(f'<{p}row r="{r}"{hidden}>{"".join(body)}</{p}row>')
    rows_at, cols_at = reach[0] or 1, reach[1] or 1
    dim = draw(st.sampled_from([
        None, f"A1:{column_letters(cols_at - 1)}{rows_at}",
        f"A1:{column_letters(cols_at - 1)}{rows_at}",
        f"A1:{column_letters(max(cols_at - 2, 0))}{rows_at}",  # one column short
        f"A1:{column_letters(cols_at - 1)}{rows_at - 1}",  # one row short
        f"A1:{column_letters(cols_at)}{rows_at + 1}",  # one past: lying big
        f"A1:{column_letters(cols_at - 1)}0{rows_at}", f"A1:{column_letters(cols_at - 1)}0",
        "A1:ZZZ9999999", f"{column_letters(cols_at - 1)}{rows_at}", "A1"]))
    return sheet("".join(rows), dim, p)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(xml=sheets())
def test_the_scan_is_what_it_was(xml):
    new, old = both(xml)
    assert new == old, xml


# --- edges, one by one -------------------------------------------------------------------------
CELL = '<c r="{}"><v>1</v></c>'
GRID = "".join(f'<row r="{r}">' + "".join(CELL.format(f"{c}{r}") for c in "ABC") + "</row>"
               for r in range(1, 11))


@pytest.mark.parametrize("extra, dim", [
    ("", "A1:C10"),  # exactly the dimension
    (CELL.format("C11"), "A1:C10"),  # one row beyond
    (CELL.format("D10"), "A1:C10"),  # one column beyond
    (CELL.format("AA1"), "A1:Z10"),  # beyond by letters
    (CELL.format("C011"), "A1:C10"),  # leading zero: not valid, expat decides
    (CELL.format("c5"), "A1:C10"),  # lowercase
    (CELL.format("ABCD5"), "A1:ZZZ10"),  # four letters
    (CELL.format("C12345678"), "A1:C10"),  # eight digits
    ("", None),  # no dimension
    ("", "A1:Z1000"),  # lying big: its corner is taken, as before
    ("", "A1:B5"),  # lying small: the farthest reference
    ("", "A1:C0"),  # zero rows
    ("", "A1:C0010"),  # leading zeros in the dimension
    ("", "A1:XFD1048576"),  # over the grid limit: the farthest reference
])
def test_bounds_as_before(extra, dim):
    new, old = both(sheet(GRID + f'<row r="11">{extra}</row>', dim))
    assert new == old
    if new is not None:
        assert new[1:4] == old[1:4]


@pytest.mark.parametrize("late", [
    '<c r="A12"><f>A1</f><v>2</v></c>',  # a formula after thousands of plain tags
    '<c r="A12"><f/></c>',  # a formula with no value
    '<c r="A12" t="inlineStr"><is><t>12</t></is></c>',  # inline text like a number
    '<c r="A12" t="str"><f>A1</f><v>12</v></c>',
    '<c r="A12"><f>A1</f><v>2</v></c><foo/>',  # an unknown tag after a formula
    '<c r="A12" t="inlineStr"><is><t>x</t></is></c><bar r="1"/>',
])
def test_late_rare_tags_as_before(late):
    new, old = both(sheet(GRID + f'<row r="12">{late}</row>', "A1:C12"))
    assert new == old


@pytest.mark.parametrize("values", [
    ["0.123456789", "-5", "1E3", "x"],  # long first, odd ones after it
    ["-5", "0.123456789", "1.5.3"],
    ["1.12345678"], ["1.1234567"], ["-0.1234567891"],
])
def test_long_values_then_odd_ones_as_before(values):
    row = "".join(f'<c r="{column_letters(i)}12"><v>{v}</v></c>' for i, v in enumerate(values))
    xml = sheet(GRID + f'<row r="12">{row}</row>' +
                '<row r="13"><c r="A13" t="str"><v>0.123456789</v></c></row>', "A1:E13")
    new, old = both(xml)
    assert new == old


@pytest.mark.skipif(not BENCH.exists(), reason="the benchmark workbook is not there")
def test_the_benchmark_sheet_as_before():
    with zipfile.ZipFile(BENCH) as z:
        xml = z.read("xl/worksheets/sheet1.xml")
    new, old = both(xml, guard.Styles(), shared_strings("p", b""), 50_000_000)
    assert new is not None and new == old
