"""A big sheet's number columns, loaded as numbers rather than as text.

fastexcel is asked for text (early_load.py, xlsx.py) so that no cell's type is guessed; but
writing 200,000 numbers as text costs it ~0.1 s, and reading them back ~0.05 s more, on the
way to the first validated row. So, for a big sheet loaded early, the columns that its first
rows show to hold numbers are loaded as float64 (`plan`), and verified afterwards:

  * the rows of the peek (the first PEEK bytes of the sheet's XML, whole rows) are loaded
    from a workbook of those rows alone, as text, as any sheet is: the header, and anything
    above it, read exactly as before;
  * every cell below them that holds a value (a `<v>` or `<is>`, not an error) must come out
    of the load as a value, in the text columns and the number columns alike
    (`expected_below` against `values_below`). A text, a date or a blank string in a number
    column comes out as nothing, the counts differ, and the sheet is read again as text.

Where anything is unusual — a sheet not written plainly, a peek without a whole row — there is
no plan, and the sheet is read as text, as before.
"""

from __future__ import annotations

import io
import itertools
import re
import zipfile
from dataclasses import dataclass

import fastexcel
import nanoarrow
import numpy as np

from xlkpi.read import guard
from xlkpi.read.cells import Column, decode
from xlkpi.read.fastscan import FastScan
from xlkpi.read.guard import Styles
from xlkpi.read.sheetxml import SharedStrings, SheetScan, column_number

PEEK = 1 << 16  # bytes of a sheet's XML looked at to choose its number columns
MIN_NUMBERS = 32  # numbers a column must show in the peek to be loaded as numbers
MAX_COLUMNS = 16_384  # Excel's columns: every one not loaded as a number is loaded as text
MAX_PART = 16 * guard.MiB  # shared strings bigger than this: no plan (copying them costs more)

_SHEET_DATA = re.compile(rb"<(\w+:)?sheetData\b[^>]*?(/?)>")
_NUMBER = re.compile(rb"-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")


@dataclass
class Plan:
    columns: list[int]  # 0-based columns loaded as numbers
    rows: int  # the peek's rows (1 to `rows`), loaded from `head` as text
    cut: int  # where in the sheet's XML the rows below the peek start
    head: bytes  # a workbook of the peek's rows alone
    expected: int | None = None  # expected_below, once the sheet is scanned


def plans(zf: zipfile.ZipFile, parts: dict[str, str], styles: Styles) -> dict[str, Plan]:
    """The plan of each sheet (name -> its part) that has one."""
    out = {}
    for name, part in parts.items():
        try:
            found = plan(zf, part, set(parts.values()), styles)
        except Exception:  # a damaged part, say: no plan; the scan says what is wrong
            found = None
        if found is not None:
            out[name] = found
    return out


def plan(zf: zipfile.ZipFile, part: str, sheets: set[str], styles: Styles) -> Plan | None:
    """The number columns of the sheet at `part` and how to verify them, or None. `sheets`:
    the parts of every sheet of the workbook (emptied in the peek's workbook)."""
    with zf.open(part) as f:
        xml = f.read(PEEK)
    found = _SHEET_DATA.search(xml)
    if found is None or found.group(2):
        return None
    prefix, lo = found.group(1) or b"", found.end()
    row_end = b"</" + prefix + b"row>"
    cut = xml.rfind(row_end, lo)
    if cut == -1:
        return None
    cut += len(row_end)
    scan = FastScan(xml, (lo, cut), prefix, styles, SharedStrings(np.zeros(0, np.int64)), 0)
    if not scan.plain():  # the tags as the fast scan knows them: the counts below hold
        return None
    row_open = re.compile(rb"<" + re.escape(prefix) + rb'row r="([0-9]+)"')
    rows = [int(r) for r in row_open.findall(xml, lo, cut)]
    if not rows or any(b <= a for a, b in itertools.pairwise(rows)):
        return None  # rows out of order: the peek would not be the sheet's first rows
    columns = _number_columns(xml, lo, cut, prefix, styles)
    if not columns:
        return None
    head = xml[:cut] + b"</" + prefix + b"sheetData></" + prefix + b"worksheet>"
    return Plan(columns, rows[-1], cut, _workbook(zf, part, sheets, head))


def _number_columns(xml: bytes, lo: int, hi: int, p: bytes, styles: Styles) -> list[int]:
    """Columns with MIN_NUMBERS plain numbers in the peek and, from the first of them on,
    nothing else: no text, date, TRUE/FALSE, error or formula."""
    cell = re.compile(rb"<" + re.escape(p) + rb'c r="([A-Z]{1,3})[0-9]+"([^>]*?)(/>|>(.*?)</'
                      + re.escape(p) + rb"c>)", re.DOTALL)
    v_open, v_close = b"<" + p + b"v>", b"</" + p + b"v>"
    numbers: dict[bytes, int] = {}
    spoilt: set[bytes] = set()
    for letters, attrs, _, body in cell.findall(xml, lo, hi):
        if not body or (v_open not in body and b"<" + p + b"is>" not in body):
            continue  # no value
        style = re.search(rb' s="([0-9]+)"', attrs)
        plain = (b' t="' not in attrs or b' t="n"' in attrs) and \
            (style is None or int(style.group(1)) not in styles.dates) and \
            body.startswith(v_open) and body.endswith(v_close) and \
            _NUMBER.fullmatch(body, len(v_open), len(body) - len(v_close)) is not None
        if plain:
            numbers[letters] = numbers.get(letters, 0) + 1
        elif letters in numbers:
            spoilt.add(letters)
    return sorted(column_number(c.decode()) - 1 for c, n in numbers.items()
                  if n >= MIN_NUMBERS and c not in spoilt)


