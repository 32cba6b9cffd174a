"""Which single-period figures are whole (DESIGN §4), who is missing when one is not, and which
cells each figure came from.

A figure for an indicator and a month is *complete* when no contribution to it was rejected by
validation and every team the register names for it has returned it (a nil return counts: the
row is there, the figures blank, a comment saying why). With no teams named, one valid return
is enough. Anything less is `No data`, and the reason says who or what is missing in words a
board reads ("Awaiting CLA's return for Mar-21"), never a finding code.

Every contribution of a run passes through here (200,000 in a big one), so the work is done on
integer codes: each contribution's row of the grid of due periods, and its team's number.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import numpy as np
import pandas as pd

from xlkpi.compute.texts import SHOWN, cell_lists, codes_of, concat, joined, sentences
from xlkpi.core import calendar
from xlkpi.core.codes import CODES
from xlkpi.core.register import Register
from xlkpi.read.returns import Source
from xlkpi.validate.coercion import codes_in
from xlkpi.validate.locations import figure_spans, sheet_prefixes

PAIR_TABLE_CELLS = 20_000_000  # single_periods: the largest table of (grid row, team)s


@dataclass
class Contributions:
    """Each placed row of the returns, as a part of its indicator's figure for its month."""

    rows: pd.DataFrame  # indicator_id, month, team, valid, nil, rejected, why, src, row, span
    prefixes: list[str] = field(default_factory=list)  # "team-a.xlsx 'CIN'!" of each src
    spans: list[tuple[str, str]] = field(default_factory=list)  # ("D", ":F") of each span


def expected_teams(register: Register) -> pd.Series:
    """The teams that return each indicator: its own `Team`, or its `Figures from` source's."""
    ind = register.indicators
    teams = ind["teams"]
    source = ind["figures_from"]
    borrowed = source.ne("") & source.isin(ind.index)
    return teams.where(~borrowed, source[borrowed].map(teams)).map(
        lambda t: tuple(t) if isinstance(t, tuple) else ())


def contributions(rows: pd.DataFrame, errors: pd.DataFrame, sources: list[Source]
                  ) -> Contributions:
    """`rows`: checked returns rows (already expanded for `Figures from`), `errors`: the error
    findings about rows (row_id, code, cell). Rows that are no return (no figures, no comment)
    and copies dropped as duplicates without an error are left out."""
    def text(column: str) -> np.ndarray:  # numpy compares object arrays far faster than pandas
        return rows[column].to_numpy(object)

    team = rows["team"]  # compute's categorical: its codes compared, not 200,000 strings
    named = ~codes_in(team, [""]) if isinstance(team.dtype, pd.CategoricalDtype) else \
        text("team") != ""
    placed = (text("measure") != "") & rows["month"].notna().to_numpy() & named
    nil = rows["nil_return"].to_numpy(bool) if "nil_return" in rows else \
        ~rows["has_figures"].to_numpy(bool) & (text("comment") != "")
    first_error = errors.drop_duplicates("row_id").set_index("row_id")
    row_id = rows["row_id"] if "row_id" in rows else pd.Series(rows.index, index=rows.index)
    rejected = row_id.isin(first_error.index).to_numpy()
    is_return = rows["has_figures"].to_numpy(bool) | nil | rejected
    keep = placed & is_return & (~rows["excluded"].to_numpy(bool) | rejected)
    r = rows.loc[keep, [c for c in ("indicator_id", "month", "team", "src", "row", "measure")
                        if c in rows]]
    bad = rejected[keep]
    span, spans = figure_spans(r, sources)
    out = pd.DataFrame({  # text kept as it comes: object columns or compute's categoricals
        "indicator_id": r["indicator_id"].reset_index(drop=True),
        "month": r["month"].to_numpy(np.int64),
        "team": r["team"].reset_index(drop=True),
        "valid": ~bad,
        "nil": nil[keep] & ~bad,
        "rejected": bad,
        "src": r["src"].to_numpy(np.int64) if "src" in r else 0,
        "row": r["row"].to_numpy(np.int64) if "row" in r else 0,
        "span": span,
    })
    out["why"] = pd.Series(_why(row_id[keep][bad] if bad.any() else None, first_error, bad),
                           dtype=object)
    return Contributions(out, sheet_prefixes(sources), spans)


def _why(ids: pd.Series | None, first_error: pd.DataFrame, bad: np.ndarray) -> np.ndarray:
    """What was wrong with each rejected contribution (`ids`, the `bad` ones), in words, and
    where: "Numerator more than denominator, 'CLA'!E7"; '' for the others."""
    why = np.full(len(bad), "", dtype=object)
    if ids is None:
        return why
    found = first_error.loc[ids.to_numpy()]
    code = found["code"].astype(object).fillna("")
    cell = found["cell"].astype(object).fillna("").to_numpy(object)
    words = {c: (getattr(CODES[c], "plain", "") or CODES[c].when.rstrip(".")) if c in CODES
             else "" for c in code.unique()}
    why[bad] = code.map(words).to_numpy(object) + np.where(cell != "", ", " + cell, "")
    return why


