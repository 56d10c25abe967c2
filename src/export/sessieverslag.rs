//! The verslag of an MDA++ sessie as a printable document: samenvatting, deelnemers, the agenda,
//! and per casus the inbreng per organisation, weging en kwalificatie, besluiten and actiepunten
//! with their owners and dates. [DOMAIN: MDA++ session — "the verslag holds samenvatting, weging
//! en kwalificatie, globaal plan and actiepunten, and is shared with the deelnemers"]
//!
//! Two variants: the professional one, and a **pseudonymised** one for distribution — deelnemers
//! appear as organisatie and rol, their names in free text as their organisation, the voorzitter
//! as "de voorzitter", the betrokkenen of every casus on the agenda by their initials (whichever
//! agendapunt mentions them; see [`super::namen`]). Pure: from a sessie and the casussen still in the vault to a
//! [`pdf::Document`]; [`sessieverslag_pdf`] renders it.

use chrono::{DateTime, Utc};

use super::namen::Namen;
use super::pdf::{self, Blok, Document, kolommen, leeg_streep};
use crate::domain::benamingen::{aantal, datum_tekst};
use crate::domain::{Agendapunt, Casus, Overlegpartner, Sessie, Sessiestatus};

/// How to print a verslag.
#[derive(Debug, Clone)]
pub struct VerslagOpties {
    /// The variant for distribution: no names of deelnemers or betrokkenen.
    pub pseudoniem: bool,
    /// The vault is the oefenomgeving: every page says so.
    pub oefenomgeving: bool,
    /// The profile that exports (PDF author).
    pub auteur: String,
    /// The moment of export (PDF creation date).
    pub gemaakt: DateTime<Utc>,
}

/// The file name to suggest: "Verslag MDA++ 2026-11-19.pdf", "… pseudoniem.pdf" — a date, never
/// a name.
pub fn verslag_bestandsnaam(sessie: &Sessie, pseudoniem: bool) -> String {
    let variant = if pseudoniem { " pseudoniem" } else { "" };
    format!("Verslag MDA++ {}{variant}.pdf", sessie.datum)
}

/// The verslag as a PDF. `casussen` are those on the agenda that still exist (for their titles
/// and, in the pseudonymised variant, the names to hide).
pub fn sessieverslag_pdf(
    sessie: &Sessie,
    casussen: &[Casus],
    opties: &VerslagOpties,
) -> Result<Vec<u8>, pdf::PdfFout> {
    pdf::render(&sessieverslag_document(sessie, casussen, opties))
}

/// The verslag as a document, ready to render.
pub fn sessieverslag_document(
    sessie: &Sessie,
    casussen: &[Casus],
    opties: &VerslagOpties,
) -> Document {
    let namen = verslagnamen(sessie, casussen, opties.pseudoniem);
    let datum = datum_tekst(sessie.datum);
    let status = sessie.status.label();
    let mut watermerken = Vec::new();
    if sessie.status != Sessiestatus::Afgerond {
        watermerken.push("CONCEPT".to_string());
    }
    if opties.oefenomgeving {
        watermerken.push("OEFENOMGEVING".to_string());
    }
    let variant = if opties.pseudoniem {
        " (pseudoniem)"
    } else {
        ""
    };

    let mut b = vec![Blok::Titel("Verslag MDA++-overleg".into())];
    b.extend(kopgegevens(sessie, &namen, opties.pseudoniem));
    b.extend(samenvatting(sessie, &namen));
    b.extend(deelnemers(sessie, opties.pseudoniem));
    b.extend(agenda(sessie, casussen, &namen));
    for (nr, punt) in sessie.agenda.iter().enumerate() {
        b.extend(agendapunt(
            sessie,
            nr,
            punt,
            casussen,
            &namen,
            opties.pseudoniem,
        ));
    }

    Document {
        titel: format!("Verslag MDA++-overleg {datum}{variant}"),
        auteur: opties.auteur.clone(),
        onderwerp: format!(
            "MDA++-overleg van {datum}, {status}, {}",
            aantal(sessie.agenda.len(), "casus", "casussen")
        ),
        gemaakt: opties.gemaakt,
        kop: format!("MDA++-overleg · {datum} · verslag{variant} · {status}"),
        voet: if opties.oefenomgeving {
            "Vertrouwelijk · oefenomgeving, fictieve casussen".to_string()
        } else {
            "Vertrouwelijk · alleen voor de deelnemers".to_string()
        },
        watermerken,
        blokken: b,
    }
}

