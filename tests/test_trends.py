"""The Trends tab (DESIGN §6a, issues 12 and 13): a native SPC line chart per charted indicator
beside its data in the Excel table `Trends`, with alt text; read back with openpyxl and from
the package's XML (charts, drawings, tables), and opened by LibreOffice."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from builders import register_workbook, save, to_pdf, write_returns

from xlkpi import pipeline
from xlkpi.compute import spc
from xlkpi.core.calendar import month_index
from xlkpi.write import charts, trends_tab
from xlkpi.write.charts import Points

CREATED = dt.datetime(2021, 4, 6, 9, 30, tzinfo=dt.UTC)
MONTHS = [month_index(2019 + (m + 3) // 12, (m + 3) % 12 + 1) for m in range(24)]  # Apr-19..
HEADER = trends_tab.HEADER_ROW + 1  # Excel row of the table's header
HEADERS = [h for h, _ in trends_tab.COLUMNS]
# (ID, title, measure, target, tolerance, direction, frequency, window, decimals, team)
INDICATORS = [
    ("P1", "% of referrals decided in 1 day", "percentage", 95, 5, "higher", "monthly", "month",
     None, "Front Door"),
    ("P2", "% of re-referrals.", "percentage", 22, 1, "lower", "monthly", "ytd", None,
     "Front Door"),
    ("C1", "Number of contacts", "count", None, None, "none", "monthly", "month", None,
     "Front Door"),
    ("K1", "Cost of placements", "cost", 50000, None, "lower", "quarterly", "month", None,
     "Finance"),
    ("Y1", "Forecasting within budget", "yesno", "Yes", None, "maintain", "monthly", "month",
     None, "Finance"),
    ("S1", "Staff satisfaction", "score", 3, 0.5, "higher", "annual", "month", None, "HR"),
    ("Q1", "Quality of practice", "assessed", None, None, "higher", "quarterly", "month", None,
     "QA"),
]
CHARTED = ["P1", "P2", "C1", "K1"]  # yes/no, annual and assessed indicators get no chart
# a run of 8 below the mean (concern), ordinary wobble, then a month far above the upper limit
P1 = [76] * 7 + [78, 82] * 8 + [98]


def period(m: int) -> str:
    return f"{m // 12}-{m % 12 + 1:02d}"


def returns_rows() -> list[list]:
    rows = []
    for i, m in enumerate(MONTHS):
        p = period(m)
        rows += [["Front Door", "P1", p, P1[i], 100, None, "", None, None],
                 ["Front Door", "P2", p, 15 + i % 3, 100, None, "", None, None],
                 ["Front Door", "C1", p, 100 + 5 * i, None, None, "", None, None],
                 ["Finance", "Y1", p, None, None, "Yes", "", None, None]]
        if (m % 12 + 1) in (6, 9, 12, 3):
            rows += [["Finance", "K1", p, 50000 + 1000 * i, None, None, "", None, None],
                     ["QA", "Q1", p, None, None, None, "", "Green", "Audits good"]]
        if m % 12 + 1 == 3:
            rows.append(["HR", "S1", p, None, None, 3.5, "", None, None])
    return rows


def make_run(folder: Path, indicators=INDICATORS, rows=None):
    register = save(register_workbook(indicators), folder / "register.xlsx")
    returns = write_returns(folder / "returns.xlsx", returns_rows() if rows is None else rows)
    out = folder / "report.xlsx"
    processed = pipeline.process([returns], out, register, created=CREATED)
    return processed, out


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return make_run(tmp_path_factory.mktemp("trends"))


@pytest.fixture(scope="module")
def book(run):
    return openpyxl.load_workbook(run[1])


# --- the package's parts --------------------------------------------------------------------
def _rels(z: zipfile.ZipFile, part: str) -> dict[str, str]:
    """Relationship id -> target part (a path in the package) of `part`."""
    folder, name = part.rsplit("/", 1)
    xml = z.read(f"{folder}/_rels/{name}.rels").decode()
    out = {}
    for rid, target in re.findall(r'Id="(rId\d+)"[^>]*Target="([^"]+)"', xml):
        parts = folder.split("/")
        for step in target.split("/"):
            if step == "..":
                parts.pop()
            else:
                parts.append(step)
        out[rid] = "/".join(parts)
    return out


def trends_parts(path: Path) -> dict:
    """The Trends sheet's XML, its table's XML, and its charts' XML with their alt text, in
    the order of the drawing (the order the charts were inserted)."""
    z = zipfile.ZipFile(path)
    workbook = z.read("xl/workbook.xml").decode()
    rid = re.search(r'<sheet name="Trends" sheetId="\d+" r:id="(rId\d+)"', workbook).group(1)
    sheet = _rels(z, "xl/workbook.xml")[rid]
    targets = _rels(z, sheet).values()
    drawing = next(t for t in targets if "/drawings/" in t)
    tables = [z.read(t).decode() for t in targets if "/tables/" in t]
    chart_of = _rels(z, drawing)
    drawing_xml = z.read(drawing).decode()
    anchors = re.findall(r'<xdr:from><xdr:col>(\d+)</xdr:col><xdr:colOff>\d+</xdr:colOff>'
                         r'<xdr:row>(\d+)</xdr:row>.*?descr="([^"]*)".*?r:id="(rId\d+)"',
                         drawing_xml)
    chart_list = [{"col": int(c), "row": int(r), "descr": descr,
                   "xml": z.read(chart_of[cid]).decode()} for c, r, descr, cid in anchors]
    return {"sheet": z.read(sheet).decode(), "tables": tables, "charts": chart_list}


def series_names(chart_xml: str) -> list[str]:
    return re.findall(r"<c:ser>.*?<c:tx><c:v>([^<]*)</c:v></c:tx>", chart_xml)


def series_refs(chart_xml: str) -> list[str]:
    return re.findall(r"<c:f>([^<]*)</c:f>", chart_xml)


def chart_of(parts: dict, iid: str) -> dict:
    found = [c for c in parts["charts"] if c["descr"].startswith(f"{iid} ")]
    assert len(found) == 1, iid
    return found[0]


def table_rows(ws) -> list[tuple]:
    return list(ws.iter_rows(min_row=HEADER + 1, max_col=len(HEADERS), values_only=True))


# --- the tab ----------------------------------------------------------------------------------
def test_title_in_a1_and_no_merged_cells(book):
    ws = book["Trends"]
    assert ws["A1"].value.startswith("Trends to Mar-21: SPC charts of 4 indicators")
    assert not ws.merged_cells.ranges


def test_the_data_is_one_excel_table_from_column_a(book):
    ws = book["Trends"]
    assert list(ws.tables) == ["Trends"]
    table = ws.tables["Trends"]
    rows = table_rows(ws)
    assert table.ref == f"A{HEADER}:I{HEADER + len(rows)}"
    assert table.displayName == "Trends"
    assert table.headerRowCount in (None, 1)  # one header row (1 is the default)
    assert [c.name for c in table.tableColumns] == HEADERS
    assert [c.value for c in ws[HEADER]][:len(HEADERS)] == HEADERS
    # no blank rows or columns: every row names its indicator, period and value
    assert all(r[0] and r[1] is not None and r[2] is not None for r in rows)
    assert {r[0] for r in rows} == set(CHARTED)
    assert ws.max_row == HEADER + len(rows)


def test_table_rows_are_the_spc_points(run, book):
    processed, _ = run
    rows = table_rows(book["Trends"])
    by_id = {}
    for r in rows:
        by_id.setdefault(r[0], []).append(r)
    assert [len(by_id[i]) for i in CHARTED] == [24, 24, 24, 8]
    p1 = by_id["P1"]
    assert [r[2] for r in p1] == pytest.approx(P1)
    assert p1[0][1] == dt.datetime(2019, 4, 1) and p1[-1][1] == dt.datetime(2021, 3, 1)
    res = processed.results
    data = res[(res["indicator_id"] == "P1") & res["spc_mean"].notna()].iloc[0]
    for col, field in ((3, "spc_mean"), (4, "spc_lower"), (5, "spc_upper")):
        assert [r[col] for r in p1] == pytest.approx([data[field]] * 24), field
    assert p1[-1][6] == "Improvement" and p1[-1][7] == pytest.approx(98) and p1[-1][8] is None
    assert [r[6] for r in p1[:9]] == ["Concern"] * 8 + [None]  # 76 x 7, then 78: below
    assert p1[0][8] == pytest.approx(76) and p1[0][7] is None
    # a year-to-date indicator is charted by its single months (DESIGN §6a)
    assert [r[2] for r in by_id["P2"][:3]] == pytest.approx([15, 16, 17])
    # too few points: no mean or limits, no special causes
    assert all(r[3] is None and r[4] is None and r[5] is None and r[6] is None
               for r in by_id["K1"])
    # a direction that is never better or worse: its special causes are Up or Down
    assert {r[6] for r in by_id["C1"]} <= {"Up", "Down", None} and "Up" in {
        r[6] for r in by_id["C1"]}


def test_flags_match_the_spc_of_the_same_points(run, book):
    """Each row's Special cause is the side spc.spc_points gives that point."""
    rows = [r for r in table_rows(book["Trends"]) if r[0] == "P1"]
    points = spc.spc_points(_frame(P1, "higher"))
    kinds = {"up": "Improvement", "down": "Concern", "": None}
    assert [r[6] for r in rows] == [kinds[s] for s in points["side"]]


