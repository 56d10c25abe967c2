// Every app command is listed here, so each needs an explicit `allow-<command>` in capabilities/.
// Keep this list, `generate_handler!` in src/lib.rs and capabilities/*.json in step
// (`cargo xtask lint` checks it).
const COMMANDS: &[&str] = &[
    "app_info",
    "app_activity",
    "vault_create",
    "vault_unlock",
    "vault_recover",
    "vault_sleutel_vervangen",
    "vault_lock",
    "vault_summary",
    "vault_change_passphrase",
    "vault_wachtwoord_beoordeel",
    "settings_set_idle_lock",
    "methode_instellingen",
    "methode_instellingen_zet",
    "audit_log",
    "casus_list",
    "casus_create",
    "casus_open",
    "casus_save",
    "casus_delete",
    "casus_search",
    "casus_change_phase",
    "plan_nieuw",
    "plan_vaststellen",
    "plan_verwijder_concept",
    "plan_export_pdf",
    "sessie_list",
    "sessie_create",
    "sessie_open",
    "sessie_save",
    "sessie_delete",
    "sessie_starten",
    "sessie_afronden",
    "sessie_export_pdf",
    "partners_list",
    "partners_save",
    "presentatie_open",
    "presentatie_bedien",
    "presentatie_beeld",
    "presentatie_sluit",
    "oefen_open",
    "oefen_verlaat",
    "oefen_reset",
    "oefen_materiaal",
    "oefen_demo",
    "oefen_kopie",
    "oefen_vergelijk",
];

fn main() {
    // The bundled SQLCipher defines sqlite3_* too; without this the executable would export them and
    // WebKit's own libsqlite3 calls (localStorage, IndexedDB) would bind to SQLCipher instead.
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bins=-Wl,--exclude-libs,ALL");
    }
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri-build failed");
}
