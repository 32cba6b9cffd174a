"""How the report looks, as data: RAG colours, number formats by measure, cell styles.

Colours are chosen for WCAG AA: every RAG fill keeps its text at a contrast ratio of at least
4.5:1 (tests/test_report.py computes each ratio), and the RAG word is always in the cell, so
colour is never the only signal. Number formats keep values as numbers: a percentage is
stored as 74.0 (the 0-100 scale) and shown as 74.0%.
"""

from __future__ import annotations

import functools
import math

from xlkpi.core.measures import round_half_up
from xlkpi.core.vocabulary import AMBER, GREEN, NO_DATA, RED, TBC, YELLOW

FONT = {"font_name": "Arial", "font_size": 10}  # Arial maps to Liberation Sans elsewhere

# RAG word -> (fill, text colour). Black text on the light fills, white on the dark red.
RAG_COLOURS: dict[str, tuple[str, str]] = {
    RED: ("#C00000", "#FFFFFF"),
    AMBER: ("#FFC000", "#000000"),
    YELLOW: ("#FFFF00", "#000000"),
    GREEN: ("#00B050", "#000000"),
    TBC: ("#D9D9D9", "#000000"),
    NO_DATA: ("#BFBFBF", "#000000"),
}
CHART_BORDER = "#404040"  # outlines every bar segment: yellow on white alone is too faint

# Validation severities on the Validation tab: fill, text (both AA).
SEVERITY_COLOURS = {"error": ("#F8CBAD", "#000000"), "warning": ("#FFE699", "#000000")}

HEADER_FILL, HEADER_TEXT = "#1F3864", "#FFFFFF"  # dark blue with white: 12.9:1
SECTION_FILL, SECTION_TEXT = "#D9E1F2", "#1F3864"  # heading rows inside a table: 10.2:1
GRID = "#A6A6A6"

DIRECTION_TEXT = {"higher": "↑ Higher is better", "lower": "↓ Lower is better",
                  "maintain": "↔ Maintaining is better"}

# Named cell styles (xlsxwriter format properties); report.py adds a number format per cell.
_CELL = {**FONT, "valign": "top", "border": 1, "border_color": GRID}
STYLES: dict[str, dict] = {
    "title": {**FONT, "bold": True, "font_size": 14, "font_color": HEADER_FILL},
    "subtitle": {**FONT, "font_color": "#404040"},
    "heading": {**FONT, "bold": True, "font_size": 12, "font_color": HEADER_FILL},
    "label": {**FONT, "bold": True, "valign": "top"},
    "plain": {**FONT, "valign": "top"},
    "plain_wrap": {**FONT, "valign": "top", "text_wrap": True},
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
    "total_number": {**_CELL, "bold": True, "align": "right"},
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


def format_value(value: float, measure: str, decimals: int) -> str:
    """A value as text, as its number format shows it: '74.0%', '£1,250', 'Yes'."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
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


# --- fitting text ----------------------------------------------------------------------------
# Advance widths of Arial (= Helvetica, Liberation Sans) in 1/1000 em for ASCII 32-126, so
# that row heights of wrapped text can be set without Excel or LibreOffice having to guess.
_ARIAL = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
          556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
          1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
          667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
          333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
          556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]
_OTHER = 600  # £, –, accented letters …; arrows are wider
_WIDE = {"↑": 1000, "↓": 1000, "→": 1000, "↔": 1000}
LINE_POINTS = 12.75  # one line of Arial 10
_PX_PER_UNIT = FONT["font_size"] * 96 / 72 / 1000  # 1/1000 em -> pixels at 96 dpi
BOLD_FACTOR = 1.09  # Arial Bold is about this much wider


_UNITS = {chr(32 + i): w for i, w in enumerate(_ARIAL)} | _WIDE


def text_px(text: str, *, bold: bool = False) -> float:
    """Width of `text` in Arial 10 at 96 dpi."""
    units = sum(_UNITS.get(ch, _OTHER) for ch in text)
    return units * _PX_PER_UNIT * (BOLD_FACTOR if bold else 1.0)


def column_px(width: float) -> float:
    """Room for text in a column `width` characters wide (7 px a character, less padding)."""
    return width * 7 + 5 - 8


@functools.lru_cache(maxsize=8192)
def text_lines(text: str, width: float, *, bold: bool = False) -> int:
    """Lines `text` takes when wrapped at spaces in a column `width` characters wide."""
    room = column_px(width)
    space = text_px(" ", bold=bold)
    lines = 0
    for paragraph in (text or "").split("\n"):
        lines += 1
        used = 0.0
        for word in paragraph.split(" "):
            w = text_px(word, bold=bold)
            if used and used + space + w > room:
                lines += 1
                used = 0.0
            if w > room:  # a word longer than the line breaks where it must
                extra = math.ceil(w / room) - 1
                lines += extra
                w -= extra * room
            used = used + space + w if used else w
    return max(lines, 1)
