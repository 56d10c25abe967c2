//! The idle lock: when the vault is open and the UI reported no activity for the configured
//! minutes, drop the vault and tell the window.

use std::time::Duration;

use tauri::{AppHandle, Emitter, Manager};

use crate::state::Shell;

pub const LOCKED_EVENT: &str = "vault-locked";

#[derive(Clone, serde::Serialize)]
pub struct Locked {
    pub reason: &'static str,
}

pub fn spawn(app: AppHandle) {
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(Duration::from_secs(2));
            let shell = app.state::<Shell>();
            let Ok(core) = shell.core() else { return };
            let limit = Duration::from_secs(u64::from(core.idle_lock_minutes()) * 60);
            if shell.idle_for() >= limit && core.lock("na inactiviteit") {
                crate::presentatie::sluit(&app);
                let _ = app.emit(LOCKED_EVENT, Locked { reason: "idle" });
            }
        }
    });
}
