"""The scan of a sheet written any other valid way (single quotes, spaces around `=`,
comments, CDATA, extLst, prefixes, cells without references), through expat: what calamine
reads is what is scanned — comments and extLst are ignored, cells without a reference sit
where calamine puts them. Malformed XML is refused in one line."""

from __future__ import annotations

import re
import xml.parsers.expat as expat

from xlkpi.read import guard
from xlkpi.read.guard import Styles
from xlkpi.read.sheetxml import (
    CELL_TYPES,
    INEXACT,
    NUMBER_TEXT_RE,
    SharedStrings,
    SheetScan,
    blank_span,
    column_letters,
    note_boolean,
    note_error,
    note_far,
    note_number,
    parse_range,
    parse_ref,
)


class ExpatScan:
    """The same scan through an XML parser, for sheets written any other valid way."""

    def __init__(self, xml: bytes, styles: Styles, strings: SharedStrings, path, sheet: str):
        self.xml, self.styles, self.strings = xml, styles, strings
        self.path, self.sheet = path, sheet
        self.scan = SheetScan(fast=False)
        self.parser = expat.ParserCreate()
        self.parser.buffer_text = True
        self.ext = 0  # depth inside extLst, which calamine ignores
        self.in_data = False
        self.row, self.col = -1, -1
        self.cell: dict | None = None
        self.text: list[str] | None = None
        self.refs = 0
        self.string_bytes = 0

    def run(self) -> SheetScan:
        p = self.parser
        p.StartElementHandler, p.EndElementHandler = self.start, self.end
        p.CharacterDataHandler = self.chars
        try:
            p.Parse(self.xml, True)
        except expat.ExpatError as exc:
            raise guard.fail(self.path, f"is damaged (sheet {self.sheet!r} is not well-formed "
                                        f"XML: {exc}); ask for it to be saved and sent again") \
                from None
        self.scan.string_bytes = self.string_bytes
        return self.scan

    def start(self, name: str, a: dict[str, str]) -> None:
        tag = name.rsplit(":", 1)[-1]
        if tag == "extLst" or self.ext:
            self.ext += 1
            return
        a = {k.rsplit(":", 1)[-1]: v for k, v in a.items()}
        if tag == "sheetData":
            self.in_data = True
        elif tag == "mergeCell" and not self.in_data:
            cells = parse_range(a.get("ref", ""))
            if cells is not None:
                self.scan.merged.append(cells)
        elif not self.in_data:
            return
        elif tag == "row":
            r = a.get("r")
            self.row = int(r) - 1 if r is not None and r.strip().isdigit() else self.row + 1
            self.col = -1
            if a.get("hidden", "").strip().lower() in ("1", "true"):
                self.scan.hidden_rows.add(self.row)
        elif tag == "c":
            ref = a.get("r")
            if ref is not None:
                where = parse_ref(ref)
                if where is None:
                    raise guard.fail(self.path, f"sheet {self.sheet!r} has a cell whose "
                                                f"reference {ref[:20]!r} is not valid; refused")
            else:
                where = (max(self.row, 0), self.col + 1)
            self.col = where[1]
            self.cell = {"at": where, "t": a.get("t", "n").strip() or "n", "s": a.get("s", ""),
                         "start": self.parser.CurrentByteIndex, "f": False, "v": None}
        elif self.cell is not None and tag == "f":
            self.cell["f"] = True
        elif self.cell is not None and tag == "v":
            self.text = []
        elif self.cell is not None and tag == "is":
            self.cell["is"] = True
        elif self.cell is not None and tag == "t" and self.cell.get("is"):
            self.text = []

    def chars(self, data: str) -> None:
        if self.text is not None:
            self.text.append(data)

    def end(self, name: str) -> None:
        tag = name.rsplit(":", 1)[-1]
        if self.ext:
            self.ext -= 1
            return
        if tag == "sheetData":
            self.in_data = False
        elif tag == "v" and self.cell is not None and self.text is not None:
            self.cell["v"] = "".join(self.text)
            self.text = None
        elif tag == "t" and self.cell is not None and self.text is not None:
            self.cell["inline"] = self.cell.get("inline", "") + "".join(self.text)
            self.cell["runs"] = self.cell.get("runs", 0) + 1
            self.text = None
        elif tag == "c" and self.cell is not None:
            at = self.parser.CurrentByteIndex
            close = self.xml.find(b">", at)
            self.finish(self.cell, close + 1 if close != -1 else len(self.xml))
            self.cell = None

    def finish(self, cell: dict, end: int) -> None:
        scan, where, t, v = self.scan, cell["at"], cell["t"], cell["v"]
        start = cell["start"]
        scan.cells += 1
        note_far(scan, where[0] + 1, where[1] + 1, f"{column_letters(where[1])}{where[0] + 1}")
        if cell["f"] and (v is None or not v.strip()):
            scan.no_value.add(where)
        if t not in CELL_TYPES:
            scan.blank_out.append((start, end, blank_span(where)))
            return
        if t == "e":
            note_error(scan, where, v, start, end)
        elif t == "b":
            note_boolean(scan, where, v, start, end)
        elif t == "n":
            style = cell["s"]
            if style.strip().isdigit() and int(style) in self.styles.percent:
                scan.percent.append(where)
            if v is not None and INEXACT.search(v):
                scan.inexact = True
            if v is not None and (not re.fullmatch(r"[0-9.]*", v) or re.search(
                    r"\..*\." + ("|[0-9]{7}" if self.styles.dates else ""), v)):
                note_number(scan, self.styles, where, style, v, start, end)
        elif t == "s" and v is not None and v.strip().isdigit():
            i = int(v)
            if i < len(self.strings.lengths):
                self.string_bytes += int(self.strings.lengths[i])
            if i in self.strings.numeric:
                scan.values[where] = self.strings.numeric[i]
        elif t == "inlineStr" and cell.get("runs") == 1 and NUMBER_TEXT_RE.fullmatch(
                cell["inline"]):
            scan.values[where] = cell["inline"]
        elif t == "str" and v is not None and NUMBER_TEXT_RE.fullmatch(v):
            scan.values[where] = v
