//! The audit trail as NEN 7513 asks for it: reads are recorded (a casus opened, shown, searched,
//! on the projector, exported), summaries come from the core's fixed vocabulary and never quote
//! what was typed, and an export to a bare file name in the current folder works and is recorded.

use std::time::Instant;

use top3::api::{AuditEntry, Presentatie, Presentatieactie, Werkplaats};
use top3::domain::{
    Actiepunt, Actiesoort, Betrokkene, Casusonderdeel, Faseverzoek, Informatie, Plansoort,
    Sessieonderdeel,
};
use top3::training;
use uuid::Uuid;

use crate::util::{self, PASS, stderr, stdout};

const SESSIE: &str = "5e55e000-0000-4000-8000-000000000000";
const OEF05: &str = "178fc11d-9989-425d-b811-03d20c4b67c3";
const OEF04: &str = "47884dff-2c23-4cb4-ba85-d3d41e5c1fdd";
/// Typed into every free-text field the scripted edits touch; it must never reach the log.
const KANARIE: &str = "Kanarie-q7Zx";

fn vandaag() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// A vault with OEF-04, OEF-05 and the example sessie (both casussen on its agenda), unlocked in
/// the app's way.
fn werkplaats(tmp: &tempfile::TempDir) -> Werkplaats {
    {
        let v = util::new_vault(tmp.path());
        for casus in training::modellen(vandaag()).unwrap() {
            if [OEF04, OEF05].contains(&casus.id.to_string().as_str()) {
                v.casus_insert(casus, "casus geïmporteerd", "test").unwrap();
            }
        }
        v.sessie_insert(&training::voorbeeldsessie().unwrap(), "sessie geïmporteerd")
            .unwrap();
    }
    let w = Werkplaats::new(tmp.path()).unwrap();
    w.unlock(PASS).unwrap();
    w
}

/// The entries after the first `n`, as (action, casus id, summary).
fn sinds(w: &Werkplaats, n: usize) -> Vec<(String, Option<String>, String)> {
    w.audit_log()
        .unwrap()
        .into_iter()
        .skip(n)
        .map(|e| (e.action, e.casus_id, e.summary))
        .collect()
}

fn regel(actie: &str, casus: Option<&str>, samenvatting: &str) -> (String, Option<String>, String) {
    (
        actie.to_string(),
        casus.map(str::to_string),
        samenvatting.to_string(),
    )
}

