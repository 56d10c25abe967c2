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

use super::{
    Casus, Fase, JaNeeOnbekend, Methodeinstellingen, Rol, Top3, monitoringmomenten_na_plan,
    partijsleutel,
};

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

    /// The plan whose doelen belong to `fase` (and so the one to open first).
    pub fn van_fase(fase: Fase) -> Plansoort {
        Plansoort::ALLE
            .into_iter()
            .find(|s| s.fase() == fase)
            .unwrap_or(Plansoort::Veiligheidsplan)
    }

    /// The phase whose doelen fill this plan.
    pub fn fase(self) -> Fase {
        match self {
            Plansoort::Veiligheidsplan => Fase::DirecteVeiligheid,
            Plansoort::Hulpverleningsplan => Fase::StabieleVeiligheid,
            Plansoort::Herstelplan => Fase::Herstel,
        }
    }
}

/// What starting a plan does ([`Casus::nieuw_plan`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum NieuwPlan {
    /// The first version, prefilled from the top 3.
    UitTop3,
    /// A new version, a copy of the vastgesteld one.
    NieuweVersie,
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
    /// Whether the plan was discussed with the family and whether they agree; like the
    /// verspreiding, kept up to date after vaststellen. [seed 000, 002: gezinsgericht]
    #[serde(default)]
    pub bespreking: Option<Gezinsbespreking>,
}

/// The plan discussed with the family: when, whether they agree, and what they said.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Gezinsbespreking {
    /// When.
    pub datum: NaiveDate,
    /// Whether they agree with the plan (ja, nee, onbekend).
    pub akkoord: JaNeeOnbekend,
    /// What they said; required when they do not agree.
    pub toelichting: String,
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
    /// The doel in the family's words, for the gezinsversie (empty: `tekst` in plain words).
    #[serde(default)]
    pub gewone_taal: String,
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
    /// What is agreed in the family's words, for the gezinsversie (empty: `wat` in plain words).
    #[serde(default)]
    pub gewone_taal: String,
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
            gewone_taal: String::new(),
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

impl Noodnummer {
    /// Whether this is `nummer`, whatever the spacing or dashes ("0800 2000" is 0800-2000).
    pub fn is_nummer(&self, nummer: &str) -> bool {
        let cijfers = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
        !cijfers(nummer).is_empty() && cijfers(&self.nummer) == cijfers(nummer)
    }
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

impl Verspreiding {
    /// Whether two entries are one party, which a verspreiding lists once: the same betrokkene,
    /// or — when either is not a betrokkene — the same name, ignoring case and surrounding
    /// spaces. Two betrokkenen who share initials stay two parties.
    pub fn zelfde_partij(&self, ander: &Verspreiding) -> bool {
        match (self.betrokkene_id, ander.betrokkene_id) {
            (Some(a), Some(b)) => a == b,
            _ => {
                let sleutel = partijsleutel(&self.partij);
                !sleutel.is_empty() && sleutel == partijsleutel(&ander.partij)
            }
        }
    }
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

impl Plandoel {
    /// The trail of this doel, as the plan on screen and its PDF show it: "Gaat over top-3 situatie
    /// 1: …" while the situation is in the top 3, else "Gaat over: …". The text is always the plan's
    /// own snapshot of the situation (a vastgesteld plan keeps what it said); a doel without one
    /// has no trail. \[ours]
    pub fn spoor(&self, top3: &Top3) -> Option<String> {
        let tekst = self.situatie.trim();
        if tekst.is_empty() {
            return None;
        }
        Some(match self.situatie_id.and_then(|s| top3.plaats_van(s)) {
            Some(plaats) => format!("Gaat over top-3 situatie {plaats}: {tekst}"),
            None => format!("Gaat over: {tekst}"),
        })
    }
}

impl Plan {
    /// Whether the content can change: only a concept's. (A change to another version is refused
    /// by [`controleer_planwijzigingen`].)
    pub fn bewerkbaar(&self) -> bool {
        self.status == Planstatus::Concept
    }

    /// Whether the verspreiding of this version is kept up to date: every version that was
    /// vastgesteld, also a vervangen one (who received it stays on record); a concept is not shared
    /// yet. The same rule [`controleer_planwijzigingen`] keeps on save.
    pub fn verspreiding_bijhouden(&self) -> bool {
        self.status != Planstatus::Concept
    }

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
        if self.soort == Plansoort::Veiligheidsplan {
            for (nummer, wie) in [
                (ALARMNUMMER, "112"),
                (VEILIG_THUIS_NUMMER, "Veilig Thuis (0800-2000)"),
            ] {
                if !i.noodnummers.iter().any(|n| n.is_nummer(nummer)) {
                    uit.push(format!("zet {wie} bij de noodnummers"));
                }
            }
        }
        uit
    }

