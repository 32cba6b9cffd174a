"""`xlkpi validate --annotate`: hand each team back its own workbook, marked up.

For every input `returns.xlsx` it writes `returns.checked.xlsx` beside it: each failing cell
filled (red for errors, amber for warnings) with the messages as a cell comment, and a first
sheet listing every finding with a link to its cell. The copy records what it was made from
(custom document properties `xlkpi checked copy of` and `xlkpi source sha256`), so the input
expander can tell it from a return. The input is never modified.

Two ways to write the copy, and the first that works is used:
  * openpyxl loads the workbook and saves it marked up: it keeps the team's own formatting,
    data validation and protection. External links and macros are dropped (DESIGN §9).
  * where openpyxl refuses the workbook (sheet names Excel would not allow, foreign style
    attributes, pivot caches, control characters…), or the workbook has external links, or it
    is itself an annotated copy, the copy is rebuilt with xlsxwriter from the cells xlkpi read:
    every value in its place, no formatting, no stale marks from an earlier round.
Either way the work is linear in the findings: each marked cell lists at most a few messages,
each message and every cell of the findings sheet is cut to what Excel holds.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import warnings
import zipfile
from pathlib import Path

import pandas as pd
import xlsxwriter
from openpyxl import load_workbook
from openpyxl.comments import Comment
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.hyperlink import Hyperlink
from xlsxwriter.exceptions import XlsxWriterException
from xlsxwriter.utility import xl_cell_to_rowcol

from xlkpi.core.errors import BadArgument, OutputError
from xlkpi.core.vocabulary import COPY_MARK, SOURCE_SHA_MARK
from xlkpi.read.marks import xlkpi_marks
from xlkpi.read.xlsx import read_workbook
from xlkpi.write.files import atomic_output, refuse_input_as_output

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
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def _count(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def checked_path(path: Path, marks: dict[str, str] | None = None) -> Path:
    """returns.xlsx -> returns.checked.xlsx, beside it. An annotated copy sent back is
    named after the workbook it was made from: its copy is that workbook's checked copy."""
    marks = xlkpi_marks(path) if marks is None else marks
    source = marks.get(COPY_MARK, "")
    stem = Path(source).stem if source else path.stem
    while stem.lower().endswith(".checked"):
        stem = stem[: -len(".checked")]
    return path.with_name(f"{stem}.checked.xlsx")


def split_cell(ref: str) -> tuple[str, str]:
    """"'CIN CP'!D14" -> ("CIN CP", "D14")."""
    sheet, _, coordinate = ref.rpartition("!")
    if sheet.startswith("'") and sheet.endswith("'"):
        sheet = sheet[1:-1].replace("''", "'")
    return sheet, coordinate


def annotate_all(validation, progress=lambda _: None) -> list[Path]:
    """One checked copy per input file. Every target is checked before anything is written:
    a copy would never go over an input (one line, BadArgument)."""
    frame = validation.report.frame
    files = list(validation.returns.files)
    register = getattr(validation.register, "source", None)
    inputs = [*files, *([Path(register)] if register else [])]
    plan = []
    for path in files:
        marks = xlkpi_marks(path)
        target = checked_path(path, marks)
        try:
            refuse_input_as_output(target, inputs)
        except BadArgument:
            raise BadArgument(f"{path}: its checked copy would be {target.name}, which is an "
                              "input of this run; rename the file (e.g. to the workbook's "
                              "own name) and run again") from None
        plan.append((path, target, marks))
    written = []
    for path, target, marks in plan:
        progress(f"Writing {target}")
        written.append(annotate(path, frame[frame["file"] == str(path)], target, marks=marks))
    return written


def annotate(path: Path, findings: pd.DataFrame, target: Path, *,
             marks: dict[str, str] | None = None) -> Path:
    """Write the checked copy of `path` to `target` (see the module's docstring)."""
    path, target = Path(path), Path(target)
    marks = xlkpi_marks(path) if marks is None else marks
    properties = {COPY_MARK: path.name, SOURCE_SHA_MARK: _sha256(path)}
    findings = findings.reset_index(drop=True)
    if COPY_MARK not in marks and not _has_external_parts(path):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return _with_openpyxl(path, findings, target, properties)
        except OutputError:
            raise
        except Exception:  # openpyxl refuses what calamine reads: rebuild from the cells
            pass
    return _rebuilt(path, findings, target, properties)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _has_external_parts(path: Path) -> bool:
    """External links or macros, which an output must not carry (DESIGN §9)."""
    try:
        with zipfile.ZipFile(path) as zf:
            return any(n.startswith("xl/externalLinks/") or n.endswith("vbaProject.bin")
                       for n in zf.namelist())
    except (OSError, zipfile.BadZipFile):
        return False


def _summary(findings: pd.DataFrame, name: str) -> tuple[str, str]:
    errors = int((findings["severity"] == "error").sum())
    warns = int((findings["severity"] == "warning").sum())
    return (f"xlkpi validate: {_count(errors, 'error')}, {_count(warns, 'warning')} in {name}",
            "Errors (red) leave the value out of the report until fixed; warnings (amber) are "
            "worth a look. Click a cell reference to go to it; hover the marked cell to read "
            "the message.")


