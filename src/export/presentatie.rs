//! What the projector of an MDA++ sessie shows: one step of one casus on the agenda, in short lines
//! that can be read from the back of a room ([`Presentatiebeeld`]). Pure: from the sessie and the
//! casussen on its agenda as the vault has them now.
//!
//! **Identities are hidden by default** (`verbergen`): every string of the beeld goes through
//! [`Namen::verberg`] — deelnemers become their organisation, the voorzitter "de voorzitter", and
//! the betrokkenen of *every* casus on the agenda their initials (a mother of one casus may be
//! named in another's inbreng) — before it leaves the core, so the projector window never receives
//! a name. A line in which a name part was left that could also be an ordinary word ("wit", "bo")
//! is not shown at all but replaced by [`super::namen::TEKST_VERBORGEN`].

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::namen::Namen;
use crate::domain::benamingen::{aantal, datum_tekst};
use crate::domain::{Agendapunt, Casus, Categorie, Perspectief, Sessie, Wanneer};

/// The steps the projector walks per casus, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum Presentatiestap {
    /// The casus at a glance: fase, time slot, betrokkenen.
    Overzicht,
    /// What each organisation at the table brought in.
    Inbreng,
    /// 1. Ordenen: the information per category.
    Ordenen,
    /// 2. Concretiseren: the onveilige situaties made concrete.
    Concretiseren,
    /// 3. Taxeren: onveiligheid, ernst, frequentie; veiligheidsscores.
    Taxeren,
    /// 4. Prioriteren: the top 3.
    Prioriteren,
    /// The table's weging, kwalificatie, besluiten and actiepunten.
    Besluiten,
}

/// Every step, in the order the voorzitter walks them.
pub const PRESENTATIESTAPPEN: [Presentatiestap; 7] = [
    Presentatiestap::Overzicht,
    Presentatiestap::Inbreng,
    Presentatiestap::Ordenen,
    Presentatiestap::Concretiseren,
    Presentatiestap::Taxeren,
    Presentatiestap::Prioriteren,
    Presentatiestap::Besluiten,
];

impl Presentatiestap {
    /// The heading on the wall.
    pub fn label(self) -> &'static str {
        match self {
            Presentatiestap::Overzicht => "Casus",
            Presentatiestap::Inbreng => "Inbreng",
            Presentatiestap::Ordenen => "1 Ordenen",
            Presentatiestap::Concretiseren => "2 Concretiseren",
            Presentatiestap::Taxeren => "3 Taxeren",
            Presentatiestap::Prioriteren => "4 Prioriteren",
            Presentatiestap::Besluiten => "Besluiten en actiepunten",
        }
    }
}

/// One block on the wall: a heading and its lines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Beeldblok {
    pub kop: String,
    pub regels: Vec<String>,
}

/// Everything the projector window draws.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Presentatiebeeld {
    /// "MDA++-overleg · 19-11-2026" (with the voorzitter's name only when names show).
    pub sessie_kop: String,
    /// 1-based place of this casus on the agenda.
    pub agenda_nummer: u32,
    pub agenda_aantal: u32,
    pub casus_code: String,
    /// The title, names hidden when `verbergen`; empty when the casus is gone.
    pub casus_titel: String,
    /// The casus's fase; empty when the casus is gone.
    pub fase: String,
    /// "13:30–14:15".
    pub tijdslot: String,
    /// The time slot's length.
    pub duur_seconden: u32,
    pub stap: Presentatiestap,
    /// 1-based.
    pub stap_nummer: u32,
    pub stap_aantal: u32,
    pub stap_label: String,
    /// Every step's label, in order (the progress bar on the wall).
    pub stap_labels: Vec<String>,
    pub blokken: Vec<Beeldblok>,
    /// Identities hidden (initials, organisations, roles).
    pub verbergen: bool,
    /// The agendapunt's timer; filled in by the caller that keeps it.
    pub timer_seconden: u64,
    pub timer_loopt: bool,
}

