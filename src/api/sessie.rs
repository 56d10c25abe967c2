//! MDA++ sessies through the façade: the list, create, open, save (whole, optimistic `versie`),
//! delete, starten, afronden (actiepunten into the casussen, all or nothing), the reusable
//! partner list, and the verslag as PDF written to the file the user chose — audited without
//! content.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Result, Werkplaats};
use crate::domain::{Casus, Overlegpartner, Sessie, Sessiestatus, Verwerking};
use crate::export::VerslagOpties;
use crate::vault::{self, Vault};

/// A sessie in the overview.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SessieOverzicht {
    pub id: String,
    /// The day of the sessie (YYYY-MM-DD).
    pub datum: NaiveDate,
    pub voorzitter: String,
    pub status: Sessiestatus,
    pub versie: u64,
    /// RFC 3339 timestamp of the last change.
    pub gewijzigd: String,
    /// The casus codes on the agenda, in order.
    pub casussen: Vec<String>,
}

/// A casus on the agenda as the vault has it now.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AgendaCasus {
    pub casus_id: String,
    /// The current code, or the agenda's snapshot when the casus is gone.
    pub code: String,
    /// The title; empty when the casus is gone.
    pub titel: String,
    /// Whether the casus is still in the vault.
    pub bestaat: bool,
}

/// A sessie opened in the app.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SessieWerkblad {
    /// The whole sessie; send it back (changed) to `sessie_save` with its `versie` unchanged.
    pub sessie: Sessie,
    /// Per agendapunt, in order.
    pub casussen: Vec<AgendaCasus>,
    /// Actiepunten not yet taken into their casus.
    pub open_actiepunten: u32,
}

/// What afronden did, with the sessie as it is now.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SessieAfronding {
    pub werkblad: SessieWerkblad,
    /// Every actiepunt taken into its casus.
    pub verwerkt: Vec<Verwerking>,
    /// Codes of agenda casussen that no longer exist (their actiepunten stay open).
    pub overgeslagen: Vec<String>,
}

fn werkblad(v: &Vault, sessie: Sessie) -> std::result::Result<SessieWerkblad, vault::Error> {
    let mut casussen = Vec::new();
    for a in &sessie.agenda {
        casussen.push(match v.casus_get(&a.casus_id.to_string()) {
            Ok(c) => AgendaCasus {
                casus_id: a.casus_id.to_string(),
                code: c.code,
                titel: c.titel,
                bestaat: true,
            },
            Err(vault::Error::NotFound(_)) => AgendaCasus {
                casus_id: a.casus_id.to_string(),
                code: a.casus_code.clone(),
                titel: String::new(),
                bestaat: false,
            },
            Err(e) => return Err(e),
        });
    }
    Ok(SessieWerkblad {
        open_actiepunten: u32::try_from(sessie.open_actiepunten().count()).unwrap_or(u32::MAX),
        casussen,
        sessie,
    })
}

