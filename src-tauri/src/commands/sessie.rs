use chrono::NaiveDate;
use tauri::{AppHandle, State};
use top3::api::{ApiError, SessieAfronding, SessieWerkblad, Sessielijst};
use top3::domain::{Overlegpartner, Sessie};

use crate::presentatie::Projector;
use crate::state::Shell;

#[tauri::command]
pub fn sessie_list(shell: State<'_, Shell>) -> Result<Sessielijst, ApiError> {
    shell.core()?.sessie_list()
}

#[tauri::command]
pub fn sessie_create(
    shell: State<'_, Shell>,
    datum: NaiveDate,
    voorzitter: String,
) -> Result<SessieWerkblad, ApiError> {
    shell.core()?.sessie_create(datum, &voorzitter)
}

#[tauri::command]
pub fn sessie_open(shell: State<'_, Shell>, id: String) -> Result<SessieWerkblad, ApiError> {
    shell.core()?.sessie_open(&id)
}

#[tauri::command]
pub fn sessie_save(
    app: AppHandle,
    shell: State<'_, Shell>,
    sessie: Sessie,
) -> Result<SessieWerkblad, ApiError> {
    let werkblad = shell.core()?.sessie_save(&sessie)?;
    crate::presentatie::ververs(&app);
    Ok(werkblad)
}

#[tauri::command]
pub fn sessie_delete(
    app: AppHandle,
    shell: State<'_, Shell>,
    projector: State<'_, Projector>,
    id: String,
) -> Result<(), ApiError> {
    shell.core()?.sessie_delete(&id)?;
    let gepresenteerd = projector
        .lock()
        .as_ref()
        .is_some_and(|p| p.sessie_id() == id);
    if gepresenteerd {
        crate::presentatie::sluit(&app);
    }
    Ok(())
}

#[tauri::command]
pub fn sessie_starten(
    shell: State<'_, Shell>,
    id: String,
    versie: u64,
) -> Result<SessieWerkblad, ApiError> {
    shell.core()?.sessie_starten(&id, versie)
}

#[tauri::command]
pub fn sessie_afronden(
    app: AppHandle,
    shell: State<'_, Shell>,
    id: String,
    versie: u64,
) -> Result<SessieAfronding, ApiError> {
    let afronding = shell.core()?.sessie_afronden(&id, versie)?;
    crate::presentatie::ververs(&app);
    Ok(afronding)
}

#[tauri::command]
pub fn partners_list(shell: State<'_, Shell>) -> Result<Vec<Overlegpartner>, ApiError> {
    shell.core()?.partners_list()
}

#[tauri::command]
pub fn partners_save(
    shell: State<'_, Shell>,
    partners: Vec<Overlegpartner>,
) -> Result<Vec<Overlegpartner>, ApiError> {
    shell.core()?.partners_save(&partners)
}

/// Export the verslag as PDF to a file the user chooses in the system's save dialog (opened here,
/// in Rust, as for plans). Returns the path written, or `None` when the user cancelled (see
/// `opslaan`).
#[tauri::command]
pub async fn sessie_export_pdf(
    app: tauri::AppHandle,
    shell: State<'_, Shell>,
    id: String,
    pseudoniem: bool,
) -> Result<Option<String>, ApiError> {
    let core = shell.core()?;
    let naam = core.sessie_verslag_bestandsnaam(&id, pseudoniem)?;
    let doel = crate::opslaan::kies_bestand(&app, "Verslag opslaan als PDF", &naam);
    let Some(doel) = doel else {
        return Ok(None);
    };
    core.sessie_verslag_schrijf(&id, pseudoniem, &doel)?;
    Ok(Some(doel.display().to_string()))
}
