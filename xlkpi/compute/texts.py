"""Texts joined per group over whole columns: the names in a reason, the cells of a Sources.

A group is a row of the output (0..n-1); the items of every group are joined in one pass over
arrays sorted by group, so that the 200,000 contributions of a big run cost one sort and one
join per output row, never a Python step per item.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

SHOWN = 3  # names in one reason before "and N more"


def codes_of(s: pd.Series) -> tuple[np.ndarray, pd.Index]:
    """A text column as (int64 codes, its distinct texts; -1 for a missing value): a
    categorical's own codes, anything else factorized (hashing 200,000 Python strings costs
    several milliseconds, so compute makes the team and indicator columns categoricals once)."""
    if isinstance(s.dtype, pd.CategoricalDtype):
        return s.cat.codes.to_numpy(np.int64), s.cat.categories
    codes, uniques = pd.factorize(s)
    return codes.astype(np.int64), pd.Index(uniques, dtype=object)


SAME_LISTS_CELLS = 4_000_000  # joined: the largest table of groups' items, in codes


def joined(group: np.ndarray, values: np.ndarray, n: int, sep: str, *, quote: str = "",
           limit: int | None = SHOWN, codes: np.ndarray | None = None) -> np.ndarray:
    """`sep`.join of `values` per group (0..n-1; items in their order here), as n texts, ''
    for a group with none: at most `limit` named and the rest counted ("and 3 more");
    `quote` makes each a possessive ("CLA's") joined with a final "and".

    `codes`: a number per item, the same for the same value and only for it. Then each
    distinct list of items is joined once, not once per group: the 7,200 (indicator, month)s
    of a big run mostly list the same teams."""
    if codes is not None:
        lists = _same_lists(group, codes, n)
        if lists is not None:
            one, of_group = lists  # one group of each distinct list, and each group's list
            at = np.full(n, -1, dtype=np.int64)
            at[one] = np.arange(len(one))
            mine = at[group] >= 0
            return _joined(at[group[mine]], np.asarray(values, dtype=object)[mine], len(one),
                           sep, quote, limit)[of_group]
    return _joined(group, values, n, sep, quote, limit)


def joined_rows(table: np.ndarray, names: np.ndarray, sep: str) -> np.ndarray:
    """`sep`.join of the `names` of each row's True cells of a boolean `table` (a row per
    text, a column per name), in column order: each distinct row joined once."""
    if not table.shape[1]:
        return np.full(len(table), "", dtype=object)
    rows = np.ascontiguousarray(table).view(np.dtype((np.void, table.shape[1]))).ravel()
    _, one, of_row = np.unique(rows, return_index=True, return_inverse=True)
    group, name = np.nonzero(table[one])
    return concat(group, [np.asarray(names, dtype=object)[name]], len(one), sep)[of_row.ravel()]


def _same_lists(group: np.ndarray, codes: np.ndarray, n: int
                ) -> tuple[np.ndarray, np.ndarray] | None:
    """The groups (0..n-1) with the same items (`codes`) in the same order, found as equal
    rows of a table of each group's codes (-1 past its last): (a group of each distinct list,
    for each group its list). None where that table would be too big."""
    order = np.argsort(group, kind="stable")
    group, codes = group[order], np.asarray(codes, dtype=np.int64)[order]
    _, size, rank = _runs(group)
    width = int(size.max(initial=0))
    if n * width > SAME_LISTS_CELLS:
        return None
    table = np.full((n, max(width, 1)), -1, dtype=np.int64)
    table[group, rank] = codes
    rows = table.view(np.dtype((np.void, table.itemsize * table.shape[1]))).ravel()
    _, one, of_group = np.unique(rows, return_index=True, return_inverse=True)
    return one, of_group.ravel()


def _joined(group: np.ndarray, values: np.ndarray, n: int, sep: str, quote: str,
            limit: int | None) -> np.ndarray:
    order = np.argsort(group, kind="stable")
    group, values = group[order], np.asarray(values, dtype=object)[order]
    if quote:
        values = _possessive(values, quote)
    starts, size, rank = _runs(group)
    if limit is not None and (size > limit + 1).any():
        over = size > limit + 1
        keep = ~np.repeat(over, size) | (rank < limit)
        more = pd.Series(size[over] - limit).astype(str).to_numpy(object) + " more"
        group = np.concatenate([group[keep], group[starts][over]])
        values = np.concatenate([values[keep], more])
        order = np.argsort(group, kind="stable")  # each "N more" after its group's names
        group, values = group[order], values[order]
        starts, size, rank = _runs(group)
    if quote:  # "A, B and C": a group's last two names become one item
        last = np.flatnonzero((rank == np.repeat(size, size) - 1) & (rank > 0))
        values[last - 1] = values[last - 1] + " and " + values[last]
        group, values = np.delete(group, last), np.delete(values, last)
    return concat(group, [values], n, sep)


def concat(group: np.ndarray, columns: list[np.ndarray], n: int, sep: str = "") -> np.ndarray:
    """`sep`.join of each group's items (`group` sorted), as n texts ('' for a group with
    none); an item is its `columns` side by side, so `sep` is for one column only."""
    out = np.full(n, "", dtype=object)
    if not len(group):
        return out
    starts, size, _ = _runs(group)
    width = len(columns)
    pieces = np.empty(len(group) * width, dtype=object)
    for i, column in enumerate(columns):
        pieces[i::width] = column
    pieces = pieces.tolist()
    bounds = (starts * width).tolist()
    ends = ((starts + size) * width).tolist()
    out[group[starts]] = [sep.join(pieces[a:b]) for a, b in zip(bounds, ends, strict=True)]
    return out


def cell_lists(group: np.ndarray, src: np.ndarray, span: np.ndarray, row: np.ndarray,
               spans: list[tuple[str, str]], prefixes: list[str], n: int) -> np.ndarray:
    """Each group's cells in their order, a run of cells of one file and sheet after one
    prefix: "a.xlsx Returns!D4:F4, D9:F9; b.xlsx 'CIN'!D5:F5". A cell is its Excel `row`
    in one of a few `spans` (first letter, ":F" or ""); `src` indexes `prefixes`; without any
    (rows made by hand), no cells are known.

    The texts are made as bytes over whole arrays, never a Python string per cell: each cell
    a row of a table of bytes, NUL where it is shorter (row numbers have from 1 to 6 digits),
    the NULs dropped and each run's prefix put in, then one decode per group."""
    if not prefixes or not len(group):
        return np.full(n, "", dtype=object)
    order = np.argsort(group, kind="stable")
    group, src, span, row = group[order], src[order], span[order], row[order]
    starts, size, rank = _runs(group)
    new_sheet = (rank == 0) | (src != np.r_[-1, src[:-1]])
    # before each cell: nothing (a group's first), "; " (a new sheet in the group) or ", "
    sep = np.where(rank == 0, 0, np.where(new_sheet, 1, 2))
    first = _byte_table([a for a, _ in spans])
    tail = _byte_table([b for _, b in spans])
    digits, places = _digits(row)
    ranged = (tail[:, 0] != 0)[span]  # "D4:F4": the row once more
    # np.take, not fancy indexing: many times faster for rows of a small table
    table = np.concatenate([np.take(_byte_table(["", "; ", ", "]), sep, axis=0),
                            np.take(first, span, axis=0), digits, np.take(tail, span, axis=0),
                            digits * ranged[:, None]], axis=1)
    text = table[table != 0]
    # the lengths added up, not counted in the table
    length = np.array([0, 2, 2])[sep] + _lengths(first)[span] + places * (1 + ranged) \
        + _lengths(tail)[span]
    prefix_text = np.asarray(prefixes, dtype=object)
    runs = np.flatnonzero(new_sheet)
    one_sheet = len(runs) == len(starts)  # each group's cells from one file and sheet
    if not one_sheet:  # each new sheet's prefix put in, after its separator
        prefix = _byte_table(prefixes)
        added = _lengths(prefix)[src[runs]]
        at = (np.cumsum(length) - length)[runs] + np.where(sep[runs] == 1, 2, 0)
        text = np.insert(text, np.repeat(at, added), prefix[src[runs]][
            np.arange(prefix.shape[1]) < added[:, None]])
        length[runs] += added
    ends = np.cumsum(length)[starts + size - 1]
    data = text.tobytes()
    out = np.full(n, "", dtype=object)
    made = np.array([data[a:b].decode() for a, b in
                     zip(np.r_[0, ends[:-1]].tolist(), ends.tolist(), strict=True)], dtype=object)
    # one sheet a group (the usual): its prefix added to each group's text instead
    out[group[starts]] = prefix_text[src[starts]] + made if one_sheet else made
    return out


