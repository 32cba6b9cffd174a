"""The KPI register model (DESIGN §2): its sheets and columns, and the checked `Register` that
every later stage reads. Reading and checking a register workbook live in `read.register` and
`validate.register`."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class Col:
    header: str
    key: str
    required: bool = False


INDICATOR_COLUMNS = [
    Col("ID", "id", True), Col("Indicator", "title", True), Col("Measure", "measure", True),
    Col("Target", "target"), Col("Tolerance", "tolerance"), Col("Direction", "direction"),
    Col("Frequency", "frequency"), Col("Window", "window"), Col("Decimals", "decimals"),
    Col("Stretch target", "stretch"), Col("Statistical neighbour", "stat_neighbour"),
    Col("England average", "england"), Col("Team", "team"), Col("Numerator", "numerator_text"),
    Col("Denominator", "denominator_text"), Col("Figures from", "figures_from"),
    Col("Section", "section"), Col("Outcome", "outcome"), Col("Owner", "owner"),
    Col("Status", "status"), Col("Priority", "priority"), Col("Notes", "notes"),
    Col("Source", "source"), Col("SPC from", "spc_from_text"),
]
FORUM_COLUMNS = [Col("Forum", "forum", True), Col("Title", "title"), Col("Layout", "layout"),
                 Col("Frequency", "frequency")]
# Membership `Title`: the indicator's wording in that forum's paper, as typed (blank: the
# register's `Indicator`). The checked membership also carries `title`, the wording to show.
MEMBERSHIP_COLUMNS = [Col("Forum", "forum", True), Col("Ref", "ref"), Col("Section", "section"),
                      Col("Indicator ID", "indicator_id", True), Col("Title", "title_text")]
CONTEXT_COLUMNS = [Col("Name", "name", True), Col("Year", "year"), Col("Value", "value", True)]
FINDING_COLUMNS = [Col("Area", "area"), Col("Type", "type"), Col("Finding", "finding", True),
                   Col("Indicator IDs", "indicator_ids"), Col("Other monitoring", "other")]
ACTION_COLUMNS = [Col("Ref", "ref", True), Col("Aim", "aim"), Col("Priority", "priority"),
                  Col("How", "how"), Col("Measure of success", "measure_of_success"),
                  Col("Owner", "owner"), Col("Target date", "target_date"),
                  Col("Indicator IDs", "indicator_ids")]
SHEETS = {"Indicators": INDICATOR_COLUMNS, "Forums": FORUM_COLUMNS,
          "Membership": MEMBERSHIP_COLUMNS, "Context": CONTEXT_COLUMNS,
          "Findings": FINDING_COLUMNS, "Actions": ACTION_COLUMNS}
# numeric indicator cells: key -> whether unit words ("5 cases") are allowed
DEFAULTED = ("direction", "frequency", "window")  # a blank cell means the default
QUANTITIES = ("target", "tolerance", "stretch", "stat_neighbour", "england")


@dataclass
class Register:
    """A checked register. Frames are keyed by snake_case names; `_row` is the Excel row."""

    indicators: pd.DataFrame  # index: ID (upper case)
    forums: pd.DataFrame
    # forum, forum_key, ref, section, indicator_id, title_text (the Title cell) and title
    # (the wording the forum shows: its Title, else the indicator's)
    membership: pd.DataFrame
    context: pd.DataFrame
    findings: pd.DataFrame
    actions: pd.DataFrame
    source: str = ""
    extra_columns: list[str] = field(default_factory=list)

    @property
    def ids(self) -> pd.Index:
        return self.indicators.index

    @property
    def fy_start_month(self) -> int:
        row = self.context[self.context["key"] == "financial year start month"]
        if len(row) and not np.isnan(row["value"].iloc[0]):
            return int(row["value"].iloc[0])
        return 4

    def population(self, years: np.ndarray | pd.Series) -> np.ndarray:
        """Under-18 population for each calendar year: the latest figure at or before it
        (or the earliest there is). NaN when the register has none."""
        pop = self.context[self.context["key"].isin(["under-18 population",
                                                      "under 18 population"])]
        pop = pop.dropna(subset=["value"]).sort_values("year")
        years = np.asarray(years, dtype=float)
        if pop.empty:
            return np.full(len(years), np.nan)
        known = pop["year"].fillna(0).to_numpy(float)
        values = pop["value"].to_numpy(float)
        at = np.searchsorted(known, years, side="right") - 1
        return values[np.clip(at, 0, len(values) - 1)]

    def tables(self) -> dict[str, tuple[list[str], list[list]]]:
        """The register as the sheets of its workbook: headers and cell values per sheet.
        This is what `xlkpi register --export` writes and what the checksum covers."""
        ctx = self.context.copy()
        ctx["year"] = ctx["year"].map(lambda v: "" if np.isnan(v) else int(v))
        ctx["value"] = ctx["value"].map(
            lambda v: "" if np.isnan(v) else (int(v) if float(v).is_integer() else float(v)))
        return {
            "Indicators": _indicator_rows(self),
            "Forums": _plain(self.forums, FORUM_COLUMNS),
            "Membership": _plain(self.membership, MEMBERSHIP_COLUMNS),
            "Context": _plain(ctx, CONTEXT_COLUMNS),
            "Findings": _plain(self.findings, FINDING_COLUMNS, "ids"),
            "Actions": _plain(self.actions, ACTION_COLUMNS, "ids"),
        }

    def checksum(self) -> str:
        """SHA-256 of the register's content (not of the file), for templates to carry."""
        blob = json.dumps(self.tables(), ensure_ascii=False, default=str).encode()
        return hashlib.sha256(blob).hexdigest()