/// Longest line on the wall, in characters.
const MAX_REGEL: usize = 140;
/// Most lines per block; the rest is counted ("+ 4 meer").
const MAX_REGELS: usize = 12;

/// The beeld of agendapunt `agenda_index` (0-based) at `stap`; `None` when there is no such
/// agendapunt. `casussen` are the casussen on the agenda that are still in the vault — all of
/// them, for the names to hide; the agendapunt's own casus is found among them by id.
pub fn presentatiebeeld(
    sessie: &Sessie,
    casussen: &[Casus],
    agenda_index: usize,
    stap: Presentatiestap,
    verbergen: bool,
) -> Option<Presentatiebeeld> {
    let punt = sessie.agenda.get(agenda_index)?;
    let casus = casussen.iter().find(|c| c.id == punt.casus_id);
    let namen = if verbergen {
        Namen::sessie(sessie, casussen)
    } else {
        Namen::geen()
    };
    let n = |s: &str| namen.verberg(s);
    let stap_nummer = PRESENTATIESTAPPEN
        .iter()
        .position(|s| *s == stap)
        .unwrap_or(0)
        + 1;
    let mut sessie_kop = format!("MDA++-overleg · {}", datum_tekst(sessie.datum));
    if !verbergen && !sessie.voorzitter.trim().is_empty() {
        sessie_kop.push_str(&format!(" · voorzitter {}", sessie.voorzitter.trim()));
    }
    let blokken = match (stap, casus) {
        (Presentatiestap::Overzicht, c) => overzicht(sessie, punt, c, verbergen, &n),
        (Presentatiestap::Inbreng, _) => inbreng(sessie, punt, verbergen, &n),
        (Presentatiestap::Besluiten, _) => besluiten(punt, &n),
        (_, None) => vec![blok(
            "Casus niet in de kluis",
            vec!["Deze casus staat niet (meer) in de kluis; alleen wat de tafel vastlegde is er nog.".into()],
        )],
        (Presentatiestap::Ordenen, Some(c)) => casus_ordenen(c, &n),
        (Presentatiestap::Concretiseren, Some(c)) => casus_concretiseren(c, &n),
        (Presentatiestap::Taxeren, Some(c)) => casus_taxeren(c, &n),
        (Presentatiestap::Prioriteren, Some(c)) => casus_prioriteren(c, &n),
    };
    Some(Presentatiebeeld {
        sessie_kop,
        agenda_nummer: u32::try_from(agenda_index + 1).unwrap_or(u32::MAX),
        agenda_aantal: u32::try_from(sessie.agenda.len()).unwrap_or(u32::MAX),
        casus_code: casus.map_or_else(|| punt.casus_code.clone(), |c| c.code.clone()),
        casus_titel: casus.map(|c| kort(&n(&c.titel))).unwrap_or_default(),
        fase: casus
            .map(|c| c.fase.label().to_string())
            .unwrap_or_default(),
        tijdslot: punt.tijdslot(),
        duur_seconden: punt.duur_minuten.saturating_mul(60),
        stap,
        stap_nummer: u32::try_from(stap_nummer).unwrap_or(1),
        stap_aantal: u32::try_from(PRESENTATIESTAPPEN.len()).unwrap_or(7),
        stap_label: stap.label().to_string(),
        stap_labels: PRESENTATIESTAPPEN
            .iter()
            .map(|s| s.label().to_string())
            .collect(),
        blokken,
        verbergen,
        timer_seconden: 0,
        timer_loopt: false,
    })
}

pub(crate) fn blok(kop: impl Into<String>, regels: Vec<String>) -> Beeldblok {
    Beeldblok {
        kop: kop.into(),
        regels,
    }
}

/// At most [`MAX_REGELS`] lines, the rest counted.
pub(crate) fn ingekort(regels: Vec<String>) -> Vec<String> {
    let totaal = regels.len();
    let mut uit: Vec<String> = regels.into_iter().take(MAX_REGELS).collect();
    if totaal > MAX_REGELS {
        uit.truncate(MAX_REGELS - 1);
        uit.push(format!("+ {} meer", totaal - (MAX_REGELS - 1)));
    }
    uit
}

