//! Vault administration and the CLI's own verbs through the façade: what the `top3` command line
//! needs beside what the window uses (the shell and the CLI go through the same `Werkplaats`).

use std::path::Path;

use super::{Result, VaultSummary, Werkplaats, relock};
use crate::domain::Plansoort;
use crate::training;
use crate::vault::{self, CheckReport, Vault};

/// What `plan_pdf_kies` wrote, for the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanExport {
    pub soort: Plansoort,
    pub versie: u32,
    pub status: crate::domain::Planstatus,
}

impl Werkplaats {
    /// Open the vault for one command of the command line. Unlike [`Werkplaats::unlock`] (the app,
    /// a session) it adds no line of its own: each command records what it changes or exports.
    pub fn unlock_opdrachtregel(&self, passphrase: &str) -> Result<VaultSummary> {
        let vault = Vault::unlock(&self.dir, passphrase)?;
        self.remember(vault)
    }

    /// Read the key file now, so that a damaged or newer one is reported before a passphrase is
    /// asked for.
    pub fn controleer_sleutelbestand(&self) -> Result<()> {
        self.dir.header()?;
        Ok(())
    }

    /// The full check: every page, the structure, the audit chain, and whether the folder is
    /// the user's own.
    pub fn check(&self) -> Result<CheckReport> {
        self.with_open(|v| v.check())
    }

    /// Change the passphrase without opening the database (O(1) in the vault's size).
    pub fn change_passphrase_vergrendeld(&self, old: &str, new: &str) -> Result<()> {
        self.dir.change_passphrase(old, new)?;
        Ok(())
    }

    /// Write an encrypted backup (with its key header) to `file`; returns its size in bytes.
    pub fn backup(&self, file: &Path) -> Result<u64> {
        self.with_open(|v| v.backup(file))
    }

    /// Put a backup back (verified before anything is replaced; an existing vault only with
    /// `force`).
    pub fn restore(&self, file: &Path, passphrase: &str, force: bool) -> Result<()> {
        if self.dir.exists() && !force {
            return Err(vault::Error::Invalid(format!(
                "Er staat al een kluis in {}. Er is niets overschreven; gebruik --force om haar te vervangen.",
                self.dir.path().display()
            ))
            .into());
        }
        // Close first: the restore replaces the files an open connection would hold.
        relock(&self.open).take();
        self.dir.restore(file, passphrase, force)?;
        Ok(())
    }

    /// A new oefenomgeving in this (empty) folder; refused where a vault is. Returns how many
    /// oefencasussen it holds.
    pub fn oefen_init(&self) -> Result<usize> {
        let v = training::init(&self.dir, self.werkdag())?;
        let n = v.casus_list()?.len();
        self.remember(v)?;
        Ok(n)
    }

    /// The id of the casus named by its id or its code.
    pub fn casus_id_van(&self, id_of_code: &str) -> Result<String> {
        self.with_open(|v| {
            v.casus_list()?
                .into_iter()
                .find(|c| c.id == id_of_code || c.code == id_of_code)
                .map(|c| c.id)
                .ok_or_else(|| vault::Error::NotFound(format!("Casus {id_of_code} bestaat niet.")))
        })
    }

    /// Import a casusbestand (all or nothing); returns the new casus's id.
    pub fn casus_import(&self, bytes: &[u8]) -> Result<String> {
        self.with_open(|v| v.casus_import(bytes))
    }

    /// The casus in the exchange format, for standard output; audited (the data leaves the
    /// vault).
    pub fn casus_export(&self, id: &str) -> Result<String> {
        self.with_open(|v| v.casus_export(id))
    }

    /// The casus in the exchange format written to `doel` (complete or not at all, with its
    /// audit entry committed before the file appears; see [`Vault::export_write`]).
    pub fn casus_export_bestand(&self, id: &str, doel: &Path) -> Result<()> {
        self.with_open(|v| {
            let tekst = crate::export::exporteer(&v.casus_get(id)?);
            let regel = vault::Regel {
                actie: "casus geëxporteerd",
                casus_id: Some(id.to_string()),
                samenvatting: "casus geëxporteerd als casusbestand".into(),
            };
            v.export_write(doel, tekst.as_bytes(), &[regel])
        })
    }

    /// Test aid (the crash test's writer): add one informatie-item without building a werkblad.
    #[doc(hidden)]
    pub fn informatie_add(&self, casus_id: &str, tekst: &str, bron: &str) -> Result<String> {
        self.with_open(|v| v.informatie_add(casus_id, tekst, bron))
    }

    /// Write a plan chosen the way the CLI names it — casus by id or code, the soort, a version
    /// or by default the vastgesteld one (else the newest concept) — as PDF to `doel`; audited.
    pub fn plan_pdf_kies(
        &self,
        casus: &str,
        soort: Plansoort,
        versie: Option<u32>,
        gezinsversie: bool,
        pseudoniem: bool,
        doel: &Path,
    ) -> Result<PlanExport> {
        let id = self.casus_id_van(casus)?;
        self.met_kluis(|v| {
            let casus = v.casus_get(&id)?;
            let plan = casus
                .plan_voor_export(soort, versie)
                .map_err(vault::Error::NotFound)?;
            super::planpdf::schrijf(v, &casus, plan, gezinsversie, pseudoniem, doel)?;
            Ok(PlanExport {
                soort: plan.soort,
                versie: plan.versie,
                status: plan.status,
            })
        })
    }
}
