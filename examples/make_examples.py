"""Write the example returns that ship in examples/:

    returns-2020-21.xlsx      a year of monthly returns (April 2020 to March 2021) from every team
                              of the default register, with believable figures for Slough
    returns-with-errors.xlsx  the March 2021 return with the mistakes teams really make
                              (listed in PLANTED: the finding code and cell each one must raise)

    python examples/make_examples.py [OUTDIR]

The figures are made, not real. They are driven by the tables below: COHORTS (the populations
that many indicators count, e.g. referrals in the month, children on a CP plan), FIGURES (each
indicator's level in April 2020 and March 2021 and what it counts), EVENTS (the months that
carry a comment or a one-off change) and ASSESSED (the judged, RAG-rated indicators). The Trust
Board KPIs start at the Apr-20 figures printed in seed 003, Appendix A. Everything comes from
one seed, so running this twice writes the same cells.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import sys
from dataclasses import dataclass
from pathlib import Path

import xlsxwriter

from xlkpi.core.calendar import month_index, month_text
from xlkpi.core.findings import sheet_ref
from xlkpi.core.measures import PER, round_half_up
from xlkpi.core.register import Register
from xlkpi.validate.register import load_register

HERE = Path(__file__).resolve().parent
YEAR_FILE, ERRORS_FILE = "returns-2020-21.xlsx", "returns-with-errors.xlsx"
SEED = 2020
CREATED = dt.datetime(2021, 4, 12, 9, 30)
FIRST, LAST = month_index(2020, 4), month_index(2021, 3)
HEADERS = ["Team", "Indicator ID", "Indicator", "Period", "Numerator", "Denominator", "Value",
           "Comment", "RAG", "Evidence"]
COL = {h: i for i, h in enumerate(HEADERS)}
HEADER_ROW = 1  # 0-based: row 1 is the title, row 2 the headers

# name: level in Apr-20, level in Mar-21, month-to-month noise (share of the level)
COHORTS = """
contacts         560   590  0.06   contacts received in the month
referrals        150   158  0.07   referrals received in the month
eh_cases         520   560  0.03   Early Help cases open at month end
cin              610   580  0.02   children on a child in need plan at month end
cp_plans         304   268  0.02   children on a CP plan at month end
cla              200   208  0.015  children looked after at month end
cla_reviews       34    36  0.12   CLA reviews due or held in the month
care_leavers     148   158  0.01   care leavers (relevant and former relevant)
leavers_1921      95   101  0.02   care leavers aged 19-21
open_cases      1150  1090  0.02   open allocated cases at month end
social_workers    60    63  0.02   frontline case-holding social workers
frontline_posts   75    77  0.01   frontline posts filled (permanent and agency)
audits            60    64  0.05   case files audited in the quarter
"""

# ID, level in Apr-20 (or at the first return) and in Mar-21, then the denominator's size (a
# number or a cohort) and, optionally, the shape of the change. Levels are: percentages for
# percentage; the average for average; the count for count (or a cohort); the children counted
# for rate (divided by the population by xlkpi); £ per placement (or FTE) per quarter for cost,
# whose size is the placements. `*` pins the first value to the figure printed in Appendix A.
FIGURES = """
TB01    74.0*  91.0   referrals        steady
TB02    16.3*  19.0   referrals        steady
TB03    55.1*  78.0   130              late
TB04    65.7*  90.0   cp_plans         early
TB05    43.3*  80.0   30               wave
TB06     0.0*   8.0   25               steady
TB07    69.3*  86.5   cla              steady
TB08    16.0*  13.5   cla              steady
TB09    33.3*  28.6   21               steady
TB10    60.0*  66.0   leavers_1921     steady
TB11    31.7*  28.0   190              steady
TB12    96.0*  95.5   130              steady
TB13    82.0*  93.0   120              early
TB14       3      3   -
TB15    24.3   24.3   12
TB16    73.7*  76.5   38               steady
TB17    94.8*  96.0   cla_reviews      steady
TB18   100.0*  97.0   cla_reviews      steady
TB19    37.5*  84.0   open_cases       early
TB20    83.0*  87.0   audits           steady
TB21    19.1*  17.2   social_workers   steady
TB22    21.0*  23.5   190              steady
TB23    37.0*  30.0   frontline_posts  late
TB24    23.5*  27.0   cla              steady
CK02    48.0   50.0   60
CK04     3.5    2.5   cp_plans
CK05    55.0   78.0   cp_plans         early
CK07       -      -   eh_cases
CK08    72.0   78.0   45
CK09    27.0   27.0   contacts
CK10       -      -   contacts
CK11       -      -   referrals
CK12       -      -   cp_plans
CK13       -      -   cla
CK14    28.0   24.0   cin
CK15    70.0   85.0   50
CK17    88.0   95.0   45
CK21    70.0   85.0   18
CK22    85.0   92.0   cla_reviews
CK23    80.0   92.0   150
CK24      62     66   -
CK26    78.0   87.0   195
CK27    55.0   75.0   25               late
CK28     140    150   -
CK29       -      -   frontline_posts
CK31     2.4    3.1   6300
CK32    48.0   52.0   320
CK33    62.0   66.0   95
CK34    60.0   80.0   22               late
CK35       1      1   -
CK36      30     32   -
CK37    25.0   22.0   28
CK38       -      -   28
CK39     2.9    3.0   30000
CK40     380    395   -
CK41       3      3   -
CK42    35.0   35.0   4
CK43    20.0   20.0   4
CK44    45.0   45.0   4
PI01   84500  86000   1
PI02   62400  64000   18
PI03   67600  70000   14
PI04   11050  11300   70
PI05    5460   5600   50
PI06   18850  18200   28
PI07    85.0   90.0   40
PI08    60.0   75.0   12
PI09      25     22   -
PI10    35.0   30.0   24
PI11    70.0   80.0   24
PI12    40.0   38.0   1650
PI13     180    175   -
PI14     185    180   -
PI15    15.0   14.0   90
PI17       -      -   cp_plans
PI18    48.0   47.0   cp_plans
PI19     9.0    9.0   cp_plans
PI20     4.0    4.0   cp_plans
PI21    34.0   35.0   cp_plans
PI22     5.0    5.0   cp_plans
PI24    58.0   58.0   650
PI25      75     80   -
PI26    45.0   46.0   1480
PI27    30.0   31.0   eh_cases
PI28    25.0   25.0   1480
PI29    35.0   36.0   1480
PI30     3.0    3.0   1480
PI31    80.0   86.0   45
PI32     0.3    0.3   1480
PI33     1.0    1.0   450
PI34     0.5    0.5   1480
PI36       -      -   cla
PI37    62.0   63.0   cla
PI39    92.0   96.0   cla
PI40    78.0   88.0   140
PI41    85.0   88.0   140
PI42    15.2   14.6   95
PI43     3.1    2.6   22
PI44     1.6    1.5   25
PI46     7.0    6.0   14400
PI47    18.0   14.0   6
PI48    44.0   44.0   9
PI49    56.0   56.0   9
PI50    17.0   17.0   12
PI51       -      -   care_leavers
PI52    92.0   95.0   care_leavers
PI53    84.0   88.0   leavers_1921
PI54       4      4   -
PI55       3      3   -
PI56       6      6   -
PI57    75.0   75.0   4
PI58    75.0   75.0   4
PI60       9      7   -
PI61    45.0   45.0   30
PI62       -      -   audits
PI63    32.0   40.0   audits
PI64    12.0    8.0   audits
OF01    70.0   88.0   social_workers
OF02    62.0   48.0   6
OF03    70.0   55.0   5
OF04    38.0   30.0   cin
OF05    35.0   28.0   cp_plans
OF06    25.0   20.0   cla
OF07    80.0   92.0   40
OF08    18.0   20.0   260
OF09    75.0   88.0   120
OF10    72.0   76.0   130
OF11    35.0   40.0   60
OF12    62.0   80.0   45
OF13    60.0   76.0   45
OF14    55.0   65.0   4
OF16     9.0    7.0   340
BP1      9.0   16.0   cla
BP2     82.0   86.0   care_leavers
BP3     55.0   82.0   250
BP4     45.0   72.0   8
BP5     38.0   63.0   open_cases
BP6     22.0   19.0   890
BP7     91.0   88.0   22
BP8        4      6   -
"""

# Indicators whose numerator is the rest of another's denominator (same denominator).
COMPLEMENTS = {"CK29": "TB23", "CK38": "CK37"}  # permanent = 100% - agency; approved = - refused

SHAPES = {  # share of the Apr-20 -> Mar-21 change made by fraction t of the year
    "steady": lambda t: t,
    "early": lambda t: 1 - (1 - t) ** 2,
    "late": lambda t: t * t,
    "wave": lambda t: t - 0.4 * math.exp(-(((t - 0.7) / 0.12) ** 2)),  # slips in the winter
}

# Teams whose spreadsheets work out the Value too (xlkpi checks it against the parts).
VALUE_TOO = {"YOT", "Fostering"}
# How pooled indicators split between the teams that return them.
TEAM_SHARE = {"Front Door": 0.22, "CIN/CP": 0.45, "CLA": 0.2, "Care Leavers": 0.13}
SHARES = {"TB03": {"Front Door": 0.7, "CIN/CP": 0.3},
          "CK26": {"CLA": 0.25, "Care Leavers": 0.75},
          "OF12": {"CIN/CP": 0.55, "CLA": 0.45}, "OF13": {"CIN/CP": 0.55, "CLA": 0.45}}


@dataclass(frozen=True)
class Event:
    """A month that a team commented on; `shift` moves the level that month (points)."""

    indicator: str
    period: str
    comment: str
    shift: float = 0.0
    value: str | None = None  # for yes/no answers


EVENTS = [
    Event("TB01", "2020-09", "Referrals rose when schools returned; two duty posts were vacant "
          "for most of the month.", shift=-6),
    Event("TB05", "2020-11", "Two late ICPCs due to family illness; both now held.", shift=-7),
    Event("TB13", "2020-06", "PEP meetings held by video while schools were closed; a few "
          "could not be arranged in time."),
    Event("TB18", "2020-05", "Reviews held virtually; young people joined by video or sent "
          "their views to the IRO."),
    Event("TB08", "2020-10", "Three placement endings for older teenagers; all three are now "
          "settled.", shift=1.5),
    Event("TB09", "2020-12", "Small cohort: one more re-offence moves the figure by about five "
          "points."),
    Event("TB19", "2021-01", "Supervision slipped while three team managers were off with "
          "Covid-19; catch-up sessions booked.", shift=-8),
    Event("TB23", "2021-03", "Two permanent social workers left in March; agency staff cover "
          "the posts while we recruit."),
    Event("TB25", "2020-11", "Forecast overspend of £240k on external residential placements; "
          "recovery plan agreed with the Council.", value="No"),
    Event("TB25", "2020-12", "Back within budget after the Covid-19 grant allocation."),
    Event("CK12", "2021-03", "Fewer children on plans after multi-agency reviews of "
          "long-running plans."),
    Event("OF11", "2021-01", "Four young people moved back to residential homes nearer Slough "
          "after the placement review."),
    Event("BP8", "2020-07", "Private fostering awareness campaign with schools and GPs began "
          "in June."),
]
SCORES = {"TB26": [3.4], "TB27": [4.1, 4.0, 4.3, 4.2]}  # staff / customer satisfaction, of 5

# Judged indicators: the RAG of each return (quarters, or the year), and the evidence.
ASSESSED = {
    "SCF01": ("YYGG", "Panel met every quarter; the Children in Care Council presented twice."),
    "SCF02": ("GGGG", "Scrutiny reviewed the Trust's performance report each quarter."),
    "SCF03": ("YYYG", "Board and committee terms of reference refreshed; risk register "
                      "reviewed monthly."),
    "SCF04": ("YAYY", "Safeguarding partnership met virtually; health attendance at strategy "
                      "discussions is inconsistent."),
    "SCF05": ("AAYY", "Sufficiency strategy drafted; the external placement framework is "
                      "still to be re-tendered."),
    "SCF06": ("YYYY", "Multi-agency Front Door working well; police presence reduced during "
                      "lockdown."),
    "SCF07": ("YYGG", "Transformation programme on track; new structure in place from "
                      "September."),
    "SCF08": ("GGYG", "Corporate risk register reviewed by the Audit and Risk Committee."),
    "SCF09": ("YYYG", "Practice weeks and learning circles running; staff survey results "
                      "improving."),
    "SCF10": ("AYYY", "Participation officer in post; Reach Out group meets online "
                      "fortnightly."),
    "SCF11": ("G", "Balanced budget for 2020/21 delivered; outturn within 0.5% of budget."),
    "SCF12": ("YAAY", "Placement costs above statistical neighbours; commissioning review "
                      "under way."),
    "SCF13": ("YYRA", "Medium-term plan depends on the 2021/22 contract settlement, not yet "
                      "agreed."),
    "SCF14": ("YYYY", "Audits show 83-87% of cases requires improvement or better; few "
                      "good."),
    "SCF18": ("AYYG", "Case supervision recovering after managers' absence; 9-a-year target "
                      "not yet met."),
    "SCF19": ("YYYY", "Workforce diversity broadly reflects Slough's population; fewer "
                      "senior leaders from minority groups."),
    "SCF20": ("GGYG", "Short breaks reshaped for Covid-19; transitions panel meets monthly."),
    "OF15": ("YYGG", "Signs of Safety training delivered to 85% of practitioners; practice "
                     "leads in every team."),
}
RAG_WORDS = {"G": "Green", "Y": "Yellow", "A": "Amber", "R": "Red"}


@dataclass(frozen=True)
class Mistake:
    """A mistake planted in the errors example and the finding it must raise at `cell`."""

    code: str
    cell: str
    team: str
    indicator: str
    what: str


# The mistakes in returns-with-errors.xlsx; tests/test_examples.py checks each one is reported.
PLANTED = [
    Mistake("not-a-number", "'Front Door'!E11", "Front Door", "CK10",
            "Numerator 'n/a - system down' typed in a number cell"),
    Mistake("numerator-exceeds-denominator", "'CIN-CP'!E4", "CIN/CP", "TB04",
            "numerator and denominator typed the wrong way round"),
    Mistake("zero-denominator", "SEN!F13", "SEN", "CK42",
            "no tribunals concluded, typed as 0 out of 0"),
    Mistake("negative-number", "SEN!E12", "SEN", "CK41", "Numerator -2"),
    Mistake("duplicate-return", "CLA!B3", "CLA", "TB07", "row pasted twice"),
    Mistake("duplicate-return", "CLA!B4", "CLA", "TB07", "row pasted twice (the copy)"),
    Mistake("unknown-indicator", "'Care Leavers'!B3", "Care Leavers", "TB10",
            "Indicator ID TB1O: letter O for zero"),
    Mistake("bad-period", "CLA!D16", "CLA", "CK13", "Period typed as 'March'"),
    Mistake("value-mismatch", "CLA!G13", "CLA", "TB18",
            "Value typed with two digits swapped"),
    Mistake("excel-error", "HR!G7", "HR", "CK31",
            "Value is a formula over blank cells: #DIV/0!"),
    Mistake("bad-yesno", "Finance!G3", "Finance", "TB25", "Value 'Maybe'"),
    Mistake("missing-evidence", "Finance!J11", "Finance", "SCF12", "Amber without evidence"),
]
# An awkward but valid entry in the same file: a percentage typed as text with its % sign.
VALID_PERCENT_TEXT = ("'Care Leavers'!G11", "BP2", "74%")
# Warnings the mistakes cause: the typo and the bad period leave those returns missing.
EXPECTED_WARNINGS = [("missing-return", "Care Leavers", "TB10"), ("missing-return", "CLA", "CK13")]


# --- the figures --------------------------------------------------------------------------------
@dataclass
class Row:
    team: str
    indicator: str
    title: str
    month: int
    numerator: float | str | None = None
    denominator: float | None = None
    value: object = None  # a number, text, or a Formula
    comment: str = ""
    rag: str = ""
    evidence: str = ""
    period: str = ""  # as typed; YYYY-MM unless set
    measure: str = ""

    def __post_init__(self):
        self.period = self.period or month_text(self.month)


@dataclass(frozen=True)
class Formula:
    text: str
    cached: str


@dataclass
class Spec:
    start: float | None
    end: float | None
    size: str
    shape: str = "steady"
    pinned: bool = False


def _table(text: str) -> list[list[str]]:
    return [line.split() for line in text.strip().splitlines()]


def specs() -> dict[str, Spec]:
    out = {}
    for iid, start, end, size, *shape in _table(FIGURES):
        out[iid] = Spec(None if start == "-" else float(start.rstrip("*")),
                        None if end == "-" else float(end), size,
                        shape[0] if shape else "steady", start.endswith("*"))
    return out


def cohorts() -> dict[str, dict[int, int]]:
    """Each cohort's size in each month: a straight line from April to March, with ups and
    downs."""
    out = {}
    for name, start, end, noise, *_ in _table(COHORTS):
        wobble = _wobble(f"cohort/{name}")
        out[name] = {m: max(1, round(_lerp(float(start), float(end), _t(m))
                                     * (1 + float(noise) * wobble[m - FIRST])))
                     for m in range(FIRST, LAST + 1)}
    return out


def _t(month: int) -> float:
    return (month - FIRST) / (LAST - FIRST)


def _lerp(a: float, b: float, t: float) -> float:
    return a + (b - a) * t


def _due(frequency: str, month: int, fy_start: int) -> bool:
    pos = (month % 12 + 1 - fy_start) % 12
    return {"monthly": True, "quarterly": pos % 3 == 2, "annual": pos == 11}[frequency]


def _split(total: int, teams: tuple[str, ...], shares: dict[str, float]) -> list[int]:
    """`total` shared between `teams` in proportion, whole numbers adding up to it."""
    weights = [shares.get(t, 1.0) for t in teams]
    parts = [round(total * w / sum(weights)) for w in weights[:-1]]
    return [*parts, total - sum(parts)]


def year_rows(register: Register) -> list[Row]:
    """Every return due from every team, April 2020 to March 2021."""
    ind = register.indicators
    spec, sizes = specs(), cohorts()
    events = {(e.indicator, month_index(*map(int, e.period.split("-")))): e for e in EVENTS}
    rows: list[Row] = []
    made: dict[tuple[str, str, int], Row] = {}
    for iid, info in ind[ind["figures_from"].eq("")].iterrows():
        due = [m for m in range(FIRST, LAST + 1)
               if _due(info["frequency"], m, register.fy_start_month)]
        for k, month in enumerate(due):
            event = events.get((iid, month))
            for row in _returns(iid, info, spec.get(iid), sizes, month, k, event, made):
                made[(row.team, iid, month)] = row
                rows.append(row)
    order = {iid: i for i, iid in enumerate(ind.index)}
    return sorted(rows, key=lambda r: (r.month, order[r.indicator]))


def _returns(iid, info, spec, sizes, month, k, event, made) -> list[Row]:
    """The rows of indicator `iid` for `month`, its k-th return of the year."""
    teams, measure = info["teams"], info["measure"]
    base = [Row(t, iid, info["title"], month, measure=measure) for t in teams]
    if event is not None:
        base[0].comment = event.comment
    if measure == "assessed":
        ratings, evidence = ASSESSED[iid]
        rating = RAG_WORDS[ratings[k % len(ratings)]]
        base[0].rag, base[0].evidence = rating, evidence if rating != "Green" or k % 2 else ""
        return base
    if measure == "yesno":
        base[0].value = event.value if event and event.value else "Yes"
        return base
    if measure == "score":
        base[0].value = SCORES[iid][k % len(SCORES[iid])]
        return base

    if spec is None:
        raise KeyError(f"{iid} is in the register but not in FIGURES: add a line for it")
    rng = random.Random(f"{SEED}/{iid}/{month}")
    t = _t(month)
    size = sizes[spec.size][month] if spec.size in sizes else (
        None if spec.size == "-" else float(spec.size))
    if iid in COMPLEMENTS:  # the rest of another indicator's denominator
        for row in base:
            src = made[(row.team, COMPLEMENTS[iid], month)]
            row.numerator, row.denominator = src.denominator - src.numerator, src.denominator
        return base
    if spec.start is None:  # the cohort itself
        base[0].numerator = size
        return base
    level = _lerp(spec.start, spec.end, SHAPES[spec.shape](t)) + (event.shift if event else 0)
    if measure in ("count", "rate"):
        if level < 20 and "end" not in info["numerator_text"]:  # a few events: as they come
            base[0].numerator = _poisson(level, rng)
        else:
            wobble = _wobble(f"{iid}/{teams[0]}")[month - FIRST]
            base[0].numerator = max(0, round(level + wobble * math.sqrt(level) * 0.35))
        return base
    if spec.size not in sizes:
        size = max(1, round(size * (1 + 0.04 * _wobble(f"{iid}/size")[month - FIRST])))
    for row, d in zip(base, _split(int(size), teams, SHARES.get(iid, TEAM_SHARE)), strict=True):
        offset = random.Random(f"{SEED}/{iid}/{row.team}").uniform(-4, 4) if len(teams) > 1 \
            else 0.0
        row.denominator = max(d, 1)
        wobble = _wobble(f"{iid}/{row.team}")[month - FIRST]
        row.numerator = _numerator(measure, level + offset, row.denominator, wobble, rng)
    if spec.pinned and k == 0:
        _pin(base, measure, spec.start)
    for row in base:
        if row.team in VALUE_TOO and measure in PER:
            row.value = float(round_half_up(PER[measure] * row.numerator / row.denominator, 1))
    return base


def _wobble(key: str) -> list[float]:
    """Random ups and downs, one a month (mean 0, sd 1), each month much like the last."""
    rng = random.Random(f"{SEED}/wobble/{key}")
    e, out = rng.gauss(0, 1), []
    for _ in range(FIRST, LAST + 1):
        out.append(e)
        e = 0.7 * e + math.sqrt(1 - 0.7**2) * rng.gauss(0, 1)
    return out


def _poisson(mean: float, rng: random.Random) -> int:
    n, p, floor = 0, rng.random(), math.exp(-mean)
    while p > floor:
        n, p = n + 1, p * rng.random()
    return n


def _numerator(measure: str, level: float, d: float, wobble: float,
               rng: random.Random) -> float:
    if measure == "percentage":
        p = min(max(level, 0.0), 100.0) / 100
        if d <= 10:  # a handful of cases: each one counts
            return sum(rng.random() < p for _ in range(int(d)))
        return min(d, max(0, round(d * p + wobble * math.sqrt(d * p * (1 - p)) * 0.6)))
    if measure == "average":
        return round(level * d * (1 + 0.025 * wobble))
    return round(level * d * (1 + 0.03 * wobble))  # cost: £ per placement x placements


def _pin(rows: list[Row], measure: str, printed: float) -> None:
    """Adjust the biggest team's figures so the pooled value is the printed Apr-20 value."""
    big = max(rows, key=lambda r: r.denominator)
    others_n = sum(r.numerator for r in rows if r is not big)
    others_d = sum(r.denominator for r in rows if r is not big)
    per = 100 if measure == "percentage" else 1
    d0 = int(big.denominator)
    for step in sorted(range(-d0 // 3, d0), key=abs):  # the smallest change that gets there
        d = big.denominator + step
        total_d = others_d + d
        n = round(printed * total_d / per) - others_n
        if d >= 1 and n >= 0 and (measure != "percentage" or n <= d) and \
                round_half_up(per * (others_n + n) / total_d, 1) == printed:
            big.numerator, big.denominator = n, d
            return
    raise ValueError(f"cannot pin {rows[0].indicator} to {printed}")


# --- the workbooks ------------------------------------------------------------------------------
def sheet_name(team: str) -> str:
    return team.replace("/", "-")


def team_order(register: Register) -> list[str]:
    return list(dict.fromkeys(t for ts in register.indicators["teams"] for t in ts))


def layout(rows: list[Row], teams: list[str]) -> list[tuple[str, int, Row]]:
    """(sheet, Excel row, row) for every row, as write_returns places them."""
    out = []
    for team in teams:
        mine = [r for r in rows if r.team == team]
        out += [(sheet_name(team), i, r) for i, r in enumerate(mine, start=HEADER_ROW + 2)]
    return out


def write_returns(path: Path, rows: list[Row], teams: list[str], what: str) -> None:
    """One sheet per team: a title row, the header row, one row per return."""
    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False})
    wb.set_properties({"title": f"Monthly performance returns, {what}",
                       "author": "Slough Children's Trust", "created": CREATED})
    title = wb.add_format({"bold": True, "font_size": 13})
    head = wb.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1, "text_wrap": True})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    whole = wb.add_format({"num_format": "#,##0"})
    money = wb.add_format({"num_format": "£#,##0"})
    sheets = {}
    for team in teams:
        ws = sheets[sheet_name(team)] = wb.add_worksheet(sheet_name(team))
        ws.write_string(0, 0, f"Slough Children's Trust - performance return: {team}, {what}",
                        title)
        ws.write_row(HEADER_ROW, 0, HEADERS, head)
        for j, width in enumerate([13, 12, 60, 9, 11, 12, 8, 50, 8, 50]):
            ws.set_column(j, j, width, wrap if width >= 50 else None)
        ws.freeze_panes(HEADER_ROW + 1, 2)
        count = sum(r.team == team for r in rows)
        ws.autofilter(HEADER_ROW, 0, HEADER_ROW + max(count, 1), len(HEADERS) - 1)
    for sheet, excel_row, row in layout(rows, teams):
        ws, i = sheets[sheet], excel_row - 1
        cells = [row.team, row.indicator, row.title, row.period, row.numerator,
                 row.denominator, row.value, row.comment, row.rag, row.evidence]
        for j, v in enumerate(cells):
            if isinstance(v, Formula):
                ws.write_formula(i, j, v.text.format(row=excel_row), None, v.cached)
            elif isinstance(v, str):
                if v:
                    ws.write_string(i, j, v)
            elif v is not None:
                style = money if row.measure == "cost" and j == COL["Numerator"] else whole
                ws.write_number(i, j, v, style if float(v).is_integer() else None)
    wb.close()


