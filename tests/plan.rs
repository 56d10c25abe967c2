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
    w.casus_save(&c).unwrap()
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
    let blad = w.casus_save(&c).unwrap();
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
    let e = w.casus_save(&gewijzigd).unwrap_err();
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
    let blad = w.casus_save(&c).unwrap();
    assert_eq!(
        signaal(&blad, "plan_niet_gedeeld").as_deref(),
        Some("Veiligheidsplan versie 1 is nog niet gedeeld met: Paweł Nowak.")
    );
    let mut c = blad.casus.clone();
    c.plannen[0].verspreiding[1].ontvangen_op = Some(vandaag);
    let blad = w.casus_save(&c).unwrap();
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
        "veiligheidsplan versie 1 gestart (concept): plannen",
        "veiligheidsplan versie 1 vastgesteld: plannen, monitoring",
        "plannen",
        "veiligheidsplan versie 2 vastgesteld: plannen",
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

/// The CLI's `plan pdf` on the bundled oefencasussen: every section, every afspraak, the numbers,
/// page numbering, the watermarks, the gezinsversie, and a clear refusal when there is no plan.
#[test]
fn plan_pdf_via_de_opdrachtregel() {
    let tmp = util::tempdir();
    let map = tmp.path().join("oefen");
    let out = util::top3()
        .args(["oefen", "init"])
        .arg(&map)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", util::stderr(&out));
    let top3 = || {
        let mut c = util::top3();
        c.env("TOP3_PASSPHRASE", "oefenen").arg("--vault").arg(&map);
        c
    };
    let pdf = |args: &[&str], naam: &str| -> (std::process::Output, std::path::PathBuf) {
        let pad = tmp.path().join(naam);
        let out = top3()
            .args(["plan", "pdf"])
            .args(args)
            .arg("-o")
            .arg(&pad)
            .output()
            .unwrap();
        (out, pad)
    };

    // The model casus, to know what the plan must say.
    let json = util::stdout(&top3().args(["casus", "list", "--json"]).output().unwrap());
    let lijst: serde_json::Value = serde_json::from_str(&json).unwrap();
    let id = lijst
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["code"] == "OEF-01")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let casus = top3::export::lees(
        util::stdout(
            &top3()
                .args(["casus", "show", &id, "--json"])
                .output()
                .unwrap(),
        )
        .as_bytes(),
        chrono::Local::now().date_naive(),
    )
    .unwrap();
    let plan = casus.vastgesteld_plan(Plansoort::Veiligheidsplan).unwrap();

    let (out, pad) = pdf(&["OEF-01"], "plan.pdf");
    assert!(out.status.success(), "{}", util::stderr(&out));
    assert!(util::stderr(&out).contains("veiligheidsplan versie 1 (vastgesteld)"));
    util::qpdf_ok(&pad);
    let paginas = util::pdf_tekst(&pad);
    let n = paginas.len();
    for (k, p) in paginas.iter().enumerate() {
        assert!(
            p.contains(&format!("pagina {} van {n}", k + 1)),
            "page {}: {p}",
            k + 1
        );
        assert!(p.contains("Vertrouwelijk"), "footer on page {}", k + 1);
        assert!(p.contains("OEFENOMGEVING"), "watermark on page {}", k + 1);
    }
    let alles = paginas.join(" ");
    for kop in [
        "Veiligheidsplan",
        "Opgesteld met",
        "Veiligheidsvoorwaarden",
        "Doelen en afspraken",
        "Signalen en wat dan te doen",
        "Netwerk",
        "Noodnummers",
        "Evaluatie",
        "Verspreiding van deze versie",
        "Ondertekening",
        "112",
        "0800-2000",
    ] {
        assert!(alles.contains(kop), "{kop:?} in the PDF");
    }
    // Each afspraak's wie, and the start of its wat and wanneer (cells wrap inside the table).
    let begin = |s: &str| s.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
    let mut afspraken = 0;
    for doel in &plan.inhoud.doelen {
        for a in &doel.afspraken {
            for veld in [&a.wie, &a.wat, &a.wanneer] {
                assert!(alles.contains(&begin(veld)), "{:?} in the PDF", begin(veld));
            }
            afspraken += 1;
        }
    }
    assert!(afspraken >= 2, "the model plan has afspraken");
    for d in &plan.inhoud.opgesteld_met {
        assert!(alles.contains(&d.naam), "{} in the PDF", d.naam);
    }

    // The gezinsversie: plain words, no professional sections.
    let (out, pad) = pdf(&["OEF-01", "--gezinsversie"], "gezin.pdf");
    assert!(out.status.success(), "{}", util::stderr(&out));
    util::qpdf_ok(&pad);
    let gezin = util::pdf_tekst(&pad).join(" ");
    for verwacht in [
        "Ons veiligheidsplan",
        "Wij spreken af:",
        "Wie bel je als het niet veilig is?",
        "bel 112",
        "bel 0800-2000",
    ] {
        assert!(gezin.contains(verwacht), "{verwacht:?} in the gezinsversie");
    }
    assert!(!gezin.contains("Verspreiding"));

    // A concept version carries CONCEPT (OEF-05 has a concept version 2).
    let (out, pad) = pdf(&["OEF-05", "--versie", "2"], "concept.pdf");
    assert!(out.status.success(), "{}", util::stderr(&out));
    let concept = util::pdf_tekst(&pad);
    assert!(
        concept.iter().all(|p| p.contains("CONCEPT")),
        "CONCEPT on every page"
    );

    // No such plan: exit 1, a Dutch message, no file.
    let (out, pad) = pdf(&["OEF-01", "--soort", "herstelplan"], "geen.pdf");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        util::stderr(&out).trim(),
        "top3: Casus OEF-01 heeft geen herstelplan."
    );
    assert!(!pad.exists());
    let (out, _) = pdf(&["OEF-01", "--versie", "9"], "geen.pdf");
    assert_eq!(out.status.code(), Some(1));
    assert!(util::stderr(&out).contains("heeft geen versie 9 van het veiligheidsplan (wel: 1)"));

    // Every export is in the audit trail, without content.
    let log = util::stdout(&top3().args(["audit", "log"]).output().unwrap());
    assert_eq!(log.matches("plan geëxporteerd").count(), 3, "{log}");
}

