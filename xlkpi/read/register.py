"""Reading a KPI register workbook (DESIGN §2) into one table per sheet, as typed: headers
matched ignoring case and spacing, unknown columns kept by their name, blank rows dropped.
Nothing is checked here beyond the sheets and required columns being there."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from xlkpi.core.findings import Report
from xlkpi.core.register import SHEETS, Col
from xlkpi.core.resources import default_register_path
from xlkpi.read.xlsx import Sheet, read_workbook


@dataclass
class Table:
    """One register sheet: its rows keyed by column key (`_row` the Excel row), the sheet's
    name and where each column sits (0-based), so that findings can name their cell."""

    frame: pd.DataFrame
    sheet: str = ""
    colpos: dict[str, int] = field(default_factory=dict)


@dataclass
class RegisterBook:
    """What a register workbook holds, before it is checked."""

    path: Path
    tables: dict[str, Table]  # every sheet of SHEETS, empty where absent
    present: set[str]  # the sheets the workbook has, lower case
    report: Report  # missing sheets and columns

    @property
    def name(self) -> str:
        return self.path.name


def read_register_book(path: Path | str | None = None) -> RegisterBook:
    """The register workbook at `path` (the shipped default when None), sheet by sheet."""
    path = Path(path) if path is not None else default_register_path()
    book = read_workbook(path)
    report = Report()
    by_name = {s.name.strip().lower(): s for s in book.sheets}
    tables = {}
    for sheet_name, columns in SHEETS.items():
        sheet = by_name.get(sheet_name.lower())
        if sheet is None:
            tables[sheet_name] = empty_table(columns, sheet_name)
            if sheet_name == "Indicators":
                report.add("register-missing-sheet", "The register has no `Indicators` sheet "
                           "(one row per indicator, headers in row 1).", file=path.name)
            continue
        tables[sheet_name] = _table(sheet, columns, path.name, report)
    return RegisterBook(path, tables, set(by_name), report)


def normal_header(header) -> str:
    return re.sub(r"\s+", " ", str(header).replace("\u00a0", " ")).strip().lower()


def _first_free(header: list[str]) -> int:
    """Where a missing column could go: the first blank header cell."""
    return header.index("") if "" in header else len(header)


def empty_table(columns: list[Col], sheet: str = "") -> Table:
    frame = pd.DataFrame({c.key: pd.Series(dtype=object) for c in columns})
    frame["_row"] = pd.Series(dtype=int)
    return Table(frame, sheet)


def _table(sheet: Sheet, columns: list[Col], file: str, report: Report) -> Table:
    """Rows under the header row 1, keyed by column key; unknown headers kept by their name."""
    rows = sheet.rows
    header = [normal_header(h) for h in (rows[0] if rows else [])]
    colpos: dict[str, int] = {}
    for col in columns:
        if normal_header(col.header) in header:
            colpos[col.key] = header.index(normal_header(col.header))
        elif col.required:
            report.add("register-missing-column",
                       f"Sheet `{sheet.name}` has no `{col.header}` column in row 1.",
                       file=file, sheet=sheet.name, row=1, col=_first_free(header))
    known = {normal_header(c.header) for c in columns}
    extras = {str(rows[0][i]).strip(): i for i, h in enumerate(header) if h and h not in known}
    width = max((len(r) for r in rows), default=0)
    body = [r + [""] * (width - len(r)) for r in rows[1:]]
    source = {col.key: colpos.get(col.key) for col in columns}
    source.update(extras)  # an unknown header spelt as a key takes its place, as ever
    # the rows with something in a column kept, found on the lists (a register is a few
    # hundred rows: pandas' per-call cost is most of the work on frames that small)
    where = [i for key, i in source.items() if i is not None and key != "_row"]
    kept = [n for n, r in enumerate(body) if any(r[i] not in ("", None) for i in where)]
    data = {key: [body[n][i] for n in kept] if i is not None else [""] * len(kept)
            for key, i in source.items()}
    frame = pd.DataFrame(data, dtype=object)
    frame["_row"] = np.array(kept, dtype=np.int64) + 2
    return Table(frame, sheet.name, {**colpos, **extras})
