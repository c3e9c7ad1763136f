# postpurchase customer texts, English (the fallback: every id is here): area `policy`.
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
