"""Vectorised parsing of what people type into spreadsheets: numbers, months, words.

Each parser takes a pandas Series of raw cell values (numbers, text, dates, '' for blank) and
returns typed values plus a `kind` saying what each cell held, so that rules can name the
problem precisely ("'twelve' is not a number") instead of guessing later.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from xlkpi.core.calendar import month_index

EXCEL_ERRORS = frozenset({"#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!",
                          "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!",
                          "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#EXTERNAL!", "#PYTHON!"})

# kinds of a numeric cell
BLANK, NUMBER, TEXT, ERROR, NONFINITE = "blank", "number", "text", "error", "nonfinite"

_NUM_TEXT = re.compile(r"^[£$€]?\s*([-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|[-+]?\.\d+)\s*%?$")
_NUM_UNIT = re.compile(
    r"^[£$€]?\s*([-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|[-+]?\.\d+)\s*(?:%|[A-Za-z][A-Za-z ]*)?$"
)
_NONFINITE = re.compile(r"^[-+]?(inf|infinity|nan)$", re.I)


@dataclass
class Coded:
    """A column given as its distinct values and, per row, an index into them: row i holds
    `values[codes[i]]`. Every value is held by some row (a value may repeat: each is read
    on its own). The parsers take it where they take a Series, and then read each value
    once instead of hashing every row (read_returns keeps its columns so)."""

    values: np.ndarray  # object
    codes: np.ndarray  # intp, one per row
    index: pd.Index  # the rows' labels


def spread(distinct: pd.Series, column: Coded) -> pd.Series:
    """A result made for each of `column.values` (in their order), for each row instead."""
    if isinstance(distinct.dtype, pd.CategoricalDtype):
        return pd.Series(pd.Categorical.from_codes(distinct.array.codes[column.codes],
                                                   dtype=distinct.dtype), index=column.index)
    return pd.Series(distinct.to_numpy()[column.codes], index=column.index)


def clean_text(s: pd.Series | Coded, *, upper: bool = False) -> pd.Series:
    """Cell values as stripped strings ('' for blank); non-breaking spaces become spaces.
    Each distinct value is cleaned once: a column of 200,000 cells holds few of them."""
    return clean_categories(s, upper=upper).astype(object)


def clean_categories(s: pd.Series | Coded, *, upper: bool = False) -> pd.Series:
    """`clean_text` as a categorical column: comparing, matching and grouping it then works on
    integer codes, not on 200,000 Python strings. Its categories are sorted, so that sorting it
    orders rows as sorting the text would."""
    codes, uniques = _distinct(s, use_na_sentinel=True)
    cleaned = [_clean(u) for u in uniques]
    if upper:
        cleaned = [c.upper() for c in cleaned]
    return categorical([*cleaned, ""], np.where(codes < 0, len(cleaned), codes), s.index)


def _clean(v) -> str:
    return _text(v).replace("\u00a0", " ").strip()


def as_categories(s: pd.Series) -> pd.Series:
    """Text cells as they are, as a categorical column (see clean_categories)."""
    codes, uniques = _distinct(s, use_na_sentinel=True)
    return categorical(list(uniques), codes, s.index)


def _distinct(s: pd.Series | Coded, *, use_na_sentinel: bool) -> tuple[np.ndarray, list]:
    """pd.factorize of the cells, in no particular order. A column mostly blank ('') is
    hashed only where it is not: comparing to '' is several times cheaper than hashing. A
    Coded column is distinct already (missing values: code -1 with `use_na_sentinel`)."""
    if isinstance(s, Coded):
        if not use_na_sentinel:
            return s.codes, list(s.values)
        missing = pd.isna(s.values)
        if not missing.any():
            return s.codes, list(s.values)
        recode = np.where(missing, -1, np.cumsum(~missing) - 1)
        return recode[s.codes], list(s.values[~missing])
    cells = s.to_numpy(dtype=object)
    filled = cells != ""
    if filled.sum() * 2 > len(cells):
        return _factorize(cells, use_na_sentinel)
    some, uniques = _factorize(cells[filled], use_na_sentinel)
    codes = np.full(len(cells), len(uniques), dtype=np.intp)  # '': after the others
    codes[filled] = some
    return codes, [*uniques, ""]


_TRUE, _FALSE = object(), object()


def _factorize(cells: np.ndarray, use_na_sentinel: bool) -> tuple[np.ndarray, list]:
    """pd.factorize, telling TRUE from 1 and FALSE from 0 (pandas takes them as equal)."""
    codes, uniques = pd.factorize(cells, use_na_sentinel=use_na_sentinel)
    if not any(type(u) is bool or (type(u) is not str and u in (0, 1)) for u in uniques):
        return codes, list(uniques)  # no TRUE/FALSE, or none that could be taken for 1/0
    keyed = np.array([_TRUE if v is True else _FALSE if v is False else v for v in cells],
                     dtype=object)
    codes, uniques = pd.factorize(keyed, use_na_sentinel=use_na_sentinel)
    return codes, [True if u is _TRUE else False if u is _FALSE else u for u in uniques]


def categorical(labels: list, codes: np.ndarray, index: pd.Index) -> pd.Series:
    """The column whose row i holds `labels[codes[i]]` (NaN for a code of -1), as a categorical
    of the distinct labels (text, may repeat), sorted."""
    labels = np.array(labels, dtype=object)
    try:
        distinct, inverse = np.unique(labels, return_inverse=True)
    except TypeError:  # not all text (only as_categories may be given such cells): unsorted
        inverse, distinct = pd.factorize(labels)
    recoded = np.append(inverse, -1)[np.asarray(codes)]  # -1 stays -1
    return pd.Series(pd.Categorical.from_codes(
        recoded, categories=pd.Index(distinct, dtype=object)), index=index)


def is_in(s: pd.Series, values) -> pd.Series:
    """`s.isin(values)`; for a categorical, looked up by code (pandas' own isin hashes every
    row's code, many times slower)."""
    if isinstance(s.dtype, pd.CategoricalDtype):
        hit = np.append(s.cat.categories.isin(list(values)), False)  # code -1 (NaN): last
        return pd.Series(hit[s.array.codes], index=s.index, name=s.name)
    return s.isin(list(values))


def per_distinct(s: pd.Series, func) -> pd.Series:
    """`func` applied to each distinct value of `s` once, spread back over the column."""
    codes, uniques = pd.factorize(s, use_na_sentinel=False)
    return pd.Series(np.array([func(u) for u in uniques], dtype=object)[codes],
                     index=s.index, dtype=object)


def per_category(s: pd.Series, func) -> pd.Series:
    """`func` applied to each category of the categorical `s` (text to text), a categorical."""
    labels = [func(c) for c in s.cat.categories]
    return categorical(labels, s.cat.codes.to_numpy(), s.index)


def lookup(keys: pd.Series, table: pd.Series, default) -> pd.Series:
    """`table[key]` for every key (`default` where absent), looked up once per distinct key."""
    codes, uniques = pd.factorize(keys)
    return pd.Series(_looked_up(uniques, table, default)[codes], index=keys.index,
                     dtype=object)


def lookup_categories(keys: pd.Series, table: pd.Series, default: str) -> pd.Series:
    """`lookup` of the categorical `keys` in a table of text: a categorical (NaN keys stay
    NaN)."""
    found = _looked_up(keys.cat.categories, table, default)[:-1]
    return categorical(list(found), keys.cat.codes.to_numpy(), keys.index)


def _looked_up(uniques, table: pd.Series, default) -> np.ndarray:
    """`table[u]` for each of `uniques`, `default` where absent, and `default` once more at the
    end (for a code of -1)."""
    found = table.reindex(uniques)
    return np.array([*(default if pd.isna(v) else v for v in found.to_numpy(object)),
                     default], dtype=object)


def cell_text(v) -> str:
    """One cell as text: 12.0 -> '12', a date -> '2020-04-01', None -> ''."""
    return "" if v is None else _text(v)


def _text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, dt.datetime):
        return v.date().isoformat() if v.time() == dt.time() else v.isoformat(sep=" ")
    return str(v)


