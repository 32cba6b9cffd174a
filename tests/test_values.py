"""Reading cells a whole column at a time (read/values.py): a cell reads the same whatever
column it is in. The column readers take shortcuts by what a column holds (one type of cell
throughout, mostly blank cells, each distinct value once); each must give, cell for cell,
what reading that cell alone gives. And the checked rows are handed on with their text as
text, though the rules see it as categories.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
from builders import write_returns
from hypothesis import given, settings
from hypothesis import strategies as st
from pandas.testing import assert_series_equal

from xlkpi.read import values as parse
from xlkpi.read.returns import read_returns
from xlkpi.validate.coercion import TEXT
from xlkpi.validate.returns import validate_returns

# no booleans: a column holding True and 1 reads both as whichever came first (pandas
# factorizes them as equal), a long-standing quirk of reading text that these tests leave be
CELLS = st.sampled_from([
    "", "", "", None, 74.0, 0.0, -3.0, 2.5, 12, np.int64(4), np.float32(1.5), float("nan"),
    float("inf"), dt.datetime(2020, 5, 1), dt.date(2020, 4, 1), "74", "74%", " 1,234 ",
    "£1,256", "5 cases", "twelve", "n/a", "#DIV/0!", "inf", "NaN", "\u00a012", "  ",
    "2020-04", "Apr-20", "April 2020", "30/04/2020", "2019-13", 24243.0, 202004,
    " Front Door ", "front door", "TB01", "tb01",
])
READERS = {
    "number": parse.to_number,
    "number with units": lambda s: parse.to_number(s, units=True,
                                                   no_value_words=frozenset({"", "n/a"})),
    "text": parse.clean_text,
    "upper text": lambda s: parse.clean_text(s, upper=True),
    "period": parse.to_period,
}


def columns(read, cells: list, index=None) -> tuple[pd.Series, ...]:
    out = read(pd.Series(cells, index=index, dtype=object))
    out = out if isinstance(out, tuple) else (out,)
    # each column's text has its own categories: compare the text (kinds share theirs)
    return tuple(c.astype(object) if isinstance(c.dtype, pd.CategoricalDtype)
                 and c.dtype != parse.KINDS else c for c in out)


@settings(max_examples=150, deadline=None)
@given(st.lists(CELLS, min_size=1, max_size=40), st.integers(0, 60))
def test_a_cell_reads_the_same_in_any_column(cells, blanks):
    """With or without many blank cells around it (which takes another path)."""
    for column in (cells, cells + [""] * blanks):
        for name, read in READERS.items():
            alone = [columns(read, [c], index=[i]) for i, c in enumerate(column)]
            for k, whole in enumerate(columns(read, column)):
                assert_series_equal(whole, pd.concat([a[k] for a in alone]),
                                    check_index_type=False, obj=name)


def test_what_a_cell_held():
    values, kind = parse.to_number(pd.Series(
        [74.0, "74%", "", None, "twelve", "#DIV/0!", float("inf"), True, "1,234"], dtype=object))
    assert kind.tolist() == ["number", "number", "blank", "blank", "text", "error",
                             "nonfinite", "text", "number"]
    assert values.tolist()[:2] == [74.0, 74.0] and values.tolist()[-1] == 1234.0


def test_text_categories_are_sorted_so_that_sorting_them_sorts_the_text():
    text = parse.clean_categories(pd.Series(["b ", None, "a", "\u00a0a", "c", "b"],
                                            dtype=object))
    assert list(text.cat.categories) == ["", "a", "b", "c"]
    assert text.astype(object).tolist() == ["b", "", "a", "a", "c", "b"]
    assert text.sort_values(kind="stable").index.tolist() == [1, 2, 3, 0, 5, 4]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["", "a", "b", "C", None]), max_size=30),
       st.lists(st.sampled_from(["", "a", "x", "C"]), max_size=4))
def test_is_in_a_categorical_is_isin_of_its_text(cells, wanted):
    s = pd.Series(cells, dtype=object)
    expected = s.isin(wanted).tolist()
    assert parse.is_in(s.astype("category"), wanted).tolist() == expected
    assert parse.is_in(s, wanted).tolist() == expected


def test_checked_rows_are_handed_on_with_their_text_as_text(tmp_path, small_register):
    path = write_returns(tmp_path / "returns.xlsx", [
        ["Front Door", "P1", "2021-03", 5, 10, None, None, None, None],
        ["CIN/CP", "p1 ", "2021-03", 7, 10, None, "fine", None, None]])
    rows = validate_returns(read_returns([path]), small_register,
                            today=dt.date(2021, 6, 1)).rows
    assert [rows[c].dtype for c in TEXT] == [object] * len(TEXT)
    assert rows["indicator_id"].tolist() == ["P1", "P1"]
    assert rows["comment"].tolist() == ["", "fine"]
