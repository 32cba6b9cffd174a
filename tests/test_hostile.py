"""Hostile and odd workbooks (issue 14): bounded memory, never a crash, never a silently wrong
value. Each file is built here, small, part by part; each is read quickly to a value, a
finding at its cell, or a one-line refusal naming the file."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
from xlsx_parts import HEADER, NS, STYLES, num, refused, row, sheet_xml, text, workbook

from xlkpi.read import early_load
from xlkpi.read.guard import Limits
from xlkpi.read.xlsx import read_book, read_workbook

MODERN_ERRORS = ["#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!",
                 "#UNKNOWN!", "#EXTERNAL!", "#PYTHON!", "#GETTING_DATA"]




@pytest.fixture(autouse=True, params=["scan, then load", "load beside the scan"])
def read_order(request, monkeypatch):
    """Every read here runs both ways: the cells loaded after the scan, and (whatever the
    workbook's size) loaded by a forked process while the scan runs (read/early_load.py)."""
    if request.param == "load beside the scan":
        monkeypatch.setattr(early_load, "MIN_BYTES", 0)


def cells(path, sheet="R"):
    return read_workbook(path).sheet(sheet)


def returns_row(r, team="Front Door", ind="P1", period="2020-04", numerator="", den="",
                value=""):
    out = [text(f"A{r}", team), text(f"B{r}", ind), text(f"C{r}", period)]
    for col, v in zip("DEF", (numerator, den, value), strict=True):
        if v != "":
            out.append(v if v.startswith("<c") else num(f"{col}{r}", v))
    return row(r, *out)


# --- memory and time bounded by the limits, checked before any grid is built -------------------
def test_one_cell_at_the_last_column_and_row(tmp_path):
    path = workbook(tmp_path / "far.xlsx", {"R": row(1, num("A1", 1)) +
                                            row(1048576, num("XFD1048576", 2))})
    assert path.stat().st_size < 3000
    refused(path, r"too many cells: it reaches XFD1048576", reader=read_book)


def test_a_stray_cell_far_below_an_eight_column_sheet(tmp_path):
    data = row(1, *(num(f"{c}1", 1) for c in "ABCDEFGH")) + row(1048576, num("A1048576", 2))
    refused(workbook(tmp_path / "tall.xlsx", {"R": data}), r"too many cells", reader=read_book)


def test_rows_beyond_excels_last_row(tmp_path):
    refused(workbook(tmp_path / "deep.xlsx", {"R": row(1, num("A1", 1)) +
                                              row(4999999, num("A4999999", 2))}),
            r"beyond Excel's last row", reader=read_book)


def test_many_sheets_each_under_the_limit_add_up(tmp_path):
    sheet = row(1, num("A1", 1)) + row(1048576, num("A1048576", 2))
    path = workbook(tmp_path / "many.xlsx", {f"S{i}": sheet for i in range(40)})
    assert path.stat().st_size < 40_000
    refused(path, r"grids add up to over", reader=read_book)


def test_the_declared_dimension_is_checked_against_the_cells(tmp_path):
    # a dimension that says A1:B2 while a cell sits far beyond it: the cells decide
    xml = sheet_xml(row(1, num("A1", 1)) + row(3000000, num("A3000000", 2)),
                    before='<dimension ref="A1:B2"/>')
    refused(workbook(tmp_path / "liar.xlsx", {"R": xml}), r"beyond Excel's last row",
            reader=read_book)
    # a huge declared dimension over two cells costs nothing: it is only a claim
    xml = sheet_xml(row(1, num("A1", 1)) + row(3, num("B3", 2)),
                    before='<dimension ref="A1:XFD1048576"/>')
    assert cells(workbook(tmp_path / "big-claim.xlsx", {"R": xml})).rows == \
        [[1.0, ""], ["", ""], ["", 2.0]]


def test_one_huge_shared_string(tmp_path):
    big = "x" * (1 << 24)  # 16 MiB; Excel's limit is 32,767 characters
    data = "".join(row(r, f'<c r="A{r}" t="s"><v>0</v></c>') for r in range(1, 301))
    path = workbook(tmp_path / "big-string.xlsx", {"R": data}, shared=[big])
    assert path.stat().st_size < 200_000
    refused(path, r"zip bomb|a text of 16,777,216 characters", reader=read_book)
    path = workbook(tmp_path / "long-string.xlsx", {"R": data}, shared=["x" * 100_000])
    refused(path, r"a text of 100,000 characters in one cell", reader=read_book)


def test_a_long_string_repeated_past_the_text_limit(tmp_path):
    data = "".join(row(r, f'<c r="A{r}" t="s"><v>0</v></c>') for r in range(1, 2001))
    path = workbook(tmp_path / "repeated.xlsx", {"R": data}, shared=["y" * 30000])
    refused(path, r"repeats too much text", Limits(max_string_bytes=32 * 2**20), reader=read_book)


def test_cells_inside_comments_and_extlst_are_not_cells(tmp_path):
    ghost = '<c r="A20000000" t="e"><v>#N/A</v></c>'
    data = row(1, num("A1", 5), f"<!-- {ghost} -->")
    xml = sheet_xml(data, after=f'<extLst><ext uri="x">{row(9, ghost)}</ext></extLst>')
    sheet = cells(workbook(tmp_path / "ghost.xlsx", {"R": xml}))
    assert sheet.rows == [[5.0]] and not sheet.error_cells


# --- never a crash ---------------------------------------------------------------------------
@pytest.mark.parametrize("value", ["-inf", "inf", "NaN", "-1e15", "-1e20", "1e20", "-5"])
def test_odd_numbers_in_a_date_cell_keep_their_value(tmp_path, value):
    sheet = cells(workbook(tmp_path / "d.xlsx", {"R": row(1, num("A1", value, style=2))}))
    got, want = sheet.rows[0][0], float(value)
    assert (math.isnan(got) and math.isnan(want)) or got == want


def test_a_flipped_byte_in_a_deflate_stream(tmp_path):
    path = workbook(tmp_path / "ok.xlsx", {"R": row(1, num("A1", 1)) * 1})
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start + info.compress_size // 2] ^= 0xFF
    bad = tmp_path / "flipped.xlsx"
    bad.write_bytes(bytes(data))
    refused(bad, r"damaged", reader=read_book)


def test_a_doctype_after_a_long_comment_is_refused(tmp_path):
    xml = ('<?xml version="1.0"?><!--' + "c" * 5000 + '--><!DOCTYPE x [<!ENTITY a "b">]>'
           f"<worksheet {NS}><sheetData/></worksheet>")
    refused(workbook(tmp_path / "dtd.xlsx", {"R": xml}), r"XML entities", reader=read_book)


def test_a_symlink_loop_and_a_folder_are_one_line(tmp_path):
    loop = tmp_path / "loop.xlsx"
    loop.symlink_to(loop)
    refused(loop, r"cannot be opened|no such file", reader=read_book)


def test_a_file_name_that_is_not_utf8(tmp_path):
    name = os.fsdecode(b"r\xe9turns-\xff.xlsx")  # Latin-1 bytes: not UTF-8
    path = workbook(Path(os.fsdecode(bytes(tmp_path))) / name, {"R": row(1, num("A1", 7))})
    assert cells(path).rows == [[7.0]]


# --- never a silently wrong value ----------------------------------------------------------------
def test_nan_is_not_blank(tmp_path):
    sheet = cells(workbook(tmp_path / "nan.xlsx", {"R": row(1, num("A1", "NaN"))}))
    assert math.isnan(sheet.rows[0][0])


@pytest.mark.parametrize("error", [*MODERN_ERRORS, "#DIV/0!", "#N/A"])
def test_every_excel_error_is_a_cell_with_its_text(tmp_path, error):
    data = row(1, num("A1", 1), f'<c r="B1" t="e"><v>{error}</v></c>')
    sheet = cells(workbook(tmp_path / "e.xlsx", {"R": data, "Side": data}))
    assert sheet.rows == [[1.0, error]] and sheet.error_cells == {(0, 1)}


def test_single_quoted_styles_still_scale_percentages(tmp_path):
    styles = STYLES.replace('"', "'").replace("&quot;", '"')
    sheet = cells(workbook(tmp_path / "q.xlsx", {"R": row(1, num("A1", 0.74, 1),
                                                           num("B1", 0.125, 3),
                                                           num("C1", 74, 4))},
                           styles=styles))
    assert sheet.rows == [[74.0, 12.5, 74.0]]


def test_workbook_and_relationships_written_any_valid_way(tmp_path):
    wb = (f"<?xml version='1.0'?><workbook {NS.replace(chr(34), chr(39))}><sheets>"
          "<sheet name = 'One' sheetId = '1' r:id = 'a'/><sheet name='Two' sheetId='2' "
          "r:id='b'/><sheet name='Three' sheetId='3' r:id='c'/></sheets></workbook>")
    rels = ("<?xml version='1.0'?><Relationships xmlns='http://schemas.openxmlformats.org/"
            "package/2006/relationships'><!-- targets written three ways -->"
            "<Relationship Id='a' Target='./worksheets/sheet1.xml' Type='http://schemas."
            "openxmlformats.org/officeDocument/2006/relationships/worksheet'/>"
            "<Relationship Id = 'b' Target = '../xl/worksheets/sheet2.xml' Type='http://"
            "schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet'/>"
            "<Relationship Id='c' Target='worksheets\\sheet3.xml' Type='http://schemas."
            "openxmlformats.org/officeDocument/2006/relationships/worksheet'/>"
            "</Relationships>")
    data = {n: row(1, num("A1", i)) for i, n in enumerate(["One", "Two", "Three"], 1)}
    book = read_workbook(workbook(tmp_path / "w.xlsx", data, workbook_xml=wb, rels_xml=rels))
    assert [(s.name, s.rows) for s in book.sheets] == [
        ("One", [[1.0]]), ("Two", [[2.0]]), ("Three", [[3.0]])]


def test_a_comment_that_looks_like_an_error_is_not_one(tmp_path):
    data = row(1, '<c r="A1"><!-- t="e" --><v>3</v></c>', text("B1", 'says t="e" here'))
    sheet = cells(workbook(tmp_path / "c.xlsx", {"R": data}))
    assert sheet.rows == [[3.0, 'says t="e" here']] and not sheet.error_cells


def test_text_that_reads_like_a_number_stays_text(tmp_path):
    data = row(1, text("A1", "12"), num("B1", 12), '<c r="C1" t="s"><v>0</v></c>',
               '<c r="D1" t="b"><v>1</v></c>', text("E1", "true"))
    sheet = cells(workbook(tmp_path / "t.xlsx", {"R": data}, shared=["0.5"]))
    assert sheet.rows == [["12", 12.0, "0.5", True, "true"]]
    assert [type(v) for v in sheet.rows[0]] == [str, float, str, bool, str]


def test_cells_without_references_sit_where_calamine_puts_them(tmp_path):
    data = "<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>"
    assert cells(workbook(tmp_path / "n.xlsx", {"R": data})).rows == [[1.0, 2.0], [3.0, ""]]


# --- the commands on such files: exit 0, 1 or 2, one line, the input untouched -------------------
def run_validate(cli, path, register):
    before = path.read_bytes()
    result = cli("validate", path, "--register", register, "--json")
    assert path.read_bytes() == before
    assert result.code in (0, 1, 2), result
    if result.code == 2:
        assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err
        return result, None
    return result, json.loads(result.out)


def findings(data):
    return sorted((f["cell"], f["code"]) for f in data["findings"] if f["severity"] == "error")


@pytest.mark.parametrize("cell, code", [
    (num("F2", "NaN"), ("Returns!F2", "not-finite")),
    (num("F2", "-inf", style=2), ("Returns!F2", "not-finite")),
    ('<c r="F2" t="e"><v>#SPILL!</v></c>', ("Returns!F2", "excel-error")),
])
def test_odd_cells_are_findings_at_their_cell(cli, tmp_path, small_register_path, cell, code):
    data = HEADER + returns_row(2, value=cell)
    path = workbook(tmp_path / "r.xlsx", {"Returns": data})
    result, found = run_validate(cli, path, small_register_path)
    assert result.code == 1 and code in findings(found), result


def test_a_modern_error_on_a_side_sheet_is_not_a_problem(cli, tmp_path, small_register_path):
    side = row(1, text("A1", "Notes"), '<c r="B1" t="e"><v>#SPILL!</v></c>')
    data = HEADER + returns_row(2, numerator="90", den="100")
    path = workbook(tmp_path / "r.xlsx", {"Returns": data, "Workings": side})
    result, found = run_validate(cli, path, small_register_path)
    assert result.code == 0 and not findings(found), result


def test_no_python_warning_reaches_the_terminal(cli, tmp_path, small_register_path):
    data = HEADER + returns_row(2, numerator="1e308", den="1e-308")
    path = workbook(tmp_path / "r.xlsx", {"Returns": data})
    result = cli("validate", path, "--register", small_register_path)
    assert result.code == 1 and "Warning" not in result.err and ".py" not in result.err


def test_every_hostile_file_ends_in_one_line_within_the_bounds(tmp_path, small_register_path):
    """The whole corpus through the real command, in one fresh process: exit 0, 1 or 2 for
    each, never a traceback, and the process's peak memory under 1 GiB."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    build_corpus(corpus)
    script = (
        "import json, resource, subprocess, sys\n"
        "from xlkpi.cli.app import main\n"
        "out, register, files = {}, sys.argv[1], sys.argv[2:]\n"
        "for p in files:\n"
        "    sys.argv = ['xlkpi', 'validate', p, '--register', register]\n"
        "    try:\n"
        "        main()\n"
        "    except SystemExit as e:\n"
        "        out[p] = e.code or 0\n"
        "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024\n"
        "kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024\n"
        "print(json.dumps({'codes': out, 'peak': peak, 'children': kids}), file=sys.stderr)\n")
    files = sorted(str(p) for p in corpus.iterdir())
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", script, str(small_register_path), *files],
                          capture_output=True, text=True, timeout=600)
    elapsed = time.perf_counter() - started
    *lines, last = done.stderr.strip().splitlines()
    result = json.loads(last)
    assert set(result["codes"].values()) <= {0, 1, 2}, result
    assert "Traceback" not in done.stderr and not any("Warning" in line for line in lines)
    assert all(line.startswith("Error: ") for line in lines), lines
    # each failure names the corpus file it is about (not, say, a register it could not find)
    assert all(any(f"Error: {f}:" in line for f in files) for line in lines), lines
    assert sorted(result["codes"]) == files
    assert max(result["peak"], result["children"]) < 1024, result
    assert elapsed < 30 * len(files)
    print(f"hostile corpus: {len(files)} files, peak {result['peak']} MB (reader process "
          f"{result['children']} MB), {elapsed:.1f} s")


def build_corpus(folder: Path) -> None:
    """One file of each hostile class above, for the corpus test."""
    far = row(1, num("A1", 1)) + row(1048576, num("XFD1048576", 2))
    workbook(folder / "far.xlsx", {"R": far})
    workbook(folder / "many.xlsx", {f"S{i}": row(1, num("A1", 1)) + row(1048576,
                                                                        num("A1048576", 2))
                                    for i in range(40)})
    workbook(folder / "big-string.xlsx",
             {"R": "".join(row(r, f'<c r="A{r}" t="s"><v>0</v></c>') for r in range(1, 301))},
             shared=["x" * (1 << 24)])
    ghost = '<c r="A20000000" t="e"><v>#N/A</v></c>'
    workbook(folder / "ghost.xlsx", {"Returns": HEADER + returns_row(2, numerator="1",
                                                                     den="2")
                                     + f"<!-- {ghost} -->"})
    workbook(folder / "neg-inf-date.xlsx", {"Returns": HEADER + returns_row(
        2, value=num("F2", "-inf", style=2))})
    workbook(folder / "nan.xlsx", {"Returns": HEADER + returns_row(2, value=num("F2", "NaN"))})
    for i, error in enumerate(MODERN_ERRORS):
        workbook(folder / f"modern-{i}.xlsx", {"Returns": HEADER + returns_row(
            2, value=f'<c r="F2" t="e"><v>{error}</v></c>')})
    workbook(folder / "overflow.xlsx", {"Returns": HEADER + returns_row(
        2, numerator="1e308", den="1e-308")})
    good = workbook(folder / "good.xlsx", {"Returns": HEADER + returns_row(2, numerator="9",
                                                                           den="10")})
    data = bytearray(good.read_bytes())
    data[len(data) // 3] ^= 0xFF
    (folder / "flipped.xlsx").write_bytes(bytes(data))
    (folder / "loop.xlsx").symlink_to(folder / "loop.xlsx")
    wb = openpyxl.Workbook()
    wb.active.append(["not", "a", "return"])
    wb.save(folder / "no-returns.xlsx")
