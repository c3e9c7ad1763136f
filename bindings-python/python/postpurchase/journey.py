"""The customer journey: RFM scores and named segments, and post-purchase recommendations from
co-purchase statistics (the rules are the core's: see ``postpurchase::journey`` in the Rust docs
for the quintile and segment tables)."""

from __future__ import annotations

from typing import Any, Iterable, List, Sequence, Tuple, Union

import numpy as np

from . import _native
from ._convert import call, floats, loads
from .contract import HoldoutCase
from .results import HitRate, Recommendation

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
    keys = np.arange(n, dtype="<i8")
    columns = call(_native.rfm, keys, floats(frame[recency_col], recency_col), floats(frame[frequency_col], frequency_col), floats(frame[monetary_col], monetary_col))
    r, f, m, codes = (np.frombuffer(b, dtype=np.uint8) for b in columns)
    out = pd.DataFrame({"r": r, "f": f, "m": m}, index=frame.index)
    out["rfm"] = r.astype(np.int16) * 100 + f * 10 + m
    out["segment"] = pd.Categorical.from_codes(codes.astype(np.int8), categories=list(SEGMENTS))
    return out


def segments_of(r: Any, f: Any, m: Any) -> Any:
    """The segment code of each (r, f, m) score triple (scores 1–5), by the core's table: an
    array of strings.

    >>> import postpurchase as pp
    >>> list(pp.journey.segments_of([5, 1], [5, 1], [5, 1]))
    ['champions', 'lost']
    """
    def scores(x: Any) -> np.ndarray:
        return np.ascontiguousarray(np.asarray(x, dtype=np.uint8)).reshape(-1)

    codes = np.frombuffer(call(_native.rfm_segments_of, scores(r), scores(f), scores(m)), dtype=np.uint8)
    return np.asarray(SEGMENTS, dtype=object)[codes]


