//! The casus: one family system's case, the root that holds what the four TOP-3 steps produce
//! (ordenen → `informatie`, concretiseren → `concretiseringen`, taxeren → `taxatie`, prioriteren →
//! `top3`), the phase of gefaseerde ketenzorg it is in, monitoring and kindchecks.

use chrono::{DateTime, NaiveDate, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{
    Betrokkene, Categorie, Concretisering, Fase, FaseOvergang, Informatie, Kindcheck,
    Monitoringmoment, Opschaling, Plan, Taxatie, Top3,
};

/// Where a casus is in its life: worked on, closed, or archived until its bewaartermijn ends.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub enum CasusStatus {
    /// Being worked on.
    #[default]
    Open,
    /// Help has ended; monitoring may continue.
    Gesloten,
    /// Kept only until the bewaartermijn ends.
    Gearchiveerd,
}

/// An answer that may not be known yet (kindcheck, "were children present?").
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub enum JaNeeOnbekend {
    /// Yes.
    Ja,
    /// No.
    Nee,
    /// Not known (yet).
    #[default]
    Onbekend,
}

/// One casus. Identifies the family only by a pseudonymous `code` and a `titel`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Casus {
    /// Stable identity.
    pub id: Uuid,
    /// Pseudonym or zaaknummer — never a real name.
    pub code: String,
    /// Short working title.
    pub titel: String,
    /// Open, gesloten or gearchiveerd.
    pub status: CasusStatus,
    /// When the casus was created.
    pub aangemaakt: DateTime<Utc>,
    /// The date until which the casus is kept; then it is destroyed (AVG). [DOMAIN: privacy]
    pub bewaartermijn: NaiveDate,
    /// Who holds casusregie. [seed 004: regie in only 49% of cases]
    pub casusregisseur: Option<String>,
    /// Date of the incident that brought the family into view. [seed 000, 004]
    pub datum_incident: Option<NaiveDate>,
    /// Date of the melding at Veilig Thuis. [seed 000, 004]
    pub datum_melding: Option<NaiveDate>,
    /// Date help started. [seed 000, 004]
    pub datum_start_hulp: Option<NaiveDate>,
    /// The people in the family system and its netwerk.
    pub betrokkenen: Vec<Betrokkene>,
    /// Step 1, ordenen: every informatie-item with its bron, aard and categorie.
    pub informatie: Vec<Informatie>,
    /// Step 2, concretiseren: at most one per onveilige situatie.
    pub concretiseringen: Vec<Concretisering>,
    /// Step 3, taxeren: per situation and for the casus as a whole.
    pub taxatie: Taxatie,
    /// Step 4, prioriteren: the ranked top 3 with risicofactoren and doelen.
    pub top3: Top3,
    /// The current phase of gefaseerde ketenzorg; equals the `naar` of the last overgang.
    pub fase: Fase,
    /// Every phase change, oldest first.
    pub faseovergangen: Vec<FaseOvergang>,
    /// Every opschaling to an expert overleg, oldest first (empty in files from before it was
    /// recorded).
    #[serde(default)]
    pub opschalingen: Vec<Opschaling>,
    /// Monitoring moments after the veiligheidsplan.
    pub monitoring: Vec<Monitoringmoment>,
    /// Kindcheck answers, per adult betrokkene (the latest counts).
    pub kindchecks: Vec<Kindcheck>,
    /// Every version of the veiligheids-, hulpverlenings- and herstelplan, oldest first.
    #[serde(default)]
    pub plannen: Vec<Plan>,
    /// Optimistic-concurrency version; a stale write is refused by the store.
    pub versie: u64,
}

impl Casus {
    /// A new, empty casus: open, in directe veiligheid, version 1.
    pub fn nieuw(
        code: impl Into<String>,
        titel: impl Into<String>,
        aangemaakt: DateTime<Utc>,
        bewaartermijn: NaiveDate,
    ) -> Self {
        Self {
            id: Uuid::new_v4(),
            code: code.into(),
            titel: titel.into(),
            status: CasusStatus::Open,
            aangemaakt,
            bewaartermijn,
            casusregisseur: None,
            datum_incident: None,
            datum_melding: None,
            datum_start_hulp: None,
            betrokkenen: Vec::new(),
            informatie: Vec::new(),
            concretiseringen: Vec::new(),
            taxatie: Taxatie::default(),
            top3: Top3::default(),
            fase: Fase::DirecteVeiligheid,
            faseovergangen: Vec::new(),
            opschalingen: Vec::new(),
            monitoring: Vec::new(),
            kindchecks: Vec::new(),
            plannen: Vec::new(),
            versie: 1,
        }
    }

    /// The betrokkene with this id.
    pub fn betrokkene(&self, id: Uuid) -> Option<&Betrokkene> {
        self.betrokkenen.iter().find(|b| b.id == id)
    }

    /// The informatie-item with this id.
    pub fn informatie_item(&self, id: Uuid) -> Option<&Informatie> {
        self.informatie.iter().find(|i| i.id == id)
    }