/// One line of at most [`MAX_REGEL`] characters (see [`super::tekst::kort`]).
fn kort(tekst: &str) -> String {
    super::tekst::kort(tekst, MAX_REGEL)
}

fn item_tekst(casus: &Casus, id: uuid::Uuid) -> String {
    casus.informatie.iter().find(|i| i.id == id).map_or_else(
        || "(situatie niet gevonden)".to_string(),
        |i| i.tekst.clone(),
    )
}

fn betrokkene(casus: &Casus, id: uuid::Uuid, n: &dyn Fn(&str) -> String) -> String {
    casus
        .betrokkenen
        .iter()
        .find(|b| b.id == id)
        .map_or_else(|| "?".to_string(), |b| n(&b.naam))
}

fn leeftijd(b: &crate::domain::Betrokkene, op: NaiveDate) -> Option<String> {
    let (laag, hoog) = b.leeftijd.as_ref()?.bereik_op(op);
    Some(if laag == hoog {
        format!("{laag} jaar")
    } else {
        format!("{laag}–{hoog} jaar")
    })
}

fn overzicht(
    sessie: &Sessie,
    punt: &Agendapunt,
    casus: Option<&Casus>,
    verbergen: bool,
    n: &dyn Fn(&str) -> String,
) -> Vec<Beeldblok> {
    let Some(c) = casus else {
        return vec![blok(
            "Casus niet in de kluis",
            vec![format!(
                "{} staat niet (meer) in de kluis; alleen wat de tafel vastlegde is er nog.",
                punt.casus_code
            )],
        )];
    };
    let mut casusregels = vec![
        format!("Fase: {}", c.fase.label()),
        format!("Tijd: {}", punt.tijdslot()),
    ];
    if let Some(k) = punt.kwalificatie {
        casusregels.push(format!("Kwalificatie: {}", k.label()));
    }
    if let Some(r) = c.casusregisseur.as_deref().filter(|r| !r.trim().is_empty()) {
        casusregels.push(format!("Casusregisseur: {}", kort(&n(r))));
    }
    casusregels.push(aantal(
        c.informatie.len(),
        "informatie-item",
        "informatie-items",
    ));
    let betrokkenen = c
        .betrokkenen
        .iter()
        .map(|b| {
            let naam = if verbergen {
                n(b.naam.split('(').next().unwrap_or_default().trim())
            } else {
                b.naam.trim().to_string()
            };
            let mut delen = vec![naam];
            let rollen: Vec<&str> = b.rollen.iter().map(|r| r.label()).collect();
            if !rollen.is_empty() {
                delen.push(rollen.join(", ").to_lowercase());
            }
            if let Some(l) = leeftijd(b, sessie.datum) {
                delen.push(l);
            }
            kort(&delen.join(" · "))
        })
        .collect();
    vec![
        blok(c.code.clone(), casusregels),
        blok(
            aantal(c.betrokkenen.len(), "betrokkene", "betrokkenen"),
            ingekort(betrokkenen),
        ),
    ]
}

fn deelnemer_kop(d: Option<&crate::domain::Overlegpartner>, verbergen: bool) -> String {
    let Some(d) = d else {
        return "Deelnemer (niet meer op de lijst)".to_string();
    };
    let org = d.organisatie.trim();
    let rol = d.rol.trim();
    let functie = match (org.is_empty(), rol.is_empty()) {
        (false, false) => format!("{org} ({rol})"),
        (false, true) => org.to_string(),
        (true, false) => rol.to_string(),
        (true, true) => "Deelnemer".to_string(),
    };
    if verbergen || d.naam.trim().is_empty() {
        functie
    } else {
        format!("{} — {functie}", d.naam.trim())
    }
}

