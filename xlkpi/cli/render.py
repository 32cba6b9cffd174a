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

# Piped output (a file, a CI log) gets room for the tables instead of the 80-column default.
out = Console(highlight=False, soft_wrap=False, width=None if sys.stdout.isatty() else 140)
err = Console(stderr=True, highlight=False, width=None if sys.stderr.isatty() else 140)

RAG_STYLE = {"Red": "bold white on #C00000", "Amber": "black on #FFC000",
             "Yellow": "black on #FFFF00", "Green": "black on #00B050",
             "TBC": "black on #D9D9D9", "No data": "black on #D9D9D9"}
SEVERITY_STYLE = {"error": "bold red", "warning": "yellow"}


def plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def findings_table(frame, limit: int | None = None, title: str | None = None) -> Group:
    """The findings a person has to act on, one table per file, errors first, each with the
    cell to look at."""
    rows = frame.sort_values("severity", key=lambda s: s.ne("error"), kind="stable")
    shown = rows if limit is None else rows.head(limit)
    tables = [Text(title, style="bold")] if title else []
    for file, group in shown.groupby("file", sort=False):
        table = Table(title=file or "(no file)", title_justify="left", title_style="bold",
                      header_style="bold", expand=True)
        for name, kw in (("Severity", {"no_wrap": True}), ("Code", {"no_wrap": True}),
                         ("Cell", {"no_wrap": True}), ("Team", {"ratio": 1}),
                         ("Indicator", {"no_wrap": True}), ("Period", {"ratio": 1}),
                         ("Message", {"ratio": 5})):
            table.add_column(name, **kw)
        for r in group.itertuples(index=False):
            table.add_row(Text(r.severity, style=SEVERITY_STYLE.get(r.severity, "")), r.code,
                          r.cell or r.sheet, r.team, r.indicator, r.period, r.message)
        tables.append(table)
    if limit is not None and len(rows) > limit:
        tables.append(Text(f"… and {len(rows) - limit:,} more"))
    return Group(*tables)


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
