"""FastScan as it was before its passes were made fewer and cheaper (commit 448d84c): the
reference the new one must equal on every input (tests/test_fastscan_equivalence.py)."""

from __future__ import annotations

import html
import re

import numpy as np

from xlkpi.read import guard
from xlkpi.read.guard import Styles
from xlkpi.read.sheetxml import (
    INEXACT,
    NUMBER_TEXT,
    Cell,
    SharedStrings,
    SheetScan,
    column_letters,
    column_number,
    merged_cells,
    note_boolean,
    note_error,
    note_far,
    note_number,
    parse_ref,
)


class OldFastScan:
    """Byte searches over a plainly written sheet: a dozen passes of C-speed counting and
    searching, and only what is rare (errors, formulas, odd numbers) looked at one by one.
    `run` gives None when the sheet is not written plainly, and expat scans it instead.

    Plain means: every tag is one of `<row r="`, `<c r="`, `<v>`, `<f>`/`<f `, `<is>`,
    `<t>`/`<t ` (so no comment, CDATA, processing instruction, extLst or other prefix, and
    every row and cell has its reference first); every `=` is followed by a double quote
    and preceded by a name; cell types are known ones."""

    def __init__(self, xml: bytes, span: tuple[int, int], p: bytes, styles: Styles,
                 strings: SharedStrings, grid_limit: int):
        self.xml, (self.lo, self.hi), self.p = xml, span, p
        self.grid_limit = grid_limit  # a declared dimension larger than this is not trusted
        self.styles, self.strings = styles, strings
        self.scan = SheetScan(fast=True)
        self.c_open = b"<" + p + b'c r="'
        self.tags: dict[bytes, int] = {}

    def count(self, needle: bytes) -> int:
        return self.xml.count(needle, self.lo, self.hi)

    def plain(self) -> bool:
        x, p = self.xml, self.p
        if x.find(b"<!", self.hi) != -1 or x.find(b"<!", 0, self.lo) != -1:
            return False
        rest = self.count(b"<") - self.count(b"</")
        for known in (b'c r="', b'row r="', b"v>", b"f>", b"f ", b"is>", b"t>", b"t "):
            if rest <= 0:
                break
            self.tags[known] = n = self.count(b"<" + p + known)
            rest -= n
        if rest != 0:
            return False
        return re.compile(rb'=(?:[^"]|(?<=\s=)")').search(x, self.lo, self.hi) is None

    def run(self) -> SheetScan | None:
        if not self.plain():
            return None
        scan = self.scan
        scan.cells = self.tags.get(b'c r="', 0)
        if scan.cells and not self._bounds():
            return None
        if not self._types():
            return None
        if self.tags.get(b"f>") or self.tags.get(b"f "):
            self._formulas()
        self._percent()
        self._numbers()
        self._hidden()
        self._strings()
        self._number_texts()
        return merged_cells(self.xml, scan, self.hi)

    def _cell_at(self, pos: int) -> tuple[Cell | None, dict[str, str], int, int]:
        """The cell whose start tag (or body) holds byte `pos`: where, attributes, span."""
        start = self.xml.rfind(self.c_open, self.lo, pos + 1)
        tag_end = self.xml.find(b">", start)
        tag = self.xml[start:tag_end + 1]
        a = {k.decode(): html.unescape(v.decode("utf-8", "replace"))
             for k, v in re.findall(rb'([\w:]+)="([^"]*)"', tag)}
        if tag.endswith(b"/>"):
            end = tag_end + 1
        else:
            end = self.xml.find(b"</" + self.p + b"c>", tag_end) + len(self.p) + 4
        return parse_ref(a.get("r", "")), a, start, end

    def _in_cell_tag(self, pos: int) -> bool:
        return self.xml.startswith(self.c_open, self.xml.rfind(b"<", self.lo, pos))

    def _value(self, start: int, end: int) -> str | None:
        v_open = b"<" + self.p + b"v>"
        at = self.xml.find(v_open, start, end)
        if at == -1:
            return None
        stop = self.xml.find(b"<", at + len(v_open), end)
        return html.unescape(self.xml[at + len(v_open):stop].decode("utf-8", "replace"))

    def _bounds(self) -> bool:
        x, scan, p = self.xml, self.scan, re.escape(self.p)
        odd = rb'(?![A-Z]{1,3}[1-9][0-9]{0,6}")'
        dim = re.compile(rb"<" + p + rb'dimension ref="([A-Z]{1,3})?(\d+)?:?([A-Z]{1,3})(\d+)"'
                         ).search(x, 0, self.lo)
        if dim is not None:
            rows, cols = int(dim.group(4)), column_number(dim.group(3).decode())
            beyond = re.compile(rb"<" + p + rb'c r="(?:' + odd + rb"|(?:" +
                                _more_letters(dim.group(3)) + rb")[0-9]|[A-Z]+(?:" +
                                _more_digits(dim.group(4)) + rb')")')
            if rows * cols <= self.grid_limit and beyond.search(x, self.lo, self.hi) is None:
                note_far(scan, rows, cols, f"{column_letters(cols - 1)}{rows}")
                return True
        if re.compile(rb"<" + p + rb'c r="' + odd).search(x, self.lo, self.hi):
            return False
        refs = re.compile(rb"<" + p + rb'c r="([A-Z]{1,3})([0-9]{1,7})"').findall(
            x, self.lo, self.hi)
        best_row = max(int(r) for _, r in refs)
        letters = max((c for c, _ in refs), key=lambda c: (len(c), c))
        best_col = column_number(letters.decode())
        note_far(scan, best_row, best_col, f"{column_letters(best_col - 1)}{best_row}")
        return True

    def _types(self) -> bool:
        """Error and TRUE/FALSE cells; False when a cell type is not a known one."""
        pattern = re.compile(rb' t="(?!(?:n|s|str|inlineStr|d)")([^"]*)"')
        for m in pattern.finditer(self.xml, self.lo, self.hi):
            if not self._in_cell_tag(m.start()):
                continue
            kind = m.group(1)
            if kind not in (b"e", b"b"):
                return False
            where, _, start, end = self._cell_at(m.start())
            value = self._value(start, end)
            if kind == b"e":
                note_error(self.scan, where, value, start, end)
            else:
                note_boolean(self.scan, where, value, start, end)
        return True

    def _formulas(self) -> None:
        p = re.escape(self.p)
        lonely = re.compile(rb"<" + p + rb"f\b[^>]*?(?:/>|>[^<]*</" + p + rb"f>)\s*(?:<" + p +
                            rb"v\s*/>|<" + p + rb"v>\s*</" + p + rb"v>)?\s*</" + p + rb"c>")
        for m in lonely.finditer(self.xml, self.lo, self.hi):
            where, *_ = self._cell_at(m.start())
            if where is not None:
                self.scan.no_value.add(where)

    def _percent(self) -> None:
        if not self.styles.percent:
            return
        styles = b"|".join(b"%d" % s for s in sorted(self.styles.percent))
        for m in re.compile(rb' s="(?:' + styles + rb')"').finditer(self.xml, self.lo, self.hi):
            if not self._in_cell_tag(m.start()):
                continue
            tag_start = self.xml.rfind(b"<", self.lo, m.start())
            tag = self.xml[tag_start:self.xml.find(b">", m.start()) + 1]
            t = re.search(rb' t="([^"]*)"', tag)
            if t is None or t.group(1) == b"n":
                where = parse_ref(tag[len(self.c_open):tag.find(b'"', len(self.c_open))]
                                  .decode())
                if where is not None:
                    self.scan.percent.append(where)

    def _numbers(self) -> None:
        """Values that are not plain numbers: negative, exponents, words, two dots; and, when
        a style shows dates, 7+ digits (past Excel's last date)."""
        p = re.escape(self.p)
        odd = re.compile(rb"<" + p + rb"v>(?:[0-9.]*[^0-9.<]|[0-9]*\.[0-9]*\.)")
        found = list(odd.finditer(self.xml, self.lo, self.hi))
        if self.styles.dates:
            dates = b"|".join(b"%d" % s for s in sorted(self.styles.dates))
            big = re.compile(rb' s="(?:' + dates + rb')"[^>]*><' + p + rb"v>0*[0-9]{7}")
            found += list(big.finditer(self.xml, self.lo, self.hi))
        long = re.compile(rb"<" + p + rb"v>-?[0-9]*\.[0-9]{8}")
        self.scan.inexact = long.search(self.xml, self.lo, self.hi) is not None
        for m in found:
            where, a, start, end = self._cell_at(m.start())
            if a.get("t", "n") != "n" or where is None:
                continue
            value = self._value(start, end)
            self.scan.inexact |= value is not None and INEXACT.search(value) is not None
            note_number(self.scan, self.styles, where, a.get("s", ""), value, start, end)

    def _hidden(self) -> None:
        row_open = b"<" + self.p + b"row "
        pos = self.xml.find(b' hidden="', self.lo, self.hi)
        while pos != -1:
            start = self.xml.rfind(b"<", self.lo, pos)
            value = self.xml[pos + 9:self.xml.find(b'"', pos + 9)]
            if self.xml.startswith(row_open, start) and value in (b"1", b"true"):
                r = re.search(rb' r="(\d+)"', self.xml[start:pos])
                if r:
                    self.scan.hidden_rows.add(int(r.group(1)) - 1)
            pos = self.xml.find(b' hidden="', pos + 1, self.hi)

    def _strings(self) -> None:
        """Shared text the cells refer to: bounded cheaply, counted when the bound is big."""
        lengths = self.strings.lengths
        if not len(lengths):
            return
        bound = self.scan.cells * int(lengths.max())
        if bound > 64 * guard.MiB:
            bound = self.count(b' t="s"') * int(lengths.max())
        if bound <= 64 * guard.MiB:
            self.scan.string_bytes = bound
            return
        p = re.escape(self.p)
        refs = re.compile(rb' t="s"[^>]*><' + p + rb"v>([0-9]{1,10})</").findall(
            self.xml, self.lo, self.hi)
        self.scan.string_bytes = _referenced(refs, lengths)

    def _number_texts(self) -> None:
        """Text cells that read exactly like a number ('12') stay text: fastexcel gives the
        same text for the number 12 and the text '12'."""
        x, p, hits = self.xml, re.escape(self.p), []
        numeric = self.strings.numeric
        if numeric:
            wanted = b"|".join(b"%d" % i for i in sorted(numeric)) if len(numeric) < 2000 \
                else rb"[0-9]+"
            pattern = re.compile(rb' t="s"(?:\s[^>]*)?><' + p + rb"v>(" + wanted + rb")</")
            hits += [m for m in pattern.finditer(x, self.lo, self.hi)
                     if int(m.group(1)) in numeric]
        if self.tags.get(b"is>"):
            inline = re.compile(rb"<" + p + rb"is><" + p + rb"t(?:\s[^>]*)?>(" + NUMBER_TEXT +
                                rb")</" + p + rb"t></" + p + rb"is>")
            hits += list(inline.finditer(x, self.lo, self.hi))
        if self.tags.get(b"f>") or self.tags.get(b"f "):
            formula = re.compile(rb' t="str"(?:\s[^>]*)?>(?:<' + p + rb"f\b[^>]*?(?:/>|>[^<]*</"
                                 + p + rb"f>))?<" + p + rb"v>(" + NUMBER_TEXT + rb")</")
            hits += list(formula.finditer(x, self.lo, self.hi))
        for m in hits:
            where, a, _, _ = self._cell_at(m.start())
            if where is None:
                continue
            if a.get("t") == "s":
                self.scan.values[where] = numeric[int(m.group(1))]
            else:
                self.scan.values[where] = m.group(1).decode()


