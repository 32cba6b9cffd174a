"""What the scan of a sheet's XML finds, and the rules both ways through a sheet share.

A `SheetScan` holds every fact about a sheet that the cell reader does not give or must not
be trusted with: how far its cells reach (for the limits, before any grid is built), error
cells, TRUE/FALSE, odd numbers, formulas without a saved value, percent cells, hidden rows,
merged ranges, and the byte spans of cells a reader would crash on (blanked before reading).
`fastscan` (byte searches) and `expatscan` (an XML parser) fill it the same way, through the
`note_*` functions here.
"""

from __future__ import annotations

import math
import re
import xml.parsers.expat as expat
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from xlkpi.read import guard
from xlkpi.read.guard import DEFAULT_LIMITS, Limits, Styles

Cell = tuple[int, int]  # 0-based (row, column)
KNOWN_ERRORS = frozenset({"#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!"})
CELL_TYPES = frozenset({"n", "s", "str", "inlineStr", "b", "e", "d"})
LAST_DATE = 2_958_465  # 9999-12-31, Excel's last date serial


def check_limits(scan: SheetScan, limits: Limits, path: Path | str, sheet: str) -> None:
    """Refuse a sheet whose grid, or whose shared text, would be too large to build."""
    if scan.max_row > limits.max_rows or scan.max_col > limits.max_cols:
        raise guard.fail(path, f"sheet {sheet!r} has a cell at {scan.far}, beyond Excel's "
                               f"last row ({limits.max_rows:,}) or column; refused")
    if scan.grid_cells > limits.max_cells:
        raise guard.fail(path, f"sheet {sheet!r} has too many cells: it reaches {scan.far}, "
                               f"a grid of {scan.grid_cells:,} cells (the limit is "
                               f"{limits.max_cells:,}); delete the rows and columns beyond "
                               "the data and save")
    if scan.string_bytes > limits.max_string_bytes:
        raise guard.fail(path, f"sheet {sheet!r} repeats too much text: its cells refer to "
                               f"{scan.string_bytes / guard.MiB:,.0f} MB of shared text "
                               f"(limit {limits.max_string_bytes / guard.MiB:,.0f} MB)")


# --- shared strings: their lengths (for the limits), and which read like numbers ----------------
_SI = re.compile(rb"<(?:\w+:)?si\b[^>]*?(/?)>")
_SI_END = re.compile(rb"</(?:\w+:)?si\s*>")
NUMBER_TEXT = rb"-?(?:0|[1-9][0-9]*)(?:\.[0-9]*[1-9])?|NaN|-?inf"  # how fastexcel writes numbers
_SI_NUMBER = re.compile(rb"<(?:\w+:)?si>\s*<(?:\w+:)?t(?:\s[^>]*)?>(" + NUMBER_TEXT +
                        rb")</(?:\w+:)?t>\s*</(?:\w+:)?si>")


@dataclass(frozen=True)
class SharedStrings:
    lengths: np.ndarray  # an upper bound of each string's length (its XML's size)
    numeric: dict[int, str] = field(default_factory=dict)  # texts that read like a number


def shared_strings(path: Path | str, sst: bytes, limits: Limits = DEFAULT_LIMITS
                   ) -> SharedStrings:
    """What the scan needs of the shared strings; a string over Excel's 32,767 characters
    is refused (its text is measured exactly first)."""
    if not sst:
        return SharedStrings(np.zeros(0, dtype=np.int64))
    starts, ends, pos = [], [], 0
    while m := _SI.search(sst, pos):
        if m.group(1):  # <si/>
            starts.append(m.end())
            ends.append(m.end())
            pos = m.end()
            continue
        e = _SI_END.search(sst, m.end())
        if e is None:
            raise guard.fail(path, "is damaged (its shared strings are cut short)")
        starts.append(m.end())
        ends.append(e.start())
        pos = e.end()
    lengths = np.array(ends, dtype=np.int64) - np.array(starts, dtype=np.int64)
    for i in np.flatnonzero(lengths > limits.max_string_chars):
        chars = _text_length(sst[starts[i]:ends[i]])
        if chars > limits.max_string_chars:
            raise guard.fail(path, f"holds a text of {chars:,} characters in one cell (shared "
                                   f"string {i + 1}); Excel's limit is "
                                   f"{limits.max_string_chars:,}: refused")
    at = np.array(starts, dtype=np.int64)
    numeric = {int(np.searchsorted(at, m.end(), side="right")) - 1: m.group(1).decode()
               for m in _SI_NUMBER.finditer(sst)}
    return SharedStrings(lengths, numeric)


def _text_length(fragment: bytes) -> int:
    """Characters of text in an <si> body (its <t> elements, phonetic runs left out)."""
    parser = expat.ParserCreate()
    state = {"n": 0, "t": 0, "ph": 0}

    def start(name, _attrs):
        tag = name.rsplit(":", 1)[-1]
        state["t"] += tag == "t"
        state["ph"] += tag == "rPh"

    def end(name):
        tag = name.rsplit(":", 1)[-1]
        state["t"] -= tag == "t"
        state["ph"] -= tag == "rPh"

    def text(data):
        if state["t"] and not state["ph"]:
            state["n"] += len(data)

    parser.StartElementHandler, parser.EndElementHandler = start, end
    parser.CharacterDataHandler = text
    try:
        parser.Parse(b"<si>" + fragment + b"</si>", True)
    except expat.ExpatError:
        return len(fragment)
    return state["n"]


