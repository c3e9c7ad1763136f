"""Customer metrics, survey scores and CLV on Apache Spark (``pip install postpurchase[spark]``,
PySpark 3.5 or later).

Nothing here is a second implementation: Spark does the grouping and the shuffles, and the core
does the arithmetic, so every result equals the single-machine function on the same data.

* ``summary_data_from_transaction_data`` is the customer summary computed with Spark
  aggregations, with the conventions of :func:`postpurchase.metrics.summary_data_from_transaction_data`
  (calendar periods ``"h"``, ``"D"`` or ``"W"``, ``freq_multiplier``, ``include_first_transaction``).
* ``survey_scores`` counts NPS, CSAT or CES answers per partition into the core's survey states,
  merges them across partitions per group (segment and time bucket) and scores each group.
* ``rfm_table`` / ``fit`` fit the BG/NBD, modified BG/NBD, Pareto/NBD or Gamma-Gamma model on
  the distinct summary rows with their counts: the driver holds one row per distinct
  (frequency, recency, T), however many customers there are, and the fit equals the fit on
  every customer.
* ``with_predictions`` adds expected purchases, P(alive), expected spend and CLV columns through
  Arrow (``mapInPandas``).
* ``fit_promise`` fits a delivery-promise model per partition and merges the partitions' models
  on the driver: the model equals :meth:`postpurchase.promise.PromiseModel.fit` on every row.

Times are instants: a timestamp column is used as it is; strings are read in the session time
zone (set ``spark.sql.session.timeZone`` to ``UTC`` to read them as pandas reads naive times).
"""

from __future__ import annotations

from typing import Any, Dict, Iterator, List, Optional, Sequence, Tuple

import numpy as np

from . import clv as _clv
from . import feedback as _feedback
from .metrics import _pandas

_PERIOD_MICROS = {"h": 3_600_000_000, "H": 3_600_000_000, "D": 86_400_000_000, "W": 7 * 86_400_000_000, "W-SUN": 7 * 86_400_000_000}
# weeks run Monday to Sunday (pandas "W"): the first starts on Monday 1969-12-29, three days
# before the epoch
_WEEK_SHIFT_MICROS = 3 * 86_400_000_000


def _functions() -> Any:
    try:
        from pyspark.sql import functions
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError("postpurchase.spark needs PySpark 3.5 or later: pip install 'postpurchase[spark]'") from e
    return functions


def _period_length(freq: str) -> int:
    try:
        return _PERIOD_MICROS[freq]
    except KeyError:
        raise ValueError(f"freq must be one of h, D or W, not {freq!r}") from None


def _period_of(micros: Any, freq: str) -> Any:
    """The period index of a column of microseconds since the epoch: floor division, exact."""
    F = _functions()
    length = F.lit(_period_length(freq))
    shifted = micros + F.lit(_WEEK_SHIFT_MICROS) if freq in ("W", "W-SUN") else micros
    return ((shifted - F.pmod(shifted, length)) / length).cast("long")


def _micros(col: Any) -> Any:
    F = _functions()
    return F.unix_micros(F.to_timestamp(col))


def _end_period(observation_period_end: Any, freq: str) -> int:
    ts = _pandas().Timestamp(observation_period_end)
    if ts.tzinfo is not None:
        ts = ts.tz_convert("UTC").tz_localize(None)
    micros = int(ts.value) // 1000
    shift = _WEEK_SHIFT_MICROS if freq in ("W", "W-SUN") else 0
    return (micros + shift) // _period_length(freq)


