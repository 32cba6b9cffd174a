"""A big sheet's number columns loaded as numbers (read/number_columns.py): whatever the
cells, the read is the same as loading every cell as text; the numbers' load is kept only when
every value below the peek came out of it, and is otherwise read again as text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from xlsx_parts import num, row, text, workbook

from xlkpi.read import early_load, number_columns, xlsx

SHARED = ["Team", "Value", "Count", "North", "abc", "12", "", " "]
# cells a number column may hold below its first numbers: (kind, XML of the cell at `ref`)
ODD_CELLS = {
    "text": lambda ref: f'<c r="{ref}" t="s"><v>4</v></c>',
    "number-like text": lambda ref: f'<c r="{ref}" t="s"><v>5</v></c>',
    "empty text": lambda ref: f'<c r="{ref}" t="s"><v>6</v></c>',
    "space": lambda ref: f'<c r="{ref}" t="s"><v>7</v></c>',
    "inline number": lambda ref: f'<c r="{ref}" t="inlineStr"><is><t>7</t></is></c>',
    "true": lambda ref: f'<c r="{ref}" t="b"><v>1</v></c>',
    "error": lambda ref: f'<c r="{ref}" t="e"><v>#DIV/0!</v></c>',
    "error, no value": lambda ref: f'<c r="{ref}" t="e"/>',
    "date": lambda ref: num(ref, 43831, style=2),
    "percent": lambda ref: num(ref, 0.25, style=1),
    "formula number": lambda ref: f'<c r="{ref}" t="str"><f>1+1</f><v>2</v></c>',
    "formula text": lambda ref: f'<c r="{ref}" t="str"><f>"a"</f><v>a</v></c>',
    "formula, no value": lambda ref: f'<c r="{ref}"><f>1+1</f></c>',
    "minus zero": lambda ref: num(ref, "-0"),
    "big": lambda ref: num(ref, "1E+300"),
    "long decimals": lambda ref: num(ref, "0.30000000000000004"),
    "blank styled": lambda ref: f'<c r="{ref}" s="1"/>',
}


def sheet(rows: int, odd: dict[int, str]) -> str:
    """A header, then `rows` rows: a team (shared text), a number, a count; `odd`: row ->
    kind of the cell put in column B instead of its number."""
    out = [row(1, '<c r="A1" t="s"><v>0</v></c>', '<c r="B1" t="s"><v>1</v></c>',
               text("C1", "Count"))]
    for r in range(2, rows + 2):
        b = ODD_CELLS[odd[r]](f"B{r}") if r in odd else num(f"B{r}", r * 3 % 17)
        out.append(row(r, f'<c r="A{r}" t="s"><v>3</v></c>', b, num(f"C{r}", r)))
    return "".join(out)


def snapshot(book: xlsx.Book) -> list:
    """The sheets as read, each value with its type (-0.0 and 0.0 apart, NaN equal to NaN)."""
    return [(s.name, s.height, [[(type(v).__name__, repr(v)) for v in r] for r in s.rows()],
             s.error_cells, s.no_value_formulas) for s in book.sheets]


@pytest.fixture
def planned(monkeypatch):
    """Every sheet loaded early, with a small peek; records whether the numbers were kept."""
    monkeypatch.setattr(early_load, "MIN_BYTES", 0)
    monkeypatch.setattr(number_columns, "PEEK", 1500)  # about a dozen rows
    monkeypatch.setattr(number_columns, "MIN_NUMBERS", 4)
    kept: list[bool] = []
    verified = number_columns.verified

    def spy(loaded, plans, scans):
        out = verified(loaded, plans, scans)
        kept.extend(name in (out or {}) for name in plans)
        return out

    monkeypatch.setattr(number_columns, "verified", spy)
    return kept


def as_text(path, monkeypatch) -> list:
    with monkeypatch.context() as m:
        m.setattr(early_load, "MIN_BYTES", 1 << 60)
        return snapshot(xlsx.read_book(path))


def test_plain_numbers_are_kept_as_loaded(tmp_path, planned, monkeypatch):
    path = workbook(tmp_path / "r.xlsx", {"Returns": sheet(60, {})}, shared=SHARED)
    assert snapshot(xlsx.read_book(path)) == as_text(path, monkeypatch)
    assert planned == [True]


@pytest.mark.parametrize("kind", ["text", "empty text", "space", "date", "formula text"])
def test_a_cell_the_numbers_lose_means_the_sheet_is_read_as_text(tmp_path, planned,
                                                                 monkeypatch, kind):
    path = workbook(tmp_path / "r.xlsx", {"Returns": sheet(60, {50: kind})}, shared=SHARED)
    assert snapshot(xlsx.read_book(path)) == as_text(path, monkeypatch)
    assert planned == [False]


@pytest.mark.parametrize("kind", ["number-like text", "inline number", "true", "error",
                                  "error, no value", "percent", "formula number",
                                  "formula, no value", "minus zero", "big", "long decimals",
                                  "blank styled"])
def test_cells_the_numbers_keep_are_read_from_them(tmp_path, planned, monkeypatch, kind):
    """A number column's load is kept where every value came out of it: the scan then puts
    back what it puts back for the text load (TRUE, errors, number-like texts, percents)."""
    odd = {50: kind, 55: "error"}
    path = workbook(tmp_path / "r.xlsx", {"Returns": sheet(60, odd)}, shared=SHARED)
    assert snapshot(xlsx.read_book(path)) == as_text(path, monkeypatch)
    assert planned == [True]


def test_a_column_with_text_in_its_first_rows_is_loaded_as_text(tmp_path, monkeypatch):
    xml = sheet(60, {5: "text"})
    path = workbook(tmp_path / "r.xlsx", {"Returns": xml}, shared=SHARED)
    monkeypatch.setattr(number_columns, "PEEK", 1500)
    monkeypatch.setattr(number_columns, "MIN_NUMBERS", 4)
    import zipfile

    with zipfile.ZipFile(path) as zf:
        found = number_columns.plan(zf, "xl/worksheets/sheet1.xml",
                                    {"xl/worksheets/sheet1.xml"}, xlsx.guard.Styles())
    assert found is not None and found.columns == [2]  # C only: B holds a text
    assert 5 < found.rows < 60


def test_rows_out_of_order_have_no_plan(tmp_path, monkeypatch):
    rows = [row(1, text("A1", "Value"))] + [row(r, num(f"A{r}", r)) for r in (3, 2, *range(4, 40))]
    path = workbook(tmp_path / "r.xlsx", {"Returns": "".join(rows)})
    monkeypatch.setattr(number_columns, "MIN_NUMBERS", 4)
    import zipfile

    with zipfile.ZipFile(path) as zf:
        assert number_columns.plan(zf, "xl/worksheets/sheet1.xml",
                                   {"xl/worksheets/sheet1.xml"}, xlsx.guard.Styles()) is None


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.integers(20, 70),
       odd=st.dictionaries(st.integers(2, 71), st.sampled_from(sorted(ODD_CELLS)), max_size=4))
def test_any_cells_read_as_loading_them_as_text(tmp_path_factory, planned, monkeypatch, rows,
                                                 odd):
    path = workbook(tmp_path_factory.mktemp("n") / "r.xlsx",
                    {"Returns": sheet(rows, {r: k for r, k in odd.items() if r <= rows + 1})},
                    shared=SHARED)
    assert snapshot(xlsx.read_book(path)) == as_text(path, monkeypatch)
