"""Default KPI register data for xlkpi, transcribed from the seed papers (shared/seeds).

Six lists of dicts keyed by the register's column names (DESIGN.md section 2): INDICATORS,
FORUMS, MEMBERSHIP, CONTEXT, FINDINGS and ACTIONS. A blank cell is an omitted key or None.

ID scheme:
    TB01-TB27  Trust Board KPIs, seed 003 Appendix A (Ref n is TBnn).
    CKnn       Appendix H (seed 001) contractual KPI #nn.
    PInn       Appendix H non-contractual PI #nn.
    SCFnn      Seed 000 Appendix 2 (Slough Children First contract) #nn.
    OFnn       KPIs named in seed 004 (Wokingham's Ofsted mapping) with no equivalent here.
    BPn        Numeric measures of success in seed 003 section 6 with no KPI (in no forum).

One measure is one row: where papers repeat a measure it keeps its first ID (a TB ID if it is on
the board), is a member of every forum that uses it, and its Source lists every appearance.
Merged: contractual #1 = TB02, #3 = TB06, #6 = TB01, #16 = TB05, #18 = TB08, #19 = TB11,
#20 = TB07, #25 = TB10, #30 = TB21, #12 = non-contractual #16 (CK12), #13 = non-contractual #35
(CK13: "full time" LAC are those not in respite care); non-contractual #23 = TB04, #38 = TB16,
#45 = TB17, #59 = TB09. "Figures from": SCF15, SCF16 and SCF17 re-use the returns of TB18, TB11
and TB10 against the SCF targets (92, 20 and 52).

Judgement calls (each row's Notes says more):
- Targets: Appendix H prints none; a target stated by a business-plan action or by seed 000 is
  used (CK26, CK29, CK31, PI40, PI53, OF07, OF13, BP*). Tolerances only where printed.
- Measures: "Number of ..." is a count, except TB15 (target 26 points: an average Attainment 8
  score). PIs that are breakdowns or loose data (age phase, ethnicity, complaint outcomes,
  immunisation data, SDQ scores, missing episodes) become one poolable figure; the breakdown
  goes in the comment.
- The quarterly forums' own PIs are quarterly, so an "in month" title is returned for the
  quarter. Window ytd where the paper says year to date and for flows that add up (S47s, CP
  plans ended, adoptions, first time entrants); 12-month figures that must not be summed
  (turnover, 9 supervisions a year) are returned whole each month with window month.
- Teams: a figure held by several case-holding teams lists them all (pooled); CLA reviews are
  returned by CLA, the IRO-specific one (CK22) by QA; Early Help by the Front Door; each
  qualitative SCF KPI by the one team that would evidence it.
- Volume and demand measures with no target carry no direction.
- The Scrutiny forum's 22 KPIs are a default selection: seed 002 does not list them.
"""

