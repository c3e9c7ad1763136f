# postpurchase customer texts, Italian.

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

## Order view: headlines

headline-preparing = Stiamo preparando il tuo ordine.
headline-packed = Il tuo ordine è imballato e attende il corriere.
headline-on-its-way = Il tuo ordine è in viaggio.
headline-delayed = Il tuo ordine è in ritardo.
headline-partly-delivered = Parte del tuo ordine è stata consegnata; il resto è in viaggio.
headline-delivered = Il tuo ordine è stato consegnato.
headline-partly-returned = Parte del tuo ordine è stata restituita.
headline-returned = Il tuo ordine è stato restituito.
headline-cancelled = Il tuo ordine è stato annullato.
headline-parcel-lost = Uno dei tuoi pacchi sembra smarrito; qui sotto trovi cosa succede ora.

## Order view: timeline steps

step-ordered = Ordine effettuato il { $date }
step-ordered-undated = Ordine effettuato
step-ordered-upcoming = Ordine effettuato
step-packed = Imballato il { $date }
step-packed-undated = Imballato
step-packed-upcoming = Imballato
step-handed-to-carrier = Affidato a { $carrier } il { $date }
step-handed-to-carrier-undated = Affidato a { $carrier }
step-handed-to-carrier-upcoming = Affidato a { $carrier }
step-in-transit =
    In transito{ $has_place ->
        [yes] , ultimo passaggio a { $place }
       *[no] { "" }
    } il { $date }
step-in-transit-undated = In transito
step-in-transit-upcoming = In transito
step-out-for-delivery = In consegna il { $date }
step-out-for-delivery-undated = In consegna
step-out-for-delivery-upcoming = In consegna
step-delivered = Consegnato il { $date }
step-delivered-undated = Consegnato
step-delivered-upcoming = Consegna
step-delivered-upcoming-estimate = Consegna prevista entro il { $estimate }
step-exception =
    { $carrier } ha segnalato un problema{ $has_place ->
        [yes] { " " }a { $place }
       *[no] { "" }
    } il { $date }. Se ne sta occupando; se avrà bisogno di qualcosa da te, ti scriveremo.
step-attempt-failed = { $carrier } non è riuscito a consegnare il { $date }. Riproverà o lascerà il pacco in un punto di ritiro.
step-ready-for-pickup =
    Pronto per il ritiro{ $has_place ->
        [yes] { " " }presso { $place }
       *[no] { "" }
    } dal { $date }
step-returning-to-sender = Il { $date } il pacco è ripartito verso di noi.
step-returned-to-sender = Il pacco è tornato da noi il { $date }.
step-lost = { $carrier } ha dichiarato smarrito il pacco il { $date }.
step-tracking-stopped = { $carrier } ha smesso di tracciare il pacco il { $date }.
step-delayed-carrier = { $carrier } ha segnalato un ritardo.
step-delayed-carrier-estimate = { $carrier } ha segnalato un ritardo: la nuova data prevista è il { $estimate }.
step-delayed-late = Il pacco è in ritardo.
step-delayed-late-estimate = Il pacco è in ritardo: la nuova data prevista è il { $estimate }.
step-cancelled = Questa spedizione è stata annullata prima della partenza.
step-presumed-lost = Nessuna notizia del pacco dal { $date }: pensiamo che sia andato perso.

## Order view: what happens next

next-preparing =
    Stiamo preparando { $units ->
        [one] { $units } articolo
       *[other] { $units } articoli
    } e ti scriveremo alla spedizione.
