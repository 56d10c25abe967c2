use tauri::{AppHandle, State};
use top3::api::{ApiError, CasusOverzicht, CasusWerkblad};
use top3::domain::{Casus, Faseverzoek, Plansoort};

use crate::state::Shell;

#[tauri::command]
pub fn casus_list(shell: State<'_, Shell>) -> Result<Vec<CasusOverzicht>, ApiError> {
    shell.core()?.casus_list()
}

#[tauri::command]
pub fn casus_create(
    shell: State<'_, Shell>,
    code: String,
    titel: String,
) -> Result<CasusWerkblad, ApiError> {
    shell.core()?.casus_create(&code, &titel)
}

#[tauri::command]
pub fn casus_open(shell: State<'_, Shell>, id: String) -> Result<CasusWerkblad, ApiError> {
    shell.core()?.casus_open(&id)
}

#[tauri::command]
pub fn casus_save(
    app: AppHandle,
    shell: State<'_, Shell>,
    casus: Casus,
) -> Result<CasusWerkblad, ApiError> {
    let werkblad = shell.core()?.casus_save(&casus)?;
    crate::presentatie::ververs(&app);
    Ok(werkblad)
}

#[tauri::command]
pub fn casus_delete(shell: State<'_, Shell>, id: String) -> Result<(), ApiError> {
    shell.core()?.casus_delete(&id)
}

#[tauri::command]
pub fn casus_search(shell: State<'_, Shell>, tekst: String) -> Result<Vec<String>, ApiError> {
    shell.core()?.casus_search(&tekst)
}

#[tauri::command]
pub fn casus_change_phase(
    app: AppHandle,
    shell: State<'_, Shell>,
    id: String,
    versie: u64,
    verzoek: Faseverzoek,
) -> Result<CasusWerkblad, ApiError> {
    let werkblad = shell.core()?.casus_change_phase(&id, versie, verzoek)?;
    crate::presentatie::ververs(&app);
    Ok(werkblad)
}

#[tauri::command]
pub fn plan_nieuw(
    shell: State<'_, Shell>,
    casus_id: String,
    versie: u64,
    soort: Plansoort,
) -> Result<CasusWerkblad, ApiError> {
    shell.core()?.plan_nieuw(&casus_id, versie, soort)
}

#[tauri::command]
pub fn plan_vaststellen(
    shell: State<'_, Shell>,
    casus_id: String,
    versie: u64,
    plan_id: String,
) -> Result<CasusWerkblad, ApiError> {
    shell.core()?.plan_vaststellen(&casus_id, versie, &plan_id)
}

#[tauri::command]
pub fn plan_verwijder_concept(
    shell: State<'_, Shell>,
    casus_id: String,
    versie: u64,
    plan_id: String,
) -> Result<CasusWerkblad, ApiError> {
    shell
        .core()?
        .plan_verwijder_concept(&casus_id, versie, &plan_id)
}

/// Export a plan as PDF to a file the user chooses in the system's save dialog (the dialog is
/// opened here, in Rust; the webview has no dialog or file permission). Returns the path written,
/// or `None` when the user cancelled (see `opslaan`).
#[tauri::command]
pub async fn plan_export_pdf(
    app: tauri::AppHandle,
    shell: State<'_, Shell>,
    casus_id: String,
    plan_id: String,
    gezinsversie: bool,
) -> Result<Option<String>, ApiError> {
    let core = shell.core()?;
    let naam = core.plan_pdf_bestandsnaam(&casus_id, &plan_id, gezinsversie)?;
    let doel = crate::opslaan::kies_bestand(&app, "Plan opslaan als PDF", &naam);
    let Some(doel) = doel else {
        return Ok(None);
    };
    core.plan_pdf_schrijf(&casus_id, &plan_id, gezinsversie, &doel)?;
    Ok(Some(doel.display().to_string()))
}
