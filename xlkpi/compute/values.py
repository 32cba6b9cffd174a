"""The indicator engine (DESIGN §4): from checked returns rows to one value per indicator per
due period, for every period the returns cover — so history and trends come free.

    complete  which single-period figures are whole, and why not (completeness.py)
    pool      teams' rows -> one row per indicator and month (sum parts, never average %)
    window    month / ytd / rolling12 sums of the parts, only over complete periods
    value     measures.value_from_parts on the pooled, windowed parts
    history   previous period (by frequency) and the same period last year
    signal    SPC on the single-period values, Wilson intervals for percentages (spc.py)

Rating (RAG, trend) is the next stage: `xlkpi.rate`. Everything is whole-frame pandas/numpy;
the only loops are over the 12 months of a window and over the few incomplete windows.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from xlkpi.compute import completeness, spc, texts
from xlkpi.compute.frames import in_report_order, left_join
from xlkpi.core import calendar
from xlkpi.core.calendar import due
from xlkpi.core.measures import value_from_parts
from xlkpi.core.register import Register
from xlkpi.core.vocabulary import FREQUENCY_MONTHS, POOLED_MEASURES, SUMMED_MEASURES
from xlkpi.read.returns import Source

VALUE_COLUMNS = [
    "indicator_id", "title", "measure", "month", "period", "numerator", "denominator",
    "value", "target", "tolerance", "direction", "previous_month", "previous_value",
    "last_year_value", "returned_rag", "has_return", "comment", "evidence", "teams",
    "returns", "reason", "teams_returned", "sources", "ci_lower", "ci_upper", "spc_mean",
    "spc_lower", "spc_upper", "variation", "assurance", "single_value", "special_cause",
    "decimals", "frequency", "window",
]
POOLED_COLUMNS = ["indicator_id", "month", "measure", "team", "numerator", "denominator", "value",
                  "rag", "evidence", "comment"]  # what pool() reads
NO_SPC = ("yesno", "assessed")  # and annual indicators: no chart (DESIGN §6a)
KEYS = ["indicator_id", "month"]  # what the engine's frames are lined up on
PAIR_TABLE_CELLS = 20_000_000  # _distinct_pairs: the largest table of pairs, in bytes


def expand_figures_from(rows: pd.DataFrame, register: Register) -> pd.DataFrame:
    """Indicators with `Figures from` re-use their source's rows under their own ID."""
    alias = register.indicators["figures_from"]
    alias = alias[alias.ne("")]
    if alias.empty:
        return rows
    pairs = pd.DataFrame({"alias": alias.index, "indicator_id": alias.to_numpy()})
    copies = rows.merge(pairs, on="indicator_id")
    copies["indicator_id"] = copies.pop("alias")
    measure = copies["indicator_id"].map(register.indicators["measure"])
    # an average worked out from a total cost or count: its Value is the total, not the average
    copies["value"] = copies["value"].where(measure.eq(copies["measure"]))
    copies["measure"] = measure
    return pd.concat([rows, copies], ignore_index=True)


