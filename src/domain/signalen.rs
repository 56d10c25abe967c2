//! Signalen: the method's warnings for a casus on a given day — opschalen naar MDA++
//! expertoverleg, monitoring due or overdue, kindcheck open or worrying, no casusregisseur, a score
//! below the drempel, a plan not yet shared with every party, an expired bewaartermijn. Signals,
//! not blockers: the professional decides.

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::benamingen::{aantal, datum_tekst, zinseinde};
use super::{
    Casus, CasusStatus, Fase, JaNeeOnbekend, Methodeinstellingen, Monitoringsoort,
    Monitoringstatus, Perspectief, Plansoort,
};

/// One signal. `tekst()` gives the Dutch sentence; `code()` a stable code for the UI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(
    rename_all = "camelCase",
    tag = "signaal",
    rename_all_fields = "camelCase"
)]
pub enum Signaal {
    /// In directe veiligheid for at least the set period without reaching the drempel.
    /// [seed 003: "als na 3 maanden geen 6 voor veiligheid is bereikt"]
    Opschalen {
        /// Full months in directe veiligheid.
        maanden: u32,
        /// The leidende veiligheidsscore (the professional's or the MDA++ table's), if any.
        laatste_score: Option<u8>,
        /// Whose score that is.
        perspectief: Option<Perspectief>,
        /// The drempel.
        drempel: u8,
    },
    /// A monitoring moment has passed without being done. [seed 001]
    MonitoringTeLaat {
        /// Which moment.
        moment_id: Uuid,
        /// Standard or extra.
        soort: Monitoringsoort,
        /// Planned date.
        datum: NaiveDate,
        /// Days late.
        dagen: i64,
    },
    /// A monitoring moment in this phase found new violence while the casus is past directe
    /// veiligheid: go back when safety is gone. [seed 001: terugval]
    NieuwGeweld {
        /// The day of the monitoring.
        datum: NaiveDate,
    },
    /// The latest kindcheck shows children who are not safe or cause concern. [seed 001]
    KindcheckZorgen {
        /// The adults concerned.
        namen: Vec<String>,
    },
    /// An adult betrokkene has no answered kindcheck. [seed 001]
    KindcheckOntbreekt {
        /// The adults concerned.
        namen: Vec<String>,
    },
    /// The leidende veiligheidsscore is below the drempel. [seed 003; UX.md]
    ScoreOnderDrempel {
        /// The leidende score (the professional's or the MDA++ table's).
        score: u8,
        /// Whose score that is.
        perspectief: Perspectief,
        /// The drempel.
        drempel: u8,
    },
    /// A monitoring moment is due soon or today. [seed 001]
    MonitoringAanDeBeurt {
        /// Which moment.
        moment_id: Uuid,
        /// Standard or extra.
        soort: Monitoringsoort,
        /// Planned date.
        datum: NaiveDate,
    },
    /// Parties have not yet received the current vastgesteld version of a plan. [seed 004: all
    /// parties knew the veiligheidsplan in only 29% of cases]
    PlanNietGedeeld {
        /// Which plan.
        soort: Plansoort,
        /// The current vastgesteld version.
        versie: u32,
        /// Who has not received it.
        partijen: Vec<String>,
    },
    /// The evaluatiedatum of the current phase's vastgesteld plan has passed: evaluate it, and
    /// vaststellen a new version when something changes. [seed 001: "evalueren en bijstellen"]
    EvaluatieTeLaat {
        /// Which plan.
        soort: Plansoort,
        /// The vastgesteld version in force.
        versie: u32,
        /// The evaluatiedatum it named.
        datum: NaiveDate,
        /// Days since.
        dagen: i64,
    },
    /// No casusregisseur is named. [seed 004: regie in only 49% of cases]
    GeenCasusregisseur,
    /// The bewaartermijn has passed. [DOMAIN: privacy]
    BewaartermijnVerstreken {
        /// The end of the bewaartermijn.
        datum: NaiveDate,
    },
}

fn monitoring_naam(soort: Monitoringsoort) -> String {
    match soort {
        Monitoringsoort::Extra => "Extra monitoring".to_string(),
        Monitoringsoort::NaMaanden(_) => format!("Monitoring {}", soort.label()),
    }
}

