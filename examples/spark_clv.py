"""CLV at scale on Spark: summary -> fit -> predictions -> NPS by month, on local[2].

    python examples/spark_clv.py [--customers 1000000] [--answers 1000000] [--dir /tmp/spark_clv]

Generates (once, as Parquet under --dir) about ten transactions per customer from a Pareto/NBD-like
process with Gamma-Gamma spends, and survey answers over 2025; then times each stage on Spark,
prints the driver's peak memory (the Python driver and the JVM), and checks every result against
the single-process functions on the same data. Needs `pip install postpurchase[spark]` and Java 17.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

import postpurchase as pp
from postpurchase import spark as pps

END = "2026-01-01"


def generate(root: Path, customers: int, answers: int, seed: int = 11) -> None:
    """Transactions and answers as Parquet files, written in chunks of 100k customers."""
    rng = np.random.default_rng(seed)
    (root / "tx").mkdir(parents=True, exist_ok=True)
    (root / "answers").mkdir(parents=True, exist_ok=True)
    start = np.datetime64("2025-01-01T00:00:00", "s")
    for part, first in enumerate(range(0, customers, 100_000)):
        ids = np.arange(first, min(first + 100_000, customers))
        n = ids.size
        birth = rng.uniform(0, 26, n)  # weeks
        life = rng.exponential(30, n)
        rate = rng.gamma(2.0, 0.21, n)  # purchases a week while active
        active = np.minimum(life, 52 - birth)
        count = 1 + rng.poisson(rate * active)
        cust = np.repeat(ids, count)
        offset = np.repeat(birth, count) + rng.uniform(0, 1, cust.size) * np.repeat(active, count)
        firsts = np.concatenate([[0], np.cumsum(count)[:-1]])
        offset[firsts] = birth  # the first purchase opens the history
        nu = np.repeat(rng.gamma(4.0, 1 / 15.0, n), count)
        spend = np.round(rng.gamma(6.0, 1 / nu), 2)
        at = start + (offset * 7 * 86_400).astype("int64").astype("timedelta64[s]")
        table = pa.table({"customer": cust, "at": pa.array(at.astype("datetime64[us]")), "spend": spend})
        pq.write_table(table, root / "tx" / f"part-{part:03d}.parquet")
    day = rng.integers(0, 365, answers).astype("timedelta64[D]")
    pq.write_table(pa.table({
        "segment": rng.choice(np.array(["web", "app", "store"]), answers),
        "answered_at": pa.array((np.datetime64("2025-01-01") + day).astype("datetime64[us]")),
        "nps": rng.choice(11, answers, p=[.02, .02, .03, .03, .04, .06, .08, .14, .18, .2, .2]).astype(float),
    }), root / "answers" / "part-000.parquet")


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def jvm_peak_mb(spark) -> float:
    pid = spark.sparkContext._jvm.java.lang.ProcessHandle.current().pid()
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--customers", type=int, default=1_000_000)
    ap.add_argument("--answers", type=int, default=1_000_000)
    ap.add_argument("--dir", default="/tmp/postpurchase-spark-clv")
    ap.add_argument("--generate-only", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    root = Path(args.dir) / f"{args.customers}"
    if args.generate_only:
        generate(root, args.customers, args.answers)
        return 0
    if not (root / "tx").exists():
        # in a child process, so that the driver's peak memory below is the job's alone
        t = time.perf_counter()
        import subprocess

        subprocess.run([sys.executable, __file__, "--generate-only", "--customers", str(args.customers),
                        "--answers", str(args.answers), "--dir", args.dir], check=True)
        print(f"generated data under {root} in {time.perf_counter() - t:.1f} s")

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    spark = (
        SparkSession.builder.master("local[2]").appName("postpurchase-spark-clv")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.driver.memory", "4g")
        .config("spark.sql.shuffle.partitions", "8")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    tx = spark.read.parquet(str(root / "tx"))
    timings = {}

    def stage(name, fn):
        t = time.perf_counter()
        out = fn()
        timings[name] = time.perf_counter() - t
        print(f"{name:<38} {timings[name]:7.1f} s   driver peak: python {rss_mb():6.0f} MB, JVM {jvm_peak_mb(spark):6.0f} MB")
        return out

    n_tx = stage("count transactions", tx.count)
    summary = pps.summary_data_from_transaction_data(tx, "customer", "at", "spend", observation_period_end=END, freq="W")
    summary = summary.cache()  # weekly periods: frequency, recency and T in weeks
    stage("summary (Spark aggregations)", summary.count)
    table = stage("distinct (frequency, recency, T) rows", lambda: pps.rfm_table(summary))
    bgf = stage("BG/NBD fit on the driver", lambda: pp.BetaGeoFitter().fit(table["frequency"], table["recency"], table["T"], weights=table["count"].astype(float)))
    # ten times the customers with the same histories: the driver's table, and its memory, stay
    ten = summary.crossJoin(spark.range(10).withColumnRenamed("id", "copy"))
    table10 = stage("distinct rows of 10x the customers", lambda: pps.rfm_table(ten))
    stage("BG/NBD fit on them", lambda: pp.BetaGeoFitter().fit(table10["frequency"], table10["recency"], table10["T"], weights=table10["count"].astype(float)))
    spend_table = stage("distinct (frequency, spend) rows", lambda: pps.rfm_table(summary, monetary=True))
    ggf = stage("Gamma-Gamma fit on the driver", lambda: pp.GammaGammaFitter().fit(
        spend_table["frequency"], spend_table["monetary_value"], weights=spend_table["count"].astype(float)))
    predicted = pps.with_predictions(summary, bgf, ggf, t=4, clv_time=12, freq="W")
    out = str(root / "predictions")
    stage("predictions (mapInPandas) to Parquet", lambda: predicted.write.mode("overwrite").parquet(out))
    answers = spark.read.parquet(str(root / "answers"))
    nps = stage("NPS by segment and month", lambda: pps.survey_scores(answers, "nps", "nps", by=["segment"], time_col="answered_at", bucket="month"))
    print(f"\n{n_tx:,} transactions, {int(table['count'].sum()):,} customers; BG/NBD fits on {len(table):,} distinct rows "
          f"({len(table10):,} for ten times the customers), Gamma-Gamma on {len(spend_table):,}")
    print("BG/NBD:", {k: round(float(v), 4) for k, v in bgf.params_.items()}, " Gamma-Gamma:", {k: round(float(v), 4) for k, v in ggf.params_.items()})
    print(nps.head(6)[["segment", "bucket", "responses", "score"]].to_string(index=False))

    # the same job in one process
    t = time.perf_counter()
    pdf = pd.read_parquet(root / "tx")
    single = pp.metrics.summary_data_from_transaction_data(pdf, "customer", "at", "spend", observation_period_end=END, freq="W")
    bgf1 = pp.BetaGeoFitter().fit(single["frequency"], single["recency"], single["T"])
    repeat = single[single["frequency"] > 0]
    ggf1 = pp.GammaGammaFitter().fit(repeat["frequency"], repeat["monetary_value"])
    f, r, big_t, m = (single[c] for c in ("frequency", "recency", "T", "monetary_value"))
    clv1 = ggf1.customer_lifetime_value(bgf1, f, r, big_t, m, time=12, freq="W")
    print(f"\nsingle process: summary, fits and CLV in {time.perf_counter() - t:.1f} s (python peak {rss_mb():.0f} MB)")
    ours = pd.read_parquet(out).sort_values("customer").set_index("customer")
    same_summary = all(np.array_equal(ours[c].to_numpy(), single[c].to_numpy()) for c in ("frequency", "recency", "T", "monetary_value"))
    rel = lambda a, b: float(np.max(np.abs(np.asarray(a) - np.asarray(b)) / np.maximum(np.abs(np.asarray(b)), 1e-300)))
    print(f"summary identical: {same_summary}; BG/NBD parameters max rel diff {rel(bgf.params_, bgf1.params_):.1e}; "
          f"Gamma-Gamma {rel(ggf.params_, ggf1.params_):.1e}; CLV {rel(ours['clv'], clv1):.1e}")
    ok = same_summary and rel(bgf.params_, bgf1.params_) <= 1e-9 and rel(ggf.params_, ggf1.params_) <= 1e-9 and rel(ours["clv"], clv1) <= 1e-9
    spark.stop()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
