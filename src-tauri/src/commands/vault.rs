use tauri::{AppHandle, Emitter, State};
use top3::api::{
    ApiError, AuditEntry, Methodeoverzicht, NewVault, VaultSummary, Wachtwoordoordeel,
};
use top3::domain::Methodeinstellingen;
use zeroize::Zeroizing;

use crate::idle::{LOCKED_EVENT, Locked};
use crate::state::Shell;

// Secrets (passphrases, the recovery code) arrive as `Zeroizing<String>`: serde writes the JSON
// string straight into it, and from here down to the KDF (src/vault/keys.rs) only borrowed
// `&str`/`&[u8]` views of it travel, so our copy is wiped when the command returns. Copies we do
// not control: the webview's own strings (JavaScript never wipes them), the IPC request body and
// Tauri's parsed JSON value of the arguments, and zxcvbn's scratch copy while it judges a new
// passphrase (src/vault/wachtwoord.rs).

#[tauri::command]
pub async fn vault_create(
    shell: State<'_, Shell>,
    passphrase: Zeroizing<String>,
    profile_name: String,
) -> Result<NewVault, ApiError> {
    shell.touch();
    shell.core()?.create(&passphrase, &profile_name)
}

#[tauri::command]
pub async fn vault_unlock(
    shell: State<'_, Shell>,
    passphrase: Zeroizing<String>,
) -> Result<VaultSummary, ApiError> {
    shell.touch();
    shell.core()?.unlock(&passphrase)
}

#[tauri::command]
pub async fn vault_recover(
    shell: State<'_, Shell>,
    recovery_code: Zeroizing<String>,
    new_passphrase: Zeroizing<String>,
) -> Result<NewVault, ApiError> {
    shell.touch();
    shell.core()?.recover(&recovery_code, &new_passphrase)
}

/// Rotate the data key of the open vault; returns the new recovery code (shown once).
#[tauri::command]
pub async fn vault_sleutel_vervangen(
    shell: State<'_, Shell>,
    passphrase: Zeroizing<String>,
) -> Result<NewVault, ApiError> {
    shell.touch();
    shell.core()?.sleutel_vervangen(&passphrase)
}

#[tauri::command]
pub fn vault_lock(app: AppHandle, shell: State<'_, Shell>) -> Result<(), ApiError> {
    shell.core()?.lock("handmatig");
    crate::presentatie::sluit(&app);
    let _ = app.emit(LOCKED_EVENT, Locked { reason: "manual" });
    Ok(())
}

#[tauri::command]
pub fn vault_summary(shell: State<'_, Shell>) -> Result<VaultSummary, ApiError> {
    shell.core()?.summary()
}

#[tauri::command]
pub async fn vault_change_passphrase(
    shell: State<'_, Shell>,
    old_passphrase: Zeroizing<String>,
    new_passphrase: Zeroizing<String>,
) -> Result<(), ApiError> {
    shell
        .core()?
        .change_passphrase(&old_passphrase, &new_passphrase)
}

/// The core's verdict on a new passphrase while someone types; reads nothing from the vault but
/// the open profile name. `profile_name`: the name typed on the create form, if any.
#[tauri::command]
pub async fn vault_wachtwoord_beoordeel(
    shell: State<'_, Shell>,
    passphrase: Zeroizing<String>,
    profile_name: Option<String>,
) -> Result<Wachtwoordoordeel, ApiError> {
    Ok(shell
        .core()?
        .beoordeel_wachtwoord(&passphrase, profile_name.as_deref()))
}

#[tauri::command]
pub fn settings_set_idle_lock(
    shell: State<'_, Shell>,
    minutes: u32,
) -> Result<VaultSummary, ApiError> {
    shell.core()?.set_idle_lock_minutes(minutes)
}

#[tauri::command]
pub fn methode_instellingen(shell: State<'_, Shell>) -> Result<Methodeoverzicht, ApiError> {
    shell.core()?.methodeinstellingen()
}

#[tauri::command]
pub fn methode_instellingen_zet(
    shell: State<'_, Shell>,
    instellingen: Methodeinstellingen,
) -> Result<Methodeoverzicht, ApiError> {
    shell.core()?.methodeinstellingen_zet(&instellingen)
}

#[tauri::command]
pub fn audit_log(shell: State<'_, Shell>) -> Result<Vec<AuditEntry>, ApiError> {
    shell.core()?.audit_log()
}
