"""Rules that look across returns rows: who returns what (one team only, pooling a Value,
teams the register does not name) and figures that jump far outside their history.

Each rule returns hits (validate/hits.py) with the values its message names. Duplicates are
in validate/duplicates.py, missing and empty returns in validate/completeness.py.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from xlkpi.core.measures import value_from_parts
from xlkpi.core.register import Register
from xlkpi.core.vocabulary import SINGLE_TEAM_MEASURES
from xlkpi.read import values as parse
from xlkpi.validate.coercion import keys, placed
from xlkpi.validate.hits import hits
from xlkpi.validate.messages import SHOWN, listing

_CROSS = ["team", "indicator_id", "month", "measure", "numerator_kind", "denominator_kind",
          "value_kind", "row_value", "denominator"]
# Yes/no answers and judged ratings are not figures that jump.
_NOT_JUMPING = ("yesno", "assessed")


def cross_row(rows: pd.DataFrame, register: Register) -> list[pd.DataFrame]:
    """The hits of every rule across rows, over the rows with figures."""
    with_figures = rows.loc[placed(rows) & rows["has_figures"], _CROSS]
    return [*teams_per_indicator(with_figures), unexpected_teams(with_figures, register),
            unusual_changes(with_figures), *feeding_an_average(with_figures, register)]


def average_sources(register: Register) -> pd.Index:
    """The cost and count indicators whose figures an `average` takes (`Figures from`): a
    total cost and its placements, returned once, give the total and the average cost."""
    ind = register.indicators
    averages = ind[ind["measure"].eq("average") & ind["figures_from"].ne("")]
    return pd.Index(averages["figures_from"].unique())


def feeding_an_average(rows: pd.DataFrame, register: Register) -> list[pd.DataFrame]:
    """A cost or count that an average is worked out from needs its Denominator, and not 0."""
    feeds = parse.is_in(rows["indicator_id"], average_sources(register)) \
        & parse.is_in(rows["measure"], ["cost", "count"])
    if not feeds.any():
        return []
    bad = feeds & (rows["denominator_kind"].eq(parse.BLANK) | rows["denominator"].eq(0))
    ind = register.indicators
    averages = ind[ind["measure"].eq("average") & ind["figures_from"].ne("")]
    named = averages.groupby("figures_from")["id"].agg(", ".join)
    return [hits(rows.index[bad], "denominator", "denominator-for-average",
                 averages=rows.loc[bad, "indicator_id"].astype(object).map(named))]


def teams_per_indicator(rows: pd.DataFrame) -> list[pd.DataFrame]:
    """Several teams returning one indicator for one month: an error for a yes/no, score or
    assessed indicator (`single-team-indicator`), and for a Value given alone where the parts
    of the others are pooled (`cannot-pool-value`). `teams` names them."""
    key = keys(rows, "indicator_id", "month")
    several = distinct_counts(key, pd.factorize(rows["team"])[0]) > 1
    single = parse.is_in(rows["measure"], SINGLE_TEAM_MEASURES).to_numpy()
    value_only = (rows["numerator_kind"].eq(parse.BLANK)
                  & rows["denominator_kind"].eq(parse.BLANK)
                  & rows["value_kind"].ne(parse.BLANK)).to_numpy()
    one, pooled = several & single, several & ~single & value_only
    if not (one | pooled).any():
        return []
    named = np.isin(key, key[one | pooled])  # the teams of those keys, named once per key
    names = _team_names(rows[named], key[named])
    return [hits(rows.index[one], "indicator_id", "single-team-indicator",
                 teams=names.loc[rows.index[one]]),
            hits(rows.index[pooled], "value", "cannot-pool-value",
                 teams=names.loc[rows.index[pooled]])]


PAIR_TABLE_CELLS = 20_000_000  # distinct_counts: the largest table of pairs, in bytes


def distinct_counts(key: np.ndarray, item: np.ndarray) -> np.ndarray:
    """For each row, how many distinct `item`s (codes, -1 for none: not counted) the rows of
    its `key` hold: groupby(key) nunique, from a table of which (key, item) pairs occur (or a
    unique of the pairs where that table would be too big), several times faster."""
    group, distinct = pd.factorize(key)
    item = np.asarray(item, dtype=np.int64)
    width = int(item.max(initial=-1)) + 1
    some = item >= 0
    if len(distinct) * width <= PAIR_TABLE_CELLS:
        seen = np.zeros((len(distinct), width), dtype=bool)
        seen[group[some], item[some]] = True
        count = seen.sum(axis=1)
    else:
        pairs = np.unique(group[some].astype(np.int64) * width + item[some])
        count = np.bincount(pairs // width, minlength=len(distinct))
    return count[group]


def _team_names(rows: pd.DataFrame, key: np.ndarray) -> pd.Series:
    """For each row, the teams returning its indicator for its month, sorted, the first few
    named: 'CIN/CP, Front Door and 3 more'."""
    pairs = pd.DataFrame({"key": key, "team": rows["team"].to_numpy()}).drop_duplicates()
    pairs = pairs.sort_values(["key", "team"], kind="stable")
    count = pairs.groupby("key", sort=False).size()
    first = pairs.groupby("key", sort=False).head(SHOWN).groupby("key", sort=False)["team"]
    named = first.agg(list)
    text = pd.Series([listing(named[k], count[k]) for k in count.index], index=count.index)
    return pd.Series(text.reindex(key).to_numpy(), index=rows.index)


def unexpected_teams(rows: pd.DataFrame, register: Register) -> pd.DataFrame:
    """A team returning an indicator the register assigns to other teams (a warning: the
    figures are used). `listed` names the register's teams."""
    teams = register.indicators["teams"]
    pairs = teams[teams.map(len) > 0].explode()
    has_list = parse.is_in(rows["indicator_id"], pairs.index)
    # (indicator, team) pairs as codes of the rows' categories (-1: no row has it)
    ids, names = rows["indicator_id"].array, rows["team"].array
    listed = ids.categories.get_indexer(pairs.index) * (len(names.categories) + 1) \
        + names.categories.get_indexer(pairs.to_numpy())
    pair = ids.codes.astype(np.int64) * (len(names.categories) + 1) + names.codes
    at = rows.index[has_list & ~np.isin(pair, listed)]
    return hits(at, "team", "unexpected-team",
                listed=rows.loc[at, "indicator_id"].astype(object).map(teams).map("; ".join))


