"""The returns template (DESIGN §3): the workbook service teams fill each month.

An `Instructions` sheet, then one sheet per team with a row per indicator the team returns,
then a very hidden `xlkpi` sheet naming the register the template was made from. Only the
cells an indicator's measure needs are open (light yellow); each carries an Excel data
validation that refuses what `xlkpi validate` would reject, and an input message saying
what to type. Layout, styles and validation rules are the data tables below.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from pathlib import Path
from typing import NamedTuple

import pandas as pd
import xlsxwriter

import xlkpi
from xlkpi.core.calendar import due, month_label, month_text
from xlkpi.core.codes import CODES, ERROR
from xlkpi.core.errors import BadArgument
from xlkpi.core.findings import column_letter
from xlkpi.core.register import Register
from xlkpi.core.vocabulary import MEASURES
from xlkpi.read.returns import METADATA_SHEET, read_template_metadata  # noqa: F401 - re-exported
from xlkpi.write.files import atomic_output

INSTRUCTIONS, OTHER = "Instructions", "Other"
FIXED_CREATED = dt.datetime(2020, 1, 1)  # document date when none is given: same bytes per run
HEADER_ROW = 3  # 0-based: title rows 1-3, header in Excel row 4, indicators from row 5
MAX = 1_000_000_000

# --- the team sheets: (header, width, wrap) ------------------------------------------------
COLUMNS = [
    ("Team", 12, False), ("Indicator ID", 11, False), ("Indicator", 30, True),
    ("Period", 9, False), ("Frequency", 10, False), ("Measure", 11, False),
    ("What the numerator counts", 24, True), ("What the denominator counts", 24, True),
    ("Numerator", 11, False), ("Denominator", 12, False), ("Value", 9, False),
    ("Comment", 26, True), ("RAG", 8, False), ("Evidence", 26, True),
]
HEADERS = [c[0] for c in COLUMNS]
COL = {h: i for i, h in enumerate(HEADERS)}
FIGURES = ("Numerator", "Denominator", "Value", "Comment", "RAG", "Evidence")
GIVEN = {"Team": "team", "Indicator ID": "id", "Indicator": "title", "Period": "period",
         "Frequency": "frequency", "Measure": "measure",
         "What the numerator counts": "numerator_text",
         "What the denominator counts": "denominator_text"}
TEXT_OF = {"Numerator": "numerator_text", "Denominator": "denominator_text"}

STYLES = {
    "title": {"bold": True, "font_size": 14, "font_color": "#1F3864"},
    "note": {"font_color": "#404040"},
    "section": {"bold": True, "font_size": 12, "font_color": "#1F3864"},
    "header": {"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F3864",
               "text_wrap": True, "valign": "top", "border": 1, "border_color": "#808080"},
    "input_header": {"bold": True, "font_color": "#FFFFFF", "bg_color": "#7F6000",
                     "text_wrap": True, "valign": "top", "border": 1, "border_color": "#808080"},
    "label": {"bold": True, "valign": "top", "text_wrap": True},
    "given": {"valign": "top", "border": 1, "border_color": "#BFBFBF"},
    "closed": {"bg_color": "#D9D9D9", "border": 1, "border_color": "#BFBFBF"},
    "input": {"bg_color": "#FFF2CC", "border": 1, "border_color": "#7F7F7F", "valign": "top",
              "locked": False},
}
STYLES["key_input"] = {**STYLES["input"], "locked": True}  # samples in the key stay locked
PROTECTION = {"format_columns": True, "format_rows": True, "select_locked_cells": True,
              "select_unlocked_cells": True}
FOOTER = "&L&A&RPage &P of &N"
GUIDE_WIDTHS = (30, 72, 56, 10)  # Instructions: label, main text, second text, severity
LINE_HEIGHT = 15  # points per line of 11-point text: rows with wrapped text are sized by it

# --- validation rules -------------------------------------------------------------------------
class Rule(NamedTuple):
    validation: dict  # xlsxwriter data_validation options
    num_format: str  # of the input cell: never a percent format (the reader would scale it)
    unit: str  # shown in the input message's title, e.g. "Numerator (whole number)"
    error: str  # the error alert's message ("" = no check, only an input message)


# {c} is the cell itself, {n} and {d} the row's Numerator and Denominator (first row of a range).
# Excel allows one validation per cell, so "whole number" and "numerator <= denominator" share
# one custom formula.
_WHOLE = "=AND(ISNUMBER({c}),{c}=INT({c}),{c}>=%d,{c}<=1000000000,OR(ISBLANK(%s),{n}<={d}))"
_MONTH = ('=OR(AND(ISNUMBER({c}),{c}>=36526,{c}<73051),AND(LEN({c})=7,MID({c},5,1)="-",'
          'IFERROR(VALUE(LEFT({c},4))>=2000,FALSE),'
          'IFERROR(AND(VALUE(RIGHT({c},2))>=1,VALUE(RIGHT({c},2))<=12),FALSE)))')
_RANGE = {"criteria": "between", "minimum": 0, "maximum": MAX}
_BLANK_IF_NONE = "If there was nothing to count, leave the figures blank and say so in Comment."
RULES = {
    "count": Rule({"validate": "integer", **_RANGE}, "#,##0", "whole number",
                  "Type a whole number from 0 to 1,000,000,000: no words, no decimals "
                  "(explanations go in Comment)."),
    "part": Rule({"validate": "custom", "value": _WHOLE % (0, "{d}")}, "#,##0", "whole number",
                 "Type a whole number from 0 to 1,000,000,000, no larger than the Denominator: "
                 "the numerator counts a part of it."),
    "whole": Rule({"validate": "custom", "value": _WHOLE % (1, "{n}")}, "#,##0", "whole number",
                  "Type a whole number from 1 to 1,000,000,000, no smaller than the Numerator. "
                  + _BLANK_IF_NONE),
    "population": Rule({"validate": "integer", **_RANGE, "minimum": 1}, "#,##0", "optional",
                       "Type a whole number from 1 to 1,000,000,000, or leave it blank."),
    "amount": Rule({"validate": "decimal", **_RANGE}, "General", "number",
                   "Type a number from 0 to 1,000,000,000, without words or units."),
    "money": Rule({"validate": "decimal", **_RANGE}, "#,##0.00", "£",
                  "Type the amount in pounds, from 0 to 1,000,000,000, without £ or words."),
    "positive": Rule({"validate": "custom", "value": "=AND(ISNUMBER({c}),{c}>0,{c}<=1000000000)"},
                     "General", "number",
                     "Type a number above 0 and up to 1,000,000,000. " + _BLANK_IF_NONE),
    "percent": Rule({"validate": "decimal", **_RANGE, "maximum": 100}, "General", "0 to 100",
                    "Type the percentage as a number from 0 to 100: 74 for 74%, not 0.74."),
    "yesno": Rule({"validate": "list", "source": ["Yes", "No"]}, "General", "Yes or No",
                  "Choose Yes or No from the list."),
    "rag": Rule({"validate": "list", "source": ["Red", "Amber", "Yellow", "Green"]}, "General",
                "your rating", "Choose Red, Amber, Yellow or Green from the list."),
    "text": Rule({"validate": "any"}, "@", "", ""),  # typed text stays text, even '=' or '-'
    "month": Rule({"validate": "custom", "value": _MONTH}, "@", "month",
                  "Type the month as 2020-04 (year, dash, two-digit month), or a date in it."),
    "date": Rule({"validate": "date", "criteria": "between", "minimum": dt.date(2000, 1, 1),
                  "maximum": dt.date(2099, 12, 31)}, "d mmm yyyy", "date",
                 "Type a date such as 15/05/2020."),
}

# --- what each measure asks for: column -> (rule, input message) ---------------------------
_ONLY = "Only when you have no Numerator and Denominator (e.g. a survey result): "
OPEN = {
    "percentage": {"Numerator": ("part", "A whole number, no larger than the Denominator."),
                   "Denominator": ("whole", "A whole number, at least the Numerator."),
                   "Value": ("percent", _ONLY + "the percentage, 0 to 100 (74 for 74%).")},
    "rate": {"Numerator": ("count", "A whole number: xlkpi makes the rate per 10,000 "
                                    "under-18s."),
             "Denominator": ("population", "Leave blank to use the under-18 population in the "
                                           "register; give it only for another population."),
             "Value": ("amount", "Only when you have no Numerator: the rate per 10,000.")},
    "average": {"Numerator": ("amount", "The total, e.g. days."),
                "Denominator": ("positive", "What the total is shared among, e.g. children."),
                "Value": ("amount", _ONLY + "the average itself.")},
    "count": {"Numerator": ("count", "The count, a whole number."),
              "Value": ("count", "Or give the count here instead of in Numerator.")},
    "cost": {"Numerator": ("money", "The cost in pounds."),
             "Value": ("money", "Or give the cost here instead of in Numerator.")},
    "yesno": {"Value": ("yesno", "Yes or No.")},
    "score": {"Value": ("amount", "The score.")},
    "assessed": {"RAG": ("rag", "Your judgement: Red, Amber, Yellow or Green."),
                 "Evidence": ("text", "What the rating rests on. Required unless Green.")},
}
ALWAYS = {"Comment": ("text", "Anything the board should know about this figure: a change, a "
                              "data problem, why there is none this month.")}
MEASURE_HELP = {
    "percentage": "Numerator and Denominator, whole numbers (the numerator no larger); xlkpi "
                  "works out the percentage. Or Value alone, 0 to 100 (type 74 for 74%).",
    "rate": "Numerator, the number counted; xlkpi makes the rate per 10,000 under-18s. "
            "Denominator only for another population. Or Value alone: the rate.",
    "average": "Numerator, the total (e.g. days), and Denominator, what it is shared among "
               "(e.g. children). Or Value alone: the average.",
    "count": "The count, a whole number, in Numerator or in Value.",
    "cost": "The cost in pounds, in Numerator or in Value.",
    "yesno": "Value: Yes or No.",
    "score": "Value: the score.",
    "assessed": "RAG (Red, Amber, Yellow, Green) and, unless Green, Evidence for it.",
}

HOW_TO = [
    ("Your sheet", "Each team has its own sheet, listed below. Fill one row per indicator. Keep "
                   "the sheet names, column headers and rows as they are: xlkpi finds your "
                   "figures by them."),
    ("Yellow cells", "Cells shaded light yellow, with a border, are for you to fill. White "
                     "cells are filled in for you; grey cells do not apply to that indicator. "
                     "Click a yellow cell to see what it takes; Excel refuses values that "
                     "cannot be right."),
    ("Figures", "Give Numerator and Denominator where both are open: the columns 'What the "
                "numerator counts' and 'What the denominator counts' say what to count, and "
                "xlkpi works out the value. When the figure comes from elsewhere (a survey, "
                "another system), give Value alone. Type numbers alone: 74 for 74%, no words, "
                "no units."),
    ("Comment", "Anything the board should know about the figure: a change, a data problem, "
                "why there is no figure this month."),
    ("RAG and Evidence", "For assessed indicators: choose Red, Amber, Yellow or Green, and say "
                         "in Evidence what the rating rests on (required unless Green)."),
    ("Period", "{period_help}"),
    ("Quarterly, annual", "Quarterly indicators are returned for {quarter_ends}, the last month "
                          "of each quarter; annual ones for {year_end}."),
    ("Checks", "The analyst checks every return with xlkpi validate. The codes it may report, "
               "and how to fix each, are listed at the end of this sheet."),
    ("Protection", "The sheets are protected{password} so that only the yellow cells change; "
                   "you can still widen columns and rows."),
]


# --- public API -------------------------------------------------------------------------------
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
        groups = [(name, rows[rows["frequency"].map(lambda f: is_due(f, period, fy))])
                  for name, rows in groups]
    path, checksum = Path(path), register.checksum()
    with atomic_output(path) as tmp:
        wb = xlsxwriter.Workbook(str(tmp), {"strings_to_formulas": False,
                                            "strings_to_urls": False})
        wb.set_properties({"title": "Performance returns template", "author": "xlkpi",
                           "comments": f"register checksum {checksum}",
                           "created": created or FIXED_CREATED})
        style = _styles(wb)
        taken = {INSTRUCTIONS.lower(), METADATA_SHEET.lower(), "history"}
        sheets = [(safe_sheet_name(name, taken), name, rows) for name, rows in groups]
        _instructions(wb, style, sheets, period, fy, password)
        for sheet, name, rows in sheets:
            _team_sheet(wb, style, sheet, name, rows, period, fy, password)
        _metadata(wb, [("template version", xlkpi.__version__),
                       ("register checksum", checksum),
                       ("register source", Path(register.source).name),
                       ("period", month_text(period) if period is not None else ""),
                       ("team", team or "")], password)
        wb.close()
    return path


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


def is_due(frequency: str, period: int, fy_start: int = 4) -> bool:
    """Whether an indicator of this frequency is returned for month index `period`:
    quarterly on the last month of each quarter of the financial year, annual on its last."""
    return bool(due(frequency, period, fy_start))


def safe_sheet_name(name: str, taken: set[str]) -> str:
    """An Excel tab name for `name`: no []:*?/\\, at most 31 characters, not in `taken`
    (lower case; the new name is added to it)."""
    base = re.sub(r"[\[\]:*?/\\]", "-", name).strip().strip("'")[:31] or "Team"
    candidate, n = base, 2
    while candidate.lower() in taken:
        suffix = f" ({n})"
        candidate, n = base[:31 - len(suffix)] + suffix, n + 1
    taken.add(candidate.lower())
    return candidate


# --- sheets -----------------------------------------------------------------------------------
def _team_sheet(wb, style, sheet: str, team: str, rows: pd.DataFrame, period: int | None,
                fy: int, password: str | None) -> None:
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
        inputs = _open_cells(ind, period, fy)
        given = {**ind, "team": team if ind["teams"] else "",
                 "period": month_text(period) if period is not None else ""}
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
        ws.set_row(r, _height((given[GIVEN[h]], width) for h, width, wrap in COLUMNS
                              if wrap and h in GIVEN))
    first = HEADER_ROW + 1
    for c, column_specs in specs.items():
        for spec, run in itertools.groupby(enumerate(column_specs), key=lambda p: p[1]):
            if spec is not None:
                run = list(run)
                _validate(ws, first + run[0][0], first + run[-1][0], c, *spec)

    ws.freeze_panes(HEADER_ROW + 1, COL["Indicator"] + 1)
    ws.repeat_rows(HEADER_ROW)
    _finish(ws, password)


def _open_cells(ind: dict, period: int | None, fy: int) -> dict[str, tuple[str, str]]:
    """The cells of an indicator's row the team fills: column -> (rule, input message)."""
    cells = {**OPEN[ind["measure"]], **ALWAYS}
    if period is None:
        cells["Period"] = ("month", _period_help(ind["frequency"], fy))
    if not ind["teams"]:
        cells["Team"] = ("text", "Type the name of the team returning this figure.")
    return cells


