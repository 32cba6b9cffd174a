"""Find the returns in one or more workbooks and pool their rows (DESIGN §3).

A returns sheet is any sheet whose header row, within its first 10 rows, holds `Indicator ID`
and `Period`. Every row keeps where it came from — `src` (an index into `sources`) and its
Excel `row` — so each finding can name its file, sheet and cell. Values stay raw here;
`returns_validate` parses and checks them.

The reader gives each column as its distinct values and a code per row; they are kept
(`Returns.column`), so that blank rows are found, and validation parses cells, once per
distinct value rather than once per row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from xlkpi.core.findings import Report
from xlkpi.read import values as parse
from xlkpi.read import xlsx
from xlkpi.read.guard import DEFAULT_LIMITS, Limits
from xlkpi.read.xlsx import HEADER_ROWS, Book, Sheet, SheetData

FIELDS = {"team": "Team", "indicator_id": "Indicator ID", "period": "Period",
          "numerator": "Numerator", "denominator": "Denominator", "value": "Value",
          "comment": "Comment", "rag": "RAG", "evidence": "Evidence"}
FIGURES = ("numerator", "denominator", "value")
KEY_FIELDS = ("team", "indicator_id", "period")  # merged cells in these are filled down
METADATA_SHEET = xlsx.TEMPLATE_SHEET


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
    # FIELDS as read, as distinct values and codes (see `column`); `read` shares the columns
    # of `rows` as read (no copy)
    coded: dict[str, parse.Coded] = field(default_factory=dict, repr=False)
    read: pd.DataFrame | None = field(default=None, repr=False)

    def column(self, key: str) -> pd.Series | parse.Coded:
        """`rows[key]`: as its distinct values and codes while it is still the column read,
        else (rows changed, replaced or reordered since) as the Series. Copy-on-write makes
        this sure: `read` shares the column's data, so any change to it in `rows` gives
        `rows` a new array instead of writing into this one."""
        coded = self.coded.get(key)
        if coded is None or self.read is None or not _same_data(self.rows[key],
                                                                self.read[key]):
            return self.rows[key]
        return parse.Coded(coded.values, coded.codes, self.rows.index)


def _same_data(now: pd.Series, then: pd.Series) -> bool:
    a, b = now.to_numpy(), then.to_numpy()
    return (a.dtype == b.dtype and a.shape == b.shape and a.strides == b.strides
            and a.__array_interface__["data"][0] == b.__array_interface__["data"][0])


_normal = xlsx.normal_text


def read_template_metadata(rows: list[list]) -> dict[str, str]:
    """The key/value rows of a template's hidden `xlkpi` sheet (as xlsx_read gives them):
    'template version', 'register checksum', 'register source', 'period', 'team'."""
    meta = {}
    for row in rows:
        key = parse.cell_text(row[0]).strip().lower() if row else ""
        if key:
            meta[key] = parse.cell_text(row[1]).strip() if len(row) > 1 else ""
    return meta


def find_header(sheet: Sheet | SheetData) -> int | None:
    """0-based index of the header row, if the sheet is a returns sheet."""
    rows = sheet.rows if isinstance(sheet, Sheet) else sheet.rows(HEADER_ROWS)
    return xlsx.find_header(rows)


def read_returns(paths: list[Path | str], limits: Limits = DEFAULT_LIMITS,
                 books: list[Book] | None = None) -> Returns:
    """Read every returns sheet of every file (or of `books`, the same files already read by
    prefetch.start). UnreadableInput if a file cannot be read."""
    report = Report()
    frames, sources, metadata, parts = [], [], {}, []
    if books is None:
        books = xlsx.read_books(paths, limits)
    for path, book in zip(map(Path, paths), books, strict=True):
        label = str(path)
        meta_sheet = book.sheet(METADATA_SHEET)
        if meta_sheet is not None:
            metadata[label] = read_template_metadata(meta_sheet.rows())
        found = False
        for sheet in book.sheets:
            header = find_header(sheet)
            if header is None:
                continue
            found = True
            read = _read_sheet(label, sheet, header, len(sources), sources, report)
            if read is not None:
                frames.append(read[0])
                parts.append(read[1])
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
    coded = {key: _pooled([part[key] for part in parts], rows.index) for key in FIELDS} \
        if len(rows) else {}
    return Returns(rows, sources, report, [Path(p) for p in paths], metadata, coded,
                   rows.copy(deep=False))


def _pooled(parts: list[tuple[np.ndarray, np.ndarray]], index: pd.Index) -> parse.Coded:
    """One field's (values, codes) of each sheet -> one Coded column, of the values used."""
    starts = np.cumsum([0] + [len(values) for values, _ in parts])
    values = np.concatenate([values for values, _ in parts])
    codes = np.concatenate([codes + start
                            for (_, codes), start in zip(parts, starts[:-1], strict=True)])
    used = np.bincount(codes, minlength=len(values)) > 0
    return parse.Coded(values[used], (np.cumsum(used) - 1)[codes], index)


