"""What the three xlsxwriter writers (report, template, register export) share: workbook
options under which text stays text, a cache of formats, print set-up, and row heights for
wrapped text (neither Excel nor LibreOffice grows a row for wrapped text in a generated file,
so rows are sized here, by a word wrap with Arial's advance widths fitted to how LibreOffice
lays the text out, with room for Excel's narrower columns). Page layout is pages.py."""

from __future__ import annotations

import functools
import math
import os
import re
import zipfile
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
# The report's tables: Excel's Narrow margins at the sides, for room to print at 8 points.
TABLE_MARGINS = {**MARGINS, "left": 0.25, "right": 0.25}


def workbook(path: Path | str, **options: Any) -> xlsxwriter.Workbook:
    """An xlsxwriter workbook at `path` with OPTIONS (and any others, e.g. a default font)."""
    return xlsxwriter.Workbook(os.fspath(path), {**OPTIONS, **options})  # not str(): a buffer
    # would become a file named after it ("<_io.BytesIO object at ...>") in the working folder


def set_language(path: Path | str, language: str) -> None:
    """Give a closed workbook's document properties a language (dc:language, e.g. en-GB),
    which xlsxwriter does not write; every other part, and each entry's date, stays as it is
    (the same inputs still give the same bytes)."""
    path = Path(path)
    with zipfile.ZipFile(path) as old:
        entries = [(info, old.read(info)) for info in old.infolist()]
    with zipfile.ZipFile(path, "w") as new:
        for info, data in entries:
            if info.filename == "docProps/core.xml" and b"<dc:language>" not in data:
                data = data.replace(b"</cp:coreProperties>",
                                    f"<dc:language>{language}</dc:language>"
                                    "</cp:coreProperties>".encode())
            new.writestr(info, data)


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
                centre: bool = False, margins: Mapping[str, float] = MARGINS) -> None:
    """Print-ready: A4 landscape, one page wide and as many tall as needed, `footer` on every
    page; `repeat_row` (0-based) printed at the top of every page; centred when `centre`."""
    ws.set_landscape()
    ws.set_paper(A4)
    ws.fit_to_pages(1, 0)
    ws.set_margins(**margins)
    ws.set_footer(footer)
    if repeat_row is not None:
        ws.repeat_rows(repeat_row)
    if centre:
        ws.center_horizontally()


def column_pixels(width: float) -> int:
    """Pixels of a column `width` characters wide, as xlsxwriter sizes it."""
    return int(width * 12 + 0.5) if width < 1 else int(width * 7 + 0.5) + 5


# --- row heights ------------------------------------------------------------------------------
# Wrapped text is sized here, by a greedy word wrap with the advance widths of Arial (Liberation
# Sans, metric-compatible, in LibreOffice), in 1/1000 em, regular and bold, for ASCII 32-126.
_REGULAR = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
            556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
            1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
            667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
            333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
            556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]
_BOLD = [278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
         556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
         975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
         667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
         333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
         611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584]
# Others seen in the report (regular, bold); arrows as wide as Arial's; anything else 600.
_EXTRA = {"–": (556, 556), "—": (1000, 1000), "‘": (222, 278), "’": (222, 278),
          "“": (333, 500), "”": (333, 500), "£": (556, 556), "€": (556, 556), "•": (350, 350),
          "…": (1000, 1000), "é": (556, 556), "×": (584, 584), "≥": (549, 549), "≤": (549, 549),
          "↑": (1000, 1000), "↓": (1000, 1000), "→": (1000, 1000), "↔": (1000, 1000)}
_OTHER = 600
_HYPHENATED = re.compile(r"(?<=-)(?=[A-Za-z])")  # after a hyphen before a letter: a break
_UNITS = tuple({chr(32 + i): w for i, w in enumerate(table)}
               | {c: pair[bold] for c, pair in _EXTRA.items()}
               for bold, table in enumerate((_REGULAR, _BOLD)))

# Room for text in a column, in points of 10-point text: pixels (column_pixels) times points per
# pixel, less the cell's margins. LibreOffice (measured: a calibration sheet of 4,560 wrapped
# texts at 21 widths rendered to PDF, lines counted per cell) lays a column out 0.7927 pt per
# pixel (its character is Liberation Sans's digit, a little wider than Excel's 7 pixels) with
# 2.5 pt of margins: with that room the wrap below gives LibreOffice's line count for 99.4% of
# cells, one line off for the rest. Excel draws a column 0.75 pt per pixel (96 dpi) with about
# 4 pixels of margins: narrower, so it may need a line more. A row gets the more of the two.
ROOMS = {"LibreOffice": (0.7927, 2.5), "Excel": (0.75, 3.0)}  # (points per pixel, margins)
LINE_POINTS = 12.75  # a row of one line of Arial 10 (17 px), the default row height
LINE_PITCH = 11.25  # each wrapped line (15 px; LibreOffice's is 11.19 pt)
ROW_PADDING = 2.25  # above and below the lines (3 px; LibreOffice needs 1.62 pt)


