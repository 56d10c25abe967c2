//! The encrypted vault: a SQLCipher database opened with a random data key, the key slots that
//! wrap that key, the audit trail, and backup / restore.
//!
//! Files in a vault directory:
//! - `kluis.db` (+ `-wal`, `-shm`): the SQLCipher database, every page AES-256 + HMAC;
//! - `kluis.sleutels`: the key header (JSON, no secrets in the clear), replaced atomically;
//! - `kluis.lock`: held with an exclusive OS lock by the one process that uses the vault.

mod audit;
mod backup;
mod casus;
mod error;
mod fsutil;
mod header;
pub mod keys;
mod logkop;
mod schema;
mod sessie;
mod sleutelwissel;
mod wachtwoord;

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rusqlite::{Connection, OpenFlags, OptionalExtension};

use crate::domain::Methodeinstellingen;
use zeroize::Zeroizing;

pub use audit::Entry as AuditEntry;
pub use audit::{Aanleiding, Inzage, Regel};
pub use casus::CasusRow;
pub use error::Error;
pub use header::{Header, Paginaformaat};
use keys::{DataKey, KdfParams, KeySlot, SlotKind};
pub use sessie::{Afronding, SessieRow};
pub use wachtwoord::{
    MIN_PASSPHRASE_CHARS, MIN_SCORE, Oordeel as Wachtwoordoordeel,
    beoordeel as beoordeel_wachtwoord, check_new_passphrase,
};

const DB_FILE: &str = "kluis.db";
const HEADER_FILE: &str = "kluis.sleutels";
const LOCK_FILE: &str = "kluis.lock";
/// Restore stages its files under these names first (see [`VaultDir::finish_interrupted_restore`]).
const DB_NEW: &str = "kluis.db.nieuw";
const HEADER_NEW: &str = "kluis.sleutels.nieuw";

/// Entry points for the fuzz targets in `fuzz/` (only with the `testhooks` feature): the parsers of
/// the files a vault reads from outside — the key file, the remembered audit head, a backup.
#[cfg(feature = "testhooks")]
pub mod fuzz {
    use super::{Error, Header, backup, logkop};

    /// Parse a key file and check each slot's parameters (no Argon2 run: that is the cost the
    /// parameter check guards). Any input: a header or a Dutch error, never a panic.
    pub fn sleutelbestand(bytes: &[u8]) -> Result<Header, Error> {
        let header = Header::parse(bytes)?;
        for slot in &header.slots {
            slot.params.check()?;
        }
        let _ = logkop::Logkop::parse(bytes);
        Ok(header)
    }

    /// Decode a backup file's framing; returns the database length it names.
    pub fn backup(bytes: &[u8]) -> Result<usize, Error> {
        backup::decode(bytes).map(|(_, db)| db.len())
    }
}

/// The passphrase of every oefenomgeving (shown on screen; it holds no real data).
pub const OEFEN_WACHTWOORD: &str = "oefenen";
/// Default minutes of inactivity before the app locks.
pub const DEFAULT_IDLE_LOCK_MINUTES: u32 = 5;

/// A vault directory held exclusively by this process. Cheap to clone; the OS lock is released
/// when the last clone is dropped (or the process dies).
#[derive(Clone, Debug)]
pub struct VaultDir(Arc<DirInner>);

#[derive(Debug)]
struct DirInner {
    root: PathBuf,
    _lock: File,
}

impl VaultDir {
    /// Take the directory (created owner-only if missing: mode 0700, or on Windows an access list
    /// naming only the user) for this process.
    /// Fails with [`Error::InUse`] when another process holds it.
    pub fn open(root: &Path) -> Result<VaultDir, Error> {
        fsutil::create_private_dir(root).map_err(Error::io(format!(
            "Kan de map {} niet aanmaken",
            root.display()
        )))?;
        let root = fsutil::absolute_dir(root).map_err(Error::io(format!(
            "Kan de map {} niet openen",
            root.display()
        )))?;
        let lock_path = root.join(LOCK_FILE);
        let lock = fsutil::create_private_lockfile(&lock_path).map_err(Error::io(format!(
            "Kan {} niet openen",
            lock_path.display()
        )))?;
        // A process that just let go of the vault may briefly still hold the lock (a child forked
        // by another thread keeps the open file until it execs): retry for up to a second.
        let mut tries = 0;
        loop {
            match lock.try_lock() {
                Ok(()) => break,
                Err(fs::TryLockError::WouldBlock) if tries < 10 => {
                    tries += 1;
                    std::thread::sleep(std::time::Duration::from_millis(100));
                }
                Err(fs::TryLockError::WouldBlock) => return Err(Error::InUse(root)),
                Err(fs::TryLockError::Error(e)) => {
                    return Err(Error::io("Kan de kluis niet voor dit proces reserveren")(e));
                }
            }
        }
        let dir = VaultDir(Arc::new(DirInner { root, _lock: lock }));
        dir.finish_interrupted_restore()?;
        Ok(dir)
    }

