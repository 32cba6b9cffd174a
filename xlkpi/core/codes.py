"""Every finding code xlkpi can report: its severity, when it fires, how to fix it, the
message it reports and a plain phrase for the board.

This table is the single source of the README's list of validation codes (a test keeps the
two identical), of the `Instructions` sheet of the returns template, of the severity of
every finding and of the text of each returns finding. Errors exclude the value they concern;
warnings keep it.
"""

from dataclasses import dataclass

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Code:
    """One finding code.

    `message` is the finding's text, a `str.format` template with named fields: the values the
    rule that fired gave with its hits (`{previous}`, `{cells}`) and the facts of the row
    (`{indicator}`, `{label}`, `{typed}`: see validate/messages.py). Register codes and the
    codes of a workbook's layout, whose text is written where they are found, leave it "".
    `plain` is a short phrase with no codes or jargon, for a board's reason text: "CLA's
    figures for Mar-21 were rejected (numerator larger than denominator, 'CLA'!E7)"."""

    code: str
    severity: str
    scope: str  # "file", "returns" or "register"
    when: str
    fix: str
    message: str = ""
    plain: str = ""

    def say(self, **fields: str) -> str:
        """The message with its fields filled in: CODES["empty-return"].say(sheets="...")."""
        return self.message.format(**fields)


