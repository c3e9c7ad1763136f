"""NPS, CSAT and CES over numpy arrays (or anything array-like); the results are the frozen
dataclasses of :mod:`postpurchase.results`."""

from __future__ import annotations

from typing import Any, Tuple, Union

import numpy as np

from . import _native
from ._convert import call, floats, loads
from .results import CesResult, CsatResult, NpsResult


def nps(scores: Any, confidence: float = 0.95) -> NpsResult:
    """NPS of 0–10 answers; a bad answer raises InvalidAnswerError naming its positions.

    >>> import numpy as np, postpurchase as pp
    >>> pp.nps(np.array([10, 9, 7, 0], dtype=np.uint8)).score
    25.0
    >>> r = pp.nps([10, 10, 9, 8, 3])
    >>> (r.responses, r.promoters, r.passives, r.detractors, r.score)
    (5, 3, 1, 1, 40.0)
    >>> r.interval.low < r.score < r.interval.high
    True
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
    return NpsResult.from_dict(d["result"])


def csat(scores: Any, confidence: float = 0.95, scale: Tuple[int, int] = (1, 5), top_boxes: int = 2) -> CsatResult:
    """CSAT as the top-box share.

    >>> import postpurchase as pp
    >>> pp.csat([10, 9, 3, 8], scale=(0, 10), top_boxes=3).score
    0.75
    >>> r = pp.csat([5, 4, 4, 2])
    >>> (r.responses, r.satisfied, r.score, r.mean)
    (4, 3, 0.75, 3.75)
    """
    return CsatResult.from_dict(loads(call(_native.csat, floats(scores, "scores"), float(confidence), scale[0], scale[1], top_boxes)))


def ces(scores: Any) -> CesResult:
    """CES on a 1–7 scale.

    >>> import postpurchase as pp
    >>> pp.ces([1, 7]).mean
    4.0
    >>> r = pp.ces([7, 6, 2, 5])
    >>> (r.responses, r.mean, r.easy_share)
    (4, 5.0, 0.75)
    """
    return CesResult.from_dict(loads(call(_native.ces, floats(scores, "scores"))))


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


def survey_result(state: str, confidence: float = 0.95) -> Union[NpsResult, CsatResult, CesResult]:
    """The ``NpsResult``, ``CsatResult`` or ``CesResult`` of a state, as ``nps``, ``csat`` or
    ``ces`` give for the same answers.

    >>> import postpurchase as pp
    >>> pp.feedback.survey_result(pp.feedback.survey_state("csat", [5, 1])).score
    0.5
    """
    d = loads(call(_native.survey_result, str(state), float(confidence)))
    s, r = d["state"], d["result"]
    if s["kind"] == "nps":
        return NpsResult.from_dict(r)
    if s["kind"] == "csat":
        return CsatResult.from_dict(r)
    return CesResult.from_dict(r)
