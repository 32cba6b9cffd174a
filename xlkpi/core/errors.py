"""Failures that stop a run. Data problems are findings (see findings.py), not exceptions.

Each class carries the exit code the CLI uses; the message is the one line the user sees.
"""


class XlkpiError(Exception):
    """Base class: a run that cannot go on. Exit code 2 unless a subclass says otherwise."""

    exit_code = 2


class UnreadableInput(XlkpiError):
    """A file is not a readable .xlsx workbook (not a workbook, encrypted, corrupt, too large)."""


class InvalidRegister(XlkpiError):
    """The KPI register has errors; they are listed in ``report`` (a findings.Report)."""

    def __init__(self, message: str, report=None):
        super().__init__(message)
        self.report = report


class BadArgument(XlkpiError):
    """A command-line argument cannot be used (bad period, output over an input, ...)."""


class OutputError(XlkpiError):
    """The output file could not be written (locked by Excel, no permission, disk full)."""
