//! The key header file (`kluis.sleutels`): the vault id and its key slots, as JSON.
//!
//! It holds no secret in the clear: only salts, KDF parameters and wrapped keys. It is always
//! replaced atomically (see [`super::fsutil::atomic_write`]).

use serde::{Deserialize, Serialize};

use super::Error;
use super::keys::{KeySlot, SlotKind};

pub const FORMAT: &str = "top3-kluis-sleutels";
pub const VERSION: u32 = 1;

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