def make_year(register: Register, out: Path) -> Path:
    path = out / YEAR_FILE
    write_returns(path, year_rows(register), team_order(register),
                  "April 2020 to March 2021")
    return path


def make_errors(register: Register, out: Path) -> Path:
    """The March 2021 return, with PLANTED's mistakes typed in."""
    rows = [r for r in year_rows(register) if r.month == LAST]
    find = {(r.team, r.indicator): r for r in rows}
    teams = team_order(register)
    planted_rows = {}  # (team, indicator) -> the rows that carry the mistake

    def at(team: str, iid: str) -> Row:
        planted_rows[(team, iid)] = [find[(team, iid)]]
        return find[(team, iid)]

    at("Front Door", "CK10").numerator = "n/a - system down"
    r = at("CIN/CP", "TB04")
    r.numerator, r.denominator = r.denominator, r.numerator
    r = at("SEN", "CK42")
    r.numerator, r.denominator = 0, 0
    at("SEN", "CK41").numerator = -2
    r = at("CLA", "TB07")
    copy = Row(**vars(r))
    rows.insert(rows.index(r) + 1, copy)
    planted_rows[("CLA", "TB07")].append(copy)
    at("Care Leavers", "TB10").indicator = "TB1O"
    at("CLA", "CK13").period = "March"
    r = at("CLA", "TB18")
    right = f"{float(round_half_up(100 * r.numerator / r.denominator, 1)):.1f}"
    r.value = float(right[1] + right[0] + right[2:])  # two digits swapped: 97.4 -> 79.4
    r = at("HR", "CK31")
    r.numerator = r.denominator = None
    r.value = Formula("=E{row}/F{row}*100", "#DIV/0!")
    at("Finance", "TB25").value = "Maybe"
    r = at("Finance", "SCF12")
    r.rag, r.evidence = "Amber", ""
    r = at("Care Leavers", VALID_PERCENT_TEXT[1])
    r.numerator = r.denominator = None
    r.value = VALID_PERCENT_TEXT[2]

    rows_of = {id(r): f"{sheet_ref(sheet)}!{i}" for sheet, i, r in layout(rows, teams)}
    valid = Mistake("", VALID_PERCENT_TEXT[0], "Care Leavers", VALID_PERCENT_TEXT[1], "")
    for m in [*PLANTED, valid]:  # each sits in the row PLANTED names (else correct PLANTED)
        sheet, _, cell = m.cell.rpartition("!")
        placed = {rows_of[id(r)] for r in planted_rows[(m.team, m.indicator)]}
        if f"{sheet}!{cell.lstrip('ABCDEFGHIJ')}" not in placed:
            raise AssertionError(f"{m.code}: planted in {sorted(placed)}, PLANTED says {m.cell}")
    path = out / ERRORS_FILE
    write_returns(path, rows, teams, "March 2021")
    return path


def main(out: Path = HERE) -> list[Path]:
    register = load_register()
    out.mkdir(parents=True, exist_ok=True)
    return [make_year(register, out), make_errors(register, out)]


if __name__ == "__main__":
    for p in main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE):
        print(f"wrote {p}")
