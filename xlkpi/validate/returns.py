"""Check pooled returns rows (DESIGN §7): parse every cell, run the pandera schema
`schemas/returns.yaml` over all rows at once, then the rules that look across rows, then what
is missing.

    coercion      cells -> typed columns, nil returns
    checks        the schema's checks, one row at a time (vectorised)
    cross_row     one team only, pooling a Value, unexpected teams, unusual changes
    duplicates    the same team, indicator and period twice: copies and conflicts
    completeness  missing returns, empty files
    messages      hits -> findings, each message from its code's template

The result keeps every row with an `excluded` flag: an error excludes its row's figures (the
indicator then shows No data and the Validation tab says why), and so does being a copy of an
earlier row (a warning: the first is used); other warnings keep them. All of it is vectorised:
findings are built a column at a time, never a row at a time. While the rules run, the rows'
text columns are categoricals (each distinct text once, rows as integer codes: comparing,
matching and keying 200,000 rows is then cheap); findings and the result get them as text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from xlkpi.core.codes import CODES, ERROR
from xlkpi.core.findings import Report
from xlkpi.core.register import Register
from xlkpi.read.returns import Returns
from xlkpi.validate.checks import run_schema
from xlkpi.validate.coercion import checkable, coerce, plain
from xlkpi.validate.completeness import empty_returns, missing_returns
from xlkpi.validate.cross_row import cross_row
from xlkpi.validate.duplicates import COPY, duplicates
from xlkpi.validate.hits import combined, hits
from xlkpi.validate.messages import findings


@dataclass
class Checked:
    rows: pd.DataFrame  # every row, parsed (validate/coercion.py), with `excluded`
    report: Report

    @property
    def clean(self) -> pd.DataFrame:
        return self.rows[~self.rows["excluded"]]


def validate_returns(returns: Returns, register: Register, *,
                     today: dt.date | None = None) -> Checked:
    """Every finding about `returns`, and its rows with `nil_return` and `excluded` marked.
    A finding about a row carries the row's label in `rows` as `row_id`."""
    report = Report()
    report.merge(returns.report)
    _template_checks(returns, register, report)
    rows = coerce(returns, register, today or dt.date.today())  # text as categoricals

    found = combined([run_schema("returns", checkable(rows), inplace=True),
                      *cross_row(rows, register),
                      *duplicates(rows, returns.rows, returns.sources),
                      _hidden_rows(rows)])
    missing = missing_returns(rows, returns, register)
    rows = plain(rows)
    report.extend(findings(found, rows, returns, register))
    report.extend(missing)
    empty_returns(rows, returns, report)

    dropping = [c for c in found["code"].unique() if CODES[c].severity == ERROR or c == COPY]
    rows["excluded"] = rows.index.isin(found.loc[found["code"].isin(dropping), "index"])
    return Checked(rows, report)


def _template_checks(returns: Returns, register: Register, report: Report) -> None:
    """A return made from a template of another register (its hidden `xlkpi` sheet)."""
    checksum = register.checksum() if returns.metadata else ""
    for file, meta in returns.metadata.items():
        theirs = meta.get("register checksum", "")
        if theirs and theirs != checksum:
            report.add("register-mismatch", CODES["register-mismatch"].say(
                source=meta.get("register source", "unknown"), checksum=theirs[:12]),
                file=file)


def _hidden_rows(rows: pd.DataFrame) -> pd.DataFrame:
    """Rows hidden in Excel that hold something: read like any other, with a warning."""
    return hits(rows.index[rows["hidden"] & rows["has_content"]], "indicator_id", "hidden-row")
