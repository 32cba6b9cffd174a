"""decode (read/cells.py) against the byte-matrix decoding it replaced, kept here as the
reference: the same distinct values in the same order, and the same codes, for any column,
both by words (big columns) and by byte matrix (columns of up to SMALL rows)."""

from __future__ import annotations

from unittest import mock

import nanoarrow
import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xlkpi.read import cells
from xlkpi.read.cells import decode, typed


def reference_decode(col, stop: int | None = None) -> cells.Column:
    """decode as it was: each chunk of rows laid into a byte matrix, made unique by numpy."""
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
    short = rows[lengths[rows] <= cells.WIDE]
    for lo in range(0, len(short), cells.CHUNK):
        part = short[lo:lo + cells.CHUNK]
        span = int(lengths[part].max())
        at = np.minimum(offsets[part][:, None] + np.arange(span), len(data) - 1)
        inside = np.arange(span) < lengths[part][:, None]
        matrix = np.ascontiguousarray(np.where(inside, data[at], 0).astype(np.uint8))
        keys, inverse = np.unique(matrix.view(f"S{span}").ravel(), return_inverse=True)
        mapped = np.array([index.setdefault(bytes(k), len(index)) for k in keys],
                          dtype=np.int32)
        codes[part] = mapped[inverse.ravel()]
    long = rows[lengths[rows] > cells.WIDE]
    if len(long):
        raw = data.tobytes()
        for r in long.tolist():
            codes[r] = index.setdefault(raw[offsets[r]:offsets[r + 1]], len(index))
    return cells.Column([typed(k.decode("utf-8", "replace")) for k in index], codes)


# --- building Arrow string columns, buffer by buffer -----------------------------------------
def arrow_column(texts: list[str | None], *, large: bool = False, offset: int = 0,
                 hidden: list[str] | None = None, with_validity: bool = True):
    """A string column of `texts` (None = null), starting `offset` cells into its buffers (the
    cells before it are junk); a null may still own bytes (`hidden` holds them per null), as
    Arrow allows."""
    hidden = hidden or []
    junk = ["junk" * (i % 3) for i in range(offset)]
    cells_ = junk + texts
    raw = [(t if t is not None else hidden[i % len(hidden)] if hidden else "").encode()
           for i, t in enumerate(cells_)]
    offsets = np.concatenate([[0], np.cumsum([len(b) for b in raw])]).astype(
        np.int64 if large else np.int32)
    valid = np.array([i < offset or t is not None for i, t in enumerate(cells_)], bool)
    bitmap = np.packbits(valid, bitorder="little").tobytes() if with_validity else None
    schema = nanoarrow.large_string() if large else nanoarrow.string()
    array = nanoarrow.c_array_from_buffers(schema, len(texts), [bitmap, offsets.tobytes(),
                                                                b"".join(raw)], offset=offset)
    return nanoarrow.Array(array)


def assert_same(col, stop=None):
    """decode both ways: by words (SMALL 0) and, for a column of one chunk, by byte matrix."""
    old = reference_decode(col, stop)
    for small in (0, cells.CHUNK):
        with mock.patch.object(cells, "SMALL", small):
            new = decode(col, stop)
        assert _keys(new.uniques) == _keys(old.uniques), small
        assert new.codes.dtype == np.int32
        np.testing.assert_array_equal(new.codes, old.codes)


def _keys(values: list) -> list:
    """Values compared by type and text, so that nan equals nan and 1.0 is not True."""
    return [(type(v).__name__, repr(v)) for v in values]


_LETTERS = "abcdefghijklmnopqrstuvwxyz"  # texts of one length differing in one byte, anywhere
# texts as cells hold them: no NUL (XML cannot carry one), short ones often, some non-ASCII,
# numbers and dates among them, and a few longer than WIDE bytes
ALPHABET = st.sampled_from([*"aAbz09 -._:", "é", "ß", "€", "😀", "\xa0"])
SHORT = st.text(ALPHABET, min_size=0, max_size=20)
TEXT = st.one_of(
    SHORT, SHORT, SHORT,
    st.sampled_from(["", "0", "1", "12", "-3.5", "NaN", "inf", "2024-01-31 00:00:00", "K001",
                     "00", "07", "-0", "0.5", "99999999", "12345678", "123456789", "1 2",
                     "aaaaaaaa", "aaaaaaaab", "aaaaaaa", "abcdefghabcdefgh", "abcdefghabcdefghi"]),
    st.integers(0, 10**10).map(str),
    st.builds(lambda size, at, c: _LETTERS[:at] + c + _LETTERS[at + 1:size],
              st.integers(9, 26), st.integers(0, 25), st.sampled_from("AZé")),
    st.text(ALPHABET, min_size=cells.WIDE - 2, max_size=cells.WIDE + 6),
)
CELL = st.one_of(TEXT, st.none())


