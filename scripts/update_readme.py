"""Regenerate the parts of README.md that come from the code, so that they cannot drift:
the table of validation codes, the table of commands and options (from the typer app), and
the quick start's output (by running it on the shipped example).

    python scripts/update_readme.py          # rewrite README.md
    python scripts/update_readme.py --check  # exit 1 if README.md is out of date
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import sys
import tempfile
from pathlib import Path

import typer

from xlkpi.cli.app import app, main
from xlkpi.core.codes import markdown_table

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
EXAMPLE = "examples/returns-2019-21.xlsx"


def commands_table() -> str:
    """| command | options | what it does |, from the CLI itself."""
    group = typer.main.get_command(app)
    ctx = typer.Context(group, info_name="xlkpi")
    lines = ["| command | options | what it does |", "|---|---|---|"]
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        args = " ".join(f"{p.metavar or p.name.upper()}" for p in command.params
                        if p.param_type_name == "argument")
        options = []
        for p in command.params:
            if p.param_type_name == "option" and "--help" not in p.opts:
                flag = ", ".join(sorted(p.opts, key=len))
                metavar = f" {p.metavar}" if p.metavar else ""
                options.append(f"`{flag}{metavar}`: {(p.help or '').replace('|', '/')}")
        summary = (command.help or "").split("\n\n")[0].strip()
        usage = f"xlkpi {name} {args}".strip()
        lines.append(f"| `{usage}` | {'<br>'.join(options)} | {summary} |")
    return "\n".join(lines)


def example_output() -> str:
    """What `xlkpi process` prints for the shipped example (run here, in-process)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = io.StringIO()
        argv, cwd = sys.argv, os.getcwd()
        os.chdir(ROOT)
        sys.argv = ["xlkpi", "process", EXAMPLE, "-o", str(Path(tmp) / "report.xlsx")]
        try:
            with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
                main()
        finally:
            sys.argv = argv
            os.chdir(cwd)
    text = out.getvalue().replace(str(Path(tmp) / "report.xlsx"), "report.xlsx")
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


def render(text: str) -> str:
    parts = {"codes": markdown_table(), "commands": commands_table(),
             "output": "```text\n" + example_output() + "\n```"}
    for name, body in parts.items():
        text = re.sub(rf"(<!-- {name}:start -->\n).*?(<!-- {name}:end -->)",
                      lambda m, body=body: m.group(1) + body + "\n" + m.group(2), text,
                      flags=re.S)
    return text


if __name__ == "__main__":
    current = README.read_text(encoding="utf-8")
    wanted = render(current)
    if "--check" in sys.argv:
        sys.exit(0 if wanted == current else 1)
    README.write_text(wanted, encoding="utf-8")
    print(f"updated {README}")
