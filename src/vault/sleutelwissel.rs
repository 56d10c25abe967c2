//! Key rotation: a new data key for the whole database, new key slots, a new recovery code; and
//! the conversion of an older page format, which replaces the database the same way.
//!
//! Changing the passphrase only rewraps the data key, so an old key file (or a backup) together
//! with an old passphrase, or a recovery code that leaked, would still open today's database.
//! A rotation makes that impossible: the database is copied with `sqlcipher_export` into a new file
//! encrypted under a fresh random key (new salt, every page rewritten), the passphrase slot and a
//! new recovery-code slot wrap that key, and the two files replace the old ones with the same
//! staged swap a restore uses (`kluis.db.nieuw` + `kluis.sleutels.nieuw`, finished or rolled back
//! by [`VaultDir::open`] after a crash), so an interruption leaves either the old or the new vault,
//! whole. Old key files and backups stay what they were: copies of their own time, which open
//! only their own copy of the database.

use std::fs;

use rusqlite::Connection;
use zeroize::Zeroizing;

use super::keys::{DataKey, KdfParams, SlotKind};
use super::{
    DB_NEW, Error, HEADER_NEW, Header, Paginaformaat, Vault, VaultDir, audit, fsutil, full_check,
    open_connection, unwrap,
};

impl Vault {
    /// Rotate the data key (the passphrase is asked again: someone may have walked up to an
    /// unlocked screen). Returns the new recovery code, to be shown once; the old one no longer
    /// opens anything current.
    pub fn rekey(&mut self, passphrase: &str) -> Result<Zeroizing<String>, Error> {
        unwrap(&self.header, SlotKind::Wachtwoord, passphrase.as_bytes())?
            .ok_or(Error::WrongPassphrase)?;
        self.rekey_met(passphrase, "nieuwe gegevenssleutel op verzoek")
    }

    /// The rotation itself, with `passphrase` for the new passphrase slot (already checked, or
    /// new after a recovery) and `reden` for the audit entry.
    pub(super) fn rekey_met(
        &mut self,
        passphrase: &str,
        reden: &str,
    ) -> Result<Zeroizing<String>, Error> {
        let nieuw = DataKey::generate()?;
        let vault_id = self.header.vault_id.clone();
        let (header, code) =
            super::nieuwe_sleutelkop(vault_id, passphrase, &nieuw, KdfParams::for_new_slot())?;
        self.vervang_database(
            Some(nieuw),
            header,
            "sleutel vervangen",
            &format!(
                "{reden}; wachtwoord opnieuw ingepakt, nieuwe herstelcode uitgegeven, oude sleutelbestanden en back-ups openen deze kluis niet meer"
            ),
        )?;
        Ok(code)
    }

    /// Convert a database with an older page format ([`Paginaformaat`]) to the current one, on
    /// the first open by this version: the same copy-and-swap as a rotation, with the same key and
    /// key slots, so nothing changes for the user but the speed.
    pub(super) fn zet_paginaformaat_om(&mut self) -> Result<(), Error> {
        let van = self.header.paginaformaat();
        let mut header = self.header.clone();
        header.versie = super::header::VERSION;
        self.vervang_database(
            None,
            header,
            "kluis omgezet",
            &format!(
                "databasepagina's opnieuw versleuteld en beveiligd met {} (was {}); inhoud, sleutel en wachtwoord ongewijzigd",
                Paginaformaat::HUIDIG.sqlcipher_naam(),
                van.sqlcipher_naam()
            ),
        )
    }

    /// Copy the database (checkpointed) into `kluis.db.nieuw` — under `nieuw` or, without it, the
    /// current key — in the current page format, verify every page of the copy, record `actie` in
    /// the copy's trail (so the entry exists exactly when the change does), stage `header`, and
    /// swap both files in (`VaultDir::swap_staged`; finished or rolled back by
    /// [`VaultDir::open`] after a crash, so an interruption leaves the old or the new vault, whole).
    fn vervang_database(
        &mut self,
        nieuw: Option<DataKey>,
        header: Header,
        actie: &str,
        samenvatting: &str,
    ) -> Result<(), Error> {
        let dir = self.dir.clone();
        let (db_new, header_new) = (dir.file(DB_NEW), dir.file(HEADER_NEW));
        let formaat = header.paginaformaat();
        let staged = (|| {
            let key = nieuw.as_ref().unwrap_or(&self.key);
            self.checkpoint()?;
            self.export_to(&db_new, key)?;
            {
                let conn = open_connection(&db_new, key, false, formaat)?;
                full_check(&conn)?;
                let tx = conn.unchecked_transaction()?;
                audit::append(&tx, &self.profile, actie, None, samenvatting)?;
                tx.commit()?;
                conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
            }
            super::stage_sleutelkop(&dir, &header)
        })();
        if let Err(e) = staged {
            let _ = fs::remove_file(&db_new);
            let _ = fs::remove_file(&header_new);
            return Err(e);
        }
        super::onderbreekpunt("voor-wissel");
        // Close the old connection before its files are replaced.
        drop(std::mem::replace(
            &mut self.conn,
            Connection::open_in_memory()?,
        ));
        if let Err(e) = dir.swap_staged() {
            // The old files are still in place (or the swap finishes on the next open).
            self.conn = open_connection(
                &dir.db_path(),
                &self.key,
                false,
                self.header.paginaformaat(),
            )?;
            return Err(e);
        }
        self.conn = open_connection(
            &dir.db_path(),
            nieuw.as_ref().unwrap_or(&self.key),
            false,
            formaat,
        )?;
        if let Some(key) = nieuw {
            self.key = key;
        }
        self.header = header;
        self.schrijf_logkop()?;
        Ok(())
    }
}

impl VaultDir {
    /// Put staged files in place: `kluis.db.nieuw` → `kluis.db`, then `kluis.sleutels.nieuw` →
    /// `kluis.sleutels` (see `finish_interrupted_restore` for a crash in between).
    pub(super) fn swap_staged(&self) -> Result<(), Error> {
        let ctx = || Error::io("Kan de nieuwe kluisbestanden niet op hun plaats zetten");
        for ext in ["-wal", "-shm"] {
            let p = format!("{}{ext}", self.db_path().display());
            if std::path::Path::new(&p).exists() {
                fs::remove_file(&p).map_err(ctx())?;
            }
        }
        fsutil::rename_durable(&self.file(DB_NEW), &self.db_path()).map_err(ctx())?;
        super::onderbreekpunt("tussen-wissel");
        fsutil::rename_durable(&self.file(HEADER_NEW), &self.header_path()).map_err(ctx())?;
        Ok(())
    }
}
