//! Where the vault and the oefenomgeving live by default.

use std::path::PathBuf;

/// Environment variable that overrides the vault directory (for the app and the CLI alike).
pub const VAULT_ENV: &str = "TOP3_VAULT";

/// The vault directory: `$TOP3_VAULT`, else the platform data directory: on Linux
/// `$XDG_DATA_HOME/top3-werkplaats/kluis` (`~/.local/share/top3-werkplaats/kluis`), on Windows
/// `%LOCALAPPDATA%\top3-werkplaats\kluis`.
pub fn default_vault_dir() -> PathBuf {
    if let Some(p) = std::env::var_os(VAULT_ENV).filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    data_dir().join("top3-werkplaats").join("kluis")
}

/// Environment variable that overrides the oefenomgeving's directory.
pub const OEFEN_ENV: &str = "TOP3_OEFENOMGEVING";

/// The oefenomgeving's own vault directory, never the real vault's: `$TOP3_OEFENOMGEVING`, else
/// `oefenomgeving` beside the real vault (`~/.local/share/top3-werkplaats/oefenomgeving`).
pub fn default_oefen_dir() -> PathBuf {
    if let Some(p) = std::env::var_os(OEFEN_ENV).filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    let kluis = default_vault_dir();
    match kluis.parent() {
        Some(ouder) => ouder.join("oefenomgeving"),
        None => PathBuf::from("oefenomgeving"),
    }
}

/// The per-user data folder. On Windows that is the *local* one (`%LOCALAPPDATA%`), never
/// Roaming: IT departments redirect `%APPDATA%` to a network share, and the vault must stay on
/// this laptop.
fn data_dir() -> PathBuf {
    if cfg!(target_os = "windows") {
        if let Some(p) = std::env::var_os("LOCALAPPDATA").filter(|p| !p.is_empty()) {
            return PathBuf::from(p);
        }
        if let Some(p) = std::env::var_os("USERPROFILE").filter(|p| !p.is_empty()) {
            return PathBuf::from(p).join("AppData").join("Local");
        }
    }
    if cfg!(target_os = "macos")
        && let Some(home) = std::env::var_os("HOME")
    {
        return PathBuf::from(home)
            .join("Library")
            .join("Application Support");
    }
    if let Some(p) = std::env::var_os("XDG_DATA_HOME").filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    match std::env::var_os("HOME") {
        Some(home) => PathBuf::from(home).join(".local").join("share"),
        None => PathBuf::from("."),
    }
}