# --- the sheet scan ------------------------------------------------------------------------------
@dataclass
class SheetScan:
    cells: int = 0
    max_row: int = 0  # 1-based, of the farthest cell
    max_col: int = 0
    far: str = ""  # a farthest cell's reference, for messages
    errors: dict[Cell, str] = field(default_factory=dict)
    valueless_errors: set[Cell] = field(default_factory=set)  # error cells without a <v>
    values: dict[Cell, object] = field(default_factory=dict)  # what the reader loses
    blank_out: list[tuple[int, int, bytes]] = field(default_factory=list)  # byte spans
    no_value: set[Cell] = field(default_factory=set)
    percent: list[Cell] = field(default_factory=list)
    hidden_rows: set[int] = field(default_factory=set)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    string_bytes: int = 0  # shared text the cells refer to (an upper bound)
    inexact: bool = False  # numbers fastexcel's text would round (8+ decimals, exponents)
    fast: bool = True  # scanned by byte searches (else by expat)
    inline: bool = True  # whether any cell may hold an inline string (<is>); the fast scan knows

    @property
    def grid_cells(self) -> int:
        return self.max_row * self.max_col

    def percent_by_column(self) -> dict[int, np.ndarray]:
        out: dict[int, list[int]] = {}
        for r, c in self.percent:
            out.setdefault(c, []).append(r)
        return {c: np.array(rows, dtype=np.int64) for c, rows in out.items()}

    def comparable(self) -> tuple:
        """What both ways through a sheet must agree on (for tests)."""
        return (self.cells, self.max_row, self.max_col, self.errors, _nan_safe(self.values),
                sorted(s[:2] for s in self.blank_out), self.no_value, sorted(self.percent),
                self.hidden_rows, sorted(self.merged), self.inexact)


def _nan_safe(values: dict) -> dict:
    return {k: ("nan" if isinstance(v, float) and math.isnan(v) else v)
            for k, v in values.items()}


def column_letters(index: int) -> str:
    """0-based column -> letters."""
    letters, index = "", index + 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def column_number(letters: str) -> int:
    """'A' -> 1, 'AB' -> 28."""
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n


_REF = re.compile(r"\$?([A-Za-z]{1,4})\$?(\d{1,9})")


def parse_ref(text: str) -> Cell | None:
    """'B7' -> (6, 1); None when it is not a cell reference."""
    m = _REF.fullmatch(text.strip())
    if not m or int(m.group(2)) == 0:
        return None
    return int(m.group(2)) - 1, column_number(m.group(1)) - 1


def parse_range(text: str) -> tuple[int, int, int, int] | None:
    a, _, b = text.strip().partition(":")
    first, last = parse_ref(a), parse_ref(b or a)
    if first is None or last is None:
        return None
    return (min(first[0], last[0]), min(first[1], last[1]), max(first[0], last[0]),
            max(first[1], last[1]))


def note_far(scan: SheetScan, row: int, col: int, ref: str) -> None:
    if row * col >= scan.max_row * scan.max_col or row > scan.max_row or col > scan.max_col:
        scan.far = ref
    scan.max_row, scan.max_col = max(scan.max_row, row), max(scan.max_col, col)


def note_error(scan: SheetScan, where: Cell | None, value: str | None, start: int,
           end: int) -> None:
    if where is None:
        return
    text = (value or "").strip() or "#N/A"
    scan.errors[where] = text
    if value is None:
        scan.valueless_errors.add(where)
    if text not in KNOWN_ERRORS:  # calamine refuses the whole sheet over `#SPILL!`
        scan.blank_out.append((start, end, blank_span(where)))


def note_boolean(scan: SheetScan, where: Cell | None, value: str | None, start: int,
             end: int) -> None:
    if where is None or value is None:
        return
    text = value.strip().lower()
    if text in ("1", "true"):
        scan.values[where] = True
    elif text in ("0", "false"):
        scan.values[where] = False
    else:
        scan.values[where] = value
        scan.blank_out.append((start, end, blank_span(where)))


def note_number(scan: SheetScan, styles: Styles, where: Cell, style: str, value: str | None,
            start: int, end: int) -> None:
    """A numeric cell whose text is not a plain number: keep what it means."""
    if value is None or not value:
        return
    text = value.strip()
    try:
        number = float(text) if "_" not in text and text == value else None
    except ValueError:
        number = None
    if number is None:  # calamine cannot read it: the cell holds text, as far as we can tell
        scan.values[where] = value
        scan.blank_out.append((start, end, blank_span(where)))
        return
    date = style.strip().isdigit() and int(style) in styles.dates
    if not math.isfinite(number) or (date and not 0 <= number <= LAST_DATE):
        scan.values[where] = number
        if date:  # calamine panics on -1e15 as a date, and reads NaN as 1899-12-30
            scan.blank_out.append((start, end, blank_span(where)))


INEXACT = re.compile(r"[eE]|\.[0-9]{8}")  # a number whose text fastexcel would round


def blank_span(where: Cell) -> bytes:
    return f'<c r="{column_letters(where[1])}{where[0] + 1}"/>'.encode()


def merged_cells(xml: bytes, scan: SheetScan, after: int) -> SheetScan:
    """Merged ranges, from the XML after the cells."""
    for m in re.finditer(rb"<(?:\w+:)?mergeCell\b[^>]*?\bref\s*=\s*(?:\"([^\"]*)\"|'([^']*)')",
                         xml[after:]):
        cells = parse_range((m.group(1) or m.group(2) or b"").decode("utf-8", "replace"))
        if cells is not None:
            scan.merged.append(cells)
    return scan


NUMBER_TEXT_RE = re.compile(NUMBER_TEXT.decode())


def blank_cells(xml: bytes, spans: list[tuple[int, int, bytes]]) -> bytes:
    """`xml` with each (start, end) byte span replaced."""
    out, pos = [], 0
    for start, end, by in sorted(spans):
        if start < pos:
            continue
        out += [xml[pos:start], by]
        pos = end
    out.append(xml[pos:])
    return b"".join(out)