    /// The noodnummers a veiligheidsplan always carries (112 and Veilig Thuis), by their place in
    /// `inhoud.noodnummers`: the editor offers no "verwijderen" for them. Empty for other plans.
    pub fn vaste_noodnummers(&self) -> Vec<usize> {
        if self.soort != Plansoort::Veiligheidsplan {
            return Vec::new();
        }
        [ALARMNUMMER, VEILIG_THUIS_NUMMER]
            .iter()
            .filter_map(|nummer| {
                self.inhoud
                    .noodnummers
                    .iter()
                    .position(|n| n.is_nummer(nummer))
            })
            .collect()
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

    /// One line on how far the plan of the current phase is (else the veiligheidsplan), for the
    /// workspace: "Veiligheidsplan 1: 2 van 3 gedeeld", "Hulpverleningsplan: concept versie 1",
    /// "Nog geen plan". \[ours]
    pub fn plan_stand(&self) -> String {
        let eigen = Plansoort::van_fase(self.fase);
        let Some(p) = self
            .huidig_plan(eigen)
            .or_else(|| self.huidig_plan(Plansoort::Veiligheidsplan))
        else {
            return "Nog geen plan".into();
        };
        if p.status == Planstatus::Concept {
            return format!("{}: concept versie {}", p.soort.titel(), p.versie);
        }
        let gedeeld = p.verspreiding.len() - p.niet_ontvangen().count();
        format!(
            "{} {}: {gedeeld} van {} gedeeld",
            p.soort.titel(),
            p.versie,
            p.verspreiding.len()
        )
    }

    /// The version to show first: the concept being written, else the one everyone works with,
    /// else the newest. \[ours]
    pub fn huidig_plan(&self, soort: Plansoort) -> Option<&Plan> {
        self.conceptplan(soort)
            .or_else(|| self.vastgesteld_plan(soort))
            .or_else(|| {
                self.plannen
                    .iter()
                    .filter(|p| p.soort == soort)
                    .max_by_key(|p| p.versie)
            })
    }

    /// What "new" means for this plan now (the rules of [`Casus::plan_nieuw`]): a first version
    /// from the top 3, a new version copied from the vastgesteld one, or nothing while a concept
    /// exists.
    pub fn nieuw_plan(&self, soort: Plansoort) -> Option<NieuwPlan> {
        if self.conceptplan(soort).is_some() {
            None
        } else if self.vastgesteld_plan(soort).is_some() {
            Some(NieuwPlan::NieuweVersie)
        } else {
            Some(NieuwPlan::UitTop3)
        }
    }

    /// The concept version of this plan, if any.
    pub fn conceptplan(&self, soort: Plansoort) -> Option<&Plan> {
        self.plannen
            .iter()
            .find(|p| p.soort == soort && p.status == Planstatus::Concept)
    }

    /// The version to print: version `versie` when given, else the current vastgesteld version,
    /// else the newest concept. The error says, in Dutch, what the casus does have.
    pub fn plan_voor_export(&self, soort: Plansoort, versie: Option<u32>) -> Result<&Plan, String> {
        let versies: Vec<&Plan> = self.plannen.iter().filter(|p| p.soort == soort).collect();
        let gevonden = match versie {
            Some(n) => versies.iter().find(|p| p.versie == n).copied(),
            None => self.vastgesteld_plan(soort).or_else(|| {
                versies
                    .iter()
                    .rev()
                    .find(|p| p.status == Planstatus::Concept)
                    .copied()
            }),
        };
        gevonden.ok_or_else(|| {
            let wel: Vec<String> = versies.iter().map(|p| p.versie.to_string()).collect();
            match (versie, wel.is_empty()) {
                (_, true) => format!("Casus {} heeft geen {}.", self.code, soort.label()),
                (Some(n), false) => format!(
                    "Casus {} heeft geen versie {n} van het {} (wel: {}).",
                    self.code,
                    soort.label(),
                    wel.join(", ")
                ),
                (None, false) => format!(
                    "Casus {} heeft geen vastgesteld of concept {}.",
                    self.code,
                    soort.label()
                ),
            }
        })
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
            bespreking: None,
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
                    gewone_taal: String::new(),
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
                    gewone_taal: String::new(),
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
    /// months) when the casus has none [seed 001], and the plan's casusregisseur becomes the
    /// casus's when it names none.
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
            for d in plan
                .inhoud
                .opgesteld_met
                .iter()
                .filter(|d| !d.naam.trim().is_empty())
            {
                let partij = Verspreiding {
                    partij: d.naam.trim().to_string(),
                    rol: d.rol.clone(),
                    betrokkene_id: d.betrokkene_id,
                    ontvangen_op: None,
                };
                if !plan.verspreiding.iter().any(|v| v.zelfde_partij(&partij)) {
                    plan.verspreiding.push(partij);
                }
            }
        }
        plan.status = Planstatus::Vastgesteld;
        plan.vastgesteld = Some(Vaststelling {
            datum,
            door: door.to_string(),
        });
        let soort = plan.soort;
        let regisseur = plan.inhoud.casusregisseur.clone();
        for ander in &mut self.plannen {
            if ander.id != id && ander.soort == soort && ander.status == Planstatus::Vastgesteld {
                ander.status = Planstatus::Vervangen;
            }
        }
        // The plan names the casusregisseur; a casus that names none takes it over. [seed 004]
        if self.casusregisseur().is_none() && !regisseur.trim().is_empty() {
            self.casusregisseur = Some(regisseur.trim().to_string());
        }
        if soort == Plansoort::Veiligheidsplan && self.monitoring.is_empty() {
            self.monitoring = monitoringmomenten_na_plan(datum, inst);
        }
        Ok(())
    }

