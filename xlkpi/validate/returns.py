"""Check pooled returns rows (DESIGN §7): parse every cell, run the pandera schema
`schemas/returns.yaml` over all rows at once, then the rules that look across rows.

The result keeps every row with an `excluded` flag: an error excludes its row's figures
(the indicator then shows No data and the Validation tab says why); warnings keep them.
All of it is vectorised: findings are built a column at a time, never a row at a time.
"""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass

import numpy as np
import pandas as pd

from xlkpi.core import calendar
from xlkpi.core.calendar import due
from xlkpi.core.codes import CODES, ERROR
from xlkpi.core.findings import COLUMNS, Report, column_letter, sheet_ref
from xlkpi.core.measures import value_from_parts
from xlkpi.core.register import Register
from xlkpi.read import values as parse
from xlkpi.read.returns import FIELDS, FIGURES, Returns
from xlkpi.validate.checks import run_schema

RAGS = ("Red", "Amber", "Yellow", "Green")
_RAG_WORDS = {"r": "Red", "red": "Red", "a": "Amber", "amber": "Amber", "y": "Yellow",
              "yellow": "Yellow", "g": "Green", "green": "Green"}
_YES_NO = {"yes": 1.0, "y": 1.0, "no": 0.0, "n": 0.0}


@dataclass
class Checked:
    rows: pd.DataFrame  # every row, parsed, with `excluded`
    report: Report

    @property
    def clean(self) -> pd.DataFrame:
        return self.rows[~self.rows["excluded"]]


def validate_returns(returns: Returns, register: Register, *,
                     today: dt.date | None = None) -> Checked:
    report = Report()
    report.merge(returns.report)
    _template_checks(returns, register, report)
    rows = coerce(returns, register, today or dt.date.today())

    failures = [run_schema("returns", _checkable(rows))]
    failures += _cross_row(rows, register)
    found = pd.concat(failures, ignore_index=True).drop_duplicates(["index", "column", "code"])
    report.extend(_findings(found, rows, returns, register))
    report.extend(_hidden_rows(rows, returns))
    report.extend(_missing_returns(rows, returns, register))

    errors = found[found["code"].map(lambda c: CODES[c].severity) == ERROR]["index"]
    rows["excluded"] = rows.index.isin(errors)
    return Checked(rows, report)


