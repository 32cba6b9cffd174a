"""What the report's tabs show of each indicator, as display rows (one dict per indicator).

The decisions (which period is current, the thresholds, exceptions, changes, counts per forum,
the worst RAG) are the rate stage's (`rate.summary`); this module turns its frames into the
fields the layouts name (layouts.py): numbers where the register has numbers, its words
(tbc, n/a) where it has words, and the texts of the assessment and mapping layouts.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from xlkpi.core import calendar
from xlkpi.core.findings import Report
from xlkpi.core.register import Register
from xlkpi.core.vocabulary import NO_DATA
from xlkpi.rate import summary
from xlkpi.write.layouts import LAYOUTS, Layout
from xlkpi.write.styles import DIRECTION_TEXT, format_value, number_format

BETTER = {"higher": "↑ Higher", "lower": "↓ Lower", "maintain": "↔ On target"}
ROW_SOURCES = {name: layout.rows for name, layout in LAYOUTS.items()}


@dataclass(frozen=True)
class ReportSource:
    """Everything the report is made from."""

    register: Register
    results: pd.DataFrame  # the rated results: one row per indicator per due period
    period: int  # the reporting month (a month index)
    findings: Report  # every validation finding of the run
    inputs: Sequence[tuple[str, str]] = ()  # (returns file, its SHA-256)
    rows_read: int | None = None  # returns rows read from the inputs


def file_name(path: str) -> str:
    """A file's name without the folders of the machine it was on (Windows paths too)."""
    return str(path).replace("\\", "/").rsplit("/", 1)[-1]


def missing(v: Any) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA or v is pd.NaT


def number(v: Any) -> float | None:
    if missing(v) or isinstance(v, str):
        return None
    return float(v)


def text(v: Any) -> str:
    return "" if missing(v) else str(v)


