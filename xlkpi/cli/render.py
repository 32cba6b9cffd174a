"""What the commands print: findings tables, run summaries, the register, progress.

Rich for people at a terminal; plain text when output is piped (rich decides). Everything
here takes finished results; nothing here computes.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from xlkpi.core.vocabulary import RED
from xlkpi.write.styles import RAG_COLOURS

# Piped output (a file, a CI log) gets room for the tables instead of the 80-column default.
out = Console(highlight=False, soft_wrap=False, width=None if sys.stdout.isatty() else 140)
err = Console(stderr=True, highlight=False, width=None if sys.stderr.isatty() else 140)

# the report's RAG colours (write/styles.py), so the terminal and the workbook agree
RAG_STYLE = {word: f"{'bold ' if word == RED else ''}{text} on {fill}"
             for word, (fill, text) in RAG_COLOURS.items()}
SEVERITY_STYLE = {"error": "bold red", "warning": "yellow"}


def plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


SHOWN = 40  # findings listed in the terminal; every one is in --json, --annotate and the report
MESSAGE_CHARS = 300


def findings_table(frame, limit: int | None = SHOWN, title: str | None = None) -> Group:
    """The findings a person has to act on, errors first, each with the cell to look at: the
    first `limit` of them, one table per file, and — when there are more — how many of each
    code, so that 200,000 findings print as a screenful, not as 200,000 rows."""
    rows = frame.sort_values("severity", key=lambda s: s.ne("error"), kind="stable")
    shown = rows if limit is None else rows.head(limit)
    parts = [Text(title, style="bold")] if title else []
    for file, group in shown.groupby("file", sort=False):
        table = Table(title=file or "(no file)", title_justify="left", title_style="bold",
                      header_style="bold", expand=True)
        for name, kw in (("Severity", {"no_wrap": True}), ("Code", {"no_wrap": True}),
                         ("Cell", {"no_wrap": True}), ("Team", {"ratio": 1}),
                         ("Indicator", {"no_wrap": True}), ("Period", {"ratio": 1}),
                         ("Message", {"ratio": 5})):
            table.add_column(name, **kw)
        for r in group.itertuples(index=False):
            message = r.message if len(r.message) <= MESSAGE_CHARS else \
                r.message[:MESSAGE_CHARS - 1] + "…"
            table.add_row(Text(r.severity, style=SEVERITY_STYLE.get(r.severity, "")), r.code,
                          r.cell or r.sheet, r.team, r.indicator, r.period, message)
        parts.append(table)
    if limit is not None and len(rows) > limit:
        parts.append(counts_by_code(rows))
        parts.append(Text(f"The first {limit:,} of {len(rows):,} findings are listed above; "
                          "all of them are in `--json`, in the copies `--annotate` writes and "
                          "on the report's Validation tab."))
    return Group(*parts)


def counts_by_code(frame) -> Table:
    """How many findings of each code (errors first), in how many files."""
    table = Table(title="Findings by code", title_justify="left", title_style="bold",
                  header_style="bold")
    for name in ("Severity", "Code", "Findings", "Files"):
        table.add_column(name, justify="right" if name in ("Findings", "Files") else "left")
    counts = frame.groupby(["severity", "code"], sort=False).agg(
        n=("code", "size"), files=("file", "nunique")).reset_index()
    counts = counts.sort_values(["severity", "n"], key=lambda s: s.ne("error")
                                if s.name == "severity" else -s, kind="stable")
    for r in counts.itertuples(index=False):
        table.add_row(Text(r.severity, style=SEVERITY_STYLE.get(r.severity, "")), r.code,
                      f"{r.n:,}", f"{r.files:,}")
    return table


def totals_line(errors: int, warnings: int) -> Text:
    text = Text()
    text.append(plural(errors, "error"), style="bold red" if errors else "green")
    text.append(", ")
    text.append(plural(warnings, "warning"), style="yellow" if warnings else "green")
    return text


def rag_counts(values) -> Text:
    text = Text()
    counts = values.value_counts()
    for word in RAG_STYLE:
        if counts.get(word, 0):
            text.append(f" {word} {counts[word]} ", style=RAG_STYLE[word])
            text.append(" ")
    return text


@contextmanager
def progress(enabled: bool = True, delay: float = 1.5) -> Iterator:
    """A spinner with the current stage, shown only on an interactive terminal and only
    once the run has taken longer than `delay` seconds."""
    state = {"stage": "Starting", "status": None, "done": False}
    lock = threading.Lock()

    def show() -> None:
        with lock:
            if not state["done"]:
                state["status"] = err.status(state["stage"])
                state["status"].start()

    timer = threading.Timer(delay, show) if enabled and err.is_terminal else None
    if timer:
        timer.daemon = True
        timer.start()
    started = time.perf_counter()

    def update(stage: str) -> None:
        with lock:
            state["stage"] = stage
            if state["status"] is not None:
                state["status"].update(f"{stage}  ({time.perf_counter() - started:.0f} s)")

    try:
        yield update
    finally:
        with lock:
            state["done"] = True
            if timer:
                timer.cancel()
            if state["status"] is not None:
                state["status"].stop()
