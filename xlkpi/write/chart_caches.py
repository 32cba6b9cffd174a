"""A chart's cached points written in one string: the Trends tab's 150 charts cache some 31,000
points, and xlsxwriter writes each `<c:pt>` with four method calls and two escapes (most of
the time it takes to write the charts' XML).

`fast_caches(chart)` swaps that chart's private `_write_num_cache` (xlsxwriter 3.x) for one
that writes the same XML: every point but a missing one, a non-number as 0, text escaped as
xlsxwriter escapes it (&, <, > and control characters), whole `<c:numCache>` in one write. A
chart without the parts relied on keeps xlsxwriter's own (tests/test_trends.py compares the
two, part for part).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from xlsxwriter.chart import Chart

FAST = True  # off: xlsxwriter writes the caches (the reference)
_PRIVATE = ("_write_num_cache", "_escape_data", "_escape_control_characters")
_ODD = re.compile("[&<>\x00-\x1f\ufffe\uffff]|_x")  # text xlsxwriter would change
_POINTS: list[str] = []  # '<c:pt idx="i"><c:v>' for each i so far


def fast_caches(chart: Chart) -> Chart:
    """`chart`, its number caches written in one string (when FAST and it has the parts)."""
    if FAST and all(hasattr(chart, name) for name in _PRIVATE):
        chart._write_num_cache = lambda data: chart.fh.write(num_cache(chart, data))
    return chart


def num_cache(chart: Chart, data: Sequence[Any] | None, *, plain: bool = False) -> str:
    """The `<c:numCache>` xlsxwriter's Chart._write_num_cache writes for `data`; `plain`:
    every point is known to be None, an int, a float or text of digits, sign and point."""
    head = f'<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="{len(data or ())}"/>'
    if plain and data and type(data[0]) is str and data.count(data[0]) == len(data):
        # one text at every point (a mean, a limit): the points joined around it at once
        while len(_POINTS) < len(data):
            _POINTS.append(f'<c:pt idx="{len(_POINTS)}"><c:v>')
        close = f"{data[0]}</c:v></c:pt>"
        return f"{head}{close.join(_POINTS[:len(data)])}{close}</c:numCache>"
    out = [head]
    if plain:  # nothing to check or escape
        out += [f'<c:pt idx="{i}"><c:v>{t}</c:v></c:pt>' for i, t in enumerate(data or ())
                if t is not None]
        out.append("</c:numCache>")
        return "".join(out)
    for i, token in enumerate(data or ()):
        if token is None:
            continue
        try:
            float(token)
        except ValueError:
            token = 0
        if isinstance(token, str) and _ODD.search(token):
            token = chart._escape_control_characters(chart._escape_data(token))
        out.append(f'<c:pt idx="{i}"><c:v>{token}</c:v></c:pt>')
    out.append("</c:numCache>")
    return "".join(out)
