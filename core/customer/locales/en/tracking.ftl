# postpurchase customer texts, English (the fallback: every id is here): area `tracking`.
# Arguments are formatted by the caller (money, dates, lists) except counts, which select plurals.

## Tracking page

page-order = Order { $order }
page-next = What happens next
page-parcel =
    Parcel { $n } with { $carrier }{ $has_tracking ->
        [yes] { " " }· tracking { $tracking }
       *[no] { "" }
    }
page-promised = Promised by
page-estimate = Expected by
page-delivered = Delivered
page-waiting = Still being prepared
page-actions = What you can do
page-no-actions = Nothing to do right now.
page-button-return = Start a return
page-button-exchange = Exchange
page-button-report_problem = Report a problem
page-button-claim_lost = Claim the parcel
page-returns = Your returns
page-points = Your points
page-messages = Messages we sent you

## Transit claims

next-claimed = You reported this parcel lost: see below for the refund or the replacement.
claim-refunded = For the lost parcel: { $amount } refunded to { $destination }.
claim-exchanged = For the lost parcel: a replacement is on its way.
