"""Which files a run reads (DESIGN §8): RETURNS may be files, folders (every .xlsx inside,
recursively) or quoted glob patterns, expanded here because Windows shells do not.

What a returns folder also holds at month end is skipped with a note, recognised by what
xlkpi writes inside its own workbooks (custom document properties), never by file name:
xlkpi's reports; annotated copies (`NAME.checked.xlsx`) while the workbook they were made from
is among the inputs too; and Excel's `~$` lock files. This module imports nothing heavy: the
CLI expands the inputs before it starts reading them (the guard is light: no numpy).
"""

from __future__ import annotations

import glob
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from xlkpi.core.errors import BadArgument
from xlkpi.core.vocabulary import COPY_MARK, REPORT_MARK
from xlkpi.read.marks import xlkpi_marks


@dataclass
class Inputs:
    paths: list[Path] = field(default_factory=list)  # the returns to read, in order
    notes: list[str] = field(default_factory=list)  # one line per file skipped, and why


def expand(arguments: list[str | Path]) -> Inputs:
    """The files named by `arguments`, with xlkpi's own workbooks and lock files skipped.
    BadArgument (one line) when an argument names nothing."""
    found: list[Path] = []
    for arg in arguments:
        found += _expand_one(str(arg))
    out = Inputs()
    kept = []
    for path in found:
        if path.name.startswith("~$"):
            out.notes.append(f"Skipped {path.name}: an Excel lock file (the workbook is open "
                             "in Excel), not a return")
            continue
        props = xlkpi_marks(path) if path.suffix.lower() == ".xlsx" else {}
        if REPORT_MARK in props:
            out.notes.append(f"Skipped {path.name}: an xlkpi report, not a return")
            continue
        kept.append((path, props.get(COPY_MARK, "")))
    names = {p.name.lower() for p, copy_of in kept if not copy_of}
    for path, copy_of in kept:
        if copy_of and copy_of.lower() in names:
            out.notes.append(
                f"Skipped {path.name}: the annotated copy of {copy_of}, which is read instead. "
                f"If the copy holds the team's corrections, move {copy_of} out of the inputs "
                "and run again.")
            continue
        out.paths.append(path)
    if not out.paths:
        what = "; ".join(out.notes) if out.notes else "no workbooks"
        raise BadArgument(f"no returns to read ({what})")
    return out


def _expand_one(arg: str) -> list[Path]:
    path = Path(arg)
    if path.is_dir():
        books = sorted((p for p in path.rglob("*") if p.suffix.lower() == ".xlsx"
                        and p.is_file()), key=lambda p: str(p).lower())
        if not books:
            raise BadArgument(f"folder {arg} holds no .xlsx workbooks")
        return books
    if path.exists() or not glob.has_magic(arg):
        return [path]  # a file; the reader says why when it is not a workbook (or missing)
    matches = sorted((Path(m) for m in glob.glob(arg, recursive=True)),
                     key=lambda p: str(p).lower())
    books = [m for m in matches if m.is_file()]
    if not books:
        raise BadArgument(f"no files match {arg}")
    return books


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes, read a megabyte at a time (the run records each input's;
    an annotated copy records its workbook's)."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()
