//! Transport types: what crosses the IPC boundary (and the CLI's `--json`).
//!
//! Every type here derives `ts_rs::TS`; `cargo xtask bindings` writes them to
//! `ui/src/lib/ipc/bindings/`. Field names are camelCase on the wire.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What the start screen needs to know about the app and where its vault lives.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AppInfo {
    /// Version of the core library (`top3`), e.g. "0.1.0".
    pub version: String,
    /// Absolute path of the vault directory this app instance uses.
    pub vault_dir: String,
    /// The state of that vault right now.
    pub vault: VaultState,
    /// Minutes of inactivity after which the app locks itself.
    pub idle_lock_minutes: u32,
    /// This session is the oefenomgeving's (also while it is locked: the unlock screen shows the
    /// banner and the passphrase).
    pub oefenomgeving: bool,
}

/// The three states a vault can be in, as the shell sees it.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum VaultState {
    /// No vault exists in the directory yet (first run).
    Geen,
    /// A vault exists and is locked: the data key is not in memory.
    Vergrendeld,
    /// The vault is open.
    Ontgrendeld,
}

/// Returned once, when a vault is created: the recovery code the user must write down.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct NewVault {
    /// Grouped, human-friendly recovery code ("ABCD-EFGH-…"). Shown once; never stored;
    /// zeroized when dropped (the serialised IPC reply is a copy outside our control).
    #[ts(type = "string")]
    pub recovery_code: zeroize::Zeroizing<String>,
}

/// The core's verdict on a new passphrase, shown while someone types (the rule itself is
/// `vault::check_new_passphrase`; the UI keeps no copy of it).
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Wachtwoordoordeel {
    /// 0–4 (zxcvbn); at most 2 while the passphrase is not good enough.
    pub score: u8,
    /// The passphrase meets the rule: create, change and recover accept it.
    pub voldoende: bool,
    /// Dutch sentences: why it is not good enough and what to do, or how strong it is.
    pub uitleg: Vec<String>,
}

impl From<crate::vault::Wachtwoordoordeel> for Wachtwoordoordeel {
    fn from(o: crate::vault::Wachtwoordoordeel) -> Self {
        Wachtwoordoordeel {
            score: o.score,
            voldoende: o.voldoende,
            uitleg: o.uitleg,
        }
    }
}

/// The open vault's profile and settings, for the header and the settings page.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct VaultSummary {
    /// The local profile name that the audit trail records as "who".
    pub profile_name: String,
    /// Number of entries in the audit trail.
    pub audit_entries: u32,
    /// Minutes of inactivity after which the app locks itself.
    pub idle_lock_minutes: u32,
    /// This is the oefenomgeving (fictitious casussen; the banner shows on every screen).
    pub oefenomgeving: bool,
}

/// One line of the audit trail (NEN 7513): who did what, when, on which casus — never case content.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AuditEntry {
    pub seq: u32,
    /// RFC 3339 timestamp (UTC).
    pub at: String,
    pub who: String,
    pub action: String,
    pub casus_id: Option<String>,
    pub summary: String,
}

/// An error as the UI receives it: branch on `code`, show `message` (Dutch).
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
}

/// The error codes the UI branches on.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum ErrorCode {
    /// The passphrase or recovery code does not open the vault.
    WrongPassphrase,
    /// An operation needs an open vault but it is locked.
    Locked,
    /// There is no vault where one was expected.
    NoVault,
    /// A vault already exists where a new one would be created.
    VaultExists,
    /// Another process has this vault open.
    InUse,
    /// The vault or a backup is damaged (integrity check, audit chain, header).
    Corrupt,
    /// The vault was written by a newer version of the app; install that version.
    TooNew,
    /// The input is not acceptable (too short passphrase, bad value…).
    Invalid,
    /// Something was not found.
    NotFound,
    /// A stale write: the casus was saved by someone else first; reload it.
    Conflict,
    /// The file system refused (permissions, disk full…).
    Io,
    /// A document (a plan or verslag as PDF) could not be made; nothing was written.
    Document,
    /// A bug: something that should not happen.
    Internal,
}
