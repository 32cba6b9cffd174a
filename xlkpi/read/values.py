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


def clean_text(s: pd.Series, *, upper: bool = False) -> pd.Series:
    """Cell values as stripped strings ('' for blank); non-breaking spaces become spaces.
    Each distinct value is cleaned once: a column of 200,000 cells holds few of them."""
    codes, uniques = pd.factorize(s.astype(object), use_na_sentinel=True)
    cleaned = [_text(u).replace("\u00a0", " ").strip() for u in uniques]
    if upper:
        cleaned = [c.upper() for c in cleaned]
    return pd.Series(np.array([*cleaned, ""], dtype=object)[codes], index=s.index,
                     dtype=object)


def per_distinct(s: pd.Series, func) -> pd.Series:
    """`func` applied to each distinct value of `s` once, spread back over the column."""
    codes, uniques = pd.factorize(s, use_na_sentinel=False)
    return pd.Series(np.array([func(u) for u in uniques], dtype=object)[codes],
                     index=s.index, dtype=object)


def lookup(keys: pd.Series, table: pd.Series, default) -> pd.Series:
    """`table[key]` for every key (`default` where absent), looked up once per distinct key."""
    codes, uniques = pd.factorize(keys)
    found = table.reindex(uniques)
    values = np.array([*(default if pd.isna(v) else v for v in found.to_numpy(object)),
                       default], dtype=object)
    return pd.Series(values[codes], index=keys.index, dtype=object)


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


def to_number(raw: pd.Series, *, units: bool = False,
              no_value_words: frozenset[str] = frozenset({""})) -> tuple[pd.Series, pd.Series]:
    """Raw cells -> (float values, kind). Accepts 74, '74', '74%', '1,234', '£1,256'; with
    `units`, also '5 cases' and '26 points' (register tolerances). Words in `no_value_words`
    count as blank. `kind` says what each cell held: blank, number, text, error, nonfinite."""
    raw = raw.astype(object)
    codes, types = pd.factorize(raw.map(type))  # compare a few type codes, not 200,000 types
    is_num = pd.Series(np.isin(codes, [i for i, t in enumerate(types) if t in _REAL_TYPES]),
                       index=raw.index)
    is_str = pd.Series(np.isin(codes, [i for i, t in enumerate(types) if t is str]),
                       index=raw.index)
    is_none = np.isin(codes, [i for i, t in enumerate(types) if t is type(None)])
    values = np.full(len(raw), np.nan)
    kind = np.zeros(len(raw), dtype=np.int8)  # codes into KINDS; 0 = blank
    values[is_num.to_numpy()] = raw[is_num].astype(float).to_numpy()
    kind[is_num.to_numpy()] = 1

    text = raw[is_str]
    text = text[text.ne("")]
    if len(text):
        t = _distinct_parse_input(text)
        blank = t.str.lower().isin(no_value_words)
        m = t.str.extract(_NUM_UNIT if units else _NUM_TEXT, expand=False)
        parsed = pd.to_numeric(m.str.replace(",", "", regex=False), errors="coerce")
        ok = (parsed.notna() & ~blank).to_numpy()
        at = raw.index.get_indexer(t.index)
        values[at[ok]] = parsed.to_numpy()[ok]
        code = np.where(ok, 1, np.where(blank.to_numpy(), 0, 2))
        code = np.where(t.isin(EXCEL_ERRORS).to_numpy(), 3, code)
        code = np.where(t.str.match(_NONFINITE).to_numpy(dtype=bool), 4, code)
        kind[at] = code
    other = ~(is_num.to_numpy() | is_str.to_numpy() | is_none)
    kind[other] = 2  # booleans, dates, times in a number column
    with np.errstate(all="ignore"):  # a number cell holding NaN or inf is not finite: never
        inf = (kind == 1) & ~np.isfinite(values)  # a blank (NaN here means the cell was NaN)
    kind[inf] = 4
    values[inf] = np.nan
    return (pd.Series(values, index=raw.index),
            pd.Series(pd.Categorical.from_codes(kind, dtype=KINDS), index=raw.index))


def _distinct_parse_input(s: pd.Series) -> pd.Series:
    """Stripped text of `s`; the strip runs once per distinct value."""
    codes, uniques = pd.factorize(s)
    cleaned = np.array([u.replace("\u00a0", " ").strip() for u in uniques], dtype=object)
    return pd.Series(cleaned[codes], index=s.index, dtype=object)


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


def to_month(raw: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Raw cells -> (month index as float, NaN when unreadable; kind blank/number/text)."""
    codes, uniques = pd.factorize(raw.astype(object), use_na_sentinel=False)
    parsed = np.array([parse_month(u) for u in uniques] + [None], dtype=float)
    blank = np.array([_is_blank(u) for u in uniques] + [True])
    months = parsed[codes]
    kind = np.where(blank[codes], 0, np.where(np.isnan(months), 2, 1)).astype(np.int8)
    return (pd.Series(months, index=raw.index),
            pd.Series(pd.Categorical.from_codes(kind, dtype=KINDS), index=raw.index))
