//! Step 2 of TOP-3, **concretiseren**: each onveilige situatie becomes concrete — who did what to
//! whom, in which form of violence, when, how often, where, were children there, and per betrokkene
//! what they saw and felt ("vanuit voorbeelden"). [seed 000, 001]

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::JaNeeOnbekend;

/// Forms of huiselijk geweld and kindermishandeling, as the begrippenlijst names them. Several may
/// apply to one situation. [seed 001]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub enum VormVanGeweld {
    /// Lichamelijk geweld.
    Lichamelijk,
    /// Psychisch geweld.
    Psychisch,
    /// Seksueel geweld.
    Seksueel,
    /// Financieel misbruik.
    FinancieelMisbruik,
    /// Stalking.
    Stalking,
    /// (Ex-)partnergeweld.
    ExPartnergeweld,
    /// Kindermishandeling: seksuele mishandeling.
    SeksueleKindermishandeling,
    /// Kindermishandeling: fysieke mishandeling.
    FysiekeKindermishandeling,
    /// Kindermishandeling: emotionele/psychische mishandeling.
    EmotioneleKindermishandeling,
    /// Kindermishandeling: fysieke verwaarlozing.
    FysiekeVerwaarlozing,
    /// Kindermishandeling: emotionele/psychische verwaarlozing.
    EmotioneleVerwaarlozing,
    /// Kindermishandeling: getuige van (ex-)partnergeweld of geweld tussen familieleden.
    GetuigeVanHuiselijkGeweld,
    /// Eergerelateerd geweld.
    Eergerelateerd,
    /// Ouderenmishandeling.
    Ouderenmishandeling,
    /// Geweld tegen ouders.
    GeweldTegenOuders,
}

impl VormVanGeweld {
    /// Every form, in the order of the begrippenlijst (for pick lists).
    pub const ALLE: [VormVanGeweld; 15] = [
        VormVanGeweld::Lichamelijk,
        VormVanGeweld::Psychisch,
        VormVanGeweld::Seksueel,
        VormVanGeweld::FinancieelMisbruik,
        VormVanGeweld::Stalking,
        VormVanGeweld::ExPartnergeweld,
        VormVanGeweld::SeksueleKindermishandeling,
        VormVanGeweld::FysiekeKindermishandeling,
        VormVanGeweld::EmotioneleKindermishandeling,
        VormVanGeweld::FysiekeVerwaarlozing,
        VormVanGeweld::EmotioneleVerwaarlozing,
        VormVanGeweld::GetuigeVanHuiselijkGeweld,
        VormVanGeweld::Eergerelateerd,
        VormVanGeweld::Ouderenmishandeling,
        VormVanGeweld::GeweldTegenOuders,
    ];

    /// Whether this is one of the forms of kindermishandeling. [seed 001]
    pub fn is_kindermishandeling(self) -> bool {
        matches!(
            self,
            VormVanGeweld::SeksueleKindermishandeling
                | VormVanGeweld::FysiekeKindermishandeling
                | VormVanGeweld::EmotioneleKindermishandeling
                | VormVanGeweld::FysiekeVerwaarlozing
                | VormVanGeweld::EmotioneleVerwaarlozing
                | VormVanGeweld::GetuigeVanHuiselijkGeweld
        )
    }
}

/// When a situation happened: a date, or a period in words ("sinds de zomer", "elk weekend").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(
    rename_all = "camelCase",
    tag = "soort",
    rename_all_fields = "camelCase",
    deny_unknown_fields
)]
pub enum Wanneer {
    /// On this date.
    Datum {
        /// The date.
        datum: NaiveDate,
    },
    /// In a period described in words.
    Periode {
        /// The period, in words.
        omschrijving: String,
    },
}

/// What one betrokkene saw and felt in the situation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Beleving {
    /// Whose experience this is.
    pub betrokkene_id: Uuid,
    /// What they saw or heard.
    pub gezien: String,
    /// What they felt.
    pub gevoeld: String,
}

/// The concretisation of one onveilige situatie (an [`Informatie`](super::Informatie) item).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Concretisering {
    /// The informatie-item (an onveilige situatie) this makes concrete.
    pub informatie_id: Uuid,
    /// Wie: the pleger(s).
    pub plegers: Vec<Uuid>,
    /// → wie: the slachtoffer(s).
    pub slachtoffers: Vec<Uuid>,
    /// Wat: what happened, concretely.
    pub wat: String,
    /// The form(s) of violence.
    pub vormen: Vec<VormVanGeweld>,
    /// Wanneer.
    pub wanneer: Option<Wanneer>,
    /// Hoe vaak, in words ("dagelijks", "3 keer sinds januari").
    pub hoe_vaak: String,
    /// Waar.
    pub waar: String,
    /// Were children present (as witnesses)?
    pub kinderen_aanwezig: JaNeeOnbekend,
    /// Per betrokkene what they saw and felt.
    pub belevingen: Vec<Beleving>,
}

