"""What every xlkpi output shares: written to a temporary name and renamed into place (so a
crash or a full disk never leaves half a workbook), never over an input, sized to fit."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from xlkpi.core.errors import BadArgument, OutputError


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def refuse_overwriting_inputs(output: Path, inputs: Iterable[Path]) -> None:
    for i in inputs:
        if same_file(output, Path(i)) or Path(output).resolve() == Path(i).resolve():
            raise BadArgument(f"{output}: refusing to write the output over an input file; "
                              "choose another name with -o")


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside `path`; rename it to `path` when the block succeeds."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"{path}: the folder {folder} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".tmp.xlsx", dir=folder)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp_path, 0o666 & ~umask)  # mkstemp makes 0600; outputs are shared files
        os.replace(tmp_path, path)
    except PermissionError:
        raise OutputError(f"{path}: cannot write it (is it open in Excel, or read-only?)") \
            from None
    except OSError as exc:
        raise OutputError(f"{path}: cannot write it ({exc.strerror or exc})") from None
    finally:
        with contextlib.suppress(OSError):
            tmp_path.unlink()


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
