"""`validate --annotate` cannot fail on what `validate` read: where openpyxl refuses the
workbook the copy is rebuilt from the cells; the copy carries no external links or macros,
records what it was made from, and is never written over an input."""

from __future__ import annotations

import hashlib
import os
import signal
import time
import zipfile

import openpyxl
import pytest
from xlsx_parts import HEADER, STYLES, num, row, text, workbook

from xlkpi.core.errors import BadArgument, OutputError
from xlkpi.core.resources import default_register_path
from xlkpi.core.vocabulary import COPY_MARK, SOURCE_SHA_MARK
from xlkpi.read.marks import xlkpi_marks
from xlkpi.write import files
from xlkpi.write.annotate import SHEET, checked_path


def returns(path, team="Front Door", period="2020-04", rows=None, **kw):
    body = rows or [row(2, text("A2", team), text("B2", "P1"), text("C2", period),
                        num("D2", 120), num("E2", 100))]
    return workbook(path, {kw.pop("sheet", "Returns"): HEADER + "".join(body)}, **kw)


def annotated(cli, path, register, code=1):
    before = path.read_bytes()
    result = cli("validate", path, "--register", register, "--annotate")
    assert result.code == code, result
    assert path.read_bytes() == before
    return result


def check_copy(copy, source, sheet="Returns", cell="D2"):
    wb = openpyxl.load_workbook(copy)
    assert wb.sheetnames[0] == SHEET and wb.sheetnames.count(SHEET) == 1
    assert sheet in wb.sheetnames
    assert wb[sheet][cell].comment is not None
    assert "numerator-exceeds-denominator" in wb[sheet][cell].comment.text
    with zipfile.ZipFile(copy) as z:
        names = z.namelist()
    assert not any(n.startswith("xl/externalLinks/") or "vbaProject" in n for n in names)
    marks = xlkpi_marks(copy)
    assert marks[COPY_MARK] == source.name
    assert marks[SOURCE_SHA_MARK] == hashlib.sha256(source.read_bytes()).hexdigest()
    return wb


def test_a_plain_return_keeps_its_workbook(cli, tmp_path, small_register_path):
    path = returns(tmp_path / "fd.xlsx")
    annotated(cli, path, small_register_path)
    check_copy(tmp_path / "fd.checked.xlsx", path)


@pytest.mark.parametrize("odd", ["sheet name", "foreign style attribute", "empty style",
                                 "control character", "pivot cache", "external link"])
def test_what_openpyxl_refuses_is_rebuilt_from_the_cells(cli, tmp_path, small_register_path,
                                                        odd):
    sheet, kw = "Returns", {}
    team = "Front Door"
    body = None
    if odd == "sheet name":
        sheet = "CIN/CP [Returns]*"
    elif odd == "foreign style attribute":
        kw["styles"] = STYLES.replace('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" '
                                      'xfId="0"/>', '<xf numFmtId="0" fontId="0" fillId="0" '
                                      'borderId="0" xfId="0" x14:foo="1" xmlns:x14="urn:x"/>')
    elif odd == "empty style":
        body = [row(2, text("A2", team), text("B2", "P1"), text("C2", "2020-04"),
                    '<c r="D2" s=""><v>120</v></c>', num("E2", 100))]
    elif odd == "control character":
        team = "Front_x0001_Door"
    elif odd == "pivot cache":
        kw["extra"] = {"xl/pivotCache/pivotCacheDefinition1.xml": "<pivotCacheDefinition/>"}
    elif odd == "external link":
        kw["extra"] = {"xl/externalLinks/externalLink1.xml": "<externalLink/>"}
    path = returns(tmp_path / "odd.xlsx", team=team, rows=body, sheet=sheet, **kw)
    annotated(cli, path, small_register_path)
    check_copy(tmp_path / "odd.checked.xlsx", path, sheet=sheet.replace("/", "-")
               .replace("[", "-").replace("]", "-").replace("*", "-")[:31])


def test_a_fixed_copy_sent_back_is_rebuilt_fresh(cli, tmp_path, small_register_path):
    path = returns(tmp_path / "fd.xlsx")
    annotated(cli, path, small_register_path)
    copy = tmp_path / "fd.checked.xlsx"
    # the team fixes the denominator in the copy and sends it back under another name
    wb = openpyxl.load_workbook(copy)
    wb["Returns"]["E2"] = 150
    wb["Returns"]["C3"] = "not a month"
    wb["Returns"]["B3"] = "P1"
    wb["Returns"]["A3"] = "Front Door"
    wb["Returns"]["D3"] = 5
    fixed = tmp_path / "fd-fixed.xlsx"
    wb.save(fixed)
    copy.unlink()
    annotated(cli, fixed, small_register_path)
    again = openpyxl.load_workbook(tmp_path / "fd.checked.xlsx")
    assert again.sheetnames == [SHEET, "Returns"]
    ws = again["Returns"]
    assert ws["D2"].comment is None and ws["E2"].value == 150  # no stale mark
    assert ws["C3"].comment is not None and "bad-period" in ws["C3"].comment.text
    assert xlkpi_marks(tmp_path / "fd.checked.xlsx")[COPY_MARK] == "fd-fixed.xlsx"


