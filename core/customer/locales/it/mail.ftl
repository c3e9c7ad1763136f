# postpurchase customer texts, Italian: area `mail`.
# Arguments are formatted by the caller (money, dates, lists) except counts, which select plurals.

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