impl Signaal {
    /// The signal as a Dutch sentence.
    pub fn tekst(&self) -> String {
        match self {
            Signaal::Opschalen {
                maanden,
                laatste_score,
                perspectief,
                drempel,
            } => {
                let score = match (laatste_score, perspectief) {
                    (Some(s), Some(p)) => format!("laatste score van de {} {s}", p.label()),
                    _ => "nog geen veiligheidsscore van de professional".to_string(),
                };
                format!(
                    "Al {} in directe veiligheid en nog geen {drempel} voor veiligheid ({score}): \
                     opschalen naar MDA++ expertoverleg.",
                    aantal(*maanden as usize, "maand", "maanden")
                )
            }
            Signaal::MonitoringTeLaat {
                soort,
                datum,
                dagen,
                ..
            } => format!(
                "{} (gepland op {}) is {} te laat.",
                monitoring_naam(*soort),
                datum_tekst(*datum),
                aantal(*dagen as usize, "dag", "dagen")
            ),
            Signaal::NieuwGeweld { datum } => format!(
                "Bij de monitoring van {} is nieuw geweld gemeld. Ga zo nodig terug naar directe veiligheid.",
                datum_tekst(*datum)
            ),
            Signaal::KindcheckZorgen { namen } => format!(
                "Zorgen uit de kindcheck over de kinderen van: {}.",
                zinseinde(namen)
            ),
            Signaal::KindcheckOntbreekt { namen } => {
                format!("Kindcheck ontbreekt voor: {}.", zinseinde(namen))
            }
            Signaal::ScoreOnderDrempel {
                score,
                perspectief,
                drempel,
            } => format!(
                "De laatste veiligheidsscore van de {} is {score}, onder de {drempel} voor veiligheid.",
                perspectief.label()
            ),
            Signaal::MonitoringAanDeBeurt { soort, datum, .. } => format!(
                "{} is aan de beurt: gepland op {}.",
                monitoring_naam(*soort),
                datum_tekst(*datum)
            ),
            Signaal::PlanNietGedeeld {
                soort,
                versie,
                partijen,
            } => format!(
                "{} versie {versie} is nog niet gedeeld met: {}.",
                soort.titel(),
                zinseinde(partijen)
            ),
            Signaal::EvaluatieTeLaat {
                soort,
                versie,
                datum,
                dagen,
            } => format!(
                "De evaluatie van {} versie {versie} was gepland op {} ({} geleden). Evalueer het plan en stel zo nodig een nieuwe versie vast.",
                soort.label(),
                datum_tekst(*datum),
                aantal(*dagen as usize, "dag", "dagen")
            ),
            Signaal::GeenCasusregisseur => "Er is nog geen casusregisseur benoemd.".to_string(),
            Signaal::BewaartermijnVerstreken { datum } => format!(
                "De bewaartermijn is verstreken op {}. Vernietig de casus of verleng de bewaartermijn.",
                datum_tekst(*datum)
            ),
        }
    }

    /// The short form, for a badge in the casus list ("Score onder 6"). \[ours]
    pub fn kort(&self) -> String {
        match self {
            Signaal::Opschalen { .. } => "Opschalen".into(),
            Signaal::MonitoringTeLaat { .. } => "Monitoring te laat".into(),
            Signaal::NieuwGeweld { .. } => "Nieuw geweld".into(),
            Signaal::KindcheckZorgen { .. } => "Kindcheck: zorgen".into(),
            Signaal::KindcheckOntbreekt { .. } => "Kindcheck open".into(),
            Signaal::ScoreOnderDrempel { drempel, .. } => format!("Score onder {drempel}"),
            Signaal::MonitoringAanDeBeurt { .. } => "Monitoring".into(),
            Signaal::PlanNietGedeeld { .. } => "Plan niet gedeeld".into(),
            Signaal::EvaluatieTeLaat { .. } => "Evaluatie te laat".into(),
            Signaal::GeenCasusregisseur => "Geen regisseur".into(),
            Signaal::BewaartermijnVerstreken { .. } => "Bewaartermijn".into(),
        }
    }