_CODES = [
    # --- the returns workbook as a whole ---------------------------------------------------
    Code("no-returns-sheet", ERROR, "file",
         "No sheet has a header row holding `Indicator ID` and `Period` in its first 10 rows.",
         "Use the standard template from `xlkpi template`, or add those headers.",
         plain="no sheet of returns in the file"),
    Code("missing-column", ERROR, "file",
         "A returns sheet has no `Numerator`, `Value` or `RAG` column, so it holds no figures.",
         "Add the missing column headers next to `Indicator ID` and `Period`.",
         plain="a sheet without columns for the figures"),
    Code("duplicate-column", WARNING, "file",
         "A header appears twice on one returns sheet; only the first column is read.",
         "Delete or rename the second column.",
         plain="a column heading used twice"),
    Code("register-mismatch", WARNING, "file",
         "The return was made from a template of another register (targets or indicators "
         "may have changed since).",
         "Ask the analyst for this year's template and copy your figures into it.",
         "This return was made from a template of another KPI register ({source}, checksum "
         "{checksum}…); targets or indicators may have changed since. Ask for the current "
         "template.",
         "made from an out-of-date template"),
    Code("empty-return", ERROR, "file",
         "A returns file holds no figures at all: its returns sheets have a header row and "
         "nothing else, or only blank rows (or rows with an ID and period but nothing "
         "returned).",
         "Fill in the figures and send the file again; for an indicator with nothing to count, "
         "leave its figures blank and say why in `Comment`.",
         "{sheets} of {file} {has} a header row but no figures and no comments: nothing was "
         "returned. Fill in the figures (for an indicator with nothing to count, leave them "
         "blank and say why in Comment), or leave the file out of the run.",
         "a return with no figures in it"),
    Code("hidden-row", WARNING, "returns",
         "Figures sit in a hidden row; they were read like any other.",
         "Unhide the row and check the figures are meant to be returned.",
         "Row {row} is hidden but holds figures; they were read.",
         "figures in a hidden row"),
    # --- one cell or one row of a return ---------------------------------------------------
    Code("missing-indicator-id", ERROR, "returns",
         "A row has figures but no `Indicator ID`.",
         "Type the indicator's ID, as listed in the template.",
         "This row has figures but no Indicator ID; type the ID shown in the template.",
         "no indicator given"),
    Code("unknown-indicator", ERROR, "returns",
         "The `Indicator ID` is not in the KPI register.",
         "Use an ID from the template; check for typing slips (O for 0, extra letters).",
         "Indicator ID '{indicator}' is not in the KPI register; use an ID from the "
         "template.{suggestion}",
         "an indicator the register does not list"),
    Code("derived-indicator", ERROR, "returns",
         "The indicator takes its figures from another indicator and is not returned itself.",
         "Return the figures against the indicator the message names.",
         "{indicator} takes its figures from {figures_from}; return them against "
         "{figures_from} instead.",
         "returned for an indicator that takes another's figures"),
    Code("missing-period", ERROR, "returns",
         "A row has figures but no `Period`.",
         "Type the month as 2020-04, Apr-20 or a date in that month.",
         "This row has figures but no Period; type the month, e.g. 2020-04.",
         "no month given"),
    Code("bad-period", ERROR, "returns",
         "The `Period` is not a month xlkpi can read.",
         "Type the month as 2020-04, Apr-20 or a date in that month.",
         "Period '{typed}' is not a month; type it as 2020-04, Apr-20 or a date in that month.",
         "the month cannot be read"),
    Code("period-out-of-range", ERROR, "returns",
         "The `Period` is before 2000 or more than a month in the future.",
         "Check the year.",
         "Period {period} is outside 2000-01 to {latest}; check the year.",
         "a month too early or in the future"),
    Code("off-cycle-period", ERROR, "returns",
         "A quarterly or annual indicator is returned for a month that does not end its "
         "quarter or year.",
         "Return quarterly indicators on the last month of each quarter of the financial year "
         "(Jun, Sep, Dec, Mar when it starts in April), annual ones on its last month.",
         "{indicator} is {frequency}: return it for {due_months} only, not {month_name}.",
         "returned for a month it is not due"),
    Code("excel-error", ERROR, "returns",
         "A figure cell holds an Excel error such as `#DIV/0!` or `#REF!`.",
         "Fix the formula, or type the figure itself.",
         "{label} holds the Excel error {typed}; fix the formula or type the figure.",
         "a broken spreadsheet formula"),
    Code("formula-without-value", ERROR, "returns",
         "A cell holds a formula whose result was never saved (the file was written by a "
         "program, not by Excel).",
         "Open the file in Excel or LibreOffice and save it, or type the figure itself.",
         "{label} holds a formula whose result was never saved (the file was written by a "
         "program, not by Excel); open it in Excel and save, or type the figure.",
         "a formula with no saved result"),
    Code("formula-without-text", WARNING, "returns",
         "A `Team`, `Comment` or `Evidence` cell holds a formula whose result was never saved, "
         "so its text is lost (the figures are used).",
         "Type the text itself; a comment starting with = is taken as a formula by Excel, so "
         "start it with a word.",
         "{label} holds a formula whose result was never saved, so its text is lost; type the "
         "text itself (start it with a word, not =).",
         "text lost in a formula"),
    Code("not-a-number", ERROR, "returns",
         "A `Numerator`, `Denominator` or `Value` is text that is not a number.",
         "Type the number alone, without words (put explanations in `Comment`).",
         "{label} '{typed}' is not a number; type the number alone (e.g. 42) and put words in "
         "Comment.",
         "not a number"),
    Code("not-finite", ERROR, "returns",
         "A figure is infinite or not a number (`inf`, `NaN`).",
         "Type the real figure.",
         "{label} is infinite or not a number; type the real figure.",
         "not a real figure"),
    Code("negative-number", ERROR, "returns",
         "A figure is below zero.",
         "Counts, costs and percentages cannot be negative: check the sign.",
         "{label} {figure} is below zero; figures cannot be negative.",
         "a figure below zero"),
    Code("implausible-number", ERROR, "returns",
         "A figure is over 1,000,000,000.",
         "Check for extra digits or a pasted reference number.",
         "{label} {figure} is over 1,000,000,000; check for extra digits.",
         "a figure too large to be right"),
    Code("not-whole-number", ERROR, "returns",
         "A count (a numerator or denominator of a percentage or rate, or a count "
         "indicator) has a fractional part.",
         "Counts of children, cases or staff are whole numbers.",
         "{label} {figure} is not a whole number; it counts children, cases or staff.",
         "a count that is not a whole number"),
    Code("numerator-exceeds-denominator", ERROR, "returns",
         "For a percentage, the `Numerator` is larger than the `Denominator`.",
         "The numerator counts a part of the denominator: check both.",
         "Numerator {numerator} is larger than Denominator {denominator}; the numerator counts "
         "part of the denominator.",
         "numerator larger than denominator"),
    Code("zero-denominator", ERROR, "returns",
         "The `Denominator` is 0, so no percentage, rate or average can be made.",
         "If nothing happened this period, leave the row blank and say so in `Comment`.",
         "Denominator is 0, so no {measure} can be worked out; if nothing happened this "
         "period, leave the figures blank and say so in Comment.",
         "a denominator of zero"),
    Code("incomplete-figures", ERROR, "returns",
         "The row has some figures but not the ones this measure needs (e.g. a numerator "
         "without its denominator).",
         "Give both `Numerator` and `Denominator`, or `Value` alone.",
         "{indicator} is a {measure}: give {needed} (or Value alone); {label} is blank.",
         "part of the figures missing"),
    Code("value-mismatch", ERROR, "returns",
         "`Value` disagrees with `Numerator`/`Denominator` at the indicator's precision.",
         "Correct whichever is wrong, or leave `Value` blank: xlkpi computes it.",
         "Value {value} disagrees with Numerator/Denominator ({numerator}/{denominator} gives "
         "{worked_out}); correct whichever is wrong, or leave Value blank for xlkpi to work it "
         "out.",
         "value disagrees with numerator and denominator"),
    Code("bad-yesno", ERROR, "returns",
         "A yes/no indicator's `Value` is not Yes or No.",
         "Type Yes or No.",
         "Value '{typed}' is not Yes or No.",
         "answer not Yes or No"),
    Code("bad-rag", ERROR, "returns",
         "An assessed indicator's `RAG` is not Red, Amber, Yellow or Green.",
         "Choose Red, Amber, Yellow or Green.",
         "RAG '{typed}' is not Red, Amber, Yellow or Green.",
         "rating not Red, Amber, Yellow or Green"),
    Code("missing-evidence", ERROR, "returns",
         "An assessed indicator is rated other than Green without any `Evidence`.",
         "Say in `Evidence` what the rating rests on.",
         "RAG {rag} needs Evidence: say what the rating rests on.",
         "rating given without evidence"),
    Code("duplicate-return", ERROR, "returns",
         "The same team returns the same indicator for the same period more than once, with "
         "different figures; none of the copies is used.",
         "Delete the rows with the wrong figures, keeping one row with the right ones.",
         "{team} returns {indicator} for {period} {times} with different figures: {cells}. "
         "Keep the row with the right figures and delete the {others}; none is used until "
         "only one remains.",
         "figures disagree with another copy of the return"),
    Code("duplicate-copy", WARNING, "returns",
         "The same team returns the same indicator for the same period more than once with "
         "the same figures (one file given twice, or a copied row); the first is used, the "
         "copies are left out.",
         "Delete the copy, or leave the second file out of the run.",
         "{team} returns {indicator} for {period} again with the same figures as {original}; "
         "they are used once and this copy is left out.",
         "the same return given twice"),
    Code("single-team-indicator", ERROR, "returns",
         "Several teams return a yes/no, score or assessed indicator, which cannot be added "
         "up; none of the returns is used.",
         "Only the team named in the register returns it.",
         "{indicator} ({measure}) is returned for {period} by several teams ({teams}); only "
         "one team may return it, so none of these is used.",
         "returned by more than one team"),
    Code("cannot-pool-value", ERROR, "returns",
         "A team gave `Value` alone for an indicator other teams also return; a value without "
         "its numerator and denominator cannot be pooled.",
         "Give `Numerator` and `Denominator` instead of `Value`.",
         "{indicator} for {period} is also returned by other teams ({teams}); a Value alone "
         "cannot be pooled with them: give Numerator and Denominator instead.",
         "a figure that cannot be added to the other teams'"),
    Code("denominator-for-average", ERROR, "returns",
         "A cost or count that an average is worked out from (the register's `Figures "
         "from`, e.g. a total cost and its placements) has no `Denominator`, or 0.",
         "Give the Denominator (what the average divides by) beside the Numerator.",
         "{indicator}'s figures also give the average {averages}, which divides by the "
         "Denominator: give it (not blank, not 0) beside the Numerator.",
         "no denominator for the average worked out from it"),
    Code("unexpected-team", WARNING, "returns",
         "A team returns an indicator the register assigns to other teams; the figures are "
         "used.",
         "Check the team name, or ask the analyst to add the team to the register.",
         "The register does not list {team} as returning {indicator} (it lists {listed}); the "
         "figures are used.",
         "returned by a team the register does not name"),
    Code("missing-return", WARNING, "returns",
         "A team the register names for an indicator has not returned it for a period it is "
         "due (over the months the returns cover, from the first month anyone returned it).",
         "Send the missing figures, or the row with its figures blank and a `Comment` saying "
         "why there are none.",
         "{team} has not returned {indicator} ({title}) for {months}.",
         "not returned"),
    Code("unusual-change", WARNING, "returns",
         "The figure moved far more since the previous period than it usually does.",
         "Check the figure; if it is right, explain the change in `Comment`.",
         "{indicator} moved from {previous} to {current} since the team's previous return, "
         "far more than its usual change (about {typical}); check the figure, or explain the "
         "change in Comment.",
         "an unusually large change"),
    # --- the KPI register ------------------------------------------------------------------
    Code("register-missing-sheet", ERROR, "register",
         "The register workbook has no `Indicators` sheet (or `Membership` without `Forums`).",
         "Start from `xlkpi register --export register.xlsx`."),
    Code("register-missing-column", ERROR, "register",
         "A register sheet lacks a required column.",
         "Add the column; headers are matched ignoring case and spaces around them."),
    Code("missing-value", ERROR, "register",
         "A required register cell is blank.",
         "Fill it in."),
    Code("duplicate-id", ERROR, "register",
         "Two indicators share an ID (IDs are compared ignoring case).",
         "Give each indicator its own ID."),
    Code("unknown-measure", ERROR, "register",
         "`Measure` is not one of the measures xlkpi knows.",
         "Use percentage, rate, average, count, cost, yesno, score or assessed."),
    Code("unknown-direction", ERROR, "register",
         "`Direction` is not higher, lower, maintain or none.",
         "Use higher, lower, maintain, or none for a context figure that is never rated."),
    Code("unknown-frequency", ERROR, "register",
         "`Frequency` is not monthly, quarterly or annual.",
         "Use monthly, quarterly or annual."),
    Code("unknown-window", ERROR, "register",
         "`Window` is not month, ytd or rolling12.",
         "Use month, ytd or rolling12."),
    Code("unknown-layout", ERROR, "register",
         "A forum's `Layout` is not board, list, assessment, mapping or actions.",
         "Use board, list, assessment, mapping or actions."),
    Code("bad-target", ERROR, "register",
         "`Target` is not a number (or Yes/No for a yesno measure), or is set for a context "
         "figure (Direction none), which is never rated.",
         "Type a number such as 95 or 95%, Yes/No for yesno, or tbc."),
    Code("bad-number", ERROR, "register",
         "A numeric register cell (tolerance, decimals, comparators, context) is not a number.",
         "Type a number, or leave it blank."),
    Code("unknown-indicator-ref", ERROR, "register",
         "`Membership`, `Findings`, `Actions` or `Figures from` names an ID that is not in "
         "`Indicators`.",
         "Correct the ID, or add the indicator."),
    Code("unknown-forum", ERROR, "register",
         "`Membership` names a forum that is not in `Forums`.",
         "Correct the forum name, or add the forum."),
    Code("bad-tab-name", ERROR, "register",
         "A forum name cannot be an Excel tab name: over 31 characters as Excel counts them "
         "(an emoji counts as two), blank, or holding one of [ ] : * ? / \\.",
         "Shorten or rename the forum; the long title goes in `Title`."),
    Code("tab-name-clash", ERROR, "register",
         "Two forums, or a forum and a report tab (Summary, Trends, Validation, Data), have "
         "the same tab name ignoring case.",
         "Rename one of them."),
    Code("bad-figures-from", ERROR, "register",
         "`Figures from` points at an indicator of another measure, or at one that itself "
         "takes its figures from elsewhere.",
         "Point it at a returned indicator of the same measure (an average may take a cost or "
         "count that is returned with its Denominator)."),
    Code("single-team-measure", ERROR, "register",
         "A yesno, score or assessed indicator lists several teams; only one can return it.",
         "Name one team."),
    Code("missing-population", WARNING, "register",
         "There are rate indicators but `Context` has no `Under-18 population`; rates without "
         "a returned denominator will show No data.",
         "Add `Under-18 population` rows (Name, Year, Value) to `Context`."),
]

CODES: dict[str, Code] = {c.code: c for c in _CODES}


def markdown_table() -> str:
    """The README's table of codes, generated so that it cannot drift from this file."""
    scope = {"file": "returns file", "returns": "returns row", "register": "register"}
    lines = ["| code | severity | checks | when | what to do |", "|---|---|---|---|---|"]
    for c in _CODES:
        when, fix = (s.replace("|", "\\|") for s in (c.when, c.fix))
        lines.append(f"| `{c.code}` | {c.severity} | {scope[c.scope]} | {when} | {fix} |")
    return "\n".join(lines)
