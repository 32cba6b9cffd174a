"""The command line as a user meets it: help, exit codes, one-line failures, outputs."""

from __future__ import annotations

import json
import subprocess
import sys

import openpyxl
import pytest
from builders import returns_workbook, write_register

from xlkpi.cli.app import app

COMMANDS = ["process", "validate", "template", "register"]
GOOD = [["Front Door", "P1", "2020-04", 80, 100], ["Front Door", "P2", "2020-04", 5, 50],
        ["Front Door", "A1", "2020-04", 170, 10], ["Front Door", "C1", "2020-04", 320]]


@pytest.fixture
def returns(tmp_path):
    path = tmp_path / "returns.xlsx"
    returns_workbook(GOOD).save(path)
    return path


@pytest.fixture
def bad_returns(tmp_path):
    path = tmp_path / "bad.xlsx"
    returns_workbook([*GOOD, ["Front Door", "P1", "2020-05", 120, 100, None, "=SUM(A1)"]]) \
        .save(path)
    return path


def test_help_lists_every_command_and_each_has_help(cli):
    result = cli("--help")
    assert result.code == 0
    for name in COMMANDS:
        assert name in result.out
        sub = cli(name, "--help")
        assert sub.code == 0 and "Usage" in sub.out and "--register" in sub.out


def test_version(cli):
    assert cli("--version").out.startswith("xlkpi ")


def test_help_does_not_import_pandas():
    code = "import sys, xlkpi.cli; print(any(m in sys.modules for m in " \
           "('pandas', 'pandera', 'openpyxl', 'xlsxwriter')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "False"


def test_python_dash_m(tmp_path):
    out = subprocess.run([sys.executable, "-m", "xlkpi", "--help"], capture_output=True,
                         text=True)
    assert out.returncode == 0 and "process" in out.stdout


def test_the_command_leaves_with_its_exit_code_and_all_its_output(tmp_path, returns,
                                                                    bad_returns,
                                                                    small_register_path):
    """The installed command (cli/entry.py) skips the interpreter's teardown: what it
    printed must still all arrive, with the command's own exit code."""
    def run(*args):
        return subprocess.run([sys.executable, "-m", "xlkpi", *map(str, args)],
                              capture_output=True, text=True)

    good = run("validate", returns, "--register", small_register_path, "--json")
    assert good.returncode == 0 and json.loads(good.stdout)["errors"] == 0
    bad = run("validate", bad_returns, "--register", small_register_path, "--json")
    assert bad.returncode == 1 and json.loads(bad.stdout)["errors"] > 0
    missing = run("process", tmp_path / "nowhere.xlsx", "-o", tmp_path / "r.xlsx")
    assert missing.returncode == 2 and missing.stderr.startswith("Error: ")
    assert run("--version").stdout.startswith("xlkpi ")
    assert run("no-such-command").returncode == 2


