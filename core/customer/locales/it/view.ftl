# postpurchase customer texts, Italian: area `view`.
# Arguments are formatted by the caller (money, dates, lists) except counts, which select plurals.

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
window-range = Molto probabilmente { $likely }, al più tardi { $latest } ({ $confidence ->
        [high] affidabilità alta
        [medium] affidabilità media
       *[low] affidabilità bassa
    }).
window-likely = Molto probabilmente { $likely } ({ $confidence ->
        [high] affidabilità alta
        [medium] affidabilità media
       *[low] affidabilità bassa
    }).
window-carrier-later = { $carrier } prevede la consegna più tardi, il { $date }.
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
