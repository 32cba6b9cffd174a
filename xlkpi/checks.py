"""Custom pandera checks, registered once, named in the YAML schemas of `schemas/`.

Every check in a schema carries `error: <finding code>` or, for a frame-wide check,
`error: <finding code>@<column>` naming the cell it concerns. `run_schema` turns pandera's
failure table into findings-ready rows: (frame index, column, code).
"""

from __future__ import annotations

import functools
from pathlib import Path

import pandas as pd

from xlkpi.resources import schema_path


@functools.cache
def _register() -> None:
    import pandera.pandas  # noqa: F401 - registers the pandas backend
    from pandera import extensions

    def check(statistics=(), kind="vectorized"):
        return extensions.register_check_method(statistics=list(statistics), check_type=kind)

    @check()
    def not_blank(s: pd.Series) -> pd.Series:
        return s.astype(str).str.len() > 0

    @check()
    def unique_ignoring_case(s: pd.Series) -> pd.Series:
        key = s.astype(str).str.upper()
        return (key == "") | ~key.duplicated(keep="first")

    @check(["allowed"])
    def blank_or_in(s: pd.Series, *, allowed) -> pd.Series:
        return (s == "") | s.isin(list(allowed))

    @check(["field", "kinds"])
    def kind_in(df: pd.DataFrame, *, field, kinds) -> pd.Series:
        return df[f"{field}_kind"].isin(list(kinds))

    @check(["field", "measures", "kinds"])
    def kind_in_for(df: pd.DataFrame, *, field, measures, kinds) -> pd.Series:
        """`field`'s kind is in `kinds` wherever the measure is one of `measures`."""
        applies = df["measure"].isin(list(measures))
        return ~applies | df[f"{field}_kind"].isin(list(kinds))

    @check(["field", "minimum"])
    def at_least(df: pd.DataFrame, *, field, minimum) -> pd.Series:
        return df[field].isna() | (df[field] >= minimum)

    @check(["field", "maximum"])
    def at_most(df: pd.DataFrame, *, field, maximum) -> pd.Series:
        return df[field].isna() | (df[field] <= maximum)

    @check(["field", "measures"])
    def whole_number(df: pd.DataFrame, *, field, measures) -> pd.Series:
        v = df[field]
        applies = df["measure"].isin(list(measures)) & v.notna()
        return ~applies | ((v - v.round()).abs() < 1e-9)

    @check(["field", "measures"])
    def count_of_teams_at_most_one(df: pd.DataFrame, *, field, measures) -> pd.Series:
        applies = df["measure"].isin(list(measures))
        return ~applies | (df[field].map(len) <= 1)


def load_schema(name: str):
    """The pandera schema `schemas/<name>.yaml`, with xlkpi's checks registered."""
    _register()
    import pandera.pandas as pa

    return pa.DataFrameSchema.from_yaml(Path(schema_path(name)))


def run_schema(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Validate `frame` lazily; one row per failing (index, column): index, column, code."""
    import pandera.errors

    schema = load_schema(name)
    try:
        schema.validate(frame, lazy=True)
    except pandera.errors.SchemaErrors as exc:
        fc = exc.failure_cases
        fc = fc[fc["index"].notna()]
        error = fc["check"].astype(str)
        code = error.str.split("@").str[0]
        column = error.str.split("@").str[1].where(error.str.contains("@"), fc["column"])
        out = pd.DataFrame({"index": fc["index"].astype(int), "column": column, "code": code})
        return out.drop_duplicates().reset_index(drop=True)
    return pd.DataFrame({"index": pd.Series(dtype=int), "column": pd.Series(dtype=object),
                         "code": pd.Series(dtype=object)})
