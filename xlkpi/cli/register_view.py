"""`xlkpi register`: the register as a person reads it — forum by forum, with targets."""

from __future__ import annotations

import numpy as np
from rich.table import Table

from xlkpi.core.register import Register


def _number(value: float, label: str, decimals: int, measure: str) -> str:
    if label:
        return label
    if np.isnan(value):
        return ""
    if measure == "yesno":
        return "Yes" if value == 1 else "No"
    text = f"{value:,.{decimals}f}"
    return text + "%" if measure == "percentage" else text


DIRECTION_ARROWS = {"higher": "↑", "lower": "↓", "maintain": "↔", "none": "–"}


def _row(ind, ref: str = "") -> list[str]:
    dec = int(ind["decimals"])
    target = _number(ind["target"], ind["target_label"], dec, ind["measure"])
    tol = _number(ind["tolerance"], ind["tolerance_label"], dec, ind["measure"]) \
        if ind["tolerance"] else ""
    arrow = DIRECTION_ARROWS.get(ind["direction"], "")
    freq = ind["frequency"][0].upper() + ("" if ind["window"] == "month" else
                                          f" {ind['window']}")
    return [ref, ind["id"], ind["title"], ind["measure"], target, tol, arrow, freq,
            "; ".join(ind["teams"])]


def _table(title: str) -> Table:
    table = Table(title=title, title_justify="left", header_style="bold")
    for name in ("Ref", "ID", "Indicator", "Measure", "Target", "Tol.", "Dir.", "Freq.", "Team"):
        wide = name in ("Indicator", "Team")
        table.add_column(name, overflow="fold", no_wrap=not wide,
                         ratio={"Indicator": 4, "Team": 1}.get(name))
    table.caption = "Dir.: ↑ higher is better, ↓ lower is better, ↔ maintain, – context " \
                    "figure (never rated). " \
                    "Freq.: Monthly, Quarterly, Annual (with the window when not the month)."
    return table


def register_tables(register: Register) -> list[Table]:
    ind = register.indicators
    tables = []
    for forum in register.forums.itertuples(index=False):
        members = register.membership[register.membership["forum_key"] == forum.key]
        heading = f"{forum.forum} ({forum.layout}, {forum.frequency})"
        if forum.title and forum.title != forum.forum:
            heading += f": {forum.title}"
        if forum.layout == "mapping":
            heading += f" - {len(register.findings)} findings"
        elif forum.layout == "actions":
            heading += f" - {len(register.actions)} actions"
        table = _table(heading)
        section = None
        for m in members.itertuples(index=False):
            if m.section and m.section != section:
                table.add_section()
                table.add_row("", "", f"[bold]{m.section}[/]")
                section = m.section
            table.add_row(*_row(ind.loc[m.indicator_id], m.ref))
        tables.append(table)
    listed = set(register.membership["indicator_id"])
    loose = ind[~ind.index.isin(listed)]
    if len(loose):
        table = _table(f"Not in any forum's tab ({len(loose)}; in Data, Trends and any "
                       "mapping/actions tab that names them)")
        for _, i in loose.iterrows():
            table.add_row(*_row(i))
        tables.append(table)
    summary = Table.grid(padding=(0, 2))
    summary.add_row(f"[bold]{register.source}[/]", f"{len(ind)} indicators",
                    f"{len(register.forums)} forums", f"checksum {register.checksum()[:12]}")
    return [summary, *tables]
