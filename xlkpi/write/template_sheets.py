"""The sheets of the returns template: the Instructions, one sheet per team, and the very
hidden sheet naming the register. What goes in them is the data of template_rules.py."""

from __future__ import annotations

import itertools
import re

import pandas as pd

import xlkpi
from xlkpi.core.calendar import month_label, month_text
from xlkpi.core.codes import CODES, ERROR
from xlkpi.core.findings import column_letter
from xlkpi.core.vocabulary import MEASURES
from xlkpi.read.returns import METADATA_SHEET
from xlkpi.write.template_rules import (
    ALWAYS,
    COL,
    COLUMNS,
    FEEDS_AVERAGE,
    FIGURES,
    FOOTER,
    GIVEN,
    GUIDE_WIDTHS,
    HEADER_ROW,
    HEADERS,
    HOW_TO,
    INSTRUCTIONS,
    LINE_HEIGHT,
    MEASURE_HELP,
    OPEN,
    OTHER,
    PERIOD_RULES,
    PROTECTION,
    RULES,
    TEXT_OF,
)
from xlkpi.write.xlsx import print_setup, row_height


# --- the visible sheets ------------------------------------------------------------------
def team_sheet(wb, style, sheet: str, team: str, rows: pd.DataFrame, period: int | None,
               fy: int, password: str | None, feeds: dict[str, str] | None = None) -> None:
    """A team's sheet: a row per indicator, its input cells open and validated. `feeds`: the
    indicators an average takes its figures from, with the averages' IDs."""
    feeds = feeds or {}
    ws = wb.add_worksheet(sheet)
    for c, (_, width, _) in enumerate(COLUMNS):
        ws.set_column(c, c, width)
    loose = team == OTHER and rows["teams"].map(len).eq(0).all()
    title = "Indicators with no team in the register" if loose else team
    ws.write_string(0, 0, f"{title}: performance return", style("title"))
    if period is None:
        when = (f"Type the month you are returning in Period, e.g. 2020-04. Quarterly "
                f"indicators are returned for {_quarter_ends(fy)}; annual ones for "
                f"{_month_name(fy - 2)}.")
    elif len(rows):
        when = f"Period: {month_label(period)} ({month_text(period)}). " \
               f"{len(rows)} indicator{'s' if len(rows) != 1 else ''} due this month."
    else:
        when = f"Period: {month_label(period)} ({month_text(period)}). Nothing is due from " \
               "this team this month: there is nothing to fill in."
    ws.write_string(1, 0, when, style("note"))
    ws.write_string(2, 0, ("Type your team's name in Team. " if loose else "") +
                    "Fill the yellow cells; grey cells do not apply to that indicator. Click a "
                    "yellow cell to see what it takes. More on the Instructions sheet.",
                    style("note"))
    yours = {*FIGURES, *(["Period"] if period is None else []), *(["Team"] if loose else [])}
    for c, header in enumerate(HEADERS):
        ws.write_string(HEADER_ROW, c, header,
                        style("input_header" if header in yours else "header"))
    ws.set_row(HEADER_ROW, 30)

    specs: dict[int, list] = {c: [] for c in range(len(HEADERS))}  # per column, per row
    for r, ind in enumerate(rows.to_dict("records"), start=HEADER_ROW + 1):
        inputs = _open_cells(ind, period, fy, feeds)
        given = {**ind, "team": team if ind["teams"] else "",
                 "period": month_text(period) if period is not None else "",
                 "frequency": _frequency_text(ind["frequency"], fy)}
        for c, (header, _, wrap) in enumerate(COLUMNS):
            if header in inputs:
                rule, hint = inputs[header]
                ws.write_blank(r, c, None, style("input", num_format=RULES[rule].num_format,
                                                 text_wrap=wrap))
                text = ind.get(TEXT_OF.get(header, ""), "")
                specs[c].append((rule, header, _clip(f"{_sentence(text)} {hint}".strip())))
            elif header in FIGURES:
                ws.write_blank(r, c, None, style("closed"))
                specs[c].append(None)
            else:
                ws.write_string(r, c, str(given[GIVEN[header]]),
                                style("given", text_wrap=wrap))
                specs[c].append(None)
        ws.set_row(r, row_height([(given[GIVEN[h]], width) for h, width, wrap in COLUMNS
                                  if wrap and h in GIVEN], LINE_HEIGHT))
    first = HEADER_ROW + 1
    for c, column_specs in specs.items():
        for spec, run in itertools.groupby(enumerate(column_specs), key=lambda p: p[1]):
            if spec is not None:
                run = list(run)
                _validate(ws, first + run[0][0], first + run[-1][0], c, *spec, fy=fy)

    ws.freeze_panes(HEADER_ROW + 1, COL["Indicator"] + 1)
    _finish(ws, password, repeat_row=HEADER_ROW)


