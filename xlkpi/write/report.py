"""The report workbook (DESIGN §6): what the board secretary circulates.

Tabs: Summary, one tab per forum (in register order, each in its layout from layouts.py),
Trends, Validation, Data. Written with xlsxwriter inside `writing.atomic_output`:

- text from returns and the register is always written with `write_string` (a comment that
  starts with `=`, `+`, `-` or `@` stays visible text); there are no formulas, macros or
  external links;
- RAG words sit in their own cells and are coloured by conditional-format rules, one rule per
  RAG word per column range (never one per cell);
- numbers stay numbers: each cell gets its indicator's number format (styles.NUMBER_FORMATS),
  each distinct format made once;
- every tab is print-ready: A4 landscape, one page wide, header row repeated, frozen under
  the header, footer with the period and page number;
- the same inputs and the same `created` give the same cell contents.
"""

from __future__ import annotations

import datetime as dt
import math
import os
from collections import Counter
from functools import cached_property
from pathlib import Path
from typing import Any

import pandas as pd
import xlsxwriter
from xlsxwriter.worksheet import Worksheet

import xlkpi
from xlkpi.core import calendar, vocabulary
from xlkpi.core.findings import column_letter, sheet_ref
from xlkpi.pipeline import Processed
from xlkpi.write.files import atomic_output
from xlkpi.write.layouts import (
    CHANGE_COLUMNS,
    DATA_COLUMNS,
    DATA_HEADERS,
    EXCEPTION_COLUMNS,
    GENERAL,
    LAYOUTS,
    NUMBER,
    RAG,
    REF,
    TREND,
    VALIDATION_COLUMNS,
    WRAP,
    Column,
    Layout,
)
from xlkpi.write.styles import (
    CHART_BORDER,
    DIRECTION_TEXT,
    FONT,
    HEADER_FILL,
    LINE_POINTS,
    RAG_COLOURS,
    SEVERITY_COLOURS,
    STYLES,
    format_value,
    number_format,
    rag_format,
    text_lines,
)

OPTIONS = {"strings_to_formulas": False, "strings_to_urls": False,
           "strings_to_numbers": False, "default_format_properties": dict(FONT),
           "in_memory": True}  # no temporary files while packaging
HEADER_ROW = 4  # forum, Trends and Validation tabs: title, two lines of notes, a gap, header
TREND_PERIODS = 13
BETTER = {"higher": "↑ Higher", "lower": "↓ Lower", "maintain": "↔ On target"}
A4 = 9
SUMMARY_WIDTHS = (26, 48, 9.5, 9.5, 9.5, 9.5, 9.5, 9.5, 9.5, 9.5, 36)  # A..K
RAG_ORDER = {w: i for i, w in enumerate(vocabulary.RAGS)}
KEY_LINES = ("RAG key: Red – not on target, outside tolerance and no better than the previous "
             "period; Amber – outside tolerance but improving;",
             "Yellow – not on target but within tolerance; Green – on or better than target; "
             "TBC – no target set; No data – no valid figure. The full key is on the Summary "
             "tab.")


# --- time --------------------------------------------------------------------------------
def made_at(created: dt.datetime | None = None) -> dt.datetime:
    """`created`, else SOURCE_DATE_EPOCH (seconds since 1970, UTC) when set, else now."""
    if created is not None:
        return created
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    return dt.datetime.now(dt.UTC)


def _made_text(created: dt.datetime) -> str:
    if created.tzinfo is not None:
        return created.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return created.strftime("%Y-%m-%d %H:%M")


def _naive_utc(created: dt.datetime) -> dt.datetime:
    if created.tzinfo is not None:
        return created.astimezone(dt.UTC).replace(tzinfo=None)
    return created


# --- small helpers -----------------------------------------------------------------------
def _missing(v: Any) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA or v is pd.NaT


def _num(v: Any) -> float | None:
    if _missing(v) or isinstance(v, str):
        return None
    return float(v)


def _text(v: Any) -> str:
    return "" if _missing(v) else str(v)


def _keys(frame: pd.DataFrame) -> list[tuple[str, int]]:
    """(indicator ID, month) of each row of a results frame."""
    return list(zip(frame["indicator_id"], frame["month"].astype(int), strict=True))


def worst(rags: list[str]) -> str:
    """The worst rated RAG of several ('' when none): Red < Amber < Yellow < Green; when none
    is rated, No data if any has no data, else TBC."""
    rated = [r for r in rags if r in vocabulary.RANK]
    if rated:
        return min(rated, key=vocabulary.RANK.__getitem__)
    if vocabulary.NO_DATA in rags:
        return vocabulary.NO_DATA
    return vocabulary.TBC if rags else ""