def pool(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per (indicator, month): parts summed across teams; Value kept where it
    stands alone; comments joined with their team's name when several teams comment.
    Grouping runs on integer codes, and tests of text on numpy's object arrays (pandas' own
    string comparisons cost several times more on the 200,000 rows of a big run)."""
    ind, ids = texts.codes_of(rows["indicator_id"])
    month = rows["month"].to_numpy(np.int64)
    m0 = int(month.min()) if len(month) else 0
    key = ind.astype(np.int64) * 10_000 + (month - m0)
    measure = rows["measure"].to_numpy(object)
    summed = np.logical_or.reduce([measure == m for m in SUMMED_MEASURES])
    numerator = rows["numerator"].to_numpy(float)
    value = rows["value"].to_numpy(float)
    parts = ~np.isnan(numerator) | ~np.isnan(rows["denominator"].to_numpy(float))
    # count and cost add up whatever each team gave, numerator or value
    numerator = np.where(summed & np.isnan(numerator), value, numerator)
    rag = rows["rag"].to_numpy(object)
    frame = pd.DataFrame({
        "key": key, "numerator": numerator, "denominator": rows["denominator"].to_numpy(float),
        "value_alone": np.where(~parts & ~summed, value, np.nan),
        "figures": ~np.isnan(numerator) | parts | ~np.isnan(value) | (rag != ""),
    })
    g = frame.groupby("key", sort=True)
    out = pd.DataFrame({
        "numerator": g["numerator"].sum(min_count=1),
        "denominator": g["denominator"].sum(min_count=1),
        "value_alone": g["value_alone"].first(),
        "returns": g["figures"].sum().astype(int),
    })
    team_code, teams = texts.codes_of(rows["team"])
    rank = np.argsort(np.argsort(np.asarray(teams, dtype=str)))  # alphabetical order of teams
    names = np.asarray(teams, dtype=object)[np.argsort(rank)]
    rank = rank[team_code]
    # each key's teams once, in alphabetical order
    at, ranks, seen = _distinct_pairs(np.searchsorted(out.index.to_numpy(), key), rank,
                                      len(out), len(teams))
    out["teams"] = texts.joined(at, names[ranks], len(out), ", ", limit=None, codes=ranks) \
        if seen is None else texts.joined_rows(seen, names, ", ")
    team = rows["team"].to_numpy(object)

    def given(column: str) -> pd.DataFrame | None:
        """The rows with a non-blank `column`, as a small frame, in key and team order."""
        values = rows[column].to_numpy(object)
        has = values != ""
        if not has.any():
            return None
        return pd.DataFrame({"key": key[has], "rank": rank[has], "team": team[has],
                             column: values[has]}).sort_values(["key", "rank"])

    has_rag = rag != ""  # the first RAG returned, in row order
    out["returned_rag"] = pd.Series(rag[has_rag]).groupby(key[has_rag]).first() \
        .reindex(out.index).fillna("") if has_rag.any() else ""
    evidence = given("evidence")
    out["evidence"] = "" if evidence is None else evidence.groupby("key")["evidence"] \
        .agg(" | ".join).reindex(out.index).fillna("")
    said = given("comment")
    if said is None:
        out["comment"] = ""
    else:
        multi = said.groupby("key")["team"].transform("nunique") > 1
        said = said.assign(text=np.where(multi, said["team"] + ": " + said["comment"],
                                         said["comment"]))
        out["comment"] = said.groupby("key")["text"].agg(" | ".join).reindex(out.index) \
            .fillna("")
    out["indicator_id"] = np.asarray(ids, dtype=object)[out.index // 10_000]
    out["month"] = out.index % 10_000 + m0
    return out.reset_index(drop=True)


def _distinct_pairs(a: np.ndarray, b: np.ndarray, n_a: int, n_b: int
                    ) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """The distinct (a, b) pairs, sorted, of a in 0..n_a-1 and b in 0..n_b-1: read off a
    table of which pairs occur where it is not too big (a sort of 200,000 numbers costs more
    than this whole table for 37 teams)."""
    if n_a * n_b <= PAIR_TABLE_CELLS:
        seen = np.zeros((n_a, n_b), dtype=bool)
        seen[a, b] = True
        return *np.nonzero(seen), seen
    pairs = np.unique(a.astype(np.int64) * n_b + b)
    return pairs // n_b, pairs % n_b, None


def periods(register: Register, first: int, last: int) -> pd.DataFrame:
    """Every (indicator, month) due between two months, by each indicator's frequency."""
    ind, months = register.indicators, np.arange(first, last + 1)
    # an indicator x month table of due-ness (its True cells in row order), not a cross join
    is_due = np.asarray(due(ind["frequency"].to_numpy(object)[:, None], months[None, :],
                            register.fy_start_month), dtype=bool).reshape(len(ind), len(months))
    row, col = np.nonzero(is_due)
    return pd.DataFrame({"indicator_id": ind.index[row], "month": months[col]})


