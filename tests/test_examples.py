"""The shipped examples (examples/): they are exactly what examples/make_examples.py writes (and it
writes the same cells every time); the two years of returns hold every due return of every team,
go through Appendix A's figures, validate cleanly and give every monthly Trust Board KPI an SPC
verdict, with the planted step changes read as special causes; the month folder is the year's
March 2021, one workbook per team; `xlkpi validate` reports every mistake planted in the errors
example at its cell. The CLI runs in-process."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import shutil
import sys
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook
from typer.testing import CliRunner

from xlkpi.cli.app import app

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _load_generator():
    spec = importlib.util.spec_from_file_location("make_examples",
                                                  EXAMPLES / "make_examples.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


make_examples = _load_generator()
YEAR = EXAMPLES / make_examples.YEAR_FILE
MONTH = EXAMPLES / make_examples.MONTH_DIR
ERRORS = EXAMPLES / make_examples.ERRORS_FILE
FIRST_ROW = make_examples.HEADER_ROW + 1  # 0-based: the first row of returns
C = make_examples.COL
PERIODS = [f"{y}-{m:02d}" for y, m in [(2019, m) for m in range(4, 13)]
           + [(2020, m) for m in range(1, 13)] + [(2021, m) for m in range(1, 4)]]
# Seed 003, Appendix A: the Apr-19 and Apr-20 ("current value") columns. A quarterly or annual
# KPI's Apr-20 figure is its latest return then, March 2020. None: n/a in the appendix.
APPENDIX_A = {
    "TB01": (82.0, 74.0), "TB02": (17.0, 16.3), "TB03": (75.4, 55.1), "TB04": (91.4, 65.7),
    "TB05": (30.0, 43.3), "TB06": (14.3, 0.0), "TB07": (78.7, 69.3), "TB08": (9.0, 16.0),
    "TB09": (None, 33.3), "TB10": (60.0, 60.0), "TB11": (27.0, 31.7), "TB12": (None, 96.0),
    "TB13": (100.0, 82.0), "TB15": (None, 26.0), "TB16": (66.1, 73.7), "TB17": (95.3, 94.8),
    "TB18": (98.0, 100.0), "TB19": (None, 37.5), "TB20": (None, 83.0), "TB21": (16.8, 19.1),
    "TB22": (21.0, 21.0), "TB23": (36.0, 37.0), "TB24": (22.4, 23.5),
}
# The step changes planted in the year (EVENTS with step=True): SPC must see them.
SHIFTS = {"TB01": ("2020-07", "up", "Improvement"), "TB23": ("2020-09", "down", "Improvement")}


def cells(path: Path) -> dict[str, list[list]]:
    book = CalamineWorkbook.from_path(str(path))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def returns_rows(path: Path) -> list[list]:
    return [r for sheet in cells(path).values() for r in sheet[FIRST_ROW:]]


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


def written(folder: Path) -> dict[str, dict[str, list[list]]]:
    """Every workbook the generator writes, by its path under `folder`, with its cells."""
    names = [make_examples.YEAR_FILE, make_examples.ERRORS_FILE, make_examples.ARCHIVE,
             *(f"{make_examples.MONTH_DIR}/{p.name}"
               for p in sorted((folder / make_examples.MONTH_DIR).glob("*.xlsx"))
               if not p.name.endswith(".checked.xlsx"))]
    return {name: cells(folder / name) for name in names}


@pytest.fixture(scope="session")
def regenerated(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("examples")
    make_examples.main(out)
    return out


@pytest.fixture(scope="module")
def year_rows() -> list[list]:
    return returns_rows(YEAR)


@pytest.fixture(scope="module")
def results():
    """The year file computed and rated through the library, as `xlkpi process` does before it
    writes (so these checks do not depend on the report writer)."""
    from xlkpi import pipeline
    from xlkpi.compute.values import compute
    from xlkpi.rate.rag import rate_results

    v = pipeline.validate([YEAR])
    clean = v.checked.clean
    period = int(clean.loc[clean["has_figures"], "month"].max())
    rows = v.checked.rows[v.checked.rows["month"].le(period).fillna(True)]
    values = compute(rows, v.register, first=int(clean["month"].min()), last=period,
                     errors=pipeline.row_errors(v.report), sources=v.returns.sources)
    return rate_results(values)


def test_shipped_examples_are_what_the_generator_writes(regenerated):
    shipped, fresh = written(EXAMPLES), written(regenerated)
    assert list(shipped) == list(fresh)
    for name in shipped:
        assert list(shipped[name]) == list(fresh[name]), name
        for sheet in shipped[name]:
            assert shipped[name][sheet] == fresh[name][sheet], \
                f"{name} sheet {sheet} differs: run python examples/make_examples.py"
    assert not (EXAMPLES / "returns-2020-21.xlsx").exists()  # replaced by the two-year file


def test_generator_is_deterministic(regenerated, tmp_path):
    paths = make_examples.main(tmp_path)
    assert sorted(p.relative_to(tmp_path) for p in paths) == \
        sorted(p.relative_to(regenerated) for p in regenerated.rglob("*.xlsx"))
    assert written(tmp_path) == written(regenerated)


def test_year_has_every_team_and_due_return(default_register, year_rows):
    book = cells(YEAR)
    teams = make_examples.team_order(default_register)
    assert list(book) == [make_examples.sheet_name(t) for t in teams]
    for sheet in book.values():
        assert sheet[make_examples.HEADER_ROW] == make_examples.HEADERS
    rows = year_rows
    assert sorted({r[C["Period"]] for r in rows}) == PERIODS
    ind = default_register.indicators
    returned = ind[ind["figures_from"].eq("")]
    expected = {(team, iid, month) for iid in returned.index
                for month in make_examples.due_months(default_register, iid)
                for team in returned.loc[iid, "teams"]}
    got = [(r[C["Team"]], r[C["Indicator ID"]], r[C["Period"]]) for r in rows]
    assert len(got) == len(set(got)) == len(expected)
    assert set(got) == {(t, i, make_examples.month_text(m)) for t, i, m in expected}
    per_year = {"monthly": 24, "quarterly": 8, "annual": 2}
    assert len(rows) == sum(len(t) * per_year[f]
                            for t, f in zip(returned["teams"], returned["frequency"], strict=True))
    by_id = {}
    for r in rows:
        by_id.setdefault(r[C["Indicator ID"]], []).append(r)
    # believable sizes: ~150 referrals a month; CP plans up from ~190 to 304 over 2019/20
    # (seed 003, 4.3), ~200 children looked after
    for iid, low, high in [("CK11", 110, 200), ("CK12", 170, 330), ("CK13", 175, 230)]:
        assert all(low <= r[C["Numerator"]] <= high for r in by_id[iid]), iid
    for iid in returned.index[returned["measure"].eq("percentage")]:
        figures = [r for r in by_id[iid] if r[C["Numerator"]] != ""]
        assert figures, iid
        assert all(0 <= r[C["Numerator"]] <= r[C["Denominator"]] for r in figures), iid
    comments = [r[C["Comment"]] for r in rows if r[C["Comment"]]]
    assert 15 <= len(comments) <= 60
    assert not [c for c in comments if c[0] in "=+-@"]


def test_year_has_nil_returns_and_small_denominators(year_rows):
    figures = ("Numerator", "Denominator", "Value", "RAG")
    blank = [r for r in year_rows if all(r[C[f]] == "" for f in figures)]
    assert blank, "no nil returns"
    assert all(r[C["Comment"]] for r in blank), "a row with no figures and no comment"
    nil = {(r[C["Indicator ID"]], r[C["Period"]]) for r in blank}
    assert {("PI54", "2020-06"), ("PI57", "2020-06"), ("OF14", "2020-08")} <= nil
    small = {r[C["Indicator ID"]] for r in year_rows
             if isinstance(r[C["Denominator"]], float) and 0 < r[C["Denominator"]] < 10}
    assert {"TB09", "BP4", "PI57"} <= small


def test_year_goes_through_appendix_a(year_rows):
    """Each Trust Board KPI's pooled figure in Apr-19 and Apr-20 (March 2020 for a quarterly or
    annual one) is the one printed in seed 003, Appendix A."""
    parts = {}
    for r in (r for r in year_rows if r[C["Indicator ID"]] in APPENDIX_A):
        n, d = parts.get((r[C["Indicator ID"]], r[C["Period"]]), (0, 0))
        parts[(r[C["Indicator ID"]], r[C["Period"]])] = (n + r[C["Numerator"]],
                                                         d + r[C["Denominator"]])
    for iid, printed in APPENDIX_A.items():
        per = 1 if iid in ("TB15", "TB21") else 100
        quarter_end = iid in ("TB15", "TB20")
        for period, value in zip(("2019-04", "2020-03" if quarter_end else "2020-04"), printed,
                                 strict=True):
            if value is not None:
                n, d = parts[(iid, period)]
                assert float(make_examples.round_half_up(per * n / d, 1)) == value, (iid, period)
    assert parts[("TB09", "2020-04")] == (7, 21)  # "33.3% (7)"


def test_month_folder_is_the_years_march_2021(default_register, year_rows):
    teams = make_examples.team_order(default_register)
    files = sorted(p.name for p in MONTH.glob("*.xlsx") if not p.name.endswith(".checked.xlsx"))
    assert files == sorted(make_examples.file_name(t) for t in teams)
    assert {"front-door.xlsx", "cin-cp.xlsx", "care-leavers.xlsx"} <= set(files)
    march = [r for r in year_rows if r[C["Period"]] == "2021-03"]
    for team in teams:
        book = cells(MONTH / make_examples.file_name(team))
        assert list(book) == [make_examples.sheet_name(team)]
        sheet = book[make_examples.sheet_name(team)]
        assert sheet[make_examples.HEADER_ROW] == make_examples.HEADERS
        assert sheet[FIRST_ROW:] == [r for r in march if r[C["Team"]] == team], team


def test_year_validates_without_errors_or_warnings():
    before = digest(YEAR)
    code, report = findings(YEAR)
    assert code == 0
    assert (report["errors"], report["warnings"]) == (0, 0), report["findings"][:5]
    assert digest(YEAR) == before


def test_month_folder_validates_without_errors_or_warnings():
    code, report = findings(MONTH)
    assert code == 0
    assert (report["errors"], report["warnings"]) == (0, 0), report["findings"][:5]


def test_every_trust_board_kpi_has_a_value_every_period(default_register, results):
    m = default_register.membership
    board = m.loc[m["forum"] == "Trust Board", "indicator_id"].tolist()
    r = results[results["indicator_id"].isin(board) & results["period"].isin(PERIODS)]
    due = r[r["value"].isna() & r["measure"].ne("assessed")]
    assert due.empty, due[["indicator_id", "period", "reason"]].to_string()
    assert set(r["indicator_id"]) == set(board)
    march = r[r["period"] == "2021-03"].set_index("indicator_id")
    assert march["last_year_value"].notna().all()  # last year's column shows something


def test_spc_sees_the_history_and_the_planted_shifts(default_register, results):
    m = default_register.membership
    ind = default_register.indicators
    board = m.loc[m["forum"] == "Trust Board", "indicator_id"]
    monthly = [i for i in board if ind.loc[i, "frequency"] == "monthly"
               and ind.loc[i, "measure"] not in ("yesno", "assessed")]
    march = results[results["period"] == "2021-03"].set_index("indicator_id")
    assert len(monthly) >= 20
    for iid in monthly:
        variation = march.loc[iid, "variation"]
        assert variation and not variation.startswith("Too few points"), (iid, variation)
    for iid, (start, side, verdict) in SHIFTS.items():
        s = results[results["indicator_id"] == iid].set_index("period")["special_cause"]
        after = [p for p in PERIODS if p >= start]
        assert (s[after] == side).all(), (iid, s[after].to_dict())
        assert march.loc[iid, "variation"] == verdict, iid
        assert s[s.index < start].ne(side).all(), iid  # a step, not noise before it


def test_small_denominators_carry_their_counts(results):
    pct = results[results["measure"].eq("percentage") & results["value"].notna()
                  & results["denominator"].lt(10)]
    assert {"TB09", "BP4"} <= set(pct["indicator_id"])
    tb09 = results[(results["indicator_id"] == "TB09") & (results["period"] == "2021-03")]
    assert tb09[["numerator", "denominator"]].iloc[0].tolist() == [2, 7]
    nil = results[results["reason"].fillna("").str.startswith("Nil returns")]
    assert ("PI57", "2020-06") in set(zip(nil["indicator_id"], nil["period"], strict=True))


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
    for iid, printed in [("TB01", 74.0), ("TB03", 55.1), ("TB09", 33.3), ("TB19", 37.5),
                         ("TB21", 19.1), ("TB24", 23.5)]:
        assert round(values[(iid, "2020-04")][col["Value"]], 1) == printed, iid
    board = [values[(f"TB{n:02d}", "2021-03")][col["RAG"]] for n in range(1, 28)
             if (f"TB{n:02d}", "2021-03") in values]
    assert {"Red", "Amber", "Yellow", "Green"} <= set(board)


def test_month_folder_processes(tmp_path):
    result = run("process", str(MONTH), "-o", str(tmp_path / "report.xlsx"))
    assert result.exit_code == 0, result.stdout


def data_tab(path: Path) -> list[list]:
    """The Data tab's rows, less `Sources` (which names the files the figures came from)."""
    data = cells(path)["Data"]
    keep = [i for i, h in enumerate(data[0]) if h != "Sources"]
    return sorted(([r[i] for i in keep] for r in data[1:]), key=lambda r: (str(r[0]), str(r[2])))


