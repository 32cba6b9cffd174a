"""Custom pandera checks, registered once, named in the YAML schemas of `schemas/`.

Every check in a schema carries `error: <finding code>` or, for a frame-wide check,
`error: <finding code>@<column>` naming the cell it concerns. `run_schema` turns pandera's
failure table into findings-ready rows: (frame index, column, code).
"""

from __future__ import annotations

import functools
from pathlib import Path

import pandas as pd

from xlkpi.core.calendar import due
from xlkpi.core.measures import round_half_up, typed_precision
from xlkpi.core.resources import schema_path


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

    # --- returns rows (see schemas/returns.yaml) ---------------------------------------
    @check(["field"])
    def present_when_content(df: pd.DataFrame, *, field) -> pd.Series:
        return df[field].ne("") | ~df["has_content"]

    @check()
    def known_indicator(df: pd.DataFrame) -> pd.Series:
        return df["measure"].ne("") | df["indicator_id"].eq("")

    @check()
    def returned_directly(df: pd.DataFrame) -> pd.Series:
        return df["figures_from"].eq("")

    @check(["field"])
    def no_unsaved_formula(df: pd.DataFrame, *, field) -> pd.Series:
        """The reader lists, per row, the cells whose formula has no saved result."""
        ok = pd.Series(True, index=df.index)
        marked = df["no_value"].ne("")  # almost always none
        if marked.any():
            ok[marked] = ~df.loc[marked, "no_value"].astype(str).str.contains(field,
                                                                             regex=False)
        return ok

    @check(["field", "kinds"])
    def kind_not_in(df: pd.DataFrame, *, field, kinds) -> pd.Series:
        return ~df[f"{field}_kind"].isin(list(kinds))

    @check(["field", "first"])
    def month_in_range(df: pd.DataFrame, *, field, first) -> pd.Series:
        year, month = (int(x) for x in str(first).split("-"))
        m = df[field]
        return m.isna() | ((m >= year * 12 + month - 1) & (m <= df["latest_month"]))

    @check(["field"])
    def on_cycle(df: pd.DataFrame, *, field) -> pd.Series:
        """Quarterly indicators on quarter-end months, annual ones on the year's last."""

        return df[field].isna() | df["frequency"].eq("") | \
            due(df["frequency"], df[field], int(df["fy_start"].iloc[0]) if len(df) else 4)

    @check(["part", "whole", "measures"])
    def part_within_whole(df: pd.DataFrame, *, part, whole, measures) -> pd.Series:
        return ~(df["measure"].isin(list(measures)) & (df[part] > df[whole]) & (df[whole] > 0))

    @check(["field", "measures"])
    def nonzero(df: pd.DataFrame, *, field, measures) -> pd.Series:
        return ~(df["measure"].isin(list(measures)) & df[field].eq(0))

    @check(["field", "other", "measures"])
    def given_with(df: pd.DataFrame, *, field, other, measures) -> pd.Series:
        """`field` is given wherever `other` is (for these measures)."""
        applies = df["measure"].isin(list(measures)) & df[f"{other}_kind"].ne("blank")
        return ~applies | df[f"{field}_kind"].ne("blank")

    @check(["field", "measures"])
    def something_given(df: pd.DataFrame, *, field, measures) -> pd.Series:
        """Rows of these measures that carry content give `field` or Value."""
        applies = df["measure"].isin(list(measures)) & df["has_figures"]
        return ~applies | df[f"{field}_kind"].ne("blank") | df["value_kind"].ne("blank")

    @check()
    def value_agrees_with_parts(df: pd.DataFrame) -> pd.Series:

        both = df["value"].notna() & df["parts_value"].notna()
        places = typed_precision(df["value"], df["decimals"])
        same = round_half_up(df["parts_value"], places) == round_half_up(df["value"], places)
        return ~both | same

    @check(["measures", "kinds"])
    def value_kind_for(df: pd.DataFrame, *, measures, kinds) -> pd.Series:
        applies = df["measure"].isin(list(measures))
        return ~applies | df["value_kind"].isin(list(kinds))

    @check(["allowed"])
    def rag_word(df: pd.DataFrame, *, allowed) -> pd.Series:
        applies = df["measure"].eq("assessed") & df["rag"].ne("")
        return ~applies | df["rag"].isin(list(allowed))

    @check(["ratings"])
    def evidence_given(df: pd.DataFrame, *, ratings) -> pd.Series:
        applies = df["measure"].eq("assessed") & df["rag"].isin(list(ratings))
        return ~applies | df["evidence"].ne("")



@functools.cache
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
