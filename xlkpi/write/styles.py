"""How xlkpi's workbooks look, as data: the colours (each defined once, for the report, the
returns template and the register export), RAG colours, number formats by measure, and the
report's cell styles.

Colours are chosen for WCAG AA: every RAG fill keeps its text at a contrast ratio of at least
4.5:1 (tests/test_report.py computes each ratio), and the RAG word is always in the cell, so
colour is never the only signal. Number formats keep values as numbers: a percentage is
stored as 74.0 (the 0-100 scale) and shown as 74.0%.
"""

from __future__ import annotations

import math
from numbers import Real

from xlkpi.core.measures import round_half_up
from xlkpi.core.vocabulary import AMBER, GREEN, NO_DATA, RED, TBC, YELLOW

FONT = {"font_name": "Arial", "font_size": 10}  # Arial maps to Liberation Sans elsewhere

# --- colours, each defined once ---------------------------------------------------------------
WHITE, BLACK = "#FFFFFF", "#000000"
DARK_BLUE = "#1F3864"
LIGHT_BLUE = "#D9E1F2"
DARK_GREY = "#404040"
MID_GREY = "#808080"
GRID = "#A6A6A6"  # cell borders of the report's tables
GREY = "#BFBFBF"
LIGHT_GREY = "#D9D9D9"
CREAM = "#FFF2CC"  # the template's cells for teams to fill
DARK_BROWN = "#7F6000"  # ... and their column headers
LINK_BLUE = "#0563C1"  # Excel's hyperlink colour (the annotated copies' links): 5.9:1 on white

# RAG word -> (fill, text colour). Black text on the light fills, white on the dark red.
RAG_COLOURS: dict[str, tuple[str, str]] = {
    RED: ("#C00000", WHITE),
    AMBER: ("#FFC000", BLACK),
    YELLOW: ("#FFFF00", BLACK),
    GREEN: ("#00B050", BLACK),
    TBC: (LIGHT_GREY, BLACK),
    NO_DATA: (GREY, BLACK),
}
CHART_BORDER = DARK_GREY  # outlines every bar segment: yellow on white alone is too faint
CHART_GRIDLINES = LIGHT_GREY

# Validation severities on the Validation tab: fill, text (both AA).
SEVERITY_COLOURS = {"error": ("#F8CBAD", BLACK), "warning": ("#FFE699", BLACK)}

HEADER_FILL, HEADER_TEXT = DARK_BLUE, WHITE  # dark blue with white: 12.9:1
SECTION_FILL, SECTION_TEXT = LIGHT_BLUE, DARK_BLUE  # heading rows inside a table: 10.2:1
NOTE_TEXT = DARK_GREY  # the lines of notes under a title

DIRECTION_TEXT = {"higher": "↑ Higher is better", "lower": "↓ Lower is better",
                  "maintain": "↔ Maintaining is better", "none": "Context figure"}

# Named cell styles of the report (xlsxwriter format properties); a number format is added
# per cell.
_CELL = {**FONT, "valign": "top", "border": 1, "border_color": GRID}
STYLES: dict[str, dict] = {
    "title": {**FONT, "bold": True, "font_size": 14, "font_color": HEADER_FILL},
    "subtitle": {**FONT, "font_color": NOTE_TEXT},
    "heading": {**FONT, "bold": True, "font_size": 12, "font_color": HEADER_FILL},
    "label": {**FONT, "bold": True, "valign": "top"},
    "plain": {**FONT, "valign": "top"},
    "header": {**FONT, "bold": True, "font_color": HEADER_TEXT, "bg_color": HEADER_FILL,
               "text_wrap": True, "valign": "top", "border": 1, "border_color": GRID},
    "section": {**FONT, "bold": True, "font_color": SECTION_TEXT, "bg_color": SECTION_FILL,
                "top": 1, "bottom": 1, "top_color": GRID, "bottom_color": GRID},
    "text": _CELL,
    "wrap": {**_CELL, "text_wrap": True},
    "centre": {**_CELL, "align": "center"},
    "number": {**_CELL, "align": "right"},
    "rag": {**_CELL, "align": "center", "bold": True},
    "total": {**_CELL, "bold": True},
    "data_header": {**FONT, "bold": True, "bg_color": SECTION_FILL, "font_color": SECTION_TEXT,
                    "text_wrap": True, "valign": "top", "border": 1, "border_color": GRID},
    "data": {**FONT},
}


def rag_format(word: str) -> dict:
    """Format properties that colour a RAG word (conditional formats and the key)."""
    fill, text = RAG_COLOURS[word]
    return {"bg_color": fill, "font_color": text}


# --- numbers -------------------------------------------------------------------------------
def _digits(decimals: int) -> str:
    return "0" + ("." + "0" * int(decimals) if int(decimals) > 0 else "")


def _grouped(decimals: int) -> str:
    return "#,##" + _digits(decimals)


# measure -> number format for its decimals; None shows text (the RAG word of `assessed`).
NUMBER_FORMATS = {
    "percentage": lambda d: _digits(d) + '"%"',  # values are 0-100: 74 shows 74.0%
    "rate": _digits,
    "average": _digits,
    "score": _digits,
    "count": _grouped,
    "cost": lambda d: '"£"' + _grouped(d),
    "yesno": lambda d: '"Yes";"Yes";"No"',  # 1 shows Yes, 0 shows No
    "assessed": lambda d: None,
}


def number_format(measure: str, decimals: int) -> str | None:
    make = NUMBER_FORMATS.get(measure, _digits)
    return make(int(decimals))


_SHOWN: dict[tuple, str] = {}  # format_value's texts: a value shows on several tabs
_SHOWN_MOST = 1 << 16  # emptied when this full (a long-lived process makes many reports)


def format_value(value: float, measure: str, decimals: int) -> str:
    """A value as text, as its number format shows it: '74.0%', '£1,250', 'Yes'."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if not isinstance(value, Real):
        return _format_value(value, measure, decimals)
    # 0.0 == -0.0 but shows as -0.0: the sign is part of the key
    key = (value, math.copysign(1.0, value), measure, decimals)
    shown = _SHOWN.get(key)
    if shown is None:
        if len(_SHOWN) >= _SHOWN_MOST:
            _SHOWN.clear()
        shown = _SHOWN[key] = _format_value(value, measure, decimals)
    return shown


def _format_value(value: float, measure: str, decimals: int) -> str:
    d = int(decimals)
    v = float(round_half_up(value, d))
    if measure == "yesno":
        return "Yes" if v != 0 else "No"
    if measure == "percentage":
        return f"{v:.{d}f}%"
    if measure == "count":
        return f"{v:,.{d}f}"
    if measure == "cost":
        return f"£{v:,.{d}f}"
    return f"{v:.{d}f}"
