//! Step 1 of TOP-3, **ordenen**: every piece of information is an informatie-item with its bron,
//! a date, its aard (feit or zorg) and the categorie it is sorted into. [seed 000, 001]

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Whether an item is an event or a concern. \[ours]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub enum Aard {
    /// An observed or reported event.
    Feit,
    /// A concern or vermoeden.
    Zorg,
}

/// The lane an item is sorted into. [seed 000; ours: the set]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub enum Categorie {
    /// An incident or behaviour that made someone unsafe.
    OnveiligeSituatie,
    /// Makes unsafe behaviour more likely (at pleger, slachtoffer, gezin, omgeving).
    Risicofactor,
    /// A strength that protects (kracht).
    BeschermendeFactor,
    /// A consequence for a betrokkene: letsel, trauma, ontwikkelingsschade.
    Schade,
    /// Captured, not yet sorted.
    #[default]
    NogTeOrdenen,
}

/// One piece of information about the casus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Informatie {
    /// Stable identity.
    pub id: Uuid,
    /// What is known, in the words of the bron where possible.
    pub tekst: String,
    /// Who told or saw it (empty while capturing).
    pub bron: String,
    /// When it happened or was reported, if known.
    pub datum: Option<NaiveDate>,
    /// Feit or zorg; `None` while capturing.
    pub aard: Option<Aard>,
    /// The lane it is sorted into.
    pub categorie: Categorie,
    /// The betrokkenen it concerns.
    pub betrokkenen: Vec<Uuid>,
}

impl Informatie {
    /// A freshly captured item: only text, not yet ordered ("capture first, structure second").
    pub fn nieuw(tekst: impl Into<String>) -> Self {
        Self {
            id: Uuid::new_v4(),
            tekst: tekst.into(),
            bron: String::new(),
            datum: None,
            aard: None,
            categorie: Categorie::NogTeOrdenen,
            betrokkenen: Vec::new(),
        }
    }

    /// Whether this item is an onveilige situatie (the only kind that can be concretised,
    /// taxed per situation and put in the top 3).
    pub fn is_onveilige_situatie(&self) -> bool {
        self.categorie == Categorie::OnveiligeSituatie
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nieuw_item_is_nog_te_ordenen() {
        let item = Informatie::nieuw("Buren hoorden geschreeuw");
        assert_eq!(item.categorie, Categorie::NogTeOrdenen);
        assert_eq!(item.aard, None);
        assert!(!item.is_onveilige_situatie());
        let json = serde_json::to_value(&item).unwrap();
        assert_eq!(json["categorie"], "nogTeOrdenen");
        assert_eq!(json["aard"], serde_json::Value::Null);
        assert_eq!(json["tekst"], "Buren hoorden geschreeuw");
    }

    #[test]
    fn categorieen_in_json() {
        let gevallen = [
            (Categorie::OnveiligeSituatie, "onveiligeSituatie"),
            (Categorie::Risicofactor, "risicofactor"),
            (Categorie::BeschermendeFactor, "beschermendeFactor"),
            (Categorie::Schade, "schade"),
            (Categorie::NogTeOrdenen, "nogTeOrdenen"),
        ];
        for (categorie, json) in gevallen {
            assert_eq!(serde_json::to_value(categorie).unwrap(), json);
        }
    }
}