def _byte_table(texts: list[str]) -> np.ndarray:
    """`texts` in UTF-8 as rows of a table of bytes, NUL after each (never inside one)."""
    return np.array([t.encode() for t in texts], dtype=bytes).reshape(len(texts), 1) \
        .view(np.uint8)


# "00" to "99" as two ASCII bytes in one little-endian uint16
_PAIRS = np.array([48 + i // 10 + 256 * (48 + i % 10) for i in range(100)], dtype="<u2")


def _digits(numbers: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The decimal digits of each number (>= 0) as ASCII bytes, right-aligned, NUL before
    (two digits a step, dividing by a constant, which numpy does without a division); and
    how many digits each has."""
    steps = (len(str(int(numbers.max(initial=0)))) + 1) // 2
    rest = numbers.astype(np.int64)
    pairs = np.zeros((len(rest), steps), dtype="<u2")
    for k in range(steps - 1, -1, -1):  # from the units up
        ahead = rest // 100
        pairs[:, k] = _PAIRS[rest - 100 * ahead]
        rest = ahead
    digits = pairs.view(np.uint8)
    places = np.ones(len(numbers), dtype=np.int64)
    for k in range(1, 2 * steps):
        places += numbers >= 10 ** k
    digits *= np.arange(2 * steps) >= 2 * steps - places[:, None]  # no leading zeros
    return digits, places


def _lengths(table: np.ndarray) -> np.ndarray:
    """The length of each text of a `_byte_table`."""
    return (table != 0).sum(axis=1)


def sentences(*columns: np.ndarray) -> np.ndarray:
    """'; '.join of the non-blank texts of each row, a column at a time."""
    out = np.full(len(columns[0]), "", dtype=object)
    for column in columns:
        both = (out != "") & (column != "")
        out = np.where(both, out + "; " + column, np.where(out != "", out, column))
    return out


def _runs(group: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Of a sorted `group`: where each run starts, its size, and each item's rank in it."""
    starts = np.flatnonzero(np.r_[True, group[1:] != group[:-1]]) if len(group) else \
        np.zeros(0, dtype=np.int64)
    size = np.diff(np.r_[starts, len(group)])
    rank = np.arange(len(group)) - np.repeat(starts, size)
    return starts, size, rank


def _possessive(values: np.ndarray, quote: str) -> np.ndarray:
    """Each value with `quote` ("'s") added, once per distinct value (they are team names)."""
    codes, names = pd.factorize(values, use_na_sentinel=False)
    names = pd.Series(names, dtype=object).astype(str)
    # a name ending in s takes the apostrophe alone: "Care Leavers'", "CLA's"
    said = np.where(names.str.endswith("s"), names + quote[:1], names + quote)
    return said.astype(object)[codes]
