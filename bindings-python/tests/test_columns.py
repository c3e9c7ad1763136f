"""Columns cross into the native module in place (no copy of a float64 column), in every numeric
dtype the issue names, from numpy, pandas, Python sequences and Arrow; customer ids come back
exactly as given."""

import tracemalloc

import numpy as np
import pandas as pd
import pytest

import postpurchase as pp

PARAMS = {"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426}


def model():
    m = pp.BetaGeoFitter()
    m.params_ = pd.Series(PARAMS)
    return m


def rfm(n, seed=5):
    rng = np.random.default_rng(seed)
    x = rng.integers(0, 20, n).astype(float)
    big_t = rng.integers(30, 40, n).astype(float)
    t_x = np.where(x > 0, np.minimum(rng.integers(0, 40, n), big_t), 0.0)
    return x, t_x, big_t


def test_a_float64_prediction_reads_its_columns_in_place():
    x, t_x, big_t = rfm(1_000_000)
    m = model()
    m.conditional_probability_alive(x[:10], t_x[:10], big_t[:10])
    tracemalloc.start()
    try:
        out = m.conditional_probability_alive(x, t_x, big_t)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(out) == 1_000_000
    # the 8 MB result is the only large allocation Python sees; a copy of the three 8 MB input
    # columns (as `tobytes()` made) would add 24 MB
    assert peak < 12_000_000, peak


@pytest.mark.parametrize("dtype", ["float64", "float32", "int64", "int32", "uint8"])
def test_every_numeric_dtype_gives_the_float64_answer(dtype):
    x, t_x, big_t = rfm(2_000)
    m = model()
    want = m.conditional_probability_alive(x, t_x, big_t)
    got = m.conditional_probability_alive(x.astype(dtype), t_x.astype(dtype), big_t.astype(dtype))
    np.testing.assert_array_equal(got, want)


def test_bool_strided_and_sequence_columns():
    scores = np.array([10, 9, 3, 7, 10, 0], dtype=np.uint8)
    assert pp.nps(scores).score == pp.nps(list(scores.tolist())).score
    wide = np.zeros((6, 2))
    wide[:, 0] = scores
    assert pp.nps(wide[:, 0]).score == pp.nps(scores).score, "a strided view is read in C order"
    flags = np.array([True, False, True, True])
    x, t_x, big_t = rfm(4)
    m = model()
    np.testing.assert_array_equal(
        m.conditional_probability_alive(flags, flags * 1.0, big_t), m.conditional_probability_alive(flags.astype(float), flags * 1.0, big_t)
    )


def test_pandas_in_gives_series_aligned_to_the_index():
    x, t_x, big_t = rfm(50)
    df = pd.DataFrame({"frequency": x, "recency": t_x, "T": big_t}, index=pd.RangeIndex(100, 150))
    out = model().conditional_probability_alive(df["frequency"], df["recency"], df["T"])
    assert isinstance(out, pd.Series) and list(out.index) == list(df.index)


def test_arrow_columns_pass_through_the_pycapsule_interface():
    pa = pytest.importorskip("pyarrow")
    x, t_x, big_t = rfm(500)
    m = model()
    want = m.conditional_probability_alive(x, t_x, big_t)
    arrays = [pa.array(c) for c in (x, t_x, big_t)]
    np.testing.assert_array_equal(m.conditional_probability_alive(*arrays), want)
    chunked = [pa.chunked_array([c[:200], c[200:]]) for c in (x, t_x, big_t)]
    np.testing.assert_array_equal(m.conditional_probability_alive(*chunked), want)

    class CapsuleOnly:
        """An Arrow producer that offers nothing but the PyCapsule interface."""

        def __init__(self, arr):
            self.arr = arr

        def __arrow_c_array__(self, requested_schema=None):
            return self.arr.__arrow_c_array__(requested_schema)

    only = [CapsuleOnly(a) for a in arrays]
    np.testing.assert_array_equal(m.conditional_probability_alive(*only), want)
    assert pp.nps(pa.array([10, 9, 0], type=pa.uint8())).score == pp.nps(np.array([10, 9, 0], dtype=np.uint8)).score


def test_polars_columns_pass_without_pandas():
    pl = pytest.importorskip("polars")
    x, t_x, big_t = rfm(300)
    m = model()
    want = m.conditional_probability_alive(x, t_x, big_t)
    got = m.conditional_probability_alive(pl.Series(x), pl.Series(t_x), pl.Series(big_t))
    np.testing.assert_array_equal(np.asarray(got), want)


def test_a_non_numeric_column_is_a_typed_error():
    with pytest.raises(pp.InvalidTypeError):
        model().conditional_probability_alive(["a", "b"], [1.0, 2.0], [3.0, 4.0])
    with pytest.raises(pp.InvalidTypeError, match="real numbers"):
        model().conditional_probability_alive(np.array([1 + 2j]), [1.0], [3.0])


@pytest.mark.parametrize(
    "ids",
    [
        np.array([2**62 + 1, -(2**63), 2**53 + 1, 2**53, 7], dtype=np.int64),
        np.array([2**64 - 1, 2**63, 2**53 + 1, 2**53, 0], dtype=np.uint64),
        np.array(["zoë", "a", "ą", "b", "9"], dtype=object),
    ],
    ids=["int64", "uint64", "strings"],
)
def test_customer_ids_come_back_exactly_as_given(ids):
    days = pd.to_datetime(["2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"])
    tx = pd.DataFrame({"id": np.concatenate([ids, ids]), "at": np.concatenate([days, days + pd.Timedelta(days=3)]), "paid": np.arange(10.0)})
    s = pp.metrics.summary_data_from_transaction_data(tx, "id", "at", "paid", observation_period_end="2026-03-20")
    assert s.index.dtype == tx["id"].dtype
    assert list(s.index) == sorted(ids.tolist()), "every id, exactly, in sorted order"
    assert (s["frequency"] == 1.0).all() and (s["recency"] == 3.0).all()
    for i, customer in enumerate(ids.tolist()):
        assert s.loc[customer, "monetary_value"] == float(i + 5)
    h = pp.metrics.calibration_and_holdout_data(tx, "id", "at", "2026-03-05", "2026-03-20")
    assert list(h.index) == sorted(ids.tolist())
