"""The KPI register: reading, every error with its sheet and cell, the shipped default,
the export round trip."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from builders import SMALL, register_workbook, save, write_register

from xlkpi.core.errors import InvalidRegister
from xlkpi.validate.register import load_register, read_register
from xlkpi.write.register_export import export_register

ROOT = Path(__file__).resolve().parent.parent


def findings(path):
    _, report = read_register(path)
    return sorted((f["cell"], f["code"]) for f in report.to_dicts())


# --- reading -------------------------------------------------------------------------------
def test_small_register_reads_every_measure(small_register):
    ind = small_register.indicators
    assert list(ind.index) == [i[0] for i in SMALL]
    assert ind.loc["P1", "target"] == 95 and ind.loc["P1", "tolerance"] == 5
    assert ind.loc["P1", "teams"] == ("Front Door", "CIN/CP")
    assert ind.loc["C1", "decimals"] == 0 and ind.loc["P1", "decimals"] == 1
    assert ind.loc["Y1", "target"] == 1.0 and ind.loc["Y1", "target_label"] == "Yes"
    # without Forums/Membership every indicator goes to one list tab
    assert list(small_register.forums["forum"]) == ["KPIs"]
    assert list(small_register.membership["indicator_id"]) == list(ind.index)
    assert small_register.fy_start_month == 4


def test_percent_formats_units_and_words(tmp_path):
    wb = register_workbook([
        ("X1", "% typed as percent", "percentage", 0.95, 0.05),
        ("X2", "Caseload", "average", "18.00", "5 cases", "lower"),
        ("X3", "KS4", "average", "26 points", "6 points"),
        ("X4", "Unknown yet", "percentage", "tbc", "tbc"),
        ("X5", "No tolerance", "percentage", "95.0%", "n/a"),
    ])
    ws = wb["Indicators"]
    ws["D2"].number_format = "0%"
    ws["E2"].number_format = "0.0%"
    reg = load_register(save(wb, tmp_path / "r.xlsx"))
    ind = reg.indicators
    assert ind.loc["X1", "target"] == pytest.approx(95) and ind.loc["X1", "tolerance"] == 5
    assert ind.loc["X2", ["target", "tolerance"]].tolist() == [18, 5]
    assert ind.loc["X3", ["target", "tolerance"]].tolist() == [26, 6]
    assert ind.loc["X4", "target_label"] == "tbc" and ind.loc["X4", "tolerance"] == 0
    assert ind.loc["X5", ["target", "tolerance"]].tolist() == [95, 0]


def test_headers_match_ignoring_case_and_spaces(tmp_path):
    wb = register_workbook()
    ws = wb["Indicators"]
    ws["A1"], ws["B1"], ws["C1"] = "  id ", "INDICATOR", "measure"
    assert len(load_register(save(wb, tmp_path / "r.xlsx")).indicators) == len(SMALL)


def test_population_by_year(tmp_path):
    reg = load_register(write_register(tmp_path / "r.xlsx", context=[
        ("Under-18 population", 2019, 43112), ("Under-18 population", 2021, 44000)]))
    assert reg.population([2018, 2019, 2020, 2021, 2025]).tolist() == \
        [43112, 43112, 43112, 44000, 44000]


# --- every register error, with its sheet and cell, all in one pass -------------------------------
def test_every_register_error_is_reported_with_its_cell(tmp_path):
    wb = register_workbook(
        [("A1", "Fine", "percentage", 90, 5),
         ("a1", "Duplicate ID (case-insensitive)", "percentage"),
         ("B1", "Bad measure", "ratio"),
         ("B2", "Bad direction", "percentage", 90, 5, "up"),
         ("B3", "Bad frequency", "percentage", 90, 5, "higher", "weekly"),
         ("B4", "Bad window", "percentage", 90, 5, "higher", "monthly", "fortnight"),
         ("B5", "Text target", "percentage", "ninety"),
         ("B6", "Text tolerance", "percentage", 90, "some"),
         ("B7", "Yes/no with a number", "yesno", 95),
         ("B8", "Two teams for a score", "score", 3, None, "higher", "monthly", "month", None,
          "HR;QA"),
         ("B9", "Unknown source", "percentage", 90, 5, "higher", "monthly", "month", None, "QA",
          None, None, "ZZ1"),
         ("B10", "Source of other measure", "count", 5, None, "higher", "monthly", "month",
          None, "QA", None, None, "A1"),
         (None, "No ID", "count"),
         ("B11", None, "count")],
        forums=[("Trust Board", "Board", "board", "monthly"),
                ("A forum name far longer than Excel allows", "x", "list", "monthly"),
                ("Bad:name", "x", "list", "monthly"),
                ("trust board", "Clash", "list", "monthly"),
                ("Summary", "Clash with a report tab", "list", "monthly"),
                ("Grid", "Bad layout", "grid", "monthly")],
        membership=[("Trust Board", 1, "S", "A1"), ("Nowhere", 2, "S", "A1"),
                    ("Trust Board", 3, "S", "ZZ9")],
        findings=[("Area", "Positive", "A finding", "A1; QQ1", "")],
        actions=[("1.1", "Aim", "P", "How", "Measure", "Owner", "March", "XX")],
    )
    got = findings(save(wb, tmp_path / "bad.xlsx"))
    expected = [
        ("Actions!H2", "unknown-indicator-ref"),
        ("Findings!D2", "unknown-indicator-ref"),
        ("Forums!A3", "bad-tab-name"), ("Forums!A4", "bad-tab-name"),
        ("Forums!A5", "tab-name-clash"), ("Forums!A6", "tab-name-clash"),
        ("Forums!C7", "unknown-layout"),
        ("Indicators!A3", "duplicate-id"), ("Indicators!C4", "unknown-measure"),
        ("Indicators!F5", "unknown-direction"), ("Indicators!G6", "unknown-frequency"),
        ("Indicators!H7", "unknown-window"), ("Indicators!D8", "bad-target"),
        ("Indicators!E9", "bad-number"), ("Indicators!D10", "bad-target"),
        ("Indicators!J11", "single-team-measure"), ("Indicators!M12", "unknown-indicator-ref"),
        ("Indicators!M13", "bad-figures-from"), ("Indicators!A14", "missing-value"),
        ("Indicators!B15", "missing-value"),
        ("Membership!A3", "unknown-forum"), ("Membership!D4", "unknown-indicator-ref"),
    ]
    assert got == sorted(expected)


def test_invalid_register_raises_with_its_report(tmp_path):
    path = write_register(tmp_path / "r.xlsx", [("A1", "x", "bogus")])
    with pytest.raises(InvalidRegister, match="1 error") as info:
        load_register(path)
    assert info.value.report.flatten(["cell", "code"]) == [["Indicators!C2", "unknown-measure"]]


def test_missing_sheet_and_column(tmp_path):
    wb = register_workbook()
    wb["Indicators"].title = "KPIs"
    assert findings(save(wb, tmp_path / "a.xlsx")) == [("", "register-missing-sheet")]
    wb = register_workbook()
    wb["Indicators"]["C1"] = "Kind"  # no Measure column any more
    _, report = read_register(save(wb, tmp_path / "b.xlsx"))
    assert report.flatten(["cell", "code"]) == [["Indicators!N1", "register-missing-column"]]
    assert "`Measure`" in report.frame["message"].iloc[0]


def test_rates_without_population_warn(tmp_path):
    _, report = read_register(write_register(tmp_path / "r.xlsx", context=[]))
    assert report.codes() == ["missing-population"] and report.errors == 0


# --- the shipped default register -------------------------------------------------------------
def test_default_register_forums_and_sizes(default_register):
    reg = default_register
    sizes = reg.membership.groupby("forum_key", sort=False).size()
    assert list(reg.forums["forum"]) == [
        "Trust Board", "Contractual KPIs", "Financial PIs", "Compliance PIs", "LSCB",
        "Corporate Parenting Panel", "Adoption", "Youth Justice", "Quality Assurance",
        "SCF contract", "Scrutiny", "Ofsted findings", "Business plan"]
    assert sizes.tolist() == [27, 44, 6, 5, 23, 19, 5, 3, 3, 20, 22]
    assert list(reg.forums["layout"]) == ["board"] + ["list"] * 8 + \
        ["assessment", "list", "mapping", "actions"]
    assert len(reg.findings) == 30 and len(reg.actions) == 57
    assert reg.actions["ref"].iloc[0] == "1.1" and reg.actions["ref"].iloc[-1] == "5.10"
    assert reg.population([2020])[0] == 43112 and reg.fy_start_month == 4


def test_default_register_appendix_a_as_printed(default_register):
    ind = default_register.indicators
    tb = ind.loc[[f"TB{i:02d}" for i in range(1, 28)]]
    assert tb.loc["TB01", ["target", "tolerance", "direction"]].tolist() == [95, 5, "higher"]
    assert tb.loc["TB02", ["target", "tolerance", "direction", "stat_neighbour",
                           "england"]].tolist() == [22, 1, "lower", 22, 22.6]
    assert tb.loc["TB09", ["target", "tolerance"]].tolist() == [25.8, 1.6]
    assert tb.loc["TB21", ["measure", "target", "tolerance"]].tolist() == ["average", 18, 5]
    assert tb.loc["TB25", ["measure", "target_label", "direction"]].tolist() == \
        ["yesno", "Yes", "maintain"]
    assert tb.loc["TB14", "target_label"] == "tbc"
    assert (tb["outcome"] != "").all()


def test_one_indicator_appears_once_in_several_forums(default_register):
    m = default_register.membership
    forums_of = m.groupby("indicator_id")["forum"].agg(set)
    assert {"Trust Board", "Contractual KPIs", "Scrutiny"} <= forums_of["TB02"]
    assert {"Contractual KPIs", "LSCB"} <= forums_of["CK12"]
    assert not default_register.indicators.index.duplicated().any()


# Titles that say "Number of" but whose figure is not a plain count, and why.
NOT_COUNTS = {
    "TB15": "its target is 26 points: an average Attainment 8 score",
    "PI43": "children and episodes per child: episodes over children, both returned",
    "PI44": "children and episodes per child: episodes over children, both returned",
}


def test_default_register_measures_are_sensible(default_register):
    ind = default_register.indicators
    for iid, row in ind.iterrows():
        title = row["title"].lower()
        assert row["source"], f"{iid} has no Source"
        if row["measure"] == "percentage" and not row["figures_from"]:
            assert row["numerator_text"] and row["denominator_text"], iid
        if title.startswith(("% ", "percentage")):
            assert row["measure"] == "percentage", iid
        if title.startswith("rate") and "10,000" in title:
            assert row["measure"] == "rate", iid
        if title.startswith("average"):
            assert row["measure"] == "average", iid
        if title.startswith("number of") and iid not in NOT_COUNTS:
            assert row["measure"] == "count", iid
        if row["measure"] in ("yesno", "score", "assessed"):
            assert len(row["teams"]) <= 1, iid


def test_scrutiny_forum_says_it_is_a_default_selection(default_register):
    title = default_register.forums.set_index("forum").loc["Scrutiny", "title"]
    assert re.search("default selection", title, re.I)


def test_shipped_register_matches_its_source_data(tmp_path, default_register):
    """workbook_templates/default_register.xlsx is what its YAML/CSV source data builds."""
    spec = importlib.util.spec_from_file_location(
        "build_default_register", ROOT / "scripts" / "build_default_register.py")
    build_script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_script)
    rebuilt = load_register(build_script.build(tmp_path / "rebuilt.xlsx"))
    assert rebuilt.tables() == default_register.tables(), \
        "run: python scripts/build_default_register.py"
    assert rebuilt.checksum() == default_register.checksum()


# --- export round trip ---------------------------------------------------------------------------
def test_export_round_trip_default(tmp_path, default_register):
    again = load_register(export_register(default_register, tmp_path / "export.xlsx"))
    assert again.tables() == default_register.tables()
    assert again.checksum() == default_register.checksum()


def test_export_round_trip_small(tmp_path, small_register):
    again = load_register(export_register(small_register, tmp_path / "export.xlsx"))
    assert again.tables() == small_register.tables()
    cols = ["title", "measure", "target", "tolerance", "direction", "frequency", "window",
            "decimals", "teams"]
    assert again.indicators[cols].equals(small_register.indicators[cols])
