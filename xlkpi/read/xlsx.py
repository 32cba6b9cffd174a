"""Read the cells of an .xlsx: column by column, bounded, and without losing what a return means.

The order is what makes it safe. The guard snapshots the file, checks the zip and reads the
small parts as XML. Each sheet's XML is then scanned for every cell reference, so that the
grid a reader would build is measured against the limits *before* anything is built. Only
then does fastexcel (calamine, in Rust) read the cells, straight into Arrow columns of text,
one sheet at a time; each column is kept as its distinct values and one code per cell, so
200,000 rows of a dozen teams cost a dozen Python strings, not 200,000. (A big workbook's
load starts beside its scan, in a forked, memory-capped process whose cells are used only
once the scan has passed, its number columns as numbers: early_load, number_columns.py.)

fastexcel reads every cell as text here (one type for every column: no guessing, no
warning); the distinct texts are turned back into what the cells held: numbers (fastexcel's
text of a number parses back to the same float), dates, text. The scan puts back what no
reader keeps:
  * Excel error cells (`#DIV/0!`, and the newer `#SPILL!` that calamine refuses);
  * formulas with no saved result (listed, so validation can name them);
  * percent-formatted numbers, scaled to what the user sees (0.74 shown as 74% reads 74);
  * TRUE/FALSE, and non-finite numbers (`NaN` stays not-a-number, never blank);
  * hidden rows and merged ranges.
A cell that would crash the reader (a negative or infinite date, an error calamine does not
know, a number that is not one) is blanked in a copy of the sheet, and its value put back.

The scan has two ways through a sheet. Sheets as Excel, LibreOffice, openpyxl and xlsxwriter
write them (double quotes, no comments, every cell with its reference) are scanned with byte
searches, ~0.1 s for 200,000 rows. Anything else — single quotes, spaces around `=`,
comments, CDATA, extLst, cells without references — goes through expat, an XML parser (~6x
slower, still seconds at most): both give the same scan (a property test holds them to it),
and both ignore what calamine ignores.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import fastexcel
import nanoarrow
import numpy as np

from xlkpi.core.errors import UnreadableInput
from xlkpi.read import guard, number_columns
from xlkpi.read.cells import Column, decode, exact_floats
from xlkpi.read.early_load import EarlyLoad, load_sheet
from xlkpi.read.expatscan import ExpatScan
from xlkpi.read.fastscan import FastScan
from xlkpi.read.guard import DEFAULT_LIMITS, Limits, Styles
from xlkpi.read.sheetxml import (
    Cell,
    SharedStrings,
    SheetScan,
    blank_cells,
    check_limits,
    merged_cells,
    shared_strings,
)

HEADER_ROWS = 10  # a returns sheet's header row is within its first 10 rows


# --- what a read gives -----------------------------------------------------------------------
@dataclass
class SheetData:
    """One worksheet, column by column (0-based rows and columns, from A1)."""

    name: str
    visible: bool
    height: int  # rows in the grid
    columns: dict[int, Column]  # 0-based column -> its cells; absent columns are blank
    full: bool = True  # False: only the first HEADER_ROWS rows were decoded
    hidden_rows: set[int] = field(default_factory=set)
    no_value_formulas: set[Cell] = field(default_factory=set)
    error_cells: set[Cell] = field(default_factory=set)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # r0, c0, r1, c1

    @property
    def width(self) -> int:
        return max(self.columns, default=-1) + 1

    def rows(self, limit: int | None = None) -> list[list]:
        """The grid as lists of cell values from A1, '' for blank; rows share one width."""
        n = self.height if limit is None else min(limit, self.height)
        if not self.full:
            n = min(n, HEADER_ROWS)
        blank = [""] * n
        grid = [self.columns[c].values(0, n).tolist() if c in self.columns else blank
                for c in range(self.width)]
        if not grid:
            return [[] for _ in range(n)]
        return [list(r) for r in zip(*grid, strict=True)]


@dataclass
class Book:
    path: Path
    sheets: list[SheetData]

    def sheet(self, name: str) -> SheetData | None:
        return next((s for s in self.sheets if s.name == name), None)


def normal_text(v) -> str:
    """A header cell as compared: spacing and case ignored."""
    return re.sub(r"\s+", " ", str(v).replace("\u00a0", " ")).strip().lower()


TEMPLATE_SHEET = "xlkpi"  # the template's hidden metadata sheet


def returns_or_metadata(name: str, head: list[list]) -> bool:
    """The sheets the returns reader reads whole: returns sheets and the template's
    metadata sheet (of the others only the first rows are decoded)."""
    return name == TEMPLATE_SHEET or find_header(head) is not None


def find_header(rows: list[list]) -> int | None:
    """0-based index of the header row among a sheet's first rows, if it is a returns sheet
    (one row holds `Indicator ID` and `Period`, DESIGN §3)."""
    for i, row in enumerate(rows[:HEADER_ROWS]):
        cells = {normal_text(v) for v in row if isinstance(v, str)}
        if "indicator id" in cells and "period" in cells:
            return i
    return None


@dataclass
class Sheet:
    """A sheet as rows of values (small workbooks: the register, template metadata)."""

    name: str
    rows: list[list]  # from A1; '' for blank; error cells hold their text, e.g. '#REF!'
    visible: bool = True
    hidden_rows: set[int] = field(default_factory=set)
    no_value_formulas: set[Cell] = field(default_factory=set)
    error_cells: set[Cell] = field(default_factory=set)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)


@dataclass
class Workbook:
    path: Path
    sheets: list[Sheet]

    def sheet(self, name: str) -> Sheet | None:
        return next((s for s in self.sheets if s.name == name), None)


# given a sheet's name and first rows: decode it whole? (the returns reader: returns sheets)
Wanted = Callable[[str, list[list]], bool]


def read_workbook(path: Path | str, limits: Limits = DEFAULT_LIMITS,
                  only: set[str] | None = None) -> Workbook:
    """Every worksheet (or those in `only`) as rows, or UnreadableInput naming the file."""
    book = read_book(path, limits, only=only)
    return Workbook(book.path, [
        Sheet(s.name, s.rows(), s.visible, s.hidden_rows, s.no_value_formulas,
              s.error_cells, s.merged) for s in book.sheets])


class contain:
    """`with contain(path):` — the one place where any failure of a reader becomes
    UnreadableInput naming the file. A Rust panic (pyo3's PanicException) derives from
    BaseException, so it is caught too; KeyboardInterrupt and SystemExit are not."""

    def __init__(self, path: Path | str):
        self.path = path

    def __enter__(self) -> contain:
        return self

    def __exit__(self, kind, exc, tb) -> bool:
        if exc is None or isinstance(exc, (UnreadableInput, KeyboardInterrupt, SystemExit,
                                           GeneratorExit)):
            return False
        if isinstance(exc, MemoryError):
            raise guard.fail(self.path, "is too large to read in the memory available") \
                from None
        raise guard.fail(self.path, f"cannot be read as a workbook ({_short(exc)})") from None


def _short(exc: BaseException) -> str:
    text = str(exc).strip()
    return (text.splitlines()[0] if text else type(exc).__name__)[:160]


def read_book(path: Path | str, limits: Limits = DEFAULT_LIMITS, *,
              only: set[str] | None = None, wanted: Wanted | None = None) -> Book:
    """Every worksheet (or those in `only`), column by column; a sheet for which `wanted`
    says False keeps only its first HEADER_ROWS rows. UnreadableInput names the file."""
    path = Path(path)
    early = None
    with contain(path):
        try:
            data = guard.snapshot(path, limits)
            with guard.open_zip(path, limits, data) as zf:
                parts = {n: p for n, p in guard.sheet_parts(path, zf).items()
                         if p.worksheet and (only is None or n in only)}
                styles = guard.read_styles(path, zf)
                size = sum(zf.getinfo(p.part).file_size for p in parts.values())
                plans = number_columns.plans(zf, {n: p.part for n, p in parts.items()}, styles
                                             ) if EarlyLoad.pays(size, list(parts)) else {}
                early = EarlyLoad.start(data, list(parts), size, plans)
                scans = _scan_sheets(path, zf, parts, limits, styles, plans)
                guard.verify_parts(path, zf, skip={p.part for p in parts.values()})
                rels = guard.plain_workbook_rels(path, zf)
                if rels is not None or any(s.blank_out for s in scans.values()):
                    data = _rewritten(path, zf, {parts[n].part: s for n, s in scans.items()},
                                      rels)
                    if early:
                        early.cancel()
                    early = None
            loaded = number_columns.verified(early.result(), plans, scans) if early else None
        except BaseException:
            if early:
                early.cancel()
            raise
        reader = _Reader(data)
        del data
        return Book(path, [_read_sheet(reader, n, parts[n].visible, scans[n], wanted,
                                       (loaded or {}).get(n)) for n in parts])


def read_books(paths: list[Path | str], limits: Limits = DEFAULT_LIMITS) -> list[Book]:
    """The files as read for returns (prefetch.start does the same on its own process)."""
    return [read_book(p, limits, wanted=returns_or_metadata) for p in paths]


class _Reader:
    """fastexcel's reader of the workbook, opened only if a sheet needs it."""

    def __init__(self, data: bytes):
        self.data, self._reader = data, None

    def __getattr__(self, name: str):
        if self._reader is None:
            self._reader = fastexcel.read_excel(self.data)
            self.data = b""
        return getattr(self._reader, name)


def _scan_sheets(path: Path, zf: zipfile.ZipFile, parts: dict[str, guard.SheetPart],
                 limits: Limits, styles: Styles, plans: dict[str, number_columns.Plan]
                 ) -> dict[str, SheetScan]:
    strings = shared_strings(path, guard.optional_part(
        path, zf, guard.workbook_part(path, zf, "/sharedStrings", "xl/sharedStrings.xml")),
        limits)
    scans, total = {}, 0
    for name, part in parts.items():
        xml = guard.read_part(path, zf, part.part)
        scans[name] = scan = scan_sheet(xml, styles, strings, path=path, sheet=name,
                                         limits=limits)
        if name in plans:  # while the XML is at hand
            plans[name].expected = number_columns.expected_below(xml, plans[name], scan)
        del xml
        check_limits(scan, limits, path, name)
        total += scan.grid_cells
        if total > limits.max_book_cells:
            raise guard.fail(path, f"has too many cells: its sheets' grids add up to over "
                                   f"{limits.max_book_cells:,} cells (sheet {name!r} reaches "
                                   f"{scan.far}); delete what lies beyond the data and save")
    return scans


def scan_sheet(xml: bytes, styles: Styles, strings: SharedStrings, *,
               path: Path | str = "", sheet: str = "", fast: bool | None = None,
               limits: Limits = DEFAULT_LIMITS) -> SheetScan:
    """Every cell reference, and what calamine loses, of one sheet's XML. `fast=False`
    forces expat (tests); by default byte searches when the XML is plain, expat otherwise."""
    m = re.search(rb"<(\w+:)?sheetData\b[^>]*?(/?)>", xml)
    if m is None:
        return merged_cells(xml, SheetScan(), 0)
    prefix = m.group(1) or b""
    if m.group(2):
        span = (m.end(), m.end())
    else:
        close = xml.find(b"</" + prefix + b"sheetData", m.end())
        span = (m.end(), close if close != -1 else len(xml))
    scan = None
    if fast is not False:
        scan = FastScan(xml, span, prefix, styles, strings, limits.max_cells).run()
    return scan if scan is not None else ExpatScan(xml, styles, strings, path, sheet).run()


# --- cells -----------------------------------------------------------------------------------
def _rewritten(path: Path, zf: zipfile.ZipFile, scans: dict[str, SheetScan],
               rels: bytes | None) -> bytes:
    """A copy of the workbook in which the cells a reader would crash on are blanked (their
    values are put back after the read) and relationship targets are plain. Only the parts
    a reader needs are copied."""
    out = io.BytesIO()
    keep = ("[Content_Types].xml", "_rels/", "xl/workbook.xml", "xl/_rels/", "xl/styles",
            "xl/sharedStrings", "xl/theme/")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as new:
        for info in zf.infolist():
            if info.is_dir() or not (info.filename.startswith(keep) or info.filename in scans):
                continue
            body = guard.read_part(path, zf, info.filename)
            scan = scans.get(info.filename)
            if scan is not None and scan.blank_out:
                body = blank_cells(body, scan.blank_out)
            if info.filename == guard.WORKBOOK_RELS and rels is not None:
                body = rels
            new.writestr(info.filename, body)
            del body
    return out.getvalue()


def _read_sheet(reader, name: str, visible: bool, scan: SheetScan,
                wanted: Wanted | None, loaded: tuple[int, dict[int, Column]] | None = None
                ) -> SheetData:
    """`loaded`: the sheet's columns, decoded whole by early_load (else read here)."""
    if scan.cells == 0:
        sheet = SheetData(name, visible, 0, {})
        _put_back(sheet, scan)
        return sheet
    if loaded is None:
        height, where, array = load_sheet(reader, name)
        children = dict(zip(where, (array.child(i) for i in range(array.n_children)),
                            strict=True))
        head = {c: decode(a, HEADER_ROWS) for c, a in children.items()}
    else:
        height, whole, _ = loaded
        head = {c: Column(list(col.uniques), col.codes[:HEADER_ROWS].copy())
                for c, col in whole.items()}
    sheet = SheetData(name, visible, height, head, full=False)
    _put_back(sheet, scan)
    if wanted is None or wanted(name, sheet.rows(HEADER_ROWS)):
        columns = whole if loaded is not None else {c: decode(a) for c, a in children.items()}
        if scan.inexact:
            _exact_numbers(reader, name, columns, list(columns))
        sheet = SheetData(name, visible, height, columns)
        _put_back(sheet, scan)
    return sheet


def _exact_numbers(reader, name: str, columns: dict[int, Column], where: list[int]) -> None:
    """fastexcel writes a number as text to 15 significant digits (and 1.5e-10 as '0'): the
    columns that hold numbers are read a second time as floats, and every number cell takes
    its exact value from there."""
    numeric = [i for i, c in enumerate(where)
               if any(type(u) is float for u in columns[c].uniques)]
    if not numeric:
        return
    loaded = reader.load_sheet(name, header_row=None, skip_rows=0, dtypes="float",
                               use_columns=[where[i] for i in numeric])
    array = nanoarrow.Array(loaded)
    for k, i in enumerate(numeric):
        exact_floats(columns[where[i]], array.child(k))


def _put_back(sheet: SheetData, scan: SheetScan) -> None:
    """What the reader lost or misread, from the scan: error texts, TRUE/FALSE, blanked and
    non-finite numbers, percent scaling; and the formulas, hidden rows, merged ranges."""
    limit = None if sheet.full else HEADER_ROWS
    for (r, c), value in [*scan.values.items(), *scan.errors.items()]:
        if limit is None or r < limit:
            _set(sheet, r, c, value)
    for c, rows in scan.percent_by_column().items():
        column = sheet.columns.get(c)
        if column is not None:
            _scale(column, rows[rows < len(column.codes)])
    sheet.hidden_rows = set(scan.hidden_rows)
    sheet.no_value_formulas = set(scan.no_value)
    sheet.error_cells = set(scan.errors)
    sheet.merged = list(scan.merged)


def _scale(column: Column, rows: np.ndarray) -> None:
    """Percent cells: 0.74 -> 74 (each distinct number once)."""
    codes = column.codes[rows]
    rows, codes = rows[codes >= 0], codes[codes >= 0]
    mapping = np.arange(len(column.uniques), dtype=np.int32)
    for code in np.unique(codes).tolist():
        v = column.uniques[code]
        if isinstance(v, float):
            column.uniques.append(round(v * 100, 10))
            mapping[code] = len(column.uniques) - 1
    column.codes[rows] = mapping[codes]


def _set(sheet: SheetData, r: int, c: int, value) -> None:
    rows = max(sheet.height, r + 1)
    column = sheet.columns.get(c)
    if column is None:
        column = sheet.columns[c] = Column([], np.full(rows, -1, dtype=np.int32))
    if len(column.codes) < rows:
        column.codes = np.concatenate([column.codes,
                                       np.full(rows - len(column.codes), -1, np.int32)])
    sheet.height = rows
    for other in sheet.columns.values():
        if len(other.codes) < rows:
            other.codes = np.concatenate([other.codes,
                                          np.full(rows - len(other.codes), -1, np.int32)])
    column.uniques.append(value)
    column.codes[r] = len(column.uniques) - 1
