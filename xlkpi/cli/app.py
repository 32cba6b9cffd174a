"""The `xlkpi` command. It parses arguments, calls one library function and prints.

This is the only module that imports typer. pandas and friends are imported inside the
commands, so `xlkpi --help` stays fast. Failures are turned into a one-line message and an
exit code in one place, `main()`:
    0  done (warnings allowed)
    1  validation errors were found (the report is still written unless --strict)
    2  the run could not be done (unreadable input, bad register, bad arguments)
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import typer

from xlkpi import __version__
from xlkpi.cli import early_read, entry
from xlkpi.core import calendar
from xlkpi.read.prefetch import Reading

app = typer.Typer(
    add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
    add_help_option=False,  # HELP below: the same option without a `<bool>` beside it
    help="Turn children's services performance returns into the board's RAG-rated KPI "
         "workbook.\n\nxlkpi template  -> the returns workbook teams fill\n\n"
         "xlkpi validate  -> check returns, name every bad cell\n\n"
         "xlkpi process   -> validate, compute, rate, write the report",
)
_debug = {"on": False}
_frozen: list[bool] = []  # whether _imported has frozen this process's objects

# described in each command's help text, so that the panel shows no Python type beside it
RETURNS = typer.Argument(..., metavar="RETURNS...", hidden=True, show_default=False)
REGISTER = typer.Option(None, "--register", metavar="FILE", help="KPI register workbook "
                        "(default: the register shipped with xlkpi).", show_default=False)


def _inputs(arguments: list[Path]) -> tuple[list[Path], Reading]:
    """Files, folders and quoted patterns -> the returns to read, and their read (started by
    main when it could tell them from the command line); a note for each file skipped."""
    found, reading = early_read.reading_for(arguments)
    for note in found.notes:
        typer.echo(note, err=True)
    return found.paths, reading


def _imported() -> None:
    """After a command's heavy imports: the garbage collector, off while they ran (main),
    back on, with what they made set aside (gc.freeze) so that no collection walks it again.
    Some 100 ms of collections on the way to the first validated row, otherwise."""
    if not _frozen:  # once a process: what a second run in it (tests) made is left alone
        gc.freeze()
        _frozen.append(True)
    gc.enable()


def _help(ctx: typer.Context, value: bool) -> None:
    if value:
        typer.echo(ctx.get_help())
        raise typer.Exit()


def flag(*names: str, help: str, **kw) -> bool:
    """An on/off option, shown without a `<bool>` type beside it."""
    return typer.Option(False, *names, metavar="", help=help, **kw)


HELP = flag("-h", "--help", help="Show this message and exit.", is_eager=True,
            callback=_help, expose_value=False)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"xlkpi {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = flag("--version", callback=_version, is_eager=True,
                         help="Show the version and exit."),
    debug: bool = flag("--debug", help="Show full tracebacks on failure."),
    _help: bool = HELP,
) -> None:
    _debug["on"] = debug


@app.command(add_help_option=False)
def process(
    returns: list[Path] = RETURNS,
    output: Path = typer.Option(Path("report.xlsx"), "-o", "--output", metavar="FILE",
                                help="Report workbook to write."),
    register: Path | None = REGISTER,
    period: str | None = typer.Option(None, "--period", metavar="YYYY-MM", help="Reporting "
                                      "month (default: the latest month returned).",
                                      show_default=False),
    strict: bool = flag("--strict", help="Write nothing if there are errors."),
    _help: bool = HELP,
) -> None:
    """Validate the returns, compute and rate every indicator, write the report workbook.

    RETURNS: returns workbooks (.xlsx), folders (every .xlsx inside) or quoted patterns such
    as "returns/*.xlsx"; their rows are pooled. xlkpi's reports, annotated copies beside
    their workbook and Excel's ~$ lock files are skipped with a note."""
    returns, reading = _inputs(returns)  # first: the files are read while pandas loads
    from xlkpi import pipeline
    from xlkpi.cli import render

    _imported()

    with render.progress() as step:
        done = pipeline.process(returns, output, register, period=pipeline.parse_period(period),
                                strict=strict, progress=step, reading=reading)
    report = done.report
    current = done.current
    label = calendar.month_text(done.period)
    if report.errors:
        render.out.print(render.findings_table(report.frame[report.frame.severity == "error"],
                                               limit=20, title="Errors (values left out)"))
    if done.output is None:
        render.err.print(f"--strict: {render.plural(report.errors, 'error')} found; no report "
                         "written. Fix the returns (see `xlkpi validate --annotate`) and run "
                         "again.")
        raise typer.Exit(1)
    render.out.print(f"Wrote [bold]{done.output}[/]: {len(current)} indicators for {label} "
                     f"from {render.plural(len(done.inputs), 'file')} "
                     f"({render.plural(len(done.validation.returns.rows), 'row')}).")
    render.out.print(render.rag_counts(current["rag"]))
    line = render.totals_line(report.errors, report.warnings)
    if len(report):
        line.append(" - listed on the Validation tab")
    render.out.print(line)
    raise typer.Exit(1 if report.errors else 0)


