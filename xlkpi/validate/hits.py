"""Hits: what every returns rule gives back, before it becomes a finding.

A hits frame has one row per (returns row, cell, code): `index` (the row's id, its label in
the checked rows), `column` (the field whose cell is at fault) and `code`, plus any named
detail columns the rule's message needs (`previous`, `cells`, ...). validate/messages.py fills
the code's message template from those details and from the row itself.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

KEYS = ["index", "column", "code"]


def hits(index, column: str | pd.Series | np.ndarray, code: str, **details) -> pd.DataFrame:
    """A hits frame for the rows `index`: one `column` and `code`, and the rule's details
    (scalars or sequences aligned with `index`)."""
    index = np.asarray(index, dtype=int)
    frame = pd.DataFrame({"index": index, "column": column, "code": code})
    for name, values in details.items():
        frame[name] = values.to_numpy() if isinstance(values, pd.Series) else values
    return frame


def no_hits() -> pd.DataFrame:
    return pd.DataFrame({"index": pd.Series(dtype=int), "column": pd.Series(dtype=object),
                         "code": pd.Series(dtype=object)})


def combined(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """All the hits of several rules, each (index, column, code) once."""
    frames = [f for f in frames if len(f)]
    if not frames:
        return no_hits()
    return pd.concat(frames, ignore_index=True).drop_duplicates(KEYS).reset_index(drop=True)