def _open_cells(ind: dict, period: int | None, fy: int,
                feeds: dict[str, str]) -> dict[str, tuple[str, str]]:
    """The cells of an indicator's row the team fills: column -> (rule, input message)."""
    cells = {**OPEN[ind["measure"]], **ALWAYS}
    if ind["id"] in feeds and ind["measure"] in ("cost", "count"):
        cells.update({h: (rule, hint.format(averages=feeds[ind["id"]]))
                      for h, (rule, hint) in FEEDS_AVERAGE.items()})
    if period is None:
        cells["Period"] = (PERIOD_RULES.get(ind["frequency"], "month"),
                           _period_help(ind["frequency"], fy))
    if not ind["teams"]:
        cells["Team"] = ("text", "Type the name of the team returning this figure.")
    return cells


def _validate(ws, first: int, last: int, col: int, rule: str, header: str,
              message: str, fy: int = 4) -> None:
    """One data validation over rows first..last of a column (0-based); `fy` the financial
    year's first month (for the months a quarterly or annual row is due)."""
    options = dict(RULES[rule].validation)
    unit = RULES[rule].unit
    error = RULES[rule].error.format(quarter_ends=_quarter_ends(fy), year_end=_month_name(fy - 2))
    if "value" in options:
        row = first + 1
        options["value"] = options["value"].format(
            c=f"{column_letter(col)}{row}", n=f"{column_letter(COL['Numerator'])}{row}",
            d=f"{column_letter(COL['Denominator'])}{row}", r=(fy + 2) % 3,
            m=(fy - 2) % 12 + 1)
    options["input_title"] = f"{header} ({unit})"[:32] if unit else header[:32]
    options["input_message"] = message
    if error:
        options.update(error_title=f"Check the {header}"[:32], error_message=error,
                       error_type="stop")
    if ws.data_validation(first, col, last, col, options) != 0:
        raise ValueError(f"xlsxwriter refused the {rule} validation in column {header}")


def instructions(wb, style, sheets, period: int | None, fy: int,
                 password: str | None) -> None:
    ws = wb.add_worksheet(INSTRUCTIONS)
    for c, width in enumerate(GUIDE_WIDTHS):
        ws.set_column(c, c, width)
    text, label = style("given", text_wrap=True), style("label")
    ws.write_string(0, 0, "Performance return: how to fill it", style("title"))
    ws.write_string(1, 0, f"Made by xlkpi {xlkpi.__version__}. Each team's sheet follows "
                          "this one.", style("note"))
    period_text = (f"{month_label(period)} ({month_text(period)})" if period is not None
                   else "Type it in each row's Period column, e.g. 2020-04.")
    ws.write_string(3, 0, "Period", label)
    ws.write_string(3, 1, period_text, text)
    cells = [("Deadline", "date", "The date returns are due (the analyst fills this in)."),
             ("Contact", "text", "Who to ask about this return (the analyst fills this in).")]
    for r, (name, rule, message) in enumerate(cells, start=4):
        ws.write_string(r, 0, name, label)
        ws.write_blank(r, 1, None, style("input", num_format=RULES[rule].num_format))
        _validate(ws, r, r, 1, rule, name, message)

    r = _section(ws, style, 7, "How to fill it in")
    values = {"period_help": (
                  f"This return is for {month_label(period)} ({month_text(period)}): only the "
                  "indicators due that month are listed." if period is not None else
                  "Type in each row's Period the month the figures are for, as 2020-04 (the "
                  "year, a dash, the month in two digits); copy it down the column."),
              "quarter_ends": _quarter_ends(fy), "year_end": _month_name(fy - 2),
              "password": " with a password" if password else " (no password)"}
    for name, help_text in HOW_TO:
        help_text = help_text.format(**values)
        ws.write_string(r, 0, name, label)
        ws.write_string(r, 1, help_text, text)
        ws.set_row(r, row_height([(help_text, GUIDE_WIDTHS[1])], LINE_HEIGHT))
        r += 1

    r = _section(ws, style, r + 1, "Key")
    for sample, fmt, meaning in [
            ("Yellow cell", style("key_input"), "For you to fill."),
            ("White cell", style("given"), "Filled in for you; locked."),
            ("Grey cell", style("closed"), "Does not apply to that indicator; locked."),
            ("Brown heading", style("input_header"), "A column for your figures and comments.")]:
        ws.write_string(r, 0, sample, fmt)
        ws.write_string(r, 1, meaning, text)
        r += 1

    measures = sorted({m for _, _, rows in sheets for m in rows["measure"]},
                      key=MEASURES.index) or list(MEASURES)
    r = _table(ws, style, r + 1, "What to give for each measure",
               ["Measure", "What to give", "Cells to fill"],
               [[m, MEASURE_HELP[m], ", ".join([*OPEN[m], *ALWAYS])] for m in measures])
    r = _table(ws, style, r + 1, "Sheets", ["Sheet", "Team", "Indicators"],
               [[sheet, team, str(len(rows))] for sheet, team, rows in sheets])
    _table(ws, style, r + 1, "What xlkpi validate may report",
           ["Code", "When it is reported", "How to fix it", "Severity"],
           [[c.code, _plain(c.when), _plain(c.fix), "Error" if c.severity == ERROR else
             "Warning"] for c in CODES.values() if c.scope in ("file", "returns")],
           note="Errors: the figure is not used until it is fixed. Warnings: it is used, but "
                "check it.")
    ws.activate()
    _finish(ws, password)


