//! Backups: one file holding the key header and an encrypted copy of the database made with
//! SQLCipher's `sqlcipher_export` (never a copy of the open file). The copy is encrypted with the
//! same data key, so the backup opens with the passphrase (or recovery code) valid when it was made.
//!
//! Layout: `TOP3-KLUIS-BACKUP v1\n`, header length (u32 BE), header JSON, database length (u64 BE),
//! database bytes, SHA-256 of everything before it.

use std::fs;
use std::io::Write;
use std::path::Path;

use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::keys::{DataKey, SlotKind};
use super::{
    DB_NEW, Error, HEADER_NEW, Header, Vault, VaultDir, fsutil, full_check, logkop,
    open_connection, unwrap,
};

const MAGIC: &[u8] = b"TOP3-KLUIS-BACKUP v1\n";

impl Vault {
    /// Write a backup of the open vault to `file` (replaced atomically if it exists).
    pub fn backup(&self, file: &Path) -> Result<u64, Error> {
        let parent = match file.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => std::env::current_dir().map_err(Error::io("Kan de huidige map niet bepalen"))?,
        };
        let parent = fsutil::absolute_dir(&parent).map_err(Error::io(format!(
            "De map voor de back-up ({}) bestaat niet",
            parent.display()
        )))?;
        if parent.starts_with(self.dir.path()) {
            return Err(Error::Invalid(
                "Zet de back-up buiten de map van de kluis zelf.".into(),
            ));
        }
        let export = parent.join(format!(".top3-export-{}.tmp", uuid::Uuid::new_v4()));
        let result = self.export_to(&export, &self.key).and_then(|()| {
            let db =
                fs::read(&export).map_err(Error::io("Kan de geëxporteerde database niet lezen"))?;
            // The copy has the current page format (see `export_to`); its header says so.
            let mut header = self.header.clone();
            header.versie = super::header::VERSION;
            let bytes = encode(&header, &db);
            fsutil::atomic_write(file, &bytes)?;
            Ok(bytes.len() as u64)
        });
        let _ = fs::remove_file(&export);
        let n = result?;
        self.record(
            "back-up gemaakt",
            None,
            "versleutelde back-up van de kluis gemaakt",
        )?;
        Ok(n)
    }

    /// Copy the database into `target`, encrypted with `key` (the vault's own for a backup, a new
    /// one for a key rotation).
    pub(super) fn export_to(&self, target: &Path, key: &DataKey) -> Result<(), Error> {
        let target_str = target.to_str().ok_or_else(|| {
            Error::Invalid("Het pad van de back-up bevat ongeldige tekens.".into())
        })?;
        // The connection was opened without SQLITE_OPEN_CREATE and ATTACH inherits that: create
        // the (owner-only) file first.
        fsutil::create_new_private(target)
            .map_err(Error::io("Kan het tijdelijke exportbestand niet aanmaken"))?;
        let key = key.sqlcipher_literal();
        let mut attach = Zeroizing::new(String::from("ATTACH DATABASE ?1 AS backup KEY \""));
        attach.push_str(&key);
        attach.push('"');
        self.conn.execute(&attach, [target_str])?;
        drop(attach);
        // A copy always gets the current page format, whatever this database has.
        self.conn.execute_batch(&format!(
            "PRAGMA backup.cipher_hmac_algorithm = {};",
            super::Paginaformaat::HUIDIG.sqlcipher_naam()
        ))?;
        // sqlcipher_export copies schema and rows but not user_version (the schema version that
        // the migrations read).
        let version: i64 = self
            .conn
            .query_row("PRAGMA main.user_version", [], |r| r.get(0))?;
        let r = self
            .conn
            .query_row("SELECT sqlcipher_export('backup')", [], |_| Ok(()))
            .and_then(|()| {
                self.conn
                    .execute_batch(&format!("PRAGMA backup.user_version = {version}"))
            })
            .map_err(Error::from);
        let d = self
            .conn
            .execute("DETACH DATABASE backup", [])
            .map_err(Error::from);
        r.and(d.map(|_| ()))
    }
}