/// Names in Turkish, Polish, Arabic and Hebrew come back as text from the app's PDF export.
#[test]
fn namen_in_elk_schrift_in_de_pdf() {
    let tmp = util::tempdir();
    let w = Werkplaats::new(tmp.path()).unwrap();
    w.create(PASS, "Noor Bakker").unwrap();
    let blad = voorbereid(&w);
    let id = blad.casus.id.to_string();
    let blad = w
        .plan_nieuw(&id, blad.casus.versie, Plansoort::Veiligheidsplan)
        .unwrap();
    let mut c = blad.casus.clone();
    let p = &mut c.plannen[0].inhoud;
    for (naam, rol) in [
        ("Łucja Wiśniewska", "buurvrouw"),
        ("ليلى حداد", "tante"),
        ("דוד לוי", "opa"),
    ] {
        p.opgesteld_met.push(top3::domain::Deelnemer {
            naam: naam.into(),
            rol: rol.into(),
            betrokkene_id: None,
        });
    }
    let blad = w.casus_save(&c).unwrap();
    let plan_id = blad.casus.plannen[0].id.to_string();
    assert_eq!(
        w.plan_pdf_bestandsnaam(&id, &plan_id, false).unwrap(),
        "Veiligheidsplan P-1 versie 1.pdf"
    );
    let pad = tmp.path().join("plan.pdf");
    w.plan_pdf_schrijf(&id, &plan_id, false, &pad).unwrap();
    util::qpdf_ok(&pad);
    let tekst = util::pdf_tekst(&pad).join(" ");
    for naam in [
        "Ayşe Yılmaz",
        "Paweł Nowak",
        "Łucja Wiśniewska",
        "ليلى حداد",
        "דוד לוי",
        "Gezin Yılmaz-Nowak",
    ] {
        assert!(tekst.contains(naam), "{naam:?} in {tekst}");
    }
    assert!(tekst.contains("CONCEPT"), "a concept is watermarked");
}

/// The pseudonymised plan PDF (what `top3 plan pdf --pseudoniem` writes) hides the betrokkenen
/// as professionals type them: in lower case, in capitals, as genitives.
#[test]
fn pseudoniem_plan_pdf_verbergt_kleine_letters_en_genitieven() {
    let tmp = util::tempdir();
    let w = Werkplaats::new(tmp.path()).unwrap();
    w.create(PASS, "Noor Bakker").unwrap();
    let blad = voorbereid(&w);
    let id = blad.casus.id.to_string();
    let blad = w
        .plan_nieuw(&id, blad.casus.versie, Plansoort::Veiligheidsplan)
        .unwrap();
    let mut c = blad.casus.clone();
    let doel = &mut c.plannen[0].inhoud.doelen[0];
    doel.tekst = "ayşe en zoë zijn thuis veilig; Pawełs broer komt niet meer".into();
    doel.afspraken.push(Afspraak {
        wie: "PAWEŁ NOWAK".into(),
        wat: "Belt Ayşe's zus niet meer en haalt zoë niet van school".into(),
        wanneer: "Altijd".into(),
        ..Afspraak::leeg()
    });
    w.casus_save(&c).unwrap();
    let pad = tmp.path().join("pseudoniem.pdf");
    w.plan_pdf_kies("P-1", Plansoort::Veiligheidsplan, None, false, true, &pad)
        .unwrap();
    util::qpdf_ok(&pad);
    let tekst = util::pdf_tekst(&pad).join(" ");
    let klein = tekst.to_lowercase();
    for naam in ["ayşe", "yılmaz", "paweł", "nowak", "zoë"] {
        assert!(!klein.contains(naam), "{naam:?} in {tekst}");
    }
    for verwacht in [
        "A. en Z. zijn thuis veilig; P.'s broer komt niet meer",
        "P.N.",
        "Belt A.'s zus",
    ] {
        assert!(tekst.contains(verwacht), "{verwacht:?} in {tekst}");
    }
}
