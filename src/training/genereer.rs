//! A large, clearly fictional set of casussen, to measure the app at the size real teams reach
//! (issue 17: 10,000 casussen in the window). Each one is a bundled oefencasus under a new code
//! (`GEN-00001` …), a title that says it was generated and a made-up surname for its betrokkenen,
//! so fases, signals, plans and search hits vary as they would in a real caseload.

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

use crate::domain::{Casus, Categorie, Informatie};
use crate::vault;

/// The prefix of every generated code; nothing else in the app uses it.
pub const CODE_PREFIX: &str = "GEN-";

/// Parts of surnames that exist nowhere: "Oefenberg", "Proefveld", … (20 × 25 = 500 of them).
const BEGIN: [&str; 20] = [
    "Oefen",
    "Proef",
    "Schets",
    "Voorbeeld",
    "Model",
    "Studie",
    "Leer",
    "Praktijk",
    "Casus",
    "Ontwerp",
    "Maquette",
    "Droog",
    "Fictie",
    "Verzin",
    "Speel",
    "Rollen",
    "Zandbak",
    "Kladblok",
    "Bedenk",
    "Opdracht",
];
const EIND: [&str; 25] = [
    "berg", "veld", "hof", "stein", "kamp", "dijk", "horst", "laar", "wijk", "broek", "sma",
    "stra", "inga", "ema", "huis", "beek", "bosch", "daal", "heim", "rode", "loo", "zand", "meer",
    "waard", "hove",
];

/// The made-up surname of generated casus `i`.
pub fn achternaam(i: usize) -> String {
    format!(
        "{}{}",
        BEGIN[i % BEGIN.len()],
        EIND[(i / BEGIN.len()) % EIND.len()]
    )
}

/// `aantal` generated casussen, numbered from `eerste`, dated relative to `vandaag` as the bundled
/// models are.
pub fn genereer(
    aantal: usize,
    eerste: usize,
    vandaag: NaiveDate,
    nu: DateTime<Utc>,
) -> Result<Vec<Casus>, vault::Error> {
    let modellen = super::modellen(vandaag)?;
    Ok((eerste..eerste + aantal)
        .map(|i| {
            let model = &modellen[i % modellen.len()];
            let titel = model
                .titel
                .strip_prefix("Oefencasus: ")
                .unwrap_or(&model.titel);
            let mut c = model.clone();
            c.id = Uuid::new_v4();
            c.code = format!("{CODE_PREFIX}{i:05}");
            c.titel = format!("Gegenereerd oefengezin {i}: {titel}");
            c.aangemaakt = nu;
            c.versie = 1;
            let achternaam = achternaam(i);
            for b in &mut c.betrokkenen {
                let voornaam = b.naam.split_whitespace().next().unwrap_or("Oefen");
                b.naam = format!("{voornaam} {achternaam}");
            }
            c
        })
        .collect())
}

/// The code of the one large generated casus ([`groot`]).
pub const GROOT_CODE: &str = "GEN-GROOT";

/// One generated casus with `items` informatie-items: the first hundred already in the four lanes,
/// the rest still to be ordered — the 500-item casus of the window measurements.
pub fn groot(items: usize, vandaag: NaiveDate, nu: DateTime<Utc>) -> Result<Casus, vault::Error> {
    // Raw information only: the model's betrokkenen and dates, none of its later steps.
    let model = genereer(1, 0, vandaag, nu)?.remove(0);
    let mut c = Casus::nieuw(
        GROOT_CODE,
        format!("Gegenereerd oefengezin met {items} informatie-items"),
        nu,
        model.bewaartermijn,
    );
    c.betrokkenen = model.betrokkenen;
    c.datum_incident = model.datum_incident;
    c.datum_melding = model.datum_melding;
    let lanes = [
        Categorie::OnveiligeSituatie,
        Categorie::Risicofactor,
        Categorie::BeschermendeFactor,
        Categorie::Schade,
    ];
    let bronnen = ["moeder", "school", "huisarts", "wijkteam", "oma", ""];
    c.informatie = (0..items)
        .map(|i| {
            let mut it = Informatie::nieuw(format!(
                "Melding {}: buren hoorden geschreeuw in de woning op dag {}",
                i + 1,
                i % 28 + 1
            ));
            it.bron = bronnen[i % bronnen.len()].into();
            if i < 100 {
                it.categorie = lanes[i % lanes.len()];
            }
            it
        })
        .collect();
    Ok(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_casussen_are_distinct_fictional_and_valid() {
        let vandaag = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        let set = genereer(12, 1, vandaag, Utc::now()).unwrap();
        assert_eq!(set.len(), 12);
        assert_eq!(set[0].code, "GEN-00001");
        assert_eq!(set[11].code, "GEN-00012");
        let ids: std::collections::HashSet<_> = set.iter().map(|c| c.id).collect();
        assert_eq!(ids.len(), 12, "every casus has its own id");
        for c in &set {
            assert!(
                c.titel.starts_with("Gegenereerd oefengezin "),
                "{}",
                c.titel
            );
            assert!(!c.betrokkenen.is_empty());
            let naam = achternaam(c.code[4..].parse().unwrap());
            assert!(
                c.betrokkenen.iter().all(|b| b.naam.ends_with(&naam)),
                "{:?}",
                c.betrokkenen
            );
            assert!(crate::domain::valideer(c, vandaag).is_empty(), "{}", c.code);
        }
        // Five models in turn: the fases vary across the set.
        let fases: std::collections::HashSet<_> =
            set.iter().map(|c| format!("{:?}", c.fase)).collect();
        assert!(fases.len() > 1, "{fases:?}");
        assert_ne!(achternaam(0), achternaam(20));
        let g = groot(500, vandaag, Utc::now()).unwrap();
        assert_eq!(g.informatie.len(), 500);
        let geordend = g
            .informatie
            .iter()
            .filter(|i| i.categorie != Categorie::NogTeOrdenen)
            .count();
        assert_eq!(geordend, 100);
        assert!(crate::domain::valideer(&g, vandaag).is_empty());
        assert_eq!(achternaam(0), "Oefenberg");
    }
}
