"""The indicator engine (DESIGN §4): from checked returns rows to one value and one RAG per
indicator per period, for every period the returns cover — so history and trends come free.

    pool    teams' rows -> one row per indicator and month (sum parts, never average %)
    window  month / ytd / rolling12 sums of the parts
    value   measures.value_from_parts on the pooled, windowed parts
    history previous period (by frequency) and the same period last year
    rate    rag.rate and rag.trend

Everything is whole-frame pandas/numpy; the only loop is over the 12 months of a window.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from xlkpi.core import calendar
from xlkpi.core.calendar import due
from xlkpi.core.measures import value_from_parts
from xlkpi.core.register import Register
from xlkpi.core.vocabulary import POOLED_MEASURES
from xlkpi.rate import rag

STEP = {"monthly": 1, "quarterly": 3, "annual": 12}
RESULT_COLUMNS = [
    "indicator_id", "title", "measure", "month", "period", "numerator", "denominator",
    "value", "target", "tolerance", "threshold", "direction", "previous_month",
    "previous_value", "last_year_value", "rag", "previous_rag", "trend", "comment",
    "evidence", "teams", "returns", "rejected", "decimals", "frequency", "window",
]


def expand_figures_from(rows: pd.DataFrame, register: Register) -> pd.DataFrame:
    """Indicators with `Figures from` re-use their source's rows under their own ID."""
    alias = register.indicators["figures_from"]
    alias = alias[alias.ne("")]
    if alias.empty:
        return rows
    pairs = pd.DataFrame({"alias": alias.index, "indicator_id": alias.to_numpy()})
    copies = rows.merge(pairs, on="indicator_id")
    copies["indicator_id"] = copies.pop("alias")
    copies["measure"] = copies["indicator_id"].map(register.indicators["measure"])
    return pd.concat([rows, copies], ignore_index=True)


