"""Parse every cell of the pooled returns rows into typed columns, once, for all the rules.

Each figure becomes `<field>` (the number read, NaN if none) and `<field>_kind` (what the cell
held: blank, number, text, error, nonfinite, formula, yesno); the register adds the
indicator's measure, frequency, decimals and `Figures from`. The row-level facts every rule
shares are made here too:

- `has_figures`: a figure or a RAG is given;
- `has_content`: figures, a comment or evidence (a row with none of these holds nothing);
- `nil_return` (DESIGN §4): no figures and a `Comment` saying why. It counts as returned and
  adds nothing; no rule treats it as incomplete. A row with no figures and no comment is not
  a return at all.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from xlkpi.core import calendar
from xlkpi.core.measures import value_from_parts
from xlkpi.core.register import Register
from xlkpi.core.vocabulary import AMBER, GREEN, RED, YELLOW
from xlkpi.read import values as parse
from xlkpi.read.returns import FIGURES, Returns

_RAG_WORDS = {"r": RED, "red": RED, "a": AMBER, "amber": AMBER, "y": YELLOW,
              "yellow": YELLOW, "g": GREEN, "green": GREEN}
_YES_NO = {"yes": 1.0, "y": 1.0, "no": 0.0, "n": 0.0}
FIGURE_KINDS = [f"{f}_kind" for f in FIGURES]
TEXT = ["no_value", "team", "indicator_id", "period_text", "rag", "evidence", "comment",
        "measure", "frequency", "figures_from"]


def coerce(returns: Returns, register: Register, today: dt.date) -> pd.DataFrame:
    """The returns rows, parsed: one row per returned row, with the index of `returns.rows`.
    Its TEXT columns are categoricals (rules compare codes, not strings); `plain` makes them
    text again."""
    raw = returns.rows
    cells = returns.column  # raw[key], as distinct values and codes where it can
    t = raw[["src", "row", "hidden", "no_value"]].copy()
    t["no_value"] = parse.as_categories(raw["no_value"])
    t["team"] = parse.clean_categories(cells("team"))
    t["indicator_id"] = parse.clean_categories(cells("indicator_id"), upper=True)
    t["period_text"], t["month"], t["period_kind"] = parse.to_period(cells("period"))
    for f in FIGURES:
        t[f], t[f"{f}_kind"] = parse.to_number(cells(f))
    if t["no_value"].ne("").any():
        for f in FIGURES:
            t.loc[raw["no_value"].str.contains(f, regex=False), f"{f}_kind"] = "formula"
    _read_yes_no(t, raw)
    t["rag"] = parse.per_category(parse.clean_categories(cells("rag")),
                                  lambda w: _RAG_WORDS.get(w.lower(), w))
    t["evidence"] = parse.clean_categories(cells("evidence"))
    t["comment"] = parse.clean_categories(cells("comment"))

    ind = register.indicators
    for col in ("measure", "frequency", "figures_from"):
        t[col] = parse.lookup_categories(t["indicator_id"], ind[col], "")
    t["decimals"] = _per_id(t["indicator_id"], ind["decimals"], 1)
    answered_3 = codes_in(t["measure"], ["yesno"]) & codes_in(t["value_kind"], [parse.NUMBER]) \
        & ~t["value"].isin([0, 1]).to_numpy()
    if answered_3.any():
        t.loc[answered_3, "value_kind"] = parse.TEXT  # a yes/no answered with 3
    t["fy_start"] = register.fy_start_month
    t["latest_month"] = calendar.month_index(today.year, today.month) + 1
    population = _per_year(register, (t["month"] // 12).fillna(0).to_numpy())
    t["parts_value"] = value_from_parts(t["measure"], t["numerator"], t["denominator"],
                                        population)
    t["row_value"] = t["parts_value"].fillna(t["value"])
    given = np.logical_or.reduce([~codes_in(t[k], [parse.BLANK]) for k in FIGURE_KINDS])
    t["has_figures"] = has_figures = given | ~codes_in(t["rag"], [""])
    commented = ~codes_in(t["comment"], [""])
    t["has_content"] = has_figures | commented | ~codes_in(t["evidence"], [""])
    t["nil_return"] = ~has_figures & commented
    return t


def codes_in(s: pd.Series, values) -> np.ndarray:
    """`s.isin(values)` as a numpy array; a categorical's codes are compared with the few codes
    of `values` (NaN, code -1, is in none), not looked up row by row: the rules test the
    200,000 rows of a big run so many times over."""
    if not isinstance(s.dtype, pd.CategoricalDtype):
        return s.isin(list(values)).to_numpy(bool)
    codes = s.array.codes
    wanted = np.flatnonzero(s.cat.categories.isin(list(values)))
    if len(wanted) > 4:
        return np.append(s.cat.categories.isin(list(values)), False)[codes]
    hit = np.zeros(len(codes), dtype=bool)
    for code in wanted:
        hit |= codes == code
    return hit


def _per_id(ids: pd.Series, table: pd.Series, default) -> np.ndarray:
    """`parse.lookup(...).astype(int)` of the categorical `ids`: each category looked up and
    made an int once, by its code."""
    found = table.reindex(ids.cat.categories).to_numpy(object)
    found = pd.Series([*(default if pd.isna(v) else v for v in found), default],
                      dtype=object).astype(int).to_numpy()
    return found[ids.cat.codes.to_numpy()]  # code -1 (none): the default, last


def _per_year(register: Register, years: np.ndarray) -> np.ndarray:
    """register.population of each (whole, float) year, looked up once per year of their
    span (a big run has 200,000 rows and a few years)."""
    if not len(years) or years.max() - years.min() > 10_000:
        return np.asarray(register.population(years), dtype=float)
    first = years.min()
    span = np.arange(first, years.max() + 1)
    return np.asarray(register.population(span), dtype=float)[(years - first).astype(np.int64)]


def plain(rows: pd.DataFrame) -> pd.DataFrame:
    """`rows` with its TEXT columns as text (Python strings), as they are handed on."""
    return rows.astype({c: object for c in TEXT if c in rows})


def _read_yes_no(t: pd.DataFrame, raw: pd.DataFrame) -> None:
    """A Value typed as Yes/No (or Y/N) reads as 1/0, of kind `yesno`."""
    worded = t["value_kind"].eq(parse.TEXT)
    if worded.any():
        answer = parse.clean_text(raw.loc[worded, "value"]).str.lower()
        yes_no = answer[answer.isin(_YES_NO)]
        t.loc[yes_no.index, "value"] = yes_no.map(_YES_NO)
        t.loc[yes_no.index, "value_kind"] = "yesno"


def placed(rows: pd.DataFrame) -> pd.Series:
    """Rows that say which known indicator, month and team they are for."""
    return rows["measure"].ne("") & rows["month"].notna() & rows["team"].ne("")


def returned(rows: pd.DataFrame) -> pd.Series:
    """Placed rows that are a return: figures, or a nil return."""
    return placed(rows) & (rows["has_figures"] | rows["nil_return"])


def keys(frame: pd.DataFrame, *columns: str) -> np.ndarray:
    """One int64 per row standing for the values of `columns` (text or month): sorting,
    grouping and matching on it is many times faster than on several text columns."""
    key = np.zeros(len(frame), dtype=np.int64)
    for col in columns:
        codes, uniques = pd.factorize(frame[col])
        key = key * (len(uniques) + 1) + codes + 1
    return key


_CHECKED = ["no_value", "indicator_id", "period_text", "month", "latest_month", "fy_start",
            "measure", "frequency", "figures_from", "decimals", "rag", "evidence", "has_figures",
            "has_content", "parts_value", "period_kind", *FIGURES, *FIGURE_KINDS]


def checkable(rows: pd.DataFrame) -> pd.DataFrame:
    """The columns the schema checks, text as categories (as `coerce` makes them): pandera
    looks for missing values in the whole frame once per check, which is slow on 200,000
    Python strings."""
    frame = rows[_CHECKED]
    for c in _CHECKED:
        if pd.api.types.is_string_dtype(frame[c].dtype) and \
                not isinstance(frame[c].dtype, pd.CategoricalDtype):
            codes, uniques = pd.factorize(frame[c])  # unsorted: cheaper than astype
            frame[c] = pd.Categorical.from_codes(codes, categories=uniques)
    return frame
