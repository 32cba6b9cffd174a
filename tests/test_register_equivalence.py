"""Reading and checking a register was made cheaper (cleaning its cells in Python, building its
tables from lists, running the schemas' checks as plain functions and pandera only where one
fails); tests/register_old.py keeps the version before. On generated registers full of edges,
the two give the same Register frames (dtypes, index, order) and the same findings."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pandas as pd
import pytest
import register_old
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xlkpi.core.register import SHEETS
from xlkpi.read import register as register_read
from xlkpi.read import values as parse
from xlkpi.read.xlsx import Book, Sheet
from xlkpi.validate import checks
from xlkpi.validate import register as register_new

WORDS = ["", " ", "\u00a0", "P1", " p1 ", "P2", "c1", "Y1", "ZZ", "P1; C1", "P1, zz\nC1",
         "percentage", "Rate", "count", "yesno", "score", "assessed", "average", "cost",
         "percentge", "higher", "Lower is better", "none", "maintain", "monthly", "Quarterly",
         "annual", "ytd", "rolling12", "month", "tbc", "n/a", "Yes", "no", "95", "95%",
         "5 cases", "twelve", "2019-04", "April 2019", "x" * 40, "Front Door; CIN/CP", "KPIs",
         "Board", "list", "mapping", "Summary", "a:b", "'tab", "Under-18 population",
         "under 18  population", "financial year start month", "#REF!", "1,234", "£5"]
CELLS = st.one_of(
    st.sampled_from(WORDS), st.none(), st.booleans(),
    st.sampled_from([0, 1, 2, 1.0, 0.5, 7, 95.0, -3, 2019, 2020.0, 1e9, math.nan, math.inf]),
    st.just(dt.datetime(2019, 4, 1)), st.just(dt.datetime(2020, 1, 5, 9, 30)),
    st.text(alphabet=" ab\u00a0;,\n1", max_size=5))


def _sheet(name: str, draw, *, rows: int) -> Sheet:
    columns = SHEETS[name]
    headers = [c.header for c in columns]
    headers = draw(st.permutations(headers))
    headers = [h.upper() if draw(st.booleans()) and i % 5 == 0 else h
               for i, h in enumerate(headers)]
    if draw(st.booleans()):  # a column missing, an unknown one, a blank header
        headers = headers[:-1] + draw(st.sampled_from([["Comment"], ["", "Extra"], ["_x"]]))
    body = [[draw(CELLS) for _ in range(draw(st.integers(0, len(headers) + 1)))]
            for _ in range(rows)]
    return Sheet(name, [headers, *body])


@st.composite
def books(draw):
    names = ["Indicators", *draw(st.lists(st.sampled_from(
        ["Forums", "Membership", "Context", "Findings", "Actions"]), unique=True))]
    if draw(st.integers(0, 9)) == 0:
        names = names[1:]  # no Indicators sheet
    return [_sheet(n, draw, rows=draw(st.integers(0, 8))) for n in names]


def _both(monkeypatch, sheets):
    monkeypatch.setattr(register_read, "read_workbook", lambda path: Book(Path(path), sheets))
    return (register_old.read_register("r.xlsx"), register_new.read_register("r.xlsx"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                    HealthCheck.data_too_large])
@given(sheets=books())
def test_registers_read_as_before(sheets):
    with pytest.MonkeyPatch.context() as monkeypatch:
        (old, old_report), (new, new_report) = _both(monkeypatch, sheets)
    for frame in ("indicators", "forums", "membership", "context", "findings", "actions"):
        pd.testing.assert_frame_equal(getattr(new, frame), getattr(old, frame), check_exact=True)
    assert (new.source, new.extra_columns) == (old.source, old.extra_columns)
    pd.testing.assert_frame_equal(new_report.frame_with_keys(), old_report.frame_with_keys())


def test_the_registers_shipped_and_benchmarked_read_as_before():
    for path in (None, Path("/tmp/xlkpi-bench/register-v1.xlsx")):
        if path is not None and not path.exists():
            continue
        old, old_report = register_old.read_register(path)
        new, new_report = register_new.read_register(path)
        for frame in ("indicators", "forums", "membership", "context", "findings", "actions"):
            pd.testing.assert_frame_equal(getattr(new, frame), getattr(old, frame))
        pd.testing.assert_frame_equal(new_report.frame_with_keys(),
                                      old_report.frame_with_keys())


@settings(max_examples=300, deadline=None)
@given(cells=st.lists(CELLS, max_size=12))
def test_texts_are_clean_text(cells):
    s = pd.Series(cells, dtype=object, index=range(3, 3 + len(cells)))
    pd.testing.assert_series_equal(register_new._texts(s), parse.clean_text(s))
    pd.testing.assert_series_equal(register_new._texts(s, str.upper),
                                   parse.clean_text(s).str.upper())


# --- the schemas' checks as plain functions: pandera only where one fails ----------------------
TEXT = st.sampled_from(["", "a", "P1", "p1", "rate", "ratio", "yesno", "score", "higher", "up",
                        "monthly", "weekly", "month", "ytd", "list", "board", "grid"])
KIND = st.sampled_from(["number", "blank", "text", "yesno"])


# the values each column passes with (a frame drawn from them passes, but for what is put in)
GOOD = {"id": ["P1", "C1", "Y1"], "title": ["a"], "measure": ["rate", "yesno", "score"],
        "direction": ["higher"], "frequency": ["monthly"], "window": ["month", "ytd"],
        "forum": ["KPIs", "Board"], "layout": ["list"], "indicator_id": ["P1"]}


@st.composite
def frames(draw, name: str):
    n = draw(st.integers(0, 5))
    good = draw(st.booleans())  # every cell passes, but for a null or a bad cell put in

    def col(key, strategy):
        pool = GOOD.get(key)
        return draw(st.lists(st.sampled_from(pool) if good and pool else strategy,
                             min_size=n, max_size=n))
    if name == "register_indicators":
        frame = {k: col(k, TEXT) for k in ("id", "title", "measure", "direction", "frequency",
                                           "window")}
        if good:
            frame["id"] = [f"P{i}" for i in range(n)]
        frame |= {f"{k}_kind": pd.Categorical(col(k, KIND) if not good else ["blank"] * n,
                                              categories=parse.KINDS.categories)
                  for k in ("target", "tolerance", "decimals", "stretch", "stat_neighbour",
                            "england")}
        frame["teams"] = col("teams", st.lists(TEXT, max_size=2).map(tuple))
    elif name == "register_forums":
        frame = {k: col(k, TEXT) for k in ("forum", "layout", "frequency")}
        frame |= {k: [k == "tab_ok"] * n if good else col(k, st.booleans())
                  for k in ("tab_ok", "clash")}
    else:
        frame = {k: col(k, TEXT) for k in ("forum", "indicator_id")}
        frame |= {k: [True] * n if good else col(k, st.booleans())
                  for k in ("known_forum", "known_id")}
    frame = pd.DataFrame(frame, index=pd.RangeIndex(n) * 2)
    if n and draw(st.booleans()):  # a null, a bad cell, a column missing
        column = draw(st.sampled_from(list(frame.columns)))
        what = draw(st.sampled_from(["drop", "null", "bad"]))
        if what == "drop":
            return frame.drop(columns=column)
        frame[column] = frame[column].astype(object)
        frame.iloc[draw(st.integers(0, n - 1)), frame.columns.get_loc(column)] = \
            None if what == "null" else draw(st.sampled_from(["", "zz", "text", False, ()]))
    return frame


@pytest.mark.parametrize("name", ["register_indicators", "register_forums",
                                  "register_membership"])
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_quick_run_schema_is_pandera(name, data):
    frame = data.draw(frames(name))
    pd.testing.assert_frame_equal(checks.run_schema(name, frame, quick=True),
                                  checks.run_schema(name, frame))


def test_every_register_schema_runs_as_plain_functions():
    """Were one of them to hold what `_plain_checks` leaves to pandera, pandera would run on
    every register again (correct, but slow)."""
    for name in ("register_indicators", "register_forums", "register_membership"):
        assert checks._plain_checks(name), name


@pytest.mark.parametrize("frame, result", [
    (pd.DataFrame({"x": ["a", None]}), lambda s: pd.Series(True, index=s.index)),  # a null
    (pd.DataFrame({"y": ["a", "b"]}), lambda s: pd.Series(True, index=s.index)),  # no x
    (pd.DataFrame({"x": ["a", "b"]}), lambda s: pd.Series([True, None], index=s.index)),
    (pd.DataFrame({"x": ["a", "b"]}), lambda s: pd.Series([True], index=s.index[:1])),
    (pd.DataFrame({"x": ["a", "b"]}), lambda s: 1 / 0),
    (pd.DataFrame({"x": ["a", "b"]}), lambda s: "yes")])
def test_quick_leaves_to_pandera_what_it_cannot_tell(monkeypatch, frame, result):
    """What pandera may take otherwise than a plain True on every row is left to it: a null in
    a column (pandera's columns are not nullable), a missing column, a result that is not
    boolean or not one per row, a check that fails to run."""
    monkeypatch.setattr(checks, "_plain_checks", lambda name: [("x", result)])
    assert not checks._checks_pass("register_forums", frame)
    monkeypatch.setattr(checks, "_plain_checks", lambda name: [
        ("x", lambda s: pd.Series(True, index=s.index))])
    assert checks._checks_pass("register_forums", pd.DataFrame({"x": ["a", "b"]}))
