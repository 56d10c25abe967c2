//! The method's safety rules hold on every write path (issue 15): an import through the CLI, a
//! save through the façade, a phase change — each refused with the path and the reason, and the
//! vault unchanged. The rules themselves: `src/domain/invarianten.rs`.

use serde_json::{Value, json};
use top3::api::{ErrorCode, Werkplaats};
use top3::domain::{Afspraak, Plansoort, Planstatus, Vaststelling};

use crate::util::{self, PASS, cli, new_vault, snapshot, stderr, stdout};

const VOORBEELD: &str = include_str!("data/uitwisseling/voorbeeld.json");

/// The example casus (directe veiligheid, professional score 5 on 11 May, no plan) moved to
/// stabiele veiligheid on 12 May, with this reason and who.
fn met_overgang(reden: Option<&str>, door: &str) -> Value {
    let mut doc: Value = serde_json::from_str(VOORBEELD).unwrap();
    doc["casus"]["faseovergangen"] = json!([{
        "datum": "2026-05-12", "van": "directeVeiligheid", "naar": "stabieleVeiligheid",
        "onderbouwing": "Het gaat rustiger", "scores": [], "door": door, "afwijkingsreden": reden
    }]);
    doc["casus"]["fase"] = json!("stabieleVeiligheid");
    doc
}

/// The example casus with a veiligheidsplan that arrives vastgesteld, complete except `weg`.
fn met_plan(weg: impl Fn(&mut top3::domain::Plan)) -> String {
    let vandaag = util::werkdag().vandaag;
    let mut casus = top3::export::lees(VOORBEELD.as_bytes(), vandaag).unwrap();
    let id = casus
        .plan_nieuw(Plansoort::Veiligheidsplan, vandaag)
        .unwrap();
    let plan = casus.conceptplan_mut(id).unwrap();
    for doel in &mut plan.inhoud.doelen {
        doel.tekst = format!("Doel {}", doel.situatie.len());
        doel.afspraken.push(Afspraak {
            wie: "Vader".into(),
            wat: "Komt niet in de woning".into(),
            ..Afspraak::leeg()
        });
    }
    plan.inhoud.evaluatie.datum = vandaag.succ_opt();
    plan.inhoud.casusregisseur = "R. de Vries (wijkteam)".into();
    if plan.inhoud.opgesteld_met.is_empty() {
        plan.inhoud.opgesteld_met.push(top3::domain::Deelnemer {
            naam: "Moeder".into(),
            rol: String::new(),
            betrokkene_id: None,
        });
    }
    assert_eq!(
        plan.ontbreekt(),
        Vec::<String>::new(),
        "complete before `weg`"
    );
    weg(plan);
    plan.status = Planstatus::Vastgesteld;
    plan.vastgesteld = Some(Vaststelling {
        datum: vandaag,
        door: "Jan".into(),
    });
    top3::export::exporteer(&casus)
}

#[test]
fn an_import_that_breaks_a_rule_is_refused_whole() {
    let tmp = util::tempdir();
    let root = tmp.path().join("kluis");
    drop(new_vault(&root));
    let voor = snapshot(&root);
    let bestand = tmp.path().join("casus.json");
    let importeer = |tekst: &str| {
        std::fs::write(&bestand, tekst).unwrap();
        cli(&root, &["casus", "import", bestand.to_str().unwrap()])
    };

    // Through a closed fasepoort without a reden: the reasons, each at its place.
    let uit = importeer(&met_overgang(None, "").to_string());
    assert!(!uit.status.success());
    let fout = stderr(&uit);
    assert!(
        fout.contains(
            "faseovergangen[0]: De overgang naar stabiele veiligheid op 12-05-2026 gaat door de \
             fasepoort, die toen niet open was: Er is nog geen vastgesteld veiligheidsplan. De \
             laatste veiligheidsscore van de professional is 5; nodig is ten minste 6. Daarnaast:"
        ),
        "{fout}"
    );
    assert!(fout.contains("Er is niets gewijzigd."), "{fout}");
    // With a reden but nobody who recorded it.
    let fout = stderr(&importeer(
        &met_overgang(Some("Besluit MDA++"), " ").to_string(),
    ));
    assert!(
        fout.contains(
            "faseovergangen[0].door: Een afwijking van de fasepoort zegt wie haar vastlegde."
        ),
        "{fout}"
    );
    // A vastgesteld veiligheidsplan without 112 and Veilig Thuis; one without an evaluatiedatum.
    let fout = stderr(&importeer(&met_plan(|p| p.inhoud.noodnummers.clear())));
    assert!(
        fout.contains(
            "plannen[0]: Veiligheidsplan versie 1 is vastgesteld maar niet compleet: zet 112 bij \
             de noodnummers; zet Veilig Thuis (0800-2000) bij de noodnummers."
        ),
        "{fout}"
    );
    let fout = stderr(&importeer(&met_plan(|p| p.inhoud.evaluatie.datum = None)));
    assert!(fout.contains("kies een evaluatiedatum"), "{fout}");
    assert_eq!(snapshot(&root), voor, "nothing was stored");

    // The same files with what the rule asks for go in.
    let uit = importeer(&met_overgang(Some("Besluit MDA++"), "R. de Vries").to_string());
    assert!(uit.status.success(), "{}", stderr(&uit));
    let uit = importeer(&met_plan(|_| {}));
    assert!(uit.status.success(), "{}", stderr(&uit));
    // It arrives with its monitoring moments, as vaststellen in the app would have planned them.
    let id = stdout(&uit);
    let doc: Value = serde_json::from_str(&stdout(&cli(
        &root,
        &["casus", "show", id.trim(), "--json"],
    )))
    .unwrap();
    let vandaag = util::werkdag().vandaag;
    let momenten: Vec<String> = doc["casus"]["monitoring"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["datum"].as_str().unwrap().to_string())
        .collect();
    let na = |maanden| {
        vandaag
            .checked_add_months(chrono::Months::new(maanden))
            .unwrap()
            .to_string()
    };
    assert_eq!(momenten, [na(3), na(12)]);
    let lijst = stdout(&cli(&root, &["casus", "list", "--json"]));
    assert_eq!(
        serde_json::from_str::<Value>(&lijst)
            .unwrap()
            .as_array()
            .unwrap()
            .len(),
        2,
        "{lijst}"
    );
}

