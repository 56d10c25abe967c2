//! Step 3 of TOP-3, **taxeren**: per onveilige situatie the kind of onveiligheid (acuut,
//! structureel, multiproblematisch), ernst and frequentie; for the casus as a whole the
//! veiligheidsschaal 0–10 per perspective over time, and the outcomes of risk instruments.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The kind of onveiligheid. [src: Triage-instrument Veilig Thuis, Vogtländer & Van Arum 2015]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub enum Onveiligheid {
    /// Direct physical danger; safety for the coming hours or days is not guaranteed.
    Acuut,
    /// Repeating or continuing unsafe and harmful events.
    Structureel,
    /// Schadelijke multiproblematische leefsituatie.
    Multiproblematisch,
}

/// How serious a situation is. \[ours]
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    JsonSchema,
    ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub enum Ernst {
    /// Licht.
    Licht,
    /// Matig.
    Matig,
    /// Ernstig.
    Ernstig,
}

/// How often a situation occurs. \[ours]
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    JsonSchema,
    ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub enum Frequentie {
    /// Once.
    Eenmalig,
    /// Now and then.
    Incidenteel,
    /// Again and again.
    Herhaaldelijk,
    /// Continuing.
    Voortdurend,
}

/// The taxatie of one onveilige situatie.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SituatieTaxatie {
    /// The informatie-item (an onveilige situatie) this taxes.
    pub informatie_id: Uuid,
    /// Acuut, structureel or multiproblematisch.
    pub onveiligheid: Option<Onveiligheid>,
    /// Ernst.
    pub ernst: Option<Ernst>,
    /// Frequentie.
    pub frequentie: Option<Frequentie>,
    /// For acute onveiligheid: the date the acute danger was averted (e.g. by a tijdelijk
    /// huisverbod). While empty, the acute onveiligheid is open. \[ours]
    pub acuut_afgewend_op: Option<NaiveDate>,
    /// Why this taxatie.
    pub toelichting: String,
}

impl SituatieTaxatie {
    /// An empty taxatie of this situation.
    pub fn voor(informatie_id: Uuid) -> Self {
        Self {
            informatie_id,
            ..Self::default()
        }
    }

    /// Taxed acuut and not (yet) averted.
    pub fn is_open_acuut(&self) -> bool {
        self.is_open_acuut_op(NaiveDate::MAX)
    }

    /// Whether the acute onveiligheid was still open on `datum` (not afgewend on or before it).
    pub fn is_open_acuut_op(&self, datum: NaiveDate) -> bool {
        self.onveiligheid == Some(Onveiligheid::Acuut)
            && self.acuut_afgewend_op.is_none_or(|a| a > datum)
    }

    /// Onveiligheid, ernst and frequentie are all chosen. \[ours]
    pub fn is_volledig(&self) -> bool {
        self.onveiligheid.is_some() && self.ernst.is_some() && self.frequentie.is_some()
    }
}

/// Whose view a veiligheidsscore gives. [seed 003; ours: the set]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, ts_rs::TS,
)]
#[serde(
    rename_all = "camelCase",
    tag = "soort",
    rename_all_fields = "camelCase",
    deny_unknown_fields
)]
pub enum Perspectief {
    /// The professional (casusregisseur, wijkteam).
    Professional,
    /// A betrokkene.
    Betrokkene {
        /// Which betrokkene.
        betrokkene_id: Uuid,
    },
    /// The MDA++ table as a whole.
    MdaTafel,
}

impl Perspectief {
    /// Whether the method's rules go by this perspective's score: the professional's and the
    /// MDA++ table's do; a betrokkene's is shown beside them. [seed 003]
    pub fn is_leidend(&self) -> bool {
        !matches!(self, Perspectief::Betrokkene { .. })
    }
}

/// One score on the veiligheidsschaal: 0 = totally unsafe, 10 = totally safe; 6 is enough
/// ("6 voor veiligheid"). [seed 003]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Veiligheidsscore {
    /// When the score was given.
    pub datum: NaiveDate,
    /// Whose view.
    pub perspectief: Perspectief,
    /// 0–10 (validation reports anything else).
    #[schemars(range(max = 10))]
    pub waarde: u8,
    /// Why this score.
    pub toelichting: String,
    /// "Weet niet / niet te vragen" (a young child, say): no value, a toelichting says why;
    /// `waarde` is 0 then. Shown beside the others; the rules never go by it.
    #[serde(default)]
    pub onbekend: bool,
}