def _validate(ws, first: int, last: int, col: int, rule: str, header: str,
              message: str) -> None:
    """One data validation over rows first..last of a column (0-based)."""
    options = dict(RULES[rule].validation)
    unit, error = RULES[rule].unit, RULES[rule].error
    if "value" in options:
        row = first + 1
        options["value"] = options["value"].format(
            c=f"{column_letter(col)}{row}", n=f"{column_letter(COL['Numerator'])}{row}",
            d=f"{column_letter(COL['Denominator'])}{row}")
    options["input_title"] = f"{header} ({unit})"[:32] if unit else header[:32]
    options["input_message"] = message
    if error:
        options.update(error_title=f"Check the {header}"[:32], error_message=error,
                       error_type="stop")
    if ws.data_validation(first, col, last, col, options) != 0:
        raise ValueError(f"xlsxwriter refused the {rule} validation in column {header}")


def _instructions(wb, style, sheets, period: int | None, fy: int,
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
                  "Type in each row's Period the month the figures are for, as 2020-04 (or a "
                  "date in that month); copy it down the column."),
              "quarter_ends": _quarter_ends(fy), "year_end": _month_name(fy - 2),
              "password": " with a password" if password else " (no password)"}
    for name, help_text in HOW_TO:
        help_text = help_text.format(**values)
        ws.write_string(r, 0, name, label)
        ws.write_string(r, 1, help_text, text)
        ws.set_row(r, _height([(help_text, GUIDE_WIDTHS[1])]))
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