    pub fn path(&self) -> &Path {
        &self.0.root
    }

    fn file(&self, name: &str) -> PathBuf {
        self.0.root.join(name)
    }

    /// Does a vault exist here (its key header)?
    pub fn exists(&self) -> bool {
        self.file(HEADER_FILE).exists()
    }

    pub fn db_path(&self) -> PathBuf {
        self.file(DB_FILE)
    }

    pub fn header_path(&self) -> PathBuf {
        self.file(HEADER_FILE)
    }

    /// The audit head remembered outside the database, if there is a readable one.
    fn logkop(&self) -> Option<logkop::Logkop> {
        fs::read(self.file(logkop::FILE))
            .ok()
            .and_then(|b| logkop::Logkop::parse(&b))
    }

    /// Read and parse the key header.
    pub fn header(&self) -> Result<Header, Error> {
        if !self.exists() {
            return Err(Error::NoVault(self.path().to_path_buf()));
        }
        let bytes =
            fs::read(self.header_path()).map_err(Error::io("Kan het sleutelbestand niet lezen"))?;
        Header::parse(&bytes)
    }

    /// A restore swaps two files: first `kluis.db.nieuw` → `kluis.db`, then `kluis.sleutels.nieuw`
    /// → `kluis.sleutels`. If it was interrupted after the first rename, finish it; if before,
    /// throw the staged files away. Either way the directory holds one consistent vault.
    fn finish_interrupted_restore(&self) -> Result<(), Error> {
        let (db_new, header_new) = (self.file(DB_NEW), self.file(HEADER_NEW));
        let ctx = || Error::io("Kan een onderbroken herstel niet afronden");
        if header_new.exists() && !db_new.exists() {
            fsutil::rename_durable(&header_new, &self.header_path()).map_err(ctx())?;
        } else {
            for f in [db_new, header_new] {
                if f.exists() {
                    fs::remove_file(&f).map_err(ctx())?;
                }
            }
        }
        // A write interrupted before its rename leaves its temp file (`.top3-<random>.deel`, see
        // `fsutil::write_replace`); this process holds the folder, so none is in use now.
        if let Ok(lijst) = fs::read_dir(self.path()) {
            for e in lijst.flatten() {
                let naam = e.file_name();
                let naam = naam.to_string_lossy();
                if naam.starts_with(".top3-") && naam.ends_with(".deel") {
                    let _ = fs::remove_file(e.path());
                }
            }
        }
        fsutil::sync_dir(self.path()).map_err(ctx())?;
        Ok(())
    }

    /// Change the passphrase while the vault is locked: unwrap the data key with the old
    /// passphrase and rewrite the passphrase slot (O(1) in the vault's size). The database is
    /// opened only for the profile name (part of the passphrase rule) and the audit entry.
    pub fn change_passphrase(&self, old: &str, new: &str) -> Result<(), Error> {
        // Without the profile name first (before the KDF), with it once the vault is open.
        check_new_passphrase(new, None)?;
        let header = self.header()?;
        let key =
            unwrap(&header, SlotKind::Wachtwoord, old.as_bytes())?.ok_or(Error::WrongPassphrase)?;
        let mut vault = Vault::open_with_key(self.clone(), key, header)?;
        vault.change_passphrase_with_key(new)
    }
}

/// Test hook (feature `testhooks`): with `TOP3_TEST_ONDERBREEK=<punt>` the process aborts at that
/// point, as a power cut would stop it, so a test can look at what is left. Without the feature
/// this is nothing.
#[cfg(feature = "testhooks")]
fn onderbreekpunt(punt: &str) {
    if std::env::var("TOP3_TEST_ONDERBREEK").is_ok_and(|p| p == punt) {
        std::process::abort();
    }
}
#[cfg(not(feature = "testhooks"))]
#[inline(always)]
fn onderbreekpunt(_punt: &str) {}

/// A key header for `key`: a passphrase slot and a slot for a fresh recovery code (returned, to be
/// shown once). Used when a vault is created and when its key is rotated.
fn nieuwe_sleutelkop(
    vault_id: String,
    passphrase: &str,
    key: &DataKey,
    params: KdfParams,
) -> Result<(Header, Zeroizing<String>), Error> {
    let code = keys::recovery::generate()?;
    let normalized = keys::recovery::normalize(&code).expect("generated codes are valid");
    let slots = vec![
        KeySlot::seal(
            SlotKind::Wachtwoord,
            passphrase.as_bytes(),
            key,
            params,
            &vault_id,
        )?,
        KeySlot::seal(
            SlotKind::Herstelcode,
            normalized.as_bytes(),
            key,
            params,
            &vault_id,
        )?,
    ];
    Ok((Header::new(vault_id, slots), code))
}