def unusual_changes(rows: pd.DataFrame) -> pd.DataFrame:
    """A change since the previous return of the same team far outside that series' usual
    change: over 5x its median absolute change (and over 5x what one case more or less
    moves it, so small, flat series stay quiet), and over a quarter of its typical level,
    once there are at least 6 earlier changes to judge by. `previous`, `current` and
    `typical` (the usual change) go with each hit."""
    s = rows[rows["row_value"].notna() & ~parse.is_in(rows["measure"], _NOT_JUMPING)]
    series = keys(s, "team", "indicator_id")
    month = s["month"].to_numpy(np.int64)
    order = np.lexsort((month, series))
    series, month = series[order], month[order]
    # sorted by series and month: each series is a run of rows, a month it gives twice a run
    # of equal (series, month)
    twice = np.zeros(len(series), dtype=bool)
    twice[1:] = (series[1:] == series[:-1]) & (month[1:] == month[:-1])
    once = ~twice
    once[:-1] &= ~twice[1:]
    order, series = order[once], series[once]
    # the values in series order; the other columns only for the few rows flagged below
    value = s["row_value"].to_numpy()[order]
    first = np.ones(len(series), dtype=bool)
    first[1:] = series[1:] != series[:-1]
    group = np.cumsum(first) - 1
    previous = np.full(len(value), np.nan)
    previous[1:] = value[:-1]
    previous[first] = np.nan
    change = np.abs(value - previous)
    earlier = np.arange(len(value)) - np.flatnonzero(first)[group]
    starts = np.flatnonzero(first)
    typical = run_medians(change, starts)[group]
    level = run_medians(np.abs(value), starts)[group]
    with np.errstate(invalid="ignore"):
        flag = (earlier >= 6) & (change > 5 * typical) & (change > 0.25 * np.clip(level, 1, None))
    # what one case moves a value, worked out for the few rows flagged so far only
    at = np.flatnonzero(flag)
    c = s.iloc[order[at]]
    one_case = value_from_parts(c["measure"], pd.Series(1.0, index=c.index),
                                c["denominator"]).fillna(0).to_numpy()
    flag[at] = change[at] > 5 * one_case
    flagged = s.iloc[order[flag]]
    column = np.where(flagged["numerator_kind"].to_numpy() == parse.BLANK, "value", "numerator")
    return hits(flagged.index, column, "unusual-change", previous=previous[flag].round(1),
                current=value[flag].round(1), typical=typical[flag].round(1))


MEDIAN_TABLE_CELLS = 4_000_000  # run_medians: the largest table of padded runs, in floats


def run_medians(x: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """The median of each run of `x` (runs begin at `starts`), NaNs skipped (NaN for a run of
    none), as pandas' groupby median gives it: the runs padded with NaN into the rows of one
    table and sorted along them, NaNs last, 5 to 10 times faster than the groupby on 200,000
    values in a few thousand short series."""
    size = np.diff(np.r_[starts, len(x)])
    width = int(size.max(initial=0))
    if len(starts) * width > MEDIAN_TABLE_CELLS:  # one long series among many short ones
        return pd.Series(x).groupby(np.repeat(np.arange(len(starts)), size)).median() \
            .to_numpy()
    table = np.full((len(starts), width), np.nan)
    table[np.repeat(np.arange(len(starts)), size), np.arange(len(x)) - np.repeat(starts, size)] = x
    table.sort(axis=1)
    n = (~np.isnan(table)).sum(axis=1)
    rows = np.arange(len(starts))
    low, high = table[rows, np.maximum(n - 1, 0) // 2], table[rows, n // 2 - (n == 0)]
    with np.errstate(invalid="ignore"):
        # the middle value of an odd count; of an even one, the mean of the two (pandas adds
        # them in this order, so each median is the same to the last bit)
        return np.where(n % 2 == 1, high, (high + low) / 2)
