# postpurchase customer texts, English (the fallback: every id is here): area `view`.
# Arguments are formatted by the caller (money, dates, lists) except counts, which select plurals.

## Order view: headlines

headline-preparing = We are preparing your order.
headline-packed = Your order is packed and waiting for the carrier.
headline-on-its-way = Your order is on its way.
headline-delayed = Your order is running late.
headline-partly-delivered = Part of your order has been delivered; the rest is on its way.
headline-delivered = Your order has been delivered.
headline-partly-returned = Part of your order has been returned.
headline-returned = Your order has been returned.
headline-cancelled = Your order has been cancelled.
headline-parcel-lost = One of your parcels seems to be lost; see below for what happens next.

## Order view: timeline steps

step-ordered = Order placed on { $date }
step-ordered-undated = Order placed
step-ordered-upcoming = Order placed
step-packed = Packed on { $date }
step-packed-undated = Packed
step-packed-upcoming = Packed
step-handed-to-carrier = Handed to { $carrier } on { $date }
step-handed-to-carrier-undated = Handed to { $carrier }
step-handed-to-carrier-upcoming = Handed to { $carrier }
step-in-transit =
    In transit{ $has_place ->
        [yes] , last seen in { $place }
       *[no] { "" }
    } on { $date }
step-in-transit-undated = In transit
step-in-transit-upcoming = In transit
step-out-for-delivery = Out for delivery on { $date }
step-out-for-delivery-undated = Out for delivery
step-out-for-delivery-upcoming = Out for delivery
step-delivered = Delivered on { $date }
step-delivered-undated = Delivered
step-delivered-upcoming = Delivery
step-delivered-upcoming-estimate = Delivery expected by { $estimate }
step-exception =
    { $carrier } reported a problem{ $has_place ->
        [yes] { " " }in { $place }
       *[no] { "" }
    } on { $date }. They are working on it; if they need anything from you, we will tell you.
step-attempt-failed = { $carrier } could not deliver on { $date }. They will try again or leave the parcel at a pickup point.
step-ready-for-pickup =
    Ready for pickup{ $has_place ->
        [yes] { " " }at { $place }
       *[no] { "" }
    } since { $date }
step-returning-to-sender = On { $date } the parcel started its way back to us.
step-returned-to-sender = The parcel came back to us on { $date }.
step-lost = { $carrier } declared the parcel lost on { $date }.
step-tracking-stopped = { $carrier } stopped tracking the parcel on { $date }.
step-delayed-carrier = { $carrier } reported a delay.
step-delayed-carrier-estimate = { $carrier } reported a delay: the new estimate is { $estimate }.
step-delayed-late = The parcel is late.
step-delayed-late-estimate = The parcel is late: the new estimate is { $estimate }.
step-cancelled = This shipment was cancelled before it left.
step-presumed-lost = No news of the parcel since { $date }: we think it is lost.

## Order view: what happens next

next-preparing =
    We are preparing { $units ->
        [one] { $units } item
       *[other] { $units } items
    } and will write when they ship.
next-awaiting-carrier = { $carrier } will collect the parcel soon; it should arrive by { $date }.
next-awaiting-carrier-no-date = { $carrier } will collect the parcel soon; we will write when it is on its way.
next-in-transit = It should arrive by { $date }.
next-in-transit-no-date = It is on its way; we will write when it is out for delivery.
window-range = Most likely { $likely }, and by { $latest } at the latest ({ $confidence ->
        [high] high confidence
        [medium] medium confidence
       *[low] low confidence
    }).
window-likely = Most likely { $likely } ({ $confidence ->
        [high] high confidence
        [medium] medium confidence
       *[low] low confidence
    }).
window-carrier-later = { $carrier } expects it later, on { $date }.
next-out-for-delivery = It arrives today.
next-late = It is late and the carrier has no new date yet; we are following it up.
next-late-estimate = It is late: it should now arrive by { $date }.
next-stalled = There has been no news from the carrier since { $date }; we are following it up.
next-lost = We think the parcel is lost: claim it and we will send a replacement or a refund.
next-pickup =
    Collect it{ $has_place ->
        [yes] { " " }at { $place }
       *[no] { " " }at the pickup point
    }; bring your ID and the tracking number.
