# postpurchase customer texts, English (the fallback: every id is here): area `mail`.
# Arguments are formatted by the caller (money, dates, lists) except counts, which select plurals.

## Messages: subject and short body per notification kind

delay-reason-carrier_delayed = the carrier reported a delay
delay-reason-late = it is past the promised date
delay-reason-stalled = the carrier has had no news of it for a few days
delay-reason-exception = the carrier reported a problem
delay-reason-attempt_failed = a delivery attempt failed
delay-reason-presumed_lost = it seems to be lost

part-estimate =
    { $has_estimate ->
        [yes] { " " }It should arrive by { $estimate }.
       *[no] { "" }
    }
part-tracking =
    { $has_tracking ->
        [yes] { " " }Tracking number: { $tracking }.
       *[no] { "" }
    }

mail-order-confirmed-subject = Order { $order } confirmed
mail-order-confirmed-body = Thank you! We have your order of { $items } and will write when it ships.
mail-order-cancelled-subject = Order { $order } cancelled
mail-order-cancelled-body = Your order { $order } has been cancelled.
mail-fulfilment-delayed-subject = Order { $order } needs a little longer
mail-fulfilment-delayed-body = We need a little more time to prepare { $items }. We will write as soon as it ships.
mail-shipped-subject = Order { $order } is on its way
mail-shipped-body = { $items } left with { $carrier }.{ part-estimate }{ part-tracking }
mail-in-transit-delayed-subject = Order { $order } is delayed
mail-in-transit-delayed-body =
    Your parcel with { $carrier } is delayed{ $has_reason ->
        [yes] : { $reason }
       *[no] { "" }
    }.{ $has_estimate ->
        [yes] { " " }The new estimate is { $estimate }.
       *[no] { " " }We are following it up.
    }
mail-arriving-tomorrow-subject = Order { $order } arrives tomorrow
mail-arriving-tomorrow-body = Your parcel with { $carrier } should arrive tomorrow.{ part-tracking }
mail-out-for-delivery-subject = Order { $order } arrives today
mail-out-for-delivery-body = { $carrier } is delivering { $items } today.
mail-available-for-pickup-subject = Order { $order } is ready for pickup
mail-available-for-pickup-body = Your parcel is waiting at the pickup point. Bring your ID.{ part-tracking }
mail-delivery-attempt-failed-subject = We missed you: order { $order }
mail-delivery-attempt-failed-body = { $carrier } could not deliver your parcel. They will try again, or you can rearrange the delivery with them.{ part-tracking }
mail-delivery-exception-subject = A problem with the delivery of order { $order }
mail-delivery-exception-body = { $carrier } reported a problem with your parcel. We are on it and will tell you if we need anything from you.
mail-delivered-subject = Order { $order } has been delivered
mail-delivered-body =
    { $items } arrived.{ $has_deadline ->
        [yes] { " " }You can return items until { $deadline }.
       *[no] { "" }
    }
mail-all-parts-delivered-subject = All of order { $order } has arrived
mail-all-parts-delivered-body = Every parcel of your order has been delivered.
mail-presumed-lost-subject = We think your parcel is lost
mail-presumed-lost-body = There has been no news of order { $order } from { $carrier }. Claim it from your order page and we will send a replacement or a refund.
mail-return-requested-subject = Return { $return } requested
mail-return-requested-body = We have your return request { $return } and are looking at it.
mail-return-approved-subject = Return { $return } approved
mail-return-approved-body = Your return { $return } is approved: send the items back.
mail-return-declined-subject = Return { $return } declined
mail-return-declined-body = We could not accept return { $return }. Reply to this message if you have questions.
mail-return-label-issued-subject = Your label for return { $return }
mail-return-label-issued-body = Your return label is ready: print it, stick it on the parcel and drop it with the carrier.
mail-return-reminder-to-ship-subject = Reminder: send back return { $return }
mail-return-reminder-to-ship-body = Your return { $return } is approved, but we have not seen the parcel yet.
mail-return-about-to-expire-subject = Last days to return items from order { $order }
mail-return-about-to-expire-body =
    { $has_deadline ->
        [yes] You can return items from order { $order } until { $deadline }.
       *[no] The return window for order { $order } is closing.
    }
mail-return-received-subject = Return { $return } has arrived
mail-return-received-body = We received your return { $return }; your refund is on its way.
mail-return-received-exchange-body = We received your return { $return }; your replacement is on its way.
mail-return-refunded-subject = Refund for return { $return }
mail-return-refunded-body =
    { $has_refund ->
        [yes] We refunded { $refund }{ $has_destination ->
            [yes] { " " }to { $destination }
           *[no] { "" }
        } for return { $return }.
       *[no] We have refunded return { $return }.
    }
mail-return-exchanged-subject = Your exchange for return { $return }
mail-return-exchanged-body = Your exchange has been made; we will write when the replacement ships.
mail-review-request-subject = How are you getting on with your order?
mail-review-request-body = Tell us what you think of { $items }: it takes a minute and helps other customers.
mail-survey-request-subject = One quick question about order { $order }
mail-survey-request-body = How likely are you to recommend us to a friend? One click is enough.
mail-replenishment-reminder-subject = Time to stock up?
mail-replenishment-reminder-body =
    { $has_date ->
        [yes] You may be running low around { $date }: reorder in a few clicks.
       *[no] You may be running low: reorder in a few clicks.
    }
mail-cross-sell-subject = Picked for you
mail-cross-sell-body = Customers who bought { $items } also liked these.
mail-points-earned-subject =
    You earned { $points ->
        [one] { $points } point
       *[other] { $points } points
    }
mail-points-earned-body =
    Order { $order } earned you { $points ->
        [one] { $points } point
       *[other] { $points } points
    }{ $has_date ->
        [yes] , available from { $date }
       *[no] { "" }
    }.
mail-points-about-to-expire-subject = Your points expire soon
mail-points-about-to-expire-body =
    { $points ->
        [one] { $points } point expires
       *[other] { $points } points expire
    }{ $has_date ->
        [yes] { " " }on { $date }
       *[no] { " " }soon
    }. Use them on your next order.
mail-tier-reached-subject = Welcome to { $tier }
mail-tier-reached-body = You have reached { $tier }: your new benefits apply from your next order.
mail-tier-about-to-drop-subject = Keep your { $tier } status
mail-tier-about-to-drop-body =
    Your { $tier } status ends{ $has_date ->
        [yes] { " " }on { $date }
       *[no] { " " }soon
    } unless you order again before then.
