"""Printed pages (DESIGN §6, every tab print-ready): the scale a sheet prints at and where its
pages break, worked out from the row heights the writers set (xlsx.lines_points).

Every tab prints A4 landscape with xlsx.TABLE_MARGINS at a fixed scale, a whole per cent, chosen
so that its columns fit the page width (LibreOffice's columns, the wider). Not Excel's "fit to
page": under it Excel ignores page breaks. And every page break is set by hand, so that Excel
and LibreOffice break where this module says, by these rules:

- a block kept together (a heading with the first rows under it, a chart, the key) starts a
  new page rather than be cut: no heading is left at the foot of a page;
- a table that runs on to another page has its header at the top of that page (the header row
  is the sheet's print titles; the Summary, with several tables, writes its `repeat` rows there);
- no last page holds only a row or two when a small fit avoids it: a scale up to 10% smaller
  that saves the page, else an earlier break that leaves the last page three rows.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from xlsxwriter.worksheet import Worksheet

from xlkpi.write.xlsx import A4_POINTS, LINE_POINTS, ROOMS, column_pixels
from xlkpi.write.xlsx import TABLE_MARGINS as MARGINS

# The printable area in points. Excel prints the footer inside the bottom margin; LibreOffice
# takes the footer's room from the page at each scale, which leaves it more below 100%.
PRINT_WIDE = A4_POINTS[1] - 72 * (MARGINS["left"] + MARGINS["right"])
PRINT_HIGH = A4_POINTS[0] - 72 * (MARGINS["top"] + MARGINS["bottom"])
WIDE_SLACK, HIGH_SLACK = 6.0, 4.0  # points kept free, for rounding
LEGIBLE = 80  # per cent: the least scale of 10-point text, which then prints at 8 points
LEAST_LAST = 3  # rows a last page should hold
SMALL_FIT = 0.9  # the smallest scale tried to save a page, as a share of the fitted one


@dataclass(frozen=True, eq=False)
class Row:
    """One sheet row: its height in points and what writes its cells (`write(ws, r)`)."""

    height: float = LINE_POINTS
    write: Callable[[Worksheet, int], None] | None = None


@dataclass(eq=False)
class Block:
    """Rows printed in order. The first `keep` start on one page; a page the block runs on to
    starts with its `repeat` rows; a `spacer` (blank rows between blocks) is left out at the
    top or foot of a page."""

    rows: list[Row]
    keep: int = 1
    repeat: tuple[Row, ...] = ()
    spacer: bool = False
    name: str = ""


@dataclass
class Layout:
    """Blocks placed on pages: per page, the (block, row) of each row, row -1 a repeated one."""

    pages: list[list[tuple[int, int]]] = field(default_factory=lambda: [[]])
    scale: int = 100

    def content(self, page: int) -> list[tuple[int, int]]:
        return [(b, i) for b, i in self.pages[page] if i >= 0]


def sheet_wide(widths: Iterable[float]) -> float:
    """A sheet's width in points as LibreOffice prints it (Excel's is about 5% narrower)."""
    return sum(column_pixels(w) for w in widths) * ROOMS["LibreOffice"][0]


def fit_scale(widths: Iterable[float], most: int = 100) -> int:
    """The largest whole per cent, at most `most`, at which the columns fit the page width."""
    return max(10, min(most, math.floor(100 * (PRINT_WIDE - WIDE_SLACK) / sheet_wide(widths))))


def pixels_at(scale: int) -> int:
    """The most column pixels (xlsx.column_pixels, summed) that fit the page width at `scale`
    per cent (fit_scale of them is at least `scale`)."""
    return math.floor((PRINT_WIDE - WIDE_SLACK) * 100 / scale / ROOMS["LibreOffice"][0])


def fit_widths(widths: Sequence[float], flexible: Sequence[bool], least: Sequence[float],
               scale: int) -> list[float]:
    """`widths` with the `flexible` ones (wrapped text) narrowed, in proportion and each to no
    less than its `least`, in half characters, until the columns fit the page at `scale`; the
    others (numbers, single words) keep their width. As they are when they already fit."""
    widths = list(widths)
    room = pixels_at(scale)
    if sum(column_pixels(w) for w in widths) <= room:
        return widths

    def at(share: float) -> list[float]:
        return [max(lo, math.floor(w * share * 2) / 2) if flex else w
                for w, flex, lo in zip(widths, flexible, least, strict=True)]
    low, high = 0.0, 1.0
    for _ in range(30):
        mid = (low + high) / 2
        if sum(column_pixels(w) for w in at(mid)) <= room:
            low = mid
        else:
            high = mid
    return at(low)


def page_room(scale: int) -> float:
    """The height of a printed page in the sheet's points at `scale` per cent."""
    return (PRINT_HIGH - HIGH_SLACK) * 100 / scale