next-awaiting-carrier = { $carrier } ritirerà presto il pacco; dovrebbe arrivare entro il { $date }.
next-awaiting-carrier-no-date = { $carrier } ritirerà presto il pacco; ti scriveremo quando sarà in viaggio.
next-in-transit = Dovrebbe arrivare entro il { $date }.
next-in-transit-no-date = È in viaggio; ti scriveremo quando sarà in consegna.
next-out-for-delivery = Arriva oggi.
next-late = È in ritardo e il corriere non ha ancora una nuova data; stiamo seguendo la spedizione.
next-late-estimate = È in ritardo: ora dovrebbe arrivare entro il { $date }.
next-stalled = Il corriere non dà notizie dal { $date }; stiamo seguendo la spedizione.
next-lost = Pensiamo che il pacco sia andato perso: segnalalo e ti invieremo un articolo sostitutivo o un rimborso.
next-pickup =
    Ritiralo{ $has_place ->
        [yes] { " " }presso { $place }
       *[no] { " " }al punto di ritiro
    }; porta un documento e il numero di tracciamento.
next-attempt-failed = { $carrier } riproverà; puoi anche concordare la consegna con il corriere usando il numero di tracciamento.
next-exception = { $carrier } sta risolvendo un problema con la consegna; se riguarda l'indirizzo, contattaci.
next-returning = Il pacco sta tornando da noi; quando arriva lo rimborsiamo o lo spediamo di nuovo.
next-tracking-stopped = Il tracciamento si è interrotto senza consegna: contattaci e risolveremo.
next-delivered = Consegnato il { $date }.
next-cancelled = Questa spedizione è stata annullata.
next-nothing = Non c'è altro da fare: goditi il tuo ordine.

## Order view: actions

action-return-open = Puoi restituire { $item }.
action-return-open-refund = Puoi restituire { $item }: riceveresti { $refund } { $method ->
        [store_credit] come credito in negozio
       *[other] sul metodo di pagamento originale
    }.
action-return-open-until = Puoi restituire { $item } fino al { $date }.
action-return-open-until-refund =
    Puoi restituire { $item } fino al { $date } ({ $days ->
        [0] ultimo giorno oggi
        [one] manca { $days } giorno
       *[other] mancano { $days } giorni
    }): riceveresti { $refund } { $method ->
        [store_credit] come credito in negozio
       *[other] sul metodo di pagamento originale
    }.
action-return-review = Puoi chiedere di restituire { $item }; prima verifichiamo la richiesta.
action-return-review-refund = Puoi chiedere di restituire { $item }; prima verifichiamo la richiesta. Riceveresti { $refund } { $method ->
        [store_credit] come credito in negozio
       *[other] sul metodo di pagamento originale
    }.
action-return-review-until = Puoi chiedere di restituire { $item } fino al { $date }; prima verifichiamo la richiesta.
action-return-review-until-refund =
    Puoi chiedere di restituire { $item } fino al { $date } ({ $days ->
        [0] ultimo giorno oggi
        [one] manca { $days } giorno
       *[other] mancano { $days } giorni
    }); prima verifichiamo la richiesta. Riceveresti { $refund } { $method ->
        [store_credit] come credito in negozio
       *[other] sul metodo di pagamento originale
    }.
action-return-denied = Reso non disponibile per { $item }: { $reason }.
action-exchange = Puoi cambiare { $item } con un'altra taglia o un altro articolo.
action-exchange-until = Puoi cambiare { $item } con un'altra taglia o un altro articolo fino al { $date }.
action-report-late = Il pacco è in ritardo: segnalalo e solleciteremo { $carrier }.
action-report-stalled = Il pacco è fermo da un po': segnalalo e solleciteremo { $carrier }.
action-claim-lost = Segnala il pacco smarrito: ti invieremo un articolo sostitutivo o un rimborso.

why-window_closed = il periodo di reso si è chiuso il { $date }
why-quantity_exceeds_returnable = per ora non c'è nulla da restituire
why-already_returned = reso già effettuato
why-already_claimed = rimborso o sostituzione già disposti dopo un reclamo per il trasporto
why-parcel_lost = pacco smarrito durante il trasporto: apri un reclamo
why-final_sale = articolo in saldo finale
why-digital = i prodotti digitali non si possono restituire
why-perishable = i prodotti deperibili non si possono restituire
why-personalised = gli articoli personalizzati non si possono restituire
why-hygiene = gli articoli per l'igiene non si possono restituire
why-not_shipped = spedizione non ancora partita
why-not_delivered = consegna non ancora avvenuta