_WORDS: tuple[dict[str, float], dict[str, float]] = ({}, {})  # text_points of words wrapped


def text_points(text: str, *, bold: bool = False) -> float:
    """Width of `text` in Arial 10, in points."""
    units = _UNITS[bold]
    return sum(units.get(ch, _OTHER) for ch in text) / 100


def room_points(width: float, app: str = "Excel") -> float:
    """Room for a line of text in a column `width` characters wide, as `app` lays it out."""
    per_pixel, margins = ROOMS[app]
    return column_pixels(width) * per_pixel - margins


@functools.lru_cache(maxsize=16384)
def text_lines(text: str, width: float, *, bold: bool = False) -> int:
    """Lines `text` takes wrapped in a column `width` characters wide: the more of what
    LibreOffice and Excel need (they break at spaces, new lines and after a hyphen before a
    letter, as in returns-with-errors; a word longer than the line breaks where it must)."""
    return max(_wrapped(text or "", room_points(width, app), bold) for app in ROOMS)


def _wrapped(text: str, room: float, bold: bool) -> int:
    space = text_points(" ", bold=bold)
    widths = _WORDS[bold]
    lines = 0
    for paragraph in text.split("\n"):
        lines += 1
        used = 0.0
        for word in paragraph.split(" "):
            # a line may end after a hyphen
            for k, part in enumerate(_HYPHENATED.split(word) if "-" in word else (word,)):
                w = widths.get(part)
                if w is None:
                    if len(widths) > 1 << 16:
                        widths.clear()
                    w = widths[part] = text_points(part, bold=bold)
                gap = space if k == 0 and used else 0.0
                if used and used + gap + w > room:
                    lines, used, gap = lines + 1, 0.0, 0.0
                if w > room:  # a word longer than the line breaks where it must
                    extra = math.ceil(w / room) - 1
                    lines += extra
                    w -= extra * room
                used += gap + w
    return max(lines, 1)


@functools.lru_cache(maxsize=16384)  # a report asks for the same texts' widths many times over
def one_line_width(text: str, *, bold: bool = False, step: float = 0.5) -> float:
    """The least column width (a multiple of `step`) that shows `text` on one line in both
    LibreOffice and Excel, with a point to spare: a number's width (a number never wraps; too
    narrow, it shows ###), or a header's longest word (so that no word breaks)."""
    need = text_points(text, bold=bold) + 1.0
    pixels = math.ceil((need + max(m for _, m in ROOMS.values()))
                       / min(p for p, _ in ROOMS.values()))
    width = max(step, math.ceil(max(pixels - 5, 0) / 7 / step) * step)
    while min(room_points(width, app) for app in ROOMS) < need:
        width += step
    return width


def longest_word_width(text: str, *, bold: bool = False) -> float:
    """The width a column needs for the longest word of `text` (split where it wraps)."""
    words = [part for line in str(text).split("\n") for word in line.split(" ")
             for part in _HYPHENATED.split(word) if part]
    return max((one_line_width(w, bold=bold) for w in words), default=1.0)


def lines_points(lines: int) -> float:
    """The height of a row holding `lines` lines of Arial 10: a whole number of pixels, so
    that Excel and LibreOffice (which both round row heights to pixels) give it the same."""
    return LINE_POINTS if lines <= 1 else LINE_PITCH * lines + ROW_PADDING


def row_height(cells: Iterable[tuple[str, float]], line_points: float = LINE_POINTS,
               padding: float = 0.0) -> float:
    """Points for a row whose wrapped cells hold these (text, column width) pairs, at
    `line_points` a line (the template's Calibri 11 rows)."""
    lines = max((text_lines(str(text), width) for text, width in cells), default=1)
    return line_points * lines + padding


def safe_sheet_name(name: str, taken: set[str], fallback: str = "Sheet") -> str:
    """An Excel tab name for `name`: no []:*?/\\, at most 31 characters, not in `taken`
    (lower case; the new name is added to it)."""
    base = re.sub(r"[\[\]:*?/\\]", "-", name).strip().strip("'")[:31] or fallback
    candidate, n = base, 2
    while candidate.lower() in taken:
        suffix = f" ({n})"
        candidate, n = base[:31 - len(suffix)] + suffix, n + 1
    taken.add(candidate.lower())
    return candidate