def _metadata(wb, rows: list[tuple[str, str]], password: str | None) -> None:
    """The very hidden sheet `xlkpi validate` reads to tell which register a return is from."""
    ws = wb.add_worksheet(METADATA_SHEET)
    for r, (key, value) in enumerate(rows):
        ws.write_string(r, 0, key)
        ws.write_string(r, 1, value)
    ws.set_column(0, 1, 20)
    ws.protect(password or "", PROTECTION)
    ws.very_hidden()


# --- helpers ----------------------------------------------------------------------------------
def _styles(wb):
    """style(name, **overrides) -> an xlsxwriter Format, made once per distinct combination."""
    made: dict = {}

    def style(name: str, **extra):
        key = (name, tuple(sorted(extra.items())))
        if key not in made:
            made[key] = wb.add_format({**STYLES[name], **extra})
        return made[key]
    return style


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
        ws.set_row(i, _height(zip(row, GUIDE_WIDTHS, strict=False)))
    return r + 1 + len(rows)


def _finish(ws, password: str | None) -> None:
    """Print setup and protection every visible sheet shares."""
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.fit_to_pages(1, 0)
    ws.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.6)
    ws.set_footer(FOOTER)
    ws.protect(password or "", PROTECTION)


def _period_help(frequency: str, fy: int) -> str:
    if frequency == "quarterly":
        return f"Quarterly: the quarter's last month ({_quarter_ends(fy)}), e.g. 2020-06."
    if frequency == "annual":
        return f"Annual: the financial year's last month ({_month_name(fy - 2)}), e.g. 2021-03."
    return "The month the figures are for, e.g. 2020-04 (or a date in it)."


