"""What the report says about each indicator, decided once (DESIGN §6, §6a): pure functions
over DataFrames, so that the writer only lays out what they return.

    report_columns  the results frame with every column the report reads (blank until given)
    indicators      one row per indicator: its latest due period and what the tabs show of it
    forum_indicators, rag_counts   which indicators each forum sees, and their RAGs counted
    exceptions, no_data, rag_changes, real_changes   the Summary's lists
    worst, small_counts            the worst of several RAGs; '2 of 6' beside small percentages
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from xlkpi.core import calendar
from xlkpi.core.register import Register
from xlkpi.core.vocabulary import NO_DATA, RAGS, RANK, RATED, RED, TBC
from xlkpi.rate import rag

# Columns the compute stage adds for issue 11 (DESIGN §4, §6a), with their blank value.
TEXT_COLUMNS = ("reason", "teams_returned", "sources", "variation", "assurance")
NUMBER_COLUMNS = ("ci_lower", "ci_upper", "spc_mean", "spc_lower", "spc_upper")
REAL_VARIATION = ("Improvement", "Concern", "Special cause")  # a change that is not noise
FAIL = "Fail"
SMALL_DENOMINATOR = 10  # below it a percentage shows its counts (DESIGN §6a)
_ORDER = {w: i for i, w in enumerate(RAGS)}  # Red first ... No data last
_CHANGE_ORDER = {"Worsened": 0, "Changed": 1, "Improved": 2}


def report_columns(results: pd.DataFrame) -> pd.DataFrame:
    """`results` with every column the report reads: the text columns default to '' and the
    number columns to NaN while the compute stage does not give them, and `reason` falls back
    to the `rejected` text of results that still carry it."""
    out = results.copy()
    for col in TEXT_COLUMNS:
        if col not in out:
            out[col] = out["rejected"] if col == "reason" and "rejected" in out else ""
        out[col] = out[col].fillna("").astype(str)
    for col in NUMBER_COLUMNS:
        if col not in out:
            out[col] = np.nan
    return out


def small_counts(frame: pd.DataFrame) -> pd.Series:
    """'2 of 6' for a percentage whose denominator is under 10, else '': so that a board does
    not read a swing of one child as a trend. `frame` holds measure, numerator, denominator."""
    n = pd.to_numeric(frame["numerator"], errors="coerce")
    d = pd.to_numeric(frame["denominator"], errors="coerce")
    show = frame["measure"].eq("percentage") & n.notna() & d.gt(0) & d.lt(SMALL_DENOMINATOR)
    text = pd.Series("", index=frame.index, dtype=object)
    if show.any():
        text[show] = [f"{_count(a)} of {_count(b)}" for a, b in zip(n[show], d[show],
                                                                   strict=True)]
    return text


def _count(x: float) -> str:
    return f"{int(x):,}" if float(x).is_integer() else f"{x:g}"


def indicators(results: pd.DataFrame, register: Register, period: int) -> pd.DataFrame:
    """One row per indicator of the register, in register order (index: ID), from its latest
    due period up to `period` (month is NaN when it has none: then RAG No data and a reason).

    Columns: month, previous_month, last_year_month; value, previous_value, last_year_value
    (numbers); rag, previous_rag, last_year_rag (the RAG a year before, for assessed ones);
    trend (display words), change (+1 better, -1 worse, 0 same, NaN), rag_fell; comment,
    reason, evidence, teams_returned, variation, assurance, spc_mean, spc_lower, spc_upper;
    counts, previous_counts, last_year_counts ('2 of 6' or ''); and from the register:
    measure, decimals, direction, frequency, target, tolerance, threshold (the tolerance bound,
    rate.rag.threshold; NaN for maintain, yesno and assessed), threshold_low, threshold_high
    (maintain: target - tolerance and target + tolerance)."""
    ind = register.indicators
    res = report_columns(results)
    res["counts"] = small_counts(res)
    at = res.set_index(["indicator_id", "month"])
    latest = res.sort_values("month", kind="stable").groupby("indicator_id", sort=False).tail(1)
    latest = latest.set_index("indicator_id").reindex(ind.index)
    out = pd.DataFrame(index=ind.index)
    has = latest["month"].notna()
    out["month"] = latest["month"]
    out["previous_month"] = latest["previous_month"].where(has)
    out["last_year_month"] = out["month"] - 12
    for col in ("value", "previous_value", "last_year_value", "spc_mean", "spc_lower",
                "spc_upper"):
        out[col] = latest[col].astype(float)
    for col in ("previous_rag", "trend", "comment", "evidence", "counts", *TEXT_COLUMNS):
        out[col] = latest[col].fillna("").astype(str)
    out["rag"] = latest["rag"].fillna(NO_DATA).astype(str)
    out["previous_counts"] = _lookup(at["counts"], out.index, out["previous_month"], "")
    out["last_year_counts"] = _lookup(at["counts"], out.index, out["last_year_month"], "")
    out["last_year_rag"] = _lookup(at["rag"], out.index, out["last_year_month"], "")
    for col in ("measure", "decimals", "direction", "frequency", "target", "tolerance"):
        out[col] = ind[col]
    label = calendar.month_label(period)
    out.loc[~has, "reason"] = [f"No due period up to {label} in the months these returns "
                               f"cover ({f} indicator)." for f in ind.loc[~has, "frequency"]]
    out["change"] = rag.change(out)
    out["rag_fell"] = out["rag"].map(RANK) < out["previous_rag"].map(RANK)  # NaN: not rated
    target, tolerance = ind["target"].astype(float), ind["tolerance"].astype(float).fillna(0)
    banded = ~ind["measure"].isin(["yesno", "assessed"])
    out["threshold"] = rag.threshold(ind["target"], ind["tolerance"],
                                     ind["direction"]).where(banded)
    maintain = banded & ind["direction"].eq("maintain")
    out["threshold_low"] = (target - tolerance).where(maintain)
    out["threshold_high"] = (target + tolerance).where(maintain)
    return out


def _lookup(series: pd.Series, ids: pd.Index, months: pd.Series, blank: str) -> list:
    """series[(id, month)] for each indicator's month, `blank` where there is none."""
    return [series.get((i, int(m)), blank) if m == m else blank
            for i, m in zip(ids, months, strict=True)]