## Order view: points and returns

points-pending-date =
    { $points ->
        [one] { $points } punto
       *[other] { $points } punti
    } di questo ordine { $points ->
        [one] sarà disponibile
       *[other] saranno disponibili
    } dal { $date }.
points-pending-delivery =
    { $points ->
        [one] { $points } punto
       *[other] { $points } punti
    } di questo ordine { $points ->
        [one] sarà disponibile
       *[other] saranno disponibili
    } { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    } dopo la consegna.
points-earned =
    Questo ordine ti ha fatto guadagnare { $points ->
        [one] { $points } punto
       *[other] { $points } punti
    }.
points-balance =
    Hai { $points ->
        [one] { $points } punto
       *[other] { $points } punti
    } da spendere.

destination-original_payment = il metodo di pagamento originale
destination-store_credit = credito in negozio

return-requested = Reso { $id }: abbiamo ricevuto la tua richiesta e la stiamo esaminando.
return-approved = Il reso { $id } è approvato: rispedisci gli articoli.
return-declined = Il reso { $id } è stato rifiutato.
return-label-issued = Reso { $id }: l'etichetta { $carrier } è pronta (tracciamento { $tracking }); rispedisci gli articoli.
return-in-transit = Il reso { $id } sta tornando da noi.
return-received = Il reso { $id } è arrivato; il rimborso è in arrivo.
return-received-exchange = Il reso { $id } è arrivato; l'articolo sostitutivo è in arrivo.
return-refunded = Reso { $id }: { $amount } rimborsati ({ $destination }).
return-credited = Reso { $id }: { $amount } aggiunti come { $destination }.
return-exchanged = Reso { $id }: il cambio è stato effettuato.
return-charged = Reso { $id }: la differenza del cambio è stata addebitata.
return-cancelled = Il reso { $id } è stato annullato.

## Answers

answer-parcel =
    Pacco { $n } di { $total }, con { $carrier }{ $has_tracking ->
        [yes] { " " }(tracciamento { $tracking })
       *[no] { "" }
    }:
answer-nothing-shipped = Nulla di questo ordine è stato ancora spedito, quindi non c'è nulla da restituire.
answer-nothing-returnable = Al momento nulla di questo ordine può essere restituito.
answer-how-to-return = Avvia il reso dalla pagina dell'ordine e scegli come vuoi essere rimborsato; poi imballa gli articoli e rispediscili con l'etichetta.
answer-return-cost = Per { $item } tratteniamo { $fees } di commissioni (riassortimento e spedizione del reso), quindi ricevi { $refund }.
answer-return-free = Restituire { $item } non ti costa nulla: ricevi { $refund }.
answer-return-cost-unknown = Ti confermeremo quanto costa restituire { $item } dopo averlo verificato.
answer-no-return = Non c'è ancora nessun reso su questo ordine.
answer-no-points = Per questo ordine il negozio non ha un programma punti.

## Messages: subject and short body per notification kind

delay-reason-carrier_delayed = il corriere ha segnalato un ritardo
delay-reason-late = è passata la data promessa
delay-reason-stalled = il corriere non ha notizie da qualche giorno
delay-reason-exception = il corriere ha segnalato un problema
delay-reason-attempt_failed = un tentativo di consegna non è riuscito
delay-reason-presumed_lost = sembra essere andato perso

part-estimate =
    { $has_estimate ->
        [yes] { " " }Dovrebbe arrivare entro il { $estimate }.
       *[no] { "" }
    }
part-tracking =
    { $has_tracking ->
        [yes] { " " }Numero di tracciamento: { $tracking }.
       *[no] { "" }
    }

