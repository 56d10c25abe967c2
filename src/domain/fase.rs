//! The three phases of gefaseerde ketenzorg — directe veiligheid, stabiele veiligheid, herstel —
//! and the fase-overgangen between them, with the fasepoort from directe to stabiele veiligheid.
//! [seed 000, 001; src: Civil Care vision 2016, "eerst samenwerken voor veiligheid, dan samenwerken
//! voor risicogestuurde zorg"]
//!
//! The fasepoort warns; the professional decides. Going on although the poort is not open needs an
//! afwijkingsreden, which is recorded with the overgang.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::benamingen::{aantal, datum_tekst, zinseinde};
use super::{
    Casus, Methodeinstellingen, Perspectief, Plansoort, Planstatus, Taxatie, Veiligheidsscore,
};

/// A phase of gefaseerde ketenzorg, in the order the goals are reached. [seed 000, 001]
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Default,
    Serialize,
    Deserialize,
    JsonSchema,
    ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub enum Fase {
    /// Stop the violence now.
    #[default]
    DirecteVeiligheid,
    /// Address the factors that drive the violence (risicogestuurde zorg).
    StabieleVeiligheid,
    /// Repair (ontwikkelings)schade and trauma.
    Herstel,
}

/// One recorded phase change. [DOMAIN: "recorded with date, onderbouwing and the latest scores"]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FaseOvergang {
    /// When.
    pub datum: NaiveDate,
    /// From which phase.
    pub van: Fase,
    /// To which phase.
    pub naar: Fase,
    /// Why.
    pub onderbouwing: String,
    /// The latest veiligheidsscore of every perspective at that moment.
    pub scores: Vec<Veiligheidsscore>,
    /// Who recorded the overgang (the profile). Required with an afwijkingsreden (who, why, when:
    /// with `datum`); empty in files written before it was recorded.
    #[serde(default)]
    pub door: String,
    /// Why the professional went on although the fasepoort was not open; `None` when it was.
    pub afwijkingsreden: Option<String>,
}

/// An opschaling, recorded: the casus was brought to an overleg with more expertise — the MDA++
/// expertoverleg when directe veiligheid lasts without reaching the drempel. Recorded in the
/// current period of directe veiligheid, it answers the signal "opschalen". [seed 003]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Opschaling {
    /// Stable identity (for the list in the workspace).
    pub id: uuid::Uuid,
    /// When the casus was brought there.
    pub datum: NaiveDate,
    /// To which overleg ("MDA++ expertoverleg").
    pub overleg: String,
    /// Who leads the process there (may be unknown yet).
    pub procesregisseur: String,
}

/// A request to move the casus to another phase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Faseverzoek {
    /// The phase to move to.
    pub naar: Fase,
    /// The date of the overgang.
    pub datum: NaiveDate,
    /// Why.
    pub onderbouwing: String,
    /// Why go on although the fasepoort is not open (only needed then).
    pub afwijkingsreden: Option<String>,
}

/// The conditions of the fasepoort. [seed 003; ours: the poort]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum Poortvoorwaardesoort {
    /// No open acute onveiligheid (and every situation taxed, so that this can be known).
    GeenAcuteOnveiligheid,
    /// A vastgesteld veiligheidsplan.
    VeiligheidsplanVastgesteld,
    /// The latest veiligheidsscore reaches the drempel.
    ScoreBovenDrempel,
}

/// One line of the fasepoort checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Poortvoorwaarde {
    /// Which condition.
    pub soort: Poortvoorwaardesoort,
    /// Met or not.
    pub voldaan: bool,
    /// What the professional reads, in Dutch.
    pub tekst: String,
}

/// The checklist for moving from directe to stabiele veiligheid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Fasepoort {
    /// Every condition, met or not.
    pub voorwaarden: Vec<Poortvoorwaarde>,
}

impl Fasepoort {
    /// All conditions are met.
    pub fn is_open(&self) -> bool {
        self.voorwaarden.iter().all(|v| v.voldaan)
    }

    /// The texts of the conditions not met.
    pub fn niet_voldaan(&self) -> Vec<String> {
        self.voorwaarden
            .iter()
            .filter(|v| !v.voldaan)
            .map(|v| v.tekst.clone())
            .collect()
    }
}

