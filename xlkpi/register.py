"""The KPI register (DESIGN §2): which indicators exist, how each is measured and rated, and
which forum shows it. Read from the analyst's workbook, checked against the pandera schemas
`schemas/register_*.yaml` plus the cross-sheet rules below, every problem reported with its
sheet and cell in one pass.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from xlkpi import parse
from xlkpi.checks import run_schema
from xlkpi.errors import InvalidRegister
from xlkpi.findings import Report
from xlkpi.resources import default_register_path
from xlkpi.xlsx_read import Sheet, read_workbook

MEASURES = ("percentage", "rate", "average", "count", "cost", "yesno", "score", "assessed")
NUMERIC_MEASURES = ("percentage", "rate", "average", "count", "cost", "score")
POOLED_MEASURES = ("percentage", "rate", "average", "count", "cost")
SINGLE_TEAM_MEASURES = ("yesno", "score", "assessed")
DIRECTIONS = ("higher", "lower", "maintain")
FREQUENCIES = ("monthly", "quarterly", "annual")
WINDOWS = ("month", "ytd", "rolling12")
LAYOUTS = ("board", "list", "assessment", "mapping", "actions")
REPORT_TABS = ("Summary", "Trends", "Validation", "Data")
NO_VALUE = frozenset({"", "tbc", "tbd", "n/a", "na", "-", "none"})


@dataclass(frozen=True)
class Col:
    header: str
    key: str
    required: bool = False


INDICATOR_COLUMNS = [
    Col("ID", "id", True), Col("Indicator", "title", True), Col("Measure", "measure", True),
    Col("Target", "target"), Col("Tolerance", "tolerance"), Col("Direction", "direction"),
    Col("Frequency", "frequency"), Col("Window", "window"), Col("Decimals", "decimals"),
    Col("Stretch target", "stretch"), Col("Statistical neighbour", "stat_neighbour"),
    Col("England average", "england"), Col("Team", "team"), Col("Numerator", "numerator_text"),
    Col("Denominator", "denominator_text"), Col("Figures from", "figures_from"),
    Col("Section", "section"), Col("Outcome", "outcome"), Col("Owner", "owner"),
    Col("Status", "status"), Col("Priority", "priority"), Col("Notes", "notes"),
    Col("Source", "source"),
]
FORUM_COLUMNS = [Col("Forum", "forum", True), Col("Title", "title"), Col("Layout", "layout"),
                 Col("Frequency", "frequency")]
MEMBERSHIP_COLUMNS = [Col("Forum", "forum", True), Col("Ref", "ref"), Col("Section", "section"),
                      Col("Indicator ID", "indicator_id", True)]
CONTEXT_COLUMNS = [Col("Name", "name", True), Col("Year", "year"), Col("Value", "value", True)]
FINDING_COLUMNS = [Col("Area", "area"), Col("Type", "type"), Col("Finding", "finding", True),
                   Col("Indicator IDs", "indicator_ids"), Col("Other monitoring", "other")]
ACTION_COLUMNS = [Col("Ref", "ref", True), Col("Aim", "aim"), Col("Priority", "priority"),
                  Col("How", "how"), Col("Measure of success", "measure_of_success"),
                  Col("Owner", "owner"), Col("Target date", "target_date"),
                  Col("Indicator IDs", "indicator_ids")]
SHEETS = {"Indicators": INDICATOR_COLUMNS, "Forums": FORUM_COLUMNS,
          "Membership": MEMBERSHIP_COLUMNS, "Context": CONTEXT_COLUMNS,
          "Findings": FINDING_COLUMNS, "Actions": ACTION_COLUMNS}
# numeric indicator cells: key -> whether unit words ("5 cases") are allowed
QUANTITIES = ("target", "tolerance", "stretch", "stat_neighbour", "england")


@dataclass
class Register:
    """A checked register. Frames are keyed by snake_case names; `_row` is the Excel row."""

    indicators: pd.DataFrame  # index: ID (upper case)
    forums: pd.DataFrame
    membership: pd.DataFrame
    context: pd.DataFrame
    findings: pd.DataFrame
    actions: pd.DataFrame
    source: str = ""
    extra_columns: list[str] = field(default_factory=list)

    @property
    def ids(self) -> pd.Index:
        return self.indicators.index

    @property
    def fy_start_month(self) -> int:
        row = self.context[self.context["key"] == "financial year start month"]
        if len(row) and not np.isnan(row["value"].iloc[0]):
            return int(row["value"].iloc[0])
        return 4

    def population(self, years: np.ndarray | pd.Series) -> np.ndarray:
        """Under-18 population for each calendar year: the latest figure at or before it
        (or the earliest there is). NaN when the register has none."""
        pop = self.context[self.context["key"].isin(["under-18 population",
                                                      "under 18 population"])]
        pop = pop.dropna(subset=["value"]).sort_values("year")
        years = np.asarray(years, dtype=float)
        if pop.empty:
            return np.full(len(years), np.nan)
        known = pop["year"].fillna(0).to_numpy(float)
        values = pop["value"].to_numpy(float)
        at = np.searchsorted(known, years, side="right") - 1
        return values[np.clip(at, 0, len(values) - 1)]

    def tables(self) -> dict[str, tuple[list[str], list[list]]]:
        """The register as the sheets of its workbook: headers and cell values per sheet.
        This is what `xlkpi register --export` writes and what the checksum covers."""
        ctx = self.context.copy()
        ctx["year"] = ctx["year"].map(lambda v: "" if np.isnan(v) else int(v))
        ctx["value"] = ctx["value"].map(
            lambda v: "" if np.isnan(v) else (int(v) if float(v).is_integer() else float(v)))
        return {
            "Indicators": _indicator_rows(self),
            "Forums": _plain(self.forums, FORUM_COLUMNS),
            "Membership": _plain(self.membership, MEMBERSHIP_COLUMNS),
            "Context": _plain(ctx, CONTEXT_COLUMNS),
            "Findings": _plain(self.findings, FINDING_COLUMNS, "ids"),
            "Actions": _plain(self.actions, ACTION_COLUMNS, "ids"),
        }

    def checksum(self) -> str:
        """SHA-256 of the register's content (not of the file), for templates to carry."""
        blob = json.dumps(self.tables(), ensure_ascii=False, default=str).encode()
        return hashlib.sha256(blob).hexdigest()


