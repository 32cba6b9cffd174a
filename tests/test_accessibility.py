"""The report against the Analysis Function's spreadsheet accessibility checklist, as far as a
board pack allows (issue 13; DESIGN §6: accessible as public-sector documents must be), on the
shipped example's report: read back with openpyxl, from its XML parts, and opened by
LibreOffice."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile

import openpyxl
import pytest
from example_report import HAS_LIBREOFFICE, pages_by_tab, report
from openpyxl.worksheet.cell_range import CellRange
from test_report import contrast

from xlkpi.core.vocabulary import MEANING, RAGS
from xlkpi.write.styles import RAG_COLOURS

BLACK, WHITE = "#000000", "#FFFFFF"
NS = {"cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
      "dc": "http://purl.org/dc/elements/1.1/",
      "ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
      "vt": "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
      "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
      "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
      "xdr": "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"}
VAGUE_LINKS = {"click here", "here", "link", "this link", "more", "read more", "this"}


@pytest.fixture(scope="module")
def book():
    return openpyxl.load_workbook(report())


@pytest.fixture(scope="module")
def parts() -> dict[str, str]:
    with zipfile.ZipFile(report()) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml")}


def _rgb(color) -> str | None:
    """'#RRGGBB' of an openpyxl colour given as RGB, else None."""
    value = getattr(color, "rgb", None)
    return f"#{value[-6:]}".upper() if isinstance(value, str) and len(value) >= 6 else None


def test_a_title_in_a1_of_every_sheet(book):
    for ws in book:
        a1 = ws["A1"]
        if ws.title == "Data":  # the machine-readable table: its header in row 1 (DESIGN §6)
            assert a1.value == "Indicator ID" and ws.tables["Data"].ref.startswith("A1:")
            continue
        assert isinstance(a1.value, str) and len(a1.value) > 10, ws.title
        assert a1.font.b and a1.font.sz >= 12, ws.title


def test_document_properties(parts, book):
    core = ET.fromstring(parts["docProps/core.xml"])
    assert core.findtext("dc:title", namespaces=NS) == "KPI performance report Mar-21"
    assert core.findtext("dc:subject", namespaces=NS)
    assert core.findtext("dc:language", namespaces=NS) == "en-GB"
    assert not core.findtext("dc:creator", namespaces=NS)  # the author left blank
    assert not core.findtext("cp:lastModifiedBy", namespaces=NS)
    app = ET.fromstring(parts["docProps/app.xml"])
    assert not app.findtext("ep:Company", namespaces=NS)
    assert not app.findtext("ep:Manager", namespaces=NS)
    parts_named = [e.text for e in app.iterfind("ep:TitlesOfParts//vt:lpstr", NS)]
    assert parts_named[:len(book.sheetnames)] == book.sheetnames


@pytest.mark.parametrize(("name", "header_row"), [("Data", 1), ("Validation", 5)])
def test_data_and_validation_are_excel_tables(book, name, header_row):
    ws = book[name]
    table = ws.tables[name]
    assert table.name == table.displayName == name
    ref = CellRange(table.ref)
    assert (ref.min_col, ref.min_row) == (1, header_row)  # from column A
    assert (table.headerRowCount is None or table.headerRowCount == 1) \
        and not table.totalsRowCount  # one header row, no totals
    headers = [c.value for c in ws[header_row]]
    assert all(headers) and len(set(headers)) == len(headers) == ref.max_col == ws.max_column
    assert [c.name for c in table.tableColumns] == headers
    assert ref.max_row == ws.max_row  # nothing under it
    for row in ws.iter_rows(min_row=ref.min_row + 1, max_row=ref.max_row, values_only=True):
        assert any(v not in (None, "") for v in row)  # no blank rows


def test_content_starts_in_column_a(book):
    for ws in book:
        assert ws.min_column == 1 and ws["A1"].value, ws.title


def test_no_merged_cells_anywhere(parts):
    sheets = [n for n in parts if n.startswith("xl/worksheets/sheet")]
    assert len(sheets) >= 5
    assert not [n for n in sheets if "<mergeCell" in parts[n]]


def test_rag_is_always_a_word(book):
    """Colour never carries a RAG alone: a RAG fill, by a rule or fixed, is only ever on a cell
    holding that RAG's word."""
    word_of = {fill.upper(): word for word, (fill, _) in RAG_COLOURS.items()}
    dxfs = book._differential_styles
    for ws in book:
        for cf in ws.conditional_formatting:
            for rule in cf.rules:
                fill = _rgb(dxfs[rule.dxfId].fill.bgColor) if dxfs[rule.dxfId].fill else None
                if fill in word_of:
                    assert (rule.type, rule.operator) == ("cellIs", "equal"), ws.title
                    assert rule.formula == [f'"{word_of[fill]}"'], ws.title
        for row in ws.iter_rows():
            for c in row:
                fill = _rgb(c.fill.fgColor) if c.fill.fill_type == "solid" else None
                if fill in word_of:
                    assert c.value == word_of[fill], (ws.title, c.coordinate, c.value)