# --- parsing -------------------------------------------------------------------------------
def coerce(returns: Returns, register: Register, today: dt.date) -> pd.DataFrame:
    raw = returns.rows
    t = raw[["src", "row", "hidden", "no_value"]].copy()
    t["team"] = parse.clean_text(raw["team"])
    t["indicator_id"] = parse.clean_text(raw["indicator_id"], upper=True)
    t["period_text"] = parse.clean_text(raw["period"])
    t["month"], t["period_kind"] = parse.to_month(raw["period"])
    for f in FIGURES:
        t[f], t[f"{f}_kind"] = parse.to_number(raw[f])
    if raw["no_value"].ne("").any():
        for f in FIGURES:
            t.loc[raw["no_value"].str.contains(f, regex=False), f"{f}_kind"] = "formula"
    worded = t["value_kind"].eq(parse.TEXT)
    if worded.any():
        answer = parse.clean_text(raw.loc[worded, "value"]).str.lower()
        yes_no = answer[answer.isin(_YES_NO)]
        t.loc[yes_no.index, "value"] = yes_no.map(_YES_NO)
        t.loc[yes_no.index, "value_kind"] = "yesno"
    t["rag"] = parse.per_distinct(parse.clean_text(raw["rag"]),
                                  lambda w: _RAG_WORDS.get(w.lower(), w))
    t["evidence"] = parse.clean_text(raw["evidence"])
    t["comment"] = parse.clean_text(raw["comment"])

    ind = register.indicators
    for col, default in (("measure", ""), ("frequency", ""), ("figures_from", ""),
                         ("decimals", 1)):
        t[col] = parse.lookup(t["indicator_id"], ind[col], default)
    t["decimals"] = t["decimals"].astype(int)
    numeric_value = t["value_kind"].eq(parse.NUMBER)
    t.loc[t["measure"].eq("yesno") & numeric_value & ~t["value"].isin([0, 1]),
          "value_kind"] = parse.TEXT  # a yes/no answered with 3
    t["fy_start"] = register.fy_start_month
    t["latest_month"] = calendar.month_index(today.year, today.month) + 1
    population = register.population((t["month"] // 12).fillna(0))
    t["parts_value"] = value_from_parts(t["measure"], t["numerator"], t["denominator"],
                                        population)
    t["row_value"] = t["parts_value"].fillna(t["value"])
    t["has_figures"] = (t[[f"{f}_kind" for f in FIGURES]].ne(parse.BLANK).any(axis=1)
                        | t["rag"].ne(""))
    t["has_content"] = t["has_figures"] | t["comment"].ne("") | t["evidence"].ne("")
    return t


def _template_checks(returns: Returns, register: Register, report: Report) -> None:
    checksum = register.checksum() if returns.metadata else ""
    for file, meta in returns.metadata.items():
        theirs = meta.get("register checksum", "")
        if theirs and theirs != checksum:
            report.add("register-mismatch", "This return was made from a template of another "
                       f"KPI register ({meta.get('register source', 'unknown')}, checksum "
                       f"{theirs[:12]}…); targets or indicators may have changed since. Ask "
                       "for the current template.", file=file)


_CHECKED = ["no_value", "indicator_id", "period_text", "month", "latest_month", "fy_start",
            "measure", "frequency", "figures_from", "decimals", "rag", "evidence", "has_figures",
            "has_content", "parts_value", "period_kind",
            *FIGURES, *(f"{f}_kind" for f in FIGURES)]


def _checkable(rows: pd.DataFrame) -> pd.DataFrame:
    """The columns the schema checks, text as categories: pandera looks for missing values in
    the whole frame once per check, which is slow on 200,000 Python strings."""
    frame = rows[_CHECKED].copy()
    for c in _CHECKED:
        if pd.api.types.is_string_dtype(frame[c].dtype) and \
                not isinstance(frame[c].dtype, pd.CategoricalDtype):
            codes, uniques = pd.factorize(frame[c])  # unsorted: cheaper than astype
            frame[c] = pd.Categorical.from_codes(codes, categories=uniques)
    return frame


# --- rules across rows -------------------------------------------------------------------------
def _placed(rows: pd.DataFrame) -> pd.Series:
    """Rows that say which known indicator, month and team they are for."""
    return rows["measure"].ne("") & rows["month"].notna() & rows["team"].ne("")


def _keys(frame: pd.DataFrame, *columns: str) -> np.ndarray:
    """One int64 per row standing for the values of `columns` (text or month): sorting,
    grouping and matching on it is many times faster than on several text columns."""
    key = np.zeros(len(frame), dtype=np.int64)
    for col in columns:
        codes, uniques = pd.factorize(frame[col])
        key = key * (len(uniques) + 1) + codes + 1
    return key


def _hits(index, column: str, code: str) -> pd.DataFrame:
    return pd.DataFrame({"index": np.asarray(index, dtype=int), "column": column, "code": code})


_CROSS = ["team", "indicator_id", "month", "measure", "numerator_kind", "denominator_kind",
          "value_kind", "row_value", "denominator"]


def _cross_row(rows: pd.DataFrame, register: Register) -> list[pd.DataFrame]:
    out = []
    placed = rows.loc[_placed(rows) & rows["has_figures"], _CROSS]
    dup = pd.Series(_keys(placed, "team", "indicator_id", "month")).duplicated(keep=False)
    out.append(_hits(placed.index[dup.to_numpy()], "indicator_id", "duplicate-return"))

    team_codes = pd.Series(pd.factorize(placed["team"])[0], index=placed.index)
    teams = team_codes.groupby(_keys(placed, "indicator_id", "month")).transform("nunique")
    single = placed["measure"].isin(["yesno", "score", "assessed"])
    out.append(_hits(placed.index[single & (teams > 1)], "indicator_id",
                     "single-team-indicator"))
    value_only = (placed["numerator_kind"].eq(parse.BLANK)
                  & placed["denominator_kind"].eq(parse.BLANK)
                  & placed["value_kind"].ne(parse.BLANK))
    out.append(_hits(placed.index[~single & value_only & (teams > 1)], "value",
                     "cannot-pool-value"))

    teams = register.indicators["teams"]
    pairs = teams[teams.map(len) > 0].explode()
    listed = pd.MultiIndex.from_arrays([pairs.index, pairs.to_numpy()])
    has_list = placed["indicator_id"].isin(pairs.index)
    known = pd.MultiIndex.from_frame(placed[["indicator_id", "team"]]).isin(listed)
    out.append(_hits(placed.index[has_list & ~known], "team", "unexpected-team"))
    out.append(_unusual_changes(placed, rows))
    return out


def _unusual_changes(placed: pd.DataFrame, rows: pd.DataFrame) -> pd.DataFrame:
    """A change since the previous return of the same team far outside that series' usual
    change: over 5x its median absolute change (and over 5x what one case more or less
    moves it, so small, flat series stay quiet), and over a quarter of its typical level,
    once there are at least 6 earlier changes to judge by. Yes/no and judged ratings are
    not figures that jump."""
    s = placed[placed["row_value"].notna() & ~placed["measure"].isin(["yesno", "assessed"])]
    s = s[["team", "indicator_id", "month", "measure", "row_value", "denominator",
           "numerator_kind"]]
    series = _keys(s, "team", "indicator_id")
    order = np.lexsort((s["month"].to_numpy(), series))
    s, series = s.iloc[order], series[order]
    once = ~pd.Series(series * 10**6 + s["month"].to_numpy(np.int64)).duplicated(keep=False)
    s, series = s[once.to_numpy()], series[once.to_numpy()]
    g = s["row_value"].groupby(series, sort=False)
    change = g.diff().abs()
    typical = change.groupby(series).transform("median")
    level = s["row_value"].abs().groupby(series).transform("median")
    earlier = g.cumcount()
    one_case = value_from_parts(s["measure"], pd.Series(1.0, index=s.index),
                                s["denominator"]).fillna(0)
    flag = (earlier >= 6) & (change > 5 * np.maximum(typical, one_case)) \
        & (change > 0.25 * level.clip(lower=1))
    column = np.where(s["numerator_kind"].eq(parse.BLANK), "value", "numerator")
    hits = pd.DataFrame({"index": s.index, "column": column, "code": "unusual-change"})
    rows.loc[s.index, "_previous"] = g.shift()  # for the message
    rows.loc[s.index, "_typical"] = typical
    return hits[flag.to_numpy()]


def _missing_returns(rows: pd.DataFrame, returns: Returns, register: Register) -> pd.DataFrame:
    """Warnings for (indicator, team, month) the register expects and no row gives, over the
    months the returns cover (on each indicator's cycle)."""
    placed = rows.loc[_placed(rows), ["indicator_id", "team", "month", "src"]]
    if placed.empty:
        return pd.DataFrame(columns=COLUMNS)
    months = np.arange(int(placed["month"].min()), int(placed["month"].max()) + 1)
    ind = register.indicators
    ind = ind[ind["figures_from"].eq("") & ind["teams"].map(len).gt(0)]
    grid = ind[["frequency", "teams"]].reset_index(names="indicator_id").merge(
        pd.DataFrame({"month": months}), how="cross")
    grid = grid[due(grid["frequency"], grid["month"], register.fy_start_month)]
    expected = grid.explode("teams").rename(columns={"teams": "team"})
    # only teams that returned something in these files are chased here
    expected = expected[expected["team"].isin(placed["team"].unique())]
    both = pd.concat([placed[["indicator_id", "team", "month"]],
                      expected[["indicator_id", "team", "month"]]], ignore_index=True)
    key = _keys(both, "indicator_id", "team", "month")
    missing = expected[~np.isin(key[len(placed):], key[:len(placed)])]
    if missing.empty:
        return pd.DataFrame(columns=COLUMNS)
    # one warning per team and indicator, naming the months
    missing = missing.sort_values(["team", "indicator_id", "month"])
    grouped = missing.groupby(["team", "indicator_id"], sort=False)["month"]
    step = missing.groupby(["team", "indicator_id"], sort=False)["frequency"].first().map(
        {"monthly": 1, "quarterly": 3, "annual": 12})
    spans = pd.Series({k: _month_spans(g, step[k]) for k, g in grouped}, name="spans")
    spans.index.names = ["team", "indicator_id"]
    first, last, count = grouped.min(), grouped.max(), grouped.size()
    out = pd.concat([spans, first.rename("first"), last.rename("last"),
                     count.rename("count")], axis=1).reset_index()
    where = placed.groupby("team")["src"].agg(lambda s: s.mode().iloc[0])
    src = out["team"].map(where).astype(int)
    sources = returns.sources
    period = out["first"].map(calendar.month_text).where(
        out["count"] == 1, out["first"].map(calendar.month_text) + " to "
        + out["last"].map(calendar.month_text))
    months = np.where(out["count"] == 1, "", " (" + out["count"].astype(str) + " months)")
    return pd.DataFrame({
        "severity": "warning", "code": "missing-return",
        "file": src.map(lambda i: sources[i].file), "sheet": src.map(lambda i: sources[i].sheet),
        "cell": "", "team": out["team"], "indicator": out["indicator_id"], "period": period,
        "message": out["team"] + " has not returned " + out["indicator_id"] + " ("
        + out["indicator_id"].map(ind["title"]).str.slice(0, 60) + ") for " + out["spans"]
        + months + ".",
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


def _hidden_rows(rows: pd.DataFrame, returns: Returns) -> pd.DataFrame:
    hidden = rows[rows["hidden"] & rows["has_content"]]
    found = _hits(hidden.index, "indicator_id", "hidden-row")
    return _findings(found, rows, returns, None)


# --- findings: where and what ------------------------------------------------------------------
def _findings(found: pd.DataFrame, rows: pd.DataFrame, returns: Returns,
              register: Register | None) -> pd.DataFrame:
    if found.empty:
        return pd.DataFrame(columns=COLUMNS)
    f = found.join(rows, on="index")
    sources = returns.sources
    colpos = pd.DataFrame([{k: s.colpos.get(k, s.colpos.get("indicator_id", 0)) for k in FIELDS}
                           for s in sources])
    column = f["column"].map({"period_text": "period"}).fillna(f["column"])
    col = colpos.to_numpy()[f["src"].to_numpy(), column.map(list(FIELDS).index).to_numpy()]
    sheet = f["src"].map(lambda i: sources[i].sheet)
    letters = pd.Series(col, index=f.index).map(column_letter)
    out = pd.DataFrame({
        "severity": f["code"].map(lambda c: CODES[c].severity),
        "code": f["code"],
        "file": f["src"].map(lambda i: sources[i].file),
        "sheet": sheet,
        "cell": sheet.map(sheet_ref) + "!" + letters + f["row"].astype(str),
        "team": f["team"],
        "indicator": f["indicator_id"],
        "period": f["month"].map(lambda m: calendar.month_text(m) if not np.isnan(m) else "")
        .where(f["month"].notna(), f["period_text"]),
        "_row": f["row"], "_col": col, "row_id": f["index"],
    })
    out["message"] = ""
    raw = returns.rows
    for code, part in f.groupby("code"):
        out.loc[part.index, "message"] = _MESSAGES[code](part, raw, rows, register)
    return out


def _num(s: pd.Series) -> pd.Series:
    """Numbers as a person would type them: 12, 12.5, 1,234,567."""
    return s.map(lambda v: "" if pd.isna(v) else (f"{v:,.0f}" if float(v).is_integer()
                                                    else f"{v:,.6g}"))


def _raw(part: pd.DataFrame, raw: pd.DataFrame, field: str | None = None) -> pd.Series:
    """What the person typed in the cell at fault (or in `field`), as text."""
    out = pd.Series("", index=part.index, dtype=object)
    columns = part["column"] if field is None else pd.Series(field, index=part.index)
    for column, p in part.groupby(columns):
        out[p.index] = parse.clean_text(raw.loc[p["index"], column]).to_numpy()
    return out.str.slice(0, 40)


def _figure(part: pd.DataFrame) -> pd.Series:
    """The parsed number of the cell at fault."""
    out = pd.Series(np.nan, index=part.index)
    for column, p in part.groupby("column"):
        out[p.index] = p[column].to_numpy(dtype=float)
    return _num(out)


def _label(part: pd.DataFrame) -> pd.Series:
    return part["column"].map(lambda c: FIELDS.get(c, c))


def _msg_unknown(part, raw, rows, register):
    ids = list(register.indicators.index) if register is not None else []

    def look_alike(text: str) -> str:  # O for 0, I or l for 1: the commonest typing slips
        return text.upper().replace("O", "0").replace("I", "1").replace("L", "1")

    same = {look_alike(i): i for i in ids}

    def one(i):
        close = [same[look_alike(i)]] if look_alike(i) in same else \
            difflib.get_close_matches(i, ids, n=1, cutoff=0.6)
        hint = f" Did you mean {close[0]}?" if close else ""
        return f"Indicator ID '{i}' is not in the KPI register; use an ID from the " \
               f"template.{hint}"
    return part["indicator_id"].map(one)


def _msg_off_cycle(part, raw, rows, register):
    fy = register.fy_start_month if register is not None else 4
    names = [dt.date(2000, (fy - 1 + k) % 12 + 1, 1).strftime("%b") for k in range(12)]
    due = {"quarterly": ", ".join(names[2::3]), "annual": names[11]}
    month = part["month"].map(lambda m: dt.date(2000, int(m) % 12 + 1, 1).strftime("%b"))
    return (part["indicator_id"] + " is " + part["frequency"] + ": return it for "
            + part["frequency"].map(due) + " only, not " + month + ".")


def _msg_duplicate(part, raw, rows, register):
    placed = rows[_placed(rows) & rows["has_figures"]]
    key = placed["team"] + "|" + placed["indicator_id"] + "|" + placed["month"].astype(str)
    listing = placed["row"].astype(str).groupby(key).agg(", ".join)
    mine = part["team"] + "|" + part["indicator_id"] + "|" + part["month"].astype(str)
    return (part["team"] + " returns " + part["indicator_id"] + " for "
            + part["month"].map(calendar.month_text) + " more than once (rows "
            + mine.map(listing) + "); none is used until only one remains.")


def _msg_teams(part, raw, rows, register, what):
    placed = rows[_placed(rows) & rows["has_figures"]]
    key = placed["indicator_id"] + "|" + placed["month"].astype(str)
    teams = placed.groupby(key)["team"].agg(lambda s: ", ".join(sorted(set(s))))
    mine = (part["indicator_id"] + "|" + part["month"].astype(str)).map(teams)
    period = part["month"].map(calendar.month_text)
    if what == "single":
        return (part["indicator_id"] + " (" + part["measure"] + ") is returned for " + period
                + " by several teams (" + mine + "); only one team may return it, so none "
                "of these is used.")
    return (part["indicator_id"] + " for " + period + " is also returned by other teams ("
            + mine + "); a Value alone cannot be pooled with them: give Numerator and "
            "Denominator instead.")


def _msg_unexpected(part, raw, rows, register):
    listed = part["indicator_id"].map(register.indicators["teams"]).map("; ".join)
    return ("The register does not list " + part["team"] + " as returning "
            + part["indicator_id"] + " (it lists " + listed + "); the figures are used.")


def _msg_incomplete(part, raw, rows, register):
    need = part["measure"].map({"percentage": "Numerator and Denominator",
                                "average": "Numerator and Denominator",
                                "rate": "Numerator", "count": "Numerator",
                                "cost": "Numerator", "yesno": "Value (Yes or No)",
                                "score": "Value"})
    return (part["indicator_id"] + " is a " + part["measure"] + ": give " + need
            + " (or Value alone); " + _label(part) + " is blank.")


def _msg_mismatch(part, raw, rows, register):
    return ("Value " + _num(part["value"]) + " disagrees with Numerator/Denominator ("
            + _num(part["numerator"]) + "/" + _num(part["denominator"]) + " gives "
            + _num(part["parts_value"].round(part["decimals"].max()))
            + "); correct whichever is wrong, or leave Value blank for xlkpi to work it out.")


def _msg_unusual(part, raw, rows, register):
    placed = rows  # _unusual_changes left the previous value and typical change on `rows`
    prev = placed.loc[part["index"], "_previous"].set_axis(part.index) \
        if "_previous" in placed else part["row_value"] * np.nan
    typical = placed.loc[part["index"], "_typical"].set_axis(part.index) \
        if "_typical" in placed else prev * np.nan
    return (part["indicator_id"] + " moved from " + _num(prev.round(1)) + " to "
            + _num(part["row_value"].round(1)) + " since the team's previous return, far more "
            "than its usual change (about " + _num(typical.round(1)) + "); check the figure, "
            "or explain the change in Comment.")


_MESSAGES = {
    "missing-indicator-id": lambda p, raw, rows, reg: pd.Series(
        "This row has figures but no Indicator ID; type the ID shown in the template.",
        index=p.index),
    "unknown-indicator": _msg_unknown,
    "derived-indicator": lambda p, raw, rows, reg: (
        p["indicator_id"] + " takes its figures from " + p["figures_from"]
        + "; return them against " + p["figures_from"] + " instead."),
    "missing-period": lambda p, raw, rows, reg: pd.Series(
        "This row has figures but no Period; type the month, e.g. 2020-04.", index=p.index),
    "bad-period": lambda p, raw, rows, reg: (
        "Period '" + _raw(p, raw, "period") + "' is not a month; type it as 2020-04, Apr-20 "
        "or a date in that month."),
    "period-out-of-range": lambda p, raw, rows, reg: (
        "Period " + p["month"].map(calendar.month_text) + " is outside 2000-01 to "
        + p["latest_month"].map(calendar.month_text) + "; check the year."),
    "off-cycle-period": _msg_off_cycle,
    "excel-error": lambda p, raw, rows, reg: (
        _label(p) + " holds the Excel error " + _raw(p, raw)
        + "; fix the formula or type the figure."),
    "formula-without-value": lambda p, raw, rows, reg: (
        _label(p) + " holds a formula whose result was never saved (the file was written by "
        "a program, not by Excel); open it in Excel and save, or type the figure."),
    "formula-without-text": lambda p, raw, rows, reg: (
        _label(p) + " holds a formula whose result was never saved, so its text is lost; "
        "type the text itself (start it with a word, not =)."),
    "not-a-number": lambda p, raw, rows, reg: (
        _label(p) + " '" + _raw(p, raw) + "' is not a number; type the number alone (e.g. 42) "
        "and put words in Comment."),
    "not-finite": lambda p, raw, rows, reg: (
        _label(p) + " is infinite or not a number; type the real figure."),
    "negative-number": lambda p, raw, rows, reg: (
        _label(p) + " " + _figure(p) + " is below zero; figures cannot be negative."),
    "implausible-number": lambda p, raw, rows, reg: (
        _label(p) + " " + _figure(p) + " is over 1,000,000,000; check for extra digits."),
    "not-whole-number": lambda p, raw, rows, reg: (
        _label(p) + " " + _figure(p) + " is not a whole number; it counts children, cases or "
        "staff."),
    "numerator-exceeds-denominator": lambda p, raw, rows, reg: (
        "Numerator " + _num(p["numerator"]) + " is larger than Denominator "
        + _num(p["denominator"]) + "; the numerator counts part of the denominator."),
    "zero-denominator": lambda p, raw, rows, reg: (
        "Denominator is 0, so no " + p["measure"] + " can be worked out; if nothing happened "
        "this period, leave the figures blank and say so in Comment."),
    "incomplete-figures": _msg_incomplete,
    "value-mismatch": _msg_mismatch,
    "bad-yesno": lambda p, raw, rows, reg: (
        "Value '" + _raw(p, raw, "value") + "' is not Yes or No."),
    "bad-rag": lambda p, raw, rows, reg: (
        "RAG '" + p["rag"].str.slice(0, 40) + "' is not Red, Amber, Yellow or Green."),
    "missing-evidence": lambda p, raw, rows, reg: (
        "RAG " + p["rag"] + " needs Evidence: say what the rating rests on."),
    "duplicate-return": _msg_duplicate,
    "single-team-indicator": lambda p, raw, rows, reg: _msg_teams(p, raw, rows, reg, "single"),
    "cannot-pool-value": lambda p, raw, rows, reg: _msg_teams(p, raw, rows, reg, "pool"),
    "unexpected-team": _msg_unexpected,
    "unusual-change": _msg_unusual,
    "hidden-row": lambda p, raw, rows, reg: (
        "Row " + p["row"].astype(str) + " is hidden but holds figures; they were read."),
}
