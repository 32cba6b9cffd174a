"""The default register's source data (workbook_templates/default_register/): plain YAML and
CSV that keep every cell's type, and the build script that turns them into the workbook."""

from __future__ import annotations

import csv
import importlib.util
import re
import shutil
from pathlib import Path

import pytest
import yaml

from xlkpi.core.register import SHEETS
from xlkpi.validate.register import load_register

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "workbook_templates" / "default_register"
EXTRA_INDICATOR_COLUMNS = {"Measure text", "Comments"}  # seed 000's own columns


@pytest.fixture(scope="module")
def build_script():
    spec = importlib.util.spec_from_file_location(
        "build_default_register", ROOT / "scripts" / "build_default_register.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tables(build_script):
    return build_script.load_tables()


@pytest.fixture
def data_copy(tmp_path):
    return Path(shutil.copytree(DATA, tmp_path / "data"))


def test_every_sheet_has_its_file_and_the_readme_names_it(build_script):
    assert list(build_script.SOURCES) == list(SHEETS)
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    for name in build_script.SOURCES.values():
        assert (DATA / name).is_file(), name
        assert f"`{name}`" in readme, name
    assert "python scripts/build_default_register.py" in readme


def test_cells_keep_their_types(tables):
    ind = {r["ID"]: r for r in tables["Indicators"]}
    assert len(ind) == len(tables["Indicators"]) == 174
    assert ind["TB01"]["Target"] == 95.0 and type(ind["TB01"]["Target"]) is float
    assert ind["TB01"]["Statistical neighbour"] == "n/a"
    assert ind["TB02"]["England average"] == 22.6
    words = {r[k] for r in ind.values() for k in ("Target", "Tolerance") if isinstance(
        r.get(k), str)}
    assert {"tbc", "n/a", "5 cases", "Yes"} <= words
    assert all(type(v) in (str, int, float) for t in tables.values() for r in t
               for v in r.values())
    assert all(type(r["Decimals"]) is int for r in ind.values() if "Decimals" in r)
    refs = [r["Ref"] for r in tables["Actions"]]
    assert all(isinstance(r, str) for r in refs) and "1.10" in refs and "1.1" in refs
    assert all(isinstance(r["Ref"], str) for r in tables["Membership"])
    assert tables["Context"] == [
        {"Name": "Under-18 population", "Year": 2019, "Value": 43112},
        {"Name": "Financial year start month", "Value": 4}]


def test_files_use_the_register_headers(tables):
    for sheet in ("Indicators", "Findings", "Actions"):
        headers = {c.header for c in SHEETS[sheet]}
        if sheet == "Indicators":
            headers |= EXTRA_INDICATOR_COLUMNS
        assert {k for r in tables[sheet] for k in r} <= headers, sheet
    for sheet, name in (("Forums", "forums.csv"), ("Membership", "membership.csv"),
                        ("Context", "context.csv")):
        with (DATA / name).open(encoding="utf-8", newline="") as f:
            assert next(csv.reader(f)) == [c.header for c in SHEETS[sheet]], name


def test_yaml_has_no_blank_values_and_keeps_its_group_comments():
    for name in ("indicators.yaml", "findings.yaml", "actions.yaml"):
        text = (DATA / name).read_text(encoding="utf-8")
        assert all(v is not None for r in yaml.safe_load(text) for v in r.values()), name
        assert max(len(line) for line in text.splitlines()) <= 100, name
    text = (DATA / "indicators.yaml").read_text(encoding="utf-8")
    assert "# Trust Board KPIs: seed 003 Appendix A" in text


def test_an_unquoted_yes_is_refused(build_script, data_copy):
    path = data_copy / "indicators.yaml"
    text = path.read_text(encoding="utf-8")
    assert 'Target: "Yes"' in text
    path.write_text(text.replace('Target: "Yes"', "Target: Yes", 1), encoding="utf-8")
    with pytest.raises(SystemExit, match=r"indicators.yaml record \d+ \(\w+\): Target is True"):
        build_script.load_tables(data_copy)


def test_an_edit_reaches_the_workbook(build_script, data_copy, tmp_path):
    path = data_copy / "indicators.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("- ID: TB01\n", "- ID: TB01\n  Stretch target: 98.5\n", 1)
                    .replace("Target: 95.0", "Target: 96", 1), encoding="utf-8")
    with (data_copy / "context.csv").open("a", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerow(["Under-18 population", "2020", "43500"])
    register = load_register(build_script.build(tmp_path / "edited.xlsx", data_copy))
    tb01 = register.indicators.loc["TB01"]
    assert tb01["target"] == 96 and tb01["stretch"] == 98.5
    assert list(register.population([2019, 2020])) == [43112, 43500]


# --- each forum in its own words: Membership `Title` against the seed papers (issue 13) ----------
SEEDS = ROOT.parent / "shared" / "seeds"
# forum -> the seed paper that words its indicators (seed 002 prints none of the 22; the
# mapping and actions tabs are built from Findings and Actions, not from Membership)
FORUM_SEEDS = {
    "Trust Board": "003", "Contractual KPIs": "001", "Financial PIs": "001",
    "Compliance PIs": "001", "LSCB": "001", "Corporate Parenting Panel": "001",
    "Adoption": "001", "Youth Justice": "001", "Quality Assurance": "001",
    "SCF contract": "000", "Scrutiny": "002", "Ofsted findings": "004", "Business plan": "003",
}
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed papers are not here")


def normal(text: str) -> str:
    """Wording compared ignoring case, punctuation, whitespace and the extraction's HTML."""
    text = re.sub(r"<[^>]+>", " ", text).lower()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text).split())


