# postpurchase customer texts, Italian: area `loyalty`.
# Arguments are formatted by the caller (money, dates, lists) except counts, which select plurals.

## Loyalty programme summary

loyalty-title = Punti fedeltà
loyalty-earn-spend =
    Guadagni { $points ->
        [one] { $points } punto
       *[other] { $points } punti
    } per ogni { $unit } speso{ $tax ->
        [yes] { "" }
       *[no] , tasse escluse
    }{ $shipping ->
        [yes] , spedizione inclusa
       *[no] { "" }
    }.
loyalty-earn-order =
    Ogni ordine ti fa guadagnare { $points ->
        [one] { $points } punto in più
       *[other] { $points } punti in più
    }.
loyalty-earn-events = Guadagni punti anche per { $list }.
loyalty-event-signup =
    l'iscrizione ({ $points ->
        [one] { $points } punto
       *[other] { $points } punti
    })
loyalty-event-birthday =
    il tuo compleanno ({ $points ->
        [one] { $points } punto
       *[other] { $points } punti
    })
loyalty-event-review =
    ogni recensione ({ $points ->
        [one] { $points } punto
       *[other] { $points } punti
    })
loyalty-event-referral =
    ogni amico presentato che effettua un ordine ({ $points ->
        [one] { $points } punto
       *[other] { $points } punti
    })
loyalty-pending =
    I punti di un ordine diventano disponibili { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    } dopo la consegna, o alla chiusura del periodo di reso se è più tardi.
loyalty-expiry-never = I punti non scadono mai.
loyalty-expiry-days =
    I punti scadono { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    } dopo essere diventati disponibili.
loyalty-expiry-month = I punti scadono alla fine del mese in cui diventano disponibili.
loyalty-expiry-year = I punti scadono alla fine dell'anno in cui diventano disponibili.
loyalty-expiry-inactivity =
    Tutti i tuoi punti scadono dopo { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    } senza guadagnarne o usarne.
loyalty-redeem = { $points } punti valgono uno sconto di { $value } su un ordine.
loyalty-redeem-min = Puoi usare i punti a partire da { $points }.
loyalty-redeem-max = Su un ordine puoi usare al massimo { $points } punti.
loyalty-reward = Premio: { $points } punti per uno sconto di { $value }.
loyalty-tier =
    { $tier }: { $threshold }{ $multiplier ->
        [1] { "" }
       *[other] , punti × { $multiplier }
    }{ $benefits ->
        [none] { "" }
       *[other] , { $benefits }
    }.
loyalty-tier-metric-net_spend = da { $amount } di spesa
loyalty-tier-metric-points_earned = da { $points } punti guadagnati
loyalty-tier-metric-orders = da { $orders } ordini
loyalty-tier-window-lifetime = I livelli contano tutto dalla tua iscrizione.
loyalty-tier-window-calendar_year = I livelli contano l'anno solare in corso.
loyalty-tier-window-rolling_12_months = I livelli contano gli ultimi 12 mesi.
loyalty-tier-window-anchored = I livelli contano periodi di dodici mesi dal giorno in cui raggiungi un livello.
loyalty-benefit-free_shipping = spedizione gratuita
loyalty-benefit-free_returns = resi gratuiti
loyalty-benefit-extra_days =
    { $days ->
        [one] { $days } giorno in più per il reso
       *[other] { $days } giorni in più per il reso
    }
