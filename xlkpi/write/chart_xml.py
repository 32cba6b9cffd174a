"""The Trends tab's line charts written as XML straight from their xlsxwriter options, one string
per chart, instead of through xlsxwriter's Chart (its add_series, axis and font conversions
and its element-by-element writer take most of the time the 150 charts cost).

`add_line_chart(wb, spec)` adds a chart to the workbook either way: with FAST on and options
of the kinds this module writes (those charts.line_chart gives: literal names, cell ranges with
cached data, solid or dashed lines, plain markers, Arial-like fonts, fixed value axis, text
category axis), the chart stays xlsxwriter's object (its drawing, anchor, alt text and rels are
xlsxwriter's) but its XML is written here, element for element as xlsxwriter writes it; else
xlsxwriter's Chart is given the same options. tests/test_chart_xml.py compares the two byte for
byte.

Relies on xlsxwriter's private `Chart._assemble_xml_file`, `fh`, `id`, `series`,
`_xml_close`, `_get_data_type`, `_escape_data`, `_escape_attributes` and
`_escape_control_characters` (xlsxwriter 3.3); a chart without them is left to xlsxwriter.
`confirm_written` (after close) fails loudly if xlsxwriter assembled a chart without this
module's writer.
"""

from __future__ import annotations

import copy
import functools
import re
from dataclasses import dataclass, field
from typing import Any

import xlsxwriter
from xlsxwriter.chart import Chart
from xlsxwriter.chart_line import ChartLine
from xlsxwriter.utility import quote_sheetname, xl_col_to_name, xl_range_formula

from xlkpi.write import chart_caches

FAST = True  # off: xlsxwriter's Chart from the same options (the reference)
_PRIVATE = ("_assemble_xml_file", "fh", "id", "series", "_xml_close", "_escape_data",
            "_escape_attributes", "_escape_control_characters", "_get_data_type")
_COLOUR = re.compile(r"#[0-9A-F]{6}\Z")
_FORMULA_LIKE = re.compile(r"^=?[^!]+!\$?[A-Z]+\$?\d+")  # a name xlsxwriter takes as a cell
_NUMBERS = re.compile(r"-?[0-9]+(?:\.[0-9]+)?(?:\n-?[0-9]+(?:\.[0-9]+)?)*")  # one a line
_PLAIN_KINDS = {type(None), int, float, str}
_CHANGED = re.compile("[&<>\x00-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9a-fA-F]{4}_")  # by _text
_DASHES = {"dash": "dash", "round_dot": "sysDot"}
_MARKERS = {"circle", "triangle", "square", "none"}
_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="'
         'http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.'
         'openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
         'officeDocument/2006/relationships"><c:lang val="en-US"/><c:chart>')
_PRINT = ('<c:printSettings><c:headerFooter/><c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" '
          'header="0.3" footer="0.3"/><c:pageSetup/></c:printSettings></c:chartSpace>')


@dataclass
class LineChart:
    """A line chart as xlsxwriter options: add_series' for each series, set_title's,
    set_y_axis', set_x_axis', set_legend's, set_chartarea's and set_size's."""

    series: list[dict] = field(default_factory=list)
    title: dict = field(default_factory=dict)
    y_axis: dict = field(default_factory=dict)
    x_axis: dict = field(default_factory=dict)
    legend: dict = field(default_factory=dict)
    chartarea: dict = field(default_factory=dict)
    size: dict = field(default_factory=dict)


def add_line_chart(wb: xlsxwriter.Workbook, spec: LineChart) -> Chart:
    """A chart of `spec` in `wb` (for Worksheet.insert_chart), its blanks shown as gaps."""
    model = _prototype(wb)
    fast = FAST and all(hasattr(model, name) for name in _PRIVATE) and _writable(spec)
    series = _all_series(model, spec) if fast else None  # None: a cache xlsxwriter keeps as text
    if series is not None:
        chart = _add_copy(wb, model)
        chart.set_size(spec.size)
        chart.series = list(spec.series)  # what it draws (xlsxwriter only counts them)
        chart._xlkpi_written = False

        def assemble() -> None:
            chart.fh.write(chart_xml(chart, spec, series))
            chart._xml_close()
            chart._xlkpi_written = True
        chart._assemble_xml_file = assemble
        return chart
    chart = wb.add_chart({"type": "line"})
    chart_caches.fast_caches(chart)
    for series in spec.series:
        chart.add_series(series)
    chart.set_title(spec.title)
    chart.set_y_axis(spec.y_axis)
    chart.set_x_axis(spec.x_axis)
    chart.set_legend(spec.legend)
    chart.set_chartarea(spec.chartarea)
    chart.show_blanks_as("gap")
    chart.set_size(spec.size)
    return chart