def summary_data_from_transaction_data(
    transactions: Any,
    customer_id_col: str,
    datetime_col: str,
    monetary_value_col: Optional[str] = None,
    observation_period_end: Any = None,
    freq: str = "D",
    freq_multiplier: float = 1,
    include_first_transaction: bool = False,
) -> Any:
    """The customer summary of a Spark DataFrame of transactions, as a Spark DataFrame with the
    customer id column, ``frequency``, ``recency``, ``T`` (and ``monetary_value``): the values
    :func:`postpurchase.metrics.summary_data_from_transaction_data` gives, exactly.

    Purchases are merged per customer and calendar period; amounts are summed as decimals, and
    the mean of the counted periods is taken in period order, as the core does. Without
    ``observation_period_end`` the latest transaction's period ends the observation.

    >>> import os, sys
    >>> _ = os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    >>> from pyspark.sql import SparkSession
    >>> spark = SparkSession.builder.master("local[1]").config("spark.ui.enabled", "false").config("spark.sql.session.timeZone", "UTC").getOrCreate()
    >>> import pandas as pd, postpurchase as pp
    >>> from postpurchase import spark as pps
    >>> tx = spark.createDataFrame(pd.DataFrame({"id": ["a", "a", "a", "b", "b", "c"], "at": pd.to_datetime(["2026-01-03", "2026-02-10", "2026-03-20", "2026-01-15", "2026-03-01", "2026-03-25"]), "paid": [40.0, 25.0, 60.0, 15.0, 15.0, 90.0]}))
    >>> summary = pps.summary_data_from_transaction_data(tx, "id", "at", "paid", observation_period_end="2026-03-31")
    >>> summary.orderBy("id").toPandas()
      id  frequency  recency     T  monetary_value
    0  a        2.0     76.0  87.0            42.5
    1  b        1.0     45.0  75.0            15.0
    2  c        0.0      0.0   6.0             0.0
    """
    F = _functions()
    if not (float(freq_multiplier) > 0 and np.isfinite(float(freq_multiplier))):
        raise ValueError("freq_multiplier must be a positive number")
    micros = _micros(F.col(datetime_col))
    tx = transactions.select(
        F.col(customer_id_col).alias("_c"),
        _period_of(micros, freq).alias("_p"),
        *([F.col(monetary_value_col).cast("decimal(38,10)").alias("_a")] if monetary_value_col else []),
    )
    if observation_period_end is None:
        end = tx.agg(F.max("_p")).collect()[0][0]
        if end is None:
            raise ValueError("no transactions")
    else:
        end = _end_period(observation_period_end, freq)
    tx = tx.where(F.col("_p") <= F.lit(int(end)))
    skip = 0 if include_first_transaction else 1
    unit = float(freq_multiplier)
    if monetary_value_col:
        amount = F.sum("_a")
        if tx.where(F.col("_a") < 0).limit(1).count() > 0:
            raise ValueError("monetary values must not be negative")
    else:
        amount = F.lit(0.0)
    periods = tx.groupBy("_c", "_p").agg(amount.cast("double").alias("_a"))
    per_customer = periods.groupBy("_c").agg(
        F.min("_p").alias("_first"),
        F.max("_p").alias("_last"),
        F.count(F.lit(1)).alias("_n"),
        F.array_sort(F.collect_list(F.struct("_p", "_a"))).alias("_ps"),
    )
    counted = F.col("_n") - F.lit(skip)
    # the mean of the counted periods' sums, added in period order (as the core does)
    total = F.expr(f"aggregate(slice(_ps, {skip + 1}, greatest(size(_ps) - {skip}, 0)), CAST(0 AS DOUBLE), (acc, x) -> acc + x._a)")
    out = per_customer.select(
        F.col("_c").alias(customer_id_col),
        counted.cast("double").alias("frequency"),
        ((F.col("_last") - F.col("_first")).cast("double") / F.lit(unit)).alias("recency"),
        ((F.lit(int(end)) - F.col("_first")).cast("double") / F.lit(unit)).alias("T"),
        *([F.when(counted > 0, total / counted.cast("double")).otherwise(F.lit(0.0)).alias("monetary_value")] if monetary_value_col else []),
    )
    return out