fn inbreng(
    sessie: &Sessie,
    punt: &Agendapunt,
    verbergen: bool,
    n: &dyn Fn(&str) -> String,
) -> Vec<Beeldblok> {
    let mut blokken: Vec<(uuid::Uuid, Beeldblok)> = Vec::new();
    for i in &punt.inbreng {
        let regel = kort(&n(&i.tekst));
        match blokken.iter_mut().find(|(id, _)| *id == i.deelnemer_id) {
            Some((_, b)) => b.regels.push(regel),
            None => blokken.push((
                i.deelnemer_id,
                blok(
                    deelnemer_kop(sessie.deelnemer(i.deelnemer_id), verbergen),
                    vec![regel],
                ),
            )),
        }
    }
    if blokken.is_empty() {
        return vec![blok("Nog geen inbreng vastgelegd", vec![])];
    }
    blokken
        .into_iter()
        .map(|(_, mut b)| {
            b.regels = ingekort(b.regels);
            b
        })
        .collect()
}

/// The casus at step ordenen as blocks on a wall (names replaced through `n`); the projector and
/// the oefenomgeving's demonstration both show this.
pub fn casus_ordenen(c: &Casus, n: &dyn Fn(&str) -> String) -> Vec<Beeldblok> {
    let mut volgorde = vec![
        Categorie::OnveiligeSituatie,
        Categorie::Risicofactor,
        Categorie::BeschermendeFactor,
        Categorie::Schade,
    ];
    if c.informatie
        .iter()
        .any(|i| i.categorie == Categorie::NogTeOrdenen)
    {
        volgorde.push(Categorie::NogTeOrdenen);
    }
    volgorde
        .into_iter()
        .map(|cat| {
            let regels: Vec<String> = c
                .informatie
                .iter()
                .filter(|i| i.categorie == cat)
                .map(|i| kort(&n(&i.tekst)))
                .collect();
            blok(
                format!("{} ({})", cat.baannaam(), regels.len()),
                ingekort(regels),
            )
        })
        .collect()
}

/// The casus at step concretiseren as blocks on a wall (names replaced through `n`); the projector and
/// the oefenomgeving's demonstration both show this.
pub fn casus_concretiseren(c: &Casus, n: &dyn Fn(&str) -> String) -> Vec<Beeldblok> {
    if c.concretiseringen.is_empty() {
        return vec![blok("Nog geen situatie concreet gemaakt", vec![])];
    }
    c.concretiseringen
        .iter()
        .map(|k| {
            let mut regels = Vec::new();
            if !k.plegers.is_empty() || !k.slachtoffers.is_empty() {
                let wie = |ids: &[uuid::Uuid]| {
                    let namen: Vec<String> = ids.iter().map(|id| betrokkene(c, *id, n)).collect();
                    if namen.is_empty() {
                        "?".to_string()
                    } else {
                        namen.join(", ")
                    }
                };
                regels.push(format!(
                    "Wie → wie: {} → {}",
                    wie(&k.plegers),
                    wie(&k.slachtoffers)
                ));
            }
            if !k.wat.trim().is_empty() {
                regels.push(format!("Wat: {}", n(&k.wat)));
            }
            if !k.vormen.is_empty() {
                let vormen: Vec<&str> = k.vormen.iter().map(|v| v.label()).collect();
                regels.push(format!("Vorm: {}", vormen.join(", ")));
            }
            match &k.wanneer {
                Some(Wanneer::Datum { datum }) => {
                    regels.push(format!("Wanneer: {}", datum_tekst(*datum)));
                }
                Some(Wanneer::Periode { omschrijving }) if !omschrijving.trim().is_empty() => {
                    regels.push(format!("Wanneer: {}", n(omschrijving)));
                }
                _ => {}
            }
            if !k.hoe_vaak.trim().is_empty() {
                regels.push(format!("Hoe vaak: {}", n(&k.hoe_vaak)));
            }
            if !k.waar.trim().is_empty() {
                regels.push(format!("Waar: {}", n(&k.waar)));
            }
            regels.push(format!(
                "Kinderen aanwezig: {}",
                k.kinderen_aanwezig.label()
            ));
            blok(
                kort(&n(&item_tekst(c, k.informatie_id))),
                ingekort(regels.iter().map(|r| kort(r)).collect()),
            )
        })
        .collect()
}