# A chart written here is a copy of one line chart made once per workbook: xlsxwriter's own
# constructor sets up every option's defaults (its axes, fonts, labels), some 80 us a chart, and
# none of them is read when the XML is written here. Its lists and dicts that xlsxwriter adds
# to while packaging are each chart's own.
_OWN = ("series", "formula_ids", "formula_data", "axis_ids", "axis2_ids")


def _prototype(wb: xlsxwriter.Workbook) -> Chart:
    """The workbook's pristine line chart (as add_chart makes it, not in the workbook)."""
    model = getattr(wb, "_xlkpi_line_chart", None)
    if model is None:
        model = wb._xlkpi_line_chart = ChartLine({"type": "line"})
    return model


def _add_copy(wb: xlsxwriter.Workbook, model: Chart) -> Chart:
    """A copy of `model` added to `wb` as Workbook.add_chart adds a new chart."""
    chart = copy.copy(model)
    for name in _OWN:
        setattr(chart, name, type(getattr(model, name))())
    chart.embedded = True
    chart.date_1904 = wb.date_1904
    chart.remove_timezone = wb.remove_timezone
    wb.charts.append(chart)
    return chart


def confirm_written(wb: xlsxwriter.Workbook) -> None:
    """After close(): every chart given to this module's writer was written by it."""
    for chart in wb.charts:
        if getattr(chart, "_xlkpi_written", True) is False:
            raise RuntimeError(f"a chart was not written (xlsxwriter {xlsxwriter.__version__} "
                               "assembles charts differently)")


# --- what is written here --------------------------------------------------------------------
_SERIES_KEYS = {"name", "values", "values_data", "line", "marker"}  # and the first one's:
_CATEGORY_KEYS = {"categories", "categories_data"}
_FONT_KEYS = {"name", "size", "color", "bold"}


def _writable(spec: LineChart) -> bool:
    """Whether every option is of a kind chart_xml writes as xlsxwriter does."""
    try:
        series_ok = spec.series and all(
            set(s) == (_SERIES_KEYS | _CATEGORY_KEYS if i == 0 else _SERIES_KEYS)
            and isinstance(s["name"], str) and not _FORMULA_LIKE.match(s["name"])
            and _line_ok(s["line"]) and _marker_ok(s["marker"])
            for i, s in enumerate(spec.series))
        t, y, x = spec.title, spec.y_axis, spec.x_axis
        return bool(
            series_ok and set(t) == {"name", "name_font", "overlay"} and not t["overlay"]
            and isinstance(t["name"], str) and not _FORMULA_LIKE.match(t["name"])
            and _font_ok(t["name_font"])
            and set(y) == {"min", "max", "major_unit", "num_format", "num_font",
                           "major_gridlines", "line"}
            and all(isinstance(y[k], (int, float)) for k in ("min", "max", "major_unit"))
            and isinstance(y["num_format"], str) and _font_ok(y["num_font"])
            and set(y["major_gridlines"]) == {"visible", "line"}
            and y["major_gridlines"]["visible"] is True
            and _line_ok(y["major_gridlines"]["line"]) and y["line"] == {"none": True}
            and set(x) == {"text_axis", "num_format", "num_font", "interval_unit",
                           "interval_tick", "major_tick_mark", "line"}
            and x["text_axis"] is True and isinstance(x["num_format"], str)
            and x["num_format"] != "General" and _font_ok(x["num_font"])
            and all(type(x[k]) is int for k in ("interval_unit", "interval_tick"))
            and x["major_tick_mark"] == "outside" and _line_ok(x["line"])
            and (spec.legend == {"none": True} or (
                set(spec.legend) == {"position", "font"} and spec.legend["position"] == "bottom"
                and _font_ok(spec.legend["font"])))
            and set(spec.chartarea) == {"border", "fill"}
            and set(spec.chartarea["border"]) == {"color"} and set(spec.chartarea["fill"])
            == {"color"} and _colour_ok(spec.chartarea["border"]["color"])
            and _colour_ok(spec.chartarea["fill"]["color"]))
    except (KeyError, TypeError, AttributeError):
        return False


def _plain(data: Any) -> bool:
    """Whether `data` is a list of gaps, ints, floats and texts of digits (one sign, one
    point): numbers xlsxwriter writes as they are."""
    if not isinstance(data, list) or not data:
        return False
    kinds = set(map(type, data))
    if not kinds <= _PLAIN_KINDS:
        return False
    # each distinct text checked once (a mean or limit series repeats one text)
    texts = [t for t in set(data) if type(t) is str] if str in kinds else []
    return bool(_NUMBERS.fullmatch("\n".join(texts) or "0"))


