"""How findings are marked on a team's workbook: the findings sheet's rows, one comment per
failing cell, and the limits that keep an annotated copy readable (and its cost linear) when a
return holds 10,000 findings. Shared by the two ways of writing the copy."""

from __future__ import annotations

import pandas as pd

SHEET = "xlkpi findings"
FILL = {"error": "FFC7CE", "warning": "FFEB9C"}
FONT = {"error": "9C0006", "warning": "9C5700"}
HEADERS = ["Severity", "Code", "Cell", "Team", "Indicator", "Period", "Message"]
WIDTHS = (10, 24, 16, 14, 12, 10, 100)
CELL_CHARS = 32_000  # Excel holds 32,767 characters in a cell
LISTED_CHARS = 2_000  # of one message on the findings sheet (a list of 10,000 rows is no help)
COMMENT_CHARS = 2_000
COMMENT_MESSAGES = 5  # messages listed in one cell's comment; the findings sheet has all
MESSAGE_CHARS = 400  # of one message, in a comment


def count(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def split_cell(ref: str) -> tuple[str, str]:
    """"'CIN CP'!D14" -> ("CIN CP", "D14")."""
    sheet, _, coordinate = ref.rpartition("!")
    if sheet.startswith("'") and sheet.endswith("'"):
        sheet = sheet[1:-1].replace("''", "'")
    return sheet, coordinate


def summary(findings: pd.DataFrame, name: str) -> tuple[str, str]:
    errors = int((findings["severity"] == "error").sum())
    warns = int((findings["severity"] == "warning").sum())
    return (f"xlkpi validate: {count(errors, 'error')}, {count(warns, 'warning')} in {name}",
            "Errors (red) leave the value out of the report until fixed; warnings (amber) are "
            "worth a look. Click a cell reference to go to it; hover the marked cell to read "
            "the message.")


FIELDS = ["severity", "code", "cell", "team", "indicator", "period", "message"]
SEVERITY, CODE, CELL, MESSAGE = 0, 1, 2, 6
GROUP_CELLS = 3  # cells named on one findings line that stands for several


def records_of(findings: pd.DataFrame) -> list[list[str]]:
    """The findings as plain rows (FIELDS): 10,000 of them cost no pandas call each."""
    return findings[FIELDS].astype(str).to_numpy(dtype=object).tolist()


def listed(records: list[list[str]]) -> list[tuple[list[str], str]]:
    """The findings sheet's rows and the cell each links to: findings that differ only in
    their cell (10,000 copies of one row) are one line naming the first few cells and a
    count, linked to the first; each other finding is its own line."""
    groups: dict[tuple, list[str]] = {}
    first: dict[tuple, list[str]] = {}
    for r in records:
        key = (*r[:CELL], *r[CELL + 1:])
        groups.setdefault(key, []).append(r[CELL])
        first.setdefault(key, r)
    out = []
    for key, cells in groups.items():
        row = list(first[key])
        named = [c for c in cells if c]
        if len(named) > 1:
            shown = ", ".join(named[:GROUP_CELLS])
            more = len(named) - GROUP_CELLS
            row[CELL] = shown + (f" and {more:,} more" if more > 0 else "")
        out.append((row, named[0] if named else ""))
    return out


def by_cell(records: list[list[str]]) -> dict[str, list[list[str]]]:
    out: dict[str, list[list[str]]] = {}
    for r in records:
        if r[CELL]:
            out.setdefault(r[CELL], []).append(r)
    return out


def worst(group: list[list[str]]) -> str:
    return "error" if any(r[SEVERITY] == "error" for r in group) else "warning"


def comment_text(group: list[list[str]]) -> str:
    lines = [f"{r[SEVERITY].upper()} {r[CODE]}: {cut(r[MESSAGE], MESSAGE_CHARS)}"
             for r in group[:COMMENT_MESSAGES]]
    if len(group) > COMMENT_MESSAGES:
        lines.append(f"… and {len(group) - COMMENT_MESSAGES:,} more on the '{SHEET}' sheet")
    return cut("\n".join(lines), COMMENT_CHARS)


def cut(text: str, limit: int) -> str:
    text = str(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def row_values(r: list[str]) -> list[str]:
    return [cut(v, LISTED_CHARS) for v in r]
