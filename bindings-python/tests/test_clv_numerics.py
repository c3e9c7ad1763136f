"""BG/NBD and modified BG/NBD predictions for heavy buyers and long horizons, against the
closed forms evaluated with mpmath at 300 digits."""

import numpy as np
import pytest

import postpurchase as pp

import mpmath  # noqa: E402  (scripts/test-python installs it)
mpmath.mp.dps = 300   # 50 digits are not enough for 10,000 purchases: the closed form cancels

PARAMS = {"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426}   # CDNOW, weeks (Fader, Hardie & Lee 2005)


def reference(variant, t, x, t_x, T, r, alpha, a, b):
    """E[Y(t) | x, t_x, T] from the papers' formula, in high precision."""
    mp = mpmath.mpf
    t, x, t_x, T, r, alpha, a, b = map(mp, (t, x, t_x, T, r, alpha, a, b))
    z = t / (alpha + T + t)
    ratio = ((alpha + T) / (alpha + T + t)) ** (r + x)
    if variant == "bgnbd":
        num = (a + b + x - 1) / (a - 1) * (1 - ratio * mpmath.hyp2f1(r + x, b + x, a + b + x - 1, z))
        odds = 0 if x == 0 else a / (b + x - 1) * ((alpha + T) / (alpha + t_x)) ** (r + x)
    else:
        num = (a + b + x) / (a - 1) * (1 - ratio * mpmath.hyp2f1(r + x, b + x + 1, a + b + x, z))
        odds = a / (b + x) * ((alpha + T) / (alpha + t_x)) ** (r + x)
    return num / (1 + odds)


@pytest.mark.parametrize("fitter,variant", [(pp.BetaGeoFitter, "bgnbd"), (pp.ModifiedBetaGeoFitter, "mbgnbd")])
def test_heavy_buyers_and_long_horizons_are_finite_and_accurate(fitter, variant):
    m = fitter()
    m.params_ = pp.clv._params(PARAMS)
    x = np.array([0, 1, 10, 100, 1000, 5000, 10000, 10000, 2000], dtype=float)
    T = np.array([520, 520, 520, 520, 520, 520, 520, 600, 52], dtype=float)
    t_x = np.array([0, 500, 500, 519, 519.9, 519.99, 520, 599, 51], dtype=float)
    for horizon in (1, 52, 520):
        got = m.conditional_expected_number_of_purchases_up_to_time(horizon, x, t_x, T)
        assert np.isfinite(got).all(), got
        want = np.array([float(reference(variant, horizon, *row, **PARAMS)) for row in zip(x, t_x, T)])
        np.testing.assert_allclose(got, want, rtol=1e-9, atol=1e-300)
    # the unconditional expectation over long horizons too
    for horizon in (52, 520):
        assert np.isfinite(m.expected_number_of_purchases_up_to_time(horizon))
