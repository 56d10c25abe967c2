//! The MDA++ sessie: a voorzitter leads a multidisciplinary table (gemeente, Veilig Thuis, politie,
//! Raad voor de Kinderbescherming, jeugdhulp, jeugdbescherming, GGZ…) through one or more casussen
//! with the TOP-3 methodiek. Per casus on the agenda: inbreng per partner, weging en kwalificatie,
//! besluiten and actiepunten (wie, wat, wanneer). [DOMAIN: MDA++ session; seed 000, 003]
//!
//! The rule that ties a sessie to its casussen is [`verwerk_actiepunten`]: when the sessie is
//! afgerond, every actiepunt flows into its casus — an extra monitoringmoment, the evaluatie of
//! the veiligheidsplan, or an afspraak in it — exactly once. A sessie holds only a *snapshot* of
//! each casus's code: it never owns casus data, so deleting a sessie changes no casus and
//! deleting a casus leaves the sessie readable.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use thiserror::Error;
use uuid::Uuid;

use super::benamingen::{afronden_tekst, toezicht_mda};
use super::{Casus, CasusStatus, Onveiligheid, Planfout, Probleem};

mod regels;
mod verwerking;

pub use regels::{controleer_sessiewijzigingen, valideer_sessie};
pub use verwerking::verwerk_actiepunten;

/// The longest sessie on one casus, in minutes \[ours]: a whole working day.
pub const MAX_DUUR_MINUTEN: u32 = 8 * 60;

/// The longest naam, organisatie or rol of an overlegpartner, in UTF-8 bytes \[ours]: the
/// partner list is reused in every sessie and printed in every verslag.
pub const MAX_PARTNER_BYTES: usize = 2000;

/// The begintijd of an agendapunt: exactly "HH:MM" (00:00 to 23:59).
pub fn is_begintijd(tekst: &str) -> bool {
    tekst.len() == 5 && NaiveTime::parse_from_str(tekst, "%H:%M").is_ok()
}

/// A duur in whole minutes: 1 to [`MAX_DUUR_MINUTEN`].
pub fn is_duur(minuten: u32) -> bool {
    (1..=MAX_DUUR_MINUTEN).contains(&minuten)
}

/// Where a sessie is in its life.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub enum Sessiestatus {
    /// Planned; the agenda can still change.
    #[default]
    Gepland,
    /// The table is in session.
    Gestart,
    /// Closed: the actiepunten have been taken into the casussen.
    Afgerond,
}

/// What an actiepunt becomes in its casus.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub enum Actiesoort {
    /// An afspraak in the veiligheidsplan (wie doet wat, wanneer).
    Afspraak,
    /// An extra monitoringmoment on the date ("zo vaak als nodig"). [seed 001]
    Monitoring,
    /// The next evaluatie of the veiligheidsplan (e.g. the 3-month check for "6 voor
    /// veiligheid", with opschalen to the expertoverleg). [seed 003]
    Evaluatie,
}

impl Actiesoort {
    /// Every soort, in the order the screens list them.
    pub const ALLE: [Actiesoort; 3] = [
        Actiesoort::Afspraak,
        Actiesoort::Monitoring,
        Actiesoort::Evaluatie,
    ];
}

/// Someone at the table, and the reusable list of ketenpartners a voorzitter picks from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Overlegpartner {
    /// Stable identity.
    pub id: Uuid,
    /// The professional's name.
    pub naam: String,
    /// The organisation ("Veilig Thuis", "politie", "Raad voor de Kinderbescherming").
    pub organisatie: String,
    /// Their role at the table ("gedragswetenschapper", "wijkagent").
    pub rol: String,
}

/// What one partner brought in about a casus, attributed to the organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Inbreng {
    /// The deelnemer (one of the sessie's `deelnemers`).
    pub deelnemer_id: Uuid,
    /// A short note.
    pub tekst: String,
}

/// An actiepunt: wie, wat, wanneer — and what it becomes in the casus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Actiepunt {
    /// Stable identity; the afspraak or monitoringmoment it becomes carries the same id.
    pub id: Uuid,
    /// Who.
    pub wie: String,
    /// What.
    pub wat: String,
    /// By when.
    pub wanneer: NaiveDate,
    /// Afspraak, monitoring or evaluatie.
    pub soort: Actiesoort,
    /// Taken into the casus (by afronden); never taken twice.
    pub verwerkt: bool,
}

/// One casus on the agenda.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Agendapunt {
    /// The casus.
    pub casus_id: Uuid,
    /// Its code when it was put on the agenda: the verslag stays readable when the casus is gone.
    pub casus_code: String,
    /// Start of the time slot, "HH:MM".
    pub begintijd: String,
    /// Length of the time slot in minutes.
    pub duur_minuten: u32,
    /// Inbreng per partner.
    pub inbreng: Vec<Inbreng>,
    /// The table's weging: how the information weighs together.
    pub weging: String,
    /// The kwalificatie of the onveiligheid. [src: Triage-instrument Veilig Thuis]
    pub kwalificatie: Option<Onveiligheid>,
    /// What the table decided.
    pub besluiten: Vec<String>,
    /// Who does what, when.
    pub actiepunten: Vec<Actiepunt>,
}