def seed_text(number: str) -> str:
    (path,) = SEEDS.glob(f"{number}_*.txt")
    return path.read_text(encoding="utf-8")


def seed_lines() -> dict[str, dict[str, str]]:
    """Each numbered list of the seeds, Ref -> the indicator's words as printed."""
    a = seed_text("003")
    appendix_a = a[a.rindex("Appendix A: Trust Board KPIs"):]
    h = seed_text("001")
    contractual = h[h.index("Contractual KPIs"):h.index("Non-Contractual Performance")]
    non_contractual = h[h.index("Non-Contractual Performance"):]
    # seed 000 split its numbers ("1 0" is 10) and lost some digits: rows are in order 1-20
    scf = [m.group(1) for m in re.finditer(r"^[\d ]+\t([^\t]+)\t", seed_text("000"), re.M)]
    return {
        "appendix_a": {m.group(1): m.group(2) for m in re.finditer(
            r"^(\d+)\t[^\t]*\t([^\t]+)\t", appendix_a, re.M)},
        "contractual": dict(re.findall(r"^(\d+)\t(.+)$", contractual, re.M)),
        "non_contractual": dict(re.findall(r"^(\d+)\t(.+)$", non_contractual, re.M)),
        "appendix_2": {str(i): t for i, t in enumerate(scf, start=1)},
    }


LISTS = {"Trust Board": "appendix_a", "Contractual KPIs": "contractual",
         "SCF contract": "appendix_2", **{f: "non_contractual" for f in (
             "Financial PIs", "Compliance PIs", "LSCB", "Corporate Parenting Panel", "Adoption",
             "Youth Justice", "Quality Assurance")}}
# Appendix H's "Total cost and average cost per ..." is two indicators on one line
TWO_FIGURES_ONE_LINE = {f"PI0{n}" for n in range(1, 7)} | {f"PI0{n}A" for n in range(1, 7)}


@needs_seeds
def test_every_membership_title_is_in_its_forums_seed_paper(default_register):
    m = default_register.membership
    titled = m[m["title_text"] != ""]
    assert len(titled) >= 10
    for forum, title in zip(titled["forum"], titled["title_text"], strict=True):
        assert forum in FORUM_SEEDS, f"{forum}: which seed words its indicators?"
        assert normal(title) in normal(seed_text(FORUM_SEEDS[forum])), (forum, title)


@needs_seeds
def test_forum_titles_are_the_seed_wording(default_register):
    """Every row of a forum whose paper numbers its indicators shows that paper's words for
    its Ref (its Title, or the register's own when they are the same), and every numbered
    line of the paper is in its forum."""
    lists = seed_lines()
    assert [len(lists[k]) for k in ("appendix_a", "contractual", "non_contractual",
                                    "appendix_2")] == [27, 44, 64, 20]
    m = default_register.membership
    shown = {k: set() for k in lists}
    for row in m[m["forum"].isin(list(LISTS))].itertuples(index=False):
        line = lists[LISTS[row.forum]][row.ref]
        shown[LISTS[row.forum]].add(row.ref)
        if row.indicator_id in TWO_FIGURES_ONE_LINE:
            assert normal(line).startswith("total cost and average cost per"), line
            if row.indicator_id.endswith("A"):
                assert normal(row.title) in normal(line), (row.title, line)
            else:
                assert normal(row.title).startswith("total cost of"), row.title
            continue
        assert normal(row.title) == normal(line), (row.forum, row.ref, row.title, line)
    assert {k: len(v) for k, v in shown.items()} == {k: len(v) for k, v in lists.items()}