def rfm_table(summary: Any, monetary: bool = False) -> Any:
    """The distinct (frequency, recency, T) rows of a Spark summary with how many customers each
    stands for, collected as a pandas DataFrame (``count`` column); with ``monetary=True``, the
    distinct (frequency, monetary_value) rows of the repeat buyers instead, for Gamma-Gamma. The
    table's size depends on the distinct rows, not on the customers.

    >>> import os, sys
    >>> _ = os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    >>> from pyspark.sql import SparkSession
    >>> spark = SparkSession.builder.master("local[1]").config("spark.ui.enabled", "false").config("spark.sql.session.timeZone", "UTC").getOrCreate()
    >>> import pandas as pd, postpurchase as pp
    >>> from postpurchase import spark as pps
    >>> tx = spark.createDataFrame(pd.DataFrame({"id": ["a", "a", "a", "b", "b", "c"], "at": pd.to_datetime(["2026-01-03", "2026-02-10", "2026-03-20", "2026-01-15", "2026-03-01", "2026-03-25"]), "paid": [40.0, 25.0, 60.0, 15.0, 15.0, 90.0]}))
    >>> summary = pps.summary_data_from_transaction_data(tx, "id", "at", "paid", observation_period_end="2026-03-31")
    >>> pps.rfm_table(summary)
       frequency  recency     T  count
    0        0.0      0.0   6.0      1
    1        1.0     45.0  75.0      1
    2        2.0     76.0  87.0      1
    """
    F = _functions()
    if monetary:
        rows = summary.where(F.col("frequency") > 0).groupBy("frequency", "monetary_value").count()
        order = ["frequency", "monetary_value"]
    else:
        rows = summary.groupBy("frequency", "recency", "T").count()
        order = ["frequency", "recency", "T"]
    return rows.toPandas().sort_values(order, kind="stable").reset_index(drop=True)


def fit(model: Any, summary: Any, maxiter: Optional[int] = None) -> Any:
    """Fits a ``BetaGeoFitter``, ``ModifiedBetaGeoFitter``, ``ParetoNBDFitter`` or
    ``GammaGammaFitter`` on a Spark summary: Spark counts the distinct rows, the driver fits on
    that weighted table (equal to fitting on every customer). Returns the fitted model.

    >>> import os, sys
    >>> _ = os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    >>> from pyspark.sql import SparkSession
    >>> spark = SparkSession.builder.master("local[1]").config("spark.ui.enabled", "false").config("spark.sql.session.timeZone", "UTC").getOrCreate()
    >>> import pandas as pd, postpurchase as pp
    >>> from postpurchase import spark as pps
    >>> tx = spark.createDataFrame(pd.DataFrame({"id": ["a", "a", "a", "b", "b", "c"], "at": pd.to_datetime(["2026-01-03", "2026-02-10", "2026-03-20", "2026-01-15", "2026-03-01", "2026-03-25"]), "paid": [40.0, 25.0, 60.0, 15.0, 15.0, 90.0]}))
    >>> summary = pps.summary_data_from_transaction_data(tx, "id", "at", "paid", observation_period_end="2026-03-31")
    >>> bgf = pp.BetaGeoFitter.from_params({"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426})
    >>> customers = spark.createDataFrame(bgf.generate_new_data(2000, T=39.0, seed=3)[["frequency", "recency", "T"]])
    >>> fitted = pps.fit(pp.BetaGeoFitter(), customers)
    >>> fitted.diagnostics_["converged"], fitted.diagnostics_["customers"]
    (True, 2000.0)
    """
    if isinstance(model, _clv.GammaGammaFitter):
        t = rfm_table(summary, monetary=True)
        return model.fit(t["frequency"], t["monetary_value"], maxiter=maxiter, weights=t["count"].astype(float))
    t = rfm_table(summary)
    return model.fit(t["frequency"], t["recency"], t["T"], weights=t["count"].astype(float), maxiter=maxiter)


