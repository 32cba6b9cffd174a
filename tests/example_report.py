"""The shipped example's report (`xlkpi process examples/returns-2019-21.xlsx`), made once per
test run and shared by the print and accessibility tests, with its LibreOffice PDF and the
text of each PDF page (pdftotext)."""

from __future__ import annotations

import datetime as dt
import functools
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from builders import to_pdf

from xlkpi import pipeline

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "returns-2019-21.xlsx"
CREATED = dt.datetime(2021, 4, 6, 9, 30, tzinfo=dt.UTC)
FOOTER = re.compile(r"^\s*(?P<tab>\S.*?) – (?P<period>\w{3}-\d\d)\s+Page (?P<page>\d+) of "
                    r"(?P<pages>\d+)\s*$", re.M)
HAS_LIBREOFFICE = bool(shutil.which("soffice") and shutil.which("pdftotext"))


@functools.cache
def folder() -> Path:
    return Path(tempfile.mkdtemp(prefix="xlkpi-example-"))


@functools.cache
def report() -> Path:
    """The example's report workbook."""
    out = folder() / "report.xlsx"
    pipeline.process([EXAMPLE], out, created=CREATED)
    return out


@functools.cache
def pdf() -> Path:
    """The report opened by LibreOffice and saved as PDF."""
    return to_pdf(report(), folder(), timeout=600)


@functools.cache
def page_texts() -> tuple[str, ...]:
    """The text of each page of the PDF, in layout order."""
    info = subprocess.run(["pdfinfo", str(pdf())], capture_output=True, text=True,
                          check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    text = subprocess.run(["pdftotext", "-layout", str(pdf()), "-"], capture_output=True,
                          text=True, check=True).stdout
    texts = text.split("\f")[:pages]
    assert len(texts) == pages
    return tuple(texts)


def pages_by_tab() -> dict[str, list[str]]:
    """The PDF's pages grouped by the tab named in their footer ('?' for a page without)."""
    out: dict[str, list[str]] = {}
    for text in page_texts():
        footer = FOOTER.search(text)
        out.setdefault(footer["tab"] if footer else "?", []).append(text)
    return out
