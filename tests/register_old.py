"""The register's reading and checking as they were before they were made cheaper (validate/
register.py and read/register.py's `_table` at that time, pandera run on every frame), kept
for tests/test_register_speed.py to hold the new ones to: the same frames, the same findings.
Not to be changed."""
# ruff: noqa


from __future__ import annotations

import difflib
import functools
import re
from pathlib import Path

import numpy as np
import pandas as pd

from xlkpi.core.errors import InvalidRegister
from xlkpi.core.findings import Report
from xlkpi.core.register import DEFAULTED, INDICATOR_COLUMNS, QUANTITIES, SHEETS, Register
from xlkpi.core.vocabulary import (
    DIRECTIONS,
    FREQUENCIES,
    LAYOUTS,
    MEASURES,
    NO_VALUE,
    REPORT_TABS,
    WHOLE_MEASURES,
    WINDOWS,
)
from xlkpi.read import values as parse
from xlkpi.read import register as register_read
from xlkpi.read.register import (RegisterBook, Table, _first_free, empty_table,
                                 normal_header)
from xlkpi.core.register import Col
from xlkpi.core.resources import default_register_path
from xlkpi.validate.checks import run_schema


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
    book: RegisterBook = read_register_book(path)
    report, name, tables = book.report, book.name, book.tables
    if report.errors:  # sheets or columns missing: their rows cannot be checked yet
        frames = {n: (tables[n] if n != "Indicators" else
                      empty_table(INDICATOR_COLUMNS)).frame for n in SHEETS}
        return Register(frames["Indicators"].set_index("id", drop=False), frames["Forums"],
                        frames["Membership"], frames["Context"], frames["Findings"],
                        frames["Actions"], str(book.path)), report

    ind = _indicators(tables["Indicators"], name, report)
    forums, membership = _forums(tables["Forums"], tables["Membership"], ind, name, report,
                                 has_forums="forums" in book.present,
                                 has_membership="membership" in book.present)
    context = _context(tables["Context"], name, report)
    findings = _id_lists(tables["Findings"], ind, name, report)
    actions = _id_lists(tables["Actions"], ind, name, report)
    if (ind["measure"] == "rate").any() and not context["key"].isin(
            ["under-18 population", "under 18 population"]).any():
        report.add("missing-population", "Rate indicators need the under-18 population: add "
                   "a `Context` row `Under-18 population`, year, value.", file=name,
                   sheet="Context")
    extras = [c for c in tables["Indicators"].frame.columns
              if c not in {col.key for col in INDICATOR_COLUMNS} and not c.startswith("_")]
    register = Register(ind, forums, membership, context, findings, actions, str(book.path),
                        extras)
    return register, report


def _findings_from(failures: pd.DataFrame, frame: pd.DataFrame, table: Table, file: str,
                   report: Report, describe) -> None:
    """pandera failure rows of `frame` (checked from `table`) -> findings with the register
    cell they concern."""
    sheet, colpos = table.sheet, table.colpos
    for idx, column, code in failures[["index", "column", "code"]].itertuples(index=False):
        row = frame.loc[idx]
        report.add(code, describe(code, column, row), file=file, sheet=sheet,
                   row=int(row["_row"]), col=colpos.get(column, 0),
                   indicator=str(row.get("id", "")) if "id" in row else "")


