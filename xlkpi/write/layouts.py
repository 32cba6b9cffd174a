"""Forum tab layouts (DESIGN §6), as data: each mirrors the appendix its forum already knows.

A layout is a list of columns — header, the row field it shows, how the cell is written, its
width — plus where its rows come from and which field starts a heading row. A new layout is
a few lines here; `forum_tabs.py` renders any of them.

Row sources (`Layout.rows`), with the fields each row offers:
  members   one row per indicator in the forum's Membership, in display order:
            ref, section, outcome (the Membership section, else the indicator's Outcome),
            id, title (the forum's own wording: the Membership's Title, else the register's
            Indicator), stat_neighbour, england, target, tolerance, threshold, direction,
            last_year, previous, current, rag, previous_rag, trend, comment (the teams'
            comment, then the reason for No data), reason, teams_returned, variation,
            assurance, spc_mean, spc_lower, spc_upper, measure_text, comments, priority,
            status, evidence, better (↑ Higher …)
  findings  one row per row of the register's Findings sheet:
            area, type, finding, kpis, kpi_values, worst_rag, kpi_rags, other
  actions   one row per row of the register's Actions sheet:
            aim, ref, priority, how, measure_of_success, owner, target_date, kpi_ids,
            worst_rag, kpi_rags

Cell kinds:
  text    text as given          wrap    text, wrapped in the column's width
  ref     a reference: a number when it is a whole number, else text (1, 2 … or 1.1)
  number  the row's number in its measure's format (text labels such as tbc stay text); on
          forum tabs a percentage with a denominator under 10 shows its counts: 33.3% (2 of 6)
  rag     one RAG word, coloured by the sheet's conditional-format rules
  trend   the direction of travel ('↑ better')
  general a number as it is (numerators, denominators, counts of returns)

Headers may hold {current}, {previous} and {last_year}: the month labels of the periods the
column shows (e.g. Mar-21, Feb-21, Mar-20). `period` names which one a number column shows.
"""

from __future__ import annotations

from dataclasses import dataclass

TEXT, WRAP, REF, NUMBER, RAG, TREND = "text", "wrap", "ref", "number", "rag", "trend"
GENERAL = "general"
KINDS = (TEXT, WRAP, REF, NUMBER, RAG, TREND, GENERAL)
PERIODS = ("current", "previous", "last_year")


@dataclass(frozen=True)
class Column:
    header: str
    field: str
    kind: str = TEXT
    width: float = 10
    period: str | None = None  # for number columns: which period's value it shows

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"column {self.header!r}: kind {self.kind!r} is not one of {KINDS}")
        if self.period is not None and self.period not in PERIODS:
            raise ValueError(f"column {self.header!r}: period {self.period!r} unknown")


@dataclass(frozen=True)
class Layout:
    name: str
    rows: str  # members | findings | actions
    columns: tuple[Column, ...]
    section: str | None = None  # the field whose changes start a heading row
    freeze_columns: int = 0  # columns kept in view when scrolling right
    source: str = ""  # the seed paper it mirrors

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]


def _targets(width: float = 9) -> tuple[Column, ...]:
    """Target, Tolerance, Threshold: shown together wherever a target is shown."""
    return (Column("Target", "target", NUMBER, width),
            Column("Tolerance", "tolerance", NUMBER, width),
            Column("Threshold", "threshold", NUMBER, width + 1))


def _signal() -> tuple[Column, ...]:
    """Variation and Assurance (DESIGN §6a), as words: is a change real, will the target be
    met."""
    return (Column("Variation", "variation", WRAP, 11),  # wraps: 'Too few / points (12)'
            Column("Assurance", "assurance", WRAP, 10))


