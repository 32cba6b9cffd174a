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

import warnings
import zipfile
from pathlib import Path

import pandas as pd
from openpyxl import load_workbook
from openpyxl.comments import Comment
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.hyperlink import Hyperlink

from xlkpi.core.errors import BadArgument, OutputError
from xlkpi.core.vocabulary import COPY_MARK, SOURCE_SHA_MARK
from xlkpi.read.inputs import file_sha256
from xlkpi.read.marks import xlkpi_marks
from xlkpi.write.annotate_rebuilt import rebuilt
from xlkpi.write.files import atomic_output, refuse_input_as_output
from xlkpi.write.findings_marks import (
    FILL,
    FONT,
    HEADERS,
    SEVERITY,
    SHEET,
    WIDTHS,
    by_cell,
    comment_text,
    listed,
    records_of,
    row_values,
    split_cell,
    summary,
    worst,
)
from xlkpi.write.styles import LINK_BLUE


def checked_path(path: Path, marks: dict[str, str] | None = None) -> Path:
    """returns.xlsx -> returns.checked.xlsx, beside it. An annotated copy sent back is
    named after the workbook it was made from: its copy is that workbook's checked copy."""
    marks = xlkpi_marks(path) if marks is None else marks
    source = marks.get(COPY_MARK, "")
    stem = Path(source).stem if source else path.stem
    while stem.lower().endswith(".checked"):
        stem = stem[: -len(".checked")]
    return path.with_name(f"{stem}.checked.xlsx")


def annotate_all(validation, progress=lambda _: None) -> list[Path]:
    """A checked copy of each input file that has findings (a team with nothing to fix gets
    none). Every target is checked before anything is written: a copy would never go over
    an input (one line, BadArgument)."""
    frame = validation.report.frame
    files = [p for p in validation.returns.files if (frame["file"] == str(p)).any()]
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
    properties = {COPY_MARK: path.name, SOURCE_SHA_MARK: file_sha256(path)}
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
    return rebuilt(path, findings, target, properties)




def _has_external_parts(path: Path) -> bool:
    """External links or macros, which an output must not carry (DESIGN §9)."""
    try:
        with zipfile.ZipFile(path) as zf:
            return any(n.startswith("xl/externalLinks/") or n.endswith("vbaProject.bin")
                       for n in zf.namelist())
    except (OSError, zipfile.BadZipFile):
        return False


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
    records = records_of(findings)
    sheets = set(wb.sheetnames)
    for ref, group in by_cell(records).items():
        sheet, coordinate = split_cell(ref)
        if sheet not in sheets:
            continue
        cell = wb[sheet][coordinate]
        mark = worst(group)
        cell.fill, cell.font = fills[mark], fonts[mark]
        comment = Comment(comment_text(group), "xlkpi")
        comment.width, comment.height = 320, min(60 + 40 * min(len(group), 6), 300)
        cell.comment = comment

    ws = wb.create_sheet(SHEET, 0)
    title, note = summary(findings, path.name)
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
    link_font = Font(color=LINK_BLUE.lstrip("#"), underline="single")
    wrap = Alignment(wrap_text=True, vertical="top")
    lines = listed(records)
    for i, (r, target_cell) in enumerate(lines, start=5):
        values = row_values(r)
        ws.append(values)
        for j, v in enumerate(values, start=1):
            if v.startswith("="):  # text that starts with '=' stays text
                ws.cell(row=i, column=j).data_type = "s"
        ws.cell(row=i, column=1).font = fonts.get(r[SEVERITY], bold)
        ws.cell(row=i, column=7).alignment = wrap
        if target_cell and split_cell(target_cell)[0] in sheets:
            link = ws.cell(row=i, column=3)
            link.hyperlink = Hyperlink(ref=link.coordinate, location=target_cell)
            link.font = link_font
    for letter, width in zip("ABCDEFG", WIDTHS, strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A5"
    ws.print_title_rows = "4:4"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if lines:
        ws.auto_filter.ref = f"A4:G{4 + len(lines)}"
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