INDICATORS = [
    # Trust Board KPIs: seed 003 Appendix A (TB01-TB27), merged with their Appendix H duplicates.
    {
        "ID": "TB01",
        "Indicator": "% of referrals with a decision made in 1 working day",
        "Measure": "percentage",
        "Target": 95.0,
        "Tolerance": 5.0,
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Statistical neighbour": "n/a",
        "England average": "n/a",
        "Team": "Front Door",
        "Numerator": (
            "Referrals received in the month with a decision (and manager authorisation) made "
            "within 1 working day"
        ),
        "Denominator": "Referrals received in the month",
        "Section": "Safeguarding and child in need",
        "Outcome": "Safe and Secure",
        "Notes": (
            "Same measure as Appendix H contractual #6 (decision and authorisation within 1 "
            "workday)."
        ),
        "Source": "Appendix A #1; Appendix H (contractual) #6; Business plan action 4.5",
    },
    {
        "ID": "TB02",
        "Indicator": "% of re-referrals to children's social care within a 12 month period.",
        "Measure": "percentage",
        "Target": 22.0,
        "Tolerance": 1.0,
        "Direction": "lower",
        "Frequency": "monthly",
        "Window": "month",
        "Statistical neighbour": 22.0,
        "England average": 22.6,
        "Team": "Front Door",
        "Numerator": (
            "Referrals received in the month for a child referred in the previous 12 months"
        ),
        "Denominator": "Referrals received in the month",
        "Section": "Safeguarding and child in need",
        "Outcome": "Safe and Secure",
        "Notes": (
            "Same measure as Appendix H contractual #1. SCF #14 names '22% or below' inside its "
            "composite quality-of-practice KPI (SCF14)."
        ),
        "Source": (
            "Appendix A #2; Appendix H (contractual) #1; Appendix 2 (SCF) #14; Business plan "
            "action 1.10"
        ),
    },
    {
        "ID": "TB03",
        "Indicator": "% of assessments completed within 45 working days.",
        "Measure": "percentage",
        "Target": 90.0,
        "Tolerance": 5.0,
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Statistical neighbour": 84.8,
        "England average": 83.1,
        "Team": "Front Door;CIN/CP",
        "Numerator": (
            "Child and family assessments completed in the month within 45 working days of the "
            "referral"
        ),
        "Denominator": "Child and family assessments completed in the month",
        "Section": "Safeguarding and child in need",
        "Outcome": "Safe and Secure",
        "Notes": (
            "Assessments are done across services (action 1.3): Front Door and CIN/CP each return "
            "theirs, pooled."
        ),
        "Source": "Appendix A #3; Business plan actions 1.3, 4.5",
    },
    {
        "ID": "TB04",
        "Indicator": "% of CP Plans with visits in timescales (2 weeks)",
        "Measure": "percentage",
        "Target": 92.0,
        "Tolerance": 5.0,
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Statistical neighbour": "n/a",
        "England average": "n/a",
        "Team": "CIN/CP",
        "Numerator": (
            "Children subject to a CP plan at month end visited within the last 10 working days (2 "
            "weeks)"
        ),
        "Denominator": "Children subject to a CP plan at month end",
        "Section": "Safeguarding and child in need",
        "Outcome": "Safe and Secure",
        "Notes": (
            "Same measure as Appendix H non-contractual #23 (visited in the last 10 working days). "
            "Not contractual #5, which also requires the child seen alone (CK05)."
        ),
        "Source": (
            "Appendix A #4; Appendix H (non-contractual) #23; Annex A (Ofsted mapping): timeliness "
            "of CP visits"
        ),
    },
    {
        "ID": "TB05",
        "Indicator": "% of ICPCs completed within 15 days of S47 enquiries",
        "Measure": "percentage",
        "Target": 92.0,
        "Tolerance": 5.0,
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Statistical neighbour": 81.9,
        "England average": 78.7,
        "Team": "CIN/CP",
        "Numerator": (
            "ICPCs held in the month within 15 working days of the strategy discussion that "
            "started the S47 enquiry"
        ),
        "Denominator": "ICPCs held in the month",
        "Section": "Safeguarding and child in need",
        "Outcome": "Safe and Secure",
        "Notes": (
            "Same measure as Appendix H contractual #16 (ICPCs within statutory timescale, which "
            "is 15 working days)."
        ),
        "Source": "Appendix A #5; Appendix H (contractual) #16",
    },
    {
        "ID": "TB06",
        "Indicator": "% of CP Plans started that were repeat plans within 2 years",
        "Measure": "percentage",
        "Target": 10.0,
        "Tolerance": 2.0,
        "Direction": "lower",
        "Frequency": "monthly",
        "Window": "month",
        "Statistical neighbour": "n/a",
        "England average": "n/a",
        "Team": "CIN/CP",
        "Numerator": (
            "CP plans started in the month for a child whose previous CP plan ended within the "
            "last 2 years"
        ),
        "Denominator": "CP plans started in the month",
        "Section": "Safeguarding and child in need",
        "Outcome": "Safe and Secure",
        "Notes": (
            "Same measure as Appendix H contractual #3 (second or subsequent plan within 2 years)."
        ),
        "Source": "Appendix A #6; Appendix H (contractual) #3; Business plan action 1.10",
    },
    {
        "ID": "TB07",
        "Indicator": "% of CLA seen alone at a statutory visit within timescales",
        "Measure": "percentage",
        "Target": 90.0,
        "Tolerance": 5.0,
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Statistical neighbour": "n/a",
        "England average": "n/a",
        "Team": "CLA",
        "Numerator": (
            "Children looked after at month end whose last statutory visit was within timescale "
            "(last 6 weeks) and who were seen alone"
        ),
        "Denominator": "Children looked after at month end",
        "Section": "Looked after children",
        "Outcome": "Safe and Secure",
        "Notes": (
            "Same measure as Appendix H contractual #20. Not non-contractual #39 (visit without "
            "'seen alone', PI39)."
        ),
        "Source": (
            "Appendix A #7; Appendix H (contractual) #20; Annex A (Ofsted mapping): timeliness of "
            "CiC visits"
        ),
    },
    {
        "ID": "TB08",
        "Indicator": "% of CLA with 3 or more placements in the last 12 months",
        "Measure": "percentage",
        "Target": 12.0,
        "Tolerance": 3.0,
        "Direction": "lower",
        "Frequency": "monthly",
        "Window": "month",
        "Statistical neighbour": 11.3,
        "England average": 10.0,
        "Team": "CLA",
        "Numerator": (
            "Children looked after at month end who have had 3 or more placements in the last 12 "
            "months"
        ),
        "Denominator": "Children looked after at month end",
        "Section": "Looked after children",
        "Outcome": "Safe and Secure",
        "Notes": "Same measure as Appendix H contractual #18 and Annex A's '3 or more placements'.",
        "Source": (
            "Appendix A #8; Appendix H (contractual) #18; Annex A (Ofsted mapping): 3 or more "
            "placements; Business plan actions 1.5, 5.8, 5.9"
        ),
    },
    {
        "ID": "TB09",
        "Indicator": "Percentage of young offenders who re-offend",
        "Measure": "percentage",
        "Target": 25.8,
        "Tolerance": 1.6,
        "Direction": "lower",
        "Frequency": "monthly",
        "Window": "month",
        "Statistical neighbour": "n/a",
        "England average": "n/a",
        "Team": "YOT",
        "Numerator": "Young offenders in the tracked cohort who committed a proven re-offence",
        "Denominator": "Young offenders in the tracked cohort",
        "Section": "Youth justice",
        "Outcome": "Successful",
        "Notes": (
            "Appendix H non-contractual #59 'Rate of proven re-offending' is this binary rate (a "
            "percentage): one row, TB09's title. Apr-20 printed as '33.3% (7)'."
        ),
        "Source": "Appendix A #9; Appendix H (non-contractual) #59",
    },
    {
        "ID": "TB10",
        "Indicator": (
            "% of Care Leavers aged 18-21 (currently 19-21) y/o in Employment, Education or "
            "Training"
        ),
        "Measure": "percentage",
        "Target": 70.0,
        "Tolerance": 5.0,
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Statistical neighbour": "n/a",
        "England average": "n/a",
        "Team": "Care Leavers",
        "Numerator": (
            "Care leavers aged 18-21 (currently 19-21) in education, employment or training"
        ),
        "Denominator": "Care leavers aged 18-21 (currently 19-21)",
        "Section": "Care Leavers",
        "Outcome": "Successful",
        "Notes": (
            "Same measure as Appendix H contractual #25 (age 19-21). SCF17 re-uses these figures "
            "against the SCF target of 52%. Annex A's existing KPI '% care leavers NEET' is its "
            "complement."
        ),
        "Source": (
            "Appendix A #10; Appendix H (contractual) #25; Appendix 2 (SCF) #17 (target 52%, row "
            "SCF17); Annex A (Ofsted mapping): % care leavers NEET; Business plan action 1.7"
        ),
    },
    {
        "ID": "TB11",
        "Indicator": "% CLA placed over 20 miles away from home (office base)",
        "Measure": "percentage",
        "Target": 25.0,
        "Tolerance": 5.0,
        "Direction": "lower",
        "Frequency": "monthly",
        "Window": "month",
        "Statistical neighbour": 19.0,
        "England average": 15.0,
        "Team": "CLA",
        "Numerator": (
            "Children looked after at month end placed more than 20 miles from home (office base), "
            "excluding those placed for adoption"
        ),
        "Denominator": "Children looked after at month end, excluding those placed for adoption",
        "Section": "Looked after children",
        "Outcome": "Successful",
        "Notes": (
            "Same measure as Appendix H contractual #19 (which excludes children placed for "
            "adoption). SCF16 re-uses these figures against the SCF target of 20%. Annex A's '% "
            "LAC living within 20 miles of their home' is its complement."
        ),
        "Source": (
            "Appendix A #11; Appendix H (contractual) #19; Appendix 2 (SCF) #14, #16 (target 20%, "
            "row SCF16); Annex A (Ofsted mapping): % LAC living within 20 miles of their home; "
            "Business plan actions 1.15, 5.10"
        ),
    },
    {
        "ID": "TB12",
        "Indicator": "% of CLA attending good or outstanding schools.",
        "Measure": "percentage",
        "Target": 95.0,
        "Tolerance": 5.0,
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Statistical neighbour": "tbc",
        "England average": "tbc",
        "Team": "CLA",
        "Numerator": (
            "Children looked after of school age attending a school judged good or outstanding by "
            "Ofsted"
        ),
        "Denominator": "Children looked after of school age attending school",
        "Section": "Looked after children",
        "Outcome": "Successful",
        "Source": "Appendix A #12",
    },
    {
        "ID": "TB13",
        "Indicator": "% of CLA with an up to date PEP",
        "Measure": "percentage",
        "Target": 100.0,
        "Tolerance": 5.0,
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Statistical neighbour": "tbc",
        "England average": "tbc",
        "Team": "CLA",
        "Numerator": (
            "Children looked after of statutory school age with an up to date personal education "
            "plan"
        ),
        "Denominator": "Children looked after of statutory school age",
        "Section": "Looked after children",
        "Outcome": "Successful",
        "Notes": "Annex A's existing KPI '% eligible LAC with a recent PEP' maps here.",
        "Source": (
            "Appendix A #13; Annex A (Ofsted mapping): % eligible LAC with a recent PEP; Business "
            "plan action 1.21"
        ),
    },
    {
        "ID": "TB14",
        "Indicator": "Number of CLA meeting or exceeding national expectations at KS2",
        "Measure": "count",
        "Target": "tbc",
        "Tolerance": "tbc",
        "Direction": "higher",
        "Frequency": "annual",
        "Window": "month",
        "Statistical neighbour": "tbc",
        "England average": "tbc",
        "Team": "CLA",
        "Numerator": (
            "Eligible children looked after at the end of KS2 meeting or exceeding the expected "
            "standard in reading, writing and maths"
        ),
        "Section": "Looked after children",
        "Outcome": "Successful",
        "Notes": (
            "Annual (KS2 results). 'Number of' with no target yet, so a count. Not PI48/PI49 (old "
            "level 4 percentages)."
        ),
        "Source": "Appendix A #14",
    },
    {
        "ID": "TB15",
        "Indicator": "Number of CLA meeting or exceeding national expectations at KS4",
        "Measure": "average",
        "Target": "26 points",
        "Tolerance": "6 points",
        "Direction": "higher",
        "Frequency": "annual",
        "Window": "month",
        "Decimals": 1,
        "Statistical neighbour": 20.1,
        "England average": 19.0,
        "Team": "CLA",
        "Numerator": (
            "Total Attainment 8 points of eligible children looked after at the end of KS4"
        ),
        "Denominator": "Eligible children looked after at the end of KS4",
        "Section": "Looked after children",
        "Outcome": "Successful",
        "Notes": (
            "Titled 'Number of' but the target is 26 points and benchmarks 20.1/19: an average "
            "Attainment 8 score (total points / pupils). Annual. Not PI50 (5 A*-C)."
        ),
        "Source": "Appendix A #15",
    },
    {
        "ID": "TB16",
        "Indicator": (
            "% of CLA who have been looked after who have been in a stable placement for at least "
            "2 years"
        ),
        "Measure": "percentage",
        "Target": 75.0,
        "Tolerance": 5.0,
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Statistical neighbour": "tbc",
        "England average": "tbc",
        "Team": "CLA",
        "Numerator": (
            "Children looked after under 16, looked after for 2.5 years or more, who have been in "
            "the same placement for 2 years or more"
        ),
        "Denominator": (
            "Children looked after under 16 who have been looked after for 2.5 years or more"
        ),
        "Section": "Looked after children",
        "Outcome": "Quality",
        "Notes": (
            "Same measure as Appendix H non-contractual #38, whose definition gives the numerator "
            "and denominator."
        ),
        "Source": "Appendix A #16; Appendix H (non-contractual) #38; Business plan action 5.9",
    },
    {
        "ID": "TB17",
        "Indicator": "% of CLA reviews in timescales",
        "Measure": "percentage",
        "Target": 95.0,
        "Tolerance": 5.0,
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "ytd",
        "Statistical neighbour": "tbc",
        "England average": "tbc",
        "Team": "CLA",
        "Numerator": (
            "CLA statutory reviews held within timescale (returned monthly, summed over the "
            "financial year to date)"
        ),
        "Denominator": (
            "CLA statutory reviews due (returned monthly, summed over the financial year to date)"
        ),
        "Section": "Looked after children",
        "Outcome": "Quality",
        "Notes": (
            "Same measure as Appendix H non-contractual #45, which is 'in year to date (April - "
            "March)': window ytd."
        ),
        "Source": "Appendix A #17; Appendix H (non-contractual) #45",
    },
    {
        "ID": "TB18",
        "Indicator": "% of CLA that participated in their review",
        "Measure": "percentage",
        "Target": 95.0,
        "Tolerance": 5.0,
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Statistical neighbour": "tbc",
        "England average": "tbc",
        "Team": "CLA",
        "Numerator": (
            "CLA reviews held in the month in which the child participated (in person, through an "
            "advocate or by conveying their views)"
        ),
        "Denominator": "CLA reviews held in the month",
        "Section": "Looked after children",
        "Outcome": "Quality",
        "Notes": (
            "SCF15 re-uses these figures against the SCF target of 92%. Not Appendix H contractual "
            "#22 (IRO met the child, CK22), a narrower measure."
        ),
        "Source": (
            "Appendix A #18; Appendix 2 (SCF) #15 (target 92%, row SCF15); Business plan action 1.1"
        ),
    },
    {
        "ID": "TB19",
        "Indicator": "% of cases receiving monthly supervision",
        "Measure": "percentage",
        "Target": 95.0,
        "Tolerance": 5.0,
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Statistical neighbour": "tbc",
        "England average": "tbc",
        "Team": "Front Door;CIN/CP;CLA;Care Leavers",
        "Numerator": "Open allocated cases with a recorded case supervision in the month",
        "Denominator": "Open allocated cases at month end",
        "Section": "Workforce",
        "Outcome": "Quality",
        "Notes": (
            "Each case-holding team returns its own cases; pooled. Per case, unlike OF01 (per "
            "social worker)."
        ),
        "Source": "Appendix A #19; Business plan action 2.1",
    },
    {
        "ID": "TB20",
        "Indicator": "% of quarterly case files audit RI and above",
        "Measure": "percentage",
        "Target": 85.0,
        "Tolerance": 5.0,
        "Direction": "higher",
        "Frequency": "quarterly",
        "Window": "month",
        "Stretch target": 90.0,
        "Statistical neighbour": "tbc",
        "England average": "tbc",
        "Team": "QA",
        "Numerator": "Case files audited in the quarter rated requires improvement or better",
        "Denominator": "Case files audited in the quarter",
        "Section": "Quality assurance",
        "Outcome": "Quality",
        "Notes": (
            "Quarterly audit, so quarterly. Stretch 90 from business plan actions 1.2, 1.3, 1.4 "
            "and 1.18. Not PI63 (good or better)."
        ),
        "Source": "Appendix A #20; Business plan actions 1.2, 1.3, 1.4, 1.18, 1.19",
    },
    {
        "ID": "TB21",
        "Indicator": "Average caseload of frontline social workers",
        "Measure": "average",
        "Target": 18.0,
        "Tolerance": "5 cases",
        "Direction": "lower",
        "Frequency": "monthly",
        "Window": "month",
        "Statistical neighbour": "tbc",
        "England average": "tbc",
        "Team": "Front Door;CIN/CP;CLA;Care Leavers",
        "Numerator": "Cases allocated to frontline social workers at month end",
        "Denominator": "Frontline case-holding social workers (FTE) at month end",
        "Section": "Workforce",
        "Outcome": "Quality",
        "Notes": (
            "Target printed '18.00'. Same measure as Appendix H contractual #30 and Annex A "
            "'caseloads'. Each team returns its cases and its social workers; pooled."
        ),
        "Source": (
            "Appendix A #21; Appendix H (contractual) #30; Annex A (Ofsted mapping): caseloads; "
            "Business plan action 2.1"
        ),
    },
    {
        "ID": "TB22",
        "Indicator": "% of permanent staff leavers over the year",
        "Measure": "percentage",
        "Target": 20.0,
        "Tolerance": 5.0,
        "Direction": "lower",
        "Frequency": "monthly",
        "Window": "month",
        "Statistical neighbour": "n/a",
        "England average": "n/a",
        "Team": "HR",
        "Numerator": "Permanent staff who left in the 12 months to month end",
        "Denominator": "Average permanent staff headcount over the 12 months to month end",
        "Section": "Workforce",
        "Outcome": "Quality",
        "Notes": (
            "A rolling 12-month turnover (action 2.2) returned as 12-month figures each month, so "
            "window month: headcounts must not be summed. Annex A '% staff turnover' maps here."
        ),
        "Source": (
            "Appendix A #22; Annex A (Ofsted mapping): % staff turnover; Business plan action 2.2"
        ),
    },
    {
        "ID": "TB23",
        "Indicator": "% of frontline agency staff",
        "Measure": "percentage",
        "Target": 25.0,
        "Tolerance": 5.0,
        "Direction": "lower",
        "Frequency": "monthly",
        "Window": "month",
        "Statistical neighbour": "n/a",
        "England average": "n/a",
        "Team": "HR",
        "Numerator": "Frontline social work posts filled by agency staff at month end",
        "Denominator": "Frontline social work posts filled at month end (permanent and agency)",
        "Section": "Workforce",
        "Outcome": "Value For Money",
        "Notes": "Annex A '% agency staff' maps here.",
        "Source": "Appendix A #23; Annex A (Ofsted mapping): % agency staff",
    },
    {
        "ID": "TB24",
        "Indicator": "% of in-house foster placements",
        "Measure": "percentage",
        "Target": 45.0,
        "Tolerance": 5.0,
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Statistical neighbour": "n/a",
        "England average": "n/a",
        "Team": "Fostering",
        "Numerator": (
            "Children looked after placed with Trust (in-house) foster carers at month end"
        ),
        "Denominator": "Children looked after at month end",
        "Section": "Fostering",
        "Outcome": "Value For Money",
        "Notes": (
            "Denominator all CLA, as action 5.10 says '45% of children and young people are placed "
            "with in house foster placements'."
        ),
        "Source": "Appendix A #24; Business plan action 5.10",
    },
    {
        "ID": "TB25",
        "Indicator": "Forecasting within budget",
        "Measure": "yesno",
        "Target": "Yes",
        "Tolerance": "n/a",
        "Direction": "maintain",
        "Frequency": "monthly",
        "Window": "month",
        "Statistical neighbour": "n/a",
        "England average": "n/a",
        "Team": "Finance",
        "Section": "Finance",
        "Outcome": "Forecasting within budget",
        "Notes": "Finance returns Value Yes or No.",
        "Source": "Appendix A #25; Business plan actions 5.5, 5.6",
    },
    {
        "ID": "TB26",
        "Indicator": "Staff satisfaction",
        "Measure": "score",
        "Target": "tbc",
        "Tolerance": "tbc",
        "Direction": "higher",
        "Frequency": "annual",
        "Window": "month",
        "Statistical neighbour": "n/a",
        "England average": "n/a",
        "Team": "HR",
        "Section": "Workforce",
        "Outcome": "Staff Satisfaction",
        "Notes": (
            "Annual staff survey result, returned as Value. Actions 2.3 and 2.8 aim to maintain "
            "'3/5'; not used as the target while Appendix A prints tbc. Annex A 'annual workforce "
            "satisfaction survey' maps here."
        ),
        "Source": (
            "Appendix A #26; Annex A (Ofsted mapping): annual workforce satisfaction survey; "
            "Business plan actions 2.3, 2.8"
        ),
    },
    {
        "ID": "TB27",
        "Indicator": "Customer satisfaction",
        "Measure": "score",
        "Target": "tbc",
        "Tolerance": "tbc",
        "Direction": "higher",
        "Frequency": "quarterly",
        "Window": "month",
        "Statistical neighbour": "n/a",
        "England average": "n/a",
        "Team": "QA",
        "Section": "Participation",
        "Outcome": "Service User Satisfaction",
        "Notes": (
            "Survey result returned as Value by QA (participation). Quarterly assumed: the "
            "business plan's children's survey is quarterly (action 1.1)."
        ),
        "Source": "Appendix A #27",
    },
    # Appendix H contractual KPIs not already on the Trust Board (CK<nn> = contractual #nn).
    {
        "ID": "CK02",
        "Indicator": "% of section 47s that led to ICPC in month",
        "Measure": "percentage",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "CIN/CP",
        "Numerator": "Section 47 enquiries completed in the month that led to an ICPC",
        "Denominator": "Section 47 enquiries completed in the month",
        "Section": "Safeguarding and child in need",
        "Source": "Appendix H (contractual) #2",
    },
    {
        "ID": "CK04",
        "Indicator": "% of children subject to CP Plans for 2+ years",
        "Measure": "percentage",
        "Direction": "lower",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "CIN/CP",
        "Numerator": (
            "Children subject to a CP plan at month end whose plan has lasted 2 years or more"
        ),
        "Denominator": "Children subject to a CP plan at month end",
        "Section": "Safeguarding and child in need",
        "Source": "Appendix H (contractual) #4",
    },
    {
        "ID": "CK05",
        "Indicator": (
            "% of children subject to CP Plan visited in the last 10 working days and seen alone"
        ),
        "Measure": "percentage",
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "CIN/CP",
        "Numerator": (
            "Children subject to a CP plan at month end visited in the last 10 working days and "
            "seen alone"
        ),
        "Denominator": "Children subject to a CP plan at month end",
        "Section": "Safeguarding and child in need",
        "Notes": "Not TB04: this one also requires the child seen alone.",
        "Source": "Appendix H (contractual) #5",
    },
    {
        "ID": "CK07",
        "Indicator": "Rate of Early Help open cases per 10,000 under 18 population",
        "Measure": "rate",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "Front Door",
        "Numerator": "Early Help cases open at month end",
        "Section": "Safeguarding and child in need",
        "Notes": (
            "Early Help returned by the Front Door (early help hub): the team list has no separate "
            "Early Help team."
        ),
        "Source": "Appendix H (contractual) #7",
    },
    {
        "ID": "CK08",
        "Indicator": (
            "% of Early Help Assessments that resulted in a service place where outcomes were "
            "achieved"
        ),
        "Measure": "percentage",
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "Front Door",
        "Numerator": (
            "Early Help assessments whose service plan closed in the month with its outcomes "
            "achieved"
        ),
        "Denominator": "Early Help assessments whose service plan closed in the month",
        "Section": "Safeguarding and child in need",
        "Notes": "'service place' read as 'service plan'.",
        "Source": "Appendix H (contractual) #8",
    },
    {
        "ID": "CK09",
        "Indicator": "% of contacts to referral",
        "Measure": "percentage",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "Front Door",
        "Numerator": "Contacts received in the month that progressed to a referral",
        "Denominator": "Contacts received in the month",
        "Section": "Safeguarding and child in need",
        "Notes": "Demand measure: no target or direction.",
        "Source": "Appendix H (contractual) #9",
    },
    {
        "ID": "CK10",
        "Indicator": "Number of contacts",
        "Measure": "count",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "Front Door",
        "Numerator": "Contacts received in the month",
        "Section": "Safeguarding and child in need",
        "Notes": "Demand measure: no target or direction.",
        "Source": "Appendix H (contractual) #10",
    },
    {
        "ID": "CK11",
        "Indicator": "Number of referrals",
        "Measure": "count",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "Front Door",
        "Numerator": "Referrals received in the month",
        "Section": "Safeguarding and child in need",
        "Notes": "Demand measure: no target or direction.",
        "Source": "Appendix H (contractual) #11",
    },
    {
        "ID": "CK12",
        "Indicator": "Number of children subject to a CP Plan",
        "Measure": "count",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "CIN/CP",
        "Numerator": "Children subject to a CP plan at month end",
        "Section": "Safeguarding and child in need",
        "Notes": (
            "Same measure as Appendix H non-contractual #16. 304 at end of March 2020 (seed 003 "
            "§4.3)."
        ),
        "Source": "Appendix H (contractual) #12; Appendix H (non-contractual) #16",
    },
    {
        "ID": "CK13",
        "Indicator": "Number of full time LAC at month end",
        "Measure": "count",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "CLA",
        "Numerator": (
            "Children looked after at month end (full time: excluding respite / short-break care)"
        ),
        "Section": "Looked after children",
        "Notes": (
            "Same measure as Appendix H non-contractual #35 'Number of looked after children "
            "(excluding respite)': 'full time' LAC are those not in short-break care."
        ),
        "Source": "Appendix H (contractual) #13; Appendix H (non-contractual) #35",
    },
    {
        "ID": "CK14",
        "Indicator": "% of children subject to child in need plans for over 12 months",
        "Measure": "percentage",
        "Direction": "lower",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "CIN/CP",
        "Numerator": (
            "Children on a child in need plan at month end whose plan has lasted over 12 months"
        ),
        "Denominator": "Children on a child in need plan at month end",
        "Section": "Safeguarding and child in need",
        "Source": "Appendix H (contractual) #14",
    },
    {
        "ID": "CK15",
        "Indicator": "% of child in need plans reviewed within timescales (6 months?)",
        "Measure": "percentage",
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "CIN/CP",
        "Numerator": (
            "Child in need plans due a review in the month that were reviewed within timescale"
        ),
        "Denominator": "Child in need plans due a review in the month",
        "Section": "Safeguarding and child in need",
        "Notes": "Timescale unconfirmed in the paper ('6 months?'); title kept as printed.",
        "Source": "Appendix H (contractual) #15",
    },
    {
        "ID": "CK17",
        "Indicator": "% of RCPCs held within timescale",
        "Measure": "percentage",
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "CIN/CP",
        "Numerator": "Review child protection conferences held in the month within timescale",
        "Denominator": "Review child protection conferences held in the month",
        "Section": "Safeguarding and child in need",
        "Source": "Appendix H (contractual) #17",
    },
    {
        "ID": "CK21",
        "Indicator": (
            "% of children missing from care who have an independent return interview within "
            "timescale"
        ),
        "Measure": "percentage",
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "CLA",
        "Numerator": (
            "Children looked after who returned from a missing episode in the month and had an "
            "independent return interview within timescale"
        ),
        "Denominator": "Children looked after who returned from a missing episode in the month",
        "Section": "Looked after children",
        "Notes": (
            "Children missing from care only; not OF12 (return interviews for all children missing "
            "from home or care)."
        ),
        "Source": "Appendix H (contractual) #21",
    },
    {
        "ID": "CK22",
        "Indicator": (
            "% of LAC reviews where the IRO has met with the child and their views represented "
            "within the meeting"
        ),
        "Measure": "percentage",
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "QA",
        "Numerator": (
            "CLA reviews held in the month where the IRO met the child and the child's views were "
            "represented in the meeting"
        ),
        "Denominator": "CLA reviews held in the month",
        "Section": "Looked after children",
        "Notes": "Returned by the IRO service (QA). Narrower than TB18 (participation).",
        "Source": "Appendix H (contractual) #22",
    },
    {
        "ID": "CK23",
        "Indicator": (
            "% of LAC with a current Care Plan that includes a permanency plan (where appropriate)"
        ),
        "Measure": "percentage",
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "CLA",
        "Numerator": (
            "Children looked after at month end with a current care plan that includes a "
            "permanency plan"
        ),
        "Denominator": (
            "Children looked after at month end for whom a permanency plan is appropriate"
        ),
        "Section": "Looked after children",
        "Notes": "All LAC; not OF09 (only LAC not yet in permanent arrangements).",
        "Source": "Appendix H (contractual) #23",
    },
    {
        "ID": "CK24",
        "Indicator": "Number of approved Trust foster care households",
        "Measure": "count",
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "Fostering",
        "Numerator": "Approved Trust (in-house) foster care households at month end",
        "Section": "Fostering",
        "Notes": (
            "Action 5.10 aims for 12 new approved households a year; that is not a target for this "
            "total."
        ),
        "Source": "Appendix H (contractual) #24",
    },
    {
        "ID": "CK26",
        "Indicator": "% of eligible looked after children with current Pathway Plan",
        "Measure": "percentage",
        "Target": 85.0,
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "CLA;Care Leavers",
        "Numerator": (
            "Eligible young people (looked after at 16-17, and care leavers 18+) with a current "
            "pathway plan"
        ),
        "Denominator": "Eligible young people (looked after at 16-17, and care leavers 18+)",
        "Section": "Care Leavers",
        "Notes": (
            "Target 85 from Appendix 2 (SCF) #17 '85% with pathway plan (18+)'; SCF says 18+, "
            "Appendix H says eligible looked after children, so both are counted: CLA and Care "
            "Leavers each return their part."
        ),
        "Source": "Appendix H (contractual) #26; Appendix 2 (SCF) #17 (target 85%)",
    },
    {
        "ID": "CK27",
        "Indicator": (
            "% of statutory EHCP assessments completed within 20 weeks (including exceptions)"
        ),
        "Measure": "percentage",
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "SEN",
        "Numerator": (
            "New EHC plans issued in the month within 20 weeks of the request (exception cases "
            "included)"
        ),
        "Denominator": "New EHC plans issued in the month (exception cases included)",
        "Section": "LDD and SEN",
        "Source": "Appendix H (contractual) #27",
    },
    {
        "ID": "CK28",
        "Indicator": "Number of Direct Payment packages and personal budgets",
        "Measure": "count",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "SEN",
        "Numerator": "Direct payment packages and personal budgets in place at month end",
        "Section": "LDD and SEN",
        "Source": "Appendix H (contractual) #28",
    },
    {
        "ID": "CK29",
        "Indicator": "% of permanent fieldwork staff",
        "Measure": "percentage",
        "Target": 75.0,
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Stretch target": 80.0,
        "Team": "HR",
        "Numerator": (
            "Fieldwork (frontline case-holding) posts filled by permanent staff at month end"
        ),
        "Denominator": "Fieldwork posts filled at month end (permanent and agency)",
        "Section": "Workforce",
        "Notes": (
            "Target 75, stretch 80 from business plan action 2.5 (also 2.2, 2.4: frontline "
            "case-holding staff permanent by March 2021). Annex A '% employed staff' maps here."
        ),
        "Source": (
            "Appendix H (contractual) #29; Annex A (Ofsted mapping): % employed staff; Business "
            "plan actions 2.2, 2.4, 2.5"
        ),
    },
    {
        "ID": "CK31",
        "Indicator": "% of staff absenteeism",
        "Measure": "percentage",
        "Target": 3.0,
        "Direction": "lower",
        "Frequency": "monthly",
        "Window": "ytd",
        "Team": "HR",
        "Numerator": "Working days lost to short-term sickness absence (excluding long-term sick)",
        "Denominator": "Working days available (staff FTE x working days)",
        "Section": "Workforce",
        "Notes": (
            "Target 3 (lower), window ytd and short-term only from action 2.3 ('YTD short term "
            "staff absenteeism levels (excl long term sick) remains under 3%')."
        ),
        "Source": "Appendix H (contractual) #31; Business plan action 2.3",
    },
    {
        "ID": "CK32",
        "Indicator": "% of staff in post 2 years+",
        "Measure": "percentage",
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "HR",
        "Numerator": "Staff in post at month end with 2 years' or more service",
        "Denominator": "Staff in post at month end",
        "Section": "Workforce",
        "Source": "Appendix H (contractual) #32",
    },
    {
        "ID": "CK33",
        "Indicator": "% of staff 2 years post qualifying",
        "Measure": "percentage",
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "HR",
        "Numerator": "Social workers in post at month end who are 2 years or more post qualifying",
        "Denominator": "Social workers in post at month end",
        "Section": "Workforce",
        "Notes": "Read as 2 years or more post qualifying (experience of the workforce).",
        "Source": "Appendix H (contractual) #33",
    },
    {
        "ID": "CK34",
        "Indicator": (
            "% of statutory EHCP assessments completed within 20 weeks (excluding exceptions)"
        ),
        "Measure": "percentage",
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "SEN",
        "Numerator": (
            "New EHC plans issued in the month within 20 weeks of the request (exception cases "
            "excluded)"
        ),
        "Denominator": "New EHC plans issued in the month (exception cases excluded)",
        "Section": "LDD and SEN",
        "Notes": "Still for discussion in Appendix H.",
        "Source": "Appendix H (contractual) #34",
    },
    {
        "ID": "CK35",
        "Indicator": "Number of conversions to EHCP completed [establish timetable]",
        "Measure": "count",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "SEN",
        "Numerator": "Conversions of statements to EHC plans completed in the month",
        "Section": "LDD and SEN",
        "Notes": "Still for discussion in Appendix H. Timetable to be established.",
        "Source": "Appendix H (contractual) #35",
    },
    {
        "ID": "CK36",
        "Indicator": "Number of new requests for EHCPs by age phase",
        "Measure": "count",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "SEN",
        "Numerator": (
            "New requests for an EHC needs assessment received in the month (all age phases)"
        ),
        "Section": "LDD and SEN",
        "Notes": (
            "Still for discussion in Appendix H. One total figure; the age-phase breakdown goes in "
            "the comment."
        ),
        "Source": "Appendix H (contractual) #36",
    },
    {
        "ID": "CK37",
        "Indicator": "% of new requests for EHCPs refused by age phase",
        "Measure": "percentage",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "SEN",
        "Numerator": (
            "New requests for an EHC needs assessment decided in the month that were refused"
        ),
        "Denominator": "New requests for an EHC needs assessment decided in the month",
        "Section": "LDD and SEN",
        "Notes": (
            "Still for discussion in Appendix H. One total figure; the age-phase breakdown goes in "
            "the comment."
        ),
        "Source": "Appendix H (contractual) #37",
    },
    {
        "ID": "CK38",
        "Indicator": "% of new requests for EHCPs approved by age phase",
        "Measure": "percentage",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "SEN",
        "Numerator": (
            "New requests for an EHC needs assessment decided in the month that were approved"
        ),
        "Denominator": "New requests for an EHC needs assessment decided in the month",
        "Section": "LDD and SEN",
        "Notes": (
            "Still for discussion in Appendix H. One total figure; the age-phase breakdown goes in "
            "the comment."
        ),
        "Source": "Appendix H (contractual) #38",
    },
    {
        "ID": "CK39",
        "Indicator": "% of children with EHCP/statement by school type and age phase",
        "Measure": "percentage",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "SEN",
        "Numerator": "Pupils on roll in Slough schools with an EHC plan or statement",
        "Denominator": "Pupils on roll in Slough schools",
        "Section": "LDD and SEN",
        "Notes": (
            "Still for discussion in Appendix H. One total figure; the school-type and age-phase "
            "breakdown goes in the comment."
        ),
        "Source": "Appendix H (contractual) #39",
    },
    {
        "ID": "CK40",
        "Indicator": "Number of young people (post-16) with EHCP/statement by destination",
        "Measure": "count",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "SEN",
        "Numerator": (
            "Young people over 16 with an EHC plan or statement at month end (all destinations)"
        ),
        "Section": "LDD and SEN",
        "Notes": (
            "Still for discussion in Appendix H. One total figure; the destination breakdown goes "
            "in the comment."
        ),
        "Source": "Appendix H (contractual) #40",
    },
    {
        "ID": "CK41",
        "Indicator": "Number of tribunals",
        "Measure": "count",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "SEN",
        "Numerator": "SEND tribunal appeals registered in the month",
        "Section": "LDD and SEN",
        "Notes": "Still for discussion in Appendix H.",
        "Source": "Appendix H (contractual) #41",
    },
    {
        "ID": "CK42",
        "Indicator": "% of tribunals won",
        "Measure": "percentage",
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "SEN",
        "Numerator": "SEND tribunal appeals concluded in the month that were won",
        "Denominator": "SEND tribunal appeals concluded in the month",
        "Section": "LDD and SEN",
        "Notes": "Still for discussion in Appendix H.",
        "Source": "Appendix H (contractual) #42",
    },
    {
        "ID": "CK43",
        "Indicator": "% of tribunals lost",
        "Measure": "percentage",
        "Direction": "lower",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "SEN",
        "Numerator": "SEND tribunal appeals concluded in the month that were lost",
        "Denominator": "SEND tribunal appeals concluded in the month",
        "Section": "LDD and SEN",
        "Notes": "Still for discussion in Appendix H.",
        "Source": "Appendix H (contractual) #43",
    },
    {
        "ID": "CK44",
        "Indicator": "% of tribunals conceded",
        "Measure": "percentage",
        "Direction": "lower",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "SEN",
        "Numerator": "SEND tribunal appeals concluded in the month that were conceded",
        "Denominator": "SEND tribunal appeals concluded in the month",
        "Section": "LDD and SEN",
        "Notes": "Still for discussion in Appendix H.",
        "Source": "Appendix H (contractual) #44",
    },
    # Appendix H non-contractual PIs not already held above (PI<nn> = non-contractual #nn).
    {
        "ID": "PI01",
        "Indicator": "Total cost and average cost per secure unit placement",
        "Measure": "cost",
        "Direction": "lower",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "Finance",
        "Numerator": "Total cost of secure unit placements in the quarter (£)",
        "Denominator": "Secure unit placements in the quarter (for the average cost)",
        "Section": "Finance",
        "Notes": "Value is the total cost; the average is Numerator / Denominator.",
        "Source": "Appendix H (non-contractual) #1",
    },
    {
        "ID": "PI02",
        "Indicator": "Total cost and average cost per residential placement",
        "Measure": "cost",
        "Direction": "lower",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "Finance",
        "Numerator": "Total cost of residential placements in the quarter (£)",
        "Denominator": "Residential placements in the quarter (for the average cost)",
        "Section": "Finance",
        "Notes": "Value is the total cost; the average is Numerator / Denominator.",
        "Source": "Appendix H (non-contractual) #2",
    },
    {
        "ID": "PI03",
        "Indicator": "Total cost and average cost per external residential placement",
        "Measure": "cost",
        "Direction": "lower",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "Finance",
        "Numerator": "Total cost of external residential placements in the quarter (£)",
        "Denominator": "External residential placements in the quarter (for the average cost)",
        "Section": "Finance",
        "Notes": "Value is the total cost; the average is Numerator / Denominator.",
        "Source": "Appendix H (non-contractual) #3",
    },
    {
        "ID": "PI04",
        "Indicator": "Total cost and average cost per non-Trust foster placement",
        "Measure": "cost",
        "Direction": "lower",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "Finance",
        "Numerator": "Total cost of non-Trust (independent) foster placements in the quarter (£)",
        "Denominator": (
            "Non-Trust (independent) foster placements in the quarter (for the average cost)"
        ),
        "Section": "Finance",
        "Notes": "Value is the total cost; the average is Numerator / Denominator.",
        "Source": "Appendix H (non-contractual) #4",
    },
    {
        "ID": "PI05",
        "Indicator": "Total cost and average cost per Trust foster care placement",
        "Measure": "cost",
        "Direction": "lower",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "Finance",
        "Numerator": "Total cost of trust foster care placements in the quarter (£)",
        "Denominator": "Trust foster care placements in the quarter (for the average cost)",
        "Section": "Finance",
        "Notes": "Value is the total cost; the average is Numerator / Denominator.",
        "Source": "Appendix H (non-contractual) #5",
    },
    {
        "ID": "PI06",
        "Indicator": "Total cost and average cost per fieldwork agency staff",
        "Measure": "cost",
        "Direction": "lower",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "Finance",
        "Numerator": "Total cost of fieldwork agency staff (FTE) in the quarter (£)",
        "Denominator": "Fieldwork agency staff (FTE) in the quarter (for the average cost)",
        "Section": "Finance",
        "Notes": "Value is the total cost; the average is Numerator / Denominator.",
        "Source": "Appendix H (non-contractual) #6",
    },
    {
        "ID": "PI07",
        "Indicator": "% of FOI requests responded to within statutory timescales (20 working days)",
        "Measure": "percentage",
        "Direction": "higher",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "Governance",
        "Numerator": (
            "FOI requests due a response in the quarter that were answered within 20 working days"
        ),
        "Denominator": "FOI requests due a response in the quarter",
        "Section": "Compliance",
        "Source": "Appendix H (non-contractual) #7",
    },
    {
        "ID": "PI08",
        "Indicator": "% of SAR requests responded to within timescales (40 working days)",
        "Measure": "percentage",
        "Direction": "higher",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "Governance",
        "Numerator": (
            "Subject access requests due a response in the quarter that were answered within 40 "
            "working days"
        ),
        "Denominator": "Subject access requests due a response in the quarter",
        "Section": "Compliance",
        "Source": "Appendix H (non-contractual) #8",
    },
    {
        "ID": "PI09",
        "Indicator": "Number of formal complaints received by Trust in month",
        "Measure": "count",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "Governance",
        "Numerator": "Formal complaints received by the Trust in the quarter",
        "Section": "Compliance",
        "Notes": (
            "Monitored quarterly: the quarter's complaints are returned. Annex A 'complaints "
            "report' maps here."
        ),
        "Source": "Appendix H (non-contractual) #9; Annex A (Ofsted mapping): complaints report",
    },
    {
        "ID": "PI10",
        "Indicator": "Outcomes of complaints",
        "Measure": "percentage",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "Governance",
        "Numerator": "Formal complaints concluded in the quarter that were upheld or partly upheld",
        "Denominator": "Formal complaints concluded in the quarter",
        "Section": "Compliance",
        "Notes": (
            "'Outcomes' quantified as the share upheld or partly upheld; the full breakdown goes "
            "in the comment."
        ),
        "Source": "Appendix H (non-contractual) #10",
    },
    {
        "ID": "PI11",
        "Indicator": "% of formal complaints responded to within timescales",
        "Measure": "percentage",
        "Direction": "higher",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "Governance",
        "Numerator": (
            "Formal complaints due a response in the quarter that were responded to within "
            "timescale"
        ),
        "Denominator": "Formal complaints due a response in the quarter",
        "Section": "Compliance",
        "Notes": "Annex A 'complaints report' maps here.",
        "Source": "Appendix H (non-contractual) #11; Annex A (Ofsted mapping): complaints report",
    },
    {
        "ID": "PI12",
        "Indicator": "% of contacts received in month that received 'no further action'",
        "Measure": "percentage",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "Front Door",
        "Numerator": "Contacts received in the quarter that received no further action",
        "Denominator": "Contacts received in the quarter",
        "Section": "Safeguarding and child in need",
        "Source": "Appendix H (non-contractual) #12",
    },
    {
        "ID": "PI13",
        "Indicator": "Section 47 enquiries completed in month",
        "Measure": "count",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "CIN/CP",
        "Numerator": "Section 47 enquiries completed in the quarter",
        "Section": "Safeguarding and child in need",
        "Source": "Appendix H (non-contractual) #13",
    },
    {
        "ID": "PI14",
        "Indicator": "Rate of section 47s per 10,000 under 18 population",
        "Measure": "rate",
        "Frequency": "quarterly",
        "Window": "ytd",
        "Team": "CIN/CP",
        "Numerator": (
            "Section 47 enquiries started in the quarter (summed over the financial year to date)"
        ),
        "Section": "Safeguarding and child in need",
        "Notes": "A flow: year to date.",
        "Source": "Appendix H (non-contractual) #14",
    },
    {
        "ID": "PI15",
        "Indicator": "% of ICPC where CP Plan was not commenced",
        "Measure": "percentage",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "CIN/CP",
        "Numerator": "ICPCs held in the quarter that did not result in a CP plan",
        "Denominator": "ICPCs held in the quarter",
        "Section": "Safeguarding and child in need",
        "Source": "Appendix H (non-contractual) #15",
    },
    {
        "ID": "PI17",
        "Indicator": "Rate of CP Plans per 10,000 under 18 population",
        "Measure": "rate",
        "Frequency": "quarterly",
        "Window": "month",
        "Statistical neighbour": 44.9,
        "England average": 43.7,
        "Team": "CIN/CP",
        "Numerator": "Children subject to a CP plan at the end of the quarter",
        "Section": "Safeguarding and child in need",
        "Notes": "Benchmarks from seed 003 §4.3 (Slough 71.2 per 10,000, March 2020).",
        "Source": "Appendix H (non-contractual) #17; Business plan §4.3 (benchmarks)",
    },
    {
        "ID": "PI18",
        "Indicator": "% of CP Plans due to Neglect",
        "Measure": "percentage",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "CIN/CP",
        "Numerator": (
            "Children subject to a CP plan at the end of the quarter under the category neglect"
        ),
        "Denominator": "Children subject to a CP plan at the end of the quarter",
        "Section": "Safeguarding and child in need",
        "Source": "Appendix H (non-contractual) #18",
    },
    {
        "ID": "PI19",
        "Indicator": "% of CP Plans due to Physical abuse",
        "Measure": "percentage",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "CIN/CP",
        "Numerator": (
            "Children subject to a CP plan at the end of the quarter under the category physical "
            "abuse"
        ),
        "Denominator": "Children subject to a CP plan at the end of the quarter",
        "Section": "Safeguarding and child in need",
        "Source": "Appendix H (non-contractual) #19",
    },
    {
        "ID": "PI20",
        "Indicator": "% of CP Plans due to Sexual Abuse",
        "Measure": "percentage",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "CIN/CP",
        "Numerator": (
            "Children subject to a CP plan at the end of the quarter under the category sexual "
            "abuse"
        ),
        "Denominator": "Children subject to a CP plan at the end of the quarter",
        "Section": "Safeguarding and child in need",
        "Source": "Appendix H (non-contractual) #20",
    },
    {
        "ID": "PI21",
        "Indicator": "% of CP Plans due to Emotional Abuse",
        "Measure": "percentage",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "CIN/CP",
        "Numerator": (
            "Children subject to a CP plan at the end of the quarter under the category emotional "
            "abuse"
        ),
        "Denominator": "Children subject to a CP plan at the end of the quarter",
        "Section": "Safeguarding and child in need",
        "Source": "Appendix H (non-contractual) #21",
    },
    {
        "ID": "PI22",
        "Indicator": "% of CP Plans due to multiple components",
        "Measure": "percentage",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "CIN/CP",
        "Numerator": (
            "Children subject to a CP plan at the end of the quarter under multiple categories"
        ),
        "Denominator": "Children subject to a CP plan at the end of the quarter",
        "Section": "Safeguarding and child in need",
        "Source": "Appendix H (non-contractual) #22",
    },
    {
        "ID": "PI24",
        "Indicator": "Annual % of children consistently visited to target timescales",
        "Measure": "percentage",
        "Direction": "higher",
        "Frequency": "annual",
        "Window": "month",
        "Team": "CIN/CP",
        "Numerator": (
            "Children subject to a CP plan during the year all of whose statutory visits were "
            "within timescale"
        ),
        "Denominator": "Children subject to a CP plan during the year",
        "Section": "Safeguarding and child in need",
        "Notes": "Read as children on CP plans (it sits with the CP visit PIs). Annual.",
        "Source": "Appendix H (non-contractual) #24",
    },
    {
        "ID": "PI25",
        "Indicator": "Number of CP Plans ended in year to date",
        "Measure": "count",
        "Frequency": "quarterly",
        "Window": "ytd",
        "Team": "CIN/CP",
        "Numerator": "CP plans ended in the quarter (summed over the financial year to date)",
        "Section": "Safeguarding and child in need",
        "Source": "Appendix H (non-contractual) #25",
    },
    {
        "ID": "PI26",
        "Indicator": (
            "% of CSC cases involving domestic violence as parental factor (victim and perpetrator)"
        ),
        "Measure": "percentage",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "Front Door;CIN/CP;CLA",
        "Numerator": (
            "Open CSC cases at the end of the quarter with domestic violence (victim or "
            "perpetrator) recorded as a parental factor"
        ),
        "Denominator": "Open CSC cases at the end of the quarter",
        "Section": "Other - Domestic Violence",
        "Notes": "Open cases are held by several teams: each returns its own; pooled.",
        "Source": "Appendix H (non-contractual) #26",
    },
    {
        "ID": "PI27",
        "Indicator": (
            "% of EH cases involving domestic violence as parental factor (victim and perpetrator)"
        ),
        "Measure": "percentage",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "Front Door",
        "Numerator": (
            "Open Early Help cases at the end of the quarter with domestic violence (victim or "
            "perpetrator) recorded as a parental factor"
        ),
        "Denominator": "Open Early Help cases at the end of the quarter",
        "Section": "Other - Domestic Violence",
        "Source": "Appendix H (non-contractual) #27",
    },
    {
        "ID": "PI28",
        "Indicator": "% of CSC open cases involving alcohol or substance misuse as parental factor",
        "Measure": "percentage",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "Front Door;CIN/CP;CLA",
        "Numerator": (
            "Open CSC cases at the end of the quarter with alcohol or substance misuse recorded as "
            "a parental factor"
        ),
        "Denominator": "Open CSC cases at the end of the quarter",
        "Section": "Other - Alcohol and Substance Misuse",
        "Source": "Appendix H (non-contractual) #28",
    },
    {
        "ID": "PI29",
        "Indicator": "% of CSC open cases involving mental ill health as parental factor",
        "Measure": "percentage",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "Front Door;CIN/CP;CLA",
        "Numerator": (
            "Open CSC cases at the end of the quarter with parental mental ill health recorded as "
            "a parental factor"
        ),
        "Denominator": "Open CSC cases at the end of the quarter",
        "Section": "Other - Parental Mental Health",
        "Source": "Appendix H (non-contractual) #29",
    },
    {
        "ID": "PI30",
        "Indicator": "% of cases open to CSC with CSE identified",
        "Measure": "percentage",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "Front Door;CIN/CP;CLA",
        "Numerator": (
            "Open CSC cases at the end of the quarter with child sexual exploitation identified"
        ),
        "Denominator": "Open CSC cases at the end of the quarter",
        "Section": "Other - CSE",
        "Source": "Appendix H (non-contractual) #30",
    },
    {
        "ID": "PI31",
        "Indicator": (
            "% of cases open to CSC with CSE identified with disruption strategies in place"
        ),
        "Measure": "percentage",
        "Direction": "higher",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "Front Door;CIN/CP;CLA",
        "Numerator": "Open CSC cases with CSE identified that have disruption strategies in place",
        "Denominator": "Open CSC cases at the end of the quarter with CSE identified",
        "Section": "Other - CSE",
        "Source": "Appendix H (non-contractual) #31",
    },
    {
        "ID": "PI32",
        "Indicator": "% of cases open to CSC with FGM identified",
        "Measure": "percentage",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "Front Door;CIN/CP;CLA",
        "Numerator": (
            "Open CSC cases at the end of the quarter with female genital mutilation identified"
        ),
        "Denominator": "Open CSC cases at the end of the quarter",
        "Section": "Other - FGM",
        "Source": "Appendix H (non-contractual) #32",
    },
    {
        "ID": "PI33",
        "Indicator": "% of referrals where radicalisation/extremism is a factor",
        "Measure": "percentage",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "Front Door",
        "Numerator": (
            "Referrals received in the quarter where radicalisation or extremism is a factor"
        ),
        "Denominator": "Referrals received in the quarter",
        "Section": "Other - Radicalisation",
        "Source": "Appendix H (non-contractual) #33",
    },
    {
        "ID": "PI34",
        "Indicator": "% of cases open to CSC with radicalisation/extremism an identified factor",
        "Measure": "percentage",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "Front Door;CIN/CP;CLA",
        "Numerator": (
            "Open CSC cases at the end of the quarter with radicalisation or extremism an "
            "identified factor"
        ),
        "Denominator": "Open CSC cases at the end of the quarter",
        "Section": "Other - Radicalisation",
        "Source": "Appendix H (non-contractual) #34",
    },
    {
        "ID": "PI36",
        "Indicator": (
            "Rate of looked after children (excluding respite) per 10,000 under 18 population"
        ),
        "Measure": "rate",
        "Frequency": "quarterly",
        "Window": "month",
        "Statistical neighbour": 64.4,
        "England average": 65.0,
        "Team": "CLA",
        "Numerator": "Children looked after at the end of the quarter (excluding respite)",
        "Section": "Looked after children",
        "Notes": "Benchmarks from seed 003 §4.3 (Slough 46.4 per 10,000).",
        "Source": "Appendix H (non-contractual) #36; Business plan §4.3 (benchmarks)",
    },
    {
        "ID": "PI37",
        "Indicator": (
            "% of looked after children (excluding respite) who have been in care for at least 12 "
            "months"
        ),
        "Measure": "percentage",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "CLA",
        "Numerator": (
            "Children looked after at the end of the quarter (excluding respite) in care for 12 "
            "months or more"
        ),
        "Denominator": "Children looked after at the end of the quarter (excluding respite)",
        "Section": "Looked after children",
        "Source": "Appendix H (non-contractual) #37",
    },
    {
        "ID": "PI39",
        "Indicator": (
            "% of looked after children who have received a statutory visit in the last 6 weeks"
        ),
        "Measure": "percentage",
        "Direction": "higher",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "CLA",
        "Numerator": (
            "Children looked after at the end of the quarter whose last statutory visit was in the "
            "last 6 weeks"
        ),
        "Denominator": "Children looked after at the end of the quarter",
        "Section": "Looked after children",
        "Notes": "Not TB07, which also requires the child seen alone.",
        "Source": "Appendix H (non-contractual) #39",
    },
    {
        "ID": "PI40",
        "Indicator": (
            "% of looked after children who are up to date with their health and dental checks"
        ),
        "Measure": "percentage",
        "Target": 90.0,
        "Direction": "higher",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "CLA",
        "Numerator": (
            "Children looked after (12 months or more) at the end of the quarter with an up to "
            "date health assessment and dental check"
        ),
        "Denominator": "Children looked after for 12 months or more at the end of the quarter",
        "Section": "Looked after children",
        "Notes": (
            "Target 90 from business plan action 1.16 ('90% of CLA have up to date health and "
            "dental checks')."
        ),
        "Source": "Appendix H (non-contractual) #40; Business plan action 1.16",
    },
    {
        "ID": "PI41",
        "Indicator": "Immunisation data",
        "Measure": "percentage",
        "Direction": "higher",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "CLA",
        "Numerator": (
            "Children looked after for 12 months or more whose immunisations are up to date"
        ),
        "Denominator": "Children looked after for 12 months or more",
        "Section": "Looked after children",
        "Notes": (
            "'Immunisation data' quantified as the % with immunisations up to date (the SSDA903 "
            "measure)."
        ),
        "Source": "Appendix H (non-contractual) #41",
    },
    {
        "ID": "PI42",
        "Indicator": "SDQ scores",
        "Measure": "average",
        "Direction": "lower",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "CLA",
        "Numerator": (
            "Sum of SDQ total difficulties scores of children looked after (aged 4-16, 12 months "
            "or more) with a completed SDQ"
        ),
        "Denominator": "Children looked after (aged 4-16, 12 months or more) with a completed SDQ",
        "Section": "Looked after children",
        "Notes": "Average SDQ total difficulties score (0-40; lower is better).",
        "Source": "Appendix H (non-contractual) #42",
    },
    {
        "ID": "PI43",
        "Indicator": (
            "Number of children and number of episodes per child that are looked after who went "
            "missing from placement"
        ),
        "Measure": "average",
        "Direction": "lower",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "CLA",
        "Numerator": "Missing-from-placement episodes of looked after children in the quarter",
        "Denominator": "Looked after children who went missing from placement in the quarter",
        "Section": "Looked after children",
        "Notes": (
            "Two figures in one: the denominator is the number of children, the value the episodes "
            "per child."
        ),
        "Source": "Appendix H (non-contractual) #43",
    },
    {
        "ID": "PI44",
        "Indicator": (
            "Number of children and number of episodes per child that went missing from home"
        ),
        "Measure": "average",
        "Direction": "lower",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "CIN/CP",
        "Numerator": "Missing-from-home episodes in the quarter (children not looked after)",
        "Denominator": "Children (not looked after) who went missing from home in the quarter",
        "Section": "Looked after children",
        "Notes": (
            "Two figures in one: the denominator is the number of children, the value the episodes "
            "per child. Section as in Appendix H (Corporate Parenting Panel, looked after "
            "children)."
        ),
        "Source": "Appendix H (non-contractual) #44",
    },
    {
        "ID": "PI46",
        "Indicator": "School absence levels for LAC",
        "Measure": "percentage",
        "Direction": "lower",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "CLA",
        "Numerator": (
            "School sessions missed (authorised and unauthorised) by children looked after of "
            "statutory school age in the quarter"
        ),
        "Denominator": (
            "Possible school sessions of children looked after of statutory school age in the "
            "quarter"
        ),
        "Section": "Looked after children",
        "Notes": "Quantified as the absence rate (% of sessions missed).",
        "Source": "Appendix H (non-contractual) #46",
    },
    {
        "ID": "PI47",
        "Indicator": "Speed at which LAC are placed in school",
        "Measure": "average",
        "Direction": "lower",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "CLA",
        "Numerator": (
            "Total school days between needing a school place and starting school, for children "
            "looked after who started a new school in the quarter"
        ),
        "Denominator": "Children looked after who started a new school in the quarter",
        "Section": "Looked after children",
        "Notes": "Quantified as the average school days out of school.",
        "Source": "Appendix H (non-contractual) #47",
    },
    {
        "ID": "PI48",
        "Indicator": (
            "% of eligible looked after children achieving level 4 at Key Stage 2 in English"
        ),
        "Measure": "percentage",
        "Direction": "higher",
        "Frequency": "annual",
        "Window": "month",
        "Team": "CLA",
        "Numerator": (
            "Eligible children looked after at the end of KS2 achieving level 4 or above (now the "
            "expected standard) in English"
        ),
        "Denominator": "Eligible children looked after at the end of KS2",
        "Section": "Looked after children",
        "Notes": "Annual (KS2 results).",
        "Source": "Appendix H (non-contractual) #48",
    },
    {
        "ID": "PI49",
        "Indicator": (
            "% of eligible looked after children achieving level 4 at Key Stage 2 in maths"
        ),
        "Measure": "percentage",
        "Direction": "higher",
        "Frequency": "annual",
        "Window": "month",
        "Team": "CLA",
        "Numerator": (
            "Eligible children looked after at the end of KS2 achieving level 4 or above (now the "
            "expected standard) in maths"
        ),
        "Denominator": "Eligible children looked after at the end of KS2",
        "Section": "Looked after children",
        "Notes": "Annual (KS2 results).",
        "Source": "Appendix H (non-contractual) #49",
    },
    {
        "ID": "PI50",
        "Indicator": (
            "% of eligible looked after children achieving 5 A*-C at Key Stage 4 (GCSE) including "
            "English and maths"
        ),
        "Measure": "percentage",
        "Direction": "higher",
        "Frequency": "annual",
        "Window": "month",
        "Team": "CLA",
        "Numerator": (
            "Eligible children looked after at the end of KS4 achieving 5 GCSEs at A*-C (now 9-4) "
            "including English and maths"
        ),
        "Denominator": "Eligible children looked after at the end of KS4",
        "Section": "Looked after children",
        "Notes": "Annual (KS4 results). Not TB15 (Attainment 8 average).",
        "Source": "Appendix H (non-contractual) #50",
    },
    {
        "ID": "PI51",
        "Indicator": "Number of care leavers (eligible, relevant and former relevant)",
        "Measure": "count",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "Care Leavers",
        "Numerator": (
            "Eligible, relevant and former relevant young people at the end of the quarter"
        ),
        "Section": "Care Leavers",
        "Source": "Appendix H (non-contractual) #51",
    },
    {
        "ID": "PI52",
        "Indicator": "% of care leavers in contact with LA",
        "Measure": "percentage",
        "Direction": "higher",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "Care Leavers",
        "Numerator": "Care leavers (relevant and former relevant) the Trust is in touch with",
        "Denominator": "Care leavers (relevant and former relevant)",
        "Section": "Care Leavers",
        "Source": "Appendix H (non-contractual) #52",
    },
    {
        "ID": "PI53",
        "Indicator": "% of care leavers in suitable accommodation (age 19-21)",
        "Measure": "percentage",
        "Target": 80.0,
        "Direction": "higher",
        "Frequency": "quarterly",
        "Window": "month",
        "Stretch target": 85.0,
        "Team": "Care Leavers",
        "Numerator": "Care leavers aged 19-21 in suitable accommodation",
        "Denominator": "Care leavers aged 19-21",
        "Section": "Care Leavers",
        "Notes": "Target 80, stretch 85 from business plan action 1.7 (repeated in 1.13, 1.15).",
        "Source": "Appendix H (non-contractual) #53; Business plan actions 1.7, 1.13, 1.15",
    },
    {
        "ID": "PI54",
        "Indicator": "Number of looked after children adopted",
        "Measure": "count",
        "Direction": "higher",
        "Frequency": "quarterly",
        "Window": "ytd",
        "Team": "Adoption",
        "Numerator": (
            "Looked after children adopted in the quarter (summed over the financial year to date)"
        ),
        "Section": "Adoption",
        "Notes": (
            "Action 4.6: match or better the 16 children adopted from January 2019 to March 2020 "
            "(15 months, so not set as an annual target)."
        ),
        "Source": "Appendix H (non-contractual) #54; Business plan action 4.6",
    },
    {
        "ID": "PI55",
        "Indicator": "Number of looked after children issued with SGO",
        "Measure": "count",
        "Frequency": "quarterly",
        "Window": "ytd",
        "Team": "Adoption",
        "Numerator": (
            "Looked after children who left care on a special guardianship order in the quarter "
            "(summed over the financial year to date)"
        ),
        "Section": "Adoption",
        "Source": "Appendix H (non-contractual) #55",
    },
    {
        "ID": "PI56",
        "Indicator": "Number of potential adoptors available to LA",
        "Measure": "count",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "Adoption",
        "Numerator": "Approved adopters waiting to be matched at the end of the quarter",
        "Section": "Adoption",
        "Notes": "Title as printed ('adoptors').",
        "Source": "Appendix H (non-contractual) #56",
    },
    {
        "ID": "PI57",
        "Indicator": (
            "% of looked after children adopted in year to date who were placed in their adoptive "
            "placements within a year of best interests"
        ),
        "Measure": "percentage",
        "Direction": "higher",
        "Frequency": "quarterly",
        "Window": "ytd",
        "Team": "Adoption",
        "Numerator": (
            "Children adopted in the quarter who were placed with their adoptive family within 12 "
            "months of the best-interests decision (summed over the financial year to date)"
        ),
        "Denominator": "Children adopted in the quarter (summed over the financial year to date)",
        "Section": "Adoption",
        "Source": "Appendix H (non-contractual) #57",
    },
    {
        "ID": "PI58",
        "Indicator": (
            "% of looked after children who wait less than 18 months from entering care to moving "
            "in with adoptive family"
        ),
        "Measure": "percentage",
        "Direction": "higher",
        "Frequency": "quarterly",
        "Window": "ytd",
        "Team": "Adoption",
        "Numerator": (
            "Children who moved in with their adoptive family in the quarter less than 18 months "
            "after entering care (summed over the financial year to date)"
        ),
        "Denominator": (
            "Children who moved in with their adoptive family in the quarter (summed over the "
            "financial year to date)"
        ),
        "Section": "Adoption",
        "Source": "Appendix H (non-contractual) #58",
    },
    {
        "ID": "PI60",
        "Indicator": "Number of first time entrants into Youth Justice System aged 10-17",
        "Measure": "count",
        "Direction": "lower",
        "Frequency": "quarterly",
        "Window": "ytd",
        "Team": "YOT",
        "Numerator": (
            "Young people aged 10-17 receiving their first youth caution or conviction in the "
            "quarter (summed over the financial year to date)"
        ),
        "Section": "Youth justice",
        "Source": "Appendix H (non-contractual) #60",
    },
    {
        "ID": "PI61",
        "Indicator": "Ethnicity breakdown of young offenders",
        "Measure": "percentage",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "YOT",
        "Numerator": (
            "Young offenders with a substantive outcome in the quarter from Black, Asian or other "
            "minority ethnic groups"
        ),
        "Denominator": "Young offenders with a substantive outcome in the quarter",
        "Section": "Youth justice",
        "Notes": (
            "A breakdown, reduced to one poolable share (minority ethnic groups); the full "
            "breakdown goes in the comment."
        ),
        "Source": "Appendix H (non-contractual) #61",
    },
    {
        "ID": "PI62",
        "Indicator": "Number of casework audits completed",
        "Measure": "count",
        "Direction": "higher",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "QA",
        "Numerator": "Casework audits completed in the quarter",
        "Section": "Quality assurance",
        "Source": "Appendix H (non-contractual) #62",
    },
    {
        "ID": "PI63",
        "Indicator": "% of casework judged to be 'good' or better",
        "Measure": "percentage",
        "Direction": "higher",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "QA",
        "Numerator": "Casework audits completed in the quarter judged good or outstanding",
        "Denominator": "Casework audits completed in the quarter",
        "Section": "Quality assurance",
        "Notes": "Not TB20 (requires improvement or better).",
        "Source": "Appendix H (non-contractual) #63",
    },
    {
        "ID": "PI64",
        "Indicator": "% of case work judged to be 'inadequate'",
        "Measure": "percentage",
        "Direction": "lower",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "QA",
        "Numerator": "Casework audits completed in the quarter judged inadequate",
        "Denominator": "Casework audits completed in the quarter",
        "Section": "Quality assurance",
        "Source": "Appendix H (non-contractual) #64",
    },
    # Seed 000 Appendix 2: suggested new contractual KPIs for Slough Children First.
    {
        "ID": "SCF01",
        "Indicator": "Effectiveness of corporate parenting panel",
        "Measure": "assessed",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "Governance",
        "Section": "SCF contract",
        "Status": "New",
        "Priority": "Political ownership",
        "Source": "Appendix 2 (SCF) #1",
        "Measure text": (
            "Satisfactory progress made against LGA review recommendations and Ofsted feedback"
        ),
        "Comments": (
            "SCF is key to ensuring CPP is more effective, including via work programming, sharing "
            "of best practice and officer reports."
        ),
    },
    {
        "ID": "SCF02",
        "Indicator": "Effectiveness of Council's scrutiny function",
        "Measure": "assessed",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "Governance",
        "Section": "SCF contract",
        "Status": "New",
        "Priority": "Political ownership",
        "Source": "Appendix 2 (SCF) #2",
        "Measure text": (
            "Contribute to at least one scrutiny topic per year leading to evidence-based "
            "recommendations or improvements"
        ),
        "Comments": (
            "SCF contributing to scrutiny programme, leading to purposeful scrutiny "
            "recommendations to drive improvements in services for children"
        ),
    },
    {
        "ID": "SCF03",
        "Indicator": "Effective governance",
        "Measure": "assessed",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "Governance",
        "Section": "SCF contract",
        "Status": "New",
        "Priority": "Governance and accountability",
        "Source": "Appendix 2 (SCF) #3",
        "Measure text": (
            "Compliance with contractual requirements, including timely submission of annual "
            "report, business plan, performance reports and contributing to contract monitoring "
            "processes."
        ),
        "Comments": (
            "Compliance with contractual requirements leading to good collaboration and "
            "compromise, prioritising outcomes"
        ),
    },
    {
        "ID": "SCF04",
        "Indicator": "Effective statutory partnerships",
        "Measure": "assessed",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "Governance",
        "Section": "SCF contract",
        "Status": "New",
        "Priority": "Effectiveness of partnership working",
        "Source": "Appendix 2 (SCF) #4",
        "Measure text": (
            "Implementation of recommendations from LGA peer review for youth justice service. "
            "Review of outcomes in annual safeguarding report. Attendance at key partnership "
            "boards. Feedback from partners."
        ),
        "Comments": (
            "Active engagement of partners in statutory partnerships managed by SCF, leading to "
            "evidence based improvements in outcomes. Effective contribution by SCF in partnership "
            "boards."
        ),
    },
    {
        "ID": "SCF05",
        "Indicator": "Effective commissioning strategies",
        "Measure": "assessed",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "Governance",
        "Section": "SCF contract",
        "Status": "New",
        "Priority": "Effectiveness of business and improvement arrangements",
        "Source": "Appendix 2 (SCF) #5",
        "Measure text": (
            "Published commissioning strategies with detailed action plans and systems for "
            "monitoring progress."
        ),
        "Comments": (
            "Focus is on single commissioning, but this may move to joint commissioning strategies "
            "in the future."
        ),
    },
    {
        "ID": "SCF06",
        "Indicator": "Effective interagency working",
        "Measure": "assessed",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "Governance",
        "Section": "SCF contract",
        "Status": "New",
        "Priority": "Effectiveness of partnership working",
        "Source": "Appendix 2 (SCF) #6",
        "Measure text": (
            "Evidence of embedding local priorities across wider partnership. Deliver clear "
            "improvements in working with VCS and faith leaders/groups. Strengthen MASH."
        ),
        "Comments": (
            "Evidence may include co-location, joint training, work shadowing, participation in "
            "strategy meetings, core groups and CP conferences. Feedback from external inspections "
            "and reviews will provide further assurance."
        ),
    },
    {
        "ID": "SCF07",
        "Indicator": "Business improvement",
        "Measure": "assessed",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "Governance",
        "Section": "SCF contract",
        "Status": "New",
        "Priority": "Effectiveness of business and improvement arrangements",
        "Source": "Appendix 2 (SCF) #7",
        "Measure text": (
            "Evidence of: supporting children to stay at home, family led decision-making, "
            "strengthening of oversight of children missing from home and vulnerable to "
            "exploitation."
        ),
        "Comments": (
            "This is covered in business and improvement plan, but the detail will be in action "
            "planning beneath this. This should focus on better outcomes withing financial budget. "
            "Progress should be covered in annual report."
        ),
    },
    {
        "ID": "SCF08",
        "Indicator": "Effective risk management system",
        "Measure": "assessed",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "QA",
        "Section": "SCF contract",
        "Status": "New",
        "Priority": "Effectiveness of business and improvement arrangements",
        "Source": "Appendix 2 (SCF) #8",
        "Measure text": (
            "Embed audit programme to drive improvements in quality of service. Improved "
            "management oversight. Evidence of LADO providing scrutiny and oversight where "
            "professional issues raised."
        ),
        "Comments": (
            "Evidence of data informing risk registers and team, directorate and corporate risk "
            "register systems leading to effective mitigation of risk - measured by reporting to "
            "SCF A&CG Committee."
        ),
    },
    {
        "ID": "SCF09",
        "Indicator": "Culture leading to outcomes focused improvements",
        "Measure": "assessed",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "HR",
        "Section": "SCF contract",
        "Status": "New",
        "Priority": "Cultural shift, change mangement and communications",
        "Source": "Appendix 2 (SCF) #9",
        "Measure text": (
            "Positive feedback from staff surveys. Feedback from children, young people and "
            "families. Complaints data reporting system embedding listening and learning culture."
        ),
        "Comments": (
            "Evidence to be presented in annual report and stand alone reports updating on "
            "progress against children and young people's participation strategy."
        ),
    },
    {
        "ID": "SCF10",
        "Indicator": "Improved participation of children and young people at strategic level",
        "Measure": "assessed",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "QA",
        "Section": "SCF contract",
        "Status": "New",
        "Priority": "Participation, voice and influence",
        "Source": "Appendix 2 (SCF) #10",
        "Measure text": (
            "Evidence that the aspirations and priorities in the children and young people's "
            "participation strategy are delivering improved outcomes and positive feedback from "
            "children and young people. Feedback from surveys and capturing ad hoc feedback. "
            "Evidence of involvement from harder to reach groups. Effective consultation on new "
            "and amended strategies."
        ),
        "Comments": (
            "Breadth of opportunity for children and young people to drive and influence practice "
            "and strategy."
        ),
    },
    {
        "ID": "SCF11",
        "Indicator": "Financial sustainability - annually - SCF will live within its means",
        "Measure": "assessed",
        "Frequency": "annual",
        "Window": "month",
        "Team": "Finance",
        "Section": "SCF contract",
        "Status": "New",
        "Priority": "Sufficiency, sustainability and management of resources",
        "Notes": "'annually' in the title: annual.",
        "Source": "Appendix 2 (SCF) #11",
        "Measure text": (
            "Production of regular financial forecasting reports to SCF board and in contract "
            "monitoring meetings. Evidence of actions being taken to mitigate pressures where "
            "identified. Appropriate use of in-year change mechanism where required."
        ),
        "Comments": (
            "SCF producing evidence based contract sum request and containing resources within "
            "this."
        ),
    },
    {
        "ID": "SCF12",
        "Indicator": "Evidence of value for money.",
        "Measure": "assessed",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "Finance",
        "Section": "SCF contract",
        "Status": "New",
        "Priority": "Sufficiency, sustainability and management of resources",
        "Source": "Appendix 2 (SCF) #12",
        "Measure text": (
            "Effectively manage all external placements. Reduce overall spend on legal costs "
            "Reduce cost of independent assessments in PLO cases. Robust arrangements for "
            "determining unit costings, value for money comparisons across comparators"
        ),
        "Comments": (
            "Priorities are set out in business and improvement plan. This will require effective "
            "action planning and assurance data to the board and in contract monitoring meetings. "
            "This also links to a culture / doctrine across the organisation in relation to best "
            "value."
        ),
    },
    {
        "ID": "SCF13",
        "Indicator": "Financial sustainability - medium term",
        "Measure": "assessed",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "Finance",
        "Section": "SCF contract",
        "Status": "New",
        "Priority": "Sufficiency, sustainability and management of resources",
        "Source": "Appendix 2 (SCF) #13",
        "Measure text": (
            "To deliver a MTFS which aligns with Council's MTFS and to ensure plans to repay loan "
            "at end of contract."
        ),
        "Comments": (
            "Delivery of longer term priorities that deliver improvements within medium term "
            "funding envelope"
        ),
    },
    {
        "ID": "SCF14",
        "Indicator": "Quality of practice",
        "Measure": "assessed",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "QA",
        "Section": "SCF contract",
        "Status": "Amended",
        "Priority": "Quality of Practice",
        "Notes": (
            "Composite, so assessed: judged on QA reports, with TB02 (re-referrals, SCF level 22%) "
            "and SCF16 (CLA placed over 20 miles, 20%) as evidence."
        ),
        "Source": "Appendix 2 (SCF) #14",
        "Measure text": (
            "QA reports demonstrating robust RAG rating linked to need to drive improvements and "
            "showing improvement over time. % of re-referrals at 22% or below. CLA placed over 20 "
            "miles away at 20% or below."
        ),
        "Comments": "Added in quality assurance measures.",
    },
    {
        "ID": "SCF15",
        "Indicator": "Participation in CLA reviews",
        "Measure": "percentage",
        "Target": 92.0,
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "CLA",
        "Numerator": "As TB18: CLA reviews held in the month in which the child participated",
        "Denominator": "As TB18: CLA reviews held in the month",
        "Figures from": "TB18",
        "Section": "SCF contract",
        "Status": "Existing",
        "Priority": "Participation Voice and Influence",
        "Notes": (
            "Rated on TB18's figures against the SCF target '92.0% or above'; the quality standard "
            "(QA finds participation effective) is evidenced in the comment."
        ),
        "Source": "Appendix 2 (SCF) #15",
        "Measure text": (
            "92.0% or above participating. QA identifying that participation is effective and "
            "leading to individualised plans."
        ),
        "Comments": "Add in quality standard in addition to number participating.",
    },
    {
        "ID": "SCF16",
        "Indicator": "CLA placed over 20 miles away",
        "Measure": "percentage",
        "Target": 20.0,
        "Direction": "lower",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "CLA",
        "Numerator": (
            "As TB11: children looked after placed more than 20 miles from home (office base), "
            "excluding those placed for adoption"
        ),
        "Denominator": (
            "As TB11: children looked after at month end, excluding those placed for adoption"
        ),
        "Figures from": "TB11",
        "Section": "SCF contract",
        "Status": "Existing",
        "Priority": "Quality of Practice",
        "Notes": (
            "Rated on TB11's figures against the SCF target of 20% (Trust Board target 25%). Also "
            "named in SCF14."
        ),
        "Source": "Appendix 2 (SCF) #16",
        "Measure text": "20%",
        "Comments": (
            "To keep under review target and whether this should benchmark to England or South "
            "East."
        ),
    },
    {
        "ID": "SCF17",
        "Indicator": "Care experienced young people in employment, education or training",
        "Measure": "percentage",
        "Target": 52.0,
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "Care Leavers",
        "Numerator": (
            "As TB10: care leavers aged 18-21 (currently 19-21) in education, employment or "
            "training"
        ),
        "Denominator": "As TB10: care leavers aged 18-21 (currently 19-21)",
        "Figures from": "TB10",
        "Section": "SCF contract",
        "Status": "Amended",
        "Priority": "Participation Voice and Influence",
        "Notes": (
            "Rated on TB10's figures against the SCF target '52% in EET'. '85% with pathway plan "
            "(18+)' is the target of CK26; the QA quality standard is evidenced in the comment."
        ),
        "Source": "Appendix 2 (SCF) #17",
        "Measure text": (
            "52% in EET. 85% with pathway plan (18+). QA process demonstrating quality of plan and "
            "evidence of effective participation."
        ),
        "Comments": "Added in quality standard.",
    },
    {
        "ID": "SCF18",
        "Indicator": "Workforce supervision",
        "Measure": "assessed",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "HR",
        "Section": "SCF contract",
        "Status": "Amended",
        "Priority": "Workforce planning and staff engagement",
        "Source": "Appendix 2 (SCF) #18",
        "Measure text": (
            "Evidence of appraisals being undertaken and learning and development captured. Staff "
            "survey feedback. Turnover data and exit interview data."
        ),
    },
    {
        "ID": "SCF19",
        "Indicator": "Workforce diversity",
        "Measure": "assessed",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "HR",
        "Section": "SCF contract",
        "Status": "Amended",
        "Priority": "Workforce planning and staff engagement",
        "Source": "Appendix 2 (SCF) #19",
        "Measure text": (
            "Workforce strategy with priorities and targets for workforce diversity. Evidence of "
            "effective staff networks representing staff with protected characteristics. Mentoring "
            "and support programme to increase diversity at management and leadership levels."
        ),
        "Comments": "Aligned with Council's equality objectives.",
    },
    {
        "ID": "SCF20",
        "Indicator": "Children with disabilities",
        "Measure": "assessed",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "CLA",
        "Section": "SCF contract",
        "Status": "New",
        "Priority": "Quality of practice",
        "Source": "Appendix 2 (SCF) #20",
        "Measure text": (
            "Ensure disability assessments are undertaken and care needs met to enable children "
            "with disabilities to engage in social activities on an equal footing to their peers"
        ),
        "Comments": (
            "Improvement can be measured via external assessment by Ofsted and feedback from DfE "
            "from monitoring visits."
        ),
    },
    # Seed 004 Annex A: KPIs named in the Ofsted mapping with no equivalent above.
    {
        "ID": "OF01",
        "Indicator": "Percentage of social workers receiving supervision at least once a month",
        "Measure": "percentage",
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "Front Door;CIN/CP;CLA;Care Leavers",
        "Numerator": "Social workers who received at least one supervision in the month",
        "Denominator": "Social workers in post during the month",
        "Section": "Workforce",
        "Status": "New",
        "Notes": (
            "Per social worker, unlike TB19 (per case). Each case-holding team returns its own "
            "workers; pooled."
        ),
        "Source": "Annex A (Ofsted mapping): new KPI proposed (first and second line management)",
    },
    {
        "ID": "OF02",
        "Indicator": (
            "Time in days from referral to CAMHS to initial appointment for children subject of a "
            "Child Protection Plan"
        ),
        "Measure": "average",
        "Direction": "lower",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "CIN/CP",
        "Numerator": (
            "Total days from referral to CAMHS to initial appointment, for children on a CP plan "
            "whose initial appointment was in the month"
        ),
        "Denominator": "Children on a CP plan who had their initial CAMHS appointment in the month",
        "Section": "Safeguarding and child in need",
        "Status": "New",
        "Notes": "Average days; lower is better.",
        "Source": (
            "Annex A (Ofsted mapping): new KPI proposed (quality of practice; joint commissioning "
            "and CAMHS)"
        ),
    },
    {
        "ID": "OF03",
        "Indicator": "Children in Care: time in days from referral to CAMHS to initial appointment",
        "Measure": "average",
        "Direction": "lower",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "CLA",
        "Numerator": (
            "Total days from referral to CAMHS to initial appointment, for children in care whose "
            "initial appointment was in the month"
        ),
        "Denominator": "Children in care who had their initial CAMHS appointment in the month",
        "Section": "Looked after children",
        "Status": "New",
        "Notes": "Average days; lower is better.",
        "Source": (
            "Annex A (Ofsted mapping): new KPI proposed (quality of practice; joint commissioning "
            "and CAMHS)"
        ),
    },
    {
        "ID": "OF04",
        "Indicator": (
            "Number & % of Children in Need who have had more than 1 allocated Social Worker"
        ),
        "Measure": "percentage",
        "Direction": "lower",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "CIN/CP",
        "Numerator": (
            "Children in Need open at month end who have had more than 1 allocated social worker "
            "(excluding the change when the child is transferred from DT&A to area teams)"
        ),
        "Denominator": "Children in Need open at month end",
        "Section": "Safeguarding and child in need",
        "Status": "New",
        "Notes": (
            "'Number & %': a percentage whose numerator is the number. The period is not stated "
            "(read as the current episode)."
        ),
        "Source": "Annex A (Ofsted mapping): new KPI proposed (multiple changes in social workers)",
    },
    {
        "ID": "OF05",
        "Indicator": (
            "Number & % of Children on a Child Protection Plan who have had more than 1 allocated "
            "Social Worker"
        ),
        "Measure": "percentage",
        "Direction": "lower",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "CIN/CP",
        "Numerator": (
            "Children on a Child Protection Plan open at month end who have had more than 1 "
            "allocated social worker (excluding the change when the child is transferred from DT&A "
            "to area teams)"
        ),
        "Denominator": "Children on a Child Protection Plan open at month end",
        "Section": "Safeguarding and child in need",
        "Status": "New",
        "Notes": (
            "'Number & %': a percentage whose numerator is the number. The period is not stated "
            "(read as the current episode)."
        ),
        "Source": "Annex A (Ofsted mapping): new KPI proposed (multiple changes in social workers)",
    },
    {
        "ID": "OF06",
        "Indicator": (
            "Number & % of Children in Care who have had more than 1 allocated Social Worker"
        ),
        "Measure": "percentage",
        "Direction": "lower",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "CLA",
        "Numerator": (
            "Children in Care open at month end who have had more than 1 allocated social worker "
            "(excluding the change when the child is transferred from DT&A to area teams)"
        ),
        "Denominator": "Children in Care open at month end",
        "Section": "Looked after children",
        "Status": "New",
        "Notes": (
            "'Number & %': a percentage whose numerator is the number. The period is not stated "
            "(read as the current episode)."
        ),
        "Source": "Annex A (Ofsted mapping): new KPI proposed (multiple changes in social workers)",
    },
    {
        "ID": "OF07",
        "Indicator": (
            "% of children in receipt of Children's Services who will require adult services with "
            "a transition plan in place by the age of 14"
        ),
        "Measure": "percentage",
        "Target": 100.0,
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "SEN",
        "Numerator": (
            "Children aged 14 or over in receipt of children's services who will require adult "
            "services and had a transition plan in place by their 14th birthday"
        ),
        "Denominator": (
            "Children aged 14 or over in receipt of children's services who will require adult "
            "services"
        ),
        "Section": "LDD and SEN",
        "Status": "New",
        "Notes": (
            "Printed as 'All children ... have a transition plan in place by the age of 14': a "
            "percentage with target 100. Returned by SEN (preparing for adulthood from Year 9); "
            "the team list has no disabled children's team."
        ),
        "Source": (
            "Annex A (Ofsted mapping): new KPI proposed (transition planning for disabled children)"
        ),
    },
    {
        "ID": "OF08",
        "Indicator": (
            "% Children in Care who achieved permanent care arrangements during the previous 12 "
            "months"
        ),
        "Measure": "percentage",
        "Direction": "higher",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "CLA",
        "Numerator": (
            "Children in care at any time in the previous 12 months who achieved a permanent care "
            "arrangement (adoption, special guardianship, child arrangements order, return home or "
            "long-term fostering) in those 12 months"
        ),
        "Denominator": "Children in care at any time in the previous 12 months",
        "Section": "Looked after children",
        "Status": "New",
        "Notes": (
            "Proposed as new under the permanence finding, but called 'already reported quarterly' "
            "under the adoption finding: quarterly."
        ),
        "Source": (
            "Annex A (Ofsted mapping): new KPI proposed (delays in permanence); Annex A (Ofsted "
            "mapping): KPI (adoption)"
        ),
    },
    {
        "ID": "OF09",
        "Indicator": (
            "% current LAC who are not in permanent care arrangements who have a plan for "
            "permanency"
        ),
        "Measure": "percentage",
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "CLA",
        "Numerator": (
            "Children looked after at month end not in a permanent care arrangement who have a "
            "plan for permanence"
        ),
        "Denominator": "Children looked after at month end not in a permanent care arrangement",
        "Section": "Looked after children",
        "Status": "New",
        "Notes": "Not CK23 (all LAC whose care plan includes a permanency plan).",
        "Source": "Annex A (Ofsted mapping): new KPI proposed (delays in permanence)",
    },
    {
        "ID": "OF10",
        "Indicator": "% LAC living within 20 miles of Berkshire West in a fostering placement",
        "Measure": "percentage",
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "CLA",
        "Numerator": (
            "Looked after children in a fostering placement living within 20 miles of Berkshire "
            "West"
        ),
        "Denominator": "Looked after children in a fostering placement at month end",
        "Section": "Looked after children",
        "Status": "New",
        "Notes": (
            "Berkshire West is Wokingham's reference area: another authority names its own. Splits "
            "the TB11 idea by placement type."
        ),
        "Source": "Annex A (Ofsted mapping): new KPI proposed (insufficient local foster carers)",
    },
    {
        "ID": "OF11",
        "Indicator": "% LAC Living within 20 miles of Berkshire West NOT in a fostering placement",
        "Measure": "percentage",
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "CLA",
        "Numerator": (
            "Looked after children not in a fostering placement living within 20 miles of "
            "Berkshire West"
        ),
        "Denominator": "Looked after children not in a fostering placement at month end",
        "Section": "Looked after children",
        "Status": "New",
        "Notes": (
            "Berkshire West is Wokingham's reference area: another authority names its own. Splits "
            "the TB11 idea by placement type."
        ),
        "Source": "Annex A (Ofsted mapping): new KPI proposed (insufficient local foster carers)",
    },
    {
        "ID": "OF12",
        "Indicator": "% return home interviews on time",
        "Measure": "percentage",
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "CIN/CP;CLA",
        "Numerator": (
            "Return home interviews due in the month (children back from a missing episode) "
            "completed within timescale (72 hours)"
        ),
        "Denominator": "Return home interviews due in the month",
        "Section": "Safeguarding and child in need",
        "Status": "New",
        "Notes": (
            "Children missing from home and from care: CIN/CP and CLA each return theirs. CK21 is "
            "the care-only contractual measure."
        ),
        "Source": "Annex A (Ofsted mapping): new KPI proposed (return interviews)",
    },
    {
        "ID": "OF13",
        "Indicator": "Timely % of return home interview offers taken up by young people",
        "Measure": "percentage",
        "Target": 80.0,
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "CIN/CP;CLA",
        "Numerator": "Return home interview offers made in the month that the young person took up",
        "Denominator": "Return home interview offers made in the month",
        "Section": "Safeguarding and child in need",
        "Status": "New",
        "Notes": (
            "Target 80 from business plan action 1.6 ('100% ... offered a RHI for each episode "
            "with an 80% take up rate')."
        ),
        "Source": (
            "Annex A (Ofsted mapping): new KPI proposed (return interviews); Business plan action "
            "1.6"
        ),
    },
    {
        "ID": "OF14",
        "Indicator": "% Care proceedings completed within 26 weeks",
        "Measure": "percentage",
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "ytd",
        "Team": "CIN/CP",
        "Numerator": (
            "Care proceedings concluded in the month within 26 weeks of application (summed over "
            "the financial year to date)"
        ),
        "Denominator": (
            "Care proceedings concluded in the month (summed over the financial year to date)"
        ),
        "Section": "Safeguarding and child in need",
        "Status": "Existing",
        "Notes": (
            "An existing Annex A KPI ('completed in 15/16 within 26 weeks of application', already "
            "reported): year to date. Action 4.3 works towards the 26-week guideline; no numeric "
            "target."
        ),
        "Source": (
            "Annex A (Ofsted mapping): KPI (first and second line management; decisions to look "
            "after); Business plan action 4.3"
        ),
    },
    {
        "ID": "OF15",
        "Indicator": "Signs of Safety Innovations programme progress",
        "Measure": "assessed",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "Governance",
        "Section": "Governance",
        "Status": "Existing",
        "Notes": "Programme progress is reported quarterly, so a judged RAG with evidence.",
        "Source": "Annex A (Ofsted mapping): KPI (funding and innovation)",
    },
    {
        "ID": "OF16",
        "Indicator": "% vacant roles",
        "Measure": "percentage",
        "Direction": "lower",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "HR",
        "Numerator": "Established posts vacant at month end",
        "Denominator": "Established posts at month end",
        "Section": "Workforce",
        "Status": "Existing",
        "Notes": "An existing Annex A workforce KPI with no equivalent in the Slough papers.",
        "Source": "Annex A (Ofsted mapping): KPI (workforce strategy)",
    },
    # Seed 003 section 6: numeric measures of success with no KPI above (in no forum).
    {
        "ID": "BP1",
        "Indicator": "% of looked after children completing the quarterly survey",
        "Measure": "percentage",
        "Target": 15.0,
        "Direction": "higher",
        "Frequency": "quarterly",
        "Window": "month",
        "Stretch target": 20.0,
        "Team": "QA",
        "Numerator": "Children looked after who completed the quarterly survey",
        "Denominator": "Children looked after at the end of the quarter",
        "Section": "Participation",
        "Owner": "AD QIPP Participation Officer",
        "Status": "New",
        "Notes": "Target 15, stretch 20 ('around 40 looked after children') from action 1.1.",
        "Source": "Business plan action 1.1",
    },
    {
        "ID": "BP2",
        "Indicator": "% of care leavers aged 16+ in suitable accommodation",
        "Measure": "percentage",
        "Target": 75.0,
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Stretch target": 80.0,
        "Team": "Care Leavers",
        "Numerator": "Care leavers aged 16 and over in suitable accommodation",
        "Denominator": "Care leavers aged 16 and over",
        "Section": "Care Leavers",
        "Owner": "Head of Service CLA/CL/CWD Care Leaver Team Manager",
        "Status": "New",
        "Notes": (
            "Target 75, stretch 80 from action 1.7 (repeated in 1.13, 1.15). PI53 is the 19-21 "
            "measure."
        ),
        "Source": "Business plan actions 1.7, 1.13, 1.15",
    },
    {
        "ID": "BP3",
        "Indicator": "% of staff with at least 9 personal supervisions in a rolling 12 months",
        "Measure": "percentage",
        "Target": 100.0,
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "HR",
        "Numerator": (
            "Staff in post at month end (12 months or more) with 9 or more personal supervisions "
            "in the 12 months to month end"
        ),
        "Denominator": "Staff in post at month end for 12 months or more",
        "Section": "Workforce",
        "Owner": "Director of Operations Heads of Service",
        "Status": "New",
        "Notes": (
            "'Every staff member to have a minimum 9 personal supervisions within any rolling 12 "
            "month period': target 100. Window month: the 12-month count is in the return."
        ),
        "Source": "Business plan actions 1.8, 2.1, 2.6, 3.6",
    },
    {
        "ID": "BP4",
        "Indicator": (
            "% of CLA receiving an initial health assessment within 20 days of becoming looked "
            "after"
        ),
        "Measure": "percentage",
        "Target": 85.0,
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Stretch target": 100.0,
        "Team": "CLA",
        "Numerator": (
            "Children who became looked after in the month whose initial health assessment was "
            "within 20 days"
        ),
        "Denominator": "Children who became looked after in the month",
        "Section": "Looked after children",
        "Owner": "Director of Operations Head of Service CLA/CL/CWD",
        "Status": "New",
        "Notes": (
            "Target 85, stretch 100 (by March 2021) from action 1.16; IHA timeliness was an Ofsted "
            "area for improvement (seed 003 §4.4)."
        ),
        "Source": "Business plan action 1.16",
    },
    {
        "ID": "BP5",
        "Indicator": "% of cases with management oversight in the last month",
        "Measure": "percentage",
        "Target": 50.0,
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "Front Door;CIN/CP;CLA;Care Leavers",
        "Numerator": "Open cases with a management oversight record in the last month",
        "Denominator": "Open cases at month end",
        "Section": "Quality assurance",
        "Owner": "Director of Operations/AD QIPP Heads of Service",
        "Status": "New",
        "Notes": (
            "Target 50 from action 1.17 (from 32.9%, ECR 25/05/2020). Each team returns its own "
            "cases; pooled."
        ),
        "Source": "Business plan action 1.17",
    },
    {
        "ID": "BP6",
        "Indicator": "% of CIN and CP cases open for more than 18 months",
        "Measure": "percentage",
        "Target": 30.0,
        "Direction": "lower",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "CIN/CP",
        "Numerator": "CIN and CP cases open at month end that have been open more than 18 months",
        "Denominator": "CIN and CP cases open at month end",
        "Section": "Safeguarding and child in need",
        "Owner": "Director of Operations Head of HR and OD",
        "Status": "New",
        "Notes": (
            "Target 30 (lower) from action 1.22 ('Reduction in CIN and CP cases open more than 18+ "
            "months to 30%')."
        ),
        "Source": "Business plan action 1.22",
    },
    {
        "ID": "BP7",
        "Indicator": "% of ASYEs retained after completing the ASYE programme",
        "Measure": "percentage",
        "Target": 90.0,
        "Direction": "higher",
        "Frequency": "quarterly",
        "Window": "month",
        "Team": "HR",
        "Numerator": (
            "Social workers who completed the ASYE programme since October 2018 and are still "
            "employed by the Trust"
        ),
        "Denominator": "Social workers who completed the ASYE programme since October 2018",
        "Section": "Workforce",
        "Owner": "Head of HR/OD Practice Development Lead",
        "Status": "New",
        "Notes": "Target 90 from action 2.7. Quarterly assumed.",
        "Source": "Business plan action 2.7",
    },
    {
        "ID": "BP8",
        "Indicator": "Number of private fostering cases",
        "Measure": "count",
        "Target": 5,
        "Direction": "higher",
        "Frequency": "monthly",
        "Window": "month",
        "Team": "CIN/CP",
        "Numerator": "Children in private fostering arrangements known to the Trust at month end",
        "Section": "Safeguarding and child in need",
        "Owner": "Director of Operations Head of Service CIN/CP/Court",
        "Status": "New",
        "Notes": (
            "Target 5 from action 4.4 ('at least 5 with a stretch target to increase further')."
        ),
        "Source": "Business plan action 4.4",
    },
]


