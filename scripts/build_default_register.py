"""Build workbook_templates/default_register.xlsx from its source data in
workbook_templates/default_register/ (see the README.md there).

The YAML and CSV files are the reviewable source; the workbook is what ships and what analysts
copy and edit. The workbook is written by xlkpi's own `register --export` code after the data
has passed the same checks every register passes, so the two cannot disagree (a test rebuilds
it and compares).

    python scripts/build_default_register.py [OUTPUT]
"""

from __future__ import annotations

import csv
import sys
import tempfile
from pathlib import Path

import xlsxwriter
import yaml

from xlkpi.core.register import SHEETS
from xlkpi.core.resources import default_register_path
from xlkpi.validate.register import read_register
from xlkpi.write.register_export import export_register

DATA_DIR = Path(__file__).resolve().parent.parent / "workbook_templates" / "default_register"
# sheet -> its source file, in the workbook's sheet order
SOURCES = {"Indicators": "indicators.yaml", "Forums": "forums.csv",
           "Membership": "membership.csv", "Context": "context.csv",
           "Findings": "findings.yaml", "Actions": "actions.yaml"}
# CSV cells are text, except these columns, where a number is read as a number
CSV_NUMBERS = {"Context": ("Year", "Value")}

Record = dict[str, str | int | float]


def read_yaml(path: Path) -> list[Record]:
    """A YAML list of records. Every value must be text or a number: YAML reads an unquoted
    Yes/No/on/off as true/false and 2020-12-01 as a date, which a register cell cannot hold."""
    records = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise SystemExit(f"{path.name}: expected a list of records (`- Column: value`)")
    out = []
    for i, record in enumerate(records, start=1):
        name = f"{path.name} record {i} ({record.get('ID') or record.get('Ref') or '?'})"
        clean: Record = {}
        for key, value in record.items():
            if not isinstance(key, str):
                raise SystemExit(f"{name}: column name {key!r} must be text")
            if value is None:
                continue  # a blank cell
            if isinstance(value, bool) or not isinstance(value, str | int | float):
                raise SystemExit(f"{name}: {key} is {value!r} ({type(value).__name__}); "
                                 "quote it to keep it as text, e.g. \"Yes\"")
            clean[key] = value
        out.append(clean)
    return out


def _number(text: str) -> int | float | str:
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return text  # the register check reports it, with its cell


def read_csv(path: Path, sheet: str) -> list[Record]:
    """A CSV with the register's headers in row 1; a blank cell is left out."""
    numbers = CSV_NUMBERS.get(sheet, ())
    with path.open(encoding="utf-8", newline="") as f:
        return [{k: (_number(v) if k in numbers else v) for k, v in row.items() if v != ""}
                for row in csv.DictReader(f)]


def load_tables(data_dir: Path = DATA_DIR) -> dict[str, list[Record]]:
    """Each sheet's records, keyed by the register's column headers."""
    return {sheet: read_yaml(data_dir / name) if name.endswith(".yaml")
            else read_csv(data_dir / name, sheet) for sheet, name in SOURCES.items()}


def write_plain(path: Path, tables: dict[str, list[Record]]) -> None:
    """The data as a plain register workbook: headers in row 1, one row per record."""
    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False})
    for name, records in tables.items():
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


def build(output: Path, data_dir: Path = DATA_DIR) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / "plain.xlsx"
        write_plain(plain, load_tables(data_dir))
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