/// One MDA++ sessie.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Sessie {
    /// Stable identity.
    pub id: Uuid,
    /// The day of the sessie.
    pub datum: NaiveDate,
    /// Who chairs it.
    pub voorzitter: String,
    /// Who sits at the table.
    pub deelnemers: Vec<Overlegpartner>,
    /// The casussen, in order.
    pub agenda: Vec<Agendapunt>,
    /// Gepland, gestart or afgerond.
    pub status: Sessiestatus,
    /// When it was started.
    pub gestart: Option<DateTime<Utc>>,
    /// When it was afgerond.
    pub afgerond: Option<DateTime<Utc>>,
    /// The verslag's samenvatting.
    pub samenvatting: String,
    /// Optimistic-concurrency version; a stale write is refused by the store.
    pub versie: u64,
}

/// Why a sessie operation was refused. Messages are Dutch and quote no case content.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Sessiefout {
    /// The agendapunt is about another casus.
    #[error("Dit agendapunt hoort bij een andere casus. Er is niets gewijzigd.")]
    AndereCasus,
    /// The casus is on the agenda already.
    #[error("Casus {code} staat al op de agenda van deze sessie. Er is niets gewijzigd.")]
    AlOpAgenda {
        /// The casus code.
        code: String,
    },
    /// A sessie is afgerond once, by afronden.
    #[error("Deze sessie is al afgerond. Er is niets gewijzigd.")]
    AlAfgerond,
    /// An afgerond sessie is the record of what the table decided: only its samenvatting changes.
    #[error(
        "Deze sessie is afgerond: alleen de samenvatting kan nog veranderen. Er is niets gewijzigd."
    )]
    Vastgelegd,
    /// A gearchiveerde casus is closed: it does not go on an agenda.
    #[error("Casus {code} is gearchiveerd en kan niet op de agenda. Er is niets gewijzigd.")]
    Gearchiveerd {
        /// The casus code.
        code: String,
    },
    /// Status and verwerkt change only through starten and afronden.
    #[error(
        "Een sessie wordt alleen afgerond met 'afronden', en een verwerkt actiepunt staat al in de casus: het kan niet meer veranderen of verdwijnen. Er is niets gewijzigd."
    )]
    NietTeWijzigen,
    /// A plan rule refused (the concept veiligheidsplan).
    #[error(transparent)]
    Plan(#[from] Planfout),
}

/// What one actiepunt became in its casus; the text quotes only dates (it goes into the audit
/// trail).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Verwerking {
    /// The actiepunt.
    pub actiepunt_id: Uuid,
    /// The casus it went into.
    pub casus_id: Uuid,
    /// What it became.
    pub soort: Actiesoort,
    /// Dutch, without case content: "extra monitoringmoment op 23-02-2027".
    pub tekst: String,
}

impl Sessie {
    /// A new, empty sessie, gepland, version 1.
    pub fn nieuw(datum: NaiveDate, voorzitter: impl Into<String>) -> Self {
        Self {
            id: Uuid::new_v4(),
            datum,
            voorzitter: voorzitter.into(),
            deelnemers: Vec::new(),
            agenda: Vec::new(),
            status: Sessiestatus::Gepland,
            gestart: None,
            afgerond: None,
            samenvatting: String::new(),
            versie: 1,
        }
    }

    /// The deelnemer with this id.
    pub fn deelnemer(&self, id: Uuid) -> Option<&Overlegpartner> {
        self.deelnemers.iter().find(|d| d.id == id)
    }

    /// Put a casus on the agenda (a casus appears at most once per sessie).
    pub fn agenda_toevoegen(
        &mut self,
        casus: &Casus,
        begintijd: &str,
        duur_minuten: u32,
    ) -> Result<(), Sessiefout> {
        self.kan_op_agenda(casus)?;
        self.agenda.push(Agendapunt {
            casus_id: casus.id,
            casus_code: casus.code.clone(),
            begintijd: begintijd.to_string(),
            duur_minuten,
            inbreng: Vec::new(),
            weging: String::new(),
            kwalificatie: None,
            besluiten: Vec::new(),
            actiepunten: Vec::new(),
        });
        Ok(())
    }

    /// Start the sessie (a second start keeps the first moment).
    pub fn starten(&mut self, nu: DateTime<Utc>) -> Result<(), Sessiefout> {
        match self.status {
            Sessiestatus::Afgerond => Err(Sessiefout::AlAfgerond),
            Sessiestatus::Gestart => Ok(()),
            Sessiestatus::Gepland => {
                self.status = Sessiestatus::Gestart;
                self.gestart.get_or_insert(nu);
                Ok(())
            }
        }
    }