def _frame(values, direction):
    return pd.DataFrame({"indicator_id": "X", "month": range(len(values)), "value": values,
                         "direction": direction, "target": float("nan"),
                         "spc_from": float("nan")})


def test_one_chart_per_charted_indicator_beside_its_rows(run, book):
    parts = trends_parts(run[1])
    assert len(parts["charts"]) == len(CHARTED)
    assert [c["descr"].split()[0] for c in parts["charts"]] == CHARTED
    ids = [r[0] for r in table_rows(book["Trends"])]
    for chart in parts["charts"]:
        iid = chart["descr"].split()[0]
        first = ids.index(iid)  # the chart starts on its block's first row, right of the table
        assert chart["row"] == HEADER + first  # 0-based drawing row = Excel row of the block
        assert chart["col"] == len(HEADERS)
        n = ids.count(iid)
        block = f"${HEADER + 1 + first}:$"  # every series refers to the block's own rows
        refs = series_refs(chart["xml"])
        assert refs and all(re.fullmatch(rf"Trends!\$[A-I]\${HEADER + 1 + first}:\$[A-I]\$"
                                         rf"{HEADER + first + n}", f) for f in refs), block
        assert '<c:lineChart>' in chart["xml"]


def test_series_of_a_chart_with_limits_and_special_causes(run):
    parts = trends_parts(run[1])
    p1 = chart_of(parts, "P1")["xml"]
    assert series_names(p1) == ["Value", "Mean", "Upper limit", "Lower limit",
                                "Improvement (special cause)", "Concern (special cause)"]
    assert p1.count("<c:ser>") == 6
    assert 'prstDash val="dash"' in p1 and 'prstDash val="sysDot"' in p1  # dashed lines
    assert f'srgbClr val="{charts.IMPROVEMENT_COLOUR[1:]}"' in p1
    assert f'srgbClr val="{charts.CONCERN_COLOUR[1:]}"' in p1
    assert "<c:legendPos val=\"b\"/>" in p1
    assert "P1 % of referrals decided in 1 day" in p1  # the chart's title
    c1 = chart_of(parts, "C1")["xml"]
    assert "Special cause (up)" in series_names(c1)
    assert f'srgbClr val="{charts.NEUTRAL_COLOUR[1:]}"' in c1


