"""The speed and memory bars of DESIGN §9, measured in one run.

    python benchmarks/bench.py [--workdir DIR] [--repeat N] [--profile]

Writes (once; cached in the work directory) a register of 150 indicators that each of 37
teams returns, a returns workbook of 37 x 150 x 36 months = 199,800 rows in one sheet, and a
typical month of 5,550 rows. Then times, each in a fresh Python process so imports and memory
count: python-calamine merely reading the cells, openpyxl read-only reading them, `xlkpi
process` on the big workbook and on the typical month, and `xlkpi --help`. Peak memory is the
child's own maximum resident set size (os.wait4). `--profile` also runs the big `process` under
cProfile, in this process, and prints the 25 most expensive calls by cumulative time.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import xlsxwriter

TEAMS = [f"{name} {i}" if n > 1 else name for name, n in [
    ("Assessment", 4), ("Child in Need", 5), ("Child Protection", 5), ("Children in Care", 5),
    ("Care Leavers", 3), ("Early Help", 4), ("Disabled Children", 2), ("Fostering", 2),
    ("Adoption", 1), ("Youth Justice", 2), ("Edge of Care", 1), ("MASH", 1),
    ("Family Support", 2)] for i in range(1, n + 1)]
MEASURES = ["percentage"] * 90 + ["count"] * 35 + ["average"] * 10 + ["rate"] * 8 + \
    ["cost"] * 7  # 150 indicators, mostly percentages and counts
FIRST_YEAR, MONTHS = 2018, 36  # April 2018 to March 2021
VERSION = 1  # bump when the generated workbooks change, so cached copies are rebuilt
SHEET = "Returns"
HELP_RUNS = 10


# --- the workbooks -------------------------------------------------------------------------------
def write_register(path: Path) -> None:
    from xlkpi.core.register import SHEETS

    rng = np.random.default_rng(7)
    rows = []
    for i, measure in enumerate(MEASURES, start=1):
        lower = measure in ("cost", "average") or i % 5 == 0
        target = {"percentage": round(float(rng.uniform(60, 95))), "count": "",
                  "average": 18, "rate": "", "cost": ""}[measure]
        rows.append({
            "ID": f"K{i:03d}", "Indicator": f"Indicator {i}: {measure} of the service",
            "Measure": measure, "Target": target if i % 7 else "tbc",
            "Tolerance": 5 if target != "" else "", "Direction": "lower" if lower else "higher",
            "Frequency": "monthly", "Window": ["month", "month", "ytd", "rolling12"][i % 4]
            if measure == "percentage" else "month", "Team": "; ".join(TEAMS),
            "Numerator": "Children counted", "Denominator": "" if measure in (
                "count", "rate") else "Children eligible", "Section": f"Section {i % 6 + 1}"})
    forums = [{"Forum": "Board", "Title": "Board KPIs", "Layout": "board",
               "Frequency": "monthly"},
              {"Forum": "All KPIs", "Title": "Every indicator", "Layout": "list",
               "Frequency": "monthly"}]
    membership = [{"Forum": "Board", "Ref": str(i), "Section": "", "Indicator ID": f"K{i:03d}"}
                  for i in range(1, 31)]
    membership += [{"Forum": "All KPIs", "Ref": str(i), "Section": r["Section"],
                    "Indicator ID": r["ID"]} for i, r in enumerate(rows, start=1)]
    context = [{"Name": "Under-18 population", "Year": y, "Value": 43112 + 300 * (y - 2018)}
               for y in range(2018, 2022)]
    context.append({"Name": "Financial year start month", "Year": "", "Value": 4})
    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
    for name, records in [("Indicators", rows), ("Forums", forums),
                          ("Membership", membership), ("Context", context)]:
        ws = wb.add_worksheet(name)
        headers = [c.header for c in SHEETS[name]]
        ws.write_row(0, 0, headers)
        for r, record in enumerate(records, start=1):
            for c, h in enumerate(headers):
                v = record.get(h, "")
                if isinstance(v, str):
                    if v:
                        ws.write_string(r, c, v)
                else:
                    ws.write_number(r, c, v)
    wb.close()


def figures(months: range) -> tuple[np.ndarray, np.ndarray]:
    """Numerators and denominators, shape (months, teams, indicators): each team's series
    drifts and wobbles from month to month; percentages keep numerator <= denominator."""
    rng = np.random.default_rng(2021)
    shape = (MONTHS, len(TEAMS), len(MEASURES))
    size = rng.uniform(10, 80, shape[1:])
    level = rng.uniform(0.4, 0.95, shape[1:])
    wobble = np.cumsum(rng.normal(0, 0.02, shape), axis=0)
    den = np.rint(size * (1 + 0.1 * np.sin(np.arange(MONTHS) / 4))[:, None, None])
    share = np.clip(level + wobble, 0, 1)
    measure = np.array(MEASURES)
    num = np.where(measure == "percentage", np.rint(den * share), 0)
    num = np.where(measure == "count", np.rint(size * 3 * (1 + wobble)), num)
    num = np.where(measure == "rate", np.rint(size / 4 * (1 + wobble)), num)
    num = np.where(measure == "average", np.rint(den * 18 * (1 + wobble)), num)
    num = np.where(measure == "cost", np.rint(den * 4_500 * 13 * (1 + wobble)), num)
    den = np.where(np.isin(measure, ["count", "rate"]), np.nan, den)
    keep = list(months)
    return np.maximum(num, 0)[keep], den[keep]


def write_returns(path: Path, months: range) -> int:
    """One sheet, header row then one row per team, indicator and month (shared strings)."""
    num, den = figures(months)
    ids = [f"K{i:03d}" for i in range(1, len(MEASURES) + 1)]
    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
    ws = wb.add_worksheet(SHEET)
    ws.write_row(0, 0, ["Team", "Indicator ID", "Period", "Numerator", "Denominator", "Value",
                        "Comment"])
    r = 0
    for k, m in enumerate(months):
        period = f"{FIRST_YEAR + (m + 3) // 12}-{(m + 3) % 12 + 1:02d}"
        for t, team in enumerate(TEAMS):
            nums, dens = num[k, t].tolist(), den[k, t].tolist()
            for i, iid in enumerate(ids):
                r += 1
                ws.write_string(r, 0, team)
                ws.write_string(r, 1, iid)
                ws.write_string(r, 2, period)
                ws.write_number(r, 3, nums[i])
                if dens[i] == dens[i]:
                    ws.write_number(r, 4, dens[i])
                if (r * 7919) % 500 == 0:
                    ws.write_string(r, 6, "Two cases transferred in from another authority.")
    wb.close()
    return r


def prepare(workdir: Path) -> dict[str, Path]:
    files = {"register": workdir / f"register-v{VERSION}.xlsx",
             "big": workdir / f"returns-199800-v{VERSION}.xlsx",
             "month": workdir / f"returns-5550-v{VERSION}.xlsx"}
    workdir.mkdir(parents=True, exist_ok=True)
    for key, path in files.items():
        if path.exists():
            continue
        start = time.perf_counter()
        tmp = path.with_suffix(".tmp.xlsx")
        if key == "register":
            write_register(tmp)
        else:
            rows = write_returns(tmp, range(MONTHS) if key == "big" else range(MONTHS - 1,
                                                                                  MONTHS))
            print(f"wrote {rows:,} rows", end=" ")
        tmp.replace(path)
        print(f"{path} ({time.perf_counter() - start:.1f} s)")
    return files


# --- measuring -----------------------------------------------------------------------------------
def measure(args: list[str]) -> tuple[float, float, int]:
    """Run `args` in a fresh process: wall seconds, peak resident MB, exit code."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)  # this child's own rusage
        seconds = time.perf_counter() - start
        child.returncode = code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):  # 1: validation errors, the report is still written
            err.seek(0)
            raise SystemExit(f"{' '.join(args[:5])} ... failed ({code}): "
                             f"{err.read().decode(errors='replace')[-800:]}")
    return seconds, usage.ru_maxrss / 1024, code


