"""The report workbook (DESIGN §6): what the board secretary circulates.

Tabs: Summary (summary_tab.py), one tab per forum in register order, each in its layout
(forum_tabs.py, layouts.py), Trends (trends_tab.py), Validation and Data (data_tabs.py).
Written with xlsxwriter inside `files.atomic_output`:

- text from returns and the register is always written as text, never as a formula; there
  are no formulas, macros or external links (report_book.py);
- every tab is print-ready (pages.py): A4 landscape, one page wide at a fixed scale, header
  row repeated, page breaks that keep headings with their rows, footer with the period and
  page number; each table tab frozen under its header;
- the document properties say what it is (title, subject, language en-GB; the author left
  blank), and a custom property `xlkpi report` (the xlkpi version) marks it as a report, for a
  reader to skip without opening its sheets;
- it opens on the Summary with the cursor in A1, where every sheet has its title (Data, the
  machine-readable table, has its header row there, DESIGN §6);
- the same inputs and the same `created` give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

import xlkpi
from xlkpi.core.findings import Report
from xlkpi.core.register import Register
from xlkpi.write import chart_xml
from xlkpi.write.data_tabs import write_data, write_validation
from xlkpi.write.files import atomic_output
from xlkpi.write.forum_tabs import write_forum
from xlkpi.write.package import Book
from xlkpi.write.report_book import ReportBook
from xlkpi.write.report_model import Model, ReportSource
from xlkpi.write.sheet_xml import confirm_written
from xlkpi.write.styles import FONT
from xlkpi.write.summary_tab import write_summary
from xlkpi.write.trends_tab import write_trends

MARK = "xlkpi report"  # the custom document property that marks a report workbook
LANGUAGE = "en-GB"


def made_at(created: dt.datetime | None = None) -> dt.datetime:
    """`created`, else SOURCE_DATE_EPOCH (seconds since 1970, UTC) when set, else now."""
    if created is not None:
        return created
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    return dt.datetime.now(dt.UTC)


def _naive_utc(created: dt.datetime) -> dt.datetime:
    if created.tzinfo is not None:
        return created.astimezone(dt.UTC).replace(tzinfo=None)
    return created


def write_report(register: Register, results: pd.DataFrame, path: Path | str, *, period: int,
                 findings: Report, inputs: Sequence[tuple[str, str]] = (),
                 rows_read: int | None = None, created: dt.datetime | None = None) -> Path:
    """Write the report workbook to `path` (atomically, never half-written) and return it.

    `results`: the rated results (one row per indicator per due period); `period`: the
    reporting month; `findings`: every validation finding; `inputs`: (returns file, SHA-256)
    of each input; `rows_read`: the returns rows read from them; `created`: when it was made
    (default: made_at)."""
    path = Path(path)
    created = made_at(created)
    model = Model(ReportSource(register, results, period, findings, tuple(inputs), rows_read))
    with atomic_output(path) as tmp:
        wb = Book(tmp, LANGUAGE, default_format_properties=dict(FONT))
        wb.set_properties({
            "title": f"KPI performance report {model.label}",
            "subject": "RAG-rated key performance indicators by forum",
            "author": "", "created": _naive_utc(created),
            "comments": f"Made by xlkpi {xlkpi.__version__} for {model.label}",
        })
        wb.set_custom_property(MARK, xlkpi.__version__)
        book = ReportBook(wb, model.label)
        write_summary(book, model, created)
        for forum, title, layout in zip(model.forums["forum"], model.forums["title"],
                                        model.forums["layout"], strict=True):
            write_forum(book, model, forum, title, layout)
        write_trends(book, model)
        write_validation(book, findings)
        write_data(book, model)
        wb.close()
        confirm_written(wb)
        chart_xml.confirm_written(wb)
    return path
