//! The projector window of an MDA++ sessie: a second window (label `presentatie`) that shows one
//! step of one casus in large type, identities hidden by default. The shell keeps where it is
//! ([`Presentatie`], from the core); the window itself may only read that and send the
//! voorzitter's keys (its capability grants nothing else — it never reads the vault). Every
//! change is sent to both windows as the `presentatie-beeld` event; `null` means closed.

use std::sync::Mutex;

use tauri::{AppHandle, Emitter, Manager, WebviewUrl, WebviewWindowBuilder};
use top3::api::Presentatie;
use top3::export::Presentatiebeeld;

use crate::state::Shell;

pub const LABEL: &str = "presentatie";
pub const BEELD_EVENT: &str = "presentatie-beeld";

/// The projector's state: `None` while no sessie is being presented.
#[derive(Default)]
pub struct Projector(pub Mutex<Option<Presentatie>>);

impl Projector {
    pub fn lock(&self) -> std::sync::MutexGuard<'_, Option<Presentatie>> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// Open the projector window, or bring it to the front when it is open.
pub fn toon_venster(app: &AppHandle) -> tauri::Result<()> {
    if let Some(w) = app.get_webview_window(LABEL) {
        return w.set_focus();
    }
    crate::venster::prive(
        app,
        WebviewWindowBuilder::new(app, LABEL, WebviewUrl::App("presentatie.html".into())),
    )
    .title("TOP-3 Werkplaats — presentatie")
    .inner_size(1280.0, 720.0)
    .min_inner_size(640.0, 360.0)
    .build()?;
    Ok(())
}

/// Send what the projector shows now to every window.
pub fn stuur(app: &AppHandle, beeld: Option<&Presentatiebeeld>) {
    let _ = app.emit(BEELD_EVENT, beeld);
}

/// Draw again after a save (the sessie or a casus on it changed): what the table just decided is
/// on the wall at once. Nothing happens when nothing is presented; a failure leaves the old beeld.
pub fn ververs(app: &AppHandle) {
    let projector = app.state::<Projector>();
    let mut stand = projector.lock();
    let Some(p) = stand.as_mut() else { return };
    let Ok(core) = app.state::<Shell>().inner().core() else {
        return;
    };
    if let Ok(beeld) = core.presentatie_beeld(p, None, std::time::Instant::now()) {
        drop(stand);
        stuur(app, Some(&beeld));
    }
}

/// Stop presenting: forget the state and close the window. Called when the voorzitter closes it,
/// and whenever the vault locks or the app switches vaults — the wall never shows a locked vault.
pub fn sluit(app: &AppHandle) {
    vergeet(app);
    if let Some(w) = app.get_webview_window(LABEL) {
        let _ = w.destroy();
    }
}

/// Forget what was presented and tell the main window (the projector window is gone or going).
pub fn vergeet(app: &AppHandle) {
    if app.state::<Projector>().lock().take().is_some() {
        stuur(app, None);
    }
}