fn encode(header: &Header, db: &[u8]) -> Vec<u8> {
    let h = header.to_bytes();
    let mut out = Vec::with_capacity(MAGIC.len() + 4 + h.len() + 8 + db.len() + 32);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(
        &u32::try_from(h.len())
            .expect("header is small")
            .to_be_bytes(),
    );
    out.extend_from_slice(&h);
    out.extend_from_slice(&(db.len() as u64).to_be_bytes());
    out.extend_from_slice(db);
    let digest = Sha256::digest(&out);
    out.extend_from_slice(&digest);
    out
}

/// `TOP3-KLUIS-BACKUP vN` with N > 1: a backup made by a newer app.
fn newer_format(bytes: &[u8]) -> Option<u32> {
    let first = bytes.split(|b| *b == b'\n').next()?;
    let v = std::str::from_utf8(first)
        .ok()?
        .strip_prefix("TOP3-KLUIS-BACKUP v")?
        .parse::<u32>()
        .ok()?;
    (v > 1).then_some(v)
}

pub(super) fn decode(bytes: &[u8]) -> Result<(Header, &[u8]), Error> {
    let bad = |why: &str| Error::Corrupt(format!("het back-upbestand is onbruikbaar: {why}"));
    if !bytes.starts_with(MAGIC) {
        if let Some(v) = newer_format(bytes) {
            return Err(Error::TooNew(format!(
                "back-upformaat versie {v}; deze versie van de app kent versie 1"
            )));
        }
        return Err(bad("dit is geen back-up van TOP-3 Werkplaats"));
    }
    if bytes.len() < MAGIC.len() + 4 + 8 + 32 {
        return Err(bad("het bestand is te kort (afgebroken?)"));
    }
    let (body, digest) = bytes.split_at(bytes.len() - 32);
    if Sha256::digest(body).as_slice() != digest {
        return Err(bad("de controlesom klopt niet (beschadigd of afgebroken)"));
    }
    // Every length comes from the file: checked arithmetic, so a hostile length is a refusal,
    // never an overflow.
    let mut at = MAGIC.len();
    let hlen = usize::try_from(u32::from_be_bytes(
        body[at..at + 4].try_into().expect("4 bytes"),
    ))
    .map_err(|_| bad("de sleutelkop is te groot"))?;
    at += 4;
    let h_end = at
        .checked_add(hlen)
        .ok_or_else(|| bad("de sleutelkop is te groot"))?;
    let h = body
        .get(at..h_end)
        .ok_or_else(|| bad("de sleutelkop is afgebroken"))?;
    at = h_end;
    let d_start = at
        .checked_add(8)
        .ok_or_else(|| bad("de lengte van de database ontbreekt"))?;
    let dlen_bytes = body
        .get(at..d_start)
        .ok_or_else(|| bad("de lengte van de database ontbreekt"))?;
    let dlen = usize::try_from(u64::from_be_bytes(dlen_bytes.try_into().expect("8 bytes")))
        .map_err(|_| bad("de database is te groot"))?;
    at = d_start;
    let d_end = at
        .checked_add(dlen)
        .ok_or_else(|| bad("de database is te groot"))?;
    let db = body
        .get(at..d_end)
        .ok_or_else(|| bad("de database is afgebroken"))?;
    if d_end != body.len() {
        return Err(bad("er staan onverwachte gegevens achteraan"));
    }
    Ok((Header::parse(h)?, db))
}

