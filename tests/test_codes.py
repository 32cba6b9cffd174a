"""The table of finding codes: every returns code has a message template and a plain phrase
a board can read; the templates are well formed and fill in a whole column at once."""

from __future__ import annotations

import re
import string

import pandas as pd
import pytest

from xlkpi.core.codes import CODES
from xlkpi.validate.messages import listing, render

RETURNS = [c for c in CODES.values() if c.scope == "returns"]
# layout codes written by the reader, with their own text where they are found
WRITTEN_BY_THE_READER = {"no-returns-sheet", "missing-column", "duplicate-column"}


@pytest.mark.parametrize("code", RETURNS, ids=lambda c: c.code)
def test_every_returns_code_has_a_plain_phrase(code):
    plain = code.plain
    assert plain and len(plain) <= 60, plain
    assert plain[0].islower(), plain  # it goes inside a sentence: "(…, 'CLA'!E7)"
    assert not re.search(r"[`{}@]|\b[a-z]+-[a-z]+\b|\bID\b", plain), plain  # no codes, fields
    assert not plain.endswith("."), plain


@pytest.mark.parametrize("code", [c for c in CODES.values() if c.scope != "register"],
                         ids=lambda c: c.code)
def test_templates_are_well_formed(code):
    if code.code in WRITTEN_BY_THE_READER:
        assert code.message == ""
        return
    parts = list(string.Formatter().parse(code.message))
    for _, name, spec, conversion in parts:
        assert name != "" and not spec and not conversion, code.code  # named, plain fields


def test_a_template_fills_a_column_with_numbers_as_typed():
    fields = pd.DataFrame({"numerator": [120.0, 1234567.0], "denominator": [100.5, None]})
    text = render(CODES["numerator-exceeds-denominator"].message, fields.__getitem__,
                  fields.index)
    assert text.tolist() == [
        "Numerator 120 is larger than Denominator 100.5; the numerator counts part of the "
        "denominator.",
        "Numerator 1,234,567 is larger than Denominator ; the numerator counts part of the "
        "denominator."]
    assert CODES["register-mismatch"].say(source="old.xlsx", checksum="abc").startswith(
        "This return was made from a template of another KPI register (old.xlsx, checksum abc")


def test_listing_names_a_few_and_counts_the_rest():
    assert listing(["a"], 1) == "a"
    assert listing(["a", "b"], 2) == "a and b"
    assert listing(["a", "b", "c"], 3) == "a, b and c"
    assert listing(["a", "b", "c"], 10_000) == "a, b, c and 9,997 more"
