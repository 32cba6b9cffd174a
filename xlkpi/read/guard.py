"""Refuse files that are not safe, readable .xlsx workbooks — before any parser touches them.

No spreadsheet reader limits how far a zip part may decompress, so a 1 MB file can cost a
gigabyte of memory. The guard reads the zip directory (declared sizes and ratios), and
`verify_parts` streams every part once through zipfile, which stops at the declared size and
checks the CRC: a part that lies about its size fails there instead of inside the reader.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from xlkpi.core.errors import UnreadableInput

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_MARK = "EncryptedPackage".encode("utf-16-le")
MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """How big an input may be. The defaults allow ~25x the 200,000-row benchmark workbook."""

    max_file_bytes: int = 200 * MiB
    max_part_bytes: int = 256 * MiB  # one decompressed XML part
    max_total_bytes: int = 768 * MiB  # all parts together
    max_ratio: int = 200  # decompressed/compressed, for parts over ratio_floor
    ratio_floor: int = 16 * MiB
    max_cells: int = 5_000_000  # cells in one sheet's used range


DEFAULT_LIMITS = Limits()


def _fail(path: Path, reason: str) -> UnreadableInput:
    return UnreadableInput(f"{path}: {reason}")


def sniff(path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
    """Raise UnreadableInput unless `path` looks like an .xlsx (a zip) of acceptable size."""
    if not path.exists():
        raise _fail(path, "no such file")
    if path.is_dir():
        raise _fail(path, "is a folder, not an Excel workbook")
    size = path.stat().st_size
    if size == 0:
        raise _fail(path, "is empty (0 bytes); ask for the file to be sent again")
    if size > limits.max_file_bytes:
        raise _fail(path, f"is too large ({size / MiB:.0f} MB; the limit is "
                          f"{limits.max_file_bytes / MiB:.0f} MB)")
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise _fail(path, f"cannot be opened ({exc.strerror or exc})") from None
    with fh:
        head = fh.read(8)
        if head.startswith(b"PK"):
            return
        if head == OLE_MAGIC:
            fh.seek(0)
            body = fh.read()
            if ENCRYPTED_MARK in body:
                raise _fail(path, "is password-protected; open it in Excel, remove the "
                                  "password (File > Info > Protect Workbook) and save it")
            raise _fail(path, "is an Excel 97-2003 .xls workbook; open it in Excel and "
                              "save it as .xlsx")
    if head.startswith(b"%PDF"):
        raise _fail(path, "is a PDF, not an Excel workbook")
    if head.startswith((b"<?xml", b"<html", b"<!DOC", b"<HTML")):
        raise _fail(path, "is an XML or web page, not an Excel workbook; open it in "
                          "Excel and save it as .xlsx")
    if all(32 <= b < 127 or b in (9, 10, 13) for b in head):
        raise _fail(path, "is a text (CSV?) file, not an Excel workbook; open it in "
                          "Excel and save it as .xlsx")
    raise _fail(path, "is not an Excel .xlsx workbook")


def open_zip(path: Path, limits: Limits = DEFAULT_LIMITS) -> zipfile.ZipFile:
    """Open the workbook's zip and check its directory. The caller closes it."""
    sniff(path, limits)
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise _fail(path, "is damaged or incomplete (not a complete .xlsx file); ask for "
                          "it to be saved and sent again") from None
    try:
        _check_directory(path, zf, limits)
    except Exception:
        zf.close()
        raise
    return zf


def _check_directory(path: Path, zf: zipfile.ZipFile, limits: Limits) -> None:
    names = set(zf.namelist())
    if "xl/workbook.bin" in names:
        raise _fail(path, "is a binary .xlsb workbook; open it in Excel and save it as .xlsx")
    if "mimetype" in names and "content.xml" in names:
        raise _fail(path, "is an OpenDocument (.ods) spreadsheet; save it as .xlsx")
    if "xl/workbook.xml" not in names:
        raise _fail(path, "is a zip file but not an Excel workbook (no xl/workbook.xml)")
    total = 0
    for info in zf.infolist():
        if info.flag_bits & 0x1:
            raise _fail(path, "has encrypted parts; save it again without a password")
        total += info.file_size
        if info.file_size > limits.max_part_bytes:
            raise _fail(path, f"is too large: part {info.filename} expands to "
                              f"{info.file_size / MiB:.0f} MB (limit "
                              f"{limits.max_part_bytes / MiB:.0f} MB)")
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > limits.ratio_floor and ratio > limits.max_ratio:
            raise _fail(path, f"looks like a zip bomb: part {info.filename} expands "
                              f"{ratio:.0f}x to {info.file_size / MiB:.0f} MB; refused")
    if total > limits.max_total_bytes:
        raise _fail(path, f"is too large: it expands to {total / MiB:.0f} MB (limit "
                          f"{limits.max_total_bytes / MiB:.0f} MB)")


def read_part(path: Path, zf: zipfile.ZipFile, name: str) -> bytes:
    """One XML part, whole, refusing DTDs (entity expansion) and damaged data."""
    try:
        data = zf.read(name)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError):
        raise _fail(path, f"is damaged (part {name} cannot be read); ask for it to be "
                          "saved and sent again") from None
    _refuse_dtd(path, name, data[:4096])
    return data


def verify_parts(path: Path, zf: zipfile.ZipFile, skip: set[str]) -> None:
    """Stream every XML part not in `skip` once: sizes honest, CRCs right, no DTDs."""
    for info in zf.infolist():
        if info.filename in skip or info.is_dir():
            continue
        try:
            with zf.open(info) as fh:
                head = fh.read(4096)
                if info.filename.endswith((".xml", ".rels", ".vml")):
                    _refuse_dtd(path, info.filename, head)
                while fh.read(4 * MiB):
                    pass
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError):
            raise _fail(path, f"is damaged (part {info.filename} is corrupt); ask for it "
                              "to be saved and sent again") from None


def _refuse_dtd(path: Path, name: str, head: bytes) -> None:
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        raise _fail(path, f"part {name} declares XML entities (a possible XML bomb); refused")