KINDS = pd.CategoricalDtype([BLANK, NUMBER, TEXT, ERROR, NONFINITE, "formula", "yesno"])


def to_number(raw: pd.Series | Coded, *, units: bool = False,
              no_value_words: frozenset[str] = frozenset({""})) -> tuple[pd.Series, pd.Series]:
    """Raw cells -> (float values, kind). Accepts 74, '74', '74%', '1,234', '£1,256'; with
    `units`, also '5 cases' and '26 points' (register tolerances). Words in `no_value_words`
    count as blank. `kind` says what each cell held: blank, number, text, error, nonfinite."""
    if isinstance(raw, Coded):  # each distinct value read once
        value, kind = to_number(pd.Series(raw.values, dtype=object), units=units,
                                no_value_words=no_value_words)
        return spread(value, raw), spread(kind, raw)
    cells = raw.to_numpy(dtype=object)
    is_num, is_str, is_none = _cell_types(cells)
    values = np.full(len(cells), np.nan)
    kind = np.zeros(len(cells), dtype=np.int8)  # codes into KINDS; 0 = blank
    values[is_num] = cells[is_num].astype(float)
    kind[is_num] = 1

    at = np.flatnonzero(is_str)
    at = at[cells[at] != ""]  # '' is blank
    if len(at):  # text: each distinct string parsed once
        codes, uniques = pd.factorize(cells[at])
        value_u, kind_u = _parse_texts(uniques, units, no_value_words)
        values[at], kind[at] = value_u[codes], kind_u[codes]
    kind[~(is_num | is_str | is_none)] = 2  # booleans, dates, times in a number column
    with np.errstate(all="ignore"):  # a number cell holding NaN or inf is not finite: never
        inf = (kind == 1) & ~np.isfinite(values)  # a blank (NaN here means the cell was NaN)
    kind[inf] = 4
    values[inf] = np.nan
    return (pd.Series(values, index=raw.index),
            pd.Series(pd.Categorical.from_codes(kind, dtype=KINDS), index=raw.index))


