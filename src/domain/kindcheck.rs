//! The kindcheck: for every adult betrokkene — does this person care for minor children, and if so,
//! do they grow up safely? Unanswered is a signal. [seed 001]

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{Betrokkene, Casus, JaNeeOnbekend};

/// Do the children grow up safely?
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub enum VeiligOpgroeien {
    /// Yes.
    Ja,
    /// No.
    Nee,
    /// There are concerns.
    Zorgen,
    /// Not known (yet).
    #[default]
    Onbekend,
}

/// One kindcheck answer for one adult.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Kindcheck {
    /// The adult asked about.
    pub betrokkene_id: Uuid,
    /// When the check was done.
    pub datum: NaiveDate,
    /// Does this person care for minor children?
    pub zorgt_voor_minderjarigen: JaNeeOnbekend,
    /// If so: do they grow up safely?
    pub veilig_opgroeien: VeiligOpgroeien,
    /// Note.
    pub toelichting: String,
}

impl Kindcheck {
    /// The check is answered: no children in care, or children whose safety is assessed.
    pub fn is_beantwoord(&self) -> bool {
        match self.zorgt_voor_minderjarigen {
            JaNeeOnbekend::Nee => true,
            JaNeeOnbekend::Ja => self.veilig_opgroeien != VeiligOpgroeien::Onbekend,
            JaNeeOnbekend::Onbekend => false,
        }
    }

    /// The answer is a worry: children in care who do not grow up safely, or about whom there are
    /// concerns.
    pub fn geeft_zorgen(&self) -> bool {
        self.zorgt_voor_minderjarigen == JaNeeOnbekend::Ja
            && matches!(
                self.veilig_opgroeien,
                VeiligOpgroeien::Nee | VeiligOpgroeien::Zorgen
            )
    }
}

impl Casus {
    /// The latest kindcheck of this betrokkene (latest date; on the same date the one entered last).
    pub fn laatste_kindcheck(&self, betrokkene_id: Uuid) -> Option<&Kindcheck> {
        self.kindchecks
            .iter()
            .filter(|k| k.betrokkene_id == betrokkene_id)
            .fold(None, |laatste: Option<&Kindcheck>, k| match laatste {
                Some(l) if l.datum > k.datum => Some(l),
                _ => Some(k),
            })
    }

    /// The adults whose kindcheck is missing or unanswered. [seed 001]
    pub fn kindcheck_ontbreekt(&self, vandaag: NaiveDate) -> Vec<&Betrokkene> {
        self.betrokkenen
            .iter()
            .filter(|b| b.is_volwassen(vandaag))
            .filter(|b| {
                !self
                    .laatste_kindcheck(b.id)
                    .is_some_and(Kindcheck::is_beantwoord)
            })
            .collect()
    }

    /// The adults whose latest kindcheck shows children who are not safe or cause concern.
    pub fn kindcheck_zorgen(&self, vandaag: NaiveDate) -> Vec<&Betrokkene> {
        self.betrokkenen
            .iter()
            .filter(|b| b.is_volwassen(vandaag))
            .filter(|b| {
                self.laatste_kindcheck(b.id)
                    .is_some_and(Kindcheck::geeft_zorgen)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Leeftijd, Rol};
    use JaNeeOnbekend as J;
    use VeiligOpgroeien as V;
    use chrono::Utc;

    fn d(j: i32, m: u32, dag: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(j, m, dag).unwrap()
    }

    #[test]
    fn beantwoord_en_zorgen() {
        // (zorgt voor minderjarigen, veilig opgroeien, beantwoord, zorgen)
        let gevallen = [
            (J::Onbekend, V::Onbekend, false, false),
            (J::Nee, V::Onbekend, true, false),
            (J::Ja, V::Onbekend, false, false),
            (J::Ja, V::Ja, true, false),
            (J::Ja, V::Zorgen, true, true),
            (J::Ja, V::Nee, true, true),
            (J::Nee, V::Nee, true, false),
        ];
        for (zorgt, veilig, beantwoord, zorgen) in gevallen {
            let k = Kindcheck {
                betrokkene_id: Uuid::nil(),
                datum: d(2026, 1, 1),
                zorgt_voor_minderjarigen: zorgt,
                veilig_opgroeien: veilig,
                toelichting: String::new(),
            };
            assert_eq!(k.is_beantwoord(), beantwoord, "{zorgt:?} {veilig:?}");
            assert_eq!(k.geeft_zorgen(), zorgen, "{zorgt:?} {veilig:?}");
        }
    }

    #[test]
    fn wie_nog_een_kindcheck_nodig_heeft() {
        let vandaag = d(2026, 11, 23);
        let mut casus = Casus::nieuw("C-1", "", Utc::now(), d(2031, 1, 1));
        let moeder = Betrokkene::nieuw("M.", vec![Rol::OuderVerzorger, Rol::Slachtoffer]);
        let vader = Betrokkene::nieuw("P.", vec![Rol::Pleger]);
        let oma = Betrokkene::nieuw("Oma", vec![Rol::Netwerk]);
        let kind = Betrokkene {
            leeftijd: Some(Leeftijd::Geboortejaar { jaar: 2016 }),
            ..Betrokkene::nieuw("K.", vec![Rol::Kind])
        };
        let check = |b: &Betrokkene, dag, zorgt, veilig| Kindcheck {
            betrokkene_id: b.id,
            datum: d(2026, 3, dag),
            zorgt_voor_minderjarigen: zorgt,
            veilig_opgroeien: veilig,
            toelichting: String::new(),
        };
        casus.kindchecks = vec![
            check(&moeder, 1, J::Ja, V::Zorgen),
            // Vader: answered earlier, later the answer became unknown again → missing.
            check(&vader, 1, J::Nee, V::Onbekend),
            check(&vader, 5, J::Onbekend, V::Onbekend),
            // Oma: a later complete answer wins over an earlier open one.
            check(&oma, 5, J::Ja, V::Ja),
            check(&oma, 2, J::Ja, V::Onbekend),
        ];
        casus.betrokkenen = vec![moeder, vader, oma, kind];
        let namen = |lijst: Vec<&Betrokkene>| -> Vec<String> {
            lijst.into_iter().map(|b| b.naam.clone()).collect()
        };
        assert_eq!(namen(casus.kindcheck_ontbreekt(vandaag)), vec!["P."]);
        assert_eq!(namen(casus.kindcheck_zorgen(vandaag)), vec!["M."]);
    }
}
