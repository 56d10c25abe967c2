//! Monitoring after the veiligheidsplan: "in ieder geval na 3 en 12 maanden maar zo veel en vaak
//! als nodig is" — planned moments, extra ones, and whether each is due or overdue. [seed 001,
//! Veilig Thuis radarfunctie; seed 004: new violence within 2 years in 21% of cases]

use chrono::{Months, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{JaNeeOnbekend, Methodeinstellingen};

/// Why a monitoring moment exists.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub enum Monitoringsoort {
    /// A standard moment, this many months after the veiligheidsplan (3, 12). [seed 001]
    NaMaanden(u32),
    /// An extra moment, "zo vaak als nodig". [seed 001]
    Extra,
}

/// One monitoring moment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Monitoringmoment {
    /// Stable identity.
    pub id: Uuid,
    /// The planned date.
    pub datum: NaiveDate,
    /// Standard or extra.
    pub soort: Monitoringsoort,
    /// The date it was done; `None` while open.
    pub gedaan: Option<NaiveDate>,
    /// What the moment found (with `gedaan`); empty in files from before it was recorded.
    #[serde(default)]
    pub uitkomst: Option<Monitoringuitkomst>,
}

/// What a monitoring moment found: has there been new violence, and what worries remain. The
/// scores given that day are in the taxatie (dated `gedaan`), so the trajectory holds them.
/// [seed 001: Veilig Thuis radarfunctie]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Monitoringuitkomst {
    /// New violence since the last contact: ja, nee, onbekend.
    pub nieuw_geweld: JaNeeOnbekend,
    /// Worries that remain (required when there was new violence).
    pub zorgen: String,
}

/// Where a monitoring moment stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(
    rename_all = "camelCase",
    tag = "soort",
    rename_all_fields = "camelCase"
)]
pub enum Monitoringstatus {
    /// Done.
    Gedaan,
    /// Later than the vooraankondiging.
    Gepland,
    /// Within the vooraankondiging or today.
    AanDeBeurt,
    /// The date has passed and it was not done.
    TeLaat {
        /// Days past the planned date.
        dagen: i64,
    },
}

impl Monitoringmoment {
    /// Where this moment stands on `vandaag`.
    pub fn status(&self, vandaag: NaiveDate, inst: &Methodeinstellingen) -> Monitoringstatus {
        if self.gedaan.is_some() {
            return Monitoringstatus::Gedaan;
        }
        let dagen_tot = (self.datum - vandaag).num_days();
        if dagen_tot < 0 {
            Monitoringstatus::TeLaat { dagen: -dagen_tot }
        } else if dagen_tot <= i64::from(inst.monitoring_vooraankondiging_dagen) {
            Monitoringstatus::AanDeBeurt
        } else {
            Monitoringstatus::Gepland
        }
    }
}

/// The standard monitoring moments for a veiligheidsplan vastgesteld on `plan_vastgesteld`:
/// one per entry of `monitoring_na_maanden` (default 3 and 12). [seed 001]
pub fn monitoringmomenten_na_plan(
    plan_vastgesteld: NaiveDate,
    inst: &Methodeinstellingen,
) -> Vec<Monitoringmoment> {
    inst.monitoring_na_maanden
        .iter()
        .map(|&maanden| Monitoringmoment {
            id: Uuid::new_v4(),
            datum: plan_vastgesteld
                .checked_add_months(Months::new(maanden))
                .unwrap_or(NaiveDate::MAX),
            soort: Monitoringsoort::NaMaanden(maanden),
            gedaan: None,
            uitkomst: None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(j: i32, m: u32, dag: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(j, m, dag).unwrap()
    }

    #[test]
    fn momenten_na_3_en_12_maanden() {
        let inst = Methodeinstellingen::default();
        // (plan vastgesteld, expected dates)
        let gevallen = [
            (d(2026, 1, 15), [d(2026, 4, 15), d(2027, 1, 15)]),
            (d(2026, 11, 30), [d(2027, 2, 28), d(2027, 11, 30)]),
        ];
        for (plan, verwacht) in gevallen {
            let momenten = monitoringmomenten_na_plan(plan, &inst);
            let data: Vec<_> = momenten.iter().map(|m| (m.datum, m.soort)).collect();
            assert_eq!(
                data,
                vec![
                    (verwacht[0], Monitoringsoort::NaMaanden(3)),
                    (verwacht[1], Monitoringsoort::NaMaanden(12)),
                ]
            );
            assert!(momenten.iter().all(|m| m.gedaan.is_none()));
        }
    }

    #[test]
    fn status_gegeven_vandaag() {
        let inst = Methodeinstellingen::default(); // vooraankondiging 14 dagen
        let gepland = d(2026, 4, 15);
        // (today, done on, expected)
        let gevallen = [
            (d(2026, 3, 31), None, Monitoringstatus::Gepland),
            (d(2026, 4, 1), None, Monitoringstatus::AanDeBeurt),
            (d(2026, 4, 15), None, Monitoringstatus::AanDeBeurt),
            (d(2026, 4, 16), None, Monitoringstatus::TeLaat { dagen: 1 }),
            (d(2026, 5, 15), None, Monitoringstatus::TeLaat { dagen: 30 }),
            (
                d(2026, 5, 15),
                Some(d(2026, 4, 20)),
                Monitoringstatus::Gedaan,
            ),
            (d(2026, 1, 1), Some(d(2026, 1, 1)), Monitoringstatus::Gedaan),
        ];
        for (vandaag, gedaan, verwacht) in gevallen {
            let moment = Monitoringmoment {
                id: Uuid::nil(),
                datum: gepland,
                soort: Monitoringsoort::NaMaanden(3),
                gedaan,
                uitkomst: None,
            };
            assert_eq!(moment.status(vandaag, &inst), verwacht, "{vandaag}");
        }
    }

    #[test]
    fn soort_in_json() {
        assert_eq!(
            serde_json::to_value(Monitoringsoort::NaMaanden(3)).unwrap(),
            serde_json::json!({"naMaanden": 3})
        );
        assert_eq!(
            serde_json::to_value(Monitoringsoort::Extra).unwrap(),
            serde_json::json!("extra")
        );
    }
}