def _indicators(table: Table, file: str, report: Report) -> pd.DataFrame:
    raw = table.frame
    t = raw.copy()
    for col in ("id", "title", "measure", "direction", "frequency", "window", "team",
                "figures_from"):
        t[col] = parse.clean_text(t[col])
    t["id"] = t["id"].str.upper()
    t["figures_from"] = t["figures_from"].str.upper()
    for col in ("measure", "direction", "frequency", "window"):
        t[col] = t[col].str.lower()
    for col in DEFAULTED:  # as typed, so that an export leaves a blank cell blank
        t[f"{col}_typed"] = t[col]
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
    whole_default = t["measure"].isin(WHOLE_MEASURES)
    t["decimals"] = decimals.fillna(pd.Series(np.where(whole_default, 0, 1), index=t.index))
    t.loc[~t["decimals"].between(0, 6) | (t["decimals"] % 1 != 0), "decimals_kind"] = "text"
    t["decimals"] = t["decimals"].clip(0, 6).round().astype(int)
    t["teams"] = t["team"].map(lambda s: tuple(x.strip() for x in re.split(r"[;\n]", s)
                                               if x.strip()))
    for col in ("numerator_text", "denominator_text", "section", "outcome", "owner", "status",
                "priority", "notes", "source", "spc_from_text"):
        t[col] = parse.clean_text(t[col])
    # SPC from: the first month of the SPC baseline (a rebase), blank = from the first value
    t["spc_from"] = parse.per_distinct(raw["spc_from_text"], _month_or_blank).astype(float)
    extras = [c for c in raw.columns if c not in {col.key for col in INDICATOR_COLUMNS}
              and not c.startswith("_")]
    for col in extras:
        t[col] = parse.clean_text(t[col])

    failures = run_schema("register_indicators", t)
    named = t[t["id"] != ""].drop_duplicates("id", keep="first")  # IDs are upper case here
    first_rows = dict(zip(named["id"], named["_row"].astype(int), strict=True))
    _findings_from(failures, t, table, file, report,
                   functools.partial(_describe_indicator, first_rows=first_rows))
    colpos = table.colpos
    for row, code, msg in _figures_from_problems(t):
        report.add(code, msg, file=file, sheet="Indicators", row=int(row["_row"]),
                   col=colpos.get("figures_from", 0), indicator=row["id"])

    for _, row in t[t["spc_from"].isna() & t["spc_from_text"].ne("")].iterrows():
        report.add("bad-number", f"{row['id']}: SPC from '{row['spc_from_text']}' is not a "
                   "month; type it as 2019-04 (or leave it blank).", file=file,
                   sheet="Indicators", row=int(row["_row"]), col=colpos.get("spc_from_text", 0),
                   indicator=row["id"])
    for _, row in t[t["direction"].eq("none") & t["target"].notna()].iterrows():
        report.add("bad-target", f"{row['id']}: a context figure (Direction none) is never "
                   "rated, so it cannot have a Target; remove the target or choose higher, "
                   "lower or maintain.", file=file, sheet="Indicators", row=int(row["_row"]),
                   col=colpos.get("target", 0), indicator=row["id"])
    good = t[(t["id"] != "") & ~t["id"].duplicated(keep="first")]
    return good.set_index("id", drop=False).rename_axis("ID")


# measures whose indicator may take another measure's figures: an average divides a total's
# Numerator by its Denominator (e.g. average cost per placement from the total cost, whose
# return gives the cost as Numerator and the number of placements as Denominator)
FIGURES_FROM_OTHER = {"average": ("cost", "count")}


def _figures_from_problems(t: pd.DataFrame):
    """(row, code, message) for each `Figures from` that is not a returned indicator of the same
    measure, or, for an average, a cost or count whose return gives a Denominator."""
    ids = set(t["id"])
    source = t.set_index("id", drop=False)
    source = source[~source.index.duplicated()]
    for _, row in t[t["figures_from"] != ""].iterrows():
        target, mine = row["figures_from"], row["measure"]
        if target not in ids:
            yield row, "unknown-indicator-ref", f"`Figures from` names {target}, which is not " \
                                                "an indicator in this register."
            continue
        src = source.loc[target]
        theirs = src["measure"]
        if src["figures_from"]:
            yield row, "bad-figures-from", f"{target} itself takes its figures from " \
                                           f"{src['figures_from']}; point at that one instead."
        elif theirs != mine and theirs not in FIGURES_FROM_OTHER.get(mine, ()):
            other = FIGURES_FROM_OTHER.get(mine)
            also = f" (or, for {_a(mine)}, {_a(' or '.join(other))} total)" if other else ""
            yield row, "bad-figures-from", f"{target} is {_a(theirs)}, not {_a(mine)}: " \
                                           f"`Figures from` takes an indicator of the same " \
                                           f"measure{also}."
        elif theirs != mine and not src["denominator_text"]:
            yield row, "bad-figures-from", (
                f"{target} is {_a(theirs)} with no `Denominator`: {row['id']} is "
                f"{_a(mine)}, its total divided by the number in the Denominator. Say in "
                f"{target}'s `Denominator` what is counted (e.g. placements), so that teams "
                "return it beside the total.")


def _a(word: str) -> str:
    return f"{'an' if word[:1] in 'aeiou' else 'a'} {word}"


def _month_or_blank(v) -> float:
    month = parse.parse_month(v)
    return np.nan if month is None else float(month)


def did_you_mean(typed: str, choices) -> str | None:
    """The word of `choices` the analyst most likely meant by `typed`: one of them typed as a
    word of it ('Higher is better', 'maintaining'), else the closest by difflib."""
    typed = str(typed).strip().lower()
    words = re.findall(r"[a-z0-9]+", typed)
    named = [c for c in choices if any(w == c or (len(c) >= 4 and w.startswith(c))
                                       for w in words)]
    if len(named) == 1:
        return named[0]
    for candidate in (typed, *words):
        close = difflib.get_close_matches(candidate, list(choices), n=1)
        if close:
            return close[0]
    return None


