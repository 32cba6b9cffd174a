"""Each custom pandera check on its own: a small column or frame in, True where a row passes.

The schemas name these checks (schemas/*.yaml); tests/test_returns.py and test_register.py
show them firing as findings at the right cells.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pandas as pd
import pandera.pandas as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xlkpi.core.resources import schema_path
from xlkpi.validate import checks
from xlkpi.validate.coercion import codes_in

NAN = math.nan
S = pd.Series


def F(**columns) -> pd.DataFrame:
    return pd.DataFrame(columns)


# (check, statistics, column or frame, expected)
CASES = [
    ("not_blank", {}, S(["a", ""]), [True, False]),
    ("unique_ignoring_case", {}, S(["P1", "p1", "", ""]), [True, False, True, True]),
    ("blank_or_in", {"allowed": ["rate"]}, S(["", "rate", "ratio"]), [True, True, False]),
    ("kind_in", {"field": "tolerance", "kinds": ["number", "blank"]},
     F(tolerance_kind=["number", "blank", "text"]), [True, True, False]),
    ("kind_in_for", {"field": "target", "measures": ["yesno"], "kinds": ["yesno"]},
     F(measure=["yesno", "yesno", "count"], target_kind=["yesno", "number", "number"]),
     [True, False, True]),
    ("count_of_teams_at_most_one", {"field": "teams", "measures": ["score"]},
     F(measure=["score", "score", "count"], teams=[("HR",), ("HR", "QA"), ("A", "B")]),
     [True, False, True]),
    ("present_when_content", {"field": "indicator_id"},
     F(indicator_id=["P1", "", ""], has_content=[True, True, False]), [True, False, True]),
    ("known_indicator", {}, F(measure=["count", "", ""], indicator_id=["C1", "ZZ", ""]),
     [True, False, True]),
    ("returned_directly", {}, F(figures_from=["", "P1"]), [True, False]),
    ("no_unsaved_formula", {"field": "period"},
     F(no_value=["", "period,", "numerator,"]), [True, False, True]),
    ("kind_not_in", {"field": "numerator", "kinds": ["text"]},
     F(numerator_kind=["number", "text"]), [True, False]),
    ("month_in_range", {"field": "month", "first": "2000-01"},
     F(month=[24000.0, 23999.0, 24300.0, NAN], latest_month=[24250] * 4),
     [True, False, False, True]),
    ("on_cycle", {"field": "month"},  # 2020-06 ends a quarter of an April year, 2020-05 not
     F(month=[24245.0, 24244.0, 24244.0, NAN], frequency=["quarterly", "quarterly", "monthly",
                                                          "annual"], fy_start=[4] * 4),
     [True, False, True, True]),
    ("at_least", {"field": "value", "minimum": 0}, F(value=[0.0, -1.0, NAN]),
     [True, False, True]),
    ("at_most", {"field": "value", "maximum": 10}, F(value=[10.0, 11.0, NAN]),
     [True, False, True]),
    ("whole_number", {"field": "numerator", "measures": ["count"]},
     F(measure=["count", "count", "average"], numerator=[3.0, 3.5, 3.5]), [True, False, True]),
    ("value_kind_for", {"measures": ["yesno"], "kinds": ["yesno", "blank"]},
     F(measure=["yesno", "yesno", "score"], value_kind=["yesno", "number", "number"]),
     [True, False, True]),
    ("part_within_whole", {"part": "numerator", "whole": "denominator",
                           "measures": ["percentage"]},
     F(measure=["percentage", "percentage", "average", "percentage"],
       numerator=[5.0, 6.0, 6.0, 6.0], denominator=[5.0, 5.0, 5.0, 0.0]),
     [True, False, True, True]),
    ("nonzero", {"field": "denominator", "measures": ["rate"]},
     F(measure=["rate", "rate", "count"], denominator=[1.0, 0.0, 0.0]), [True, False, True]),
    ("given_with", {"field": "denominator", "other": "numerator", "measures": ["average"]},
     F(measure=["average"] * 3, numerator_kind=["number", "number", "blank"],
       denominator_kind=["number", "blank", "blank"]), [True, False, True]),
    ("something_given", {"field": "numerator", "measures": ["count"]},  # a nil return passes
     F(measure=["count"] * 4, has_figures=[True, True, True, False],
       numerator_kind=["number", "blank", "blank", "blank"],
       value_kind=["blank", "number", "blank", "blank"]), [True, True, False, True]),
    ("value_agrees_with_parts", {},  # 74 typed whole agrees with 74.4, not with 74.5
     F(value=[74.0, 74.0, NAN, 74.2], parts_value=[74.4, 74.5, 50.0, NAN],
       decimals=[1] * 4), [True, False, True, True]),
    ("rag_word", {"allowed": ["Red", "Green"]},
     F(measure=["assessed", "assessed", "assessed", "count"], rag=["Red", "Purple", "", "x"]),
     [True, False, True, True]),
    ("evidence_given", {"ratings": ["Red"]},
     F(measure=["assessed", "assessed", "assessed"], rag=["Red", "Red", "Green"],
       evidence=["audit", "", ""]), [True, False, True]),
]


@pytest.mark.parametrize("name, statistics, data, expected", CASES, ids=[c[0] for c in CASES])
def test_check(name, statistics, data, expected):
    assert getattr(checks, name)(data, **statistics).tolist() == expected


def test_every_check_is_tested_and_registered():
    defined = {n for n, f in vars(checks).items() if callable(f) and f.__module__ ==
               checks.__name__ and not n.startswith("_") and n not in ("load_schema",
                                                                        "run_schema")}
    assert defined == {c[0] for c in CASES}
    for name in defined:
        assert name in pa.Check.REGISTERED_CUSTOM_CHECKS, name
        assert getattr(checks, name).__doc__, name


@pytest.mark.parametrize("name", ["returns", "register_indicators", "register_forums",
                                  "register_membership"])
def test_load_schema_is_what_pandera_reads(name):
    """The schemas are parsed by libyaml (load_schema), not by pandera's from_yaml: the same
    schema, check for check."""
    mine = checks.load_schema(name)
    theirs = pa.DataFrameSchema.from_yaml(Path(schema_path(name)))
    assert mine == theirs
    assert mine.to_yaml() == theirs.to_yaml()


def test_run_schema_gives_hits_at_the_named_cell():
    frame = pd.DataFrame({"id": ["P1", "p1", ""], "title": ["a", "b", "c"],
                          "measure": ["rate", "rate", "ratio"], "direction": ["higher"] * 3,
                          "frequency": ["monthly"] * 3, "window": ["month"] * 3,
                          "target_kind": ["number"] * 3, "tolerance_kind": ["number"] * 3,
                          "decimals_kind": ["number"] * 3, "stretch_kind": ["blank"] * 3,
                          "stat_neighbour_kind": ["blank"] * 3, "england_kind": ["blank"] * 3,
                          "teams": [(), (), ()]})
    got = checks.run_schema("register_indicators", frame)
    assert sorted(got[["index", "column", "code"]].values.tolist()) == [
        [1, "id", "duplicate-id"], [2, "id", "missing-value"], [2, "measure", "unknown-measure"]]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["", "a", "b", "c", "d", "e", "f", None]), max_size=30),
       st.lists(st.sampled_from(["", "a", "b", "c", "d", "e", "f", "z"]), max_size=7),
       st.booleans())
def test_isin_by_codes_is_pandas_isin(cells, values, extra_categories):
    """coercion.codes_in (checks' _isin) on a categorical (codes compared with the few
    wanted codes, or looked up when many are wanted) is Series.isin, NaN in nothing."""
    s = S(cells, dtype=object)
    categories = sorted({c for c in cells if c is not None} | ({"q", "r"} if extra_categories
                                                               else set()))
    coded = S(pd.Categorical(cells, categories=categories))
    want = s.isin(values).tolist()
    assert codes_in(coded, values).tolist() == want
    assert codes_in(s, values).tolist() == want


def test_returns_checks_give_the_same_hits_on_text_as_on_categoricals():
    """The returns schema over checkable rows (text as categoricals) and over the same rows
    with text as text: the same hits, on a returns file full of errors."""
    from xlkpi.read.returns import read_returns
    from xlkpi.validate.coercion import checkable, coerce, plain
    from xlkpi.validate.register import load_register

    root = Path(__file__).resolve().parents[1]
    returns = read_returns([root / "examples" / "returns-with-errors.xlsx"])
    rows = coerce(returns, load_register(None), dt.date(2021, 6, 1))
    frame = checkable(rows)
    text = plain(frame).astype({c: object for c in frame.columns
                                if isinstance(frame[c].dtype, pd.CategoricalDtype)})
    got = checks.run_schema("returns", frame, inplace=True)
    assert len(got)
    pd.testing.assert_frame_equal(got, checks.run_schema("returns", text))
