"""Vectorised parsing of what people type into spreadsheets: numbers, months, words.

Each parser takes a pandas Series of raw cell values (numbers, text, dates, '' for blank) and
returns typed values plus a `kind` saying what each cell held, so that rules can name the
problem precisely ("'twelve' is not a number") instead of guessing later.
"""

from __future__ import annotations

import datetime as dt
import re

import numpy as np
import pandas as pd

EXCEL_ERRORS = frozenset({"#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!",
                          "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!",
                          "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#EXTERNAL!", "#PYTHON!"})
NO_VALUE_WORDS = frozenset({"", "tbc", "tbd", "n/a", "na", "-", "--", "none", "nil"})

# kinds of a numeric cell
BLANK, NUMBER, TEXT, ERROR, NONFINITE = "blank", "number", "text", "error", "nonfinite"

_NUM_TEXT = re.compile(r"^[£$€]?\s*([-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|[-+]?\.\d+)\s*%?$")
_NUM_UNIT = re.compile(
    r"^[£$€]?\s*([-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|[-+]?\.\d+)\s*(?:%|[A-Za-z][A-Za-z ]*)?$"
)
_NONFINITE = re.compile(r"^[-+]?(inf|infinity|nan)$", re.I)


def clean_text(s: pd.Series) -> pd.Series:
    """Cell values as stripped strings ('' for blank); non-breaking spaces become spaces."""
    out = s.astype(object).where(s.notna(), "")
    out = out.map(_text) if out.map(type).ne(str).any() else out
    return out.str.replace("\u00a0", " ", regex=False).str.strip()


def cell_text(v) -> str:
    """One cell as text: 12.0 -> '12', a date -> '2020-04-01', None -> ''."""
    return "" if v is None else _text(v)


def _text(v) -> str:
    if isinstance(v, str):
        return v
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, dt.datetime):
        return v.date().isoformat() if v.time() == dt.time() else v.isoformat(sep=" ")
    return str(v)


def to_number(raw: pd.Series, *, units: bool = False,
              no_value_words: frozenset[str] = frozenset({""})) -> tuple[pd.Series, pd.Series]:
    """Raw cells -> (float values, kind). Accepts 74, '74', '74%', '1,234', '£1,256'; with
    `units`, also '5 cases' and '26 points' (register tolerances). Words in `no_value_words`
    count as blank."""
    raw = raw.astype(object)
    types = raw.map(type)
    values = pd.Series(np.nan, index=raw.index, dtype=float)
    kind = pd.Series(BLANK, index=raw.index, dtype=object)

    is_num = types.isin(_REAL_TYPES)
    if is_num.any():
        nums = raw[is_num].astype(float)
        values[is_num] = nums
        kind[is_num & values.notna()] = NUMBER

    is_str = types.eq(str)
    if is_str.any():
        t = raw[is_str].str.replace("\u00a0", " ", regex=False).str.strip()
        blank = t.str.lower().isin(no_value_words)
        m = t.str.extract(_NUM_UNIT if units else _NUM_TEXT, expand=False)
        parsed = pd.to_numeric(m.str.replace(",", "", regex=False), errors="coerce")
        ok = parsed.notna() & ~blank
        values[t.index[ok]] = parsed[ok]
        kind[t.index[ok]] = NUMBER
        kind[t.index[~ok & ~blank]] = TEXT
        kind[t.index[t.isin(EXCEL_ERRORS)]] = ERROR
        kind[t.index[t.str.match(_NONFINITE)]] = NONFINITE

    other = ~is_num & ~is_str & types.ne(type(None))
    kind[other] = TEXT  # booleans, dates, times in a number column
    inf = kind.eq(NUMBER) & ~np.isfinite(values.fillna(0))
    kind[inf] = NONFINITE
    values[inf] = np.nan
    return values, kind


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


def month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def month_text(index) -> str:
    """month index -> 'YYYY-MM'."""
    index = int(index)
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def month_label(index) -> str:
    """month index -> 'Apr-20', as the seed appendices head their columns."""
    index = int(index)
    name = dt.date(2000, index % 12 + 1, 1).strftime("%b")
    return f"{name}-{index // 12 % 100:02d}"


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


def to_month(raw: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Raw cells -> (month index as float, NaN when unreadable; kind blank/number/text)."""
    raw = raw.astype(object)
    uniques = pd.unique(raw)
    lookup = {u: parse_month(u) for u in uniques if not _unhashable(u)}
    months = raw.map(lookup).astype(float)
    blank = raw.map(_is_blank)
    kind = pd.Series(np.where(blank, BLANK, np.where(months.notna(), NUMBER, TEXT)),
                     index=raw.index, dtype=object)
    return months, kind


def _unhashable(v) -> bool:
    try:
        hash(v)
        return False
    except TypeError:
        return True
