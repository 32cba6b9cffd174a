"""Start reading the returns at once, before the heavy imports, on another core.

Neither python-calamine nor fastexcel releases the GIL while it parses (measured: a thread
reading the 200,000-row benchmark doubles the time of pure-Python work beside it), so a
reading *thread* only competes with the imports of pandas and pandera. On Linux the reader
is therefore a forked child process: it has its own GIL, reads every file (guard, scan,
fastexcel) into compact columns — distinct values and one int32 code per cell, cheap to pickle
— and streams them back over a pipe. The fork comes first, before numpy and fastexcel are
imported: the child imports them while this process imports pandas, each on its own core.
A thread of this process receives the books as pickled bytes and imports nothing; the books
are unpickled, and the `Returns` built from them (with pandas), by whichever thread asks for
them, `Reading.result` — after that thread's own imports, so that no two threads of this
process ever import the same modules at once. A crash of the reader — a Rust abort, the
kernel refusing memory — ends the child, not xlkpi: the file it was reading is reported
unreadable, in one line. The child's stderr goes nowhere, so a Rust panic message never
reaches the terminal; its address space is capped (RLIMIT_AS) as a last bound on memory.
Elsewhere (Windows, macOS, or when this process already runs threads, which fork would not
copy safely) a thread does the same work, the reader imported first by the caller.

This module imports nothing heavy itself: the CLI calls `start` first thing.
"""

from __future__ import annotations

import os
import pickle
import threading
from concurrent.futures import Future
from pathlib import Path

from xlkpi.read import pipes

CHILD_MEMORY = 3 << 30  # bytes of address space the reading process may map


class Reading:
    """The returns of `paths` being read: `result()` waits for the books read, then builds
    the `returns.Returns` from them in the calling thread (once), or raises the
    UnreadableInput the read ended in. `add_done_callback(fn)`: fn(self) once the books are
    in (or the read failed)."""

    def __init__(self, paths: list[Path]):
        self.paths, self.books = paths, Future()
        self._lock = threading.Lock()
        self._returns = None

    def add_done_callback(self, fn) -> None:
        self.books.add_done_callback(lambda _: fn(self))

    def done(self) -> bool:
        return self.books.done()

    def result(self, timeout: float | None = None):
        books = self.books.result(timeout)
        with self._lock:
            if self._returns is None:
                from xlkpi.read.returns import read_returns  # pandas: the caller has it

                books = [pickle.loads(b) if isinstance(b, bytes) else b for b in books]
                self._returns = read_returns(self.paths, books=books)
        return self._returns


def start(paths: list[Path]) -> Reading:
    """The read of `paths`, started (see Reading)."""
    reading = Reading([Path(p) for p in paths])
    paths, future = reading.paths, reading.books
    if pipes.can_fork():
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: read, send, leave without running anything of the parent's
            os.close(read_fd)
            _child(paths, write_fd)
        os.close(write_fd)
        worker = threading.Thread(target=_collect, args=(paths, pid, read_fd, future),
                                  name="xlkpi-read", daemon=True)
    else:
        from xlkpi.read.xlsx import read_books  # numpy, fastexcel: here, not in the thread

        worker = threading.Thread(target=_in_thread, args=(paths, future, read_books),
                                  name="xlkpi-read", daemon=True)
    worker.start()
    return reading


def _child(paths: list[Path], fd: int) -> None:
    code = 0
    try:
        pipes.quiet_child(CHILD_MEMORY)
        from xlkpi.read import xlsx  # numpy, fastexcel: here, while the parent imports pandas

        for i, path in enumerate(paths):
            try:
                book = xlsx.read_book(path, wanted=xlsx.returns_or_metadata)
                # pickled twice: the receiving thread unpickles only the envelope, so it
                # never imports the modules of the book's classes
                message = ("book", i, pickle.dumps(book, protocol=pickle.HIGHEST_PROTOCOL))
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
    future.set_result([books[i] for i in range(len(paths))])


def _reap(pid: int) -> str:
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:
        return "unknown"
    if os.WIFSIGNALED(status):
        return f"signal {os.WTERMSIG(status)}"
    return f"exit {os.WEXITSTATUS(status)}"


def _in_thread(paths: list[Path], future: Future, read_books) -> None:
    try:
        future.set_result(read_books(paths))
    except BaseException as exc:
        future.set_exception(exc)