def median_of(args: list[str], runs: int) -> tuple[float, float, int]:
    """`measure` repeated: the median time, the largest peak memory."""
    results = [measure(args) for _ in range(runs)]
    return (statistics.median(r[0] for r in results), max(r[1] for r in results),
            results[0][2])


def run_all(files: dict[str, Path], out: Path,
            repeat: int) -> dict[str, tuple[float, float, int]]:
    py, big = sys.executable, str(files["big"])
    calamine = ("from python_calamine import CalamineWorkbook as W; import sys; "
                "W.from_path(sys.argv[1]).get_sheet_by_name(sys.argv[2]).to_python()")
    openpyxl = ("import openpyxl, sys; ws = openpyxl.load_workbook(sys.argv[1], read_only=True)"
                "[sys.argv[2]]\nfor row in ws.iter_rows(values_only=True): pass")
    xlkpi = [py, "-m", "xlkpi"]
    reg = ["--register", str(files["register"])]
    runs = {"calamine read": [py, "-c", calamine, big, SHEET],
            "openpyxl read": [py, "-c", openpyxl, big, SHEET],
            "process 199,800 rows": [*xlkpi, "process", big, *reg, "-o",
                                     str(out / "report-big.xlsx")],
            "process one month": [*xlkpi, "process", str(files["month"]), *reg, "-o",
                                  str(out / "report-month.xlsx")]}
    results = {name: median_of(args, repeat) for name, args in runs.items()}
    results[f"--help (median of {HELP_RUNS})"] = median_of([*xlkpi, "--help"], HELP_RUNS)
    return results


