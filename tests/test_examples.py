"""The shipped examples (examples/): they are exactly what examples/make_examples.py writes,
the year of returns goes through `xlkpi process` cleanly, and `xlkpi validate` reports every
mistake planted in the errors example at its cell. The CLI runs in-process."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook
from typer.testing import CliRunner

from xlkpi.cli.app import app

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
YEAR = EXAMPLES / "returns-2020-21.xlsx"
ERRORS = EXAMPLES / "returns-with-errors.xlsx"


def _load_generator():
    spec = importlib.util.spec_from_file_location("make_examples",
                                                  EXAMPLES / "make_examples.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


make_examples = _load_generator()


def cells(path: Path) -> dict[str, list[list]]:
    book = CalamineWorkbook.from_path(str(path))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(*args: str):
    result = CliRunner().invoke(app, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def findings(*paths: Path) -> tuple[int, dict]:
    result = run("validate", "--json", *map(str, paths))
    return result.exit_code, json.loads(result.stdout)


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("examples")
    make_examples.main(out)
    return out


@pytest.mark.parametrize("name", [make_examples.YEAR_FILE, make_examples.ERRORS_FILE])
def test_shipped_examples_are_what_the_generator_writes(regenerated, name):
    shipped, fresh = cells(EXAMPLES / name), cells(regenerated / name)
    assert list(shipped) == list(fresh)
    for sheet in shipped:
        assert shipped[sheet] == fresh[sheet], f"{name} sheet {sheet} differs: run " \
                                               "python examples/make_examples.py"


def test_generator_is_deterministic(regenerated, tmp_path):
    make_examples.main(tmp_path)
    for name in (make_examples.YEAR_FILE, make_examples.ERRORS_FILE):
        assert (tmp_path / name).read_bytes() == (regenerated / name).read_bytes()


def test_year_has_every_team_and_due_return(default_register):
    book = cells(YEAR)
    teams = make_examples.team_order(default_register)
    assert list(book) == [make_examples.sheet_name(t) for t in teams]
    header = book["CIN-CP"][make_examples.HEADER_ROW]
    assert header == make_examples.HEADERS
    rows = [r for sheet in book.values() for r in sheet[make_examples.HEADER_ROW + 1:]]
    periods = {r[3] for r in rows}
    assert periods == {f"{y}-{m:02d}" for y, m in [(2020, m) for m in range(4, 13)]
                       + [(2021, m) for m in range(1, 4)]}
    ind = default_register.indicators
    returned = ind[ind["figures_from"].eq("")]
    expected = sum(len(teams) * {"monthly": 12, "quarterly": 4, "annual": 1}[freq]
                   for teams, freq in zip(returned["teams"], returned["frequency"], strict=True))
    assert len(rows) == expected
    by_id = {}
    for r in rows:
        by_id.setdefault(r[1], []).append(r)
    assert set(by_id) == set(returned.index)
    # believable sizes: ~150 referrals a month, ~300 CP plans, ~200 children looked after
    for iid, low, high in [("CK11", 120, 200), ("CK12", 240, 330), ("CK13", 180, 230)]:
        assert all(low <= r[4] <= high for r in by_id[iid]), iid
    for iid in returned.index[returned["measure"].eq("percentage")]:
        assert all(0 <= r[4] <= r[5] for r in by_id[iid]), iid
    comments = [r[7] for r in rows if r[7]]
    assert 5 <= len(comments) <= 30
    assert not [c for c in comments if c[0] in "=+-@"]


def test_year_validates_without_errors():
    before = digest(YEAR)
    code, report = findings(YEAR)
    assert code == 0
    assert report["errors"] == 0
    assert report["warnings"] <= 5
    assert {f["code"] for f in report["findings"]} <= {"unusual-change"}
    assert digest(YEAR) == before


def test_year_processes_end_to_end(tmp_path):
    before = digest(YEAR)
    out = tmp_path / "report.xlsx"
    result = run("process", str(YEAR), "-o", str(out))
    assert result.exit_code == 0, result.stdout
    assert out.is_file()
    assert digest(YEAR) == before
    book = cells(out)
    assert {"Summary", "Trust Board", "Trends", "Validation", "Data"} <= set(book)
    data = book["Data"]
    col = {h: i for i, h in enumerate(data[0])}
    values = {(r[col["Indicator ID"]], r[col["Period"]]): r for r in data[1:]}
    # the Trust Board KPIs open at the Apr-20 figures printed in seed 003, Appendix A
    for iid, printed in [("TB01", 74.0), ("TB03", 55.1), ("TB09", 33.3), ("TB19", 37.5),
                         ("TB21", 19.1), ("TB24", 23.5)]:
        assert round(values[(iid, "2020-04")][col["Value"]], 1) == printed, iid
    board = [values[(f"TB{n:02d}", "2021-03")][col["RAG"]] for n in range(1, 28)
             if (f"TB{n:02d}", "2021-03") in values]
    assert {"Red", "Amber", "Yellow", "Green"} <= set(board)


def test_errors_example_reports_every_planted_mistake():
    before = digest(ERRORS)
    code, report = findings(ERRORS)
    assert code == 1
    assert digest(ERRORS) == before
    errors = {(f["code"], f["cell"]) for f in report["findings"] if f["severity"] == "error"}
    assert errors == {(m.code, m.cell) for m in make_examples.PLANTED}
    warnings = {(f["code"], f["team"], f["indicator"]) for f in report["findings"]
                if f["severity"] == "warning"}
    assert warnings == set(make_examples.EXPECTED_WARNINGS)
    for f in report["findings"]:
        assert f["file"] == str(ERRORS) and f["message"]


def test_percentage_typed_as_text_is_read_as_a_number():
    cell, iid, typed = make_examples.VALID_PERCENT_TEXT
    sheet, _, ref = cell.rpartition("!")
    rows = cells(ERRORS)[sheet.strip("'")]
    row = rows[int(ref[1:]) - 1]
    assert (row[1], row[6]) == (iid, typed)
    _, report = findings(ERRORS)
    assert cell not in {f["cell"] for f in report["findings"]}
