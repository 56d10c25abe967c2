//! Plans: the veiligheidsplan (phase 1, active throughout), the hulpverleningsplan (phase 2) and
//! the herstelplan (phase 3) — one shape, versioned, and tracked to every party who should have it.
//! [DOMAIN: Plans; src: Veilig Thuis Utrecht veiligheidsplan format; seed 004]
//!
//! Versions: concept → vastgesteld (then immutable) → vervangen by a newer vastgesteld version.
//! A change to a vastgesteld plan is made in a new concept version, which starts as a copy. The
//! rules live here so every path that writes a casus (the app, the CLI, an import) keeps them:
//! [`controleer_planwijzigingen`] compares what is stored with what is about to be stored.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use thiserror::Error;
use uuid::Uuid;

use super::{Casus, Fase, Methodeinstellingen, Rol, monitoringmomenten_na_plan};

/// Veilig Thuis: free, day and night. [DOMAIN: Plans]
pub const VEILIG_THUIS_NUMMER: &str = "0800-2000";
/// The emergency number.
pub const ALARMNUMMER: &str = "112";

/// The three plans of gefaseerde ketenzorg.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub enum Plansoort {
    /// Phase 1, and active throughout.
    Veiligheidsplan,
    /// Phase 2: risicogestuurde zorg.
    Hulpverleningsplan,
    /// Phase 3: herstel (toekomstplan).
    Herstelplan,
}

impl Plansoort {
    /// All three, in the order of the phases.
    pub const ALLE: [Plansoort; 3] = [
        Plansoort::Veiligheidsplan,
        Plansoort::Hulpverleningsplan,
        Plansoort::Herstelplan,
    ];

    /// The phase whose doelen fill this plan.
    pub fn fase(self) -> Fase {
        match self {
            Plansoort::Veiligheidsplan => Fase::DirecteVeiligheid,
            Plansoort::Hulpverleningsplan => Fase::StabieleVeiligheid,
            Plansoort::Herstelplan => Fase::Herstel,
        }
    }
}

/// Where a plan version is in its life.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub enum Planstatus {
    /// Being written; can change.
    #[default]
    Concept,
    /// Agreed; never changes again.
    Vastgesteld,
    /// A newer version of the same plan was vastgesteld.
    Vervangen,
}

/// One version of one plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Plan {
    /// Stable identity of this version.
    pub id: Uuid,
    /// Which plan.
    pub soort: Plansoort,
    /// 1, 2, 3… per soort.
    pub versie: u32,
    /// Concept, vastgesteld or vervangen.
    pub status: Planstatus,
    /// When this version was started.
    pub aangemaakt: NaiveDate,
    /// When and by whom it was vastgesteld.
    pub vastgesteld: Option<Vaststelling>,
    /// What the plan says.
    pub inhoud: Planinhoud,
    /// Who received this version, and when. May be kept up to date after vaststellen.
    pub verspreiding: Vec<Verspreiding>,
}

/// When and by whom a plan was vastgesteld.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Vaststelling {
    /// The date.
    pub datum: NaiveDate,
    /// The professional (profile) who recorded it.
    pub door: String,
}

/// The content of a plan. [DOMAIN: Plans — Veilig Thuis Utrecht's format]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Planinhoud {
    /// Who made the plan, the family included.
    pub opgesteld_met: Vec<Deelnemer>,
    /// Conditions that must hold (e.g. set by Veilig Thuis).
    pub veiligheidsvoorwaarden: Vec<String>,
    /// The doelen, each traced to a top-3 situation, with their afspraken.
    pub doelen: Vec<Plandoel>,
    /// Signals that things go wrong again, and what to do then.
    pub signalen: Vec<Signaalafspraak>,
    /// The network that supports and checks.
    pub netwerk: Vec<Netwerkpersoon>,
    /// Numbers to call (112 and Veilig Thuis are filled in for a new plan).
    pub noodnummers: Vec<Noodnummer>,
    /// When the plan is evaluated, and with whom.
    pub evaluatie: Evaluatie,
    /// Who holds casusregie. [seed 004]
    pub casusregisseur: String,
    /// Print signature boxes for the participants.
    pub ondertekening: bool,
}

/// Someone who made the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Deelnemer {
    /// Name.
    pub naam: String,
    /// Role or organisation ("moeder", "wijkteam", "Veilig Thuis").
    pub rol: String,
    /// The betrokkene, when the participant is one.
    pub betrokkene_id: Option<Uuid>,
}

