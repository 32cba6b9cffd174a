"""Refuse files that are not safe, readable .xlsx workbooks — before any parser touches them.

No spreadsheet reader limits how far a zip part may decompress, so a 1 MB file can cost a
gigabyte of memory. The guard reads the file once into memory (what is checked is what is
parsed, and a name that is not UTF-8 never reaches a Rust reader), checks the zip directory
(declared sizes and ratios), and reads every part through zipfile, which stops at the
declared size and checks the CRC: a part that lies about its size, or a flipped byte in a
deflate stream, fails here instead of inside the reader. Every XML part is refused if it
declares a DTD anywhere (entity expansion). The small parts that say what the workbook holds
(workbook, relationships, styles, document properties) are parsed as XML here: attributes
quoted either way, any spacing, comments, relative targets — whatever is valid XML.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import Element

from defusedxml import ElementTree as SafeET

from xlkpi.core.errors import UnreadableInput

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_MARK = "EncryptedPackage".encode("utf-16-le")
MiB = 1024 * 1024
# what zipfile and zlib raise on damaged data
DAMAGED = (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError,
           NotImplementedError, zlib.error, KeyError, RuntimeError)


@dataclass(frozen=True)
class Limits:
    """How big an input may be. The file and part sizes allow ~25x the 200,000-row benchmark
    workbook; the grid limits allow ~2x its 1.4 million cells (430,000 rows of 7 columns): a
    whole `xlkpi process` of 400,000 rows peaks at ~750 MB (reader and main process), while
    700,000 dense rows took 2.1 GB — most of it validation's per-row frames."""

    max_file_bytes: int = 200 * MiB
    max_part_bytes: int = 256 * MiB  # one decompressed XML part
    max_total_bytes: int = 768 * MiB  # all parts together
    max_ratio: int = 200  # decompressed/compressed, for parts over ratio_floor
    ratio_floor: int = 16 * MiB
    max_cells: int = 3_000_000  # one sheet's grid, from A1 to its last row and column
    max_book_cells: int = 6_000_000  # the grids of all sheets read, added up
    max_rows: int = 1_048_576  # Excel's own limits
    max_cols: int = 16_384
    max_string_chars: int = 32_767  # one cell's text (Excel's limit)
    max_string_bytes: int = 256 * MiB  # the text of every cell that refers to a shared string


DEFAULT_LIMITS = Limits()


def fail(path: Path | str, reason: str) -> UnreadableInput:
    return UnreadableInput(f"{path}: {reason}")


def damaged(path: Path | str, part: str) -> UnreadableInput:
    return fail(path, f"is damaged (part {part} is corrupt); ask for it to be saved and "
                      "sent again")


