"""Where a returns row and its cells are: file, sheet and Excel cell, for whole columns of rows.

Every finding about a row names its cell (`Returns!D14`); a message about several rows names
each by its file and cells (`returns-cin.xlsx 'CIN'!D4:F4`).
"""

from __future__ import annotations

from pathlib import PurePath

import numpy as np
import pandas as pd

from xlkpi.core.findings import column_letter, sheet_ref
from xlkpi.read.returns import FIELDS, Source
from xlkpi.read.values import per_distinct

_FIELD_AT = {f: i for i, f in enumerate(FIELDS)}
_FIGURE_CELLS = ("numerator", "denominator", "value")


def column_positions(src: np.ndarray, fields: pd.Series, sources: list[Source]) -> np.ndarray:
    """0-based sheet column of `fields` ("numerator", ...) in each row's sheet (`src`); a field
    the sheet lacks points at its Indicator ID column."""
    table = np.array([[s.colpos.get(k, s.colpos.get("indicator_id", 0)) for k in FIELDS]
                      for s in sources] or [[0] * len(FIELDS)], dtype=int)
    field = fields.map({"period_text": "period"}).fillna(fields).map(_FIELD_AT)
    return table[np.asarray(src, dtype=int), field.to_numpy(dtype=int)]


def files(src: pd.Series, sources: list[Source]) -> pd.Series:
    """The file of each row, as given on the command line."""
    return _per_source(src, [s.file for s in sources])


def sheets(src: pd.Series, sources: list[Source]) -> pd.Series:
    return _per_source(src, [s.sheet for s in sources])


def cells(src: pd.Series, row: pd.Series, col: np.ndarray, sources: list[Source]) -> pd.Series:
    """'Returns!D14' for each (sheet of `src`, 0-based `col`, Excel `row`)."""
    sheet = _per_source(src, [sheet_ref(s.sheet) for s in sources])
    letters = per_distinct(pd.Series(col, index=src.index), column_letter)
    return sheet + "!" + letters + row.astype(int).astype(str)


def _per_source(src: pd.Series, values: list[str]) -> pd.Series:
    """`values[i]` for each row's source `i`."""
    return pd.Series(np.array(values, dtype=object)[src.to_numpy(dtype=int)], index=src.index,
                     dtype=object)


def sheet_prefixes(sources: list[Source]) -> list[str]:
    """"returns-cin.xlsx 'CIN'!" for each source: its file's name (never its folders), sheet."""
    return [f"{PurePath(s.file.replace(chr(92), '/')).name} {sheet_ref(s.sheet)}!"
            for s in sources]


def figure_spans(rows: pd.DataFrame, sources: list[Source]
                 ) -> tuple[np.ndarray, list[tuple[str, str]]]:
    """Which of a few spans each row's figure cells take, and those spans as (first letter,
    ":F" or ""): its source's Numerator to Value, or an assessed row's one RAG cell. Kept as
    numbers, so that the 200,000 rows of a big run make their cell references in one pass."""
    spans = []  # per source: its figure cells' span, then its RAG cell's
    for s in sources:
        at = [s.colpos[f] for f in _FIGURE_CELLS if f in s.colpos] or \
            [s.colpos.get("indicator_id", 0)]
        tail = "" if min(at) == max(at) else ":" + column_letter(max(at))
        spans += [(column_letter(min(at)), tail),
                  (column_letter(s.colpos.get("rag", min(at))), "")]
    span = rows["src"].to_numpy(np.int64) * 2
    if "measure" in rows:
        span = span + (rows["measure"].to_numpy(object) == "assessed")
    return span, spans


def figure_ranges(rows: pd.DataFrame, sources: list[Source]) -> pd.Series:
    """"D4:F4" for each row: its figure cells, Numerator to Value; an assessed row's one RAG
    cell. Blank without sources."""
    if not sources:
        return pd.Series("", index=rows.index, dtype=object)
    span, spans = figure_spans(rows, sources)
    a, b = (np.asarray([s[i] for s in spans], dtype=object)[span] for i in (0, 1))
    row = np.asarray(list(map(str, rows["row"].to_numpy(np.int64).tolist())), dtype=object)
    return pd.Series(a + row + b + np.where(b == "", "", row), index=rows.index)


def figure_cells(rows: pd.DataFrame, sources: list[Source]) -> pd.Series:
    """"returns-cin.xlsx 'CIN'!D4:F4" for each row: its file's name (never its folders) and
    its figure cells, Numerator to Value; an assessed row's one RAG cell."""
    if not sources:
        return pd.Series("", index=rows.index, dtype=object)
    prefix = np.asarray(sheet_prefixes(sources), dtype=object)[rows["src"].to_numpy(int)]
    return prefix + figure_ranges(rows, sources)
