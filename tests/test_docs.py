"""The README is the contract with users: its commands and its table of codes must be true."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from xlkpi.core.codes import CODES, markdown_table

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def bash_blocks() -> list[str]:
    return re.findall(r"```bash\n(.*?)\n```", README, flags=re.S)


def test_codes_table_is_generated_from_the_code():
    table = README.split("<!-- codes:start -->\n")[1].split("\n<!-- codes:end -->")[0]
    assert table == markdown_table(), "run: python scripts/update_readme.py"
    for code in CODES:
        assert f"`{code}`" in table


def _update_readme():
    spec = importlib.util.spec_from_file_location("update_readme",
                                                  ROOT / "scripts" / "update_readme.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_readme_shows_the_real_output_of_its_example():
    shown = README.split("<!-- output:start -->\n")[1].split("\n<!-- output:end -->")[0]
    assert shown == "```text\n" + _update_readme().example_output() + "\n```", \
        "run: python scripts/update_readme.py"


def test_the_commands_table_is_derived_from_the_cli():
    table = README.split("<!-- commands:start -->\n")[1].split("\n<!-- commands:end -->")[0]
    assert table == _update_readme().commands_table(), "run: python scripts/update_readme.py"


def test_the_two_commands():
    run, test = bash_blocks()[:2]
    assert run.startswith("python3 -m venv .venv && . .venv/bin/activate && pip install -e . ")
    assert "xlkpi process examples/returns-2019-21.xlsx" in run
    assert (ROOT / "examples" / "returns-2019-21.xlsx").exists()
    assert test.endswith("python -m pytest")


def test_windows_commands_beside_the_bash_ones():
    powershell = re.findall(r"```powershell\n(.*?)\n```", README, flags=re.S)
    assert "xlkpi process examples\\returns-2019-21.xlsx" in powershell[0]
    assert any("xlkpi validate" in block for block in powershell)
    assert "Python 3.11 or later" in README


def test_ci_runs_exactly_the_readme_test_command():
    test = bash_blocks()[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test in ci.splitlines()
    assert "ruff check" in ci and "libreoffice-calc-nogui" in ci


def test_a_wheel_carries_the_schemas_and_templates(tmp_path):
    """`pip install xlkpi` (not editable) must find its register, schemas and template."""
    import subprocess
    import sys
    import zipfile

    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path),
                    str(ROOT)], check=True, capture_output=True, timeout=600)
    names = zipfile.ZipFile(next(tmp_path.glob("xlkpi-*.whl"))).namelist()
    for part in ("xlkpi/schemas/returns.yaml", "xlkpi/schemas/register_indicators.yaml",
                 "xlkpi/workbook_templates/default_register.xlsx",
                 "xlkpi/workbook_templates/returns_template.xlsx"):
        assert part in names