next-attempt-failed = { $carrier } will try again; you can also rearrange the delivery with them using the tracking number.
next-exception = { $carrier } is sorting out a problem with the delivery; if it is about the address, contact us.
next-returning = The parcel is coming back to us; once it arrives we will refund it or send it again.
next-tracking-stopped = Tracking has stopped without a delivery: contact us and we will sort it out.
next-delivered = Delivered on { $date }.
next-cancelled = This shipment was cancelled.
next-nothing = Nothing more to do: enjoy your order.

## Order view: actions

action-return-open = You can return { $item }.
action-return-open-refund = You can return { $item }: you would get { $refund } back { $method ->
        [store_credit] as store credit
       *[other] on your original payment
    }.
action-return-open-until = You can return { $item } until { $date }.
action-return-open-until-refund =
    You can return { $item } until { $date } ({ $days ->
        [0] last day today
        [one] { $days } day left
       *[other] { $days } days left
    }): you would get { $refund } back { $method ->
        [store_credit] as store credit
       *[other] on your original payment
    }.
action-return-review = You can ask to return { $item }; we check the request first.
action-return-review-refund = You can ask to return { $item }; we check the request first. You would get { $refund } back { $method ->
        [store_credit] as store credit
       *[other] on your original payment
    }.
action-return-review-until = You can ask to return { $item } until { $date }; we check the request first.
action-return-review-until-refund =
    You can ask to return { $item } until { $date } ({ $days ->
        [0] last day today
        [one] { $days } day left
       *[other] { $days } days left
    }); we check the request first. You would get { $refund } back { $method ->
        [store_credit] as store credit
       *[other] on your original payment
    }.
action-return-denied = { $item } cannot be returned: { $reason }.
action-exchange = You can exchange { $item } for another size or item.
action-exchange-until = You can exchange { $item } for another size or item until { $date }.
action-report-late = The parcel is late: report it and we will chase { $carrier }.
action-report-stalled = The parcel has not moved for a while: report it and we will chase { $carrier }.
action-claim-lost = Claim the lost parcel: we will send a replacement or a refund.

why-window_closed = the return window closed on { $date }
why-quantity_exceeds_returnable = nothing of it can be returned yet
why-already_returned = it has already been returned
why-already_claimed = it was already refunded or replaced after a transit claim
why-parcel_lost = its parcel was lost in transit: claim it instead
why-final_sale = it was a final-sale item
why-digital = digital goods cannot be returned
why-perishable = perishable goods cannot be returned
why-personalised = personalised items cannot be returned
why-hygiene = hygiene items cannot be returned
why-not_shipped = it has not shipped yet
why-not_delivered = it has not been delivered yet

## Order view: points and returns

points-pending-date =
    { $points ->
        [one] { $points } point
       *[other] { $points } points
    } from this order become available on { $date }.
points-pending-delivery =
    { $points ->
        [one] { $points } point
       *[other] { $points } points
    } from this order become available { $days ->
        [one] { $days } day
       *[other] { $days } days
    } after delivery.
points-earned =
    This order earned you { $points ->
        [one] { $points } point
       *[other] { $points } points
    }.
points-balance =
    You have { $points ->
        [one] { $points } point
       *[other] { $points } points
    } to spend.

destination-original_payment = your original payment
destination-store_credit = store credit

return-requested = Return { $id }: we have your request and are looking at it.
return-approved = Return { $id } is approved: send the items back.
return-declined = Return { $id } was declined.
return-label-issued = Return { $id }: your { $carrier } label is ready (tracking { $tracking }); send the items back.
return-in-transit = Return { $id } is on its way back to us.
return-received = Return { $id } has arrived; your refund is on its way.
return-received-exchange = Return { $id } has arrived; your replacement is on its way.
return-refunded = Return { $id }: { $amount } refunded to { $destination }.
return-credited = Return { $id }: { $amount } added as { $destination }.
return-exchanged = Return { $id }: your exchange has been made.
return-charged = Return { $id }: the exchange difference has been charged.
return-cancelled = Return { $id } was cancelled.
