"""The two jobs, end to end, in one direction: read -> validate -> compute -> rate -> write.

The CLI calls these and only renders what comes back. `progress` is an optional callable
taking a short stage description; it is how a long run shows that it is alive.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from xlkpi.compute.values import compute
from xlkpi.core import calendar
from xlkpi.core.errors import BadArgument
from xlkpi.core.findings import Report
from xlkpi.core.register import Register
from xlkpi.rate.rag import rate_results
from xlkpi.read import prefetch
from xlkpi.read import values as parse
from xlkpi.read.returns import Returns
from xlkpi.validate.checks import load_schema
from xlkpi.validate.register import load_register
from xlkpi.validate.returns import Checked, validate_returns
from xlkpi.write.files import refuse_overwriting_inputs
from xlkpi.write.report import write_report

Progress = Callable[[str], None]


def _quiet(_: str) -> None:
    pass


@dataclass
class Validation:
    register: Register
    returns: Returns
    checked: Checked

    @property
    def report(self) -> Report:
        return self.checked.report


@dataclass
class Processed:
    validation: Validation
    results: pd.DataFrame  # compute.RESULT_COLUMNS, every indicator and due period
    period: int  # the reporting month
    inputs: list[tuple[str, str]] = field(default_factory=list)  # (file, sha256)
    output: Path | None = None

    @property
    def report(self) -> Report:
        return self.validation.report

    @property
    def current(self) -> pd.DataFrame:
        """The latest due period of each indicator, up to the reporting month."""
        r = self.results
        return r.sort_values("month").groupby("indicator_id", sort=False).tail(1) \
            .set_index("indicator_id").reindex(self.validation.register.ids)


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
             today: dt.date | None = None, progress: Progress = _quiet,
             reading: Future | None = None) -> Validation:
    """`reading`: the files already being read by prefetch.start (the CLI starts that
    before it imports pandas); started here otherwise."""
    progress(f"Reading {len(paths)} returns file{'s' if len(paths) != 1 else ''} and "
             "checking the KPI register")
    # python-calamine releases the GIL while it parses: the register and the schema are
    # loaded on the other core meanwhile.
    reading = reading or prefetch.start(paths)
    register = load_register(register_path)
    load_schema("returns")
    returns = reading.result()
    progress(f"Validating {len(returns.rows):,} returned rows")
    checked = validate_returns(returns, register, today=today)
    return Validation(register, returns, checked)


def row_errors(report: Report) -> pd.DataFrame:
    """The error findings about returns rows: row_id, code, cell (first finding per row)."""
    f = report.frame_with_keys()
    f = f[(f["severity"] == "error") & (f["row_id"].astype(int) >= 0)]
    return f[["row_id", "code", "cell"]].astype({"row_id": int}).reset_index(drop=True)


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def process(paths: list[Path], output: Path, register_path: Path | None = None, *,
            period: int | None = None, strict: bool = False, today: dt.date | None = None,
            created: dt.datetime | None = None, progress: Progress = _quiet,
            reading: Future | None = None) -> Processed:
    """Validate, compute, rate and (unless `strict` finds errors) write the report."""
    output = Path(output)
    refuse_overwriting_inputs(output, [*paths, *([register_path] if register_path else [])])
    inputs = [(str(p), sha256(Path(p))) for p in paths if Path(p).is_file()]
    reading = reading or prefetch.start(paths)

    validation = validate(paths, register_path, today=today, progress=progress,
                          reading=reading)
    checked = validation.checked
    clean = checked.clean
    clean = clean[clean["month"].notna() & clean["measure"].ne("")]
    if period is None:
        with_figures = clean[clean["has_figures"]]
        if with_figures.empty:
            raise BadArgument("no valid returns to report on: every row was rejected or "
                              "empty (run `xlkpi validate` to see why), or give --period")
        period = int(with_figures["month"].max())
    first = int(min(clean["month"].min(), period)) if len(clean) else period
    progress("Computing indicators")
    rows = checked.rows[checked.rows["month"].le(period).fillna(True)]
    values = compute(rows, validation.register, first=first, last=period,
                     errors=row_errors(checked.report), sources=validation.returns.sources)
    results = rate_results(values)
    processed = Processed(validation, results, period, inputs)
    if strict and validation.report.errors:
        return processed
    progress(f"Writing {output}")
    processed.output = write_report(
        validation.register, results, output, period=period, findings=validation.report,
        inputs=inputs, rows_read=len(validation.returns.rows), created=created)
    return processed
