//! Plans through the façade the app calls: prefilled from the top 3, vaststellen only when
//! complete, a vastgesteld version refused on every later save, verspreiding as a signal that
//! appears and clears, and the fasepoort that now sees the plan.

use top3::api::{CasusWerkblad, ErrorCode, Werkplaats};
use top3::domain::{
    Afspraak, Betrokkene, Categorie, Doel, Fase, Informatie, Plansoort, Planstatus,
    Poortvoorwaardesoort, Rol,
};

use crate::util::{self, PASS};

fn signaal(w: &CasusWerkblad, code: &str) -> Option<String> {
    w.signalen
        .iter()
        .find(|s| s.code == code)
        .map(|s| s.tekst.clone())
}

/// A casus with a mother, a father, a child and two situations in the top 3.
fn voorbereid(w: &Werkplaats) -> CasusWerkblad {
    let blad = w.casus_create("P-1", "Gezin Yılmaz-Nowak").unwrap();
    let mut c = blad.casus;
    c.casusregisseur = Some("Noor Bakker (wijkteam)".into());
    for (naam, rollen, minderjarig) in [
        (
            "Ayşe Yılmaz",
            vec![Rol::OuderVerzorger, Rol::Slachtoffer],
            false,
        ),
        ("Paweł Nowak", vec![Rol::OuderVerzorger, Rol::Pleger], false),
        ("Zoë", vec![Rol::Kind, Rol::Getuige], true),
    ] {
        let mut b = Betrokkene::nieuw(naam, rollen);
        b.minderjarig = Some(minderjarig);
        c.betrokkenen.push(b);
    }
    for tekst in [
        "Vader slaat moeder waar Zoë bij is",
        "Vader dreigt Zoë mee te nemen",
    ] {
        c.informatie.push(Informatie {
            categorie: Categorie::OnveiligeSituatie,
            ..Informatie::nieuw(tekst)
        });
    }
    let (s1, s2) = (c.informatie[0].id, c.informatie[1].id);
    c.zet_top3(&[s1, s2]).unwrap();
    c.voeg_doel_toe(
        s1,
        Doel::nieuw("Zoë is thuis veilig", Fase::DirecteVeiligheid, vec![s1]),
    )
    .unwrap();
    w.casus_save(&c, "voorbereid").unwrap()
}