/// Why a phase change was refused. Messages are Dutch and quote no case content.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Fasefout {
    /// The casus is in that phase already.
    #[error("De casus is al in de fase {}. Er is niets gewijzigd.", .fase.label())]
    ZelfdeFase {
        /// The current phase.
        fase: Fase,
    },
    /// No onderbouwing was given.
    #[error("Geef een onderbouwing voor de fase-overgang. Er is niets gewijzigd.")]
    OnderbouwingOntbreekt,
    /// The date lies before the previous overgang.
    #[error(
        "De datum ligt vóór de vorige fase-overgang ({}). Er is niets gewijzigd.",
        datum_tekst(*.vorige)
    )]
    DatumVoorVorigeOvergang {
        /// The date of the previous overgang.
        vorige: NaiveDate,
    },
    /// The fasepoort is not open and no afwijkingsreden was given.
    #[error(
        "Nog niet aan alle voorwaarden voldaan. {} Wil je toch naar {}, geef dan een reden. Er is niets gewijzigd.",
        .niet_voldaan.join(" "),
        .naar.label()
    )]
    AfwijkingsredenNodig {
        /// The phase asked for.
        naar: Fase,
        /// The conditions not met.
        niet_voldaan: Vec<String>,
    },
}

impl Fasefout {
    /// A stable code the UI can branch on.
    pub fn code(&self) -> &'static str {
        match self {
            Fasefout::ZelfdeFase { .. } => "zelfde_fase",
            Fasefout::OnderbouwingOntbreekt => "onderbouwing_ontbreekt",
            Fasefout::DatumVoorVorigeOvergang { .. } => "datum_voor_vorige_overgang",
            Fasefout::AfwijkingsredenNodig { .. } => "afwijkingsreden_nodig",
        }
    }
}

impl Casus {
    /// The fasepoort directe → stabiele veiligheid today: no open acute onveiligheid, a vastgesteld
    /// veiligheidsplan, and the leidende veiligheidsscore (the professional's or the MDA++ table's,
    /// [`super::Taxatie::leidende_score`]) ≥ the drempel. [seed 003; ours: the poort; ours: an
    /// onveilige situatie not yet taxed keeps the first condition unmet]
    pub fn fasepoort(&self, inst: &Methodeinstellingen) -> Fasepoort {
        self.poort(
            NaiveDate::MAX,
            true,
            self.veiligheidsplan_vastgesteld(),
            inst,
        )
    }

    /// The fasepoort as it stood on `datum`, as far as the casus's dates show: a veiligheidsplan
    /// vastgesteld on or before it, the scores given on or before it, and the situations dated on
    /// or before it with their acute onveiligheid not yet afgewend then (an undated situation
    /// cannot be placed in time and counts only today, [`Casus::fasepoort`]).
    pub fn fasepoort_op(&self, datum: NaiveDate, inst: &Methodeinstellingen) -> Fasepoort {
        let plan = self.plannen.iter().any(|p| {
            p.soort == Plansoort::Veiligheidsplan
                && matches!(p.status, Planstatus::Vastgesteld | Planstatus::Vervangen)
                && p.vastgesteld.as_ref().is_some_and(|v| v.datum <= datum)
        });
        self.poort(datum, false, plan, inst)
    }

    /// The poort a fase-overgang recorded now with date `datum` goes through: open only when it
    /// is open today *and* was open on that date — so a date in the past neither skips what is
    /// known today nor claims a plan or score that came later. The first of the two that is
    /// closed is returned; else today's.
    pub fn fasepoort_voor_overgang(
        &self,
        datum: NaiveDate,
        inst: &Methodeinstellingen,
    ) -> Fasepoort {
        let nu = self.fasepoort(inst);
        if !nu.is_open() {
            return nu;
        }
        let toen = self.fasepoort_op(datum, inst);
        if toen.is_open() { nu } else { toen }
    }

