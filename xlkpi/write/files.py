"""What every xlkpi output shares: written to a temporary name and renamed into place (so a
crash or a full disk never leaves half a workbook), never over an input, sized to fit.

A temporary file is `.NAME.xlkpi-PID-RANDOM.tmp.xlsx` beside the target. It is removed when
the block fails, when the process is stopped by SIGTERM (or SIGHUP), and — should the process
have been killed outright — by the next run that writes beside it, once the process that made
it is gone.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import tempfile
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from xlkpi.core import resources
from xlkpi.core.errors import BadArgument, OutputError

_TEMP = re.compile(r"^\..+\.xlkpi-(\d+)-[^.]+\.tmp\.xlsx$")
_pending: set[Path] = set()  # temporaries of this process, removed on SIGTERM
_lock = threading.Lock()
_handlers: dict[int, object] = {}


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def _resolved(p: Path) -> Path:
    try:
        return Path(p).resolve()
    except (OSError, RuntimeError):  # a symlink loop
        return Path(os.path.abspath(p))


def shipped_inputs() -> list[Path]:
    """The files xlkpi ships and reads: the default register and the returns template."""
    return [resources.default_register_path(), resources.template_path("returns_template.xlsx")]


def refuse_input_as_output(output: Path, inputs: Iterable[Path | None]) -> None:
    """BadArgument when `output` is one of `inputs` (returns, register) or a file xlkpi
    ships: an output is never written over something a run reads. Every command that writes
    calls this with everything it reads."""
    output = Path(output)
    for i in [*(p for p in inputs if p is not None), *shipped_inputs()]:
        if same_file(output, Path(i)) or _resolved(output) == _resolved(Path(i)):
            raise BadArgument(f"{output}: refusing to write the output over an input file "
                              f"({i}); choose another name with -o")


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside `path`; rename it to `path` when the block succeeds.
    Every failure of the file system, from creating the temporary to the rename, is an
    OutputError naming `path`."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    tmp_path: Path | None = None
    try:
        if not folder.is_dir():
            raise OutputError(f"{path}: the folder {folder} does not exist")
        remove_stale_temporaries(folder)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.xlkpi-{os.getpid()}-",
                                   suffix=".tmp.xlsx", dir=folder)
        os.close(fd)
        tmp_path = Path(tmp)
        _track(tmp_path)
        yield tmp_path
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp_path, 0o666 & ~umask)  # mkstemp makes 0600; outputs are shared files
        os.replace(tmp_path, path)
    except PermissionError:
        raise OutputError(f"{path}: cannot write it (is it open in Excel, or is the folder "
                          "read-only?)") from None
    except IsADirectoryError:
        raise OutputError(f"{path}: cannot write it (it is a folder)") from None
    except OSError as exc:
        raise OutputError(f"{path}: cannot write it ({exc.strerror or exc})") from None
    finally:
        if tmp_path is not None:
            with contextlib.suppress(OSError):
                tmp_path.unlink()
            _untrack(tmp_path)


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Remove xlkpi temporaries left in `folder` by runs that were killed (their process is
    gone). Returns what was removed."""
    removed = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        m = _TEMP.match(name)
        if not m or int(m.group(1)) == os.getpid() or _alive(int(m.group(1))):
            continue
        with contextlib.suppress(OSError):
            (Path(folder) / name).unlink()
            removed.append(Path(folder) / name)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError, OverflowError):
        return True
    return True


def _track(tmp: Path) -> None:
    with _lock:
        _pending.add(tmp)
    _install_handlers()


def _untrack(tmp: Path) -> None:
    with _lock:
        _pending.discard(tmp)


def _install_handlers() -> None:
    """On SIGTERM/SIGHUP remove this process's temporaries, then stop as the signal would."""
    if _handlers or threading.current_thread() is not threading.main_thread():
        return
    for sig in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)):
        if sig is None:
            continue
        with contextlib.suppress(ValueError, OSError):
            _handlers[sig] = signal.signal(sig, _on_signal)


def _on_signal(signum, frame) -> None:
    with _lock:
        pending = list(_pending)
    for tmp in pending:
        with contextlib.suppress(OSError):
            tmp.unlink()
    previous = _handlers.get(signum)
    if callable(previous):
        previous(signum, frame)
        return
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


def column_widths(rows: Sequence[Sequence], minimum: float = 6, maximum: float = 50) -> list[float]:
    """Character widths that fit each column's longest line (within bounds)."""
    widths: list[float] = []
    for row in rows:
        for j, v in enumerate(row):
            text = "" if v is None else (f"{v:,.1f}" if isinstance(v, float) else str(v))
            longest = max((len(line) for line in text.split("\n")), default=0)
            if j >= len(widths):
                widths.append(minimum)
            widths[j] = max(widths[j], min(maximum, longest * 1.1 + 2))
    return widths