/// The parts that make a situation concrete. \[ours: wie, wat and wanneer]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum Concreetheidsdeel {
    /// Who did it.
    Wie,
    /// To whom.
    TegenWie,
    /// What happened.
    Wat,
    /// When.
    Wanneer,
}

impl Concretisering {
    /// An empty concretisering of this situation.
    pub fn voor(informatie_id: Uuid) -> Self {
        Self {
            informatie_id,
            ..Self::default()
        }
    }

    /// The parts still missing before the situation counts as concrete. \[ours: a situation counts
    /// as concrete when wie (→ wie), wat and wanneer are filled]
    pub fn ontbrekende_delen(&self) -> Vec<Concreetheidsdeel> {
        let mut ontbreekt = Vec::new();
        if self.plegers.is_empty() {
            ontbreekt.push(Concreetheidsdeel::Wie);
        }
        if self.slachtoffers.is_empty() {
            ontbreekt.push(Concreetheidsdeel::TegenWie);
        }
        if self.wat.trim().is_empty() {
            ontbreekt.push(Concreetheidsdeel::Wat);
        }
        let wanneer_bekend = match &self.wanneer {
            Some(Wanneer::Datum { .. }) => true,
            Some(Wanneer::Periode { omschrijving }) => !omschrijving.trim().is_empty(),
            None => false,
        };
        if !wanneer_bekend {
            ontbreekt.push(Concreetheidsdeel::Wanneer);
        }
        ontbreekt
    }

    /// Whether the situation is concrete (nothing of wie, wat, wanneer missing). \[ours]
    pub fn is_concreet(&self) -> bool {
        self.ontbrekende_delen().is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Concreetheidsdeel::{TegenWie, Wat, Wie};

    #[test]
    fn concreet_als_wie_wat_en_wanneer_er_zijn() {
        const WANNEER: Concreetheidsdeel = Concreetheidsdeel::Wanneer;
        let pleger = Uuid::new_v4();
        let slachtoffer = Uuid::new_v4();
        let datum = Some(Wanneer::Datum {
            datum: NaiveDate::from_ymd_opt(2026, 10, 3).unwrap(),
        });
        let periode = |s: &str| {
            Some(Wanneer::Periode {
                omschrijving: s.to_string(),
            })
        };
        // (plegers, slachtoffers, wat, wanneer, missing parts)
        let gevallen = [
            (vec![], vec![], "", None, vec![Wie, TegenWie, Wat, WANNEER]),
            (
                vec![pleger],
                vec![slachtoffer],
                "Duwde haar tegen de muur",
                datum.clone(),
                vec![],
            ),
            (
                vec![pleger],
                vec![slachtoffer],
                "Duwde haar",
                periode("sinds de zomer"),
                vec![],
            ),
            (
                vec![pleger],
                vec![slachtoffer],
                "Duwde haar",
                periode("  "),
                vec![WANNEER],
            ),
            (
                vec![pleger],
                vec![],
                "  ",
                datum.clone(),
                vec![TegenWie, Wat],
            ),
            (vec![], vec![slachtoffer], "Slaat", datum.clone(), vec![Wie]),
        ];
        for (plegers, slachtoffers, wat, wanneer, verwacht) in gevallen {
            let c = Concretisering {
                plegers,
                slachtoffers,
                wat: wat.to_string(),
                wanneer,
                ..Concretisering::voor(Uuid::new_v4())
            };
            assert_eq!(c.ontbrekende_delen(), verwacht, "{c:?}");
            assert_eq!(c.is_concreet(), verwacht.is_empty());
        }
    }

    #[test]
    fn vormen_van_kindermishandeling() {
        let kind: Vec<_> = VormVanGeweld::ALLE
            .into_iter()
            .filter(|v| v.is_kindermishandeling())
            .collect();
        assert_eq!(kind.len(), 6);
        assert!(kind.contains(&VormVanGeweld::GetuigeVanHuiselijkGeweld));
        assert!(!VormVanGeweld::ExPartnergeweld.is_kindermishandeling());
    }

    #[test]
    fn json_vorm() {
        let c = Concretisering {
            wanneer: Some(Wanneer::Periode {
                omschrijving: "elk weekend".into(),
            }),
            vormen: vec![
                VormVanGeweld::ExPartnergeweld,
                VormVanGeweld::GetuigeVanHuiselijkGeweld,
            ],
            kinderen_aanwezig: JaNeeOnbekend::Ja,
            ..Concretisering::voor(Uuid::nil())
        };
        let json = serde_json::to_value(&c).unwrap();
        assert_eq!(
            json["wanneer"],
            serde_json::json!({"soort": "periode", "omschrijving": "elk weekend"})
        );
        assert_eq!(
            json["vormen"],
            serde_json::json!(["exPartnergeweld", "getuigeVanHuiselijkGeweld"])
        );
        assert_eq!(json["kinderenAanwezig"], "ja");
        assert_eq!(json["hoeVaak"], "");
    }
}