def _colour_ok(c: Any) -> bool:
    return isinstance(c, str) and bool(_COLOUR.match(c))


def _line_ok(line: Any) -> bool:
    if line == {"none": True}:
        return True
    return isinstance(line, dict) and set(line) <= {"color", "width", "dash_type"} \
        and _colour_ok(line.get("color")) and line.get("dash_type", "dash") in _DASHES \
        and isinstance(line.get("width", 1), (int, float))


def _marker_ok(m: Any) -> bool:
    if m == {"type": "none"}:
        return True
    return isinstance(m, dict) and set(m) == {"type", "size", "fill", "border"} \
        and m["type"] in _MARKERS and type(m["size"]) is int and 2 <= m["size"] <= 72 \
        and set(m["fill"]) == {"color"} and set(m["border"]) == {"color"} \
        and _colour_ok(m["fill"]["color"]) and _colour_ok(m["border"]["color"])


def _font_ok(font: Any) -> bool:
    return isinstance(font, dict) and set(font) <= _FONT_KEYS and {"name", "size", "color"} \
        <= set(font) and type(font["size"]) is int and font["size"] > 0 \
        and _colour_ok(font["color"]) \
        and isinstance(font["name"], str) and type(font.get("bold", False)) is bool


# --- the XML, element for element as xlsxwriter writes it ------------------------------------
def chart_xml(chart: Chart, spec: LineChart, series: str) -> str:
    """The chart part of `spec` with its `series` (_all_series), as xlsxwriter 3.3 writes
    that chart with those options."""
    ids = (f"{5001 + int(chart.id):04d}0001", f"{5001 + int(chart.id):04d}0002")
    title, y, x = spec.title, spec.y_axis, spec.x_axis
    nf = y["num_format"]
    legend = "" if spec.legend.get("none") else (
        f'<c:legend><c:legendPos val="b"/><c:layout/>{_tx_pr(chart, spec.legend["font"])}'
        "</c:legend>")
    area = spec.chartarea
    return "".join((
        _HEAD, "<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>",
        _run_pr(chart, "a:defRPr", title["name_font"]), "</a:pPr><a:r>",
        _run_pr(chart, "a:rPr", title["name_font"], lang=True),
        f"<a:t>{_text(chart, title['name'])}</a:t></a:r></a:p></c:rich></c:tx><c:layout/>"
        '</c:title><c:plotArea><c:layout/><c:lineChart><c:grouping val="standard"/>', series,
        f'<c:marker val="1"/><c:axId val="{ids[0]}"/><c:axId val="{ids[1]}"/></c:lineChart>'
        f'<c:catAx><c:axId val="{ids[0]}"/><c:scaling><c:orientation val="minMax"/>'
        '</c:scaling><c:axPos val="b"/>'
        f'<c:numFmt formatCode="{_attr(chart, x["num_format"])}" sourceLinked="0"/>'
        '<c:majorTickMark val="out"/><c:tickLblPos val="nextTo"/>',
        _sp_pr(line=x["line"]), _tx_pr(chart, x["num_font"]),
        f'<c:crossAx val="{ids[1]}"/><c:crosses val="autoZero"/><c:lblAlgn val="ctr"/>'
        f'<c:lblOffset val="100"/><c:tickLblSkip val="{x["interval_unit"]}"/>'
        f'<c:tickMarkSkip val="{x["interval_tick"]}"/></c:catAx>'
        f'<c:valAx><c:axId val="{ids[1]}"/><c:scaling><c:orientation val="minMax"/>'
        f'<c:max val="{y["max"]}"/><c:min val="{y["min"]}"/></c:scaling><c:axPos val="l"/>'
        f'<c:majorGridlines>{_sp_pr(line=y["major_gridlines"]["line"])}</c:majorGridlines>'
        f'<c:numFmt formatCode="{_attr(chart, nf)}" sourceLinked="{int(nf == "General")}"/>'
        '<c:tickLblPos val="nextTo"/>', _sp_pr(line=y["line"]), _tx_pr(chart, y["num_font"]),
        f'<c:crossAx val="{ids[0]}"/><c:crosses val="autoZero"/>'
        f'<c:crossBetween val="between"/><c:majorUnit val="{y["major_unit"]}"/></c:valAx>'
        "</c:plotArea>", legend, '<c:plotVisOnly val="1"/></c:chart>',
        _sp_pr(fill=area["fill"]["color"], line=area["border"]), _PRINT))