# Forums in display order: one report tab each (tab name = Forum).
FORUMS = [
    {
        "Forum": "Trust Board",
        "Title": "Trust Board KPIs (Business Plan 2020/21, Appendix A)",
        "Layout": "board",
        "Frequency": "monthly",
    },
    {
        "Forum": "Contractual KPIs",
        "Title": "Appendix H: Contractual KPIs",
        "Layout": "list",
        "Frequency": "monthly",
    },
    {
        "Forum": "Financial PIs",
        "Title": "Financial Performance Indicators (monitored quarterly)",
        "Layout": "list",
        "Frequency": "quarterly",
    },
    {
        "Forum": "Compliance PIs",
        "Title": "Compliance Performance Indicators (monitored quarterly)",
        "Layout": "list",
        "Frequency": "quarterly",
    },
    {
        "Forum": "LSCB",
        "Title": "Performance Indicators monitored through the LSCB",
        "Layout": "list",
        "Frequency": "quarterly",
    },
    {
        "Forum": "Corporate Parenting Panel",
        "Title": "Performance Indicators monitored through the Corporate Parenting Panel",
        "Layout": "list",
        "Frequency": "quarterly",
    },
    {
        "Forum": "Adoption",
        "Title": "Performance Indicators monitored through statutory Adoption Returns",
        "Layout": "list",
        "Frequency": "quarterly",
    },
    {
        "Forum": "Youth Justice",
        "Title": "Performance Indicators monitored through Youth Justice Board Returns",
        "Layout": "list",
        "Frequency": "quarterly",
    },
    {
        "Forum": "Quality Assurance",
        "Title": "Performance Indicators monitored through the Trust's Quality Assurance Framework",
        "Layout": "list",
        "Frequency": "quarterly",
    },
    {
        "Forum": "SCF contract",
        "Title": (
            "Appendix 2: Suggested new contractual key performance indicators for Slough Children "
            "First"
        ),
        "Layout": "assessment",
        "Frequency": "quarterly",
    },
    {
        "Forum": "Scrutiny",
        "Title": (
            "Children's services scrutiny: 22 key indicators (default selection for the committee "
            "to revise)"
        ),
        "Layout": "list",
        "Frequency": "quarterly",
    },
    {
        "Forum": "Ofsted findings",
        "Title": "Annex A: Mapping of Ofsted findings to KPIs",
        "Layout": "mapping",
        "Frequency": "quarterly",
    },
    {
        "Forum": "Business plan",
        "Title": "Business Plan 2020/21: action plan (section 6)",
        "Layout": "actions",
        "Frequency": "quarterly",
    },
]