def test_titles_are_filled_only_where_the_wording_differs(default_register):
    m = default_register.membership
    ind = default_register.indicators
    titled = m[m["title_text"] != ""]
    same = titled[titled["title_text"].map(normal) == titled["indicator_id"].map(
        ind["title"]).map(normal)]
    assert same.empty, same[["forum", "ref", "indicator_id"]]
    counts = titled.groupby("forum").size().to_dict()
    assert counts == {"Contractual KPIs": 5, "LSCB": 1, "Corporate Parenting Panel": 3,
                      "Youth Justice": 1}
    tb02 = m[(m["indicator_id"] == "TB02")].set_index("forum")["title"]
    assert tb02["Contractual KPIs"] == "% of re-referrals to CSC within 12 months"
    assert tb02["Trust Board"] == \
        "% of re-referrals to children's social care within a 12 month period."


# --- definitions that differ are separate indicators (issue 13) -----------------------------------
SPLITS = {  # Appendix H contractual indicator -> the Trust Board one it was merged with
    "CK03": "TB06", "CK06": "TB01", "CK19": "TB11", "CK20": "TB07"}


def test_split_measures_are_separate_indicators_in_their_own_forums(default_register):
    ind = default_register.indicators
    forums_of = default_register.membership.groupby("indicator_id")["forum"].agg(set)
    for ck, tb in SPLITS.items():
        number = int(ck[2:])
        assert "Contractual KPIs" in forums_of[ck] and "Contractual KPIs" not in forums_of[tb]
        assert "Trust Board" in forums_of[tb] and "Trust Board" not in forums_of[ck]
        assert ind.loc[ck, "source"] == f"Appendix H (contractual) #{number}"
        assert f"Appendix H (contractual) #{number}" not in ind.loc[tb, "source"]
        assert f"Split from {tb}" in ind.loc[ck, "notes"] and ck in ind.loc[tb, "notes"]
        assert ind.loc[ck, "direction"] == ind.loc[tb, "direction"]
        assert ind.loc[ck, "teams"] == ind.loc[tb, "teams"]
        assert (ind.loc[ck, "numerator_text"], ind.loc[ck, "denominator_text"]) != \
            (ind.loc[tb, "numerator_text"], ind.loc[tb, "denominator_text"])
    assert "excluding those placed for adoption" in ind.loc["CK19", "denominator_text"]
    assert "adoption" not in ind.loc["TB11", "denominator_text"]
    assert ind.loc["SCF16", "figures_from"] == "TB11"
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    merged = readme[readme.index("The merged measures are:"):readme.index("A merge is only")]
    for ck, tb in SPLITS.items():
        assert f"#{int(ck[2:])} = {tb}" not in merged and f"{ck}" in readme


def test_financial_pis_report_the_total_and_the_average_from_one_return(default_register):
    ind = default_register.indicators
    m = default_register.membership
    fin = m[m["forum"] == "Financial PIs"]
    assert fin["indicator_id"].tolist() == [f"PI0{n}{s}" for n in range(1, 7) for s in ("", "A")]
    assert fin["ref"].tolist() == [str(n) for n in range(1, 7) for _ in (0, 1)]
    for n in range(1, 7):
        total, average = ind.loc[f"PI0{n}"], ind.loc[f"PI0{n}A"]
        assert total["measure"] == "cost" and total["figures_from"] == ""
        assert total["numerator_text"] and total["denominator_text"]
        assert average["measure"] == "average" and average["figures_from"] == f"PI0{n}"
        assert average["teams"] == total["teams"] and average["decimals"] == 0
        assert (total["direction"], average["direction"]) == ("none", "lower")
        assert average["frequency"] == total["frequency"] == "quarterly"


# --- direction none: context figures (issue 11) ---------------------------------------------------
def test_context_figures_have_direction_none_and_say_why(default_register):
    ind = default_register.indicators
    none = ind[ind["direction"] == "none"]
    assert len(none) == 46
    assert {"CK10", "CK11", "CK12", "PI61", "PI01"} <= set(none.index)
    assert none["target"].isna().all()
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    direction = readme[readme.index("- **Direction.**"):readme.index("- **Scrutiny.**")]
    listed = set()
    for a, b in re.findall(r"\b([A-Z]{2}\d{2})(?:-([A-Z]{2}\d{2}))?\b", direction):
        if b:
            listed |= {f"{a[:2]}{i:02d}" for i in range(int(a[2:]), int(b[2:]) + 1)}
        else:
            listed.add(a)
    for iid, row in none.iterrows():
        assert "Direction none" in row["notes"], iid
        assert iid in listed, f"{iid} is not in the README's list"
    # a volume with no target and no direction left to the default is an oversight
    loose = ind[ind["measure"].isin(["count", "rate"]) & ind["target"].isna()
                & ind["figures_from"].eq("")]
    kept = loose[loose["direction"] == "higher"]  # each with the direction its paper gives
    assert set(kept.index) == {"TB14", "CK24", "CK35", "PI54", "PI55", "PI62"}
