"""Find the returns in one or more workbooks and pool their rows (DESIGN §3).

A returns sheet is any sheet whose header row, within its first 10 rows, holds `Indicator ID`
and `Period`. Every row keeps where it came from — `src` (an index into `sources`) and its
Excel `row` — so each finding can name its file, sheet and cell. Values stay raw here;
`returns_validate` parses and checks them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from xlkpi.core.findings import Report
from xlkpi.read import values as parse
from xlkpi.read.guard import DEFAULT_LIMITS, Limits
from xlkpi.read.xlsx import Sheet, Workbook, read_workbook

FIELDS = {"team": "Team", "indicator_id": "Indicator ID", "period": "Period",
          "numerator": "Numerator", "denominator": "Denominator", "value": "Value",
          "comment": "Comment", "rag": "RAG", "evidence": "Evidence"}
FIGURES = ("numerator", "denominator", "value")
KEY_FIELDS = ("team", "indicator_id", "period")  # merged cells in these are filled down
HEADER_ROWS = 10
METADATA_SHEET = "xlkpi"


@dataclass
class Source:
    """One returns sheet of one file."""

    file: str  # as given on the command line, for messages
    sheet: str
    header_row: int  # 1-based
    colpos: dict[str, int]  # field -> 0-based column
    team_from_sheet: bool = False


@dataclass
class Returns:
    rows: pd.DataFrame  # src, row, hidden, FIELDS (raw cell values), no_value
    sources: list[Source]
    report: Report
    files: list[Path] = field(default_factory=list)
    metadata: dict[str, dict[str, str]] = field(default_factory=dict)  # file -> template meta


def _normal(v) -> str:
    return re.sub(r"\s+", " ", str(v).replace("\u00a0", " ")).strip().lower()


def read_template_metadata(rows: list[list]) -> dict[str, str]:
    """The key/value rows of a template's hidden `xlkpi` sheet (as xlsx_read gives them):
    'template version', 'register checksum', 'register source', 'period', 'team'."""
    meta = {}
    for row in rows:
        key = parse.cell_text(row[0]).strip().lower() if row else ""
        if key:
            meta[key] = parse.cell_text(row[1]).strip() if len(row) > 1 else ""
    return meta


def find_header(sheet: Sheet) -> int | None:
    """0-based index of the header row, if the sheet is a returns sheet."""
    for i, row in enumerate(sheet.rows[:HEADER_ROWS]):
        cells = {_normal(v) for v in row if isinstance(v, str)}
        if "indicator id" in cells and "period" in cells:
            return i
    return None


def read_returns(paths: list[Path | str], limits: Limits = DEFAULT_LIMITS,
                 books: list[Workbook] | None = None) -> Returns:
    """Read every returns sheet of every file (or of `books`, the same files already read by
    prefetch.start). UnreadableInput if a file cannot be read."""
    report = Report()
    frames, sources, metadata = [], [], {}
    if books is None:
        books = [read_workbook(p, limits) for p in paths]
    for path, book in zip(map(Path, paths), books, strict=True):
        label = str(path)
        meta_sheet = book.sheet(METADATA_SHEET)
        if meta_sheet is not None:
            metadata[label] = read_template_metadata(meta_sheet.rows)
        found = False
        for sheet in book.sheets:
            header = find_header(sheet)
            if header is None:
                continue
            found = True
            frame = _read_sheet(label, sheet, header, len(sources), sources, report)
            if frame is not None:
                frames.append(frame)
        if not found:
            report.add("no-returns-sheet", "No sheet has a header row with `Indicator ID` and "
                       f"`Period` in its first {HEADER_ROWS} rows (sheets: "
                       f"{', '.join(s.name for s in book.sheets) or 'none'}).", file=label)
    if frames:
        rows = pd.concat(frames, ignore_index=True)
    else:
        rows = pd.DataFrame({c: pd.Series(dtype=object) for c in
                             ["src", "row", "hidden", *FIELDS, "no_value"]})
    rows["src"] = rows["src"].astype(int)
    rows["row"] = rows["row"].astype(int)
    rows["hidden"] = rows["hidden"].astype(bool)
    return Returns(rows, sources, report, [Path(p) for p in paths], metadata)


def _read_sheet(label: str, sheet: Sheet, header: int, src: int, sources: list[Source],
                report: Report) -> pd.DataFrame | None:
    names = [_normal(v) for v in sheet.rows[header]]
    colpos: dict[str, int] = {}
    for key, title in FIELDS.items():
        hits = [i for i, n in enumerate(names) if n == title.lower()]
        if hits:
            colpos[key] = hits[0]
        if len(hits) > 1:
            report.add("duplicate-column", f"`{title}` heads two columns; only the first "
                       f"(column {hits[0] + 1}) is read.", file=label, sheet=sheet.name,
                       row=header + 1, col=hits[1])
    if not any(k in colpos for k in ("numerator", "value", "rag")):
        report.add("missing-column", "This returns sheet has no `Numerator`, `Value` or "
                   "`RAG` column, so it holds no figures; its rows were not read.",
                   file=label, sheet=sheet.name, row=header + 1,
                   col=colpos.get("period", 0) + 1)
        return None
    source = Source(label, sheet.name, header + 1, colpos, "team" not in colpos)
    sources.append(source)

    body = sheet.rows[header + 1:]
    if not body:
        return None
    table = pd.DataFrame(body, dtype=object)  # calamine's rows share one width
    frame = pd.DataFrame({key: (table[colpos[key]] if key in colpos and colpos[key] in table
                                else pd.Series("", index=table.index, dtype=object))
                          for key in FIELDS})
    if source.team_from_sheet:
        frame["team"] = sheet.name
    _fill_merged(frame, sheet, header, colpos)
    excel_rows = np.arange(header + 2, header + 2 + len(frame))
    frame.insert(0, "row", excel_rows)
    frame.insert(0, "src", src)
    frame.insert(2, "hidden", pd.Series(excel_rows - 1, index=frame.index).isin(
        sheet.hidden_rows))

    # cells whose formula has no saved result: named here, reported by validation
    frame["no_value"] = pd.Series("", index=frame.index, dtype=object)
    for r, c in sheet.no_value_formulas:
        key = next((k for k, v in colpos.items() if v == c), None)
        if r > header and key is not None and (r - header - 1) in frame.index:
            frame.loc[r - header - 1, "no_value"] += key + ","

    content = [k for k in FIELDS if k != "team" or not source.team_from_sheet]
    blank = np.logical_and.reduce([_blank(frame[k]) for k in [*content, "no_value"]])
    return frame[~blank]


def _blank(column: pd.Series) -> np.ndarray:
    values = column.to_numpy()
    return (values == "") | pd.isna(values)


def _fill_merged(frame: pd.DataFrame, sheet: Sheet, header: int,
                 colpos: dict[str, int]) -> None:
    """A merged Team/ID/Period cell applies to every row it spans (figures are not copied)."""
    for r0, c0, r1, c1 in sheet.merged:
        for key in KEY_FIELDS:
            c = colpos.get(key)
            if c is None or not (c0 <= c <= c1) or r1 <= header:
                continue
            top = max(r0, header + 1) - header - 1
            value = frame.at[top, key] if top in frame.index else ""
            lo, hi = top, min(r1 - header - 1, len(frame) - 1)
            if lo <= hi:
                frame.loc[lo:hi, key] = value