# One row per indicator per forum, in display order. Ref is the number the forum prints;
# Section is the heading row the indicator sits under. The Scrutiny selection is a default
# (seed 002 does not list its 22).
MEMBERSHIP = [
    {"Forum": "Trust Board", "Ref": 1, "Section": "Safe and Secure", "Indicator ID": "TB01"},
    {"Forum": "Trust Board", "Ref": 2, "Section": "Safe and Secure", "Indicator ID": "TB02"},
    {"Forum": "Trust Board", "Ref": 3, "Section": "Safe and Secure", "Indicator ID": "TB03"},
    {"Forum": "Trust Board", "Ref": 4, "Section": "Safe and Secure", "Indicator ID": "TB04"},
    {"Forum": "Trust Board", "Ref": 5, "Section": "Safe and Secure", "Indicator ID": "TB05"},
    {"Forum": "Trust Board", "Ref": 6, "Section": "Safe and Secure", "Indicator ID": "TB06"},
    {"Forum": "Trust Board", "Ref": 7, "Section": "Safe and Secure", "Indicator ID": "TB07"},
    {"Forum": "Trust Board", "Ref": 8, "Section": "Safe and Secure", "Indicator ID": "TB08"},
    {"Forum": "Trust Board", "Ref": 9, "Section": "Successful", "Indicator ID": "TB09"},
    {"Forum": "Trust Board", "Ref": 10, "Section": "Successful", "Indicator ID": "TB10"},
    {"Forum": "Trust Board", "Ref": 11, "Section": "Successful", "Indicator ID": "TB11"},
    {"Forum": "Trust Board", "Ref": 12, "Section": "Successful", "Indicator ID": "TB12"},
    {"Forum": "Trust Board", "Ref": 13, "Section": "Successful", "Indicator ID": "TB13"},
    {"Forum": "Trust Board", "Ref": 14, "Section": "Successful", "Indicator ID": "TB14"},
    {"Forum": "Trust Board", "Ref": 15, "Section": "Successful", "Indicator ID": "TB15"},
    {"Forum": "Trust Board", "Ref": 16, "Section": "Quality", "Indicator ID": "TB16"},
    {"Forum": "Trust Board", "Ref": 17, "Section": "Quality", "Indicator ID": "TB17"},
    {"Forum": "Trust Board", "Ref": 18, "Section": "Quality", "Indicator ID": "TB18"},
    {"Forum": "Trust Board", "Ref": 19, "Section": "Quality", "Indicator ID": "TB19"},
    {"Forum": "Trust Board", "Ref": 20, "Section": "Quality", "Indicator ID": "TB20"},
    {"Forum": "Trust Board", "Ref": 21, "Section": "Quality", "Indicator ID": "TB21"},
    {"Forum": "Trust Board", "Ref": 22, "Section": "Quality", "Indicator ID": "TB22"},
    {"Forum": "Trust Board", "Ref": 23, "Section": "Value For Money", "Indicator ID": "TB23"},
    {"Forum": "Trust Board", "Ref": 24, "Section": "Value For Money", "Indicator ID": "TB24"},
    {
        "Forum": "Trust Board",
        "Ref": 25,
        "Section": "Forecasting within budget",
        "Indicator ID": "TB25",
    },
    {"Forum": "Trust Board", "Ref": 26, "Section": "Staff Satisfaction", "Indicator ID": "TB26"},
    {
        "Forum": "Trust Board",
        "Ref": 27,
        "Section": "Service User Satisfaction",
        "Indicator ID": "TB27",
    },
    {
        "Forum": "Contractual KPIs",
        "Ref": 1,
        "Section": "Safeguarding and child in need",
        "Indicator ID": "TB02",
    },
    {
        "Forum": "Contractual KPIs",
        "Ref": 2,
        "Section": "Safeguarding and child in need",
        "Indicator ID": "CK02",
    },
    {
        "Forum": "Contractual KPIs",
        "Ref": 3,
        "Section": "Safeguarding and child in need",
        "Indicator ID": "TB06",
    },
    {
        "Forum": "Contractual KPIs",
        "Ref": 4,
        "Section": "Safeguarding and child in need",
        "Indicator ID": "CK04",
    },
    {
        "Forum": "Contractual KPIs",
        "Ref": 5,
        "Section": "Safeguarding and child in need",
        "Indicator ID": "CK05",
    },
    {
        "Forum": "Contractual KPIs",
        "Ref": 6,
        "Section": "Safeguarding and child in need",
        "Indicator ID": "TB01",
    },
    {
        "Forum": "Contractual KPIs",
        "Ref": 7,
        "Section": "Safeguarding and child in need",
        "Indicator ID": "CK07",
    },
    {
        "Forum": "Contractual KPIs",
        "Ref": 8,
        "Section": "Safeguarding and child in need",
        "Indicator ID": "CK08",
    },
    {
        "Forum": "Contractual KPIs",
        "Ref": 9,
        "Section": "Safeguarding and child in need",
        "Indicator ID": "CK09",
    },
    {
        "Forum": "Contractual KPIs",
        "Ref": 10,
        "Section": "Safeguarding and child in need",
        "Indicator ID": "CK10",
    },
    {
        "Forum": "Contractual KPIs",
        "Ref": 11,
        "Section": "Safeguarding and child in need",
        "Indicator ID": "CK11",
    },
    {
        "Forum": "Contractual KPIs",
        "Ref": 12,
        "Section": "Safeguarding and child in need",
        "Indicator ID": "CK12",
    },
    {
        "Forum": "Contractual KPIs",
        "Ref": 13,
        "Section": "Safeguarding and child in need",
        "Indicator ID": "CK13",
    },
    {
        "Forum": "Contractual KPIs",
        "Ref": 14,
        "Section": "Safeguarding and child in need",
        "Indicator ID": "CK14",
    },
    {
        "Forum": "Contractual KPIs",
        "Ref": 15,
        "Section": "Safeguarding and child in need",
        "Indicator ID": "CK15",
    },
    {
        "Forum": "Contractual KPIs",
        "Ref": 16,
        "Section": "Safeguarding and child in need",
        "Indicator ID": "TB05",
    },
    {
        "Forum": "Contractual KPIs",
        "Ref": 17,
        "Section": "Safeguarding and child in need",
        "Indicator ID": "CK17",
    },
    {
        "Forum": "Contractual KPIs",
        "Ref": 18,
        "Section": "Looked after children",
        "Indicator ID": "TB08",
    },
    {
        "Forum": "Contractual KPIs",
        "Ref": 19,
        "Section": "Looked after children",
        "Indicator ID": "TB11",
    },
    {
        "Forum": "Contractual KPIs",
        "Ref": 20,
        "Section": "Looked after children",
        "Indicator ID": "TB07",
    },
    {
        "Forum": "Contractual KPIs",
        "Ref": 21,
        "Section": "Looked after children",
        "Indicator ID": "CK21",
    },
    {
        "Forum": "Contractual KPIs",
        "Ref": 22,
        "Section": "Looked after children",
        "Indicator ID": "CK22",
    },
    {
        "Forum": "Contractual KPIs",
        "Ref": 23,
        "Section": "Looked after children",
        "Indicator ID": "CK23",
    },
    {"Forum": "Contractual KPIs", "Ref": 24, "Section": "Fostering", "Indicator ID": "CK24"},
    {"Forum": "Contractual KPIs", "Ref": 25, "Section": "Care Leavers", "Indicator ID": "TB10"},
    {"Forum": "Contractual KPIs", "Ref": 26, "Section": "Care Leavers", "Indicator ID": "CK26"},
    {"Forum": "Contractual KPIs", "Ref": 27, "Section": "LDD and SEN", "Indicator ID": "CK27"},
    {"Forum": "Contractual KPIs", "Ref": 28, "Section": "LDD and SEN", "Indicator ID": "CK28"},
    {"Forum": "Contractual KPIs", "Ref": 29, "Section": "Workforce", "Indicator ID": "CK29"},
    {"Forum": "Contractual KPIs", "Ref": 30, "Section": "Workforce", "Indicator ID": "TB21"},
    {"Forum": "Contractual KPIs", "Ref": 31, "Section": "Workforce", "Indicator ID": "CK31"},
    {"Forum": "Contractual KPIs", "Ref": 32, "Section": "Workforce", "Indicator ID": "CK32"},
    {"Forum": "Contractual KPIs", "Ref": 33, "Section": "Workforce", "Indicator ID": "CK33"},
    {
        "Forum": "Contractual KPIs",
        "Ref": 34,
        "Section": "Still for discussion – LDD and SEN",
        "Indicator ID": "CK34",
    },
    {
        "Forum": "Contractual KPIs",
        "Ref": 35,
        "Section": "Still for discussion – LDD and SEN",
        "Indicator ID": "CK35",
    },
    {
        "Forum": "Contractual KPIs",
        "Ref": 36,
        "Section": "Still for discussion – LDD and SEN",
        "Indicator ID": "CK36",
    },
    {
        "Forum": "Contractual KPIs",
        "Ref": 37,
        "Section": "Still for discussion – LDD and SEN",
        "Indicator ID": "CK37",
    },
    {
        "Forum": "Contractual KPIs",
        "Ref": 38,
        "Section": "Still for discussion – LDD and SEN",
        "Indicator ID": "CK38",
    },
    {
        "Forum": "Contractual KPIs",
        "Ref": 39,
        "Section": "Still for discussion – LDD and SEN",
        "Indicator ID": "CK39",
    },
    {
        "Forum": "Contractual KPIs",
        "Ref": 40,
        "Section": "Still for discussion – LDD and SEN",
        "Indicator ID": "CK40",
    },
    {
        "Forum": "Contractual KPIs",
        "Ref": 41,
        "Section": "Still for discussion – LDD and SEN",
        "Indicator ID": "CK41",
    },
    {
        "Forum": "Contractual KPIs",
        "Ref": 42,
        "Section": "Still for discussion – LDD and SEN",
        "Indicator ID": "CK42",
    },
    {
        "Forum": "Contractual KPIs",
        "Ref": 43,
        "Section": "Still for discussion – LDD and SEN",
        "Indicator ID": "CK43",
    },
    {
        "Forum": "Contractual KPIs",
        "Ref": 44,
        "Section": "Still for discussion – LDD and SEN",
        "Indicator ID": "CK44",
    },
    {"Forum": "Financial PIs", "Ref": 1, "Section": "Fostering", "Indicator ID": "PI01"},
    {"Forum": "Financial PIs", "Ref": 2, "Section": "Fostering", "Indicator ID": "PI02"},
    {"Forum": "Financial PIs", "Ref": 3, "Section": "Fostering", "Indicator ID": "PI03"},
    {"Forum": "Financial PIs", "Ref": 4, "Section": "Fostering", "Indicator ID": "PI04"},
    {"Forum": "Financial PIs", "Ref": 5, "Section": "Fostering", "Indicator ID": "PI05"},
    {"Forum": "Financial PIs", "Ref": 6, "Section": "Workforce", "Indicator ID": "PI06"},
    {"Forum": "Compliance PIs", "Ref": 7, "Section": "Other", "Indicator ID": "PI07"},
    {"Forum": "Compliance PIs", "Ref": 8, "Section": "Other", "Indicator ID": "PI08"},
    {"Forum": "Compliance PIs", "Ref": 9, "Section": "Other", "Indicator ID": "PI09"},
    {"Forum": "Compliance PIs", "Ref": 10, "Section": "Other", "Indicator ID": "PI10"},
    {"Forum": "Compliance PIs", "Ref": 11, "Section": "Other", "Indicator ID": "PI11"},
    {
        "Forum": "LSCB",
        "Ref": 12,
        "Section": "Safeguarding and child in need",
        "Indicator ID": "PI12",
    },
    {
        "Forum": "LSCB",
        "Ref": 13,
        "Section": "Safeguarding and child in need",
        "Indicator ID": "PI13",
    },
    {
        "Forum": "LSCB",
        "Ref": 14,
        "Section": "Safeguarding and child in need",
        "Indicator ID": "PI14",
    },
    {
        "Forum": "LSCB",
        "Ref": 15,
        "Section": "Safeguarding and child in need",
        "Indicator ID": "PI15",
    },
    {
        "Forum": "LSCB",
        "Ref": 16,
        "Section": "Safeguarding and child in need",
        "Indicator ID": "CK12",
    },
    {
        "Forum": "LSCB",
        "Ref": 17,
        "Section": "Safeguarding and child in need",
        "Indicator ID": "PI17",
    },
    {
        "Forum": "LSCB",
        "Ref": 18,
        "Section": "Safeguarding and child in need",
        "Indicator ID": "PI18",
    },
    {
        "Forum": "LSCB",
        "Ref": 19,
        "Section": "Safeguarding and child in need",
        "Indicator ID": "PI19",
    },
    {
        "Forum": "LSCB",
        "Ref": 20,
        "Section": "Safeguarding and child in need",
        "Indicator ID": "PI20",
    },
    {
        "Forum": "LSCB",
        "Ref": 21,
        "Section": "Safeguarding and child in need",
        "Indicator ID": "PI21",
    },
    {
        "Forum": "LSCB",
        "Ref": 22,
        "Section": "Safeguarding and child in need",
        "Indicator ID": "PI22",
    },
    {
        "Forum": "LSCB",
        "Ref": 23,
        "Section": "Safeguarding and child in need",
        "Indicator ID": "TB04",
    },
    {
        "Forum": "LSCB",
        "Ref": 24,
        "Section": "Safeguarding and child in need",
        "Indicator ID": "PI24",
    },
    {
        "Forum": "LSCB",
        "Ref": 25,
        "Section": "Safeguarding and child in need",
        "Indicator ID": "PI25",
    },
    {"Forum": "LSCB", "Ref": 26, "Section": "Other - Domestic Violence", "Indicator ID": "PI26"},
    {"Forum": "LSCB", "Ref": 27, "Section": "Other - Domestic Violence", "Indicator ID": "PI27"},
    {
        "Forum": "LSCB",
        "Ref": 28,
        "Section": "Other - Alcohol and Substance Misuse",
        "Indicator ID": "PI28",
    },
    {
        "Forum": "LSCB",
        "Ref": 29,
        "Section": "Other - Parental Mental Health",
        "Indicator ID": "PI29",
    },
    {"Forum": "LSCB", "Ref": 30, "Section": "Other - CSE", "Indicator ID": "PI30"},
    {"Forum": "LSCB", "Ref": 31, "Section": "Other - CSE", "Indicator ID": "PI31"},
    {"Forum": "LSCB", "Ref": 32, "Section": "Other - FGM", "Indicator ID": "PI32"},
    {"Forum": "LSCB", "Ref": 33, "Section": "Other - Radicalisation", "Indicator ID": "PI33"},
    {"Forum": "LSCB", "Ref": 34, "Section": "Other - Radicalisation", "Indicator ID": "PI34"},
    {
        "Forum": "Corporate Parenting Panel",
        "Ref": 35,
        "Section": "Looked after children",
        "Indicator ID": "CK13",
    },
    {
        "Forum": "Corporate Parenting Panel",
        "Ref": 36,
        "Section": "Looked after children",
        "Indicator ID": "PI36",
    },
    {
        "Forum": "Corporate Parenting Panel",
        "Ref": 37,
        "Section": "Looked after children",
        "Indicator ID": "PI37",
    },
    {
        "Forum": "Corporate Parenting Panel",
        "Ref": 38,
        "Section": "Looked after children",
        "Indicator ID": "TB16",
    },
    {
        "Forum": "Corporate Parenting Panel",
        "Ref": 39,
        "Section": "Looked after children",
        "Indicator ID": "PI39",
    },
    {
        "Forum": "Corporate Parenting Panel",
        "Ref": 40,
        "Section": "Looked after children",
        "Indicator ID": "PI40",
    },
    {
        "Forum": "Corporate Parenting Panel",
        "Ref": 41,
        "Section": "Looked after children",
        "Indicator ID": "PI41",
    },
    {
        "Forum": "Corporate Parenting Panel",
        "Ref": 42,
        "Section": "Looked after children",
        "Indicator ID": "PI42",
    },
    {
        "Forum": "Corporate Parenting Panel",
        "Ref": 43,
        "Section": "Looked after children",
        "Indicator ID": "PI43",
    },
    {
        "Forum": "Corporate Parenting Panel",
        "Ref": 44,
        "Section": "Looked after children",
        "Indicator ID": "PI44",
    },
    {
        "Forum": "Corporate Parenting Panel",
        "Ref": 45,
        "Section": "Looked after children",
        "Indicator ID": "TB17",
    },
    {
        "Forum": "Corporate Parenting Panel",
        "Ref": 46,
        "Section": "Looked after children",
        "Indicator ID": "PI46",
    },
    {
        "Forum": "Corporate Parenting Panel",
        "Ref": 47,
        "Section": "Looked after children",
        "Indicator ID": "PI47",
    },
    {
        "Forum": "Corporate Parenting Panel",
        "Ref": 48,
        "Section": "Looked after children",
        "Indicator ID": "PI48",
    },
    {
        "Forum": "Corporate Parenting Panel",
        "Ref": 49,
        "Section": "Looked after children",
        "Indicator ID": "PI49",
    },
    {
        "Forum": "Corporate Parenting Panel",
        "Ref": 50,
        "Section": "Looked after children",
        "Indicator ID": "PI50",
    },
    {
        "Forum": "Corporate Parenting Panel",
        "Ref": 51,
        "Section": "Care Leavers",
        "Indicator ID": "PI51",
    },
    {
        "Forum": "Corporate Parenting Panel",
        "Ref": 52,
        "Section": "Care Leavers",
        "Indicator ID": "PI52",
    },
    {
        "Forum": "Corporate Parenting Panel",
        "Ref": 53,
        "Section": "Care Leavers",
        "Indicator ID": "PI53",
    },
    {"Forum": "Adoption", "Ref": 54, "Section": "Adoption", "Indicator ID": "PI54"},
    {"Forum": "Adoption", "Ref": 55, "Section": "Adoption", "Indicator ID": "PI55"},
    {"Forum": "Adoption", "Ref": 56, "Section": "Adoption", "Indicator ID": "PI56"},
    {"Forum": "Adoption", "Ref": 57, "Section": "Adoption", "Indicator ID": "PI57"},
    {"Forum": "Adoption", "Ref": 58, "Section": "Adoption", "Indicator ID": "PI58"},
    {"Forum": "Youth Justice", "Ref": 59, "Section": "YOT", "Indicator ID": "TB09"},
    {"Forum": "Youth Justice", "Ref": 60, "Section": "YOT", "Indicator ID": "PI60"},
    {"Forum": "Youth Justice", "Ref": 61, "Section": "YOT", "Indicator ID": "PI61"},
    {"Forum": "Quality Assurance", "Ref": 62, "Section": "Workforce", "Indicator ID": "PI62"},
    {"Forum": "Quality Assurance", "Ref": 63, "Section": "Workforce", "Indicator ID": "PI63"},
    {"Forum": "Quality Assurance", "Ref": 64, "Section": "Workforce", "Indicator ID": "PI64"},
    {"Forum": "SCF contract", "Ref": 1, "Section": None, "Indicator ID": "SCF01"},
    {"Forum": "SCF contract", "Ref": 2, "Section": None, "Indicator ID": "SCF02"},
    {"Forum": "SCF contract", "Ref": 3, "Section": None, "Indicator ID": "SCF03"},
    {"Forum": "SCF contract", "Ref": 4, "Section": None, "Indicator ID": "SCF04"},
    {"Forum": "SCF contract", "Ref": 5, "Section": None, "Indicator ID": "SCF05"},
    {"Forum": "SCF contract", "Ref": 6, "Section": None, "Indicator ID": "SCF06"},
    {"Forum": "SCF contract", "Ref": 7, "Section": None, "Indicator ID": "SCF07"},
    {"Forum": "SCF contract", "Ref": 8, "Section": None, "Indicator ID": "SCF08"},
    {"Forum": "SCF contract", "Ref": 9, "Section": None, "Indicator ID": "SCF09"},
    {"Forum": "SCF contract", "Ref": 10, "Section": None, "Indicator ID": "SCF10"},
    {"Forum": "SCF contract", "Ref": 11, "Section": None, "Indicator ID": "SCF11"},
    {"Forum": "SCF contract", "Ref": 12, "Section": None, "Indicator ID": "SCF12"},
    {"Forum": "SCF contract", "Ref": 13, "Section": None, "Indicator ID": "SCF13"},
    {"Forum": "SCF contract", "Ref": 14, "Section": None, "Indicator ID": "SCF14"},
    {"Forum": "SCF contract", "Ref": 15, "Section": None, "Indicator ID": "SCF15"},
    {"Forum": "SCF contract", "Ref": 16, "Section": None, "Indicator ID": "SCF16"},
    {"Forum": "SCF contract", "Ref": 17, "Section": None, "Indicator ID": "SCF17"},
    {"Forum": "SCF contract", "Ref": 18, "Section": None, "Indicator ID": "SCF18"},
    {"Forum": "SCF contract", "Ref": 19, "Section": None, "Indicator ID": "SCF19"},
    {"Forum": "SCF contract", "Ref": 20, "Section": None, "Indicator ID": "SCF20"},
    {"Forum": "Scrutiny", "Ref": 1, "Section": "Front door and assessment", "Indicator ID": "TB01"},
    {"Forum": "Scrutiny", "Ref": 2, "Section": "Front door and assessment", "Indicator ID": "TB02"},
    {"Forum": "Scrutiny", "Ref": 3, "Section": "Front door and assessment", "Indicator ID": "TB03"},
    {"Forum": "Scrutiny", "Ref": 4, "Section": "Child protection", "Indicator ID": "TB04"},
    {"Forum": "Scrutiny", "Ref": 5, "Section": "Child protection", "Indicator ID": "TB06"},
    {"Forum": "Scrutiny", "Ref": 6, "Section": "Child protection", "Indicator ID": "CK12"},
    {"Forum": "Scrutiny", "Ref": 7, "Section": "Children looked after", "Indicator ID": "PI36"},
    {"Forum": "Scrutiny", "Ref": 8, "Section": "Children looked after", "Indicator ID": "TB07"},
    {"Forum": "Scrutiny", "Ref": 9, "Section": "Children looked after", "Indicator ID": "TB08"},
    {"Forum": "Scrutiny", "Ref": 10, "Section": "Children looked after", "Indicator ID": "TB11"},
    {"Forum": "Scrutiny", "Ref": 11, "Section": "Children looked after", "Indicator ID": "TB16"},
    {"Forum": "Scrutiny", "Ref": 12, "Section": "Children looked after", "Indicator ID": "TB13"},
    {"Forum": "Scrutiny", "Ref": 13, "Section": "Care leavers", "Indicator ID": "TB10"},
    {"Forum": "Scrutiny", "Ref": 14, "Section": "Care leavers", "Indicator ID": "PI53"},
    {"Forum": "Scrutiny", "Ref": 15, "Section": "Adoption", "Indicator ID": "PI58"},
    {"Forum": "Scrutiny", "Ref": 16, "Section": "Youth justice", "Indicator ID": "TB09"},
    {"Forum": "Scrutiny", "Ref": 17, "Section": "Youth justice", "Indicator ID": "PI60"},
    {"Forum": "Scrutiny", "Ref": 18, "Section": "SEND", "Indicator ID": "CK27"},
    {"Forum": "Scrutiny", "Ref": 19, "Section": "Workforce and quality", "Indicator ID": "TB21"},
    {"Forum": "Scrutiny", "Ref": 20, "Section": "Workforce and quality", "Indicator ID": "TB23"},
    {"Forum": "Scrutiny", "Ref": 21, "Section": "Workforce and quality", "Indicator ID": "TB20"},
    {"Forum": "Scrutiny", "Ref": 22, "Section": "Finance", "Indicator ID": "TB25"},
]


