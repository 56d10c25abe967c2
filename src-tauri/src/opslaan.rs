//! Where an export goes: the file the user picks in the system's save dialog, opened here in Rust
//! (the webview has no dialog or file permission). `None` when the user cancels.
//!
//! Only in a build with the `testhooks` feature (`cargo xtask e2e`; never a package) does
//! `TOP3_EXPORT_MAP` name a folder to write to without asking, because the end-to-end suite cannot
//! click a native dialog. The installed-app test drives the real dialog instead.

use std::path::PathBuf;

use tauri_plugin_dialog::DialogExt;

pub fn kies_bestand(app: &tauri::AppHandle, titel: &str, naam: &str) -> Option<PathBuf> {
    #[cfg(feature = "testhooks")]
    if let Some(map) = std::env::var_os("TOP3_EXPORT_MAP").filter(|m| !m.is_empty()) {
        return Some(PathBuf::from(map).join(naam));
    }
    app.dialog()
        .file()
        .set_title(titel)
        .set_file_name(naam)
        .add_filter("PDF", &["pdf"])
        .blocking_save_file()
        .and_then(|p| p.into_path().ok())
}
