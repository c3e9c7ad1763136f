"""The customer's side: what a person reads about their order and the shop's rules, in their
language (English and Italian catalogues ship with the library; other languages fall back to
English). A shop rewords a message or adds a language with :class:`Catalogues`, passed to any
call as ``catalogues=``.

* :func:`order_view`: per parcel a timeline of plain steps, the promise and the current
  estimate, what happens next, and the actions open now with their deadlines (returns and
  exchanges from the eligibility engine, reports and claims from the delay rules), pending
  points and returns.
* :func:`answer`: short answers to the questions customers ask (``where_is_my_order``,
  ``when_will_it_arrive``, ``can_i_return``, ``how_do_i_return``, ``where_is_my_refund``,
  ``how_many_points``) from the same view.
* :func:`message`: the payload and rendered subject and body of a notification intent.
* :func:`return_policy_summary` and :func:`loyalty_summary`: plain-language summaries written
  from the policy and programme data.

Every sentence comes with the message id and the facts behind it (``statement.facts``),
the same in every language. Results are the frozen dataclasses of :mod:`postpurchase.results`;
:func:`run` gives the core's JSON document instead.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Dict, List, Optional, Union

from . import _native
from ._convert import call, dumps, load_dict, when
from .errors import InvalidInputError
from .results import CustomerAnswer, CustomerMessage, NotificationIntent, OrderView, PlainSummary
from .loyalty import Member, Programme
from .orders import Order
from .returns import ReturnPolicy

#: The questions :func:`answer` takes (the core's closed set).
QUESTIONS = tuple(_native.customer_questions())

OrderLike = Union[Order, List[Dict[str, Any]]]
PolicyLike = Union[ReturnPolicy, Dict[str, Any]]
ProgrammeLike = Union[Programme, Dict[str, Any]]


class Catalogues:
    """The words the customer calls read: the shipped Fluent catalogues, with the shop's own
    resources on top. ``add`` puts a Fluent resource for a language (a BCP 47 tag; ``de-AT``
    adds to ``de``) above everything added before; a message a language lacks is written in
    English. A resource that does not parse, or names an id the library does not use, raises
    ``input.invalid`` naming the line, and nothing is added.

    >>> texts = Catalogues().add("de", "page-points = Deine Punkte")
    >>> texts.languages()
    ['en', 'it', 'de']
    >>> len(texts.missing("de")) > 250
    True
    """

    def __init__(self) -> None:
        self._native = _native.NativeCatalogues()

    def add(self, language: str, source: str) -> "Catalogues":
        """Puts ``source`` (Fluent) for ``language`` on top; returns ``self`` to chain."""
        call(self._native.add, language, source)
        return self

    def languages(self) -> List[str]:
        """The languages with words, English first."""
        return list(self._native.languages())

    def missing(self, language: str) -> List[str]:
        """The message ids ``language`` has no words for (written in English)."""
        return list(self._native.missing(language))

    @property
    def host_resources(self) -> int:
        """How many resources were added."""
        return int(self._native.host_resources)

    def __repr__(self) -> str:
        return f"Catalogues(languages={self.languages()!r}, host_resources={self.host_resources})"


#: The native call of each customer-side request, by the name the shared vectors give it.
_CALLS = {
    "view": _native.customer_view,
    "answer": _native.customer_answer,
    "message": _native.customer_message,
    "policy_summary": _native.customer_policy_summary,
    "loyalty_summary": _native.customer_loyalty_summary,
}


def run(operation: str, request: Dict[str, Any], catalogues: Optional[Catalogues] = None) -> Dict[str, Any]:
    """Runs one customer-side request in the core's JSON shape, named as the conformance vectors
    name it (``view``, ``answer``, ``message``, ``policy_summary``, ``loyalty_summary``); each
    goes to its own typed native call, reading ``catalogues`` when given. An unknown name raises
    ``input.invalid``.

    >>> run("loyalty_summary", {"programme": {"currency": "EUR", "earning": {}}, "locale": "en"})["locale"]
    'en'
    """
    native = _CALLS.get(operation) if isinstance(operation, str) else None
    if native is None:
        raise InvalidInputError(f"customer operation {operation!r} is not one of {', '.join(_CALLS)}")
    return load_dict(call(native, dumps(request), catalogues._native if catalogues is not None else None))


def _config(value: Any) -> Any:
    return value.to_dict() if hasattr(value, "to_dict") else value


def _view_request(
    order: OrderLike,
    policy: PolicyLike,
    now: Union[_dt.datetime, str],
    locale: str,
    programme: Optional[ProgrammeLike],
    ledger: Optional[Union[Member, List[Dict[str, Any]]]],
    context: Optional[Dict[str, Any]],
    thresholds: Optional[Dict[str, Any]],
) -> Dict[str, Any]:
    events = order.events if isinstance(order, Order) else order
    req: Dict[str, Any] = {"events": events, "policy": _config(policy), "now": when(now), "locale": locale}
    if programme is not None:
        req["programme"] = _config(programme)
    if ledger is not None:
        req["ledger"] = ledger.entries() if isinstance(ledger, Member) else ledger
    if context is not None:
        req["context"] = context
    if thresholds is not None:
        req["thresholds"] = thresholds
    return req


def order_view(
    order: OrderLike,
    policy: PolicyLike,
    *,
    now: Union[_dt.datetime, str],
    locale: str,
    programme: Optional[ProgrammeLike] = None,
    ledger: Optional[Union[Member, List[Dict[str, Any]]]] = None,
    context: Optional[Dict[str, Any]] = None,
    thresholds: Optional[Dict[str, Any]] = None,
    catalogues: Optional[Catalogues] = None,
) -> OrderView:
    """What the customer should see about an order at ``now``: ``headline``, ``shipments``
    (each with ``timeline``, ``promised_by``, ``estimate`` and ``next``), ``waiting``, ``next``,
    ``actions`` (``action``, ``subject``, ``available``, ``deadline``, ``days_left``, ``code``,
    ``refund``, ``statement``), ``points`` and ``returns``.

    ``order`` is an :class:`Order` or its events; ``ledger`` a :class:`Member` or its entries
    (with ``programme``).

    >>> from datetime import datetime, timezone
    >>> import postpurchase as pp
    >>> t = datetime(2026, 3, 1, 9, tzinfo=timezone.utc)
    >>> o = pp.Order.place({"id": "o-1", "customer": "c-1", "currency": "EUR", "placed_at": t,
    ...     "lines": [{"id": "l1", "sku": "MUG", "title": "Mug", "quantity": 1,
    ...                "unit_price": {"amount": "12.00", "currency": "EUR"}}]}, "place", t)
    >>> v = order_view(o, {"window": {"days": 30}}, now=t, locale="it-IT")
    >>> v.headline.text
    'Stiamo preparando il tuo ordine.'
    """
    req = _view_request(order, policy, now, locale, programme, ledger, context, thresholds)
    return OrderView.from_dict(run("view", req, catalogues))


def answer(
    question: str,
    order: OrderLike,
    policy: PolicyLike,
    *,
    now: Union[_dt.datetime, str],
    locale: str,
    line: Optional[str] = None,
    programme: Optional[ProgrammeLike] = None,
    ledger: Optional[Union[Member, List[Dict[str, Any]]]] = None,
    context: Optional[Dict[str, Any]] = None,
    thresholds: Optional[Dict[str, Any]] = None,
    catalogues: Optional[Catalogues] = None,
) -> CustomerAnswer:
    """The answer ``{question, text, statements}`` to one of :data:`QUESTIONS` about an order;
    ``line`` narrows ``can_i_return`` and ``how_do_i_return`` to one order line.

    >>> from datetime import datetime, timezone
    >>> import postpurchase as pp
    >>> t = datetime(2026, 3, 1, 9, tzinfo=timezone.utc)
    >>> o = pp.Order.place({"id": "o-1", "customer": "c-1", "currency": "EUR", "placed_at": t,
    ...     "lines": [{"id": "l1", "sku": "MUG", "title": "Mug", "quantity": 1,
    ...                "unit_price": {"amount": "12.00", "currency": "EUR"}}]}, "place", t)
    >>> answer("where_is_my_refund", o, {}, now=t, locale="en").text
    'There is no return on this order yet.'
    """
    q: Dict[str, Any] = {"question": question}
    if line is not None:
        q["line"] = line
    view = _view_request(order, policy, now, locale, programme, ledger, context, thresholds)
    return CustomerAnswer.from_dict(run("answer", {"view": view, "question": q}, catalogues))


def message(
    intent: Union[NotificationIntent, Dict[str, Any]],
    *,
    locale: str,
    order: Optional[OrderLike] = None,
    policy: Optional[PolicyLike] = None,
    now: Optional[Union[_dt.datetime, str]] = None,
    programme: Optional[ProgrammeLike] = None,
    ledger: Optional[Union[Member, List[Dict[str, Any]]]] = None,
    context: Optional[Dict[str, Any]] = None,
    thresholds: Optional[Dict[str, Any]] = None,
    catalogues: Optional[Catalogues] = None,
) -> CustomerMessage:
    """The content of a notification intent (as :func:`postpurchase.notify.plan` returns it):
    ``{locale, payload, subject, body}``. Messages about an order need the ``order``, its
    ``policy`` and ``now``; loyalty and marketing messages read their values from the intent's
    payload.

    >>> m = message({"kind": "tier_reached", "customer": "c-1", "channel": "email",
    ...     "send_at": "2026-03-01T09:00:00Z", "dedupe_key": "k", "payload": {"tier": "Gold"}}, locale="en")
    >>> m.subject
    'Welcome to Gold'
    """
    req: Dict[str, Any] = {"intent": intent.to_dict() if isinstance(intent, NotificationIntent) else intent, "locale": locale}
    if order is not None:
        if policy is None or now is None:
            from .errors import InvalidInputError

            raise InvalidInputError("a message about an order needs its policy and now", "input.invalid")
        req["view"] = _view_request(order, policy, now, locale, programme, ledger, context, thresholds)
    return CustomerMessage.from_dict(run("message", req, catalogues))


def return_policy_summary(
    policy: PolicyLike,
    currency: str,
    locale: str,
    programme: Optional[ProgrammeLike] = None,
    *,
    catalogues: Optional[Catalogues] = None,
) -> PlainSummary:
    """The plain-language summary ``{locale, title, statements}`` of a return policy; amounts
    are in ``currency``, tier benefits come from ``programme``.

    >>> s = return_policy_summary({"window": {"days": 30}}, "EUR", "en")
    >>> s.statements[0].text
    'You can return an item within 30 days of its delivery.'
    """
    req: Dict[str, Any] = {"policy": _config(policy), "currency": currency, "locale": locale}
    if programme is not None:
        req["programme"] = _config(programme)
    return PlainSummary.from_dict(run("policy_summary", req, catalogues))


def loyalty_summary(programme: ProgrammeLike, locale: str, *, catalogues: Optional[Catalogues] = None) -> PlainSummary:
    """The plain-language summary ``{locale, title, statements}`` of a loyalty programme.

    >>> loyalty_summary({"currency": "EUR", "earning": {}}, "it").title
    'Punti fedeltà'
    """
    req = {"programme": _config(programme), "locale": locale}
    return PlainSummary.from_dict(run("loyalty_summary", req, catalogues))
