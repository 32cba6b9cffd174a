"""Frame plumbing the engine repeats: a left join on keys that are unique on the right, and
the values' rows in report order.

compute and rate line up a few frames of (indicator, month) rows, a few thousand each, many
times per run; pandas' merge costs several milliseconds each time for what is a lookup here.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def left_join(left: pd.DataFrame, right: pd.DataFrame, on: list[str]) -> pd.DataFrame:
    """`left.merge(right, on=on, how="left")`, the same frame (columns, dtypes, a fresh
    RangeIndex) by a lookup of each left row's keys among `right`'s. Keys match as merge
    matches them (2020 == 2020.0, NaN == NaN). Right keys that repeat, or column names the
    two share besides `on`, are left to merge itself."""
    extra = [c for c in right.columns if c not in on]
    if any(c in left.columns for c in extra):
        return left.merge(right, on=on, how="left")
    n = len(right)
    key = np.zeros(n + len(left), dtype=np.int64)
    for c in on:
        both = np.concatenate([right[c].to_numpy(), left[c].to_numpy()])
        codes, uniques = pd.factorize(both, use_na_sentinel=False)
        key = key * (len(uniques) + 1) + codes
    right_key = pd.Index(key[:n])
    if not right_key.is_unique:
        return left.merge(right, on=on, how="left")
    at = right_key.get_indexer(key[n:])
    # -1 (no match) is no label of the RangeIndex: NaN rows, upcast as merge upcasts them
    taken = right[extra].reset_index(drop=True).reindex(at)
    taken.index = pd.RangeIndex(len(left))
    return pd.concat([left.reset_index(drop=True), taken], axis=1)


def in_report_order(out: pd.DataFrame, ids: pd.Index, first: int, last: int
                    ) -> pd.DataFrame:
    """The rows of months `first` to `last`, by month and then in the order of `ids` (the
    register's; stable), taken in one step: what filtering and then sort_values with a key
    give, with one copy instead of two."""
    position = out["indicator_id"].map({i: n for n, i in enumerate(ids)}).to_numpy(float)
    keep = np.flatnonzero(out["month"].between(first, last).to_numpy(bool))
    if np.isnan(position[keep]).any():  # an ID the register has not: sorted last, as pandas
        out = out.iloc[keep].assign(_at=position[keep])
        return out.sort_values(["month", "_at"], kind="stable").drop(columns="_at")
    return out.take(keep[np.lexsort((position[keep], out["month"].to_numpy()[keep]))])