def metadata_sheet(wb, rows: list[tuple[str, str]], password: str | None) -> None:
    """The very hidden sheet `xlkpi validate` reads to tell which register a return is from."""
    ws = wb.add_worksheet(METADATA_SHEET)
    for r, (key, value) in enumerate(rows):
        ws.write_string(r, 0, key)
        ws.write_string(r, 1, value)
    ws.set_column(0, 1, 20)
    ws.protect(password or "", PROTECTION)
    ws.very_hidden()


# --- helpers ----------------------------------------------------------------------------------
def _section(ws, style, r: int, title: str) -> int:
    ws.write_string(r, 0, title, style("section"))
    return r + 1


def _table(ws, style, r: int, title: str, headers: list[str], rows: list[list[str]],
           note: str = "") -> int:
    """A titled table (with an optional line of explanation); returns the next free row."""
    r = _section(ws, style, r, title)
    if note:
        ws.write_string(r, 0, note, style("note"))
        r += 1
    ws.write_row(r, 0, headers, style("header"))
    for i, row in enumerate(rows, start=r + 1):
        for c, value in enumerate(row):
            ws.write_string(i, c, value, style("given", text_wrap=True))
        ws.set_row(i, row_height(zip(row, GUIDE_WIDTHS, strict=False), LINE_HEIGHT))
    return r + 1 + len(rows)


def _finish(ws, password: str | None, repeat_row: int | None = None) -> None:
    """Print setup and protection every visible sheet shares."""
    print_setup(ws, FOOTER, repeat_row=repeat_row)
    ws.protect(password or "", PROTECTION)


def _period_help(frequency: str, fy: int) -> str:
    """The Period's input message: exactly what its validation takes (PERIOD_RULES)."""
    if frequency == "quarterly":
        return (f"Quarterly: the last month of the quarter ({_quarter_ends(fy)}), typed as "
                "2020-06.")
    if frequency == "annual":
        return f"Annual: the financial year's last month ({_month_name(fy - 2)}), typed as 2021-03."
    return "The month the figures are for, typed as 2020-04."


def _frequency_text(frequency: str, fy: int) -> str:
    """A row's Frequency, with the months a quarterly or annual indicator is due."""
    if frequency == "quarterly":
        return f"quarterly: {_quarter_ends(fy, ', ')}"
    if frequency == "annual":
        return f"annual: {_month_name(fy - 2)}"
    return frequency


def _quarter_ends(fy: int, last: str = " and ") -> str:
    names = [_month_name(fy + k) for k in (1, 4, 7, 10)]
    return ", ".join(names[:-1]) + last + names[-1]


def _month_name(zero_based_from_jan: int) -> str:
    """_month_name(3) -> 'Apr' (months counted from 0 = Jan, wrapping)."""
    return month_label(zero_based_from_jan % 12)[:3]


def _sentence(text: str) -> str:
    text = str(text or "").strip()
    return text + "." if text and text[-1] not in ".!?" else text


def _clip(text: str, limit: int = 255) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _plain(text: str) -> str:
    """Code-table text for people: `Indicator ID` -> 'Indicator ID'."""
    return re.sub(r"`([^`]*)`", r"'\1'", text)
