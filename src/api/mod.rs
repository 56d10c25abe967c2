//! The façade the Tauri shell and the `top3` CLI call. Transport types live in [`types`] and are
//! the only serialised boundary; everything else in the core stays free of IPC concerns.

mod afgeleid;
mod beheer;
mod casus;
mod fout;
mod instellingen;
mod oefen;
mod plan;
mod planpdf;
mod presentatie;
mod sessie;
mod types;

use std::path::Path;
use std::sync::{Mutex, MutexGuard};

pub use afgeleid::{
    Afgeleid, BetrokkeneFeiten, DoelSpoor, Fasekeuze, MonitoringFeiten, PlanFeiten,
    PlansoortFeiten, SituatieFeiten, Top3Feiten,
};
pub use beheer::PlanExport;
pub use casus::{CasusOverzicht, CasusWerkblad, Casusstatus, Scoreregel, SignaalRegel};
pub use fout::Error;
pub use instellingen::Methodeoverzicht;
pub use oefen::{Demonstratie, Oefenmateriaal};
pub use presentatie::{Presentatie, Presentatieactie};
pub use sessie::{
    AgendaCasus, AgendapuntFeiten, KiesbareCasus, SessieAfronding, SessieFeiten, SessieOverzicht,
    SessieWerkblad, Sessiegrenzen, Sessielijst, sessiegrenzen,
};
pub use types::*;

use crate::domain::Methodeinstellingen;
use crate::vault::{self, Vault, VaultDir};

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ApiError {}

pub type Result<T> = std::result::Result<T, ApiError>;

/// One app session on one vault directory: holds the directory (and its OS lock) for the whole
/// session, and the open vault while it is unlocked. Locking drops the vault, which closes the
/// database and zeroizes the data key.
pub struct Werkplaats {
    dir: VaultDir,
    open: Mutex<Option<Vault>>,
    idle_lock_minutes: Mutex<u32>,
    /// Made for the oefenomgeving's directory ([`Werkplaats::voor_oefenomgeving`]).
    oefenomgeving: bool,
    /// The method's thresholds and periods in force: the open vault's own (read when it opens,
    /// replaced when they change). The façade is their one owner: every rule gets them from
    /// here, none defaults them itself.
    instellingen: Mutex<Methodeinstellingen>,
}

