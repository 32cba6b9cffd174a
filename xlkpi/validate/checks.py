"""Custom pandera checks, registered once, named in the YAML schemas of `schemas/`.

Each check is a module-level function over a whole column or frame that returns True where a
row passes, registered with `pandera.extensions.register_check_method` as pandera's own
builtin checks are. A schema names a check by its function name, and carries
`error: <finding code>` or, for a frame-wide check, `error: <finding code>@<column>` naming the
cell at fault. `run_schema` turns pandera's failure table into hits (validate/hits.py).
"""

from __future__ import annotations

import functools
import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd
import pandera.errors
import pandera.pandas as pa  # also registers pandera's pandas backend
import yaml
from pandera import extensions
from pandera.io.pandas_io import deserialize_schema

from xlkpi.core.calendar import due
from xlkpi.core.measures import round_half_up, typed_precision
from xlkpi.core.resources import schema_path
from xlkpi.read.values import is_in
from xlkpi.validate.coercion import codes_in as _isin
from xlkpi.validate.hits import no_hits


def _check(*statistics: str):
    """Register the decorated function as a vectorised check taking these statistics."""
    return extensions.register_check_method(statistics=list(statistics),
                                            check_type="vectorized")


# --- one column of the register ---------------------------------------------------------------
@_check()
def not_blank(s: pd.Series) -> pd.Series:
    """The cell holds some text."""
    return s.astype(str).str.len() > 0


@_check()
def unique_ignoring_case(s: pd.Series) -> pd.Series:
    """No earlier row holds the same text, ignoring case (blank cells are left alone)."""
    key = s.astype(str).str.upper()
    return (key == "") | ~key.duplicated(keep="first")


@_check("allowed")
def blank_or_in(s: pd.Series, *, allowed) -> pd.Series:
    """The cell is blank or one of `allowed`."""
    return (s == "") | is_in(s, allowed)


# --- rows of the register ---------------------------------------------------------------------
@_check("field", "kinds")
def kind_in(df: pd.DataFrame, *, field, kinds) -> pd.Series:
    """What `field`'s cell held (its `<field>_kind`) is one of `kinds`."""
    return is_in(df[f"{field}_kind"], kinds)


@_check("field", "measures", "kinds")
def kind_in_for(df: pd.DataFrame, *, field, measures, kinds) -> pd.Series:
    """`field`'s kind is in `kinds` wherever the measure is one of `measures`."""
    applies = is_in(df["measure"], measures)
    return ~applies | is_in(df[f"{field}_kind"], kinds)


@_check("field", "measures")
def count_of_teams_at_most_one(df: pd.DataFrame, *, field, measures) -> pd.Series:
    """Indicators of `measures` name at most one team in `field` (a tuple of names)."""
    applies = is_in(df["measure"], measures)
    return ~applies | (df[field].map(len) <= 1)


# --- rows of the returns -----------------------------------------------------------------------
# The returns checks run over every row (200,000 in a big run), each on whole numpy arrays:
# their text columns are categoricals (validate/coercion.py), matched by their integer codes.
def _passes(df: pd.DataFrame, ok: np.ndarray) -> pd.Series:
    return pd.Series(ok, index=df.index)


def _given(df: pd.DataFrame, field: str) -> np.ndarray:
    """Rows whose `field` is not '' (NaN counts as given, as `ne("")` has it)."""
    return ~_isin(df[field], [""])


def _number(df: pd.DataFrame, field: str) -> np.ndarray:
    return df[field].to_numpy(float)


@_check("field")
def present_when_content(df: pd.DataFrame, *, field) -> pd.Series:
    """A row that holds anything (figures, comment, evidence) gives `field`."""
    return _passes(df, _given(df, field) | ~df["has_content"].to_numpy(bool))


@_check()
def known_indicator(df: pd.DataFrame) -> pd.Series:
    """A given Indicator ID is in the register (coercion left its measure blank if not)."""
    return _passes(df, _given(df, "measure") | _isin(df["indicator_id"], [""]))