def test_too_few_points_chart_shows_the_points_alone(run):
    k1 = chart_of(trends_parts(run[1]), "K1")["xml"]
    assert series_names(k1) == ["Value"]


def test_alt_text_of_a_special_cause(run):
    descr = chart_of(trends_parts(run[1]), "P1")["descr"]
    r = spc.spc(P1, "higher")
    assert descr.startswith(
        f"P1 % of referrals decided in 1 day: 24 months (Apr-19 to Mar-21), "
        f"mean {r.mean:.1f}%, limits {r.lower:.1f}% to {r.upper:.1f}%; "
        "latest (Mar-21) 98.0% above the upper limit: special cause improvement.")
    assert descr.endswith("Special-cause points: 1 improvement, 8 concern.")


def test_alt_text_of_too_few_points(run):
    descr = chart_of(trends_parts(run[1]), "K1")["descr"]
    assert descr == ("K1 Cost of placements: 8 quarters (Jun-19 to Mar-21), latest (Mar-21) "
                     "£73,000, lowest £52,000, highest £73,000. Too few points (8) for limits.")


def test_alt_text_drops_a_title_full_stop(run):
    descr = chart_of(trends_parts(run[1]), "P2")["descr"]
    assert descr.startswith("P2 % of re-referrals: 24 months")


def points(values, direction="higher", sides=None, *, limits=(50.0, 40.0, 60.0), months=None,
           variation="Common cause", frequency="monthly") -> Points:
    n = len(values)
    mean, lower, upper = limits if limits else (None, None, None)
    return Points("X1", "A measure", "percentage", 1, frequency, direction,
                  tuple(months or range(24231, 24231 + n)), tuple(float(v) for v in values),
                  tuple(sides or [""] * n), mean, lower, upper, variation)


