"""The same team, indicator and period returned more than once (DESIGN §7).

Rows that are a return (figures, or a nil return) and share a (team, indicator, month) key
are compared on their figures: Numerator, Denominator, Value and RAG, as read (value and kind).

- Every row of a key repeats the same figures (one file given twice, a copied row): the first
  is used; each later one is a `duplicate-copy` warning, naming the first, and is left out
  (COPY: excluded without being an error).
- The rows of a key give different figures: every row of that key is a `duplicate-return`
  error (none is used), its message naming the different versions by file and cells.

Cost is linear in rows: each key's listing is made once, from its first few versions, and
ends with a count ("… and 9,996 more"), so 10,000 rows of one key make 10,000 short messages.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from xlkpi.read import values as parse
from xlkpi.read.returns import FIELDS, FIGURES, Source
from xlkpi.validate import locations
from xlkpi.validate.coercion import FIGURE_KINDS, keys, plain, returned
from xlkpi.validate.hits import hits
from xlkpi.validate.messages import SHOWN, listing, number_text

COPY = "duplicate-copy"
_SAME = [*FIGURES, *FIGURE_KINDS, "rag"]  # what two rows must share to be copies


def duplicates(rows: pd.DataFrame, raw: pd.DataFrame, sources: list[Source]
               ) -> list[pd.DataFrame]:
    """`duplicate-copy` and `duplicate-return` hits over the checked `rows` (`raw`: the same
    rows as read, for the figures as typed)."""
    r = rows[returned(rows)]
    key = keys(r, "team", "indicator_id", "month")
    shared = pd.Series(key).duplicated(keep=False).to_numpy()
    if not shared.any():
        return []
    r, key = r[shared], key[shared]
    version = _versions(r, key)
    first = pd.Series(r.index).groupby(version).transform("first").to_numpy()
    is_first = first == r.index.to_numpy()
    versions = pd.Series(is_first.astype(int)).groupby(key).transform("sum").to_numpy()
    size = pd.Series(key).groupby(key).transform("size").to_numpy()

    copy = ~is_first & (versions == 1)
    conflict = versions > 1
    return [_copies(r[copy], r.loc[first[copy]], sources),
            _conflicts(r[conflict], key[conflict], is_first[conflict], size[conflict], raw,
                       sources)]


def _versions(r: pd.DataFrame, key: np.ndarray) -> np.ndarray:
    """One number per distinct (key, figures): equal for rows that are copies of each other.
    Figures are compared as codes (NaN is a value here: a blank equals a blank)."""
    codes = pd.DataFrame({c: pd.factorize(r[c], use_na_sentinel=False)[0] for c in _SAME})
    codes["key"] = key
    return codes.groupby(list(codes.columns), sort=False).ngroup().to_numpy()


def _copies(copies: pd.DataFrame, originals: pd.DataFrame, sources: list[Source]
            ) -> pd.DataFrame:
    """Each copy names the row it repeats; a row repeating itself is a file given twice."""
    where = _figure_cells(originals, sources).to_numpy(dtype=object)
    same_place = (locations.files(originals["src"], sources).to_numpy()
                  == locations.files(copies["src"], sources).to_numpy()) \
        & (originals["row"].to_numpy() == copies["row"].to_numpy()) \
        & (locations.sheets(originals["src"], sources).to_numpy()
           == locations.sheets(copies["src"], sources).to_numpy())
    original = np.where(same_place, where + " (the same file given twice)", where)
    return hits(copies.index, "indicator_id", COPY, original=original)


def _conflicts(r: pd.DataFrame, key: np.ndarray, is_first: np.ndarray, size: np.ndarray,
               raw: pd.DataFrame, sources: list[Source]) -> pd.DataFrame:
    """Every row of a key with different figures; `cells` lists the versions, `times` and
    `others` count the rows."""
    if r.empty:
        return hits([], "indicator_id", "duplicate-return")
    firsts = r[is_first]
    text = _figure_cells(firsts, sources) + " (" + _figures(firsts, raw) + ")"
    table = pd.DataFrame({"key": key[is_first], "text": text.to_numpy()})
    count = table.groupby("key", sort=False).size()
    named = table.groupby("key", sort=False).head(SHOWN).groupby("key", sort=False)["text"] \
        .agg(list)
    cells = pd.Series([listing(named[k], count[k]) for k in count.index], index=count.index)
    times = np.where(size == 2, "twice", pd.Series(size).map("{:,} times".format).to_numpy())
    return hits(r.index, "indicator_id", "duplicate-return",
                cells=cells.reindex(key).to_numpy(), times=times,
                others=np.where(size == 2, "other", "others"))


def _figure_cells(r: pd.DataFrame, sources: list[Source]) -> pd.Series:
    """locations.figure_cells, which compute shares, of rows with their text as text."""
    return locations.figure_cells(plain(r[["src", "row", "measure"]]), sources)


def _figures(r: pd.DataFrame, raw: pd.DataFrame) -> pd.Series:
    """'Numerator 80, Denominator 100' (numbers as read, anything else as typed), or
    'no figures' for a nil return."""
    out = pd.Series("", index=r.index, dtype=object)
    for f in (*FIGURES, "rag"):
        if f == "rag":
            text = r["rag"]
        else:
            number = r[f"{f}_kind"].eq(parse.NUMBER)
            text = number_text(r[f]).where(number, parse.clean_text(raw.loc[r.index, f]))
        given = text.ne("")
        out = out.where(~given, out + np.where(out.eq(""), "", ", ") + FIELDS[f] + " "
                        + text.str.slice(0, 20))
    return out.where(out.ne(""), "no figures")