/// Stage `header` as `kluis.sleutels.nieuw` beside a staged `kluis.db.nieuw` (whose WAL is
/// checkpointed away here), durably, for [`VaultDir::swap_staged`].
fn stage_sleutelkop(dir: &VaultDir, header: &Header) -> Result<(), Error> {
    let db_new = dir.file(DB_NEW);
    for ext in ["-wal", "-shm"] {
        let _ = fs::remove_file(format!("{}{ext}", db_new.display()));
    }
    let schrijf = || Error::io("Kan het nieuwe sleutelbestand niet schrijven");
    let mut f = fsutil::create_new_private(&dir.file(HEADER_NEW)).map_err(schrijf())?;
    std::io::Write::write_all(&mut f, &header.to_bytes()).map_err(schrijf())?;
    f.sync_all().map_err(schrijf())?;
    fsutil::sync_dir(dir.path()).map_err(Error::io("Kan de map van de kluis niet bijwerken"))?;
    Ok(())
}

fn unwrap(header: &Header, kind: SlotKind, secret: &[u8]) -> Result<Option<DataKey>, Error> {
    let slot = header.slot(kind).ok_or_else(|| {
        Error::HeaderCorrupt(format!("er is geen sleutelvak voor de {}", kind_name(kind)))
    })?;
    slot.open(secret, &header.vault_id)
}

fn kind_name(kind: SlotKind) -> &'static str {
    match kind {
        SlotKind::Wachtwoord => "wachtwoord",
        SlotKind::Herstelcode => "herstelcode",
    }
}

/// The connection settings asserted on every open (see DESIGN.md → Security design).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pragmas {
    pub journal_mode: String,
    pub synchronous: i64,
    pub temp_store: i64,
    pub secure_delete: i64,
    pub foreign_keys: i64,
    /// SQLCipher wipes freed memory (1) or not (0).
    pub memory_security: i64,
    /// How every page is authenticated ("HMAC_SHA256", see [`Paginaformaat`]).
    pub hmac_algorithm: String,
    pub cipher_version: String,
}

/// An open vault: the connection and the data key. Dropping it closes the database and zeroizes the key.
pub struct Vault {
    dir: VaultDir,
    conn: Connection,
    key: DataKey,
    header: Header,
    profile: String,
    /// The day and settings the rules inside a write use; set by the caller (the façade, before
    /// every operation). The vault reads no clock and defaults no setting.
    werkdag: Option<Werkdag>,
    /// Set when this open found the database behind the audit head kept outside it
    /// (`kluis.logkop`): swapped for an older copy. `check()` fails with it.
    teruggezet: Option<String>,
}

/// The day and the method's settings that the rules applied inside a write use: validation
/// (no past event dated in the future), a new casus's bewaartermijn, what afronden writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Werkdag {
    pub vandaag: chrono::NaiveDate,
    pub instellingen: Methodeinstellingen,
}

impl Drop for Vault {
    /// Remember how far the trail got (best effort: the database is the record; a missed write
    /// leaves the remembered head behind, which is consistent).
    fn drop(&mut self) {
        let _ = self.schrijf_logkop();
    }
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vault")
            .field("dir", &self.dir.path())
            .finish_non_exhaustive()
    }
}

/// What `create` returns besides the open vault: the recovery code, shown once.
pub struct Created {
    pub vault: Vault,
    pub recovery_code: Zeroizing<String>,
}

impl Vault {
    /// Set the day and settings for the operations that follow (the façade does this before
    /// every operation; see [`Werkdag`]).
    pub fn zet_werkdag(&mut self, werkdag: Werkdag) {
        self.werkdag = Some(werkdag);
    }

    /// The day and settings in force; an error when the caller set none.
    pub fn werkdag(&self) -> Result<&Werkdag, Error> {
        self.werkdag.as_ref().ok_or_else(|| {
            Error::Internal(
                "geen werkdag gezet: de kluis past geen regel toe zonder datum en instellingen"
                    .into(),
            )
        })
    }

    /// Create a new vault in an empty directory. Returns it open, with the recovery code.
    pub fn create(dir: &VaultDir, passphrase: &str, profile: &str) -> Result<Created, Error> {
        Vault::create_with_params(dir, passphrase, profile, KdfParams::for_new_slot())
    }

    /// [`Vault::create`] with explicit Argon2id parameters (never below [`KdfParams::MINIMUM`]).
    pub fn create_with_params(
        dir: &VaultDir,
        passphrase: &str,
        profile: &str,
        params: KdfParams,
    ) -> Result<Created, Error> {
        check_new_passphrase(passphrase, Some(profile))?;
        Vault::create_inner(dir, passphrase, profile, params, false)
    }

    /// A vault in an older page format, as a previous version of the app made it: for the tests of
    /// the conversion on first open. Only with the `testhooks` feature.
    #[cfg(feature = "testhooks")]
    pub fn create_in_formaat_for_tests(
        dir: &VaultDir,
        passphrase: &str,
        profile: &str,
        params: KdfParams,
        formaat: Paginaformaat,
    ) -> Result<Created, Error> {
        let versie = match formaat {
            Paginaformaat::HmacSha512 => 1,
            Paginaformaat::HmacSha256 => header::VERSION,
        };
        Vault::create_inner_met(dir, passphrase, profile, params, false, versie)
    }

