"""The default register's source data (workbook_templates/default_register/): plain YAML and
CSV that keep every cell's type, and the build script that turns them into the workbook."""

from __future__ import annotations

import csv
import importlib.util
import shutil
from pathlib import Path

import pytest
import yaml

from xlkpi.core.register import SHEETS
from xlkpi.validate.register import load_register

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "workbook_templates" / "default_register"
EXTRA_INDICATOR_COLUMNS = {"Measure text", "Comments"}  # seed 000's own columns


@pytest.fixture(scope="module")
def build_script():
    spec = importlib.util.spec_from_file_location(
        "build_default_register", ROOT / "scripts" / "build_default_register.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tables(build_script):
    return build_script.load_tables()


@pytest.fixture
def data_copy(tmp_path):
    return Path(shutil.copytree(DATA, tmp_path / "data"))


def test_every_sheet_has_its_file_and_the_readme_names_it(build_script):
    assert list(build_script.SOURCES) == list(SHEETS)
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    for name in build_script.SOURCES.values():
        assert (DATA / name).is_file(), name
        assert f"`{name}`" in readme, name
    assert "python scripts/build_default_register.py" in readme


def test_cells_keep_their_types(tables):
    ind = {r["ID"]: r for r in tables["Indicators"]}
    assert len(ind) == len(tables["Indicators"]) == 164
    assert ind["TB01"]["Target"] == 95.0 and type(ind["TB01"]["Target"]) is float
    assert ind["TB01"]["Statistical neighbour"] == "n/a"
    assert ind["TB02"]["England average"] == 22.6
    words = {r[k] for r in ind.values() for k in ("Target", "Tolerance") if isinstance(
        r.get(k), str)}
    assert {"tbc", "n/a", "5 cases", "Yes"} <= words
    assert all(type(v) in (str, int, float) for t in tables.values() for r in t
               for v in r.values())
    assert all(type(r["Decimals"]) is int for r in ind.values() if "Decimals" in r)
    refs = [r["Ref"] for r in tables["Actions"]]
    assert all(isinstance(r, str) for r in refs) and "1.10" in refs and "1.1" in refs
    assert all(isinstance(r["Ref"], str) for r in tables["Membership"])
    assert tables["Context"] == [
        {"Name": "Under-18 population", "Year": 2019, "Value": 43112},
        {"Name": "Financial year start month", "Value": 4}]


def test_files_use_the_register_headers(tables):
    for sheet in ("Indicators", "Findings", "Actions"):
        headers = {c.header for c in SHEETS[sheet]}
        if sheet == "Indicators":
            headers |= EXTRA_INDICATOR_COLUMNS
        assert {k for r in tables[sheet] for k in r} <= headers, sheet
    for sheet, name in (("Forums", "forums.csv"), ("Membership", "membership.csv"),
                        ("Context", "context.csv")):
        with (DATA / name).open(encoding="utf-8", newline="") as f:
            assert next(csv.reader(f)) == [c.header for c in SHEETS[sheet]], name


def test_yaml_has_no_blank_values_and_keeps_its_group_comments():
    for name in ("indicators.yaml", "findings.yaml", "actions.yaml"):
        text = (DATA / name).read_text(encoding="utf-8")
        assert all(v is not None for r in yaml.safe_load(text) for v in r.values()), name
        assert max(len(line) for line in text.splitlines()) <= 100, name
    text = (DATA / "indicators.yaml").read_text(encoding="utf-8")
    assert "# Trust Board KPIs: seed 003 Appendix A" in text


def test_an_unquoted_yes_is_refused(build_script, data_copy):
    path = data_copy / "indicators.yaml"
    text = path.read_text(encoding="utf-8")
    assert 'Target: "Yes"' in text
    path.write_text(text.replace('Target: "Yes"', "Target: Yes", 1), encoding="utf-8")
    with pytest.raises(SystemExit, match=r"indicators.yaml record \d+ \(\w+\): Target is True"):
        build_script.load_tables(data_copy)


def test_an_edit_reaches_the_workbook(build_script, data_copy, tmp_path):
    path = data_copy / "indicators.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("- ID: TB01\n", "- ID: TB01\n  Stretch target: 98.5\n", 1)
                    .replace("Target: 95.0", "Target: 96", 1), encoding="utf-8")
    with (data_copy / "context.csv").open("a", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerow(["Under-18 population", "2020", "43500"])
    register = load_register(build_script.build(tmp_path / "edited.xlsx", data_copy))
    tb01 = register.indicators.loc["TB01"]
    assert tb01["target"] == 96 and tb01["stretch"] == 98.5
    assert list(register.population([2019, 2020])) == [43112, 43500]
