//! Methodeinstellingen: the numbers the method's rules use — thresholds and periods — in one place,
//! so an organisation (or a trainer) can tune them without touching a rule.
//!
//! The Dutch words the domain shows for its values live in one place as well:
//! [`benamingen`](super::benamingen).

use serde::{Deserialize, Serialize};

use super::{MAX_SCORE, Probleem};

/// The thresholds and periods of the method. `Default` holds the values of the seed documents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", default)]
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

/// One setting as a person reads and sets it (CLI `top3 instellingen`, the Instellingen screen).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Instelling {
    /// The name on the command line: `veiligheidsdrempel`, `opschalen-na-maanden`, …
    pub naam: String,
    /// The field in JSON (`veiligheidsdrempel`, `opschalenNaMaanden`): the path of a problem.
    pub veld: String,
    /// What it is, in Dutch.
    pub label: String,
    /// The allowed values and what they change, in Dutch.
    pub uitleg: String,
    /// The value now, as text ("6", "3, 12").
    pub waarde: String,
    /// The method's own value (the seeds'), as text.
    pub standaard: String,
}

/// The allowed ranges. \[ours: wide enough for any organisation's policy, narrow enough to catch
/// a typing error]
const DREMPEL_MIN: u8 = 1;
const OPSCHALEN_MAANDEN: std::ops::RangeInclusive<u32> = 1..=24;
const MONITORING_MAANDEN: std::ops::RangeInclusive<u32> = 1..=60;
const MONITORING_MOMENTEN: std::ops::RangeInclusive<usize> = 1..=6;
const VOORAANKONDIGING_DAGEN: std::ops::RangeInclusive<u32> = 0..=90;
const BEWAARTERMIJN_JAREN: std::ops::RangeInclusive<u32> = 1..=115;

impl Methodeinstellingen {
    /// Every value out of range, with its field and a Dutch message; empty when all are fine.
    pub fn problemen(&self) -> Vec<Probleem> {
        let mut p = Vec::new();
        let mut meld = |veld: &str, melding: String| {
            p.push(Probleem {
                pad: veld.to_string(),
                melding,
            })
        };
        if !(DREMPEL_MIN..=MAX_SCORE).contains(&self.veiligheidsdrempel) {
            meld(
                "veiligheidsdrempel",
                format!(
                    "De veiligheidsdrempel is een score van {DREMPEL_MIN} tot en met {MAX_SCORE}; {} kan niet.",
                    self.veiligheidsdrempel
                ),
            );
        }
        if !OPSCHALEN_MAANDEN.contains(&self.opschalen_na_maanden) {
            meld(
                "opschalenNaMaanden",
                format!(
                    "Opschalen na {} maanden kan niet: kies {} tot en met {} maanden.",
                    self.opschalen_na_maanden,
                    OPSCHALEN_MAANDEN.start(),
                    OPSCHALEN_MAANDEN.end()
                ),
            );
        }
        let m = &self.monitoring_na_maanden;
        if !MONITORING_MOMENTEN.contains(&m.len()) {
            meld(
                "monitoringNaMaanden",
                format!(
                    "Geef {} tot en met {} monitoringmomenten; nu zijn het er {}.",
                    MONITORING_MOMENTEN.start(),
                    MONITORING_MOMENTEN.end(),
                    m.len()
                ),
            );
        } else if m.iter().any(|n| !MONITORING_MAANDEN.contains(n)) {
            meld(
                "monitoringNaMaanden",
                format!(
                    "Een monitoringmoment ligt {} tot en met {} maanden na het veiligheidsplan.",
                    MONITORING_MAANDEN.start(),
                    MONITORING_MAANDEN.end()
                ),
            );
        } else if m.windows(2).any(|w| w[0] >= w[1]) {
            meld(
                "monitoringNaMaanden",
                "Zet de monitoringmomenten van vroeg naar laat, elk maar één keer (bijvoorbeeld 3, 12).".into(),
            );
        }
        if !VOORAANKONDIGING_DAGEN.contains(&self.monitoring_vooraankondiging_dagen) {
            meld(
                "monitoringVooraankondigingDagen",
                format!(
                    "Een monitoringmoment komt {} tot en met {} dagen van tevoren in beeld; {} kan niet.",
                    VOORAANKONDIGING_DAGEN.start(),
                    VOORAANKONDIGING_DAGEN.end(),
                    self.monitoring_vooraankondiging_dagen
                ),
            );
        }
        if !BEWAARTERMIJN_JAREN.contains(&self.bewaartermijn_jaren) {
            meld(
                "bewaartermijnJaren",
                format!(
                    "Een bewaartermijn van {} jaar kan niet: kies {} tot en met {} jaar.",
                    self.bewaartermijn_jaren,
                    BEWAARTERMIJN_JAREN.start(),
                    BEWAARTERMIJN_JAREN.end()
                ),
            );
        }
        p
    }