mail-order-confirmed-subject = Ordine { $order } confermato
mail-order-confirmed-body = Grazie! Abbiamo ricevuto il tuo ordine di { $items } e ti scriveremo alla spedizione.
mail-order-cancelled-subject = Ordine { $order } annullato
mail-order-cancelled-body = Il tuo ordine { $order } è stato annullato.
mail-fulfilment-delayed-subject = L'ordine { $order } richiede un po' più di tempo
mail-fulfilment-delayed-body = Ci serve ancora un po' di tempo per preparare { $items }. Ti scriveremo appena partirà la spedizione.
mail-shipped-subject = L'ordine { $order } è in viaggio
mail-shipped-body = Spedito con { $carrier }: { $items }.{ part-estimate }{ part-tracking }
mail-in-transit-delayed-subject = L'ordine { $order } è in ritardo
mail-in-transit-delayed-body =
    Il tuo pacco con { $carrier } è in ritardo{ $has_reason ->
        [yes] : { $reason }
       *[no] { "" }
    }.{ $has_estimate ->
        [yes] { " " }La nuova data prevista è il { $estimate }.
       *[no] { " " }Stiamo seguendo la spedizione.
    }
mail-arriving-tomorrow-subject = L'ordine { $order } arriva domani
mail-arriving-tomorrow-body = Il tuo pacco con { $carrier } dovrebbe arrivare domani.{ part-tracking }
mail-out-for-delivery-subject = L'ordine { $order } arriva oggi
mail-out-for-delivery-body = { $carrier } consegna oggi { $items }.
mail-available-for-pickup-subject = L'ordine { $order } è pronto per il ritiro
mail-available-for-pickup-body = Il tuo pacco ti aspetta al punto di ritiro. Porta un documento.{ part-tracking }
mail-delivery-attempt-failed-subject = Non ti abbiamo trovato: ordine { $order }
mail-delivery-attempt-failed-body = { $carrier } non è riuscito a consegnare il pacco. Riproverà, oppure puoi concordare la consegna con il corriere.{ part-tracking }
mail-delivery-exception-subject = Un problema con la consegna dell'ordine { $order }
mail-delivery-exception-body = { $carrier } ha segnalato un problema con il tuo pacco. Ce ne stiamo occupando e ti scriveremo se ci serve qualcosa da te.
mail-delivered-subject = L'ordine { $order } è stato consegnato
mail-delivered-body =
    Consegnato: { $items }.{ $has_deadline ->
        [yes] { " " }Puoi restituire gli articoli fino al { $deadline }.
       *[no] { "" }
    }
mail-all-parts-delivered-subject = L'ordine { $order } è arrivato tutto
mail-all-parts-delivered-body = Tutti i pacchi del tuo ordine sono stati consegnati.
mail-presumed-lost-subject = Pensiamo che il tuo pacco sia andato perso
mail-presumed-lost-body = { $carrier } non dà notizie dell'ordine { $order }. Segnalalo dalla pagina dell'ordine e ti invieremo un articolo sostitutivo o un rimborso.
mail-return-requested-subject = Reso { $return } richiesto
mail-return-requested-body = Abbiamo ricevuto la tua richiesta di reso { $return } e la stiamo esaminando.
mail-return-approved-subject = Reso { $return } approvato
mail-return-approved-body = Il tuo reso { $return } è approvato: rispedisci gli articoli.
mail-return-declined-subject = Reso { $return } rifiutato
mail-return-declined-body = Non abbiamo potuto accettare il reso { $return }. Rispondi a questo messaggio se hai domande.
mail-return-label-issued-subject = L'etichetta per il reso { $return }
mail-return-label-issued-body = L'etichetta del reso è pronta: stampala, attaccala al pacco e consegnalo al corriere.
mail-return-reminder-to-ship-subject = Promemoria: rispedisci il reso { $return }
mail-return-reminder-to-ship-body = Il tuo reso { $return } è approvato, ma non abbiamo ancora visto il pacco.
mail-return-about-to-expire-subject = Ultimi giorni per restituire gli articoli dell'ordine { $order }
mail-return-about-to-expire-body =
    { $has_deadline ->
        [yes] Puoi restituire gli articoli dell'ordine { $order } fino al { $deadline }.
       *[no] Il periodo di reso dell'ordine { $order } sta per chiudersi.
    }
