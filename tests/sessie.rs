//! MDA++ sessies: afronden takes every actiepunt into its casus (monitoring, afspraak, evaluatie)
//! exactly once and all or nothing; a casus can be on several sessies; deleting a sessie never
//! touches a casus and deleting a casus leaves the sessie readable; stale saves conflict; the
//! verslag through the CLI (pdftotext, qpdf) in both variants; the oefenomgeving's example sessie.

use std::process::Command;

use top3::api::{ErrorCode, Werkplaats};
use top3::domain::{
    Actiepunt, Actiesoort, Monitoringsoort, Plansoort, Planstatus, Sessie, Sessiestatus,
};
use top3::training;
use top3::vault::{Vault, VaultDir};
use uuid::Uuid;

use crate::util::{self, PASS};

const SESSIE: &str = "5e55e000-0000-4000-8000-000000000000";
const OEF05: &str = "178fc11d-9989-425d-b811-03d20c4b67c3";
const OEF04: &str = "47884dff-2c23-4cb4-ba85-d3d41e5c1fdd";

fn id(n: u64) -> Uuid {
    Uuid::parse_str(&format!("5e55e000-0000-4000-8000-{n:012}")).unwrap()
}

fn vandaag() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

fn d(j: i32, m: u32, dag: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(j, m, dag).unwrap()
}

/// A real (not oefen) vault with OEF-04 and OEF-05 and the example sessie: 2 casussen, 5
/// deelnemers, 5 open actiepunten.
fn werkplaats(tmp: &tempfile::TempDir) -> Werkplaats {
    {
        let v = util::new_vault(tmp.path());
        for casus in training::modellen(vandaag()).unwrap() {
            if [OEF04, OEF05].contains(&casus.id.to_string().as_str()) {
                v.casus_insert(casus, "casus geïmporteerd", "test").unwrap();
            }
        }
        let s = training::voorbeeldsessie().unwrap();
        assert_eq!(s.deelnemers.len(), 5);
        assert_eq!(s.agenda.len(), 2);
        let organisaties: std::collections::BTreeSet<&str> = s
            .deelnemers
            .iter()
            .map(|d| d.organisatie.as_str())
            .collect();
        assert_eq!(organisaties.len(), 5, "five different organisations");
        v.sessie_insert(&s, "sessie geïmporteerd").unwrap();
    }
    let w = Werkplaats::new(tmp.path()).unwrap();
    w.unlock(PASS).unwrap();
    w
}

fn export(w: &Werkplaats, id: &str) -> String {
    top3::export::exporteer(&w.casus_open(id).unwrap().casus)
}

