"""Build workbook_templates/default_register.xlsx from scripts/default_register_data.py.

The data module is the reviewable source; the workbook is what ships and what analysts copy
and edit. The workbook is written by xlkpi's own `register --export` code after the data has
passed the same checks every register passes, so the two cannot disagree (a test rebuilds it
and compares).

    python scripts/build_default_register.py [OUTPUT]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import xlsxwriter

sys.path.insert(0, str(Path(__file__).resolve().parent))
import default_register_data as data

from xlkpi.core.register import SHEETS
from xlkpi.core.resources import default_register_path
from xlkpi.validate.register import read_register
from xlkpi.write.register_export import export_register

TABLES = {"Indicators": data.INDICATORS, "Forums": data.FORUMS, "Membership": data.MEMBERSHIP,
          "Context": data.CONTEXT, "Findings": data.FINDINGS, "Actions": data.ACTIONS}


def write_plain(path: Path) -> None:
    """The data as a plain register workbook: headers in row 1, one row per record."""
    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False})
    for name, records in TABLES.items():
        headers = [c.header for c in SHEETS[name]]
        headers += sorted({k for r in records for k in r} - set(headers))
        ws = wb.add_worksheet(name)
        ws.write_row(0, 0, headers)
        for i, record in enumerate(records, start=1):
            for j, h in enumerate(headers):
                v = record.get(h)
                if isinstance(v, str):
                    ws.write_string(i, j, v)
                elif v is not None:
                    ws.write_number(i, j, v)
    wb.close()


def build(output: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / "plain.xlsx"
        write_plain(plain)
        register, report = read_register(plain)
    if len(report):
        for row in report.to_dicts():
            print(f"{row['severity']}: {row['cell']} {row['code']}: {row['message']}")
        if report.errors:
            raise SystemExit("the default register data has errors")
    return export_register(register, output)


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else default_register_path()
    print(f"wrote {build(out)}")
