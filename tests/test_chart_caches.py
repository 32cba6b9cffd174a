"""A chart's number caches written in one string (xlkpi/write/chart_caches.py) are the XML that
xlsxwriter's own writer makes, for numbers, text that reads as a number, text that does not,
missing points and text that needs escaping; a chart without the private parts relied on
keeps xlsxwriter's writer."""

from __future__ import annotations

import io

import pytest
import xlsxwriter

from xlkpi.write import chart_caches, chart_xml

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


@pytest.mark.parametrize("data", [[None, 1, 2.5, -0.0, float("nan"), float("inf"), 10**20],
                                  ["82.8", None, "-3", "0.125", "7"], list(range(300)),
                                  [f"{i / 7:.4f}".rstrip("0").rstrip(".") for i in range(300)]])
def test_plain_numbers_need_no_checks(data):
    chart = xlsxwriter.Workbook(io.BytesIO()).add_chart({"type": "line"})
    assert chart_xml._plain(data)
    assert chart_caches.num_cache(chart, data, plain=True) == xlsxwriters(data)


@pytest.mark.parametrize("data", [ODD, ["1_000"], [" 7"], ["1e5"], ["nan"], [True], [], None,
                                  ["1.", "2"], ["--1"], ["1.2.3"]])
def test_anything_else_is_not_plain(data):
    assert not chart_xml._plain(data)