@_check()
def returned_directly(df: pd.DataFrame) -> pd.Series:
    """The indicator is returned itself, not one that takes its figures from another."""
    return _passes(df, _isin(df["figures_from"], [""]))


@_check("field")
def no_unsaved_formula(df: pd.DataFrame, *, field) -> pd.Series:
    """`field`'s cell is not a formula without a saved result. The reader lists, per row, such
    cells in `no_value` ("numerator,period,"); almost always there are none."""
    ok = pd.Series(True, index=df.index)
    marked = df["no_value"].ne("")
    if marked.any():
        ok[marked] = ~df.loc[marked, "no_value"].astype(str).str.contains(field, regex=False)
    return ok


@_check("field", "kinds")
def kind_not_in(df: pd.DataFrame, *, field, kinds) -> pd.Series:
    """What `field`'s cell held (its `<field>_kind`) is none of `kinds`."""
    return _passes(df, ~_isin(df[f"{field}_kind"], kinds))


@_check("field", "first")
def month_in_range(df: pd.DataFrame, *, field, first) -> pd.Series:
    """The month (a month index) is from `first` ("2000-01") to the row's `latest_month`."""
    year, month = (int(x) for x in str(first).split("-"))
    m = _number(df, field)
    return _passes(df, np.isnan(m) | ((m >= year * 12 + month - 1)
                                      & (m <= _number(df, "latest_month"))))


@_check("field")
def on_cycle(df: pd.DataFrame, *, field) -> pd.Series:
    """Quarterly indicators on quarter-end months, annual ones on the year's last (the
    financial year starting in the month `fy_start`)."""
    fy_start = int(df["fy_start"].iloc[0]) if len(df) else 4
    # rows without a month or a frequency pass, monthly ones are always due: the cycle is
    # worked out for the rest only
    ok = np.isnan(_number(df, field)) | _isin(df["frequency"], ["", "monthly"])
    if not ok.all():
        rest = df[~ok]
        ok[~ok] = due(rest["frequency"], rest[field], fy_start).to_numpy(dtype=bool)
    return _passes(df, ok)


# --- rows of the returns: each figure on its own -----------------------------------------------
@_check("field", "minimum")
def at_least(df: pd.DataFrame, *, field, minimum) -> pd.Series:
    """`field` is blank or at least `minimum`."""
    v = _number(df, field)
    return _passes(df, np.isnan(v) | (v >= minimum))


@_check("field", "maximum")
def at_most(df: pd.DataFrame, *, field, maximum) -> pd.Series:
    """`field` is blank or at most `maximum`."""
    v = _number(df, field)
    return _passes(df, np.isnan(v) | (v <= maximum))


@_check("field", "measures")
def whole_number(df: pd.DataFrame, *, field, measures) -> pd.Series:
    """`field` is blank or a whole number, for indicators of `measures`."""
    v = _number(df, field)
    applies = _isin(df["measure"], measures) & ~np.isnan(v)
    with np.errstate(invalid="ignore"):
        return _passes(df, ~applies | (np.abs(v - np.round(v)) < 1e-9))


@_check("measures", "kinds")
def value_kind_for(df: pd.DataFrame, *, measures, kinds) -> pd.Series:
    """Value's kind is in `kinds` wherever the measure is one of `measures`."""
    return _passes(df, ~_isin(df["measure"], measures) | _isin(df["value_kind"], kinds))


# --- rows of the returns: the figures together -------------------------------------------------
@_check("part", "whole", "measures")
def part_within_whole(df: pd.DataFrame, *, part, whole, measures) -> pd.Series:
    """`part` is not larger than a positive `whole`, for indicators of `measures`."""
    p, w = _number(df, part), _number(df, whole)
    return _passes(df, ~(_isin(df["measure"], measures) & (p > w) & (w > 0)))