fn relock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic while holding a lock cannot leave the vault half-written (SQLite transactions),
    // so recovering the guard is safe.
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Werkplaats {
    /// Take the vault directory for this process.
    pub fn new(dir: &Path) -> Result<Werkplaats> {
        Ok(Werkplaats {
            dir: VaultDir::open(dir)?,
            open: Mutex::new(None),
            idle_lock_minutes: Mutex::new(vault::DEFAULT_IDLE_LOCK_MINUTES),
            oefenomgeving: false,
            instellingen: Mutex::new(Methodeinstellingen::default()),
        })
    }

    /// Today, as the method's rules see it: the computer's local date. The façade's one clock for
    /// dates (timestamps of changes are the vault's).
    pub fn vandaag(&self) -> chrono::NaiveDate {
        chrono::Local::now().date_naive()
    }

    /// The thresholds and periods in force.
    pub fn instellingen(&self) -> Methodeinstellingen {
        relock(&self.instellingen).clone()
    }

    /// A session on the oefenomgeving's own directory (see [`Werkplaats::oefen_open`]).
    pub fn voor_oefenomgeving(dir: &Path) -> Result<Werkplaats> {
        Ok(Werkplaats {
            oefenomgeving: true,
            ..Werkplaats::new(dir)?
        })
    }

    fn with_open<T>(
        &self,
        f: impl FnOnce(&mut Vault) -> std::result::Result<T, vault::Error>,
    ) -> Result<T> {
        self.met_kluis(|v| Ok(f(v)?))
    }

    /// As [`Werkplaats::with_open`], for work that crosses layers (a document made from what the
    /// vault holds): the closure returns the façade's own [`Error`].
    fn met_kluis<T>(
        &self,
        f: impl FnOnce(&mut Vault) -> std::result::Result<T, Error>,
    ) -> Result<T> {
        let mut g = relock(&self.open);
        let v = g.as_mut().ok_or(vault::Error::Locked)?;
        v.zet_werkdag(self.werkdag());
        Ok(f(v)?)
    }

    /// Today and the settings in force, for the rules the vault applies inside a write.
    fn werkdag(&self) -> vault::Werkdag {
        vault::Werkdag {
            vandaag: self.vandaag(),
            instellingen: self.instellingen(),
        }
    }

    pub fn state(&self) -> VaultState {
        if relock(&self.open).is_some() {
            VaultState::Ontgrendeld
        } else if self.dir.exists() {
            VaultState::Vergrendeld
        } else {
            VaultState::Geen
        }
    }

    pub fn info(&self) -> AppInfo {
        AppInfo {
            version: crate::VERSION.to_string(),
            vault_dir: self.dir.path().display().to_string(),
            vault: self.state(),
            idle_lock_minutes: self.idle_lock_minutes(),
            oefenomgeving: self.oefenomgeving,
        }
    }

    pub fn idle_lock_minutes(&self) -> u32 {
        *relock(&self.idle_lock_minutes)
    }

    fn remember(&self, mut vault: Vault) -> Result<VaultSummary> {
        *relock(&self.instellingen) = vault.methodeinstellingen()?;
        vault.zet_werkdag(self.werkdag());
        let summary = summarize(&vault)?;
        *relock(&self.idle_lock_minutes) = summary.idle_lock_minutes;
        *relock(&self.open) = Some(vault);
        Ok(summary)
    }

    pub fn create(&self, passphrase: &str, profile_name: &str) -> Result<NewVault> {
        let created = Vault::create(&self.dir, passphrase, profile_name)?;
        self.remember(created.vault)?;
        Ok(NewVault {
            recovery_code: created.recovery_code,
        })
    }

    /// The verdict on a new passphrase while someone types. `profile_name` is the name typed on
    /// the create form; without it the open vault's profile name counts (changing the
    /// passphrase). While the vault is locked (recovering) the name is unknown until the recovery
    /// code opens it, so `recover` applies the full rule once more.
    pub fn beoordeel_wachtwoord(
        &self,
        passphrase: &str,
        profile_name: Option<&str>,
    ) -> Wachtwoordoordeel {
        // The name is copied out, so the vault is not held while zxcvbn runs.
        let open_profiel = match profile_name {
            Some(_) => None,
            None => relock(&self.open)
                .as_ref()
                .map(|v| v.profile_name().to_owned()),
        };
        vault::beoordeel_wachtwoord(passphrase, profile_name.or(open_profiel.as_deref())).into()
    }

    /// Open the vault for a session in the app; the audit trail records who opened it (NEN 7513:
    /// access to client data). The CLI uses [`Werkplaats::unlock_opdrachtregel`].
    pub fn unlock(&self, passphrase: &str) -> Result<VaultSummary> {
        let vault = Vault::unlock(&self.dir, passphrase)?;
        vault.record("kluis ontgrendeld", None, "kluis geopend in de app")?;
        self.remember(vault)
    }

    /// Open with the recovery code and a new passphrase. The code is spent: the data key is
    /// rotated and a new recovery code comes back, to be shown once.
    pub fn recover(&self, recovery_code: &str, new_passphrase: &str) -> Result<NewVault> {
        let hersteld = Vault::recover(&self.dir, recovery_code, new_passphrase)?;
        self.remember(hersteld.vault)?;
        Ok(NewVault {
            recovery_code: hersteld.recovery_code,
        })
    }

    /// Rotate the open vault's data key (the passphrase is asked again): old key files, backups
    /// and the old recovery code no longer open it. Returns the new recovery code, shown once.
    pub fn sleutel_vervangen(&self, passphrase: &str) -> Result<NewVault> {
        let code = self.with_open(|v| v.rekey(passphrase))?;
        Ok(NewVault {
            recovery_code: code,
        })
    }

    /// Drop the open vault (closing the database, zeroizing the key). Returns whether it was open.
    /// `reason` goes into the audit trail ("handmatig", "na inactiviteit").
    pub fn lock(&self, reason: &str) -> bool {
        match relock(&self.open).take() {
            Some(vault) => {
                // Best effort: a failing audit write must never keep the vault open.
                let _ = vault.record(
                    "kluis vergrendeld",
                    None,
                    &format!("kluis vergrendeld ({reason})"),
                );
                true
            }
            None => false,
        }
    }

    pub fn summary(&self) -> Result<VaultSummary> {
        let g = relock(&self.open);
        let v = g.as_ref().ok_or(vault::Error::Locked)?;
        summarize(v)
    }

    pub fn change_passphrase(&self, old: &str, new: &str) -> Result<()> {
        self.with_open(|v| v.change_passphrase(old, new))
    }

    pub fn set_idle_lock_minutes(&self, minutes: u32) -> Result<VaultSummary> {
        self.with_open(|v| v.set_idle_lock_minutes(minutes))?;
        *relock(&self.idle_lock_minutes) = minutes;
        self.summary()
    }

    pub fn audit_log(&self) -> Result<Vec<AuditEntry>> {
        self.with_open(|v| Ok(v.audit_log()?.into_iter().map(AuditEntry::from).collect()))
    }
}

fn summarize(v: &Vault) -> Result<VaultSummary> {
    Ok(VaultSummary {
        profile_name: v.profile_name().to_string(),
        audit_entries: u32::try_from(v.audit_log()?.len()).unwrap_or(u32::MAX),
        idle_lock_minutes: v.idle_lock_minutes()?,
        oefenomgeving: v.is_oefenomgeving()?,
    })
}

impl From<vault::AuditEntry> for AuditEntry {
    fn from(e: vault::AuditEntry) -> AuditEntry {
        AuditEntry {
            seq: u32::try_from(e.seq).unwrap_or(u32::MAX),
            at: e.at,
            who: e.who,
            action: e.action,
            casus_id: e.casus_id,
            summary: e.summary,
        }
    }
}