def _quarter_ends(fy: int) -> str:
    names = [_month_name(fy + k) for k in (1, 4, 7, 10)]
    return ", ".join(names[:-1]) + " and " + names[-1]


def _month_name(zero_based_from_jan: int) -> str:
    """_month_name(3) -> 'Apr' (months counted from 0 = Jan, wrapping)."""
    return month_label(zero_based_from_jan % 12)[:3]


def _height(cells) -> float:
    """Row height for (text, column width) pairs of wrapped cells: Excel does not grow rows
    for wrapped text in a generated file, so we size them by a greedy word wrap."""
    lines = 1
    for text, column_width in cells:
        width = column_width * 1.15  # characters of ordinary text per unit of column width
        for paragraph in str(text).split("\n"):
            n, used = 1, 0
            for word in paragraph.split():
                if used and used + 1 + len(word) > width:
                    n, used = n + 1, len(word)
                else:
                    used += len(word) + (1 if used else 0)
            lines = max(lines, n)
    return LINE_HEIGHT * lines


def _sentence(text: str) -> str:
    text = str(text or "").strip()
    return text + "." if text and text[-1] not in ".!?" else text


def _clip(text: str, limit: int = 255) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _plain(text: str) -> str:
    """Code-table text for people: `Indicator ID` -> 'Indicator ID'."""
    return re.sub(r"`([^`]*)`", r"'\1'", text)


def _text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()
