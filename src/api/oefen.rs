//! The oefenomgeving through the façade. A [`Werkplaats`] made for the oefenomgeving's own
//! directory opens it without a passphrase prompt (the passphrase is `oefenen`, shown on screen),
//! creating it from the bundled oefencasussen the first time; "Opnieuw beginnen" puts it back to
//! exactly the bundled state. Practice copies and the comparison with the model live here too.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::casus::CasusWerkblad;
use super::{Result, VaultSummary, Werkplaats, relock};
use crate::training::{self, Oefenbeschrijving, Stapuitleg, Vergelijking};
use crate::vault::{self, Vault};

/// What a trainer needs beside the casussen: the description of each oefencasus (by code) and
/// the uitleg per stap.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Oefenmateriaal {
    /// The passphrase of the oefenomgeving, to show on screen.
    pub wachtwoord: String,
    /// (casus code, description), in bundle order.
    pub casussen: Vec<(String, Oefenbeschrijving)>,
    pub uitleg: Vec<Stapuitleg>,
}

fn geen_oefenomgeving() -> vault::Error {
    vault::Error::Invalid("Dit kan alleen in de oefenomgeving. Er is niets gewijzigd.".into())
}

/// A casus to demonstrate: its code and title, and every step.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Demonstratie {
    pub code: String,
    pub titel: String,
    pub stappen: Vec<training::Demobeeld>,
}

impl Werkplaats {
    /// Open the oefenomgeving in this Werkplaats's directory, creating it from the bundle when
    /// there is none yet. Refused when the directory holds a vault that is not an oefenomgeving.
    pub fn oefen_open(&self) -> Result<VaultSummary> {
        if let Some(v) = relock(&self.open).as_ref()
            && v.is_oefenomgeving()?
        {
            return self.summary();
        }
        let vault = if self.dir.exists() {
            let v = match Vault::unlock(&self.dir, training::OEFEN_WACHTWOORD) {
                Ok(v) => v,
                Err(vault::Error::WrongPassphrase) => return Err(geen_oefenomgeving().into()),
                Err(e) => return Err(e.into()),
            };
            if !v.is_oefenomgeving()? {
                return Err(geen_oefenomgeving().into());
            }
            v.record("kluis ontgrendeld", None, "oefenomgeving geopend in de app")?;
            v
        } else {
            training::init(&self.dir, self.werkdag())?
        };
        self.remember(vault)
    }

    /// "Opnieuw beginnen": the oefenomgeving back to exactly the bundled casussen.
    pub fn oefen_reset(&self) -> Result<VaultSummary> {
        // Close first: the reset removes the files this connection has open.
        relock(&self.open).take();
        self.remember(training::reset(&self.dir, self.werkdag())?)
    }

    /// The descriptions and the uitleg.
    pub fn oefen_materiaal(&self) -> Result<Oefenmateriaal> {
        let modellen = training::modellen(self.vandaag())?;
        let casussen = modellen
            .iter()
            .zip(training::beschrijvingen())
            .map(|(m, b)| (m.code.clone(), b))
            .collect();
        Ok(Oefenmateriaal {
            wachtwoord: training::OEFEN_WACHTWOORD.to_string(),
            casussen,
            uitleg: training::uitleg(),
        })
    }

    /// "Oefenen": a practice copy of an oefencasus holding only the raw information.
    pub fn oefen_kopie(&self, casus_id: &str) -> Result<CasusWerkblad> {
        let nieuw = self.with_open(|v| {
            if !v.is_oefenomgeving()? {
                return Err(geen_oefenomgeving());
            }
            let casus = v.casus_get(casus_id)?;
            let model = training::model_van(&casus, self.vandaag()).ok_or_else(|| {
                vault::Error::Invalid(
                    "Deze casus hoort niet bij een oefencasus. Er is niets gewijzigd.".into(),
                )
            })?;
            let bestaande: Vec<String> = v.casus_list()?.into_iter().map(|c| c.code).collect();
            let nummer = (1..)
                .find(|n| !bestaande.contains(&format!("{}-O{n}", model.code)))
                .unwrap_or(1);
            let kopie = training::oefenkopie(&model, nummer, chrono::Utc::now());
            v.casus_insert(
                kopie,
                "oefening gestart",
                "oefenkopie gemaakt van een oefencasus",
            )
        })?;
        self.casus_werkblad_na_aanmaken(&nieuw)
    }

    /// Adds `aantal` generated, clearly fictional casussen (`GEN-00001` …, see
    /// [`training::genereer`]) to the oefenomgeving, numbered after the highest present, in
    /// transactions of 500 (each whole or not at all), and with `groot` one casus
    /// ([`training::genereer::GROOT_CODE`]) with that many informatie-items. Only in the
    /// oefenomgeving: a real vault never holds made-up families. Returns how many casussen the
    /// vault holds now.
    pub fn oefen_genereer(&self, aantal: usize, groot: Option<usize>) -> Result<usize> {
        const PARTIJ: usize = 500;
        self.with_open(|v| {
            if !v.is_oefenomgeving()? {
                return Err(geen_oefenomgeving());
            }
            let lijst = v.casus_list()?;
            let mut volgende = lijst
                .iter()
                .filter_map(|c| {
                    c.code
                        .strip_prefix(training::genereer::CODE_PREFIX)?
                        .parse::<usize>()
                        .ok()
                })
                .max()
                .map_or(1, |n| n + 1);
            let mut over = aantal;
            while over > 0 {
                let n = over.min(PARTIJ);
                let set =
                    training::genereer::genereer(n, volgende, self.vandaag(), chrono::Utc::now())?;
                v.casussen_insert(
                    set,
                    "oefencasus gegenereerd",
                    "gegenereerde oefencasus geplaatst",
                )?;
                volgende += n;
                over -= n;
            }
            if let Some(items) = groot {
                let c = training::genereer::groot(items, self.vandaag(), chrono::Utc::now())?;
                v.casus_insert(
                    c,
                    "oefencasus gegenereerd",
                    "gegenereerde oefencasus geplaatst",
                )?;
            }
            Ok(v.casus_list()?.len())
        })
    }

    /// "Demonstreren": the casus step by step as the projector shows a casus, for a trainer.
    /// Read-only; only in the oefenomgeving (the casussen there are fictional).
    pub fn oefen_demo(&self, casus_id: &str) -> Result<Demonstratie> {
        self.with_open(|v| {
            if !v.is_oefenomgeving()? {
                return Err(geen_oefenomgeving());
            }
            let casus = v.casus_get(casus_id)?;
            Ok(Demonstratie {
                stappen: training::demonstratie(&casus),
                code: casus.code,
                titel: casus.titel,
            })
        })
    }

    /// "Vergelijk met modeluitwerking".
    pub fn oefen_vergelijk(&self, casus_id: &str) -> Result<Vergelijking> {
        self.with_open(|v| {
            let oefening = v.casus_get(casus_id)?;
            let model = training::model_van(&oefening, self.vandaag()).ok_or_else(|| {
                vault::Error::Invalid("Deze casus hoort niet bij een oefencasus.".into())
            })?;
            Ok(training::vergelijk(&oefening, &model))
        })
    }
}