def _indicator_rows(register: Register) -> tuple[list[str], list[list]]:
    ind = register.indicators
    headers = [c.header for c in INDICATOR_COLUMNS] + register.extra_columns
    rows = []
    for _, r in ind.iterrows():
        row = []
        for c in INDICATOR_COLUMNS:
            if c.key in QUANTITIES:
                label = r[f"{c.key}_label"]
                value = r[c.key]
                if c.key == "tolerance" and value == 0 and not label:
                    row.append("")
                elif r["measure"] == "yesno" and c.key == "target" and not np.isnan(value):
                    row.append("Yes" if value == 1 else "No")
                else:
                    row.append(label if label else ("" if np.isnan(value) else float(value)))
            elif c.key == "decimals":
                row.append(int(r["decimals"]))
            elif c.key == "team":
                row.append("; ".join(r["teams"]))
            else:
                row.append(r[c.key])
        row += [r[c] for c in register.extra_columns]
        rows.append(row)
    return headers, rows


def _plain(frame: pd.DataFrame, columns, ids_col: str | None = None) -> tuple[list, list]:
    headers = [c.header for c in columns]
    rows = []
    for _, r in frame.iterrows():
        row = []
        for c in columns:
            v = r.get(c.key, "")
            if c.key == "indicator_ids" and ids_col:
                v = "; ".join(r[ids_col])
            if isinstance(v, float) and np.isnan(v):
                v = ""
            row.append(v)
        rows.append(row)
    return headers, rows



def due(frequency, month, fy_start: int):
    """Whether an indicator of `frequency` is returned for `month` (a month index): monthly
    always; quarterly on the last month of each quarter of the financial year; annual on the
    year's last month. Works on single values and on whole columns alike."""
    position = (month % 12 + 1 - fy_start) % 12  # 0 = the financial year's first month
    return (frequency == "monthly") | ((frequency == "quarterly") & (position % 3 == 2)) | \
        ((frequency == "annual") & (position == 11))


