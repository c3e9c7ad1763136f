# postpurchase customer texts, Italian: area `answers`.
# Arguments are formatted by the caller (money, dates, lists) except counts, which select plurals.

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
