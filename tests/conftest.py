"""Shared fixtures. Workbooks are built in each test with tests/builders.py."""

from __future__ import annotations

import pytest
from builders import write_register

from xlkpi.validate.register import load_register


@pytest.fixture(scope="session")
def default_register():
    return load_register()


@pytest.fixture(scope="session")
def shared_small_register(tmp_path_factory):
    """For property tests: one register for every generated example (do not modify it)."""
    return load_register(write_register(tmp_path_factory.mktemp("reg") / "register.xlsx"))


@pytest.fixture
def small_register_path(tmp_path):
    return write_register(tmp_path / "register.xlsx")


@pytest.fixture
def small_register(small_register_path):
    return load_register(small_register_path)


class Result:
    def __init__(self, code, out, err):
        self.code, self.out, self.err = code, out, err

    def __repr__(self):
        return f"Result(code={self.code}, out={self.out[-500:]!r}, err={self.err[-500:]!r})"


@pytest.fixture
def cli(monkeypatch, capsys):
    """Run `xlkpi ARGS...` in-process through the real entry point; return code and output."""
    import sys

    from xlkpi.cli.app import main

    def run(*args):
        monkeypatch.setattr(sys, "argv", ["xlkpi", *map(str, args)])
        with pytest.raises(SystemExit) as exit_info:
            main()
        captured = capsys.readouterr()
        code = exit_info.value.code
        return Result(0 if code is None else code, captured.out, captured.err)

    return run
