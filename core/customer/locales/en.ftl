# postpurchase customer texts, English (the fallback catalogue: every id is here).
# Arguments are formatted by the caller (money, dates, lists) except counts, which select plurals.

## Return policy summary

policy-title = Returns and refunds
policy-window =
    You can return an item within { $days ->
        [one] { $days } day
       *[other] { $days } days
    } { $start ->
        [order_placed] of placing your order
        [last_item_delivered] of the delivery of your last parcel
       *[item_delivered] of its delivery
    }.
policy-window-unlimited = You can return items at any time.
policy-window-local-day = The last day counts in full, until midnight { $zone } time.
policy-window-override =
    { $what }: { $days ->
        [one] { $days } day
       *[other] { $days } days
    } instead.
policy-override-category = Items in { $name }
policy-override-sku = Item { $name }
policy-override-tag = Items tagged { $name }
policy-requires-delivered = A return can be started once the item has been delivered.
policy-requires-shipped = A return can be started once the item has shipped.
policy-requires-none = A return can be started at any time after ordering.
policy-non-returnable = These cannot be returned: { $list }.
policy-holiday = Orders placed from { $from } to { $to } can be returned until { $until }.
policy-restocking = A restocking fee of { $fee } is deducted from the refund.
policy-restocking-reason = When the reason is { $reason }, the restocking fee is { $fee }.
policy-fee-percent = { $percent }% of the refunded items
policy-fee-fixed = { $amount } per return
policy-fee-waived = No restocking fee when the reason is { $list }.
policy-return-shipping = Sending a return back costs { $amount }.
policy-return-shipping-free = Sending a return back is free.
policy-return-shipping-waived = Return shipping is free when the reason is { $list }.
policy-shipping-refund-whole = We refund your original shipping when you return the whole order.
policy-shipping-refund-reasons = We refund your original shipping when the reason is { $list }.
policy-refund-methods = You can choose { $list }.
policy-store-credit-bonus = Store credit comes with a { $percent }% bonus.
policy-store-credit-after =
    After { $days ->
        [one] { $days } day
       *[other] { $days } days
    } from delivery, refunds are made as store credit only.
policy-exchange =
    An exchange ships its replacement { $shipping ->
        [free] free of charge
       *[other] for { $amount }
    }{ $return_shipping ->
        [charged] , and the return shipping fee applies
       *[waived] , and you send the item back free of charge
    }.
policy-tier = { $tier } members get { $benefits }.

quoted = “{ $text }”

method-original_payment = a refund to your original payment
method-store_credit = store credit
method-exchange = an exchange for another item

non-returnable-final_sale = final-sale items
non-returnable-digital = digital goods
non-returnable-perishable = perishable goods
non-returnable-personalised = personalised items
non-returnable-hygiene = hygiene items

reason-changed_mind = changed my mind
reason-does_not_fit = does not fit
reason-defective = defective
reason-wrong_item = wrong item sent
reason-not_as_described = not as described
reason-damaged_in_transit = damaged in transit
reason-arrived_late = arrived too late
reason-other = other

## Loyalty programme summary

loyalty-title = Loyalty points
loyalty-earn-spend =
    You earn { $points ->
        [one] { $points } point
       *[other] { $points } points
    } for every { $unit } you spend{ $tax ->
        [yes] { "" }
       *[no] , before tax
    }{ $shipping ->
        [yes] , shipping included
       *[no] { "" }
    }.
loyalty-earn-order =
    Every order earns { $points ->
        [one] { $points } extra point
       *[other] { $points } extra points
    }.
loyalty-earn-events = You also earn points for { $list }.
loyalty-event-signup =
    joining ({ $points ->
        [one] { $points } point
       *[other] { $points } points
    })
loyalty-event-birthday =
    your birthday ({ $points ->
        [one] { $points } point
       *[other] { $points } points
    })
loyalty-event-review =
    each review ({ $points ->
        [one] { $points } point
       *[other] { $points } points
    })
loyalty-event-referral =
    each friend you refer who places an order ({ $points ->
        [one] { $points } point
       *[other] { $points } points
    })
loyalty-pending =
    Points from an order become available { $days ->
        [one] { $days } day
       *[other] { $days } days
    } after delivery, or when the return window closes if that is later.
loyalty-expiry-never = Points never expire.
loyalty-expiry-days =
    Points expire { $days ->
        [one] { $days } day
       *[other] { $days } days
    } after they become available.
loyalty-expiry-month = Points expire at the end of the month in which they become available.
loyalty-expiry-year = Points expire at the end of the year in which they become available.
loyalty-expiry-inactivity =
    All your points expire after { $days ->
        [one] { $days } day
       *[other] { $days } days
    } without earning or spending any.
loyalty-redeem = { $points } points are worth { $value } off an order.
loyalty-redeem-min = You can redeem from { $points } points.
loyalty-redeem-max = At most { $points } points can be used on one order.
loyalty-reward = Reward: { $points } points for { $value } off.
loyalty-tier =
    { $tier }: { $threshold }{ $multiplier ->
        [1] { "" }
       *[other] , points × { $multiplier }
    }{ $benefits ->
        [none] { "" }
       *[other] , { $benefits }
    }.
loyalty-tier-metric-net_spend = from { $amount } spent
loyalty-tier-metric-points_earned = from { $points } points earned
loyalty-tier-metric-orders = from { $orders } orders
loyalty-tier-window-lifetime = Tiers count everything since you joined.
loyalty-tier-window-calendar_year = Tiers count the current calendar year.
loyalty-tier-window-rolling_12_months = Tiers count the last 12 months.
loyalty-tier-window-anchored = Tiers count twelve-month periods from the day you reach a tier.
loyalty-benefit-free_shipping = free shipping
loyalty-benefit-free_returns = free returns
loyalty-benefit-extra_days =
    { $days ->
        [one] { $days } extra day to return
       *[other] { $days } extra days to return
    }

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

## Answers

answer-parcel =
    Parcel { $n } of { $total }, with { $carrier }{ $has_tracking ->
        [yes] { " " }(tracking { $tracking })
       *[no] { "" }
    }:
answer-nothing-shipped = Nothing from this order has shipped yet, so there is nothing to return.
answer-nothing-returnable = Nothing from this order can be returned right now.
answer-how-to-return = Start the return from your order page and choose how you want your money back; then pack the items and send them back with the label.
answer-return-cost = For { $item }, { $fees } in fees is kept (restocking and return shipping), so you get { $refund } back.
answer-return-free = Returning { $item } costs you nothing: you get { $refund } back.
answer-return-cost-unknown = We will confirm what returning { $item } costs once we have checked it.
answer-no-return = There is no return on this order yet.
answer-no-points = This shop has no points programme for this order.

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

## Money: currency symbols where CLDR differs from the compiled currency data (CODE:symbol, comma-separated; none for none)

currency-symbols = none