    /// The items ordered as onveilige situatie, in the order they were captured.
    pub fn onveilige_situaties(&self) -> impl Iterator<Item = &Informatie> {
        self.informatie
            .iter()
            .filter(|i| i.categorie == Categorie::OnveiligeSituatie)
    }

    /// The concretisering of this situation, if any.
    pub fn concretisering(&self, situatie_id: Uuid) -> Option<&Concretisering> {
        self.concretiseringen
            .iter()
            .find(|c| c.informatie_id == situatie_id)
    }

    /// The name of the casusregisseur, if one is named (blank counts as none).
    pub fn casusregisseur(&self) -> Option<&str> {
        self.casusregisseur
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }

    /// The date the casus entered its current phase: the last overgang into it, else creation.
    pub fn in_fase_sinds(&self) -> NaiveDate {
        self.faseovergangen
            .iter()
            .rev()
            .find(|o| o.naar == self.fase)
            .map(|o| o.datum)
            .unwrap_or_else(|| self.aangemaakt.date_naive())
    }

    /// Doorlooptijd from incident to start of help, in days. [seed 000, 004: "de hulpverlening
    /// start gemiddeld 168 dagen na het incident"]
    pub fn doorlooptijd(&self, vandaag: NaiveDate) -> Doorlooptijd {
        match (self.datum_incident, self.datum_start_hulp) {
            (None, _) => Doorlooptijd::Onbekend,
            (Some(incident), Some(start)) => Doorlooptijd::HulpGestart {
                dagen: (start - incident).num_days(),
            },
            (Some(incident), None) => Doorlooptijd::WachtOpHulp {
                dagen: (vandaag - incident).num_days(),
            },
        }
    }
}

/// Days from incident to start of help. [seed 000, 004]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(
    rename_all = "camelCase",
    tag = "soort",
    rename_all_fields = "camelCase"
)]
pub enum Doorlooptijd {
    /// No incident date is known.
    Onbekend,
    /// Help started this many days after the incident (negative: help was already there).
    HulpGestart {
        /// Days between incident and start of help.
        dagen: i64,
    },
    /// Help has not started; this many days have passed since the incident.
    WachtOpHulp {
        /// Days since the incident.
        dagen: i64,
    },
}

impl Doorlooptijd {
    /// The doorlooptijd as a Dutch sentence for the casus header.
    pub fn tekst(&self) -> String {
        match *self {
            Doorlooptijd::Onbekend => "Geen datum van het incident bekend.".to_string(),
            Doorlooptijd::HulpGestart { dagen } if dagen < 0 => format!(
                "De hulp liep al: gestart {} vóór het incident.",
                dagen_tekst(-dagen)
            ),
            Doorlooptijd::HulpGestart { dagen } => {
                format!("Hulp gestart {} na het incident.", dagen_tekst(dagen))
            }
            Doorlooptijd::WachtOpHulp { dagen } => format!(
                "Nog geen hulp gestart: {} sinds het incident.",
                dagen_tekst(dagen)
            ),
        }
    }
}

/// One leg of the chain's doorlooptijd: incident → melding, melding → start hulp, incident →
/// start hulp. [seed 000, 004: 168 days from incident to stable help]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Doorlooptijdregel {
    /// From ("incident", "melding").
    pub van: String,
    /// To ("melding", "start hulp").
    pub tot: String,
    /// Days from `van` to `tot`; while `tot` has no date: days so far (`open`); `None` when `van`
    /// has no date.
    pub dagen: Option<i64>,
    /// `tot` has not happened (no date yet): the leg is still running.
    pub open: bool,
    /// The leg as a Dutch sentence.
    pub tekst: String,
}

impl Casus {
    /// The three legs of the doorlooptijd on `vandaag`, each open while its end date is missing.
    pub fn doorlooptijden(&self, vandaag: NaiveDate) -> Vec<Doorlooptijdregel> {
        let regel = |van: &str, tot: &str, a: Option<NaiveDate>, b: Option<NaiveDate>| {
            let (dagen, open, tekst) = match (a, b) {
                (None, _) => (
                    None,
                    b.is_none(),
                    format!("Van {van} tot {tot}: onbekend, de datum van {van} ontbreekt."),
                ),
                (Some(a), Some(b)) => {
                    let d = (b - a).num_days();
                    (
                        Some(d),
                        false,
                        format!("Van {van} tot {tot}: {}.", dagen_tekst(d)),
                    )
                }
                (Some(a), None) => {
                    let d = (vandaag - a).num_days();
                    (
                        Some(d),
                        true,
                        format!(
                            "Van {van} tot {tot}: loopt nog, {} sinds {van}.",
                            dagen_tekst(d)
                        ),
                    )
                }
            };
            Doorlooptijdregel {
                van: van.into(),
                tot: tot.into(),
                dagen,
                open,
                tekst,
            }
        };
        vec![
            regel(
                "incident",
                "melding",
                self.datum_incident,
                self.datum_melding,
            ),
            regel(
                "melding",
                "start hulp",
                self.datum_melding,
                self.datum_start_hulp,
            ),
            regel(
                "incident",
                "start hulp",
                self.datum_incident,
                self.datum_start_hulp,
            ),
        ]
    }
}

