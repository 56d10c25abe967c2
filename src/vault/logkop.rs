//! The audit trail's head outside the database (`kluis.logkop`): the last sequence number and
//! hash the app saw, beside the key file and replaced atomically.
//!
//! The head inside the database (`meta.audit_head`) catches a removed last entry, but not a whole
//! database swapped for an older copy (an old backup file put in place by hand): that copy's chain
//! is complete in itself. This file remembers how far the trail got. On every open the database's
//! trail must contain the remembered entry (same seq, same hash); when it does not, the database
//! was rolled back or replaced, and the open records that in the trail itself ("logboek
//! teruggezet", with the head it had reached), so the evidence stays with the vault for good.
//!
//! It is written when a vault is created, after every event entry (`Vault::record`), after a
//! restore and a key rotation, and when the vault closes; a crash may leave it behind the
//! database, which is consistent (the database is ahead, and still holds the remembered entry).
//! Limit: someone who replaces the database AND this file with copies of the same age is not
//! noticed here; the trail's own hashes still prove what each copy holds.

use serde::{Deserialize, Serialize};

pub(crate) const FILE: &str = "kluis.logkop";
const FORMAT: &str = "top3-kluis-logkop";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Logkop {
    format: String,
    pub vault_id: String,
    pub seq: i64,
    pub hash: String,
}

impl Logkop {
    pub(crate) fn new(vault_id: &str, seq: i64, hash: &str) -> Logkop {
        Logkop {
            format: FORMAT.into(),
            vault_id: vault_id.into(),
            seq,
            hash: hash.into(),
        }
    }

    /// `None` when the bytes are not a logkop (a damaged file counts as absent; the caller says so).
    pub(crate) fn parse(bytes: &[u8]) -> Option<Logkop> {
        let k: Logkop = serde_json::from_slice(bytes).ok()?;
        (k.format == FORMAT && k.seq >= 0 && k.hash.len() == 64).then_some(k)
    }

    pub(crate) fn to_bytes(&self) -> Vec<u8> {
        let mut v = serde_json::to_vec_pretty(self).expect("logkop serialises");
        v.push(b'\n');
        v
    }

    /// The short form used in audit summaries: "regel 41 (hash 3f2a9c01…)".
    pub(crate) fn beschrijving(&self) -> String {
        format!("regel {} (hash {}…)", self.seq, &self.hash[..12])
    }
}