#[test]
fn afronden_zet_actiepunten_in_de_juiste_casus_en_nooit_twee_keer() {
    let tmp = util::tempdir();
    let w = werkplaats(&tmp);
    let voor05 = w.casus_open(OEF05).unwrap().casus;
    let voor04 = w.casus_open(OEF04).unwrap().casus;
    let blad = w.sessie_open(SESSIE).unwrap();
    assert_eq!(blad.open_actiepunten, 5);
    assert!(blad.casussen.iter().all(|c| c.bestaat));

    let af = w.sessie_afronden(SESSIE, blad.sessie.versie).unwrap();
    assert_eq!(af.verwerkt.len(), 5);
    assert!(af.overgeslagen.is_empty());
    assert_eq!(af.werkblad.sessie.status, Sessiestatus::Afgerond);
    assert_eq!(af.werkblad.open_actiepunten, 0);
    assert!(af.werkblad.sessie.afgerond.is_some());

    // OEF-05 had a concept (version 2): it receives the afspraak and the evaluatie; the
    // vastgesteld version 1 is untouched; one extra monitoring moment.
    let c05 = w.casus_open(OEF05).unwrap().casus;
    assert_eq!(c05.versie, voor05.versie + 1);
    assert_eq!(
        c05.plannen[0], voor05.plannen[0],
        "vastgesteld plan unchanged"
    );
    let concept = c05.conceptplan(Plansoort::Veiligheidsplan).unwrap();
    assert_eq!(concept.versie, 2);
    let afspraak = concept.inhoud.doelen[0]
        .afspraken
        .iter()
        .find(|a| a.id == id(101))
        .expect("afspraak from actiepunt 1");
    assert_eq!(afspraak.wie, "Politie (wijkagent)");
    assert_eq!(afspraak.wanneer, "26-11-2026");
    assert_eq!(
        afspraak.toezicht,
        "MDA++-overleg van 19-11-2026 (voorzitter Mirjam Hoekstra)"
    );
    assert_eq!(afspraak.als_niet_nagekomen, "Terug naar het MDA++-overleg.");
    assert_eq!(concept.inhoud.evaluatie.datum, Some(d(2027, 2, 19)));
    assert_eq!(
        concept.inhoud.evaluatie.met_wie,
        "MDA++-tafel met het gezin"
    );
    assert_eq!(c05.monitoring.len(), voor05.monitoring.len() + 1);
    let m = c05.monitoring.iter().find(|m| m.id == id(102)).unwrap();
    assert_eq!((m.datum, m.soort), (d(2026, 12, 3), Monitoringsoort::Extra));
    // Nothing of OEF-04's actiepunten went into OEF-05.
    assert!(!c05.monitoring.iter().any(|m| m.id == id(105)));

    // OEF-04 had no concept: a new version 3 (a copy of the vastgesteld version 2) takes it.
    let c04 = w.casus_open(OEF04).unwrap().casus;
    assert_eq!(&c04.plannen[..2], &voor04.plannen[..]);
    let concept = c04.conceptplan(Plansoort::Veiligheidsplan).unwrap();
    assert_eq!((concept.versie, concept.status), (3, Planstatus::Concept));
    assert!(
        concept.inhoud.doelen[0]
            .afspraken
            .iter()
            .any(|a| a.id == id(104) && a.wie == "Raad voor de Kinderbescherming")
    );
    assert!(c04.monitoring.iter().any(|m| m.id == id(105)));

    // Audited per actiepunt on its casus, without content.
    let log = w.audit_log().unwrap();
    let verwerkt: Vec<_> = log
        .iter()
        .filter(|e| e.action == "actiepunt verwerkt")
        .collect();
    assert_eq!(verwerkt.len(), 5);
    assert_eq!(
        verwerkt
            .iter()
            .filter(|e| e.casus_id.as_deref() == Some(OEF05))
            .count(),
        3
    );
    for e in &verwerkt {
        assert!(!e.summary.contains("wijkagent") && !e.summary.contains("Kim"));
    }
    assert!(log.iter().any(|e| e.action == "sessie gewijzigd"));

    // Never twice: a second afronden is refused and changes nothing.
    let (e05, e04) = (export(&w, OEF05), export(&w, OEF04));
    let versie = af.werkblad.sessie.versie;
    let fout = w.sessie_afronden(SESSIE, versie).unwrap_err();
    assert_eq!(fout.code, ErrorCode::Invalid);
    assert!(fout.message.contains("al afgerond"), "{}", fout.message);
    // Nor can a save undo verwerkt to have them taken again.
    let mut s = af.werkblad.sessie.clone();
    s.agenda[0].actiepunten[0].verwerkt = false;
    assert_eq!(w.sessie_save(&s).unwrap_err().code, ErrorCode::Invalid);
    assert_eq!((export(&w, OEF05), export(&w, OEF04)), (e05, e04));
    // The samenvatting of an afgeronde sessie can still be corrected.
    let mut s = af.werkblad.sessie.clone();
    s.samenvatting.push_str(" Aangevuld.");
    assert!(w.sessie_save(&s).is_ok());
}

#[test]
fn een_casus_op_twee_sessies() {
    let tmp = util::tempdir();
    let w = werkplaats(&tmp);
    let casus = w.casus_open(OEF05).unwrap().casus;
    let blad = w.sessie_create(d(2026, 12, 17), "Mirjam Hoekstra").unwrap();
    let mut s: Sessie = blad.sessie;
    s.agenda_toevoegen(&casus, "14:00", 30).unwrap();
    s.agenda[0].actiepunten.push(Actiepunt {
        id: Uuid::new_v4(),
        wie: "Wijkteam gemeente".into(),
        wat: "Gesprek met de school".into(),
        wanneer: d(2027, 1, 14),
        soort: Actiesoort::Monitoring,
        verwerkt: false,
    });
    let tweede = w.sessie_save(&s).unwrap().sessie;
    let lijst = w.sessie_list().unwrap().sessies;
    assert_eq!(lijst.len(), 2);
    assert!(
        lijst
            .iter()
            .all(|s| s.casussen.contains(&"OEF-05".to_string()))
    );
    assert_eq!(lijst[0].datum, d(2026, 12, 17), "newest first");

    let eerste = w.sessie_open(SESSIE).unwrap().sessie;
    w.sessie_afronden(SESSIE, eerste.versie).unwrap();
    w.sessie_afronden(&tweede.id.to_string(), tweede.versie)
        .unwrap();
    let c = w.casus_open(OEF05).unwrap().casus;
    let extra: Vec<_> = c
        .monitoring
        .iter()
        .filter(|m| m.soort == Monitoringsoort::Extra)
        .map(|m| m.datum)
        .collect();
    assert!(extra.contains(&d(2026, 12, 3)) && extra.contains(&d(2027, 1, 14)));
}

