# postpurchase customer texts, Italian: area `tracking`.
# Arguments are formatted by the caller (money, dates, lists) except counts, which select plurals.

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