    /// A stable code the UI can branch on (e.g. to link to the place to fix it).
    pub fn code(&self) -> &'static str {
        match self {
            Signaal::Opschalen { .. } => "opschalen",
            Signaal::MonitoringTeLaat { .. } => "monitoring_te_laat",
            Signaal::NieuwGeweld { .. } => "nieuw_geweld",
            Signaal::KindcheckZorgen { .. } => "kindcheck_zorgen",
            Signaal::KindcheckOntbreekt { .. } => "kindcheck_ontbreekt",
            Signaal::ScoreOnderDrempel { .. } => "score_onder_drempel",
            Signaal::MonitoringAanDeBeurt { .. } => "monitoring_aan_de_beurt",
            Signaal::PlanNietGedeeld { .. } => "plan_niet_gedeeld",
            Signaal::EvaluatieTeLaat { .. } => "evaluatie_te_laat",
            Signaal::GeenCasusregisseur => "geen_casusregisseur",
            Signaal::BewaartermijnVerstreken { .. } => "bewaartermijn_verstreken",
        }
    }
}

/// Completed months from `van` to `tot` (0 when `tot` is earlier).
pub fn volle_maanden(van: NaiveDate, tot: NaiveDate) -> u32 {
    let ruw = (tot.year() - van.year()) * 12 + tot.month() as i32 - van.month() as i32;
    let mut maanden = u32::try_from(ruw).unwrap_or(0);
    while maanden > 0
        && van
            .checked_add_months(Months::new(maanden))
            .is_none_or(|d| d > tot)
    {
        maanden -= 1;
    }
    maanden
}