def _read_sheet(label: str, sheet: SheetData, header: int, src: int, sources: list[Source],
                report: Report) -> tuple[pd.DataFrame, dict] | None:
    names = [_normal(v) for v in sheet.rows(header + 1)[header]]
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
    if sheet.height <= header + 1:
        return None

    # rows worth keeping, decided on the codes before any value is made: a sheet whose grid
    # reaches row 1,000,000 for one stray cell costs its filled rows only
    first = header + 1
    content = [k for k in FIELDS if k in colpos and (k != "team" or not source.team_from_sheet)]
    filled = np.zeros(sheet.height - first, dtype=bool)
    for key in content:
        column = sheet.columns.get(colpos[key])
        if column is not None:
            filled |= column.codes[first:] >= 0
    formula_rows = {r - first for r, c in sheet.no_value_formulas
                    if r >= first and c in colpos.values()}
    merged_rows = _merged_rows(sheet, header, colpos)
    for r in formula_rows | merged_rows:
        if r < len(filled):
            filled[r] = True
    keep = np.flatnonzero(filled)
    # each field as (values, codes): blanks are found, and merged cells filled, on the codes
    coded = {key: _coded(sheet, colpos.get(key), first, keep) for key in FIELDS}
    if source.team_from_sheet:
        coded["team"] = (np.array([sheet.name], dtype=object), np.zeros(len(keep), np.intp))
    _fill_merged(coded, keep, sheet, header, colpos)

    # cells whose formula has no saved result: named here, reported by validation
    no_value = np.full(len(keep), "", dtype=object)
    for r, c in sheet.no_value_formulas:
        key = next((k for k, v in colpos.items() if v == c), None)
        at = np.searchsorted(keep, r - first)
        if r > header and key is not None and at < len(keep) and keep[at] == r - first:
            no_value[at] += key + ","

    blank = np.logical_and.reduce([_blank(*coded[k]) for k in content] + [no_value == ""]) \
        if content else np.ones(len(keep), dtype=bool)
    kept = ~blank
    coded = {key: (values, codes[kept]) for key, (values, codes) in coded.items()}
    frame = pd.DataFrame({key: values[codes] for key, (values, codes) in coded.items()},
                         dtype=object)
    if source.team_from_sheet:
        frame["team"] = sheet.name  # as text (str): as it always was
    excel_rows = keep[kept] + first + 1
    frame.insert(0, "row", excel_rows)
    frame.insert(0, "src", src)
    frame.insert(2, "hidden", pd.Series(excel_rows - 1).isin(sheet.hidden_rows))
    frame["no_value"] = pd.Series(no_value[kept], dtype=object)
    return frame, coded


def _coded(sheet: SheetData, col: int | None, first: int,
           keep: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The cells of rows `keep` as (values, codes): the column's distinct values and then
    '' (the blank cell's value), and an index into them per row."""
    column = sheet.columns.get(col) if col is not None else None
    if column is None:
        return np.array([""], dtype=object), np.zeros(len(keep), np.intp)
    values = np.array([*column.uniques, ""], dtype=object)
    codes = column.codes[first:][keep].astype(np.intp)
    return values, np.where(codes < 0, len(column.uniques), codes)


def _merged_rows(sheet: SheetData, header: int, colpos: dict[str, int]) -> set[int]:
    """Body rows (0-based from the first row under the header) covered by a merged key."""
    out: set[int] = set()
    keys = [colpos[k] for k in KEY_FIELDS if k in colpos]
    for r0, c0, r1, c1 in sheet.merged:
        if any(c0 <= c <= c1 for c in keys) and r1 > header:
            lo = max(r0, header + 1) - header - 1
            hi = min(r1, sheet.height - 1) - header - 1
            if hi - lo < 100_000:
                out.update(range(lo, hi + 1))
    return out


def _blank(values: np.ndarray, codes: np.ndarray) -> np.ndarray:
    return ((values == "") | pd.isna(values))[codes]


def _fill_merged(coded: dict[str, tuple[np.ndarray, np.ndarray]], keep: np.ndarray,
                 sheet: SheetData, header: int, colpos: dict[str, int]) -> None:
    """A merged Team/ID/Period cell applies to every row it spans (figures are not copied).
    `keep`: the body rows coded (0 = the first row under the header), ascending."""
    for r0, c0, r1, c1 in sheet.merged:
        for key in KEY_FIELDS:
            c = colpos.get(key)
            if c is None or not (c0 <= c <= c1) or r1 <= header:
                continue
            values, codes = coded[key]
            top = max(r0, header + 1) - header - 1
            at = np.searchsorted(keep, top)
            value = codes[at] if at < len(keep) and keep[at] == top else len(values) - 1  # ''
            lo, hi = np.searchsorted(keep, top), np.searchsorted(keep, r1 - header - 1, "right")
            codes[lo:hi] = value
