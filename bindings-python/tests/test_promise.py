"""Delivery promises from pandas: the answers of the Rust suite on the same history, merged
partitions equal to one fit, the in-transit window and its risk, the accuracy report, bad input
as typed errors (hypothesis draws messy frames), and the Spark fit equal to the local one."""

import json
import os
import sys

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import postpurchase as pp
from postpurchase.promise import PromiseModel, calendar

CAL = calendar("Europe/Berlin", cutoff="14:00")


def history(n=40, delivered="2026-03-04 15:00"):
    return pd.DataFrame({
        "carrier": ["dhl"] * n, "service": ["paket"] * n, "origin": ["DE-1"] * n, "destination": ["DE-8"] * n,
        "ordered_at": pd.Timestamp("2026-03-02 08:00", tz="UTC"),
        "handed_over_at": pd.Timestamp("2026-03-02 12:00", tz="UTC"),
        "delivered_at": pd.Timestamp(delivered, tz="UTC"),
    })


def test_a_promise_at_checkout_as_the_rust_doc_example_gives_it():
    model = PromiseModel.fit(history(), CAL, "2026-03-20T00:00:00Z")
    orders = history(2).assign(ordered_at=pd.Timestamp("2026-03-09 09:00", tz="UTC"))
    orders.loc[1, "destination"] = "AT"
    p = model.predict(orders)
    assert p["likely"].iloc[0] == pd.Timestamp("2026-03-11")
    assert p["confidence"].iloc[0] == "high"
    assert "unknown_lane" in p["reasons"].iloc[1]
    assert p["latest"].dtype.kind == "M"


def test_partitions_merged_equal_one_fit_and_documents_round_trip():
    rows = pd.concat([history(30), history(10, "2026-03-10 15:00"), history(5, None)], ignore_index=True)
    whole = PromiseModel.fit(rows, CAL, "2026-03-20T00:00:00Z")
    parts = [PromiseModel.fit(rows.iloc[i::3], CAL, "2026-03-20T00:00:00Z") for i in range(3)]
    merged = parts[0].merge(parts[1]).merge(parts[2])
    assert merged == whole
    assert PromiseModel.from_json(whole.to_json()) == whole
    newer = json.dumps({**json.loads(whole.to_json()), "version": 99})
    with pytest.raises(pp.SchemaTooNewError):
        PromiseModel.from_json(newer)


def test_in_transit_the_risk_grows_with_the_days_spent_and_accuracy_reports():
    rows = pd.concat([history(40), history(10, "2026-03-10 15:00")], ignore_index=True)
    model = PromiseModel.fit(rows, CAL, "2026-03-20T00:00:00Z")
    parcels = history(1).assign(handed_over_at=pd.Timestamp("2026-03-09 12:00", tz="UTC"), promised=pd.Timestamp("2026-03-13"))
    early = model.in_transit(parcels, "2026-03-09T18:00:00Z", promised="promised")
    late = model.in_transit(parcels, "2026-03-12T18:00:00Z", promised="promised")
    assert early["late_risk"].iloc[0] == pytest.approx(0.2)
    assert late["late_risk"].iloc[0] == 1.0
    assert np.isnan(model.in_transit(parcels, "2026-03-12T18:00:00Z")["late_risk"].iloc[0])
    # a parcel not handed over yet (NaT) or handed over after now has no window; the others do
    mixed = pd.concat([parcels, parcels.assign(handed_over_at=pd.NaT), parcels.assign(handed_over_at=pd.Timestamp("2026-03-20", tz="UTC"))], ignore_index=True)
    out = model.in_transit(mixed, "2026-03-12T18:00:00Z", promised="promised")
    assert out["elapsed_days"].tolist()[0] == 3 and out["elapsed_days"].isna().tolist() == [False, True, True]
    assert out["confidence"].astype(str).tolist()[1:] == ["none", "none"]
    report = model.accuracy(rows, fixed_days=5)
    assert report["parcels"] == 50 and report["fixed"]["mae_days"] > 0
    assert len(report["reliability"]) == 10


def test_bad_input_is_a_typed_error():
    with pytest.raises(pp.InvalidConfigError):
        PromiseModel.fit(history(), {**CAL, "working_days": [False] * 7}, "2026-03-20T00:00:00Z")
    with pytest.raises(pp.PostPurchaseError):
        PromiseModel.fit(history(), calendar("Mars/Olympus"), "2026-03-20T00:00:00Z")
    with pytest.raises(pp.InvalidInputError) as e:
        PromiseModel.fit(history().assign(ordered_at=pd.NaT), CAL, "2026-03-20T00:00:00Z")
    assert e.value.details.get("column") == "ordered_at"
    with pytest.raises(pp.InvalidInputError):
        PromiseModel.fit(history(0), CAL, "2026-03-20T00:00:00Z")
    model = PromiseModel.fit(history(), CAL, "2026-03-20T00:00:00Z")
    with pytest.raises(pp.InvalidInputError):
        model.predict(history(1), percentile=1.0)
    with pytest.raises(pp.InvalidTypeError):
        model.predict(pd.DataFrame({"carrier": ["dhl"]}))
    with pytest.raises(pp.InvalidTypeError):
        calendar(working_days=("mon", "funday"))


times = st.one_of(st.none(), st.datetimes(min_value=pd.Timestamp("1990-01-01").to_pydatetime(), max_value=pd.Timestamp("2100-01-01").to_pydatetime()))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["dhl", "ups", ""]), st.text(max_size=3), times, times, times), max_size=30), st.floats(allow_nan=True))
def test_messy_frames_fit_or_fail_with_a_code(rows, percentile):
    frame = pd.DataFrame(rows, columns=["carrier", "service", "ordered_at", "handed_over_at", "delivered_at"]).assign(origin="A", destination="B")
    try:
        model = PromiseModel.fit(frame, CAL, "2026-06-01T00:00:00Z")
    except pp.PostPurchaseError as e:
        assert e.code in ("input.invalid", "config.invalid")
        return
    try:
        out = model.predict(frame.dropna(subset=["ordered_at"]), percentile=percentile)
    except pp.PostPurchaseError as e:
        assert e.code == "input.invalid"
        return
    assert set(out["confidence"].astype(str)) <= {"high", "medium", "low", "none"}


def test_spark_fits_partitions_and_equals_the_local_fit():
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    from postpurchase import spark as pps

    spark = SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false").config("spark.sql.session.timeZone", "UTC").getOrCreate()
    rng = np.random.default_rng(5)
    n = 3_000
    ordered = pd.Timestamp("2026-01-05") + pd.to_timedelta(rng.integers(0, 90 * 24, n), unit="h")
    handed = ordered + pd.to_timedelta(rng.integers(1, 40, n), unit="h")
    delivered = pd.Series(handed + pd.to_timedelta(rng.integers(20, 200, n), unit="h"))
    delivered[rng.random(n) < 0.1] = pd.NaT
    rows = pd.DataFrame({
        "carrier": rng.choice(["dhl", "dpd", "gls"], n), "service": "std", "origin": rng.choice(["N", "S"], n),
        "destination": rng.choice(list("ABCDEFG"), n), "ordered_at": ordered, "handed_over_at": handed, "delivered_at": delivered,
    })
    cal = calendar("UTC")
    local = PromiseModel.fit(rows, cal, "2026-04-10T00:00:00Z")
    distributed = pps.fit_promise(spark.createDataFrame(rows).repartition(4), cal, "2026-04-10T00:00:00Z")
    assert distributed == local
