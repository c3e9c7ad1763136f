"""The customer journey: RFM scores and named segments, and post-purchase recommendations from
co-purchase statistics (the rules are the core's: see ``postpurchase::journey`` in the Rust docs
for the quintile and segment tables)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, List, Sequence, Tuple

import numpy as np

from . import _native
from ._convert import call, floats, loads

#: The segment codes, in the order of the mapping table.
SEGMENTS: Tuple[str, ...] = tuple(_native.rfm_segments())


def rfm(frame: Any, recency_col: str = "recency_days", frequency_col: str = "frequency", monetary_col: str = "monetary") -> Any:
    """RFM scores (1–5 by quintile, ties sharing the score of their lowest position) and the
    named segment of every row of a DataFrame of measures: a DataFrame on the same index with
    ``r``, ``f``, ``m``, ``rfm`` (the three as one number, ``545``) and ``segment`` (categorical, codes in
    ``SEGMENTS``). Needs pandas.

    >>> import pandas as pd, postpurchase as pp
    >>> m = pd.DataFrame({"recency_days": [3, 40, 200, 10, 90], "frequency": [9, 4, 1, 2, 1], "monetary": [900, 300, 20, 80, 60]},
    ...                  index=pd.Index(["ann", "bob", "cy", "dee", "eve"], name="customer"))
    >>> pp.journey.rfm(m)[["rfm", "segment"]]
              rfm              segment
    customer
    ann       555            champions
    bob       344                loyal
    cy        111                 lost
    dee       433  potential_loyalists
    eve       212          hibernating
    """
    from .metrics import _pandas

    pd = _pandas()
    n = len(frame)
    keys = np.arange(n, dtype="<i8").tobytes()
    columns = call(_native.rfm, keys, floats(frame[recency_col], recency_col), floats(frame[frequency_col], frequency_col), floats(frame[monetary_col], monetary_col))
    r, f, m, codes = (np.frombuffer(b, dtype=np.uint8) for b in columns)
    out = pd.DataFrame({"r": r, "f": f, "m": m}, index=frame.index)
    out["rfm"] = r.astype(np.int16) * 100 + f * 10 + m
    out["segment"] = pd.Categorical.from_codes(codes.astype(np.int8), categories=list(SEGMENTS))
    return out


def rfm_from_transactions(transactions: Any, customer_id_col: str, datetime_col: str, monetary_value_col: str, as_of: Any) -> Any:
    """RFM of a transaction log at ``as_of``: days since each customer's last purchase, number of
    purchases and total spend (purchases after ``as_of`` are ignored), then ``rfm``. Needs pandas."""
    from .metrics import _pandas

    pd = _pandas()
    tx = transactions[[customer_id_col, datetime_col, monetary_value_col]].copy()
    tx[datetime_col] = pd.to_datetime(tx[datetime_col])
    end = pd.Timestamp(as_of)
    tx = tx[tx[datetime_col] <= end]
    g = tx.groupby(customer_id_col)
    measures = pd.DataFrame({
        "recency_days": (end - g[datetime_col].max()).dt.total_seconds() / 86_400,
        "frequency": g.size().astype(float),
        "monetary": g[monetary_value_col].sum().astype(float),
    })
    return measures.join(rfm(measures))


def segment_summary(scored: Any, monetary_col: str = "monetary") -> Any:
    """Customers and total ``monetary_col`` per segment of ``rfm_from_transactions`` output (or
    any frame with ``segment`` and that column), every segment listed."""
    from .metrics import _pandas

    pd = _pandas()
    counts = scored.groupby("segment", observed=False).agg(customers=("segment", "size"), monetary=(monetary_col, "sum"))
    return counts.reindex(pd.CategoricalIndex(list(SEGMENTS), categories=list(SEGMENTS), name="segment"), fill_value=0)


@dataclass(frozen=True)
class Recommendation:
    """A suggested item, the basket item it is most often bought with, and the statistics."""

    item: str
    because: str
    confidence: float
    lift: float
    support: float


@dataclass(frozen=True)
class HitRate:
    """Hit rate at k on a holdout against the most-popular baseline."""

    customers: int
    hits: int
    popular_hits: int
    rate: float
    popular_rate: float


class CoPurchase:
    """Co-purchase statistics over baskets (lists of item ids) and the suggestions they give.

    >>> import postpurchase as pp
    >>> model = pp.journey.CoPurchase([["tent", "stakes"], ["tent", "stakes", "lamp"], ["tent", "lamp"], ["mug"]], min_item_count=1)
    >>> [(r.item, r.because, r.confidence) for r in model.recommend(["stakes"])]
    [('tent', 'stakes', 1.0)]
    """

    def __init__(self, baskets: Iterable[Sequence[str]], min_pair_count: int = 2, min_item_count: int = 2) -> None:
        self._native = call(_native.CoPurchase, [[str(i) for i in b] for b in baskets], int(min_pair_count), int(min_item_count))

    @property
    def baskets(self) -> int:
        """Baskets counted."""
        return int(self._native.baskets())

    def recommend(self, basket: Sequence[str], exclude: Sequence[str] = (), k: int = 5) -> List[Recommendation]:
        """Up to ``k`` items for a basket, best first, never one in the basket or ``exclude``."""
        out = loads(call(self._native.recommend, [str(i) for i in basket], [str(i) for i in exclude], int(k)))
        return [Recommendation(**r) for r in out]

    def popular(self, exclude: Sequence[str] = (), k: int = 5) -> List[str]:
        """The ``k`` items in most baskets, except ``exclude`` (the baseline)."""
        return list(call(self._native.popular, [str(i) for i in exclude], int(k)))

    def hit_rate(self, cases: Iterable[Tuple[Sequence[str], Sequence[str]]], k: int = 5) -> HitRate:
        """For each (bought before, bought next), whether a suggestion was bought next; with the
        popularity baseline's rate on the same cases."""
        c = [([str(i) for i in a], [str(i) for i in b]) for a, b in cases]
        return HitRate(**loads(call(self._native.hit_rate, c, int(k))))