/// Who to hide in the pseudonymised verslag: everyone of the sessie and of every casus on the
/// agenda ([`Namen::sessie`]). Nobody otherwise.
fn verslagnamen(sessie: &Sessie, casussen: &[Casus], pseudoniem: bool) -> Namen {
    if pseudoniem {
        Namen::sessie(sessie, casussen)
    } else {
        Namen::geen()
    }
}

/// Datum, voorzitter, status, how many casussen, and when it ran.
fn kopgegevens(sessie: &Sessie, namen: &Namen, pseudoniem: bool) -> Vec<Blok> {
    let mut kop = vec![
        ("Datum".to_string(), datum_tekst(sessie.datum)),
        (
            "Voorzitter".to_string(),
            voorzitter(sessie, namen, pseudoniem),
        ),
        ("Status".to_string(), sessie.status.label().to_string()),
        (
            "Casussen".to_string(),
            aantal(sessie.agenda.len(), "casus", "casussen"),
        ),
    ];
    if let (Some(g), Some(a)) = (sessie.gestart, sessie.afgerond) {
        kop.push((
            "Gestart en afgerond".to_string(),
            format!(
                "{} – {} (UTC)",
                g.format("%d-%m-%Y %H:%M"),
                a.format("%d-%m-%Y %H:%M")
            ),
        ));
    }
    vec![Blok::Velden(kop)]
}

fn samenvatting(sessie: &Sessie, namen: &Namen) -> Vec<Blok> {
    vec![
        Blok::Kop("Samenvatting".into()),
        Blok::Alinea(if sessie.samenvatting.trim().is_empty() {
            "Nog geen samenvatting.".to_string()
        } else {
            namen.vervang(&sessie.samenvatting)
        }),
    ]
}

/// The table: organisation and role, with names unless pseudonymised.
fn deelnemers(sessie: &Sessie, pseudoniem: bool) -> Vec<Blok> {
    let mut b = vec![Blok::Kop("Deelnemers".into())];
    if sessie.deelnemers.is_empty() {
        b.push(Blok::Alinea("Geen deelnemers vastgelegd.".into()));
    } else if pseudoniem {
        b.push(Blok::Tabel {
            kolommen: kolommen(&[("Organisatie", 1.2), ("Rol", 1.0)]),
            rijen: sessie
                .deelnemers
                .iter()
                .map(|d| vec![d.organisatie.clone(), d.rol.clone()])
                .collect(),
        });
    } else {
        b.push(Blok::Tabel {
            kolommen: kolommen(&[("Naam", 1.0), ("Organisatie", 1.2), ("Rol", 1.0)]),
            rijen: sessie
                .deelnemers
                .iter()
                .map(|d| vec![d.naam.clone(), d.organisatie.clone(), d.rol.clone()])
                .collect(),
        });
    }
    b
}

fn agenda(sessie: &Sessie, casussen: &[Casus], namen: &Namen) -> Vec<Blok> {
    let mut b = vec![Blok::Kop("Agenda".into())];
    if sessie.agenda.is_empty() {
        b.push(Blok::Alinea("Geen casussen op de agenda.".into()));
    } else {
        b.push(Blok::Tabel {
            kolommen: kolommen(&[("Tijd", 0.5), ("Casus", 2.0), ("Duur", 0.5)]),
            rijen: sessie
                .agenda
                .iter()
                .map(|a| {
                    vec![
                        a.begintijd.clone(),
                        casusnaam(a.casus_id, &a.casus_code, casussen, namen),
                        format!("{} min", a.duur_minuten),
                    ]
                })
                .collect(),
        });
    }
    b
}

