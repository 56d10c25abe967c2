//! What the method derives from a casus today, computed once here and sent with every werkblad,
//! so that the UI shows it and keeps no copy of a rule: per betrokkene whether the kindcheck
//! applies, per onveilige situatie whether it is concreet, which situations the top 3 takes, per
//! plan what is still missing, and the settings in force. Every fact comes from a domain rule
//! (`domain::…`); this module only collects them.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::domain::benamingen::{aantal, datum_tekst};
use crate::domain::{
    Casus, Categorie, Concretisering, Fase, Kindcheck, Methodeinstellingen, Monitoringstatus,
    NieuwPlan, Plansoort, TOP3_MAXIMUM,
};

/// The derived facts of one casus on one day. **Contract:** the UI renders these and never
/// recomputes them; a rule that the UI needs goes here, not into TypeScript.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Afgeleid {
    /// The day the rules were applied to (the computer's local date): also the date the UI gives
    /// a new kindcheck, score or verspreiding.
    pub vandaag: NaiveDate,
    /// The thresholds and periods in force (the veiligheidsdrempel of the chart, for one).
    pub instellingen: Methodeinstellingen,
    /// Per betrokkene, in the order of the casus.
    pub betrokkenen: Vec<BetrokkeneFeiten>,
    /// Per onveilige situatie, in the order of the informatie.
    pub situaties: Vec<SituatieFeiten>,
    pub top3: Top3Feiten,
    /// Per plan version, in the order of the casus.
    pub plannen: Vec<PlanFeiten>,
    /// Per plan (the three soorten, in the order of the phases): its versions and choices.
    pub plansoorten: Vec<PlansoortFeiten>,
    /// The plan of the current phase (the one to open first).
    pub eigen_plansoort: Plansoort,
    /// One line on the plan of the current phase, for the workspace's rail.
    pub plan_stand: String,
    /// Where the casus can go from its phase, in the method's order.
    pub fasekeuzes: Vec<Fasekeuze>,
    /// Per monitoring moment, by date: where it stands today, in words.
    pub monitoring: Vec<MonitoringFeiten>,
}

/// Where one monitoring moment stands today.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct MonitoringFeiten {
    pub id: Uuid,
    pub status: Monitoringstatus,
    /// "Monitoring na 3 maanden · gepland op 12-02-2027 · te laat: 4 dagen".
    pub tekst: String,
}

