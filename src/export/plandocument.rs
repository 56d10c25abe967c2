//! A plan as a printable document: the professional version (everything, including the
//! verspreiding) here, and the **gezinsversie** for the family in plain Dutch
//! ([`super::gezinsversie`]). [DOMAIN: Plans; seed 000, 002: gezinsgericht,
//! transparant]
//!
//! Pure: from a casus and one of its plans to a [`pdf::Document`]; [`plan_pdf`] renders it.

use chrono::{DateTime, Utc};

use super::gezinsversie::gezinsversie;
use super::namen::Namen;
use super::pdf::{self, Blok, Document, kolommen, leeg_streep};
use crate::domain::benamingen::datum_tekst;
use crate::domain::{Casus, Plan, Planinhoud, Planstatus};

/// How to print a plan.
#[derive(Debug, Clone)]
pub struct PlanOpties {
    /// The family's version in plain Dutch instead of the professional one.
    pub gezinsversie: bool,
    /// Replace the betrokkenen's names by their initials (for distribution), as
    /// [`super::namen`] does: in any case, and in their genitive forms.
    pub pseudoniem: bool,
    /// The vault is the oefenomgeving: every page says so.
    pub oefenomgeving: bool,
    /// The profile that exports (PDF author).
    pub auteur: String,
    /// The moment of export (PDF creation date).
    pub gemaakt: DateTime<Utc>,
}

/// The file name to suggest: "Veiligheidsplan K-7 versie 2.pdf", "… gezinsversie.pdf". Only
/// the casus code (a pseudonym), never a name; characters a file system may refuse become "-".
pub fn plan_bestandsnaam(casus: &Casus, plan: &Plan, gezinsversie: bool) -> String {
    let code: String = casus
        .code
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let variant = if gezinsversie { " gezinsversie" } else { "" };
    format!(
        "{} {code} versie {}{variant}.pdf",
        plan.soort.titel(),
        plan.versie
    )
}

/// The plan as a PDF.
pub fn plan_pdf(casus: &Casus, plan: &Plan, opties: &PlanOpties) -> Result<Vec<u8>, pdf::PdfFout> {
    pdf::render(&plan_document(casus, plan, opties))
}

/// The plan as a document, ready to render.
pub fn plan_document(casus: &Casus, plan: &Plan, opties: &PlanOpties) -> Document {
    let namen = if opties.pseudoniem {
        Namen::casus(casus)
    } else {
        Namen::geen()
    };
    let status = match (&plan.vastgesteld, plan.status) {
        (Some(v), Planstatus::Vastgesteld) => format!("vastgesteld op {}", datum_tekst(v.datum)),
        (Some(v), Planstatus::Vervangen) => {
            format!("vastgesteld op {}, vervangen", datum_tekst(v.datum))
        }
        _ => "concept".to_string(),
    };
    let mut watermerken = Vec::new();
    match plan.status {
        Planstatus::Concept => watermerken.push("CONCEPT".to_string()),
        Planstatus::Vervangen => watermerken.push("VERVANGEN".to_string()),
        Planstatus::Vastgesteld => {}
    }
    if opties.oefenomgeving {
        watermerken.push("OEFENOMGEVING".to_string());
    }
    let soort = plan.soort.titel();
    let blokken = if opties.gezinsversie {
        gezinsversie(casus, plan, &namen)
    } else {
        professioneel(casus, plan, &namen, &status)
    };
    let variant = if opties.gezinsversie {
        " (gezinsversie)"
    } else {
        ""
    };
    Document {
        titel: format!("{soort}{variant} — casus {}", casus.code),
        auteur: opties.auteur.clone(),
        onderwerp: format!("{soort} versie {}, {status}", plan.versie),
        gemaakt: opties.gemaakt,
        kop: format!(
            "Casus {} · {soort}{variant} · versie {} · {status}",
            casus.code, plan.versie
        ),
        voet: if opties.oefenomgeving {
            "Vertrouwelijk · oefenomgeving, fictieve casus".to_string()
        } else {
            "Vertrouwelijk".to_string()
        },
        watermerken,
        blokken,
    }
}

