"""A fast path for a sheet's big table body: its `<sheetData>` rows made column by column with
numpy string operations, instead of one xlsxwriter `write_*` call and one `_write_cell` per
cell (the Data and Trends tabs hold most of a report's cells).

`write_body(ws, first, n, columns)` writes rows first..first+n-1 (0-based) of the columns. With
FAST off (or a constant_memory workbook) it writes them cell by cell with xlsxwriter's own
`write_number` / `write_string` / `write_blank`; with FAST on it writes one placeholder blank
cell at the body's bottom-right (so xlsxwriter knows the sheet's dimension) and wraps that one
worksheet's `_write_sheet_data`: at assembly xlsxwriter writes its own rows above and below the
body, and the body's rows come in between, in row order, in one `<sheetData>`. Either way:

- a number is a number cell of full precision (repr; a whole number as an integer); a missing
  one (NaN, None, inf) is no cell, or a blank cell in its format where the column says `blank`;
- plain text is a shared string, put in the workbook's table as `write_string` puts it there
  (the same indices, in the same order, and the same counts): the Data tab repeats its texts
  (titles, team lists, RAG words), so its XML is a third of what inline strings made of it;
- other text (what xlsxwriter would escape or cut, or take for rich text's XML), and all
  text with SHARED off or no such table, is an inline string (`t="inlineStr"`), XML-escaped
  (& < > " '), control characters as Excel's _xHHHH_ escapes (and a literal _xHHHH_ escaped,
  as xlsxwriter does), lone surrogates dropped, cut at Excel's 32,767 characters (UTF-16),
  `xml:space="preserve"` where it has whitespace at an end, a tab or a line break; an empty or
  missing text is no cell;
- each cell carries the style index of its Format, read when the sheet is assembled (Formats
  get their index as the workbook closes); a row's height or format set with `set_row` is
  kept: each row's `<row>` tag is xlsxwriter's own (`_write_row`).

Relies on xlsxwriter's private `Worksheet._write_sheet_data`, `_write_rows`, `_write_row`,
`_xml_start_tag`, `_xml_end_tag`, `fh`, `dim_rowmin`/`dim_rowmax`, `row_info` and
`Format._get_xf_index` and the shared string table's `_get_shared_string_index` and `count`
(xlsxwriter 3.x; tests/test_sheet_xml.py checks the two ways agree).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import filterfalse
from typing import Any

import numpy as np
import pandas as pd
import xlsxwriter
from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.worksheet import Worksheet

from xlkpi.write import cell_text
from xlkpi.write.cell_text import MAX_CHARS

FAST = True  # off: every cell written through xlsxwriter (the reference the tests compare to)
_PRIVATE = {"_write_sheet_data", "_write_rows", "_write_row", "_xml_start_tag", "_xml_end_tag",
            "fh", "dim_rowmin", "dim_rowmax", "row_info"}
CHUNK = 2048  # rows made into XML at a time
_SPECIAL, _LITERAL = cell_text.SPECIAL, cell_text.LITERAL
_ORDINARY_BYTES = bytes([9, 10, *range(32, 256)])  # all but the controls xlsxwriter escapes
_WHOLE = 2.0 ** 53  # whole numbers below this are written as integers
_FLOAT_OR_NONE = {float, type(None)}
_REALS: dict[float, str] = {}  # a number's cell text (repr: the slow part), made once
_REALS_MOST = 1 << 17  # emptied when this full (a long-lived process makes many reports)
SHARED = True  # off: all text as inline strings
_SST = ("_get_shared_string_index", "count")


@dataclass
class Column:
    """One column of a table body: its sheet column, its values (numbers, or text where
    `text`), its Format (one, or one per row) and whether a missing value is a blank cell in
    that format (`write_blank`) rather than no cell."""

    col: int
    values: Sequence[Any]
    fmt: Any
    text: bool = False
    blank: bool = False


def write_body(ws: Worksheet, first: int, n: int, columns: Sequence[Column]) -> None:
    """Write rows first..first+n-1 of `columns` (see the module's docstring)."""
    if n <= 0 or not columns:
        return
    columns = sorted(columns, key=lambda c: c.col)
    if not FAST or ws.constant_memory or not set(dir(ws)) >= _PRIVATE:
        _write_cells(ws, first, n, columns)  # an xlsxwriter without the parts relied on
        return
    shared: dict[int, tuple] = {}  # per-row formats shared by columns, factorized once
    sst = _string_table(ws)
    body = _Body(first, n, [_prepare(c, n, shared, sst) for c in columns])
    ws.write_blank(first + n - 1, columns[-1].col, None, body.placeholder())
    _hook(ws).append(body)


# the reference: cell by cell -------------------------------------------------------------------
def _write_cells(ws: Worksheet, first: int, n: int, columns: Sequence[Column]) -> None:
    for c in columns:
        fmts = c.fmt if _per_row(c.fmt) else [c.fmt] * n
        for i, (v, fmt) in enumerate(zip(c.values, fmts, strict=True)):
            r = first + i
            if c.text:
                v = "" if v is None or (isinstance(v, float) and v != v) else str(v)
                if v:
                    ws.write_string(r, c.col, v, fmt)
                elif c.blank:
                    ws.write_blank(r, c.col, None, fmt)
            elif isinstance(v, (int, float, np.number)) and np.isfinite(v):
                ws.write_number(r, c.col, v, fmt)
            elif c.blank:
                ws.write_blank(r, c.col, None, fmt)


def _per_row(fmt: Any) -> bool:
    return isinstance(fmt, (list, tuple, np.ndarray, pd.Series))


# the fast path -------------------------------------------------------------------------------
@dataclass
class _Prepared:
    """A column's cells but for their style: `head` + style + `tail` where `present`, else a
    blank cell (`blank`) or nothing."""

    col: int
    tail: np.ndarray  # '><v>1.5</v></c>' per row (where present)
    present: np.ndarray
    blank: bool
    formats: list  # the distinct Formats
    codes: np.ndarray  # each row's index into formats


def _prepare(c: Column, n: int, shared: dict[int, tuple], sst: Any) -> _Prepared:
    if len(c.values) != n:
        raise ValueError(f"column {c.col}: {len(c.values)} values for {n} rows")
    if c.text:
        present, tail = _texts(c.values, sst)
    else:
        present, tail = _numbers(c.values)
    if _per_row(c.fmt):
        if id(c.fmt) not in shared:
            codes, uniques = pd.factorize(pd.Series(list(c.fmt), dtype=object),
                                          use_na_sentinel=False)
            shared[id(c.fmt)] = codes, list(uniques)
        codes, formats = shared[id(c.fmt)]
    else:
        codes, formats = np.zeros(n, dtype=np.intp), [c.fmt]
    return _Prepared(c.col, tail, present, c.blank, formats, codes)


def _numbers(values: Sequence[Any]) -> tuple[np.ndarray, np.ndarray]:
    v = np.asarray(values)
    if v.dtype.kind == "O" and set(map(type, v)) <= _FLOAT_OR_NONE:  # as to_numeric makes it
        v = v.astype(float)  # None: NaN
    elif v.dtype.kind not in "fiub":
        v = pd.to_numeric(pd.Series(v, dtype=object), errors="coerce").to_numpy(
            dtype=float, na_value=np.nan)
    v = v.astype(float)
    present = np.isfinite(v)
    # each distinct number's text made once (a column repeats its periods, targets, counts);
    # 0.0 and -0.0 are one, both whole: "0"
    codes, distinct = pd.factorize(v[present])
    whole = (distinct == np.floor(distinct)) & (np.abs(distinct) < _WHOLE)
    texts = np.empty(len(distinct), dtype=object)
    ints, reals = np.flatnonzero(whole), np.flatnonzero(~whole)
    texts[ints] = [f"><v>{x}</v></c>" for x in distinct[ints].astype(np.int64).tolist()]
    made = _REALS  # a value repeats over columns (current, previous, Trends) and tabs
    if len(made) > _REALS_MOST:
        made.clear()
    texts[reals] = [made.get(x) or made.setdefault(x, f"><v>{x!r}</v></c>")
                    for x in distinct[reals].tolist()]
    tail = np.full(len(v), "", dtype=object)  # only the present ones are written
    tail[present] = texts[codes]
    return present, tail


def _string_table(ws: Worksheet) -> Any:
    """The workbook's shared string table, if it is the one xlsxwriter 3.x keeps (else None:
    every text an inline string)."""
    sst = getattr(ws, "str_table", None)
    if not SHARED or not all(hasattr(sst, a) for a in _SST):
        return None
    return sst


def _texts(values: Sequence[Any], sst: Any = None) -> tuple[np.ndarray, np.ndarray]:
    """Each text's presence and cell tail, worked out once per distinct text (a column of the
    Data tab repeats its texts: its titles, team lists, RAG words)."""
    s = pd.Series(values, dtype=object)
    texts = s.where(s.notna().to_numpy(), "").tolist()
    if not set(map(type, texts)) <= {str}:
        texts = [t if isinstance(t, str) else str(t) for t in texts]
    codes, texts = cell_text.factorize(texts)  # the distinct texts, in the order they first come
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    present = lengths > 0
    odd = lengths > MAX_CHARS // 2  # perhaps to be cut
    joined = "\n".join(texts)
    if _special(joined, texts):
        odd |= np.fromiter((_SPECIAL.search(t) is not None for t in texts), dtype=bool,
                           count=len(texts))
    tail = np.full(len(texts), "", dtype=object)
    inline = present.copy()
    if sst is not None:  # plain text to the shared strings, as xlsxwriter puts it there
        shared = present & ~odd
        if "<" in joined and "<r>" in joined:  # xlsxwriter would take it for rich text's XML:
            shared &= ~np.fromiter((t.startswith("<r>") and t.endswith("</r>") for t in texts),
                                   dtype=bool, count=len(texts))  # kept inline
        inline &= ~shared
        where = np.flatnonzero(shared)
        tail[where] = [f' t="s"><v>{sst._get_shared_string_index(texts[i])}</v></c>'
                       for i in where]
        # as one write_string per cell counts them (the indices: in the order they first come)
        sst.count += int(np.count_nonzero(shared[codes])) - len(where)
    where = np.flatnonzero(inline)
    if len(where):
        tail[where] = cell_text.inline([texts[i] for i in where], odd[where])
    return present[codes], tail[codes]


def _special(big: str, texts: Iterable[str]) -> bool:
    """Whether any of `texts` (`big`: them joined) needs _clean: a control character, a
    non-character, a lone surrogate or a literal _xHHHH_ (byte and substring searches, faster
    than a regex over it all). A printable text has none but the literal: only the others
    are searched for the rest; ASCII text (most of it) is searched as bytes, three times as
    fast as asking each text whether it is printable."""
    if "_" in big and _LITERAL.search(big) is not None:
        return True
    if big.isascii():
        return bool(big.encode("ascii").translate(None, _ORDINARY_BYTES))
    odd = "\n".join(filterfalse(str.isprintable, texts))
    try:
        raw = odd.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return True
    return bool(raw.translate(None, _ORDINARY_BYTES)) or "\ufffe" in odd or "\uffff" in odd


class _Body:
    """A table body's rows, made into XML when its sheet is assembled."""

    def __init__(self, first: int, n: int, columns: list[_Prepared]) -> None:
        self.first, self.n, self.columns = first, n, columns

    @property
    def last(self) -> int:
        return self.first + self.n - 1

    def placeholder(self) -> Any:
        return self.columns[-1].formats[self.columns[-1].codes[-1]] or _Bare()

    def write(self, ws: Worksheet) -> None:
        """Write the body's rows to the sheet's XML, CHUNK rows at a time."""
        for start in range(0, self.n, CHUNK):
            ws.fh.write(self.xml(ws, start, min(start + CHUNK, self.n)))
        for c in self.columns:  # written: free the cells' text before the book is zipped
            c.tail = c.tail[:0]

    def xml(self, ws: Worksheet, start: int, stop: int) -> str:
        """Rows first+start..first+stop-1 (those with a cell or set_row attributes)."""
        first, n = self.first + start, stop - start
        rows = np.arange(first + 1, first + n + 1).astype(str).astype(object)
        quoted = rows + '"'
        # a row's tag, then each cell in three pieces: '<c r="B', the row's number and the
        # style ('6" s="3"', made once for the columns of that style) and the rest ('><v>1.5
        # </v></c>', or '/>' blank), '' where no cell; all joined once (pieces, not cells,
        # are put together: a third of the time)
        grid = np.full((n, 3 * len(self.columns) + 2), "", dtype=object)
        keep = np.zeros(n, dtype=bool)
        styled: dict[Any, np.ndarray] = {}  # columns share their styles (made once each)
        for j, c in enumerate(self.columns):
            ref = f'<c r="{xl_col_to_name(c.col)}'
            style = _styled(styled, c, quoted, start, stop)
            present, tail = c.present[start:stop], c.tail[start:stop]
            k = 3 * j + 1
            if c.blank:
                grid[:, k], grid[:, k + 1] = ref, style
                grid[:, k + 2] = np.where(present, tail, "/>")
                keep[:] = True
            else:
                grid[present, k] = ref
                grid[present, k + 1] = style[present]
                grid[present, k + 2] = tail[present]
                keep |= present
        if ws.row_info:
            keep |= np.array([r in ws.row_info for r in range(first, first + n)])
        grid[:, 0] = _row_tags(ws, first, rows)
        grid[:, -1] = "</row>"
        return "".join(grid[keep].ravel().tolist())


def _styled(made: dict[Any, np.ndarray], c: _Prepared, quoted: np.ndarray, start: int,
            stop: int) -> np.ndarray:
    """Each row's number, its quote and the column's style there, as made for an earlier
    column of the same style (or per-row styles: the same codes and Formats) if there is one."""
    styles = [_style(f) for f in c.formats]
    key = styles[0] if len(styles) == 1 else (id(c.codes), *styles)
    if key not in made:
        made[key] = quoted + (styles[0] if len(styles) == 1 else
                              np.array(styles, dtype=object)[c.codes[start:stop]])
    return made[key]


def _row_tags(ws: Worksheet, first: int, rows: np.ndarray) -> np.ndarray:
    """Each row's `<row ...>` tag as xlsxwriter writes it: one made for a row without set_row
    attributes, its row number swapped in; rows with attributes each their own."""
    plain = _capture(ws, first, None)
    prefix = f'<row r="{first + 1}"'
    if not plain.startswith(prefix):
        raise RuntimeError(f"unexpected xlsxwriter row tag {plain!r}")
    opens = '<row r="' + rows + '"' + plain[len(prefix):]
    for r in ws.row_info:
        if first <= r < first + len(rows):
            opens[r - first] = _capture(ws, r, ws.row_info[r])
    return opens


class _Bare:
    """The placeholder's format when a column has none (never written out)."""


def _style(fmt: Any) -> str:
    return f' s="{fmt._get_xf_index()}"' if fmt is not None else ""


def _capture(ws: Worksheet, r: int, info: Any) -> str:
    fh, ws.fh = ws.fh, io.StringIO()
    try:
        if info is None:
            ws._write_row(r, None)
        else:
            ws._write_row(r, None, info)
        return ws.fh.getvalue()
    finally:
        ws.fh = fh


def _hook(ws: Worksheet) -> list[_Body]:
    """The sheet's bodies, its `_write_sheet_data` wrapped (once) to write them."""
    bodies = getattr(ws, "_xlkpi_bodies", None)
    if bodies is not None:
        return bodies
    bodies = ws._xlkpi_bodies = []
    ws._xlkpi_written = False
    original = ws._write_sheet_data

    def write_sheet_data() -> None:
        ws._xlkpi_written = True
        if ws.dim_rowmin is None or not bodies:
            original()
            return
        low, high = ws.dim_rowmin, ws.dim_rowmax
        ws._xml_start_tag("sheetData")
        try:
            r = low
            for body in sorted(bodies, key=lambda b: b.first):
                if r < body.first:
                    ws.dim_rowmin, ws.dim_rowmax = r, body.first - 1
                    ws._write_rows()
                body.write(ws)
                r = body.last + 1
            if r <= high:
                ws.dim_rowmin, ws.dim_rowmax = r, high
                ws._write_rows()
        finally:
            ws.dim_rowmin, ws.dim_rowmax = low, high
        ws._xml_end_tag("sheetData")

    ws._write_sheet_data = write_sheet_data
    return bodies


def confirm_written(workbook) -> None:
    """After `close()`: every body was written by the wrapped method. An xlsxwriter that
    assembled a sheet some other way would have left only its placeholder cells: a loud
    failure, never a report with its figures silently missing."""
    for ws in workbook.worksheets():
        if getattr(ws, "_xlkpi_bodies", None) and not getattr(ws, "_xlkpi_written", False):
            raise RuntimeError(f"the {ws.name} sheet's rows were not written (xlsxwriter "
                               f"{xlsxwriter.__version__} assembles sheets differently)")
