"""Hits become findings: where each is (file, sheet, cell) and what it says.

A finding's text is its code's `message` template (core/codes.py), filled a whole column at a
time: literal parts and fields are concatenated as columns, never formatted row by row. A
field is, first, one of the row facts below (`{indicator}`, `{label}`, `{typed}`, ...), else a
detail column the rule gave with its hits (`{previous}`, `{cells}`), else a column of the
checked row (`{team}`, `{measure}`, `{numerator}`). Numbers are written as a person types
them: 12, 12.5, 1,234,567.
"""

from __future__ import annotations

import datetime as dt
import difflib
import string
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from xlkpi.core import calendar
from xlkpi.core.codes import CODES
from xlkpi.core.findings import COLUMNS, KEYS, empty_frame
from xlkpi.core.measures import round_half_up
from xlkpi.core.register import Register
from xlkpi.read import values as parse
from xlkpi.read.returns import FIELDS, Returns
from xlkpi.validate import locations

SHOWN = 3  # items a message names before "and N more"


# --- text ---------------------------------------------------------------------------------------
def number_text(values: pd.Series) -> pd.Series:
    """Numbers as a person would type them: 12, 12.5, 1,234,567 ('' for none)."""
    return parse.per_distinct(values, _number)


def _number(v) -> str:
    if v is None or pd.isna(v):
        return ""
    v = float(v)
    return f"{v:,.0f}" if v.is_integer() else f"{v:,.6g}"


def as_text(values: pd.Series) -> pd.Series:
    """A field's values as text: numbers by `number_text`, blanks as ''."""
    if pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values):
        return number_text(values)
    return parse.per_distinct(values, _text)


def _text(v) -> str:
    if v is None or (isinstance(v, float) and np.isnan(v)):
        return ""
    if isinstance(v, (int, float, np.number)) and not isinstance(v, (bool, np.bool_)):
        return _number(v)
    return str(v)


def listing(items: list[str], total: int) -> str:
    """The first SHOWN of `total` items: 'a, b and c', or 'a, b, c and 9,997 more'."""
    shown = list(items[:SHOWN])
    if total > len(shown):
        return ", ".join(shown) + f" and {total - len(shown):,} more"
    return " and ".join([", ".join(shown[:-1]), shown[-1]]) if len(shown) > 1 else \
        "".join(shown)


def render(template: str, field: Callable[[str], pd.Series], index: pd.Index) -> pd.Series:
    """`template` filled for every row of `index`: `field(name)` gives each named field's
    column (aligned with `index`)."""
    out = pd.Series("", index=index, dtype=object)
    for literal, name, _, _ in string.Formatter().parse(template):
        out = out + literal
        if name:
            out = out + as_text(field(name)).to_numpy(dtype=object)
    return out


# --- the facts of a row a message may name ---------------------------------------------------
@dataclass
class Context:
    raw: pd.DataFrame  # the rows as read, every cell as typed
    register: Register


def _period(part: pd.DataFrame, ctx: Context) -> pd.Series:
    """The month as YYYY-MM, or the Period as typed when it is not a month."""
    text = parse.per_distinct(part["month"], lambda m: "" if pd.isna(m) else
                              calendar.month_text(m))
    return text.where(part["month"].notna(), part["period_text"])


def _label(part: pd.DataFrame, ctx: Context) -> pd.Series:
    """The header of the column at fault: Numerator, Period, ..."""
    return parse.per_distinct(part["column"], lambda c: FIELDS.get(c, c))


def _typed(part: pd.DataFrame, ctx: Context) -> pd.Series:
    """What the person typed in the cell at fault, as text (at most 40 characters)."""
    out = pd.Series("", index=part.index, dtype=object)
    for column, p in part.groupby(part["column"].replace({"period_text": "period"})):
        out[p.index] = parse.clean_text(ctx.raw.loc[p["index"], column]).to_numpy()
    return out.str.slice(0, 40)


def _figure(part: pd.DataFrame, ctx: Context) -> pd.Series:
    """The number read from the cell at fault."""
    out = pd.Series(np.nan, index=part.index)
    for column, p in part.groupby("column"):
        out[p.index] = p[column].to_numpy(dtype=float)
    return out