#[test]
fn inzage_in_de_app_wordt_vastgelegd() {
    let tmp = util::tempdir();
    let w = werkplaats(&tmp);
    let n = w.audit_log().unwrap().len();

    // The explicit open is one entry; the werkblad each autosave returns is not another.
    let blad = w.casus_open(OEF05).unwrap();
    let mut c = blad.casus.clone();
    c.informatie.push(Informatie::nieuw("Zoekwoordje"));
    let blad = w.casus_save(&c).unwrap();
    let mut c = blad.casus.clone();
    c.titel.push('!');
    w.casus_save(&c).unwrap();
    // Search: how many, never the query.
    assert_eq!(w.casus_search(KANARIE).unwrap().len(), 0);
    assert_eq!(w.casus_search("zoekwoordje").unwrap().len(), 1);
    assert_eq!(
        sinds(&w, n),
        [
            regel("casus geopend", Some(OEF05), "werkblad geopend in de app"),
            regel("casus gewijzigd", Some(OEF05), "informatie"),
            regel("casus gewijzigd", Some(OEF05), "code of titel"),
            regel(
                "zoekopdracht uitgevoerd",
                None,
                "zoekopdracht uitgevoerd, 0 resultaten"
            ),
            regel(
                "zoekopdracht uitgevoerd",
                None,
                "zoekopdracht uitgevoerd, 1 resultaat"
            ),
        ]
    );

    // Opening a sessie: once per casus on its agenda (it holds what the table said about each).
    let n = w.audit_log().unwrap().len();
    let agenda = w.sessie_open(SESSIE).unwrap().sessie.agenda;
    let geopend = format!("MDA++-sessie {SESSIE} geopend in de app");
    assert_eq!(
        sinds(&w, n),
        agenda
            .iter()
            .map(|a| regel("sessie geopend", Some(&a.casus_id.to_string()), &geopend))
            .collect::<Vec<_>>()
    );

    // The projector: a casus coming on the screen and its names being shown, not every step,
    // timer or redraw.
    let n = w.audit_log().unwrap().len();
    let nu = Instant::now();
    let (eerste, tweede) = (
        agenda[0].casus_id.to_string(),
        agenda[1].casus_id.to_string(),
    );
    let mut p = Presentatie::nieuw(SESSIE);
    w.presentatie_beeld(&mut p, None, nu).unwrap();
    for actie in [
        Presentatieactie::VolgendeStap,
        Presentatieactie::Timer,
        Presentatieactie::Ververs,
        Presentatieactie::Verbergen { aan: false },
        Presentatieactie::VolgendeStap,
        Presentatieactie::Verbergen { aan: true },
        Presentatieactie::VolgendeCasus,
        Presentatieactie::VorigeStap,
    ] {
        w.presentatie_beeld(&mut p, Some(actie), nu).unwrap();
    }
    assert_eq!(
        sinds(&w, n),
        [
            regel(
                "casus gepresenteerd",
                Some(&eerste),
                "getoond op het projectiescherm, namen verborgen"
            ),
            regel(
                "namen getoond",
                Some(&eerste),
                "namen zichtbaar gemaakt op het projectiescherm"
            ),
            regel(
                "casus gepresenteerd",
                Some(&tweede),
                "getoond op het projectiescherm, namen verborgen"
            ),
            regel(
                "casus gepresenteerd",
                Some(&eerste),
                "getoond op het projectiescherm, namen verborgen"
            ),
        ]
    );

    // The verslag holds both casussen: one entry for the sessie, one per casus, and the file.
    let n = w.audit_log().unwrap().len();
    let pdf = tmp.path().join("verslag.pdf");
    w.sessie_verslag_schrijf(SESSIE, true, &pdf).unwrap();
    assert!(pdf.is_file());
    let log = sinds(&w, n);
    assert_eq!(log.len(), 3, "{log:?}");
    assert_eq!(log[0].0, "sessieverslag geëxporteerd");
    let mut casussen: Vec<&str> = log[1..]
        .iter()
        .map(|(a, c, _)| {
            assert_eq!(a, "casus geëxporteerd");
            c.as_deref().unwrap()
        })
        .collect();
    casussen.sort();
    assert_eq!(casussen, [OEF05, OEF04]);
}

/// The summary of every entry, with ids, numbers and dates masked, must be one of these — or, for
/// a casus or sessie save, a list of the domain's part labels after a fixed reason.
const VASTE_SAMENVATTINGEN: &[&str] = &[
    "nieuwe kluis aangemaakt",
    "test",
    "MDA++-sessie <id> van <datum>",
    "kluis geopend in de app",
    "nieuwe casus",
    "werkblad geopend in de app",
    "zoekopdracht uitgevoerd, <n> resultaten",
    "<n> casussen getoond op de opdrachtregel",
    "<n> casus getoond op de opdrachtregel",
    "zoekopdracht uitgevoerd, <n> resultaat",
    "getoond op het projectiescherm, namen verborgen",
    "getoond op het projectiescherm, namen zichtbaar",
    "namen zichtbaar gemaakt op het projectiescherm",
    "uit MDA++-sessie <id> van <datum>: extra monitoringmoment op <datum>",
    "uit MDA++-sessie <id> van <datum>: evaluatie van het veiligheidsplan op <datum>",
    "uit MDA++-sessie <id> van <datum>: afspraak in het veiligheidsplan, uiterlijk <datum>",
    "veiligheidsplan versie <n> als PDF",
    "veiligheidsplan versie <n> (gezinsversie) als PDF",
    "verslag van MDA++-sessie <id> als PDF",
    "in het verslag van MDA++-sessie <id>",
    "MDA++-sessie <id> geopend in de app",
    "casus geëxporteerd als casusbestand",
    "casus en alle inhoud verwijderd",
];

const AANLEIDINGEN: &[&str] = &[
    "veiligheidsplan versie <n> gestart (concept)",
    "veiligheidsplan versie <n> vastgesteld",
    "concept veiligheidsplan versie <n> verwijderd",
    "actiepunten uit een MDA++-sessie verwerkt",
];