def _prediction_columns(
    batch: Any, model: Any, spend: Any, t: float, clv_time: int, discount_rate: float, freq: str
) -> Dict[str, Any]:
    f, r, big_t = batch["frequency"].to_numpy(float), batch["recency"].to_numpy(float), batch["T"].to_numpy(float)
    cols: Dict[str, Any] = {
        "expected_purchases": np.asarray(model.conditional_expected_number_of_purchases_up_to_time(t, f, r, big_t), dtype=float),
        "p_alive": np.asarray(model.conditional_probability_alive(f, r, big_t), dtype=float),
    }
    if spend is not None:
        m = batch["monetary_value"].to_numpy(float)
        cols["expected_spend"] = np.asarray(spend.conditional_expected_average_profit(f, m), dtype=float)
        cols["clv"] = np.asarray(spend.customer_lifetime_value(model, f, r, big_t, m, time=clv_time, discount_rate=discount_rate, freq=freq), dtype=float)
    return cols


def with_predictions(
    summary: Any,
    model: Any,
    spend_model: Any = None,
    t: float = 1.0,
    clv_time: int = 12,
    discount_rate: float = 0.01,
    freq: str = "D",
) -> Any:
    """The Spark summary with new columns computed by the fitted models on each partition
    (Arrow batches through ``mapInPandas``): ``expected_purchases`` over the next ``t`` periods
    and ``p_alive``; with a fitted ``GammaGammaFitter`` as ``spend_model`` also
    ``expected_spend`` and ``clv`` (over ``clv_time`` months at monthly ``discount_rate``,
    ``freq`` being the summary's unit). Values equal the single-machine predictions.

    >>> import os, sys
    >>> _ = os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    >>> from pyspark.sql import SparkSession
    >>> spark = SparkSession.builder.master("local[1]").config("spark.ui.enabled", "false").config("spark.sql.session.timeZone", "UTC").getOrCreate()
    >>> import pandas as pd, postpurchase as pp
    >>> from postpurchase import spark as pps
    >>> tx = spark.createDataFrame(pd.DataFrame({"id": ["a", "a", "a", "b", "b", "c"], "at": pd.to_datetime(["2026-01-03", "2026-02-10", "2026-03-20", "2026-01-15", "2026-03-01", "2026-03-25"]), "paid": [40.0, 25.0, 60.0, 15.0, 15.0, 90.0]}))
    >>> summary = pps.summary_data_from_transaction_data(tx, "id", "at", "paid", observation_period_end="2026-03-31")
    >>> bgf = pp.BetaGeoFitter.from_params({"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426})
    >>> out = pps.with_predictions(summary, bgf, t=30).orderBy("id").toPandas()
    >>> out["p_alive"].round(3).tolist()
    [0.764, 0.629, 1.0]
    """
    from pyspark.sql.types import DoubleType, StructField, StructType

    names = ["expected_purchases", "p_alive"] + (["expected_spend", "clv"] if spend_model is not None else [])
    schema = StructType(summary.schema.fields + [StructField(n, DoubleType(), False) for n in names])

    def predict(batches: Iterator[Any]) -> Iterator[Any]:
        for batch in batches:
            cols = _prediction_columns(batch, model, spend_model, t, clv_time, discount_rate, freq)
            yield batch.assign(**cols)

    return summary.mapInPandas(predict, schema)


_BUCKETS = {"day": "day", "week": "week", "month": "month"}