def windowed(pooled: pd.DataFrame, single: pd.DataFrame, register: Register,
             grid: pd.DataFrame) -> pd.DataFrame:
    """Numerator and denominator over each indicator's window, for every due period of `grid`.
    A window's parts are summed only when every due period in it is complete (nothing is
    carried forward); a rate's denominator is the population or returned denominator of the
    window's last period, never a sum (DESIGN §4, "Rates in a window")."""
    ind = register.indicators
    out = left_join(grid, pooled, KEYS)
    out = left_join(out, single[[*KEYS, "complete", "all_nil"]], KEYS)
    for flag in ("complete", "all_nil"):
        out[flag] = out[flag].astype("boolean").fillna(False).astype(bool)
    window = out["indicator_id"].map(ind["window"])
    todo = window.ne("month") & out["indicator_id"].map(ind["measure"]).isin(POOLED_MEASURES)
    out["window_complete"] = out["complete"]
    if not todo.any():
        return out
    months = np.arange(int(out["month"].min()) - 11, int(out["month"].max()) + 1)
    fy = (months - (register.fy_start_month - 1)) // 12  # financial year of each month
    ids = out.loc[todo, "indicator_id"].unique()
    row_of = pd.Series(np.arange(len(ids)), index=ids)
    pick = todo.to_numpy()
    rows = row_of[out.loc[pick, "indicator_id"]].to_numpy()
    cols = np.searchsorted(months, out.loc[pick, "month"].to_numpy())
    sub = out[pick]

    def wide(values: pd.Series, fill) -> np.ndarray:
        frame = pd.DataFrame({"r": rows, "c": cols, "v": values.to_numpy()})
        grid_ = np.full((len(ids), len(months)), fill, dtype=float)
        grid_[frame["r"], frame["c"]] = frame["v"].astype(float)
        return grid_

    due_ = wide(pd.Series(1.0, index=sub.index), 0.0)  # due periods of these indicators
    # complete, with parts to add (all-nil adds nothing; a Value alone cannot be added up)
    whole = wide(sub["complete"] & (sub["numerator"].notna() | sub["all_nil"]), 0.0)
    parts = {p: np.nan_to_num(wide(sub[p], np.nan)) for p in ("numerator", "denominator")}
    totals = {n: {p: np.zeros_like(due_) for p in parts} for n in ("ytd", "rolling12")}
    gaps = {n: np.zeros_like(due_) for n in ("ytd", "rolling12")}
    for k in range(12):  # add the month k months back when it is inside the window
        same_year = np.zeros(len(months), bool)
        same_year[k:] = fy[k:] == fy[:len(months) - k]
        for name, inside in (("rolling12", np.ones(len(months), bool)), ("ytd", same_year)):
            use = np.zeros_like(due_, dtype=bool)
            use[:, k:] = inside[k:]
            shifted = {p: np.zeros_like(due_) for p in parts}
            for p in parts:
                shifted[p][:, k:] = parts[p][:, :len(months) - k]
            missing = np.zeros_like(due_)
            missing[:, k:] = due_[:, :len(months) - k] * (1 - whole[:, :len(months) - k])
            gaps[name] += np.where(use, missing, 0)
            for p in parts:
                totals[name][p] += np.where(use, shifted[p], 0)
    chosen = window[pick].to_numpy()
    rate = (sub["measure"] if "measure" in sub else
            sub["indicator_id"].map(ind["measure"])).eq("rate").to_numpy()
    for name in ("ytd", "rolling12"):
        mine = chosen == name
        at = (rows[mine], cols[mine])
        complete = gaps[name][at] == 0
        index = sub.index[mine]
        out.loc[index, "window_complete"] = complete
        out.loc[index, "numerator"] = np.where(complete, totals[name]["numerator"][at], np.nan)
        last_denominator = sub.loc[index, "denominator"].to_numpy(float)
        summed = totals[name]["denominator"][at]
        out.loc[index, "denominator"] = np.where(
            complete, np.where(rate[mine], last_denominator, summed), np.nan)
    return out


