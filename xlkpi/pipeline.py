"""The two jobs, end to end, in one direction: read -> validate -> compute -> rate -> write.

`validate` and `parse_period` are validate.run's (re-exported here: `xlkpi validate` imports
that module alone, so it never loads the report writer). The CLI calls these and only
renders what comes back. `progress` is an optional callable
taking a short stage description; it is how a long run shows that it is alive.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from xlkpi.compute.values import compute
from xlkpi.core.errors import BadArgument
from xlkpi.core.findings import Report
from xlkpi.rate.rag import rate_results
from xlkpi.read import prefetch
from xlkpi.read.inputs import file_sha256
from xlkpi.validate.run import Progress, Validation, parse_period, quiet, validate
from xlkpi.write.files import refuse_input_as_output
from xlkpi.write.report import write_report

__all__ = ["Processed", "Validation", "parse_period", "process", "validate"]

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


def row_errors(report: Report) -> pd.DataFrame:
    """The error findings about returns rows: row_id, code, cell (first finding per row)."""
    f = report.frame_with_keys()
    f = f[(f["severity"] == "error") & (f["row_id"].astype(int) >= 0)]
    return f[["row_id", "code", "cell"]].astype({"row_id": int}).reset_index(drop=True)




def process(paths: list[Path], output: Path, register_path: Path | None = None, *,
            period: int | None = None, strict: bool = False, today: dt.date | None = None,
            created: dt.datetime | None = None, progress: Progress = quiet,
            reading: prefetch.Reading | None = None) -> Processed:
    """Validate, compute, rate and (unless `strict` finds errors) write the report."""
    output = Path(output)
    refuse_input_as_output(output, [*paths, register_path])
    inputs = [(str(p), file_sha256(Path(p))) for p in paths if Path(p).is_file()]
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