def _not_one_of(what: str, typed: str, choices) -> str:
    """E.g. "Measure 'percentge' is not one of percentage, ...; did you mean percentage?"."""
    text = f"{what} '{typed}' is not one of {', '.join(choices)}"
    guess = did_you_mean(typed, choices)
    return f"{text}; did you mean {guess}?" if guess else f"{text}."


def _describe_indicator(code: str, column: str, row: pd.Series, *,
                        first_rows: dict[str, int] | None = None) -> str:
    ident = row["id"] or f"The indicator in row {int(row['_row'])}"
    raw = {"measure": row["measure"], "direction": row["direction"],
           "frequency": row["frequency"], "window": row["window"]}.get(column, "")
    choices = {"unknown-measure": MEASURES, "unknown-direction": DIRECTIONS,
               "unknown-frequency": FREQUENCIES, "unknown-window": WINDOWS}
    if code in choices:
        return f"{ident}: {_not_one_of(column.capitalize(), raw, choices[code])}"
    if code == "duplicate-id":
        first = (first_rows or {}).get(row["id"])
        where = f"in row {first}" if first else "by an earlier row"
        return f"ID {row['id']} is already used {where}; IDs must be unique (compared " \
               "ignoring case)."
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


def _forums(forums_table: Table, members_table: Table, ind: pd.DataFrame, file: str,
            report: Report, *, has_forums: bool, has_membership: bool):
    if not has_forums and not has_membership:
        forums = pd.DataFrame({"forum": ["KPIs"], "title": ["Key performance indicators"],
                               "layout": ["list"], "frequency": ["monthly"], "_row": [0]})
        members = pd.DataFrame({"forum": "KPIs", "ref": [str(i + 1) for i in range(len(ind))],
                                "section": ind["section"].tolist(),
                                "indicator_id": ind.index.tolist(), "title_text": "",
                                "_row": 0})
    else:
        if not has_forums:
            report.add("register-missing-sheet", "`Membership` needs a `Forums` sheet "
                       "(Forum, Title, Layout, Frequency).", file=file)
        forums = forums_table.frame.copy()
        for col in ("forum", "title", "layout", "frequency"):
            forums[col] = parse.clean_text(forums[col])
        forums["layout"] = forums["layout"].str.lower().replace("", "list")
        forums["frequency"] = forums["frequency"].str.lower().replace("", "monthly")
        forums["key"] = forums["forum"].str.lower()
        forums["clash"] = forums["key"].duplicated(keep="first") | forums["key"].isin(
            [t.lower() for t in REPORT_TABS])
        forums["tab_ok"] = forums["forum"].map(_tab_name_ok) | forums["forum"].eq("")
        failures = run_schema("register_forums", forums)
        _findings_from(failures, forums, forums_table, file, report, _describe_forum)
        members = members_table.frame.copy()
        for col in ("forum", "ref", "section", "indicator_id", "title_text"):
            members[col] = parse.clean_text(members[col])
        members["indicator_id"] = members["indicator_id"].str.upper()
        members["known_forum"] = members["forum"].str.lower().isin(set(forums["key"])) | \
            members["forum"].eq("")
        members["known_id"] = members["indicator_id"].isin(set(ind.index)) | \
            members["indicator_id"].eq("")
        failures = run_schema("register_membership", members)
        _findings_from(failures, members, members_table, file, report,
                       _describe_member)
        members = members[members["forum"].str.lower().isin(set(forums["key"]))
                          & members["indicator_id"].isin(set(ind.index))]
        forums = forums[(forums["forum"] != "") & ~forums["key"].duplicated()]
    forums = forums.assign(key=forums["forum"].str.lower()).reset_index(drop=True)
    # the wording each forum shows: its own Title, else the register's Indicator
    default_title = members["indicator_id"].map(ind["title"]).fillna("")
    members = members.assign(forum_key=members["forum"].str.lower(),
                             title=members["title_text"].where(members["title_text"].ne(""),
                                                               default_title))
    keep = ["forum", "forum_key", "ref", "section", "indicator_id", "title_text", "title",
            "_row"]
    return forums[["forum", "key", "title", "layout", "frequency", "_row"]], \
        members[keep].reset_index(drop=True)


def excel_length(text: str) -> int:
    """Characters as Excel (and xlsxwriter) count them: UTF-16 code units, so an emoji or any
    character beyond U+FFFF counts as two."""
    return len(text.encode("utf-16-le")) // 2