@_check("field", "measures")
def nonzero(df: pd.DataFrame, *, field, measures) -> pd.Series:
    """`field` is not 0, for indicators of `measures` (a blank is not 0)."""
    return _passes(df, ~(_isin(df["measure"], measures) & (_number(df, field) == 0)))


@_check("field", "other", "measures")
def given_with(df: pd.DataFrame, *, field, other, measures) -> pd.Series:
    """`field` is given wherever `other` is (for these measures)."""
    applies = _isin(df["measure"], measures) & ~_isin(df[f"{other}_kind"], ["blank"])
    return _passes(df, ~applies | ~_isin(df[f"{field}_kind"], ["blank"]))


@_check("field", "measures")
def something_given(df: pd.DataFrame, *, field, measures) -> pd.Series:
    """Rows of these measures that carry figures give `field` or Value. A nil return (no
    figures, a comment saying why) carries none, so it passes."""
    applies = _isin(df["measure"], measures) & df["has_figures"].to_numpy(bool)
    return _passes(df, ~applies | ~_isin(df[f"{field}_kind"], ["blank"])
                   | ~_isin(df["value_kind"], ["blank"]))


@_check()
def value_agrees_with_parts(df: pd.DataFrame) -> pd.Series:
    """A Value given with Numerator/Denominator equals what they give (`parts_value`), both
    rounded half-up to the places the Value was typed with (at most the indicator's
    decimals): a Value of 74 agrees with parts giving 74.4, not 74.5."""
    both = ~np.isnan(_number(df, "value")) & ~np.isnan(_number(df, "parts_value"))
    ok = ~both
    if both.any():  # rounded only where both are given: few rows give both
        d = df[both]
        places = typed_precision(d["value"], d["decimals"])
        ok[both] = round_half_up(d["parts_value"], places) == round_half_up(d["value"], places)
    return _passes(df, ok)


@_check("allowed")
def rag_word(df: pd.DataFrame, *, allowed) -> pd.Series:
    """An assessed indicator's RAG, when given, is one of `allowed`."""
    applies = _isin(df["measure"], ["assessed"]) & _given(df, "rag")
    return _passes(df, ~applies | _isin(df["rag"], allowed))


@_check("ratings")
def evidence_given(df: pd.DataFrame, *, ratings) -> pd.Series:
    """An assessed indicator rated one of `ratings` gives Evidence."""
    applies = _isin(df["measure"], ["assessed"]) & _isin(df["rag"], ratings)
    return _passes(df, ~applies | _given(df, "evidence"))


# --- schemas ------------------------------------------------------------------------------------
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # safe either way; C if libyaml

# pandera tries `import geopandas` each time it looks at a check's statistics or a dtype, some
# 200 times a run, and a failed import searches sys.path again every time (~15 ms in all). Where
# geopandas is not installed, it is marked absent once, so that each of those fails at once.
if "geopandas" not in sys.modules and importlib.util.find_spec("geopandas") is None:
    sys.modules["geopandas"] = None  # type: ignore[assignment]


def _schema_yaml(name: str) -> dict:
    """`schemas/<name>.yaml` as parsed, a new dict each call (pandera's deserialize_schema
    changes the one it is given)."""
    with Path(schema_path(name)).open(encoding="utf-8") as f:
        return yaml.load(f, Loader=_YAML_LOADER)


@functools.cache
def load_schema(name: str) -> pa.DataFrameSchema:
    """The pandera schema `schemas/<name>.yaml` (its checks are the functions above): what
    `pa.DataFrameSchema.from_yaml` makes of it, with the YAML parsed by libyaml (pandera's
    pure-Python safe_load of the four schemas costs ~40 ms of every run)."""
    return deserialize_schema(_schema_yaml(name))