# Seed 003 §4.2: 43,112 under 18 (June 2019 mid-year estimate).
CONTEXT = [
    {"Name": "Under-18 population", "Year": 2019, "Value": 43112},
    {"Name": "Financial year start month", "Year": None, "Value": 4},
]


# Seed 004 Annex A, every finding in printed order. Indicator IDs = the KPIs its 'Maps to' column
# (or an 'Existing KPI' in Other monitoring) names; the rest of that text is in Other monitoring.
FINDINGS = [
    {
        "Area": "Leadership & Governance",
        "Type": "Positive",
        "Finding": (
            "The leadership and governance arrangements in Wokingham are robust and effective and "
            "demonstrate many elements of good."
        ),
        "Indicator IDs": None,
        "Other monitoring": (
            "All key performance indicators are a window into Leadership performance. These "
            "include: Corporate reporting against core KPIs; Corporate Parenting Board "
            "self-assessment; Children's Services self-assessment on 22/09/2015; Independent "
            "Leadership review commissioned and reported Summer 2015. Performance is also reported "
            "through Executive, Lead Member, Corporate Parenting Board, Local Safeguarding "
            "Children's Board, Corporate Leadership team, Children's Services Leadership team"
        ),
    },
    {
        "Area": "Leadership & Governance",
        "Type": "Positive",
        "Finding": (
            "The senior leadership team in Wokingham has a clear vision for service improvement "
            "and many of the essential components are in place to ensure further progress."
        ),
        "Indicator IDs": None,
        "Other monitoring": None,
    },
    {
        "Area": "Leadership & Governance",
        "Type": "Positive",
        "Finding": (
            "Senior leaders have been instrumental in effectively pursuing opportunities to secure "
            "additional funding through government-funded innovations and collaborative working "
            "arrangements. Adopt Berkshire and Signs of Safety innovations project are two "
            "positive examples."
        ),
        "Indicator IDs": "OF15",
        "Other monitoring": (
            "Signs of Safety Innovations programme progress is reported quarterly in the Corporate "
            "KPIs to Management overview and Scrutiny and Executive committee. Signs of Safety "
            "Innovation programme updates are reported regularly to Children's Overview and "
            "Scrutiny committee. Performance is also reported through Executive (corporate KI "
            "project updates), Lead Member, Corporate Parenting Board, Local Safeguarding "
            "Children's Board, Corporate Leadership team, Children's Services Leadership team"
        ),
    },
    {
        "Area": "Leadership & Governance",
        "Type": "Positive",
        "Finding": (
            "A robust workforce strategy has begun to reduce a previously heavy reliance on agency "
            "workers"
        ),
        "Indicator IDs": "TB22;CK29;TB23;OF16",
        "Other monitoring": (
            "KPIs reported to CS Overview & Scrutiny on 21/07/15. Quarterly reports on HR "
            "presented to: CSLT; Lead Member; LSCB"
        ),
    },
    {
        "Area": "Leadership & Governance",
        "Type": "Positive",
        "Finding": (
            "Staff have good access to training and are committed and positive about working for "
            "Wokingham"
        ),
        "Indicator IDs": "TB26",
        "Other monitoring": (
            "Annual workforce satisfaction survey discussed at Corporate Works Council in "
            "September 2015. Other KPIs: Innovation programme staff satisfaction reporting "
            "quarterly. Innovation programme reporting quarterly to Lead Member, Corporate "
            "Parenting Board, Local Safeguarding Children's Board, Corporate Leadership team, "
            "Children's Services Leadership team"
        ),
    },
    {
        "Area": "Leadership & Governance",
        "Type": "Area for improvement",
        "Finding": (
            "First and second line management, which are vital, are not sufficiently rigorous in "
            "challenging, monitoring and driving social work practice to ensure that all services "
            "for children and young people are good."
        ),
        "Indicator IDs": "PI09;PI11;OF14;TB04;TB07;TB21;OF01",
        "Other monitoring": (
            "CPB and CS Self-Assessment reported to CS Overview & Scrutiny on 22/09/15 contained "
            "KPIs on: Timeliness of Child Protection & Children in Care visits; Caseloads; Numbers "
            "per team. Team reporting has been in place for the past year and identified good "
            "performance on Caseloads and Numbers of children per team and performance concern on "
            "the timeliness of Child Protection & Children in Care visits. Quality Improvement "
            "Plan reported at CSLT level and LSCB quality assures practice and identified quality "
            "improvement priorities"
        ),
    },
    {
        "Area": "Leadership & Governance",
        "Type": "Area for improvement",
        "Finding": (
            "The quality of practice remains variable and is not consistently good. Inspectors "
            "found that weak management oversight and supervision were common features in too many "
            "cases. Ensuring robust case supervision, management oversight and decision making by "
            "first and second line managers is crucial to improving social work practice and "
            "improving outcomes for children and young people in Wokingham."
        ),
        "Indicator IDs": "OF02;OF03",
        "Other monitoring": (
            "Performance is also reported through Corporate Parenting Board, Local Safeguarding "
            "Children's Board. Performance reporting against Emotional Health and Wellbeing "
            "strategy action plan is reported to Health and Wellbeing Board"
        ),
    },
    {
        "Area": "Leadership & Governance",
        "Type": "Area for improvement",
        "Finding": (
            "Joint commissioning of children's services is under-developed, although some key "
            "areas have been agreed as strategic priorities between partners. Child and Adolescent "
            "Mental Health Services are not sufficient to support all the needs of children looked "
            "after and care leavers with direct support or intervention."
        ),
        "Indicator IDs": "OF02;OF03",
        "Other monitoring": (
            "Performance is also reported through Corporate Parenting Board, Local Safeguarding "
            "Children's Board. Performance reporting against Emotional Health and Wellbeing "
            "strategy action plan is reported to Health and Wellbeing Board"
        ),
    },
    {
        "Area": "Leadership & Governance",
        "Type": "Area for improvement",
        "Finding": (
            "In a small minority of cases, delays in holding strategy discussions and instigating "
            "child protection procedures resulted in children remaining in situations of "
            "unassessed risk."
        ),
        "Indicator IDs": None,
        "Other monitoring": (
            "Quality assurance identified this through audit and was in our self-assessment "
            "reported to CSO&S on 22/09/2015. A new local indicator has been designed to ensure "
            "that strategy discussions are timely, and risks to children of delays are minimised."
        ),
    },
    {
        "Area": "Leadership & Governance",
        "Type": "Area for improvement",
        "Finding": (
            "Assessments and planning processes for unborn babies and children under the age of "
            "three years are not sufficiently robust."
        ),
        "Indicator IDs": None,
        "Other monitoring": (
            "A plan is in place to address this with a new assessment being implemented alongside "
            "refreshed processes and training for practitioners. This will be accompanied by a KPI "
            "to closely monitor that actions are producing positive outcomes for young children "
            "and unborn babies. The Local Safeguarding Children's Board has been asked to lead an "
            "analysis of the pattern in assessments for unborn children and children under the age "
            "of three."
        ),
    },
    {
        "Area": "Leadership & Governance",
        "Type": "Area for improvement",
        "Finding": (
            "Multiple changes in social workers and managers has contributed to drift and delay in "
            "implementing plans to support some children and has affected children's ability to "
            "sustain positive relationships with adults."
        ),
        "Indicator IDs": "OF04;OF05;OF06",
        "Other monitoring": (
            "A new indicator has been designed to monitor number of changes in social worker and "
            "the new performance management process will require specific actions to be put in "
            "place should there be performance issues."
        ),
    },
    {
        "Area": "Leadership & Governance",
        "Type": "Area for improvement",
        "Finding": "Transition planning begins too late for disabled children.",
        "Indicator IDs": "OF07",
        "Other monitoring": (
            "Is being addressed as part of the action plan following inspection with a project now "
            "in place to review transition processes and procedures with appropriate KPIs in place "
            "to monitor transition planning performance."
        ),
    },
    {
        "Area": "Children who need Help and Protection",
        "Type": "Positive",
        "Finding": (
            "In the vast majority of cases, children and young people in need of help and "
            "protection receive an effective and prompt response from the duty, assessment and "
            "triage team."
        ),
        "Indicator IDs": None,
        "Other monitoring": None,
    },
    {
        "Area": "Children who need Help and Protection",
        "Type": "Positive",
        "Finding": (
            "Thresholds for services are clear, understood and applied effectively in most cases."
        ),
        "Indicator IDs": None,
        "Other monitoring": None,
    },
    {
        "Area": "Children who need Help and Protection",
        "Type": "Positive",
        "Finding": (
            "When referrals do not meet the threshold for children's social care, the early help "
            "hub, overseen by a social work manager, is ensuring that appropriate services are in "
            "place to support children and their families."
        ),
        "Indicator IDs": None,
        "Other monitoring": None,
    },
    {
        "Area": "Children who need Help and Protection",
        "Type": "Positive",
        "Finding": (
            "The domestic abuse repeat incident management group provides an effective arena for "
            "additional multi-agency scrutiny and risk assessment."
        ),
        "Indicator IDs": None,
        "Other monitoring": None,
    },
    {
        "Area": "Children who need Help and Protection",
        "Type": "Positive",
        "Finding": (
            "Most children are seen and seen alone by social workers, and benefit from direct work "
            "using a range of tools to explore their experiences and perceptions."
        ),
        "Indicator IDs": None,
        "Other monitoring": None,
    },
    {
        "Area": "Children Looked After & Care Leavers",
        "Type": "Positive",
        "Finding": (
            "When children need to be looked after by the local authority, decisions in the "
            "majority of cases are prompt and appropriate."
        ),
        "Indicator IDs": "OF14",
        "Other monitoring": (
            "Care proceedings KPI (15/16, within 26 weeks of application) already reported to O&S "
            "and Executive. Local quality assurance work through case audits is routinely used by "
            "service managers to ensure learning is embedded in practice."
        ),
    },
    {
        "Area": "Children Looked After & Care Leavers",
        "Type": "Positive",
        "Finding": (
            "The virtual school has made significant progress in improving support to children "
            "looked after, including improved personal education plans."
        ),
        "Indicator IDs": "TB13",
        "Other monitoring": (
            "Existing KPI: % Eligible LAC with a Recent PEP – currently reported to CSLT (monthly) "
            "and Corporate Parenting Board (quarterly). This monitors the existence of a PEP for "
            "each eligible child in care, while quality assurance audits the quality of PEPs."
        ),
    },
    {
        "Area": "Children Looked After & Care Leavers",
        "Type": "Positive",
        "Finding": (
            "Placement stability for children looked after is good. The local authority "
            "appropriately considers placement of children looked after within their wider family "
            "and has encouraged and enabled the use of special guardianship orders. Arrangements "
            "to enable children to live with their foster carers after their 18th birthday are "
            "established and working well."
        ),
        "Indicator IDs": "TB08",
        "Other monitoring": (
            "Percentage of children who have had 3 or more placements in current year – currently "
            "reported to SMT, CSLT and Corporate parenting board. Placement stability is monitored "
            "through the existing KPI: % children who have had 3 or more placements in current "
            "year. This is reported monthly at Children's Services Leadership Team."
        ),
    },
    {
        "Area": "Children Looked After & Care Leavers",
        "Type": "Area for improvement",
        "Finding": "There are, however, delays in considering plans for children's permanence.",
        "Indicator IDs": "OF08;OF09",
        "Other monitoring": (
            "Adoption scorecard gives an understanding of timeliness of permanence and is reported "
            "to Corporate Parenting Board."
        ),
    },
    {
        "Area": "Children Looked After & Care Leavers",
        "Type": "Area for improvement",
        "Finding": "Life story work for children looked after is under-developed.",
        "Indicator IDs": None,
        "Other monitoring": (
            "The Ofsted Action Plan details the action being taken to address this concern."
        ),
    },
    {
        "Area": "Children Looked After & Care Leavers",
        "Type": "Area for improvement",
        "Finding": (
            "The quality and support to care leavers varies, with some not receiving the frequency "
            "of visiting they require or the level of help they need to develop independent living "
            "skills."
        ),
        "Indicator IDs": None,
        "Other monitoring": (
            "The CiC Council meets monthly, and issues raised will feed into the quarterly "
            "Corporate Parenting Board meetings. The Pledge Survey, for CiC and Care Leavers, is "
            "completed annually. The results of this are shared at Corporate Parenting Board. "
            "Weekly Management reports include information about the frequency of Care Leaver "
            "Visits and monitoring of the frequency of Pathway Plans and if we are 'in touch' with "
            "our Care Leaver cohort."
        ),
    },
    {
        "Area": "Adoption & Fostering",
        "Type": "Positive",
        "Finding": (
            "Children for whom the plan is adoption receive a good service, with adoption plans "
            "pursued for all children who would benefit from it. Fostering to adopt is considered "
            "appropriately to avoid delay. Post-adoption support services are strong."
        ),
        "Indicator IDs": "OF08",
        "Other monitoring": (
            "% Children in Care who achieved permanent care arrangements already reported "
            "quarterly to CS O&S. Adoption scorecard will be reported 2 times a year via CPB."
        ),
    },
    {
        "Area": "Adoption & Fostering",
        "Type": "Positive",
        "Finding": (
            "A good choice of accommodation is available to meet the needs of care leavers with "
            "the vast majority living in suitable accommodation."
        ),
        "Indicator IDs": None,
        "Other monitoring": (
            "The annual SSDA 903 return to the DfE formally captures the accommodation status of "
            "care leavers. This is reported to CSLT for sign off."
        ),
    },
    {
        "Area": "Adoption & Fostering",
        "Type": "Positive",
        "Finding": "The local authority is in touch with all their care leavers.",
        "Indicator IDs": "TB10",
        "Other monitoring": (
            "Existing KPI: % Care Leavers who are Not in Education, Employment or Training. "
            "Reported quarterly to CSLT."
        ),
    },
    {
        "Area": "Adoption & Fostering",
        "Type": "Positive",
        "Finding": (
            "Children looked after are able to have their voice heard and are well represented "
            "through the Children in Care council, with strong involvement with corporate parents."
        ),
        "Indicator IDs": None,
        "Other monitoring": (
            "The CiC Council meets monthly, and issues raised will feed into the quarterly "
            "Corporate Parenting Board meetings. The Pledge Survey, for CiC and Care Leavers, is "
            "completed annually. The results of this are shared at Corporate Parenting Board."
        ),
    },
    {
        "Area": "Adoption & Fostering",
        "Type": "Area for improvement",
        "Finding": (
            "There are insufficient local foster carers, despite extensive efforts to recruit "
            "more. As a result, almost half of children looked after are placed more than 20 miles "
            "from home."
        ),
        "Indicator IDs": "TB11;OF10;OF11",
        "Other monitoring": (
            "% LAC living within 20 miles of their home already reported to Executive, O&S, SMT, "
            "CSLT and Corporate Parenting Board. The Ofsted Action Plan details the actions being "
            "taken to address this concern."
        ),
    },
    {
        "Area": "CSE",
        "Type": "Positive",
        "Finding": (
            "Good progress has been made to tackle child sexual exploitation, with a multi-agency "
            "operational forum ensuring that information is effectively shared and children at "
            "risk of child sexual exploitation are identified and robustly assessed. Extensive "
            "awareness-raising has taken place with children in both primary and secondary schools."
        ),
        "Indicator IDs": None,
        "Other monitoring": (
            "Children at Risk of Child Sexual Exploitation monitored monthly by CSE Panel. This is "
            "an in-depth look at each child, assessing their level of risk and action required, "
            "rather than a performance indicator."
        ),
    },
    {
        "Area": "CSE",
        "Type": "Area for improvement",
        "Finding": (
            "When children return after going missing, return interviews are not completed "
            "promptly enough and information from interviews is not collated to identify pattern "
            "and trends."
        ),
        "Indicator IDs": "OF12;OF13",
        "Other monitoring": (
            "Children Missing from Home/Care – Currently reported to SMT and CSLT. Timeliness of "
            "Return Home Assessments Carried Out for Each Child - Currently reported to SMT and "
            "CSLT"
        ),
    },
]