#[test]
fn verwijderen_raakt_de_andere_kant_niet() {
    let tmp = util::tempdir();
    let w = werkplaats(&tmp);
    let (e05, e04) = (export(&w, OEF05), export(&w, OEF04));

    // Deleting a sessie leaves both casussen byte-identical.
    let tweede = w
        .sessie_create(d(2026, 12, 17), "M. Hoekstra")
        .unwrap()
        .sessie;
    w.sessie_delete(SESSIE).unwrap();
    assert_eq!((export(&w, OEF05), export(&w, OEF04)), (e05.clone(), e04));
    assert_eq!(w.sessie_open(SESSIE).unwrap_err().code, ErrorCode::NotFound);
    assert!(
        w.audit_log()
            .unwrap()
            .iter()
            .any(|e| e.action == "sessie verwijderd" && e.summary.contains(SESSIE))
    );

    // Deleting a casus leaves a sessie readable, with the snapshot code.
    let mut s = tweede;
    s.agenda_toevoegen(&w.casus_open(OEF04).unwrap().casus, "10:00", 20)
        .unwrap();
    s.agenda_toevoegen(&w.casus_open(OEF05).unwrap().casus, "10:20", 20)
        .unwrap();
    s.agenda[0].actiepunten.push(Actiepunt {
        id: Uuid::new_v4(),
        wie: "Raad voor de Kinderbescherming".into(),
        wat: "Rapport delen".into(),
        wanneer: d(2027, 1, 7),
        soort: Actiesoort::Afspraak,
        verwerkt: false,
    });
    let s = w.sessie_save(&s).unwrap().sessie;
    w.casus_delete(OEF04).unwrap();
    let blad = w.sessie_open(&s.id.to_string()).unwrap();
    assert_eq!(blad.casussen[0].code, "OEF-04");
    assert!(!blad.casussen[0].bestaat);
    assert!(blad.casussen[1].bestaat);
    // Afronden skips the casus that is gone; its actiepunt stays open.
    let af = w.sessie_afronden(&s.id.to_string(), s.versie).unwrap();
    assert_eq!(af.overgeslagen, ["OEF-04"]);
    assert_eq!(af.werkblad.open_actiepunten, 1);
    assert_eq!(export(&w, OEF05), e05, "no actiepunt for OEF-05: unchanged");
    // And its verslag still renders.
    let pdf = tmp.path().join("verslag.pdf");
    w.sessie_verslag_schrijf(&s.id.to_string(), false, &pdf)
        .unwrap();
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
}

#[test]
fn verouderde_versie_is_een_conflict() {
    let tmp = util::tempdir();
    let w = werkplaats(&tmp);
    let s = w.sessie_open(SESSIE).unwrap().sessie;
    let mut a = s.clone();
    a.samenvatting = "Eerste".into();
    w.sessie_save(&a).unwrap();
    let mut b = s.clone();
    b.samenvatting = "Tweede".into();
    let fout = w.sessie_save(&b).unwrap_err();
    assert_eq!(fout.code, ErrorCode::Conflict);
    assert_eq!(
        w.sessie_afronden(SESSIE, s.versie).unwrap_err().code,
        ErrorCode::Conflict
    );
    assert_eq!(w.sessie_open(SESSIE).unwrap().sessie.samenvatting, "Eerste");
    // Invalid input is refused with its path.
    let mut c = w.sessie_open(SESSIE).unwrap().sessie;
    c.agenda[0].begintijd = "25:00".into();
    let fout = w.sessie_save(&c).unwrap_err();
    assert_eq!(fout.code, ErrorCode::Invalid);
    assert!(
        fout.message.contains("agenda[0].begintijd"),
        "{}",
        fout.message
    );
}