# --- reading -------------------------------------------------------------------------------
def load_register(path: Path | str | None = None) -> Register:
    """The register at `path` (the shipped default when None); InvalidRegister if it has
    errors, with every finding in `.report`."""
    register, report = read_register(path)
    if report.errors:
        raise InvalidRegister(
            f"{register.source}: the KPI register has {report.errors} error"
            f"{'s' if report.errors != 1 else ''}; fix them and run again", report)
    return register


def read_register(path: Path | str | None = None) -> tuple[Register, Report]:
    """Read and check a register workbook; findings (errors and warnings) in the Report."""
    path = Path(path) if path is not None else default_register_path()
    book = read_workbook(path)
    name = path.name
    report = Report()
    by_name = {s.name.strip().lower(): s for s in book.sheets}

    tables = {}
    for sheet_name, columns in SHEETS.items():
        sheet = by_name.get(sheet_name.lower())
        if sheet is None:
            tables[sheet_name] = _empty(columns)
            if sheet_name == "Indicators":
                report.add("register-missing-sheet", "The register has no `Indicators` sheet "
                           "(one row per indicator, headers in row 1).", file=name)
            continue
        tables[sheet_name] = _table(sheet, columns, name, report)
    if report.errors:  # sheets or columns missing: their rows cannot be checked yet
        empty = {n: tables[n] if n != "Indicators" else _empty(INDICATOR_COLUMNS)
                 for n in SHEETS}
        return Register(empty["Indicators"].set_index("id", drop=False), empty["Forums"],
                        empty["Membership"], empty["Context"], empty["Findings"],
                        empty["Actions"], str(path)), report

    ind = _indicators(tables["Indicators"], name, report)
    forums, membership = _forums(tables["Forums"], tables["Membership"], ind, name, report,
                                 has_forums="forums" in by_name,
                                 has_membership="membership" in by_name)
    context = _context(tables["Context"], name, report)
    findings = _id_lists(tables["Findings"], "Findings", ind, name, report)
    actions = _id_lists(tables["Actions"], "Actions", ind, name, report)
    if (ind["measure"] == "rate").any() and not context["key"].isin(
            ["under-18 population", "under 18 population"]).any():
        report.add("missing-population", "Rate indicators need the under-18 population: add "
                   "a `Context` row `Under-18 population`, year, value.", file=name,
                   sheet="Context")
    extras = [c for c in tables["Indicators"].columns
              if c not in {col.key for col in INDICATOR_COLUMNS} and not c.startswith("_")]
    register = Register(ind, forums, membership, context, findings, actions, str(path), extras)
    return register, report


def _normal(header) -> str:
    return re.sub(r"\s+", " ", str(header).replace("\u00a0", " ")).strip().lower()


def _first_free(header: list[str]) -> int:
    """Where a missing column could go: the first blank header cell."""
    return header.index("") if "" in header else len(header)


def _empty(columns: list[Col]) -> pd.DataFrame:
    frame = pd.DataFrame({c.key: pd.Series(dtype=object) for c in columns})
    frame["_row"] = pd.Series(dtype=int)
    frame.attrs["colpos"] = {}
    return frame


def _table(sheet: Sheet, columns: list[Col], file: str, report: Report) -> pd.DataFrame:
    """Rows under the header row 1, keyed by column key; unknown headers kept by their name."""
    rows = sheet.rows
    header = [_normal(h) for h in (rows[0] if rows else [])]
    colpos: dict[str, int] = {}
    for col in columns:
        if _normal(col.header) in header:
            colpos[col.key] = header.index(_normal(col.header))
        elif col.required:
            report.add("register-missing-column",
                       f"Sheet `{sheet.name}` has no `{col.header}` column in row 1.",
                       file=file, sheet=sheet.name, row=1, col=_first_free(header))
    known = {_normal(c.header) for c in columns}
    extras = {str(rows[0][i]).strip(): i for i, h in enumerate(header) if h and h not in known}
    width = max((len(r) for r in rows), default=0)
    body = [r + [""] * (width - len(r)) for r in rows[1:]]
    data = {}
    for col in columns:
        i = colpos.get(col.key)
        data[col.key] = [r[i] for r in body] if i is not None else [""] * len(body)
    for name, i in extras.items():
        data[name] = [r[i] for r in body]
    frame = pd.DataFrame(data, dtype=object)
    frame["_row"] = np.arange(2, len(body) + 2)
    filled = frame.drop(columns="_row").map(lambda v: v not in ("", None)).any(axis=1)
    frame = frame[filled].reset_index(drop=True)
    frame.attrs["colpos"] = {**colpos, **extras}
    frame.attrs["sheet"] = sheet.name
    return frame