def test_fills_keep_text_at_wcag_aa(book):
    """Every cell's text against its fill (or white), every rule's text against its fill."""
    seen = set()
    for ws in book:
        for row in ws.iter_rows():
            for c in row:
                fill = _rgb(c.fill.fgColor) if c.fill.fill_type == "solid" else WHITE
                pair = (_rgb(c.font.color) or BLACK, fill)
                if c.value is not None and pair not in seen:
                    seen.add(pair)
                    assert contrast(*pair) >= 4.5, (ws.title, c.coordinate, pair)
    for dxf in book._differential_styles.dxf:
        if dxf.fill is not None and _rgb(dxf.fill.bgColor):
            pair = (_rgb(dxf.font.color) if dxf.font else None) or BLACK, _rgb(dxf.fill.bgColor)
            assert contrast(*pair) >= 4.5, pair
    assert len(seen) >= 8


def test_summary_chart_labels_keep_aa_on_their_bars(parts):
    bars = [p for n, p in parts.items() if n.startswith("xl/charts/") and "<c:barChart>" in p]
    assert bars
    for series in ET.fromstring(bars[0]).iter(f"{{{NS['c']}}}ser"):
        fill = series.find("c:spPr/a:solidFill/a:srgbClr", NS).get("val")
        text = series.find("c:dLbls/c:txPr//a:solidFill/a:srgbClr", NS).get("val")
        assert contrast(f"#{fill}", f"#{text}") >= 4.5, (fill, text)


def test_charts_carry_alt_text(parts):
    frames = []
    for name, xml in parts.items():
        if name.startswith("xl/drawings/drawing"):
            for frame in ET.fromstring(xml).iter(f"{{{NS['xdr']}}}graphicFrame"):
                frames.append(frame.find("xdr:nvGraphicFramePr/xdr:cNvPr", NS).get("descr"))
    assert frames and all(d and len(d) > 30 for d in frames), frames
    assert any(d.startswith("Stacked bar chart of the RAG ratings") for d in frames)


def test_links_say_where_they_go(book):
    links = [(ws, c) for ws in book for row in ws.iter_rows() for c in row if c.hyperlink]
    assert links
    for ws, c in links:
        text = str(c.value)
        assert text.strip().lower() not in VAGUE_LINKS
        target = re.sub(r"!.*", "", c.hyperlink.location or "").strip("'").replace("''", "'")
        assert target == text and target in book.sheetnames, (ws.title, c.coordinate)
        assert c.hyperlink.tooltip == f"Go to the {text} tab"


def test_it_opens_on_the_summary_with_the_cursor_on_a1(parts, book):
    assert book.active.title == "Summary" == book.sheetnames[0]
    first = parts["xl/worksheets/sheet1.xml"]
    view = re.search(r"<sheetView[^>]*>.*?</sheetView>|<sheetView[^>]*/>", first, re.S)[0]
    assert 'tabSelected="1"' in view and "<pane" not in view
    assert re.findall(r'activeCell="([A-Z]+\d+)"', view) in ([], ["A1"])
    others = [n for n in parts if n.startswith("xl/worksheets/sheet") and n != "xl/worksheets/"
              "sheet1.xml"]
    assert not [n for n in others if 'tabSelected="1"' in parts[n]]


def _terms(ws, heading: str) -> dict[str, str]:
    """The two-column table under `heading` on the Summary: term -> meaning."""
    rows = [[c.value for c in row[:2]] for row in ws.iter_rows()]
    start = next(i for i, r in enumerate(rows) if r[0] == heading)
    out = {}
    for term, meaning in rows[start + 2:]:
        if not term:
            break
        out[term] = meaning
    return out


def test_notes_say_how_to_read_the_report(book):
    ws = book["Summary"]
    assert _terms(ws, "Key") == {word: MEANING[word] for word in RAGS}
    notes = _terms(ws, "How to read this report")
    assert {"RAG", "TBC", "No data", "Variation", "Assurance"} <= set(notes)
    assert "no target" in notes["TBC"]
    assert "reason" in notes["No data"]
    assert all(w in notes["Variation"] for w in ("Common cause", "Improvement", "Concern"))
    assert all(w in notes["Assurance"] for w in ("Pass", "Fail", "Hit and miss"))
    together = notes["Reading them together"]
    assert all(w in together for w in ("RAG", "Variation", "Assurance"))


@pytest.mark.skipif(not HAS_LIBREOFFICE, reason="LibreOffice or pdftotext is not installed")
@pytest.mark.slow
def test_libreoffice_opens_it_and_renders_every_tab(book):
    printed = pages_by_tab()
    assert "?" not in printed  # every page a tab's, with its footer
    assert list(printed) == book.sheetnames
    for ws in book:
        title = str(ws["A1"].value)
        assert any(title in page for page in printed[ws.title]), (ws.title, title)


def test_validation_names_files_not_paths_of_the_analysts_machine(tmp_path):
    """The pack never shows a path of the analyst's machine: Validation names files only."""
    import datetime as dt
    from pathlib import Path

    from xlkpi import pipeline
    source = Path(__file__).resolve().parents[1] / "examples" / "returns-with-errors.xlsx"
    out = tmp_path / "report.xlsx"
    pipeline.process([source], out, created=dt.datetime(2021, 4, 6, 9, 30, tzinfo=dt.UTC))
    ws = openpyxl.load_workbook(out)["Validation"]
    files = [c.value for c in ws["C"][5:] if c.value]
    assert files and set(files) == {"returns-with-errors.xlsx"}
    cells = [c.value for row in ws.iter_rows(min_row=6) for c in row if isinstance(c.value, str)]
    assert not [v for v in cells if str(source.parent) in v]
