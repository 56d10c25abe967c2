//! Methodeinstellingen: the numbers the method's rules use — thresholds and periods — in one place,
//! so an organisation (or a trainer) can tune them without touching a rule.
//!
//! The Dutch words the domain shows for its values live in one place as well:
//! [`benamingen`](super::benamingen).

use serde::{Deserialize, Serialize};

/// The thresholds and periods of the method. `Default` holds the values of the seed documents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Methodeinstellingen {
    /// "6 voor veiligheid": the veiligheidsscore (0–10) that counts as enough safety. [seed 003]
    pub veiligheidsdrempel: u8,
    /// Months in directe veiligheid without reaching the drempel before the signal "opschalen naar
    /// MDA++ expertoverleg" ("als na 3 maanden geen 6 voor veiligheid is bereikt"). [seed 003]
    pub opschalen_na_maanden: u32,
    /// Monitoring moments after the veiligheidsplan, in months ("in ieder geval na 3 en 12
    /// maanden maar zo veel en vaak als nodig is"). [seed 001, Veilig Thuis radarfunctie]
    pub monitoring_na_maanden: Vec<u32>,
    /// How many days before its date a monitoring moment shows as "aan de beurt". \[ours]
    pub monitoring_vooraankondiging_dagen: u32,
    /// Years a new casus is kept (its bewaartermijn, from the day it is created). \[ours: the
    /// Jeugdwet's 20 years (art. 7.3.8); the organisation's privacy officer decides, this is only
    /// the default of a new casus]
    pub bewaartermijn_jaren: u32,
}

impl Default for Methodeinstellingen {
    fn default() -> Self {
        Self {
            veiligheidsdrempel: 6,
            opschalen_na_maanden: 3,
            monitoring_na_maanden: vec![3, 12],
            monitoring_vooraankondiging_dagen: 14,
            bewaartermijn_jaren: 20,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_zijn_die_van_de_seeds() {
        let inst = Methodeinstellingen::default();
        assert_eq!(inst.veiligheidsdrempel, 6);
        assert_eq!(inst.opschalen_na_maanden, 3);
        assert_eq!(inst.monitoring_na_maanden, vec![3, 12]);
        assert_eq!(inst.monitoring_vooraankondiging_dagen, 14);
        assert_eq!(inst.bewaartermijn_jaren, 20);
    }

    #[test]
    fn json_gebruikt_camel_case() {
        let json = serde_json::to_value(Methodeinstellingen::default()).unwrap_or_default();
        assert_eq!(
            json,
            serde_json::json!({
                "veiligheidsdrempel": 6,
                "opschalenNaMaanden": 3,
                "monitoringNaMaanden": [3, 12],
                "monitoringVooraankondigingDagen": 14,
                "bewaartermijnJaren": 20
            })
        );
    }
}