/// The casus at step taxeren as blocks on a wall (names replaced through `n`); the projector and
/// the oefenomgeving's demonstration both show this.
pub fn casus_taxeren(c: &Casus, n: &dyn Fn(&str) -> String) -> Vec<Beeldblok> {
    let mut blokken: Vec<Beeldblok> = c
        .taxatie
        .situaties
        .iter()
        .map(|t| {
            let oordeel: Vec<&str> = [
                t.onveiligheid.map(|o| o.label()),
                t.ernst.map(|e| e.label()),
                t.frequentie.map(|f| f.label()),
            ]
            .into_iter()
            .flatten()
            .collect();
            let mut regels = vec![if oordeel.is_empty() {
                "nog niet getaxeerd".to_string()
            } else {
                oordeel.join(" · ")
            }];
            if let Some(d) = t.acuut_afgewend_op {
                regels.push(format!("Acuut gevaar afgewend op {}", datum_tekst(d)));
            }
            if !t.toelichting.trim().is_empty() {
                regels.push(kort(&n(&t.toelichting)));
            }
            blok(kort(&n(&item_tekst(c, t.informatie_id))), regels)
        })
        .collect();
    if !c.taxatie.scores.is_empty() {
        let mut scores: Vec<_> = c.taxatie.scores.iter().collect();
        scores.sort_by_key(|s| std::cmp::Reverse(s.datum));
        let regels = scores
            .into_iter()
            .map(|s| {
                let wie = match s.perspectief {
                    Perspectief::Betrokkene { betrokkene_id } => betrokkene(c, betrokkene_id, n),
                    p => p.label().to_string(),
                };
                let mut regel = format!("{} · {wie}: {}", datum_tekst(s.datum), s.waarde_tekst());
                if !s.toelichting.trim().is_empty() {
                    regel.push_str(&format!(" — {}", n(&s.toelichting)));
                }
                kort(&regel)
            })
            .collect();
        blokken.push(blok(
            "Veiligheidsscores (0–10), nieuwste eerst",
            ingekort(regels),
        ));
    }
    if blokken.is_empty() {
        blokken.push(blok("Nog niets getaxeerd", vec![]));
    }
    blokken
}

/// The casus at step prioriteren as blocks on a wall (names replaced through `n`); the projector and
/// the oefenomgeving's demonstration both show this.
pub fn casus_prioriteren(c: &Casus, n: &dyn Fn(&str) -> String) -> Vec<Beeldblok> {
    if c.top3.plaatsen.is_empty() {
        return vec![blok("Nog geen top 3 gekozen", vec![])];
    }
    c.top3
        .plaatsen
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut regels: Vec<String> = p
                .risicofactoren
                .iter()
                .map(|id| kort(&format!("Risicofactor: {}", n(&item_tekst(c, *id)))))
                .collect();
            regels.extend(
                p.doelen
                    .iter()
                    .map(|d| kort(&format!("Doel: {}", n(&d.tekst)))),
            );
            blok(
                format!("{}. {}", i + 1, kort(&n(&item_tekst(c, p.situatie_id)))),
                ingekort(regels),
            )
        })
        .collect()
}

