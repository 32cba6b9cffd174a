"""format_value keeps the texts it has made (a value shows on several tabs): a text from the
cache is the text it would make afresh, for signed zeros, ints, numpy scalars and halves."""

from __future__ import annotations

import numpy as np
import pytest

from xlkpi.write import styles
from xlkpi.write.styles import format_value

VALUES = [0.0, -0.0, 0, -0.04, 0.05, 89.95, -89.95, 74, 1234567.5, np.float64(2.25),
          np.int64(3), np.float32(0.5), 1e-9, -1e-9, float("inf"), 1e300]
MEASURES = ["percentage", "count", "cost", "yesno", "rate", "score"]


@pytest.mark.parametrize("measure", MEASURES)
@pytest.mark.parametrize("decimals", [0, 1, 2])
def test_cached_texts_are_fresh_texts(measure, decimals):
    fresh = [styles._format_value(v, measure, decimals) for v in VALUES]
    styles._SHOWN.clear()
    for _ in range(2):  # made, then from the cache
        assert [format_value(v, measure, decimals) for v in VALUES] == fresh


def test_signed_zeros_are_apart():
    styles._SHOWN.clear()
    assert format_value(0.0, "percentage", 1) == "0.0%"
    assert format_value(-0.0, "percentage", 1) == styles._format_value(-0.0, "percentage", 1)
    assert format_value(0.0, "percentage", 1) == "0.0%"


def test_missing_values_are_blank_and_not_kept():
    styles._SHOWN.clear()
    assert format_value(None, "count", 0) == format_value(float("nan"), "count", 0) == ""
    assert format_value(np.float64("nan"), "count", 0) == ""
    assert not styles._SHOWN


def test_the_cache_is_bounded(monkeypatch):
    monkeypatch.setattr(styles, "_SHOWN_MOST", 4)
    styles._SHOWN.clear()
    for v in range(10):
        assert format_value(v, "count", 0) == f"{v:,}"
        assert len(styles._SHOWN) <= 4
