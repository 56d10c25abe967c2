//! MDA++ sessies through the façade: the list, create, open, save (whole, optimistic `versie`),
//! delete, starten, afronden (actiepunten into the casussen, all or nothing), the reusable
//! partner list, and the verslag as PDF written to the file the user chose — audited without
//! content.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::{Result, Werkplaats};
use crate::domain::{
    Afrondregel, Blijft, Casus, CasusStatus, MAX_DUUR_MINUTEN, MAX_PARTNER_BYTES, MAX_TEKST_BYTES,
    Overlegpartner, Sessie, Sessiestatus, Verwerking,
};
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

/// The sessies, newest first, with today's date (what a new sessie is proposed on).
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Sessielijst {
    pub vandaag: NaiveDate,
    /// The limits a new sessie's form applies (the voorzitter's name: `maxPartnerBytes`).
    pub grenzen: Sessiegrenzen,
    pub sessies: Vec<SessieOverzicht>,
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
    /// What the rules derive from this sessie today; the UI shows it and computes none of it.
    pub afgeleid: SessieFeiten,
}

/// The derived facts of one sessie. **Contract:** as [`super::Afgeleid`] for a casus — the UI
/// renders these and never recomputes them.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SessieFeiten {
    /// Today (the computer's local date): the date a new sessie is proposed on.
    pub vandaag: NaiveDate,
    /// Anything but the samenvatting may still change (until afronden).
    pub bewerkbaar: bool,
    pub grenzen: Sessiegrenzen,
    /// Per agendapunt, in order.
    pub agenda: Vec<AgendapuntFeiten>,
    /// Deelnemers who brought something in: they stay at the table.
    pub vaste_deelnemers: Vec<Uuid>,
    /// The begintijd to suggest for the next agendapunt.
    pub volgende_begintijd: String,
    /// The casussen that may still go on the agenda, by code (none once afgerond).
    pub kiesbare_casussen: Vec<KiesbareCasus>,
    /// What afronden will take into each casus.
    pub afronden: Vec<Afrondregel>,
}