def report(results: dict[str, tuple[float, float, int]]) -> bool:
    floor = results["calamine read"][0]
    big, month = results["process 199,800 rows"], results["process one month"]
    help_ = next(v for k, v in results.items() if k.startswith("--help"))
    print(f"\n{'measure':<26}{'seconds':>9}{'x calamine':>12}{'peak MB':>9}{'exit':>6}")
    for name, (seconds, mb, code) in results.items():
        print(f"{name:<26}{seconds:>9.2f}{seconds / floor:>12.1f}{mb:>9.0f}{code:>6}")
    bars = [("process <= 2.5 x calamine read", big[0] / floor <= 2.5,
             f"{big[0] / floor:.2f} x"),
            ("peak memory < 1 GiB", big[1] < 1024, f"{big[1]:.0f} MB"),
            ("typical month < 3 s", month[0] < 3, f"{month[0]:.2f} s"),
            ("--help < 0.5 s", help_[0] < 0.5, f"{help_[0]:.2f} s")]
    print(f"\n{'DESIGN §9 bar':<34}{'measured':>12}  result")
    for name, ok, shown in bars:
        print(f"{name:<34}{shown:>12}  {'pass' if ok else 'FAIL'}")
    return all(ok for _, ok, _ in bars)


def profile(files: dict[str, Path], out: Path) -> None:
    from xlkpi import pipeline

    profiler = cProfile.Profile()
    profiler.runcall(pipeline.process, [files["big"]], out / "report-profile.xlsx",
                     files["register"])
    print("\ncProfile of pipeline.process on the 199,800-row workbook (top 25, cumulative):")
    stats = pstats.Stats(profiler).sort_stats("cumulative")
    stats.print_stats(25)
    print("The same, xlkpi's own functions only:")
    stats.print_stats("xlkpi/", 25)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) /
                        "xlkpi-bench", help="where the generated workbooks are kept")
    parser.add_argument("--profile", action="store_true", help="also profile the big run")
    parser.add_argument("--repeat", type=int, default=1, metavar="N",
                        help="run each measure N times and report the median (default 1)")
    args = parser.parse_args()
    files = prepare(args.workdir)
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at the start; "
          f"median of {args.repeat} run{'s' if args.repeat > 1 else ''} per measure")
    with tempfile.TemporaryDirectory() as tmp:
        ok = report(run_all(files, Path(tmp), args.repeat))
        if args.profile:
            profile(files, Path(tmp))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
