"""NPS, CSAT and CES over numpy arrays (or anything array-like)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Tuple

import numpy as np

from . import _native
from ._convert import call, floats, loads


@dataclass(frozen=True)
class NpsResult:
    """NPS on the −100…100 scale with its margin of error and adjusted-Wald interval.

    >>> import postpurchase as pp
    >>> r = pp.nps([10, 10, 9, 8, 3])
    >>> (r.responses, r.promoters, r.passives, r.detractors, r.score)
    (5, 3, 1, 1, 40.0)
    """

    responses: int
    score: float
    promoters: int
    passives: int
    detractors: int
    margin_of_error: float
    interval: Tuple[float, float]


@dataclass(frozen=True)
class CsatResult:
    """Top-box share, 0–1 (0.85 is 85 %), with its Wilson interval (also shares 0–1).

    >>> import postpurchase as pp
    >>> r = pp.csat([5, 4, 4, 2])
    >>> (r.responses, r.score, r.mean)
    (4, 0.75, 3.75)
    """

    responses: int
    score: float
    mean: float
    interval: Tuple[float, float]


@dataclass(frozen=True)
class CesResult:
    """Mean effort score and the share answering 5–7, 0–1 (0.6 is 60 %).

    >>> import postpurchase as pp
    >>> r = pp.ces([7, 6, 2, 5])
    >>> (r.responses, r.mean, r.easy_share)
    (4, 5.0, 0.75)
    """

    responses: int
    mean: float
    easy_share: float


def nps(scores: Any, confidence: float = 0.95) -> NpsResult:
    """NPS of 0–10 answers; a bad answer raises InvalidAnswerError naming its positions.

    >>> import numpy as np, postpurchase as pp
    >>> pp.nps(np.array([10, 9, 7, 0], dtype=np.uint8)).score
    25.0
    >>> pp.nps([10, 11])
    Traceback (most recent call last):
    ...
    postpurchase.errors.InvalidAnswerError: ...
    """
    if isinstance(scores, np.ndarray) and scores.dtype == np.uint8:
        # uint8 answers are read in place and counted as they are: one pass, no conversion
        d = loads(call(_native.nps_answers, np.ascontiguousarray(scores).reshape(-1), float(confidence)))
    else:
        d = loads(call(_native.nps, floats(scores, "scores"), float(confidence)))
    c, r = d["counts"], d["result"]
    return NpsResult(r["responses"], r["score"], c["promoters"], c["passives"], c["detractors"], r["margin_of_error"], (r["interval"]["low"], r["interval"]["high"]))


def csat(scores: Any, confidence: float = 0.95, scale: Tuple[int, int] = (1, 5), top_boxes: int = 2) -> CsatResult:
    """CSAT as the top-box share.

    >>> import postpurchase as pp
    >>> pp.csat([10, 9, 3, 8], scale=(0, 10), top_boxes=3).score
    0.75
    """
    r = loads(call(_native.csat, floats(scores, "scores"), float(confidence), scale[0], scale[1], top_boxes))
    return CsatResult(r["responses"], r["score"], r["mean"], (r["interval"]["low"], r["interval"]["high"]))


def ces(scores: Any) -> CesResult:
    """CES on a 1–7 scale.

    >>> import postpurchase as pp
    >>> pp.ces([1, 7]).mean
    4.0
    """
    r = loads(call(_native.ces, floats(scores, "scores")))
    return CesResult(r["responses"], r["mean"], r["easy_share"])


def survey_state(kind: str, scores: Any, scale: Tuple[int, int] = (1, 5), top_boxes: int = 2) -> str:
    """The counts of ``kind`` (``"nps"``, ``"csat"`` or ``"ces"``) answers as a stable JSON state,
    to keep, ship between processes (a Spark partition's partial counts) and merge later with
    ``merge_survey_states``; ``scale`` and ``top_boxes`` are the CSAT's.

    >>> import postpurchase as pp
    >>> a = pp.feedback.survey_state("nps", [10, 9, 3])
    >>> a
    '{"v":1,"kind":"nps","promoters":2,"passives":0,"detractors":1}'
    >>> pp.feedback.survey_result(pp.feedback.merge_survey_states([a, pp.feedback.survey_state("nps", [7])])).score
    25.0
    """
    return str(call(_native.survey_state, str(kind), floats(scores, "scores"), int(scale[0]), int(scale[1]), int(top_boxes)))


def merge_survey_states(states: Any) -> str:
    """One state with the counts of all ``states`` (of one kind and scale).

    >>> import postpurchase as pp
    >>> merged = pp.feedback.merge_survey_states([pp.feedback.survey_state("ces", [7]), pp.feedback.survey_state("ces", [3])])
    >>> merged
    '{"v":1,"kind":"ces",...}'
    >>> pp.feedback.survey_result(merged).mean
    5.0
    """
    return str(call(_native.survey_merge, [str(s) for s in states]))


def survey_result(state: str, confidence: float = 0.95) -> Any:
    """The ``NpsResult``, ``CsatResult`` or ``CesResult`` of a state, as ``nps``, ``csat`` or
    ``ces`` give for the same answers.

    >>> import postpurchase as pp
    >>> pp.feedback.survey_result(pp.feedback.survey_state("csat", [5, 1])).score
    0.5
    """
    d = loads(call(_native.survey_result, str(state), float(confidence)))
    s, r = d["state"], d["result"]
    if s["kind"] == "nps":
        return NpsResult(r["responses"], r["score"], s["promoters"], s["passives"], s["detractors"], r["margin_of_error"], (r["interval"]["low"], r["interval"]["high"]))
    if s["kind"] == "csat":
        return CsatResult(r["responses"], r["score"], r["mean"], (r["interval"]["low"], r["interval"]["high"]))
    return CesResult(r["responses"], r["mean"], r["easy_share"])