def _findings_from(failures: pd.DataFrame, frame: pd.DataFrame, file: str,
                   report: Report, describe) -> None:
    """pandera failure rows -> findings with the register cell they concern."""
    sheet, colpos = frame.attrs.get("sheet", ""), frame.attrs.get("colpos", {})
    for idx, column, code in failures[["index", "column", "code"]].itertuples(index=False):
        row = frame.loc[idx]
        report.add(code, describe(code, column, row), file=file, sheet=sheet,
                   row=int(row["_row"]), col=colpos.get(column, 0),
                   indicator=str(row.get("id", "")) if "id" in row else "")


def _indicators(raw: pd.DataFrame, file: str, report: Report) -> pd.DataFrame:
    t = raw.copy()
    for col in ("id", "title", "measure", "direction", "frequency", "window", "team",
                "figures_from"):
        t[col] = parse.clean_text(t[col])
    t["id"] = t["id"].str.upper()
    t["figures_from"] = t["figures_from"].str.upper()
    for col in ("measure", "direction", "frequency", "window"):
        t[col] = t[col].str.lower()
    t["direction"] = t["direction"].replace("", "higher")
    t["frequency"] = t["frequency"].replace("", "monthly")
    t["window"] = t["window"].replace("", "month")
    for col in QUANTITIES:
        text = parse.clean_text(raw[col])
        t[f"{col}_label"] = text.where(text.str.lower().isin(NO_VALUE - {""}), "")
        values, kind = parse.to_number(raw[col], units=True, no_value_words=NO_VALUE)
        t[col], t[f"{col}_kind"] = values, kind
    yesno = t["measure"].eq("yesno")
    answer = parse.clean_text(raw["target"]).str.lower()
    t.loc[yesno & answer.eq("yes"), ["target", "target_kind"]] = [1.0, "yesno"]
    t.loc[yesno & answer.eq("no"), ["target", "target_kind"]] = [0.0, "yesno"]
    t.loc[yesno & answer.isin(["yes", "no"]), "target_label"] = answer.str.capitalize()
    t["tolerance"] = t["tolerance"].fillna(0.0)
    decimals, t["decimals_kind"] = parse.to_number(raw["decimals"])
    whole_default = t["measure"].isin(["count", "cost"])
    t["decimals"] = decimals.fillna(pd.Series(np.where(whole_default, 0, 1), index=t.index))
    t.loc[~t["decimals"].between(0, 6) | (t["decimals"] % 1 != 0), "decimals_kind"] = "text"
    t["decimals"] = t["decimals"].clip(0, 6).round().astype(int)
    t["teams"] = t["team"].map(lambda s: tuple(x.strip() for x in re.split(r"[;\n]", s)
                                               if x.strip()))
    for col in ("numerator_text", "denominator_text", "section", "outcome", "owner", "status",
                "priority", "notes", "source"):
        t[col] = parse.clean_text(t[col])
    extras = [c for c in raw.columns if c not in {col.key for col in INDICATOR_COLUMNS}
              and not c.startswith("_")]
    for col in extras:
        t[col] = parse.clean_text(t[col])

    failures = run_schema("register_indicators", t)
    _findings_from(failures, t, file, report, _describe_indicator)
    # figures_from must name a returned indicator of the same measure
    ids = set(t["id"])
    source = t.set_index("id", drop=False)
    source = source[~source.index.duplicated()]
    fr = t[t["figures_from"] != ""]
    colpos = raw.attrs.get("colpos", {})
    for _, row in fr.iterrows():
        target = row["figures_from"]
        if target not in ids:
            code, msg = "unknown-indicator-ref", f"`Figures from` names {target}, which is not " \
                                                 "an indicator in this register."
        elif source.loc[target, "figures_from"]:
            code, msg = "bad-figures-from", f"{target} itself takes its figures from " \
                                            f"{source.loc[target, 'figures_from']}; point at " \
                                            "that one instead."
        elif source.loc[target, "measure"] != row["measure"]:
            code, msg = "bad-figures-from", f"{target} is a {source.loc[target, 'measure']}, " \
                                            f"not a {row['measure']}."
        else:
            continue
        report.add(code, msg, file=file, sheet="Indicators", row=int(row["_row"]),
                   col=colpos.get("figures_from", 0), indicator=row["id"])

    good = t[(t["id"] != "") & ~t["id"].duplicated(keep="first")]
    return good.set_index("id", drop=False).rename_axis("ID")