/// One phase the casus can move to.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Fasekeuze {
    pub naar: Fase,
    /// Back to an earlier phase (when violence returns): an onderbouwing, no fasepoort.
    pub terug: bool,
    /// The move passes the fasepoort (its conditions are shown).
    pub door_poort: bool,
    /// The fasepoort is not open: the move needs an afwijkingsreden.
    pub afwijkingsreden_nodig: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct BetrokkeneFeiten {
    pub id: Uuid,
    /// Minor today: the explicit answer, else what the age decides; `null` when the age leaves it
    /// open (a birth year of 18 years ago) or is unknown.
    pub minderjarig: Option<bool>,
    /// Whether the kindcheck applies: every adult; an open or unknown age counts as adult, except
    /// for a betrokkene with the role Kind.
    pub kindcheck_nodig: bool,
    /// The latest kindcheck (latest date; on the same date the one entered last).
    pub laatste_kindcheck: Option<Kindcheck>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SituatieFeiten {
    /// The onveilige situatie (informatie-item id).
    pub informatie_id: Uuid,
    /// Wie, tegen wie, wat and wanneer are all known.
    pub concreet: bool,
    /// The parts still missing ("tegen wie", "wanneer"), in the method's words.
    pub ontbreekt: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Top3Feiten {
    /// Never more than this many situations.
    pub maximum: u32,
    /// The maximum is reached: no situation can be added.
    pub vol: bool,
    /// The onveilige situaties not in the top 3 yet (the top 3 takes one while not `vol`).
    pub kandidaten: Vec<Uuid>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PlanFeiten {
    pub id: Uuid,
    /// What must still be filled in before this version can be vastgesteld (a concept only;
    /// empty when ready).
    pub ontbreekt: Vec<String>,
    /// Only a concept's content can change.
    pub bewerkbaar: bool,
    /// Whether its verspreiding is kept up to date (every version that was vastgesteld).
    pub verspreiding_bijhouden: bool,
    /// Per doel of the plan: its trail to the top 3 ("Gaat over top-3 situatie 1: …"), if any.
    pub sporen: Vec<DoelSpoor>,
    /// The places in `inhoud.noodnummers` of the numbers a veiligheidsplan always carries (112,
    /// Veilig Thuis): the editor offers no "verwijderen" for them.
    pub vaste_noodnummers: Vec<u32>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PlansoortFeiten {
    pub soort: Plansoort,
    /// Every version (plan id), newest first.
    pub versies: Vec<Uuid>,
    /// The version to show first: the concept, else the vastgesteld one, else the newest.
    pub huidig: Option<Uuid>,
    /// What "new" does now; `null` while a concept exists.
    pub nieuw: Option<NieuwPlan>,
    /// The version "Alle plannen exporteren" takes: the vastgesteld one, else the newest concept.
    pub export: Option<Uuid>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct DoelSpoor {
    /// The plandoel.
    pub doel_id: Uuid,
    pub spoor: Option<String>,
}

/// Collect the facts of `casus` on `vandaag` under `instellingen`.
pub fn afleiden(casus: &Casus, vandaag: NaiveDate, instellingen: &Methodeinstellingen) -> Afgeleid {
    let mut momenten: Vec<_> = casus.monitoring.iter().collect();
    momenten.sort_by_key(|m| m.datum);
    let monitoring = momenten
        .into_iter()
        .map(|m| {
            let status = m.status(vandaag, instellingen);
            let stand = match (status, m.gedaan) {
                (Monitoringstatus::Gedaan, Some(d)) => format!("gedaan op {}", datum_tekst(d)),
                (Monitoringstatus::TeLaat { dagen }, _) => format!(
                    "te laat: {}",
                    aantal(dagen.unsigned_abs() as usize, "dag", "dagen")
                ),
                (Monitoringstatus::AanDeBeurt, _) => "aan de beurt".to_string(),
                _ => "gepland".to_string(),
            };
            MonitoringFeiten {
                id: m.id,
                status,
                tekst: format!(
                    "Monitoring {} · gepland op {} · {stand}",
                    m.soort.label(),
                    datum_tekst(m.datum)
                ),
            }
        })
        .collect();
    Afgeleid {
        monitoring,
        vandaag,
        instellingen: instellingen.clone(),
        betrokkenen: casus
            .betrokkenen
            .iter()
            .map(|b| BetrokkeneFeiten {
                id: b.id,
                minderjarig: b.is_minderjarig(vandaag),
                kindcheck_nodig: b.is_volwassen(vandaag),
                laatste_kindcheck: casus.laatste_kindcheck(b.id).cloned(),
            })
            .collect(),
        situaties: casus
            .informatie
            .iter()
            .filter(|i| i.categorie == Categorie::OnveiligeSituatie)
            .map(|i| {
                let ontbreekt = casus
                    .concretisering(i.id)
                    .map(|k| k.ontbrekende_delen())
                    .unwrap_or_else(|| Concretisering::voor(i.id).ontbrekende_delen());
                SituatieFeiten {
                    informatie_id: i.id,
                    concreet: ontbreekt.is_empty(),
                    ontbreekt: ontbreekt.iter().map(|d| d.label().to_string()).collect(),
                }
            })
            .collect(),
        top3: Top3Feiten {
            maximum: TOP3_MAXIMUM as u32,
            vol: casus.top3.vol(),
            kandidaten: casus.top3_kandidaten(),
        },
        plannen: casus
            .plannen
            .iter()
            .map(|p| PlanFeiten {
                id: p.id,
                ontbreekt: if p.bewerkbaar() {
                    p.ontbreekt()
                } else {
                    Vec::new()
                },
                bewerkbaar: p.bewerkbaar(),
                verspreiding_bijhouden: p.verspreiding_bijhouden(),
                sporen: p
                    .inhoud
                    .doelen
                    .iter()
                    .map(|d| DoelSpoor {
                        doel_id: d.id,
                        spoor: d.spoor(&casus.top3),
                    })
                    .collect(),
                vaste_noodnummers: p
                    .vaste_noodnummers()
                    .into_iter()
                    .map(|i| u32::try_from(i).unwrap_or(u32::MAX))
                    .collect(),
            })
            .collect(),
        plansoorten: Plansoort::ALLE
            .into_iter()
            .map(|soort| {
                let mut versies: Vec<_> =
                    casus.plannen.iter().filter(|p| p.soort == soort).collect();
                versies.sort_by_key(|p| std::cmp::Reverse(p.versie));
                PlansoortFeiten {
                    soort,
                    versies: versies.iter().map(|p| p.id).collect(),
                    huidig: casus.huidig_plan(soort).map(|p| p.id),
                    nieuw: casus.nieuw_plan(soort),
                    export: casus.plan_voor_export(soort, None).ok().map(|p| p.id),
                }
            })
            .collect(),
        eigen_plansoort: Plansoort::van_fase(casus.fase),
        plan_stand: casus.plan_stand(),
        fasekeuzes: {
            let open = casus.fasepoort(instellingen).is_open();
            casus
                .fasekeuzes()
                .into_iter()
                .map(|naar| {
                    let door_poort = casus.door_fasepoort(naar);
                    Fasekeuze {
                        naar,
                        terug: naar < casus.fase,
                        door_poort,
                        afwijkingsreden_nodig: door_poort && !open,
                    }
                })
                .collect()
        },
    }
}