    /// Mark the sessie afgerond (started now when it never was). The actiepunten are taken into
    /// the casussen by the caller, with [`verwerk_actiepunten`], in the same transaction.
    pub fn markeer_afgerond(&mut self, nu: DateTime<Utc>) -> Result<(), Sessiefout> {
        if self.status == Sessiestatus::Afgerond {
            return Err(Sessiefout::AlAfgerond);
        }
        self.gestart.get_or_insert(nu);
        self.status = Sessiestatus::Afgerond;
        self.afgerond = Some(nu);
        Ok(())
    }

    /// The actiepunten not yet taken into their casus.
    pub fn open_actiepunten(&self) -> impl Iterator<Item = (&Agendapunt, &Actiepunt)> {
        self.agenda.iter().flat_map(|a| {
            a.actiepunten
                .iter()
                .filter(|p| !p.verwerkt)
                .map(move |p| (a, p))
        })
    }

    /// Who supervises an afspraak made at this sessie: the table itself, named by its date and
    /// voorzitter.
    pub fn toezicht(&self) -> String {
        toezicht_mda(self.datum, self.voorzitter.trim())
    }

    /// Whether anything but the samenvatting may still change: until afronden.
    pub fn bewerkbaar(&self) -> bool {
        self.status != Sessiestatus::Afgerond
    }

    /// Whether `casus` may go on the agenda: once per sessie, and not when it is gearchiveerd.
    pub fn kan_op_agenda(&self, casus: &Casus) -> Result<(), Sessiefout> {
        if self.agenda.iter().any(|a| a.casus_id == casus.id) {
            return Err(Sessiefout::AlOpAgenda {
                code: casus.code.clone(),
            });
        }
        if casus.status == CasusStatus::Gearchiveerd {
            return Err(Sessiefout::Gearchiveerd {
                code: casus.code.clone(),
            });
        }
        Ok(())
    }

    /// Why `punt` cannot leave the agenda; `None` when it can.
    pub fn agendapunt_blijft(&self, punt: &Agendapunt) -> Option<Blijft> {
        if !self.bewerkbaar() {
            Some(Blijft::Afgerond)
        } else if punt.actiepunten.iter().any(|a| a.verwerkt) {
            Some(Blijft::Verwerkt)
        } else {
            None
        }
    }

    /// Whether deelnemer `id` brought something in: then they stay at the table (the inbreng
    /// refers to them).
    pub fn heeft_inbreng(&self, id: Uuid) -> bool {
        self.agenda
            .iter()
            .any(|a| a.inbreng.iter().any(|i| i.deelnemer_id == id))
    }

    /// The begintijd to suggest for the next agendapunt: where the last one ends, else 09:00.
    pub fn volgende_begintijd(&self) -> String {
        self.agenda
            .last()
            .and_then(Agendapunt::eindtijd)
            .map_or_else(|| "09:00".to_string(), |t| t.format("%H:%M").to_string())
    }

    /// What afronden will take into each casus, in agenda order: one line per casus with open
    /// actiepunten. `code_van` gives a casus's current code, `None` when it no longer exists (its
    /// actiepunten then stay open, as [`verwerk_actiepunten`] is never called for it).
    pub fn afronden_overzicht(
        &self,
        code_van: impl Fn(Uuid) -> Option<String>,
    ) -> Vec<Afrondregel> {
        let mut uit = Vec::new();
        for punt in &self.agenda {
            let open: Vec<&Actiepunt> = punt.actiepunten.iter().filter(|a| !a.verwerkt).collect();
            if open.is_empty() {
                continue;
            }
            let tel = |soort| {
                u32::try_from(open.iter().filter(|a| a.soort == soort).count()).unwrap_or(u32::MAX)
            };
            let per_soort: Vec<(Actiesoort, u32)> = Actiesoort::ALLE
                .iter()
                .map(|&s| (s, tel(s)))
                .filter(|&(_, n)| n > 0)
                .collect();
            let aantal = u32::try_from(open.len()).unwrap_or(u32::MAX);
            let huidige = code_van(punt.casus_id);
            let bestaat = huidige.is_some();
            let code = huidige.unwrap_or_else(|| punt.casus_code.clone());
            uit.push(Afrondregel {
                casus_id: punt.casus_id,
                tekst: afronden_tekst(&code, aantal, &per_soort, bestaat),
                code,
                aantal,
                bestaat,
            });
        }
        uit
    }
}

/// Why an agendapunt stays on the agenda.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum Blijft {
    /// The sessie is afgerond: its agenda is the record.
    Afgerond,
    /// An actiepunt of it is already in its casus.
    Verwerkt,
}

/// One line of the overview shown before afronden.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Afrondregel {
    pub casus_id: Uuid,
    /// The casus's current code (its snapshot on the agenda when the casus is gone).
    pub code: String,
    /// Open actiepunten.
    pub aantal: u32,
    /// Whether the casus still exists (else its actiepunten stay open).
    pub bestaat: bool,
    /// "3 actiepunten gaan naar OEF-05: 1 afspraak, 1 monitoringmoment, 1 evaluatie".
    pub tekst: String,
}