/// A doel in the plan, traced to the top-3 situation it answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Plandoel {
    /// Stable identity.
    pub id: Uuid,
    /// The doel.
    pub tekst: String,
    /// The onveilige situatie (informatie-item) it traces to.
    pub situatie_id: Option<Uuid>,
    /// The situation's text as it was when the plan was written (a vastgesteld plan keeps it).
    pub situatie: String,
    /// The top-3 doel it was taken from, if any.
    pub doel_id: Option<Uuid>,
    /// What is agreed to reach the doel.
    pub afspraken: Vec<Afspraak>,
}

/// An afspraak: who does what, when, who checks, and what happens if it is not kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Afspraak {
    /// Stable identity.
    pub id: Uuid,
    /// Who.
    pub wie: String,
    /// What.
    pub wat: String,
    /// When, or how often.
    pub wanneer: String,
    /// Who checks that it happens.
    pub toezicht: String,
    /// What happens when it is not kept.
    pub als_niet_nagekomen: String,
}

impl Afspraak {
    /// An empty afspraak.
    pub fn leeg() -> Self {
        Self {
            id: Uuid::new_v4(),
            wie: String::new(),
            wat: String::new(),
            wanneer: String::new(),
            toezicht: String::new(),
            als_niet_nagekomen: String::new(),
        }
    }
}

/// A signal and what to do when it appears.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Signaalafspraak {
    /// What one notices.
    pub signaal: String,
    /// What to do then.
    pub wat_dan: String,
}

/// Someone in the network who supports or checks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Netwerkpersoon {
    /// Name.
    pub naam: String,
    /// Relation to the family ("buurvrouw", "oma").
    pub rol: String,
    /// What this person does in the plan.
    pub taak: String,
    /// How to reach them.
    pub telefoon: String,
}

/// A number to call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Noodnummer {
    /// Who answers.
    pub naam: String,
    /// The number.
    pub nummer: String,
    /// When to call.
    pub wanneer: String,
}

/// When the plan is evaluated, and with whom.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Evaluatie {
    /// The date.
    pub datum: Option<NaiveDate>,
    /// With whom.
    pub met_wie: String,
}

/// One party that should receive a plan version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Verspreiding {
    /// Who (a betrokkene's name or a ketenpartner).
    pub partij: String,
    /// Role or organisation.
    pub rol: String,
    /// The betrokkene, when the party is one.
    pub betrokkene_id: Option<Uuid>,
    /// When they received this version; `None` = not yet.
    pub ontvangen_op: Option<NaiveDate>,
}

/// Why a plan operation was refused. Messages are Dutch and quote no case content.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Planfout {
    /// No plan version with this id.
    #[error("Dit plan bestaat niet (meer) in de casus. Er is niets gewijzigd.")]
    Onbekend,
    /// A concept of this soort exists already.
    #[error(
        "Er is al een concept van het {} (versie {versie}). Werk dat concept verder uit. Er is niets gewijzigd.",
        .soort.label()
    )]
    ConceptBestaatAl {
        /// Which plan.
        soort: Plansoort,
        /// The concept's version.
        versie: u32,
    },
    /// Only a concept can be changed or vastgesteld.
    #[error(
        "Versie {versie} van het {} is {} en kan niet meer worden gewijzigd. Maak een nieuwe versie om iets te veranderen. Er is niets gewijzigd.",
        .soort.label(),
        .status.label()
    )]
    NietTeWijzigen {
        /// Which plan.
        soort: Plansoort,
        /// Its version.
        versie: u32,
        /// Its status.
        status: Planstatus,
    },
    /// The concept is not complete enough to vaststellen.
    #[error("Het plan kan nog niet worden vastgesteld: {}. Er is niets gewijzigd.", .ontbreekt.join("; "))]
    Onvolledig {
        /// What is missing, one Dutch phrase each.
        ontbreekt: Vec<String>,
    },
    /// A stored vastgesteld or vervangen version may not disappear.
    #[error(
        "Versie {versie} van het {} is {} en kan niet worden verwijderd. Er is niets gewijzigd.",
        .soort.label(),
        .status.label()
    )]
    NietTeVerwijderen {
        /// Which plan.
        soort: Plansoort,
        /// Its version.
        versie: u32,
        /// Its status.
        status: Planstatus,
    },
    /// The status changed in a way only the plan's own operations may change it.
    #[error(
        "Versie {versie} van het {} mag niet op deze manier van status veranderen. Er is niets gewijzigd.",
        .soort.label()
    )]
    OngeldigeStatus {
        /// Which plan.
        soort: Plansoort,
        /// Its version.
        versie: u32,
    },
}

