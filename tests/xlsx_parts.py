"""Workbooks written part by part, for the odd and hostile files no library would write:
`workbook(path, sheets={...})` zips the XML given, with sensible defaults for the rest."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from xlkpi.core.errors import UnreadableInput
from xlkpi.read.xlsx import read_workbook

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = f'xmlns="{MAIN}" xmlns:r="{DOC_RELS}"'
HEADER = ('<row r="1"><c r="A1" t="inlineStr"><is><t>Team</t></is></c>'
          '<c r="B1" t="inlineStr"><is><t>Indicator ID</t></is></c>'
          '<c r="C1" t="inlineStr"><is><t>Period</t></is></c>'
          '<c r="D1" t="inlineStr"><is><t>Numerator</t></is></c>'
          '<c r="E1" t="inlineStr"><is><t>Denominator</t></is></c>'
          '<c r="F1" t="inlineStr"><is><t>Value</t></is></c></row>')
# cellXfs: 0 general, 1 percent (9), 2 date (14), 3 custom 0.0% (164), 4 quoted "%" (165)
STYLES = (f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN}">'
          '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/>'
          '<numFmt numFmtId="165" formatCode="0.0&quot;%&quot;"/></numFmts>'
          '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
          '<fills count="2"><fill><patternFill patternType="none"/></fill>'
          '<fill><patternFill patternType="gray125"/></fill></fills>'
          '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border>'
          '</borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" '
          'borderId="0"/></cellStyleXfs><cellXfs count="5">'
          '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
          '<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '</cellXfs></styleSheet>')


def row(r: int, *cells: str) -> str:
    return f'<row r="{r}">{"".join(cells)}</row>'


def text(ref: str, value: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'


def num(ref: str, value, style: int | None = None) -> str:
    s = f' s="{style}"' if style is not None else ""
    return f'<c r="{ref}"{s}><v>{value}</v></c>'


def sheet_xml(data: str, *, before: str = "", after: str = "") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet {NS}>{before}'
            f"<sheetData>{data}</sheetData>{after}</worksheet>")


def workbook(path: Path, sheets: dict[str, str], *, shared: list[str] | None = None,
             styles: str = STYLES, workbook_xml: str | None = None,
             rels_xml: str | None = None, extra: dict[str, bytes | str] | None = None,
             stored: bool = False) -> Path:
    """`sheets`: name -> sheetData content (rows) or a whole worksheet XML."""
    names = list(sheets)
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, len(names) + 1))
    parts: dict[str, bytes | str] = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
            'openxmlformats.org/package/2006/content-types"><Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/><Override PartName='
            '"/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            f'spreadsheetml.sheet.main+xml"/>{overrides}<Override PartName="/xl/styles.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
            'styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'),
        "_rels/.rels": (f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{RELS}">'
                        f'<Relationship Id="rId1" Type="{DOC_RELS}/officeDocument" '
                        'Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": workbook_xml or (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook {NS}><sheets>' + "".join(
                f'<sheet name="{n}" sheetId="{i}" r:id="rId{i}"/>'
                for i, n in enumerate(names, start=1)) + "</sheets></workbook>"),
        "xl/_rels/workbook.xml.rels": rels_xml or (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{RELS}">' + "".join(
                f'<Relationship Id="rId{i}" Type="{DOC_RELS}/worksheet" '
                f'Target="worksheets/sheet{i}.xml"/>' for i in range(1, len(names) + 1))
            + f'<Relationship Id="rIdS" Type="{DOC_RELS}/styles" Target="styles.xml"/>'
            + f'<Relationship Id="rIdT" Type="{DOC_RELS}/sharedStrings" '
              'Target="sharedStrings.xml"/></Relationships>'),
        "xl/styles.xml": styles,
        "xl/sharedStrings.xml": (f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">'
                                 + "".join(f"<si><t>{s}</t></si>" for s in shared or [])
                                 + "</sst>"),
    }
    for i, name in enumerate(names, start=1):
        xml = sheets[name]
        parts[f"xl/worksheets/sheet{i}.xml"] = xml if xml.lstrip().startswith("<?xml") \
            else sheet_xml(xml)
    parts.update(extra or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def refused(path, match, limits=None, reader=None):
    """The one-line UnreadableInput `reader` (default read_workbook) raises for `path`, quickly:
    a refusal must come before any parsing, not after a hang."""
    read = reader or read_workbook
    started = time.perf_counter()
    with pytest.raises(UnreadableInput, match=match) as info:
        read(path, limits) if limits else read(path)
    assert time.perf_counter() - started < 5, "refusal must be quick"
    message = str(info.value)
    assert message.startswith(str(path)) and "\n" not in message
    return message
