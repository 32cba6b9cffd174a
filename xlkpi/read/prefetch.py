"""Start reading the returns at once, on a background thread, before the heavy imports.

python-calamine releases the GIL while it parses, so while the files are read the main
thread imports pandas and pandera, loads the register and its schemas. This module imports
nothing heavy itself: the CLI calls `start` first thing.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path


def start(paths: list[Path]) -> Future:
    """A Future of `returns_read.Returns` for `paths` (or the UnreadableInput it raised)."""

    def read():
        from xlkpi.read.xlsx import read_workbook

        books = [read_workbook(p) for p in paths]
        from xlkpi.read.returns import read_returns

        return read_returns(paths, books=books)

    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="xlkpi-read")
    future = pool.submit(read)
    pool.shutdown(wait=False)
    return future