fn professioneel(casus: &Casus, plan: &Plan, namen: &Namen, status: &str) -> Vec<Blok> {
    let mut b = vec![Blok::Titel(plan.soort.titel().to_string())];
    b.extend(kopgegevens(casus, plan, namen, status));
    b.extend(opgesteld_met(&plan.inhoud, namen));
    b.push(Blok::Kop("Veiligheidsvoorwaarden".into()));
    b.push(lijst_of(
        &plan.inhoud.veiligheidsvoorwaarden,
        namen,
        "Geen voorwaarden vastgelegd.",
    ));
    b.extend(doelen_en_afspraken(casus, &plan.inhoud, namen));
    b.extend(signalen(&plan.inhoud, namen));
    b.extend(netwerk(&plan.inhoud, namen));
    b.extend(noodnummers(&plan.inhoud));
    b.extend(evaluatie(&plan.inhoud, namen));
    b.extend(bespreking(plan, namen));
    b.extend(verspreiding(plan, namen));
    if plan.inhoud.ondertekening {
        b.push(Blok::Kop("Ondertekening".into()));
        b.push(Blok::Handtekeningen(ondertekenaars(plan, namen)));
    }
    b
}

/// Casus, versie, fase, casusregisseur and who vastgesteld it.
fn kopgegevens(casus: &Casus, plan: &Plan, namen: &Namen, status: &str) -> Vec<Blok> {
    let n = |s: &str| namen.vervang(s);
    let mut kop = vec![
        (
            "Casus".to_string(),
            format!("{} — {}", casus.code, n(&casus.titel)),
        ),
        ("Versie".to_string(), format!("{} ({status})", plan.versie)),
        ("Fase".to_string(), casus.fase.label().to_string()),
        (
            "Casusregisseur".to_string(),
            leeg_streep(&n(&plan.inhoud.casusregisseur)),
        ),
    ];
    if let Some(v) = &plan.vastgesteld {
        kop.push(("Vastgesteld door".to_string(), n(&v.door)));
    }
    vec![Blok::Velden(kop)]
}

fn opgesteld_met(i: &Planinhoud, namen: &Namen) -> Vec<Blok> {
    let mut b = vec![Blok::Kop("Opgesteld met".into())];
    if i.opgesteld_met.is_empty() {
        b.push(Blok::Alinea("Nog niet ingevuld.".into()));
    } else {
        b.push(Blok::Tabel {
            kolommen: kolommen(&[("Naam", 1.0), ("Rol of organisatie", 1.0)]),
            rijen: i
                .opgesteld_met
                .iter()
                .map(|d| vec![namen.vervang(&d.naam), namen.vervang(&d.rol)])
                .collect(),
        });
    }
    b
}

/// Every doel with its trail to the top 3 and its afspraken (wie, wat, wanneer, toezicht, als niet
/// nagekomen).
fn doelen_en_afspraken(casus: &Casus, i: &Planinhoud, namen: &Namen) -> Vec<Blok> {
    let n = |s: &str| namen.vervang(s);
    let mut b = vec![Blok::Kop("Doelen en afspraken".into())];
    if i.doelen.is_empty() {
        b.push(Blok::Alinea("Nog geen doelen.".into()));
    }
    for (nr, doel) in i.doelen.iter().enumerate() {
        b.push(Blok::Subkop(format!(
            "Doel {}: {}",
            nr + 1,
            leeg_streep(&n(&doel.tekst))
        )));
        if let Some(spoor) = doel.spoor(&casus.top3) {
            b.push(Blok::Alinea(n(&spoor)));
        }
        if doel.afspraken.is_empty() {
            b.push(Blok::Alinea("Nog geen afspraken bij dit doel.".into()));
        } else {
            b.push(Blok::Tabel {
                kolommen: kolommen(&[
                    ("Wie", 0.7),
                    ("Wat", 1.5),
                    ("Wanneer", 0.9),
                    ("Toezicht door", 1.1),
                    ("Als het niet wordt nagekomen", 1.3),
                ]),
                rijen: doel
                    .afspraken
                    .iter()
                    .map(|a| {
                        vec![
                            n(&a.wie),
                            n(&a.wat),
                            n(&a.wanneer),
                            n(&a.toezicht),
                            n(&a.als_niet_nagekomen),
                        ]
                    })
                    .collect(),
            });
        }
    }
    b
}

