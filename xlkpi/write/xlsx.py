"""What the three xlsxwriter writers (report, template, register export) share: workbook
options under which text stays text, a cache of formats, print set-up, and row heights for
wrapped text (Excel does not grow rows for wrapped text in a generated file, so they are
sized here, by a greedy word wrap with Arial's advance widths)."""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.worksheet import Worksheet

# Text is never a formula, a link or a number; no temporary files while packaging.
OPTIONS = {"strings_to_formulas": False, "strings_to_urls": False,
           "strings_to_numbers": False, "in_memory": True}
A4 = 9
A4_POINTS = (595.3, 841.9)  # short and long side
MARGINS = {"left": 0.4, "right": 0.4, "top": 0.5, "bottom": 0.6}  # inches


def workbook(path: Path | str, **options: Any) -> xlsxwriter.Workbook:
    """An xlsxwriter workbook at `path` with OPTIONS (and any others, e.g. a default font)."""
    return xlsxwriter.Workbook(str(path), {**OPTIONS, **options})


class Formats:
    """formats(name, num_format=None, **extra) -> the workbook Format of a named style (a dict
    of format properties), with a number format and overrides; each distinct one made once."""

    def __init__(self, book: xlsxwriter.Workbook, styles: Mapping[str, dict]) -> None:
        self.book, self.styles = book, styles
        self._made: dict[tuple, Any] = {}

    def __call__(self, name: str, num_format: str | None = None, **extra: Any):
        key = (name, num_format, tuple(sorted(extra.items())))
        if key not in self._made:
            props = dict(self.styles[name])
            if num_format:
                props["num_format"] = num_format
            props.update(extra)
            self._made[key] = self.book.add_format(props)
        return self._made[key]


def print_setup(ws: Worksheet, footer: str, *, repeat_row: int | None = None,
                centre: bool = False) -> None:
    """Print-ready: A4 landscape, one page wide and as many tall as needed, `footer` on every
    page; `repeat_row` (0-based) printed at the top of every page; centred when `centre`."""
    ws.set_landscape()
    ws.set_paper(A4)
    ws.fit_to_pages(1, 0)
    ws.set_margins(**MARGINS)
    ws.set_footer(footer)
    if repeat_row is not None:
        ws.repeat_rows(repeat_row)
    if centre:
        ws.center_horizontally()


def column_pixels(width: float) -> int:
    """Pixels of a column `width` characters wide, as xlsxwriter sizes it."""
    return int(width * 12 + 0.5) if width < 1 else int(width * 7 + 0.5) + 5


def page_points(widths: Iterable[float]) -> float:
    """The height of one printed page (of `print_setup`), in the sheet's points, when its
    columns have these widths: fitting them to the page's width scales everything down."""
    short, long = A4_POINTS
    room_wide = long - 72 * (MARGINS["left"] + MARGINS["right"])
    room_high = short - 72 * (MARGINS["top"] + MARGINS["bottom"])
    sheet_wide = sum(column_pixels(w) for w in widths) * 0.75  # 96 px = 72 pt
    return room_high / min(1.0, room_wide / sheet_wide)


# --- row heights ------------------------------------------------------------------------------
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
_PX_PER_UNIT = 10 * 96 / 72 / 1000  # 1/1000 em of a 10-point font -> pixels at 96 dpi
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


def row_height(cells: Iterable[tuple[str, float]], line_points: float = LINE_POINTS,
               padding: float = 0.0) -> float:
    """Points for a row whose wrapped cells hold these (text, column width) pairs."""
    lines = max((text_lines(str(text), width) for text, width in cells), default=1)
    return line_points * lines + padding