/// The limits the core applies to a sessie, for the forms' instant messages.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Sessiegrenzen {
    /// Per text field, in UTF-8 bytes.
    pub max_tekst_bytes: u32,
    /// Per naam, organisatie and rol of a partner, in UTF-8 bytes.
    pub max_partner_bytes: u32,
    /// The longest time slot, in minutes.
    pub max_duur_minuten: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AgendapuntFeiten {
    pub casus_id: Uuid,
    /// "13:30–14:15".
    pub tijdslot: String,
    /// Why it cannot leave the agenda; `null` when it can.
    pub blijft: Option<Blijft>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct KiesbareCasus {
    pub id: String,
    pub code: String,
    pub titel: String,
}

/// The limits of a sessie, as the core applies them.
pub fn sessiegrenzen() -> Sessiegrenzen {
    let u = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    Sessiegrenzen {
        max_tekst_bytes: u(MAX_TEKST_BYTES),
        max_partner_bytes: u(MAX_PARTNER_BYTES),
        max_duur_minuten: MAX_DUUR_MINUTEN,
    }
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

fn werkblad(
    v: &Vault,
    sessie: Sessie,
    vandaag: NaiveDate,
) -> std::result::Result<SessieWerkblad, vault::Error> {
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
    let kiesbare_casussen = if sessie.bewerkbaar() {
        v.casus_keuzes()?
            .into_iter()
            .filter(|(id, _, _, status)| {
                *status != CasusStatus::Gearchiveerd
                    && !sessie.agenda.iter().any(|a| a.casus_id.to_string() == *id)
            })
            .map(|(id, code, titel, _)| KiesbareCasus { id, code, titel })
            .collect()
    } else {
        Vec::new()
    };
    let code_van = |id: Uuid| {
        casussen
            .iter()
            .find(|c| c.casus_id == id.to_string() && c.bestaat)
            .map(|c| c.code.clone())
    };
    let afgeleid = SessieFeiten {
        vandaag,
        bewerkbaar: sessie.bewerkbaar(),
        grenzen: sessiegrenzen(),
        agenda: sessie
            .agenda
            .iter()
            .map(|a| AgendapuntFeiten {
                casus_id: a.casus_id,
                tijdslot: a.tijdslot(),
                blijft: sessie.agendapunt_blijft(a),
            })
            .collect(),
        vaste_deelnemers: sessie
            .deelnemers
            .iter()
            .map(|d| d.id)
            .filter(|&id| sessie.heeft_inbreng(id))
            .collect(),
        volgende_begintijd: sessie.volgende_begintijd(),
        kiesbare_casussen,
        afronden: sessie.afronden_overzicht(code_van),
    };
    Ok(SessieWerkblad {
        open_actiepunten: u32::try_from(sessie.open_actiepunten().count()).unwrap_or(u32::MAX),
        casussen,
        sessie,
        afgeleid,
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
/// export: one entry for the sessie and one per casus in the verslag (it holds their data), all
/// committed before the file appears. Used by the app and the CLI.
fn verslag_schrijf(
    v: &Vault,
    id: &str,
    pseudoniem: bool,
    doel: &std::path::Path,
) -> std::result::Result<(), super::Error> {
    let sessie = v.sessie_get(id)?;
    let casussen = agenda_casussen(v, &sessie)?;
    let bytes =
        crate::export::sessieverslag_pdf(&sessie, &casussen, &verslag_opties(v, pseudoniem)?)?;
    let variant = if pseudoniem { " (pseudoniem)" } else { "" };
    let mut regels = vec![vault::Regel {
        actie: "sessieverslag geëxporteerd",
        casus_id: None,
        samenvatting: format!("verslag van MDA++-sessie {}{variant} als PDF", sessie.id),
    }];
    regels.extend(casussen.iter().map(|c| vault::Regel {
        actie: "casus geëxporteerd",
        casus_id: Some(c.id.to_string()),
        samenvatting: format!("in het verslag van MDA++-sessie {}{variant}", sessie.id),
    }));
    Ok(v.export_write(doel, &bytes, &regels)?)
}

impl Werkplaats {
    pub fn sessie_list(&self) -> Result<Sessielijst> {
        let vandaag = self.vandaag();
        self.with_open(|v| {
            let sessies = v
                .sessie_list()?
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
                .collect();
            Ok(Sessielijst {
                vandaag,
                grenzen: sessiegrenzen(),
                sessies,
            })
        })
    }

    /// A new sessie on `datum`; the deelnemers start as the partner list.
    pub fn sessie_create(&self, datum: NaiveDate, voorzitter: &str) -> Result<SessieWerkblad> {
        let vandaag = self.vandaag();
        self.with_open(|v| {
            let id = v.sessie_create(datum, voorzitter)?;
            werkblad(v, v.sessie_get(&id)?, vandaag)
        })
    }

    /// Open a sessie in the app. Its agenda holds what the table said about each casus (inbreng,
    /// weging, besluiten), so the open is recorded once per casus on the agenda (or once for the
    /// sessie when the agenda is empty), in one transaction, before the werkblad is handed out.
    /// The werkblad a save returns is not a new look.
    pub fn sessie_open(&self, id: &str) -> Result<SessieWerkblad> {
        let vandaag = self.vandaag();
        self.with_open(|v| {
            let sessie = v.sessie_get(id)?;
            let samenvatting = format!("MDA++-sessie {} geopend in de app", sessie.id);
            let mut regels: Vec<vault::Regel> = sessie
                .agenda
                .iter()
                .map(|a| vault::Regel {
                    actie: "sessie geopend",
                    casus_id: Some(a.casus_id.to_string()),
                    samenvatting: samenvatting.clone(),
                })
                .collect();
            if regels.is_empty() {
                regels.push(vault::Regel {
                    actie: "sessie geopend",
                    casus_id: None,
                    samenvatting,
                });
            }
            v.record_all(&regels)?;
            werkblad(v, sessie, vandaag)
        })
    }

    /// Save the whole sessie (refused when stale or invalid, or when it would change what
    /// afronden did). The audit entry names the parts that changed, compared in the core.
    pub fn sessie_save(&self, sessie: &Sessie) -> Result<SessieWerkblad> {
        let vandaag = self.vandaag();
        self.with_open(|v| {
            v.sessie_save(sessie)?;
            werkblad(v, v.sessie_get(&sessie.id.to_string())?, vandaag)
        })
    }

    /// Delete a sessie; no casus changes.
    pub fn sessie_delete(&self, id: &str) -> Result<()> {
        self.with_open(|v| v.sessie_delete(id))
    }

    pub fn sessie_starten(&self, id: &str, versie: u64) -> Result<SessieWerkblad> {
        let vandaag = self.vandaag();
        self.with_open(|v| {
            v.sessie_starten(id, versie)?;
            werkblad(v, v.sessie_get(id)?, vandaag)
        })
    }

    /// Afronden: the sessie is closed and its actiepunten go into the casussen, all or nothing.
    pub fn sessie_afronden(&self, id: &str, versie: u64) -> Result<SessieAfronding> {
        let vandaag = self.vandaag();
        self.with_open(|v| {
            let a = v.sessie_afronden(id, versie)?;
            Ok(SessieAfronding {
                werkblad: werkblad(v, v.sessie_get(id)?, vandaag)?,
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
        self.met_kluis(|v| verslag_schrijf(v, id, pseudoniem, doel))
    }
}

#[cfg(test)]
mod tests {
    use std::fmt::Write as _;

    use crate::domain::{Overlegpartner, is_begintijd, is_duur};

    /// The inputs on which the forms' instant checks (`ui/src/lib/sessie/sessie.ts`: `leesTijd`,
    /// `leesDuur`, `partnerFouten`) must agree with the core, with the core's verdict. Written to
    /// `sessiefixtures.ts` beside the bindings; the Vitest contract test reads it, so a TS check
    /// that drifts from the core fails `cargo xtask test`.
    #[test]
    fn export_bindings_sessiefixtures() {
        let Some(dir) = std::env::var_os("TS_RS_EXPORT_DIR") else {
            return;
        };
        let mut ts = String::from(
            "// Generated from src/api/sessie.rs by `cargo xtask bindings`. Do not edit: the core's\n\
             // verdicts on inputs the forms check while typing (see sessie.contract.test.ts).\n\n",
        );
        let g = super::sessiegrenzen();
        let _ = writeln!(
            ts,
            "export const GRENZEN = {{ maxTekstBytes: {}, maxPartnerBytes: {}, maxDuurMinuten: {} }} as const;\n",
            g.max_tekst_bytes, g.max_partner_bytes, g.max_duur_minuten
        );
        let tijden = [
            "09:30",
            "9:30",
            "09.30",
            "00:00",
            "23:59",
            "24:00",
            "12:60",
            "0930",
            "",
            " 09:30",
            "9:5",
            "09:5",
            "19:45",
            "07:00",
            "7.00",
            "-1:00",
            "09:30:00",
            "a9:30",
            "１０:３０",
        ];
        let _ = writeln!(
            ts,
            "export const BEGINTIJDEN: readonly {{ invoer: string; geldig: boolean }}[] = ["
        );
        for t in tijden {
            let _ = writeln!(ts, "  {{ invoer: {t:?}, geldig: {} }},", is_begintijd(t));
        }
        let _ = writeln!(ts, "];\n");
        let _ = writeln!(
            ts,
            "export const DUREN: readonly {{ minuten: number; geldig: boolean }}[] = ["
        );
        for m in [0, 1, 2, 30, 45, 479, 480, 481, 1440, 100_000] {
            let _ = writeln!(ts, "  {{ minuten: {m}, geldig: {} }},", is_duur(m));
        }
        let _ = writeln!(ts, "];\n");
        let max = crate::domain::MAX_PARTNER_BYTES;
        // Each field as (unit, times): long inputs stay short in the generated file.
        type Veld = (&'static str, usize);
        let partners: [(Veld, Veld, Veld); 11] = [
            (("Sanne de Wit", 1), ("Veilig Thuis", 1), ("", 1)),
            (("", 1), ("Veilig Thuis", 1), ("", 1)),
            (("  ", 1), (" ", 1), ("wijkagent", 1)),
            (("\u{a0}", 1), ("Politie", 1), ("", 1)),
            (("Yara", 1), ("", 1), ("", 1)),
            (("x", max), ("o", max), ("r", max)),
            (("x", max + 1), ("Org", 1), ("", 1)),
            (("é", max / 2 + 1), ("Org", 1), ("", 1)),
            (("Noor", 1), ("👩🏽‍⚕️", max / 17 + 1), ("", 1)),
            (("Noor", 1), ("GGZ", 1), ("ر", max / 2 + 1)),
            (("ملك", 1), ("جمعية", 1), ("مستشار", 1)),
        ];
        let js = |(eenheid, keer): Veld| {
            if keer == 1 {
                format!("{eenheid:?}")
            } else {
                format!("{eenheid:?}.repeat({keer})")
            }
        };
        let _ = writeln!(
            ts,
            "export const PARTNERS: readonly {{ naam: string; organisatie: string; rol: string; fouten: readonly string[] }}[] = ["
        );
        for (naam, organisatie, rol) in partners {
            let p = Overlegpartner {
                id: uuid::Uuid::nil(),
                naam: naam.0.repeat(naam.1),
                organisatie: organisatie.0.repeat(organisatie.1),
                rol: rol.0.repeat(rol.1),
            };
            let fouten: Vec<String> = p
                .problemen("p")
                .into_iter()
                .map(|q| q.pad.trim_start_matches("p.").to_string())
                .collect();
            let _ = writeln!(
                ts,
                "  {{ naam: {}, organisatie: {}, rol: {}, fouten: {fouten:?} }},",
                js(naam),
                js(organisatie),
                js(rol)
            );
        }
        let _ = writeln!(ts, "];");
        let dir = std::path::PathBuf::from(dir);
        std::fs::create_dir_all(&dir).expect("export dir");
        std::fs::write(dir.join("sessiefixtures.ts"), ts).expect("write sessiefixtures.ts");
    }
}