    fn poort(
        &self,
        datum: NaiveDate,
        ongedateerd_telt: bool,
        veiligheidsplan: bool,
        inst: &Methodeinstellingen,
    ) -> Fasepoort {
        let mut open_acuut = 0;
        let mut niet_getaxeerd = 0;
        for situatie in self
            .onveilige_situaties()
            .filter(|s| s.datum.map_or(ongedateerd_telt, |d| d <= datum))
        {
            match self.taxatie.van_situatie(situatie.id) {
                Some(t) if t.is_open_acuut_op(datum) => open_acuut += 1,
                Some(t) if t.onveiligheid.is_some() => {}
                _ => niet_getaxeerd += 1,
            }
        }
        let acuut = if open_acuut > 0 {
            (
                false,
                format!(
                    "Er is nog open acute onveiligheid bij {}.",
                    aantal(open_acuut, "situatie", "situaties")
                ),
            )
        } else if niet_getaxeerd > 0 {
            (
                false,
                format!(
                    "Nog niet vast te stellen of er acute onveiligheid is: {} nog niet getaxeerd.",
                    if niet_getaxeerd == 1 {
                        "1 onveilige situatie is".to_string()
                    } else {
                        format!("{niet_getaxeerd} onveilige situaties zijn")
                    }
                ),
            )
        } else {
            (true, "Er is geen open acute onveiligheid.".to_string())
        };

        let plan = if veiligheidsplan {
            (true, "Er is een vastgesteld veiligheidsplan.".to_string())
        } else {
            (
                false,
                "Er is nog geen vastgesteld veiligheidsplan.".to_string(),
            )
        };

        let drempel = inst.veiligheidsdrempel;
        let leidend = self.taxatie.leidende_score_op(datum);
        let mut score = match leidend {
            None => (
                false,
                format!(
                    "Er is nog geen veiligheidsscore van de professional of de MDA++-tafel; nodig is ten minste {drempel}."
                ),
            ),
            Some(s) if s.waarde >= drempel => (
                true,
                format!(
                    "De laatste veiligheidsscore van de {} is {}; de drempel is {drempel}.",
                    s.perspectief.label(),
                    s.waarde
                ),
            ),
            Some(s) => (
                false,
                format!(
                    "De laatste veiligheidsscore van de {} is {}; nodig is ten minste {drempel}.",
                    s.perspectief.label(),
                    s.waarde
                ),
            ),
        };
        let naast = self.scores_naast(leidend, datum);
        if !naast.is_empty() {
            score
                .1
                .push_str(&format!(" Daarnaast: {}.", zinseinde(&naast)));
        }

        let voorwaarde = |soort, (voldaan, tekst): (bool, String)| Poortvoorwaarde {
            soort,
            voldaan,
            tekst,
        };
        Fasepoort {
            voorwaarden: vec![
                voorwaarde(Poortvoorwaardesoort::GeenAcuteOnveiligheid, acuut),
                voorwaarde(Poortvoorwaardesoort::VeiligheidsplanVastgesteld, plan),
                voorwaarde(Poortvoorwaardesoort::ScoreBovenDrempel, score),
            ],
        }
    }

    /// The latest score (on or before `datum`) of every perspective but the leidende one, shown
    /// beside it: "Ayşe 8", "MDA++-tafel 5". They inform; they never lift the leidende score.
    pub fn scores_naast(
        &self,
        leidend: Option<&Veiligheidsscore>,
        datum: NaiveDate,
    ) -> Vec<String> {
        let tot = Taxatie {
            scores: self
                .taxatie
                .scores
                .iter()
                .filter(|s| s.datum <= datum)
                .cloned()
                .collect(),
            ..Taxatie::default()
        };
        tot.laatste_scores_per_perspectief()
            .into_iter()
            .filter(|s| leidend.is_none_or(|l| l.perspectief != s.perspectief))
            .map(|s| {
                let wie = match s.perspectief {
                    Perspectief::Betrokkene { betrokkene_id } => self
                        .betrokkene(betrokkene_id)
                        .map_or_else(|| "betrokkene".to_string(), |b| b.naam.clone()),
                    ander => ander.label().to_string(),
                };
                format!("{wie} {}", s.waarde_tekst())
            })
            .collect()
    }

    /// Where the casus can go from its phase: every other phase, in the method's order — on to a
    /// later one, or back to an earlier one when violence returns.
    pub fn fasekeuzes(&self) -> Vec<Fase> {
        [
            Fase::DirecteVeiligheid,
            Fase::StabieleVeiligheid,
            Fase::Herstel,
        ]
        .into_iter()
        .filter(|f| *f != self.fase)
        .collect()
    }

    /// Whether a move to `naar` passes the fasepoort: leaving directe veiligheid for a later phase.
    pub fn door_fasepoort(&self, naar: Fase) -> bool {
        self.fase == Fase::DirecteVeiligheid && naar > Fase::DirecteVeiligheid
    }

