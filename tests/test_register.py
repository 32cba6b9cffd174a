"""The KPI register: reading, every error with its sheet and cell, the shipped default,
the export round trip."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
from pathlib import Path

import pytest
import xlsxwriter
from builders import SMALL, register_workbook, save, write_register

from xlkpi.core.errors import InvalidRegister
from xlkpi.core.vocabulary import DIRECTIONS, FREQUENCIES, LAYOUTS, MEASURES, WINDOWS
from xlkpi.validate.register import did_you_mean, excel_length, load_register, read_register
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
    assert sizes.tolist() == [27, 44, 12, 5, 23, 19, 5, 3, 3, 20, 22]
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


def test_register_cells_are_plain_python_values(default_register, small_register):
    """The checksum is the SHA-256 of the cells as JSON: plain str, int and float only (a
    numpy scalar would be written as text by `default=str`), one row per indicator."""
    for register in (default_register, small_register):
        tables = register.tables()
        assert len(tables["Indicators"][1]) == len(register.indicators)
        for headers, rows in tables.values():
            assert all(len(row) == len(headers) for row in rows)
            assert {type(v) for row in rows for v in row} <= {str, int, float}
        blob = json.dumps(tables, ensure_ascii=False, default=str).encode()
        assert register.checksum() == hashlib.sha256(blob).hexdigest()


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


# --- Membership `Title`: each forum in its own words (issue 13) -----------------------------------
def _with_titles(tmp_path, titles):
    """The small register in two forums, with a Membership `Title` column (E)."""
    wb = register_workbook(
        forums=[("Board", "The board", "board", "monthly"), ("Contract", "x", "list", "monthly")],
        membership=[("Board", 1, "S", "P1"), ("Contract", 1, "S", "P1"),
                    ("Contract", 2, "S", "C1")])
    ws = wb["Membership"]
    ws["E1"] = "Title"
    for row, title in enumerate(titles, start=2):
        ws.cell(row, 5, title)
    return save(wb, tmp_path / "titles.xlsx")


def test_membership_title_is_the_forums_wording_defaulting_to_the_indicator(tmp_path):
    reg = load_register(_with_titles(tmp_path, [None, "  % of referrals decided in a workday ",
                                                ""]))
    m = reg.membership
    assert m["title_text"].tolist() == ["", "% of referrals decided in a workday", ""]
    assert m["title"].tolist() == ["% of referrals decided in 1 day",
                                   "% of referrals decided in a workday", "Number of contacts"]
    headers, rows = reg.tables()["Membership"]
    assert headers == ["Forum", "Ref", "Section", "Indicator ID", "Title"]
    assert [r[-1] for r in rows] == ["", "% of referrals decided in a workday", ""]
    again = load_register(export_register(reg, tmp_path / "export.xlsx"))
    assert again.tables() == reg.tables() and again.membership["title"].equals(m["title"])


def test_membership_title_changes_the_checksum(tmp_path):
    plain = load_register(_with_titles(tmp_path, []))
    worded = load_register(_with_titles(tmp_path, [None, "Other words"]))
    assert plain.checksum() != worded.checksum()


def test_without_forums_every_title_is_the_indicators(small_register):
    m = small_register.membership
    assert m["title"].tolist() == small_register.indicators["title"].tolist()
    assert (m["title_text"] == "").all()


# --- Figures from: an average from a total's figures (issue 13) ----------------------------------
def _figures_from(tmp_path, rows):
    base = [("K1", "Total cost of placements", "cost", None, None, "none", "quarterly", "month",
             None, "Finance", "Total cost (£)", "Placements in the quarter"),
            ("K2", "Total cost, no denominator", "cost", None, None, "none", "quarterly",
             "month", None, "Finance"),
            ("N1", "Number of episodes", "count", None, None, "none", "monthly", "month", None,
             "CLA", "Missing episodes", "Children who went missing"),
            ("V1", "Average caseload", "average", 18, 5, "lower", "monthly", "month", None, "HR")]
    _, report = read_register(write_register(tmp_path / "f.xlsx", base + rows))
    return [(f["cell"], f["code"], f["message"]) for f in report.to_dicts()]


def test_an_average_takes_a_cost_or_count_total_with_its_denominator(tmp_path):
    assert _figures_from(tmp_path, [
        ("KA", "Average cost per placement", "average", None, None, "lower", "quarterly",
         "month", 0, "Finance", None, None, "K1"),
        ("NA", "Episodes per child", "average", None, None, "lower", "monthly", "month", None,
         "CLA", None, None, "N1")]) == []
    reg = load_register(tmp_path / "f.xlsx")
    assert reg.indicators.loc["KA", ["measure", "figures_from"]].tolist() == ["average", "K1"]


def test_other_measure_mismatches_are_still_refused(tmp_path):
    got = _figures_from(tmp_path, [
        ("X1", "Average, total without a denominator", "average", None, None, "lower",
         "quarterly", "month", None, "Finance", None, None, "K2"),
        ("X2", "Percentage of a cost", "percentage", None, None, "lower", "quarterly", "month",
         None, "Finance", None, None, "K1"),
        ("X3", "Cost from an average", "cost", None, None, "lower", "monthly", "month", None,
         "HR", None, None, "V1"),
        ("X4", "Count from a cost", "count", None, None, "none", "quarterly", "month", None,
         "Finance", None, None, "K1")])
    assert [(c, code) for c, code, _ in got] == [
        ("Indicators!M6", "bad-figures-from"), ("Indicators!M7", "bad-figures-from"),
        ("Indicators!M8", "bad-figures-from"), ("Indicators!M9", "bad-figures-from")]
    messages = [m for _, _, m in got]
    assert "K2 is a cost with no `Denominator`" in messages[0]
    assert "K1 is a cost, not a percentage" in messages[1]
    assert "K1 is a cost, not a count" in messages[3]
    assert "or, for an average, a cost or count total" not in messages[1]


# --- findings that say what was meant (issue 13, the analyst's side) -----------------------------
def _messages(path):
    _, report = read_register(path)
    return {(f["cell"], f["code"]): f["message"] for f in report.to_dicts()}


def test_a_duplicate_id_names_the_row_that_had_it_first(tmp_path):
    got = _messages(write_register(tmp_path / "r.xlsx", [
        ("TB01", "First", "count"), ("TB02", "Other", "count"), ("tb01 ", "Again", "count"),
        ("TB01", "And again", "count")]))
    assert got[("Indicators!A4", "duplicate-id")].startswith("ID TB01 is already used in row 2")
    assert got[("Indicators!A5", "duplicate-id")].startswith("ID TB01 is already used in row 2")


@pytest.mark.parametrize(("column", "typed", "meant"), [
    ("measure", "percentge", "percentage"), ("measure", "Percent", "percentage"),
    ("measure", "costs", "cost"), ("direction", "lowr", "lower"),
    ("direction", "Higher is better", "higher"), ("direction", "Maintaining is better",
                                                  "maintain"),
    ("frequency", "quartely", "quarterly"), ("frequency", "anual", "annual"),
    ("window", "rolling 12", "rolling12"), ("window", "mnth", "month"),
])
def test_a_misspelt_word_gets_did_you_mean(tmp_path, column, typed, meant):
    row = {"measure": "percentage", "direction": "higher", "frequency": "monthly",
           "window": "month", column: typed}
    path = write_register(tmp_path / "r.xlsx", [
        ("X1", "Misspelt", row["measure"], None, None, row["direction"], row["frequency"],
         row["window"])])
    (key, message), = _messages(path).items()
    assert key[1] == f"unknown-{column}"
    assert message.endswith(f"; did you mean {meant}?"), message
    assert f"'{typed.strip().lower()}' is not one of" in message


def test_no_guess_when_nothing_is_close(tmp_path):
    path = write_register(tmp_path / "r.xlsx", [
        ("X1", "Far off", "percentage", None, None, "up"), ("X2", "Far off", "ratio2000x")])
    got = _messages(path)
    assert got[("Indicators!F2", "unknown-direction")] == \
        "X1: Direction 'up' is not one of higher, lower, maintain, none."
    assert "did you mean" not in got[("Indicators!C3", "unknown-measure")]


def test_a_misspelt_layout_or_forum_frequency_gets_did_you_mean(tmp_path):
    path = save(register_workbook(
        forums=[("Board", "x", "bord", "monthly"), ("List", "x", "list", "quartrly"),
                ("Map", "x", "Mapping tab", "monthly")],
        membership=[("Board", 1, "", "P1")]), tmp_path / "r.xlsx")
    got = _messages(path)
    assert got[("Forums!C2", "unknown-layout")] == \
        "Forum Board: Layout 'bord' is not one of board, list, assessment, mapping, actions; " \
        "did you mean board?"
    assert got[("Forums!D3", "unknown-frequency")].endswith("; did you mean quarterly?")
    assert got[("Forums!C4", "unknown-layout")].endswith("; did you mean mapping?")


def test_did_you_mean_uses_only_the_vocabulary():
    for choices in (MEASURES, DIRECTIONS, FREQUENCIES, WINDOWS, LAYOUTS):
        for word in choices:
            assert did_you_mean(word.upper() + " ", choices) == word
    assert did_you_mean("", MEASURES) is None
    assert did_you_mean("count or cost", MEASURES) in ("count", "cost")


# --- tab names as Excel counts them (issue 14) ---------------------------------------------------
@pytest.mark.parametrize(("name", "ok"), [
    ("\U0001F600" * 31, False),  # 31 code points, 62 UTF-16 units
    ("\U0001F600" * 16, False),  # 32 units
    ("\U0001F600" * 15 + "a", True),  # 31 units
    ("\u00e9" * 31, True),  # 31 characters of the Basic Multilingual Plane
    ("x" * 32, False),
    ("Board \U0001F4CA", True),
    ("Bad:name?", False),
    ("'quoted'", False),
])
def test_tab_names_count_utf16_units_as_excel_and_the_writer_do(tmp_path, name, ok):
    path = save(register_workbook(forums=[(name, "x", "list", "monthly")],
                                  membership=[(name, 1, "", "P1")]), tmp_path / "r.xlsx")
    got = _messages(path)
    assert (("Forums!A2", "bad-tab-name") not in got) is ok
    if excel_length(name) > 31:
        assert f"it is {excel_length(name)} characters as Excel counts them" in \
            got[("Forums!A2", "bad-tab-name")]
    # the writer agrees: what the register accepts, xlsxwriter can name a tab
    wb = xlsxwriter.Workbook(str(tmp_path / "w.xlsx"))
    try:
        wb.add_worksheet(name)
        accepted = True
    except xlsxwriter.exceptions.InvalidWorksheetName:
        accepted = False
    finally:
        wb.close()
    assert accepted is ok


def test_the_tab_name_message_explains_wide_characters(tmp_path):
    name = "Board " + "\U0001F600" * 13  # 19 code points, 32 units
    path = save(register_workbook(forums=[(name, "x", "list", "monthly")],
                                  membership=[(name, 1, "", "P1")]), tmp_path / "r.xlsx")
    message = _messages(path)[("Forums!A2", "bad-tab-name")]
    assert message == f"Forum name '{name}' cannot be an Excel tab name: it is 32 characters " \
        "as Excel counts them (13 of them, emoji and the like, count as two); a tab name has " \
        "at most 31. Rename it (the forum's full title goes in `Title`)."


def test_an_exported_register_leaves_blank_cells_blank(tmp_path):
    import openpyxl

    from xlkpi.write.register_export import export_register

    reg = load_register(write_register(tmp_path / "r.xlsx", [
        ("P1", "% one", "percentage", 90, None, None, None, None, None, "A"),
        ("C1", "Number", "count", None, None, "lower", "quarterly", "ytd", 2, "A")]))
    ws = openpyxl.load_workbook(export_register(reg, tmp_path / "x.xlsx"))["Indicators"]
    header = [c.value for c in ws[1]]
    rows = [dict(zip(header, r, strict=True)) for r in ws.iter_rows(min_row=2,
                                                                      values_only=True)]
    for col in ("Direction", "Frequency", "Window", "Decimals", "Tolerance"):
        assert rows[0][col] in (None, ""), col  # blank as typed: the default is implied
    assert [rows[1][c] for c in ("Direction", "Frequency", "Window", "Decimals")] == [
        "lower", "quarterly", "ytd", 2]
    again = load_register(tmp_path / "x.xlsx")  # and reads back to the same register
    assert again.tables() == reg.tables()
    assert again.indicators.loc["P1", ["direction", "frequency", "window", "decimals"]] \
        .tolist() == ["higher", "monthly", "month", 1]