    /// The settings as a person reads them, with the method's own values beside them.
    pub fn velden(&self) -> Vec<Instelling> {
        let standaard = Methodeinstellingen::default();
        let maanden = |m: &[u32]| m.iter().map(u32::to_string).collect::<Vec<_>>().join(", ");
        let rij =
            |naam: &str, veld: &str, label: &str, uitleg: String, waarde: String, std: String| {
                Instelling {
                    naam: naam.into(),
                    veld: veld.into(),
                    label: label.into(),
                    uitleg,
                    waarde,
                    standaard: std,
                }
            };
        vec![
            rij(
                "veiligheidsdrempel",
                "veiligheidsdrempel",
                "Veiligheidsdrempel",
                format!(
                    "De veiligheidsscore ({DREMPEL_MIN}–{MAX_SCORE}) die genoeg is voor veiligheid: de fasepoort, de signalen, de grafiek en de uitleg gebruiken hem."
                ),
                self.veiligheidsdrempel.to_string(),
                standaard.veiligheidsdrempel.to_string(),
            ),
            rij(
                "opschalen-na-maanden",
                "opschalenNaMaanden",
                "Opschalen na (maanden)",
                format!(
                    "Na zoveel maanden in directe veiligheid zonder de drempel te halen komt het signaal opschalen naar MDA++ ({}–{}).",
                    OPSCHALEN_MAANDEN.start(),
                    OPSCHALEN_MAANDEN.end()
                ),
                self.opschalen_na_maanden.to_string(),
                standaard.opschalen_na_maanden.to_string(),
            ),
            rij(
                "monitoring-na-maanden",
                "monitoringNaMaanden",
                "Monitoring na (maanden)",
                format!(
                    "De monitoringmomenten na het eerste veiligheidsplan, van vroeg naar laat, met komma's ({}–{} maanden).",
                    MONITORING_MAANDEN.start(),
                    MONITORING_MAANDEN.end()
                ),
                maanden(&self.monitoring_na_maanden),
                maanden(&standaard.monitoring_na_maanden),
            ),
            rij(
                "monitoring-vooraankondiging-dagen",
                "monitoringVooraankondigingDagen",
                "Monitoring aankondigen (dagen vooraf)",
                format!(
                    "Zoveel dagen voor een monitoringmoment komt het signaal 'aan de beurt' ({}–{}).",
                    VOORAANKONDIGING_DAGEN.start(),
                    VOORAANKONDIGING_DAGEN.end()
                ),
                self.monitoring_vooraankondiging_dagen.to_string(),
                standaard.monitoring_vooraankondiging_dagen.to_string(),
            ),
            rij(
                "bewaartermijn-jaren",
                "bewaartermijnJaren",
                "Bewaartermijn (jaren)",
                format!(
                    "De bewaartermijn van een nieuwe casus, vanaf de dag dat hij wordt aangemaakt ({}–{}); de privacyfunctionaris beslist.",
                    BEWAARTERMIJN_JAREN.start(),
                    BEWAARTERMIJN_JAREN.end()
                ),
                self.bewaartermijn_jaren.to_string(),
                standaard.bewaartermijn_jaren.to_string(),
            ),
        ]
    }

