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
from xlkpi.read.returns import Returns
from xlkpi.validate import locations
from xlkpi.validate.coercion import keys, returned
from xlkpi.validate.messages import render


def expected_returns(rows: pd.DataFrame, register: Register) -> pd.DataFrame:
    """(indicator_id, team, month, frequency) the register expects, by the rules above."""
    given = rows.loc[returned(rows), ["indicator_id", "month"]]
    if given.empty:
        return pd.DataFrame(columns=["indicator_id", "frequency", "team", "month"])
    months = np.arange(int(given["month"].min()), int(given["month"].max()) + 1)
    ind = register.indicators
    ind = ind[ind["figures_from"].eq("") & ind["teams"].map(len).gt(0)]
    grid = ind[["frequency", "teams"]].reset_index(names="indicator_id").merge(
        pd.DataFrame({"month": months}), how="cross")
    grid = grid[due(grid["frequency"], grid["month"], register.fy_start_month)]
    started = grid["indicator_id"].map(given.groupby("indicator_id")["month"].min())
    latest_due = grid.groupby("indicator_id")["month"].transform("max")
    grid = grid[np.where(started.notna(), grid["month"] >= started,
                         grid["month"] == latest_due)]
    return grid.explode("teams").rename(columns={"teams": "team"})[
        ["indicator_id", "frequency", "team", "month"]].reset_index(drop=True)


def missing_returns(rows: pd.DataFrame, returns: Returns, register: Register) -> pd.DataFrame:
    """One `missing-return` finding per team and indicator, naming the months."""
    expected = expected_returns(rows, register)
    given = rows.loc[returned(rows), ["indicator_id", "team", "month", "src"]]
    both = pd.concat([given[["indicator_id", "team", "month"]],
                      expected[["indicator_id", "team", "month"]]], ignore_index=True)
    key = keys(both, "indicator_id", "team", "month")
    missing = expected[~np.isin(key[len(given):], key[:len(given)])]
    if missing.empty:
        return empty_frame()
    missing = missing.sort_values(["team", "indicator_id", "month"])
    by = missing.groupby(["team", "indicator_id"], sort=False)
    step = by["frequency"].first().map(FREQUENCY_MONTHS)
    out = pd.DataFrame({
        "spans": pd.Series({k: _month_spans(g, step[k]) for k, g in by["month"]}),
        "first": by["month"].min(), "last": by["month"].max(), "count": by.size(),
    })
    out.index.names = ["team", "indicator_id"]
    out = out.reset_index()
    out["months"] = out["spans"] + np.where(out["count"] == 1, "", " (" + out["count"].astype(
        str) + " months)")
    out["indicator"] = out["indicator_id"]
    out["title"] = out["indicator_id"].map(register.indicators["title"]).str.slice(0, 60)
    # the file and sheet the team's rows mostly came from; none for a team that sent nothing
    src = out["team"].map(given.groupby("team")["src"].agg(lambda s: s.mode().iloc[0]))
    sent = src.notna()
    period = out["first"].map(calendar.month_text).where(
        out["count"] == 1, out["first"].map(calendar.month_text) + " to "
        + out["last"].map(calendar.month_text))
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


def _month_spans(months: pd.Series, step: int) -> str:
    """[24243, 24244, 24246], step 1 -> '2020-04 to 2020-05, 2020-07'."""
    values = sorted(int(m) for m in months)
    spans, start = [], values[0]
    for prev, cur in zip(values, [*values[1:], None], strict=True):
        if cur is None or cur - prev > step:
            spans.append(calendar.month_text(start) if start == prev else
                         f"{calendar.month_text(start)} to {calendar.month_text(prev)}")
            start = cur
    return ", ".join(spans)


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