def test_leave_waits_for_threads_that_are_not_daemons():
    code = ("import threading, time; from xlkpi.cli.entry import leave\n"
            "threading.Thread(target=lambda: (time.sleep(0.2), print('thread done'))).start()\n"
            "print('leaving', flush=True); leave(3)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 3 and out.stdout.split() == ["leaving", "thread", "done"]


@pytest.mark.parametrize(("code", "status", "err"), [(None, 0, ""), (4, 4, ""),
                                                     ("gone", 1, "gone\n")])
def test_leave_exits_as_sys_exit_would(code, status, err):
    script = (f"import atexit, sys; from xlkpi.cli.entry import leave\n"
              f"atexit.register(lambda: print('handler ran'))\n"
              f"sys.stdout.write('unflushed'); leave({code!r})")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert (out.returncode, out.stdout, out.stderr) == (status, "unflushedhandler ran\n", err)


def test_the_early_read_knows_every_option_that_takes_a_value():
    """cli/early_read.py tells RETURNS from option values before typer parses: its list of
    the options that take a value is each command's own."""
    import typer.main

    from xlkpi.cli import early_read
    from xlkpi.cli.app import app

    group = typer.main.get_command(app)
    for name, expected in early_read.VALUE_OPTIONS.items():
        params = group.commands[name].params
        taking = {o for p in params if p.param_type_name == "option" and not p.is_flag
                  for o in p.opts}
        assert taking == expected, name


def test_process_reads_once_from_the_command_line(cli, tmp_path, returns,
                                                  small_register_path, monkeypatch):
    from xlkpi.read import prefetch

    started = []
    start = prefetch.start
    monkeypatch.setattr(prefetch, "start", lambda paths: started.append(paths) or start(paths))
    out = tmp_path / "report.xlsx"
    result = cli("process", "-o", out, returns, "--register", small_register_path)
    assert result.code == 0, result
    assert started == [[returns]]


def test_an_early_read_for_other_files_is_not_used(tmp_path, returns, monkeypatch):
    from xlkpi.cli import early_read
    from xlkpi.read import prefetch

    other = tmp_path / "other.xlsx"
    other.write_bytes(returns.read_bytes())
    early_read.start(["validate", str(returns), "--register", "r.xlsx", "--json"])
    assert early_read._started[0].arguments == [returns]
    early = early_read._started[0].reading
    started = []
    monkeypatch.setattr(prefetch, "start", lambda paths: started.append(paths) or early)
    found, _ = early_read.reading_for([other])
    assert found.paths == [other] and started == [[other]]  # read anew, for its own files
    for argv in (["process", "--help", str(returns)], ["process", "--", str(returns)]):
        early_read.start(argv)
        assert not early_read._started, argv
        early_read.reading_for([returns])
    assert started == [[other], [returns], [returns]]


# --- process -------------------------------------------------------------------------------
def test_process_clean_run(cli, tmp_path, returns, small_register_path):
    out = tmp_path / "report.xlsx"
    result = cli("process", returns, "-o", out, "--register", small_register_path)
    assert result.code == 0, result
    assert out.exists() and "Wrote" in result.out and "0 errors" in result.out
    assert openpyxl.load_workbook(out, read_only=True).sheetnames[0] == "Summary"


@pytest.mark.parametrize("command", ["process", "validate", "template", "register"])
def test_garbage_collection_is_back_on_after_each_command(cli, tmp_path, returns,
                                                          small_register_path, command):
    """main() turns the collector off for a command's imports only (cli/app.py _imported)."""
    import gc

    args = {"process": [returns, "-o", tmp_path / "r.xlsx"], "validate": [returns],
            "template": ["-o", tmp_path / "t.xlsx"], "register": []}[command]
    result = cli(command, *args, "--register", small_register_path)
    assert result.code in (0, 1), result
    assert gc.isenabled()


def test_process_with_errors_still_writes_the_report(cli, tmp_path, bad_returns,
                                                     small_register_path):
    out = tmp_path / "report.xlsx"
    result = cli("process", bad_returns, "-o", out, "--register", small_register_path)
    assert result.code == 1 and out.exists()
    assert "numerator-exceeds-denominator" in result.out and "Returns!D6" in result.out


def test_strict_writes_nothing_on_errors(cli, tmp_path, bad_returns, small_register_path):
    out = tmp_path / "report.xlsx"
    result = cli("process", bad_returns, "-o", out, "--register", small_register_path,
                 "--strict")
    assert result.code == 1 and not out.exists()
    assert "--strict" in result.err and not list(tmp_path.glob("*.tmp.xlsx"))


@pytest.mark.parametrize("args, message", [
    (["--period", "March"], "--period 'March' is not a month"),
    (["-o", "{returns}"], "refusing to write the output over an input"),
    (["-o", "{tmp}/no/such/folder/report.xlsx"], "does not exist"),
])
def test_process_bad_arguments_exit_2(cli, tmp_path, returns, small_register_path, args,
                                      message):
    args = [a.format(returns=returns, tmp=tmp_path) for a in args]
    before = returns.read_bytes()
    result = cli("process", returns, "--register", small_register_path, *args)
    assert result.code == 2, result
    assert result.err.startswith("Error: ") and message in result.err
    assert "Traceback" not in result.err and result.err.count("\n") == 1
    assert returns.read_bytes() == before


def test_missing_input_exits_2(cli, tmp_path, small_register_path):
    result = cli("process", tmp_path / "nope.xlsx", "--register", small_register_path)
    assert result.code == 2 and "no such file" in result.err


def test_bad_register_lists_its_errors_and_exits_2(cli, tmp_path, returns):
    reg = write_register(tmp_path / "reg.xlsx", [("P1", "x", "ratio"), ("P1", "y", "count")])
    result = cli("process", returns, "--register", reg, "-o", tmp_path / "r.xlsx")
    assert result.code == 2
    assert "Indicators!C2" in result.err and "unknown-measure" in result.err
    assert "duplicate-id" in result.err and result.err.rstrip().splitlines()[-1].startswith(
        "Error: ")
    assert not (tmp_path / "r.xlsx").exists()


def test_debug_shows_the_traceback(cli, tmp_path, small_register_path):
    from xlkpi.core.errors import UnreadableInput

    (tmp_path / "x.xlsx").write_text("not a workbook")
    with pytest.raises(UnreadableInput):
        cli("--debug", "validate", tmp_path / "x.xlsx", "--register", small_register_path)


def test_custom_register_replaces_the_default(cli, tmp_path):
    reg = write_register(tmp_path / "other.xlsx", [
        ("LA1", "% of something local", "percentage", 50, 5, "higher", "monthly", "month",
         None, "Team A")],
        forums=[("Council", "Council KPIs", "list", "monthly")],
        membership=[("Council", 1, "Local", "LA1")])
    path = tmp_path / "r.xlsx"
    returns_workbook([["Team A", "LA1", "2021-01", 30, 40]]).save(path)
    out = tmp_path / "report.xlsx"
    result = cli("process", path, "--register", reg, "-o", out)
    assert result.code == 0, result
    sheets = openpyxl.load_workbook(out, read_only=True).sheetnames
    assert "Council" in sheets and "Trust Board" not in sheets
    listing = cli("register", "--register", reg)
    assert "LA1" in listing.out and "Council" in listing.out and "TB01" not in listing.out


def test_help_shows_no_python_types(cli):
    for command in ("process", "validate", "template", "register"):
        result = cli(command, "--help")
        assert result.code == 0
        assert "<bool>" not in result.out and "<list" not in result.out, command
    assert "quoted patterns" in " ".join(cli("process", "-h").out.split())  # RETURNS, in words


def test_month_end_folder_and_patterns(cli, tmp_path, small_register_path):
    folder = tmp_path / "returns"
    folder.mkdir()
    returns_workbook([["Front Door", "P1", "2021-01", 9, 10]]).save(folder / "front-door.xlsx")
    returns_workbook([["CIN/CP", "P1", "2021-01", 1, 10]]).save(folder / "cin-cp.xlsx")
    out = tmp_path / "report.xlsx"
    by_folder = cli("validate", folder, "--register", small_register_path)
    by_pattern = cli("validate", str(folder / "*.xlsx"), "--register", small_register_path)
    assert "in 2 files" in by_folder.out and "in 2 files" in by_pattern.out
    empty = tmp_path / "empty"
    empty.mkdir()
    for args in ([str(tmp_path / "nothing" / "*.xlsx")], [empty]):
        result = cli("process", *args, "--register", small_register_path, "-o", out)
        assert result.code == 2 and len(result.err.strip().splitlines()) == 1, result
        assert result.err.startswith("Error: ") and "Traceback" not in result.err


def test_out_of_range_period_is_refused(cli, tmp_path, returns, small_register_path):
    for period in ("2201-03", "9999-12", "1999-12"):
        result = cli("process", returns, "--register", small_register_path, "--period",
                     period, "-o", tmp_path / "r.xlsx")
        assert result.code == 2 and "out of range" in result.err, period
    assert not (tmp_path / "r.xlsx").exists()


def test_validate_json_with_a_bad_register_prints_its_findings_as_json(cli, tmp_path,
                                                                      returns):
    reg = write_register(tmp_path / "reg.xlsx", [("P1", "x", "ratio")])
    result = cli("validate", returns, "--register", reg, "--json")
    assert result.code == 2
    data = json.loads(result.out)
    assert [f["code"] for f in data["findings"]] == ["unknown-measure"]
    assert data["findings"][0]["cell"] == "Indicators!C2"


# --- validate --------------------------------------------------------------------------------
def test_validate_json(cli, bad_returns, small_register_path):
    result = cli("validate", bad_returns, "--register", small_register_path, "--json")
    assert result.code == 1
    data = json.loads(result.out)
    assert data["errors"] == 1
    assert {"severity", "code", "file", "sheet", "cell", "team", "indicator", "period",
            "message"} <= set(data["findings"][0])


def test_validate_table_and_totals(cli, returns, small_register_path):
    result = cli("validate", returns, "--register", small_register_path)
    assert result.code == 0 and "0 errors" in result.out


def test_annotate_writes_a_checked_copy(cli, bad_returns, small_register_path):
    before = bad_returns.read_bytes()
    result = cli("validate", bad_returns, "--register", small_register_path, "--annotate")
    assert result.code == 1
    checked = bad_returns.with_name("bad.checked.xlsx")
    assert checked.exists() and bad_returns.read_bytes() == before
    wb = openpyxl.load_workbook(checked)
    assert wb.sheetnames[0] == "xlkpi findings"
    cell = wb["Returns"]["D6"]
    assert "numerator-exceeds-denominator" in cell.comment.text
    assert cell.fill.fgColor.rgb.endswith("FFC7CE")
    assert wb["Returns"]["G6"].value == "=SUM(A1)"  # the team's text is kept as it was
    listing = wb["xlkpi findings"]
    assert listing["C5"].value == "Returns!D6" and listing["C5"].hyperlink.location == \
        "Returns!D6"


# --- template and register ------------------------------------------------------------------
def test_template_command(cli, tmp_path, small_register_path):
    out = tmp_path / "t.xlsx"
    result = cli("template", "--register", small_register_path, "--period", "2020-06",
                 "--team", "Finance", "-o", out)
    assert result.code == 0 and out.exists()
    bad = cli("template", "--register", small_register_path, "--team", "Nobody", "-o", out)
    assert bad.code == 2 and "Nobody" in bad.err


def test_register_listing_and_export(cli, tmp_path):
    listing = cli("register")
    assert listing.code == 0
    for text in ("Trust Board", "TB01", "95.0%", "Scrutiny", "Business plan"):
        assert text in listing.out
    out = tmp_path / "register.xlsx"
    assert cli("register", "--export", out).code == 0
    again = cli("register", "--register", out)
    assert again.out.splitlines()[1:] == listing.out.splitlines()[1:]


def test_typer_app_is_the_entry_point():
    assert app.info.help and sorted(c.name or c.callback.__name__ for c in
                                    app.registered_commands) == sorted(
        ["process", "validate", "template", "register"])


def _unreadable(kind, tmp_path, returns):
    import zipfile

    from xlkpi.read.guard import OLE_MAGIC

    path = tmp_path / f"{kind}.xlsx"
    if kind == "truncated":
        path.write_bytes(returns.read_bytes()[:800])
    elif kind == "zip bomb":
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("xl/workbook.xml", "<workbook/>")
            z.writestr("xl/sharedStrings.xml", b"\x00" * 40_000_000)
    else:
        path.write_bytes({
            "empty": b"",
            "csv": b"Team,Indicator ID,Period\n",
            "legacy xls": OLE_MAGIC + b"\x00" * 512,
            "encrypted": OLE_MAGIC + b"\x00" * 512 + "EncryptedPackage".encode("utf-16-le"),
        }[kind])
    return path


@pytest.mark.parametrize("command", ["process", "validate"])
@pytest.mark.parametrize("kind", ["empty", "csv", "legacy xls", "encrypted", "truncated",
                                  "zip bomb"])
def test_unreadable_inputs_exit_2(cli, tmp_path, returns, small_register_path, command, kind):
    bad = _unreadable(kind, tmp_path, returns)
    before = bad.read_bytes()
    out = tmp_path / "report.xlsx"
    args = [command, returns, bad, "--register", small_register_path]
    result = cli(*args, *(["-o", out] if command == "process" else []))
    assert result.code == 2, result
    assert result.err.startswith(f"Error: {bad}") and result.err.count("\n") == 1
    assert "Traceback" not in result.err and not out.exists()
    assert bad.read_bytes() == before


def test_validate_does_not_load_the_report_writer(tmp_path, returns, small_register_path):
    code = ("import sys; from xlkpi.cli.app import main; "
            f"sys.argv = ['xlkpi', 'validate', {str(returns)!r}, '--register', "
            f"{str(small_register_path)!r}]\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print('xlkpi.write.report' in sys.modules, 'xlsxwriter' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.split()[-2:] == ["False", "False"], out.stderr


def test_annotated_findings_sheet_prints_on_one_page_wide(cli, bad_returns,
                                                          small_register_path):
    cli("validate", bad_returns, "--register", small_register_path, "--annotate")
    ws = openpyxl.load_workbook(bad_returns.with_name("bad.checked.xlsx"))["xlkpi findings"]
    assert ws.page_setup.orientation == "landscape"
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    assert ws.print_title_rows == "$4:$4" and ws["G5"].alignment.wrap_text
    assert ws["A1"].value.startswith("xlkpi validate: 1 error, ")


def test_progress_shows_the_stage_on_long_runs(monkeypatch):
    import io

    from rich.console import Console

    from xlkpi.cli import render

    screen = io.StringIO()
    monkeypatch.setattr(render, "err", Console(file=screen, force_terminal=True, width=80))
    with render.progress(delay=0) as step:
        import time

        time.sleep(0.2)  # the spinner starts on its timer
        step("Validating 199,800 returned rows")
        time.sleep(0.2)
    assert "Validating 199,800 returned rows" in screen.getvalue()
    quiet = io.StringIO()
    monkeypatch.setattr(render, "err", Console(file=quiet, force_terminal=False))
    with render.progress(delay=0) as step:
        step("Reading")
    assert quiet.getvalue() == ""  # nothing when not at a terminal


def test_no_command_writes_over_what_it_reads(cli, tmp_path, returns, small_register_path):
    from xlkpi.core.resources import default_register_path

    before = small_register_path.read_bytes()
    shipped = default_register_path().read_bytes()
    for args in (["template", "--register", small_register_path, "-o", small_register_path],
                 ["register", "--register", small_register_path, "--export",
                  small_register_path],
                 ["process", returns, "--register", small_register_path, "-o",
                  default_register_path()],
                 ["template", "-o", default_register_path()]):
        result = cli(*args)
        assert result.code == 2 and "refusing to write the output over an input" in \
            result.err, args
    assert small_register_path.read_bytes() == before
    assert default_register_path().read_bytes() == shipped