def _indicator_rows(register: Register) -> tuple[list[str], list[list]]:
    """The Indicators sheet's cells, built a column at a time (the same Python values, in
    the same order, as a row at a time: the checksum is of them)."""
    ind = register.indicators
    headers = [c.header for c in INDICATOR_COLUMNS] + register.extra_columns
    n = len(ind)

    def values(key: str, default="") -> list:
        return ind[key].tolist() if key in ind else [default] * n

    measures = values("measure")
    columns = []
    for c in INDICATOR_COLUMNS:
        if c.key in QUANTITIES:
            columns.append([_quantity(c.key, label, value, measure) for label, value, measure
                            in zip(values(f"{c.key}_label"), values(c.key), measures,
                                   strict=True)])
        elif c.key == "decimals":
            columns.append(["" if kind == "blank" else int(d) for kind, d in
                            zip(values("decimals_kind"), values("decimals"), strict=True)])
        elif c.key in DEFAULTED:  # a blank cell stays blank: its default is implied
            columns.append(values(f"{c.key}_typed" if f"{c.key}_typed" in ind else c.key))
        elif c.key == "team":
            columns.append(["; ".join(teams) for teams in values("teams")])
        else:
            columns.append(values(c.key))
    columns += [values(c) for c in register.extra_columns]
    return headers, [list(row) for row in zip(*columns, strict=True)]


def _quantity(key: str, label, value, measure):
    """One Target, Tolerance, ... cell: its word (tbc), else its number; a yesno Target as
    Yes/No; a Tolerance of 0 typed as blank stays blank."""
    if key == "tolerance" and value == 0 and not label:
        return ""
    if measure == "yesno" and key == "target" and not np.isnan(value):
        return "Yes" if value == 1 else "No"
    return label if label else ("" if np.isnan(value) else float(value))


def _plain(frame: pd.DataFrame, columns, ids_col: str | None = None) -> tuple[list, list]:
    """The cells of `frame`'s `columns`, built a column at a time (NaN as blank)."""
    headers = [c.header for c in columns]
    n = len(frame)
    cells = []
    for c in columns:
        if c.key == "indicator_ids" and ids_col:
            column = ["; ".join(ids) for ids in frame[ids_col].tolist()]
        else:
            column = frame[c.key].tolist() if c.key in frame else [""] * n
        cells.append(["" if isinstance(v, float) and np.isnan(v) else v for v in column])
    return headers, [list(row) for row in zip(*cells, strict=True)]
