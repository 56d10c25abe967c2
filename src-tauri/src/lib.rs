//! The Tauri shell of TOP-3 Werkplaats: window, state, the idle lock, and thin commands over the
//! core's [`top3::api`]. No business logic lives here.

mod commands;
mod idle;
mod opslaan;
mod presentatie;
mod state;
mod venster;

use state::Shell;

/// Build and run the app. `main.rs` only calls this.
pub fn run() {
    for what in top3::process::harden() {
        eprintln!("top3-werkplaats: waarschuwing: kon {what} niet instellen.");
    }
    let shell = Shell::new(
        &top3::paths::default_vault_dir(),
        &top3::paths::default_oefen_dir(),
    );
    tauri::Builder::default()
        .manage(shell)
        .manage(presentatie::Projector::default())
        // Used from Rust only (the save dialog of an export); capabilities grant the webview none
        // of its commands.
        .plugin(tauri_plugin_dialog::init())
        .setup(|app| {
            // The main window is described in tauri.conf.json ("create": false) and opened here,
            // so that it gets the same privacy settings as every other window.
            for conf in &app.config().app.windows {
                venster::prive(
                    app.handle(),
                    tauri::WebviewWindowBuilder::from_config(app.handle(), conf)?,
                )
                .build()?;
            }
            idle::spawn(app.handle().clone());
            Ok(())
        })
        // The voorzitter closed the projector window: nothing is presented any more.
        .on_window_event(|window, event| {
            if window.label() == presentatie::LABEL
                && matches!(event, tauri::WindowEvent::Destroyed)
            {
                presentatie::vergeet(tauri::Manager::app_handle(window));
            }
        })
        .invoke_handler(tauri::generate_handler![
            commands::app::app_info,
            commands::app::app_activity,
            commands::vault::vault_create,
            commands::vault::vault_unlock,
            commands::vault::vault_recover,
            commands::vault::vault_sleutel_vervangen,
            commands::vault::vault_lock,
            commands::vault::vault_summary,
            commands::vault::vault_change_passphrase,
            commands::vault::vault_wachtwoord_beoordeel,
            commands::vault::settings_set_idle_lock,
            commands::vault::methode_instellingen,
            commands::vault::methode_instellingen_zet,
            commands::vault::audit_log,
            commands::casus::casus_list,
            commands::casus::casus_create,
            commands::casus::casus_open,
            commands::casus::casus_save,
            commands::casus::casus_delete,
            commands::casus::casus_search,
            commands::casus::casus_change_phase,
            commands::casus::plan_nieuw,
            commands::casus::plan_vaststellen,
            commands::casus::plan_verwijder_concept,
            commands::casus::plan_export_pdf,
            commands::sessie::sessie_list,
            commands::sessie::sessie_create,
            commands::sessie::sessie_open,
            commands::sessie::sessie_save,
            commands::sessie::sessie_delete,
            commands::sessie::sessie_starten,
            commands::sessie::sessie_afronden,
            commands::sessie::sessie_export_pdf,
            commands::sessie::partners_list,
            commands::sessie::partners_save,
            commands::presentatie::presentatie_open,
            commands::presentatie::presentatie_bedien,
            commands::presentatie::presentatie_beeld,
            commands::presentatie::presentatie_sluit,
            commands::oefen::oefen_open,
            commands::oefen::oefen_verlaat,
            commands::oefen::oefen_reset,
            commands::oefen::oefen_materiaal,
            commands::oefen::oefen_demo,
            commands::oefen::oefen_kopie,
            commands::oefen::oefen_vergelijk,
        ])
        .run(tauri::generate_context!())
        .expect("TOP-3 Werkplaats kon niet starten");
}
