use tauri::State;
use top3::api::{ApiError, AppInfo};

use crate::state::Shell;

#[tauri::command]
pub fn app_info(shell: State<'_, Shell>) -> Result<AppInfo, ApiError> {
    Ok(shell.core()?.info())
}

/// The UI reports user input (throttled); resets the idle-lock timer.
#[tauri::command]
pub fn app_activity(shell: State<'_, Shell>) {
    shell.touch();
}
