# postpurchase customer texts, English (the fallback: every id is here): area `answers`.
# Arguments are formatted by the caller (money, dates, lists) except counts, which select plurals.

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