mail-return-received-subject = Il reso { $return } è arrivato
mail-return-received-body = Abbiamo ricevuto il tuo reso { $return }; il rimborso è in arrivo.
mail-return-received-exchange-body = Abbiamo ricevuto il tuo reso { $return }; l'articolo sostitutivo è in arrivo.
mail-return-refunded-subject = Rimborso per il reso { $return }
mail-return-refunded-body =
    { $has_refund ->
        [yes] Abbiamo rimborsato { $refund }{ $has_destination ->
            [yes] { " " }({ $destination })
           *[no] { "" }
        } per il reso { $return }.
       *[no] Abbiamo rimborsato il reso { $return }.
    }
mail-return-exchanged-subject = Il tuo cambio per il reso { $return }
mail-return-exchanged-body = Il cambio è stato effettuato; ti scriveremo quando l'articolo sostitutivo sarà spedito.
mail-review-request-subject = Come ti trovi con il tuo ordine?
mail-review-request-body = Dicci cosa pensi di { $items }: ci vuole un minuto e aiuta gli altri clienti.
mail-survey-request-subject = Una domanda veloce sull'ordine { $order }
mail-survey-request-body = Quanto è probabile che ci consigli a un amico? Basta un clic.
mail-replenishment-reminder-subject = È ora di fare scorta?
mail-replenishment-reminder-body =
    { $has_date ->
        [yes] Verso il { $date } potresti restare senza: riordina in pochi clic.
       *[no] Potresti restare senza: riordina in pochi clic.
    }
mail-cross-sell-subject = Scelti per te
mail-cross-sell-body = Chi ha comprato { $items } ha apprezzato anche questi.
mail-points-earned-subject =
    Hai guadagnato { $points ->
        [one] { $points } punto
       *[other] { $points } punti
    }
mail-points-earned-body =
    L'ordine { $order } ti ha fatto guadagnare { $points ->
        [one] { $points } punto
       *[other] { $points } punti
    }{ $has_date ->
        [yes] , disponibili dal { $date }
       *[no] { "" }
    }.
mail-points-about-to-expire-subject = I tuoi punti stanno per scadere
mail-points-about-to-expire-body =
    { $points ->
        [one] { $points } punto scade
       *[other] { $points } punti scadono
    }{ $has_date ->
        [yes] { " " }il { $date }
       *[no] { " " }a breve
    }. Usali nel tuo prossimo ordine.
mail-tier-reached-subject = Benvenuto nel livello { $tier }
mail-tier-reached-body = Hai raggiunto il livello { $tier }: i nuovi vantaggi valgono dal prossimo ordine.
mail-tier-about-to-drop-subject = Mantieni il livello { $tier }
mail-tier-about-to-drop-body =
    Il tuo livello { $tier } termina{ $has_date ->
        [yes] { " " }il { $date }
       *[no] { " " }a breve
    } se non ordini di nuovo prima di allora.

## Tracking page

page-order = Ordine { $order }
page-next = Cosa succede ora
page-parcel =
    Pacco { $n } con { $carrier }{ $has_tracking ->
        [yes] { " " }· tracciamento { $tracking }
       *[no] { "" }
    }
page-promised = Consegna promessa entro
page-estimate = Consegna prevista entro
page-delivered = Consegnato
page-waiting = Ancora in preparazione
page-actions = Cosa puoi fare
page-no-actions = Nulla da fare per ora.
page-button-return = Avvia un reso
page-button-exchange = Cambia
page-button-report_problem = Segnala un problema
page-button-claim_lost = Segnala lo smarrimento
page-returns = I tuoi resi
page-points = I tuoi punti
page-messages = I messaggi che ti abbiamo inviato

## Transit claims

next-claimed = Hai segnalato lo smarrimento di questo pacco: qui sotto trovi il rimborso o la sostituzione.
claim-refunded = Per il pacco smarrito: { $amount } rimborsati ({ $destination }).
claim-exchanged = Per il pacco smarrito: un articolo sostitutivo è in arrivo.

## Money: currency symbols where CLDR differs from the compiled currency data (CODE:symbol, comma-separated; none for none)

currency-symbols = USD:USD