impl Veiligheidsscore {
    /// The value, unless the score is onbekend.
    pub fn bekende_waarde(&self) -> Option<u8> {
        (!self.onbekend).then_some(self.waarde)
    }

    /// "5", or "onbekend".
    pub fn waarde_tekst(&self) -> String {
        self.bekende_waarde()
            .map_or_else(|| "onbekend".to_string(), |w| w.to_string())
    }
}

/// The outcome of a risk instrument (RiHG, LIRIK, ARIJ, CARE-NL, B-SAFER…): name, date, outcome and
/// note only — the instruments' item lists are licensed and are never copied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct InstrumentUitkomst {
    /// Name of the instrument.
    pub naam: String,
    /// Date of the assessment.
    pub datum: NaiveDate,
    /// The outcome as the instrument states it ("hoog risico").
    pub uitkomst: String,
    /// Note.
    pub toelichting: String,
}

/// Everything taxed in a casus.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Taxatie {
    /// Per onveilige situatie, at most one each.
    pub situaties: Vec<SituatieTaxatie>,
    /// The veiligheidsschaal over time, in any order.
    pub scores: Vec<Veiligheidsscore>,
    /// Outcomes of risk instruments.
    pub instrumenten: Vec<InstrumentUitkomst>,
}

impl Taxatie {
    /// The taxatie of this situation, if any.
    pub fn van_situatie(&self, situatie_id: Uuid) -> Option<&SituatieTaxatie> {
        self.situaties
            .iter()
            .find(|t| t.informatie_id == situatie_id)
    }

    /// The score the method's rules go by (the signals, the fasepoort): the latest of the
    /// professional's and the MDA++ table's; when both scored on that date, the lower counts —
    /// safety first. A family member's score never counts here, however recent or high: the
    /// valkuil the method warns about is a plan that rests on one hopeful view. [seed 003; ours:
    /// the lower on one date]
    pub fn leidende_score(&self) -> Option<&Veiligheidsscore> {
        self.leidende_score_op(NaiveDate::MAX)
    }

    /// [`Taxatie::leidende_score`] as it stood on `datum`: only scores given on or before it.
    pub fn leidende_score_op(&self, datum: NaiveDate) -> Option<&Veiligheidsscore> {
        let telt =
            |s: &&Veiligheidsscore| s.perspectief.is_leidend() && !s.onbekend && s.datum <= datum;
        let laatste_datum = self.scores.iter().filter(telt).map(|s| s.datum).max()?;
        self.scores
            .iter()
            .filter(telt)
            .filter(|s| s.datum == laatste_datum)
            .min_by_key(|s| s.waarde)
    }