def worst(rags: Sequence[str]) -> str:
    """The worst rated RAG of several ('' when none): Red < Amber < Yellow < Green; when none
    is rated, No data if any has no data, else TBC."""
    rated = [r for r in rags if r in RANK]
    if rated:
        return min(rated, key=RANK.__getitem__)
    if NO_DATA in rags:
        return NO_DATA
    return TBC if rags else ""


# --- forums --------------------------------------------------------------------------------
def forum_indicators(register: Register, row_sources: Mapping[str, str]) -> dict[str, list[str]]:
    """The indicators each forum looks at, in display order: its Membership, or those its
    findings or actions name (each once). `row_sources` maps a layout name to where its rows
    come from: members, findings or actions (an unknown layout shows its members)."""
    known = set(register.ids)
    members = {key: [i for i in group["indicator_id"] if i in known]
               for key, group in register.membership.groupby("forum_key", sort=False)}
    out = {}
    for forum, layout in zip(register.forums["forum"], register.forums["layout"], strict=True):
        source = row_sources.get(layout, "members")
        if source == "members":
            out[forum] = members.get(forum.strip().lower(), [])
        else:
            frame = register.findings if source == "findings" else register.actions
            out[forum] = list(dict.fromkeys(i for ids in frame["ids"] for i in ids
                                            if i in known))
    return out


def rag_counts(rags: pd.Series, groups: Mapping[str, Sequence[str]]) -> pd.DataFrame:
    """How many of each group's indicators have each RAG: one row per group (in the given
    order), one column per RAG word, then Total. `rags` is indexed by indicator ID."""
    rows = [rags.reindex(list(ids)).value_counts().reindex(list(RAGS), fill_value=0)
            for ids in groups.values()]
    out = pd.DataFrame(rows, index=list(groups), columns=list(RAGS)).fillna(0).astype(int)
    out["Total"] = out.sum(axis=1)
    return out


# --- the Summary's lists -----------------------------------------------------------------------
def _by_rag(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values("rag", key=lambda s: s.map(_ORDER), kind="stable")


def exceptions(table: pd.DataFrame) -> pd.DataFrame:
    """Rated indicators (Red, Amber, Yellow, Green) that are Red or whose RAG fell since the
    previous period: Red first, then by RAG, in register order. TBC, No data and direction
    `none` are never exceptions. `table` is what `indicators` returns."""
    rated = table["rag"].isin(RATED) & table["direction"].ne("none")
    return _by_rag(table[rated & (table["rag"].eq(RED) | table["rag_fell"])])


def no_data(table: pd.DataFrame) -> pd.DataFrame:
    """Indicators without a complete, valid value for the period (each has its reason), other
    than context figures (direction `none`); register order."""
    return table[table["rag"].eq(NO_DATA) & table["direction"].ne("none")]


def rag_changes(table: pd.DataFrame, first: int) -> pd.DataFrame:
    """Indicators whose RAG changed since their previous period, when the returns (from month
    `first`) cover it, with `rag_change`: Worsened, Changed (to or from TBC / No data) or
    Improved, in that order."""
    before, now = table["previous_rag"], table["rag"]
    covered = ~(table["previous_month"] < first)
    rows = table[before.ne("") & before.ne(now) & covered].copy()
    rated = rows["previous_rag"].isin(RANK.keys()) & rows["rag"].isin(RANK.keys())
    improved = rows["rag"].map(RANK) > rows["previous_rag"].map(RANK)
    rows["rag_change"] = np.where(rated, np.where(improved, "Improved", "Worsened"), "Changed")
    return rows.sort_values("rag_change", key=lambda s: s.map(_CHANGE_ORDER), kind="stable")


def real_changes(table: pd.DataFrame) -> pd.DataFrame:
    """What changed for real (DESIGN §6a): indicators whose latest point is special cause
    (Variation Improvement, Concern or Special cause), and those whose target the process will
    not meet without change (Assurance Fail); register order."""
    return table[table["variation"].isin(REAL_VARIATION) | table["assurance"].eq(FAIL)]