@pytest.mark.parametrize(("direction", "last", "variation", "expected"), [
    ("higher", 30, "Concern", "latest (Mar-21) 30.0% below the lower limit: special cause "
                              "concern."),
    ("lower", 30, "Improvement", "below the lower limit: special cause improvement."),
    ("none", 70, "Special cause", "above the upper limit: special cause variation."),
    ("higher", 55, "Common cause", "within the limits: common cause variation."),
])
def test_alt_text_words(direction, last, variation, expected):
    values = [50] * 23 + [last]
    sides = [""] * 23 + ["" if variation == "Common cause" else ("up" if last > 50 else "down")]
    text = charts.alt_text(points(values, direction, sides, variation=variation))
    assert text.startswith("X1 A measure: 24 months (Apr-19 to Mar-21), mean 50.0%, limits "
                           "40.0% to 60.0%; ")
    assert expected in text


def test_alt_text_counts_special_points_by_meaning():
    sides = ["up"] * 3 + [""] * 18 + ["down"] * 3
    text = charts.alt_text(points([50] * 24, "lower", sides, variation="Improvement"))
    assert text.endswith("Special-cause points: 3 improvement, 3 concern.")
    text = charts.alt_text(points([50] * 24, "none", sides, variation="Special cause"))
    assert text.endswith("Special-cause points: 3 up, 3 down.")


def test_alt_text_of_one_point():
    text = charts.alt_text(points([42], limits=None, months=[24254],
                                  variation="Too few points (1)"))
    assert text == "X1 A measure: 1 month (Mar-21), latest (Mar-21) 42.0%. Too few points (1) " \
                   "for limits."


def test_value_axis_holds_points_and_limits_at_round_numbers():
    p = points([74.0, 90.6, 82.0], limits=(80.0, 70.1, 92.3))
    low, high, step = charts.axis_range(p)
    assert low <= 70.1 and high >= 92.3 and low >= 0 and high <= 100
    assert low % step == pytest.approx(0) and high % step == pytest.approx(0)
    low, high, _ = charts.axis_range(points([0, 0, 0], limits=None))
    assert low == 0 < high


def test_printed_at_a_fixed_scale_with_whole_blocks_on_a_page(book):
    ws = book["Trends"]
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
    assert int(ws.page_setup.scale) == trends_tab.PRINT_SCALE >= 80  # 10 pt prints at 8 pt
    assert not (ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage)
    assert ws.print_title_rows == f"${HEADER}:${HEADER}"
    assert ws.freeze_panes == f"A{HEADER + 1}"
    assert "Page &P of &N" in ws.oddFooter.right.text and "Mar-21" in ws.oddFooter.left.text
    ids = [r[0] for r in table_rows(ws)]
    starts = {HEADER + 1 + i for i, iid in enumerate(ids) if i == 0 or ids[i - 1] != iid}
    breaks = {b.id + 1 for b in ws.row_breaks.brk}  # the first Excel row of each new page
    assert breaks and breaks <= starts


def test_table_and_charts_fit_the_page_width():
    table = sum(trends_tab.column_pixels(w) for _, w in trends_tab.COLUMNS)
    assert (table + trends_tab.chart_width_px()) * trends_tab.LIBREOFFICE_POINTS_PER_PX \
        <= trends_tab.page_px() * trends_tab.LIBREOFFICE_POINTS_PER_PX
    assert trends_tab.chart_width_px() >= 450


def test_no_charted_indicator(tmp_path):
    rows = [r for r in returns_rows() if r[1] in ("Y1", "Q1")]
    _, out = make_run(tmp_path, [i for i in INDICATORS if i[0] in ("Y1", "Q1")], rows)
    ws = openpyxl.load_workbook(out)["Trends"]
    assert ws["A1"].value.startswith("Trends to Mar-21: SPC charts of 0 indicators")
    assert "No chart for 2 indicators" in ws["A3"].value
    assert not ws.tables
    assert not [n for n in zipfile.ZipFile(out).namelist() if "charts/chart" in n
                and n != "xl/charts/chart1.xml"]  # the Summary's chart alone


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice or pdftotext is not installed")
def test_libreoffice_prints_the_charts_beside_their_data(run, tmp_path):
    pdf = to_pdf(run[1], tmp_path)
    pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                           text=True, check=True).stdout.split("\f")
    trends = [p for p in pages if "Trends – Mar-21" in p]
    assert trends
    text = "\n".join(trends)
    for iid, title in [("P1", "% of referrals decided in 1 day"), ("K1", "Cost of placements"),
                       ("C1", "Number of contacts")]:
        # the chart's title is on the same page as its table rows: nothing spilt to a page
        # of its own to the right
        page = next(p for p in trends if f"{iid} {title}" in p)
        assert re.search(rf"^\s*{iid}\s", page, re.M), iid
        assert "Special cause" in page  # the repeated header row
    assert "Improvement (special cause)" in text and "Upper limit" in text