def single_periods(contrib: Contributions, register: Register, grid: pd.DataFrame
                   ) -> pd.DataFrame:
    """For every (indicator_id, month) of `grid`: complete, teams_returned ('k of n'), all_nil,
    reason ('' when complete), who (who is missing, for window reasons) and sources."""
    c = contrib.rows
    keys = ["indicator_id", "month"]
    n = len(grid)
    at = _grid_rows(grid, c)
    inside = at >= 0
    valid, nil = c["valid"].to_numpy(bool) & inside, c["nil"].to_numpy(bool)
    bad = c["rejected"].to_numpy(bool) & inside
    # the teams of the contributions and of the register, as numbers
    expected = expected_teams(register)
    named = np.array([t for teams in expected for t in teams], dtype=object)
    team, names = codes_of(c["team"])
    # a missing team and the named teams no contribution has: codes of their own
    team = np.where(team < 0, len(names), team)
    named_code = names.get_indexer(named)
    named_code = np.where(named_code < 0, len(names) + 1, named_code).astype(np.int64)
    width = len(names) + 2
    pair = at * width + team  # one number per (grid row, team)

    # which (grid row, team)s occur, as a table where it is not too big (else hashed)
    table = n * width <= PAIR_TABLE_CELLS
    # each valid team once (its first row): how many returned, and whether all were nil
    firsts = np.flatnonzero(valid)
    if not (table and _distinct(pair[valid], n * width)):
        firsts = firsts[~pd.Series(pair[valid]).duplicated().to_numpy()]
    k = np.bincount(at[firsts], minlength=n)
    all_nil = (k > 0) & (np.bincount(at[firsts], weights=~nil[firsts], minlength=n) == 0)
    rejected_any = np.bincount(at[bad], minlength=n) > 0

    # expected teams with no valid or nil return, and no rejected one (that one is named below)
    n_expected = grid["indicator_id"].map(expected.map(len)).fillna(0).astype(int).to_numpy()
    start = np.r_[0, np.cumsum(expected.map(len).to_numpy())[:-1]] if len(expected) else \
        np.zeros(0, dtype=np.int64)
    first_named = pd.Series(start, index=expected.index).reindex(grid["indicator_id"]) \
        .fillna(0).to_numpy(np.int64)
    want = np.repeat(np.arange(n), n_expected)  # a grid row per team it expects
    slot = np.arange(len(want)) - np.repeat(np.cumsum(n_expected) - n_expected, n_expected)
    wanted = np.repeat(first_named, n_expected) + slot  # which of `named`
    expected_pair = want * width + named_code[wanted]
    if table:
        seen = np.zeros(n * width, dtype=bool)
        seen[pair[inside]] = True
        missing = ~seen[expected_pair]
    else:
        missing = ~pd.Series(expected_pair).isin(pd.Series(pair[inside]).unique()).to_numpy()
    missing_team = named[wanted][missing]
    team_name = pd.factorize(named)[0][wanted][missing]  # the same for the same name
    missing_at = want[missing]
    n_missing = np.bincount(missing_at, minlength=n)

    out = grid[keys].copy()
    out["all_nil"] = all_nil
    out["rejected_any"] = rejected_any
    out["complete"] = ~rejected_any & (n_missing == 0) & (k > 0)
    k_text = pd.Series(k).astype(str)
    out["teams_returned"] = np.where(n_expected > 0, (k_text + " of " + pd.Series(n_expected)
                                                      .astype(str)).to_numpy(object),
                                     k_text.to_numpy(object))

    month_label = _labels(out["month"].to_numpy(np.int64))
    # rejected contributions: "CLA's figures for Mar-21 were rejected (…, 'CLA'!E7)"
    why = c["why"].to_numpy(object)[bad]
    said = c["team"].to_numpy(object)[bad] + "'s figures for " + month_label[at[bad]] \
        + " were rejected" + np.where(why != "", " (" + why + ")", "")
    reason_rejected = joined(at[bad], said, n, "; ")
    awaiting = joined(missing_at, missing_team, n, ", ", quote="'s", codes=team_name)
    plural = np.where(n_missing > 1, "returns", "return")
    reason_missing = np.where(awaiting != "", "Awaiting " + awaiting + " " + plural + " for "
                              + month_label, "")
    nothing = np.where((k == 0) & ~rejected_any & (n_expected == 0),
                       "No return for " + month_label, "")
    out["reason"] = sentences(reason_rejected, np.asarray(reason_missing, dtype=object),
                              np.asarray(nothing, dtype=object))
    out.loc[out["complete"], "reason"] = ""
    # who is missing, for a window's reason: the rejected and the awaited teams
    first_bad = np.flatnonzero(bad)[~pd.Series(pair[bad]).duplicated().to_numpy()]
    who_r = joined(at[first_bad], c["team"].to_numpy(object)[first_bad], n, ", ")
    who_m = joined(missing_at, missing_team, n, ", ", codes=team_name)
    who = np.where((who_r != "") & (who_m != ""), who_r + ", " + who_m, who_r + who_m)
    out["who"] = np.where(who != "", who, "any team")
    # every cell, none left out: each value can be traced to all of its cells
    cited = valid & ~nil
    out["sources"] = cell_lists(at[cited], *(c[k].to_numpy(np.int64)[cited] for k in
                                             ("src", "span", "row")),
                                contrib.spans, contrib.prefixes, n)
    return out