#[test]
fn partnerlijst_wordt_hergebruikt() {
    let tmp = util::tempdir();
    let w = werkplaats(&tmp);
    let partners = training::voorbeeldsessie().unwrap().deelnemers;
    w.partners_save(&partners).unwrap();
    assert_eq!(w.partners_list().unwrap(), partners);
    let nieuw = w.sessie_create(d(2027, 1, 21), "Mirjam Hoekstra").unwrap();
    assert_eq!(nieuw.sessie.deelnemers, partners);
    let mut fout = partners.clone();
    fout[0].organisatie = " ".into();
    let e = w.partners_save(&fout).unwrap_err();
    assert_eq!(e.code, ErrorCode::Invalid);
    assert_eq!(
        e.message,
        "De partnerlijst is niet opgeslagen:\n- partners[0].organisatie: Vul de organisatie van de partner in.\nEr is niets gewijzigd."
    );
    assert_eq!(w.partners_list().unwrap(), partners, "nothing changed");
}

fn pdftotext(pdf: &std::path::Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(out.status.success());
    // Table cells wrap: join the lines so a sentence can be found whole.
    String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn verslag_via_de_opdrachtregel() {
    let tmp = util::tempdir();
    let map = tmp.path().join("oefen");
    let o = util::top3()
        .arg("oefen")
        .arg("init")
        .arg(&map)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", util::stderr(&o));
    let top3 = |args: &[&str]| {
        util::top3()
            .env("TOP3_PASSPHRASE", training::OEFEN_WACHTWOORD)
            .arg("--vault")
            .arg(&map)
            .args(args)
            .output()
            .unwrap()
    };
    let o = top3(&["sessie", "list", "--json"]);
    assert!(o.status.success(), "{}", util::stderr(&o));
    let lijst: serde_json::Value = serde_json::from_str(&util::stdout(&o)).unwrap();
    assert_eq!(lijst[0]["id"], SESSIE);
    assert_eq!(lijst[0]["datum"], "2026-11-19");
    assert_eq!(lijst[0]["voorzitter"], "Mirjam Hoekstra");

    let sessie = training::voorbeeldsessie().unwrap();
    let pro = tmp.path().join("verslag.pdf");
    let pseudo = tmp.path().join("verslag-pseudoniem.pdf");
    let o = top3(&["sessie", "verslag", SESSIE, "-o", pro.to_str().unwrap()]);
    assert!(o.status.success(), "{}", util::stderr(&o));
    let o = top3(&[
        "sessie",
        "verslag",
        SESSIE,
        "--pseudoniem",
        "-o",
        pseudo.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", util::stderr(&o));
    for pdf in [&pro, &pseudo] {
        let q = Command::new("qpdf")
            .arg("--check")
            .arg(pdf)
            .output()
            .unwrap();
        assert!(q.status.success(), "{}", String::from_utf8_lossy(&q.stdout));
    }

    let t = pdftotext(&pro);
    let p = pdftotext(&pseudo);
    // Both variants hold everything; the pseudonymised one with betrokkenen as initials, so the
    // free text is compared in the professional one.
    for (tekst, alles) in [(&t, true), (&p, false)] {
        assert!(tekst.contains("Verslag MDA++-overleg"));
        assert!(tekst.contains("OEFENOMGEVING") || tekst.contains("O E F E N"));
        assert!(tekst.contains(&sessie.samenvatting[..60]), "samenvatting");
        assert!(tekst.contains("Samenvatting") && tekst.contains("Besluiten"));
        for d in &sessie.deelnemers {
            assert!(
                tekst.contains(&d.organisatie),
                "{} in verslag",
                d.organisatie
            );
        }
        for a in &sessie.agenda {
            for b in a.besluiten.iter().filter(|_| alles) {
                assert!(tekst.contains(b.as_str()), "besluit {b:?}");
            }
            for ap in &a.actiepunten {
                assert!(tekst.contains(&ap.wie), "wie {:?}", ap.wie);
                assert!(!alles || tekst.contains(&ap.wat), "wat {:?}", ap.wat);
                assert!(
                    tekst.contains(&ap.wanneer.format("%d-%m-%Y").to_string()),
                    "datum {}",
                    ap.wanneer
                );
            }
        }
    }
    for d in &sessie.deelnemers {
        assert!(
            t.contains(&d.naam),
            "{} in the professional verslag",
            d.naam
        );
        assert!(
            !p.contains(&d.naam),
            "no {} in the pseudonymised verslag",
            d.naam
        );
    }
    let modellen = training::modellen(vandaag()).unwrap();
    for c in modellen
        .iter()
        .filter(|c| c.code == "OEF-05" || c.code == "OEF-04")
    {
        for b in &c.betrokkenen {
            let naam = b.naam.split('(').next().unwrap().trim();
            if naam.contains(' ') {
                assert!(!p.contains(naam), "no {naam} in the pseudonymised verslag");
            }
        }
    }
    assert!(p.contains("Veilig Thuis (gedragswetenschapper)"));
    assert!(
        p.contains("de afspraken met J. krijgen een eigen doel"),
        "{p}"
    );

    // An unknown id: exit 1 and a Dutch message; nothing written.
    let niets = tmp.path().join("niets.pdf");
    let o = top3(&[
        "sessie",
        "verslag",
        "bestaat-niet",
        "-o",
        niets.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(util::stderr(&o).contains("Sessie bestaat-niet bestaat niet."));
    assert!(!niets.exists());

    // The exports are audited.
    let o = top3(&["audit", "log", "--json"]);
    let log: serde_json::Value = serde_json::from_str(&util::stdout(&o)).unwrap();
    let n = log
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "sessieverslag geëxporteerd")
        .count();
    assert_eq!(n, 2);
}

#[test]
fn oefenomgeving_heeft_precies_de_voorbeeldsessie() {
    let tmp = util::tempdir();
    let map = tmp.path().join("oefen");
    let bundel = training::voorbeeldsessie().unwrap();
    {
        let v = training::init(&VaultDir::open(&map).unwrap(), util::werkdag()).unwrap();
        assert_eq!(v.sessie_get(SESSIE).unwrap(), bundel);
        // The agenda points at two bundled casussen, OEF-05 among them.
        let codes: Vec<String> = v.sessie_list().unwrap()[0].casussen.clone();
        assert_eq!(codes, ["OEF-05", "OEF-04"]);
        for a in &bundel.agenda {
            assert_eq!(
                v.casus_get(&a.casus_id.to_string()).unwrap().code,
                a.casus_code
            );
        }
        v.sessie_delete(SESSIE).unwrap();
    }
    let v: Vault = training::reset(&VaultDir::open(&map).unwrap(), util::werkdag()).unwrap();
    assert_eq!(v.sessie_list().unwrap().len(), 1);
    assert_eq!(v.sessie_get(SESSIE).unwrap(), bundel);
}

/// Every step of every casus on the projector, as the shell asks for it (JSON as it crosses to the
/// window).
fn projector_alles(w: &Werkplaats, p: &mut top3::api::Presentatie) -> Vec<String> {
    use top3::api::Presentatieactie;
    let nu = std::time::Instant::now();
    let mut uit = vec![];
    let eerste = w
        .presentatie_beeld(p, Some(Presentatieactie::Ga { agenda: 0, stap: 0 }), nu)
        .unwrap();
    let stappen = eerste.stap_aantal * eerste.agenda_aantal;
    uit.push(serde_json::to_string(&eerste).unwrap());
    for _ in 1..stappen {
        let b = w
            .presentatie_beeld(p, Some(Presentatieactie::VolgendeStap), nu)
            .unwrap();
        uit.push(serde_json::to_string(&b).unwrap());
    }
    uit
}

#[test]
fn de_projector_toont_geen_namen_tot_de_voorzitter_dat_kiest() {
    use top3::api::{Presentatie, Presentatieactie};
    let tmp = util::tempdir();
    let w = werkplaats(&tmp);
    let sessie = w.sessie_open(SESSIE).unwrap().sessie;
    let mut namen: Vec<String> = sessie.deelnemers.iter().map(|d| d.naam.clone()).collect();
    namen.push(sessie.voorzitter.clone());
    for id in [OEF04, OEF05] {
        namen.extend(
            w.casus_open(id)
                .unwrap()
                .casus
                .betrokkenen
                .iter()
                // "Kim Brouwer (moeder)": the name is what stands before the description.
                .map(|b| b.naam.split('(').next().unwrap_or("").trim().to_string()),
        );
    }
    // Full names, and every first and last name (the words people use at the table).
    let mut woorden: Vec<String> = namen.clone();
    for n in &namen {
        let delen: Vec<&str> = n.split_whitespace().collect();
        for deel in [delen.first(), delen.last()].into_iter().flatten() {
            if deel.chars().count() >= 3 {
                woorden.push(deel.to_string());
            }
        }
    }
    assert!(
        woorden.len() > 20,
        "genoeg namen om op te letten: {woorden:?}"
    );

    let mut p = Presentatie::nieuw(SESSIE);
    let beelden = projector_alles(&w, &mut p);
    assert_eq!(beelden.len(), 14, "2 casussen × 7 stappen");
    for (i, json) in beelden.iter().enumerate() {
        for naam in &woorden {
            assert!(
                !json.contains(naam.as_str()),
                "beeld {i} toont '{naam}' terwijl namen verborgen zijn: {json}"
            );
        }
    }

    // Showing names holds for the casus on the wall: the voorzitter shows them per casus, and
    // the next casus comes up with them hidden again.
    let nu = std::time::Instant::now();
    let mut open = String::new();
    for (agenda, verder) in [
        (0, Presentatieactie::VolgendeCasus),
        (1, Presentatieactie::VorigeCasus),
    ] {
        w.presentatie_beeld(&mut p, Some(Presentatieactie::Ga { agenda, stap: 0 }), nu)
            .unwrap();
        w.presentatie_beeld(&mut p, Some(Presentatieactie::Verbergen { aan: false }), nu)
            .unwrap();
        for stap in 0..7 {
            let b = w
                .presentatie_beeld(&mut p, Some(Presentatieactie::Ga { agenda, stap }), nu)
                .unwrap();
            assert!(
                !b.verbergen,
                "de stappen van dezelfde casus houden de namen"
            );
            open.push_str(&serde_json::to_string(&b).unwrap());
        }
        let volgende = w.presentatie_beeld(&mut p, Some(verder), nu).unwrap();
        assert!(volgende.verbergen, "een andere casus: namen weer verborgen");
        let json = serde_json::to_string(&volgende).unwrap();
        for naam in &woorden {
            assert!(
                !json.contains(naam.as_str()),
                "'{naam}' na wisselen: {json}"
            );
        }
    }
    let zichtbaar: Vec<&String> = namen.iter().filter(|n| open.contains(n.as_str())).collect();
    assert!(
        zichtbaar.len() >= 5,
        "met namen aan staan de namen er (gevonden: {zichtbaar:?})"
    );
}

/// Names from OEF-04 said in OEF-05's agendapunt — in lower case, in capitals, as genitives — as
/// a professional types them.
const ANDERE_CASUS: &str = "Gesprek met youssef en ELINE MULDER; Sara's mentor belde, Jesses school ook, en amrani’s advocaat.";
/// The same with the names replaced (initials, the genitive kept).
const ANDERE_CASUS_VERVANGEN: &str =
    "Gesprek met Y. en E.M.; S.'s mentor belde, J.'s school ook, en A.’s advocaat.";
const OEF04_NAMEN: [&str; 6] = ["youssef", "eline", "mulder", "amrani", "sara", "jesse"];

/// OEF-05's first inbreng and weging mention OEF-04's family.
fn noem_andere_casus(w: &Werkplaats) {
    let mut s = w.sessie_open(SESSIE).unwrap().sessie;
    assert_eq!(s.agenda[0].casus_code, "OEF-05");
    s.agenda[0].inbreng[0].tekst = ANDERE_CASUS.into();
    s.agenda[0].weging = ANDERE_CASUS.into();
    w.sessie_save(&s).unwrap();
}

/// The projector hides the betrokkenen of every casus on the agenda, not only of the casus on
/// the wall, whatever their case or form.
#[test]
fn de_projector_verbergt_de_namen_van_elke_casus_op_de_agenda() {
    use top3::api::{Presentatie, Presentatieactie};
    let tmp = util::tempdir();
    let w = werkplaats(&tmp);
    noem_andere_casus(&w);
    let nu = std::time::Instant::now();
    let mut p = Presentatie::nieuw(SESSIE);
    for stap in [1, 6] {
        let b = w
            .presentatie_beeld(&mut p, Some(Presentatieactie::Ga { agenda: 0, stap }), nu)
            .unwrap();
        assert_eq!(b.casus_code, "OEF-05");
        let json = serde_json::to_string(&b).unwrap();
        let klein = json.to_lowercase();
        for naam in OEF04_NAMEN {
            assert!(!klein.contains(naam), "stap {stap} toont '{naam}': {json}");
        }
        assert!(
            b.blokken
                .iter()
                .any(|blok| blok.regels.iter().any(|r| r == ANDERE_CASUS_VERVANGEN)),
            "stap {stap}: {json}"
        );
    }
}

/// The pseudonymised verslag hides the same names in the same forms.
#[test]
fn het_pseudonieme_verslag_verbergt_elke_vorm_van_een_naam() {
    let tmp = util::tempdir();
    let w = werkplaats(&tmp);
    noem_andere_casus(&w);
    let pad = tmp.path().join("verslag-pseudoniem.pdf");
    w.sessie_verslag_schrijf(SESSIE, true, &pad).unwrap();
    let p = pdftotext(&pad);
    let klein = p.to_lowercase();
    for naam in OEF04_NAMEN {
        assert!(
            !klein.contains(naam),
            "'{naam}' in het pseudonieme verslag: {p}"
        );
    }
    assert!(p.contains(ANDERE_CASUS_VERVANGEN), "{p}");
    let pad = tmp.path().join("verslag.pdf");
    w.sessie_verslag_schrijf(SESSIE, false, &pad).unwrap();
    assert!(
        pdftotext(&pad).contains(ANDERE_CASUS),
        "het gewone verslag toont alles"
    );
}

#[test]
fn de_projector_leest_de_sessie_bij_elke_stap_opnieuw() {
    use top3::api::{Presentatie, Presentatieactie};
    let tmp = util::tempdir();
    let w = werkplaats(&tmp);
    let nu = std::time::Instant::now();
    let mut p = Presentatie::nieuw(SESSIE);
    let laatste = Presentatieactie::Ga { agenda: 0, stap: 6 };
    let voor = w.presentatie_beeld(&mut p, Some(laatste), nu).unwrap();
    assert_eq!(voor.casus_code, "OEF-05");
    let mut s = w.sessie_open(SESSIE).unwrap().sessie;
    s.agenda[0]
        .besluiten
        .push("Besluit-Canary-9d1e: huisbezoek binnen een week".into());
    w.sessie_save(&s).unwrap();
    let na = w.presentatie_beeld(&mut p, None, nu).unwrap();
    assert_eq!(na.stap_nummer, 7, "de stap blijft staan");
    assert!(
        serde_json::to_string(&na)
            .unwrap()
            .contains("Besluit-Canary-9d1e"),
        "het nieuwe besluit staat op het scherm: {na:?}"
    );

    let leeg = w.sessie_create(vandaag(), "Voorzitter").unwrap();
    let fout = w
        .presentatie_beeld(
            &mut Presentatie::nieuw(&leeg.sessie.id.to_string()),
            None,
            nu,
        )
        .unwrap_err();
    assert_eq!(fout.code, ErrorCode::Invalid);
    assert!(
        fout.message.contains("geen casussen op de agenda"),
        "{}",
        fout.message
    );
}

/// The sessie werkblad carries what the rules derive (the UI computes none of it), and the save
/// path holds the same rules: a gearchiveerde casus is neither offered nor accepted on the
/// agenda; an afgeronde sessie changes only its samenvatting; the overview before afronden says
/// per casus what goes where, and that a deleted casus's actiepunten stay open.
#[test]
fn het_werkblad_van_een_sessie_draagt_de_afgeleide_feiten() {
    let tmp = util::tempdir();
    let w = werkplaats(&tmp);
    // A third casus, then gearchiveerd; and a fourth that stays open.
    let nieuw = |code: &str| {
        let blad = w.casus_create(code, "Extra").unwrap();
        blad.casus
    };
    let mut archief = nieuw("ARCH-1");
    let open = nieuw("OPEN-1");
    archief.status = top3::domain::CasusStatus::Gearchiveerd;
    w.casus_save(&archief).unwrap();

    let blad = w.sessie_open(SESSIE).unwrap();
    let f = &blad.afgeleid;
    assert_eq!(f.vandaag, vandaag());
    assert!(f.bewerkbaar);
    assert_eq!(f.grenzen.max_partner_bytes, 2000);
    assert_eq!(f.grenzen.max_duur_minuten, 480);
    let kiesbaar: Vec<&str> = f
        .kiesbare_casussen
        .iter()
        .map(|c| c.code.as_str())
        .collect();
    assert_eq!(
        kiesbaar,
        ["OPEN-1"],
        "on the agenda already or gearchiveerd: not offered"
    );
    let slots: Vec<&str> = f.agenda.iter().map(|a| a.tijdslot.as_str()).collect();
    let verwacht: Vec<String> = blad.sessie.agenda.iter().map(|a| a.tijdslot()).collect();
    assert_eq!(slots, verwacht);
    assert!(slots.iter().all(|s| s.contains('–')), "{slots:?}");
    assert_eq!(
        f.volgende_begintijd,
        blad.sessie
            .agenda
            .last()
            .unwrap()
            .eindtijd()
            .unwrap()
            .format("%H:%M")
            .to_string()
    );
    assert!(f.agenda.iter().all(|a| a.blijft.is_none()));
    let met_inbreng: Vec<Uuid> = blad
        .sessie
        .deelnemers
        .iter()
        .map(|d| d.id)
        .filter(|id| {
            blad.sessie
                .agenda
                .iter()
                .any(|a| a.inbreng.iter().any(|i| i.deelnemer_id == *id))
        })
        .collect();
    assert!(!met_inbreng.is_empty());
    assert_eq!(f.vaste_deelnemers, met_inbreng);
    let regels: Vec<&str> = f.afronden.iter().map(|r| r.tekst.as_str()).collect();
    assert_eq!(regels.len(), 2, "{regels:?}");
    assert!(
        regels.iter().all(|r| r.contains(" naar OEF-0")),
        "{regels:?}"
    );
    assert_eq!(f.afronden.iter().map(|r| r.aantal).sum::<u32>(), 5);

    // The save path refuses the gearchiveerde casus on the agenda, and keeps the sessie as it was.
    let mut s = blad.sessie.clone();
    s.agenda_toevoegen(&open, "13:00", 30).unwrap();
    let mut met_archief = s.clone();
    met_archief.agenda.push(top3::domain::Agendapunt {
        casus_id: archief.id,
        casus_code: archief.code.clone(),
        ..s.agenda[0].clone()
    });
    met_archief.agenda.last_mut().unwrap().inbreng.clear();
    met_archief.agenda.last_mut().unwrap().actiepunten.clear();
    let e = w.sessie_save(&met_archief).unwrap_err();
    assert_eq!(e.code, ErrorCode::Invalid);
    assert!(
        e.message.contains("ARCH-1 is gearchiveerd"),
        "{}",
        e.message
    );
    assert_eq!(
        w.sessie_open(SESSIE).unwrap().sessie,
        blad.sessie,
        "nothing stored"
    );
    let na = w.sessie_save(&s).unwrap();
    assert!(na.afgeleid.kiesbare_casussen.is_empty());
    assert_eq!(na.afgeleid.agenda.last().unwrap().tijdslot, "13:00–13:30");

    // A deleted casus: its actiepunten stay open, and the overview says so.
    w.casus_delete(OEF04).unwrap();
    let blad = w.sessie_open(SESSIE).unwrap();
    assert!(
        blad.afgeleid
            .afronden
            .iter()
            .any(|r| !r.bestaat && r.tekst.contains("open: casus OEF-04 bestaat niet meer")),
        "{:?}",
        blad.afgeleid.afronden
    );

    // Afgerond: only the samenvatting changes; every agendapunt stays.
    let af = w
        .sessie_afronden(SESSIE, blad.sessie.versie)
        .unwrap()
        .werkblad;
    assert!(!af.afgeleid.bewerkbaar);
    assert!(af.afgeleid.kiesbare_casussen.is_empty());
    assert!(
        af.afgeleid
            .agenda
            .iter()
            .all(|a| a.blijft == Some(top3::domain::Blijft::Afgerond))
    );
    let mut s = af.sessie.clone();
    s.samenvatting = "Alles besproken.".into();
    let s = w.sessie_save(&s).unwrap().sessie;
    assert_eq!(s.samenvatting, "Alles besproken.");
    let mut later = s.clone();
    later.agenda[0].besluiten.push("Later bedacht".into());
    let e = w.sessie_save(&later).unwrap_err();
    assert!(
        e.message.contains("alleen de samenvatting"),
        "{}",
        e.message
    );
    assert_eq!(w.sessie_open(SESSIE).unwrap().sessie, s);
}
