//! The plain-language summaries of the example policy and programme, in English and Italian:
//! every sentence pinned, so a change to the rules or the catalogues shows here.

use postpurchase::customer::{Localizer, Summary, loyalty_summary, return_policy_summary};
use postpurchase::loyalty::Programme;
use postpurchase::returns::ReturnPolicy;
use postpurchase::{Currency, ErrorKind};

fn policy() -> ReturnPolicy {
    ReturnPolicy::from_json(include_str!("../../examples/return_policy.json")).unwrap()
}

fn programme() -> Programme {
    Programme::from_json(include_str!("../../examples/loyalty_programme.json")).unwrap()
}

fn policy_summary(locale: &str) -> Summary {
    let loc = Localizer::new(locale).unwrap();
    return_policy_summary(&policy(), Some(&programme()), Currency::from_code("EUR").unwrap(), &loc).unwrap()
}

fn texts(s: &Summary) -> Vec<&str> {
    s.statements.iter().map(|s| s.text.as_str()).collect()
}

const POLICY_EN: &[&str] = &[
    "You can return an item within 30 days of its delivery.",
    "The last day counts in full, until midnight Europe/Berlin time.",
    "Items in shoes: 60 days instead.",
    "Items in electronics: 14 days instead.",
    "A return can be started once the item has been delivered.",
    "These cannot be returned: final-sale items, digital goods, perishable goods, personalised items and hygiene items.",
    "Orders placed from 15 November 2026 to 24 December 2026 can be returned until 31 January 2027.",
    "A restocking fee of 10% of the refunded items is deducted from the refund.",
    "When the reason is “changed my mind”, the restocking fee is 15% of the refunded items.",
    "No restocking fee when the reason is “defective”, “wrong item sent” or “damaged in transit”.",
    "Sending a return back costs €4.95.",
    "Return shipping is free when the reason is “defective”, “wrong item sent” or “damaged in transit”.",
    "We refund your original shipping when you return the whole order.",
    "We refund your original shipping when the reason is “defective” or “wrong item sent”.",
    "You can choose a refund to your original payment, store credit or an exchange for another item.",
    "Store credit comes with a 10% bonus.",
    "After 45 days from delivery, refunds are made as store credit only.",
    "An exchange ships its replacement free of charge, and you send the item back free of charge.",
    "Silver members get 7 extra days to return.",
    "Gold members get free returns.",
];

const POLICY_IT: &[&str] = &[
    "Puoi restituire un articolo entro 30 giorni dalla sua consegna.",
    "L'ultimo giorno vale per intero, fino alla mezzanotte (ora di Europe/Berlin).",
    "Articoli della categoria shoes: 60 giorni.",
    "Articoli della categoria electronics: 14 giorni.",
    "Puoi avviare un reso dopo la consegna dell'articolo.",
    "Non si possono restituire: articoli in saldo finale, prodotti digitali, prodotti deperibili, articoli personalizzati e articoli per l'igiene.",
    "Gli ordini effettuati dal 15 novembre 2026 al 24 dicembre 2026 si possono restituire fino al 31 gennaio 2027.",
    "Dal rimborso si trattiene una commissione di riassortimento: il 10% del valore degli articoli rimborsati.",
    "Se il motivo è «ho cambiato idea», la commissione di riassortimento è il 15% del valore degli articoli rimborsati.",
    "Nessuna commissione di riassortimento se il motivo è «difettoso», «articolo sbagliato» o «danneggiato durante il trasporto».",
    "La spedizione del reso costa 4,95 €.",
    "La spedizione del reso è gratuita se il motivo è «difettoso», «articolo sbagliato» o «danneggiato durante il trasporto».",
    "Ti rimborsiamo la spedizione originale se restituisci l'intero ordine.",
    "Ti rimborsiamo la spedizione originale se il motivo è «difettoso» o «articolo sbagliato».",
    "Puoi scegliere il rimborso sul metodo di pagamento originale, il credito in negozio o il cambio con un altro articolo.",
    "Il credito in negozio include un bonus del 10%.",
    "Dopo 45 giorni dalla consegna, i rimborsi avvengono solo come credito in negozio.",
    "In caso di cambio, l'articolo sostitutivo viene spedito gratuitamente e la spedizione del reso è gratuita.",
    "I membri silver hanno 7 giorni in più per il reso.",
    "I membri gold hanno resi gratuiti.",
];

