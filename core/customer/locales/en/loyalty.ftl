# postpurchase customer texts, English (the fallback: every id is here): area `loyalty`.
# Arguments are formatted by the caller (money, dates, lists) except counts, which select plurals.

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