fn signalen(i: &Planinhoud, namen: &Namen) -> Vec<Blok> {
    let mut b = vec![Blok::Kop("Signalen en wat dan te doen".into())];
    if i.signalen.is_empty() {
        b.push(Blok::Alinea("Geen signalen vastgelegd.".into()));
    } else {
        b.push(Blok::Tabel {
            kolommen: kolommen(&[("Signaal", 1.0), ("Wat dan te doen", 1.4)]),
            rijen: i
                .signalen
                .iter()
                .map(|s| vec![namen.vervang(&s.signaal), namen.vervang(&s.wat_dan)])
                .collect(),
        });
    }
    b
}

fn netwerk(i: &Planinhoud, namen: &Namen) -> Vec<Blok> {
    let n = |s: &str| namen.vervang(s);
    let mut b = vec![Blok::Kop("Netwerk".into())];
    if i.netwerk.is_empty() {
        b.push(Blok::Alinea("Geen netwerk vastgelegd.".into()));
    } else {
        b.push(Blok::Tabel {
            kolommen: kolommen(&[
                ("Naam", 1.0),
                ("Rol", 0.8),
                ("Taak", 1.6),
                ("Telefoon", 0.8),
            ]),
            rijen: i
                .netwerk
                .iter()
                .map(|p| vec![n(&p.naam), n(&p.rol), n(&p.taak), p.telefoon.clone()])
                .collect(),
        });
    }
    b
}

fn noodnummers(i: &Planinhoud) -> Vec<Blok> {
    vec![
        Blok::Kop("Noodnummers".into()),
        Blok::Tabel {
            kolommen: kolommen(&[("Wie", 1.2), ("Nummer", 0.6), ("Wanneer", 1.6)]),
            rijen: i
                .noodnummers
                .iter()
                .map(|x| vec![x.naam.clone(), x.nummer.clone(), x.wanneer.clone()])
                .collect(),
        },
    ]
}

fn evaluatie(i: &Planinhoud, namen: &Namen) -> Vec<Blok> {
    vec![
        Blok::Kop("Evaluatie".into()),
        Blok::Velden(vec![
            (
                "Datum".to_string(),
                i.evaluatie
                    .datum
                    .map_or_else(|| "nog niet gepland".to_string(), datum_tekst),
            ),
            (
                "Met wie".to_string(),
                leeg_streep(&namen.vervang(&i.evaluatie.met_wie)),
            ),
        ]),
    ]
}

/// Whether the plan was discussed with the family and whether they agree (only once recorded).
fn bespreking(plan: &Plan, namen: &Namen) -> Vec<Blok> {
    let Some(b) = &plan.bespreking else {
        return Vec::new();
    };
    vec![
        Blok::Kop("Besproken met het gezin".into()),
        Blok::Velden(vec![
            ("Datum".to_string(), datum_tekst(b.datum)),
            ("Akkoord".to_string(), b.akkoord.label().to_string()),
            (
                "Toelichting".to_string(),
                leeg_streep(&namen.vervang(&b.toelichting)),
            ),
        ]),
    ]
}

/// Who received this version, and when (only when it was sent to anyone).
fn verspreiding(plan: &Plan, namen: &Namen) -> Vec<Blok> {
    if plan.verspreiding.is_empty() {
        return Vec::new();
    }
    vec![
        Blok::Kop("Verspreiding van deze versie".into()),
        Blok::Tabel {
            kolommen: kolommen(&[
                ("Partij", 1.0),
                ("Rol of organisatie", 1.0),
                ("Ontvangen op", 0.7),
            ]),
            rijen: plan
                .verspreiding
                .iter()
                .map(|v| {
                    vec![
                        namen.vervang(&v.partij),
                        namen.vervang(&v.rol),
                        v.ontvangen_op
                            .map_or_else(|| "nog niet".to_string(), datum_tekst),
                    ]
                })
                .collect(),
        },
    ]
}