def survey_scores(
    answers: Any,
    score_col: str,
    kind: str = "nps",
    by: Sequence[str] = (),
    time_col: Optional[str] = None,
    bucket: Optional[str] = None,
    confidence: float = 0.95,
    scale: Tuple[int, int] = (1, 5),
    top_boxes: int = 2,
) -> Any:
    """NPS, CSAT or CES (``kind``) of a Spark DataFrame of answers, overall or per group of the
    ``by`` columns and, with ``time_col`` and ``bucket`` (``"day"``, ``"week"`` from Monday or
    ``"month"``), per time bucket. Each partition counts its answers into survey states
    (:func:`postpurchase.feedback.survey_state`), Spark shuffles the states by group and the
    core merges them, and the driver scores each group: a pandas DataFrame with the group
    columns, ``state`` and the result's fields. A bad answer fails the job with the core's
    ``InvalidAnswerError`` message.

    >>> import os, sys
    >>> _ = os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    >>> from pyspark.sql import SparkSession
    >>> spark = SparkSession.builder.master("local[1]").config("spark.ui.enabled", "false").config("spark.sql.session.timeZone", "UTC").getOrCreate()
    >>> import pandas as pd, postpurchase as pp
    >>> from postpurchase import spark as pps
    >>> answers = spark.createDataFrame(pd.DataFrame({"segment": ["web", "web", "app"], "score": [10, 3, 9]}))
    >>> pps.survey_scores(answers, "score", by=["segment"])[["segment", "responses", "score"]]
      segment  responses  score
    0     app          1  100.0
    1     web          2    0.0
    """
    F = _functions()
    keys: List[str] = list(by)
    frame = answers
    if bucket is not None:
        if time_col is None or bucket not in _BUCKETS:
            raise ValueError("a bucket needs time_col and one of day, week or month")
        frame = frame.withColumn("bucket", F.date_trunc(_BUCKETS[bucket], F.to_timestamp(F.col(time_col))))
        keys.append("bucket")
    frame = frame.select(*[F.col(k) for k in keys], F.col(score_col).cast("double").alias("_s"))
    key_fields = [f for f in frame.schema.fields if f.name in keys]
    from pyspark.sql.types import StringType, StructField, StructType

    schema = StructType(key_fields + [StructField("state", StringType(), False)])
    low, high = int(scale[0]), int(scale[1])

    def count(batches: Iterator[Any]) -> Iterator[Any]:
        pd = _pandas()
        for batch in batches:
            groups = batch.groupby(keys, dropna=False, sort=False) if keys else [((), batch)]
            rows = []
            for key, g in groups:
                key = key if isinstance(key, tuple) else (key,)
                state = _feedback.survey_state(kind, g["_s"].to_numpy(float), scale=(low, high), top_boxes=top_boxes)
                rows.append((*key, state))
            yield pd.DataFrame(rows, columns=keys + ["state"])

    def merge(group: Any) -> Any:
        pd = _pandas()
        merged = _feedback.merge_survey_states(group["state"].tolist())
        return pd.DataFrame([{**{k: group[k].iloc[0] for k in keys}, "state": merged}], columns=keys + ["state"])

    partial = frame.mapInPandas(count, schema)
    merged = partial.groupBy(*keys).applyInPandas(merge, schema) if keys else partial.coalesce(1).mapInPandas(
        lambda it: iter([_merge_all(list(it), keys)]), schema
    )
    result = merged.toPandas()
    scored = [_feedback.survey_result(s, confidence) for s in result["state"]]
    fields = [{k: v for k, v in r.__dict__.items()} for r in scored]
    out = result.assign(**{k: [f[k] for f in fields] for k in (fields[0] if fields else {})})
    return out.sort_values(keys, kind="stable").reset_index(drop=True) if keys else out


def _merge_all(batches: List[Any], keys: List[str]) -> Any:
    pd = _pandas()
    states = [s for b in batches for s in b["state"].tolist()]
    return pd.DataFrame([{"state": _feedback.merge_survey_states(states)}], columns=keys + ["state"])


