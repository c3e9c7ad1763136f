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
