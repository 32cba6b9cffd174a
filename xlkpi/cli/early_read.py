"""The returns' read, started from the raw command line before typer parses it.

Parsing the command line (typer and click, and the pydantic that typer imports for it) takes
some 70 ms, and the read of the returns is what a big run waits for. So `main` starts the
read first, from the arguments as typed, and `process` or `validate` takes it over once its
own parse names the same RETURNS; otherwise the command starts the read itself.
Nothing here is heavy to import: `xlkpi --help` must stay fast.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from xlkpi.read import prefetch
from xlkpi.read.inputs import Inputs, expand

# the options of each command that take a value (tests/test_cli.py holds them to the commands)
VALUE_OPTIONS = {"process": {"-o", "--output", "--register", "--period"},
                 "validate": {"--register"}}


@dataclass
class Early:
    arguments: list[Path]  # RETURNS as typed
    inputs: Inputs  # what they named
    reading: prefetch.Reading  # prefetch.start of inputs.paths


_started: list[Early] = []


def start(argv: list[str]) -> None:
    """Start reading the RETURNS of `xlkpi process|validate ...` (argv without the program),
    when they can be told from the arguments alone."""
    _started.clear()
    if len(argv) < 2 or argv[0] not in VALUE_OPTIONS or {"-h", "--help"} & set(argv):
        return
    arguments = _positional(argv[1:], VALUE_OPTIONS[argv[0]])
    if not arguments:
        return
    try:
        inputs = expand(arguments)
    except Exception:  # the command says what is wrong, in its own words
        return
    if inputs.paths:
        _started.append(Early(arguments, inputs, prefetch.start(inputs.paths)))


def reading_for(arguments: list[Path]) -> tuple[Inputs, prefetch.Reading]:
    """What RETURNS `arguments` name, and their read: the one started from the command line
    when it was for exactly these arguments, else one started now."""
    early = _started.pop() if _started else None
    if early is not None and early.arguments == list(arguments):
        return early.inputs, early.reading
    found = expand(arguments)
    return found, prefetch.start(found.paths)


def _positional(tokens: list[str], with_value: set[str]) -> list[Path] | None:
    out, skip = [], False
    for token in tokens:
        if skip:
            skip = False
        elif token == "--":  # everything after it is positional: rare, left to typer
            return None
        elif token in with_value:
            skip = True
        elif not token.startswith("-"):  # a flag, or --option=value, otherwise
            out.append(Path(token))
    return out
