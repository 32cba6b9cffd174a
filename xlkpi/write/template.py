"""The returns template (DESIGN §3): the workbook service teams fill each month.

An `Instructions` sheet, then one sheet per team with a row per indicator the team returns,
then a very hidden `xlkpi` sheet naming the register the template was made from. Only the
cells an indicator's measure needs are open (light yellow); each carries an Excel data
validation that refuses what `xlkpi validate` would reject, and an input message saying
what to type: exactly what the validation takes. A cost or count that an average takes its
figures from opens its Denominator too. Figures show as typed, decimals and all; a quarterly or
annual row names the months it is due. The layout, styles and validation rules are data
(template_rules.py); the sheets are written by template_sheets.py.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

import xlkpi
from xlkpi.core.calendar import due, month_text
from xlkpi.core.errors import BadArgument
from xlkpi.core.register import Register
from xlkpi.read.returns import METADATA_SHEET
from xlkpi.validate.cross_row import average_sources
from xlkpi.write.files import atomic_output
from xlkpi.write.template_rules import INSTRUCTIONS, OTHER, STYLES
from xlkpi.write.template_sheets import instructions, metadata_sheet, team_sheet
from xlkpi.write.xlsx import Formats, safe_sheet_name, workbook

FIXED_CREATED = dt.datetime(2020, 1, 1)  # document date when none is given: same bytes per run


def write_template(register: Register, path: Path | str, *, period: int | None = None,
                   team: str | None = None, password: str | None = None,
                   created: dt.datetime | None = None) -> Path:
    """Write the returns template for `register` to `path` and return the path.

    `period` (a month index, see calendar.month_index) lists only the indicators due that month
    and pre-fills Period; without it every indicator is listed and Period is for the team to
    type. `team` writes that team's sheet alone. The same arguments give the same bytes.
    """
    groups = team_groups(register)
    if team is not None:
        wanted = team.strip().lower()
        groups = [g for g in groups if g[0].lower() == wanted]
        if not groups:
            names = ", ".join(g[0] for g in team_groups(register)) or "none"
            raise BadArgument(f"unknown team '{team}'; the register's teams are: {names}")
        team = groups[0][0]  # as the register spells it
    fy = register.fy_start_month
    if period is not None:
        groups = [(name, rows[due(rows["frequency"], period, fy)]) for name, rows in groups]
    path, checksum = Path(path), register.checksum()
    with atomic_output(path) as tmp:
        wb = workbook(tmp)
        wb.set_properties({"title": "Performance returns template", "author": "xlkpi",
                           "comments": f"register checksum {checksum}",
                           "created": created or FIXED_CREATED})
        style = Formats(wb, STYLES)
        taken = {INSTRUCTIONS.lower(), METADATA_SHEET.lower(), "history"}
        sheets = [(safe_sheet_name(name, taken, "Team"), name, rows) for name, rows in groups]
        instructions(wb, style, sheets, period, fy, password)
        feeds = averages_fed(register)
        for sheet, name, rows in sheets:
            team_sheet(wb, style, sheet, name, rows, period, fy, password, feeds)
        metadata_sheet(wb, [("template version", xlkpi.__version__),
                            ("register checksum", checksum),
                            ("register source", Path(register.source).name),
                            ("period", month_text(period) if period is not None else ""),
                            ("team", team or "")], password)
        wb.close()
    return path


def averages_fed(register: Register) -> dict[str, str]:
    """The indicators an average takes its figures from (`Figures from`), each with the IDs of
    its averages: their Denominator is returned too (denominator-for-average)."""
    ind = register.indicators
    averages = ind[ind["measure"].eq("average") & ind["figures_from"].isin(
        average_sources(register))]
    return averages.groupby("figures_from")["id"].agg(", ".join).to_dict()


def team_groups(register: Register) -> list[tuple[str, pd.DataFrame]]:
    """(team, its returned indicators) in register order; indicators without a team form the
    group `Other`. Indicators with `Figures from` are not returned, so are left out."""
    ind = register.indicators[register.indicators["figures_from"] == ""]
    teams = list(dict.fromkeys(t for ts in ind["teams"] for t in ts))
    groups = [(t, ind[ind["teams"].map(lambda ts, t=t: t in ts)]) for t in teams]
    loose = ind[ind["teams"].map(len) == 0]
    if len(loose):
        groups.append((OTHER, loose))
    return groups


