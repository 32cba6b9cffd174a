"""The `xlkpi` command's entry point: the returns' read starts before typer is imported.

Importing typer and click takes some 50 ms, and a big run waits on the read of the returns,
not on them. So the entry point starts the read from the raw command line first
(early_read), and only then imports the app. Nothing here is heavy to import.

When the command is done, the process leaves at once (`leave`): the exit handlers run and the
output is flushed, but the interpreter does not tear down every module and object it holds,
which takes some 50 ms after a big run and has nothing left to save.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import os
import sys
import threading

from xlkpi.cli import early_read


def start() -> None:
    """What every run does first: stop pandera importing hypothesis, switch the garbage
    collector off until the command's imports are done (app._imported), start the read."""
    # pandera imports hypothesis, where it is installed (a development install), to offer
    # data synthesis for every check registered; xlkpi never synthesises data, and the
    # import costs 50-180 ms of every run, on the way to the first validated row.
    sys.modules.setdefault("hypothesis", None)  # type: ignore[arg-type]
    gc.disable()
    early_read.start(sys.argv[1:])


def main() -> None:
    start()
    from xlkpi.cli import app  # typer and click: imported while the returns are read

    try:
        app.run()
    except SystemExit as done:
        leave(done.code)
    leave(0)


def leave(code: int | str | None) -> None:
    """Exit with `code` as sys.exit would, without the interpreter's teardown: exit handlers
    run and stdout and stderr are flushed first. Where a thread other than daemons is still
    alive, sys.exit, which waits for it."""
    if any(t.is_alive() and not t.daemon for t in threading.enumerate()
           if t is not threading.main_thread()):
        sys.exit(code)
    if isinstance(code, str):  # sys.exit("text"): the text on stderr, status 1
        print(code, file=sys.stderr)
    status = code if isinstance(code, int) else 0 if code is None else 1
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe (`| head`) or stream
            stream.flush()
    os._exit(status)
