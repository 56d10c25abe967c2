//! What the shell keeps between commands: the core session and the time of the last user activity.

use std::path::Path;
use std::sync::Mutex;
use std::time::Instant;

use top3::api::{ApiError, Werkplaats};

pub struct Shell {
    /// The core session, or why it could not start (e.g. the vault is open in another window).
    core: Result<Werkplaats, ApiError>,
    last_activity: Mutex<Instant>,
}

impl Shell {
    pub fn new(vault_dir: &Path) -> Shell {
        Shell {
            core: Werkplaats::new(vault_dir),
            last_activity: Mutex::new(Instant::now()),
        }
    }

    pub fn core(&self) -> Result<&Werkplaats, ApiError> {
        self.core.as_ref().map_err(Clone::clone)
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
