# postpurchase customer texts, Italian: area `policy`.
# Arguments are formatted by the caller (money, dates, lists) except counts, which select plurals.

## Return policy summary

policy-title = Resi e rimborsi
policy-window =
    Puoi restituire un articolo entro { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    } { $start ->
        [order_placed] dall'ordine
        [last_item_delivered] dalla consegna del tuo ultimo pacco
       *[item_delivered] dalla sua consegna
    }.
policy-window-unlimited = Puoi restituire gli articoli in qualsiasi momento.
policy-window-local-day = L'ultimo giorno vale per intero, fino alla mezzanotte (ora di { $zone }).
policy-window-override =
    { $what }: { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    }.
policy-override-category = Articoli della categoria { $name }
policy-override-sku = Articolo { $name }
policy-override-tag = Articoli con etichetta { $name }
policy-requires-delivered = Puoi avviare un reso dopo la consegna dell'articolo.
policy-requires-shipped = Puoi avviare un reso dopo la spedizione dell'articolo.
policy-requires-none = Puoi avviare un reso in qualsiasi momento dopo l'ordine.
policy-non-returnable = Non si possono restituire: { $list }.
policy-holiday = Gli ordini effettuati dal { $from } al { $to } si possono restituire fino al { $until }.
policy-restocking = Dal rimborso si trattiene una commissione di riassortimento: { $fee }.
policy-restocking-reason = Se il motivo è { $reason }, la commissione di riassortimento è { $fee }.
policy-fee-percent = il { $percent }% del valore degli articoli rimborsati
policy-fee-fixed = { $amount } per reso
policy-fee-waived = Nessuna commissione di riassortimento se il motivo è { $list }.
policy-return-shipping = La spedizione del reso costa { $amount }.
policy-return-shipping-free = La spedizione del reso è gratuita.
policy-return-shipping-waived = La spedizione del reso è gratuita se il motivo è { $list }.
policy-shipping-refund-whole = Ti rimborsiamo la spedizione originale se restituisci l'intero ordine.
policy-shipping-refund-reasons = Ti rimborsiamo la spedizione originale se il motivo è { $list }.
policy-refund-methods = Puoi scegliere { $list }.
policy-store-credit-bonus = Il credito in negozio include un bonus del { $percent }%.
policy-store-credit-after =
    Dopo { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    } dalla consegna, i rimborsi avvengono solo come credito in negozio.
policy-exchange =
    In caso di cambio, l'articolo sostitutivo viene spedito { $shipping ->
        [free] gratuitamente
       *[other] al costo di { $amount }
    } { $return_shipping ->
        [charged] e si applica il costo di spedizione del reso
       *[waived] e la spedizione del reso è gratuita
    }.
policy-tier = I membri { $tier } hanno { $benefits }.

quoted = «{ $text }»

method-original_payment = il rimborso sul metodo di pagamento originale
method-store_credit = il credito in negozio
method-exchange = il cambio con un altro articolo

non-returnable-final_sale = articoli in saldo finale
non-returnable-digital = prodotti digitali
non-returnable-perishable = prodotti deperibili
non-returnable-personalised = articoli personalizzati
non-returnable-hygiene = articoli per l'igiene

reason-changed_mind = ho cambiato idea
reason-does_not_fit = taglia sbagliata
reason-defective = difettoso
reason-wrong_item = articolo sbagliato
reason-not_as_described = non conforme alla descrizione
reason-damaged_in_transit = danneggiato durante il trasporto
reason-arrived_late = arrivato troppo tardi
reason-other = altro
