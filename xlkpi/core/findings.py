"""Findings are values: a code, a severity, where (file, sheet, cell) and a message.

A `Report` gathers them. Rules add findings either one at a time (`add`) or a whole column of
them at once (`extend`, used by the vectorised row checks), so that 200,000 bad rows do not
mean 200,000 Python calls. Every renderer — the CLI table, `--json`, the `Validation` tab and
the annotated copy of a return — reads `Report.frame`.
"""

from __future__ import annotations

import json
import re

import pandas as pd

from xlkpi.core.codes import CODES, ERROR, WARNING

COLUMNS = ["severity", "code", "file", "sheet", "cell", "team", "indicator", "period", "message"]
# Hidden keys: the Excel row and column of the cell (for sorting), and `row_id`, the returns row
# a finding is about (its label in the checked rows; -1 for a finding about no one row).
KEYS = ["_row", "_col", "row_id"]

_CELL = re.compile(r"([A-Z]{1,3})(\d+)$")


def column_letter(index: int) -> str:
    """0-based column index -> Excel letters (0 -> A, 27 -> AB)."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def sheet_ref(sheet: str) -> str:
    """A sheet name as Excel writes it in a reference: quoted when it needs to be."""
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]*", sheet):
        return sheet
    return "'" + sheet.replace("'", "''") + "'"


def cell_ref(sheet: str, col: int, row: int) -> str:
    """('Returns', 3, 14) -> 'Returns!D14' (row is the 1-based Excel row)."""
    return f"{sheet_ref(sheet)}!{column_letter(col)}{row}"


def empty_frame() -> pd.DataFrame:
    """A findings frame with no findings: COLUMNS and KEYS."""
    return pd.DataFrame({c: pd.Series(dtype=object) for c in COLUMNS + KEYS})


class Report:
    """Every finding of a run, in a stable order."""

    def __init__(self) -> None:
        self._parts: list[pd.DataFrame] = []
        self._rows: list[dict] = []
        self._frame: pd.DataFrame | None = None

    # -- adding ---------------------------------------------------------------------------
    def add(self, code: str, message: str, *, file: str = "", sheet: str = "",
            row: int | None = None, col: int | None = None, team: str = "",
            indicator: str = "", period: str = "", row_id: int = -1) -> None:
        """One finding. `row` is the 1-based Excel row, `col` the 0-based column."""
        cell = cell_ref(sheet, col, row) if (sheet and row is not None and col is not None) \
            else ""
        self._rows.append({
            "severity": CODES[code].severity, "code": code, "file": file, "sheet": sheet,
            "cell": cell, "team": team, "indicator": indicator, "period": period,
            "message": message, "_row": row if row is not None else 0,
            "_col": col if col is not None else -1, "row_id": row_id,
        })
        self._frame = None

    def extend(self, frame: pd.DataFrame) -> None:
        """Many findings at once: a frame with COLUMNS (cell already made) and the keys."""
        if len(frame):
            missing = [c for c in COLUMNS + KEYS if c not in frame.columns]
            if missing:
                raise ValueError(f"findings frame lacks {missing}")
            self._parts.append(frame[COLUMNS + KEYS])
            self._frame = None

    def merge(self, other: Report) -> None:
        if not other._rows and not any(len(p) for p in other._parts):
            return  # nothing to add: not worth building its (empty) frame
        self._parts.append(other.frame_with_keys())
        self._frame = None

    # -- reading --------------------------------------------------------------------------
    def frame_with_keys(self) -> pd.DataFrame:
        if self._frame is None:
            parts = [p for p in self._parts if len(p)]
            if self._rows:
                parts.append(pd.DataFrame(self._rows, columns=COLUMNS + KEYS))
            frame = pd.concat(parts, ignore_index=True) if parts else empty_frame()
            for c in COLUMNS:
                frame[c] = frame[c].fillna("").astype(str)
            frame["_sev"] = (frame["severity"] != ERROR).astype(int)
            frame = frame.sort_values(
                ["file", "sheet", "_row", "_col", "_sev", "code", "message"], kind="stable"
            ).drop(columns="_sev").drop_duplicates(subset=COLUMNS)
            self._frame = frame.reset_index(drop=True)
        return self._frame

    @property
    def frame(self) -> pd.DataFrame:
        return self.frame_with_keys()[COLUMNS]

    def __len__(self) -> int:
        return len(self.frame_with_keys())

    @property
    def errors(self) -> int:
        return int((self.frame_with_keys()["severity"] == ERROR).sum())

    @property
    def warnings(self) -> int:
        return int((self.frame_with_keys()["severity"] == WARNING).sum())

    def flatten(self, fields=("cell", "code")) -> list[list[str]]:
        """Short rows for assertions: report.flatten(["cell", "code"])."""
        return self.frame[list(fields)].values.tolist()

    def codes(self) -> list[str]:
        return sorted(set(self.frame["code"]))

    def to_dicts(self) -> list[dict]:
        return self.frame.to_dict(orient="records")

    def to_json(self) -> str:
        return json.dumps(
            {"errors": self.errors, "warnings": self.warnings, "findings": self.to_dicts()},
            indent=2, ensure_ascii=False,
        )