    /// Create an oefenomgeving: a vault for fictitious oefencasussen only, opened with the
    /// passphrase [`OEFEN_WACHTWOORD`] that is shown on screen, and marked so that every screen
    /// and every PDF says what it is. It holds no real data, so the passphrase rules and the
    /// recovery code do not apply; the KDF uses the minimum parameters.
    pub fn create_oefenomgeving(dir: &VaultDir) -> Result<Vault, Error> {
        Vault::create_inner(
            dir,
            OEFEN_WACHTWOORD,
            "Oefenomgeving",
            KdfParams::MINIMUM,
            true,
        )
        .map(|c| c.vault)
    }

    /// Put an oefenomgeving back to empty: refused (nothing touched) unless `dir` holds a vault
    /// that opens with [`OEFEN_WACHTWOORD`] and is marked as an oefenomgeving — a real vault is
    /// never removed. The header goes first, so an interruption leaves "no vault" rather than a
    /// vault without its database.
    pub fn reset_oefenomgeving(dir: &VaultDir) -> Result<Vault, Error> {
        let geen = || {
            Error::Invalid(format!(
                "In {} staat geen oefenomgeving; die wordt niet gewist. Er is niets gewijzigd.",
                dir.path().display()
            ))
        };
        let oud = match Vault::unlock(dir, OEFEN_WACHTWOORD) {
            Ok(v) => v,
            Err(Error::WrongPassphrase) => return Err(geen()),
            Err(e) => return Err(e),
        };
        if !oud.is_oefenomgeving()? {
            return Err(geen());
        }
        drop(oud);
        for pad in [
            dir.header_path(),
            dir.file(logkop::FILE),
            dir.db_path(),
            dir.path().join(format!("{DB_FILE}-wal")),
            dir.path().join(format!("{DB_FILE}-shm")),
        ] {
            match std::fs::remove_file(&pad) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(Error::io("Kan de oefenomgeving niet wissen")(e)),
            }
        }
        fsutil::sync_dir(dir.path()).map_err(Error::io("Kan de oefenomgeving niet wissen"))?;
        Vault::create_oefenomgeving(dir)
    }

    fn create_inner(
        dir: &VaultDir,
        passphrase: &str,
        profile: &str,
        params: KdfParams,
        oefenomgeving: bool,
    ) -> Result<Created, Error> {
        Vault::create_inner_met(
            dir,
            passphrase,
            profile,
            params,
            oefenomgeving,
            header::VERSION,
        )
    }

    fn create_inner_met(
        dir: &VaultDir,
        passphrase: &str,
        profile: &str,
        params: KdfParams,
        oefenomgeving: bool,
        versie: u32,
    ) -> Result<Created, Error> {
        if dir.exists() || dir.db_path().exists() {
            return Err(Error::VaultExists(dir.path().to_path_buf()));
        }
        let profile = check_profile(profile)?;
        let key = DataKey::generate()?;
        let vault_id = uuid::Uuid::new_v4().to_string();
        let (mut header, code) = nieuwe_sleutelkop(vault_id, passphrase, &key, params)?;
        header.versie = versie;
        // Database first, header last: a directory with a database but no header is not a vault
        // yet and `create` can simply be run again after removing it. The file is made owner-only
        // before SQLite opens it; SQLite gives -wal and -shm the same mode.
        fsutil::create_private(&dir.db_path())
            .map_err(Error::io("Kan de database niet aanmaken"))?;
        let conn = open_connection(&dir.db_path(), &key, true, header.paginaformaat())?;
        {
            let tx = conn.unchecked_transaction()?;
            tx.execute(
                "INSERT INTO meta (key, value) VALUES ('profile_name', ?1)",
                [&profile],
            )?;
            tx.execute(
                "INSERT INTO meta (key, value) VALUES ('vault_id', ?1)",
                [&header.vault_id],
            )?;
            if oefenomgeving {
                tx.execute(
                    "INSERT INTO meta (key, value) VALUES ('oefenomgeving', 'ja')",
                    [],
                )?;
            }
            audit::append(
                &tx,
                &profile,
                "kluis aangemaakt",
                None,
                "nieuwe kluis aangemaakt",
            )?;
            tx.commit()?;
        }
        fsutil::atomic_write(&dir.header_path(), &header.to_bytes())?;
        let vault = Vault {
            dir: dir.clone(),
            conn,
            key,
            header,
            profile,
            werkdag: None,
            teruggezet: None,
        };
        vault.schrijf_logkop()?;
        Ok(Created {
            vault,
            recovery_code: code,
        })
    }

    /// Open with the passphrase.
    pub fn unlock(dir: &VaultDir, passphrase: &str) -> Result<Vault, Error> {
        let header = dir.header()?;
        let key = unwrap(&header, SlotKind::Wachtwoord, passphrase.as_bytes())?
            .ok_or(Error::WrongPassphrase)?;
        Vault::open_with_key(dir.clone(), key, header)
    }

    /// Open with the recovery code and set a new passphrase. A used recovery code is spent: the
    /// data key is rotated (see [`Vault::rekey`]) and a new recovery code comes back, to be shown
    /// once; the used code, old key files and old backups no longer open this database.
    pub fn recover(
        dir: &VaultDir,
        recovery_code: &str,
        new_passphrase: &str,
    ) -> Result<Created, Error> {
        // Without the profile name first (before the KDF), with it once the vault is open.
        check_new_passphrase(new_passphrase, None)?;
        let header = dir.header()?;
        let code = keys::recovery::normalize(recovery_code).ok_or(Error::WrongRecoveryCode)?;
        let key = unwrap(&header, SlotKind::Herstelcode, code.as_bytes())?
            .ok_or(Error::WrongRecoveryCode)?;
        let mut vault = Vault::open_with_key(dir.clone(), key, header)?;
        check_new_passphrase(new_passphrase, Some(vault.profile_name()))?;
        vault.record(
            "herstelcode gebruikt",
            None,
            "kluis geopend met de herstelcode; nieuw wachtwoord ingesteld",
        )?;
        let recovery_code = vault.rekey_met(new_passphrase, "herstelcode gebruikt")?;
        Ok(Created {
            vault,
            recovery_code,
        })
    }

    fn open_with_key(dir: VaultDir, key: DataKey, header: Header) -> Result<Vault, Error> {
        if !dir.db_path().exists() {
            return Err(Error::Corrupt(
                "het databasebestand kluis.db ontbreekt".into(),
            ));
        }
        let conn = open_connection(&dir.db_path(), &key, false, header.paginaformaat())?;
        let vault_id: Option<String> = conn
            .query_row("SELECT value FROM meta WHERE key = 'vault_id'", [], |r| {
                r.get(0)
            })
            .optional()?;
        if vault_id.as_deref() != Some(header.vault_id.as_str()) {
            return Err(Error::Corrupt(
                "het sleutelbestand hoort niet bij deze database".into(),
            ));
        }
        let profile: String = conn
            .query_row(
                "SELECT value FROM meta WHERE key = 'profile_name'",
                [],
                |r| r.get(0),
            )
            .optional()?
            .unwrap_or_default();
        let mut vault = Vault {
            dir,
            conn,
            key,
            header,
            profile,
            werkdag: None,
            teruggezet: None,
        };
        vault.toets_logkop()?;
        if vault.header.paginaformaat() != Paginaformaat::HUIDIG {
            vault.zet_paginaformaat_om()?;
        }
        Ok(vault)
    }

    /// Compare the trail with the head remembered outside the database (see [`logkop`]): the
    /// remembered entry must be in the trail with the same hash. When it is not, record that in
    /// the trail ("logboek teruggezet", naming the head the trail had reached) and remember it
    /// for `check()`. Then remember the current head.
    fn toets_logkop(&mut self) -> Result<(), Error> {
        if let Some(kop) = self.dir.logkop()
            && kop.vault_id == self.header.vault_id
            && audit::hash_at(&self.conn, kop.seq)?.as_deref() != Some(kop.hash.as_str())
        {
            let (seq, _) = audit::head(&self.conn)?;
            let melding = format!(
                "de database is vervangen door een oudere of andere kopie: het logboek liep tot {}, deze database heeft het logboek tot regel {seq}",
                kop.beschrijving()
            );
            let tx = self.conn.unchecked_transaction()?;
            audit::append(&tx, &self.profile, "logboek teruggezet", None, &melding)?;
            tx.commit()?;
            self.teruggezet = Some(melding);
        }
        self.schrijf_logkop()
    }

    /// Remember the trail's current head outside the database (atomically replaced).
    fn schrijf_logkop(&self) -> Result<(), Error> {
        let (seq, hash) = audit::head(&self.conn)?;
        let kop = logkop::Logkop::new(&self.header.vault_id, seq, &hash);
        fsutil::atomic_write(&self.dir.file(logkop::FILE), &kop.to_bytes())
    }

    /// Change the passphrase of the open vault; the old one is asked again (someone may have
    /// walked up to an unlocked screen).
    pub fn change_passphrase(&mut self, old: &str, new: &str) -> Result<(), Error> {
        check_new_passphrase(new, Some(&self.profile))?;
        // The old passphrase must open this vault's slot; the key itself is the one already open.
        unwrap(&self.header, SlotKind::Wachtwoord, old.as_bytes())?
            .ok_or(Error::WrongPassphrase)?;
        self.change_passphrase_with_key(new)
    }

    /// Seal the data key under `new` in a fresh passphrase slot, replace the header atomically
    /// and record it. The header is the source of truth, so a crash before the entry loses only
    /// the entry.
    fn change_passphrase_with_key(&mut self, new: &str) -> Result<(), Error> {
        check_new_passphrase(new, Some(&self.profile))?;
        let slot = KeySlot::seal(
            SlotKind::Wachtwoord,
            new.as_bytes(),
            &self.key,
            KdfParams::for_new_slot(),
            &self.header.vault_id,
        )?;
        let mut header = self.header.clone();
        header.replace_slot(slot);
        fsutil::atomic_write(&self.dir.header_path(), &header.to_bytes())?;
        self.header = header;
        self.record(
            "wachtwoord gewijzigd",
            None,
            "wachtwoord van de kluis gewijzigd",
        )?;
        Ok(())
    }

    pub fn dir(&self) -> &VaultDir {
        &self.dir
    }

    pub fn header(&self) -> &Header {
        &self.header
    }

    /// The local profile name recorded as "who" in the audit trail.
    pub fn profile_name(&self) -> &str {
        &self.profile
    }

    /// Whether this vault is an oefenomgeving: fictitious oefencasussen only, marked on every
    /// screen and every PDF.
    pub fn is_oefenomgeving(&self) -> Result<bool, Error> {
        let waarde: Option<String> = self
            .conn
            .query_row(
                "SELECT value FROM meta WHERE key = 'oefenomgeving'",
                [],
                |r| r.get(0),
            )
            .optional()?;
        Ok(waarde.as_deref() == Some("ja"))
    }

    /// The connection settings as SQLite reports them now.
    pub fn pragmas(&self) -> Result<Pragmas, Error> {
        read_pragmas(&self.conn)
    }

    /// Write one audit entry in its own transaction (for events that are not a data change), and
    /// remember the new head outside the database.
    pub fn record(&self, action: &str, casus_id: Option<&str>, summary: &str) -> Result<(), Error> {
        let tx = self.conn.unchecked_transaction()?;
        audit::append(&tx, &self.profile, action, casus_id, summary)?;
        tx.commit()?;
        self.schrijf_logkop()
    }

    /// Record a look at case data: one small transaction with one entry. Call it before the data
    /// is handed out, so that a failing audit write also withholds the data.
    pub fn record_inzage(&self, inzage: Inzage, casus_id: Option<&str>) -> Result<(), Error> {
        // Reads are frequent: the head outside the database follows at the next event or on
        // close (lagging behind is consistent, see `logkop`).
        let tx = self.conn.unchecked_transaction()?;
        audit::append(
            &tx,
            &self.profile,
            inzage.actie(),
            casus_id,
            &inzage.samenvatting(),
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Write several entries in one transaction (all or none).
    pub fn record_all(&self, regels: &[Regel]) -> Result<(), Error> {
        let tx = self.conn.unchecked_transaction()?;
        for r in regels {
            audit::append(
                &tx,
                &self.profile,
                r.actie,
                r.casus_id.as_deref(),
                &r.samenvatting,
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Write a file the user asked for (an export, plaintext by design) to `path`, complete or not
    /// at all, with its audit entries: they are committed after the bytes are on disk and before
    /// the file appears under its name, so an export never exists without its entries (see
    /// `fsutil::write_replace`: random temp name, exclusive, never through a symlink). A crash
    /// between the two leaves an entry for an export that did not appear, never the reverse.
    pub fn export_write(&self, path: &Path, bytes: &[u8], regels: &[Regel]) -> Result<(), Error> {
        fsutil::write_replace(path, bytes, || self.record_all(regels))
    }

    /// The audit trail, oldest first.
    pub fn audit_log(&self) -> Result<Vec<AuditEntry>, Error> {
        audit::entries(&self.conn)
    }

    /// The full check: SQLCipher's per-page HMAC check, SQLite's integrity and foreign-key checks,
    /// and the audit chain. Returns the number of audit entries verified.
    pub fn check(&self) -> Result<CheckReport, Error> {
        let mut report = full_check(&self.conn)?;
        if let Some(m) = &self.teruggezet {
            return Err(Error::Corrupt(format!(
                "het logboek is teruggezet: {m}. Dit is in het logboek vastgelegd"
            )));
        }
        report.private_dir = fsutil::is_private(self.dir.path()).unwrap_or(false);
        let entries = audit::entries(&self.conn)?;
        let van = |action: &str| -> Vec<String> {
            entries
                .iter()
                .filter(|e| e.action == action)
                .map(|e| format!("{}: {}", e.at, e.summary))
                .collect()
        };
        report.teruggezet = van("logboek teruggezet");
        report.herstellingen = van("kluis hersteld");
        let (seq, hash) = audit::head(&self.conn)?;
        report.kop = logkop::Logkop::new(&self.header.vault_id, seq, &hash).beschrijving();
        Ok(report)
    }

    /// A setting stored inside the encrypted database.
    pub fn idle_lock_minutes(&self) -> Result<u32, Error> {
        let v: Option<String> = self
            .conn
            .query_row(
                "SELECT value FROM meta WHERE key = 'idle_lock_minutes'",
                [],
                |r| r.get(0),
            )
            .optional()?;
        Ok(v.and_then(|v| v.parse().ok())
            .unwrap_or(DEFAULT_IDLE_LOCK_MINUTES))
    }

    pub fn set_idle_lock_minutes(&self, minutes: u32) -> Result<(), Error> {
        if !(1..=120).contains(&minutes) {
            return Err(Error::Invalid(format!(
                "Vergrendelen na {minutes} minuten kan niet: kies een waarde van 1 tot en met 120 minuten."
            )));
        }
        let tx = self.conn.unchecked_transaction()?;
        tx.execute(
            "INSERT INTO meta (key, value) VALUES ('idle_lock_minutes', ?1) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [minutes.to_string()],
        )?;
        audit::append(
            &tx,
            &self.profile,
            "instelling gewijzigd",
            None,
            &format!("automatisch vergrendelen na {minutes} minuten"),
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The method's thresholds and periods this vault keeps (its organisation's choice); the
    /// seeds' values while it has none. A stored value that no longer fits is an error, never a
    /// silent default.
    pub fn methodeinstellingen(&self) -> Result<Methodeinstellingen, Error> {
        let v: Option<String> = self
            .conn
            .query_row(
                "SELECT value FROM meta WHERE key = 'methodeinstellingen'",
                [],
                |r| r.get(0),
            )
            .optional()?;
        let Some(v) = v else {
            return Ok(Methodeinstellingen::default());
        };
        let inst: Methodeinstellingen = serde_json::from_str(&v).map_err(|_| {
            Error::Corrupt("de methodeinstellingen zijn onleesbaar opgeslagen".into())
        })?;
        if !inst.problemen().is_empty() {
            return Err(Error::Corrupt(
                "de opgeslagen methodeinstellingen vallen buiten de toegestane waarden".into(),
            ));
        }
        Ok(inst)
    }

    /// Store new methodeinstellingen, checked whole (every value out of range refused with its
    /// field, nothing stored), with an audit entry naming what changed ("veiligheidsdrempel 6 →
    /// 7"). Returns what is in force now. Unchanged settings write nothing.
    pub fn zet_methodeinstellingen(
        &self,
        nieuw: &Methodeinstellingen,
    ) -> Result<Methodeinstellingen, Error> {
        let problemen = nieuw.problemen();
        if !problemen.is_empty() {
            let regels: Vec<String> = problemen.iter().map(|p| format!("- {p}")).collect();
            return Err(Error::Invalid(format!(
                "De methodeinstellingen zijn niet opgeslagen:\n{}\nEr is niets gewijzigd.",
                regels.join("\n")
            )));
        }
        let tx = self.conn.unchecked_transaction()?;
        let oud = self.methodeinstellingen()?;
        let wijzigingen = nieuw.wijzigingen(&oud);
        if wijzigingen.is_empty() {
            return Ok(oud);
        }
        tx.execute(
            "INSERT INTO meta (key, value) VALUES ('methodeinstellingen', ?1) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [serde_json::to_string(nieuw).map_err(|e| Error::Internal(e.to_string()))?],
        )?;
        audit::append(
            &tx,
            &self.profile,
            "methodeinstellingen gewijzigd",
            None,
            &wijzigingen.join("; "),
        )?;
        tx.commit()?;
        Ok(nieuw.clone())
    }

    /// The raw connection, for tests and benchmarks that must reach below the API (tampering,
    /// baselines). Writes through it bypass the audit trail. Only with the `testhooks` feature.
    #[cfg(feature = "testhooks")]
    pub fn connection_for_tests(&self) -> &Connection {
        &self.conn
    }

    /// The data key, for tests that decrypt the pages themselves. Only with `testhooks`.
    #[cfg(feature = "testhooks")]
    pub fn data_key_for_tests(&self) -> [u8; keys::DATA_KEY_LEN] {
        self.key.bytes_for_tests()
    }

    /// Force everything in the WAL into the main database file (used by tests and before backups).
    pub fn checkpoint(&self) -> Result<(), Error> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }
}

fn check_profile(profile: &str) -> Result<String, Error> {
    let p = profile.trim();
    let n = p.chars().count();
    if n == 0 {
        return Err(Error::Invalid(
            "Vul je naam of initialen in; die komen in het logboek.".into(),
        ));
    }
    if n > 100 {
        return Err(Error::Invalid(format!(
            "De profielnaam is te lang ({n} tekens, hoogstens 100)."
        )));
    }
    if p.chars().any(char::is_control) {
        return Err(Error::Invalid(
            "De profielnaam bevat een onzichtbaar stuurteken.".into(),
        ));
    }
    Ok(p.to_string())
}

/// What `vault check` found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckReport {
    pub audit_entries: u64,
    pub pages: u64,
    /// The vault folder is readable by its owner only (mode 0700; on Windows an access list that
    /// names only the user). Not an integrity failure: reported beside the check.
    pub private_dir: bool,
    /// Earlier opens that found the database swapped for an older copy ("logboek teruggezet"
    /// entries, with when and how far the trail had got): reported beside the check.
    pub teruggezet: Vec<String>,
    /// The head of the trail in the database: "regel 57 (hash 3f2a9c01…)".
    pub kop: String,
    /// Restores recorded in the trail, each with when and the head of the vault it replaced.
    pub herstellingen: Vec<String>,
}

fn full_check(conn: &Connection) -> Result<CheckReport, Error> {
    // SQLCipher: every page's HMAC. Any row returned is a problem.
    let mut stmt = conn.prepare("PRAGMA cipher_integrity_check")?;
    let problems: Vec<String> = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<Result<_, _>>()?;
    if !problems.is_empty() {
        return Err(Error::Corrupt(format!(
            "{} pagina('s) zijn beschadigd of aangepast",
            problems.len()
        )));
    }
    let ok: String = conn.query_row("PRAGMA integrity_check(1)", [], |r| r.get(0))?;
    if ok != "ok" {
        return Err(Error::Corrupt(
            "de interne structuur van de database klopt niet".into(),
        ));
    }
    let fk: Option<String> = conn
        .query_row("PRAGMA foreign_key_check", [], |r| r.get(0))
        .optional()?;
    if fk.is_some() {
        return Err(Error::Corrupt(
            "er zijn verwijzingen naar gegevens die niet bestaan".into(),
        ));
    }
    let audit_entries = audit::verify(conn)?;
    let pages: i64 = conn.query_row("PRAGMA page_count", [], |r| r.get(0))?;
    Ok(CheckReport {
        audit_entries,
        pages: u64::try_from(pages).unwrap_or(0),
        private_dir: false,
        teruggezet: Vec::new(),
        kop: String::new(),
        herstellingen: Vec::new(),
    })
}

/// Open the SQLCipher database with the raw key, assert the connection settings, migrate.
fn open_connection(
    path: &Path,
    key: &DataKey,
    create: bool,
    formaat: Paginaformaat,
) -> Result<Connection, Error> {
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if create {
        flags |= OpenFlags::SQLITE_OPEN_CREATE;
    }
    let mut conn = Connection::open_with_flags(path, flags)?;
    // The key must be the first statement; the literal is zeroized after use.
    // `cipher_memory_security`: SQLCipher wipes every allocation it frees and locks its key
    // material, so decrypted pages do not linger in freed memory. A process-wide setting, set
    // before the key on every connection.
    let mut stmt = Zeroizing::new(String::from(
        "PRAGMA cipher_log_level = NONE; PRAGMA cipher_memory_security = ON; PRAGMA key = \"",
    ));
    stmt.push_str(&key.sqlcipher_literal());
    stmt.push_str("\";");
    conn.execute_batch(&stmt)?;
    drop(stmt);
    // The page format is not in the (encrypted) file: it comes from the key header.
    conn.execute_batch(&format!(
        "PRAGMA cipher_hmac_algorithm = {};",
        formaat.sqlcipher_naam()
    ))?;
    // Fast path of the integrity check: the first read decrypts and authenticates the schema pages;
    // a wrong key or a damaged page 1 fails here. `check()` verifies every page.
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    })?;
    // A vault that a newer app has migrated is refused before this connection writes anything
    // (not even the pragmas below): opening it half would lose what the newer version stored.
    let schema: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if schema > schema::LATEST {
        return Err(Error::TooNew(format!(
            "databaseschema {schema}; deze versie van de app kent tot en met {}",
            schema::LATEST
        )));
    }
    conn.execute_batch(
        "PRAGMA journal_mode = WAL;
         PRAGMA synchronous = FULL;
         PRAGMA temp_store = MEMORY;
         PRAGMA secure_delete = ON;
         PRAGMA foreign_keys = ON;
         PRAGMA cache_size = -16384;",
    )?;
    let p = read_pragmas(&conn)?;
    let expected = (
        p.journal_mode.as_str(),
        p.synchronous,
        p.temp_store,
        p.secure_delete,
        p.foreign_keys,
        p.memory_security,
        p.hmac_algorithm.as_str(),
    );
    if expected != ("wal", 2, 2, 1, 1, 1, formaat.sqlcipher_naam()) || p.cipher_version.is_empty() {
        return Err(Error::Internal(format!(
            "de databaseverbinding heeft onveilige instellingen: {p:?}"
        )));
    }
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    schema::migrations().to_latest(&mut conn)?;
    Ok(conn)
}

fn read_pragmas(conn: &Connection) -> Result<Pragmas, Error> {
    let get_i = |name: &str| conn.query_row(&format!("PRAGMA {name}"), [], |r| r.get::<_, i64>(0));
    Ok(Pragmas {
        journal_mode: conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?,
        synchronous: get_i("synchronous")?,
        temp_store: get_i("temp_store")?,
        secure_delete: get_i("secure_delete")?,
        foreign_keys: get_i("foreign_keys")?,
        // SQLCipher reports it as text ("1" once its allocator has run with the setting on).
        memory_security: conn
            .query_row("PRAGMA cipher_memory_security", [], |r| {
                r.get::<_, String>(0)
            })?
            .parse()
            .unwrap_or(0),
        hmac_algorithm: conn.query_row("PRAGMA cipher_hmac_algorithm", [], |r| r.get(0))?,
        cipher_version: conn
            .query_row("PRAGMA cipher_version", [], |r| r.get(0))
            .optional()?
            .unwrap_or_default(),
    })
}
