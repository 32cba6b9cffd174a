"""The words of DESIGN §2 and §5, defined once: measures, directions, frequencies, windows,
layouts, report tabs and the RAG ratings. Every other module imports them from here."""

from __future__ import annotations

# --- measures -------------------------------------------------------------------------------
MEASURES = ("percentage", "rate", "average", "count", "cost", "yesno", "score", "assessed")
POOLED_MEASURES = ("percentage", "rate", "average", "count", "cost")  # teams' parts add up
SINGLE_TEAM_MEASURES = ("yesno", "score", "assessed")  # only one team may return these
PART_MEASURES = ("percentage", "rate", "average")  # value = PER * numerator / denominator
SUMMED_MEASURES = ("count", "cost")  # value = numerator (or Value)
PER = {"percentage": 100.0, "rate": 10_000.0, "average": 1.0}
WHOLE_MEASURES = ("count", "cost")  # shown with 0 decimals by default

# --- how an indicator is rated and returned -----------------------------------------------------
DIRECTIONS = ("higher", "lower", "maintain", "none")  # none: a context figure, never rated
FREQUENCIES = ("monthly", "quarterly", "annual")
FREQUENCY_MONTHS = {"monthly": 1, "quarterly": 3, "annual": 12}  # months between due periods
WINDOWS = ("month", "ytd", "rolling12")
LAYOUTS = ("board", "list", "assessment", "mapping", "actions")
REPORT_TABS = ("Summary", "Trends", "Validation", "Data")  # tabs a forum cannot be named
NO_VALUE = frozenset({"", "tbc", "tbd", "n/a", "na", "-", "none"})  # typed for "no number"

# --- RAG (DESIGN §5) --------------------------------------------------------------------------
RED, AMBER, YELLOW, GREEN, TBC, NO_DATA = "Red", "Amber", "Yellow", "Green", "TBC", "No data"
RAGS = (RED, AMBER, YELLOW, GREEN, TBC, NO_DATA)
RATED = (RED, AMBER, YELLOW, GREEN)  # the ratings a team may return for an assessed KPI
RANK = {RED: 0, AMBER: 1, YELLOW: 2, GREEN: 3}  # worse -> better, for comparisons
MEANING = {
    RED: "Not on target and outside tolerance, and no better than the previous period",
    AMBER: "Not on target and outside tolerance, but an improvement on the previous period",
    YELLOW: "Not on target but within tolerance",
    GREEN: "On or exceeding target",
    TBC: "To be confirmed: no target has been set",
    NO_DATA: "No valid figure was returned for the period",
}

# --- what xlkpi writes inside its own workbooks (custom document properties) -------------------
REPORT_MARK = "xlkpi report"  # a report: the xlkpi version that wrote it
COPY_MARK = "xlkpi checked copy of"  # an annotated copy: the file name of its workbook
SOURCE_SHA_MARK = "xlkpi source sha256"  # ... and that workbook's SHA-256
