"""Zip parts compressed on several threads (zlib releases the GIL while it deflates), so that
a report's compression overlaps the rest of its packaging and uses every core.

A part is deflated in CHUNK-sized pieces, each primed with the 32 KiB before it (as pigz
does): each piece but the last ends on a byte boundary (a sync flush), so the pieces joined
are one deflate stream, compressed as well as in one piece but for a few bytes a piece. The
same bytes and level give the same stream, whatever the threads' timing.

`write_zip` stores the parts as xlsxwriter does (its order, dated 1980-01-01, deflated), each
through zipfile's own writer (which computes its CRC and sizes from the data) with the
compressor of its `_ZipWriteFile` swapped for the finished stream. Without that private
attribute (a zipfile that writes otherwise) zipfile compresses the part itself: slower, the
same file content.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import IO
from zipfile import ZIP_DEFLATED, ZipFile, ZipInfo

# zlib's level 4, not its default 6 (zipfile's and xlsxwriter's): the 200k report's 12.6 MB of
# XML deflates in 0.06 s of CPU instead of 0.16 s, to 1.88 MB instead of 1.85 (levels 1-3 make
# it 2.1-2.3 MB; 5 is as slow as 6 and no smaller than 4)
LEVEL = 4
CHUNK = 1 << 20  # bytes deflated at a time (1 MiB: ~20 pieces for the 200k Data sheet)
WINDOW = 1 << 15  # deflate's 32 KiB window: each piece is primed with the bytes before it
DATE = (1980, 1, 1, 0, 0, 0)  # xlsxwriter's date for every entry (the same inputs, same bytes)
COMPRESSOR = "_compressor"  # zipfile._ZipWriteFile's compressor (Python 3.6 on)


def threads() -> int:
    """Threads for deflating: one per core but the one the packaging runs on, up to four
    (one on a machine of one or two cores). The thread that zips the parts deflates the
    pieces not yet started itself, so at the end every core deflates."""
    return max(1, min(4, (os.cpu_count() or 1) - 1))


def _piece(data: bytes, start: int, last: bool) -> bytes:
    primer = data[max(0, start - WINDOW):start]
    deflate = zlib.compressobj(LEVEL, zlib.DEFLATED, -15, zdict=primer) if primer \
        else zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
    return deflate.compress(data[start:start + CHUNK]) + \
        deflate.flush(zlib.Z_FINISH if last else zlib.Z_SYNC_FLUSH)


@dataclass
class Part:
    """A zip entry: its name, its bytes and their deflate stream, being made in pieces (the
    piece at each of `starts`)."""

    name: str
    data: bytes
    pieces: list[Future]
    starts: range = range(1)

    def deflated(self) -> bytes:
        """The stream; a piece no thread has started yet is made here, by the caller."""
        return b"".join(_piece(self.data, start, start + CHUNK >= len(self.data))
                        if p.cancel() else p.result()
                        for p, start in zip(self.pieces, self.starts, strict=True))


def deflate(pool: ThreadPoolExecutor, name: str, data: bytes) -> Part:
    """Start deflating `data` on `pool`, a piece per CHUNK."""
    starts = range(0, len(data), CHUNK) or range(1)
    return Part(name, data, [pool.submit(_piece, data, s, s + CHUNK >= len(data))
                             for s in starts], starts)


class _Deflated:
    """Stands in for a _ZipWriteFile's compressor: the finished stream, handed over once."""

    def __init__(self, stream: bytes) -> None:
        self._stream = stream

    def compress(self, data: bytes) -> bytes:
        stream, self._stream = self._stream, b""
        return stream

    def flush(self) -> bytes:
        return b""


def write_zip(target: str | IO[bytes], parts: Sequence[Part], *, zip64: bool = True) -> None:
    """Write `parts`, in their order, as the zip `target` (a path or a binary file)."""
    with ZipFile(target, "w", compression=ZIP_DEFLATED, allowZip64=zip64) as zf:
        for part in parts:
            info = ZipInfo(part.name, DATE)
            info.compress_type = ZIP_DEFLATED
            info.file_size = len(part.data)  # as ZipFile.writestr sets it (its zip64 choice)
            stream = part.deflated()
            with zf.open(info, "w") as dest:
                if hasattr(dest, COMPRESSOR):
                    setattr(dest, COMPRESSOR, _Deflated(stream))
                dest.write(part.data)