def _due_months(part: pd.DataFrame, ctx: Context) -> pd.Series:
    """The months a quarterly or annual indicator is returned for: 'Jun, Sep, Dec, Mar'."""
    fy = ctx.register.fy_start_month
    names = [dt.date(2000, (fy - 1 + k) % 12 + 1, 1).strftime("%b") for k in range(12)]
    return part["frequency"].map({"quarterly": ", ".join(names[2::3]), "annual": names[11]})


def _needed(part: pd.DataFrame, ctx: Context) -> pd.Series:
    """The figures the indicator's measure asks for."""
    return part["measure"].map({"percentage": "Numerator and Denominator",
                                "average": "Numerator and Denominator",
                                "rate": "Numerator", "count": "Numerator",
                                "cost": "Numerator", "yesno": "Value (Yes or No)",
                                "score": "Value"})


def _suggestion(part: pd.DataFrame, ctx: Context) -> pd.Series:
    """' Did you mean P1?' for an unknown ID that looks like a register ID, else ''."""
    ids = list(ctx.register.indicators.index)

    def look_alike(text: str) -> str:  # O for 0, I or l for 1: the commonest typing slips
        return text.upper().replace("O", "0").replace("I", "1").replace("L", "1")

    same = {look_alike(i): i for i in ids}

    def one(i: str) -> str:
        close = [same[look_alike(i)]] if look_alike(i) in same else \
            difflib.get_close_matches(i, ids, n=1, cutoff=0.6)
        return f" Did you mean {close[0]}?" if close else ""

    return parse.per_distinct(part["indicator_id"], one)


def _worked_out(part: pd.DataFrame, ctx: Context) -> pd.Series:
    """What Numerator/Denominator give, at the indicator's decimals."""
    return pd.Series(round_half_up(part["parts_value"], part["decimals"]), index=part.index)


ROW_FIELDS: dict[str, Callable[[pd.DataFrame, Context], pd.Series]] = {
    "indicator": lambda part, ctx: part["indicator_id"],
    "period": _period,
    "label": _label,
    "typed": _typed,
    "figure": _figure,
    "row": lambda part, ctx: part["row"].astype(int).astype(str),
    "latest": lambda part, ctx: parse.per_distinct(part["latest_month"], calendar.month_text),
    "month_name": lambda part, ctx: parse.per_distinct(
        part["month"], lambda m: dt.date(2000, int(m) % 12 + 1, 1).strftime("%b")),
    "due_months": _due_months,
    "needed": _needed,
    "suggestion": _suggestion,
    "worked_out": _worked_out,
}


# --- findings -----------------------------------------------------------------------------------
def findings(found: pd.DataFrame, rows: pd.DataFrame, returns: Returns,
             register: Register) -> pd.DataFrame:
    """Hits about rows (validate/hits.py) -> findings frame: COLUMNS and KEYS, `row_id` the
    row each is about."""
    if found.empty:
        return empty_frame()
    # only the rows found about are joined (a big run has 200,000 rows and few findings)
    about = rows.loc[pd.unique(found["index"].to_numpy())]
    f = found.join(about, on="index", suffixes=("", "_row"))
    sources = returns.sources
    col = locations.column_positions(f["src"], f["column"], sources)
    ctx = Context(returns.rows, register)
    out = pd.DataFrame({
        "severity": parse.per_distinct(f["code"], lambda c: CODES[c].severity),
        "code": f["code"],
        "file": locations.files(f["src"], sources),
        "sheet": locations.sheets(f["src"], sources),
        "cell": locations.cells(f["src"], f["row"], col, sources),
        "team": f["team"],
        "indicator": f["indicator_id"],
        "period": _period(f, ctx),
        "_row": f["row"], "_col": col, "row_id": f["index"],
    })
    out["message"] = ""
    for code, part in f.groupby("code"):
        out.loc[part.index, "message"] = render(
            CODES[code].message, lambda name, part=part: _field(name, part, ctx), part.index)
    return out[COLUMNS + KEYS]


def _field(name: str, part: pd.DataFrame, ctx: Context) -> pd.Series:
    if name in ROW_FIELDS:
        return ROW_FIELDS[name](part, ctx)
    return part[name]
