"""The returns template as data (DESIGN §3): its columns, cell styles, the Excel data
validation of each kind of input cell, which cells each measure opens, and the help text.

A new measure is a few lines here: an entry in OPEN (the cells it opens, each with a rule
from RULES and an input message) and one in MEASURE_HELP.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from xlkpi.write.styles import (
    CREAM,
    DARK_BROWN,
    GREY,
    HEADER_FILL,
    HEADER_TEXT,
    LIGHT_GREY,
    MID_GREY,
    NOTE_TEXT,
)

INSTRUCTIONS, OTHER = "Instructions", "Other"  # sheet names
MAX = 1_000_000_000
HEADER_ROW = 3  # 0-based: title rows 1-3, header in Excel row 4, indicators from row 5

# --- the team sheets: (header, width, wrap) ------------------------------------------------
COLUMNS = [
    ("Team", 12, False), ("Indicator ID", 11, False), ("Indicator", 30, True),
    ("Period", 9, False), ("Frequency", 12, True), ("Measure", 11, False),
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

STYLES = {  # Calibri 11, xlsxwriter's default font: the template looks like any Excel file
    "title": {"bold": True, "font_size": 14, "font_color": HEADER_FILL},
    "note": {"font_color": NOTE_TEXT},
    "section": {"bold": True, "font_size": 12, "font_color": HEADER_FILL},
    "header": {"bold": True, "font_color": HEADER_TEXT, "bg_color": HEADER_FILL,
               "text_wrap": True, "valign": "top", "border": 1, "border_color": MID_GREY},
    "input_header": {"bold": True, "font_color": HEADER_TEXT, "bg_color": DARK_BROWN,
                     "text_wrap": True, "valign": "top", "border": 1, "border_color": MID_GREY},
    "label": {"bold": True, "valign": "top", "text_wrap": True},
    "given": {"valign": "top", "border": 1, "border_color": GREY},
    "closed": {"bg_color": LIGHT_GREY, "border": 1, "border_color": GREY},
    "input": {"bg_color": CREAM, "border": 1, "border_color": MID_GREY, "valign": "top",
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
    # of the input cell: never a percent format (the reader would scale it), and General for
    # figures, so that a figure typed with decimals shows them (a whole-number format would
    # show 12.5 as 13, and the cell xlkpi validate names would not look wrong)
    num_format: str
    unit: str  # shown in the input message's title, e.g. "Numerator (whole number)"
    error: str  # the error alert's message ("" = no check, only an input message)


# {c} is the cell itself, {n} and {d} the row's Numerator and Denominator (first row of a range);
# {r} the remainder of a quarter-end month divided by 3, {m} the financial year's last month.
# Excel allows one validation per cell, so "whole number" and "numerator <= denominator" share
# one custom formula. A Period is what its input message promises: text 2020-04 (the cell is a
# text cell, so a typed date stays text and is refused), or a date pasted in; a quarterly or
# annual row takes only the months it is due (as xlkpi validate: off-cycle-period).
_WHOLE = "=AND(ISNUMBER({c}),{c}=INT({c}),{c}>=%d,{c}<=1000000000,OR(ISBLANK(%s),{n}<={d}))"
_MONTH = ('=OR(AND(ISNUMBER({c}),{c}>=36526,{c}<73051),AND(LEN({c})=7,MID({c},5,1)="-",'
          'IFERROR(VALUE(LEFT({c},4))>=2000,FALSE),'
          'IFERROR(AND(VALUE(RIGHT({c},2))>=1,VALUE(RIGHT({c},2))<=12),FALSE)))')
_DUE = ('=IFERROR(AND(OR(AND(ISNUMBER({c}),{c}>=36526,{c}<73051),AND(LEN({c})=7,'
        'MID({c},5,1)="-",LEFT({c},4)-2000>=0,ABS(RIGHT({c},2)-6.5)<6)),%s),FALSE)')
_MONTH_OF = "IF(ISNUMBER({c}),MONTH({c}),RIGHT({c},2))"
_QUARTER_END = _DUE % f"MOD({_MONTH_OF}-{{r}},3)=0"
_YEAR_END = _DUE % f"{_MONTH_OF}-{{m}}=0"
_RANGE = {"criteria": "between", "minimum": 0, "maximum": MAX}
_BLANK_IF_NONE = "If there was nothing to count, leave the figures blank and say so in Comment."
RULES = {
    "count": Rule({"validate": "integer", **_RANGE}, "General", "whole number",
                  "Type a whole number from 0 to 1,000,000,000: no words, no decimals "
                  "(explanations go in Comment)."),
    "part": Rule({"validate": "custom", "value": _WHOLE % (0, "{d}")}, "General", "whole number",
                 "Type a whole number from 0 to 1,000,000,000, no larger than the Denominator: "
                 "the numerator counts a part of it."),
    "whole": Rule({"validate": "custom", "value": _WHOLE % (1, "{n}")}, "General", "whole number",
                  "Type a whole number from 1 to 1,000,000,000, no smaller than the Numerator. "
                  + _BLANK_IF_NONE),
    "population": Rule({"validate": "integer", **_RANGE, "minimum": 1}, "General", "optional",
                       "Type a whole number from 1 to 1,000,000,000, or leave it blank."),
    "divisor": Rule({"validate": "integer", **_RANGE, "minimum": 1}, "General", "whole number",
                    "Type a whole number from 1 to 1,000,000,000: what the total is shared "
                    "among, which the average divides by."),
    "amount": Rule({"validate": "decimal", **_RANGE}, "General", "number",
                   "Type a number from 0 to 1,000,000,000, without words or units."),
    "money": Rule({"validate": "decimal", **_RANGE}, "General", "£",
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
                  "Type the month as 2020-04: the year, a dash, the month in two digits."),
    "quarter_month": Rule({"validate": "custom", "value": _QUARTER_END}, "@", "quarter's end",
                          "This indicator is quarterly: type the last month of the quarter "
                          "({quarter_ends}) as 2020-06, the year, a dash, the month."),
    "year_month": Rule({"validate": "custom", "value": _YEAR_END}, "@", "year's end",
                       "This indicator is annual: type the financial year's last month "
                       "({year_end}) as 2021-03, the year, a dash, the month."),
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
PERIOD_RULES = {"quarterly": "quarter_month", "annual": "year_month"}  # else "month"
# A cost or count that an average takes its figures from (the register's `Figures from`) also
# needs what the average divides by (validation code denominator-for-average).
FEEDS_AVERAGE = {"Denominator": ("divisor", "The average {averages} divides the total by this: a "
                                            "whole number, 1 or more.")}
ALWAYS = {"Comment": ("text", "Anything the board should know about this figure: a change, a "
                              "data problem, why there is none this month.")}
MEASURE_HELP = {
    "percentage": "Numerator and Denominator, whole numbers (the numerator no larger); xlkpi "
                  "works out the percentage. Or Value alone, 0 to 100 (type 74 for 74%).",
    "rate": "Numerator, the number counted; xlkpi makes the rate per 10,000 under-18s. "
            "Denominator only for another population. Or Value alone: the rate.",
    "average": "Numerator, the total (e.g. days), and Denominator, what it is shared among "
               "(e.g. children). Or Value alone: the average.",
    "count": "The count, a whole number, in Numerator or in Value; where an average is worked "
             "out from it, Denominator too (what it is shared among).",
    "cost": "The cost in pounds, in Numerator or in Value; where an average cost is worked out "
            "from it, Denominator too (e.g. the placements it paid for).",
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
                          "of each quarter; annual ones for {year_end}. Each row's Frequency "
                          "says the months it is due, and its Period takes only those."),
    ("Checks", "The analyst checks every return with xlkpi validate. The codes it may report, "
               "and how to fix each, are listed at the end of this sheet."),
    ("Protection", "The sheets are protected{password} so that only the yellow cells change; "
                   "you can still widen columns and rows."),
]
