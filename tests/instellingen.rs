//! Methodeinstellingen per vault (issue 15): set through the CLI and the façade, checked whole,
//! audited, and every signal and the fasepoort follow them.

use serde_json::Value;
use top3::api::{ErrorCode, Werkplaats};
use top3::domain::Methodeinstellingen;

use crate::util::{self, PASS, cli, new_vault, snapshot, stderr, stdout};

const VOORBEELD: &str = "tests/data/uitwisseling/voorbeeld.json";

/// The signal codes and texts of the one casus in the vault.
fn signalen(root: &std::path::Path) -> Vec<(String, String)> {
    let lijst: Value =
        serde_json::from_str(&stdout(&cli(root, &["casus", "list", "--json"]))).unwrap();
    lijst[0]["signalen"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["code"].as_str().unwrap().to_string(),
                s["tekst"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn the_drempel_set_on_the_command_line_moves_every_signal() {
    let tmp = util::tempdir();
    let root = tmp.path().join("kluis");
    drop(new_vault(&root));
    assert!(cli(&root, &["casus", "import", VOORBEELD]).status.success());
    // The example's professional scored 5 last, months ago: under the method's 6, so opschalen.
    let score = |s: &[(String, String)]| {
        s.iter()
            .find(|(code, _)| code == "opschalen" || code == "score_onder_drempel")
            .map(|(_, tekst)| tekst.clone())
    };
    let tekst = score(&signalen(&root)).unwrap_or_default();
    assert!(
        tekst.contains("in directe veiligheid en nog geen 6 voor veiligheid (laatste score van de professional 5): opschalen naar MDA++ expertoverleg."),
        "{tekst}"
    );

    let uit = cli(&root, &["instellingen", "zet", "veiligheidsdrempel", "5"]);
    assert!(uit.status.success(), "{}", stderr(&uit));
    assert!(
        stderr(&uit).contains("gewijzigd: veiligheidsdrempel 6 → 5"),
        "{}",
        stderr(&uit)
    );
    assert_eq!(score(&signalen(&root)), None, "5 reaches a drempel of 5");

    assert!(
        cli(&root, &["instellingen", "zet", "veiligheidsdrempel", "8"])
            .status
            .success()
    );
    let tekst = score(&signalen(&root)).unwrap_or_default();
    assert!(
        tekst.contains("nog geen 8 voor veiligheid (laatste score van de professional 5)"),
        "{tekst}"
    );
    // A longer escalation period than the casus has been in directe veiligheid: the plain signal.
    assert!(
        cli(
            &root,
            &["instellingen", "zet", "opschalen-na-maanden", "24"]
        )
        .status
        .success()
    );
    assert_eq!(
        score(&signalen(&root)).as_deref(),
        Some("De laatste veiligheidsscore van de professional is 5, onder de 8 voor veiligheid.")
    );
    let json: Value =
        serde_json::from_str(&stdout(&cli(&root, &["instellingen", "--json"]))).unwrap();
    assert_eq!(json["instellingen"]["veiligheidsdrempel"], 8);
    assert_eq!(json["standaard"]["veiligheidsdrempel"], 6);

    // Refused values change nothing, with the reason.
    let voor = snapshot(&root);
    for (naam, waarde, melding) in [
        (
            "veiligheidsdrempel",
            "11",
            "De veiligheidsdrempel is een score van 1 tot en met 10; 11 kan niet.",
        ),
        (
            "monitoring-na-maanden",
            "12,3",
            "Zet de monitoringmomenten van vroeg naar laat",
        ),
        ("drempel", "6", "Onbekende instelling 'drempel'."),
    ] {
        let uit = cli(&root, &["instellingen", "zet", naam, waarde]);
        assert_eq!(uit.status.code(), Some(1));
        assert!(stderr(&uit).contains(melding), "{}", stderr(&uit));
    }
    assert_eq!(snapshot(&root), voor);

    // Each change is in the logboek, with what changed and never more.
    let log = stdout(&cli(&root, &["audit", "log"]));
    assert!(
        log.contains("methodeinstellingen gewijzigd  -  veiligheidsdrempel 6 → 5"),
        "{log}"
    );
    assert!(
        log.contains("methodeinstellingen gewijzigd  -  veiligheidsdrempel 5 → 8"),
        "{log}"
    );
    assert!(
        log.contains("methodeinstellingen gewijzigd  -  opschalen-na-maanden 3 → 24"),
        "{log}"
    );
}

#[test]
fn the_facade_keeps_the_vaults_settings_and_gives_them_to_every_rule() {
    let tmp = util::tempdir();
    let w = Werkplaats::new(tmp.path()).unwrap();
    w.create(PASS, "Trainer").unwrap();
    let id = w
        .casus_import(std::fs::read(VOORBEELD).unwrap().as_slice())
        .unwrap();
    let poort = |w: &Werkplaats| {
        w.casus_open(&id).unwrap().fasepoort.voorwaarden[2]
            .tekst
            .clone()
    };
    assert!(poort(&w).starts_with(
        "De laatste veiligheidsscore van de professional is 5; nodig is ten minste 6."
    ));

    let nieuw = Methodeinstellingen {
        veiligheidsdrempel: 4,
        monitoring_na_maanden: vec![2, 6, 12],
        ..Methodeinstellingen::default()
    };
    let overzicht = w.methodeinstellingen_zet(&nieuw).unwrap();
    assert_eq!(overzicht.instellingen, nieuw);
    assert!(
        poort(&w)
            .starts_with("De laatste veiligheidsscore van de professional is 5; de drempel is 4.")
    );
    assert_eq!(w.casus_open(&id).unwrap().afgeleid.instellingen, nieuw);

    // All problems at once, nothing stored.
    let fout = w
        .methodeinstellingen_zet(&Methodeinstellingen {
            veiligheidsdrempel: 0,
            bewaartermijn_jaren: 0,
            ..nieuw.clone()
        })
        .unwrap_err();
    assert_eq!(fout.code, ErrorCode::Invalid);
    assert!(fout.message.contains("- veiligheidsdrempel: De veiligheidsdrempel is een score van 1 tot en met 10; 0 kan niet."), "{}", fout.message);
    assert!(
        fout.message
            .contains("- bewaartermijnJaren: Een bewaartermijn van 0 jaar kan niet"),
        "{}",
        fout.message
    );
    assert_eq!(w.methodeinstellingen().unwrap().instellingen, nieuw);

    // They belong to the vault: after a lock and unlock they are still in force.
    w.lock("handmatig");
    w.unlock(PASS).unwrap();
    assert_eq!(w.instellingen(), nieuw);
    assert!(poort(&w).contains("de drempel is 4"));
}

#[test]
fn casus_status_prints_what_the_workspace_knows_by_id_or_code() {
    let tmp = util::tempdir();
    let root = tmp.path().join("kluis");
    drop(new_vault(&root));
    let id = stdout(&cli(&root, &["casus", "import", VOORBEELD]));
    let id = id.trim();
    assert!(
        cli(&root, &["instellingen", "zet", "veiligheidsdrempel", "7"])
            .status
            .success()
    );
    for naam in [id, "OEF-2026-014"] {
        let uit = cli(&root, &["casus", "status", naam, "--json"]);
        assert!(uit.status.success(), "{}", stderr(&uit));
        let s: Value = serde_json::from_str(&stdout(&uit)).unwrap();
        assert_eq!(s["id"], id);
        assert_eq!(s["fase"], "directeVeiligheid");
        assert_eq!(s["instellingen"]["veiligheidsdrempel"], 7);
        let poort: Vec<(bool, String)> = s["fasepoort"]["voorwaarden"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| {
                (
                    v["voldaan"].as_bool().unwrap(),
                    v["tekst"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        assert_eq!(
            poort[1],
            (
                false,
                "Er is nog geen vastgesteld veiligheidsplan.".to_string()
            )
        );
        assert!(poort[2].1.starts_with("De laatste veiligheidsscore van de professional is 5; nodig is ten minste 7. Daarnaast: "), "{poort:?}");
        let scores: Vec<(String, u64, bool)> = s["scores"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["wie"].as_str().unwrap().to_string(),
                    r["waarde"].as_u64().unwrap(),
                    r["leidend"].as_bool().unwrap(),
                )
            })
            .collect();
        assert_eq!(scores[0], ("professional".to_string(), 5, true));
        assert!(
            scores[1..]
                .iter()
                .all(|(_, w, leidend)| *w == 6 && !leidend),
            "{scores:?}"
        );
        let legs: Vec<&str> = s["doorlooptijden"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["tekst"].as_str().unwrap())
            .collect();
        assert_eq!(
            legs,
            [
                "Van incident tot melding: 3 dagen.",
                "Van melding tot start hulp: 14 dagen.",
                "Van incident tot start hulp: 17 dagen."
            ]
        );
        assert!(
            s["signalen"]
                .as_array()
                .unwrap()
                .iter()
                .any(|r| r["code"] == "opschalen")
        );
    }
    // show and export take the code as well.
    assert!(stdout(&cli(&root, &["casus", "show", "OEF-2026-014"])).starts_with("OEF-2026-014 — "));
    let export: Value =
        serde_json::from_str(&stdout(&cli(&root, &["casus", "export", "OEF-2026-014"]))).unwrap();
    assert_eq!(export["casus"]["id"], id);
    let uit = cli(&root, &["casus", "status", "BESTAAT-NIET"]);
    assert_eq!(uit.status.code(), Some(1));
    assert!(
        stderr(&uit).contains("Casus BESTAAT-NIET bestaat niet."),
        "{}",
        stderr(&uit)
    );
}