def _suffixed(num_format: str, label: str) -> str:
    """A number format that also says which period a value is from: 12.0% (Dec-20)."""
    return ";".join(part[:-1] + f' ({label})"' if part.endswith('"') else f'{part}" ({label})"'
                    for part in num_format.split(";"))


def _mode(months: list[int], fallback: int) -> int:
    if not months:
        return fallback
    counts = Counter(months)
    top = max(counts.values())
    return max(m for m, n in counts.items() if n == top)


# --- the figures behind every tab --------------------------------------------------------
class Model:
    """What the tabs show, worked out once from `Processed`."""

    def __init__(self, processed: Processed) -> None:
        self.processed = processed
        self.register = processed.validation.register
        self.results = processed.results
        self.period = int(processed.period)
        self.label = calendar.month_label(self.period)
        self.forums = self.register.forums
        current = processed.current
        current = current[current["month"].notna()].to_dict(orient="index")
        self.rag_at = dict(zip(_keys(self.results), self.results["rag"], strict=True))
        self.info: dict[str, dict] = {}
        for iid, ind in self.register.indicators.to_dict(orient="index").items():
            self.info[iid] = self._indicator(iid, ind, current.get(iid))
        members = self.register.membership
        self.members = {key: list(zip(group["ref"], group["section"], group["indicator_id"],
                                      strict=True))
                        for key, group in members.groupby("forum_key", sort=False)}
        self.forum_ids = {f: self._forum_ids(f, layout) for f, layout in
                          zip(self.forums["forum"], self.forums["layout"], strict=True)}

    def _indicator(self, iid: str, ind: dict, cur: dict | None) -> dict:
        """Everything a tab shows of one indicator: register fields and its current result
        (`cur` is None when it has no due period up to the reporting month)."""
        measure, decimals = str(ind["measure"]), int(ind["decimals"])
        has = cur is not None
        month = int(cur["month"]) if has else None
        prev_month = int(cur["previous_month"]) if has else None
        assessed = measure == "assessed"
        word = str(cur["rag"]) if has else vocabulary.NO_DATA
        if assessed:
            value = word if has and word != vocabulary.NO_DATA else None
            previous = _text(cur["previous_rag"]) or None if has else None
            last_year = self.rag_at.get((iid, month - 12)) if has else None
        else:
            value = _num(cur["value"]) if has else None
            previous = _num(cur["previous_value"]) if has else None
            last_year = _num(cur["last_year_value"]) if has else None
        target = _num(ind["target"])
        tolerance = _num(ind["tolerance"])
        direction = str(ind["direction"])
        comment = _text(cur["comment"]) if has else ""
        rejected = _text(cur["rejected"]) if has else ""
        if not has:
            rejected = f"No due period up to {self.label} in the months these returns cover " \
                       f"({ind['frequency']} indicator)."
        info = {
            "id": iid, "title": str(ind["title"]), "measure": measure, "decimals": decimals,
            "format": number_format(measure, decimals), "month": month,
            "months": {"current": month, "previous": prev_month,
                       "last_year": month - 12 if month is not None else None},
            "current": value, "previous": previous, "last_year": last_year,
            "target": target if target is not None else (ind["target_label"] or None),
            "tolerance": self._tolerance(ind, target, tolerance),
            "threshold": self._threshold(ind, target, tolerance, measure, decimals),
            "stat_neighbour": _num(ind["stat_neighbour"]) if _num(ind["stat_neighbour"])
            is not None else (ind["stat_neighbour_label"] or None),
            "england": _num(ind["england"]) if _num(ind["england"]) is not None
            else (ind["england_label"] or None),
            "direction": DIRECTION_TEXT.get(direction, direction),
            "better": BETTER.get(direction, ""),
            "rag": word, "previous_rag": _text(cur["previous_rag"]) if has else "",
            "trend": _text(cur["trend"]) if has else "",
            "comment": "\n".join(t for t in (comment, rejected) if t),
            "outcome": str(ind["outcome"]),
            "measure_text": _text(ind.get("Measure text", "")),
            "comments": _text(ind.get("Comments", "")),
            "priority": str(ind["priority"]), "status": str(ind["status"]),
        }
        info["evidence"] = self._evidence(info, cur if has else None, ind, rejected)
        return info

    @staticmethod
    def _tolerance(ind: dict, target: float | None, tolerance: float | None):
        if ind["tolerance_label"]:
            return ind["tolerance_label"]
        if target is None:
            return None
        return tolerance if tolerance is not None else 0.0

    @staticmethod
    def _threshold(ind: dict, target: float | None, tolerance: float | None, measure: str,
                   decimals: int) -> float | str | None:
        if target is None or measure in ("yesno", "assessed"):
            return None
        tol = tolerance or 0.0
        direction = ind["direction"]
        if direction == "maintain":
            if tol == 0:
                return target
            return f"{format_value(target - tol, measure, decimals)} to " \
                   f"{format_value(target + tol, measure, decimals)}"
        return round(target + tol if direction == "lower" else target - tol, 9)

    def _evidence(self, info: dict, cur: dict | None, ind: dict, rejected: str) -> str:
        """Assessment layout: the team's evidence, or the value against its target."""
        measure, decimals = info["measure"], info["decimals"]
        lines = []
        if measure == "assessed":
            if cur is not None and _text(cur["evidence"]):
                lines.append(_text(cur["evidence"]))
        elif isinstance(info["current"], float):
            shown = format_value(info["current"], measure, decimals)
            target = _num(ind["target"])
            if target is None:
                lines.append(f"{shown} (no target set)")
            else:
                side = {"higher": " or above", "lower": " or below"}.get(ind["direction"], "")
                lines.append(f"{shown} against a target of "
                             f"{format_value(target, measure, decimals)}{side}")
        comment = _text(cur["comment"]) if cur is not None else ""
        lines += [t for t in (comment, rejected) if t]
        return "\n".join(lines)

    # rows of each layout ---------------------------------------------------------------
    def rows(self, forum: str, layout: Layout) -> list[dict]:
        if layout.rows == "members":
            return [{**self.info[iid], "ref": _text(ref), "section": _text(section),
                     "outcome": _text(section) or self.info[iid]["outcome"]}
                    for ref, section, iid in self.members.get(forum.strip().lower(), [])
                    if iid in self.info]
        if layout.rows == "findings":
            return [{"area": _text(f["area"]), "type": _text(f["type"]),
                     "finding": _text(f["finding"]), "other": _text(f["other"]),
                     **self._kpi_fields(f["ids"])}
                    for f in self.register.findings.to_dict(orient="records")]
        if layout.rows == "actions":
            return [{"aim": _text(a["aim"]), "ref": _text(a["ref"]),
                     "priority": _text(a["priority"]), "how": _text(a["how"]),
                     "measure_of_success": _text(a["measure_of_success"]),
                     "owner": _text(a["owner"]), "target_date": _text(a["target_date"]),
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
            "worst_rag": worst([self.info[i]["rag"] for i in known]),
            "kpi_rags": "; ".join(f"{i} {self.info[i]['rag']}" for i in known),
        }

    def _forum_ids(self, forum: str, layout_name: str) -> list[str]:
        """The indicators a forum looks at: its members, or those its findings or actions
        name (each once)."""
        layout = LAYOUTS.get(layout_name, LAYOUTS["list"])
        if layout.rows == "members":
            return [iid for _, _, iid in self.members.get(forum.strip().lower(), [])
                    if iid in self.info]
        frame = self.register.findings if layout.rows == "findings" else self.register.actions
        seen: dict[str, None] = {}
        for ids in frame["ids"]:
            for i in ids:
                if i in self.info:
                    seen[i] = None
        return list(seen)

    def forums_of(self, iid: str) -> str:
        return ", ".join(f for f, ids in self.forum_ids.items() if iid in ids)

    @cached_property
    def rag_counts(self) -> list[tuple[str, str, Counter]]:
        out = []
        for forum, title in zip(self.forums["forum"], self.forums["title"], strict=True):
            out.append((forum, title, Counter(self.info[i]["rag"]
                                              for i in self.forum_ids[forum])))
        return out

    @cached_property
    def exceptions(self) -> list[dict]:
        """Every indicator that is Red or got worse: Red first, then by RAG, register order."""
        rows = [info for info in self.info.values()
                if info["rag"] == vocabulary.RED or info["trend"].endswith("worse")]
        return sorted(rows, key=lambda r: RAG_ORDER.get(r["rag"], 9))

    @cached_property
    def changes(self) -> list[dict]:
        """Indicators whose RAG changed since their previous period (when the returns cover
        it): worsened first, then changed to or from TBC / No data, then improved."""
        first = int(self.results["month"].min()) if len(self.results) else self.period
        rows = []
        for info in self.info.values():
            before, now = info["previous_rag"], info["rag"]
            if not before or before == now:
                continue
            if info["months"]["previous"] is not None and info["months"]["previous"] < first:
                continue  # the returns do not reach back to the previous period

            if before in vocabulary.RANK and now in vocabulary.RANK:
                rank = vocabulary.RANK
                change = "Improved" if rank[now] > rank[before] else "Worsened"
            else:
                change = "Changed"
            rows.append({**info, "change": change})
        order = {"Worsened": 0, "Changed": 1, "Improved": 2}
        return sorted(rows, key=lambda r: order[r["change"]])


# --- the workbook ------------------------------------------------------------------------
class Writer:
    def __init__(self, workbook: xlsxwriter.Workbook, model: Model) -> None:
        self.wb = workbook
        self.m = model
        self._formats: dict[tuple, Any] = {}
        self._rag_formats = {w: workbook.add_format(rag_format(w)) for w in RAG_COLOURS}

    def fmt(self, style: str, num_format: str | None = None, **extra):
        """The workbook format for a named style (+ number format): each made once."""
        key = (style, num_format, tuple(sorted(extra.items())))
        if key not in self._formats:
            props = dict(STYLES[style])
            if num_format:
                props["num_format"] = num_format
            props.update(extra)
            self._formats[key] = self.wb.add_format(props)
        return self._formats[key]

    # sheet set-up ----------------------------------------------------------------------
    def sheet(self, name: str, *, header_row: int, freeze_columns: int = 0,
              gridlines: bool = False) -> Worksheet:
        ws = self.wb.add_worksheet(name)
        ws.set_landscape()
        ws.set_paper(A4)
        ws.fit_to_pages(1, 0)
        ws.repeat_rows(header_row)
        ws.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.6)
        ws.center_horizontally()
        ws.set_footer(f"&L&A – {self.m.label}&RPage &P of &N")
        ws.freeze_panes(header_row + 1, freeze_columns)
        ws.hide_gridlines(0 if gridlines else 2)
        return ws

    def title(self, ws: Worksheet, title: str, *notes: str) -> None:
        """The title row (left-aligned, not merged) and up to two lines of notes under it."""
        ws.write_string(0, 0, title, self.fmt("title"))
        ws.set_row(0, 22)
        for r, note in enumerate(notes[:HEADER_ROW - 1], start=1):
            ws.write_string(r, 0, note, self.fmt("subtitle"))

    @staticmethod
    def fit(ws: Worksheet, r: int, lines: int) -> None:
        if lines > 1:
            ws.set_row(r, LINE_POINTS * lines + 3)

    def colour_rags(self, ws: Worksheet, ranges: list[tuple[int, int, int, int]]) -> None:
        """One conditional-format rule per RAG word, over all the given ranges at once."""
        ranges = [r for r in ranges if r[2] >= r[0]]
        if not ranges:
            return
        multi = " ".join(f"{column_letter(c1)}{r1 + 1}:{column_letter(c2)}{r2 + 1}"
                         for r1, c1, r2, c2 in ranges)
        for word, fmt in self._rag_formats.items():
            ws.conditional_format(*ranges[0], {"type": "cell", "criteria": "==",
                                               "value": f'"{word}"', "format": fmt,
                                               "multi_range": multi})

    def header(self, ws: Worksheet, row: int, headers: list[str], widths: list[float],
               style: str = "header") -> None:
        for c, h in enumerate(headers):
            ws.write_string(row, c, h, self.fmt(style))
        self.fit(ws, row, max(text_lines(h, w, bold=True) for h, w in zip(headers, widths,
                                                                        strict=True)))

    def value(self, ws: Worksheet, r: int, c: int, v: Any, num_format: str | None,
              style: str = "number", suffix: str = "") -> None:
        """A number in its format; text (tbc, n/a, a RAG word) as text; blank as blank.
        `suffix` (a month label) says the value is from another period than the header's."""
        if _missing(v) or v == "":
            ws.write_blank(r, c, None, self.fmt(style))
        elif isinstance(v, str):
            ws.write_string(r, c, f"{v} ({suffix})" if suffix else v, self.fmt(style))
        else:
            nf = _suffixed(num_format or "General", suffix) if suffix else num_format
            ws.write_number(r, c, float(v), self.fmt(style, nf))

    def cell(self, ws: Worksheet, r: int, c: int, col: Column, row: dict, width: float,
             suffix: str = "") -> int:
        """Write one cell of a table row; return the lines it needs."""
        v = row.get(col.field)
        if col.kind == NUMBER:
            self.value(ws, r, c, v, row.get("format"), suffix=suffix)
            return 1
        if col.kind == GENERAL:
            self.value(ws, r, c, v, None)
            return 1
        text = _text(v)
        if col.kind == REF and text.isdigit():
            ws.write_number(r, c, int(text), self.fmt("centre"))
            return 1
        style = {WRAP: "wrap", RAG: "rag", TREND: "centre", REF: "centre"}.get(col.kind, "text")
        if text:
            ws.write_string(r, c, text, self.fmt(style))
        else:
            ws.write_blank(r, c, None, self.fmt(style))
        return text_lines(text, width) if col.kind == WRAP else 1

    def table(self, ws: Worksheet, header_row: int, columns: tuple[Column, ...] | list[Column],
              rows: list[dict], widths: list[float], *, section: str | None = None,
              labels: dict[str, int] | None = None) -> int:
        """Header and rows of a table (heading rows when `section` changes); returns the last
        row written. Period columns whose row is from another month carry that month."""
        labels = labels or {}
        headers = [c.header.format(**{k: calendar.month_label(v) for k, v in labels.items()})
                   for c in columns]
        self.header(ws, header_row, headers, widths)
        r, current_section, width = header_row, None, len(columns)
        for row in rows:
            if section and row.get(section) and row[section] != current_section:
                current_section = row[section]
                r += 1
                ws.write_string(r, 0, current_section, self.fmt("section"))
                for c in range(1, width):
                    ws.write_blank(r, c, None, self.fmt("section"))
            r += 1
            lines = 1
            for c, col in enumerate(columns):
                lines = max(lines, self.cell(ws, r, c, col, row, widths[c],
                                             self._suffix(col, row, labels)))
            self.fit(ws, r, lines)
        return r

    @staticmethod
    def _suffix(col: Column, row: dict, labels: dict[str, int]) -> str:
        if not col.period or not row.get("months") or col.period not in labels:
            return ""
        month = row["months"][col.period]
        return calendar.month_label(month) if month is not None and month != labels[col.period] \
            else ""

    # forum tabs ------------------------------------------------------------------------
    def forum(self, forum: str, title: str, layout_name: str) -> None:
        layout = LAYOUTS.get(layout_name, LAYOUTS["list"])
        rows = self.m.rows(forum, layout)
        ws = self.sheet(forum, header_row=HEADER_ROW, freeze_columns=layout.freeze_columns)
        self.title(ws, f"{title or forum} – {self.m.label}", *KEY_LINES)
        labels = self.period_labels(rows)
        widths = [self._width(col, rows, labels) for col in layout.columns]
        for c, w in enumerate(widths):
            ws.set_column(c, c, w)
        r = self.table(ws, HEADER_ROW, layout.columns, rows, widths, section=layout.section,
                       labels=labels)
        ws.autofilter(HEADER_ROW, 0, r, len(layout.columns) - 1)
        self.colour_rags(ws, [(HEADER_ROW + 1, c, r, c)
                              for c, col in enumerate(layout.columns) if col.kind == RAG])

    def period_labels(self, rows: list[dict]) -> dict[str, int]:
        """The month each period column's header names: the one most of its rows show."""
        default = {"current": self.m.period, "previous": self.m.period - 1,
                   "last_year": self.m.period - 12}
        out = {}
        for name, fallback in default.items():
            months = [row["months"][name] for row in rows
                      if row.get("months") and row["months"][name] is not None]
            out[name] = _mode(months, fallback)
        return out

    def _width(self, col: Column, rows: list[dict], labels: dict[str, int]) -> float:
        """A number column widens to fit its longest shown value (e.g. '77.9% (Dec-20)')."""
        if col.kind != NUMBER:
            return col.width
        longest = 0
        for row in rows:
            v = row.get(col.field)
            shown = v if isinstance(v, str) else format_value(
                v, row.get("measure", ""), row.get("decimals", 1))
            suffix = self._suffix(col, row, labels)
            longest = max(longest, len(shown) + (len(suffix) + 3 if suffix else 0))
        return max(col.width, min(longest + 2, 20))

    # Summary ---------------------------------------------------------------------------
    def summary(self, created: dt.datetime) -> None:
        m = self.m
        report = m.processed.report
        ws = self.sheet("Summary", header_row=0)
        widths = list(SUMMARY_WIDTHS)
        for c, w in enumerate(widths):
            ws.set_column(c, c, w)
        self.title(ws, f"KPI performance report – {m.label}",
                   "Made by xlkpi from the teams' performance returns. Each forum has its own "
                   "tab; every figure is on the Data tab.")
        label, plain = self.fmt("label"), self.fmt("plain")
        r = 3
        errors, warnings = report.errors, report.warnings
        facts = [("Reporting period", f"{m.label} ({calendar.month_text(m.period)})", ""),
                 ("Made", _made_text(created), f"by xlkpi {xlkpi.__version__}"),
                 ("KPI register", m.register.source,
                  f"{len(m.register.indicators)} indicators, {len(m.forums)} forums")]
        for n, (file, digest) in enumerate(m.processed.inputs or [("(none)", "")]):
            facts.append(("Input files" if n == 0 else "", file,
                          f"SHA-256 {digest}" if digest else ""))
        facts.append(("Validation", f"{errors} error{'s' if errors != 1 else ''}, {warnings} "
                      f"warning{'s' if warnings != 1 else ''}",
                      "Every finding is on the Validation tab."))
        for name, value, more in facts:
            if name:
                ws.write_string(r, 0, name, label)
            ws.write_string(r, 1, value, plain)
            if more:
                ws.write_string(r, 2, more, plain)
            r += 1

        # RAG counts per forum, with a chart of them
        r += 1
        ws.write_string(r, 0, "RAG ratings by forum", self.fmt("heading"))
        r += 1
        words = list(RAG_COLOURS)
        head = r
        self.header(ws, r, ["Forum", "Title", *words, "Total"], widths[:9])
        for c, w in enumerate(words, start=2):
            ws.write_string(r, c, w, self.fmt("header", **rag_format(w), align="center"))
        counts = m.rag_counts
        link = self.fmt("text", font_color=HEADER_FILL, underline=1)
        for forum, title, count in counts:
            r += 1
            ws.write_url(r, 0, f"internal:{sheet_ref(forum)}!A1", link, string=forum)
            ws.write_string(r, 1, title, self.fmt("wrap"))
            for c, w in enumerate(words, start=2):
                ws.write_number(r, c, count.get(w, 0), self.fmt("centre"))
            ws.write_number(r, 8, sum(count.values()), self.fmt("total", align="center"))
            self.fit(ws, r, max(text_lines(forum, widths[0]), text_lines(title, widths[1])))
        r += 1
        everyone = Counter(info["rag"] for info in m.info.values())
        ws.write_string(r, 0, "All indicators", self.fmt("total"))
        ws.write_string(r, 1, "Each indicator once, whichever forums see it", self.fmt("total"))
        for c, w in enumerate(words, start=2):
            ws.write_number(r, c, everyone.get(w, 0), self.fmt("total", align="center"))
        ws.write_number(r, 8, sum(everyone.values()), self.fmt("total", align="center"))
        r += 2
        if counts:
            height = 70 + 19 * len(counts)
            self.chart(ws, r, head, head + len(counts), height)
            r += math.ceil(height / 20)

        # the key, from a new printed page
        ws.set_h_pagebreaks([r])
        ws.write_string(r, 0, "Key", self.fmt("heading"))
        r += 1
        self.header(ws, r, ["RAG", "Meaning"], widths[:2])
        for word in words:
            r += 1
            ws.write_string(r, 0, word, self.fmt("rag", **rag_format(word)))
            ws.write_string(r, 1, vocabulary.MEANING[word], self.fmt("wrap"))
            self.fit(ws, r, text_lines(vocabulary.MEANING[word], widths[1]))
        r += 2

        # exceptions and changes
        rag_ranges = []
        ws.write_string(r, 0, f"Exceptions: indicators that are Red or worse than their "
                              f"previous period ({len(m.exceptions)})", self.fmt("heading"))
        ex_head = r + 1
        ex_last = self.summary_table(ws, ex_head, EXCEPTION_COLUMNS, m.exceptions, widths,
                                     "No indicator is Red or worse than its previous period.")
        rag_ranges += [(ex_head + 1, c, ex_last, c) for c, col in enumerate(EXCEPTION_COLUMNS)
                       if col.kind == RAG and m.exceptions]
        r = ex_last + 2
        ws.write_string(r, 0, f"RAG changes since the previous period ({len(m.changes)})",
                        self.fmt("heading"))
        last = self.summary_table(ws, r + 1, CHANGE_COLUMNS, m.changes, widths,
                                  "No indicator changed RAG since its previous period.")
        rag_ranges += [(r + 2, c, last, c) for c, col in enumerate(CHANGE_COLUMNS)
                       if col.kind == RAG and m.changes]
        r = last + 2

        # validation totals
        ws.write_string(r, 0, "Validation", self.fmt("heading"))
        ws.write_string(r + 1, 0, "Errors", label)
        ws.write_number(r + 1, 1, errors, self.fmt("plain", align="left"))
        ws.write_string(r + 2, 0, "Warnings", label)
        ws.write_number(r + 2, 1, warnings, self.fmt("plain", align="left"))
        ws.write_string(r + 3, 0, "Errors exclude the value they concern (the indicator then "
                        "shows No data, and why, in its comment); warnings keep it. Every "
                        "finding, with its file, sheet and cell, is on the Validation tab.",
                        plain)
        ws.autofilter(ex_head, 0, ex_last, len(EXCEPTION_COLUMNS) - 1)
        self.colour_rags(ws, rag_ranges)

    def summary_table(self, ws: Worksheet, header_row: int, columns, rows: list[dict],
                      widths: list[float], empty: str) -> int:
        m = self.m
        rows = [{**info, "forums": m.forums_of(info["id"]),
                 "name": f"{info['id']} {info['title']}"} for info in rows]
        last = self.table(ws, header_row, columns, rows, widths,
                          labels={"current": m.period})
        if not rows:
            last += 1
            ws.write_string(last, 0, empty, self.fmt("plain"))
        return last

    def chart(self, ws: Worksheet, row: int, head: int, last: int, height: int) -> None:
        font = {"name": FONT["font_name"], "size": 9}
        chart = self.wb.add_chart({"type": "bar", "subtype": "stacked"})
        for c, word in enumerate(RAG_COLOURS, start=2):
            fill, text = RAG_COLOURS[word]
            values = [count.get(word, 0) for _, _, count in self.m.rag_counts]
            chart.add_series({
                "name": ["Summary", head, c],
                "categories": ["Summary", head + 1, 0, last, 0],
                "values": ["Summary", head + 1, c, last, c],
                "fill": {"color": fill}, "border": {"color": CHART_BORDER, "width": 0.75},
                "gap": 60,
                "data_labels": {"value": True, "font": {**font, "color": text, "bold": True},
                                "custom": [{"delete": True} if v == 0 else None
                                           for v in values]},
            })
        chart.set_title({"none": True})  # the heading above the table names it
        chart.set_x_axis({"num_font": font,
                          "major_gridlines": {"visible": True, "line": {"color": "#D9D9D9"}}})
        chart.set_y_axis({"reverse": True, "crossing": "max", "num_font": font})
        chart.set_legend({"position": "bottom", "font": font})
        chart.set_size({"width": 940, "height": height})
        chart.set_chartarea({"border": {"none": True}})
        total = sum(sum(c.values()) for _, _, c in self.m.rag_counts)
        ws.insert_chart(row, 0, chart, {
            "x_offset": 4, "y_offset": 4, "object_position": 1,
            "description": f"Stacked bar chart of the RAG ratings of each forum's indicators "
                           f"for {self.m.label} ({total} ratings across {last - head} "
                           "forums). The table above holds the same figures."})

    # Trends ----------------------------------------------------------------------------
    def trends(self) -> None:
        m = self.m
        res = m.results
        months = sorted(int(x) for x in res["month"].unique() if x <= m.period)[-TREND_PERIODS:]
        headers = ["ID", "Indicator", "Better when", *(calendar.month_label(x) for x in months),
                   "Trend line", f"RAG\n{m.label}"]
        widths = [7, 50, 11, *([9] * len(months)), 16, 9]
        ws = self.sheet("Trends", header_row=HEADER_ROW, freeze_columns=2)
        self.title(ws, f"Trends to {m.label}: each indicator over its last "
                       f"{len(months)} months",
                   "One value per due period (quarterly and annual indicators have gaps, "
                   "which the trend line joins). Assessed indicators show their RAG.")
        for c, w in enumerate(widths):
            ws.set_column(c, c, w)
        self.header(ws, HEADER_ROW, headers, widths)
        recent = res[res["month"].isin(months)]
        values = dict(zip(_keys(recent), zip(recent["value"], recent["rag"], strict=True),
                          strict=True))
        first, spark = 3, 3 + len(months)
        text, wrap = self.fmt("text"), self.fmt("wrap")
        r = HEADER_ROW
        locations, ranges = [], []
        for iid, info in m.info.items():
            r += 1
            ws.write_string(r, 0, iid, text)
            ws.write_string(r, 1, info["title"], wrap)
            ws.write_string(r, 2, info["better"], text)
            self.fit(ws, r, text_lines(info["title"], widths[1]))
            numbers = 0
            for j, month in enumerate(months):
                v, word = values.get((iid, month), (None, ""))
                if info["measure"] == "assessed":
                    shown = word if word not in ("", vocabulary.NO_DATA) else None
                else:
                    shown = _num(v)
                    numbers += shown is not None
                self.value(ws, r, first + j, shown, info["format"])
            ws.write_blank(r, spark, None, text)
            if numbers >= 2:
                locations.append(f"{column_letter(spark)}{r + 1}")
                ranges.append(f"{sheet_ref('Trends')}!{column_letter(first)}{r + 1}:"
                              f"{column_letter(spark - 1)}{r + 1}")
            ws.write_string(r, spark + 1, info["rag"], self.fmt("rag"))
        if locations:  # one sparkline group: one style, each line scaled to its own values
            ws.add_sparkline(HEADER_ROW + 1, spark, {
                "location": locations, "range": ranges, "type": "line",
                "series_color": HEADER_FILL, "empty_cells": "connect", "weight": 1.25})
        ws.autofilter(HEADER_ROW, 0, r, len(headers) - 1)
        self.colour_rags(ws, [(HEADER_ROW + 1, first, r, spark - 1),
                              (HEADER_ROW + 1, spark + 1, r, spark + 1)])

    # Validation ------------------------------------------------------------------------
    def validation(self) -> None:
        report = self.m.processed.report
        ws = self.sheet("Validation", header_row=HEADER_ROW)
        self.title(ws, f"Validation: {report.errors} errors, {report.warnings} warnings",
                   "Errors exclude the value they concern (the indicator then shows No data); "
                   "warnings keep it. Each finding names the file, sheet and cell to fix.")
        widths = [c.width for c in VALIDATION_COLUMNS]
        for c, w in enumerate(widths):
            ws.set_column(c, c, w)
        rows = report.frame.to_dict(orient="records")
        r = self.table(ws, HEADER_ROW, VALIDATION_COLUMNS, rows, widths)
        ws.autofilter(HEADER_ROW, 0, r, len(VALIDATION_COLUMNS) - 1)
        if r > HEADER_ROW:
            for word, (fill, colour) in SEVERITY_COLOURS.items():
                ws.conditional_format(HEADER_ROW + 1, 0, r, 0, {
                    "type": "cell", "criteria": "==", "value": f'"{word}"',
                    "format": self.wb.add_format({"bg_color": fill, "font_color": colour})})

    # Data ------------------------------------------------------------------------------
    def data(self) -> None:
        res = self.m.results
        ws = self.sheet("Data", header_row=0, freeze_columns=2, gridlines=True)
        widths = [c.width for c in DATA_COLUMNS]
        for c, w in enumerate(widths):
            ws.set_column(c, c, w)
        self.header(ws, 0, [c.header for c in DATA_COLUMNS], widths, style="data_header")
        plain = self.fmt("data")
        numbered = {iid: self.fmt("data", info["format"]) for iid, info in self.m.info.items()}
        columns = [(c, col.kind, res[col.field].tolist()) for c, col in enumerate(DATA_COLUMNS)]
        write_number, write_string = ws.write_number, ws.write_string
        for i, iid in enumerate(res["indicator_id"].tolist()):
            r = i + 1
            nf = numbered.get(iid, plain)
            for c, kind, values in columns:
                v = values[i]
                if kind in (NUMBER, GENERAL):
                    if v == v and v is not None:  # not NaN
                        write_number(r, c, v, nf if kind == NUMBER else plain)
                elif v:
                    write_string(r, c, v, plain)
        last = len(res)
        ws.autofilter(0, 0, last, len(DATA_COLUMNS) - 1)
        rag_col = DATA_HEADERS.index("RAG")
        self.colour_rags(ws, [(1, rag_col, last, rag_col)])


def write_report(processed: Processed, path: Path, *, created: dt.datetime | None = None
                 ) -> Path:
    """Write the report workbook to `path` (atomically, never half-written) and return it."""
    path = Path(path)
    created = made_at(created)
    model = Model(processed)
    with atomic_output(path) as tmp:
        workbook = xlsxwriter.Workbook(str(tmp), OPTIONS)
        workbook.set_properties({
            "title": f"KPI performance report {model.label}",
            "subject": "RAG-rated key performance indicators by forum",
            "author": "xlkpi", "created": _naive_utc(created),
            "comments": f"Made by xlkpi {xlkpi.__version__} for {model.label}",
        })
        writer = Writer(workbook, model)
        writer.summary(created)
        for forum, title, layout in zip(model.forums["forum"], model.forums["title"],
                                        model.forums["layout"], strict=True):
            writer.forum(forum, title, layout)
        writer.trends()
        writer.validation()
        writer.data()
        workbook.close()
    return path