pub(super) fn ondertekenaars(plan: &Plan, namen: &Namen) -> Vec<String> {
    let i = &plan.inhoud;
    let mut wie: Vec<String> = i
        .opgesteld_met
        .iter()
        .filter(|d| !d.naam.trim().is_empty())
        .map(|d| namen.vervang(&d.naam))
        .collect();
    if !i.casusregisseur.trim().is_empty() && !al_genoemd(&i.opgesteld_met, &i.casusregisseur) {
        wie.push(namen.vervang(i.casusregisseur.trim()));
    }
    wie
}

/// Whether the casusregisseur ("Nadia El Khatib (wijkteam)") is one of the participants already.
pub(super) fn al_genoemd(deelnemers: &[crate::domain::Deelnemer], regisseur: &str) -> bool {
    deelnemers
        .iter()
        .any(|d| !d.naam.trim().is_empty() && regisseur.contains(d.naam.trim()))
}

pub(super) fn met_rol(naam: &str, rol: &str) -> String {
    if rol.trim().is_empty() {
        naam.to_string()
    } else {
        format!("{naam} ({rol})")
    }
}

pub(super) fn lijst_of(items: &[String], namen: &Namen, leeg: &str) -> Blok {
    let items: Vec<String> = items
        .iter()
        .filter(|s| !s.trim().is_empty())
        .map(|s| namen.vervang(s))
        .collect();
    if items.is_empty() {
        Blok::Alinea(leeg.to_string())
    } else {
        Blok::Opsomming(items)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{
        Afspraak, Betrokkene, Categorie, Informatie, Methodeinstellingen, Plansoort, Rol,
    };
    use chrono::NaiveDate;

    fn d(j: i32, m: u32, dag: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(j, m, dag).unwrap()
    }

    fn opties(gezinsversie: bool, pseudoniem: bool) -> PlanOpties {
        PlanOpties {
            gezinsversie,
            pseudoniem,
            oefenomgeving: false,
            auteur: "Noor Bakker".into(),
            gemaakt: DateTime::from_timestamp(1_795_000_000, 0).unwrap(),
        }
    }

    fn casus_met_plan(vaststellen: bool) -> (Casus, uuid::Uuid) {
        let mut c = Casus::nieuw("K-7", "Gezin Yılmaz", Utc::now(), d(2046, 1, 1));
        c.casusregisseur = Some("Noor Bakker".into());
        let mut moeder = Betrokkene::nieuw("Ayşe Yılmaz", vec![Rol::OuderVerzorger]);
        moeder.minderjarig = Some(false);
        c.betrokkenen.push(moeder);
        c.informatie.push(Informatie {
            categorie: Categorie::OnveiligeSituatie,
            ..Informatie::nieuw("Ruzie met slaan waar de kinderen bij zijn")
        });
        let s = c.informatie[0].id;
        c.zet_top3(&[s]).unwrap();
        let id = c
            .plan_nieuw(Plansoort::Veiligheidsplan, d(2026, 11, 1))
            .unwrap();
        let p = c.conceptplan_mut(id).unwrap();
        p.inhoud.doelen[0].tekst = "Ayşe en de kinderen zijn thuis veilig".into();
        p.inhoud.doelen[0].afspraken.push(Afspraak {
            wie: "Ayşe".into(),
            wat: "Belt de buurvrouw bij ruzie".into(),
            wanneer: "Altijd".into(),
            toezicht: "Wijkteam".into(),
            als_niet_nagekomen: "Gesprek met Veilig Thuis".into(),
            ..Afspraak::leeg()
        });
        p.inhoud.evaluatie.datum = Some(d(2027, 1, 10));
        p.inhoud.evaluatie.met_wie = "Ayşe en het wijkteam".into();
        p.inhoud.opgesteld_met.push(crate::domain::Deelnemer {
            naam: "Noor Bakker".into(),
            rol: "wijkteam".into(),
            betrokkene_id: None,
        });
        if vaststellen {
            c.plan_vaststellen(
                id,
                d(2026, 11, 2),
                "Noor Bakker",
                &Methodeinstellingen::default(),
            )
            .unwrap();
        }
        (c, id)
    }

    fn tekst(doc: &Document) -> String {
        doc.tekst()
    }

    #[test]
    fn professionele_versie() {
        let (c, id) = casus_met_plan(true);
        let doc = plan_document(&c, c.plan(id).unwrap(), &opties(false, false));
        assert_eq!(
            doc.kop,
            "Casus K-7 · Veiligheidsplan · versie 1 · vastgesteld op 02-11-2026"
        );
        assert_eq!(doc.titel, "Veiligheidsplan — casus K-7");
        assert_eq!(doc.auteur, "Noor Bakker");
        assert!(doc.watermerken.is_empty());
        let t = tekst(&doc);
        for verwacht in [
            "Opgesteld met",
            "Veiligheidsvoorwaarden",
            "Doelen en afspraken",
            "Doel 1: Ayşe en de kinderen zijn thuis veilig",
            "Gaat over top-3 situatie 1: Ruzie met slaan waar de kinderen bij zijn",
            "Belt de buurvrouw bij ruzie",
            "Als het niet wordt nagekomen",
            "Signalen en wat dan te doen",
            "Noodnummers",
            "112",
            "0800-2000",
            "Evaluatie",
            "Datum: 10-01-2027",
            "Verspreiding van deze versie",
            "nog niet",
            "Ondertekening",
        ] {
            assert!(t.contains(verwacht), "{verwacht:?} in\n{t}");
        }
    }

    #[test]
    fn gezinsversie_in_gewone_taal() {
        let (c, id) = casus_met_plan(true);
        let doc = plan_document(&c, c.plan(id).unwrap(), &opties(true, false));
        let t = tekst(&doc);
        for verwacht in [
            "Ons veiligheidsplan",
            "Dit plan hebben wij samen gemaakt op 02-11-2026.",
            "Wij spreken af:",
            "Wie: Ayşe",
            "Als het niet lukt: Gesprek met Veilig Thuis",
            "Veilig Thuis: bel 0800-2000.",
            "bel 112",
            "Op 10-01-2027 praten wij met Ayşe en het wijkteam over hoe het gaat.",
        ] {
            assert!(t.contains(verwacht), "{verwacht:?} in\n{t}");
        }
        for jargon in [
            "onveilige situatie",
            "Verspreiding",
            "top-3",
            "Casusregisseur",
            "taxatie",
        ] {
            assert!(
                !t.contains(jargon),
                "no {jargon:?} in the family's version:\n{t}"
            );
        }
    }

    #[test]
    fn concept_en_oefenomgeving_als_watermerk() {
        let (c, id) = casus_met_plan(false);
        let mut o = opties(false, false);
        o.oefenomgeving = true;
        let doc = plan_document(&c, c.plan(id).unwrap(), &o);
        assert_eq!(doc.watermerken, ["CONCEPT", "OEFENOMGEVING"]);
        assert!(doc.kop.ends_with("· concept"));
        assert!(doc.voet.contains("oefenomgeving"));
    }

    #[test]
    fn pseudoniem_vervangt_namen() {
        let (c, id) = casus_met_plan(true);
        let doc = plan_document(&c, c.plan(id).unwrap(), &opties(true, true));
        let t = tekst(&doc);
        assert!(!t.contains("Ayşe"), "{t}");
        assert!(!t.contains("Yılmaz"), "{t}");
        assert!(t.contains("Wie: A."), "{t}");
        assert!(t.contains("A.Y."), "{t}");
    }
}