@st.composite
def columns(draw):
    pool = draw(st.lists(CELL, min_size=1, max_size=12))
    picks = st.sampled_from(pool)
    # runs of one value, as returns repeat a team or period down the rows
    runs = draw(st.lists(st.tuples(picks, st.integers(1, 6)), max_size=40))
    texts = [t for t, k in runs for _ in range(k)]
    return texts


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=columns(), large=st.booleans(), offset=st.integers(0, 5),
       chunk=st.sampled_from([1, 2, 3, 7, 64, cells.CHUNK]), stop=st.none() | st.integers(0, 50),
       hidden=st.sampled_from([[], ["x"], ["hidden text", "é"]]), with_validity=st.booleans())
def test_decode_matches_the_byte_matrix(texts, large, offset, chunk, stop, hidden,
                                        with_validity):
    if not with_validity:
        texts = ["" if t is None else t for t in texts]
    col = arrow_column(texts, large=large, offset=offset, hidden=hidden,
                       with_validity=with_validity)
    with mock.patch.object(cells, "CHUNK", chunk):
        assert_same(col, stop)


@st.composite
def near_texts(draw):
    """Runs of texts of one length that differ in a byte or two, anywhere (the last byte, one
    just past a word's end...), and prefixes of them: what telling runs and words apart, and
    ordering them, hinge on."""
    chars = draw(st.integers(1, 40))
    base = draw(st.text(ALPHABET, min_size=chars, max_size=chars))
    size = len(base.encode())
    variants = [base]
    edges = sorted({size - 1, *(k for k in (7, 8, 15, 16, 23, 24) if k < size)})
    where = st.one_of(st.integers(0, size - 1), st.sampled_from(edges))
    for at in draw(st.lists(where, min_size=1, max_size=6)):
        raw = bytearray(base.encode())
        raw[at] = draw(st.sampled_from(b"0Az~"))
        variants.append(raw.decode("utf-8", "replace"))
    cuts = st.one_of(st.integers(1, size), st.sampled_from([k for k in (8, 16, 24) if k < size]
                                                           or [size]))
    for cut in draw(st.lists(cuts, max_size=3)):  # and prefixes of it
        variants.append(base.encode()[:cut].decode("utf-8", "replace"))
    picks = st.sampled_from([*variants, None, ""])
    runs = draw(st.lists(st.tuples(picks, st.integers(1, 4)), max_size=30))
    return [t for t, k in runs for _ in range(k)]


@settings(max_examples=300, deadline=None)
@given(texts=near_texts(), chunk=st.sampled_from([3, 16, cells.CHUNK]))
def test_decode_matches_on_texts_differing_in_one_byte(texts, chunk):
    with mock.patch.object(cells, "CHUNK", chunk):
        assert_same(arrow_column(texts))


@settings(max_examples=100, deadline=None)
@given(texts=st.lists(st.text(ALPHABET, max_size=20), max_size=200),
       chunk=st.sampled_from([5, 16, cells.CHUNK]))
def test_decode_matches_on_many_distinct_texts(texts, chunk):
    with mock.patch.object(cells, "CHUNK", chunk):
        assert_same(arrow_column(texts))


def test_texts_differing_at_a_word_edge_or_prefixes_of_one_another():
    for size in range(1, 34):
        base = _LETTERS[:size] if size <= 26 else _LETTERS + "é" * ((size - 26) // 2)
        raw = base.encode()
        texts = [base]
        for at in {0, 7, 8, 15, 16, 23, 24, len(raw) - 1} & set(range(len(raw))):
            texts.append((raw[:at] + b"~" + raw[at + 1:]).decode("utf-8", "replace"))
        texts += [raw[:cut].decode("utf-8", "replace") for cut in (8, 16, 24) if cut < size]
        texts.append(base[:-1] + "~")
        for column in (texts, [t for t in texts for _ in range(3)], texts[::-1] * 2):
            assert_same(arrow_column(column))


def test_empty_blank_and_null_columns():
    for texts in ([], [None], ["", ""], [None, "", None]):
        col = arrow_column(texts)
        assert_same(col)
        assert decode(col).uniques == []
        assert (decode(col).codes == -1).all()
    assert_same(nanoarrow.Array(nanoarrow.c_array([], nanoarrow.string())))


def test_nanoarrow_built_and_sliced_arrays():
    texts = ["Team", "A", "A", None, "", "Bé", "A", "x" * 200, "Bé", "x" * 200, "12"]
    for kind in (nanoarrow.string(), nanoarrow.large_string()):
        whole = nanoarrow.c_array(texts, kind)
        for lo in range(len(texts)):
            assert_same(nanoarrow.Array(whole[lo:]))
            assert_same(nanoarrow.Array(whole[lo:min(lo + 3, len(texts))]))


def test_a_column_of_many_rows_and_chunks():
    rng = np.random.default_rng(7)
    names = ["Assessment 1", "Child in Need 3", "K001", "2018-04", "56", "", None,
             "Looked After Children Team"]
    texts = [names[i] for i in np.repeat(rng.integers(0, len(names), 3000),
                                         rng.integers(1, 90, 3000))]
    numbers = [str(v) for v in rng.integers(0, 20000, 150_000)]
    for column in (texts, numbers):
        assert_same(arrow_column(column))