def snapshot(path: Path, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The whole file, once it looks like an .xlsx (a zip) of acceptable size."""
    try:
        if not path.exists():
            raise fail(path, "no such file")
        if path.is_dir():
            raise fail(path, "is a folder, not an Excel workbook")
        size = path.stat().st_size
    except OSError as exc:  # a symlink loop, a name too long, no permission on the folder
        raise fail(path, f"cannot be opened ({exc.strerror or type(exc).__name__})") from None
    if size == 0:
        raise fail(path, "is empty (0 bytes); ask for the file to be sent again")
    if size > limits.max_file_bytes:
        raise fail(path, f"is too large ({size / MiB:.0f} MB; the limit is "
                         f"{limits.max_file_bytes / MiB:.0f} MB)")
    try:
        with path.open("rb") as fh:
            data = fh.read(limits.max_file_bytes + 1)
    except OSError as exc:
        raise fail(path, f"cannot be opened ({exc.strerror or type(exc).__name__})") from None
    if len(data) > limits.max_file_bytes:
        raise fail(path, "is too large (it grew while being read)")
    head = data[:8]
    if head.startswith(b"PK"):
        return data
    if head == OLE_MAGIC:
        if ENCRYPTED_MARK in data:
            raise fail(path, "is password-protected; open it in Excel, remove the "
                             "password (File > Info > Protect Workbook) and save it")
        raise fail(path, "is an Excel 97-2003 .xls workbook; open it in Excel and "
                         "save it as .xlsx")
    if head.startswith(b"%PDF"):
        raise fail(path, "is a PDF, not an Excel workbook")
    if head.startswith((b"<?xml", b"<html", b"<!DOC", b"<HTML")):
        raise fail(path, "is an XML or web page, not an Excel workbook; open it in "
                         "Excel and save it as .xlsx")
    if all(32 <= b < 127 or b in (9, 10, 13) for b in head):
        raise fail(path, "is a text (CSV?) file, not an Excel workbook; open it in "
                         "Excel and save it as .xlsx")
    raise fail(path, "is not an Excel .xlsx workbook")


def sniff(path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
    """Raise UnreadableInput unless `path` looks like an .xlsx (a zip) of acceptable size."""
    snapshot(path, limits)


def open_zip(path: Path, limits: Limits = DEFAULT_LIMITS,
             data: bytes | None = None) -> zipfile.ZipFile:
    """The workbook's zip (over `data`, the file's bytes, when given), its directory checked.
    The caller closes it."""
    if data is None:
        data = snapshot(path, limits)
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except DAMAGED:
        raise fail(path, "is damaged or incomplete (not a complete .xlsx file); ask for "
                         "it to be saved and sent again") from None
    try:
        check_directory(path, zf, limits)
    except BaseException:
        zf.close()
        raise
    return zf


def check_directory(path: Path, zf: zipfile.ZipFile, limits: Limits) -> None:
    names = set(zf.namelist())
    if "xl/workbook.bin" in names:
        raise fail(path, "is a binary .xlsb workbook; open it in Excel and save it as .xlsx")
    if "mimetype" in names and "content.xml" in names:
        raise fail(path, "is an OpenDocument (.ods) spreadsheet; save it as .xlsx")
    if "xl/workbook.xml" not in names:
        raise fail(path, "is a zip file but not an Excel workbook (no xl/workbook.xml)")
    total = 0
    for info in zf.infolist():
        if info.flag_bits & 0x1:
            raise fail(path, "has encrypted parts; save it again without a password")
        total += info.file_size
        if info.file_size > limits.max_part_bytes:
            raise fail(path, f"is too large: part {info.filename} expands to "
                             f"{info.file_size / MiB:.0f} MB (limit "
                             f"{limits.max_part_bytes / MiB:.0f} MB)")
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > limits.ratio_floor and ratio > limits.max_ratio:
            raise fail(path, f"looks like a zip bomb: part {info.filename} expands "
                             f"{ratio:.0f}x to {info.file_size / MiB:.0f} MB; refused")
    if total > limits.max_total_bytes:
        raise fail(path, f"is too large: it expands to {total / MiB:.0f} MB (limit "
                         f"{limits.max_total_bytes / MiB:.0f} MB)")


def read_part(path: Path, zf: zipfile.ZipFile, name: str) -> bytes:
    """One XML part, whole, refusing DTDs (entity expansion) and damaged data."""
    try:
        data = zf.read(name)
    except KeyError:
        raise
    except DAMAGED:
        raise damaged(path, name) from None
    refuse_dtd(path, name, data)
    return data


def verify_parts(path: Path, zf: zipfile.ZipFile, skip: set[str]) -> None:
    """Stream every part not in `skip` once: sizes honest, CRCs right, no DTDs anywhere."""
    for info in zf.infolist():
        if info.filename in skip or info.is_dir():
            continue
        xml = info.filename.endswith((".xml", ".rels", ".vml"))
        try:
            with zf.open(info) as fh:
                tail = b""
                while block := fh.read(4 * MiB):
                    if xml:
                        refuse_dtd(path, info.filename, tail + block)
                        tail = block[-16:]
        except DAMAGED:
            raise damaged(path, info.filename) from None


def refuse_dtd(path: Path, name: str, data: bytes) -> None:
    """A DTD anywhere in an XML part is refused: after a comment of any length too."""
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise fail(path, f"part {name} declares XML entities (a possible XML bomb); refused")


def parse_xml(path: Path, name: str, data: bytes) -> Element:
    """A small XML part as an element tree (no DTDs, no entities)."""
    try:
        return SafeET.fromstring(data)
    except Exception:  # ParseError, defusedxml's refusals
        raise fail(path, f"is damaged (part {name} is not well-formed XML); ask for it to "
                         "be saved and sent again") from None


def local(tag: str) -> str:
    """'{namespace}name' or 'prefix:name' -> 'name'."""
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


def attrs(el: Element) -> dict[str, str]:
    """An element's attributes by local name (r:id -> id)."""
    return {local(k): v for k, v in el.attrib.items()}


# --- workbook structure ----------------------------------------------------------------------
@dataclass(frozen=True)
class SheetPart:
    part: str  # zip member
    worksheet: bool  # False for chart and dialog sheets
    visible: bool


@dataclass(frozen=True)
class Styles:
    percent: frozenset[int] = frozenset()  # cellXfs indexes whose format shows a scaling %
    dates: frozenset[int] = frozenset()  # ... whose format shows a date or time


def sheet_parts(path: Path, zf: zipfile.ZipFile) -> dict[str, SheetPart]:
    """Sheet name -> its part, in workbook order."""
    wb = parse_xml(path, "xl/workbook.xml", read_part(path, zf, "xl/workbook.xml"))
    rels = relationships(path, zf, "xl/workbook.xml")
    parts = {}
    for el in wb.iter():
        if local(el.tag) != "sheet":
            continue
        a = attrs(el)
        rel = rels.get(a.get("id", ""))
        name = a.get("name")
        if not name or rel is None or rel[0] not in zf.NameToInfo or name in parts:
            continue
        target, kind = rel
        parts[name] = SheetPart(target, kind.endswith("/worksheet"),
                                a.get("state", "visible") == "visible")
    return parts