fn besluiten(punt: &Agendapunt, n: &dyn Fn(&str) -> String) -> Vec<Beeldblok> {
    let mut weging = vec![format!(
        "Kwalificatie: {}",
        punt.kwalificatie.map_or("nog niet bepaald", |k| k.label())
    )];
    weging.extend(
        punt.weging
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| kort(&n(l))),
    );
    let besluiten = punt.besluiten.iter().map(|b| kort(&n(b))).collect();
    let acties = punt
        .actiepunten
        .iter()
        .map(|a| {
            let verwerkt = if a.verwerkt { " · in de casus" } else { "" };
            kort(&format!(
                "{} — {} — {} ({}){verwerkt}",
                n(a.wie.trim()),
                n(a.wat.trim()),
                datum_tekst(a.wanneer),
                a.soort.label()
            ))
        })
        .collect();
    vec![
        blok("Weging en kwalificatie", ingekort(weging)),
        blok(
            aantal(punt.besluiten.len(), "besluit", "besluiten"),
            ingekort(besluiten),
        ),
        blok(
            aantal(punt.actiepunten.len(), "actiepunt", "actiepunten"),
            ingekort(acties),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Actiepunt, Actiesoort, Inbreng, Overlegpartner};
    use uuid::Uuid;

    const OEF05: &str = "178fc11d-9989-425d-b811-03d20c4b67c3";

    fn casus05() -> Casus {
        let vandaag = NaiveDate::from_ymd_opt(2026, 11, 19).unwrap();
        crate::training::modellen(vandaag)
            .unwrap()
            .into_iter()
            .find(|c| c.id.to_string() == OEF05)
            .unwrap()
    }

    /// OEF-05 on the agenda, with deelnemers whose names appear in the free text too.
    fn sessie(c: &Casus) -> Sessie {
        let mut s = Sessie::nieuw(
            NaiveDate::from_ymd_opt(2026, 11, 19).unwrap(),
            "Joris van Dalen",
        );
        let fenna = Overlegpartner {
            id: Uuid::new_v4(),
            naam: "Fenna Oosterbroek".into(),
            organisatie: "Veilig Thuis".into(),
            rol: "gedragswetenschapper".into(),
        };
        let rtl = Overlegpartner {
            id: Uuid::new_v4(),
            naam: "ليلى حداد".into(),
            organisatie: "Politie".into(),
            rol: "wijkagent".into(),
        };
        let emoji = Overlegpartner {
            id: Uuid::new_v4(),
            naam: "Zoë 🌻 Çelik".into(),
            organisatie: "GGZ".into(),
            rol: "".into(),
        };
        s.deelnemers = vec![fenna.clone(), rtl.clone(), emoji.clone()];
        s.agenda_toevoegen(c, "13:30", 45).unwrap();
        let a = &mut s.agenda[0];
        a.inbreng = vec![
            Inbreng {
                deelnemer_id: fenna.id,
                tekst: "Fenna sprak Kim Brouwer; Marco was niet thuis.".into(),
            },
            Inbreng {
                deelnemer_id: rtl.id,
                tekst: "ليلى حداد: melding over Jayden bij de wijkagent.".into(),
            },
            Inbreng {
                deelnemer_id: emoji.id,
                tekst: "Zoë 🌻 Çelik ziet Kim sinds september.".into(),
            },
        ];
        a.weging = "Joris van Dalen vat samen: Lisa en Finn zijn niet veilig.".into();
        a.kwalificatie = Some(crate::domain::Onveiligheid::Structureel);
        a.besluiten = vec!["Oosterbroek belt Kim binnen een week.".into()];
        a.actiepunten = vec![Actiepunt {
            id: Uuid::new_v4(),
            wie: "Fenna Oosterbroek".into(),
            wat: "Huisbezoek bij Marco de Vries".into(),
            wanneer: NaiveDate::from_ymd_opt(2026, 12, 3).unwrap(),
            soort: Actiesoort::Afspraak,
            verwerkt: false,
        }];
        s
    }

    fn namen(s: &Sessie, c: &Casus) -> Vec<String> {
        let mut volledig: Vec<String> = s.deelnemers.iter().map(|d| d.naam.clone()).collect();
        volledig.push(s.voorzitter.clone());
        volledig.extend(
            c.betrokkenen
                .iter()
                .map(|b| b.naam.split('(').next().unwrap().trim().to_string()),
        );
        let mut alle = volledig.clone();
        for v in &volledig {
            alle.extend(
                v.split_whitespace()
                    .filter(|d| d.chars().count() >= 3 && !d.chars().next().unwrap().is_lowercase())
                    .map(str::to_string),
            );
        }
        alle
    }

    #[test]
    fn verborgen_staat_er_op_geen_enkele_stap_een_naam() {
        let c = casus05();
        let s = sessie(&c);
        let namen = namen(&s, &c);
        assert!(namen.contains(&"Brouwer".to_string()) && namen.contains(&"ليلى".to_string()));
        for stap in PRESENTATIESTAPPEN {
            let b = presentatiebeeld(&s, std::slice::from_ref(&c), 0, stap, true).unwrap();
            let json = serde_json::to_string(&b).unwrap();
            for naam in &namen {
                assert!(
                    !json.contains(naam.as_str()),
                    "{stap:?} toont '{naam}': {json}"
                );
            }
            assert!(!b.blokken.is_empty(), "{stap:?} heeft inhoud");
        }
        let inbreng = presentatiebeeld(
            &s,
            std::slice::from_ref(&c),
            0,
            Presentatiestap::Inbreng,
            true,
        )
        .unwrap();
        let koppen: Vec<&str> = inbreng.blokken.iter().map(|b| b.kop.as_str()).collect();
        assert_eq!(
            koppen,
            [
                "Veilig Thuis (gedragswetenschapper)",
                "Politie (wijkagent)",
                "GGZ"
            ]
        );
        assert_eq!(
            inbreng.blokken[0].regels,
            ["F. sprak K.B.; M. was niet thuis."],
            "losse namen worden hun initiaal"
        );
    }

    #[test]
    fn zichtbaar_staan_de_namen_er_zoals_getypt() {
        let c = casus05();
        let s = sessie(&c);
        let json = |stap| {
            serde_json::to_string(
                &presentatiebeeld(&s, std::slice::from_ref(&c), 0, stap, false).unwrap(),
            )
            .unwrap()
        };
        let overzicht = json(Presentatiestap::Overzicht);
        assert!(overzicht.contains("Kim Brouwer"), "{overzicht}");
        assert!(
            overzicht.contains("voorzitter Joris van Dalen"),
            "{overzicht}"
        );
        let inbreng = json(Presentatiestap::Inbreng);
        for naam in [
            "Fenna Oosterbroek — Veilig Thuis",
            "ليلى حداد",
            "Zoë 🌻 Çelik",
        ] {
            assert!(inbreng.contains(naam), "{naam} in {inbreng}");
        }
    }

    #[test]
    fn stappen_tonen_de_casus_zoals_hij_is() {
        let c = casus05();
        let s = sessie(&c);
        let beeld = |stap| presentatiebeeld(&s, std::slice::from_ref(&c), 0, stap, false).unwrap();

        let top = beeld(Presentatiestap::Prioriteren);
        assert_eq!(top.blokken.len(), c.top3.plaatsen.len());
        for (i, (b, p)) in top.blokken.iter().zip(&c.top3.plaatsen).enumerate() {
            assert_eq!(
                b.kop,
                format!("{}. {}", i + 1, kort(&item_tekst(&c, p.situatie_id)))
            );
        }

        let orden = beeld(Presentatiestap::Ordenen);
        assert!(
            orden.blokken[2].kop.starts_with("Krachten ("),
            "{:?}",
            orden.blokken[2]
        );
        let onveilig = c
            .informatie
            .iter()
            .filter(|i| i.categorie == Categorie::OnveiligeSituatie)
            .count();
        assert_eq!(
            orden.blokken[0].kop,
            format!("Onveilige situaties ({onveilig})")
        );

        let besluit = beeld(Presentatiestap::Besluiten);
        assert_eq!(besluit.stap_nummer, 7);
        assert_eq!(besluit.stap_label, "Besluiten en actiepunten");
        assert_eq!(
            besluit.blokken[0].regels[0],
            "Kwalificatie: structureel onveilig".replace(
                "structureel onveilig",
                crate::domain::Onveiligheid::Structureel.label()
            )
        );
        assert_eq!(
            besluit.blokken[2].regels,
            [
                "Fenna Oosterbroek — Huisbezoek bij Marco de Vries — 03-12-2026 (afspraak)"
                    .replace("afspraak", Actiesoort::Afspraak.label())
            ]
        );
        assert_eq!(beeld(Presentatiestap::Overzicht).tijdslot, "13:30–14:15");
        assert_eq!(beeld(Presentatiestap::Overzicht).duur_seconden, 45 * 60);
        assert_eq!(
            besluit.sessie_kop,
            "MDA++-overleg · 19-11-2026 · voorzitter Joris van Dalen"
        );
    }

    #[test]
    fn buiten_de_agenda_of_zonder_casus() {
        let c = casus05();
        let s = sessie(&c);
        assert!(
            presentatiebeeld(
                &s,
                std::slice::from_ref(&c),
                1,
                Presentatiestap::Overzicht,
                true
            )
            .is_none()
        );
        let weg = presentatiebeeld(&s, &[], 0, Presentatiestap::Ordenen, true).unwrap();
        assert_eq!(weg.casus_code, "OEF-05");
        assert_eq!(weg.casus_titel, "");
        assert_eq!(weg.blokken[0].kop, "Casus niet in de kluis");
        let besluit = presentatiebeeld(&s, &[], 0, Presentatiestap::Besluiten, true).unwrap();
        assert_eq!(
            besluit.blokken[1].regels.len(),
            1,
            "besluiten blijven zichtbaar"
        );
    }

    /// OEF-04 on the agenda after OEF-05; OEF-05's inbreng names OEF-04's family (lower case,
    /// capitals, genitives), and a deelnemer's surname as the ordinary word it also is.
    #[test]
    fn namen_uit_een_andere_casus_en_twijfel() {
        let vandaag = NaiveDate::from_ymd_opt(2026, 11, 19).unwrap();
        let c = casus05();
        let andere = crate::training::modellen(vandaag)
            .unwrap()
            .into_iter()
            .find(|c| c.code == "OEF-04")
            .unwrap();
        let mut s = sessie(&c);
        s.deelnemers[0].naam = "Fenna de Wit".into();
        s.agenda_toevoegen(&andere, "14:15", 30).unwrap();
        s.agenda[0].inbreng[0].tekst =
            "youssef belde; ELINE MULDER ook. Sara's mentor en Jesses school".into();
        s.agenda[0].inbreng[1].tekst = "Een wit busje stond voor de deur.".into();
        s.agenda[0].inbreng[2].tekst = "Fenna de wit en Wit zagen het".into();
        let casussen = [c, andere];
        let beeld = presentatiebeeld(&s, &casussen, 0, Presentatiestap::Inbreng, true).unwrap();
        let regels: Vec<&str> = beeld.blokken.iter().map(|b| b.regels[0].as_str()).collect();
        assert_eq!(
            regels,
            [
                "Y. belde; E.M. ook. S.'s mentor en J.'s school",
                super::super::namen::TEKST_VERBORGEN,
                "Veilig Thuis en W. zagen het",
            ]
        );
        // With names shown, the text is as typed.
        let open = presentatiebeeld(&s, &casussen, 0, Presentatiestap::Inbreng, false).unwrap();
        assert_eq!(
            open.blokken[1].regels[0],
            "Een wit busje stond voor de deur."
        );
    }

    #[test]
    fn lange_tekst_en_lange_lijsten_worden_ingekort() {
        let lang = "woord ".repeat(100);
        let k = kort(&lang);
        assert!(k.chars().count() <= MAX_REGEL, "{k}");
        assert!(k.ends_with("woord…"), "afgebroken na een heel woord: {k}");
        let zonder_spatie = "x".repeat(300);
        assert_eq!(kort(&zonder_spatie).chars().count(), MAX_REGEL);
        let regels: Vec<String> = (0..20).map(|i| i.to_string()).collect();
        let uit = ingekort(regels);
        assert_eq!(uit.len(), MAX_REGELS);
        assert_eq!(uit.last().unwrap(), "+ 9 meer");
    }
}