    /// Sets the setting `naam` (its command-line name or JSON field) from text, as typed on the
    /// command line; then checks every value. A Dutch message on an unknown name, text that is
    /// not a number, or a value out of range; `self` is unchanged then.
    pub fn zet(&mut self, naam: &str, waarde: &str) -> Result<(), String> {
        let getal = |w: &str| -> Result<u32, String> {
            w.trim()
                .parse::<u32>()
                .map_err(|_| format!("'{}' is geen heel getal (voor {naam}).", w.trim()))
        };
        let mut nieuw = self.clone();
        let veld = self
            .velden()
            .into_iter()
            .find(|v| v.naam == naam || v.veld == naam)
            .ok_or_else(|| {
                let namen: Vec<String> = self.velden().into_iter().map(|v| v.naam).collect();
                format!(
                    "Onbekende instelling '{naam}'. Kies uit: {}.",
                    namen.join(", ")
                )
            })?;
        match veld.veld.as_str() {
            "veiligheidsdrempel" => {
                nieuw.veiligheidsdrempel = u8::try_from(getal(waarde)?).unwrap_or(u8::MAX)
            }
            "opschalenNaMaanden" => nieuw.opschalen_na_maanden = getal(waarde)?,
            "monitoringNaMaanden" => {
                nieuw.monitoring_na_maanden = waarde
                    .split([',', ' ', ';'])
                    .filter(|w| !w.trim().is_empty())
                    .map(getal)
                    .collect::<Result<_, _>>()?
            }
            "monitoringVooraankondigingDagen" => {
                nieuw.monitoring_vooraankondiging_dagen = getal(waarde)?
            }
            _ => nieuw.bewaartermijn_jaren = getal(waarde)?,
        }
        if let Some(p) = nieuw.problemen().into_iter().next() {
            return Err(p.melding);
        }
        *self = nieuw;
        Ok(())
    }

    /// What changed from `oud`, for the audit trail: "veiligheidsdrempel 6 → 7". Never content.
    pub fn wijzigingen(&self, oud: &Methodeinstellingen) -> Vec<String> {
        oud.velden()
            .into_iter()
            .zip(self.velden())
            .filter(|(o, n)| o.waarde != n.waarde)
            .map(|(o, n)| format!("{} {} → {}", n.naam, o.waarde, n.waarde))
            .collect()
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
    fn settings_are_checked_and_set_by_name() {
        let mut inst = Methodeinstellingen::default();
        assert_eq!(inst.problemen(), vec![]);
        inst.zet("veiligheidsdrempel", "7").unwrap();
        inst.zet("monitoring-na-maanden", "2, 6,12").unwrap();
        inst.zet("bewaartermijnJaren", " 15 ").unwrap();
        assert_eq!(
            (
                inst.veiligheidsdrempel,
                inst.monitoring_na_maanden.clone(),
                inst.bewaartermijn_jaren
            ),
            (7, vec![2, 6, 12], 15)
        );
        assert_eq!(
            inst.wijzigingen(&Methodeinstellingen::default()),
            [
                "veiligheidsdrempel 6 → 7",
                "monitoring-na-maanden 3, 12 → 2, 6, 12",
                "bewaartermijn-jaren 20 → 15"
            ]
        );
        let voor = inst.clone();
        for (naam, waarde, fout) in [
            (
                "veiligheidsdrempel",
                "11",
                "De veiligheidsdrempel is een score van 1 tot en met 10; 11 kan niet.",
            ),
            (
                "veiligheidsdrempel",
                "0",
                "De veiligheidsdrempel is een score van 1 tot en met 10; 0 kan niet.",
            ),
            (
                "veiligheidsdrempel",
                "300",
                "De veiligheidsdrempel is een score van 1 tot en met 10; 255 kan niet.",
            ),
            (
                "veiligheidsdrempel",
                "zes",
                "'zes' is geen heel getal (voor veiligheidsdrempel).",
            ),
            (
                "opschalen-na-maanden",
                "0",
                "Opschalen na 0 maanden kan niet: kies 1 tot en met 24 maanden.",
            ),
            (
                "monitoring-na-maanden",
                "12, 3",
                "Zet de monitoringmomenten van vroeg naar laat, elk maar één keer (bijvoorbeeld 3, 12).",
            ),
            (
                "monitoring-na-maanden",
                "",
                "Geef 1 tot en met 6 monitoringmomenten; nu zijn het er 0.",
            ),
            (
                "monitoring-na-maanden",
                "3, 99",
                "Een monitoringmoment ligt 1 tot en met 60 maanden na het veiligheidsplan.",
            ),
            (
                "monitoring-vooraankondiging-dagen",
                "-1",
                "'-1' is geen heel getal (voor monitoring-vooraankondiging-dagen).",
            ),
            (
                "bewaartermijn-jaren",
                "0",
                "Een bewaartermijn van 0 jaar kan niet: kies 1 tot en met 115 jaar.",
            ),
            (
                "drempel",
                "6",
                "Onbekende instelling 'drempel'. Kies uit: veiligheidsdrempel, opschalen-na-maanden, monitoring-na-maanden, monitoring-vooraankondiging-dagen, bewaartermijn-jaren.",
            ),
        ] {
            assert_eq!(
                inst.zet(naam, waarde),
                Err(fout.to_string()),
                "{naam} {waarde}"
            );
            assert_eq!(inst, voor, "unchanged after a refusal");
        }
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
