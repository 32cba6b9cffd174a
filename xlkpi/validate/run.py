"""Validating a run's inputs, end to end: read the register and the returns, check them.

This is all `xlkpi validate` needs, so it loads nothing of the later stages (no report
writer). `progress` is an optional callable taking a short stage description.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from xlkpi.core import calendar
from xlkpi.core.errors import BadArgument
from xlkpi.core.findings import Report
from xlkpi.core.register import Register
from xlkpi.read import prefetch
from xlkpi.read import values as parse
from xlkpi.read.returns import Returns
from xlkpi.validate.checks import load_schema
from xlkpi.validate.register import load_register
from xlkpi.validate.returns import Checked, validate_returns

Progress = Callable[[str], None]


def quiet(_: str) -> None:
    pass


@dataclass
class Validation:
    register: Register
    returns: Returns
    checked: Checked

    @property
    def report(self) -> Report:
        return self.checked.report


def parse_period(text: str | None) -> int | None:
    if text is None:
        return None
    month = parse.parse_month(text)
    if month is None:
        raise BadArgument(f"--period {text!r} is not a month; use YYYY-MM, e.g. 2021-03")
    # the range returned periods must be in (period-out-of-range): 2000 to next month
    today = dt.date.today()
    earliest, latest = calendar.month_index(2000, 1), calendar.month_index(today.year,
                                                                           today.month) + 1
    if not earliest <= month <= latest:
        raise BadArgument(f"--period {text} is out of range: give a month from 2000-01 to "
                          f"{calendar.month_text(latest)}")
    return month


def validate(paths: list[Path], register_path: Path | None = None, *,
             today: dt.date | None = None, progress: Progress = quiet,
             reading: prefetch.Reading | None = None) -> Validation:
    """`reading`: the files already being read by prefetch.start (the CLI starts that
    before it imports pandas); started here otherwise."""
    progress(f"Reading {len(paths)} returns file{'s' if len(paths) != 1 else ''} and "
             "checking the KPI register")
    # the returns are read by another process (read/prefetch.py): the register and the
    # schema are loaded on the other core meanwhile.
    reading = reading or prefetch.start(paths)
    register = load_register(register_path)
    load_schema("returns")
    returns = reading.result()
    progress(f"Validating {len(returns.rows):,} returned rows")
    checked = validate_returns(returns, register, today=today)
    return Validation(register, returns, checked)
