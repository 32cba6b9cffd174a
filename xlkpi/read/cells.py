"""From fastexcel's Arrow text columns to values, with no Python object per cell.

Each column becomes its distinct values and one int32 code per row (-1 blank): the texts of a
chunk of rows are laid into a byte matrix and made unique by numpy, and only the distinct
texts are turned back into what the cells held (`typed`)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import nanoarrow
import numpy as np


@dataclass
class Column:
    """One column of a sheet: its distinct values and, per row, an index into them (-1 =
    blank). Values are str, float, bool or datetime, as the cells held them."""

    uniques: list
    codes: np.ndarray  # int32, one per row of the sheet's grid

    def values(self, start: int = 0, stop: int | None = None) -> np.ndarray:
        """The cells as an object array, '' for blank."""
        table = np.array([*self.uniques, ""], dtype=object)
        codes = self.codes[start:stop]
        return table[np.where(codes < 0, len(self.uniques), codes)]



# --- from Arrow text to values ---------------------------------------------------------------
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]*[1-9])?")  # how fastexcel writes numbers
_NONFINITE = {"NaN": float("nan"), "inf": float("inf"), "-inf": float("-inf")}
_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?")
CHUNK = 65_536  # rows decoded at once (bounds the rows x width byte matrix)
WIDE = 128  # texts longer than this are decoded one by one


def typed(text: str):
    """fastexcel's text of a cell -> what the cell held. A number's text parses back to the
    same float; a date's text to the datetime; other text stays text. A text cell that reads
    exactly like a number ('12') becomes that number, as validation would read it anyway."""
    if _NUMBER.fullmatch(text):
        return float(text)
    if text in _NONFINITE:
        return _NONFINITE[text]
    if _DATETIME.fullmatch(text):
        try:
            return dt.datetime.fromisoformat(text)
        except ValueError:
            return text
    return text


def decode(col, stop: int | None = None) -> Column:
    """An Arrow string column (nanoarrow) -> Column, with no Python object per cell: the
    texts of each chunk of rows are laid into a byte matrix and made unique by numpy."""
    n = len(col) if stop is None else min(stop, len(col))
    validity, offsets_buf, data_buf = col.buffers
    width = np.int64 if col.schema.type == nanoarrow.Type.LARGE_STRING else np.int32
    offsets = np.frombuffer(offsets_buf, dtype=width)[col.offset:col.offset + n + 1] \
        .astype(np.int64)
    data = np.frombuffer(data_buf, dtype=np.uint8) if data_buf is not None and len(data_buf) \
        else np.zeros(1, np.uint8)
    lengths = np.diff(offsets)
    valid = lengths > 0
    if validity is not None and len(validity):
        bits = np.unpackbits(np.frombuffer(validity, dtype=np.uint8), bitorder="little")
        valid &= bits[col.offset:col.offset + n].astype(bool)
    codes = np.full(n, -1, dtype=np.int32)
    index: dict[bytes, int] = {}
    rows = np.flatnonzero(valid)
    short = rows[lengths[rows] <= WIDE]
    for lo in range(0, len(short), CHUNK):
        part = short[lo:lo + CHUNK]
        span = int(lengths[part].max())
        at = np.minimum(offsets[part][:, None] + np.arange(span), len(data) - 1)
        inside = np.arange(span) < lengths[part][:, None]
        matrix = np.ascontiguousarray(np.where(inside, data[at], 0).astype(np.uint8))
        keys, inverse = np.unique(matrix.view(f"S{span}").ravel(), return_inverse=True)
        mapped = np.array([index.setdefault(bytes(k), len(index)) for k in keys],
                          dtype=np.int32)
        codes[part] = mapped[inverse.ravel()]
    long = rows[lengths[rows] > WIDE]
    if len(long):
        raw = data.tobytes()
        for r in long.tolist():
            codes[r] = index.setdefault(raw[offsets[r]:offsets[r + 1]], len(index))
    return Column([typed(k.decode("utf-8", "replace")) for k in index], codes)


def exact_floats(column: Column, floats) -> None:
    """Give every cell of `column` whose value is a number the exact value of `floats` (the
    same column read as Arrow float64): each distinct exact number once."""
    is_number = np.array([type(u) is float for u in column.uniques] + [False])
    codes = column.codes
    rows = np.flatnonzero(is_number[np.where(codes < 0, len(column.uniques), codes)])
    if not len(rows):
        return
    validity, data = floats.buffers[0], floats.buffers[1]
    values = np.frombuffer(data, dtype=np.float64)[floats.offset:floats.offset + len(floats)]
    rows = rows[rows < len(values)]
    if validity is not None and len(validity):
        bits = np.unpackbits(np.frombuffer(validity, dtype=np.uint8), bitorder="little")
        rows = rows[bits[floats.offset + rows].astype(bool)]
    exact = values[rows]
    same = np.array([column.uniques[c] for c in codes[rows]], dtype=np.float64) \
        if len(rows) < 4096 else None
    if same is not None:
        differs = ~((exact == same) | (np.isnan(exact) & np.isnan(same)))
        rows, exact = rows[differs], exact[differs]
        if not len(rows):
            return
    keys, inverse = np.unique(exact, return_inverse=True)
    start = len(column.uniques)
    column.uniques.extend(keys.tolist())
    codes[rows] = start + inverse.ravel().astype(np.int32)