@app.command(add_help_option=False)
def validate(
    returns: list[Path] = RETURNS,
    register: Path | None = REGISTER,
    as_json: bool = flag("--json", help="Print the findings as JSON."),
    annotate: bool = flag("--annotate", help="Write NAME.checked.xlsx beside each input: "
                          "failing cells highlighted, messages as comments, a list of "
                          "findings first."),
    _help: bool = HELP,
) -> None:
    """Check returns workbooks against the register; list every problem with its cell.

    RETURNS: returns workbooks (.xlsx), folders (every .xlsx inside) or quoted patterns such
    as "returns/*.xlsx"; their rows are pooled."""
    returns, reading = _inputs(returns)  # first: the files are read while pandas loads
    from xlkpi.cli import render
    from xlkpi.core.errors import InvalidRegister
    from xlkpi.validate import run  # not the pipeline: validating writes no report

    _imported()

    with render.progress(enabled=not as_json) as step:
        try:
            result = run.validate(returns, register, progress=step, reading=reading)
        except InvalidRegister as exc:
            if not as_json or exc.report is None:
                raise
            typer.echo(exc.report.to_json())  # --json: the register's findings, as JSON too
            typer.echo(f"Error: {exc}", err=True)
            raise typer.Exit(exc.exit_code) from None
        written = []
        if annotate:
            from xlkpi.write.annotate import annotate_all

            written = annotate_all(result, progress=step)
    report = result.report
    if as_json:
        typer.echo(report.to_json())
    else:
        if len(report):
            render.out.print(render.findings_table(report.frame))
        rows = len(result.returns.rows)
        line = render.totals_line(report.errors, report.warnings)
        render.out.print(f"Checked {render.plural(rows, 'row')} in "
                         f"{render.plural(len(returns), 'file')}: ", line, sep="")
        for path in written:
            render.out.print(f"Wrote {path}")
        if annotate and not written:
            render.out.print("No annotated copies: no file has anything to fix.")
    raise typer.Exit(1 if report.errors else 0)


@app.command(add_help_option=False)
def template(
    register: Path | None = REGISTER,
    period: str | None = typer.Option(None, "--period", metavar="YYYY-MM", help="Month the "
                                      "return is for: only indicators due that month are "
                                      "listed. Without it, every indicator is listed and "
                                      "teams type the period.", show_default=False),
    team: str | None = typer.Option(None, "--team", metavar="NAME", help="Only this team's "
                                    "sheet.", show_default=False),
    output: Path = typer.Option(Path("returns-template.xlsx"), "-o", "--output",
                                metavar="FILE", help="Template workbook to write."),
    password: str | None = typer.Option(None, "--password", metavar="PASSWORD",
                                        help="Protect the sheets with this password "
                                        "(default: protected, no password).",
                                        show_default=False),
    _help: bool = HELP,
) -> None:
    """Write the standard returns workbook that teams fill, with Excel data validation."""
    from xlkpi.cli import render
    from xlkpi.validate.register import load_register
    from xlkpi.validate.run import parse_period
    from xlkpi.write.files import refuse_input_as_output
    from xlkpi.write.template import write_template

    _imported()

    refuse_input_as_output(output, [register])
    month = parse_period(period)
    path = write_template(load_register(register), output, period=month, team=team,
                          password=password)
    render.out.print(f"Wrote [bold]{path}[/]")


@app.command("register", add_help_option=False)
def register_(
    register: Path | None = REGISTER,
    export: Path | None = typer.Option(None, "--export", metavar="FILE", help="Write the "
                                       "register as an editable workbook.",
                                       show_default=False),
    _help: bool = HELP,
) -> None:
    """Show the KPI register by forum, with targets; or export it for editing."""
    from xlkpi.cli import render
    from xlkpi.validate.register import load_register

    _imported()

    reg = load_register(register)
    if export is not None:
        from xlkpi.write.files import refuse_input_as_output
        from xlkpi.write.register_export import export_register

        refuse_input_as_output(export, [Path(reg.source)])
        render.out.print(f"Wrote [bold]{export_register(reg, export)}[/]")
        return
    from xlkpi.cli.register_view import register_tables

    for table in register_tables(reg):
        render.out.print(table)


def main() -> None:
    """Run the app, turning every failure into one line and an exit code.

    Without --debug no Python warning reaches the terminal (numpy's overflow on 1e308,
    openpyxl's on long sheet names) and no exception text does: an XlkpiError says its one
    line; anything else — including a panic in a Rust extension, which derives from
    BaseException — says what kind of failure it was and how to see more."""
    entry.start()
    run()


def run() -> None:
    """The app, once entry.start has run (the installed `xlkpi` is entry.main)."""
    debug = "--debug" in sys.argv[1:]
    if not debug:
        import warnings

        warnings.simplefilter("ignore")
    try:
        app()
    except SystemExit:
        raise
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        sys.exit(130)
    except BaseException as exc:
        if debug or _debug["on"]:
            raise
        from xlkpi.core.errors import InvalidRegister, XlkpiError

        if isinstance(exc, InvalidRegister) and exc.report is not None:
            from xlkpi.cli import render

            render.err.print(render.findings_table(exc.report.frame, title="KPI register"))
        if isinstance(exc, XlkpiError):
            print(f"Error: {_one_line(str(exc))}", file=sys.stderr)
            sys.exit(exc.exit_code)
        if isinstance(exc, MemoryError):
            print("Error: not enough memory for this run (an input is too large?); run "
                  "again with --debug for the details.", file=sys.stderr)
            sys.exit(2)
        if isinstance(exc, OSError) and exc.filename:
            print(f"Error: {exc.filename}: {exc.strerror or type(exc).__name__}",
                  file=sys.stderr)
            sys.exit(2)
        print(f"Error: unexpected failure ({type(exc).__name__}); run again with --debug "
              "for the traceback and report it.", file=sys.stderr)
        sys.exit(2)


def _one_line(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= 500 else line[:499] + "…"
