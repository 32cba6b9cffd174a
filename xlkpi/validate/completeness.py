"""What is not there: returns the register expects that no row gives, and returns files with
nothing in them.

Missing returns (`missing-return`, a warning: nothing in the files is wrong) are chased for
every team the register names for an indicator (`Team`), whether or not that team sent a file:

- over the months the returns cover (the first to the last month any row returns), on each
  indicator's cycle (quarterly on quarter-ends, annual on the year's last month);
- from the first month in which any team returned the indicator: an indicator added to the
  register this month is not chased for earlier months;
- an indicator nobody returned at all is chased for the latest month it is due within the
  months covered only;
- a nil return is a return; a row with no figures and no comment is not.
One warning per team and indicator names its months ('2020-04 to 2020-06, 2020-09').
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from xlkpi.core import calendar
from xlkpi.core.calendar import due
from xlkpi.core.codes import CODES
from xlkpi.core.findings import Report, empty_frame
from xlkpi.core.register import Register
from xlkpi.core.vocabulary import FREQUENCY_MONTHS
from xlkpi.read import values as parse
from xlkpi.read.returns import Returns
from xlkpi.validate import locations
from xlkpi.validate.coercion import returned
from xlkpi.validate.messages import render


def due_returns(given: pd.DataFrame, register: Register) -> pd.DataFrame:
    """(indicator_id, frequency, teams, month, at): the months each indicator is expected
    for by the rules above, from the `given` rows' indicator_id and month; `teams` are the
    teams that owe it, `at` the indicator's position in the register."""
    months = np.arange(int(given["month"].min()), int(given["month"].max()) + 1)
    ind = register.indicators
    at = np.flatnonzero(ind["figures_from"].eq("").to_numpy(bool)
                        & ind["teams"].map(len).gt(0).to_numpy(bool))
    frequency = ind["frequency"].to_numpy(object)[at]
    # an indicator x month table of due-ness, not a cross join of frames: its True cells in
    # row order are the (indicator, month)s in register order, months ascending
    is_due = np.asarray(due(frequency[:, None], months[None, :], register.fy_start_month),
                        dtype=bool).reshape(len(at), len(months))
    first = given.groupby("indicator_id", observed=True)["month"].min()
    started = first.reindex(ind.index[at]).to_numpy(float)
    latest_due = np.where(is_due, months, months[0] - 1).max(axis=1, initial=months[0] - 1)
    keep = is_due & np.where(np.isnan(started)[:, None], months == latest_due[:, None],
                             months >= started[:, None])
    row, col = np.nonzero(keep)
    return pd.DataFrame({"indicator_id": ind.index[at][row].to_numpy(object),
                         "frequency": pd.Series(frequency[row], dtype=object),
                         "teams": ind["teams"].to_numpy(object)[at][row], "at": at[row],
                         "month": months[col]})


def missing_returns(rows: pd.DataFrame, returns: Returns, register: Register) -> pd.DataFrame:
    """One `missing-return` finding per team and indicator, naming the months. `rows`' team
    and indicator_id are categoricals (validate/coercion.py)."""
    given = rows.loc[returned(rows), ["indicator_id", "team", "month", "src"]]
    if given.empty:
        return empty_frame()
    grid = due_returns(given, register)
    # each expected return: a grid row for each team of its indicator, as codes of the rows'
    # categories (-1: no row has it), so that 200,000 of them are matched as numbers
    teams = register.indicators["teams"]
    count = teams.map(len).to_numpy()
    names = np.array([t for ts in teams for t in ts], dtype=object)
    team_code = given["team"].cat.categories.get_indexer(names)
    ind_code = given["indicator_id"].cat.categories.get_indexer(teams.index)
    at = grid["at"].to_numpy()
    each = np.repeat(np.arange(len(grid)), count[at])
    team_at = _ragged(np.cumsum(count)[at] - count[at], count[at])
    given_key, expected_key = _keys(
        (given["indicator_id"].cat.codes.to_numpy(), given["team"].cat.codes.to_numpy(),
         given["month"].to_numpy()),
        (ind_code[at][each], team_code[team_at], grid["month"].to_numpy()[each]))
    missing_at = ~np.isin(expected_key, given_key)
    lost = each[missing_at]
    if not len(lost):
        return empty_frame()
    out = _by_team_and_indicator(grid["indicator_id"].to_numpy()[lost],
                                 names[team_at[missing_at]], grid["month"].to_numpy()[lost],
                                 grid["frequency"].map(FREQUENCY_MONTHS).to_numpy()[lost])
    out["indicator"] = out["indicator_id"]
    out["title"] = out["indicator_id"].map(register.indicators["title"]).str.slice(0, 60)
    # the file and sheet the team's rows mostly came from; none for a team that sent nothing
    src = out["team"].map(_mostly_from(given))
    sent = src.notna()
    first, last = _month_texts(out["first"]), _month_texts(out["last"])
    period = np.where(out["count"] == 1, first, first + " to " + last)
    file = pd.Series("", index=out.index, dtype=object)
    sheet = file.copy()
    file[sent] = locations.files(src[sent].astype(int), returns.sources)
    sheet[sent] = locations.sheets(src[sent].astype(int), returns.sources)
    return pd.DataFrame({
        "severity": CODES["missing-return"].severity, "code": "missing-return",
        "file": file, "sheet": sheet, "cell": "", "team": out["team"],
        "indicator": out["indicator_id"], "period": period,
        "message": render(CODES["missing-return"].message, out.__getitem__, out.index),
        "_row": 10**9, "_col": 0, "row_id": -1,
    })