#[test]
fn van_top3_tot_vastgesteld_en_verspreid() {
    let tmp = util::tempdir();
    let w = Werkplaats::new(tmp.path()).unwrap();
    w.create(PASS, "Noor Bakker").unwrap();
    let blad = voorbereid(&w);
    let id = blad.casus.id.to_string();

    // A new plan starts from the top 3.
    let blad = w
        .plan_nieuw(&id, blad.casus.versie, Plansoort::Veiligheidsplan)
        .unwrap();
    let plan = blad.casus.plannen[0].clone();
    assert_eq!((plan.versie, plan.status), (1, Planstatus::Concept));
    let doelen: Vec<(&str, &str)> = plan
        .inhoud
        .doelen
        .iter()
        .map(|d| (d.tekst.as_str(), d.situatie.as_str()))
        .collect();
    assert_eq!(
        doelen,
        [
            ("Zoë is thuis veilig", "Vader slaat moeder waar Zoë bij is"),
            ("", "Vader dreigt Zoë mee te nemen"),
        ]
    );
    let fasepoort_plan = |b: &CasusWerkblad| {
        b.fasepoort
            .voorwaarden
            .iter()
            .find(|v| v.soort == Poortvoorwaardesoort::VeiligheidsplanVastgesteld)
            .map(|v| v.voldaan)
    };
    assert_eq!(fasepoort_plan(&blad), Some(false));

    // Vaststellen an incomplete concept: refused, in Dutch, nothing changed.
    let e = w
        .plan_vaststellen(&id, blad.casus.versie, &plan.id.to_string())
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Invalid);
    assert_eq!(
        e.message,
        "Het plan kan nog niet worden vastgesteld: een doel is nog leeg; er is nog geen afspraak; \
         kies een evaluatiedatum. Er is niets gewijzigd."
    );
    assert_eq!(w.casus_open(&id).unwrap().casus, blad.casus);

    // Complete the concept through the ordinary save, then vaststellen.
    let mut c = blad.casus.clone();
    let p = &mut c.plannen[0].inhoud;
    p.doelen[1].tekst = "Zoë wordt niet meegenomen".into();
    p.doelen[0].afspraken.push(Afspraak {
        wie: "Paweł".into(),
        wat: "Komt niet in de woning aan de Lindelaan".into(),
        wanneer: "Tot de evaluatie".into(),
        toezicht: "Wijkagent".into(),
        als_niet_nagekomen: "Moeder belt 112".into(),
        ..Afspraak::leeg()
    });
    p.evaluatie.datum = Some(chrono::Local::now().date_naive() + chrono::Days::new(42));
    let blad = w.casus_save(&c, "veiligheidsplan bijgewerkt").unwrap();
    let blad = w
        .plan_vaststellen(&id, blad.casus.versie, &plan.id.to_string())
        .unwrap();
    let plan = blad.casus.plannen[0].clone();
    assert_eq!(plan.status, Planstatus::Vastgesteld);
    assert_eq!(plan.vastgesteld.as_ref().unwrap().door, "Noor Bakker");
    assert_eq!(fasepoort_plan(&blad), Some(true));
    assert_eq!(
        blad.casus.monitoring.len(),
        2,
        "monitoring after 3 and 12 months"
    );
    assert_eq!(
        signaal(&blad, "plan_niet_gedeeld").as_deref(),
        Some("Veiligheidsplan versie 1 is nog niet gedeeld met: Ayşe Yılmaz en Paweł Nowak.")
    );

    // The vastgesteld version is immutable on every path that saves.
    let mut gewijzigd = blad.casus.clone();
    gewijzigd.plannen[0].inhoud.doelen[0].afspraken[0].wat = "Mag op zondag langskomen".into();
    let e = w.casus_save(&gewijzigd, "poging").unwrap_err();
    assert_eq!(e.code, ErrorCode::Invalid);
    assert_eq!(
        e.message,
        "Versie 1 van het veiligheidsplan is vastgesteld en kan niet meer worden gewijzigd. Maak \
         een nieuwe versie om iets te veranderen. Er is niets gewijzigd."
    );
    let e = w
        .plan_verwijder_concept(&id, blad.casus.versie, &plan.id.to_string())
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Invalid);
    assert_eq!(
        w.casus_open(&id).unwrap().casus,
        blad.casus,
        "nothing was stored"
    );

    // Verspreiding: the signal names who is left, then clears.
    let vandaag = chrono::Local::now().date_naive();
    let mut c = blad.casus.clone();
    c.plannen[0].verspreiding[0].ontvangen_op = Some(vandaag);
    let blad = w.casus_save(&c, "verspreiding bijgewerkt").unwrap();
    assert_eq!(
        signaal(&blad, "plan_niet_gedeeld").as_deref(),
        Some("Veiligheidsplan versie 1 is nog niet gedeeld met: Paweł Nowak.")
    );
    let mut c = blad.casus.clone();
    c.plannen[0].verspreiding[1].ontvangen_op = Some(vandaag);
    let blad = w.casus_save(&c, "verspreiding bijgewerkt").unwrap();
    assert_eq!(signaal(&blad, "plan_niet_gedeeld"), None);

    // A new version starts as a copy; vaststellen it replaces version 1 and the signal returns
    // for the new version.
    let blad = w
        .plan_nieuw(&id, blad.casus.versie, Plansoort::Veiligheidsplan)
        .unwrap();
    let v2 = blad
        .casus
        .conceptplan(Plansoort::Veiligheidsplan)
        .unwrap()
        .clone();
    assert_eq!(v2.versie, 2);
    assert_eq!(v2.inhoud, plan.inhoud);
    let blad = w
        .plan_vaststellen(&id, blad.casus.versie, &v2.id.to_string())
        .unwrap();
    let statussen: Vec<(u32, Planstatus)> = blad
        .casus
        .plannen
        .iter()
        .map(|p| (p.versie, p.status))
        .collect();
    assert_eq!(
        statussen,
        [(1, Planstatus::Vervangen), (2, Planstatus::Vastgesteld)]
    );
    assert_eq!(
        signaal(&blad, "plan_niet_gedeeld").as_deref(),
        Some("Veiligheidsplan versie 2 is nog niet gedeeld met: Ayşe Yılmaz en Paweł Nowak.")
    );

    // Every step is in the audit trail, without content.
    let log: Vec<String> = w
        .audit_log()
        .unwrap()
        .into_iter()
        .map(|e| e.summary)
        .collect();
    for verwacht in [
        "veiligheidsplan versie 1 gestart (concept)",
        "veiligheidsplan versie 1 vastgesteld",
        "verspreiding bijgewerkt",
        "veiligheidsplan versie 2 vastgesteld",
    ] {
        assert!(log.iter().any(|s| s == verwacht), "{verwacht} in {log:?}");
    }
}

#[test]
fn een_stale_versie_wordt_geweigerd() {
    let tmp = util::tempdir();
    let w = Werkplaats::new(tmp.path()).unwrap();
    w.create(PASS, "Noor").unwrap();
    let blad = voorbereid(&w);
    let id = blad.casus.id.to_string();
    let e = w
        .plan_nieuw(&id, blad.casus.versie - 1, Plansoort::Veiligheidsplan)
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Conflict);
    assert!(w.casus_open(&id).unwrap().casus.plannen.is_empty());
}
