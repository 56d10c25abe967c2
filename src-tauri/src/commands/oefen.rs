use tauri::{AppHandle, State};
use top3::api::{ApiError, AppInfo, CasusWerkblad, Demonstratie, Oefenmateriaal, VaultSummary};
use top3::training::Vergelijking;

use crate::state::Shell;

/// Open the oefenomgeving (made from the bundled casussen the first time); the real vault is
/// locked first.
#[tauri::command]
pub fn oefen_open(app: AppHandle, shell: State<'_, Shell>) -> Result<VaultSummary, ApiError> {
    crate::presentatie::sluit(&app);
    shell.naar_oefenomgeving()?.oefen_open()
}

/// Leave the oefenomgeving; returns the real vault's state.
#[tauri::command]
pub fn oefen_verlaat(app: AppHandle, shell: State<'_, Shell>) -> Result<AppInfo, ApiError> {
    crate::presentatie::sluit(&app);
    Ok(shell.naar_eigen_kluis()?.info())
}

/// "Opnieuw beginnen": back to exactly the bundled oefencasussen.
#[tauri::command]
pub fn oefen_reset(app: AppHandle, shell: State<'_, Shell>) -> Result<VaultSummary, ApiError> {
    crate::presentatie::sluit(&app);
    shell.naar_oefenomgeving()?.oefen_reset()
}

#[tauri::command]
pub fn oefen_materiaal(shell: State<'_, Shell>) -> Result<Oefenmateriaal, ApiError> {
    shell.core()?.oefen_materiaal()
}

#[tauri::command]
pub fn oefen_kopie(shell: State<'_, Shell>, casus_id: String) -> Result<CasusWerkblad, ApiError> {
    shell.core()?.oefen_kopie(&casus_id)
}

#[tauri::command]
pub fn oefen_demo(shell: State<'_, Shell>, casus_id: String) -> Result<Demonstratie, ApiError> {
    shell.core()?.oefen_demo(&casus_id)
}

#[tauri::command]
pub fn oefen_vergelijk(
    shell: State<'_, Shell>,
    casus_id: String,
) -> Result<Vergelijking, ApiError> {
    shell.core()?.oefen_vergelijk(&casus_id)
}
