"""The Trends charts' XML written from their options (xlkpi/write/chart_xml.py) is the XML
xlsxwriter writes from the same options, byte for byte, for every kind of chart the tab has
(limits or none, special causes on either side or both, a neutral direction, short and long
runs, number formats, titles that need escaping); options outside what the module writes are
left to xlsxwriter; and a chart xlsxwriter assembled without the module's writer is refused."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
import xlsxwriter
from test_trends import points

from xlkpi.write import chart_caches, chart_xml, charts
from xlkpi.write.charts import Cells

CELLS = Cells("Trends", 5, 28, 1, 2, 3, 4, 5, 7, 8)
SIDES = ["up", "", "", "down"] * 6


def variants() -> list[tuple]:
    """(points, number format) of each kind of chart."""
    p = points
    return [
        (p([50 + i % 7 for i in range(24)], "higher", SIDES), '0.0"%"'),
        (p([50 + i % 7 for i in range(24)], "lower", ["up"] + [""] * 23), '0.0"%"'),
        (p([50 + i % 7 for i in range(24)], "none", ["", "down"] * 12), None),
        (p([0.25 * i for i in range(70)], "higher", limits=(8.0, 0.5, 17.25)), "0.00"),
        (p([42.0, 43.5, 41.0], limits=None, variation="Too few points (3)"), "#,##0"),
        (p([5.0], limits=None, variation="Too few points (1)"), None),
        (p([1e6 + i for i in range(12)], limits=(1e6, 999_990.0, 1_000_020.0)), '"£"#,##0'),
    ]


def book(path: Path, fast: bool, monkeypatch, title: str = "A measure") -> Path:
    monkeypatch.setattr(chart_xml, "FAST", fast)
    monkeypatch.setattr(chart_caches, "FAST", fast)  # the reference: xlsxwriter's own caches
    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties({"created": dt.datetime(2021, 4, 6, 9, 30)})
    ws = wb.add_worksheet("Trends")
    for i, (p, nf) in enumerate(variants()):
        p = charts.Points(**{**vars(p), "title": title})
        ws.insert_chart(i * 20, 10, charts.line_chart(wb, p, CELLS, nf, (480, 300 + i)))
    assert [written_here(c) for c in wb.charts] == [fast] * len(variants())
    wb.close()
    chart_xml.confirm_written(wb)
    return path


def parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


@pytest.mark.parametrize("title", ["A measure", "Tom & Jerry's <b>\"quoted\"</b>",
                                   "  spaced out  ", "bell\x07 and _x0041_ literal",
                                   "two\nlines", "ünïcode – £ ≥ 😀"])
def test_the_xml_is_xlsxwriters(tmp_path, monkeypatch, title):
    fast = parts(book(tmp_path / "fast.xlsx", True, monkeypatch, title))
    slow = parts(book(tmp_path / "slow.xlsx", False, monkeypatch, title))
    assert fast.keys() == slow.keys()
    charts_made = [n for n in fast if n.startswith("xl/charts/")]
    assert len(charts_made) == len(variants())
    for name in fast:
        assert fast[name] == slow[name], name


def written_here(chart) -> bool:
    return "_assemble_xml_file" in vars(chart)


def chart_of(spec_change) -> tuple[xlsxwriter.Workbook, object]:
    wb = xlsxwriter.Workbook("unused.xlsx", {"in_memory": True})
    made = []
    original = chart_xml.add_line_chart

    def change(workbook, spec):
        spec_change(spec)
        made.append(original(workbook, spec))
        return made[-1]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(chart_xml, "add_line_chart", change)
        p, nf = variants()[0]
        charts.line_chart(wb, p, CELLS, nf, (480, 300))
    return wb, made[0]


@pytest.mark.parametrize("change", [
    lambda s: s.series[0].update(smooth=True),
    lambda s: s.series[1]["line"].update(dash_type="long_dash"),
    lambda s: s.series[0]["marker"].update(type="diamond"),
    lambda s: s.series[0]["line"].update(color="red"),
    lambda s: s.series[2].update(values_data=["a", "b"]),
    lambda s: s.series[2].update(values_data=["1 000"]),
    lambda s: s.title.update(name="=Trends!$A$1"),
    lambda s: s.title.update(overlay=True),
    lambda s: s.y_axis.update(log_base=10),
    lambda s: s.x_axis.update(num_format="General"),
    lambda s: s.legend.update(position="top"),
])
def test_other_options_are_left_to_xlsxwriter(change):
    _, chart = chart_of(lambda s: None)
    assert written_here(chart)
    _, chart = chart_of(change)
    assert not written_here(chart)


def test_a_chart_assembled_otherwise_is_refused():
    wb, _ = chart_of(lambda s: None)  # never assembled by the module's writer
    with pytest.raises(RuntimeError, match="chart was not written"):
        chart_xml.confirm_written(wb)


class _Text(str):
    pass


def _plain_point_by_point(data) -> bool:
    """_plain as it was: every point looked at, every text joined."""
    if not isinstance(data, list) or not data:
        return False
    texts = [t for t in data if t is not None and type(t) is not int and type(t) is not float]
    return all(type(t) is str for t in texts) and bool(
        chart_xml._NUMBERS.fullmatch("\n".join(texts) or "0"))


@pytest.mark.parametrize("data", [
    [], None, (1, 2), [None], [1, 2.5, None], ["1.5"] * 30, ["1.5", "-2", None, 3],
    ["1.5", ""], [""], ["1.5", "1e3"], ["1\n2"], ["1\n"], [1, True], [True], [False, 1],
    ["1", _Text("2")], [float("nan"), "3"], [1, [2]], ["1", b"2"], ["١٢"], ["-0.25", "+1"]])
def test_plain_is_point_by_point(data):
    assert chart_xml._plain(data) == _plain_point_by_point(data)