def pool(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per (indicator, month): parts summed across teams; Value kept where it
    stands alone; comments joined with their team's name when several teams comment.
    Grouping runs on integer codes: 200,000 rows pool in a few hundred milliseconds."""
    ind, ids = pd.factorize(rows["indicator_id"])
    month = rows["month"].to_numpy(np.int64)
    m0 = int(month.min()) if len(month) else 0
    key = ind.astype(np.int64) * 10_000 + (month - m0)
    summed = rows["measure"].isin(["count", "cost"]).to_numpy()
    numerator = rows["numerator"].to_numpy(float)
    value = rows["value"].to_numpy(float)
    parts = ~np.isnan(numerator) | ~np.isnan(rows["denominator"].to_numpy(float))
    # count and cost add up whatever each team gave, numerator or value
    numerator = np.where(summed & np.isnan(numerator), value, numerator)
    frame = pd.DataFrame({
        "key": key, "numerator": numerator, "denominator": rows["denominator"].to_numpy(float),
        "value_alone": np.where(~parts & ~summed, value, np.nan),
        "figures": ~np.isnan(numerator) | parts | ~np.isnan(value) | rows["rag"].ne("").to_numpy(),
    })
    g = frame.groupby("key", sort=True)
    out = pd.DataFrame({
        "numerator": g["numerator"].sum(min_count=1),
        "denominator": g["denominator"].sum(min_count=1),
        "value_alone": g["value_alone"].first(),
        "returns": g["figures"].sum().astype(int),
    })
    team_code, teams = pd.factorize(rows["team"])
    rank = np.argsort(np.argsort(np.asarray(teams, dtype=str)))  # alphabetical order of teams
    by_team = pd.DataFrame({"key": key, "rank": rank[team_code]}).drop_duplicates()
    by_team = by_team.sort_values(["key", "rank"], kind="stable")
    names = np.asarray(teams, dtype=object)[np.argsort(rank)]
    out["teams"] = _join_sorted(by_team["key"].to_numpy(), names[by_team["rank"].to_numpy()])
    text = pd.DataFrame({"key": key, "rank": rank[team_code], "team": rows["team"].to_numpy(),
                         "rag": rows["rag"].to_numpy(), "evidence": rows["evidence"].to_numpy(),
                         "comment": rows["comment"].to_numpy()})
    rated = text[text["rag"] != ""].groupby("key")["rag"].first()
    out["returned_rag"] = rated.reindex(out.index).fillna("")
    evidence = text[text["evidence"] != ""].sort_values(["key", "rank"])
    out["evidence"] = evidence.groupby("key")["evidence"].agg(" | ".join) \
        .reindex(out.index).fillna("")
    said = text[text["comment"] != ""].sort_values(["key", "rank"])
    multi = said.groupby("key")["team"].transform("nunique") > 1
    said = said.assign(text=np.where(multi, said["team"] + ": " + said["comment"],
                                     said["comment"]))
    out["comment"] = said.groupby("key")["text"].agg(" | ".join).reindex(out.index).fillna("")
    out["indicator_id"] = np.asarray(ids, dtype=object)[out.index // 10_000]
    out["month"] = out.index % 10_000 + m0
    return out.reset_index(drop=True)


def _join_sorted(keys: np.ndarray, texts: np.ndarray) -> pd.Series:
    """', '.join of `texts` per run of equal `keys` (already sorted by key)."""
    if not len(keys):
        return pd.Series(dtype=object)
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    return pd.Series([", ".join(c) for c in np.split(texts, starts[1:])], index=keys[starts])


def periods(register: Register, first: int, last: int) -> pd.DataFrame:
    """Every (indicator, month) due between two months, by each indicator's frequency."""
    ind = register.indicators
    grid = pd.DataFrame({"indicator_id": ind.index}).merge(
        pd.DataFrame({"month": np.arange(first, last + 1)}), how="cross")
    freq = grid["indicator_id"].map(ind["frequency"])
    return grid[due(freq, grid["month"], register.fy_start_month)].reset_index(drop=True)


def windowed(pooled: pd.DataFrame, register: Register, grid: pd.DataFrame) -> pd.DataFrame:
    """Numerator and denominator over each indicator's window, for every due period."""
    ind = register.indicators
    out = grid.merge(pooled, on=["indicator_id", "month"], how="left")
    window = out["indicator_id"].map(ind["window"])
    todo = window.ne("month") & out["indicator_id"].map(ind["measure"]).isin(POOLED_MEASURES)
    if not todo.any() or pooled.empty:
        return out
    months = np.arange(int(out["month"].min()) - 11, int(out["month"].max()) + 1)
    fy = (months - (register.fy_start_month - 1)) // 12  # financial year of each month
    ids = pooled["indicator_id"].unique()
    row_of = pd.Series(np.arange(len(ids)), index=ids)
    pick = todo & out["indicator_id"].isin(ids)
    rows = row_of[out.loc[pick, "indicator_id"]].to_numpy()
    cols = np.searchsorted(months, out.loc[pick, "month"].to_numpy())
    for part in ("numerator", "denominator"):
        wide = pooled.pivot(index="indicator_id", columns="month", values=part) \
            .reindex(index=ids, columns=months).to_numpy(float)
        total = {"ytd": np.zeros_like(wide), "rolling12": np.zeros_like(wide)}
        seen = {"ytd": np.zeros(wide.shape, bool), "rolling12": np.zeros(wide.shape, bool)}
        for k in range(12):  # add the month k months back when it is inside the window
            back = np.full_like(wide, np.nan)
            back[:, k:] = wide[:, :wide.shape[1] - k]
            same_year = np.zeros(len(months), bool)
            same_year[k:] = fy[k:] == fy[:len(months) - k]
            for name, inside in (("rolling12", np.ones(len(months), bool)), ("ytd", same_year)):
                use = ~np.isnan(back) & inside
                total[name] += np.where(use, back, 0.0)
                seen[name] |= use
        for name in ("ytd", "rolling12"):
            result = np.where(seen[name], total[name], np.nan)
            chosen = (window[pick] == name).to_numpy()
            values = result[rows, cols]
            out.loc[pick[pick].index[chosen], part] = values[chosen]
    return out


def compute(rows: pd.DataFrame, register: Register, *, first: int | None = None,
            last: int | None = None, rejected: pd.DataFrame | None = None) -> pd.DataFrame:
    """Results: one row per indicator per due period between `first` and `last` (default:
    the months the rows cover), with value, history, threshold, RAG and trend."""
    ind = register.indicators
    rows = expand_figures_from(rows, register)
    pooled = pool(rows) if len(rows) else pd.DataFrame(
        columns=["indicator_id", "month", "numerator", "denominator", "value_alone",
                 "returned_rag", "evidence", "teams", "returns", "comment"])
    if first is None or last is None:
        if pooled.empty:
            raise ValueError("no returns to compute from and no period given")
        first = int(pooled["month"].min()) if first is None else first
        last = int(pooled["month"].max()) if last is None else last
    # a year of history before `first` for windows and last year's values
    grid = periods(register, first - 12, last)
    out = windowed(pooled, register, grid)

    out["measure"] = out["indicator_id"].map(ind["measure"])
    out["decimals"] = out["indicator_id"].map(ind["decimals"]).astype(int)
    population = register.population(out["month"] // 12)
    from_parts = value_from_parts(out["measure"], out["numerator"], out["denominator"],
                                  population)
    out["value"] = from_parts.fillna(out["value_alone"])
    for col in ("title", "direction", "frequency", "window", "target", "tolerance"):
        out[col] = out["indicator_id"].map(ind[col])
    out["has_return"] = out["returns"].fillna(0) > 0
    out["returned_rag"] = out["returned_rag"].fillna("")

    out["previous_month"] = out["month"] - out["frequency"].map(STEP)
    prev = out[["indicator_id", "month", "value", "returned_rag"]]
    out = out.merge(prev.rename(columns={"month": "previous_month", "value": "previous_value",
                                         "returned_rag": "previous_returned_rag"}),
                    on=["indicator_id", "previous_month"], how="left")
    out = out.merge(prev[["indicator_id", "month", "value"]].rename(
        columns={"month": "last_year_month", "value": "last_year_value"}).assign(
        month=lambda f: f["last_year_month"] + 12).drop(columns="last_year_month"),
        on=["indicator_id", "month"], how="left")

    out["threshold"] = rag.threshold(out["target"], out["tolerance"], out["direction"])
    out["rag"] = rag.rate(out)
    out["trend"] = rag.trend(out)
    previous = out[["indicator_id", "month", "rag"]].rename(
        columns={"month": "previous_month", "rag": "previous_rag"})
    out = out.merge(previous, on=["indicator_id", "previous_month"], how="left")
    out["previous_rag"] = out["previous_rag"].fillna("")
    out.loc[out["previous_month"] < first, "previous_rag"] = ""  # before the returns begin

    out = out[out["month"].between(first, last)].copy()
    out["period"] = out["month"].map(calendar.month_text)
    for col in ("comment", "evidence", "teams"):
        out[col] = out[col].fillna("")
    out["returns"] = out["returns"].fillna(0).astype(int)
    out["rejected"] = ""
    if rejected is not None and len(rejected):
        keys = out["indicator_id"] + "|" + out["month"].astype(int).astype(str)
        out["rejected"] = keys.map(rejected.set_index("key")["text"]).fillna("")
    order = {i: n for n, i in enumerate(ind.index)}
    out = out.sort_values(["month", "indicator_id"], key=lambda s: s.map(order)
                          if s.name == "indicator_id" else s, kind="stable")
    return out[RESULT_COLUMNS].reset_index(drop=True)


def rejected_summary(checked_rows: pd.DataFrame, report_frame: pd.DataFrame) -> pd.DataFrame:
    """Per (indicator, month): why returns were left out — 'rejected: value-mismatch (2)'."""
    bad = checked_rows[checked_rows["excluded"] & checked_rows["month"].notna()
                       & checked_rows["indicator_id"].ne("")]
    if bad.empty:
        return pd.DataFrame(columns=["key", "text"])
    codes = report_frame[report_frame["severity"] == "error"][["row_id", "code"]]
    codes = codes[codes["row_id"].astype(int) >= 0].astype({"row_id": int})
    why = bad[["indicator_id", "month"]].join(codes.set_index("row_id"), how="inner")
    if why.empty:
        return pd.DataFrame(columns=["key", "text"])
    why["key"] = why["indicator_id"] + "|" + why["month"].astype(int).astype(str)
    counted = why.groupby(["key", "code"]).size().reset_index(name="n")
    counted["item"] = counted["code"] + np.where(counted["n"] > 1,
                                                 " (" + counted["n"].astype(str) + ")", "")
    text = counted.groupby("key")["item"].agg(", ".join)
    return pd.DataFrame({"key": text.index, "text": "Returns rejected: " + text.values
                         + " — see the Validation tab"})
