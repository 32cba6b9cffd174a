"""Which single-period figures are whole (DESIGN §4), who is missing when one is not, and which
cells each figure came from.

A figure for an indicator and a month is *complete* when no contribution to it was rejected by
validation and every team the register names for it has returned it (a nil return counts: the
row is there, the figures blank, a comment saying why). With no teams named, one valid return
is enough. Anything less is `No data`, and the reason says who or what is missing in words a
board reads ("Awaiting CLA's return for Mar-21"), never a finding code.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from xlkpi.core import calendar
from xlkpi.core.codes import CODES
from xlkpi.core.register import Register
from xlkpi.read.returns import Source
from xlkpi.validate.locations import figure_cells

SHOWN = 3  # contributions or months named in one reason before "and N more"


@dataclass
class Contributions:
    """Each placed row of the returns, as a part of its indicator's figure for its month."""

    rows: pd.DataFrame  # indicator_id, month, team, valid, nil, rejected, why, source


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
    placed = rows["measure"].ne("") & rows["month"].notna() & rows["team"].ne("")
    nil = rows["nil_return"] if "nil_return" in rows else \
        ~rows["has_figures"] & rows["comment"].ne("")
    first_error = errors.drop_duplicates("row_id").set_index("row_id")
    row_id = rows["row_id"] if "row_id" in rows else pd.Series(rows.index, index=rows.index)
    rejected = row_id.isin(first_error.index)
    is_return = rows["has_figures"] | nil | rejected
    keep = placed & is_return & (~rows["excluded"] | rejected)
    r = rows[keep]
    rid = row_id[keep]
    out = pd.DataFrame({
        "indicator_id": r["indicator_id"].to_numpy(object),
        "month": r["month"].to_numpy(np.int64),
        "team": r["team"].to_numpy(object),
        "valid": ~rejected[keep].to_numpy(),
        "nil": nil[keep].to_numpy(bool) & ~rejected[keep].to_numpy(),
        "rejected": rejected[keep].to_numpy(),
        "source": figure_cells(r, sources).to_numpy(object),
    })
    code = rid.map(first_error["code"].astype(object)).astype(object).fillna("")
    cell = rid.map(first_error["cell"].astype(object)).astype(object).fillna("")
    plain = code.map(lambda c: getattr(CODES[c], "plain", "") or CODES[c].when.rstrip(".")
                     if c in CODES else "")
    out["why"] = (plain + np.where(cell.ne(""), ", " + cell, "")).to_numpy(object)
    return Contributions(out)


def single_periods(contrib: Contributions, register: Register, grid: pd.DataFrame
                   ) -> pd.DataFrame:
    """For every (indicator_id, month) of `grid`: complete, teams_returned ('k of n'), all_nil,
    reason ('' when complete), who (who is missing, for window reasons) and sources."""
    c = contrib.rows
    expected = expected_teams(register)
    n_expected = grid["indicator_id"].map(expected.map(len)).fillna(0).astype(int)
    keys = ["indicator_id", "month"]

    good = c[c["valid"]]
    returned = good.drop_duplicates([*keys, "team"]).groupby(keys).agg(
        k=("team", "size"), all_nil=("nil", "all"))
    bad = c[c["rejected"]]
    out = grid[keys].join(returned, on=keys)
    out["k"] = out["k"].fillna(0).astype(int)
    out["all_nil"] = out["all_nil"].astype("boolean").fillna(False).astype(bool)

    # rejected contributions: "CLA's figures for Mar-21 were rejected (…, 'CLA'!E7)"
    label = bad["month"].map(calendar.month_label)
    said = bad["team"] + "'s figures for " + label + " were rejected" + np.where(
        bad["why"].ne(""), " (" + bad["why"] + ")", "")
    rejected_text = _joined(bad.assign(text=said), keys, "text", "; ")
    rejected_teams = _joined(bad.drop_duplicates([*keys, "team"]), keys, "team", ", ")

    # expected teams with no valid or nil return, and no rejected one (that one is named above)
    pairs = expected[expected.map(len) > 0].explode().rename("team")
    want = grid[keys].merge(pairs.rename_axis("indicator_id").reset_index(), on="indicator_id")
    seen = c.drop_duplicates([*keys, "team"])[[*keys, "team"]].assign(seen=True)
    want = want.merge(seen, on=[*keys, "team"], how="left")
    missing = want[want["seen"].isna()]
    awaiting = _joined(missing, keys, "team", ", ", quote="'s")
    n_missing = missing.groupby(keys).size()

    out["n_missing"] = _on(out, n_missing, 0).astype(int)
    out["rejected_any"] = _on(out, bad.groupby(keys).size(), 0).astype(int) > 0
    out["complete"] = ~out["rejected_any"] & (out["n_missing"] == 0) & (out["k"] > 0)
    out["teams_returned"] = np.where(n_expected > 0, out["k"].astype(str) + " of "
                                     + n_expected.astype(str), out["k"].astype(str))

    month_label = out["month"].map(calendar.month_label)
    waiting = _on(out, awaiting, "")
    plural = np.where(_on(out, n_missing, 0) > 1, "returns", "return")
    reason_missing = np.where(waiting.ne(""), "Awaiting " + waiting + " " + plural + " for "
                              + month_label, "")
    reason_rejected = _on(out, rejected_text, "")
    nothing = np.where((out["k"] == 0) & ~out["rejected_any"] & (n_expected == 0),
                       "No return for " + month_label, "")
    out["reason"] = _sentences(reason_rejected.to_numpy(object),
                               np.asarray(reason_missing, dtype=object),
                               np.asarray(nothing, dtype=object))
    out.loc[out["complete"], "reason"] = ""
    # who is missing, for a window's reason: the rejected and the awaited teams
    who = pd.DataFrame({"r": _on(out, rejected_teams, ""),
                        "m": _on(out, _joined(missing, keys, "team", ", "), "")})
    out["who"] = np.where(who["r"].ne("") & who["m"].ne(""), who["r"] + ", " + who["m"],
                          who["r"] + who["m"])
    out["who"] = out["who"].where(out["who"].ne(""), "any team")
    # every cell, none left out: each value can be traced to all of its cells
    out["sources"] = _on(out, _joined(good[~good["nil"]], keys, "source", "; ", limit=None), "")
    return out.drop(columns=["k", "n_missing"])


