"""The README is the contract with users: its commands and its table of codes must be true."""

from __future__ import annotations

import re
from pathlib import Path

from xlkpi.codes import CODES, markdown_table

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def bash_blocks() -> list[str]:
    return re.findall(r"```bash\n(.*?)\n```", README, flags=re.S)


def test_codes_table_is_generated_from_the_code():
    table = README.split("<!-- codes:start -->\n")[1].split("\n<!-- codes:end -->")[0]
    assert table == markdown_table(), "run: python scripts/update_readme.py"
    for code in CODES:
        assert f"`{code}`" in table


def test_the_two_commands():
    run, test = bash_blocks()[:2]
    assert run.startswith("python3 -m venv .venv && . .venv/bin/activate && pip install -e . ")
    assert "xlkpi process examples/returns-2020-21.xlsx" in run
    assert (ROOT / "examples" / "returns-2020-21.xlsx").exists()
    assert test.endswith("python -m pytest")


def test_ci_runs_exactly_the_readme_test_command():
    test = bash_blocks()[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test in ci.splitlines()
    assert "ruff check" in ci and "libreoffice-calc-nogui" in ci


def test_every_command_is_documented():
    for command in ("process", "validate", "template", "register"):
        assert f"`xlkpi {command}" in README
    for option in ("--register", "--annotate", "--json", "--strict", "--period", "--export",
                   "--team"):
        assert option in README
