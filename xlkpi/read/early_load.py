"""A big sheet's cells, loaded on another core while its scan runs.

The scan (xlsx.py) must pass before any cell is used, and for a few hundred thousand rows it
costs as much as fastexcel's load: run one after the other they double the read. So, for a
big workbook and where a process can fork safely (Linux, no other Python thread), a forked
process loads and decodes every sheet while this one scans. Its result is used only when the
scan passes and asks for no blanked copy; otherwise it is killed and the read goes on one
step after the other, as it does for every small workbook. The loading process may map no
more than EXTRA_MEMORY beyond what it inherited, so a workbook the scan is about to refuse
cannot take the machine's memory meanwhile; if it fails in any way (a crash, the memory cap,
silence for WAIT_SECONDS) the sheets are read again after the scan, and any error is
reported from there, in the usual words. The columns that the sheet's first rows show to
hold numbers are loaded as numbers, and verified (number_columns.py).
"""

from __future__ import annotations

import contextlib
import os
import signal

import fastexcel
import nanoarrow

from xlkpi.read import number_columns, pipes
from xlkpi.read.cells import Column, decode
from xlkpi.read.number_columns import Plan

MIN_BYTES = 8 << 20  # sheet XML (uncompressed) from which loading early pays for the fork
EXTRA_MEMORY = 1 << 30  # address space the loading process may add to what it inherited
WAIT_SECONDS = 120.0  # of silence from the loading process before it is given up

# sheet -> (rows, columns decoded whole, and for a sheet with number columns how many cells
# below its peek came out as a value: number_columns.expected_below must agree)
Loaded = dict[str, tuple[int, dict[int, Column], int | None]]


def load_sheet(reader, name: str) -> tuple[int, list[int], nanoarrow.Array]:
    """fastexcel's text columns of one sheet: rows, their 0-based columns, the Arrow array."""
    loaded = reader.load_sheet(name, header_row=None, skip_rows=0, dtypes="string")
    array = nanoarrow.Array(loaded)
    return len(array), [c.absolute_index for c in loaded.selected_columns], array


def load_all(data: bytes, names: list[str], plans: dict[str, Plan] | None = None) -> Loaded:
    reader = fastexcel.read_excel(data)
    out: Loaded = {}
    for name in names:
        plan = (plans or {}).get(name)
        if plan is not None:
            try:
                out[name] = number_columns.load(reader, name, plan)
                continue
            except Exception:  # the peek's workbook, say: the sheet is loaded as text
                pass
        height, where, array = load_sheet(reader, name)
        out[name] = height, {c: decode(array.child(i)) for i, c in enumerate(where)}, None
    return out


class EarlyLoad:
    """`EarlyLoad.start(data, names, size)`: None when it does not pay or cannot fork."""

    def __init__(self, pid: int, fd: int):
        self.pid, self.fd = pid, fd

    @classmethod
    def start(cls, data: bytes, names: list[str], size: int,
              plans: dict[str, Plan] | None = None) -> EarlyLoad | None:
        if not cls.pays(size, names):
            return None
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_fd)
            _child(data, names, plans, write_fd)
        os.close(write_fd)
        return cls(pid, read_fd)

    @staticmethod
    def pays(size: int, names: list[str]) -> bool:
        """Whether `start` would load sheets of `size` bytes of XML early."""
        return size >= MIN_BYTES and bool(names) and pipes.can_fork()

    def result(self) -> Loaded | None:
        """The loaded sheets, or None if the loading process failed (read them again)."""
        try:
            message = pipes.receive(self.fd, timeout=WAIT_SECONDS)
        except Exception:  # a torn pickle: treated like any other failure
            message = None
        if message is None:
            self.cancel()
            return None
        self._close()
        return message

    def cancel(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)
        self._close()

    def _close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)


def _child(data: bytes, names: list[str], plans: dict[str, Plan] | None, fd: int) -> None:
    code = 1
    try:
        pipes.quiet_child(_mapped() + EXTRA_MEMORY)
        pipes.send(fd, load_all(data, names, plans))
        code = 0
    except BaseException:
        pass
    finally:
        os._exit(code)


def _mapped() -> int:
    """Bytes of address space this process maps now (Linux's VmSize)."""
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) * 1024 for line in status
                    if line.startswith("VmSize"))
