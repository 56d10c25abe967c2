//! The vault's methodeinstellingen through the façade: read them with their explanation, and
//! change them (checked whole, audited). The façade keeps what is in force and gives it to every
//! rule ([`Werkplaats::instellingen`]); it is read from the vault when the vault opens.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Result, Werkplaats, relock};
use crate::domain::{Instelling, Methodeinstellingen};

/// The Instellingen screen's "Methode" part and `top3 instellingen`.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Methodeoverzicht {
    /// What is in force in this vault.
    pub instellingen: Methodeinstellingen,
    /// The same, one row per setting, with its explanation and the method's own value.
    pub velden: Vec<Instelling>,
    /// The method's own values (the seeds'): what "standaardwaarden" puts back.
    pub standaard: Methodeinstellingen,
}

impl Methodeoverzicht {
    fn van(instellingen: Methodeinstellingen) -> Methodeoverzicht {
        Methodeoverzicht {
            velden: instellingen.velden(),
            instellingen,
            standaard: Methodeinstellingen::default(),
        }
    }
}

impl Werkplaats {
    /// The methodeinstellingen in force, with their explanation.
    pub fn methodeinstellingen(&self) -> Result<Methodeoverzicht> {
        let inst = self.with_open(|v| v.methodeinstellingen())?;
        Ok(Methodeoverzicht::van(inst))
    }

    /// Change the methodeinstellingen: every value checked (all problems named, nothing stored
    /// on one), the change audited; from now on every rule, signal, text and PDF uses them.
    pub fn methodeinstellingen_zet(&self, nieuw: &Methodeinstellingen) -> Result<Methodeoverzicht> {
        let inst = self.with_open(|v| v.zet_methodeinstellingen(nieuw))?;
        *relock(&self.instellingen) = inst.clone();
        Ok(Methodeoverzicht::van(inst))
    }

    /// Set one setting by its name, as typed on the command line ("veiligheidsdrempel", "7").
    pub fn methodeinstelling_zet(&self, naam: &str, waarde: &str) -> Result<Methodeoverzicht> {
        let mut inst = self.with_open(|v| v.methodeinstellingen())?;
        inst.zet(naam, waarde)
            .map_err(crate::vault::Error::Invalid)?;
        self.methodeinstellingen_zet(&inst)
    }
}
