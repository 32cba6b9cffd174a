"""Write a register back out as the workbook an analyst edits (`xlkpi register --export`).

What it writes reads back as the same register: numbers stay numbers, `tbc`/`n/a` stay
words, and the choice columns carry Excel drop-down lists so that a typo cannot get in.
"""

from __future__ import annotations

from pathlib import Path

from xlkpi.core.register import Register
from xlkpi.core.vocabulary import DIRECTIONS, FREQUENCIES, LAYOUTS, MEASURES, WINDOWS
from xlkpi.write.files import atomic_output, column_widths
from xlkpi.write.styles import HEADER_FILL, HEADER_TEXT
from xlkpi.write.xlsx import workbook

CHOICES = {"measure": MEASURES, "direction": DIRECTIONS, "frequency": FREQUENCIES,
           "window": WINDOWS, "layout": LAYOUTS}

README = [
    ("Sheet / column", "Meaning"),
    ("Indicators", "One row per indicator. Required: ID, Indicator, Measure."),
    ("Measure", "percentage, rate (per 10,000 under-18s), average, count, cost, yesno, score, "
                "assessed (a judged RAG with evidence)."),
    ("Target", "A number (95 or 95%), Yes/No for yesno; blank or tbc = no target yet (TBC)."),
    ("Tolerance", "In the indicator's unit (percentage points, cases); blank or n/a = 0."),
    ("Direction", "higher, lower or maintain (default higher); none for context figures, "
                  "never better or worse (no target)."),
    ("Frequency", "monthly, quarterly (returned on quarter-end months), annual."),
    ("Window", "month, ytd (financial year to date) or rolling12."),
    ("Decimals", "Precision shown and compared (default 1; 0 for count and cost)."),
    ("Team", "Team(s) that return it, separated by ;. Drives the returns template."),
    ("Figures from", "Optional: the ID of another indicator whose returned figures this one "
                     "re-uses with its own target; it is not returned itself."),
    ("Forums", "One row per report tab, in tab order: Forum (tab name, 31 characters at "
               "most), Title, Layout (board, list, assessment, mapping, actions), Frequency."),
    ("Membership", "Which indicators each forum shows, in order: Forum, Ref, Section, "
                   "Indicator ID. One indicator may sit in several forums."),
    ("Context", "Name, Year, Value: Under-18 population by year (for rates); Financial year "
                "start month (4 = April)."),
    ("Findings", "Inspection findings for `mapping` tabs, with the Indicator IDs they map to."),
    ("Actions", "Plan actions for `actions` tabs, with the Indicator IDs of their measures."),
]


def export_register(register: Register, path: Path | str) -> Path:
    """Write `register` to `path` (.xlsx) and return the path."""
    path = Path(path)
    with atomic_output(path) as tmp:
        wb = workbook(tmp)
        wb.set_properties({"title": "xlkpi KPI register", "comments": register.checksum()})
        head = wb.add_format({"bold": True, "bg_color": HEADER_FILL, "font_color": HEADER_TEXT,
                              "text_wrap": True, "valign": "top", "border": 1})
        wrap = wb.add_format({"text_wrap": True, "valign": "top"})
        for name, (headers, rows) in register.tables().items():
            ws = wb.add_worksheet(name)
            ws.write_row(0, 0, headers, head)
            for i, row in enumerate(rows, start=1):
                for j, v in enumerate(row):
                    if isinstance(v, str):
                        ws.write_string(i, j, v)
                    elif v is not None:
                        ws.write_number(i, j, v)
            widths = column_widths([headers, *rows], minimum=8, maximum=60)
            for j, w in enumerate(widths):
                ws.set_column(j, j, w, wrap if w >= 60 else None)
            ws.freeze_panes(1, 1 if name == "Indicators" else 0)
            ws.autofilter(0, 0, max(len(rows), 1), len(headers) - 1)
            last = max(len(rows), 1) + 500  # room for new rows
            for j, h in enumerate(headers):
                key = h.strip().lower()
                if key in CHOICES and (name == "Indicators" or key in ("layout", "frequency")):
                    ws.data_validation(1, j, last, j, {
                        "validate": "list", "source": list(CHOICES[key]),
                        "error_title": f"{h}", "error_message":
                            f"Choose one of: {', '.join(CHOICES[key])}"})
        ws = wb.add_worksheet("Read me")
        for i, (a, b) in enumerate(README):
            ws.write_string(i, 0, a, head if i == 0 else None)
            ws.write_string(i, 1, b, head if i == 0 else wrap)
        ws.set_column(0, 0, 18)
        ws.set_column(1, 1, 100)
        wb.close()
    return path
