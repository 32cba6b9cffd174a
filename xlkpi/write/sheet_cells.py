"""The report's worksheets: xlsxwriter's Worksheet with two of its inner loops made cheaper,
writing the same XML (tests/test_write_paths.py holds each to xlsxwriter's own).

- `_write_cell`, which writes each cell's XML as the sheet is assembled (the Summary, forum
  and Validation tabs' ~6,000 cells): a number, shared string or blank cell in a format of its
  own is written in one string, without xlsxwriter's list of attributes, each escaped (a cell
  reference and a style index need none); any other cell as xlsxwriter writes it;
- `_prepare_formula`: a formula without a bracket (a conditional format's '"Red"') skips the
  ~150 regular expressions xlsxwriter runs over each formula to spell Excel's newer functions,
  each of which looks for a function's opening bracket.

Relies on xlsxwriter's private `Worksheet._write_cell`, `_prepare_formula`, `fh`,
`constant_memory` and its cell tuples' class names and fields (xlsxwriter 3.3); package.Book
uses this class only with its FAST on.
"""

from __future__ import annotations

from typing import Any

from xlsxwriter.utility import xl_rowcol_to_cell_fast
from xlsxwriter.worksheet import Worksheet

_SIMPLE = frozenset({"Number", "String", "Blank"})  # the cells written here


class ReportSheet(Worksheet):
    def _write_cell(self, row: int, col: int, cell: Any) -> None:
        kind = cell.__class__.__name__
        if kind not in _SIMPLE or not cell.format or self.constant_memory:
            super()._write_cell(row, col, cell)
            return
        head = f'<c r="{xl_rowcol_to_cell_fast(row, col)}" s="{cell.format._get_xf_index()}"'
        if kind == "Number":
            self.fh.write(f"{head}><v>{cell.number:.16G}</v></c>")
        elif kind == "String":
            self.fh.write(f'{head} t="s"><v>{cell.string}</v></c>')
        else:
            self.fh.write(f"{head}/>")

    def _prepare_formula(self, formula: str, expand_future_functions: bool = False) -> str:
        if "(" in formula:
            return super()._prepare_formula(formula, expand_future_functions)
        if formula.startswith("{"):  # as xlsxwriter strips an array formula's braces and =
            formula = formula[1:]
        if formula.startswith("="):
            formula = formula[1:]
        if formula.endswith("}"):
            formula = formula[:-1]
        return formula