def test_a_copy_is_never_written_over_an_input(cli, tmp_path, small_register_path):
    path = returns(tmp_path / "fd.xlsx")
    annotated(cli, path, small_register_path)
    copy = tmp_path / "fd.checked.xlsx"
    assert checked_path(copy) == copy  # its own checked copy would be itself
    before = copy.read_bytes()
    result = cli("validate", copy, "--register", small_register_path, "--annotate")
    assert result.code == 2 and len(result.err.strip().splitlines()) == 1, result
    assert "rename" in result.err and copy.read_bytes() == before


def test_many_findings_on_one_key_stay_linear(cli, tmp_path, small_register_path):
    body = [row(r, text(f"A{r}", "Front Door"), text(f"B{r}", "P1"), text(f"C{r}", "2020-04"),
                num(f"D{r}", r % 7), num(f"E{r}", 100)) for r in range(2, 2002)]
    path = returns(tmp_path / "dup.xlsx", rows=body)
    started = time.perf_counter()
    annotated(cli, path, small_register_path)
    assert time.perf_counter() - started < 60
    copy = tmp_path / "dup.checked.xlsx"
    assert copy.stat().st_size < 2_000_000, copy.stat().st_size


# --- outputs: never over an input, never half written, never left behind -----------------
def test_inputs_and_shipped_files_are_refused_as_outputs(tmp_path):
    reg = tmp_path / "register.xlsx"
    reg.write_bytes(b"x")
    with pytest.raises(BadArgument, match="over an input"):
        files.refuse_input_as_output(reg, [tmp_path / "a.xlsx", reg])
    with pytest.raises(BadArgument, match="over an input"):
        files.refuse_input_as_output(default_register_path(), [])
    files.refuse_input_as_output(tmp_path / "report.xlsx", [reg])


def test_a_folder_that_cannot_be_written_is_one_line(tmp_path, monkeypatch):
    def denied(*a, **k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files.tempfile, "mkstemp", denied)
    with pytest.raises(OutputError, match="cannot write it"), \
            files.atomic_output(tmp_path / "out.xlsx"):
        pass
    with pytest.raises(OutputError, match="does not exist"), \
            files.atomic_output(tmp_path / "nope" / "out.xlsx"):
        pass


def test_stale_temporaries_of_dead_runs_are_removed(tmp_path):
    dead = tmp_path / ".out.xlkpi-999999999-abc.tmp.xlsx"
    mine = tmp_path / f".out.xlkpi-{os.getpid()}-abc.tmp.xlsx"
    other = tmp_path / ".notes.tmp.xlsx"
    for p in (dead, mine, other):
        p.write_bytes(b"")
    with files.atomic_output(tmp_path / "out.xlsx") as tmp:
        tmp.write_bytes(b"data")
    assert not dead.exists() and mine.exists() and other.exists()
    assert (tmp_path / "out.xlsx").read_bytes() == b"data"


def test_sigterm_removes_the_temporary(tmp_path, monkeypatch):
    killed = []
    monkeypatch.setattr(files.os, "kill", lambda pid, sig: killed.append(sig))
    monkeypatch.setattr(files.signal, "signal", lambda sig, handler: None)
    with files.atomic_output(tmp_path / "out.xlsx") as tmp:
        assert tmp.exists()
        files._on_signal(signal.SIGTERM, None)
        assert not tmp.exists() and killed == [signal.SIGTERM]
        tmp.write_bytes(b"")  # the block goes on here only because kill was faked


def test_copies_of_one_row_are_one_line_on_the_findings_sheet(cli, tmp_path,
                                                               small_register_path):
    """30 copies of one row: every copy marked in its cell, one readable findings line."""
    body = [row(r, text(f"A{r}", "Front Door"), text(f"B{r}", "P1"), text(f"C{r}", "2020-04"),
                num(f"D{r}", 9), num(f"E{r}", 10)) for r in range(2, 32)]
    path = returns(tmp_path / "fd.xlsx", rows=body)
    annotated(cli, path, small_register_path, code=0)
    wb = openpyxl.load_workbook(tmp_path / "fd.checked.xlsx")
    lines = [r for r in wb[SHEET].iter_rows(min_row=5, values_only=True)
             if r[1] == "duplicate-copy"]
    assert len(lines) == 1
    assert lines[0][2] == "Returns!B3, Returns!B4, Returns!B5 and 26 more"
    assert wb[SHEET]["C5"].hyperlink.location == "Returns!B3"
    assert all(wb["Returns"][f"B{r}"].comment is not None for r in range(3, 32))


def test_a_file_with_nothing_to_fix_gets_no_copy(cli, tmp_path):
    from builders import write_register

    register = write_register(tmp_path / "register.xlsx", [
        ("P1", "% decided in a day", "percentage", 90, 5, "higher", "monthly", "month", None,
         "Front Door")])
    body = [row(2, text("A2", "Front Door"), text("B2", "P1"), text("C2", "2020-04"),
                num("D2", 9), num("E2", 10))]
    path = returns(tmp_path / "fd.xlsx", rows=body)
    result = cli("validate", path, "--register", register, "--annotate")
    assert result.code == 0 and "0 errors, 0 warnings" in result.out
    assert "No annotated copies" in result.out
    assert not (tmp_path / "fd.checked.xlsx").exists()