#[test]
fn a_save_through_the_facade_is_held_to_the_same_rules() {
    let tmp = util::tempdir();
    let w = Werkplaats::new(tmp.path()).unwrap();
    w.create(PASS, "Tester").unwrap();
    let id = w.casus_import(VOORBEELD.as_bytes()).unwrap();
    let wb = w.casus_open(&id).unwrap();

    // A save that sneaks a phase change past the poort (the UI never sends one; a hand-made
    // request could).
    let mut casus = wb.casus.clone();
    casus.faseovergangen =
        serde_json::from_value(met_overgang(None, "")["casus"]["faseovergangen"].clone()).unwrap();
    casus.fase = top3::domain::Fase::StabieleVeiligheid;
    let e = w.casus_save(&casus).unwrap_err();
    assert_eq!(e.code, ErrorCode::Invalid);
    assert!(
        e.message
            .contains("faseovergangen[0]: De overgang naar stabiele veiligheid"),
        "{}",
        e.message
    );

    // A save that marks a concept vastgesteld without its noodnummers.
    let mut casus = wb.casus.clone();
    let plan = casus
        .plan_nieuw(Plansoort::Veiligheidsplan, util::werkdag().vandaag)
        .unwrap();
    let plan = casus.plannen.iter_mut().find(|p| p.id == plan).unwrap();
    plan.inhoud.noodnummers.clear();
    plan.status = Planstatus::Vastgesteld;
    plan.vastgesteld = Some(Vaststelling {
        datum: util::werkdag().vandaag,
        door: "Tester".into(),
    });
    let e = w.casus_save(&casus).unwrap_err();
    assert_eq!(e.code, ErrorCode::Invalid);
    assert!(
        e.message.contains("zet 112 bij de noodnummers"),
        "{}",
        e.message
    );

    // Nothing changed: same version, same phase, no plan.
    let na = w.casus_open(&id).unwrap();
    assert_eq!(na.casus, wb.casus);

    // The phase change itself records who, with the reason.
    let e = w
        .casus_change_phase(
            &id,
            na.casus.versie,
            top3::domain::Faseverzoek {
                naar: top3::domain::Fase::StabieleVeiligheid,
                datum: util::werkdag().vandaag,
                onderbouwing: "Rustiger".into(),
                afwijkingsreden: None,
            },
        )
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Invalid, "{}", e.message);
    let wb = w
        .casus_change_phase(
            &id,
            na.casus.versie,
            top3::domain::Faseverzoek {
                naar: top3::domain::Fase::StabieleVeiligheid,
                datum: util::werkdag().vandaag,
                onderbouwing: "Rustiger".into(),
                afwijkingsreden: Some("Besluit MDA++".into()),
            },
        )
        .unwrap();
    let o = &wb.casus.faseovergangen[0];
    assert_eq!(
        (o.door.as_str(), o.afwijkingsreden.as_deref()),
        ("Tester", Some("Besluit MDA++"))
    );
}

#[test]
fn the_command_line_moves_a_phase_through_the_same_poort() {
    let tmp = util::tempdir();
    let root = tmp.path().join("kluis");
    drop(new_vault(&root));
    let id = stdout(&cli(
        &root,
        &["casus", "import", "tests/data/uitwisseling/voorbeeld.json"],
    ));
    let voor = snapshot(&root);
    let fase = |extra: &[&str]| {
        let mut args = vec![
            "casus",
            "fase",
            "OEF-2026-014",
            "--naar",
            "stabiele-veiligheid",
            "--onderbouwing",
            "Het gaat rustiger",
        ];
        args.extend_from_slice(extra);
        cli(&root, &args)
    };
    let uit = fase(&[]);
    assert_eq!(uit.status.code(), Some(1));
    let fout = stderr(&uit);
    assert!(
        fout.contains(
            "Nog niet aan alle voorwaarden voldaan. Er is nog geen vastgesteld veiligheidsplan."
        ),
        "{fout}"
    );
    assert_eq!(snapshot(&root), voor, "nothing changed");

    let uit = fase(&["--afwijkingsreden", "Besluit MDA++"]);
    assert!(uit.status.success(), "{}", stderr(&uit));
    assert_eq!(stdout(&uit).trim(), "OEF-2026-014: stabiele veiligheid");
    let doc: Value = serde_json::from_str(&stdout(&cli(
        &root,
        &["casus", "show", id.trim(), "--json"],
    )))
    .unwrap();
    let o = &doc["casus"]["faseovergangen"][0];
    assert_eq!(
        (o["door"].as_str(), o["afwijkingsreden"].as_str()),
        (Some("Tester"), Some("Besluit MDA++"))
    );
}