def _by_team_and_indicator(ids: np.ndarray, teams: np.ndarray, months: np.ndarray,
                           step: np.ndarray) -> pd.DataFrame:
    """The missing (indicator, team, month)s as one row per team and indicator, in order:
    `first` and `last` month, `count`, and `months` ('2020-04 to 2020-06, 2020-09 (4
    months)'), a span of months running on its indicator's cycle (`step` months apart)."""
    team_rank, id_rank = (np.unique(x, return_inverse=True)[1] for x in (teams, ids))
    order = np.lexsort((months, id_rank, team_rank))
    team_rank, id_rank, months, step = (x[order] for x in (team_rank, id_rank, months, step))
    starts = np.ones(len(order), dtype=bool)
    starts[1:] = (team_rank[1:] != team_rank[:-1]) | (id_rank[1:] != id_rank[:-1])
    group = np.cumsum(starts) - 1
    begins = starts.copy()
    begins[1:] |= months[1:] - months[:-1] > step[1:]  # a gap: a new span
    span_first = np.flatnonzero(begins)
    span_last = np.r_[span_first[1:], len(order)] - 1
    a, b = _month_texts(months[span_first]), _month_texts(months[span_last])
    spans = np.where(a == b, a, a + " to " + b)
    first = np.flatnonzero(starts)
    last = np.r_[first[1:], len(order)] - 1
    count = last - first + 1
    text = _joined(spans, group[span_first], len(first))
    return pd.DataFrame({
        "team": teams[order[first]], "indicator_id": ids[order[first]],
        "first": months[first], "last": months[last], "count": count,
        "months": text + np.where(count == 1, "", " (" + count.astype(str) + " months)")})


def _joined(texts: np.ndarray, group: np.ndarray, groups: int) -> np.ndarray:
    """The texts of each of `groups` groups (`group`: sorted, each at least once) joined
    with ', ', a round of concatenation per text of the longest."""
    first = np.searchsorted(group, np.arange(groups))
    count = np.bincount(group, minlength=groups)
    out = texts[first].astype(object)
    for k in range(1, count.max(initial=0)):
        more = count > k
        out[more] = out[more] + ", " + texts[first[more] + k]
    return out


def _mostly_from(given: pd.DataFrame) -> pd.Series:
    """The source most of each team's rows came from (the first, on a tie), by team name."""
    codes = given["team"].array.codes.astype(np.int64)
    sources = given["src"].to_numpy(np.int64)
    width = sources.max(initial=0) + 1
    pair, count = np.unique(codes * width + sources, return_counts=True)
    team, src = pair // width, pair % width
    top = np.lexsort((src, -count, team))
    top = top[np.r_[True, team[top][1:] != team[top][:-1]]]
    return pd.Series(src[top], index=given["team"].array.categories[team[top]])


def _month_texts(months) -> np.ndarray:
    """'YYYY-MM' for each month index, each distinct month written once."""
    return parse.per_distinct(pd.Series(np.asarray(months)), calendar.month_text).to_numpy()


def _ragged(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """starts[0] .. starts[0] + lengths[0] - 1, then the same for starts[1], ..., in one array."""
    ends = np.cumsum(lengths)
    return np.repeat(starts - ends + lengths, lengths) + np.arange(ends[-1] if len(ends) else 0)


def _keys(*columns: tuple[np.ndarray, np.ndarray, np.ndarray]) -> list[np.ndarray]:
    """One int64 per (indicator code, team code, month) of each of `columns`, the same for
    the same values throughout; -1 where a code is -1 (a value no row has)."""
    # the scales are shared by all the columns; each is keyed where it is (no concatenation)
    columns = [(ind, team, month.astype(np.int64)) for ind, team, month in columns]
    team_width = max(int(team.max(initial=0)) for _, team, _ in columns) + 1
    m0 = min((int(month.min()) for _, _, month in columns if len(month)), default=0)
    m1 = max((int(month.max()) for _, _, month in columns if len(month)), default=m0)
    keys = []
    for ind, team, month in columns:
        key = (ind.astype(np.int64) * team_width + team) * (m1 - m0 + 1) + (month - m0)
        key[(ind < 0) | (team < 0)] = -1
        keys.append(key)
    return keys


def empty_returns(rows: pd.DataFrame, returns: Returns, report: Report) -> None:
    """An `empty-return` error for each file whose returns sheets hold nothing: a header row
    and no rows, only blank rows, or rows that name an indicator and period and nothing else.
    (A file whose sheets could not be read as returns at all has its own finding.)"""
    filled = {returns.sources[i].file for i in rows.loc[rows["has_content"], "src"].unique()}
    by_file: dict[str, dict[str, None]] = {}
    for source in returns.sources:
        if source.file not in filled:
            by_file.setdefault(source.file, {})[source.sheet] = None
    for file, names in ((f, list(n)) for f, n in by_file.items()):
        quoted = [f"'{n}'" for n in names]
        sheets = ("Sheet " if len(names) == 1 else "Sheets ") + ", ".join(quoted)
        report.add("empty-return", CODES["empty-return"].say(
            sheets=sheets, file=file, has="has" if len(names) == 1 else "have"),
            file=file, sheet=names[0])