/// Ids, dates (dd-mm-jjjj) and numbers replaced by `<id>`, `<datum>` and `<n>`.
fn maskeer(s: &str) -> String {
    let getal = |t: &str| !t.is_empty() && t.chars().all(|c| c.is_ascii_digit());
    s.split(' ')
        .map(|w| {
            let kern = w.trim_end_matches([':', ',', ')']);
            let rest = &w[kern.len()..];
            let datum = kern.split('-').collect::<Vec<_>>();
            if Uuid::parse_str(kern).is_ok() {
                format!("<id>{rest}")
            } else if datum.len() == 3 && datum.iter().all(|d| getal(d)) {
                format!("<datum>{rest}")
            } else if getal(kern) {
                format!("<n>{rest}")
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn is_vast(e: &AuditEntry) -> bool {
    let s = maskeer(&e.summary);
    let delen = |lijst: &str, labels: &[&str]| {
        lijst == "geen wijziging" || lijst.split(", ").all(|l| labels.contains(&l))
    };
    match e.action.as_str() {
        "casus gewijzigd" => {
            let labels: Vec<&str> = Casusonderdeel::ALLE.iter().map(|o| o.label()).collect();
            let (reden, lijst) = match s.split_once(": ") {
                Some((r, l)) => (Some(r), l),
                None => (None, s.as_str()),
            };
            let reden_vast = reden.is_none_or(|r| {
                AANLEIDINGEN.contains(&r)
                    || [
                        top3::domain::Fase::DirecteVeiligheid,
                        top3::domain::Fase::StabieleVeiligheid,
                        top3::domain::Fase::Herstel,
                    ]
                    .iter()
                    .any(|f| r == format!("fase gewijzigd naar {}", f.label()))
            });
            reden_vast && delen(lijst, &labels)
        }
        "sessie gewijzigd" => {
            let labels: Vec<&str> = Sessieonderdeel::ALLE.iter().map(|o| o.label()).collect();
            s.strip_prefix("MDA++-sessie <id> van <datum>: ")
                .is_some_and(|l| delen(l, &labels))
        }
        _ => VASTE_SAMENVATTINGEN.contains(&s.as_str()),
    }
}

#[test]
fn samenvattingen_komen_uit_de_vaste_set_en_citeren_nooit_wat_getypt_is() {
    assert_eq!(
        maskeer("uit MDA++-sessie 5e55e000-0000-4000-8000-000000000000 van 03-12-2026: x 12"),
        "uit MDA++-sessie <id> van <datum>: x <n>"
    );
    let tmp = util::tempdir();
    let w = werkplaats(&tmp);
    let k = |wat: &str| format!("{wat} {KANARIE}");

    // Every part of a casus, edited in turn with the canary typed into its free text.
    let nieuw = w.casus_create("K-1", &k("titel")).unwrap();
    let id = nieuw.casus.id.to_string();
    let bewerk = |f: &dyn Fn(&mut top3::domain::Casus)| {
        let mut c = w.casus_open(&id).unwrap().casus;
        f(&mut c);
        w.casus_save(&c).unwrap()
    };
    bewerk(&|c| c.titel = k("andere titel"));
    bewerk(&|c| c.casusregisseur = Some(k("regisseur")));
    bewerk(&|c| c.betrokkenen.push(Betrokkene::nieuw(k("naam"), Vec::new())));
    bewerk(&|c| {
        let mut i = Informatie::nieuw(k("tekst"));
        i.bron = k("bron");
        c.informatie.push(i)
    });
    bewerk(&|c| c.datum_incident = Some(vandaag()));
    bewerk(&|c| {
        c.informatie.clear();
        c.betrokkenen.clear();
        c.titel = "t".into();
    });
    // Without a change: still one entry, saying so.
    bewerk(&|_| {});
    // The operations with a reason of their own.
    let blad = w.casus_open(&id).unwrap();
    let blad = w
        .plan_nieuw(&id, blad.casus.versie, Plansoort::Veiligheidsplan)
        .unwrap();
    let plan = blad.casus.plannen[0].id.to_string();
    let blad = w
        .plan_verwijder_concept(&id, blad.casus.versie, &plan)
        .unwrap();
    w.casus_change_phase(
        &id,
        blad.casus.versie,
        Faseverzoek {
            naar: top3::domain::Fase::StabieleVeiligheid,
            datum: vandaag(),
            onderbouwing: k("onderbouwing"),
            afwijkingsreden: Some(k("reden")),
        },
    )
    .unwrap();

    // The sessie: every part, the canary in its texts; then afronden into the casussen.
    let mut s = w.sessie_open(SESSIE).unwrap().sessie;
    s.samenvatting = k("samenvatting");
    s.agenda[0].weging = k("weging");
    s.agenda[0].besluiten.push(k("besluit"));
    s.agenda[1].actiepunten.push(Actiepunt {
        id: Uuid::new_v4(),
        soort: Actiesoort::Afspraak,
        wie: k("wie"),
        wat: k("wat"),
        wanneer: vandaag(),
        verwerkt: false,
    });
    let s = w.sessie_save(&s).unwrap().sessie;
    let s = w.sessie_starten(SESSIE, s.versie).unwrap().sessie;
    w.sessie_afronden(SESSIE, s.versie).unwrap();
    w.casus_search(KANARIE).unwrap();
    w.casus_delete(&id).unwrap();

    let log = w.audit_log().unwrap();
    assert!(log.len() > 25, "{log:?}");
    for e in &log {
        let regel = format!("{} {} {} {:?}", e.who, e.action, e.summary, e.casus_id);
        assert!(!regel.contains(KANARIE), "content in the log: {regel}");
        assert!(
            is_vast(e),
            "not from the fixed set: {:?} → {regel}",
            maskeer(&e.summary)
        );
    }
    // The parts were named.
    let samenvattingen: Vec<&str> = log.iter().map(|e| e.summary.as_str()).collect();
    for verwacht in [
        "code of titel",
        "casusregisseur",
        "betrokkenen",
        "informatie",
        "doorlooptijddatums",
        "code of titel, betrokkenen, informatie",
        "geen wijziging",
        "veiligheidsplan versie 1 gestart (concept): plannen",
        "concept veiligheidsplan versie 1 verwijderd: plannen",
        "fase gewijzigd naar stabiele veiligheid: fase",
    ] {
        assert!(
            samenvattingen.contains(&verwacht),
            "{verwacht} in {samenvattingen:#?}"
        );
    }
    assert!(
        samenvattingen
            .iter()
            .any(|s| s.ends_with(": weging, besluiten, actiepunten, samenvatting")),
        "{samenvattingen:#?}"
    );
}

#[test]
fn opdrachtregel_legt_inzage_vast_en_exporteert_naar_een_kale_bestandsnaam() {
    let tmp = util::tempdir();
    let root = tmp.path().join("kluis");
    drop(util::new_vault(&root));
    let map = tmp.path().join("werkmap");
    std::fs::create_dir(&map).unwrap();
    let id = stdout(&util::cli(
        &root,
        &["casus", "new", "--code", "K-7", "--titel", "t"],
    ));
    let id = id.trim();
    let start = log_json(&root).len();
    for args in [
        &["casus", "show", "K-7"][..],
        &["casus", "status", "K-7"],
        &["casus", "list"],
        &["casus", "search", KANARIE],
    ] {
        let o = util::cli(&root, args);
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
    }
    // A bare file name, written in the current folder.
    let o = util::top3()
        .current_dir(&map)
        .arg("--vault")
        .arg(&root)
        .env("TOP3_PASSPHRASE", PASS)
        .args(["casus", "export", "K-7", "-o", "kaal.json"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let tekst = std::fs::read_to_string(map.join("kaal.json")).unwrap();
    assert!(tekst.contains("\"K-7\""));
    assert_eq!(
        std::fs::read_dir(&map).unwrap().count(),
        1,
        "no temp file is left"
    );
    let log: Vec<(String, Option<String>, String)> = log_json(&root)
        .into_iter()
        .skip(start)
        .map(|e| {
            (
                e["action"].as_str().unwrap().to_string(),
                e["casusId"].as_str().map(str::to_string),
                e["summary"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        log,
        [
            regel(
                "casus bekeken",
                Some(id),
                "casus getoond op de opdrachtregel"
            ),
            regel(
                "casus bekeken",
                Some(id),
                "status getoond op de opdrachtregel"
            ),
            regel(
                "casusoverzicht bekeken",
                None,
                "1 casus getoond op de opdrachtregel"
            ),
            regel(
                "zoekopdracht uitgevoerd",
                None,
                "zoekopdracht uitgevoerd, 0 resultaten"
            ),
            regel(
                "casus geëxporteerd",
                Some(id),
                "casus geëxporteerd als casusbestand"
            ),
        ]
    );
}

fn log_json(root: &std::path::Path) -> Vec<serde_json::Value> {
    let o = util::cli(root, &["audit", "log", "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    serde_json::from_str(&stdout(&o)).unwrap()
}