impl Agendapunt {
    /// Where the time slot ends (past midnight it wraps); `None` when the begintijd is no time.
    pub fn eindtijd(&self) -> Option<NaiveTime> {
        let begin = NaiveTime::parse_from_str(self.begintijd.trim(), "%H:%M").ok()?;
        Some(begin + chrono::TimeDelta::minutes(i64::from(self.duur_minuten)))
    }

    /// "13:30–14:15"; the begintijd as typed when it is not a time.
    pub fn tijdslot(&self) -> String {
        match (
            NaiveTime::parse_from_str(self.begintijd.trim(), "%H:%M"),
            self.eindtijd(),
        ) {
            (Ok(begin), Some(eind)) => {
                format!("{}–{}", begin.format("%H:%M"), eind.format("%H:%M"))
            }
            _ => self.begintijd.trim().to_string(),
        }
    }
}

impl Overlegpartner {
    /// The problems of this partner (paths under `pad`), empty when valid: naam and organisatie
    /// present, every text within [`MAX_PARTNER_BYTES`].
    pub fn problemen(&self, pad: &str) -> Vec<Probleem> {
        let mut p = Vec::new();
        for (veld, waarde, verplicht, leeg) in [
            ("naam", &self.naam, true, "Vul de naam van de partner in."),
            (
                "organisatie",
                &self.organisatie,
                true,
                "Vul de organisatie van de partner in.",
            ),
            ("rol", &self.rol, false, ""),
        ] {
            let melding = if waarde.len() > MAX_PARTNER_BYTES {
                format!(
                    "Te lang: hoogstens {MAX_PARTNER_BYTES} bytes (ongeveer {} tekens).",
                    MAX_PARTNER_BYTES / 4
                )
            } else if verplicht && waarde.trim().is_empty() {
                leeg.to_string()
            } else {
                continue;
            };
            p.push(Probleem {
                pad: format!("{pad}.{veld}"),
                melding,
            });
        }
        p
    }
}