def _referenced(refs: list, strings: np.ndarray) -> int:
    if not refs:
        return 0
    idx = np.array(refs, dtype=np.int64)
    idx = idx[idx < len(strings)]
    return int(strings[idx].sum())


def _more_letters(letters: bytes) -> bytes:
    """A regex for column letters after `letters` (same length, then longer)."""
    alts = [rb"[A-Z]{%d,3}" % (len(letters) + 1)] if len(letters) < 3 else []
    for i in range(len(letters)):
        nxt = letters[i] + 1
        if nxt <= ord("Z"):
            alts.append(re.escape(letters[:i]) + b"[" + bytes([nxt]) + b"-Z]" +
                        (rb"[A-Z]{%d}" % (len(letters) - i - 1) if i < len(letters) - 1
                         else b""))
    return b"|".join(alts) or b"(?!)"


def _more_digits(digits: bytes) -> bytes:
    """A regex for row numbers (leading zeros allowed) greater than `digits`."""
    digits = digits.lstrip(b"0") or b"0"
    alts = [rb"0*[1-9][0-9]{%d,}" % len(digits)]
    for i in range(len(digits)):
        d = digits[i] - 48
        if d < 9:
            alts.append(b"0*" + digits[:i] + b"[" + bytes([49 + d]) + b"-9]" +
                        (rb"[0-9]{%d}" % (len(digits) - i - 1) if i < len(digits) - 1
                         else b""))
    return b"|".join(alts)
