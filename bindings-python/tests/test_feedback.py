import numpy as np
import pytest

import postpurchase as pp
from conftest import check, vectors


@pytest.mark.parametrize("case", vectors("feedback.json"), ids=lambda c: c["name"])
def test_feedback_vectors(case):
    i = case["input"]
    def run():
        s = np.array(i["scores"], dtype=float)
        if case["op"] == "nps":
            r = pp.nps(s, i["confidence"])
            return {"responses": r.responses, "score": r.score, "margin_of_error": r.margin_of_error, "low": r.interval.low, "high": r.interval.high}
        if case["op"] == "csat":
            r = pp.csat(s, i["confidence"])
            return {"responses": r.responses, "score": r.score, "low": r.interval.low, "high": r.interval.high}
        r = pp.ces(s)
        return {"responses": r.responses, "mean": r.mean, "easy_share": r.easy_share}
    def close(got, want):
        for k, v in want.items():
            assert got[k] == pytest.approx(v, abs=1e-9), k
    check(case, run, close)


def test_bad_answers_name_positions_and_nan_is_refused():
    with pytest.raises(pp.InvalidAnswerError) as e:
        pp.nps([10, float("nan"), 4, 12])
    assert e.value.details["positions"] == "1,3"


def test_pandas_like_and_lists_work():
    assert pp.nps([10, 9, 0]).promoters == 2
    assert pp.nps(np.array([10, 9, 0], dtype=np.int32)).detractors == 1


def test_uint8_answers_take_the_byte_path_and_agree_with_the_general_one():
    import numpy as np
    rng = np.random.default_rng(7)
    answers = rng.integers(0, 11, 100_003).astype(np.uint8)
    fast = pp.feedback.nps(answers)
    slow = pp.feedback.nps(answers.astype(np.float64))
    assert fast == slow
    assert fast.score == pytest.approx(100 * ((answers >= 9).mean() - (answers <= 6).mean()))
    bad = answers.copy()
    bad[[5, 70_000]] = [11, 255]
    with pytest.raises(pp.InvalidAnswerError) as e:
        pp.feedback.nps(bad)
    assert e.value.details["positions"] == "5,70000" and e.value.details["invalid_count"] == "2"


def test_nps_reads_every_numeric_dtype_in_place_and_agrees_with_numpy():
    """float64, float32, int64, int32 and uint8 columns are counted where they lie (a long one on
    two threads); the score is numpy's, and a bad answer names its positions in every dtype."""
    import numpy as np
    rng = np.random.default_rng(3)
    base = rng.integers(0, 11, 2_500_000)
    expected = 100.0 * ((base >= 9).sum() - (base <= 6).sum()) / base.size
    for dt in (np.float64, np.float32, np.int64, np.int32, np.uint8, np.bool_):
        x = (base > 8) if dt is np.bool_ else base.astype(dt)
        want = 100.0 * ((x >= 9).sum() - (x <= 6).sum()) / x.size if dt is not np.bool_ else -100.0
        assert abs(pp.nps(x).score - (expected if dt is not np.bool_ else want)) < 1e-9, dt
    for bad, positions in ((np.array([1.0, 2.5, 11.0, -0.0]), "1,2"), (np.array([3, -1, 10], dtype=np.int64), "1"),
                           (np.array([np.nan, 4], dtype=np.float32), "0"), (np.array([1, 200], dtype=np.uint8), "1")):
        with pytest.raises(pp.InvalidAnswerError) as e:
            pp.nps(bad)
        assert e.value.details["positions"] == positions, (bad.dtype, e.value.details)
    # a long column with one bad answer deep in its second half still names it
    long = np.zeros(3_000_000)
    long[2_999_999] = 0.5
    with pytest.raises(pp.InvalidAnswerError) as e:
        pp.nps(long)
    assert e.value.details["positions"] == "2999999"
