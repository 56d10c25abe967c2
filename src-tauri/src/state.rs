//! What the shell keeps between commands: the core session for the real vault, the one for the
//! oefenomgeving (made when first opened), which of the two is active, and the time of the last
//! user activity. Only one is ever open: opening one locks the other.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::Instant;

use top3::api::{ApiError, Werkplaats};

pub struct Shell {
    /// The real vault's session, or why it could not start (e.g. open in another window).
    core: Result<Werkplaats, ApiError>,
    oefen_dir: PathBuf,
    oefen: OnceLock<Result<Werkplaats, ApiError>>,
    oefen_actief: AtomicBool,
    last_activity: Mutex<Instant>,
}

impl Shell {
    pub fn new(vault_dir: &Path, oefen_dir: &Path) -> Shell {
        Shell {
            core: Werkplaats::new(vault_dir),
            oefen_dir: oefen_dir.to_path_buf(),
            oefen: OnceLock::new(),
            oefen_actief: AtomicBool::new(false),
            last_activity: Mutex::new(Instant::now()),
        }
    }

    /// The active session: the oefenomgeving while it is open, else the real vault.
    pub fn core(&self) -> Result<&Werkplaats, ApiError> {
        if self.oefen_actief.load(Ordering::SeqCst) {
            return self.oefen();
        }
        self.echt()
    }

    fn echt(&self) -> Result<&Werkplaats, ApiError> {
        self.core.as_ref().map_err(Clone::clone)
    }

    fn oefen(&self) -> Result<&Werkplaats, ApiError> {
        self.oefen
            .get_or_init(|| Werkplaats::voor_oefenomgeving(&self.oefen_dir))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Switch to the oefenomgeving (the real vault is locked first) and return its session.
    pub fn naar_oefenomgeving(&self) -> Result<&Werkplaats, ApiError> {
        let oefen = self.oefen()?;
        if let Ok(echt) = self.echt() {
            echt.lock("naar de oefenomgeving");
        }
        self.oefen_actief.store(true, Ordering::SeqCst);
        Ok(oefen)
    }

    /// Leave the oefenomgeving (it is locked) and return the real vault's session.
    pub fn naar_eigen_kluis(&self) -> Result<&Werkplaats, ApiError> {
        if let Some(Ok(oefen)) = self.oefen.get() {
            oefen.lock("oefenomgeving verlaten");
        }
        self.oefen_actief.store(false, Ordering::SeqCst);
        self.echt()
    }

    pub fn touch(&self) {
        *self.last_activity.lock().unwrap_or_else(|p| p.into_inner()) = Instant::now();
    }

    pub fn idle_for(&self) -> std::time::Duration {
        self.last_activity
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .elapsed()
    }
}
