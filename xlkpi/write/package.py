"""The report's zip written once, its parts compressed on several threads: xlsxwriter makes
every part, with the document's language put into docProps/core.xml as that part is made
(xlsxwriter writes no dc:language; xlsx.set_language would read the zip back and compress it
all again), and the parts are zipped by deflate.write_zip, each deflated as soon as it is made
(the worksheets, the bulk of the bytes, while xlsxwriter goes on to make the charts).

Relies on xlsxwriter's private `Workbook._get_packager` (its way to swap the packager),
`_store_workbook`, `Packager._create_package`, `_write_worksheet_files`, `_write_core_file`,
`_write_shared_strings_file` and `filenames`, and `SharedStrings._write_sst_strings` and
`string_table.string_array` (xlsxwriter 3.3): the shared strings, which hold the Data tab's
text, are written in one pass where none needs xlsxwriter's escapes or is rich text. Guarded:
if xlsxwriter packaged without this packager, the zip it wrote (to a buffer) is the file; a
workbook whose language was not put in while packaging gets it from set_language after
closing. Either way the same parts, byte for byte (tests/test_package.py).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from io import BytesIO, StringIO
from itertools import filterfalse
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import xlsxwriter
from xlsxwriter.packager import Packager
from xlsxwriter.sharedstrings import SharedStrings

from xlkpi.write import deflate
from xlkpi.write.sheet_cells import ReportSheet
from xlkpi.write.xlsx import OPTIONS, set_language

FAST = True  # off: xlsxwriter's packager and zip, then set_language (the reference)
CORE = "docProps/core.xml"
SST = "xl/sharedStrings.xml"
END = "</cp:coreProperties>"
_LITERAL = re.compile(r"_x[0-9a-fA-F]{4}_")  # what _write_si escapes, with the controls:
_KEPT = bytes([9, 10, *range(32, 256)])  # the bytes of UTF-8 text it leaves as they are


class Book(xlsxwriter.Workbook):
    """An xlsxwriter workbook at `path` with xlsx.OPTIONS (and any others) whose document
    properties have the language `language` (dc:language, e.g. en-GB)."""

    def __init__(self, path: Path | str, language: str, **options: Any) -> None:
        super().__init__(os.fspath(path), {**OPTIONS, **options})  # a buffer: TypeError
        if FAST:
            self.worksheet_class = ReportSheet
        self.language = language
        self.language_written = False
        self.pool: ThreadPoolExecutor | None = None  # while packaging: deflates the parts
        self.parts: list[deflate.Part] | None = None  # the parts, when _Packager made them

    def _get_packager(self) -> Packager:
        return _Packager() if FAST else super()._get_packager()

    def _store_workbook(self) -> None:
        if FAST and self.in_memory:
            self._store_parts()
        else:
            super()._store_workbook()
        if not self.language_written:
            set_language(self.filename, self.language)
            self.language_written = True

    def _store_parts(self) -> None:
        """xlsxwriter's packaging, with its zip (of no parts, when _Packager took them) made
        in a buffer; then the zip of the parts."""
        target, self.filename = self.filename, BytesIO()
        self.parts = None
        try:
            with ThreadPoolExecutor(deflate.threads()) as self.pool:
                super()._store_workbook()
                if self.parts is not None:
                    deflate.write_zip(target, self.parts, zip64=self.allow_zip64)
        finally:
            sink, self.filename, self.pool = self.filename, target, None
        if self.parts is None:  # xlsxwriter zipped every part itself
            Path(target).write_bytes(sink.getvalue())
        self.parts = None  # free the parts' bytes


class _Packager(Packager):
    """xlsxwriter's packager, which hands its parts to its Book to deflate (each as soon as
    it is made) and zip, instead of to xlsxwriter's zip; and puts the language into core.xml.

    The shared strings (3.4 MB of the 200k report, the slowest part to deflate) are made
    first, before the worksheets, so that they deflate while the sheets are assembled: their
    table is complete once xlsxwriter has sorted it, and nothing written later adds to it
    (checked: made again, in their place, if the table has changed since)."""

    def __init__(self) -> None:
        super().__init__()
        self._parts: list[deflate.Part] = []  # self.filenames[:len(self._parts)], deflating
        self._early: tuple[tuple, StringIO, deflate.Part | None] | None = None  # the strings

    def _create_package(self) -> list:
        files = super()._create_package()
        book = self.workbook
        if not isinstance(book, Book) or book.pool is None \
                or not all(isinstance(fh, (StringIO, BytesIO)) for fh, _, _ in files):
            return files
        self._deflate()
        if len(self._parts) != len(files):
            return files
        book.parts = self._parts
        return []  # for xlsxwriter's zip: nothing

    def _filename(self, xml_filename: str) -> Any:
        self._deflate()  # every part before this one is made
        return super()._filename(xml_filename)

    def _write_worksheet_files(self) -> None:
        self._early_strings()
        super()._write_worksheet_files()

    def _deflate(self) -> None:
        """Start deflating each part made since the last call."""
        pool = getattr(self.workbook, "pool", None)
        if pool is None:
            return
        for fh, name, binary in self.filenames[len(self._parts):]:
            if not isinstance(fh, (StringIO, BytesIO)):
                return
            early = self._early
            if early is not None and fh is early[1] and early[2] is not None:
                self._parts.append(early[2])  # deflating since before the worksheets
                continue
            data = fh.getvalue() if binary else fh.getvalue().encode("utf-8")
            self._parts.append(deflate.deflate(pool, name, data))

    def _early_strings(self) -> None:
        """Make the shared strings part now and start deflating it (see the class)."""
        table = getattr(self.workbook, "str_table", None)
        pool = getattr(self.workbook, "pool", None)
        if pool is None or not self.in_memory or not self._sst_ready(table) or not table.count:
            return
        fh = StringIO()
        self._write_sst(table, fh)
        part = deflate.deflate(pool, SST, fh.getvalue().encode("utf-8"))
        self._early = (self._sst_state(table), fh, part)

    @staticmethod
    def _sst_ready(table: Any) -> bool:
        return hasattr(table, "count") and hasattr(table, "unique_count") \
            and isinstance(getattr(table, "string_array", None), list)

    @staticmethod
    def _sst_state(table: Any) -> tuple:
        return table.count, table.unique_count, len(table.string_array), len(table.string_table)

    @staticmethod
    def _write_sst(table: Any, fh: StringIO) -> None:
        sst = _SharedStrings()
        sst.string_table = table
        sst._set_xml_writer(fh)
        sst._assemble_xml_file()

    def _write_core_file(self) -> None:
        super()._write_core_file()
        book = self.workbook
        fh, name, binary = self.filenames[-1]
        if name != CORE or not isinstance(fh, StringIO) or len(self._parts) == len(self.filenames):
            return  # not the part expected, or deflating already: set_language after closing
        xml = fh.getvalue()
        if xml.count(END) != 1 or "<dc:language>" in xml:
            return
        part = StringIO()
        part.write(xml.replace(END, f"<dc:language>{escape(book.language)}</dc:language>{END}"))
        self.filenames[-1] = (part, name, binary)
        book.language_written = True

    def _write_shared_strings_file(self) -> None:
        """Packager._write_shared_strings_file with _SharedStrings (an xlsxwriter without
        the parts it uses: its own)."""
        table = getattr(self.workbook, "str_table", None)
        if not hasattr(self, "_filename") or not hasattr(table, "count"):
            super()._write_shared_strings_file()
            return
        if not table.count:
            return
        early, self._early = self._early, None
        if early is not None and self._sst_ready(table) and early[0] == self._sst_state(table):
            self._deflate()
            self._early = early
            self.filenames.append((early[1], SST, False))  # made and deflating already
            return
        self._write_sst(table, self._filename(SST))


class _SharedStrings(SharedStrings):
    """xlsxwriter's shared strings part, its `<si>` elements made in one pass when no string
    needs its control-character escapes or is rich text's XML (else made its own way)."""

    def _write_sst_strings(self) -> None:
        strings = getattr(self.string_table, "string_array", None)
        big = "\x00".join(strings) if isinstance(strings, list) else ""
        if not strings or ("<" in big and "<r>" in big) or _escaped(big, strings):
            super()._write_sst_strings()  # (no text holds the separator: _escaped)
            return
        big = big.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        keep = ' xml:space="preserve"'
        self.fh.write("".join([
            f"<si><t{keep if t[:1].isspace() or t[-1:].isspace() else ''}>{t}</t></si>"
            for t in big.split("\x00")]))


def _escaped(big: str, strings: Iterable[str]) -> bool:
    """Whether xlsxwriter's _escape_control_characters would change any of `strings` (`big`:
    them joined by \x00): byte and substring searches, a regex over it all takes three times
    as long. ASCII text (most of it) is searched as bytes, all at once; of the rest, only the
    text that is not printable (a printable text has no control, U+FFFE or U+FFFF)."""
    if "_" in big and _LITERAL.search(big):
        return True
    strings = strings if isinstance(strings, list) else list(strings)
    if "".join(filter(str.isascii, strings)).encode("ascii").translate(None, _KEPT):
        return True
    odd = "".join(filterfalse(str.isprintable, filterfalse(str.isascii, strings)))
    raw = odd.encode("utf-8", "surrogatepass")
    return bool(raw.translate(None, _KEPT)) or "\ufffe" in odd or "\uffff" in odd
