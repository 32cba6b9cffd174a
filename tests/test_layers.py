"""The package's shape is part of its design: one-way layers (read -> validate -> compute ->
rate -> write), small modules, and imports at the top of a module where a reader looks."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "xlkpi"
MODULES = sorted(p for p in PACKAGE.rglob("*.py"))
# the CLI imports pandas & co. inside its commands so that `xlkpi --help` stays fast, its
# entry point imports typer only once the returns' read has started, and the prefetch thread
# imports the reader on its own thread, while the main thread imports pandas
LAZY_IMPORTS_ALLOWED = {"cli/app.py", "cli/entry.py", "read/prefetch.py"}


def test_lint_imports_keeps_the_layers():
    exe = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    if not Path(exe).exists():
        pytest.skip("import-linter is not installed")
    done = subprocess.run([exe], capture_output=True, text=True, timeout=120,
                          cwd=PACKAGE.parent)
    assert done.returncode == 0, done.stdout[-3000:]


@pytest.mark.parametrize("module", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_over_400_lines(module):
    assert len(module.read_text(encoding="utf-8").splitlines()) <= 400


@pytest.mark.parametrize("module", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_sit_at_the_top(module):
    if str(module.relative_to(PACKAGE)) in LAZY_IMPORTS_ALLOWED:
        return
    tree = ast.parse(module.read_text(encoding="utf-8"))
    inner = [node.lineno for fn in ast.walk(tree)
             if isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef)
             for node in ast.walk(fn) if isinstance(node, ast.Import | ast.ImportFrom)]
    assert inner == [], f"imports inside functions at lines {inner}"