const LOYALTY_EN: &[&str] = &[
    "You earn 1 point for every €1.00 you spend, before tax.",
    "Every order earns 10 extra points.",
    "You also earn points for joining (100 points), your birthday (50 points) and each review (20 points).",
    "Points from an order become available 14 days after delivery, or when the return window closes if that is later.",
    "Points expire 180 days after they become available.",
    "100 points are worth €1.00 off an order.",
    "You can redeem from 200 points.",
    "At most 2,000 points can be used on one order.",
    "Reward: 500 points for €5.00 off.",
    "Tiers count the current calendar year.",
    "Member: from €0.00 spent, points × 1.",
    "Silver: from €250.00 spent, points × 1.25, 7 extra days to return.",
    "Gold: from €600.00 spent, points × 1.5, free shipping and free returns.",
];

const LOYALTY_IT: &[&str] = &[
    "Guadagni 1 punto per ogni 1,00 € speso, tasse escluse.",
    "Ogni ordine ti fa guadagnare 10 punti in più.",
    "Guadagni punti anche per l'iscrizione (100 punti), il tuo compleanno (50 punti) e ogni recensione (20 punti).",
    "I punti di un ordine diventano disponibili 14 giorni dopo la consegna, o alla chiusura del periodo di reso se è più tardi.",
    "I punti scadono 180 giorni dopo essere diventati disponibili.",
    "100 punti valgono uno sconto di 1,00 € su un ordine.",
    "Puoi usare i punti a partire da 200.",
    "Su un ordine puoi usare al massimo 2000 punti.",
    "Premio: 500 punti per uno sconto di 5,00 €.",
    "I livelli contano l'anno solare in corso.",
    "Member: da 0,00 € di spesa, punti × 1.",
    "Silver: da 250,00 € di spesa, punti × 1,25, 7 giorni in più per il reso.",
    "Gold: da 600,00 € di spesa, punti × 1,5, spedizione gratuita e resi gratuiti.",
];

#[test]
fn the_example_return_policy_reads_the_same_in_english_and_italian() {
    let en = policy_summary("en-IE");
    assert_eq!(en.title, "Returns and refunds");
    assert_eq!(texts(&en), POLICY_EN);
    let it = policy_summary("it-IT");
    assert_eq!(it.title, "Resi e rimborsi");
    assert_eq!(texts(&it), POLICY_IT);
    // the same facts and messages behind each sentence, whatever the language
    let facts = |s: &Summary| {
        s.statements.iter().map(|s| (s.topic.clone(), s.message.clone(), s.facts.clone())).collect::<Vec<_>>()
    };
    assert_eq!(facts(&en), facts(&it));
    let window = &en.statements[0];
    assert_eq!(
        (window.topic.as_str(), window.facts["days"].as_str(), window.facts["starts"].as_str()),
        ("window", "30", "item_delivered")
    );
}

#[test]
fn the_example_loyalty_programme_reads_the_same_in_english_and_italian() {
    let en = loyalty_summary(&programme(), &Localizer::new("en-IE").unwrap()).unwrap();
    assert_eq!(texts(&en), LOYALTY_EN);
    let it = loyalty_summary(&programme(), &Localizer::new("it-IT").unwrap()).unwrap();
    assert_eq!(texts(&it), LOYALTY_IT);
    assert_eq!(it.title, "Punti fedeltà");
}

#[test]
fn the_summary_follows_the_rules_when_they_change() {
    let mut p = policy();
    p.window.days = None;
    p.return_shipping_fee.amount = None;
    p.refunds.allowed.retain(|m| *m != postpurchase::returns::RefundMethod::Exchange);
    let loc = Localizer::new("en").unwrap();
    let s = return_policy_summary(&p, None, Currency::from_code("EUR").unwrap(), &loc).unwrap();
    let t = texts(&s);
    assert_eq!(t[0], "You can return items at any time.");
    assert!(t.contains(&"Sending a return back is free."), "{t:?}");
    assert!(!t.iter().any(|x| x.contains("exchange ships")), "{t:?}");
    assert!(!s.statements.iter().any(|x| x.topic == "tier"));
}

#[test]
fn an_amount_finer_than_the_currency_is_refused() {
    // 4.95 in yen has no meaning: a typed error, not a rounded text
    let loc = Localizer::new("en").unwrap();
    let e = return_policy_summary(&policy(), None, Currency::from_code("JPY").unwrap(), &loc).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidAmount);
}
