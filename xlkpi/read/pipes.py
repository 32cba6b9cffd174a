"""Pickled messages over a pipe between xlkpi's processes (the reading process and the one
that loads a big sheet beside its scan): a length, then the pickle."""

from __future__ import annotations

import os
import pickle
import select
import struct

_HEADER = struct.Struct("<Q")


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