/// The problems of the reusable partner list: each partner valid, ids unique.
pub fn valideer_partners(partners: &[Overlegpartner]) -> Vec<Probleem> {
    let mut p = Vec::new();
    for (i, partner) in partners.iter().enumerate() {
        let pad = format!("partners[{i}]");
        p.extend(partner.problemen(&pad));
        if partners[..i].iter().any(|q| q.id == partner.id) {
            p.push(Probleem {
                pad: format!("{pad}.id"),
                melding: "Dubbele id: al eerder gebruikt in de lijst.".into(),
            });
        }
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::benamingen::DOEL_UIT_MDA;
    use crate::domain::{
        Afspraak, MAX_TEKST_BYTES, Methodeinstellingen, Monitoringsoort, Plandoel, Plansoort,
        Planstatus,
    };

    fn d(j: i32, m: u32, dag: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(j, m, dag).unwrap()
    }

    fn actie(soort: Actiesoort, wie: &str, wat: &str, wanneer: NaiveDate) -> Actiepunt {
        Actiepunt {
            id: Uuid::new_v4(),
            wie: wie.into(),
            wat: wat.into(),
            wanneer,
            soort,
            verwerkt: false,
        }
    }

    fn sessie_met(casus: &Casus) -> Sessie {
        let mut s = Sessie::nieuw(d(2026, 11, 19), "Mirjam Hoekstra");
        s.deelnemers.push(Overlegpartner {
            id: Uuid::new_v4(),
            naam: "Sanne de Wit".into(),
            organisatie: "Veilig Thuis".into(),
            rol: "aandachtsfunctionaris".into(),
        });
        s.agenda_toevoegen(casus, "09:30", 45).unwrap();
        s
    }

    /// A casus with a vastgesteld veiligheidsplan (one doel, one afspraak).
    fn casus_met_vastgesteld_plan() -> Casus {
        let mut c = Casus::nieuw("M-1", "Gezin M", Utc::now(), d(2046, 1, 1));
        let id = c
            .plan_nieuw(Plansoort::Veiligheidsplan, d(2026, 10, 1))
            .unwrap();
        let p = c.conceptplan_mut(id).unwrap();
        p.inhoud.opgesteld_met.push(crate::domain::Deelnemer {
            naam: "Noor".into(),
            rol: "wijkteam".into(),
            betrokkene_id: None,
        });
        p.inhoud.doelen.push(Plandoel {
            id: Uuid::new_v4(),
            tekst: "Thuis veilig".into(),
            situatie_id: None,
            situatie: String::new(),
            doel_id: None,
            afspraken: vec![Afspraak {
                wie: "Moeder".into(),
                wat: "Belt de buurvrouw".into(),
                ..Afspraak::leeg()
            }],
            gewone_taal: String::new(),
        });
        p.inhoud.evaluatie.datum = Some(d(2026, 12, 1));
        p.inhoud.casusregisseur = "Noor".into();
        c.plan_vaststellen(id, d(2026, 10, 2), "Noor", &Methodeinstellingen::default())
            .unwrap();
        c
    }

    #[test]
    fn actiepunten_worden_monitoring_evaluatie_en_afspraak() {
        let mut casus = casus_met_vastgesteld_plan();
        let vastgesteld = casus.plannen[0].clone();
        let mut s = sessie_met(&casus);
        let toezicht = s.toezicht();
        assert_eq!(
            toezicht,
            "MDA++-overleg van 19-11-2026 (voorzitter Mirjam Hoekstra)"
        );
        s.agenda[0].actiepunten = vec![
            actie(
                Actiesoort::Monitoring,
                "Veilig Thuis",
                "Huisbezoek",
                d(2026, 12, 3),
            ),
            actie(
                Actiesoort::Evaluatie,
                "MDA++-tafel",
                "Zes voor veiligheid?",
                d(2027, 2, 19),
            ),
            actie(
                Actiesoort::Afspraak,
                "Politie",
                "Meldt elk incident",
                d(2026, 12, 1),
            ),
        ];
        let ids: Vec<Uuid> = s.agenda[0].actiepunten.iter().map(|a| a.id).collect();
        let v =
            verwerk_actiepunten(&mut casus, &mut s.agenda[0], &toezicht, d(2026, 11, 19)).unwrap();
        let teksten: Vec<&str> = v.iter().map(|v| v.tekst.as_str()).collect();
        assert_eq!(
            teksten,
            [
                "extra monitoringmoment op 03-12-2026",
                "evaluatie van het veiligheidsplan op 19-02-2027",
                "afspraak in het veiligheidsplan, uiterlijk 01-12-2026",
            ]
        );
        assert!(s.agenda[0].actiepunten.iter().all(|a| a.verwerkt));
        // Monitoring: one extra moment, carrying the actiepunt's id.
        let m = casus.monitoring.iter().find(|m| m.id == ids[0]).unwrap();
        assert_eq!((m.datum, m.soort), (d(2026, 12, 3), Monitoringsoort::Extra));
        // The vastgesteld plan is untouched; a new concept (version 2) carries the changes.
        assert_eq!(casus.plannen[0], vastgesteld);
        let concept = casus.conceptplan(Plansoort::Veiligheidsplan).unwrap();
        assert_eq!((concept.versie, concept.status), (2, Planstatus::Concept));
        assert_eq!(concept.inhoud.evaluatie.datum, Some(d(2027, 2, 19)));
        assert_eq!(concept.inhoud.evaluatie.met_wie, "MDA++-tafel");
        let afspraak = concept.inhoud.doelen[0].afspraken.last().unwrap();
        assert_eq!(afspraak.id, ids[2]);
        assert_eq!(
            (
                afspraak.wie.as_str(),
                afspraak.wat.as_str(),
                afspraak.wanneer.as_str()
            ),
            ("Politie", "Meldt elk incident", "01-12-2026")
        );
        assert_eq!(afspraak.toezicht, toezicht);
        assert_eq!(afspraak.als_niet_nagekomen, "Terug naar het MDA++-overleg.");

        // Never twice: a second run changes nothing.
        let voor = casus.clone();
        let v =
            verwerk_actiepunten(&mut casus, &mut s.agenda[0], &toezicht, d(2026, 11, 20)).unwrap();
        assert!(v.is_empty());
        assert_eq!(casus, voor);
        // Even when the flag was lost, the afspraak and the moment are not added twice.
        for a in &mut s.agenda[0].actiepunten {
            a.verwerkt = false;
        }
        verwerk_actiepunten(&mut casus, &mut s.agenda[0], &toezicht, d(2026, 11, 20)).unwrap();
        assert_eq!(casus.monitoring.len(), voor.monitoring.len());
        assert_eq!(
            casus
                .conceptplan(Plansoort::Veiligheidsplan)
                .unwrap()
                .inhoud
                .doelen[0]
                .afspraken
                .len(),
            voor.conceptplan(Plansoort::Veiligheidsplan)
                .unwrap()
                .inhoud
                .doelen[0]
                .afspraken
                .len()
        );
    }

    #[test]
    fn zonder_plan_en_zonder_doel() {
        let mut casus = Casus::nieuw("M-2", "", Utc::now(), d(2046, 1, 1));
        let mut s = sessie_met(&casus);
        s.agenda[0].actiepunten = vec![actie(
            Actiesoort::Afspraak,
            "Jeugdhulp",
            "Start gezinsbehandeling",
            d(2026, 12, 15),
        )];
        let toezicht = s.toezicht();
        verwerk_actiepunten(&mut casus, &mut s.agenda[0], &toezicht, d(2026, 11, 19)).unwrap();
        let plan = casus.conceptplan(Plansoort::Veiligheidsplan).unwrap();
        assert_eq!(plan.versie, 1);
        assert_eq!(plan.inhoud.doelen.len(), 1);
        assert_eq!(plan.inhoud.doelen[0].tekst, DOEL_UIT_MDA);
        assert_eq!(
            plan.inhoud.doelen[0].afspraken[0].wat,
            "Start gezinsbehandeling"
        );
        assert!(crate::domain::valideer(&casus, d(2026, 11, 19)).is_empty());
    }

    #[test]
    fn ander_casus_en_dubbel_op_agenda() {
        let a = Casus::nieuw("A-1", "", Utc::now(), d(2046, 1, 1));
        let mut b = Casus::nieuw("B-1", "", Utc::now(), d(2046, 1, 1));
        let mut s = sessie_met(&a);
        assert_eq!(
            s.agenda_toevoegen(&a, "10:30", 30),
            Err(Sessiefout::AlOpAgenda { code: "A-1".into() })
        );
        assert_eq!(
            verwerk_actiepunten(&mut b, &mut s.agenda[0], "", d(2026, 11, 19)),
            Err(Sessiefout::AndereCasus)
        );
    }

    #[test]
    fn wijzigingen_na_afronden() {
        let casus = Casus::nieuw("A-1", "", Utc::now(), d(2046, 1, 1));
        let mut oud = sessie_met(&casus);
        oud.agenda[0].actiepunten.push(actie(
            Actiesoort::Monitoring,
            "VT",
            "Bezoek",
            d(2026, 12, 1),
        ));
        // A save may not make a sessie afgerond or mark actiepunten verwerkt.
        let mut n = oud.clone();
        n.agenda[0].actiepunten[0].verwerkt = true;
        assert_eq!(
            controleer_sessiewijzigingen(&oud, &n),
            Err(Sessiefout::NietTeWijzigen)
        );
        let mut n = oud.clone();
        n.markeer_afgerond(Utc::now()).unwrap();
        assert_eq!(
            controleer_sessiewijzigingen(&oud, &n),
            Err(Sessiefout::NietTeWijzigen)
        );
        // Once afgerond: the samenvatting may be corrected, a verwerkt actiepunt not.
        oud.markeer_afgerond(Utc::now()).unwrap();
        oud.agenda[0].actiepunten[0].verwerkt = true;
        let mut n = oud.clone();
        n.samenvatting = "Aangevuld".into();
        assert_eq!(controleer_sessiewijzigingen(&oud, &n), Ok(()));
        n.agenda[0].actiepunten[0].wanneer = d(2027, 1, 1);
        assert_eq!(
            controleer_sessiewijzigingen(&oud, &n),
            Err(Sessiefout::Vastgelegd)
        );
        let mut n = oud.clone();
        n.agenda.clear();
        assert_eq!(
            controleer_sessiewijzigingen(&oud, &n),
            Err(Sessiefout::Vastgelegd)
        );
        assert_eq!(
            oud.clone().markeer_afgerond(Utc::now()),
            Err(Sessiefout::AlAfgerond)
        );
    }

    #[test]
    fn validatie_met_paden() {
        let casus = Casus::nieuw("A-1", "", Utc::now(), d(2046, 1, 1));
        let geldig = sessie_met(&casus);
        assert_eq!(valideer_sessie(&geldig), vec![]);
        let check = |wijzig: &dyn Fn(&mut Sessie), verwacht: &[(&str, &str)]| {
            let mut s = geldig.clone();
            wijzig(&mut s);
            let gevonden: Vec<(String, String)> = valideer_sessie(&s)
                .into_iter()
                .map(|p| (p.pad, p.melding))
                .collect();
            let verwacht: Vec<(String, String)> = verwacht
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect();
            assert_eq!(gevonden, verwacht);
        };
        check(
            &|s| s.voorzitter = " ".into(),
            &[("voorzitter", "Dit veld is verplicht maar leeg.")],
        );
        check(
            &|s| {
                s.datum = d(1899, 12, 31);
                s.agenda[0].actiepunten.push(Actiepunt {
                    id: Uuid::new_v4(),
                    wie: "Wijkteam".into(),
                    wat: "Huisbezoek".into(),
                    wanneer: d(202, 1, 5),
                    soort: Actiesoort::Afspraak,
                    verwerkt: false,
                });
            },
            &[
                (
                    "datum",
                    "De datum 31-12-1899 ligt vóór 1900: vul een datum vanaf 01-01-1900 in.",
                ),
                (
                    "agenda[0].actiepunten[0].wanneer",
                    "De datum 05-01-0202 ligt vóór 1900: vul een datum vanaf 01-01-1900 in.",
                ),
            ],
        );
        check(
            &|s| s.agenda[0].begintijd = "9:3".into(),
            &[(
                "agenda[0].begintijd",
                "Geen geldige tijd: schrijf uren en minuten als 09:30.",
            )],
        );
        check(
            &|s| s.agenda[0].begintijd = "24:00".into(),
            &[(
                "agenda[0].begintijd",
                "Geen geldige tijd: schrijf uren en minuten als 09:30.",
            )],
        );
        check(
            &|s| s.agenda[0].duur_minuten = 0,
            &[(
                "agenda[0].duurMinuten",
                "De duur loopt van 1 tot en met 480 minuten.",
            )],
        );
        check(
            &|s| {
                s.agenda[0].inbreng.push(Inbreng {
                    deelnemer_id: Uuid::new_v4(),
                    tekst: "Zorgen".into(),
                })
            },
            &[(
                "agenda[0].inbreng[0].deelnemerId",
                "Verwijst naar een deelnemer die niet in de sessie staat.",
            )],
        );
        check(
            &|s| {
                let a = s.agenda[0].clone();
                s.agenda.push(a);
            },
            &[(
                "agenda[1].casusId",
                "Deze casus staat al eerder op de agenda.",
            )],
        );
        check(
            &|s| {
                let mut a = actie(Actiesoort::Afspraak, "", "x", d(2026, 1, 1));
                a.id = s.deelnemers[0].id;
                a.verwerkt = true;
                s.agenda[0].actiepunten.push(a);
            },
            &[
                (
                    "agenda[0].actiepunten[0].id",
                    "Dubbele id: al eerder gebruikt in deze sessie.",
                ),
                (
                    "agenda[0].actiepunten[0].wie",
                    "Dit veld is verplicht maar leeg.",
                ),
                (
                    "agenda[0].actiepunten[0].verwerkt",
                    "Alleen een afgeronde sessie heeft verwerkte actiepunten.",
                ),
            ],
        );
        check(
            &|s| s.status = Sessiestatus::Gestart,
            &[(
                "gestart",
                "Een gestarte sessie moet zeggen wanneer ze begon.",
            )],
        );
        check(
            &|s| s.samenvatting = "x".repeat(MAX_TEKST_BYTES + 1),
            &[("samenvatting", "Te lang: hoogstens 1024 kB.")],
        );
    }

    #[test]
    fn json_in_camel_case() {
        let casus = Casus::nieuw("A-1", "", Utc::now(), d(2046, 1, 1));
        let s = sessie_met(&casus);
        let json = serde_json::to_value(&s).unwrap();
        assert_eq!(json["status"], "gepland");
        assert_eq!(json["agenda"][0]["casusCode"], "A-1");
        assert_eq!(json["agenda"][0]["duurMinuten"], 45);
        let terug: Sessie = serde_json::from_value(json).unwrap();
        assert_eq!(terug, s);
        let mut onbekend = serde_json::to_value(&s).unwrap();
        onbekend["extra"] = serde_json::json!(1);
        assert!(serde_json::from_value::<Sessie>(onbekend).is_err());
    }

    #[test]
    fn tijdslot_and_next_begintijd_come_from_one_place() {
        let casus = Casus::nieuw("OEF-01", "Oefen", Utc::now(), d(2046, 1, 1));
        let mut s = Sessie::nieuw(d(2026, 11, 19), "V");
        assert_eq!(
            s.volgende_begintijd(),
            "09:00",
            "an empty agenda starts at nine"
        );
        s.agenda_toevoegen(&casus, "23:45", 30).unwrap();
        assert_eq!(
            s.agenda[0].tijdslot(),
            "23:45–00:15",
            "past midnight it wraps"
        );
        assert_eq!(s.volgende_begintijd(), "00:15");
        s.agenda[0].begintijd = "9:05".into();
        assert_eq!(s.agenda[0].tijdslot(), "09:05–09:35");
        s.agenda[0].begintijd = "na de lunch".into();
        assert_eq!(s.agenda[0].tijdslot(), "na de lunch");
        assert_eq!(s.agenda[0].eindtijd(), None);
        assert_eq!(s.volgende_begintijd(), "09:00");
        assert!(
            is_begintijd("09:30")
                && !is_begintijd("9:30")
                && !is_begintijd("24:00")
                && !is_begintijd("09:60")
        );
        assert!(
            is_duur(1)
                && is_duur(MAX_DUUR_MINUTEN)
                && !is_duur(0)
                && !is_duur(MAX_DUUR_MINUTEN + 1)
        );
    }

    #[test]
    fn an_afgeronde_sessie_changes_only_its_samenvatting() {
        let casus = Casus::nieuw("OEF-02", "Oefen", Utc::now(), d(2046, 1, 1));
        let mut oud = sessie_met(&casus);
        oud.markeer_afgerond(Utc::now()).unwrap();
        assert!(!oud.bewerkbaar());
        assert_eq!(
            oud.agendapunt_blijft(&oud.agenda[0]),
            Some(Blijft::Afgerond)
        );
        let mut nieuw = oud.clone();
        nieuw.samenvatting = "Besproken en vastgelegd.".into();
        assert_eq!(controleer_sessiewijzigingen(&oud, &nieuw), Ok(()));
        for wijzig in [
            (|s: &mut Sessie| s.agenda[0].weging = "later toegevoegd".into()) as fn(&mut Sessie),
            |s| s.voorzitter = "Iemand anders".into(),
            |s| s.deelnemers.clear(),
            |s| s.agenda[0].besluiten.push("nog een besluit".into()),
            |s| s.agenda[0].duur_minuten = 60,
        ] {
            let mut nieuw = oud.clone();
            wijzig(&mut nieuw);
            assert_eq!(
                controleer_sessiewijzigingen(&oud, &nieuw),
                Err(Sessiefout::Vastgelegd)
            );
        }
    }

    #[test]
    fn a_gearchiveerde_casus_does_not_go_on_the_agenda() {
        let mut casus = Casus::nieuw("OEF-03", "Oefen", Utc::now(), d(2046, 1, 1));
        casus.status = crate::domain::CasusStatus::Gearchiveerd;
        let mut s = Sessie::nieuw(d(2026, 11, 19), "V");
        assert_eq!(
            s.agenda_toevoegen(&casus, "09:00", 30),
            Err(Sessiefout::Gearchiveerd {
                code: "OEF-03".into()
            })
        );
        assert!(s.agenda.is_empty());
    }

    #[test]
    fn partner_limits_are_bytes_and_name_each_field() {
        let p = |naam: &str, org: &str, rol: &str| Overlegpartner {
            id: Uuid::new_v4(),
            naam: naam.into(),
            organisatie: org.into(),
            rol: rol.into(),
        };
        assert!(p("Sanne", "Veilig Thuis", "").problemen("p").is_empty());
        let paden = |x: Overlegpartner| {
            x.problemen("p")
                .into_iter()
                .map(|q| q.pad)
                .collect::<Vec<_>>()
        };
        assert_eq!(paden(p(" ", "", "")), ["p.naam", "p.organisatie"]);
        // 600 emoji are 600 characters but 2400 bytes: over the limit.
        assert_eq!(paden(p(&"👩🏽".repeat(300), "Org", "")), ["p.naam"]);
        assert_eq!(
            paden(p("Sanne", "Org", &"x".repeat(MAX_PARTNER_BYTES + 1))),
            ["p.rol"]
        );
        let dubbel = p("A", "B", "");
        let lijst = [dubbel.clone(), dubbel];
        assert_eq!(
            valideer_partners(&lijst)
                .into_iter()
                .map(|q| q.pad)
                .collect::<Vec<_>>(),
            ["partners[1].id"]
        );
    }

    #[test]
    fn the_afronden_overview_names_each_casus_and_skips_none() {
        let a = Casus::nieuw("OEF-04", "A", Utc::now(), d(2046, 1, 1));
        let b = Casus::nieuw("OEF-05", "B", Utc::now(), d(2046, 1, 1));
        let mut s = Sessie::nieuw(d(2026, 11, 19), "V");
        s.agenda_toevoegen(&a, "09:00", 30).unwrap();
        s.agenda_toevoegen(&b, "09:30", 30).unwrap();
        s.agenda[0]
            .actiepunten
            .push(actie(Actiesoort::Monitoring, "wie", "wat", d(2026, 12, 1)));
        s.agenda[0]
            .actiepunten
            .push(actie(Actiesoort::Monitoring, "wie", "wat", d(2026, 12, 8)));
        s.agenda[0]
            .actiepunten
            .push(actie(Actiesoort::Afspraak, "wie", "wat", d(2026, 12, 8)));
        s.agenda[1]
            .actiepunten
            .push(actie(Actiesoort::Evaluatie, "wie", "wat", d(2027, 2, 1)));
        let b_id = b.id;
        let regels = s.afronden_overzicht(|id| (id != b_id).then(|| "OEF-04-NU".to_string()));
        let teksten: Vec<_> = regels.iter().map(|r| r.tekst.as_str()).collect();
        assert_eq!(
            teksten,
            [
                "3 actiepunten gaan naar OEF-04-NU: 1 afspraak, 2 monitoringmomenten",
                "1 actiepunt blijft open: casus OEF-05 bestaat niet meer (1 evaluatie)",
            ]
        );
        assert!(regels[0].bestaat && !regels[1].bestaat);
    }

    #[test]
    fn the_voorzitter_is_held_to_a_name_limit() {
        let mut s = Sessie::nieuw(d(2026, 11, 19), "ر".repeat(MAX_PARTNER_BYTES / 2));
        assert!(valideer_sessie(&s).is_empty(), "exactly at the limit");
        s.voorzitter.push('x');
        let p = valideer_sessie(&s);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].pad, "voorzitter");
        assert!(p[0].melding.contains("2000 bytes"), "{}", p[0].melding);
    }
}
