"""What xlkpi's forked processes share (the reading process, prefetch.py, and the one that
loads a big sheet beside its scan, early_load.py): when to fork, how a child is set up, and
pickled messages over a pipe (a length, then the pickle)."""

from __future__ import annotations

import faulthandler
import os
import pickle
import select
import struct
import sys
import threading

try:
    import resource
except ImportError:  # Windows: no fork either
    resource = None

_HEADER = struct.Struct("<Q")


def can_fork() -> bool:
    """Linux, and no other Python thread: fork copies only the calling thread, and another
    could hold a lock the copy needs (fastexcel starts none). XLKPI_READ_IN_THREAD=1 says no."""
    return sys.platform.startswith("linux") and threading.active_count() == 1 and \
        os.environ.get("XLKPI_READ_IN_THREAD") != "1"


def quiet_child(address_space: int) -> None:
    """In a forked child: stderr to nowhere and no fault dump (a Rust panic's message is not
    for the terminal; the parent reports a crash in one line), and at most `address_space`
    bytes mapped (or the cap it already has, if lower)."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), 2)
    faulthandler.disable()
    if resource is None:
        return
    try:
        soft, _ = resource.getrlimit(resource.RLIMIT_AS)
        cap = address_space if soft == resource.RLIM_INFINITY else min(address_space, soft)
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    except (ValueError, OSError):
        pass


def send(fd: int, message: object) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(_HEADER.pack(len(data)) + data)
    while view:
        view = view[os.write(fd, view):]


def receive(fd: int, timeout: float | None = None) -> object | None:
    """The next message, or None when the writer closed the pipe first (or, with `timeout`
    seconds, went quiet for that long)."""
    head = _read_exactly(fd, _HEADER.size, timeout)
    if head is None:
        return None
    body = _read_exactly(fd, _HEADER.unpack(head)[0], timeout)
    return None if body is None else pickle.loads(body)


def _read_exactly(fd: int, n: int, timeout: float | None) -> bytes | None:
    chunks, left = [], n
    while left:
        if timeout is not None and not select.select([fd], [], [], timeout)[0]:
            return None
        chunk = os.read(fd, min(left, 1 << 22))
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)