impl VaultDir {
    /// Restore `file` into this directory. The backup's passphrase opens it; the copy is verified
    /// with the full integrity check before anything is replaced. An existing vault is replaced
    /// only with `force`.
    pub fn restore(&self, file: &Path, passphrase: &str, force: bool) -> Result<(), Error> {
        let bytes = fs::read(file).map_err(Error::io(format!(
            "Kan de back-up {} niet lezen",
            file.display()
        )))?;
        let (header, db) = decode(&bytes)?;
        let key = unwrap(&header, SlotKind::Wachtwoord, passphrase.as_bytes())?
            .ok_or(Error::WrongPassphrase)?;
        if (self.exists() || self.db_path().exists()) && !force {
            return Err(Error::VaultExists(self.path().to_path_buf()));
        }
        let (db_new, header_new) = (self.file(DB_NEW), self.file(HEADER_NEW));
        let staged = (|| {
            let mut f = fsutil::create_new_private(&db_new)
                .map_err(Error::io("Kan de herstelde database niet schrijven"))?;
            f.write_all(db)
                .map_err(Error::io("Kan de herstelde database niet schrijven"))?;
            f.sync_all()
                .map_err(Error::io("Kan de herstelde database niet schrijven"))?;
            drop(f);
            {
                let conn = open_connection(&db_new, &key, false, header.paginaformaat())?;
                full_check(&conn)?;
                let id: String =
                    conn.query_row("SELECT value FROM meta WHERE key = 'vault_id'", [], |r| {
                        r.get(0)
                    })?;
                if id != header.vault_id {
                    return Err(Error::Corrupt(
                        "het sleutelbestand in de back-up hoort niet bij de database".into(),
                    ));
                }
                conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
            }
            super::stage_sleutelkop(self, &header)
        })();
        if let Err(e) = staged {
            let _ = fs::remove_file(&db_new);
            let _ = fs::remove_file(&header_new);
            return Err(e);
        }
        // How far the replaced vault's trail had got (its head outside the database): the restore
        // entry names it, so the entries the restore drops are accounted for.
        let vervangen = self.logkop();
        // The swap. See `finish_interrupted_restore` for what happens after a crash in here.
        self.swap_staged()?;
        let ctx = || Error::io("Kan de herstelde kluis niet op haar plaats zetten");
        // The remembered head belongs to the replaced vault; the restored one starts its own.
        match fs::remove_file(self.file(logkop::FILE)) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(ctx()(e)),
        }
        let vault = Vault::open_with_key(self.clone(), key, header)?;
        let samenvatting = match vervangen {
            Some(kop) => format!(
                "kluis hersteld uit een back-up; de vervangen kluis had het logboek tot {}",
                kop.beschrijving()
            ),
            None => "kluis hersteld uit een back-up; er stond geen kluis met een bekend logboek"
                .to_string(),
        };
        vault.record("kluis hersteld", None, &samenvatting)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A backup whose lengths were edited (and its checksum recomputed) to the largest values is
    /// refused, never an arithmetic overflow.
    #[test]
    fn hostile_lengths_refused() {
        for (hlen, dlen) in [
            (u32::MAX, 0u64),
            (0, u64::MAX),
            (3, u64::MAX - 2),
            (0, 1 << 62),
        ] {
            let mut body = MAGIC.to_vec();
            body.extend_from_slice(&hlen.to_be_bytes());
            if hlen == 3 {
                body.extend_from_slice(b"{}\n");
            }
            body.extend_from_slice(&dlen.to_be_bytes());
            body.extend_from_slice(b"db");
            let digest = Sha256::digest(&body);
            body.extend_from_slice(&digest);
            match decode(&body) {
                Err(Error::Corrupt(m)) => assert!(m.contains("onbruikbaar"), "{m}"),
                other => panic!("{hlen}/{dlen}: {:?}", other.map(|_| ())),
            }
        }
    }

    #[test]
    fn decode_rejects_damage() {
        let header = Header::new("id".into(), vec![]);
        let good = encode(&header, b"database bytes");
        // A header without a passphrase slot is refused after the framing checks pass.
        assert!(matches!(decode(&good), Err(Error::HeaderCorrupt(_))));
        let mut flipped = good.clone();
        flipped[MAGIC.len() + 10] ^= 1;
        assert!(matches!(decode(&flipped), Err(Error::Corrupt(m)) if m.contains("controlesom")));
        assert!(matches!(
            decode(&good[..good.len() - 1]),
            Err(Error::Corrupt(_))
        ));
        assert!(matches!(decode(b"hello"), Err(Error::Corrupt(m)) if m.contains("geen back-up")));
        assert!(
            matches!(decode(b"TOP3-KLUIS-BACKUP v3\nrest"), Err(Error::TooNew(m)) if m.contains("versie 3"))
        );
        assert!(matches!(
            decode(b"TOP3-KLUIS-BACKUP v0\nrest"),
            Err(Error::Corrupt(_))
        ));
    }
}