BOARD = Layout("board", "members", (
    Column("Ref", "ref", REF, 5),
    Column("Linked outcome", "outcome", WRAP, 12),
    Column("KPI", "title", WRAP, 42),
    Column("Statistical neighbour", "stat_neighbour", NUMBER, 11),
    Column("England average", "england", NUMBER, 9),
    *_targets(9),
    Column("Expected direction of travel", "direction", WRAP, 10),
    Column("{last_year}", "last_year", NUMBER, 9, period="last_year"),
    Column("{previous}", "previous", NUMBER, 9, period="previous"),
    Column("Current value:\n{current}", "current", NUMBER, 10, period="current"),
    Column("RAG", "rag", RAG, 9),
    Column("Trend", "trend", TREND, 10),
    *_signal(),
    Column("Comment", "comment", WRAP, 36),
), section=None, freeze_columns=3, source="seed 003, Appendix A: Trust Board KPIs")

LIST = Layout("list", "members", (
    Column("No", "ref", REF, 5),
    Column("Measure", "title", WRAP, 52),
    Column("Current\n{current}", "current", NUMBER, 10, period="current"),
    Column("Previous\n{previous}", "previous", NUMBER, 10, period="previous"),
    *_targets(9),
    Column("RAG", "rag", RAG, 9),
    Column("Trend", "trend", TREND, 10),
    *_signal(),
    Column("Comment", "comment", WRAP, 40),
), section="section", freeze_columns=2, source="seed 001, Appendix H")

ASSESSMENT = Layout("assessment", "members", (
    Column("No", "ref", REF, 5),
    Column("Indicator", "title", WRAP, 24),
    Column("Measure", "measure_text", WRAP, 40),
    Column("Comments", "comments", WRAP, 36),
    Column("Link to priorities", "priority", WRAP, 18),
    Column("New/ Existing", "status", TEXT, 10),
    Column("RAG", "rag", RAG, 9),
    Column("Evidence", "evidence", WRAP, 40),
), section="section", freeze_columns=2, source="seed 000, Appendix 2")

MAPPING = Layout("mapping", "findings", (
    Column("Type", "type", WRAP, 13),
    Column("Finding", "finding", WRAP, 50),
    Column("Mapped KPIs", "kpis", WRAP, 40),
    Column("Current value and RAG", "kpi_values", WRAP, 24),
    Column("RAG (worst)", "worst_rag", RAG, 9),
    Column("Other monitoring", "other", WRAP, 44),
), section="area", freeze_columns=0, source="seed 004, Annex A")

ACTIONS = Layout("actions", "actions", (
    Column("Ref", "ref", REF, 6),
    Column("Priority", "priority", WRAP, 22),
    Column("How we will do this", "how", WRAP, 44),
    Column("Measure of success", "measure_of_success", WRAP, 40),
    Column("Owner", "owner", WRAP, 18),
    Column("Target date", "target_date", TEXT, 13),
    Column("KPIs", "kpi_ids", WRAP, 11),
    Column("KPI RAG (worst)", "worst_rag", RAG, 9),
    Column("KPI RAGs", "kpi_rags", WRAP, 18),
), section="aim", freeze_columns=1, source="seed 003, section 6: Plans")

LAYOUTS: dict[str, Layout] = {x.name: x for x in (BOARD, LIST, ASSESSMENT, MAPPING, ACTIONS)}