def _cell_types(cells: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Which cells are numbers (of _REAL_TYPES), text (str) and None. A column mostly holds
    one or two types: each is compared once over the whole column."""
    present = set(map(type, cells))
    if len(present) == 1:  # one type throughout: no per-cell types needed
        t = next(iter(present))
        return (np.full(len(cells), t in _REAL_TYPES), np.full(len(cells), t is str),
                np.full(len(cells), t is type(None)))
    types = np.fromiter(map(type, cells), dtype=object, count=len(cells))

    def of(wanted) -> np.ndarray:
        found = np.zeros(len(cells), dtype=bool)
        for t in present:
            if t in wanted:
                one = np.empty(1, dtype=object)  # not `types == t`: numpy takes a numpy
                one[0] = t  # scalar type such as np.int64 for an array-like
                found |= types == one
        return found
    return of(_REAL_TYPES), of([str]), of([type(None)])


def _parse_texts(texts: np.ndarray, units: bool, no_value_words: frozenset[str]
                 ) -> tuple[np.ndarray, np.ndarray]:
    """(number, kind code) of each distinct text cell."""
    t = pd.Series([u.replace("\u00a0", " ").strip() for u in texts], dtype=object)
    blank = t.str.lower().isin(no_value_words).to_numpy()
    m = t.str.extract(_NUM_UNIT if units else _NUM_TEXT, expand=False)
    parsed = pd.to_numeric(m.str.replace(",", "", regex=False), errors="coerce").to_numpy(float)
    ok = ~np.isnan(parsed) & ~blank
    code = np.where(ok, 1, np.where(blank, 0, 2))
    code = np.where(t.isin(EXCEL_ERRORS).to_numpy(), 3, code)
    code = np.where(t.str.match(_NONFINITE).to_numpy(dtype=bool), 4, code)
    return np.where(ok, parsed, np.nan), code.astype(np.int8)


_REAL_TYPES = [float, int, np.float64, np.int64, np.float32, np.int32]


def _is_blank(v) -> bool:
    return v is None or (isinstance(v, float) and np.isnan(v)) or (isinstance(v, str) and
                                                                     not v.strip())


# --- months ----------------------------------------------------------------------------------
MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:[ T].*)?$")
_MON_YY = re.compile(r"^([A-Za-z]{3,9})[-\s/']*(\d{2}|\d{4})$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")


def parse_month(v) -> int | None:
    """One cell -> month index, or None. '2020-04', 'Apr-20', 'April 2020', a date."""
    if isinstance(v, (dt.date, dt.datetime, pd.Timestamp)):
        return month_index(v.year, v.month)
    if isinstance(v, (int, float)) and not isinstance(v, bool) and float(v).is_integer():
        n = int(v)
        if 36526 <= n <= 73050:  # an Excel date serial (2000-2099) that lost its format
            d = dt.date(1899, 12, 30) + dt.timedelta(days=n)
            return month_index(d.year, d.month)
        if 200001 <= n <= 209912 and 1 <= n % 100 <= 12:  # 202004
            return month_index(n // 100, n % 100)
        return None
    if not isinstance(v, str):
        return None
    t = v.strip()
    m = _ISO.match(t)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        return month_index(y, mo) if 1 <= mo <= 12 else None
    m = _MON_YY.match(t)
    if m:
        mo = MONTHS.get(m.group(1)[:3].lower())
        if mo is None or (len(m.group(1)) > 3 and not _is_month_name(m.group(1))):
            return None
        y = int(m.group(2))
        return month_index(y + 2000 if y < 100 else y, mo)
    m = _DMY.match(t)  # dd/mm/yyyy as typed in the UK
    if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(1)) <= 31:
        return month_index(int(m.group(3)), int(m.group(2)))
    return None


def _is_month_name(word: str) -> bool:
    full = ["january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december"]
    w = word.lower()
    return w in full or w == "sept"


def to_period(raw: pd.Series | Coded) -> tuple[pd.Series, pd.Series, pd.Series]:
    """Raw Period cells -> (the text, as `clean_categories` makes it; the month index as
    float, NaN when unreadable; kind blank/number/text), from one pass over the column."""
    codes, uniques = _distinct(raw, use_na_sentinel=False)
    text = categorical(["" if pd.isna(u) else _clean(u) for u in uniques], codes, raw.index)
    parsed = np.array([parse_month(u) for u in uniques] + [None], dtype=float)
    blank = np.array([_is_blank(u) for u in uniques] + [True])
    months = parsed[codes]
    kind = np.where(blank[codes], 0, np.where(np.isnan(months), 2, 1)).astype(np.int8)
    return (text, pd.Series(months, index=raw.index),
            pd.Series(pd.Categorical.from_codes(kind, dtype=KINDS), index=raw.index))