def compute(rows: pd.DataFrame, register: Register, *, first: int | None = None,
            last: int | None = None, errors: pd.DataFrame | None = None,
            sources: list[Source] | None = None) -> pd.DataFrame:
    """Values: one row per indicator per due period between `first` and `last` (default: the
    months the rows cover), with its history, completeness, sources and signal.

    `rows` are the checked returns rows (every row, `excluded` marking those validation
    left out); `errors` the error findings about rows (row_id, code, cell), so that a
    rejected part withholds its indicator's value and the reason says why."""
    ind = register.indicators
    rows = _coded(expand_figures_from(_with_defaults(rows), register))
    if first is None or last is None:
        months = rows.loc[rows["measure"].ne(""), "month"].dropna()
        if months.empty:
            raise ValueError("no returns to compute from and no period given")
        first = int(months.min()) if first is None else first
        last = int(months.max()) if last is None else last
    # a year of history before `first` for windows and last year's values
    grid = periods(register, first - 12, last)
    errors = errors if errors is not None else pd.DataFrame(
        {"row_id": pd.Series(dtype=int), "code": "", "cell": ""})
    contrib = completeness.contributions(rows, errors, sources or [])
    single = completeness.single_periods(contrib, register, grid)

    valid = rows.loc[~rows["excluded"].to_numpy(bool) & (rows["measure"].to_numpy(object) != "")
                     & rows["month"].notna().to_numpy(), POOLED_COLUMNS]
    pooled = pool(valid) if len(valid) else pd.DataFrame(
        columns=["indicator_id", "month", "numerator", "denominator", "value_alone",
                 "returned_rag", "evidence", "teams", "returns", "comment"])
    pooled = _nil_adds_zero(pooled, single, ind)
    out = windowed(pooled, single, register, grid)
    out = left_join(out, single.drop(columns=["complete", "all_nil"]), KEYS)

    out["measure"] = out["indicator_id"].map(ind["measure"])
    out["decimals"] = out["indicator_id"].map(ind["decimals"]).astype(int)
    for col in ("title", "direction", "frequency", "window", "target", "tolerance"):
        out[col] = out["indicator_id"].map(ind[col])
    population = register.population(out["month"] // 12)
    from_parts = value_from_parts(out["measure"], out["numerator"], out["denominator"],
                                  population)
    single_value = value_from_parts(out["measure"], out["single_numerator"],
                                    out["single_denominator"], population)
    out["single_value"] = single_value.fillna(out["value_alone"]).where(out["complete"])
    windowed_ = out["window"].ne("month") & out["measure"].isin(POOLED_MEASURES)
    out["value"] = np.where(windowed_, from_parts, from_parts.fillna(out["value_alone"]))
    out["value"] = out["value"].where(out["window_complete"])
    out["has_return"] = out["complete"]
    out["returned_rag"] = out["returned_rag"].fillna("").where(out["complete"], "")
    out["reason"] = _reasons(out, single, register, population)
    out.loc[out["value"].notna() | out["returned_rag"].ne(""), "reason"] = ""

    step = out["frequency"].map(FREQUENCY_MONTHS)
    out["previous_month"] = out["month"] - step
    prev = out[["indicator_id", "month", "value"]]
    out = left_join(out, prev.rename(columns={"month": "previous_month",
                                              "value": "previous_value"}),
                    ["indicator_id", "previous_month"])
    out = left_join(out, prev.rename(columns={"month": "last_year_month",
                                              "value": "last_year_value"})
                    .assign(month=lambda f: f["last_year_month"] + 12)
                    .drop(columns="last_year_month"), KEYS)
    out = _signal(out, ind, last)

    out = in_report_order(out, ind.index, first, last)
    out["period"] = out["month"].map({m: calendar.month_text(m) for m in out["month"].unique()})
    for col in ("comment", "evidence", "teams", "reason", "teams_returned", "sources",
                "variation", "assurance"):
        out[col] = out[col].fillna("")
    out["returns"] = out["returns"].fillna(0).astype(int)
    return out[VALUE_COLUMNS].reset_index(drop=True)


def _with_defaults(rows: pd.DataFrame) -> pd.DataFrame:
    """Columns a hand-made frame of checked rows may lack (tests, other callers)."""
    rows = rows.copy(deep=False)  # columns are added or replaced, never written into
    rows["row_id"] = rows.get("row_id", rows.index)  # findings refer to rows by it
    defaults = {"excluded": False, "team": "", "rag": "", "evidence": "", "comment": "",
                "src": 0, "row": 0}
    for col, value in defaults.items():
        if col not in rows:
            rows[col] = value
    if "has_figures" not in rows:
        figures = rows[["numerator", "denominator", "value"]].notna().any(axis=1)
        rows["has_figures"] = figures | rows["rag"].ne("")
    if rows["measure"].isna().any():
        rows["measure"] = rows["measure"].fillna("")
    return rows


def _coded(rows: pd.DataFrame) -> pd.DataFrame:
    """`rows` with team and indicator_id as categoricals: each text is hashed once here, not
    again by contributions, single periods and pooling, which work on the codes."""
    rows = rows.copy(deep=False)
    for col in ("team", "indicator_id"):
        codes, uniques = texts.codes_of(rows[col])
        rows[col] = pd.Categorical.from_codes(codes, categories=uniques)
    return rows


def _nil_adds_zero(pooled: pd.DataFrame, single: pd.DataFrame, ind: pd.DataFrame
                   ) -> pd.DataFrame:
    """Keep the single-period parts, and let a complete period of nil returns count zero for
    counts, costs and rate numerators (percentages and averages have nothing to divide)."""
    pooled = left_join(pooled, single[[*KEYS, "complete"]], KEYS)
    pooled = pooled[pooled["complete"].astype("boolean").fillna(False).astype(bool)]
    pooled = pooled.drop(columns="complete")
    measure = pooled["indicator_id"].map(ind["measure"])
    zero = measure.isin([*SUMMED_MEASURES, "rate"]) & pooled["numerator"].isna() \
        & pooled["value_alone"].isna()
    pooled.loc[zero, "numerator"] = 0.0
    pooled["single_numerator"] = pooled["numerator"]
    pooled["single_denominator"] = pooled["denominator"]
    return pooled


def _reasons(out: pd.DataFrame, single: pd.DataFrame, register: Register,
             population: np.ndarray) -> pd.Series:
    """Plain words for every value that is not there (DESIGN §4)."""
    reason = out["reason"].fillna("").astype(object)
    windowed_ = out["window"].ne("month") & out["measure"].isin(POOLED_MEASURES)
    gaps = windowed_ & ~out["window_complete"]
    if gaps.any():
        back = np.where(out.loc[gaps, "window"].eq("rolling12"), 11,
                        (out.loc[gaps, "month"] - (register.fy_start_month - 1)) % 12)
        reason[gaps] = completeness.window_reasons(out[gaps], single,
                                                   pd.Series(back, index=out.index[gaps]))
    nil = out["complete"] & out["all_nil"].fillna(False).astype(bool) \
        & out["measure"].isin(["percentage", "average"])
    reason[nil & reason.eq("")] = "Nil returns from every team: nothing to count"
    no_population = out["complete"] & out["measure"].eq("rate") & out["denominator"].isna() \
        & np.isnan(np.asarray(population, dtype=float))
    reason[no_population] = "No under-18 population in the register's Context"
    left = out["value"].isna() & out["returned_rag"].eq("") & reason.eq("") \
        & out["complete"] & out["measure"].ne("assessed")
    reason[left] = "The figures returned do not make a value for this period"
    return reason


def _signal(out: pd.DataFrame, ind: pd.DataFrame, last: int) -> pd.DataFrame:
    """SPC on each indicator's single-period values up to the report period, on its row for
    that period; Wilson 95% intervals on every percentage (DESIGN §6a)."""
    pct = out["measure"].eq("percentage") & out["value"].notna()
    low, high = spc.wilson(out["numerator"].where(pct), out["denominator"].where(pct))
    out["ci_lower"], out["ci_upper"] = low, high
    charted = ~out["measure"].isin(NO_SPC) & out["frequency"].ne("annual") \
        & (out["month"] <= last)
    points = out.loc[charted, ["indicator_id", "month", "single_value", "direction",
                               "target"]].rename(columns={"single_value": "value"})
    points["spc_from"] = points["indicator_id"].map(ind["spc_from"]) \
        if "spc_from" in ind else np.nan
    table, flags = spc.spc_frames(points) if len(points) else (pd.DataFrame(
        columns=["indicator_id", "spc_mean", "spc_lower", "spc_upper", "variation",
                 "assurance"]), pd.DataFrame(columns=["indicator_id", "month", "side"]))
    latest = out[charted].groupby("indicator_id")["month"].max()
    table["month"] = table["indicator_id"].map(latest)
    keep = ["indicator_id", "month", "spc_mean", "spc_lower", "spc_upper", "variation",
            "assurance"]
    out = left_join(out, table[keep], KEYS)
    # each point's special-cause side ('up', 'down', '') for the Trends charts
    flags = flags[["indicator_id", "month", "side"]].rename(columns={"side": "special_cause"})
    out = left_join(out, flags, KEYS)
    out["special_cause"] = out["special_cause"].fillna("")
    return out


