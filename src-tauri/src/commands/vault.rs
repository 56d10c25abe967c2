use tauri::{AppHandle, Emitter, State};
use top3::api::{ApiError, AuditEntry, Methodeoverzicht, NewVault, VaultSummary};
use top3::domain::Methodeinstellingen;

use crate::idle::{LOCKED_EVENT, Locked};
use crate::state::Shell;

#[tauri::command]
pub async fn vault_create(
    shell: State<'_, Shell>,
    passphrase: String,
    profile_name: String,
) -> Result<NewVault, ApiError> {
    shell.touch();
    shell.core()?.create(&passphrase, &profile_name)
}

#[tauri::command]
pub async fn vault_unlock(
    shell: State<'_, Shell>,
    passphrase: String,
) -> Result<VaultSummary, ApiError> {
    shell.touch();
    shell.core()?.unlock(&passphrase)
}

#[tauri::command]
pub async fn vault_recover(
    shell: State<'_, Shell>,
    recovery_code: String,
    new_passphrase: String,
) -> Result<NewVault, ApiError> {
    shell.touch();
    shell.core()?.recover(&recovery_code, &new_passphrase)
}

/// Rotate the data key of the open vault; returns the new recovery code (shown once).
#[tauri::command]
pub async fn vault_sleutel_vervangen(
    shell: State<'_, Shell>,
    passphrase: String,
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
    old_passphrase: String,
    new_passphrase: String,
) -> Result<(), ApiError> {
    shell
        .core()?
        .change_passphrase(&old_passphrase, &new_passphrase)
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