def relationships(path: Path, zf: zipfile.ZipFile, source: str) -> dict[str, tuple[str, str]]:
    """Relationship Id -> (zip member, type) of the part `source`; external targets left out.
    Targets resolve as paths: `worksheets/s.xml`, `./worksheets/…`, `/xl/…`, `../xl/…`, and
    backslashes."""
    folder, base = posixpath.split(source)
    name = posixpath.join(folder, "_rels", base + ".rels")
    if name not in zf.NameToInfo:
        return {}
    tree = parse_xml(path, name, read_part(path, zf, name))
    out = {}
    for el in tree.iter():
        if local(el.tag) != "Relationship":
            continue
        a = attrs(el)
        if a.get("TargetMode", "").strip().lower() == "external":
            continue
        out[a.get("Id", "")] = (resolve_target(folder, a.get("Target", "")), a.get("Type", ""))
    return out


WORKBOOK_RELS = "xl/_rels/workbook.xml.rels"


def plain_workbook_rels(path: Path, zf: zipfile.ZipFile) -> bytes | None:
    """The workbook's relationships rewritten with plain absolute targets, when a target is
    written a way calamine does not resolve (`./worksheets/…`, `../xl/…`, backslashes);
    None when they are plain already."""
    if WORKBOOK_RELS not in zf.NameToInfo:
        return None
    tree = parse_xml(path, WORKBOOK_RELS, read_part(path, zf, WORKBOOK_RELS))
    out, odd = [], False
    for el in tree.iter():
        if local(el.tag) != "Relationship":
            continue
        a = attrs(el)
        target, external = a.get("Target", ""), a.get("TargetMode", "").lower() == "external"
        if not external:
            member = resolve_target("xl", target)
            naive = target[1:] if target.startswith("/") else "xl/" + target
            odd |= naive != member
            target = "/" + member
        out.append((a.get("Id", ""), a.get("Type", ""), target, external))
    if not odd:
        return None
    body = "".join(f'<Relationship Id="{_esc(i)}" Type="{_esc(t)}" Target="{_esc(g)}"'
                   + (' TargetMode="External"' if ext else "") + "/>"
                   for i, t, g, ext in out)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="'
            'http://schemas.openxmlformats.org/package/2006/relationships">' + body +
            "</Relationships>").encode()


def _esc(text: str) -> str:
    return (text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
            .replace(">", "&gt;"))


def resolve_target(folder: str, target: str) -> str:
    """A relationship target (relative to `folder`) as a zip member name."""
    target = target.strip().replace("\\", "/")
    joined = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
    parts: list[str] = []
    for piece in joined.split("/"):
        if piece in ("", "."):
            continue
        if piece == "..":
            if parts:
                parts.pop()
            continue
        parts.append(piece)
    return "/".join(parts)


def workbook_part(path: Path, zf: zipfile.ZipFile, kind: str, default: str) -> str:
    """The workbook's part of a relationship type ending in `kind` ('/styles', ...)."""
    for target, rel_type in relationships(path, zf, "xl/workbook.xml").values():
        if rel_type.endswith(kind):
            return target
    return default


def optional_part(path: Path, zf: zipfile.ZipFile, name: str) -> bytes:
    return read_part(path, zf, name) if name in zf.NameToInfo else b""


# Excel's built-in number formats that show a date or time
BUILTIN_DATES = frozenset([*range(14, 23), *range(27, 37), *range(45, 48), *range(50, 59),
                           *range(71, 82)])
_LITERAL = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.')


def read_styles(path: Path, zf: zipfile.ZipFile) -> Styles:
    """Which cell styles show a percent sign that scales the number (`0.0%`, not the quoted
    `0.0"%"` of xlkpi's reports), and which a date."""
    name = workbook_part(path, zf, "/styles", "xl/styles.xml")
    if name not in zf.NameToInfo:
        return Styles()
    tree = parse_xml(path, name, read_part(path, zf, name))
    percent_fmts, date_fmts = {9, 10}, set(BUILTIN_DATES)
    for el in tree.iter():
        if local(el.tag) != "numFmt":
            continue
        a = attrs(el)
        fid = a.get("numFmtId", "").strip()
        if not fid.isdigit():
            continue
        code = _LITERAL.sub("", a.get("formatCode", ""))
        if "%" in code:
            percent_fmts.add(int(fid))
        if re.search(r"[dmyhs]", code, re.I):
            date_fmts.add(int(fid))
        else:
            date_fmts.discard(int(fid))
    percent, dates = set(), set()
    for el in tree.iter():
        if local(el.tag) != "cellXfs":
            continue
        for i, xf in enumerate(x for x in el if local(x.tag) == "xf"):
            fid = attrs(xf).get("numFmtId", "0").strip()
            if fid.isdigit() and int(fid) in percent_fmts:
                percent.add(i)
            if fid.isdigit() and int(fid) in date_fmts:
                dates.add(i)
        break
    return Styles(frozenset(percent), frozenset(dates))


CUSTOM_PROPERTIES = "docProps/custom.xml"


def custom_properties(path: Path, zf: zipfile.ZipFile) -> dict[str, str]:
    """docProps/custom.xml as name -> text."""
    name = CUSTOM_PROPERTIES
    if name not in zf.NameToInfo:
        return {}
    tree = parse_xml(path, name, read_part(path, zf, name))
    return {attrs(p)["name"]: "".join(p.itertext()).strip() for p in tree.iter()
            if local(p.tag) == "property" and attrs(p).get("name")}