def rfm_from_transactions(transactions: Any, customer_id_col: str, datetime_col: str, monetary_value_col: str, as_of: Any) -> Any:
    """RFM of a transaction log at ``as_of``: days since each customer's last purchase, number of
    purchases and total spend (purchases after ``as_of`` are ignored), then ``rfm``. Needs pandas.

    >>> import pandas as pd, postpurchase as pp
    >>> tx = pd.DataFrame({"id": ["a", "a", "a", "b", "b", "c"], "at": pd.to_datetime(["2026-01-03", "2026-02-10", "2026-03-20", "2026-01-15", "2026-03-01", "2026-03-25"]), "paid": [40.0, 25.0, 60.0, 15.0, 15.0, 90.0]})
    >>> scored = pp.journey.rfm_from_transactions(tx, "id", "at", "paid", as_of="2026-03-31")
    >>> scored[["recency_days", "frequency", "monetary"]]
        recency_days  frequency  monetary
    id
    a           11.0        3.0     125.0
    b           30.0        2.0      30.0
    c            6.0        1.0      90.0
    """
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
    any frame with ``segment`` and that column), every segment listed.

    >>> import pandas as pd, postpurchase as pp
    >>> tx = pd.DataFrame({"id": ["a", "a", "a", "b", "b", "c"], "at": pd.to_datetime(["2026-01-03", "2026-02-10", "2026-03-20", "2026-01-15", "2026-03-01", "2026-03-25"]), "paid": [40.0, 25.0, 60.0, 15.0, 15.0, 90.0]})
    >>> summary = pp.journey.segment_summary(pp.journey.rfm_from_transactions(tx, "id", "at", "paid", as_of="2026-03-31"))
    >>> int(summary["customers"].sum()), float(summary["monetary"].sum())
    (3, 245.0)
    """
    from .metrics import _pandas

    pd = _pandas()
    counts = scored.groupby("segment", observed=False).agg(customers=("segment", "size"), monetary=(monetary_col, "sum"))
    return counts.reindex(pd.CategoricalIndex(list(SEGMENTS), categories=list(SEGMENTS), name="segment"), fill_value=0)


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
        """Baskets counted.

        >>> import postpurchase as pp
        >>> pp.journey.CoPurchase([["tent"], ["mug", "tea"]]).baskets
        2
        """
        return int(self._native.baskets())

    def recommend(self, basket: Sequence[str], exclude: Sequence[str] = (), k: int = 5) -> List[Recommendation]:
        """Up to ``k`` items for a basket, best first, never one in the basket or ``exclude``.

        >>> import postpurchase as pp
        >>> model = pp.journey.CoPurchase([["tent", "stakes", "lamp"], ["tent", "stakes"], ["tent", "lamp"]], min_item_count=1)
        >>> [r.item for r in model.recommend(["tent"], exclude=["lamp"])]
        ['stakes']
        >>> pp.journey.CoPurchase([["tent", "stakes"], ["tent", "stakes"], ["mug"]], min_item_count=1).recommend(["stakes"])[0]
        Recommendation(item='tent', because='stakes', confidence=1.0, lift=1.5, support=0.6666666666666666)
        """
        out = loads(call(self._native.recommend, [str(i) for i in basket], [str(i) for i in exclude], int(k)))
        return [Recommendation.from_dict(r) for r in out]

    def popular(self, exclude: Sequence[str] = (), k: int = 5) -> List[str]:
        """The ``k`` items in most baskets, except ``exclude`` (the baseline).

        >>> import postpurchase as pp
        >>> model = pp.journey.CoPurchase([["tent", "mug"], ["mug"], ["lamp", "mug"], ["tent"]])
        >>> model.popular(k=2)
        ['mug', 'tent']
        """
        return list(call(self._native.popular, [str(i) for i in exclude], int(k)))

    def hit_rate(self, cases: Iterable[Union[Tuple[Sequence[str], Sequence[str]], HoldoutCase]], k: int = 5) -> HitRate:
        """For each (bought before, bought next), whether a suggestion was bought next; with the
        popularity baseline's rate on the same cases. A case is a pair or a
        :class:`postpurchase.contract.HoldoutCase` (``{"before": [...], "next": [...]}``).

        >>> import postpurchase as pp
        >>> model = pp.journey.CoPurchase([["tent", "stakes"], ["tent", "stakes"], ["mug"], ["mug"], ["mug"]], min_item_count=1)
        >>> model.hit_rate([(["tent"], ["stakes"]), (["mug"], ["lamp"])], k=1).rate
        0.5
        >>> model.hit_rate([(["stakes"], ["tent"])], k=1)
        HitRate(customers=1, hits=1, popular_hits=0, rate=1.0, popular_rate=0.0)
        >>> model.hit_rate([{"before": ["stakes"], "next": ["tent"]}], k=1).hits
        1
        """
        pairs = [(case["before"], case["next"]) if isinstance(case, dict) else case for case in cases]
        c = [([str(i) for i in a], [str(i) for i in b]) for a, b in pairs]
        return HitRate.from_dict(loads(call(self._native.hit_rate, c, int(k))))


#: The lifecycle stage codes.
STAGES: Tuple[str, ...] = tuple(_native.stage_codes())


def _histories(transactions: Any, customer_id_col: str, datetime_col: str, customers: Any) -> Tuple[Any, np.ndarray, np.ndarray, int, np.ndarray, np.ndarray, np.ndarray]:
    from .metrics import _pandas

    pd = _pandas()
    codes, uniques = pd.factorize(transactions[customer_id_col], sort=True)
    times = pd.to_datetime(transactions[datetime_col]).to_numpy(dtype="datetime64[ns]").astype("<i8")
    n = len(uniques)
    index = pd.Index(uniques, name=customer_id_col)

    def per_customer(col: str) -> np.ndarray:
        if customers is None or col not in customers:
            return np.full(n, np.nan)
        return np.ascontiguousarray(customers[col].reindex(index).to_numpy(dtype=float))

    return index, np.ascontiguousarray(codes, dtype="<i8"), np.ascontiguousarray(times), n, per_customer("latest_nps"), per_customer("referrals"), per_customer("p_alive")


def _rules_json(rules: Any) -> Any:
    import json

    return None if rules is None else json.dumps(dict(rules))


def stages(transactions: Any, customer_id_col: str, datetime_col: str, at: Any, customers: Any = None, rules: Any = None) -> Any:
    """The lifecycle stage of every customer of a transaction log at ``at``, judged against the
    customer's own rhythm (the rules and defaults are in ``postpurchase::journey::lifecycle``):
    a DataFrame indexed by customer with ``stage`` (categorical, codes in ``STAGES``; missing for
    customers whose first purchase is after ``at``), ``rule`` (what decided), ``purchases``,
    ``days_since_last`` and ``typical_gap_days``. ``customers`` may give, per customer id,
    ``latest_nps``, ``referrals`` and ``p_alive`` (from a fitted model); ``rules`` overrides
    thresholds (``{"new_days": 14}``). Needs pandas.

    >>> import pandas as pd, postpurchase as pp
    >>> tx = pd.DataFrame({"who": ["a"] * 4 + ["b"], "at": ["2026-01-01", "2026-01-11", "2026-01-21", "2026-01-31", "2026-03-01"]})
    >>> pp.journey.stages(tx, "who", "at", at="2026-03-10")[["stage", "rule", "days_since_last"]]
          stage                   rule  days_since_last
    who
    a    lapsed             lapsed.gap             38.0
    b       new  new.first_order_recent              9.0
    """
    from .metrics import _pandas

    pd = _pandas()
    index, codes, times, n, nps, refs, alive = _histories(transactions, customer_id_col, datetime_col, customers)
    at_ns = int(pd.Timestamp(at).value)
    idx, rule, purchases, since, gap = call(_native.stages, codes, times, n, at_ns, nps, refs, alive, _rules_json(rules))
    codes_ = np.frombuffer(idx, dtype=np.uint8).astype(np.int16)
    codes_[codes_ == 255] = -1
    out = pd.DataFrame({"stage": pd.Categorical.from_codes(codes_, categories=list(STAGES))}, index=index)
    out["rule"] = rule
    out["purchases"] = np.frombuffer(purchases, dtype="<f8")
    out["days_since_last"] = np.frombuffer(since, dtype="<f8")
    out["typical_gap_days"] = np.frombuffer(gap, dtype="<f8")
    return out


def transitions(transactions: Any, customer_id_col: str, datetime_col: str, dates: Sequence[Any], customers: Any = None, rules: Any = None) -> Tuple[Any, Any]:
    """Each customer's stage at each of ``dates`` (month ends, say) and the moves between
    consecutive dates: ``(stages, moves)``, where ``stages`` has a column per date and ``moves``
    has ``from_date``, ``to_date``, ``from``, ``to`` (``None``: not a customer yet) and
    ``customers``. The gap rules decide (a P(alive) belongs to one date). Needs pandas.

    >>> import pandas as pd, postpurchase as pp
    >>> tx = pd.DataFrame({"id": ["a", "a", "a", "b", "b", "c"], "at": pd.to_datetime(["2026-01-03", "2026-02-10", "2026-03-20", "2026-01-15", "2026-03-01", "2026-03-25"]), "paid": [40.0, 25.0, 60.0, 15.0, 15.0, 90.0]})
    >>> stages, moves = pp.journey.transitions(tx, "id", "at", ["2026-01-31", "2026-03-31"])
    >>> list(stages.index), len(stages.columns)
    (['a', 'b', 'c'], 2)
    >>> int(moves["customers"].sum())
    3
    """
    from .metrics import _pandas

    pd = _pandas()
    index, codes, times, n, nps, refs, _ = _histories(transactions, customer_id_col, datetime_col, customers)
    stamps = [pd.Timestamp(d) for d in dates]
    flat, rows = call(_native.stage_transitions, codes, times, n, [int(s.value) for s in stamps], nps, refs, _rules_json(rules))
    grid = np.frombuffer(flat, dtype=np.uint8).reshape(n, len(stamps)).astype(np.int16)
    grid[grid == 255] = -1
    by_date = pd.DataFrame({s: pd.Categorical.from_codes(grid[:, k], categories=list(STAGES)) for k, s in enumerate(stamps)}, index=index)
    moves = pd.DataFrame(loads(rows), columns=["step", "from", "to", "customers"])
    moves.insert(0, "from_date", [stamps[k] for k in moves["step"]])
    moves.insert(1, "to_date", [stamps[k + 1] for k in moves["step"]])
    return by_date, moves.drop(columns="step")


def next_purchase(model: Any, frequency: Any, recency: Any = None, T: Any = None, horizon: float = 30.0) -> Any:
    """Next-purchase timing from a fitted ``BetaGeoFitter`` or ``ModifiedBetaGeoFitter``:
    ``p_alive``, ``p_purchase_within`` (at least one purchase within ``horizon``, in the
    model's time unit) and ``median_wait`` (NaN when the customer more likely than not never
    buys again). A DataFrame on the input's index for pandas input (or a DataFrame with the
    summary columns), else a dict of arrays.

    >>> import postpurchase as pp
    >>> bgf = pp.BetaGeoFitter.from_params({"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426})
    >>> out = pp.journey.next_purchase(bgf, [2.0, 5.0], [30.43, 2.0], [38.86, 38.86], horizon=4)
    >>> [round(float(v), 4) for v in out["p_purchase_within"]], bool(np.isnan(out["median_wait"][1]))
    ([0.1307, 0.0001], True)
    """
    if recency is None:
        frequency, recency, T = frequency["frequency"], frequency["recency"], frequency["T"]
    from .clv import _like

    cols = call(_native.next_purchase, model._kind, model._json(), floats(frequency, "frequency"), floats(recency, "recency"), floats(T, "T"), float(horizon))
    alive, within, wait = (np.frombuffer(b, dtype="<f8") for b in cols)
    index_like = _like(alive, frequency, recency, T)
    if hasattr(index_like, "index"):
        from .metrics import _pandas

        return _pandas().DataFrame({"p_alive": alive, "p_purchase_within": within, "median_wait": wait}, index=index_like.index)
    return {"p_alive": alive, "p_purchase_within": within, "median_wait": wait}
