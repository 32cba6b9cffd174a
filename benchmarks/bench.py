"""The speed and memory bars of DESIGN §9 (and of issues 14-15), measured in one run.

    python benchmarks/bench.py [--workdir DIR] [--repeat N] [--profile] [--quick]

Writes (once; cached in the work directory) a register of 150 indicators that each of 37
teams returns, a returns workbook of 37 x 150 x 36 months = 199,800 rows in one sheet, a
typical month of 5,550 rows, the same workbook at 50k / 100k / 400k rows, a year and two
years of monthly team files (12 teams x 12 or 24 months of 20 indicators: 144 and 288
workbooks, and each year's rows again in one workbook), and 10,000 rows that all share one
team, indicator and period beside 10,000 distinct rows (for `validate --annotate`).

Each measure runs in a fresh Python process, so imports and memory count. Besides the bare
python-calamine and openpyxl reads, `xlkpi read + imports` is the read as `process` does it:
started before pandas and pandera are imported, awaited after them; the line under it is the
moment the read itself ended, its cells in the main process as compact columns (its bar:
issue 15 asks that it end no later than about the bare read's own time after start; the
main thread then builds the Returns frame from them once its imports are done, some 30 ms,
counted in the line above), and `pipeline imports alone` shows what the imports cost with
no read beside them: the whole measure cannot end before they do. Peak memory is read
inside that process, at exit (VmHWM: the resident high-water mark of that process alone; a
figure taken from outside, os.wait4, would count the benchmark's own memory too, since the
child starts as a copy of it), and of the processes it started (xlkpi reads the returns on a
forked process): both are shown, and the bars use their sum. `--profile` also runs the big
`process` under cProfile, in this process, and prints the 25 most expensive calls.

With `--repeat N` the measures run in N rounds, each measure once a round, and a ratio bar is
the median of the ratios of each round: this machine's speed drifts from minute to minute
(the bare read alone has taken 0.58 to 0.96 s in medians of three taken minutes apart), and
a ratio of runs made minutes apart measures the drift as much as xlkpi.
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
SCALING = {"50k": 9, "100k": 18, "400k": 72}  # months of 37 x 150 rows (200k: the big one)
MONTHLY_TEAMS, MONTHLY_INDICATORS = 12, 20  # the monthly team files
DUPLICATES = 10_000
# Runs `-m module args` or `-c code args` in this process and, at exit, writes the peak
# resident memory of this process and of the children it waited for to $XLKPI_BENCH_PEAK.
PEAK_WRAPPER = """
import atexit, os, resource, runpy, sys
def _peak():
    with open('/proc/self/status') as status:
        hwm = next(int(l.split()[1]) for l in status if l.startswith('VmHWM'))
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    with open(os.environ['XLKPI_BENCH_PEAK'], 'w') as out:
        out.write(f'{hwm} {kids}')
atexit.register(_peak)
kind, target, *rest = sys.argv[1:]
if kind == '-m':
    sys.argv = [target, *rest]
    runpy.run_module(target, run_name='__main__', alter_sys=True)
else:
    sys.argv = ['-c', *rest]
    exec(compile(target, '<bench>', 'exec'), {'__name__': '__main__'})
