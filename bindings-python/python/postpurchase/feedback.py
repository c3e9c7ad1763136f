"""NPS, CSAT and CES over numpy arrays (or anything array-like)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Tuple

import numpy as np

from . import _native
from ._convert import call, floats, loads


@dataclass(frozen=True)
class NpsResult:
    """NPS on the −100…100 scale with its margin of error and adjusted-Wald interval."""

    responses: int
    score: float
    promoters: int
    passives: int
    detractors: int
    margin_of_error: float
    interval: Tuple[float, float]


@dataclass(frozen=True)
class CsatResult:
    """Top-box share, 0–1 (0.85 is 85 %), with its Wilson interval (also shares 0–1)."""

    responses: int
    score: float
    mean: float
    interval: Tuple[float, float]


@dataclass(frozen=True)
class CesResult:
    """Mean effort score and the share answering 5–7, 0–1 (0.6 is 60 %)."""

    responses: int
    mean: float
    easy_share: float


def nps(scores: Any, confidence: float = 0.95) -> NpsResult:
    """NPS of 0–10 answers; a bad answer raises InvalidAnswerError naming its positions."""
    if isinstance(scores, np.ndarray) and scores.dtype == np.uint8:
        # bytes are counted as they are: one pass, no conversion to numbers
        d = loads(call(_native.nps_answers, np.ascontiguousarray(scores).reshape(-1).tobytes(), float(confidence)))
    else:
        d = loads(call(_native.nps, floats(scores, "scores"), float(confidence)))
    c, r = d["counts"], d["result"]
    return NpsResult(r["responses"], r["score"], c["promoters"], c["passives"], c["detractors"], r["margin_of_error"], (r["interval"]["low"], r["interval"]["high"]))


def csat(scores: Any, confidence: float = 0.95, scale: Tuple[int, int] = (1, 5), top_boxes: int = 2) -> CsatResult:
    """CSAT as the top-box share."""
    r = loads(call(_native.csat, floats(scores, "scores"), float(confidence), scale[0], scale[1], top_boxes))
    return CsatResult(r["responses"], r["score"], r["mean"], (r["interval"]["low"], r["interval"]["high"]))


def ces(scores: Any) -> CesResult:
    """CES on a 1–7 scale."""
    r = loads(call(_native.ces, floats(scores, "scores")))
    return CesResult(r["responses"], r["mean"], r["easy_share"])
