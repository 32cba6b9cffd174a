"""compute.completeness.window_reasons works over whole arrays; it must give the texts of the
plain loop it replaced (kept here as the reference), spans, "and N more" and all."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from xlkpi.compute.completeness import SHOWN, _label, window_reasons


def _spans(gaps):
    spans = []
    for month, who in gaps:
        if spans and spans[-1][2] == who:
            spans[-1][1] = month
        else:
            spans.append([month, month, who])
    return [(_label(a) if a == b else f"{_label(a)} to {_label(b)}", who)
            for a, b, who in spans]


def loop(frame, single, months_back):
    """The reference: each row's window looked up month by month."""
    status = {(i, m): (c, w) for i, m, c, w in
              zip(single["indicator_id"], single["month"], single["complete"], single["who"],
                  strict=True)}
    texts = []
    for ind, month, window, back in zip(frame["indicator_id"], frame["month"],
                                        frame["window"], months_back, strict=True):
        found = ((m, status.get((ind, m))) for m in range(month - back, month + 1))
        gaps = [(m, st[1]) for m, st in found if st is not None and not st[0]]
        if not gaps:
            texts.append("")
            continue
        spans = _spans(gaps)
        text = "; ".join(f"{span} from {who}" for span, who in spans[:SHOWN])
        more = f"; and {len(spans) - SHOWN} more" if len(spans) > SHOWN else ""
        what = "Year to date" if window == "ytd" else "12 months to date"
        texts.append(f"{what} incomplete: no valid figures for {text}{more}")
    return pd.Series(texts, index=frame.index, dtype=object)


@pytest.mark.parametrize("seed", range(30))
def test_window_reasons_equal_the_loop(seed):
    rng = np.random.default_rng(seed)
    ids = [f"K{i}" for i in range(6)]
    # single: most (indicator, month)s of a few years, some incomplete, a few teams' names
    single = pd.DataFrame([(i, m) for i in ids for m in range(240, 276)
                           if rng.random() < 0.8], columns=["indicator_id", "month"])
    single["complete"] = rng.random(len(single)) < [0.9, 0.5, 0.1][seed % 3]
    single["who"] = rng.choice(["CLA", "HR, SEN", "any team"], len(single)).astype(object)
    n = int(rng.integers(0, 40))
    frame = pd.DataFrame({"indicator_id": rng.choice([*ids, "NEW"], n),
                          "month": rng.integers(238, 280, n),
                          "window": rng.choice(["ytd", "rolling12"], n)},
                         index=rng.permutation(1000)[:n])
    back = pd.Series(np.where(frame["window"] == "ytd", rng.integers(0, 12, n), 11),
                     index=frame.index)
    pd.testing.assert_series_equal(window_reasons(frame, single, back),
                                   loop(frame, single, back))