    /// A casus that arrives (an import) with a vastgesteld veiligheidsplan but no monitoring gets
    /// the moments vaststellen would have planned, counted from the first vaststelling. [seed 001]
    /// Returns whether it planned any.
    pub fn monitoring_aanvullen(&mut self, inst: &Methodeinstellingen) -> bool {
        if !self.monitoring.is_empty() {
            return false;
        }
        let eerste = self
            .plannen
            .iter()
            .filter(|p| p.soort == Plansoort::Veiligheidsplan)
            .filter_map(|p| p.vastgesteld.as_ref().map(|v| v.datum))
            .min();
        match eerste {
            Some(datum) => {
                self.monitoring = monitoringmomenten_na_plan(datum, inst);
                !self.monitoring.is_empty()
            }
            None => false,
        }
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

/// The plan rules of the casus check ([`super::valideer`]), beside the plans they are about.
impl super::validatie::Controle<'_> {
    /// Plans: texts within bounds, one concept and one vastgesteld version per plan at most,
    /// distinct version numbers, a vastgesteld version says when, doelen trace to situations
    /// that exist.
    pub(super) fn plannen(&mut self) {
        let casus = self.casus;
        for (i, plan) in casus.plannen.iter().enumerate() {
            let pad = format!("plannen[{i}]");
            if plan.versie == 0 {
                self.meld(format!("{pad}.versie"), "Versies tellen vanaf 1.");
            }
            if let Some(eerder) = casus.plannen[..i]
                .iter()
                .position(|p| p.soort == plan.soort && p.versie == plan.versie)
            {
                self.meld(
                    format!("{pad}.versie"),
                    format!(
                        "Deze versie van het {} bestaat al, in plannen[{eerder}].",
                        plan.soort.label()
                    ),
                );
            }
            if plan.status != Planstatus::Vervangen
                && let Some(eerder) = casus.plannen[..i]
                    .iter()
                    .position(|p| p.soort == plan.soort && p.status == plan.status)
            {
                self.meld(
                    format!("{pad}.status"),
                    format!(
                        "Er kan maar één versie van het {} {} zijn; plannen[{eerder}] is dat al.",
                        plan.soort.label(),
                        plan.status.label()
                    ),
                );
            }
            self.datum(format!("{pad}.aangemaakt"), plan.aangemaakt);
            match (&plan.vastgesteld, plan.status) {
                (None, Planstatus::Vastgesteld | Planstatus::Vervangen) => self.meld(
                    format!("{pad}.vastgesteld"),
                    "Een vastgestelde versie moet zeggen wanneer en door wie.",
                ),
                (Some(_), Planstatus::Concept) => self.meld(
                    format!("{pad}.vastgesteld"),
                    "Een concept is nog niet vastgesteld.",
                ),
                (Some(v), _) => {
                    self.niet_in_toekomst(format!("{pad}.vastgesteld.datum"), v.datum);
                    self.tekst(format!("{pad}.vastgesteld.door"), &v.door, true);
                }
                (None, Planstatus::Concept) => {}
            }
            let inhoud = &plan.inhoud;
            for (j, d) in inhoud.opgesteld_met.iter().enumerate() {
                self.tekst(
                    format!("{pad}.inhoud.opgesteldMet[{j}].naam"),
                    &d.naam,
                    false,
                );
                self.tekst(format!("{pad}.inhoud.opgesteldMet[{j}].rol"), &d.rol, false);
            }
            for (j, v) in inhoud.veiligheidsvoorwaarden.iter().enumerate() {
                self.tekst(
                    format!("{pad}.inhoud.veiligheidsvoorwaarden[{j}]"),
                    v,
                    false,
                );
            }
            for (j, doel) in inhoud.doelen.iter().enumerate() {
                let pad = format!("{pad}.inhoud.doelen[{j}]");
                self.tekst(format!("{pad}.tekst"), &doel.tekst, false);
                self.tekst(format!("{pad}.situatie"), &doel.situatie, false);
                self.tekst(format!("{pad}.gewoneTaal"), &doel.gewone_taal, false);
                if plan.status == Planstatus::Concept
                    && let Some(id) = doel.situatie_id
                    && !self.categorieen.contains_key(&id)
                {
                    self.meld(
                        format!("{pad}.situatieId"),
                        "Verwijst naar een informatie-item dat niet in de casus staat.",
                    );
                }
                for (k, a) in doel.afspraken.iter().enumerate() {
                    let pad = format!("{pad}.afspraken[{k}]");
                    for (veld, waarde) in [
                        ("wie", &a.wie),
                        ("wat", &a.wat),
                        ("wanneer", &a.wanneer),
                        ("toezicht", &a.toezicht),
                        ("alsNietNagekomen", &a.als_niet_nagekomen),
                        ("gewoneTaal", &a.gewone_taal),
                    ] {
                        self.tekst(format!("{pad}.{veld}"), waarde, false);
                    }
                }
            }
            for (j, s) in inhoud.signalen.iter().enumerate() {
                self.tekst(
                    format!("{pad}.inhoud.signalen[{j}].signaal"),
                    &s.signaal,
                    false,
                );
                self.tekst(
                    format!("{pad}.inhoud.signalen[{j}].watDan"),
                    &s.wat_dan,
                    false,
                );
            }
            for (j, n) in inhoud.netwerk.iter().enumerate() {
                for (veld, waarde) in [
                    ("naam", &n.naam),
                    ("rol", &n.rol),
                    ("taak", &n.taak),
                    ("telefoon", &n.telefoon),
                ] {
                    self.tekst(format!("{pad}.inhoud.netwerk[{j}].{veld}"), waarde, false);
                }
            }
            for (j, n) in inhoud.noodnummers.iter().enumerate() {
                for (veld, waarde) in [
                    ("naam", &n.naam),
                    ("nummer", &n.nummer),
                    ("wanneer", &n.wanneer),
                ] {
                    self.tekst(
                        format!("{pad}.inhoud.noodnummers[{j}].{veld}"),
                        waarde,
                        false,
                    );
                }
            }
            if let Some(datum) = inhoud.evaluatie.datum {
                self.datum(format!("{pad}.inhoud.evaluatie.datum"), datum);
            }
            self.tekst(
                format!("{pad}.inhoud.evaluatie.metWie"),
                &inhoud.evaluatie.met_wie,
                false,
            );
            self.tekst(
                format!("{pad}.inhoud.casusregisseur"),
                &inhoud.casusregisseur,
                false,
            );
            if let Some(b) = &plan.bespreking {
                self.niet_in_toekomst(format!("{pad}.bespreking.datum"), b.datum);
                self.tekst(
                    format!("{pad}.bespreking.toelichting"),
                    &b.toelichting,
                    false,
                );
                if b.akkoord == JaNeeOnbekend::Nee && b.toelichting.trim().is_empty() {
                    self.meld(
                        format!("{pad}.bespreking.toelichting"),
                        "Het gezin is het niet eens met het plan: schrijf kort op waarom.",
                    );
                }
            }
            for (j, v) in plan.verspreiding.iter().enumerate() {
                self.tekst(format!("{pad}.verspreiding[{j}].partij"), &v.partij, true);
                if let Some(eerder) = plan.verspreiding[..j]
                    .iter()
                    .position(|e| e.zelfde_partij(v))
                {
                    self.meld(
                        format!("{pad}.verspreiding[{j}].partij"),
                        format!(
                            "{} staat al op de verspreidingslijst ({pad}.verspreiding[{eerder}]).",
                            v.partij.trim()
                        ),
                    );
                }
                self.tekst(format!("{pad}.verspreiding[{j}].rol"), &v.rol, false);
                if let Some(datum) = v.ontvangen_op {
                    self.niet_in_toekomst(format!("{pad}.verspreiding[{j}].ontvangenOp"), datum);
                }
            }
        }
        self.uniek(
            casus
                .plannen
                .iter()
                .enumerate()
                .map(|(i, p)| (format!("plannen[{i}].id"), &p.id)),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Betrokkene, Categorie, Doel, Informatie, Partijfout, valideer};
    use chrono::Utc;

    fn d(j: i32, m: u32, dag: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(j, m, dag).unwrap()
    }

    /// A casus with two situations in the top 3 (one with a veiligheidsdoel and one with a doel
    /// for a later phase), a mother, a child and a neighbour in the network.
    fn casus() -> Casus {
        let mut c = Casus::nieuw("C-1", "Gezin", Utc::now(), d(2046, 1, 1));
        c.casusregisseur = Some("J. de Vries (wijkteam)".into());
        let mut moeder = Betrokkene::nieuw("Ayşe", vec![Rol::OuderVerzorger, Rol::Slachtoffer]);
        moeder.minderjarig = Some(false);
        let mut kind = Betrokkene::nieuw("Mila", vec![Rol::Kind]);
        kind.minderjarig = Some(true);
        let mut buur = Betrokkene::nieuw("Buurvrouw Łucja", vec![Rol::Netwerk]);
        buur.minderjarig = Some(false);
        c.betrokkenen = vec![moeder, kind, buur];
        for tekst in ["Slaan in bijzijn van Mila", "Dreigen met meenemen van Mila"] {
            c.informatie.push(Informatie {
                categorie: Categorie::OnveiligeSituatie,
                ..Informatie::nieuw(tekst)
            });
        }
        let (s1, s2) = (c.informatie[0].id, c.informatie[1].id);
        c.zet_top3(&[s1, s2]).unwrap();
        c.voeg_doel_toe(
            s1,
            Doel::nieuw(
                "Mila ziet geen geweld meer",
                Fase::DirecteVeiligheid,
                vec![s1],
            ),
        )
        .unwrap();
        c.voeg_doel_toe(
            s2,
            Doel::nieuw("Omgang is geregeld", Fase::StabieleVeiligheid, vec![s2]),
        )
        .unwrap();
        c
    }

    /// Fill what vaststellen asks for.
    fn maak_compleet(c: &mut Casus, id: Uuid) {
        let plan = c.conceptplan_mut(id).unwrap();
        for doel in &mut plan.inhoud.doelen {
            if doel.tekst.is_empty() {
                doel.tekst = "Geen dreiging meer".into();
            }
            doel.afspraken.push(Afspraak {
                wie: "Vader".into(),
                wat: "Komt niet in de woning".into(),
                ..Afspraak::leeg()
            });
        }
        plan.inhoud.evaluatie.datum = Some(d(2027, 1, 15));
    }

    #[test]
    fn nieuw_plan_uit_de_top3() {
        let mut c = casus();
        let id = c
            .plan_nieuw(Plansoort::Veiligheidsplan, d(2026, 11, 23))
            .unwrap();
        let plan = c.plan(id).unwrap();
        assert_eq!((plan.versie, plan.status), (1, Planstatus::Concept));
        let doelen: Vec<(&str, &str)> = plan
            .inhoud
            .doelen
            .iter()
            .map(|d| (d.tekst.as_str(), d.situatie.as_str()))
            .collect();
        // Situation 1 brings its veiligheidsdoel; situation 2 has none for this phase: an empty
        // doel that still names the situation.
        assert_eq!(
            doelen,
            [
                ("Mila ziet geen geweld meer", "Slaan in bijzijn van Mila"),
                ("", "Dreigen met meenemen van Mila"),
            ]
        );
        assert_eq!(
            plan.inhoud.doelen[0].doel_id,
            Some(c.top3.plaatsen[0].doelen[0].id)
        );
        let deelnemers: Vec<(&str, &str)> = plan
            .inhoud
            .opgesteld_met
            .iter()
            .map(|d| (d.naam.as_str(), d.rol.as_str()))
            .collect();
        assert_eq!(deelnemers, [("Ayşe", "ouder/verzorger, slachtoffer")]);
        assert_eq!(plan.inhoud.netwerk[0].naam, "Buurvrouw Łucja");
        let nummers: Vec<&str> = plan
            .inhoud
            .noodnummers
            .iter()
            .map(|n| n.nummer.as_str())
            .collect();
        assert_eq!(nummers, ["112", "0800-2000"]);
        assert_eq!(plan.inhoud.casusregisseur, "J. de Vries (wijkteam)");

        // The hulpverleningsplan takes the doelen of stabiele veiligheid.
        let h = c
            .plan_nieuw(Plansoort::Hulpverleningsplan, d(2026, 11, 23))
            .unwrap();
        let teksten: Vec<&str> = c
            .plan(h)
            .unwrap()
            .inhoud
            .doelen
            .iter()
            .map(|d| d.tekst.as_str())
            .collect();
        assert_eq!(teksten, ["", "Omgang is geregeld"]);
        assert!(valideer(&c, d(2026, 11, 23)).is_empty());
    }

    #[test]
    fn een_concept_tegelijk() {
        let mut c = casus();
        c.plan_nieuw(Plansoort::Veiligheidsplan, d(2026, 11, 23))
            .unwrap();
        assert_eq!(
            c.plan_nieuw(Plansoort::Veiligheidsplan, d(2026, 11, 24)),
            Err(Planfout::ConceptBestaatAl {
                soort: Plansoort::Veiligheidsplan,
                versie: 1
            })
        );
        assert_eq!(c.plannen.len(), 1);
    }

    #[test]
    fn de_casusregisseur_van_het_plan() {
        let mut c = casus();
        c.casusregisseur = None;
        let id = c
            .plan_nieuw(Plansoort::Veiligheidsplan, d(2026, 10, 1))
            .unwrap();
        maak_compleet(&mut c, id);
        c.conceptplan_mut(id).unwrap().inhoud.casusregisseur = " Noor (wijkteam) ".into();
        c.plan_vaststellen(id, d(2026, 10, 2), "Jan", &Methodeinstellingen::default())
            .unwrap();
        assert_eq!(c.casusregisseur(), Some("Noor (wijkteam)"));
    }

    #[test]
    fn vaststellen_vraagt_een_compleet_plan() {
        let mut c = casus();
        c.casusregisseur = None;
        let id = c
            .plan_nieuw(Plansoort::Veiligheidsplan, d(2026, 11, 23))
            .unwrap();
        let voor = c.clone();
        let fout = c
            .plan_vaststellen(id, d(2026, 11, 23), "Jan", &Methodeinstellingen::default())
            .unwrap_err();
        assert_eq!(
            fout,
            Planfout::Onvolledig {
                ontbreekt: vec![
                    "een doel is nog leeg".into(),
                    "er is nog geen afspraak".into(),
                    "kies een evaluatiedatum".into(),
                    "noem de casusregisseur".into(),
                ]
            }
        );
        assert_eq!(c, voor, "nothing changed");
        assert!(fout.to_string().starts_with(
            "Het plan kan nog niet worden vastgesteld: een doel is nog leeg; er is nog geen afspraak;"
        ));
    }

    #[test]
    fn vaststellen_vervangen_en_monitoring() {
        let inst = Methodeinstellingen::default();
        let mut c = casus();
        let v1 = c
            .plan_nieuw(Plansoort::Veiligheidsplan, d(2026, 10, 1))
            .unwrap();
        maak_compleet(&mut c, v1);
        c.plan_vaststellen(v1, d(2026, 10, 2), "Jan", &inst)
            .unwrap();
        let p1 = c.plan(v1).unwrap();
        assert_eq!(p1.status, Planstatus::Vastgesteld);
        assert_eq!(
            p1.vastgesteld,
            Some(Vaststelling {
                datum: d(2026, 10, 2),
                door: "Jan".into()
            })
        );
        let partijen: Vec<&str> = p1.verspreiding.iter().map(|v| v.partij.as_str()).collect();
        assert_eq!(partijen, ["Ayşe"]);
        assert!(c.veiligheidsplan_vastgesteld());
        let monitoring: Vec<NaiveDate> = c.monitoring.iter().map(|m| m.datum).collect();
        assert_eq!(monitoring, [d(2027, 1, 2), d(2027, 10, 2)]);

        // A vastgesteld plan is not a concept any more.
        assert_eq!(
            c.conceptplan_mut(v1).unwrap_err(),
            Planfout::NietTeWijzigen {
                soort: Plansoort::Veiligheidsplan,
                versie: 1,
                status: Planstatus::Vastgesteld
            }
        );
        // A new version starts as a copy, without verspreiding.
        let v2 = c
            .plan_nieuw(Plansoort::Veiligheidsplan, d(2026, 11, 1))
            .unwrap();
        let p2 = c.plan(v2).unwrap();
        assert_eq!((p2.versie, p2.status), (2, Planstatus::Concept));
        assert_eq!(p2.inhoud, c.plan(v1).unwrap().inhoud);
        assert!(p2.verspreiding.is_empty());
        c.plan_vaststellen(v2, d(2026, 11, 2), "Jan", &inst)
            .unwrap();
        assert_eq!(c.plan(v1).unwrap().status, Planstatus::Vervangen);
        assert_eq!(
            c.vastgesteld_plan(Plansoort::Veiligheidsplan).unwrap().id,
            v2
        );
        assert_eq!(c.monitoring.len(), 2, "monitoring is planned once");
        assert!(valideer(&c, d(2026, 11, 23)).is_empty());
    }

    #[test]
    fn wat_een_opslag_mag_veranderen() {
        let inst = Methodeinstellingen::default();
        let mut oud = casus();
        let id = oud
            .plan_nieuw(Plansoort::Veiligheidsplan, d(2026, 10, 1))
            .unwrap();
        maak_compleet(&mut oud, id);
        // A concept may change freely.
        let mut nieuw = oud.clone();
        nieuw.plannen[0]
            .inhoud
            .veiligheidsvoorwaarden
            .push("Geen alcohol".into());
        assert_eq!(controleer_planwijzigingen(&oud, &nieuw), Ok(()));

        oud.plan_vaststellen(id, d(2026, 10, 2), "Jan", &inst)
            .unwrap();
        let vastgesteld = Planfout::NietTeWijzigen {
            soort: Plansoort::Veiligheidsplan,
            versie: 1,
            status: Planstatus::Vastgesteld,
        };
        // (change to a vastgesteld version, expected)
        type Geval = (&'static str, Box<dyn Fn(&mut Casus)>, Result<(), Planfout>);
        let gevallen: Vec<Geval> = vec![
            (
                "ontvangen aangevinkt",
                Box::new(|c| c.plannen[0].verspreiding[0].ontvangen_op = Some(d(2026, 10, 3))),
                Ok(()),
            ),
            (
                "partij toegevoegd",
                Box::new(|c| {
                    c.plannen[0].verspreiding.push(Verspreiding {
                        partij: "School".into(),
                        rol: "ketenpartner".into(),
                        betrokkene_id: None,
                        ontvangen_op: None,
                    })
                }),
                Ok(()),
            ),
            (
                "afspraak gewijzigd",
                Box::new(|c| c.plannen[0].inhoud.doelen[0].afspraken[0].wat = "iets anders".into()),
                Err(vastgesteld.clone()),
            ),
            (
                "doel erbij",
                Box::new(|c| {
                    let d = c.plannen[0].inhoud.doelen[0].clone();
                    c.plannen[0].inhoud.doelen.push(d)
                }),
                Err(vastgesteld.clone()),
            ),
            (
                "datum vaststelling",
                Box::new(|c| c.plannen[0].vastgesteld.as_mut().unwrap().datum = d(2026, 9, 1)),
                Err(vastgesteld.clone()),
            ),
            (
                "versienummer",
                Box::new(|c| c.plannen[0].versie = 7),
                Err(vastgesteld.clone()),
            ),
            (
                "terug naar concept",
                Box::new(|c| c.plannen[0].status = Planstatus::Concept),
                Err(Planfout::OngeldigeStatus {
                    soort: Plansoort::Veiligheidsplan,
                    versie: 1,
                }),
            ),
            (
                "vervangen zonder opvolger",
                Box::new(|c| c.plannen[0].status = Planstatus::Vervangen),
                Err(Planfout::OngeldigeStatus {
                    soort: Plansoort::Veiligheidsplan,
                    versie: 1,
                }),
            ),
            (
                "verwijderd",
                Box::new(|c| c.plannen.clear()),
                Err(Planfout::NietTeVerwijderen {
                    soort: Plansoort::Veiligheidsplan,
                    versie: 1,
                    status: Planstatus::Vastgesteld,
                }),
            ),
        ];
        for (naam, wijzig, verwacht) in gevallen {
            let mut nieuw = oud.clone();
            wijzig(&mut nieuw);
            assert_eq!(controleer_planwijzigingen(&oud, &nieuw), verwacht, "{naam}");
        }

        // A concept that arrives as vastgesteld must be complete and say when.
        let mut basis = casus();
        let id = basis
            .plan_nieuw(Plansoort::Veiligheidsplan, d(2026, 10, 1))
            .unwrap();
        let mut nieuw = basis.clone();
        nieuw.plannen[0].status = Planstatus::Vastgesteld;
        assert!(matches!(
            controleer_planwijzigingen(&basis, &nieuw),
            Err(Planfout::Onvolledig { .. })
        ));
        maak_compleet(&mut basis, id);
        let mut nieuw = basis.clone();
        nieuw
            .plan_vaststellen(id, d(2026, 10, 2), "Jan", &inst)
            .unwrap();
        assert_eq!(controleer_planwijzigingen(&basis, &nieuw), Ok(()));
        // … and a newer version may replace the old one.
        let mut later = nieuw.clone();
        let v2 = later
            .plan_nieuw(Plansoort::Veiligheidsplan, d(2026, 11, 1))
            .unwrap();
        later
            .plan_vaststellen(v2, d(2026, 11, 2), "Jan", &inst)
            .unwrap();
        assert_eq!(controleer_planwijzigingen(&nieuw, &later), Ok(()));
    }

    #[test]
    fn concept_verwijderen_en_niet_meer() {
        let inst = Methodeinstellingen::default();
        let mut c = casus();
        let id = c
            .plan_nieuw(Plansoort::Herstelplan, d(2026, 10, 1))
            .unwrap();
        c.plan_verwijder_concept(id).unwrap();
        assert!(c.plannen.is_empty());
        assert_eq!(c.plan_verwijder_concept(id), Err(Planfout::Onbekend));
        let id = c
            .plan_nieuw(Plansoort::Veiligheidsplan, d(2026, 10, 1))
            .unwrap();
        maak_compleet(&mut c, id);
        c.plan_vaststellen(id, d(2026, 10, 2), "Jan", &inst)
            .unwrap();
        assert!(matches!(
            c.plan_verwijder_concept(id),
            Err(Planfout::NietTeWijzigen { .. })
        ));
        assert_eq!(c.plannen.len(), 1);
    }

    #[test]
    fn welke_versie_wordt_geprint() {
        let inst = Methodeinstellingen::default();
        let mut c = casus();
        let soort = Plansoort::Veiligheidsplan;
        assert_eq!(
            c.plan_voor_export(soort, None).unwrap_err(),
            "Casus C-1 heeft geen veiligheidsplan."
        );
        let v1 = c.plan_nieuw(soort, d(2026, 10, 1)).unwrap();
        assert_eq!(
            c.plan_voor_export(soort, None).unwrap().id,
            v1,
            "the concept when nothing is vastgesteld"
        );
        maak_compleet(&mut c, v1);
        c.plan_vaststellen(v1, d(2026, 10, 2), "Jan", &inst)
            .unwrap();
        let v2 = c.plan_nieuw(soort, d(2026, 11, 1)).unwrap();
        assert_eq!(
            c.plan_voor_export(soort, None).unwrap().id,
            v1,
            "vastgesteld before a newer concept"
        );
        assert_eq!(c.plan_voor_export(soort, Some(2)).unwrap().id, v2);
        assert_eq!(
            c.plan_voor_export(soort, Some(5)).unwrap_err(),
            "Casus C-1 heeft geen versie 5 van het veiligheidsplan (wel: 1, 2)."
        );
        assert_eq!(
            c.plan_voor_export(Plansoort::Herstelplan, None)
                .unwrap_err(),
            "Casus C-1 heeft geen herstelplan."
        );
    }

    #[test]
    fn validatie_van_plannen() {
        let inst = Methodeinstellingen::default();
        let mut c = casus();
        let id = c
            .plan_nieuw(Plansoort::Veiligheidsplan, d(2026, 10, 1))
            .unwrap();
        maak_compleet(&mut c, id);
        c.plan_vaststellen(id, d(2026, 10, 2), "Jan", &inst)
            .unwrap();
        let mut dubbel = c.plannen[0].clone();
        dubbel.id = Uuid::new_v4();
        c.plannen.push(dubbel);
        c.plannen[0].verspreiding[0].ontvangen_op = Some(d(2027, 1, 1));
        let problemen: Vec<String> = valideer(&c, d(2026, 11, 23))
            .iter()
            .map(|p| p.to_string())
            .collect();
        assert_eq!(
            problemen,
            [
                "plannen[0].verspreiding[0].ontvangenOp: De datum 01-01-2027 ligt in de toekomst.",
                "plannen[1].versie: Deze versie van het veiligheidsplan bestaat al, in plannen[0].",
                "plannen[1].status: Er kan maar één versie van het veiligheidsplan vastgesteld zijn; plannen[0] is dat al.",
            ]
        );
    }

    #[test]
    fn verspreiding_noemt_elke_partij_een_keer() {
        let inst = Methodeinstellingen::default();
        let mut c = casus();
        let id = c
            .plan_nieuw(Plansoort::Veiligheidsplan, d(2026, 10, 1))
            .unwrap();
        maak_compleet(&mut c, id);
        // Two deelnemers who are the same ketenpartner (typed twice) and two betrokkenen who share
        // a name: vaststellen lists the ketenpartner once and both betrokkenen (each once).
        let (kind, buur) = (c.betrokkenen[1].id, c.betrokkenen[2].id);
        let plan = c.conceptplan_mut(id).unwrap();
        for (naam, betrokkene) in [
            ("Wijkteam Zuid", None),
            (" wijkteam zuid", None),
            ("M.", Some(kind)),
            ("Mila", Some(kind)),
            ("M.", Some(buur)),
        ] {
            plan.inhoud.opgesteld_met.push(Deelnemer {
                naam: naam.into(),
                rol: String::new(),
                betrokkene_id: betrokkene,
            });
        }
        c.plan_vaststellen(id, d(2026, 10, 2), "Jan", &inst)
            .unwrap();
        let partijen: Vec<&str> = c.plannen[0]
            .verspreiding
            .iter()
            .map(|v| v.partij.as_str())
            .collect();
        assert_eq!(partijen, ["Ayşe", "Wijkteam Zuid", "M.", "M."]);
        assert_eq!(valideer(&c, d(2026, 11, 23)), vec![]);

        // Adding refuses the same name in any case, and empty names.
        let plan = &mut c.plannen[0];
        assert_eq!(
            plan.partij_toevoegen("AYŞE ", "moeder"),
            Err(Partijfout::Bestaat)
        );
        assert_eq!(plan.partij_toevoegen("m.", ""), Err(Partijfout::Bestaat));
        assert_eq!(plan.partij_toevoegen(" \t", ""), Err(Partijfout::Leeg));
        assert_eq!(plan.partij_toevoegen(" Huisarts ", " arts "), Ok(()));
        let laatste = plan.verspreiding.last().unwrap();
        assert_eq!(
            (laatste.partij.as_str(), laatste.rol.as_str()),
            ("Huisarts", "arts")
        );

        // What reaches the core by another path (import, CLI) is held to the same rule.
        let mut dubbel = c.plannen[0].verspreiding[1].clone();
        dubbel.partij = "WIJKTEAM ZUID".into();
        c.plannen[0].verspreiding.push(dubbel);
        let mut zelfde = c.plannen[0].verspreiding[0].clone();
        zelfde.partij = "moeder".into();
        c.plannen[0].verspreiding.push(zelfde);
        let problemen: Vec<String> = valideer(&c, d(2026, 11, 23))
            .iter()
            .map(|p| p.to_string())
            .collect();
        assert_eq!(
            problemen,
            [
                "plannen[0].verspreiding[5].partij: WIJKTEAM ZUID staat al op de verspreidingslijst (plannen[0].verspreiding[1]).",
                "plannen[0].verspreiding[6].partij: moeder staat al op de verspreidingslijst (plannen[0].verspreiding[0]).",
            ]
        );
    }
}