def tab_name_problem(name: str) -> str:
    """Why Excel cannot name a tab `name` ('' when it can): at most 31 characters as Excel
    counts them, none of [ ] : * ? / \\, no apostrophe at either end."""
    length = excel_length(name)
    if length > 31:
        wide = length - len(name)
        why = f" ({wide} of them, emoji and the like, count as two)" if wide else ""
        return f"it is {length} characters as Excel counts them{why}; a tab name has at most 31"
    bad = sorted(set(re.findall(r"[\[\]:*?/\\]", name)))
    if bad:
        return f"it holds {' '.join(bad)}, which a tab name cannot (none of [ ] : * ? / \\)"
    if name.startswith("'") or name.endswith("'"):
        return "a tab name cannot start or end with an apostrophe"
    return "" if name else "it is blank"


def _tab_name_ok(name: str) -> bool:
    return not tab_name_problem(name)


def _describe_forum(code: str, column: str, row: pd.Series) -> str:
    if code == "unknown-layout":
        return f"Forum {row['forum']}: {_not_one_of('Layout', row['layout'], LAYOUTS)}"
    if code == "unknown-frequency":
        return f"Forum {row['forum']}: {_not_one_of('Frequency', row['frequency'], FREQUENCIES)}"
    if code == "bad-tab-name":
        return f"Forum name '{row['forum']}' cannot be an Excel tab name: " \
               f"{tab_name_problem(row['forum'])}. Rename it (the forum's full title goes " \
               "in `Title`)."
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


def _context(table: Table, file: str, report: Report) -> pd.DataFrame:
    raw = table.frame
    c = raw.copy()
    c["name"] = parse.clean_text(c["name"])
    c["key"] = c["name"].str.lower().str.replace(r"\s+", " ", regex=True)
    c["year"], c["year_kind"] = parse.to_number(raw["year"])
    c["value"], c["value_kind"] = parse.to_number(raw["value"])
    colpos = table.colpos
    for _, row in c.iterrows():
        for col in ("year", "value"):
            if row[f"{col}_kind"] not in (parse.NUMBER, parse.BLANK) or (
                    col == "value" and row["value_kind"] == parse.BLANK):
                report.add("bad-number", f"Context '{row['name']}': {col.title()} is not a "
                           "number.", file=file, sheet="Context", row=int(row["_row"]),
                           col=colpos.get(col, 0))
    return c[["name", "key", "year", "value", "_row"]].reset_index(drop=True)


def _id_lists(table: Table, ind: pd.DataFrame, file: str,
              report: Report) -> pd.DataFrame:
    t = table.frame.copy()
    sheet = table.sheet
    for col in t.columns:
        if col != "_row":
            t[col] = parse.clean_text(t[col])
    t["ids"] = t["indicator_ids"].map(
        lambda s: [x.strip().upper() for x in re.split(r"[;,\n]", s) if x.strip()])
    colpos = table.colpos
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


def read_register_book(path: Path | str | None = None) -> RegisterBook:
    """The register workbook at `path` (the shipped default when None), sheet by sheet."""
    path = Path(path) if path is not None else default_register_path()
    book = register_read.read_workbook(path)
    report = Report()
    by_name = {s.name.strip().lower(): s for s in book.sheets}
    tables = {}
    for sheet_name, columns in SHEETS.items():
        sheet = by_name.get(sheet_name.lower())
        if sheet is None:
            tables[sheet_name] = empty_table(columns, sheet_name)
            if sheet_name == "Indicators":
                report.add("register-missing-sheet", "The register has no `Indicators` sheet "
                           "(one row per indicator, headers in row 1).", file=path.name)
            continue
        tables[sheet_name] = _table(sheet, columns, path.name, report)
    return RegisterBook(path, tables, set(by_name), report)


def _table(sheet: Sheet, columns: list[Col], file: str, report: Report) -> Table:
    """Rows under the header row 1, keyed by column key; unknown headers kept by their name."""
    rows = sheet.rows
    header = [normal_header(h) for h in (rows[0] if rows else [])]
    colpos: dict[str, int] = {}
    for col in columns:
        if normal_header(col.header) in header:
            colpos[col.key] = header.index(normal_header(col.header))
        elif col.required:
            report.add("register-missing-column",
                       f"Sheet `{sheet.name}` has no `{col.header}` column in row 1.",
                       file=file, sheet=sheet.name, row=1, col=_first_free(header))
    known = {normal_header(c.header) for c in columns}
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
    return Table(frame, sheet.name, {**colpos, **extras})
