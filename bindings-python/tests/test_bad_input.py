"""Bad input to every public function gives a PostPurchaseError subclass or TypeError, never a
crash or PanicException."""

import datetime as dt
from decimal import Decimal

import numpy as np
import pytest

import postpurchase as pp

NAIVE = dt.datetime(2026, 3, 1)
BG = pp.BetaGeoFitter.from_params({"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426})
PARETO = pp.ParetoNBDFitter.from_params({"r": 0.553, "alpha": 10.578, "s": 0.606, "beta": 11.669})
AWARE = dt.datetime(2026, 3, 1, tzinfo=dt.timezone.utc)
ORDER = {"id": "o", "customer": "c", "currency": "USD", "placed_at": AWARE,
         "lines": [{"id": "l", "sku": "s", "title": "t", "quantity": 1, "unit_price": {"amount": Decimal("1"), "currency": "USD"}}]}


def order():
    return pp.Order.place(ORDER, "k", AWARE)


CASES = {
    "allocate float": lambda: pp.money.allocate(1.5, "USD", [1]),
    "allocate unknown currency": lambda: pp.money.allocate(Decimal("1"), "XYZ", [1]),
    "allocate NaN weight": lambda: pp.money.allocate(Decimal("1"), "USD", [Decimal("NaN")]),
    "take_units negative": lambda: pp.money.take_units(Decimal("1"), "USD", -1, 1),
    "take_units wrong type": lambda: pp.money.take_units(Decimal("1"), "USD", "one", 1),
    "minor units unknown": lambda: pp.money.currency_minor_units("??"),
    "is_settled bad amount": lambda: pp.money.is_settled("abc", "1", "USD"),
    "map unknown source": lambda: pp.tracking.map_carrier_status("pigeon", "x"),
    "merchant naive": lambda: pp.tracking.merchant_status([(NAIVE, "in_transit")]),
    "merchant bad status": lambda: pp.tracking.merchant_status([(AWARE, "teleported")]),
    "delay naive now": lambda: pp.tracking.assess_delay([], AWARE, None, NAIVE),
    "place naive": lambda: pp.Order.place(ORDER, "k", NAIVE),
    "place unknown currency": lambda: pp.Order.place({**ORDER, "currency": "ZZZ"}, "k", AWARE),
    "place negative quantity": lambda: pp.Order.place({**ORDER, "lines": [{**ORDER["lines"][0], "quantity": -2}]}, "k", AWARE),
    "place float price": lambda: pp.Order.place({**ORDER, "lines": [{**ORDER["lines"][0], "unit_price": {"amount": 1.5, "currency": "USD"}}]}, "k", AWARE),
    "handle malformed": lambda: order().handle({"type": "ship_it"}, "k2", AWARE),
    "handle empty key": lambda: order().handle({"type": "confirm"}, "", AWARE),
    "from_events garbage": lambda: pp.Order.from_events([{"nope": 1}]),
    "policy malformed json": lambda: pp.ReturnPolicy("{not json"),
    "policy unknown key": lambda: pp.ReturnPolicy({"windoww": {}}),
    "policy wrong type": lambda: pp.ReturnPolicy(42),
    "evaluate bad request": lambda: pp.returns.evaluate(order(), {"id": "r"}, pp.ReturnPolicy({}), AWARE),
    "evaluate naive": lambda: pp.returns.evaluate(order(), {}, pp.ReturnPolicy({}), NAIVE),
    "request wrong customer": lambda: pp.returns.request_return(order(), {"id": "r", "customer": "x", "method": "original_payment", "lines": [{"line": "l", "quantity": 1, "reason": "other"}]}, pp.ReturnPolicy({}), "k", AWARE),
    "refund quote unknown": lambda: pp.returns.refund_quote(order(), "nope"),
    "return case unknown": lambda: pp.returns.return_case(order(), "nope"),
    "return command malformed": lambda: pp.returns.return_command(order(), {"action": "explode"}, "k", AWARE),
    "programme malformed": lambda: pp.Programme("{"),
    "member empty id": lambda: pp.Member(""),
    "member bad command": lambda: pp.Member("c").handle({"type": "steal"}, pp.Programme({"currency": "USD", "earning": {}}), "k", AWARE),
    "member negative version": lambda: pp.Member("c").handle({"type": "expire"}, pp.Programme({"currency": "USD", "earning": {}}), "k", AWARE, -1),
    "notify policy malformed": lambda: pp.NotifyPolicy({"quiet_hours": {"start": "25:00:00", "end": "1"}}),
    "plan bad signal": lambda: pp.notify.plan({"kind": "nope"}, {"customer": "c"}, pp.NotifyPolicy({})),
    "order signals garbage": lambda: pp.notify.order_signals([], []),
    "nps nan": lambda: pp.nps([np.nan]),
    "nps strings": lambda: pp.nps(["a"]),
    "nps bad confidence": lambda: pp.nps([10], confidence=2),
    "csat out of scale": lambda: pp.csat([9]),
    "ces empty": lambda: pp.ces([]),
    "summary float ids": lambda: pp.metrics.customer_summary([1.5], np.array(["2026-01-01"], dtype="datetime64[ns]"), [1.0], dt.date(2026, 1, 2)),
    "summary negative amount": lambda: pp.metrics.customer_summary([1], np.array(["2026-01-01"], dtype="datetime64[ns]"), [-1.0], dt.date(2026, 1, 2)),
    "summary nan amount": lambda: pp.metrics.customer_summary([1], np.array(["2026-01-01"], dtype="datetime64[ns]"), [np.nan], dt.date(2026, 1, 2)),
    "bg fit nan": lambda: pp.BetaGeoFitter().fit([np.nan], [0], [1]),
    "bg fit lengths": lambda: pp.BetaGeoFitter().fit([1, 2], [0], [1]),
    "bg negative penalizer": lambda: pp.BetaGeoFitter(penalizer_coef=-1).fit([1, 2], [1, 1], [3, 3]),
    "bg predict unfitted": lambda: pp.BetaGeoFitter().conditional_probability_alive([1], [1], [2]),
    "pareto degenerate": lambda: pp.ParetoNBDFitter().fit([0], [0], [3]),
    "mbg dataframe without columns": lambda: pp.ModifiedBetaGeoFitter().fit({"f": [1]}),
    "gamma gamma negative spend": lambda: pp.GammaGammaFitter().fit([1, 2], [-5, 3]),
    "p(n) negative n": lambda: BG.probability_of_n_purchases_up_to_time(10, -1),
    "p(n) fractional n": lambda: BG.probability_of_n_purchases_up_to_time(10, 1.5),
    "p(n) huge n": lambda: BG.probability_of_n_purchases_up_to_time(10, 10**9),
    "p(n) negative t": lambda: BG.probability_of_n_purchases_up_to_time(-1, 1),
    "expected infinite t": lambda: BG.expected_number_of_purchases_up_to_time(float("inf")),
    "pareto p(n) huge n": lambda: PARETO.conditional_probability_of_n_purchases_up_to_time(10**9, 1, [1], [1], [2]),
    "pareto p(n) negative n": lambda: PARETO.conditional_probability_of_n_purchases_up_to_time(-1, 1, [1], [1], [2]),
    "pareto p(n) zero horizon": lambda: PARETO.conditional_probability_of_n_purchases_up_to_time(1, 0, [1], [1], [2]),
    "fit negative maxiter": lambda: pp.BetaGeoFitter().fit([1, 2], [1, 1], [3, 3], maxiter=-1),
    "fit huge maxiter": lambda: pp.BetaGeoFitter().fit([1, 2], [1, 1], [3, 3], maxiter=10**12),
    "clv unknown unit": lambda: pp.GammaGammaFitter.from_params({"p": 6, "q": 4, "v": 15}).customer_lifetime_value(BG, [1], [1], [2], [10], freq="X"),
    "nps no uint8 answers": lambda: pp.feedback.nps(np.array([], dtype=np.uint8)),
    "load garbage model": lambda: pp.BetaGeoFitter.load_model(__file__),
}


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input_is_a_typed_error(name):
    with pytest.raises((pp.PostPurchaseError, TypeError, RuntimeError)) as e:
        CASES[name]()
    assert type(e.value).__name__ != "PanicException"
    if isinstance(e.value, pp.PostPurchaseError):
        assert e.value.code
