use tauri::State;
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
    shell: State<'_, Shell>,
    casus: Casus,
    samenvatting: String,
) -> Result<CasusWerkblad, ApiError> {
    shell.core()?.casus_save(&casus, &samenvatting)
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
    shell: State<'_, Shell>,
    id: String,
    versie: u64,
    verzoek: Faseverzoek,
) -> Result<CasusWerkblad, ApiError> {
    shell.core()?.casus_change_phase(&id, versie, verzoek)
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