impl Plan {
    /// What must still be filled in before this plan can be vastgesteld; empty when ready.
    pub fn ontbreekt(&self) -> Vec<String> {
        let i = &self.inhoud;
        let mut uit = Vec::new();
        if !i.opgesteld_met.iter().any(|d| !d.naam.trim().is_empty()) {
            uit.push("vul in met wie het plan is opgesteld".to_string());
        }
        let doelen: Vec<&Plandoel> = i
            .doelen
            .iter()
            .filter(|d| !d.tekst.trim().is_empty())
            .collect();
        if doelen.is_empty() {
            uit.push("het plan heeft nog geen doel".to_string());
        }
        if i.doelen.iter().any(|d| d.tekst.trim().is_empty()) {
            uit.push("een doel is nog leeg".to_string());
        }
        if !i.doelen.iter().any(|d| !d.afspraken.is_empty()) {
            uit.push("er is nog geen afspraak".to_string());
        }
        if i.doelen
            .iter()
            .flat_map(|d| &d.afspraken)
            .any(|a| a.wie.trim().is_empty() || a.wat.trim().is_empty())
        {
            uit.push("bij een afspraak ontbreekt wie of wat".to_string());
        }
        if i.evaluatie.datum.is_none() {
            uit.push("kies een evaluatiedatum".to_string());
        }
        if i.casusregisseur.trim().is_empty() {
            uit.push("noem de casusregisseur".to_string());
        }
        uit
    }

    /// The parties who have not yet received this version.
    pub fn niet_ontvangen(&self) -> impl Iterator<Item = &Verspreiding> {
        self.verspreiding
            .iter()
            .filter(|v| v.ontvangen_op.is_none())
    }

    fn fout_niet_te_wijzigen(&self) -> Planfout {
        Planfout::NietTeWijzigen {
            soort: self.soort,
            versie: self.versie,
            status: self.status,
        }
    }
}

/// The standard numbers for a new plan: 112 and Veilig Thuis. [DOMAIN: Plans]
pub fn standaard_noodnummers() -> Vec<Noodnummer> {
    vec![
        Noodnummer {
            naam: "Politie, ambulance, brandweer".into(),
            nummer: ALARMNUMMER.into(),
            wanneer: "Bij direct gevaar.".into(),
        },
        Noodnummer {
            naam: "Veilig Thuis".into(),
            nummer: VEILIG_THUIS_NUMMER.into(),
            wanneer: "Voor advies of een melding; gratis, dag en nacht bereikbaar.".into(),
        },
    ]
}

impl Casus {
    /// The plan version with this id.
    pub fn plan(&self, id: Uuid) -> Option<&Plan> {
        self.plannen.iter().find(|p| p.id == id)
    }

    /// The current vastgesteld version of this plan, if any.
    pub fn vastgesteld_plan(&self, soort: Plansoort) -> Option<&Plan> {
        self.plannen
            .iter()
            .find(|p| p.soort == soort && p.status == Planstatus::Vastgesteld)
    }

    /// The concept version of this plan, if any.
    pub fn conceptplan(&self, soort: Plansoort) -> Option<&Plan> {
        self.plannen
            .iter()
            .find(|p| p.soort == soort && p.status == Planstatus::Concept)
    }

    /// Whether a veiligheidsplan has been vastgesteld (the fasepoort asks). [seed 003]
    pub fn veiligheidsplan_vastgesteld(&self) -> bool {
        self.vastgesteld_plan(Plansoort::Veiligheidsplan).is_some()
    }