_EMPTY_SHEET = (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
                b'openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>')


def _workbook(zf: zipfile.ZipFile, part: str, sheets: set[str], head: bytes) -> bytes:
    """The workbook with the sheet at `part` cut to `head` and every other sheet empty; the
    sheets' own relationships (drawings, comments) and big parts other than the workbook's
    own (its strings, styles) are left out: a reader needs none of them for cells."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as new:
        for info in zf.infolist():
            name = info.filename
            if name == part:
                new.writestr(name, head)
            elif name in sheets:
                new.writestr(name, _EMPTY_SHEET)
            elif "worksheets/_rels/" in name or name.endswith("/") or \
                    (info.file_size > guard.MiB and not name.endswith(_NEEDED)):
                continue
            elif info.file_size > MAX_PART:
                raise ValueError(f"{name} is too big to copy for the peek")  # no plan
            else:
                new.writestr(name, zf.read(name))
    return out.getvalue()


_NEEDED = ("sharedStrings.xml", "styles.xml", "workbook.xml", ".rels", "[Content_Types].xml")


# --- in the loading process --------------------------------------------------------------------
def load(reader, name: str, plan: Plan) -> tuple[int, dict[int, Column], int]:
    """The sheet as xlsx loads it, its number columns as numbers: rows, columns, and how many
    cells below the peek came out as a value (for `expected_below`)."""
    dtypes: dict[int, str] = dict.fromkeys(range(MAX_COLUMNS), "string")
    dtypes.update(dict.fromkeys(plan.columns, "float"))
    loaded = reader.load_sheet(name, header_row=None, skip_rows=0, dtypes=dtypes)
    array = nanoarrow.Array(loaded)
    height, where = len(array), [c.absolute_index for c in loaded.selected_columns]
    head = fastexcel.read_excel(plan.head).load_sheet(name, header_row=None, skip_rows=0,
                                                      dtypes="string")
    head_array = nanoarrow.Array(head)
    head_columns = dict(zip([c.absolute_index for c in head.selected_columns],
                            (head_array.child(i) for i in range(len(head.selected_columns))),
                            strict=True))
    columns, below = {}, 0
    for i, c in enumerate(where):
        child = array.child(i)
        valid = _validity(child)
        below += int(valid[plan.rows:].sum())
        if c in plan.columns:
            top = decode(head_columns[c], plan.rows) if c in head_columns else None
            columns[c] = _numbers(child, valid, top, plan.rows)
        else:
            columns[c] = decode(child)
    return height, columns, below


def _validity(child) -> np.ndarray:
    n = len(child)
    bitmap = child.buffers[0]
    if bitmap is None or not len(bitmap):
        return np.ones(n, bool)
    bits = np.unpackbits(np.frombuffer(bitmap, dtype=np.uint8), bitorder="little")
    return bits[child.offset:child.offset + n].astype(bool)


def _numbers(child, valid: np.ndarray, top: Column | None, rows: int) -> Column:
    """A float64 column as a Column: its first `rows` rows as `top` decoded them (the text
    load of the peek), the rest by the distinct numbers' bits (so -0.0 stays apart from 0.0)."""
    n = len(child)
    data = child.buffers[1]
    values = np.frombuffer(data, dtype=np.float64)[child.offset:child.offset + n]
    codes = np.full(n, -1, dtype=np.int32)
    uniques: list = []
    if top is not None:
        k = min(rows, len(top.codes), n)
        codes[:k] = top.codes[:k]
        uniques = list(top.uniques)
    below = np.flatnonzero(valid[rows:]) + rows
    if len(below):
        bits, inverse = np.unique(values[below].view(np.int64), return_inverse=True)
        codes[below] = len(uniques) + inverse.ravel().astype(np.int32)
        uniques += bits.view(np.float64).tolist()
    return Column(uniques, codes)


# --- verified after the scan -------------------------------------------------------------------
def expected_below(xml: bytes, plan: Plan, scan: SheetScan) -> int:
    """The cells below the peek that hold a value: every `<v>` and `<is>` there, less the
    error cells with a value (no load gives an error a value)."""
    found = _SHEET_DATA.search(xml, 0, plan.cut)
    prefix = (found.group(1) if found else None) or b""
    hi = xml.rfind(b"</" + prefix + b"sheetData", plan.cut)  # near the end: found at once
    hi = len(xml) if hi == -1 else hi
    count = xml.count(b"<" + prefix + b"v>", plan.cut, hi)
    if scan.inline:
        count += xml.count(b"<" + prefix + b"is>", plan.cut, hi)
    errors = sum(1 for (r, _) in scan.errors if r >= plan.rows) - \
        sum(1 for (r, _) in scan.valueless_errors if r >= plan.rows)
    return count - errors


def verified(loaded, plans: dict[str, Plan], scans: dict[str, SheetScan]):
    """`loaded` (early_load.Loaded, or None) without the sheets whose number columns do not
    hold every value below the peek: those are read again, as text."""
    if loaded is None:
        return None
    out = {}
    for name, (height, columns, below) in loaded.items():
        plan, scan = plans.get(name), scans.get(name)
        if below is not None and (plan is None or scan is None or not scan.fast or
                                  plan.expected != below):
            continue
        out[name] = height, columns, below
    return out