def _describe_indicator(code: str, column: str, row: pd.Series) -> str:
    ident = row["id"] or f"The indicator in row {int(row['_row'])}"
    raw = {"measure": row["measure"], "direction": row["direction"],
           "frequency": row["frequency"], "window": row["window"]}.get(column, "")
    choices = {"unknown-measure": MEASURES, "unknown-direction": DIRECTIONS,
               "unknown-frequency": FREQUENCIES, "unknown-window": WINDOWS}
    if code in choices:
        return f"{ident}: {column.capitalize()} '{raw}' is not one of {', '.join(choices[code])}."
    if code == "duplicate-id":
        return f"ID {row['id']} is used by an earlier row too; IDs must be unique."
    if code == "missing-value":
        header = next((c.header for c in INDICATOR_COLUMNS if c.key == column), column)
        return f"{ident}: `{header}` is blank; it is required."
    if code == "bad-target":
        if row["measure"] == "yesno":
            return f"{ident}: Target must be Yes or No for a yesno measure (or tbc)."
        return f"{ident}: Target is not a number; type e.g. 95 or 95%, or tbc."
    if code == "bad-number":
        label = {"tolerance": "Tolerance", "decimals": "Decimals (0 to 6)",
                 "stretch": "Stretch target", "stat_neighbour": "Statistical neighbour",
                 "england": "England average"}.get(column, column)
        return f"{ident}: {label} is not a number."
    if code == "single-team-measure":
        return (f"{ident}: a {row['measure']} indicator is returned by one team only, but "
                f"Team lists {len(row['teams'])} ({row['team']}).")
    return f"{ident}: {code}"


def _forums(forums_raw: pd.DataFrame, members_raw: pd.DataFrame, ind: pd.DataFrame, file: str,
            report: Report, *, has_forums: bool, has_membership: bool):
    if not has_forums and not has_membership:
        forums = pd.DataFrame({"forum": ["KPIs"], "title": ["Key performance indicators"],
                               "layout": ["list"], "frequency": ["monthly"], "_row": [0]})
        members = pd.DataFrame({"forum": "KPIs", "ref": [str(i + 1) for i in range(len(ind))],
                                "section": ind["section"].tolist(),
                                "indicator_id": ind.index.tolist(), "_row": 0})
    else:
        if not has_forums:
            report.add("register-missing-sheet", "`Membership` needs a `Forums` sheet "
                       "(Forum, Title, Layout, Frequency).", file=file)
        forums = forums_raw.copy()
        for col in ("forum", "title", "layout", "frequency"):
            forums[col] = parse.clean_text(forums[col])
        forums["layout"] = forums["layout"].str.lower().replace("", "list")
        forums["frequency"] = forums["frequency"].str.lower().replace("", "monthly")
        forums["key"] = forums["forum"].str.lower()
        forums["clash"] = forums["key"].duplicated(keep="first") | forums["key"].isin(
            [t.lower() for t in REPORT_TABS])
        forums["tab_ok"] = forums["forum"].map(_tab_name_ok) | forums["forum"].eq("")
        failures = run_schema("register_forums", forums)
        _findings_from(failures, forums, file, report, _describe_forum)
        members = members_raw.copy()
        for col in ("forum", "ref", "section", "indicator_id"):
            members[col] = parse.clean_text(members[col])
        members["indicator_id"] = members["indicator_id"].str.upper()
        members["known_forum"] = members["forum"].str.lower().isin(set(forums["key"])) | \
            members["forum"].eq("")
        members["known_id"] = members["indicator_id"].isin(set(ind.index)) | \
            members["indicator_id"].eq("")
        failures = run_schema("register_membership", members)
        _findings_from(failures, members, file, report, _describe_member)
        members = members[members["forum"].str.lower().isin(set(forums["key"]))
                          & members["indicator_id"].isin(set(ind.index))]
        forums = forums[(forums["forum"] != "") & ~forums["key"].duplicated()]
    forums = forums.assign(key=forums["forum"].str.lower()).reset_index(drop=True)
    members = members.assign(forum_key=members["forum"].str.lower())
    keep = ["forum", "forum_key", "ref", "section", "indicator_id", "_row"]
    return forums[["forum", "key", "title", "layout", "frequency", "_row"]], \
        members[keep].reset_index(drop=True)


