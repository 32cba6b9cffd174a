"""Months as integers (year * 12 + month - 1), their labels, and which months are due.

Integers make windows, previous periods and last year plain arithmetic on whole columns."""

from __future__ import annotations

import datetime as dt

from xlkpi.core.vocabulary import FREQUENCY_MONTHS


def month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def month_text(index) -> str:
    """month index -> 'YYYY-MM'."""
    index = int(index)
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def month_label(index) -> str:
    """month index -> 'Apr-20', as the seed appendices head their columns."""
    index = int(index)
    name = dt.date(2000, index % 12 + 1, 1).strftime("%b")
    return f"{name}-{index // 12 % 100:02d}"


def due(frequency, month, fy_start: int):
    """Whether an indicator of `frequency` is returned for `month` (a month index): monthly
    always; quarterly on the last month of each quarter of the financial year; annual on the
    year's last month. Works on single values and on whole columns alike."""
    position = (month % 12 + 1 - fy_start) % 12  # 0 = the financial year's first month
    return (frequency == "monthly") | ((frequency == "quarterly") & (position % 3 == 2)) | \
        ((frequency == "annual") & (position == 11))


def step(frequency: str) -> int:
    """Months from one due period to the next."""
    return FREQUENCY_MONTHS[frequency]
