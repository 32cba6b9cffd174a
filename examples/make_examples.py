"""Write the example returns that ship in examples/:

    returns-2019-21.xlsx      two financial years of returns (April 2019 to March 2021) from every
                              team of the default register, with believable figures for Slough:
                              one sheet per team, every indicator it is due to return
    month-end/                the analyst's returns folder at the end of March 2021, for the
                              README's month-end routine: returns-to-2021-02.xlsx (every earlier
                              month, as kept from past runs) and 2021-03/ (the March returns as
                              the teams send them, one workbook per team: front-door.xlsx, ...),
                              together the same figures as the two-year file
    returns-with-errors.xlsx  the March 2021 return with the mistakes teams really make
                              (listed in PLANTED: the finding code and cell each one must raise)

    python examples/make_examples.py [OUTDIR]

The figures are made, not real. They are driven by the tables below: COHORTS (the populations
that many indicators count, e.g. referrals in the month, children on a CP plan), FIGURES (each
indicator's level in April 2019, April 2020 and March 2021 and what it counts), EVENTS (the
months that carry a comment, a one-off change, a lasting step change or a nil return) and
ASSESSED (the judged, RAG-rated indicators). The Trust Board KPIs go through the Apr-19 and
Apr-20 figures printed in seed 003, Appendix A. Everything comes from one seed, so running this
twice writes the same cells.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import xlsxwriter

from xlkpi.core.calendar import due, month_index, month_text
from xlkpi.core.findings import sheet_ref
from xlkpi.core.measures import PER, round_half_up
from xlkpi.core.register import Register
from xlkpi.validate.register import load_register

HERE = Path(__file__).resolve().parent
YEAR_FILE, ERRORS_FILE = "returns-2019-21.xlsx", "returns-with-errors.xlsx"
MONTH_END = "month-end"  # the analyst's returns folder at the end of March 2021
ARCHIVE = f"{MONTH_END}/returns-to-2021-02.xlsx"  # every month before, kept from past runs
MONTH_DIR = f"{MONTH_END}/2021-03"  # one workbook per team, March 2021 only
SEED = 2020
CREATED = dt.datetime(2021, 4, 12, 9, 30)
FIRST, PIVOT, LAST = month_index(2019, 4), month_index(2020, 4), month_index(2021, 3)
HEADERS = ["Team", "Indicator ID", "Indicator", "Period", "Numerator", "Denominator", "Value",
           "Comment", "RAG", "Evidence"]
COL = {h: i for i, h in enumerate(HEADERS)}
HEADER_ROW = 1  # 0-based: row 1 is the title, row 2 the headers

# name: level in Apr-19, Apr-20 and Mar-21, month-to-month noise (a share of the level, or
# `poisson` for a handful of events that come as they come). Slough had 304 children on a CP
# plan at the end of March 2020 and an average of 238 a month through 2019/20; the number looked
# after rose slightly over 2019/20, to 46.4 per 10,000 under-18s (seed 003, 4.3).
COHORTS = """
contacts         520   560   590  0.06     contacts received in the month
referrals        135   150   158  0.07     referrals received in the month
eh_cases         470   520   560  0.03     Early Help cases open at month end
cin              560   610   580  0.02     children on a child in need plan at month end
cp_plans         190   304   268  0.02     children on a CP plan at month end
cla              192   200   208  0.015    children looked after at month end
cla_reviews       32    34    36  0.12     CLA reviews due or held in the month
care_leavers     140   148   158  0.01     care leavers (relevant and former relevant)
leavers_1921      90    95   101  0.02     care leavers aged 19-21
open_cases      1040  1150  1090  0.02     open allocated cases at month end
social_workers    56    60    63  0.02     frontline case-holding social workers
frontline_posts   74    75    77  0.01     frontline posts filled (permanent and agency)
audits            58    60    64  0.05     case files audited in the quarter
tribunals          3     3     3  poisson  SEND tribunal appeals concluded in the month
"""

# ID, level in Apr-19, Apr-20 (or at the return current then) and Mar-21, the denominator's size
# and, optionally, the shape of the change (`shape` for 2020/21 alone, `first/second` for both
# years; a year without one is a straight line). Levels are: percentages for percentage; the
# average for average; the count for count (or a cohort); the children counted for rate
# (divided by the population by xlkpi); £ per placement (or FTE) per quarter for cost, whose
# size is the placements. `*` pins the value to the figure printed in Appendix A (for a
# quarterly or annual KPI, Apr-20's is the return of March 2020), `n/d` pins a percentage's
# counts (TB09's "33.3% (7)" is 7 of 21 young people); `=` repeats Apr-20's level
# (the source papers give no 2019 figure). A size is a cohort, a number (give or take 4%),
# `~N` (a handful, as they come: it can be 0, and then the return is a nil return) or
# `A>B>C` / `~A>B>C` (the size in Apr-19, Apr-20 and Mar-21). A pin on Mar-21 fixes that
# return too (TB09: the board reads a cohort of 7 young people, 2 of whom re-offended).
FIGURES = """
TB01    82.0*  74.0*  79.0   referrals        steady
TB02    17.0*  16.3*  19.0   referrals        steady
TB03    75.4*  55.1*  78.0   130              late
TB04    91.4*  65.7*  90.0   cp_plans         late/early
TB05    30.0*  43.3*  80.0   30               wave
TB06    14.3*   0.0*   8.0   ~24>20>16        steady
TB07    78.7*  69.3*  86.5   cla              steady
TB08     9.0*  16.0*  13.5   cla              steady
TB09    30.0   7/21   2/7    ~22>21>8         steady
TB10    60.0*  60.0*  66.0   leavers_1921     steady
TB11    27.0*  31.7*  28.0   cla              steady
TB12    95.0   96.0*  95.5   130              steady
TB13   100.0*  82.0*  93.0   120              late/early
TB14       3      3      3   -
TB15    24.3   26.0*  24.3   12
TB16    66.1*  73.7*  76.5   38               steady
TB17    95.3*  94.8*  96.0   cla_reviews      steady
TB18    98.0*  100.0* 97.0   cla_reviews      steady
TB19    52.0   37.5*  84.0   open_cases       late/early
TB20    80.0   83.0*  87.0   audits           steady
TB21    16.8*  19.1*  17.2   social_workers   steady
TB22    21.0*  21.0*  23.5   190              steady
TB23    36.0*  37.0*  35.0   frontline_posts  steady
TB24    22.4*  23.5*  27.0   cla              steady
CK02    47.0   48.0   50.0   60
CK03    11.0   12.0   10.0   cp_plans
CK04     3.0    3.5    2.5   cp_plans
CK05    86.0   55.0   78.0   cp_plans         late/early
CK06    76.0   68.0   80.0   referrals        steady
CK07       -      -      -   eh_cases
CK08       =   72.0   78.0   45
CK09    26.0   27.0   27.0   contacts
CK10       -      -      -   contacts
CK11       -      -      -   referrals
CK12       -      -      -   cp_plans
CK13       -      -      -   cla
CK14    30.0   28.0   24.0   cin
CK15       =   70.0   85.0   50
CK17    90.0   88.0   95.0   45
CK19    29.0   33.0   29.0   182>190>197      steady
CK20    76.0   66.0   84.0   cla              steady
CK21       =   70.0   85.0   18
CK22    88.0   85.0   92.0   cla_reviews
CK23       =   80.0   92.0   150
CK24      60     62     66   -
CK26    80.0   78.0   87.0   195
CK27    62.0   55.0   75.0   25               late
CK28     130    140    150   -
CK29       -      -      -   frontline_posts
CK31     2.6    2.4    3.1   6300
CK32    47.0   48.0   52.0   320
CK33       =   62.0   66.0   95
CK34    66.0   60.0   80.0   22               late
CK35       1      1      1   -
CK36      28     30     32   -
CK37       =   25.0   22.0   28
CK38       -      -      -   28
CK39     2.8    2.9    3.0   30000
CK40     370    380    395   -
CK41       3      3      3   -
CK42    35.0   35.0   35.0   tribunals
CK43    20.0   20.0   20.0   tribunals
CK44       -      -      -   tribunals
PI01   82000  84500  86000   1
PI02   61000  62400  64000   18
PI03   66000  67600  70000   14
PI04   10800  11050  11300   70
PI05    5350   5460   5600   50
PI06   18500  18850  18200   28
PI07       =   85.0   90.0   40
PI08       =   60.0   75.0   12
PI09       =     25     22   -
PI10       =   35.0   30.0   24
PI11       =   70.0   80.0   24
PI12       =   40.0   38.0   1650
PI13     170    180    175   -
PI14     175    185    180   -
PI15       =   15.0   14.0   90
PI17       -      -      -   cp_plans
PI18       =   48.0   47.0   cp_plans
PI19       =    9.0    9.0   cp_plans
PI20       =    4.0    4.0   cp_plans
PI21       =   34.0   35.0   cp_plans
PI22       =    5.0    5.0   cp_plans
PI24       =   58.0   58.0   650
PI25      70     75     80   -
PI26       =   45.0   46.0   1480
PI27       =   30.0   31.0   eh_cases
PI28       =   25.0   25.0   1480
PI29       =   35.0   36.0   1480
PI30       =    3.0    3.0   1480
PI31       =   80.0   86.0   45
PI32       =    0.3    0.3   1480
PI33       =    1.0    1.0   450
PI34       =    0.5    0.5   1480
PI36       -      -      -   cla
PI37       =   62.0   63.0   cla
PI39    94.0   92.0   96.0   cla
PI40    80.0   78.0   88.0   140
PI41       =   85.0   88.0   140
PI42    15.5   15.2   14.6   95
PI43       =    3.1    2.6   22
PI44       =    1.6    1.5   25
PI46       =    7.0    6.0   14400
PI47       =   18.0   14.0   ~6
PI48       =   44.0   44.0   9
PI49       =   56.0   56.0   9
PI50       =   17.0   17.0   12
PI51       -      -      -   care_leavers
PI52       =   92.0   95.0   care_leavers
PI53       =   84.0   88.0   leavers_1921
PI54       4      4      4   -
PI55       3      3      3   -
PI56       6      6      6   -
PI57       =   75.0   75.0   PI54
PI58       =   75.0   75.0   ~4
PI60      10      9      7   -
PI61       =   45.0   45.0   30
PI62       -      -      -   audits
PI63    30.0   32.0   40.0   audits
PI64    13.0   12.0    8.0   audits
OF01    74.0   70.0   88.0   social_workers
OF02       =   62.0   48.0   ~6
OF03       =   70.0   55.0   ~5
OF04    36.0   38.0   30.0   cin
OF05    30.0   35.0   28.0   cp_plans
OF06    24.0   25.0   20.0   cla
OF07       =   80.0   92.0   40
OF08       =   18.0   20.0   260
OF09    72.0   75.0   88.0   120
OF10       =   72.0   76.0   130
OF11       =   35.0   40.0   60
OF12       =   62.0   80.0   45
OF13       =   60.0   76.0   45
OF14       =   55.0   65.0   ~5
OF16     8.0    9.0    7.0   340
BP1      8.0    9.0   16.0   cla
BP2     80.0   82.0   86.0   care_leavers
BP3     60.0   55.0   82.0   250
BP4     40.0   45.0   72.0   ~8
BP5     36.0   38.0   63.0   open_cases
BP6     21.0   22.0   19.0   890
BP7     92.0   91.0   88.0   22
BP8        4      4      6   -
"""

# Indicators whose numerator is the rest of others' (same denominator): permanent = 100% -
# agency; approved = 100% - refused; tribunals conceded = concluded - won - lost.
COMPLEMENTS = {"CK29": ("TB23",), "CK38": ("CK37",), "CK44": ("CK42", "CK43")}
# ... and those that count part of what is left after others: tribunals lost of those not won.
WITHIN_REST = {"CK43": ("CK42",)}

SHAPES = {  # share of the change made by fraction t of the year
    "steady": lambda t: t,
    "early": lambda t: 1 - (1 - t) ** 2,
    "late": lambda t: t * t,
    "wave": lambda t: t - 0.4 * math.exp(-(((t - 0.7) / 0.12) ** 2)),  # slips in the winter
}

# Stocks that change slowly (staff in post, placements over the last 12 months): less noise.
CALM = {"TB08": 0.35, "TB11": 0.5, "TB16": 0.5, "TB22": 0.35, "TB23": 0.35, "CK32": 0.35,
        "CK33": 0.35}
# Teams whose spreadsheets work out the Value too (xlkpi checks it against the parts).
VALUE_TOO = {"YOT", "Fostering"}
# How pooled indicators split between the teams that return them.
TEAM_SHARE = {"Front Door": 0.22, "CIN/CP": 0.45, "CLA": 0.2, "Care Leavers": 0.13}
SHARES = {"TB03": {"Front Door": 0.7, "CIN/CP": 0.3},
          "CK26": {"CLA": 0.25, "Care Leavers": 0.75},
          "OF12": {"CIN/CP": 0.55, "CLA": 0.45}, "OF13": {"CIN/CP": 0.55, "CLA": 0.45}}
# What a team writes when a small count comes out at none: a nil return (figures blank).
NIL_COMMENTS = {
    "CK42": "No tribunal appeals concluded this month.",
    "CK43": "No tribunal appeals concluded this month.",
    "CK44": "No tribunal appeals concluded this month.",
    "PI47": "No looked after children started a new school this quarter.",
    "PI57": "No adoptions this quarter.",
    "PI58": "No children moved in with an adoptive family this quarter.",
    "OF02": "No initial CAMHS appointments for children on a CP plan this month.",
    "OF03": "No initial CAMHS appointments for children in care this month.",
    "OF14": "No care proceedings concluded this month.",
    "BP4": "No children became looked after this month.",
}


@dataclass(frozen=True)
class Event:
    """A month that a team commented on. `shift` moves the level that month (points); with
    `step` it moves it from that month on (a process change). `nil`: the team had nothing to
    count and sent the row with its figures blank and the comment saying why."""

    indicator: str
    period: str
    comment: str
    shift: float = 0.0
    value: str | None = None  # for yes/no answers
    step: bool = False
    nil: bool = False

    @property
    def month(self) -> int:
        return month_index(*map(int, self.period.split("-")))


EVENTS = [
    # 2019/20
    Event("TB05", "2019-04", "Only 9 of 30 ICPCs were held within 15 days: two conference "
          "chair posts are vacant; a locum chair starts in May."),
    Event("CK11", "2019-10", "Referrals up sharply after half term: the autumn rise in demand "
          "that lasted into the new year."),
    Event("TB08", "2019-12", "More placement moves for teenagers at risk of exploitation; "
          "a placement stability panel now meets fortnightly."),
    Event("TB04", "2020-03", "Lockdown from 23 March: visits to children on plans moved to "
          "video calls unless a face-to-face visit was essential.", shift=-4),
    Event("TB13", "2020-03", "Schools closed from 20 March; PEP meetings for the spring term "
          "could not all be held."),
    # 2020/21
    Event("PI54", "2020-06", "No adoptions this quarter: final hearings were adjourned in the "
          "first lockdown.", nil=True),
    Event("PI58", "2020-06", "No children moved in with adoptive families this quarter: "
          "introductions were paused in the first lockdown.", nil=True),
    Event("TB01", "2020-07", "New Front Door triage from July: a duty consultant social worker "
          "screens every referral on the day it arrives.", shift=12, step=True),
    Event("OF14", "2020-08", "No care proceedings concluded in August: the court listed the "
          "final hearings for September.", nil=True),
    Event("TB01", "2020-09", "Referrals rose when schools returned; two duty posts were vacant "
          "for most of the month.", shift=-3),
    Event("TB23", "2020-09", "Five agency social workers took permanent posts through the "
          "conversion scheme (Business Plan 2.4).", shift=-6, step=True),
    Event("TB05", "2020-11", "Two late ICPCs due to family illness; both now held.", shift=-3),
    Event("TB13", "2020-06", "PEP meetings held by video while schools were closed; a few "
          "could not be arranged in time."),
    Event("TB18", "2020-05", "Reviews held virtually; young people joined by video or sent "
          "their views to the IRO."),
    Event("TB08", "2020-10", "Three placement endings for older teenagers; all three are now "
          "settled.", shift=1.5),
    Event("TB09", "2020-12", "Small cohort: fewer young people were charged during lockdown, so "
          "one re-offence moves the figure by about ten points."),
    Event("TB19", "2021-01", "Supervision slipped while three team managers were off with "
          "Covid-19; catch-up sessions booked.", shift=-8),
    Event("TB23", "2021-03", "Two permanent social workers left in March; agency staff cover "
          "the posts while we recruit.", shift=2.5),
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
# staff (annual) and customer (quarterly) satisfaction, out of 5, one a return
SCORES = {"TB26": [3.2, 3.4], "TB27": [3.9, 4.0, 3.8, 4.0, 4.1, 4.0, 4.3, 4.2]}

# Judged indicators: the RAG of each return (eight quarters, or two years), and the evidence
# of 2019/20 and of 2020/21.
ASSESSED = {
    "SCF01": ("YYYYYYGG", "Panel met every quarter; young people's attendance was low.",
              "Panel met every quarter; the Children in Care Council presented twice."),
    "SCF02": ("YGGGGGGG", "Scrutiny reviewed the Trust's performance report from July.",
              "Scrutiny reviewed the Trust's performance report each quarter."),
    "SCF03": ("YYYYYYYG", "Governance review under way; committee papers often late.",
              "Board and committee terms of reference refreshed; risk register reviewed "
              "monthly."),
    "SCF04": ("YYAAYAYY", "Partnership arrangements in transition; health attendance at "
              "strategy discussions is inconsistent.",
              "Safeguarding partnership met virtually; health attendance at strategy "
              "discussions is inconsistent."),
    "SCF05": ("AAAAAAYY", "Sufficiency strategy out of date; reliance on spot purchasing.",
              "Sufficiency strategy drafted; the external placement framework is still to be "
              "re-tendered."),
    "SCF06": ("YYYYYYYY", "Multi-agency Front Door working well; police and health "
              "attendance varies.",
              "Multi-agency Front Door working well; police presence reduced during lockdown."),
    "SCF07": ("AAYYYYGG", "Transformation programme agreed; recruitment to the new structure "
              "started.",
              "Transformation programme on track; new structure in place from September."),
    "SCF08": ("YGGGGGYG", "Corporate risk register reviewed by the Audit and Risk Committee.",
              "Corporate risk register reviewed by the Audit and Risk Committee."),
    "SCF09": ("YYYYYYYG", "Practice weeks started; staff survey shows low morale in the autumn.",
              "Practice weeks and learning circles running; staff survey results improving."),
    "SCF10": ("AAAAAYYY", "No participation officer in post; Reach Out group paused.",
              "Participation officer in post; Reach Out group meets online fortnightly."),
    "SCF11": ("YG", "2019/20 budget balanced only after in-year growth funding.",
              "Balanced budget for 2020/21 delivered; outturn within 0.5% of budget."),
    "SCF12": ("AAAAYAAY", "Placement costs above statistical neighbours; no commissioning "
              "review yet.",
              "Placement costs above statistical neighbours; commissioning review under way."),
    "SCF13": ("YYAAYYRA", "Medium-term plan assumes growth funding continues.",
              "Medium-term plan depends on the 2021/22 contract settlement, not yet agreed."),
    "SCF14": ("YYYAYYYY", "Audits show 78-84% of cases requires improvement or better; few "
              "good.",
              "Audits show 83-87% of cases requires improvement or better; few good."),
    "SCF18": ("AAAAAYYG", "Supervision below standard while caseloads were high.",
              "Case supervision recovering after managers' absence; 9-a-year target not yet "
              "met."),
    "SCF19": ("YYYYYYYY", "Workforce diversity broadly reflects Slough's population; fewer "
              "senior leaders from minority groups.",
              "Workforce diversity broadly reflects Slough's population; fewer senior leaders "
              "from minority groups."),
    "SCF20": ("YYGGGGYG", "Transitions panel meets monthly; short breaks offer reviewed.",
              "Short breaks reshaped for Covid-19; transitions panel meets monthly."),
    "OF15": ("AAYYYYGG", "Signs of Safety training under way; practice leads being appointed.",
             "Signs of Safety training delivered to 85% of practitioners; practice leads in "
             "every team."),
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
    Mistake("not-a-number", "'Front Door'!E12", "Front Door", "CK10",
            "Numerator 'n/a - system down' typed in a number cell"),
    Mistake("numerator-exceeds-denominator", "'CIN-CP'!E4", "CIN/CP", "TB04",
            "numerator and denominator typed the wrong way round"),
    Mistake("zero-denominator", "SEN!F13", "SEN", "CK42",
            "no tribunals concluded, typed as 0 out of 0"),
    Mistake("negative-number", "SEN!E12", "SEN", "CK41", "Numerator -2"),
    Mistake("duplicate-return", "CLA!B3", "CLA", "TB07",
            "row pasted twice, then the numerator corrected in one copy only"),
    Mistake("duplicate-return", "CLA!B4", "CLA", "TB07", "the copy, with other figures"),
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

    @property
    def nil(self) -> bool:
        return self.numerator is None and self.denominator is None and self.value is None \
            and not self.rag and bool(self.comment)


@dataclass(frozen=True)
class Formula:
    text: str
    cached: str


@dataclass
class Spec:
    levels: tuple[float, float, float] | None  # Apr-19, Apr-20, Mar-21
    size: str
    shapes: tuple[str, str] = ("steady", "steady")
    # what Apr-19's, Apr-20's and Mar-21's returns are pinned to: a value, or exact counts
    pinned: tuple[float | tuple[int, int] | None, ...] = (None, None, None)


def _table(text: str) -> list[list[str]]:
    return [line.split() for line in text.strip().splitlines()]


def specs() -> dict[str, Spec]:
    out = {}
    for iid, apr19, apr20, mar21, size, *shape in _table(FIGURES):
        shapes = tuple(shape[0].split("/")) if shape else ("steady",)
        shapes = shapes if len(shapes) == 2 else ("steady", shapes[0])
        if apr20 == "-":
            out[iid] = Spec(None, size, shapes)
            continue
        given = [_level(x) for x in (apr20 if apr19 == "=" else apr19, apr20, mar21)]
        out[iid] = Spec(tuple(level for level, _ in given), size, shapes,
                        tuple(pin for _, pin in given))
    return out


def _level(text: str) -> tuple[float, float | tuple[int, int] | None]:
    """'74.0*' -> (74.0, 74.0) pinned; '7/21' -> (33.3..., (7, 21)) pinned to those counts (a
    percentage); '78.0' -> (78.0, None)."""
    if "/" in text:
        n, d = map(int, text.split("/"))
        return 100 * n / d, (n, d)
    level = float(text.rstrip("*"))
    return level, level if text.endswith("*") else None


def _path(a19: float, a20: float, a21: float, month: int,
          shapes: tuple[str, str] = ("steady", "steady")) -> float:
    """The level in `month`: from Apr-19 to Apr-20, then from Apr-20 to Mar-21, each year along
    its shape."""
    if month <= PIVOT:
        return _lerp(a19, a20, SHAPES[shapes[0]]((month - FIRST) / (PIVOT - FIRST)))
    return _lerp(a20, a21, SHAPES[shapes[1]]((month - PIVOT) / (LAST - PIVOT)))


def cohorts() -> dict[str, dict[int, int]]:
    """Each cohort's size in each month: along its Apr-19, Apr-20 and Mar-21 levels, with ups
    and downs."""
    out = {}
    for name, a19, a20, a21, noise, *_ in _table(COHORTS):
        levels = [float(a19), float(a20), float(a21)]
        if noise == "poisson":
            out[name] = {m: _poisson(_path(*levels, m), random.Random(f"{SEED}/cohort/{name}/{m}"))
                         for m in range(FIRST, LAST + 1)}
            continue
        wobble = _wobble(f"cohort/{name}")
        out[name] = {m: max(1, round(_path(*levels, m) * (1 + float(noise) * wobble[m - FIRST])))
                     for m in range(FIRST, LAST + 1)}
    return out


def _lerp(a: float, b: float, t: float) -> float:
    return a + (b - a) * t


def _split(total: int, teams: tuple[str, ...], shares: dict[str, float]) -> list[int]:
    """`total` shared between `teams` in proportion, whole numbers adding up to it."""
    weights = [shares.get(t, 1.0) for t in teams]
    parts = [round(total * w / sum(weights)) for w in weights[:-1]]
    return [*parts, total - sum(parts)]


def due_months(register: Register, iid: str) -> list[int]:
    frequency = register.indicators.loc[iid, "frequency"]
    return [m for m in range(FIRST, LAST + 1) if due(frequency, m, register.fy_start_month)]


def pins(spec: Spec | None, months: list[int]) -> dict[int, float | tuple[int, int]]:
    """The returns pinned to Appendix A: Apr-19's and Apr-20's figures, each on the latest
    return due by then (a quarterly or annual KPI's Apr-20 figure is its March 2020 return);
    and Mar-21's where FIGURES asks."""
    out = {}
    if spec is None or spec.levels is None:
        return out
    for pinned, anchor in zip(spec.pinned, (FIRST, PIVOT, LAST), strict=True):
        at = [m for m in months if m <= anchor]
        if pinned is not None and at:
            out[at[-1]] = pinned
    return out


def year_rows(register: Register) -> list[Row]:
    """Every return due from every team, April 2019 to March 2021."""
    ind = register.indicators
    spec, sizes = specs(), cohorts()
    events = {(e.indicator, e.month): e for e in EVENTS}
    steps = [e for e in EVENTS if e.step]
    rows: list[Row] = []
    made: dict[tuple[str, str, int], Row] = {}
    for iid, info in ind[ind["figures_from"].eq("")].iterrows():
        months = due_months(register, iid)
        pinned = pins(spec.get(iid), months)
        for k, month in enumerate(months):
            step = sum(e.shift for e in steps if e.indicator == iid and e.month <= month)
            event = events.get((iid, month))
            for row in _returns(iid, info, spec.get(iid), sizes, month, k, event, step,
                                pinned.get(month), made):
                made[(row.team, iid, month)] = row
                rows.append(row)
    order = {iid: i for i, iid in enumerate(ind.index)}
    return sorted(rows, key=lambda r: (r.month, order[r.indicator]))


def _size(spec: Spec, iid: str, sizes: dict, month: int, made: dict, team: str) -> float | None:
    """The denominator's size this month (before it is shared between teams)."""
    text = spec.size
    if text == "-":
        return None
    if text in sizes:
        return sizes[text][month]
    if re.fullmatch(r"[A-Z]+\d+", text):  # another indicator's count, e.g. adoptions
        return made[(team, text, month)].numerator or 0
    poisson, text = text.startswith("~"), text.lstrip("~")
    levels = [float(x) for x in text.split(">")]
    mean = _path(*levels, month) if len(levels) == 3 else levels[0]
    if poisson:
        return _poisson(mean, random.Random(f"{SEED}/{iid}/size/{month}"))
    return max(1, round(mean * (1 + 0.04 * _wobble(f"{iid}/size")[month - FIRST])))


def _returns(iid, info, spec, sizes, month, k, event, step, pinned, made) -> list[Row]:
    """The rows of indicator `iid` for `month`, its k-th return."""
    teams, measure = info["teams"], info["measure"]
    base = [Row(t, iid, info["title"], month, measure=measure) for t in teams]
    if event is not None:
        base[0].comment = event.comment
    if event is not None and event.nil:
        return base  # nothing to count: the row with its figures blank and the comment
    if measure == "assessed":
        ratings, *evidence = ASSESSED[iid]
        rating = RAG_WORDS[ratings[k % len(ratings)]]
        base[0].rag = rating
        base[0].evidence = evidence[month >= PIVOT] if rating != "Green" or k % 2 else ""
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
    if iid in COMPLEMENTS:  # the rest of other indicators' denominator
        for row in base:
            sources = [made[(row.team, src, month)] for src in COMPLEMENTS[iid]]
            if sources[0].nil:
                row.comment = sources[0].comment
                continue
            row.numerator = sources[0].denominator - sum(s.numerator for s in sources)
            row.denominator = sources[0].denominator
        return base
    size = _size(spec, iid, sizes, month, made, teams[0])
    if spec.levels is None:  # the cohort itself
        base[0].numerator = size
        return base
    level = _path(*spec.levels, month, spec.shapes) + step \
        + (event.shift if event and not event.step else 0)
    if measure in ("count", "rate"):
        if level < 20 and "end" not in info["numerator_text"]:  # a few events: as they come
            base[0].numerator = _poisson(level, rng)
        else:
            wobble = _wobble(f"{iid}/{teams[0]}")[month - FIRST]
            base[0].numerator = max(0, round(level + wobble * math.sqrt(level) * 0.35))
        return base
    if size == 0:  # a handful this month came out at none: a nil return
        base[0].comment = base[0].comment or NIL_COMMENTS[iid]
        return base
    for row, d in zip(base, _split(int(size), teams, SHARES.get(iid, TEAM_SHARE)), strict=True):
        offset = random.Random(f"{SEED}/{iid}/{row.team}").uniform(-4, 4) if len(teams) > 1 \
            else 0.0
        row.denominator = max(d, 1)
        wobble = _wobble(f"{iid}/{row.team}")[month - FIRST] * CALM.get(iid, 1.0)
        row.numerator = _numerator(measure, level + offset, row.denominator, wobble, rng)
        if iid in WITHIN_REST:  # cannot count more than the others leave
            taken = sum(made[(row.team, src, month)].numerator or 0 for src in WITHIN_REST[iid])
            row.numerator = min(row.numerator, row.denominator - taken)
    if isinstance(pinned, tuple):  # these very counts (one team)
        base[0].numerator, base[0].denominator = pinned
    elif pinned is not None:
        _pin(base, measure, pinned)
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
    """Adjust the biggest team's figures so the pooled value is the printed value."""
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


def file_name(team: str) -> str:
    """A team's workbook in the month folder: 'CIN/CP' -> 'cin-cp.xlsx'."""
    return re.sub(r"[^a-z0-9]+", "-", team.lower()).strip("-") + ".xlsx"


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
    who = teams[0] if len(teams) == 1 else "all teams"
    wb.set_properties({"title": f"Monthly performance returns, {who}, {what}",
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


def make_year(register: Register, out: Path, rows: list[Row]) -> Path:
    path = out / YEAR_FILE
    write_returns(path, rows, team_order(register), "April 2019 to March 2021")
    return path


def make_month(register: Register, out: Path, rows: list[Row]) -> list[Path]:
    """The returns folder at the end of March 2021: the months before in one workbook, and
    March as the teams send it, one workbook per team; the year file's figures."""
    folder = out / MONTH_DIR
    folder.mkdir(parents=True, exist_ok=True)
    archive = out / ARCHIVE
    write_returns(archive, [r for r in rows if r.month < LAST], team_order(register),
                  "April 2019 to February 2021")
    month = [r for r in rows if r.month == LAST]
    paths = [archive]
    for team in team_order(register):
        path = folder / file_name(team)
        write_returns(path, [r for r in month if r.team == team], [team], "March 2021")
        paths.append(path)
    return paths


def make_errors(register: Register, out: Path, rows: list[Row]) -> Path:
    """The March 2021 return, with PLANTED's mistakes typed in."""
    rows = [Row(**vars(r)) for r in rows if r.month == LAST]  # copies: the year's stay right
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
    r.numerator, r.denominator, r.comment = 0, 0, ""
    at("SEN", "CK41").numerator = -2
    r = at("CLA", "TB07")
    copy = Row(**vars(r))
    copy.numerator -= 1  # corrected in one copy only
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
    rows = year_rows(register)
    return [make_year(register, out, rows), *make_month(register, out, rows),
            make_errors(register, out, rows)]


if __name__ == "__main__":
    for p in main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE):
        print(f"wrote {p}")
