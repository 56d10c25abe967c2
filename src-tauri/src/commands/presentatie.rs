use std::time::Instant;

use tauri::{AppHandle, State, Window};
use top3::api::{ApiError, ErrorCode, Presentatie, Presentatieactie};
use top3::export::Presentatiebeeld;

use crate::presentatie::{self, LABEL, Projector};
use crate::state::Shell;

/// Present sessie `sessie_id` on the projector window (opened when needed). Presenting another
/// sessie starts again at its first casus, names hidden.
#[tauri::command]
pub async fn presentatie_open(
    app: AppHandle,
    shell: State<'_, Shell>,
    projector: State<'_, Projector>,
    sessie_id: String,
) -> Result<Presentatiebeeld, ApiError> {
    let beeld = {
        let mut stand = projector.lock();
        let mut p = match stand.take() {
            Some(p) if p.sessie_id() == sessie_id => p,
            _ => Presentatie::nieuw(&sessie_id),
        };
        let beeld = shell
            .core()?
            .presentatie_beeld(&mut p, None, Instant::now());
        // A refused sessie (no agenda, locked) leaves nothing presented.
        if beeld.is_ok() {
            *stand = Some(p);
        }
        beeld?
    };
    presentatie::toon_venster(&app).map_err(|e| ApiError {
        code: ErrorCode::Internal,
        message: format!("Het presentatievenster kon niet openen: {e}"),
    })?;
    presentatie::stuur(&app, Some(&beeld));
    Ok(beeld)
}

/// The voorzitter's action, from either window. Showing names is only possible from the main
/// window: the projector itself can never reveal identities. `None` when nothing is presented.
#[tauri::command]
pub fn presentatie_bedien(
    app: AppHandle,
    window: Window,
    shell: State<'_, Shell>,
    projector: State<'_, Projector>,
    actie: Presentatieactie,
) -> Result<Option<Presentatiebeeld>, ApiError> {
    if window.label() == LABEL && actie == (Presentatieactie::Verbergen { aan: false }) {
        return Err(ApiError {
            code: ErrorCode::Invalid,
            message: "Namen tonen kan alleen vanuit het hoofdvenster van de voorzitter.".into(),
        });
    }
    let beeld = {
        let mut stand = projector.lock();
        let Some(p) = stand.as_mut() else {
            return Ok(None);
        };
        shell
            .core()?
            .presentatie_beeld(p, Some(actie), Instant::now())?
    };
    presentatie::stuur(&app, Some(&beeld));
    Ok(Some(beeld))
}

/// What the projector shows now (`None` when nothing is presented); the window asks on load.
#[tauri::command]
pub fn presentatie_beeld(
    shell: State<'_, Shell>,
    projector: State<'_, Projector>,
) -> Result<Option<Presentatiebeeld>, ApiError> {
    let mut stand = projector.lock();
    let Some(p) = stand.as_mut() else {
        return Ok(None);
    };
    Ok(Some(shell.core()?.presentatie_beeld(
        p,
        None,
        Instant::now(),
    )?))
}

/// Stop presenting and close the projector window.
#[tauri::command]
pub fn presentatie_sluit(app: AppHandle) {
    presentatie::sluit(&app);
}