    /// Start a new concept version of this plan: a copy of the current vastgesteld version when
    /// there is one, else prefilled from the casus — its top 3 and doelen, the adults and the
    /// network among the betrokkenen, the casusregisseur, 112 and Veilig Thuis.
    pub fn plan_nieuw(&mut self, soort: Plansoort, vandaag: NaiveDate) -> Result<Uuid, Planfout> {
        if let Some(c) = self.conceptplan(soort) {
            return Err(Planfout::ConceptBestaatAl {
                soort,
                versie: c.versie,
            });
        }
        let versie = self
            .plannen
            .iter()
            .filter(|p| p.soort == soort)
            .map(|p| p.versie)
            .max()
            .unwrap_or(0)
            + 1;
        let inhoud = match self.vastgesteld_plan(soort) {
            Some(vorig) => vorig.inhoud.clone(),
            None => self.planinhoud_uit_top3(soort, vandaag),
        };
        let plan = Plan {
            id: Uuid::new_v4(),
            soort,
            versie,
            status: Planstatus::Concept,
            aangemaakt: vandaag,
            vastgesteld: None,
            inhoud,
            verspreiding: Vec::new(),
        };
        let id = plan.id;
        self.plannen.push(plan);
        Ok(id)
    }

    /// The content a first plan starts with.
    fn planinhoud_uit_top3(&self, soort: Plansoort, vandaag: NaiveDate) -> Planinhoud {
        let mut doelen = Vec::new();
        for plaats in &self.top3.plaatsen {
            let situatie = self.situatietekst(plaats.situatie_id);
            let mut eigen = plaats
                .doelen
                .iter()
                .filter(|d| d.fase == soort.fase())
                .peekable();
            if eigen.peek().is_none() {
                doelen.push(Plandoel {
                    id: Uuid::new_v4(),
                    tekst: String::new(),
                    situatie_id: Some(plaats.situatie_id),
                    situatie: situatie.clone(),
                    doel_id: None,
                    afspraken: Vec::new(),
                });
            }
            for d in eigen {
                doelen.push(Plandoel {
                    id: Uuid::new_v4(),
                    tekst: d.tekst.clone(),
                    situatie_id: Some(plaats.situatie_id),
                    situatie: situatie.clone(),
                    doel_id: Some(d.id),
                    afspraken: Vec::new(),
                });
            }
        }
        let opgesteld_met = self
            .betrokkenen
            .iter()
            .filter(|b| b.is_volwassen(vandaag) && !b.heeft_rol(Rol::Netwerk))
            .map(|b| Deelnemer {
                naam: b.naam.clone(),
                rol: rollen_tekst(&b.rollen),
                betrokkene_id: Some(b.id),
            })
            .collect();
        let netwerk = self
            .betrokkenen
            .iter()
            .filter(|b| b.heeft_rol(Rol::Netwerk))
            .map(|b| Netwerkpersoon {
                naam: b.naam.clone(),
                rol: rollen_tekst(&b.rollen),
                taak: String::new(),
                telefoon: String::new(),
            })
            .collect();
        Planinhoud {
            opgesteld_met,
            veiligheidsvoorwaarden: Vec::new(),
            doelen,
            signalen: Vec::new(),
            netwerk,
            noodnummers: standaard_noodnummers(),
            evaluatie: Evaluatie::default(),
            casusregisseur: self.casusregisseur().unwrap_or_default().to_string(),
            ondertekening: true,
        }
    }

    fn situatietekst(&self, id: Uuid) -> String {
        self.informatie_item(id)
            .map(|i| i.tekst.clone())
            .unwrap_or_default()
    }

    /// The concept with this id, for changing it.
    pub fn conceptplan_mut(&mut self, id: Uuid) -> Result<&mut Plan, Planfout> {
        let plan = self
            .plannen
            .iter_mut()
            .find(|p| p.id == id)
            .ok_or(Planfout::Onbekend)?;
        if plan.status != Planstatus::Concept {
            return Err(plan.fout_niet_te_wijzigen());
        }
        Ok(plan)
    }

