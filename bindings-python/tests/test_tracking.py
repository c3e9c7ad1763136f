from datetime import datetime, timezone

import pytest

import postpurchase as pp
from conftest import check, utc, vectors


def _events(evs):
    from datetime import datetime
    return [(datetime.fromisoformat(e["occurred_at"].replace("Z", "+00:00")), e["status"]) for e in evs]


@pytest.mark.parametrize("case", vectors("tracking.json"), ids=lambda c: c["name"])
def test_tracking_vectors(case):
    from datetime import datetime
    i = case["input"]
    t = lambda s: datetime.fromisoformat(s.replace("Z", "+00:00"))  # noqa: E731
    def run():
        if case["op"] == "map_carrier_status":
            m = pp.tracking.map_carrier_status(i["source"], i["code"])
            return {"status": m.status, "delayed": m.delayed}
        if case["op"] == "merchant_status":
            return {"status": pp.tracking.merchant_status(_events(i["events"]))}
        a = pp.tracking.assess_delay(_events(i["events"]), t(i["shipped_at"]), t(i["promised_by"]) if i["promised_by"] else None, t(i["now"]), i["route"] == "international")
        return {"status": a.status, "late": a.late, "stalled": a.stalled, "presumed_lost": a.presumed_lost}
    check(case, run)


def test_naive_datetime_is_rejected():
    from datetime import datetime
    with pytest.raises(pp.InvalidInputError):
        pp.tracking.merchant_status([(datetime(2026, 3, 1), "in_transit")])
    assert pp.tracking.merchant_status([(utc(2026, 3, 1), "in_transit")]) == "in_transit"


def test_webhook_signatures_as_each_sender_computes_them():
    import base64
    import hashlib
    import hmac

    now = datetime(2026, 3, 1, tzinfo=timezone.utc)
    body = b'{"id":"evt_1","status":"delivered"}'
    raw = hmac.new(b"k", body, hashlib.sha256)
    b64 = base64.b64encode(raw.digest()).decode()
    pp.tracking.verify_webhook("aftership", body, b64, "k", now)
    pp.tracking.verify_webhook("shopify", body, b64, ["old", "k"], now)
    pp.tracking.verify_webhook("easypost", body, "hmac-sha256-hex=" + raw.hexdigest(), ["k"], now)
    t = int(now.timestamp())
    shippo = f"t={t},v1=" + hmac.new(b"k", f"{t}.".encode() + body, hashlib.sha256).hexdigest()
    pp.tracking.verify_webhook("shippo", body, shippo, "k", now)
    with pytest.raises(pp.WebhookStaleTimestampError):
        pp.tracking.verify_webhook("shippo", body, shippo, "k", datetime(2026, 3, 1, 0, 5, 1, tzinfo=timezone.utc))
    with pytest.raises(pp.WebhookSignatureMismatchError):
        pp.tracking.verify_webhook("aftership", b"{}", b64, "k", now)
    with pytest.raises(pp.WebhookSignatureMismatchError):
        pp.tracking.verify_webhook("aftership", body, b64, "wrong", now)
    with pytest.raises(TypeError):
        pp.tracking.verify_webhook("aftership", body.decode(), b64, "k", now)


def test_delay_thresholds_are_configurable_and_bounded():
    scans = [(utc(2026, 3, 2), "in_transit")]
    shipped, now = utc(2026, 3, 1), utc(2026, 3, 6)
    assert pp.tracking.assess_delay(scans, shipped, None, now).stalled
    assert not pp.tracking.assess_delay(scans, shipped, None, now, thresholds={"stalled_after_days": 10}).stalled
    for bad in ({"stalled_after_days": 2**63 - 1}, {"lost_after_days_domestic": -1}, {"lost_after_promise_hours": 0}):
        with pytest.raises(pp.InvalidConfigError):
            pp.tracking.assess_delay(scans, shipped, None, now, thresholds=bad)
    with pytest.raises(pp.InvalidConfigError):
        pp.tracking.assess_delay(scans, shipped, None, now, thresholds={"stalled_after_dayz": 5})