def rfm(measures: Any, customer_id_col: str, recency_col: str = "recency_days", frequency_col: str = "frequency", monetary_col: str = "monetary") -> Any:
    """RFM scores and segments of a Spark DataFrame of measures, equal to
    :func:`postpurchase.journey.rfm` on the same rows: a score is ``1 + floor(5 · worse / n)``,
    where ``worse`` (the customers strictly worse on that measure) is counted by Spark over the
    distinct values, and the core's table names the segment (on each partition, through Arrow).
    Adds ``r``, ``f``, ``m`` and ``segment`` columns.

    >>> import os, sys
    >>> _ = os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    >>> from pyspark.sql import SparkSession
    >>> spark = SparkSession.builder.master("local[1]").config("spark.ui.enabled", "false").config("spark.sql.session.timeZone", "UTC").getOrCreate()
    >>> import pandas as pd, postpurchase as pp
    >>> from postpurchase import spark as pps
    >>> measures = spark.createDataFrame(pd.DataFrame({"id": ["a", "b"], "recency_days": [3.0, 200.0], "frequency": [9.0, 1.0], "monetary": [900.0, 10.0]}))
    >>> pps.rfm(measures, "id").orderBy("id").toPandas()[["id", "r", "f", "m"]]
      id  r  f  m
    0  a  3  3  3
    1  b  1  1  1
    """
    F = _functions()
    from pyspark.sql import Window
    from pyspark.sql.types import StringType, StructField, StructType

    n = measures.count()
    if n == 0:
        raise ValueError("no customers")
    frame = measures
    for col, score, higher_is_better in ((recency_col, "r", False), (frequency_col, "f", True), (monetary_col, "m", True)):
        values = frame.groupBy(col).count()
        order = F.col(col).asc() if higher_is_better else F.col(col).desc()
        # customers strictly worse: all those before this value in the order (a small table of
        # distinct values, summed in one pass)
        worse = F.coalesce(F.sum("count").over(Window.orderBy(order).rowsBetween(Window.unboundedPreceding, -1)), F.lit(0))
        scored = values.select(col, F.least(F.lit(5), F.lit(1) + F.floor(worse * 5 / F.lit(n))).cast("int").alias(score))
        frame = frame.join(scored, on=col, how="left")
    schema = StructType(frame.schema.fields + [StructField("segment", StringType(), False)])

    def segment(batches: Iterator[Any]) -> Iterator[Any]:
        from .journey import segments_of

        for batch in batches:
            yield batch.assign(segment=segments_of(batch["r"], batch["f"], batch["m"]))

    return frame.mapInPandas(segment, schema)


def stages(transactions: Any, customer_id_col: str, datetime_col: str, at: Any, rules: Any = None) -> Any:
    """The lifecycle stage of every customer at ``at``, equal to
    :func:`postpurchase.journey.stages` on the same log: Spark groups each customer's purchases,
    and the core judges each customer on its partition (through Arrow). A Spark DataFrame of the
    customer id, ``stage`` (null before the first purchase), ``rule``, ``purchases``,
    ``days_since_last`` and ``typical_gap_days``.

    >>> import os, sys
    >>> _ = os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    >>> from pyspark.sql import SparkSession
    >>> spark = SparkSession.builder.master("local[1]").config("spark.ui.enabled", "false").config("spark.sql.session.timeZone", "UTC").getOrCreate()
    >>> import pandas as pd, postpurchase as pp
    >>> from postpurchase import spark as pps
    >>> tx = spark.createDataFrame(pd.DataFrame({"id": ["a", "a", "a", "b", "b", "c"], "at": pd.to_datetime(["2026-01-03", "2026-02-10", "2026-03-20", "2026-01-15", "2026-03-01", "2026-03-25"]), "paid": [40.0, 25.0, 60.0, 15.0, 15.0, 90.0]}))
    >>> pps.stages(tx, "id", "at", at="2026-03-31").orderBy("id").toPandas()["stage"].tolist()
    ['active', 'active', 'new']
    """
    F = _functions()
    from pyspark.sql.types import DoubleType, StringType, StructField, StructType

    grouped = transactions.groupBy(customer_id_col).agg(F.collect_list(_micros(F.col(datetime_col))).alias("_t"))
    key = [f for f in transactions.schema.fields if f.name == customer_id_col]
    schema = StructType(key + [
        StructField("stage", StringType(), True),
        StructField("rule", StringType(), True),
        StructField("purchases", DoubleType(), True),
        StructField("days_since_last", DoubleType(), True),
        StructField("typical_gap_days", DoubleType(), True),
    ])

    def judge(batches: Iterator[Any]) -> Iterator[Any]:
        from .journey import stages as single

        pd = _pandas()
        for batch in batches:
            tx = batch[[customer_id_col, "_t"]].explode("_t")
            tx = tx.assign(_at=pd.to_datetime(tx["_t"].astype("int64"), unit="us"))
            out = single(tx, customer_id_col, "_at", at, rules=rules)
            out["stage"] = out["stage"].astype(object).where(out["stage"].notna(), None)
            yield out.reset_index()[[customer_id_col, "stage", "rule", "purchases", "days_since_last", "typical_gap_days"]]

    return grouped.mapInPandas(judge, schema)