    /// Moves the casus to another phase and records the overgang with the latest scores.
    /// Leaving directe veiligheid for a later phase passes the fasepoort, today and on the
    /// overgang's date ([`Casus::fasepoort_voor_overgang`]); when it is not open, an
    /// afwijkingsreden is required (blank counts as none). Other moves — on to herstel, or back
    /// to an earlier phase when violence returns — need only an onderbouwing. On an error nothing
    /// is changed.
    pub fn wissel_fase(
        &mut self,
        verzoek: Faseverzoek,
        door: &str,
        inst: &Methodeinstellingen,
    ) -> Result<(), Fasefout> {
        if verzoek.naar == self.fase {
            return Err(Fasefout::ZelfdeFase { fase: self.fase });
        }
        let onderbouwing = verzoek.onderbouwing.trim();
        if onderbouwing.is_empty() {
            return Err(Fasefout::OnderbouwingOntbreekt);
        }
        if let Some(vorige) = self.faseovergangen.last()
            && verzoek.datum < vorige.datum
        {
            return Err(Fasefout::DatumVoorVorigeOvergang {
                vorige: vorige.datum,
            });
        }
        let mut afwijkingsreden = None;
        if self.door_fasepoort(verzoek.naar) {
            let poort = self.fasepoort_voor_overgang(verzoek.datum, inst);
            if !poort.is_open() {
                let reden = verzoek
                    .afwijkingsreden
                    .as_deref()
                    .map(str::trim)
                    .filter(|r| !r.is_empty())
                    .ok_or_else(|| Fasefout::AfwijkingsredenNodig {
                        naar: verzoek.naar,
                        niet_voldaan: poort.niet_voldaan(),
                    })?;
                afwijkingsreden = Some(reden.to_string());
            }
        }
        self.faseovergangen.push(FaseOvergang {
            datum: verzoek.datum,
            van: self.fase,
            naar: verzoek.naar,
            onderbouwing: onderbouwing.to_string(),
            scores: self.taxatie.laatste_scores_per_perspectief(),
            door: door.trim().to_string(),
            afwijkingsreden,
        });
        self.fase = verzoek.naar;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{
        Categorie, Informatie, Onveiligheid, Perspectief, SituatieTaxatie, Veiligheidsscore,
    };
    use chrono::Utc;

    fn d(j: i32, m: u32, dag: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(j, m, dag).unwrap()
    }

    /// A casus with two onveilige situaties, taxed as given, and the given latest score.
    fn casus(taxaties: [Option<(Onveiligheid, bool)>; 2], score: Option<u8>) -> Casus {
        let mut casus = Casus::nieuw("C-1", "", Utc::now(), d(2031, 1, 1));
        for taxatie in taxaties {
            let item = Informatie {
                categorie: Categorie::OnveiligeSituatie,
                ..Informatie::nieuw("situatie")
            };
            if let Some((onveiligheid, afgewend)) = taxatie {
                casus.taxatie.situaties.push(SituatieTaxatie {
                    onveiligheid: Some(onveiligheid),
                    acuut_afgewend_op: afgewend.then(|| d(2026, 2, 1)),
                    ..SituatieTaxatie::voor(item.id)
                });
            }
            casus.informatie.push(item);
        }
        if let Some(waarde) = score {
            casus.taxatie.scores.push(Veiligheidsscore {
                datum: d(2026, 3, 1),
                perspectief: Perspectief::Professional,
                waarde,
                toelichting: String::new(),
                onbekend: false,
            });
        }
        // A veiligheidsplan vastgesteld on 1 February (the poort's plan condition holds).
        let id = casus
            .plan_nieuw(Plansoort::Veiligheidsplan, d(2026, 1, 20))
            .unwrap();
        let plan = casus.plannen.iter_mut().find(|p| p.id == id).unwrap();
        plan.status = Planstatus::Vastgesteld;
        plan.vastgesteld = Some(crate::domain::Vaststelling {
            datum: d(2026, 2, 1),
            door: "Jan".into(),
        });
        casus
    }

    const ACUUT: Option<(Onveiligheid, bool)> = Some((Onveiligheid::Acuut, false));
    const AFGEWEND: Option<(Onveiligheid, bool)> = Some((Onveiligheid::Acuut, true));
    const STRUCTUREEL: Option<(Onveiligheid, bool)> = Some((Onveiligheid::Structureel, false));

    #[test]
    fn fasepoort_checklist() {
        let inst = Methodeinstellingen::default();
        // (situation taxaties, plan vastgesteld, latest score, expected checklist as (met, text))
        let gevallen = [
            (
                [STRUCTUREEL, AFGEWEND],
                true,
                Some(6),
                [
                    (true, "Er is geen open acute onveiligheid."),
                    (true, "Er is een vastgesteld veiligheidsplan."),
                    (
                        true,
                        "De laatste veiligheidsscore van de professional is 6; de drempel is 6.",
                    ),
                ],
            ),
            (
                [ACUUT, STRUCTUREEL],
                false,
                Some(5),
                [
                    (false, "Er is nog open acute onveiligheid bij 1 situatie."),
                    (false, "Er is nog geen vastgesteld veiligheidsplan."),
                    (
                        false,
                        "De laatste veiligheidsscore van de professional is 5; nodig is ten minste 6.",
                    ),
                ],
            ),
            (
                [ACUUT, ACUUT],
                true,
                None,
                [
                    (false, "Er is nog open acute onveiligheid bij 2 situaties."),
                    (true, "Er is een vastgesteld veiligheidsplan."),
                    (
                        false,
                        "Er is nog geen veiligheidsscore van de professional of de MDA++-tafel; nodig is ten minste 6.",
                    ),
                ],
            ),
            (
                [STRUCTUREEL, None],
                true,
                Some(9),
                [
                    (
                        false,
                        "Nog niet vast te stellen of er acute onveiligheid is: 1 onveilige situatie is nog niet getaxeerd.",
                    ),
                    (true, "Er is een vastgesteld veiligheidsplan."),
                    (
                        true,
                        "De laatste veiligheidsscore van de professional is 9; de drempel is 6.",
                    ),
                ],
            ),
            (
                [None, None],
                true,
                Some(9),
                [
                    (
                        false,
                        "Nog niet vast te stellen of er acute onveiligheid is: 2 onveilige situaties zijn nog niet getaxeerd.",
                    ),
                    (true, "Er is een vastgesteld veiligheidsplan."),
                    (
                        true,
                        "De laatste veiligheidsscore van de professional is 9; de drempel is 6.",
                    ),
                ],
            ),
        ];
        for (taxaties, plan, score, verwacht) in gevallen {
            let poort = casus(taxaties, score).poort(NaiveDate::MAX, true, plan, &inst);
            let lijst: Vec<(bool, &str)> = poort
                .voorwaarden
                .iter()
                .map(|v| (v.voldaan, v.tekst.as_str()))
                .collect();
            assert_eq!(lijst, verwacht);
            assert_eq!(poort.is_open(), verwacht.iter().all(|(v, _)| *v));
        }
    }

    #[test]
    fn drempel_komt_uit_de_instellingen() {
        let inst = Methodeinstellingen {
            veiligheidsdrempel: 7,
            ..Methodeinstellingen::default()
        };
        let poort =
            casus([STRUCTUREEL, STRUCTUREEL], Some(6)).poort(NaiveDate::MAX, true, true, &inst);
        assert_eq!(
            poort.niet_voldaan(),
            vec!["De laatste veiligheidsscore van de professional is 6; nodig is ten minste 7."]
        );
    }

    fn verzoek(naar: Fase, onderbouwing: &str, reden: Option<&str>) -> Faseverzoek {
        Faseverzoek {
            naar,
            datum: d(2026, 4, 1),
            onderbouwing: onderbouwing.to_string(),
            afwijkingsreden: reden.map(str::to_string),
        }
    }

    #[test]
    fn wissel_fase() {
        use Fase::*;
        let inst = Methodeinstellingen::default();
        let open = casus([STRUCTUREEL, AFGEWEND], Some(7));
        let dicht = casus([ACUUT, STRUCTUREEL], Some(7));
        let niet_voldaan = Fasefout::AfwijkingsredenNodig {
            naar: StabieleVeiligheid,
            niet_voldaan: vec!["Er is nog open acute onveiligheid bij 1 situatie.".to_string()],
        };
        // (casus, plan, request, expected result, expected afwijkingsreden recorded)
        let gevallen = [
            (
                &open,
                true,
                verzoek(StabieleVeiligheid, "Rust", None),
                Ok(()),
                None,
            ),
            (
                &open,
                true,
                verzoek(StabieleVeiligheid, "Rust", Some("niet nodig")),
                Ok(()),
                None,
            ),
            (
                &dicht,
                true,
                verzoek(StabieleVeiligheid, "Rust", None),
                Err(niet_voldaan.clone()),
                None,
            ),
            (
                &dicht,
                true,
                verzoek(StabieleVeiligheid, "Rust", Some("   ")),
                Err(niet_voldaan),
                None,
            ),
            (
                &dicht,
                true,
                verzoek(StabieleVeiligheid, "Rust", Some(" Huisverbod loopt ")),
                Ok(()),
                Some("Huisverbod loopt"),
            ),
            (
                &dicht,
                true,
                verzoek(Herstel, "Rust", None),
                Err(Fasefout::AfwijkingsredenNodig {
                    naar: Herstel,
                    niet_voldaan: vec![
                        "Er is nog open acute onveiligheid bij 1 situatie.".to_string(),
                    ],
                }),
                None,
            ),
            (
                &open,
                true,
                verzoek(DirecteVeiligheid, "Rust", None),
                Err(Fasefout::ZelfdeFase {
                    fase: DirecteVeiligheid,
                }),
                None,
            ),
            (
                &open,
                true,
                verzoek(StabieleVeiligheid, "  ", None),
                Err(Fasefout::OnderbouwingOntbreekt),
                None,
            ),
        ];
        for (basis, _plan, verzoek, verwacht, reden) in gevallen {
            let mut c = basis.clone();
            let naar = verzoek.naar;
            let uitkomst = c.wissel_fase(verzoek, "Jan", &inst);
            assert_eq!(uitkomst, verwacht);
            if uitkomst.is_ok() {
                assert_eq!(c.fase, naar);
                let overgang = c.faseovergangen.last().unwrap();
                assert_eq!(overgang.van, DirecteVeiligheid);
                assert_eq!(overgang.afwijkingsreden.as_deref(), reden);
                assert_eq!(overgang.scores.len(), 1);
                assert_eq!(overgang.scores[0].waarde, 7);
            } else {
                assert_eq!(c, *basis, "nothing changes on an error");
            }
        }
    }

    #[test]
    fn terug_en_verder_zonder_poort() {
        let inst = Methodeinstellingen::default();
        let mut c = casus([STRUCTUREEL, STRUCTUREEL], Some(8));
        c.wissel_fase(
            verzoek(Fase::StabieleVeiligheid, "Veilig", None),
            "Jan",
            &inst,
        )
        .unwrap();
        // Back to directe veiligheid when violence returns: no poort, even with a low score.
        c.taxatie.scores[0].waarde = 2;
        c.wissel_fase(
            verzoek(Fase::DirecteVeiligheid, "Nieuw incident", None),
            "Jan",
            &inst,
        )
        .unwrap();
        assert_eq!(c.fase, Fase::DirecteVeiligheid);
        assert_eq!(c.faseovergangen.len(), 2);
        assert_eq!(c.in_fase_sinds(), d(2026, 4, 1));
        let mut eerder = verzoek(Fase::StabieleVeiligheid, "Veilig", Some("MDA++ besluit"));
        eerder.datum = d(2026, 3, 31);
        assert_eq!(
            c.wissel_fase(eerder, "Jan", &inst),
            Err(Fasefout::DatumVoorVorigeOvergang {
                vorige: d(2026, 4, 1)
            })
        );
    }

    #[test]
    fn foutmelding_noemt_wat_ontbreekt() {
        let fout = Fasefout::AfwijkingsredenNodig {
            naar: Fase::StabieleVeiligheid,
            niet_voldaan: vec![
                "Er is nog geen vastgesteld veiligheidsplan.".to_string(),
                "De laatste veiligheidsscore van de professional is 4; nodig is ten minste 6."
                    .to_string(),
            ],
        };
        assert_eq!(
            fout.to_string(),
            "Nog niet aan alle voorwaarden voldaan. Er is nog geen vastgesteld veiligheidsplan. \
             De laatste veiligheidsscore van de professional is 4; nodig is ten minste 6. Wil je toch naar stabiele \
             veiligheid, geef dan een reden. Er is niets gewijzigd."
        );
        assert_eq!(fout.code(), "afwijkingsreden_nodig");
    }
}
