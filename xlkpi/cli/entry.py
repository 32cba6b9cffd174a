"""The `xlkpi` command's entry point: the returns' read starts before typer is imported.

Importing typer and click takes some 50 ms, and a big run waits on the read of the returns,
not on them. So the entry point starts the read from the raw command line first
(early_read), and only then imports the app. Nothing here is heavy to import.
"""

from __future__ import annotations

import gc
import sys

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

    app.run()