def _tab_name_ok(name: str) -> bool:
    return 0 < len(name) <= 31 and not re.search(r"[\[\]:*?/\\]", name) and \
        not name.startswith("'") and not name.endswith("'")


def _describe_forum(code: str, column: str, row: pd.Series) -> str:
    if code == "unknown-layout":
        return f"Forum {row['forum']}: Layout '{row['layout']}' is not one of " \
               f"{', '.join(LAYOUTS)}."
    if code == "unknown-frequency":
        return f"Forum {row['forum']}: Frequency '{row['frequency']}' is not one of " \
               f"{', '.join(FREQUENCIES)}."
    if code == "bad-tab-name":
        return f"Forum name '{row['forum']}' cannot be an Excel tab name ({len(row['forum'])} " \
               "characters; at most 31, none of [ ] : * ? / \\)."
    if code == "tab-name-clash":
        return f"Forum name '{row['forum']}' is already used by another forum or report tab " \
               "(names are compared ignoring case)."
    return f"Forum {row['forum']}: `{column.title()}` is blank."


def _describe_member(code: str, column: str, row: pd.Series) -> str:
    if code == "unknown-forum":
        return f"Forum '{row['forum']}' is not listed on the `Forums` sheet."
    if code == "unknown-indicator-ref":
        return f"Indicator ID '{row['indicator_id']}' is not on the `Indicators` sheet."
    return f"`{column.replace('_', ' ').title()}` is blank."


def _context(raw: pd.DataFrame, file: str, report: Report) -> pd.DataFrame:
    c = raw.copy()
    c["name"] = parse.clean_text(c["name"])
    c["key"] = c["name"].str.lower().str.replace(r"\s+", " ", regex=True)
    c["year"], c["year_kind"] = parse.to_number(raw["year"])
    c["value"], c["value_kind"] = parse.to_number(raw["value"])
    colpos = raw.attrs.get("colpos", {})
    for _, row in c.iterrows():
        for col in ("year", "value"):
            if row[f"{col}_kind"] not in (parse.NUMBER, parse.BLANK) or (
                    col == "value" and row["value_kind"] == parse.BLANK):
                report.add("bad-number", f"Context '{row['name']}': {col.title()} is not a "
                           "number.", file=file, sheet="Context", row=int(row["_row"]),
                           col=colpos.get(col, 0))
    return c[["name", "key", "year", "value", "_row"]].reset_index(drop=True)


def _id_lists(raw: pd.DataFrame, sheet: str, ind: pd.DataFrame, file: str,
              report: Report) -> pd.DataFrame:
    t = raw.copy()
    for col in t.columns:
        if col != "_row":
            t[col] = parse.clean_text(t[col])
    t["ids"] = t["indicator_ids"].map(
        lambda s: [x.strip().upper() for x in re.split(r"[;,\n]", s) if x.strip()])
    colpos = raw.attrs.get("colpos", {})
    known = set(ind.index)
    for _, row in t.iterrows():
        unknown = [i for i in row["ids"] if i not in known]
        if unknown:
            report.add("unknown-indicator-ref", f"{', '.join(unknown)} "
                       f"{'is' if len(unknown) == 1 else 'are'} not on the `Indicators` sheet.",
                       file=file, sheet=sheet, row=int(row["_row"]),
                       col=colpos.get("indicator_ids", 0))
    t["ids"] = t["ids"].map(lambda ids: [i for i in ids if i in known])
    return t.reset_index(drop=True)