def _distinct(values: np.ndarray, size: int) -> bool:
    """Whether `values` (0..size-1) are all different, from a count of them."""
    return len(values) == 0 or int(np.bincount(values, minlength=size).max()) == 1


def _grid_rows(grid: pd.DataFrame, c: pd.DataFrame) -> np.ndarray:
    """The row of `grid` (indicator_id, month) of each contribution in `c`; -1 for one the grid
    has not (an indicator not due that month, a month outside the grid)."""
    if grid.empty or c.empty:
        return np.full(len(c), -1, dtype=np.int64)
    ids = pd.Index(pd.unique(grid["indicator_id"].to_numpy(object)))
    month = grid["month"].to_numpy(np.int64)
    low, span = int(month.min()), int(month.max() - month.min()) + 1
    # every (indicator, month) of the grid's span of months, as a number into a table of rows
    at = np.full(len(ids) * span, -1, dtype=np.int64)
    at[ids.get_indexer(grid["indicator_id"]) * span + month - low] = np.arange(len(grid))
    code, names = codes_of(c["indicator_id"])  # each distinct ID looked up once
    ind, m = np.append(ids.get_indexer(names), -1)[code], c["month"].to_numpy(np.int64)
    inside = (ind >= 0) & (m >= low) & (m < low + span)
    return np.where(inside, at[np.where(inside, ind * span + m - low, 0)], -1)


def _labels(months: np.ndarray) -> np.ndarray:
    """'Apr-20' for each month index, worked out once per distinct month."""
    distinct, back = np.unique(months, return_inverse=True)
    return np.array([_label(m) for m in distinct.tolist()], dtype=object)[back]


_label = cache(calendar.month_label)  # strftime is slow, and a run has few distinct months


def window_reasons(frame: pd.DataFrame, single: pd.DataFrame,
                   months_back: pd.Series) -> pd.Series:
    """Why each windowed value in `frame` (indicator_id, month, window) is incomplete: the due
    months of its window that have no complete figure, and from whom, in spans:
    "Year to date incomplete: no valid figures for Jun-20 from Fostering"."""
    row, month, at = _window_months(frame, single, months_back)
    gap = at >= 0
    gap[gap] = ~single["complete"].to_numpy(bool)[at[gap]]
    row, month = row[gap], month[gap]
    who = single["who"].to_numpy(object)[at[gap]]
    if not len(row):
        return pd.Series("", index=frame.index, dtype=object)
    # a span: gaps in a row one after another from the same teams (a complete month between
    # two gaps of the same teams does not break it)
    first = np.flatnonzero(np.r_[True, (row[1:] != row[:-1]) | (who[1:] != who[:-1])])
    last = np.r_[first[1:], len(row)] - 1
    a, b = _labels(month[first]), _labels(month[last])
    said = np.where(month[first] == month[last], a, a + " to " + b) + " from " + who[first]
    group = row[first]
    count = np.bincount(group, minlength=len(frame))
    rank = np.arange(len(group)) - np.repeat(np.cumsum(count) - count, count)
    shown = rank < SHOWN
    text = concat(group[shown], [said[shown]], len(frame), "; ")
    more = np.where(count > SHOWN, "; and " + (count - SHOWN).astype(str).astype(object)
                    + " more", "")
    what = np.where(frame["window"].to_numpy(object) == "ytd", "Year to date",
                    "12 months to date").astype(object)
    texts = np.where(count > 0, what + " incomplete: no valid figures for " + text + more, "")
    return pd.Series(texts, index=frame.index, dtype=object)


def _window_months(frame: pd.DataFrame, single: pd.DataFrame, months_back: pd.Series
                   ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each month of each row's window (its month and `months_back` before it), in order:
    (row of `frame`, month, row of `single` for that indicator and month or -1)."""
    ids = pd.Index(pd.unique(single["indicator_id"].to_numpy(object)))
    back = months_back.to_numpy(np.int64)
    length = np.maximum(back + 1, 0)
    row = np.repeat(np.arange(len(frame)), length)
    offset = np.arange(len(row)) - np.repeat(np.cumsum(length) - length, length)
    month = np.repeat(frame["month"].to_numpy(np.int64) - back, length) + offset
    ind = ids.get_indexer(frame["indicator_id"].to_numpy(object))[row]
    s_month = single["month"].to_numpy(np.int64)
    both = np.r_[s_month, month]
    low, high = (int(both.min()), int(both.max())) if len(both) else (0, 0)
    # a dense (indicator, month) table of single's rows; its last row, -1 throughout, is
    # where an indicator single does not have looks
    table = np.full((len(ids) + 1, high - low + 1), -1, dtype=np.int64)
    table[ids.get_indexer(single["indicator_id"].to_numpy(object)), s_month - low] = \
        np.arange(len(single))
    return row, month, table[ind, month - low]