# Seed 003 section 6, actions 1.1-5.10 as printed. Indicator IDs = the register KPIs each measure
# of success names.
ACTIONS = [
    {
        "Ref": "1.1",
        "Aim": "Child and family centred: Do the Basics Well",
        "Priority": "Promote the voice of the child and hold the child in mind",
        "How": (
            "Investment in the Participation Strategy alongside focused and continued engagement "
            "with children and young people via Reach Out and digital media to increase the number "
            "of participants who respond to surveys so we can capture their voice and views and "
            "act on them."
        ),
        "Measure of success": (
            "15% of looked after children complete the quarterly survey with a stretch target of "
            "20% (around 40 looked after children) 95% of CLA participate in their review"
        ),
        "Owner": "AD QIPP Participation Officer",
        "Target date": "March 2021",
        "Indicator IDs": "TB18;BP1",
    },
    {
        "Ref": "1.2",
        "Aim": "Child and family centred: Do the Basics Well",
        "Priority": "Promote the voice of the child and hold the child in mind",
        "How": (
            "Run direct work tool workshops to enable staff to have a wide variety of tools and "
            "the skills to use them to capture and record the voice of the child and family in "
            "case files and plans and ensure all staff hold the 'child in mind' through relational "
            "practice"
        ),
        "Measure of success": (
            "Case file recording shows a wide range of direct work tools used by social workers to "
            "engage children and the work of the CP chair and IRO is seen on case files ensuring "
            "the voice of the child is heard within their own care planning. This results in 85% "
            "of quarterly case files audit rated RI and above with a stretch target of 90%"
        ),
        "Owner": "Director of Operations Team Manager SQA Systemic Lead",
        "Target date": "July 2020",
        "Indicator IDs": "TB20",
    },
    {
        "Ref": "1.3",
        "Aim": "Child and family centred: Do the Basics Well",
        "Priority": "Safeguarding and promoting needs",
        "How": (
            "Focus on timely and quality Child and family assessments across all services to have "
            "depth and have consideration of risks and the lived experiences of children Ofsted "
            "recommendation"
        ),
        "Measure of success": (
            "90% of assessments are completed within timescale in any given week (measured via "
            "ECR) Reduction in the variability of C&F assessment quality resulting in 85% of "
            "quarterly case files audit rated RI and above with a stretch target of 90%"
        ),
        "Owner": "Director of Operations Heads of Service",
        "Target date": "October 2020",
        "Indicator IDs": "TB03;TB20",
    },
    {
        "Ref": "1.4",
        "Aim": "Child and family centred: Do the Basics Well",
        "Priority": "Safeguarding and promoting needs",
        "How": (
            "Focus on SMART plans so families know what they need to do so as to reduce risks to "
            "children Ofsted recommendation"
        ),
        "Measure of success": (
            "Plans are SMART, clear, transparent and outcome focused contributing to results 85% "
            "of quarterly case files audit rated RI and above with a stretch target of 90%"
        ),
        "Owner": "Director of Operations Heads of Service",
        "Target date": "October 2020",
        "Indicator IDs": "TB20",
    },
    {
        "Ref": "1.5",
        "Aim": "Child and family centred: Do the Basics Well",
        "Priority": "Safeguarding and promoting need",
        "How": (
            "Develop flexible and responsive approaches for new entrants into care, those who "
            "enter in a crisis and those who require emergency accommodation due lack of local "
            "placements"
        ),
        "Measure of success": "12% or less of CLA have 3 or more placements",
        "Owner": "Commissioning Lead Head of Service CLA/CL/CWD",
        "Target date": "December 2020",
        "Indicator IDs": "TB08",
    },
    {
        "Ref": "1.6",
        "Aim": "Child and family centred: Do the Basics Well",
        "Priority": "Safeguarding and promoting needs",
        "How": (
            "Strengthen the Trust's approach to contextual safeguarding and children and young "
            "people who are missing so every young person is effectively safeguarded Ofsted "
            "recommendation"
        ),
        "Measure of success": (
            "100% of young people missing are offered a RHI for each episode with an 80% take up "
            "rate. 100% of children aged 8 and over have the CE tool completed"
        ),
        "Owner": "Director of Operations Heads of Service",
        "Target date": "March 2021",
        "Indicator IDs": "OF13",
    },
    {
        "Ref": "1.7",
        "Aim": "Child and family centred: Do the Basics Well",
        "Priority": "Safeguarding and promoting needs",
        "How": (
            "CLA are allocated a PA before age of 16 to help develop independence skills and have "
            "a fulfilled adulthood"
        ),
        "Measure of success": (
            "70% of Care Leavers aged 18-21 y/o are in Employment, Education or Training "
            "(contractual KPI) 75% of 16+ care leavers are in suitable accommodation with stretch "
            "target of 80% 80% of care leavers aged 19 – 21 are in suitable accommodation with "
            "stretch target of 85%"
        ),
        "Owner": "Head of Service CLA/CL/CWD Care Leaver Team Manager",
        "Target date": "December 2020",
        "Indicator IDs": "TB10;PI53;BP2",
    },
    {
        "Ref": "1.8",
        "Aim": "Child and family centred: Do the Basics Well",
        "Priority": "Safeguarding and promoting needs",
        "How": (
            "All social workers to receive regular supervision to provide an opportunity to focus "
            "on the quality of decision making and interventions and identify further personal "
            "learning, career and development opportunities."
        ),
        "Measure of success": (
            "Every staff member to have a minimum 9 personal supervisions within any rolling 12 "
            "month period"
        ),
        "Owner": "Director of Operations Heads of Service",
        "Target date": "October 2020",
        "Indicator IDs": "BP3",
    },
    {
        "Ref": "1.9",
        "Aim": "Child and family centred: Do the Basics Well",
        "Priority": "Safeguarding and promoting needs",
        "How": (
            "All operational staff have an understanding of neglect and how to use the neglect "
            "screening tool effectively as demonstrated by the use of the neglect tool and in "
            "assessments and plans"
        ),
        "Measure of success": (
            "All front line staff will have completed the neglect training to increase their "
            "understanding of neglect and how to use the neglect tool. 100% of children and young "
            "people have the neglect tool completed where this is identified as the primary need"
        ),
        "Owner": "Director of Operations Heads of Service",
        "Target date": "March 2021",
        "Indicator IDs": None,
    },
    {
        "Ref": "1.10",
        "Aim": "Child and family centred: Do the Basics Well",
        "Priority": "Quality partnership working to improve outcomes for all children",
        "How": (
            "Increase attendance and engagement from all agencies in all panels and groups to "
            "effectively address families needs, improve outcomes and increase the confidence of "
            "agencies to continue to support families needs Ofsted recommendation"
        ),
        "Measure of success": (
            "Reported increased attendance from partner agencies at key meetings in minutes and "
            "from staff Increased percentage of strategy meetings are WT18 compliant 22% of "
            "re-referrals to children's social care within a 12 month period. 10% of CP plan which "
            "were repeat plans within 2 years (TPR target)"
        ),
        "Owner": "Director of Operations Heads of Service",
        "Target date": "December 2020",
        "Indicator IDs": "TB02;TB06",
    },
    {
        "Ref": "1.11",
        "Aim": "Child and family centred: Do the Basics Well",
        "Priority": "Quality partnership working to improve outcomes for all children",
        "How": (
            "Develop common goals and priorities of Partnership Boards to ensure co-ordination "
            "between forums to the achieve strategic aims of the Trust on behalf of vulnerable "
            "children and families"
        ),
        "Measure of success": (
            "Strategic vision is translated into operational activity that achieves targets and "
            "goals set A clear commitment from all partners to making the necessary improvements "
            "identified within the Business Plan"
        ),
        "Owner": "Chief Executive",
        "Target date": "March 2021",
        "Indicator IDs": None,
    },
    {
        "Ref": "1.12",
        "Aim": "Child and family centred: Do the Basics Well",
        "Priority": "Quality partnership working to improve outcomes for all children",
        "How": (
            "Development of an effective early help service working in partnership with Slough "
            "Borough Council to reduce the number of children stepped up to social care"
        ),
        "Measure of success": (
            "Reduction in the number of children stepped up from 381 to 300 over the year of the "
            "year"
        ),
        "Owner": "Director of Operations",
        "Target date": "January 2021",
        "Indicator IDs": None,
    },
    {
        "Ref": "1.13",
        "Aim": "Child and family centred: Do the Basics Well",
        "Priority": "Quality partnership working to improve outcomes for all children",
        "How": (
            "Development with SBC of a housing strategy underpinned by a joined up plan and clear, "
            "effective process processes to ensure that all Care Leavers, those with NRTPF and "
            "known to YOT are all in suitable accommodation and encouraged to remain in stable "
            "tenancies to prevent homelessness"
        ),
        "Measure of success": (
            "75% of 16+ care leavers are in suitable accommodation with stretch target of 80% 80% "
            "of care leavers aged 19 – 21 are in suitable accommodation with stretch target of 85% "
            "95% of young offenders are suitable accommodation"
        ),
        "Owner": "AD QIPP Head of Service CLA/CL/CWD",
        "Target date": "December 2020",
        "Indicator IDs": "PI53;BP2",
    },
    {
        "Ref": "1.14",
        "Aim": "Child and family centred: Do the Basics Well",
        "Priority": "Quality partnership working to improve outcomes for all children",
        "How": (
            "Strengthen the Trust's approach to achieve strong triangulation of information "
            "relating to CSE, missing, exploitation and trafficked and effective use to keep "
            "individuals safe and plan both strategic and operational actions. Ofsted "
            "recommendation"
        ),
        "Measure of success": (
            "Increased understanding of where exploitation activity takes place, and we can "
            "evidence disruption actions by partners is reducing exploitation. Partners have clear "
            "plans of action in place to protect children and reduce the risk of harm or further "
            "harm and act upon these plans"
        ),
        "Owner": "Director of Operations Head of Service Front Door Head of Service SQA",
        "Target date": "March 2021",
        "Indicator IDs": None,
    },
    {
        "Ref": "1.15",
        "Aim": "Child and family centred: Do the Basics Well",
        "Priority": "Quality partnership working to improve outcomes for all children",
        "How": (
            "Tender the semi independent market to increased provision of suitable accommodation "
            "for care leavers Ofsted recommendation"
        ),
        "Measure of success": (
            "No more than 25% of Slough CLA are placed over 20 miles away but those that are have "
            "a clear rationale for meeting their needs in doing so 75% of 16+ care leavers are in "
            "suitable accommodation with stretch target of 80% 80% of care leavers aged 19 – 21 "
            "are in suitable accommodation with stretch target of 85%"
        ),
        "Owner": "Commissioning Lead",
        "Target date": "December 2020",
        "Indicator IDs": "TB11;PI53;BP2",
    },
    {
        "Ref": "1.16",
        "Aim": "Child and family centred: Do the Basics Well",
        "Priority": "Quality partnership working to improve outcomes for all children",
        "How": (
            "Every child and young person looked after is supported to have good health and "
            "well-being by focusing on timely IHA's, health assessments, dental checks and "
            "immunisations Ofsted recommendation"
        ),
        "Measure of success": (
            "85% of CLA receive a health assessment within 20 days of becoming looked after by "
            "December 2019 with a stretch target of 100% by March 2021 90% of CLA have up to date "
            "health and dental checks"
        ),
        "Owner": "Director of Operations Head of Service CLA/CL/CWD",
        "Target date": "March 2021",
        "Indicator IDs": "PI40;BP4",
    },
    {
        "Ref": "1.17",
        "Aim": "Child and family centred: Do the Basics Well",
        "Priority": "Improved and evidenced outcomes",
        "How": (
            "Strong and more consistent layered management oversight is achieved through "
            "increasing the number of frontline managers and a focus on how management oversight "
            "safeguards and promotes needs of families"
        ),
        "Measure of success": (
            "Management oversight is present on 50% of cases in the last month (an increase from "
            "32.9% 25/05/2020 ECR) Management oversight records key decisions and actions and "
            "there is evidence of this being followed up on case files (Measured through the "
            "quarterly audit report)"
        ),
        "Owner": "Director of Operations/AD QIPP Heads of Service",
        "Target date": "October 2020",
        "Indicator IDs": "BP5",
    },
    {
        "Ref": "1.18",
        "Aim": "Child and family centred: Do the Basics Well",
        "Priority": "Improved and evidenced outcomes",
        "How": (
            "Staff are supported to know what good looks like to improve outcomes for children and "
            "families"
        ),
        "Measure of success": (
            "85% of quarterly case files audit are rated as requires improvement or above with a "
            "stretch target of 90%"
        ),
        "Owner": "Director of Operations/AD QIPP Heads of Service",
        "Target date": "March 2021",
        "Indicator IDs": "TB20",
    },
    {
        "Ref": "1.19",
        "Aim": "Child and family centred: Do the Basics Well",
        "Priority": "Improved and evidenced outcomes",
        "How": (
            "The Outcomes Framework is refreshed, incorporated into templates on ICS and used by "
            "all staff in their case file recording"
        ),
        "Measure of success": (
            "Work with children is more focused on the outcomes they achieved and the distance "
            "travelled in the work with families can be seen clearly on case files, translating "
            "into 85% of quarterly case files audit are rated as requires improvement or above"
        ),
        "Owner": "AD QIPP Head of Service SQA",
        "Target date": "August 2020",
        "Indicator IDs": "TB20",
    },
    {
        "Ref": "1.20",
        "Aim": "Child and family centred: Do the Basics Well",
        "Priority": "Improved and evidenced outcomes",
        "How": (
            "Development and evaluation of live data platforms from ICS & PSI so managers access "
            "accurate up to date data on a daily basis and can show how it is being used to "
            "prioritise tasks and inform practice"
        ),
        "Measure of success": "Sustained improvements on the contractual KPIs",
        "Owner": "Director of Operations AD QIPP Lead Performance Analyst",
        "Target date": "March 2021",
        "Indicator IDs": None,
    },
    {
        "Ref": "1.21",
        "Aim": "Child and family centred: Do the Basics Well",
        "Priority": "Improved and evidenced outcomes",
        "How": "All children open to the Trust are supported to access suitable education",
        "Measure of success": (
            "100% of CLA have a PEPs The Virtual School continues to work with and increases its "
            "work with children subject to a child protection plan or child in need to access "
            "suitable education."
        ),
        "Owner": "Director of Operations Virtual School Headteacher",
        "Target date": "March 2021",
        "Indicator IDs": "TB13",
    },
    {
        "Ref": "1.22",
        "Aim": "Child and family centred: Do the Basics Well",
        "Priority": "Improved and evidenced outcomes",
        "How": (
            "Continued investment in systemic and restorative practice training to reduce the "
            "length of time families are on plans and open to the Trust"
        ),
        "Measure of success": "Reduction in CIN and CP cases case open more than 18+ months to 30%",
        "Owner": "Director of Operations Head of HR and OD",
        "Target date": "March 2021",
        "Indicator IDs": "BP6",
    },
    {
        "Ref": "1.23",
        "Aim": "Child and family centred: Do the Basics Well",
        "Priority": "Improved and evidenced outcomes",
        "How": "Permanency planning effectively drives permanence for children at an early stage.",
        "Measure of success": (
            "Maintain and work to increase the figure of children and young people who ceased to "
            "be in care from 2019/2020 figures by having clear and swift plans to move to "
            "permanent arrangements. For children in care to establish early and appropriate "
            "permanence with 'matching'"
        ),
        "Owner": "Director of Operations Heads of Service",
        "Target date": "October 2020",
        "Indicator IDs": None,
    },
    {
        "Ref": "1.24",
        "Aim": "Child and family centred: Do the Basics Well",
        "Priority": "Improved and evidenced outcomes",
        "How": (
            "Deliver the Trust responsibilities for the Joint Parenting Panel strategic plan to "
            "improve outcomes for children and young people and enable CLA services to be "
            "consistently good"
        ),
        "Measure of success": "Sustained improvements on contractual KPIs related to CLA",
        "Owner": "Director of Operations Head of Service CLA/CL/CWD",
        "Target date": "March 2021",
        "Indicator IDs": None,
    },
    {
        "Ref": "2.1",
        "Aim": "Stable and effective workforce",
        "Priority": "Attract recruit and retain quality staff",
        "How": (
            "Implement the new structure detailed in the Transformation Programme to increase "
            "management capacity, build resilience in all services and provide opportunities for "
            "succession and professional success."
        ),
        "Measure of success": (
            "Average caseload of frontline social workers is 18 cases 95% of cases receive monthly "
            "supervision with every staff member to have a minimum 9 personal supervisions within "
            "any rolling 12 month period"
        ),
        "Owner": "Head of HR/OD Transformation Programme Manager",
        "Target date": "September 2020",
        "Indicator IDs": "TB21;TB19;BP3",
    },
    {
        "Ref": "2.2",
        "Aim": "Stable and effective workforce",
        "Priority": "Attract, recruit and retain quality staff",
        "How": (
            "Align and implement the workforce development strategy so we can develop, coordinate "
            "and publicise policies, processes and professional development pathways to aid "
            "recruitment and retention"
        ),
        "Measure of success": (
            "Improve the reputation of Slough as a place to work as reflected by feedback from "
            "Slough's recruitment partner and other agencies and 75% of staff are permanent by "
            "March 2021 Turnover of 20% of permanent staff in a rolling 12 month period"
        ),
        "Owner": "Head of HR/OD",
        "Target date": "September 2020",
        "Indicator IDs": "CK29;TB22",
    },
    {
        "Ref": "2.3",
        "Aim": "Stable and effective workforce",
        "Priority": "Attract recruit and retain quality staff recruit and retain",
        "How": (
            "Enable staff to further understand and live the values of the Trust through training "
            "and the champions so as to develop the culture of the workforce"
        ),
        "Measure of success": (
            "Maintain 3 / 5 staff would recommend the Trust as a place to work in the Trust annual "
            "survey YTD short term staff absenteeism levels (excl long term sick) remains under 3%."
        ),
        "Owner": "Head of HR/OD",
        "Target date": "March 2021",
        "Indicator IDs": "CK31;TB26",
    },
    {
        "Ref": "2.4",
        "Aim": "Stable and effective workforce",
        "Priority": "Attract recruit and retain quality staff",
        "How": (
            "Benchmark benefit packages and flexible working arrangements to attract high "
            "performing agency staff to go perm and prepare the Trust for IR35 in April 2021"
        ),
        "Measure of success": "75% of frontline case holding staff are permanent by March 2021",
        "Owner": "Head of HR/OD",
        "Target date": "March 2021",
        "Indicator IDs": "CK29",
    },
    {
        "Ref": "2.5",
        "Aim": "Stable and effective workforce",
        "Priority": "Attract recruit and retain quality staff",
        "How": (
            "Relationship with master vendor to provide both permanent and agency social workers "
            "to help the Trust meet its required goals of 75% permanent staff and children "
            "experience less frequent changes of social worker"
        ),
        "Measure of success": (
            "75% (80% stretch target) of frontline case holding staff are permanent by March 2021"
        ),
        "Owner": "Commissioning Lead/ Head of HR/OD",
        "Target date": "March 2021",
        "Indicator IDs": "CK29",
    },
    {
        "Ref": "2.6",
        "Aim": "Stable and effective workforce",
        "Priority": "Skilled and valued workforce",
        "How": (
            "Create a learning culture for staff to develop a wide range of skills staff through a "
            "variety of professional development opportunities"
        ),
        "Measure of success": (
            "Whole Trust learning and reflection is based upon bottom up and co production "
            "initiatives Every staff member to have a minimum 9 personal supervisions within any "
            "rolling 12 month period Every permanent member of staff to have a current appraisal"
        ),
        "Owner": "Head of HR/OD Heads of Service",
        "Target date": "March 2021",
        "Indicator IDs": "BP3",
    },
    {
        "Ref": "2.7",
        "Aim": "Stable and effective workforce",
        "Priority": "Skilled and valued workforce",
        "How": (
            "Develop Slough's social work academy which will develop the skills of staff in Slough "
            "and grow our own frontline social care staff to improve retention"
        ),
        "Measure of success": (
            "Maintain the retention rate of 90% or more of ASYE's after completion of the ASYE "
            "programme since October 2018."
        ),
        "Owner": "Head of HR/OD Practice Development Lead",
        "Target date": "March 2021",
        "Indicator IDs": "BP7",
    },
    {
        "Ref": "2.8",
        "Aim": "Stable and effective workforce",
        "Priority": "Skilled and valued workforce",
        "How": (
            "Promote to staff 'Your Voice Matters' so Trust staff can have meaningful engagement "
            "with managers in a way that facilitates two-way communication and feedback"
        ),
        "Measure of success": (
            "Maintain 3/5 staff surveyed stating they are satisfied working at the Trust. "
            "Increased use by staff of internal communication channels to raise issues or concerns"
        ),
        "Owner": "Head of HR/OD",
        "Target date": "September 2020",
        "Indicator IDs": "TB26",
    },
    {
        "Ref": "2.9",
        "Aim": "Stable and effective workforce",
        "Priority": "Skilled and valued workforce",
        "How": (
            "Expand the thank you scheme and invest in star awards to provide more recognition of "
            "staff and make staff feel more valued."
        ),
        "Measure of success": (
            "1 star identified each month who is publicly acknowledged by the Trust"
        ),
        "Owner": "Communications Officer",
        "Target date": "December 2020",
        "Indicator IDs": None,
    },
    {
        "Ref": "3.1",
        "Aim": "Effective leadership",
        "Priority": "Positive learning culture/ professionally fulfilling employment",
        "How": "The Trust's training plan is linked to performance and quality assurance outcomes",
        "Measure of success": (
            "Whole Trust learning and reflection is based upon bottom up and co production "
            "initiatives"
        ),
        "Owner": "Head of HR/OD AD QIPP Practice Development Lead",
        "Target date": "March 2021",
        "Indicator IDs": None,
    },
    {
        "Ref": "3.2",
        "Aim": "Effective leadership",
        "Priority": "Personal responsibility and accountability",
        "How": (
            "Staff are provided with clear guidance on personal accountability through service "
            "planning and objective setting to instill professional pride, curiosity and "
            "positively impact on outcomes for children"
        ),
        "Measure of success": (
            "100% of permanent staff have an appraisal Every service has a plan which is monitored "
            "through Performance and Accountability Meeting resulting in improved performance of "
            "KPIs"
        ),
        "Owner": "Director of Operations/AD QIPP Heads of Service",
        "Target date": "March 2021",
        "Indicator IDs": None,
    },
    {
        "Ref": "3.3",
        "Aim": "Effective leadership",
        "Priority": "Effective communication",
        "How": (
            "The communication strategy is implemented to effectively communicate with staff about "
            "key messages, changes and what it means for them as well as the opportunities "
            "available for them so they act accordingly"
        ),
        "Measure of success": (
            "Staff state they feel more informed in pulse and trust health check surveys about "
            "activities within the Trust and can see the difference their feedback has made"
        ),
        "Owner": "Head of HR/OD Communications Officer",
        "Target date": "December 2020",
        "Indicator IDs": None,
    },
    {
        "Ref": "3.4",
        "Aim": "Effective leadership",
        "Priority": "Effective communication",
        "How": (
            "Develop and embed clear lines of sight between senior management and frontline "
            "practice through a programme of ongoing engagement."
        ),
        "Measure of success": (
            "There is an increase in the levels of frontline social work staff engaging in areas "
            "which directly affect them Feedback from staff results in tangible actions where "
            "appropriate and staff are aware what changes have been made"
        ),
        "Owner": "Head of HR/OD Communications Officer",
        "Target date": "March 2021",
        "Indicator IDs": None,
    },
    {
        "Ref": "3.5",
        "Aim": "Effective leadership",
        "Priority": "Effective communication",
        "How": (
            "The communication strategy is implemented to effectively communicate with partners "
            "and key stakeholders key messages, changes and what it means for them so they act "
            "accordingly"
        ),
        "Measure of success": (
            "Partners report they are aware and understanding of activities ongoing within the "
            "Trust Partner's feedback is positive and constructive where improvements are "
            "required. Partners are involved in activities such as Practice Learning Week"
        ),
        "Owner": "Head of HR/OD Communications Officer",
        "Target date": "March 2021",
        "Indicator IDs": None,
    },
    {
        "Ref": "3.6",
        "Aim": "Effective leadership",
        "Priority": "Skilled, confident and capable staff/ leaders",
        "How": (
            "Develop leadership capacity across the Trust through a wide range of professional "
            "development opportunities thus grow current and future managers who see themselves as "
            "part of the Trust's leadership team"
        ),
        "Measure of success": (
            "Staff and leaders at all levels will have a clear understanding of their roles and "
            "responsibilities to ensure both compliance and quality of all work. The ways in which "
            "we will know this will be: The Staff College programme is implemented and attended by "
            "100% of frontline managers Every frontline manager has a personal development plan "
            "focused on addressing areas for development Every staff member to have a minimum 9 "
            "personal supervisions within any rolling 12 month period Every permanent member of "
            "staff to have a current appraisal linked to their service objectives"
        ),
        "Owner": "Head of HR/OD Heads of Service",
        "Target date": "March 2021",
        "Indicator IDs": "BP3",
    },
    {
        "Ref": "3.7",
        "Aim": "Effective leadership",
        "Priority": "Skilled, confident and capable staff/ leaders",
        "How": (
            "The IFA is supported to deliver its service plan so it is no longer inadequate and is "
            "on a strong trajectory to good."
        ),
        "Measure of success": (
            "IFA receives a Requires Improvement to Be Good judgement at its next full inspection "
            "expected in 2020"
        ),
        "Owner": "Service Manager, IFA",
        "Target date": "September 2020",
        "Indicator IDs": None,
    },
    {
        "Ref": "4.1",
        "Aim": "Effective contractual partnerships",
        "Priority": "Working effectively to service improvement and better outcomes for children",
        "How": (
            "Partners understand their objectives and obligations related to the Trust's Business "
            "plan to enable better outcomes for children and families"
        ),
        "Measure of success": (
            "Sustained improvements on contractual KPIs Positive working with and between partners "
            "strategically which enables sustainable change and operationally which impact on the "
            "lived experiences of children and young people"
        ),
        "Owner": "Chief Executive ELT Heads of Service",
        "Target date": "March 2021",
        "Indicator IDs": None,
    },
    {
        "Ref": "4.2",
        "Aim": "Effective contractual partnerships",
        "Priority": "Working effectively to service improvement and better outcomes for children",
        "How": "Technology and joined up systems supports agility and frontline practice",
        "Measure of success": (
            "Frontline staff have the tools to do their job in terms of laptops and mobile phones "
            "CHARMS is operational for the IFA"
        ),
        "Owner": "AD QIPP Information Governance Officer IFA Service Manager",
        "Target date": "September 2020",
        "Indicator IDs": None,
    },
    {
        "Ref": "4.3",
        "Aim": "Effective contractual partnerships",
        "Priority": "Working effectively to service improvement and better outcomes for children",
        "How": "Develop a SLA with JLT on court proceedings to ensure timely court proceedings",
        "Measure of success": (
            "Slough remains consistently the highest performing organisation in the SE for court "
            "timeliness and continues to work towards the 26 week guideline."
        ),
        "Owner": "Director of Operations Head of Service CIN/CP/Court",
        "Target date": "January 2021",
        "Indicator IDs": "OF14",
    },
    {
        "Ref": "4.4",
        "Aim": "Effective contractual partnerships",
        "Priority": "Working effectively to service improvement and better outcomes for children",
        "How": (
            "Raise awareness of private fostering across the partnership to increase the number of "
            "children privately fostered known to Slough Ofsted recommendation"
        ),
        "Measure of success": (
            "Maintain the number of private fostering cases to be at least 5 with a stretch target "
            "to increase further. Of those children identified they have effective safeguarding "
            "assessments undertaken with appropriate intervention and support that meets their "
            "needs and well-being"
        ),
        "Owner": "Director of Operations Head of Service CIN/CP/Court",
        "Target date": "March 2021",
        "Indicator IDs": "BP8",
    },
    {
        "Ref": "4.5",
        "Aim": "Effective contractual partnerships",
        "Priority": "Working effectively to service improvement and better outcomes for children",
        "How": (
            "Develop the Trust's Front Door to operate at its full capability and ensure that it "
            "is fully compliant with all legal requirements and all staff are clear on processes "
            "to be followed"
        ),
        "Measure of success": (
            "95% of referrals have a decision made in 1 working day 90% of assessments are "
            "completed within 45 working days."
        ),
        "Owner": "Director of Operations Head of Service Front Door",
        "Target date": "October 2020",
        "Indicator IDs": "TB01;TB03",
    },
    {
        "Ref": "4.6",
        "Aim": "Effective contractual partnerships",
        "Priority": "Working effectively to service improvement and better outcomes for children",
        "How": (
            "The VAA transfers to the RAA to enable wider adoption opportunities for Slough "
            "children seeking permanence as a result of being part of a Regional Adoption Agency"
        ),
        "Measure of success": (
            "Maintain the VAA's continued performance at being under the DfE threshold of 426 days "
            "for children entering care and being placed with a family for adoption Match or "
            "better the 16 children adopted from January 2019 to March 2020"
        ),
        "Owner": "Adoption Team Manager",
        "Target date": "September 2020",
        "Indicator IDs": "PI54",
    },
    {
        "Ref": "4.7",
        "Aim": "Effective contractual partnerships",
        "Priority": "Contributing on an evidence base",
        "How": (
            "The Trust drives its own vision based on an accurate self-assessment of practice, "
            "understands its strengths and areas for improvement and adjusts its foci accordingly"
        ),
        "Measure of success": (
            "Sustained improvements on contractual and KPIs in the Trust Performance Report Ofsted "
            "continue to rate the Trust's SEF as an honest reflection of its current position"
        ),
        "Owner": "Chief Executive ELT Heads of Service",
        "Target date": "March 2021",
        "Indicator IDs": None,
    },
    {
        "Ref": "5.1",
        "Aim": "Being sustainable",
        "Priority": "Organisational governance",
        "How": (
            "Develop, implement, communicate and report on the business plan as the strategic "
            "direction for the Trust"
        ),
        "Measure of success": (
            "Board sign off and agree business plan. Sustained improvements on key performance and "
            "quality measures with the Board clearly sighted on issues to take necessary decisions"
        ),
        "Owner": "Director of Finance and Resources",
        "Target date": "July 2020",
        "Indicator IDs": None,
    },
    {
        "Ref": "5.2",
        "Aim": "Being sustainable",
        "Priority": "Organisational governance",
        "How": (
            "Refresh service plans and track as part of the monthly Performance and Monitoring "
            "(PAM) cycle) to build ownership of tasks and deliverables"
        ),
        "Measure of success": (
            "Managers are accountable for the performance of their services resulting in sustained "
            "improvements on key performance and quality measures"
        ),
        "Owner": "Service Directors Heads of Service",
        "Target date": "August 2020",
        "Indicator IDs": None,
    },
    {
        "Ref": "5.3",
        "Aim": "Being sustainable",
        "Priority": "Organisational governance",
        "How": (
            "A focus on project management through the delivery of training to identified staff, "
            "and the recruitment to the Improvement and Governance programme manager post to "
            "ensure the Trust has robust procedures in place so it meet its contractual and "
            "reporting obligations"
        ),
        "Measure of success": (
            "Projects are delivered on time, to budget and enable required impact with clear "
            "linkage between performance reporting, progress of plans and risk management The "
            "Trust meets it contractual and reporting requirements internally and externally with "
            "accurate reporting on progress and actions to be undertaken where impact is yet to be "
            "achieved"
        ),
        "Owner": "Director of Finance and Resources",
        "Target date": "June 2020",
        "Indicator IDs": None,
    },
    {
        "Ref": "5.4",
        "Aim": "Being sustainable",
        "Priority": "Organisational governance",
        "How": (
            "Every Board, panel and meeting to have an up to date terms of reference which "
            "reflects it role, aims and the outcomes to be achieved"
        ),
        "Measure of success": (
            "Meetings or panels are re-constituted to meet requirements with clarity on roles and "
            "responsibilities so everyone including partners see the value in attending the "
            "meeting or panel and contribute towards required outcomes"
        ),
        "Owner": "Heads of Service Governance and Improvement Programme Manager",
        "Target date": "September 2020",
        "Indicator IDs": None,
    },
    {
        "Ref": "5.5",
        "Aim": "Being sustainable",
        "Priority": "Effective use of resources to meet children's needs",
        "How": "A focus on budget management training to ensure everyone is appropriately trained.",
        "Measure of success": (
            "Managers are accountable for budgets and taking appropriate decisions resulting in "
            "the Trust remaining within a balanced budget for 2020/2021 and 2021/2022"
        ),
        "Owner": "Director of Finance and Resources Finance Business Partner",
        "Target date": "Jul-20",
        "Indicator IDs": "TB25",
    },
    {
        "Ref": "5.6",
        "Aim": "Being sustainable",
        "Priority": "Effective use of resources to meet children's needs",
        "How": (
            "Ensure managers understand how and where they are responsible for savings and "
            "actively monitor efficiencies through the savings tracker for 2020"
        ),
        "Measure of success": (
            "The Trust remains within a balanced budget for 2020/2021 and 2021/2022"
        ),
        "Owner": "Director of Finance and Resources",
        "Target date": "May-20",
        "Indicator IDs": "TB25",
    },
    {
        "Ref": "5.7",
        "Aim": "Being sustainable",
        "Priority": "Effective use of resources to meet children's needs",
        "How": (
            "Assessment of non essential services to identify if they are sustainable with or need "
            "disbanding and the identification of possible new income streams to support a "
            "balanced budget"
        ),
        "Measure of success": (
            "Non statutory services are disbanded where required New income streams ensure a "
            "sustainable and balanced budget for non –essential services"
        ),
        "Owner": "Director of Finance and Resources Commissioning Lead",
        "Target date": "September 2020",
        "Indicator IDs": None,
    },
    {
        "Ref": "5.8",
        "Aim": "Being sustainable",
        "Priority": "Effective use of resources to meet children's needs",
        "How": (
            "Increase the value for money from local placements, emergency residential offerings "
            "and expand the use of existing community links and networks to build strategic "
            "partners which support children and young people to remain in their first placement"
        ),
        "Measure of success": (
            "Stronger procedures in place to improve governance and best practice to avoid "
            "placement breakdowns. 12% or less of CLA have 3 or more placements"
        ),
        "Owner": "Commissioning Lead",
        "Target date": "March 2021",
        "Indicator IDs": "TB08",
    },
    {
        "Ref": "5.9",
        "Aim": "Being sustainable",
        "Priority": "Effective use of resources to meet children's needs",
        "How": (
            "Robust contract management measures are in place which support the reduction of "
            "placement breakdowns and the commissioning team support social workers to get "
            "placements right first time especially for older children Ofsted recommendation"
        ),
        "Measure of success": (
            "75% of CLA are in the same placement for 2 years or more 12% of CLA have 3 or more "
            "placements"
        ),
        "Owner": "Commissioning Lead",
        "Target date": "Dec-20",
        "Indicator IDs": "TB16;TB08",
    },
    {
        "Ref": "5.10",
        "Aim": "Being sustainable",
        "Priority": "Effective use of resources to meet children's needs",
        "How": (
            "Deliver the IFA recruitment strategy to increase in number of approved Trust foster "
            "households and reduce the number of CLA placed over 20 miles away"
        ),
        "Measure of success": (
            "45% of children and young people are placed with in house foster placements 12 new "
            "approved Trust foster families each year. No more than 25% of Slough CLA are placed "
            "over 20 miles away, but those that are have a clear rationale for meeting their needs "
            "in doing so"
        ),
        "Owner": "IFA Service Manager",
        "Target date": "March 2021",
        "Indicator IDs": "TB24;TB11",
    },
]