/// Every signal of the casus on `vandaag`, most urgent first.
///
/// An open casus gets all signals; a gesloten casus only monitoring and bewaartermijn (monitoring
/// goes on after help ends); a gearchiveerd casus only the bewaartermijn. \[ours]
pub fn signalen(casus: &Casus, vandaag: NaiveDate, inst: &Methodeinstellingen) -> Vec<Signaal> {
    let open = casus.status == CasusStatus::Open;
    let monitoren = casus.status != CasusStatus::Gearchiveerd;
    let drempel = inst.veiligheidsdrempel;
    // The professional's (or the table's) score; a family member's never lifts it. [seed 003]
    let leidend = casus.taxatie.leidende_score();
    let laatste_score = leidend.map(|s| s.waarde);
    let mut signalen = Vec::new();

    let mut opschalen = false;
    // Answered once an opschaling is recorded in this period of directe veiligheid.
    let opgeschaald = casus
        .opschalingen
        .iter()
        .any(|o| o.datum >= casus.in_fase_sinds());
    if open
        && casus.fase == Fase::DirecteVeiligheid
        && laatste_score.is_none_or(|s| s < drempel)
        && !opgeschaald
    {
        let maanden = volle_maanden(casus.in_fase_sinds(), vandaag);
        if maanden >= inst.opschalen_na_maanden {
            opschalen = true;
            signalen.push(Signaal::Opschalen {
                maanden,
                laatste_score,
                perspectief: leidend.map(|s| s.perspectief),
                drempel,
            });
        }
    }

    if open && casus.fase != Fase::DirecteVeiligheid {
        let sinds = casus.in_fase_sinds();
        if let Some(datum) = casus
            .monitoring
            .iter()
            .filter(|m| {
                m.uitkomst
                    .as_ref()
                    .is_some_and(|u| u.nieuw_geweld == JaNeeOnbekend::Ja)
            })
            .filter_map(|m| m.gedaan)
            .filter(|d| *d >= sinds)
            .max()
        {
            signalen.push(Signaal::NieuwGeweld { datum });
        }
    }

    let mut aan_de_beurt = Vec::new();
    if monitoren {
        let mut momenten: Vec<_> = casus.monitoring.iter().collect();
        momenten.sort_by_key(|m| m.datum);
        for moment in momenten {
            match moment.status(vandaag, inst) {
                Monitoringstatus::TeLaat { dagen } => signalen.push(Signaal::MonitoringTeLaat {
                    moment_id: moment.id,
                    soort: moment.soort,
                    datum: moment.datum,
                    dagen,
                }),
                Monitoringstatus::AanDeBeurt => aan_de_beurt.push(Signaal::MonitoringAanDeBeurt {
                    moment_id: moment.id,
                    soort: moment.soort,
                    datum: moment.datum,
                }),
                Monitoringstatus::Gepland | Monitoringstatus::Gedaan => {}
            }
        }
    }

    if open {
        let namen = |lijst: Vec<&super::Betrokkene>| -> Vec<String> {
            lijst.into_iter().map(|b| b.naam.clone()).collect()
        };
        let zorgen = namen(casus.kindcheck_zorgen(vandaag));
        if !zorgen.is_empty() {
            signalen.push(Signaal::KindcheckZorgen { namen: zorgen });
        }
        let ontbreekt = namen(casus.kindcheck_ontbreekt(vandaag));
        if !ontbreekt.is_empty() {
            signalen.push(Signaal::KindcheckOntbreekt { namen: ontbreekt });
        }
        if let Some(score) = leidend
            && score.waarde < drempel
            && !opschalen
        {
            signalen.push(Signaal::ScoreOnderDrempel {
                score: score.waarde,
                perspectief: score.perspectief,
                drempel,
            });
        }
    }

    signalen.extend(aan_de_beurt);

    if open {
        for soort in Plansoort::ALLE {
            if let Some(plan) = casus.vastgesteld_plan(soort) {
                let partijen: Vec<String> =
                    plan.niet_ontvangen().map(|v| v.partij.clone()).collect();
                if !partijen.is_empty() {
                    signalen.push(Signaal::PlanNietGedeeld {
                        soort,
                        versie: plan.versie,
                        partijen,
                    });
                }
            }
        }
    }

    // The plan of the current phase: the one being worked with (an earlier phase's plan was
    // evaluated when the casus moved on).
    let soort = Plansoort::van_fase(casus.fase);
    if open
        && let Some(plan) = casus.vastgesteld_plan(soort)
        && let Some(datum) = plan.inhoud.evaluatie.datum
        && datum < vandaag
    {
        signalen.push(Signaal::EvaluatieTeLaat {
            soort,
            versie: plan.versie,
            datum,
            dagen: (vandaag - datum).num_days(),
        });
    }

    if open && casus.casusregisseur().is_none() {
        signalen.push(Signaal::GeenCasusregisseur);
    }
    if vandaag > casus.bewaartermijn {
        signalen.push(Signaal::BewaartermijnVerstreken {
            datum: casus.bewaartermijn,
        });
    }
    signalen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{
        Betrokkene, FaseOvergang, JaNeeOnbekend, Kindcheck, Monitoringmoment, Perspectief, Rol,
        VeiligOpgroeien, Veiligheidsscore,
    };
    use chrono::{TimeZone, Utc};

    fn d(j: i32, m: u32, dag: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(j, m, dag).unwrap()
    }

    /// A casus created on 15-01-2026, with a casusregisseur, no betrokkenen, kept until 2031.
    fn basis() -> Casus {
        let aangemaakt = Utc.with_ymd_and_hms(2026, 1, 15, 9, 0, 0).unwrap();
        let mut casus = Casus::nieuw("C-1", "", aangemaakt, d(2031, 1, 1));
        casus.casusregisseur = Some("R. Regisseur".into());
        casus
    }

    fn met_score(mut casus: Casus, datum: NaiveDate, waarde: u8) -> Casus {
        casus.taxatie.scores.push(Veiligheidsscore {
            datum,
            perspectief: Perspectief::Professional,
            waarde,
            toelichting: String::new(),
            onbekend: false,
        });
        casus
    }

    fn teksten(casus: &Casus, vandaag: NaiveDate) -> Vec<String> {
        signalen(casus, vandaag, &Methodeinstellingen::default())
            .iter()
            .map(Signaal::tekst)
            .collect()
    }

    #[test]
    fn volle_maanden_tellen() {
        // (from, to, completed months)
        let gevallen = [
            (d(2026, 1, 15), d(2026, 4, 14), 2),
            (d(2026, 1, 15), d(2026, 4, 15), 3),
            (d(2026, 1, 31), d(2026, 2, 28), 1),
            (d(2026, 1, 31), d(2026, 2, 27), 0),
            (d(2025, 11, 30), d(2026, 2, 27), 2),
            (d(2025, 11, 30), d(2026, 2, 28), 3), // like Jan 31 + 1 month = Feb 28
            (d(2026, 5, 1), d(2026, 4, 1), 0),
            (d(2024, 2, 29), d(2025, 2, 28), 12),
        ];
        for (van, tot, verwacht) in gevallen {
            assert_eq!(volle_maanden(van, tot), verwacht, "{van} → {tot}");
        }
    }

    #[test]
    fn opschalen_naar_mda_expertoverleg() {
        let laag = met_score(basis(), d(2026, 3, 1), 4);
        let hoog = met_score(basis(), d(2026, 3, 1), 6);
        let later_laag = met_score(hoog.clone(), d(2026, 4, 1), 5);
        // (casus, today, expected texts)
        let gevallen: [(&Casus, NaiveDate, &[&str]); 5] = [
            (
                &laag,
                d(2026, 4, 14),
                &[
                    "De laatste veiligheidsscore van de professional is 4, onder de 6 voor veiligheid.",
                ],
            ),
            (
                &laag,
                d(2026, 4, 15),
                &[
                    "Al 3 maanden in directe veiligheid en nog geen 6 voor veiligheid \
                   (laatste score van de professional 4): opschalen naar MDA++ expertoverleg.",
                ],
            ),
            (
                &basis(),
                d(2026, 6, 20),
                &[
                    "Al 5 maanden in directe veiligheid en nog geen 6 voor veiligheid \
                   (nog geen veiligheidsscore van de professional): opschalen naar MDA++ expertoverleg.",
                ],
            ),
            (&hoog, d(2026, 6, 20), &[]),
            (
                &later_laag,
                d(2026, 6, 20),
                &[
                    "Al 5 maanden in directe veiligheid en nog geen 6 voor veiligheid \
                   (laatste score van de professional 5): opschalen naar MDA++ expertoverleg.",
                ],
            ),
        ];
        for (casus, vandaag, verwacht) in gevallen {
            assert_eq!(teksten(casus, vandaag), verwacht, "{vandaag}");
        }
    }

    #[test]
    fn an_overdue_evaluatie_of_the_plan_in_force_is_a_signal() {
        let mut casus = basis();
        let id = casus
            .plan_nieuw(Plansoort::Veiligheidsplan, d(2026, 3, 1))
            .unwrap();
        let plan = casus.plannen.iter_mut().find(|p| p.id == id).unwrap();
        plan.inhoud.evaluatie.datum = Some(d(2026, 6, 1));
        let code = |c: &Casus, vandaag| -> Vec<String> {
            signalen(c, vandaag, &Methodeinstellingen::default())
                .iter()
                .filter(|s| s.code() == "evaluatie_te_laat")
                .map(Signaal::tekst)
                .collect()
        };
        assert_eq!(
            code(&casus, d(2026, 6, 10)),
            Vec::<String>::new(),
            "a concept is not in force"
        );
        let plan = casus.plannen.iter_mut().find(|p| p.id == id).unwrap();
        plan.status = crate::domain::Planstatus::Vastgesteld;
        plan.vastgesteld = Some(crate::domain::Vaststelling {
            datum: d(2026, 3, 2),
            door: "Jan".into(),
        });
        assert_eq!(
            code(&casus, d(2026, 6, 1)),
            Vec::<String>::new(),
            "on the day itself: not yet late"
        );
        assert_eq!(
            code(&casus, d(2026, 6, 10)),
            [
                "De evaluatie van veiligheidsplan versie 1 was gepland op 01-06-2026 (9 dagen geleden). \
              Evalueer het plan en stel zo nodig een nieuwe versie vast."
            ]
        );
        casus.status = CasusStatus::Gesloten;
        assert_eq!(
            code(&casus, d(2026, 6, 10)),
            Vec::<String>::new(),
            "a gesloten casus: no"
        );
    }

    #[test]
    fn new_violence_at_a_monitoring_past_directe_veiligheid_is_a_signal() {
        use crate::domain::{Monitoringmoment, Monitoringsoort, Monitoringuitkomst};
        let mut casus = met_score(basis(), d(2026, 3, 1), 7);
        casus.fase = Fase::StabieleVeiligheid;
        casus.faseovergangen.push(FaseOvergang {
            datum: d(2026, 4, 1),
            van: Fase::DirecteVeiligheid,
            naar: Fase::StabieleVeiligheid,
            onderbouwing: "rust".into(),
            scores: vec![],
            door: "Jan".into(),
            afwijkingsreden: None,
        });
        let moment = |gedaan, geweld| Monitoringmoment {
            id: uuid::Uuid::new_v4(),
            datum: d(2026, 6, 1),
            soort: Monitoringsoort::NaMaanden(3),
            gedaan: Some(gedaan),
            uitkomst: Some(Monitoringuitkomst {
                nieuw_geweld: geweld,
                zorgen: "Weer geslagen".into(),
            }),
        };
        let nieuw = |c: &Casus| -> Vec<String> {
            signalen(c, d(2026, 6, 10), &Methodeinstellingen::default())
                .iter()
                .filter(|s| s.code() == "nieuw_geweld")
                .map(Signaal::tekst)
                .collect()
        };
        casus
            .monitoring
            .push(moment(d(2026, 6, 2), JaNeeOnbekend::Nee));
        assert_eq!(nieuw(&casus), Vec::<String>::new());
        // Before this phase began it does not count; in it, it does.
        casus
            .monitoring
            .push(moment(d(2026, 3, 20), JaNeeOnbekend::Ja));
        assert_eq!(nieuw(&casus), Vec::<String>::new());
        casus
            .monitoring
            .push(moment(d(2026, 6, 3), JaNeeOnbekend::Ja));
        assert_eq!(
            nieuw(&casus),
            [
                "Bij de monitoring van 03-06-2026 is nieuw geweld gemeld. Ga zo nodig terug naar directe veiligheid."
            ]
        );
        // Back in directe veiligheid, the signal has done its work.
        casus.fase = Fase::DirecteVeiligheid;
        assert_eq!(nieuw(&casus), Vec::<String>::new());
    }

    #[test]
    fn a_family_score_never_lifts_the_professionals_signal() {
        let mut casus = met_score(basis(), d(2026, 3, 1), 4);
        let mut moeder = crate::domain::Betrokkene::nieuw("M.", vec![]);
        moeder.minderjarig = Some(true);
        let m = moeder.id;
        casus.betrokkenen.push(moeder);
        casus.taxatie.scores.push(Veiligheidsscore {
            datum: d(2026, 3, 20),
            perspectief: Perspectief::Betrokkene { betrokkene_id: m },
            waarde: 9,
            toelichting: String::new(),
            onbekend: false,
        });
        assert_eq!(
            teksten(&casus, d(2026, 3, 21)),
            ["De laatste veiligheidsscore van de professional is 4, onder de 6 voor veiligheid."]
        );
        assert_eq!(
            teksten(&casus, d(2026, 5, 21)),
            [
                "Al 4 maanden in directe veiligheid en nog geen 6 voor veiligheid (laatste score van \
              de professional 4): opschalen naar MDA++ expertoverleg."
            ]
        );
        // The MDA++ table's later 7 does lift it: the table weighs every view.
        casus.taxatie.scores.push(Veiligheidsscore {
            datum: d(2026, 3, 21),
            perspectief: Perspectief::MdaTafel,
            waarde: 7,
            toelichting: String::new(),
            onbekend: false,
        });
        assert_eq!(teksten(&casus, d(2026, 5, 21)), Vec::<String>::new());
        // A drempel of 8 from the settings brings both signals back, with its number.
        let inst = Methodeinstellingen {
            veiligheidsdrempel: 8,
            ..Methodeinstellingen::default()
        };
        let met_8: Vec<String> = signalen(&casus, d(2026, 5, 21), &inst)
            .iter()
            .map(Signaal::tekst)
            .collect();
        assert_eq!(
            met_8,
            [
                "Al 4 maanden in directe veiligheid en nog geen 8 voor veiligheid (laatste score van \
              de MDA++-tafel 7): opschalen naar MDA++ expertoverleg."
            ]
        );
    }

    #[test]
    fn opschalen_telt_vanaf_terugkeer_in_directe_veiligheid() {
        let mut casus = met_score(basis(), d(2026, 3, 1), 3);
        casus.fase = Fase::DirecteVeiligheid;
        casus.faseovergangen = vec![
            FaseOvergang {
                datum: d(2026, 2, 1),
                van: Fase::DirecteVeiligheid,
                naar: Fase::StabieleVeiligheid,
                onderbouwing: "rust".into(),
                scores: vec![],
                door: "Jan".into(),
                afwijkingsreden: None,
            },
            FaseOvergang {
                datum: d(2026, 5, 10),
                van: Fase::StabieleVeiligheid,
                naar: Fase::DirecteVeiligheid,
                onderbouwing: "nieuw incident".into(),
                scores: vec![],
                door: "Jan".into(),
                afwijkingsreden: None,
            },
        ];
        let inst = Methodeinstellingen::default();
        let codes = |casus: &Casus, vandaag| -> Vec<&str> {
            signalen(casus, vandaag, &inst)
                .iter()
                .map(Signaal::code)
                .collect()
        };
        assert_eq!(codes(&casus, d(2026, 8, 9)), vec!["score_onder_drempel"]);
        assert_eq!(codes(&casus, d(2026, 8, 10)), vec!["opschalen"]);
        // An opschaling from the earlier period of directe veiligheid does not answer it; one in
        // this period does (the low score shows again).
        let opschaling = |datum| crate::domain::Opschaling {
            id: uuid::Uuid::new_v4(),
            datum,
            overleg: "MDA++ expertoverleg".into(),
            procesregisseur: "P. Regie".into(),
        };
        casus.opschalingen.push(opschaling(d(2026, 1, 20)));
        assert_eq!(codes(&casus, d(2026, 8, 10)), vec!["opschalen"]);
        casus.opschalingen.push(opschaling(d(2026, 8, 10)));
        assert_eq!(codes(&casus, d(2026, 8, 10)), vec!["score_onder_drempel"]);
        casus.opschalingen.clear();
        // In stabiele veiligheid there is no opschalen signal, only the low score.
        casus.fase = Fase::StabieleVeiligheid;
        casus.faseovergangen.pop();
        assert_eq!(codes(&casus, d(2026, 12, 1)), vec!["score_onder_drempel"]);
    }

    #[test]
    fn opschalen_volgt_de_instellingen() {
        let casus = met_score(basis(), d(2026, 3, 1), 6);
        let inst = Methodeinstellingen {
            veiligheidsdrempel: 7,
            opschalen_na_maanden: 6,
            ..Methodeinstellingen::default()
        };
        let codes = |vandaag| -> Vec<&str> {
            signalen(&casus, vandaag, &inst)
                .iter()
                .map(Signaal::code)
                .collect()
        };
        assert_eq!(codes(d(2026, 7, 14)), vec!["score_onder_drempel"]);
        assert_eq!(codes(d(2026, 7, 15)), vec!["opschalen"]);
    }

    #[test]
    fn monitoring_aan_de_beurt_en_te_laat() {
        let mut casus = met_score(basis(), d(2026, 3, 1), 7);
        let moment = |dag: NaiveDate, soort, gedaan| Monitoringmoment {
            id: Uuid::new_v4(),
            datum: dag,
            soort,
            gedaan,
            uitkomst: None,
        };
        casus.monitoring = vec![
            moment(d(2027, 1, 20), Monitoringsoort::NaMaanden(12), None),
            moment(d(2026, 4, 20), Monitoringsoort::NaMaanden(3), None),
            moment(d(2026, 2, 1), Monitoringsoort::Extra, Some(d(2026, 2, 1))),
            moment(d(2026, 5, 1), Monitoringsoort::Extra, None),
        ];
        // (today, expected texts)
        let gevallen: [(NaiveDate, &[&str]); 4] = [
            (d(2026, 4, 1), &[]),
            (
                d(2026, 4, 20),
                &[
                    "Monitoring na 3 maanden is aan de beurt: gepland op 20-04-2026.",
                    "Extra monitoring is aan de beurt: gepland op 01-05-2026.",
                ],
            ),
            (
                d(2026, 4, 21),
                &[
                    "Monitoring na 3 maanden (gepland op 20-04-2026) is 1 dag te laat.",
                    "Extra monitoring is aan de beurt: gepland op 01-05-2026.",
                ],
            ),
            (
                d(2027, 1, 10),
                &[
                    "Monitoring na 3 maanden (gepland op 20-04-2026) is 265 dagen te laat.",
                    "Extra monitoring (gepland op 01-05-2026) is 254 dagen te laat.",
                    "Monitoring na 12 maanden is aan de beurt: gepland op 20-01-2027.",
                ],
            ),
        ];
        for (vandaag, verwacht) in gevallen {
            assert_eq!(teksten(&casus, vandaag), verwacht, "{vandaag}");
        }
    }

    #[test]
    fn kindcheck_regie_en_bewaartermijn() {
        let mut casus = met_score(basis(), d(2026, 3, 1), 7);
        let moeder = Betrokkene::nieuw("M.", vec![Rol::OuderVerzorger]);
        let vader = Betrokkene::nieuw("P.", vec![Rol::Pleger]);
        let buurvrouw = Betrokkene::nieuw("Buurvrouw", vec![Rol::Netwerk]);
        casus.kindchecks.push(Kindcheck {
            betrokkene_id: moeder.id,
            datum: d(2026, 3, 1),
            zorgt_voor_minderjarigen: JaNeeOnbekend::Ja,
            veilig_opgroeien: VeiligOpgroeien::Nee,
            toelichting: String::new(),
        });
        casus.betrokkenen = vec![moeder, vader, buurvrouw];
        casus.casusregisseur = None;
        let vandaag = d(2026, 3, 2);
        assert_eq!(
            teksten(&casus, vandaag),
            [
                "Zorgen uit de kindcheck over de kinderen van: M.",
                "Kindcheck ontbreekt voor: P. en Buurvrouw.",
                "Er is nog geen casusregisseur benoemd.",
            ]
        );

        // Gesloten: no kindcheck or regie signals; an expired bewaartermijn still shows.
        casus.status = CasusStatus::Gesloten;
        casus.bewaartermijn = d(2026, 3, 1);
        assert_eq!(
            teksten(&casus, vandaag),
            [
                "De bewaartermijn is verstreken op 01-03-2026. Vernietig de casus of verleng de bewaartermijn."
            ]
        );
    }

    #[test]
    fn status_bepaalt_welke_signalen() {
        let mut casus = basis(); // no score: opschalen after 3 months
        casus.casusregisseur = None;
        casus.monitoring.push(Monitoringmoment {
            id: Uuid::new_v4(),
            datum: d(2026, 4, 1),
            soort: Monitoringsoort::NaMaanden(3),
            gedaan: None,
            uitkomst: None,
        });
        let vandaag = d(2026, 5, 1);
        // (status, expected codes)
        let gevallen: [(CasusStatus, &[&str]); 3] = [
            (
                CasusStatus::Open,
                &["opschalen", "monitoring_te_laat", "geen_casusregisseur"],
            ),
            (CasusStatus::Gesloten, &["monitoring_te_laat"]),
            (CasusStatus::Gearchiveerd, &[]),
        ];
        for (status, verwacht) in gevallen {
            casus.status = status;
            let codes: Vec<_> = signalen(&casus, vandaag, &Methodeinstellingen::default())
                .iter()
                .map(Signaal::code)
                .collect();
            assert_eq!(codes, verwacht, "{status:?}");
        }
    }

    #[test]
    fn json_vorm() {
        let s = Signaal::KindcheckOntbreekt {
            namen: vec!["M.".into()],
        };
        assert_eq!(
            serde_json::to_value(&s).unwrap(),
            serde_json::json!({"signaal": "kindcheckOntbreekt", "namen": ["M."]})
        );
    }
}