fn dagen_tekst(dagen: i64) -> String {
    if dagen == 1 {
        "1 dag".to_string()
    } else {
        format!("{dagen} dagen")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(j: i32, m: u32, dag: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(j, m, dag).unwrap()
    }

    #[test]
    fn three_legs_open_while_a_date_is_missing() {
        let mut c = Casus::nieuw("D-1", "", chrono::Utc::now(), d(2046, 1, 1));
        let teksten = |c: &Casus| -> Vec<(Option<i64>, bool, String)> {
            c.doorlooptijden(d(2026, 6, 1))
                .into_iter()
                .map(|r| (r.dagen, r.open, r.tekst))
                .collect()
        };
        assert_eq!(
            teksten(&c),
            [
                (
                    None,
                    true,
                    "Van incident tot melding: onbekend, de datum van incident ontbreekt.".into()
                ),
                (
                    None,
                    true,
                    "Van melding tot start hulp: onbekend, de datum van melding ontbreekt.".into()
                ),
                (
                    None,
                    true,
                    "Van incident tot start hulp: onbekend, de datum van incident ontbreekt."
                        .into()
                ),
            ]
        );
        c.datum_incident = Some(d(2026, 1, 1));
        c.datum_melding = Some(d(2026, 1, 11));
        assert_eq!(
            teksten(&c),
            [
                (
                    Some(10),
                    false,
                    "Van incident tot melding: 10 dagen.".into()
                ),
                (
                    Some(141),
                    true,
                    "Van melding tot start hulp: loopt nog, 141 dagen sinds melding.".into()
                ),
                (
                    Some(151),
                    true,
                    "Van incident tot start hulp: loopt nog, 151 dagen sinds incident.".into()
                ),
            ]
        );
        c.datum_start_hulp = Some(d(2026, 1, 12));
        assert_eq!(
            teksten(&c)[1..],
            [
                (Some(1), false, "Van melding tot start hulp: 1 dag.".into()),
                (
                    Some(11),
                    false,
                    "Van incident tot start hulp: 11 dagen.".into()
                ),
            ]
        );
    }

    #[test]
    fn doorlooptijd_incident_tot_start_hulp() {
        let vandaag = d(2026, 11, 23);
        // (incident, start hulp, expected sentence)
        let gevallen = [
            (None, None, "Geen datum van het incident bekend."),
            (
                None,
                Some(d(2026, 1, 1)),
                "Geen datum van het incident bekend.",
            ),
            (
                Some(d(2026, 1, 1)),
                Some(d(2026, 6, 18)),
                "Hulp gestart 168 dagen na het incident.",
            ),
            (
                Some(d(2026, 1, 1)),
                Some(d(2026, 1, 2)),
                "Hulp gestart 1 dag na het incident.",
            ),
            (
                Some(d(2026, 3, 1)),
                Some(d(2026, 2, 1)),
                "De hulp liep al: gestart 28 dagen vóór het incident.",
            ),
            (
                Some(d(2026, 11, 13)),
                None,
                "Nog geen hulp gestart: 10 dagen sinds het incident.",
            ),
        ];
        for (incident, start, verwacht) in gevallen {
            let mut casus = Casus::nieuw("C-1", "", Utc::now(), d(2031, 1, 1));
            casus.datum_incident = incident;
            casus.datum_start_hulp = start;
            assert_eq!(
                casus.doorlooptijd(vandaag).tekst(),
                verwacht,
                "{incident:?} → {start:?}"
            );
        }
        let mut casus = Casus::nieuw("C-1", "", Utc::now(), d(2031, 1, 1));
        casus.datum_incident = Some(d(2026, 1, 1));
        casus.datum_start_hulp = Some(d(2026, 6, 18));
        assert_eq!(
            casus.doorlooptijd(vandaag),
            Doorlooptijd::HulpGestart { dagen: 168 }
        );
    }

    #[test]
    fn nieuwe_casus_is_open_in_directe_veiligheid() {
        let casus = Casus::nieuw("C-7", "Familie", Utc::now(), d(2031, 1, 1));
        assert_eq!(casus.status, CasusStatus::Open);
        assert_eq!(casus.fase, Fase::DirecteVeiligheid);
        assert_eq!(casus.versie, 1);
        let json = serde_json::to_value(&casus).unwrap();
        assert_eq!(json["status"], "open");
        assert_eq!(json["fase"], "directeVeiligheid");
        assert!(json.get("datumStartHulp").is_some());
        assert_eq!(json["top3"], serde_json::json!([]));
    }

    #[test]
    fn casusregisseur_leeg_telt_niet() {
        let mut casus = Casus::nieuw("C-7", "", Utc::now(), d(2031, 1, 1));
        for (waarde, verwacht) in [
            (None, None),
            (Some("  "), None),
            (Some(" J. de Vries "), Some("J. de Vries")),
        ] {
            casus.casusregisseur = waarde.map(str::to_string);
            assert_eq!(casus.casusregisseur(), verwacht);
        }
    }
}
