"""From fastexcel's Arrow text columns to values, with no Python object per cell.

Each column becomes its distinct values and one int32 code per row (-1 blank): numpy ranks
the texts by their bytes, read as 8-byte words, and only the distinct texts are turned back
into what the cells held (`typed`)."""

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
# distinct values are numbered chunk by chunk of this many rows, each chunk's new ones in byte
# order: the order of decoding one chunk after the other in a byte matrix, which is kept
CHUNK = 65_536
WIDE = 128  # texts longer than this are decoded one by one
SMALL = 256  # rows up to which a byte matrix decodes faster than Texts (a 20-row return:
# ~40 us against ~150 us; 1,000 rows: about even). At most CHUNK: one chunk's order


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
    """An Arrow string column (nanoarrow) -> Column, with no Python object per cell: each
    text is read as big-endian 8-byte words, and only the first row of each run of equal
    texts is ranked by numpy. A column of up to SMALL rows (a team's return) is laid into a
    byte matrix instead: the same result, at a fraction of the words' fixed cost."""
    n = len(col) if stop is None else min(stop, len(col))
    validity, offsets_buf, data_buf = col.buffers
    width = np.int64 if col.schema.type == nanoarrow.Type.LARGE_STRING else np.int32
    offsets = np.frombuffer(offsets_buf, dtype=width)[col.offset:col.offset + n + 1] \
        .astype(np.int64)
    data = np.frombuffer(data_buf, dtype=np.uint8) if data_buf is not None and len(data_buf) \
        else np.zeros(0, np.uint8)
    if n:  # only the bytes of these rows: they are copied (a header's ten rows of a big sheet)
        data = data[offsets[0]:offsets[-1]]
        offsets -= offsets[0]
    lengths = np.diff(offsets)
    valid = lengths > 0
    if validity is not None and len(validity):
        bits = np.unpackbits(np.frombuffer(validity, dtype=np.uint8), bitorder="little")
        valid &= bits[col.offset:col.offset + n].astype(bool)
    codes = np.full(n, -1, dtype=np.int32)
    if n <= SMALL:
        return _matrix_decode(data, offsets, lengths, valid, codes)
    wide = lengths > WIDE
    short = valid & ~wide
    rows = slice(None) if short.all() else np.flatnonzero(short)  # no copies when all are
    raw = data.tobytes()
    texts = Texts(data, offsets[:-1][rows], lengths[rows])
    distinct = _short_codes(texts, codes, rows)
    at, sizes = texts.at[distinct], texts.lengths[distinct]
    numbers = _plain_numbers(texts.word(0, distinct), sizes).tolist()
    uniques = [v if v == v else typed(raw[a:a + k].decode("utf-8", "replace"))
               for v, a, k in zip(numbers, at.tolist(), sizes.tolist(), strict=True)]
    uniques += _wide_codes(raw, offsets, np.flatnonzero(valid & wide), codes, len(uniques))
    return Column(uniques, codes)


def _matrix_decode(data: np.ndarray, offsets: np.ndarray, lengths: np.ndarray,
                   valid: np.ndarray, codes: np.ndarray) -> Column:
    """decode for a few rows: their texts laid into a rows x longest byte matrix, made
    unique by numpy (in byte order, as Texts ranks them), the long ones one by one after."""
    short = np.flatnonzero(valid & (lengths <= WIDE))
    uniques: list = []
    if len(short):
        span = int(lengths[short].max())
        at = np.minimum(offsets[short][:, None] + np.arange(span), max(len(data) - 1, 0))
        inside = np.arange(span) < lengths[short][:, None]
        matrix = np.ascontiguousarray(np.where(inside, data[at], 0).astype(np.uint8))
        keys, inverse = np.unique(matrix.view(f"S{span}").ravel(), return_inverse=True)
        codes[short] = inverse.ravel().astype(np.int32)
        uniques = [typed(k.decode("utf-8", "replace")) for k in keys.tolist()]
    raw = data.tobytes()
    uniques += _wide_codes(raw, offsets, np.flatnonzero(valid & (lengths > WIDE)), codes,
                           len(uniques))
    return Column(uniques, codes)


def _wide_codes(raw: bytes, offsets: np.ndarray, rows: np.ndarray, codes: np.ndarray,
                start: int) -> list:
    """Code the texts longer than WIDE (few: one by one, numbered after all the shorter ones,
    which none of them can equal) and return their values."""
    index: dict[bytes, int] = {}
    for r in rows.tolist():
        codes[r] = start + index.setdefault(raw[offsets[r]:offsets[r + 1]], len(index))
    return [typed(k.decode("utf-8", "replace")) for k in index]


