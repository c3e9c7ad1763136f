import pytest

import postpurchase as pp
from conftest import check, vectors


@pytest.mark.parametrize("case", vectors("notify.json"), ids=lambda c: c["name"])
def test_notify_vectors(case):
    i = case["input"]
    def run():
        policy = pp.NotifyPolicy(i["policy"])
        from datetime import datetime
        out = []
        for x in pp.notify.plan(i["signal"], i["preferences"], policy, i["history"]):
            assert x.send_at.tzinfo is not None
            out.append({"channel": x.channel, "send_at": x.send_at.strftime("%Y-%m-%dT%H:%M:%SZ"), "dedupe_key": x.dedupe_key})
        return out
    check(case, run)