def place(blocks: Sequence[Block], first: float, rest: float,
          forced: frozenset[tuple[int, int]] = frozenset()) -> Layout:
    """Lay `blocks` out on pages with `first` points of room on the first page and `rest` on
    each later one; a page also breaks before each (block, row) in `forced`."""
    layout, room = Layout(), first
    for b, block in enumerate(blocks):
        page = layout.pages[-1]
        if block.spacer:
            height = sum(r.height for r in block.rows)
            if any(i >= 0 for _, i in page) and height <= room:
                page += [(b, i) for i in range(len(block.rows))]
                room -= height
            continue
        kept = sum(r.height for r in block.rows[:block.keep])
        if page and ((room < kept <= rest) or block.rows[0].height > room or (b, 0) in forced):
            layout.pages.append([])
            room = rest
        for i, row in enumerate(block.rows):
            if i and (row.height > room or (b, i) in forced):
                layout.pages.append([(b, -1)] * len(block.repeat))
                room = rest - sum(r.height for r in block.repeat)
            layout.pages[-1].append((b, i))
            room -= row.height
    return layout


def paginate(blocks: Sequence[Block], top: float, repeated: float, scale: int,
             least: int = 10) -> Layout:
    """`place` at `scale`, with `top` points above the blocks on the first page and `repeated`
    points of print titles on every later one; a last page of a row or two is avoided by a
    scale down to SMALL_FIT of it (not under `least`) that saves the page, else by breaking
    the previous page earlier."""
    def at(s: int, forced: frozenset = frozenset()) -> Layout:
        layout = place(blocks, page_room(s) - top, page_room(s) - repeated, forced)
        layout.scale = s
        return layout

    layout = at(scale)
    if not _lonely(layout):
        return layout
    for s in range(scale - 1, max(least, math.ceil(scale * SMALL_FIT)) - 1, -1):
        smaller = at(s)
        if len(smaller.pages) < len(layout.pages):
            return smaller
    before = layout.content(len(layout.pages) - 2)
    short = LEAST_LAST - len(layout.content(len(layout.pages) - 1))
    if len(before) <= short + 1:
        return layout
    b, i = before[-short]
    if i < blocks[b].keep:  # a break inside a kept group moves to the group's start
        i = 0
    earlier = at(scale, frozenset({(b, i)}))
    return earlier if len(earlier.pages) == len(layout.pages) else layout


def _lonely(layout: Layout) -> bool:
    """Whether the last page holds only a row or two (after others)."""
    return len(layout.pages) > 1 and len(layout.content(len(layout.pages) - 1)) < LEAST_LAST


def emit(ws: Worksheet, blocks: Sequence[Block], layout: Layout, first_row: int
         ) -> tuple[dict[int, list[int]], list[int]]:
    """Write the laid-out rows from `first_row` down; return each block's sheet rows (its own
    rows, in order, not the repeated ones) and the rows that start a new page."""
    where: dict[int, list[int]] = {b: [] for b in range(len(blocks))}
    breaks, r = [], first_row
    for n, page in enumerate(layout.pages):
        if n and page:
            breaks.append(r)
        repeated = 0
        for b, i in page:
            if i < 0:
                row, repeated = blocks[b].repeat[repeated], repeated + 1
            else:
                row = blocks[b].rows[i]
                where[b].append(r)
            if row.write:
                row.write(ws, r)
            if row.height != LINE_POINTS:
                ws.set_row(r, row.height)
            r += 1
    return where, breaks