# --- the fixed tabs --------------------------------------------------------------------------
# Data (DESIGN §6): exactly these first 13 columns, then extras. Fields are the results'
# columns (rate.summary.report_columns); `number` cells take the indicator's number format.
DATA_COLUMNS: tuple[Column, ...] = (
    Column("Indicator ID", "indicator_id", TEXT, 11),
    Column("Indicator", "title", TEXT, 45),
    Column("Period", "period", TEXT, 9),
    Column("Numerator", "numerator", GENERAL, 11),
    Column("Denominator", "denominator", GENERAL, 12),
    Column("Value", "value", NUMBER, 10),
    Column("Target", "target", NUMBER, 9),
    Column("Tolerance", "tolerance", NUMBER, 10),
    Column("Threshold", "threshold", NUMBER, 10),
    Column("Direction", "direction", TEXT, 10),
    Column("Previous value", "previous_value", NUMBER, 10),
    Column("RAG", "rag", TEXT, 9),
    Column("Comment", "comment", TEXT, 40),
    Column("Measure", "measure", TEXT, 11),
    Column("Same period last year", "last_year_value", NUMBER, 11),
    Column("Previous RAG", "previous_rag", TEXT, 10),
    Column("Trend", "trend", TEXT, 10),
    Column("Evidence", "evidence", TEXT, 30),
    Column("Teams", "teams", TEXT, 20),
    Column("Returns", "returns", GENERAL, 8),
    Column("Reason", "reason", TEXT, 40),
    Column("Teams returned", "teams_returned", TEXT, 9),
    Column("Sources", "sources", TEXT, 40),
    Column("CI lower", "ci_lower", NUMBER, 9),
    Column("CI upper", "ci_upper", NUMBER, 9),
    Column("SPC mean", "spc_mean", NUMBER, 10),
    Column("SPC lower limit", "spc_lower", NUMBER, 10),
    Column("SPC upper limit", "spc_upper", NUMBER, 10),
    Column("Variation", "variation", TEXT, 14),
    Column("Assurance", "assurance", TEXT, 12),
)
DATA_HEADERS = [c.header for c in DATA_COLUMNS]

# Validation: every finding (findings.COLUMNS), all text.
VALIDATION_COLUMNS: tuple[Column, ...] = (  # 166 wide: one page wide at 80% (8 points)
    Column("Severity", "severity", TEXT, 8),
    Column("Code", "code", WRAP, 20),
    Column("File", "file", WRAP, 20),
    Column("Sheet", "sheet", TEXT, 12),
    Column("Cell", "cell", TEXT, 15),
    Column("Team", "team", TEXT, 12),
    Column("Indicator", "indicator", TEXT, 9),
    Column("Period", "period", TEXT, 8),
    Column("Message", "message", WRAP, 62),
)

# Summary tables of indicators (fields as for `members` rows, plus forums, name, rag_change).
# Columns A..K of the Summary share their widths with its other tables (summary_tab.py).
EXCEPTION_COLUMNS: tuple[Column, ...] = (
    Column("Forum(s)", "forums", WRAP),
    Column("Indicator", "name", WRAP),
    Column("Previous period", "previous", NUMBER),
    Column("Current\n{current}", "current", NUMBER, period="current"),
    Column("Target", "target", NUMBER),
    Column("Tolerance", "tolerance", NUMBER),
    Column("Threshold", "threshold", NUMBER),
    Column("RAG before", "previous_rag", RAG),
    Column("RAG", "rag", RAG),
    Column("Trend", "trend", TREND),
    Column("Comment", "comment", WRAP),
)
NO_DATA_COLUMNS: tuple[Column, ...] = (
    *EXCEPTION_COLUMNS[:9],
    Column("Teams returned", "teams_returned", TEXT),
    Column("Reason", "reason", WRAP),
)
CHANGE_COLUMNS: tuple[Column, ...] = (
    *EXCEPTION_COLUMNS[:7],
    Column("RAG before", "previous_rag", RAG),
    Column("RAG now", "rag", RAG),
    Column("Change", "rag_change", TEXT),
    Column("Comment", "comment", WRAP),
)
REAL_CHANGE_COLUMNS: tuple[Column, ...] = (  # Variation in the wide last column: one line
    *EXCEPTION_COLUMNS[:2],
    Column("Current\n{current}", "current", NUMBER, period="current"),
    Column("Target", "target", NUMBER),
    Column("SPC mean", "spc_mean", NUMBER),
    Column("SPC lower limit", "spc_lower", NUMBER),
    Column("SPC upper limit", "spc_upper", NUMBER),
    Column("RAG", "rag", RAG),
    Column("Trend", "trend", TREND),
    Column("Assurance", "assurance", WRAP),
    Column("Variation", "variation", WRAP),
)
