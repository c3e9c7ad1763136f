"""postpurchase.spark on a real local Spark session (local[2]): every result against the
single-machine function on the same data."""

import os
import sys

import numpy as np
import pandas as pd
import pytest

import postpurchase as pp
from conftest import DATA
from postpurchase import spark as pps

os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
from pyspark.sql import SparkSession  # noqa: E402  (scripts/test-python installs PySpark)


@pytest.fixture(scope="module")
def spark():
    s = (
        SparkSession.builder.master("local[2]")
        .appName("postpurchase-tests")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    yield s
    s.stop()


def transactions(customers=2_000, seed=7):
    """Purchases drawn from a BG/NBD process (r 0.25, alpha 4, a 0.8, b 2.5; weeks) over 2025,
    customers arriving in its first twelve weeks, with Gamma-Gamma spends (p 6, q 4, gamma 15)
    in cents."""
    rng = np.random.default_rng(seed)
    cust, weeks, spend = [], [], []
    for c in range(customers):
        rate, drop, nu = rng.gamma(0.25, 1 / 4.0), rng.beta(0.8, 2.5), rng.gamma(4.0, 1 / 15.0)
        t = rng.uniform(0, 12)
        while t <= 52:
            cust.append(c)
            weeks.append(t)
            spend.append(round(rng.gamma(6.0, 1 / nu), 2))
            if rng.random() < drop or rate <= 0:
                break
            t += rng.exponential(1 / rate)
    seconds = (np.array(weeks) * 7 * 86_400).astype("int64").astype("timedelta64[s]")
    at = (np.datetime64("2025-01-01T00:00:00") + seconds).astype("datetime64[ns]")
    return pd.DataFrame({"customer": np.array(cust), "at": at, "spend": np.array(spend)})


@pytest.fixture(scope="module")
def tx():
    return transactions()


@pytest.fixture(scope="module")
def tx_spark(spark, tx):
    # several partitions, so that merging across them is exercised
    return spark.createDataFrame(tx).repartition(3)


def _by_customer(df, col="customer"):
    return df.sort_values(col).set_index(col)


@pytest.mark.parametrize("freq,multiplier", [("D", 1), ("W", 1), ("h", 24), ("D", 7)])
@pytest.mark.parametrize("include_first", [False, True])
def test_the_summary_equals_the_single_machine_one_exactly(tx, tx_spark, freq, multiplier, include_first):
    args = dict(observation_period_end="2025-12-31", freq=freq, freq_multiplier=multiplier, include_first_transaction=include_first)
    ours = pps.summary_data_from_transaction_data(tx_spark, "customer", "at", "spend", **args).toPandas()
    single = pp.metrics.summary_data_from_transaction_data(tx, "customer", "at", "spend", **args)
    ours = _by_customer(ours)
    assert list(ours.index) == list(single.index)
    for c in ("frequency", "recency", "T", "monetary_value"):
        assert np.array_equal(ours[c].to_numpy(), single[c].to_numpy()), c


def test_the_summary_without_amounts_or_an_end_date(tx, tx_spark):
    ours = _by_customer(pps.summary_data_from_transaction_data(tx_spark, "customer", "at").toPandas())
    single = pp.metrics.summary_data_from_transaction_data(tx, "customer", "at")
    assert list(ours.columns) == ["frequency", "recency", "T"]
    assert np.array_equal(ours.to_numpy(), single.to_numpy())
    with pytest.raises(ValueError):
        pps.summary_data_from_transaction_data(tx_spark, "customer", "at", freq="M")


@pytest.fixture(scope="module")
def summary(tx, tx_spark):
    # a week after the last purchase, so every customer has an age (T > 0)
    args = dict(observation_period_end="2026-01-07", freq="D", freq_multiplier=7)
    return (
        pps.summary_data_from_transaction_data(tx_spark, "customer", "at", "spend", **args).cache(),
        pp.metrics.summary_data_from_transaction_data(tx, "customer", "at", "spend", **args),
    )


@pytest.mark.parametrize("model", [pp.BetaGeoFitter, pp.ModifiedBetaGeoFitter, pp.ParetoNBDFitter])
def test_purchase_model_fits_equal_the_single_machine_fit(summary, model):
    sdf, single = summary
    ours = pps.fit(model(), sdf)
    theirs = model().fit(single["frequency"], single["recency"], single["T"])
    np.testing.assert_allclose(ours.params_.to_numpy(), theirs.params_.to_numpy(), rtol=1e-9, atol=0)


def test_gamma_gamma_and_predictions_equal_the_single_machine_ones(summary):
    sdf, single = summary
    bgf, ggf = pps.fit(pp.BetaGeoFitter(), sdf), pps.fit(pp.GammaGammaFitter(), sdf)
    repeat = single[single["frequency"] > 0]
    gg_single = pp.GammaGammaFitter().fit(repeat["frequency"], repeat["monetary_value"])
    np.testing.assert_allclose(ggf.params_.to_numpy(), gg_single.params_.to_numpy(), rtol=1e-9, atol=0)
    ours = _by_customer(pps.with_predictions(sdf, bgf, ggf, t=4, clv_time=6, freq="W").toPandas())
    f, r, t, m = (single[c] for c in ("frequency", "recency", "T", "monetary_value"))
    expected = {
        "expected_purchases": bgf.conditional_expected_number_of_purchases_up_to_time(4, f, r, t),
        "p_alive": bgf.conditional_probability_alive(f, r, t),
        "expected_spend": ggf.conditional_expected_average_profit(f, m),
        "clv": ggf.customer_lifetime_value(bgf, f, r, t, m, time=6, freq="W"),
    }
    for c, v in expected.items():
        np.testing.assert_allclose(ours[c].to_numpy(), np.asarray(v, dtype=float), rtol=1e-12, atol=0, err_msg=c)


def test_the_driver_holds_distinct_rows_not_customers(spark, summary):
    sdf, _ = summary
    small = pps.rfm_table(sdf)
    # ten times the customers with the same distinct rows: new ids, same histories
    many = sdf.crossJoin(spark.range(10).withColumnRenamed("id", "copy"))
    big = pps.rfm_table(many)
    assert len(big) == len(small) < sdf.count()
    assert (big["count"].to_numpy() == 10 * small["count"].to_numpy()).all()
    a, b = pps.fit(pp.BetaGeoFitter(), sdf), pps.fit(pp.BetaGeoFitter(), many)
    np.testing.assert_allclose(a.params_.to_numpy(), b.params_.to_numpy(), rtol=1e-9)


def test_cdnow_gives_the_published_bgnbd_parameters_through_spark(spark):
    rows = [l.split() for l in (DATA / "cdnow" / "CDNOW_sample.txt").read_text().splitlines() if l.strip()]
    pdf = pd.DataFrame({
        "customer": [int(r[1]) for r in rows],
        "date": pd.to_datetime([r[2] for r in rows], format="%Y%m%d"),
        "spend": [float(r[4]) for r in rows],
    })
    sdf = pps.summary_data_from_transaction_data(
        spark.createDataFrame(pdf).repartition(4), "customer", "date", "spend",
        observation_period_end="1997-09-30", freq="D", freq_multiplier=7,
    )
    assert sdf.count() == 2357
    p = pps.fit(pp.BetaGeoFitter(), sdf).params_
    # Fader, Hardie & Lee (2005): r 0.243, alpha 4.414, a 0.793, b 2.426
    assert [round(p[k], 3) for k in ("r", "alpha", "a", "b")] == [0.243, 4.414, 0.793, 2.426]


def answers(n=6_000, seed=3):
    rng = np.random.default_rng(seed)
    return pd.DataFrame({
        "segment": rng.choice(["web", "app", "store"], n),
        "answered_at": (np.datetime64("2026-01-01") + rng.integers(0, 120, n).astype("timedelta64[D]")).astype("datetime64[ns]"),
        "nps": rng.integers(0, 11, n).astype(float),
        "csat": rng.integers(1, 6, n).astype(float),
        "ces": rng.integers(1, 8, n).astype(float),
    })


def test_survey_scores_by_segment_and_month_equal_the_single_machine_ones(spark):
    pdf = answers()
    sdf = spark.createDataFrame(pdf).repartition(5)
    ours = pps.survey_scores(sdf, "nps", "nps", by=["segment"], time_col="answered_at", bucket="month")
    pdf["bucket"] = pdf["answered_at"].dt.to_period("M").dt.to_timestamp()
    expected = pdf.groupby(["segment", "bucket"])["nps"].apply(lambda s: pp.nps(s.to_numpy()))
    assert len(ours) == len(expected) == 12
    for _, row in ours.iterrows():
        e = expected[(row["segment"], pd.Timestamp(row["bucket"]).tz_localize(None))]
        assert (row["responses"], row["score"], row["promoters"], row["detractors"], row["interval"]) == (
            e.responses, e.score, e.promoters, e.detractors, e.interval)
    csat = pps.survey_scores(sdf, "csat", "csat", by=["segment"])
    for _, row in csat.iterrows():
        e = pp.csat(pdf.loc[pdf["segment"] == row["segment"], "csat"].to_numpy())
        assert (row["responses"], row["score"], row["mean"], row["interval"]) == (e.responses, e.score, e.mean, e.interval)
    overall = pps.survey_scores(sdf, "ces", "ces")
    e = pp.ces(pdf["ces"].to_numpy())
    assert (overall["responses"][0], overall["mean"][0], overall["easy_share"][0]) == (e.responses, e.mean, e.easy_share)


def test_survey_states_merge_like_one_count_and_refuse_a_bad_answer(spark):
    a, b = pp.feedback.survey_state("nps", [10, 9, 3]), pp.feedback.survey_state("nps", [7, 0])
    merged = pp.feedback.survey_result(pp.feedback.merge_survey_states([a, b]))
    assert merged == pp.nps([10, 9, 3, 7, 0])
    with pytest.raises(pp.InvalidInputError):
        pp.feedback.merge_survey_states([a, pp.feedback.survey_state("ces", [3])])
    with pytest.raises(pp.InvalidInputError):
        pp.feedback.survey_result('{"v": 9, "kind": "nps", "promoters": 1, "passives": 0, "detractors": 0}')
    bad = spark.createDataFrame(pd.DataFrame({"nps": [10.0, 11.0]}))
    with pytest.raises(Exception, match="answer"):
        pps.survey_scores(bad, "nps")


def test_rfm_and_stages_equal_the_single_machine_ones(spark, tx, tx_spark):
    at = "2025-12-31"
    ours = pps.stages(tx_spark, "customer", "at", at).toPandas().set_index("customer").sort_index()
    single = pp.journey.stages(tx, "customer", "at", at)
    assert list(ours.index) == list(single.index)
    assert list(ours["stage"]) == [None if pd.isna(s) else s for s in single["stage"]]
    assert list(ours["rule"]) == list(single["rule"])
    for c in ("purchases", "days_since_last", "typical_gap_days"):
        np.testing.assert_array_equal(ours[c].to_numpy(), single[c].to_numpy())
    measures = pp.journey.rfm_from_transactions(tx, "customer", "at", "spend", as_of=at)[["recency_days", "frequency", "monetary"]]
    m_spark = spark.createDataFrame(measures.reset_index()).repartition(3)
    scored = pps.rfm(m_spark, "customer").toPandas().set_index("customer").sort_index()
    expected = pp.journey.rfm(measures)
    for c in ("r", "f", "m"):
        assert scored[c].tolist() == expected[c].astype(int).tolist(), c
    assert scored["segment"].tolist() == expected["segment"].astype(str).tolist()