/// One casus as the table discussed it: inbreng, weging en kwalificatie, besluiten, actiepunten.
fn agendapunt(
    sessie: &Sessie,
    nr: usize,
    a: &Agendapunt,
    casussen: &[Casus],
    namen: &Namen,
    pseudoniem: bool,
) -> Vec<Blok> {
    let n = |s: &str| namen.vervang(s);
    let mut b = vec![Blok::Kop(format!(
        "{}. {}",
        nr + 1,
        casusnaam(a.casus_id, &a.casus_code, casussen, namen)
    ))];
    if !casussen.iter().any(|c| c.id == a.casus_id) {
        b.push(Blok::Alinea(
            "Deze casus staat niet (meer) in de kluis; het verslag bewaart wat er besproken is."
                .into(),
        ));
    }
    b.push(Blok::Subkop("Inbreng".into()));
    if a.inbreng.is_empty() {
        b.push(Blok::Alinea("Geen inbreng vastgelegd.".into()));
    } else {
        b.push(Blok::Tabel {
            kolommen: kolommen(&[("Organisatie", 0.9), ("Inbreng", 2.4)]),
            rijen: a
                .inbreng
                .iter()
                .map(|i| {
                    vec![
                        deelnemer(sessie.deelnemer(i.deelnemer_id), pseudoniem),
                        n(&i.tekst),
                    ]
                })
                .collect(),
        });
    }
    b.push(Blok::Subkop("Weging en kwalificatie".into()));
    b.push(Blok::Velden(vec![
        (
            "Kwalificatie".to_string(),
            a.kwalificatie
                .map_or_else(|| "nog niet bepaald".to_string(), |k| k.label().to_string()),
        ),
        ("Weging".to_string(), leeg_streep(&n(&a.weging))),
    ]));
    b.push(Blok::Subkop("Besluiten".into()));
    let besluiten: Vec<String> = a
        .besluiten
        .iter()
        .filter(|s| !s.trim().is_empty())
        .map(|s| n(s))
        .collect();
    if besluiten.is_empty() {
        b.push(Blok::Alinea("Geen besluiten vastgelegd.".into()));
    } else {
        b.push(Blok::Opsomming(besluiten));
    }
    b.push(Blok::Subkop("Actiepunten".into()));
    if a.actiepunten.is_empty() {
        b.push(Blok::Alinea("Geen actiepunten.".into()));
    } else {
        b.push(Blok::Tabel {
            kolommen: kolommen(&[
                ("Wie", 0.9),
                ("Wat", 1.8),
                ("Wanneer", 0.6),
                ("Soort", 0.6),
                ("In de casus", 0.5),
            ]),
            rijen: a
                .actiepunten
                .iter()
                .map(|p| {
                    vec![
                        n(&p.wie),
                        n(&p.wat),
                        datum_tekst(p.wanneer),
                        p.soort.label().to_string(),
                        if p.verwerkt { "verwerkt" } else { "open" }.to_string(),
                    ]
                })
                .collect(),
        });
    }
    b
}

fn voorzitter(sessie: &Sessie, namen: &Namen, pseudoniem: bool) -> String {
    let naam = sessie.voorzitter.trim();
    match sessie.deelnemers.iter().find(|d| d.naam.trim() == naam) {
        Some(d) if pseudoniem => deelnemer(Some(d), true),
        Some(d) => format!("{naam} ({})", d.organisatie),
        None => leeg_streep(&namen.vervang(naam)),
    }
}

/// A deelnemer as the verslag names them: organisation (and name), or organisation and rol.
fn deelnemer(d: Option<&Overlegpartner>, pseudoniem: bool) -> String {
    match d {
        None => "onbekende deelnemer".to_string(),
        Some(d) if pseudoniem => {
            if d.rol.trim().is_empty() {
                d.organisatie.clone()
            } else {
                format!("{} ({})", d.organisatie, d.rol)
            }
        }
        Some(d) => format!("{} ({})", d.organisatie, d.naam),
    }
}