def run_schema(name: str, frame: pd.DataFrame, *, quick: bool = False,
               inplace: bool = False) -> pd.DataFrame:
    """Validate `frame` lazily; one hit per failing (index, column, code). With `quick`, the
    schema's checks are first run as plain functions (`_checks_pass`), and pandera (which costs
    some 20-50 ms a call on a frame of a few rows) only where one of them fails. `inplace`:
    `frame` is the caller's own, no copy needed (pandera copies it first otherwise; the
    schemas coerce nothing, so nothing is written into it)."""
    if quick and _checks_pass(name, frame):
        return no_hits()
    try:
        load_schema(name).validate(frame, lazy=True, inplace=inplace)
    except pandera.errors.SchemaErrors as exc:
        fc = exc.failure_cases
        fc = fc[fc["index"].notna()]
        error = fc["check"].astype(str)
        code = error.str.split("@").str[0]
        column = error.str.split("@").str[1].where(error.str.contains("@"), fc["column"])
        out = pd.DataFrame({"index": fc["index"].astype(int), "column": column, "code": code})
        return out.drop_duplicates().reset_index(drop=True)
    return no_hits()


# pandera's builtin checks that a schema here uses, as pandera's pandas backend runs them
_BUILTIN = {"eq": lambda data, value: data == value,
            "isin": lambda data, value: data.isin(value)}


@functools.cache
def _plain_checks(name: str) -> list[tuple[str | None, Callable]] | None:
    """The checks of `schemas/<name>.yaml` as (column, or None for the frame; function of the
    column or frame), read from the YAML as pandera's deserialize_schema reads it; None where
    the schema holds anything more (a dtype, nullable, ignore_na, another builtin, ...), so
    that only pandera can tell."""
    spec = _schema_yaml(name)
    if not set(spec) <= {"schema_type", "api", "columns", "checks"} or \
            spec.get("schema_type") != "dataframe" or spec.get("api") != "pandas":
        return None
    found: list[tuple[str | None, Callable]] = []
    for column, stats in (spec.get("columns") or {}).items():
        if not isinstance(stats, dict) or set(stats) - {"checks"} or \
                not isinstance(stats.get("checks"), dict):
            return None
        found += [(column, _plain_check(check, given))
                  for check, given in stats["checks"].items()]
    frame_checks = spec.get("checks") or []
    if not isinstance(frame_checks, list):
        return None
    found += [(None, _plain_check((given.get("options") or {}).get("check_name"), given))
              for given in frame_checks]
    return None if any(check is None for _, check in found) else found


def _plain_check(name, given) -> Callable | None:
    if not isinstance(given, dict):
        given = {"value": given}
    given = dict(given)
    if set(given.pop("options", None) or {}) - {"error", "check_name"}:
        return None  # ignore_na, raise_warning, groupby, ...: pandera's to run
    if name in _BUILTIN and set(given) == {"value"}:  # unary: its statistic positional
        if name == "isin" and not isinstance(given["value"], list):
            return None  # pandera takes a string as its characters, and so on
        return functools.partial(_BUILTIN[name], value=given["value"])
    function = globals().get(name) if name in pa.Check.REGISTERED_CUSTOM_CHECKS else None
    if not callable(function) or getattr(function, "__module__", "") != __name__ or \
            set(given) == {"value"}:
        return None
    return functools.partial(function, **given)


def _checks_pass(name: str, frame: pd.DataFrame) -> bool:
    """Whether `frame` passes every check of the schema `name`, run as plain functions: True
    only where pandera would find nothing (every column there and free of nulls, as pandera's
    non-nullable columns must be; each check True on every row); False where in doubt."""
    checks = _plain_checks(name)
    if checks is None:
        return False
    try:
        for column, check in checks:
            data = frame if column is None else frame[column]
            if column is not None and data.isna().any():
                return False
            ok = check(data)
            if isinstance(ok, pd.Series):
                if ok.dtype != bool or len(ok) != len(frame) or not ok.all():
                    return False
            elif ok is not True and not (isinstance(ok, np.bool_) and ok):
                return False
    except Exception:  # a check that fails to run: pandera reports it
        return False
    return True
