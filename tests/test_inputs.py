"""The month-end folder (DESIGN §8): files, folders and quoted patterns, with xlkpi's own
workbooks and Excel's lock files skipped with a note."""

from __future__ import annotations

from pathlib import Path

import pytest
import xlsxwriter

from xlkpi.core.errors import BadArgument
from xlkpi.core.vocabulary import COPY_MARK, REPORT_MARK
from xlkpi.read.inputs import expand
from xlkpi.read.marks import xlkpi_marks as marks


def book(path: Path, **properties: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = xlsxwriter.Workbook(str(path))
    wb.add_worksheet("Returns").write(0, 0, "Indicator ID")
    for name, value in properties.items():
        wb.set_custom_property(name, value)
    wb.close()
    return path


def names(found) -> list[str]:
    return [p.name for p in found.paths]


def test_a_folder_is_every_workbook_inside_it_recursively(tmp_path):
    book(tmp_path / "b.xlsx")
    book(tmp_path / "sub" / "a.XLSX")
    (tmp_path / "notes.txt").write_text("not a workbook")
    assert names(expand([tmp_path])) == ["b.xlsx", "a.XLSX"]


def test_a_quoted_pattern_is_expanded_by_xlkpi(tmp_path):
    book(tmp_path / "cin.xlsx")
    book(tmp_path / "cla.xlsx")
    assert names(expand([str(tmp_path / "*.xlsx")])) == ["cin.xlsx", "cla.xlsx"]


def test_a_pattern_that_matches_nothing_is_one_line(tmp_path):
    with pytest.raises(BadArgument, match=r"no files match .*\*\.xlsx"):
        expand([str(tmp_path / "*.xlsx")])


def test_a_folder_with_no_workbooks_is_one_line(tmp_path):
    (tmp_path / "readme.txt").write_text("x")
    with pytest.raises(BadArgument, match=r"holds no \.xlsx workbooks"):
        expand([tmp_path])


def test_reports_and_lock_files_are_skipped_with_a_note(tmp_path):
    book(tmp_path / "cin.xlsx")
    book(tmp_path / "report.xlsx", **{REPORT_MARK: "0.1.0"})
    book(tmp_path / "~$cin.xlsx")
    found = expand([tmp_path])
    assert names(found) == ["cin.xlsx"]
    assert any("report.xlsx: an xlkpi report" in n for n in found.notes)
    assert any("~$cin.xlsx: an Excel lock file" in n for n in found.notes)


def test_an_annotated_copy_is_skipped_only_beside_its_workbook(tmp_path):
    book(tmp_path / "cin.xlsx")
    book(tmp_path / "cin.checked.xlsx", **{COPY_MARK: "cin.xlsx"})
    found = expand([tmp_path])
    assert names(found) == ["cin.xlsx"]
    assert "move cin.xlsx out of the inputs" in found.notes[0]
    # sent back alone, the team's corrected copy is their return
    assert names(expand([tmp_path / "cin.checked.xlsx"])) == ["cin.checked.xlsx"]


def test_marks_of_a_file_that_is_not_a_workbook_are_empty(tmp_path):
    (tmp_path / "x.xlsx").write_bytes(b"not a zip")
    assert marks(tmp_path / "x.xlsx") == {}
    assert marks(book(tmp_path / "y.xlsx", **{REPORT_MARK: "1 & 2"})) == {REPORT_MARK: "1 & 2"}


def test_only_skipped_files_is_one_line(tmp_path):
    book(tmp_path / "report.xlsx", **{REPORT_MARK: "0.1.0"})
    with pytest.raises(BadArgument, match=r"no returns to read .*an xlkpi report"):
        expand([tmp_path])