fn casusnaam(id: uuid::Uuid, code: &str, casussen: &[Casus], namen: &Namen) -> String {
    match casussen.iter().find(|c| c.id == id) {
        Some(c) if !c.titel.trim().is_empty() => {
            format!("Casus {} — {}", c.code, namen.vervang(&c.titel))
        }
        Some(c) => format!("Casus {}", c.code),
        None => format!("Casus {code}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Actiepunt, Actiesoort, Betrokkene, Inbreng, Onveiligheid, Rol};
    use chrono::NaiveDate;
    use uuid::Uuid;

    fn d(j: i32, m: u32, dag: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(j, m, dag).unwrap()
    }

    fn opties(pseudoniem: bool) -> VerslagOpties {
        VerslagOpties {
            pseudoniem,
            oefenomgeving: false,
            auteur: "Mirjam Hoekstra".into(),
            gemaakt: DateTime::from_timestamp(1_795_000_000, 0).unwrap(),
        }
    }

    fn tekst(doc: &Document) -> String {
        doc.tekst()
    }

    fn voorbeeld() -> (Sessie, Vec<Casus>) {
        let mut c = Casus::nieuw("K-7", "Gezin Yılmaz", Utc::now(), d(2046, 1, 1));
        c.betrokkenen
            .push(Betrokkene::nieuw("Ayşe Yılmaz", vec![Rol::OuderVerzorger]));
        let gone = Casus::nieuw("K-9", "Gezin weg", Utc::now(), d(2046, 1, 1));
        let mut s = Sessie::nieuw(d(2026, 11, 19), "Mirjam Hoekstra");
        for (naam, org, rol) in [
            ("Mirjam Hoekstra", "Gemeente", "voorzitter"),
            ("Sanne de Wit", "Veilig Thuis", "gedragswetenschapper"),
        ] {
            s.deelnemers.push(Overlegpartner {
                id: Uuid::new_v4(),
                naam: naam.into(),
                organisatie: org.into(),
                rol: rol.into(),
            });
        }
        s.samenvatting = "Sanne de Wit licht toe; Ayşe Yılmaz was niet aanwezig.".into();
        s.agenda_toevoegen(&c, "09:30", 45).unwrap();
        s.agenda_toevoegen(&gone, "10:15", 30).unwrap();
        let a = &mut s.agenda[0];
        a.inbreng.push(Inbreng {
            deelnemer_id: s.deelnemers[1].id,
            tekst: "Twee meldingen sinds de zomer.".into(),
        });
        a.kwalificatie = Some(Onveiligheid::Structureel);
        a.weging = "Structureel onveilig; vrijwillig kader onvoldoende.".into();
        a.besluiten
            .push("Verzoek tot onderzoek aan de Raad.".into());
        a.actiepunten.push(Actiepunt {
            id: Uuid::new_v4(),
            wie: "Sanne de Wit".into(),
            wat: "Huisbezoek met Ayşe".into(),
            wanneer: d(2026, 12, 3),
            soort: Actiesoort::Monitoring,
            verwerkt: false,
        });
        (s, vec![c])
    }

    #[test]
    fn professioneel_verslag() {
        let (s, casussen) = voorbeeld();
        let doc = sessieverslag_document(&s, &casussen, &opties(false));
        assert_eq!(doc.kop, "MDA++-overleg · 19-11-2026 · verslag · gepland");
        assert_eq!(doc.watermerken, ["CONCEPT"]);
        let t = tekst(&doc);
        for verwacht in [
            "Verslag MDA++-overleg",
            "Voorzitter: Mirjam Hoekstra (Gemeente)",
            "Samenvatting",
            "Sanne de Wit",
            "Veilig Thuis",
            "1. Casus K-7 — Gezin Yılmaz",
            "2. Casus K-9",
            "Deze casus staat niet (meer) in de kluis",
            "Veilig Thuis (Sanne de Wit)",
            "Kwalificatie: structurele onveiligheid",
            "Verzoek tot onderzoek aan de Raad.",
            "Huisbezoek met Ayşe",
            "03-12-2026",
            "monitoring",
            "open",
        ] {
            assert!(t.contains(verwacht), "{verwacht:?} in\n{t}");
        }
    }

    #[test]
    fn pseudoniem_zonder_namen() {
        let (s, casussen) = voorbeeld();
        let mut o = opties(true);
        o.oefenomgeving = true;
        let doc = sessieverslag_document(&s, &casussen, &o);
        assert_eq!(doc.watermerken, ["CONCEPT", "OEFENOMGEVING"]);
        let t = tekst(&doc);
        for naam in ["Sanne", "de Wit", "Mirjam", "Hoekstra", "Ayşe", "Yılmaz"] {
            assert!(!t.contains(naam), "no {naam:?} in\n{t}");
        }
        for verwacht in [
            "Voorzitter: Gemeente (voorzitter)",
            "Veilig Thuis (gedragswetenschapper)",
            "Veilig Thuis licht toe; A.Y. was niet aanwezig.",
            "Huisbezoek met A.",
            "Casus K-7 — Gezin Y.",
        ] {
            assert!(t.contains(verwacht), "{verwacht:?} in\n{t}");
        }
        assert_eq!(
            verslag_bestandsnaam(&s, true),
            "Verslag MDA++ 2026-11-19 pseudoniem.pdf"
        );
    }

    /// A name from the second casus, said in the first one's agendapunt in lower case and as a
    /// genitive, and a deelnemer's name in capitals.
    #[test]
    fn pseudoniem_in_elke_vorm_en_uit_elke_casus() {
        let (mut s, mut casussen) = voorbeeld();
        let mut tweede = Casus::nieuw("K-8", "Gezin Nowak", Utc::now(), d(2046, 1, 1));
        tweede
            .betrokkenen
            .push(Betrokkene::nieuw("Michał Nowak", vec![Rol::OuderVerzorger]));
        s.agenda_toevoegen(&tweede, "11:00", 30).unwrap();
        casussen.push(tweede);
        s.agenda[0].besluiten =
            vec!["michał belt; Michałs broer en ayşe's zus; SANNE DE WIT volgt.".into()];
        let t = tekst(&sessieverslag_document(&s, &casussen, &opties(true)));
        assert!(
            t.contains("M. belt; M.'s broer en A.'s zus; Veilig Thuis volgt."),
            "{t}"
        );
        for naam in ["michał", "ayşe", "sanne", "nowak"] {
            assert!(!t.to_lowercase().contains(naam), "no {naam:?} in\n{t}");
        }
    }
}
