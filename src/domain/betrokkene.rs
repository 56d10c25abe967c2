//! Betrokkenen: the people in the family system and its netwerk, with their roles and whether
//! they are minor — which decides who needs a kindcheck.

use chrono::{Datelike, Months, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The age from which someone is meerderjarig (Burgerlijk Wetboek 1:233).
pub const MEERDERJARIG_VANAF: i32 = 18;

/// The role a betrokkene has in the casus; one person can have several (a parent who is both
/// slachtoffer and pleger). [seed 001; ours: the set]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub enum Rol {
    /// Was made unsafe.
    Slachtoffer,
    /// Made someone unsafe.
    Pleger,
    /// A child in the family system.
    Kind,
    /// Saw or heard violence.
    Getuige,
    /// Parent or carer.
    OuderVerzorger,
    /// Supports and checks: family, friends, neighbours.
    Netwerk,
}

/// What is known about someone's age.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(
    rename_all = "camelCase",
    tag = "soort",
    rename_all_fields = "camelCase",
    deny_unknown_fields
)]
pub enum Leeftijd {
    /// The year of birth.
    Geboortejaar {
        /// e.g. 2015.
        jaar: i32,
    },
    /// An age in years as known on a date.
    Jaren {
        /// Completed years on `peildatum`.
        jaren: u8,
        /// The date the age was given.
        peildatum: NaiveDate,
    },
}

impl Leeftijd {
    /// The possible age on `datum` as (lowest, highest) in completed years.
    pub fn bereik_op(&self, datum: NaiveDate) -> (i32, i32) {
        match *self {
            Leeftijd::Geboortejaar { jaar } => (datum.year() - jaar - 1, datum.year() - jaar),
            Leeftijd::Jaren { jaren, peildatum } => {
                let verstreken = datum.years_since(peildatum).unwrap_or(0);
                let laagste = i32::from(jaren) + verstreken as i32;
                // Exactly on an anniversary of the peildatum the age is known to the year.
                let jaardag = peildatum.checked_add_months(Months::new(12 * verstreken));
                if jaardag == Some(datum) {
                    (laagste, laagste)
                } else {
                    (laagste, laagste + 1)
                }
            }
        }
    }
}

/// A person in the casus, named only as far as needed (initials or a pseudonym are fine).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Betrokkene {
    /// Stable identity.
    pub id: Uuid,
    /// Name, initials or pseudonym.
    pub naam: String,
    /// Roles in the casus.
    pub rollen: Vec<Rol>,
    /// Year of birth or age, if known.
    pub leeftijd: Option<Leeftijd>,
    /// Explicitly minor or not; overrides what `leeftijd` says.
    pub minderjarig: Option<bool>,
}

impl Betrokkene {
    /// A betrokkene with a name and roles, age unknown.
    pub fn nieuw(naam: impl Into<String>, rollen: Vec<Rol>) -> Self {
        Self {
            id: Uuid::new_v4(),
            naam: naam.into(),
            rollen,
            leeftijd: None,
            minderjarig: None,
        }
    }

    /// Whether this person is minor on `vandaag`: the explicit answer, else derived from the age
    /// when that decides it, else `None`.
    pub fn is_minderjarig(&self, vandaag: NaiveDate) -> Option<bool> {
        if let Some(expliciet) = self.minderjarig {
            return Some(expliciet);
        }
        let (laagste, hoogste) = self.leeftijd?.bereik_op(vandaag);
        if hoogste < MEERDERJARIG_VANAF {
            Some(true)
        } else if laagste >= MEERDERJARIG_VANAF {
            Some(false)
        } else {
            None
        }
    }

    /// Whether the kindcheck applies: every adult betrokkene. When the age is unknown, everyone
    /// counts as adult except a betrokkene with the role Kind. [seed 001; ours: unknown age]
    pub fn is_volwassen(&self, vandaag: NaiveDate) -> bool {
        match self.is_minderjarig(vandaag) {
            Some(minderjarig) => !minderjarig,
            None => !self.rollen.contains(&Rol::Kind),
        }
    }

    /// Whether this person has the role.
    pub fn heeft_rol(&self, rol: Rol) -> bool {
        self.rollen.contains(&rol)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(j: i32, m: u32, dag: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(j, m, dag).unwrap()
    }

    #[test]
    fn minderjarig_en_volwassen() {
        let vandaag = d(2026, 11, 23);
        let jaar = |jaar| Some(Leeftijd::Geboortejaar { jaar });
        let jaren = |jaren, peildatum| Some(Leeftijd::Jaren { jaren, peildatum });
        // (leeftijd, expliciet, rollen, is_minderjarig, is_volwassen)
        let gevallen = [
            (None, None, vec![Rol::OuderVerzorger], None, true),
            (None, None, vec![Rol::Kind], None, false),
            (None, Some(false), vec![Rol::Kind], Some(false), true),
            (jaar(2015), None, vec![Rol::Kind], Some(true), false),
            (jaar(2009), None, vec![Rol::Kind], Some(true), false), // 16 or 17
            (jaar(2008), None, vec![Rol::Kind], None, false),       // 17 or 18
            (jaar(2008), None, vec![Rol::Getuige], None, true),
            (jaar(2007), None, vec![], Some(false), true), // 18 or 19
            (jaar(2007), Some(true), vec![], Some(true), false),
            (jaren(17, d(2026, 1, 1)), None, vec![], None, true), // 17 or 18 now
            (jaren(17, d(2026, 11, 23)), None, vec![], Some(true), false),
            (jaren(16, d(2024, 11, 23)), None, vec![], Some(false), true),
            (jaren(16, d(2024, 11, 24)), None, vec![], None, true), // 17 or 18 now
            (jaren(40, d(2020, 5, 1)), None, vec![], Some(false), true),
        ];
        for (leeftijd, expliciet, rollen, minderjarig, volwassen) in gevallen {
            let b = Betrokkene {
                leeftijd,
                minderjarig: expliciet,
                ..Betrokkene::nieuw("X.", rollen.clone())
            };
            assert_eq!(
                b.is_minderjarig(vandaag),
                minderjarig,
                "{leeftijd:?} {expliciet:?} {rollen:?}"
            );
            assert_eq!(
                b.is_volwassen(vandaag),
                volwassen,
                "{leeftijd:?} {expliciet:?} {rollen:?}"
            );
        }
    }

    #[test]
    fn json_vorm() {
        let mut b = Betrokkene::nieuw("M.", vec![Rol::OuderVerzorger, Rol::Slachtoffer]);
        b.leeftijd = Some(Leeftijd::Jaren {
            jaren: 34,
            peildatum: d(2026, 1, 5),
        });
        let json = serde_json::to_value(&b).unwrap();
        assert_eq!(
            json["rollen"],
            serde_json::json!(["ouderVerzorger", "slachtoffer"])
        );
        assert_eq!(
            json["leeftijd"],
            serde_json::json!({"soort": "jaren", "jaren": 34, "peildatum": "2026-01-05"})
        );
        let terug: Betrokkene = serde_json::from_value(json).unwrap();
        assert_eq!(terug, b);
    }
}