"""


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
    span = max(MONTHS, max(months) + 1)
    shape = (span, len(TEAMS), len(MEASURES))
    size = rng.uniform(10, 80, shape[1:])
    level = rng.uniform(0.4, 0.95, shape[1:])
    wobble = np.cumsum(rng.normal(0, 0.02, shape), axis=0)
    den = np.rint(size * (1 + 0.1 * np.sin(np.arange(span) / 4))[:, None, None])
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


def period_text(m: int) -> str:
    return f"{FIRST_YEAR + (m + 3) // 12}-{(m + 3) % 12 + 1:02d}"


def write_returns(path: Path, months: range, teams: range | None = None,
                  indicators: int | None = None) -> int:
    """One sheet, header row then one row per team, indicator and month (shared strings)."""
    num, den = figures(months)
    ids = [f"K{i:03d}" for i in range(1, (indicators or len(MEASURES)) + 1)]
    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
    ws = wb.add_worksheet(SHEET)
    ws.write_row(0, 0, ["Team", "Indicator ID", "Period", "Numerator", "Denominator", "Value",
                        "Comment"])
    r = 0
    for k, m in enumerate(months):
        period = period_text(m)
        for t in teams if teams is not None else range(len(TEAMS)):
            team = TEAMS[t]
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


def write_one_key(path: Path, rows: int, distinct: bool) -> int:
    """`rows` rows of one team and indicator: all for one period (duplicates), or each for
    its own team, indicator and period (distinct)."""
    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
    ws = wb.add_worksheet(SHEET)
    ws.write_row(0, 0, ["Team", "Indicator ID", "Period", "Numerator", "Denominator"])
    for r in range(1, rows + 1):
        t, i, m = (r % len(TEAMS), r // len(TEAMS) % len(MEASURES), r // (len(TEAMS) *
                                                                          len(MEASURES))) \
            if distinct else (0, 0, 0)
        ws.write_string(r, 0, TEAMS[t])
        ws.write_string(r, 1, f"K{i + 1:03d}")
        ws.write_string(r, 2, period_text(m % 120))
        ws.write_number(r, 3, r % 40)
        ws.write_number(r, 4, 50)
    wb.close()
    return rows


def monthly_files(workdir: Path, months: int) -> list[Path]:
    """One workbook per team per month (MONTHLY_TEAMS teams, MONTHLY_INDICATORS rows each)."""
    folder = workdir / f"monthly-{months}-v{VERSION}"
    plan = [(folder / f"{TEAMS[t].replace(' ', '-')}-{period_text(m)}.xlsx", t, m)
            for m in range(months) for t in range(MONTHLY_TEAMS)]
    if not all(f.exists() for f, _, _ in plan):
        folder.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        for f, t, m in plan:
            write_returns(f, range(m, m + 1), range(t, t + 1), MONTHLY_INDICATORS)
        print(f"wrote {len(plan)} team files in {folder} ({time.perf_counter() - start:.1f} s)")
    return [f for f, _, _ in plan]


def prepare(workdir: Path, quick: bool = False) -> dict[str, Path]:
    files = {"register": workdir / f"register-v{VERSION}.xlsx",
             "big": workdir / f"returns-199800-v{VERSION}.xlsx",
             "month": workdir / f"returns-5550-v{VERSION}.xlsx",
             "dup": workdir / f"one-key-{DUPLICATES}-v{VERSION}.xlsx",
             "distinct": workdir / f"distinct-{DUPLICATES}-v{VERSION}.xlsx",
             "year-1": workdir / f"monthly-one-book-12-v{VERSION}.xlsx",
             "year-2": workdir / f"monthly-one-book-24-v{VERSION}.xlsx"}
    if not quick:
        files |= {key: workdir / f"returns-{key}-v{VERSION}.xlsx" for key in SCALING}
    workdir.mkdir(parents=True, exist_ok=True)
    teams = range(MONTHLY_TEAMS)
    for key, path in files.items():
        if path.exists():
            continue
        start = time.perf_counter()
        tmp = path.with_suffix(".tmp.xlsx")
        if key == "register":
            write_register(tmp)
        elif key in ("dup", "distinct"):
            rows = write_one_key(tmp, DUPLICATES, distinct=key == "distinct")
        elif key.startswith("year-"):
            rows = write_returns(tmp, range(12 * int(key[-1])), teams, MONTHLY_INDICATORS)
        else:
            months = {"big": range(MONTHS), "month": range(MONTHS - 1, MONTHS)}.get(key) or \
                range(SCALING[key])
            rows = write_returns(tmp, months)
        if key != "register":
            print(f"wrote {rows:,} rows", end=" ")
        tmp.replace(path)
        print(f"{path} ({time.perf_counter() - start:.1f} s)")
    return files


# --- measuring -----------------------------------------------------------------------------------
# Measures run xlkpi as an install does: with its modules' bytecode cached (pip compiles an
# installed package; an editable one caches it on the first run). Where the environment says
# PYTHONDONTWRITEBYTECODE, as this machine's does, every run would compile xlkpi's ~90 modules
# again (~65 ms here), so the measures keep their bytecode apart, under the temp directory.
BYTECODE = Path(tempfile.gettempdir()) / "xlkpi-bench-bytecode"


def child_env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(BYTECODE), **extra}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def warm_bytecode() -> None:
    modules = "python_calamine, openpyxl, xlkpi.pipeline, xlkpi.cli.app, xlkpi.write.annotate"
    subprocess.run([sys.executable, "-c", f"import {modules}"], env=child_env(), check=True)


# seconds, peak MB, peak MB of its children, exit code, and the seconds after its start at
# which it wrote XLKPI_BENCH_MARK (the read's end, for the overlapped read; else nan)
Result = tuple[float, float, float, int, float]


def measure(args: list[str]) -> Result:
    """Run `args` ([python, '-m' | '-c', target, *rest]) in a fresh process: wall seconds,
    its peak resident MB, the largest peak of the processes it started, exit code."""
    with tempfile.TemporaryFile() as err, tempfile.NamedTemporaryFile("r") as peak, \
            tempfile.NamedTemporaryFile("r") as mark:
        wall, start = time.time(), time.perf_counter()
        child = subprocess.Popen([args[0], "-c", PEAK_WRAPPER, *args[1:]],
                                 stdout=subprocess.DEVNULL, stderr=err,
                                 env=child_env(XLKPI_BENCH_PEAK=peak.name,
                                               XLKPI_BENCH_MARK=mark.name))
        code = child.wait()
        seconds = time.perf_counter() - start
        marked = mark.read().strip()
        if code not in (0, 1):  # 1: validation errors, the report is still written
            err.seek(0)
            raise SystemExit(f"{' '.join(args[:5])} ... failed ({code}): "
                             f"{err.read().decode(errors='replace')[-800:]}")
        own, kids = (int(v) / 1024 for v in (peak.read().split() or ["0", "0"]))
    return seconds, own, kids, code, float(marked) - wall if marked else float("nan")


def median_of(args: list[str], runs: int) -> Result:
    """`measure` repeated: the median time (and mark), the largest peak memory."""
    return summary([measure(args) for _ in range(runs)])


def summary(results: list[Result]) -> Result:
    return (statistics.median(r[0] for r in results), max(r[1] for r in results),
            max(r[2] for r in results), results[0][3], statistics.median(r[4] for r in results))


Rounds = dict[str, list[Result]]  # each measure's runs, one per round


def in_rounds(runs: dict[str, list[str]], repeat: int) -> Rounds:
    """Every measure once per round, `repeat` rounds, so that each measure's runs are spread
    over the whole benchmark as the bare read's are: this machine's speed drifts from minute
    to minute, and a ratio is taken round by round, between runs made close together."""
    rounds: Rounds = {name: [] for name in runs}
    for _ in range(repeat):
        for name, args in runs.items():
            rounds[name].append(measure(args))
    return rounds


def run_all(files: dict[str, Path], out: Path, repeat: int,
            workdir: Path) -> tuple[dict[str, Result], Rounds]:
    py, big = sys.executable, str(files["big"])
    calamine = ("from python_calamine import CalamineWorkbook as W; import sys; "
                "W.from_path(sys.argv[1]).get_sheet_by_name(sys.argv[2]).to_python()")
    openpyxl = ("import openpyxl, sys; ws = openpyxl.load_workbook(sys.argv[1], read_only=True)"
                "[sys.argv[2]]\nfor row in ws.iter_rows(values_only=True): pass")
    # what `process` does before validating (cli/entry.py): start the read, import the
    # pipeline, wait; the time at which the read ends is written to XLKPI_BENCH_MARK
    overlapped = ("import gc, os, sys, threading, time; from pathlib import Path; "
                  "sys.modules.setdefault('hypothesis', None); gc.disable(); "
                  "from xlkpi.read import prefetch; ended, noted = [], threading.Event(); "
                  "reading = prefetch.start([Path(sys.argv[1])]); "
                  "reading.add_done_callback(lambda _: (ended.append(time.time()), "
                  "noted.set())); import xlkpi.pipeline; reading.result(); noted.wait(); "
                  "open(os.environ['XLKPI_BENCH_MARK'], 'w').write(repr(ended[0]))")
    imports = "import gc, sys; sys.modules.setdefault('hypothesis', None); gc.disable(); " \
        "import xlkpi.pipeline"
    xlkpi = [py, "-m", "xlkpi"]
    reg = ["--register", str(files["register"])]

    def process(name: str, *paths) -> list[str]:
        return [*xlkpi, "process", *map(str, paths), *reg, "-o", str(out / f"{name}.xlsx")]

    def annotate(path: Path) -> list[str]:
        copy = out / path.name  # annotate beside a copy, so the cache stays clean
        copy.write_bytes(path.read_bytes())
        return [*xlkpi, "validate", str(copy), *reg, "--annotate"]

    runs = {"calamine read": [py, "-c", calamine, big, SHEET],
            "openpyxl read": [py, "-c", openpyxl, big, SHEET],
            "pipeline imports alone": [py, "-c", imports],
            "xlkpi read + imports": [py, "-c", overlapped, big],
            "process 199,800 rows": process("big", big),
            "process one month": process("month", files["month"])}
    for key in SCALING:
        if key in files:
            runs[f"process {key} rows"] = process(key, files[key])
    for years in (1, 2):
        team_files = monthly_files(workdir, 12 * years)
        rows = len(team_files) * MONTHLY_INDICATORS
        runs[f"process {len(team_files)} team files"] = process(f"files-{years}", *team_files)
        runs[f"process {rows:,} rows, 1 book"] = process(f"book-{years}", files[f"year-{years}"])
    runs[f"annotate {DUPLICATES:,} one key"] = annotate(files["dup"])
    runs[f"annotate {DUPLICATES:,} distinct"] = annotate(files["distinct"])
    rounds = in_rounds(runs, repeat)
    results = {name: summary(runs_of) for name, runs_of in rounds.items()}
    results[f"--help (median of {HELP_RUNS})"] = median_of([*xlkpi, "--help"], HELP_RUNS)
    return results, rounds


def ratio(rounds: Rounds, name: str, over: str = "calamine read", field: int = 0) -> float:
    """The median, over the rounds, of measure `name` (its time, or its mark) over measure
    `over` (the bare calamine read) in the same round."""
    return statistics.median(r[field] / base[0] for r, base in
                             zip(rounds[name], rounds[over], strict=True))


def report(results: dict[str, Result], rounds: Rounds) -> bool:
    floor = results["calamine read"][0]
    big, month = results["process 199,800 rows"], results["process one month"]
    help_ = next(v for k, v in results.items() if k.startswith("--help"))
    print(f"\n{'measure':<30}{'seconds':>9}{'x calamine':>12}{'peak MB':>9}{'reader MB':>10}"
          f"{'exit':>6}")
    for name, (seconds, mb, kids, code, mark) in results.items():
        print(f"{name:<30}{seconds:>9.2f}{seconds / floor:>12.1f}{mb:>9.0f}"
              f"{kids if kids else float('nan'):>10.0f}{code:>6}")
        if mark == mark:  # not nan: when the read itself ended, imports still running or not
            print(f"{'  of which the read ended at':<30}{mark:>9.2f}{mark / floor:>12.1f}")
    big_ratio = ratio(rounds, "process 199,800 rows")
    read_ratio = ratio(rounds, "xlkpi read + imports", field=4)
    bars = [("process <= 2.5 x calamine read", big_ratio <= 2.5, f"{big_ratio:.2f} x"),
            ("peak memory < 1 GiB", big[1] + big[2] < 1024, f"{big[1] + big[2]:.0f} MB"),
            ("read ends <= 1.2 x calamine read", read_ratio <= 1.2, f"{read_ratio:.2f} x"),
            ("typical month < 1.5 s", month[0] < 1.5, f"{month[0]:.2f} s"),
            ("--help < 0.3 s", help_[0] < 0.3, f"{help_[0]:.2f} s")]
    for years in (1, 2):
        files = next(k for k in results if k.startswith(f"process {144 * years} "))
        book = next(k for k in results if k.endswith("1 book") and
                    k.startswith(f"process {144 * years * MONTHLY_INDICATORS:,}"))
        share = ratio(rounds, files, over=book)
        bars.append((f"{144 * years} files <= 1.5 x one book", share <= 1.5, f"{share:.2f} x"))
    dup = results[f"annotate {DUPLICATES:,} one key"]
    one_key = ratio(rounds, f"annotate {DUPLICATES:,} one key",
                    over=f"annotate {DUPLICATES:,} distinct")
    bars += [("one-key annotate <= 2 x distinct", one_key <= 2, f"{one_key:.2f} x"),
             ("one-key annotate < 500 MB", dup[1] + dup[2] < 500, f"{dup[1] + dup[2]:.0f} MB")]
    print(f"\n{'bar (DESIGN §9, issue 15)':<36}{'measured':>12}  result")
    for name, ok, shown in bars:
        print(f"{name:<36}{shown:>12}  {'pass' if ok else 'FAIL'}")
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
    parser.add_argument("--quick", action="store_true",
                        help="leave out the 50k/100k/400k scaling line")
    args = parser.parse_args()
    files = prepare(args.workdir, args.quick)
    warm_bytecode()
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at the start; "
          f"{args.repeat} round{'s' if args.repeat > 1 else ''}: medians, and ratios by round")
    with tempfile.TemporaryDirectory() as tmp:
        ok = report(*run_all(files, Path(tmp), args.repeat, args.workdir))
        if args.profile:
            profile(files, Path(tmp))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