    /// Vaststellen: the concept becomes the plan everyone works with, immutable from now on; the
    /// previous vastgesteld version becomes vervangen. Each participant is put on the
    /// verspreiding list; the first veiligheidsplan also plans the monitoring moments (3 and 12
    /// months) when the casus has none. [seed 001]
    pub fn plan_vaststellen(
        &mut self,
        id: Uuid,
        datum: NaiveDate,
        door: &str,
        inst: &Methodeinstellingen,
    ) -> Result<(), Planfout> {
        let situaties: Vec<(Uuid, String)> = self
            .informatie
            .iter()
            .map(|i| (i.id, i.tekst.clone()))
            .collect();
        let plan = self.conceptplan_mut(id)?;
        let ontbreekt = plan.ontbreekt();
        if !ontbreekt.is_empty() {
            return Err(Planfout::Onvolledig { ontbreekt });
        }
        for doel in &mut plan.inhoud.doelen {
            if let Some(tekst) = doel
                .situatie_id
                .and_then(|s| situaties.iter().find(|(id, _)| *id == s))
                .map(|(_, t)| t.clone())
            {
                doel.situatie = tekst;
            }
        }
        if plan.verspreiding.is_empty() {
            plan.verspreiding = plan
                .inhoud
                .opgesteld_met
                .iter()
                .filter(|d| !d.naam.trim().is_empty())
                .map(|d| Verspreiding {
                    partij: d.naam.clone(),
                    rol: d.rol.clone(),
                    betrokkene_id: d.betrokkene_id,
                    ontvangen_op: None,
                })
                .collect();
        }
        plan.status = Planstatus::Vastgesteld;
        plan.vastgesteld = Some(Vaststelling {
            datum,
            door: door.to_string(),
        });
        let soort = plan.soort;
        for ander in &mut self.plannen {
            if ander.id != id && ander.soort == soort && ander.status == Planstatus::Vastgesteld {
                ander.status = Planstatus::Vervangen;
            }
        }
        if soort == Plansoort::Veiligheidsplan && self.monitoring.is_empty() {
            self.monitoring = monitoringmomenten_na_plan(datum, inst);
        }
        Ok(())
    }

    /// Remove a concept version (a vastgesteld version stays forever).
    pub fn plan_verwijder_concept(&mut self, id: Uuid) -> Result<(), Planfout> {
        self.conceptplan_mut(id)?;
        self.plannen.retain(|p| p.id != id);
        Ok(())
    }
}

fn rollen_tekst(rollen: &[Rol]) -> String {
    rollen
        .iter()
        .map(|r| r.label())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The rule every write obeys: a vastgesteld or vervangen version never changes (only its
/// verspreiding may be kept up to date) and never disappears; a concept becomes vastgesteld only
/// when complete; a version becomes vervangen only when a newer one of the same plan is
/// vastgesteld. `oud` is what is stored, `nieuw` what is about to be.
pub fn controleer_planwijzigingen(oud: &Casus, nieuw: &Casus) -> Result<(), Planfout> {
    for o in &oud.plannen {
        let n = nieuw.plan(o.id);
        if o.status == Planstatus::Concept {
            if let Some(n) = n {
                controleer_nieuwe_status(o.status, n, nieuw)?;
            }
            continue;
        }
        let Some(n) = n else {
            return Err(Planfout::NietTeVerwijderen {
                soort: o.soort,
                versie: o.versie,
                status: o.status,
            });
        };
        if n.soort != o.soort
            || n.versie != o.versie
            || n.aangemaakt != o.aangemaakt
            || n.vastgesteld != o.vastgesteld
            || n.inhoud != o.inhoud
        {
            return Err(o.fout_niet_te_wijzigen());
        }
        controleer_nieuwe_status(o.status, n, nieuw)?;
    }
    for n in nieuw.plannen.iter().filter(|n| oud.plan(n.id).is_none()) {
        controleer_nieuwe_status(Planstatus::Concept, n, nieuw)?;
    }
    Ok(())
}

fn controleer_nieuwe_status(was: Planstatus, n: &Plan, casus: &Casus) -> Result<(), Planfout> {
    let ongeldig = Planfout::OngeldigeStatus {
        soort: n.soort,
        versie: n.versie,
    };
    match (was, n.status) {
        (a, b) if a == b => Ok(()),
        (Planstatus::Concept, Planstatus::Vastgesteld) => {
            let ontbreekt = n.ontbreekt();
            if !ontbreekt.is_empty() {
                Err(Planfout::Onvolledig { ontbreekt })
            } else if n.vastgesteld.is_none() {
                Err(ongeldig)
            } else {
                Ok(())
            }
        }
        (Planstatus::Vastgesteld, Planstatus::Vervangen) => {
            let opvolger = casus.plannen.iter().any(|p| {
                p.soort == n.soort && p.versie > n.versie && p.status == Planstatus::Vastgesteld
            });
            if opvolger { Ok(()) } else { Err(ongeldig) }
        }
        _ => Err(ongeldig),
    }
}