def fit_promise(shipments: Any, calendar: Dict[str, Any], as_of: Any, *, lane: Sequence[str] = ("carrier", "service", "origin", "destination"), ordered_at: str = "ordered_at", handed_over_at: str = "handed_over_at", delivered_at: str = "delivered_at") -> Any:
    """A :class:`postpurchase.promise.PromiseModel` fitted on a Spark DataFrame of shipments
    (lane columns, and the order, handover and delivery times as timestamps): each partition is
    fitted where it lies (``mapInPandas``), only the models' documents reach the driver, and
    their merge equals the single-machine fit exactly (the models keep counts, not averages).
    Set ``spark.sql.session.timeZone`` to ``UTC``.

    >>> import os, sys
    >>> _ = os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    >>> from pyspark.sql import SparkSession
    >>> spark = SparkSession.builder.master("local[1]").config("spark.ui.enabled", "false").config("spark.sql.session.timeZone", "UTC").getOrCreate()
    >>> import pandas as pd, postpurchase as pp
    >>> from postpurchase import spark as pps
    >>> rows = pd.DataFrame({"carrier": ["dhl"] * 4, "service": ["paket"] * 4, "origin": ["DE-1"] * 4, "destination": ["DE-8"] * 4,
    ...     "ordered_at": pd.to_datetime(["2026-03-02 08:00"] * 4), "handed_over_at": pd.to_datetime(["2026-03-02 12:00"] * 4),
    ...     "delivered_at": pd.to_datetime(["2026-03-04 15:00", "2026-03-05 15:00", None, "2026-03-04 09:00"])})
    >>> cal = pp.promise.calendar("UTC")
    >>> model = pps.fit_promise(spark.createDataFrame(rows).repartition(2), cal, "2026-03-20T00:00:00Z")
    >>> model == pp.promise.PromiseModel.fit(rows, cal, "2026-03-20T00:00:00Z")
    True
    """
    from pyspark.sql.types import StringType, StructField, StructType

    from . import promise as _promise

    columns = {"lane": list(lane), "ordered_at": ordered_at, "handed_over_at": handed_over_at, "delivered_at": delivered_at}

    def fit_partition(batches: Iterator[Any]) -> Iterator[Any]:
        pd = _pandas()
        frames = [b for b in batches if len(b)]
        if frames:
            part = pd.concat(frames, ignore_index=True)
            model = _promise.PromiseModel.fit(part, calendar, as_of, lane=columns["lane"], ordered_at=ordered_at, handed_over_at=handed_over_at, delivered_at=delivered_at)
            yield pd.DataFrame({"model": [model.to_json()]})

    wanted = list(lane) + [ordered_at, handed_over_at, delivered_at]
    docs = shipments.select(*wanted).mapInPandas(fit_partition, StructType([StructField("model", StringType(), False)])).collect()
    if not docs:
        from .errors import InvalidInputError

        raise InvalidInputError("a model needs at least one shipment", "input.invalid")
    merged = _promise.PromiseModel.from_json(docs[0]["model"])
    for row in docs[1:]:
        merged = merged.merge(_promise.PromiseModel.from_json(row["model"]))
    return merged