def window_reasons(frame: pd.DataFrame, single: pd.DataFrame,
                   months_back: pd.Series) -> pd.Series:
    """Why each windowed value in `frame` (indicator_id, month, window) is incomplete: the due
    months of its window that have no complete figure, and from whom, in spans:
    "Year to date incomplete: no valid figures for Jun-20 from Fostering"."""
    keys = zip(single["indicator_id"], single["month"], strict=True)
    status = dict(zip(keys, zip(single["complete"], single["who"], strict=True), strict=True))
    out = pd.Series("", index=frame.index, dtype=object)
    for idx, ind, month, window, back in zip(frame.index, frame["indicator_id"],
                                             frame["month"], frame["window"], months_back,
                                             strict=True):
        window_status = ((m, status.get((ind, m))) for m in
                         range(int(month) - int(back), int(month) + 1))
        gaps = [(m, st[1]) for m, st in window_status if st is not None and not st[0]]
        if not gaps:
            continue
        what = "Year to date" if window == "ytd" else "12 months to date"
        spans = _spans(gaps)
        text = "; ".join(f"{span} from {who}" for span, who in spans[:SHOWN])
        more = f"; and {len(spans) - SHOWN} more" if len(spans) > SHOWN else ""
        out[idx] = f"{what} incomplete: no valid figures for {text}{more}"
    return out


def _spans(gaps: list[tuple[int, str]]) -> list[tuple[str, str]]:
    """[(Jun-20, CLA), (Jul-20, CLA), (Sep-20, HR)] -> [('Jun-20 to Jul-20', 'CLA'), …]; months
    are consecutive due months of the window (a quarterly window steps by three)."""
    spans: list[list] = []
    for month, who in gaps:
        if spans and spans[-1][2] == who:
            spans[-1][1] = month
        else:
            spans.append([month, month, who])
    return [(calendar.month_label(a) if a == b else
             f"{calendar.month_label(a)} to {calendar.month_label(b)}", who)
            for a, b, who in spans]


def _joined(frame: pd.DataFrame, keys: list[str], column: str, sep: str, *,
            quote: str = "", limit: int | None = SHOWN) -> pd.Series:
    """`sep`.join of `column` per key, in order of appearance, indexed by `keys`: at most
    `limit` named and the rest counted ("and 3 more"); `quote` makes each a possessive
    ("CLA's", "Care Leavers'") joined with a final "and". One pass over sorted arrays: this
    runs on every contribution of a 200,000-row run."""
    if frame.empty:
        return pd.Series(dtype=object)
    group = frame.groupby(keys, sort=False).ngroup().to_numpy()
    order = np.argsort(group, kind="stable")
    values = frame[column].to_numpy(object)[order]
    if quote:
        values = np.array([f"{v}{quote[1:] if str(v).endswith('s') else quote}"
                           for v in values], dtype=object)
    starts = np.flatnonzero(np.r_[True, group[order][1:] != group[order][:-1]])

    def join(items) -> str:
        items = list(items)
        if limit is not None and len(items) > limit + 1:
            items = [*items[:limit], f"{len(items) - limit} more"]
        if quote and len(items) > 1:
            return sep.join(items[:-1]) + " and " + items[-1]
        return sep.join(items)

    texts = [join(chunk) for chunk in np.split(values, starts[1:])]
    first = frame.iloc[order[starts]]
    return pd.Series(texts, index=pd.MultiIndex.from_frame(first[keys]), dtype=object)


def _sentences(*columns: np.ndarray) -> np.ndarray:
    """'; '.join of the non-blank texts of each row, a column at a time."""
    out = np.full(len(columns[0]), "", dtype=object)
    for column in columns:
        both = (out != "") & (column != "")
        out = np.where(both, out + "; " + column, np.where(out != "", out, column))
    return out


def _on(frame: pd.DataFrame, values: pd.Series, default) -> pd.Series:
    """`values` (indexed by indicator_id, month) aligned to the rows of `frame`."""
    if values.empty:
        return pd.Series(default, index=frame.index)
    idx = pd.MultiIndex.from_frame(frame[["indicator_id", "month"]])
    found = values.reindex(idx).to_numpy()
    return pd.Series(found, index=frame.index).fillna(default)
