"""A chart's number caches written in one string (xlkpi/write/chart_caches.py) are the XML that
xlsxwriter's own writer makes, for numbers, text that reads as a number, text that does not,
missing points and text that needs escaping; a chart without the private parts relied on
keeps xlsxwriter's writer."""

from __future__ import annotations

import io

import pytest
import xlsxwriter

from xlkpi.write import chart_caches

ODD = [None, 1, 2.5, -0.0, 1e300, float("nan"), "82.8", "1_000", " 7\n", "\x0b3", "1e5",
       "abc", "", "a & <b>", "_x0041_", "nan", "-inf", True]


def xlsxwriters(data) -> str:
    chart = xlsxwriter.Workbook(io.BytesIO()).add_chart({"type": "line"})
    chart.fh = io.StringIO()
    chart._write_num_cache(data)
    return chart.fh.getvalue()


@pytest.mark.parametrize("data", [ODD, [], None, [None, None], list(range(500)),
                                  [f"{i / 7:.4f}" for i in range(300)]])
def test_num_cache_is_xlsxwriters(data):
    chart = xlsxwriter.Workbook(io.BytesIO()).add_chart({"type": "line"})
    assert chart_caches.num_cache(chart, data) == xlsxwriters(data)
    fast = chart_caches.fast_caches(chart)
    fast.fh = io.StringIO()
    fast._write_num_cache(data)
    assert fast.fh.getvalue() == xlsxwriters(data)


def test_a_chart_without_the_parts_keeps_xlsxwriters_writer(monkeypatch):
    chart = xlsxwriter.Workbook(io.BytesIO()).add_chart({"type": "line"})
    monkeypatch.setattr(chart_caches, "_PRIVATE", ("_write_num_cache", "_not_in_xlsxwriter"))
    assert "_write_num_cache" not in vars(chart_caches.fast_caches(chart))
    monkeypatch.undo()
    monkeypatch.setattr(chart_caches, "FAST", False)
    assert "_write_num_cache" not in vars(chart_caches.fast_caches(chart))
    monkeypatch.setattr(chart_caches, "FAST", True)
    assert "_write_num_cache" in vars(chart_caches.fast_caches(chart))
