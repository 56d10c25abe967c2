//! TOP-3 Werkplaats — the core.
//!
//! The method's domain (casus, betrokkenen, the four TOP-3 steps, the three phases of gefaseerde
//! ketenzorg), the encrypted vault it is kept in, and the façade ([`api`]) that the Tauri shell and
//! the `top3` command line both call. This crate never depends on Tauri and knows nothing of IPC.

pub mod api;
pub mod domain;
pub mod export;
pub mod paths;
pub mod process;
pub mod training;
pub mod vault;

/// The version of the core, as shown on the start screen and by `top3 --version`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