def _plain_numbers(words: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The value of each text (its first word, its length) that is 1 to 8 ASCII digits with no
    leading zero, NaN for any other: what typed() makes of such a text (float(text), exact
    below 2**53), for all of a numbers column's distinct texts at once."""
    chars = words.astype(">u8").view(np.uint8).reshape(-1, 8)  # each text's bytes, in order
    plain = (lengths <= 8) & ((chars[:, 0] != ord("0")) | (lengths == 1))
    value = np.zeros(len(words))
    for i in range(8):
        inside = i < lengths
        digit = chars[:, i].astype(np.float64) - ord("0")
        plain &= ~inside | ((digit >= 0) & (digit <= 9))
        value = np.where(inside, value * 10 + digit, value)
    return np.where(plain, value, np.nan)


class Texts:
    """Texts of 1 to WIDE bytes, read as big-endian 8-byte words padded with zero bytes. As
    no text holds a NUL (XML cannot carry one), two texts are equal exactly when all their
    words are, and comparing words in turn orders them as their bytes do (as np.unique on an
    S-dtype did)."""

    def __init__(self, data: np.ndarray, at: np.ndarray, lengths: np.ndarray):
        padded = np.concatenate([data, np.zeros(8, np.uint8)])
        # the word starting at every byte, up to the padding: a stride-1 view, no copy
        self.words = np.ndarray((len(data) + 1,), dtype=">u8", buffer=padded, strides=(1,))
        self.at, self.lengths = at, lengths
        self.width = -(-int(lengths.max()) // 8) if len(lengths) else 0

    def word(self, j: int, which=slice(None)) -> np.ndarray:
        """Word j (native uint64) of the texts `which` (an index); 0 for a text that ends
        before it."""
        start, left = self.at[which], self.lengths[which]
        if j:  # a text may have ended: read the padding, keep none of it
            start = np.minimum(start + 8 * j, len(self.words) - 1)
            left = np.maximum(left - 8 * j, 0)
        word = self.words[start].astype(np.uint64)
        word &= _KEEP[np.minimum(left, 8)]
        return word

    def window(self, j: int, which=slice(None)) -> np.ndarray:
        """For equality only, j >= 1: the 8 bytes from 8j on, or a text's last 8 where fewer
        are left. For a text longer than 8j they are all its own bytes (no mask, no byte
        order), and with word 0 the windows up to its end cover every byte of it."""
        step = np.minimum(np.maximum(self.lengths[which] - 8, 0), 8 * j)
        return self.words.view(np.uint64)[self.at[which] + step]


_KEEP = np.array([0, *((1 << 64) - (1 << (64 - 8 * k)) for k in range(1, 9))], np.uint64)


def _short_codes(texts: Texts, codes: np.ndarray, rows) -> np.ndarray:
    """Set the codes of `rows` (texts of at most WIDE bytes) and return one text (its index in
    `texts`) for each code: distinct texts first seen in an earlier CHUNK of these rows come
    first, and within a chunk they are in byte order (the order the byte-matrix decoding,
    chunk by chunk, gave them)."""
    n = len(texts.lengths)
    if not n:
        return np.zeros(0, np.int64)
    heads, first_words = _run_heads(texts)
    group, count = _rank(texts, heads, first_words)
    first_chunk = np.empty(count, np.int64)
    bounds = np.searchsorted(heads, np.arange(0, n + CHUNK, CHUNK))
    for c in range(len(bounds) - 2, -1, -1):  # later chunks first: the earliest one stays
        first_chunk[group[bounds[c]:bounds[c + 1]]] = c
    order = np.argsort(first_chunk, kind="stable")  # ties keep byte order
    code = np.empty(count, np.int32)
    code[order] = np.arange(count, dtype=np.int32)
    per_head = code[group]
    codes[rows] = per_head if len(heads) == n else np.repeat(per_head, np.diff(heads, append=n))
    sample = np.empty(count, np.int64)
    sample[group] = heads  # any row of a group: they all hold the same text
    return sample[order]


def _run_heads(texts: Texts) -> tuple[np.ndarray, np.ndarray]:
    """Where each run of equal consecutive texts starts (returns repeat a team or a period
    down many rows), and the first word of every text."""
    lengths = texts.lengths
    first = texts.word(0)
    same = (lengths[1:] == lengths[:-1]) & (first[1:] == first[:-1])
    for j in range(1, texts.width):
        longer = lengths[1:] > 8 * j
        pairs = np.flatnonzero(same & longer)
        if 2 * len(pairs) > len(same):  # most rows: one read of every text is cheaper
            window = texts.window(j)
            same &= (window[1:] == window[:-1]) | ~longer
        elif len(pairs):
            same[pairs] = texts.window(j, pairs + 1) == texts.window(j, pairs)
    return np.flatnonzero(np.concatenate([[True], ~same])), first


def _rank(texts: Texts, heads: np.ndarray, first_words: np.ndarray) -> tuple[np.ndarray, int]:
    """Each head's text as a dense rank in byte order (equal texts, equal rank), and the number
    of distinct texts: ranked on the first word, then refined by each further word."""
    group, count = _dense(first_words[heads])
    for j in range(1, texts.width):
        longer = np.flatnonzero(texts.lengths[heads] > 8 * j)
        word, words = _dense(texts.word(j, heads[longer]))
        rank = np.zeros(len(heads), np.int64)  # a text that has ended sorts first
        rank[longer] = word + 1
        rank += group.astype(np.int64) * (words + 1)
        group, count = _dense_below(rank, count * (words + 1))
    return group, count


def _dense_below(values: np.ndarray, bound: int) -> tuple[np.ndarray, int]:
    """_dense for values in [0, bound): without a sort when bound is not much above their
    number (as when a few longer texts refine a column of short ones)."""
    if bound > 4 * len(values) + 1024:
        return _dense(values)
    present = np.zeros(bound, bool)
    present[values] = True
    ranks = np.cumsum(present, dtype=np.int32) - 1
    return ranks[values], int(ranks[-1]) + 1


def _dense(values: np.ndarray) -> tuple[np.ndarray, int]:
    """values -> (the rank of each among the distinct values, int32; how many distinct)."""
    rank = np.zeros(len(values), np.int32)
    if not len(values):
        return rank, 0
    perm = np.argsort(values)  # ties may fall in any order: equal values get one rank
    ordered = values[perm]
    new = np.empty(len(values), bool)
    new[0] = False
    np.not_equal(ordered[1:], ordered[:-1], out=new[1:])
    rank[perm] = np.cumsum(new, dtype=np.int32)  # int32 throughout: numpy's fast path
    return rank, int(rank[perm[-1]]) + 1


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