def test_the_readme_month_end_routine(tmp_path):
    """validate --annotate in the month's folder, then process the whole returns folder: the
    same report as the two-year file, the annotated copies skipped."""
    folder = tmp_path / "month-end"
    shutil.copytree(EXAMPLES / make_examples.MONTH_END, folder)
    month = folder / Path(make_examples.MONTH_DIR).name
    # CLA pasted a row twice (same figures: a warning, used once), so CLA gets a copy back
    cla = openpyxl.load_workbook(month / "cla.xlsx")
    sheet = cla.worksheets[0]
    sheet.append([c.value for c in sheet[sheet.max_row]])
    cla.save(month / "cla.xlsx")
    before = {p.name: digest(p) for p in month.glob("*.xlsx")}
    checked = run("validate", str(month), "--annotate")
    assert checked.exit_code == 0 and "duplicate-copy" in checked.stdout
    assert sorted(p.name for p in month.glob("*.checked.xlsx")) == ["cla.checked.xlsx"]
    assert {p.name: digest(p) for p in month.glob("*.xlsx") if p.name in before} == before
    done = run("process", str(folder), "-o", str(tmp_path / "pack.xlsx"))
    assert done.exit_code == 0, done.stdout
    assert "Skipped cla.checked.xlsx: the annotated copy of cla.xlsx" in done.output
    whole = run("process", str(YEAR), "-o", str(tmp_path / "whole.xlsx"))
    assert whole.exit_code == 0
    assert data_tab(tmp_path / "pack.xlsx") == data_tab(tmp_path / "whole.xlsx")


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


def test_errors_example_is_one_month():
    rows = returns_rows(ERRORS)
    assert {r[C["Period"]] for r in rows} == {"2021-03", "March"}  # "March": a planted mistake


def test_percentage_typed_as_text_is_read_as_a_number():
    cell, iid, typed = make_examples.VALID_PERCENT_TEXT
    sheet, _, ref = cell.rpartition("!")
    rows = cells(ERRORS)[sheet.strip("'")]
    row = rows[int(ref[1:]) - 1]
    assert (row[1], row[6]) == (iid, typed)
    _, report = findings(ERRORS)
    assert cell not in {f["cell"] for f in report["findings"]}