/// The casussen on the agenda that still exist.
pub(crate) fn agenda_casussen(
    v: &Vault,
    sessie: &Sessie,
) -> std::result::Result<Vec<Casus>, vault::Error> {
    let mut uit = Vec::new();
    for a in &sessie.agenda {
        match v.casus_get(&a.casus_id.to_string()) {
            Ok(c) => uit.push(c),
            Err(vault::Error::NotFound(_)) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(uit)
}

/// Options for a verslag made from this vault now.
fn verslag_opties(v: &Vault, pseudoniem: bool) -> std::result::Result<VerslagOpties, vault::Error> {
    Ok(VerslagOpties {
        pseudoniem,
        oefenomgeving: v.is_oefenomgeving()?,
        auteur: v.profile_name().to_string(),
        gemaakt: chrono::Utc::now(),
    })
}

/// Render the verslag of sessie `id`, write it to `doel` (complete or not at all) and record the
/// export. Used by the app and the CLI.
fn verslag_schrijf(
    v: &Vault,
    id: &str,
    pseudoniem: bool,
    doel: &std::path::Path,
) -> std::result::Result<(), vault::Error> {
    let sessie = v.sessie_get(id)?;
    let casussen = agenda_casussen(v, &sessie)?;
    let bytes =
        crate::export::sessieverslag_pdf(&sessie, &casussen, &verslag_opties(v, pseudoniem)?)
            .map_err(|e| vault::Error::Internal(e.to_string()))?;
    vault::write_file_atomically(doel, &bytes)?;
    let variant = if pseudoniem { " (pseudoniem)" } else { "" };
    v.record(
        "sessieverslag geëxporteerd",
        None,
        &format!("verslag van MDA++-sessie {id}{variant} als PDF"),
    )
}

impl Werkplaats {
    pub fn sessie_list(&self) -> Result<Vec<SessieOverzicht>> {
        self.with_open(|v| {
            Ok(v.sessie_list()?
                .into_iter()
                .map(|s| SessieOverzicht {
                    id: s.id,
                    datum: s.datum,
                    voorzitter: s.voorzitter,
                    status: s.status,
                    versie: s.versie,
                    gewijzigd: s.gewijzigd,
                    casussen: s.casussen,
                })
                .collect())
        })
    }

    /// A new sessie on `datum`; the deelnemers start as the partner list.
    pub fn sessie_create(&self, datum: NaiveDate, voorzitter: &str) -> Result<SessieWerkblad> {
        self.with_open(|v| {
            let id = v.sessie_create(datum, voorzitter)?;
            werkblad(v, v.sessie_get(&id)?)
        })
    }

    pub fn sessie_open(&self, id: &str) -> Result<SessieWerkblad> {
        self.with_open(|v| werkblad(v, v.sessie_get(id)?))
    }

    /// Save the whole sessie (refused when stale or invalid, or when it would change what
    /// afronden did).
    pub fn sessie_save(&self, sessie: &Sessie, samenvatting: &str) -> Result<SessieWerkblad> {
        self.with_open(|v| {
            v.sessie_save(sessie, &super::casus::audit_summary(samenvatting))?;
            werkblad(v, v.sessie_get(&sessie.id.to_string())?)
        })
    }

    /// Delete a sessie; no casus changes.
    pub fn sessie_delete(&self, id: &str) -> Result<()> {
        self.with_open(|v| v.sessie_delete(id))
    }

    pub fn sessie_starten(&self, id: &str, versie: u64) -> Result<SessieWerkblad> {
        self.with_open(|v| {
            v.sessie_starten(id, versie)?;
            werkblad(v, v.sessie_get(id)?)
        })
    }

    /// Afronden: the sessie is closed and its actiepunten go into the casussen, all or nothing.
    pub fn sessie_afronden(&self, id: &str, versie: u64) -> Result<SessieAfronding> {
        self.with_open(|v| {
            let a = v.sessie_afronden(id, versie)?;
            Ok(SessieAfronding {
                werkblad: werkblad(v, v.sessie_get(id)?)?,
                verwerkt: a.verwerkt,
                overgeslagen: a.overgeslagen,
            })
        })
    }

    pub fn partners_list(&self) -> Result<Vec<Overlegpartner>> {
        self.with_open(|v| v.partners())
    }

    pub fn partners_save(&self, partners: &[Overlegpartner]) -> Result<Vec<Overlegpartner>> {
        self.with_open(|v| {
            v.partners_save(partners)?;
            v.partners()
        })
    }

    /// The file name to suggest for the verslag: a date, never a name.
    pub fn sessie_verslag_bestandsnaam(&self, id: &str, pseudoniem: bool) -> Result<String> {
        self.with_open(|v| {
            Ok(crate::export::verslag_bestandsnaam(
                &v.sessie_get(id)?,
                pseudoniem,
            ))
        })
    }

    /// Render the verslag and write it to `doel`, the file the user chose; audited.
    pub fn sessie_verslag_schrijf(
        &self,
        id: &str,
        pseudoniem: bool,
        doel: &std::path::Path,
    ) -> Result<()> {
        self.with_open(|v| verslag_schrijf(v, id, pseudoniem, doel))
    }
}