class Model:
    """The rows every tab shows, worked out once from a ReportSource."""

    def __init__(self, source: ReportSource) -> None:
        self.source = source
        self.register = register = source.register
        self.results = summary.report_columns(source.results)
        self.period = int(source.period)
        self.label = calendar.month_label(self.period)
        self.forums = register.forums
        table = summary.indicators(self.results, register, self.period)
        self.info: dict[str, dict] = {
            iid: self._indicator(iid, ind, row) for (iid, ind), row in zip(
                register.indicators.to_dict(orient="index").items(),
                table.to_dict(orient="records"), strict=True)}
        self.members = {key: list(zip(group["ref"], group["section"], group["indicator_id"],
                                      group["title"], strict=True))
                        for key, group in register.membership.groupby("forum_key", sort=False)}
        self.forum_ids = summary.forum_indicators(register, ROW_SOURCES)
        self.rag_counts = summary.rag_counts(table["rag"], self.forum_ids)
        self.all_counts = summary.rag_counts(table["rag"], {"all": list(table.index)}).loc["all"]
        first = int(self.results["month"].min()) if len(self.results) else self.period
        self.exceptions = self._listed(summary.exceptions(table))
        self.no_data = self._listed(summary.no_data(table))
        self.real_changes = self._listed(summary.real_changes(table))
        changes = summary.rag_changes(table, first)
        self.changes = [{**row, "rag_change": change} for row, change in
                        zip(self._listed(changes), changes["rag_change"], strict=True)]

    def _listed(self, frame: pd.DataFrame) -> list[dict]:
        """Summary rows of the indicators of `frame`: with their forums and a full name."""
        return [{**self.info[iid], "forums": self.forums_of(iid),
                 "name": f"{iid} {self.info[iid]['title']}"} for iid in frame.index]

    def forums_of(self, iid: str) -> str:
        return ", ".join(f for f, ids in self.forum_ids.items() if iid in ids)

    def _indicator(self, iid: str, ind: dict, row: dict) -> dict:
        """Everything a tab shows of one indicator: register fields and its current result
        (`row`: its line of rate.summary.indicators)."""
        measure, decimals = str(ind["measure"]), int(ind["decimals"])
        has = not missing(row["month"])
        month = int(row["month"]) if has else None
        prev_month = int(row["previous_month"]) if has else None
        word = row["rag"]
        if measure == "assessed":
            value = word if has and word != NO_DATA else None
            previous = row["previous_rag"] or None
            last_year = row["last_year_rag"] or None
        else:
            value, previous = number(row["value"]), number(row["previous_value"])
            last_year = number(row["last_year_value"])
        target, direction = number(ind["target"]), str(ind["direction"])
        comment, reason = row["comment"], row["reason"]
        info = {
            "id": iid, "title": str(ind["title"]), "measure": measure, "decimals": decimals,
            "format": number_format(measure, decimals), "month": month,
            "months": {"current": month, "previous": prev_month,
                       "last_year": month - 12 if month is not None else None},
            "current": value, "previous": previous, "last_year": last_year,
            "counts": {"current": row["counts"], "previous": row["previous_counts"],
                       "last_year": row["last_year_counts"]},
            "target": target if target is not None else (ind["target_label"] or None),
            "tolerance": self._tolerance(ind, target),
            "threshold": self._threshold(row, measure, decimals),
            "stat_neighbour": self._labelled(ind, "stat_neighbour"),
            "england": self._labelled(ind, "england"),
            "direction": DIRECTION_TEXT.get(direction, direction),
            "better": BETTER.get(direction, ""),
            "rag": word, "previous_rag": row["previous_rag"], "trend": row["trend"],
            "comment": "\n".join(t for t in (comment, reason) if t), "reason": reason,
            "teams_returned": row["teams_returned"], "variation": row["variation"],
            "assurance": row["assurance"], "spc_mean": number(row["spc_mean"]),
            "spc_lower": number(row["spc_lower"]), "spc_upper": number(row["spc_upper"]),
            "outcome": str(ind["outcome"]),
            "measure_text": text(ind.get("Measure text", "")),
            "comments": text(ind.get("Comments", "")),
            "priority": str(ind["priority"]), "status": str(ind["status"]),
        }
        info["evidence"] = self._evidence(info, row, ind)
        return info

    @staticmethod
    def _labelled(ind: dict, key: str) -> float | str | None:
        """A register number, else the word typed in its place (n/a, tbc), else None."""
        value = number(ind[key])
        return value if value is not None else (ind[f"{key}_label"] or None)

    @staticmethod
    def _tolerance(ind: dict, target: float | None) -> float | str | None:
        if ind["tolerance_label"]:
            return ind["tolerance_label"]
        if target is None:
            return None
        tolerance = number(ind["tolerance"])
        return tolerance if tolerance is not None else 0.0

    @staticmethod
    def _threshold(row: dict, measure: str, decimals: int) -> float | str | None:
        """The tolerance bound (rate.summary), or for `maintain` the band around its target."""
        low, high = number(row["threshold_low"]), number(row["threshold_high"])
        if low is None:
            return number(row["threshold"])
        if low == high:
            return low
        return f"{format_value(low, measure, decimals)} to {format_value(high, measure, decimals)}"

    @staticmethod
    def _evidence(info: dict, row: dict, ind: dict) -> str:
        """Assessment layout: the team's evidence, or the value against its target."""
        measure, decimals = info["measure"], info["decimals"]
        lines = []
        if measure == "assessed":
            if row["evidence"]:
                lines.append(row["evidence"])
        elif isinstance(info["current"], float):
            shown = format_value(info["current"], measure, decimals)
            target = number(ind["target"])
            if target is None:
                lines.append(f"{shown} (no target set)")
            else:
                side = {"higher": " or above", "lower": " or below"}.get(ind["direction"], "")
                lines.append(f"{shown} against a target of "
                             f"{format_value(target, measure, decimals)}{side}")
        lines += [t for t in (row["comment"], row["reason"]) if t]
        return "\n".join(lines)

    # rows of each layout ---------------------------------------------------------------
    def rows(self, forum: str, layout: Layout) -> list[dict]:
        if layout.rows == "members":  # each forum in its own words: the membership's title
            return [{**self.info[iid], "ref": text(ref), "section": text(section),
                     "outcome": text(section) or self.info[iid]["outcome"],
                     "title": text(title) or self.info[iid]["title"]}
                    for ref, section, iid, title in self.members.get(forum.strip().lower(), [])
                    if iid in self.info]
        if layout.rows == "findings":
            return [{"area": text(f["area"]), "type": text(f["type"]),
                     "finding": text(f["finding"]), "other": text(f["other"]),
                     **self._kpi_fields(f["ids"])}
                    for f in self.register.findings.to_dict(orient="records")]
        if layout.rows == "actions":
            return [{"aim": text(a["aim"]), "ref": text(a["ref"]),
                     "priority": text(a["priority"]), "how": text(a["how"]),
                     "measure_of_success": text(a["measure_of_success"]),
                     "owner": text(a["owner"]), "target_date": text(a["target_date"]),
                     **self._kpi_fields(a["ids"])}
                    for a in self.register.actions.to_dict(orient="records")]
        raise ValueError(f"layout {layout.name}: unknown row source {layout.rows!r}")

    def _kpi_fields(self, ids: list[str]) -> dict:
        known = [i for i in ids if i in self.info]
        lines = []
        for i in known:
            info = self.info[i]
            value = info["current"]
            shown = format_value(value, info["measure"], info["decimals"]) \
                if isinstance(value, float) else ""
            lines.append(f"{i}: {shown} – {info['rag']}" if shown else f"{i}: {info['rag']}")
        return {
            "kpi_ids": "; ".join(known),
            "kpis": "\n".join(f"{i} {self.info[i]['title']}" for i in known),
            "kpi_values": "\n".join(lines),
            "worst_rag": summary.worst([self.info[i]["rag"] for i in known]),
            "kpi_rags": "; ".join(f"{i} {self.info[i]['rag']}" for i in known),
        }

    # what the Summary says of the run ----------------------------------------------------
    @property
    def input_names(self) -> list[tuple[str, str]]:
        """(file name, SHA-256) of each input: the name only, never a path of the analyst's
        machine."""
        return [(file_name(file), digest) for file, digest in self.source.inputs]