    /// The latest score of every perspective, in the order the perspectives first scored.
    /// On the same date the one entered last counts.
    pub fn laatste_scores_per_perspectief(&self) -> Vec<Veiligheidsscore> {
        let mut laatste: Vec<Veiligheidsscore> = Vec::new();
        for score in &self.scores {
            match laatste
                .iter_mut()
                .find(|s| s.perspectief == score.perspectief)
            {
                Some(bekend) if score.datum >= bekend.datum => *bekend = score.clone(),
                Some(_) => {}
                None => laatste.push(score.clone()),
            }
        }
        laatste
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(j: i32, m: u32, dag: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(j, m, dag).unwrap()
    }

    fn score(datum: NaiveDate, perspectief: Perspectief, waarde: u8) -> Veiligheidsscore {
        Veiligheidsscore {
            datum,
            perspectief,
            waarde,
            toelichting: String::new(),
            onbekend: false,
        }
    }

    #[test]
    fn de_leidende_score_is_die_van_professional_of_tafel() {
        let moeder = Perspectief::Betrokkene {
            betrokkene_id: Uuid::new_v4(),
        };
        let (p, t) = (Perspectief::Professional, Perspectief::MdaTafel);
        // (scores as (day in March, perspective, value), expected leidende value)
        type Scores = Vec<(u32, Perspectief, u8)>;
        let gevallen: [(Scores, Option<u8>); 8] = [
            (vec![], None),
            (vec![(1, p, 4)], Some(4)),
            (vec![(1, p, 4), (9, p, 7)], Some(7)),
            (vec![(9, p, 7), (1, p, 4)], Some(7)),
            // The lower of professional and table on one date; a betrokkene never counts…
            (
                vec![(1, p, 8), (9, t, 7), (9, p, 5), (9, moeder, 3)],
                Some(5),
            ),
            // …not even later and higher (the valkuil): the professional's 4 stays.
            (vec![(1, p, 4), (20, moeder, 9)], Some(4)),
            (vec![(20, moeder, 9)], None),
            (vec![(1, p, 4), (5, t, 6), (20, moeder, 9)], Some(6)),
        ];
        for (invoer, verwacht) in gevallen {
            let taxatie = Taxatie {
                scores: invoer
                    .iter()
                    .map(|&(dag, persp, waarde)| score(d(2026, 3, dag), persp, waarde))
                    .collect(),
                ..Taxatie::default()
            };
            assert_eq!(
                taxatie.leidende_score().map(|s| s.waarde),
                verwacht,
                "{invoer:?}"
            );
        }
        // As it stood on a date: later scores do not count yet.
        let taxatie = Taxatie {
            scores: vec![score(d(2026, 3, 1), p, 4), score(d(2026, 3, 9), p, 7)],
            ..Taxatie::default()
        };
        let op = |dag| taxatie.leidende_score_op(d(2026, 3, dag)).map(|s| s.waarde);
        assert_eq!((op(1), op(8), op(9)), (Some(4), Some(4), Some(7)));
        assert_eq!(taxatie.leidende_score_op(d(2026, 2, 28)), None);
    }

    #[test]
    fn an_onbekend_score_is_shown_never_counted() {
        let kind = Perspectief::Betrokkene {
            betrokkene_id: Uuid::new_v4(),
        };
        let weet_niet = |datum, perspectief| Veiligheidsscore {
            onbekend: true,
            toelichting: "Te jong om te vragen".into(),
            ..score(datum, perspectief, 0)
        };
        let taxatie = Taxatie {
            scores: vec![
                score(d(2026, 3, 1), Perspectief::Professional, 5),
                weet_niet(d(2026, 3, 9), Perspectief::Professional),
                weet_niet(d(2026, 3, 9), kind),
            ],
            ..Taxatie::default()
        };
        assert_eq!(taxatie.leidende_score().map(|s| s.waarde), Some(5));
        let laatste: Vec<String> = taxatie
            .laatste_scores_per_perspectief()
            .iter()
            .map(Veiligheidsscore::waarde_tekst)
            .collect();
        assert_eq!(laatste, ["onbekend", "onbekend"]);
    }

    #[test]
    fn laatste_scores_per_perspectief() {
        let moeder = Perspectief::Betrokkene {
            betrokkene_id: Uuid::new_v4(),
        };
        let taxatie = Taxatie {
            scores: vec![
                score(d(2026, 3, 1), Perspectief::Professional, 3),
                score(d(2026, 3, 1), moeder, 5),
                score(d(2026, 4, 1), Perspectief::Professional, 6),
                score(d(2026, 2, 1), moeder, 2),
                score(d(2026, 4, 2), Perspectief::MdaTafel, 4),
            ],
            ..Taxatie::default()
        };
        let laatste: Vec<_> = taxatie
            .laatste_scores_per_perspectief()
            .into_iter()
            .map(|s| (s.perspectief, s.waarde))
            .collect();
        assert_eq!(
            laatste,
            vec![
                (Perspectief::Professional, 6),
                (moeder, 5),
                (Perspectief::MdaTafel, 4)
            ]
        );
    }

    #[test]
    fn open_acute_onveiligheid() {
        // (onveiligheid, afgewend, open acuut)
        let gevallen = [
            (Some(Onveiligheid::Acuut), None, true),
            (Some(Onveiligheid::Acuut), Some(d(2026, 3, 1)), false),
            (Some(Onveiligheid::Structureel), None, false),
            (None, None, false),
        ];
        for (onveiligheid, afgewend, open) in gevallen {
            let t = SituatieTaxatie {
                onveiligheid,
                acuut_afgewend_op: afgewend,
                ..SituatieTaxatie::voor(Uuid::new_v4())
            };
            assert_eq!(t.is_open_acuut(), open, "{onveiligheid:?} {afgewend:?}");
        }
    }

    #[test]
    fn perspectief_in_json() {
        let id = Uuid::nil();
        let gevallen = [
            (
                Perspectief::Professional,
                serde_json::json!({"soort": "professional"}),
            ),
            (
                Perspectief::MdaTafel,
                serde_json::json!({"soort": "mdaTafel"}),
            ),
            (
                Perspectief::Betrokkene { betrokkene_id: id },
                serde_json::json!({"soort": "betrokkene", "betrokkeneId": id.to_string()}),
            ),
        ];
        for (perspectief, json) in gevallen {
            assert_eq!(serde_json::to_value(perspectief).unwrap(), json);
            assert_eq!(
                serde_json::from_value::<Perspectief>(json).unwrap(),
                perspectief
            );
        }
    }
}
