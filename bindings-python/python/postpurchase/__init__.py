"""postpurchase: what happens after a customer clicks "buy".

Orders and tracking, returns and exact refunds, loyalty ledgers, notifications, NPS/CSAT/CES,
customer metrics and CLV models, over a Rust core. Money is ``decimal.Decimal``; time is a
timezone-aware ``datetime``; errors subclass :class:`PostPurchaseError` and carry a stable ``code``.
"""

from . import clv, contract, customer, feedback, journey, loyalty, metrics, money, notify, orders, plotting, promise, results, returns, stores, tracking
from .clv import BetaGeoFitter, ConvergenceWarning, GammaGammaFitter, ModifiedBetaGeoFitter, ParetoNBDFitter
from .errors import *  # noqa: F403
from .errors import PostPurchaseError
from .feedback import ces, csat, nps
from .loyalty import Member, Programme
from .notify import NotifyPolicy
from .orders import Order
from .returns import ReturnPolicy

__all__ = [
    "clv", "customer", "feedback", "journey", "loyalty", "metrics", "money", "notify", "orders", "plotting", "promise", "results", "returns", "stores", "tracking",
    "BetaGeoFitter", "ConvergenceWarning", "GammaGammaFitter", "ModifiedBetaGeoFitter", "ParetoNBDFitter",
    "PostPurchaseError", "ces", "csat", "nps", "Member", "Programme", "NotifyPolicy", "Order", "ReturnPolicy",
]