def _all_series(chart: Chart, spec: LineChart) -> str | None:
    """The series' XML (it does not depend on the chart's id: made as the chart is added),
    or None if xlsxwriter would cache a series' data as text."""
    out = []
    for i, s in enumerate(spec.series):
        out.append(f'<c:ser><c:idx val="{i}"/><c:order val="{i}"/>'
                   f'<c:tx><c:v>{_text(chart, s["name"])}</c:v></c:tx>')
        out.append(_sp_pr(line=s["line"]))
        out.append(_marker(s["marker"]))
        for key, tag in (("categories", "c:cat"), ("values", "c:val")):
            if key not in s:
                continue
            data = s[key + "_data"]
            plain = _plain(data)
            if not plain and chart._get_data_type(data) != "num":
                return None
            out.append(f"<{tag}><c:numRef><c:f>{_text(chart, _formula(s[key]))}</c:f>"
                       f"{chart_caches.num_cache(chart, data, plain=plain)}</c:numRef></{tag}>")
        out.append("</c:ser>")
    return "".join(out)


def _formula(ref: Any) -> str:
    if isinstance(ref, list) and len(ref) == 5 and isinstance(ref[0], str) \
            and all(type(x) is int and x >= 0 for x in ref[1:]):
        sheet, r1, c1, r2, c2 = ref  # as xl_range_formula writes it, its parts made once
        first, last = f"${_column(c1)}${r1 + 1}", f"${_column(c2)}${r2 + 1}"
        formula = f"{_quoted(sheet)}!{first}" + ("" if first == last else f":{last}")
    else:
        formula = xl_range_formula(*ref) if isinstance(ref, list) else ref
    return formula.lstrip("=")


_quoted = functools.lru_cache(maxsize=256)(quote_sheetname)
_column = functools.lru_cache(maxsize=1024)(xl_col_to_name)


def _marker(m: dict) -> str:
    if m["type"] == "none":
        return '<c:marker><c:symbol val="none"/></c:marker>'
    return (f'<c:marker><c:symbol val="{m["type"]}"/><c:size val="{m["size"]}"/>'
            f'{_sp_pr(fill=m["fill"]["color"], line=m["border"])}</c:marker>')


def _sp_pr(*, fill: str | None = None, line: dict | None = None) -> str:
    out = ["<c:spPr>"]
    if fill:
        out.append(_solid(fill))
    if line:
        out.append(_ln(line))
    out.append("</c:spPr>")
    return "".join(out)


_LINES: dict[tuple, str] = {}  # a line's XML, by what it is made of (a few kinds a report)


def _ln(line: dict) -> str:
    key = (line.get("none"), line.get("color"), line.get("width"), line.get("dash_type"))
    made = _LINES.get(key)
    if made is None:
        if len(_LINES) > 1024:
            _LINES.clear()
        made = _LINES[key] = _line(line)
    return made


def _line(line: dict) -> str:
    width = line.get("width")
    attr = ""
    if width is not None:  # xlsxwriter's rounding: to a quarter point, then to EMUs
        attr = f' w="{int(0.5 + 12700 * (int((width + 0.125) * 4) / 4.0))}"'
    if line.get("none"):
        return f"<a:ln{attr}><a:noFill/></a:ln>"
    dash = f'<a:prstDash val="{_DASHES[line["dash_type"]]}"/>' if line.get("dash_type") else ""
    return f"<a:ln{attr}>{_solid(line['color'])}{dash}</a:ln>"


def _solid(colour: str) -> str:
    return f'<a:solidFill><a:srgbClr val="{colour[1:]}"/></a:solidFill>'


def _run_pr(chart: Chart, tag: str, font: dict, *, lang: bool = False) -> str:
    bold = f' b="{int(font["bold"])}"' if "bold" in font else ""
    head = ' lang="en-US"' if lang else ""
    return (f'<{tag}{head} sz="{int(font["size"] * 100)}"{bold} baseline="0">'
            f'{_solid(font["color"])}<a:latin typeface="{_attr(chart, font["name"])}"/></{tag}>')


def _tx_pr(chart: Chart, font: dict) -> str:
    return (f'<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>{_run_pr(chart, "a:defRPr", font)}'
            '</a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>')


def _text(chart: Chart, text: str) -> str:
    if isinstance(text, str) and _CHANGED.search(text) is None:
        return text  # nothing xlsxwriter's escapes would change
    return chart._escape_control_characters(chart._escape_data(text))


def _attr(chart: Chart, text: str) -> str:
    return chart._escape_attributes(text)