FIELDS = ["severity", "code", "cell", "team", "indicator", "period", "message"]
SEVERITY, CODE, CELL, MESSAGE = 0, 1, 2, 6


def _records(findings: pd.DataFrame) -> list[list[str]]:
    """The findings as plain rows (FIELDS): 10,000 of them cost no pandas call each."""
    return findings[FIELDS].astype(str).to_numpy(dtype=object).tolist()


def _by_cell(records: list[list[str]]) -> dict[str, list[list[str]]]:
    out: dict[str, list[list[str]]] = {}
    for r in records:
        if r[CELL]:
            out.setdefault(r[CELL], []).append(r)
    return out


def _worst(group: list[list[str]]) -> str:
    return "error" if any(r[SEVERITY] == "error" for r in group) else "warning"


def _comment_text(group: list[list[str]]) -> str:
    lines = [f"{r[SEVERITY].upper()} {r[CODE]}: {_cut(r[MESSAGE], MESSAGE_CHARS)}"
             for r in group[:COMMENT_MESSAGES]]
    if len(group) > COMMENT_MESSAGES:
        lines.append(f"… and {len(group) - COMMENT_MESSAGES:,} more on the '{SHEET}' sheet")
    return _cut("\n".join(lines), COMMENT_CHARS)


def _cut(text: str, limit: int) -> str:
    text = str(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _row_values(r: list[str]) -> list[str]:
    return [_cut(v, LISTED_CHARS) for v in r]


# --- openpyxl: the team's workbook, kept ----------------------------------------------------
def _text(cell, value: str) -> None:
    """Set a string that stays a string, even when it starts with '='."""
    cell.value = value
    cell.data_type = "s"


def _with_openpyxl(path: Path, findings: pd.DataFrame, target: Path,
                   properties: dict[str, str]) -> Path:
    wb = load_workbook(path, keep_vba=False, keep_links=False)
    fills = {k: PatternFill("solid", start_color=v, end_color=v) for k, v in FILL.items()}
    fonts = {k: Font(color=v, bold=True) for k, v in FONT.items()}
    records = _records(findings)
    sheets = set(wb.sheetnames)
    for ref, group in _by_cell(records).items():
        sheet, coordinate = split_cell(ref)
        if sheet not in sheets:
            continue
        cell = wb[sheet][coordinate]
        worst = _worst(group)
        cell.fill, cell.font = fills[worst], fonts[worst]
        comment = Comment(_comment_text(group), "xlkpi")
        comment.width, comment.height = 320, min(60 + 40 * min(len(group), 6), 300)
        cell.comment = comment

    ws = wb.create_sheet(SHEET, 0)
    title, note = _summary(findings, path.name)
    _text(ws["A1"], title)
    ws["A1"].font = Font(bold=True, size=13)
    _text(ws["A2"], note)
    bold = Font(bold=True)
    for j, h in enumerate(HEADERS, start=1):
        c = ws.cell(row=4, column=j)
        _text(c, h)
        c.font = bold
    if findings.empty:
        _text(ws["A5"], "No problems found.")
    link_font = Font(color="0563C1", underline="single")
    wrap = Alignment(wrap_text=True, vertical="top")
    for i, r in enumerate(records, start=5):
        values = _row_values(r)
        ws.append(values)
        for j, v in enumerate(values, start=1):
            if v.startswith("="):  # text that starts with '=' stays text
                ws.cell(row=i, column=j).data_type = "s"
        ws.cell(row=i, column=1).font = fonts.get(r[SEVERITY], bold)
        ws.cell(row=i, column=7).alignment = wrap
        if r[CELL] and split_cell(r[CELL])[0] in sheets:
            link = ws.cell(row=i, column=3)
            link.hyperlink = Hyperlink(ref=link.coordinate, location=r[CELL])
            link.font = link_font
    for letter, width in zip("ABCDEFG", WIDTHS, strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A5"
    ws.print_title_rows = "4:4"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if len(findings):
        ws.auto_filter.ref = f"A4:G{4 + len(findings)}"
    wb.active = 0
    for sheet in wb.worksheets[1:]:
        sheet.sheet_view.tabSelected = False
    for name, value in properties.items():
        wb.custom_doc_props.append(StringProperty(name=name, value=value))
    with atomic_output(target) as tmp:
        wb.save(tmp)
        if _has_external_parts(tmp):
            raise ValueError("external parts survived")  # rebuilt instead
    return target


# --- xlsxwriter: rebuilt from the cells read --------------------------------------------------
def _sheet_name(name: str, taken: set[str]) -> str:
    """A sheet name Excel accepts: no []:*?/\\, at most 31 characters, unique."""
    base = _BAD_SHEET_CHARS.sub("-", name).strip("'") or "Sheet"
    base = base[:31]
    out, n = base, 2
    while out.lower() in taken:
        suffix = f" ({n})"
        out, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(out.lower())
    return out


def _ref(sheet: str, coordinate: str) -> str:
    return "'" + sheet.replace("'", "''") + "'!" + coordinate


def _rebuilt(path: Path, findings: pd.DataFrame, target: Path,
             properties: dict[str, str]) -> Path:
    book = read_workbook(path)
    sources = [s for s in book.sheets if s.name != SHEET]  # an earlier round's findings go
    taken = {SHEET.lower()}
    names = {s.name: _sheet_name(s.name, taken) for s in sources}
    records = _records(findings)
    marks: dict[str, dict[str, list[list[str]]]] = {}
    for ref, group in _by_cell(records).items():
        sheet, coordinate = split_cell(ref)
        if sheet in names:
            marks.setdefault(sheet, {})[coordinate] = group
    with atomic_output(target) as tmp:
        wb = xlsxwriter.Workbook(str(tmp), {"strings_to_formulas": False,
                                            "strings_to_urls": False,
                                            "strings_to_numbers": False})
        wb.set_properties({"comments": f"Checked copy of {path.name}, rebuilt from its cells"})
        for name, value in properties.items():
            wb.set_custom_property(name, value)
        formats = {"date": wb.add_format({"num_format": "yyyy-mm-dd"}),
                   "bold": wb.add_format({"bold": True}),
                   "title": wb.add_format({"bold": True, "font_size": 13}),
                   "link": wb.add_format({"font_color": "#0563C1", "underline": 1}),
                   "wrap": wb.add_format({"text_wrap": True, "valign": "top"})}
        for k in FILL:
            formats[k] = wb.add_format({"bg_color": "#" + FILL[k], "font_color": "#" + FONT[k],
                                        "bold": True})
            formats[k + " date"] = wb.add_format({"bg_color": "#" + FILL[k], "bold": True,
                                                  "font_color": "#" + FONT[k],
                                                  "num_format": "yyyy-mm-dd"})
        _findings_sheet(wb, findings, records, path.name, names, formats)
        for sheet in sources:
            _copy_sheet(wb, sheet, names[sheet.name], marks.get(sheet.name, {}), formats)
        try:
            wb.close()
        except (OSError, XlsxWriterException) as exc:
            raise OutputError(f"{target}: cannot write it ({exc})") from None
    return target


def _findings_sheet(wb, findings: pd.DataFrame, records: list[list[str]], name: str,
                    names: dict[str, str], formats: dict) -> None:
    ws = wb.add_worksheet(SHEET)
    title, note = _summary(findings, name)
    ws.write_string(0, 0, title, formats["title"])
    ws.write_string(1, 0, note)
    for j, h in enumerate(HEADERS):
        ws.write_string(3, j, h, formats["bold"])
    if findings.empty:
        ws.write_string(4, 0, "No problems found.")
    for i, r in enumerate(records, start=4):
        values = _row_values(r)
        for j, v in enumerate(values):
            ws.write_string(i, j, v, formats.get(r[SEVERITY]) if j == 0 else
                            formats["wrap"] if j == 6 else None)
        sheet, coordinate = split_cell(r[CELL]) if r[CELL] else ("", "")
        if sheet in names:
            ws.write_url(i, 2, "internal:" + _ref(names[sheet], coordinate), formats["link"],
                         string=values[2])
    for j, width in enumerate(WIDTHS):
        ws.set_column(j, j, width)
    ws.freeze_panes(4, 0)
    ws.repeat_rows(3)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    if len(findings):
        ws.autofilter(3, 0, 3 + len(findings), 6)
    ws.activate()


def _copy_sheet(wb, sheet, name: str, marks: dict[str, list[list[str]]],
                formats: dict) -> None:
    ws = wb.add_worksheet(name)
    if not sheet.visible:
        ws.hide()
    marked = {}
    for coordinate, group in marks.items():
        try:
            r, c = xl_cell_to_rowcol(coordinate)
        except (ValueError, AttributeError):
            continue
        marked[(r, c)] = group
    for r, row in enumerate(sheet.rows):
        for c, value in enumerate(row):
            group = marked.get((r, c))
            _write(ws, r, c, value, formats, None if group is None else _worst(group))
    for (r, c), group in marked.items():
        if r >= len(sheet.rows) or c >= len(sheet.rows[r]):
            ws.write_blank(r, c, None, formats[_worst(group)])
        ws.write_comment(r, c, _comment_text(group), {"author": "xlkpi", "x_scale": 2,
                                                      "y_scale": 2})
    for r in sheet.hidden_rows:
        ws.set_row(r, None, None, {"hidden": True})


def _write(ws, r: int, c: int, value, formats: dict, worst: str | None) -> None:
    fmt = formats[worst] if worst else None
    if isinstance(value, bool):
        ws.write_boolean(r, c, value, fmt)
    elif isinstance(value, (int, float)):
        if value != value or value in (float("inf"), float("-inf")):
            ws.write_string(r, c, str(value), fmt)
        else:
            ws.write_number(r, c, value, fmt)
    elif isinstance(value, (dt.datetime, dt.date)):
        ws.write_datetime(r, c, value, formats[worst + " date"] if worst else formats["date"])
    elif value == "" or value is None:
        if fmt is not None:
            ws.write_blank(r, c, None, fmt)
    else:
        ws.write_string(r, c, _cut(value, CELL_CHARS), fmt)
