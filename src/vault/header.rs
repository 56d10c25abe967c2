//! The key header file (`kluis.sleutels`): the vault id and its key slots, as JSON.
//!
//! It holds no secret in the clear: only salts, KDF parameters and wrapped keys. It is always
//! replaced atomically (see [`super::fsutil::atomic_write`]).

use serde::{Deserialize, Serialize};

use super::Error;
use super::keys::{KeySlot, SlotKind};

pub const FORMAT: &str = "top3-kluis-sleutels";
/// 2: the database pages carry HMAC-SHA256 ([`Paginaformaat::HmacSha256`]); a version-1 header
/// belongs to a database with SQLCipher 4's default HMAC-SHA512 pages, converted on first open.
/// An older app refuses a version-2 header with a clear message instead of failing on the pages.
pub const VERSION: u32 = 2;

/// How the database's pages are authenticated: the SQLCipher setting that must be given before
/// the first read, because the encrypted file does not say it. Every page is encrypted
/// (AES-256-CBC, a random IV per write) and authenticated in both formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paginaformaat {
    /// Version-1 headers: SQLCipher 4's default (80 reserved bytes per page).
    HmacSha512,
    /// From version 2: HMAC-SHA256 (48 reserved bytes), which this machine's CPUs compute with
    /// their SHA extensions at twice the speed (issue 17: the vault overhead).
    HmacSha256,
}

impl Paginaformaat {
    /// The format new databases get, and that older ones are converted to.
    pub const HUIDIG: Paginaformaat = Paginaformaat::HmacSha256;

    /// The value for `PRAGMA cipher_hmac_algorithm`.
    pub fn sqlcipher_naam(self) -> &'static str {
        match self {
            Paginaformaat::HmacSha512 => "HMAC_SHA512",
            Paginaformaat::HmacSha256 => "HMAC_SHA256",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Header {
    pub format: String,
    pub versie: u32,
    /// Random id of the vault; bound into every slot.
    pub vault_id: String,
    pub slots: Vec<KeySlot>,
}

impl Header {
    pub fn new(vault_id: String, slots: Vec<KeySlot>) -> Header {
        Header {
            format: FORMAT.into(),
            versie: VERSION,
            vault_id,
            slots,
        }
    }

    pub fn parse(bytes: &[u8]) -> Result<Header, Error> {
        let h: Header = serde_json::from_slice(bytes).map_err(|e| {
            Error::HeaderCorrupt(format!(
                "geen geldig sleutelbestand (regel {}, kolom {})",
                e.line(),
                e.column()
            ))
        })?;
        if h.format != FORMAT {
            return Err(Error::HeaderCorrupt(
                "dit is geen sleutelbestand van TOP-3 Werkplaats".into(),
            ));
        }
        if h.versie > VERSION {
            return Err(Error::TooNew(format!(
                "sleutelbestand versie {}; deze versie van de app kent tot en met {VERSION}",
                h.versie
            )));
        }
        if !h.slots.iter().any(|s| s.kind == SlotKind::Wachtwoord) {
            return Err(Error::HeaderCorrupt(
                "er is geen sleutelvak voor het wachtwoord".into(),
            ));
        }
        Ok(h)
    }

    /// The page format of the database this header belongs to.
    pub fn paginaformaat(&self) -> Paginaformaat {
        if self.versie >= 2 {
            Paginaformaat::HmacSha256
        } else {
            Paginaformaat::HmacSha512
        }
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut v = serde_json::to_vec_pretty(self).expect("header serialises");
        v.push(b'\n');
        v
    }

    pub fn slot(&self, kind: SlotKind) -> Option<&KeySlot> {
        self.slots.iter().find(|s| s.kind == kind)
    }

    pub fn replace_slot(&mut self, slot: KeySlot) {
        self.slots.retain(|s| s.kind != slot.kind);
        self.slots.push(slot);
        self.slots.sort_by_key(|s| s.kind as u8);
    }
}
