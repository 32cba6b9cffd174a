"""Start reading the returns at once, before the heavy imports, on another core.

Neither python-calamine nor fastexcel releases the GIL while it parses (measured: a thread
reading the 200,000-row benchmark doubles the time of pure-Python work beside it), so a
reading *thread* only competes with the imports of pandas and pandera. On Linux the reader
is therefore a forked child process: it has its own GIL, reads every file (guard, scan,
fastexcel) into compact columns — distinct values and one int32 code per cell, cheap to pickle
— and streams them back over a pipe. A thread of this process receives them, then builds the
`Returns` (importing pandas, which the main thread has usually loaded by then). A crash of
the reader — a Rust abort, the kernel refusing memory — ends the child, not xlkpi: the file it
was reading is reported unreadable, in one line. The child's stderr goes nowhere, so a Rust
panic message never reaches the terminal; its address space is capped (RLIMIT_AS) as a last
bound on memory. Elsewhere (Windows, macOS, or when this process already runs threads, which
fork would not copy safely) a thread does the same work.

This module imports nothing heavy itself: the CLI calls `start` first thing.
"""

from __future__ import annotations

import os
import threading
from concurrent.futures import Future
from pathlib import Path

from xlkpi.read import pipes

CHILD_MEMORY = 3 << 30  # bytes of address space the reading process may map


def start(paths: list[Path]) -> Future:
    """A Future of `returns.Returns` for `paths` (or the UnreadableInput it raised)."""
    paths = [Path(p) for p in paths]
    future: Future = Future()
    from xlkpi.read import xlsx  # numpy, fastexcel: loaded before the fork, shared with it

    if pipes.can_fork():
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: read, send, leave without running anything of the parent's
            os.close(read_fd)
            _child(paths, write_fd, xlsx)
        os.close(write_fd)
        worker = threading.Thread(target=_collect, args=(paths, pid, read_fd, future),
                                  name="xlkpi-read", daemon=True)
    else:
        worker = threading.Thread(target=_in_thread, args=(paths, future),
                                  name="xlkpi-read", daemon=True)
    worker.start()
    return future


def _child(paths: list[Path], fd: int, xlsx) -> None:
    code = 0
    try:
        pipes.quiet_child(CHILD_MEMORY)
        for i, path in enumerate(paths):
            try:
                message = ("book", i, xlsx.read_book(path, wanted=xlsx.returns_or_metadata))
            except xlsx.UnreadableInput as exc:
                message = ("unreadable", i, str(exc))
            except MemoryError:
                message = ("unreadable", i, f"{path}: is too large to read in the memory "
                                            "available")
            pipes.send(fd, message)
    except BaseException:
        code = 1
    finally:
        os._exit(code)


def _collect(paths: list[Path], pid: int, fd: int, future: Future) -> None:
    from xlkpi.core.errors import UnreadableInput

    books, failure = {}, None
    try:
        while len(books) < len(paths):
            message = pipes.receive(fd)
            if message is None:
                break
            kind, i, payload = message
            if kind == "unreadable":
                failure = failure or UnreadableInput(payload)
                break
            books[i] = payload
    finally:
        os.close(fd)
        status = _reap(pid)
    if failure is None and len(books) < len(paths):
        path = paths[len(books)]
        failure = UnreadableInput(f"{path}: cannot be read (the reader stopped: {status}); "
                                  "it may be damaged or far too large")
    if failure is not None:
        future.set_exception(failure)
        return
    _finish(paths, [books[i] for i in range(len(paths))], future)


def _reap(pid: int) -> str:
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:
        return "unknown"
    if os.WIFSIGNALED(status):
        return f"signal {os.WTERMSIG(status)}"
    return f"exit {os.WEXITSTATUS(status)}"


def _in_thread(paths: list[Path], future: Future) -> None:
    try:
        from xlkpi.read.returns import read_books

        books = read_books(paths)
    except BaseException as exc:
        future.set_exception(exc)
        return
    _finish(paths, books, future)


def _finish(paths: list[Path], books: list, future: Future) -> None:
    try:
        from xlkpi.read.returns import read_returns

        future.set_result(read_returns(paths, books=books))
    except BaseException as exc:
        future.set_exception(exc)
